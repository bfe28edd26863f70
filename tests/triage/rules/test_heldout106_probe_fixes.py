# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-sixth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of
weight, eating and nutrition at all ages: eating disorders, bariatric surgery and its complications,
severe malnutrition, obesity with sleep apnoea, alcohol and thiamine, fasting diets, GLP-1
injections bought online; 12 emergencies, 24 same-day and 24 look-alikes a set). Before these fixes
the rules found 9 of 12 and 10 of 12 emergencies, graded 15 of 24 and 15 of 24 same-day cases
exactly (English, Chinese) and sent 1 and 1 look-alikes to emergency. Missed: a leak 5 days after a
sleeve ("stomach stapled", shoulder-tip pain, HR 128), an internal hernia in pregnancy after a
bypass, Wernicke's encephalopathy in both languages (half a bottle of vodka a day, "eyes flicking
side to side"; 常年喝白酒, 走路东倒西歪), and pancreatitis on semaglutide with HR 118 and BP 90/58.

What changed: pain within 6 weeks of an operation with shock signs is an emergency (NICE NG51,
ASMBS); pancreatitis with shock signs or a pulse above the systolic pressure is an emergency
(中国急性胰腺炎诊治指南 2021); the existing Wernicke rule now hears heavy drinking and nystagmus in everyday
words; bariatric operations are named. After: 11/12, 12/12; 15/24, 15/24; look-alikes 23/24, 23/24.

