# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixtieth held-out round (2026-12-07, at commit bc4f129: two reviewers, 120 cases in which staff ask the
assistant and guess: "是不是心梗？", "会不会是脑出血？", "could this be a stroke?", "prob pulled a muscle?", "alcohol
poisoning?"; in about half the cases the guess points the wrong way; 16 emergencies, 24 same-day and 20
look-alikes a set). Before these fixes the rules found 16 of 16 and 15 of 16 emergencies (an aortic dissection
the staff took for a pulled muscle: "says it's 'tearing'", "R arm 170/95, L arm 130/80"), graded 20 of 24 and
22 of 24 same-day cases exactly, and sent 2 and 3 look-alikes to emergency, each because the staff's own
question named a diagnosis: a tension headache asked about as 脑出血, a typical migraine aura asked about as a
stroke, a hangover as alcohol poisoning, chest-wall pain as a heart attack, a known panic attack as 心梗.

What changed: a diagnosis the staff ask about (心梗, 中风/脑出血, 中毒; "heart attack?", "stroke?", "poisoning?")
in a question is not a finding (negation.ASKED_DIAGNOSES): the level follows the signs told; a diagnosis stated
(疑似心梗, 怀疑脑出血) still counts. A new atrial fibrillation told as 心电图是房颤 with 心室率110; a sudden spell of
breathlessness told as over with SpO2 95 or more is not distress now; "hasn't felt much movement" (reduced
fetal movements); BP told as "R arm ... L arm ...". After: 16/16, 16/16; 21/24, 23/24; look-alikes 20/20, 20/20.

