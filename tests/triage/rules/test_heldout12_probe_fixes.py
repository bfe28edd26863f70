# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twelfth held-out round (2026-12-06, at commit 7228051: two reviewers, 120 cases from the
guidelines on pregnancy in all trimesters, injuries, medicine harms and children under 5, many
relayed from a relative's phone call; 25 emergencies, 20 same-day and 15 look-alikes a set).
Before these fixes the rules found 21 of 25 and 21 of 25 emergencies, graded 8 of 20 and 7 of
20 same-day cases exactly, and sent 1 of 15 and 0 of 15 look-alikes to emergency. The cases
below are those it missed and the fixes now pass; each fails without them.

Emergencies now read: no fetal movement told as 没觉着孩子动, signs of an open globe (a wound in
the cornea, a pear-shaped pupil: NICE CKS immediate referral, now its own emergency rule; a
pierced eye without them stays same day), a toddler into a grandparent's tablets (翻出药瓶,
"chewing her BP tablets"), digoxin toxicity told by 看啥都发黄 and a pulse of 一分钟才40下, an
insulin overdose told by "fingerstick 1.8", preterm labour told by "gush of clear water" and
"wants to push". Same day: mild serotonin toxicity without clonus, digoxin side effects
without danger signs (which had gone to emergency), a hand wound that cut a tendon or nerve
(BSSH), a Colles' wrist told as a fork, warfarin with bleeding gums, a head knock on a DOAC.
Readings fixed: "33周 偶尔肚子发紧" opens with the gestation, not how long the tightenings have
lasted (it had gone to emergency as an ectopic), and "发烧3天 孩子精神差" is a 3-day fever, not
a 3-day-old baby."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT
ADULT = PatientContext(age_days=70 * 365, sex="female")


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "他家里人打电话来说 媳妇怀孕36周了",
                "从昨晚到现在一直没觉着孩子动 以前天天踢得欢",
                "吃了东西侧躺着数了俩钟头 一下都没有 问能不能明天再去县里查",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="z12-E06",
        ),  # RCOG Green-top 57 Reduced fetal movements (absent movements: attend maternity unit immediately, do not wait)
        pytest.param(
            [
                "打铁的师傅 敲錾子的时候有东西崩进右眼里",
                "眼睛疼 直流泪 说右眼看出去模糊一片",
                "拿手电照了下 黑眼珠边上有个小口子 瞳孔不圆 往一边拉成个水滴样",
            ],
            _patient(17520, "male", (), pregnant=False),
            id="z12-E13",
        ),  # NICE CKS Eye trauma / Royal College of Ophthalmologists: suspected penetrating eye injury -> immediate same-hour ophthalmic emergency referral
        pytest.param(
            [
                "2岁的娃 在他爷屋里翻出药瓶 吃了好几粒 是格列本脲",
                "爷爷说瓶里原来还有十来片 现在少了四五片 大概半小时前",
                "现在看着跟平常一样 还在玩 没看出啥不对",
            ],
            _patient(730, "male", (), pregnant=False),
            id="z12-E18",
        ),  # UK NPIS TOXBASE (sulfonylurea ingestion in children); AAPCC out-of-hospital management guidance for sulfonylurea ingestion
        pytest.param(
            [
                "老太太 心衰房颤 吃地高辛好多年了",
                "这几天不想吃饭 一直恶心吐 说看啥都发黄 看灯外头一圈光",
                "摸脉 一分钟才40下 还不齐 人有点糊涂",
            ],
            _patient(29200, "female", ("heart failure", "atrial fibrillation"), pregnant=False),
            id="z12-E19",
        ),  # BNF Digoxin (toxicity); NICE CKS Atrial fibrillation (digoxin toxicity features)
        pytest.param(
            [
                "G2P1 32/40 had big gush of clear water at home 3h ago, pad still wet",
                "now pains every 4-5 min getting stronger, feels pressure down below wants to push?",
                "T 37.1 BP 118/76, baby moving",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="e12-E05",
        ),  # NICE NG25 Preterm labour and birth, 1.2 (P-PROM) and 1.4 diagnosing preterm labour; transfer to unit with neonatal care
        pytest.param(
            [
                "38yo M was hammering metal chisel, something flew into R eye",
                "now vision v blurry, only can count fingers that side",
                "pupil looks pear shape pointing to one side, bit of clear fluid? we did not press on it",
            ],
            _patient(13870, "male", (), pregnant=False),
            id="e12-E10",
        ),  # NICE CKS Eye - red/trauma: suspected penetrating eye injury (immediate referral to eye casualty); Royal College of Ophthalmologists guidance
        pytest.param(
            [
                "wife calling from home: 58yo husband (T2DM on glargine) injected lots of insulin after a fight, she thinks nearly whole pen",
                "found him sweaty, mumbling, cant swallow properly",
                "fingerstick 1.8. what to do",
            ],
            _patient(21170, "male", ("diabetes", "depression"), pregnant=False),
            id="e12-E12",
        ),  # TOXBASE insulin overdose (intentional overdose of long-acting insulin: hospital admission, IV glucose); JBDS hypoglycaemia (unable to swallow: IM glucagon and call ambulance)
        pytest.param(
            [
                "gran found 2yo boy 20 min ago chewing her BP tablets, amlodipine 5mg",
                "strip had 3 gone, she not sure how many he swallowed vs dropped",
                "he looks ok for now, playing",
            ],
            _patient(730, "male", (), pregnant=False),
            id="e12-E18",
        ),  # TOXBASE calcium channel blockers (any ingestion in a child: hospital assessment, prolonged observation); 'one pill can kill' paediatric toxicology
    ],
)
def test_round12_emergencies_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "39周 半夜起夜发现下面流水 清清的 到现在一直湿",
                "肚子还没开始疼 孩子动得好好的",
                "没发烧 这是头一胎",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="z12-U05",
        ),  # NICE NG235 Intrapartum care (prelabour rupture of membranes at term)
        pytest.param(
            [
                "磨铁件的时候火星子溅左眼里了",
                "眼睛红 磨得慌 老流泪 看东西还行 跟右眼差不多",
                "黑眼珠上能看到个小黑点 粘那了 冲水冲不掉",
            ],
            _patient(13870, "male", (), pregnant=False),
            id="z12-U08",
        ),  # NICE CKS Corneal superficial injury (corneal foreign body: same-day removal)
        pytest.param(
            [
                "76岁老太太 吃利伐沙班的 今上午在院子里绊了一跤",
                "右手撑地 手腕肿了 看着像把叉子往上翘",
                "头没磕着 人清醒 手指头能动 颜色正常也不麻",
            ],
            _patient(27740, "female", ("atrial fibrillation",), pregnant=False),
            id="z12-U09",
        ),  # NICE NG38 Fractures (non-complex) (suspected distal radius fracture: same-day X-ray); NICE NG232 not applicable without head injury
        pytest.param(
            [
                "吃华法林的 今天测INR 6.2",
                "这两天刷牙牙龈出点血 擤鼻涕有血丝",
                "没黑便 尿颜色正常 头不疼 精神好",
            ],
            _patient(24820, "male", ("atrial fibrillation",), pregnant=False),
            id="z12-U12",
        ),  # BSH Guidelines on oral anticoagulation with warfarin (INR 5-8 with minor bleeding: stop warfarin, consider vitamin K)
        pytest.param(
            [
                "焦虑症一直吃舍曲林",
                "前天腰疼 卫生院又开了曲马多 吃了两天",
                "今天说心慌 出汗多 手有点抖 坐不住",
                "体温37.3 心率102 血压135/85 人清楚 没抽",
            ],
            _patient(16060, "female", ("anxiety",), pregnant=False),
            id="z12-U13",
        ),  # Boyer & Shannon, The serotonin syndrome, NEJM 2005 (Hunter criteria; mild toxicity: stop serotonergic drug, observe)
        pytest.param(
            [
                "吃地高辛的大爷 上礼拜县医院又给加了胺碘酮",
                "这两天说胃口差 有点恶心 没吐",
                "脉搏58 齐的 人清楚 能下地走",
            ],
            _patient(27010, "male", ("atrial fibrillation", "heart failure"), pregnant=False),
            id="z12-U14",
        ),  # BNF Digoxin interactions (amiodarone raises digoxin levels; halve dose and monitor)
        pytest.param(
            [
                "33yo M cut R index finger on broken bowl washing up, cut on palm side near middle crease",
                "bleeding stopped with pressure",
                "cant bend the tip of finger, and one side of fingertip numb",
            ],
            _patient(12045, "male", (), pregnant=False),
            id="e12-U07",
        ),  # BSSH Standards of care in hand trauma (flexor tendon and digital nerve injuries: refer to hand surgery, repair within days)
        pytest.param(
            [
                "64yo F fell off her 三轮车 onto outstretched hand",
                "wrist swollen, looks like a fork shape",
                "fingers pink n warm, can wiggle them, feeling normal",
            ],
            _patient(23360, "female", ("osteoporosis",), pregnant=False),
            id="e12-U09",
        ),  # NICE NG38 Fractures (non-complex): suspected displaced distal radius fracture - same-day X-ray and reduction
        pytest.param(
            [
                "27yo F on sertraline, started tramadol yesterday for back",
                "feels jittery, sweaty, hands shaking, loose stools",
                "T 37.5 HR 102 BP 130/84, reflexes brisk, no clonus, not stiff, thinking clear",
            ],
            _patient(9855, "female", ("depression",), pregnant=False),
            id="e12-U13",
        ),  # Hunter serotonin toxicity criteria; TOXBASE serotonin syndrome (mild: stop serotonergic drug, medical review)
        pytest.param(
            [
                "82yo F on digoxin for AF, D&V x2d, eating little",
                "HR 66 irreg, BP 118/70",
                "alert, mild nausea, no change in vision",
            ],
            _patient(29930, "female", ("atrial fibrillation",), pregnant=False),
            id="e12-U14",
        ),  # NICE CKS Atrial fibrillation - digoxin monitoring (toxicity risk with dehydration/renal impairment: check digoxin level and U&E)
    ],
)
def test_round12_same_day_cases_graded_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "33周 偶尔肚子发紧一下 一天几回 没规律 也不疼",
                "躺下歇会儿就没了",
                "没见红 没流水 孩子动得正常",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="z12-N03",
        ),  # NICE NG201 Antenatal care; NICE NG25 Preterm labour (features distinguishing Braxton Hicks from preterm labour)
    ],
)
def test_round12_look_alikes_not_sent_to_emergency(
    texts: list[str], patient: PatientContext
) -> None:
    assert assess(texts, patient).level is not E


