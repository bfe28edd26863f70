# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-second held-out round (2026-12-07, at commit 480f042: two reviewers, 120 cases in which
staff correct, add to or take back something in a later message: a number typed wrong, the wrong
person, a time put right, a sign first denied then found or first told then withdrawn, a dose or
an age corrected; half made more serious, half less; 12 emergencies, 24 same-day and 24
look-alikes a set). Before these fixes the rules found 12 of 12 emergencies in each set, graded
17 of 24 and 11 of 24 same-day cases exactly, and sent 7 and 9 look-alikes to emergency: a
correction did not correct (a saturation of 79 typed for 97, "ignore the blue lips, it was
blackberry juice", 刚才说嘴唇发紫 开灯一看是吃了桑葚, "sorry not green", "CAN pass urine fine",
"correction - not sudden"), and the wrong value a correction names (不是35度8) was read as the
latest value.

What changed: triage/rules/corrections.py reads a message that says it corrects (打错了, 说错了,
刚才写成23了, 不对, 问清楚了, 测得不准, "typo", "correction", "I meant", "ignore the", "sorry -");
what it says about a sign replaces what was said before, even a sign once told as present; an
earlier sign whose words it takes back ("not green", 刚才说嘴唇发紫, "arm is fine") is set
absent; the wrong value it names is not read; and a bare number it gives replaces the earlier
number it is a slip of (the same digits in another order or one digit changed), or the value
told after the same label (血氧测得不准 ... 再测是94). Without a correction, a sign once told
stays, as before. A correction that moves an event to the past (是上个月的事，当时...) reads its
"then" as that past. Also read: a dog that "bit him", a baby "still a bit yellow", 皮肤还有点黄, a
toe rubbed raw, and the trismus of a quinsy is not lockjaw. After: 12/12, 12/12; 22/24, 19/24;
look-alikes 22/24, 18/24.