Kept deliberately: a head injury on warfarin in a 75-year-old stays an emergency (r60-zh-016), as do
sudden confusion at 80 (r60-zh-040) and a young woman's thoughts of dying (r60-zh-053). Left: a 15-year-old's
superficial self-harm cuts found by her mother (r60-en-003)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "67M sudden severe pain between shoulder blades while digging, says it's 'tearing'",
                "BP R arm 170/95, L arm 130/80, clammy",
                "prob pulled a muscle in the garden? ibuprofen and rest?",
            ],
            _patient(24472, "male", ("hypertension",), pregnant=None),
            id="r60-en-014",
        ),  # NICE CKS / ESC aortic disease: abrupt tearing back pain with an inter-arm BP difference suggests aortic dissection, needs 999.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "68岁 说心慌两天",
                "摸脉乱的 心电图是房颤 心室率110左右 血压135/80 不胸痛不喘",
                "心跳这么乱 是不是心梗？打120吧",
            ],
            _patient(24837, "male", (), pregnant=None),
            id="r60-zh-026",
        ),  # 心房颤动基层诊疗指南（2019）/ NICE CKS AF: 血流动力学稳定、无胸痛气促的新发房颤需当天控制心室率并评估抗凝，无需急救。
        pytest.param(
            [
                "30/40 first baby, hasn't felt much movement since this morning",
                "otherwise well, no pain no bleeding",
                "baby's prob just sleeping? she can count kicks tonight?",
            ],
            _patient(10592, "female", (), pregnant=True),
            id="r60-en-039",
        ),  # RCOG Green-top 57 reduced fetal movements: after 28 weeks RFM needs same-day maternity assessment, not kick counting at home.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "50岁 膝盖疼好几年了 上下楼梯加重",
                "没红没肿没发烧 走路可以",
                "老寒腿 开点止痛药就行吧",
            ],
            _patient(18262, "female", ("knee osteoarthritis",), pregnant=False),
            id="r60-zh-001",
        ),  # 膝骨关节炎基层诊疗指南 / NICE NG226: 慢性膝痛无红肿发热为骨关节炎，常规门诊管理。
        pytest.param(
            [
                "怀孕12周 早上恶心 偶尔吐一次",
                "能吃少量东西 尿量正常 体重没掉",
                "正常孕吐吧？",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r60-zh-002",
        ),  # NICE CKS nausea and vomiting in pregnancy: 能进食、无脱水的轻度孕吐少量多餐自我护理。
        pytest.param(
            [
                "45岁 体检量血压150/95",
                "没头疼 没胸闷 以前没查过",
                "是不是要马上降压 打120？",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r60-zh-003",
        ),  # 中国高血压防治指南（2018）/ NICE NG136: 无症状1级血压升高需择期复测确诊，非急症。
        pytest.param(
            [
                "20岁 打球崴了右脚踝",
                "外侧有点肿 能走好几步 内外踝后缘按着都不疼",
                "怕骨折 要不要拍片？",
            ],
            _patient(7305, "male", (), pregnant=None),
            id="r60-zh-007",
        ),  # NICE CKS sprains / 渥太华踝关节规则: 能负重且骨性压痛阴性无需拍片，RICE自我护理。
        pytest.param(
            [
                "6周男宝 每次喂完奶吐一点",
                "不是喷射的 吐完还想吃 体重长得好 尿布湿得多",
                "吐奶 会不会是幽门梗阻？",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r60-zh-008",
        ),  # NICE NG1 GORD in children: 少量溢奶、体重增长正常为生理性反流，喂养指导即可。
        pytest.param(
            [
                "52岁 这半年老是潮热 晚上出汗 月经乱了",
                "没有发烧 没消瘦 心情有点烦",
                "想开点中药调一下",
            ],
            _patient(18993, "female", (), pregnant=False),
            id="r60-zh-010",
        ),  # 绝经管理与绝经激素治疗中国指南（2018）/ NICE NG23: 典型围绝经期症状，常规门诊管理。
        pytest.param(
            [
                "4岁 手心脚心起小疹子 嘴里有溃疡 低烧37.8",
                "能吃饭 精神好 没有惊跳 没有吐",
                "是手足口普通型吧 回家隔离观察行吧",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r60-zh-014",
        ),  # 手足口病诊疗指南（2018年版）: 普通病例无神经系统表现可居家隔离，交代重症预警信号。
        pytest.param(
            [
                "8岁 上课时候流鼻血",
                "捏住鼻子5分钟就止住了 第一次 平时没有出血的毛病",
                "要不要去医院止血？",
            ],
            _patient(2922, "male", (), pregnant=None),
            id="r60-zh-020",
        ),  # NICE CKS epistaxis: 压迫可止的前鼻出血、无出血倾向者居家护理。
        pytest.param(
            [
                "25岁小伙 突然心慌 手麻 喘不上气 觉得要死了",
                "这半年发作过好几次 心电图正常 血氧99 十几分钟就好了",
                "是不是心梗？",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r60-zh-021",
        ),  # NICE CG113 panic disorder: 反复短暂发作、心电图血氧正常的年轻人符合惊恐发作，安排常规心理评估。
        pytest.param(
            [
                "6个月宝宝 昨天打了疫苗 今天有点发烧38.0",
                "吃奶好 会笑会玩 打针的地方有点红",
                "会不会是脑膜炎啊？",
            ],
            _patient(183, "female", (), pregnant=None),
            id="r60-zh-022",
        ),  # WHO AEFI / 预防接种工作规范: 接种后48小时内低热、精神吃奶好为一般反应，居家观察。
        pytest.param(
            [
                "30岁 昨晚被蚊子咬了好多包 很痒",
                "就是局部红肿 没喘 嘴唇不肿 没全身起疹子",
                "会不会过敏性休克？",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r60-zh-029",
        ),  # NICE CKS insect bites and stings: 仅局部反应、无全身症状，冷敷止痒自我护理。
        pytest.param(
            [
                "40岁 昨天爬山走了一天 今天两个小腿又酸又硬",
                "没肿 不红 两边一样粗 摸着不热",
                "担心是血栓 要不要去做B超？",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r60-zh-030",
        ),  # NICE NG158: 运动后双侧对称酸痛、无肿胀符合延迟性肌肉酸痛，血栓可能性低，自我护理。
        pytest.param(
            [
                "40岁 最近工作压力大 睡不着两周了",
                "心情还行 吃饭正常 没有想死的念头",
                "这个要怎么弄",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r60-zh-032",
        ),  # 失眠症基层诊疗指南（2021）: 短期应激相关失眠、无情绪障碍及自杀风险，常规门诊睡眠卫生指导。
        pytest.param(
            [
                "3岁 把鞋盒里的干燥剂小包咬开吃了一点",
                "白色透明小珠子 包装上写硅胶",
                "硅胶干燥剂应该没毒吧？",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r60-zh-036",
        ),  # WHO 中毒处理 / 中毒咨询常识: 硅胶干燥剂基本无毒，漱口饮水观察即可。
        pytest.param(
            [
                "65岁 糖尿病 来开二甲双胍",
                "今天空腹8.5 平时7点多 没啥不舒服",
                "血糖有点高 要不要马上打胰岛素？",
            ],
            _patient(23741, "male", ("type 2 diabetes",), pregnant=None),
            id="r60-zh-037",
        ),  # 2型糖尿病基层诊疗指南（2019）: 无症状轻度血糖波动按常规随访调整，非急症。
        pytest.param(
            [
                "35岁 头疼两天 像箍着一样 两边都疼",
                "最近加班 颈肩发紧 血压120/75 查体没问题 没吐",
                "会不会是脑出血？要不要转上去做CT？",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r60-zh-042",
        ),  # NICE CG150 headaches: 双侧压迫性头痛、查体正常、无危险信号为紧张型头痛，自我处理即可。
        pytest.param(
            [
                "60岁 三天没大便了 肚子有点胀",
                "还在放屁 没吐 能吃饭 肚子软 没压痛",
                "会不会肠梗阻啊？",
            ],
            _patient(21915, "male", (), pregnant=None),
            id="r60-zh-044",
        ),  # 慢性便秘基层诊疗指南 / NICE CKS constipation: 有排气、无呕吐、腹软无压痛为单纯便秘，自我处理。
        pytest.param(
            [
                "35岁 昨晚吃火锅喝啤酒 今天胸口烧心 反酸",
                "没胸闷 爬楼没事 咽东西正常 没黑便",
                "我觉得就是胃反流",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r60-zh-046",
        ),  # NICE CKS dyspepsia / 胃食管反流病基层诊疗指南: 年轻无报警症状的饮食相关烧心，调整饮食加非处方药自我处理。
        pytest.param(
            [
                "25岁 流鼻涕嗓子疼两天 体温37.8",
                "能吃能喝 不喘 精神好",
                "家属非要输液 我觉得吃点药观察就行 能不能不挂水？",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r60-zh-048",
        ),  # 急性上呼吸道感染基层诊疗指南（2018）: 普通感冒自限，无需输液或抗生素，对症居家护理。
        pytest.param(
            [
                "70岁 慢阻肺 来拿吸入药",
                "最近跟平时一样 痰不多 血氧94 跟以前差不多",
                "开药就行了吧",
            ],
            _patient(25568, "male", ("COPD",), pregnant=None),
            id="r60-zh-054",
        ),  # 慢性阻塞性肺疾病基层诊疗指南（2018）稳定期: 症状稳定按常规随访续药。
        pytest.param(
            [
                "30M low back pain after lifting a sofa yesterday",
                "no leg numbness, bladder and bowels normal, no saddle numbness, no fever",
                "could it be cauda equina?",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r60-en-001",
        ),  # NICE NG59 low back pain: no red flags, keep active and simple analgesia.
        pytest.param(
            [
                "25M sunburnt shoulders after a beach day",
                "red and sore, no blisters, feels well",
                "aftersun and paracetamol?",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r60-en-002",
        ),  # NICE CKS / NHS sunburn: mild sunburn without blisters or systemic upset is self-care.
        pytest.param(
            [
                "38F did a 20km walk on Saturday, both calves tight and sore",
                "no swelling, calves same size, not red, no SOB",
                "worried about a clot?",
            ],
            _patient(13880, "female", (), pregnant=False),
            id="r60-en-004",
        ),  # NICE NG158 DVT: bilateral symmetric soreness after exertion with no swelling is delayed-onset muscle soreness, self-care.
        pytest.param(
            [
                "75M CKD 3a, eGFR 48, was 50 six months ago",
                "no symptoms, K 4.6",
                "kidney failure? refer?",
            ],
            _patient(27394, "male", ("chronic kidney disease",), pregnant=None),
            id="r60-en-012",
        ),  # NICE NG203 CKD: stable eGFR with normal potassium needs routine monitoring, not urgent referral.
        pytest.param(
            [
                "24/40, ankles swollen by evening, better in the morning",
                "BP 118/72, urine dip no protein, no headache or visual problems",
                "pre-eclampsia?",
            ],
            _patient(12784, "female", (), pregnant=True),
            id="r60-en-015",
        ),  # NICE NG133 hypertension in pregnancy: dependent oedema with normal BP and no proteinuria is physiological, self-care with routine antenatal care.
        pytest.param(
            [
                "45F both eyes sticky and red since yesterday",
                "no pain, vision normal, no contacts",
                "just conjunctivitis?",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r60-en-023",
        ),  # NICE CKS conjunctivitis infective: painless sticky eyes with normal vision are self-limiting, self-care.
        pytest.param(
            [
                "3yo ate some toothpaste, maybe a pea-sized blob and a bit more",
                "totally fine, playing",
                "tiny bit, fine?",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r60-en-027",
        ),  # TOXBASE / NPIS fluoride toothpaste: small ingestion in a well child needs no treatment.
        pytest.param(
            [
                "55M fasting glucose 7.2 on routine bloods",
                "no symptoms at all",
                "not sure what to do with this",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r60-en-031",
        ),  # NICE NG28 / WHO diagnostic criteria: a single raised fasting glucose without symptoms needs a routine repeat or HbA1c.
        pytest.param(
            [
                "4yo temp 38.5, runny nose, cough",
                "running round the waiting room, drinking fine, no rash, CRT <2s",
                "could this be meningitis? mum's panicking",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r60-en-033",
        ),  # NICE NG143 traffic-light: no amber or red features means low risk, home care with safety-netting.
        pytest.param(
            [
                "40M big night out, headache and nausea this morning",
                "fully alert, chatting, obs normal, keeping water down",
                "alcohol poisoning?",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r60-en-036",
        ),  # NHS / NICE CKS alcohol: hangover with normal consciousness and obs is self-care.
        pytest.param(
            [
                "8yo bumped her head on the climbing frame at school",
                "no LOC, no vomiting, acting normally, small lump",
                "school wants her to have a CT?",
            ],
            _patient(2922, "female", (), pregnant=None),
            id="r60-en-040",
        ),  # NICE NG232 head injury: no risk factors, no imaging needed, home with head injury advice.
        pytest.param(
            [
                "50F husband died 3 weeks ago",
                "tearful, sleeping badly, but eating and managing, no thoughts of self-harm",
                "normal grief, follow up?",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r60-en-041",
        ),  # NICE CKS bereavement: normal grief without risk needs routine support and follow-up.
        pytest.param(
            [
                "65M BP review, 138/84 today",
                "no symptoms, wants repeat amlodipine",
                "fine to issue?",
            ],
            _patient(23741, "male", ("hypertension",), pregnant=None),
            id="r60-en-047",
        ),  # NICE NG136 hypertension: controlled BP on treatment needs routine annual review only.
        pytest.param(
            [
                "70F dizzy when rolling over in bed and looking up, lasts under a minute",
                "no weakness, speech normal, walks fine in between",
                "not sure",
            ],
            _patient(25568, "female", (), pregnant=False),
            id="r60-en-048",
        ),  # NICE CKS vertigo (BPPV): brief positional vertigo without neuro signs, routine Epley/assessment.
        pytest.param(
            [
                "29F known migraine with aura, zigzag lights in L field 20 min then headache",
                "same as her usual attacks, no weakness, neuro exam normal now",
                "could this be a stroke?",
            ],
            _patient(10592, "female", ("migraine",), pregnant=False),
            id="r60-en-049",
        ),  # NICE CG150 headaches: fully reversible typical aura matching her usual pattern with normal exam is migraine, self-manage with usual treatment.
        pytest.param(
            [
                "18mo high temps 3 days, fever settled yesterday",
                "now pink blotchy rash on his trunk, happy, eating",
                "is this measles??",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r60-en-052",
        ),  # NICE CKS roseola / UKHSA measles: rash appearing after fever settles in a well toddler fits roseola, self-care.
        pytest.param(
            [
                "60M cough 10 days after a cold, getting better",
                "no fever, sats 98, chest clear",
                "post-viral cough?",
            ],
            _patient(21915, "male", (), pregnant=None),
            id="r60-en-053",
        ),  # NICE NG120 cough: acute cough improving without red flags is self-limiting, self-care.
        pytest.param(
            [
                "9 wk old posseting after most feeds, small amounts",
                "happy, gaining weight well, plenty of wet nappies",
                "normal reflux?",
            ],
            _patient(63, "male", (), pregnant=None),
            id="r60-en-054",
        ),  # NICE NG1 GORD in children: effortless small regurgitation with good weight gain is normal, parental reassurance.
        pytest.param(
            [
                "22F sharp L chest pain since moving furniture yesterday",
                "worse when I press on the spot, obs normal, sats 99 HR 72",
                "heart attack?",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r60-en-055",
        ),  # NICE CKS chest pain: reproducible chest wall pain after strain with normal obs in a young woman is musculoskeletal, self-care.
        pytest.param(
            [
                "33F occasional skipped beats for months, worse with coffee",
                "no fainting, no chest pain, ECG normal today",
                "should I refer urgently to cardiology for arrhythmia?",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r60-en-060",
        ),  # NICE CKS palpitations: ectopics with normal ECG and no red flags need routine management only.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
