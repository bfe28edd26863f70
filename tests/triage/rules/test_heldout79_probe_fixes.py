# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-ninth held-out round (2026-12-07, at commit a094e55: two reviewers, 120 cases on the
same-day decision that the rounds before left most often undone: blood (unexplained bruising,
a very low platelet count, a child's big spleen, a low INR with a mechanical valve, bleeding on
a DOAC), suspected Addison's and TB, psychotic depression, postural hypotension after new
blood-pressure tablets, night-time symptoms, drug rashes and reactions that come back, burns
and wounds, and children's infections; 12 emergencies, 30 same-day and 18 look-alikes a set).
Before these fixes the rules found 12 of 12 emergencies in both sets, graded 15 of 30 and 16 of
30 same-day cases exactly (12 and 11 of the others as routine or self-care), and sent no
look-alike to emergency.

What changed: a platelet count is read (血小板 18, "plt 14"): below 20 x10^9/L is a doctor today,
with bleeding an emergency, and known ITP with bruises only is left to its plan (ASH 2019); a
mechanical valve with an INR below 2 is same day (ESC/EACTS 2021); petechiae with bleeding gums
and tiredness in an adult is a blood count today, not 120 (NICE NG12 §1.11.2); a child's big
spleen, abdominal mass or growing node (NICE NG12); pinkish urine and 尿像洗肉水 are blood in the
urine (so bleeding on a DOAC is same day); delusions of poison in the water and voices calling
her a sinner are psychosis, not a poisoning; headaches that wake or are worse on coughing, with
vomiting, are raised pressure; a cough of two weeks with fever and night sweats or weight loss
(presumptive TB), and fever with night sweats and weight loss; a sodium told after 生化 is read;
a white, leathery, painless burn is full thickness; redness past the line drawn yesterday is
spreading; a sore on the ball of a diabetic foot is an ulcer; a nail through the shoe is a deep
wound; dizziness on standing after a blood-pressure medicine started or increased (NICE NG136);
hives back after a treated reaction (RCUK 2021) and a rash during a drip given at the clinic;
small pustules on red skin with fever (AGEP); cola urine with puffy eyes (acute nephritis); a
rash dusky in the middle is not cyanosis. After: 12/12, 12/12; 29/30, 28/30; look-alikes 18/18,
18/18.

