# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninety-sixth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of numbers
told as trends, ranges and comparisons over hours or days: a pressure that falls, a temperature up
and down, saturations dropping, a newborn's weight against the birth weight, glucose through a day,
nappies counted, creatinine against last time; 12 emergencies, 24 same-day and 24 look-alikes a
set). Before these fixes the rules found 12 of 12 and 12 of 12 emergencies, graded 15 of 24 and 16
of 24 same-day cases exactly (English, Chinese) and sent 1 and 1 look-alikes to emergency. Graded
routine: a newborn down from 3.4 to 3.0 kg (both languages), pyelonephritis with 37.8 then 38.6,
glucose 14.2, 17.8 and 19.6 through a day, a BP of 145/94 at 30 weeks after a usual 110/70, malaria
after Nigeria, a DVT after a flight, mastitis spreading from 3 to 7 cm. Sent to emergency: a 3-day-
old's stools "from black to dark green".

What changed: a reading told after an earlier one of the same day is the one judged (体温37.8 下午38.6;
血糖 早上空腹14.2 中午17.8 晚饭前19.6; 今天142/92 复测145/94), except a standing pressure after a lying one; 之前
marks a usual value; a baby's day of life (宝宝第4天) is its age and a weight told with only its day
after the birth weight is today's (NICE NG194: more than 10% lost, the same day); a newborn's first
black-green stools are meconium, not melaena; calf pain after a long flight is assessed for a DVT
(NICE NG158); travel back from West Africa, a sore breast and puffy ankles are read. After: 12/12,
12/12; 19/24, 20/24; look-alikes 23/24, 24/24.

