# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-fourth held-out round (2026-12-07, at commit b849384: two reviewers, 120 cases on children
from 1 to 5 years as WHO IMCI and NICE NG143 see them: cough and fast breathing, chest indrawing,
stridor, dehydration and dysentery, fever for five days, measles and its complications, ear
problems, malnutrition, danger signs, febrile seizures, meningitis, Kawasaki disease, hand, foot
and mouth disease, foreign bodies, burns and scalds, household poisons; a cold, a playing febrile
child, teething, mild diarrhoea with good drinking and a viral rash as look-alikes; 16 emergencies,
24 same-day and 20 look-alikes a set). Before these fixes the rules found 15 of 16 and 14 of 16
emergencies, graded 17 of 24 and 15 of 24 same-day cases exactly, and sent 2 and 1 look-alikes to
emergency.

What changed: a reassuring word after a denial of something else is read as reassurance again
when the denial had its own object — 没有血 能吃能喝 had been read as "unable to drink" and 眼睛不凹
体重没掉 精神正常 as lethargic, making persistent diarrhoea in a well child an emergency (血, 凹, 陷,
掉, 瘦 and 干 now count as the denial's object, as 吐 and 疼 did); "a coughing fit this morning" is
not a seizure; a child drinking toilet cleaner, bleach or drain cleaner is a corrosive poisoning; a
thermos of boiling water pulled over a toddler with widespread blisters is a major burn; 水也不喝了
is not able to drink and 黑眼珠那发白发雾 a clouding cornea (IMCI's severe complicated measles);
"loose stool with blood and mucus" is dysentery. After: 16/16, 16/16; 17/24, 16/24; look-alikes
19/20, 20/20.

Kept deliberately: a first febrile seizure that has recovered, a child with dry lips, few wet
nappies and a fast pulse, and persistent high fever in hand, foot and mouth disease stay
emergencies (IMCI danger signs; 手足口病诊疗指南 2018). Left: a coin, a bead in the nose, fever for
five days (Kawasaki to consider), a limp with fever in a toddler, fever after a malaria country told
in Chinese."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "3岁 出疹子第四天了 没打过麻疹疫苗",
                "黑眼珠那发白发雾",
                "嘴里烂了一大片 水也不喝了",
            ],
            _patient(1150, "female", (), pregnant=None),
            id="r44-zh-039",
        ),  # WHO IMCI 2014 measles: severe complicated measles (clouding of cornea, deep or extensive mouth ulcers, not able to drink) -> vitamin A and urgent referral
        pytest.param(
            [
                "dad found 3yr old son drinking from bottle of toilet cleaner 10 min ago",
                "crying, drooling lots, wont swallow, voice hoarse",
                "some white patches on lips and tongue",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r44-en-045",
        ),  # WHO Pocket Book of Hospital Care for Children 2013 poisoning - corrosive compounds: do not induce vomiting; drooling, dysphagia, hoarseness indicate oesophageal/airway injury -> urgent hospital care
        pytest.param(
            [
                "2 yr old pulled a thermos of boiling water onto herself",
                "front of chest, tummy and whole right arm red, big blisters, some patches white",
                "crying a lot, HR 160",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r44-en-055",
        ),  # NICE CKS Burns and scalds / British Burn Association referral guidance: partial-thickness scald >10% TBSA in a child -> emergency transfer to burns service
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "3y boy loose stool with blood and mucus since yesterday, about 5 times",
                "T 38.3, drinking fine, eyes not sunken, playing a bit",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r44-en-051",
        ),  # WHO IMCI 2014: blood in stool -> dysentery, oral ciprofloxacin, follow-up 3 days
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "2岁半 拉肚子两个多星期了 一天三四次 稀的",
                "没有血 能吃能喝",
                "眼睛不凹 体重没掉 精神正常",
            ],
            _patient(920, "female", (), pregnant=None),
            id="r44-zh-002",
        ),  # WHO IMCI 2014: persistent diarrhoea (>=14 days) without dehydration -> feeding advice, zinc, multivitamin, follow up in 5 days
        pytest.param(
            [
                "1岁半 9天前打的麻腮风疫苗",
                "昨天有点低烧 37.9 今天身上出了些淡红疹子",
                "精神好 能吃 不咳 眼睛也不红",
            ],
            _patient(560, "female", (), pregnant=None),
            id="r44-zh-009",
        ),  # WHO vaccine safety information (MMR): fever and transient rash 7-12 days after vaccination are common, self-limiting reactions -> reassurance and home care
        pytest.param(
            [
                "2岁 手上脚上长了些小水泡 嘴里有几个小溃疡",
                "烧了一天 37.9 今天不烧了",
                "精神很好 吃饭慢点 水喝得挺好 没抖没吐",
            ],
            _patient(740, "male", (), pregnant=None),
            id="r44-zh-010",
        ),  # 手足口病诊疗指南(2018年版): 普通病例 (无重症高危因素) 居家隔离治疗, 对症处理, 观察预警症状
        pytest.param(
            [
                "4岁 出水痘第二天 幼儿园好几个都出了",
                "身上痒 烧37.8 能吃能玩",
                "水泡没化脓 没咳没喘",
            ],
            _patient(1475, "female", (), pregnant=None),
            id="r44-zh-017",
        ),  # NICE CKS Chickenpox: uncomplicated chickenpox in an immunocompetent child -> self-care (fluids, paracetamol, avoid NSAIDs, exclusion until crusted)
        pytest.param(
            [
                "4岁 咳嗽快三个星期了 感冒以后一直咳",
                "白天好点 晚上咳得多",
                "不发烧不喘 吃饭精神都正常 体重没掉",
            ],
            _patient(1440, "female", (), pregnant=None),
            id="r44-zh-018",
        ),  # WHO IMCI 2014: cough for more than 14 days -> refer for assessment (TB/asthma) non-urgently; NICE CKS Cough: persistent cough in well child -> routine review
        pytest.param(
            [
                "4岁 往左耳里塞了个塑料小珠子",
                "不疼 不流血 听力看着没啥",
                "确定不是电池 就是串珠子那种",
            ],
            _patient(1470, "male", (), pregnant=None),
            id="r44-zh-023",
        ),  # ENT UK guidance on aural foreign bodies: inert non-battery ear foreign body in a comfortable child -> routine ENT removal (next available clinic), avoid repeated attempts
        pytest.param(
            [
                "1岁2个月 最近老流口水 啥都往嘴里塞着咬",
                "晚上睡不踏实 体温37.4",
                "下面牙龈鼓起来了 有点红",
            ],
            _patient(430, "male", (), pregnant=None),
            id="r44-zh-026",
        ),  # NICE CKS Teething: drooling, gum rubbing, irritability, mild temperature rise -> self-care (teething rings, sugar-free gels not needed, paracetamol if distressed); fever >38 should not be attributed to teething
        pytest.param(
            [
                "3岁 咳嗽4天 有痰 鼻子塞",
                "喘气时候呼噜呼噜的 擤了鼻涕就好点",
                "数了呼吸28次 胸口不凹 不发烧",
            ],
            _patient(1150, "male", (), pregnant=None),
            id="r44-zh-031",
        ),  # WHO IMCI 2014: no fast breathing, no chest indrawing, no stridor = cough or cold -> soothe throat, home care, return if worse
        pytest.param(
            [
                "5岁 右耳朵流脓水 断断续续三个多星期了",
                "不发烧 不疼",
                "耳朵后面不肿不红",
            ],
            _patient(1840, "male", (), pregnant=None),
            id="r44-zh-032",
        ),  # WHO IMCI 2014 ear problem: pus draining from ear for 14 days or more = chronic ear infection -> dry ear by wicking, topical quinolone drops, follow up in 5 days
        pytest.param(
            [
                "3岁 奶奶说孩子脸色发黄 手心有点白",
                "能吃能玩 不喘 没出过血",
                "平时挑食 不怎么吃肉",
            ],
            _patient(1200, "female", (), pregnant=None),
            id="r44-zh-033",
        ),  # WHO IMCI 2014: some palmar pallor = anaemia -> oral iron, deworming if indicated, follow up in 14 days (not severe palmar pallor)
        pytest.param(
            [
                "1岁半 之前烧了三天 39度多",
                "今天烧退了 身上冒出好多小红点 压一下会褪",
                "精神好了 吃奶玩耍都正常",
            ],
            _patient(555, "female", (), pregnant=None),
            id="r44-zh-034",
        ),  # Roseola infantum (HHV-6): rash appears as fever resolves, blanching; NICE NG143 green features -> home care with advice
        pytest.param(
            [
                "3岁 俩眼睛早上起来糊着眼屎 黄的",
                "眼睛有点红 不发烧 精神好",
                "不怕光 看东西正常",
            ],
            _patient(1130, "male", (), pregnant=None),
            id="r44-zh-038",
        ),  # NICE CKS Conjunctivitis - infective: self-limiting, cleaning eyelids, no routine antibiotic; no red-flag features (photophobia, reduced vision)
        pytest.param(
            [
                "3岁 湿疹又犯了 胳膊肘 腿弯那块",
                "干 发红 痒得老抓",
                "没流水 没结黄痂 不发烧 在用保湿霜",
            ],
            _patient(1095, "male", ("湿疹",), pregnant=None),
            id="r44-zh-042",
        ),  # NICE CG57 / NICE CKS Atopic eczema: mild flare without signs of infection or eczema herpeticum -> emollients plus mild topical corticosteroid, self-care
        pytest.param(
            [
                "孩子2岁 昨晚开始烧 最高38.9",
                "吃了布洛芬退了 现在满屋跑 吃饭喝水都行",
                "脸色正常 没疹子 尿也正常",
            ],
            _patient(750, "male", (), pregnant=None),
            id="r44-zh-044",
        ),  # NICE NG143 green: normal colour, responds normally, stays awake, normal skin and eyes -> manage at home with safety-net advice
        pytest.param(
            [
                "3岁 趁大人不注意吃了小半管儿童牙膏",
                "没吐 精神正常 在玩",
            ],
            _patient(1090, "female", (), pregnant=None),
            id="r44-zh-047",
        ),  # Fluoride toothpaste ingestion: children's toothpaste in small amount well below toxic dose (~5 mg/kg fluoride) -> give milk, home observation (TOXBASE fluoride guidance)
        pytest.param(
            [
                "4岁 昨天开始拉稀 一天三四次 没有血",
                "能喝水 尿正常 精神好 不吐 眼睛不凹",
            ],
            _patient(1450, "female", (), pregnant=None),
            id="r44-zh-049",
        ),  # WHO IMCI 2014 diarrhoea: no dehydration -> Plan A home treatment (extra fluids, ORS, zinc, continue feeding); NICE CG84 gastroenteritis without dehydration
        pytest.param(
            [
                "3岁 流鼻涕打喷嚏两天了",
                "有点低烧37.8 能吃能玩 不喘",
            ],
            _patient(1120, "female", (), pregnant=None),
            id="r44-zh-054",
        ),  # NICE CKS Common cold / NICE NG143 green (no amber or red features) -> care at home with advice and safety-netting
        pytest.param(
            [
                "4岁 手背被热水溅到了 红了一小块 硬币那么大",
                "没起泡 冲了凉水 现在不怎么疼了 在玩",
            ],
            _patient(1455, "male", (), pregnant=None),
            id="r44-zh-056",
        ),  # NICE CKS Burns and scalds: superficial epidermal burn (red, no blisters, small area) -> cool, simple analgesia, self-care
        pytest.param(
            [
                "1岁半 咬破了个干燥剂小包 吃了几粒",
                "是透明小珠子那种 上面写的SILICA GEL 不是石灰的",
                "不吐不咳 嘴里也没红",
            ],
            _patient(540, "male", (), pregnant=None),
            id="r44-zh-058",
        ),  # Silica gel desiccant is non-toxic (poison centre / TOXBASE guidance): rinse mouth, give water, home observation
        pytest.param(
            [
                "fever 38.8 since last night, 2y girl",
                "after ibuprofen she's running around, smiling",
                "drinking well, wet nappies normal, no rash, RR 28, HR 120 calm, CRT <2",
            ],
            _patient(700, "female", (), pregnant=None),
            id="r44-en-003",
        ),  # NICE NG143 traffic light green (no amber/red features) -> home care with safety-netting advice
        pytest.param(
            [
                "4y girl put a small plastic bead in her L ear yesterday",
                "no pain, no bleeding, no discharge, hearing ok",
                "we tried once with tweezers, it went deeper so stopped",
            ],
            _patient(1500, "female", (), pregnant=None),
            id="r44-en-004",
        ),  # ENT UK guidance on aural foreign bodies: inert object in asymptomatic child -> non-urgent ENT removal, avoid repeated attempts (not button battery)
        pytest.param(
            [
                "3y girl vomited once after a coughing fit this morning",
                "since then ate breakfast, drank juice, kept it down",
                "no fever, playing",
            ],
            _patient(1180, "female", (), pregnant=None),
            id="r44-en-005",
        ),  # WHO IMCI 2014: 'vomits everything' danger sign absent; single post-tussive vomit in well child -> home care
        pytest.param(
            [
                "had DTaP booster yesterday at 18 mo check",
                "fever 38.4 last night, leg red n little swollen at injection spot about 2cm",
                "eating playing fine",
            ],
            _patient(550, "female", (), pregnant=None),
            id="r44-en-006",
        ),  # WHO / China NHC guidance on common adverse events following immunization: fever and local reaction within 48 h -> home care; NICE NG143 green
        pytest.param(
            [
                "known eczema 4yo, flaring on elbow creases and behind knees past week",
                "itchy, dry, red, scratching at night, no weeping, no crusts, no blisters",
                "no fever, only using moisturiser sometimes",
            ],
            _patient(1480, "female", ("atopic eczema",), pregnant=None),
            id="r44-en-009",
        ),  # NICE CG57 / NICE CKS Atopic eczema: mild flare without infection -> emollients and mild topical corticosteroid at home
        pytest.param(
            [
                "2y boy cough runny nose 3 days, mum worried about pneumonia",
                "RR 34 full minute, no chest indrawing, no stridor, sats 98",
                "T 37.8, drinking well",
            ],
            _patient(840, "male", (), pregnant=None),
            id="r44-en-011",
        ),  # WHO IMCI 2014: no fast breathing (<40/min age 12 months-5 years), no indrawing -> cough or cold, home care
        pytest.param(
            [
                "boy 5y pus from right ear on and off about 3 weeks",
                "no fever, no pain, no swelling or tenderness behind ear",
                "eating and playing",
            ],
            _patient(1790, "male", (), pregnant=None),
            id="r44-en-015",
        ),  # WHO IMCI 2014: ear discharge >=14 days -> chronic ear infection, dry by wicking, topical quinolone drops, follow-up 5 days
        pytest.param(
            [
                "3 yr girl spilled warm tea on forearm half hour ago",
                "red patch ~3x4cm, no blisters, skin intact, bit sore",
                "ran cold water 20 min",
            ],
            _patient(1110, "female", (), pregnant=None),
            id="r44-en-020",
        ),  # NICE CKS Burns and scalds: small superficial epidermal burn, not on hands/face -> manage at home with analgesia and simple care
        pytest.param(
            [
                "2y6m girl, mum says she looks pale",
                "palms a little pale, not very pale, active, no fast breathing",
                "eats mostly rice porridge, little meat",
            ],
            _patient(930, "female", (), pregnant=None),
            id="r44-en-021",
        ),  # WHO IMCI 2014: some palmar pallor -> anaemia, iron and mebendazole, follow-up 14 days
        pytest.param(
            [
                "3y boy barky cough started tonight, hoarse",
                "stridor only when he cries, sitting quiet no noise, no recession",
                "sats 98, playing with phone, gave dex 0.15/kg po at 8pm",
            ],
            _patient(1200, "male", (), pregnant=None),
            id="r44-en-023",
        ),  # NICE CKS Croup: mild croup (no stridor or recession at rest) -> single dose dexamethasone and home care with safety-netting
        pytest.param(
            [
                "2yo boy fever 38.5 since yesterday, sore throat",
                "both eyes red and sticky, crusty in morning",
                "runny nose, eating ok, lips normal, no rash, hands normal",
            ],
            _patient(870, "male", (), pregnant=None),
            id="r44-en-024",
        ),  # NICE CKS Conjunctivitis - infective: self-limiting, self-care; NICE NG143 green (fever <5 days, no Kawasaki features)
        pytest.param(
            [
                "14mo boy dribbling a lot, chewing everything, cranky at night",
                "gums swollen where molars coming, T 37.5",
                "eating ok, no diarrhoea",
            ],
            _patient(440, "male", (), pregnant=None),
            id="r44-en-028",
        ),  # NICE CKS Teething: self-care; teething does not cause high fever
        pytest.param(
            [
                "2y boy loose stools 3-4 times/day since yesterday, no blood",
                "drinking normally, peeing ok, eyes not sunken, playing",
                "no vomiting",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r44-en-032",
        ),  # WHO IMCI 2014: diarrhoea with no dehydration -> Plan A home treatment (extra fluids, zinc, continue feeding); NICE CG84
        pytest.param(
            [
                "growth check 3y boy weight low, MUAC 12.1 cm",
                "no swelling of feet, eating ok, active, no cough or diarrhoea",
            ],
            _patient(1060, "male", (), pregnant=None),
            id="r44-en-033",
        ),  # WHO IMCI 2014: MUAC 11.5-12.5 cm without oedema -> moderate acute malnutrition, feeding counselling, follow-up 30 days
        pytest.param(
            [
                "mum on phone: her 2yo chewed open a little 'do not eat' packet from shoe box, swallowed some beads",
                "he's fine, playing, no cough no vomit",
            ],
            _patient(None, "male", (), pregnant=None),
            id="r44-en-040",
        ),  # Poison centre guidance (e.g. UK NPIS TOXBASE): silica gel desiccant is non-toxic, no treatment, home observation
        pytest.param(
            [
                "3 yr old runny nose, sneezing, little cough 2 days",
                "T 37.9, eating and playing normal, RR 24",
            ],
            _patient(1300, "male", (), pregnant=None),
            id="r44-en-041",
        ),  # NICE CKS Common cold / NICE NG143 green: manage at home with safety-netting
        pytest.param(
            [
                "kindergarten has HFMD going round, 4yo boy small spots on palms and soles and few mouth ulcers",
                "T 38.1 since this morning, eating soft food, drinking well",
                "alert, no vomiting, no jerks, sleeping normal",
            ],
            _patient(1420, "male", (), pregnant=None),
            id="r44-en-048",
        ),  # China NHC HFMD guideline (2018): ordinary case (stage 1) without warning signs -> home isolation and symptomatic care with advice on warning signs
        pytest.param(
            [
                "18mo boy loose stools on and off 15 days",
                "no blood, drinks well, not thirsty, eyes normal, skin pinch normal",
                "weight same as last month",
            ],
            _patient(560, "male", (), pregnant=None),
            id="r44-en-049",
        ),  # WHO IMCI 2014: diarrhoea >=14 days with no dehydration -> persistent diarrhoea, feeding advice, zinc/multivitamin, follow-up 5 days
        pytest.param(
            [
                "4y girl cough about 3 weeks after a cold, mostly at night",
                "no fever, no weight loss, RR 24, no wheeze now, playing",
                "no TB contact known",
            ],
            _patient(1550, "female", (), pregnant=None),
            id="r44-en-056",
        ),  # WHO IMCI 2014: cough >14 days without danger signs or fast breathing -> refer for assessment (TB/asthma) routinely; NICE CKS Cough - post-viral
        pytest.param(
            [
                "18mo girl had high fever 3 days up to 39.5, gone since this morning",
                "now pink spots on body and neck, they fade when pressed",
                "she's eating and happy",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r44-en-057",
        ),  # NICE NG143 green: blanching rash in a well child after fever settles (roseola pattern) -> home care with safety-netting
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
