# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-eighth held-out round (2026-12-07, at commit 84cb39e: two reviewers, 120 cases on the gut and the
liver in adults and older people: upper GI bleeding, melaena, cirrhosis (bleeding, encephalopathy, peritonitis),
pancreatitis, cholangitis, perforation, mesenteric ischaemia, obstruction, acute severe colitis, dehydration in
older people, cholecystitis, jaundice, C. difficile, dysphagia, hernias, and the black or red stools that
foods make; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 12 of 16
and 14 of 16 emergencies (acute severe colitis with ten bloody stools, a fever and a fast pulse; an
85-year-old with diarrhoea, dizziness, little urine and a systolic of 92; overt hepatic encephalopathy with
flapping hands; a food bolus with saliva not going down; obstruction told as "hasn't opened bowels or passed
wind" with "vomiting dark green fluid"), graded 13 of 24 and 11 of 24 same-day cases exactly, and sent one
look-alike to emergency (black stool after duck and pig blood).

What changed: IBD named (溃结, UC, Crohn's) with bloody stools and a fever or a pulse over 90 is acute severe
colitis (BSG 2019, Truelove and Witts); dehydration with dizziness, little urine and a systolic under 100 is
severe; asterixis (手伸平了一抖一抖的, "flapping tremor") in cirrhosis is overt encephalopathy (EASL 2022); a food bolus
with drooling or nothing going down is complete obstruction (BSG); "hasn't opened bowels or passed wind";
"vomiting dark green fluid"; 次次带血; blood-rich foods (鸭血, 猪血) darken the stool like iron. After: 16/16,
16/16; 13/24, 11/24; look-alikes 20/20, 20/20.

Left: the same-day cases (cholecystitis, painless jaundice, a UC flare without systemic signs, C. difficile,
dysphagia, painful reducible hernias) were not worked on this session."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "溃结的小姑娘又发了，今天已经拉了十来次，次次带血",
                "烧到38.6，心率112",
                "没精神，吃不下东西，肚子按着痛",
            ],
            _patient(12764, "female", ("ulcerative colitis",), pregnant=False),
            id="r68-zh-006",
        ),  # NICE CKS溃疡性结肠炎（Truelove-Witts重度标准）：每日血便≥6次伴发热、心动过速，为急性重症结肠炎，需立即入院。
        pytest.param(
            [
                "85岁爷爷跑肚三天了，一天七八次水样便",
                "今天站都站不稳，说头晕，一上午就尿了一点点，黄得很",
                "嘴唇干起皮，血压92/58，平时都150多，在吃氢氯噻嗪",
            ],
            _patient(31232, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r68-zh-029",
        ),  # NICE CKS胃肠炎（脱水评估）：老人腹泻伴头晕、少尿、低血压，提示重度脱水及急性肾损伤，需立即转诊补液。
        pytest.param(
            [
                "他老婆带来的，说他这两天讲话颠三倒四，白天睡晚上闹",
                "认不得人了，问在哪里答不上来，手伸平了一抖一抖的",
                "以前医院说他肝不好，喝了几十年酒，这几天大便也没解",
            ],
            _patient(23162, "male", ("cirrhosis", "alcohol use disorder"), pregnant=None),
            id="r68-zh-040",
        ),  # 《肝硬化基层诊疗指南（2019年）》肝性脑病：肝病患者出现意识混乱、扑翼样震颤，为急性失代偿，需立即转上级医院。
        pytest.param(
            [
                "大爷吃饭的时候一块肉卡在胸口了，两个钟头了",
                "口水都咽不下去，一直往外吐口水",
                "呼吸还可以，说话正常",
            ],
            _patient(25700, "male", (), pregnant=None),
            id="r68-zh-053",
        ),  # NICE CKS吞咽困难：完全不能吞咽（连唾液都咽不下）属食管完全梗阻，需当天急诊内镜，按急症处理。
        pytest.param(
            [
                "Hasn't opened bowels or passed wind for 2 days",
                "Abdomen hugely distended and drum-like, vomiting dark green fluid",
                "Had a hysterectomy and a bowel op years ago. HR 104",
            ],
            _patient(27790, "female", ("hypertension",), pregnant=False),
            id="r68-en-038",
        ),  # NICE CKS constipation red flags: no stool or flatus, distension and bilious vomiting suggest bowel obstruction needing emergency admission.
        pytest.param(
            [
                "Known UC, 10-12 bloody stools a day for 3 days",
                "Temp 38.4, HR 108",
                "Tender across lower abdomen, looks washed out",
            ],
            _patient(10146, "male", ("ulcerative colitis",), pregnant=None),
            id="r68-en-052",
        ),  # NICE CKS ulcerative colitis (Truelove and Witts severe): 6 or more bloody stools a day with fever and tachycardia is acute severe colitis needing immediate admission.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "她说早上大便红红的，吓死了",
                "昨天晚上吃了一整个红心火龙果",
                "不痛不晕，没别的不舒服",
            ],
            _patient(10824, "female", (), pregnant=False),
            id="r68-zh-001",
        ),  # 便血评估原则（食物着色假象）：进食红心火龙果后大便发红为食物色素所致，无出血表现，观察即可。
        pytest.param(
            [
                "大叔说今天大便发黑",
                "昨晚吃了一大碗鸭血粉丝汤，又吃了猪血",
                "大便成形，不头晕，心率72，血压正常",
            ],
            _patient(18360, "male", (), pregnant=None),
            id="r68-zh-002",
        ),  # NICE CG141初始评估原则（黑便鉴别）：进食动物血制品可使大便发黑，成形且生命体征正常，观察即可。
        pytest.param(
            [
                "晚上吃完就睡，胸口烧，酸水往上返",
                "吃了点铝碳酸镁就好了，咽东西不卡",
                "白天干活爬坡都没事，体重没变，没黑便",
            ],
            _patient(14789, "male", (), pregnant=None),
            id="r68-zh-004",
        ),  # NICE CKS胃食管反流：典型烧心反酸、无报警症状，生活方式调整和非处方抑酸药即可。
        pytest.param(
            [
                "肠易激好几年了，这个礼拜工作忙，肚子胀，大便一会干一会稀",
                "没便血，体重不降，跟以前犯的时候一样",
            ],
            _patient(12996, "male", ("irritable bowel syndrome",), pregnant=None),
            id="r68-zh-009",
        ),  # NICE CKS肠易激综合征：已确诊、症状与既往一致、无报警症状，饮食和压力管理自我护理。
        pytest.param(
            [
                "小姑娘说吃完饭上腹胀，打嗝，有时候反酸",
                "一个多月了时好时坏，吃饭没问题，体重没掉",
                "没黑便没吐血，大便正常",
            ],
            _patient(10025, "female", (), pregnant=False),
            id="r68-zh-011",
        ),  # NICE CKS消化不良：<55岁无报警症状的消化不良，生活方式调整并检测幽门螺杆菌，常规门诊处理。
        pytest.param(
            [
                "小伙子说擦屁股纸上有鲜红的血，几滴",
                "大便有点干，肛门口有点痒，不痛",
                "不头晕，大便颜色正常",
            ],
            _patient(9338, "male", (), pregnant=None),
            id="r68-zh-014",
        ),  # NICE CKS痔疮及NG12 1.3：<50岁、便后纸上少量鲜血且无其他报警症状，不需紧急转诊，常规处理。
        pytest.param(
            [
                "解大便的时候肛门像刀割一样痛，纸上有一点鲜血",
                "大便比较干，有一个礼拜了",
            ],
            _patient(11488, "female", (), pregnant=False),
            id="r68-zh-016",
        ),  # NICE CKS肛裂：排便剧痛伴少量鲜血，<50岁无报警症状，基层常规处理（软化大便、局部治疗）。
        pytest.param(
            [
                "大爷腹股沟有个包，站起来就出来，躺下就没了",
                "不痛，有一年了，今天顺便问问",
                "大便放屁都正常",
            ],
            _patient(24346, "male", (), pregnant=None),
            id="r68-zh-019",
        ),  # 《成人腹股沟疝诊断和治疗指南（2018年版）》：无痛、可回纳的腹股沟疝，择期外科转诊即可。
        pytest.param(
            [
                "老爷子便秘好多年了，一直在吃乳果糖",
                "这几天效果差点，三天没解，还在放屁，肚子软不胀",
                "没便血，体重稳定，吃饭正常",
            ],
            _patient(27060, "male", ("chronic constipation",), pregnant=None),
            id="r68-zh-022",
        ),  # NICE CKS便秘：慢性便秘无红旗征（无便血、消瘦、梗阻表现），常规门诊调整泻药。
        pytest.param(
            [
                "生完孩子贫血，上个礼拜开始吃硫酸亚铁",
                "这两天大便是黑的，但是成形的，不稀不亮",
                "不头晕，心率76，肚子不痛",
            ],
            _patient(12014, "female", ("iron deficiency anaemia",), pregnant=False),
            id="r68-zh-024",
        ),  # NICE CKS缺铁性贫血（口服铁剂）：铁剂可使大便发黑；成形黑便且无头晕、心动过速，并非消化道出血，解释即可。
        pytest.param(
            [
                "昨天吃了隔夜饭，拉了四次稀的",
                "没血，不发烧，水喝得下，尿也正常",
            ],
            _patient(8148, "male", (), pregnant=None),
            id="r68-zh-027",
        ),  # NICE CKS胃肠炎：轻度腹泻、无血便无发热、饮水和尿量正常，口服补液自我护理。
        pytest.param(
            [
                "怀孕7个月，最近胸口烧心，躺下更厉害",
                "没有头痛眼花，血压118/72，胎动好",
            ],
            _patient(10298, "female", (), pregnant=True),
            id="r68-zh-030",
        ),  # NICE CKS消化不良（妊娠期）：妊娠期烧心常见，血压正常、无子痫前期表现，生活方式调整和抗酸药即可。
        pytest.param(
            [
                "昨晚吃火锅喝了酒，今天胃里烧，有点胀",
                "没吐血，大便正常黄色，能吃东西",
            ],
            _patient(11147, "male", (), pregnant=None),
            id="r68-zh-037",
        ),  # NICE CKS消化不良：饮酒辛辣饮食后一过性上腹不适，无报警症状，自我护理。
        pytest.param(
            [
                "在吃四联杀幽门螺杆菌的药，里面有个铋剂",
                "大便发黑，成形的，舌头也有点黑",
                "精神好，不头晕，血压心率正常",
            ],
            _patient(16709, "male", (), pregnant=None),
            id="r68-zh-042",
        ),  # NICE CKS消化不良（幽门螺杆菌根除治疗）：铋剂可使大便和舌苔变黑；无出血征象，宣教即可。
        pytest.param(
            [
                "体检B超说有胆囊结石，1厘米",
                "从来没痛过，想问要不要开刀",
            ],
            _patient(19090, "female", ("gallstones",), pregnant=False),
            id="r68-zh-044",
        ),  # NICE CKS胆石症及《胆石症基层诊疗指南》：无症状胆囊结石一般不需手术，常规随访即可。
        pytest.param(
            [
                "肠易激的病人，一紧张就肚子痛想拉，拉完就好了",
                "跟以前一样的样子，没有血，没瘦，晚上不会痛醒",
            ],
            _patient(11236, "female", ("irritable bowel syndrome",), pregnant=False),
            id="r68-zh-045",
        ),  # NICE CKS肠易激综合征：已确诊、症状模式与以往一致且无报警症状，可自我管理。
        pytest.param(
            [
                "体检B超说脂肪肝，转氨酶稍微高一点点",
                "没有不舒服，不黄，基本不喝酒",
            ],
            _patient(16600, "male", ("obesity",), pregnant=None),
            id="r68-zh-046",
        ),  # NICE CKS非酒精性脂肪性肝病：体检发现脂肪肝且无症状，常规门诊评估和生活方式干预。
        pytest.param(
            [
                "她说三四天才解一次大便，干，解得费劲",
                "有半年了，平时不怎么吃蔬菜，水也喝得少",
                "没便血，体重没变，肚子不胀不痛",
            ],
            _patient(12495, "female", (), pregnant=False),
            id="r68-zh-050",
        ),  # NICE CKS便秘：无红旗征的功能性便秘，以增加膳食纤维、饮水和容积性泻药自我管理为主。
        pytest.param(
            [
                "乙肝携带者，来问复查啥时候做",
                "没有不舒服，不黄，吃饭正常",
            ],
            _patient(13194, "male", ("hepatitis B",), pregnant=None),
            id="r68-zh-052",
        ),  # 《肝硬化基层诊疗指南（2019年）》慢性乙肝随访：无症状乙肝携带者按计划定期复查，常规门诊。
        pytest.param(
            [
                "一喝牛奶就肚子胀，屁多，有时候拉稀",
                "不喝就没事，没有血，体重正常",
            ],
            _patient(9074, "female", (), pregnant=False),
            id="r68-zh-057",
        ),  # NICE CKS肠易激综合征/饮食原则：进食乳制品后腹胀排气，无报警症状，饮食调整即可。
        pytest.param(
            [
                "Took Pepto-Bismol for an upset stomach, now black stools and a black tongue",
                "Well, obs normal, no abdo pain",
            ],
            _patient(19331, "male", (), pregnant=None),
            id="r68-en-007",
        ),  # NICE CKS dyspepsia (bismuth): bismuth turns stools and tongue black; no bleeding features, so reassurance.
        pytest.param(
            [
                "Stools dark, almost black, after eating loads of blueberries yesterday",
                "Formed, no dizziness, obs normal",
            ],
            _patient(14776, "male", (), pregnant=None),
            id="r68-en-008",
        ),  # NICE CG141 initial assessment principles (melaena mimic): dark fruit can darken stool; formed stool with normal obs is not melaena.
        pytest.param(
            [
                "Longstanding constipation, uses senna",
                "Last BO 3 days ago, passing wind, abdo soft",
                "No blood, weight stable, no change in his usual pattern",
            ],
            _patient(25593, "male", ("Parkinson's disease",), pregnant=None),
            id="r68-en-013",
        ),  # NICE CKS constipation: chronic constipation without red flags needs routine laxative review, not urgent care.
        pytest.param(
            [
                "Gallstones picked up on a scan for something else",
                "Never had any pain, asking if she needs an op",
            ],
            _patient(21159, "female", ("gallstones",), pregnant=False),
            id="r68-en-014",
        ),  # NICE CKS gallstones: asymptomatic gallbladder stones do not usually need surgery; routine advice only.
        pytest.param(
            [
                "Heartburn and sour taste at night, worse after wine and late meals",
                "Swallowing fine, weight steady, no vomiting",
                "No chest pain when she walks or climbs stairs",
            ],
            _patient(16892, "female", (), pregnant=False),
            id="r68-en-015",
        ),  # NICE CKS GORD: typical reflux without alarm features is managed with lifestyle change and OTC antacids.
        pytest.param(
            [
                "Known IBS, bloating and alternating loose/hard stools, same as usual",
                "Better after opening bowels, no blood, no weight loss, nothing at night",
            ],
            _patient(10059, "female", ("irritable bowel syndrome",), pregnant=False),
            id="r68-en-018",
        ),  # NICE CG61 / CKS IBS: an established IBS pattern without alarm features is managed with self-care.
        pytest.param(
            [
                "Crampy pain and urgency when stressed at work, on and off for a year",
                "Better after he goes, no bleeding, weight steady, no family history of bowel disease",
            ],
            _patient(9119, "male", (), pregnant=None),
            id="r68-en-022",
        ),  # NICE CG61 IBS: typical symptoms without red flags need a routine appointment for basic tests, not urgent care.
        pytest.param(
            [
                "Lump in left groin for a few months, goes back when lying down",
                "Not painful, no vomiting, bowels normal",
                "Wants to know about surgery",
            ],
            _patient(26211, "male", (), pregnant=None),
            id="r68-en-023",
        ),  # 成人腹股沟疝诊断和治疗指南 (2018): a painless reducible inguinal hernia needs routine surgical referral.
        pytest.param(
            [
                "Hep B on tenofovir, due his 6-monthly bloods and scan",
                "Feels well, no yellowing, no swelling",
            ],
            _patient(17605, "male", ("hepatitis B",), pregnant=None),
            id="r68-en-029",
        ),  # China 肝硬化基层诊疗指南 (2019) follow-up: well chronic hepatitis B needs routine scheduled monitoring.
        pytest.param(
            [
                "Student, D&V since last night, 3-4 loose stools",
                "Drinking well, passing urine, no blood, no fever",
            ],
            _patient(6963, "male", (), pregnant=None),
            id="r68-en-035",
        ),  # NICE CKS gastroenteritis: mild diarrhoea without blood or dehydration is managed at home with fluids.
        pytest.param(
            [
                "Bloated and windy after milk and cheese",
                "No blood, no weight loss, bowels otherwise normal",
            ],
            _patient(11182, "female", (), pregnant=False),
            id="r68-en-037",
        ),  # NICE CKS IBS/dietary advice: bloating after dairy without alarm features is managed by diet change.
        pytest.param(
            [
                "Red stools this morning, worried it's blood",
                "Had a big beetroot salad last night, urine pinkish too",
                "Otherwise well",
            ],
            _patient(12931, "female", (), pregnant=False),
            id="r68-en-042",
        ),  # Rectal bleeding assessment (food colouring mimic): beetroot can colour stool and urine red; well with no bleeding features, so self-care.
        pytest.param(
            [
                "Burning upper tummy after big meals, lots of burping",
                "Few weeks, no weight loss, no trouble swallowing",
                "Not vomiting, stools normal colour",
            ],
            _patient(12095, "male", (), pregnant=None),
            id="r68-en-044",
        ),  # NICE CKS dyspepsia: under 55 with no alarm features can be managed with lifestyle advice and OTC antacids.
        pytest.param(
            [
                "Sharp pain when opening bowels, bit of bright blood on the paper",
                "Hard stools for 2 weeks, otherwise well",
            ],
            _patient(11187, "male", (), pregnant=None),
            id="r68-en-045",
        ),  # NICE CKS anal fissure: painful defecation with a little bright blood under 50 without alarm features is routine primary care.
        pytest.param(
            [
                "Bowels every 3-4 days, hard, lots of straining",
                "Low fibre diet, no blood, no weight loss",
            ],
            _patient(10596, "female", (), pregnant=False),
            id="r68-en-046",
        ),  # NICE CKS constipation: no red flags, so diet, fluids and a bulk-forming laxative as self-care.
        pytest.param(
            [
                "Bright red blood on the tissue after straining, a few streaks",
                "Feels a soft lump that goes back in, not painful",
                "Bowel habit unchanged, no dizziness",
            ],
            _patient(9829, "female", (), pregnant=False),
            id="r68-en-049",
        ),  # NICE CKS haemorrhoids and NG12 1.3: under 50 with bright red blood on the paper and no other features is routine primary care.
        pytest.param(
            [
                "Taking ibuprofen for back pain for a week, mild burning in upper tummy",
                "No black stools, no vomiting, eating fine",
            ],
            _patient(16063, "female", (), pregnant=False),
            id="r68-en-054",
        ),  # NICE CKS dyspepsia: NSAID-related dyspepsia without alarm features needs routine medicine review (stop NSAID or add PPI).
        pytest.param(
            [
                "Started ferrous sulphate 10 days ago for heavy periods, stools now black",
                "Formed, not sticky or tarry, no dizziness",
                "HR 74, feels fine",
            ],
            _patient(15008, "female", ("iron deficiency anaemia",), pregnant=False),
            id="r68-en-055",
        ),  # NICE CKS anaemia - iron deficiency (oral iron): iron commonly turns stools black; formed stools with normal obs are not melaena, so reassurance.
        pytest.param(
            [
                "Long-standing reflux, ran out of omeprazole, symptoms back",
                "Eating and swallowing fine, no weight loss, no black stools",
            ],
            _patient(14018, "male", ("GORD",), pregnant=None),
            id="r68-en-058",
        ),  # NICE CKS GORD: known reflux with no red flags needs a routine prescription review.
        pytest.param(
            [
                "Ultrasound shows fatty liver, ALT slightly up",
                "No symptoms, drinks about 4 units a week",
            ],
            _patient(18570, "male", ("diabetes",), pregnant=None),
            id="r68-en-059",
        ),  # NICE CKS NAFLD: asymptomatic fatty liver is assessed routinely with lifestyle advice.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
