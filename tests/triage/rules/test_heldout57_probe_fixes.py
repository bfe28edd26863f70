# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-seventh held-out round (2026-12-07, at commit 55286a7: two reviewers, 120 cases on the back,
joints and limbs without a fresh injury, at all ages: cauda equina, cord compression in cancer, spinal
infection, compartment syndrome after a crush or on warfarin, rhabdomyolysis, a slipped upper femoral
epiphysis, septic joints, back pain red flags, a limping child, polymyalgia, gout and pseudogout; 16
emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 12 of 16 emergencies
in each language and graded 12 of 24 and 9 of 24 same-day cases exactly, the weakest same-day figures of any
round, and sent no look-alike to emergency.

What changed: cord compression in cancer told as 背心痛, 两条腿发软, 像踩棉花, "legs feel heavy"; a cancer
treated years ago counts for spinal metastases (NICE NG234), and back pain "not settling" is one of their
features; back pain with weight loss (瘦了十来斤, "lost about 6kg"), long-term steroids, injecting drugs
(静脉吸毒, "injects heroin") or a foot drop (脚背抬不起来, "foot slapping": now its own concept, not both legs'
weakness) is seen the same day (NICE CKS low back pain and sciatica); new weakness of a leg with back pain
and fever is a spinal abscess; compartment syndrome after a crush (被土墙压住了右小腿) or on an anticoagulant with a
tense, hard limb and pain on stretching the toes (扳他脚趾头痛, BOAST 10); muscle pain in the calves with
cola-coloured urine and little of it (rhabdomyolysis); an unstable slipped upper femoral epiphysis (8-16,
no weight at all, the leg turned out); a knee that swelled up overnight on an anticoagulant (a bleed into
the joint); a red, warm knee that swelled up (发热发红); a limp with a temperature of 37.5 or more; a febrile
child not moving a limb (NICE NG143 amber); unexplained bruises with pallor (NICE NG12); "red hot and
tender", "gone past the line". After: 15/16, 16/16; 20/24, 19/24; look-alikes 20/20, 20/20.

