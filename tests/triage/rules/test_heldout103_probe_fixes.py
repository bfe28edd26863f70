# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-third held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases told in
many tiny messages of one to five words, the danger sign spread across them, or in one long
unpunctuated message mixing history, vital signs and small talk; 12 emergencies, 24 same-day and 24
look-alikes a set). Before these fixes the rules found 10 of 12 and 12 of 12 emergencies, graded 20
of 24 and 22 of 24 same-day cases exactly (English, Chinese) and sent 4 and 0 look-alikes to
emergency. Missed: "58M / chest feels heavy / since about 1h / sweaty and grey", and "24F / period 7
wks late / sharp low belly R / fainted, pale, clammy".

What changed: a chest that "feels heavy", a period "N wks late" and a sharp or aching low belly are
read (a low belly named alone, "lower abdomen soft", is not pain). After: 12/12, 12/12; 20/24,
22/24; look-alikes 20/24, 24/24.

Left, sent to emergency: stable exertional angina for 6 weeks told in one run-on message
(r103-en-038), a TIA last night, now normal (r103-en-041; the rules' TIA grading), a father's heart
attack told without "his" (r103-en-045), a year of gradual memory loss (r103-en-060); graded
emergency by the rules' sources: BP 148/96 with 2+ protein at 32 weeks (r103-en-015), a TIA this
morning (r103-zh-033); graded routine: new floaters and flashes (r103-en-019), an INR of 8.4 with
clarithromycin (r103-en-028), projectile vomiting at 5 weeks (r103-en-033), cellulitis in diabetes
treated with herbs (r103-zh-016)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            ["58M", "chest feels heavy", "since about 1h", "sweaty and grey"],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="r103-en-001",
        ),  # NICE CG95 Chest pain of recent onset, section 1.1: current chest pain or discomfort suspected to be acute coronary syndrome, with sweating/pallor, needs emergency transfer to hospital.
        pytest.param(
            [
                "hi its sue on reception mrs patel 72 came in with her son says she just feels off since she got up this morning bit sick and her jaw and between her shoulders aching she thought it was the tooth again but the dentist was last month shes very clammy bp 92/58 pulse 112 sats 95 sugar 13.4 she says dont fuss she wants to get back for the grandkids"
            ],
            _patient(26280, "female", ("type 2 diabetes", "hypertension"), pregnant=False),
            id="r103-en-002",
        ),  # NICE CG95 Chest pain of recent onset, 1.1 and 1.3: older women and people with diabetes present ACS atypically (jaw/back pain, nausea, sweating); ongoing symptoms with low BP and tachycardia need emergency transfer.
        pytest.param(
            ["67M", "words coming out wrong", "R hand dropping cup", "started 40 min ago"],
            _patient(24455, "male", ("atrial fibrillation",), pregnant=None),
            id="r103-en-003",
        ),  # NICE NG128 Stroke and TIA, 1.1: sudden speech disturbance and arm weakness (FAST positive) with ongoing symptoms within hours of onset requires emergency transfer to a hyperacute stroke unit.
        pytest.param(
            [
                "mum brought baby lily 9 months shes had a temp since last night 39.4 now wont feed and just lying there floppy doesnt cry much when i did obs hr 178 cap refill 4 sec and theres little purple spots on her tummy and legs that dont go when i press the glass on them mum says her sisters kids had the same virus last week so probably that"
            ],
            _patient(274, "female", (), pregnant=None),
            id="r103-en-004",
        ),  # NICE NG143 Fever in under 5s (traffic light table) and NG240 Meningitis: a feverish child with a non-blanching rash and reduced responsiveness/floppiness is red/high risk and needs emergency transfer (with parenteral antibiotic given before transfer).
        pytest.param(
            ["24F", "period 7 wks late", "sharp low belly R", "fainted, pale, clammy"],
            _patient(8760, "female", (), pregnant=None),
            id="r103-en-005",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, 1.3: a woman with a possible pregnancy, abdominal pain and signs of haemodynamic instability (collapse, pallor, clamminess) must be referred immediately to emergency care.
        pytest.param(
            [
                "little tom 4 asthmatic mum says wheezy since yesterday gave blue inhaler 10 puffs twice with the spacer not helping he cant say more than 2 or 3 words at a time sucking in under his ribs sats 91 on air rr 50 hr 150 he was fine at nursery friday and mum wants to know if he can still go to the party sat"
            ],
            _patient(1460, "male", ("asthma",), pregnant=None),
            id="r103-en-006",
        ),  # BTS/SIGN 158 British guideline on the management of asthma, acute asthma in children: SpO2 <92% or inability to talk despite bronchodilator marks life-threatening/severe asthma requiring emergency hospital transfer.
        pytest.param(
            ["21 days old", "temp 38.3 armpit", "sleepier than usual", "feeding less"],
            _patient(21, "female", (), pregnant=None),
            id="r103-en-007",
        ),  # NICE NG143 Fever in under 5s, 1.2 and 1.3: an infant under 3 months with temperature >=38C is a red (high-risk) feature and must be sent for immediate paediatric assessment.
        pytest.param(
            [
                "mr jones 78 on warfarin for his heart rhythm wife says he slipped on the stairs yesterday evening and banged the back of his head seemed ok went to bed but today hes really drowsy keeps nodding off mid sentence been sick twice this morning and asked me what year it is twice bp 168/90 pulse 58 wife says hes always been stubborn about wearing his glasses"
            ],
            _patient(28470, "male", ("atrial fibrillation", "warfarin"), pregnant=None),
            id="r103-en-008",
        ),  # NICE NG232 Head injury, 1.1 (pre-hospital/community assessment): reduced consciousness, new confusion and repeated vomiting after head injury, especially on anticoagulants, require emergency transfer for CT.
        pytest.param(
            ["31F", "ate peanut cake 10min", "lips swelling up", "voice hoarse, wheezing"],
            _patient(11315, "female", (), pregnant=False),
            id="r103-en-009",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021): rapid onset airway (hoarseness, lip swelling) and breathing (wheeze) problems after allergen exposure need IM adrenaline and emergency transfer.
        pytest.param(
            [
                "mrs green 66 copd her usual sats are 90ish neighbour brought her chest worse 3 days more phlegm green today shes very drowsy and muddled didnt know the neighbours name rr 30 sats 84 on air lips look bluish hr 112 temp 37.8 neighbour says shes stubborn refusing the flu jab every year"
            ],
            _patient(24090, "female", ("COPD",), pregnant=False),
            id="r103-en-010",
        ),  # NICE NG115 COPD, 1.3 exacerbations / GOLD 2024: acute confusion or drowsiness, cyanosis, SpO2 well below baseline and RR 30 during an exacerbation indicate respiratory failure and need hospital admission by emergency transfer; NEWS2 high.
        pytest.param(
            ["45M type 1", "vomiting all night", "breathing deep and fast", "meter says HI"],
            _patient(16425, "male", ("type 1 diabetes",), pregnant=None),
            id="r103-en-011",
        ),  # NICE NG17 Type 1 diabetes in adults, 1.9 DKA: suspected diabetic ketoacidosis (vomiting, Kussmaul breathing, very high glucose) requires immediate hospital transfer.
        pytest.param(
            [
                "nursing home sent mrs brown 82 carer says since this morning shes more muddled than her usual not eating temp 38.9 rr 26 bp 86/50 hr 132 sats 94 she hasnt passed urine since breakfast and its now 4pm the carer also asked if we can do her flu jab while shes here"
            ],
            _patient(29930, "female", ("dementia", "hypertension"), pregnant=False),
            id="r103-en-012",
        ),  # NICE NG51 Sepsis, high-risk criteria: systolic BP <=90, heart rate >130, RR >=25 and new altered mental state with suspected infection mean high risk of severe illness and emergency transfer.
        pytest.param(
            ["58岁男的", "胸口压着闷", "一个多钟头了", "满头冷汗"],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="r103-zh-001",
        ),  # NICE CG95 Chest pain of recent onset, 1.3: a person with current chest pain suspected to be an acute coronary syndrome (here with sweating, ongoing for over an hour) needs emergency hospital admission.
        pytest.param(
            [
                "李奶奶72岁早上吃早饭还好好的儿媳说8点多突然说话含糊不清嘴巴往左边歪右手拿不住筷子碗都掉了到现在一个多小时了血压178/96心率88不太齐血糖7.2她儿子在外地打工今天还没联系上"
            ],
            _patient(26280, "female", ("hypertension",), pregnant=None),
            id="r103-zh-002",
        ),  # NICE NG128 Stroke and TIA, 1.1: sudden-onset facial droop, speech disturbance and arm weakness (positive FAST) within the thrombolysis window require immediate emergency transfer to a hyperacute stroke unit.
        pytest.param(
            ["40天男宝", "今天不吃奶", "一直睡叫不醒", "体温38.1"],
            _patient(40, "male", (), pregnant=None),
            id="r103-zh-003",
        ),  # WHO IMCI chart booklet, sick young infant: not feeding well, movement only when stimulated and fever are signs of very severe disease needing urgent referral to hospital; NICE NG143 also rates fever >=38 C under 3 months as red.
        pytest.param(
            [
                "王师傅34岁在果园干活20分钟前被马蜂蜇了脖子 现在嘴唇肿起来说喉咙发紧说话声音变了 身上起一片片红疙瘩 人有点晕 血压82/50 脉搏116 他说以前被蜇过也没事 果园那边还有人等他回去"
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r103-zh-004",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021): sudden airway swelling and hypotension after a sting is anaphylaxis requiring IM adrenaline and an emergency call.
        pytest.param(
            ["产妇25岁", "家里生的 1小时前", "血一直往外冒", "脸白 手冰"],
            _patient(9125, "female", (), pregnant=False),
            id="r103-zh-005",
        ),  # WHO recommendations on prevention and treatment of postpartum haemorrhage: continuing heavy bleeding after birth with signs of shock (pallor, cold extremities) is PPH needing emergency resuscitation and transfer to a facility able to manage it.
        pytest.param(
            [
                "小陈26岁月经推迟快两个月了没测过 昨天开始左边小肚子痛 今天上厕所的时候晕倒了一下 现在说肩膀也痛 脸色发白 血压88/56 脉搏112 她老公说她最近太累了给喝了糖水也没好"
            ],
            _patient(9490, "female", (), pregnant=None),
            id="r103-zh-006",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, 1.3: a possibly pregnant woman with abdominal pain, collapse, shoulder-tip pain and signs of haemodynamic instability needs immediate emergency admission.
        pytest.param(
            ["4岁男孩", "早上开始发烧", "腿上紫红点点", "杯子压着不褪"],
            _patient(1460, "male", (), pregnant=None),
            id="r103-zh-007",
        ),  # NICE NG240 Bacterial meningitis and meningococcal disease (2024): fever with a non-blanching rash in a child suggests meningococcal disease and needs urgent transfer to hospital (with parenteral antibiotics if transfer is delayed).
        pytest.param(
            [
                "这个学生15岁在县城读书周末回家 昨天开始吐了五六次 肚子痛 今天说话慢吞吞的很困 呼吸又深又快 血糖仪测不出来显示HI 她妈说这两天胰岛素忘带了 嘴里一股烂苹果味 心率124 体温36.8"
            ],
            _patient(5475, "female", ("type 1 diabetes",), pregnant=None),
            id="r103-zh-008",
        ),  # NICE NG18 Diabetes in children and young people: a young person with type 1 diabetes, vomiting, deep rapid breathing, drowsiness and very high glucose has suspected DKA and must be transferred to hospital immediately.
        pytest.param(
            [
                "张大爷80岁这两天有点咳嗽没怎么吃饭 今天女儿说他早上说胡话认不出孙子了 体温38.9 呼吸26 血氧91 血压92/58 心跳118 他平时自己种菜脑子很清楚的 今天下午我们这还要打疫苗人多"
            ],
            _patient(29200, "male", ("type 2 diabetes",), pregnant=None),
            id="r103-zh-009",
        ),  # RCP NEWS2 (2017): RR 26, SpO2 91%, SBP 92, HR 118, temp 38.9 and new confusion give an aggregate score far above 7, which triggers an emergency response and hospital transfer for suspected sepsis.
        pytest.param(
            ["8岁女孩", "喷了4次没用", "说话断断续续", "嘴唇有点紫"],
            _patient(2920, "female", ("asthma",), pregnant=None),
            id="r103-zh-010",
        ),  # BTS/SIGN 158 British guideline on asthma (and GINA 2024): a child with acute asthma unable to complete sentences, not responding to repeated SABA and with cyanosis has severe/life-threatening asthma requiring emergency transfer to hospital.
        pytest.param(
            [
                "刘叔67岁一直吃阿司匹林 昨晚到今天拉了三次黑便像柏油一样稀 刚才起来上厕所眼前发黑差点摔倒 现在躺着 血压90/60 心率116 手脚冰凉 他老伴说前几天胃口不好还以为吃坏了 我们这边查不了血常规"
            ],
            _patient(24455, "male", ("冠心病", "hypertension"), pregnant=None),
            id="r103-zh-011",
        ),  # NICE CG141 Acute upper gastrointestinal bleeding: melaena with near-syncope, tachycardia and hypotension indicates haemodynamically unstable bleeding needing immediate resuscitation and hospital endoscopy.
        pytest.param(
            ["怀孕34周", "头痛得厉害", "眼前冒金星", "血压168/114"],
            _patient(10585, "female", (), pregnant=True),
            id="r103-zh-012",
        ),  # NICE NG133 Hypertension in pregnancy: BP >=160/110 with severe headache and visual disturbance indicates severe pre-eclampsia requiring immediate hospital admission.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            ["2yo", "fever 5 days now", "temp 38.9 today", "drinking, wet nappies ok"],
            _patient(730, "male", (), pregnant=None),
            id="r103-en-013",
        ),  # NICE NG143 Fever in under 5s, traffic light table: fever lasting 5 days or more is an amber feature needing face-to-face clinical assessment the same day (and consideration of Kawasaki disease), without red features needing emergency transfer.
        pytest.param(
            [
                "hi its nurse amy 34 yr old lady here with burning when she wees since monday now since last night pain in the right side of her back under the ribs shivery temp 38.4 hr 98 bp 124/78 rr 16 not vomiting drinking ok she says she has a wedding to go to saturday can we sort something"
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r103-en-014",
        ),  # NICE NG111 Pyelonephritis (acute): antimicrobial prescribing: suspected upper UTI (loin pain, fever) without sepsis criteria needs same-day clinical review and antibiotics, hospital only if signs of sepsis or unable to take oral fluids.
        pytest.param(
            [
                "jake 27 asthma came in himself tight chest and wheeze since yesterday after a cold using his blue inhaler every 3 hours peak flow 330 his best is 550 talking in full sentences no problem rr 22 hr 104 sats 96 he walked in from the bus stop and asked if he can get a sick note for work"
            ],
            _patient(9855, "male", ("asthma",), pregnant=None),
            id="r103-en-016",
        ),  # BTS/SIGN 158 asthma, acute asthma in adults: PEF 50-75% of best with no severe features (speech normal, RR <25, HR <110, SpO2 >=92%) is a moderate exacerbation treated and reviewed the same day in primary care.
        pytest.param(
            ["71F", "blisters on forehead", "one side, tip of nose", "eye red, watery"],
            _patient(25915, "female", (), pregnant=False),
            id="r103-en-017",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus (forehead rash with Hutchinson's sign at the nose tip, red eye) needs antivirals and same-day ophthalmology referral.
        pytest.param(
            [
                "girl 29 wears contacts monthly ones she admits she sleeps in them right eye really sore and red since yesterday cant stand the light blurry vision in that eye theres a white spot on the coloured bit i can see with the torch she said her boyfriend had conjunctivitis last week so shes sure its that"
            ],
            _patient(10585, "female", (), pregnant=False),
            id="r103-en-018",
        ),  # NICE CKS Red eye: a contact lens wearer with painful red eye, photophobia, reduced vision and a corneal opacity has suspected microbial keratitis and needs same-day ophthalmology assessment.
        pytest.param(
            [
                "baby sam 8 months diarrhoea since 2 days about 6 watery a day vomited once this morning mum says fewer wet nappies only 2 today eyes look a bit sunken he grabs the cup and drinks eagerly skin pinch goes back slowly maybe 1 sec hes alert and grizzly temp 37.6 mum also asks about starting cows milk"
            ],
            _patient(243, "male", (), pregnant=None),
            id="r103-en-020",
        ),  # WHO IMCI chart booklet, diarrhoea: sunken eyes, drinking eagerly and slow skin pinch = some dehydration, treated the same day with ORS under supervision (Plan B), not severe dehydration needing transfer.
        pytest.param(
            ["2yo girl cough", "RR 48 counted", "no chest in-drawing", "drinking, playing"],
            _patient(730, "female", (), pregnant=None),
            id="r103-en-021",
        ),  # WHO IMCI, cough or difficult breathing: fast breathing (>=40/min at 12 months-5 years) without chest indrawing or danger signs is pneumonia treated the same day with oral amoxicillin, not referral.
        pytest.param(
            [
                "young lad 19 mum brought him lost about 6 kilo in the last month drinking loads of water up in the night to pee 4 or 5 times tired finger prick glucose 19.2 no vomiting no tummy pain breathing normal rr 16 alert chatting he plays rugby and wants to know if he can play sunday"
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r103-en-022",
        ),  # NICE NG17 Type 1 diabetes in adults, 1.1: suspected new type 1 diabetes (hyperglycaemia, weight loss, polyuria) without DKA should be referred the same day to a specialist diabetes team.
        pytest.param(
            ["52F", "L calf swollen, warm", "flew home Tuesday", "breathing fine, no chest pain"],
            _patient(18980, "female", (), pregnant=False),
            id="r103-en-023",
        ),  # NICE NG158 Venous thromboembolic diseases, 1.1: suspected DVT without PE symptoms needs Wells score and proximal leg ultrasound within 4 hours (or interim anticoagulation and scan within 24 h) - same-day, not emergency transfer.
        pytest.param(
            [
                "mr okafor 35 got back from visiting family in lagos 10 days ago didnt take the malaria tablets fever on and off for 2 days temp 38.7 headache achy all over walked in fine talking normally not confused bp 122/78 hr 102 sats 98 no rash he asked if its just flu"
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r103-en-024",
        ),  # WHO Guidelines for malaria / UKHSA malaria guidance: fever in a traveller returned from an endemic area needs same-day malaria testing; without severe features (confusion, shock, respiratory distress) it is not an emergency transfer.
        pytest.param(
            ["70F slipped on ice", "wrist swollen, bent look", "fingers pink, moving", "pain 7/10"],
            _patient(25550, "female", ("osteoporosis",), pregnant=False),
            id="r103-en-025",
        ),  # NICE NG38 Fractures (non-complex): a suspected distal radius fracture needs same-day X-ray, analgesia and splinting; intact circulation and sensation mean no emergency transfer.
        pytest.param(
            [
                "mum here with ollie 2 and a bit hes been limping on his right leg since he woke up this morning no fall she knows of no temp 36.8 he will stand but wont put much weight on it eating and drinking normal cheerful otherwise she thinks maybe new shoes"
            ],
            _patient(821, "male", (), pregnant=None),
            id="r103-en-026",
        ),  # NICE CKS Acute childhood limp: a child under 3 years with an unexplained acute limp needs same-day specialist assessment even when afebrile and well.
        pytest.param(
            ["74F new headaches", "jaw aches chewing", "scalp sore combing", "eyesight normal"],
            _patient(27010, "female", ("polymyalgia rheumatica",), pregnant=False),
            id="r103-en-027",
        ),  # BSR guideline on giant cell arteritis (2020): suspected GCA (new headache, jaw claudication, scalp tenderness) without visual loss needs glucocorticoids and fast-track specialist assessment the same day.
        pytest.param(
            [
                "79M heart failure",
                "ankles much bigger",
                "weight up 3kg/3days",
                "breathless on stairs",
            ],
            _patient(28835, "male", ("heart failure",), pregnant=None),
            id="r103-en-029",
        ),  # NICE NG106 Chronic heart failure / CKS Heart failure: rapid weight gain with worsening oedema indicates decompensation needing same-day review and diuretic adjustment; no breathlessness at rest so not emergency.
        pytest.param(
            [
                "hi 48 yr old man cut his shin in the garden on sat now red hot patch around it spreading past the pen line he drew last night about 10 cm across temp 37.4 hr 82 bp 130/80 feels ok walking fine no pus he says his dog is fine btw she was with him in the garden"
            ],
            _patient(17520, "male", (), pregnant=None),
            id="r103-en-030",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis without systemic illness (Eron class I) needs same-day antibiotics in primary care; hospital only if systemically unwell.
        pytest.param(
            [
                "63M diabetic",
                "ulcer under big toe",
                "redness spreading up foot",
                "no fever, walks in",
            ],
            _patient(22995, "male", ("type 2 diabetes", "peripheral neuropathy"), pregnant=None),
            id="r103-en-031",
        ),  # NICE NG19 Diabetic foot problems, 1.3: an active diabetic foot problem (ulcer with spreading infection) must be referred within 1 working day to the multidisciplinary foot service; emergency only if limb-threatening or septic.
        pytest.param(
            [
                "midwife called baby girl 4 days old yellow on face and chest and down to tummy since yesterday breastfeeding every 3 hours lots of wet and dirty nappies alert wakes for feeds temp 36.9 mum is worried because her first baby needed the blue light"
            ],
            _patient(4, "female", (), pregnant=None),
            id="r103-en-032",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days, 1.2: visible jaundice in a baby over 24 hours old needs bilirubin measured within 6 hours; a well, feeding baby does not need emergency transfer.
        pytest.param(
            [
                "little girl 3 mum says crying when she wees since yesterday and the wee smells strong temp 38.6 this morning she had calpol and now playing with the toys eating a biscuit no vomiting hr 116 rr 26 cap refill under 2 sec mum wants to go on holiday monday"
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r103-en-034",
        ),  # NICE NG224 (UTI in under 16s, diagnosis and management): a child over 3 months with fever and urinary symptoms needs same-day urine testing and oral antibiotics for possible upper UTI; no high-risk features so no emergency referral.
        pytest.param(
            ["dog bit his hand", "deep puncture on knuckle", "about 6h ago", "fingers move fine"],
            _patient(13870, "male", (), pregnant=None),
            id="r103-en-035",
        ),  # NICE NG184 Human and animal bites: a dog bite that has broken skin on the hand over a joint needs same-day assessment and antibiotic prophylaxis, with consideration of specialist referral.
        pytest.param(
            [
                "lady 26 about 9 weeks pregnant cant keep anything down since yesterday even water sick about 10 times urine dip ketones 3+ she looks dry lips cracked hr 104 bp 112/70 temp 36.8 no pain no bleeding her mum says she was the same with all hers"
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r103-en-036",
        ),  # RCOG Green-top Guideline 69 Nausea and vomiting of pregnancy and hyperemesis gravidarum: inability to keep down oral fluids with ketonuria requires same-day ambulatory (day-unit) IV fluids and antiemetics.
        pytest.param(
            [
                "35岁女的说尿频尿痛三天了本来以为上火多喝水 昨晚开始发烧38.6 右边腰后面痛敲一下更痛 没有吐 能吃能喝 血压118/74 心率96 验孕试纸阴性 她说家里还有两个孩子要带"
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r103-zh-013",
        ),  # NICE NG111 Pyelonephritis (acute): antimicrobial prescribing: fever with loin pain and urinary symptoms needs same-day assessment and antibiotics; hospital referral only if signs of sepsis, which are absent here.
        pytest.param(
            ["45岁男", "咳嗽发烧3天", "黄浓痰 38.7", "右下有湿啰音"],
            _patient(16425, "male", (), pregnant=None),
            id="r103-zh-014",
        ),  # NICE NG138/NG250 Pneumonia (community-acquired): with clinical signs of pneumonia and low CRB65 score, manage at home but start antibiotics within 4 hours of diagnosis, i.e. same-day clinician assessment.
        pytest.param(
            ["1岁半女孩", "烧了5天", "今天还39.2", "能吃能玩"],
            _patient(548, "female", (), pregnant=None),
            id="r103-zh-015",
        ),  # NICE NG143 Fever in under 5s: fever lasting 5 days or more is an amber feature (consider Kawasaki disease) requiring face-to-face assessment the same day, not emergency transfer when no red features.
        pytest.param(
            ["68岁阿婆", "右额头一串水泡", "痛了三天", "右眼也红了"],
            _patient(24820, "female", ("hypertension",), pregnant=None),
            id="r103-zh-017",
        ),  # NICE CKS Shingles: herpes zoster in the ophthalmic distribution with eye involvement (red eye) needs same-day ophthalmology assessment and antiviral treatment.
        pytest.param(
            [
                "今天公卫体检 老赵52岁以前没查过血压 量了三次都在186/114 184/116左右 他说没头痛没胸闷看东西也清楚 也不恶心 就是平时爱喝酒抽烟 他说他爸也是血压高 心率78 尿常规还没做"
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r103-zh-018",
        ),  # NICE NG136 Hypertension in adults, 1.5: BP >=180/120 without life-threatening symptoms or retinal signs needs investigation for target organ damage as soon as possible (same day) and consideration of starting treatment, not emergency transfer.
        pytest.param(
            ["2岁男孩", "咳嗽发烧两天", "呼吸数了52次", "胸不凹 能喝水"],
            _patient(730, "male", (), pregnant=None),
            id="r103-zh-019",
        ),  # WHO IMCI chart booklet: cough with fast breathing (>=40/min at 12 months-5 years) without chest indrawing or general danger signs is pneumonia treated with oral amoxicillin at the facility the same day.
        pytest.param(
            [
                "小丫头14个月拉肚子三天了一天拉七八次水样的没有血 吐了两次 今天给水抢着喝 眼窝有点凹 捏肚皮回去慢一点 人醒着会哭 尿少了 她奶奶说是出牙拉肚子不要紧 体温37.6"
            ],
            _patient(426, "female", (), pregnant=None),
            id="r103-zh-020",
        ),  # WHO IMCI chart booklet: diarrhoea with sunken eyes, drinking eagerly and slow skin pinch is 'some dehydration', treated with Plan B ORS supervised in the clinic today, not urgent referral.
        pytest.param(
            [
                "48岁女的上周刚坐了两天大巴从外地回来 这两天左小腿肿胀痛 走路更痛 比右边粗了3公分左右 摸着有点热 没有胸痛不喘 血氧98 心率84 她在吃避孕药 她说是不是扭到了 她家孩子今天也在这看病"
            ],
            _patient(17520, "female", (), pregnant=False),
            id="r103-zh-021",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT (likely Wells score) needs proximal leg vein ultrasound within 4 hours or D-dimer with interim anticoagulation, i.e. same-day assessment; no PE features here.
        pytest.param(
            ["40岁男", "右耳突然听不见", "昨天早上开始", "不痛 没流水"],
            _patient(14600, "male", (), pregnant=None),
            id="r103-zh-022",
        ),  # NICE NG98 Hearing loss in adults, 1.1: sudden onset hearing loss within the last 30 days (without neurological signs) should be referred to be seen within 24 hours by ENT.
        pytest.param(
            ["被路边狗咬了", "手背两个牙印", "出血了", "今早的事"],
            _patient(12045, "male", (), pregnant=None),
            id="r103-zh-023",
        ),  # China CDC Rabies exposure prophylaxis technical guideline (2016): a bite breaking the skin with bleeding is a category III exposure needing wound washing, rabies vaccine and passive immunisation as soon as possible the same day.
        pytest.param(
            [
                "27岁宝妈孩子一个半月 左边乳房外侧红肿一块 硬 碰一下就痛 昨晚开始发冷发烧今天38.7 浑身酸痛 奶还在喂 没有流脓 她婆婆说用热毛巾敷敷就好 血压112/70 心率98"
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r103-zh-024",
        ),  # NICE CKS Mastitis and breast abscess (and WHO Mastitis: causes and management): a lactating woman with a tender red breast and systemic illness needs same-day assessment and antibiotics while continuing to breastfeed.
        pytest.param(
            ["怀孕5个月", "尿尿烧痛", "一直想尿", "不发烧 肚子不痛"],
            _patient(8760, "female", (), pregnant=True),
            id="r103-zh-025",
        ),  # NICE NG109 Urinary tract infection (lower): pregnant women with lower UTI symptoms need a urine culture and immediate antibiotic treatment the same day.
        pytest.param(
            [
                "孕妇31岁怀孕30周今天来做产检 量了两次血压148/96 146/94 以前都是110/70左右 她说没头痛看东西清楚上腹不痛 脚有点肿 胎动正常 尿蛋白试纸阴性 她老公在外面等着说下午要赶回去上班"
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r103-zh-026",
        ),  # NICE NG133 Hypertension in pregnancy: new BP 140/90-159/109 after 20 weeks without severe features needs assessment in secondary care within 24 hours, not emergency admission.
        pytest.param(
            ["3岁女孩", "拉肚子带血", "有黏液", "能喝水 不发烧"],
            _patient(1095, "female", (), pregnant=None),
            id="r103-zh-027",
        ),  # WHO IMCI chart booklet: diarrhoea with blood in the stool is classified as dysentery, needing same-day antibiotic treatment (ciprofloxacin) and follow-up in 2 days; no danger signs so no referral.
        pytest.param(
            [
                "这个宝宝出生5天足月顺产 昨天开始脸发黄 今天黄到胸口肚子了 吃奶还行一天喂十来次 大便黄色尿也有 精神还好 哭声响亮 他妈妈是第一胎很紧张 我们这没有测黄疸的仪器"
            ],
            _patient(5, "male", (), pregnant=None),
            id="r103-zh-028",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: visible jaundice after the first 24 hours in a well baby needs a bilirubin measurement within 6 hours (same day).
        pytest.param(
            ["23岁男", "喉咙左边痛得很", "嘴张不大", "说话像含着东西"],
            _patient(8395, "male", (), pregnant=None),
            id="r103-zh-029",
        ),  # NICE CKS Sore throat - acute: suspected peritonsillar abscess (unilateral severe pain, trismus, muffled voice) without airway compromise needs same-day hospital ENT assessment.
        pytest.param(
            [
                "36岁女的感冒后这两天晚上喘醒 白天喷沙丁胺醇比平时多 今天峰流速280 她平时最好是420左右 说话能说整句 呼吸22 心率100 血氧96 她说家里的吸入激素用完一个月没买了"
            ],
            _patient(13140, "female", ("asthma",), pregnant=None),
            id="r103-zh-030",
        ),  # BTS/SIGN 158 British guideline on asthma: PEF 50-75% of best with ability to complete sentences is a moderate exacerbation, treated the same day in primary care (SABA, oral steroid) with review, not emergency transfer.
        pytest.param(
            ["71岁老慢支", "这3天更喘", "痰变绿了", "血氧93 能说话"],
            _patient(25915, "male", ("COPD",), pregnant=None),
            id="r103-zh-031",
        ),  # NICE NG115 COPD in over 16s (and GOLD 2024): an exacerbation with increased breathlessness and purulent sputum but no severe features (SpO2 >=90%, alert) is managed at home with same-day oral steroid/antibiotic review.
        pytest.param(
            [
                "61岁男的说昨天下午搬东西的时候胸口闷痛往左手臂那里窜 大概持续了20分钟休息后自己好了 今天没再痛 现在血压148/88 心率76 他抽烟三十年 今天是来拿降压药顺便说一下 我们这心电图机坏了"
            ],
            _patient(22265, "male", ("hypertension",), pregnant=None),
            id="r103-zh-032",
        ),  # NICE CG95 Chest pain of recent onset, 1.2: suspected ACS with pain 12-72 hours ago and now pain-free needs referral for same-day hospital assessment rather than emergency admission.
        pytest.param(
            [
                "76岁阿婆有糖尿病高血压 吃二甲双胍和贝那普利 前天吃了剩菜开始拉肚子吐 两天没怎么吃东西药还照吃 站起来有点晕 血压102/64平时140多 心率98 尿比平时少 人清楚 体温37.3 她孙女在旁边说奶奶不肯去县里"
            ],
            _patient(27740, "female", ("type 2 diabetes", "hypertension"), pregnant=None),
            id="r103-zh-034",
        ),  # NICE NG148 Acute kidney injury: an older adult with diabetes on an ACE inhibitor and metformin who has vomiting, diarrhoea and reduced urine is at risk of AKI and needs same-day assessment with creatinine and medicine review (sick-day rules).
        pytest.param(
            ["42岁男", "刚从非洲回来", "发冷发热3天", "人还清楚"],
            _patient(15330, "male", (), pregnant=None),
            id="r103-zh-035",
        ),  # WHO Guidelines for malaria (2023) and China's malaria elimination 1-3-7 strategy: fever in a traveller returning from an endemic area needs a same-day parasitological test; no severe features so not emergency.
        pytest.param(
            [
                "22岁女孩戴隐形眼镜 昨晚开始右眼红痛 怕光流眼泪 看东西比左边模糊一点 她说戴着睡了一晚 没外伤 左眼正常 她说今天要上班能不能滴点眼药水就行"
            ],
            _patient(8030, "female", (), pregnant=None),
            id="r103-zh-036",
        ),  # NICE CKS Red eye: a contact lens wearer with a painful red eye, photophobia and reduced vision may have microbial keratitis and needs same-day ophthalmology assessment.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "33F chest pain",
                "after moving furniture",
                "sore pressing on it",
                "no breathless, no sweats",
            ],
            _patient(12045, "female", (), pregnant=False),
            id="r103-en-037",
        ),  # NICE CKS Chest pain: pain after strain that is reproduced by pressing on the chest wall, with no cardiac or respiratory features, is musculoskeletal and managed routinely.
        pytest.param(
            [
                "28F migraine",
                "zigzag lights then headache",
                "same as her usual",
                "no weakness, no fever",
            ],
            _patient(10220, "female", ("migraine",), pregnant=False),
            id="r103-en-039",
        ),  # NICE CG150 Headaches in over 12s: a typical attack of known migraine with aura, unchanged pattern and no red flags, is managed with the usual acute treatment at home.
        pytest.param(
            [
                "mum brought baby mia 7 months had her jabs yesterday temp 38.1 last night now 37.8 feeding well smiling and babbling wet nappies normal no rash pink colour cap refill under 2 sec just a bit grumpy mum asks if she can give calpol"
            ],
            _patient(213, "female", (), pregnant=None),
            id="r103-en-040",
        ),  # NICE NG143 Fever in under 5s: a child over 3 months with only green features (e.g. mild fever after immunisation, feeding, responsive, normal colour) can be cared for at home with antipyretics and safety-netting advice.
        pytest.param(
            [
                "boy 8 nosebleed at school in pe class teacher pinched his nose 10 mins and it stopped all dry now hes had a few this winter always the same side no bruising anywhere else not on any medicines hr 84 bp 100/62 he wants to go back to class for the football match"
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r103-en-042",
        ),  # NICE CKS Epistaxis: an anterior nosebleed that stopped with first aid in a well child without a bleeding disorder needs only self-care advice (and routine review if recurrent).
        pytest.param(
            ["61F BP check", "168/98 repeated", "forgot tablets 2 days", "no headache, feels fine"],
            _patient(22265, "female", ("hypertension",), pregnant=False),
            id="r103-en-043",
        ),  # NICE NG136 Hypertension in adults, 1.5: same-day referral is only for BP >=180/120 with red flags; 168/98 without symptoms needs restarting treatment and routine review.
        pytest.param(
            [
                "mrs lee 55 diabetic on gliclazide felt shaky and sweaty in the waiting room sugar was 3.2 we gave her orange juice and biscuits 15 min later 6.8 now 20 min on feels fine eating her sandwich talking normally she skipped breakfast because of the blood test she says sorry for the fuss"
            ],
            _patient(20075, "female", ("type 2 diabetes",), pregnant=False),
            id="r103-en-044",
        ),  # ADA Standards of Care, Glycemic goals and hypoglycemia: a conscious level 1 hypoglycaemia treated with 15-20 g glucose, glucose recovered and a meal eaten needs only routine medication review.
        pytest.param(
            [
                "school rang then mum brought her in 14 yr old fainted in assembly after standing ages in the hot hall felt dizzy and hot and went grey first then down for a few seconds woke straight away not confused no jerking no wee accident no chest pain before no palpitations never happened in sport no family sudden deaths lying bp 108/66 hr 76 now eating crisps"
            ],
            _patient(5110, "female", (), pregnant=False),
            id="r103-en-046",
        ),  # NICE CG109 Transient loss of consciousness, 1.1-1.2: an uncomplicated faint (postural trigger, prodrome, rapid recovery, no red flags) needs a routine ECG and reassurance, no immediate referral.
        pytest.param(
            [
                "4yo bumped head",
                "on coffee table",
                "cried straight away",
                "playing now, no vomiting",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r103-en-047",
        ),  # NICE NG232 Head injury: a child with no loss of consciousness, no vomiting, normal behaviour and no other risk factors can go home with written head-injury advice.
        pytest.param(
            [
                "lady 35 known anxiety came in breathless and tingly round her mouth and fingers after a row with her landlord breathing fast at first now 20 min later calmer rr 16 sats 99 hr 92 bp 126/80 no chest pain no cough no leg swelling not on the pill she says its like her usual episodes when stressed"
            ],
            _patient(12775, "female", ("anxiety",), pregnant=False),
            id="r103-en-048",
        ),  # NICE CG113 Generalised anxiety disorder and panic disorder: a settled episode with normal observations and no features of PE or cardiac disease is managed in routine primary care.
        pytest.param(
            ["28F 5wks pregnant", "light spotting today", "no pain at all", "no dizziness"],
            _patient(10220, "female", (), pregnant=True),
            id="r103-en-049",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, 1.3.2: bleeding without pain before 6 weeks' gestation, with no risk factors, is managed expectantly with a repeat pregnancy test in 7-10 days.
        pytest.param(
            [
                "mr wood 72 worried his poo has gone dark black since he started the iron tablets 2 weeks ago formed not sticky no smell different no tummy pain no dizziness not vomited anything hb last week 112 up from 104 bp 134/80 hr 70 he says his wife thinks its his liquorice"
            ],
            _patient(26280, "male", ("iron deficiency anaemia",), pregnant=None),
            id="r103-en-050",
        ),  # BNF Ferrous sulfate / NICE CKS Anaemia - iron deficiency: dark formed stools are an expected effect of oral iron; without tarry stool, haemodynamic change or falling Hb this is routine follow-up.
        pytest.param(
            ["6mo teething", "temp 37.9", "drooling, chewing everything", "feeding well, smiling"],
            _patient(183, "male", (), pregnant=None),
            id="r103-en-051",
        ),  # NICE NG143 Fever in under 5s: 37.9C is below the fever threshold and a feeding, responsive infant has only green features - home care with advice.
        pytest.param(
            [
                "45 yr old builder bad low back pain since lifting a slab yesterday pain into buttock no further than knee no numbness between legs peeing and pooing normal legs not weak no fever no weight loss never had cancer walks bent over wants something strong so he can get back on site"
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r103-en-052",
        ),  # NICE NG59 Low back pain and sciatica: acute low back pain without red flags (no saddle anaesthesia, sphincter change, weakness, fever or cancer history) is managed with self-management and simple analgesia.
        pytest.param(
            [
                "85F fell yesterday",
                "tripped on rug",
                "no head hit, walking normal",
                "not on thinners",
            ],
            _patient(31025, "female", ("osteoarthritis",), pregnant=False),
            id="r103-en-053",
        ),  # NICE CG161 Falls in older people: an older person who has fallen without injury should have a routine multifactorial falls risk assessment, not acute transfer.
        pytest.param(
            [
                "bloke 30 sore throat 2 days temp 38.3 tonsils a bit red no white stuff swallowing ok even spit no drooling voice normal breathing fine cough and runny nose too hr 90 he wants antibiotics for his holiday friday"
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r103-en-054",
        ),  # NICE NG84 Sore throat (acute): FeverPAIN 2 with no airway or swallowing compromise is managed with self-care and no antibiotic.
        pytest.param(
            [
                "2yo cold 3 days",
                "chest sounds rattly",
                "RR 32, no in-drawing",
                "eating and playing",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r103-en-055",
        ),  # WHO IMCI, cough or difficult breathing: a child 12 months-5 years with RR <40, no chest indrawing and no danger signs has 'cough or cold' - home care advice.
        pytest.param(
            [
                "mrs king 50 says heart sometimes skips a beat or thumps once when lying in bed at night for a few months lasts a second no dizziness no fainting no chest pain no breathlessness pulse 74 regular today bp 128/78 drinks 5 coffees a day she read about heart rhythm problems online"
            ],
            _patient(18250, "female", (), pregnant=False),
            id="r103-en-056",
        ),  # NICE CKS Palpitations: brief isolated ectopic-type palpitations without syncope, chest pain or breathlessness and a regular pulse need a routine ECG and assessment.
        pytest.param(
            ["19F period pain", "took 8 paracetamol", "500mg ones, over 24h", "no other meds"],
            _patient(6935, "female", (), pregnant=False),
            id="r103-en-057",
        ),  # BNF Paracetamol: adult dose 0.5-1 g every 4-6 hours to a maximum of 4 g in 24 hours; 8 x 500 mg over 24 h is within the therapeutic dose, not an overdose.
        pytest.param(
            [
                "mr evans 76 in for his yearly review had his stroke 3 years ago left hand still clumsy same as since then no new weakness no change in speech wife says hes the same as ever bp 136/82 hr 68 he wants his repeat prescription and asked about the flu jab"
            ],
            _patient(27740, "male", ("stroke", "hypertension"), pregnant=None),
            id="r103-en-058",
        ),  # NICE NG236 Stroke rehabilitation / NG128: unchanged residual deficit from an old stroke with no new symptoms needs routine secondary-prevention review only.
        pytest.param(
            [
                "9yo bee sting",
                "forearm red, swollen 6cm",
                "no lip swelling",
                "breathing normal, chatting",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r103-en-059",
        ),  # NICE CKS Insect bites and stings: a large local reaction without systemic features (no lip swelling or breathing difficulty) is managed with cold compress, analgesia and oral antihistamine at home.
        pytest.param(
            ["30岁男", "前天搬家", "胸口一按就痛", "不喘不出汗"],
            _patient(10950, "male", (), pregnant=None),
            id="r103-zh-037",
        ),  # NICE CKS Chest pain: localised chest wall pain reproduced by palpation after strain in a young person without cardiac features or risk factors is musculoskeletal and managed routinely in primary care.
        pytest.param(
            [
                "40岁女的做财务的说这一周每天下午头两边紧箍箍的痛像戴了个帽子 睡一觉就好了 没发烧没吐 手脚好好的 看东西清楚 血压122/78 以前加班多的时候也这样 最近月底又加班 问能不能吃点布洛芬"
            ],
            _patient(14600, "female", (), pregnant=None),
            id="r103-zh-038",
        ),  # NICE CG150 Headaches in over 12s: bilateral pressing/tightening headache without red flags is tension-type headache managed with self-care and simple analgesia.
        pytest.param(
            ["2岁男孩", "昨晚烧38.5", "流鼻涕", "吃喝玩都正常"],
            _patient(730, "male", (), pregnant=None),
            id="r103-zh-039",
        ),  # NICE NG143 Fever in under 5s: a child with fever and only green features (normal colour, activity, hydration, breathing) can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "带3岁女儿来打疫苗 她妈妈说去年发烧的时候抽过一次一两分钟就好了 当时县医院看过说没事 这一年都没再抽 今天不发烧36.6 能跑能跳 想问今天疫苗能不能打会不会又抽"
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r103-zh-040",
        ),  # NICE CKS Febrile seizure: a past simple febrile seizure in a now well, afebrile child needs only reassurance and routine care; it is not a contraindication to vaccination.
        pytest.param(
            ["10岁男孩", "鼻子出血", "捏了10分钟停了", "现在没再流"],
            _patient(3650, "male", (), pregnant=None),
            id="r103-zh-041",
        ),  # NICE CKS Epistaxis (nosebleeds): an anterior nosebleed that stops with simple first aid in a child without risk factors needs only self-care advice.
        pytest.param(
            [
                "70岁老爷子3年前脑梗过 左边手脚一直有点不利索跟以前一样没变化 今天来拿阿司匹林和降压药 血压134/80 说话清楚 走路还是拄拐 他说最近晚上睡不好想开点安眠药"
            ],
            _patient(25550, "male", ("stroke", "hypertension"), pregnant=None),
            id="r103-zh-042",
        ),  # NICE CG162 Stroke rehabilitation in adults / NG128: stable long-standing post-stroke deficits without new symptoms need routine secondary-prevention review only.
        pytest.param(
            ["55岁女", "体检血压150/92", "没啥不舒服", "以前没量过"],
            _patient(20075, "female", (), pregnant=None),
            id="r103-zh-043",
        ),  # NICE NG136 Hypertension in adults: clinic BP 140/90-179/119 without symptoms needs confirmation by ambulatory or home monitoring at a routine appointment.
        pytest.param(
            [
                "45岁男的说他哥哥查出糖尿病了他也担心 这两周没有口渴尿多 体重没变 今天空腹血糖5.6 上个月体检也是5.4 问要不要吃药 他说平时爱吃甜的 血压126/82 BMI 26"
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r103-zh-044",
        ),  # Chinese guideline for type 2 diabetes (2020): fasting glucose below 6.1 mmol/L is normal; an asymptomatic person needs only lifestyle advice and periodic screening.
        pytest.param(
            ["怀孕9周", "早上恶心吐", "一天吐一两次", "能吃能喝 尿正常"],
            _patient(9490, "female", (), pregnant=True),
            id="r103-zh-045",
        ),  # NICE CKS Nausea/vomiting in pregnancy: mild symptoms with normal intake and no dehydration are managed with self-care (small frequent meals, ginger).
        pytest.param(
            [
                "宝宝2个月 每次吃完奶会吐一小口奶 有时候从鼻子出来 吐完还笑 吃奶好 这个月体重长了900克 不是喷出来的 吐的是白色奶没有绿色 大便正常 他奶奶说是不是胃有毛病要不要去大医院"
            ],
            _patient(60, "male", (), pregnant=None),
            id="r103-zh-046",
        ),  # NICE NG1 GORD in children and young people: effortless regurgitation in a thriving infant without red flags (bilious or projectile vomiting, faltering growth) is normal and needs reassurance only.
        pytest.param(
            [
                "25岁女孩在镇上奶茶店上班 说昨天下午喝了两杯咖啡后心慌了一阵几分钟就好了 没晕没胸痛没喘 以前也偶尔这样 现在心率78齐的 血压116/72 她妈妈有点担心问要不要查个心电图"
            ],
            _patient(9125, "female", (), pregnant=None),
            id="r103-zh-047",
        ),  # NICE CKS Palpitations: brief self-limiting palpitations without syncope, chest pain, exertional onset or family history of sudden death need routine assessment with an ECG.
        pytest.param(
            ["60岁女", "翻身就天旋地转", "几十秒就好", "说话走路都正常"],
            _patient(21900, "female", (), pregnant=None),
            id="r103-zh-048",
        ),  # NICE CKS Vertigo / BPPV: brief positional vertigo without neurological signs is benign paroxysmal positional vertigo, diagnosed and treated (Epley manoeuvre) routinely in primary care.
        pytest.param(
            [
                "33岁女的说感冒好了以后一直咳嗽快两周了 干咳晚上多一点 不发烧不喘 没有咳血 能吃能睡 体重没掉 血氧98 呼吸16 不抽烟 她说同事都是这样 想开点止咳糖浆"
            ],
            _patient(12045, "female", (), pregnant=None),
            id="r103-zh-049",
        ),  # NICE NG120 Cough (acute): acute cough after a viral infection commonly lasts 3-4 weeks and, without red flags, is managed with self-care.
        pytest.param(
            ["她老公上月心梗", "她自己没不舒服", "想量个血压", "128/80"],
            _patient(21170, "female", (), pregnant=None),
            id="r103-zh-050",
        ),  # NICE NG238 Cardiovascular disease: risk assessment: an asymptomatic adult with normal BP whose relative had a heart attack needs routine CVD risk assessment, not urgent care.
        pytest.param(
            ["狗舔了手", "皮没破", "自家狗 打过疫苗", "要打针吗"],
            _patient(12775, "female", (), pregnant=None),
            id="r103-zh-051",
        ),  # China CDC Rabies exposure prophylaxis technical guideline (2016): licking of intact skin is a category I exposure for which no post-exposure prophylaxis is needed.
        pytest.param(
            [
                "63岁老李打胰岛素的 今天早上没吃早饭去地里干活 十点多手抖出汗心慌 测血糖3.5 吃了几块糖 坐了十五分钟再测6.8 现在人好好的说话清楚 午饭也吃了 他想问胰岛素要不要减"
            ],
            _patient(22995, "male", ("type 2 diabetes",), pregnant=None),
            id="r103-zh-052",
        ),  # ADA Standards of Care (section 6, glycemic goals and hypoglycemia): a level 1 hypoglycaemia episode self-treated with glucose and fully resolved needs review of the insulin regimen at a routine visit.
        pytest.param(
            ["怀孕6个月", "在吃铁片", "大便黑 成形的", "不晕 没肚子痛"],
            _patient(10220, "female", ("anaemia",), pregnant=True),
            id="r103-zh-053",
        ),  # NICE CKS Anaemia - iron deficiency: oral iron commonly causes dark/black formed stools; in a well patient without features of bleeding this needs only reassurance.
        pytest.param(
            ["4岁男孩", "沙发上摔下来", "当时就哭了", "没吐 照样玩"],
            _patient(1460, "male", (), pregnant=None),
            id="r103-zh-054",
        ),  # NICE NG232 Head injury: a child with a low fall, no loss of consciousness, no vomiting and normal behaviour needs no imaging and can go home with head-injury advice.
        pytest.param(
            [
                "29岁小伙子昨天开始嗓子痛流鼻涕 今天体温38.2 浑身有点酸 吃饭喝水都正常 不喘 血氧98 呼吸16 心率90 他说单位好几个人都感冒了 想开个病假条"
            ],
            _patient(10585, "male", (), pregnant=None),
            id="r103-zh-055",
        ),  # NICE CKS Common cold / NICE NG84 Sore throat (acute): an uncomplicated viral upper respiratory infection in a well adult is self-limiting and managed with self-care.
        pytest.param(
            [
                "19岁女学生打篮球扭到右脚踝 外侧肿了 当时还能自己走下场 现在走四步没问题 按脚踝后面骨头和脚掌外侧那块骨头都不痛 脚能动脚趾有感觉 她说下周还有比赛"
            ],
            _patient(6935, "female", (), pregnant=None),
            id="r103-zh-056",
        ),  # Ottawa ankle rules / NICE CKS Sprains and strains: ankle injury with ability to bear weight and no bony tenderness needs no X-ray and is managed with self-care (rest, ice, compression, elevation).
        pytest.param(
            ["38岁男", "搬水泥腰扭了", "腿不麻", "大小便正常"],
            _patient(13870, "male", (), pregnant=None),
            id="r103-zh-057",
        ),  # NICE NG59 Low back pain and sciatica: acute low back pain without red flags (no saddle/bladder/bowel symptoms, no neurological deficit) is managed with self-management advice and staying active.
        pytest.param(
            [
                "12岁女孩昨天在田里被虫子咬了小腿 今天咬的地方红肿有一元硬币大 很痒 不发烧 嘴唇不肿 不喘 身上其他地方没有疙瘩 精神好 她妈妈说去年她被蜂蜇过也是肿一块"
            ],
            _patient(4380, "female", (), pregnant=None),
            id="r103-zh-058",
        ),  # NICE CKS Insect bites and stings: a local reaction without systemic or airway features is managed with self-care (cold compress, oral antihistamine).
        pytest.param(
            ["35岁男", "便后纸上有鲜血", "肛门有个小疙瘩", "不晕 大便不黑"],
            _patient(12775, "male", (), pregnant=None),
            id="r103-zh-059",
        ),  # NICE CKS Haemorrhoids (and NICE NG12): bright red bleeding on the paper with a perianal lump in a well adult under 50 without red flags is managed routinely in primary care.
        pytest.param(
            [
                "孕妇30岁怀孕32周 这几天傍晚脚踝肿早上起来就消了 手和脸不肿 没头痛看东西清楚 上腹不痛 胎动跟平时一样 血压116/74 尿蛋白阴性 她说天气热站得多 婆婆让她少喝水"
            ],
            _patient(10950, "female", (), pregnant=True),
            id="r103-zh-060",
        ),  # NICE NG201 Antenatal care / NG133: dependent ankle oedema with normal BP, no proteinuria and no pre-eclampsia symptoms is a common pregnancy change managed at routine antenatal visits.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
