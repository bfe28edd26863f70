# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-ninth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of the
same complaint at different ages where the age changes the level: fever, vomiting, headache, belly
pain, breathlessness, chest pain, a fall or a rash in a newborn, an infant, a toddler, a school
child, an adolescent, a pregnant woman, an adult and a person over 80; 12 emergencies, 24 same-day
and 24 look-alikes a set). Before these fixes the rules found 11 of 12 and 11 of 12 emergencies,
graded 16 of 24 and 14 of 24 same-day cases exactly (English, Chinese) and sent 0 and 0 look-alikes
to emergency. Missed: ACS told as "heavy, squeezing in middle of chest, goes into left arm and jaw",
and a 4-month-old's vomit "深绿色的 像菠菜水".

What changed: "heavy, squeezing in (the) middle of (the) chest" is chest tightness; 吐的是深绿色的 and 像菠菜水
are bilious vomit. After: 12/12, 12/12; 17/24, 14/24; look-alikes 24/24, 24/24.

Left: the age-dependent same-day cases r109-en-017 to -036 and r109-zh-017 to -033 named in this
file's cases, graded emergency or routine by the rules' age thresholds."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "mum brought in 12 day old boy, says he's been 'not himself' since this morning",
                "axillary temp 38.3 twice, 20 min apart",
                "only took 2 short feeds since 6am, keeps falling asleep on the breast, hard to wake",
            ],
            _patient(12, "male", (), pregnant=None),
            id="r109-en-001",
        ),  # NICE NG143 Fever in under 5s, traffic-light table, with WHO IMCI young-infant chart: temperature of 38°C or more under 3 months with poor feeding and reduced rousability is a red feature (possible serious bacterial infection) needing immediate transfer to hospital.
        pytest.param(
            [
                "8mo girl, crying fits every 15-20 min, pulls her legs up, then quiet in between",
                "vomited 3x since lunch",
                "just changed nappy - stool looks like red jelly with mucus. she's pale and floppy now between the crying",
            ],
            _patient(243, "female", (), pregnant=None),
            id="r109-en-002",
        ),  # WHO Pocket Book of Hospital Care for Children (2013), surgical problems: an infant with episodic colicky pain, vomiting and blood-and-mucus stool has intussusception until proven otherwise, and lethargy and pallor need immediate hospital care.
        pytest.param(
            [
                "2yo fell off top bunk onto tiled floor about an hour ago",
                "cried straight away, since then vomited 3 times",
                "now very sleepy, mum can't keep him awake to play, whimpers when we rouse him",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r109-en-003",
        ),  # NICE NG232 Head injury (2023), section 1.4: a child with a head injury who has 3 or more separate vomits or unusual drowsiness needs a CT head scan within 1 hour, so needs transfer now.
        pytest.param(
            [
                "9yo girl known asthmatic, wheezy since last night, used blue inhaler 10 puffs at home",
                "she's stopping to breathe between every 2-3 words",
                "sats 91% on air, HR 140, PEF 45% of her best",
            ],
            _patient(3285, "female", ("asthma",), pregnant=None),
            id="r109-en-004",
        ),  # BTS/SIGN 158 British guideline on asthma, acute asthma in children, and GINA: SpO2 below 92% and being unable to finish sentences mark severe or life-threatening asthma, which needs hospital admission.
        pytest.param(
            [
                "15yo boy, fever 39.4 started this morning, headache, legs aching, hands cold",
                "mum noticed a few small purple dots on his tummy and ankles",
                "pressed a glass on them - they don't fade",
            ],
            _patient(5475, "male", (), pregnant=None),
            id="r109-en-005",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease (2024): fever with a non-blanching rash suggests meningococcal disease; give parenteral antibiotics if possible and transfer to hospital straight away.
        pytest.param(
            [
                "G1 34/40, came in with bad headache since this morning, paracetamol didn't touch it",
                "says she's seeing flashing lights and the face looks puffy",
                "BP 162/108, repeat 164/110, urine protein 2+",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r109-en-006",
        ),  # NICE NG133 Hypertension in pregnancy: BP of 160/110 or more with proteinuria and severe headache or visual disturbance after 20 weeks is severe pre-eclampsia, which needs admission now.
        pytest.param(
            [
                "27F, period 7 wks late, home preg test positive last week",
                "this morning sharp pain low down on the left, and a pain in the tip of her right shoulder",
                "fainted on the toilet here. now pale and clammy, pulse 118, BP 86/54",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r109-en-007",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, section 1.3: a woman with a positive pregnancy test, pain, shoulder-tip pain and collapse or haemodynamic instability needs immediate hospital transfer as a possible ruptured ectopic pregnancy.
        pytest.param(
            [
                "52M says he has 'indigestion' since 40 min, antacid not helping",
                "describes it as heavy, squeezing in middle of chest, goes into left arm and jaw",
                "sweating a lot, looks grey. BP 150/95 P 98",
            ],
            _patient(18980, "male", ("hypertension", "smoker"), pregnant=None),
            id="r109-en-008",
        ),  # NICE CG95 Recent-onset chest pain, section 1.1: a person with current chest pain suspected to be an acute coronary syndrome (radiation to arm/jaw, sweating) should be referred as an emergency.
        pytest.param(
            [
                "86yo lady slipped in bathroom this morning, banged the side of her head on the sink",
                "on warfarin for AF, last INR 2.8",
                "daughter says over the last hour she's become drowsy and keeps asking the same questions, vomited once just now",
            ],
            _patient(
                31390, "female", ("atrial fibrillation", "on anticoagulation"), pregnant=False
            ),
            id="r109-en-009",
        ),  # NICE NG232 Head injury (2023): an adult on anticoagulants who becomes drowsy and confused and vomits after a head injury needs a CT head scan within 1 hour, so needs transfer now.
        pytest.param(
            [
                "83yo man, sudden bad pain in his belly going through to the back, started 1 hr ago",
                "nearly passed out when he stood up",
                "BP 88/50 P 112, feels cold and sweaty. he says it's his bad back but it's never been like this",
            ],
            _patient(30295, "male", ("hypertension", "ex-smoker"), pregnant=None),
            id="r109-en-010",
        ),  # NICE NG156 Abdominal aortic aneurysm, section 1.1: an older man with sudden abdominal or back pain, collapse and shock may have a ruptured AAA and needs immediate transfer to a vascular centre.
        pytest.param(
            [
                "81yo lady, cough for 3 days, family say she's 'off her legs' today",
                "RR 28, sats 88% on air, temp 38.9, BP 98/60, HR 112",
                "new confused - doesn't know where she is, normally sharp",
            ],
            _patient(29565, "female", ("type 2 diabetes",), pregnant=False),
            id="r109-en-011",
        ),  # RCP NEWS2 (2017): these observations score about 14 (7 or more), and new confusion scores 3 on its own; a score of 7 or more needs an emergency response and transfer.
        pytest.param(
            [
                "28M type 1 diabetic, vomiting since last night, can't keep water down",
                "meter says glucose HI, blood ketones 4.2",
                "breathing deep and fast, breath smells sweet like nail polish, says belly hurts",
            ],
            _patient(10220, "male", ("type 1 diabetes",), pregnant=None),
            id="r109-en-012",
        ),  # NICE NG17 Type 1 diabetes in adults, DKA section, and JBDS DKA guideline: blood ketones above 3 mmol/L with vomiting and Kussmaul breathing means diabetic ketoacidosis, which needs hospital treatment now.
        pytest.param(
            ["18天女婴 妈妈说今天摸着烫", "腋温38.3 奶吃得比平时少 睡得多", "足月顺产 没有别的病"],
            _patient(18, "female", (), pregnant=None),
            id="r109-zh-001",
        ),  # NICE NG143 Fever in under 5s, traffic-light table: any infant younger than 3 months with a temperature of 38°C or higher is high risk (red) and needs immediate referral to paediatric specialist care.
        pytest.param(
            [
                "4个月男孩 今天吐了4次",
                "家长拍了照片 吐的是深绿色的 像菠菜水",
                "肚子有点鼓 一直哭闹 今天只尿了一次",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r109-zh-002",
        ),  # NICE NG1 GORD in children (red flags): bilious (green) vomiting in an infant suggests intestinal obstruction such as malrotation with volvulus and needs immediate surgical assessment in hospital.
        pytest.param(
            [
                "2岁男孩 从二楼阳台掉下来 大概3米多高",
                "当时哭了 后来吐了3次",
                "现在一直想睡 叫他眼睛睁一下又闭上",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r109-zh-003",
        ),  # NICE NG232 Head injury: in a child, abnormal drowsiness, three or more vomits and a fall from more than 3 m require CT within 1 hour, and any reduced GCS means ambulance transport to the emergency department.
        pytest.param(
            [
                "1岁半女孩 发烧一天 39.5",
                "下午腿上和肚子上出了些紫红小点 用玻璃杯压着不褪色",
                "手脚冰凉 有点蔫",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r109-zh-004",
        ),  # NICE NG240 Meningitis and meningococcal disease / NG143: fever with a non-blanching petechial rash in an unwell child indicates possible meningococcal disease — give parenteral antibiotic and transfer to hospital immediately.
        pytest.param(
            [
                "9岁 有哮喘 今天早上开始喘",
                "家里沙丁胺醇喷了6下 没好转",
                "说话一次只能说两三个字 血氧90",
                "心率140",
            ],
            _patient(3285, "male", ("asthma",), pregnant=None),
            id="r109-zh-005",
        ),  # BTS/SIGN 158 British guideline on asthma, acute asthma in children 5–12: SpO2 below 92% is life-threatening and inability to complete sentences with HR >125 is severe — arrange immediate hospital admission by ambulance.
        pytest.param(
            [
                "15岁女生 昨天开始吐 吐了好多次",
                "肚子痛 喘气又深又快",
                "嘴里有股烂苹果味 指尖血糖仪显示HI",
            ],
            _patient(5475, "female", ("1型糖尿病",), pregnant=False),
            id="r109-zh-006",
        ),  # NICE NG18 Diabetes in children and young people: a young person with type 1 diabetes who has vomiting, abdominal pain, deep (Kussmaul) breathing and very high glucose has suspected DKA and must be sent to hospital immediately.
        pytest.param(
            [
                "29岁女 下腹痛半天 左边明显",
                "月经推迟快3周了 这两天有点咖啡色分泌物",
                "刚才上厕所头晕差点倒 说右肩膀也痛",
                "脉搏112 血压88/56",
            ],
            _patient(10585, "female", (), pregnant=None),
            id="r109-zh-007",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: a woman with a missed period, abdominal pain, shoulder-tip pain and signs of haemodynamic instability needs immediate transfer to hospital for suspected ruptured ectopic pregnancy.
        pytest.param(
            [
                "孕35周 头痛从昨晚到现在没停",
                "说眼前有闪光 看东西模糊",
                "血压165/112 复测162/110",
                "脚肿 右上腹胀痛",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r109-zh-008",
        ),  # NICE NG133 Hypertension in pregnancy: BP of 160/110 or more with severe headache, visual disturbance or epigastric/right upper quadrant pain indicates severe pre-eclampsia requiring immediate hospital admission.
        pytest.param(
            [
                "58岁男 糖尿病10年",
                "说胃不舒服 上腹闷了40分钟了 吃了胃药没用",
                "满头大汗 脸色发白 左胳膊发沉",
                "血压96/60 脉搏108",
            ],
            _patient(21170, "male", ("2型糖尿病", "高血压"), pregnant=None),
            id="r109-zh-009",
        ),  # NICE CG95 Recent-onset chest pain: a person with current chest discomfort suggestive of ACS (atypical epigastric presentation is common in diabetes, with sweating and arm heaviness) must be referred as an emergency.
        pytest.param(
            [
                "42岁女 下午搬东西时突然头痛 像被人打了一棒",
                "说这辈子没这么痛过 不到一分钟就痛到最厉害",
                "吐了一次 脖子发硬",
            ],
            _patient(15330, "female", (), pregnant=False),
            id="r109-zh-010",
        ),  # NICE NG228 Subarachnoid haemorrhage: a sudden severe (thunderclap) headache reaching maximum intensity within 5 minutes needs immediate referral to emergency care.
        pytest.param(
            [
                "86岁老爷子 这两天越来越喘",
                "躺不下 坐着喘 呼吸30次",
                "血氧86 吸着家里的氧也只到88",
                "今天说话有点糊涂 认不清人",
            ],
            _patient(31390, "male", ("COPD", "冠心病"), pregnant=None),
            id="r109-zh-011",
        ),  # RCP NEWS2: respiratory rate ≥25, SpO2 ≤83–85% even on oxygen (scale 2) and new confusion each score 3, giving a total ≥7 that requires an emergency response and transfer.
        pytest.param(
            [
                "82岁男 突然肚子痛 痛到后腰",
                "刚才在厕所晕倒了一下 现在醒着",
                "脸色白 手凉 血压82/50 心率118",
                "家属说以前体检说过肚子里有根血管变粗了",
            ],
            _patient(29930, "male", ("高血压",), pregnant=None),
            id="r109-zh-012",
        ),  # NICE NG156 Abdominal aortic aneurysm: suspected rupture (abdominal or back pain with collapse or hypotension, especially with a known aneurysm) requires immediate transfer to a regional vascular service.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "5 month old boy, temp 39.2 this morning",
                "feeding ok, smiling, wet nappies normal",
                "no rash, cap refill <2s, breathing normal",
            ],
            _patient(152, "male", (), pregnant=None),
            id="r109-en-013",
        ),  # NICE NG143 Fever in under 5s, traffic-light table: a temperature of 39°C or more at age 3-6 months is an amber feature, so the child needs a clinician's assessment the same day, not an ambulance.
        pytest.param(
            [
                "22mo girl, fevers on and off for 5 days now, up to 38.9",
                "eating a bit less but drinking ok, playing when temp comes down",
                "no rash seen, no cough, nappies normal",
            ],
            _patient(670, "female", (), pregnant=None),
            id="r109-en-014",
        ),  # NICE NG143 Fever in under 5s: fever lasting 5 days or more is an amber feature (consider Kawasaki disease), so the child needs a doctor's assessment the same day.
        pytest.param(
            [
                "7yo boy, mum noticed raised purple-red spots on back of both legs and bum since yesterday",
                "spots don't fade when pressed",
                "no fever 36.8, running around, says knees ache and tummy hurts a bit after meals",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="r109-en-015",
        ),  # NICE CKS IgA vasculitis (Henoch-Schonlein purpura) and NICE NG143: a well child with no fever and a non-blanching rash needs a same-day doctor's assessment (urine, BP, blood count to rule out ITP or leukaemia), not an ambulance.
        pytest.param(
            [
                "31F, 28 weeks pregnant",
                "stinging when passing urine and going every half hour since yesterday",
                "temp 37.1, no back pain, baby moving well, no bleeding",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r109-en-016",
        ),  # NICE NG109 UTI (lower): antimicrobial prescribing: a pregnant woman with a lower UTI needs a urine culture and an antibiotic straight away, so she should be seen the same day, unlike a non-pregnant woman.
        pytest.param(
            [
                "72F new headache right side of head for 10 days, never had headaches before",
                "hair brushing hurts on that side, jaw aches when she chews",
                "vision normal today, no double vision. BP 142/84 temp 37.2",
            ],
            _patient(26280, "female", ("hypertension",), pregnant=False),
            id="r109-en-019",
        ),  # BSR 2020 guideline on giant cell arteritis and NICE CKS: a new headache after age 50 with scalp tenderness and jaw pain on chewing needs steroids and fast-track specialist assessment the same day; only visual loss makes it an emergency.
        pytest.param(
            [
                "24F, 9 weeks pregnant, been sick every time she eats or drinks for 2 days",
                "can't keep any fluids down since yesterday lunchtime, passing very little urine",
                "urine ketones 3+, HR 104, BP 110/70, no pain, no bleeding",
            ],
            _patient(8760, "female", (), pregnant=True),
            id="r109-en-020",
        ),  # RCOG Green-top Guideline 69, Nausea and vomiting of pregnancy and hyperemesis gravidarum: a woman who cannot keep down fluids and has ketonuria needs same-day ambulatory or inpatient IV fluids.
        pytest.param(
            [
                "87yo lady had a fall at home yesterday evening, landed on her left side",
                "pain in left groin when she puts weight on it, managing a few steps with frame but limping",
                "leg looks normal length, not turned out. no head knock, didn't black out",
            ],
            _patient(31755, "female", ("osteoporosis",), pregnant=False),
            id="r109-en-021",
        ),  # NICE CG124 Hip fracture: an older person with groin pain on weight-bearing after a fall may have a hip fracture even if they can walk; it needs same-day imaging (MRI if the X-ray is normal).
        pytest.param(
            [
                "20mo boy with eczema, face suddenly got worse over 2 days",
                "lots of small punched out sores and crusty blisters round mouth and cheeks, very sore",
                "temp 38.1, still drinking, alert",
            ],
            _patient(600, "male", ("eczema",), pregnant=None),
            id="r109-en-022",
        ),  # NICE CG57 Atopic eczema in under 12s: suspected eczema herpeticum (punched-out erosions, fever) needs systemic aciclovir started straight away and a same-day referral.
        pytest.param(
            [
                "17yo lad, asthma flaring up since cold last week, waking at night coughing",
                "peak flow 310, best is 500",
                "talking in full sentences, sats 96%, HR 98, RR 20",
            ],
            _patient(6205, "male", ("asthma",), pregnant=None),
            id="r109-en-023",
        ),  # BTS/SIGN 158 British guideline on asthma: PEF 50-75% of best with SpO2 of 92% or more and full sentences is a moderate attack, treated the same day in primary care (bronchodilator, oral steroids) with review.
        pytest.param(
            [
                "35F burning when she pees x3 days, now pain in right side of her back under the ribs",
                "temp 38.6, shivery",
                "HR 96 BP 118/76, keeping fluids down, not pregnant (test neg)",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r109-en-025",
        ),  # NICE NG111 Pyelonephritis (acute): antimicrobial prescribing: fever with loin pain needs an antibiotic and a urine culture the same day; hospital referral only if there are signs of sepsis or she cannot take oral fluids.
        pytest.param(
            [
                "82M, burning pain over right forehead for 3 days, now a rash of blisters there",
                "blisters come down to the tip of his nose",
                "right eye a bit red and watery, sees ok",
            ],
            _patient(29930, "male", (), pregnant=None),
            id="r109-en-026",
        ),  # NICE CKS Shingles: shingles in the ophthalmic nerve area (Hutchinson's sign, red eye) needs antivirals and same-day ophthalmology assessment.
        pytest.param(
            [
                "33F 30+2 wks, routine antenatal check",
                "BP 146/94, repeat after 15 min 148/96. booking BP was 112/70",
                "no headache, vision fine, no swelling, urine dip protein negative, baby moving",
            ],
            _patient(12045, "female", (), pregnant=True),
            id="r109-en-027",
        ),  # NICE NG133 Hypertension in pregnancy: new BP of 140/90-159/109 after 20 weeks needs a secondary-care assessment within 24 hours (same day), while a non-pregnant adult with the same BP is checked routinely.
        pytest.param(
            [
                "4mo boy, dad says he rolled off the sofa yesterday",
                "3 small bruises on his upper arm and one on the cheek, look like fingertip shapes",
                "baby alert, feeding normally, no vomiting, not rolling over yet per mum",
            ],
            _patient(125, "male", (), pregnant=None),
            id="r109-en-029",
        ),  # NICE CG89 Child maltreatment: any bruising in a child who is not yet independently mobile is a reason to suspect maltreatment and needs a same-day paediatric and safeguarding referral.
        pytest.param(
            [
                "84M with COPD, more breathless than usual for 2 days",
                "sputum changed from white to green, more of it",
                "sats 92% (his usual 91-93), RR 22, HR 94, temp 37.4, talking fine, no confusion, managing at home with wife",
            ],
            _patient(30660, "male", ("COPD",), pregnant=None),
            id="r109-en-030",
        ),  # NICE NG115 COPD in over 16s and NG114: an exacerbation with purulent sputum but no severe features (SpO2 below 90%, confusion, unable to cope) is treated at home with oral steroids and antibiotic after a same-day review.
        pytest.param(
            [
                "29F 26 weeks pregnant, fever and cough since yesterday, aching all over",
                "temp 38.4, HR 100, RR 18, sats 98%",
                "drinking ok, baby moving, says lots of people at work off with flu",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r109-en-031",
        ),  # NICE CKS Influenza - seasonal: pregnant women are in an at-risk group and should get antivirals within 48 hours of symptom onset, so a feverish pregnant woman needs a same-day assessment, while a healthy adult can self-care.
        pytest.param(
            [
                "day 3 baby boy, midwife home visit, skin looks yellow down to his tummy",
                "breastfeeding 8-10 times a day, wet nappies 4 today",
                "alert, no fever, colour came on yesterday not at birth",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r109-en-032",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: a baby who looks jaundiced after the first 24 hours needs a bilirubin level within 6 hours (the same day); jaundice in the first 24 hours needs it within 2 hours.
        pytest.param(
            [
                "3 wk old boy, vomiting after nearly every feed for 3 days, shoots right across the room",
                "milky not green, straight away hungry again after",
                "still has some wet nappies, weight down 80g from last week",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r109-en-033",
        ),  # NICE NG1 GORD in children and young people, red flags: projectile vomiting in the first 2 months suggests pyloric stenosis and needs a same-day paediatric surgical assessment, unlike simple regurgitation.
        pytest.param(
            [
                "5个月女宝 发烧一天",
                "肛温39.3",
                "精神还行 能逗笑 吃奶跟平时差不多 尿布也湿",
                "没有皮疹 没有抽",
            ],
            _patient(152, "female", (), pregnant=None),
            id="r109-zh-013",
        ),  # NICE NG143 Fever in under 5s: age 3–6 months with temperature ≥39°C is an amber feature, requiring same-day face-to-face clinical assessment, unlike the same temperature in an older well child.
        pytest.param(
            [
                "3岁男孩 发烧第5天了 退了又烧",
                "两边眼睛红 没有眼屎",
                "嘴唇红 干裂 身上有些红疹子",
                "手脚背有点肿",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r109-zh-014",
        ),  # NICE NG143 Fever in under 5s: fever for 5 days or more is amber and, with red eyes, cracked red lips, rash and swollen hands/feet, Kawasaki disease must be considered — same-day paediatric assessment.
        pytest.param(
            [
                "42天男婴 这3天每次吃完奶没多久就喷出来 喷得老远",
                "吐的是奶 没有绿色 没有血",
                "吐完马上又想吃 尿布一天还有5到6块湿的",
                "精神可以",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r109-zh-015",
        ),  # NICE NG1 GORD in children (red flags): projectile vomiting in the first 2 months of life suggests hypertrophic pyloric stenosis and needs same-day paediatric surgical assessment.
        pytest.param(
            [
                "1岁8个月 拉肚子加吐 从昨天开始",
                "拉了七八次水样便 吐了3次 现在喝水不吐了",
                "眼眶有点凹 给水喝得很猛 尿比平时少很多",
                "能玩 捏肚皮回得有点慢",
            ],
            _patient(608, "female", (), pregnant=None),
            id="r109-zh-016",
        ),  # WHO IMCI, diarrhoea assessment: two of sunken eyes, drinks eagerly/thirsty, restless and slow skin pinch classify as SOME dehydration, treated with ORS Plan B under observation at the facility the same day (no referral needed if no severe signs).
        pytest.param(
            [
                "70天女宝 流鼻涕咳嗽3天",
                "今天呼吸有点快 数了一分钟52次",
                "吃奶比平时少一点 大概平时的八成 尿布正常",
                "血氧95 没有憋气停顿 没有发紫",
            ],
            _patient(70, "female", (), pregnant=None),
            id="r109-zh-021",
        ),  # NICE NG9 Bronchiolitis: age under 3 months is a risk factor for severe disease and lowers the threshold for referral; without apnoea, SpO2 <92% or severe distress this needs same-day clinical assessment rather than emergency transfer.
        pytest.param(
            ["孕32周 左小腿肿痛2天", "左边比右边粗了一圈 摸着有点热", "不喘 胸口不痛 血氧98"],
            _patient(12045, "female", (), pregnant=True),
            id="r109-zh-022",
        ),  # RCOG Green-top Guideline 37b Thromboembolic disease in pregnancy: suspected DVT in pregnancy needs same-day objective testing (compression duplex ultrasound) with LMWH started until DVT is excluded.
        pytest.param(
            [
                "孕24周 昨天开始身上起水泡 痒",
                "先是胸口背上 今天脸上也有 有的结痂了",
                "她小时候没出过水痘 上周侄子出水痘",
                "不咳 不喘 体温37.8",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="r109-zh-025",
        ),  # RCOG Green-top Guideline 13 Chickenpox in pregnancy: a pregnant woman who develops chickenpox should contact her doctor straight away; oral aciclovir is given from 20 weeks if within 24 hours of rash onset, with hospital referral only for complications.
        pytest.param(
            [
                "81岁阿婆 右边腰上到肚子一条带子样的水泡 昨天开始",
                "前两天那个地方就火辣辣地痛",
                "眼睛 脸上没有 不发烧",
            ],
            _patient(29565, "female", (), pregnant=False),
            id="r109-zh-026",
        ),  # NICE CKS Shingles: oral antiviral should be started within 72 hours of rash onset in people over 50, so an older person with a new dermatomal rash needs same-day prescriber review.
        pytest.param(
            ["孕26周 昨天开始尿频尿痛", "今天发烧38.4 右边后腰酸痛", "心率98 血压正常 胎动正常"],
            _patient(8760, "female", (), pregnant=True),
            id="r109-zh-029",
        ),  # NICE NG111 Pyelonephritis (acute): antimicrobial prescribing: consider referral to hospital for pregnant women with symptoms of upper urinary tract infection — same-day assessment.
        pytest.param(
            ["84岁 咳嗽3天 今天发烧38.2", "呼吸22次 血氧95 血压132/78", "人清醒 能自己走", "痰黄"],
            _patient(30660, "male", (), pregnant=None),
            id="r109-zh-030",
        ),  # NICE NG138 Pneumonia (community-acquired): age 65 or over scores 1 on CRB65, making this intermediate risk where hospital assessment should be considered — same-day clinical review, unlike the same cough and fever in a young adult.
        pytest.param(
            [
                "80岁 这一个礼拜右边太阳穴痛 以前很少头痛",
                "梳头碰到头皮就痛 吃饭嚼东西腮帮子酸",
                "眼睛还看得清",
            ],
            _patient(29200, "male", (), pregnant=None),
            id="r109-zh-031",
        ),  # BSR 2020 guideline / NICE CKS Giant cell arteritis: new temporal headache with scalp tenderness and jaw claudication in someone over 50 needs glucocorticoids and same-day specialist referral; visual loss would make it an emergency.
        pytest.param(
            [
                "7岁 有哮喘 昨晚开始咳嗽 喘",
                "能说完整句子 血氧95",
                "呼吸26 心率110",
                "家里的沙丁胺醇喷了2次 稍好一点",
            ],
            _patient(2555, "female", ("asthma",), pregnant=None),
            id="r109-zh-034",
        ),  # BTS/SIGN 158 British guideline on asthma: moderate acute asthma in a child 5–12 (SpO2 ≥92%, talking in sentences, HR ≤125, RR ≤30) is treated in primary care with bronchodilator and oral steroid with same-day reassessment.
        pytest.param(
            [
                "45岁男 有糖尿病",
                "左小腿红肿热痛两天 红的范围比昨天大",
                "体温38.1 心率92 血压正常 人清醒",
            ],
            _patient(16425, "male", ("2型糖尿病",), pregnant=None),
            id="r109-zh-035",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis with fever in a person with diabetes needs same-day clinician review and antibiotics; hospital admission only if severely unwell or septic.
        pytest.param(
            [
                "出生第4天 男婴",
                "脸上身上都黄 黄到肚子和大腿了",
                "吃奶还可以 尿布一天6块",
                "还没测过胆红素",
            ],
            _patient(4, "male", (), pregnant=None),
            id="r109-zh-036",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: a baby more than 24 hours old with visible jaundice needs a bilirubin measurement within 6 hours.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "2 day old girl, red blotchy patches on chest and back with tiny yellowy-white spots in the middle",
                "spots come and go in different places",
                "feeding well, temp 36.9, alert, cord clean",
            ],
            _patient(2, "female", (), pregnant=None),
            id="r109-en-037",
        ),  # NICE CKS and WHO essential newborn care guidance: erythema toxicum neonatorum in a well, afebrile, feeding newborn is harmless and goes away on its own; parents only need reassurance.
        pytest.param(
            [
                "6 wk old boy, brings up small amounts of milk after most feeds",
                "mum worried as it sometimes comes out of his nose",
                "happy baby, gaining weight well - on 50th centile, no green or blood, not forceful, no fever",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r109-en-038",
        ),  # NICE NG1 GORD in children and young people: effortless regurgitation in a thriving infant with no red flags is normal, needs no tests or treatment, and is managed with reassurance.
        pytest.param(
            [
                "8mo boy had his jabs yesterday afternoon",
                "temp 38.3 overnight, came down with paracetamol",
                "feeding well, babbling and playing, leg a bit red at jab site, no rash elsewhere",
            ],
            _patient(250, "male", (), pregnant=None),
            id="r109-en-039",
        ),  # NICE NG143 Fever in under 5s, with the UKHSA Green Book: a child over 6 months with fever and only green features (common after vaccination) can be looked after at home with safety-net advice.
        pytest.param(
            [
                "3yo girl, itchy spots all over since 2 days, some blisters, some crusting",
                "temp 37.9 yesterday, ok today",
                "eating and drinking, playing, no eczema, no other illnesses, spots not red or hot around",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r109-en-040",
        ),  # NICE CKS Chickenpox: an otherwise healthy child with uncomplicated chickenpox is managed with self-care (fluids, paracetamol, emollients), unlike a pregnant woman or an immunocompromised person.
        pytest.param(
            [
                "19mo girl tripped while running in the yard, bumped her forehead on the step",
                "cried straight away, big egg lump on forehead",
                "no vomiting, not sleepy, walking and playing normally an hour later, fell from her own height",
            ],
            _patient(578, "female", (), pregnant=None),
            id="r109-en-041",
        ),  # NICE NG232 Head injury (2023): a child with no loss of consciousness, vomiting, drowsiness or dangerous mechanism, and no risk factor for a CT scan, can go home with written head-injury advice.
        pytest.param(
            [
                "8yo girl, tummy aches on and off for 3 months, mostly on school mornings",
                "points round her belly button, goes by lunchtime",
                "eating well, weight on track, no night waking, no vomiting, poo normal, no blood",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="r109-en-042",
        ),  # Rome IV criteria for childhood functional abdominal pain, with NICE CKS red flags: recurrent pain around the navel with no alarm features (weight loss, night waking, bleeding, vomiting) can be handled at a routine appointment.
        pytest.param(
            [
                "10yo boy vomited twice this morning, 3 runny poos",
                "sister had same thing 2 days ago",
                "drinking sips ok, weeing, alert, no blood, tummy soft, temp 37.6",
            ],
            _patient(3650, "male", (), pregnant=None),
            id="r109-en-043",
        ),  # NICE CG84 Diarrhoea and vomiting in under 5s, and NICE CKS Gastroenteritis: a child with no signs of dehydration and no red flags is managed at home with oral fluids.
        pytest.param(
            [
                "15yo girl, headaches most afternoons for 3 weeks, like a tight band round her head",
                "exams at the moment, sleeping late on her phone",
                "no vomiting, not worse lying down or in morning, no vision problems, BP 108/66, neuro exam normal",
            ],
            _patient(5600, "female", (), pregnant=None),
            id="r109-en-044",
        ),  # NICE CG150 Headaches in over 12s: a band-like tension-type headache with no red flags and a normal exam is managed with self-care, simple painkillers and lifestyle advice.
        pytest.param(
            [
                "16yo boy, sharp pain left side of chest since doing chest press at the gym yesterday",
                "hurts when he twists or presses on the rib",
                "sats 99%, HR 72, not breathless, no fever, no palpitations",
            ],
            _patient(5840, "male", (), pregnant=None),
            id="r109-en-045",
        ),  # NICE CKS Costochondritis / chest pain: chest-wall pain that can be reproduced by pressing, after exertion, in a well young person with normal observations is musculoskeletal and treated with painkillers and rest.
        pytest.param(
            [
                "14yo girl got short of breath during maths test, fingers went tingly",
                "teacher brought her over, settled after 10 mins slow breathing",
                "now sats 99%, RR 16, talking normally, no asthma, no chest pain, had same thing before last exams",
            ],
            _patient(5110, "female", (), pregnant=None),
            id="r109-en-046",
        ),  # NICE CG113 Anxiety and panic disorder, and NICE CKS: breathlessness with tingling during stress that settles, with normal saturations and no chest disease, is hyperventilation and needs routine follow-up, not acute care.
        pytest.param(
            [
                "32M fever 38.3 and runny nose, sore throat, cough for 2 days",
                "HR 88, RR 16, sats 98%, no chest pain",
                "eating and drinking, no long term illness",
            ],
            _patient(11680, "male", (), pregnant=None),
            id="r109-en-047",
        ),  # NICE NG120 Cough (acute) and NICE CKS Common cold: a healthy adult with a febrile viral respiratory illness and normal observations needs self-care (fluids, paracetamol) and advice on when to come back.
        pytest.param(
            [
                "30F burning when passing urine and going often since yesterday",
                "no fever, no back pain, no discharge",
                "not pregnant - period finished last week, first time this year",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r109-en-048",
        ),  # NICE NG109 UTI (lower): in a non-pregnant woman without fever or loin pain, self-care or a back-up or immediate antibiotic can be arranged at a routine level; she does not need same-day care like a pregnant woman.
        pytest.param(
            [
                "40M ate at a wedding last night, vomited 3 times and loose stools 4 times since",
                "his wife the same",
                "keeping water down now, passing urine, no blood, no fever, HR 84 BP 128/80",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r109-en-049",
        ),  # NICE CKS Gastroenteritis: an adult with vomiting and diarrhoea who is not dehydrated and has no blood in the stool or other red flags is managed with self-care and oral fluids.
        pytest.param(
            [
                "45F at health check, BP 146/94 then 144/92",
                "no headache, no chest pain, feels well",
                "not pregnant, no previous high readings",
            ],
            _patient(16500, "female", (), pregnant=False),
            id="r109-en-050",
        ),  # NICE NG136 Hypertension in adults: a clinic BP of 140/90 to 179/119 without symptoms should be confirmed with ambulatory or home monitoring at a routine appointment; only pregnancy or 180/120 with symptoms would need faster care.
        pytest.param(
            [
                "28F, positive preg test 4 days ago, LMP 5 weeks ago",
                "some brown spotting this morning, a few drops on pad",
                "no pain at all, no dizziness, HR 76 BP 116/72",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r109-en-051",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, section 1.4: a woman under 6 weeks pregnant with bleeding but no pain or risk factors can be managed expectantly with a repeat pregnancy test after 7-10 days, and told to come back if pain starts.
        pytest.param(
            [
                "23F 16 weeks pregnant, headache on and off for 2 days, been short of sleep",
                "BP 112/70, no vision change, no swelling",
                "eaten and drinking ok, paracetamol helps",
            ],
            _patient(8395, "female", (), pregnant=True),
            id="r109-en-052",
        ),  # NICE NG133 Hypertension in pregnancy and NG201 Antenatal care: pre-eclampsia happens after 20 weeks, so a headache at 16 weeks with normal BP and no red flags can be managed with paracetamol and rest.
        pytest.param(
            [
                "34F 33 weeks pregnant, gets puffed going up the stairs lately, getting gradually more over the weeks",
                "fine at rest, no chest pain, no cough, no calf pain or leg swelling",
                "sats 98%, RR 16, HR 86, BP 114/72",
            ],
            _patient(12410, "female", (), pregnant=True),
            id="r109-en-053",
        ),  # NICE NG201 Antenatal care and RCOG Green-top 37b: breathlessness on exertion that comes on gradually in late pregnancy, with no chest pain or leg symptoms and normal observations, is physiological and handled at routine antenatal care.
        pytest.param(
            [
                "58M had heart attack 3 yrs ago, 2 stents",
                "here for repeat tablets, says no chest pain, walks 30 min daily no problem",
                "BP 128/78, HR 62",
            ],
            _patient(21170, "male", ("coronary heart disease", "hypertension"), pregnant=None),
            id="r109-en-054",
        ),  # NICE NG185 Acute coronary syndromes (secondary prevention): a person with an old MI who has no symptoms now needs routine review and repeat medicines.
        pytest.param(
            [
                "35F known migraine, usual zigzag lines in vision for 20 min then one-sided headache this morning",
                "same as her usual attacks for 10 years, took her usual tablet, headache easing",
                "vision back to normal, no weakness, not on the pill",
            ],
            _patient(12900, "female", ("migraine",), pregnant=False),
            id="r109-en-055",
        ),  # NICE CG150 Headaches in over 12s: a typical migraine with aura that matches previous attacks, with aura under 60 minutes and no motor weakness, is managed with self-care and the usual acute treatment.
        pytest.param(
            [
                "82M tripped over the rug in the hall last week, landed on his hands",
                "no head knock, got up himself, no pain now",
                "daughter wants him checked - walks fine, BP 134/80 sitting and 130/78 standing, on no new meds",
            ],
            _patient(30000, "male", ("hypertension",), pregnant=None),
            id="r109-en-056",
        ),  # NICE NG249 Falls (2025) / CG161: an older person who has fallen without injury should get a multifactorial falls risk assessment at a routine appointment.
        pytest.param(
            [
                "85yo lady, itchy legs for a month, worse at night",
                "skin dry and cracked like crazy paving on both shins, no blisters",
                "no fever, not spreading, nobody else at home itchy",
            ],
            _patient(31025, "female", ("hypertension",), pregnant=False),
            id="r109-en-057",
        ),  # NICE CKS Itch (pruritus) in the elderly and asteatotic eczema: dry, cracked itchy skin on the shins in an older person with no infection signs or blisters is treated with emollients and self-care.
        pytest.param(
            [
                "89M COPD, here to collect his inhalers",
                "breathless walking to the gate as usual, no worse than usual, sputum white",
                "sats 93% (same as last 3 visits), RR 18, temp 36.6",
            ],
            _patient(32485, "male", ("COPD",), pregnant=None),
            id="r109-en-058",
        ),  # NICE NG115 COPD in over 16s: stable breathlessness at baseline, with no sustained worsening of symptoms or sputum, is not an exacerbation and needs only routine review.
        pytest.param(
            [
                "84yo lady no bowel motion for 4 days, usually goes every 2-3 days",
                "passing wind, eating normally, no vomiting",
                "belly soft, not swollen, mild discomfort only, no blood, weight steady",
            ],
            _patient(30700, "female", ("hypertension",), pregnant=False),
            id="r109-en-059",
        ),  # NICE CKS Constipation: short-lived constipation without red flags (no vomiting, swelling, bleeding, weight loss or lasting change in habit) is managed with fluids, fibre and laxatives as self-care.
        pytest.param(
            [
                "7mo girl, cough and runny nose 3 days, little bit wheezy",
                "feeding well, wet nappies normal",
                "RR 44, sats 97%, no pauses in breathing, temp 37.8, no chest drawing in",
            ],
            _patient(213, "female", (), pregnant=None),
            id="r109-en-060",
        ),  # NICE NG9 Bronchiolitis in children: an infant over 3 months with SpO2 of 92% or more, RR under 60, adequate feeding and no apnoea can be cared for at home with safety-net advice.
        pytest.param(
            ["30岁女 发烧一天 最高38.6", "嗓子痛 流鼻涕 全身酸", "能吃能喝 没有皮疹 脖子不硬 不喘"],
            _patient(10950, "female", (), pregnant=False),
            id="r109-zh-037",
        ),  # NICE CKS Common cold: an uncomplicated viral upper respiratory infection with fever in a well adult is self-limiting and managed with self-care (fluids, paracetamol).
        pytest.param(
            [
                "6岁男孩 班上好几个出水痘",
                "他昨天发烧38.2 今天身上出了些小水泡 痒",
                "精神好 吃喝正常 眼睛没事 不咳不喘",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r109-zh-038",
        ),  # NICE CKS Chickenpox: in an otherwise healthy child, chickenpox is self-limiting and managed at home with fluids, paracetamol and itch relief; only immunocompromised, pregnant or complicated cases need review.
        pytest.param(
            [
                "2岁女孩 今天发烧38.4",
                "去年发烧时抽过一次 家长怕又抽",
                "这次没有抽 很精神 在吃饼干",
                "流鼻涕 其他正常",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r109-zh-039",
        ),  # NICE NG143 Fever in under 5s / CKS Febrile seizure: a previous febrile seizure does not change management of a current fever in a well child with only green features — home care with safety-net advice.
        pytest.param(
            [
                "35岁男 昨晚吃喜酒 半夜开始吐 吐了3次",
                "拉了几次稀的 没有血",
                "现在能喝水 不吐了 尿正常 肚子软",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r109-zh-040",
        ),  # NICE CKS Gastroenteritis: an adult with acute vomiting and diarrhoea who can keep fluids down, with no blood and no dehydration, is managed with self-care and oral fluids.
        pytest.param(
            [
                "3个月男婴 每次吃完奶就往外溢奶",
                "不是喷的 白色的奶 没有绿的",
                "体重长得好 这个月长了900克",
                "吃完也不哭 笑得很开心",
            ],
            _patient(95, "male", (), pregnant=None),
            id="r109-zh-041",
        ),  # NICE NG1 GORD in children: effortless regurgitation of feeds in a thriving infant is common and normal and needs only reassurance, not investigation or treatment.
        pytest.param(
            [
                "孕8周 早上起来恶心 一天吐一两次",
                "能喝水 吃点饼干也能吃下去",
                "尿正常 尿酮体阴性 体重没掉",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r109-zh-042",
        ),  # RCOG Green-top Guideline 69: mild nausea and vomiting of pregnancy without ketonuria, dehydration or weight loss is managed in the community with dietary advice and self-care.
        pytest.param(
            [
                "40岁男 这几天加班 头两边像箍着一样痛",
                "下午严重 睡一觉好点",
                "血压126/80 不发烧 不吐 手脚有力 说话清楚",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r109-zh-043",
        ),  # NICE CG150 Headaches in over 12s: bilateral pressing tension-type headache without red-flag features is managed with self-care and simple analgesia.
        pytest.param(
            [
                "14岁女生 这半年每个月头痛两三次 一边 一跳一跳的",
                "痛的时候怕光 想吐 睡一觉就好",
                "平时完全正常 查体没发现问题 她妈妈也有偏头痛",
            ],
            _patient(5110, "female", (), pregnant=False),
            id="r109-zh-044",
        ),  # NICE CG150 Headaches in over 12s: recurrent headache with migraine features, full recovery between attacks and normal examination is diagnosed and managed in routine primary care.
        pytest.param(
            ["孕12周 感冒两天 头有点痛", "血压112/72 看东西清楚", "鼻塞 不发烧 肚子不痛"],
            _patient(9125, "female", (), pregnant=True),
            id="r109-zh-045",
        ),  # NICE NG133 Hypertension in pregnancy: pre-eclampsia arises after 20 weeks; a mild headache with a cold at 12 weeks with normal blood pressure and no visual symptoms is managed with self-care (paracetamol).
        pytest.param(
            [
                "3岁女孩 肚子痛 3天没拉大便",
                "上次拉的很硬 一粒一粒的",
                "肚子软 不吐 照样吃照样玩 不发烧",
            ],
            _patient(1135, "female", (), pregnant=None),
            id="r109-zh-046",
        ),  # NICE CG99 Constipation in children: constipation without red flags (no vomiting, distension or systemic illness) is managed in routine primary care with diet advice and laxatives.
        pytest.param(
            [
                "28岁女 来月经第一天 小肚子痛",
                "每次来都这样痛 跟以前一样",
                "验孕阴性 不发烧 没有异常出血",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r109-zh-047",
        ),  # NICE CKS Dysmenorrhoea: primary dysmenorrhoea with the usual pattern, negative pregnancy test and no red flags is managed with self-care (NSAIDs, heat).
        pytest.param(
            [
                "9岁男孩 这两三个月老说肚子痛 肚脐周围",
                "多是早上上学前 周末很少",
                "晚上不会痛醒 长个子体重都正常 大便正常 没有血",
            ],
            _patient(3385, "male", (), pregnant=None),
            id="r109-zh-048",
        ),  # NICE CKS / Rome IV functional abdominal pain in children: recurrent periumbilical pain without red flags (night waking, weight loss, blood, vomiting) is assessed routinely in primary care.
        pytest.param(
            [
                "30岁男 感冒 说喘不上气",
                "其实是鼻子堵了 只能张嘴呼吸",
                "呼吸16次 血氧98 肺里听着清楚 说话完整",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r109-zh-049",
        ),  # NICE CKS Common cold: nasal congestion with normal respiratory rate and oxygen saturation is an uncomplicated cold managed by self-care.
        pytest.param(
            [
                "1岁3个月 感冒 嗓子里呼噜呼噜响 家长怕是肺炎",
                "呼吸30次 没有三凹 血氧98",
                "不发烧 吃奶吃饭正常",
            ],
            _patient(456, "male", (), pregnant=None),
            id="r109-zh-050",
        ),  # WHO IMCI: a child aged 12 months–5 years with cough but respiratory rate below 40/min and no chest indrawing is classified as cough or cold (no pneumonia) and treated at home.
        pytest.param(
            [
                "82岁 慢阻肺十几年",
                "爬一层楼就喘 这几年一直这样 没有加重",
                "痰不多 白色 血氧93 跟平时一样",
                "想来开药 复查",
            ],
            _patient(29930, "male", ("COPD",), pregnant=None),
            id="r109-zh-051",
        ),  # GOLD 2024 report: stable COPD with unchanged baseline breathlessness and sputum and no exacerbation features is managed by routine follow-up and medication review.
        pytest.param(
            [
                "11岁女孩 说胸口痛",
                "一个点 按着就痛 体育课扔实心球后开始的",
                "呼吸正常 不喘 心率88 活动正常",
            ],
            _patient(4015, "female", (), pregnant=None),
            id="r109-zh-052",
        ),  # NICE CKS Chest pain / Costochondritis: localised chest-wall pain reproduced by pressure after exertion in a well child with normal observations is musculoskeletal and managed with self-care.
        pytest.param(
            [
                "孕30周 胸口后面烧得慌",
                "吃完饭躺下就厉害 坐起来好点",
                "血压114/70 不头痛 看东西清楚 不喘",
                "喝点牛奶能缓解",
            ],
            _patient(11680, "female", (), pregnant=True),
            id="r109-zh-053",
        ),  # NICE CKS Dyspepsia – pregnancy-associated: heartburn in pregnancy with normal blood pressure and no pre-eclampsia features is managed with lifestyle advice and antacids.
        pytest.param(
            [
                "60岁男 两个月前有一次快走时胸口闷 几分钟就好了",
                "后来再没有过 今天来想查查",
                "现在没症状 血压134/82 心率70",
            ],
            _patient(21900, "male", (), pregnant=None),
            id="r109-zh-054",
        ),  # NICE CG95 Recent-onset chest pain: chest pain more than 72 hours ago with no ongoing symptoms needs a detailed clinical assessment and, if angina is possible, a rapid-access chest pain clinic — not same-day or emergency care.
        pytest.param(
            [
                "2岁3个月 从沙发上摔下来 大概40公分 地上有地毯",
                "马上就哭了 抱一下就好了",
                "没吐 没晕 额头没包 现在在玩",
            ],
            _patient(825, "female", (), pregnant=None),
            id="r109-zh-055",
        ),  # NICE NG232 Head injury: a child with a low fall, immediate crying, no vomiting, no loss of consciousness and normal behaviour has no referral criteria and can be observed at home with head-injury advice.
        pytest.param(
            [
                "40岁女 下楼梯崴了右脚",
                "脚踝外边肿 能自己走过来 走了十几步",
                "按内外踝后边骨头不痛 脚背那根骨头也不痛",
            ],
            _patient(14600, "female", (), pregnant=False),
            id="r109-zh-056",
        ),  # Ottawa ankle rules / NICE CKS Sprains and strains: ankle sprain with weight-bearing and no bony tenderness needs no X-ray and is managed with self-care (rest, ice, compression, elevation).
        pytest.param(
            [
                "84岁阿婆 三个礼拜前在家摔过一跤",
                "当时没伤着 没碰头 后来都正常",
                "家属想让评估一下怎么防摔 她走路有点慢",
            ],
            _patient(30660, "female", ("高血压", "骨质疏松"), pregnant=False),
            id="r109-zh-057",
        ),  # NICE NG249 Falls: assessment and prevention in older people: an older person with a past fall and no injury should be offered a multifactorial falls risk assessment as routine care.
        pytest.param(
            [
                "出生3天男婴 身上起了好多红斑 中间有小白点",
                "今天有的消了 别的地方又出来",
                "不发烧 吃奶好 哭声响 反应好",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r109-zh-058",
        ),  # NICE CKS / standard neonatal guidance on erythema toxicum neonatorum: blotchy red patches with small pale papules in a well, feeding newborn are benign and self-resolving — reassurance only.
        pytest.param(
            [
                "9个月女宝 前面烧了3天 最高39.5",
                "今天烧退了 身上出了粉红色小疹子 一压就褪",
                "精神比发烧时好多了 吃奶正常",
            ],
            _patient(274, "female", (), pregnant=None),
            id="r109-zh-059",
        ),  # NICE NG143 Fever in under 5s: a child over 6 months whose fever has settled, with a blanching rash and normal activity (green features), typical of roseola, is cared for at home.
        pytest.param(
            [
                "33岁男 中午吃了海鲜 下午身上起风团 很痒",
                "嘴唇 舌头 眼睛都不肿",
                "不喘 不憋 嗓子不紧 不头晕",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="r109-zh-060",
        ),  # NICE CKS Urticaria / Resuscitation Council UK anaphylaxis guideline: acute urticaria without airway, breathing or circulation involvement is managed with a non-sedating antihistamine and self-care.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
