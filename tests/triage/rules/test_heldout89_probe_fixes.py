# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-ninth held-out round (2026-12-07, at commit 51359e1: two reviewers, 120 cases of people
living with cancer or on its treatment: chemotherapy's fever, mucositis, diarrhoea and vomiting,
immunotherapy's colitis, hepatitis and rash, capecitabine's hands and feet, central lines and
ports, extravasation, radiotherapy, and the oncological emergencies (cord compression, SVC
obstruction, bleeding); and worries that are not emergencies; 12 emergencies, 24 same-day and 24
look-alikes a set). Before these fixes the rules found 10 of 12 and 8 of 12 emergencies, graded 11
of 24 and 11 of 24 same-day cases exactly (English, Chinese) and sent 0 and 3 look-alikes to
emergency. Missed: a febrile child on chemotherapy with a port (the child rules had no neutropenic
sepsis), cord compression told as 背上疼 and 尿不太出来 or "back has been sore ... hasn't passed water
since this morning", SVC obstruction with 脖子上的静脉鼓着 and stridor, a massive haemoptysis told as
一口一口的 小半碗, and ipilimumab colitis with blood, BP 92/58 and HR 112. Sent to emergency:
oxaliplatin's cold-induced tight throat read as anaphylaxis, and a lymphoma in remission for two
years read as immunosuppressed with a cold.

What changed: a febrile child on chemotherapy is neutropenic sepsis (NICE CG151); the UKONS
same-day toxicity rule (rules_after_treatment) now covers mouth ulcers, hand-foot syndrome, a line
cracked, leaking or red, extravasation, little urine and vomiting on treatment, and immune
checkpoint inhibitors (their diarrhoea and transaminases of 120 or more the same day, their colitis
with blood, a fast pulse or a low pressure an emergency: ESMO 2022, CSCO 2021); chemotherapy drug
names count as immunosuppression, and chemotherapy finished months or years ago does not;
oxaliplatin's cold dysaesthesia is read whole; chickenpox in someone immunosuppressed is the same
day (NICE CKS Chickenpox); a widespread rash on anticancer treatment is the same day; a headache
"worse each morning" is a raised-pressure headache. After: 12/12, 12/12; 24/24, 23/24;
look-alikes 24/24, 23/24.