Left: an internal hernia at 30 weeks after a bypass (r106-en-005) is graded the same day (pregnancy
warning), its "10/10" not read with the belly; sent to emergency: dumping syndrome after cake
(r106-en-039), reflux after a sleeve (r106-zh-043); graded emergency by the rules' sources: a
jaundiced newborn who lost 12% (r106-en-023), a faint while running in an underweight athlete
(r106-zh-031); graded routine: the nutrition problems r106-en-016 to -034 and r106-zh-014 to -032
named in this file's cases (a stricture, an ulcer, alcohol withdrawal, refeeding after a fast, a
band too tight, a wound infection after a sleeve, potassium 2.8 from vomiting, refeeding risk at 42
kg, B12 deficiency after a bypass, dehydration after a sleeve, slimming capsules with a fast pulse)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "16yo girl here with mum for her weigh-in, known eating problem",
                "says she felt dizzy and blacked out in the shower this morning",
                "pulse 38 lying down, hands icy, BP 84/50",
            ],
            _patient(5840, "female", ("anorexia nervosa",), pregnant=None),
            id="r106-en-001",
        ),  # RCPsych CR233 Medical Emergencies in Eating Disorders (MEED, 2022), risk assessment table: a heart rate below 40 bpm or syncope with hypotension is a red-range feature requiring immediate medical admission.
        pytest.param(
            [
                "24F makes herself sick 4-5 times a day for months",
                "legs heavy and weak, heart fluttering since last night",
                "her bloods from Monday just came back, K 2.3",
            ],
            _patient(8760, "female", ("bulimia nervosa",), pregnant=False),
            id="r106-en-002",
        ),  # RCPsych MEED (2022) and NICE NG69 eating disorders: potassium below 2.5 mmol/L, especially with palpitations or weakness, is red-range and needs hospital IV replacement with cardiac monitoring.
        pytest.param(
            [
                "72M, son says he barely ate anything for about 10 days after his wife's funeral",
                "family been feeding him big meals and nutrition drinks since Saturday",
                "today very weak, can't lift his arms, muddled, breathless lying flat, ankles puffy",
                "sats 91 HR 112",
            ],
            _patient(26280, "male", ("hypertension",), pregnant=None),
            id="r106-en-003",
        ),  # NICE CG32 Nutrition support in adults, section 1.6: little or no intake for over 10 days puts a person at high risk of refeeding problems; new weakness, confusion and heart failure after refeeding (NEWS2 well above 7 here) need hospital treatment now.
        pytest.param(
            [
                "38F had her stomach stapled for weight, op was 5 days ago, home since day 2",
                "pain in left shoulder tip and upper belly since last night, says she feels really unwell",
                "HR 128, temp 37.9, RR 26",
            ],
            _patient(13870, "female", ("obesity", "sleeve gastrectomy"), pregnant=False),
            id="r106-en-004",
        ),  # BOMSS/ASMBS guidance on early complications after bariatric surgery: a sustained heart rate over 120 with pain or fever in the first weeks after surgery is a possible staple-line leak and needs immediate surgical assessment.
        pytest.param(
            [
                "29F had her weight loss op 2 months ago",
                "vomiting most days for 3 wks, hardly keeps anything down",
                "today husband says she's talking nonsense, seeing double, walking like she's drunk",
            ],
            _patient(10585, "female", ("sleeve gastrectomy",), pregnant=False),
            id="r106-en-006",
        ),  # BOMSS perioperative nutrition guidelines (2020): confusion, ataxia or eye signs after bariatric surgery with vomiting are suspected Wernicke's encephalopathy, which needs immediate IV thiamine and hospital admission.
        pytest.param(
            [
                "14mo boy brought by grandma, very thin, arm tape 10.8cm",
                "both feet puffy, pressing leaves a dent",
                "won't take any milk or food today, floppy, feels cold to touch",
            ],
            _patient(426, "male", (), pregnant=None),
            id="r106-en-007",
        ),  # WHO IMCI chart booklet (2014) and WHO 2013 SAM guideline: MUAC under 115 mm or bilateral oedema with inability to feed, lethargy or hypothermia is complicated severe acute malnutrition needing urgent referral for inpatient care.
        pytest.param(
            [
                "56M drinks half a bottle of vodka a day, eats very little",
                "wife brought him, confused since yesterday, doesn't know where he is",
                "can't walk straight, eyes flicking side to side, no smell of drink today",
            ],
            _patient(20440, "male", ("alcohol dependence",), pregnant=None),
            id="r106-en-008",
        ),  # NICE CG100 Alcohol-use disorders: physical complications, section 1.1.3: suspected Wernicke's encephalopathy (confusion, ataxia, eye signs) in a drinker needs parenteral thiamine and hospital admission.
        pytest.param(
            [
                "42F, colleague brought her from the office next door",
                "she bought weight loss pens online, started last week, did one this morning",
                "sweating, slurring, not making sense, BM 1.9",
            ],
            _patient(15330, "female", (), pregnant=False),
            id="r106-en-009",
        ),  # WHO Medical Product Alert N°2/2024 and MHRA warnings on falsified semaglutide pens, some containing insulin; ADA Standards of Care section 6: level 3 hypoglycaemia with altered consciousness needs immediate treatment and emergency services.
        pytest.param(
            [
                "61M T2DM, on metformin and dapagliflozin",
                "started strict keto diet 2 wks ago, lost 5kg",
                "vomiting since yesterday, tummy ache, breathing deep and fast",
                "sugar 9.4, ketones 4.1",
            ],
            _patient(22265, "male", ("type 2 diabetes",), pregnant=None),
            id="r106-en-010",
        ),  # JBDS-IP DKA guideline (2023) and MHRA SGLT2 inhibitor safety update: blood ketones above 3 mmol/L with vomiting and deep breathing is DKA even with near-normal glucose (euglycaemic DKA) and needs hospital care now.
        pytest.param(
            [
                "52M big chap BMI 49, won't use his breathing machine at night",
                "wife says chesty cold 3 days and today keeps nodding off mid sentence, hard to rouse",
                "sats 83 on air, lips dusky, RR 28",
            ],
            _patient(18980, "male", ("obesity", "obstructive sleep apnoea"), pregnant=None),
            id="r106-en-011",
        ),  # BTS/ICS guideline on acute hypercapnic respiratory failure (2016) and RCP NEWS2: reduced consciousness with SpO2 83% in obesity hypoventilation indicates hypercapnic respiratory failure requiring hospital NIV; NEWS2 is far above 7.
        pytest.param(
            [
                "91M lives alone, daughter found him in his chair this morning",
                "fridge empty, she thinks he hasn't eaten properly for over a week and barely drunk",
                "can't stand, tongue dry, BP 84/50 HR 118, sleepy but answers",
            ],
            _patient(33215, "male", ("atrial fibrillation",), pregnant=None),
            id="r106-en-012",
        ),  # RCP NEWS2: systolic BP 90 or below scores 3 and with tachycardia and new drowsiness the aggregate is 7 or more, which needs an emergency response and hospital transfer.
        pytest.param(
            [
                "16岁女孩，家长带来，说这半年一直不肯好好吃饭，瘦了快20斤",
                "今天早上起床一站起来就晕倒了，醒过来说眼前发黑",
                "测了心率38，血压82/48，手脚冰凉，体温35.4，身高160体重33kg",
            ],
            _patient(5840, "female", (), pregnant=False),
            id="r106-zh-001",
        ),  # MEED (RCPsych 2022, Medical Emergencies in Eating Disorders) risk table: heart rate <40, syncope, temperature <35.5 C and BMI <13 are red-rated and require emergency medical admission.
        pytest.param(
            [
                "22岁女，自己说吃完东西就去抠喉咙吐，一天好几次，两年了",
                "这两天腿软得上不了楼，心慌，感觉心跳一下快一下停",
                "刚才镇卫生院抽的血回来了 钾2.3",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r106-zh-002",
        ),  # NICE CKS Hypokalaemia and MEED 2022: potassium <2.5 mmol/L, or hypokalaemia with muscle weakness or palpitations/arrhythmia, needs emergency hospital admission for IV replacement and cardiac monitoring.
        pytest.param(
            [
                "78岁老太，前段时间心情不好差不多两周没怎么吃东西，人瘦了一圈",
                "这三天儿女给她一顿喂好多，稀饭鸡蛋肉汤都有",
                "今天突然喘得厉害，两条腿肿起来了，说话颠三倒四，手没劲抬不起来",
                "心率124，SpO2 89%，昨天县医院抽血磷0.31",
            ],
            _patient(28470, "female", ("hypertension",), pregnant=False),
            id="r106-zh-003",
        ),  # NICE CG32 Nutrition support for adults (section 1.6, refeeding problems): severe hypophosphataemia with breathlessness, oedema, weakness and confusion after feeding restarts in a starved patient is life-threatening refeeding syndrome needing emergency inpatient correction and monitoring.
        pytest.param(
            [
                "男 38岁 6天前在市里做了袖状胃切除减肥手术 昨天出院回家",
                "今天说左边肩膀痛 人很没劲 自己说感觉不对劲",
                "T 38.3 心率128 呼吸26 血压108/70 肚子按着不算太硬",
            ],
            _patient(13870, "male", ("obesity", "sleep apnoea"), pregnant=False),
            id="r106-zh-004",
        ),  # BOMSS/ASMBS guidance on early complications after bariatric surgery: tachycardia >120, fever, tachypnoea and left shoulder pain in the first weeks after sleeve gastrectomy mean a staple-line leak until proven otherwise, needing emergency surgical assessment even with a soft abdomen.
        pytest.param(
            [
                "女 41岁 三年前做过胃旁路减肥手术 瘦了40多kg",
                "从中午开始肚子一阵一阵绞着痛，越来越重，疼得坐不住，吐了三次",
                "摸肚子倒是软的，没什么压痛，但她说比生孩子还痛",
            ],
            _patient(14965, "female", ("胃旁路术后",), pregnant=False),
            id="r106-zh-005",
        ),  # BOMSS primary-care guidance after bariatric surgery: severe colicky abdominal pain after Roux-en-Y gastric bypass, especially pain out of proportion to a soft abdomen, suggests internal hernia with risk of bowel ischaemia and needs emergency surgical admission.
        pytest.param(
            [
                "27岁女，去年做的减肥手术，这个月一直吃了就吐",
                "家里说这两天人糊里糊涂的，问今天几号答不上来",
                "走路晃，要扶着墙，说看东西有重影，看她眼球在来回跳",
            ],
            _patient(9855, "female", ("bariatric surgery",), pregnant=False),
            id="r106-zh-006",
        ),  # BOMSS guidance on thiamine deficiency after bariatric surgery: persistent vomiting followed by confusion, ataxia and eye-movement abnormalities is Wernicke's encephalopathy, an emergency needing immediate IV thiamine in hospital.
        pytest.param(
            [
                "1岁半男孩，奶奶带，平时就吃点稀饭",
                "两只脚肿到膝盖，按下去一个坑起不来，脸也肿",
                "这两天不吃不喝，抱着软软的不爱动，叫他也不太理人",
                "上臂围10.8cm",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r106-zh-007",
        ),  # WHO IMCI chart booklet 2014 and WHO 2013 SAM guideline: bilateral pitting oedema with lethargy and inability to eat or drink is complicated severe acute malnutrition requiring urgent referral for inpatient treatment (pink classification).
        pytest.param(
            [
                "村里独居的老爷子，邻居说好几天没见他出门",
                "去家里看，人很瘦，皮包骨头，锅里没吃的",
                "叫得醒但一会儿又睡过去，T 35.0，指尖血糖2.6",
            ],
            _patient(33215, "male", (), pregnant=None),
            id="r106-zh-008",
        ),  # ADA Standards of Care section 6 and RCP NEWS2: glucose <3.0 mmol/L with reduced consciousness is level 3 hypoglycaemia, and new drowsiness with temperature 35.0 C scores high on NEWS2; in a severely malnourished older adult this needs emergency hospital treatment.
        pytest.param(
            [
                "男 52岁 常年喝白酒 一天一斤多",
                "老婆说这一个星期基本不吃饭光喝酒，今天开始说胡话，不认识家里人",
                "走路东倒西歪，眼睛往两边看的时候一直抖",
            ],
            _patient(18980, "male", ("酒精依赖",), pregnant=None),
            id="r106-zh-009",
        ),  # NICE CG100 Alcohol-use disorders: physical complications (1.2): a harmful drinker with confusion, ataxia and nystagmus has suspected Wernicke's encephalopathy requiring parenteral thiamine and inpatient care.
        pytest.param(
            [
                "女 35岁 网上买的司美格鲁肽减肥针 自己打了两个多月 剂量自己往上加",
                "昨晚开始上腹痛得直不起腰，痛到后背，吐了好几次，喝水都吐",
                "心率118 血压90/58 体温37.9 蜷着躺不敢动",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r106-zh-010",
        ),  # GLP-1 receptor agonist safety information (MHRA/NMPA) and NICE CKS acute pancreatitis: severe epigastric pain radiating to the back with vomiting on a GLP-1 RA suggests acute pancreatitis; with tachycardia and hypotension it needs emergency admission.
        pytest.param(
            [
                "男 56岁 糖尿病 吃达格列净和二甲双胍",
                "说两周前开始生酮饮食减肥，基本不吃主食",
                "昨天开始吐，肚子痛，今天呼吸又深又快，人有点迷糊",
                "指尖血糖9.6，血酮4.2",
            ],
            _patient(20440, "male", ("type 2 diabetes",), pregnant=None),
            id="r106-zh-011",
        ),  # MHRA drug safety update on SGLT2 inhibitors and JBDS DKA guideline: DKA can occur with near-normal glucose on SGLT2 inhibitors, especially with very-low-carbohydrate diets; ketones >3 mmol/L with vomiting, deep breathing and drowsiness needs emergency hospital treatment.
        pytest.param(
            [
                "女 63岁 很胖 一百二十多公斤 晚上打呼很响 家里说经常憋气",
                "这几天白天一直睡，今天叫了好几次才睁眼，说头痛",
                "嘴唇发紫，SpO2 80% 没吸氧，呼吸浅，腿肿得发亮",
            ],
            _patient(22995, "female", ("obesity", "高血压"), pregnant=False),
            id="r106-zh-012",
        ),  # BTS guideline for oxygen use in emergency settings and BTS/ICS acute hypercapnic respiratory failure guideline: drowsiness with SpO2 80% in obesity hypoventilation/sleep apnoea indicates acute hypercapnic respiratory failure needing emergency hospital assessment and NIV.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "15F, mum says she's been cutting down food since January and runs every day",
                "wt 37kg ht 1.59m",
                "HR 46 resting, BP 92/58, no faints, always cold",
            ],
            _patient(5475, "female", (), pregnant=None),
            id="r106-en-013",
        ),  # RCPsych MEED (2022): BMI around 75% of median and heart rate 40-50 without syncope or other red features are amber-range, needing same-day medical assessment with ECG and bloods rather than emergency admission.
        pytest.param(
            [
                "22F in for the pill, admits making herself sick after meals most days",
                "had bloods last wk for tiredness, K 2.8, no one has seen the result yet",
                "no palpitations, no weakness, feels ok",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r106-en-014",
        ),  # RCPsych MEED (2022): potassium 2.5-3.0 mmol/L without symptoms is amber-range, needing same-day review with ECG and replacement; red-range is below 2.5 or with ECG change.
        pytest.param(
            [
                "18mo boy, mum says he's got very thin since diarrhoea last month",
                "MUAC 11.1cm, no swelling of feet",
                "alert, finished the whole RUTF test sachet, drinking ok, no fever",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r106-en-015",
        ),  # WHO 2013 guideline on severe acute malnutrition and IMCI: MUAC under 115 mm with good appetite, no oedema and no complications is uncomplicated SAM, to be started on RUTF and amoxicillin by a clinician the same day and followed weekly as an outpatient.
        pytest.param(
            [
                "36F doing weekly jabs she got off a website for weight, dose went up last wk",
                "vomiting on and off 2 days, keeping down sips only",
                "dizzy when she stands, dry lips, hardly peed today, HR 104 BP 104/66",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="r106-en-019",
        ),  # Semaglutide/tirzepatide SmPC and MHRA Drug Safety Update: vomiting on GLP-1 agonists can cause dehydration and acute kidney injury; a patient with reduced urine and postural dizziness needs same-day assessment and U&E.
        pytest.param(
            [
                "44F on weight loss injections from an online pharmacy 4 months, lost 14kg",
                "pain under right ribs since last night, worse after eating, goes to shoulder blade",
                "temp 38.1 HR 96, not yellow, walked in fine",
            ],
            _patient(16060, "female", (), pregnant=False),
            id="r106-en-020",
        ),  # NICE CKS Gallstone disease: right upper quadrant pain with fever suggests acute cholecystitis and needs same-day hospital referral; rapid weight loss and GLP-1 agonists increase gallstone risk.
        pytest.param(
            [
                "8yo boy, mum says wetting the bed again last 3 wks, always thirsty",
                "trousers falling off him, lost weight",
                "finger prick 19.6, chatty, no vomiting, breathing normal",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r106-en-021",
        ),  # NICE NG18 Diabetes in children and young people: a child with suspected type 1 diabetes must be referred immediately, on the same day, to a multidisciplinary paediatric diabetes team; emergency only if DKA signs.
        pytest.param(
            [
                "84F, carer says she's gone off her food and drinks last 4 days",
                "since yesterday muddled, didn't know her carer, normally sharp as a tack",
                "temp 37.4, HR 92, BP 128/76, sats 96",
            ],
            _patient(30660, "female", ("hypertension", "osteoarthritis"), pregnant=False),
            id="r106-en-022",
        ),  # NICE CG103 Delirium and RCP NEWS2: new confusion scores 3 on its own and requires prompt same-day clinical assessment for the cause (dehydration, infection), while other observations are normal.
        pytest.param(
            [
                "27F 9wks pregnant, first baby",
                "sick all day, can't keep water down since yesterday morning",
                "lost 4kg since booking (was 62), urine ketones 3+, HR 98",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r106-en-024",
        ),  # RCOG Green-top Guideline 69 (2016): inability to keep down oral fluids with ketonuria and weight loss over 5% needs ambulatory or inpatient IV fluids and antiemetics the same day.
        pytest.param(
            [
                "63F T2DM on gliclazide 80mg bd and metformin",
                "doing a 5 day fast from a video, day 3 today, water and tea only",
                "sugar 3.4 this morning and 3.6 last night, shaky, ok after juice, now 5.8",
            ],
            _patient(22995, "female", ("type 2 diabetes",), pregnant=False),
            id="r106-en-026",
        ),  # ADA Standards of Care section 6 and IDF-DAR fasting guidance: recurrent hypoglycaemia on a sulfonylurea during fasting needs same-day medication review and advice to break the fast.
        pytest.param(
            [
                "33F T1D on a pump, started low carb keto thing last wk and cut her insulin down",
                "feels sick but not vomiting, sugar 13.2, blood ketones 2.0",
                "breathing normal, eating and drinking",
            ],
            _patient(12045, "female", ("type 1 diabetes",), pregnant=False),
            id="r106-en-027",
        ),  # NICE NG17 and JBDS sick-day guidance: blood ketones 1.5-2.9 mmol/L without vomiting means raised DKA risk needing extra insulin and same-day clinical contact; 3 or more or vomiting needs hospital.
        pytest.param(
            [
                "5 wk old boy vomiting after every feed for 4 days, shoots across the room",
                "hungry straight after, not green",
                "fewer wet nappies, weight down 150g since last week, awake and crying",
            ],
            _patient(35, "male", (), pregnant=None),
            id="r106-en-028",
        ),  # NICE NG1 Gastro-oesophageal reflux in children, red flags: projectile vomiting in the first 2 months suggests hypertrophic pyloric stenosis and needs same-day paediatric surgical assessment.
        pytest.param(
            [
                "41M on keto diet for 6 months",
                "sudden severe pain left side of back into groin since 5am, can't keep still",
                "had paracetamol twice, still 9/10, no fever, obs ok, blood on urine dip",
            ],
            _patient(14965, "male", (), pregnant=None),
            id="r106-en-032",
        ),  # NICE NG118 Renal and ureteric stones: suspected renal colic with pain not controlled by analgesia needs same-day hospital assessment; fever or sepsis would be an emergency.
        pytest.param(
            [
                "17M rower, coach sent him, lost 9kg in 2 months making weight",
                "eats one meal a day, feels faint when he stands",
                "HR lying 52 standing 88, BP 108/64 lying 100/60 standing",
            ],
            _patient(6205, "male", (), pregnant=None),
            id="r106-en-033",
        ),  # RCPsych MEED (2022): a sustained postural heart rate rise of more than 30 bpm with rapid weight loss is an amber feature needing same-day medical assessment, bloods and ECG.
        pytest.param(
            [
                "29M thirsty all the time, up 4x a night to pee, lost 7kg in 6 wks without trying",
                "fingerstick 24.8, ketones 0.9",
                "eating ok, no vomiting, BMI 21",
            ],
            _patient(10585, "male", (), pregnant=None),
            id="r106-en-035",
        ),  # NICE NG17 and NICE CKS Diabetes type 1: a lean adult with hyperglycaemia and rapid weight loss should be suspected of type 1 diabetes and referred the same day to the specialist diabetes team.
        pytest.param(
            [
                "32F 34wks, face and fingers swollen, rings won't go on, put on 3kg in a week",
                "BP 148/98 recheck 146/96, urine protein ++",
                "no headache, vision fine, baby moving, no pain",
            ],
            _patient(11680, "female", (), pregnant=True),
            id="r106-en-036",
        ),  # NICE NG133 Hypertension in pregnancy: new BP of 140/90 or more with new proteinuria after 20 weeks is suspected pre-eclampsia needing same-day secondary care assessment; 160/110 or symptoms would need immediate admission.
        pytest.param(
            [
                "15岁女生，班主任陪来的，说她中午饭都倒掉，体育课跑不动",
                "身高158 体重36kg，静息心率46，血压92/60",
                "人清醒能对答，没晕过，体温36.2，就是一直说自己还胖",
            ],
            _patient(5475, "female", (), pregnant=False),
            id="r106-zh-013",
        ),  # MEED (RCPsych 2022) and NICE NG69 Eating disorders: BMI about 14 with heart rate 40-50 and no syncope or instability is amber risk, needing same-day medical review and prompt eating-disorder referral rather than emergency admission.
        pytest.param(
            [
                "男 49岁 5年前上的胃束带",
                "这两天吃什么东西都卡在胸口下不去，吃完就吐出来",
                "小口喝水还能喝进去，口水能咽，没发烧，肚子不痛，心率86",
            ],
            _patient(17885, "male", ("胃束带术后",), pregnant=None),
            id="r106-zh-017",
        ),  # BOMSS primary-care guidance on gastric bands: new food intolerance with regurgitation after meals suggests band slippage or over-tightness and needs same-day contact with the bariatric service for deflation/assessment; inability to swallow saliva or pain would be an emergency.
        pytest.param(
            [
                "2岁男孩，外地打工的父母回来说孩子在老家一直瘦",
                "上臂围11.2cm，两只脚不肿，体重8.1kg",
                "精神还行，给他吃东西胃口挺好一口气吃完，不发烧不咳嗽",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r106-zh-018",
        ),  # WHO 2013 SAM guideline and IMCI 2014: MUAC <11.5 cm without oedema, with a passed appetite test and no complications is uncomplicated severe acute malnutrition, treated as an outpatient but starting therapeutic feeding and antibiotics at the same visit.
        pytest.param(
            [
                "出生第5天的宝宝 纯母乳",
                "出生3.4kg 今天称2.98kg",
                "妈妈说奶不多，尿布一天湿两三片，宝宝还会吸，哭声有力",
            ],
            _patient(5, "female", (), pregnant=None),
            id="r106-zh-019",
        ),  # NICE NG75 Faltering growth 1.1: weight loss of more than 10% of birth weight in the early days of life needs prompt clinical and feeding assessment (dehydration, hypernatraemia, jaundice), i.e. same-day review.
        pytest.param(
            [
                "女 19岁 1型糖尿病打胰岛素",
                "最近跟着网上减肥，主食基本不吃，胰岛素也自己少打了",
                "今天血糖15.8，血酮1.9，有点恶心，没吐，呼吸正常，人清醒",
            ],
            _patient(6935, "female", ("1型糖尿病",), pregnant=False),
            id="r106-zh-021",
        ),  # JBDS and NICE NG17 ketone guidance for type 1 diabetes: blood ketones 1.5-2.9 mmol/L mean rising DKA risk and need same-day clinician contact for extra insulin and review; >=3 mmol/L, vomiting or drowsiness would need hospital.
        pytest.param(
            [
                "男 33岁 自己在网上买的减肥针，说是替尔泊肽，上周刚加量",
                "这三天吃啥吐啥，今天早上到现在就尿了一次，颜色很深",
                "站起来头晕，心率104，血压118/76，肚子不怎么痛，能喝小口水",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="r106-zh-022",
        ),  # MHRA/EMA safety communications on GLP-1 receptor agonists (dehydration and acute kidney injury with GI side effects) and NICE NG148: persistent vomiting with reduced urine output needs same-day assessment (fluids, renal function, stop the drug).
        pytest.param(
            [
                "女 27岁 怀孕9周",
                "这两天吃啥吐啥，水喝下去也吐，怀孕前55kg，今天52kg",
                "尿酮3+，心率98，人清醒，没有肚子痛没有出血",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r106-zh-023",
        ),  # RCOG Green-top Guideline 69 (nausea, vomiting and hyperemesis gravidarum): inability to keep down fluids with ketonuria and >=5% weight loss needs same-day ambulatory day-unit care with IV fluids and antiemetics.
        pytest.param(
            [
                "8岁男孩 妈妈说这一个月特别能喝水，晚上又开始尿床",
                "瘦了两三斤，吃得倒不少",
                "随机指尖血糖19.6，精神好，没有吐，呼吸不快",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r106-zh-024",
        ),  # NICE NG18 Diabetes in children 1.1: a child with suspected type 1 diabetes (thirst, polyuria, weight loss, raised glucose) must be referred the same day to a paediatric diabetes team.
        pytest.param(
            [
                "男 58岁 体重135kg 以前查过睡觉打呼憋气 呼吸机买了没戴",
                "最近一个月脚踝越来越肿，上两层楼就喘",
                "今天坐着SpO2 90%，心率92，说话能成句，人很清醒，不发烧",
            ],
            _patient(21170, "male", ("obesity", "阻塞性睡眠呼吸暂停"), pregnant=None),
            id="r106-zh-026",
        ),  # NICE NG202 OSAHS/OHS and BTS oxygen guideline: obesity with sleep apnoea plus new ankle oedema and resting SpO2 about 90% while alert suggests obesity hypoventilation/cor pulmonale needing same-day medical assessment (blood gas), not emergency without drowsiness or distress.
        pytest.param(
            [
                "女 62岁 糖尿病打甘精胰岛素每晚20单位",
                "跟人学辟谷，三天没吃饭，胰岛素照打",
                "早上出汗手抖，血糖3.1，喝了两杯糖水，现在6.4，人清醒能说话",
            ],
            _patient(22630, "female", ("2型糖尿病",), pregnant=False),
            id="r106-zh-029",
        ),  # ADA Standards of Care section 6 and Chinese T2DM guideline 2020: hypoglycaemia on basal insulin during ongoing fasting will recur and needs same-day clinician review to cut the insulin dose and plan monitoring; once corrected and alert, no ambulance is needed.
        pytest.param(
            [
                "3岁女孩 本来就偏瘦 上臂围12.3cm",
                "拉肚子两天了，一天七八次稀水样便，没有血",
                "眼窝有点凹，一直要喝水，很烦躁，捏皮肤回去有点慢，能喝",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r106-zh-030",
        ),  # WHO IMCI chart booklet 2014: restlessness/irritability, sunken eyes, drinking eagerly and slow skin pinch classify SOME DEHYDRATION, treated with supervised ORS (Plan B) at the facility the same day; severe dehydration or complicated SAM would need referral.
        pytest.param(
            [
                "女 26岁 这一年体重涨了20多斤 BMI 34",
                "头痛三个礼拜了，早上更重，躺下弯腰更痛",
                "说有时候眼前一下子发黑几秒又好了，耳朵里有呼呼的声音，手脚活动正常",
            ],
            _patient(9490, "female", ("肥胖",), pregnant=False),
            id="r106-zh-033",
        ),  # IIH consensus guidelines (Mollan et al., JNNP 2018): suspected idiopathic intracranial hypertension with transient visual obscurations in a young woman with recent weight gain needs same-day fundoscopy/eye assessment for papilloedema; rapidly failing vision would be an emergency.
        pytest.param(
            [
                "女 73岁 吃素十几年，家里条件差平时就咸菜米饭",
                "这一个月走几步就喘，脸色蜡黄",
                "今天查血红蛋白64，心率102，坐着说话不喘，没黑便，没胸痛",
            ],
            _patient(26645, "female", (), pregnant=False),
            id="r106-zh-034",
        ),  # NICE NG24 Blood transfusion and BSH guidance: symptomatic anaemia with Hb about 64 g/L needs same-day medical assessment for transfusion and cause; without chest pain, syncope or instability it is not an emergency transfer.
        pytest.param(
            [
                "5周大男宝 这几天每次吃完奶就喷出来，喷得老远，没有黄绿色",
                "吐完还饿着要吃",
                "体重比上周轻了100克，尿布比以前少，精神还可以",
            ],
            _patient(35, "male", (), pregnant=None),
            id="r106-zh-035",
        ),  # NICE NG1 GORD in children (red flags): forceful/projectile vomiting in the first 2 months suggests hypertrophic pyloric stenosis and needs same-day paediatric surgical assessment; bilious vomiting or shock would be an emergency.
        pytest.param(
            [
                "12岁男孩 比较胖 75kg",
                "右边膝盖痛了三个礼拜，走路一瘸一拐，体育课后更重",
                "膝盖看着不肿不红，不发烧，还能自己走，右脚尖往外撇",
            ],
            _patient(4380, "male", ("肥胖",), pregnant=None),
            id="r106-zh-036",
        ),  # NICE CKS Acute childhood limp: an overweight adolescent with hip or knee pain and a limp may have slipped capital femoral epiphysis and needs same-day orthopaedic assessment and X-ray; inability to bear weight would suggest an unstable slip.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "19F history of anorexia, weight restored last year, BMI 20.1 today",
                "HR 56, BP 108/70, no dizziness, eating 3 meals",
                "here for her 3 monthly check",
            ],
            _patient(6935, "female", ("anorexia nervosa",), pregnant=False),
            id="r106-en-037",
        ),  # NICE NG69 and RCPsych MEED: a weight-restored patient with heart rate above 50 and normal BP is green-range and continues routine monitoring in primary care.
        pytest.param(
            [
                "26F binges and vomits about twice a week, wants help",
                "K 3.8 last week, no palpitations, no faints, BMI 23",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r106-en-038",
        ),  # NICE NG69 Eating disorders: bulimia without physical risk (normal potassium, no cardiovascular signs) is referred routinely for eating-disorder-focused guided self-help or CBT.
        pytest.param(
            [
                "46M bypass 18 months ago",
                "2 hrs after a big bowl of rice went shaky and sweaty, BM 3.1 at the time",
                "had juice, better in 10 mins, now 6.2 and fine, 3rd time this month",
            ],
            _patient(16790, "male", ("gastric bypass",), pregnant=None),
            id="r106-en-040",
        ),  # BOMSS guidance and post-bariatric hypoglycaemia consensus (Scarpellini et al. 2020): late dumping hypoglycaemia that resolves with oral glucose is managed by dietary change and routine bariatric dietitian referral.
        pytest.param(
            [
                "37F sleeve 4 months ago, hair coming out in handfuls, scared she's going bald",
                "eating well, taking her vitamins, no other symptoms",
            ],
            _patient(13505, "female", ("sleeve gastrectomy",), pregnant=False),
            id="r106-en-041",
        ),  # BOMSS nutritional guidelines (2020): diffuse hair shedding 3-6 months after bariatric surgery is common and temporary; check nutritional bloods at a routine review.
        pytest.param(
            [
                "2yo girl at weighing day, MUAC 12.1cm, no swelling of feet",
                "eats well, playful, no diarrhoea or cough",
            ],
            _patient(790, "female", (), pregnant=None),
            id="r106-en-042",
        ),  # WHO 2013 guideline on acute malnutrition and WHO/UNICEF MAM guidance: MUAC 115-125 mm without oedema or complications is moderate acute malnutrition, managed with feeding counselling or supplementary food and routine follow-up.
        pytest.param(
            [
                "79M, wife died in spring, eating less, lost 4kg over 6 months",
                "MUST score 2, still drinking ok, walking, no swallowing problems, no bleeding",
                "obs normal",
            ],
            _patient(28835, "male", ("hypertension",), pregnant=None),
            id="r106-en-043",
        ),  # NICE CG32 and BAPEN MUST: a MUST score of 2 is high risk, managed with a nutrition care plan, dietitian referral and monitoring in primary care, not same-day care.
        pytest.param(
            [
                "58M drinks daily, in for his liver bloods",
                "asking about the vitamin B tablets his mate takes",
                "steady on his feet, chatting normally, eats 2 meals a day",
            ],
            _patient(21170, "male", ("alcohol dependence",), pregnant=None),
            id="r106-en-044",
        ),  # NICE CG100 Alcohol-use disorders: prophylactic oral thiamine is prescribed routinely for harmful or dependent drinkers at risk of deficiency; only Wernicke signs need emergency care.
        pytest.param(
            [
                "48F here for her BP review",
                "very worried about her 19yo daughter, says she's stopped eating and is very thin, thinks it's anorexia",
                "daughter not here today, mum's BP 132/84, feels ok",
            ],
            _patient(17520, "female", ("hypertension",), pregnant=False),
            id="r106-en-045",
        ),  # NICE NG69 Eating disorders: a relative's concern should lead to arranging an assessment of the affected person; the attending patient herself has only a routine blood pressure review.
        pytest.param(
            [
                "30F started a weight loss jab she bought online 5 days ago",
                "bit queasy after meals, eating smaller portions",
                "drinking fine, no vomiting, no tummy pain",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r106-en-046",
        ),  # Semaglutide SmPC and MHRA guidance on weight-loss medicines bought online: mild nausea is common early and managed with small meals, with a routine review to move to a regulated prescriber.
        pytest.param(
            [
                "31F positive pregnancy test yesterday, about 6 wks",
                "been on weight loss jabs from a website 3 months, last dose 4 days ago",
                "no pain, no bleeding, feels well",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r106-en-047",
        ),  # MHRA Drug Safety Update (June 2024) on GLP-1 receptor agonists: they must not be used in pregnancy; stop on finding pregnancy and arrange routine antenatal booking and review.
        pytest.param(
            [
                "55M on weekly jab from an online clinic, small red itchy patch where he injects on his tummy",
                "size of a 10p, not hot, no fever, feels fine",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r106-en-048",
        ),  # Semaglutide/tirzepatide SmPC: mild injection-site reactions are common and settle on their own with site rotation.
        pytest.param(
            [
                "47M wife says he snores like a train and stops breathing at night, she nudges him",
                "tired in the afternoons, BMI 37, office job, doesn't drive for work",
                "BP 138/86, no chest pain",
            ],
            _patient(17155, "male", ("obesity",), pregnant=None),
            id="r106-en-049",
        ),  # NICE NG202 Obstructive sleep apnoea/hypopnoea syndrome: suspected OSAHS is referred routinely to a sleep service; expedited referral is for vocational drivers or safety-critical jobs.
        pytest.param(
            [
                "60F uses CPAP, red sore spot on bridge of nose from the mask",
                "skin not broken, sleeping much better since starting it",
            ],
            _patient(21900, "female", ("obstructive sleep apnoea",), pregnant=False),
            id="r106-en-050",
        ),  # NICE NG202 and BTS CPAP guidance: mask pressure marks are common and handled with mask refitting and padding by the patient or sleep service.
        pytest.param(
            [
                "35F started keto 4 days ago, headache, tired, bit foggy",
                "drinking plenty, not diabetic, no meds, obs normal",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r106-en-051",
        ),  # NHS guidance on low-carbohydrate diets: short-lived headache and tiredness in the first week of carbohydrate restriction in a non-diabetic adult with normal observations needs only fluids, salt and rest.
        pytest.param(
            [
                "40M doing 16:8 fasting, felt lightheaded standing up quickly at work yesterday",
                "didn't pass out, fine since, BP 124/78 HR 70, not diabetic",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r106-en-052",
        ),  # NICE CG109 Transient loss of consciousness: there was no loss of consciousness; brief postural light-headedness in a well adult with normal observations is managed with fluids and slow standing.
        pytest.param(
            [
                "10 day old boy, breastfed, mum worried he's lost weight",
                "birth 3.60kg today 3.52kg, feeding 8-10x a day, 6+ wet nappies, yellow poos",
                "pink, alert, not yellow",
            ],
            _patient(10, "male", (), pregnant=None),
            id="r106-en-053",
        ),  # NICE NG75 Faltering growth: weight loss under 10% in the first days with good feeding and output is expected; continue routine weighing, with birth weight expected to be regained by 3 weeks.
        pytest.param(
            [
                "9mo girl, weight dropped from 50th to 9th centile over 3 months",
                "happy, eating purees, no vomiting or diarrhoea, meeting milestones",
            ],
            _patient(274, "female", (), pregnant=None),
            id="r106-en-054",
        ),  # NICE NG75 Faltering growth: a fall across 2 centile spaces in a well infant needs feeding assessment and planned monitoring, not same-day care.
        pytest.param(
            [
                "3yo boy, mum says he only eats bread, rice and bananas",
                "growing along the 25th centile, active, no weight loss",
            ],
            _patient(1135, "male", (), pregnant=None),
            id="r106-en-055",
        ),  # NHS and NICE NG75 guidance on faddy eating: a selective toddler growing steadily along his centile needs only parental advice on offering varied foods.
        pytest.param(
            [
                "14F BMI 33, mum wants help with her weight",
                "no snoring, periods regular, no headaches, BP 118/72",
            ],
            _patient(5110, "female", ("obesity",), pregnant=None),
            id="r106-en-056",
        ),  # NICE CG189 / NG246 Obesity: a child with obesity and no complications is offered a routine multicomponent weight-management programme.
        pytest.param(
            [
                "52F lost 12kg in 3 months, says on purpose, slimming club and walking daily",
                "eating 3 meals, no night sweats, no change in bowels, feels great",
            ],
            _patient(18980, "female", (), pregnant=False),
            id="r106-en-057",
        ),  # NICE CKS Unexplained weight loss: weight loss explained by deliberate dieting in a well person with no red flags needs no investigation.
        pytest.param(
            [
                "55M had refeeding problems in hospital 2 yrs ago after his bowel op, low phosphate then",
                "now BMI 21, eating well, here for repeat prescription and his yearly bloods",
            ],
            _patient(20175, "male", ("Crohn's disease",), pregnant=None),
            id="r106-en-058",
        ),  # NICE CG32 Nutrition support in adults: refeeding risk applies when intake has been very poor; a past episode with current good intake and stable weight needs only routine monitoring.
        pytest.param(
            [
                "44M sleeve 5 yrs ago, had a leak after the op and was in ITU for 3 wks back then",
                "here for yearly bloods, eats well, weight stable, no pain, no vomiting",
            ],
            _patient(16060, "male", ("sleeve gastrectomy",), pregnant=None),
            id="r106-en-059",
        ),  # NICE CG189 Obesity section 1.10 and BOMSS: after the first 2 years bariatric patients have annual monitoring in primary care; a past complication does not change that.
        pytest.param(
            [
                "66F drinking a slimming tea from the market for 2 wks, loose stools 3x a day",
                "no blood, drinking fine, not dizzy, no palpitations",
            ],
            _patient(24090, "female", (), pregnant=False),
            id="r106-en-060",
        ),  # NICE CKS Diarrhoea in adults: mild diarrhoea without blood, dehydration or red flags from a laxative-containing slimming tea resolves on stopping the tea with oral fluids.
        pytest.param(
            [
                "20岁女 进食障碍在市精神卫生中心跟着治疗快一年了",
                "今天来称体重，BMI 17.6，上个月17.1，心率60 血压104/66",
                "自己说最近能吃三顿，没晕过，月经还没恢复",
            ],
            _patient(7300, "female", ("anorexia nervosa",), pregnant=False),
            id="r106-zh-037",
        ),  # MEED (RCPsych 2022): BMI >15, heart rate >50 and normal blood pressure with improving weight are low (green) risk; care continues as routine monitoring with the eating-disorder team.
        pytest.param(
            [
                "女 21岁 大学生 不好意思地说暴食完有时候会抠吐，一周一两次",
                "抽血钾3.9，心率72，血压正常，牙齿有点酸蚀",
                "想找人帮她，没有想伤害自己的念头",
            ],
            _patient(7665, "female", (), pregnant=False),
            id="r106-zh-038",
        ),  # NICE NG69 Eating disorders (bulimia nervosa): without physical risk (normal potassium, stable observations, no self-harm) management is routine referral to eating-disorder services with guided self-help or CBT-ED.
        pytest.param(
            [
                "男 34岁 身体一直好 BMI 24",
                "自己在家断食3天只喝水，今天想恢复吃饭，问能不能直接吃正常饭",
                "没有头晕，心率70，血压122/78，血糖5.0",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r106-zh-039",
        ),  # NICE CG32 1.6: refeeding risk needs low BMI, major weight loss or little/no intake for >5-10 days; a healthy adult after a 3-day fast meets none of these and can resume normal eating gradually at home.
        pytest.param(
            [
                "女 36岁 半年前胃旁路",
                "说每次喝奶茶吃甜的，十几分钟就心慌出汗，肚子绞，要拉肚子",
                "过一个小时左右自己就好了，平时吃饭正常，没吐，没发烧",
            ],
            _patient(13140, "female", ("胃旁路术后",), pregnant=False),
            id="r106-zh-040",
        ),  # BOMSS/ASMBS nutrition guidance after bariatric surgery: early dumping (palpitations, sweating, cramps, diarrhoea within 30 minutes of sugary food) is managed with dietary change and routine dietitian review.
        pytest.param(
            [
                "男 44岁 两年前做过袖状胃",
                "昨天吃完一大碗米饭，过了两个小时手抖出冷汗，测血糖3.4",
                "吃了几块糖十分钟就好了，现在血糖6.2，人好好的，没有糖尿病不用降糖药",
            ],
            _patient(16060, "male", ("bariatric surgery",), pregnant=None),
            id="r106-zh-041",
        ),  # BOMSS guidance on post-bariatric hypoglycaemia: a self-treated late-dumping low glucose 1-3 hours after a carbohydrate meal in a non-diabetic who is now well needs routine review, dietary advice and glucose monitoring.
        pytest.param(
            [
                "女 39岁 三年前减肥手术，这半年觉得累",
                "查血红蛋白108，铁蛋白低",
                "走路不喘，没有心慌，月经量正常，大便颜色正常",
            ],
            _patient(14235, "female", ("bariatric surgery",), pregnant=False),
            id="r106-zh-042",
        ),  # BOMSS nutritional monitoring guidance: mild iron-deficiency anaemia after bariatric surgery without breathlessness or bleeding is treated with iron replacement in routine follow-up.
        pytest.param(
            [
                "1岁8个月女孩 这次体检上臂围12.2cm",
                "两脚不肿，会跑会玩，胃口可以，就是吃饭种类少",
                "不发烧不拉肚子",
            ],
            _patient(608, "female", (), pregnant=None),
            id="r106-zh-044",
        ),  # WHO IMCI chart booklet 2014: MUAC 11.5-12.5 cm without oedema or complications is moderate acute malnutrition, managed with feeding counselling and follow-up in 30 days.
        pytest.param(
            [
                "2岁半男孩 奶奶说挑食，只吃米饭和鸡蛋，青菜一口不吃",
                "身高体重按保健手册的曲线一直在中间偏下那条线上走",
                "活泼好动，大小便正常",
            ],
            _patient(912, "male", (), pregnant=None),
            id="r106-zh-045",
        ),  # WHO child growth standards and NICE CKS feeding problems in children: a well toddler with fussy eating whose growth follows a stable centile needs reassurance and feeding advice only.
        pytest.param(
            [
                "出生第3天 女宝 母乳喂养",
                "出生3.2kg 今天3.01kg",
                "一天吃奶十来次，湿尿布五六片，皮肤不怎么黄，睡醒会哭",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r106-zh-046",
        ),  # NICE NG75 Faltering growth 1.1: weight loss below 10% of birth weight in the first days is common; with effective feeding and adequate wet nappies only a routine weight check is needed.
        pytest.param(
            [
                "3个月男宝 每次吃完奶都会吐一点，有时从鼻子出来，妈妈很担心",
                "吐的是奶，不是黄绿色，也不是喷出来的",
                "这个月长了900克，吃奶好，爱笑",
            ],
            _patient(91, "male", (), pregnant=None),
            id="r106-zh-047",
        ),  # NICE NG1 GORD in children 1.1: effortless regurgitation in a thriving infant is normal and needs reassurance only; projectile or bilious vomiting and faltering growth are absent.
        pytest.param(
            [
                "男 79岁 儿子说老人这半年饭量小了",
                "半年前称63kg 今天60kg，身高170",
                "自己说没什么不舒服，大便正常，不咳嗽，能下地干点活",
            ],
            _patient(28835, "male", ("hypertension",), pregnant=None),
            id="r106-zh-048",
        ),  # NICE CG32 and the MUST tool: BMI >20 with under 5% weight loss in 6 months is low malnutrition risk, handled by routine screening and dietary advice in primary care.
        pytest.param(
            [
                "女 70岁 最近四个月瘦了6公斤，没有刻意减肥",
                "吃饭还行，没有吞咽困难，大便颜色正常没有血",
                "不发烧，不咳嗽，精神可以，血糖正常",
            ],
            _patient(25550, "female", (), pregnant=False),
            id="r106-zh-049",
        ),  # NICE NG12 Suspected cancer: unexplained weight loss in an older adult needs a planned GP assessment with blood tests and imaging or a suspected-cancer pathway, not same-day or emergency care when there are no acute features.
        pytest.param(
            [
                "男 55岁 喝酒三十年 每天半斤",
                "体检肝功能有点高，医生让他戒，他来问怎么办",
                "今天还喝了，手不抖，不出汗，吃饭正常，人清楚",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r106-zh-050",
        ),  # NICE CG115 Alcohol-use disorders: a dependent drinker wanting to stop with no current withdrawal features is offered planned assisted withdrawal and oral thiamine through routine services.
        pytest.param(
            [
                "男 63岁 十年前因为喝酒得过一次脑子的病在县医院住院，打过维生素B1",
                "现在记性一直差，问过的事转头就忘，这几年都这样，没变差",
                "走路稳，眼睛不抖，已经戒酒八年，家属来问维生素还要不要吃",
            ],
            _patient(22995, "male", ("Korsakoff syndrome",), pregnant=None),
            id="r106-zh-051",
        ),  # NICE CG100: long-standing, stable Korsakoff memory impairment after abstinence, without new confusion, ataxia or eye signs, needs routine follow-up and support, not emergency thiamine treatment.
        pytest.param(
            [
                "女 30岁 生酮饮食一个月，瘦了4公斤",
                "同事说她嘴里有股烂苹果味，她自己用试纸测尿酮2+，吓到了",
                "没有糖尿病，血糖5.2，不吐，不喘，吃喝正常",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r106-zh-052",
        ),  # ADA Standards of Care and JBDS DKA guideline: ketonuria with normal glucose in a non-diabetic person on a ketogenic diet is expected nutritional ketosis, not DKA, and needs only dietary advice.
        pytest.param(
            [
                "男 42岁 最近搞16比8轻断食，中午12点到晚上8点吃饭",
                "上午有点饿，偶尔有点头晕，吃了饭就好",
                "血糖4.8 血压128/80，没吃降糖药，没别的病",
            ],
            _patient(15330, "male", (), pregnant=None),
            id="r106-zh-053",
        ),  # Chinese guideline for medical nutrition therapy of overweight/obesity (2021): time-restricted eating is an acceptable weight-loss approach in healthy adults not on glucose-lowering drugs; mild hunger with normal glucose needs only self-care advice.
        pytest.param(
            [
                "女 32岁 网上买的司美格鲁肽 上周第一次打",
                "这几天有点恶心，吃得比以前少，有点便秘",
                "没吐，肚子不痛，能正常喝水，人有精神",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="r106-zh-054",
        ),  # Semaglutide product information and NICE TA875: mild nausea, reduced appetite and constipation are common early effects; without vomiting or abdominal pain they need routine review, including advice about the unregulated online source.
        pytest.param(
            [
                "男 45岁 老婆说他晚上打呼很响，有时候停一会儿才喘上来",
                "白天不犯困，开车不打瞌睡，不是开车的职业，BMI 30",
                "血压132/84，没有胸闷",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r106-zh-055",
        ),  # NICE NG202 OSAHS 1.1: suspected sleep apnoea without excessive sleepiness in a non-professional driver is referred routinely to a sleep service; expedited care is for sleepy vocational drivers or respiratory failure.
        pytest.param(
            [
                "女 25岁 怀孕8周",
                "早上起来恶心，一天吐一两次，中午以后就好多了",
                "能吃能喝，尿酮阴性，体重没降，尿量正常",
            ],
            _patient(9125, "female", (), pregnant=True),
            id="r106-zh-056",
        ),  # RCOG GTG69 and NICE CKS Nausea/vomiting in pregnancy: mild symptoms with oral intake maintained, no ketonuria and no weight loss are managed at home with dietary advice.
        pytest.param(
            [
                "女 48岁 为了控制血糖自己管住嘴迈开腿",
                "两个月瘦了6公斤，从78到72",
                "精神好，吃得规律，没心慌没头晕，就是问会不会瘦太快",
            ],
            _patient(17520, "female", ("糖尿病前期",), pregnant=False),
            id="r106-zh-057",
        ),  # Chinese obesity medical nutrition therapy guideline 2021 and NICE CG189: intentional loss of about 0.5-1 kg a week by diet and exercise is the recommended rate and needs no medical action.
        pytest.param(
            [
                "女 50岁 喝代餐减肥三个月，瘦了十几斤",
                "昨晚吃了红烧肉后右上腹痛了两个小时，后来自己好了",
                "现在不痛，不发烧，眼睛皮肤不黄，小便颜色正常",
            ],
            _patient(18250, "female", (), pregnant=False),
            id="r106-zh-058",
        ),  # NICE CG188 Gallstone disease: suspected biliary colic that has resolved, without fever, jaundice or persistent pain, is investigated with routine ultrasound and liver tests; rapid weight loss is a known risk factor.
        pytest.param(
            [
                "女 34岁 两个月前做的袖状胃",
                "她病友群里有人术后漏了进ICU，她很害怕，来问问",
                "现在每天能吃蛋白粉和软食，不吐，不发烧，心率76，肚子不痛，肩膀不痛",
            ],
            _patient(12410, "female", ("obesity",), pregnant=False),
            id="r106-zh-059",
        ),  # BOMSS/ASMBS guidance: staple-line leaks present with fever, tachycardia or pain mostly in the early weeks; a well patient two months after sleeve gastrectomy with normal observations needs only routine bariatric follow-up.
        pytest.param(
            [
                "男 28岁 马拉松爱好者 单位体检心率48",
                "平时吃得多，体重一直稳定，BMI 21",
                "没头晕没晕倒，跑步时不胸闷，体检心电图写的窦性心动过缓",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r106-zh-060",
        ),  # ESC 2020 guidelines on sports cardiology: asymptomatic sinus bradycardia in endurance athletes is a normal physiological adaptation needing no further action.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