@pytest.mark.parametrize(
    ("text", "gestation", "pregnant", "durations"),
    [
        ("33周 偶尔肚子发紧一下 一天几回", 33, True, {"contractions": 24.0}),
        # A baby's age in weeks, and a short week count: not a gestation.
        ("3周的娃 发烧", None, None, {}),
        ("两周 咳嗽", None, None, {"cough": 336.0}),
    ],
)
def test_a_message_opening_with_a_week_count(
    text: str, gestation: int | None, pregnant: bool | None, durations: dict
) -> None:
    facts = extract_facts(text)
    assert (facts.gestation_weeks, facts.pregnant, dict(facts.durations)) == (
        gestation,
        pregnant,
        durations,
    )


@pytest.mark.parametrize(
    ("text", "hours", "age_days"),
    [
        ("发烧3天 孩子精神差", 72.0, None),
        ("3天宝宝 黄疸", None, 3),
        ("5天的宝宝 黄疸", None, 5),
        ("咳嗽3个月孩子瘦了", 3 * 730.0, None),
        ("3个月宝宝 咳嗽", None, 91),
    ],
)
def test_a_duration_before_a_child_word_is_an_age_only_where_nothing_comes_before(
    text: str, hours: float | None, age_days: int | None
) -> None:
    facts = extract_facts(text)
    assert max(dict(facts.durations).values(), default=None) == hours
    assert facts.age_days == age_days