Left: anaemia of Hb 68 with breathlessness on two flights of stairs (r89-zh-026) graded on the
severe anaemia rule's emergency; a head injury on rivaroxaban with GCS 15 (r89-zh-039; NICE
NG232's CT within 8 hours)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "54F breast ca, had her 3rd cycle of chemo (docetaxel) last Tues, so 8 days ago",
                "she rang, says she just feels a bit fluey and achy, took 2 paracetamol an hour ago. husband checked temp before that: 38.3",
                "no cough, no wee problems she says. asking if ok to just stay home and rest it off",
            ],
            _patient(19822, "female", ("breast cancer",), pregnant=False),
            id="r89-en-001",
        ),  # NICE CG151 Neutropenic sepsis: a temperature above 38°C in a person receiving anticancer treatment that can cause neutropenia is suspected neutropenic sepsis, an acute medical emergency needing immediate hospital assessment and empirical IV antibiotics within 1 hour.
        pytest.param(
            [
                "mum on the phone abt her son 3y, ALL, on maintenance chemo from the county hosp (daily tablets + monthly vincristine)",
                "hot since lunchtime, T 38.6 under the arm, sleepier than usual, drinking a little",
                "she wants to give ibuprofen and bring him in tmrw if still hot",
            ],
            _patient(1235, "male", ("acute lymphoblastic leukaemia",), pregnant=None),
            id="r89-en-002",
        ),  # NICE CG151 Neutropenic sepsis (applies to children and young people): fever over 38°C in a child receiving chemotherapy must be treated as suspected neutropenic sepsis and assessed in hospital immediately, with antibiotics within 1 hour.
        pytest.param(
            [
                "wife of 68M on the phone, prostate cancer spread to the bones, on the hormone injections",
                "she says his back has been sore 2 wks, now his legs feel 'heavy' and he's been stumbling since yesterday, she thinks it's from lying in bed so much",
                "also he hasn't passed water since this morning, says he doesnt feel the need",
            ],
            _patient(25021, "male", ("prostate cancer", "hypertension"), pregnant=None),
            id="r89-en-003",
        ),  # NICE NG234 Spinal metastases and MSCC (2023): a person with cancer and spinal pain who develops limb weakness, gait disturbance or bladder dysfunction has suspected metastatic spinal cord compression and needs immediate referral (contact MSCC coordinator immediately, MRI within 24 h).
        pytest.param(
            [
                "62M small cell lung ca, started chemo last month",
                "came in with face and neck very swollen since 2 days, veins on neck and chest standing out, can't lie flat",
                "noisy high-pitched breathing when he breathes in. SpO2 91% RA, RR 28, HR 110",
            ],
            _patient(22675, "male", ("lung cancer", "copd"), pregnant=None),
            id="r89-en-004",
        ),  # UK Acute Oncology initial management guidance (UKONS/ESMO oncological emergencies): superior vena cava obstruction with stridor or airway compromise is life-threatening and requires immediate hospital transfer for airway management, steroids and stenting.
        pytest.param(
            [
                "81F multiple myeloma, daughter brought her in",
                "vomiting 3 days, very thirsty, now muddled and drowsy, doesnt know where she is",
                "bloods from yesterday just phoned thru: corrected Ca 3.6, creat 168",
            ],
            _patient(29865, "female", ("multiple myeloma", "ckd"), pregnant=False),
            id="r89-en-005",
        ),  # Society for Endocrinology Emergency Guidance: acute hypercalcaemia (2016) and NICE CKS Hypercalcaemia: adjusted calcium above 3.4-3.5 mmol/L or hypercalcaemia with confusion/drowsiness needs emergency admission for IV fluids and bisphosphonate.
        pytest.param(
            [
                "58M melanoma on ipilimumab + nivolumab, last dose 2 wks ago",
                "diarrhoea 4 days, today 9-10 watery stools, some blood in it, crampy belly pain",
                "BP 92/58, HR 112, dizzy when he stands",
            ],
            _patient(21247, "male", ("melanoma",), pregnant=None),
            id="r89-en-006",
        ),  # ESMO Clinical Practice Guideline on immune checkpoint inhibitor toxicities (Haanen 2022): grade 3-4 colitis (≥7 stools/day over baseline, blood, haemodynamic compromise) requires hospital admission and IV methylprednisolone.
        pytest.param(
            [
                "49F ovarian ca on carbo/taxol",
                "sudden SOB this afternoon with sharp pain R side chest when she breathes in",
                "HR 118, SpO2 90% RA, BP 104/70, no fever, denies cough",
            ],
            _patient(18045, "female", ("ovarian cancer",), pregnant=False),
            id="r89-en-007",
        ),  # NICE NG158 Venous thromboembolic diseases (2020): suspected pulmonary embolism (active cancer, sudden pleuritic pain, tachycardia, hypoxia) requires immediate hospital assessment; hypoxia and tachycardia make this a medical emergency.
        pytest.param(
            [
                "45M on pembrolizumab for lung ca for 4 months, never had diabetes",
                "2 days very thirsty and peeing a lot, vomiting since last night, tummy ache",
                "finger glucose 27.9, urine ketones +++, breathing deep and fast",
            ],
            _patient(16655, "male", ("lung cancer",), pregnant=None),
            id="r89-en-008",
        ),  # ESMO immunotherapy toxicity guideline (2022) and JBDS DKA guideline: immune checkpoint inhibitor-induced insulin-deficient diabetes often presents as diabetic ketoacidosis, which requires emergency hospital treatment.
        pytest.param(
            [
                "son called for his dad 72M, stomach cancer, on chemo tablets",
                "vomited dark brown stuff like coffee grounds twice today and passed black sticky stool",
                "our doc went: pale, sweaty, BP 88/50, HR 124",
            ],
            _patient(26298, "male", ("gastric cancer",), pregnant=None),
            id="r89-en-009",
        ),  # NICE CG141 Acute upper gastrointestinal bleeding: haematemesis and melaena with shock (hypotension, tachycardia) requires immediate resuscitation and hospital admission.
        pytest.param(
            [
                "60M non-hodgkin lymphoma, had 1st cycle R-CHOP at city hospital 2 days ago, home now",
                "complains muscle cramps and palpitations, passing much less urine",
                "labs we drew this morning: K 6.8, creat 245 (90 last week), urate 720, phos 2.1",
            ],
            _patient(21999, "male", ("lymphoma", "diabetes"), pregnant=None),
            id="r89-en-010",
        ),  # BSH guideline on tumour lysis syndrome (2015) and UK Kidney Association hyperkalaemia guideline (2020): laboratory TLS with AKI and potassium ≥6.5 mmol/L is severe hyperkalaemia needing emergency hospital treatment.
        pytest.param(
            [
                "67M stage 3 lung ca, had chemoradiation and now on durvalumab",
                "breathless at rest since 2 days, dry cough, can't finish a sentence",
                "SpO2 88% RA, RR 30, T 37.6",
            ],
            _patient(24705, "male", ("lung cancer", "atrial fibrillation"), pregnant=None),
            id="r89-en-011",
        ),  # ESMO immune checkpoint inhibitor toxicity guideline (2022): grade 3-4 pneumonitis (breathless at rest, hypoxia needing oxygen) requires hospital admission and IV high-dose corticosteroids.
        pytest.param(
            [
                "husband phoning about his wife 33y, 24 wks pregnant, having chemo for breast ca, last dose 9 days ago",
                "says she's just very tired and shivery, no fever, thermometer says 36.1",
                "our nurse went round: pulse 128, BP 84/52, clammy, slow to answer questions",
            ],
            _patient(12110, "female", ("breast cancer",), pregnant=True),
            id="r89-en-012",
        ),  # NICE CG151 Neutropenic sepsis and RCOG Green-top 64a Sepsis in pregnancy: signs of sepsis (tachycardia, hypotension, altered mental state) after chemotherapy indicate neutropenic sepsis even without fever and require immediate hospital treatment.
        pytest.param(
            [
                "52岁女，乳腺癌术后在市医院化疗，上周四打的第3次（多西他赛+环磷酰胺）",
                "今天下午开始发冷，刚测T 38.6，HR 104，BP 112/70，说就是没劲，不咳嗽，没拉肚子",
            ],
            _patient(19120, "female", ("breast cancer",), pregnant=False),
            id="r89-zh-001",
        ),  # NICE CG151 Neutropenic sepsis: anyone receiving anticancer treatment who develops fever ≥38°C must be suspected of neutropenic sepsis and referred immediately to acute care for empirical IV antibiotics within 1 hour; 中国肿瘤化疗相关中性粒细胞减少发热诊治专家共识 likewise treats fever after chemotherapy as a medical emergency.
        pytest.param(
            [
                "王家小孩妈妈打电话，孩子白血病在省儿童医院化疗，身上有输液港",
                "说孩子有点热，量了38.5，刚吃了饭，还在玩，精神还行，问能不能先在家吃点退烧药看看",
            ],
            _patient(1295, "male", ("acute lymphoblastic leukaemia",), pregnant=None),
            id="r89-zh-002",
        ),  # NICE CG151 Neutropenic sepsis (children and young people): a child receiving chemotherapy with fever must be treated as suspected neutropenic sepsis with immediate hospital assessment and empirical antibiotics within 1 hour, however well the child appears.
        pytest.param(
            [
                "李大爷家属来问，就是前列腺癌骨转移那个",
                "这半个月背上疼，这两天说腿没劲，走路要人扶，昨天下午到现在尿不太出来，小肚子胀",
                "家里人以为是前列腺老毛病又犯了",
            ],
            _patient(
                27070, "male", ("prostate cancer", "bone metastases", "hypertension"), pregnant=None
            ),
            id="r89-zh-003",
        ),  # NICE NG234 Spinal metastases and metastatic spinal cord compression (2023): a person with cancer and spinal pain plus neurological symptoms such as limb weakness or bladder dysfunction has suspected MSCC and needs immediate contact with the MSCC team and emergency MRI/transfer.
        pytest.param(
            [
                "肺癌病人63岁，这几天脸和脖子越来越肿，今天说喘不上气，躺不下去",
                "说话声音哑，吸气时喉咙有呼呼的响声，SpO2 89%，脖子上的静脉鼓着",
            ],
            _patient(23295, "male", ("lung cancer", "copd"), pregnant=None),
            id="r89-zh-004",
        ),  # UKONS/UK Acute Oncology initial management guidance on superior vena cava obstruction: SVCO with stridor, laryngeal oedema or respiratory compromise is a life-threatening oncological emergency requiring immediate hospital transfer.
        pytest.param(
            [
                "女儿说她妈这几天老是睡，叫醒了说话颠三倒四，估计是累着了",
                "乳腺癌骨转移的，化验单念一下：血钙 3.62 mmol/L，肌酐 148",
                "这几天口渴喝水多，还吐了两次",
            ],
            _patient(24865, "female", ("breast cancer", "bone metastases"), pregnant=False),
            id="r89-zh-005",
        ),  # NICE CKS Hypercalcaemia: adjusted calcium >3.5 mmol/L or hypercalcaemia with confusion/drowsiness requires emergency hospital admission for IV fluids and bisphosphonate.
        pytest.param(
            [
                "pt在打帕博利珠单抗，已经打了4次了",
                "家属说可能是感冒了，最近一周干咳，今天走几步就喘",
                "静坐SpO2 87%，RR 28，T 37.4",
            ],
            _patient(24100, "male", ("lung cancer", "hypertension"), pregnant=None),
            id="r89-zh-006",
        ),  # ESMO Clinical Practice Guideline on immunotherapy toxicities (2022): immune-related pneumonitis grade 3–4 (severe dyspnoea, hypoxia) requires immediate hospitalisation and IV methylprednisolone.
        pytest.param(
            [
                "45岁男，淋巴瘤，前天刚在县医院做了第一次化疗就回家了",
                "今天尿很少，说腿抽筋、恶心、心慌",
                "今天抽的血结果出来了：K 6.8，肌酐 260，尿酸 780",
            ],
            _patient(16625, "male", ("lymphoma",), pregnant=None),
            id="r89-zh-007",
        ),  # British Society for Haematology guideline on tumour lysis syndrome (Jones 2015): clinical TLS with acute kidney injury and potassium ≥6 mmol/L after starting chemotherapy is life-threatening and needs immediate hospital treatment.
        pytest.param(
            [
                "刚才家属打电话，老爷子肺癌，说在咳血，一口一口的，已经吐了小半碗了，还在咳",
                "人还清醒，脸发白",
            ],
            _patient(26135, "male", ("lung cancer",), pregnant=None),
            id="r89-zh-008",
        ),  # 咯血诊治专家共识(2020): 大咯血(一次咯血量≥100 ml 或24小时>500 ml)及持续咯血可致窒息和失血性休克，须立即抢救并转运至有条件的医院。
        pytest.param(
            [
                "卵巢癌，右胳膊PICC，这两天右手臂有点肿",
                "刚才上厕所回来突然喘，右边胸口疼，HR 122，SpO2 90%，BP 102/64",
            ],
            _patient(20895, "female", ("ovarian cancer",), pregnant=False),
            id="r89-zh-009",
        ),  # NICE NG158 Venous thromboembolic diseases (2020): suspected pulmonary embolism with sudden dyspnoea, pleuritic chest pain, tachycardia and hypoxia needs immediate hospital assessment; cancer and a central venous catheter are major risk factors.
        pytest.param(
            [
                "黑色素瘤，在用免疫治疗（纳武+伊匹）",
                "这几天口干喝很多水，尿多，今天吐了好几次，喘气又深又快",
                "指尖血糖测不出（HI），尿酮 +++",
            ],
            _patient(20105, "male", ("melanoma",), pregnant=None),
            id="r89-zh-010",
        ),  # ESMO immunotherapy toxicity guideline (2022) and 中国高血糖危象诊断与治疗指南: checkpoint-inhibitor-induced insulin-deficient diabetes can present as diabetic ketoacidosis, which requires immediate hospital treatment.
        pytest.param(
            [
                "今天上午来卫生室冲的输液港，冲完回家一个多小时",
                "家属打电话说人在发抖，盖两床被子还冷，T 39.2",
                "上门量了BP 84/52，HR 128",
            ],
            _patient(21915, "female", ("colorectal cancer",), pregnant=False),
            id="r89-zh-011",
        ),  # NICE NG51 Sepsis: suspected infection (here rigors after flushing a central venous port) with systolic BP ≤90 mmHg is a high-risk criterion requiring emergency transfer and immediate treatment.
        pytest.param(
            [
                "肾癌在打纳武利尤单抗，这三天拉肚子",
                "一天十来次，有血和黏液，肚子疼",
                "BP 86/54，HR 116，站起来就晕",
            ],
            _patient(25435, "male", ("renal cell carcinoma", "diabetes"), pregnant=None),
            id="r89-zh-012",
        ),  # ESMO immunotherapy toxicity guideline (2022): immune-related colitis grade 3–4 (≥7 stools/day over baseline, bloody, with haemodynamic compromise) requires immediate hospitalisation and IV corticosteroids.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "67F colon ca on capecitabine tabs, cycle 2 day 9",
                "loose stools 5-6 times a day since yesterday, normally goes once",
                "no blood, T 36.8, drinking ok, BP 124/78, HR 88",
                "still taking the tablets, asks if ok to carry on",
            ],
            _patient(24635, "female", ("colorectal cancer", "diabetes"), pregnant=False),
            id="r89-en-013",
        ),  # Capecitabine SmPC and UKONS 24-hour triage tool: grade 2 diarrhoea (4-6 stools/day over baseline) means stopping capecitabine and contacting the oncology team for assessment that day.
        pytest.param(
            [
                "52M bowel ca on FOLFOX, pump came off 6 days ago",
                "mouth very sore, few ulcers inside cheeks, only managing soft food, drinking ok",
                "T 37.0, no other complaints",
            ],
            _patient(19013, "male", ("colorectal cancer",), pregnant=None),
            id="r89-en-014",
        ),  # UKONS triage tool and MASCC/ISOO mucositis guideline: grade 2 oral mucositis (ulcers, able to eat only modified diet) during chemotherapy needs same-day clinical review with blood count and analgesia.
        pytest.param(
            [
                "routine bloods back for 63F on pembrolizumab (melanoma): ALT 168 (ref <40), AST 140, bili 14, ALP normal",
                "last month ALT was 32",
                "she feels fine, not yellow, no tummy pain",
            ],
            _patient(23205, "female", ("melanoma", "hypothyroidism"), pregnant=False),
            id="r89-en-015",
        ),  # ESMO immune checkpoint inhibitor toxicity guideline (2022): grade 2 hepatitis (ALT 3-5x ULN) requires withholding the checkpoint inhibitor and prompt oncology review with repeat LFTs within days.
        pytest.param(
            [
                "38M testicular ca, finished 5-day BEP cycle yesterday",
                "vomited 5 times since last night despite the ondansetron and dex they sent home",
                "keeping small sips down, still passing urine, T 36.9, HR 96",
            ],
            _patient(13990, "male", ("testicular cancer",), pregnant=None),
            id="r89-en-016",
        ),  # UKONS 24-hour triage tool and MASCC/ESMO antiemetic guideline: grade 2 chemotherapy-induced vomiting (3-5 episodes in 24 h) despite antiemetics needs same-day assessment and antiemetic escalation.
        pytest.param(
            [
                "57F pancreatic ca, has a PICC in her R arm for gemcitabine",
                "R upper arm swollen since 2 days, feels tight and achy, arm looks bigger than the left",
                "no SOB, no chest pain, SpO2 98%, T 36.7, line still flushes",
            ],
            _patient(20893, "female", ("pancreatic cancer",), pregnant=False),
            id="r89-en-017",
        ),  # NICE NG158 VTE and BSH/ASCO catheter-related thrombosis guidance: suspected upper limb DVT related to a PICC needs same-day Doppler ultrasound or interim anticoagulation.
        pytest.param(
            [
                "61F on herceptin for breast ca (had epirubicin before it)",
                "past 2 wks more breathless walking, now needs 3 pillows at night, ankles swollen",
                "SpO2 95%, HR 94 regular, BP 132/80, crackles at both bases, no chest pain",
            ],
            _patient(22405, "female", ("breast cancer", "hypertension"), pregnant=False),
            id="r89-en-018",
        ),  # ESC 2022 Cardio-oncology guideline: symptomatic heart failure during trastuzumab therapy requires interruption of trastuzumab and prompt cardiology/oncology assessment with echocardiography.
        pytest.param(
            [
                "74M CLL on ibrutinib",
                "palpitations since this morning, pulse irregular around 112",
                "BP 134/82, no chest pain, not breathless at rest, not dizzy",
            ],
            _patient(
                27320, "male", ("chronic lymphocytic leukaemia", "hypertension"), pregnant=None
            ),
            id="r89-en-019",
        ),  # NICE NG196 Atrial fibrillation and ESC 2022 Cardio-oncology guideline: new-onset AF without haemodynamic instability needs same-day ECG and assessment; ibrutinib-associated AF needs rate control and bleeding-aware anticoagulation decisions with haematology.
        pytest.param(
            [
                "55M melanoma, had 4 cycles ipi/nivo, last one 3 wks ago",
                "headache every day for a week, wiped out, off his food, no vomiting",
                "BP 106/68, HR 84, alert, vision ok. today's bloods Na 129, glucose 4.1",
            ],
            _patient(20087, "male", ("melanoma",), pregnant=None),
            id="r89-en-020",
        ),  # ESMO immunotherapy toxicity guideline (2022) and Society for Endocrinology ICI endocrinopathy guidance: suspected hypophysitis/secondary adrenal insufficiency (headache, fatigue, hyponatraemia) without shock needs same-day cortisol testing and steroid replacement.
        pytest.param(
            [
                "70F on atezolizumab for lung ca",
                "diarrhoea 3 days, 5 loose stools a day, usually once a day",
                "no blood, mild crampy pain, eating and drinking, T 36.6, BP 128/76",
            ],
            _patient(25740, "female", ("lung cancer", "copd"), pregnant=False),
            id="r89-en-021",
        ),  # ESMO immune checkpoint inhibitor toxicity guideline (2022): grade 2 diarrhoea/colitis (4-6 stools/day over baseline) requires withholding immunotherapy and same-day oncology review, with oral steroids if persisting.
        pytest.param(
            [
                "66M kidney ca on nivolumab for 5 months",
                "new dry cough 10 days, now breathless going upstairs which he wasnt before",
                "SpO2 94% RA (98% last visit), RR 20, T 36.8, chest sounds mostly clear",
            ],
            _patient(24145, "male", ("kidney cancer", "diabetes"), pregnant=None),
            id="r89-en-022",
        ),  # ESMO immune checkpoint inhibitor toxicity guideline (2022): suspected grade 2 pneumonitis (new symptoms limiting activity, no hypoxia at rest) requires withholding the drug, chest imaging and oncology review promptly.
        pytest.param(
            [
                "71F on capecitabine for breast ca",
                "soles of feet red, peeling, 2 blisters, says it hurts to walk, using a stick now",
                "hands red and sore as well. no fever",
            ],
            _patient(26190, "female", ("breast cancer", "hypertension"), pregnant=False),
            id="r89-en-023",
        ),  # Capecitabine SmPC and UKONS triage tool: grade 3 hand-foot syndrome (blistering, pain limiting self-care) requires stopping capecitabine and contacting the oncology team the same day.
        pytest.param(
            [
                "68M lymphoma on R-CHOP, cycle 4 was 2 wks ago",
                "painful blistery rash R side of chest in a band, started yesterday",
                "T 37.1, otherwise feels ok",
            ],
            _patient(24850, "male", ("lymphoma",), pregnant=None),
            id="r89-en-024",
        ),  # NICE CKS Shingles: people who are immunocompromised (e.g. on chemotherapy) with shingles need antiviral treatment started promptly and same-day specialist advice because of the risk of dissemination.
        pytest.param(
            [
                "baby girl 10 mths, having chemo for neuroblastoma, has a central line in her chest (broviac)",
                "mum says the tube has a crack near the end and it's leaking, vest is wet",
                "baby happy, feeding well, T 36.8",
            ],
            _patient(305, "female", ("neuroblastoma",), pregnant=None),
            id="r89-en-025",
        ),  # RCN Standards for infusion therapy and CCLG central venous catheter guidance: a damaged tunnelled central line must be clamped between the damage and the child and repaired or replaced by the treating team the same day because of infection and air embolism risk.
        pytest.param(
            [
                "64M having radiotherapy + weekly chemo for oesophagus ca, week 4",
                "can't swallow anything since yesterday, even water hurts, spitting out saliva",
                "passed a little dark urine today. BP 108/70, HR 102, alert",
            ],
            _patient(23530, "male", ("oesophageal cancer",), pregnant=None),
            id="r89-en-026",
        ),  # UKONS triage tool and radiotherapy acute toxicity guidance: oesophagitis during chemoradiation with inability to take oral fluids and signs of dehydration needs same-day assessment for IV fluids and analgesia.
        pytest.param(
            [
                "58F finished radiotherapy to L lung 7 wks ago",
                "past week dry cough, more SOB on walking, low grade temp 37.4",
                "SpO2 94% RA, RR 20, talking in full sentences",
            ],
            _patient(21392, "female", ("lung cancer",), pregnant=False),
            id="r89-en-027",
        ),  # Radiation pneumonitis guidance (RCR/ESMO): new cough and breathlessness 1-6 months after thoracic radiotherapy with a drop in saturation needs same-day medical assessment, chest imaging and consideration of steroids.
        pytest.param(
            [
                "50F breast ca with brain mets, had whole brain radiotherapy 2 months ago, dex being tapered, stopped last week",
                "headaches worse each morning for 4 days, vomited once this morning, better later in the day",
                "alert, talking normally, no new weakness, GCS 15",
            ],
            _patient(18390, "female", ("breast cancer",), pregnant=False),
            id="r89-en-028",
        ),  # NICE NG99 Brain tumours and metastases / UK acute oncology guidance: symptoms of raised intracranial pressure in a person with brain metastases after steroid withdrawal need same-day assessment and restarting dexamethasone, with emergency transfer only if consciousness falls.
        pytest.param(
            [
                "bloods back for 69M small cell lung ca: Na 125 (133 two wks ago)",
                "a bit nauseous and tired, no vomiting, not confused, walking about",
                "no new medicines",
            ],
            _patient(25265, "male", ("lung cancer",), pregnant=None),
            id="r89-en-029",
        ),  # Society for Endocrinology Emergency Guidance: acute hyponatraemia (2016): moderate hyponatraemia (Na 125-129) with mild symptoms, likely SIADH from small cell lung cancer, needs same-day assessment; only severe symptoms (vomiting, seizures, reduced consciousness) need emergency treatment.
        pytest.param(
            [
                "77F ovarian ca, had fluid drained from R lung 3 wks ago",
                "breathing worse again over last week, now SOB walking to the toilet",
                "SpO2 93% RA, RR 24, reduced air entry R base, speaking full sentences, T 36.5",
            ],
            _patient(28120, "female", ("ovarian cancer", "heart failure"), pregnant=False),
            id="r89-en-030",
        ),  # BTS Guideline for pleural disease (2023): a symptomatic recurrent malignant pleural effusion needs prompt (same-day) specialist assessment for drainage or indwelling pleural catheter.
        pytest.param(
            [
                "62M bladder ca on gem/cis, pre-chemo bloods today: Hb 71 (was 98), plt 160, neut 2.1",
                "SOB on stairs, very tired, HR 98, BP 118/72",
                "no chest pain, no black stools",
            ],
            _patient(22920, "male", ("bladder cancer", "hypertension"), pregnant=None),
            id="r89-en-031",
        ),  # UKONS triage tool and NICE NG24 Blood transfusion: symptomatic chemotherapy-related anaemia with Hb below 70-80 g/L needs same-day review to arrange transfusion.
        pytest.param(
            [
                "28F, 26 weeks pregnant, having chemo for hodgkin's",
                "L calf swollen and painful since yesterday, about 3cm bigger than the R",
                "no chest pain, no SOB, SpO2 99%, HR 90",
            ],
            _patient(10420, "female", ("hodgkin lymphoma",), pregnant=True),
            id="r89-en-032",
        ),  # RCOG Green-top 37b Thromboembolic disease in pregnancy: suspected DVT in pregnancy requires same-day compression ultrasound and LMWH started until DVT is excluded.
        pytest.param(
            [
                "45F breast ca, finished chemo 5 months ago, port still in (flushed monthly)",
                "skin over the port red, warm and sore, red patch about 4 cm, started 2 days ago",
                "T 37.3, feels ok otherwise",
            ],
            _patient(16485, "female", ("breast cancer",), pregnant=False),
            id="r89-en-033",
        ),  # IDSA catheter-related infection guideline and RCN infusion standards: port pocket/exit-site infection needs same-day medical assessment, blood cultures and antibiotics with the line team.
        pytest.param(
            [
                "dad called, 7yo son with leukaemia on maintenance tablets",
                "few itchy spots on tummy and face since this morning, look like chickenpox, there is chickenpox at his school",
                "no fever, playing normally",
            ],
            _patient(2705, "male", ("acute lymphoblastic leukaemia",), pregnant=None),
            id="r89-en-034",
        ),  # UKHSA Green Book ch.34 / CCLG guidance on varicella in immunocompromised children: chickenpox in a child on chemotherapy needs same-day hospital assessment for IV aciclovir because of the risk of disseminated varicella.
        pytest.param(
            [
                "73M lung ca with brain mets, on dexamethasone 8mg for 3 wks, T2DM on metformin",
                "sugars 18-22 last 2 days, very thirsty, peeing a lot",
                "no vomiting, alert, blood ketones 0.3, BP 138/84",
            ],
            _patient(26745, "male", ("lung cancer", "diabetes"), pregnant=None),
            id="r89-en-035",
        ),  # JBDS-IP Management of hyperglycaemia and steroid (glucocorticoid) therapy (2021): persistent glucose above 12 mmol/L on steroids needs treatment escalation (gliclazide or insulin) that day; admission only if ketotic, HHS or unwell.
        pytest.param(
            [
                "56F breast ca, got epirubicin through a drip in L forearm yesterday at county hosp",
                "today the area near the drip site is red, swollen, burning pain, about the size of a palm",
                "no fever, arm moves ok",
            ],
            _patient(20690, "female", ("breast cancer",), pregnant=False),
            id="r89-en-036",
        ),  # ESMO-EONS Clinical Practice Guidelines on extravasation (2012): suspected anthracycline extravasation is a vesicant injury that needs prompt same-day specialist (oncology/plastics) management.
        pytest.param(
            [
                "在打卡瑞利珠单抗的刘阿姨，这4天大便比平时多4-5次，稀的",
                "没血，肚子有点隐痛，能吃能喝，T 36.8，BP 118/74，HR 80",
            ],
            _patient(22365, "female", ("lung cancer",), pregnant=False),
            id="r89-zh-013",
        ),  # ESMO immunotherapy toxicity guideline (2022) / CSCO免疫检查点抑制剂相关的毒性管理指南: grade 2 immune-related diarrhoea (4–6 stools/day over baseline) requires holding the ICI and same-day oncology contact with consideration of oral corticosteroids.
        pytest.param(
            [
                "复查肝功出来了：ALT 286，AST 240，总胆红素18（正常）",
                "在打信迪利单抗，上次打是两周前，人说有点乏，不黄，不疼，吃饭还行",
            ],
            _patient(21340, "male", ("lung cancer",), pregnant=None),
            id="r89-zh-014",
        ),  # ESMO immunotherapy toxicity guideline (2022): grade 3 immune-related hepatitis (ALT >5×ULN) requires the ICI to be stopped and high-dose corticosteroids started promptly after same-day specialist assessment.
        pytest.param(
            [
                "打免疫（伊匹木单抗）的老张，这一周头一直疼，没劲，胃口差",
                "电解质 Na 129，K 4.2；BP 108/68，HR 84，人清醒，看东西没问题",
            ],
            _patient(21835, "male", ("melanoma",), pregnant=None),
            id="r89-zh-015",
        ),  # Society for Endocrinology Endocrine Emergency Guidance on checkpoint-inhibitor endocrinopathies (2018): suspected hypophysitis with headache, fatigue and hyponatraemia in a haemodynamically stable patient needs same-day cortisol testing and steroid start; shock would make it an emergency.
        pytest.param(
            [
                "宫颈癌同步放化疗，顺铂打完第2天，今天吐了4次",
                "能喝几口水，止吐药吃下去又吐了一次，尿还有，T 36.9，BP 120/76",
            ],
            _patient(17597, "female", ("cervical cancer",), pregnant=False),
            id="r89-zh-016",
        ),  # UKONS 24-hour oncology triage tool: several (2–5) vomiting episodes in 24 hours during anticancer treatment is amber, needing same-day clinical review; ≥6 episodes or unable to keep fluids down is red.
        pytest.param(
            [
                "吃卡培他滨的老人，这两天一天拉5-6次水样便，比平时多4次左右",
                "没血，能喝水，T 36.6，BP 128/80，不晕",
            ],
            _patient(25680, "male", ("colorectal cancer", "hypertension"), pregnant=None),
            id="r89-zh-017",
        ),  # UKONS 24-hour triage tool and capecitabine SmPC: diarrhoea 4–6 stools/day over baseline (grade 2) is amber; capecitabine must be interrupted and the oncology team contacted the same day.
        pytest.param(
            [
                "鼻咽癌化疗中，PICC在左胳膊",
                "从昨天开始左胳膊肿，比右边粗一圈，有点胀疼",
                "不喘，胸口不疼，SpO2 98%，穿刺点干净",
            ],
            _patient(16270, "male", ("nasopharyngeal carcinoma",), pregnant=None),
            id="r89-zh-018",
        ),  # INS Infusion Therapy Standards of Practice (2021) and NICE NG158: unilateral arm swelling with a PICC suggests catheter-related upper-limb DVT, needing same-day ultrasound and anticoagulation decision; no chest symptoms so not an emergency.
        pytest.param(
            [
                "乳腺癌化疗中，今天来换敷料，看到PICC穿刺点发红，按了一下有一点脓",
                "红的范围1厘米左右，T 36.9，人好好的，没发冷",
            ],
            _patient(13910, "female", ("breast cancer",), pregnant=False),
            id="r89-zh-019",
        ),  # INS Infusion Therapy Standards of Practice (2021) / WS/T 433-2013静脉治疗护理技术操作规范: purulent PICC exit-site infection needs swab and same-day review by the treating team for antibiotics and line decision; fever or rigors would indicate bloodstream infection.
        pytest.param(
            [
                "孕24周，孕期查出乳腺癌，在市医院做化疗",
                "左小腿这两天肿、疼，比右边粗2cm",
                "不喘，胸不疼，HR 88，SpO2 99%，BP 110/70",
            ],
            _patient(12225, "female", ("breast cancer",), pregnant=True),
            id="r89-zh-020",
        ),  # RCOG Green-top Guideline 37b: suspected DVT in pregnancy requires same-day compression duplex ultrasound with LMWH started until the diagnosis is excluded; no features of PE.
        pytest.param(
            [
                "骨髓瘤的病人，化验回来校正钙 3.05 mmol/L",
                "这几天口渴、便秘、胃口差，人清楚，对答好，BP 126/78",
            ],
            _patient(24735, "male", ("multiple myeloma",), pregnant=None),
            id="r89-zh-021",
        ),  # NICE CKS Hypercalcaemia: symptomatic moderate hypercalcaemia (adjusted Ca 3.0–3.5 mmol/L) in malignancy needs same-day hospital assessment for IV fluids/bisphosphonate; >3.5 or confusion would be an emergency.
        pytest.param(
            [
                "吃奥希替尼的肺癌病人，这两周后背（肩胛骨中间）越来越疼",
                "晚上疼得睡不着，咳嗽时更疼",
                "腿有劲，自己能走，大小便正常，没有麻木",
            ],
            _patient(23690, "female", ("lung cancer", "osteoporosis"), pregnant=False),
            id="r89-zh-022",
        ),  # NICE NG234 (2023): in a person with cancer, progressive thoracic spinal pain, night pain or pain on coughing without neurological symptoms suggests spinal metastases and needs contact with the acute oncology/MSCC team within 24 hours and MRI within 1 week.
        pytest.param(
            [
                "肺癌放疗结束一个多月，这一周干咳，走快点就气短",
                "T 37.3，静息SpO2 95%，RR 20，说话连贯",
            ],
            _patient(26295, "male", ("lung cancer", "hypertension"), pregnant=None),
            id="r89-zh-023",
        ),  # 放射性肺损伤的诊断及治疗专家共识(2020): 放疗后1–3个月出现干咳、活动后气短提示症状性放射性肺炎(≥2级)，需及时就诊评估并考虑糖皮质激素；静息低氧/呼吸衰竭才需紧急处理。
        pytest.param(
            [
                "吃卡培他滨的，手掌脚底红肿，疼，拿筷子都有点费劲",
                "没起泡，没破皮，走路还行",
            ],
            _patient(20630, "female", ("breast cancer",), pregnant=False),
            id="r89-zh-024",
        ),  # Capecitabine SmPC and UKONS triage tool: painful grade 2 hand-foot syndrome limiting activities requires capecitabine to be interrupted and the oncology team contacted the same day.
        pytest.param(
            [
                "淋巴瘤化疗后第7天，嘴里好几个溃疡",
                "疼得吃不了饭，只能喝点稀粥和水，量比平时少",
                "T 36.8，没发冷",
            ],
            _patient(17377, "female", ("lymphoma",), pregnant=False),
            id="r89-zh-025",
        ),  # UKONS 24-hour triage tool: oral mucositis with pain and reduced but possible oral intake is amber, needing same-day review for analgesia and hydration; unable to eat or drink would be red.
        pytest.param(
            [
                "右边腰上起了一串水疱，昨天开始的，火烧样疼",
                "她在吃伊布替尼治慢淋",
                "T 37.2",
            ],
            _patient(24156, "female", ("chronic lymphocytic leukaemia",), pregnant=False),
            id="r89-zh-027",
        ),  # NICE CKS Shingles: herpes zoster in an immunocompromised person needs antiviral treatment started the same day with specialist advice because of the risk of dissemination.
        pytest.param(
            [
                "打帕博利珠单抗的，身上起红疹，前胸后背肚子胳膊都是，估计一大半皮肤都有",
                "很痒，晚上睡不着；嘴里、眼睛没事，没有水疱，不发烧",
            ],
            _patient(22040, "male", ("bladder cancer", "hypertension"), pregnant=None),
            id="r89-zh-028",
        ),  # ESMO immunotherapy toxicity guideline (2022): grade 3 maculopapular rash (>30% body surface area) requires holding the ICI and same-day start of systemic steroids with dermatology input; mucosal involvement or blistering would be an emergency.
        pytest.param(
            [
                "乳腺癌术后5年，左胳膊一直有点淋巴水肿",
                "昨天开始左前臂红、热、疼，红的范围今天比昨天大了",
                "T 37.5，HR 86，精神可",
            ],
            _patient(22465, "female", ("breast cancer", "lymphoedema"), pregnant=False),
            id="r89-zh-029",
        ),  # British Lymphology Society/Lymphoedema Support Network consensus on cellulitis in lymphoedema (2022): acute cellulitis in a lymphoedematous limb needs oral antibiotics started the same day; systemic upset/sepsis would require admission.
        pytest.param(
            [
                "食管癌晚期，吗啡缓释片前天从30mg一天两次加到60mg一天两次",
                "今天老是打瞌睡，叫得醒，说看见墙上有虫子，手有时候抽一下",
                "RR 14，SpO2 95%，瞳孔偏小",
            ],
            _patient(28040, "male", ("oesophageal cancer", "ckd"), pregnant=None),
            id="r89-zh-030",
        ),  # NICE CG140 Opioids in palliative care: drowsiness, hallucinations and myoclonus after a dose increase (especially with renal impairment) indicate opioid toxicity needing same-day dose review; respiratory depression or unrousability would be an emergency.
        pytest.param(
            [
                "胰腺癌的老太太，还没放过支架，家里人说这几天眼睛发黄，尿像浓茶",
                "皮肤痒，没发烧，没发冷，肚子不怎么疼",
            ],
            _patient(25935, "female", ("pancreatic cancer", "diabetes"), pregnant=False),
            id="r89-zh-031",
        ),  # NICE NG85 Pancreatic cancer: new obstructive jaundice needs prompt (same-day) specialist assessment for biliary drainage/stenting; fever or rigors (cholangitis) would make it an emergency.
        pytest.param(
            [
                "肺癌脑转移，在吃地塞米松8mg/天",
                "这三天空腹血糖都在12左右，今天午饭后2小时指尖血糖 19.6",
                "口渴、尿多，人清醒，没吐，尿酮阴性",
            ],
            _patient(20850, "male", ("lung cancer", "brain metastases"), pregnant=None),
            id="r89-zh-032",
        ),  # JBDS guideline on steroid-induced hyperglycaemia (2021): capillary glucose persistently >12 mmol/L on glucocorticoids needs same-day initiation of glucose-lowering treatment; ketones negative and alert so not an emergency.
        pytest.param(
            [
                "HER2阳性乳腺癌，在打曲妥珠单抗（赫赛汀）",
                "这两周脚踝肿，晚上要垫两个枕头才睡得着，爬楼喘",
                "静坐SpO2 96%，HR 98，BP 132/84，两下肢凹陷性水肿",
            ],
            _patient(18195, "female", ("breast cancer",), pregnant=False),
            id="r89-zh-033",
        ),  # ESC 2022 Cardio-oncology guidelines: symptomatic heart failure during HER2-targeted therapy requires interruption of trastuzumab and prompt same-day cardiology/oncology assessment; stable at rest so not an emergency.
        pytest.param(
            [
                "宝宝胸口那根管子（希克曼管）外面那段裂了，在漏水",
                "妈妈已经用夹子夹在裂口上面了，孩子精神好，不烧，T 36.7",
            ],
            _patient(460, "male", ("neuroblastoma",), pregnant=None),
            id="r89-zh-034",
        ),  # INS Infusion Therapy Standards of Practice (2021): a damaged central venous catheter must be clamped between the break and the patient, covered, and repaired or replaced by the treating centre the same day because of infection and air-embolism risk.
        pytest.param(
            [
                "82岁，化疗后这三天吃得很少，喝水也少",
                "今天一整天就尿了一次，量少，站起来头晕",
                "躺着BP 112/68，站起来96/60，HR 100，人清楚，T 36.5",
            ],
            _patient(30090, "female", ("colorectal cancer", "hypertension"), pregnant=False),
            id="r89-zh-035",
        ),  # UKONS 24-hour triage tool and NICE NG148 Acute kidney injury: reduced oral intake with oliguria and postural dizziness after chemotherapy needs same-day assessment for dehydration and AKI (bloods, fluids); not shocked so not an emergency.
        pytest.param(
            [
                "打免疫治疗的，右眼红、疼，怕光，看东西模糊，昨天开始的",
                "没外伤，没戴隐形眼镜",
            ],
            _patient(18992, "male", ("melanoma",), pregnant=None),
            id="r89-zh-036",
        ),  # ESMO immunotherapy toxicity guideline (2022): suspected immune-related uveitis (painful red eye, photophobia, blurred vision) requires same-day ophthalmology referral.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "59F breast ca, known spine mets (T8) on bone scan last yr",
                "new pain mid-back for 1 week, worse lying down at night, goes round to the front like a band",
                "walking normally, no numbness or weakness, bladder and bowels normal",
            ],
            _patient(21601, "female", ("breast cancer",), pregnant=False),
            id="r89-en-037",
        ),  # NICE NG234 Spinal metastases and MSCC (2023): new thoracic or nocturnal spinal pain in a person with cancer but without neurological symptoms needs urgent discussion with the MSCC coordinator (within 24 hours) and MRI within a week, not emergency transfer.
        pytest.param(
            [
                "labs for 47M, lymphoma chemo 12 days ago: plt 18, Hb 96, neut 1.6",
                "tiny red dots on both shins, gums bled a bit brushing teeth this morning, stopped",
                "no nosebleed, no blood in urine or stool, no headache, T 36.7",
            ],
            _patient(17336, "male", ("lymphoma",), pregnant=None),
            id="r89-en-038",
        ),  # BSH guideline on platelet transfusion (2017) and UKONS triage tool: chemotherapy thrombocytopenia below 20 with minor bleeding (petechiae, gum ooze) needs same-day haematology/oncology review for possible transfusion; only major bleeding is an emergency.
        pytest.param(
            [
                "58F on tamoxifen, breast ca 2 yrs ago",
                "R calf swollen, tender, warm for 3 days, after a long bus trip",
                "no SOB, no chest pain, HR 78, SpO2 98%",
            ],
            _patient(21470, "female", ("breast cancer",), pregnant=False),
            id="r89-en-039",
        ),  # NICE NG158 Venous thromboembolic diseases (2020): suspected DVT without features of PE needs proximal leg ultrasound within 4 hours, or interim anticoagulation and scan within 24 hours.
        pytest.param(
            [
                "lab phoned: corrected Ca 3.1 for 66F breast ca with bone mets",
                "she's thirstier than usual and constipated past few days",
                "alert, orientated, eating and drinking, no vomiting",
            ],
            _patient(24110, "female", ("breast cancer", "hypertension"), pregnant=False),
            id="r89-en-040",
        ),  # NICE CKS Hypercalcaemia: moderate hypercalcaemia (adjusted Ca 3.0-3.5 mmol/L) with mild symptoms needs same-day specialist referral; emergency admission is for >3.5 mmol/L or severe symptoms such as confusion.
        pytest.param(
            [
                "70F on letrozole for breast ca, never had chemo",
                "burning when she pees 3 days, now L loin pain, T 38.2, HR 94, BP 132/78",
                "eating ok, no rigors, not confused",
            ],
            _patient(25880, "female", ("breast cancer", "diabetes"), pregnant=False),
            id="r89-en-041",
        ),  # NICE NG111 Pyelonephritis: suspected acute pyelonephritis without sepsis features needs same-day assessment and antibiotics; NICE CG151 neutropenic sepsis pathway applies only to anticancer treatment that can cause neutropenia, not aromatase inhibitors.
        pytest.param(
            [
                "71M on pembrolizumab",
                "itchy red spotty rash on back and arms for 5 days, maybe 15% of skin",
                "no blisters, no peeling, mouth and eyes fine, no fever, feels well",
            ],
            _patient(26010, "male", ("lung cancer", "hypertension"), pregnant=None),
            id="r89-en-042",
        ),  # ESMO immune checkpoint inhibitor toxicity guideline (2022): grade 1-2 maculopapular rash without blistering or mucosal involvement is managed with emollients, topical steroids and antihistamines while continuing immunotherapy.
        pytest.param(
            [
                "48F on nivolumab for melanoma, bloods: TSH 32, free T4 7 (low)",
                "tired, gained 2 kg, feels cold",
                "HR 64, BP 118/76, not confused",
            ],
            _patient(17720, "female", ("melanoma",), pregnant=False),
            id="r89-en-043",
        ),  # ESMO immune checkpoint inhibitor toxicity guideline (2022): immune-related primary hypothyroidism is treated with levothyroxine replacement while continuing immunotherapy, as a routine outpatient matter.
        pytest.param(
            [
                "63M lung ca with brain mets, on dexamethasone 4mg for 6 wks",
                "wife worried his face is rounder and puffy, she read that face swelling in lung cancer is dangerous",
                "face changed slowly over weeks, neck veins normal, arms not swollen, no SOB, SpO2 97%",
            ],
            _patient(23135, "male", ("lung cancer",), pregnant=None),
            id="r89-en-044",
        ),  # BNF dexamethasone / cancer steroid guidance: gradual cushingoid facial rounding is an expected steroid effect to review at the next routine appointment; SVCO causes neck/chest vein distension and breathlessness, which are absent.
        pytest.param(
            [
                "76M prostate ca, known met L3 for 2 yrs, scan 3 months ago said stable",
                "same ache in lower back as always, controlled with paracetamol, no change",
                "walking normally, no leg weakness or numbness, waterworks normal. asking if he needs another scan",
            ],
            _patient(27800, "male", ("prostate cancer", "atrial fibrillation"), pregnant=None),
            id="r89-en-045",
        ),  # NICE NG234 Spinal metastases and MSCC (2023): urgent action is for new or changing spinal pain or neurological symptoms; unchanged, controlled pain from a known stable metastasis is followed up routinely with safety-net advice.
        pytest.param(
            [
                "79F myeloma, stable, routine bloods: corrected Ca 2.68, creat 118 (same as before)",
                "she feels fine, no thirst, no constipation, no confusion",
            ],
            _patient(28946, "female", ("multiple myeloma", "ckd"), pregnant=False),
            id="r89-en-046",
        ),  # NICE CKS Hypercalcaemia / Society for Endocrinology guidance: mild asymptomatic hypercalcaemia (adjusted Ca below 3.0 mmol/L) does not need urgent correction; repeat and inform the specialist routinely.
        pytest.param(
            [
                "55F weekly paclitaxel for breast ca, 8 of 12 done",
                "numb tingling both feet and fingertips, like wearing socks, slowly worse over few weeks",
                "walking fine, no back pain, no weakness, bladder and bowels normal, can do buttons",
            ],
            _patient(20120, "female", ("breast cancer", "hypothyroidism"), pregnant=False),
            id="r89-en-047",
        ),  # ASCO guideline on chemotherapy-induced peripheral neuropathy (2020): symmetrical distal sensory neuropathy from taxanes is reported to the oncology team for dose review before the next cycle; it is not a cord compression picture.
        pytest.param(
            [
                "68F had L mastectomy and armpit nodes removed 3 yrs ago",
                "L arm slowly heavier and swollen over 3 months, sleeve tight",
                "soft, no redness, no pain, no fever, no SOB",
            ],
            _patient(25080, "female", ("breast cancer", "hypertension"), pregnant=False),
            id="r89-en-048",
        ),  # NICE NG101 Early and locally advanced breast cancer: people who develop lymphoedema after axillary treatment should be referred to a lymphoedema service (routine), unlike acute painful swelling suggesting DVT or cellulitis.
        pytest.param(
            [
                "64M kidney ca on sunitinib 2 months",
                "BP 152/94 and 150/92 today, usually 130s",
                "no headache, no chest pain, no visual problems, feels fine",
            ],
            _patient(23395, "male", ("kidney cancer",), pregnant=None),
            id="r89-en-049",
        ),  # ESC 2022 Cardio-oncology guideline: hypertension during VEGF inhibitor therapy is expected and managed by starting or titrating antihypertensives while continuing therapy; only severe (≥180/110) or symptomatic hypertension needs urgent action.
        pytest.param(
            [
                "57M bowel ca with liver mets, son brought in the CT report",
                "report says 'multiple liver metastases, stable compared with prior study'",
                "he is well, eating, no jaundice, no pain, just scared of the word metastases",
            ],
            _patient(21080, "male", ("colorectal cancer",), pregnant=None),
            id="r89-en-050",
        ),  # ESMO metastatic colorectal cancer guideline (2023): stable metastatic disease on restaging is followed by the oncology team at routine scheduled review; a well patient with a stable scan needs explanation, not acute care.
        pytest.param(
            [
                "42F breast ca, had EC chemo yesterday",
                "her wee is pink-red since last night, she's scared it's blood",
                "no pain passing urine, no clots, no fever, feels ok",
            ],
            _patient(15480, "female", ("breast cancer",), pregnant=False),
            id="r89-en-051",
        ),  # Epirubicin/doxorubicin SmPC: anthracyclines cause red colouration of the urine for 1-2 days after administration, which is harmless and needs reassurance only.
        pytest.param(
            [
                "60M colon ca, FOLFOX infusion yesterday",
                "last night drank cold water and his throat felt like it was closing, couldnt get a breath in for a minute, fingers tingle when he touches cold things",
                "now fine, talking normally, breathing normal, SpO2 98%, no rash, no lip or tongue swelling",
            ],
            _patient(22122, "male", ("colorectal cancer", "hypertension"), pregnant=None),
            id="r89-en-052",
        ),  # Oxaliplatin SmPC: acute pharyngolaryngeal dysaesthesia and cold-induced paraesthesia occur within days of infusion, are transient without true airway obstruction, and are managed by avoiding cold drinks and cold exposure.
        pytest.param(
            [
                "46F breast ca, docetaxel 3 days ago",
                "2 more loose stools a day than normal, no blood",
                "T 36.6, drinking well, not dizzy",
            ],
            _patient(16800, "female", ("breast cancer",), pregnant=False),
            id="r89-en-053",
        ),  # ESMO diarrhoea in cancer patients guideline (2018) and UKONS triage tool: grade 1 chemotherapy diarrhoea (<4 stools over baseline) without fever or dehydration is managed at home with fluids and loperamide plus advice to call back if it worsens.
        pytest.param(
            [
                "39M hodgkin on ABVD",
                "mouth a bit sore and red, no ulcers",
                "eating normally, T 36.5",
            ],
            _patient(14425, "male", ("hodgkin lymphoma",), pregnant=None),
            id="r89-en-054",
        ),  # MASCC/ISOO mucositis guideline and UKONS triage tool: grade 1 oral mucositis (soreness/erythema, normal diet) is managed with oral care, saline or benzydamine mouthwash and soft diet.
        pytest.param(
            [
                "52F radiotherapy to L breast, week 3",
                "skin in the treatment area pink, dry and itchy",
                "no broken skin, no weeping, no fever",
            ],
            _patient(19280, "female", ("breast cancer",), pregnant=False),
            id="r89-en-055",
        ),  # Society and College of Radiographers radiation dermatitis guidance (2020): grade 1 radiation skin reaction (faint erythema, dry desquamation) is managed with gentle washing and moisturiser.
        pytest.param(
            [
                "65M prostate radiotherapy, week 5",
                "wife says he's exhausted, naps in the afternoon",
                "Hb normal last week, eating ok, no SOB, no fever, no wee problems",
            ],
            _patient(23850, "male", ("prostate cancer", "diabetes"), pregnant=None),
            id="r89-en-056",
        ),  # ESMO Cancer-related fatigue guideline (2020): fatigue is an expected effect of radiotherapy and is managed with activity pacing and graded exercise once anaemia and other causes are excluded.
        pytest.param(
            [
                "15yo girl with hodgkin, mum messaging",
                "her hair is coming out in clumps on the pillow since the 2nd cycle, she's very upset",
                "otherwise well, eating, T 36.7",
            ],
            _patient(5565, "female", ("hodgkin lymphoma",), pregnant=None),
            id="r89-en-057",
        ),  # CCLG/Macmillan chemotherapy information: alopecia is an expected, temporary chemotherapy effect, managed with support, scalp care and wig/headwear advice.
        pytest.param(
            [
                "89M prostate ca on goserelin injections, 2 months",
                "hot sweats a few times a day, wakes him once at night",
                "otherwise well, asks if normal, doesnt want more tablets",
            ],
            _patient(32525, "male", ("prostate cancer", "hypertension", "ckd"), pregnant=None),
            id="r89-en-058",
        ),  # NICE NG131 Prostate cancer: hot flushes are an expected effect of androgen deprivation therapy; drug treatment is offered only if they are troublesome.
        pytest.param(
            [
                "51F finished chemo 8 months ago, now just on letrozole",
                "runny nose, sore throat 2 days, T 37.6 this morning, husband has the same cold",
                "eating and drinking fine, no SOB",
            ],
            _patient(18845, "female", ("breast cancer", "asthma"), pregnant=False),
            id="r89-en-059",
        ),  # UKONS triage tool applies its fever pathway to people within 6 weeks of systemic anticancer therapy; NICE NG84/NG120: a viral upper respiratory infection in a person not on chemotherapy is managed with self-care.
        pytest.param(
            [
                "73F lymphoma, R-CHOP day 3",
                "a bit queasy in mornings, taking the anti-sickness tablets they gave, helps",
                "eating small meals, no vomiting, drinking well",
            ],
            _patient(26805, "female", ("lymphoma", "hypertension"), pregnant=False),
            id="r89-en-060",
        ),  # MASCC/ESMO antiemetic guideline (2016/2023): mild delayed nausea controlled by the prescribed antiemetics with adequate intake is managed at home with small frequent meals.
        pytest.param(
            [
                "小细胞肺癌，这一周早上起来脸有点肿，衬衫领子扣不上了，胸前皮肤能看到几根青筋",
                "说话正常，没有喘鸣，平躺没事，SpO2 97%，RR 16",
            ],
            _patient(21585, "male", ("lung cancer", "copd"), pregnant=None),
            id="r89-zh-037",
        ),  # UKONS/UK Acute Oncology guidance on SVCO: SVCO without stridor, airway compromise or haemodynamic instability needs same-day oncology referral for CT, steroids and stenting rather than an ambulance.
        pytest.param(
            [
                "肺癌的李婶，这两天痰里带血丝，早上几口痰有，鲜红的丝",
                "不是整口的血，量很少；她去年腿上血栓，在吃利伐沙班",
                "不喘，SpO2 96%，BP 130/80，HR 82",
            ],
            _patient(25325, "female", ("lung cancer", "venous thromboembolism"), pregnant=False),
            id="r89-zh-038",
        ),  # 咯血诊治专家共识(2020): 痰中带血/少量咯血且生命体征平稳者不属大咯血，无需立即转运，但在抗凝、肺癌背景下需当日就诊评估出血原因和抗凝方案。
        pytest.param(
            [
                "胶质瘤术后，一直吃左乙拉西坦，之前半年没抽过",
                "刚才家属说他抽了一次，不到一分钟就停了，跟以前发作一样",
                "现在人清醒，说话正常，手脚都能动，BP 132/82",
            ],
            _patient(17720, "male", ("glioma", "epilepsy"), pregnant=None),
            id="r89-zh-040",
        ),  # NICE NG217 Epilepsies (2022): an ambulance is needed for seizures >5 minutes, repeated seizures without recovery, injury or a first seizure; a brief typical seizure with full recovery does not, but a breakthrough seizure in a brain tumour patient needs same-day contact with the treating team.
        pytest.param(
            [
                "乳腺癌有胸水，上个月抽过一次，这一周又慢慢喘起来了",
                "走路气短，坐着说话还行，SpO2 94%，RR 22，HR 96，T 36.6",
            ],
            _patient(21200, "female", ("breast cancer", "pleural effusion"), pregnant=False),
            id="r89-zh-041",
        ),  # BTS Guideline for pleural disease (2023): gradually recurring symptomatic malignant pleural effusion needs prompt (same-day) arrangement of therapeutic aspiration or indwelling pleural catheter, not emergency transfer when stable at rest.
        pytest.param(
            [
                "6岁女孩，白血病维持治疗中",
                "妈妈发现这两天腿上多了几块青紫，孩子精神好，能吃能玩，不发烧，没流鼻血，牙龈也不出血",
            ],
            _patient(2310, "female", ("acute lymphoblastic leukaemia",), pregnant=None),
            id="r89-zh-042",
        ),  # CCLG/paediatric oncology shared-care guidance: new bruising in a child on leukaemia treatment needs a same-day full blood count and review with the treating centre; no active bleeding or fever, so not an emergency.
        pytest.param(
            [
                "12年前乳腺癌手术，后来一直没复发",
                "前天搬米弯腰后腰疼，活动时疼，躺下就好，晚上睡得着",
                "腿不麻不软，大小便正常，今天比昨天轻点",
            ],
            _patient(23800, "female", ("breast cancer", "hypertension"), pregnant=False),
            id="r89-zh-043",
        ),  # NICE NG234 (2023) and NG59 Low back pain: improving mechanical low back pain after lifting with no night pain, no progression and no neurological symptoms is not suggestive of spinal metastasis; routine GP review if not settling.
        pytest.param(
            [
                "骨髓瘤一直在吃地塞米松（每周一次大剂量）",
                "家里人说这一个多月她脸越来越圆、越来越胖，网上看肿瘤病人脸肿要当心",
                "脖子、胳膊不肿，不喘，胸前没有青筋，BP 134/82",
            ],
            _patient(19960, "female", ("multiple myeloma",), pregnant=False),
            id="r89-zh-044",
        ),  # 糖皮质激素类药物临床应用指导原则: gradual moon face and weight gain on long-term glucocorticoids is an expected Cushingoid effect for routine review (glucose, BP); SVCO features such as neck/arm swelling, chest-wall veins and dyspnoea are absent.
        pytest.param(
            [
                "前列腺癌骨转移好几年了，上个月医院复查说稳定",
                "右髋一直有点隐痛，吃塞来昔布能控制，跟以前一样，没加重，走路正常",
                "药快吃完了，想开药，下周能来吗",
            ],
            _patient(
                26845, "male", ("prostate cancer", "bone metastases", "hypertension"), pregnant=None
            ),
            id="r89-zh-045",
        ),  # NICE NG234 (2023) / NICE NG131 Prostate cancer: unchanged, controlled pain from a known stable bone metastasis without new neurological features is managed by routine review and repeat prescription.
        pytest.param(
            [
                "常规抽血：TSH 12.6，FT4 10.8（正常下限边上）",
                "在打PD-1，人说有点怕冷、没劲，其他都好，BP 122/76，HR 66",
            ],
            _patient(21545, "female", ("lung cancer",), pregnant=False),
            id="r89-zh-046",
        ),  # ESMO immunotherapy toxicity guideline (2022): ICI-related primary hypothyroidism (raised TSH, mild symptoms) is managed by starting levothyroxine at a routine visit while continuing immunotherapy.
        pytest.param(
            [
                "PICC敷料上次换是9天前，住得远一直没来",
                "看了一下贴膜完好，穿刺点不红不肿，没分泌物，不发烧，手臂不肿，冲管顺畅",
            ],
            _patient(14535, "male", ("colorectal cancer",), pregnant=None),
            id="r89-zh-047",
        ),  # WS/T 433-2013静脉治疗护理技术操作规范 / INS Standards (2021): transparent PICC dressings are changed at least every 7 days; an overdue but intact dressing with a clean site needs a routine nursing visit, not a doctor today.
        pytest.param(
            [
                "多西他赛化疗第5个疗程了，这两周两只脚踝都有点肿，下午明显，早上消",
                "两边一样粗，小腿不疼，不喘，能平躺，体重涨了1公斤",
            ],
            _patient(24853, "male", ("prostate cancer",), pregnant=None),
            id="r89-zh-048",
        ),  # Docetaxel SmPC: cumulative fluid retention with symmetrical peripheral oedema is a known effect to report at the next oncology review; unilateral swelling or breathlessness would need urgent DVT/heart failure assessment.
        pytest.param(
            [
                "化疗结束3个月了，说记性变差，做事老忘，注意力不集中",
                "几个月来一直这样，没加重，不头疼，不吐，手脚都好，说话正常",
            ],
            _patient(16580, "female", ("lymphoma",), pregnant=False),
            id="r89-zh-049",
        ),  # NCCN Survivorship guideline: stable chemotherapy-related cognitive impairment is common and assessed at a routine visit; rapid progression, headache or focal deficits would need urgent imaging.
        pytest.param(
            [
                "结肠癌术后2年，复查CEA 6.2（上次3.8，正常<5）",
                "人没事，吃饭大便都正常，体重没掉，不疼",
            ],
            _patient(23582, "male", ("colorectal cancer", "diabetes"), pregnant=None),
            id="r89-zh-050",
        ),  # CSCO结直肠癌诊疗指南: 术后随访中CEA轻度升高而无症状者应复查CEA并安排影像学评估(常规门诊/肿瘤科随访)，无需当日处理。
        pytest.param(
            [
                "甲状腺癌术后一直吃优甲乐100ug，刚测出怀孕，大概6周",
                "没什么不舒服，问药要不要改",
            ],
            _patient(10685, "female", ("thyroid cancer", "hypothyroidism"), pregnant=True),
            id="r89-zh-051",
        ),  # ATA 2017 Guidelines for thyroid disease in pregnancy / 妊娠和产后甲状腺疾病诊治指南(第2版): on confirming pregnancy, levothyroxine is increased by about 20–30% and TSH rechecked within 4 weeks, arranged at a routine visit.
        pytest.param(
            [
                "化验 Hb 98（上个月101），老人说容易累",
                "平地走路不喘，静坐HR 78，大便颜色正常，没有出血",
            ],
            _patient(32160, "male", ("lymphoma", "ckd"), pregnant=None),
            id="r89-zh-052",
        ),  # NICE NG24 Blood transfusion / ESMO anaemia in cancer guideline: stable mild anaemia (Hb 98 g/L) without bleeding or cardiorespiratory symptoms needs routine evaluation (iron, B12/folate, renal), not transfusion.
        pytest.param(
            [
                "化疗第二次后头发一把一把地掉，人很难过，哭了",
                "问是不是病情加重了，其他都正常，能吃能睡，不发烧",
            ],
            _patient(12835, "female", ("breast cancer",), pregnant=False),
            id="r89-zh-053",
        ),  # NCCN/中国抗癌协会乳腺癌诊治指南: chemotherapy-induced alopecia is an expected, reversible effect that does not indicate disease progression; managed with reassurance, scalp care and wig/scarf advice.
        pytest.param(
            [
                "前列腺放疗第4周，说特别累，白天要睡一觉",
                "吃饭可以，不发烧，不喘，不头晕，大小便跟之前一样",
            ],
            _patient(24270, "male", ("prostate cancer", "hypertension"), pregnant=None),
            id="r89-zh-054",
        ),  # NCCN Cancer-Related Fatigue guideline: fatigue building during radiotherapy is expected and managed with activity pacing, light exercise and sleep hygiene when no red flags are present.
        pytest.param(
            [
                "化疗回来第3天，有点恶心，吃了昂丹司琼就好多了",
                "能吃点清淡的，喝水正常，没吐，尿正常",
            ],
            _patient(18855, "female", ("ovarian cancer",), pregnant=False),
            id="r89-zh-055",
        ),  # UKONS 24-hour triage tool: nausea controlled by prescribed antiemetics with normal eating and drinking is green — self-care advice only.
        pytest.param(
            [
                "昨天医院拔了输液港的针，针眼周围青了一小块，硬币大小",
                "不红不热，不肿，不发烧，港周围也不疼",
            ],
            _patient(15708, "male", ("colorectal cancer",), pregnant=None),
            id="r89-zh-056",
        ),  # INS Infusion Therapy Standards of Practice (2021): a small bruise at a port needle site without redness, swelling, pain or fever is a minor local effect needing only observation.
        pytest.param(
            [
                "今天上午刚打完化疗（表柔比星），回家小便是红的，吓坏了",
                "不疼，没有尿频尿急，人精神挺好",
            ],
            _patient(16360, "female", ("breast cancer",), pregnant=False),
            id="r89-zh-057",
        ),  # Epirubicin SmPC: red discolouration of urine for 1–2 days after administration is expected and harmless; reassurance only.
        pytest.param(
            [
                "奥沙利铂打完第2天，一碰凉水手指就麻、刺，喝冷水嗓子发紧",
                "不碰凉的就没事，能正常吃饭说话，喘气正常",
            ],
            _patient(21250, "male", ("gastric cancer",), pregnant=None),
            id="r89-zh-058",
        ),  # Oxaliplatin SmPC: acute cold-induced dysaesthesia including transient pharyngolaryngeal dysaesthesia is common and self-limiting; advise avoiding cold drinks and cold exposure for several days.
        pytest.param(
            [
                "17岁，骨肉瘤化疗中，嘴里起了一个小溃疡，有点疼",
                "吃喝都不影响，不发烧",
            ],
            _patient(6405, "male", ("osteosarcoma",), pregnant=None),
            id="r89-zh-059",
        ),  # UKONS 24-hour triage tool / MASCC-ISOO mucositis guideline: mild oral mucositis with normal eating and drinking and no fever is green — oral care (bland rinses, soft brush) with advice to call if worse.
        pytest.param(
            [
                "27岁，霍奇金淋巴瘤两年前化疗结束，一直缓解，身上没留管子",
                "昨天开始流鼻涕、嗓子疼，T 38.1，能吃能喝，精神还行",
                "家里人担心，问是不是又要去住院",
            ],
            _patient(10005, "female", ("hodgkin lymphoma",), pregnant=False),
            id="r89-zh-060",
        ),  # NICE CG151 neutropenic sepsis pathway applies to people having anticancer treatment; two years after completing chemotherapy a febrile cold is managed as an ordinary self-limiting URTI per NICE NG84/CKS with self-care advice.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