Kept deliberately: an 8-month-old with a fever of 39.5 not moving a leg is graded same day, not emergency
(r57-zh-047: NICE NG143 puts a limb not used among the amber features), and 58-year-old's chest and back
pain after lung cancer stays an emergency (r57-zh-020: read as chest pain). Left: flexor tenosynovitis
(r57-zh-012, r57-en-053), polymyalgia rheumatica (r57-zh-019, r57-en-030), reactive arthritis (r57-zh-031,
r57-en-039), a diabetic ulcer probing to bone (r57-en-024), an infected hip replacement (r57-en-046)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "李嬢嬢68 乳腺癌做过手术 前年说骨头上有转移",
                "背心痛了三个礼拜 晚上睡不着 这两天两条腿发软",
                "今天走路要扶墙 脚底下像踩棉花",
            ],
            _patient(24977, "female", ("breast cancer with bone metastases",), pregnant=False),
            id="r57-zh-001",
        ),  # NICE NG234 Spinal metastases and metastatic spinal cord compression, recognition: known cancer with back pain plus new leg weakness/unsteadiness needs immediate (within 24h) MRI and oncology-spinal referral.
        pytest.param(
            [
                "25岁小伙 在工地 昨天大太阳下搬了一天砖",
                "今天两条大腿小腿肌肉痛得动不了 按着硬",
                "尿是酱油色的 今天就解了一点点",
            ],
            _patient(9171, "male", (), pregnant=None),
            id="r57-zh-007",
        ),  # NICE NG148 Acute kidney injury (risk assessment) and Chinese emergency consensus on crush/rhabdomyolysis: muscle pain with cola-coloured urine and low output after exertional heat work means rhabdomyolysis with AKI risk needing emergency IV fluids.
        pytest.param(
            [
                "40岁男 昨天下午在院子被倒下来的土墙压住了右小腿 大概一个多钟头才扒出来",
                "当时以为没事 今天小腿肿得硬邦邦 像石头",
                "痛得厉害 脚背发麻 扳他脚趾头痛得叫",
            ],
            _patient(14615, "male", (), pregnant=None),
            id="r57-zh-030",
        ),  # BOAST Compartment syndrome of the limbs (BOA 2016) and 挤压综合征急诊治疗专家共识: tense calf with pain on passive stretch and numbness after prolonged crush requires emergency fasciotomy assessment and rhabdomyolysis monitoring.
        pytest.param(
            [
                "11F, BMI high",
                "on and off R knee pain for a few weeks, GP thought growing pains",
                "today sudden worse pain in hip/groin after stepping off a kerb and now can't put ANY weight on it, leg lying turned out",
            ],
            _patient(4268, "female", ("obesity",), pregnant=None),
            id="r57-en-011",
        ),  # NICE CKS Acute childhood limp (SUFE) / BOAST SUFE: sudden inability to weight bear with an externally rotated leg indicates unstable SUFE needing immediate non-weight-bearing transfer to orthopaedics.
        pytest.param(
            [
                "50M metallic valve on warfarin",
                "no injury, L calf swelling up over the last few hrs, very tense and hard",
                "pain severe, worse when I stretch his toes up, top of foot tingly",
            ],
            _patient(18382, "male", ("mechanical heart valve", "warfarin"), pregnant=None),
            id="r57-en-038",
        ),  # BOAST Compartment syndrome of the limbs (BOA 2016): spontaneous bleed on anticoagulation causing a tense calf with pain on passive stretch and paraesthesia needs emergency surgical assessment.
        pytest.param(
            [
                "55M T2DM, had a boil on his back last wk",
                "now severe back pain, T 38.9",
                "new weakness R leg since this am, can't lift it off the bed",
            ],
            _patient(20189, "male", ("type 2 diabetes",), pregnant=None),
            id="r57-en-049",
        ),  # NICE CKS Back pain - low red flags (spinal infection) / NICE NG59: fever, severe back pain and new motor deficit in a diabetic suggests spinal epidural abscess needing emergency admission.
        pytest.param(
            [
                "71M, lung ca on palliative chemo",
                "mid back pain 2/52 getting worse, band round his chest, worse lying flat",
                "today legs feel heavy and he nearly fell twice walking to the loo",
            ],
            _patient(25953, "male", ("lung cancer",), pregnant=None),
            id="r57-en-057",
        ),  # NICE NG234 Metastatic spinal cord compression: thoracic band-like pain with new leg weakness in known cancer needs immediate MSCC referral and MRI within 24h.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "55岁女 左边膝盖这两天突然肿起来 发热发红 走路痛",
                "没扭伤 没痛风病史",
                "体温36.9 其他还好",
            ],
            _patient(20159, "female", (), pregnant=False),
            id="r57-zh-010",
        ),  # BSR/BHPR Management of the hot swollen joint in adults: any acute hot swollen joint is septic until proven otherwise and needs same-day aspiration even without fever.
        pytest.param(
            [
                "74岁 房颤 吃华法林",
                "没碰没摔 右膝盖今天一下子肿得老大 胀痛 弯不了",
                "不发烧 上次INR不知道多少",
            ],
            _patient(27088, "male", ("atrial fibrillation", "warfarin"), pregnant=None),
            id="r57-zh-024",
        ),  # BSR/BHPR hot swollen joint guideline / NICE CKS Anticoagulation - oral: spontaneous haemarthrosis on warfarin needs same-day INR check and joint assessment.
        pytest.param(
            [
                "76岁 哮喘 长期吃强的松",
                "今天弯腰搬个花盆 突然腰背一下剧痛",
                "现在翻身都痛 腿不麻 能解小便",
            ],
            _patient(27939, "female", ("asthma", "long-term oral steroids"), pregnant=False),
            id="r57-zh-035",
        ),  # 原发性骨质疏松症基层诊疗指南(2019) / NICE CKS Back pain red flags: sudden back pain after minor strain in an older person on long-term steroids suggests osteoporotic vertebral fracture needing same-day imaging and analgesia.
        pytest.param(
            [
                "63岁男 腰背痛两个月了 越来越重",
                "晚上睡着也痛醒 躺着不缓解",
                "这两个月瘦了十来斤",
                "腿不麻 大小便正常",
            ],
            _patient(23101, "male", ("COPD",), pregnant=None),
            id="r57-zh-037",
        ),  # NICE NG59 / NICE CKS Back pain - low: new back pain over 50 with night pain and unexplained weight loss is a red flag for malignancy requiring urgent same-day assessment and investigation.
        pytest.param(
            [
                "40岁男 腰椎间盘突出 左腿坐骨神经痛一个月",
                "这几天左脚背抬不起来 走路脚拖地 越来越明显",
                "大小便正常 屁股周围不麻",
            ],
            _patient(14830, "male", ("lumbar disc herniation",), pregnant=None),
            id="r57-zh-039",
        ),  # NICE CKS Sciatica (lumbar radiculopathy): progressive or severe motor deficit such as new foot drop needs urgent same-day specialist referral.
        pytest.param(
            [
                "2岁女娃 这两天走路一瘸一瘸的",
                "家里说没看见摔过 不发烧",
                "玩还是玩 就是右脚不太愿意吃力",
            ],
            _patient(830, "female", (), pregnant=None),
            id="r57-zh-054",
        ),  # NICE CKS Acute childhood limp: any child under 3 with a limp needs same-day assessment (occult fracture, infection, safeguarding).
        pytest.param(
            [
                "6岁男孩 走路一瘸一拐两天了 说右边大腿根痛",
                "体温37.8 能走 就是瘸",
                "前几天感冒过 精神还可以 吃饭正常",
            ],
            _patient(2292, "male", (), pregnant=None),
            id="r57-zh-055",
        ),  # NICE CKS Acute childhood limp: a limping child with fever must be assessed the same day to exclude septic arthritis, even if transient synovitis is likely.
        pytest.param(
            [
                "34岁 有吸毒史 静脉打的",
                "腰背痛一个礼拜 越来越重 晚上也痛",
                "没发烧 腿脚没问题",
            ],
            _patient(12438, "male", ("injecting drug use",), pregnant=None),
            id="r57-zh-058",
        ),  # NICE CKS Back pain - low, red flags: new progressive back pain in a person who injects drugs needs same-day assessment for spinal infection even without fever.
        pytest.param(
            [
                "70M new thoracic/back pain 6 wks",
                "pain at night wakes him, lost about 6kg without trying",
                "no leg weakness, bladder and bowels ok",
            ],
            _patient(25578, "male", (), pregnant=None),
            id="r57-en-006",
        ),  # NICE NG59 / NICE NG12 Suspected cancer: new back pain over 50 with night pain and weight loss is a malignancy red flag needing urgent same-day assessment and investigation.
        pytest.param(
            [
                "81F COPD on pred 10mg long term",
                "reached up to a shelf this am and felt sudden sharp pain mid back",
                "tender over spine, can walk slowly, legs normal, passing urine ok",
            ],
            _patient(29685, "female", ("COPD", "long-term oral steroids"), pregnant=False),
            id="r57-en-009",
        ),  # NICE CKS Back pain - low red flags / NOGG osteoporosis guideline: sudden back pain after minimal strain on long-term steroids suggests vertebral fragility fracture needing same-day assessment and imaging.
        pytest.param(
            [
                "6yo boy leg pains for a month, waking at night, mum says he's very pale",
                "bruises on legs and back she can't explain",
                "tired all the time, no fever today",
            ],
            _patient(2392, "male", (), pregnant=None),
            id="r57-en-010",
        ),  # NICE NG12 Suspected cancer (children: leukaemia): bone pain with pallor and unexplained bruising needs a very urgent FBC and same-day clinical review.
        pytest.param(
            [
                "67M prostate ca treated 3 yrs ago",
                "new low back pain 3 wks, not settling with paracetamol",
                "legs fine, walking normally, no bladder issues",
            ],
            _patient(24532, "male", ("prostate cancer",), pregnant=None),
            id="r57-en-013",
        ),  # NICE NG234 Spinal metastases: new spinal pain in a person with a cancer history and no neurology needs urgent (within 24h) MSCC team discussion.
        pytest.param(
            [
                "34F injects heroin",
                "back pain 10 days getting worse, worse at night",
                "no fever, no leg weakness",
            ],
            _patient(12668, "female", ("injecting drug use", "hepatitis C"), pregnant=False),
            id="r57-en-022",
        ),  # NICE CKS Back pain - low red flags: IV drug use with new progressive or night back pain needs same-day assessment for spinal infection.
        pytest.param(
            [
                "60F T2DM",
                "red hot swelling over R ankle spreading up shin since yesterday, marked the edge and it's gone past it",
                "T 37.8, can weight bear",
            ],
            _patient(21965, "female", ("type 2 diabetes",), pregnant=False),
            id="r57-en-035",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis over a joint in a diabetic needs same-day review and antibiotics, with assessment for joint involvement.
        pytest.param(
            [
                "77F on apixaban for AF",
                "L knee swelled up overnight, tight and painful, can't straighten it",
                "no fall or injury, T 36.8",
            ],
            _patient(28224, "female", ("atrial fibrillation", "apixaban"), pregnant=False),
            id="r57-en-048",
        ),  # BSR/BHPR hot swollen joint guideline: an acutely swollen joint on anticoagulation (haemarthrosis vs infection/crystal) needs same-day assessment.
        pytest.param(
            [
                "52M plumber, R elbow swollen like an egg on the back",
                "red hot and tender, small graze there last wk",
                "T 38.0, feels ok otherwise",
            ],
            _patient(19213, "male", (), pregnant=None),
            id="r57-en-052",
        ),  # NICE CKS Bursitis (septic bursitis): a hot red olecranon bursitis with fever after a skin break needs same-day aspiration and antibiotics.
        pytest.param(
            [
                "47F sciatica L leg 3 wks",
                "now foot slapping when she walks, can't walk on her heel, worse than last week",
                "no saddle numbness, bladder ok",
            ],
            _patient(17227, "female", (), pregnant=False),
            id="r57-en-054",
        ),  # NICE CKS Sciatica (lumbar radiculopathy): progressive motor deficit (new foot drop) requires urgent same-day specialist referral.
        pytest.param(
            [
                "5yo girl limping since yesterday, sore R hip",
                "temp 37.9, had a cold last week",
                "can walk but limping, eating ok",
            ],
            _patient(1906, "female", (), pregnant=None),
            id="r57-en-056",
        ),  # NICE CKS Acute childhood limp: limp with fever requires same-day assessment to exclude septic arthritis, even if transient synovitis is likely.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "72岁 晚上睡觉腿肚子抽筋 一抽一两分钟",
                "一个礼拜两三次 白天好好的",
                "腿不肿不红 走路不痛",
            ],
            _patient(26378, "male", ("hypertension",), pregnant=None),
            id="r57-zh-002",
        ),  # NICE CKS Leg cramps: idiopathic nocturnal cramps without swelling or daytime symptoms are managed with stretching and reassurance.
        pytest.param(
            [
                "52岁 前两天在地里挖了一天红苕",
                "今天肩膀和腰背的肉酸痛",
                "能干活 就是酸 不发烧 尿颜色正常",
            ],
            _patient(19038, "male", (), pregnant=None),
            id="r57-zh-003",
        ),  # NICE NG59 / NICE CKS Back pain - low: delayed-onset muscle soreness after unaccustomed work with normal urine and no red flags needs only self-care.
        pytest.param(
            [
                "45岁 在饭馆洗碗切菜的",
                "右胳膊肘外边痛一个月 拧毛巾 提水壶的时候痛",
                "不红不肿 手不麻",
            ],
            _patient(16496, "female", (), pregnant=False),
            id="r57-zh-004",
        ),  # NICE CKS Tennis elbow: lateral epicondylalgia is self-limiting and managed with activity modification and analgesia.
        pytest.param(
            [
                "35岁男 昨天帮人搬家 今早起来腰痛",
                "弯腰不方便 走路还行",
                "腿不麻不痛 大小便正常 不发烧",
            ],
            _patient(12794, "male", (), pregnant=None),
            id="r57-zh-014",
        ),  # NICE NG59 Low back pain and sciatica: acute non-specific low back pain without red flags is managed with reassurance, staying active and simple analgesia.
        pytest.param(
            [
                "56岁 腰痛好几年了 干农活的",
                "跟以前一样 没加重 想开点膏药",
                "腿不麻 没瘦 大小便正常",
            ],
            _patient(20484, "male", (), pregnant=None),
            id="r57-zh-015",
        ),  # NICE NG59 Low back pain: stable chronic low back pain without new red flags is managed routinely with exercise and analgesia review.
        pytest.param(
            [
                "58岁 痛风好几年了 一年犯一两次",
                "这次又是左脚大脚趾 跟以前一样 昨天喝了酒",
                "不发烧 他说按上回的秋水仙碱吃了已经好些了 想再开点药",
            ],
            _patient(21284, "male", ("gout",), pregnant=None),
            id="r57-zh-017",
        ),  # 痛风及高尿酸血症基层诊疗指南(2019) / NICE NG219 Gout: a typical flare in known gout without fever, settling on usual treatment, is managed routinely in primary care.
        pytest.param(
            [
                "48岁 做针线活多",
                "右手拇指食指中指晚上麻 睡着麻醒 甩一甩就好点",
                "手上力气还行 没肌肉萎缩",
            ],
            _patient(17732, "female", (), pregnant=False),
            id="r57-zh-018",
        ),  # NICE CKS Carpal tunnel syndrome: mild-moderate symptoms without wasting are managed routinely with splinting and possible steroid injection.
        pytest.param(
            [
                "55岁 糖尿病",
                "右肩膀痛了三个月 现在抬不起来 梳头 扣后面扣子都不行",
                "晚上压着睡痛 没摔过 不发烧",
            ],
            _patient(20119, "female", ("type 2 diabetes",), pregnant=False),
            id="r57-zh-023",
        ),  # NICE CKS Shoulder pain - frozen shoulder: gradual painful loss of external rotation in a diabetic is managed routinely with analgesia, physiotherapy and possible injection.
        pytest.param(
            [
                "38岁 两个礼拜前开始右腿后面放射痛 到小腿",
                "这几天好点了 吃了止痛药",
                "脚有劲 能踮脚能翘脚 大小便正常 屁股不麻",
            ],
            _patient(14180, "male", (), pregnant=None),
            id="r57-zh-025",
        ),  # NICE CKS Sciatica (lumbar radiculopathy): improving sciatica without motor deficit or cauda equina symptoms is managed conservatively with routine follow-up.
        pytest.param(
            [
                "60岁 糖尿病",
                "右手中指早上弯下去伸不直 要另一只手掰 咔哒一下才开",
                "不红不肿 有一个多月了",
            ],
            _patient(22065, "female", ("type 2 diabetes",), pregnant=False),
            id="r57-zh-032",
        ),  # NICE CKS Trigger finger: triggering without inflammation is routine and managed with splinting or steroid injection.
        pytest.param(
            [
                "30岁 早上起来脖子歪着 一转头就痛",
                "估计落枕了 昨晚对着空调睡的",
                "手不麻 不发烧 不头痛",
            ],
            _patient(10978, "male", (), pregnant=None),
            id="r57-zh-033",
        ),  # NICE CKS Neck pain - acute torticollis: acute wry neck without neurological symptoms, fever or headache resolves with self-care.
        pytest.param(
            [
                "50岁 女 早上起床下地头几步脚后跟痛得很",
                "走一会就好点 站久了又痛",
                "有俩月了 没崴过 不肿",
            ],
            _patient(18562, "female", (), pregnant=False),
            id="r57-zh-044",
        ),  # NICE CKS Plantar fasciitis: classic first-step heel pain is managed with stretching, footwear and analgesia.
        pytest.param(
            [
                "29岁 生完孩子两个月 天天抱娃",
                "右手腕大拇指这边痛 抱孩子 拧东西痛",
                "不红不发热",
            ],
            _patient(10672, "female", (), pregnant=False),
            id="r57-zh-045",
        ),  # NICE CKS De Quervain's tenosynovitis: postpartum radial wrist pain without heat is managed with rest, splint and analgesia.
        pytest.param(
            [
                "12岁男 天天打篮球",
                "两边膝盖下面那块骨头凸起来 按着痛 跑跳完更痛",
                "不红不发烧 歇着就不痛",
            ],
            _patient(4583, "male", (), pregnant=None),
            id="r57-zh-046",
        ),  # NICE CKS Knee pain - assessment (Osgood-Schlatter disease): activity-related tibial tubercle pain in an active adolescent is self-limiting.
        pytest.param(
            [
                "7岁女孩 晚上睡前说两条腿腿肚子痛",
                "揉一揉就睡了 白天跑跑跳跳一点事没有",
                "不瘸 不发烧 腿不肿 有半年了 时有时无",
            ],
            _patient(2707, "female", (), pregnant=None),
            id="r57-zh-050",
        ),  # NICE CKS Acute childhood limp / NHS growing pains guidance: bilateral evening leg pain with normal daytime function and no limp, fever or swelling is benign.
        pytest.param(
            [
                "67岁 手指头关节长了几个硬疙瘩 指尖那节",
                "早上有点僵 一会就好 干活多了痛",
                "不红不热",
            ],
            _patient(24482, "female", (), pregnant=False),
            id="r57-zh-052",
        ),  # NICE NG226 Osteoarthritis: Heberden's nodes with brief morning stiffness are typical hand OA for routine management.
        pytest.param(
            [
                "62岁 大脚趾往里歪 旁边鼓个包",
                "穿鞋磨得痛 有好多年了",
                "不红不肿 不发烧",
            ],
            _patient(22846, "female", (), pregnant=False),
            id="r57-zh-056",
        ),  # NICE CKS Hallux valgus: long-standing bunion pain without inflammation is managed with footwear advice and routine referral if needed.
        pytest.param(
            [
                "66岁 膝关节炎老毛病 X光拍过的",
                "这几天变天 膝盖又痛 上下楼更痛 有点咔咔响",
                "不红不烫 不发烧 能走",
            ],
            _patient(24226, "female", ("knee osteoarthritis",), pregnant=False),
            id="r57-zh-057",
        ),  # 骨关节炎诊疗指南(2018, 中华医学会骨科学分会) / NICE NG226 Osteoarthritis: a typical flare of known OA without heat or fever is managed routinely with exercise and topical NSAIDs.
        pytest.param(
            [
                "25岁 手腕背面长了个小包 花生米大",
                "软软的 有时候大有时候小 不怎么痛",
                "有两个月了",
            ],
            _patient(9231, "female", (), pregnant=False),
            id="r57-zh-059",
        ),  # NICE CKS / NHS Ganglion: a soft fluctuating painless dorsal wrist lump is benign and often resolves; routine review only.
        pytest.param(
            [
                "27岁 怀孕32周",
                "耻骨那里痛 翻身 上下床 单脚站痛",
                "没出血 没肚子一阵阵紧 小腿不肿",
            ],
            _patient(10012, "female", (), pregnant=True),
            id="r57-zh-060",
        ),  # RCOG patient information / NHS pelvic girdle pain in pregnancy: typical symphysis pubis pain without bleeding, contractions or leg swelling needs routine physiotherapy referral.
        pytest.param(
            [
                "15F netball, front of knees ache",
                "worse going downstairs and after sitting in cinema",
                "no swelling no locking no giving way",
            ],
            _patient(5529, "female", (), pregnant=False),
            id="r57-en-001",
        ),  # NICE CKS Knee pain - assessment (patellofemoral pain): anterior knee pain without effusion or mechanical symptoms is managed with exercise therapy.
        pytest.param(
            [
                "70F known R hip OA",
                "worse for a week after a long walk, groin ache, stiff in mornings 15 min",
                "no fever, can walk with stick as usual",
            ],
            _patient(25818, "female", ("hip osteoarthritis",), pregnant=False),
            id="r57-en-002",
        ),  # NICE NG226 Osteoarthritis: a flare of known OA without systemic features is managed routinely with exercise, weight advice and analgesia.
        pytest.param(
            [
                "64F did a big weekend in the garden digging",
                "sore lower back and shoulders, aching muscles",
                "no fever, wee normal colour, moving ok",
            ],
            _patient(23496, "female", ("hypertension",), pregnant=False),
            id="r57-en-003",
        ),  # NICE NG59 Low back pain: muscle soreness after unaccustomed exertion with normal urine and no red flags needs self-care only.
        pytest.param(
            [
                "44M plasterer, lateral elbow pain 6 wks",
                "hurts gripping the trowel and lifting the kettle",
                "no swelling no numbness",
            ],
            _patient(16081, "male", (), pregnant=None),
            id="r57-en-004",
        ),  # NICE CKS Tennis elbow: self-limiting lateral epicondylalgia managed with load modification and analgesia.
        pytest.param(
            [
                "10yo boy plays football 4x a wk",
                "both heels sore after training",
                "no fever no limp at rest, no swelling",
            ],
            _patient(3802, "male", (), pregnant=None),
            id="r57-en-008",
        ),  # NICE CKS Acute childhood limp (Sever's disease): activity-related bilateral heel pain in an active child without systemic features is self-limiting.
        pytest.param(
            [
                "50F burning pain ball of foot between 3rd and 4th toes",
                "feels like walking on a pebble, better with shoes off",
                "3 months",
            ],
            _patient(18272, "female", (), pregnant=False),
            id="r57-en-016",
        ),  # NICE CKS Morton's neuroma: forefoot neuralgia is managed with footwear changes and routine referral if persistent.
        pytest.param(
            [
                "69F knobbly finger end joints both hands",
                "ache after knitting, stiff in morning <30min",
                "no red hot joints",
            ],
            _patient(25292, "female", (), pregnant=False),
            id="r57-en-018",
        ),  # NICE NG226 Osteoarthritis: nodal hand OA with short morning stiffness is managed routinely.
        pytest.param(
            [
                "48M chronic LBP 5 yrs",
                "no change, wants review of his painkillers and physio referral",
                "no new symptoms, no weight loss, bladder normal",
            ],
            _patient(17592, "male", ("chronic low back pain",), pregnant=None),
            id="r57-en-019",
        ),  # NICE NG59 Low back pain: stable chronic back pain without new red flags needs routine review of exercise and analgesia.
        pytest.param(
            [
                "32M hurt lower back moving a sofa yesterday",
                "stiff and sore bending, walking fine",
                "no leg pain or numbness, bladder bowels normal, no fever",
            ],
            _patient(11788, "male", (), pregnant=None),
            id="r57-en-021",
        ),  # NICE NG59 Low back pain: non-specific back pain without red flags is managed with reassurance, staying active and simple analgesia.
        pytest.param(
            [
                "60F pain outer L hip 2 months",
                "can't lie on that side at night, tender over the bony bit",
                "walking ok, no fever",
            ],
            _patient(22215, "female", (), pregnant=False),
            id="r57-en-023",
        ),  # NICE CKS Greater trochanteric pain syndrome: lateral hip pain with trochanteric tenderness is managed routinely with exercise and analgesia.
        pytest.param(
            [
                "52F nurse on her feet all day",
                "heel pain worst first steps in morning, eases after a bit",
                "2 months, no injury, no swelling",
            ],
            _patient(19173, "female", (), pregnant=False),
            id="r57-en-025",
        ),  # NICE CKS Plantar fasciitis: typical first-step heel pain managed with stretching, footwear and analgesia.
        pytest.param(
            [
                "45M started training for half marathon",
                "ache in Achilles area, stiff in mornings, warms up when running",
                "can tiptoe fine, no sudden pop",
            ],
            _patient(16556, "male", (), pregnant=None),
            id="r57-en-026",
        ),  # NICE CKS Achilles tendinopathy: gradual-onset tendon pain without rupture signs is managed with load modification and eccentric exercise.
        pytest.param(
            [
                "56M T2DM, L shoulder pain 4 months",
                "now can't turn arm out or reach behind back, painful at night",
                "no injury, no fever",
            ],
            _patient(20544, "male", ("type 2 diabetes",), pregnant=None),
            id="r57-en-027",
        ),  # NICE CKS Shoulder pain - frozen shoulder: routine management with analgesia, physiotherapy and possible intra-articular steroid.
        pytest.param(
            [
                "36M sciatica R leg 3 wks, better this week",
                "taking ibuprofen, back at work",
                "no weakness, can heel and toe walk, no numbness in saddle, bladder normal",
            ],
            _patient(13349, "male", (), pregnant=None),
            id="r57-en-028",
        ),  # NICE CKS Sciatica (lumbar radiculopathy): improving sciatica without neurological deficit or cauda equina symptoms is managed conservatively.
        pytest.param(
            [
                "33F 30/40 pregnant",
                "tingling thumb index middle fingers both hands at night",
                "no weakness, BP normal at last check, no swelling of face",
            ],
            _patient(12093, "female", (), pregnant=True),
            id="r57-en-033",
        ),  # NICE CKS Carpal tunnel syndrome: pregnancy-related CTS without weakness is managed with night splints and usually resolves postpartum.
        pytest.param(
            [
                "61M known gout, usual flare in R big toe",
                "started last night, same as before, took his colchicine as per plan and settling already",
                "no fever, wants a repeat script",
            ],
            _patient(22310, "male", ("gout",), pregnant=None),
            id="r57-en-037",
        ),  # NICE NG219 Gout: a typical flare in known gout without fever, responding to the usual treatment plan, is routine primary care management.
        pytest.param(
            [
                "75M calf cramps at night few times a wk",
                "lasts a couple of minutes, stretching helps",
                "no calf swelling or pain in the day",
            ],
            _patient(27424, "male", ("hypertension",), pregnant=None),
            id="r57-en-041",
        ),  # NICE CKS Leg cramps: idiopathic nocturnal cramps without swelling are managed with stretching and reassurance.
        pytest.param(
            [
                "38F office worker, stiff neck 5 days",
                "worse end of day, no arm pain or tingling",
                "no headache no fever",
            ],
            _patient(14130, "female", (), pregnant=False),
            id="r57-en-045",
        ),  # NICE CKS Neck pain - non-specific: without neurological symptoms or red flags, manage with self-care and staying active.
        pytest.param(
            [
                "58M painter decorator",
                "R shoulder ache 6 wks, painful arc lifting arm out to side",
                "full movement just sore, no injury",
            ],
            _patient(21324, "male", (), pregnant=None),
            id="r57-en-051",
        ),  # NICE CKS Shoulder pain - rotator cuff disorders: painful arc with preserved movement is managed routinely with analgesia and physiotherapy.
        pytest.param(
            [
                "5yo boy, legs ache in the evenings, both legs",
                "fine in the day, running around, no limp",
                "no fever, no swelling, mum worried",
            ],
            _patient(2026, "male", (), pregnant=None),
            id="r57-en-058",
        ),  # NICE CKS Acute childhood limp / NHS growing pains: bilateral evening leg aches with normal daytime activity and no red flags are benign.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
