# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fortieth held-out round (2026-12-07, at commit 0f89da3: two reviewers, 120 cases on medicines:
bleeding on warfarin, a DOAC or two antiplatelets, insulin and sulfonylurea errors, paracetamol
overdose (single and staggered), opioid, lithium and digoxin toxicity, methotrexate taken daily,
clozapine, serotonin and neuroleptic malignant syndromes, anaphylaxis and SJS, angioedema on an ACE
inhibitor, QT-prolonging combinations with a faint, a child swallowing an adult's tablets,
concentrated potassium chloride pushed into a vein, herbal interactions; a mild rash on
amoxicillin, a missed dose, an ACE-inhibitor cough and the like as look-alikes; 16 emergencies, 24
same-day and 20 look-alikes a set). Before these fixes the rules found 16 of 16 and 14 of 16
emergencies, graded 15 of 24 and 12 of 24 same-day cases exactly, and sent 1 and 2 look-alikes to
emergency.

What changed: concentrated potassium chloride pushed into a vein is an emergency (WHO Medication
Without Harm); "heart was racing" before a faint is palpitations (ESC 2018 high-risk syncope); a
child who swallowed a few calcium, vitamin (without iron) or contraceptive pills and is well is a
same-day poisons-advice case, not an ambulance (NPIS/TOXBASE); "pink urine" is haematuria; a neck
"pulling to one side" with eyes rolling up is a dystonia; 打成诺和锐了 is an insulin error; a
once-weekly medicine told as taken "EVERY DAY ... not once a week" in another message than the
methotrexate is methotrexate taken daily; 输阿奇霉素的时候 is an infusion under way (hives then are
a drug reaction to see the same day). After: 16/16, 16/16; 17/24, 15/24; look-alikes 20/20, 19/20.

