# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-eighth held-out round (2026-12-06, at commit 7592302: two reviewers, 120 cases on the
acute turns of the long-term conditions common in Chinese villages and townships: cirrhosis and
hepatitis B (variceal bleeding, hepatic encephalopathy), tuberculosis on treatment (haemoptysis,
ethambutol's eyes, drug liver injury), schistosomiasis, silicosis, COPD, kidney failure and
dialysis (a bleeding or clotted fistula, a missed session, a cloudy peritoneal bag), G6PD
deficiency after broad beans or a sulfonamide, epilepsy, long-standing hypertension and diabetes,
stroke survivors, transplants and long-term steroids; 16 emergencies, 24 same-day and 20
look-alikes a set). Before these fixes the rules found 13 of 16 and 15 of 16 emergencies, graded
15 of 24 and 12 of 24 same-day cases exactly, and sent 1 of 20 and 2 of 20 look-alikes to
emergency.

What changed: opening the eyes only after being called again and again (叫她半天才睁眼) and
dropping back to sleep are reduced consciousness, 问话答不上 is confusion; a fistula bleed that
pressure has not stopped (按了二十多分钟还在喷, 纱布都湿透); "coughing up bright red blood, about
half a bowl" is massive haemoptysis; 脸色黄白 and 嘴唇没血色 are pallor; a usual seizure told as
自己停了 or "his usual type"; a stroke survivor's deficit "same as since 2019, nothing new" is
residual; 中过风 is a past stroke; trace urine ketones are not DKA; a person on prednisolone who
vomits follows the sick-day rules the same day (SfE 2020), and 吃激素的 is long-term steroids;
"sclera slightly yellow", 眼白有点黄 and 尿有点浓茶色 are jaundice and dark urine, and dark urine
after broad beans is haemolysis; HRZE and 乙胺丁醇 are ethambutol, whose blurred sight or lost
red-green colours (红色绿色分不太清) is optic neuritis, the same day (WHO 2022, BNF); cirrhosis
with sleep turned round or slowed thinking is covert hepatic encephalopathy, the same day (EASL
2022); a fistula whose thrill or bruit has gone has clotted, the same day (UKKA 2015); a missed
session told as "missed yesterday's session", a peritoneal dialysis patient told as "fuqiang
touxi", an ulcer "on the ball of the foot", 钉螺 and "from the lake area", 痰里带了几丝血; English
"blisters" are blisters, not a rash ("no blisters" no longer takes back a drug rash). After:
16/16, 16/16; 24/24, 23/24; look-alikes 20/20, 19/20.

