# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifteenth held-out round (2026-12-06, at commit 27850f9: one reviewer, 80 cases on the
laboratory and bedside values staff relay from a slip, a township hospital's report or a
point-of-care device: INR on warfarin, sodium, calcium, haemoglobin, potassium, glucose and
MUAC, with look-alikes such as HbA1c, CA125, 补钙, saline, "NA" and "ca" for cancer). Before
these rules the rules found 14 of 16 and 9 of 16 emergencies, graded 3 of 14 and 5 of 14
same-day cases exactly, and sent no look-alike to emergency.

The rules (rules_lab_values.py) were written from the guidelines before the cases were read;
the misses then led to a closer reading (sodium 120-124 in someone well is same-day care; WHO's
severe anaemia is below 80 g/L from 5 years on; tingling alone at a calcium of 1.9-2.1 is same
day), dictated numbers ("potassium six point eight", "sodium one twenty one") and "hit back of
head". Still wrong: "haemoglobin five eight" (digits dictated one by one), 手指头偶尔发麻 (an
adverb inside the form), and an accidental extra warfarin dose with INR 9.2 and no bleeding,
which the overdose rule sends to emergency."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "乡卫生院化验单 血钠121",
                "吃氢氯噻嗪的",
                "今天一直吐 人发蔫 老想睡",
            ],
            _patient(25550, "male", pregnant=None),
            id="p15-zh-004",
        ),  # European Clinical Practice Guideline on diagnosis and treatment of hyponatraemia (Spasovski et al.), 2014, sections 7.1-7.3
        pytest.param(
            [
                "血钙一点六",
                "甲状腺手术刚出院两天",
                "手抽得像鸡爪 嘴巴周围发麻",
            ],
            _patient(17155, "female", pregnant=False),
            id="p15-zh-007",
        ),  # Society for Endocrinology Endocrine Emergency Guidance: acute hypocalcaemia in adults, 2016
        pytest.param(
            [
                "pt on warfarin for mech valve, INR 3.1 last wk",
                "slipped in the yard this am and hit back of head",
                "vomited twice since, c/o headache",
            ],
            _patient(24090, "female", pregnant=False),
            id="p15-en-002",
        ),  # NICE NG232 Head injury: assessment and early management, 2023, CT head imaging for adults on anticoagulants
        pytest.param(
            [
                "Na 166 K 4.2 urea 19",
                "89F bedbound, hardly drinking for days",
                "now barely rousable",
            ],
            _patient(32485, "female", pregnant=False),
            id="p15-en-005",
        ),  # Adrogue & Madias, Hypernatremia, N Engl J Med 2000; severe hypernatraemia (>=160 mmol/L) with neurological signs needs inpatient correction
        pytest.param(
            [
                "adj calcium 3.82 mmol/L on routine bloods",
                "55M says just a bit tired, otherwise ok",
            ],
            _patient(20075, "male", pregnant=None),
            id="p15-en-007",
        ),  # Society for Endocrinology Endocrine Emergency Guidance: acute hypercalcaemia in adults, 2016; NICE CKS Hypercalcaemia, management (emergency admission / same-day referral)
        pytest.param(
            [
                "day 3 after total thyroidectomy, discharged yesterday",
                "now hands cramping into claws, lips tingling",
                "township lab Ca 1.68",
            ],
            _patient(16425, "female", pregnant=False),
            id="p15-en-008",
        ),  # Society for Endocrinology Endocrine Emergency Guidance: acute hypocalcaemia in adults, 2016
        pytest.param(
            [
                "G2P1 34 wks",
                "Hb 62 on the POC haemoglobinometer",
                "breathless walking to toilet, heart racing, ankles swollen",
            ],
            _patient(9855, "female", pregnant=True),
            id="p15-en-010",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); WHO Managing Complications in Pregnancy and Childbirth, 2nd ed. 2017, severe anaemia
        pytest.param(
            [
                "potassium six point eight just came back",
                "CKD4, on ramipril and spironolactone",
                "feels weak, legs heavy",
            ],
            _patient(27010, "male", pregnant=None),
            id="p15-en-012",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of Acute Hyperkalaemia in Adults, 2020 (severity bands; community management)
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "INR 9.5 没有出血",
                "吃华法林 换过瓣膜的",
                "牙龈 大便 尿都正常 身上也没青紫",
            ],
            _patient(18980, "female", pregnant=False),
            id="p15-zh-017",
        ),  # 华法林抗凝治疗的中国专家共识, 中华内科杂志 2013, INR升高及出血的处理; BSH Guidelines on oral anticoagulation with warfarin, 4th ed. (Keeling et al.), 2011, management of over-anticoagulation and bleeding
        pytest.param(
            [
                "国际标准化比值6点8",
                "刷牙牙龈出血 鼻子也流了点 一会就止住了",
            ],
            _patient(26645, "male", pregnant=None),
            id="p15-zh-018",
        ),  # BSH Guidelines on oral anticoagulation with warfarin, 4th ed. (Keeling et al.), 2011, management of over-anticoagulation and bleeding; 华法林抗凝治疗的中国专家共识, 中华内科杂志 2013, INR升高及出血的处理
        pytest.param(
            [
                "钠一百二十三",
                "老太太吃着利尿剂",
                "精神挺好 能吃能喝 没吐 不糊涂",
            ],
            _patient(30295, "female", pregnant=False),
            id="p15-zh-019",
        ),  # European Clinical Practice Guideline on diagnosis and treatment of hyponatraemia (Spasovski et al.), 2014, sections 7.1-7.3; NICE CKS Hyponatraemia, management (when to admit / refer)
        pytest.param(
            [
                "血钠156",
                "老头卧床 最近喝水少",
                "人还清楚 能说话",
            ],
            _patient(31755, "male", pregnant=None),
            id="p15-zh-020",
        ),  # Adrogue & Madias, Hypernatremia, N Engl J Med 2000; severe hypernatraemia (>=160 mmol/L) with neurological signs needs inpatient correction
        pytest.param(
            [
                "校正钙3.3",
                "口干 老想喝水 大便干",
                "其他还行 不糊涂",
            ],
            _patient(21170, "female", pregnant=False),
            id="p15-zh-021",
        ),  # NICE CKS Hypercalcaemia, management (emergency admission / same-day referral)
        pytest.param(
            [
                "女 40岁 血红蛋白68",
                "子宫肌瘤 月经量大 乏力",
                "不喘 还能干活",
            ],
            _patient(14600, "female", pregnant=False),
            id="p15-zh-023",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); NICE NG24 Blood transfusion, 2015, 1.2 red blood cell transfusion thresholds
        pytest.param(
            [
                "怀孕7个月 血色素6.6克",
                "就是有点乏",
                "不喘 没出血",
            ],
            _patient(10950, "female", pregnant=True),
            id="p15-zh-024",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); WHO Managing Complications in Pregnancy and Childbirth, 2nd ed. 2017, severe anaemia
        pytest.param(
            [
                "三岁娃 乡医院查血红蛋白65",
                "手心很白",
                "能吃能玩 呼吸不快",
            ],
            _patient(1095, "female", pregnant=None),
            id="p15-zh-025",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); WHO Pocket Book of Hospital Care for Children, 2nd ed. 2013, section 10.2 severe anaemia / transfusion criteria
        pytest.param(
            [
                "钾六点一",
                "糖尿病肾病 吃缬沙坦",
                "人没啥不舒服 心电图还没做",
            ],
            _patient(25185, "male", pregnant=None),
            id="p15-zh-026",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of Acute Hyperkalaemia in Adults, 2020 (severity bands; community management)
        pytest.param(
            [
                "上臂围11.3厘米",
                "一岁八个月 脚不肿",
                "食欲测试 即食治疗食品吃得挺好",
            ],
            _patient(609, "male", pregnant=None),
            id="p15-zh-029",
        ),  # WHO Guideline: Updates on the management of severe acute malnutrition in infants and children, 2013 (MUAC <115 mm, inpatient vs outpatient criteria)
        pytest.param(
            [
                "sodium one twenty one on routine bloods",
                "84F on sertraline",
                "daughter says shes her normal self, eating ok, no confusion no vomiting",
            ],
            _patient(30660, "female", pregnant=False),
            id="p15-en-019",
        ),  # European Clinical Practice Guideline on diagnosis and treatment of hyponatraemia (Spasovski et al.), 2014, sections 7.1-7.3; NICE CKS Hyponatraemia, management (when to admit / refer)
        pytest.param(
            [
                "sodium 155",
                "92M with dementia, drinking less in this heat",
                "still talking and eating a bit",
            ],
            _patient(33580, "male", pregnant=None),
            id="p15-en-020",
        ),  # Adrogue & Madias, Hypernatremia, N Engl J Med 2000; severe hypernatraemia (>=160 mmol/L) with neurological signs needs inpatient correction
        pytest.param(
            [
                "corr Ca 3.2",
                "thirsty all the time, constipated, a bit achy",
                "no confusion",
            ],
            _patient(21900, "female", pregnant=False),
            id="p15-en-021",
        ),  # NICE CKS Hypercalcaemia, management (emergency admission / same-day referral)
        pytest.param(
            [
                "adj Ca 2.0",
                "2 wks after thyroid op, fingertips tingle now and then",
                "no cramps no spasm",
            ],
            _patient(14235, "female", pregnant=False),
            id="p15-en-022",
        ),  # Society for Endocrinology Endocrine Emergency Guidance: acute hypocalcaemia in adults, 2016
        pytest.param(
            [
                "Hb 72 g/L",
                "35F heavy periods for months, tired",
                "no chest pain, can do stairs slowly",
            ],
            _patient(12775, "female", pregnant=False),
            id="p15-en-023",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); NICE NG24 Blood transfusion, 2015, 1.2 red blood cell transfusion thresholds
        pytest.param(
            [
                "pregnant 26/40",
                "Hb 66",
                "tired but no SOB, no bleeding",
            ],
            _patient(8760, "female", pregnant=True),
            id="p15-en-024",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); WHO Managing Complications in Pregnancy and Childbirth, 2nd ed. 2017, severe anaemia
        pytest.param(
            [
                "3yo Hb 64 g/L from township hosp",
                "very pale palms",
                "playing, eating, not breathing fast",
            ],
            _patient(1095, "male", pregnant=None),
            id="p15-en-025",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); WHO Pocket Book of Hospital Care for Children, 2nd ed. 2013, section 10.2 severe anaemia / transfusion criteria
        pytest.param(
            [
                "MUAC 11.2cm",
                "20mo boy, no oedema, alert",
                "ate the whole RUTF sachet at appetite test",
            ],
            _patient(609, "male", pregnant=None),
            id="p15-en-029",
        ),  # WHO Guideline: Updates on the management of severe acute malnutrition in infants and children, 2013 (MUAC <115 mm, inpatient vs outpatient criteria)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "糖化血红蛋白8.5",
                "糖尿病老病号 吃二甲双胍",
                "没啥不舒服 来复诊的",
            ],
            _patient(21900, "male", pregnant=None),
            id="p15-zh-031",
        ),  # ADA Standards of Care in Diabetes 2024, Section 6 Glycemic Goals and Hypoglycemia (hypoglycaemia levels 1-3); 中国2型糖尿病防治指南(2020年版)
        pytest.param(
            [
                "体检查了个CA19-9 是45",
                "没有肚子疼 没黄疸",
                "吃饭正常 体重没掉",
            ],
            _patient(18980, "female", pregnant=False),
            id="p15-zh-032",
        ),  # ASCO 2006 update of recommendations for tumor markers in gastrointestinal cancer (CA19-9 not for screening)
        pytest.param(
            [
                "老太太问钙片能不能跟降压药一起吃",
                "骨质疏松 一直在补钙",
            ],
            _patient(25550, "female", pregnant=False),
            id="p15-zh-033",
        ),  # NICE CKS Osteoporosis - prevention of fragility fractures (calcium and vitamin D)
        pytest.param(
            [
                "补钾的药吃完了 想再开点",
                "上周查血钾4.1",
                "在吃呋塞米",
            ],
            _patient(23725, "male", pregnant=None),
            id="p15-zh-034",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of Acute Hyperkalaemia in Adults, 2020 (severity bands; community management)
        pytest.param(
            [
                "0.9%氯化钠能不能拿来洗伤口",
                "手上划了个小口子 不深",
                "血已经止了",
            ],
            _patient(12775, "male", pregnant=None),
            id="p15-zh-035",
        ),  # NICE CKS Lacerations / minor wound care (irrigation with tap water or saline)
        pytest.param(
            [
                "血钠132",
                "钾那一栏写的NA 没做",
                "没啥症状 体检查出来的",
            ],
            _patient(23360, "female", pregnant=False),
            id="p15-zh-036",
        ),  # NICE CKS Hyponatraemia, management (when to admit / refer); European Clinical Practice Guideline on diagnosis and treatment of hyponatraemia (Spasovski et al.), 2014, sections 7.1-7.3
        pytest.param(
            [
                "华法林 INR 3.6",
                "目标2到3",
                "没有出血 没黑便",
            ],
            _patient(25550, "male", pregnant=None),
            id="p15-zh-037",
        ),  # 华法林抗凝治疗的中国专家共识, 中华内科杂志 2013, INR升高及出血的处理
        pytest.param(
            [
                "孕妇 5个月 血红蛋白105",
                "不头晕 不喘",
            ],
            _patient(10220, "female", pregnant=True),
            id="p15-zh-038",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011)
        pytest.param(
            [
                "离子钙1.1",
                "化验单上参考范围1.1到1.3",
                "人好好的 没抽筋",
            ],
            _patient(16425, "female", pregnant=False),
            id="p15-zh-039",
        ),  # Society for Endocrinology Endocrine Emergency Guidance: acute hypocalcaemia in adults, 2016
        pytest.param(
            [
                "她妈是乳腺ca去世的",
                "她想问问要不要去查查",
                "现在没任何不舒服",
            ],
            _patient(15330, "female", pregnant=False),
            id="p15-zh-040",
        ),  # NICE CG164 Familial breast cancer, 2013 (updated 2023), family history assessment in primary care
        pytest.param(
            [
                "HbA1c 8.5%",
                "T2DM on metformin, feels fine, here for review",
            ],
            _patient(20075, "male", pregnant=None),
            id="p15-en-031",
        ),  # ADA Standards of Care in Diabetes 2024, Section 6 Glycemic Goals and Hypoglycemia (hypoglycaemia levels 1-3); ADA 2024 Section 9
        pytest.param(
            [
                "CA125 41 U/mL from a private health check package",
                "48F no bloating, no pain, periods normal",
            ],
            _patient(17520, "female", pregnant=False),
            id="p15-en-032",
        ),  # NICE NG12 Suspected cancer: recognition and referral, 2015, 1.5 ovarian cancer
        pytest.param(
            [
                "wants refill of her calcium tabs + vit D",
                "Ca 2.38 last month",
                "no complaints",
            ],
            _patient(24820, "female", pregnant=False),
            id="p15-en-033",
        ),  # NICE CKS Osteoporosis - prevention of fragility fractures (calcium and vitamin D)
        pytest.param(
            [
                "can he use 0.9% sodium chloride to rinse his nose for a cold",
                "no fever, eating fine",
            ],
            _patient(10950, "male", pregnant=None),
            id="p15-en-034",
        ),  # NICE CKS Common cold (self-care advice)
        pytest.param(
            [
                "Na 132",
                "on amlodipine, no symptoms",
                "routine annual bloods",
            ],
            _patient(24090, "female", pregnant=False),
            id="p15-en-035",
        ),  # NICE CKS Hyponatraemia, management (when to admit / refer); European Clinical Practice Guideline on diagnosis and treatment of hyponatraemia (Spasovski et al.), 2014, sections 7.1-7.3
        pytest.param(
            [
                "INR 3.6 no bleeding",
                "target 2-3 for AF",
                "just finished a course of antibiotics",
            ],
            _patient(25550, "male", pregnant=None),
            id="p15-en-036",
        ),  # BSH Guidelines on oral anticoagulation with warfarin, 4th ed. (Keeling et al.), 2011, management of over-anticoagulation and bleeding; 华法林抗凝治疗的中国专家共识, 中华内科杂志 2013, INR升高及出血的处理
        pytest.param(
            [
                "Hb 105 g/L",
                "29F not pregnant, a bit tired, periods slightly heavy",
            ],
            _patient(10585, "female", pregnant=False),
            id="p15-en-037",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); NICE CKS Anaemia - iron deficiency
        pytest.param(
            [
                "ionised Ca 1.1 (ref 1.10-1.30)",
                "total Ca 2.28, alb 40",
                "pt well, just wants results explained",
            ],
            _patient(18250, "female", pregnant=False),
            id="p15-en-038",
        ),  # Society for Endocrinology Endocrine Emergency Guidance: acute hypocalcaemia in adults, 2016
        pytest.param(
            [
                "bloods back: Hb 136, fasting glucose 5.2, Na NA, K NA (not requested)",
                "44M just wants to know if ok",
            ],
            _patient(16060, "male", pregnant=None),
            id="p15-en-039",
        ),  # WHO Guideline on haemoglobin cutoffs to define anaemia in individuals and populations, 2024 (severity table; update of WHO 2011); ADA Standards of Care 2024, Section 2 diagnosis
        pytest.param(
            [
                "hx prostate ca 2016, treated",
                "PSA <0.01 this yr, no symptoms",
                "due for annual follow up",
            ],
            _patient(26280, "male", pregnant=None),
            id="p15-en-040",
        ),  # NICE NG131 Prostate cancer: diagnosis and management, 2019, follow-up
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
