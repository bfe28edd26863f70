# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-thirteenth held-out round (2026-12-08, at commit 4971d25: two reviewers, 120 cases of
blood, immunity and cancer care at all ages: anaemia, bleeding and bruising, fever during
chemotherapy, sickle cell disease, haemophilia, HIV, steroids, transplants, cancer at home; 12
emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules found 8 of 12 and
12 of 12 emergencies, graded 14 of 24 and 15 of 24 same-day cases exactly (English, Chinese) and
sent 2 and 1 look-alikes to emergency. Missed: "had shivers last night temp 38.4" after a cycle of
chemotherapy, now 37.2 after paracetamol (neutropenic sepsis); acute chest syndrome in sickle cell
disease told as "hurts in his chest when he breathes in ... lips look a bit dusky"; the worst
headache with vomiting in a girl with ITP and platelets of 9; a "shaking fit" with confusion in a
man with untreated HIV. Sent to emergency: a yellow fever jab asked about by a transplant patient,
and 身上腿上都没有 精神好 read as listless.

What changed: shivers are rigors (NICE NG151: rigors after anticancer treatment are neutropenic
sepsis whatever the temperature now); a shaking, jerking or twitching fit is a seizure; a severe
headache, or one with vomiting, in someone with ITP, a bleeding disorder or on an anticoagulant is
a bleed in the head until scanned (new rule); a course of chemotherapy finished years ago is not
immunosuppression; hay fever and a yellow fever jab are not a fever; 都没有 or 也没有 ending a
denial leaves a reassuring word after it (精神好) as it is, and 就是 turns to what there is; sickle
cell disease is read from the record and the text, counts as no working spleen with a fever, and
its painful episode is seen the same day (NICE CG143, new rule); 吃了炒蚕豆, 针尖样的红点, 胳膊比另一只粗,
脸越来越白 and 没磕着 are read. After: 12/12, 12/12; 14/24, 20/24; look-alikes sent to emergency 1, 0.

