# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-sixth held-out round (2026-12-07, at commit 0caef1b: two reviewers, 120 cases that each turn on a
number as staff type it: blood pressure as 上面二百一 下面一百二十五, 幺八二 幺幺二 (voice input's 1) or two numbers with a
space, temperatures in Fahrenheit, glucose in mg/dL, potassium 七点0, weights in jin (出生六斤八), creatinine
against its earlier value, tablets counted missing, peak flow as a percentage, a value from "last time" or the
booking visit beside today's; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the
rules found 13 of 16 and 15 of 16 emergencies (BP 210/125 with confusion told as 上面/下面, potassium 七点0 with a
pulse of 42, 24 paracetamol tablets counted missing after a quarrel, "took 'about 20' of his amlodipine"),
graded 19 of 24 and 18 of 24 same-day cases exactly, and sent no look-alike to emergency.

What changed: vitals.py reads the upper and lower numbers (上面/下面), a pair of numbers with a space after the
cuff (量血压 185 110, 再量 一百八 一百一: only a plausible pair), digits read one by one with 幺, a decimal with 点
in Chinese numerals after a laboratory label (钾 七点0), jin with liang (六斤八 is 6.8 jin), a creatinine told
earlier-then-today (肌酐 上个月 90 今天 215) and "Cr" for creatinine, the booking blood pressure as a baseline;
words in quotes are read as themselves; tablets counted missing (空了二十四片) are an overdose; 现在一点不疼 is
pain-free now (chest pain two days ago: NICE CG95 same-day); few wet nappies by their count (就换了两个湿尿布); a
fast pulse that is itself the complaint (palpitations) is not an autonomic sign of atypical ACS; "SOB on
stairs" is breathlessness on exertion. After: 16/16, 16/16; 24/24, 21/24; look-alikes 20/20, 20/20.

Kept deliberately: a 4-day-old who has lost 11% of birth weight, is sleepy for feeds and jaundiced to the
chest (r56-en-002), a 4-month-old at SpO2 94 with recession (r56-en-052) and blood ketones 2.0 in type 1
diabetes after vomiting (r56-en-046, as ketones 1.8 on an SGLT2 inhibitor in round 52) stay emergencies."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "老王 高血压十几年 今天上面二百一 下面一百二十五",
                "说头痛得要命 吐了一回",
                "问他今天几号 答不上来 家里人说早上还好好的",
            ],
            _patient(22646, "male", ("hypertension",), pregnant=None),
            id="r56-zh-021",
        ),  # 国家基层高血压防治管理指南(2020) 紧急转诊: BP ≥180/110 with severe headache, vomiting or altered consciousness; NICE NG136 1.5.1 (≥180/120 + new confusion = same-day specialist/emergency); new confusion at 210/125 means acute brain involvement, ambulance.
        pytest.param(
            [
                "小姑娘跟家里吵架 吃了对乙酰氨基酚",
                "数了 空了二十四片 一片五百毫克",
                "大概三个钟头前吃的 体重一百斤左右 现在说没事",
            ],
            _patient(6209, "female", (), pregnant=False),
            id="r56-zh-045",
        ),  # NICE CKS paracetamol poisoning / TOXBASE: ≥75 mg/kg → emergency department; 12 g in ~50 kg = ~240 mg/kg, liver injury is delayed so feeling well is not reassuring.
        pytest.param(
            [
                "化验单回来了 血钾 七点0 没溶血",
                "肾不好那个老刘 这两天说腿软 没劲",
                "脉搏摸着 42 一下一下的 不太齐",
            ],
            _patient(25568, "male", ("chronic kidney disease",), pregnant=None),
            id="r56-zh-053",
        ),  # UK Kidney Association hyperkalaemia guideline (2020): K ≥6.5 mmol/L = severe, emergency treatment; K 7.0 with weakness and slow irregular pulse suggests cardiac toxicity, ambulance.
        pytest.param(
            [
                "38M took 'about 20' of his amlodipine 10mg 2 hrs ago after row w partner",
                "BP 112/70 HR 96, says he feels fine",
            ],
            _patient(13880, "male", ("hypertension",), pregnant=None),
            id="r56-en-012",
        ),  # TOXBASE / NICE CKS poisoning: calcium-channel blocker overdose (~200 mg amlodipine) causes delayed profound hypotension → ED now even if currently stable.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "前天晚上胸口闷疼了半个来钟头 出了一身汗",
                "现在一点不疼 血压 138/84 心率 78",
            ],
            _patient(22280, "male", (), pregnant=None),
            id="r56-zh-010",
        ),  # NICE CG95 1.1.3: suspected ACS with pain 12-72 h ago and now pain-free → same-day hospital assessment.
        pytest.param(
            [
                "体检的 量血压 幺八二 幺幺二",
                "歇了一刻钟再量 一百八 一百一",
                "不头晕不胸闷 也没看东西模糊 以前没测过",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r56-zh-019",
        ),  # 国家基层高血压防治管理指南(2020) / 中国高血压防治指南(2018): BP ≥180/110 without acute target-organ symptoms → doctor same day to start treatment and check organ damage; NICE NG136 1.5.2 similar; no red flags so not ambulance.
        pytest.param(
            [
                "生了五天的娃 出生六斤八",
                "今天称 刚好六斤 吃母乳的",
                "一天就两三块尿布是湿的 皮肤有点黄",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r56-zh-026",
        ),  # NICE NG75 faltering growth 1.1: weight loss >10% of birthweight in early days (3.4→3.0 kg = 11.8%) → same-day clinical and feeding assessment.
        pytest.param(
            [
                "肌酐 上个月 90 今天 215",
                "前几天拉了三天肚子 一直吃着缬沙坦和呋塞米",
                "现在不拉了 能吃能喝 有尿",
            ],
            _patient(26663, "male", ("hypertension", "heart failure"), pregnant=None),
            id="r56-zh-027",
        ),  # KDIGO AKI / NICE NG148: creatinine 2.0-2.9x baseline = AKI stage 2 → stop ARB/diuretic, same-day assessment and recheck; drinking and passing urine so not emergency.
        pytest.param(
            [
                "十个月娃 拉肚子两天 一天七八次水样的",
                "今天到现在就换了两个湿尿布 平时六七个",
                "哭有眼泪 精神还行 嘴唇有点干",
            ],
            _patient(300, "female", (), pregnant=None),
            id="r56-zh-041",
        ),  # NICE CG84 / WHO IMCI: reduced urine output and dry mucosa = clinical ('some') dehydration → same-day face-to-face assessment and supervised ORS; no shock signs.
        pytest.param(
            [
                "FBC back: Hb 7.4 g/dL, MCV 68",
                "55F tired, SOB on stairs, no melaena, no CP",
                "HR 92 BP 124/78",
            ],
            _patient(20089, "female", (), pregnant=False),
            id="r56-en-022",
        ),  # WHO Hb cut-offs (severe <80 g/L) / NICE CKS iron-deficiency anaemia: severe microcytic anaemia, stable → same-day doctor assessment and investigation; no shock or active bleeding.
        pytest.param(
            [
                "28+4 wks, BP 146/94",
                "repeat 144/92, booking BP was 112/70",
                "dip protein neg, no headache or visual sx",
            ],
            _patient(11688, "female", (), pregnant=True),
            id="r56-en-047",
        ),  # NICE NG133: new hypertension 140-159/90-109 after 20 weeks → secondary-care assessment within 24 h; no severe features.
        pytest.param(
            [
                "Cr 210 today, baseline 96 in Jan",
                "had D&V last wk, kept taking lisinopril + metformin",
                "now eating and drinking ok, passing urine, BP 118/72",
            ],
            _patient(25202, "male", ("hypertension", "type 2 diabetes"), pregnant=None),
            id="r56-en-056",
        ),  # KDIGO / NICE NG148: creatinine 2.0-2.9x baseline = AKI stage 2 → stop ACEi/metformin and same-day review; stable and passing urine so not emergency.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "尿酸 五百二",
                "脚没疼过 就体检查出来的 问要不要吃药",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r56-zh-001",
        ),  # 中国高尿酸血症与痛风诊疗指南(2019): asymptomatic hyperuricaemia <540 µmol/L without comorbidity → lifestyle advice, routine follow-up.
        pytest.param(
            [
                "嗓子疼 流鼻涕两天 体温三十七度六",
                "能吃能喝 照样下地干活",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r56-zh-002",
        ),  # NICE NG84 / CKS common cold: low-grade temperature 37.6 with URTI symptoms in a well adult → self-care.
        pytest.param(
            [
                "大姐一进来就说 血糖二十五",
                "问清楚了 是她城里的妹妹 昨天打电话说的 已经住院了",
                "她自己今天空腹 6.2 来开二甲双胍的",
            ],
            _patient(21184, "female", ("type 2 diabetes",), pregnant=False),
            id="r56-zh-003",
        ),  # 中国2型糖尿病防治指南(2020): fasting 4.4-7.0 is target; the patient's own 6.2 is controlled, the 25 is a relative already in hospital → routine refill.
        pytest.param(
            [
                "高血压吃药的大姐 这三天忘吃了",
                "今天 一百五 九十五",
                "没头疼没胸闷 就来开药",
            ],
            _patient(23011, "female", ("hypertension",), pregnant=False),
            id="r56-zh-004",
        ),  # 国家基层高血压防治管理指南(2020): <180/110 and asymptomatic after missed doses → restart usual treatment and recheck in 2-4 weeks.
        pytest.param(
            [
                "四个月宝宝 今天上午打了百白破",
                "下午量 三十八度二 吃奶正常",
                "哭了一会 现在睡得挺好 手脚暖和",
            ],
            _patient(125, "male", (), pregnant=None),
            id="r56-zh-009",
        ),  # NICE NG143 (3-6 months amber only if ≥39°C) and 国家免疫规划 AEFI guidance: fever <39 within 48 h of vaccination with normal feeding = expected reaction → advice and safety-netting.
        pytest.param(
            [
                "打胰岛素的老张 早上没吃饭 心慌出汗",
                "测了 三点五",
                "喝了半瓶果汁 吃了两块饼干 一刻钟后 六点二 人好了 中午正常吃饭",
            ],
            _patient(20089, "male", ("type 2 diabetes", "insulin treated"), pregnant=None),
            id="r56-zh-017",
        ),  # 中国2型糖尿病防治指南(2020): level 1 hypoglycaemia (3.0-3.9) treated with 15-20 g glucose and rechecked at 15 min; recovered → eat and review insulin/meals routinely.
        pytest.param(
            [
                "一岁娃拉肚子 一天五六次 稀糊糊的",
                "尿不湿照样湿 一天六七个",
                "精神好 奶也吃",
            ],
            _patient(365, "male", (), pregnant=None),
            id="r56-zh-024",
        ),  # WHO IMCI diarrhoea 'no dehydration' Plan A / NICE CG84: normal urine output and alert → ORS and continued feeding at home.
        pytest.param(
            [
                "两岁娃 发烧 39度5 心率一百六",
                "喂了布洛芬 一个钟头后 37.8 心率 118",
                "在地上玩 喝水也行 尿得正常",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r56-zh-025",
        ),  # NICE NG143: interpret tachycardia with fever; HR settling to <140 after antipyretic in an active, drinking child = green → home care with safety-netting.
        pytest.param(
            [
                "小姑娘 血压 88/56",
                "她说一直就这么低 体检都是九十左右",
                "不头晕 来打HPV疫苗的",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r56-zh-028",
        ),  # NICE CKS / no treatment threshold for asymptomatic constitutional low BP: reading matches her long-term baseline and she is well → no action.
        pytest.param(
            [
                "吃比索洛尔的 心率 52",
                "不头晕 没黑蒙 能干活",
                "上两次来也是五十出头",
            ],
            _patient(23741, "male", ("hypertension",), pregnant=None),
            id="r56-zh-031",
        ),  # NICE CKS beta-blockers / bradycardia: asymptomatic resting HR 50-60 on a beta-blocker, stable on previous visits, is expected → routine.
        pytest.param(
            [
                "一进门量 上面一百九 下面一百",
                "坐那歇了十分钟 再量 142 88 第三遍 138 86",
                "他说是骑电动车赶过来的 没啥不舒服 以前没高血压",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r56-zh-032",
        ),  # 中国高血压防治指南(2018) / NICE NG136 1.1: repeat after rest and use the later readings (~140/87); single high first reading is not ≥180/110 → routine confirmation with home BP.
        pytest.param(
            [
                "体检 TSH 6.8 FT4 正常",
                "没怕冷没乏力 没怀孕",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r56-zh-033",
        ),  # 成人甲状腺功能减退症诊治指南(2017) / NICE NG145: subclinical hypothyroidism with TSH <10 → repeat in 3 months, routine.
        pytest.param(
            [
                "慢性肾病三期 复查 肌酐 158",
                "去年是 155 前年 150",
                "钾 4.8 血压 132/80",
            ],
            _patient(26298, "female", ("chronic kidney disease",), pregnant=False),
            id="r56-zh-034",
        ),  # KDIGO AKI criteria (rise ≥26.5 µmol/L in 48 h or ≥1.5x in 7 days) not met; stable CKD values → routine follow-up per NICE NG203.
        pytest.param(
            [
                "一型糖尿病的大学生 感冒了",
                "血糖 十四 血酮 0.8",
                "能吃能喝 不吐 肚子不疼",
            ],
            _patient(7305, "female", ("type 1 diabetes",), pregnant=False),
            id="r56-zh-035",
        ),  # NICE NG17 sick-day rules / 中国1型糖尿病诊治指南: blood ketones 0.6-1.5 without vomiting → extra correction insulin, fluids, recheck in 2 h at home.
        pytest.param(
            [
                "慢阻肺老病号 来拿药",
                "血氧 93 他平时就 91 92",
                "跟平时一样 不发烧 痰也没变多",
            ],
            _patient(27028, "male", ("COPD",), pregnant=None),
            id="r56-zh-036",
        ),  # BTS oxygen guideline (2017) / 慢性阻塞性肺疾病基层诊疗指南(2018): target 88-92% in COPD; 93% at his baseline with no exacerbation = stable.
        pytest.param(
            [
                "吃华法林的大爷 INR 三点四 他的目标是二到三",
                "没出血 大便正常",
                "最近吃饭少了 青菜吃得少",
            ],
            _patient(25568, "male", ("atrial fibrillation",), pregnant=None),
            id="r56-zh-042",
        ),  # BSH warfarin guideline: INR <5 without bleeding → small dose adjustment and recheck; no vitamin K needed.
        pytest.param(
            [
                "尿常规 隐血 两个加",
                "她说正来月经第二天",
                "没尿痛 没腰疼 不发烧",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r56-zh-043",
        ),  # NICE CKS haematuria: dipstick blood during menstruation is likely contamination → repeat after the period, routine.
        pytest.param(
            [
                "小伙子 发烧 嗓子疼 浑身疼 体温枪 38度9",
                "心率 96 血氧 98 能吃能喝",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r56-zh-046",
        ),  # 流行性感冒诊疗方案 / NICE NG51 (no moderate-high criteria): fever in a healthy adult with normal vital signs → home care, fluids, antipyretic, safety-net.
        pytest.param(
            [
                "六周的宝宝 奶奶说额头烫 发烧了",
                "腋下量 三十七度四 包得挺厚的",
                "解开包被半个钟头 再量 三十六度九 吃奶好",
            ],
            _patient(42, "female", (), pregnant=None),
            id="r56-zh-051",
        ),  # NICE NG143: fever is ≥38°C; 37.4 falling to 36.9 after unwrapping is not fever even under 3 months → advice only.
        pytest.param(
            [
                "三岁娃 三十斤",
                "趁大人不注意 吃了一片对乙酰氨基酚 五百的",
                "一个多钟头了 活蹦乱跳 没吐",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r56-zh-056",
        ),  # TOXBASE / NICE CKS paracetamol poisoning: 500 mg in 15 kg ≈ 33 mg/kg, below 75 mg/kg threshold → no hospital assessment, advice only.
        pytest.param(
            [
                "3yo 14kg swallowed 2 of mum's ferrous sulfate 200mg",
                "40 min ago, well, no vomiting or tummy pain",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r56-en-005",
        ),  # TOXBASE iron: 2 x 65 mg elemental = 130 mg ≈ 9 mg/kg, below 20 mg/kg toxic threshold → advice only.
        pytest.param(
            [
                "BP 152/96, ran out of amlodipine 4 days ago",
                "feels fine, no headache",
            ],
            _patient(21184, "male", ("hypertension",), pregnant=None),
            id="r56-en-007",
        ),  # NICE NG136: stage 2 range without symptoms after missed doses → restart treatment, recheck in weeks.
        pytest.param(
            [
                "18 mo T 39.4 HR 168",
                "1 hr after paracetamol T 37.9, HR 124",
                "playing, drinking, wet nappy this am",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r56-en-009",
        ),  # NICE NG143: HR >150 at 12-24 months is amber only if persistent; settled HR with active, drinking child = green → home care with safety-netting.
        pytest.param(
            [
                "4yo 16kg got into the Calpol 120mg/5ml",
                "mum reckons ~15ml gone max",
                "1 hr ago, well, no vomiting",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r56-en-011",
        ),  # TOXBASE / NICE CKS paracetamol: 360 mg in 16 kg ≈ 22 mg/kg, below 75 mg/kg → no hospital assessment.
        pytest.param(
            [
                "sys 92 dia 58",
                "always low per records, 90s/60 for years",
                "well, here for smear, no dizziness",
            ],
            _patient(9496, "female", (), pregnant=False),
            id="r56-en-013",
        ),  # NICE CKS: asymptomatic constitutionally low BP matching long-term baseline needs no action.
        pytest.param(
            [
                "6 wk old, dad says 99.5 F under the arm",
                "here 37.2C, feeding well, alert",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r56-en-016",
        ),  # NICE NG143: fever is ≥38°C; 99.5F = 37.5°C and 37.2 here is normal even under 3 months → advice only.
        pytest.param(
            [
                "28/40 Hb 106 g/L",
                "feels fine, no SOB",
            ],
            _patient(10958, "female", (), pregnant=True),
            id="r56-en-019",
        ),  # WHO / BSH anaemia in pregnancy: Hb <110 (1st/3rd trim), <105 (2nd) → mild; oral iron and routine recheck.
        pytest.param(
            [
                "32M flu sx 2 days, T 102F at home",
                "38.4 here, HR 92, RR 16, sats 98",
                "drinking fine, walked in",
            ],
            _patient(11688, "male", (), pregnant=None),
            id="r56-en-024",
        ),  # NICE NG51/CKS influenza: fever 38.9°C (102F) with normal vital signs in healthy adult → self-care and safety-net.
        pytest.param(
            [
                "24F dysuria + frequency 1 day",
                "dip leuc ++ nit +",
                "T 36.9, no loin pain, not pregnant",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r56-en-026",
        ),  # NICE NG109: uncomplicated lower UTI in a non-pregnant woman → self-care or antibiotic prescription, no same-day emergency.
        pytest.param(
            [
                "BP 176/102 at reception",
                "repeat after 10 min 138/84, 3rd 134/82",
                "in for travel jabs, no sx, cycled here",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r56-en-027",
        ),  # NICE NG136 1.1: take repeat readings after rest and record the lower; ~136/83 is not ≥180/120 → routine (home BP if needed).
        pytest.param(
            [
                "T1 student BG 3.3 before lunch, shaky",
                "4 jelly babies, recheck 15 min later 5.9",
                "had lunch, feels fine now",
            ],
            _patient(7305, "female", ("type 1 diabetes",), pregnant=False),
            id="r56-en-029",
        ),  # JBDS hypoglycaemia: mild hypo treated with 15-20 g fast carbohydrate and recovered on 15-min recheck → self-care.
        pytest.param(
            [
                "K 5.8, lab comment: haemolysed, sample sat 6 hrs before spinning",
                "well, U&E normal last month, not on ACEi",
            ],
            _patient(21915, "female", (), pregnant=False),
            id="r56-en-031",
        ),  # UK Kidney Association hyperkalaemia (2020): 5.5-5.9 = mild; haemolysed/delayed sample likely spurious → routine repeat.
        pytest.param(
            [
                "INR 3.5, target 2.5 (range 2-3)",
                "no bleeding, no bruising",
                "had a few extra glasses of wine at weekend",
            ],
            _patient(27028, "male", ("atrial fibrillation",), pregnant=None),
            id="r56-en-037",
        ),  # BSH warfarin guideline: INR <5 without bleeding → minor dose adjustment and recheck; no vitamin K.
        pytest.param(
            [
                "chol 7.4, LDL 5.1",
                "52M no sx, BP 128/80, non smoker",
            ],
            _patient(18993, "male", (), pregnant=None),
            id="r56-en-038",
        ),  # NICE NG238 lipids: total cholesterol <7.5 (not meeting FH criteria) → routine CVD risk assessment.
        pytest.param(
            [
                "Mrs L worried, home machine showed 198/105 last night",
                "turns out husband used it after her, that was his reading (he's seeing his own GP)",
                "hers today 128/78, well",
            ],
            _patient(23376, "female", ("hypertension",), pregnant=False),
            id="r56-en-040",
        ),  # NICE NG136: her own BP 128/78 is controlled; the high value belongs to another person → routine.
        pytest.param(
            [
                "2 wk old, birth wt 3.30kg, today 3.45",
                "mum worried he's 'only' put on 150g",
                "6+ wet nappies, feeding 8-10x a day, alert",
            ],
            _patient(14, "male", (), pregnant=None),
            id="r56-en-045",
        ),  # NICE NG75: babies should regain birthweight by ~2-3 weeks; above birthweight with good output = normal → reassurance.
        pytest.param(
            [
                "took amlodipine 5mg twice this morning by mistake",
                "BP 128/76, HR 72, feels fine",
            ],
            _patient(24472, "female", ("hypertension",), pregnant=False),
            id="r56-en-048",
        ),  # NICE CKS / BNF: single extra therapeutic dose (10 mg total = normal max daily dose) with normal BP → no action needed, take the usual dose tomorrow.
        pytest.param(
            [
                "COPD pt sats 92% RA",
                "usual 91-92 per notes",
                "no change in sputum or SOB, here for flu jab",
            ],
            _patient(25933, "female", ("COPD",), pregnant=False),
            id="r56-en-051",
        ),  # BTS oxygen guideline (2017): target 88-92% in COPD; at baseline and no exacerbation → routine.
        pytest.param(
            [
                "pt anxious: used her cousin's US meter last wk, fasting read 110",
                "here fasting BM 6.0, no sx, BMI 29",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r56-en-057",
        ),  # WHO/NICE PH38: 110 mg/dL = 6.1 mmol/L and 6.0 today = impaired fasting glucose range → routine HbA1c and lifestyle advice.
        pytest.param(
            [
                "27M marathon runner HR 48 resting",
                "no dizziness, no blackouts, here about his knee",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r56-en-058",
        ),  # ESC/NICE CKS bradycardia: asymptomatic sinus bradycardia in a trained athlete is physiological → no action.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
