# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventeenth held-out round (2026-12-06, at commit a76a2a9: two reviewers, 120 cases on older
people (falls on anticoagulants, a long lie, delirium, hypothermia, pressure ulcers, neglect,
faecal impaction, chronic retention, polypharmacy), psychiatric medicines and substances
(lithium, clozapine, neuroleptic malignant syndrome, acute dystonia, opioids, benzodiazepine and
alcohol withdrawal, Wernicke's encephalopathy, eating disorders) and chronic disease follow-up
(heart failure, CKD, diabetes sick days and insulin errors, epilepsy with missed doses,
steroid dependence, hypertension in the elderly)). Before these fixes the rules found 16 of 20
and 14 of 20 emergencies, graded 6 of 25 and 5 of 25 same-day cases exactly, and sent 1 of 15
and 0 of 15 look-alikes to emergency.

New rules, each from its guideline (sources.py): clozapine's agranulocytosis and constipation
(MHRA), lithium, an NSAID in kidney disease, a diuretic in the heat, insulin given twice or the
wrong one, benzodiazepine, antiseizure medicine and steroids stopped, acute dystonia, diabetes
sick days (rules_medicines.py); a worse pressure ulcer, faecal impaction with overflow, chronic
retention, neglect of an older person (rules_older_people.py); Wernicke's encephalopathy;
painful acute retention is an emergency. A head injury on an anticoagulant is an emergency
(NICE NG232 §1.2.3: referred to the emergency department; it corrects e12-U06). A known
epilepsy's usual seizure, over and recovered from, unhurt, is no longer an emergency (NICE
NG217). Readings: 一直没醒过来, "found on kitchen floor", 东倒西歪, 前言不搭后语, "eyes keep
flicking", 眼睛往一边斜, "bent look", 就不喝了, "stopped yday", "after stroke" (the past),
"very cold", "no proper stool ~10 days", 没正经解过成形大便, 青一块紫一块, 瘦了一圈.
Kept on purpose: new confusion with a urinary infection in an 80-year-old stays an emergency
(NICE NG51: new altered mental state is high risk); slurred speech after a sedative and a
tongue thrust with a twisted mouth after metoclopramide stay emergencies (a stroke cannot be
ruled out by text); type 2 diabetes with vomiting and a glucose of 15.6 stays an emergency as
possible ketoacidosis; a standing blood pressure of 86/50 stays an emergency."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "他们村有个精神分裂的小伙，吃氯氮平好几年了",
                "家里说他五六天没解大便，肚子胀得跟鼓一样",
                "今天开始吐了，吐的东西还有股臭味",
            ],
            _patient(10220, "male", pregnant=None),
            id="p17-zh-014",
        ),  # MHRA Drug Safety Update (January 2020), Clozapine: fatal intestinal obstruction, faecal impaction and paralytic ileus
        pytest.param(
            [
                "问个事，村东头王大爷早上在院子里滑了一跤，后脑勺磕到台阶上了",
                "起了个小包，没出血，说话都正常，自己走回屋的",
                "家里问要不要紧，我看精神还行。哦对了，他房颤，一直吃着华法林",
            ],
            _patient(28470, "male", pregnant=None),
            id="p17-zh-015",
        ),  # NICE NG232 Head injury (2023), section 1.1 referral from community settings and section 1.4 CT for people on anticoagulants
        pytest.param(
            [
                "老刘喝酒几十年，一天一斤白酒",
                "最近饭吃得很少，这两天走路跟踩棉花似的，东倒西歪",
                "说话前言不搭后语，他老婆说他眼睛往一边斜，看东西重影",
            ],
            _patient(21170, "male", pregnant=None),
            id="p17-zh-031",
        ),  # NICE CG100 Alcohol-use disorders: physical complications (2010, updated 2017), section 1.2 Wernicke's encephalopathy
        pytest.param(
            [
                "癫痫病人，他妈说这礼拜药没按时吃，漏了好几回",
                "现在正在抽，我接电话到现在快十分钟了还没停",
                "中间一直没醒过来",
            ],
            _patient(6935, "male", pregnant=None),
            id="p17-zh-042",
        ),  # NICE NG217 Epilepsies in children, young people and adults (2022), prolonged or repeated seizures and convulsive status epilepticus
        pytest.param(
            [
                "neighbour called - 84F found on kitchen floor this morning",
                "thinks she fell last night, been there many hours, couldn't get up",
                "very cold, urine dark like tea, right hip sore",
            ],
            _patient(30660, "female", pregnant=False),
            id="p17-en-002",
        ),  # World Guidelines for Falls Prevention and Management for Older Adults (Age Ageing 2022), post-fall assessment; NICE CKS Falls - risk assessment
        pytest.param(
            [
                "28M on clozapine 6 months",
                "fever 39.4 today, shaking chills",
                "mouth ulcers and sore throat since yesterday, feels very weak",
            ],
            _patient(10220, "male", pregnant=None),
            id="p17-en-006",
        ),  # Clozapine SmPC section 4.4 agranulocytosis; NICE NG51 Sepsis (2024), neutropenic risk
        pytest.param(
            [
                "35M schizophrenia, on clozapine",
                "mother says no BM x6 days",
                "now tummy swollen hard, vomiting everything since this morning",
            ],
            _patient(12775, "male", pregnant=None),
            id="p17-en-007",
        ),  # MHRA Drug Safety Update (Sept 2020) Clozapine: reminder of potentially fatal risk of intestinal obstruction, faecal impaction and paralytic ileus
        pytest.param(
            [
                "49M hx heavy drinking (baijiu ~1 bottle/d) many yrs",
                "eating little",
                "today confused, can't walk straight, eyes keep flicking side to side",
            ],
            _patient(17885, "male", pregnant=None),
            id="p17-en-011",
        ),  # NICE CG100 Alcohol-use disorders: physical complications (2010, updated 2017), section 1.2 Wernicke's encephalopathy
        pytest.param(
            [
                "64M on insulin, usually Lantus 30u at night",
                "wife says he injected his Novorapid pen 30u by mistake at bedtime instead",
                "had no food after, now 10pm",
            ],
            _patient(23360, "male", pregnant=None),
            id="p17-en-016",
        ),  # ADA Standards of Care in Diabetes 2025, section 6 hypoglycaemia; NHS England/NPSA insulin safety (Never Event: insulin errors)
        pytest.param(
            [
                "78M c/o can't pass urine since last night",
                "lower tummy very painful, can feel it bulging",
                "started cold tablets with chlorphenamine 2/7 ago",
            ],
            _patient(28470, "male", pregnant=None),
            id="p17-en-020",
        ),  # NICE CKS LUTS in men (2023), acute urinary retention - immediate referral; NICE CG97 LUTS in men (2010, updated 2015)
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "吃氯氮平的那个姑娘，刚加到第六周",
                "今天说嗓子疼，体温37.9",
                "精神还行，能吃饭",
            ],
            _patient(8760, "female", pregnant=False),
            id="p17-zh-002",
        ),  # Clozapine SmPC section 4.4; Maudsley Prescribing Guidelines 14th ed. (2021), clozapine haematological monitoring
        pytest.param(
            [
                "糖尿病肾病的病人，肌酐平时一百五左右",
                "膝盖疼，自己药店买了布洛芬，一天三回吃了俩礼拜",
                "这两天脚肿了，尿也少了，说没劲",
            ],
            _patient(24820, "male", pregnant=None),
            id="p17-zh-004",
        ),  # KDIGO 2024 CKD Guideline, chapter 3 medication management (avoid NSAIDs); NICE NG148 Acute kidney injury (2019), sections 1.1–1.3
        pytest.param(
            [
                "吃呋塞米的老太，这几天天热，她怕跑厕所，水都不敢喝",
                "今天说一站起来就眼前发黑",
                "嘴干得起皮，一上午就尿了一回，颜色很深",
            ],
            _patient(29930, "female", pregnant=None),
            id="p17-zh-007",
        ),  # NICE NG148 Acute kidney injury (2019), section 1.1 identifying risk; Think Kidneys medicines sick-day guidance
        pytest.param(
            [
                "吃碳酸锂的大姐，前阵子腰疼在别处开了美洛昔康",
                "这两天手抖得比以前明显，拉了两回稀",
                "人清醒，走路还稳",
            ],
            _patient(17520, "female", pregnant=False),
            id="p17-zh-021",
        ),  # NICE CG185 Bipolar disorder (2014, updated 2023), section 1.10 lithium; BNF Lithium interactions (NSAIDs)
        pytest.param(
            [
                "老爷子早上打了诺和灵30R，26个单位",
                "中午他忘了早上打过，又打了一遍，刚打完半个钟头",
                "现在测血糖6.8，人好好的",
            ],
            _patient(27375, "male", pregnant=None),
            id="p17-zh-023",
        ),  # ADA Standards of Care in Diabetes 2025, section 6 (hypoglycaemia prevention); 中国2型糖尿病防治指南(2020年版) 胰岛素治疗
        pytest.param(
            [
                "吃激素的，泼尼松每天两片，吃了一年多",
                "药吃完三天了，家里寻思停了也行",
                "这两天没精神，恶心，不想吃饭，没吐，血压110/70",
            ],
            _patient(21900, "female", pregnant=None),
            id="p17-zh-025",
        ),  # Society for Endocrinology Adrenal crisis guidance (2020); NHS Steroid Emergency Card, National Patient Safety Alert (2020)
        pytest.param(
            [
                "癫痫的小伙子，丙戊酸钠吃完了，三四天没吃",
                "昨天晚上抽了一回，一分来钟，醒过来就好了",
                "今天没事，就问药断了咋办",
            ],
            _patient(8395, "male", pregnant=None),
            id="p17-zh-027",
        ),  # NICE NG217 Epilepsies (2022), adherence and withdrawal of antiseizure medication
        pytest.param(
            [
                "瘫在床上两年的老头，尾巴骨那块有褥疮",
                "以前就破了点皮，这礼拜烂深了，能看见黄的黑的烂肉，还有臭味",
                "周围红了一圈，人清醒，没发烧",
            ],
            _patient(29200, "male", pregnant=None),
            id="p17-zh-028",
        ),  # NICE CG179 Pressure ulcers (2014), section 1.4 management in adults; EPUAP/NPIAP/PPPIA International Guideline (2019)
        pytest.param(
            [
                "吃二甲双胍的病人，一天三顿吃着",
                "昨晚吃了剩菜，从早上到现在吐了四五回，拉了几回",
                "只能抿两口水，血糖15，药还照吃着呢",
            ],
            _patient(22995, "male", pregnant=None),
            id="p17-zh-035",
        ),  # ADA Standards of Care in Diabetes 2025, section 9 (metformin) and sick-day management; NICE NG28 Type 2 diabetes in adults (2015, updated 2022)
        pytest.param(
            [
                "老汉尿尿不痛快好几年了，总是滴滴答答",
                "最近裤子老是湿的，晚上还尿床",
                "今天给他摸肚子，肚脐下面鼓个包，按着不太疼，他说也不觉得憋",
            ],
            _patient(28105, "male", pregnant=None),
            id="p17-zh-039",
        ),  # NICE CG97 Lower urinary tract symptoms in men (2010, updated 2015); NICE CKS LUTS in men (2023), chronic urinary retention
        pytest.param(
            [
                "我姑吃阿普唑仑好几年了，前天药吃完了没去买",
                "这两天整宿整宿睡不着，心慌手抖，耳朵嗡嗡的，看啥都不对劲",
                "还没抽过，人是明白的",
            ],
            _patient(20805, "female", pregnant=None),
            id="p17-zh-041",
        ),  # NICE CKS Benzodiazepine and z-drug withdrawal (2024); WHO mhGAP 2.0 (2016), SUB module
        pytest.param(
            [
                "老太太这一个礼拜老是拉稀，裤子上总有稀的，憋不住",
                "家里当拉肚子，给吃了蒙脱石散",
                "后来细问，她快十天没正经解过成形大便了，肚子胀，一按就疼，还放屁，没吐",
            ],
            _patient(31025, "female", pregnant=None),
            id="p17-zh-044",
        ),  # NICE CKS Constipation (2023), faecal impaction and overflow
        pytest.param(
            [
                "有个事不知道归不归我们管",
                "村西头孙大爷，儿子儿媳在外打工，邻居说好几天没见他吃口热饭",
                "今天过去一看，人瘦了一圈，屋里一股尿骚味，胳膊上青一块紫一块，新的旧的都有，问他咋弄的也不吭声",
            ],
            _patient(29930, "male", pregnant=None),
            id="p17-zh-056",
        ),  # WHO Elder abuse fact sheet (2022); 中华人民共和国老年人权益保障法(2018修正) 家庭赡养与扶养
        pytest.param(
            [
                "老马天天喝酒，前天胃疼就不喝了",
                "今天手抖得厉害，一身一身冒汗，心跳快，坐不住",
                "人还认得人，没说胡话，以前没抽过风",
            ],
            _patient(18980, "male", pregnant=None),
            id="p17-zh-060",
        ),  # NICE CG100 Alcohol-use disorders: physical complications (2010, updated 2017), section 1.1 acute alcohol withdrawal; WHO mhGAP 2.0 SUB
        pytest.param(
            [
                "79F slipped on ice yday, put hand out",
                "R wrist swollen, bent look, very painful",
                "fingers pink, can move them, no head injury",
            ],
            _patient(28835, "female", pregnant=False),
            id="p17-en-021",
        ),  # NICE NG38 Fractures (non-complex) (2016), section 1.1 suspected fractures; World Falls Guidelines 2022
        pytest.param(
            [
                "bedbound granny 90F after stroke",
                "sore on her bottom getting bigger, deep, smells bad",
                "skin around red and hot spreading. no fever, eating ok",
            ],
            _patient(32850, "female", pregnant=False),
            id="p17-en-023",
        ),  # NICE CG179 Pressure ulcers (2014), section 1.4 management of infection; EPUAP/NPIAP International Guideline 2019
        pytest.param(
            [
                "village doc here",
                "84M lives alone, son in city",
                "neighbour says not eating for days, house dirty, soiled clothes, bruises on both arms and he seems scared of his nephew",
            ],
            _patient(30660, "male", pregnant=None),
            id="p17-en-024",
        ),  # WHO Elder abuse fact sheet (2024); NICE NG189 Safeguarding adults in care homes (2021), section 1.4
        pytest.param(
            [
                "86F c/o diarrhoea 4/7, soiling pants",
                "on codeine for knee",
                "no proper stool ~10 days, tummy uncomfortable, not eating well, passed less urine today",
            ],
            _patient(31390, "female", pregnant=False),
            id="p17-en-025",
        ),  # NICE CKS Constipation (2023), faecal impaction and overflow; NICE CG103 delirium risk factors
        pytest.param(
            [
                "74M dribbling urine day and night, wet pants",
                "no pain",
                "bloods: creat went from 110 to 210 in 2 months, tummy full to umbilicus on exam",
            ],
            _patient(27010, "male", pregnant=None),
            id="p17-en-026",
        ),  # NICE CG97 LUTS in men (2010, updated 2015), section 1.1 refer urgently with chronic retention and renal impairment; NICE CKS LUTS in men
        pytest.param(
            [
                "80M on furosemide 80mg daily",
                "hot weather, not drinking much, dizzy on standing",
                "passing little dark urine today, mouth dry",
            ],
            _patient(29200, "male", pregnant=None),
            id="p17-en-028",
        ),  # NICE NG148 Acute kidney injury (2019), section 1.1 risk and 1.2 detection; Think Kidneys sick-day guidance
        pytest.param(
            [
                "69F CKD 3b",
                "knee pain, took ibuprofen 400 tds for a week from pharmacy",
                "now ankles puffy, less urine, feels tired",
            ],
            _patient(25185, "female", pregnant=False),
            id="p17-en-029",
        ),  # NICE NG148 Acute kidney injury (2019), section 1.1; KDIGO 2024 CKD guideline, NSAID avoidance
        pytest.param(
            [
                "pt on lithium 800mg",
                "loose stools 2/7, otherwise ok",
                "also started losartan last month. hands a bit more shaky than usual",
            ],
            _patient(17155, "male", pregnant=None),
            id="p17-en-030",
        ),  # NICE CG185 Bipolar disorder (2014, updated 2023), section 1.10 lithium monitoring; NICE CKS Bipolar - lithium interactions
        pytest.param(
            [
                "33F on clozapine",
                "c/o sore throat since this morning",
                "no fever yet, T 37.4, eating ok",
            ],
            _patient(12045, "female", pregnant=None),
            id="p17-en-031",
        ),  # Clozapine SmPC section 4.4 (agranulocytosis - immediate FBC with infection signs); MHRA Clozapine monitoring guidance
        pytest.param(
            [
                "39M on clozapine 400mg",
                "no BM for 4 days, bloated",
                "still eating, passing wind, not vomiting",
            ],
            _patient(14235, "male", pregnant=None),
            id="p17-en-032",
        ),  # MHRA Drug Safety Update (Sept 2020) Clozapine and intestinal obstruction
        pytest.param(
            [
                "19F given metoclopramide inj for vomiting this am",
                "now neck twisting to one side, eyes stuck looking up",
                "scared. breathing ok, talking ok",
            ],
            _patient(6935, "female", pregnant=None),
            id="p17-en-033",
        ),  # WHO mhGAP Intervention Guide 2.0 (2016), PSY module - acute dystonia; MHRA Drug Safety Update (2013) metoclopramide
        pytest.param(
            [
                "62F stopped lorazepam suddenly 3 days ago (took 2mg/d x5y)",
                "very anxious, sweating, tremor, not slept",
                "no fit, no confusion",
            ],
            _patient(22630, "female", pregnant=False),
            id="p17-en-034",
        ),  # NICE CKS Benzodiazepine and z-drug withdrawal (2022); WHO mhGAP-IG 2.0 SUB module
        pytest.param(
            [
                "53M drinks heavily daily, stopped yday because wife angry",
                "shaky hands, sweaty, heart racing, feels sick",
                "fully alert, no fits, no hallucinations",
            ],
            _patient(19345, "male", pregnant=None),
            id="p17-en-035",
        ),  # NICE CG100 Alcohol-use disorders: physical complications (2010, updated 2017), section 1.1; WHO mhGAP-IG 2.0 SUB
        pytest.param(
            [
                "T1DM 22M, usually glargine 20u at bedtime",
                "realised he injected it twice tonight, 40u total",
                "sugar now 8.1, feels ok",
            ],
            _patient(8030, "male", pregnant=None),
            id="p17-en-040",
        ),  # ADA Standards of Care in Diabetes 2025, section 6 hypoglycaemia; NHS insulin safety guidance
        pytest.param(
            [
                "30F epilepsy on carbamazepine",
                "ran out 3 days ago, no seizures yet",
                "felt 'funny' twice this am, like her usual warning",
            ],
            _patient(10950, "female", pregnant=None),
            id="p17-en-041",
        ),  # NICE NG217 Epilepsies (2022), section 1.8 antiseizure medication adherence; MHRA antiepileptic switching guidance
        pytest.param(
            [
                "45F Addison's on hydrocortisone",
                "pharmacy had no stock, missed 2 days",
                "tired, nauseated, mild tummy ache, no vomiting",
            ],
            _patient(16425, "female", pregnant=None),
            id="p17-en-042",
        ),  # Society for Endocrinology Adrenal crisis guidance (2020); NHS England Steroid Emergency Card alert (2020)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "吃氯氮平一年多的病人，家属说他晚上流口水，枕头都湿了",
                "别的都好，不发烧，嗓子不疼，大便天天有",
            ],
            _patient(12775, "male", pregnant=None),
            id="p17-zh-001",
        ),  # Maudsley Prescribing Guidelines 14th ed. (2021), clozapine-induced hypersalivation
        pytest.param(
            [
                "慢性肾病三期的大爷，今天体检单上血钾5.3，后面有个向上的箭头",
                "家里吓坏了，问要不要住院",
                "人没不舒服，吃着缬沙坦",
            ],
            _patient(25185, "male", pregnant=None),
            id="p17-zh-003",
        ),  # KDIGO 2024 CKD Guideline, RAS inhibitor monitoring and hyperkalaemia; UK Kidney Association Hyperkalaemia guideline (2023)
        pytest.param(
            [
                "心衰的老王，脚脖子晚上有点肿",
                "早上起来就消了，这礼拜体重没变",
                "喘气跟以前一样，能干点轻活",
            ],
            _patient(26645, "male", pregnant=None),
            id="p17-zh-005",
        ),  # ESC 2021 Heart Failure Guidelines, follow-up of chronic HF; NICE NG106 Chronic heart failure (2018)
        pytest.param(
            [
                "病人吃恩格列净，今天查尿常规尿糖四个加号",
                "她问是不是糖尿病加重了，空腹血糖6.5",
                "没吐，不肚子疼，吃喝都正常",
            ],
            _patient(21900, "female", pregnant=None),
            id="p17-zh-006",
        ),  # ADA Standards of Care in Diabetes 2025, section 9 (SGLT2 inhibitors)
        pytest.param(
            [
                "我奶奶这一年记性越来越差，刚说的事转头就忘",
                "家里说她老糊涂了，是不是得赶紧上大医院",
                "吃饭睡觉都正常，没突然变，也没发烧",
            ],
            _patient(28835, "female", pregnant=None),
            id="p17-zh-008",
        ),  # NICE NG97 Dementia (2018), section 1.2 initial assessment in non-specialist settings
        pytest.param(
            [
                "我爸三天没解大便了，家里急得不行",
                "他平时就两三天一回",
                "肚子不胀不疼，吃饭放屁都正常",
            ],
            _patient(27740, "male", pregnant=None),
            id="p17-zh-009",
        ),  # NICE CKS Constipation (2023), diagnosis and self-care advice
        pytest.param(
            [
                "八十三岁老太，今天在家量了个血压165/85",
                "头不疼不晕，说话走路都正常",
                "平时吃着氨氯地平，前几天复查都是一百四左右",
            ],
            _patient(30295, "female", pregnant=None),
            id="p17-zh-010",
        ),  # NICE NG136 Hypertension in adults (2019, updated 2023), sections 1.4–1.5; 中国高血压防治指南(2024年修订版)
        pytest.param(
            [
                "刚开始吃二甲双胍俩礼拜，肚子有点胀，大便稀一点",
                "一天一两回，不吐，吃喝正常，也没觉得没劲",
            ],
            _patient(18250, "male", pregnant=None),
            id="p17-zh-018",
        ),  # NICE NG28 Type 2 diabetes in adults (2015, updated 2022), section 1.6 metformin; BNF Metformin
        pytest.param(
            [
                "打胰岛素的阿姨中午没吃饭去赶集，下午心慌出汗，测血糖3.6",
                "吃了几块糖，一刻钟后再测6.2，现在好了",
                "以前没这样过，人清楚",
            ],
            _patient(22630, "female", pregnant=None),
            id="p17-zh-020",
        ),  # ADA Standards of Care in Diabetes 2025, section 6 (hypoglycaemia treatment, the 15-15 rule)
        pytest.param(
            [
                "卧床的老头，今天翻身看屁股上有一块红",
                "手指一按就变白，松开又红，皮没破",
                "不疼，人挺好",
            ],
            _patient(30295, "male", pregnant=None),
            id="p17-zh-030",
        ),  # NICE CG179 Pressure ulcers (2014), sections 1.1–1.2 risk assessment and prevention; EPUAP/NPIAP International Guideline (2019)
        pytest.param(
            [
                "吃泼尼松的老病号，每天5毫克，感冒了发烧38度",
                "不吐，能吃能喝，精神还行",
                "问激素要不要停",
            ],
            _patient(23725, "female", pregnant=None),
            id="p17-zh-043",
        ),  # Society for Endocrinology sick day rules / NHS Steroid Emergency Card, National Patient Safety Alert (2020)
        pytest.param(
            [
                "癫痫病人，药一直按时吃",
                "刚才在家抽了一回，跟平时犯病一样，不到一分钟就停了",
                "现在醒了，有点累想睡，没摔着没磕着，一个月也就犯这么一回",
            ],
            _patient(10950, "male", pregnant=None),
            id="p17-zh-051",
        ),  # NICE NG217 Epilepsies (2022), information and support (when to call emergency services); NICE CKS Epilepsy (2023)
        pytest.param(
            [
                "老太太下午在院子里绊了一下，坐了个屁股墩",
                "自己马上就站起来了，膝盖蹭破点皮，走路没事",
                "没磕头，不吃抗凝药，今年头一回摔",
            ],
            _patient(26280, "female", pregnant=None),
            id="p17-zh-052",
        ),  # World Guidelines for Falls Prevention and Management for Older Adults (2022), risk stratification algorithm (low risk)
        pytest.param(
            [
                "老汉说晚上得起来两回尿尿，尿得也没年轻时有劲了",
                "这样好几年了，慢慢来的",
                "不疼，没见血，肚子摸着不鼓",
            ],
            _patient(25550, "male", pregnant=None),
            id="p17-zh-053",
        ),  # NICE CG97 Lower urinary tract symptoms in men (2010, updated 2015), section 1.1 initial assessment
        pytest.param(
            [
                "吃锂盐好几年了，老觉得渴，一天喝好几壶水，尿也多",
                "手有点细细的抖，跟以前差不多",
                "上个月查血锂0.7，肾功能正常，没拉没吐",
            ],
            _patient(14600, "female", pregnant=False),
            id="p17-zh-058",
        ),  # NICE CG185 Bipolar disorder (2014, updated 2023), section 1.10 lithium monitoring
        pytest.param(
            [
                "grandma 76 fell!!",
                "slipped and sat down on bum in the yard",
                "not on blood thinners, no head hit, got up herself straight away, walking normal, small bruise",
            ],
            _patient(27740, "female", pregnant=False),
            id="p17-en-046",
        ),  # World Guidelines for Falls Prevention and Management for Older Adults (2022), opportunistic case finding; NICE CKS Falls
        pytest.param(
            [
                "pt on lithium 10 yrs, worried",
                "hands have a fine shake when holding cup",
                "had it for years, same. level last wk 0.7, no D&V, walking fine",
            ],
            _patient(21535, "male", pregnant=None),
            id="p17-en-047",
        ),  # NICE CG185 Bipolar disorder (2014, updated 2023), section 1.10; NICE CKS Bipolar - lithium adverse effects
        pytest.param(
            [
                "37M on clozapine",
                "mum says pillow soaking wet every morning, drooling at night",
                "otherwise well, no fever, bowels ok",
            ],
            _patient(13505, "male", pregnant=None),
            id="p17-en-048",
        ),  # Clozapine SmPC section 4.8; Maudsley Prescribing Guidelines in Psychiatry (14th ed, 2021), clozapine hypersalivation
        pytest.param(
            [
                "INR 3.4 today, target 2-3",
                "on warfarin for AF",
                "no bleeding, no bruises, feels well",
            ],
            _patient(25915, "female", pregnant=False),
            id="p17-en-049",
        ),  # NICE CKS Anticoagulation - oral (2023), managing INR above target without bleeding
        pytest.param(
            [
                "73F both ankles swollen in evening",
                "on amlodipine 10 since 2 months",
                "no SOB, sleeps flat, weight same, gone by morning",
            ],
            _patient(26645, "female", pregnant=False),
            id="p17-en-050",
        ),  # NICE NG136 Hypertension in adults (2019, updated 2023), CCB side effects; BNF amlodipine
        pytest.param(
            [
                "new T2DM started metformin 500 bd last week",
                "loose stools and tummy rumbling, 2x a day",
                "no vomiting, drinking well, no pain",
            ],
            _patient(18250, "male", pregnant=None),
            id="p17-en-051",
        ),  # NICE NG28 Type 2 diabetes in adults (2015, updated 2022), section 1.7 metformin; ADA Standards of Care 2025, section 9
        pytest.param(
            [
                "54F on dapagliflozin",
                "itchy white discharge down below",
                "no fever, no pain or swelling in groin, feeling well",
            ],
            _patient(19710, "female", pregnant=False),
            id="p17-en-052",
        ),  # MHRA Drug Safety Update (2019) SGLT2 inhibitors: Fournier's gangrene; NICE CKS Candida - female genital
        pytest.param(
            [
                "epilepsy pt 27F on lamotrigine",
                "forgot last night's dose, remembered this morning",
                "no seizure, feels normal",
            ],
            _patient(9855, "female", pregnant=None),
            id="p17-en-053",
        ),  # NICE NG217 Epilepsies (2022), section 1.8 adherence; lamotrigine patient information leaflet
        pytest.param(
            [
                "on prednisolone 5mg long term",
                "has a runny nose and sneezing 2 days",
                "no fever, eating fine, should she double?",
            ],
            _patient(22995, "female", pregnant=False),
            id="p17-en-054",
        ),  # Society for Endocrinology Sick day rules / Steroid Emergency Card guidance (2020)
        pytest.param(
            [
                "80M no BM for 3 days, family anxious",
                "eating and drinking normally, passing wind",
                "tummy soft, no pain, no vomiting, not on opioids",
            ],
            _patient(29200, "male", pregnant=None),
            id="p17-en-055",
        ),  # NICE CKS Constipation (2023), adults - management
        pytest.param(
            [
                "81F home BP 150/85, daughter says too high",
                "on amlodipine, no headache, no dizziness",
                "feels fine",
            ],
            _patient(29565, "female", pregnant=False),
            id="p17-en-056",
        ),  # NICE NG136 Hypertension in adults (2019, updated 2023), section 1.4 blood pressure targets
        pytest.param(
            [
                "son says dad 78 getting forgetful",
                "over last year, slowly, repeats stories, misplaces keys",
                "no sudden change, sleeping and eating as usual",
            ],
            _patient(28470, "male", pregnant=None),
            id="p17-en-057",
        ),  # NICE NG97 Dementia (2018), section 1.2 initial assessment in non-specialist settings; NICE CG103 Delirium
        pytest.param(
            [
                "CKD 3a pt on ramipril",
                "K 5.6 on routine bloods",
                "no symptoms, eGFR stable",
            ],
            _patient(25550, "male", pregnant=None),
            id="p17-en-058",
        ),  # UK Kidney Association Hyperkalaemia guideline (2020, updated 2023), primary care management; KDIGO 2024 CKD guideline
        pytest.param(
            [
                "85F hands and feet feel cold, winter",
                "worried about hypothermia",
                "temp 36.4, alert, chatting, house heated",
            ],
            _patient(31025, "female", pregnant=False),
            id="p17-en-059",
        ),  # NICE NG6 Excess winter deaths and illness (2015), keeping warm advice
        pytest.param(
            [
                "T2DM 67M on gliclazide",
                "skipped lunch, felt shaky, sugar 3.6",
                "had sugary drink, 15 min later 6.4, ate meal, now fine",
            ],
            _patient(24455, "male", pregnant=None),
            id="p17-en-060",
        ),  # ADA Standards of Care in Diabetes 2025, section 6 hypoglycaemia; NICE NG28 (2022) sulfonylurea hypoglycaemia
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
