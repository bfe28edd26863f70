# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-sixth held-out round (2026-12-07, at commit e1fc954: two reviewers, 120 cases on
diabetes, endocrine, kidney and electrolyte problems in adults and older people, often relayed as
meter readings or laboratory values: hypoglycaemia on insulin or a sulfonylurea, DKA (on an SGLT2
inhibitor too), a hyperosmolar state, thyroid storm, myxoedema, adrenal crisis and a stopped
steroid, potassium, sodium and calcium, hypocalcaemia after thyroid surgery, acute kidney injury,
rhabdomyolysis, new type 1 diabetes, the diabetic foot and Charcot foot, dysthyroid optic
neuropathy; a single high reading, a treated hypo and stable results as look-alikes; 16
emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 16 of 16 and
15 of 16 emergencies, graded 15 of 24 and 15 of 24 same-day cases exactly, and sent no look-alike
to emergency.

What changed: 血糖一直20多 was read as a glucose of 1 (the 一 of 一直 taken for a numeral) and
graded severe hypoglycaemia; it is now high sugars told; 尿酮阴性 is ketones denied, and urine
ketones 1+ are trace (JBDS-IP: DKA needs 2+ or blood ketones of 3); a low reading told without its
name (测2.8, 又是3.1) is a hypo; 水肿不明显 is not oedema; 觉得好了自己停了 is a medicine stopped
(not a seizure stopping); new rules, each from its guideline: hypocalcaemia after thyroid surgery
(SfE 2016: tingling the same day; hands drawn into claws or stridor an emergency), a red, hot,
swollen diabetic foot with intact skin (NICE NG19: Charcot), colours washed out (an optic nerve
sign; NICE CKS, EUGOGO 2021), rhabdomyolysis (KDIGO 2012), an SGLT2 inhibitor with nausea,
vomiting or abdominal pain (MHRA: ketoacidosis at a near-normal glucose), high sugars with an
infection or poor intake on treatment (JBDS-IP 2022). After: 16/16, 16/16; 23/24, 22/24;
look-alikes 20/20, 20/20.