Left as the rules grade them, against the reviewers: a household's morning headaches with a new
gas heater or a coal stove in the bedroom (r79-en-017, r79-zh-029) stay emergencies, as carbon
monoxide poisoning is referred for a carboxyhaemoglobin level and oxygen now (NICE CKS Carbon
monoxide poisoning; 一氧化碳中毒临床治疗指南); eczema herpeticum in a febrile child told as
精神差点 (r79-zh-028) stays an emergency, as a softened danger sign is still a danger sign."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "78M on warfarin for AF, started clarithromycin 5 days ago for chest infection",
                "black tarry stools since yesterday, dizzy when stands, v pale",
                "BP 86/50 HR 122",
            ],
            _patient(28530, "male", ("atrial_fibrillation",), pregnant=None),
            id="r79-en-031",
        ),  # NICE CG141 acute upper GI bleeding / BNF warfarin interactions: GI bleeding with shock on warfarin after an interacting macrolide needs an ambulance and hospital resuscitation.
        pytest.param(
            [
                "coal stove burning in room overnight, family of 3",
                "this morning grandma 67F confused, v drowsy, vomiting. kids have headaches",
            ],
            _patient(24475, "female", (), pregnant=False),
            id="r79-en-032",
        ),  # UKHSA/CMO carbon monoxide guidance: suspected CO poisoning with confusion and drowsiness needs removal from exposure, high-flow oxygen and emergency hospital care.
        pytest.param(
            [
                "31M 10 min after first dose IV ceftriaxone in clinic",
                "hives all over, lips swelling, voice hoarse, wheezy",
                "sats 92, BP 92/58",
            ],
            _patient(11465, "male", (), pregnant=None),
            id="r79-en-033",
        ),  # Resuscitation Council UK 2021 anaphylaxis: airway and breathing compromise after a drug is anaphylaxis - IM adrenaline and ambulance.
        pytest.param(
            [
                "81F on oral flucloxacillin day 2 for leg cellulitis",
                "daughter says now confused, shivering",
                "T 39.2 HR 124 BP 88/52 RR 26",
            ],
            _patient(29765, "female", ("diabetes",), pregnant=False),
            id="r79-en-034",
        ),  # NICE NG51 sepsis: new confusion, systolic BP 90 or below and RR 25 or above are high-risk criteria needing emergency transfer.
        pytest.param(
            [
                "2yo girl fever since this morning",
                "purple spots on legs, dont fade when pressed w glass",
                "v sleepy, cold hands n feet",
            ],
            _patient(760, "female", (), pregnant=None),
            id="r79-en-035",
        ),  # NICE NG240 meningitis and meningococcal disease: fever with non-blanching rash and drowsiness in a child needs parenteral antibiotics and emergency ambulance transfer.
        pytest.param(
            [
                "71F palpitations started 2h ago, pulse v fast irregular ~160",
                "chest tight, clammy",
                "BP 82/50",
            ],
            _patient(25995, "female", ("hypertension",), pregnant=False),
            id="r79-en-036",
        ),  # NICE NG196 atrial fibrillation: new AF with haemodynamic instability (hypotension, chest pain) needs emergency referral for cardioversion.
        pytest.param(
            [
                "63M with ICD, had 3 shocks in the last hour",
                "feels faint and sick",
            ],
            _patient(22995, "male", ("heart_failure", "icd"), pregnant=None),
            id="r79-en-037",
        ),  # British Heart Rhythm Society ICD patient advice: multiple shocks or a shock with feeling unwell needs 999 for possible electrical storm.
        pytest.param(
            [
                "35F Addison's, vomiting since last night, couldnt keep hydrocortisone down",
                "now v drowsy, BP 78/40 HR 118",
            ],
            _patient(12875, "female", ("addisons_disease",), pregnant=False),
            id="r79-en-038",
        ),  # Society for Endocrinology adrenal crisis guidance: vomiting with hypotension and drowsiness in Addison's is an adrenal crisis - IM hydrocortisone 100 mg and ambulance.
        pytest.param(
            [
                "19F known depression, mum found empty packets",
                'took about 24 paracetamol 500mg 3h ago, says "I just want to die"',
                "alert, talking, weighs ~50kg",
            ],
            _patient(7135, "female", ("depression",), pregnant=False),
            id="r79-en-039",
        ),  # NICE CG16 self-harm / TOXBASE: paracetamol overdose above 150 mg/kg with suicidal intent needs emergency department assessment and treatment now.
        pytest.param(
            [
                "66M T2DM on insulin, wife found him 6am sweaty, mumbling, not answering properly",
                "BM 1.8, she cant get him to swallow juice safely",
            ],
            _patient(24340, "male", ("diabetes",), pregnant=None),
            id="r79-en-040",
        ),  # NICE NG28 / JBDS hypoglycaemia: severe hypoglycaemia with reduced consciousness who cannot swallow needs glucagon if available and an ambulance.
        pytest.param(
            [
                "9yo boy headaches waking him for 3 wks, vomiting mornings",
                "today v drowsy, hard to wake, walking unsteady",
                "mum thinks one pupil looks bigger",
            ],
            _patient(3345, "male", (), pregnant=None),
            id="r79-en-041",
        ),  # NICE CG176/HeadSmart: headache with vomiting plus reduced consciousness, ataxia and unequal pupils suggests raised intracranial pressure needing emergency transfer.
        pytest.param(
            [
                "5yo girl asthma, flu 2 days",
                "now v breathless, cant finish sentences, inhaler not helping",
                "sats 89 RR 48",
            ],
            _patient(1925, "female", ("asthma",), pregnant=None),
            id="r79-en-042",
        ),  # BTS/SIGN asthma guideline: SpO2 under 92% and inability to complete sentences is life-threatening/acute severe asthma needing an ambulance.
        pytest.param(
            [
                "50岁女的，刚给她静滴头孢不到5分钟",
                "说嗓子发紧喘不上气，全身起疹子，嘴唇肿了",
                "BP 80/50，药已经停了",
            ],
            _patient(18380, "female", (), pregnant=False),
            id="r79-zh-001",
        ),  # 中国严重过敏反应诊断与治疗指南/WAO：用药后喉头发紧、呼吸困难、低血压为严重过敏反应，需立即肌注肾上腺素并呼叫120。
        pytest.param(
            [
                "早上邻居发现老两口在屋里，烧着煤炉，门窗关死",
                "老头叫得醒但说话颠三倒四，站不稳，老太太叫不应",
                "已经抬到外面了",
            ],
            _patient(24920, "male", (), pregnant=None),
            id="r79-zh-002",
        ),  # 一氧化碳中毒诊治（国家卫健委/中国急诊共识）：出现意识障碍、共济失调为中重度CO中毒，需立即吸氧并呼叫120转有高压氧条件医院。
        pytest.param(
            [
                "63岁，装了ICD除颤器",
                "半个钟头里被电了3下，他说'像被人当胸踹了一脚'",
                "现在心慌头晕，脸色不好",
            ],
            _patient(23070, "male", ("icd", "heart_failure"), pregnant=None),
            id="r79-zh-003",
        ),  # HRS/EHRA ICD患者管理专家共识：短时间内多次放电（电风暴）或放电后仍有症状需立即呼叫120。
        pytest.param(
            [
                "40岁男的，抑郁好几个月，最近说有声音叫他去死",
                "家里人讲他昨晚在床底下藏了一瓶百草枯，今天问他还说'早晚要走'",
                "现在在诊室，不让家属靠近",
            ],
            _patient(14610, "male", ("depression",), pregnant=None),
            id="r79-zh-011",
        ),  # NICE NG222/精神科危机干预：伴命令性幻听且已准备致死手段的高自杀风险，需立即急诊精神科评估，呼叫120并专人看护。
        pytest.param(
            [
                "14岁女孩，1型糖尿病，这两天感冒没怎么吃饭，自己把胰岛素停了",
                "今天一直吐，肚子痛，喘气又深又快，嘴里一股烂苹果味",
                "血糖仪显示HI，人昏昏沉沉",
            ],
            _patient(5150, "female", ("diabetes",), pregnant=False),
            id="r79-zh-015",
        ),  # 中国1型糖尿病诊治指南（2021）/ISPAD：高血糖伴呕吐、深大呼吸、意识改变高度怀疑糖尿病酮症酸中毒，需立即呼叫120。
        pytest.param(
            [
                "36岁女的，癫痫，三周前换成卡马西平",
                "这两天发烧，嘴里全烂了，眼睛红痛睁不开",
                "身上紫红斑，有的地方起大疱，一碰就掉皮",
            ],
            _patient(13185, "female", ("epilepsy",), pregnant=False),
            id="r79-zh-017",
        ),  # 中国SJS/TEN诊疗专家共识：用药后发热伴黏膜糜烂和皮肤大疱剥脱为SJS/TEN，需立即呼叫120转重症救治。
        pytest.param(
            [
                "79岁奶奶，心慌，胸口压着痛一个钟头",
                "脉又乱又快数不清，心电图像房颤，心率170",
                "BP 84/52，出冷汗，有点喘不上来",
            ],
            _patient(29025, "female", ("hypertension",), pregnant=None),
            id="r79-zh-020",
        ),  # NICE NG196 房颤：新发房颤伴血流动力学不稳定（低血压、胸痛）需紧急电复律，立即呼叫120。
        pytest.param(
            [
                "45岁男的，阿狄森病，天天吃氢化可的松",
                "昨天开始上吐下泻，药吃下去都吐了",
                "现在BP 78/45，迷迷糊糊，喊肚子痛",
            ],
            _patient(16645, "male", ("addisons_disease",), pregnant=None),
            id="r79-zh-027",
        ),  # 英国内分泌学会肾上腺危象急救指南：肾上腺功能不全者呕吐不能口服激素伴低血压意识障碍，需立即肌注氢化可的松并呼叫120。
        pytest.param(
            [
                "10个月女婴，烧了半天，39.8",
                "身上出紫红色的点，拿玻璃杯压着不褪",
                "软塌塌的不爱理人，手脚冰凉",
            ],
            _patient(304, "female", (), pregnant=None),
            id="r79-zh-030",
        ),  # NICE NG143 儿童发热/NG240 脑膜炎：发热伴不褪色皮疹、反应差、肢端凉为红色警示，需立即呼叫120。
        pytest.param(
            [
                "72岁，吃华法林的，早上拉了两回柏油样黑便，量多",
                "刚才站起来差点晕倒，脸煞白，出冷汗",
                "BP 82/50，心率124",
            ],
            _patient(26290, "male", ("atrial_fibrillation",), pregnant=None),
            id="r79-zh-040",
        ),  # 急性上消化道出血急诊诊治流程专家共识/NICE CKS抗凝：抗凝患者黑便伴低血压心动过速为大出血休克，需立即呼叫120。
        pytest.param(
            [
                "30岁女的，有ITP，上礼拜查PLT 8",
                "一个钟头前突然头痛得厉害，吐了两次",
                "现在有点迷糊，叫她反应慢",
            ],
            _patient(11010, "female", ("itp",), pregnant=False),
            id="r79-zh-051",
        ),  # 中国成人ITP诊断与治疗指南（2020）：血小板极低伴剧烈头痛呕吐和意识改变提示颅内出血，需立即120送医。
        pytest.param(
            [
                "58岁糖尿病，大腿上红肿昨天才巴掌大，今天到膝盖了",
                "痛得受不了，有地方发紫起水疱，摸着有捻发感",
                "T 39.4，BP 86/54，心率128，有点糊涂",
            ],
            _patient(21430, "male", ("diabetes",), pregnant=None),
            id="r79-zh-057",
        ),  # NICE NG51 脓毒症/NG141：皮肤软组织感染伴低血压、意识改变及坏死性筋膜炎征象为高危脓毒症，需立即120送医。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "pt 38F c/o bruises on both legs she cant explain, past 2 wks",
                "also tiny red-purple dots on shins n ankles, dont fade w glass. gums bleed when brushing. v tired lately",
                "no nosebleeds, no blood in urine/stool. obs ok HR 84 T 36.8",
            ],
            _patient(13910, "female", (), pregnant=False),
            id="r79-en-001",
        ),  # NICE NG12 / CKS Bruising: unexplained petechiae, bruising and gum bleeding with fatigue in an adult need same-day clinical assessment and FBC for leukaemia/ITP; no major bleeding or instability so not an ambulance.
        pytest.param(
            [
                "lab just rang - plt 14 on yesterdays bloods. pt 67M",
                "bloods were for tiredness. no bleeding, no bruising he has noticed, feels ok",
                "Hb 128 WCC 6.2. not on any blood thinners",
            ],
            _patient(24555, "male", (), pregnant=None),
            id="r79-en-002",
        ),  # BSH ITP guidance / CKS: an unexpected platelet count below 20 without bleeding needs same-day clinician review and discussion with haematology; absence of bleeding means no ambulance.
        pytest.param(
            [
                "mum worried about 4yo son, says he's been pale and tired 3 wks",
                "she can feel a lump in his left tummy under the ribs and says it's getting bigger. few bruises on legs",
                "eating ok, T 37.3, playing, breathing normal",
            ],
            _patient(1580, "male", (), pregnant=None),
            id="r79-en-003",
        ),  # NICE NG12: a child with unexplained (hepato)splenomegaly, pallor and bruising needs immediate (same-day) specialist assessment for leukaemia; he is alert and stable so not an ambulance.
        pytest.param(
            [
                "9yo girl known HbH disease (thalassaemia), not usually transfused",
                "fever n cough 4 days, now much paler, eyes yellow, mum says urine dark like strong tea",
                "alert, talking, HR 110, not breathless at rest, T 37.9",
            ],
            _patient(3485, "female", ("thalassaemia",), pregnant=None),
            id="r79-en-004",
        ),  # TIF guidelines for non-transfusion-dependent thalassaemia: an infection-triggered haemolytic flare in HbH disease needs a same-day Hb check and assessment for transfusion; she is alert without cardiorespiratory compromise.
        pytest.param(
            [
                "72F on apixaban for AF had a molar out this morning",
                "socket still oozing now 6pm, bitten on damp gauze 20 min twice, keeps seeping",
                "not gushing, no big clots, feels fine. BP 138/80 HR 76. dentist closed now",
            ],
            _patient(26310, "female", ("atrial_fibrillation",), pregnant=False),
            id="r79-en-005",
        ),  # SDCEP Management of Dental Patients Taking Anticoagulants: post-extraction bleeding that persists despite pressure needs same-day review for local haemostatic measures; slow ooze with normal obs is not an emergency.
        pytest.param(
            [
                "INR 1.4 today for 55M with mechanical mitral valve on warfarin, target 3.0",
                "admits missing a few doses last week. no symptoms, no weakness, speech normal, no visual change",
            ],
            _patient(20085, "male", ("mechanical_heart_valve",), pregnant=None),
            id="r79-en-006",
        ),  # BSH anticoagulation / ESC valve guidelines: a subtherapeutic INR with a mechanical mitral valve carries high thromboembolic risk and needs same-day clinician review for dose correction and LMWH bridging; no neurological symptoms so not an ambulance.
        pytest.param(
            [
                "61F on pred 10mg for PMR for 2 yrs, stopped it herself 10 days ago bc 'felt better'",
                "now exhausted, nauseous, dizzy, off her food, bit of tummy ache. not vomiting",
                "BP 104/66 HR 90, alert, drinking ok",
            ],
            _patient(22515, "female", ("polymyalgia_rheumatica",), pregnant=False),
            id="r79-en-007",
        ),  # Society for Endocrinology / NICE CKS Addison's disease: suspected adrenal insufficiency after abrupt withdrawal of long-term steroids needs same-day assessment and steroid replacement; no shock, vomiting or confusion so not yet an adrenal crisis.
        pytest.param(
            [
                "45M cough 5 wks not getting better",
                "sweats at night soaking the sheets, evening fevers, lost about 5kg",
                "sats 97 RR 18 T 37.8. lives with wife n 2 kids. no known TB contact",
            ],
            _patient(16485, "male", (), pregnant=None),
            id="r79-en-008",
        ),  # NICE NG33 / WHO TB guidance: cough over 2-3 weeks with fever, night sweats and weight loss is presumptive pulmonary TB needing prompt same-day assessment, CXR and sputum with infection control; respiratory obs are stable.
        pytest.param(
            [
                "50M, wife with him. low for 2 months, barely sleeping, stopped working",
                'wife: "he keeps saying he\'s done terrible things and the neighbours are putting poison in our water"',
                "denies plans to hurt himself or anyone. calm in room, wife staying with him",
            ],
            _patient(18550, "male", ("depression",), pregnant=None),
            id="r79-en-009",
        ),  # NICE NG222 depression: depression with psychotic symptoms needs urgent (same-day) referral to specialist mental health/crisis services; no active plan or imminent harm so not an ambulance.
        pytest.param(
            [
                "83F lives alone since husband died 4 months ago, daughter called us",
                'refusing food and drink for 3 days, daughter says "she told me she just wants to go to sleep and not wake up"',
                "alert, BP 118/70 HR 94, mouth dry. no plan, no tablets stockpiled per daughter",
            ],
            _patient(30315, "female", ("hypertension",), pregnant=False),
            id="r79-en-010",
        ),  # NICE NG222 / CG16: a depressed older person refusing food and fluids with passive death wishes is high risk and needs same-day clinical and mental health assessment (dehydration, suicide risk); currently alert and haemodynamically stable.
        pytest.param(
            [
                "74M started ramipril 5 days ago, BP was 168/96",
                "now dizzy every time he stands, nearly fell in bathroom this morning",
                "sitting BP 128/74, standing 102/60. no blackout, no chest pain",
            ],
            _patient(27110, "male", ("hypertension",), pregnant=None),
            id="r79-en-011",
        ),  # NICE NG136 / BNF ramipril: symptomatic postural hypotension with a near-fall after starting an ACE inhibitor in an older adult needs same-day review of dosing and renal function; no syncope or chest pain so not an emergency.
        pytest.param(
            [
                "68F on rivaroxaban, urine pinkish since this morning",
                "no clots, passing urine ok, maybe bit of stinging",
                "BP 132/78 HR 80 T 37.1, feels well",
            ],
            _patient(25000, "female", ("atrial_fibrillation",), pregnant=False),
            id="r79-en-012",
        ),  # NICE CKS Anticoagulation (oral) / BNF: non-major haematuria on a DOAC needs same-day assessment (urinalysis, FBC, renal function, review of anticoagulant); no heavy bleeding or instability so not an ambulance.
        pytest.param(
            [
                "66M heart racing since last night ~9pm",
                "pulse irregular 108, BP 136/84, sats 97",
                "no chest pain, no SOB, no fainting. never had this before",
            ],
            _patient(24135, "male", ("hypertension",), pregnant=None),
            id="r79-en-013",
        ),  # NICE NG196 atrial fibrillation: new-onset AF within 48 h without haemodynamic instability needs same-day assessment/referral for rate or rhythm control and stroke risk; unstable features would make it an emergency.
        pytest.param(
            [
                "79F pacemaker put in 5 wks ago",
                "site red, swollen, warm, bit tender, skin looks shiny over box",
                "T 37.5, feels otherwise ok, BP 140/76",
            ],
            _patient(29135, "female", ("pacemaker",), pregnant=False),
            id="r79-en-014",
        ),  # EHRA/BHRS device infection consensus: suspected pacemaker pocket infection requires same-day cardiology/device clinic review; no sepsis features so not an ambulance.
        pytest.param(
            [
                "42M T1 diabetic, basal insulin dose increased last week",
                "woke sweaty 3 nights this week, BM 2.8-3.3 each time, treated himself w juice",
                "fine now, wife v worried about tonight",
            ],
            _patient(15340, "male", ("type_1_diabetes",), pregnant=None),
            id="r79-en-015",
        ),  # NICE NG17 / CKS: recurrent nocturnal hypoglycaemia after an insulin dose change needs same-day review of the regimen before the next night; he is currently well so not an emergency.
        pytest.param(
            [
                "58M had dental work 6 wks ago, has bicuspid aortic valve",
                "since then night sweats, evening temps ~38.3, lost 6kg, feels wiped out",
                "HR 92 BP 128/70 alert, no breathlessness",
            ],
            _patient(21320, "male", ("heart_valve_disease",), pregnant=None),
            id="r79-en-016",
        ),  # NICE CG64 / ESC endocarditis guideline: fever, night sweats and weight loss in a patient with a valve abnormality after dental work suggests infective endocarditis needing same-day assessment and blood cultures; haemodynamically stable.
        pytest.param(
            [
                "29F headaches 3 wks, waking her at night",
                "vomits most mornings, worse when she coughs or bends",
                "no weakness, vision ok, alert, T 36.7",
            ],
            _patient(10795, "female", (), pregnant=False),
            id="r79-en-018",
        ),  # NICE CKS Headache assessment: new headache with features of raised intracranial pressure (waking from sleep, morning vomiting, worse on coughing) needs same-day specialist assessment; no reduced consciousness or focal signs so not an ambulance.
        pytest.param(
            [
                "56F started amoxicillin 2 days ago for chest infection",
                "now red skin in armpits n groin spreading to trunk, covered in hundreds of tiny pus spots, T 38.1",
                "no mouth or eye sores, no blisters or peeling skin, breathing fine",
            ],
            _patient(20500, "female", (), pregnant=False),
            id="r79-en-019",
        ),  # British Association of Dermatologists / EuroSCAR: suspected AGEP is a severe cutaneous drug reaction needing the drug stopped and same-day dermatology/medical assessment; no mucosal involvement or airway/circulatory compromise.
        pytest.param(
            [
                "24F seen in our clinic last night for hives + lip tingle after cashews, got chlorphenamine + pred",
                "hives came back this afternoon on arms and tummy, itchy",
                "no lip or tongue swelling, breathing fine, no dizziness",
            ],
            _patient(8790, "female", (), pregnant=False),
            id="r79-en-020",
        ),  # Resuscitation Council UK 2021 / NICE CG134: recurrent urticaria after a treated allergic reaction without airway, breathing or circulation features needs same-day clinician review and allergy referral, not an ambulance.
        pytest.param(
            [
                "4mo girl, exclusively breastfed till today, first bottle of cow's milk formula",
                "15 min later red hives round mouth n cheeks, vomited once",
                "settled now, breathing normal, breastfeeding fine, no floppiness",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r79-en-021",
        ),  # NICE CKS Cow's milk allergy / iMAP: a first mild IgE-type reaction to formula needs same-day GP review to confirm no systemic features and advise stopping cow's milk and a hypoallergenic formula plus allergy referral.
        pytest.param(
            [
                "3yo boy with eczema, face much worse last 3 days",
                "mum says painful clustered blisters that burst into punched-out sores, spreading on cheeks",
                "T 37.9, eating less but alert. not near his eyes",
            ],
            _patient(1185, "male", ("eczema",), pregnant=None),
            id="r79-en-022",
        ),  # NICE CG57 atopic eczema in children: suspected eczema herpeticum needs immediate antiviral treatment and same-day referral; no eye involvement or systemic illness so not an ambulance.
        pytest.param(
            [
                "48M R lower leg red, hot, swollen, spreading since 2 days",
                "T 37.9 HR 88 BP 130/80, alert, walking ok",
                "no wound he knows of",
            ],
            _patient(17720, "male", (), pregnant=None),
            id="r79-en-023",
        ),  # NICE NG141 cellulitis: spreading cellulitis with low-grade fever needs clinician assessment and antibiotics the same day; no sepsis features so not an ambulance.
        pytest.param(
            [
                "15yo boy stepped on a nail through his trainer this afternoon",
                "small puncture on sole, bleeding stopped",
                "mum not sure about his tetanus jabs",
            ],
            _patient(5515, "male", (), pregnant=None),
            id="r79-en-024",
        ),  # NICE CKS / UKHSA Green Book tetanus: a plantar puncture through footwear needs same-day wound cleaning, assessment for foreign body and tetanus prophylaxis decision; not an emergency.
        pytest.param(
            [
                "27F burned her calf on a motorbike exhaust pipe yesterday",
                "area about 2x2 cm, white and leathery, she says it doesnt hurt when touched",
                "no other burns, well",
            ],
            _patient(9955, "female", (), pregnant=False),
            id="r79-en-025",
        ),  # NICE CKS Burns and scalds: full-thickness burns of any size should be referred to a burns service (same-day); small, localised and patient well so not an ambulance.
        pytest.param(
            [
                "70M T2DM, new sore on ball of L foot noticed 1 wk",
                "about 1cm, bit of clear discharge, no spreading redness",
                "no fever, foot warm, pulses felt",
            ],
            _patient(25880, "male", ("diabetes",), pregnant=None),
            id="r79-en-026",
        ),  # NICE NG19 diabetic foot problems: a new diabetic foot ulcer needs referral to the multidisciplinary foot service within 1 working day; no limb-threatening ischaemia or sepsis so not an emergency.
        pytest.param(
            [
                "8mo girl, cousin visited 3 days ago, diagnosed w measles yesterday",
                "baby well, no rash, no fever",
                "hasnt had measles jab yet",
            ],
            _patient(250, "female", (), pregnant=None),
            id="r79-en-027",
        ),  # UKHSA measles post-exposure guidance / China NIP: an unvaccinated infant under 12 months exposed to measles needs same-day contact for post-exposure prophylaxis (vaccine within 72 h or immunoglobulin within 6 days).
        pytest.param(
            [
                "3yo boy fever 5 days up to 39.5",
                "red eyes no gunk, lips red n cracked, rash on tummy, hands n feet puffy",
                "v grumpy but drinking, passing urine",
            ],
            _patient(1295, "male", (), pregnant=None),
            id="r79-en-028",
        ),  # NICE NG143 fever in under 5s: fever for 5 days with features of Kawasaki disease needs same-day paediatric assessment; he is drinking and alert so not an ambulance.
        pytest.param(
            [
                "7yo girl, sore throat about 2 wks ago, now puffy eyes in the mornings",
                "mum says urine looks like cola since yesterday, weeing less",
                "no headache, no breathlessness, alert",
            ],
            _patient(2705, "female", (), pregnant=None),
            id="r79-en-029",
        ),  # NICE CKS haematuria / post-streptococcal glomerulonephritis: cola-coloured urine with periorbital oedema after a sore throat needs same-day paediatric assessment of BP, urine and renal function; no encephalopathy or breathlessness.
        pytest.param(
            [
                "6yo boy w asthma on brown inhaler, flu going round his class, sister has flu",
                "fever 38.7 since yesterday, cough, bit wheezy but better after blue inhaler",
                "sats 96, talking full sentences, drinking",
            ],
            _patient(2210, "male", ("asthma",), pregnant=None),
            id="r79-en-030",
        ),  # UKHSA influenza antiviral guidance / NICE: an at-risk child (asthma on inhaled steroids) with influenza should be assessed the same day for antivirals within 48 h; no severe asthma features.
        pytest.param(
            [
                "3岁男孩，头孢克洛吃了一个礼拜",
                "这两天身上起一圈圈的红斑，中间发紫，膝盖脚踝肿了不肯走路",
                "烧38.5，嘴唇不肿，不喘",
            ],
            _patient(1195, "male", (), pregnant=None),
            id="r79-zh-004",
        ),  # 儿童药物过敏诊疗相关共识：头孢克洛相关血清病样反应（发热、环形皮疹、关节肿痛）需停药并当天就医评估，无气道受累不需120。
        pytest.param(
            [
                "52岁女的，前天开始吃阿莫西林，今天身上大片红，上面密密麻麻小白脓点",
                "发烧38.2，说皮肤烧着痛",
                "嘴里眼睛没烂，没有大水疱脱皮，喘气正常",
            ],
            _patient(18985, "female", (), pregnant=False),
            id="r79-zh-007",
        ),  # 中国药疹诊疗专家共识/英国皮肤科协会：疑似急性泛发性发疹性脓疱病（AGEP）需停药并当天医生评估，无黏膜受累和呼吸问题不需120。
        pytest.param(
            [
                "66岁阿姨，2型糖尿病，打甘精胰岛素，晚上22个单位",
                "连着三个晚上半夜出汗心慌醒过来，测血糖2.9、3.1",
                "吃了饼干就好了，白天好好的",
            ],
            _patient(24105, "female", ("diabetes",), pregnant=None),
            id="r79-zh-008",
        ),  # 中国2型糖尿病防治指南（2020）：反复夜间低血糖需当天医生评估并下调基础胰岛素，防止严重低血糖。
        pytest.param(
            [
                "21岁男的，学生，这一周腿上冒出好多针尖样小红点，压不褪色",
                "身上还有几块青紫，说没磕碰过，最近老说累、爬楼就喘",
                "T 37.4，BP 118/70，没流鼻血没黑便，人清楚",
            ],
            _patient(7705, "male", (), pregnant=None),
            id="r79-zh-009",
        ),  # NICE NG12 疑似癌症识别与转诊：24岁及以下不明原因瘀点应立即（当天）转专科评估白血病，无出血休克不需120。
        pytest.param(
            [
                "8个月女婴，麻疹疫苗还没打",
                "前天跟出麻疹的表哥在一个屋玩了一下午",
                "现在不烧没疹子，吃奶好",
            ],
            _patient(243, "female", (), pregnant=None),
            id="r79-zh-010",
        ),  # WHO麻疹立场文件/UKHSA麻疹暴露后预防指南：未免疫婴儿接触麻疹后72小时内接种疫苗或6天内用免疫球蛋白，需当天就医安排暴露后预防。
        pytest.param(
            [
                "81岁老爷子，老伴走了以后一直闷闷不乐",
                "这3天基本不吃不喝，就抿几口水，说'活着没意思，你们别管我'",
                "嘴唇干，尿少，BP 128/76，能下床",
            ],
            _patient(29585, "male", (), pregnant=None),
            id="r79-zh-018",
        ),  # NICE NG222：老年抑郁伴拒食拒水有自我忽视和脱水风险，需当天医生评估（精神及躯体），生命体征稳定暂不需120。
        pytest.param(
            [
                "8岁女孩，两个多礼拜前扁桃体发炎",
                "这两天早上眼皮肿，尿是可乐色的，尿少了",
                "BP 128/84，没头痛没抽，不喘",
            ],
            _patient(2950, "female", (), pregnant=None),
            id="r79-zh-022",
        ),  # 儿童急性肾小球肾炎诊治（中华儿科）/NICE CKS：链球菌感染后1-3周出现血尿水肿需当天查尿和肾功能、监测血压，无高血压脑病或心衰时不需120。
        pytest.param(
            [
                "29岁小伙，上午吃海鲜过敏全身风团，在我们这打了地塞米松、吃了氯雷他定，好了回家",
                "下午4点又起一身风团，痒得很",
                "没喘，说话声音正常，嘴唇不肿，不吐不拉",
            ],
            _patient(10745, "male", (), pregnant=None),
            id="r79-zh-023",
        ),  # 中国严重过敏反应诊断与治疗指南/NICE CG134：过敏反应治疗后数小时复发需当天医生再评估（警惕双相反应），无气道呼吸循环受累不必120。
        pytest.param(
            [
                "HbH病的病人，平时Hb 80左右",
                "感冒发烧3天，今天眼睛发黄、尿像浓茶，没力气，心率102",
                "BP 105/70，能自己走，没胸闷没晕倒",
            ],
            _patient(10420, "female", ("thalassaemia",), pregnant=False),
            id="r79-zh-024",
        ),  # TIF非输血依赖型地中海贫血管理指南/中国地贫诊疗指南：HbH病感染诱发溶血加重需当天查血红蛋白并评估输血，生命体征稳定可自行就医。
        pytest.param(
            [
                "55岁男的，小腿前面红肿一大片，摸着烫",
                "昨天用笔画的边，今天又往上多出两指",
                "T 37.9，心率88，BP 130/80，人清楚",
            ],
            _patient(20375, "male", (), pregnant=None),
            id="r79-zh-032",
        ),  # NICE NG141 蜂窝织炎：进展中的蜂窝织炎伴低热需当天医生评估抗生素方案，出现脓毒症征象才需急救。
        pytest.param(
            [
                "5岁男娃，家长说肚子越来越鼓，左上腹摸到硬块",
                "我摸脾脏快到肚脐了，上个月来还只是肋下一点点",
                "脸色发白，这两周低烧37.8，吃饭少，没出血",
            ],
            _patient(1885, "male", (), pregnant=None),
            id="r79-zh-033",
        ),  # NICE NG12：儿童不明原因进行性肝脾肿大应立即（当天）转专科评估白血病等血液病。
        pytest.param(
            [
                "67岁阿姨，前年换过主动脉瓣（生物瓣）",
                "两个多礼拜晚上老出汗，下午烧到38度多，瘦了好几斤",
                "三周前拔过牙，现在能吃能走，BP 126/74，心率92",
            ],
            _patient(24495, "female", ("heart_valve_replacement",), pregnant=None),
            id="r79-zh-035",
        ),  # ESC 2023 感染性心内膜炎指南：人工瓣膜患者不明原因发热、盗汗、体重下降需当天转诊查血培养和心超，生命体征稳定可不叫120。
        pytest.param(
            [
                "47岁男的，咳嗽一个多月，吃了两盒头孢没好",
                "下午低烧37.8左右，晚上出汗把衣服湿透，瘦了五六斤",
                "今早痰里有血丝，不多，气不急",
            ],
            _patient(17165, "male", (), pregnant=None),
            id="r79-zh-036",
        ),  # 国家基层肺结核诊疗指南（2018）：咳嗽≥2周伴痰中带血、低热盗汗为肺结核可疑症状，应当天转定点医院拍胸片查痰，少量血丝不需120。
        pytest.param(
            [
                "68岁老糖友，右脚大脚趾底下磨破个口子，一元硬币大",
                "周围有点红，他自己不觉得痛",
                "不发烧，足背能摸到脉",
            ],
            _patient(24910, "male", ("diabetes",), pregnant=None),
            id="r79-zh-037",
        ),  # NICE NG19 糖尿病足：新发糖尿病足溃疡应在1个工作日内转诊足病多学科团队，无脓毒症或坏疽不需120。
        pytest.param(
            [
                "38岁女的，半年瘦了8斤，老觉得累，一站起来就头晕",
                "手上褶子和嘴唇里面发黑，爱吃咸，这两天有点恶心",
                "BP 92/58，心率96，生化钠128 钾5.6，人清醒能走",
            ],
            _patient(14020, "female", (), pregnant=False),
            id="r79-zh-038",
        ),  # NICE CKS Addison病：疑似肾上腺皮质功能减退伴低钠高钾但无休克，需当天转诊医院/内分泌评估，休克或意识改变才按危象呼叫120。
        pytest.param(
            [
                "40岁女的，熨斗烫到小腿，一块硬币大小",
                "那块发白发硬，像皮子，拿针扎都不觉得痛",
                "别的地方没事",
            ],
            _patient(14620, "female", (), pregnant=False),
            id="r79-zh-039",
        ),  # NICE CKS 烧伤：任何全层烧伤（苍白、皮革样、无痛）即使面积小也应当天转诊烧伤科评估。
        pytest.param(
            [
                "2岁男娃，烧了5天，39度多，退烧药下去又上来",
                "两眼发红没眼屎，嘴唇红得裂口子，身上起红疹",
                "手脚肿得发亮，脖子一边一个大疙瘩，精神还行",
            ],
            _patient(800, "male", (), pregnant=None),
            id="r79-zh-041",
        ),  # 中华儿科杂志川崎病诊断和急性期治疗专家共识（2022）：发热≥5天伴结膜充血、口唇改变、皮疹、手足肿胀需当天转儿科住院评估，尽早静注丙球。
        pytest.param(
            [
                "58岁女的，今天下午开始心慌，现在还没停",
                "脉不齐，心率120左右，我们做的心电图像房颤，以前没得过",
                "BP 132/84，没胸痛不气短，说话清楚",
            ],
            _patient(21290, "female", (), pregnant=False),
            id="r79-zh-042",
        ),  # NICE NG196 房颤：新发房颤血流动力学稳定、起病<48小时，应当天转诊评估心率/节律控制和抗凝，伴休克胸痛心衰才需急救。
        pytest.param(
            [
                "63岁女的，在我们这输血塞通，输了一半",
                "胳膊和胸口起红疹子，痒，已经停了",
                "BP 130/80，不胸闷不喘，嗓子不紧，嘴唇不肿",
            ],
            _patient(23065, "female", (), pregnant=None),
            id="r79-zh-043",
        ),  # 中药注射剂临床使用基本原则（原卫生部）：出现过敏反应须立即停药，由医生当天评估处理并观察，无全身和呼吸症状不需120。
        pytest.param(
            [
                "34岁女的，家里人带来，说她两个月心情很差，不吃不睡",
                "她老公原话：'她说听到有人讲她是罪人，把全家害了'",
                "问她想不想死，她说'有时候想，但没想过怎么弄'，没有伤过自己",
            ],
            _patient(12500, "female", (), pregnant=False),
            id="r79-zh-045",
        ),  # NICE NG222 成人抑郁：伴精神病性症状的抑郁应当天紧急转精神科/危机团队评估，无具体自杀计划和手段时不需120。
        pytest.param(
            [
                "74岁老头，装起搏器快一个月",
                "这两天伤口那块红肿发热，按着痛，有一点点渗水",
                "T 37.6，心率70，没心慌头晕",
            ],
            _patient(27220, "male", ("pacemaker",), pregnant=None),
            id="r79-zh-046",
        ),  # EHRA 2019 心血管植入电子器械感染国际共识：起搏器囊袋红肿渗液提示囊袋感染，需当天转心内科评估，不可自行切开引流。
        pytest.param(
            [
                "阿姨拿化验单来问，血常规PLT 15×10^9/L，上个月体检还正常",
                "她说就是腿上几个小出血点，没有牙龈出血鼻血，大小便颜色正常",
                "精神还行，没头痛",
            ],
            _patient(20540, "female", (), pregnant=False),
            id="r79-zh-047",
        ),  # 中国成人原发免疫性血小板减少症诊断与治疗指南（2020）：血小板<20×10^9/L出血风险高，需当天到血液科评估，无活动性出血暂不需120。
        pytest.param(
            [
                "老王，二尖瓣机械瓣，吃华法林",
                "今天测INR 1.4，说上礼拜忘吃了好几天",
                "没胸闷气短，说话利索，手脚有劲",
            ],
            _patient(
                22660, "male", ("mechanical_heart_valve", "atrial_fibrillation"), pregnant=None
            ),
            id="r79-zh-049",
        ),  # ESC/EACTS 2021瓣膜病指南：机械二尖瓣INR明显低于目标有瓣膜血栓和栓塞风险，需当天联系抗凝门诊/心内科评估肝素桥接。
        pytest.param(
            [
                "42岁男的，这三个礼拜头痛越来越重",
                "夜里常痛醒，早上起来吐好几次，吐完好一点",
                "不发烧，手脚能动，说话正常，以前很少头痛",
            ],
            _patient(15580, "male", (), pregnant=None),
            id="r79-zh-055",
        ),  # NICE CKS 头痛评估：进行性加重、夜间痛醒伴晨起呕吐提示颅内压增高，应当天转诊影像/神经科评估，无意识障碍或局灶体征暂不需120。
        pytest.param(
            [
                "70岁男，房颤吃利伐沙班20mg",
                "今早尿是淡红色的，像洗肉水，没血块",
                "尿不痛，BP 134/82，心率80，人没不舒服",
            ],
            _patient(25595, "male", ("atrial_fibrillation",), pregnant=None),
            id="r79-zh-056",
        ),  # EHRA 2021 NOAC实践指南：服NOAC出现非大出血（肉眼血尿无血块、血流动力学稳定）需当天就医评估出血原因及是否暂停用药。
        pytest.param(
            [
                "12岁男孩，踩到木板上的钉子，扎穿运动鞋扎进脚底",
                "昨天下午的事，今天脚底红肿，走路痛",
                "破伤风针记不清打全没有，T 37.3",
            ],
            _patient(4560, "male", (), pregnant=None),
            id="r79-zh-058",
        ),  # NICE CKS/中国破伤风免疫预防专家共识：穿鞋足底刺伤易继发感染（含假单胞菌）并需破伤风预防，出现红肿应当天清创评估。
        pytest.param(
            [
                "6岁男孩，有哮喘，昨天开始烧39度，咳嗽，流感快检甲流阳性",
                "今天咳得重点，有点喘，喷了沙丁胺醇好些",
                "说话能成句，能玩，SpO2 95%",
            ],
            _patient(2390, "male", ("asthma",), pregnant=None),
            id="r79-zh-059",
        ),  # 国家卫健委流行性感冒诊疗方案（2025年版）：哮喘儿童属重症高危人群，应当天就医并尽早（48小时内）抗病毒，无明显呼吸困难不需120。
        pytest.param(
            [
                "76岁奶奶，上礼拜加了个降压药，氨氯地平加氢氯噻嗪",
                "这几天一站起来就眼前发黑，昨天差点摔了两回",
                "躺着BP 138/80，站3分钟 96/58，没胸痛，没晕过去",
            ],
            _patient(28040, "female", ("hypertension",), pregnant=None),
            id="r79-zh-060",
        ),  # 中国高血压防治指南（2018）/NICE NG136：老年人加药后出现症状性体位性低血压和跌倒风险，需当天医生评估调整降压药。
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "45F bruise on shin, banged it on coffee table 10 days ago",
                "now yellow-green, getting smaller. no other bruises, not on any blood thinners, feels well",
            ],
            _patient(16435, "female", (), pregnant=False),
            id="r79-en-043",
        ),  # NICE CKS Bruising: a single explained traumatic bruise that is resolving, with no other bleeding, needs no assessment.
        pytest.param(
            [
                "76M permanent AF on apixaban, due annual review",
                "no palpitations, no SOB. HR 74 BP 130/78",
            ],
            _patient(27940, "male", ("atrial_fibrillation",), pregnant=None),
            id="r79-en-044",
        ),  # NICE NG196: stable, rate-controlled known AF is reviewed routinely (annual review, bloods for DOAC monitoring).
        pytest.param(
            [
                "2yo boy had cold last week",
                "now pink blotchy rash on tummy that fades when pressed, no fever today",
                "eating n playing normally",
            ],
            _patient(880, "male", (), pregnant=None),
            id="r79-en-045",
        ),  # NICE NG143 traffic light: a blanching viral rash in an afebrile, well, playing child has only green features - home care with safety-netting.
        pytest.param(
            [
                "64F INR 3.7 on routine check, target 2.5",
                "no bleeding, no bruising, no new meds",
            ],
            _patient(23390, "female", ("atrial_fibrillation",), pregnant=False),
            id="r79-en-046",
        ),  # BNF/BSH warfarin: INR above target but under 5 without bleeding is managed by dose adjustment and a routine repeat INR.
        pytest.param(
            [
                "30M splashed hot tea on forearm 1h ago, cooled under tap 20 min",
                "red patch ~3cm, sore, no blisters",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r79-en-047",
        ),  # NICE CKS Burns and scalds: a small superficial epidermal burn without blistering can be managed at home.
        pytest.param(
            [
                "51F hot flushes and night sweats 4 months, periods irregular",
                "weight stable, otherwise well",
            ],
            _patient(18715, "female", (), pregnant=False),
            id="r79-en-048",
        ),  # NICE NG23 menopause: perimenopausal vasomotor symptoms with stable weight are discussed at a routine appointment.
        pytest.param(
            [
                "5yo girl, pea-sized lump under jaw noticed during a cold 2 wks ago",
                "soft, moves, not getting bigger, she's well, no sweats",
            ],
            _patient(2025, "female", (), pregnant=None),
            id="r79-en-049",
        ),  # NICE CKS Neck lump / NG12: a small mobile reactive node in a well child is reviewed routinely if it persists beyond several weeks.
        pytest.param(
            [
                "28F known eczema, hands dry and itchy, knuckles cracked",
                "worse with washing up. no weeping, no crusts, no fever",
            ],
            _patient(10270, "female", ("eczema",), pregnant=False),
            id="r79-en-050",
        ),  # NICE CKS Eczema - atopic: a mild uninfected flare is managed with emollients, soap substitutes and gloves.
        pytest.param(
            [
                "33M hives 2 days ago after eating prawns, settled w cetirizine same day",
                "no lip swelling, no breathing problems, asking about allergy testing",
            ],
            _patient(12145, "male", (), pregnant=None),
            id="r79-en-051",
        ),  # NICE CKS Urticaria / CG116 food allergy: resolved urticaria without systemic features needs only a routine appointment to consider allergy referral.
        pytest.param(
            [
                "84F pacemaker check due next month",
                "site healed, no redness or swelling, feels well",
            ],
            _patient(30670, "female", ("pacemaker",), pregnant=False),
            id="r79-en-052",
        ),  # BHRS device follow-up: a well-healed device site in a well patient needs only routine scheduled follow-up.
        pytest.param(
            [
                "60F started amlodipine 3 wks ago",
                "ankles a bit puffy by evening, no SOB, no chest pain. BP now 132/80",
            ],
            _patient(22200, "female", ("hypertension",), pregnant=False),
            id="r79-en-053",
        ),  # BNF amlodipine / NICE NG136: dose-related ankle oedema without breathlessness is a common side effect reviewed at a routine appointment.
        pytest.param(
            [
                "30M bloods: Hb 131, MCV 64, known beta thal trait",
                "no symptoms, routine work check",
            ],
            _patient(11150, "male", ("thalassaemia_trait",), pregnant=None),
            id="r79-en-054",
        ),  # NHS Sickle Cell and Thalassaemia Screening / TIF: thalassaemia trait with stable Hb needs only routine advice (e.g. partner testing when planning a family).
        pytest.param(
            [
                "36M feeling low 2 wks since laid off, sleeping badly",
                "still eating, going out, no thoughts of harming himself, wife supportive",
            ],
            _patient(13260, "male", (), pregnant=None),
            id="r79-en-055",
        ),  # NICE NG222 depression: low mood after a life event without risk features is assessed at a routine appointment with support.
        pytest.param(
            [
                "40F cough n runny nose 6 days",
                "no fever, breathing fine, sleeping ok",
            ],
            _patient(14800, "female", (), pregnant=False),
            id="r79-en-056",
        ),  # NICE NG120 acute cough: a viral cough in a well adult usually lasts up to 3 weeks and is managed with self-care.
        pytest.param(
            [
                "13mo boy, MMR jab 8 days ago",
                "now faint rash and T 37.8, feeding well, happy",
            ],
            _patient(395, "male", (), pregnant=None),
            id="r79-en-057",
        ),  # UKHSA Green Book MMR: mild fever and rash 6-11 days after MMR is an expected reaction managed at home.
        pytest.param(
            [
                "8yo boy had strep throat 2 wks ago, finished penicillin, now fine",
                "mum read online about kidney problems. urine normal colour, no puffy eyes",
            ],
            _patient(2980, "male", (), pregnant=None),
            id="r79-en-058",
        ),  # NICE CKS Sore throat: a recovered child with normal urine and no oedema needs only safety-netting advice about post-streptococcal symptoms.
        pytest.param(
            [
                "68F T2DM annual foot check",
                "hard skin on ball of foot, no break in skin, pulses ok, sensation ok",
            ],
            _patient(24860, "female", ("diabetes",), pregnant=False),
            id="r79-en-059",
        ),  # NICE NG19: low-risk diabetic foot with callus but intact skin is managed with routine podiatry and annual review.
        pytest.param(
            [
                "35M band-like headache end of work day, 2-3 times a wk",
                "eased by paracetamol, never wakes him, no vomiting, vision normal",
            ],
            _patient(13025, "male", (), pregnant=None),
            id="r79-en-060",
        ),  # NICE CG150 headaches: tension-type headache without red flags is managed with self-care and advice on limiting analgesic days.
        pytest.param(
            [
                "8个月男娃，一个礼拜前刚打了麻腮风",
                "今天有点低烧37.8，身上散着几个小红点",
                "吃奶玩耍都正常，身边没人出麻疹",
            ],
            _patient(245, "male", (), pregnant=None),
            id="r79-zh-005",
        ),  # 国家免疫规划疫苗接种异常反应相关指南/WHO：麻腮风疫苗接种后5-12天可出现低热和轻微皮疹，精神好可居家观察。
        pytest.param(
            [
                "2岁男娃，湿疹，天一冷胳膊肘、腿弯又干又痒",
                "不流水，没黄痂没水疱，不发烧",
                "家长问能不能多抹点润肤霜",
            ],
            _patient(880, "male", ("eczema",), pregnant=None),
            id="r79-zh-006",
        ),  # NICE NG190 特应性皮炎：无感染迹象的轻度湿疹以足量润肤剂为主居家护理。
        pytest.param(
            [
                "开水溅到手背，红了一块，有个黄豆大小水泡",
                "已经冲了20分钟凉水，不怎么痛了",
            ],
            _patient(12065, "male", (), pregnant=None),
            id="r79-zh-012",
        ),  # NICE CKS 烧伤：小面积浅表烧伤（发红、个别小水疱、非特殊部位）冷水冲洗后可自我护理。
        pytest.param(
            [
                "28岁小伙，最近加班熬夜，早上起来有时头胀",
                "家里用空调，不烧煤不烧炭，家里别人都没事",
                "不吐，喝点水睡一觉就好",
            ],
            _patient(10310, "male", (), pregnant=None),
            id="r79-zh-013",
        ),  # NICE CKS 紧张型头痛：无警示症状、与睡眠不足相关的轻度头痛可自我护理。
        pytest.param(
            [
                "70岁阿姨吃阿司匹林的，大腿外侧一块青",
                "说是上礼拜磕到桌角，现在发黄变淡了",
                "别处没出血点，也不累",
            ],
            _patient(25750, "female", ("coronary_heart_disease",), pregnant=None),
            id="r79-zh-014",
        ),  # NICE CKS 瘀伤相关：有明确外伤史、正在消退的单处瘀青且无其他出血表现，可居家观察。
        pytest.param(
            [
                "25岁姑娘，撕倒刺后指甲边红肿，有点痛，一天了",
                "没看到脓，不发烧",
            ],
            _patient(9225, "female", (), pregnant=False),
            id="r79-zh-016",
        ),  # NICE CKS 急性甲沟炎：无脓肿的轻度甲沟炎可温水浸泡自我护理，出现脓肿再就医切开。
        pytest.param(
            [
                "上午拔了颗牙，他吃阿哌沙班",
                "刚才口水里有点粉红，咬纱布20分钟后不渗了",
                "没大口吐血，人好好的",
            ],
            _patient(22030, "male", ("atrial_fibrillation",), pregnant=None),
            id="r79-zh-019",
        ),  # SDCEP 服用抗凝/抗血小板药物患者牙科管理指南：拔牙后少量渗血经纱布压迫止住，可居家护理观察。
        pytest.param(
            [
                "4岁女孩，脖子两边摸到黄豆大小的淋巴结",
                "感冒后出来的，2个月了没长大，能推动，不痛",
                "不发烧，吃饭睡觉都正常",
            ],
            _patient(1480, "female", (), pregnant=None),
            id="r79-zh-021",
        ),  # NICE CKS 颈部包块/NG12：儿童<1cm、可活动、无进行性增大和全身症状的反应性淋巴结，可安抚观察，增大再就医。
        pytest.param(
            [
                "71岁糖尿病阿姨，脚底前掌长了老茧，有点硬",
                "皮没破，不红不肿不流水",
                "想找人修一下",
            ],
            _patient(25925, "female", ("diabetes",), pregnant=None),
            id="r79-zh-025",
        ),  # NICE NG19 糖尿病足：无溃疡和感染的胼胝属常规足病护理，按常规预约处理。
        pytest.param(
            [
                "49岁大姐，这半年晚上常出汗，一阵阵潮热",
                "月经不规律了，体重没变，不发烧不咳嗽",
            ],
            _patient(18085, "female", (), pregnant=False),
            id="r79-zh-026",
        ),  # NICE NG23 更年期：围绝经期潮热盗汗且无消瘦发热等警示症状，可常规门诊评估管理。
        pytest.param(
            [
                "59岁，打门冬胰岛素，昨天晚饭没吃就打了针",
                "过了两个钟头心慌，测3.6，吃了糖就好了",
                "以前没有过，今天血糖正常",
            ],
            _patient(21635, "male", ("diabetes",), pregnant=None),
            id="r79-zh-031",
        ),  # 中国2型糖尿病防治指南（2020）：有明确诱因的单次轻度低血糖已纠正，加强教育并在常规随访时调整方案即可。
        pytest.param(
            [
                "房颤几年了，吃利伐沙班，今天来复诊开药",
                "心率78，BP 128/76，不心慌胸闷，没出血",
                "问要不要换药",
            ],
            _patient(26695, "male", ("atrial_fibrillation",), pregnant=None),
            id="r79-zh-034",
        ),  # NICE NG196 房颤：病情稳定的已知房颤患者按常规随访复查，无需当天就诊。
        pytest.param(
            [
                "31岁女的，昨晚吃芒果，嘴边和脖子起了几个风团",
                "自己吃了一片氯雷他定，今早基本消了",
                "没喘没胸闷，嘴唇舌头不肿",
            ],
            _patient(11375, "female", (), pregnant=False),
            id="r79-zh-044",
        ),  # NICE CKS 荨麻疹：急性轻度荨麻疹无血管性水肿或呼吸症状，口服非镇静抗组胺药自我护理。
        pytest.param(
            [
                "69岁，吃利伐沙班的，今早尿是红的，吓一跳",
                "一问昨晚吃了两个红心火龙果",
                "尿不痛，没血块，尿试纸潜血阴性",
            ],
            _patient(25215, "male", ("atrial_fibrillation",), pregnant=None),
            id="r79-zh-048",
        ),  # EHRA NOAC实践指南：试纸潜血阴性且有红心火龙果进食史的红色尿为食物色素而非出血，可居家观察。
        pytest.param(
            [
                "阑尾切了第5天，刀口边上线头那里有一点点红",
                "不肿不流脓，不发烧，不怎么痛",
                "约了礼拜五拆线",
            ],
            _patient(16465, "male", (), pregnant=None),
            id="r79-zh-050",
        ),  # NICE NG125 手术部位感染：切口轻度缝线反应无红肿渗脓发热，按原计划复诊拆线即可。
        pytest.param(
            [
                "吃华法林的阿姨，牙疼，牙医开了阿莫西林3天",
                "上礼拜INR 2.4，没有牙龈出血鼻血，大便是黄的",
                "问要不要紧",
            ],
            _patient(24025, "female", ("atrial_fibrillation",), pregnant=None),
            id="r79-zh-052",
        ),  # NICE CKS 口服抗凝（华法林）：加用可能相互作用的抗生素且无出血时，3-5天内复查INR即可，不必当天就诊。
        pytest.param(
            [
                "1岁2个月女娃，前面烧了3天，昨天退了",
                "今天身上出红色小疹子，不痒",
                "能吃能玩，精神好",
            ],
            _patient(426, "female", (), pregnant=None),
            id="r79-zh-053",
        ),  # NICE CKS/儿科常见病：热退疹出、精神好符合幼儿急疹，居家护理即可。
        pytest.param(
            [
                "7岁男孩，上礼拜嗓子痛发烧，吃药好了",
                "家长听说会得肾炎，有点担心",
                "尿颜色正常，眼皮不肿，不烧了",
            ],
            _patient(2615, "male", (), pregnant=None),
            id="r79-zh-054",
        ),  # 儿童急性肾小球肾炎诊治（中华儿科）：链球菌感染后无血尿、水肿、高血压者无需就诊，告知1-3周内出现可乐色尿或水肿再来。
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
