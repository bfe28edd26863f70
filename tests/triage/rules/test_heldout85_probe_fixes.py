# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-fifth held-out round (2026-12-07, at commit 51359e1: two reviewers, 120 cases that each
give measured vital signs, where the level comes from reading several values together or in
context: sepsis and pneumonia, COPD at its usual saturation, heart failure, dehydration, bleeding,
after an operation or a birth; and look-alikes with one value off that does not matter (an
anxious young pulse, white-coat BP, an athlete's or a beta-blocker's slow pulse, a cold finger's
saturation); 12 emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules
found 12 of 12 emergencies in each set, graded 22 of 24 and 22 of 24 same-day cases exactly
(English, Chinese) and sent 2 and 1 look-alikes to emergency: a saturation of 86% off home oxygen
was read instead of 90% on the usual 2 L, 88% on a cold finger instead of 96% on a warmed one
(换个捂热的手指复测), "bisoprolol 5 mg for angina" was read as chest pain, a mastitis with T 38.6 and
a pulse of 102 three weeks after birth was graded puerperal sepsis, and an infected surgical
wound ("had his appendix out 7 days ago", 切口红了 挤一下有点脓) or an older person on a diuretic and
an ACE inhibitor with diarrhoea, a dry tongue and "hardly passing water" was routine.

