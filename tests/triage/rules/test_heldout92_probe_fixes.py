# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninety-second held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of people
discharged from hospital or after a procedure in the last 30 days: stents, stroke, abdominal and
orthopaedic surgery, caesarean section, hysterectomy, TURP, thyroid surgery, endoscopy and
polypectomy, cataract surgery, tooth extraction, miscarriage and abortion care, an IUD, a cast; 12
emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules found 9 of 12 and 8
of 12 emergencies, graded 9 of 24 and 12 of 24 same-day cases exactly (English, Chinese) and sent 2
and 1 look-alikes to emergency. Missed: "tight heavy feeling middle of chest ... sweaty, grey" days
after stopping ticagrelor, a child screaming when the fingers in a cast are straightened (in both
languages), clot retention with HR 116 and BP 92/56 after a TURP, a bleed after polypectomy with p
118 bp 90/58, endophthalmitis after cataract surgery (只能看到手在晃, a white layer under the cornea), and
a neck swelling growing after thyroid surgery with a changed voice.

What changed: bleeding with signs of shock or a pulse above the systolic pressure is an emergency
whatever its source (BSG 2019: shock index over 1); worsening pain, falling sight or a hypopyon
after eye surgery is endophthalmitis (RCOphth), a red eye alone the same day; a growing neck after
thyroid surgery is a haematoma (DAS/BAETS 2022); in a plaster, "ibuprofen not touching it" and pain
on straightening the fingers are compartment syndrome; a fever between 2 days and 6 weeks after an
operation or an invasive procedure is seen the same day (NICE NG51, NG125); an operation wound red,
oozing or with pus is a surgical site infection (刀口一头发红渗液, "bit of yellow ooze"); a P2Y12 inhibitor
stopped is restarted today (ESC 2023); a heart attack or a stroke named a week or more ago is the
past, and a deficit "the same as at discharge" after a stroke is residual. After: 12/12, 12/12;
16/24, 21/24; look-alikes 24/24, 24/24.