Kept deliberately: a pyelonephritis with vomiting and a glucose of 16 stays an emergency (DKA
until ketones are known), as does blood ketones of 1.8 with vomiting in type 1 diabetes, and
painful retention that could not be catheterised at the clinic. Left: a creatinine rise against
a baseline (196 against 92) is not read as acute kidney injury."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "lady 45, thyroid op 3 days ago, discharged yesterday",
                "now hands cramping into claws, numb lips, and noisy breathing when she breathes in",
                "no calcium result yet",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r36-en-049",
        ),  # Society for Endocrinology Emergency Endocrine Guidance: Acute hypocalcaemia 2016 (post-thyroidectomy hypocalcaemia with tetany/carpopedal spasm/laryngospasm -> urgent IV calcium gluconate in hospital)
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "男58 糖尿病20年 脚早就没知觉了",
                "右脚中间肿了 红，摸着比左脚热好多",
                "没破没伤口 也不咋痛 没发烧",
            ],
            _patient(
                21314,
                "male",
                (
                    "2型糖尿病",
                    "糖尿病周围神经病变",
                ),
                pregnant=False,
            ),
            id="r36-zh-002",
        ),  # NICE NG19 1.3.2 and 1.5: suspected acute Charcot arthropathy (red, warm, swollen neuropathic foot) -> refer within 1 working day, offload
        pytest.param(
            [
                "老头79 吃格列美脲 2mg一天两次",
                "昨天晚上出汗心慌 测2.8 吃了糖好了",
                "今早又是3.1，吃了馒头现在好了 人清醒",
                "他最近吃饭少，上次肌酐160",
            ],
            _patient(
                29014,
                "male",
                (
                    "2型糖尿病",
                    "慢性肾脏病",
                ),
                pregnant=False,
            ),
            id="r36-zh-010",
        ),  # JBDS-IP Hospital management of hypoglycaemia in adults: sulfonylurea hypoglycaemia may recur for 24-36 h, especially with renal impairment -> same-day medical review/observation and stop sulfonylurea; ADA 2024 Sec.13 older adults
        pytest.param(
            [
                "女45 上礼拜刚做了甲状腺全切",
                "今天嘴巴周围 手指头发麻，小腿有点抽筋",
                "不喘 说话正常",
            ],
            _patient(16576, "female", ("甲状腺全切术后",), pregnant=False),
            id="r36-zh-012",
        ),  # Society for Endocrinology Emergency Endocrine Guidance: acute hypocalcaemia in adults (2016): symptomatic post-thyroidectomy hypocalcaemia -> same-day serum calcium and treatment
        pytest.param(
            [
                "女52 2型 吃恩格列净",
                "昨天开始恶心 吐了两回 不想吃东西",
                "血糖8.9 不高，我们这测不了血酮",
                "呼吸还平稳 人清醒",
            ],
            _patient(19053, "female", ("2型糖尿病",), pregnant=False),
            id="r36-zh-026",
        ),  # MHRA Drug Safety Update SGLT2 inhibitors: unwell with nausea/vomiting -> test ketones even if glucose near normal, stop drug; same-day assessment; 中国SGLT2抑制剂临床合理应用专家共识
        pytest.param(
            [
                "女31 最近两个月瘦了七八斤 口渴尿多",
                "今天随机血糖22.4 尿酮1+",
                "人精神还行 没吐 能吃能喝",
                "以前体检都正常 家里没人有糖尿病",
            ],
            _patient(11337, "female", (), pregnant=False),
            id="r36-zh-039",
        ),  # NICE NG17 1.1 / NICE CKS Diabetes type 1: suspected type 1 diabetes in an adult (weight loss, hyperglycaemia, ketosis) -> same-day referral to specialist diabetes team; 中国1型糖尿病诊治指南(2021)
        pytest.param(
            [
                "女67 类风湿 泼尼松吃了一年多 每天10mg",
                "上礼拜觉得好了自己停了",
                "这几天没力气 恶心 吃不下",
                "BP104/66 人清醒 没吐",
            ],
            _patient(24491, "female", ("类风湿关节炎",), pregnant=False),
            id="r36-zh-043",
        ),  # Society for Endocrinology/Endocrine Society guidance on adrenal insufficiency from exogenous glucocorticoids (Simpson et al. 2020): abrupt cessation of long-term prednisolone with symptoms -> same-day review to restart steroid
        pytest.param(
            [
                "维持性血透病人 男55",
                "周一那次没去透，今天复查钾6.1",
                "不喘 能平躺 心率78 水肿不明显",
            ],
            _patient(20178, "male", ("尿毒症 维持性血透",), pregnant=False),
            id="r36-zh-054",
        ),  # UK Kidney Association Treatment of acute hyperkalaemia in adults (2020): moderate K 6.0-6.4 without ECG change/symptoms -> urgent same-day treatment (dialysis today)
        pytest.param(
            [
                "女74 打胰岛素的 这两天咳嗽 发烧38.2",
                "血糖一直20多 今早24.5 吃得很少",
                "人清醒 尿酮阴性 水喝得不多",
                "BP112/68 P98",
            ],
            _patient(27078, "female", ("2型糖尿病",), pregnant=False),
            id="r36-zh-056",
        ),  # JBDS-IP HHS guideline (infection, rising glucose, poor intake in older adult = early HHS risk) and 中国2型糖尿病防治指南(2020): 血糖持续>16.7 伴感染 进食差需当日就医
        pytest.param(
            [
                "pt 67 M, diarrhoea 2 days, been taking ibuprofen for back pain, also on valsartan + HCTZ",
                "creat today 196 umol/L, baseline 92 in march",
                "still peeing but less, BP 108/66 (usually 140s), K 5.3",
            ],
            _patient(24471, "male", ("hypertension",), pregnant=None),
            id="r36-en-004",
        ),  # NICE NG148 Acute kidney injury (KDIGO stage 2 AKI: stop NSAID/ARB/diuretic, same-day clinical assessment); KDIGO AKI guideline 2012
        pytest.param(
            [
                "F 50, thyroidectomy 5 days ago",
                "tingling around lips and fingertips since this morning",
                "no cramps no spasm, breathing fine, voice ok",
            ],
            _patient(18262, "female", (), pregnant=None),
            id="r36-en-022",
        ),  # Society for Endocrinology Emergency Endocrine Guidance: Acute hypocalcaemia 2016 (post-surgical hypocalcaemia with mild symptoms -> same-day calcium measurement and oral/IV replacement as indicated)
        pytest.param(
            [
                "23 y/o male student, thirsty drinking loads, peeing all night, lost 6kg in a month",
                "random glucose 22.4, urine ketone +, blood ketone 0.9",
                "alert, eating ok, no vomiting no belly pain, RR 16",
            ],
            _patient(8400, "male", (), pregnant=None),
            id="r36-en-029",
        ),  # NICE NG17 1.1 and NICE CKS Diabetes type 1 (suspected type 1 diabetes in an adult -> same-day referral to specialist diabetes team); no DKA criteria (ketones <3, no acidosis signs)
        pytest.param(
            [
                "construction worker 35M, 12h shift in the heat yesterday, today muscles very sore and weak",
                "urine dark like cola",
                "CK 18000 at township, creat 132",
                "drinking ok, BP 118/70",
            ],
            _patient(12783, "male", (), pregnant=None),
            id="r36-en-032",
        ),  # KDIGO AKI guideline 2012 / NICE NG148 1.1 (rhabdomyolysis is an AKI risk; needs same-day hospital IV fluids and monitoring of creatinine and potassium)
        pytest.param(
            [
                "diabetic 61F, ulcer under R 1st met head, redness spreading around it ~4cm, warm, some pus",
                "T 37.4, HR 84, otherwise feels well",
                "sugars running high this week 14-17",
            ],
            _patient(22280, "female", ("type 2 diabetes",), pregnant=None),
            id="r36-en-035",
        ),  # NICE NG19 Diabetic foot problems 1.3 and 1.6 (active diabetic foot problem with moderate infection -> start antibiotics and refer to MDT foot service within 1 working day); IWGDF/IDSA 2023 moderate infection (erythema >2 cm, no SIRS)
        pytest.param(
            [
                "Graves pt 52M, eyes bulging for a year",
                "last 3 days R eye blurry, colours look washed out",
                "no pain no injury",
            ],
            _patient(18993, "male", ("hyperthyroidism (Graves disease)",), pregnant=None),
            id="r36-en-041",
        ),  # EUGOGO 2021 guideline for Graves' orbitopathy (suspected dysthyroid optic neuropathy: reduced acuity/colour vision -> urgent specialist referral for IV glucocorticoids)
        pytest.param(
            [
                "pt 57M T2DM with neuropathy, R foot swollen hot red for 1 wk, not really painful",
                "skin intact no wound, no fever",
                "foot feels clearly warmer than the left",
            ],
            _patient(
                20819,
                "male",
                (
                    "type 2 diabetes",
                    "diabetic neuropathy",
                ),
                pregnant=None,
            ),
            id="r36-en-045",
        ),  # NICE NG19 Diabetic foot problems 1.3.3/1.5 (suspected acute Charcot arthropathy -> refer within 1 working day to MDT foot service, offer non-weight-bearing treatment)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "打胰岛素的 男56",
                "上午干活没吃早饭 心慌出汗 测3.5",
                "喝了一瓶可乐 15分钟复测6.4，吃了饭 现在好好的",
            ],
            _patient(20464, "male", ("2型糖尿病",), pregnant=False),
            id="r36-zh-003",
        ),  # ADA 2024 Sec.6 level 1 hypoglycaemia: 15-20 g fast carbohydrate, recheck at 15 min, then meal; 中国2型糖尿病防治指南(2020) 低血糖处理 - home care with advice
        pytest.param(
            [
                "体检 肌酐118 eGFR54",
                "去年也是115左右 前年112",
                "女68 高血压 吃氨氯地平 尿蛋白阴性 没不舒服",
            ],
            _patient(25037, "female", ("高血压",), pregnant=False),
            id="r36-zh-008",
        ),  # NICE NG203 Chronic kidney disease 1.1/1.3: stable CKD G3a A1 -> routine monitoring (annual eGFR/ACR)
        pytest.param(
            [
                "两周前开始吃雷米普利",
                "今天复查肌酐113，用药前是96",
                "钾4.9 血压138/82 没不舒服",
            ],
            _patient(
                21239,
                "male",
                (
                    "高血压",
                    "2型糖尿病",
                ),
                pregnant=False,
            ),
            id="r36-zh-011",
        ),  # NICE NG203 CKD 1.6: after starting ACEi, creatinine rise <30% (eGFR fall <25%) -> do not change dose, routine repeat
        pytest.param(
            [
                "TSH 0.32 偏低，FT3 FT4都正常",
                "女44 没心慌 没瘦",
                "体检查出来的",
            ],
            _patient(16321, "female", (), pregnant=False),
            id="r36-zh-014",
        ),  # NICE NG145 Thyroid disease 1.5: subclinical hyperthyroidism -> repeat thyroid function in about 3 months, routine
        pytest.param(
            [
                "女33 没糖尿病",
                "说早上没吃饭 上午手抖出汗心慌",
                "来了测指尖血糖4.6 吃了点东西就好了",
            ],
            _patient(12153, "female", (), pregnant=False),
            id="r36-zh-018",
        ),  # Endocrine Society 2009 Evaluation and management of adult hypoglycemic disorders: no Whipple's triad (glucose 4.6 normal) in a non-diabetic -> no evaluation needed, regular meals
        pytest.param(
            [
                "糖尿病 男70 脚后跟干裂 脚底有老茧",
                "没破 不红 不肿 不痛",
                "足背动脉摸得到",
            ],
            _patient(25637, "male", ("2型糖尿病",), pregnant=False),
            id="r36-zh-020",
        ),  # NICE NG19 1.2-1.3: callus without ulcer/infection = risk foot -> routine foot protection/podiatry and foot care education
        pytest.param(
            [
                "体检空腹血糖7.6",
                "男47 没口干多饮 体重没变",
                "以前没测过",
            ],
            _patient(17211, "male", (), pregnant=False),
            id="r36-zh-021",
        ),  # WHO 2006/2019 diagnostic criteria and ADA 2024 Sec.2: single raised fasting glucose without symptoms -> repeat test/HbA1c for confirmation, routine
        pytest.param(
            [
                "糖化9.6",
                "男55 吃二甲双胍一年了 空腹10左右",
                "没口干多尿 没瘦",
            ],
            _patient(20208, "male", ("2型糖尿病",), pregnant=False),
            id="r36-zh-024",
        ),  # 中国2型糖尿病防治指南(2020) 治疗路径 and NICE NG28 1.6: HbA1c above target without symptoms -> routine treatment intensification
        pytest.param(
            [
                "2型 女61 吃二甲双胍",
                "昨天吃坏了 拉了两次稀 今天好多了",
                "能吃能喝 尿正常 血糖7.9",
            ],
            _patient(22550, "female", ("2型糖尿病",), pregnant=False),
            id="r36-zh-028",
        ),  # TREND-UK/Diabetes UK sick-day guidance and 中国2型糖尿病防治指南(2020): mild self-limiting diarrhoea with normal intake and glucose -> home fluids and sick-day advice
        pytest.param(
            [
                "阿狄森病 女38 平时吃氢化可的松",
                "感冒了 发烧37.9，已经按医生说的把药加了一倍",
                "能吃能喝 没吐没拉 血压118/74",
            ],
            _patient(13889, "female", ("原发性肾上腺皮质功能减退(阿狄森病)",), pregnant=False),
            id="r36-zh-033",
        ),  # Endocrine Society PAI guideline (2016) and Society for Endocrinology sick-day rule 1: fever/illness -> double oral hydrocortisone at home; seek help only if vomiting or unable to take tablets
        pytest.param(
            [
                "体检报告 血钙2.66 打了个上箭头",
                "女59 不口渴 不便秘 精神好",
                "要不要紧啊",
            ],
            _patient(21729, "female", (), pregnant=False),
            id="r36-zh-042",
        ),  # NICE CKS Hypercalcaemia: asymptomatic adjusted calcium <3.0 -> repeat with PTH, routine investigation (e.g. primary hyperparathyroidism, NICE NG132)
        pytest.param(
            [
                "老头80 化验 钠133",
                "吃饭还行 没头晕 没摔跤",
                "就是常规复查",
            ],
            _patient(29235, "male", ("高血压",), pregnant=False),
            id="r36-zh-044",
        ),  # European Clinical Practice Guideline on hyponatraemia (2014): mild asymptomatic hyponatraemia (130-135) -> routine review of cause and repeat
        pytest.param(
            [
                "男52 痛风好几年了",
                "昨晚喝了酒 今早右脚大脚趾又红又肿又痛，跟以前发作一模一样",
                "没发烧36.8 能走路 家里有上次开的秋水仙碱",
                "问能不能先自己吃上",
            ],
            _patient(19023, "male", ("痛风",), pregnant=False),
            id="r36-zh-047",
        ),  # NICE NG219 Gout 1.3: typical flare in known gout -> early colchicine/NSAID at home with self-management plan; 中国高尿酸血症与痛风诊疗指南(2019)
        pytest.param(
            [
                "查了个钾5.4",
                "男66 糖尿病肾病 吃贝那普利",
                "人没啥感觉 心率76",
            ],
            _patient(
                24406,
                "male",
                (
                    "2型糖尿病",
                    "糖尿病肾病",
                ),
                pregnant=False,
            ),
            id="r36-zh-048",
        ),  # UK Kidney Association hyperkalaemia guideline (2020) and NICE NG203 1.6: K <6.0 on RAS inhibitor -> continue, dietary advice, routine repeat
        pytest.param(
            [
                "1型 男27 打胰岛素笔",
                "晚上吃了火锅 睡前血糖15.2",
                "血酮0.3 人没不舒服，已经补了一针",
            ],
            _patient(10021, "male", ("1型糖尿病",), pregnant=False),
            id="r36-zh-050",
        ),  # NICE NG17 1.6/1.7: blood ketones <0.6 mmol/L normal; correction dose and recheck at home
        pytest.param(
            [
                "女49 吃达格列净三个月",
                "下面痒 白带多 豆腐渣样",
                "不痛不肿 不发烧",
            ],
            _patient(17902, "female", ("2型糖尿病",), pregnant=False),
            id="r36-zh-051",
        ),  # MHRA Drug Safety Update 2019 (SGLT2 and Fournier's gangrene: urgent only if genital/perineal pain, swelling, fever); NICE CKS Candida - female genital -> routine antifungal treatment
        pytest.param(
            [
                "李阿姨 2型 吃二甲双胍",
                "昨晚吃酒席 回家测餐后2小时14.6",
                "今早空腹6.8 没啥不舒服 问要不要紧",
            ],
            _patient(22725, "female", ("2型糖尿病",), pregnant=False),
            id="r36-zh-053",
        ),  # 中国2型糖尿病防治指南(2020) 血糖控制目标; ADA 2024 Sec.6: isolated postprandial high without symptoms or ketosis -> diet advice, continue home monitoring
        pytest.param(
            [
                "化验 TSH 7.2 游离T4正常",
                "女50 就说累 别的没啥",
                "甲功以前没查过",
            ],
            _patient(18328, "female", (), pregnant=False),
            id="r36-zh-055",
        ),  # NICE NG145 Thyroid disease 1.6: subclinical hypothyroidism -> repeat TSH/FT4 in about 3 months, no urgent treatment
        pytest.param(
            [
                "尿酸520",
                "男45 有高血压 关节从来没痛过",
                "要马上吃降尿酸的药吗",
            ],
            _patient(16736, "male", ("高血压",), pregnant=False),
            id="r36-zh-058",
        ),  # 中国高尿酸血症与痛风诊疗指南(2019): asymptomatic hyperuricaemia -> lifestyle and routine decision on urate-lowering therapy (>=480 with comorbidity), not urgent
        pytest.param(
            [
                "甲巯咪唑吃了三周 男34",
                "胳膊上起了点小红疹子 痒",
                "不发烧 嗓子不痛",
            ],
            _patient(12618, "male", ("甲亢",), pregnant=False),
            id="r36-zh-059",
        ),  # 2016 ATA hyperthyroidism guideline: minor cutaneous reaction to antithyroid drug -> antihistamine, continue drug, routine review; 中国甲亢诊治指南(2022)
        pytest.param(
            [
                "T1 pt 28M, sugar 15.6 after late dinner, forgot his mealtime insulin",
                "blood ketone 0.3, feels fine no nausea",
            ],
            _patient(10227, "male", ("type 1 diabetes",), pregnant=None),
            id="r36-en-002",
        ),  # NICE NG17 and JBDS sick day rules (blood ketones <0.6 mmol/L normal; correction insulin per plan and recheck at home)
        pytest.param(
            [
                "adj Ca 2.68 on routine bloods",
                "pt F 62 no symptoms, no cancer history, eating normally",
            ],
            _patient(22645, "female", (), pregnant=None),
            id="r36-en-005",
        ),  # NICE NG132 Hyperparathyroidism (primary) 1.1 (adjusted Ca >=2.6: measure PTH, routine assessment; not an emergency without symptoms or Ca >3.0)
        pytest.param(
            [
                "TSH 7.2, FT4 normal 14",
                "F 45 tired a lot, no other complaints, not pregnant",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r36-en-009",
        ),  # NICE NG145 Thyroid disease 1.5 (subclinical hypothyroidism TSH <10 with normal FT4: repeat TFTs in 3 months, no urgent treatment)
        pytest.param(
            [
                "pt on dapagliflozin, urine dipstick glucose ++++, family frightened",
                "fingerstick 7.4, feels fine, eating normally, no nausea",
            ],
            _patient(None, None, ("type 2 diabetes",), pregnant=None),
            id="r36-en-016",
        ),  # Dapagliflozin SmPC / MHRA SGLT2 inhibitor guidance (glycosuria is the expected mechanism of action; no ketosis symptoms) -> reassurance and sick-day advice
        pytest.param(
            [
                "uric acid 560 on health check, never had joint pain",
                "M 46, BP normal, creat normal, no kidney stones",
            ],
            _patient(16801, "male", (), pregnant=None),
            id="r36-en-017",
        ),  # Chinese guideline for diagnosis and management of hyperuricaemia and gout 2019 (asymptomatic hyperuricaemia >=540 umol/L: lifestyle and consider urate-lowering therapy at routine follow-up)
        pytest.param(
            [
                "TSH 85, FT4 4.1 (low), results came back today",
                "F 58 tired, always cold, constipated, put on weight over months",
                "alert, T 36.4, HR 62, BP 128/80, walking fine",
            ],
            _patient(21184, "female", (), pregnant=None),
            id="r36-en-018",
        ),  # NICE NG145 Thyroid disease 1.4 and ATA 2014 hypothyroidism guideline (overt primary hypothyroidism without features of myxoedema coma: start levothyroxine in primary care, recheck TFTs in 6-8 weeks)
        pytest.param(
            [
                "DM foot check: thick callus both heels, dry cracked skin, reduced feeling with monofilament",
                "no ulcer, no redness, pulses present",
                "M 69",
            ],
            _patient(25202, "male", ("type 2 diabetes",), pregnant=None),
            id="r36-en-020",
        ),  # NICE NG19 Diabetic foot problems 1.3 (moderate/high risk foot without active problem -> routine referral to foot protection service)
        pytest.param(
            [
                "M 55, known gout 5 yrs, big toe red swollen again since last night same as his usual attacks",
                "no fever 36.8, walking with a limp, has colchicine at home from last time",
                "no diabetes, kidneys normal at last check",
            ],
            _patient(20088, "male", ("gout",), pregnant=None),
            id="r36-en-021",
        ),  # NICE NG219 Gout 1.3 and NICE CKS Gout (typical flare in known gout: colchicine/NSAID, rest, ice, elevation; routine review for urate-lowering therapy after flare)
        pytest.param(
            [
                "71 yr M with HTN, creat 126 eGFR 50, same as 6mo ago (124)",
                "urine ACR 2, BP 132/78 on amlodipine",
                "no symptoms, just wants to know if his kidneys are failing",
            ],
            _patient(25932, "male", ("hypertension",), pregnant=None),
            id="r36-en-026",
        ),  # NICE NG203 Chronic kidney disease (stable CKD G3a A1: monitor eGFR/ACR at least annually, no specialist referral needed)
        pytest.param(
            [
                "on methimazole for Graves, 35F, mild sore throat 1 day, runny nose",
                "no fever 36.9",
                "did FBC here: WBC 6.1, neut 3.6",
            ],
            _patient(12783, "female", ("hyperthyroidism (Graves disease)",), pregnant=False),
            id="r36-en-027",
        ),  # ATA 2016 Hyperthyroidism guideline (antithyroid drug with pharyngitis: check WBC/differential; if granulocytes normal continue drug and return if fever develops)
        pytest.param(
            [
                "pt on prednisolone 7.5mg daily long term for RA",
                "caught a cold, sneezing runny nose 2 days",
                "no fever 36.7, eating and drinking fine, BP 128/76",
            ],
            _patient(23376, "female", ("rheumatoid arthritis",), pregnant=None),
            id="r36-en-028",
        ),  # Society for Endocrinology Steroid Emergency Card guidance 2020 / sick day rules (double steroid dose only for fever >37.5, illness needing bed rest or antibiotics; minor cold without fever -> usual dose, home care)
        pytest.param(
            [
                "elderly lady 77, her meter showed 27.9 this morning, daughter panicked",
                "she'd just peeled oranges, we washed her hands and rechecked: 7.9",
                "she's her usual self, no thirst",
            ],
            _patient(28124, "female", ("type 2 diabetes",), pregnant=None),
            id="r36-en-030",
        ),  # Chinese guideline for blood glucose monitoring (2015) / ADA SMBG technique (wash hands before capillary testing; sugar on fingertips gives falsely high readings) -> repeat reading normal, no action
        pytest.param(
            [
                "on levothyroxine 100ug, TSH 0.2, FT4 21 (top of range)",
                "F 67, no palpitations, pulse 72 regular, sleeping ok",
            ],
            _patient(24471, "female", ("hypothyroidism",), pregnant=None),
            id="r36-en-031",
        ),  # NICE NG145 Thyroid disease 1.4 (TSH below range on levothyroxine without symptoms: adjust dose at routine review, recheck in 6-8 weeks)
        pytest.param(
            [
                "Na 132 on routine check",
                "80F on indapamide, well, eating ok, no confusion, no falls",
                "was 134 last yr",
            ],
            _patient(29220, "female", ("hypertension",), pregnant=None),
            id="r36-en-033",
        ),  # ESE/ESICM/ERA-EDTA hyponatraemia guideline 2014 (mild hyponatraemia 130-135 without symptoms: review cause/medication, repeat routinely); NICE CKS Hyponatraemia
        pytest.param(
            [
                "health check: fasting 12.8, HbA1c 10.4%",
                "M 58 BMI 28, a bit thirsty lately, weight stable",
                "urine ketone neg, feels ok otherwise",
            ],
            _patient(21184, "male", (), pregnant=None),
            id="r36-en-042",
        ),  # Chinese Diabetes Society T2DM guideline 2020 / ADA Standards 2024 Sec 2 and 9 (new type 2 diabetes without ketosis or catabolic features: start treatment at a planned appointment)
        pytest.param(
            [
                "T1 girl 24 went hiking, sugar 3.5 in afternoon, felt shaky",
                "had juice and biscuits, 15 min later 6.0, then dinner, now 7.8 feels fine",
            ],
            _patient(8766, "female", ("type 1 diabetes",), pregnant=False),
            id="r36-en-046",
        ),  # ADA Standards of Care 2024 Sec 6 (level 1 hypoglycaemia 3.0-3.9 mmol/L: 15-20 g glucose, recheck after 15 min, then meal) ; NICE NG17 hypoglycaemia self-management
        pytest.param(
            [
                "K 5.7 on routine bloods, taken this morning and sent straight away",
                "pt 66M DM CKD3 on lisinopril, feels well, no weakness",
                "last K 5.3 in Feb",
            ],
            _patient(
                24106,
                "male",
                (
                    "type 2 diabetes",
                    "chronic kidney disease",
                ),
                pregnant=None,
            ),
            id="r36-en-047",
        ),  # UK Kidney Association/Renal Association hyperkalaemia guideline 2020, primary care (K 5.5-5.9: repeat within 3 days, review diet and medicines; no admission)
        pytest.param(
            [
                "T2 pt on metformin asking about a reading of 14.3 last night 2h after dinner, big wedding banquet",
                "fasting this morning 7.2, feels normal, no thirst",
            ],
            _patient(20454, "male", ("type 2 diabetes",), pregnant=None),
            id="r36-en-051",
        ),  # ADA Standards of Care 2024 Sec 6-7 and Chinese T2DM guideline 2020 (isolated postprandial excursion without symptoms -> continue SMBG, diet advice, routine review)
        pytest.param(
            [
                "pt on metformin only, 50F, felt shaky and sweaty this afternoon, worried its low sugar",
                "checked here 5.6, BP 122/78 HR 84, fine now after lunch",
            ],
            _patient(18262, "female", ("type 2 diabetes",), pregnant=None),
            id="r36-en-056",
        ),  # ADA Standards of Care 2024 Sec 6 (hypoglycaemia defined as <3.9 mmol/L; metformin monotherapy carries minimal hypoglycaemia risk) -> reassurance and self-monitoring advice
        pytest.param(
            [
                "started enalapril 2 wks ago for BP + protein in urine",
                "creat 96 -> 113, K 4.9",
                "M 54 no symptoms, no vomiting or diarrhoea",
            ],
            _patient(
                19723,
                "male",
                (
                    "hypertension",
                    "type 2 diabetes",
                ),
                pregnant=None,
            ),
            id="r36-en-057",
        ),  # NICE NG203 CKD 1.6 (after starting ACEi/ARB, creatinine rise <30% and K <=6.0: do not change dose, repeat bloods routinely)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