Left: a staggered paracetamol overdose worked out in grams a day, an AKI told as a creatinine
against a baseline, carbamazepine toxicity after a dose increase, dual antiplatelet haematuria, a
faint on two QT-prolonging drugs told as 晕了一下, a paracetamol dose under the threshold still read
as an overdose (a look-alike to emergency)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "52F on methadone maintenance, we gave her azithromycin yesterday for chest infection",
                "also taking ondansetron for the nausea",
                "just now she collapsed in the waiting area, out about 30 sec, no warning, came round by herself. says heart was racing right before",
            ],
            _patient(18993, "female", ("opioid dependence on methadone",), pregnant=False),
            id="r40-en-021",
        ),  # ESC 2018 syncope guideline (high-risk features: syncope without prodrome, preceded by palpitations, QT-prolonging drugs); AHA/ACC/HRS 2017 syncope: suspected arrhythmic syncope -> immediate hospital monitoring
        pytest.param(
            [
                "urgent!! new nurse pushed 10ml of 10% KCl straight into the cannula, it was meant to go in the saline bag",
                "pt 55F says chest feels strange, heart skipping, arm burning",
                "pulse irregular abt 50",
            ],
            _patient(20088, "female", ("hypertension",), pregnant=False),
            id="r40-en-060",
        ),  # WHO Medication Without Harm / China NHC high-alert medication list: undiluted concentrated potassium chloride IV bolus is a never event; ERC 2021 special circumstances: hyperkalaemia with arrhythmia -> immediate emergency management and transfer
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "输阿奇霉素的时候 病人说身上痒",
                "一看前胸后背都是风团",
                "不喘 嗓子不紧 bp 124/78 spo2 98",
            ],
            _patient(10592, "male", (), pregnant=False),
            id="r40-zh-001",
        ),  # WAO Anaphylaxis Guidance 2020: skin-only reaction without respiratory/cardiovascular involvement is not anaphylaxis -> stop infusion, antihistamine, same-day observation by doctor
        pytest.param(
            [
                "糖尿病 打两种针 晚上该打来得时18个单位",
                "她拿错了 打成诺和锐了 也是18个 打完才发现",
                "现在测血糖7.8 人清醒 晚饭吃过了",
            ],
            _patient(24471, "female", ("2型糖尿病",), pregnant=False),
            id="r40-zh-027",
        ),  # 中国2型糖尿病防治指南(2020) 低血糖 & NHS Improvement insulin safety: large rapid-acting insulin dose error -> same-day clinician management, extra carbohydrate and supervised glucose monitoring
        pytest.param(
            [
                "pt 61F RA, newly prescribed methotrexate 2.5mg x 4 tabs",
                "daughter just realised she's been taking the 4 tabs EVERY DAY since Monday (4 days) not once a week",
                "no mouth ulcers, no fever at the moment, feels ok",
            ],
            _patient(22280, "female", ("rheumatoid arthritis",), pregnant=None),
            id="r40-en-010",
        ),  # NPSA / MHRA once-weekly methotrexate safety alerts and TOXBASE methotrexate: daily instead of weekly dosing -> stop, same-day FBC/LFT/U&E and assessment for folinic acid rescue
        pytest.param(
            [
                "25yo, 9 weeks pregnant, had metoclopramide injection here for vomiting 4 hrs ago",
                "now neck pulling to one side, eyes keep rolling up, jaw tight, very scared",
                "breathing fine, talking ok, sats 99",
            ],
            _patient(9131, "female", (), pregnant=True),
            id="r40-en-027",
        ),  # MHRA 2013 metoclopramide safety review / BNF: acute dystonic reaction (oculogyric crisis, torticollis) -> prompt same-day treatment with anticholinergic and medical review
        pytest.param(
            [
                "83yo male on apixaban 2.5 bd",
                "pink urine since last night, no clots, peeing ok",
                "BP 138/80 HR 78, no dizziness",
            ],
            _patient(
                30315,
                "male",
                (
                    "atrial fibrillation",
                    "BPH",
                ),
                pregnant=None,
            ),
            id="r40-en-033",
        ),  # NICE CKS Anticoagulation - oral (DOAC): non-major bleeding (visible haematuria, haemodynamically stable) -> same-day assessment; NICE NG12 visible haematuria needs investigation
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "碳酸锂吃两年了 手一直有点细细的抖",
                "上个月查锂浓度0.7 肾功能正常",
                "最近没换药 没拉肚子 没吐 走路说话正常 就问能不能调",
            ],
            _patient(13879, "female", ("双相情感障碍",), pregnant=False),
            id="r40-zh-003",
        ),  # NICE CG185 Bipolar disorder / NICE CKS lithium: fine tremor with therapeutic level is a common adverse effect -> routine review
        pytest.param(
            [
                "怀孕24周 医生开的铁剂 吃了一个礼拜",
                "大便黑黑的 成形的 不稀",
                "不头晕 肚子不痛 没出血 胎动好",
            ],
            _patient(9861, "female", (), pregnant=True),
            id="r40-zh-004",
        ),  # BSH Guideline on iron deficiency in pregnancy (2019) / BNF oral iron: dark formed stools are an expected effect, no features of GI bleeding -> self-care
        pytest.param(
            [
                "刚开始吃舍曲林5天",
                "有点恶心 心里有点发慌 睡得不太好",
                "不发烧 不出汗 手不抖 没吃别的药 也没想不开的念头",
            ],
            _patient(12053, "female", ("抑郁症",), pregnant=False),
            id="r40-zh-005",
        ),  # NICE NG222 Depression in adults: early SSRI side effects (nausea, anxiety, insomnia) are common -> review within 2 weeks
        pytest.param(
            [
                "娃1岁半 10公斤 发烧",
                "妈妈喂了泰诺林混悬液5ml 过了两个钟头奶奶不晓得 又喂了5ml",
                "今天就喂了这两回",
                "现在体温38.3 精神还好 吃奶正常",
            ],
            _patient(548, "male", (), pregnant=False),
            id="r40-zh-014",
        ),  # TOXBASE / NICE CKS Poisoning: paracetamol ~32 mg/kg in 24 h (<75 mg/kg) needs no treatment; NICE NG143 fever – green features -> home care with dosing advice
        pytest.param(
            [
                "二甲双胍才开始吃一个礼拜",
                "说吃了有点恶心 胃里不舒服 大便稀一点",
                "不吐 能吃饭 肚子不痛",
            ],
            _patient(18993, "male", ("2型糖尿病",), pregnant=False),
            id="r40-zh-018",
        ),  # NICE CKS Type 2 diabetes / 中国2型糖尿病防治指南(2020): transient metformin GI side effects -> take with meals, slow titration; self-care
        pytest.param(
            [
                "肺结核 刚开始吃抗痨药4天",
                "说尿是橘红色的 吓坏了",
                "不发烧 眼睛不黄 吃饭正常 尿不痛",
            ],
            _patient(10227, "male", ("肺结核",), pregnant=False),
            id="r40-zh-019",
        ),  # WHO consolidated TB guidelines / 中国结核病防治指南: rifampicin causes harmless orange-red discolouration of urine and body fluids -> reassurance
        pytest.param(
            [
                "吃阿司匹林的 胳膊上一块青 可能搬东西碰的",
                "就一块 半个巴掌大 不肿不痛 别处没有 刷牙不出血",
            ],
            _patient(23376, "male", ("冠心病",), pregnant=False),
            id="r40-zh-020",
        ),  # NICE CKS Antiplatelet treatment: minor bruising is an expected effect of aspirin, continue; self-care with safety-net advice
        pytest.param(
            [
                "心衰 吃沙库巴曲缬沙坦 螺内酯",
                "今天抽血钾5.4 肌酐跟上回差不多",
                "人好好的",
            ],
            _patient(27028, "female", ("心力衰竭",), pregnant=False),
            id="r40-zh-022",
        ),  # NICE NG106 Chronic heart failure / ESC 2021 HF: potassium up to 5.5 mmol/L acceptable on MRA -> continue and recheck at routine monitoring
        pytest.param(
            [
                "华法林 目标2到3 今天测3.4",
                "没出血 没黑便 别的都好",
            ],
            _patient(21915, "female", ("房颤",), pregnant=False),
            id="r40-zh-023",
        ),  # ACCP CHEST 2012 / 华法林中国专家共识: INR above range but <5 without bleeding -> lower or omit one dose, recheck in 1-2 weeks
        pytest.param(
            [
                "从硝苯地平换成氨氯地平以后 两个脚踝都肿",
                "按下去一个坑 下午重早上好",
                "不气短 晚上能平躺 两边一样粗 腿不痛",
            ],
            _patient(25567, "female", ("高血压",), pregnant=False),
            id="r40-zh-035",
        ),  # NICE CKS Hypertension / BNF calcium-channel blockers: bilateral dose-related ankle oedema without heart failure or DVT signs -> routine review
        pytest.param(
            [
                "吃依那普利两个月了 一直干咳 晚上厉害点",
                "不发烧 不喘 没痰 嘴唇舌头都不肿",
            ],
            _patient(24106, "female", ("高血压",), pregnant=False),
            id="r40-zh-037",
        ),  # NICE CKS Hypertension / NICE NG136: ACE-inhibitor cough -> switch to ARB at routine review
        pytest.param(
            [
                "2岁 把家里钙片当糖吃了 少了三四片",
                "就是碳酸钙D3那种",
                "没吐 玩得好好的",
            ],
            _patient(730, "male", (), pregnant=False),
            id="r40-zh-040",
        ),  # TOXBASE calcium carbonate / vitamin D: small accidental ingestion in a child is low toxicity -> home observation
        pytest.param(
            [
                "早上忘吃氨氯地平了 现在下午 量血压150/94",
                "不头痛 不头晕 问要不要紧 要不要补吃",
            ],
            _patient(21549, "female", ("高血压",), pregnant=False),
            id="r40-zh-042",
        ),  # 中国高血压防治指南(2018) / NICE NG136: asymptomatic BP <180/110 is not urgent; single missed long-acting amlodipine dose -> take when remembered, self-care
        pytest.param(
            [
                "华法林吃一年多了 上礼拜邻居给了丹参泡水喝",
                "没出血 没黑便 前天测inr 2.6",
                "问能不能接着喝",
            ],
            _patient(24471, "male", ("房颤",), pregnant=False),
            id="r40-zh-050",
        ),  # 华法林抗凝治疗的中国专家共识(2013) herbal interactions (丹参 potentiates warfarin): advise stop, recheck INR within 1 week; no bleeding -> routine
        pytest.param(
            [
                "甲减 优甲乐早上吃了一片 忘了又吃了一片",
                "现在没什么感觉 问要紧不",
            ],
            _patient(12783, "female", ("甲状腺功能减退",), pregnant=False),
            id="r40-zh-052",
        ),  # BNF levothyroxine / patient information: a single extra dose is unlikely to cause harm -> continue usual dose, self-care
        pytest.param(
            [
                "阿托伐他汀吃半年了 最近两条大腿有点酸",
                "不耽误干活 尿颜色正常 不发烧 不觉得没劲",
            ],
            _patient(22280, "male", ("高脂血症",), pregnant=False),
            id="r40-zh-053",
        ),  # NICE CKS Lipid modification / NICE NG238: mild statin muscle symptoms without weakness or dark urine -> routine CK and review
        pytest.param(
            [
                "小伙20 肌注刚打完 就说眼前发黑 出汗 人软下去了",
                "让他躺平 不到一分钟就醒了",
                "现在bp 112/70 p 64 脸色回来了 没起疹子 不喘 嗓子不紧",
            ],
            _patient(7305, "male", (), pregnant=False),
            id="r40-zh-054",
        ),  # WHO AEFI / UK Green Book chapter 8: vasovagal faint vs anaphylaxis – rapid recovery lying flat, bradycardia, no skin or respiratory features -> faint, rest and self-care
        pytest.param(
            [
                "给一个大人打乙肝疫苗第二针 实习的给打成皮下了",
                "打完好好的 就问这针算不算数 要不要补",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r40-zh-056",
        ),  # CDC/ACIP General Best Practice Guidelines for Immunization: hepatitis B vaccine given by non-IM route should not be counted and should be repeated -> routine, no acute harm
        pytest.param(
            [
                "华法林昨晚忘吃了 今早才想起来",
                "问要不要今天吃两片补上",
                "没哪出血 也没不舒服",
            ],
            _patient(26663, "male", ("房颤",), pregnant=False),
            id="r40-zh-057",
        ),  # 华法林抗凝治疗的中国专家共识(2013) patient education: missed dose noticed next day -> do not double, resume usual dose, INR at next scheduled check
        pytest.param(
            [
                "娃4岁 中耳炎 阿莫西林吃到第5天",
                "身上出了些红点点 平的 不咋痒",
                "嘴巴里 眼睛都没事 不发烧 吃饭玩耍正常",
            ],
            _patient(1461, "female", (), pregnant=False),
            id="r40-zh-058",
        ),  # NICE CG183 Drug allergy / NICE CKS: benign maculopapular rash on amoxicillin without mucosal involvement or systemic features -> routine review, document reaction
        pytest.param(
            [
                "34M on clozapine 1 yr stable, FBC ok last month",
                "pillow wet with drool every morning",
                "no fever, no sore throat, otherwise fine",
            ],
            _patient(12418, "male", ("schizophrenia",), pregnant=None),
            id="r40-en-003",
        ),  # Maudsley Prescribing Guidelines (clozapine adverse effects): nocturnal hypersalivation is common -> routine management (e.g. hyoscine, positioning)
        pytest.param(
            [
                "K 5.3 on annual bloods, creat stable",
                "pt 69M HF, on enalapril + spironolactone 20",
                "no symptoms",
            ],
            _patient(25202, "male", ("heart failure",), pregnant=None),
            id="r40-en-004",
        ),  # ESC 2021 heart failure guideline (MRA/ACEi monitoring): K up to 5.5 mmol/L -> continue treatment with routine monitoring; NICE CKS Hyperkalaemia
        pytest.param(
            [
                "29F started sertraline 50 five days ago",
                "feels a bit sick, jittery, not sleeping well, bit sweaty",
                "no fever, no muscle jerks, no other meds, no thoughts of self harm",
            ],
            _patient(10592, "female", ("depression",), pregnant=False),
            id="r40-en-005",
        ),  # NICE CKS Depression / NICE NG222: common early SSRI adverse effects usually settle in 1-2 weeks; under-30s reviewed about 1 week after starting (routine)
        pytest.param(
            [
                "pt 73F on warfarin 3mg, took 2 tabs yesterday by mistake (6mg)",
                "INR steady around 2.5 last 3 months",
                "no bleeding, asks what to do",
            ],
            _patient(26663, "female", ("atrial fibrillation",), pregnant=None),
            id="r40-en-014",
        ),  # NICE CKS Anticoagulation - oral / BSH 2011: single extra warfarin dose without bleeding -> continue usual dose, check INR within a few days
        pytest.param(
            [
                "58M just started metformin 500 bd last week",
                "bit of nausea and loose stools after meals, no vomiting, eating fine",
                "worried it will damage his kidneys",
            ],
            _patient(21184, "male", ("type 2 diabetes",), pregnant=None),
            id="r40-en-018",
        ),  # NICE CKS Type 2 diabetes (metformin): mild gastrointestinal adverse effects are common at initiation -> take with meals, titrate slowly, reassure
        pytest.param(
            [
                "18M had IM injection in clinic few min ago, went pale and sweaty and slid off the chair, out for few seconds",
                "no rash, no lip swelling, no wheeze, breathing normal",
                "lying flat now, BP 104/66 HR 64, chatting normally",
            ],
            _patient(6574, "male", (), pregnant=None),
            id="r40-en-019",
        ),  # Resuscitation Council UK 2021 Emergency treatment of anaphylaxis (differential diagnosis): vasovagal reaction - pallor, bradycardia, no skin/airway features, rapid recovery lying flat -> observe and discharge with advice
        pytest.param(
            [
                "old lady 77 on aspirin 100, bumped her thigh on the table 2 days ago",
                "purple bruise about palm size, not getting bigger",
                "no other bleeding, no black stool",
            ],
            _patient(28124, "female", ("coronary heart disease",), pregnant=None),
            id="r40-en-020",
        ),  # NICE CKS Antiplatelet treatment: minor bruising is an expected effect of aspirin -> continue, advise when to seek help (spreading bruise, other bleeding)
        pytest.param(
            [
                "RA pt 55F on MTX 10mg weekly (Saturdays) with folic acid",
                "feels queasy every Sunday, no mouth ulcers, no sore throat, no bruising",
                "bloods last month normal",
            ],
            _patient(20088, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r40-en-022",
        ),  # BSR/BHPR 2017 DMARD guideline: methotrexate-related nausea is common -> routine options (night dosing, folic acid adjustment, subcutaneous route)
        pytest.param(
            [
                "55M on aspirin + clopidogrel after stent last year",
                "woke up with bright red patch in the white of left eye",
                "no pain, vision normal, no injury, BP 134/82",
            ],
            _patient(20088, "male", ("coronary stent",), pregnant=None),
            id="r40-en-023",
        ),  # NICE CKS Subconjunctival haemorrhage: painless, normal vision, no trauma -> self-limiting, check BP, reassure (INR check only if on warfarin)
        pytest.param(
            [
                "66M started amlodipine 10 a month ago",
                "both ankles puffy by evening, goes down overnight",
                "no breathless lying flat, no chest pain, calves soft not tender, BP 132/80",
            ],
            _patient(24106, "male", ("hypertension",), pregnant=None),
            id="r40-en-035",
        ),  # NICE CKS Hypertension (calcium-channel blockers): dose-related ankle oedema is a common adverse effect -> routine review of dose or drug
        pytest.param(
            [
                "63F on enalapril 4 months, dry tickly cough for weeks, worse at night",
                "no fever no breathlessness no blood, never smoked",
                "chest clear, sats 98",
            ],
            _patient(23010, "female", ("hypertension",), pregnant=None),
            id="r40-en-037",
        ),  # NICE NG136 Hypertension / NICE CKS: ACE inhibitor-induced dry cough -> routine switch to an angiotensin II receptor blocker
        pytest.param(
            [
                "45F on lithium 3 yrs, level last week 0.7",
                "she says fine shake in her hands when holding a cup, and thirsty a lot",
                "no diarrhoea, no unsteadiness, thinking clear",
            ],
            _patient(16436, "female", ("bipolar disorder",), pregnant=False),
            id="r40-en-040",
        ),  # NICE CKS Bipolar disorder - lithium: fine tremor and polydipsia/polyuria are common adverse effects at therapeutic levels -> routine review with renal and thyroid function
        pytest.param(
            [
                "pt asks: forgot her apixaban 5mg this morning, only remembered now at 2pm",
                "she normally takes it at 8am and 8pm",
                "no symptoms",
            ],
            _patient(None, "female", ("atrial fibrillation",), pregnant=None),
            id="r40-en-042",
        ),  # Apixaban (Eliquis) SmPC section 4.2 missed dose: take immediately and continue twice-daily dosing; do not double
        pytest.param(
            [
                "mum called, 2yo girl swallowed 3 of her birth control pills (combined pill) 30 min ago",
                "child fine, playing",
                "does she need hospital?",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r40-en-050",
        ),  # TOXBASE / UK NPIS: combined oral contraceptive ingestion by a child is of low toxicity (possible nausea, minor withdrawal bleeding) -> home management with advice
        pytest.param(
            [
                "pt 71F took her amlodipine 5mg twice this morning by mistake, forgot she already took it",
                "BP 118/70 HR 76, feels fine",
                "no other BP meds",
            ],
            _patient(25932, "female", ("hypertension",), pregnant=None),
            id="r40-en-053",
        ),  # TOXBASE calcium-channel blockers / amlodipine patient information: a single extra therapeutic dose in an adult is unlikely to cause toxicity -> take next dose as usual, advice on dizziness
        pytest.param(
            [
                "pt 50M on co-codamol for back pain 1 week, no BO for 4 days, bloated",
                "passing wind, no vomiting, belly soft",
                "eating ok",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r40-en-054",
        ),  # NICE CKS Constipation (opioid-induced): laxatives (osmotic plus stimulant), fluids and fibre; no red flags -> self-care advice
        pytest.param(
            [
                "60F on atorvastatin 20 for 2 months",
                "achy thighs and shoulders, mild, can still climb stairs, no weakness",
                "urine normal colour",
            ],
            _patient(21915, "female", ("hyperlipidaemia",), pregnant=None),
            id="r40-en-056",
        ),  # NICE NG238 / NICE CKS Lipid modification (statin muscle symptoms): mild myalgia without weakness or dark urine -> routine CK check and review
        pytest.param(
            [
                "INR 8.3 today, target 2-3",
                "sorry typo - INR is 3.8",
                "70M AF, no bleeding no bruising, had a few extra beers at a wedding this week",
            ],
            _patient(25567, "male", ("atrial fibrillation",), pregnant=None),
            id="r40-en-057",
        ),  # BSH guidelines on oral anticoagulation with warfarin (2011) / NICE CKS Anticoagulation - oral: INR above range but <5 without bleeding -> reduce/omit dose and recheck INR within about a week
        pytest.param(
            [
                "4 yo girl, day 5 of amoxicillin for ear infection",
                "today pink blotchy flat rash on tummy and back, only a bit itchy",
                "playing, eating fine, no fever, lips mouth eyes all normal, no swelling",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r40-en-058",
        ),  # NICE CG183 Drug allergy / NICE CKS: benign delayed maculopapular rash on amoxicillin without mucosal involvement or systemic features in a well child -> stop/document, routine follow-up (no urgent referral)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
