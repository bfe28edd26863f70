# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninety-eighth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of sport,
exercise and physical activity at all ages: collapse during exercise, commotio cordis, exertional
heat stroke, concussion, exertional rhabdomyolysis, dislocations, knee and ankle injuries, exercise-
induced anaphylaxis, anabolic steroids, PE class at school and square dancing; 12 emergencies, 24
same-day and 24 look-alikes a set). Before these fixes the rules found 9 of 12 and 11 of 12
emergencies, graded 12 of 24 and 9 of 24 same-day cases exactly (English, Chinese) and sent 0 and 0
look-alikes to emergency. Missed: a ball to the chest, "went straight down", a pulse "all over the
place" (commotio cordis); a shin "tense like a board" after leg day (exertional compartment
syndrome); anaphylaxis after "used her own adrenaline pen", feeling fine now; a knee that "popped
back" with no foot pulses and a cold foot.

What changed: a pulse "all over the place", "went straight down", a heart "thumping" and an
adrenaline pen "used her own" are read; a limb "tense like a board" is a tense compartment (a body
"stiff like a board" stays rigidity); a knee that went back by itself is a dislocation, 铲倒 a fall,
and 摸不到跳 a lost pulse; the sports injuries of the Chinese set are read in their words (肩头方方的, the
snuffbox, a septal haematoma, a tooth knocked out whole, a heel "kicked from behind", a pulled elbow
after swinging a child round). After: 12/12, 12/12; 12/24, 18/24; look-alikes 24/24, 24/24.

