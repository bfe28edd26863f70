# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eightieth held-out round (2026-12-07, at commit 4d762b3: two reviewers, 120 cases of an
ordinary day at a township or village clinic and in primary care, across everything that walks
in, no more than three cases on any one condition; 12 emergencies hidden among ordinary
complaints, 24 same-day and 24 look-alikes a set). Before these fixes the rules found 11 of 12
emergencies in each set (30 paracetamol taken "to sleep forever" told after nausea, with "abt"
for about; an ectopic pregnancy told as 拉肚子 with a faint in the toilet and a period "快两个月没来"
told after the question), graded 21 of 24 and 19 of 24 same-day cases exactly, and sent 1 and 3
look-alikes to emergency ("non smoker" read as a smoker; 喘气心跳正常 as breathlessness in hand,
foot and mouth disease; a young man's strained chest wall whose 怕是心脏病 was read as heart
disease; years of reflux relieved by omeprazole).

What changed: "abt" is about; a wish "to sleep forever", "thinking of ending it" and "thought
about taking her pills" are suicidal intent; pesticide kept at home is a means, not a poisoning;
a period missed for months told after the question, 晕了一下 as a faint (not 头晕了一下), blood
seen on the underwear, a dragging 小肚子坠 and a baby "much quieter than usual" in a pregnancy
are read; "non smoker", 喘气心跳正常, 胸口没有凹进去 and 干活爬坡没事 deny; a fear of heart
disease is not a history of it; a spot that hurts when pressed or on turning is the chest wall;
blisters on the tip of the nose are Hutchinson's sign; a cut showing fat is deep; "can't hear
the phone on that side" and a lateralised Weber are sudden hearing loss; heartburn and acid told
as the same for years, not on exertion and with no cardiac feature or risk factor, is reflux
(胃食管反流病基层诊疗指南 2019). After: 12/12, 12/12; 23/24, 23/24; look-alikes 24/24, 24/24.