Left: a kidney transplant's creatinine risen from 110 to 168 (creatinine is not read); a usual
seizure "came round within 15 min" on a patient who ran out of tablets stays an emergency (the
minutes to come round are read as the seizure's length)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "家属说她这两天越来越糊涂",
                "今天叫她半天才睁眼 问话答不上 一会又睡过去",
                "手在抖 像扑翼一样",
                "这几天没解大便",
            ],
            _patient(
                23095,
                "female",
                (
                    "肝硬化",
                    "乙肝",
                ),
                pregnant=False,
            ),
            id="r28-zh-004",
        ),  # EASL CPG Hepatic Encephalopathy 2022: West Haven grade III overt HE
        pytest.param(
            [
                "4岁男孩 前天吃了炒蚕豆",
                "今天尿像酱油一样",
                "脸色黄白 嘴唇没血色 一直想睡",
                "呼吸快 心率160 手脚凉",
            ],
            _patient(1550, "male", ("G6PD缺乏症",), pregnant=None),
            id="r28-zh-035",
        ),  # WHO IMCI 2014 general danger signs (lethargic) + severe pallor; 中国G6PD缺乏症诊治共识 蚕豆病急性溶血伴休克
        pytest.param(
            [
                "透析的内瘘那里出血了",
                "按了二十多分钟还在喷",
                "纱布都湿透了",
                "人有点发慌 出汗",
            ],
            _patient(
                20152,
                "female",
                (
                    "尿毒症",
                    "血液透析",
                ),
                pregnant=False,
            ),
            id="r28-zh-054",
        ),  # UK Kidney Association / VASBI vascular access guidance: uncontrolled AV fistula haemorrhage
        pytest.param(
            [
                "pt on TB tx month 2 (HRZE)",
                "coughing up bright red blood, about half a bowl in the last hour and still coming",
                "SpO2 90% RA, RR 28, v anxious",
            ],
            _patient(14965, "male", ("pulmonary tuberculosis",), pregnant=False),
            id="r28-en-039",
        ),  # NICE CKS Haemoptysis: massive haemoptysis - immediate emergency admission; WHO TB operational handbook
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "肝硬化的老张 家属说这几天白天睡觉晚上不睡",
                "有时候算账算错 反应比以前慢点",
                "问话都能答对 知道在哪",
                "三天没解大便了",
            ],
            _patient(21945, "male", ("乙肝肝硬化",), pregnant=None),
            id="r28-zh-005",
        ),  # EASL CPG Hepatic Encephalopathy 2022: grade I/covert HE, identify and treat precipitants
        pytest.param(
            [
                "结核病人 今天早上痰里带了几丝血",
                "就两三口 量很少",
                "不喘 血氧97",
                "生命体征都正常",
            ],
            _patient(17890, "male", ("肺结核",), pregnant=None),
            id="r28-zh-007",
        ),  # NICE CKS Haemoptysis; 中国咯血诊治专家共识2020 少量咯血
        pytest.param(
            [
                "吃乙胺丁醇两个月 这周说看东西模糊",
                "红色绿色分不太清",
                "没有头痛 其他都好",
            ],
            _patient(19280, "male", ("肺结核",), pregnant=None),
            id="r28-zh-009",
        ),  # WHO TB operational handbook: ethambutol optic neuritis—stop drug, urgent eye assessment
        pytest.param(
            [
                "她说今天早上内瘘摸着不震了",
                "听也听不到那种呼呼声",
                "手臂不痛不出血",
            ],
            _patient(
                22280,
                "female",
                (
                    "尿毒症",
                    "血液透析",
                ),
                pregnant=False,
            ),
            id="r28-zh-017",
        ),  # UK Kidney Association/VASBI vascular access: loss of thrill—suspected fistula thrombosis, same-day intervention
        pytest.param(
            [
                "6岁 蚕豆病 昨天亲戚家吃了蚕豆",
                "今天尿有点浓茶色",
                "眼白有点黄",
                "能跑能玩 精神好 呼吸平稳 心率100",
            ],
            _patient(2220, "male", ("G6PD缺乏症",), pregnant=None),
            id="r28-zh-018",
        ),  # 中国G6PD缺乏症诊治共识: 蚕豆病急性溶血需当日查血红蛋白; WHO G6PD guidance
        pytest.param(
            [
                "30岁 蚕豆病 前两天诊所给开了复方新诺明治尿路感染",
                "今天小便颜色发红发黑",
                "有点乏 能走",
                "不头晕 不喘",
            ],
            _patient(11060, "male", ("G6PD缺乏症",), pregnant=None),
            id="r28-zh-021",
        ),  # WHO G6PD deficiency guidance; BNF co-trimoxazole: haemolysis in G6PD deficiency—stop drug, same-day assessment
        pytest.param(
            [
                "中过风的 昨天下午左手突然麻木没力 说话也不利索",
                "二十来分钟自己好了",
                "现在都正常 查体没啥",
            ],
            _patient(
                24677,
                "female",
                (
                    "高血压",
                    "脑梗死病史",
                ),
                pregnant=False,
            ),
            id="r28-zh-031",
        ),  # NICE NG128 1.1.3: suspected TIA—aspirin and specialist assessment within 24 hours
        pytest.param(
            [
                "吃激素的 药吃完了两天没买到",
                "觉得累 有点恶心 没吐",
                "血压112/70 能吃饭",
            ],
            _patient(
                22670,
                "female",
                (
                    "类风湿关节炎",
                    "长期服用泼尼松",
                ),
                pregnant=False,
            ),
            id="r28-zh-048",
        ),  # Society for Endocrinology steroid emergency card / sick day rules: missed glucocorticoid with symptoms—same-day review
        pytest.param(
            [
                "16岁 一个多月前在湖里游过泳 那边有钉螺",
                "这几天发烧38.5 咳嗽 身上起风团",
                "肝区有点痛 精神还可以",
            ],
            _patient(5960, "male", (), pregnant=None),
            id="r28-zh-057",
        ),  # WS 261 血吸虫病诊断标准 急性血吸虫病; WHO schistosomiasis guideline 2022
        pytest.param(
            [
                "HD pt 58F, missed yesterday's session (son's wedding)",
                "weight up 2.3kg over dry weight, ankles puffy",
                "breathing ok, lies flat fine, SpO2 97%, no chest pain, no weakness",
            ],
            _patient(
                21170,
                "female",
                (
                    "CKD stage 5",
                    "haemodialysis",
                ),
                pregnant=False,
            ),
            id="r28-en-019",
        ),  # UK Kidney Association / KDOQI haemodialysis adequacy: missed session - arrange dialysis the same day
        pytest.param(
            [
                "T2DM on metformin 47F",
                "BG 21-24 last 2 days, thirsty, peeing a lot",
                "no vomiting, no belly pain, breathing normal, alert",
                "urine ketones trace",
            ],
            _patient(17155, "female", ("type 2 diabetes",), pregnant=False),
            id="r28-en-020",
        ),  # NICE NG28 / JBDS: marked hyperglycaemia without DKA/HHS features - same-day review and treatment adjustment
        pytest.param(
            [
                "AV fistula L arm, dialysis Tue/Thu/Sat",
                "this am can't feel the buzz anymore, bit sore and hard along the vein",
                "no bleeding, arm warm, colour fine",
            ],
            _patient(
                22995,
                "male",
                (
                    "CKD stage 5",
                    "haemodialysis",
                ),
                pregnant=False,
            ),
            id="r28-en-025",
        ),  # UK Kidney Association vascular access guidance: suspected fistula thrombosis - same-day contact with dialysis unit
        pytest.param(
            [
                "T2DM 15 yrs, 61M, numb feet",
                "ulcer on ball of L foot ~1.5cm found by daughter, red rim ~1cm, bit of pus",
                "no fever, foot pulses present, no black skin, otherwise well",
            ],
            _patient(
                22265,
                "male",
                (
                    "type 2 diabetes",
                    "peripheral neuropathy",
                ),
                pregnant=False,
            ),
            id="r28-en-029",
        ),  # NICE NG19 1.3.1-1.3.2: active diabetic foot problem - refer to MDT foot service within 1 working day
        pytest.param(
            [
                "65M on TB tx, still on ethambutol",
                "1 wk blurred vision both eyes, can't tell red from green on the card",
                "no eye pain, no headache, otherwise well",
            ],
            _patient(23725, "male", ("pulmonary tuberculosis",), pregnant=False),
            id="r28-en-030",
        ),  # WHO TB operational handbook: ethambutol optic neuritis - stop ethambutol, urgent ophthalmology assessment
        pytest.param(
            [
                "PD (fuqiang touxi) pt 45M",
                "today drain bag cloudy, can't read print through it, mild belly pain",
                "T 37.9, BP 136/84, HR 92",
            ],
            _patient(
                16425,
                "male",
                (
                    "CKD stage 5",
                    "peritoneal dialysis",
                ),
                pregnant=False,
            ),
            id="r28-en-034",
        ),  # ISPD peritonitis guideline 2022: cloudy effluent - same-day assessment, effluent culture and intraperitoneal antibiotics
        pytest.param(
            [
                "70M on pred 7.5mg for PMR >1 yr",
                "vomited once this am, mild diarrhoea, keeping fluids down, took today's pred",
                "BP 128/76, HR 86, not dizzy",
            ],
            _patient(
                25550,
                "male",
                (
                    "polymyalgia rheumatica",
                    "long-term steroids",
                ),
                pregnant=False,
            ),
            id="r28-en-035",
        ),  # Society for Endocrinology / NHS Steroid Emergency Card sick day rules: intercurrent illness - double dose, same-day medical advice
        pytest.param(
            [
                "31F pulm TB on HRZE 4 wks",
                "5 days nausea, poor appetite, vomited once, dull ache under R ribs",
                "sclera slightly yellow, urine dark",
                "alert, no bleeding, not confused",
            ],
            _patient(11315, "female", ("pulmonary tuberculosis",), pregnant=False),
            id="r28-en-041",
        ),  # ATS/CDC/IDSA and WHO TB handbook: suspected drug-induced hepatitis - stop hepatotoxic drugs, same-day LFTs and review
        pytest.param(
            [
                "68F cirrhosis (alcohol + HBV)",
                "son says last 2 days she sleeps in the day, awake at night, a bit slower answering",
                "knows where she is and who we are, not drowsy; constipated 4 days, stopped her lactulose",
                "no vomiting blood, stool brown, T 36.8",
            ],
            _patient(
                24820,
                "female",
                (
                    "cirrhosis",
                    "chronic hepatitis B",
                ),
                pregnant=False,
            ),
            id="r28-en-047",
        ),  # EASL CPG hepatic encephalopathy 2022: grade I/covert HE - identify precipitant (constipation), restart lactulose, prompt medical review
        pytest.param(
            [
                "fisherman 38M from the lake area, in the water a lot mid-June",
                "fever on and off 1 wk up to 38.7, itchy hives, dry cough",
                "loose stool, eating ok, alert, BP 124/78",
            ],
            _patient(13870, "male", (), pregnant=False),
            id="r28-en-053",
        ),  # WHO schistosomiasis fact sheet / China WS 261 acute schistosomiasis (Katayama fever) - same-day assessment and diagnosis
        pytest.param(
            [
                "34F started carbamazepine 3 wks ago for new epilepsy",
                "2 days itchy red rash trunk and arms, low fever 37.8",
                "no blisters, mouth and eyes fine, skin not peeling",
            ],
            _patient(12410, "female", ("epilepsy",), pregnant=False),
            id="r28-en-059",
        ),  # MHRA / BNF carbamazepine hypersensitivity: rash in first weeks - stop drug and same-day medical review
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "肝硬化复查 他三年前吐过一次血 做了套扎",
                "这次来开恩替卡韦",
                "没吐血 大便黄的 不头晕",
            ],
            _patient(
                20265,
                "male",
                (
                    "乙肝肝硬化",
                    "食管静脉曲张套扎术后",
                ),
                pregnant=None,
            ),
            id="r28-zh-003",
        ),  # Baveno VII: secondary prophylaxis follow-up; NICE CG141 (no current bleeding)
        pytest.param(
            [
                "她担心大便发黑",
                "最近开始吃琥珀酸亚铁",
                "大便成形 不是柏油样 没吐血 不头晕",
                "血压心率正常 没有肝病",
            ],
            _patient(
                24110,
                "female",
                (
                    "慢性肾病3期",
                    "肾性贫血",
                ),
                pregnant=False,
            ),
            id="r28-zh-008",
        ),  # BNF ferrous salts: dark stools expected; NICE CG141 (no melaena features)
        pytest.param(
            [
                "吃利福平后尿是橘红色的 眼泪也有点红",
                "病人吓坏了 以为尿血",
                "没别的不舒服 眼睛不黄 吃饭正常",
            ],
            _patient(12120, "female", ("肺结核",), pregnant=False),
            id="r28-zh-010",
        ),  # WHO TB operational handbook: rifampicin orange-red body fluids—reassure
        pytest.param(
            [
                "癫痫的小伙 刚才抽了一次 两分钟左右自己停了",
                "跟平时发作一样 口吐白沫",
                "现在完全醒了 说话正常 没摔伤",
                "这个月就这一次",
            ],
            _patient(8920, "male", ("癫痫",), pregnant=None),
            id="r28-zh-011",
        ),  # NICE NG217 epilepsies 2022: typical self-terminating seizure with full recovery in known epilepsy—no emergency transfer
        pytest.param(
            [
                "血压170/100 自己家里量的",
                "不头痛 不头晕 没胸闷",
                "这几天药忘吃了",
            ],
            _patient(26215, "female", ("高血压",), pregnant=False),
            id="r28-zh-012",
        ),  # NICE NG136 1.4/1.5; 中国高血压防治指南2018 (no target-organ symptoms, <180/110)
        pytest.param(
            [
                "打胰岛素的 昨晚运动后有点心慌出汗 测了3.5",
                "吃了几块糖十分钟后5.6 后面都好",
                "今天来问胰岛素要不要减",
            ],
            _patient(
                16450,
                "male",
                (
                    "2型糖尿病",
                    "胰岛素治疗",
                ),
                pregnant=None,
            ),
            id="r28-zh-014",
        ),  # NICE NG28/ADA Standards 2024: mild (level 1) hypoglycaemia self-treated—routine dose review
        pytest.param(
            [
                "糖尿病足部检查",
                "脚底有块老茧 没破 不红不肿",
                "足背动脉摸得到 感觉正常",
            ],
            _patient(22840, "female", ("2型糖尿病",), pregnant=False),
            id="r28-zh-019",
        ),  # NICE NG19 1.3 foot risk assessment: low risk, routine care
        pytest.param(
            [
                "老爷子三年前中风 左边手脚一直没劲 说话有点不清 这都是老样子",
                "今天来量血压拿药 138/84",
                "家属说最近没有新的变化",
            ],
            _patient(
                27780,
                "male",
                (
                    "脑梗死后遗症",
                    "高血压",
                ),
                pregnant=None,
            ),
            id="r28-zh-020",
        ),  # NICE NG128 1.10 secondary prevention review; 中国缺血性卒中二级预防指南2022
        pytest.param(
            [
                "心衰老太太 傍晚脚踝有点肿 早上就消了",
                "体重一直稳定 晚上能平躺",
                "不喘 来开药的",
            ],
            _patient(29300, "female", ("慢性心衰",), pregnant=False),
            id="r28-zh-022",
        ),  # NICE NG106 1.9 chronic heart failure monitoring (stable)
        pytest.param(
            [
                "吃华法林 胳膊上有几块青紫 磕碰的",
                "上周INR 2.6",
                "没有流鼻血 牙龈不出血 大便正常 没摔到头",
            ],
            _patient(
                23775,
                "male",
                (
                    "房颤",
                    "华法林",
                ),
                pregnant=None,
            ),
            id="r28-zh-026",
        ),  # NICE CKS Anticoagulation-oral: minor bruising with INR in range—reassure
        pytest.param(
            [
                "复查血钾5.6",
                "没不舒服",
                "在吃贝那普利",
            ],
            _patient(
                23490,
                "male",
                (
                    "慢性肾病3期",
                    "高血压",
                ),
                pregnant=None,
            ),
            id="r28-zh-029",
        ),  # UK Kidney Association Hyperkalaemia 2020: mild K 5.5–5.9—non-urgent repeat and medication review
        pytest.param(
            [
                "透析完扎针的地方有点青",
                "早就不出血了",
                "内瘘震颤很好",
                "就问下要不要紧",
            ],
            _patient(
                18530,
                "female",
                (
                    "尿毒症",
                    "血液透析",
                ),
                pregnant=False,
            ),
            id="r28-zh-037",
        ),  # UK Kidney Association vascular access: post-cannulation bruise with good thrill—reassure
        pytest.param(
            [
                "家长来问 孩子蚕豆病 隔壁家孩子吃蚕豆溶血送医院了",
                "她家孩子没吃过蚕豆 没接触樟脑丸",
                "孩子好好的 尿颜色正常 不黄",
                "想问哪些药和东西不能碰",
            ],
            _patient(775, "female", ("G6PD缺乏症",), pregnant=False),
            id="r28-zh-041",
        ),  # WHO G6PD deficiency guidance: avoidance advice (fava beans, naphthalene, oxidant drugs)
        pytest.param(
            [
                "体检血常规 血红蛋白108 小细胞",
                "以前一直当缺铁补 没效果",
                "查了地贫基因 是轻型α地贫",
                "没啥不舒服 不是孕妇",
            ],
            _patient(9500, "female", (), pregnant=False),
            id="r28-zh-042",
        ),  # 中国地中海贫血防治指南: 轻型地贫无需治疗, 避免盲目补铁; 遗传咨询
        pytest.param(
            [
                "慢阻肺老头 血氧88",
                "他平时一直就是88到90 家里吸氧",
                "这几天跟往常一样 没加重 痰不多 精神好",
                "例行随访",
            ],
            _patient(
                27015,
                "male",
                (
                    "慢阻肺",
                    "肺心病",
                    "家庭氧疗",
                ),
                pregnant=None,
            ),
            id="r28-zh-046",
        ),  # BTS Home Oxygen 2015 / NICE NG115 1.2: stable chronic hypoxaemia at baseline, target 88–92%
        pytest.param(
            [
                "矽肺老矿工年度随访",
                "前年气胸过一次 在县医院插管好了",
                "现在不胸痛 活动后有点喘跟去年差不多",
            ],
            _patient(21500, "male", ("矽肺",), pregnant=None),
            id="r28-zh-049",
        ),  # BTS Pleural Disease Guideline 2023 (previous pneumothorax, no current symptoms); 尘肺病治疗中国专家共识2018 随访
        pytest.param(
            [
                "吃泼尼松一个多月 脸圆了 胃口大",
                "晚上睡不好 有点长痘",
                "其他都好 没停药",
            ],
            _patient(
                14690,
                "female",
                (
                    "肾病综合征",
                    "口服泼尼松",
                ),
                pregnant=False,
            ),
            id="r28-zh-051",
        ),  # BNF prednisolone: expected Cushingoid side effects; NICE CKS Corticosteroids-oral
        pytest.param(
            [
                "晚血病人每年例行检查",
                "脾大好多年了 以前做过B超",
                "没呕血 没黑便 没腹胀加重",
            ],
            _patient(
                24970,
                "male",
                (
                    "晚期血吸虫病",
                    "脾大",
                ),
                pregnant=None,
            ),
            id="r28-zh-052",
        ),  # WHO schistosomiasis guideline 2022; 晚期血吸虫病随访 (stable, no bleeding)
        pytest.param(
            [
                "小伙子乙肝小三阳 他爸是肝癌肝昏迷走的",
                "他担心 来问要不要抗病毒",
                "肝功正常 没不舒服",
            ],
            _patient(11880, "male", ("慢性乙肝",), pregnant=None),
            id="r28-zh-055",
        ),  # 中国慢性乙型肝炎防治指南2022 / WHO HBV guidelines 2024: routine antiviral assessment
        pytest.param(
            [
                "肺结核强化期结束 来复查",
                "咳嗽好多了 没有咯血 不发烧",
                "痰涂片转阴了",
                "就是胃口一般",
            ],
            _patient(16485, "female", ("肺结核",), pregnant=False),
            id="r28-zh-059",
        ),  # WHO TB operational handbook Module 4: treatment monitoring at end of intensive phase
        pytest.param(
            [
                "COPD on LTOT 2L, 76F, monthly home visit",
                "SpO2 89% on her O2, same as every visit, resp team target 88-92%",
                "breathless dressing as usual, sputum white, no change, alert and chatting",
            ],
            _patient(
                27740,
                "female",
                (
                    "COPD",
                    "home oxygen",
                ),
                pregnant=False,
            ),
            id="r28-en-003",
        ),  # BTS emergency oxygen 2017 / NICE NG115 1.2: target SpO2 88-92% in CO2 retainers - stable, routine review
        pytest.param(
            [
                "HF 70M stable, 3-monthly check",
                "bit of ankle swelling in evenings, gone by morning, same as always",
                "weight steady 64kg, no breathlessness at night, SpO2 97%",
            ],
            _patient(25550, "male", ("heart failure",), pregnant=False),
            id="r28-en-008",
        ),  # NICE NG106 1.7: routine monitoring of stable heart failure
        pytest.param(
            [
                "T2DM 66F on gliclazide + metformin",
                "yesterday skipped lunch, felt shaky, BG 3.5, had sugar water, fine in 10 min",
                "fasting BG today 7.2, eating normally, no more episodes",
            ],
            _patient(24090, "female", ("type 2 diabetes",), pregnant=False),
            id="r28-en-010",
        ),  # NICE NG28 / JBDS: mild self-treated hypoglycaemia, recovered - routine review of sulfonylurea dose
        pytest.param(
            [
                "AV fistula R arm, needled yesterday at dialysis",
                "small bruise round needle site, not bleeding, not getting bigger",
                "buzz/thrill strong as usual",
            ],
            _patient(
                20805,
                "female",
                (
                    "CKD stage 5",
                    "haemodialysis",
                ),
                pregnant=False,
            ),
            id="r28-en-012",
        ),  # UK Kidney Association vascular access patient guidance: minor needling bruise - self care
        pytest.param(
            [
                "mum asking about her 6yo girl - her brother (8) had bad haemolysis after can dou last spring, needed transfusion",
                "girl tested G6PD def too but never had any problem, well today",
                "can she eat broad beans? what else to avoid?",
            ],
            _patient(2190, "female", ("G6PD deficiency",), pregnant=False),
            id="r28-en-015",
        ),  # WHO Working Group G6PD / Chinese expert consensus on G6PD deficiency: avoidance advice for a well child
        pytest.param(
            [
                "his father diagnosed smear+ pulmonary TB last week, same house",
                "he's 30, no cough, no fever, no night sweats, weight stable",
                "wants screening",
            ],
            _patient(None, "male", (), pregnant=False),
            id="r28-en-021",
        ),  # WHO TB contact investigation guidance / NICE NG33: household contact screening - routine
        pytest.param(
            [
                "HBsAg+ 44F, inactive carrier",
                "6-monthly check: ALT 22, HBV DNA undetectable last time",
                "no yellow eyes, no vomiting blood, no black stool, no swelling",
                "needs ultrasound + AFP slot",
            ],
            _patient(16060, "female", ("chronic hepatitis B",), pregnant=False),
            id="r28-en-022",
        ),  # Chinese guideline for prevention and treatment of chronic hepatitis B 2022: inactive carrier monitoring every 6-12 months
        pytest.param(
            [
                "on warfarin for AF 68M",
                "couple of small bruises on shins from bumping the bed",
                "INR 2.6 last week, no nose or gum bleeding, stool normal",
            ],
            _patient(
                24820,
                "male",
                (
                    "atrial fibrillation",
                    "warfarin",
                ),
                pregnant=False,
            ),
            id="r28-en-024",
        ),  # NICE CKS Anticoagulation - oral: minor bruising with therapeutic INR - no action needed
        pytest.param(
            [
                "village mass treatment day (xue xi chong bing screening), 53M fisherman",
                "had schisto with bloody diarrhoea in the 1990s, treated",
                "no symptoms now, stools normal, belly not swollen",
            ],
            _patient(19345, "male", ("previous schistosomiasis",), pregnant=False),
            id="r28-en-027",
        ),  # WHO schistosomiasis preventive chemotherapy / China schistosomiasis control programme: routine screening
        pytest.param(
            [
                "annual review 73F, stroke 2019 (L hemiplegia)",
                "L arm weakness and slight slurred speech same as since 2019, nothing new",
                "BP 138/82 on amlodipine, on aspirin + statin",
            ],
            _patient(
                26645,
                "female",
                (
                    "previous stroke",
                    "hypertension",
                ),
                pregnant=False,
            ),
            id="r28-en-032",
        ),  # NICE NG236 stroke rehabilitation: annual review of stroke survivors
        pytest.param(
            [
                "22F TB tx week 1",
                "her urine and tears turned orange-red, scared it's blood",
                "no pain passing urine, no yellow eyes, eating well",
            ],
            _patient(8030, "female", ("pulmonary tuberculosis",), pregnant=False),
            id="r28-en-038",
        ),  # WHO TB patient information: rifampicin harmlessly colours urine, tears and sweat orange-red
        pytest.param(
            [
                "37F on pred 15mg for 3 months for nephrotic syndrome",
                "face rounder, up 3kg, poor sleep, always hungry",
                "read about 'steroid crisis' online and scared, but hasn't missed any doses, no vomiting, no fever",
                "BP 132/80, BG 6.4",
            ],
            _patient(
                None,
                "female",
                (
                    "nephrotic syndrome",
                    "long-term steroids",
                ),
                pregnant=False,
            ),
            id="r28-en-043",
        ),  # BNF corticosteroids / NHS steroid guidance: expected cushingoid side effects - routine review
        pytest.param(
            [
                "ex-gold miner 62M, silicosis stage I, annual occupational check",
                "same mild SOB on hills as last 3 yrs, no coughing blood, no fever, no chest pain",
                "SpO2 96%, wants forms for compensation",
            ],
            _patient(22630, "male", ("silicosis",), pregnant=False),
            id="r28-en-044",
        ),  # China GBZ 70-2015 pneumoconiosis: routine occupational follow-up
        pytest.param(
            [
                "opportunistic BP at village clinic 48M",
                "BP 168/98, repeat 164/96",
                "no headache, no chest pain, no vision change, feels fine",
            ],
            _patient(17520, "male", (), pregnant=False),
            id="r28-en-046",
        ),  # NICE NG136 1.2: clinic BP 140/90-179/119 without target organ damage - offer ABPM/HBPM to confirm
        pytest.param(
            [
                "50F on H. pylori quadruple therapy (with bismuth) day 5",
                "worried stool is black, tongue dark too",
                "stool formed, not sticky/tarry, no vomiting blood, not dizzy, HR 74, BP 126/80",
            ],
            _patient(18250, "female", ("type 2 diabetes",), pregnant=False),
            id="r28-en-049",
        ),  # Chinese national consensus on H. pylori 2022 / BNF bismuth: expected black stool and tongue
        pytest.param(
            [
                "24F, alpha-thal trait found at premarital check",
                "Hb 112, MCV 68, no symptoms",
                "planning pregnancy next year, husband not tested",
            ],
            _patient(8760, "female", ("alpha thalassaemia trait",), pregnant=False),
            id="r28-en-052",
        ),  # China national thalassaemia prevention programme: partner screening and genetic counselling - routine
        pytest.param(
            [
                "46M completed 6 months TB tx in March, sputum neg - cured",
                "coughed blood at diagnosis last year, none since",
                "no cough now, gaining weight, here for end-of-treatment follow-up CXR",
            ],
            _patient(16790, "male", ("previous pulmonary tuberculosis",), pregnant=False),
            id="r28-en-054",
        ),  # WHO TB guidelines / China national TB programme: post-treatment follow-up, routine
        pytest.param(
            [
                "routine review 60M, HBV cirrhosis Child A",
                "hx variceal bleed 2021, banded x3, on propranolol since, no further bleeding",
                "no vomiting blood, stools brown, no confusion, HR 62",
                "wants repeat rx and asks when next gastroscopy due",
            ],
            _patient(
                21900,
                "male",
                (
                    "chronic hepatitis B",
                    "cirrhosis",
                    "oesophageal varices",
                ),
                pregnant=False,
            ),
            id="r28-en-055",
        ),  # Baveno VII: secondary prophylaxis with NSBB + EVL - routine surveillance
        pytest.param(
            [
                "HD pt 60M, monthly bloods",
                "pre-dialysis K 5.4, same as last 3 months",
                "well, no weakness, no palpitations",
            ],
            _patient(
                21900,
                "male",
                (
                    "CKD stage 5",
                    "haemodialysis",
                ),
                pregnant=False,
            ),
            id="r28-en-056",
        ),  # UK Kidney Association hyperkalaemia guideline 2020: K <5.5 is not hyperkalaemia - routine dietary review
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