Left: corrections that move a sign to another person (胸口疼的是她邻居: it may be the patient who is
the other person, as in r82-en-001, where the husband with the chest pain is the patient) or
another place (她指的是右上腹), that find the feared object (the battery found in the sofa) or count
the tablets (一板只少了1片), stay as first told (r82-zh-032, -038, -044, -052, -053, -054, -056,
r82-en-052, -058); so do a sudden hearing loss put right from months to
days (r82-en-017) and hyperemesis put right from two days to a week (r82-zh-021), graded routine.
Graded emergency by their guidelines where the reviewers asked for the same day: a face palsy
sparing nothing (r82-en-036), pneumonia with a breathing rate of 32 at 74 (r82-zh-022, NICE
NG51), suicidal thoughts (r82-zh-026) and new confusion with an infection (r82-zh-029)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "pt 55F c/o chest pain 20 min, central, sweaty, BP 150/95",
                "correction - it's her husband with the chest pain not her, she just brought him in. he's 58, HTN, pain crushing going to L arm",
                "still ongoing ~25 min now, he looks grey and sweaty",
            ],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="r82-en-001",
        ),  # NICE CG95 Chest pain of recent onset: suspected acute coronary syndrome with ongoing pain needs an emergency ambulance admission.
        pytest.param(
            [
                "baby girl 7 months temp 38.3 since morning, feeding bit less",
                "sorry typo - 7 WEEKS old not 7 months",
                "rechecked 38.4 axilla, mum says sleepier than usual",
            ],
            _patient(49, "female", (), pregnant=None),
            id="r82-en-002",
        ),  # NICE NG143 Fever in under 5s: any infant under 3 months with temperature >=38C is a red feature needing immediate hospital paediatric assessment.
        pytest.param(
            [
                "4yo boy few small red spots on shins, no fever, running around",
                "sorry I said no fever earlier - mum just told me 39.2 at home this am, gave ibuprofen",
                "did glass test now - spots don't fade, more on tummy too, he's gone quiet",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r82-en-003",
        ),  # NICE NG240 Meningitis and meningococcal disease: fever with a non-blanching spreading rash is suspected meningococcal disease needing emergency transfer (and IM benzylpenicillin if no delay-free transfer).
        pytest.param(
            [
                "22F says took 4 paracetamol last night for period pain, feels sick",
                "correction - she just admitted it was 40 tabs 500mg, about 3 hrs ago not last night. weight ~55kg",
                "says she wanted to die. no other tabs she says",
            ],
            _patient(8030, "female", ("depression",), pregnant=False),
            id="r82-en-004",
        ),  # NICE CKS Poisoning / TOXBASE: 20 g paracetamol (~360 mg/kg) with suicidal intent needs emergency hospital treatment and assessment now.
        pytest.param(
            [
                "67M c/o R arm weakness and slurred speech, says happened last month and got better in an hour",
                "sorry mixed up - last month was an old episode. it's happening AGAIN now, started 40 min ago at breakfast",
                "still can't lift R arm, R face droop, on apixaban for AF",
            ],
            _patient(24455, "male", ("atrial fibrillation",), pregnant=None),
            id="r82-en-005",
        ),  # NICE NG128 Stroke and TIA: persisting acute focal neurological deficit (FAST positive) within hours of onset needs emergency ambulance to a hyperacute stroke unit.
        pytest.param(
            [
                "31F itchy hives both arms after lunch, ate prawns ~30 min ago",
                "gave cetirizine 10mg, hives bit better",
                "now says throat feels tight and voice hoarse, bit wheezy",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r82-en-006",
        ),  # RCUK Emergency treatment of anaphylaxis 2021: airway/breathing involvement after an allergen is anaphylaxis - IM adrenaline and ambulance.
        pytest.param(
            [
                "G1 34/40 headache today, BP 128/88",
                "sorry typo BP is 168/112, repeated 165/110",
                "she also sees flashing lights, urine protein ++",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r82-en-007",
        ),  # NICE NG133 Hypertension in pregnancy: BP >=160/110 with headache, visual disturbance and proteinuria is severe pre-eclampsia needing immediate hospital admission.
        pytest.param(
            [
                "79F from nursing home, burning urine 2d, bit muddled today, BP 190/60 HR 124 temp 38.9",
                "sorry BP 90/60 not 190/60!! typo",
                "rechecked SBP 88, RR 26, not answering questions properly, daughter says she's normally chatty",
            ],
            _patient(28835, "female", ("diabetes",), pregnant=None),
            id="r82-en-008",
        ),  # NICE NG51 Sepsis: suspected infection with systolic BP <=90 and new altered mental state are high-risk criteria needing emergency transfer.
        pytest.param(
            [
                "26M asthma, wheezy since last night, PEF 380 best 450",
                "correction PEF is 130 not 380 sorry, read wrong",
                "can only say few words at a time, sats 91% on air",
            ],
            _patient(9490, "male", ("asthma",), pregnant=None),
            id="r82-en-009",
        ),  # BTS/SIGN 158 Asthma: PEF <33% best and SpO2 <92% is life-threatening acute asthma needing emergency admission.
        pytest.param(
            [
                "70M black tarry stools x2 days, takes ibuprofen for knees",
                "bit tired, no abdo pain",
                "just now fainted on the toilet, pale and clammy, HR 118 BP 92/58",
            ],
            _patient(25550, "male", ("osteoarthritis",), pregnant=None),
            id="r82-en-010",
        ),  # NICE CG141 Acute upper GI bleeding: melaena with syncope, tachycardia and hypotension is a haemodynamically significant bleed needing emergency admission.
        pytest.param(
            [
                "52M cough fever 4 days, sats 97% RR 20",
                "sorry misread the machine, sats 87% on air, RR 32",
                "HR 112 temp 39.1, talking but breathless",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r82-en-011",
        ),  # NICE NG138 / BTS CAP: suspected pneumonia with SpO2 <92% and RR >=30 needs urgent hospital admission by ambulance.
        pytest.param(
            [
                "14yo boy L testicle pain for 3 days, mild",
                "sorry not 3 days - 3 HOURS, woke him from sleep suddenly, very severe",
                "vomited twice, L testis sits higher",
            ],
            _patient(5110, "male", (), pregnant=None),
            id="r82-en-012",
        ),  # NICE CKS Scrotal pain and swelling: sudden severe testicular pain is torsion until proven otherwise - immediate emergency surgical referral.
        pytest.param(
            [
                "王奶奶78岁，发烧两天，今天有点迷糊，不太爱说话，血压170/40，心率112",
                "不好意思血压打错了，是70/40，刚才多打了个1。手脚冰凉，今天尿也很少",
            ],
            _patient(28470, "female", ("diabetes",), pregnant=False),
            id="r82-zh-001",
        ),  # 中国脓毒症/脓毒性休克急诊治疗指南（2018）：感染伴低血压、意识改变、少尿提示脓毒性休克，须立即呼叫120转运救治。
        pytest.param(
            [
                "李大姐来了，说她胸口闷了一早上",
                "不对不对，胸口疼的是她老公，58岁，不是她，她是陪着来的",
                "她老公从早上7点疼到现在，压着疼，往左胳膊窜，一身冷汗，有高血压",
            ],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="r82-zh-002",
        ),  # 急性心肌梗死基层诊疗指南（2019）：持续压榨样胸痛>20分钟伴大汗、向左臂放射，应疑诊急性心梗，立即呼叫120转运至可行再灌注治疗的医院。
        pytest.param(
            [
                "两岁半男孩，13公斤，吃了他妈妈的硫酸亚铁片（一片含铁60毫克），家长说就吃了1片",
                "刚数了药瓶，不是1片，少了10片，大概1个小时前吃的",
                "孩子刚才又吐了两次，肚子疼，哭闹",
            ],
            _patient(913, "male", (), pregnant=None),
            id="r82-zh-003",
        ),  # 儿童急性中毒诊治相关专家共识/铁剂中毒处理原则：元素铁摄入>40mg/kg（本例约46mg/kg）且已出现呕吐腹痛，属中重度中毒，须立即送医院。
        pytest.param(
            [
                "有个19岁学生，头疼、吐了两次，说没发烧，我先按感冒看",
                "刚才说没发烧，现在一量39度2，脖子有点硬，低头就疼",
                "腿上还出了些紫红色小点，拿玻璃杯压着不褪色",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r82-zh-004",
        ),  # NICE NG240 细菌性脑膜炎与脑膜炎球菌病（2024）/流行性脑脊髓膜炎诊疗方案：发热伴颈强直及压之不褪色皮疹，须立即转院并尽早肠外抗生素。
        pytest.param(
            [
                "小孩发烧38度3，一天了，吃奶比平时少点，2岁的，我想先物理降温看看",
                "打错了，不是2岁，是2个月，出生才60天",
            ],
            _patient(60, "female", (), pregnant=None),
            id="r82-zh-005",
        ),  # WHO IMCI（2个月以下小婴儿）/NICE NG143：<3月龄发热≥38℃为红色征象，属极重症疾病，须紧急转诊医院。
        pytest.param(
            [
                "孕34周的产妇，头疼一天，血压135/92，说看东西有点花",
                "血压是165/112，刚才写错了，复测还是160/110，脚也肿得厉害",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r82-zh-006",
        ),  # 妊娠期高血压疾病诊治指南（2020）：孕晚期血压≥160/110伴头痛、视物模糊为重度子痫前期，须立即转诊至有救治能力的医院。
        pytest.param(
            [
                "11个月男孩，拉肚子两天，一天十来次水样便，吐了几次",
                "下午喂了点口服补液盐，吐了一半",
                "现在叫不太醒，眼窝很凹，捏肚皮要好几秒才回去，喂水也不会喝了",
            ],
            _patient(335, "male", (), pregnant=None),
            id="r82-zh-007",
        ),  # WHO IMCI：嗜睡/难以唤醒、不能饮水、皮肤回缩非常缓慢为重度脱水，须按C方案静脉补液并紧急转诊。
        pytest.param(
            [
                "81岁老大爷，早上在院子里摔了一跤，头磕在台阶上，当时没晕，家属说没吃什么抗凝药",
                "家属刚把药盒拿来了，是华法林，每天一片，吃了好几年了，房颤",
                "刚又吐了一次，这是第二次了，说头越来越疼",
            ],
            _patient(29565, "male", ("atrial fibrillation",), pregnant=None),
            id="r82-zh-008",
        ),  # NICE NG232 头部外伤（2023）：服用抗凝药的头部外伤且呕吐≥2次、头痛加重，须1小时内行头颅CT，应立即送急诊。
        pytest.param(
            [
                "42岁男的，在地里被马蜂蜇了手背，肿了一片",
                "他说浑身发痒，身上起了好多风团",
                "现在说嗓子发紧、喘不上气，声音都哑了，人有点晕",
            ],
            _patient(15330, "male", (), pregnant=None),
            id="r82-zh-009",
        ),  # 严重过敏反应急诊诊治专家共识（2019）：蜇伤后出现皮肤风团伴喉头发紧、呼吸困难、头晕为严重过敏反应，立即肌注肾上腺素并呼叫120。
        pytest.param(
            [
                "70岁老头，糖尿病打胰岛素，家属说中午没怎么吃饭，现在出汗、说胡话，血糖19",
                "打错了，血糖是1.9，不是19。喂糖水他呛，咽不下去，叫他也不太应",
            ],
            _patient(25550, "male", ("diabetes",), pregnant=None),
            id="r82-zh-010",
        ),  # 中国2型糖尿病防治指南（2020）：意识障碍、不能口服的严重低血糖须立即静脉推注葡萄糖并紧急转诊。
        pytest.param(
            [
                "55岁男的，胃不舒服几天，有点头晕，说大便黄色正常",
                "不对，他老婆说大便是黑的，跟柏油一样发亮，已经拉了两天",
                "刚才又吐了一口暗红色的东西，心率118，血压92/60",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r82-zh-011",
        ),  # 急性非静脉曲张性上消化道出血诊治指南（2018）：呕血、黑便伴心率>100、收缩压<100提示血流动力学不稳定，须立即转诊。
        pytest.param(
            [
                "26岁女的，下腹痛半天，她说不可能怀孕，我以为是肠胃炎",
                "问清楚了，月经推迟两周了，刚测尿妊娠试验阳性",
                "刚才上厕所差点晕倒，脸色发白，右下腹疼得厉害，肩膀也疼",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r82-zh-012",
        ),  # NICE NG126 异位妊娠和流产/输卵管妊娠诊治中国专家共识（2019）：妊娠试验阳性伴腹痛、晕厥、肩痛提示异位妊娠破裂，须立即送急诊。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "34F dysuria freq 3 days, temp 35.8",
                "sorry typo, temp 38.5 not 35.8",
                "also pain R loin, shivery, no vomiting, keeps fluids down, not pregnant, HR 96 BP 122/78",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r82-en-013",
        ),  # NICE NG111 Pyelonephritis: fever with loin pain but no sepsis red flags needs same-day clinical review and antibiotics.
        pytest.param(
            [
                "5 month old boy runny nose cough, no fever per mum",
                "said no fever earlier, just checked here: 39.2",
                "still feeding ok-ish, no rash, alert, pink",
            ],
            _patient(152, "male", (), pregnant=None),
            id="r82-en-014",
        ),  # NICE NG143 Fever in under 5s: age 3-6 months with temperature >=39C is an amber feature needing same-day face-to-face assessment.
        pytest.param(
            [
                "29F painful blistery rash R side chest started 2d ago",
                "correction - it's her grandfather with the rash, not her, she is translating for him. he's 81",
                "rash is on his R forehead and tip of nose, R eye red and watering",
            ],
            _patient(29565, "male", ("hypertension",), pregnant=None),
            id="r82-en-015",
        ),  # NICE CKS Shingles: ophthalmic zoster with nose-tip involvement and red eye needs same-day antivirals and same-day ophthalmology referral.
        pytest.param(
            [
                "74F on warfarin for AF, INR today 3.8 target 2-3",
                "sorry typo INR is 8.3 not 3.8",
                "no bleeding no bruising, feels well",
            ],
            _patient(27010, "female", ("atrial fibrillation",), pregnant=None),
            id="r82-en-016",
        ),  # NICE CKS Anticoagulation - oral / BNF: INR >8 without bleeding needs same-day clinician action (stop warfarin, oral vitamin K, recheck).
        pytest.param(
            [
                "61F short sighted, floaters, had them for years",
                "correction - old floaters not the issue, NEW shower of floaters and flashes L eye since this morning",
                "vision otherwise ok, no curtain",
            ],
            _patient(22265, "female", ("myopia",), pregnant=False),
            id="r82-en-018",
        ),  # NICE CKS Retinal detachment / posterior vitreous detachment: new flashes and floaters need same-day ophthalmology assessment.
        pytest.param(
            [
                "23M fell off bike yesterday onto outstretched hand, wrist sore",
                "full movement but painful, no deformity",
                "very tender in anatomical snuffbox when I press",
            ],
            _patient(8395, "male", (), pregnant=None),
            id="r82-en-019",
        ),  # NICE NG38 Fractures / CKS: snuffbox tenderness after FOOSH is a suspected scaphoid fracture needing same-day X-ray and immobilisation.
        pytest.param(
            [
                "38F L calf ache, thinks from gym",
                "forgot to add she flew back London to Shanghai 5 days ago, on combined pill",
                "L calf 3cm bigger than R, tender along the vein, no SOB no chest pain",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="r82-en-020",
        ),  # NICE NG158 VTE: likely DVT (Wells >=2) without PE features needs proximal leg ultrasound within 4 h or interim anticoagulation the same day.
        pytest.param(
            [
                "27F red L eye since yesterday, prob conjunctivitis, give chloramphenicol?",
                "oh forgot - she wears monthly contact lenses, slept in them",
                "eye quite painful, light hurts, vision bit blurry that eye",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r82-en-021",
        ),  # NICE CKS Red eye: painful red eye with photophobia in a contact lens wearer is suspected microbial keratitis needing same-day ophthalmology.
        pytest.param(
            [
                "9yo boy pet dog licked his hand, parents worried abt rabies",
                "correction - it was a stray dog on the street not their pet, and it BIT him on calf, skin broken, bled",
                "about 1 hr ago, washed with tap water only",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r82-en-022",
        ),  # WHO rabies position paper 2018 / China rabies exposure PEP guideline: category III bite from a stray dog needs wound care, rabies vaccine and immunoglobulin as soon as possible today.
        pytest.param(
            [
                "14mo girl diarrhoea 2 days, drinking ok",
                "correction - mum says drinking less since this morning, only 1 wet nappy today",
                "eyes look sunken, bit irritable but alert, drinks eagerly when offered cup",
            ],
            _patient(426, "female", (), pregnant=None),
            id="r82-en-023",
        ),  # NICE CG84 / WHO IMCI: sunken eyes, irritability and eager drinking = some dehydration needing same-day assessment and supervised ORS.
        pytest.param(
            [
                "19F low mood since exams, sleeping badly, wants to talk to someone",
                "not eating much, stopped going to classes",
                "she just told me sometimes wishes she wouldn't wake up, no plan, hasn't hurt herself",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="r82-en-024",
        ),  # NICE NG225 / WHO mhGAP: depressive symptoms with thoughts of death need a same-day clinician risk assessment.
        pytest.param(
            [
                "66M palpitations since yesterday, pulse irregular 88",
                "sorry typo HR 138 not 88, irregular",
                "mild breathless walking, no chest pain, BP 134/82, alert",
            ],
            _patient(24090, "male", ("hypertension",), pregnant=None),
            id="r82-en-025",
        ),  # NICE NG196 Atrial fibrillation: new fast AF without haemodynamic instability needs same-day assessment with ECG and rate control.
        pytest.param(
            [
                "55M diabetic, red hot swollen L shin 2d, temp 38.3, BP 70/40",
                "sorry BP is 107/70, typed wrong, HR 96 RR 18",
                "alert, eating, redness spreading past pen line we drew this morning",
            ],
            _patient(20075, "male", ("diabetes",), pregnant=None),
            id="r82-en-026",
        ),  # NICE NG141 Cellulitis: spreading cellulitis with fever but no sepsis high-risk features needs same-day clinician review and antibiotics.
        pytest.param(
            [
                "3yo boy wheezy, working hard to breathe, sats 85%",
                "correction sats 95% not 85, probe wasn't on properly. RR 34 HR 130",
                "chatting in sentences, no recession, cold 2 days",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r82-en-027",
        ),  # BTS/SIGN 158: preschool wheeze with SpO2 >=92% and no severe features is moderate - bronchodilator and clinician assessment today, not ambulance.
        pytest.param(
            [
                "8yo girl drinking loads and up at night to pee for 2 wks",
                "mum thinks she's lost weight, clothes loose",
                "fingerprick glucose 19.6 just now, no vomiting, alert, breathing normal",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="r82-en-028",
        ),  # NICE NG18 Diabetes in children: suspected type 1 diabetes must be referred the same day to the paediatric diabetes team.
        pytest.param(
            [
                "3wk old boy still bit yellow, breastfed, feeding well",
                "gaining weight ok",
                "mum says poos pale/chalky white for a week and wee is dark",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r82-en-029",
        ),  # NICE CG98 Neonatal jaundice: prolonged jaundice with pale chalky stools and dark urine needs urgent same-day paediatric referral (possible biliary atresia).
        pytest.param(
            [
                "7yo boy limping since yesterday, no injury, no fever",
                "sorry wrong - he's 2 yrs 7 months, not 7, misread the record",
                "won't put full weight on R leg, temp 37.4, otherwise playing",
            ],
            _patient(943, "male", (), pregnant=None),
            id="r82-en-030",
        ),  # NICE CKS Acute childhood limp: any child under 3 years with a limp needs same-day assessment.
        pytest.param(
            [
                "85F daughter says mum a bit off today",
                "obs temp 36.9 HR 84 BP 138/76 RR 16 sats 96, eating and drinking",
                "daughter says normally sharp, since last night doesn't know where she is and seeing things, started tramadol 3 days ago",
            ],
            _patient(31025, "female", ("osteoarthritis",), pregnant=False),
            id="r82-en-031",
        ),  # NICE CG103 Delirium: new acute confusion with normal observations needs same-day clinician assessment for the cause (e.g. new drug).
        pytest.param(
            [
                "27F burning when passing urine, frequency 2d, no fever",
                "forgot to say she's 24 wks pregnant",
                "no loin pain, baby moving ok, no bleeding",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r82-en-032",
        ),  # NICE NG109 Lower UTI: pregnant women need urine culture and antibiotics started the same day.
        pytest.param(
            [
                "5 wk old boy vomiting green after every feed",
                "sorry not green - mum says milky curdled, but shoots across the room after every feed, hungry straight after",
                "fewer wet nappies, weight down 100g from last week, alert",
            ],
            _patient(35, "male", (), pregnant=None),
            id="r82-en-033",
        ),  # NICE CKS / NG1: projectile non-bilious vomiting with weight loss at 5 weeks suggests pyloric stenosis - same-day paediatric referral (bilious vomiting would have been an emergency).
        pytest.param(
            [
                "72F sudden worst ever headache",
                "correction - not sudden, came on over last 2 wks, R temple, I misunderstood",
                "scalp sore brushing hair, jaw aches when chewing, vision ok",
            ],
            _patient(26280, "female", ("hypertension",), pregnant=False),
            id="r82-en-034",
        ),  # NICE CKS Giant cell arteritis / BSR 2020: suspected GCA without visual loss needs same-day prednisolone and urgent specialist referral.
        pytest.param(
            [
                "31F day 6 after vaginal delivery, soaking a pad every 30 min",
                "sorry wrong - not soaking, she means heavier than yesterday, 1 pad every 3-4 hrs, smells bad",
                "temp 38.1 HR 98 BP 118/72, lower tummy tender, alert",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r82-en-035",
        ),  # NICE NG194 Postnatal care / RCOG: offensive lochia with fever and uterine tenderness (suspected endometritis) without sepsis red flags needs same-day assessment.
        pytest.param(
            [
                "31岁女的，尿频尿急尿痛两天，说没发烧，我打算开点药",
                "刚才说没发烧，现在一量38度6，右边腰也疼，一敲就疼得厉害。精神还行，能吃能喝",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r82-zh-013",
        ),  # NICE NG111 急性肾盂肾炎：尿路感染伴发热、腰痛应按上尿路感染当天评估并开始抗生素，无脓毒症表现者无需急救转运。
        pytest.param(
            [
                "38岁男的，从尼日利亚务工回来10天，发烧头疼，体温35度8",
                "打错了，是38度5不是35度8，前两天还打寒战、出大汗。人清醒，能自己走",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r82-zh-014",
        ),  # 疟疾诊疗指南（国家卫健委2022）：境外疟疾流行区返回者出现发热，须当天做疟原虫血检或快速检测并及时规范治疗。
        pytest.param(
            [
                "56岁男的，高血压，自己停药一个月，来量血压150/115，没有不舒服",
                "刚才写错了，是190/115，复测一次188/118。没有头疼胸闷，看东西清楚，手脚没毛病",
            ],
            _patient(20440, "male", ("hypertension",), pregnant=None),
            id="r82-zh-015",
        ),  # 国家基层高血压防治管理指南（2020）/NICE NG136：血压≥180/110而无急性靶器官损害属高血压亚急症，需当天医生评估、恢复并调整降压药，无需急救转运。
        pytest.param(
            [
                "张姐说她腿肿了，问要不要紧",
                "搞错了，腿肿的是她婆婆，72岁，不是她。婆婆10天前刚做完膝关节置换出院",
                "左边小腿比右边粗一圈，按着疼，有点发红，不喘不胸痛",
            ],
            _patient(26280, "female", ("osteoarthritis",), pregnant=False),
            id="r82-zh-016",
        ),  # NICE NG158 静脉血栓栓塞：术后单侧小腿肿痛疑似深静脉血栓（Wells≥2），需4小时内下肢静脉超声，不能即做则先抗凝并24小时内检查，当天就诊。
        pytest.param(
            [
                "47岁女的，右耳听不清，她说一年多了，想开点药",
                "刚才说错了，问清楚是昨天早上起来突然右耳听不见的，还有耳鸣，以前耳朵好好的。不头晕，说话清楚，手脚有劲",
            ],
            _patient(17155, "female", (), pregnant=False),
            id="r82-zh-017",
        ),  # 突发性聋诊断和治疗指南（2015）：72小时内突发单侧感音神经性聋应尽早（当天）到耳鼻喉科评估并开始治疗。
        pytest.param(
            [
                "66岁房颤老头，吃华法林，说每天1片，刷牙牙龈出点血",
                "不对，他说这周觉得没效果，自己每天吃了3片，已经吃了5天了。现在牙龈还在渗血，胳膊上有几块青紫，没有黑便没有头痛",
            ],
            _patient(24090, "male", ("atrial fibrillation",), pregnant=None),
            id="r82-zh-018",
        ),  # 华法林抗凝治疗的中国专家共识：自行加量后出现轻微出血，需当天查INR、暂停华法林并视情况给予维生素K。
        pytest.param(
            [
                "68岁女的，长带状疱疹，腰上一片水疱，疼得睡不着",
                "刚才说错了，腰上那个是另一个病人。这个老太太的疱疹在左边额头、眼皮上，鼻尖上也有几个，左眼有点红",
            ],
            _patient(24820, "female", (), pregnant=False),
            id="r82-zh-019",
        ),  # 带状疱疹中国专家共识（2018）/NICE CKS：眼部带状疱疹（鼻尖受累提示眼部受累风险）需当天开始抗病毒并同日眼科评估。
        pytest.param(
            [
                "22岁女孩，右眼红、疼、怕光一天，她说不戴隐形眼镜，我想开个眼药水",
                "刚才问错了，她戴的是月抛隐形，昨晚戴着睡的，现在看东西有点模糊，黑眼珠上好像有个小白点",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r82-zh-020",
        ),  # NICE CKS 红眼：隐形眼镜佩戴者眼红痛、畏光、视力下降或角膜白点，疑微生物性角膜炎，须当天眼科评估。
        pytest.param(
            [
                "61岁糖尿病老头，左脚大脚趾磨破了一个口子，他说没事",
                "刚让家属拍了照片，伤口周围红了一大片，3厘米多，按着有脓，有臭味。体温37.3，人精神还行",
            ],
            _patient(22265, "male", ("diabetes",), pregnant=None),
            id="r82-zh-023",
        ),  # 中国糖尿病足防治指南（2019）/NICE NG19：糖尿病足溃疡合并中度感染，需当天（1个工作日内）转诊足病团队并开始抗生素。
        pytest.param(
            [
                "7岁男孩哮喘，早上喘，喷了沙丁胺醇，家长说好了",
                "刚才说好了不对，家长说喷完半小时又喘起来了，一上午喷了3次。现在说话能说整句，呼吸每分钟28次，血氧95",
            ],
            _patient(2555, "male", ("asthma",), pregnant=None),
            id="r82-zh-024",
        ),  # 儿童支气管哮喘诊断与防治指南（2016）/GINA：反复使用SABA仍复发的中度急性发作需当天医生评估，给予重复SABA和口服激素；SpO2<92%或不能说话才需急诊。
        pytest.param(
            [
                "52岁女的，2型糖尿病，口干多尿一周，随机血糖13.5",
                "打错了，是23.5，刚才少按了个2。人清醒，没吐没肚子疼，呼吸正常，尿酮体阴性",
            ],
            _patient(18980, "female", ("diabetes",), pregnant=False),
            id="r82-zh-025",
        ),  # 中国2型糖尿病防治指南（2020）：血糖明显升高（>16.7）伴症状但无酮症及意识改变者，需当天医生评估并调整降糖治疗。
        pytest.param(
            [
                "1岁8个月女孩，拉肚子一天，家长说精神挺好",
                "刚才说精神好不对，孩子一直哭闹烦躁，眼窝有点凹，给水抢着喝，捏肚皮回得慢一点，不到2秒",
            ],
            _patient(608, "female", (), pregnant=None),
            id="r82-zh-027",
        ),  # WHO IMCI：烦躁不安、眼窝凹陷、饮水急切、皮肤回缩缓慢为有些脱水，需当天在门诊按B方案口服补液并4小时后再评估。
        pytest.param(
            [
                "出生4周的男孩，皮肤还有点黄，吃奶挺好，家长说大便黄色",
                "刚才说大便黄色不对，家长拿来尿布，大便是灰白色像陶土，尿是深黄的",
            ],
            _patient(28, "male", (), pregnant=None),
            id="r82-zh-028",
        ),  # NICE CG98 新生儿黄疸：迁延性黄疸伴白陶土样便、深色尿提示胆汁淤积（如胆道闭锁），需当天紧急转诊儿科评估。
        pytest.param(
            [
                "9岁男孩，被狗咬了小腿，家长说是自家的狗，打过疫苗",
                "问清楚了，不是自家狗，是路上的野狗，咬破皮出血了，半小时前的事",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r82-zh-030",
        ),  # 狂犬病暴露预防处置工作规范（2023年版）：皮肤咬伤出血为III级暴露，需当天彻底冲洗处置伤口、接种狂犬病疫苗并使用被动免疫制剂。
        pytest.param(
            [
                "25岁男的，嗓子疼4天了，自己吃了点消炎药",
                "今天疼得更厉害了，发烧38度3",
                "现在嘴张不开，只能张一指宽，说话像嘴里含着东西，左边扁桃体鼓起来把小舌头往右推，还能喘气能喝水",
            ],
            _patient(9125, "male", (), pregnant=None),
            id="r82-zh-031",
        ),  # NICE NG84 急性咽痛：疑扁桃体周脓肿（张口困难、悬雍垂偏移）需当天转诊耳鼻喉科。
        pytest.param(
            [
                "69岁慢阻肺老头，这三天咳嗽加重，痰变黄变多，比平时喘，血氧85",
                "刚才血氧测得不准，手太凉，换个指头捂热再测是94，他平时也就93、94。能说整句话，人清楚，呼吸每分钟22次",
            ],
            _patient(25185, "male", ("COPD",), pregnant=None),
            id="r82-zh-033",
        ),  # 慢性阻塞性肺疾病基层诊疗指南（2018）/GOLD：咳嗽、脓痰、气促加重而无低氧及意识改变的急性加重可在基层处理，需当天医生评估给予支气管舒张剂、抗生素和激素。
        pytest.param(
            [
                "30岁孕妇，怀孕32周，阴道出血，我马上叫车",
                "不对，是12周不是32周，我看错了本子。出了一点点褐色的血，内裤上一小块，肚子不疼，人好好的",
                "她还没做过B超",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="r82-zh-034",
        ),  # NICE NG126 异位妊娠和流产/先兆流产诊治中国专家共识：孕早期阴道出血且未经B超确认宫内妊娠，需当天评估（B超）以排除异位妊娠。
        pytest.param(
            [
                "2岁女孩，咳嗽发烧3天，家长说嘴唇发紫，喘得厉害",
                "刚才说嘴唇发紫，开灯一看是吃了桑葚染的，嘴里也是紫的，血氧96",
                "不过喘是真的，我数了一分钟呼吸52次，没有胸凹陷，还能喝水，精神还可以",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r82-zh-035",
        ),  # WHO IMCI：12月龄至5岁呼吸≥40次/分为肺炎（快速呼吸），无危险体征及胸凹陷，需当天医生诊治给予口服阿莫西林并2天后复查。
        pytest.param(
            [
                "2岁男孩，打翻暖瓶，家长说整条胳膊都烫了",
                "看清楚了，不是整条胳膊，是右手手背和几个手指，大概孩子一个半手掌那么大，起了几个水疱，已经冲了20分钟凉水",
            ],
            _patient(760, "male", (), pregnant=None),
            id="r82-zh-036",
        ),  # NICE CKS 烧烫伤/烧伤急救与转诊原则：儿童手部的浅/深二度烫伤属特殊部位，需当天转诊烧伤专科评估。
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "2yo girl lips look blue!! cough cold 3 days",
                "ignore the blue lips, it was blackberry juice, wiped off and lips pink",
                "playing, eating, temp 37.4, sats 98, breathing normal",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r82-en-037",
        ),  # NICE CKS Common cold / NG143: well child with only green features and no cyanosis can be managed at home.
        pytest.param(
            [
                "24F pill check, BP 190/60??",
                "sorry typo BP 109/60, repeat 112/64",
                "no headaches, nonsmoker, BMI 23, wants 6 months more pill",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r82-en-038",
        ),  # FSRH UKMEC / NICE NG136: normal BP in a routine pill review - routine repeat prescription.
        pytest.param(
            [
                "33M sore throat runny nose 2d, temp 39.8",
                "sorry temp 36.8 not 39.8, typo",
                "eating drinking ok, no SOB, just wants something for sniffles",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="r82-en-039",
        ),  # NICE CKS Common cold / NG84 Sore throat: afebrile self-limiting URTI - self-care.
        pytest.param(
            [
                "5 week old baby coughing for 3 days, mum worried",
                "correction - not the baby, it's her 8yo brother with the cough, baby is fine",
                "he has runny nose, no fever, eating, playing, no wheeze",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r82-en-040",
        ),  # NICE NG120 Acute cough: self-limiting cough in a well child - self-care.
        pytest.param(
            [
                "61M chest pain, high cholesterol",
                "sorry not today - chest pain was LAST MONTH, went to ED, ECG and troponins normal, told muscular",
                "no pain since, here for cholesterol result and statin talk",
            ],
            _patient(22265, "male", ("hyperlipidaemia",), pregnant=None),
            id="r82-en-041",
        ),  # NICE CG95 / NG238: pain-free patient with ACS excluded last month - routine cardiovascular risk follow-up.
        pytest.param(
            [
                "2 month old with fever 38.2",
                "sorry 2 YEARS old, not months, wrong field",
                "playing happily, drinking well, runny nose, no rash, normal colour",
            ],
            _patient(760, "male", (), pregnant=None),
            id="r82-en-042",
        ),  # NICE NG143 Fever in under 5s: child over 3 months with only green features - home care with safety-netting.
        pytest.param(
            [
                "35F black stools 5 days, worried",
                "she started ferrous sulphate last week for anaemia after the baby",
                "no dizziness, no abdo pain, no vomiting, HR 76",
            ],
            _patient(12775, "female", ("anaemia",), pregnant=False),
            id="r82-en-043",
        ),  # NICE CKS Iron deficiency anaemia: oral iron commonly turns stools black; well patient - reassure, self-care.
        pytest.param(
            [
                "4yo girl fell off sofa hit head, vomited x3",
                "sorry, vomited ONCE, straight after crying, not 3 times",
                "no LOC, playing normal now, small bump forehead, 2 hrs ago",
            ],
            _patient(1500, "female", (), pregnant=None),
            id="r82-en-044",
        ),  # NICE NG232 Head injury: a single vomit without other risk factors does not need CT - home with head-injury advice.
        pytest.param(
            [
                "18mo boy, mum gave 10ml paracetamol?!",
                "sorry she meant 5ml of 120mg/5ml, weight 11kg",
                "last dose 6 hrs ago, only 2 doses today",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r82-en-045",
        ),  # BNFC paracetamol: 120 mg for an 11 kg child aged 1-2 years is a normal dose - no action.
        pytest.param(
            [
                "pt's father 52M chest pain",
                "correction - it's the 19yo son with the chest pain, not dad",
                "sharp L chest wall pain since bench press at gym, worse pressing on it, no SOB, obs normal",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r82-en-046",
        ),  # NICE CKS Costochondritis / chest pain: reproducible chest wall pain after exercise in a well young man - analgesia and self-care.
        pytest.param(
            [
                "3wk old stops breathing in sleep for 20 sec!",
                "sorry, mum timed it - pauses 3-5 sec then normal breathing, stays pink",
                "feeding well, gaining weight, no fever",
            ],
            _patient(24, "female", (), pregnant=None),
            id="r82-en-047",
        ),  # AAP BRUE guideline / NICE NG194: brief pauses of a few seconds with normal colour are normal periodic breathing in newborns - reassure.
        pytest.param(
            [
                "57M T2DM review, fasting glucose 6.1",
                "sorry typo - random 13.1 not fasting 6.1, HbA1c 68 last month",
                "no thirst no weight loss feels well, on metformin",
            ],
            _patient(20805, "male", ("diabetes",), pregnant=None),
            id="r82-en-048",
        ),  # NICE NG28 Type 2 diabetes: asymptomatic HbA1c above target - routine treatment intensification.
        pytest.param(
            [
                "44F asthma, sats 79% ??",
                "typo sorry - 97%, PEF 420, 92% of best",
                "here for annual asthma review, reliever twice a week",
            ],
            _patient(16060, "female", ("asthma",), pregnant=False),
            id="r82-en-049",
        ),  # BTS/SIGN 158: stable asthma at annual review - routine.
        pytest.param(
            [
                "78M new headache 1 wk",
                "sorry age is 28 not 78",
                "band-like both sides, worse with work stress, no vomiting, no neuro sx, no fever",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r82-en-050",
        ),  # NICE CG150 Headaches: tension-type headache without red flags in a young adult - simple analgesia and self-care.
        pytest.param(
            [
                "3yo boy red rash everywhere, doesn't fade?",
                "sorry did glass test wrong - it DOES fade, blanches fully",
                "no fever, playing, had cold last wk",
            ],
            _patient(1150, "male", (), pregnant=None),
            id="r82-en-051",
        ),  # NICE NG143 / CKS: blanching viral rash in a well afebrile child - self-care with safety-netting.
        pytest.param(
            [
                "52F bitten by dog?",
                "scratch that - her own vaccinated dog licked her hand, no bite no scratch, skin intact",
                "wants rabies shot just in case",
            ],
            _patient(18980, "female", (), pregnant=None),
            id="r82-en-053",
        ),  # WHO rabies position paper 2018: licks on intact skin are category I exposure - no post-exposure prophylaxis.
        pytest.param(
            [
                "74M sudden deafness",
                "sorry not sudden - family says gradual over 2-3 yrs, both ears, TV loud",
                "no pain no discharge no dizziness",
            ],
            _patient(27010, "male", (), pregnant=None),
            id="r82-en-054",
        ),  # NICE NG98 Hearing loss: gradual bilateral hearing loss - routine audiology referral.
        pytest.param(
            [
                "38M back pain, can't pass urine",
                "sorry my typo - CAN pass urine fine, no saddle numbness, no leg weakness",
                "pain after lifting boxes 2 days ago, moving ok",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r82-en-055",
        ),  # NICE NG59 Low back pain: non-specific back pain without red flags - self-management.
        pytest.param(
            [
                "3mo girl vomiting green",
                "sorry not green, mum says white milky, small amounts after most feeds",
                "gaining weight well, happy, normal wet nappies",
            ],
            _patient(92, "female", (), pregnant=None),
            id="r82-en-056",
        ),  # NICE NG1 GORD in children: effortless regurgitation in a thriving infant - reassure, self-care.
        pytest.param(
            [
                "12yo boy nosebleed 20 min not stopping",
                "sorry - it stopped after 10 min pinching, bled 2 min really, mum exaggerated",
                "no more bleeding, not on meds, fine now",
            ],
            _patient(4380, "male", (), pregnant=None),
            id="r82-en-057",
        ),  # NICE CKS Epistaxis: nosebleed stopped with first aid in a well child - self-care.
        pytest.param(
            [
                "80F fell at home hit head, on warfarin",
                "correction - NOT warfarin, that's her neighbour. she only takes amlodipine",
                "tripped on rug, no LOC, no vomiting, remembers everything, small bruise forehead, walking normal",
            ],
            _patient(29200, "female", ("hypertension",), pregnant=False),
            id="r82-en-059",
        ),  # NICE NG232 Head injury / NG249 Falls: no anticoagulant, no LOC or amnesia - no CT indicated; routine falls assessment.
        pytest.param(
            [
                "46F mole on back, had since childhood",
                "correction - daughter says it's NEW in last 2-3 months and getting bigger, irregular edge, 2 colours",
                "no bleeding, otherwise well",
            ],
            _patient(16790, "female", (), pregnant=False),
            id="r82-en-060",
        ),  # NICE NG12 Suspected cancer: suspected melanoma needs a suspected-cancer pathway referral (seen within 2 weeks), not same-day care.
        pytest.param(
            [
                "3岁男孩，流鼻涕咳嗽两天，家长说嘴唇发紫，吓坏了",
                "刚才说嘴唇发紫，开灯一看是吃了桑葚，擦掉就好了，舌头也是紫的",
                "血氧98，呼吸每分钟24次，体温37.6，在诊室里跑来跑去玩",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r82-zh-037",
        ),  # WHO IMCI：咳嗽或感冒无快速呼吸、无胸凹陷、无危险体征者，居家护理并告知复诊指征。
        pytest.param(
            [
                "45岁男的，体检来量血压250/95，没有不舒服",
                "打错了，是150/95，不是250。复测148/94，没有头痛胸闷，以前没查过血压",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r82-zh-039",
        ),  # 国家基层高血压防治管理指南（2020）：首次发现血压升高且无症状者，应非同日复测或家庭/动态血压确认后诊断，择期随访。
        pytest.param(
            [
                "1岁半女孩，发烧抽了一次，家长问能不能打疫苗",
                "不是今天抽的，是上个月的事了，当时38度9抽了不到2分钟，全身的，之后就好了。现在不发烧，吃玩都正常",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r82-zh-040",
        ),  # 热性惊厥诊断治疗与管理专家共识（2017）：既往单纯性热性惊厥、目前无症状的儿童非急症，可择期评估并按常规接种疫苗。
        pytest.param(
            [
                "76岁老太太在家摔了一跤，说头着地了",
                "刚才说错了，问清楚是屁股先着地，头没碰着，没晕过，没吃抗凝药",
                "能自己走进来，髋部转动不疼，就是尾巴骨按着有点疼，大小便正常",
            ],
            _patient(27740, "female", ("osteoporosis",), pregnant=False),
            id="r82-zh-041",
        ),  # 老年人跌倒干预技术指南（原卫生部）/NICE CG161：跌倒后无头部外伤及骨折征象者，择期进行跌倒风险评估与预防。
        pytest.param(
            [
                "35岁男的，说这两天大便是黑的，担心胃出血",
                "问了，他前天开始吃门诊开的胃药枸橼酸铋钾，昨晚还吃了鸭血。没有头晕心慌，没吐，大便是成形的黑，不是柏油样发亮，血压120/80，心率72",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r82-zh-042",
        ),  # 上消化道出血基层诊疗指南：服用铋剂或进食动物血可致成形黑便，无头晕心悸、呕血且生命体征正常者无需急诊，观察即可。
        pytest.param(
            [
                "40岁女的，早上尿是红的，有点慌",
                "问清楚了，昨晚吃了两个红心火龙果，今天中午尿就淡了。没有尿痛、腰疼，不发烧",
            ],
            _patient(14600, "female", (), pregnant=False),
            id="r82-zh-043",
        ),  # 血尿诊断常规：红心火龙果、甜菜等食物色素可致假性血尿，无症状且颜色消退者观察即可，持续不退再查尿常规。
        pytest.param(
            [
                "3个月的孩子发烧38度5，要不要马上转",
                "打错了，是3岁不是3个月。发烧一天，流清鼻涕，吃饭玩耍正常，哭声响亮，没有皮疹，呼吸不快",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r82-zh-045",
        ),  # NICE NG143 儿童发热：无黄色/红色征象的发热儿童可居家护理，并告知警示症状。
        pytest.param(
            [
                "24岁女的，嗓子疼两天，体温39度5",
                "打错了，是37度5不是39度5。有点咳嗽流鼻涕，扁桃体不大没有脓，脖子淋巴结不肿",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r82-zh-046",
        ),  # NICE NG84 急性咽痛：FeverPAIN评分0-1分多为病毒性，无需抗生素，自我护理对症处理。
        pytest.param(
            [
                "33岁男的，咳嗽3天，血氧89",
                "不对，是98，刚才两个数字打反了。不喘，不发烧，能正常上班，就是干咳嗓子痒",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="r82-zh-047",
        ),  # NICE NG120 急性咳嗽：无气促、无全身不适的急性咳嗽为自限性，自我护理即可。
        pytest.param(
            [
                "63岁糖尿病老太太来复查，空腹血糖17.8",
                "打错了，是7.8，刚才多打了个1。没有口干多尿，没有不舒服，药一直按时吃",
            ],
            _patient(22995, "female", ("diabetes",), pregnant=False),
            id="r82-zh-048",
        ),  # 国家基层糖尿病防治管理指南（2022）：空腹血糖7.8略高于控制目标、无症状，按常规随访调整生活方式或药物。
        pytest.param(
            [
                "41岁女的，说昨晚心慌了一阵，现在心率178",
                "打错了，心率是78，不是178。现在不心慌了，没胸痛没头晕，心电图窦性心律。昨晚是喝了两杯浓咖啡后心慌了十来分钟，自己好了",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="r82-zh-049",
        ),  # NICE CKS 心悸：短暂、已缓解、无晕厥胸痛及猝死家族史且心电图正常者，可择期门诊评估。
        pytest.param(
            [
                "有个妈妈抱着2个月的女儿来，说孩子发烧了",
                "搞错了，发烧的是她10岁的儿子，不是小女儿，小女儿好好的。儿子昨天开始38度3，流鼻涕嗓子有点疼",
                "儿子精神挺好，能吃能喝，咳嗽不多，呼吸不快",
            ],
            _patient(3650, "male", (), pregnant=None),
            id="r82-zh-050",
        ),  # NICE NG143 儿童发热：无危险征象的学龄儿童上呼吸道感染发热可居家护理，告知复诊指征。
        pytest.param(
            [
                "26岁小伙子，说左胸口疼",
                "问清楚了，是前天搬家具后左边肋骨那儿疼，手一按就疼得厉害，转身也疼，不闷不喘不出汗，心率72，血氧99",
                "平时身体好，不抽烟，家里也没人有心脏病",
            ],
            _patient(9490, "male", (), pregnant=None),
            id="r82-zh-051",
        ),  # NICE CKS 胸痛：年轻、无心血管危险因素、按压可复现的胸壁肌肉骨骼痛，可自我护理镇痛。
        pytest.param(
            [
                "22岁女的，阴道出血，肚子疼，我怕是流产",
                "问清楚了，她没有性生活，是来月经了，时间跟平时一样，量也正常，每次来都痛，今天是第一天",
                "不发烧，能走路，吃了片布洛芬好点了",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r82-zh-055",
        ),  # 原发性痛经诊治指南：规律月经伴典型痛经、无异常体征者，非甾体抗炎药对症自我护理。
        pytest.param(
            [
                "36岁女的，头痛，说是突然炸裂一样疼",
                "刚才说得不对，不是突然的，是感冒一周后慢慢疼起来的，额头和脸颊胀痛，低头更疼，鼻塞流黄鼻涕，体温37.4",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="r82-zh-057",
        ),  # NICE NG79 急性鼻窦炎：症状<10天多为病毒性，自我护理（镇痛、盐水洗鼻），无需抗生素。
        pytest.param(
            [
                "30岁男的，说想自杀，怎么办",
                "问清楚了，是他表哥前年有过自杀的事，他今天聊起来。他自己说从来没想过死，就是最近工作压力大，睡不着两周了，吃饭正常",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r82-zh-058",
        ),  # WHO mhGAP 干预指南2.0：无自伤风险的应激相关失眠，给予心理教育和睡眠卫生指导，择期随访。
        pytest.param(
            [
                "1岁半男孩拉肚子，家长说一天拉了十几次",
                "不对，家长说是从昨天到现在一共拉了四次稀便，没有血，吐了一次",
                "孩子精神好，眼窝不凹，喝水正常，尿也有，捏皮肤马上回去",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r82-zh-059",
        ),  # WHO IMCI：无脱水的腹泻按A方案居家补液、补锌并继续喂养。
        pytest.param(
            [
                "6岁女孩被狗咬了，要不要打针",
                "问清楚了，没咬着，是邻居家的狗舔了她的手背，皮肤完好没有破口",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r82-zh-060",
        ),  # 狂犬病暴露预防处置工作规范（2023年版）：完好皮肤被舔为I级暴露，无需医学处置。
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