Left as the rules grade them, against the reviewers: suicidal thoughts with a method named
(r80-en-047) or thoughts of drinking pesticide a while ago with pesticide at home (r80-zh-055)
stay emergencies (the rules take any suicidal intent as imminent risk: WHO mhGAP §SUI)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "34M in waiting room says ate satay at lunch, lips itchy",
                "now lips and tongue swelling, voice hoarse, wheezy, sats 93, hives all over arms",
            ],
            _patient(12420, "male", ("asthma",), pregnant=None),
            id="r80-en-009",
        ),  # Resuscitation Council UK anaphylaxis 2021: airway swelling and wheeze with skin features after food is anaphylaxis; IM adrenaline and call 999.
        pytest.param(
            [
                "mum on phone, 2yo boy fever since this morning 39.6, not himself",
                "she did the glass test on spots on his legs and they dont go away. hes v sleepy and floppy, cries when she moves him",
            ],
            _patient(800, "male", (), pregnant=None),
            id="r80-en-019",
        ),  # NICE NG240 meningitis/meningococcal disease: fever with non-blanching rash and drowsiness in a child needs immediate 999 transfer (parenteral benzylpenicillin if no delay).
        pytest.param(
            [
                "daughter brought mum 91 in, 'she's just gone off her legs since yesterday, cant get her up'",
                "obs T 38.7 HR 118 RR 26 BP 86/50 sats 92 RA, more confused than her usual, hasnt passed urine since morning",
            ],
            _patient(33245, "female", ("dementia", "hypertension"), pregnant=None),
            id="r80-en-024",
        ),  # NICE NG51 sepsis: older adult with new confusion, RR >=25 and systolic BP <=90 meets high-risk criteria and needs emergency transfer to hospital.
        pytest.param(
            [
                "19F c/o nausea and feeling sick since this morning, wants something for stomach",
                "says had a bad breakup this week, been v low",
                "just told nurse she took abt 30 paracetamol last night around 11pm 'to sleep forever', didnt tell anyone",
            ],
            _patient(7085, "female", (), pregnant=None),
            id="r80-en-027",
        ),  # NICE NG225 self-harm / TOXBASE paracetamol: a large deliberate paracetamol overdose needs immediate ED transfer for levels and acetylcysteine plus psychosocial assessment, even if she looks well.
        pytest.param(
            [
                "16yo T1DM vomiting since last night + tummy pain, mum thinks 'caught the bug going round school'",
                "BM 24 mmol/L, blood ketones 4.1, breathing deep and fast, getting drowsy",
            ],
            _patient(5930, "female", ("type 1 diabetes",), pregnant=False),
            id="r80-en-029",
        ),  # NICE NG18 diabetes in children and young people: suspected DKA (hyperglycaemia, ketones >3, Kussmaul breathing, drowsiness) needs immediate transfer to hospital.
        pytest.param(
            [
                "47F headache started suddenly while lifting box at work, 'like being hit with a bat'",
                "worst headache of her life, peaked within a minute, vomited twice, neck feels stiff",
            ],
            _patient(17375, "female", ("hypertension",), pregnant=False),
            id="r80-en-031",
        ),  # NICE NG228 subarachnoid haemorrhage: thunderclap headache peaking within minutes with vomiting and neck stiffness needs immediate emergency referral.
        pytest.param(
            [
                "9yo known asthmatic wheezy since yday, mum gave salbutamol 10 puffs x3 no better",
                "cant finish a sentence, sats 91 on air, RR 40, using neck muscles",
            ],
            _patient(3405, "male", ("asthma",), pregnant=None),
            id="r80-en-035",
        ),  # BTS/NICE/SIGN asthma guideline: SpO2 <92% and inability to complete sentences is severe/life-threatening acute asthma needing emergency admission by ambulance.
        pytest.param(
            [
                "mum worried, baby girl 6 wks old felt hot, temp 38.3 under arm",
                "feeding a bit less than usual, otherwise mum says 'she seems ok'",
            ],
            _patient(42, "female", (), pregnant=None),
            id="r80-en-037",
        ),  # NICE NG143 fever in under 5s: any infant under 3 months with temperature >=38C is a red feature needing immediate referral to hospital paediatrics.
        pytest.param(
            [
                "Mr Li 58M walked in c/o indigestion since abt 1 hr, took gaviscon no help",
                "looks grey and sweaty, says pain now going up to jaw and L arm. BP 100/60 HR 104",
            ],
            _patient(21210, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r80-en-038",
        ),  # NICE CG95 chest pain of recent onset: ongoing central pain with sweating and radiation to jaw/arm in a diabetic is suspected ACS needing 999 ambulance admission, not antacids.
        pytest.param(
            [
                "32F had baby 3 wks ago (CS), c/o breathless since this morning",
                "sharp pain R chest on breathing in, coughed up a streak of blood. HR 118 sats 92 RA",
            ],
            _patient(11740, "female", (), pregnant=False),
            id="r80-en-041",
        ),  # NICE NG158 venous thromboembolism: postpartum woman with sudden breathlessness, pleuritic pain, haemoptysis, tachycardia and hypoxia has suspected PE needing immediate hospital assessment.
        pytest.param(
            [
                "26F c/o tummy bug since last night, lower abdo pain and loose stool x2",
                "LMP about 7 wks ago, not on contraception. pain now more R sided and she says tip of her shoulder hurts",
                "nearly fainted in the toilet just now, HR 120 BP 92/58",
            ],
            _patient(9690, "female", (), pregnant=None),
            id="r80-en-044",
        ),  # NICE NG126 ectopic pregnancy: abdominal pain with shoulder-tip pain, amenorrhoea and haemodynamic instability means possible ruptured ectopic; immediate emergency referral.
        pytest.param(
            [
                "wife on phone says husband 72 'acting like he's drunk' since lunch, words all slurred",
                "she says he doesnt drink. R side of mouth drooping and he dropped his cup with R hand, started ~40 min ago",
            ],
            _patient(26380, "male", ("atrial fibrillation",), pregnant=None),
            id="r80-en-049",
        ),  # NICE NG128 stroke: sudden slurred speech, facial droop and arm weakness (FAST positive) within hours of onset needs emergency ambulance to a hyperacute stroke unit.
        pytest.param(
            [
                "18天的娃，奶奶说这两天吃奶少了，老是睡",
                "刚量体温38度，手脚凉，哭声很弱，吸两口奶就不吸了",
            ],
            _patient(18, "male", (), pregnant=None),
            id="r80-zh-009",
        ),  # WHO IMCI（2个月以下小婴儿）：吃奶差、嗜睡、体温≥37.5℃属可能严重细菌感染/极重度疾病，须给首剂抗生素后紧急转诊。
        pytest.param(
            [
                "3岁男娃发烧两天了，今天吐了好几回，家里以为是吃坏了",
                "现在叫他不太应，光想睡，脖子发硬低不下头。腿上有几个紫红点点，拿杯子压着不褪色",
            ],
            _patient(1195, "male", (), pregnant=None),
            id="r80-zh-019",
        ),  # WHO IMCI：儿童发热伴嗜睡、意识差、颈强直属危险体征（极重度发热性疾病），须给首剂抗生素后紧急转诊；NICE NG240指出发热伴不褪色皮疹须立即转诊。
        pytest.param(
            [
                "儿子带他妈来的，说老太太这两天没精神，不怎么吃饭，问能不能挂瓶葡萄糖",
                "量了体温38度4，心率120，血压86/50。问她话有点糊涂，儿子说平时脑子是清楚的",
                "尿骚味很重，这几天尿得勤",
            ],
            _patient(32320, "female", ("diabetes",), pregnant=None),
            id="r80-zh-024",
        ),  # 中国脓毒症/脓毒性休克急诊治疗指南（2018）：老年人感染伴意识改变、收缩压≤100mmHg、心率快（qSOFA≥2）提示脓毒症，须立即呼叫120转上级医院。
        pytest.param(
            [
                "一个大姐说头晕，吐了两回，出了一身汗，说是中午在地里干活中暑了",
                "她男人后来才说，下午两口子吵了一架，家里那瓶敌敌畏少了半瓶",
                "看她瞳孔很小，口水多，身上有股大蒜味",
            ],
            _patient(16070, "female", (), pregnant=False),
            id="r80-zh-027",
        ),  # 急性有机磷农药中毒诊治临床专家共识（2016）：有农药接触史伴瞳孔缩小、多汗、流涎、大蒜味即应按有机磷中毒处理，立即呼叫120、尽早清除毒物并使用阿托品等解毒剂。
        pytest.param(
            [
                "13岁女娃，这一个月瘦了好多，特别能喝水，晚上老起来尿尿",
                "今天肚子疼，吐了三四回，喘气又深又快，人蔫了。指尖血糖测不出来，显示HI",
            ],
            _patient(4895, "female", (), pregnant=None),
            id="r80-zh-029",
        ),  # 中国1型糖尿病诊治指南（2021版）：多饮多尿消瘦伴呕吐、腹痛、深大呼吸和极高血糖，应考虑糖尿病酮症酸中毒，立即转上级医院补液及胰岛素治疗。
        pytest.param(
            [
                "老张有乙肝肝硬化，说这两天拉的屎是黑的，跟柏油一样",
                "今天早上吐了一碗咖啡色的东西，一站起来就头晕。脉搏118，血压92/58",
            ],
            _patient(21835, "male", ("hepatitis B", "cirrhosis"), pregnant=None),
            id="r80-zh-031",
        ),  # 急性上消化道出血急诊诊治流程专家共识：呕血黑便伴心率>100次/分、收缩压<100mmHg提示活动性出血、循环不稳定，肝硬化者需警惕静脉曲张破裂出血，立即120转诊。
        pytest.param(
            [
                "孕妇34周，说脑壳疼，从昨晚开始的，以为是没睡好",
                "BP 170/112，歇了一会复测168/110。她说看东西有点花，脚肿到小腿了",
            ],
            _patient(10645, "female", (), pregnant=True),
            id="r80-zh-035",
        ),  # 妊娠期高血压疾病诊治指南（2020）：孕妇血压≥160/110mmHg伴头痛、视物模糊属重度子痫前期，须立即降压、硫酸镁预防子痫并紧急转诊。
        pytest.param(
            [
                "一个大哥在地里让马蜂蜇了好几下，脖子胳膊上都有",
                "蜇了20来分钟，现在全身起风团，嘴唇肿起来了，说喘不上气，嗓子眼发紧。血压90/60",
            ],
            _patient(17720, "male", (), pregnant=None),
            id="r80-zh-037",
        ),  # 中华医学会变态反应分会严重过敏反应诊断和临床管理专家共识：蜂蜇后出现呼吸困难、喉头紧缩、血压下降属严重过敏反应，立即肌注肾上腺素并呼叫120。
        pytest.param(
            [
                "王大爷说胃疼，从早上6点多疼到现在，吃了两片胃药没管用",
                "他有糖尿病十几年了。刚看他一头的汗，脸煞白，说心口也闷得慌，恶心想吐。BP 98/60，脉搏104",
            ],
            _patient(23480, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r80-zh-038",
        ),  # 急性ST段抬高型心肌梗死基层诊疗指南（2019年）：老年糖尿病患者上腹痛伴大汗、恶心、血压偏低可为急性心梗不典型表现，应立即呼叫120、尽快做心电图并转诊。
        pytest.param(
            [
                "早上一家子过来了，说都脑壳疼恶心，是不是吃坏东西了",
                "昨晚屋里生的煤炉子，门窗都关严了",
                "老爷子最重，走路打晃，迷迷糊糊的，叫他才睁眼",
            ],
            _patient(28510, "male", ("hypertension",), pregnant=None),
            id="r80-zh-041",
        ),  # 一氧化碳中毒临床治疗指南（中国医师协会）：冬季燃煤取暖、同屋多人头痛恶心，伴意识障碍提示中重度一氧化碳中毒，须立即脱离环境、吸氧并紧急转诊行高压氧治疗。
        pytest.param(
            [
                "小媳妇说肚子疼拉肚子，早上开始的，下面小肚子疼，老想上厕所",
                "刚才在厕所晕了一下，脸很白，出冷汗。问了月经，说快两个月没来了，她以为是不准",
            ],
            _patient(9570, "female", (), pregnant=None),
            id="r80-zh-044",
        ),  # 异位妊娠诊治专家共识（2019）：育龄女性停经后下腹痛、肛门坠胀便意伴晕厥，须高度怀疑异位妊娠破裂腹腔内出血，立即120转诊。
        pytest.param(
            [
                '隔壁村老李中午喝了酒，家属说"喝多了，说话都不清楚了"，问能不能给他醒醒酒',
                "我看了下右手拿不住筷子，嘴往左边歪，一个钟头前吃饭时还好好的",
            ],
            _patient(24850, "male", ("hypertension",), pregnant=None),
            id="r80-zh-049",
        ),  # 中国急性缺血性脑卒中诊治指南2018：突发言语不清、一侧肢体无力、口角歪斜应按卒中处理，发病在时间窗内须立即呼叫120送有溶栓条件的医院，不能当醉酒观察。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "8yo girl mum says she's been drinking loads and wetting bed again past 3 wks",
                "lost weight, clothes loose. finger prick glucose 17.8 in clinic",
                "not vomiting, alert, breathing normal",
            ],
            _patient(2950, "female", (), pregnant=None),
            id="r80-en-002",
        ),  # NICE NG18: suspected type 1 diabetes in a child (polydipsia, enuresis, weight loss, hyperglycaemia) needs same-day referral to the paediatric diabetes team; not in DKA.
        pytest.param(
            [
                "22M fell off scooter yday onto outstretched hand",
                "wrist sore, tender in anatomical snuffbox, can move fingers, no deformity",
            ],
            _patient(8035, "male", (), pregnant=None),
            id="r80-en-003",
        ),  # NICE NG38 non-complex fractures: suspected scaphoid fracture needs same-day X-ray and immobilisation at urgent care.
        pytest.param(
            [
                "39F calling for repeat of carbimazole",
                "mentions sore throat and mouth ulcers since yday, temp 38.1",
            ],
            _patient(14245, "female", ("hyperthyroidism",), pregnant=False),
            id="r80-en-004",
        ),  # MHRA/BNF carbimazole: sore throat, mouth ulcers or fever need an urgent same-day FBC to exclude agranulocytosis; stop drug if neutropenic.
        pytest.param(
            [
                "18mo boy vomiting and diarrhoea 2 days, mum says fewer wet nappies today",
                "taking little sips, bit more tired than usual but responds and smiles, HR 140, eyes a bit sunken",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r80-en-005",
        ),  # NICE CG84 diarrhoea and vomiting in under 5s: clinical dehydration (reduced urine, sunken eyes, tachycardia) without shock needs same-day clinician assessment and ORS rehydration.
        pytest.param(
            [
                "28F breastfeeding, baby 5 wks. L breast red wedge-shaped area, hot and painful 2 days",
                "now fever 38.6 and flu-like aches despite feeding and expressing, HR 100",
            ],
            _patient(10400, "female", (), pregnant=False),
            id="r80-en-006",
        ),  # NICE CKS mastitis: systemically unwell and not settling with milk removal, needs same-day oral antibiotics.
        pytest.param(
            [
                "38F dysuria 3/7, now pain L side of back and shivers last night",
                "T 38.4 HR 96 BP 124/78, not vomiting, keeping fluids down, preg test neg",
            ],
            _patient(13915, "female", (), pregnant=False),
            id="r80-en-010",
        ),  # NICE NG111 acute pyelonephritis: needs same-day clinician assessment and antibiotics; no sepsis high-risk features so not an ambulance case.
        pytest.param(
            [
                "24M R eye red and painful since this morning, wears monthly contacts, slept in them",
                "light hurts, vision a bit blurry R eye, maybe white spot on cornea? hard to see",
            ],
            _patient(8840, "male", (), pregnant=None),
            id="r80-en-011",
        ),  # NICE CKS red eye: painful red eye with photophobia and reduced vision in a contact lens wearer is suspected microbial keratitis needing same-day ophthalmology.
        pytest.param(
            [
                "3yo girl fever on and off 5 days now, up to 39",
                "eating less but drinking ok, wet nappies normal, alert and playing between doses of calpol, no rash",
            ],
            _patient(1155, "female", (), pregnant=None),
            id="r80-en-012",
        ),  # NICE NG143 fever in under 5s: fever lasting 5 days or more is an amber feature requiring same-day face-to-face clinical assessment (consider Kawasaki).
        pytest.param(
            [
                "midwife asks: baby girl day 3, looks yellow over face and chest",
                "breastfeeding ok, alert, wet nappies ok, born 39 wks",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r80-en-015",
        ),  # NICE CG98 neonatal jaundice: visible jaundice after 24 hours needs bilirubin measurement within 6 hours.
        pytest.param(
            [
                "antenatal check 29F 32/40, BP 146/94, repeat 144/92",
                "no headache no vision change, urine dip protein neg, baby moving well. booking BP was 112/70",
            ],
            _patient(10685, "female", (), pregnant=True),
            id="r80-en-018",
        ),  # NICE NG133 hypertension in pregnancy: new BP >=140/90 after 20 weeks needs assessment in secondary care within 24 hours (same day), not emergency without severe features.
        pytest.param(
            [
                "2yo girl barking cough started in the night, 'sounds like a seal'",
                "no noisy breathing at rest, pink, drinking ok, T 38.0",
            ],
            _patient(820, "female", (), pregnant=None),
            id="r80-en-020",
        ),  # NICE CKS croup: mild croup, but a single dose of oral dexamethasone is recommended for every child with croup, so she needs a same-day clinician review.
        pytest.param(
            [
                "68M for back pain review, mid back pain 3 wks getting worse, waking him at night",
                "hx prostate ca 4 yrs ago. no weakness, no numbness, bladder and bowels normal",
                "pain worse lying flat and when he coughs",
            ],
            _patient(25020, "male", ("prostate cancer",), pregnant=None),
            id="r80-en-028",
        ),  # NICE NG234 spinal metastases and MSCC: cancer history with progressive thoracic/nocturnal pain but no neuro deficit needs discussion with the MSCC team within 24 hours.
        pytest.param(
            [
                "71F painful blistering rash L forehead 2/7",
                "now vesicles on tip of nose too, L eye red and watery, vision ok",
            ],
            _patient(25955, "female", (), pregnant=None),
            id="r80-en-030",
        ),  # NICE CKS shingles: herpes zoster ophthalmicus with nasal tip involvement (Hutchinson's sign) and red eye needs antivirals and same-day ophthalmology referral.
        pytest.param(
            [
                "44F L calf swollen and sore 3 days, back from long flight from Sydney last week",
                "calf 3cm bigger than R, tender along back of leg. no SOB no chest pain, sats 98",
            ],
            _patient(16080, "female", (), pregnant=False),
            id="r80-en-036",
        ),  # NICE NG158: suspected DVT (Wells likely) needs proximal leg ultrasound within 4 hours or interim anticoagulation same day.
        pytest.param(
            [
                "50F woke up yesterday with L ear 'blocked', thought it was wax",
                "tinny ringing, cant hear phone on that side, no pain no discharge, canal looks clear, Weber goes to R",
            ],
            _patient(18310, "female", (), pregnant=False),
            id="r80-en-040",
        ),  # NICE CKS hearing loss: sudden sensorineural hearing loss in the last 30 days needs ENT assessment within 24 hours.
        pytest.param(
            [
                "54M red swollen L shin spreading over 2 days, started from a scratch",
                "T 37.8, otherwise well, HR 88 BP 138/82, nurse marked the edge with pen",
            ],
            _patient(20010, "male", ("diabetes",), pregnant=None),
            id="r80-en-042",
        ),  # NICE NG141 cellulitis: spreading cellulitis without systemic toxicity needs same-day antibiotics in primary care.
        pytest.param(
            [
                "62M R knee swollen hot and red since yesterday, v painful",
                "no injury. T 37.4, can just about walk. never had gout before. on bendroflumethiazide",
            ],
            _patient(22640, "male", ("hypertension",), pregnant=None),
            id="r80-en-046",
        ),  # NICE CKS gout / hot swollen joint: a first acute hot monoarthritis must be assessed same day to exclude septic arthritis before assuming gout.
        pytest.param(
            [
                "lab rang re 76M routine bloods, K 6.2",
                "on ramipril + spironolactone. pt says feels fine, no palpitations",
            ],
            _patient(27770, "male", ("chronic kidney disease", "heart failure"), pregnant=None),
            id="r80-en-048",
        ),  # UK Kidney Association hyperkalaemia guideline: K 6.0-6.4 needs same-day clinical review, repeat test/ECG and medication review; >=6.5 would be emergency.
        pytest.param(
            [
                "son called re mum 84, 'she's not making sense since Tuesday, keeps asking where dad is'",
                "normally lives alone & manages fine. eating and drinking, walking ok. son checked temp 37.6",
                "no falls, no head injury. started new codeine for her knee last week",
            ],
            _patient(30760, "female", ("hypertension", "osteoarthritis"), pregnant=None),
            id="r80-en-054",
        ),  # NICE CG103 delirium: acute change in cognition in an older person needs same-day clinical assessment for causes (drugs, infection), but she is stable.
        pytest.param(
            [
                "72M cough with green sputum 4/7, fevers",
                "T 38.3 RR 22 sats 95 RA BP 130/80, not confused, crackles R base per nurse",
            ],
            _patient(26530, "male", ("hypertension",), pregnant=None),
            id="r80-en-055",
        ),  # NICE NG138 pneumonia: CRB65 score 1 (age) needs same-day clinical assessment and antibiotics, with judgement about admission.
        pytest.param(
            [
                "35F asthma, wheezy 2 days since a cold, using blue inhaler every 3-4 hrs",
                "talking full sentences, PEF 280 (best 450), sats 96, HR 98",
            ],
            _patient(12975, "female", ("asthma",), pregnant=False),
            id="r80-en-058",
        ),  # BTS/NICE/SIGN asthma: moderate exacerbation (PEF 50-75% best, no severe features) needs same-day treatment in primary care with oral steroid.
        pytest.param(
            [
                "50M wants appt, had chest tightness yesterday eve walking uphill, lasted 20 min, went when he rested",
                "no pain now, feels fine. BP 142/88 HR 76",
            ],
            _patient(18260, "male", ("hyperlipidaemia",), pregnant=None),
            id="r80-en-059",
        ),  # NICE CG95: suspected ACS with chest pain 12-72 hours ago and now pain-free should be referred for same-day assessment.
        pytest.param(
            [
                "31F 30 wks pregnant calling, says baby 'much quieter than usual' since yesterday evening",
                "no pain no bleeding. 2nd pregnancy, 1st was normal",
            ],
            _patient(11465, "female", (), pregnant=True),
            id="r80-en-060",
        ),  # RCOG Green-top 57 reduced fetal movements: after 28 weeks she should contact maternity unit now for same-day CTG assessment, not wait for next appointment.
        pytest.param(
            [
                "孕32周的，来问胎动少了正常不",
                "她说从昨天下午到现在基本感觉不到动，以前一天动好多回",
            ],
            _patient(9885, "female", (), pregnant=True),
            id="r80-zh-002",
        ),  # 孕前和孕期保健指南（2018）/RCOG GTG57：孕28周后胎动明显减少应当天到产科行胎心监护评估，不能在家等待。
        pytest.param(
            [
                "左边脑门上起了一片水泡，疼得钻心，两天了",
                "鼻子尖上也冒了几个水泡，左眼有点红",
            ],
            _patient(24495, "female", (), pregnant=None),
            id="r80-zh-003",
        ),  # NICE CKS 带状疱疹：眼支带状疱疹伴鼻尖皮损（Hutchinson征）或眼红提示眼部受累，需72小时内抗病毒并当天转眼科。
        pytest.param(
            [
                "老太太心衰好多年了，家属说这几天腿肿得厉害",
                "三天重了4斤多，走几步就喘，晚上得垫两个枕头。坐着说话不喘，氧饱和94%，血压142/86",
            ],
            _patient(29500, "female", ("heart failure", "hypertension"), pregnant=None),
            id="r80-zh-004",
        ),  # 慢性心力衰竭基层诊疗指南（2019年）：3天内体重增加2kg以上、水肿和活动后气促加重提示心衰失代偿，需当天就诊调整利尿剂；静息呼吸困难或低氧则紧急转诊。
        pytest.param(
            [
                "他用砂轮磨铁，有东西崩到眼睛里了",
                "右眼红，疼，一直流泪，睁不开，说看东西有点糊",
            ],
            _patient(15420, "male", (), pregnant=None),
            id="r80-zh-005",
        ),  # NICE CKS 角膜异物：高速金属碎屑（磨削）入眼有眼球穿通伤风险，伴视力下降者须当天转眼科处理。
        pytest.param(
            [
                "老头说尿不出来，从昨晚到现在十来个钟头了",
                "小肚子鼓起来，一按疼得很，急得直转圈。前两天感冒吃了些感冒药",
            ],
            _patient(28985, "male", ("BPH",), pregnant=None),
            id="r80-zh-006",
        ),  # NICE CKS 下尿路症状（男性）：急性尿潴留须当天导尿减压，含抗组胺/伪麻黄碱的感冒药可诱发，导尿失败需转诊。
        pytest.param(
            [
                "34岁女的，说尿频尿疼好几天了，自己吃了点三金片",
                "今天开始发烧38度8，右边腰疼，敲着更疼。能吃能喝，没吐，没怀孕",
            ],
            _patient(12430, "female", (), pregnant=False),
            id="r80-zh-010",
        ),  # NICE NG111 急性肾盂肾炎：发热伴腰痛的上尿路感染需当天开始抗生素治疗，无脓毒症征象者可门诊处理。
        pytest.param(
            [
                "割稻子镰刀把小腿拉了个口子，4公分左右，挺深，能看到黄的油",
                "压着血就止住了，脚能动，脚指头有感觉。破伤风针不记得打没打过",
            ],
            _patient(19010, "female", (), pregnant=False),
            id="r80-zh-011",
        ),  # 外伤后破伤风疫苗和被动免疫制剂使用指南（2024）/非新生儿破伤风诊疗规范（2019）：深而污染的伤口需当天清创缝合，免疫史不详者应接种破伤风疫苗并使用被动免疫制剂。
        pytest.param(
            [
                "2岁男娃，发烧咳嗽三天了，体温39度",
                "数了下呼吸一分钟52次，吸气时胸口没有凹进去，还能喝奶，精神还可以，没抽过",
            ],
            _patient(820, "male", (), pregnant=None),
            id="r80-zh-012",
        ),  # WHO IMCI：12个月至5岁儿童呼吸≥40次/分为呼吸增快，无胸凹陷及危险体征者分类为肺炎，需当天开始口服阿莫西林并2-3天复诊。
        pytest.param(
            [
                "慢阻肺的老汉，这几天咳得多，痰变黄变多了，喘得比平时厉害",
                "能说整句话，嘴唇不紫，氧饱和91%，体温37度6，人清楚",
            ],
            _patient(25975, "male", ("COPD",), pregnant=None),
            id="r80-zh-015",
        ),  # 慢性阻塞性肺疾病基层诊疗指南（2018年）：痰量增多、脓性痰伴气促加重属急性加重，无意识改变和严重呼吸衰竭者可在基层当天处理（支气管扩张剂、抗生素、糖皮质激素）并密切观察。
        pytest.param(
            [
                "老太太早上出冷汗手抖，测血糖2.9，喝了糖水，现在复测5.8，人好了",
                "她吃的是格列本脲，昨晚没怎么吃饭",
            ],
            _patient(27020, "female", ("diabetes",), pregnant=None),
            id="r80-zh-018",
        ),  # 2型糖尿病基层诊疗指南（2019）：长效磺脲类所致低血糖常持久反复，纠正后仍需继续监测血糖24-48小时，当天由医生调整用药。
        pytest.param(
            [
                "他妈带来的，小伙子一个礼拜没怎么睡了，在家里自言自语",
                "说村里有人要害他，往饭里下毒，不肯吃饭。没打人没砸东西，没说要伤害自己。不喝酒不吸毒",
            ],
            _patient(8495, "male", (), pregnant=None),
            id="r80-zh-020",
        ),  # WHO mhGAP 精神病模块：首发幻觉、被害妄想但无暴力或自伤紧迫风险者，需当天评估排除躯体原因并尽快联系精神专科诊治。
        pytest.param(
            [
                "老太太在院子里滑了一跤，手撑的地",
                "手腕肿了，看着弯得像个叉子，疼得不敢动。手指头能动，手不凉不麻，皮没破",
            ],
            _patient(26165, "female", ("osteoporosis",), pregnant=None),
            id="r80-zh-028",
        ),  # NICE NG38 非复杂性骨折：疑似闭合性桡骨远端骨折、无血管神经损伤者，制动止痛后当天转诊拍片复位。
        pytest.param(
            [
                "让邻居家的狗咬了手背，咬破了，出了血",
                "那狗没打过疫苗，现在跑得找不着了。他以前也没打过狂犬疫苗",
            ],
            _patient(14020, "male", (), pregnant=None),
            id="r80-zh-030",
        ),  # 狂犬病暴露预防处置工作规范（2023年版）：皮肤破损出血属Ⅲ级暴露，须当天尽快彻底冲洗伤口、接种狂犬病疫苗并使用被动免疫制剂。
        pytest.param(
            [
                "大爷说心慌，这两天一阵一阵的",
                "摸脉不齐，快一下慢一下，心率120多。血压136/84，不胸疼，不喘，说话清楚手脚有劲",
            ],
            _patient(26735, "male", ("hypertension",), pregnant=None),
            id="r80-zh-036",
        ),  # 心房颤动基层诊疗指南（2019年）：新发房颤心室率快但血流动力学稳定、无胸痛心衰者，需当天做心电图、控制心室率并评估抗凝，不稳定者才紧急转诊。
        pytest.param(
            [
                "两岁娃碰翻了暖壶，右胳膊烫着了",
                "冲了凉水了，起了好几个大水泡，差不多有他三个巴掌那么大，娃哭得厉害",
            ],
            _patient(760, "male", (), pregnant=None),
            id="r80-zh-040",
        ),  # NICE CKS 烧烫伤：儿童起水泡的部分厚度烫伤面积约占体表2%以上需当天由医生处理并转烧伤专科评估。
        pytest.param(
            [
                "糖尿病老汉，今天测血糖18.6，说最近口干，老想喝水",
                "不吐，肚子不疼，人清楚，二甲双胍常常忘了吃",
            ],
            _patient(22465, "male", ("diabetes",), pregnant=None),
            id="r80-zh-042",
        ),  # 国家基层糖尿病防治管理指南/2型糖尿病基层诊疗指南（2019）：血糖>16.7mmol/L伴口渴多饮需当天查尿酮排除酮症并调整治疗，出现酮症酸中毒表现则转诊。
        pytest.param(
            [
                "高血压随访，大娘BP 188/116，说降压药吃完一个礼拜了没去拿",
                "有点头胀，没胸疼，说话利索，手脚有劲，看东西不花",
            ],
            _patient(21270, "female", ("hypertension",), pregnant=False),
            id="r80-zh-046",
        ),  # 中国高血压防治指南（2018年修订版）/高血压基层诊疗指南（2019）：血压≥180/110mmHg但无急性靶器官损害属高血压亚急症，需当天由医生口服降压、24-48小时内逐步降压并密切随访。
        pytest.param(
            [
                "怀孕10周，吐得厉害",
                "这两天喝口水都吐，一天吐十来回，尿少，颜色很黄，站起来头晕。尿酮体3个加号",
            ],
            _patient(8960, "female", (), pregnant=True),
            id="r80-zh-047",
        ),  # 妊娠剧吐的诊断及临床处理专家共识（2015）：持续呕吐不能进食进水、尿酮体阳性需当天补液纠正水电解质紊乱，必要时住院。
        pytest.param(
            [
                "生完孩子一个月，右边奶红肿疼，里面硬了一块",
                "发烧38度7，浑身酸疼，昨天开始的，自己热敷了一晚上没见好",
            ],
            _patient(10290, "female", (), pregnant=False),
            id="r80-zh-048",
        ),  # NICE CKS 乳腺炎：哺乳期乳腺炎伴发热、热敷和继续哺乳12-24小时无缓解者需当天就诊开始抗生素，并评估有无乳腺脓肿。
        pytest.param(
            [
                "怀孕7周左右，今天内裤上见了点血，淡红的",
                "小肚子有点隐隐的坠，不厉害。人精神好，血压118/76，还没做过B超",
            ],
            _patient(11415, "female", (), pregnant=True),
            id="r80-zh-054",
        ),  # NICE NG126 早期妊娠流产和异位妊娠：早孕阴道出血伴腹痛、尚未B超确认宫内妊娠者需当天转诊做B超和hCG评估，排除异位妊娠。
        pytest.param(
            [
                "他吃华法林的，这几天刷牙老出血，身上有好几块青紫",
                "早上流鼻血，按了十分钟才止住。没黑便没吐血，人精神还行。前几天嗓子疼，吃了几天头孢",
            ],
            _patient(25385, "male", ("atrial fibrillation",), pregnant=None),
            id="r80-zh-058",
        ),  # 华法林抗凝治疗的中国专家共识：服用华法林出现牙龈出血、皮肤瘀斑等轻微出血应当天查INR并调整剂量，合用抗生素可使INR升高；大出血则紧急转诊。
        pytest.param(
            [
                "一岁半的丫头拉肚子，今天拉了8回水样的",
                "眼窝有点陷，给水抢着喝，捏肚皮回得慢。还能哭，叫得醒，大便没有血",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r80-zh-059",
        ),  # WHO IMCI：腹泻伴眼窝凹陷、口渴急于饮水、皮肤回缩慢属'有些脱水'，需当天在诊所按方案B用口服补液盐补液并观察4小时。
        pytest.param(
            [
                "小腿前面红了一大片，摸着烫，疼，前几天割草划了个口子",
                "体温38度1，红的地方比昨天大了一圈。他有糖尿病。血压130/80，心率92，人清楚",
            ],
            _patient(24150, "male", ("diabetes",), pregnant=None),
            id="r80-zh-060",
        ),  # NICE NG141 蜂窝织炎：伴发热及糖尿病等合并症的下肢蜂窝织炎需当天开始抗生素并评估是否转诊，出现脓毒症征象则紧急转诊。
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "mum says 13mo girl had high fevers 3 days, now fever gone and pink spots on body",
                "spots fade when pressed, baby back to herself, feeding well",
            ],
            _patient(400, "female", (), pregnant=None),
            id="r80-en-001",
        ),  # NICE CKS roseola infantum: blanching rash appearing as fever settles in a well child; self-care.
        pytest.param(
            [
                "29F diarrhoea x5 today and vomiting yesterday, whole office has it",
                "drinking fine, passing urine, no blood in stool, T 37.6, mild crampy pain",
            ],
            _patient(10615, "female", (), pregnant=False),
            id="r80-en-007",
        ),  # NICE CKS gastroenteritis: self-limiting viral gastroenteritis without dehydration or red flags; oral fluids at home.
        pytest.param(
            [
                "66M wife noticed 'blood in his eye' this morning, bright red patch on white of L eye",
                "no pain, vision normal, no injury, not on warfarin or aspirin, BP 134/82",
            ],
            _patient(24390, "male", ("hypertension",), pregnant=None),
            id="r80-en-008",
        ),  # NICE CKS subconjunctival haemorrhage: painless, normal vision, no trauma or anticoagulant; self-limiting over 2-3 weeks.
        pytest.param(
            [
                "41M low back pain since lifting sofa yesterday, 'can hardly bend'",
                "no leg weakness, no numbness in saddle area, peeing normal, no fever, no cancer hx",
            ],
            _patient(15025, "male", (), pregnant=None),
            id="r80-en-013",
        ),  # NICE NG59 low back pain: non-specific back pain without red flags; self-management, stay active, simple analgesia.
        pytest.param(
            [
                "17F fainted in school assembly this morning, standing long time, hot hall",
                "felt sweaty and vision greyed before, down few seconds, no jerking, back to normal straight away",
                "no chest pain, no palpitations, not exercising at the time, no family hx sudden death, ECG in clinic normal",
            ],
            _patient(6305, "female", (), pregnant=False),
            id="r80-en-014",
        ),  # NICE CG109 transient loss of consciousness: uncomplicated vasovagal faint (posture, provoking factor, prodrome) with normal ECG needs no further assessment.
        pytest.param(
            [
                "31M bright red blood on toilet paper x3 this wk, straining, constipated",
                "no other change in bowel habit, no weight loss, feels lump at bottom when wiping, no family hx bowel ca",
            ],
            _patient(11375, "male", (), pregnant=None),
            id="r80-en-016",
        ),  # NICE NG12 suspected cancer: under 50 with rectal bleeding and no other features is not a suspected cancer referral; routine exam for likely haemorrhoids.
        pytest.param(
            [
                "38F headaches almost every day for 2 months, takes paracetamol or ibuprofen most days",
                "both sides, pressure feeling, no vomiting, no visual change, not waking her, neuro exam nml, BP 118/76",
            ],
            _patient(14020, "female", (), pregnant=False),
            id="r80-en-017",
        ),  # NICE CG150 headaches: probable medication-overuse/tension-type headache without red flags; routine GP review.
        pytest.param(
            [
                "dad on phone, 4yo son temp 38.4 since this afternoon, runny nose",
                "running around, drinking juice, peeing normal, no rash, 'he's fine apart from the temp'",
            ],
            _patient(1500, "male", (), pregnant=None),
            id="r80-en-021",
        ),  # NICE NG143 fever in under 5s: only green features, so can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "new mum worried baby 7 wks 'sicks up after every feed'",
                "milky not green, not forceful, no blood. gaining weight on his centile, happy, plenty wet nappies",
            ],
            _patient(49, "male", (), pregnant=None),
            id="r80-en-022",
        ),  # NICE NG1 GORD in children: effortless regurgitation in a thriving infant is normal; reassure, no investigation.
        pytest.param(
            [
                "66M BP review, today 148/92, home readings avg 138/86",
                "no headache, no chest pain, takes amlodipine 5mg",
            ],
            _patient(24190, "male", ("hypertension",), pregnant=None),
            id="r80-en-023",
        ),  # NICE NG136 hypertension: above target but no severe hypertension; step up treatment at routine review.
        pytest.param(
            [
                "27F 9 wks pregnant, nausea all day and vomits once a day",
                "keeping fluids and some food down, passing urine normally, no abdo pain, no bleeding",
            ],
            _patient(9905, "female", (), pregnant=True),
            id="r80-en-025",
        ),  # NICE CKS nausea and vomiting in pregnancy: mild symptoms without dehydration; self-care advice (small frequent meals, ginger).
        pytest.param(
            [
                "36M burning upper tummy pain after meals 3 wks, worse after spicy food & beer",
                "no weight loss, no vomiting, no black stools, no trouble swallowing, not related to exertion",
            ],
            _patient(13240, "male", (), pregnant=None),
            id="r80-en-026",
        ),  # NICE CG184 dyspepsia: under 55 with no alarm features; lifestyle advice and PPI or H. pylori test at routine appointment.
        pytest.param(
            [
                "3yo girl pulling at R ear overnight, cried a lot",
                "temp 38.1 this morning, eating and playing after calpol, no discharge, no swelling behind ear",
            ],
            _patient(1105, "female", (), pregnant=None),
            id="r80-en-032",
        ),  # NICE NG91 acute otitis media: usually resolves within 3 days; analgesia and self-care, no antibiotic needed in a well child.
        pytest.param(
            [
                "50F periods irregular last 6 months, hot flushes and 'heart racing' at night with sweats",
                "HR 76 regular today, BP 124/78, no chest pain, no fainting, racing only with the flushes",
            ],
            _patient(18400, "female", (), pregnant=False),
            id="r80-en-033",
        ),  # NICE NG23 menopause: perimenopausal vasomotor symptoms with normal pulse; routine appointment to discuss HRT.
        pytest.param(
            [
                "26M L chest pain since bench pressing heavy at gym 2 days ago",
                "pain sharp when he twists or presses on it, sore to touch over ribs next to sternum, HR 70 BP 122/74 sats 99, no SOB",
            ],
            _patient(9500, "male", (), pregnant=None),
            id="r80-en-034",
        ),  # NICE CKS chest pain: reproducible chest wall pain after strain in a young well man with normal obs is musculoskeletal; analgesia and safety-netting.
        pytest.param(
            [
                "33M cough and runny nose 5 days, 'chest feels tight when I cough'",
                "no SOB at rest, T 37.5, sats 98, RR 14, eating drinking ok, non smoker",
            ],
            _patient(12145, "male", (), pregnant=None),
            id="r80-en-039",
        ),  # NICE NG120 acute cough: viral cough in a well adult with normal obs is self-limiting; self-care with safety-netting.
        pytest.param(
            [
                "daughter says dad 79 getting more forgetful over last year, repeats stories, missed bills",
                "no sudden change, still dresses and cooks himself, no recent illness. she wants him checked",
            ],
            _patient(28875, "male", (), pregnant=None),
            id="r80-en-043",
        ),  # NICE NG97 dementia: gradual memory decline over a year without acute change; routine assessment and memory service referral.
        pytest.param(
            [
                "63F dizzy, room spins when she rolls over in bed or looks up to hang washing",
                "lasts under a minute each time, 3 days now. no headache, no hearing loss, speech & walking normal between episodes",
            ],
            _patient(23015, "female", (), pregnant=None),
            id="r80-en-045",
        ),  # NICE CKS vertigo/BPPV: brief positional vertigo with no neurological features; Dix-Hallpike and Epley at routine appointment.
        pytest.param(
            [
                "daughter worried mum 75 'slowing down', both knees stiff in morning about 20 min",
                "worse after walking, no swelling, no redness, no fever, gradual over couple of yrs",
            ],
            _patient(27625, "female", ("osteoarthritis",), pregnant=None),
            id="r80-en-050",
        ),  # NICE NG226 osteoarthritis: gradual bilateral knee pain with brief stiffness; routine review for exercise and analgesia.
        pytest.param(
            [
                "64F worried she took her levothyroxine twice this morning (2 x 100mcg)",
                "feels fine, no palpitations, no other meds taken",
            ],
            _patient(23460, "female", ("hypothyroidism",), pregnant=None),
            id="r80-en-051",
        ),  # NHS medicines guidance / BNF levothyroxine: one accidental extra dose is unlikely to cause harm; take usual dose tomorrow.
        pytest.param(
            [
                "28F had another episode last night, heart pounding, tingly hands, 'thought I was dying'",
                "lasted 15 min settled by itself, 4th time this month, ECG and bloods last month normal",
                "fine now, obs normal, no suicidal thoughts",
            ],
            _patient(10240, "female", ("anxiety",), pregnant=False),
            id="r80-en-052",
        ),  # NICE CG113 panic disorder: recurrent panic attacks with normal investigations; routine GP review and CBT referral.
        pytest.param(
            [
                "19M twisted R ankle playing basketball 1 hr ago, swollen outer ankle",
                "walked in on it limping, not tender at back of malleoli or base of 5th metatarsal",
            ],
            _patient(6965, "male", (), pregnant=None),
            id="r80-en-053",
        ),  # Ottawa ankle rules / NICE CKS sprains: rules negative so no X-ray; rest, ice, compression, elevation at home.
        pytest.param(
            [
                "52M bit embarrassed, asking re erection problems, gradual over 6 months",
                "less morning erections, no chest pain on exertion, smoker. wants tablets",
            ],
            _patient(19060, "male", ("hypertension",), pregnant=None),
            id="r80-en-056",
        ),  # NICE CKS erectile dysfunction: gradual onset; routine assessment including cardiovascular risk before PDE5 inhibitor.
        pytest.param(
            [
                "57F diabetes review, HbA1c 62 (was 55), on metformin",
                "feels well, no thirst, no weight loss, feet ok",
            ],
            _patient(21005, "female", ("type 2 diabetes",), pregnant=False),
            id="r80-en-057",
        ),  # NICE NG28 type 2 diabetes: HbA1c above target in a well patient; intensify therapy at routine review.
        pytest.param(
            [
                "大爷说脚脖子肿，两边都肿，下午重早上轻",
                "换了氨氯地平一个来月了。不喘，晚上能躺平，腿不红不疼，尿量正常",
            ],
            _patient(24940, "male", ("hypertension",), pregnant=None),
            id="r80-zh-001",
        ),  # 高血压基层诊疗指南（2019年）：二氢吡啶类钙通道阻滞剂常见双侧踝部水肿，无心衰和深静脉血栓表现者择期复诊调整用药即可。
        pytest.param(
            [
                "他昨天搬玉米袋子闪了腰，今天腰疼直不起来",
                "腿不麻，不往腿上窜，大小便正常，没发烧，没得过癌症，没摔过",
            ],
            _patient(17185, "male", (), pregnant=None),
            id="r80-zh-007",
        ),  # NICE NG59 腰痛和坐骨神经痛：无马尾综合征、发热、肿瘤史、骨折等危险信号的急性非特异性腰痛，建议保持活动、必要时用NSAIDs自我管理。
        pytest.param(
            [
                "三岁娃手上脚上起红疹子，嘴里也有几个小泡，幼儿园好几个都这样",
                "体温38度，能喝水，嘴疼吃得少点。精神好，不吐，睡觉不一惊一乍，手脚不抖，喘气心跳正常",
            ],
            _patient(1295, "male", (), pregnant=None),
            id="r80-zh-008",
        ),  # 手足口病诊疗指南（2018年版）：仅有手足口皮疹和发热的普通病例，无神经系统及呼吸循环受累，可居家隔离对症处理，并告知出现持续高热、精神差、易惊、肢体抖动时立即就诊。
        pytest.param(
            [
                "小伙说拉肚子，昨晚吃了剩菜，拉了4回稀的",
                "不发烧，没血，肚子有点隐隐疼，能喝水，尿正常，不头晕",
            ],
            _patient(12105, "male", (), pregnant=None),
            id="r80-zh-013",
        ),  # 成人急性感染性腹泻诊疗专家共识（2013）：无发热、无血便、无脱水的成人急性水样腹泻多为自限性，口服补液和饮食调整即可，一般不需抗生素。
        pytest.param(
            [
                "5天的新生儿，身上起了好多小红点，中间有个小白头",
                "吃奶好，体温36度8，哭声响，精神好，皮肤不黄",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r80-zh-014",
        ),  # 《儿科学》（第9版）新生儿特殊生理状态：新生儿红斑（毒性红斑）多见于生后数天，红斑中央可有小丘疹或脓疱，一般情况良好，数日内自行消退，无需处理。
        pytest.param(
            [
                "初中生打篮球崴了脚，外脚踝肿了",
                "自己走过来的，按脚踝后面骨头不疼，脚外侧那根骨头也不疼，脚指头能动，不麻",
            ],
            _patient(5310, "male", (), pregnant=None),
            id="r80-zh-016",
        ),  # 渥太华踝关节规则/NICE CKS 踝关节扭伤：能负重行走4步且踝骨和中足骨无压痛者无需拍片，按休息、冰敷、加压、抬高自我处理。
        pytest.param(
            [
                "老太太说头晕，天旋地转的，吓得够呛",
                "就是早上起床翻身、躺下的时候转，几十秒就过去了，坐着不动不晕。说话清楚，走路稳，手脚不麻有劲，耳朵不响",
            ],
            _patient(23085, "female", ("hypertension",), pregnant=None),
            id="r80-zh-017",
        ),  # 良性阵发性位置性眩晕诊断和治疗指南（2017）：头位变化诱发、持续不到1分钟的短暂眩晕，无神经系统体征，符合BPPV，可择期手法复位，无需急诊。
        pytest.param(
            [
                "大姐说脑壳疼，两边箍着疼，像戴了个紧箍",
                "这半个月家里事多，觉睡不好，下午疼得明显。不吐不发烧，手脚有劲，说话清楚，BP 126/80。以前也这么疼过",
            ],
            _patient(15145, "female", (), pregnant=False),
            id="r80-zh-021",
        ),  # NICE CG150 头痛：双侧紧箍样、无恶心呕吐、无神经系统异常的紧张型头痛，可用对乙酰氨基酚/布洛芬及规律作息自我护理，避免药物过度使用。
        pytest.param(
            [
                "大娘两个膝盖疼好几年了，上下楼疼得厉害",
                "早上起来僵一会儿，活动活动就好了。不红不热，没发烧，没摔过。想问能不能打个封闭",
            ],
            _patient(26430, "female", ("hypertension",), pregnant=None),
            id="r80-zh-022",
        ),  # 骨关节炎诊疗指南（2018年版）：中老年慢性膝痛、活动后加重、晨僵<30分钟、无红肿热，符合膝骨关节炎，择期门诊评估并以运动、减重和药物治疗为主。
        pytest.param(
            [
                "高血压随访，今天量了152/94",
                "说这阵子忙，药吃得有一顿没一顿。不脑壳疼，不胸闷，不晕",
            ],
            _patient(24110, "male", ("hypertension",), pregnant=None),
            id="r80-zh-023",
        ),  # 高血压基层诊疗指南（2019年）：血压未达标但无症状、无急性靶器官损害者，强调规律服药，2-4周内复诊调整方案。
        pytest.param(
            [
                "眼睛红，早上起来眼屎多，眼皮都粘住了",
                "不疼，就是有点痒有点涩，看东西清楚，不怕光，没被东西崩着",
            ],
            _patient(12785, "female", (), pregnant=False),
            id="r80-zh-025",
        ),  # NICE CKS 感染性结膜炎：视力正常、无明显眼痛畏光的结膜炎多为自限性，清洁眼部即可，无需紧急处理。
        pytest.param(
            [
                "92岁的老爷子，闺女说他耳朵背得更厉害了，右耳朵堵得慌",
                "不疼，不流脓，没发烧，不晕。以前也堵过，掏出来好多耳屎",
            ],
            _patient(33610, "male", ("hypertension",), pregnant=None),
            id="r80-zh-026",
        ),  # NICE CKS 耵聍栓塞：耳堵、听力下降而无耳痛、流脓、眩晕者，可先用滴耳液软化，择期冲洗或取出。
        pytest.param(
            [
                "姑娘吃了海鲜，身上起了一片片疙瘩，痒得很",
                "嘴唇不肿，嗓子不紧，喘气正常，肚子不疼，血压110/70，起了一个多钟头了",
            ],
            _patient(9225, "female", (), pregnant=False),
            id="r80-zh-032",
        ),  # 中国荨麻疹诊疗指南（2018版）：无喉头水肿、呼吸困难、低血压的急性荨麻疹，可口服第二代抗组胺药并避免诱因。
        pytest.param(
            [
                "妇女说下面痒，白带跟豆腐渣一样",
                "不发烧，肚子不疼，没怀孕，前一个礼拜刚吃了消炎药",
            ],
            _patient(11100, "female", (), pregnant=False),
            id="r80-zh-033",
        ),  # 外阴阴道假丝酵母菌病诊治规范修订稿（中华医学会妇产科学分会）：豆腐渣样白带伴外阴瘙痒、无发热腹痛者，门诊择期镜检并局部抗真菌治疗即可。
        pytest.param(
            [
                "一岁三个月的男娃，今天发烧38度6",
                "吃了退烧药在那玩，会笑，喝奶喝水都行，尿也正常。没起疹子，脖子软，流点清鼻涕",
            ],
            _patient(460, "male", (), pregnant=None),
            id="r80-zh-034",
        ),  # NICE NG143 儿童发热：肤色正常、反应好、会笑、无脱水且无红色/琥珀色警示征属低风险（绿色），可居家护理并告知复诊指征。
        pytest.param(
            [
                "小伙子说胸口疼，左边，怕是心脏病",
                "前天扛了一天化肥袋子，按着那一块就疼，转身、深吸气也疼。不出汗不喘，上坡走路没事。BP 122/78，心率76",
            ],
            _patient(13180, "male", (), pregnant=None),
            id="r80-zh-039",
        ),  # NICE CKS 胸痛/肋软骨炎：年轻人劳损后局部压痛、随体位和呼吸变化、无劳力性和伴随症状的胸壁痛属肌肉骨骼性，止痛药及休息自我护理即可。
        pytest.param(
            [
                "两个多月的娃，每回吃完奶都吐一点，奶奶着急",
                "吐的是奶，不是绿的，也不是喷出来的。一个月长了2斤，吃得好，精神好，尿布湿得多",
            ],
            _patient(72, "female", (), pregnant=None),
            id="r80-zh-043",
        ),  # NICE NG1 婴儿胃食管反流：体重增长良好、无胆汁性或喷射性呕吐的婴儿溢奶属常见生理现象，无需检查和用药，指导喂养即可。
        pytest.param(
            [
                "四岁丫头流鼻涕咳嗽两天了，体温37度8",
                "吃饭玩耍都正常，呼吸一分钟28次，不喘。她妈想给打个吊针好得快",
            ],
            _patient(1660, "female", (), pregnant=None),
            id="r80-zh-045",
        ),  # 急性上呼吸道感染基层诊疗指南（2018年）/WHO IMCI：无呼吸增快和危险体征的咳嗽流涕属普通感冒，居家对症护理，不需要输液和抗生素。
        pytest.param(
            [
                "小姑娘说心慌，心里扑通扑通跳",
                "连着熬夜加班，喝了好几杯浓咖啡。脉搏88，很齐，BP 118/76，不胸疼，没晕过，喘气正常",
            ],
            _patient(10155, "female", (), pregnant=False),
            id="r80-zh-050",
        ),  # NICE CKS 心悸：心律规整、无晕厥胸痛及心脏病史、与咖啡因和熬夜相关的心悸，可去除诱因自我观察，持续或反复再择期就诊。
        pytest.param(
            [
                "五岁男娃从床上掉下来，磕到后脑勺，起了个包",
                "当时马上就哭了，没晕过去，没吐，现在在那玩手机，走路稳，说话正常。床就半米高",
            ],
            _patient(1925, "male", (), pregnant=None),
            id="r80-zh-051",
        ),  # NICE NG232 头部外伤：儿童低处跌落、无意识丧失、无呕吐、无神经系统异常者无需CT，可居家观察并告知危险征兆。
        pytest.param(
            [
                "姑娘肚子疼，小肚子一阵一阵绞着疼",
                "来月经第一天，每回来都这么疼。月经准，没有过性生活，不发烧，不晕，能走",
            ],
            _patient(6995, "female", (), pregnant=False),
            id="r80-zh-052",
        ),  # NICE CKS 痛经：月经期规律出现的下腹痉挛痛、无发热及异常出血的原发性痛经，可用NSAIDs和热敷自我处理。
        pytest.param(
            [
                "老王说心口疼，烧得慌，往嗓子眼冒酸水",
                "都是吃完饭躺下更厉害，这毛病好几年了，吃奥美拉唑就好。干活爬坡没事，不出汗不喘，不黑便，没瘦。上个月体检心电图正常",
            ],
            _patient(16890, "male", (), pregnant=None),
            id="r80-zh-053",
        ),  # 胃食管反流病基层诊疗指南（2019年）：餐后及卧位加重的烧心反酸、长期反复、与劳力无关且无报警症状者，可择期门诊按胃食管反流病治疗。
        pytest.param(
            [
                "大娘说老是干咳，嗓子痒，两个多月了",
                "不发烧，没痰，不喘，没瘦，没咳血。吃的依那普利，就是吃上以后开始咳的",
            ],
            _patient(22100, "female", ("hypertension",), pregnant=None),
            id="r80-zh-056",
        ),  # 咳嗽的诊断与治疗指南（2021）：ACEI类降压药可引起干咳，停药后多在1-4周缓解，择期门诊换用ARB即可。
        pytest.param(
            [
                "孕14周，感冒了，流鼻涕打喷嚏，嗓子有点疼",
                "不发烧，不咳痰，产检都正常。她问能不能吃感冒药",
            ],
            _patient(10470, "female", (), pregnant=True),
            id="r80-zh-057",
        ),  # 孕前和孕期保健指南（2018）/NICE CKS 普通感冒：孕期无发热和并发症的普通感冒以休息、多饮水等对症护理为主，避免自行服复方感冒药，必要时可用对乙酰氨基酚。
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
