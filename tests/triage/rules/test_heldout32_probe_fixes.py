# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-second held-out round (2026-12-07, at commit c1db4da: two reviewers, 120 cases on fever
and infection in adults and older people: NICE NG51 sepsis risk, pneumonia, influenza and COVID-19
in the vulnerable, pyelonephritis, prostatitis, cellulitis, meningitis, neutropenic fever, fever
after travel, China's rural fevers (scrub typhus, haemorrhagic fever with renal syndrome,
leptospirosis, brucellosis, severe fever with thrombocytopenia after a tick bite), dysentery,
shingles and chickenpox; a cold, mild flu in the healthy and a settled fever as look-alikes; 16
emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 15 of 16
and 16 of 16 emergencies, graded 12 of 24 and 16 of 24 same-day cases exactly, and sent no
look-alike to emergency.

What changed: an older person's mottled knees (花花的一块一块) and 小便味道大 are read, so a
nursing-home sepsis with SBP 88 is an emergency (NICE NG51); new same-day rules, each from its
guideline: influenza or COVID-19 in someone at high risk (65 or over, diabetes, COPD, heart, kidney
or liver disease, pregnancy, immunosuppression: an antiviral within 48 hours; 流行性感冒诊疗方案
2020), an infection in an older person with a sudden loss of function or a temperature below 36 °C
(NICE NG51 moderate risk), fever after a tick bite (发热伴血小板减少综合征诊疗方案 2023), fever
after a malaria-endemic country (WHO 2023), suspected dengue without warning signs (a blood count
today), shingles over 50 within 72 hours of the rash (NICE CKS), vomiting or diarrhoea with
dizziness or less urine on an ACE inhibitor, ARB or diuretic (NICE NG148); wordings for flood and
paddy water ("waded through flooded fields"), calf tenderness (小腿肚子捏着疼), dysentery (拉肚子
两天 今天有血), a diabetic foot ulcer by its place (右脚大拇指旁边有个溃疡), perineal pain ("ache
between the legs"), a band of blisters; 流感 is influenza, not a cold, and without risk it is still
home care. After: 16/16, 16/16; 23/24, 23/24; look-alikes 20/20, 20/20.

Kept deliberately: a kidney transplant recipient's fever stays an emergency (KDIGO 2009 and NICE
NG51: immunosuppression makes a fever high risk)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "养老院的83岁老太 这两天小便味道大",
                "今天护工说她手脚冰 膝盖那里花花的一块一块",
                "血压88/60 心率118 体温37.8",
                "还能叫醒 但是不怎么说话",
            ],
            _patient(
                30355,
                "female",
                (
                    "老年痴呆",
                    "高血压",
                ),
                pregnant=False,
            ),
            id="r32-zh-031",
        ),  # NICE NG51 high-risk criteria: systolic BP ≤90, mottled skin
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "80岁阿婆 新冠阳性第2天",
                "发烧38 咳嗽 胃口差点",
                "血氧95 呼吸20 血压138/82 人清楚",
                "有高血压和糖尿病",
            ],
            _patient(
                29210,
                "female",
                (
                    "高血压",
                    "2型糖尿病",
                ),
                pregnant=False,
            ),
            id="r32-zh-003",
        ),  # 国家卫健委 新型冠状病毒感染诊疗方案(试行第十版): 高危人群 发病5天内抗病毒治疗
        pytest.param(
            [
                "61岁女 糖尿病 右脚大拇指旁边有个溃疡",
                "这两天溃疡周围红了 大概3厘米 有点脓",
                "体温37.9 心率84 血压140/88",
                "脚背没有发黑 没有捻发感",
            ],
            _patient(22495, "female", ("2型糖尿病",), pregnant=False),
            id="r32-zh-009",
        ),  # NICE NG19 1.3: diabetic foot infection (moderate) — same-day assessment and antibiotics
        pytest.param(
            [
                "36岁女 拉肚子两天 今天有血 带黏液",
                "发烧38.5 肚子绞着疼",
                "还能喝水 也有尿 血压112/72 心率98 不头晕",
            ],
            _patient(13220, "female", (), pregnant=False),
            id="r32-zh-011",
        ),  # NICE CKS Gastroenteritis: bloody diarrhoea with fever — same-day assessment and stool culture
        pytest.param(
            [
                "84岁男 平时自己能走 这两天发烧咳嗽",
                "今天早上起不来床 上厕所要人扶 家里说一下子变差了",
                "体温38.1 血压136/76 心率86 呼吸20 血氧95 说话清楚",
            ],
            _patient(30770, "male", (), pregnant=None),
            id="r32-zh-023",
        ),  # NICE NG51 moderate-to-high risk: acute deterioration in functional ability
        pytest.param(
            [
                "68岁阿姨 有糖尿病十几年",
                "昨天下午开始发烧 全身酸痛 咳嗽",
                "测38.6 精神还行 能吃东西 血压135/80 心率94 呼吸18",
                "村里这几天好几个流感",
            ],
            _patient(24865, "female", ("2型糖尿病",), pregnant=False),
            id="r32-zh-027",
        ),  # 国家卫健委 流行性感冒诊疗方案: 高危人群发病48小时内尽早抗病毒; NICE TA168
        pytest.param(
            [
                "28岁 在缅甸那边做工 10天前回来",
                "这两天发烧38.9 头痛 出汗",
                "人清醒 能吃能走 血压120/76 心率96 没有发黄",
                "村里没有查疟疾的条件",
            ],
            _patient(10290, "male", (), pregnant=None),
            id="r32-zh-030",
        ),  # WHO Guidelines for malaria / UKHSA malaria guidance: fever in traveller returned from endemic area — same-day malaria testing
        pytest.param(
            [
                "70岁女 发烧38.3 咳嗽两天",
                "她女儿说她今天比平时爱睡 没什么精神",
                "我问了她 知道自己在哪 今天几号也答对了 说话正常",
                "心率86 呼吸20 血压130/78 血氧96",
            ],
            _patient(25850, "female", (), pregnant=False),
            id="r32-zh-036",
        ),  # NICE NG51 moderate-to-high risk: relative reports new altered behaviour (no objective confusion) — face-to-face clinical assessment
        pytest.param(
            [
                "27岁女 广州那边登革热流行 她上周刚从广州回来",
                "发烧3天 浑身骨头痛 眼眶后面痛 身上出了点红疹",
                "没有肚子痛 没有吐 牙龈鼻子都没出血",
                "能吃能喝 血压116/74",
            ],
            _patient(9895, "female", (), pregnant=False),
            id="r32-zh-044",
        ),  # WHO Dengue guidelines 2009: probable dengue without warning signs — same-day assessment with blood count
        pytest.param(
            [
                "33岁男 这几天一直在水田里",
                "前天开始发烧 小腿肚子捏着疼 眼睛有点红",
                "没有黄疸 没有咳血 小便正常 呼吸18 血压120/80",
            ],
            _patient(12075, "male", (), pregnant=None),
            id="r32-zh-054",
        ),  # WHO Human leptospirosis guidance; WS 290 钩端螺旋体病诊断: 疑似病例早期抗生素治疗
        pytest.param(
            [
                "86岁阿婆 咳嗽三天",
                "今天测体温35.7 量了两次都是",
                "血压124/70 心率84 呼吸20 血氧95",
                "人清楚 能吃点粥",
            ],
            _patient(31465, "female", (), pregnant=False),
            id="r32-zh-055",
        ),  # NICE NG51 moderate-to-high risk: tympanic temperature <36 °C
        pytest.param(
            [
                "62岁男 上山放牛 一周前腿上拔下来一只蜱虫",
                "前天开始发烧38.8 恶心 没胃口 浑身没劲",
                "人清楚 没有出血 牙龈也不出血 大便正常颜色",
                "血压128/80 心率88",
            ],
            _patient(22720, "male", (), pregnant=None),
            id="r32-zh-060",
        ),  # 国家卫健委 发热伴血小板减少综合征诊疗方案(2023年版): 疑似病例 当日转诊查血常规 观察
        pytest.param(
            [
                "68F band of painful blisters left side of chest since yesterday",
                "not near eye, otherwise well, no fever",
            ],
            _patient(24980, "female", (), pregnant=False),
            id="r32-en-005",
        ),  # NICE CKS Shingles: age >50 within 72 h of rash -> oral antiviral today
        pytest.param(
            [
                "66M burning urine, going often, T 38.3",
                "ache between the legs, still passing urine ok, no retention",
                "HR 88 BP 140/86 RR 18",
            ],
            _patient(24170, "male", ("benign prostatic hyperplasia",), pregnant=False),
            id="r32-en-012",
        ),  # NICE NG110 acute prostatitis / NG109 UTI in men: antibiotics same day
        pytest.param(
            [
                "34M chickenpox spots appeared this morning, never had it as a kid",
                "smokes 20/day",
                "no cough, no breathlessness, T 37.9",
            ],
            _patient(12530, "male", ("smoker",), pregnant=False),
            id="r32-en-022",
        ),  # NICE CKS Chickenpox: adults/smokers presenting within 24 h -> consider oral aciclovir today
        pytest.param(
            [
                "76M on furosemide + ramipril",
                "D&V since yesterday, dizzy when standing, peeing less (last pee 5h ago)",
                "drinking small sips ok. HR 96 BP 108/64 lying, alert",
            ],
            _patient(
                28020,
                "male",
                (
                    "heart failure",
                    "hypertension",
                ),
                pregnant=False,
            ),
            id="r32-en-043",
        ),  # NICE CKS Gastroenteritis & NICE NG148 AKI: older person on diuretic/ACEi with dehydration -> same-day assessment, U&E
        pytest.param(
            [
                "33M waded through flooded fields 1 week ago",
                "fever 3 days, calves really sore, red eyes",
                "no yellow eyes, no cough blood, urine normal. obs stable T 38.6 HR 90 BP 122/74",
            ],
            _patient(12245, "male", (), pregnant=False),
            id="r32-en-044",
        ),  # 国家 钩端螺旋体病 防治: 早发现早治疗 (penicillin/doxycycline) -> same-day doctor; no severe features
        pytest.param(
            [
                "71F COPD, flu going round the village",
                "since yesterday fever 38.4, cough, aches all over",
                "sats 95 (usual 94), RR 20, HR 90, BP 130/80, chatting normally",
            ],
            _patient(26245, "female", ("COPD",), pregnant=False),
            id="r32-en-047",
        ),  # 国家卫健委 流行性感冒诊疗方案(2025): 高危人群 (≥65, chronic lung disease) start oseltamivir within 48 h; NICE influenza antivirals guidance
        pytest.param(
            [
                "58M tea picker, tick bite 9 days ago",
                "fever 38.6 for 2 days, tired, bit nauseous",
                "no bleeding, no drowsiness, eating a little. HR 88 BP 128/80",
            ],
            _patient(21470, "male", (), pregnant=False),
            id="r32-en-054",
        ),  # 国家卫健委 发热伴血小板减少综合征诊疗方案: suspected case after tick bite -> same-day blood count/referral, no severe signs
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "57岁男 家里最近老鼠多 听说隔壁镇有出血热 他很担心",
                "他这两天腰痛 是搬化肥扭到的",
                "不发烧 脸不红 小便正常",
            ],
            _patient(21055, "male", (), pregnant=None),
            id="r32-zh-001",
        ),  # NICE CKS Low back pain (acute, no red flags); 国家卫健委 肾综合征出血热防治方案 (无发热 不符合疑似病例)
        pytest.param(
            [
                "68岁男 去年因为败血症在县医院ICU住了半个月",
                "现在这两天鼻塞流鼻涕 打喷嚏",
                "没发烧 体温36.7 血压130/80 心率78 呼吸16 人精神好",
            ],
            _patient(24840, "male", (), pregnant=None),
            id="r32-zh-002",
        ),  # NICE CKS Common cold; NICE NG51 no risk criteria present
        pytest.param(
            [
                "22岁男 感冒两天 37.8",
                "脖子后面酸痛 是前天落枕 低头下巴能碰到胸口",
                "没有皮疹 不怕光 头也不怎么痛",
            ],
            _patient(8210, "male", (), pregnant=None),
            id="r32-zh-007",
        ),  # NICE CKS Common cold; NICE NG240 meningitis features absent
        pytest.param(
            [
                "32岁女 她爷爷得了带状疱疹 她在照顾",
                "她问会不会传给她 她小时候出过水痘",
                "现在自己没有任何症状",
            ],
            _patient(None, "female", (), pregnant=False),
            id="r32-zh-008",
        ),  # NICE CKS Shingles: infectivity (only to non-immune contacts); no treatment needed
        pytest.param(
            [
                "45岁男 这几天都在田里插秧",
                "小腿肚子酸疼 晚上歇一下就好点",
                "没发烧 眼睛不红 小便正常",
            ],
            _patient(16455, "male", (), pregnant=None),
            id="r32-zh-012",
        ),  # WS 290 钩端螺旋体病诊断 (无发热 不符合疑似); muscle strain self-care
        pytest.param(
            [
                "67岁女 昨天打了流感疫苗",
                "今天有点低烧37.8 胳膊打针的地方红肿疼",
                "没有呼吸困难 没有嘴唇肿 精神好",
            ],
            _patient(24755, "female", (), pregnant=False),
            id="r32-zh-013",
        ),  # WHO vaccine safety / 预防接种工作规范: 一般反应(低热、局部红肿) 对症观察
        pytest.param(
            [
                "60岁女 乳腺癌化疗是两年前做完的 现在定期复查都正常",
                "这两天嗓子疼 37.4",
                "能吃能喝 没有其他不舒服",
            ],
            _patient(21960, "female", ("乳腺癌(两年前化疗结束)",), pregnant=False),
            id="r32-zh-016",
        ),  # NICE NG84 sore throat (FeverPAIN 0–1): self-care; not on current chemotherapy
        pytest.param(
            [
                "70岁男 3个月前得过带状疱疹",
                "疱早就好了 现在那块皮肤还是一阵阵刺痛 晚上睡不好",
                "没有发烧 没有新疱",
            ],
            _patient(25585, "male", (), pregnant=None),
            id="r32-zh-020",
        ),  # NICE CKS Post-herpetic neuralgia; NICE CG173 neuropathic pain
        pytest.param(
            [
                "55岁女 昨天在山上回来 腿上发现一只蜱虫 已经用镊子夹出来了",
                "没发烧 不疼不痒 精神好",
                "问要不要紧",
            ],
            _patient(20080, "female", (), pregnant=False),
            id="r32-zh-022",
        ),  # 国家卫健委 发热伴血小板减少综合征诊疗方案: 蜱叮咬后自我观察 出现发热再及时就诊
        pytest.param(
            [
                "40岁男 昨晚烧到39度 家里人吓得要叫救护车",
                "吃了对乙酰氨基酚 今天早上36.8",
                "心率76 血压124/80 呼吸16 精神好 喝水吃饭都正常",
            ],
            _patient(14700, "male", (), pregnant=None),
            id="r32-zh-024",
        ),  # NICE NG51 low-risk (no moderate or high-risk criteria); NICE CKS Fever in adults
        pytest.param(
            [
                "24岁女 尿频 尿痛 一天",
                "没发烧 腰不疼 没怀孕",
                "以前没这样过",
            ],
            _patient(8848, "female", (), pregnant=False),
            id="r32-zh-026",
        ),  # NICE NG109 1.1: lower UTI in non-pregnant women — self-care or back-up/immediate antibiotic
        pytest.param(
            [
                "30岁男 流鼻涕 嗓子疼两天",
                "体温37.6",
                "没有胸痛 不气短 能吃能睡",
            ],
            _patient(10964, "male", (), pregnant=None),
            id="r32-zh-037",
        ),  # NICE CKS Common cold: self-care
        pytest.param(
            [
                "38岁女 左小腿被蚊子咬了个包 红了一块硬币大",
                "很痒 没有扩大 不发烫",
                "没发烧 人好好的",
            ],
            _patient(14080, "female", (), pregnant=False),
            id="r32-zh-038",
        ),  # NICE CKS Insect bites and stings: local reaction — self-care
        pytest.param(
            [
                "30岁男 新冠抗原阳性 第2天",
                "嗓子疼 有点咳 体温37.5",
                "血氧98 不喘 没有基础病",
            ],
            _patient(11070, "male", (), pregnant=None),
            id="r32-zh-039",
        ),  # 国家卫健委 新型冠状病毒感染诊疗方案(试行第十版): 轻型 无高危因素 居家对症治疗
        pytest.param(
            [
                "74岁女 前天发烧到38 现在已经不烧了",
                "还有点咳嗽 白痰",
                "血压128/76 心率80 呼吸16 血氧97 人清楚 吃饭正常",
                "我听了肺 没啰音",
            ],
            _patient(27100, "female", (), pregnant=False),
            id="r32-zh-043",
        ),  # NICE NG120 acute cough; NG138 (no clinical signs of pneumonia), NG51 no risk criteria
        pytest.param(
            [
                "25岁女 昨天开始发烧 38.5 全身酸疼",
                "吃了退烧药降下来了",
                "人清醒 脖子不硬 没有皮疹 能吃能喝",
                "没什么基础病",
            ],
            _patient(9325, "female", (), pregnant=False),
            id="r32-zh-045",
        ),  # NICE CKS Influenza (healthy adults, no risk factors); 国家卫健委 流感诊疗方案 轻症居家
        pytest.param(
            [
                "48岁男 两年前得过病毒性脑炎 住过院",
                "现在来开证明 偶尔记性差一点 跟去年一样",
                "没发烧 没头痛 没抽过",
            ],
            _patient(17590, "male", ("病毒性脑炎病史(两年前)",), pregnant=None),
            id="r32-zh-047",
        ),  # ABN/BIA encephalitis guidelines: long-term follow-up of sequelae — routine
        pytest.param(
            [
                "43岁男 下个月要去非洲安哥拉干工程",
                "问要不要吃预防疟疾的药 打什么疫苗",
                "现在身体没事 不发烧",
            ],
            _patient(15740, "male", (), pregnant=None),
            id="r32-zh-050",
        ),  # WHO International travel and health: malaria chemoprophylaxis — pre-travel consultation
        pytest.param(
            [
                "35岁女 有点头疼",
                "她听说隔壁村有人得了脑膜炎 很害怕",
                "她没跟那个人接触过 没发烧 脖子不硬 身上没疹子",
                "昨晚熬夜了",
            ],
            _patient(12935, "female", (), pregnant=False),
            id="r32-zh-051",
        ),  # NICE NG240 (no features of meningitis, not a close contact); NICE CKS Headache — tension-type
        pytest.param(
            [
                "32岁男 昨天吃了路边摊 今天拉了三次稀的",
                "没有血 没发烧 不吐",
                "能喝水 尿也正常 不头晕",
            ],
            _patient(11820, "male", (), pregnant=None),
            id="r32-zh-059",
        ),  # NICE CKS Gastroenteritis (no dehydration, no red flags); WHO ORS home care
        pytest.param(
            [
                "45F shingles on R flank, rash started 10 days ago",
                "all crusted over now, pain easing",
                "not near eye, no fever, otherwise healthy",
            ],
            _patient(16635, "female", (), pregnant=False),
            id="r32-en-001",
        ),  # NICE CKS Shingles: beyond 72 h, crusted, immunocompetent -> self-care (analgesia)
        pytest.param(
            [
                "88F dementia, always confused - carer says no change from usual",
                "runny nose, T 37.5, eating and drinking normally",
                "HR 80 BP 138/80 RR 16 sats 96",
            ],
            _patient(32150, "female", ("dementia",), pregnant=False),
            id="r32-en-004",
        ),  # NICE NG51 low-risk (no new altered mental state, normal observations) -> routine review
        pytest.param(
            [
                "22F worried about meningitis, saw a case on Douyin",
                "mild headache and blocked nose, no fever",
                "neck moves freely, no rash, no vomiting, light doesn't bother her",
            ],
            _patient(8220, "female", (), pregnant=False),
            id="r32-en-006",
        ),  # NICE CKS Headache / common cold: no features of meningitis -> self-care
        pytest.param(
            [
                "73M had shingles on his back 4 months ago",
                "rash long gone but still burning pain there, worse at night",
                "no fever, no new rash",
            ],
            _patient(26665, "male", ("hypertension",), pregnant=False),
            id="r32-en-008",
        ),  # NICE CKS Post-herpetic neuralgia / NICE CG173 neuropathic pain: routine management
        pytest.param(
            [
                "67F had her flu jab here yesterday",
                "today T 37.8, sore arm, bit achy",
                "eating normally, no rash, no breathing problem, no swelling of face",
            ],
            _patient(24655, "female", ("hypertension",), pregnant=False),
            id="r32-en-009",
        ),  # Green Book ch.19 / 国家 预防接种 AEFI 指南: low-grade fever and local reaction after vaccination are expected and self-limiting
        pytest.param(
            [
                "55F leg was red hot and swollen last week - cellulitis",
                "just finished flucloxacillin, redness faded right down",
                "no fever, walking fine",
            ],
            _patient(20135, "female", (), pregnant=False),
            id="r32-en-011",
        ),  # NICE NG141 cellulitis: improving after course -> no further action, self-care
        pytest.param(
            [
                "48M had sepsis from a kidney stone 2 yrs ago, ICU for 3 days",
                "now burning urine, L loin ache, T 38.2",
                "HR 84 BP 130/82 RR 16 alert, drinking ok",
            ],
            _patient(17580, "male", ("kidney stones",), pregnant=False),
            id="r32-en-013",
        ),  # NICE NG111 acute pyelonephritis: antibiotics same day; NICE NG51 no high-risk criteria
        pytest.param(
            [
                "28M flu, T 38.6, aches, headache since yesterday",
                "no breathing difficulty, no chest pain, not confused",
                "HR 88 BP 122/76 RR 16 sats 98, no chronic illness",
            ],
            _patient(10460, "male", (), pregnant=False),
            id="r32-en-014",
        ),  # 国家卫健委 流行性感冒诊疗方案: non-high-risk mild case -> home care; NICE NG51 low risk
        pytest.param(
            [
                "24F burning passing urine + going often 2 days",
                "no fever, no loin pain, not shivering, no blood",
                "not pregnant, no discharge",
            ],
            _patient(8840, "female", (), pregnant=False),
            id="r32-en-015",
        ),  # NICE NG109 lower UTI in non-pregnant women: self-care or back-up/immediate antibiotic, routine
        pytest.param(
            [
                "40M had malaria in Africa 10 yrs ago",
                "going back to Congo next month for work, wants advice on tablets",
                "well, no fever",
            ],
            _patient(14650, "male", (), pregnant=False),
            id="r32-en-019",
        ),  # WHO International travel and health: pre-travel malaria chemoprophylaxis consultation - routine
        pytest.param(
            [
                "35F back from Guangzhou 3 weeks ago, dengue there",
                "itchy mosquito bites on legs",
                "no fever at all since return, feels well",
            ],
            _patient(12895, "female", (), pregnant=False),
            id="r32-en-021",
        ),  # WHO Dengue 2009: incubation ≤14 days, afebrile -> self-care
        pytest.param(
            [
                "41M fever 38.5 last night with sore throat, took paracetamol",
                "today T 36.8 HR 76 BP 124/80 RR 14 sats 99",
                "eating and drinking fine, no rigors",
            ],
            _patient(14995, "male", (), pregnant=False),
            id="r32-en-025",
        ),  # NICE NG51 low-risk (no moderate or high criteria) & NICE CKS sore throat -> self-care with safety-netting
        pytest.param(
            [
                "61F found a tick on her leg yesterday after picking tea, pulled it out whole",
                "worried about xinbunya (SFTS)",
                "no fever, feels fine",
            ],
            _patient(22275, "female", (), pregnant=False),
            id="r32-en-028",
        ),  # 国家卫健委 发热伴血小板减少综合征防治指南: remove tick, monitor for fever for 2 weeks -> self-care
        pytest.param(
            [
                "32F cough 5 days, bit of yellow phlegm, fever gone",
                "RR 16 sats 98 HR 74",
                "not short of breath, no chest pain",
            ],
            _patient(11840, "female", (), pregnant=False),
            id="r32-en-029",
        ),  # NICE NG120 acute cough: self-care, no antibiotic
        pytest.param(
            [
                "50M farmer, lots of rats in grain store this year, neighbour had HFRS (出血热) in 2019",
                "wants to know about the HFRS vaccine",
                "no fever, well",
            ],
            _patient(18290, "male", (), pregnant=False),
            id="r32-en-031",
        ),  # 国家 肾综合征出血热 防治方案: vaccination for high-risk groups - routine
        pytest.param(
            [
                "26M loose stools 3x yesterday after street food",
                "no blood, no fever, drinking fine, peeing normal",
            ],
            _patient(9640, "male", (), pregnant=False),
            id="r32-en-036",
        ),  # NICE CKS Gastroenteritis: self-care with oral fluids
        pytest.param(
            [
                "34M runny nose, sore throat 2 days, T 37.6",
                "no shortness of breath, no chest pain, not confused, no rash",
            ],
            _patient(12425, "male", (), pregnant=False),
            id="r32-en-037",
        ),  # NICE CKS Common cold: self-care
        pytest.param(
            [
                "60F finished chemo for lymphoma 4 yrs ago, in remission",
                "now a cold, sore throat, T 37.5",
                "obs normal, eating fine",
            ],
            _patient(21990, "female", ("lymphoma in remission",), pregnant=False),
            id="r32-en-038",
        ),  # NICE CKS Common cold; not currently on chemotherapy (NICE CG151 does not apply) -> self-care
        pytest.param(
            [
                "43M very worried - his father died of sepsis in county hospital last year",
                "he has a cold, blocked nose, T 37.4",
                "HR 78 BP 126/82 RR 14, no other symptoms",
            ],
            _patient(15995, "male", (), pregnant=False),
            id="r32-en-052",
        ),  # NICE NG51 low-risk criteria & NICE CKS common cold -> self-care
        pytest.param(
            [
                "45M stiff neck since he woke up, slept badly on the sofa",
                "sore turning head to the left",
                "no fever, no headache, no rash, no vomiting, no light sensitivity",
            ],
            _patient(16525, "male", (), pregnant=False),
            id="r32-en-056",
        ),  # NICE CKS Neck pain - acute torticollis: self-care
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
