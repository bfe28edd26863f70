# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-fourth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases in
China's regional ways of speaking (Cantonese, Sichuan, Northeastern, Hokkien, Hakka, Shanghainese,
Hunan, Shaanxi, Yunnan and Guizhou words) and in the regional and non-native English of migrant
workers and carers (Scottish, Irish, Australian, Indian, Nigerian, Filipino); 12 emergencies, 24
same-day and 24 look-alikes a set). Before these fixes the rules found 8 of 12 and 10 of 12
emergencies, graded 18 of 24 and 16 of 24 same-day cases exactly (English, Chinese) and sent 3 and 0
look-alikes to emergency. Missed: "heaviness in chest like someone sitting on it, going to left hand
and jaw, sweating too much"; a stroke told as "mouth is tabingi ... talking like drunk ... cant hold
the pen with R hand"; meningococcal sepsis told as "he's roasting ... very dozy"; a subarachnoid
haemorrhage told as "his heid just exploded ... boakin ... cannae stand the light"; an
organophosphate poisoning told in Hunan words (瞳仁细得像针眼, 大蒜气); a thunderclap headache in Shaanxi
words (额颅后头疼 像拿棒槌砸了一样 脖项硬).

What changed: these wordings are read (heid, cannae and boakin are mended before reading;
"roasting", "burning up", "dozy", "sweating too much", a crooked or tabingi mouth, "talking like
drunk", a pen not held in one hand, a head that "exploded"; 额颅, 脖项硬, 瞳仁细, 拿了个瓶子喝, 一辈子没这么疼过). After:
12/12, 12/12; 18/24, 17/24; look-alikes 22/24, 24/24 (with round 107's reading of "last winter" as
the past, the febrile fit last winter, r104-en-052, is no longer sent to emergency).

Left, sent to emergency: chest wall pain after lifting plasterboard (r104-en-037), stents in 2019
with no symptoms (r104-en-049); graded emergency by the rules' sources: puerperal fever 10 days
after birth (r104-en-028), an asthma attack with PEF 59% (r104-zh-016), a 46 breaths a minute in a
coughing child with a fever (r104-zh-033); graded routine: cellulitis spreading (r104-en-016), renal
colic (r104-en-029, r104-zh-035), a bent wrist (r104-en-030, r104-zh-027), a TIA yesterday in Scots
(r104-en-034), chest pain 2 days ago (r104-en-035), dehydration in Cantonese (r104-zh-017), a
contact lens ulcer (r104-zh-025), a diabetic foot ulcer in Hokkien (r104-zh-028)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "58M, says gastric trouble since 1 hr, took eno 2 times, no relief",
                "he says heaviness in chest like someone sitting on it, going to left hand and jaw",
                "sweating too much, looks pale, BP 102/64 P 106",
            ],
            _patient(21170, "male", ("type 2 diabetes", "hypertension"), pregnant=None),
            id="r104-en-001",
        ),  # NICE CG95 Chest pain of recent onset, 1.1: a person with current chest pain suspected to be an acute coronary syndrome must be referred immediately by emergency services.
        pytest.param(
            [
                "kuya 63 brought by wife, says high blood, his nape is heavy since lunch",
                "wife says his mouth is tabingi (crooked) and he is talking like drunk",
                "cant hold the pen with R hand, she noticed around 1pm, now 2.15pm",
            ],
            _patient(22995, "male", ("hypertension",), pregnant=None),
            id="r104-en-002",
        ),  # NICE NG128 Stroke and TIA, 1.1: sudden-onset facial droop, arm weakness or speech disturbance (FAST positive) within hours of onset needs immediate transfer to a hyperacute stroke unit.
        pytest.param(
            [
                "mam on the phone, says the young lad is after getting sick 3 times since his dinner and he's roasting",
                "he's very dozy, won't look at her right, hands and feet cold as ice",
                "says there's little purple spots on his legs and they don't go away when she pressed a glass on them",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r104-en-003",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease: a child with fever, drowsiness, cold extremities and a non-blanching rash must be transferred to hospital immediately (with parenteral antibiotic if it does not delay transfer).
        pytest.param(
            [
                "bloke got stung by a bee out the back of the clinic 10 min ago",
                "lips puffing up, voice gone all croaky, reckons his throat's tight as",
                "now gone clammy and dizzy, BP 82/50 P 128",
            ],
            _patient(15330, "male", (), pregnant=None),
            id="r104-en-004",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021): sudden airway swelling and hypotension after an allergen exposure requires IM adrenaline and an emergency call.
        pytest.param(
            [
                "madam 29 says her menses have not come for 7 weeks now",
                "lower belly paining her on the left side since morning, small blood spotting",
                "she fainted in our toilet just now, says pain is reaching her shoulder tip, very pale, P 118 BP 86/58",
            ],
            _patient(10585, "female", (), pregnant=None),
            id="r104-en-005",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, 1.3: a woman with a possible pregnancy, pelvic pain and signs of haemodynamic instability must be referred immediately to hospital.
        pytest.param(
            [
                "mum says the wean's been awfy chesty since last night, the blue puffer's no touchin it",
                "she can only get two or three words oot then stops for breath",
                "sats 90% on air, resp 40, sookin in under her ribs",
            ],
            _patient(2190, "female", ("asthma",), pregnant=None),
            id="r104-en-006",
        ),  # BTS/SIGN British guideline on the management of asthma: in a child, SpO2 below 92% or inability to complete sentences marks severe to life-threatening asthma needing immediate hospital transfer.
        pytest.param(
            [
                "grandson says dada is having fever with shivering since today morning",
                "not passed urine since yesterday night, today he is talking nonsense, not recognising his own son",
                "BP 84/52, P 116, RR 26, temp 38.9",
            ],
            _patient(
                32120, "male", ("type 2 diabetes", "benign prostatic hyperplasia"), pregnant=None
            ),
            id="r104-en-007",
        ),  # NICE NG51 Suspected sepsis: new altered mental state, systolic BP 90 or below or RR 25 or above with no urine output are high-risk criteria requiring emergency transfer (RCP NEWS2 score well above 7).
        pytest.param(
            [
                "17yo, type 1, mum says he's vomiting since last night, cant keep even water down",
                "tummy sore, breathing deep and fast, breath smells like nail polish remover",
                "glucometer says HI, drowsy but still answers",
            ],
            _patient(6205, "male", ("type 1 diabetes",), pregnant=None),
            id="r104-en-008",
        ),  # NICE NG18 Diabetes in children and young people: suspected DKA (vomiting, abdominal pain, deep sighing breathing, drowsiness, very high glucose) requires immediate transfer to hospital.
        pytest.param(
            [
                "mommy says baby not dede since this morning, before he's a strong feeder",
                "baby is malambot, floppy, hardly crying",
                "temp 38.3 axilla, he is 9 days old",
            ],
            _patient(9, "male", (), pregnant=None),
            id="r104-en-009",
        ),  # NICE NG143 Fever in under 5s and WHO IMCI young infant: an infant under 3 months with temperature 38°C or more who is not feeding and floppy has red-flag very severe disease and must be transferred immediately.
        pytest.param(
            [
                "44M, says his heid just exploded when he was liftin at the gym, worst he's ever had, came on in seconds",
                "been boakin twice since, cannae stand the light, neck's stiff",
                "bit slow answering me now",
            ],
            _patient(16060, "male", (), pregnant=None),
            id="r104-en-010",
        ),  # NICE NG228 Subarachnoid haemorrhage: a thunderclap headache peaking within 5 minutes, especially with vomiting, neck stiffness or reduced consciousness, needs immediate emergency department referral.
        pytest.param(
            [
                "old fella 71, been taking heaps of nurofen for his knees",
                "passing black sticky poo since yesterday, chucked up stuff like coffee grounds this arvo",
                "went grey and nearly went down when he stood up, P 124 BP 88/54",
            ],
            _patient(25915, "male", ("osteoarthritis",), pregnant=None),
            id="r104-en-011",
        ),  # NICE CG141 Acute upper gastrointestinal bleeding with RCP NEWS2: haematemesis and melaena with tachycardia and hypotension is an unstable bleed requiring immediate hospital transfer.
        pytest.param(
            [
                "35 wks, madam says her head is banging her since yesterday, eyes seeing like stars",
                "BP 168/112, repeat 166/114, face and legs swelling",
                "upper belly under the right ribs paining her",
            ],
            _patient(11680, "female", (), pregnant=True),
            id="r104-en-012",
        ),  # NICE NG133 Hypertension in pregnancy: BP 160/110 or more with severe headache, visual disturbance or epigastric pain indicates severe pre-eclampsia requiring immediate hospital admission.
        pytest.param(
            [
                "阿伯话今朝起身就心口翳 好似有舊石压住",
                "佢以为系胃气 食咗两粒胃药 冇用 已经翳咗成个钟",
                "出好多冷汗 左边膊头同手瓜都麻痹痹 BP 150/92 HR 96",
            ],
            _patient(22630, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r104-zh-001",
        ),  # ESC 2023 Guidelines for the management of acute coronary syndromes, pre-hospital care: ongoing ischaemic-type chest pressure lasting over 20 minutes with sweating and radiation to the arm needs immediate EMS transfer for ECG and reperfusion.
        pytest.param(
            [
                "老太婆早晨起来端碗 碗都端不稳 左手杆没得劲",
                "她幺儿说她说话含含糊糊的 嘴巴有点歪起 喝水从嘴角漏",
                "昨天黑了睡觉前还好好的 BP 178/96",
            ],
            _patient(27010, "female", ("hypertension", "房颤"), pregnant=None),
            id="r104-zh-002",
        ),  # Chinese Guidelines for Diagnosis and Treatment of Acute Ischaemic Stroke 2023 and NICE NG128: sudden facial droop, arm weakness and slurred speech (FAST positive, including wake-up onset) require immediate transfer to a stroke centre.
        pytest.param(
            [
                "孩子头晌开始发烧 39.4 打蔫儿 叫他也懒得搭理",
                "他妈说腿上起了些小紫点点 一开始以为是磕的",
                "拿杯子压上去不褪色 手脚冰凉 后晌比头晌多了好些",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r104-zh-003",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease and NICE NG143: fever with a spreading non-blanching petechial rash in an unwell child means suspected meningococcal disease needing immediate hospital transfer.
        pytest.param(
            [
                "阿公透早腹肚痛 痛甲真艰苦 一直痛到尻脊骿",
                "伊讲亲像欲撕开同款 面白白 冷汗一直流",
                "BP 84/50 HR 118 伊食薰四十年 血压高有食药",
            ],
            _patient(24820, "male", ("hypertension",), pregnant=None),
            id="r104-zh-004",
        ),  # NICE NG156 Abdominal aortic aneurysm, section 1.1: sudden abdominal or back pain with hypotension or collapse in an older smoker suggests rupture and needs immediate emergency transfer to a vascular service.
        pytest.param(
            [
                "这个妹仔话肚屎痛 右片下底 今晡日朝晨开始",
                "佢月经迟咗两个礼拜 自家验尿两条线",
                "头先去厕所晕倒 面青 肩头都痛 BP 88/56 HR 116",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r104-zh-005",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, section 1.3: positive pregnancy test with abdominal pain, shoulder-tip pain, collapse and haemodynamic instability requires immediate emergency referral for suspected ruptured ectopic.
        pytest.param(
            [
                "阿娘昨日夜里开始发寒热 困勿着",
                "今朝讲闲话有点七搭八搭 叫伊名字勿大应",
                "T 38.9 BP 88/52 HR 124 R 28 氧饱和 92",
            ],
            _patient(30295, "female", ("diabetes",), pregnant=None),
            id="r104-zh-006",
        ),  # RCP NEWS2 and NICE NG51 Sepsis: new confusion with systolic BP ≤90, RR ≥25 and HR >110 gives NEWS2 ≥7 and high-risk sepsis criteria, requiring emergency response and transfer.
        pytest.param(
            [
                "细伢子在屋后头菜地里玩 娭毑讲看到他拿了个瓶子喝",
                "冇过好久就吐了 流口水 出好多汗 身上一股大蒜气",
                "瞳仁细得像针眼 手脚有点抽 气也喘得急",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="r104-zh-007",
        ),  # Chinese expert consensus on acute organophosphorus pesticide poisoning (2016): ingestion with muscarinic signs (pinpoint pupils, salivation, sweating) and breathing difficulty requires immediate hospital treatment with atropine and airway support.
        pytest.param(
            [
                "老汉后晌在地里锄草 一下子额颅后头疼得很 像拿棒槌砸了一样",
                "他说一辈子没这么疼过 吐了两回",
                "脖项硬 不想睁眼 BP 176/104 问话还能答",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r104-zh-008",
        ),  # NICE NG228 Subarachnoid haemorrhage: a sudden severe headache peaking within minutes (thunderclap, worst ever) with vomiting or neck stiffness needs immediate emergency referral.
        pytest.param(
            [
                "老倌晌午吃了自家炖的草乌猪脚",
                "吃完一个钟头嘴巴麻 舌头麻 手杆也麻",
                "心慌 脉摸起来乱跳 一阵快一阵慢 数了一分钟 42 下 冒冷汗",
            ],
            _patient(21170, "male", (), pregnant=None),
            id="r104-zh-009",
        ),  # Chinese expert consensus on diagnosis and treatment of acute poisoning (2016): aconite (草乌) ingestion with perioral numbness and bradyarrhythmia is life-threatening cardiotoxicity requiring immediate hospital monitoring.
        pytest.param(
            [
                "前天晚夕她家吃了山上捡的菌子 白白的那种",
                "昨天吐得凶 屙了十几回水样的",
                "今天说好些了 不吐了 但是眼睛有点黄 人软起 尿少",
            ],
            _patient(16425, "female", (), pregnant=None),
            id="r104-zh-010",
        ),  # Chinese clinical expert consensus on mushroom poisoning (2019): delayed (>6 h) gastrointestinal symptoms after wild mushrooms followed by apparent remission and jaundice indicate amatoxin liver injury requiring immediate hospital care.
        pytest.param(
            ["BB出世十日 今日成日瞓 唔肯食奶", "摸落去冻冰冰 探热 35.2", "黄到手板脚板底 喊声好细"],
            _patient(10, "female", (), pregnant=None),
            id="r104-zh-011",
        ),  # WHO IMCI, sick young infant: not feeding well, temperature below 35.5 °C and yellow palms and soles are signs of very severe disease and severe jaundice needing urgent referral to hospital.
        pytest.param(
            [
                "大肚34周 夜昏开始头痛 食止痛药无效",
                "伊讲目睭前面一闪一闪 心肝头下爿痛",
                "BP 168/114 复量 166/112 尿蛋白 ++ 脚肿",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r104-zh-012",
        ),  # NICE NG133 Hypertension in pregnancy: BP ≥160/110 with proteinuria, headache, visual disturbance and epigastric pain indicates severe pre-eclampsia requiring immediate hospital admission.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "34F burning while passing urine since 3 days",
                "today fever came 38.6 with shivering, pain in the back side on right below ribs",
                "no vomitings, taking fluids, BP 118/76 P 98 RR 18, talking normally",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r104-en-013",
        ),  # NICE NG111 Pyelonephritis (acute): suspected upper urinary tract infection needs same-day clinical assessment and antibiotics, with hospital referral only if sepsis signs are present.
        pytest.param(
            [
                "40M came back from Lagos 10 days ago",
                "says his body is hot and cold, shivering at night, joints paining him, head paining",
                "he says it's the same fever he used to get back home, didnt take any tablets for the trip. temp 38.4 P 100 BP 124/78, alert, eyes not yellow",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r104-en-014",
        ),  # UK malaria treatment guidelines (UKHSA/BIA): any fever in a traveller returned from a malaria-endemic area needs same-day blood film testing; severe features would require immediate admission.
        pytest.param(
            [
                "bub 14mo been crook 3 days, temp 39.4 this morning",
                "not drinking much, only 2 wet nappies since yesterday arvo",
                "alert, crying with tears, no rash, breathing normal, cap refill 2 sec",
            ],
            _patient(426, "female", (), pregnant=None),
            id="r104-en-015",
        ),  # NICE NG143 Fever in under 5s: poor feeding and reduced urine output are amber features needing face-to-face clinical assessment the same day, without red features needing emergency transfer.
        pytest.param(
            [
                "lola 70, painful blisters on the forehead one side since yesterday",
                "some on the tip of her nose also, and right eye red and watery",
                "she says she can see ok, no fever",
            ],
            _patient(25550, "female", ("hypertension",), pregnant=False),
            id="r104-en-017",
        ),  # NICE CKS Shingles: herpes zoster in the ophthalmic division with nasal tip lesions (Hutchinson sign) or red eye needs antivirals and same-day ophthalmology assessment.
        pytest.param(
            [
                "28F breathing difficulty since yesterday with wheezing, cold also",
                "using her blue pump 4-5 times since morning, gives relief for 2-3 hrs only",
                "talking full sentences, PEF 280 her best is 430, sats 96, P 102, RR 22",
            ],
            _patient(10220, "female", ("asthma",), pregnant=False),
            id="r104-en-018",
        ),  # BTS/SIGN British guideline on the management of asthma: PEF 50-75% of best without severe features is a moderate exacerbation treated in primary care with same-day clinician review.
        pytest.param(
            [
                "71F says her chest is pure rotten this week, coughin up mair green stuff than usual",
                "a wee bit mair puffed than her normal, managing the stairs slowly",
                "sats 93 (her usual 92-94), RR 22, temp 37.4, no confused, eating ok",
            ],
            _patient(25915, "female", ("COPD",), pregnant=False),
            id="r104-en-019",
        ),  # NICE NG115 COPD in over 16s: an exacerbation without severe breathlessness, confusion, cyanosis or a fall in SpO2 can be managed at home after prompt same-day assessment for steroids and antibiotics.
        pytest.param(
            [
                "3yo boy, ubo (cough) and lagnat since 2 days",
                "I counted his breathing 46 per min, no chest indrawing, no grunting",
                "drinking and eating some, playing a bit, sats 96",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r104-en-020",
        ),  # WHO IMCI: a child 12 months to 5 years with cough and fast breathing (40 or more per minute) but no chest indrawing or danger signs has pneumonia needing oral amoxicillin from a clinician that day, not referral.
        pytest.param(
            [
                "18 months baby, loose motions 8-9 times since yesterday, watery, vomitings 2 times",
                "drinking water eagerly, eyes little sunken, crying and irritable",
                "skin pinch going back slowly, no blood in motions, passing urine less",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r104-en-021",
        ),  # WHO IMCI: restlessness, sunken eyes, eager drinking and slow skin pinch classify as some dehydration, treated the same day with supervised ORS in the clinic (Plan B), not referral.
        pytest.param(
            [
                "31F 30 wks, came for ANC",
                "BP 148/96, repeat after 15 min 146/98, urine protein ++",
                "she says no headache, no eye problem, no belly pain, baby kicking well",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r104-en-022",
        ),  # NICE NG133 Hypertension in pregnancy: new hypertension after 20 weeks with proteinuria but without severe features needs same-day assessment in secondary care maternity services.
        pytest.param(
            [
                "33 wks, 2nd baby, says baby not moving much since last night, before he's very malikot (active)",
                "felt maybe 2-3 small kicks this morning only",
                "no bleeding, no water leaking, no pain, BP 112/72",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r104-en-023",
        ),  # RCOG Green-top Guideline 57 Reduced fetal movements: after 28 weeks a woman reporting reduced movements should be assessed the same day with a CTG in the maternity unit.
        pytest.param(
            [
                "45M, left calf swelling and paining since 2 days, came back from 30 hr bus journey",
                "calf bigger than right side by 3 cm, bit tender behind knee",
                "no breathlessness, no chest pain, no blood in cough, P 84, sats 98",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r104-en-024",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT needs a proximal leg vein ultrasound within 4 hours or interim anticoagulation and a scan within 24 hours.
        pytest.param(
            [
                "daughter says Nan's gone all doolally since yesterday teatime, not making sense, picking at the covers",
                "normally does her own crossword and goes to the shops herself",
                "temp 37.6, BP 134/78, P 88, RR 18, sats 97 on air, drinking a bit",
            ],
            _patient(31390, "female", ("hypertension", "osteoarthritis"), pregnant=False),
            id="r104-en-025",
        ),  # NICE CG103 Delirium and RCP NEWS2: an acute change in cognition needs same-day medical assessment for the cause; with otherwise normal observations it does not need emergency transfer.
        pytest.param(
            [
                "26F wears contacts, slept in them on the weekend",
                "right eye red and sore as, can't stand the light, bit blurry",
                "reckons there's a little white spot on the clear bit",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r104-en-026",
        ),  # NICE CKS Red eye: a contact lens wearer with a painful red eye, photophobia and a corneal opacity (possible microbial keratitis) needs same-day ophthalmology assessment.
        pytest.param(
            [
                "baby 4 days, mummy says eyes and body is yellow since yesterday",
                "yellow now reaching down to the belly, breastfeeding every 3 hrs, wet nappies 5",
                "active, crying well, no fever, born at 38 wks",
            ],
            _patient(4, "female", (), pregnant=None),
            id="r104-en-027",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: a baby with visible jaundice after the first 24 hours needs a bilirubin measurement within 6 hours.
        pytest.param(
            [
                "31F, baby 3 wks, says the left breast is at her since yesterday",
                "red hot wedge on the side of it, hard and sore, she's shivery, temp 38.4",
                "feeding grand off the other side, P 92, BP 114/70",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r104-en-031",
        ),  # NICE CKS Mastitis and breast abscess: mastitis with fever and systemic upset needs same-day clinician assessment and oral antibiotics while breastfeeding continues.
        pytest.param(
            [
                "62F sugar patient, says drinking water a lot and passing urine many times since 1 wk",
                "CBG 22.4 mmol, ketones 0.4, no vomitings, eating",
                "stopped her tablets 2 wks back as she ran out",
            ],
            _patient(22630, "female", ("type 2 diabetes",), pregnant=False),
            id="r104-en-032",
        ),  # JBDS-IP guidance on DKA and HHS in adults: glucose above 20 mmol/L without ketosis, vomiting or dehydration does not meet DKA/HHS criteria but symptomatic hyperglycaemia needs same-day clinician review to restart treatment.
        pytest.param(
            [
                "25F, 9 wks pregnant, vomiting since 3 days, can't keep anything down even water",
                "urine dark and little, urine ketones +++",
                "P 104, BP 108/70, dizzy when standing, no belly pain, no bleeding",
            ],
            _patient(9125, "female", (), pregnant=True),
            id="r104-en-033",
        ),  # RCOG Green-top Guideline 69 Nausea and vomiting of pregnancy: inability to keep down fluids with ketonuria needs same-day ambulatory or inpatient IV rehydration.
        pytest.param(
            [
                "34M bitten by a stray aso (dog) on the hand this morning at the palengke",
                "2 deep puncture wounds, bleeding stopped, washed with soap",
                "never had any rabies vaccine before, dog ran away",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r104-en-036",
        ),  # WHO position paper on rabies vaccines (2018): a transdermal bite (category III exposure) needs wound care and rabies vaccine plus immunoglobulin as soon as possible, the same day.
        pytest.param(
            [
                "细路发烧第五日 今朝仲有 38.8",
                "佢妈话眼有啲红 嘴唇好干裂 手脚有少少肿",
                "精神一般 食到少少 尿有",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r104-zh-013",
        ),  # NICE NG143 Fever in under 5s: fever for 5 days or more is an amber feature and, with red eyes, cracked lips and swollen hands, Kawasaki disease must be assessed by a paediatrician the same day.
        pytest.param(
            [
                "屙尿痛了三天 今天腰杆右边痛",
                "昨天晚上发冷发热 打颤颤 T 38.6",
                "能吃能喝 BP 118/72 HR 98 人清醒",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="r104-zh-014",
        ),  # NICE NG111 Pyelonephritis (acute): antimicrobial prescribing: suspected pyelonephritis without sepsis features needs same-day clinician assessment and antibiotics, with admission only if signs of sepsis.
        pytest.param(
            [
                "老爷们儿波棱盖儿下边红了一大片 摸着热乎乎的",
                "两天了 越来越往上窜 贼疼",
                "体温 37.9 血压 132/80 精神头还行",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r104-zh-015",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis without systemic compromise is treated with oral antibiotics after same-day clinical assessment.
        pytest.param(
            [
                "阿娘讲今朝起来心口别别跳 心慌",
                "摸脉搏一歇快一歇慢 勿齐 数下来 116",
                "BP 134/82 胸口勿痛 气勿急 头勿昏 讲闲话清爽",
            ],
            _patient(25915, "female", ("hypertension",), pregnant=None),
            id="r104-zh-018",
        ),  # NICE NG196 Atrial fibrillation: new irregular fast pulse without haemodynamic instability needs same-day ECG and assessment for rate control and stroke risk, emergency admission only if unstable.
        pytest.param(
            [
                "咯个叔叔咳了五天 昨日开始发烧 38.5",
                "咳黄痰 右边胸口吸气就痛",
                "R 22 BP 128/78 头脑清楚 SpO2 95 吃得下饭",
            ],
            _patient(21170, "male", (), pregnant=None),
            id="r104-zh-019",
        ),  # NICE NG138 Pneumonia (community-acquired): CRB65 score 0 is low risk and treated at home with antibiotics, but requires same-day clinical assessment.
        pytest.param(
            [
                "渠左边额头上起了一串水泡 痛得冇办法 昨日开始的",
                "鼻尖上也冒了两粒",
                "左眼有点红 怕光",
            ],
            _patient(24090, "female", (), pregnant=None),
            id="r104-zh-020",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus with Hutchinson's sign or red eye needs antivirals and same-day ophthalmology assessment.
        pytest.param(
            [
                "婆娘怀上两个多月了 这几天吐得厉害 咥啥吐啥",
                "夜个到今儿水都喝不进 一喝就吐",
                "尿酮体 ++ 嘴唇干 HR 104 BP 104/66 人还清醒",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r104-zh-021",
        ),  # RCOG Green-top Guideline 69 Nausea and vomiting of pregnancy: inability to keep down fluids with ketonuria needs same-day ambulatory or inpatient IV fluid management.
        pytest.param(
            [
                "尕娃后晌叫邻居家的狗咬了 小腿上两个牙印子 冒血了",
                "狗没打过疫苗 现在还拴着",
                "娃以前没打过狂犬针",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r104-zh-022",
        ),  # WHO Rabies vaccines position paper 2018 and China Rabies Exposure Prophylaxis Guide 2016: a bleeding bite is category III exposure needing wound washing, vaccine and rabies immunoglobulin as soon as possible the same day.
        pytest.param(
            [
                "小伙子上个月在缅甸那边打工 前天回来",
                "这两天打摆子 一阵冷得打颤 一阵发热出汗 今早 39.1",
                "能吃能走 头脑清醒 没抽 尿颜色正常",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r104-zh-023",
        ),  # WHO Guidelines for malaria: fever after travel from an endemic area needs a same-day parasitological test and prompt treatment; without severe features it is uncomplicated malaria managed without emergency transfer.
        pytest.param(
            [
                "她坐了两天大巴车从浙江回来",
                "左边脚杆肿起 小腿肚胀痛 比右边粗一圈",
                "不气紧 心口不痛 BP 136/84 HR 86",
            ],
            _patient(22630, "female", (), pregnant=None),
            id="r104-zh-024",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT with a likely Wells score needs proximal leg ultrasound within 4 hours or interim anticoagulation, i.e. same-day assessment.
        pytest.param(
            [
                "她右边肚儿痛 在肋巴骨下面 昨天晚上吃了回锅肉开始的",
                "痛得一阵紧一阵 还打呕 T 38.2",
                "眼睛不黄 BP 126/80 HR 92 能走路",
            ],
            _patient(17520, "female", (), pregnant=False),
            id="r104-zh-026",
        ),  # NICE CKS Gallstones and Tokyo Guidelines 2018: right upper quadrant pain with fever suggests acute cholecystitis needing same-day hospital assessment when observations are stable.
        pytest.param(
            ["佢大肚28个礼拜 屙尿痛 屙唔多又想屙", "两日了 冇发烧 腰冇痛", "胎动有 冇出血"],
            _patient(10950, "female", (), pregnant=True),
            id="r104-zh-029",
        ),  # NICE NG109 Urinary tract infection (lower): pregnant women with lower UTI symptoms need a urine culture and an immediate antibiotic prescription the same day.
        pytest.param(
            [
                "爷叔降压药停了一个号头",
                "今朝量 192/118 歇一歇再量 188/116",
                "头勿痛 眼睛看得清爽 胸口勿闷 手脚好动 小便正常",
            ],
            _patient(20805, "male", ("hypertension",), pregnant=None),
            id="r104-zh-030",
        ),  # NICE NG136 Hypertension in adults: BP ≥180/120 without life-threatening symptoms needs same-day investigations for target organ damage and consideration of starting treatment, not emergency admission.
        pytest.param(
            [
                "妹子伸手摸了开水壶 右手巴掌烫到了",
                "起了好大个泡 有巴掌大 破了一个",
                "冲了冷水二十分钟 哭得蛮厉害 其他地方冇烫到",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r104-zh-031",
        ),  # NICE CKS Burns and scalds: partial-thickness scalds to the hand in a child should be referred to a burns service for same-day assessment.
        pytest.param(
            [
                "渠下午打磨铁件冇戴眼镜 左眼进了么个东西",
                "眼珠子红 一直流眼泪 睁唔开 好似有沙子磨",
                "看东西还看得见",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r104-zh-032",
        ),  # NICE CKS Corneal superficial injury: a metallic foreign body after grinding without eye protection needs same-day ophthalmology assessment to exclude penetrating injury and remove rust ring.
        pytest.param(
            [
                "她生了娃十来天 左边奶上红了一块 硬邦邦的 疼得很",
                "今儿早上发冷 T 38.6",
                "还在喂奶 精神还行",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r104-zh-034",
        ),  # NICE CKS Mastitis and breast abscess: lactational mastitis with fever needs same-day assessment and oral antibiotics while continuing breastfeeding.
        pytest.param(
            [
                "她怀起36周了 今天量血压 146/96 过一刻钟再量 144/94",
                "以前血压都是 110 几",
                "脑壳不疼 眼睛不花 心口不痛 尿蛋白阴性 胎动好",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r104-zh-036",
        ),  # NICE NG133 Hypertension in pregnancy: new BP 140–159/90–109 after 20 weeks needs assessment in secondary care within 24 hours.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "55F complaining giddiness when she turns in bed or looks up, room spinning for few seconds",
                "since 4 days, no vomitings, walking normal, speech normal, no headache",
                "no weakness of hands or legs, no ear discharge",
            ],
            _patient(20075, "female", (), pregnant=False),
            id="r104-en-038",
        ),  # NICE CKS Benign paroxysmal positional vertigo: brief positional vertigo with no neurological signs is managed routinely in primary care with a repositioning manoeuvre.
        pytest.param(
            [
                "45F says she is feeling heat in her body and her head since 2 wks, mostly at night",
                "temp 36.7, she is eating, no cough, no urine problem",
                "periods not regular for some months, sweating at night then feeling cold",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r104-en-039",
        ),  # NICE NG23 Menopause: hot flushes and night sweats in a woman over 45 with irregular periods are diagnosed clinically and managed at a routine appointment.
        pytest.param(
            [
                "58M says high blood, his batok (nape) is heavy since this morning",
                "BP 152/94, repeat 148/92, takes amlodipine, missed 2 days",
                "no chest pain, no weakness, speaking normal, no blurry eyes",
            ],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="r104-en-040",
        ),  # NICE NG136 Hypertension in adults: BP below 180/120 without symptoms or signs of target organ damage needs routine review and adherence support, not same-day referral.
        pytest.param(
            [
                "mam says the wee one came out in a lumpy itchy rash after strawberries an hour ago",
                "lips normal, no swelling of the tongue, breathing grand, no wheeze",
                "not sick, playing away, had a spoon of antihistamine",
            ],
            _patient(1825, "female", (), pregnant=None),
            id="r104-en-041",
        ),  # NICE CKS Urticaria and Resuscitation Council UK anaphylaxis guideline: skin-only hives without airway, breathing or circulation problems are treated with a non-sedating antihistamine at home.
        pytest.param(
            [
                "wean 3, bumped his heid on the coffee table, greeted straight away",
                "nae boakin, no sleepy, playin wi his cars again, wee egg on his forehead",
                "no fall from a height, nae bleeding problems",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r104-en-042",
        ),  # NICE NG232 Head injury: a child with no loss of consciousness, vomiting, drowsiness or other risk factors does not need imaging and can be cared for at home with advice.
        pytest.param(
            [
                "22F came over all hot and sick in the chair getting her bloods done then fainted for few secs",
                "came round straight away, not confused, no jerking, didn't bite her tongue",
                "lying down now, BP 110/68 P 72, feels fine, no chest pain or palpitations before it",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r104-en-043",
        ),  # NICE CG109 Transient loss of consciousness: an uncomplicated faint with a typical trigger and prodrome and full recovery needs no further assessment or referral.
        pytest.param(
            [
                "30M chucking up and got the trots since last night after a dodgy servo pie",
                "keeping water down now, weeing ok, no blood in the poo",
                "temp 37.3, P 84, says he's just a bit crook",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r104-en-044",
        ),  # NICE CKS Gastroenteritis: adults without dehydration, blood in stool or red flags manage at home with oral fluids.
        pytest.param(
            [
                "45M says gas trouble, burning in upper stomach after spicy food, acid coming up to mouth since 2 wks",
                "no pain on walking or climbing stairs, no sweating",
                "no weight loss, no black motions, no vomitings, swallowing ok",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r104-en-045",
        ),  # NICE CG184 Dyspepsia and GORD: uninvestigated dyspepsia under 55 without alarm features is managed routinely with lifestyle advice and a PPI trial.
        pytest.param(
            [
                "33M says he has catarrh and his head is heavy since 3 days",
                "sneezing, nose blocked, small cough, temp 37.4",
                "eating well, no breathlessness, no neck stiffness",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="r104-en-046",
        ),  # NICE CKS Common cold: nasal congestion, sneezing and mild cough without red flags are self-limiting and managed with self-care.
        pytest.param(
            [
                "mummy says the girl has craw-craw, itching worse at night, 2 wks now",
                "small bumps between fingers and on wrists, her brother also scratching",
                "no fever, no pus, playing well",
            ],
            _patient(2555, "female", (), pregnant=None),
            id="r104-en-047",
        ),  # NICE CKS Scabies: itchy papules in finger webs worse at night are treated with permethrin for the whole household at a routine appointment.
        pytest.param(
            [
                "40F says she has pasma, hands shaking and palms sweaty for some months",
                "palpitations sometimes, losing weight a bit even though eating well",
                "P 96 regular, BP 128/76, no chest pain, no breathlessness",
            ],
            _patient(14600, "female", (), pregnant=False),
            id="r104-en-048",
        ),  # NICE NG145 Thyroid disease: symptoms suggesting thyrotoxicosis without severe features need thyroid function tests at a routine appointment.
        pytest.param(
            [
                "60F very tensed, says her husband's face went to one side last week and he is admitted",
                "she wants her BP checked, she has no complaints, no weakness, speaking fine",
                "BP 128/82, random sugar 6.4",
            ],
            _patient(21900, "female", (), pregnant=False),
            id="r104-en-050",
        ),  # NICE NG238 Cardiovascular disease risk assessment: an asymptomatic person asking about their own risk after a relative's illness needs routine risk assessment.
        pytest.param(
            [
                "66M on gliclazide, says he came ower aw shaky and sweaty afore his tea",
                "sugar was 3.6, had a glass of Irn-Bru and biscuits, now 7.2",
                "back to himsel, talking normal, eaten his dinner",
            ],
            _patient(24090, "male", ("type 2 diabetes",), pregnant=None),
            id="r104-en-051",
        ),  # NICE NG28 Type 2 diabetes in adults with ADA Standards of Care: a mild self-treated hypoglycaemia with full recovery needs a routine review of sulfonylurea dose, not transfer.
        pytest.param(
            [
                "mum says the little 'un had a fit with a high temp last winter, she's worried it'll happen again",
                "now runny nose and cough since yesterday, temp 38.0",
                "alert, drinking, no rash, wet nappies, breathing normal",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r104-en-052",
        ),  # NICE NG143 Fever in under 5s: a child with fever and only green features can be cared for at home with safety-netting advice; a past febrile seizure does not change this.
        pytest.param(
            [
                "9yo blood nose after picking it at school",
                "pinched the soft part 10 mins, stopped now",
                "no bruises elsewhere, no bleeding gums, first time this month",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r104-en-053",
        ),  # NICE CKS Epistaxis: an anterior nosebleed that stops with first aid in a well child needs self-care advice only.
        pytest.param(
            [
                "30F head paining like tight band both sides since 3 days, evening time more",
                "doing night shifts on laptop, no vomitings, no fever, no blurring",
                "no weakness, not worst ever, came on slowly",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r104-en-054",
        ),  # NICE CG150 Headaches in over 12s: bilateral pressing headache without red flags is tension-type headache managed with self-care and simple analgesia.
        pytest.param(
            [
                "19M napilay (twisted) his ankle playing basketball, foot turned in",
                "walked in by himself, swelling on the outside of ankle",
                "no tenderness on the bone at the back of ankle or on the foot, toes warm and pink",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r104-en-055",
        ),  # Ottawa ankle rules with NICE CKS Sprains and strains: a weight-bearing ankle injury without bony tenderness needs no X-ray and is managed with self-care.
        pytest.param(
            [
                "36F says sometimes her heart is beating like drum when she lies down at night, few seconds",
                "no fainting, no chest pain, no breathlessness, drinks 4 cups of coffee a day",
                "P 74 regular, BP 118/72, sats 99",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="r104-en-056",
        ),  # NICE CKS Palpitations: brief palpitations without syncope, chest pain or family history of sudden death need a routine assessment and ECG.
        pytest.param(
            [
                "mum says baby's sicky after every feed, brings a bit of milk back up",
                "not shooting across the room, not green, happy, feeding well, weight going up on the red book",
                "plenty of wet nappies",
            ],
            _patient(42, "female", (), pregnant=None),
            id="r104-en-057",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children: effortless regurgitation in a thriving infant is normal and needs reassurance only.
        pytest.param(
            [
                "baby 3 wks, white patches inside the mouth, on cheeks and tongue, don't wipe off",
                "still dede well, feeding every 2-3 hrs, no fever, active",
                "mommy's nipples bit sore",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r104-en-058",
        ),  # NICE CKS Candida oral: oral thrush in a feeding, well infant is treated with miconazole oral gel (and maternal nipple treatment) at a routine appointment.
        pytest.param(
            [
                "95F, daughter says Mam's ankles are puffy by the evening, going down overnight",
                "since she started the new BP tablet, amlodipine, a month ago",
                "no breathlessness, sleeps on one pillow, weight same, chest clear, sats 96",
            ],
            _patient(34675, "female", ("hypertension", "osteoarthritis"), pregnant=False),
            id="r104-en-059",
        ),  # NICE CKS Hypertension (calcium-channel blocker adverse effects): dependent ankle oedema without breathlessness is a known amlodipine effect managed by routine medication review.
        pytest.param(
            [
                "27F, 30 wks, says her chest is burning her after food, worse when lying down",
                "no headache, no eye problem, no pain under the ribs, BP 112/70, urine protein negative",
                "baby kicking well",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r104-en-060",
        ),  # NICE NG201 Antenatal care: heartburn in pregnancy without pre-eclampsia features is managed with lifestyle advice and antacids.
        pytest.param(
            [
                "后生仔话心口好热 好似火烧咁",
                "琴晚食咗火锅饮咗酒 瞓低更加辛苦 口入面酸酸哋",
                "行路上楼冇事 冇出汗 冇气促 食咗胃仙U 好返好多",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r104-zh-037",
        ),  # NICE CG184 Dyspepsia and GORD: burning retrosternal discomfort after a heavy meal and alcohol, worse lying down and relieved by antacid, without alarm features, is managed with lifestyle advice and antacids.
        pytest.param(
            [
                "她说脑壳痛两天了 箍起箍起的 像戴了顶帽子",
                "这几天熬夜打麻将 颈子也僵",
                "没吐 眼睛不花 手脚有劲 说话清楚 BP 124/78",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="r104-zh-038",
        ),  # NICE CG150 Headaches in over 12s: bilateral band-like pressing headache without red flags is tension-type headache managed with simple analgesia and self-care.
        pytest.param(
            [
                "孩子去年烧起来抽过一回 抽了一分来钟",
                "今儿个又发烧 38.6 流鼻涕",
                "这回没抽 精神头挺好 能吃能玩 尿也有 身上没起东西",
            ],
            _patient(730, "male", ("热性惊厥史",), pregnant=None),
            id="r104-zh-039",
        ),  # NICE NG143 Fever in under 5s and CKS Febrile seizure: a well child with only green features and no current seizure can be cared for at home with safety-netting; a past febrile seizure does not change this.
        pytest.param(
            [
                "阿嬷透早翻身就头眩 天地咧踅",
                "一阵仔 半分钟就好 坐好就无代志",
                "讲话清楚 手骹有力 行路稳 BP 136/82 无呕",
            ],
            _patient(22995, "female", ("hypertension",), pregnant=False),
            id="r104-zh-040",
        ),  # NICE CKS Vertigo: brief positional vertigo lasting under a minute without neurological signs is benign paroxysmal positional vertigo, assessed routinely with Dix–Hallpike and Epley manoeuvre.
        pytest.param(
            [
                "佢屙肚两日 一日四五摆",
                "冇屙血 冇发烧 肚屎有啲痛 屙完就好",
                "食得落 饮得水 尿正常 口唔干",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r104-zh-041",
        ),  # NICE CKS Gastroenteritis and WHO diarrhoea guidance (Plan A): adult diarrhoea without blood, fever or dehydration is managed at home with fluids.
        pytest.param(
            [
                "老伯伯鼻头出血 左边",
                "自家捏牢鼻头十来分钟 停脱了",
                "血压 138/82 勿吃阿司匹林勿吃抗凝药 头勿昏",
            ],
            _patient(24820, "male", (), pregnant=None),
            id="r104-zh-042",
        ),  # NICE CKS Epistaxis: an anterior nosebleed that stops with first aid in a patient not on anticoagulants needs only self-care advice.
        pytest.param(
            [
                "妹子昨日开始有点发冷发热 37.8",
                "流鼻涕 喉咙有点痛 打喷嚏",
                "冇出过远门 吃得睡得 冇气喘",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r104-zh-043",
        ),  # NICE CKS Common cold: low-grade fever with rhinorrhoea and sore throat in a well adult without travel or red flags is self-limiting and managed with self-care.
        pytest.param(
            [
                "渠前日在工地上被锈铁钉扎了脚底板",
                "当时就挤了血 冲洗了 现在有点红 冇肿冇流脓 冇发烧",
                "今年三月打过破伤风针 以前都打全了",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r104-zh-044",
        ),  # Chinese non-neonatal tetanus prevention and treatment guideline (2019) and WHO tetanus position paper: a fully immunised person with a booster within 5 years needs no further tetanus prophylaxis for a clean, healing wound.
        pytest.param(
            [
                "老汉下坡崴了脚腕子 外踝那儿肿了一点",
                "能自己走过来 走了十几步",
                "按外踝后边跟脚面上那块骨头都不疼",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r104-zh-045",
        ),  # Ottawa ankle rules as used in NICE CKS Sprains and strains: able to bear weight four steps with no bony tenderness means no X-ray is needed and self-care applies.
        pytest.param(
            [
                "尕娃跑着磕到桌子角上 额颅上起了个包",
                "当时就哭了 没昏过去 没吐",
                "现在玩得好好的 说话跟平常一样 走路稳",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r104-zh-046",
        ),  # NICE NG232 Head injury: a child with no loss of consciousness, vomiting, drowsiness or neurological deficit after a minor head bump can be observed at home with advice.
        pytest.param(
            [
                "遭马蜂叮了一下 手杆上肿了一坨 红 痒",
                "嘴巴不肿 喉咙不紧 气不紧",
                "身上没起疙瘩 以前叮过也是这样",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r104-zh-047",
        ),  # NICE CKS Insect bites and stings: a local reaction without airway, breathing or generalised skin symptoms is managed with self-care.
        pytest.param(
            [
                "娃娃昨晚夕喊耳朵疼 哭了半夜",
                "今天 T 38.0 吃了退烧药好些了",
                "耳朵后面不肿不红 没流脓 精神好 吃东西正常",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r104-zh-048",
        ),  # NICE NG91 Otitis media (acute): most episodes resolve within 3 days without antibiotics; a well child without mastoid signs is managed with analgesia and self-care.
        pytest.param(
            [
                "BB三个月 食完奶成日吐少少奶出嚟",
                "体重有升 一个月升咗 800 克",
                "唔系喷射咁吐 冇绿色 冇血 精神好 尿片湿",
            ],
            _patient(92, "female", (), pregnant=None),
            id="r104-zh-049",
        ),  # NICE NG1 GORD in children and young people: effortless regurgitation in a thriving infant without projectile, bilious or bloody vomiting is normal and needs reassurance only.
        pytest.param(
            [
                "他婆娘上个礼拜查出来肺结核 在县里治",
                "他自己不咳嗽 不发烧 晚上不出汗 没瘦",
                "来问要不要查一下",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r104-zh-050",
        ),  # WHO consolidated guidelines on tuberculosis Module 2 (screening) and China TB control guidance: asymptomatic household contacts should have planned screening (symptoms, chest X-ray), a routine not an urgent task.
        pytest.param(
            [
                "小伙儿搬了一头晌白菜 后晌胸口左边这块疼",
                "按着更疼 一扭身子一抬胳膊就疼",
                "喘气正常 不出汗 不心慌 HR 76 BP 122/76",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r104-zh-051",
        ),  # NICE CKS Chest pain: localised chest wall pain reproduced by palpation and movement after heavy lifting in a young man without cardiac features is musculoskeletal and managed routinely.
        pytest.param(
            [
                "伊大肚 33 礼拜 两支骹肿肿",
                "下昏较肿 透早起来就消",
                "BP 118/74 尿蛋白无 头壳无痛 目睭无花 胎动正常",
            ],
            _patient(11680, "female", (), pregnant=True),
            id="r104-zh-052",
        ),  # NICE NG201 Antenatal care: mild dependent ankle oedema with normal BP and no proteinuria is common in late pregnancy and is reviewed at routine antenatal visits.
        pytest.param(
            [
                "伊今日照镜 目睭白仔红一片",
                "无痛 无目屎膏 看物件清清楚楚",
                "无撞着 血压 132/80 无食抗凝药",
            ],
            _patient(21170, "female", (), pregnant=False),
            id="r104-zh-053",
        ),  # NICE CKS Subconjunctival haemorrhage: painless, vision-sparing redness without trauma or anticoagulants resolves on its own within 2–3 weeks.
        pytest.param(
            ["𠊎阿婆讲夜晡脚囊肚抽筋 痛到醒", "抽一两分钟就好 朝晨起身冇事", "脚冇肿冇红 行路正常"],
            _patient(26280, "female", (), pregnant=None),
            id="r104-zh-054",
        ),  # NICE CKS Leg cramps: brief nocturnal calf cramps without swelling or redness are managed with stretching and self-care.
        pytest.param(
            [
                "阿爷两年前脑梗过 左手一直有点勿灵",
                "今朝来配降压药 伊讲跟老早一样 没啥变化",
                "BP 136/84 讲闲话清爽 走路跟平常一样",
            ],
            _patient(27740, "male", ("hypertension", "脑梗死后遗症"), pregnant=None),
            id="r104-zh-055",
        ),  # NICE NG128 Stroke and TIA (long-term care): an unchanged residual deficit from a stroke two years ago with controlled BP needs routine secondary-prevention review.
        pytest.param(
            [
                "妹子来月经第一天 肚子疼 屙了一次稀",
                "每个月都咯样 吃了布洛芬好些",
                "冇发烧 冇怀孕 月经量跟平时一样",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="r104-zh-056",
        ),  # NICE CKS Dysmenorrhoea: typical cyclical period pain in a young woman without red flags is treated with NSAIDs and self-care.
        pytest.param(
            ["渠咳嗽十来日了 先是感冒", "痰白色 冇发烧 冇气喘 冇咳血", "食得睡得 渠冇烟瘾"],
            _patient(16060, "female", (), pregnant=False),
            id="r104-zh-057",
        ),  # NICE NG120 Cough (acute): a post-viral cough may last 3–4 weeks and, without fever, breathlessness or haemoptysis, is managed with self-care.
        pytest.param(
            [
                "他爸上个月脑出血走了 他害怕得很",
                "这两天额颅有点疼 夜个熬夜了 睡一觉好些",
                "不吐 手脚都有劲 说话清楚 BP 124/80",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r104-zh-058",
        ),  # NICE CG150 Headaches in over 12s: a mild headache after sleep loss with no red flags is not an emergency; a relative's haemorrhage does not make it one, and worry can be addressed at a routine visit.
        pytest.param(
            ["这个人体检空腹血糖 7.8 第一次查出来", "不口渴 尿不多 没瘦 人精神", "他妈有糖尿病"],
            _patient(17520, "male", (), pregnant=None),
            id="r104-zh-059",
        ),  # ADA Standards of Care in Diabetes 2024, section 2: a single fasting glucose ≥7.0 mmol/L without symptoms needs a confirmatory repeat test at a routine visit.
        pytest.param(
            [
                "老倌慢阻肺十几年了 今天来拿药",
                "爬坡气紧跟平时一样 痰白的 没变黄 不发烧",
                "血氧 91 他平时就 90 到 92 HR 84",
            ],
            _patient(26280, "male", ("慢阻肺",), pregnant=None),
            id="r104-zh-060",
        ),  # GOLD 2024 and BTS oxygen guideline: SpO2 88–92% is the target in COPD, and unchanged breathlessness and sputum without exacerbation features need only routine review.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
