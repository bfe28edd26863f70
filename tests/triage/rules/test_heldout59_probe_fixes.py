# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-ninth held-out round (2026-12-07, at commit bc4f129: two reviewers, 120 cases of code-switching as
staff in China type it: Chinese with English abbreviations and units ("pt 胸痛 2h, BP 90/60", "SpO2 88%", "urine
酱油色", "血糖 HI"), and English with pinyin and Chinese words ("she says xinkou tong", "xuetang 1.9", "drank one
mouthful of baicaoku", "pain in left danwan"); 16 emergencies, 24 same-day and 20 look-alikes a set). Before
these fixes the rules found 16 of 16 and 13 of 16 emergencies (paraquat, epiglottitis told as "noisy
breathing even sitting still, drooling", a torsion told with "danwan" were missed), graded 21 of 24 and 13 of
24 same-day cases exactly, and sent 3 and 1 look-alikes to emergency (a meter's "HI" from lychee juice on the
finger, SpO2 88% through nail polish, a breath-holding spell, Braxton Hicks read as an ectopic pain).

What changed: dialect.py turns the pinyin staff type most (xiong tong, xinkou tong, xue tang, xue ya, huang dan,
an mian yao, bai cao ku, di di wei, mei tan lu, zhong feng, dan wan, huai yun, po shui, lao ren, hai zi, ...)
into characters; a value measured again after a fault of the measurement was put right (换了别的手指再测, 搓热手后
复测97, 洗手后再测 7.8) replaces the first reading, while a reading after a treatment (吸氧后, 喝糖水后) does not;
a cold hand alone is not limb ischaemia (pallor, a blue colour, a lost pulse or numbness must go with it);
a breath-holding spell told as 哭得厉害的时候憋住气 and over (马上恢复正常, 自己喘过来); "noisy breathing even sitting
still" is stridor; "testicle sitting high"; "forehead also can't wrinkle" (Bell's palsy); urine 酱油色; 脸有点黄;
"cries when she pees". After: 16/16, 16/16; 22/24, 20/24; look-alikes 20/20, 20/20.

Kept deliberately: new confusion in an older person with a urine smell stays an emergency (r59-zh-030, NICE
NG51 high risk), as do thoughts of dying told with 有想死的念头 (r59-zh-051) and spotting with cramps at 9 weeks
(r59-en-021, ectopic not excluded), and a new antihistamine's drowsy confusion at 81 (r59-en-060). Left: a
congee scald on a toddler's chest told in pinyin (r59-en-029), a diabetic sole ulcer written 脚底 (sole) ulcer
(r59-en-036)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "haizi 3 yrs, high fever 39.5 started this morning",
                "noisy breathing even sitting still, drooling, won't swallow",
                "sitting forward, won't lie down, looks very sick",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r59-en-049",
        ),  # WHO IMCI (stridor in calm child is a danger sign) / NICE CKS Croup red flags: stridor at rest with drooling and toxic appearance needs emergency transfer without examining the throat.
        pytest.param(
            [
                "young man 23, drank one mouthful of baicaoku after fight with family, 1h ago",
                "spat some out, now mouth burning a bit",
                "no breathing problem yet, vitals normal",
            ],
            _patient(8401, "male", (), pregnant=None),
            id="r59-en-055",
        ),  # WHO pesticide poisoning guidance / 急性百草枯中毒诊治专家共识: any paraquat ingestion is potentially fatal and needs immediate hospital decontamination regardless of current symptoms.
        pytest.param(
            [
                "boy 14, sudden very bad pain in left danwan 2h ago, woke him from sleep",
                "vomited twice",
                "testicle sitting high and very tender, won't let us touch",
            ],
            _patient(5114, "male", (), pregnant=None),
            id="r59-en-059",
        ),  # NICE CKS Scrotal pain and swelling: sudden severe testicular pain with vomiting needs immediate emergency surgical referral (viability window about 6 hours).
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "男孩 4岁, 昨天 吃了 蚕豆",
                "今天 urine 酱油色, 脸 有点 黄 有点 白",
                "精神 还 行, HR 110, RR 24, 以前 查过 G6PD 缺乏",
            ],
            _patient(1461, "male", ("g6pd deficiency",), pregnant=None),
            id="r59-zh-023",
        ),  # WHO/中国 G6PD缺乏症 (蚕豆病) 诊疗共识: suspected acute haemolysis needs same-day Hb check and doctor assessment; no shock or breathing difficulty yet.
        pytest.param(
            [
                "man 27, hou long tong 5 days, now much worse on left",
                "can't open mouth fully, voice like hot potato, T 38.6",
                "still swallowing water, breathing fine",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r59-en-005",
        ),  # NICE NG84 Sore throat / NICE CKS: suspected quinsy needs same-day ENT hospital assessment; airway not compromised so not an ambulance case.
        pytest.param(
            [
                "baby 3 weeks, huangdan still there, not getting better",
                "dabian pale, almost white like chalk, niao dark yellow",
                "feeding well, alert, gaining weight",
            ],
            _patient(21, "female", (), pregnant=None),
            id="r59-en-010",
        ),  # NICE CG98 Neonatal jaundice, 1.2: jaundice beyond 14 days with pale chalky stools and dark urine needs urgent same-day conjugated bilirubin/specialist referral.
        pytest.param(
            [
                "girl 2 yrs, fever 39.0 since yesterday",
                "cries when she pees, niao smells strong, no cough no runny nose",
                "drinking ok, alert, pink",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r59-en-015",
        ),  # NICE NG224 UTI in under 16s: febrile child over 3 months with suspected UTI needs same-day urine test and antibiotics; no red features.
        pytest.param(
            [
                "nainai 74, dai zhuang pao zhen on right chest 2 days",
                "very painful, burning",
                "no eye involvement, not on immune-suppressing drugs",
            ],
            _patient(27028, "female", (), pregnant=False),
            id="r59-en-016",
        ),  # NICE CKS Shingles: over 50 within 72 hours of rash onset should start oral antiviral today.
        pytest.param(
            [
                "woman 45, woke up with left face drooping, can't close left eye",
                "left forehead also can't wrinkle",
                "arms and legs strong, talking clear, no headache",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r59-en-033",
        ),  # NICE CKS Bell's palsy: isolated lower motor neurone facial weakness including the forehead, no other neurological signs, needs prednisolone started within 72 hours (same day).
        pytest.param(
            [
                "huaiyun 38w, po shui 2h ago, clear fluid",
                "no contractions yet, baby moving well",
                "no bleeding, T 36.7",
            ],
            _patient(10958, "female", (), pregnant=True),
            id="r59-en-052",
        ),  # NICE NG235 Intrapartum care, prelabour rupture of membranes at term: needs same-day maternity unit assessment, not an emergency ambulance.
        pytest.param(
            [
                "wife says he's 50, lost job, not eating, says shenghuo mei yisi",
                "sometimes says xiang si, but no plan and no means",
                "agrees to come in today with her",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r59-en-054",
        ),  # NICE NG222 Depression / NICE CKS Depression: passive suicidal thoughts without plan need same-day risk assessment and follow-up, not emergency services.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "男 45岁, 流 鼻血 自己 捏 住 10min 止 了",
                "没 吃 aspirin 或 抗凝药",
                "BP 128/80, 之前 偶尔 有过",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r59-zh-001",
        ),  # NICE CKS Epistaxis: anterior nosebleed stopped with first aid in a person not on anticoagulants suits self-care advice.
        pytest.param(
            [
                "孕 32w, 脚踝 肿, 晚上 重 早上 消",
                "BP 118/74, 尿蛋白 阴性",
                "没有 头痛 眼花, 脸 手 不肿, 胎动 好",
            ],
            _patient(10592, "female", (), pregnant=True),
            id="r59-zh-003",
        ),  # NICE NG201 Antenatal care / NG133: gradual dependent ankle oedema with normal BP and no proteinuria is physiological and suits self-care.
        pytest.param(
            [
                "孩子 2岁, T 39.5, 发烧 第1天, 流 鼻涕",
                "退烧药 吃了 后 在 玩, 会 笑",
                "喝水 正常, 尿 正常, 皮肤 粉红, 没有 皮疹",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r59-zh-005",
        ),  # NICE NG143 Fever in under 5s: only green features (height of fever alone is not a risk marker over 6 months), so home care with safety-netting.
        pytest.param(
            [
                "男 35岁, 早上 小便 红色, 吓 了 一跳",
                "昨天 吃 了 两个 红心 火龙果",
                "不 痛, 没 发热, 尿 试纸 潜血 阴性",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r59-zh-006",
        ),  # NICE CKS Haematuria: red urine with negative dipstick for blood after eating red dragon fruit is food pigment; reassurance only.
        pytest.param(
            [
                "女 52岁, 爬 4楼 上来 量 BP 高压 165 低压 95",
                "没 不舒服, 坐 10min 再 量 146/90",
                "以前 没 高血压",
            ],
            _patient(18993, "female", (), pregnant=False),
            id="r59-zh-008",
        ),  # NICE NG136 Hypertension in adults, 1.2: clinic BP 140-179/90-119 needs ABPM/HBPM to confirm at a routine appointment.
        pytest.param(
            [
                "女 30岁, 大便 黑 3天, 有点 吓人",
                "她 在 吃 iron 补铁片 (硫酸亚铁) 1周",
                "不 头晕, HR 72, BP 112/70, 大便 成形 不 像 柏油",
            ],
            _patient(10958, "female", ("iron deficiency anaemia",), pregnant=False),
            id="r59-zh-009",
        ),  # NICE CKS Anaemia - iron deficiency: oral iron commonly causes dark formed stools; normal observations need no action.
        pytest.param(
            [
                "女 55岁 2型 糖尿病, 刚才 测 血糖 HI",
                "她 刚 剥了 荔枝 没 洗手",
                "洗手 后 再 测 7.8, 人 没有 不舒服",
            ],
            _patient(20089, "female", ("type 2 diabetes",), pregnant=False),
            id="r59-zh-010",
        ),  # 中国血糖监测临床应用指南 (2015): sugar on unwashed fingers falsely raises meter readings; a normal repeat after washing needs no action.
        pytest.param(
            [
                "女 22岁, 打 篮球 崴 了 右 脚",
                "外踝 肿, 但 能 走 4步 以上",
                "按 骨头 (外踝 后缘, 第5跖骨 底) 不 痛",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r59-zh-011",
        ),  # NICE CKS Sprains and strains / Ottawa ankle rules negative: no X-ray needed, self-care with rest, ice and analgesia.
        pytest.param(
            [
                "18个月 宝宝, 哭 得 厉害 的 时候 憋 住 气, 嘴唇 发紫 几秒",
                "然后 自己 喘 过来, 马上 恢复 正常 又 玩",
                "每次 都 是 哭 的 时候, 平时 发育 正常",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r59-zh-014",
        ),  # NICE CKS / NHS guidance on breath-holding spells: crying-triggered spells with rapid full recovery are benign; routine review (e.g. check for iron deficiency).
        pytest.param(
            [
                "女 28岁, 在 果园 被 蜜蜂 蛰 了 手背",
                "局部 红肿 大概 4cm, 痒 痛",
                "没有 喘, 嘴唇 不肿, 全身 没 风团, BP 116/72",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r59-zh-017",
        ),  # NICE CKS Insect bites and stings: local reaction only, no systemic features, suits self-care.
        pytest.param(
            [
                "孩子 2岁, 咬 破 了 一包 干燥剂 吃了 一点",
                "包装 上 写 silica gel, 透明 小 珠子",
                "没 呕吐, 没 咳嗽, 在 玩",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r59-zh-025",
        ),  # NHS/TOXBASE poisons guidance: silica gel desiccant is non-toxic; a small ingestion needs only water and home observation.
        pytest.param(
            [
                "孩子 3岁, 吐了 2次 拉 了 3次 稀",
                "能 喝 水, 尿 正常, 哭 有 眼泪",
                "精神 好, 在 看 动画",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r59-zh-027",
        ),  # WHO IMCI chart booklet, diarrhoea: no signs of dehydration = Plan A home fluids, ORS and zinc.
        pytest.param(
            [
                "宝宝 2w, 牙龈 上 有 几个 小 白点, 老人 说 是 马牙",
                "吃奶 好, 体重 在 长",
                "不 发烧, 嘴里 别的 地方 没有 白膜",
            ],
            _patient(14, "female", (), pregnant=None),
            id="r59-zh-031",
        ),  # NHS newborn guidance / 国家基本公共卫生服务规范 新生儿访视: gingival cysts (Epstein pearls) are benign, resolve alone and should not be scraped.
        pytest.param(
            [
                "女 40岁, 指夹 SpO2 88%, 但 她 说话 正常 没 喘",
                "手 冰凉, 涂 了 指甲油",
                "换 了 别的 手指 暖 一下 再 测 98%, RR 16, HR 78",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r59-zh-035",
        ),  # WHO Pulse Oximetry Training Manual: nail polish and cold fingers give falsely low readings; normal repeat with no distress needs no action.
        pytest.param(
            [
                "男 25岁, 昨天 搬 家具, 今天 左 胸 痛",
                "按着 痛, 转身 痛 更 明显, 不 出汗",
                "BP 120/78, HR 76, SpO2 99%, ECG 做了 正常",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r59-zh-039",
        ),  # NICE CKS Chest pain: reproducible chest wall pain after strain in a young person with normal observations and ECG is musculoskeletal and suits self-care.
        pytest.param(
            [
                "男 33岁, 加班 一周, 头 两边 像 箍着 一样 痛",
                "没 发热, 没 呕吐, 脖子 不 硬, 看 东西 正常",
                "BP 124/80, 吃 了 paracetamol 好 一点",
            ],
            _patient(12053, "male", (), pregnant=None),
            id="r59-zh-041",
        ),  # NICE CG150 Headaches in over 12s: tension-type headache without red flags is managed with self-care analgesia.
        pytest.param(
            [
                "学生 19岁, 考试 前 2周 睡 不 着",
                "心情 还 可以, 没有 想死 的 想法",
                "想 开点 安眠药",
            ],
            _patient(6940, "female", (), pregnant=False),
            id="r59-zh-044",
        ),  # NICE CKS Insomnia: short-term stress-related insomnia without mental health risk suits sleep hygiene and routine review.
        pytest.param(
            [
                "孕 8w, 早上 恶心 吐 一两次",
                "能 吃 饭 喝 水, 尿 正常",
                "体重 没 掉, 人 精神 还 行",
            ],
            _patient(9862, "female", (), pregnant=True),
            id="r59-zh-046",
        ),  # NICE CKS Nausea/vomiting in pregnancy: mild symptoms with adequate intake are managed with self-care advice.
        pytest.param(
            [
                "男 48岁, 咳嗽 3w, 有 白痰",
                "没 发热, 没 咯血, 体重 没 变, 不 喘",
                "SpO2 98%, 吸烟",
            ],
            _patient(17532, "male", (), pregnant=None),
            id="r59-zh-056",
        ),  # 肺结核基层诊疗指南 (2018): cough >=2 weeks makes a TB suspect needing routine referral for sputum/chest X-ray; no red flags for same-day care.
        pytest.param(
            [
                "女 60岁, 早上 翻身 时 天旋地转, 大概 30s 就 好",
                "躺下 起来 也 会, 不 动 就 没事",
                "走路 稳, 说话 清楚, 手脚 有力, 没有 头痛",
            ],
            _patient(21915, "female", (), pregnant=False),
            id="r59-zh-059",
        ),  # NICE CKS Benign paroxysmal positional vertigo: brief positional vertigo with normal neurology suits a routine appointment for Dix-Hallpike/Epley.
        pytest.param(
            [
                "girl 22 before exam felt can't breathe, hands tingling, heart racing",
                "lasted 10 min, settled when she calmed down",
                "now SpO2 99%, HR 84, no chest pain, same thing before past exams",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r59-en-006",
        ),  # NICE CG113 Generalised anxiety and panic disorder: recurrent panic-type episodes with normal observations need routine GP review and self-help.
        pytest.param(
            [
                "type 2 diabetic 60, xuetang 9.8 two hours after big wedding dinner",
                "feels fine, not thirsty, not peeing a lot",
                "usual fasting 6-7",
            ],
            _patient(21915, "male", ("type 2 diabetes",), pregnant=None),
            id="r59-en-008",
        ),  # 中国2型糖尿病防治指南 (2020): a single modest post-meal reading in a well person with good usual control needs no action.
        pytest.param(
            [
                "patient's laoren 78 slipped in the yard, but got up by himself",
                "didn't hit head, walking normal, small graze on knee",
                "not on blood thinner, no dizziness before the fall, BP 132/78",
            ],
            _patient(28490, "male", (), pregnant=None),
            id="r59-en-009",
        ),  # NICE NG249 Falls in older people: a single fall without injury or head strike needs routine falls risk assessment; graze is self-care.
        pytest.param(
            [
                "pharmacy machine said BP 高压 152",
                "rechecked here after resting: 136/84",
                "no symptoms, 55 yr old, asks if he needs meds",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r59-en-011",
        ),  # NICE NG136 Hypertension in adults, 1.2: borderline readings need home/ambulatory monitoring at a routine appointment.
        pytest.param(
            [
                "woman 30 small cut on finger from knife cutting vegetables",
                "1 cm, shallow, bleeding stopped",
                "tetanus shot 3 yrs ago",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r59-en-019",
        ),  # NICE CKS Lacerations / first aid: a small shallow cut with bleeding stopped and tetanus up to date suits self-care.
        pytest.param(
            [
                "kid 3 yrs swallowed some yagao, maybe a teaspoon",
                "normal kids fluoride toothpaste",
                "no vomiting, playing fine",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r59-en-022",
        ),  # NHS/TOXBASE poisons guidance: a small amount of children's fluoride toothpaste is low toxicity; give milk or water and observe at home.
        pytest.param(
            [
                "haizi 3 yrs fashao 38.9 since this morning, runny nose",
                "took ibuprofen, now playing and eating crackers",
                "pink, alert, no rash, drinking fine, peeing normal",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r59-en-025",
        ),  # NICE NG143 Fever in under 5s: only green features, so home care with safety-netting advice.
        pytest.param(
            [
                "haizi 2 yrs bumped forehead on table edge, cried right away",
                "now a gu bao on forehead",
                "no vomiting, playing normally, walking normal, no LOC",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r59-en-027",
        ),  # NICE NG232 Head injury: no risk factors (no LOC, vomiting or abnormal behaviour) so home care with head-injury advice.
        pytest.param(
            [
                "man 40 lashi 3 times since morning after street food",
                "drinking water fine, no blood in stool, no fever",
                "HR 80, BP 124/80",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r59-en-028",
        ),  # NICE CKS Gastroenteritis: adult diarrhoea without dehydration, blood or fever suits self-care with oral fluids.
        pytest.param(
            [
                "haizi 2 yrs shou zu kou going around at kindergarten",
                "small spots on hands and feet, few mouth ulcers, eating less but drinking",
                "T 37.9, alert, no jing tiao, no vomiting, breathing normal",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r59-en-031",
        ),  # 手足口病诊疗指南 (2018年版): common hand-foot-mouth disease without neurological, respiratory or circulatory signs is managed at home with isolation and symptom care.
        pytest.param(
            [
                "baby 6 weeks, tu nai after most feeds",
                "gaining weight well, happy, lots of wet nappies",
                "spit-up is milk, not green, no blood, not projectile",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r59-en-035",
        ),  # NICE NG1 GORD in children and young people, 1.1: regurgitation in a thriving infant is normal and needs reassurance only.
        pytest.param(
            [
                "girl 19 tong jing day 1, same as every month",
                "ibuprofen helps, period normal amount",
                "not sexually active, no fever",
            ],
            _patient(6940, "female", (), pregnant=False),
            id="r59-en-037",
        ),  # NICE CKS Dysmenorrhoea: typical primary dysmenorrhoea responds to NSAID self-care.
        pytest.param(
            [
                "girl 24 felt xin tiao fast after 3 cups of coffee studying",
                "HR now 92 regular, BP 120/78",
                "no chest pain, no fainting, not breathless, settling",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r59-en-040",
        ),  # NICE CKS Palpitations: brief regular palpitations after caffeine with no red flags (syncope, chest pain, family history) suit self-care (cut caffeine).
        pytest.param(
            [
                "man 45 wants anmianyao, can't sleep well 1 month since new night shifts",
                "mood ok, no thoughts of xiang si",
                "no snoring, little alcohol",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r59-en-042",
        ),  # NICE CKS Insomnia: shift-work insomnia without mood or safety concerns needs routine sleep hygiene advice and review.
        pytest.param(
            [
                "lady 60, yan bai has bright red patch after coughing a lot",
                "no pain, vision normal, no discharge",
                "not on warfarin, BP 128/80",
            ],
            _patient(21915, "female", (), pregnant=False),
            id="r59-en-045",
        ),  # NICE CKS Subconjunctival haemorrhage: painless, normal vision, not anticoagulated, normal BP needs reassurance only.
        pytest.param(
            [
                "man 35 yao tong after lifting rice sacks yesterday",
                "pain lower back, no numbness in legs, pee and poo normal",
                "can walk, no fever, no weight loss",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r59-en-046",
        ),  # NICE NG59 Low back pain and sciatica: no red flags, so self-management, stay active and NSAID.
        pytest.param(
            [
                "old man 中风 before 2 yrs ago, speech a bit slurred since then",
                "family says speech same as usual, no new weakness",
                "came for BP yao refill, BP 138/82",
            ],
            _patient(26298, "male", ("previous stroke", "hypertension"), pregnant=None),
            id="r59-en-048",
        ),  # NICE NG128 / CKS Stroke secondary prevention: stable residual deficit without new symptoms needs routine review and repeat prescription.
        pytest.param(
            [
                "baby 4 months had da zhen (vaccines) yesterday",
                "T 38.0, red hard spot at injection site 2 cm",
                "feeding well, alert, normal cry",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r59-en-053",
        ),  # WHO / 预防接种工作规范 common adverse reactions: mild fever and local reaction within 48 hours of vaccination in a well infant suit home care.
        pytest.param(
            [
                "she says xinkou tong, burning after huoguo last night",
                "sour taste in mouth, worse lying down, better after wei yao (antacid)",
                "28 yrs, BP 118/76, HR 78, no sweating, no shortness of breath",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r59-en-056",
        ),  # NICE CG184 Dyspepsia and GORD: typical reflux in a young person without alarm features suits self-care with antacids and lifestyle advice.
        pytest.param(
            [
                "huaiyun 32w, belly gets tight sometimes, irregular, not painful",
                "goes away when she rests and drinks water",
                "no bleeding, no fluid, baby moving normally, BP 116/72",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r59-en-057",
        ),  # NICE NG201 Antenatal care: irregular painless tightenings (Braxton Hicks) with normal fetal movements and no bleeding or fluid loss need reassurance and safety-netting.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
