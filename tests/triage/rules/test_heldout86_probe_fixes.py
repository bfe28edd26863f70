# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-sixth held-out round (2026-12-07, at commit 51359e1: two reviewers, 120 re-attendances:
patients seen in the last hours or days who come back, phone back or are brought back, worse, not
better, with a new symptom, a reaction to a treatment or a result; and expected courses that only
need reassurance; 12 emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the
rules found 12 of 12 emergencies in each set, graded 18 of 24 and 18 of 24 same-day cases exactly
(English, Chinese) and sent 1 and 0 look-alikes to emergency. Missed on the same-day side: "day 5
of fever" in a 2-year-old (NICE NG143's amber fever of 5 days; the day count was not read), an
INR told as "INR result back for Mrs Sun 76 (AF, warfarin 5mg): 8.6" (and the "last INR 2.7" after
it was read as today's), a swollen calf "L 4cm bigger than R" two weeks after a caesarean, a
febrile toddler's urine culture growing E. coli, thoughts "of not wanting to be alive" growing on
fluoxetine, and an otitis still at 39 after "阿莫西林吃满3天了"; a quinsy (嗓子越来越疼, 嘴张不开,
说话像含着东西) was graded tetanus.

What changed: the day of an illness ("day 5 of fever", 发烧第5天) is its duration; an INR label may
name the patient before its value, and an earlier INR told as "last" or 上次 is not today's; a calf
measured bigger than the other; a UTI named or grown on culture (NICE NG224) is a urinary
infection; not wanting to be alive is a passive death wish (same day, mhGAP), not intent; 吃满N天
of an antibiotic; a sore throat "getting worse" in Chinese. After: 12/12, 12/12; 23/24, 22/24;
look-alikes 23/24, 24/24.

Left, graded emergency by the rules' sources where the reviewers asked for the same day: a toddler
who "vomits everything" with a wet nappy in 12 hours and sunken eyes (r86-zh-015; WHO IMCI's
general danger sign), new fluctuating confusion in dementia with a low fever (r86-zh-030; acute
confusion, NICE NG51), migratory right iliac fossa pain in a 12-year-old (r86-en-035; an acute
abdomen is sent), and a febrile fit in a child who had one before, now recovered (r86-en-054; WHO
IMCI's convulsion in this illness)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "mum of the 3yo girl we saw yesterday with fever and runny nose rang back",
                "says she's now very sleepy, hard to wake, and has little purple dots on her legs and tummy. mum pressed a glass on them and they don't go away",
                "T 39.4 at home, hands and feet cold",
            ],
            _patient(1235, "female", (), pregnant=None),
            id="r86-en-001",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease 2024: a febrile child with a non-blanching petechial rash and reduced consciousness/cold peripheries must be treated as meningococcal disease, given parenteral antibiotics and transferred to hospital immediately.
        pytest.param(
            [
                "Mr Zhang 58 back again. we gave him omeprazole on monday for indigestion",
                "says the burning is the same thing but this morning it came on sitting watching tv and has lasted about 40 min, he was sweating, eased a bit but still there now",
                "no chest pain he says, just the stomach thing. BP 150/90 HR 96. diabetic, smoker",
            ],
            _patient(21370, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r86-en-002",
        ),  # NICE CG95 Chest pain of recent onset: suspected ACS (rest pain >15 min with sweating; atypical 'indigestion' presentations are common in diabetes) with current pain must be referred to hospital as an emergency.
        pytest.param(
            [
                "pt phoned, 34F, started amoxicillin yesterday for sinusitis from us",
                "took today's 2nd dose 20 min ago, now lips and tongue swelling, says throat feels tight and her voice sounds hoarse on the phone",
                "itchy hives all over",
            ],
            _patient(12470, "female", (), pregnant=False),
            id="r86-en-003",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis 2021: sudden airway features (tongue swelling, throat tightness, hoarseness) with skin changes after a drug exposure is anaphylaxis requiring IM adrenaline and an ambulance.
        pytest.param(
            [
                "G1 34wks, was here tue BP 142/92 urine prot neg, we told her come back if headache or eyesight problems",
                "back today: headache since last night not better with paracetamol, seeing flashing lights. BP 164/110 repeat 162/108, urine prot 2+",
                "some pain under right ribs too",
            ],
            _patient(10665, "female", (), pregnant=True),
            id="r86-en-004",
        ),  # NICE NG133 Hypertension in pregnancy: severe hypertension (>=160/110) with proteinuria and severe headache, visual disturbance or RUQ pain indicates severe pre-eclampsia requiring immediate hospital admission.
        pytest.param(
            [
                "5 wk old boy seen yesterday with a snuffly cold",
                "today feeding less than half of normal, grunting when breathing, chest sucking in under ribs. RR 68, SpO2 91% in air",
                "mum says he stopped breathing for a few seconds once this morning",
            ],
            _patient(36, "male", (), pregnant=None),
            id="r86-en-005",
        ),  # NICE NG9 Bronchiolitis in children: refer immediately by ambulance if there is apnoea, severe respiratory distress (grunting, marked recession) or SpO2 persistently <92% in air.
        pytest.param(
            [
                "Granny Li 78, seen Friday UTI, on nitrofurantoin",
                "daughter brought her back, she's muddled today, doesn't know where she is, won't eat. T 38.9, HR 118, BP 88/52, RR 24",
                "diabetic on metformin. hardly passed urine since last night",
            ],
            _patient(28570, "female", ("diabetes",), pregnant=False),
            id="r86-en-006",
        ),  # NICE NG51 Sepsis: new altered mental state and systolic BP <=90 mmHg are high-risk criteria; a person with suspected sepsis and any high-risk criterion outside hospital needs emergency transfer by ambulance.
        pytest.param(
            [
                "wife of Mr Wang 66 called. we saw him yesterday for dizziness, gave betahistine",
                "she says since lunch (about an hr ago) his talk sounds drunk and he keeps dropping his chopsticks from the right hand, mouth a bit crooked",
                "he says he's fine just tired, doesn't want to come in",
            ],
            _patient(24240, "male", ("hypertension", "atrial fibrillation"), pregnant=None),
            id="r86-en-007",
        ),  # NICE NG128 Stroke and TIA: sudden-onset speech disturbance, facial droop and arm weakness (FAST positive) with ongoing symptoms within hours of onset requires immediate transfer to a hyperacute stroke unit.
        pytest.param(
            [
                "26F came sunday with lower tummy pain one side, we thought period pain",
                "now says her period is 3 wks late and a home test was positive yesterday",
                "this morning fainted on the toilet, pain worse left side, pain in her shoulder tip. pale, HR 124, BP 86/50",
            ],
            _patient(9520, "female", (), pregnant=True),
            id="r86-en-008",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: a woman with a positive pregnancy test, abdominal pain, shoulder-tip pain and signs of haemodynamic instability must be referred immediately to emergency services (suspected ruptured ectopic).
        pytest.param(
            [
                "follow up call. Mr Chen 81 fell at home 2 days ago, hit head, we checked him here, was ok then",
                "son says today he's very sleepy, vomited twice, says headache. answers but slow and muddled",
                "he's on warfarin for AF",
            ],
            _patient(29775, "male", ("atrial fibrillation",), pregnant=None),
            id="r86-en-009",
        ),  # NICE NG232 Head injury 2023: a person on anticoagulants with reduced consciousness, vomiting and worsening headache after a head injury must be transported by ambulance to an emergency department for CT (possible delayed subdural haematoma).
        pytest.param(
            [
                "15yo boy T1DM, we saw him yesterday with D&V and went through sick day rules",
                "mum phoned: vomited 6 times since midnight, can't keep water down. BG 24.6, blood ketones 3.8",
                "breathing deep and fast, tummy pain, very tired",
            ],
            _patient(5565, "male", ("type 1 diabetes",), pregnant=None),
            id="r86-en-010",
        ),  # NICE NG18 Diabetes in children and young people: blood ketones >=3 mmol/L with vomiting, inability to keep fluids down and deep breathing indicates DKA and needs immediate transfer to hospital.
        pytest.param(
            [
                "Mrs Zhou 71 came last wk with sore right calf after long bus trip, we said muscle strain",
                "since this morning suddenly short of breath, pain right side of chest when breathing in. SpO2 89% RA, HR 116, RR 28, BP 105/70",
                "calf still swollen",
            ],
            _patient(25955, "female", ("hypertension",), pregnant=False),
            id="r86-en-011",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected pulmonary embolism with hypoxia and tachycardia (not suitable for outpatient management) requires immediate hospital admission.
        pytest.param(
            [
                "bloods from mr huang back (taken yest). K 6.9, creat 212 (was 148 in march)",
                "he's 72, CKD, ramipril went up to 10mg last wk, also on spironolactone for his heart",
                "rang him, says just a bit tired and legs a bit weak, otherwise ok",
            ],
            _patient(26580, "male", ("ckd", "hypertension", "heart failure"), pregnant=None),
            id="r86-en-012",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of acute hyperkalaemia in adults 2020: serum potassium >=6.5 mmol/L is severe hyperkalaemia needing immediate hospital transfer for ECG monitoring and emergency treatment.
        pytest.param(
            [
                "王医生，昨天来看发烧的那个2岁男孩，刚他妈妈又抱回来了",
                "说今天一直睡叫不太醒，腿上起了好多紫红色小点，我用玻璃杯压了不褪色",
                "T 39.4 手脚冰凉",
            ],
            _patient(870, "male", (), pregnant=None),
            id="r86-zh-001",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease (2024): a febrile, drowsy child with a non-blanching petechial/purpuric rash has suspected meningococcal disease and needs parenteral antibiotics and immediate transfer to hospital.
        pytest.param(
            [
                "刘叔前天说胃不舒服来开的奥美拉唑，他老婆刚打电话",
                "说吃了药也没好，今天早上又开始胸口闷，说不是痛，就是压着那种，出了一身冷汗，左胳膊发酸",
                "已经半个多小时了还没缓过来",
            ],
            _patient(21370, "male", ("hypertension", "diabetes"), pregnant=None),
            id="r86-zh-005",
        ),  # NICE CG95 Chest pain of recent onset: current central chest pressure radiating to the arm with sweating lasting more than 15 minutes suggests acute coronary syndrome and needs emergency ambulance transfer.
        pytest.param(
            [
                "6周大的男宝，昨天来看流鼻涕咳嗽，说是毛细支气管炎",
                "今天奶吃不进去，喘得很快，数了一分钟72次，有哼哼的呻吟声，肋骨下面往里凹",
                "SpO2 89%",
            ],
            _patient(44, "male", (), pregnant=None),
            id="r86-zh-009",
        ),  # NICE NG9 Bronchiolitis in children: grunting, marked chest recession, respiratory rate over 70/min or SpO2 below 92% require immediate emergency referral.
        pytest.param(
            [
                "医生在吗，昨天来看鼻窦炎那个30岁女的又来了",
                "昨天开的阿莫西林克拉维酸钾，今天刚吃完第三次药大概20分钟",
                "现在嘴唇和眼皮都肿了，全身风团，说嗓子发紧，有点喘 BP 88/55",
            ],
            _patient(11027, "female", (), pregnant=False),
            id="r86-zh-012",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021): sudden airway swelling, wheeze and hypotension with urticaria after a drug is anaphylaxis requiring IM adrenaline and an ambulance.
        pytest.param(
            [
                "82岁老爷子，糖尿病，3天前刚加了格列本脲",
                "儿子打电话说今早叫不醒，只会哼哼两声，喂水也不会咽",
                "村医去测了血糖2.1",
            ],
            _patient(30230, "male", ("diabetes", "ckd"), pregnant=None),
            id="r86-zh-016",
        ),  # 中国2型糖尿病防治指南(2020年版): 意识障碍的严重低血糖需静脉葡萄糖抢救，老年人磺脲类(格列本脲)所致低血糖持续时间长，需立即送院观察治疗。
        pytest.param(
            [
                "孕34周的刘某，前天产检BP 142/92，当时交代头痛眼花马上回来",
                "现在来了，说下午开始头痛得厉害，眼前冒金星，上腹这块有点痛",
                "复测BP 168/112，尿蛋白2+",
            ],
            _patient(10835, "female", (), pregnant=True),
            id="r86-zh-020",
        ),  # NICE NG133 Hypertension in pregnancy: BP 160/110 or more with symptoms of severe pre-eclampsia (severe headache, visual disturbance, epigastric pain) requires immediate admission.
        pytest.param(
            [
                "张家那个4岁的，前天拉肚子来拿的补液盐",
                "奶奶打电话说孩子今天挺乖的，不哭不闹一直在睡，就是一天都没尿",
                "我过去看了，叫不太醒，手脚冰凉发花，毛细血管再充盈4秒，脉搏又快又弱",
            ],
            _patient(1560, "male", (), pregnant=None),
            id="r86-zh-023",
        ),  # WHO IMCI / NICE CG84: a child with gastroenteritis who is lethargic with cold mottled extremities, prolonged capillary refill and a weak rapid pulse is in shock and needs emergency transfer for IV fluids.
        pytest.param(
            [
                "昨天摔了一跤头磕到桌角的那个78岁奶奶，房颤吃华法林的",
                "昨天看了说没事，今天儿子说她比平时困，老想睡，中午吐了两次，说头痛",
                "讲话还算清楚",
            ],
            _patient(28565, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r86-zh-028",
        ),  # NICE NG232 Head injury: a person on anticoagulants with a head injury who develops drowsiness and repeated vomiting needs immediate transfer for CT within 1 hour.
        pytest.param(
            [
                "65岁那个男的，3天前说右手麻了20分钟自己好了来看过，让他有事再来",
                "他老婆刚打电话说他一个小时前吃着饭突然嘴歪了，说话不清楚，右手拿不住筷子",
            ],
            _patient(24025, "male", ("hypertension", "diabetes"), pregnant=None),
            id="r86-zh-031",
        ),  # 中国急性缺血性脑卒中诊治指南2018 / NICE NG128: 突发口角歪斜、言语不清、单侧肢体无力(FAST阳性)发病1小时内应立即呼叫120送卒中中心评估溶栓。
        pytest.param(
            [
                "昨天抽的血结果出来了，肾不好那个杨大爷",
                "钾7.0，肌酐也比上次高。上周刚加了螺内酯，依那普利一直在吃",
                "打电话问了，说这两天就是浑身没劲",
            ],
            _patient(25955, "male", ("ckd", "heart failure", "hypertension"), pregnant=None),
            id="r86-zh-035",
        ),  # UK Kidney Association Clinical Practice Guideline Hyperkalaemia (2020): serum potassium 6.5 mmol/L or above is severe hyperkalaemia requiring immediate hospital assessment with ECG monitoring and treatment.
        pytest.param(
            [
                "25岁女的，昨天来看小肚子痛，说月经推迟了两周，让她自己测尿妊娠",
                "今天她打电话说测出来两条杠，刚才上厕所差点晕倒，右下腹痛得厉害，肩膀也痛",
                "下面有点出血",
            ],
            _patient(9347, "female", (), pregnant=True),
            id="r86-zh-040",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: a positive pregnancy test with abdominal pain, near-syncope and shoulder-tip pain suggests ruptured ectopic pregnancy and needs immediate hospital transfer.
        pytest.param(
            [
                "9岁女孩，今天上午哮喘发作来看过，雾化了一次回家了",
                "妈妈打电话说现在喘得说不了话，一句话说两个字就要停，沙丁胺醇喷了10下也没用",
                "嘴唇有点发紫",
            ],
            _patient(3485, "female", ("asthma",), pregnant=None),
            id="r86-zh-045",
        ),  # BTS/SIGN British guideline on the management of asthma (2019): cyanosis, inability to talk and poor response to bronchodilator are severe or life-threatening features requiring an emergency ambulance.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "2yo boy, seen Tue with cold and fever. mum back today",
                "fever still 39 today, that's day 5 of fever now. eating less but drinking and wet nappies ok",
                "no rash, alert, playing a bit, RR 30",
            ],
            _patient(825, "male", (), pregnant=None),
            id="r86-en-013",
        ),  # NICE NG143 Fever in under 5s: fever lasting 5 days or more is an amber feature needing face-to-face clinical assessment the same day (including consideration of Kawasaki disease), without red features for immediate transfer.
        pytest.param(
            [
                "Mr Liu 52 leg cellulitis, started fluclox thurs (2 days ago), we drew a pen line round the red",
                "red area now 4cm past the line going up the shin, more painful, T 38.1",
                "HR 92, BP 135/80, not confused, eating ok",
            ],
            _patient(19160, "male", (), pregnant=None),
            id="r86-en-014",
        ),  # NICE NG141 Cellulitis and erysipelas: reassess if symptoms worsen rapidly or significantly on antibiotics; spreading erythema with fever but no sepsis features needs same-day review to change or escalate treatment.
        pytest.param(
            [
                "29F UTI seen Mon, gave trimethoprim",
                "phoned back, now pain in right side of back, shivery, T 38.6. no vomiting, drinking fine",
                "not pregnant, test neg on mon",
            ],
            _patient(10785, "female", (), pregnant=False),
            id="r86-en-015",
        ),  # NICE NG111 Pyelonephritis (acute): antimicrobial prescribing: new loin pain and fever after lower UTI treatment indicates acute pyelonephritis requiring same-day assessment, urine culture and a pyelonephritis antibiotic; admission only if sepsis or unable to take oral fluids.
        pytest.param(
            [
                "INR result back for Mrs Sun 76 (AF, warfarin 5mg): 8.6",
                "she's well, no bleeding, no black stools, no bruising she says",
                "last INR 2.7 three wks ago, hospital started her on clarithromycin 5 days ago",
            ],
            _patient(27790, "female", ("atrial fibrillation",), pregnant=False),
            id="r86-en-016",
        ),  # NICE CKS Anticoagulation - oral (BSH guidance): INR >8.0 without bleeding requires stopping warfarin and giving oral vitamin K 1-5 mg the same day, with INR recheck next day.
        pytest.param(
            [
                "4yo girl with D&V seen yest. mum back with her",
                "still vomiting after most drinks, 4 watery poos today, no wee since last night ~12 hrs",
                "eyes look sunken, mouth dry, but she's alert and chatting, hands warm, cap refill 2s",
            ],
            _patient(1660, "female", (), pregnant=None),
            id="r86-en-017",
        ),  # NICE CG84 Diarrhoea and vomiting in children: reduced urine output and sunken eyes are signs of clinical dehydration needing face-to-face assessment and rehydration today; no features of shock requiring immediate transfer.
        pytest.param(
            [
                "68F shingles on right forehead, started aciclovir 2 days ago",
                "now spots on the tip of her nose too and right eye red and painful, vision blurry that side",
                "otherwise well",
            ],
            _patient(24830, "female", (), pregnant=False),
            id="r86-en-018",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus with ocular involvement (red painful eye, reduced vision, Hutchinson's sign on the nose tip) requires same-day referral to ophthalmology.
        pytest.param(
            [
                "45F graves, started carbimazole 3 wk ago",
                "rang to say sore throat since yesterday and T 38.3, ulcers in her mouth",
                "no rash, otherwise ok",
            ],
            _patient(16545, "female", ("hyperthyroidism",), pregnant=False),
            id="r86-en-019",
        ),  # BNF/MHRA carbimazole: sore throat, mouth ulcers or fever on carbimazole require stopping the drug and an immediate (same-day) full blood count to exclude agranulocytosis.
        pytest.param(
            [
                "new mum 31, baby 3 wks, mastitis left breast, on fluclox since wed (over 48h)",
                "no better, now a hard lump ~3cm very tender and feels squishy in the middle, T 38.2",
                "still breastfeeding, HR 96, BP 118/70",
            ],
            _patient(11565, "female", (), pregnant=False),
            id="r86-en-020",
        ),  # NICE CKS Mastitis and breast abscess: no improvement after 48 hours of antibiotics with a tender fluctuant mass suggests breast abscess, needing same-day referral to the surgical team for ultrasound and drainage.
        pytest.param(
            [
                "Mr Gao 79 heart failure, seen 4 days ago, we upped furosemide to 80",
                "home weight up 2.6kg in 3 days anyway, ankles more puffy, now needs 2 pillows, puffed walking to toilet",
                "at rest ok, talking full sentences, SpO2 94%, HR 88, BP 128/74",
            ],
            _patient(28895, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r86-en-021",
        ),  # NICE NG106 Chronic heart failure / ESC 2021 HF guideline: weight gain >2 kg in 3 days with worsening congestion despite increased diuretic needs same-day clinical review; no rest dyspnoea, hypoxia or hypotension requiring ambulance transfer.
        pytest.param(
            [
                "G2P1 30wks, seen Mon for a cold",
                "tells me today baby hasn't been moving much since yesterday evening, fewer kicks than usual",
                "no pain no bleeding, BP 118/72",
            ],
            _patient(10520, "female", (), pregnant=True),
            id="r86-en-022",
        ),  # RCOG Green-top Guideline 57 Reduced fetal movements: women after 28 weeks with reduced fetal movements should contact the maternity unit straight away and be assessed with CTG the same day, not wait until the next day.
        pytest.param(
            [
                "40M seen yest with red eye, gave chloramphenicol drops",
                "he wears contact lenses, slept in them. today eye much more painful, can't stand light, vision blurry",
                "think there's a white spot on the cornea",
            ],
            _patient(14615, "male", (), pregnant=None),
            id="r86-en-023",
        ),  # NICE CKS Red eye: a contact lens wearer with a painful red eye, photophobia and reduced vision (possible corneal infiltrate) has suspected microbial keratitis and needs same-day ophthalmology referral.
        pytest.param(
            [
                "33M chest infection seen 3 days ago, on amoxicillin",
                "not improving, fever 39 last night, sharp pain right chest on breathing in, rusty sputum",
                "RR 22, SpO2 95%, BP 124/78, HR 104, fully alert",
            ],
            _patient(12145, "male", (), pregnant=None),
            id="r86-en-024",
        ),  # NICE NG138 Pneumonia (community-acquired): CRB-65 score 0 allows home care, but failure to improve after 3 days of antibiotics needs same-day reassessment (consider chest X-ray and changing antibiotic).
        pytest.param(
            [
                "24F dog bite on left hand 2 days ago (cleaned here + tetanus), no abx given",
                "now back of hand swollen red hot, red streak going up the forearm, T 37.9",
                "can move all fingers",
            ],
            _patient(8940, "female", (), pregnant=False),
            id="r86-en-025",
        ),  # NICE NG184 Human and animal bites: a bite with signs of infection (especially of the hand, with spreading lymphangitis) needs prompt same-day assessment and co-amoxiclav, considering surgical referral.
        pytest.param(
            [
                "5yo boy, chickenpox day 6, seen on day 2",
                "fever had gone, came back today 38.8, one spot on his tummy now big red swollen and hot, getting bigger",
                "eating ok, alert",
            ],
            _patient(1895, "male", (), pregnant=None),
            id="r86-en-026",
        ),  # NICE CKS Chickenpox: recurrence of fever after initial improvement with spreading redness around a lesion suggests secondary bacterial (streptococcal/staphylococcal) infection requiring same-day assessment and antibiotics.
        pytest.param(
            [
                "32F, baby 2 wks old (CS). came thu with ache in L calf, told muscular",
                "calf now swollen, L 4cm bigger than R, tender along the back of calf",
                "no SOB, no chest pain, SpO2 98%, HR 84",
            ],
            _patient(11840, "female", (), pregnant=False),
            id="r86-en-027",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT (postpartum, calf swelling >3 cm) needs proximal leg ultrasound within 4 hours or interim anticoagulation and a scan within 24 hours; no PE features requiring ambulance.
        pytest.param(
            [
                "urine culture back for 14mo girl seen yesterday with fever 38.9 no focus",
                "E. coli >10^5, sensitive to co-amox and cefalexin",
                "we didn't start abx yesterday. mum says still hot, drinking ok, wet nappies",
            ],
            _patient(425, "female", (), pregnant=None),
            id="r86-en-028",
        ),  # NICE NG224 Urinary tract infection in under 16s: a febrile infant over 3 months with confirmed UTI has an upper UTI and needs oral antibiotics started without delay and clinical review today.
        pytest.param(
            [
                "22M started fluoxetine 20mg 10 days ago for depression",
                "phoned, says thoughts of not wanting to be alive are stronger since starting, no plan, hasn't done anything, lives with parents",
                "also feels restless, can't sit still",
            ],
            _patient(8075, "male", ("depression",), pregnant=None),
            id="r86-en-029",
        ),  # NICE NG222 Depression in adults: people under 25 starting an antidepressant are at higher risk of increased suicidal thoughts and agitation and need prompt same-day review of risk; no plan or intent so not an immediate crisis transfer.
        pytest.param(
            [
                "lab phoned: K 6.2 for Mrs Xu 69 (sample yesterday), not haemolysed",
                "CKD 3b, on losartan. creat 160 (usual 150)",
                "she feels fine",
            ],
            _patient(25405, "female", ("ckd", "hypertension"), pregnant=False),
            id="r86-en-030",
        ),  # UK Kidney Association hyperkalaemia guideline 2020: potassium 6.0-6.4 mmol/L (moderate) in primary care needs same-day repeat, ECG and medication review; only >=6.5 mmol/L requires immediate hospital transfer.
        pytest.param(
            [
                "Mrs Ma 74, seen Tue with new headache, we sent bloods. ESR 86, CRP 64",
                "she says scalp sore when combing hair, jaw aches after chewing for a while",
                "no visual loss, no double vision",
            ],
            _patient(27140, "female", (), pregnant=False),
            id="r86-en-031",
        ),  # BSR 2020 Giant cell arteritis guideline / NICE CKS: suspected GCA without visual loss needs prednisolone 40-60 mg started immediately and same-day/fast-track specialist referral.
        pytest.param(
            [
                "3yo boy limping since a fall 2 days ago, we saw him, looked ok",
                "now won't stand on the right leg at all, cries when hip is moved, T 38.6",
                "eating a bit less, alert",
            ],
            _patient(1125, "male", (), pregnant=None),
            id="r86-en-032",
        ),  # NICE CKS Acute childhood limp: a limp with fever and refusal to weight-bear suggests septic arthritis or osteomyelitis and requires same-day paediatric/orthopaedic assessment.
        pytest.param(
            [
                "27F 8 wks pregnant, seen 2 days ago for N&V, gave cyclizine",
                "still can't keep anything down incl water since yesterday, urine ketones 3+, lost 3kg",
                "dizzy when standing, HR 104, BP 110/70",
            ],
            _patient(10045, "female", (), pregnant=True),
            id="r86-en-033",
        ),  # RCOG Green-top Guideline 69 Nausea and vomiting of pregnancy and hyperemesis gravidarum: inability to keep down fluids or antiemetics with ketonuria and weight loss needs same-day ambulatory or inpatient IV fluid management.
        pytest.param(
            [
                "61M seen yesterday with new floaters L eye, told to come back if changes",
                "today a dark shadow like a curtain coming in from the side of L eye",
                "central vision ok, very short sighted",
            ],
            _patient(22345, "male", (), pregnant=None),
            id="r86-en-034",
        ),  # NICE CKS Retinal detachment: new floaters with a progressive visual field shadow suggests retinal detachment and needs same-day referral to ophthalmology.
        pytest.param(
            [
                "Mr Hu 74, itchy skin, we gave chlorphenamine 2 days ago",
                "hasn't passed urine since last night (~12 h), lower belly painful and swollen",
                "has prostate problem, on tamsulosin",
            ],
            _patient(27310, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="r86-en-036",
        ),  # NICE CKS LUTS in men: painful acute urinary retention (here precipitated by an anticholinergic antihistamine) needs same-day catheterisation and stopping the causative drug.
        pytest.param(
            [
                "3天前看的中耳炎小孩，阿莫西林吃满3天了",
                "今天还烧39，耳朵疼得更厉害，晚上一直哭闹。耳后不红不肿，精神还行，能喝水",
            ],
            _patient(1520, "female", (), pregnant=None),
            id="r86-zh-002",
        ),  # NICE NG91 Otitis media (acute): reassess a child whose symptoms worsen or do not start to improve after 3 days of antibiotic treatment, without mastoid or meningeal signs this is a same-day review rather than an emergency.
        pytest.param(
            [
                "李姐前天来看尿频尿痛，开了呋喃妥因",
                "今天发烧38.8，右边腰痛，叩着痛。不吐，能吃能喝，HR 96 BP 122/78 神志清楚",
            ],
            _patient(13185, "female", (), pregnant=False),
            id="r86-zh-004",
        ),  # NICE NG111 Pyelonephritis (acute): fever with loin pain while on nitrofurantoin (which does not reach renal tissue) indicates acute pyelonephritis needing same-day assessment and an appropriate oral antibiotic, with hospital referral only if signs of sepsis or unable to take oral treatment.
        pytest.param(
            [
                "左小腿蜂窝织炎那个老张，前天画了边界线，开了头孢氨苄",
                "今天红肿已经超出线3公分了，T 38.2，HR 92 BP 135/80，人清醒，能自己走",
            ],
            _patient(24575, "male", ("diabetes",), pregnant=None),
            id="r86-zh-007",
        ),  # NICE NG141 Cellulitis and erysipelas: reassess if the infection spreads or does not improve after 2-3 days of antibiotics; spreading cellulitis in a person who is not septic needs same-day review of treatment.
        pytest.param(
            [
                "23岁男的，2天前扁桃体炎开了青霉素V",
                "今天说右边嗓子越来越疼，嘴张不开，说话像含着东西，小舌头往左偏",
                "能咽口水，不流口水，呼吸没问题 T 38.3",
            ],
            _patient(8605, "male", (), pregnant=None),
            id="r86-zh-010",
        ),  # NICE NG84 Sore throat (acute): suspected quinsy (unilateral peritonsillar swelling, trismus, muffled voice, uvula deviation) needs same-day hospital referral; airway compromise would make it an emergency.
        pytest.param(
            [
                "孕30周的小陈打电话来，前天来产检还好好的",
                "说今天一天感觉宝宝动得比平时少很多，肚子不痛，没见红没流水",
            ],
            _patient(10015, "female", (), pregnant=True),
            id="r86-zh-013",
        ),  # RCOG Green-top Guideline 57 Reduced fetal movements: a woman after 28 weeks reporting reduced fetal movements should contact the maternity unit and be assessed with CTG the same day.
        pytest.param(
            [
                "1型糖尿病那个22岁的小伙，昨天拉肚子来看过",
                "刚打电话说今天血糖16.3，血酮1.8，有点恶心但没吐，能喝水，胰岛素都照常打了",
            ],
            _patient(8220, "male", ("type 1 diabetes",), pregnant=None),
            id="r86-zh-018",
        ),  # NICE NG17 Type 1 diabetes in adults (sick-day rules): blood ketones 1.5-2.9 mmol/L mean increased risk of DKA and need urgent same-day advice and review, while ketones 3.0 or above or vomiting need immediate hospital care.
        pytest.param(
            [
                "前天看带状疱疹的老太太，左边额头那块",
                "今天左眼红了，疼，怕光，看东西有点模糊，鼻尖上也起了两个小疱",
            ],
            _patient(27070, "female", ("hypertension",), pregnant=False),
            id="r86-zh-021",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus with eye involvement (red painful eye, reduced vision, Hutchinson sign on the nose tip) needs same-day ophthalmology referral.
        pytest.param(
            [
                "甲亢那个女的，3周前开始吃甲巯咪唑",
                "今天打电话说嗓子痛，发烧38.5，浑身没劲",
            ],
            _patient(13882, "female", ("hyperthyroidism",), pregnant=False),
            id="r86-zh-024",
        ),  # 中国甲状腺疾病诊治指南 / BNF thionamides: 服用甲巯咪唑出现咽痛、发热须立即停药并当天查血常规排除粒细胞缺乏。
        pytest.param(
            [
                "3天前看过右小腿酸的那个大哥，之前刚坐了20多个小时的车回来",
                "今天来了，右小腿比左边粗3.5cm，按着痛，有凹陷性水肿",
                "不胸痛不气短，HR 84 SpO2 98%",
            ],
            _patient(17590, "male", (), pregnant=None),
            id="r86-zh-026",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT with a likely Wells score needs a proximal leg vein ultrasound within 4 hours or interim anticoagulation, a same-day pathway.
        pytest.param(
            [
                "2岁男孩，发烧第5天了，前面来了两次都说是病毒感冒",
                "今天两只眼睛都红了但没眼屎，嘴唇红干裂，手脚有点肿，身上起了红疹",
                "T 39.2 精神还行 能喝奶",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r86-zh-033",
        ),  # NICE NG143 Fever in under 5s: fever for 5 days or more with features of Kawasaki disease (bilateral non-purulent conjunctival injection, red cracked lips, oedema of hands and feet, rash) needs same-day paediatric assessment.
        pytest.param(
            [
                "产后3周的那个女的，2天前来看乳腺炎，开了头孢",
                "今天还烧38.6，左边乳房外上那块硬块更大了，摸着有波动感，皮肤发红发亮",
                "还在喂奶",
            ],
            _patient(9790, "female", (), pregnant=False),
            id="r86-zh-036",
        ),  # NICE CKS Mastitis and breast abscess: a fluctuant tender breast lump or no improvement after 48 hours of antibiotics suggests breast abscess and needs same-day surgical referral for drainage.
        pytest.param(
            [
                "72岁阿姨，3天前因为头痛来过，给了止痛药",
                "今天说右边太阳穴梳头都痛，吃饭嚼一会下巴就酸得要停下来",
                "看东西没问题，没有重影，血沉还没查",
            ],
            _patient(26490, "female", ("hypertension",), pregnant=False),
            id="r86-zh-038",
        ),  # BSR guideline on giant cell arteritis (2020): new temporal headache with scalp tenderness and jaw claudication in someone over 50 needs same-day glucocorticoids and urgent specialist referral; visual loss would need emergency assessment.
        pytest.param(
            [
                "哮喘的小刘，34岁，昨天来看发作开了泼尼松，沙丁胺醇一直在用",
                "今天还是喘，PEF 280 (平时最好470)，能说完整句子",
                "RR 22 HR 104 SpO2 96%",
            ],
            _patient(12415, "male", ("asthma",), pregnant=None),
            id="r86-zh-041",
        ),  # BTS/SIGN British guideline on the management of asthma (2019): PEF 50-75% of best without severe features is a moderate exacerbation, and failure to improve after starting treatment needs same-day clinical review.
        pytest.param(
            [
                "吃华法林那个老李今天INR结果回来了：8.5",
                "打电话问了，没有出血，牙龈不出血，大便颜色正常，没摔跤",
            ],
            _patient(27890, "male", ("atrial fibrillation",), pregnant=None),
            id="r86-zh-043",
        ),  # BNF Warfarin / BSH guidance: INR above 8.0 without bleeding requires stopping warfarin and giving oral vitamin K1 1-5 mg the same day, with repeat INR within 24 hours.
        pytest.param(
            [
                "戴隐形眼镜那个姑娘，昨天说眼睛红，开了氯霉素眼药水",
                "今天右眼更痛了，怕光睁不开，看东西模糊，黑眼珠上好像有个小白点",
            ],
            _patient(8075, "female", (), pregnant=False),
            id="r86-zh-046",
        ),  # NICE CKS Red eye: suspected microbial keratitis in a contact lens wearer (pain, photophobia, reduced vision, corneal opacity) needs same-day ophthalmology referral.
        pytest.param(
            [
                "上周因为情绪低落来看的40岁男的，舍曲林吃了10天",
                "他老婆陪着来的，说他这两天更坐立不安了，晚上睡不着，跟老婆说有时候觉得活着没意思，想过不如死了",
                "问他有没有具体打算，说没有，家里人一直陪着",
            ],
            _patient(14690, "male", ("depression",), pregnant=None),
            id="r86-zh-048",
        ),  # NICE NG222 Depression in adults: new agitation or suicidal thoughts after starting an antidepressant need prompt review, and suicidal ideation without a plan in a supported person needs same-day mental health assessment rather than emergency transfer.
        pytest.param(
            [
                "80岁的钱大爷，前天诊断肺炎开的阿莫西林，吃了2天了",
                "今天还是烧38.7，咳黄痰，比前天更没劲了",
                "RR 22 HR 100 BP 132/78 SpO2 94% 人清楚",
            ],
            _patient(29210, "male", ("hypertension",), pregnant=None),
            id="r86-zh-050",
        ),  # NICE NG138 Pneumonia (community-acquired): reassess if symptoms do not improve as expected or worsen on antibiotics; with CRB65 of 1 (age only) this needs same-day face-to-face review to consider hospital assessment.
        pytest.param(
            [
                "3岁女孩，2天前来看咳嗽发烧，说是上感",
                "今天还烧38.9，呼吸快，数了一分钟46次，SpO2 94%",
                "能喝水，精神一般，叫她有反应，没有呻吟",
            ],
            _patient(1345, "female", (), pregnant=None),
            id="r86-zh-052",
        ),  # NICE NG143 Fever in under 5s: respiratory rate over 40/min at age 1-5 years and SpO2 95% or less in air are amber features needing same-day face-to-face clinical assessment.
        pytest.param(
            [
                "心衰的何奶奶，上周来复诊调了药",
                "女儿打电话说这三天体重长了2.5公斤，脚肿到小腿了，走路比以前喘",
                "晚上能平躺，坐着不喘，刚量SpO2 95%，HR 88",
            ],
            _patient(28895, "female", ("heart failure", "hypertension"), pregnant=False),
            id="r86-zh-054",
        ),  # ESC 2021 Guidelines for heart failure / NICE NG106: weight gain over 2 kg in 3 days with worsening oedema and exertional breathlessness indicates fluid overload needing same-day review to adjust diuretics.
        pytest.param(
            [
                "昨天被自家狗咬了小腿的那个大哥，清创打了狂犬疫苗",
                "今天伤口周围红肿热痛，红的范围越来越大，有点流脓，T 37.9",
                "走路还行，人精神",
            ],
            _patient(15510, "male", (), pregnant=None),
            id="r86-zh-056",
        ),  # NICE NG184 Human and animal bites: an infected dog bite needs prompt same-day assessment and antibiotic treatment (co-amoxiclav), with hospital referral if systemically unwell.
        pytest.param(
            [
                "3天前上环的那个女的，34岁",
                "今天说下腹痛，两边都痛，白带多有异味，T 38.1",
                "尿妊娠阴性，BP 118/76 HR 92",
            ],
            _patient(12600, "female", (), pregnant=False),
            id="r86-zh-058",
        ),  # FSRH Intrauterine contraception guideline / NICE CKS Pelvic inflammatory disease: pelvic pain, fever and abnormal discharge soon after IUD insertion suggest pelvic infection needing same-day assessment and antibiotics.
        pytest.param(
            [
                "孕36周的初产妇，上周产检血压130/80",
                "今天来说脚肿了，量BP 150/98，隔15分钟复测148/96，尿蛋白1+",
                "不头痛，看东西正常，上腹不痛，胎动好",
            ],
            _patient(11345, "female", (), pregnant=True),
            id="r86-zh-060",
        ),  # NICE NG133 Hypertension in pregnancy: new hypertension after 20 weeks with proteinuria (suspected pre-eclampsia) without severe features requires same-day assessment in secondary care.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "16yo girl, sore throat seen Mon, given amoxicillin. monospot came back positive today",
                "mum worried: since this morning red blotchy rash all over body, a bit itchy",
                "no lip or face swelling, breathing fine, eating ok",
            ],
            _patient(5940, "female", (), pregnant=False),
            id="r86-en-037",
        ),  # NICE CKS Glandular fever: a maculopapular rash after amoxicillin in infectious mononucleosis is common and not a true penicillin allergy; stop amoxicillin and continue symptomatic care.
        pytest.param(
            [
                "41F cough after a cold, seen on day 3. still coughing on day 10, keeping her up at night",
                "no fever, no SOB, no chest pain, sputum clear",
                "eating ok, otherwise well, non smoker",
            ],
            _patient(15165, "female", (), pregnant=False),
            id="r86-en-038",
        ),  # NICE NG120 Cough (acute): acute cough usually lasts 3-4 weeks; in someone not systemically unwell, self-care with no antibiotic is advised.
        pytest.param(
            [
                "3yo boy seen Mon with fever 39.2, viral, no abx",
                "today T 37.6 without paracetamol, eating more, running about",
                "still runny nose",
            ],
            _patient(1345, "male", (), pregnant=None),
            id="r86-en-039",
        ),  # NICE NG143 Fever in under 5s: a child with no amber or red features can be cared for at home with safety-netting; a settling temperature and normal activity are reassuring.
        pytest.param(
            [
                "2yo girl croup, dexamethasone here last night",
                "still barking cough tonight, hoarse, but no noisy breathing when she's resting, no sucking in, playing and drinking",
                "T 37.8",
            ],
            _patient(770, "female", (), pregnant=None),
            id="r86-en-040",
        ),  # NICE CKS Croup: mild croup (barking cough without stridor or recession at rest) after dexamethasone can be managed at home; the cough commonly persists for several days.
        pytest.param(
            [
                "55M new T2DM, started metformin 500mg bd 6 days ago",
                "loose stools 2-3x a day and some nausea, he takes the tablets before food",
                "no vomiting, no tummy pain, drinking fine",
            ],
            _patient(20225, "male", ("diabetes",), pregnant=None),
            id="r86-en-041",
        ),  # 中国2型糖尿病防治指南(2020年版): gastrointestinal side effects of metformin are common at initiation and usually transient, reduced by taking it with or after meals and by gradual dose titration.
        pytest.param(
            [
                "Mrs Qin 66 on amlodipine 10mg since last month",
                "both ankles puffy by evening, goes down overnight",
                "no SOB lying flat, no chest pain, BP 136/82",
            ],
            _patient(24390, "female", ("hypertension",), pregnant=False),
            id="r86-en-042",
        ),  # NICE CKS Hypertension / BNF amlodipine: dose-related ankle oedema is a common calcium-channel blocker side effect; with no features of heart failure it is reviewed at a routine appointment (dose reduction or switch).
        pytest.param(
            [
                "63M started atorvastatin 20 three wks ago",
                "complains aching thighs and shoulders, can still climb stairs fine",
                "urine normal colour, no weakness",
            ],
            _patient(23015, "male", ("hypertension",), pregnant=None),
            id="r86-en-043",
        ),  # NICE NG238 Cardiovascular disease: risk assessment and reduction 2023: muscle aches on a statin without weakness or dark urine need a routine CK check and review, not acute assessment.
        pytest.param(
            [
                "70F AF, started apixaban 2 wks ago",
                "noticed few bruises on shins and arm after bumping, gums bleed a little when brushing",
                "no blood in urine or stool, no black stool, no nosebleeds",
            ],
            _patient(25650, "female", ("atrial fibrillation",), pregnant=False),
            id="r86-en-044",
        ),  # EHRA 2021 Practical Guide on NOACs in AF: minor bleeding such as bruising or gum bleeding does not need acute care; continue the anticoagulant and review at a routine visit (renal function, interacting drugs).
        pytest.param(
            [
                "Mr Deng 59, started enalapril 5 wks ago",
                "dry tickly cough since, worse at night, wife can't sleep",
                "no fever, no SOB, no lip or tongue swelling",
            ],
            _patient(21765, "male", ("hypertension",), pregnant=None),
            id="r86-en-045",
        ),  # NICE NG136 Hypertension in adults: a persistent dry cough is a common ACE inhibitor adverse effect and is managed by switching to an ARB at a routine review.
        pytest.param(
            [
                "13mo boy had MMR 8 days ago",
                "today T 38.4 and pinkish spotty rash on body, a bit grumpy",
                "eating and drinking, wet nappies, rash fades when pressed",
            ],
            _patient(397, "male", (), pregnant=None),
            id="r86-en-046",
        ),  # UKHSA Green Book chapter 21 (measles): fever and a measles-like blanching rash 6-11 days after MMR are common, non-infectious and self-limiting.
        pytest.param(
            [
                "7yo boy bumped head at school yesterday, seen here, normal exam",
                "tonight says mild headache, went away after paracetamol, a bit tired",
                "no vomiting, talking normally, walking normally",
            ],
            _patient(2665, "male", (), pregnant=None),
            id="r86-en-047",
        ),  # NICE NG232 Head injury 2023: mild headache and tiredness in the days after a minor head injury are expected; return only with red flags such as vomiting, drowsiness or worsening headache.
        pytest.param(
            [
                "28M sharp pain left chest, seen 2 days ago after moving furniture, we said muscle",
                "still hurts when he twists and when we press on the ribs, same as before",
                "no SOB, HR 72, SpO2 99%, BP 122/76",
            ],
            _patient(10240, "male", (), pregnant=None),
            id="r86-en-048",
        ),  # NICE CKS Chest pain / Costochondritis: chest pain reproducible by palpation and movement after strain in a young adult with normal observations is musculoskeletal and managed with simple analgesia.
        pytest.param(
            [
                "4mo girl bronchiolitis, seen 2 days ago (day 2 then)",
                "mum says still coughing and snuffly, bit wheezy, worried it's getting worse",
                "feeding ~80% of normal, wet nappies fine, RR 44, SpO2 96%, no grunting or sucking in",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r86-en-049",
        ),  # NICE NG9 Bronchiolitis in children: symptoms peak around day 3-5 and cough may last 3 weeks; with feeding >75%, SpO2 >=92% and no respiratory distress the infant can be cared for at home with safety-netting.
        pytest.param(
            [
                "Mrs Bai 74, shingles right side of chest 6 wks ago, rash all healed",
                "still burning pain there, can't bear clothes touching, sleeping badly",
                "no new rash, otherwise well",
            ],
            _patient(27070, "female", (), pregnant=False),
            id="r86-en-050",
        ),  # NICE CG173 Neuropathic pain in adults: postherpetic neuralgia is treated with amitriptyline, duloxetine, gabapentin or pregabalin at a routine review.
        pytest.param(
            [
                "bloods back for 47F seen last week for tiredness: Hb 104, MCV 72, ferritin 7",
                "heavy periods for years",
                "no SOB at rest, HR 80, no blood in poo, no weight loss",
            ],
            _patient(17245, "female", (), pregnant=False),
            id="r86-en-051",
        ),  # NICE CKS Anaemia - iron deficiency: stable iron deficiency anaemia explained by menorrhagia in a premenopausal woman without red flags is treated with oral iron and routine follow-up.
        pytest.param(
            [
                "Mr Tan 60, started amlodipine 5 days ago, BP was 176/104",
                "today 168/102, mild headache this morning that went off",
                "no chest pain, no vision problems, no weakness, no SOB",
            ],
            _patient(22070, "male", ("hypertension",), pregnant=None),
            id="r86-en-052",
        ),  # NICE NG136 Hypertension in adults: clinic BP below 180/120 mmHg without symptoms or signs of target organ damage does not need same-day referral; treatment is titrated at routine follow-up.
        pytest.param(
            [
                "U&E back 2 wks after starting ramipril for Mrs Yang 58: K 5.5 (was 4.8), creat 96 (was 84)",
                "she feels fine",
                "diabetic too",
            ],
            _patient(21220, "female", ("hypertension", "diabetes"), pregnant=False),
            id="r86-en-053",
        ),  # NICE NG203 Chronic kidney disease: after starting an ACE inhibitor, potassium up to 6.0 mmol/L and a creatinine rise <30% are acceptable; continue and recheck routinely.
        pytest.param(
            [
                "G1 33wks, BP 144/94 at check 2 days ago, rechecked today 146/95",
                "urine protein 1+",
                "no headache, no vision problem, no pain under ribs, baby moving well",
            ],
            _patient(9700, "female", (), pregnant=True),
            id="r86-en-055",
        ),  # NICE NG133 Hypertension in pregnancy: new hypertension after 20 weeks with proteinuria is suspected pre-eclampsia needing same-day secondary care assessment; BP <160/110 without symptoms does not need immediate transfer.
        pytest.param(
            [
                "54M seen Mon with indigestion. now says 2 days ago had tight chest for 20 min while resting, went on its own",
                "no pain since, feels fine now. ECG here today normal",
                "smoker, BP 142/88",
            ],
            _patient(19830, "male", ("hypertension",), pregnant=None),
            id="r86-en-056",
        ),  # NICE CG95 Chest pain of recent onset: suspected ACS that is now pain-free with the last episode 12-72 hours ago is referred for same-day hospital assessment rather than as an emergency.
        pytest.param(
            [
                "9yo girl asthma, seen this morning for cough/wheeze, gave salbutamol + pred",
                "still wheezy this afternoon, using inhaler every 4 hrs, talking in full sentences",
                "SpO2 95%, HR 118, RR 26, PEF 60% of her best",
            ],
            _patient(3435, "female", ("asthma",), pregnant=None),
            id="r86-en-057",
        ),  # BTS/SIGN 158 British guideline on the management of asthma: SpO2 >=92%, PEF >=50% of best and full sentences in a child over 5 is moderate (not severe or life-threatening) acute asthma, treated and reassessed in primary care today.
        pytest.param(
            [
                "45F seen yesterday with ache behind right ear",
                "this morning right side of face droops, can't close right eye fully, can't raise right eyebrow either",
                "arms and legs fine, speech clear apart from the lip, no headache",
            ],
            _patient(16725, "female", (), pregnant=False),
            id="r86-en-058",
        ),  # NICE CKS Bell's palsy: isolated lower motor neurone facial weakness involving the forehead without limb or speech deficit is not a stroke; prednisolone should be started within 72 hours with eye protection, so assess the same day.
        pytest.param(
            [
                "Mr Luo 74, seen last wk for BP",
                "tells me yesterday afternoon his right hand went weak and he couldn't get his words out for about 15 min, then totally back to normal",
                "now fine, no weakness, speech normal, BP 150/88",
            ],
            _patient(27210, "male", ("hypertension", "diabetes"), pregnant=None),
            id="r86-en-059",
        ),  # NICE NG128 Stroke and TIA: suspected TIA with complete resolution of symptoms needs aspirin 300 mg and specialist assessment within 24 hours, not emergency stroke transfer.
        pytest.param(
            [
                "35M had flu last week (seen here), now sharp central chest pain for 2 days",
                "worse lying down and breathing in, better sitting forward",
                "T 37.6, HR 90, BP 128/80, SpO2 98%, no SOB",
            ],
            _patient(12875, "male", (), pregnant=None),
            id="r86-en-060",
        ),  # ESC 2015 Guidelines on pericardial diseases: suspected acute pericarditis without high-risk features (fever >38, tamponade, large effusion) needs same-day ECG and clinical assessment and can be managed as an outpatient with NSAID plus colchicine.
        pytest.param(
            [
                "上周来看感冒那个小伙子又打电话来了",
                "说咳嗽到今天第10天了还没好，担心是不是肺炎。不发烧，不喘，吃饭睡觉都正常，就是晚上咳几声",
            ],
            _patient(11780, "male", (), pregnant=None),
            id="r86-zh-003",
        ),  # NICE NG120 Cough (acute): a cough from a viral upper respiratory infection usually lasts about 3-4 weeks and, without systemic illness or red flags, is managed with self-care advice.
        pytest.param(
            [
                "昨天发烧39来看的那个3岁女孩，妈妈打电话说今天早上37.6了",
                "能跑能玩，早饭吃了半碗粥，尿也正常，问还要不要带来",
            ],
            _patient(1125, "female", (), pregnant=None),
            id="r86-zh-006",
        ),  # NICE NG143 Fever in under 5s: a child with only green features (normal colour, responding normally and playing, adequately hydrated) can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "14岁女孩，3天前嗓子痛开了阿莫西林",
                "今天EB病毒结果回来是阳性(传单)，现在身上起了一片片红疹子，有点痒",
                "嘴唇不肿，不喘，呼吸正常，精神跟之前差不多",
            ],
            _patient(5200, "female", (), pregnant=None),
            id="r86-zh-008",
        ),  # NICE CKS Glandular fever: a widespread maculopapular rash commonly appears when amoxicillin is given in infectious mononucleosis, it is not true penicillin allergy, so stop amoxicillin and continue self-care.
        pytest.param(
            [
                "高血压的王阿姨，3周前开的依那普利",
                "说最近老是干咳，喉咙痒，没有痰，不发烧不喘，BP 132/82",
            ],
            _patient(22645, "female", ("hypertension",), pregnant=False),
            id="r86-zh-011",
        ),  # 国家基层高血压防治管理指南 2020: 干咳是ACEI常见不良反应，不能耐受者可在随访时换用ARB，无需紧急处理。
        pytest.param(
            [
                "4个月女宝，昨天下午在我们这打的百白破和脊灰",
                "今天上午体温37.9-38.2，有点闹，吃奶跟平时差不多，尿布湿的也正常，打针的地方有点红",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r86-zh-014",
        ),  # WHO vaccine safety information on DTaP/IPV: low-grade fever, irritability and local redness within 24-48 hours of vaccination are common expected reactions managed at home in a well, feeding infant.
        pytest.param(
            [
                "上个月查的糖化结果回来了，赵师傅 HbA1c 8.9%",
                "二甲双胍一天1.5g吃了半年，没有口干多尿，没什么不舒服，空腹血糖8.2",
            ],
            _patient(19798, "male", ("diabetes",), pregnant=None),
            id="r86-zh-017",
        ),  # 中国2型糖尿病防治指南(2020年版): 二甲双胍单药治疗HbA1c未达标(>7%)者应在随访中联合第二种降糖药，属常规调整。
        pytest.param(
            [
                "前天开呋喃妥因的那个大姐打电话来问",
                "说今天尿的颜色变成深黄带点棕，有点吓到了。尿痛已经好多了，不发烧不腰痛",
            ],
            _patient(16458, "female", (), pregnant=False),
            id="r86-zh-019",
        ),  # BNF Nitrofurantoin: yellow or brown discolouration of urine is a known harmless side effect, so with improving symptoms the course is simply completed.
        pytest.param(
            [
                "4岁男孩两周前中耳炎，现在已经不痛不烧了",
                "妈妈说这两天叫他感觉有点听不太清，说耳朵里闷，精神吃饭都好",
            ],
            _patient(1660, "male", (), pregnant=None),
            id="r86-zh-022",
        ),  # NICE CG60 Otitis media with effusion in under 12s: glue ear after acute otitis media often resolves spontaneously, with active observation for 3 months before referral.
        pytest.param(
            [
                "上周查出贫血开了硫酸亚铁的那个孕妇，孕22周",
                "打电话说这几天大便是黑的，有点慌。不头晕，不肚子痛，没吐血，大便成形，不是柏油样的稀便",
            ],
            _patient(9630, "female", ("anaemia",), pregnant=True),
            id="r86-zh-025",
        ),  # BNF Oral iron: dark or black formed stools are an expected harmless effect of oral iron and, without melaena features or dizziness, need only reassurance.
        pytest.param(
            [
                "5岁小孩，前天中耳炎开的阿莫西林",
                "今天身上起了好多风团，一块一块的，特别痒",
                "嘴唇不肿，不咳不喘，说话呼吸都正常，没吐",
            ],
            _patient(1975, "female", (), pregnant=None),
            id="r86-zh-027",
        ),  # NICE CG183 Drug allergy: urticaria after starting a drug without airway, breathing or circulation involvement is a non-severe reaction, so the drug is stopped and the child reviewed the same day to document the reaction and choose alternative treatment.
        pytest.param(
            [
                "阿托伐他汀开了6周，复查肝功回来了",
                "ALT 72 (正常上限40)，AST 55，人没有不舒服，不黄，肌肉不痛",
            ],
            _patient(22080, "male", ("hypertension", "hyperlipidaemia"), pregnant=None),
            id="r86-zh-029",
        ),  # NICE NG238 Cardiovascular disease: risk assessment and reduction: do not stop a statin because of raised transaminases unless they exceed 3 times the upper limit of normal; recheck at routine follow-up.
        pytest.param(
            [
                "28岁小伙，前天因为胸口痛来过，心电图正常，说是肋软骨炎",
                "今天又来问，还是左边胸骨旁边一按就痛，转身也痛，是搬完东西以后开始的",
                "不气短，不出汗，HR 72 BP 118/76 SpO2 99%",
            ],
            _patient(10286, "male", (), pregnant=None),
            id="r86-zh-032",
        ),  # NICE CKS Costochondritis / chest pain: reproducible localised chest wall pain after exertion in a young man with a normal ECG and normal observations is benign and managed with simple analgesia and reassurance.
        pytest.param(
            [
                "上周新诊断高血压、开始吃氨氯地平5mg的陈大哥回来量血压",
                "今天152/96，说没头痛头晕，没胸闷，吃药也没啥不舒服",
            ],
            _patient(18361, "male", ("hypertension",), pregnant=None),
            id="r86-zh-034",
        ),  # 国家基层高血压防治管理指南 2020: 初始治疗后每2-4周随访调整药物直至达标，无症状且血压低于180/110 mmHg不需紧急处理。
        pytest.param(
            [
                "孕28周的小王，昨天来看感冒的",
                "今天又来，说晚上脚踝有点肿，早上起来就消了",
                "BP 116/72，尿蛋白阴性，不头痛，看东西正常",
            ],
            _patient(9135, "female", (), pregnant=True),
            id="r86-zh-037",
        ),  # NICE NG201 Antenatal care: dependent ankle oedema that resolves overnight is common in pregnancy and, with normal blood pressure and no proteinuria, needs no action beyond routine antenatal care.
        pytest.param(
            [
                "糖尿病的周阿姨，3天前因为哮喘发作开了强的松30mg",
                "今天测血糖22.4，说口干，尿多，人清楚，不吐，能喝水，尿酮阴性",
            ],
            _patient(24220, "female", ("diabetes", "asthma"), pregnant=False),
            id="r86-zh-039",
        ),  # JBDS Management of hyperglycaemia and steroid therapy / 中国2型糖尿病防治指南(2020年版): marked steroid-induced hyperglycaemia without ketosis or altered consciousness needs same-day review to adjust glucose-lowering treatment, not emergency transfer.
        pytest.param(
            [
                "62岁男的，前天说尿里有血来过，当时尿常规红细胞满视野",
                "今天说尿已经清了，不痛不发烧，没有尿频尿急，抽烟40年了",
            ],
            _patient(22910, "male", (), pregnant=None),
            id="r86-zh-042",
        ),  # NICE NG12 Suspected cancer: recognition and referral: unexplained visible haematuria without infection at age 45 or over warrants a suspected cancer pathway referral (appointment within 2 weeks), not same-day care.
        pytest.param(
            [
                "8岁小孩，昨天下午手背被蜜蜂蛰了来看过",
                "今天整个前臂都肿起来了，红，痒，有点热",
                "不发烧，呼吸正常，身上没起风团，精神挺好",
            ],
            _patient(3020, "male", (), pregnant=None),
            id="r86-zh-044",
        ),  # NICE CKS Insect bites and stings: large local reactions peaking at 24-48 hours are neither infection nor anaphylaxis and are managed with cold compresses, oral antihistamine and analgesia.
        pytest.param(
            [
                "吃格列齐特的孙大爷，今天早上没吃早饭就去地里干活，出汗心慌，测了3.6",
                "吃了两块糖，15分钟后测6.8，现在好了，人清楚",
                "以前没出现过",
            ],
            _patient(25153, "male", ("diabetes",), pregnant=None),
            id="r86-zh-047",
        ),  # ADA Standards of Care in Diabetes 2024 Section 6: level 1 hypoglycaemia (3.0-3.9 mmol/L) that resolves with 15 g of carbohydrate is self-treated, with the regimen and education reviewed at the next visit.
        pytest.param(
            [
                "出生第4天的男宝，前天来随访的时候脸有点黄",
                "今天妈妈说黄到肚子和大腿了，眼白也黄，吃奶还可以，一天换6-7片湿尿布，大便黄色",
                "精神还好，哭声响",
            ],
            _patient(4, "male", (), pregnant=None),
            id="r86-zh-049",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: a baby over 24 hours old with visible jaundice should have bilirubin measured within 6 hours; a well, feeding baby without danger signs is not an emergency transfer.
        pytest.param(
            [
                "慢阻肺的老周，3天前急性加重开了强的松和阿莫西林",
                "今天复诊说喘比那天好多了，痰也变白了",
                "SpO2 91%，他平时稳定的时候也就90-92，RR 20，说话连贯",
            ],
            _patient(26815, "male", ("copd",), pregnant=None),
            id="r86-zh-051",
        ),  # NICE NG115 COPD in over 16s: an exacerbation improving on treatment with oxygen saturation at the patient's known baseline can be managed at home with routine follow-up.
        pytest.param(
            [
                "58岁高度近视的阿姨，上周来看过说眼睛干",
                "今天早上开始右眼前面突然出现好多黑点飘来飘去，还看到闪光",
                "没有看到黑幕挡着，视力跟平时差不多，不痛",
            ],
            _patient(21175, "female", ("myopia",), pregnant=False),
            id="r86-zh-053",
        ),  # NICE CKS Retinal detachment: new-onset flashes and a shower of floaters without visual field loss need same-day ophthalmology assessment, not an ambulance.
        pytest.param(
            [
                "糖尿病肾病的吴阿姨，上个月加了缬沙坦，今天化验回来了",
                "钾6.1，肌酐跟上次差不多(148→156)",
                "电话问了，没心慌没乏力，都挺好",
            ],
            _patient(24895, "female", ("diabetes", "ckd", "hypertension"), pregnant=False),
            id="r86-zh-055",
        ),  # UK Kidney Association Hyperkalaemia guideline (2020) / NICE NG203: asymptomatic potassium 6.0-6.4 mmol/L is moderate hyperkalaemia needing same-day review, repeat testing and stopping the ARB, whereas 6.5 or above needs emergency assessment.
        pytest.param(
            [
                "2岁女孩，上周来看便秘开了乳果糖",
                "妈妈说今天拉的大便外面有一丝鲜红的血，拉的时候哭，肛门口看到一个小裂口",
                "不发烧，吃喝玩都正常，肚子不胀",
            ],
            _patient(830, "female", (), pregnant=None),
            id="r86-zh-057",
        ),  # NICE CG99 Constipation in children / NICE CKS Anal fissure: a streak of bright red blood with a visible fissure in a well constipated child is managed with laxatives and routine follow-up.
        pytest.param(
            [
                "1岁8个月的男孩，发烧第5天了，中间来过两次",
                "今天最高38.6，吃了退烧药能玩，能吃能喝，尿也还行",
                "眼睛不红，嘴唇不干裂，没有皮疹",
            ],
            _patient(608, "male", (), pregnant=None),
            id="r86-zh-059",
        ),  # NICE NG143 Fever in under 5s: fever lasting 5 days or more is an amber feature needing same-day face-to-face assessment (including for Kawasaki disease and serious bacterial infection), not emergency transfer.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