Left: a chemotherapy course finished two years ago mentioned again as "cos of his chemo" still
reads as immunosuppression (r113-en-037); sent to emergency where the reviewers asked for the same
day: r113-en-020, -029, -031, -034 and r113-zh-036; graded lower: r113-en-014, -017, -018, -026,
-030, -033 and r113-zh-016 (mucositis after chemotherapy), -028 (pain the breakthrough dose does not
touch), -035 (oesophageal candida in HIV)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "pt on chemo for breast ca, had cycle 3 last wed",
                "husband rang, she had shivers last night temp 38.4, took paracetamol and now 37.2",
                "says she feels ok just washed out, doesnt want to make a fuss, can she keep her tues appt instead?",
            ],
            _patient(19750, "female", ("breast cancer on chemotherapy",), pregnant=False),
            id="r113-en-001",
        ),  # NICE NG151 Neutropenic sepsis (1.2) and UKONS 24h Triage Tool: fever >=38 days after chemotherapy is suspected neutropenic sepsis needing immediate hospital assessment, and paracetamol lowering the reading does not change that.
        pytest.param(
            [
                "mum on phone re 9yo with sickle cell",
                "temp 38.9 since this am, now says it hurts in his chest when he breathes in",
                "breathing quick, she counted about 40 a min, lips look a bit dusky she thinks",
            ],
            _patient(3405, "male", ("sickle cell disease (HbSS)",), pregnant=None),
            id="r113-en-002",
        ),  # BSH guideline on acute chest syndrome in sickle cell disease (2015): fever with pleuritic chest pain, tachypnoea and possible hypoxia in SCD is suspected acute chest syndrome, a life-threatening emergency.
        pytest.param(
            [
                "2yo with HbSS, dad says she's very pale and floppy today",
                "tummy seems big and hard on the left side",
                "no temp, ate brekkie fine tho, just wants to lie on the sofa",
            ],
            _patient(800, "female", ("sickle cell disease (HbSS)",), pregnant=None),
            id="r113-en-003",
        ),  # BSH / NHS sickle cell standards (acute splenic sequestration): sudden pallor, lethargy and an enlarging left-sided abdomen in a young child with SCD signal splenic sequestration with risk of rapid circulatory collapse.
        pytest.param(
            [
                "6 yr old with severe haemophilia A",
                "fell off the climbing frame about 2 hrs ago and hit the back of his head, cried straight away",
                "mum not sure if she gave his factor. now been sick twice and v sleepy, hard to keep awake",
            ],
            _patient(2390, "male", ("severe haemophilia A",), pregnant=None),
            id="r113-en-004",
        ),  # WFH Guidelines for the Management of Hemophilia 3rd ed (CNS/head trauma): head injury in haemophilia needs immediate factor replacement and hospital imaging; vomiting and drowsiness suggest intracranial bleeding.
        pytest.param(
            [
                "67F known breast ca with bone mets",
                "back pain between shoulder blades worse over 2 wks, worse lying down at night",
                "today legs feel 'like jelly', nearly fell in kitchen, cant feel properly when she wipes and hasnt passed urine since mornin",
            ],
            _patient(
                24470, "female", ("metastatic breast cancer", "bone metastases"), pregnant=False
            ),
            id="r113-en-005",
        ),  # NICE NG234 Spinal metastases and metastatic spinal cord compression (2023): cancer with spinal pain plus new leg weakness, sensory change or bladder dysfunction needs immediate referral for same-day assessment and MRI.
        pytest.param(
            [
                "58 y/o man with lung cancer, wife calling",
                "his face and neck have gone puffy and red over the last few days, shirt collar won't do up",
                "now breathing is noisy when he breathes in and he can't lie flat, sat up in chair struggling",
            ],
            _patient(21470, "male", ("lung cancer",), pregnant=None),
            id="r113-en-006",
        ),  # UKONS triage tool / acute oncology guidance on superior vena cava obstruction: facial and neck swelling with stridor and orthopnoea in lung cancer suggests SVCO with airway compromise, needing immediate transfer.
        pytest.param(
            [
                "72M on prednisolone 7.5mg for PMR for 3 yrs",
                "daughter says he ran out of tabs last week and didnt get more",
                "d&v since yesterday, cant keep anything down, now muddled and v weak, BP on her home machine 82/50",
            ],
            _patient(
                26380, "male", ("polymyalgia rheumatica", "long-term prednisolone"), pregnant=None
            ),
            id="r113-en-007",
        ),  # Society for Endocrinology emergency guidance on adrenal crisis (2020): a patient on long-term glucocorticoids with vomiting, hypotension and confusion needs immediate parenteral hydrocortisone and emergency transfer.
        pytest.param(
            [
                "15yo girl, known ITP, platelets were 9 at last clinic",
                "bad headache since lunchtime, worst she's ever had, thrown up twice",
                "mum thinks its just exam stress and asks if she can have paracetamol and sleep it off",
            ],
            _patient(5535, "female", ("immune thrombocytopenia",), pregnant=None),
            id="r113-en-008",
        ),  # International consensus report on ITP (2019) / BSH paediatric ITP guidance: severe headache with vomiting in a child with very low platelets may be intracranial haemorrhage and needs emergency transfer.
        pytest.param(
            [
                "5 wk old boy, exclusively breastfed, parents declined vit K at birth",
                "mum noticed few spots of blood in nappy and a bruise on his arm nobody can explain",
                "today v sleepy, not feeding, sicked up twice, soft spot on top of head looks full",
            ],
            _patient(36, "male", (), pregnant=None),
            id="r113-en-009",
        ),  # NICE NG194 Postnatal care (vitamin K) and BSH guidance on vitamin K deficiency bleeding: an unprotected breastfed infant with bleeding plus drowsiness, vomiting and a full fontanelle suggests late VKDB with intracranial haemorrhage.
        pytest.param(
            [
                "toddler 18 mo, temp 39.2 since early hours",
                "mum says few little purple dots on her tummy, did the glass test and they dont fade",
                "hands and feet freezing but she's still drinking, mum thinks its just a virus going round nursery",
            ],
            _patient(545, "female", (), pregnant=None),
            id="r113-en-010",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease (2024): fever with a non-blanching rash and cold peripheries in a child is suspected meningococcal disease requiring immediate emergency transfer.
        pytest.param(
            [
                "34 y/o man HIV+, partner says he stopped his meds last year",
                "headache for about a week getting worse, been sick, light hurts his eyes",
                "now talking nonsense and just had a shaking fit on the floor about 2 mins",
            ],
            _patient(12420, "male", ("HIV, not on antiretroviral therapy",), pregnant=None),
            id="r113-en-011",
        ),  # WHO Guidelines for cryptococcal disease in HIV (2022) / BHIVA opportunistic infection guidelines: progressive headache, confusion and seizure in untreated HIV indicate CNS infection, an emergency.
        pytest.param(
            [
                "81F on apixaban for AF",
                "carer says her poo has been black and sticky for 2 days, like tar",
                "this morning she fainted on the toilet, came round quick, now grey and sweaty but says shes fine and doesnt want a fuss",
            ],
            _patient(29785, "female", ("atrial fibrillation", "on apixaban"), pregnant=False),
            id="r113-en-012",
        ),  # NICE CG141 Acute upper GI bleeding: melaena with syncope, pallor and sweating in an anticoagulated patient is a major bleed with haemodynamic compromise needing emergency transfer.
        pytest.param(
            [
                "王姐 乳腺癌 上礼拜四在县医院打的化疗",
                "今天下午开始发烧 量了38.4 有点冷",
                "自己吃了片对乙酰氨基酚 现在37.6了 说精神还可以 想明天再去医院",
            ],
            _patient(19020, "female", ("breast cancer", "on chemotherapy"), pregnant=False),
            id="r113-zh-001",
        ),  # NICE NG151 Neutropenic sepsis, 1.2-1.3 / UKONS 24h triage tool: fever ≥38°C within weeks of chemotherapy is suspected neutropenic sepsis needing immediate hospital assessment and antibiotics within 1 hour; response to paracetamol does not exclude it.
        pytest.param(
            [
                "小孩地贫 前年切了脾 每个月输血",
                "昨天晚上开始烧 今天早上39.6 打寒颤",
                "嘴唇有点发紫 手脚冰凉 叫他有点迷糊",
            ],
            _patient(
                3020,
                "male",
                ("beta-thalassaemia major", "splenectomy", "regular transfusion"),
                pregnant=None,
            ),
            id="r113-zh-002",
        ),  # BSH guideline on prevention and treatment of infection in patients with absent or dysfunctional spleen (2011) / NICE NG51 sepsis: fever in an asplenic child risks overwhelming post-splenectomy infection; mottled cold peripheries and altered consciousness are high-risk sepsis signs needing emergency transfer.
        pytest.param(
            [
                "血友病的娃 4岁 中午从床上摔下来 磕到后脑勺",
                "当时哭了一下就好了 起了个包",
                "下午吐了两次 现在老想睡 叫醒了又睡",
            ],
            _patient(1520, "male", ("haemophilia A",), pregnant=None),
            id="r113-zh-003",
        ),  # WFH Guidelines for the Management of Hemophilia 3rd ed (2020), ch.7 CNS haemorrhage/head trauma: head injury in haemophilia is a medical emergency; vomiting and drowsiness suggest intracranial bleeding needing immediate factor replacement and CT.
        pytest.param(
            [
                "老张 前列腺癌 骨头转移 一直在家吃药",
                "这半个月腰背痛越来越厉害 晚上躺下更痛",
                "家属说这两天走路腿软 扶着墙走 今天早上小便解不出来 憋着",
            ],
            _patient(25020, "male", ("prostate cancer", "bone metastases"), pregnant=None),
            id="r113-zh-004",
        ),  # NICE NG234 Spinal metastases and metastatic spinal cord compression (2023): cancer with spinal pain plus limb weakness and sphincter disturbance is suspected MSCC needing immediate referral and MRI within 24h to save function.
        pytest.param(
            [
                "肺癌病人 家里打电话来",
                "说这几天脸和脖子越来越肿 眼睛都肿了 胸口青筋鼓起来",
                "现在躺不下去 坐着也喘 说话喘 吸气有呼呼声",
            ],
            _patient(22280, "male", ("lung cancer",), pregnant=None),
            id="r113-zh-005",
        ),  # ESMO/UKONS acute oncology guidance on superior vena cava obstruction: SVCO with stridor or breathlessness at rest threatens the airway and needs emergency admission.
        pytest.param(
            [
                "李婆婆 风湿 吃强的松吃了三年多 每天2片",
                "上周药吃完了没去拿 停了5天",
                "这两天吐 拉肚子 站不起来 刚量血压82/50 人有点糊涂",
            ],
            _patient(
                27310, "female", ("rheumatoid arthritis", "long-term prednisone"), pregnant=False
            ),
            id="r113-zh-006",
        ),  # Society for Endocrinology Adrenal Crisis emergency guidance (2020) / BNF corticosteroid withdrawal: abrupt stop after years of steroids with vomiting, hypotension and confusion is adrenal crisis – hydrocortisone 100 mg IM/IV and emergency transfer.
        pytest.param(
            [
                "2岁女娃 下午开始发烧39度",
                "身上腿上出了些小红点点 拿杯子压了不退",
                "手脚冰冷 精神很差 不太理人",
            ],
            _patient(775, "female", (), pregnant=None),
            id="r113-zh-007",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease (2024) / NICE NG143 fever in under 5s: fever with non-blanching rash, cold extremities and reduced responsiveness means suspected meningococcal sepsis – parenteral antibiotics and emergency transfer.
        pytest.param(
            [
                "老汉放了支架 吃阿司匹林和氯吡格雷",
                "这两天大便黑的 像柏油一样 以为是吃了猪血",
                "今天早上上厕所晕倒了一下 现在脸煞白 心跳120多",
            ],
            _patient(
                28855,
                "male",
                ("coronary heart disease", "stent", "dual antiplatelet therapy"),
                pregnant=None,
            ),
            id="r113-zh-008",
        ),  # NICE CG141 Acute upper gastrointestinal bleeding: melaena with syncope and tachycardia on antiplatelets indicates haemodynamically significant bleeding requiring emergency resuscitation and endoscopy.
        pytest.param(
            [
                "肾移植病人 吃他克莫司那些",
                "前天开始发烧 今天39.2",
                "家里人说下午开始讲胡话 量血压85/55 尿很少",
            ],
            _patient(16515, "female", ("kidney transplant", "tacrolimus"), pregnant=False),
            id="r113-zh-009",
        ),  # NICE NG51 Sepsis: new confusion, systolic BP ≤90 and reduced urine output are high-risk criteria, and immunosuppression raises risk – emergency transfer.
        pytest.param(
            [
                "这个病人艾滋 去年查出来的 药时吃时不吃",
                "头痛了一个多礼拜 这两天痛得撞墙 一直吐",
                "今天家里说他认不得人了 脖子硬",
            ],
            _patient(12420, "male", ("HIV", "poor ART adherence"), pregnant=None),
            id="r113-zh-010",
        ),  # WHO Guidelines for cryptococcal disease in HIV (2022) / NICE NG240: severe headache, vomiting, confusion and neck stiffness in poorly controlled HIV suggests meningitis – emergency transfer.
        pytest.param(
            [
                "20多天的男娃 在家生的 生下来没打过针 纯母乳",
                "这几天肚脐一直渗血 擦不干净 身上有几块青",
                "今天吃奶不好 吐了两回 老睡 头顶那里鼓鼓的",
            ],
            _patient(22, "male", (), pregnant=None),
            id="r113-zh-011",
        ),  # WHO recommendations on newborn health (vitamin K 1 mg IM at birth): an unprotected breastfed infant with bleeding plus vomiting, lethargy and bulging fontanelle has probable late vitamin K deficiency bleeding with intracranial haemorrhage – emergency.
        pytest.param(
            [
                "86岁 房颤 吃华法林",
                "昨天晚上起夜在厕所摔了 头撞门框上 当时说没事",
                "今天中午开始说话含糊 叫他老是睡 右手拿不稳筷子",
            ],
            _patient(31540, "male", ("atrial fibrillation", "warfarin"), pregnant=None),
            id="r113-zh-012",
        ),  # NICE NG232 Head injury (2023): anticoagulated patient after head injury with falling consciousness and new focal deficit needs emergency CT and anticoagulant reversal.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "58F on immunotherapy (pembro) for melanoma",
                "loose stools since sat, about 5-6 a day more than her normal, some tummy cramps",
                "no blood, no temp, drinking ok",
            ],
            _patient(21175, "female", ("melanoma on pembrolizumab",), pregnant=False),
            id="r113-en-013",
        ),  # UKONS 24h Triage Tool and ESMO immune-related toxicity guideline (2022): grade 2 diarrhoea (4-6 stools over baseline) on a checkpoint inhibitor needs same-day assessment for colitis; no red features for ambulance.
        pytest.param(
            [
                "4 yr old boy, mum says hes been really pale and tired for a few weeks",
                "now little pinpoint red spots on both legs, they dont go when pressed",
                "no temp, was running about this morning, eating ok",
            ],
            _patient(1550, "male", (), pregnant=None),
            id="r113-en-015",
        ),  # NICE NG12 Suspected cancer (1.10): unexplained petechiae with pallor in a child need immediate (same-day) specialist assessment for leukaemia; afebrile and well, so no ambulance.
        pytest.param(
            [
                "bloods back on 38F with heavy periods",
                "Hb 68, MCV 64",
                "says shes breathless going upstairs and exhausted, no chest pain, no bleeding apart from periods which finished yesterday",
            ],
            _patient(14070, "female", ("heavy menstrual bleeding",), pregnant=False),
            id="r113-en-016",
        ),  # BSH guideline on iron deficiency anaemia in adults (2021): severe symptomatic anaemia (Hb <70) needs same-day clinical review to decide on transfusion or IV iron; stable at rest, no chest pain.
        pytest.param(
            [
                "INR result for 76F on warfarin (AF) just come in: 8.5",
                "rang her, no bleeding no bruising, no black stools, feels fine",
                "what do we do with her?",
            ],
            _patient(27790, "female", ("atrial fibrillation", "on warfarin"), pregnant=False),
            id="r113-en-019",
        ),  # BSH guideline on oral anticoagulation with warfarin (4th ed): INR >8 without bleeding means withholding warfarin and giving oral vitamin K 1-5 mg the same day.
        pytest.param(
            [
                "6 yo with ALL on maintenance chemo",
                "came out in spots this morning, few blisters on tummy and back, kid in her class had chickenpox",
                "no temp, bouncing about",
            ],
            _patient(
                2500,
                "female",
                ("acute lymphoblastic leukaemia on maintenance chemotherapy",),
                pregnant=None,
            ),
            id="r113-en-021",
        ),  # UKHSA Green Book ch.34 (varicella) and CCLG supportive care guidance: chickenpox in a child on chemotherapy needs same-day oncology assessment for antiviral treatment; well and afebrile.
        pytest.param(
            [
                "66F RA on methotrexate",
                "painful rash on one side of forehead since yest, blistering",
                "few spots on tip of nose too and that eye is red and watery, she says vision ok",
            ],
            _patient(24165, "female", ("rheumatoid arthritis", "on methotrexate"), pregnant=False),
            id="r113-en-022",
        ),  # NICE CKS Shingles: herpes zoster with nasal tip lesions and a red eye (ophthalmic involvement) needs antivirals and same-day ophthalmology assessment, especially when immunosuppressed.
        pytest.param(
            [
                "one of our nurses got a needlestick 3 hrs ago, hollow needle after taking blood",
                "the patient is HIV positive, dont know his viral load",
                "she's fine, washed it, wants to know if she can wait and see her GP monday",
            ],
            _patient(11465, "female", (), pregnant=False),
            id="r113-en-023",
        ),  # BASHH/BHIVA UK guideline for HIV post-exposure prophylaxis (2021): after significant occupational exposure PEP should start as soon as possible, ideally within 24 h - same-day assessment, not next week.
        pytest.param(
            [
                "63M pancreatic ca on chemo",
                "left calf swollen and sore for 2 days, measured 3cm bigger than right",
                "no chest pain, no breathlessness, sats 97",
            ],
            _patient(23015, "male", ("pancreatic cancer on chemotherapy",), pregnant=None),
            id="r113-en-024",
        ),  # NICE NG158 Venous thromboembolic diseases (1.1): suspected DVT needs ultrasound within 4 hours or interim anticoagulation the same day; no features of PE so no ambulance.
        pytest.param(
            [
                "74M with myeloma",
                "daughter says hes drinking loads, constipated 4 days, off his food, more tired",
                "bloods yest: adjusted calcium 3.1",
                "hes orientated, chatting on phone, no vomiting",
            ],
            _patient(27340, "male", ("multiple myeloma",), pregnant=None),
            id="r113-en-025",
        ),  # UKONS / acute oncology guidance on malignant hypercalcaemia: symptomatic adjusted calcium >3.0 needs same-day hospital assessment for IV fluids and bisphosphonate; alert and not vomiting.
        pytest.param(
            [
                "49F bowel ca, has PICC for her chemo",
                "skin round the line red and sore, about 2cm, bit of ooze",
                "temp 37.1, feels ok, next chemo due fri",
            ],
            _patient(
                17930, "female", ("colorectal cancer on chemotherapy", "PICC line"), pregnant=False
            ),
            id="r113-en-027",
        ),  # UKONS 24h Triage Tool (central line problems): redness, pain and discharge at a line site need same-day assessment for line infection; afebrile and well.
        pytest.param(
            [
                "5 yo boy, G6PD deficient",
                "ate broad beans at grandmas on sunday",
                "since yest his wee is dark like cola and eyes look yellow",
                "tired but alert, playing, breathing fine",
            ],
            _patient(1865, "male", ("G6PD deficiency",), pregnant=None),
            id="r113-en-028",
        ),  # WHO/BSH guidance on G6PD deficiency: acute haemolysis after fava bean exposure (dark urine, jaundice) needs same-day FBC and bilirubin assessment; child alert so not an ambulance.
        pytest.param(
            [
                "60F on pred 10mg daily long term for lupus",
                "tummy bug, vomited once this morning about 20 min after her pred",
                "took another dose an hour later and kept it down, few loose stools, drinking ok, not dizzy",
            ],
            _patient(
                22150,
                "female",
                ("systemic lupus erythematosus", "long-term prednisolone"),
                pregnant=False,
            ),
            id="r113-en-032",
        ),  # Society for Endocrinology / NHS Steroid Emergency Card sick-day rules (2020): vomiting illness on long-term steroids needs same-day medical review with dose doubling; dose retained and no shock, so not yet an emergency.
        pytest.param(
            [
                "3.5 wk old baby girl still yellow",
                "mum says poos look pale like putty and wee stains the nappy dark yellow",
                "feeding well, gaining weight",
            ],
            _patient(25, "female", (), pregnant=None),
            id="r113-en-035",
        ),  # NICE CG98 Neonatal jaundice (prolonged jaundice): jaundice beyond 14 days with pale chalky stools or dark urine needs urgent same-day referral for possible biliary atresia.
        pytest.param(
            [
                "45M HIV, recently diagnosed, CD4 was 40 last month, just started treatment",
                "says lots of floaters and a blurry patch in right eye for 3 days",
                "no pain, eye not red",
            ],
            _patient(16725, "male", ("HIV, advanced (CD4 <50)",), pregnant=None),
            id="r113-en-036",
        ),  # BHIVA opportunistic infection guidelines (CMV retinitis): new floaters or visual loss with CD4 <50 need same-day ophthalmology to prevent sight loss.
        pytest.param(
            [
                "5岁男孩 最近一个月脸越来越白",
                "身上好多青一块紫一块 家里说没磕着",
                "老喊腿痛 晚上痛醒 今天看嘴里上颚也有小红点 不发烧 能吃能玩",
            ],
            _patient(1945, "male", (), pregnant=None),
            id="r113-zh-013",
        ),  # NICE NG12 Suspected cancer 1.11: child with unexplained petechiae, pallor, bruising and bone pain needs immediate (same-day) specialist assessment for leukaemia; no shock or sepsis so not ambulance.
        pytest.param(
            [
                "38岁女的 这三天小腿上出好多针尖样的红点",
                "刷牙牙龈出血 今天早上流了点鼻血 自己捏一会就止了",
                "没发烧 没头痛 别的都好 前两周感冒过",
            ],
            _patient(13947, "female", (), pregnant=False),
            id="r113-zh-014",
        ),  # International consensus report on ITP (2019) / NICE CKS bruising: new spontaneous petechiae with mucosal bleeding need same-day FBC and haematology advice; no major bleeding or neurological signs so not emergency.
        pytest.param(
            [
                "血友病娃 12岁 今天上体育课后说右膝盖痛",
                "现在膝盖肿了 摸着发烫 腿伸不直",
                "家里的因子上个月用完了 还没去拿",
            ],
            _patient(4410, "male", ("severe haemophilia A",), pregnant=None),
            id="r113-zh-015",
        ),  # WFH Guidelines 2020 ch.7 joint haemorrhage: acute haemarthrosis needs factor replacement as soon as possible (ideally within 2 h) at a haemophilia centre today; not life-threatening.
        pytest.param(
            [
                "肠癌在化疗 上周三打的",
                "昨天开始拉肚子 一天拉了6 7次 水样的",
                "没发烧 还能喝水 尿还有 就是没力气",
            ],
            _patient(18095, "female", ("colorectal cancer", "on chemotherapy"), pregnant=False),
            id="r113-zh-017",
        ),  # UKONS 24h Triage Tool, diarrhoea: 4-6+ extra stools/day after chemotherapy needs same-day review for dehydration, electrolytes and neutropenia; afebrile and passing urine so not emergency.
        pytest.param(
            [
                "卵巢癌 在家 化疗中",
                "这两天左边小腿肿了 比右边粗一圈 按着痛 有点红",
                "不喘 胸口不痛",
            ],
            _patient(24270, "female", ("ovarian cancer", "on chemotherapy"), pregnant=False),
            id="r113-zh-018",
        ),  # NICE NG158 Venous thromboembolic diseases (2020): suspected DVT (cancer is a risk factor) needs ultrasound within 4 h or interim anticoagulation; no PE features so same day, not ambulance.
        pytest.param(
            [
                "吃华法林的 今天乡卫生院测INR 9.1",
                "人没啥不舒服 没出血 大便颜色正常",
                "上周感冒医生给开了个什么消炎药 在吃",
            ],
            _patient(25981, "male", ("atrial fibrillation", "warfarin"), pregnant=None),
            id="r113-zh-019",
        ),  # BSH Guidelines on oral anticoagulation with warfarin (4th ed, 2011): INR >8 without bleeding → stop warfarin and give oral vitamin K 1-5 mg today; no bleeding so not emergency.
        pytest.param(
            [
                "小伙子HIV 两周前刚开始吃抗病毒的药 还有复方新诺明",
                "这两天身上起红疹子 痒 前胸后背都有",
                "嘴巴眼睛没事 没发烧 没起水泡",
            ],
            _patient(
                10725,
                "male",
                ("HIV", "recently started ART", "co-trimoxazole prophylaxis"),
                pregnant=None,
            ),
            id="r113-zh-020",
        ),  # China HIV/AIDS diagnosis and treatment guideline (2021) / WHO ART guidance: new drug rash after starting ART/co-trimoxazole needs same-day review to grade and decide on stopping; no mucosal, fever or blistering features of SJS so not emergency.
        pytest.param(
            [
                "我们这昨晚给一个艾滋病人打针 护士被针扎了手",
                "挤了血冲洗了 当时太晚就没去",
                "已经过去14个小时了 还有用吗 病人自己在吃药 不知道病毒载量",
            ],
            _patient(11515, "female", (), pregnant=False),
            id="r113-zh-021",
        ),  # WHO Guidelines on post-exposure prophylaxis for HIV (2014) / China occupational exposure PEP guidance: start PEP as soon as possible and within 72 h – must be seen today.
        pytest.param(
            [
                "白血病在维持化疗的女娃 6岁",
                "她同桌前天出了水痘 昨天学校才通知",
                "小孩现在没事 没起疹子 没发烧 她以前没出过水痘 也没打过疫苗",
            ],
            _patient(
                2440,
                "female",
                ("acute lymphoblastic leukaemia", "maintenance chemotherapy"),
                pregnant=None,
            ),
            id="r113-zh-022",
        ),  # UKHSA Green Book ch.34 / IDSA 2013 vaccination of immunocompromised host: significant varicella exposure in a non-immune child on chemotherapy needs post-exposure prophylaxis (VZIG or aciclovir) – contact oncology team today.
        pytest.param(
            [
                "孕妇 34周 今天抽血 血红蛋白68",
                "说最近走几步就喘 心慌 脸白",
                "胎动正常 没出血 没肚子痛",
            ],
            _patient(9955, "female", (), pregnant=True),
            id="r113-zh-023",
        ),  # BSH guideline on iron deficiency in pregnancy (2019) / WHO antenatal care: symptomatic Hb <70 g/L in late pregnancy needs same-day hospital obstetric assessment (IV iron/transfusion planning); stable mother and baby.
        pytest.param(
            [
                "1岁10个月的娃 手掌心白得很",
                "村里体检测血红蛋白55",
                "吃奶吃饭还行 会跑 不喘 家里一直给喝牛奶 一天一斤多",
            ],
            _patient(670, "male", (), pregnant=None),
            id="r113-zh-024",
        ),  # WHO IMCI chart booklet: severe palmar pallor = severe anaemia → refer urgently to hospital; no breathing difficulty or danger signs so not ambulance.
        pytest.param(
            [
                "肝移植3年的病人 吃他克莫司 早晚各一次",
                "昨天开始吐 吃啥吐啥 今天早上的药吃了也吐了",
                "不发烧 说肚子有点不舒服 还能说话走路",
            ],
            _patient(18992, "male", ("liver transplant", "tacrolimus"), pregnant=None),
            id="r113-zh-025",
        ),  # KDIGO/transplant centre guidance: transplant recipient unable to keep immunosuppressants down needs same-day review (rejection risk, drug levels, IV options); afebrile and alert.
        pytest.param(
            [
                "在吃卡培他滨的 乳腺癌",
                "手掌脚底红肿 起皮 脚底痛得下地走不了路",
                "没发烧 拉肚子也没有",
            ],
            _patient(23083, "female", ("breast cancer", "capecitabine"), pregnant=False),
            id="r113-zh-026",
        ),  # UKONS 24h Triage Tool / ESMO dermatological toxicity guidance: grade 3 hand-foot syndrome limiting walking → stop drug and same-day oncology review.
        pytest.param(
            [
                "乳腺癌骨转移 在家",
                "家属说这几天老是口渴 喝好多水 大便三天没解",
                "比平时爱睡 但叫她能应 回答问题还清楚 恶心不想吃饭",
            ],
            _patient(25583, "female", ("breast cancer", "bone metastases"), pregnant=False),
            id="r113-zh-027",
        ),  # UKONS acute oncology / NICE CKS palliative care – hypercalcaemia: thirst, constipation, nausea and drowsiness with bone metastases need same-day calcium check and treatment; still orientated so not emergency.
        pytest.param(
            [
                "淋巴瘤 手上带着PICC管",
                "今天发现那只手肿 胳膊比另一只粗 胀痛",
                "管口没红没流脓 不发烧 不喘",
            ],
            _patient(20235, "female", ("lymphoma", "PICC line"), pregnant=False),
            id="r113-zh-029",
        ),  # NICE NG158 VTE / INS standards of practice: suspected catheter-related upper-limb DVT needs same-day ultrasound and anticoagulation decision; no sepsis or PE signs.
        pytest.param(
            [
                "4岁男孩 前天吃了炒蚕豆",
                "今天早上尿是浓茶色的 眼睛有点黄",
                "还在玩 吃饭正常 不喘 嘴唇不是很白",
            ],
            _patient(1660, "male", (), pregnant=None),
            id="r113-zh-030",
        ),  # WHO/China paediatric guidance on G6PD deficiency (favism): acute haemolysis with dark urine and jaundice needs same-day Hb check and observation for transfusion; child still active, not pale or breathless.
        pytest.param(
            [
                "类风湿 吃甲氨蝶呤 一周一次",
                "最近一个礼拜嘴巴起溃疡 喉咙痛",
                "今天37.8度 别的没啥",
            ],
            _patient(22170, "female", ("rheumatoid arthritis", "methotrexate"), pregnant=False),
            id="r113-zh-031",
        ),  # BSR/BHPR guideline for DMARD therapy (2017): mouth ulcers, sore throat or fever on methotrexate → withhold and urgent same-day FBC for bone marrow suppression.
        pytest.param(
            [
                "甲亢吃甲巯咪唑一个多月",
                "前天开始喉咙痛 吞口水痛",
                "今天量38.1 说人还行",
            ],
            _patient(12820, "female", ("hyperthyroidism", "methimazole"), pregnant=False),
            id="r113-zh-032",
        ),  # NICE NG145 Thyroid disease / MHRA advice on antithyroid drugs: sore throat and fever on thionamide → stop drug and same-day FBC to exclude agranulocytosis.
        pytest.param(
            [
                "骨髓瘤 在吃化疗药",
                "左边腰上长了一串水泡 痛得厉害 前天开始的",
                "没发烧 没其他地方",
            ],
            _patient(21470, "male", ("multiple myeloma", "on chemotherapy"), pregnant=None),
            id="r113-zh-033",
        ),  # NICE CKS Shingles: immunocompromised patients need antiviral started urgently and same-day specialist advice.
        pytest.param(
            [
                "广州这边 尼日利亚家庭的小孩 7岁 镰状细胞病",
                "昨晚开始两条腿和后背痛 家里给吃了布洛芬和对乙酰氨基酚 还是痛哭",
                "不发烧 不咳 不喘 肚子软",
            ],
            _patient(2575, "male", ("sickle cell disease",), pregnant=None),
            id="r113-zh-034",
        ),  # NICE CG143 Sickle cell disease: acute painful episode (2012): pain not controlled by home analgesia needs hospital assessment today with analgesia within 30 min; no fever, chest or abdominal signs.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "33F, her dad has haemophilia A",
                "shes planning to start a family, asks should she be tested as a carrier and what it would mean for a baby",
            ],
            _patient(12065, "female", (), pregnant=False),
            id="r113-en-038",
        ),  # UKHCDO guidance on genetic testing and management of haemophilia carriers: carrier testing and pre-pregnancy counselling are a routine referral.
        pytest.param(
            [
                "20M has sickle cell trait from screening",
                "going trekking in Peru at altitude next month, worried he'll have a crisis like his cousin who has sickle cell",
                "no symptoms at all",
            ],
            _patient(7450, "male", ("sickle cell trait",), pregnant=None),
            id="r113-en-039",
        ),  # NHS Sickle Cell and Thalassaemia Screening Programme: sickle cell trait is a carrier state that does not cause crises; hydration and acclimatisation advice is self-care.
        pytest.param(
            [
                "8yo boy keeps getting nosebleeds, 3 this week, usually after picking it",
                "todays lasted about 10 mins, stopped with pinching",
                "no bruises anywhere, no gum bleeding, otherwise well",
            ],
            _patient(2950, "male", (), pregnant=None),
            id="r113-en-040",
        ),  # NICE CKS Epistaxis: recurrent anterior nosebleeds that stop with first aid in a well child without unexplained bruising are managed at home with first aid and antiseptic cream.
        pytest.param(
            [
                "27F, her brother was just diagnosed with leukaemia and is in hospital",
                "shes really anxious and wants a blood test to make sure she hasnt got it",
                "no symptoms, no bruising, no fevers or sweats, just not sleeping with worry",
            ],
            _patient(10105, "female", (), pregnant=False),
            id="r113-en-041",
        ),  # NICE NG12 (1.10): without symptoms of leukaemia a sibling's diagnosis does not need urgent testing; a routine appointment for reassurance and support is appropriate.
        pytest.param(
            [
                "70M on aspirin since his stent",
                "big purple bruise on shin after walking into coffee table on sat, now going yellowish",
                "no other bruises, no bleeding, asks if he should stop the aspirin",
            ],
            _patient(
                25660,
                "male",
                ("ischaemic heart disease with coronary stent", "on aspirin"),
                pregnant=None,
            ),
            id="r113-en-042",
        ),  # NICE CKS Antiplatelet treatment: a single explained, healing bruise on aspirin is expected; advise continuing aspirin after stenting and self-care.
        pytest.param(
            [
                "30F HbSS, wants repeat of folic acid and her penicillin",
                "no pain at the moment, no temp, no chest problems, last crisis was in march",
                "also asks when her annual review is due",
            ],
            _patient(11030, "female", ("sickle cell disease (HbSS)",), pregnant=False),
            id="r113-en-043",
        ),  # NICE QS58 Sickle cell disease: a stable patient without pain, fever or chest symptoms needs routine repeat prescribing and annual review.
        pytest.param(
            [
                "3yo girl seen yest with tiny red dots round her eyes and face after a night of being sick",
                "doc did bloods, all normal, said it was from straining",
                "no new spots today, no temp, eating, mum just wants to double check",
            ],
            _patient(1195, "female", (), pregnant=None),
            id="r113-en-044",
        ),  # NICE NG240 / CKS: petechiae limited to the superior vena cava distribution after vomiting in a well afebrile child with a normal FBC are benign; home care with safety-netting.
        pytest.param(
            [
                "41F heavy periods for a year, flooding first 2 days",
                "bloods last week Hb 112, ferritin 9",
                "tired but working, no breathlessness, wants to talk about options",
            ],
            _patient(15165, "female", ("heavy menstrual bleeding",), pregnant=False),
            id="r113-en-045",
        ),  # NICE NG88 Heavy menstrual bleeding and BSH iron deficiency guideline: mild iron deficiency anaemia without severe symptoms needs oral iron and a routine appointment.
        pytest.param(
            [
                "55M on pred 15mg for sarcoid",
                "asks if he should have flu jab and covid booster this year and does he need a steroid card",
                "feels well",
            ],
            _patient(20090, "male", ("sarcoidosis", "long-term prednisolone"), pregnant=None),
            id="r113-en-046",
        ),  # UKHSA Green Book ch.19 and NHS Steroid Emergency Card guidance (2020): inactivated vaccines and issuing a steroid card are routine care for long-term steroid users.
        pytest.param(
            [
                "32F HIV on ART, viral load undetectable 3 yrs",
                "she and partner want to try for a baby, asks is it safe and will baby get HIV",
                "no symptoms, not pregnant",
            ],
            _patient(11850, "female", ("HIV on antiretroviral therapy",), pregnant=False),
            id="r113-en-047",
        ),  # BHIVA guidelines for HIV in pregnancy (2020): pre-conception planning with an undetectable viral load is a routine appointment.
        pytest.param(
            [
                "79F palliative bowel ca at home, on codeine",
                "not opened bowels for 2 days, usually every day",
                "passing wind, eating, no vomiting, tummy not swollen or painful",
            ],
            _patient(28925, "female", ("colorectal cancer", "palliative care"), pregnant=False),
            id="r113-en-048",
        ),  # NICE CKS Palliative care - constipation: opioid-related constipation without vomiting, distension or pain and still passing flatus is managed with laxatives and advice at home.
        pytest.param(
            [
                "52F finished chemo for breast ca 4 months ago",
                "still exhausted, hair coming back patchy, asks about going back to work and exercise",
                "no fevers, eating fine",
            ],
            _patient(19250, "female", ("breast cancer, completed chemotherapy",), pregnant=False),
            id="r113-en-049",
        ),  # NICE NG101 Early and locally advanced breast cancer (follow-up) : persistent post-treatment fatigue without red flags needs a routine survivorship appointment.
        pytest.param(
            [
                "68M on warfarin for AF, target 2-3",
                "INR today 3.4, no bleeding, no bruising",
                "he had a course of antibiotics last wk",
            ],
            _patient(24825, "male", ("atrial fibrillation", "on warfarin"), pregnant=None),
            id="r113-en-050",
        ),  # BSH warfarin guideline / NICE CKS Anticoagulation - oral: INR below 5 without bleeding needs dose adjustment and recheck through routine anticoagulation management.
        pytest.param(
            [
                "2 day old baby boy, parents asked midwife if the vit K jab is really needed, read its not natural",
                "baby well, feeding, no bleeding anywhere",
                "they want to talk to someone about the oral option",
            ],
            _patient(2, "male", (), pregnant=None),
            id="r113-en-051",
        ),  # NICE NG194 Postnatal care (vitamin K prophylaxis): discussing vitamin K and the oral regimen for a well newborn without bleeding is routine advice.
        pytest.param(
            [
                "60F had a DVT in left leg 3 yrs ago after knee op, finished rivaroxaban",
                "flying to Australia next month, asking about stockings or injections",
                "legs fine now, no swelling",
            ],
            _patient(21940, "female", ("previous provoked DVT",), pregnant=False),
            id="r113-en-052",
        ),  # NICE CKS DVT prevention for travellers: a past provoked DVT without current symptoms needs routine travel VTE risk advice.
        pytest.param(
            [
                "26F bloods show Hb 109 and small red cells, she was told before she has thal trait",
                "another doc started her on iron, she asks should she keep taking it",
                "no symptoms, periods normal, ferritin 85",
            ],
            _patient(9620, "female", ("beta thalassaemia trait",), pregnant=False),
            id="r113-en-053",
        ),  # BSH guideline on investigation of microcytosis / NHS thalassaemia screening: thalassaemia trait with normal ferritin needs no iron; review at a routine appointment.
        pytest.param(
            [
                "44F liver transplant 5 yrs ago, on tacrolimus",
                "going to Ghana in 3 months, travel clinic mentioned yellow fever jab",
                "well, no problems",
            ],
            _patient(
                16120, "female", ("liver transplant recipient", "immunosuppressed"), pregnant=False
            ),
            id="r113-en-054",
        ),  # UKHSA Green Book ch.6 and ch.35: yellow fever vaccine is contraindicated in immunosuppressed transplant recipients; this is routine pre-travel advice.
        pytest.param(
            [
                "95F, daughter worried about purple blotches on backs of both forearms",
                "been coming and going for months, she knocks them on her walker",
                "no nosebleeds, no blood in wee or poo, not on blood thinners, eating fine",
            ],
            _patient(34695, "female", (), pregnant=False),
            id="r113-en-055",
        ),  # NICE CKS / BSH bleeding assessment: actinic (senile) purpura on sun-damaged forearms in a very elderly person without other bleeding is benign; skin protection advice.
        pytest.param(
            [
                "14mo boy, cold for 3 days, temp 38 yest, now 37.4",
                "blotchy red rash on body today, mum pressed a glass and it fades completely",
                "drinking, wet nappies, smiling and playing",
            ],
            _patient(430, "male", (), pregnant=None),
            id="r113-en-056",
        ),  # NICE NG143 Fever in under 5s (traffic light system): a blanching rash in a well child with no amber or red features is a viral rash suitable for home care with safety-netting.
        pytest.param(
            [
                "24M read online that bruises can mean leukaemia",
                "got one big bruise on thigh from a football tackle last week",
                "no other bruises, no bleeding gums, no weight loss or sweats, feels totally fine, wants bloods",
            ],
            _patient(9060, "male", (), pregnant=None),
            id="r113-en-057",
        ),  # NICE NG12 (1.10): only unexplained bruising warrants an FBC; a single bruise from known trauma in a well young man needs reassurance and self-care.
        pytest.param(
            [
                "29M, condom broke with a new male partner 5 days ago, partners status unknown",
                "wants PEP, no symptoms",
                "asks where to get tested",
            ],
            _patient(10630, "male", (), pregnant=None),
            id="r113-en-058",
        ),  # BASHH/BHIVA UK guideline for HIV post-exposure prophylaxis (2021): PEP is not recommended more than 72 h after exposure; arrange routine HIV/STI testing and discuss PrEP.
        pytest.param(
            [
                "16yo lad with moderate haem B, needs repeat of his factor 9",
                "some old yellow bruises on arms from rugby practice, no swollen joints, nothing bleeding now",
                "also asks about his dental check up",
            ],
            _patient(6040, "male", ("moderate haemophilia B",), pregnant=None),
            id="r113-en-059",
        ),  # WFH Guidelines for the Management of Hemophilia 3rd ed: resolving bruises without active bleeding need only routine review and repeat prescription.
        pytest.param(
            [
                "30F, mum had breast cancer at 45, doing fine now",
                "she hasnt found any lumps, just wants to know about starting screening earlier",
                "aunt on dads side had ovarian ca too",
            ],
            _patient(11160, "female", (), pregnant=False),
            id="r113-en-060",
        ),  # NICE CG164 Familial breast cancer: family history assessment and referral for possible enhanced surveillance is routine, not urgent.
        pytest.param(
            [
                "乳腺癌化疗中的病人问 能不能打流感疫苗",
                "她说去年化疗时发过一次高烧住了院 怕今年又感冒",
                "现在不烧 没不舒服 下次化疗是下周二",
            ],
            _patient(16800, "female", ("breast cancer", "on chemotherapy"), pregnant=False),
            id="r113-zh-037",
        ),  # IDSA 2013 Guideline for vaccination of the immunocompromised host: inactivated influenza vaccine is recommended during chemotherapy, timed with cycles at a routine visit; past febrile episode, currently well.
        pytest.param(
            [
                "小两口来问 打算要孩子",
                "婚检女方查出来地贫 说是轻型的 血红蛋白105",
                "男方还没查 问要不要紧 会不会生出重型的",
            ],
            _patient(10270, "female", ("thalassaemia trait",), pregnant=False),
            id="r113-zh-038",
        ),  # China NHC thalassaemia prevention programme / WHO genetic services guidance: partner screening and genetic counselling before pregnancy are routine.
        pytest.param(
            [
                "血友病小孩 9岁 在预防治疗 每周打两次因子",
                "昨天小腿前面磕了一下 青了一块 硬币大小",
                "不肿 不痛 跑跳都正常 膝盖脚踝都好 家长问要不要再加打一次",
            ],
            _patient(3465, "male", ("haemophilia A", "on prophylaxis"), pregnant=None),
            id="r113-zh-039",
        ),  # WFH Guidelines 2020 ch.7: small superficial bruises without swelling, pain or loss of joint/muscle function usually need no extra factor; continue prophylaxis and watch for bleed signs.
        pytest.param(
            [
                "6岁女孩 早上抠鼻子流鼻血了",
                "捏着鼻子5分钟就止住了 今天就这一次",
                "没有别的地方青紫 上个月体检血常规正常 天气干",
            ],
            _patient(2280, "female", (), pregnant=None),
            id="r113-zh-040",
        ),  # NICE CKS Epistaxis: a single anterior nosebleed stopped by first aid in a well child with no bruising and normal blood count → home care advice.
        pytest.param(
            [
                "33岁女的 同事刚查出白血病 她吓坏了",
                "说自己腿上有几块青 想起来是撞了床角 茶几",
                "上周单位体检血常规全正常 没出血 没发烧 就是怕",
            ],
            _patient(12185, "female", (), pregnant=False),
            id="r113-zh-041",
        ),  # NICE NG12 / NICE CKS bruising: bruises with a clear cause, no bleeding symptoms and a normal recent FBC need reassurance only.
        pytest.param(
            [
                "24岁 月经量大 每次7 8天",
                "体检血红蛋白102 铁蛋白低",
                "平时有点累 爬楼不喘 不头晕 问补铁吃多久",
            ],
            _patient(8960, "female", (), pregnant=False),
            id="r113-zh-042",
        ),  # NICE NG88 Heavy menstrual bleeding / BSH iron deficiency guidance (2021): mild iron-deficiency anaemia with heavy periods → oral iron and routine review of bleeding.
        pytest.param(
            [
                "72岁大爷 体检血红蛋白98 小细胞的 铁蛋白8",
                "自己说没啥感觉 能吃能干活 大便没见黑没见血",
                "以前没查过胃肠镜",
            ],
            _patient(26290, "male", (), pregnant=None),
            id="r113-zh-043",
        ),  # NICE NG12 1.3 / BSG guideline for iron deficiency anaemia (2021): new iron-deficiency anaemia at ≥60 needs suspected-GI-cancer referral within 2 weeks, not same-day; asymptomatic with no overt bleeding.
        pytest.param(
            [
                "淋巴瘤的老刘 上个月化疗后发烧住院了一个礼拜 说是白细胞低",
                "现在出院两周 不烧 吃饭睡觉都好",
                "问下个疗程前要不要先复查什么 打升白针的事",
            ],
            _patient(21230, "male", ("lymphoma", "on chemotherapy"), pregnant=None),
            id="r113-zh-044",
        ),  # NICE NG151 / ASCO-IDSA outpatient febrile neutropenia guidance: the febrile neutropenia episode is past; pre-cycle bloods and G-CSF planning are routine with the oncology team.
        pytest.param(
            [
                "吃泼尼松一年多了 一天一片半",
                "昨天有点感冒 流鼻涕 嗓子有点痒 量了37.6",
                "能吃能喝 不吐不拉 问激素要不要加 还是照常吃",
            ],
            _patient(
                24190, "female", ("rheumatoid arthritis", "long-term prednisone"), pregnant=False
            ),
            id="r113-zh-045",
        ),  # Society for Endocrinology steroid sick day rules (2020): minor illness with fever → double the glucocorticoid dose while unwell; seek urgent help only if vomiting or unable to take tablets.
        pytest.param(
            [
                "HIV感染者 吃药5年了 上次病毒载量测不到",
                "想要二胎 老公是阴性",
                "问怎么准备 吃的药对孩子有没有影响",
            ],
            _patient(11615, "female", ("HIV", "on ART"), pregnant=False),
            id="r113-zh-046",
        ),  # China PMTCT guidance / WHO consolidated HIV guidelines: with suppressed viral load, preconception counselling and regimen review are routine.
        pytest.param(
            [
                "她爸在省城住院 白血病 她照顾了一个月",
                "最近累 老睡不够 问是不是也会得 要不要查",
                "不发烧 没出血 没瘦 吃饭正常",
            ],
            _patient(14985, "female", (), pregnant=False),
            id="r113-zh-047",
        ),  # NICE CKS Tiredness/fatigue in adults: fatigue with carer strain and no red flags → routine appointment, FBC can be done electively; leukaemia is not contagious.
        pytest.param(
            [
                "肺癌化疗第10天",
                "就是没力气 头发掉得多 吃饭比以前少点",
                "早中晚量体温 都是36.5-36.8 没发冷 没拉肚子 喝水尿都正常",
            ],
            _patient(23590, "male", ("lung cancer", "on chemotherapy"), pregnant=None),
            id="r113-zh-048",
        ),  # UKONS 24h Triage Tool: grade 1 fatigue and alopecia with normal temperature → advice and continued temperature monitoring.
        pytest.param(
            [
                "4个月男娃 奶奶说屁股和腰上有几大块青的",
                "妈妈说生下来就有 一直没变过 不痛",
                "别的地方没有青 吃奶好 精神好",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r113-zh-049",
        ),  # NICE CG89 Child maltreatment: congenital dermal melanocytosis (Mongolian blue spots) present since birth is benign and should be documented, not mistaken for bruising.
        pytest.param(
            [
                "肾移植5年的 肌酐一直稳定",
                "问能不能吃柚子 还有能不能打新冠疫苗和流感疫苗",
                "最近没发烧 尿量正常",
            ],
            _patient(14305, "male", ("kidney transplant", "tacrolimus"), pregnant=None),
            id="r113-zh-050",
        ),  # KDIGO Clinical Practice Guideline for the Care of Kidney Transplant Recipients (2009): avoid grapefruit/pomelo with calcineurin inhibitors; inactivated vaccines are recommended, live vaccines avoided – routine advice.
        pytest.param(
            [
                "45岁 这两个月月经有血块 量比以前多点",
                "上周查血红蛋白126 不头晕",
                "妇科B超说有个小肌瘤 2公分",
            ],
            _patient(16575, "female", ("uterine fibroid",), pregnant=False),
            id="r113-zh-051",
        ),  # NICE NG88 Heavy menstrual bleeding: heavier periods with clots but normal Hb and a small fibroid → routine gynaecology follow-up.
        pytest.param(
            [
                "顺产3天的女娃 眼白上有一块红的 像出血",
                "生下来打了维生素K的",
                "吃奶好 没黄 别的地方没有出血点 精神好",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r113-zh-052",
        ),  # NICE NG194 Postnatal care: subconjunctival haemorrhage after vaginal birth is common and resolves in 1-2 weeks; vitamin K given, baby otherwise well.
        pytest.param(
            [
                "80岁 吃华法林 上周INR 2.4",
                "手臂上碰了一下青了一块 半个手掌大",
                "没流鼻血 牙龈不出血 尿大便颜色正常 问要不要停药",
            ],
            _patient(29380, "female", ("atrial fibrillation", "warfarin"), pregnant=False),
            id="r113-zh-053",
        ),  # BSH warfarin guideline (2011): minor bruising with an in-range INR needs no dose change – continue warfarin and routine INR checks.
        pytest.param(
            [
                "95岁老爷子 前列腺癌 在家 吃着吗啡止痛",
                "家属问 大便有点干 两天解一次 要不要紧",
                "痛控制得好 吃饭还行 肚子不胀 不吐",
            ],
            _patient(
                34705, "male", ("prostate cancer", "palliative care", "morphine"), pregnant=None
            ),
            id="r113-zh-054",
        ),  # NICE CG140 Opioids in palliative care: prescribe/continue a regular laxative with opioids; mild constipation without distension or vomiting is managed at home.
        pytest.param(
            [
                "22岁小伙子 摸到脖子一侧有个小疙瘩 黄豆大",
                "上周刚嗓子痛发烧过 现在好了",
                "按着有点痛 能推动 没有盗汗 没瘦 他怕是淋巴癌",
            ],
            _patient(8070, "male", (), pregnant=None),
            id="r113-zh-055",
        ),  # NICE NG12 / NICE CKS neck lump: small tender mobile node after a throat infection is reactive; review only if persisting >6 weeks, enlarging or with B symptoms.
        pytest.param(
            [
                "查血红蛋白108 MCV 62 别的诊所说缺铁 开了铁剂",
                "后来市医院查地贫基因 说是α地贫 静止型还是标准型记不清 铁蛋白正常",
                "她问铁还要不要吃 已经吃了两个月",
            ],
            _patient(10960, "female", ("alpha-thalassaemia trait",), pregnant=False),
            id="r113-zh-056",
        ),  # BSH guideline on investigation of microcytic anaemia / China thalassaemia guidance: thalassaemia trait with normal ferritin does not need iron; stop and review routinely.
        pytest.param(
            [
                "小伙子半年前有一次高危行为",
                "6周和3个月都查了HIV 都是阴性 第四代的",
                "现在老觉得身上不舒服 嗓子干 睡不着 天天上网查 又想来查",
            ],
            _patient(9915, "male", (), pregnant=None),
            id="r113-zh-057",
        ),  # WHO consolidated HIV testing services guidelines (2019): negative 4th-generation tests at 6 weeks and 3 months exclude infection; health anxiety addressed at a routine visit.
        pytest.param(
            [
                "男的 上礼拜五跟一个不认识的人没戴套",
                "今天星期三了 问现在吃阻断药还来得及吗",
                "没什么症状",
            ],
            _patient(13360, "male", (), pregnant=None),
            id="r113-zh-058",
        ),  # WHO PEP guidelines (2014) / China HIV PEP guidance: PEP is not started beyond 72 h; arrange baseline and follow-up HIV/STI testing and counselling routinely.
        pytest.param(
            [
                "3岁 昨天晚上吐得很厉害 吐了四五回",
                "今天早上眼睛周围 脸上有好多小红点",
                "不发烧 身上腿上都没有 精神好 早上吃了粥没再吐",
            ],
            _patient(1245, "male", (), pregnant=None),
            id="r113-zh-059",
        ),  # NICE NG240/NG143 context: concern is non-blanching rash with fever or unwell child; petechiae confined to the face (SVC area) after forceful vomiting in a well afebrile child are a recognised benign cause – safety-net for fever or new spots.
        pytest.param(
            [
                "肾病综合征的老汉 长期吃强的松 一年多了",
                "问听人说激素伤骨头 要不要补钙 查骨密度",
                "现在没摔过 腰不痛",
            ],
            _patient(24860, "male", ("nephrotic syndrome", "long-term prednisone"), pregnant=None),
            id="r113-zh-060",
        ),  # NOGG UK clinical guideline for osteoporosis (2022), glucocorticoid-induced osteoporosis: ≥3 months of steroids warrants routine fracture-risk assessment and bone protection.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