Left: PID after an IUD with a temperature over 38 and worsening pain (r92-en-021, r92-zh-026) stays
an emergency (BASHH 2018: severe PID, admission); graded routine: a vault infection after
hysterectomy (r92-en-020) and vaginal bleeding on day 9 (r92-zh-035), a pulsatile groin lump after
an angiogram (r92-en-025), a chest infection after a stroke (r92-en-026), a tight cast without pain
on stretch (r92-en-030), a leaking hip wound (r92-en-033), a child drinking little after
tonsillectomy (r92-en-034), high sugars on prednisolone (r92-en-035), a blocked catheter
(r92-zh-033)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "61M, 2 stents put in 16 days ago, sent home on aspirin + ticagrelor",
                "says he stopped the ticagrelor 4 days ago cos his gums kept bleeding",
                "now tight heavy feeling middle of chest for 40 min, sweaty, grey looking, BP 104/70 HR 98",
            ],
            _patient(22265, "male", ("hypertension", "coronary heart disease"), pregnant=None),
            id="r92-en-001",
        ),  # ESC 2023 ACS guideline and NICE NG185: ongoing ischaemic-type chest pain, especially after stopping antiplatelet therapy soon after stenting (stent thrombosis risk), needs immediate emergency transfer for reperfusion.
        pytest.param(
            [
                "67F colonoscopy 3 days ago, 2cm polyp taken off",
                "since this morning passed lots of dark red blood with clots 3 times, nearly fainted on the toilet",
                "pale clammy, HR 112 BP 94/58",
            ],
            _patient(24455, "female", ("hypertension",), pregnant=False),
            id="r92-en-002",
        ),  # BSG 2019 acute lower GI bleeding guideline: an unstable bleed (shock index above 1) after polypectomy needs immediate hospital resuscitation and haemostasis.
        pytest.param(
            [
                "44F thyroid op 2 days ago, home since yesterday",
                "left side of neck next to the scar swelling up over last hour, feels tight",
                "voice gone croaky, noisy breathing when she breathes in, can't lie flat",
            ],
            _patient(16060, "female", (), pregnant=False),
            id="r92-en-003",
        ),  # DAS/BAETS 2014 guideline on neck haematoma after thyroid surgery: an expanding neck swelling with stridor or airway symptoms is life-threatening and needs immediate emergency management (SCOOP).
        pytest.param(
            [
                "29F CS 9 days ago, home since day 3",
                "tonight suddenly short of breath, sharp pain right side of chest when she breathes in",
                "sats 91% on air, HR 118, RR 28. left calf was sore 2 days ago",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="r92-en-004",
        ),  # RCOG Green-top 37b and NICE NG158: suspected pulmonary embolism in the puerperium with hypoxia and tachycardia requires immediate hospital assessment and treatment.
        pytest.param(
            [
                "58M ERCP yesterday for stones, let home this morning",
                "pain top of tummy going through to the back, worse and worse last 3h, vomiting",
                "BP 86/54 HR 124, tummy very tender, won't let me press",
            ],
            _patient(21170, "male", ("gallstones",), pregnant=None),
            id="r92-en-005",
        ),  # ESGE guideline on ERCP-related adverse events: severe abdominal pain after ERCP (pancreatitis or perforation) with hypotension needs immediate hospital evaluation and resuscitation.
        pytest.param(
            [
                "8yo boy, forearm in plaster since 2 days after he broke it",
                "mum says pain worse every hour, ibuprofen not touching it, screams when i gently straighten his fingers",
                "fingers swollen, numb, can't wiggle them",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r92-en-006",
        ),  # NICE NG38 fractures and BOAST compartment syndrome standard: pain out of proportion and pain on passive stretch under a cast mean suspected compartment syndrome, needing immediate surgical assessment.
        pytest.param(
            [
                "72M home 10 days ago after small stroke, his right hand was weak but getting better",
                "wife says since lunch about 1.5h his speech is muddled and he keeps dropping his cup",
                "face drooping on one side now, that's new. BP 178/96",
            ],
            _patient(
                26280, "male", ("hypertension", "atrial fibrillation", "stroke"), pregnant=None
            ),
            id="r92-en-007",
        ),  # NICE NG128 stroke: sudden new focal neurological symptoms (FAST positive) within the treatment window need immediate emergency transfer to a hyperacute stroke unit.
        pytest.param(
            [
                "24F had suction procedure for missed miscarriage 3 days ago",
                "bleeding heavy since this am, soaking a thick pad every 30-40 min, big clots",
                "fainted in toilet, now pale, HR 128 BP 88/50",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r92-en-008",
        ),  # NICE NG126 ectopic pregnancy and miscarriage: heavy bleeding with signs of haemodynamic compromise after miscarriage management needs immediate emergency hospital care.
        pytest.param(
            [
                "66M bowel op 8 days ago, part of colon removed and joined up, home day 5",
                "today confused, not making sense, tummy pain all over",
                "T 38.7, HR 126, RR 25, BP 98/60, sats 94%",
            ],
            _patient(24090, "male", ("bowel cancer",), pregnant=None),
            id="r92-en-009",
        ),  # NICE NG51 sepsis and RCP NEWS2: new confusion with NEWS2 of 7 or more after bowel anastomosis (possible leak) mandates emergency transfer.
        pytest.param(
            [
                "79M TURP 6 days ago, catheter out day 2",
                "since last night urine thick red with clots, now can't pass anything for 5h, big tender lump low tummy",
                "pale sweaty, HR 116 BP 92/56",
            ],
            _patient(28835, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="r92-en-010",
        ),  # BAUS/EAU guidance on TURP complications and NICE CKS acute urinary retention: secondary haemorrhage with clot retention and haemodynamic instability requires immediate hospital admission.
        pytest.param(
            [
                "6yo girl tonsils out 7 days ago",
                "woke up spitting bright red blood, mum says about half a cup already, keeps swallowing",
                "HR 130, pale, frightened",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r92-en-011",
        ),  # ENT UK post-tonsillectomy guidance: any secondary haemorrhage after tonsillectomy needs immediate hospital attendance because it can become life-threatening.
        pytest.param(
            [
                "53F had camera down with stretching of her gullet yesterday afternoon",
                "now bad pain behind breastbone going to back, hurts to swallow even water",
                "T 38.2, HR 112, skin of neck crackles when i press it",
            ],
            _patient(19345, "female", ("achalasia",), pregnant=False),
            id="r92-en-012",
        ),  # ESGE guideline on iatrogenic oesophageal perforation: chest pain, fever and subcutaneous emphysema after dilatation indicate perforation needing immediate hospital treatment.
        pytest.param(
            [
                "李大爷3周前县医院放了2个支架，出院带的药",
                "他说替格瑞洛太贵，上礼拜自己停了，只吃阿司匹林",
                "今早6点开始胸口闷压着，40多分钟了没缓，满头汗，含了一片硝酸甘油没用",
                "bp 98/60 p 104",
            ],
            _patient(22630, "male", ("冠心病", "高血压"), pregnant=None),
            id="r92-zh-001",
        ),  # ESC 2023 ACS guideline: ongoing ischaemic chest pain over 20 minutes unrelieved by nitrate after recent stenting with premature P2Y12 inhibitor discontinuation is suspected stent thrombosis/ACS requiring immediate emergency transfer for reperfusion.
        pytest.param(
            [
                "王阿姨前天做肠镜切了几个息肉，昨天回家的，平时吃阿司匹林",
                "今天上午开始解暗红色血便，已经4次，每次量不少，有血块",
                "刚才上厕所起来眼前发黑差点倒，脸白，p 118 bp 90/58",
            ],
            _patient(21170, "female", ("高血压",), pregnant=False),
            id="r92-zh-002",
        ),  # ESGE guideline on post-polypectomy bleeding: delayed bleeding with haemodynamic instability (tachycardia, hypotension, presyncope) requires immediate hospital resuscitation and endoscopic haemostasis.
        pytest.param(
            [
                "张叔昨天在市医院做的ercp取石，今天中午出院",
                "回来下午上腹痛得厉害，往后背穿，蜷着身子，吐了3次",
                "人有点烦躁，肚子摸着硬，p 122 bp 88/54 t 38.3 spo2 93%",
            ],
            _patient(24455, "male", ("胆结石",), pregnant=None),
            id="r92-zh-003",
        ),  # ESGE guideline on ERCP-related adverse events: severe abdominal pain after ERCP (pancreatitis or perforation) with shock and hypoxaemia requires immediate hospital assessment and resuscitation.
        pytest.param(
            [
                "产妇剖宫产第9天，出院在家坐月子",
                "刚才起床上厕所突然气短，右边胸口扎着疼，吸气更痛",
                "呼吸28次 心率124 血氧88% 嘴唇有点紫",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r92-zh-004",
        ),  # RCOG Green-top Guideline 37b: postpartum sudden breathlessness, pleuritic chest pain, tachycardia and hypoxaemia indicate suspected pulmonary embolism needing immediate hospital assessment and treatment.
        pytest.param(
            [
                "孩子昨天摔了左前臂，镇医院打的石膏",
                "家长说从半夜开始越来越疼，一直哭，布洛芬吃了也不管用",
                "手指肿得发亮，发凉，我轻轻帮他把手指伸直他疼得大叫，说手指发麻",
            ],
            _patient(4745, "male", (), pregnant=None),
            id="r92-zh-005",
        ),  # BOAST guidance on compartment syndrome / NICE NG37: pain out of proportion to the injury, pain on passive finger stretch and numbness under a cast indicate compartment syndrome requiring cast release and emergency surgical assessment.
        pytest.param(
            [
                "刘奶奶右眼白内障手术第3天",
                "昨天开始眼睛越来越疼，今天红得厉害，右眼只能看到手在晃",
                "黑眼珠下面好像有一层白的东西，眼皮也肿了",
            ],
            _patient(26280, "female", ("2型糖尿病",), pregnant=False),
            id="r92-zh-006",
        ),  # RCOphth guidance and NICE CKS red eye: increasing pain, marked loss of vision and hypopyon days after cataract surgery indicate endophthalmitis needing immediate emergency ophthalmology transfer for intravitreal antibiotics.
        pytest.param(
            [
                "病人甲状腺手术后第2天，今天上午刚出院",
                "下午刀口下面脖子越来越鼓，发紧",
                "说话声音变了，喘气有呼呼的声音，躺不下去只能坐着",
            ],
            _patient(16790, "female", ("甲状腺结节",), pregnant=False),
            id="r92-zh-007",
        ),  # BAETS / American Thyroid Association guidance: expanding neck swelling with stridor and orthopnoea after thyroidectomy is a compressive haematoma threatening the airway and needs immediate emergency decompression.
        pytest.param(
            [
                "老周前列腺电切术后第10天，尿管出院前拔了",
                "今天早上尿里血很多像红酒，有好多血块",
                "现在一点尿不出来，小肚子胀得鼓起来疼，坐不住",
                "脸发白 p 112 bp 100/62",
            ],
            _patient(27010, "male", ("前列腺增生", "高血压"), pregnant=None),
            id="r92-zh-008",
        ),  # EAU guidelines / BAUS TURP information: secondary haemorrhage after TURP with clot retention and tachycardia requires immediate hospital admission for catheterisation, bladder washout and resuscitation.
        pytest.param(
            [
                "陈伯结肠手术后第8天，出院2天",
                "昨晚开始肚子疼，越来越重，今天烧到39.1，肚子胀不排气",
                "人迷迷糊糊答非所问，呼吸26次，p 126 bp 92/60，手脚凉",
            ],
            _patient(25550, "male", ("结肠癌",), pregnant=None),
            id="r92-zh-009",
        ),  # NICE NG51 sepsis: after recent bowel surgery, new confusion and respiratory rate 25 or more are high-risk criteria (suspected anastomotic leak with sepsis) requiring immediate emergency transfer.
        pytest.param(
            [
                "赵奶奶上次脑梗左边手脚没劲，两周前出院",
                "她女儿说今天中午吃饭时突然说话含糊，右手拿不住筷子",
                "大概40分钟前开始的，现在右边嘴角也歪了",
            ],
            _patient(28470, "female", ("脑梗死", "房颤", "高血压"), pregnant=False),
            id="r92-zh-010",
        ),  # NICE NG128 / Chinese Stroke Association acute ischaemic stroke guideline: a new sudden focal deficit within hours of onset is a suspected recurrent stroke requiring immediate emergency transfer to a stroke centre.
        pytest.param(
            [
                "患者前天在卫生院吃药处理的稽留流产，昨天回家",
                "今天下午出血很多，2个小时湿透了5片夜用卫生巾",
                "刚才在厕所晕倒了一下，现在脸白出冷汗，p 124 bp 86/50",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r92-zh-011",
        ),  # WHO Abortion care guideline (2022) / RCOG: heavy bleeding soaking more than two pads an hour after medical management of miscarriage with syncope and hypotension requires immediate emergency care.
        pytest.param(
            [
                "老孙5天前心内科出院，新加了贝那普利",
                "早上起来嘴唇和舌头肿了，越来越大",
                "说话含含糊糊，说喉咙发紧，咽口水困难",
            ],
            _patient(24090, "male", ("高血压", "冠心病"), pregnant=None),
            id="r92-zh-012",
        ),  # NICE CKS angio-oedema: ACE-inhibitor angio-oedema involving the tongue and throat with voice change and difficulty swallowing threatens the airway and needs immediate emergency care.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "19M keyhole appendix op 5 days ago",
                "the cut at belly button red around it ~2cm, warm, bit of yellow ooze",
                "T 37.8 HR 88, eating ok, other pain settling",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r92-en-013",
        ),  # NICE NG125 surgical site infection: localised signs of wound infection without systemic compromise need clinical review and antibiotics the same day, not admission.
        pytest.param(
            [
                "84M TURP 12 days ago",
                "now stinging passing urine, going every hour, urine pinkish no clots, flow ok",
                "T 38.1 HR 94 BP 138/80, alert, eating",
            ],
            _patient(
                30660, "male", ("benign prostatic hyperplasia", "type 2 diabetes"), pregnant=None
            ),
            id="r92-en-014",
        ),  # NICE NG113/NG109 and NICE CKS UTI in men: febrile urinary infection after prostate surgery needs same-day assessment and antibiotics; low NEWS2 and no sepsis features so not emergency.
        pytest.param(
            [
                "31F 6 days post CS",
                "skin along the cut red and spreading about 2cm each side, sore, bit of cloudy fluid at one end",
                "T 37.9, HR 96, BP 112/70, breastfeeding fine",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r92-en-015",
        ),  # NICE NG194 postnatal care: signs of caesarean wound infection need same-day assessment; emergency only with sepsis features.
        pytest.param(
            [
                "68F knee replacement 11 days ago, on aspirin",
                "right calf swollen and tender since yesterday, 3cm bigger than left",
                "no chest pain no SOB, sats 98 HR 82",
            ],
            _patient(24820, "female", ("osteoarthritis",), pregnant=False),
            id="r92-en-016",
        ),  # NICE NG158 VTE: suspected DVT needs proximal leg vein ultrasound within 4 hours or interim anticoagulation and scan within 24 hours, i.e. same-day, no PE features.
        pytest.param(
            [
                "76F started warfarin when discharged after stroke 3 wks ago",
                "finger prick INR today 6.4",
                "no bleeding, no black stools, no new bruises, no headache",
            ],
            _patient(27740, "female", ("atrial fibrillation", "stroke"), pregnant=False),
            id="r92-en-017",
        ),  # BNF / NICE CKS oral anticoagulation: INR 5-8 without bleeding requires withholding 1-2 doses and dose review by a clinician the same day.
        pytest.param(
            [
                "81F home 9 days from medical ward, they started allopurinol there",
                "itchy red spotty rash over trunk and arms since yesterday",
                "no fever, no sores in mouth or eyes, no blisters, eating ok",
            ],
            _patient(29565, "female", ("gout", "chronic kidney disease"), pregnant=False),
            id="r92-en-018",
        ),  # BNF allopurinol and BSR gout guideline: stop allopurinol at the first sign of rash and review promptly (same day) to exclude severe hypersensitivity; no mucosal or systemic features so not emergency.
        pytest.param(
            [
                "47F gallbladder out by keyhole 6 days ago",
                "family say whites of eyes yellow since yesterday, wee dark like tea, stools pale",
                "some ache right upper tummy, T 37.2 HR 84 BP 126/78, no shivers",
            ],
            _patient(17155, "female", ("gallstones",), pregnant=False),
            id="r92-en-019",
        ),  # NICE CG188 gallstone disease: new obstructive yellowing after cholecystectomy suggests a retained duct stone needing same-day LFTs and surgical review; no fever/rigors so no cholangitis.
        pytest.param(
            [
                "38M back tooth out 2 days ago",
                "right cheek and under jaw swelling more since today, hot, T 38.3",
                "can open mouth 3 fingers, swallowing ok, breathing fine, no drooling",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r92-en-022",
        ),  # SDCEP Emergency Dental Care and NICE CKS dental abscess: spreading facial swelling with fever but no trismus, dysphagia or airway compromise needs same-day care.
        pytest.param(
            [
                "71F cataract op left eye 3 wks ago, was seeing well",
                "since this morning lots of new black floaters and flashing lights at edge of that eye",
                "no shadow or curtain, eye not painful or red",
            ],
            _patient(25915, "female", ("type 2 diabetes",), pregnant=False),
            id="r92-en-023",
        ),  # College of Optometrists / RCOphth guidance: new flashes and floaters need a same-day dilated retinal examination; without field loss it is not an immediate transfer.
        pytest.param(
            [
                "39F thyroid op 3 days ago, home yesterday",
                "pins and needles round lips and fingertips since this morning, comes and goes",
                "no cramps or spasm in hands, breathing fine, neck wound flat",
            ],
            _patient(14235, "female", (), pregnant=False),
            id="r92-en-024",
        ),  # Society for Endocrinology acute hypocalcaemia guidance: mild symptoms after thyroidectomy need same-day calcium check and oral replacement; tetany, seizures or arrhythmia would be emergency.
        pytest.param(
            [
                "88M had a catheter put in during hospital stay, home 1 wk",
                "bag empty for 4h, low tummy uncomfortable and full, urine leaking round the catheter",
                "no fever, obs normal",
            ],
            _patient(32120, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="r92-en-027",
        ),  # NICE CKS urinary catheter care: a blocked catheter with bypassing and suprapubic discomfort needs unblocking or change the same day.
        pytest.param(
            [
                "66F on warfarin, had lower tooth pulled this morning",
                "socket still oozing 4h later, bit on gauze 20 min twice, still red spit",
                "not dizzy, HR 80 BP 138/84, INR 2.6 yesterday",
            ],
            _patient(24090, "female", ("atrial fibrillation",), pregnant=False),
            id="r92-en-028",
        ),  # SDCEP Management of dental patients taking anticoagulants: post-extraction bleeding persisting despite pressure needs same-day dental review for local haemostasis.
        pytest.param(
            [
                "34F miscarriage managed with tablets 8 days ago",
                "bleeding had settled but since yesterday heavier again with clots, pad every 3h",
                "now smelly discharge, T 37.9, HR 94 BP 114/70",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r92-en-029",
        ),  # NICE NG126: after medical management of miscarriage, renewed heavier bleeding or signs of infection need same-day assessment for retained tissue/infection.
        pytest.param(
            [
                "49M stents 3 wks ago",
                "ran out of ticagrelor 2 days ago, pharmacy had none, still on aspirin",
                "no chest pain, no breathlessness, feels fine",
            ],
            _patient(17885, "male", ("coronary heart disease",), pregnant=None),
            id="r92-en-031",
        ),  # ESC 2023 ACS guideline: premature interruption of dual antiplatelet therapy in the first months after stenting is the strongest risk factor for stent thrombosis, so supply must be restored the same day.
        pytest.param(
            [
                "30F CS 8 days ago, midwife home check today",
                "BP 154/98 then 152/100 ten min later",
                "no headache, no visual problems, no pain under ribs, not on BP tablets",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r92-en-032",
        ),  # NICE NG133 hypertension in pregnancy: postnatal BP of 150/100 or more needs antihypertensive treatment started that day; 160/110 or symptoms would need hospital.
        pytest.param(
            [
                "6 day old boy, home from maternity ward day 2",
                "skin yellow down to tummy and thighs today, mum says more than yesterday",
                "breastfeeding every 3h, 6 wet nappies, alert, T 36.9",
            ],
            _patient(6, "male", (), pregnant=None),
            id="r92-en-036",
        ),  # NICE CG98 neonatal jaundice: in a baby older than 24 hours with suspected jaundice, bilirubin must be measured within 6 hours.
        pytest.param(
            [
                "病人肠道手术后11天，前天出院的",
                "今天换药发现刀口中间裂开一段，大概3厘米，流淡红色的水",
                "里面没看到肠子，体温37.1，吃饭正常，肚子不怎么疼",
            ],
            _patient(23360, "male", ("直肠癌",), pregnant=None),
            id="r92-zh-013",
        ),  # NICE NG125 surgical site infections / WHO surgical care guidance: partial superficial wound separation without evisceration or systemic signs needs same-day surgical review; visible bowel would be an emergency.
        pytest.param(
            [
                "病人10天前放的支架，出院带阿司匹林加替格瑞洛",
                "说吃替格瑞洛老觉得气不够喘，昨天起自己不吃了",
                "现在没胸痛，bp 132/80 心率76 血氧98",
            ],
            _patient(21170, "male", ("冠心病",), pregnant=None),
            id="r92-zh-014",
        ),  # ESC 2023 ACS guideline: interrupting DAPT in the first month after stenting carries a high stent-thrombosis risk and ticagrelor dyspnoea should be managed by switching, so the patient needs same-day medical review to restart a P2Y12 inhibitor.
        pytest.param(
            [
                "腹腔镜胆囊手术后第6天，肚脐那个小口子红肿",
                "挤一下有点黄脓出来，周围摸着热，红的有硬币那么大",
                "体温37.8 心率82，精神可以，吃饭正常",
            ],
            _patient(18980, "female", (), pregnant=False),
            id="r92-zh-015",
        ),  # NICE NG125 surgical site infections: a port-site infection with local cellulitis and pus but no systemic signs needs same-day assessment for drainage and antibiotics.
        pytest.param(
            [
                "胆囊切了8天，家里人说他眼睛发黄",
                "小便像浓茶，右上腹隐隐胀痛",
                "不发烧36.8，血压心率都正常",
            ],
            _patient(17520, "male", (), pregnant=None),
            id="r92-zh-016",
        ),  # Tokyo Guidelines 2018 / BSG gallstone guidance: new jaundice after cholecystectomy suggests a retained stone or bile duct injury needing same-day surgical assessment and liver tests; absent fever or shock it is not an emergency.
        pytest.param(
            [
                "电切术后拔尿管第5天",
                "这两天尿痛尿急，一会儿就要尿，尿有点浑",
                "今天体温38.0，没有寒战，bp 128/76 心率88，人清楚",
            ],
            _patient(25915, "male", ("前列腺增生",), pregnant=None),
            id="r92-zh-017",
        ),  # NICE NG109 lower UTI and NG51 sepsis: febrile UTI after urological instrumentation without further sepsis risk criteria needs same-day clinician assessment and antibiotics.
        pytest.param(
            [
                "剖宫产第8天，刀口一头发红渗液，有点味",
                "体温38.2，心率88，bp 110/70",
                "她说精神还行，奶水正常，恶露不臭",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="r92-zh-018",
        ),  # NICE NG194 postnatal care: signs of caesarean wound infection with fever but no sepsis red flags need same-day assessment and treatment.
        pytest.param(
            [
                "髋关节置换术后12天",
                "左小腿比右边粗了一圈，按着疼，摸着热",
                "不气短，不胸痛，spo2 97%",
                "出院带的利伐沙班她说吃完了就没再买",
            ],
            _patient(24820, "female", ("骨关节炎",), pregnant=False),
            id="r92-zh-019",
        ),  # NICE NG158 VTE: suspected DVT (unilateral calf swelling and tenderness) needs proximal leg ultrasound within 4 hours or interim anticoagulation and a scan within 24 hours; without PE features this is same-day, not ambulance.
        pytest.param(
            [
                "膝关节置换术后16天，刀口下段红了一片",
                "今天刀口有一点浑的液体渗出来，膝盖比前几天更疼",
                "体温37.9，心率86，其他还好",
            ],
            _patient(24090, "male", ("骨关节炎", "糖尿病"), pregnant=None),
            id="r92-zh-020",
        ),  # International Consensus on Periprosthetic Joint Infection / NICE NG157: early postoperative wound erythema with discharge and increasing pain after joint replacement needs same-day orthopaedic review before antibiotics.
        pytest.param(
            [
                "小腿骨折打石膏第6天",
                "今天石膏里面有股臭味，脚背那里石膏上透出一块黄褐色的印子",
                "体温37.6，脚趾颜色正常，能动，不麻",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r92-zh-021",
        ),  # BOA / NHS fracture cast-care guidance: foul smell or discharge coming through a cast suggests a pressure sore or wound infection and needs same-day cast review; neurovascular status is intact so not an emergency.
        pytest.param(
            [
                "老人上午拔了一颗牙，吃华法林的，拔之前没查inr",
                "到现在8个钟头一直渗血，咬纱布咬了2次、每次半小时都没止住",
                "bp 140/82 心率84，不头晕，嘴里没有大血块",
            ],
            _patient(25185, "female", ("房颤",), pregnant=False),
            id="r92-zh-022",
        ),  # SDCEP Management of Dental Patients Taking Anticoagulants or Antiplatelet Drugs: post-extraction bleeding not controlled by sustained pressure in a warfarin patient needs same-day dental or medical review and INR check.
        pytest.param(
            [
                "4天前拔的左下最里面那颗牙",
                "今天左脸肿起来，往下巴下面扩，嘴只能张开两指",
                "体温38.3，吞口水可以，说话正常，喘气不费劲",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r92-zh-023",
        ),  # NICE CKS dental abscess / SDCEP: spreading facial swelling with fever after extraction needs same-day assessment for drainage and antibiotics; airway compromise or inability to swallow would make it an emergency.
        pytest.param(
            [
                "5天前肠镜切了一个1厘米多的息肉",
                "今天大便带鲜血2次，量不多，纸上和便池里一点红",
                "不头晕，p 78 bp 126/78，肚子不疼",
            ],
            _patient(22265, "female", (), pregnant=False),
            id="r92-zh-024",
        ),  # ESGE guideline on post-polypectomy bleeding: minor delayed bleeding in a haemodynamically stable patient needs same-day assessment; instability would require emergency care.
        pytest.param(
            [
                "前列腺穿刺活检后第2天",
                "今天下午测体温38.2，排尿有点疼",
                "bp 132/78，心率86，呼吸18，人清醒，说话正常",
            ],
            _patient(24090, "male", ("PSA升高",), pregnant=None),
            id="r92-zh-025",
        ),  # EAU prostate cancer guideline / NICE NG51: fever after prostate biopsy indicates infection needing same-day assessment and antibiotics; hypotension, confusion or tachypnoea would make it an emergency.
        pytest.param(
            [
                "5天前清宫的",
                "这两天下面出血不多但有臭味，小肚子压着疼",
                "体温38.3 心率86 bp 112/70",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="r92-zh-027",
        ),  # WHO Abortion care guideline (2022) / RCOG early pregnancy loss guidance: fever with offensive discharge and uterine tenderness after uterine evacuation suggests infection or retained tissue needing same-day assessment and antibiotics.
        pytest.param(
            [
                "脑梗出院3周，左边偏瘫，能吃饭但喝水老呛",
                "这两天咳嗽，痰黄，昨晚体温38.1",
                "呼吸20，spo2 95%，bp 138/80，p 88，人跟平时一样清楚",
            ],
            _patient(29200, "male", ("脑梗死", "高血压"), pregnant=None),
            id="r92-zh-028",
        ),  # NICE NG138 pneumonia (CRB65 score 1) and NICE NG236 stroke rehabilitation: suspected aspiration pneumonia in a post-stroke patient with dysphagia needs same-day clinical assessment and antibiotics; no severity features for emergency.
        pytest.param(
            [
                "出院10天，新开的华法林每天一片半",
                "今天村里测inr 5.6",
                "没有出血，大便颜色正常，牙龈不出血，没摔跤",
            ],
            _patient(26645, "male", ("房颤",), pregnant=None),
            id="r92-zh-029",
        ),  # CHEST antithrombotic guideline / Chinese expert consensus on warfarin: INR between 4.5 and 10 without bleeding requires withholding warfarin and same-day dose adjustment with INR recheck.
        pytest.param(
            [
                "老太太出院1周，新加了比索洛尔",
                "这两天说没劲，起来走有点晕，没晕倒过",
                "心率46次/分 规整，bp 104/62，不胸痛不喘",
            ],
            _patient(29565, "female", ("心衰", "高血压"), pregnant=False),
            id="r92-zh-030",
        ),  # ESC 2021 heart failure guideline: symptomatic bradycardia after starting a beta-blocker needs same-day review and dose reduction; syncope or haemodynamic compromise would be an emergency.
        pytest.param(
            [
                "甲状腺全切后第4天",
                "今天说嘴唇周围和指尖麻麻的，一阵一阵的",
                "手没有抽筋，喘气正常，脖子不肿",
            ],
            _patient(15330, "female", (), pregnant=False),
            id="r92-zh-031",
        ),  # BAETS / American Thyroid Association: perioral and fingertip paraesthesia after total thyroidectomy indicates hypocalcaemia needing same-day calcium measurement and supplementation; tetany or laryngospasm would be an emergency.
        pytest.param(
            [
                "孩子阑尾手术出院3天，术后第7天",
                "又发烧了38.4，下腹不舒服，一直想解大便又拉不出多少",
                "刀口看着好好的，能喝水，心率90，精神一般",
            ],
            _patient(4380, "male", (), pregnant=None),
            id="r92-zh-032",
        ),  # WSES Jerusalem guidelines on acute appendicitis (2020): new fever with tenesmus after appendicectomy suggests a pelvic abscess needing same-day surgical review and imaging.
        pytest.param(
            [
                "左眼白内障术后3周，一直挺好",
                "昨天开始眼前突然好多黑点飘，还有闪光",
                "今天说左眼下面好像有一块灰的挡着，不疼不红",
            ],
            _patient(24090, "female", ("高度近视",), pregnant=False),
            id="r92-zh-034",
        ),  # NICE CKS retinal detachment: new flashes, floaters and a visual-field shadow require same-day ophthalmology assessment.
        pytest.param(
            [
                "8个月男宝，5天前做的疝修补",
                "刀口周围发红，摸着热，有一点黄色渗出",
                "体温38.0，吃奶好，哭声响亮，尿布湿的次数正常",
            ],
            _patient(243, "male", (), pregnant=None),
            id="r92-zh-036",
        ),  # NICE NG125 surgical site infections and WHO IMCI: a surgical wound infection with fever in an infant without general danger signs needs same-day assessment and antibiotics.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "64M stent via right wrist 9 days ago",
                "big bruise on forearm going yellow green, he is worried",
                "no lump, no swelling, hand warm, fingers move fine, no bleeding",
            ],
            _patient(23360, "male", ("coronary heart disease",), pregnant=None),
            id="r92-en-037",
        ),  # BCIS radial access patient guidance: bruising at the radial puncture site is common and resolves; only expanding swelling, bleeding or hand ischaemia need review.
        pytest.param(
            [
                "70F home 2 wks from cardio ward, stent + new tablets incl ticagrelor",
                "gets short spells of feeling she needs a deep breath, even sitting",
                "no chest pain, walks to market fine, no ankle swelling, sats 98 HR 68",
            ],
            _patient(25550, "female", ("coronary heart disease", "hypertension"), pregnant=False),
            id="r92-en-038",
        ),  # ESC guideline and ticagrelor SmPC: mild dyspnoea is a common, usually self-limiting side effect; continue the drug and review routinely unless heart failure signs.
        pytest.param(
            [
                "55M colonoscopy with 2 polyps removed yesterday",
                "one streak of blood on toilet paper this morning",
                "none since, stool brown, not dizzy, no tummy pain",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r92-en-039",
        ),  # BSG/ESGE post-polypectomy advice: a small amount of blood in the first days is expected; only larger bleeding, clots or dizziness need contact.
        pytest.param(
            [
                "41F keyhole gallbladder op 3 days ago",
                "pain in right shoulder tip, family worried it's her heart",
                "no chest pain, eating, passing wind, T 36.8 HR 78, wounds dry",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="r92-en-040",
        ),  # RCS/NHS laparoscopic cholecystectomy recovery information: shoulder-tip pain from residual gas is common for a few days and settles.
        pytest.param(
            [
                "33F 3 wks after CS",
                "bleeding now brownish and less, mum worried it hasn't stopped",
                "no smell, no fever, tummy not sore, wound healed",
            ],
            _patient(12045, "female", (), pregnant=False),
            id="r92-en-041",
        ),  # NICE NG194 postnatal care: lochia can last up to 6 weeks; only heavy bleeding, offensive smell or fever need assessment.
        pytest.param(
            [
                "73M cataract op R eye 2 days ago",
                "eye feels gritty and waters a bit",
                "vision clearer every day, no pain, not red, using drops as told",
            ],
            _patient(26645, "male", ("hypertension",), pregnant=None),
            id="r92-en-042",
        ),  # RCOphth cataract surgery information: mild grittiness and watering are expected; pain, falling vision or increasing redness need same-day review.
        pytest.param(
            [
                "22F wisdom tooth out this morning",
                "saliva pinkish, bit of ooze when she spits",
                "no steady bleeding, pain ok with ibuprofen, not dizzy",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r92-en-043",
        ),  # SDCEP post-extraction advice: blood-stained saliva for the first 24 hours is normal; apply pressure with gauze and seek care only if bleeding persists.
        pytest.param(
            [
                "71M TURP 2 wks ago",
                "urine pink again this morning after straining on the toilet",
                "no clots, passing well, good stream, no fever, no pain",
            ],
            _patient(25915, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="r92-en-044",
        ),  # BAUS TURP patient information: light bleeding at 10-14 days as scabs separate is common; drink more and seek help only with clots, retention or fever.
        pytest.param(
            [
                "45M left groin hernia repair 4 days ago",
                "bruising spread down into scrotum, purple",
                "soft, not getting bigger, no fever, passing urine ok, pain settling",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r92-en-045",
        ),  # RCS/British Hernia Society patient information: bruising tracking into the scrotum after groin hernia repair is common and settles over 1-2 weeks.
        pytest.param(
            [
                "69F home 3 wks after stroke",
                "tearful, tired all the time, not enjoying things",
                "eating, sleeping ok-ish, no thoughts of harming herself, no new weakness or speech change",
            ],
            _patient(25185, "female", ("stroke", "hypertension"), pregnant=False),
            id="r92-en-046",
        ),  # NICE NG236 stroke rehabilitation: screen for and treat post-stroke depression at routine review; no risk features so not same day.
        pytest.param(
            [
                "30F copper coil put in yesterday",
                "crampy period-like pains and light spotting",
                "no fever, pain eased with ibuprofen, no smelly discharge",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r92-en-047",
        ),  # FSRH intrauterine contraception guideline: cramping and spotting are common after insertion; fever or severe pain would need review.
        pytest.param(
            [
                "26F abortion with tablets 10 days ago",
                "still light bleeding, 1-2 pads a day, preg test still positive yesterday",
                "no fever, mild cramps, no smell, not dizzy",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r92-en-048",
        ),  # WHO Abortion care guideline 2022: bleeding may continue 2-3 weeks and urine pregnancy tests can stay positive for several weeks; routine follow-up unless heavy bleeding or infection signs.
        pytest.param(
            [
                "12yo boy cast on leg 1 wk",
                "very itchy inside cast, wants to poke a pencil in",
                "toes pink warm, moves them fine, pain not worse, no smell",
            ],
            _patient(4380, "male", (), pregnant=None),
            id="r92-en-049",
        ),  # NHS/BOA plaster cast care advice: itching is common, nothing should be pushed inside; pain, numbness or colour change would need review.
        pytest.param(
            [
                "66F knee replacement 2 wks ago, physio visiting today",
                "knee still swollen and warmer than the other one, stiff",
                "wound dry and closed, calf soft non tender, T 36.7",
            ],
            _patient(24090, "female", ("osteoarthritis",), pregnant=False),
            id="r92-en-050",
        ),  # NICE NG157 joint replacement: swelling and warmth around the new joint are expected for weeks; wound problems, fever or calf signs would need review.
        pytest.param(
            [
                "50M thyroid op 5 days ago",
                "voice hoarse and weak since the op, tires when talking",
                "breathing fine, no noisy breath, swallowing ok, neck flat, no tingling",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r92-en-051",
        ),  # BAETS guidance: voice change after thyroidectomy is common; persistent hoarseness is assessed by laryngoscopy at routine follow-up; stridor or neck swelling would be emergency.
        pytest.param(
            [
                "80F home 10 days, BP tablets changed, new amlodipine",
                "both ankles puffy by evening, down by morning",
                "no SOB, sleeps flat on 1 pillow, calves not sore",
            ],
            _patient(29200, "female", ("hypertension",), pregnant=False),
            id="r92-en-052",
        ),  # NICE NG136 and BNF amlodipine: dose-related ankle oedema is common and is managed at a routine medication review.
        pytest.param(
            [
                "60M after heart attack, home 3 wks, started on ramipril",
                "tickly dry cough for a week, annoying at night",
                "no fever, no SOB, no phlegm, sats 98",
            ],
            _patient(21900, "male", ("coronary heart disease",), pregnant=None),
            id="r92-en-053",
        ),  # NICE NG185 and BNF: ACE-inhibitor dry cough is managed by switching to an ARB at routine review.
        pytest.param(
            [
                "83M hernia op 6 days ago, on co-codamol",
                "not opened bowels for 4 days, bit bloated",
                "passing wind, eating, no vomiting, tummy soft",
            ],
            _patient(30295, "male", ("hypertension",), pregnant=None),
            id="r92-en-054",
        ),  # NICE CKS constipation: opioid-related constipation is managed with fluids and a laxative; vomiting, absent flatus or distension would need review.
        pytest.param(
            [
                "75M home 2 wks after stroke",
                "left arm still weak, same as when he left hospital, family asking about more physio",
                "no new weakness, speech same, face same, walking with stick as before",
            ],
            _patient(27375, "male", ("stroke", "atrial fibrillation"), pregnant=None),
            id="r92-en-055",
        ),  # NICE NG236 stroke rehabilitation: a stable residual deficit is managed by routine community rehabilitation referral; only new sudden symptoms need emergency care.
        pytest.param(
            [
                "49F hysterectomy 4 wks ago",
                "a little brownish discharge, few drops",
                "no smell, no fever, no pain, wound fine",
            ],
            _patient(17885, "female", (), pregnant=False),
            id="r92-en-056",
        ),  # RCOG 'Recovering well after hysterectomy': light brownish discharge for up to 6 weeks is normal.
        pytest.param(
            [
                "40M keyhole knee op 4 wks ago, asking about flying to see family next week",
                "his wife had a clot in the lung after her op last year so he's scared",
                "no leg swelling or pain, no SOB, walking normally",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r92-en-057",
        ),  # NICE NG89 VTE prevention: an asymptomatic patient needs only routine travel/VTE risk advice; a relative's history does not raise urgency.
        pytest.param(
            [
                "62F ERCP for stone 2 days ago",
                "last night had nausea and upper tummy discomfort for about an hour, gone now",
                "eating breakfast fine today, no pain, T 36.6 HR 72 BP 132/78",
            ],
            _patient(22630, "female", ("gallstones",), pregnant=False),
            id="r92-en-058",
        ),  # ESGE guideline on ERCP adverse events: post-ERCP pancreatitis requires new persistent pain; brief resolved discomfort with normal observations needs no action.
        pytest.param(
            [
                "17M appendix out 10 days ago",
                "feels a firm ridge under the scar, worried it's a hernia",
                "not red, not painful, doesn't bulge when he coughs, no fever",
            ],
            _patient(6205, "male", (), pregnant=None),
            id="r92-en-059",
        ),  # NHS/RCS wound-healing advice: a firm healing ridge under a scar is normal in the first weeks; redness, discharge or a bulge on coughing would need review.
        pytest.param(
            [
                "10 day old girl, home from hosp since day 2",
                "cord stump a bit sticky, some dried yellowish crust at the base",
                "skin around it not red, no swelling, feeding well, T 36.8, active",
            ],
            _patient(10, "female", (), pregnant=None),
            id="r92-en-060",
        ),  # WHO postnatal care recommendations and IMCI: dry cord care suffices when the surrounding skin is normal; redness extending to the skin or pus would indicate infection.
        pytest.param(
            [
                "病人2周前从手腕做的支架",
                "手腕扎针的地方到前臂一片青紫，现在发黄了",
                "不肿不疼，手指暖和，脉搏摸得到，手活动正常",
            ],
            _patient(21900, "male", ("冠心病",), pregnant=None),
            id="r92-zh-037",
        ),  # ESC/EAPCI consensus on radial access: resolving bruising at the radial puncture site without swelling, pain or hand ischaemia is expected and needs only reassurance.
        pytest.param(
            [
                "脑梗出院不到一个月，右手还没劲，跟出院时一样",
                "家里说他老唉声叹气，偶尔掉眼泪，晚上睡不好",
                "问了没有不想活的念头，饭能吃，也没有新的手脚麻木",
            ],
            _patient(25550, "male", ("脑梗死",), pregnant=None),
            id="r92-zh-038",
        ),  # WHO mhGAP / NICE NG236 stroke rehabilitation: post-stroke low mood without suicidal thoughts or new neurological deficit should be screened and managed at a routine appointment.
        pytest.param(
            [
                "出院2周，新加了阿托伐他汀20mg",
                "说两条大腿有点酸，爬楼没问题",
                "尿颜色正常，不是酱油色，没发烧",
            ],
            _patient(20075, "male", ("冠心病", "高脂血症"), pregnant=None),
            id="r92-zh-039",
        ),  # NICE CKS statins / NICE NG238: mild muscle aches on a statin without weakness or dark urine are reviewed at a routine appointment (CK if needed), not urgently.
        pytest.param(
            [
                "胆囊腹腔镜术后第2天出院",
                "她说右边肩膀酸疼，肚子有点胀",
                "不发烧，能吃稀饭，放屁了，刀口干净，眼睛不黄",
            ],
            _patient(17885, "female", (), pregnant=False),
            id="r92-zh-040",
        ),  # Royal College of Surgeons Get Well Soon (laparoscopic cholecystectomy): shoulder-tip pain and bloating from the gas in the first days are expected and settle with simple analgesia and walking.
        pytest.param(
            [
                "出院带了二甲双胍，刚吃一周",
                "大便有点稀，一天2次，肚子稍微胀",
                "没有血，不发烧，能吃能喝，不口干，空腹血糖7.8",
            ],
            _patient(22995, "female", ("2型糖尿病",), pregnant=False),
            id="r92-zh-041",
        ),  # ADA Standards of Care / NICE CKS type 2 diabetes: gastrointestinal upset is common when metformin is started and usually settles; taking it with food is self-care.
        pytest.param(
            [
                "阑尾手术3周了，刀口下面摸到一条硬硬的",
                "不红不肿，不疼，没流水",
                "不发烧，吃饭大便都正常",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r92-zh-042",
        ),  # Royal College of Surgeons Get Well Soon (appendicectomy): a firm healing ridge under the scar is normal; without redness, discharge or fever no review is needed.
        pytest.param(
            [
                "2岁男孩，3天前做的腹股沟疝手术",
                "刀口旁边和阴囊有点青紫，稍微肿，比昨天消了点",
                "孩子玩得好，吃饭正常，尿尿正常，没发烧",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r92-zh-043",
        ),  # NHS / BAPS inguinal hernia repair aftercare advice: mild bruising and scrotal swelling after hernia repair in a child are common and settle without treatment.
        pytest.param(
            [
                "剖宫产3周，刀口上面一片皮肤木木的没感觉",
                "刀口干的，不红，没流东西",
                "恶露褐色，比前几天少，没味，没发烧",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r92-zh-044",
        ),  # NICE NG194 postnatal care: numbness around a caesarean scar and decreasing brown lochia without fever or offensive smell are normal recovery.
        pytest.param(
            [
                "髋关节置换术后3周，她邻居手术后腿上长了血栓，她很担心",
                "两条小腿一样粗，软的，按着不疼",
                "每天走路锻炼，不气短，利伐沙班按时吃着",
            ],
            _patient(25915, "female", ("骨关节炎", "高血压"), pregnant=False),
            id="r92-zh-045",
        ),  # NICE NG89 and NG158 VTE: without unilateral leg swelling, tenderness or breathlessness DVT is not suspected; continue prescribed prophylaxis and mobilisation.
        pytest.param(
            ["子宫切除术后2周", "内裤上有一点点粉褐色的分泌物，量很少", "没异味，不发烧，肚子不疼"],
            _patient(18980, "female", ("子宫腺肌病",), pregnant=False),
            id="r92-zh-046",
        ),  # RCOG patient information Recovering well after hysterectomy: light pink-brown vaginal discharge for up to six weeks is expected.
        pytest.param(
            [
                "电切术后2周，尿管拔了一周",
                "这两天尿到最后有点淡红色，没血块",
                "尿得出来，尿线比以前粗，不发烧，每天喝水2000多",
            ],
            _patient(25185, "male", ("前列腺增生",), pregnant=None),
            id="r92-zh-047",
        ),  # BAUS TURP patient information: light bleeding around 10 to 14 days as the scab separates is expected; drink fluids and seek help only for clots or retention.
        pytest.param(
            [
                "甲状腺手术1周，声音有点哑，说多了累",
                "喝水不呛，喘气不费劲，脖子不肿",
                "嘴唇手指不麻",
            ],
            _patient(14235, "female", (), pregnant=False),
            id="r92-zh-048",
        ),  # BAETS / American Thyroid Association: mild hoarseness after thyroidectomy without stridor, dysphagia or neck swelling needs routine voice assessment if it persists.
        pytest.param(
            [
                "昨天肠镜切了2个小息肉",
                "今天肚子胀，老放屁",
                "早上大便纸上带了一丝血，后来没有了，肚子不疼，不发烧",
            ],
            _patient(20805, "male", (), pregnant=None),
            id="r92-zh-049",
        ),  # BSG / ESGE post-colonoscopy advice: bloating and a trace of blood on the first stool after polypectomy are expected; only ongoing bleeding, severe pain or fever need review.
        pytest.param(
            [
                "昨天做的胃镜，取了活检",
                "今天喉咙疼，咽口水有点痛",
                "没吐血，大便黄色，不发烧，吃东西可以",
            ],
            _patient(16425, "female", ("慢性胃炎",), pregnant=False),
            id="r92-zh-050",
        ),  # ASGE / BSG gastroscopy patient information: sore throat after upper endoscopy is common and self-limiting; haematemesis, melaena, chest pain or fever would need review.
        pytest.param(
            [
                "12天前做ercp取石放了支架，住院时淀粉酶高过，说是轻度胰腺炎",
                "现在肚子不疼了，吃饭好，不黄不发烧",
                "问支架什么时候拿",
            ],
            _patient(22995, "male", ("胆结石",), pregnant=None),
            id="r92-zh-051",
        ),  # ESGE guideline on biliary stenting: an asymptomatic patient with resolved mild post-ERCP pancreatitis and a plastic biliary stent needs routine planned stent removal or exchange.
        pytest.param(
            [
                "右眼白内障昨天做的",
                "今天说眼睛有点磨，像进了沙子，眼白有点红",
                "看东西比术前清楚，不怎么疼，按时点眼药",
            ],
            _patient(27375, "female", ("高血压",), pregnant=False),
            id="r92-zh-052",
        ),  # RCOphth cataract surgery patient information: mild grittiness and redness in the first days with improving vision is normal; increasing pain or falling vision would need urgent review.
        pytest.param(
            [
                "昨天拔的智齿",
                "口水里有点粉红，咬棉球一会儿就不渗了",
                "脸稍微肿，不发烧，张嘴吞咽都行",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r92-zh-053",
        ),  # SDCEP / NHS tooth extraction aftercare: pink-stained saliva and mild swelling for a few days after extraction are normal; gauze pressure is first aid.
        pytest.param(
            [
                "前天上的环",
                "小肚子一阵一阵有点坠痛，吃了布洛芬就好",
                "少量点滴出血，不发烧，白带不臭",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r92-zh-054",
        ),  # FSRH intrauterine contraception guideline / WHO MEC: cramping and spotting in the first days after IUD insertion are expected and managed with simple analgesia.
        pytest.param(
            [
                "10天前药流，孕囊当天就排出来了，医生看过",
                "现在少量出血，像月经快完那样",
                "自己测试纸还有浅浅的两道杠，她很慌",
                "不疼，不发烧，一天一片护垫都用不满",
            ],
            _patient(9125, "female", (), pregnant=False),
            id="r92-zh-055",
        ),  # WHO Abortion care guideline (2022): urine pregnancy tests can stay positive for up to 4 to 5 weeks after successful medical abortion; light bleeding without pain or fever needs only routine follow-up.
        pytest.param(
            [
                "7岁女孩右手腕打石膏第4天",
                "说里面痒，老想拿筷子往里捅",
                "手指粉红暖和，能动，不麻，抬高后肿消了",
            ],
            _patient(2555, "female", (), pregnant=None),
            id="r92-zh-056",
        ),  # BOA / NHS cast-care advice: itching under a cast is common (do not insert objects); pink, warm, mobile fingers without increasing pain are reassuring.
        pytest.param(
            [
                "出院带尿管3周了",
                "尿袋里的尿有点浑，有些絮状的",
                "不发烧，小肚子不胀不疼，尿一直在流，人跟平时一样",
            ],
            _patient(34675, "male", ("前列腺增生", "长期尿管"), pregnant=None),
            id="r92-zh-057",
        ),  # NICE NG113 catheter-associated UTI: cloudy urine or asymptomatic bacteriuria in a catheterised patient should not be treated; maintain fluids and routine catheter care.
        pytest.param(
            [
                "出院换了氨氯地平5mg，吃了2周多",
                "两个脚踝晚上肿，早上消",
                "两边一样，小腿不疼，不喘，晚上能平躺",
            ],
            _patient(24455, "female", ("高血压",), pregnant=False),
            id="r92-zh-058",
        ),  # NICE NG136 / CKS hypertension: bilateral ankle oedema is a common dose-related amlodipine side effect to review at a routine appointment.
        pytest.param(
            [
                "出院加了依那普利，十来天了",
                "老人晚上干咳，没有痰",
                "不发烧，不喘，嘴唇舌头不肿，spo2 97%",
            ],
            _patient(32850, "female", ("高血压", "慢性心衰"), pregnant=False),
            id="r92-zh-059",
        ),  # NICE NG136 / CKS ACE inhibitors: a persistent dry cough is a common ACE-inhibitor side effect managed by switching to an ARB at a routine review; no angio-oedema present.
        pytest.param(
            [
                "膝关节置换术后3周",
                "膝盖还有点肿，摸着比另一边热一点，做完康复锻炼更明显",
                "刀口干燥长得好，不发红，不发烧，一天比一天好",
            ],
            _patient(22630, "male", ("骨关节炎",), pregnant=None),
            id="r92-zh-060",
        ),  # NICE NG157 joint replacement / NHS knee replacement recovery advice: warmth and swelling of the knee for weeks after replacement with a dry wound, no fever and steady improvement is normal recovery.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