What changed: the saturation on the usual home oxygen is the one judged (BTS 2017); a finger
warmed (捂热, 换个手指) before a re-measure; a medicine "for angina" is the history of angina;
mastitis explaining the fever with a pulse of 100-119 is the same-day mastitis rule's (NICE NG51's
one moderate-to-high risk criterion, NICE CKS Mastitis), not puerperal sepsis; an operation named
(appendix, gallbladder, hernia, post-op) makes a wound infection a surgical site infection, the
same day (NICE NG125); 有脓 and 有波动 are read, but not inside 没有脓, 没有波动感; "hardly passing
water", "tongue dry". After: 12/12, 12/12; 24/24, 24/24; look-alikes 24/24, 24/24."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "daughter brought her mum in, says it's her water infection again, wee burning 2 days",
                "bit muddled since this morning, didnt know what day it was, not eating. obs T 38.9 HR 118 BP 86/54 RR 26 SpO2 94% RA",
                "daughter asking can we just give antibiotics to take home",
            ],
            _patient(26420, "female", ("hypertension",), pregnant=False),
            id="r85-en-001",
        ),  # NICE NG51 Sepsis: new altered mental state, respiratory rate ≥25/min and systolic BP ≤90 mmHg are each high-risk criteria, and any high-risk criterion in suspected sepsis outside hospital requires immediate emergency transfer.
        pytest.param(
            [
                "68M cough + fever 4 days, now son says hes confused, keeps asking the same question",
                "T 39.1, RR 32, SpO2 88% on air, HR 122, BP 88/56. crackles L base",
            ],
            _patient(25020, "male", ("diabetes",), pregnant=None),
            id="r85-en-002",
        ),  # NICE NG138 Pneumonia (community-acquired) / BTS CAP guideline: a CRB65 score of 3-4 (confusion, RR ≥30, SBP <90, age ≥65) is high risk and needs urgent hospital admission, and SpO2 <92% on air also indicates hospital care.
        pytest.param(
            [
                "wife rang this am, he sat up in the chair all night couldnt lie flat",
                "now in clinic: RR 30, SpO2 86% RA, HR 118, BP 164/96, crackles both sides halfway up, sweaty, talking in short phrases. no chest pain he says",
            ],
            _patient(29245, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r85-en-003",
        ),  # ESC 2021 Heart Failure Guidelines: acute heart failure with respiratory distress and SpO2 <90% (acute pulmonary oedema) requires immediate hospital treatment with oxygen, IV diuretics and monitoring.
        pytest.param(
            [
                "phone call from husband, wife had baby 8 days ago at township hospital, since an hour ago bleeding a lot with big clots, soaked 3 pads",
                "she's here now: pale, says dizzy, HR 122, BP 90/56, RR 22, T 37.2",
            ],
            _patient(10310, "female", (), pregnant=False),
            id="r85-en-004",
        ),  # WHO recommendations on postpartum haemorrhage / RCOG Green-top Guideline 52: secondary postpartum haemorrhage with haemodynamic compromise (tachycardia, hypotension, dizziness) requires immediate resuscitation and hospital transfer.
        pytest.param(
            [
                "9 mo girl, cold and cough 3 days, now breathing fast and making a grunting noise",
                "RR 64, SpO2 90% on air, HR 168, T 38.6, skin pulling in under the ribs, only took a few sucks of her bottle this morning",
            ],
            _patient(275, "female", (), pregnant=None),
            id="r85-en-005",
        ),  # NICE NG9 Bronchiolitis: grunting, marked chest recession or persistent SpO2 <92% on air require immediate referral for emergency care; NICE NG143 also lists grunting and RR >60 as red features.
        pytest.param(
            [
                "mum says the baby felt a bit warm this afternoon, still feeding ok, seems fine otherwise",
                "3 wk old boy. axillary T 38.2, rechecked 38.3. HR 162, RR 44, pink, no rash",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r85-en-006",
        ),  # NICE NG143 Fever in under 5s: any infant younger than 3 months with a temperature of 38°C or higher is high risk (red) and needs urgent referral for paediatric hospital assessment.
        pytest.param(
            [
                "58 yr old man, black sticky poo twice since yesterday, feels dizzy when he stands up",
                "taking aspirin and ibuprofen for his knees. HR 116, BP 94/60, looks pale, no vomiting blood",
            ],
            _patient(21470, "male", ("osteoarthritis",), pregnant=None),
            id="r85-en-007",
        ),  # NICE CG141 Acute upper GI bleeding: melaena with tachycardia and hypotension indicates haemodynamically significant bleeding (high Glasgow-Blatchford score) needing immediate resuscitation and hospital endoscopy.
        pytest.param(
            [
                "his normal sats are about 90 so its probably just his chest again",
                "today SpO2 82% RA, RR 30, HR 118, using his neck muscles to breathe, very sleepy, keeps dozing off when we talk to him. wife says he didnt sleep last night",
            ],
            _patient(25570, "male", ("copd",), pregnant=None),
            id="r85-en-008",
        ),  # GOLD 2024: a COPD exacerbation with severe resting dyspnoea, high respiratory rate, SpO2 well below baseline and new drowsiness/confusion requires hospital emergency care; BTS oxygen guideline 2017 target is 88-92%, so 82% is dangerous hypoxaemia.
        pytest.param(
            [
                "19F type 1, vomiting since this morning, couldnt eat so she skipped her insulin",
                "meter says HI, lab glucose 27.6. urine ketones +++. breathing deep and fast RR 28, HR 124, BP 104/66, drowsy but answers",
            ],
            _patient(7035, "female", ("type 1 diabetes",), pregnant=False),
            id="r85-en-009",
        ),  # NICE NG17 Type 1 diabetes in adults: suspected diabetic ketoacidosis (hyperglycaemia, ketonuria, vomiting, deep rapid breathing, drowsiness) requires immediate hospital admission.
        pytest.param(
            [
                "34 yo, 32 weeks pregnant, headache since last night and seeing flashing lights",
                "BP 166/112, repeat 168/110, urine protein 2+",
            ],
            _patient(12560, "female", (), pregnant=True),
            id="r85-en-010",
        ),  # NICE NG133 Hypertension in pregnancy: severe hypertension (≥160/110 mmHg) with symptoms of pre-eclampsia (severe headache, visual disturbance) and proteinuria requires immediate hospital admission.
        pytest.param(
            [
                "18 mo boy, diarrhoea and vomiting 2 days",
                "mum says very sleepy today, no wet nappy since last night. HR 172, cap refill 4 s, hands and feet cold, eyes sunken, T 37.4",
            ],
            _patient(545, "male", (), pregnant=None),
            id="r85-en-011",
        ),  # NICE CG84 Diarrhoea and vomiting in under 5s: decreased consciousness, tachycardia, cold extremities and prolonged capillary refill are signs of clinical shock requiring immediate hospital transfer for IV fluid resuscitation.
        pytest.param(
            [
                "lady 9 days after her knee replacement, says she just feels a bit puffed since this morning",
                "no chest pain, no cough. HR 118, RR 28, SpO2 89% on air, BP 108/70, T 37.3. left calf more swollen than the right",
            ],
            _patient(22295, "female", ("osteoarthritis",), pregnant=False),
            id="r85-en-012",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected PE with a two-level Wells score >4 (signs of DVT, HR >100, surgery within 4 weeks) and hypoxaemia needs immediate hospital assessment and CTPA.
        pytest.param(
            [
                "王奶奶78岁，咳嗽发烧3天，今天家属说她有点糊涂，问她在哪说不清楚",
                "T 38.9 P 118 R 28 BP 88/50 SpO2 91%（没吸氧）",
                "平时血压150左右，吃着降压药和二甲双胍",
            ],
            _patient(28590, "female", ("hypertension", "diabetes"), pregnant=False),
            id="r85-zh-001",
        ),  # NICE NG138 成人肺炎: 新发意识混乱、收缩压<90 mmHg、年龄≥65岁使CRB65达3分属高危，需立即住院；RCP NEWS2总分≥7需立即处理。
        pytest.param(
            [
                "67岁老张，女儿带来的，说他这两天没劲，不想吃饭，别的没啥",
                "前几天说尿尿疼、尿频，自己没当回事。今天量 BP 84/50，P 122，T 38.9，R 24，SpO2 95%",
                "人能说话，就是反应比平时慢一点，尿也少",
            ],
            _patient(24600, "male", ("diabetes",), pregnant=None),
            id="r85-zh-006",
        ),  # NICE NG51 脓毒症(2024)/RCP NEWS2: 疑似感染伴收缩压≤90 mmHg、心率>120、呼吸24次/分和新发反应迟钝，NEWS2≥7属高危，需立即转送医院。
        pytest.param(
            [
                "产后第6天，28岁，在家顺产后回来的",
                "今天发烧寒战，肚子疼，恶露有臭味",
                "T 39.2 P 128 BP 92/58 R 26，人说很难受",
            ],
            _patient(10320, "female", (), pregnant=False),
            id="r85-zh-011",
        ),  # RCOG Green-top Guideline 64b 产后脓毒症: 产褥期发热伴心动过速、低血压和呼吸增快属严重脓毒症征象，需立即转医院静脉抗生素治疗。
        pytest.param(
            [
                "4个月男婴，咳嗽3天，今天呼吸很快，吃奶只吃了平时一半不到",
                "RR 68，SpO2 89%，有呻吟，肋间凹陷明显，T 38.4",
                "妈妈说早上有一次好像憋住了几秒没喘气",
            ],
            _patient(125, "male", (), pregnant=None),
            id="r85-zh-016",
        ),  # NICE NG9 毛细支气管炎: 呼吸暂停、呻吟、明显胸廓凹陷或SpO2<92%时应立即转诊紧急医疗。
        pytest.param(
            [
                "74岁慢阻肺老病人，儿子打电话说他爸今天特别能睡，叫醒了说话含糊，又睡过去",
                "我上门量的：SpO2 83%（没吸氧，他平时90%左右），R 30，HR 116，BP 150/90，T 37.8",
                "这几天咳黄痰喘得厉害",
            ],
            _patient(27100, "male", ("copd",), pregnant=None),
            id="r85-zh-021",
        ),  # NICE NG115 慢阻肺: 急性加重伴意识水平下降或急性意识混乱、SpO2<90%应住院治疗，提示高碳酸血症性呼吸衰竭。
        pytest.param(
            [
                "72岁心衰老太太，半夜突然喘得不行，坐起来才能喘气",
                "咳粉红色泡沫痰，R 34，SpO2 85%，HR 122，BP 178/102，两肺都是湿罗音",
                "人还清醒，出了一身汗",
            ],
            _patient(26300, "female", ("heart failure", "hypertension"), pregnant=False),
            id="r85-zh-026",
        ),  # 中国心力衰竭诊断和治疗指南2018: 端坐呼吸、粉红色泡沫痰、SpO2<90%提示急性肺水肿，属急性心衰，需立即吸氧并转运至医院。
        pytest.param(
            [
                "58岁男 他自己说没啥事 就是有点晕",
                "问了拉黑便两天 像柏油 今天早上上厕所站起来眼前一黑差点倒",
                "吃阿司匹林的。HR 116 BP 92/60 脸色发白 SpO2 97% R 20",
            ],
            _patient(21270, "male", ("coronary heart disease",), pregnant=None),
            id="r85-zh-031",
        ),  # 急性非静脉曲张性上消化道出血诊治指南(2018)/NICE CG141: 黑便伴心动过速、收缩压<100 mmHg和晕厥先兆提示循环不稳定的上消化道出血，需立即转运。
        pytest.param(
            [
                "1岁半男孩，拉肚子吐了2天",
                "现在特别蔫，叫他都不怎么睁眼，手脚冰凉发花",
                "HR 175，毛细血管充盈4秒，10个小时没尿，T 37.2",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r85-zh-036",
        ),  # NICE CG84 儿童腹泻呕吐: 意识水平下降、肢端冰冷花斑、心动过速和毛细血管再充盈时间延长提示休克，需立即转送静脉补液。
        pytest.param(
            [
                "孕32周，26岁，说头痛得厉害，眼前有点花",
                "BP 168/112，隔一会儿复测164/110",
                "尿蛋白2+，脚肿到小腿",
            ],
            _patient(9790, "female", (), pregnant=True),
            id="r85-zh-041",
        ),  # NICE NG133/中国妊娠期高血压疾病诊治指南(2020): 血压≥160/110 mmHg伴头痛、视物模糊属重度子痫前期，需立即住院治疗。
        pytest.param(
            [
                "81岁老人的女儿打电话来，说他爸从早上就一直睡，叫他只哼哼",
                "他吃格列本脲的，刚用家里的血糖仪测2.1，喂糖水喂不进去，呛了",
                "我过去看了：BP 142/80 HR 92 R 16，叫他睁一下眼又闭上了",
            ],
            _patient(29631, "male", ("diabetes", "ckd"), pregnant=None),
            id="r85-zh-046",
        ),  # 中国2型糖尿病防治指南(2020年版)/ADA 2024: 意识障碍需他人协助的3级(严重)低血糖、不能口服者需静脉葡萄糖并送医，磺脲类所致低血糖易反复需住院观察。
        pytest.param(
            [
                "45岁女 前天腹腔镜胆囊切除出院",
                "今天肚子越来越疼，发烧，T 38.7 HR 124 R 24 BP 94/60 SpO2 95%",
                "说有点恶心，没吐",
            ],
            _patient(16445, "female", (), pregnant=False),
            id="r85-zh-051",
        ),  # NICE NG51/RCP NEWS2: 术后疑似感染且NEWS2≥7(心率124、呼吸24、收缩压94、发热)属高危，需立即转回医院。
        pytest.param(
            [
                "6岁男孩 今天早上开始发烧 39.4",
                "妈妈刚发现身上有些小红点 拿杯子压了不褪色，说腿疼",
                "HR 150 R 30 手脚冰凉 毛细血管充盈4秒",
            ],
            _patient(2290, "male", (), pregnant=None),
            id="r85-zh-056",
        ),  # NICE NG240 细菌性脑膜炎和脑膜炎球菌病: 发热伴不褪色皮疹及外周灌注差应给予肠外青霉素并立即转送医院。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "45F cough 4 days with green sputum, fever, pain R side when she breathes in deep",
                "T 38.4, HR 88, RR 20, BP 126/80, SpO2 96% RA, alert. crackles R base",
            ],
            _patient(16635, "female", (), pregnant=False),
            id="r85-en-013",
        ),  # NICE NG138 Pneumonia (community-acquired): CRB65 score 0 is low risk and can be treated at home, but antibiotics should be started within 4 hours of diagnosis after clinical assessment.
        pytest.param(
            [
                "74M COPD, more breathless 3 days, sputum more and yellow-green",
                "SpO2 88% RA (usually 89-90), RR 22, HR 96, T 37.6, BP 138/82. talking in full sentences, alert, not drowsy",
            ],
            _patient(27087, "male", ("copd",), pregnant=None),
            id="r85-en-014",
        ),  # GOLD 2024: a COPD exacerbation without severe features (alert, SpO2 near baseline, RR <25) can be managed as an outpatient with short-acting bronchodilators, oral prednisolone and antibiotics for purulent sputum, started promptly.
        pytest.param(
            [
                "78F heart failure, her weight is up 2.5 kg in 3 days",
                "ankles more swollen, needs 3 pillows now instead of 2. SpO2 95%, RR 18, HR 88, BP 138/80, few crackles at the bases, can talk fine",
            ],
            _patient(28770, "female", ("heart failure", "hypertension"), pregnant=False),
            id="r85-en-015",
        ),  # ESC 2021 Heart Failure Guidelines: weight gain of more than 2 kg in 3 days with worsening oedema signals decompensation needing prompt clinician review and diuretic adjustment; without hypoxaemia or respiratory distress it is not an emergency.
        pytest.param(
            [
                "4yo boy fever since yesterday, not wanting to play, just lying on mum",
                "T 39.3, HR 152, RR 28, cap refill 2 s, drinking a bit, no rash, neck moves ok, answers when spoken to",
            ],
            _patient(1580, "male", (), pregnant=None),
            id="r85-en-016",
        ),  # NICE NG143 Fever in under 5s: decreased activity/not responding normally and heart rate >140 in a child aged 2-5 years are amber (intermediate-risk) features needing face-to-face clinical assessment the same day, with no red features present.
        pytest.param(
            [
                "82F diarrhoea 3 days, still taking her furosemide and lisinopril",
                "BP 108/66 (her usual is 140s), HR 100, T 37.1, SpO2 96%, alert and chatty, tongue dry, says she's hardly passing water",
            ],
            _patient(29990, "female", ("hypertension",), pregnant=False),
            id="r85-en-017",
        ),  # NICE NG148 Acute kidney injury: older people with hypovolaemia who take diuretics and ACE inhibitors are at high risk of AKI and need prompt assessment, serum creatinine and temporary withholding of these drugs.
        pytest.param(
            [
                "70M burning when he pees 2 days, feels hot and cold, ache between his legs",
                "T 38.3, HR 88, BP 142/84, RR 18, SpO2 97%, alert, still passing urine ok",
            ],
            _patient(25800, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="r85-en-018",
        ),  # NICE NG110 Prostatitis (acute): a man with fever, dysuria and perineal pain should be assessed and started on an oral antibiotic promptly, with hospital referral only if systemically very unwell or in retention.
        pytest.param(
            [
                "8 yo girl with asthma, wheezy since last night with a cold, had her blue inhaler 4 times",
                "SpO2 94%, RR 26, HR 116, PEF 60% of her best, talking in full sentences, not drowsy",
            ],
            _patient(3120, "female", ("asthma",), pregnant=None),
            id="r85-en-019",
        ),  # BTS/SIGN 158 Asthma: in a child aged 5-12, SpO2 ≥92% and PEF ≥50% of best without severe features (HR >125, RR >30, unable to talk) is a moderate exacerbation treated in primary care with bronchodilator and oral steroid.
        pytest.param(
            [
                "30F asthma, chest tight 2 days, needing salbutamol every 3 hours",
                "PEF 260 (best 400), SpO2 97%, RR 20, HR 100, speaking sentences fine",
            ],
            _patient(10965, "female", ("asthma",), pregnant=False),
            id="r85-en-020",
        ),  # BTS/SIGN 158 Asthma: PEF >50-75% of best with no features of acute severe asthma is a moderate exacerbation treated in primary care the same day with increased bronchodilator and oral prednisolone.
        pytest.param(
            [
                "29 weeks, routine visit. BP 148/96, rechecked 15 min later 146/94. her booking BP was 112/70",
                "no headache, no vision problems, no pain under the ribs, urine protein negative, baby moving",
            ],
            _patient(11365, "female", (), pregnant=True),
            id="r85-en-021",
        ),  # NICE NG133 Hypertension in pregnancy: new hypertension of 140-159/90-109 mmHg after 20 weeks without severe features needs assessment (proteinuria, bloods, fetal check) by a clinician trained in hypertension in pregnancy within 24 hours, not immediate admission.
        pytest.param(
            [
                "day 5 after normal delivery, feels hot, lochia smells bad",
                "T 38.1, HR 88, BP 118/76, RR 16, alert, lower tummy tender when pressed, breastfeeding ok",
            ],
            _patient(10055, "female", (), pregnant=False),
            id="r85-en-022",
        ),  # NICE NG194 Postnatal care: fever with offensive lochia and uterine tenderness suggests endometritis, needing same-day clinical assessment and antibiotics; no sepsis high-risk criteria are present.
        pytest.param(
            [
                "INR result today 7.1, target 2-3, on warfarin for AF",
                "no bleeding, no black stools, no bruises, no headache. BP 134/78, HR 76 irregular",
            ],
            _patient(24635, "male", ("atrial fibrillation",), pregnant=None),
            id="r85-en-023",
        ),  # BNF / NICE CKS Anticoagulation - oral: INR 5-8 without bleeding requires withholding 1-2 doses of warfarin and reducing the maintenance dose, so a clinician must act today; it is not an emergency without bleeding.
        pytest.param(
            [
                "60M diabetic, left shin red hot and swollen, redness gone 3 cm past the line we drew yesterday",
                "T 37.9, HR 86, BP 138/84, RR 16, glucose 11.2, feels ok otherwise, walking fine",
            ],
            _patient(22000, "male", ("diabetes",), pregnant=None),
            id="r85-en-024",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis needs prompt clinical assessment and antibiotic treatment; without systemic features or sepsis criteria it can be treated in primary care.
        pytest.param(
            [
                "62M ran out of his BP tabs 2 weeks ago",
                "BP 192/124 both arms, 188/122 after 10 min rest. HR 78. no headache, no chest pain, no breathlessness, no weakness, says eyesight normal",
            ],
            _patient(22950, "male", ("hypertension",), pregnant=None),
            id="r85-en-025",
        ),  # NICE NG136 Hypertension: clinic BP ≥180/120 mmHg without life-threatening symptoms needs investigation for target organ damage (fundi, urine, ECG) as soon as possible and restarting treatment; same-day specialist referral only if papilloedema/retinal haemorrhage or life-threatening symptoms.
        pytest.param(
            [
                "55F T2DM, thirsty and peeing a lot 4-5 days",
                "random glucose 19.8, urine ketones neg, BP 128/76, HR 84, alert, drinking fine, no vomiting",
            ],
            _patient(20115, "female", ("diabetes",), pregnant=False),
            id="r85-en-026",
        ),  # ADA Standards of Care 2024 / 中国2型糖尿病防治指南(2020年版): symptomatic hyperglycaemia (>16.7 mmol/L) without ketosis, dehydration or altered consciousness needs prompt review and treatment intensification, not hospital transfer.
        pytest.param(
            [
                "2 yo boy vomiting + loose stools since yesterday, about 6 stools",
                "keeping small sips down. only 2 wet nappies today. a bit grizzly, eyes look a bit sunken. HR 138, cap refill 2 s, hands warm, T 37.8",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r85-en-027",
        ),  # NICE CG84 Diarrhoea and vomiting in under 5s: irritability, sunken eyes and reduced urine output are signs of clinical dehydration without shock, needing same-day assessment and supervised oral rehydration therapy.
        pytest.param(
            [
                "5 mo girl, T 39.2 this morning, rechecked 39.1",
                "feeding ok, wet nappies normal, HR 150, RR 40, alert, no rash, no cough",
            ],
            _patient(155, "female", (), pregnant=None),
            id="r85-en-028",
        ),  # NICE NG143 Fever in under 5s: an infant aged 3-6 months with temperature ≥39°C is at least intermediate (amber) risk and needs face-to-face clinical assessment the same day.
        pytest.param(
            [
                "26F left loin pain and burning pee 2 days, vomited once this morning",
                "T 38.5, HR 96, BP 118/72, RR 18, SpO2 98%, alert, keeping water down now. preg test neg",
            ],
            _patient(9790, "female", (), pregnant=False),
            id="r85-en-029",
        ),  # NICE NG111 Pyelonephritis (acute): a non-pregnant adult with pyelonephritis who can take oral fluids and has no high-risk sepsis signs should be assessed and started on oral antibiotics promptly, without hospital admission.
        pytest.param(
            [
                "75F with AF ran out of her bisoprolol a week ago, heart racing and more tired 3 days",
                "pulse 128 irregular, BP 132/80, SpO2 96%, RR 18, T 36.7. no chest pain, no fainting, not breathless at rest",
            ],
            _patient(27575, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r85-en-030",
        ),  # NICE NG196 Atrial fibrillation: emergency admission is for pulse >150 bpm, SBP <90 mmHg, loss of consciousness, chest pain or severe breathlessness; stable fast AF needs prompt rate-control treatment in primary care.
        pytest.param(
            [
                "48M had his appendix out 7 days ago",
                "wound red about 2 cm around, bit of pus coming out. T 37.8, HR 86, BP 124/78, eating normally, tummy soft apart from the wound",
            ],
            _patient(17610, "male", (), pregnant=None),
            id="r85-en-031",
        ),  # NICE NG125 Surgical site infections: a suspected wound infection after surgery needs clinical assessment, wound care and antibiotics as appropriate; without systemic signs it does not need emergency transfer.
        pytest.param(
            [
                "3yo girl barky cough started last night, T 38.0",
                "noisy breathing only when she cries, quiet when calm on mum's lap, no indrawing, SpO2 97%, RR 30, HR 128, not drooling, alert",
            ],
            _patient(1245, "female", (), pregnant=None),
            id="r85-en-032",
        ),  # NICE CKS Croup: mild croup (no stridor or recession at rest) should be given a single dose of oral dexamethasone 0.15 mg/kg and managed at home; only severe croup needs emergency admission.
        pytest.param(
            [
                "10yo boy T 38.6 with left side back pain and burning wee",
                "HR 110, RR 20, alert, drinking ok. urine dip nitrite +, leucocytes +++",
            ],
            _patient(3680, "male", (), pregnant=None),
            id="r85-en-033",
        ),  # NICE NG224 Urinary tract infection in under 16s: a child over 3 months with acute pyelonephritis (fever, loin pain) should have urine culture and start oral antibiotics promptly; hospital referral only if systemically unwell.
        pytest.param(
            [
                "day 4 after birth, had high BP the last month of pregnancy but no tablets",
                "BP 152/100, repeat 150/98. no headache, no vision problems, no pain under the ribs",
            ],
            _patient(11615, "female", (), pregnant=False),
            id="r85-en-034",
        ),  # NICE NG133 Hypertension in pregnancy: in women with gestational hypertension not on treatment after birth, start antihypertensive treatment if BP is 150/100 mmHg or higher; without severe-range BP or pre-eclampsia symptoms this is not an emergency.
        pytest.param(
            [
                "lab just phoned: potassium 6.2, creatinine 210 (was 190 three months ago). he's on ramipril",
                "pt feels fine, HR 70 regular, BP 136/78, no weakness, no palpitations",
            ],
            _patient(25925, "male", ("ckd", "hypertension"), pregnant=None),
            id="r85-en-035",
        ),  # UK Kidney Association guideline Treatment of acute hyperkalaemia in adults (2020): moderate hyperkalaemia (K 6.0-6.4 mmol/L) needs same-day repeat, ECG and clinical review, while K ≥6.5 or ECG changes need emergency treatment.
        pytest.param(
            [
                "14 mo girl cough and fever 2 days",
                "T 38.7, RR 46, SpO2 95%, HR 140, no grunting, no indrawing, drinking ok, alert",
            ],
            _patient(425, "female", (), pregnant=None),
            id="r85-en-036",
        ),  # NICE NG143 Fever in under 5s: respiratory rate >40/min in a child over 12 months and SpO2 ≤95% on air are amber features requiring face-to-face clinical assessment the same day; no red features are present.
        pytest.param(
            [
                "45岁男，咳嗽咳黄痰4天，昨天开始发烧",
                "T 38.6，P 98，R 22，BP 128/80，SpO2 96%，神志清，右下肺能听到湿啰音",
                "没有基础病，能吃能喝",
            ],
            _patient(16625, "male", (), pregnant=None),
            id="r85-zh-002",
        ),  # NICE NG138 社区获得性肺炎: CRB65 0分为低危可居家治疗，但应在诊断后4小时内开始抗生素，需当天医生评估。
        pytest.param(
            [
                "李阿姨71岁 咳嗽发热两天 有点喘",
                "T38.2 HR96 RR22 SpO2 95% BP136/82 人清楚 能自己走进来 饭也能吃一点",
                "左下肺有湿罗音",
            ],
            _patient(25955, "female", ("hypertension",), pregnant=False),
            id="r85-zh-004",
        ),  # NICE NG138: 仅因年龄≥65岁CRB65为1分属中危，应考虑当天医院评估并尽快开始抗生素；无意识障碍、低血压或RR≥30不属于需立即转运。
        pytest.param(
            [
                "35岁女，尿频尿痛3天，今天右边腰疼，发烧",
                "T 38.8 P 102 BP 122/76 R 18 SpO2 98% 右肾区叩痛",
                "吐过一次，现在能喝水，尿妊娠试验阴性",
            ],
            _patient(13075, "female", (), pregnant=False),
            id="r85-zh-007",
        ),  # NICE NG111 急性肾盂肾炎: 应当天开始口服抗生素治疗；仅在出现更严重疾病或脓毒症征象时才转诊住院。
        pytest.param(
            [
                "76岁男，心衰一直吃呋塞米",
                "这3天体重从62涨到64.5kg，两条腿肿得比平时厉害，走到厕所就喘",
                "晚上还能平躺睡，没咳粉红痰。BP 138/84 HR 90 律齐 R 20 SpO2 95%",
            ],
            _patient(27920, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r85-zh-008",
        ),  # 中国心力衰竭诊断和治疗指南2018: 3天内体重增加2 kg以上提示液体潴留加重，应及时就诊调整利尿剂；静息无严重呼吸困难和低氧则不是急性肺水肿。
        pytest.param(
            [
                "9个月女宝，发烧第5天了，一直没退干净",
                "今天T 38.9 HR 150 RR 40，精神还可以，能喝奶，尿也有",
                "没皮疹，手脚暖，毛细血管再充盈<2秒",
            ],
            _patient(275, "female", (), pregnant=None),
            id="r85-zh-012",
        ),  # NICE NG143 5岁以下儿童发热: 发热≥5天属黄色(amber)中危特征，需当天医生面诊评估(包括考虑川崎病)。
        pytest.param(
            [
                "3岁男孩 拉肚子吐了两天",
                "今天尿少 12个小时就尿了一次，嘴唇干，精神还行能跟我说话，手脚是暖的",
                "HR 135 T 37.9 毛细血管充盈2秒",
            ],
            _patient(1155, "male", (), pregnant=None),
            id="r85-zh-014",
        ),  # NICE CG84 5岁以下儿童腹泻呕吐: 有临床脱水(尿量减少、黏膜干燥)而无休克表现者，需当天医生评估并在监督下口服补液。
        pytest.param(
            [
                "产后第9天，31岁，怀孕后期诊断过妊高症",
                "今天来复查，BP 154/100，歇了10分钟再量152/98，HR 80",
                "没头痛，眼睛不花，上腹不痛，不肿",
            ],
            _patient(11325, "female", (), pregnant=False),
            id="r85-zh-017",
        ),  # NICE NG133 妊娠期高血压: 产后血压≥150/100 mmHg应开始降压治疗，需当天医生评估处方；≥160/110或有重度症状才需立即转诊。
        pytest.param(
            [
                "孕28周，29岁，头胎，常规产检",
                "BP 146/94，休息后复测 144/92，以前产检都是110/70左右",
                "尿蛋白阴性，没头痛视物模糊，胎动正常",
            ],
            _patient(10662, "female", (), pregnant=True),
            id="r85-zh-019",
        ),  # NICE NG133: 孕20周后新发血压140-159/90-109 mmHg应在24小时内转至二级医疗机构评估；≥160/110才需立即收住院。
        pytest.param(
            [
                "55岁男，左小腿红肿热痛两天，红的范围今天比昨天大",
                "T 38.3 P 98 BP 134/82 R 18 SpO2 97%",
                "人精神可以，能走路，没有糖尿病",
            ],
            _patient(20080, "male", ("hypertension",), pregnant=None),
            id="r85-zh-022",
        ),  # NICE NG141 蜂窝织炎: 伴发热但全身情况稳定者需当天开始口服抗生素；仅全身情况严重或迅速恶化时收住院。
        pytest.param(
            [
                "70岁房颤阿姨，早上开始心慌",
                "比索洛尔断了两天没吃。HR 128 不齐，BP 130/82，SpO2 97%，R 18",
                "没胸痛，坐着不喘，头不晕，人清楚",
            ],
            _patient(25860, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r85-zh-024",
        ),  # NICE NG196 房颤: 血流动力学不稳定才需立即转运，血流动力学稳定的快速心室率房颤需当天评估并控制心室率。
        pytest.param(
            [
                "50岁男 2型糖尿病 吃二甲双胍",
                "最近3天口渴得厉害 老尿尿，今天指尖血糖22.3",
                "尿酮体阴性，不吐不肚子痛，人清楚，R 16 HR 88 BP 132/84",
            ],
            _patient(18383, "male", ("diabetes",), pregnant=None),
            id="r85-zh-027",
        ),  # 中国2型糖尿病防治指南(2020年版): 血糖>16.7 mmol/L伴多饮多尿需当天评估排除DKA/HHS并调整治疗；无酮症、意识清楚不属于需立即转运的急症。
        pytest.param(
            [
                "78岁大爷 房颤吃华法林",
                "今天抽血结果出来 INR 6.4",
                "没有出血，牙龈没出血，大便不黑，尿不红。BP 136/78 HR 76",
            ],
            _patient(28692, "male", ("atrial fibrillation",), pregnant=None),
            id="r85-zh-029",
        ),  # ACCP CHEST 2012 抗栓治疗指南: INR 4.5-10且无出血者应暂停1-2次华法林、减量并尽快复查INR，需当天医生调整。
        pytest.param(
            [
                "7岁女孩有哮喘，昨晚开始喘，用了两次沙丁胺醇还喘",
                "能说整句话，SpO2 94%，R 28，HR 118，PEF 大概平时的60%",
                "嘴唇不紫，精神可以",
            ],
            _patient(2595, "female", ("asthma",), pregnant=None),
            id="r85-zh-032",
        ),  # BTS/SIGN 158 哮喘指南: 5-12岁儿童SpO2≥92%、PEF≥50%、心率≤125、呼吸≤30属中度急性发作，可在基层当场给予支气管扩张剂和口服激素并评估。
        pytest.param(
            [
                "25岁女 哮喘 感冒后这两天喘加重",
                "PEF 300，她最好的时候是480，SpO2 96%，R 22，HR 104",
                "能说整句话，不紫",
            ],
            _patient(9224, "female", ("asthma",), pregnant=False),
            id="r85-zh-034",
        ),  # BTS/SIGN 158 哮喘指南: 成人PEF为最佳值50-75%且无重度特征属中度急性哮喘，需当天治疗评估(沙丁胺醇加口服泼尼松龙)。
        pytest.param(
            [
                "83岁老太太，这几天天热吃喝很少，一直在吃氢氯噻嗪",
                "今天有点头晕，BP 108/64（她平时140左右），HR 104，T 37.2，R 18，SpO2 96%",
                "舌头干，人清楚，能自己走",
            ],
            _patient(30310, "female", ("hypertension",), pregnant=False),
            id="r85-zh-037",
        ),  # NICE CKS/MHRA 病期用药规则(sick day rules): 老年人脱水时应暂停利尿剂并当天评估肾功能和电解质；神志清楚、收缩压>90不需立即转运。
        pytest.param(
            [
                "3岁女孩 咳嗽发烧两天",
                "T 38.8，数了一分钟呼吸46，没有三凹征，SpO2 96%",
                "能喝水，精神还行，没抽过",
            ],
            _patient(1105, "female", (), pregnant=None),
            id="r85-zh-039",
        ),  # WHO IMCI(2014): 12-59月龄呼吸≥40次/分、无胸凹陷及危险征象为肺炎，需当天开具口服阿莫西林；NICE NG143亦将其列为黄色特征。
        pytest.param(
            [
                "60岁男，疝气手术后第8天",
                "切口红了，挤一下有点脓，T 37.9，HR 88，BP 132/80，R 16",
                "能吃能走，肚子不痛",
            ],
            _patient(22100, "male", ("hypertension",), pregnant=None),
            id="r85-zh-042",
        ),  # NICE NG125 手术部位感染: 术后切口红肿流脓需当天评估引流及抗生素，全身情况稳定者可在基层处理。
        pytest.param(
            [
                "50岁女，前天坐了12个小时大巴，昨天开始左小腿肿痛",
                "小腿比右边粗2厘米，腓肠肌压痛。HR 88，SpO2 98%，R 16，BP 128/78，T 36.8",
                "没胸痛，不气短，没咯血",
            ],
            _patient(18430, "female", (), pregnant=False),
            id="r85-zh-044",
        ),  # NICE NG158 静脉血栓栓塞: 疑似DVT应行Wells评分并在4小时内完成下肢静脉超声(或D-二聚体加临时抗凝)，无肺栓塞症状者当天评估。
        pytest.param(
            [
                "孕10周，27岁，吐了3天，昨天到现在喝水都吐",
                "尿酮体3+，HR 106，BP 104/68，T 36.8，体重比上周少了2斤多",
                "有点头晕，人清楚",
            ],
            _patient(10055, "female", (), pregnant=True),
            id="r85-zh-047",
        ),  # RCOG Green-top Guideline 69 妊娠剧吐: 不能耐受口服液体伴酮尿和体重下降者需当天转入日间或住院静脉补液治疗。
        pytest.param(
            [
                "检验科刚打电话 67岁慢性肾病4期的老病人 血钾6.2",
                "他人在诊室，说没心慌没乏力，HR 72 律齐，BP 142/86",
                "在吃依那普利和螺内酯",
            ],
            _patient(24575, "male", ("ckd", "hypertension"), pregnant=None),
            id="r85-zh-049",
        ),  # UK Kidney Association 高钾血症指南(2020): 血钾6.0-6.4 mmol/L为中度高钾，需当天复查、做心电图并调整药物；≥6.5或有心电图改变才需立即转运。
        pytest.param(
            [
                "32岁男 昨天吃了路边摊 上吐下泻 拉了十来次",
                "HR 108 BP 112/72 T 37.8 R 18 SpO2 98%，站起来有点晕",
                "嘴巴干，能小口喝水，人清楚",
            ],
            _patient(11735, "male", (), pregnant=None),
            id="r85-zh-052",
        ),  # NICE CKS 胃肠炎: 成人出现中度脱水表现(心动过速、体位性头晕)需当天评估补液，无休克或意识改变不需立即转运。
        pytest.param(
            [
                "2岁女孩 晚上犬吠样咳嗽 声音哑",
                "安静的时候没有喉鸣，没有凹陷，SpO2 98%，HR 120，R 28，T 37.9",
                "能喝水 精神好",
            ],
            _patient(760, "female", (), pregnant=None),
            id="r85-zh-054",
        ),  # NICE CKS 喉炎(croup): 轻度喉炎(静息无喘鸣、无凹陷)应当天给予单剂口服地塞米松0.15 mg/kg后居家观察。
        pytest.param(
            [
                "产后3周，29岁，母乳喂养",
                "左边乳房外上方红肿热痛两天，一直在喂奶和吸奶也没好",
                "T 38.6 HR 102 BP 118/74 R 18，没有波动感",
            ],
            _patient(10825, "female", (), pregnant=False),
            id="r85-zh-057",
        ),  # NICE CKS 乳腺炎: 有效排乳12-24小时后症状无改善或伴发热者应当天开具抗生素(氟氯西林)。
        pytest.param(
            [
                "66岁男 糖尿病十几年 右脚大脚趾有个溃疡",
                "这几天溃疡周围红了，大概3厘米，有点肿，T 37.8 HR 92 BP 138/82",
                "脚背能摸到脉搏，人精神可以",
            ],
            _patient(24135, "male", ("diabetes",), pregnant=None),
            id="r85-zh-059",
        ),  # NICE NG19 糖尿病足: 活动性足病(感染性溃疡)应在1个工作日内转诊多学科足病团队并开始抗生素；仅威胁肢体或生命时需立即转运。
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "10 mo boy T 39.4 since this morning",
                "HR 150, RR 44, cap refill <2 s, smiling when mum holds him, but only taking about half his milk, 2 wet nappies today (usually 5-6)",
            ],
            _patient(305, "male", (), pregnant=None),
            id="r85-en-037",
        ),  # NICE NG143 Fever in under 5s: poor feeding in an infant and reduced urine output are amber features needing same-day assessment, while HR 150 and RR 44 are below the amber thresholds (>160, >50) for under-1s and there are no red features.
        pytest.param(
            [
                "76F on home oxygen 2 L for her COPD",
                "sats 86% when we checked off the oxygen, 90% back on her usual 2 L. more yellow sputum 2 days. RR 22, HR 94, T 37.4, BP 130/76, alert, talking fine",
            ],
            _patient(27840, "female", ("copd",), pregnant=False),
            id="r85-en-038",
        ),  # BTS Emergency Oxygen Guideline 2017: target SpO2 for COPD patients at risk of hypercapnia is 88-92%, which she meets on her usual oxygen; GOLD 2024: an exacerbation without severe features is treated promptly as an outpatient.
        pytest.param(
            [
                "84F dizzy when she stands up, 3 days, since her amlodipine was put up to 10 mg",
                "lying BP 112/64 HR 78, standing 1 min 88/54 HR 84. T 36.5, SpO2 97%, RR 16, alert, no fall, stools normal colour, eating ok",
            ],
            _patient(30860, "female", ("hypertension",), pregnant=False),
            id="r85-en-039",
        ),  # NICE NG136 Hypertension: in people with symptoms of postural hypotension (SBP fall ≥20 mmHg on standing) treatment should be reviewed; symptomatic drug-induced orthostatic hypotension in an elderly woman without bleeding or infection needs same-day medication review, not emergency transfer.
        pytest.param(
            [
                "79M new cough 2 days, feels a bit feverish",
                "T 37.9, RR 20, SpO2 95%, HR 86, BP 146/84, alert, knows where he is, eating",
            ],
            _patient(28995, "male", ("hypertension",), pregnant=None),
            id="r85-en-040",
        ),  # NICE NG138 Pneumonia (community-acquired): an older adult with new cough and fever needs same-day clinical assessment for pneumonia; CRB65 is 1 (age only) with no confusion, RR <30 or hypotension, so emergency transfer is not indicated.
        pytest.param(
            [
                "32F 9 weeks pregnant, vomiting everything for 24 h, cant even keep water down",
                "urine ketones 3+, HR 104, BP 110/70, T 36.8, alert, lost 2 kg since last week",
            ],
            _patient(11800, "female", (), pregnant=True),
            id="r85-en-041",
        ),  # RCOG Green-top Guideline 69 Nausea and vomiting of pregnancy and hyperemesis gravidarum: inability to keep fluids down with ketonuria needs same-day ambulatory day-care management with IV fluids and antiemetics; with stable vital signs it is not an emergency transfer.
        pytest.param(
            [
                "38M sudden pain L side going down to his groin, cant sit still",
                "HR 102, BP 158/94, T 36.9, RR 20, SpO2 99%. urine dip blood +++, no fever, no kidney problems before",
            ],
            _patient(14070, "male", (), pregnant=None),
            id="r85-en-042",
        ),  # NICE NG118 Renal and ureteric stones: suspected renal colic without fever/sepsis, solitary kidney or uncontrollable pain is managed with an NSAID and prompt imaging; pulse and BP raised by pain do not by themselves warrant emergency admission.
        pytest.param(
            [
                "46M clinic BP 162/98 and 158/96 today",
                "did home readings twice a day for 7 days with our loan machine, average 127/81. feels well, asking if he needs pills",
            ],
            _patient(16890, "male", (), pregnant=None),
            id="r85-en-043",
        ),  # NICE NG136 Hypertension: if the home BP monitoring average is below 135/85 mmHg, hypertension is not diagnosed (white-coat effect); no treatment, just periodic BP checks at routine visits.
        pytest.param(
            [
                "71F here for her repeat inhalers",
                "SpO2 89% RA, same as last 3 visits (88-90). RR 18, HR 84, T 36.7, breathing no different from usual, sputum white as always",
            ],
            _patient(26165, "female", ("copd",), pregnant=False),
            id="r85-en-044",
        ),  # BTS Emergency Oxygen Guideline 2017 / GOLD 2024: the target SpO2 in COPD is 88-92%; stable COPD at baseline saturation with no change in symptoms needs only routine follow-up.
        pytest.param(
            [
                "69M bad toothache 2 days, not sleeping",
                "BP today 178/100, HR 88. at home usually 130s/80s on amlodipine. no headache, no chest pain, no weakness, no face swelling, T 36.8",
            ],
            _patient(25225, "male", ("hypertension",), pregnant=None),
            id="r85-en-045",
        ),  # NICE NG136 Hypertension: clinic BP below 180/120 mmHg without symptoms or target organ damage needs no immediate action; a reading raised by pain should be rechecked at a routine visit, with dental review for the tooth.
        pytest.param(
            [
                "77M routine heart failure check",
                "SpO2 94%, RR 16, HR 62 on bisoprolol, BP 106/64 (been 100-110 since he started sacubitril/valsartan), weight same as last month, mild ankle swelling no change, walks to the market every day",
            ],
            _patient(28115, "male", ("heart failure",), pregnant=None),
            id="r85-en-046",
        ),  # ESC 2021 Heart Failure Guidelines: in stable chronic heart failure, asymptomatic low-normal BP and a heart rate around 60 on guideline-directed therapy are acceptable and need only routine follow-up.
        pytest.param(
            [
                "41M bright red blood on the toilet paper 3 times this week after straining, knows he has piles",
                "no black stools, no weight loss, bowels otherwise normal, HR 76, BP 128/82",
            ],
            _patient(14985, "male", ("haemorrhoids",), pregnant=None),
            id="r85-en-047",
        ),  # NICE NG12 Suspected cancer: rectal bleeding in a person under 50 without other symptoms does not meet suspected-cancer referral criteria; haemodynamically stable haemorrhoidal bleeding is managed routinely.
        pytest.param(
            [
                "73F on bisoprolol 5 mg for angina, BP machine showed pulse 54",
                "she feels fine, no dizziness, no fainting, no breathlessness, no chest pain lately. BP 128/76",
            ],
            _patient(26690, "female", ("angina", "hypertension"), pregnant=False),
            id="r85-en-048",
        ),  # NICE CG126 Stable angina / BNF bisoprolol: an asymptomatic heart rate in the 50s is an expected beta-blocker effect; only symptomatic bradycardia needs dose review, so routine follow-up suffices.
        pytest.param(
            [
                "29F 26 weeks, antenatal check",
                "BP 102/60 (booking 118/74), HR 94, SpO2 99%, feels well, baby moving well, no bleeding, no dizziness",
            ],
            _patient(10665, "female", (), pregnant=True),
            id="r85-en-049",
        ),  # NICE NG201 Antenatal care: BP normally falls in the second trimester and resting heart rate rises by about 10-20 bpm in pregnancy; an asymptomatic woman needs only routine antenatal care.
        pytest.param(
            [
                "58F T2DM check, fasting glucose 13.5, HbA1c 9.1% on metformin 1 g bd",
                "no thirst, no weight loss, feels fine, BP 132/80, HR 76",
            ],
            _patient(21380, "female", ("diabetes",), pregnant=False),
            id="r85-en-050",
        ),  # ADA Standards of Care 2024 / 中国2型糖尿病防治指南(2020年版): asymptomatic hyperglycaemia above the HbA1c target on metformin warrants treatment intensification at a planned follow-up, not acute care.
        pytest.param(
            [
                "54M health check, smokes 20 a day",
                "SpO2 94% RA, RR 16, HR 80, T 36.6. cough in the mornings for 2 years, no more breathless than usual, no blood",
            ],
            _patient(20010, "male", (), pregnant=None),
            id="r85-en-051",
        ),  # NICE NG115 COPD in over 16s: a smoker over 35 with chronic cough should be offered spirometry; a stable SpO2 of 94% without acute symptoms needs a routine appointment.
        pytest.param(
            [
                "22F came in with heart racing after her exam, HR 118 at first",
                "10 min later HR 86, BP 124/76, SpO2 99%, RR 16, T 36.6. had the same with exams before, ECG and thyroid bloods normal last month. no chest pain, no fainting",
            ],
            _patient(8230, "female", (), pregnant=False),
            id="r85-en-052",
        ),  # NICE CKS Palpitations / NICE CG113 Anxiety: sinus tachycardia that settles at rest in a young person with recent normal ECG and thyroid tests and no red flags (syncope, chest pain) needs reassurance and self-help only.
        pytest.param(
            [
                "24M work medical, pulse 46",
                "BP 112/68, runs 60 km a week, no dizziness, no faints, no chest pain or breathlessness when running",
            ],
            _patient(8790, "male", (), pregnant=None),
            id="r85-en-053",
        ),  # ESC 2020 Guidelines on sports cardiology: sinus bradycardia down to the 40s in an asymptomatic endurance athlete is a normal physiological adaptation requiring no further action.
        pytest.param(
            [
                "63F came for her flu jab, freezing outside this morning",
                "pulse ox said 86% HR 72, after she warmed her hands on the heater 97%. no breathlessness, RR 14, talking normally",
            ],
            _patient(23095, "female", (), pregnant=False),
            id="r85-en-054",
        ),  # BTS Emergency Oxygen Guideline 2017: cold extremities and poor peripheral perfusion cause falsely low pulse oximetry readings; a normal reading on a warmed finger with normal RR needs no action.
        pytest.param(
            [
                "3yo girl fever since last night, runny nose and cough, T 39.0",
                "HR 124, RR 24, cap refill <2 s, SpO2 98%, playing with the toys here, drinking well, wet nappies normal, no rash",
            ],
            _patient(1135, "female", (), pregnant=None),
            id="r85-en-055",
        ),  # NICE NG143 Fever in under 5s: a child with only green features (normal colour, normal activity, normal hydration, no amber or red signs) can be cared for at home with safety-netting advice, regardless of the height of the temperature.
        pytest.param(
            [
                "day 3 after birth, both breasts hard and sore, milk coming in",
                "T 37.6, HR 84, BP 118/72, no red patch, lochia normal, baby feeding",
            ],
            _patient(10835, "female", (), pregnant=False),
            id="r85-en-056",
        ),  # NICE NG194 Postnatal care: breast engorgement around day 3 with a low-grade temperature (<38°C) and no signs of mastitis is managed with frequent feeding and self-care.
        pytest.param(
            [
                "37F cough 6 days, white sputum, bit tired",
                "T 37.5, RR 16, SpO2 98%, HR 82, BP 118/74, chest clear when the doc listened",
            ],
            _patient(13665, "female", (), pregnant=False),
            id="r85-en-057",
        ),  # NICE NG120 Cough (acute): acute cough in a systemically well adult with normal vital signs is usually self-limiting (up to 3 weeks) and managed with self-care, without antibiotics.
        pytest.param(
            [
                "mum worried her 2 mo boy breathes fast when asleep, she counted 48 a minute",
                "sometimes stops for 5 or so seconds then breathes fast again. feeding well, gaining weight, T 36.9, SpO2 98%, pink, no indrawing",
            ],
            _patient(62, "male", (), pregnant=None),
            id="r85-en-058",
        ),  # NICE NG143 Fever in under 5s (red RR >60/min) and normal infant physiology: a RR of 48 is normal for a 2-month-old, and periodic breathing with pauses under 20 seconds in a well, afebrile, feeding infant needs only reassurance.
        pytest.param(
            [
                "47F T2DM on metformin only, finger stick 4.1 before lunch, bit hungry",
                "no sweating or shaking, ate 2 biscuits, now 6.2, alert, BP 124/78",
            ],
            _patient(17225, "female", ("diabetes",), pregnant=False),
            id="r85-en-059",
        ),  # ADA Standards of Care 2024: hypoglycaemia is glucose <3.9 mmol/L (70 mg/dL); a pre-meal 4.1 mmol/L on metformin monotherapy, which does not itself cause hypoglycaemia, needs no treatment change.
        pytest.param(
            [
                "25M aches and fever 2 days, flu going round his work",
                "T 38.8, took paracetamol 1 h ago, HR 88, RR 16, SpO2 98%, BP 122/76, alert, drinking ok",
            ],
            _patient(9245, "male", (), pregnant=None),
            id="r85-en-060",
        ),  # NICE NG51 Sepsis: no high-risk or moderate-to-high-risk criteria are present; a healthy young adult with uncomplicated influenza-like illness is managed with self-care and safety-netting advice.
        pytest.param(
            [
                "前台登记的小姑娘20岁，说心慌，刚测心率118",
                "她早上喝了两杯咖啡又喝了一罐红牛，下午要考试。坐下休息15分钟复测P 86 律齐，BP 124/76，SpO2 99%，R 16，T 36.6",
                "心电图窦性心律，没胸痛，没晕过，现在说不慌了",
            ],
            _patient(7388, "female", (), pregnant=False),
            id="r85-zh-003",
        ),  # NICE CKS Palpitations: 有明确诱因(咖啡因、焦虑)、症状已缓解、心电图和体征正常且无晕厥胸痛等红旗征者，予以安慰并避免诱因即可。
        pytest.param(
            [
                "52岁男，单位体检说血压高过来复查。诊室量了两次 158/96、154/94，心率84",
                "他自己买了电子血压计，这一周早晚都量了，拿本子给我看，平均大概126/80",
                "没头痛头晕，没胸闷，没吃过降压药",
            ],
            _patient(18995, "male", (), pregnant=None),
            id="r85-zh-005",
        ),  # 中国高血压防治指南(2018年修订版)/国家基层高血压防治管理指南2020: 诊室血压≥140/90 mmHg而家庭血压平均<135/85 mmHg为白大衣高血压，以生活方式干预和定期随访为主。
        pytest.param(
            [
                "24岁男，跑马拉松的，来做入职体检",
                "心率46，律齐，BP 112/68，心电图窦性心动过缓 其他正常",
                "问了说没头晕没黑蒙没晕倒，跑步体力很好",
            ],
            _patient(8810, "male", (), pregnant=None),
            id="r85-zh-009",
        ),  # 2018 ACC/AHA/HRS 心动过缓指南: 运动员无症状的窦性心动过缓属生理性改变，不需要治疗或进一步处理。
        pytest.param(
            [
                "慢阻肺的刘大爷来拿药，常规随访",
                "SpO2 89%（不吸氧），R 18，HR 82，BP 132/78，T 36.5",
                "翻了以前的记录，他平时就在88-90%之间。说最近咳嗽咳痰和走路喘跟以前一样，没加重",
            ],
            _patient(26137, "male", ("copd",), pregnant=None),
            id="r85-zh-010",
        ),  # 慢性阻塞性肺疾病诊治指南(2021年修订版)/BTS氧疗指南2017: 有高碳酸血症风险的慢阻肺患者目标SpO2为88%-92%，稳定期处于基线水平按常规随访。
        pytest.param(
            [
                "60岁阿姨，鼻塞流鼻涕两天来开药",
                "外面冷，手冰凉，夹指测SpO2 86%，我吓一跳",
                "让她手捂热了换个手指再测97%，R 16，HR 78，T 36.9，说一点不喘",
            ],
            _patient(21930, "female", ("hypertension",), pregnant=False),
            id="r85-zh-013",
        ),  # BTS 成人氧疗指南2017: 外周灌注差、手指冰冷可致脉搏血氧读数假性偏低，应复温后复测；普通感冒按NICE CKS可自我护理。
        pytest.param(
            [
                "3岁女孩，流鼻涕咳嗽一天，今天烧到39.0",
                "HR 130 RR 26，在诊室里跑来跑去玩，喝水正常，尿也正常",
                "没皮疹，手脚热乎，充盈<2秒，吃了布洛芬半小时了",
            ],
            _patient(1295, "female", (), pregnant=None),
            id="r85-zh-015",
        ),  # NICE NG143: 无黄色或红色特征(绿色低危)的发热儿童可居家护理，并给予何时复诊的安全提示。
        pytest.param(
            [
                "5个月男宝，今天上午开始发烧，刚量腋温39.2",
                "吃奶还行，醒着的时候会逗笑，HR 150 RR 40",
                "没皮疹，前囟不鼓，尿布湿的",
            ],
            _patient(155, "male", (), pregnant=None),
            id="r85-zh-018",
        ),  # NICE NG143: 3-6月龄体温≥39°C属黄色(amber)中危特征，需当天医生面诊评估；无红色特征不需立即转运。
        pytest.param(
            [
                "68岁女，昨晚发冷打寒战，盖两床被子还抖",
                "今天尿痛 左腰酸，T 38.9，HR 98，BP 132/78，R 18，SpO2 97%",
                "人很清楚，自己走来的，能吃饭喝水",
            ],
            _patient(24970, "female", (), pregnant=False),
            id="r85-zh-020",
        ),  # NICE NG111 肾盂肾炎/NICE NG51: 生命体征稳定(NEWS2低分)的肾盂肾炎应当天开始抗生素，寒战本身不代表脓毒性休克，无器官功能障碍不需立即转运。
        pytest.param(
            [
                "孕30周，31岁，来产检",
                "BP 134/86，建档的时候118/74，尿蛋白阴性",
                "没头痛，眼睛不花，脸手不肿，胎动好",
            ],
            _patient(11565, "female", (), pregnant=True),
            id="r85-zh-023",
        ),  # NICE NG133: 妊娠期高血压诊断阈值为140/90 mmHg，低于此值且无蛋白尿和症状者按常规产检随访。
        pytest.param(
            [
                "75岁高血压老太太，药吃完了三天没去拿",
                "今天量BP 172/96，歇了一会儿168/94，HR 76",
                "问了没头痛头晕，没胸闷气短，手脚有劲，说话清楚，眼睛不花",
            ],
            _patient(27435, "female", ("hypertension",), pregnant=False),
            id="r85-zh-025",
        ),  # 国家基层高血压防治管理指南2020: 血压<180/110 mmHg且无急性靶器官损害症状不属于高血压急症，恢复规律服药并在2-4周内随访。
        pytest.param(
            [
                "80岁心衰老爷子，每月随访",
                "SpO2 94% HR 76 BP 118/70 R 18，体重跟上个月一样",
                "脚踝有点肿，他说一直这样，晚上能平躺，活动量没变",
            ],
            _patient(29245, "male", ("heart failure", "atrial fibrillation"), pregnant=None),
            id="r85-zh-028",
        ),  # 中国心力衰竭诊断和治疗指南2018: 症状、体重和体征稳定的慢性心衰患者按计划门诊随访。
        pytest.param(
            [
                "产后第3天 26岁 在家 母乳喂养",
                "两边乳房胀痛 硬，T 37.6，HR 92，BP 116/74",
                "恶露量正常没臭味，肚子不痛，乳房没有局部发红",
            ],
            _patient(9670, "female", (), pregnant=False),
            id="r85-zh-030",
        ),  # WHO 产后护理建议(2022)/NICE NG194: 产后早期双侧乳房胀痛伴低热(<38°C)多为生理性乳胀，频繁哺乳即可处理。
        pytest.param(
            [
                "40岁男，膝关节镜手术后12天，来拆线",
                "T 37.4，他说刚顶着太阳骑车过来的，HR 80，BP 126/80",
                "伤口干的，不红不肿没渗液，腿不肿",
            ],
            _patient(14612, "male", (), pregnant=None),
            id="r85-zh-033",
        ),  # NICE NG125 手术部位感染: 伤口无红肿渗液、生命体征平稳者无感染证据，按计划拆线随访即可。
        pytest.param(
            [
                "剖宫产后第6天，33岁",
                "切口一边有点红，大概1厘米，有点黄水渗出来，T 37.9",
                "HR 94 BP 118/72 R 18，肚子不怎么痛，恶露正常没味道，精神可以",
            ],
            _patient(12090, "female", (), pregnant=False),
            id="r85-zh-035",
        ),  # NICE NG194 产后护理/NICE NG125: 剖宫产切口发红渗液需当天评估是否为手术部位感染，但无脓毒症征象不需立即转运。
        pytest.param(
            [
                "30岁男 1型糖尿病打胰岛素",
                "中午饭前手抖出汗，测血糖3.6，喝了一瓶果汁",
                "15分钟后复测6.8，人完全清楚了，HR 84 BP 120/76，现在在吃饭",
            ],
            _patient(11110, "male", ("type 1 diabetes",), pregnant=None),
            id="r85-zh-038",
        ),  # ADA Standards of Care 2024: 1级低血糖(3.0-3.9 mmol/L)给予15-20 g葡萄糖，15分钟后复测恢复正常即可自行处理。
        pytest.param(
            [
                "55岁女 糖尿病吃二甲双胍",
                "中午吃酒席回来两小时测了个血糖13.5，有点担心",
                "没口渴多尿，没有不舒服，BP 128/80，平时空腹6-7，上个月糖化6.9%",
            ],
            _patient(20325, "female", ("diabetes",), pregnant=False),
            id="r85-zh-040",
        ),  # 中国2型糖尿病防治指南(2020年版): HbA1c达标、无症状者单次餐后血糖升高不需紧急处理，按常规随访调整饮食。
        pytest.param(
            [
                "69岁慢阻肺老病人，这两天痰变黄了，比平时喘一点",
                "SpO2 88%（空气），病历上他平时就88-89，R 22，HR 96，T 37.5，BP 138/80",
                "人清楚，说话能说整句，能吃饭，能在家走动",
            ],
            _patient(25215, "male", ("copd",), pregnant=None),
            id="r85-zh-043",
        ),  # NICE NG114/NG115 慢阻肺急性加重: 意识清楚、SpO2在基线水平、能居家自理的急性加重可在社区当天给予口服激素和抗生素。
        pytest.param(
            [
                "1岁半男孩 发烧39.3",
                "刚进来哭的时候心率165，哄好了安静下来复测156，R 36",
                "喝水比平时少一点，尿布还有湿，精神还可以会找妈妈，没皮疹，充盈2秒",
            ],
            _patient(560, "male", (), pregnant=None),
            id="r85-zh-045",
        ),  # NICE NG143: 12-24月龄安静时心率>150次/分属黄色(amber)中危特征，需当天医生面诊评估；无红色特征不需立即转运。
        pytest.param(
            [
                "38岁女，这半年月经量多，一来7-8天",
                "血常规 Hb 105 g/L，HR 84，BP 118/74",
                "现在这次月经快干净了，没头晕心慌，能正常上班",
            ],
            _patient(13889, "female", (), pregnant=False),
            id="r85-zh-048",
        ),  # NICE NG88 月经过多: 血流动力学稳定、仅轻度贫血的月经过多应常规门诊评估并补铁治疗。
        pytest.param(
            [
                "66岁男 上周开始吃硫酸亚铁补血",
                "说这几天大便发黑 有点担心",
                "大便是成形的，不是柏油样稀便，没头晕，没肚子痛，HR 74 BP 134/80",
            ],
            _patient(24390, "male", ("iron deficiency anaemia",), pregnant=None),
            id="r85-zh-050",
        ),  # BNF 硫酸亚铁: 口服铁剂常致大便变黑，成形黑便且无头晕、心动过速或柏油样便者不提示消化道出血。
        pytest.param(
            [
                "2岁男孩 今天拉了4、5次稀便 没吐",
                "在诊室玩，喝水喝奶都正常，尿布湿的，嘴巴湿润",
                "HR 112 T 37.6",
            ],
            _patient(830, "male", (), pregnant=None),
            id="r85-zh-053",
        ),  # NICE CG84: 无临床脱水表现的腹泻儿童可在家继续喂养并补充液体预防脱水。
        pytest.param(
            [
                "6周女宝 鼻子塞 妈妈说她喘气快",
                "睡着的时候我数了一分钟48次，没有凹陷没有呻吟，SpO2 98%，T 36.9",
                "吃奶正常 尿布正常",
            ],
            _patient(42, "female", (), pregnant=None),
            id="r85-zh-055",
        ),  # WHO IMCI(2014): 2月龄以下婴儿呼吸≥60次/分才属呼吸增快，无发热、胸凹陷及喂养困难的鼻塞婴儿可居家护理。
        pytest.param(
            [
                "79岁老太太，三种降压药，两周前刚把氨氯地平加到10mg",
                "坐着BP 104/62，站起来98/60，HR 72，早上起床有点飘",
                "没摔倒没晕过，吃饭正常，人清楚",
            ],
            _patient(28985, "female", ("hypertension",), pregnant=False),
            id="r85-zh-058",
        ),  # 中国老年高血压管理指南2019: 老年人降压不宜过低，血压偏低伴轻度头晕而无晕厥跌倒者应在近期门诊调整降压方案。
        pytest.param(
            [
                "38岁男 咳嗽5天 发烧 T 38.4",
                "夹手指测SpO2 88%吓一跳，他手冰凉，换个捂热的手指复测96%",
                "R 20 HR 96 BP 126/80 神志清楚 右下肺湿罗音",
            ],
            _patient(14150, "male", (), pregnant=None),
            id="r85-zh-060",
        ),  # NICE NG138: CRB65 0分的社区获得性肺炎需当天开始抗生素；BTS氧疗指南: 手指冰冷时血氧读数不可靠，复温后96%提示无低氧。
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