@pytest.mark.parametrize(
    ("texts", "level", "code"),
    [
        (["吃地高辛的 这两天恶心 脉搏66 人清楚"], U, "possible_digoxin_toxicity"),
        (["吃地高辛的 恶心 看东西发黄 脉搏48"], E, "digoxin_toxicity"),
        (
            ["on sertraline, started tramadol, sweaty, hands tremor, HR 104"],
            U,
            "possible_mild_serotonin_toxicity",
        ),
        (
            ["on sertraline, started tramadol, sweaty, agitated, clonus at both ankles"],
            E,
            "serotonin_toxicity",
        ),
        (["被树枝扎进眼睛"], U, "penetrating_or_high_velocity_eye_injury"),
        (["打铁 有东西崩进眼里 黑眼珠上有个小口子 瞳孔不圆"], E, "open_globe_injury"),
    ],
)
def test_the_levels_of_the_changed_rules(texts: list[str], level: Level, code: str) -> None:
    assessment = assess(texts, ADULT)
    assert assessment.level is level
    assert code in {flag.code for flag in assessment.red_flags}


@pytest.mark.parametrize(
    ("text", "hr", "glucose"),
    [
        ("摸脉 一分钟才40下 还不齐", 40, None),
        ("脉搏一分钟四十来下", 40, None),
        ("fingerstick 1.8. what to do", None, 1.8),
    ],
)
def test_a_pulse_and_a_glucose_told_in_clinic_words(
    text: str, hr: int | None, glucose: float | None
) -> None:
    vitals = extract_facts(text).vitals
    assert (vitals.hr, vitals.glucose) == (hr, glucose)


def test_a_head_injury_on_an_anticoagulant_goes_to_the_emergency_department():
    # e12-U06 was graded same day (a CT within 8 hours). NICE NG232 §1.2.3 (clarified July
    # 2023) lists current anticoagulant treatment among the risk factors that send a head
    # injury from the community to the emergency department, and a village clinic cannot
    # arrange the CT itself; round 17's reviewer (p17-zh-015) graded the same story an
    # emergency. So it is an emergency now.
    texts = [
        "72yo F on rivaroxaban (AF) tripped in yard, hit forehead on step",
        "no LOC, remembers whole thing, no vomiting, mild headache",
        "GCS 15, small lump on forehead",
    ]
    patient = _patient(26280, "female", ("atrial fibrillation",), pregnant=False)
    assert assess(texts, patient).level is E
