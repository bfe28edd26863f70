# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-first held-out round (2026-12-06, at commit 5339d68: two reviewers, 120 cases across
primary care told softly: degree and frequency words and hedges inside the symptom (头有点晕,
胸口有时候闷得慌, 手指头偶尔发麻, 说话好像有点不利索, 右手好像有点没劲, "chest kind of tight on and
off", "speech slightly slurred maybe", "arm sort of weak-ish"), a relative's uncertain report,
symptoms that come and go and vague times; 16 emergencies, 24 same-day and 20 look-alikes a
set). Before these fixes the rules found 10 of 16 and 7 of 16 emergencies, graded 9 of 24 and 9
of 24 same-day cases exactly, and sent none of the look-alikes to emergency.

What changed: hedges.py (written before this round was read, commit ad2212f) moves softening
words out of a symptom; with it alone: 12/16, 10/16; 10/24, 9/24, and two look-alikes (numbness
after a dental injection) went to emergency until a numb or drooping lip and slurred words
within hours of one were read as the anaesthetic. Then: the longer breath words first
(气好像有点喘不上来), voice, lips, urine, eye sockets and the heartbeat as places softened
words sit (声音有点哑, 嘴唇周围有点发青, 尿好像少了, 眼窝有点凹, 心跳有点快, 心跳时不时有点乱),
pain words after frequency words (小肚子时不时疼一下, 胸口右边有点刺痛), 差点倒了 as a near
faint, 嗓子紧 and "throat tight", "chest has been tight", "going into his jaw", "lips grey",
"pain in one testicle", "end things", "possibly 20 or so" paracetamol, a pulse felt (摸脉110);
red swelling warm to the touch (红肿，摸着发热) is cellulitis, not a fever; Wells (NICE NG158):
signs of a DVT after surgery make a PE likely whatever the pulse; talking in full sentences is
not a severe asthma attack (GINA 2024); a quinsy without drooling, stridor or inability to
swallow is same day (NICE NG84) and its muffled voice is not a stroke's speech; mild cramps
with spotting in early pregnancy go to the early pregnancy unit today (NICE NG126), pain
without bleeding stays an emergency. After: 16/16, 16/16; 24/24, 19/24; look-alikes 20/20,
20/20.

