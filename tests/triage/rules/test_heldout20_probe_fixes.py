# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twentieth held-out round (2026-12-06, at commit 4b127bb: two reviewers, 120 cases on the
same-day decision: conditions that need a doctor today but not an ambulance, the emergencies
hiding among them and the look-alikes that can wait (renal colic, pyelonephritis, retention,
cellulitis, abscesses, animal and human bites, quinsy, otitis, sinusitis with eye signs,
pneumonia, an asthma attack that settled, COPD flares, gout, septic arthritis, back pain with
cancer, a fall on the outstretched hand, early appendicitis, eating disorders, self-harm
without current intent, a first psychosis, newborn weight loss and jaundice, projectile
vomiting, a febrile child with amber signs, hypoactive delirium); one set in Chinese village
wording, one in English clinic shorthand; 12 emergencies, 30 same-day and 18 look-alikes a
set). Before these fixes the rules found 12 of 12 and 9 of 12 emergencies, graded 14 of 30 and
15 of 30 same-day cases exactly, and sent none of the look-alikes to emergency.

What changed: readings for renal colic told by its waves and restlessness (一阵一阵的, 疼起来坐不住,
"R flank to groin", "dipstick blood +++"), a cat bite told after the cat (喂猫，被咬了), jaundice
spreading down a newborn (肚子和大腿上都黄了, "yellow down to the tummy"), double vision and
pain on moving the eye, the snuffbox told as the hollow at the base of the thumb, pain moving
to the right (往右边挪, "R lower side"), cuts from self-harm (刀划的口子), persecutory ideas
(饭里下毒), a knuckle cut on someone's teeth, projectile vomiting, perineal pain, a catheter,
spreading redness past the drawn line, a big toe hot and swollen, a pointing abscess, "stinging
when passing urine"; 比平时厉害 reads as worse than usual, not as severe; "不爱动" and a child
who hardly smiles are NICE NG143's amber (decreased activity), not IMCI's lethargy; a
nosebleed stopped by pressure is over. New rules: a human or fight bite (NICE NG184), acute
prostatitis (NICE NG110), fever with a urinary catheter (NICE NG113), hypoactive delirium in
someone over 65 told as "not herself" with sleepiness or eating less (NICE CG103), projectile
vomiting in an infant under 6 months (NICE NG1), and a newborn who has lost 10% or more of the
birth weight (NICE NG194; the weights are read: 出生3.2公斤，今天称2.84, "birth wt 3.40kg").
After: 12/12, 11/12; 29/30, 29/30; look-alikes to emergency 0/18, 0/18.

