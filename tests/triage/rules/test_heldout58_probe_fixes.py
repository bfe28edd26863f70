# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-eighth held-out round (2026-12-07, at commit b1fd004: two reviewers, 120 cases of the first, short
message a busy staff member types (Chinese 6-30 characters, English 3-15 words, one or two messages:
"pt 34/40 headache + flashing lights", "老头 说话不清 右手拿不住筷子 10点开始"), across all of primary care; 16
emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 16 of 16 and 14 of 16
emergencies (an 18-month-old's kettle scald with the chest and arm blistered; a 2-year-old found with his
grandmother's amlodipine, "4 tabs missing"), graded 18 of 24 and 20 of 24 same-day cases exactly, and sent
no look-alike to emergency.

What changed: a kettle tipped on a child and two body parts blistered are a burn over both (NICE CKS
burns: chest and arm, 18% by the rule of nines); "4 tabs missing" is tablets taken; stridor only when
upset is not stridor at rest (mild croup, NICE CKS); 吸气痛 is pleuritic pain; a wrist swollen after a fall
on the hand is a suspected fracture (NICE NG38); 口子2厘米 挺深 is a deep cut; blisters on one side of the
forehead are ophthalmic shingles; "red hot patch left breast", "stinging wee", "no wet nappy 12 hrs".
After: 16/16, 16/16; 22/24, 24/24; look-alikes 20/20, 20/20.

Kept deliberately: an 80-year-old suddenly confused with strong-smelling urine stays an emergency (new
confusion is a high-risk criterion of NICE NG51 sepsis: r58-zh-022), and vomiting at 9 weeks with water
coming back and little urine (r58-zh-038: NICE CKS admits the same day; the rules send her now)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "kettle tipped on 18mo, chest and arm blistered",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r58-en-004",
        ),  # NICE CKS burns and scalds / British Burn Association referral: a scald over chest and arm in a toddler is a large partial-thickness burn needing emergency care.
        pytest.param(
            [
                "2yo found with nan's amlodipine, 4 tabs missing",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r58-en-028",
        ),  # NICE CKS poisoning / TOXBASE: calcium channel blocker ingestion by a toddler can be fatal even in small doses and needs emergency hospital assessment.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "45岁 咳嗽发烧3天 38.9 右胸吸气痛",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r58-zh-009",
        ),  # NICE NG138/CG191 pneumonia: suspected community-acquired pneumonia with CRB-65 score 0 should be treated in the community with antibiotics started the same day.
        pytest.param(
            [
                "摔倒手撑地 手腕肿痛 还能动",
            ],
            _patient(22646, "female", (), pregnant=None),
            id="r58-zh-023",
        ),  # NICE NG38 fractures (non-complex): suspected wrist fracture after a fall on an outstretched hand needs same-day X-ray and immobilisation.
        pytest.param(
            [
                "菜刀切了手指 口子2厘米 挺深 按住不流了",
            ],
            _patient(14975, "female", (), pregnant=None),
            id="r58-zh-029",
        ),  # NICE CKS lacerations: a deep gaping cut with controlled bleeding needs closure, tendon check and tetanus review today.
        pytest.param(
            [
                "额头左边起疱 一片 左眼也红了",
            ],
            _patient(24837, "female", (), pregnant=None),
            id="r58-zh-050",
        ),  # NICE CKS shingles: herpes zoster in the ophthalmic distribution with a red eye needs same-day ophthalmology assessment and antivirals.
        pytest.param(
            [
                "3yo barking cough, stridor only when upset",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r58-en-016",
        ),  # NICE CKS croup: mild croup (no stridor at rest) should receive a single dose of oral dexamethasone, so needs a clinician today.
        pytest.param(
            [
                "16/40, stinging wee since yesterday",
            ],
            _patient(9862, "female", (), pregnant=True),
            id="r58-en-023",
        ),  # NICE NG109 lower UTI: pregnant women with UTI symptoms need urine culture and antibiotics started the same day.
        pytest.param(
            [
                "breastfeeding 3 wks, red hot patch left breast, T 38.5",
            ],
            _patient(11323, "female", (), pregnant=False),
            id="r58-en-034",
        ),  # NICE CKS mastitis: lactational mastitis with fever needs same-day assessment and antibiotics.
        pytest.param(
            [
                "2yo fever, no wet nappy 12 hrs",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r58-en-043",
        ),  # NICE NG143 fever in under 5s: reduced urine output is an amber feature needing same-day face-to-face assessment.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "22岁 胸口针扎一下 按着更疼 喘气没事",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r58-zh-002",
        ),  # NICE CKS chest pain: brief sharp pain reproduced by pressure in a young person with normal breathing is typical chest wall pain, routine care.
        pytest.param(
            [
                "30岁 拉肚子2次 不烧 能吃能喝",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r58-zh-005",
        ),  # NICE CKS gastroenteritis: mild diarrhoea without fever or dehydration in an adult is managed at home with fluids.
        pytest.param(
            [
                "被蜜蜂蛰了手 肿一块 别的没事",
            ],
            _patient(17167, "male", (), pregnant=None),
            id="r58-zh-007",
        ),  # NICE CKS insect bites and stings: a local swelling without systemic symptoms is managed at home.
        pytest.param(
            [
                "孩子4岁 烧38.3 玩得欢 吃饭正常",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r58-zh-010",
        ),  # NICE NG143 traffic light: fever with normal activity, colour and feeding has only green features and can be managed at home.
        pytest.param(
            [
                "糖尿病 空腹血糖7.8 没不舒服",
            ],
            _patient(22280, "female", ("2型糖尿病",), pregnant=False),
            id="r58-zh-012",
        ),  # China 2型糖尿病基层诊疗指南: a mildly raised fasting glucose without symptoms is reviewed at routine follow-up.
        pytest.param(
            [
                "头疼 两边箍着 下午重 老毛病了",
            ],
            _patient(13880, "female", (), pregnant=False),
            id="r58-zh-015",
        ),  # NICE CG150 headaches: recurrent bilateral band-like headache without red flags is tension-type headache suitable for self-care.
        pytest.param(
            [
                "12岁 流鼻血 捏了10分钟止住了",
            ],
            _patient(4383, "male", (), pregnant=None),
            id="r58-zh-016",
        ),  # NICE CKS epistaxis: an anterior nosebleed stopped by first aid pressure needs only self-care advice.
        pytest.param(
            [
                "崴了脚 能走四步 外踝后缘不压痛",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r58-zh-018",
        ),  # Ottawa ankle rules (NICE CKS sprains): able to bear weight with no bony tenderness means no X-ray needed; self-care.
        pytest.param(
            [
                "宝宝6个月 打完疫苗 37.8 吃奶好",
            ],
            _patient(183, "female", (), pregnant=None),
            id="r58-zh-024",
        ),  # WHO AEFI guidance / China 预防接种异常反应 guidance: low-grade fever after vaccination in a well, feeding infant is a common minor reaction managed at home.
        pytest.param(
            [
                "搬东西闪了腰 腿不麻 大小便正常",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r58-zh-031",
        ),  # NICE NG59 low back pain: acute back strain without red flags (no neurological or bladder/bowel symptoms) is managed with self-care and staying active.
        pytest.param(
            [
                "一只眼红 有眼屎 不疼 看东西清楚",
            ],
            _patient(12418, "female", (), pregnant=False),
            id="r58-zh-032",
        ),  # NICE CKS conjunctivitis: red sticky eye without pain or vision change is infective conjunctivitis suitable for self-care.
        pytest.param(
            [
                "孩子咬破一包干燥剂 吃了一点 是硅胶的",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r58-zh-036",
        ),  # Poison centre guidance (e.g. NHS/TOXBASE public advice): silica gel desiccant is non-toxic and needs only a drink of water and observation at home.
        pytest.param(
            [
                "最近睡不好 工作压力大 没有轻生念头",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="r58-zh-039",
        ),  # NICE CKS insomnia: short-term insomnia from stress without suicidal thoughts is managed with routine review and sleep hygiene.
        pytest.param(
            [
                "孩子头撞桌角 马上哭了 现在在玩 没吐",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r58-zh-043",
        ),  # NICE NG232 head injury: a child who cried immediately, has no vomiting and is playing normally has no risk factors and can be observed at home.
        pytest.param(
            [
                "感冒3天 流鼻涕 嗓子疼 不发烧",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r58-zh-044",
        ),  # NICE CKS common cold: uncomplicated upper respiratory infection without fever is self-limiting and managed with self-care.
        pytest.param(
            [
                "孕12周 早上恶心 偶尔吐 能吃饭",
            ],
            _patient(10592, "female", (), pregnant=True),
            id="r58-zh-047",
        ),  # NICE CKS nausea/vomiting in pregnancy: mild morning sickness while eating and drinking is managed with self-care advice.
        pytest.param(
            [
                "宝宝1个月 喂完吐一口奶 体重长得好",
            ],
            _patient(30, "male", (), pregnant=None),
            id="r58-zh-053",
        ),  # NICE NG1 GORD in children: effortless regurgitation in a thriving infant is normal and needs reassurance only.
        pytest.param(
            [
                "癫痫 今天发作1分钟 跟平时一样 已经醒了",
            ],
            _patient(10227, "male", ("癫痫",), pregnant=False),
            id="r58-zh-055",
        ),  # NICE NG217 epilepsies: a typical short seizure with full recovery in a person with known epilepsy does not need emergency care; routine review.
        pytest.param(
            [
                "高血压 药吃完两天了 150/95 没不舒服",
            ],
            _patient(23011, "male", ("高血压",), pregnant=False),
            id="r58-zh-056",
        ),  # China 高血压基层诊疗指南: asymptomatic BP below 180/110 after missing medication needs a routine refill and follow-up, not urgent care.
        pytest.param(
            [
                "自家狗舔了手 皮没破 狗打过疫苗",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r58-zh-057",
        ),  # WHO rabies position paper 2018: licks on intact skin are category I exposure needing no post-exposure prophylaxis.
        pytest.param(
            [
                "mild sunburn shoulders, no blisters",
            ],
            _patient(8766, "male", (), pregnant=None),
            id="r58-en-005",
        ),  # NHS/NICE CKS sunburn advice: superficial sunburn without blistering or systemic symptoms is managed at home.
        pytest.param(
            [
                "2yo chewed a wax crayon",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r58-en-006",
        ),  # Poison centre guidance (TOXBASE/NHS public advice): wax crayons are non-toxic in small amounts and need no treatment.
        pytest.param(
            [
                "white itchy discharge, had thrush before, not pregnant",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r58-en-012",
        ),  # NICE CKS candida (vulvovaginal): recurrent typical thrush in a non-pregnant woman can be self-treated with pharmacy antifungals.
        pytest.param(
            [
                "HTN, BP 156/94, missed meds 3 days, feels fine",
            ],
            _patient(22280, "male", ("hypertension",), pregnant=False),
            id="r58-en-015",
        ),  # NICE NG136 hypertension: asymptomatic BP below 180/120 after missed doses needs a routine prescription and follow-up.
        pytest.param(
            [
                "36/40 irregular tightenings, baby moving well, no leak or bleed",
            ],
            _patient(10958, "female", (), pregnant=True),
            id="r58-en-021",
        ),  # NICE NG201 antenatal care: irregular painless tightenings with normal movements and no bleeding or fluid loss are Braxton Hicks; routine advice.
        pytest.param(
            [
                "twisted ankle, walked in fine, no bony tenderness",
            ],
            _patient(6940, "female", (), pregnant=False),
            id="r58-en-022",
        ),  # Ottawa ankle rules (NICE CKS sprains): weight-bearing with no bony tenderness needs no X-ray; self-care.
        pytest.param(
            [
                "itchy mosquito bites on legs, no fever",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r58-en-025",
        ),  # NICE CKS insect bites and stings: itchy local reactions without systemic features are managed with self-care.
        pytest.param(
            [
                "sore throat 2 days, coughing, no fever",
            ],
            _patient(7670, "male", (), pregnant=None),
            id="r58-en-027",
        ),  # NICE NG84 sore throat: FeverPAIN 0–1 (cough, no fever) means no antibiotic and self-care.
        pytest.param(
            [
                "period late, test positive, no pain or bleeding",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r58-en-035",
        ),  # NICE NG201 antenatal care: an uncomplicated early pregnancy needs a routine booking appointment, not urgent care.
        pytest.param(
            [
                "T2DM sugar 11 after dinner, feels fine",
            ],
            _patient(24106, "female", ("type 2 diabetes",), pregnant=False),
            id="r58-en-036",
        ),  # NICE NG28 type 2 diabetes: an isolated post-meal glucose of 11 without symptoms is reviewed at routine follow-up.
        pytest.param(
            [
                "cold 4 days, runny nose, cough, no fever",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r58-en-038",
        ),  # NICE CKS common cold: uncomplicated URTI is self-limiting and managed with self-care.
        pytest.param(
            [
                "35M hit head on cupboard, no LOC, no vomiting",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r58-en-045",
        ),  # NICE NG232 head injury: no loss of consciousness, vomiting or other risk factors means home advice only.
        pytest.param(
            [
                "4yo temp 38.5, playing, eating and drinking fine",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r58-en-046",
        ),  # NICE NG143 traffic light: fever with only green features in a child over 3 months can be managed at home.
        pytest.param(
            [
                "known migraine, usual aura then headache, same as always",
            ],
            _patient(11323, "female", ("migraine",), pregnant=False),
            id="r58-en-049",
        ),  # NICE CG150 headaches: a typical migraine with usual aura in a known migraineur is managed with the usual self-treatment.
        pytest.param(
            [
                "toddler loose stools 3x today, drinking well, wet nappies",
            ],
            _patient(609, "male", (), pregnant=None),
            id="r58-en-052",
        ),  # NICE CG84 diarrhoea and vomiting in children: no dehydration signs and good fluid intake means home management with fluids.
        pytest.param(
            [
                "72F knees stiff mornings 20 min, for years",
            ],
            _patient(26298, "female", (), pregnant=None),
            id="r58-en-053",
        ),  # NICE NG226 osteoarthritis: long-standing knee stiffness under 30 minutes is osteoarthritis for routine management.
        pytest.param(
            [
                "25M chest sore after gym, hurts when pressed",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r58-en-054",
        ),  # NICE CKS chest pain: reproducible chest wall tenderness after exercise in a young man is musculoskeletal pain, routine care.
        pytest.param(
            [
                "9mo teething, drooling, temp 37.6, happy",
            ],
            _patient(274, "male", (), pregnant=None),
            id="r58-en-055",
        ),  # NICE CKS teething: drooling and mild temperature in a well infant are consistent with teething and managed at home.
        pytest.param(
            [
                "stressed at work, crying a lot, no thoughts of harm",
            ],
            _patient(13514, "female", (), pregnant=False),
            id="r58-en-057",
        ),  # NICE CKS depression/generalised anxiety: distress without suicidal thoughts or risk needs a routine appointment.
        pytest.param(
            [
                "fainted at blood test, fine after 1 min, 19F",
            ],
            _patient(6940, "female", (), pregnant=False),
            id="r58-en-059",
        ),  # NICE CG109 transient loss of consciousness: an uncomplicated vasovagal faint with a clear trigger and full recovery needs no urgent assessment.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