Left as they are: a 91-year-old newly more confused with a urinary infection stays an
emergency (NICE NG51: new confusion is high risk), as does a toddler with gastroenteritis told
as "listless" (WHO IMCI: lethargic) and a 3-day-old baby jaundiced to the tummy and sleepy for
feeds; "smoker, dad had a heart attack" is still read as the patient's, so a resolved chest
tightness two days ago stays an emergency (reading a bare "dad" as family would hide a caller's
father's heart attack); "temp been on and off 38.5-39" is not read as a temperature."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "村卫生室，72岁老头，家里人带过来的",
                "他老伴说他半个多小时前吃饭的时候说话好像有点不太利索，筷子也拿不太稳",
                "右手好像有点没劲，嘴角好像也有点歪，他自己说没啥事歇歇就好",
            ],
            _patient(26280, "male", ("高血压",), pregnant=None),
            id="p21-zh-001",
        ),  # 中国急性缺血性脑卒中诊治指南2018 院前识别与急诊评估; NICE NG128 (2019, updated 2022) 1.1 rapid recognition of stroke
        pytest.param(
            [
                "65岁男的，有糖尿病好多年了",
                "说胸口有时候闷得慌，今天早上起来开始一直有点压着的感觉，快一个小时了",
                "好像还出了点冷汗，他说可能是没睡好，不想去医院",
            ],
            _patient(23725, "male", ("2型糖尿病",), pregnant=None),
            id="p21-zh-002",
        ),  # NICE CG95 (2010, updated 2016) 1.1 current chest pain suspected ACS; ESC 2023 ACS guidelines
        pytest.param(
            [
                "28岁女的，中午吃了点虾",
                "过了一会儿说嘴唇好像有点肿，嗓子感觉有点紧",
                "说话声音好像也有点哑了，身上起了些疙瘩",
            ],
            _patient(10220, "female", (), pregnant=None),
            id="p21-zh-003",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis 2021; NICE CG134 (2011, updated 2020)
        pytest.param(
            [
                "26岁女的，月经推迟了快两周，自己测了两条杠",
                "这两天左边小肚子时不时疼一下",
                "刚才上厕所的时候说头有点晕，眼前发黑差点倒了，现在脸色有点白",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="p21-zh-006",
        ),  # NICE NG126 (2019, updated 2023) Ectopic pregnancy and miscarriage 1.2-1.4; 输卵管妊娠诊治的中国专家共识2019
        pytest.param(
            [
                "45岁女的，两周前膝盖做了手术",
                "今天说气好像有点喘不上来，吸气的时候胸口右边有点刺痛",
                "左小腿好像也有点肿，心跳有点快",
            ],
            _patient(16425, "female", ("近期膝关节手术",), pregnant=None),
            id="p21-zh-012",
        ),  # NICE NG158 (2020, updated 2023) VTE diseases 1.1 suspected PE; 肺血栓栓塞症诊治与预防指南(2018)
        pytest.param(
            [
                "5个月的宝宝，咳嗽三天了",
                "他妈说孩子今天喘气好像有点快，肚子一鼓一鼓的",
                "吃奶吃两口就停下来，嘴唇周围好像有点发青",
            ],
            _patient(150, "male", (), pregnant=None),
            id="p21-zh-016",
        ),  # NICE NG9 (2015, updated 2021) Bronchiolitis 1.3 emergency referral; WHO IMCI 2014 central cyanosis / chest indrawing
        pytest.param(
            [
                "hi it's reception, got Mr K on the phone, he's 68",
                "says his chest has been kind of tight on and off since maybe an hour ago, sort of heavy",
                "he sounds a bit sweaty and out of breath, thinks it might be going into his jaw a little",
                "hx high BP and diabetes",
            ],
            _patient(
                24820,
                "male",
                (
                    "hypertension",
                    "type 2 diabetes",
                ),
                pregnant=None,
            ),
            id="p21-en-001",
        ),  # NICE CG95 Chest pain of recent onset, 2010 (updated 2016), 1.1.1 suspected acute coronary syndrome - current pain: emergency referral
        pytest.param(
            [
                "pt's wife on the line",
                "she thinks his face might have drooped a bit on the left, not sure, maybe",
                "and his speech is slightly slurred maybe? started about an hour ago she said",
                "he says he's fine and doesn't want a fuss",
            ],
            _patient(27010, "male", ("atrial fibrillation",), pregnant=None),
            id="p21-en-002",
        ),  # NICE NG128 Stroke and TIA, 2019 (updated 2022), 1.1 rapid recognition (FAST) - suspected stroke: emergency admission
        pytest.param(
            [
                "lady called, 58, says her right arm feels sort of weak-ish since she got up this morning",
                "kept dropping her cup, a bit clumsy she said",
                "maybe a little tingly too, it hasn't gone away",
                "she wants to know if she can come in later this afternoon",
            ],
            _patient(21170, "female", (), pregnant=None),
            id="p21-en-003",
        ),  # AHA/ASA Guidelines for early management of acute ischaemic stroke, 2019, section 1 prehospital; NICE NG128 2019 1.1
        pytest.param(
            [
                "45M asthmatic, wife rang",
                "she says he's a little short of breath... well maybe more than a little, can't really finish a sentence I think",
                "been using his blue inhaler loads, not sure it's doing much",
                "lips seem sort of a bit grey?",
            ],
            _patient(16425, "male", ("asthma",), pregnant=None),
            id="p21-en-008",
        ),  # BTS/SIGN British guideline on the management of asthma, 2019, section 8 acute asthma - severe/life-threatening features: emergency; GINA 2024
        pytest.param(
            [
                "mum of a 23 y/o girl on the phone",
                "says her daughter might have taken some extra paracetamol earlier, possibly 20 or so, she's not sure",
                "daughter says she feels fine just a bit sick, doesn't want to go anywhere",
            ],
            _patient(8395, "female", (), pregnant=None),
            id="p21-en-010",
        ),  # NICE CKS Poisoning or overdose, 2023 - paracetamol overdose: immediate ED referral; NICE NG225 Self-harm, 2022, 1.6
        pytest.param(
            [
                "GP reception note: 19 y/o male called, sounded flat",
                "said he's been sort of thinking he might end things, kind of has a plan, been saving up his tablets",
                "says maybe tonight, not sure, then said forget it",
            ],
            _patient(6935, "male", ("depression",), pregnant=None),
            id="p21-en-011",
        ),  # NICE NG225 Self-harm, 2022, 1.5/1.6; NICE CKS Suicide risk 2023 - immediate risk with plan and means: emergency
        pytest.param(
            [
                "lady in the waiting room says her lips feel maybe a bit swollen",
                "she had a cereal bar with nuts in maybe 15 mins ago",
                "throat kind of tight she says and her voice is a bit hoarse, she's scratching her arms",
            ],
            _patient(12775, "female", (), pregnant=None),
            id="p21-en-013",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis, 2021; NICE CG134 Anaphylaxis, 2011 (updated 2020)
        pytest.param(
            [
                "mum phoning, her son's 15, he's got pain in one testicle, sort of came on all of a sudden maybe an hour ago",
                "he was sick once, she thinks it's maybe from football a few days back?",
            ],
            _patient(5475, "male", (), pregnant=None),
            id="p21-en-014",
        ),  # NICE CKS Scrotal pain and swelling, 2023 - suspected testicular torsion: immediate referral
        pytest.param(
            [
                "52F c/o headache, she said it came on sort of suddenly while she was at the gym",
                "kind of the worst she's ever had maybe, neck a bit stiff",
                "she's been sick twice, says it's probably just a migraine",
            ],
            _patient(18980, "female", (), pregnant=None),
            id="p21-en-015",
        ),  # NICE NG228 Subarachnoid haemorrhage caused by a ruptured aneurysm, 2022, 1.1 - sudden severe (thunderclap) headache: immediate referral
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "60岁男的，糖尿病",
                "左小腿前面有点红肿，摸着发热，有点疼",
                "这两天红的地方好像比前天大了一圈，今天体温37.8",
            ],
            _patient(21900, "male", ("2型糖尿病",), pregnant=None),
            id="p21-zh-018",
        ),  # NICE NG141 (2019) Cellulitis and erysipelas; NICE CKS Cellulitis (Eron classification)
        pytest.param(
            [
                "8个月宝宝，发烧两天了，最高39.2",
                "他奶奶说尿好像比平时少了点，尿布没那么湿",
                "精神还行，就是没平时那么爱玩，奶也吃得少一点",
            ],
            _patient(240, "female", (), pregnant=None),
            id="p21-zh-019",
        ),  # NICE NG143 (2019, updated 2021) amber features: reduced urine output, reduced activity
        pytest.param(
            [
                "35岁男的，戴隐形眼镜的",
                "右眼有点红，有点疼，从昨天开始",
                "说看东西好像有点模糊，还有点怕光",
            ],
            _patient(12775, "male", ("佩戴隐形眼镜",), pregnant=None),
            id="p21-zh-020",
        ),  # NICE CKS Red eye (2022): suspected microbial keratitis in contact lens wearer, same-day ophthalmology
        pytest.param(
            [
                "70岁老太太，咳嗽四五天了，有黄痰",
                "今天好像有点发烧38.1，说气有点短",
                "呼吸数了一下24次，指脉氧94，人清楚，能自己走",
            ],
            _patient(25550, "female", (), pregnant=None),
            id="p21-zh-021",
        ),  # NICE NG138 (2019) Pneumonia (community-acquired), CRB65 score 1; 中国成人社区获得性肺炎诊断和治疗指南(2016)
        pytest.param(
            [
                "孕妇30周，29岁",
                "她说今天宝宝好像动得比平时少了点，也说不准",
                "肚子不疼，没见红没流水",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="p21-zh-023",
        ),  # RCOG Green-top Guideline No.57 (2011) Reduced fetal movements; NICE NG201 (2021) Antenatal care
        pytest.param(
            [
                "70岁老太太",
                "额头左边起了一小片水疱，疼得厉害，两天了",
                "左眼好像也有点红，鼻尖上好像也有一两个",
            ],
            _patient(25550, "female", (), pregnant=None),
            id="p21-zh-026",
        ),  # NICE CKS Shingles (2023): herpes zoster ophthalmicus, same-day ophthalmology
        pytest.param(
            [
                "1岁半女孩，发烧38.8，一天了",
                "她妈说尿好像有点臭，尿的时候好像会哭",
                "没有咳嗽流鼻涕，精神还可以",
            ],
            _patient(548, "female", (), pregnant=None),
            id="p21-zh-027",
        ),  # NICE NG224 (2022) UTI in under 16s: diagnosis and management; NICE NG143 (2019)
        pytest.param(
            [
                "22岁女孩，大学生，放假回来了",
                "她妈说这阵子情绪好像有点低，不怎么出门",
                "她自己说偶尔会想要是不在了就好了，但说没想过怎么做，也没做过什么",
            ],
            _patient(8030, "female", (), pregnant=None),
            id="p21-zh-028",
        ),  # NICE NG222 (2022) Depression in adults; NICE NG225 (2022) Self-harm; 中国抑郁障碍防治指南(第二版)
        pytest.param(
            [
                "30岁女的，有哮喘",
                "这两天喘好像有点加重，晚上有点憋醒",
                "喷了沙丁胺醇能缓过来，说话能说整句，峰流速大概平时的六成多",
            ],
            _patient(10950, "female", ("支气管哮喘",), pregnant=None),
            id="p21-zh-032",
        ),  # GINA 2024 mild-moderate exacerbation managed in primary care; 支气管哮喘防治指南(2020年版)
        pytest.param(
            [
                "3岁男孩，拉肚子加吐一天了",
                "拉了七八次水样便，吐了三四次",
                "他妈说尿好像少了，嘴唇有点干，眼窝好像有点凹，还能喝点水，哭有眼泪",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="p21-zh-033",
        ),  # NICE CG84 (2009) Diarrhoea and vomiting in children, clinical dehydration; WHO IMCI 2014 some dehydration
        pytest.param(
            [
                "25岁男的，嗓子疼五六天了",
                "这两天左边更疼，张嘴好像有点费劲，咽口水都疼",
                "说话有点含糊，像嘴里含着东西，发烧38.5",
            ],
            _patient(9125, "male", (), pregnant=None),
            id="p21-zh-034",
        ),  # NICE NG84 (2018) Sore throat (acute): suspected quinsy, same-day referral
        pytest.param(
            [
                "78岁老头，心衰好几年了",
                "这几天腿好像又有点肿了，体重涨了两三斤",
                "晚上躺平了有点憋，得垫两个枕头，坐着还行",
            ],
            _patient(
                28470,
                "male",
                (
                    "慢性心力衰竭",
                    "高血压",
                ),
                pregnant=None,
            ),
            id="p21-zh-035",
        ),  # NICE NG106 (2018) Chronic heart failure; 中国心力衰竭诊断和治疗指南(2018)
        pytest.param(
            [
                "66岁女的",
                "说从昨天晚上开始心跳时不时有点乱，有点慌",
                "摸脉110左右，不齐，没胸痛，不喘，不晕",
            ],
            _patient(24090, "female", ("高血压",), pregnant=None),
            id="p21-zh-036",
        ),  # NICE NG196 (2021) Atrial fibrillation 1.6: new-onset AF <48h, haemodynamically stable, same-day referral
        pytest.param(
            [
                "45岁男的",
                "今天早上起来右耳朵好像有点听不太清，有点闷",
                "还嗡嗡响，昨天还好好的，没感冒",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="p21-zh-038",
        ),  # NICE CKS Hearing loss in adults (2023) / NICE NG98 (2018): sudden onset, urgent ENT within 24h; 突发性聋诊断和治疗指南(2015)
        pytest.param(
            [
                "60岁男的，抽烟的",
                "前天晚上胸口好像闷了一阵子，大概二十来分钟，自己慢慢好了",
                "现在没啥感觉，他说可能是胃不舒服，心电图看着没啥明显问题",
            ],
            _patient(21900, "male", ("吸烟",), pregnant=None),
            id="p21-zh-040",
        ),  # NICE CG95 (2010, updated 2016) 1.1.1.4: suspected ACS 12-72h ago now pain-free, same-day assessment
        pytest.param(
            [
                "29 y/o pregnant, 31 wks",
                "says baby's maybe moving a bit less since yesterday, sort of quieter, not sure if she's imagining it",
                "no pain no bleeding",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="p21-en-020",
        ),  # RCOG Green-top Guideline 57 Reduced fetal movements, 2011 - same-day maternity assessment; NICE NG201 Antenatal care, 2021
        pytest.param(
            [
                "40F, back from long-haul flight 3 days ago",
                "left calf kind of swollen and sore-ish, maybe a bit warm",
                "no SOB or chest pain",
            ],
            _patient(14600, "female", ("combined oral contraceptive use",), pregnant=False),
            id="p21-en-024",
        ),  # NICE NG158 Venous thromboembolic diseases, 2020 (updated 2023), 1.1 - suspected DVT: ultrasound within 4 hours
        pytest.param(
            [
                "35M, scratch on his shin a few days ago, now red area sort of spreading up the leg, drew round it this morning and it's past the line",
                "feels a bit feverish maybe, still walking ok",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="p21-en-028",
        ),  # NICE NG141 Cellulitis and erysipelas: antimicrobial prescribing, 2019; NICE CKS Cellulitis - acute, 2024
        pytest.param(
            [
                "22F, sore throat mainly on one side, getting worse for 3 days",
                "she can hardly open her mouth maybe, voice sounds kind of muffled",
                "painful to swallow even water she says",
            ],
            _patient(8030, "female", (), pregnant=None),
            id="p21-en-029",
        ),  # NICE NG84 Sore throat (acute), 2018, 1.1 - suspected quinsy: refer to hospital; NICE CKS Sore throat - acute, 2023
        pytest.param(
            [
                "4 y/o not really wanting to walk, sort of limping on his right leg since this morning",
                "temp maybe 38.3, mum says his hip seems sore when she changes his trousers",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="p21-en-033",
        ),  # NICE CKS Acute childhood limp, 2021 - limp with fever: same-day assessment to exclude septic arthritis
        pytest.param(
            [
                "husband calling, wife had baby 6 days ago",
                "she's not slept much, seems sort of odd, saying strange things maybe, thinks people are watching her",
                "he's not sure if it's just tiredness",
            ],
            _patient(11315, "female", ("postpartum",), pregnant=False),
            id="p21-en-034",
        ),  # NICE CG192 Antenatal and postnatal mental health, 2014 (updated 2020), 1.10 - suspected postpartum psychosis: assessment by secondary mental health services within 4 hours
        pytest.param(
            [
                "32F, 9 weeks pregnant, some spotting since this morning, sort of brownish-red",
                "a little bit crampy low down on and off, not bad she says",
            ],
            _patient(11680, "female", (), pregnant=True),
            id="p21-en-036",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, 2019 (updated 2023), 1.3 - bleeding with pain in early pregnancy: refer to early pregnancy assessment service
        pytest.param(
            [
                "77M, hx enlarged prostate",
                "says he's not really been able to pass water since maybe last night, just dribbles",
                "tummy feels kind of full and uncomfortable low down",
            ],
            _patient(28105, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="p21-en-037",
        ),  # NICE CKS LUTS in men, 2023 - acute urinary retention: same-day hospital referral for catheterisation; NICE CG97 2010 (updated 2015)
        pytest.param(
            [
                "30M cut his hand on a broken glass earlier, cut's maybe 2cm across the palm near his finger",
                "bleeding stopped with pressure but he can't quite bend the end of his ring finger I think",
                "tingly-ish down one side of the finger",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="p21-en-039",
        ),  # BOAST/BSSH Standards for the management of open injuries of the hand, 2016 - suspected tendon/nerve injury: same-day hand surgery assessment
        pytest.param(
            [
                "46F says her right ear went kind of muffled and deaf-ish yesterday morning, maybe a bit of ringing",
                "no cold, no pain, no wax she thinks",
            ],
            _patient(16790, "female", (), pregnant=None),
            id="p21-en-040",
        ),  # NICE NG98 Hearing loss in adults, 2018, 1.1 - sudden onset hearing loss within 30 days: immediate referral (seen within 24 hours); NICE CKS 2023
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "50岁女的",
                "说这两天早上起床一翻身头有点晕，天旋地转的",
                "也就十几二十秒就好了，说话走路都正常，手脚也有劲",
            ],
            _patient(18250, "female", (), pregnant=None),
            id="p21-zh-041",
        ),  # NICE CKS Benign paroxysmal positional vertigo (2022); 良性阵发性位置性眩晕诊断和治疗指南(2017)
        pytest.param(
            [
                "45岁女的，在厂里做手工活",
                "这阵子晚上手指头偶尔发麻，主要是大拇指食指中指",
                "甩甩手就好了，白天拿东西都有劲",
            ],
            _patient(16425, "female", (), pregnant=None),
            id="p21-zh-042",
        ),  # NICE CKS Carpal tunnel syndrome (2021)
        pytest.param(
            [
                "25岁小伙子，昨天帮人搬家",
                "今天说胸口左边有点疼，按着那块更疼，转身也疼",
                "不喘，不出汗，能跑能跳",
            ],
            _patient(9125, "male", (), pregnant=None),
            id="p21-zh-043",
        ),  # NICE CKS Chest pain (2023): musculoskeletal chest wall pain
        pytest.param(
            [
                "7岁男孩",
                "这阵子肚子时不时疼一下，在肚脐眼周围，一会儿就好",
                "大便两三天一次，有点干，拉完就不疼了，吃喝玩都正常，不发烧不吐",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="p21-zh-044",
        ),  # NICE CG99 (2010, updated 2017) Constipation in children and young people
        pytest.param(
            [
                "30岁女的，前两天去爬山了",
                "说腿好像有点没劲，大腿酸疼，下楼更明显",
                "两条腿都一样，不肿，说话、手都正常",
            ],
            _patient(10950, "female", (), pregnant=None),
            id="p21-zh-045",
        ),  # NICE CKS Sprains and strains (2020): self-care for muscle soreness
        pytest.param(
            [
                "40岁男的，刚才在镇上拔了颗牙，打了麻药",
                "现在左边嘴唇有点麻，说话稍微有点不利索",
                "手脚都好好的，笑起来脸也不歪，就是嘴麻",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="p21-zh-046",
        ),  # SDCEP Management of acute dental problems (2013); 局部麻醉后软组织麻木为预期反应
        pytest.param(
            [
                "35岁女的，感冒三天了，鼻子堵",
                "晚上睡觉感觉气有点不够用，只能张嘴呼吸",
                "白天没事，不发烧，指脉氧98",
            ],
            _patient(12775, "female", (), pregnant=None),
            id="p21-zh-047",
        ),  # NICE CKS Common cold (2022)
        pytest.param(
            [
                "12天的宝宝，吃母乳",
                "他妈说孩子好像有点吐奶，每次吃完拍嗝会漾出来一小口",
                "不是喷出来的，吐的是奶白色，吃奶好，尿也多，体重长了",
            ],
            _patient(12, "male", (), pregnant=None),
            id="p21-zh-048",
        ),  # NICE NG1 (2015, updated 2019) GORD in children and young people 1.1 regurgitation
        pytest.param(
            [
                "4个月宝宝，昨天下午打了百白破",
                "今天好像有点低烧，量了37.7",
                "打针那块有点红，吃奶玩都跟平时一样",
            ],
            _patient(120, "female", (), pregnant=None),
            id="p21-zh-049",
        ),  # 国家免疫规划疫苗儿童免疫程序及说明(2021年版) 一般反应; NICE NG143 (2019)
        pytest.param(
            [
                "55岁女的",
                "早上照镜子眼白上好像有一片红，鲜红的",
                "不疼不痒，看东西清楚，没磕着，血压刚量128/80",
            ],
            _patient(20075, "female", (), pregnant=None),
            id="p21-zh-050",
        ),  # NICE CKS Subconjunctival haemorrhage (2021)
        pytest.param(
            [
                "60岁男的",
                "说这阵子左耳朵好像有点闷，听得没以前清楚了，一个多月了慢慢的",
                "看了一下耳道里好像有一大块黄褐色耳屎，不疼，不流水",
            ],
            _patient(21900, "male", (), pregnant=None),
            id="p21-zh-051",
        ),  # NICE NG98 (2018) Hearing loss in adults 1.1 earwax; NICE CKS Earwax
        pytest.param(
            [
                "30岁女的，没怀孕",
                "这两天尿频，尿的时候有点疼",
                "不发烧，腰不疼，尿没有血",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="p21-zh-052",
        ),  # NICE NG109 (2018) UTI (lower): antimicrobial prescribing; NICE CKS UTI (lower) women
        pytest.param(
            [
                "怀孕10周，27岁",
                "早上有点恶心，偶尔吐一两次",
                "能吃能喝，尿也正常，人精神还行",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="p21-zh-053",
        ),  # NICE CKS Nausea/vomiting in pregnancy (2022); NICE NG201 (2021) Antenatal care
        pytest.param(
            [
                "70岁老太太，高血压吃氨氯地平",
                "这阵子傍晚脚踝好像有点肿，按着有个小坑",
                "早上起来就消了，不喘，晚上能躺平睡，两边一样",
            ],
            _patient(25550, "female", ("高血压",), pregnant=None),
            id="p21-zh-054",
        ),  # NICE NG136 (2019, updated 2023) Hypertension; BNF amlodipine adverse effects (ankle oedema)
        pytest.param(
            [
                "高三学生，18岁女孩",
                "她妈说这阵子好像有点睡不好，快考试了心情偶尔有点烦",
                "问了没有不想活的念头，吃饭上学都正常",
            ],
            _patient(6570, "female", (), pregnant=None),
            id="p21-zh-055",
        ),  # NICE CKS Insomnia (2022): short-term insomnia, sleep hygiene
        pytest.param(
            [
                "20岁男的，打篮球崴了一下脚",
                "外脚踝有点肿，有点疼",
                "能自己走过来，按骨头那块不怎么疼",
            ],
            _patient(7300, "male", (), pregnant=None),
            id="p21-zh-056",
        ),  # Ottawa ankle rules; NICE CKS Sprains and strains (2020)
        pytest.param(
            [
                "5岁男孩",
                "身上起了几个红疙瘩，有点痒，好像是昨晚被蚊子咬的",
                "按一下会褪色，不发烧，精神好，到处跑",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="p21-zh-057",
        ),  # NICE CKS Insect bites and stings (2021); NICE NG143 (2019) blanching rash
        pytest.param(
            [
                "2岁宝宝",
                "他奶奶说好像咬了一小口蜡笔，也说不准吃下去没有",
                "现在玩得好好的，不咳不吐，喘气正常",
            ],
            _patient(730, "female", (), pregnant=None),
            id="p21-zh-058",
        ),  # 中国急性中毒诊断与治疗专家共识(2016); non-toxic ingestion (TOXBASE)
        pytest.param(
            [
                "30岁女的，这阵子加班多，咖啡喝得多",
                "说心脏偶尔好像漏跳一下，咯噔一下就过去了",
                "没胸痛没头晕，摸脉78，挺齐的",
            ],
            _patient(10950, "female", (), pregnant=None),
            id="p21-zh-059",
        ),  # NICE CKS Palpitations (2020): ectopic beats
        pytest.param(
            [
                "28岁男的",
                "嗓子有点疼，两天了，有点咳嗽流鼻涕",
                "不发烧，能吃能喝，张嘴没问题",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="p21-zh-060",
        ),  # NICE NG84 (2018) Sore throat (acute), FeverPAIN 0-1
        pytest.param(
            [
                "34M, chest kind of sore on the left since he moved a sofa at the weekend",
                "hurts more when he twists or presses on the spot, fine at rest",
                "no SOB, not sweaty, fit and well",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="p21-en-041",
        ),  # NICE CKS Costochondritis, 2020; NICE CKS Chest pain, 2023 - musculoskeletal chest wall pain: self-care and analgesia
        pytest.param(
            [
                "26F says she's a bit dizzy now and then when she stands up quickly, last few weeks",
                "goes after a few seconds, never fainted, no palpitations",
                "eating and drinking fine, otherwise well",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="p21-en-042",
        ),  # NICE CKS Dizziness, 2023; NICE CG109 Transient loss of consciousness, 2010 (updated 2023) - no red flags: routine review
        pytest.param(
            [
                "52F, hands sort of tingly on and off, mainly at night, first 3 fingers",
                "wakes her up and she shakes them and it goes",
                "been a couple months, no weakness she says",
            ],
            _patient(18980, "female", (), pregnant=None),
            id="p21-en-043",
        ),  # NICE CKS Carpal tunnel syndrome, 2022 - routine assessment
        pytest.param(
            [
                "6 y/o boy, temp maybe 38 this morning, runny nose and a bit of a cough",
                "he's playing and eating ok, had calpol and seems fine",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="p21-en-044",
        ),  # NICE NG143 Fever in under 5s, 2019 (updated 2021), green features: home care with safety-netting; NICE CKS Common cold 2022
        pytest.param(
            [
                "3 y/o girl, blotchy red rash on her tummy the last day or so, she had a cold last week",
                "mum did the glass test and she thinks it fades, it goes white when pressed",
                "no temp, running about and eating as normal",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="p21-en-045",
        ),  # NICE NG143 Fever in under 5s, 2019 (updated 2021); NICE NG240 Meningitis, 2024 - blanching rash, well child: self-care
        pytest.param(
            [
                "30F with known panic disorder, feels a little short of breath at times when she's anxious",
                "fingers go sort of tingly, settles after 10-15 mins with her breathing exercises",
                "no chest pain, no asthma, fine now",
            ],
            _patient(10950, "female", ("panic disorder",), pregnant=False),
            id="p21-en-046",
        ),  # NICE CG113 Generalised anxiety disorder and panic disorder, 2011 (updated 2020) - routine review
        pytest.param(
            [
                "35F calling from work, says her face feels sort of droopy on the right and her speech is slightly slurred maybe",
                "she had a filling at the dentist about an hour ago with an injection, lip and cheek still numb that side",
                "dribbling a bit when she drinks, arms and legs fine, no headache",
            ],
            _patient(12775, "female", (), pregnant=None),
            id="p21-en-047",
        ),  # NICE NG128 Stroke and TIA, 2019 (FAST, no limb/speech features beyond local anaesthetic area); SDCEP Drug Prescribing for Dentistry - transient local anaesthetic effects: self-care
        pytest.param(
            [
                "45F says her vision is a bit blurry off and on while working at the screen",
                "eyes feel gritty and dry, clears when she blinks a few times",
                "no pain, no redness, no headache",
            ],
            _patient(16425, "female", (), pregnant=None),
            id="p21-en-048",
        ),  # NICE CKS Dry eye disease, 2022 - self-care with lubricants and screen breaks
        pytest.param(
            [
                "8 month old with a bit of a cough and blocked nose, 2 days",
                "mum says feeding ok maybe slightly less, plenty of wet nappies",
                "breathing looks normal to her, no temp",
            ],
            _patient(240, "male", (), pregnant=None),
            id="p21-en-049",
        ),  # NICE CKS Common cold, 2022; NICE NG9 Bronchiolitis, 2015 (updated 2021) - no red/amber features: self-care
        pytest.param(
            [
                "25M, tummy sore-ish and crampy since last night, few loose stools",
                "thinks it was a dodgy takeaway, keeping fluids down, no blood",
                "bit tired but ok",
            ],
            _patient(9125, "male", (), pregnant=None),
            id="p21-en-050",
        ),  # NICE CKS Gastroenteritis, 2024 - self-care with fluids
        pytest.param(
            [
                "47M c/o headache, sort of pressure band round his head, on and off",
                "he's had these for years, worse at end of work day, paracetamol helps",
                "no vision changes, no sickness, nothing sudden",
            ],
            _patient(17155, "male", (), pregnant=None),
            id="p21-en-051",
        ),  # NICE CG150 Headaches in over 12s, 2012 (updated 2021), tension-type headache; NICE CKS Headache - tension-type, 2023
        pytest.param(
            [
                "34F, 24 weeks pregnant, a little heartburn-ish after meals and lying down",
                "no headache, no swelling, baby moving fine",
            ],
            _patient(12410, "female", (), pregnant=True),
            id="p21-en-052",
        ),  # NICE CKS Dyspepsia - pregnancy-associated, 2022; NICE NG201 Antenatal care, 2021
        pytest.param(
            [
                "daughter rang about her mum, 88",
                "she sort of slid off the chair onto her bottom earlier, bit of a bruise maybe",
                "didn't hit her head, got up herself and walking about as normal, not on blood thinners",
                "daughter wonders if she should be checked over at some point",
            ],
            _patient(32120, "female", ("osteoarthritis",), pregnant=None),
            id="p21-en-053",
        ),  # NICE CG161 Falls in older people, 2013 - multifactorial falls risk assessment (routine)
        pytest.param(
            [
                "19F, says she's been feeling a bit low at times since exams, maybe 3 weeks",
                "still going out with friends, sleeping and eating ok",
                "no thoughts of harming herself she said",
            ],
            _patient(6935, "female", (), pregnant=None),
            id="p21-en-054",
        ),  # NICE NG222 Depression in adults, 2022 - routine assessment, no risk indicators
        pytest.param(
            [
                "mum panicking, 20 month old might have chewed one of those little silica gel packets from a shoe box",
                "maybe swallowed a few beads, not sure",
                "he's totally fine, playing, no coughing or choking",
            ],
            _patient(600, "male", (), pregnant=None),
            id="p21-en-055",
        ),  # NPIS TOXBASE silica gel (low toxicity); NICE CKS Poisoning or overdose, 2023 - non-toxic ingestion: self-care
        pytest.param(
            [
                "12 y/o girl, ear kind of sore since yesterday, had a cold",
                "temp maybe 37.9, eating, calpol helps",
            ],
            _patient(4380, "female", (), pregnant=None),
            id="p21-en-056",
        ),  # NICE NG91 Otitis media (acute): antimicrobial prescribing, 2018 - self-care with analgesia
        pytest.param(
            [
                "32F, bit of burning when peeing maybe, going more often since yesterday",
                "no temp, no back pain, not pregnant",
                "otherwise well",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="p21-en-057",
        ),  # NICE NG109 Urinary tract infection (lower): antimicrobial prescribing, 2018 - uncomplicated lower UTI in non-pregnant women
        pytest.param(
            [
                "60M, arm sort of achy on the right after painting the ceiling all weekend",
                "worse lifting it above his head, fine otherwise",
                "no chest pain or breathlessness, grip fine",
            ],
            _patient(21900, "male", (), pregnant=None),
            id="p21-en-058",
        ),  # NICE CKS Shoulder pain, 2022 - soft tissue strain: self-care
        pytest.param(
            [
                "75F, ankles a bit puffy by evening, goes down overnight",
                "started amlodipine maybe a month ago",
                "breathing fine, no calf pain, both sides the same",
            ],
            _patient(27375, "female", ("hypertension",), pregnant=None),
            id="p21-en-059",
        ),  # NICE NG136 Hypertension in adults, 2019 (updated 2023); BNF amlodipine - ankle oedema: routine medication review
        pytest.param(
            [
                "mum of a 5 week old, says he brings up a bit of milk after most feeds",
                "it's just small amounts, not forceful, not green",
                "he's gaining weight at the weigh-ins and seems happy",
            ],
            _patient(35, "male", (), pregnant=None),
            id="p21-en-060",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children and young people, 2015 (updated 2019), 1.1 - regurgitation: reassurance
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