Left as they are, with the guideline: a 72-year-old's painful acute retention stays an
emergency (its reviewer said same day, the other an emergency: NICE CKS says catheterise
without delay, which a village clinic often cannot); a diabetic's hot knee with fever stays
same day (this round's reviewer said emergency; three earlier reviewers and NICE CKS's
"same-day hospital assessment" say urgent); an 18-month-old's bilateral ear pain with fever
stays routine."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "79 y/o man hasnt passed urine since yesterday evening ~14 hrs, lower tummy very painful and hard",
                "he has prostate problem, started new cold medicine 2 days ago",
            ],
            _patient(28835, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="p20-en-014",
        ),  # NICE CG97 Lower urinary tract symptoms in men 2010 (updated 2015) / NICE CKS LUTS in men 2024 - acute urinary retention: immediate referral for catheterisation
        pytest.param(
            [
                "7yo girl, blocked nose and cold for 1 wk, now mum says R eye swollen shut since morning",
                "temp 38.9, she say she see 2 of everything and it hurt to move the eye",
            ],
            _patient(2555, "female", (), pregnant=None),
            id="p20-en-047",
        ),  # NICE NG79 Sinusitis (acute) 2017, 1.1 - refer to hospital immediately if intraorbital/periorbital complications; NICE CKS Sinusitis 2023
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "35岁男的左边腰疼，一阵一阵的，疼起来坐不住，往下面串",
                "不发烧，尿里有点血，刚给打了一针双氯芬酸，好一点了",
                "头一回这样，没吐",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="p20-zh-016",
        ),  # NICE NG118 Renal and ureteric stones (2019), 1.1–1.2 – NSAID analgesia, imaging within 24 hours; admit if pain uncontrolled or fever
        pytest.param(
            [
                "55岁女的早上喂邻居家的猫，被咬了右手虎口，两个小眼，出血了",
                "现在手背有点肿，那猫没打过疫苗",
            ],
            _patient(20075, "female", (), pregnant=None),
            id="p20-zh-019",
        ),  # NICE NG184 Human and animal bites (2020), 1.1 – cat bite breaking skin: antibiotic prophylaxis (hand); 狂犬病暴露预防处置工作规范（2023年版）III级暴露：伤口处置+疫苗+被动免疫制剂
        pytest.param(
            [
                "27岁小伙子昨晚喝了酒跟人打架，一拳打人嘴上，右手指关节破了个口子",
                "今天关节那肿起来了，攥拳头疼，手指伸不太直",
            ],
            _patient(9855, "male", (), pregnant=None),
            id="p20-zh-021",
        ),  # NICE NG184 Human and animal bites (2020), 1.1 – human bite breaking skin: antibiotics; clenched-fist injury with possible joint/tendon involvement needs same-day surgical assessment
        pytest.param(
            [
                "68岁慢阻肺，这三天喘得比平时厉害，痰多了，绿的",
                "氧饱和92，他平时也就93、94，屋里能走动，脑子清楚，不发烧",
            ],
            _patient(24820, "male", ("COPD",), pregnant=None),
            id="p20-zh-028",
        ),  # NICE NG115 COPD in over 16s (2018, upd. 2019), 1.3 exacerbations – home management with oral corticosteroid ± antibiotic; 慢性阻塞性肺疾病基层诊疗指南（2018年）
        pytest.param(
            [
                "3岁小女孩昨天开始不肯走路，一碰右边大腿根就哭",
                "今天发烧38.8，没摔过",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="p20-zh-030",
        ),  # NICE NG143 Fever in under 5s (2019, upd. 2021) – non-weight-bearing limb is amber; NICE CKS Limp in children – limp with fever: same-day paediatric assessment for septic arthritis
        pytest.param(
            [
                "66岁男的前年做过前列腺癌手术，这三个礼拜后背正中间疼",
                "晚上躺下疼得更厉害，睡不着觉，止疼片不太管用",
                "腿有劲，大小便都正常",
            ],
            _patient(24090, "male", ("prostate cancer",), pregnant=None),
            id="p20-zh-031",
        ),  # NICE NG234 Spinal metastases and metastatic spinal cord compression (2023), 1.2 – pain suggestive of spinal metastases without neurological signs: contact MSCC/acute oncology team within 24 hours
        pytest.param(
            [
                "22岁小伙子打篮球摔了，右手撑地，手腕大拇指那边疼",
                "按虎口后面那个小窝疼得厉害，手腕不怎么肿，能动就是疼",
            ],
            _patient(8030, "male", (), pregnant=None),
            id="p20-zh-032",
        ),  # NICE NG38 Fractures (non-complex) (2016), 1.2 scaphoid – anatomical snuffbox tenderness: suspected scaphoid fracture, immobilise and same-day X-ray
        pytest.param(
            [
                "13岁男孩从早上开始肚脐周围疼，隐隐的，快五个钟头了",
                "有点恶心，中午没吃饭，没发烧",
                "走路还行，现在说好像有点往右边挪",
            ],
            _patient(4745, "male", (), pregnant=None),
            id="p20-zh-034",
        ),  # NICE CKS Appendicitis (2024) – possible early appendicitis: same-day clinical examination; emergency admission once suspicion is high (migrating RIF pain, peritonism)
        pytest.param(
            [
                "16岁女孩，她妈发现她胳膊上好几道刀划的口子，浅的，都结痂了",
                "问她说心里烦就划，现在不想死，也没打算再划",
                "她妈在旁边陪着",
            ],
            _patient(5840, "female", (), pregnant=False),
            id="p20-zh-036",
        ),  # NICE NG225 Self-harm (2022), 1.3/1.5 – child or young person who has self-harmed: urgent referral for psychosocial assessment (same day)
        pytest.param(
            [
                "22岁小伙子外面打工回来，这俩礼拜不对劲",
                "说听见墙里有人议论他，怀疑邻居往他饭里下毒，整宿不睡",
                "没打人，也没说要寻死，家里人吓坏了",
            ],
            _patient(8030, "male", (), pregnant=None),
            id="p20-zh-037",
        ),  # NICE CG178 Psychosis and schizophrenia in adults (2014), 1.3 – first episode psychosis: urgent referral to early intervention/crisis service; 严重精神障碍管理治疗工作规范（2018年版）
        pytest.param(
            [
                "生下来5天的女娃，纯母乳，出生3.2公斤，今天称2.84",
                "一天尿湿四五块尿布，吃奶会吃，妈妈说奶不太够",
            ],
            _patient(5, "female", (), pregnant=None),
            id="p20-zh-038",
        ),  # NICE NG194 Postnatal care (2021), 1.3 – weight loss >10% (≈11%): same-day feeding assessment and clinical review
        pytest.param(
            [
                "出生4天的男娃，这两天越来越黄，肚子和大腿上都黄了",
                "吃奶还行，大便黄的",
            ],
            _patient(4, "male", (), pregnant=None),
            id="p20-zh-039",
        ),  # NICE CG98 Neonatal jaundice (2010, upd. 2023), 1.2 – visible jaundice after 24 hours: measure bilirubin within 6 hours
        pytest.param(
            [
                "5周大男孩，这三天吃完奶就往外喷，喷老远",
                "吐完又哭着要吃，吐的不是绿的",
                "尿布比以前少点，精神还可以",
            ],
            _patient(35, "male", (), pregnant=None),
            id="p20-zh-040",
        ),  # NICE NG1 GORD in children and young people (2015, upd. 2019), 1.1 red flags – projectile vomiting in first 2 months (pyloric stenosis): same-day paediatric assessment
        pytest.param(
            [
                "10个月女娃发烧两天，今天39.3",
                "吃奶比平时少一半，尿布没以前湿，逗她也不怎么笑，不爱动",
                "身上没疹子，心率165",
            ],
            _patient(300, "female", (), pregnant=None),
            id="p20-zh-041",
        ),  # NICE NG143 Fever in under 5s (2019, upd. 2021) – amber features (reduced response to social cues, poor feeding, reduced urine, tachycardia): same-day face-to-face assessment
        pytest.param(
            [
                "88岁老太太，儿媳说这两天不对劲，话少了，老睡觉",
                "叫醒能答应，问啥都慢半拍，饭也不怎么吃",
                "以前脑子挺清楚的，没摔，体温37.4",
            ],
            _patient(32120, "female", (), pregnant=None),
            id="p20-zh-042",
        ),  # NICE CG103 Delirium (2010, upd. 2023), 1.2–1.6 – acute change (hypoactive delirium): same-day assessment to identify and treat cause
        pytest.param(
            [
                "29 y/o male painful lump L buttock 5 days, getting bigger, now ~4cm, soft in middle w yellow head",
                "no fever, feels ok, just cant sit down",
            ],
            _patient(10585, "male", (), pregnant=None),
            id="p20-en-001",
        ),  # NICE CKS Boils, carbuncles and staphylococcal carriage 2023 - large fluctuant abscess: incision and drainage
        pytest.param(
            [
                "daughter on phone: mum 86 y/o, last 2 days very quiet, sleeping most of day, barely eating",
                "not talking much, normaly she do crossword and chat. no fall. she has mild memory problem",
            ],
            _patient(31390, "female", ("mild cognitive impairment",), pregnant=None),
            id="p20-en-011",
        ),  # NICE CG103 Delirium 2010 (updated 2023), 1.2-1.3 - hypoactive delirium (new withdrawal, sleepiness, reduced intake): same-day assessment for cause
        pytest.param(
            [
                "44yo man, sudden bad pain R flank to groin since 4am, cant sit still, dipstick blood +++",
                "temp 36.9, HR 92, BP 142/88. no vomit. first time this happen, no other medical problem",
            ],
            _patient(16060, "male", (), pregnant=None),
            id="p20-en-012",
        ),  # NICE NG118 Renal and ureteric stones 2019, 1.1-1.2 - no red flags: NSAID analgesia and same-day assessment in primary care
        pytest.param(
            [
                "2yo girl D&V since 2 days, vomited 6 times today, keeping down only small sips",
                "mum says only 1 wet nappy since morning, lips dry",
                "bit tired but still watching TV and responding normal to mum",
            ],
            _patient(730, "female", (), pregnant=None),
            id="p20-en-024",
        ),  # NICE CG84 Diarrhoea and vomiting caused by gastroenteritis in under 5s 2009, 1.2 table 1 - clinical dehydration without red flags: face-to-face assessment, ORS
        pytest.param(
            [
                "61M c/o pain between the legs (perineum) and pain passing urine since 2 days, temp 38.1",
                "can still pass urine but slow. HR 90 BP 130/80, feels achy but walking around ok",
            ],
            _patient(22265, "male", (), pregnant=None),
            id="p20-en-026",
        ),  # NICE NG110 Prostatitis (acute): antimicrobial prescribing 2018, 1.1 - immediate antibiotic
        pytest.param(
            [
                "midwife: 5 day old boy breastfed, weighed today 3.02kg, birth wt 3.40kg (11% loss)",
                "feeds 6-7 times a day, 3 wet nappies, alert when awake, little yellow",
            ],
            _patient(5, "male", (), pregnant=None),
            id="p20-en-031",
        ),  # NICE NG75 Faltering growth 2017, 1.2 - weight loss >10% in early days: same-day clinical and feeding assessment
        pytest.param(
            [
                "pt 26 y/o 24 weeks pregnant, stinging when passing urine and going evry 30 min since yesterday",
                "no fever, no back pain, baby moving ok",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="p20-en-036",
        ),  # NICE NG109 Urinary tract infection (lower) 2018, 1.1 - pregnant women: immediate antibiotic and urine culture
        pytest.param(
            [
                "23 y/o F fell on outstretched hand rollerblading yesterday, wrist swollen on the thumb side",
                "very tender when press in the hollow at base of thumb, fingers move ok, no deformity",
            ],
            _patient(8395, "female", (), pregnant=None),
            id="p20-en-038",
        ),  # NICE NG38 Fractures (non-complex) 2016, 1.1 - suspected scaphoid fracture: immobilise and same-day imaging
        pytest.param(
            [
                "5 wk old boy, vomiting after nearly every feed since 2 days",
                "mum says it shoot far across the room. milky not green",
                "straight after he want to feed again, hungry. nappies less wet but still 4 today",
            ],
            _patient(35, "male", (), pregnant=None),
            id="p20-en-039",
        ),  # NICE NG1 GORD in children and young people 2015 (updated 2019), 1.1 red flags - projectile vomiting in first 2 months (pyloric stenosis): same-day paediatric referral
        pytest.param(
            [
                "19 y/o M tummy pain started round belly button this morning, now moving to R lower side",
                "off his food, nausea, temp 37.5, pain worse when he cough. walking ok",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="p20-en-040",
        ),  # NICE CKS Appendicitis 2022 - suspected appendicitis: same-day surgical assessment
        pytest.param(
            [
                "55 y/o man woke up with R big toe very painful red swollen, cant even have the bedsheet on it",
                "never had it before. temp 37.2, otherwise feel fine. takes bendroflumethiazide for BP",
            ],
            _patient(20075, "male", ("hypertension",), pregnant=None),
            id="p20-en-046",
        ),  # NICE NG219 Gout 2022, 1.3 - treat flare as early as possible; NICE CKS Gout 2023 (exclude septic arthritis)
        pytest.param(
            [
                "4 day old baby girl born 39 wks, mum says baby yellow, now yellow down to the tummy",
                "breastfeeding ok, 5-6 wet nappies, stool yellow, baby alert",
            ],
            _patient(4, "female", (), pregnant=None),
            id="p20-en-049",
        ),  # NICE CG98 Neonatal jaundice 2010 (updated 2016), 1.2 - visible jaundice >24 hours: measure bilirubin within 6 hours
        pytest.param(
            [
                "DN: 74M long term catheter, urine cloudy n smelly, temp 38.2 since today",
                "some suprapubic pain, HR 92, BP 134/80, RR 18, alert and chatting normal, eating ok",
            ],
            _patient(27010, "male", ("long-term urinary catheter",), pregnant=None),
            id="p20-en-052",
        ),  # NICE NG113 Urinary tract infection (catheter-associated): antimicrobial prescribing 2018, 1.1
        pytest.param(
            [
                "52F, L lower leg red, warm, swollen since 2 days, started from a scratch on shin",
                "red area getting bigger, we drew line round it this morning, now past the line",
                "temp 37.4, she feel ok otherwise, no diabetes",
            ],
            _patient(18980, "female", (), pregnant=None),
            id="p20-en-054",
        ),  # NICE NG141 Cellulitis and erysipelas: antimicrobial prescribing 2019, 1.1
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "28岁女的，昨天开始尿频尿痛，小肚子有点坠",
                "不发烧，腰不疼，没怀孕，以前也犯过一回",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="p20-zh-043",
        ),  # NICE NG109 UTI (lower): antimicrobial prescribing (2018), 1.1 – non-pregnant women: self-care or back-up/immediate antibiotic; self_care also defensible
        pytest.param(
            [
                "48岁男的，上礼拜腰疼到县医院做了CT，说左边输尿管有个4毫米的石头",
                "这几天一点都不疼了，不烧，尿也正常，问要不要复查",
            ],
            _patient(17520, "male", ("kidney stones",), pregnant=None),
            id="p20-zh-044",
        ),  # NICE NG118 Renal and ureteric stones (2019), 1.3 – ureteric stone <5 mm: watchful waiting with planned follow-up imaging
        pytest.param(
            [
                "69岁老汉说这半年尿得慢，尿不尽，夜里起来三四回",
                "能尿出来，不疼，不发烧，尿里没血",
            ],
            _patient(25185, "male", (), pregnant=None),
            id="p20-zh-045",
        ),  # NICE CG97 LUTS in men (2010, upd. 2015) / NICE CKS LUTS in men – routine assessment (IPSS, PSA discussion, DRE)
        pytest.param(
            [
                "35岁女的昨天下地干活被虫子咬了胳膊，今天肿了个红包，硬币那么大，挺痒",
                "不发烧，没往外扩，没起红线",
            ],
            _patient(12775, "female", (), pregnant=None),
            id="p20-zh-046",
        ),  # NICE CKS Insect bites and stings (2021) – local reaction: self-care (cold compress, oral antihistamine), return if spreading or systemic
        pytest.param(
            [
                "6岁小姑娘，邻居家的狗舔了她的手，手上没破皮",
                "家长不放心，问要不要打狂犬疫苗",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="p20-zh-047",
        ),  # 狂犬病暴露预防处置工作规范（2023年版）– I级暴露（完好皮肤被舔舐）：清洗即可，无需疫苗
        pytest.param(
            [
                "45岁大姐炒菜被油溅了手背，红了一小块，硬币大小",
                "没起泡，冲了会凉水，有点火辣辣的",
            ],
            _patient(16425, "female", (), pregnant=None),
            id="p20-zh-048",
        ),  # NICE CKS Burns and scalds (2020) – small superficial epidermal burn in adult: first aid and self-care
        pytest.param(
            [
                "19岁女学生嗓子疼两天，咽东西疼",
                "不发烧，有点咳嗽流鼻涕，嘴能张开，吃饭喝水都没问题",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="p20-zh-049",
        ),  # NICE NG84 Sore throat (acute): antimicrobial prescribing (2018), 1.1 – FeverPAIN 0–1: no antibiotic, self-care
        pytest.param(
            [
                "3岁男孩昨晚说耳朵疼，哭了半宿，发烧38.1",
                "今早吃了布洛芬，现在院里玩呢，耳朵没流水，耳朵后面不肿",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="p20-zh-050",
        ),  # NICE NG91 Otitis media (acute): antimicrobial prescribing (2018), 1.1 – self-care with analgesia, usually resolves in ~3 days; non_urgent defensible
        pytest.param(
            [
                "36岁女的感冒以后鼻子堵了6天，黄鼻涕，脑门和脸蛋胀着疼",
                "眼睛不肿，看东西正常，体温37.3",
            ],
            _patient(13140, "female", (), pregnant=None),
            id="p20-zh-051",
        ),  # NICE NG79 Sinusitis (acute) (2017), 1.1 – symptoms ≤10 days without orbital/intracranial signs: no antibiotic, self-care
        pytest.param(
            [
                "9岁男孩抠鼻子流鼻血了，捏着鼻子五分钟就止住了",
                "以前偶尔也流，身上别处没出血，没磕着",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="p20-zh-052",
        ),  # NICE CKS Epistaxis (nosebleeds) (2024) – anterior bleed stopped with first aid: self-care advice
        pytest.param(
            [
                "33岁男的咳嗽四五天了，嗓子痒，有点白痰",
                "不发烧，不喘，氧饱和98，呼吸16",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="p20-zh-053",
        ),  # NICE NG120 Cough (acute): antimicrobial prescribing (2019), 1.1 – self-limiting, self-care
        pytest.param(
            [
                "52岁男的老痛风了，昨天吃了羊肉喝了酒，今天右脚大脚趾又红又肿",
                "跟以前犯的一模一样，不发烧，家里有医生开的秋水仙碱",
            ],
            _patient(18980, "male", ("gout",), pregnant=None),
            id="p20-zh-054",
        ),  # NICE CKS Gout (2023); 痛风及高尿酸血症基层诊疗指南（2019年）– typical flare in known gout with rescue medication: self-manage; non_urgent defensible
        pytest.param(
            [
                "40岁男的前天搬化肥闪了腰，腰下面疼，弯腰疼",
                "腿不麻不疼，大小便正常，没发烧",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="p20-zh-055",
        ),  # NICE NG59 Low back pain and sciatica in over 16s (2016, upd. 2020), 1.1–1.2 – no red flags: self-management, stay active
        pytest.param(
            [
                "26岁女的说解大便手纸上有点鲜红的血，擦的时候一点点",
                "这几天便秘，拉的时候肛门口跟刀割一样疼",
                "不头晕，大便也不黑",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="p20-zh-056",
        ),  # NICE CKS Anal fissure (2023); NICE NG12 Suspected cancer (2015, upd.) – under 50 without other features: routine assessment
        pytest.param(
            [
                "2岁男娃发烧38.5，流鼻涕咳嗽",
                "吃了退烧药在屋里跑着玩，吃喝都正常，尿也正常，身上没疹子",
            ],
            _patient(730, "male", (), pregnant=None),
            id="p20-zh-057",
        ),  # NICE NG143 Fever in under 5s (2019, upd. 2021) – all green features: home care with safety-netting advice
        pytest.param(
            [
                "2个月的女娃吃完奶老漾奶，一口一口往外流，不是喷的",
                "这个月长了800克，精神好，尿布湿得多",
            ],
            _patient(60, "female", (), pregnant=None),
            id="p20-zh-058",
        ),  # NICE NG1 GORD in children and young people (2015, upd. 2019), 1.1 – effortless regurgitation in thriving infant: reassurance, no investigation
        pytest.param(
            [
                "80岁老太太早上下床的时候滑倒了，屁股着地",
                "自己爬起来的，没磕着头，哪都不疼，走路跟平常一样",
                "不吃抗凝药，家里人问要不要紧",
            ],
            _patient(29200, "female", (), pregnant=None),
            id="p20-zh-059",
        ),  # NICE NG249 Falls: assessment and prevention in older people (2025; replaces CG161 2013) – after a fall without injury: routine multifactorial falls risk assessment
        pytest.param(
            [
                "45岁男的厂子倒了没活干，这一个多月睡不好，心里烦，不爱出门",
                "问他有没有不想活的念头，说没有，就是发愁，孩子还要上学",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="p20-zh-060",
        ),  # NICE NG222 Depression in adults (2022), 1.2–1.3; 抑郁症基层诊疗指南（2021年）– low mood without suicidal ideation: routine assessment
        pytest.param(
            [
                "8 yo boy, dog from next door nipped his leg through his jeans",
                "just red mark, skin not broken, no bleeding. dog is vaccinated they say",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="p20-en-002",
        ),  # NICE NG184 Human and animal bites 2020, 1.1 - do not offer antibiotics if skin not broken
        pytest.param(
            [
                "mum worried 15 y/o daughter skipping lunch, very into gym, lost 3kg over 2 months",
                "BMI 19.5, HR 70, BP 110/70, no dizzy or faint, periods regular",
            ],
            _patient(5475, "female", (), pregnant=None),
            id="p20-en-004",
        ),  # NICE NG69 Eating disorders 2017, 1.2 - routine assessment and referral to community eating disorder service; RCPsych MEED 2022 low risk
        pytest.param(
            [
                "33F splashed boiling water from kettle on forearm 1 hr ago, area about size of 50p coin",
                "cooled under tap 20 min. red and sore, no blisters. not face or hands. tetanus up to date",
            ],
            _patient(12045, "female", (), pregnant=None),
            id="p20-en-010",
        ),  # NICE CKS Burns and scalds 2024 - small superficial epidermal burn: self-care
        pytest.param(
            [
                "28F not pregnant, burning when passing urine and frequency since yesterday",
                "no fever, no back pain, no discharge, no blood, otherwise well",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="p20-en-015",
        ),  # NICE NG109 Urinary tract infection (lower) 2018, 1.1 - non-pregnant women: self-care advice, back-up or immediate antibiotic
        pytest.param(
            [
                "30M diarrhoea since yesterday 4-5 times after a takeaway, mild cramps",
                "no blood, no fever, drinking water fine, peeing normal, not dizzy",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="p20-en-020",
        ),  # NICE CKS Gastroenteritis 2023 - self-care with fluids
        pytest.param(
            [
                "38yo M, low back ache after moving furniture on sunday, stiff, no pain down legs",
                "no numbness, pee and poo normal, no fever, no cancer hx. taking ibuprofen, can walk",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="p20-en-023",
        ),  # NICE NG59 Low back pain and sciatica in over 16s 2016 (updated 2020), 1.2 self-management; no red flags
        pytest.param(
            [
                "66M getting up 3 times a night to pee for months, stream weak, takes long to start",
                "no pain, no blood, no fever, emptying ok he thinks",
            ],
            _patient(24090, "male", (), pregnant=None),
            id="p20-en-028",
        ),  # NICE CG97 Lower urinary tract symptoms in men 2010 (updated 2015) - routine assessment
        pytest.param(
            [
                "64 y/o M noticed dark red blood mixed in stool on and off for 5 weeks, also looser stools than before",
                "no dizzy, no tummy pain, eating normal, HR 78 BP 136/82",
            ],
            _patient(23360, "male", (), pregnant=None),
            id="p20-en-034",
        ),  # NICE NG12 Suspected cancer 2015 (updated 2023), 1.3 colorectal - FIT and suspected cancer pathway referral (not same-day)
        pytest.param(
            [
                "44F blocked nose, pressure over cheeks and forehead 6 days, green snot",
                "no swelling round eyes, vision normal, no bad headache, no fever now. wants antibiotic",
            ],
            _patient(16060, "female", (), pregnant=None),
            id="p20-en-037",
        ),  # NICE NG79 Sinusitis (acute) 2017, 1.1 - symptoms <=10 days: no antibiotic, self-care
        pytest.param(
            [
                "18 day old breastfed baby boy still bit yellow in eyes and face",
                "feeding good, gaining weight, stools yellow, urine pale, baby alert",
            ],
            _patient(18, "male", (), pregnant=None),
            id="p20-en-041",
        ),  # NICE CG98 Neonatal jaundice 2010 (updated 2016), 1.2 prolonged jaundice - measure conjugated bilirubin (routine, no pale stools/dark urine)
        pytest.param(
            [
                "6 week old girl brings up small amount milk after most feeds, just dribble out",
                "not forceful, not green, gaining weight good, happy baby, plenty wet nappies",
            ],
            _patient(42, "female", (), pregnant=None),
            id="p20-en-043",
        ),  # NICE NG1 GORD in children and young people 2015 (updated 2019), 1.1 - regurgitation in infants is common: reassurance
        pytest.param(
            [
                "6 yo boy earache L side since last nite, had a cold. no fever, eating, playing, no discharge, no swelling behind ear, calpol helps",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="p20-en-045",
        ),  # NICE NG91 Otitis media (acute) 2018, 1.1 - self-care with analgesia, most resolve in 3 days
        pytest.param(
            [
                "50F cough 5 days after a cold, dry, no fever, no SOB",
                "RR 16, sats 98%, HR 76, chest clear per nurse. non smoker",
            ],
            _patient(18250, "female", (), pregnant=None),
            id="p20-en-053",
        ),  # NICE NG120 Cough (acute): antimicrobial prescribing 2019 - self-care
        pytest.param(
            [
                "63 y/o M known gout, flare in same L big toe as usual since this morning",
                "no fever, feels well, has colchicine at home from last time, asking if ok to start it",
            ],
            _patient(22995, "male", ("gout",), pregnant=None),
            id="p20-en-056",
        ),  # NICE NG219 Gout 2022, 1.3/1.4 - patient-initiated flare treatment with supply at home
        pytest.param(
            [
                "82 y/o lady slipped in kitchen yesterday, sat down on floor, got up herself straight away",
                "no head knock, no pain, walking normal, not on blood thinner, daughter says she is her usual self",
                "2nd fall this yr",
            ],
            _patient(29930, "female", (), pregnant=None),
            id="p20-en-057",
        ),  # NICE CG161 Falls in older people 2013 / NICE NG249 Falls 2025 - no injury: routine multifactorial falls risk assessment
        pytest.param(
            [
                "15 y/o girl sore throat 2 days, runny nose and cough too, temp 37.6",
                "can swallow, eating soft food, open mouth fine, no drooling, no one-sided swelling",
            ],
            _patient(5475, "female", (), pregnant=None),
            id="p20-en-058",
        ),  # NICE NG84 Sore throat (acute) 2018, 1.1 - FeverPAIN 0-1: no antibiotic, self-care
        pytest.param(
            [
                "mum ringing, 10 y/o girl nose bleed this morning after picking nose, stop after 10 min squeeze",
                "had few like this this month. no bruises, no other bleeding, she is well",
            ],
            _patient(3650, "female", (), pregnant=None),
            id="p20-en-059",
        ),  # NICE CKS Epistaxis (nosebleeds) 2024 - recurrent anterior epistaxis in a well child: routine review, consider antiseptic cream
        pytest.param(
            [
                "3yo girl temp 38.2, runny nose, cough since yesterday",
                "running around, eating and drinking ok, wee normal, no rash, responds normal",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="p20-en-060",
        ),  # NICE NG143 Fever in under 5s 2019 (updated 2021), 1.3 - green features only: home care with safety-netting
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