Left: chest tightness on "Tue evening", told on Thursday (r96-en-056), stays an emergency (the days
of the week are not counted); graded routine: sugars 15.2, 17.8, 19.6 with no label (r96-en-019),
weights 68.1, 69.6, 71.0 in heart failure (r96-en-023, r96-zh-022), creatinine 88 in March now 165
(r96-en-025), a dental swelling spreading (r96-en-027), hypoglycaemia recurring on gliclazide
(r96-en-030), fetal movements 3 by 4 pm (r96-zh-023), cellulitis past its pen line (r96-zh-025), an
INR of 6.5 told in the message after its label (r96-zh-027)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "68M came in for his ibuprofen refill, said he felt dizzy, BP 152/90 at 8 this morning",
                "rechecked at 11 BP 88/52, pulse gone from 78 to 116",
                "says his stools have been black and sticky since yesterday, looks pale and clammy",
            ],
            _patient(24820, "male", ("hypertension", "osteoarthritis"), pregnant=None),
            id="r96-en-001",
        ),  # NICE CG141 acute upper GI bleeding with RCP NEWS2: melaena with a falling systolic BP below 90-100 and pulse over 100 means haemodynamic instability needing immediate hospital resuscitation.
        pytest.param(
            [
                "59F cough and fever 3 days, at 9am sats 96 RR 20",
                "now 2pm sats 89 on air, RR 30, temp 39.1",
                "she can only get a few words out between breaths, lips look a bit dusky",
            ],
            _patient(21535, "female", ("type 2 diabetes",), pregnant=False),
            id="r96-en-002",
        ),  # RCP NEWS2 with BTS oxygen guideline: a fall to SpO2 89% (score 3) with RR 30 (score 3) plus fever gives NEWS2 of 7 or more, which needs an emergency response and hospital oxygen.
        pytest.param(
            [
                "5 day old boy, birth wt 3.4kg, weighed today 2.9kg",
                "mum says only 1 wet nappy since yesterday morning, urine dark orange",
                "very sleepy, has to be undressed to wake for feeds and falls asleep after a few sucks, feels cool to touch",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r96-en-003",
        ),  # WHO IMCI young infant chart: not feeding well and moving only when stimulated are signs of very severe disease requiring urgent referral, here with about 15% weight loss and almost no urine.
        pytest.param(
            [
                "32F asthma, her best peak flow is 450",
                "this morning 300, had 4 puffs salbutamol twice, now blowing 130",
                "sats 91, can only say 2-3 words, looks tired",
            ],
            _patient(11680, "female", ("asthma",), pregnant=False),
            id="r96-en-004",
        ),  # BTS/SIGN 158 asthma guideline: PEF below 33% of best or SpO2 below 92% is life-threatening asthma requiring immediate hospital admission.
        pytest.param(
            [
                "T1 boy 17y, glucose this morning 14, at noon 21, now 27.6",
                "vomited 4 times since lunch, says belly hurts",
                "blood ketones 4.1, breathing deep and fast, breath smells like nail polish remover",
            ],
            _patient(6205, "male", ("type 1 diabetes",), pregnant=None),
            id="r96-en-005",
        ),  # NICE NG18/NG17 diabetes: rising glucose with blood ketones above 3 mmol/L and vomiting indicates DKA, which needs immediate hospital admission.
        pytest.param(
            [
                "82M long term catheter, temp up and down 38-39.5 since Mon",
                "today temp 35.9, BP 84/50, was 136/80 on Mon, pulse 112",
                "bag only about 50ml since last night, daughter says he is muddled and not himself",
            ],
            _patient(
                29930,
                "male",
                ("benign prostatic hyperplasia", "long-term urinary catheter"),
                pregnant=None,
            ),
            id="r96-en-006",
        ),  # NICE NG51 sepsis: systolic BP 90 or below, new altered mental state and near-absent urine output are high-risk criteria needing emergency hospital treatment; a fall to low temperature after fever is not reassuring.
        pytest.param(
            [
                "27F lower tummy pain since last night, was 3/10 then, now 8/10",
                "period was due 3 weeks ago, home test positive 2 days ago",
                "pulse 78 at triage 30 min ago, now 112, nearly fainted in the toilet, pain now going to her right shoulder tip",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r96-en-007",
        ),  # NICE NG126 ectopic pregnancy: early pregnancy with abdominal pain, shoulder-tip pain and signs of haemodynamic instability needs immediate referral to emergency services.
        pytest.param(
            [
                "14 mo girl cough and fever 2 days, yesterday RR 40",
                "today RR 64, sats 95 at 9am, now 89 on air",
                "grunting with every breath, skin sucking in under the ribs, refusing her bottle",
            ],
            _patient(426, "female", (), pregnant=None),
            id="r96-en-008",
        ),  # WHO IMCI and NICE NG143: grunting, RR over 60, chest indrawing and SpO2 below 90% are danger (red) signs of severe pneumonia needing urgent referral.
        pytest.param(
            [
                "79M fell in the kitchen yesterday, hit back of head, was chatty and fine last night",
                "daughter says today keeps drifting off mid sentence, vomited twice since breakfast",
                "GCS 15 at home visit this morning, now 13 (E3 V4 M6), right pupil looks a bit bigger than left",
            ],
            _patient(28835, "male", ("atrial fibrillation", "on warfarin"), pregnant=None),
            id="r96-en-009",
        ),  # NICE NG232 head injury: falling GCS, more than one vomit and anticoagulant use after a head injury require immediate transfer to the emergency department for CT.
        pytest.param(
            [
                "30F 5 days after normal delivery",
                "pulse on day 2 was 80, today 134, temp 38.9, RR 26",
                "says she feels really ill, shivering, lochia smells off, lower tummy very tender",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r96-en-010",
        ),  # RCOG Green-top 64b sepsis following pregnancy with NICE NG51: HR over 130 and RR 25 or more are high-risk sepsis criteria needing emergency hospital treatment.
        pytest.param(
            [
                "34/40, booking BP 112/70, last week 134/86",
                "today 164/112, repeated 162/110",
                "headache since this morning not helped by paracetamol, seeing flashing lights, urine protein 3+",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r96-en-011",
        ),  # NICE NG133 hypertension in pregnancy: BP of 160/110 or more with severe headache, visual disturbance and proteinuria is severe pre-eclampsia requiring immediate admission.
        pytest.param(
            [
                "9 mo boy diarrhoea and vomiting 2 days",
                "wet nappies: 6 on Sat, 2 yesterday, none since 9pm last night",
                "very floppy and hard to keep awake, won't suck the bottle, eyes sunken, skin pinch goes back very slowly, hands cold",
            ],
            _patient(274, "male", (), pregnant=None),
            id="r96-en-012",
        ),  # WHO IMCI: lethargy, inability to drink, sunken eyes and very slow skin pinch classify as severe dehydration, needing immediate IV rehydration or urgent referral.
        pytest.param(
            [
                "74岁男，昨晚开始拉肚子，水样便七八次，吐了3回",
                "早上量血压150/90，刚才再量86/50，心率从早上80多到现在126",
                "叫他反应慢，说话有点糊涂，手脚凉，从中午到现在没怎么解小便",
            ],
            _patient(27010, "male", ("高血压",), pregnant=None),
            id="r96-zh-001",
        ),  # RCP NEWS2 (2017): systolic BP <=90, heart rate >110 and new confusion give an aggregate score >=7, which requires an emergency response and transfer to acute care.
        pytest.param(
            [
                "女45岁 发烧咳嗽4天 今天气喘",
                "昨天在卫生室测血氧96 今天89 休息10分钟复测还是90",
                "呼吸一分钟32次 嘴唇有点紫 说话一句要分两口气",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r96-zh-002",
        ),  # WHO pneumonia guidance and BTS CAP guideline: SpO2 below 90% with respiratory rate >=30 and cyanosis marks severe pneumonia needing immediate hospital transfer (NEWS2 >=7).
        pytest.param(
            [
                "宝宝出生第5天 出生3.4kg 今天称2.9kg",
                "这两天吃奶越来越少 今天一整天只吃了三回 每次吸两口就睡",
                "尿布从昨天起就湿了1块 尿很黄 有橘红色的渣",
                "身上很黄到脚心了，叫也叫不太醒",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r96-zh-003",
        ),  # WHO IMCI young infant chart: not feeding well, moving only when stimulated and yellow palms/soles are danger signs requiring urgent referral to hospital (here with about 15% weight loss).
        pytest.param(
            [
                "15岁女孩 1型糖尿病打胰岛素的",
                "早上血糖15.6 中午22.3 下午仪器显示HI",
                "从中午开始吐了4次 肚子痛 呼吸又深又快 嘴里有烂苹果味",
                "尿酮试纸3+ 人很没劲 问话答得慢",
            ],
            _patient(5475, "female", ("1型糖尿病",), pregnant=None),
            id="r96-zh-004",
        ),  # NICE NG18 / ISPAD DKA guidance: rising glucose with ketonuria, vomiting, deep rapid breathing and drowsiness indicates diabetic ketoacidosis requiring immediate hospital transfer.
        pytest.param(
            [
                "哮喘病人 男32 平时峰流速最好450左右",
                "早上测250 喷了沙丁胺醇4次 现在只有140",
                "坐着都喘 一句话说不完整 血氧91 心率118",
            ],
            _patient(11680, "male", ("哮喘",), pregnant=None),
            id="r96-zh-005",
        ),  # BTS/SIGN 158 asthma guideline: PEF <33% of best and SpO2 <92% define life-threatening asthma needing immediate hospital admission by ambulance.
        pytest.param(
            [
                "86岁奶奶 长期插尿管 家里说这两天尿袋里尿少了",
                "前天一天倒了大概1500ml 昨天600 今天从早到现在12个钟头袋里才50ml 很浑",
                "体温38.9 血压从平时140多降到84/52 心率124",
                "一直睡 喊她只睁一下眼",
            ],
            _patient(31390, "female", ("脑梗后遗症", "长期导尿"), pregnant=False),
            id="r96-zh-006",
        ),  # NICE NG51 sepsis: systolic BP <=90, catheterised urine output <0.5 ml/kg/h and new altered mental state are high-risk criteria needing emergency transfer.
        pytest.param(
            [
                "28岁女 下腹痛 上午疼痛评分2分 现在说有8分",
                "月经推迟了快两周 今天早上有点咖啡色出血",
                "刚才说右肩膀也痛 站起来眼前发黑",
                "脉搏上午84 现在118 血压96/60",
            ],
            _patient(10220, "female", (), pregnant=None),
            id="r96-zh-007",
        ),  # NICE NG126 ectopic pregnancy: missed period with worsening pain, shoulder-tip pain and signs of haemodynamic compromise require immediate emergency referral.
        pytest.param(
            [
                "产后第3天 顺产 在家坐月子",
                "昨天体温37.6 今天39.1 发冷打摆子",
                "脉搏昨天80多 现在132 呼吸28次 恶露有臭味",
                "人没精神 血压92/58",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r96-zh-008",
        ),  # RCOG Green-top 64b and NICE NG51: postpartum fever with heart rate >130 and respiratory rate >=25 are high-risk sepsis criteria needing emergency hospital care.
        pytest.param(
            [
                "52天的女婴 今早体温37.5 下午量腋温38.3",
                "吃奶比平时少一半 以前一天尿湿6、7片尿不湿 今天到现在才2片",
                "哭声弱 比平时睡得多",
            ],
            _patient(52, "female", (), pregnant=None),
            id="r96-zh-009",
        ),  # NICE NG143 fever in under 5s: any infant under 3 months with temperature >=38C is high risk (red) and must be referred immediately to paediatric specialist care.
        pytest.param(
            [
                "79岁男 吃华法林的 昨天下午在院子里摔了 后脑勺碰地",
                "昨天还好好的 今天早上开始头越来越痛 说疼痛从3分到现在7分",
                "上午吐了2次 越来越想睡 问他今天几号答不上来",
            ],
            _patient(28835, "male", ("房颤",), pregnant=None),
            id="r96-zh-010",
        ),  # NICE NG232 head injury: an anticoagulated patient with vomiting and deteriorating consciousness after head injury needs ambulance transfer to an emergency department for immediate CT.
        pytest.param(
            [
                "孕34周 27岁 上周产检血压128/80",
                "今天来量165/112 休息15分钟复测168/114",
                "说头痛一上午 眼前有闪光 右上腹胀痛 脚肿得按下去一个坑",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r96-zh-011",
        ),  # NICE NG133 hypertension in pregnancy: BP >=160/110 with headache, visual disturbance and epigastric pain signals severe pre-eclampsia needing immediate hospital admission.
        pytest.param(
            [
                "1岁2个月男孩 拉肚子第2天 今天拉了10多次水样便",
                "昨天尿不湿换了6片 今天从早上7点到下午3点一片都没湿",
                "眼窝凹下去 哭没有眼泪 捏肚皮回去很慢 两秒多",
                "抱着软软的 喂水也不怎么喝",
            ],
            _patient(425, "male", (), pregnant=None),
            id="r96-zh-012",
        ),  # WHO IMCI diarrhoea: lethargy, sunken eyes, drinking poorly and skin pinch going back very slowly classify severe dehydration needing Plan C and urgent hospital referral.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "4 day old girl, born 3.4kg, weighed today 3.0",
                "breastfeeding 6-7 times a day, mum thinks milk just coming in, 3 wet nappies yesterday",
                "baby alert, cries strongly, pink, temp 36.9",
            ],
            _patient(4, "female", (), pregnant=None),
            id="r96-en-013",
        ),  # NICE NG194 postnatal care: weight loss of more than 10% of birth weight needs a prompt clinical and feeding assessment with a plan, while an alert, well baby does not need emergency care.
        pytest.param(
            [
                "3 day old boy, mum noticed yellow yesterday on face only",
                "today yellow down to tummy and thighs",
                "breastfeeding 8-9 times, 5 wet nappies, alert, born at 38 weeks",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r96-en-014",
        ),  # NICE CG98 neonatal jaundice: visible jaundice in a baby over 24 hours old needs a bilirubin measurement within 6 hours, i.e. the same day.
        pytest.param(
            [
                "9y girl known asthma, cold 2 days, more wheezy overnight",
                "best peak flow 300, yesterday 240, today 165",
                "after 10 puffs via spacer talking in full sentences, sats 95, RR 24, pulse 112",
            ],
            _patient(3285, "female", ("asthma",), pregnant=None),
            id="r96-en-015",
        ),  # BTS/SIGN 158: a child with PEF 50-75% of best and SpO2 92% or more has moderate acute asthma that can be treated in primary care with same-day reassessment.
        pytest.param(
            [
                "71M COPD, breathless getting worse since Fri",
                "can walk 50m now, was 200m last week",
                "sputum went yellow then green, more of it, sats 92 (his usual 93), RR 22, temp 37.6, talking ok",
            ],
            _patient(25915, "male", ("COPD",), pregnant=None),
            id="r96-en-016",
        ),  # NICE NG115 and GOLD: an exacerbation with more breathlessness and purulent sputum but no severe features needs same-day clinical assessment for steroids and antibiotics.
        pytest.param(
            [
                "3y boy fever 5 days, temp up and down 38-39.5 despite paracetamol",
                "both eyes red, lips red and cracked",
                "drinking ok, alert, no rash that stays when pressed",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r96-en-017",
        ),  # NICE NG143 fever in under 5s: fever for 5 days or more is an amber feature, and with red eyes and cracked lips needs same-day specialist assessment for Kawasaki disease.
        pytest.param(
            [
                "34M back from building work in Nigeria 10 days ago",
                "temp up and down 38-39.5 for 2 days, shakes and sweats then ok in between",
                "alert, walking, drinking, BP 124/78, pulse 98, eyes not yellow",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r96-en-018",
        ),  # WHO malaria guidelines and China's malaria diagnosis standard: fever in a traveller returned from an endemic area needs parasitological testing the same day; severe features would make it an emergency.
        pytest.param(
            [
                "63M says heart racing since yesterday evening",
                "pulse usually around 70, now 110-140 and irregular",
                "BP 134/82, no chest pain, bit breathless on stairs, not dizzy, sats 97",
            ],
            _patient(22995, "male", ("hypertension",), pregnant=None),
            id="r96-en-020",
        ),  # NICE NG196 atrial fibrillation: new-onset AF without life-threatening haemodynamic instability needs same-day ECG, rate control and anticoagulation assessment.
        pytest.param(
            [
                "2y girl watery diarrhoea 6-7 times a day since yesterday",
                "wet nappies usually 6, only 3 so far today by 5pm",
                "drinking thirstily, irritable, eyes look slightly sunken, skin pinch goes back quickly, awake",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r96-en-021",
        ),  # WHO IMCI: two or more of restless/irritable, sunken eyes and drinking eagerly classify as some dehydration, treated with supervised ORS (plan B) in the clinic and reassessed within 4 hours.
        pytest.param(
            [
                "48F R calf sore since flying back from Europe 4 days ago",
                "calf measured 36cm R vs 34 L yesterday, today 38 vs 34",
                "pain 3/10 yesterday now 6/10, no chest pain, not breathless, sats 98",
            ],
            _patient(17520, "female", (), pregnant=False),
            id="r96-en-022",
        ),  # NICE NG158 venous thromboembolism: suspected DVT needs Wells scoring and proximal leg ultrasound within 4 hours or interim anticoagulation, i.e. same-day assessment.
        pytest.param(
            [
                "45M cough and fever 3 days",
                "sats yesterday 97, today 94 on air, RR 22, temp 38.6",
                "pulse 104, BP 128/78, alert, eating a bit, pain on right side when coughing",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r96-en-024",
        ),  # RCP NEWS2: RR 22, SpO2 94, temp 38.6 and pulse 104 give a score of 5, which triggers urgent (same-day) clinical review; NICE NG138 CRB65 0 pneumonia is not an emergency.
        pytest.param(
            [
                "74F on warfarin for clot in leg, INR last month 2.5",
                "today INR 6.8, started clarithromycin from another clinic 5 days ago",
                "no bleeding, no bruises, no black stools, urine normal colour",
            ],
            _patient(27010, "female", ("deep vein thrombosis",), pregnant=False),
            id="r96-en-026",
        ),  # BNF/NICE CKS anticoagulation: INR 5-8 without bleeding needs same-day action to withhold warfarin doses, review the interacting drug and recheck INR; only bleeding would make it an emergency.
        pytest.param(
            [
                "6 mo boy runny nose and cough 3 days",
                "usually takes 150ml bottles, since yesterday only 60-80ml, wet nappies down from 6 to 4",
                "RR 52, sats 93 on air, some nostril flaring, alert",
            ],
            _patient(183, "male", (), pregnant=None),
            id="r96-en-028",
        ),  # NICE NG9 bronchiolitis: intake falling to 50-75% of usual with sats 92-94% and no red flags warrants same-day assessment and consideration of hospital referral.
        pytest.param(
            [
                "30/40 G2, BP at 24 weeks 116/72",
                "today 146/94, repeat 144/96",
                "urine protein 2+, no headache, no vision changes, baby moving well",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r96-en-029",
        ),  # NICE NG133: new hypertension after 20 weeks with proteinuria is suspected pre-eclampsia and needs same-day assessment in secondary care.
        pytest.param(
            [
                "24F R eye red and painful since yesterday, wears monthly contact lenses and slept in them",
                "vision R 6/9 yesterday at optician, today 6/24, L 6/6",
                "light hurts, watering, small white spot on the clear front of the eye",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r96-en-031",
        ),  # NICE CKS red eye: a contact lens wearer with a painful red eye, photophobia and falling acuity needs same-day ophthalmology assessment for microbial keratitis.
        pytest.param(
            [
                "56M red hot swollen L shin, pen line drawn yesterday at 5cm",
                "today redness 12cm past the line, pain 4/10 up to 7/10",
                "temp 38.2, pulse 96, BP 138/84, alert, no blisters, no dark patches",
            ],
            _patient(20440, "male", ("obesity",), pregnant=None),
            id="r96-en-032",
        ),  # NICE NG141 cellulitis: spreading cellulitis with mild systemic features but no signs of sepsis or necrosis needs same-day antibiotic treatment and review.
        pytest.param(
            [
                "79F diarrhoea 3 days, 5-6 a day, still taking her furosemide and ramipril",
                "BP usually 140s, today 102/64 sitting, 90/58 standing, pulse 94, lightheaded on standing",
                "passing much less urine, dark, taking sips, alert and talking normally",
            ],
            _patient(
                28835, "female", ("hypertension", "on furosemide and ramipril"), pregnant=False
            ),
            id="r96-en-033",
        ),  # NICE NG148 acute kidney injury: acute illness with hypovolaemia in someone on diuretics and ACE inhibitors needs same-day assessment, creatinine check and sick-day medicine advice.
        pytest.param(
            [
                "72F new headache right temple 10 days",
                "pain 3/10 last week, now 7/10, combing hurts her scalp",
                "jaw aches when chewing, vision normal, no double vision",
            ],
            _patient(26280, "female", ("polymyalgia rheumatica",), pregnant=False),
            id="r96-en-034",
        ),  # BSR 2020 giant cell arteritis guideline: suspected GCA without visual loss needs glucocorticoids started and same-day/fast-track specialist assessment; visual symptoms would make it an emergency.
        pytest.param(
            [
                "26F 9 weeks pregnant, vomiting many times a day",
                "weight 58.0kg 2 weeks ago, today 54.6",
                "can't keep water down since last evening, urine ketones 3+, pulse 104, alert",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r96-en-035",
        ),  # RCOG Green-top 69: nausea and vomiting of pregnancy with at least 5% weight loss, ketonuria and inability to keep fluids down needs same-day ambulatory or inpatient IV fluids.
        pytest.param(
            [
                "29F breastfeeding 3 weeks, L breast sore since yesterday",
                "red patch 3cm this morning, now about 7cm, hot",
                "temp 38.6, pulse 98, BP 116/74, achy all over, still feeding from that side",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="r96-en-036",
        ),  # NICE CKS mastitis: fever with spreading breast redness that is worsening needs same-day antibiotics; hospital only if signs of sepsis.
        pytest.param(
            [
                "3岁女孩 发烧第5天了",
                "体温一直反复 38到39.5之间 吃退烧药能降到37多 过几个小时又上去",
                "精神还可以 能玩 能喝水 尿也正常 没有皮疹 呼吸不快",
            ],
            _patient(1135, "female", (), pregnant=None),
            id="r96-zh-013",
        ),  # NICE NG143 fever in under 5s: fever lasting 5 days or more is an amber feature requiring face-to-face clinical assessment the same day (including Kawasaki consideration).
        pytest.param(
            [
                "女40岁 有哮喘 感冒后这两天喘得厉害",
                "她自己记的峰流速 平时最好400 前天340 昨天290 今天早上240",
                "说话能说整句 血氧96 心率98 呼吸22",
            ],
            _patient(14600, "female", ("哮喘",), pregnant=False),
            id="r96-zh-014",
        ),  # BTS/SIGN 158 asthma guideline: PEF 50-75% of best without severe features is a moderate exacerbation to be treated and reviewed by a clinician the same day.
        pytest.param(
            [
                "63岁男 2型糖尿病 打甘精胰岛素 最近感冒",
                "今天血糖 早上空腹14.2 中午17.8 晚饭前19.6 前几天都在8左右",
                "口渴 尿多 能吃能喝 没有吐 人清醒 尿酮阴性",
            ],
            _patient(22995, "male", ("2型糖尿病",), pregnant=None),
            id="r96-zh-015",
        ),  # Diabetes UK/JBDS sick-day rules and NICE CKS type 2 diabetes: rising glucose persistently above 13.9 mmol/L during illness needs same-day clinician review to adjust insulin and exclude HHS, though ketone-negative and alert.
        pytest.param(
            [
                "宝宝第4天 出生体重3.4 今天3.0",
                "纯母乳 一天吃8次左右 每次十来分钟 妈妈说奶不多",
                "尿湿3块尿布 今天有黄色便 宝宝醒着的时候会哭 反应好 不算很黄",
            ],
            _patient(4, "female", (), pregnant=None),
            id="r96-zh-016",
        ),  # NICE NG194 postnatal care: weight loss over 10% of birth weight in the first days requires same-day clinical and feeding assessment.
        pytest.param(
            [
                "出生6天的男宝 前天看脸上有点黄",
                "今天黄到肚子了 腿上也有一点 比前天明显",
                "吃奶还行 一天8、9次 精神好 大便黄色",
            ],
            _patient(6, "male", (), pregnant=None),
            id="r96-zh-017",
        ),  # NICE NG98 neonatal jaundice: in a baby over 24 hours old with visible, spreading jaundice, bilirubin should be measured within 6 hours.
        pytest.param(
            [
                "8个月宝宝 拉肚子3天 一天五六次稀水样",
                "尿不湿以前一天6块 昨天到今天变成4块 颜色深",
                "给水就抢着喝 有点烦躁 眼窝比平时稍微凹一点 捏皮肤能回去 不算慢",
            ],
            _patient(245, "male", (), pregnant=None),
            id="r96-zh-018",
        ),  # WHO IMCI diarrhoea: restlessness, sunken eyes and drinking eagerly classify some dehydration, treated with supervised ORS (Plan B) at the clinic the same day.
        pytest.param(
            [
                "女56岁 小便痛 尿频两天",
                "今天早上体温37.8 下午38.6 右边腰痛 敲右侧腰部很痛",
                "没有吐 能吃东西 血压132/78 心率96 人清醒",
            ],
            _patient(20440, "female", (), pregnant=False),
            id="r96-zh-019",
        ),  # NICE NG111 pyelonephritis: fever with loin pain needs same-day assessment and antibiotics; hospital only if sepsis signs or unable to take oral treatment.
        pytest.param(
            [
                "男48岁 上周坐了两天一夜的火车回来",
                "右小腿肿痛 量了一下 前天小腿最粗处36cm 今天39 左腿35",
                "小腿按着痛 有点发红发热 不喘 没胸痛 血氧98",
            ],
            _patient(17520, "male", (), pregnant=None),
            id="r96-zh-020",
        ),  # NICE NG158 VTE: suspected DVT (calf >3 cm larger, recent immobility) needs ultrasound within 4 hours or interim anticoagulation, i.e. same-day assessment.
        pytest.param(
            [
                "71岁女 高血压 这两天心慌",
                "平时脉搏70、80 这两天数了好几次 在110到126之间 摸着跳得乱 一阵快一阵慢",
                "血压138/84 不胸痛 不头晕 平地走路稍微喘 坐着不喘",
            ],
            _patient(25915, "female", ("高血压",), pregnant=False),
            id="r96-zh-021",
        ),  # NICE NG196 atrial fibrillation: a new irregular fast pulse without haemodynamic instability needs a same-day ECG and rate-control/stroke-risk assessment rather than emergency transfer.
        pytest.param(
            [
                "2岁男孩 咳嗽发烧3天 体温38.5",
                "昨天数呼吸36次一分钟 今天安静时数了两次 46、48",
                "没有胸凹陷 能喝奶 能吃一点 不抽筋 精神还行 血氧95",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r96-zh-024",
        ),  # WHO IMCI: fast breathing (>=40/min at 12 months-5 years) without chest indrawing or danger signs classifies pneumonia, treated with oral amoxicillin the same day.
        pytest.param(
            [
                "83岁老太太 平时认得全家人 自己能吃饭上厕所",
                "家里说这两天晚上开始说胡话 白天一阵清楚一阵糊涂 比昨天更明显",
                "体温37.3 血压142/80 心率92 血氧96 血糖6.8",
            ],
            _patient(30295, "female", (), pregnant=False),
            id="r96-zh-026",
        ),  # NICE CG103 delirium: acute fluctuating change in cognition needs same-day clinical assessment for the underlying cause (new confusion is a NEWS2 red single parameter).
        pytest.param(
            [
                "38岁男 上个月从尼日利亚打工回来 两周前到家",
                "这3天发烧 体温一阵一阵 38到39.5 发烧前冷得发抖 出汗后退下来",
                "能吃能走 神志清楚 没有黄 尿颜色正常",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r96-zh-028",
        ),  # WHO malaria guidelines and China's malaria diagnostic standard (WS 259): fever in someone returned from an endemic area needs same-day parasitological testing and treatment.
        pytest.param(
            [
                "69岁男 慢阻肺 这3天痰多了 从白色变成黄绿色",
                "平时一天半碗痰 现在一天一碗多 走到院子就喘 平时能走到村口",
                "血氧平时93 今天91 呼吸24 能说整句 神志清楚 没有发烧",
            ],
            _patient(25185, "male", ("慢阻肺",), pregnant=None),
            id="r96-zh-029",
        ),  # GOLD 2024: exacerbation with more dyspnoea and purulent sputum but no severe features is treated as an outpatient with bronchodilator, steroid and antibiotic started the same day.
        pytest.param(
            [
                "9岁男孩 最近总口渴 晚上起来尿好几次 又开始尿床",
                "一个月前体检28kg 今天称25kg",
                "刚才指尖血糖16.8 没有吐 没有肚子痛 呼吸平稳 精神可以",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r96-zh-030",
        ),  # NICE NG18: a child with suspected type 1 diabetes (thirst, polyuria, weight loss, high glucose) must be referred the same day to a paediatric diabetes team.
        pytest.param(
            [
                "24岁女 戴隐形眼镜 右眼红痛两天",
                "疼痛昨天说3分 今天6分 怕光流泪",
                "视力昨天查右眼1.0 今天0.6 左眼1.0 黑眼珠上好像有个小白点",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r96-zh-031",
        ),  # NICE CKS red eye: a contact lens wearer with painful red eye, photophobia, falling acuity and corneal opacity needs same-day ophthalmology assessment for keratitis.
        pytest.param(
            [
                "孕30周 33岁 头胎",
                "之前产检血压都是110/70左右 今天142/92 坐了一会儿复测145/94",
                "没有头痛 眼睛不花 上腹不痛 脚稍肿 尿蛋白阴性",
            ],
            _patient(12045, "female", (), pregnant=True),
            id="r96-zh-032",
        ),  # NICE NG133: new BP 140/90-159/109 after 20 weeks without severe features requires assessment in secondary care within 24 hours.
        pytest.param(
            [
                "怀孕9周 吐得厉害一周了",
                "孕前体重52kg 上周50 今天49",
                "喝水也吐 一天尿两次 颜色很深 尿酮体2+ 心率104",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r96-zh-033",
        ),  # RCOG Green-top 69: nausea and vomiting with >5% weight loss, ketonuria and inability to keep fluids down needs same-day ambulatory IV fluids or admission.
        pytest.param(
            [
                "6岁女孩 昨天开始走路一瘸一拐 说右边大腿根痛",
                "体温昨晚37.6 今天38.4 疼痛她说昨天3分今天6分",
                "还能扶着走几步 没有外伤 不红肿 精神还可以",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r96-zh-034",
        ),  # NICE CKS acute childhood limp: limp with fever needs same-day specialist assessment to exclude septic arthritis.
        pytest.param(
            [
                "74岁女 这两周新出现的头痛 以前很少头痛",
                "疼痛从2分慢慢到现在6分 右边太阳穴摸着痛 梳头都痛",
                "吃饭嚼东西下巴酸 看东西还清楚 没有重影 体温37.4",
            ],
            _patient(27010, "female", (), pregnant=False),
            id="r96-zh-035",
        ),  # NICE CKS / BSR giant cell arteritis: suspected GCA without visual loss needs same-day steroid start and specialist referral.
        pytest.param(
            [
                "产后5周 喂母乳 左边乳房红肿痛",
                "昨天体温38.0 今天38.6 红的范围比昨天大 疼痛从4分到7分",
                "一直在勤喂勤吸 吃了布洛芬 没有波动感 人还可以",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="r96-zh-036",
        ),  # NICE CKS mastitis: symptoms worsening despite 12-24 hours of effective milk removal need same-day antibiotics.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "58M in for his BP tablets, rushed up from the bus",
                "first reading 192/104, after sitting 10 min 152/92, then 148/90",
                "no headache, no chest pain, vision fine, home readings this week 138-146/86-90",
            ],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="r96-en-037",
        ),  # NICE NG136 hypertension: when the first reading is high, take further readings and use the lowest; 148/90 without symptoms or organ damage is managed at a routine review.
        pytest.param(
            [
                "68F COPD at her 3-monthly check",
                "sats today 89 on air, last visits 88, 90, 89",
                "breathing same as usual, sputum white, no fever, RR 18, walking same distance as always",
            ],
            _patient(24820, "female", ("COPD",), pregnant=False),
            id="r96-en-038",
        ),  # BTS oxygen guideline and GOLD: a target of 88-92% applies in COPD with chronic hypoxaemia; a stable baseline without exacerbation is for routine review.
        pytest.param(
            [
                "3 day old girl, birth weight 3.40, today 3.20",
                "breastfeeding 9-10 times a day, 6 wet nappies yesterday, stools turning yellow",
                "alert, good cry, pink, temp 36.8",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r96-en-039",
        ),  # NICE NG194 postnatal care: weight loss under 10% in the first days with effective feeding and good output is expected and followed at routine postnatal checks.
        pytest.param(
            [
                "28F fever, aches, sore throat 2 days, flu going round at her work",
                "temp up and down 38-39.5, comes down with paracetamol",
                "drinking well, sats 98, RR 16, pulse 92, BP 118/72, no rash, neck not stiff",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r96-en-040",
        ),  # NICE CKS influenza and RCP NEWS2: a healthy adult with fever but normal observations (NEWS2 low) can self-manage with fluids, antipyretics and safety-netting.
        pytest.param(
            [
                "20mo boy fever since yesterday, 39.5 last night",
                "38.2 this morning after paracetamol, now running around the waiting room",
                "drinking milk and water, 5 wet nappies today, no rash, RR 28, cap refill under 2 sec",
            ],
            _patient(608, "male", (), pregnant=None),
            id="r96-en-041",
        ),  # NICE NG143 traffic-light system: a febrile child with only green features (active, well hydrated, normal colour and breathing) can be cared for at home with safety-netting.
        pytest.param(
            [
                "45M asthma, bit wheezy with a cold 2 days",
                "best PF 520, this morning 410, after 2 puffs salbutamol 480",
                "talking normally, sats 98, sleeping ok, no night waking",
            ],
            _patient(16425, "male", ("asthma",), pregnant=None),
            id="r96-en-042",
        ),  # GINA and BTS/SIGN 158: PEF near 80% of best that recovers to over 90% with reliever and normal observations is managed by the personal asthma action plan.
        pytest.param(
            [
                "52M T2 on metformin, brought his sugar diary",
                "Sat fasting 6.1, after big family dinner 11.4, Sun fasting 5.9, 2h after lunch 8.2",
                "feels well, not thirsty, no weight loss, HbA1c 6.8% last month",
            ],
            _patient(18980, "male", ("type 2 diabetes",), pregnant=None),
            id="r96-en-043",
        ),  # ADA Standards of Care: an isolated post-meal value of about 11 with normal fasting values and HbA1c at target needs no change beyond usual self-management.
        pytest.param(
            [
                "16F here for her HPV jab, ran up 3 floors",
                "pulse 132 on arrival, after sitting 10 min 82, then 76",
                "no palpitations before, never fainted, no chest pain, feels fine",
            ],
            _patient(5840, "female", (), pregnant=False),
            id="r96-en-044",
        ),  # NICE CKS palpitations: sinus tachycardia after exertion that settles to normal at rest without red-flag symptoms is physiological and needs no further action.
        pytest.param(
            [
                "8 mo girl loose stools 4 times a day since yesterday, vomited once this morning",
                "wet nappies 6 yesterday, 5 so far today, usual for her",
                "taking breast and ORS well, alert and smiling, eyes normal, skin pinch goes back straight away, no blood in stool",
            ],
            _patient(244, "female", (), pregnant=None),
            id="r96-en-045",
        ),  # WHO IMCI and NICE CG84: diarrhoea with no signs of dehydration is treated at home with extra fluids, ORS and zinc (plan A).
        pytest.param(
            [
                "35M twisted L ankle playing basketball yesterday",
                "pain 8/10 last night, 4/10 today with ice, swelling going down",
                "walked in without help, can take 4 steps, no tenderness at back of ankle bones or base of 5th toe bone",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r96-en-046",
        ),  # Ottawa ankle rules and NICE CKS sprains: able to bear weight without bony tenderness means no X-ray is needed and the sprain is managed with self-care.
        pytest.param(
            [
                "74M started amlodipine 5 last month, BP was 168/96",
                "today 132/78 sitting, 130/76 standing",
                "no dizziness, no falls, ankles slightly puffy in the evening, feels well",
            ],
            _patient(27010, "male", ("hypertension",), pregnant=None),
            id="r96-en-047",
        ),  # NICE NG136: a fall in BP to target without a postural drop or symptoms is the intended treatment effect and is followed up at routine review.
        pytest.param(
            [
                "2y girl barky cough started last night, noisy breathing when crying at 2am",
                "this morning no noisy breathing at rest, no pulling in of chest, sats 98, RR 26",
                "drinking, playing, no drooling, temp 37.9",
            ],
            _patient(880, "female", (), pregnant=None),
            id="r96-en-048",
        ),  # NICE CKS croup: mild croup with no stridor or recession at rest can be managed at home with safety-netting.
        pytest.param(
            [
                "41F bumped head on cupboard door 3 days ago",
                "no knock out, no vomiting, not on blood thinners",
                "headache 5/10 day 1, 3/10 yesterday, 1/10 today, GCS 15, walking normally, remembers everything",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="r96-en-049",
        ),  # NICE NG232 head injury: an improving headache with no loss of consciousness, vomiting, amnesia, anticoagulation or GCS fall needs no imaging, only head-injury advice.
        pytest.param(
            [
                "81M heart failure, daily weights this week",
                "72.0, 72.4, 72.1, 72.3, 72.2",
                "ankles same as usual, sleeping on 2 pillows as always, sats 96, walking to market fine",
            ],
            _patient(29565, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r96-en-050",
        ),  # NICE NG106 chronic heart failure: stable daily weights (no gain over 2 kg in 3 days) and unchanged symptoms mean routine monitoring.
        pytest.param(
            [
                "32/40, first BP at the desk 144/92, she was anxious about parking",
                "repeat after 15 min 126/80, then 124/78, home BP diary 115-128/72-80",
                "urine protein negative, no headache, face not swollen, baby moving well",
            ],
            _patient(12045, "female", (), pregnant=True),
            id="r96-en-051",
        ),  # NICE NG133: BP below 140/90 on repeat measurement with no proteinuria or symptoms does not meet hypertension in pregnancy, so routine antenatal care continues.
        pytest.param(
            [
                "23M T1, before lunch after gym glucose 3.6, bit shaky",
                "had 150ml juice, 15 min later 6.2",
                "now feels fine, eating lunch, gets hypos like this about once a month and always feels them coming",
            ],
            _patient(8395, "male", ("type 1 diabetes",), pregnant=None),
            id="r96-en-052",
        ),  # ADA Standards of Care: level 1 hypoglycaemia (3.0-3.9 mmol/L) with intact awareness, treated with 15-20 g glucose and rechecked at 15 minutes, is self-managed.
        pytest.param(
            [
                "61F started ramipril 2.5 three weeks ago for BP and protein in urine",
                "creat before 92, now 104, K 4.8 (was 4.5)",
                "feels fine, no dizziness, BP 136/82",
            ],
            _patient(22265, "female", ("hypertension", "type 2 diabetes"), pregnant=False),
            id="r96-en-053",
        ),  # NICE NG203 chronic kidney disease: a creatinine rise under 30% after starting an ACE inhibitor with potassium under 6 is acceptable; continue and recheck routinely.
        pytest.param(
            [
                "69M warfarin for AF, target 2-3",
                "INR was 2.4, 2.6, now 3.6",
                "no bleeding, no bruises, no new medicines, ate less green veg this week",
            ],
            _patient(25185, "male", ("atrial fibrillation",), pregnant=None),
            id="r96-en-054",
        ),  # NICE CKS anticoagulation (oral) and BSH guidance: INR above range but below 5 without bleeding is handled by dose adjustment and a repeat INR within 1-2 weeks.
        pytest.param(
            [
                "10 day old girl, yellow checked at day 4 and was below the treatment line",
                "yellow much less now, only a bit on face, whites of eyes white",
                "stools yellow, urine pale, breastfeeding well, back to birth weight 3.1kg",
            ],
            _patient(10, "female", (), pregnant=None),
            id="r96-en-055",
        ),  # NICE CG98 neonatal jaundice: fading jaundice in a term baby under 14 days old with normal stools, urine and feeding needs only routine follow-up; assessment is for jaundice persisting beyond 14 days.
        pytest.param(
            [
                "4 mo boy had his jabs yesterday morning",
                "temp 38.3 last night, 37.8 at 6am, 37.3 now",
                "feeding well, wet nappies as usual, bit grizzly, no rash, normal colour",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r96-en-057",
        ),  # NICE NG143 and national immunisation guidance: fever within 48 hours of vaccination that is settling in a well-feeding infant over 3 months is expected and managed at home with safety-netting.
        pytest.param(
            [
                "93F long term catheter, carer says urine cloudy and smelly 2 days",
                "bag output 1.5L, 1.4L, 1.5L last 3 days, same as usual",
                "temp 36.9, pulse 78, BP 134/76, eating and chatting as usual for her, no tummy pain",
            ],
            _patient(33945, "female", ("dementia", "long-term urinary catheter"), pregnant=False),
            id="r96-en-058",
        ),  # NICE NG113 catheter-associated UTI: cloudy or smelly urine alone with normal output and no systemic symptoms is not an infection to treat and needs no assessment beyond usual catheter care.
        pytest.param(
            [
                "45F worried, her dad had a stroke last week, his BP was 210",
                "her BP today 132/84, then 128/82",
                "no symptoms, non smoker, wants to know her own risk",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r96-en-059",
        ),  # NICE NG136 and NG238 CVD risk: clinic BP below 140/90 needs no treatment; a family history prompts a routine cardiovascular risk assessment.
        pytest.param(
            [
                "30/40 GDM on diet, brought her sugar book",
                "fasting 5.1, 5.3, 4.9, 5.0; 1h after meals 7.2, 7.6, 6.9, one 8.1 after rice dinner",
                "feels well, baby moving normally, BP 118/74",
            ],
            _patient(10950, "female", ("gestational diabetes",), pregnant=True),
            id="r96-en-060",
        ),  # NICE NG3 diabetes in pregnancy: fasting below 5.3 and 1-hour values mostly below 7.8 mmol/L meet targets, so an isolated high value is reviewed at the routine antenatal diabetes appointment.
        pytest.param(
            [
                "65岁女 高血压 上周开始吃氨氯地平5mg",
                "吃药前170/100 这几天在家量130/80左右 今天128/78",
                "有点脚踝肿 不头晕 不心慌 问要不要停药",
            ],
            _patient(23725, "female", ("高血压",), pregnant=False),
            id="r96-zh-037",
        ),  # NICE NG136 hypertension: a fall to target BP on treatment without symptoms, and amlodipine ankle oedema, are handled at a routine review.
        pytest.param(
            [
                "72岁男 慢阻肺 家里有指夹血氧仪",
                "这一个月每天测 88、89、90来回 今天89",
                "喘和平时一样 痰白色没变多 没有发烧 能下地干活",
            ],
            _patient(26280, "male", ("慢阻肺",), pregnant=None),
            id="r96-zh-038",
        ),  # BTS oxygen guideline / GOLD: SpO2 88-92% is the target range in COPD; unchanged readings without new symptoms need only routine care.
        pytest.param(
            [
                "宝宝第3天 出生3.4 今天3.2",
                "母乳 一天吃10次左右 能听到吞咽声",
                "今天湿了5块尿布 大便从黑色变成墨绿色 皮肤不黄 哭声响",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r96-zh-039",
        ),  # NICE NG194 postnatal care: weight loss under 10% with effective feeding and adequate wet nappies is expected and followed at routine postnatal checks.
        pytest.param(
            [
                "4岁男孩 流鼻涕 发烧两天",
                "体温38到39来回 吃了退烧药降到37.5 玩得挺好",
                "能吃能喝 尿和平时一样多 没有皮疹 呼吸不快 没有精神差",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r96-zh-040",
        ),  # NICE NG143 traffic light system: a febrile child with only green features can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "19岁女 哮喘 平时峰流速最好450",
                "这周早上测380到400 晚上430左右",
                "夜里咳醒过一次 白天不喘 说话正常 用药后能缓解",
            ],
            _patient(6935, "female", ("哮喘",), pregnant=False),
            id="r96-zh-041",
        ),  # GINA 2024: PEF above 80% of best with occasional night symptoms is partly controlled asthma for a routine review of controller and inhaler technique.
        pytest.param(
            [
                "9个月女婴 两个月前称8.2kg 今天8.4",
                "保健手册上从中间那条线往下跑到靠下那条线了",
                "能吃辅食 一天喝奶4次 会爬 爱笑 大小便正常 没发烧",
            ],
            _patient(274, "female", (), pregnant=None),
            id="r96-zh-042",
        ),  # NICE NG75 faltering growth / WHO growth standards: a fall across one centile space in a well infant warrants routine feeding review, not same-day care.
        pytest.param(
            [
                "17岁男生 体育课跑完1000米来卫生室 说心跳好快",
                "刚跑完数脉搏130 休息5分钟后88 10分钟后76 跳得齐",
                "不胸痛 没晕倒 现在说话正常 就是有点累",
            ],
            _patient(6205, "male", (), pregnant=None),
            id="r96-zh-043",
        ),  # NICE CKS palpitations: regular fast pulse during exercise that settles promptly without syncope or chest pain is physiological and needs no action.
        pytest.param(
            [
                "男42岁 前天晚上左腰痛得打滚 疼痛8分 县医院说是肾结石",
                "昨天排尿排出一粒小石头 今天疼痛1分",
                "不发烧 尿颜色清 能吃能喝 问以后怎么预防",
            ],
            _patient(15330, "male", (), pregnant=None),
            id="r96-zh-044",
        ),  # NICE NG118 renal colic: after a stone has passed with pain settled and no fever, follow-up and prevention advice are routine.
        pytest.param(
            [
                "80岁男 长期尿管 家属每天记尿量",
                "前天1600ml 昨天1500 今天到晚上已经1400",
                "家属担心今天尿颜色发亮黄 最近在吃维生素B 不发烧 尿不浑 人精神好",
            ],
            _patient(29200, "male", ("前列腺增生", "长期导尿"), pregnant=None),
            id="r96-zh-045",
        ),  # NICE CKS urinary catheter care: stable adequate urine output without fever or cloudy urine needs no treatment; bright yellow urine from B vitamins is harmless.
        pytest.param(
            [
                "68岁男 高血压 吃着药",
                "早上起来昨晚没睡好 自己在家量190/100 吓坏了",
                "来卫生室坐了半小时 量了两次 150/90 148/88",
                "不头痛 不胸闷 看东西清楚 手脚有劲",
            ],
            _patient(24820, "male", ("高血压",), pregnant=None),
            id="r96-zh-046",
        ),  # NICE NG136 / Chinese hypertension guideline 2018: a single high home reading that settles below 180/110 on repeat, without symptoms or target-organ signs, is for routine treatment review.
        pytest.param(
            [
                "6岁男孩 冬天从外面进来 家长用指夹测血氧显示86 吓一跳",
                "手很凉 在手里捂热后再测97 98 换个手指也是97",
                "不咳不喘 嘴唇红润 在屋里跑来跑去",
            ],
            _patient(2290, "male", (), pregnant=None),
            id="r96-zh-047",
        ),  # BTS oxygen guideline: pulse oximetry is unreliable with cold poorly perfused fingers; a well child with normal repeat saturation needs no care.
        pytest.param(
            [
                "95岁奶奶 用耳温枪 早上测35.8 家属担心",
                "盖好被子吃完早饭后测36.4 下午36.6 以前平时也是36度出头",
                "吃饭正常 说话跟平时一样 手脚暖 血压132/76 脉搏72",
            ],
            _patient(34675, "female", (), pregnant=False),
            id="r96-zh-048",
        ),  # RCP NEWS2: a single temperature of 35.1-36.0 scores 1 and, with normal repeat temperature and other normal observations, needs no escalation.
        pytest.param(
            [
                "5个月女婴 鼻塞流清鼻涕两天 没发烧",
                "吃奶比平时少一点 一次少喝20ml",
                "尿不湿一天6、7片 和以前一样多 精神好 会笑 呼吸不费力",
            ],
            _patient(160, "female", (), pregnant=None),
            id="r96-zh-049",
        ),  # NICE CKS common cold / NG143: an afebrile infant feeding more than half of usual with normal wet nappies can be managed at home.
        pytest.param(
            [
                "22岁男 1型糖尿病 打篮球后测血糖3.6 有点手抖",
                "喝了半瓶果汁 15分钟后复测6.3 手不抖了",
                "人清楚 已经吃了晚饭 问睡前要不要加餐",
            ],
            _patient(8030, "male", ("1型糖尿病",), pregnant=None),
            id="r96-zh-050",
        ),  # NICE NG17 / ADA Standards: mild hypoglycaemia corrected with 15 g fast-acting carbohydrate and followed by a meal is self-managed.
        pytest.param(
            [
                "70岁女 冠心病 上周美托洛尔从25加到47.5",
                "脉搏原来72左右 这几天58到62 血压126/74",
                "不头晕 没有黑蒙 没晕倒 活动和平时一样",
            ],
            _patient(25550, "female", ("冠心病",), pregnant=False),
            id="r96-zh-051",
        ),  # ESC 2019 chronic coronary syndromes: a resting heart rate of 55-60 is the intended beta-blocker effect; asymptomatic patients need only routine review.
        pytest.param(
            [
                "66岁女 右膝盖痛几年了",
                "这个月帮儿子带孩子走路多 疼痛评分从3分到5分",
                "膝盖不红不热 没有摔 能走 没发烧 上下楼梯痛得明显",
            ],
            _patient(24090, "female", ("骨关节炎",), pregnant=False),
            id="r96-zh-052",
        ),  # NICE NG226 osteoarthritis: a flare after more activity without red flags (hot swollen joint, fever, trauma) is managed with routine core treatment.
        pytest.param(
            [
                "孕24周 产检血红蛋白 早孕时118 今天104",
                "不头晕 不心慌 能干活 胎动好",
                "问要不要吃铁",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r96-zh-053",
        ),  # WHO antenatal care recommendations / Chinese guideline on iron deficiency in pregnancy: Hb below 110 g/L without symptoms is treated with oral iron at routine antenatal care.
        pytest.param(
            [
                "80岁女 心衰 每天称体重",
                "这一周 58.2 58.4 58.0 58.5 58.3",
                "脚踝有一点肿跟以前一样 晚上平躺能睡 不喘 血氧96 问药要不要减",
            ],
            _patient(29200, "female", ("心衰",), pregnant=False),
            id="r96-zh-054",
        ),  # NICE NG106 chronic heart failure: stable daily weights and unchanged symptoms are reviewed at a routine appointment.
        pytest.param(
            [
                "3岁女孩 流鼻涕一天 家长数呼吸说有32次",
                "刚才在院子里跑回来测的 安静坐10分钟再数26 24",
                "不发烧 不咳嗽 没有胸凹陷 吃得好",
            ],
            _patient(1245, "female", (), pregnant=None),
            id="r96-zh-055",
        ),  # WHO IMCI: fast breathing in 12 months-5 years is >=40/min at rest; a resting rate of 24-26 with a simple cold is home care.
        pytest.param(
            [
                "孕28周 25岁 上次产检血压112/70 今天126/82",
                "没有头痛 视物清楚 没有上腹痛 脚不肿",
                "尿蛋白阴性 胎动好",
            ],
            _patient(9125, "female", (), pregnant=True),
            id="r96-zh-056",
        ),  # NICE NG133: BP below 140/90 without proteinuria or symptoms in pregnancy needs only routine antenatal care.
        pytest.param(
            [
                "10天的男宝 纯母乳",
                "出生第5天黄到胸口 现在只有脸上和眼白有点黄 越来越淡",
                "大便金黄色 尿清 吃奶好 体重比出生重了100克",
            ],
            _patient(10, "male", (), pregnant=None),
            id="r96-zh-057",
        ),  # NICE NG98 neonatal jaundice: fading jaundice in a well, feeding, term baby needs only routine follow-up, with prolonged-jaundice checks if still present at 14 days.
        pytest.param(
            [
                "67岁男 孙子上周发烧到39.5 现在好了",
                "他这两天也有点流鼻涕 喉咙有点干",
                "体温昨天37.1 今天37.2 能吃能睡 不喘 血氧97",
            ],
            _patient(24455, "male", (), pregnant=None),
            id="r96-zh-058",
        ),  # NICE CKS common cold: mild coryzal symptoms without fever or breathlessness are self-limiting and managed with self-care.
        pytest.param(
            [
                "62岁男 2年前心梗放过支架",
                "这个月血压在家量 130/80 132/78 128/76",
                "一直没有胸痛胸闷 爬三楼不喘 药快吃完了来开药",
            ],
            _patient(22630, "male", ("冠心病", "支架术后"), pregnant=None),
            id="r96-zh-059",
        ),  # ESC 2019 chronic coronary syndromes: a stable post-PCI patient without symptoms and with controlled BP needs routine follow-up and repeat prescriptions.
        pytest.param(
            [
                "75岁女 房颤 吃华法林 目标INR 2到3",
                "上次2.1 今天3.4",
                "没有出血 没有黑便 皮肤没青紫 最近感冒吃得少",
            ],
            _patient(27375, "female", ("房颤",), pregnant=False),
            id="r96-zh-060",
        ),  # NICE CKS oral anticoagulation / BSH warfarin guidance: INR above range but below 5 without bleeding is handled by dose adjustment and recheck within a week.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
