# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-first held-out round (2026-12-07, at commit f4f6f97: two reviewers, 120 cases of what
reaches the family doctor by phone or message and is relayed into the chat: a daughter calling
about her mother, a carer, a school nurse or teacher, a roommate; voice messages, forwarded
results, photos described in words; callers who play it down; 12 emergencies, 24 same-day and
24 look-alikes a set). Before these fixes the rules found 11 of 12 emergencies in each set (a
man who sent goodbye texts, had gathered tablets and was drinking behind a locked door; an
ectopic pregnancy told by a roommate as 肚子右下边突然疼 with a faint and a period two weeks
late), graded 16 of 24 same-day cases exactly in each, and sent 1 look-alike to emergency (a
husband's fear of a stroke in carpal tunnel syndrome).

What changed: goodbye messages are suicidal intent and gathered means are a risk today (with
alcohol, an emergency); a question about self-harm answered "no plan" is answered, and a hyphen
inside a word no longer ends a reported question; a period late by days or weeks told after the
question, belly pain told by its quarter, redness spread a few centimetres or past the pen line,
"hasn't felt much kicking", a child's frequency and crying on passing urine, cameras in the walls
and talk through the TV, a chickenpox spot gone hot and red or its fever back (NICE CKS), slept
in contact lenses, a rusty nail driven into the sole and a coin swallowed (把硬币吞下去了) are
read; a relative's fear of a stroke is a suspected stroke unless face, arm and speech were asked
about and are normal; an asthma attack with full sentences (能说, to 能不能说整句话) is same day;
lochia dark in colour is not a sight problem. After: 12/12, 12/12; 22/24, 20/24; look-alikes
24/24, 24/24.

Left as the rules grade them, against the reviewers (each an emergency by its guideline): new
confusion with a urine infection in a care-home resident (r81-en-031; NICE NG51's high-risk
altered mental state), a toddler with dehydration "sleepier than usual" (r81-en-043; a softened
danger sign), fever with foul lochia on day 6 (r81-zh-008; puerperal sepsis, WHO 2022), a
diabetic toe gone black (r81-zh-031; NICE NG19: gangrene is referred at once), a pupil's written
wish not to live (r81-zh-053; WHO mhGAP) and giant cell arteritis with blurred sight (r81-zh-055;
BSR 2020: same-day steroids and an ophthalmologist)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "Son called: his mum (72) had a hip replacement 2 weeks ago, now at home. Her right calf has been swollen and sore for a few days. He wants a GP appointment next week.",
                "While still on the phone he mentioned she's been short of breath just sitting in the chair since this morning and her heart is racing.",
                'Also she just coughed up some blood-streaked phlegm. "She says it\'s only from the cough."',
            ],
            _patient(26280, "female", ("osteoarthritis",), pregnant=None),
            id="r81-en-002",
        ),  # NICE NG158 (Venous thromboembolic diseases): new breathlessness, tachycardia and haemoptysis after recent surgery with a swollen calf suggest pulmonary embolism — immediate hospital assessment by ambulance.
        pytest.param(
            [
                "School nurse phoning: 9 year old girl with known peanut allergy ate a cookie another child brought in. Her lips are swelling and she has hives on her neck.",
                "Nurse says the girl's voice has gone hoarse and she has started coughing and wheezing. School holds her adrenaline pen; the nurse asks if she should give an antihistamine first and call us back.",
            ],
            _patient(3285, "female", ("peanut allergy",), pregnant=None),
            id="r81-en-007",
        ),  # Resuscitation Council UK anaphylaxis guideline (2021): hoarseness and wheeze after allergen exposure are airway/breathing problems — give IM adrenaline immediately and call emergency services.
        pytest.param(
            [
                "Carer from Sunrise care home calling about Mr Evans (84). \"He's very drowsy and sweaty, won't really answer us.\" He had his insulin this morning but only ate half his breakfast.",
                "They checked his sugar: 2.1. They tried to give him juice but he isn't swallowing properly, it dribbles out of his mouth. They have no glucagon on the unit.",
            ],
            _patient(30660, "male", ("type 2 diabetes", "dementia"), pregnant=None),
            id="r81-en-009",
        ),  # NICE NG28 / JBDS hypoglycaemia guidance: severe hypoglycaemia with reduced consciousness and an unsafe swallow needs parenteral glucose or glucagon — call an ambulance now.
        pytest.param(
            [
                'Mum sent a message with a pic: "baby has fever 39.2 since the night, now little purple spots on his tummy and legs". Baby is 10 months.',
                'I asked her to press a glass on the spots — they don\'t fade. She says he is very floppy and not interested in his bottle, "maybe just tired from the fever?"',
            ],
            _patient(304, "male", (), pregnant=None),
            id="r81-en-011",
        ),  # NICE NG240 (Meningitis and meningococcal disease) / NG143: fever with a non-blanching purpuric rash in a floppy infant suggests meningococcal septicaemia — emergency transfer to hospital.
        pytest.param(
            [
                'Wife calling about her husband (45). "He got a sudden terrible headache at the gym while lifting, like someone hit him on the back of the head, worst ever." Started 1 hour ago.',
                "He has vomited twice, light hurts his eyes and his neck feels stiff. He never gets headaches. She asks if she can give him ibuprofen and bring him in tomorrow.",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r81-en-027",
        ),  # NICE CG150 (Headaches) / NICE NG228 (Subarachnoid haemorrhage): thunderclap headache peaking within minutes with vomiting and neck stiffness needs emergency hospital assessment for SAH.
        pytest.param(
            [
                "Wife called very worried about her husband (38, on sertraline). She found texts he sent to his brother saying sorry and goodbye.",
                "She says he has been saving his tablets and some of her sleeping pills, she found a bag of them in the car. He is drinking in the garage right now and has locked the door. \"He's probably just venting, he's done this before.\"",
            ],
            _patient(13870, "male", ("depression",), pregnant=None),
            id="r81-en-034",
        ),  # WHO mhGAP Intervention Guide (self-harm/suicide): goodbye messages, a plan, stockpiled means and intoxication indicate imminent risk — emergency services now and do not leave him alone.
        pytest.param(
            [
                "Neighbour phoning for Mr Li (67), he asked her to call because he doesn't like phones. \"He says it's just his stomach, indigestion from dinner, he wants some antacid.\"",
                "I asked what it feels like. She says he's holding his chest, says it's heavy like a weight and goes into his left arm, started about 30 minutes ago, and he looks grey and sweaty. The antacid did nothing.",
            ],
            _patient(24455, "male", ("hypertension", "smoker"), pregnant=None),
            id="r81-en-038",
        ),  # NICE CG95 (Chest pain of recent onset): ongoing heavy chest pain radiating to the arm with sweating for over 15 minutes suggests acute coronary syndrome — emergency ambulance (999/120).
        pytest.param(
            [
                'Voice message transcribed from grandma: "my grandson asthma very bad tonight he cant finish the sentence breathing very fast we gave the blue puffer ten puff no better"',
                "I called back. She says his lips look a bit blue and he's getting quiet and tired now, the wheeze isn't as loud as before.",
            ],
            _patient(2555, "male", ("asthma",), pregnant=None),
            id="r81-en-040",
        ),  # BTS/SIGN asthma guideline / GINA: unable to complete sentences, cyanosis, exhaustion and a quietening chest despite reliever are life-threatening asthma — call an ambulance.
        pytest.param(
            [
                "Daughter on the phone about her dad Mr Zhou (78). She says \"he's been a bit off since lunch, probably just tired, he didn't sleep well\". Asking if she can bring him tomorrow morning.",
                "I asked her to look at him while on the line. She says the left side of his mouth is drooping and his speech is slurred, \"like he's had a drink but he hasn't\". She first noticed it about 40 minutes ago.",
            ],
            _patient(28470, "male", ("hypertension", "atrial fibrillation"), pregnant=None),
            id="r81-en-046",
        ),  # NICE NG128 (Stroke and TIA): sudden facial droop and slurred speech are FAST-positive and need an emergency ambulance to a hyperacute stroke unit within the thrombolysis window.
        pytest.param(
            [
                'Friend messaging for Amy (24): "she has really bad pain low down on the right side of her tummy since this morning". Friend thinks it\'s period pain.',
                "I asked about periods: she's about 2 weeks late and had a little brown spotting today. She fainted in the bathroom 10 minutes ago and now says she has a strange pain at the tip of her shoulder.",
            ],
            _patient(8760, "female", (), pregnant=None),
            id="r81-en-050",
        ),  # NICE NG126 (Ectopic pregnancy and miscarriage): missed period with unilateral pain, collapse and shoulder-tip pain suggests ruptured ectopic pregnancy — immediate emergency hospital referral.
        pytest.param(
            [
                'Mum rang about her 3 week old daughter. "Her forehead felt warm so I checked, the ear thermometer says 38.3."',
                'She says baby is feeding okay and "seems fine, just a bit sleepier than normal". Asks if she can give baby paracetamol and wait until the morning.',
            ],
            _patient(21, "female", (), pregnant=None),
            id="r81-en-051",
        ),  # NICE NG143 (Fever in under 5s): any infant under 3 months with temperature 38°C or higher is a red feature needing immediate paediatric hospital assessment, not home management.
        pytest.param(
            [
                'Husband messaged on WeChat: "my wife is 34 weeks pregnant, she has a really bad headache since this morning, paracetamol not helping". Asks if she can just rest at home.',
                'I asked more. He says her face and hands have got very puffy since yesterday and she keeps saying she sees flashing lights. At her last check the midwife said her BP was "a little high, keep an eye".',
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r81-en-052",
        ),  # NICE NG133 (Hypertension in pregnancy): severe headache, visual disturbance and sudden oedema after 20 weeks suggest severe pre-eclampsia and need immediate obstetric hospital assessment.
        pytest.param(
            [
                "照顾赵爷爷的保姆打电话：“爷爷早上打完胰岛素没怎么吃饭，现在满头大汗，说胡话，不认人了”。",
                "我让她先喂点糖水，她说“喂不进去，含在嘴里就往外流，叫他也不太应”。",
            ],
            _patient(26430, "male", ("diabetes",), pregnant=None),
            id="r81-zh-002",
        ),  # 《中国2型糖尿病防治指南（2020年版）》：使用胰岛素者出现低血糖伴意识障碍、不能经口进食，为严重低血糖，不可强行喂食，需静脉葡萄糖，应立即呼叫120。
        pytest.param(
            [
                "邻居打电话来：“隔壁张大爷倒在院子里了，叫他光哼哼不睁眼，呼噜打得特别响”。",
                "我问能不能说话、手脚动不动，邻居说“叫不醒，左边胳膊腿软塌塌的，他家里人都在外地打工”。",
            ],
            _patient(28670, "male", ("hypertension",), pregnant=None),
            id="r81-zh-007",
        ),  # 《脑卒中基层诊疗指南》/急诊意识障碍处理原则：突发意识障碍、呼之不应伴一侧肢体瘫软属危重症，应立即拨打120并保持气道通畅、侧卧防误吸。
        pytest.param(
            [
                "小学班主任打来电话：二年级一个男孩吃了同学分的花生糖，十来分钟后嘴唇、眼皮都肿起来了。",
                "老师补充：“孩子说喉咙发紧，声音哑了，喘气有呼呼的声音，身上起了一片一片的风团”。",
            ],
            _patient(3040, "male", (), pregnant=None),
            id="r81-zh-009",
        ),  # 《严重过敏反应诊断和临床管理专家共识（2019年）》/WHO：接触可疑过敏原后迅速出现皮肤黏膜症状并累及气道（喉头发紧、声嘶、喘鸣），为严重过敏反应，需立即肌注肾上腺素并呼叫120。
        pytest.param(
            [
                "孕妇小刘的丈夫发微信：“她怀孕33周了，今天头疼得特别厉害，说眼前一闪一闪的看不清，脸和腿都肿”。",
                "他又发来血压计照片，描述是“165/112”，还说“上次产检说血压有点高，让在家多休息，休息一下行不行”。",
            ],
            _patient(10645, "female", (), pregnant=True),
            id="r81-zh-011",
        ),  # 《妊娠期高血压疾病诊治指南（2020）》：孕20周后血压≥160/110 mmHg伴持续头痛、视物模糊为重度子痫前期，随时可能子痫，需立即由120转运至有救治能力的医院。
        pytest.param(
            [
                "刘婶发微信：“跟老公吵了两句，他把地里打药的瓶子拿起来喝了一口，马上就吐了，现在说没事”。",
                "我问是什么药，她发照片说是“敌敌畏”，又说“他都吐干净了，应该没啥事吧，他不肯去医院”。",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r81-zh-027",
        ),  # 《急性有机磷农药中毒诊治临床专家共识（2016）》及WHO mhGAP自伤/自杀模块：口服有机磷农药不论量多少、当前有无症状，均需立即送医洗胃解毒并评估自杀风险，应呼叫120。
        pytest.param(
            [
                "邻居打来电话：“老周刚才吐了一大盆血，暗红色的，这两天拉的屎也是黑的”。",
                "我问人怎么样，邻居说“脸煞白，站起来就发晕，他有乙肝肝硬化好多年了”。",
            ],
            _patient(19740, "male", ("hepatitis_b", "cirrhosis"), pregnant=None),
            id="r81-zh-034",
        ),  # 《肝硬化门静脉高压食管胃静脉曲张出血的防治指南》/《急性上消化道出血急诊诊治流程专家共识》：大量呕血伴黑便、面色苍白、体位性头晕提示失血性休克风险，应立即呼叫120。
        pytest.param(
            [
                "一位妈妈发来语音转文字：“宝宝二十天了今天吃奶不好老是睡 叫不太醒 摸着身上烫 量了38.6度”",
                "我问有没有抽，她说没有，“就是没精神，奶也就吃了平时一半，是不是穿多了捂的”。",
            ],
            _patient(21, "female", (), pregnant=None),
            id="r81-zh-038",
        ),  # WHO IMCI小婴儿（0–2月龄）分类及NICE NG143：小婴儿发热、吃奶差、嗜睡/难以唤醒属可能严重细菌感染（红色警示），需立即紧急转诊住院。
        pytest.param(
            [
                "一个姑娘的室友打电话来：“她肚子右下边突然疼得厉害，刚才上厕所晕倒了一下”。",
                "我问月经情况，室友说“她说这个月推迟快两周了，这两天有一点点褐色的血，她自己说是来例假了”。",
            ],
            _patient(9580, "female", (), pregnant=None),
            id="r81-zh-040",
        ),  # 《输卵管妊娠诊治的中国专家共识（2019）》/NICE NG126：停经后突发下腹剧痛伴晕厥、少量阴道流血，提示异位妊娠破裂腹腔内出血，应立即拨打120。
        pytest.param(
            [
                "签约户王阿姨的女儿从城里打来电话，说她妈刚才视频时说话含含糊糊的，“嘴有点歪，右手拿筷子老往下掉”。",
                "我问什么时候开始的，她说“大概一个钟头前吃午饭的时候，我妈说可能就是累了，躺会儿就好，应该没啥事吧”。",
            ],
            _patient(24860, "female", ("hypertension",), pregnant=False),
            id="r81-zh-046",
        ),  # 《缺血性卒中基层诊疗指南（2021年）》及“中风120”：突发口角歪斜、单侧肢体无力、言语不清为疑似卒中，发病在时间窗内，应立即拨打120送有溶栓能力的医院。
        pytest.param(
            [
                "陈大爷的儿子打电话：“我爸老慢支这两天加重了，现在喘得一句话都说不完整，嘴唇发紫”。",
                "他说家里有个夹手指的血氧仪，“测出来82，我爸说老毛病了，喷两下药就好，不用折腾”。",
            ],
            _patient(24390, "male", ("copd",), pregnant=None),
            id="r81-zh-050",
        ),  # 《慢性阻塞性肺疾病基层诊疗指南（2018年）》/GOLD：急性加重出现静息明显呼吸困难、不能成句、发绀、SpO2<90%，属严重加重，需立即急诊转诊。
        pytest.param(
            [
                "一位奶奶打电话，声音很急：“孙子发烧39度多，刚才突然翻白眼，手脚一抽一抽的”。",
                "我问抽了多久，她说“从我拿起手机到现在，快六七分钟了，还在抽，叫他也不应”。",
            ],
            _patient(830, "male", (), pregnant=None),
            id="r81-zh-051",
        ),  # 《热性惊厥诊断治疗与管理专家共识（2017）》/WHO IMCI：惊厥持续超过5分钟应按惊厥持续状态处理，需立即呼叫120并止惊。
        pytest.param(
            [
                "李叔的老伴发微信：“老李说胃不舒服，凶口闷得慌，一身冷汗，吃了胃药也没用”。",
                "我问多久了，她回语音转文字：“半个多小时了 现在说左边肩膀和胳膊也酸 他不让叫车说是老胃病”",
            ],
            _patient(20540, "male", ("hypertension", "diabetes"), pregnant=None),
            id="r81-zh-052",
        ),  # 《急性心肌梗死基层诊疗指南（2019年）》：有危险因素者胸闷痛持续超过15–20分钟、伴大汗、放射至左肩臂，应考虑急性心梗，立即呼叫120，勿自行转运。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                'Wife on the phone: husband (55) came back from a 14-hour flight from Sydney 3 days ago, left calf painful and swollen, "he thinks he pulled a muscle on the plane".',
                "She measured: left calf about 3 cm bigger than the right and warm. No chest pain, no breathlessness, no coughing blood.",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r81-en-003",
        ),  # NICE NG158 (Venous thromboembolic diseases): suspected DVT needs same-day Wells score, D-dimer and ultrasound within 4 hours (or interim anticoagulation); no PE features, so not an ambulance.
        pytest.param(
            [
                'Daughter messaged: her mum (52) lost her job 2 months ago, isn\'t eating, cries a lot. Last night she said "everyone would be better off without me".',
                'I asked about a plan or self-harm. Daughter says no plan, mum said she wouldn\'t do anything because of the grandchildren, and family are with her at home today. Daughter wants a routine appointment "sometime".',
            ],
            _patient(18980, "female", (), pregnant=None),
            id="r81-en-008",
        ),  # WHO mhGAP (Self-harm/suicide) / NICE NG225: expressed thoughts that life isn't worth living, even without a plan, need same-day clinical assessment of suicide risk and a safety plan.
        pytest.param(
            [
                "Forwarding anticoag clinic result for Mr Brown (74, warfarin for AF): INR today 8.6. The lab phoned it through to reception.",
                "I called his daughter. She says he's fine — no bleeding from gums or nose, no black stools, no new bruises. He finished antibiotics for a chest infection last week.",
            ],
            _patient(27010, "male", ("atrial fibrillation",), pregnant=None),
            id="r81-en-012",
        ),  # NICE CKS Anticoagulation – oral / BNF warfarin guidance: INR above 8 without bleeding means stopping warfarin and giving oral vitamin K the same day with a repeat INR; no bleeding so no emergency.
        pytest.param(
            [
                'Grandmother phoned about her grandson (2). "He\'s had fever 5 days now, 39 at night, we give the fever medicine and it comes down."',
                'He\'s drinking and weeing, but his eyes are red, his lips are very red and cracked, and his hands look a bit puffy. "Just a virus I think, the last doctor said virus."',
            ],
            _patient(730, "male", (), pregnant=None),
            id="r81-en-015",
        ),  # NICE NG143 (Fever in under 5s): fever for 5 days or more is amber and red eyes, cracked lips and hand swelling suggest Kawasaki disease — same-day face-to-face clinical assessment.
        pytest.param(
            [
                'Voice-to-text from patient: "sore throat for 4 days getting worse worst on the left can barely open my mouth now voice sounds like a hot potato"',
                "I asked about breathing: he says breathing is fine, no noisy breathing, but swallowing even his spit hurts and he's not eating. Fever 38.7.",
            ],
            _patient(8030, "male", (), pregnant=None),
            id="r81-en-018",
        ),  # NICE CKS Sore throat – acute / NG84: unilateral pain with trismus and a 'hot potato' voice suggests quinsy needing same-day ENT referral; no airway compromise, so not an ambulance.
        pytest.param(
            [
                "Hospital lab result forwarded: Mrs Chen (68), CKD stage 3, on ramipril. Potassium 6.2 mmol/L (5.3 three months ago). Lab comment: sample not haemolysed.",
                "Daughter says she feels okay, no palpitations or weakness. She asks if it can wait until the kidney review next month.",
            ],
            _patient(24820, "female", ("chronic kidney disease", "hypertension"), pregnant=None),
            id="r81-en-020",
        ),  # UK Kidney Association hyperkalaemia guideline / NICE CKS: potassium 6.0–6.4 mmol/L without symptoms needs same-day clinical review, ECG and repeat test with medication review (6.5 or above would be an emergency).
        pytest.param(
            [
                'Daughter calling about her father (71). "He has had a cough and fever for 3 days, bringing up green phlegm, very tired."',
                "Home kit: temp 38.4, BP 132/80. He's not confused, talking normally. She counted his breathing at about 22 a minute, and he gets a bit breathless walking to the bathroom.",
            ],
            _patient(25915, "male", ("hypertension",), pregnant=None),
            id="r81-en-022",
        ),  # NICE NG138 / CG191 (Pneumonia in adults): suspected pneumonia in a 71-year-old with CRB-65 score 1 needs same-day face-to-face assessment to decide on antibiotics versus hospital referral.
        pytest.param(
            [
                'Patient messaged herself via the app: "my asthma is bad since the cold started, using the blue inhaler every 3-4 hours, chest tight".',
                'I asked her to do her peak flow: 290, her best is 470 (about 62%). She is talking in full sentences, no blue lips, not drowsy. "I\'ll just use my inhaler more and see."',
            ],
            _patient(9855, "female", ("asthma",), pregnant=None),
            id="r81-en-024",
        ),  # BTS/SIGN asthma guideline / GINA: peak flow 50–75% of best with rising reliever use is a moderate exacerbation needing same-day review and oral corticosteroids; no severe features.
        pytest.param(
            [
                'Patient\'s roommate messaged: "her right eye is very red and painful since she woke up, she slept in her contact lenses".',
                "She can't stand light, the eye is watering and vision is blurry on that side. Roommate sent a pic and says there's a small white spot on the coloured part of the eye.",
            ],
            _patient(8760, "female", (), pregnant=None),
            id="r81-en-032",
        ),  # NICE CKS Red eye: a painful red eye with photophobia, reduced vision and a corneal opacity in a contact lens wearer suggests microbial keratitis — same-day eye emergency referral.
        pytest.param(
            [
                'Patient\'s wife sent a pic via the app: "big red patch on his shin, hot to touch, started after he scraped it on the garden step 3 days ago".',
                "I asked: the redness has spread a few cm since yesterday (she drew a pen line), temp 37.9. He is walking about and eating normally, not confused. He wants to wait and see.",
            ],
            _patient(20440, "male", ("type 2 diabetes",), pregnant=None),
            id="r81-en-037",
        ),  # NICE NG141 (Cellulitis and erysipelas): spreading cellulitis with mild fever in a person with diabetes who is not systemically very unwell needs same-day review and antibiotics, not admission.
        pytest.param(
            [
                'Mr Ho called about his eye. "Since this morning I see lots of black floaters in my right eye like flies, and flashes of light at the side."',
                'He says now there\'s a grey shadow coming down from the top of his vision "like a curtain". No pain. He is very short-sighted. He wants to see the optician next week.',
            ],
            _patient(21170, "male", ("myopia",), pregnant=None),
            id="r81-en-041",
        ),  # NICE CKS Retinal detachment: flashes, new floaters and a curtain-like field defect need same-day referral to an ophthalmologist / eye emergency service.
        pytest.param(
            [
                "Husband called: wife is 30 weeks pregnant with their first baby. \"The baby's been quieter today, she hasn't felt much kicking since breakfast.\" It's now 4pm.",
                "He asks if she should drink cold water, lie down, and call tomorrow if still quiet. No pain, no bleeding.",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r81-en-042",
        ),  # RCOG Green-top Guideline 57 (Reduced fetal movements): after 28 weeks, reduced movements need same-day assessment in the maternity unit, not waiting until the next day.
        pytest.param(
            [
                'Text from patient\'s sister: "My sister Lina has burning when she pees since 2 days, now she has fever 38.6 and pain in her back on the right side below the ribs."',
                'She vomited once this morning but is drinking water and keeping it down now. Not pregnant, she did a test. Sister is asking for "the cystitis antibiotic" to collect from the pharmacy.',
            ],
            _patient(11680, "female", (), pregnant=False),
            id="r81-en-044",
        ),  # NICE NG111 (Pyelonephritis, acute): fever and loin pain with urinary symptoms suggest pyelonephritis needing same-day assessment and antibiotics; admission only with sepsis or inability to take fluids.
        pytest.param(
            [
                'Husband messaging, describing a photo: "painful blistery rash on her forehead on the left side going into the hair, started yesterday".',
                "I asked: there are a couple of blisters on the tip of her nose too, and her left eye is red and watery and feels gritty. She says her vision is unchanged.",
            ],
            _patient(24090, "female", (), pregnant=None),
            id="r81-en-045",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus with Hutchinson's sign and a red eye needs same-day oral antivirals and same-day ophthalmology assessment.
        pytest.param(
            [
                'Husband messaged: wife is 9 weeks pregnant, "she\'s been vomiting everything since yesterday, even water comes back up".',
                "She has only peed once today, very dark, and feels dizzy when she stands up. A pharmacy urine stick showed ketones ++.",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r81-en-049",
        ),  # RCOG Green-top Guideline 69 (Nausea and vomiting of pregnancy and hyperemesis gravidarum): unable to keep fluids down with ketonuria and dehydration needs same-day assessment for IV fluids and antiemetics.
        pytest.param(
            [
                "School nurse calling about a 5 year old girl: going to the toilet every half hour, crying when she pees, feels hot — 38.5 on the school thermometer.",
                "Mum is on her way to collect her. Girl is alert, drinking, no rash. Nurse asks if mum should just give paracetamol and book for next week.",
            ],
            _patient(1825, "female", (), pregnant=None),
            id="r81-en-053",
        ),  # NICE NG224 (UTI in under 16s): a child with fever and urinary symptoms needs a same-day urine test and clinical assessment for upper UTI, with prompt antibiotics.
        pytest.param(
            [
                'Mother phoned about her son (19). "For about 2 weeks he stays in his room, says the neighbours put cameras in the walls and talk about him through the TV."',
                "He has barely slept for 3 nights. She says he hasn't hurt anyone or mentioned harming himself or others, no drugs that she knows. He refuses to come in but would talk to a doctor on the phone. \"Maybe it's just exam stress.\"",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r81-en-054",
        ),  # WHO mhGAP (Psychoses) / NICE CG178: a probable first episode of psychosis needs prompt same-day clinical assessment and urgent early-intervention referral; no imminent risk, so not an emergency.
        pytest.param(
            [
                'Wife called: husband (41) came back from a work trip to Nigeria 10 days ago, "he has fever, shivering and headache since yesterday, probably flu".',
                "She says he didn't finish his malaria tablets. He's walking and talking normally, drinking okay, not confused, eyes not yellow.",
            ],
            _patient(14965, "male", (), pregnant=None),
            id="r81-en-055",
        ),  # UKHSA malaria guidance / WHO: any fever in a traveller returning from a malaria-endemic area needs same-day malaria testing; no severe features, so urgent rather than ambulance.
        pytest.param(
            [
                'Patient\'s husband messaged: "my wife has sore throat and fever 38.4 since last night, she just wants throat lozenges".',
                "I checked her record: she started carbimazole 5 weeks ago for Graves'. Husband says she also has some mouth ulcers.",
            ],
            _patient(13870, "female", ("hyperthyroidism",), pregnant=None),
            id="r81-en-056",
        ),  # NICE CKS Hyperthyroidism / MHRA carbimazole advice: sore throat, fever or mouth ulcers on carbimazole may mean agranulocytosis — stop the drug and do a same-day full blood count.
        pytest.param(
            [
                "District nurse forwarded: Mr Wu (63, diabetic) has had a sore under his big toe for 2 weeks, not painful because of his neuropathy.",
                "Today his daughter sent a picture: toe and front of foot red and swollen, some pus, bad smell. No fever, eating normally, sugars up to 15 the last 2 days.",
            ],
            _patient(22995, "male", ("type 2 diabetes", "peripheral neuropathy"), pregnant=None),
            id="r81-en-057",
        ),  # NICE NG19 (Diabetic foot problems): an infected diabetic foot ulcer needs same-day antibiotics and referral to the multidisciplinary foot service within 1 working day; no sepsis or limb threat, so not an ambulance.
        pytest.param(
            [
                'Dad sent a message: son (4) has had chickenpox for 5 days, "most spots are crusting now".',
                "But one spot on his tummy has become a hot red area about the size of his palm and is getting bigger, and the fever came back today at 38.8 after being gone 2 days. Still drinking and playing a bit.",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r81-en-058",
        ),  # NICE CKS Chickenpox: returning fever with spreading redness around a lesion suggests secondary bacterial (e.g. streptococcal) skin infection needing same-day assessment and antibiotics.
        pytest.param(
            [
                "Mum called: daughter (10) fell off her scooter onto her outstretched hand an hour ago.",
                'Wrist is swollen and tender over the bone, she won\'t move it because of pain, but fingers are pink and she can wiggle them. Mum: "probably a sprain, kids bounce" — asks about ice and waiting.',
            ],
            _patient(3650, "female", (), pregnant=None),
            id="r81-en-060",
        ),  # NICE NG38 (Fractures, non-complex): bony tenderness, swelling and refusal to move the wrist after a fall need same-day X-ray at urgent care; circulation is intact, so no ambulance.
        pytest.param(
            [
                "小学老师打电话：“我们班一个女娃放学路上被村口一条野狗咬了小腿，破皮流血了”。",
                "老师说“已经用自来水冲了一下，家长说孩子去年打过什么疫苗，不知道是不是狂犬的”。",
            ],
            _patient(3700, "female", (), pregnant=None),
            id="r81-zh-003",
        ),  # 《狂犬病暴露预防处置工作规范（2023年版）》：被来源不明犬只咬伤致皮肤破损出血为Ⅲ级暴露，需尽快（当日）彻底冲洗消毒伤口、接种狂犬病疫苗并使用被动免疫制剂。
        pytest.param(
            [
                "一位婆婆打电话：“儿媳妇怀孕两个多月，这三天吃啥吐啥，喝口水都吐”。",
                "我问尿多不多，她说“今天就上了一回厕所，颜色很深，人没劲，站起来发晕，我们那儿都说害喜都这样”。",
            ],
            _patient(10005, "female", (), pregnant=True),
            id="r81-zh-012",
        ),  # 《妊娠剧吐的诊断及临床处理专家共识（2015）》/RCOG GTG 69：孕早期呕吐不能耐受口服液体、尿少色深、头晕，提示脱水/酮症，需当日评估补液并查尿酮体电解质。
        pytest.param(
            [
                "一个年轻媳妇发微信：“这两天尿频尿疼，今天开始发烧38.8，右边腰疼，刚才吐了一次”。",
                "我问有没有怀孕可能，她说“没有，刚来过例假，就想问问能不能自己买点消炎药吃”。",
            ],
            _patient(11335, "female", (), pregnant=False),
            id="r81-zh-015",
        ),  # NICE NG111/《尿路感染基层诊疗指南》：尿路刺激症状伴发热、腰痛、呕吐提示急性肾盂肾炎，需当日面诊、查尿并开始抗生素，评估能否口服。
        pytest.param(
            [
                "老宋的女儿打电话：“我爸说左眼前面突然飘了好多黑点点，还老看到闪光”。",
                "我问看东西有没有被挡住，她说“他说左眼下边像拉了一道帘子，挡住了一块，他自己说是老花了”。",
            ],
            _patient(21575, "male", ("myopia",), pregnant=None),
            id="r81-zh-018",
        ),  # NICE CKS视网膜脱离：新发飞蚊症、闪光感伴幕帘样视野缺损，需当日转诊眼科。
        pytest.param(
            [
                "在县城上班的小吴发微信来问：“右眼又红又疼，怕光，一直流眼泪，看东西有点糊”。",
                "我问戴不戴隐形眼镜，她说“戴的，前天戴着睡了一晚，应该就是上火吧，滴点眼药水行吗”。",
            ],
            _patient(8860, "female", (), pregnant=False),
            id="r81-zh-020",
        ),  # NICE CKS红眼：佩戴隐形眼镜者出现眼痛、畏光、视力下降，需考虑微生物性角膜炎，当日转诊眼科。
        pytest.param(
            [
                "老郑发微信：“这两天药吃完了没去拿，今早量血压190/115，复量还是185/112”。",
                "我问有没有胸痛、手脚麻、说话不清，他说“都没有，就后脑勺有点沉，眼睛看得清”。",
            ],
            _patient(23245, "male", ("hypertension",), pregnant=None),
            id="r81-zh-022",
        ),  # 《中国高血压防治指南（2018年修订版）》：血压显著升高而无急性靶器官损害为高血压亚急症，需当日就诊恢复/调整口服降压药，24–48小时内逐步降压。
        pytest.param(
            [
                "孩子爸爸发微信：“娃在工地边上玩，一根锈钉子扎进脚底板了，挺深的，已经拔出来了”。",
                "我问打没打过疫苗，他说“小时候在老家，疫苗本丢了，好像没打全”。",
            ],
            _patient(2585, "male", (), pregnant=None),
            id="r81-zh-024",
        ),  # 《外伤后破伤风疫苗和被动免疫预防使用指南（2019）》：污染的深部刺伤且免疫史不全或不详者，需当日清创并接种破伤风疫苗及被动免疫制剂。
        pytest.param(
            [
                "一个孩子妈妈打电话：“闺女一个小时前把一枚一块钱的硬币吞下去了”。",
                "我问现在怎么样，她说“不咳不喘，没流口水，也能喝水，就是吓着了，要不要等它自己拉出来”。",
            ],
            _patient(1295, "female", (), pregnant=None),
            id="r81-zh-032",
        ),  # NASPGHAN儿童消化道异物指南（2015）/《儿童消化道异物管理指南》：吞入硬币即使无症状也需当日拍片定位，若滞留食管需24小时内取出。
        pytest.param(
            [
                "一位大姐发微信说她老公“右小腿红了一大片，摸着发烫，疼得走路一瘸一拐”，发了张照片，红的地方边界不清，比昨天大了一圈。",
                "我问体温，她回“38.2度，精神还行，能吃饭，血压不低”。",
            ],
            _patient(21370, "male", (), pregnant=None),
            id="r81-zh-037",
        ),  # NICE CKS蜂窝织炎/NG141：单侧小腿红肿热痛快速扩展伴发热、但无脓毒症表现，需当日由医生面诊并开始抗生素治疗。
        pytest.param(
            [
                "签约的哮喘患者钱姐发微信：“这两天降温又喘上了，晚上憋醒两回，沙丁胺醇三四个小时就得喷一次”。",
                "我问能不能说整句话，她说“能说，就是走快了喘，峰流速仪测了250，平时400多”。",
            ],
            _patient(16485, "female", ("asthma",), pregnant=False),
            id="r81-zh-041",
        ),  # GINA 2023/《支气管哮喘基层诊疗指南》：症状加重、夜间憋醒、需频繁使用缓解药、PEF约为个人最佳值的50–80%，为中度急性发作，需当日就诊评估并给予全身激素等处理。
        pytest.param(
            [
                "孩子妈妈语音转文字：“娃拉肚子两天了今天拉了八九次水样的 吐了两回 尿不湿从早上到现在都是干的”",
                "我问精神和喝水情况，她说“有点烦躁，给水就抢着喝，眼窝好像有点陷下去了，叫他还是会哭”。",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r81-zh-042",
        ),  # WHO IMCI腹泻分类：烦躁不安、眼窝凹陷、口渴急于饮水为“有些脱水”，需当日在医疗机构按B方案口服补液并观察评估。
        pytest.param(
            [
                "镇卫生院把化验单转过来了：患者马某，男，45岁，空腹血糖18.6 mmol/L，尿糖+++，尿酮体阴性。",
                "患者媳妇在微信里说：“他这俩月老是口渴，一晚上起来尿三四回，瘦了十来斤，人还精神，能正常干活”。",
            ],
            _patient(16605, "male", (), pregnant=None),
            id="r81-zh-043",
        ),  # 《中国2型糖尿病防治指南（2020年版）》：新发现显著高血糖伴多饮多尿、体重下降，需当日就诊评估（复查血糖、酮体、电解质）并启动降糖治疗，必要时胰岛素。
        pytest.param(
            [
                "孩子奶奶打电话：“孙子发烧第五天了，吃了退烧药退了又烧起来，39度多”。",
                "我问还有啥不对劲，奶奶说“眼睛红红的但没眼屎，嘴唇干得裂口子，手脚有点肿，身上起了红疹子”。",
            ],
            _patient(1135, "male", (), pregnant=None),
            id="r81-zh-044",
        ),  # NICE NG143及《川崎病诊断和急性期治疗专家共识（2022）》：发热≥5天为黄色警示，伴双眼结膜充血、唇红皲裂、手足肿胀、皮疹需当日面诊评估川崎病。
        pytest.param(
            [
                "照顾周奶奶的护工打电话：“奶奶这两天特别糊涂，白天睡晚上闹，跟平时不一样，还说看见屋里有人”。",
                "我问还有啥，护工说“尿特别勤，尿有味儿，摸着有点热，量了37.9”。",
            ],
            _patient(29940, "female", ("dementia",), pregnant=False),
            id="r81-zh-045",
        ),  # NICE CG103谵妄：痴呆老人在数日内急性出现意识混乱波动、睡眠颠倒、幻觉，提示谵妄，需当日医生评估寻找诱因（如尿路感染）。
        pytest.param(
            [
                "一位大姐发微信：“从外地坐了二十多个小时大巴回来，左边小腿肿了三天，一按就疼”。",
                "我问喘不喘、胸口疼不疼，她说“不喘，就是左腿比右边粗一圈，摸着有点热”。",
            ],
            _patient(13160, "female", (), pregnant=False),
            id="r81-zh-049",
        ),  # NICE NG158/《深静脉血栓形成的诊断和治疗指南（第三版）》：长途久坐后单侧小腿肿痛疑似DVT，需当日评估（Wells评分、D-二聚体/超声）。
        pytest.param(
            [
                "老杨的老伴发来照片：“左边额头上起了一簇一簇的水泡，疼了两三天了，一直长到头顶”。",
                "我问眼睛有没有事，她说“左眼有点红，鼻尖上也冒了一个小泡，他说是上火”。",
            ],
            _patient(23065, "male", (), pregnant=None),
            id="r81-zh-054",
        ),  # NICE CKS带状疱疹：皮疹累及三叉神经眼支（鼻尖Hutchinson征、眼红）为眼部带状疱疹，需当日开始抗病毒治疗并转诊眼科。
        pytest.param(
            [
                "孩子姥姥发微信语音：“娃把桌上的热汤拽翻了 烫着胸口和胳膊了 起了好几个大水泡”",
                "她又发照片，描述是“水泡加起来差不多有孩子两个巴掌大，已经用凉水冲了二十分钟，孩子还在哭”。",
            ],
            _patient(400, "male", (), pregnant=None),
            id="r81-zh-056",
        ),  # NICE CKS烧伤/《烧伤基层处理》原则：婴幼儿部分厚度（水疱）烫伤累及胸部，需当日由医生评估面积深度、处理创面并判断是否转烧伤专科。
        pytest.param(
            [
                "老吴的儿子发语音转文字：“我爸从昨晚到现在十来个小时一滴尿都尿不出来 肚子下面鼓起来了 胀得坐不住”",
                "他补充说“他前列县一直不好，以前就尿不畅，吃过药，不发烧，人是清醒的”。",
            ],
            _patient(27210, "male", ("bph",), pregnant=None),
            id="r81-zh-057",
        ),  # NICE CKS急性尿潴留/《良性前列腺增生基层诊疗指南》：完全不能排尿伴下腹胀痛、膀胱充盈为急性尿潴留，需当日尽快导尿处理。
        pytest.param(
            [
                "村里的老韩自己发语音转文字：“右边西盖昨天开始肿得像馒头 又红又烫 一动就疼得钻心 没摔过”",
                "我问发烧没有，他说“昨晚打摆子，量了38.6，以前没得过痛风”。",
            ],
            _patient(19070, "male", (), pregnant=None),
            id="r81-zh-058",
        ),  # NICE CKS急性热、肿单关节：单关节急性红肿热痛伴发热，须排除化脓性关节炎，需当日转诊评估关节穿刺。
        pytest.param(
            [
                "刘大爷的老伴发微信：“他老慢支，这三天咳得厉害，痰变多了，黄绿色的，比平时喘”。",
                "我让她测指脉氧，她说“93，能说整句话，走几步就喘，吃饭还行，没发烧”。",
            ],
            _patient(25680, "male", ("copd",), pregnant=None),
            id="r81-zh-060",
        ),  # GOLD 2024/《慢性阻塞性肺疾病基层诊疗指南（2018年）》：气促加重、痰量增加、脓性痰为急性加重，无严重表现者需当日评估并给予抗生素、短程激素等。
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                'Patient messaged, voice-to-text: "my pee is red pink this morning am I bleeding no pain no burning feel well".',
                "I asked what she ate yesterday: a big beetroot salad and borscht last night. No clots, no tummy or back pain, no fever, not on blood thinners, period finished 2 weeks ago.",
            ],
            _patient(16425, "female", (), pregnant=None),
            id="r81-en-001",
        ),  # NICE CKS Haematuria: red urine after eating beetroot in a well person is beeturia — self-care, with urine dip review only if it persists after stopping beetroot.
        pytest.param(
            [
                'Patient sent a pic through the app: "mosquito or something bit my forearm yesterday, now red swollen patch about 8cm, really itchy".',
                "No fever, no red streak up the arm, not very painful, just itchy and a little warm. No lip or face swelling, breathing fine. Asks if it's infected.",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r81-en-004",
        ),  # NICE CKS Insect bites and stings: a large itchy local reaction within 48 hours without fever or systemic features is inflammatory, not infection — self-care with cold compress and antihistamine.
        pytest.param(
            [
                'Patient messaged: "I\'m worried I have a brain tumour, headaches most afternoons for 10 days, like a tight band round my head".',
                "I asked more: it eases with rest or a paracetamol, no vomiting, no vision changes, no weakness, not worse lying down or in the mornings. She is working long hours at the computer on a new project and sleeping badly.",
            ],
            _patient(12775, "female", (), pregnant=None),
            id="r81-en-005",
        ),  # NICE CG150 (Headaches in over 12s): bilateral band-like headache without red flags is tension-type headache — self-care with simple analgesia, rest and sleep, limiting painkiller days.
        pytest.param(
            [
                "Care home carer: Mrs Jones (88) slid off her chair onto the carpet this morning while reaching for the remote. Staff saw it happen.",
                "She didn't hit her head, isn't on blood thinners, got up with one carer's help and is walking with her frame as usual, no pain anywhere, no bruising, chatting normally. Carer asks if a GP needs to visit today.",
            ],
            _patient(32120, "female", ("hypertension",), pregnant=None),
            id="r81-en-006",
        ),  # NICE CG161/NG249 (Falls in older people): a witnessed low-impact fall without head injury, anticoagulation, pain or change in mobility needs no same-day review — arrange a routine falls assessment.
        pytest.param(
            [
                "Patient's partner on the phone: \"he had a turn in a meeting, heart racing, tingling in his fingers and round his mouth, couldn't catch his breath, thought he was dying\".",
                "It lasted about 20 minutes and has completely settled, he feels fine now. He's had 4 like this in the last month, all during stress; A&E did a normal ECG and bloods after the first one. No chest pain now.",
            ],
            _patient(10950, "male", ("anxiety",), pregnant=None),
            id="r81-en-010",
        ),  # NICE CG113 (Generalised anxiety and panic disorder): recurrent self-limiting panic attacks with a prior normal cardiac work-up need a routine appointment for panic disorder management.
        pytest.param(
            [
                'Mum sent a photo message: "red spotty rash all over her body since this morning, she had a cold last week". Daughter is 3.',
                "Mum did the glass test: the spots all fade under the glass. No fever today, she's eating lunch and running around, weeing normally. Mum is worried because of the meningitis posters.",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r81-en-013",
        ),  # NICE NG143 / NICE CKS: a blanching rash in a well, afebrile, active child after a viral illness is a viral exanthem — home care with safety-netting for non-blanching rash or illness.
        pytest.param(
            [
                "Results forwarded from the hospital health-check clinic for Mrs Liu (57): TSH 6.1 mU/L (range 0.3–4.5), free T4 14 pmol/L (normal).",
                "She called asking what it means. Feels fine, a bit tired sometimes. Not pregnant.",
            ],
            _patient(20805, "female", (), pregnant=False),
            id="r81-en-014",
        ),  # NICE NG145 (Thyroid disease): mildly raised TSH with normal free T4 is subclinical hypothyroidism — repeat thyroid tests in about 3 months, routine follow-up.
        pytest.param(
            [
                "Dad called: daughter (4) ran into the corner of the table 2 hours ago, now an egg-sized bump on her forehead.",
                "She cried straight away, no knock-out, no vomiting, not drowsy, walking and talking normally, eating snacks. No bleeding disorder. Dad asks if she needs a scan.",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="r81-en-016",
        ),  # NICE NG232 (Head injury): a child with a forehead bump, immediate crying and no loss of consciousness, vomiting, drowsiness or other risk factors needs no CT or review — home care with head-injury advice.
        pytest.param(
            [
                "Mum called: son (20 months) has had a fever of 38.6 since this morning and a runny nose; big sister has a cold.",
                "An hour after paracetamol he's playing and laughing, drinking milk, wet nappies, normal colour, no rash, breathing normally. She asks if she needs to bring him in.",
            ],
            _patient(608, "male", (), pregnant=None),
            id="r81-en-017",
        ),  # NICE NG143 (Fever in under 5s): fever with only green features and a clear viral source can be managed at home with safety-net advice.
        pytest.param(
            [
                'Daughter called about her father (75): "he gets really dizzy, the room spins when he rolls over in bed or looks up at the shelf".',
                "Each spin lasts under a minute and stops if he keeps still. Going on a week; he had the same 2 years ago. No weakness, speech normal, walks normally between spells, no headache, hearing normal.",
            ],
            _patient(27375, "male", ("hypertension",), pregnant=None),
            id="r81-en-019",
        ),  # NICE CKS Vertigo (BPPV): brief positional vertigo without neurological signs or hearing loss is typical BPPV — a routine appointment for Dix–Hallpike and Epley manoeuvre.
        pytest.param(
            [
                "Husband called: \"her hand goes numb and tingly, I'm worried she's having a stroke\".",
                "Asked: it's the right thumb, index and middle finger, wakes her at night, she shakes the hand and it gets better. Going on for 6 weeks. No face droop, no speech problems, no arm or leg weakness.",
            ],
            _patient(17885, "female", ("hypothyroidism",), pregnant=None),
            id="r81-en-021",
        ),  # NICE CKS Carpal tunnel syndrome: intermittent nocturnal tingling in the median nerve distribution relieved by shaking the hand is carpal tunnel syndrome, not stroke — routine assessment.
        pytest.param(
            [
                'New mum messaged in a panic: "there is blood in my baby girl\'s nappy!!" Baby is 6 days old.',
                "I asked: a small pinkish-red streak of mucus from the vagina, not from the bottom, no blood in the poo. Baby feeding well, weeing, pink and alert, no fever, had vitamin K at birth.",
            ],
            _patient(6, "female", (), pregnant=None),
            id="r81-en-023",
        ),  # NICE NG194 (Postnatal care) / NICE CKS: a small blood-stained vaginal discharge in a well newborn girl in the first week is pseudomenses from maternal hormone withdrawal — reassurance only.
        pytest.param(
            [
                "School nurse phoning: 8 year old boy had a nosebleed in class after picking his nose.",
                "She pinched the soft part of his nose with him leaning forward for 10 minutes and it has stopped. He's chatting, not pale or dizzy, no other bruising, first one this term. Nurse asks if he needs to be seen today.",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r81-en-025",
        ),  # NICE CKS Epistaxis: an anterior nosebleed in a well child that stops with first aid needs no medical review — self-care advice with safety-netting.
        pytest.param(
            [
                'Patient messaged: "sometimes my heart skips a beat then gives a thump, mostly in the evening lying down".',
                "Asked: a few times a day for a couple of weeks, each just a second. She is drinking 4–5 coffees a day for exams. No fainting, no chest pain, no breathlessness, no family history of sudden death, exercises fine.",
            ],
            _patient(9125, "female", (), pregnant=None),
            id="r81-en-026",
        ),  # NICE CKS Palpitations: brief isolated skipped beats without syncope, chest pain or family history of sudden death suggest benign ectopics — routine appointment with ECG and caffeine advice.
        pytest.param(
            [
                'Patient\'s wife called: he (40) hurt his lower back lifting a heavy box yesterday, "he can hardly get out of bed, is it a slipped disc?"',
                "Red flag questions: no numbness between the legs or around the bottom, peeing and pooing normally, no leg weakness, no fever, no cancer history. Pain in the low back, sometimes into the right buttock.",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r81-en-028",
        ),  # NICE NG59 (Low back pain and sciatica): acute mechanical low back pain without red flags is managed with self-care — stay active, simple analgesia — and review if not improving.
        pytest.param(
            [
                'Mum forwarded a nursery message: "your son\'s eye is red and sticky with yellow stuff, eyelashes stuck together in the morning". Now both eyes. Son is 5.',
                "Mum says it isn't painful, vision seems fine (watching TV normally), no light sensitivity, no fever, no swelling around the eyes. Nursery says he must have antibiotic drops before he comes back.",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="r81-en-029",
        ),  # NICE CKS Conjunctivitis – infective: bilateral sticky red eyes without pain, photophobia or reduced vision are self-limiting — eyelid cleaning at home; nursery exclusion and antibiotics usually unnecessary.
        pytest.param(
            [
                'Husband messaged: "wife 8 weeks pregnant, feels sick every morning and vomits once most days, is this dangerous for baby?"',
                "She keeps food down most of the day, drinks plenty, pees normally, not dizzy, no tummy pain or bleeding. Midwife booking is next week.",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="r81-en-030",
        ),  # NICE CKS Nausea/vomiting in pregnancy / NICE NG201: mild nausea and vomiting with good fluid intake and no dehydration is managed with self-care and routine antenatal care.
        pytest.param(
            [
                "School nurse called: 15 year old girl fainted in morning assembly after standing 20 minutes in the heat.",
                "She felt hot, sweaty and her vision went grey before she went down, out for a few seconds, came round straight away, back to normal within minutes. No jerking, no tongue bite, no chest pain or palpitations, not during exercise, no family history of sudden death. She skipped breakfast.",
            ],
            _patient(5475, "female", (), pregnant=None),
            id="r81-en-033",
        ),  # NICE CG109 (Transient loss of consciousness): an uncomplicated faint with posture, prodrome and prompt recovery and no red flags needs no urgent referral — routine review with ECG.
        pytest.param(
            [
                'Patient on the phone, very anxious: "there was blood when I wiped after the toilet, bright red, on the paper". He\'s 28; his uncle had bowel cancer at 70.',
                "3 times this week, always after straining, constipated since starting a new job. Small amount, not mixed in the stool, no weight loss, no tummy pain, no other bowel change, not dizzy.",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r81-en-035",
        ),  # NICE CKS Rectal bleeding / NICE NG12: bright red blood on the paper after straining at 28 with no red flags suggests haemorrhoids or fissure and doesn't meet cancer criteria — routine GP review.
        pytest.param(
            [
                'Mum sent a voice note, transcribed: "baby has a cold 3 days now and her chest is rattling when she breathes I can feel it on her back". Baby is 5 months.',
                "I asked: feeding about the same as usual, normal wet nappies, no pauses in breathing, not working hard (no sucking in under the ribs), pink, temp 37.6, born at full term.",
            ],
            _patient(152, "female", (), pregnant=None),
            id="r81-en-036",
        ),  # NICE NG9 (Bronchiolitis in children): a term infant with mild bronchiolitis — adequate feeding, no apnoea, no increased work of breathing — can be cared for at home with safety-net advice.
        pytest.param(
            [
                "Dad messaged: \"I can feel little lumps in my son's neck, both sides, scared it's cancer\". Son is 6.",
                "He says they're pea-sized, soft, move under the skin, a bit tender, noticed after a sore throat and cold last week. Son eating well, full of energy, no night sweats, no weight loss, no bruising.",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r81-en-039",
        ),  # NICE NG12 / NICE CKS Neck lump: small mobile tender cervical nodes after a recent URTI in a well child are reactive — routine review if still present after about 6 weeks or enlarging.
        pytest.param(
            [
                "Patient's girlfriend called: \"he has chest pain on the left side, he's scared it's his heart\". He is 28.",
                "It started the day after heavy bench press at the gym. Sharp when he twists or presses one spot on his ribs, fine at rest. No breathlessness, sweating or dizziness, no family heart problems, doesn't smoke.",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r81-en-047",
        ),  # NICE CKS Chest pain / NICE CG95: localised chest wall pain reproduced by pressure and movement after exercise in a young man with no cardiac features is musculoskeletal — self-care with analgesia and safety-netting.
        pytest.param(
            [
                'Carer from home care agency, describing a photo: "both lower legs red and brown, skin dry and flaky, itchy" — client is worried it\'s cellulitis like her friend had.',
                "Carer says both legs look the same, it's been like this for months on and off, not hot, not painful, no fever, client well in herself. Ankles swollen as usual.",
            ],
            _patient(28835, "female", ("heart failure", "venous insufficiency"), pregnant=None),
            id="r81-en-048",
        ),  # NICE NG141 / NICE CKS Venous eczema: bilateral chronic non-painful redness with scaling and no fever is venous (stasis) eczema, not cellulitis — routine review for emollients, steroid and compression.
        pytest.param(
            [
                'Grandfather phoned panicking: 2 year old grandson chewed open one of those little "do not eat" packets from a shoe box and swallowed some beads.',
                "I asked him to read the packet: it says silica gel. Boy is playing normally, no coughing or choking, no vomiting, breathing normal.",
            ],
            _patient(800, "male", (), pregnant=None),
            id="r81-en-059",
        ),  # UK National Poisons Information Service (TOXBASE) / NHS advice: silica gel is non-toxic; an asymptomatic child needs only a drink and observation at home.
        pytest.param(
            [
                "签约户马大娘的儿子打电话：“我妈膝盖又疼了，老毛病了，这两天赶集走路多了”。",
                "我问红不红、烫不烫，他说“不红不烫，也没发烧，就是上下楼疼，早上起来僵一会儿，活动开就好点”。",
            ],
            _patient(25285, "female", ("osteoarthritis",), pregnant=False),
            id="r81-zh-001",
        ),  # 《骨关节炎诊疗指南（2018年版）》/基层骨关节炎管理：活动后加重、晨僵<30分钟、无红热发热的膝关节痛为骨关节炎加重，择期门诊及自我管理。
        pytest.param(
            [
                "一位姑娘发微信：“这几天两边乳房胀疼，摸着一块一块的，是不是长瘤了”。",
                "我问跟月经有没有关系，她说“每次来例假前一周都这样，来完就好了，没摸到单独的硬疙瘩，乳头也没流东西”。",
            ],
            _patient(9060, "female", (), pregnant=False),
            id="r81-zh-004",
        ),  # NICE CKS乳房痛：年轻女性双侧、随月经周期变化、无孤立肿块的周期性乳痛属良性，予合适胸罩、必要时止痛等自我护理。
        pytest.param(
            [
                "孩子妈妈语音转文字：“闺女昨天开始发烧38.5度流鼻体咳嗽两声”",
                "我问精神怎么样，她说“吃了退烧药就在屋里跑来跑去玩，喝水吃饭都行，尿也正常，身上没疹子”。",
            ],
            _patient(1215, "female", (), pregnant=None),
            id="r81-zh-005",
        ),  # NICE NG143发热儿童交通灯：无黄色/红色警示（精神好、进食饮水正常、无皮疹）的上呼吸道感染发热为绿色，可居家护理并告知警示征象。
        pytest.param(
            [
                "一个大学生的妈妈打电话：“儿子说心脏有时候会漏跳一下，咯噔一下，担心是新梗”。",
                "我问详情，她说“考试这段时间熬夜咖啡喝得多，一下就过去了，没晕过，不胸疼，打球也没事，家里没人猝死过”。",
            ],
            _patient(8110, "male", (), pregnant=None),
            id="r81-zh-006",
        ),  # NICE CKS心悸：年轻人无晕厥、胸痛、运动诱发及猝死家族史的偶发“漏跳”感多为良性早搏，可择期门诊心电图检查并减少咖啡因。
        pytest.param(
            [
                "签约户秦大妈的女儿打电话：“我妈两个脚脖子肿，一按一个坑，是不是心衰了”。",
                "我问喘不喘，她说“不喘，晚上躺平睡没事，早上起来就消了，下午站久了才肿，两边一样，上个月开始吃氨氯地平”。",
            ],
            _patient(24475, "female", ("hypertension",), pregnant=False),
            id="r81-zh-010",
        ),  # 《中国高血压防治指南（2018年修订版）》/钙通道阻滞剂不良反应：氨氯地平常致双侧踝部水肿，无气促、端坐呼吸者择期门诊调整用药。
        pytest.param(
            [
                "宝妈发微信：“娃两个月了，每次吃完奶都吐一口，有时候从鼻子里冒出来，吓死了”。",
                "我问吐的样子，她说“就是往外溢，不是喷出来的，没有黄绿色，吐完还冲我笑，上次体检说体重长得挺好，尿布一天七八片”。",
            ],
            _patient(62, "female", (), pregnant=None),
            id="r81-zh-013",
        ),  # NICE NG1婴儿胃食管反流：生长良好、非喷射性、非胆汁性的溢奶属生理性反流，给予喂养指导和安慰即可。
        pytest.param(
            [
                "一位邻居替老杜发微信来：“他早上起来左眼白眼珠一大块通红，像出血了，吓人”。",
                "我问疼不疼、看得清不，他说“不疼不痒，看东西清楚，前两天感冒咳得厉害，血压平时正常，不吃啥药”。",
            ],
            _patient(14975, "male", (), pregnant=None),
            id="r81-zh-014",
        ),  # NICE CKS结膜下出血：无痛、视力正常、非外伤、未服抗凝药的结膜下出血可自行吸收，无需处理。
        pytest.param(
            [
                "宝妈发微信：“今天上午打了百白破，下午有点低烧，38度，哭闹”。",
                "我问吃奶怎么样，她说“奶吃得还行，打针那块红了硬币那么大，没起疹子，哄哄就不哭了”。",
            ],
            _patient(183, "female", (), pregnant=None),
            id="r81-zh-016",
        ),  # 《预防接种工作规范》/疑似预防接种异常反应监测方案：接种后24小时内低热、局部红肿<2.5 cm属一般反应，多喂水、观察即可。
        pytest.param(
            [
                "小潘发微信：“又犯头疼了，左边一跳一跳的，恶心，怕光”。",
                "我问跟以前一样不，她说“跟以前的偏头痛一模一样，吃了布洛芬躺了一会儿好多了，没有手脚麻，说话也正常”。",
            ],
            _patient(11800, "female", ("migraine",), pregnant=False),
            id="r81-zh-017",
        ),  # 《中国偏头痛诊断与治疗指南（2022版）》：既往确诊偏头痛、发作形式与以往相同且无警示征象，按既往方案自行服止痛药处理即可。
        pytest.param(
            [
                "一个小伙子的妈妈打电话：“儿子说左胸口疼，吓得我以为心脏出问题了”。",
                "我问细节，她说“前天帮人搬家扛了柜子，疼的地方就一小块，手一按就疼，深吸气和转身时疼，不出汗不喘，平时身体好好的”。",
            ],
            _patient(9590, "male", (), pregnant=None),
            id="r81-zh-019",
        ),  # NICE CKS胸痛：年轻无危险因素者，劳损后局部可按压复现、随体位/呼吸变化的胸痛为胸壁肌肉骨骼痛，可对症处理、择期复诊。
        pytest.param(
            [
                "镇卫生院体检报告转过来：男，48岁，尿酸480 μmol/L，肝肾功能其他指标正常。",
                "他老婆在微信里问：“是不是痛风了？要不要马上吃药？”我问关节疼过没有，她说“从来没疼过，就是酒喝得多”。",
            ],
            _patient(17590, "male", (), pregnant=None),
            id="r81-zh-021",
        ),  # 《中国高尿酸血症与痛风诊疗指南（2019）》：无症状高尿酸血症（<540 μmol/L且无合并症）以生活方式干预为主，择期门诊随访。
        pytest.param(
            [
                "小周发微信：“我这两天拉的大便是黑的，网上说是胃出血，吓坏了”。",
                "我问吃什么药，她说“上周卫生院查出缺铁性贫血，开了硫酸亚铁，吃了就开始黑，大便成形不稀也不臭，没头晕也没胃疼”。",
            ],
            _patient(12460, "female", ("anemia",), pregnant=False),
            id="r81-zh-023",
        ),  # 硫酸亚铁药品说明书/缺铁性贫血诊治共识：口服铁剂可使大便呈黑色，成形、无柏油样、无头晕乏力加重为正常药物反应，继续服药按期复查即可。
        pytest.param(
            [
                "一位老太太的女儿发了张照片：“我妈两条小腿都红了一大片，脱皮，她说痒得睡不着”。",
                "我问热不热、发没发烧，她说“不烫，也不怎么疼，没发烧，她腿上青筋一直很鼓，这样断断续续一年多了”。",
            ],
            _patient(27840, "female", ("varicose_veins",), pregnant=False),
            id="r81-zh-025",
        ),  # NICE CKS蜂窝织炎鉴别/静脉性湿疹：双侧、慢性、瘙痒脱屑、不发热不灼热的小腿红斑多为淤积性皮炎而非蜂窝织炎，择期门诊处理（润肤剂、外用激素、压力治疗）。
        pytest.param(
            [
                "孕妇小何的老公打电话：“她怀孕七周，早上起来恶心吐了一回，是不是有啥问题”。",
                "我问吃喝怎么样，他说“吐完能吃点粥，水也能喝，尿正常，就是闻见油烟味难受”。",
            ],
            _patient(9520, "female", (), pregnant=True),
            id="r81-zh-026",
        ),  # NICE CKS妊娠恶心呕吐/《妊娠剧吐的诊断及临床处理专家共识》：能进食饮水、尿量正常的轻度早孕反应，给予少食多餐等自我护理建议即可。
        pytest.param(
            [
                "一位年轻人发微信：“大便后擦屁股纸上有鲜红的血，马桶里也滴了几滴，是不是肠癌？”",
                "我问其他情况，他说“这几天便秘，拉的时候使劲，肛门口有点疼，血就那一会儿，没瘦，没头晕，家里没人得肠癌”。",
            ],
            _patient(12835, "male", (), pregnant=None),
            id="r81-zh-028",
        ),  # NICE NG12及《中国痔病诊疗指南（2020）》：50岁以下便秘后少量鲜红色便血、无贫血/体重下降/家族史，多为痔或肛裂，择期门诊检查。
        pytest.param(
            [
                "签约户白阿姨发来血糖仪照片，说“早上空腹8.9，过年这几天吃多了”。",
                "我问有没有口渴尿多、头晕乏力，她说“都没有，二甲双胍一直在吃，就想问问要不要加药”。",
            ],
            _patient(21210, "female", ("diabetes",), pregnant=False),
            id="r81-zh-029",
        ),  # 《中国2型糖尿病防治指南（2020年版）》：无症状、轻度空腹血糖升高，调整饮食并监测，下次随访时评估是否调整治疗。
        pytest.param(
            [
                "宝妈发来照片，描述是“屁股上尿布包着那一圈红红的，有点破皮”。",
                "我问发不发烧，她说“不烧，吃奶正常，褶子里面不怎么红，就是这两天拉得稀一点”。",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r81-zh-030",
        ),  # NICE CKS尿布皮炎：无发热、一般情况好的刺激性尿布皮炎，勤换尿布、晾干并外用屏障霜即可居家护理。
        pytest.param(
            [
                "老钱发微信：“刚跟儿子吵了一架，量血压158/96，是不是要出事？”",
                "我让他坐下歇15分钟再量，他回“142/88，不头疼不胸闷，手脚都好使，降压药天天按时吃的”。",
            ],
            _patient(22050, "male", ("hypertension",), pregnant=None),
            id="r81-zh-033",
        ),  # 《中国高血压防治指南（2018年修订版）》：情绪激动后一过性血压升高、复测下降且无症状，继续规律服药、家庭血压监测并按期随访。
        pytest.param(
            [
                "签约户冯阿姨发微信：“早上起床一翻身天旋地转，吓得我以为中风了”。",
                "我问持续多久，她说“也就十几秒，躺着不动就好了，说话、手脚都没事，走路稳，去年也这样过一回”。",
            ],
            _patient(22830, "female", ("hypertension",), pregnant=False),
            id="r81-zh-035",
        ),  # NICE CKS良性阵发性位置性眩晕/《眩晕诊治多学科专家共识》：翻身诱发、持续<1分钟、无神经系统体征的眩晕为BPPV，可择期门诊复位治疗。
        pytest.param(
            [
                "一位大姐发微信：“昨晚吃了路边摊，今天拉了四五次稀的，肚子一阵一阵疼”。",
                "我问有没有血、发不发烧，她说“没血，不发烧，喝水能喝进去，尿也正常，就想问吃点啥药”。",
            ],
            _patient(11200, "female", (), pregnant=False),
            id="r81-zh-036",
        ),  # WHO腹泻治疗指南/《急性感染性腹泻基层诊疗指南》：无脱水、无血便、无发热的成人急性腹泻可居家口服补液盐、清淡饮食，告知警示征象。
        pytest.param(
            [
                "卫生院化验单转过来：女，38岁，TSH 6.2 mIU/L，FT4在正常范围。",
                "患者本人在微信里问：“说我甲状腺有问题，是不是很严重？”她说没有怕冷、乏力，也没打算再要孩子。",
            ],
            _patient(14070, "female", (), pregnant=False),
            id="r81-zh-039",
        ),  # 《成人甲状腺功能减退症诊治指南（2017）》：TSH<10 mIU/L、FT4正常的轻度亚临床甲减，无症状、非备孕者2–3个月后复查即可。
        pytest.param(
            [
                "学校老师打电话：“一个男孩上课时流鼻血了，流了不少，把一包纸巾都染红了”。",
                "老师说“按你们说的捏着鼻翼低头十分钟，已经止住了，孩子说天干老抠鼻子，以前也流过，身上没有出血点”。",
            ],
            _patient(3345, "male", (), pregnant=None),
            id="r81-zh-047",
        ),  # NICE CKS鼻出血：儿童前鼻孔出血经压迫止血、无出血倾向表现者，可居家护理（避免抠鼻、保持湿润）。
        pytest.param(
            [
                "一位大哥发微信，说早上尿是红色的，“吓一跳，是不是尿血了”。",
                "我问最近吃了啥，他说“昨晚吃了两个红心火龙果，不疼不发烧，尿也不频，刚才那次颜色就淡多了”。",
            ],
            _patient(16455, "male", (), pregnant=None),
            id="r81-zh-048",
        ),  # 血尿诊断原则（《血尿诊断与鉴别》基层共识）：进食红心火龙果等含色素食物可致红色尿（假性血尿），无症状且颜色随之变淡者观察即可，必要时择期查尿常规。
        pytest.param(
            [
                "孩子奶奶打电话：“家里养的狗舔了孙子的手，会不会得狂犬病？”",
                "我问有没有咬破抓破，她说“没有，手上也没伤口，狗是自家养的，每年都打狂犬疫苗，活蹦乱跳的”。",
            ],
            _patient(1885, "male", (), pregnant=None),
            id="r81-zh-059",
        ),  # 《狂犬病暴露预防处置工作规范（2023年版）》：完好皮肤被舔为Ⅰ级暴露，确认接触方式可靠者无需处置。
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