Left, graded emergency by the rules' sources: a faint during an 800 m run after weeks of exertional
chest tightness (r98-en-013), crushing chest tightness on a hill yesterday (r98-en-022), crescendo
exertional tightness this week (r98-zh-024), a spontaneous pneumothorax breathless on walking
(r98-en-026), a gush of fluid at 31 weeks (r98-en-029), headache with blurred vision on anabolic
steroids (r98-en-034), slowed and foggy after a knock to the head (r98-zh-015). Graded routine:
cola-coloured urine after a spin class (r98-en-014, r98-zh-016), a head knock with brief confusion
(r98-en-015), a limp with hip pain in a heavy boy (r98-en-018), a locked knee (r98-en-024), a tooth
knocked out in English (r98-en-028), a pulled elbow in English (r98-en-031), a swollen elbow after a
fall (r98-en-032, r98-zh-032), a dislocated finger (r98-zh-026), fluid leaking at 29 weeks
(r98-zh-029)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "16yo boy dropped during 5-a-side on the school pitch, nobody touched him",
                "teacher says he's making loud snoring noises every few secs but won't answer or open his eyes",
                "lips look grey, PE teacher can't find a pulse at the wrist",
            ],
            _patient(5840, "male", (), pregnant=None),
            id="r98-en-001",
        ),  # Resuscitation Council UK / ERC 2021 Basic Life Support: a person who is unresponsive with absent or abnormal (agonal, gasping) breathing is in cardiac arrest and needs EMS activation, CPR and an AED at once.
        pytest.param(
            [
                "12yo at softball club got hit in the middle of the chest by the ball",
                "went straight down for maybe half a minute, now sitting up but grey and sweaty",
                "pulse very fast and all over the place, says his heart is thumping",
            ],
            _patient(4520, "male", (), pregnant=None),
            id="r98-en-002",
        ),  # ERC 2021 Cardiac arrest in special circumstances (sport) and ESC 2020 sports cardiology guideline: a blunt chest blow causing collapse can trigger ventricular arrhythmia (commotio cordis); loss of consciousness with a persisting fast irregular pulse needs an AED at hand and immediate hospital transfer.
        pytest.param(
            [
                "runner brought to the first aid tent at the half marathon, around km 18",
                "skin hot and dry, ear temp 40.7, HR 148",
                "keeps asking the same question, can't tell us where he is, tried to walk off the wrong way",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r98-en-003",
        ),  # ACSM Expert Consensus Statement on Exertional Heat Illness (2023) and Chinese expert consensus on heat stroke (2019): core temperature above 40 C with CNS dysfunction during exercise is exertional heat stroke requiring immediate cooling and transfer.
        pytest.param(
            [
                "24 m did a huge leg day yesterday then ran 10k, right shin pain worse all night",
                "front of the shin tense like a board, painkillers not touching it",
                "screams when I move his toes, says top of foot going numb",
            ],
            _patient(8760, "male", (), pregnant=None),
            id="r98-en-004",
        ),  # BOAST 10 (British Orthopaedic Association) Diagnosis and management of compartment syndrome of the limbs: pain out of proportion, pain on passive stretch and a tense compartment need immediate surgical assessment for fasciotomy, and exertional cases occur without fracture.
        pytest.param(
            [
                "67 y f from the square dance group, had to stop dancing 30 min ago",
                "says her stomach feels heavy and her jaw aches, cold sweat, feels sick",
                "BP 98/60, P 54, not gone after sitting down",
            ],
            _patient(24455, "female", ("type 2 diabetes", "hypertension"), pregnant=False),
            id="r98-en-005",
        ),  # NICE CG95 Recent-onset chest pain of suspected cardiac origin, 1.1: current chest discomfort suspected to be acute coronary syndrome (atypical jaw/epigastric discomfort with sweating and nausea is common in women and diabetes) must be referred as an emergency.
        pytest.param(
            [
                "30f ran the 10k after a wheat noodle lunch, came out in hives halfway",
                "throat went tight and her voice croaky, friend used her own adrenaline pen on her thigh 15 min ago",
                "she says she feels fine now and wants to go home",
            ],
            _patient(10950, "female", ("allergic rhinitis",), pregnant=False),
            id="r98-en-006",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021): anyone with anaphylaxis who needed adrenaline must be taken to hospital for observation because of biphasic reactions, even if symptoms have resolved.
        pytest.param(
            [
                "9yo boy from PE, wheezing after the 800m run",
                "gave 10 puffs of his blue one via spacer, not much better",
                "only 2-3 words between breaths, SpO2 91% on air, looking tired",
            ],
            _patient(3345, "male", ("asthma",), pregnant=None),
            id="r98-en-007",
        ),  # BTS/SIGN 158 British guideline on the management of asthma, acute asthma in children: SpO2 below 92% with inability to complete sentences despite bronchodilator is severe/life-threatening asthma needing immediate hospital transfer.
        pytest.param(
            [
                "15yo m, clash of heads at rugby about 3pm, got up and carried on",
                "now 5pm, headache much worse, been sick twice",
                "mum says he keeps dozing off mid sentence and is hard to wake",
            ],
            _patient(5475, "male", (), pregnant=None),
            id="r98-en-008",
        ),  # NICE NG232 Head injury (2023): after a head injury, more than one episode of vomiting and a falling level of consciousness require immediate hospital transfer and CT within 1 hour.
        pytest.param(
            [
                "basketball player 25 landed awkward, knee bent sideways then clunked back by itself",
                "knee very swollen, foot below looks pale and feels cold compared to the other",
                "can't feel a pulse on top of the foot or behind the ankle bone",
            ],
            _patient(9125, "male", (), pregnant=None),
            id="r98-en-009",
        ),  # ATLS (American College of Surgeons) extremity trauma and BOAST guidance on knee dislocation: a spontaneously reduced knee dislocation with a cold foot and absent distal pulses indicates popliteal artery injury needing immediate vascular surgical care.
        pytest.param(
            [
                "34 m bodybuilder, taking yellow fat burner capsules from an online seller, label says DNP",
                "soaked in sweat, temp 39.5, HR 146, RR 30",
                "says he feels like he's cooking from the inside, very agitated",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r98-en-010",
        ),  # UK National Poisons Information Service (TOXBASE) guidance on 2,4-dinitrophenol: DNP causes uncontrolled hyperthermia and tachycardia with no antidote, so any symptomatic patient needs immediate hospital care.
        pytest.param(
            [
                "52 m at the gym doing heavy deadlifts, felt a sudden bang at the back of his head",
                "says worst headache of his life, hit full strength in seconds, vomited once",
                "neck feels stiff, this was 40 min ago",
            ],
            _patient(18980, "male", ("hypertension",), pregnant=None),
            id="r98-en-011",
        ),  # NICE NG228 Subarachnoid haemorrhage caused by a ruptured aneurysm (2022): a sudden severe headache reaching maximum intensity within 5 minutes (e.g. on exertion) needs immediate referral to the emergency department.
        pytest.param(
            [
                "41f marathon finisher, 5h40, says she drank water at every station plus extra bottles",
                "now muddled, vomiting, bad headache, rings tight on puffy fingers",
                "temp 37.1, she weighs more than at registration this morning",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="r98-en-012",
        ),  # Wilderness Medical Society Clinical Practice Guidelines for Exercise-Associated Hyponatremia (2019): confusion and vomiting after prolonged exercise with heavy fluid intake and weight gain indicate severe EAH needing hypertonic saline and immediate transfer, not more fluid.
        pytest.param(
            [
                "村小篮球场有个男孩打球突然倒了",
                "叫他不应，胸口一下一下往上抽气，隔好久才一口",
                "脸色发灰",
            ],
            _patient(5880, "male", (), pregnant=None),
            id="r98-zh-001",
        ),  # ERC Guidelines 2021 Basic Life Support: an unresponsive person with absent or abnormal (agonal, gasping) breathing must be treated as being in cardiac arrest, with EMS called and CPR started at once.
        pytest.param(
            [
                "体育课踢球，同学近距离一脚把球踢在他左胸口",
                "他站了两三秒就软倒在地上了",
                "现在喊不醒，嘴唇发紫，一直没动",
            ],
            _patient(4530, "male", (), pregnant=None),
            id="r98-zh-002",
        ),  # ERC Guidelines 2021 Cardiac arrest in special circumstances (commotio cordis, sports): collapse seconds after a blunt blow to the chest is ventricular fibrillation until proven otherwise and needs immediate CPR, AED and EMS.
        pytest.param(
            [
                "县里半马，离终点两公里有个跑者倒了",
                "扶起来会睁眼，但说话乱七八糟，问他在哪也答不上",
                "皮肤滚烫，肛温41.2",
            ],
            _patient(9325, "male", (), pregnant=None),
            id="r98-zh-003",
        ),  # ACSM Expert Consensus Statement on Exertional Heat Illness (2023) and Chinese Expert Consensus on Heat Stroke (2019): core temperature above 40°C with central nervous system dysfunction during exertion is exertional heat stroke, requiring immediate whole-body cooling and transfer to hospital.
        pytest.param(
            [
                "早上跑步跑到一半胸口压着疼，现在歇了半个多小时还没好",
                "满头大汗，疼到左胳膊",
                "抽烟二十年，他爸50岁心梗走的",
            ],
            _patient(16150, "male", ("高血脂",), pregnant=None),
            id="r98-zh-004",
        ),  # NICE CG95 Chest pain of recent onset 1.1.1: refer as an emergency anyone with suspected acute coronary syndrome who currently has chest pain.
        pytest.param(
            [
                "踢球时跟人头撞头，当时没晕",
                "回家以后吐了三次",
                "现在越来越迷糊，要大声喊好几次才睁眼",
            ],
            _patient(5535, "male", (), pregnant=None),
            id="r98-zh-005",
        ),  # NICE NG232 Head injury (2023) 1.2: after a head injury a GCS below 15, a falling level of consciousness or repeated vomiting needs transfer to the emergency department by ambulance.
        pytest.param(
            [
                "中午吃了面条和虾，饭后去操场跑步",
                "跑了15分钟全身起风团，说嗓子发紧",
                "现在声音嘶哑，头晕站不住，血压82/50",
            ],
            _patient(8060, "female", (), pregnant=False),
            id="r98-zh-006",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021) and WAO Anaphylaxis Guidance 2020: skin features with airway and circulatory compromise (food-dependent exercise-induced anaphylaxis) need IM adrenaline and emergency hospital transfer.
        pytest.param(
            [
                "体育课跑完步喘得厉害",
                "喷了万托林4下没缓解，说话只能一个词一个词往外蹦",
                "指脉氧89%，嘴唇有点紫",
            ],
            _patient(3750, "male", ("哮喘",), pregnant=None),
            id="r98-zh-007",
        ),  # BTS/SIGN 158 British guideline on asthma and GINA 2024: in a child SpO2 below 92%, inability to complete sentences and cyanosis despite bronchodilator mark severe/life-threatening asthma needing emergency transfer.
        pytest.param(
            [
                "广场舞跳到一半，说右手拿不住扇子，扇子掉地上了",
                "说话大舌头，嘴往左边歪",
                "大概半小时前开始的",
            ],
            _patient(24840, "female", ("高血压",), pregnant=False),
            id="r98-zh-008",
        ),  # NICE NG128 Stroke and TIA 1.1 and Chinese Stroke Association guidelines: sudden limb weakness, slurred speech and facial droop (FAST positive) need emergency transfer to a stroke centre for possible thrombolysis.
        pytest.param(
            [
                "全马跑完了，说一路怕中暑拼命喝水，喝了七八瓶",
                "现在一直吐，头疼，说话颠三倒四",
                "刚才手脚抽了一阵，一分钟左右",
            ],
            _patient(12660, "female", (), pregnant=False),
            id="r98-zh-009",
        ),  # Statement of the Third International Exercise-Associated Hyponatremia Consensus Conference (2015): vomiting, confusion or seizure after prolonged exercise with heavy fluid intake is severe EAH needing hypertonic saline and emergency transfer.
        pytest.param(
            [
                "踢球时被人铲倒，膝盖当时明显歪了，后来自己弹回去了",
                "现在膝盖肿得厉害",
                "脚背和内踝后面都摸不到跳，这只脚比另一只凉",
            ],
            _patient(8770, "male", (), pregnant=None),
            id="r98-zh-010",
        ),  # ATLS and BOAST guidance on knee dislocation: a knee that dislocated (even if spontaneously reduced) with absent foot pulses and a cold foot indicates popliteal artery injury, a limb-threatening emergency.
        pytest.param(
            [
                "早上打太极打到一半晕过去，几秒钟自己醒了",
                "现在坐着还说眼前一阵阵发黑",
                "脉搏36，很规整，血压96/58",
            ],
            _patient(28040, "male", ("高血压",), pregnant=None),
            id="r98-zh-011",
        ),  # ESC 2018 Guidelines on syncope: syncope during exertion or with persistent bradycardia below 40/min and ongoing presyncope is high-risk and needs immediate emergency department care and monitoring.
        pytest.param(
            [
                "健身的，在网上买了黄色的燃脂胶囊，吃了一个礼拜",
                "今天大汗淋漓，衣服全湿，体温39.6",
                "心率140多，喘得快，有点烦躁说胡话",
            ],
            _patient(9900, "male", (), pregnant=None),
            id="r98-zh-012",
        ),  # UK TOXBASE/NPIS and WHO alerts on 2,4-dinitrophenol (sold as yellow 'fat-burner' capsules): hyperthermia, profuse sweating, tachycardia and agitation indicate severe toxicity that is rapidly fatal and needs immediate hospital treatment.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "35f volleyball, landed on someone's foot, ankle rolled",
                "limping badly, could only manage 2 steps in clinic",
                "very sore pressing on the back edge of the outer ankle bone, swollen",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r98-en-016",
        ),  # NICE CKS Sprains and strains (Ottawa ankle rules): inability to bear weight for four steps or tenderness at the posterior edge/tip of the lateral malleolus needs an X-ray the same day.
        pytest.param(
            [
                "44m badminton, lunged and felt like someone kicked him in the back of the heel",
                "can walk flat but can't go up on tiptoe on that side",
                "squeezing his calf doesn't move the foot",
            ],
            _patient(16060, "male", (), pregnant=None),
            id="r98-en-017",
        ),  # NICE CKS Achilles tendinopathy: suspected Achilles tendon rupture (positive Simmonds squeeze test, unable to tiptoe) needs same-day referral to orthopaedics/ED.
        pytest.param(
            [
                "19m fell on outstretched hand playing basketball this morning",
                "wrist swollen on thumb side, tender in the hollow at the base of the thumb",
                "no deformity, fingers pink, moving them",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r98-en-019",
        ),  # NICE NG38 Fractures (non-complex): suspected scaphoid fracture (snuffbox tenderness after a fall on the outstretched hand) needs immobilisation and X-ray the same day.
        pytest.param(
            [
                "83f tripped at square dancing in the plaza, landed on her hand",
                "wrist bent like a dinner fork, very swollen, she's holding it",
                "fingers warm, can feel them, can wiggle them",
            ],
            _patient(30295, "female", ("osteoporosis",), pregnant=False),
            id="r98-en-020",
        ),  # NICE NG38 Fractures (non-complex): a suspected displaced distal radius fracture with intact circulation needs same-day X-ray and reduction through ED/fracture services.
        pytest.param(
            [
                "45m hit in right eye by a shuttlecock playing doubles 2 days ago",
                "today lots of new black floaters and flashes at edge of vision",
                "says a grey shadow is coming down from the top",
            ],
            _patient(16425, "male", ("myopia",), pregnant=None),
            id="r98-en-021",
        ),  # NICE CKS Retinal detachment: new flashes and floaters with a shadow or curtain in the visual field need same-day ophthalmology assessment.
        pytest.param(
            [
                "63f back from a 4 day hiking trip, left calf swollen and aching",
                "left calf 3.5 cm bigger than right, pitting at ankle",
                "no breathlessness, no chest pain, SpO2 98",
            ],
            _patient(22995, "female", (), pregnant=False),
            id="r98-en-023",
        ),  # NICE NG158 Venous thromboembolic diseases (2020): suspected DVT with Wells score 2 or more needs proximal leg vein ultrasound within 4 hours, or interim anticoagulation and a scan within 24 hours.
        pytest.param(
            [
                "8yo girl wheezy after PE lesson today",
                "RR 28, HR 112, talks in full sentences, SpO2 95%",
                "had 4 puffs of her reliever 20 min ago, a bit better but still tight",
            ],
            _patient(3020, "female", ("asthma",), pregnant=None),
            id="r98-en-025",
        ),  # BTS/SIGN 158 and GINA 2024, acute asthma in children: a moderate exacerbation (SpO2 92% or more, able to talk, HR and RR below severe limits) needs same-day clinician assessment with repeated bronchodilator and oral steroid.
        pytest.param(
            [
                "38m squash ball to the left eye 1 hr ago",
                "vision blurry that side, there's a level of blood at the bottom of the coloured part",
                "no cut, eye moves ok, bit of headache",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r98-en-027",
        ),  # College of Optometrists Clinical Management Guidelines, Hyphaema: traumatic hyphaema needs same-day referral to the hospital eye service.
        pytest.param(
            [
                "27m injects his own steroids from the gym into left buttock",
                "red hot lump 6cm, soft in the middle, very painful",
                "temp 38.3, HR 98, BP 126/80, alert",
            ],
            _patient(9855, "male", (), pregnant=None),
            id="r98-en-030",
        ),  # UKHSA guidance on injection site infections in people who inject drugs and NICE CKS Boils, carbuncles and staphylococcal carriage: a fluctuant injection-site abscess with fever needs same-day clinician review for drainage and antibiotics.
        pytest.param(
            [
                "58f slipped on the park running track, landed on her knee",
                "tender right on the kneecap, can't bend it past about 60 degrees",
                "came in leaning on her husband",
            ],
            _patient(21170, "female", (), pregnant=False),
            id="r98-en-033",
        ),  # Ottawa knee rules (NICE CKS Knee pain - assessment): age 55 or over, isolated patellar tenderness or inability to flex to 90 degrees needs a same-day X-ray.
        pytest.param(
            [
                "18m rugby, grazed knee on the pitch 3 days ago",
                "now redness spreading up the shin, hot and tender, about 10cm",
                "temp 38.0, HR 92, otherwise feels ok",
            ],
            _patient(6570, "male", (), pregnant=None),
            id="r98-en-035",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis with fever but no sepsis features needs same-day clinician assessment and antibiotics.
        pytest.param(
            [
                "69f, heart started fluttering while square dancing 3 hrs ago, hasn't stopped",
                "pulse irregular about 118, BP 134/82",
                "no chest pain, not breathless sitting, not dizzy",
            ],
            _patient(25185, "female", ("hypertension",), pregnant=False),
            id="r98-en-036",
        ),  # NICE CKS Atrial fibrillation / NICE NG196: new-onset AF of under 48 hours without haemodynamic instability needs same-day assessment for rate or rhythm control; instability would need emergency admission.
        pytest.param(
            [
                "中考体育练800米，跑到最后一圈突然倒了",
                "几秒就醒了，现在说没事，脉搏78",
                "以前没这样过",
            ],
            _patient(5190, "female", (), pregnant=None),
            id="r98-zh-013",
        ),  # NICE CG109 Transient loss of consciousness 1.3: refer within 24 hours for specialist cardiovascular assessment anyone with TLoC during exercise.
        pytest.param(
            [
                "打羽毛球往后一蹬，感觉有人从后面踢了脚后跟一下",
                "现在踮不起脚，走路拖着",
                "让他趴着捏小腿肚，脚不动",
            ],
            _patient(15450, "male", (), pregnant=None),
            id="r98-zh-014",
        ),  # NICE CKS Achilles tendinopathy (rupture section): suspected Achilles tendon rupture (positive Simmonds' calf squeeze test) needs same-day referral to ED or orthopaedics.
        pytest.param(
            [
                "打篮球摔了右手撑地，肩膀一下子塌下去了",
                "肩头方方的，胳膊不敢动，用左手托着",
                "手指头暖和，能动，摸着也有感觉",
            ],
            _patient(10955, "male", (), pregnant=None),
            id="r98-zh-017",
        ),  # NICE CKS Shoulder pain / BESS guidance: suspected anterior shoulder dislocation needs same-day X-ray and reduction in hospital; intact distal circulation and sensation mean it is not limb-threatening.
        pytest.param(
            ["跳绳崴了右脚", "现在走不了四步，得单脚跳", "外踝后边那块骨头一按就疼得叫"],
            _patient(13940, "female", (), pregnant=False),
            id="r98-zh-018",
        ),  # Ottawa ankle rules (NICE CKS Sprains and strains): bony tenderness at the posterior edge of the lateral malleolus or inability to bear weight for four steps requires an X-ray the same day.
        pytest.param(
            ["爬山下台阶扭了左膝", "膝盖肿，膝盖骨上面一按就疼", "弯不到90度，走不了四步"],
            _patient(20838, "male", (), pregnant=None),
            id="r98-zh-019",
        ),  # Ottawa knee rules (cited in NICE CKS Knee pain): age 55 or over, isolated patellar tenderness, inability to flex to 90° or to bear weight for four steps requires same-day X-ray.
        pytest.param(
            [
                "上完体育课开始喘，咳嗽",
                "喷了沙丁胺醇好一点，但听着还有哮鸣音",
                "能说整句话，指脉氧94%，心率110",
            ],
            _patient(4175, "female", ("哮喘",), pregnant=None),
            id="r98-zh-020",
        ),  # GINA 2024 management of exacerbations in primary care: a moderate exacerbation (talks in sentences, SpO2 90-95%, partial response to SABA) is treated with repeated SABA and oral steroid and reviewed by a clinician the same day.
        pytest.param(
            [
                "下午顶着太阳跳了两个钟头广场舞",
                "头晕没力气，吐了两次，一身汗",
                "人清楚，问话都答得对，体温38.3，血压102/64",
            ],
            _patient(27120, "female", ("高血压",), pregnant=False),
            id="r98-zh-021",
        ),  # Chinese Expert Consensus on Heat Stroke (2019) and WHO heat-health guidance: heat exhaustion without central nervous system dysfunction in an older person needs cooling, fluids and same-day medical assessment, escalating if not improving.
        pytest.param(
            [
                "练健美的，自己打了大半年的针剂长肌肉",
                "这三天左小腿肿胀疼，比右边粗了3厘米",
                "小腿肚一按就疼，不喘，胸口不疼",
            ],
            _patient(10785, "male", (), pregnant=None),
            id="r98-zh-022",
        ),  # NICE NG158 Venous thromboembolic diseases 1.1: suspected DVT with a likely Wells score needs a proximal leg vein ultrasound within 4 hours (or interim anticoagulation and scan within 24 hours).
        pytest.param(
            [
                "跳广场舞往后退绊了一跤，左手撑的地",
                "手腕肿得像个馒头，侧面看像把叉子",
                "手指头粉红，会动，有感觉",
            ],
            _patient(26175, "female", ("骨质疏松",), pregnant=False),
            id="r98-zh-023",
        ),  # NICE NG38 Fractures (non-complex): a suspected distal radius fracture with intact circulation needs same-day X-ray and reduction/immobilisation in ED or fracture clinic.
        pytest.param(
            [
                "奶奶牵着她两只手转圈玩，转着转着孩子哭了",
                "右胳膊垂着不肯抬，拿东西只用左手",
                "胳膊不肿也没变形",
            ],
            _patient(1190, "female", (), pregnant=None),
            id="r98-zh-025",
        ),  # NICE CKS / RCEM guidance on pulled elbow: a child who stops using the arm after a pull needs same-day assessment and reduction by a trained clinician, X-ray only if atypical.
        pytest.param(
            ["打羽毛球被球打到右眼", "看东西模糊，黑眼珠下面有一层红的，像积了血", "眼睛疼，怕光"],
            _patient(12825, "male", (), pregnant=None),
            id="r98-zh-027",
        ),  # NICE CKS Eye trauma / Royal College of Ophthalmologists: traumatic hyphaema or reduced vision after blunt eye injury needs same-day ophthalmology assessment.
        pytest.param(
            [
                "体育课跳山羊摔了，上面一颗门牙整颗掉出来了",
                "牙已经捡回来了，是换过的恒牙",
                "嘴里出血不多，人清醒",
            ],
            _patient(3425, "male", (), pregnant=None),
            id="r98-zh-028",
        ),  # IADT 2020 Guidelines for avulsion of permanent teeth: an avulsed permanent tooth should be replanted as soon as possible (ideally within 60 minutes), stored in milk and seen by a dentist at once, not an ambulance case.
        pytest.param(
            ["玩滑板摔了，右手掌撑地", "手腕大拇指那侧的小窝一按就疼", "手腕外形没变，活动有点疼"],
            _patient(7600, "male", (), pregnant=None),
            id="r98-zh-030",
        ),  # NICE NG38 Fractures (non-complex): suspected scaphoid fracture (anatomical snuffbox tenderness) should be immobilised and X-rayed the same day.
        pytest.param(
            [
                "踢球时脸被球砸了，流过鼻血",
                "现在两个鼻孔都不通气",
                "拿手电照鼻子里面，中间隔板两边鼓起来紫红色的",
            ],
            _patient(5130, "male", (), pregnant=None),
            id="r98-zh-031",
        ),  # NICE CKS Nosebleeds/ENT UK guidance on nasal trauma: a nasal septal haematoma must be drained by ENT the same day to prevent septal necrosis or abscess.
        pytest.param(
            [
                "孩子偏胖，踢球后右膝盖疼两三个礼拜了",
                "这几天走路一瘸一拐",
                "躺着把右腿往里转就转不动，一转大腿根疼",
            ],
            _patient(4845, "male", (), pregnant=None),
            id="r98-zh-033",
        ),  # NICE CKS Knee pain / BSCOS guidance: suspected slipped capital femoral epiphysis (knee or thigh pain with limp and reduced hip internal rotation in an adolescent) needs same-day orthopaedic assessment.
        pytest.param(
            [
                "踢假草皮摔了，大腿擦破一大片，五天前的",
                "现在周围红了一大圈，比昨天大，摸着烫",
                "今天发烧38.5，人精神还行",
            ],
            _patient(6455, "male", (), pregnant=None),
            id="r98-zh-034",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis with fever but no severe systemic illness needs same-day clinical assessment and antibiotics.
        pytest.param(
            [
                "舞蹈课转圈时左膝盖骨滑到外侧去了，腿伸直后自己回去了",
                "现在膝盖肿起来，不敢用力",
                "以前没出过这种事",
            ],
            _patient(5870, "female", (), pregnant=None),
            id="r98-zh-035",
        ),  # NICE CKS Knee pain - assessment (acute injury with rapid effusion) and Ottawa knee rules: a first patellar dislocation with haemarthrosis needs same-day X-ray to exclude osteochondral fracture.
        pytest.param(
            [
                "跳广场舞时被人碰了一下，坐地上了",
                "自己站起来了，能走几步但一瘸一拐，左大腿根疼",
                "腿不短，脚也没往外翻",
            ],
            _patient(29970, "female", ("骨质疏松", "高血压"), pregnant=False),
            id="r98-zh-036",
        ),  # NICE CG124 Hip fracture and NICE CKS: an older person with groin pain and difficulty weight-bearing after a fall needs same-day X-ray to exclude hip fracture even if able to walk.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "33f at the fun run finish, felt dizzy and sick, sweating a lot",
                "lay in the shade with legs up and drank, 30 min later feels better",
                "alert and chatting normally, temp 37.9, has passed urine",
            ],
            _patient(12045, "female", (), pregnant=False),
            id="r98-en-037",
        ),  # NHS Heat exhaustion and heatstroke: heat exhaustion that improves within 30 minutes of cooling and fluids needs no further care; confusion, no improvement or very high temperature would be heatstroke.
        pytest.param(
            [
                "14yo boy at sports day, standing in the sun for prize giving about 30 min",
                "said he felt hot, vision went fuzzy, then slumped, came round in seconds",
                "lying now, fine, pulse 72 regular, he wasn't running at the time",
            ],
            _patient(5110, "male", (), pregnant=None),
            id="r98-en-038",
        ),  # NICE CG109 Transient loss of consciousness: an uncomplicated faint with the 3 Ps (posture, provoking factor, prodrome) and not during exertion needs no further referral.
        pytest.param(
            [
                "13yo hit in the chest by a football kicked close range in PE",
                "winded for a minute, didn't fall or pass out",
                "sore spot left chest when pressed, breathing fine, pulse 80 regular, playing again",
            ],
            _patient(4745, "male", (), pregnant=None),
            id="r98-en-039",
        ),  # NICE CKS Chest pain (musculoskeletal chest wall pain) and AHA/ACC 2015 athlete eligibility statement on commotio cordis: a chest blow with no collapse, a normal regular pulse and localised tenderness is a chest wall contusion treated with simple analgesia.
        pytest.param(
            [
                "mum of 15yo footballer, his older brother died suddenly at 19 while swimming last year",
                "post mortem said the heart looked normal",
                "boy himself well, never fainted, no chest pain, mum wants him checked",
            ],
            _patient(5575, "male", (), pregnant=None),
            id="r98-en-040",
        ),  # ESC 2022 Guidelines on ventricular arrhythmias and prevention of sudden cardiac death: first-degree relatives of a young sudden arrhythmic death victim should have planned evaluation (ECG, echo, exercise test) in an inherited cardiac conditions service, an elective referral when asymptomatic.
        pytest.param(
            [
                "17m rugby, head knock 3 weeks ago, assessed at the time",
                "all symptoms gone for 2 weeks, back at school full days, no headache",
                "asking if he can go back to contact training",
            ],
            _patient(6205, "male", (), pregnant=None),
            id="r98-en-041",
        ),  # UK Concussion Guidelines for Non-Elite (Grassroots) Sport (2023): once symptom-free, a graduated return to sport is followed with no competitive play before day 21, a routine review rather than acute care.
        pytest.param(
            [
                "26f, third time she gets itchy bumps on chest and arms while running",
                "they go about an hour after stopping",
                "never any lip swelling, throat tightness, breathing trouble or dizziness; fine now, wants to know what it is",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r98-en-042",
        ),  # NICE CKS Urticaria and BSACI guidance: exercise-related urticaria without airway, breathing or circulation features is managed in primary care with antihistamines and routine allergy referral if food-dependent exercise reactions are suspected.
        pytest.param(
            [
                "15f coughs and gets tight chested after running in cold air since winter started",
                "settles on its own in 15-20 min",
                "seen today, no wheeze, SpO2 98, peak flow 420",
            ],
            _patient(5475, "female", (), pregnant=False),
            id="r98-en-043",
        ),  # GINA 2024 and BTS/SIGN 158: exercise-induced bronchoconstriction symptoms that resolve spontaneously need routine assessment (spirometry/challenge) and pre-exercise reliever, not acute care.
        pytest.param(
            [
                "28f did her first gym leg session 2 days ago, thighs and bum very sore, hard to sit on the toilet",
                "wee normal straw colour, no swelling",
                "no fever, just stiff",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r98-en-044",
        ),  # CHAMP exertional rhabdomyolysis guideline (2020): muscle soreness 24-72 hours after unaccustomed exercise without dark urine, swelling or weakness is delayed-onset muscle soreness managed with rest and gradual activity.
        pytest.param(
            [
                "40m twisted his ankle at football last night",
                "walked in with a limp, no tenderness over the ankle bones or the base of the 5th toe bone",
                "mild swelling outside of the ankle",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r98-en-045",
        ),  # NICE CKS Sprains and strains with the Ottawa ankle rules: able to bear weight with no bony tenderness means no X-ray is needed and the sprain is managed with PRICE and analgesia.
        pytest.param(
            [
                "22m volleyball, shoulder popped out again on a block 4 days ago, 3rd time this year",
                "put it back himself in the changing room straight away",
                "full movement, feeling over the outer arm normal, hand fine, wants physio",
            ],
            _patient(8030, "male", (), pregnant=None),
            id="r98-en-046",
        ),  # BESS/BOA patient care pathway for traumatic anterior shoulder instability (2015): recurrent instability after reduction with a normal neurovascular examination is referred routinely to physiotherapy/shoulder specialist.
        pytest.param(
            [
                "31f netball 5 days ago, twisted knee, heard a pop, swelled up within a couple of hours",
                "swelling going down, walking without crutches, knee feels wobbly turning",
                "not locked, straightens fully",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r98-en-047",
        ),  # NICE CKS Knee pain - assessment: suspected ACL rupture without locking, fracture or neurovascular deficit is referred non-urgently to orthopaedics/MSK with early physiotherapy.
        pytest.param(
            [
                "12yo boy plays football 4 times a week, sore bony bump just below the kneecap",
                "worse after matches and kneeling, no swelling of the joint",
                "no injury, no fever, walks normally",
            ],
            _patient(4630, "male", (), pregnant=None),
            id="r98-en-048",
        ),  # NICE CKS Knee pain - assessment (Osgood-Schlatter disease): a tender tibial tuberosity in an active adolescent without red flags is self-limiting and managed with activity modification, ice and analgesia.
        pytest.param(
            [
                "36m pulled his lower back doing deadlifts yesterday, spasm on the right",
                "pain doesn't go down the legs",
                "asked: no numbness between legs or around the bottom, waterworks and bowels normal, no leg weakness",
            ],
            _patient(13140, "male", (), pregnant=None),
            id="r98-en-049",
        ),  # NICE NG59 Low back pain and sciatica: back pain without red flags (no saddle anaesthesia, sphincter disturbance or progressive weakness) is managed with self-management, staying active and analgesia.
        pytest.param(
            [
                "11yo after PE shaky, finger prick 3.5",
                "gave juice, 15 min later 6.2, has eaten a sandwich",
                "fully alert, gone back to class",
            ],
            _patient(4015, "male", ("type 1 diabetes",), pregnant=None),
            id="r98-en-050",
        ),  # ISPAD 2022 Clinical Practice Consensus Guidelines (exercise; hypoglycaemia): mild post-exercise hypoglycaemia is treated with fast-acting carbohydrate and a recheck, and a child who recovers can carry on normal activity.
        pytest.param(
            [
                "26m gym goer, did a cycle of injected steroids, finished 2 months ago",
                "tender rubbery lumps behind both nipples, started during the cycle",
                "no discharge, no skin change, otherwise well",
            ],
            _patient(9490, "male", (), pregnant=None),
            id="r98-en-051",
        ),  # NICE CKS Gynaecomastia: bilateral tender subareolar enlargement linked to anabolic steroid use is assessed routinely (stop the drug, bloods); only a unilateral hard mass in men 50 or over needs suspected-cancer referral.
        pytest.param(
            [
                "17m in the school basketball team asking if creatine and whey protein are safe",
                "healthy, no kidney problems, no meds",
                "wants to bulk up before trials",
            ],
            _patient(6205, "male", (), pregnant=None),
            id="r98-en-052",
        ),  # International Society of Sports Nutrition position stand on creatine (2017): creatine monohydrate at recommended doses is safe in healthy people, so this is advice only.
        pytest.param(
            [
                "28f 20 wks pregnant, first baby, scans all normal",
                "used to swim 3 times a week, asks if ok to keep going",
                "no bleeding, no pains, feels well",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r98-en-053",
        ),  # WHO 2020 Guidelines on physical activity and sedentary behaviour (and RCOG advice): pregnant women without contraindications should do at least 150 minutes of moderate activity weekly and swimming is safe.
        pytest.param(
            [
                "86f dances in the square most evenings, both knees ache afterwards",
                "stiff about 15 min in the mornings, no swelling, no redness, no fall",
                "walks fine, wants to know if she should stop",
            ],
            _patient(31390, "female", ("osteoarthritis", "hypertension"), pregnant=False),
            id="r98-en-054",
        ),  # NICE NG226 Osteoarthritis in over 16s (2022): people with knee osteoarthritis should continue therapeutic exercise and activity, with self-care and analgesia when there are no red flags.
        pytest.param(
            [
                "61m had a heart attack and stent 3 months ago, finished cardiac rehab",
                "wants to restart tai chi and the square dance group",
                "no chest pain, not breathless on stairs, BP 128/78",
            ],
            _patient(22265, "male", ("coronary heart disease", "hypertension"), pregnant=None),
            id="r98-en-055",
        ),  # NICE NG185 Acute coronary syndromes (cardiac rehabilitation) and ESC 2020 sports cardiology guideline: stable patients after rehabilitation are encouraged to resume regular moderate exercise, discussed at routine follow-up.
        pytest.param(
            [
                "17m had glandular fever confirmed 2 weeks ago, feels better now",
                "wants to play in the rugby match on Saturday",
                "no tummy pain, no pain in left shoulder tip, not dizzy",
            ],
            _patient(6385, "male", (), pregnant=None),
            id="r98-en-056",
        ),  # NICE CKS Glandular fever: advise avoiding contact sports for at least 4 weeks after onset because of splenic rupture risk; without abdominal pain this is advice only.
        pytest.param(
            [
                "34m basketball caught the ball on his fingertip yesterday",
                "end of right ring finger drooping, can't straighten the tip himself",
                "mild swelling, no wound, nail ok",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r98-en-057",
        ),  # NICE CKS / BSSH guidance on mallet finger: a closed mallet injury is splinted continuously in extension and referred to the hand clinic within about a week, not the same day.
        pytest.param(
            [
                "17m sharp pain left chest since heavy bench press yesterday",
                "worse twisting or pressing on it, can point to one spot",
                "no breathlessness, never comes on running, pulse 70 regular, SpO2 99",
            ],
            _patient(6265, "male", (), pregnant=None),
            id="r98-en-058",
        ),  # NICE CKS Chest pain: localised chest wall pain reproduced by palpation and movement after a strain in a young person with normal observations is musculoskeletal and managed with analgesia and rest.
        pytest.param(
            [
                "17f cross-country runner, pain lower left shin 3 weeks, worse with running",
                "one sore spot on the bone, hurts to hop",
                "periods stopped 6 months ago, lost weight this season",
            ],
            _patient(6505, "female", (), pregnant=False),
            id="r98-en-059",
        ),  # IOC consensus statement on Relative Energy Deficiency in Sport (2023): a suspected bone stress injury with menstrual dysfunction needs offloading, imaging and planned assessment of energy availability, not same-day care.
        pytest.param(
            [
                "35m had a reaction while jogging after a seafood lunch last year, was in hospital",
                "allergy clinic said food plus exercise reaction, he has 2 adrenaline pens",
                "wants advice before a half marathon next month, well today",
            ],
            _patient(
                12775, "male", ("food-dependent exercise-induced anaphylaxis",), pregnant=None
            ),
            id="r98-en-060",
        ),  # EAACI Anaphylaxis guidelines (2021): people with previous food-dependent exercise-induced anaphylaxis need a planned review covering trigger-food avoidance before exercise, carrying two auto-injectors and an action plan.
        pytest.param(
            [
                "第一次去健身房练腿，第二天开始两条大腿酸疼",
                "下楼梯特别疼，但能走",
                "小便颜色正常，不发烧，腿不肿",
            ],
            _patient(12785, "female", (), pregnant=False),
            id="r98-zh-037",
        ),  # CHAMP/USU Clinical Practice Guideline for Exertional Rhabdomyolysis (2020): delayed-onset muscle soreness peaking at 24-72 hours with normal urine and no swelling is managed with self-care.
        pytest.param(
            [
                "打羽毛球崴了左脚",
                "外踝前面肿了一点，能自己走过来",
                "踝骨边上按了不疼，是前面软的地方疼",
            ],
            _patient(9945, "male", (), pregnant=None),
            id="r98-zh-038",
        ),  # Ottawa ankle rules (NICE CKS Sprains and strains): no bony tenderness and able to bear weight means no X-ray is needed; manage with PRICE self-care.
        pytest.param(
            [
                "体育课被篮球砸到脸，流鼻血",
                "捏住鼻子前面低头压了十分钟就止住了",
                "鼻子不歪，两边都通气，看东西清楚",
            ],
            _patient(2995, "male", (), pregnant=None),
            id="r98-zh-039",
        ),  # NICE CKS Nosebleeds: an anterior nosebleed that stops with 10-15 minutes of first-aid pressure, without deformity or septal swelling, needs only self-care advice.
        pytest.param(
            ["篮球传球砸到胸口，疼了一下", "没倒，接着打完了，呼吸正常", "就是胸口有点青，按着疼"],
            _patient(4245, "female", (), pregnant=None),
            id="r98-zh-040",
        ),  # ERC 2021 special circumstances (commotio cordis) and NICE CKS chest pain: a chest wall bruise after a ball strike without collapse, palpitations or breathing difficulty needs simple analgesia only.
        pytest.param(
            [
                "全程马拉松刚冲过终点就坐地上了，说腿软",
                "人很清醒，对答正常，肛温38.2",
                "躺下抬高腿十几分钟就好了，自己能走",
            ],
            _patient(16555, "male", (), pregnant=None),
            id="r98-zh-041",
        ),  # IIRM/ACSM consensus on exercise-associated collapse: collapse just after the finish line with normal mental status and core temperature below 40°C is postural and resolves with leg elevation and oral fluids.
        pytest.param(
            [
                "1型糖尿病的小姑娘，踢完球手抖出汗",
                "测血糖3.4，喝了一瓶果汁",
                "15分钟后复测6.2，人清醒，吃了面包",
            ],
            _patient(5300, "female", ("1型糖尿病",), pregnant=None),
            id="r98-zh-042",
        ),  # ISPAD Clinical Practice Consensus Guidelines 2022 (hypoglycaemia; exercise): level-1 hypoglycaemia in a conscious child is treated with fast carbohydrate and rechecked at 15 minutes; no hospital care is needed once recovered.
        pytest.param(
            [
                "跑步时身上起小疙瘩，痒，跑完半小时就消了",
                "嗓子不紧，不喘，不头晕",
                "这一个月跑步都这样",
            ],
            _patient(11090, "female", (), pregnant=False),
            id="r98-zh-043",
        ),  # EAACI/GA2LEN definition and management of chronic inducible urticaria: isolated exercise-triggered wheals without systemic symptoms need routine review and antihistamines, not emergency care.
        pytest.param(
            [
                "有哮喘的孩子，体育课跑步时咳了几声有点喘",
                "喷了两下沙丁胺醇，5分钟就好了",
                "现在不喘，说话正常，氧饱和98",
            ],
            _patient(5535, "male", ("哮喘",), pregnant=None),
            id="r98-zh-044",
        ),  # GINA 2024: exercise-induced symptoms that resolve with SABA signal the need to review asthma control and pre-exercise treatment at a routine visit.
        pytest.param(
            [
                "跳广场舞半年了，这两个月两个膝盖疼",
                "早上起来僵一会儿，十来分钟就好",
                "不红不烫，没摔过，能走能跳，就是上下楼疼",
            ],
            _patient(24290, "female", (), pregnant=False),
            id="r98-zh-045",
        ),  # NICE NG226 Osteoarthritis: activity-related knee pain with morning stiffness under 30 minutes in someone over 45 is clinical osteoarthritis, managed routinely with exercise and analgesia.
        pytest.param(
            [
                "三年前打篮球右肩脱过一次，在医院复位的",
                "之后投篮有时感觉肩膀要滑出去",
                "现在没脱，活动正常",
            ],
            _patient(9545, "male", (), pregnant=None),
            id="r98-zh-046",
        ),  # BESS/BOA Patient Care Pathway for traumatic anterior shoulder instability (2015): recurrent instability after an old dislocation needs routine referral to physiotherapy or a shoulder specialist.
        pytest.param(
            [
                "想报校篮球队，他表哥去年打球时猝死了，才22岁",
                "他自己跑跳都没事，没晕过，没胸口疼",
                "家里想查一查",
            ],
            _patient(7400, "male", (), pregnant=None),
            id="r98-zh-047",
        ),  # ESC 2020 Guidelines on sports cardiology: asymptomatic young people with a family history of sudden cardiac death should have pre-participation history, examination and ECG as a planned (routine) assessment.
        pytest.param(
            [
                "跑马拉松的，体检时脉搏46",
                "不头晕，没晕过，跑步时也没不舒服",
                "平时每周跑七八十公里",
            ],
            _patient(8930, "male", (), pregnant=None),
            id="r98-zh-048",
        ),  # International recommendations for ECG interpretation in athletes (2017) and ESC 2020 sports cardiology: asymptomatic sinus bradycardia of 30/min or more in trained athletes is a normal adaptation needing no further evaluation.
        pytest.param(
            [
                "练健身的，说去年打过几个疗程的睾酮针",
                "这两个月两边乳头下面都长了个小硬块，有点胀疼",
                "没别的不舒服",
            ],
            _patient(10530, "male", (), pregnant=None),
            id="r98-zh-049",
        ),  # NICE CKS Gynaecomastia: bilateral tender subareolar enlargement with a drug cause such as anabolic steroids needs routine assessment and stopping the drug; only a unilateral hard suspicious mass needs 2-week referral.
        pytest.param(
            [
                "体检肌酐112，平时健身，每天吃肌酸和蛋白粉",
                "没有高血压糖尿病，尿常规正常",
                "人没不舒服，尿量正常",
            ],
            _patient(11700, "male", (), pregnant=None),
            id="r98-zh-050",
        ),  # KDIGO 2024 CKD guideline: creatine supplements and high muscle mass raise serum creatinine without lowering GFR, so a mildly raised value in a well person is confirmed routinely (repeat test or cystatin C).
        pytest.param(
            [
                "跳广场舞转圈转得猛，回家躺下一翻身就天旋地转",
                "每次十几秒就好，坐起来也晕一下",
                "说话清楚，手脚有劲，走路稳，不头疼",
            ],
            _patient(26365, "female", ("高血压",), pregnant=False),
            id="r98-zh-051",
        ),  # NICE CKS Benign paroxysmal positional vertigo: brief positional vertigo without neurological signs is diagnosed with Dix-Hallpike and treated in primary care (Epley) routinely.
        pytest.param(
            [
                "想参加村里的广场舞队，来量血压",
                "今天坐着量了两次，152/92和148/90",
                "不头疼不胸闷，药一直在吃",
            ],
            _patient(25700, "male", ("高血压",), pregnant=None),
            id="r98-zh-052",
        ),  # Chinese Guidelines for the Prevention and Treatment of Hypertension (2018) and NICE NG136: asymptomatic BP below 180/110 needs routine treatment review, and moderate regular exercise is recommended.
        pytest.param(
            [
                "下午踢球天热，下场后两个小腿抽筋",
                "喝了点淡盐水，按了按好多了",
                "人清楚，不晕不吐，体温36.9",
            ],
            _patient(6225, "male", (), pregnant=None),
            id="r98-zh-053",
        ),  # ACSM Expert Consensus Statement on Exertional Heat Illness (2023): exercise-associated muscle cramps with normal mental status and temperature are treated with rest, stretching and salted oral fluids.
        pytest.param(
            [
                "跑了个半马，回来尿是深黄色的",
                "腿不怎么疼，不肿",
                "喝了两大杯水以后又去了一次，颜色淡多了",
            ],
            _patient(14720, "female", (), pregnant=False),
            id="r98-zh-054",
        ),  # CHAMP/USU Exertional Rhabdomyolysis guideline (2020): concentrated urine that clears with drinking, without muscle pain or swelling, reflects dehydration and is managed with oral fluids.
        pytest.param(
            [
                "这两天俯卧撑做多了，左胸口疼",
                "按胸骨边上那几个点就疼，转身抬胳膊也疼",
                "跑步时不加重，没晕过，不喘",
            ],
            _patient(6120, "male", (), pregnant=None),
            id="r98-zh-055",
        ),  # NICE CKS Chest pain / Costochondritis: reproducible chest wall tenderness in a young person without exertional pattern, syncope or breathlessness is musculoskeletal and managed with self-care.
        pytest.param(
            [
                "打篮球的男孩，右膝盖下面有个骨头包，跑跳后疼",
                "歇着就不疼，晚上不疼醒",
                "膝盖不肿，走路正常，不发烧",
            ],
            _patient(4580, "male", (), pregnant=None),
            id="r98-zh-056",
        ),  # NICE CKS Knee pain (children) / Osgood-Schlatter disease: a tender tibial tuberosity in an active adolescent without night pain or systemic features is managed with activity modification and self-care.
        pytest.param(
            [
                "三周前踢球撞到头，当时头晕头疼，歇了两周",
                "现在完全没症状了，上课也跟得上",
                "想问什么时候能回球队训练",
            ],
            _patient(6245, "female", (), pregnant=None),
            id="r98-zh-057",
        ),  # Amsterdam 2022 International Consensus Statement on Concussion in Sport: once symptoms have resolved the athlete follows a graduated return-to-sport strategy with routine clinical clearance.
        pytest.param(
            ["怀孕20周，问还能不能跳广场舞、快走", "一切都好，没出血，肚子不疼", "怀孕前就天天跳"],
            _patient(10235, "female", (), pregnant=True),
            id="r98-zh-058",
        ),  # WHO 2020 Guidelines on physical activity and RCOG guidance: women with uncomplicated pregnancy should continue at least 150 minutes of moderate activity a week.
        pytest.param(
            [
                "88岁的老爷子想跟着练八段锦",
                "去年在家摔过一次，没骨折",
                "现在走路慢点但稳，今天没不舒服",
            ],
            _patient(32180, "male", ("高血压", "膝骨关节炎"), pregnant=None),
            id="r98-zh-059",
        ),  # NICE guideline on falls in older people (CG161/NG249) and WHO 2020 physical activity guidelines: an older person with a fall in the past year should have a routine falls risk assessment, and balance and strength exercise such as tai chi is recommended.
        pytest.param(
            [
                "新兵训练跑步多了，两条小腿前面内侧酸疼",
                "一大片都疼，不是一个点",
                "歇两天就轻，晚上不疼",
            ],
            _patient(6670, "male", (), pregnant=None),
            id="r98-zh-060",
        ),  # NICE CKS/BJSM consensus on medial tibial stress syndrome: diffuse exercise-related pain along the inner tibia without focal bony tenderness or night pain is managed with relative rest and self-care.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
