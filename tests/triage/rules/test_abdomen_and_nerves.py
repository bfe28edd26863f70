"""Guards for the readings and rules added after rounds 33 and 34 (the abdomen, urology and
gynaecology; headache, dizziness and nerves): each reading stays narrow enough not to take
words that mean something else, and each new same-day rule leaves its emergency neighbour an
emergency."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

E, U, N = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT


def _status(text: str, code: str) -> str | None:
    return extract_facts(text).status(code)


def _adult(age: int, sex: str) -> PatientContext:
    return PatientContext(age_days=age * 365, sex=sex)


def test_no_jerks_in_a_child_is_not_lost_reflexes():
    # HFMD's "no jerks" (myoclonus) is not areflexia; "absent ankle jerks" is.
    assert _status("drinking ok, no jerks no vomiting", "absent_reflexes") is None
    assert _status("absent ankle jerks both sides", "absent_reflexes") == "present"


def test_rebound_not_very_marked_is_not_peritonism():
    texts = ["68岁女的，昨天开始肚脐周围疼，今天挪到右下边了", "右下腹压痛挺明显，反跳痛不太明显"]
    assert assess(texts, _adult(68, "female")).level is U
    texts[1] = "右下腹压痛挺明显，反跳痛明显"
    assert assess(texts, _adult(68, "female")).level is E


def test_scrotal_pain_over_days_with_urinary_symptoms_is_same_day_but_sudden_is_torsion():
    slow = ["38岁男，右边阴囊肿痛两三天了，慢慢越来越疼", "小便有点烧 尿频 T 37.9"]
    assert assess(slow, _adult(38, "male")).level is U
    sudden = ["38岁男，右边阴囊突然剧痛两三个小时", "小便有点烧"]
    assert assess(sudden, _adult(38, "male")).level is E
    vomiting = ["38岁男，右边阴囊肿痛两天了，越来越疼", "尿频，刚才吐了一次"]
    assert assess(vomiting, _adult(38, "male")).level is E


def test_a_bluish_lump_at_the_anus_is_not_cyanosis():
    texts = [
        "36m very painful lump at anus since yesterday, can hardly sit",
        "bluish tense lump at anal margin",
    ]
    result = assess(texts, _adult(36, "male"))
    assert result.level is U
    assert "perianal_abscess_or_thrombosis" in [f.code for f in result.red_flags]


def test_priapism_and_paraphimosis_are_emergencies():
    assert assess(["man 52, erection not going down since last night, very painful"]).level is E
    assert assess(["阴茎异常勃起五个小时了，很痛"], _adult(40, "male")).level is E
    # NICE CKS / EAU 2023: a paraphimosis that cannot be reduced needs immediate referral
    assert assess(["包皮翻上去回不来了，龟头肿了"], _adult(70, "male")).level is E


def test_colic_in_a_solitary_kidney_is_an_emergency():
    colic = ["50m L loin pain colicky since last night, goes to groin"]
    assert assess(colic, _adult(50, "male")).level is U
    assert assess([*colic, "his R kidney was removed years ago"], _adult(50, "male")).level is E


def test_fever_or_abdominal_pain_in_cirrhosis_is_same_day():
    assert assess(["肝硬化腹水 60岁男", "有点发烧 T 38.0 人清楚"], _adult(60, "male")).level is U
    assert assess(["肝硬化 60岁男 来开药 没有不舒服"], _adult(60, "male")).level is N


def test_pain_through_to_the_back_needs_vomiting_for_pancreatitis():
    back = ["40F pain top of stomach going thru to her back since dinner"]
    assert "possible_pancreatitis" not in [f.code for f in assess(back).red_flags]
    vomiting = [back[0] + ", vomited x2"]
    assert "possible_pancreatitis" in [f.code for f in assess(vomiting).red_flags]


def test_a_minutes_length_is_not_the_onset_even_when_over_in_a_later_message():
    texts = [
        "66M, yesterday afternoon his L arm went weak and speech slurred for abt 20 mins",
        "now completely back to normal",
    ]
    assert assess(texts, _adult(66, "male")).level is U
    # begun minutes ago and still there: an emergency
    assert assess(["66M, L arm weak and speech slurred for 20 mins"]).level is E


@pytest.mark.parametrize(
    ("text", "hours"),
    [("十来天前右手麻了", 240.0), ("头痛三来天", 72.0)],
)
def test_shi_lai_tian_is_about_ten_days(text, hours):
    assert max(h for _c, h in extract_facts(text).durations) == hours


def test_a_positive_hallpike_explains_its_nystagmus():
    bppv = [
        "62F room spins when she turns over in bed, 20-30 sec",
        "Hallpike R positive with torsional nystagmus",
    ]
    assert assess(bppv, _adult(62, "female")).level is not E
    central = ["62F room spins since this morning", "nystagmus, can't walk straight"]
    assert assess(central, _adult(62, "female")).level is E


def test_foot_drop_over_days_with_sciatica_is_same_day_but_a_sudden_one_is_a_stroke():
    root = ["48岁男 腰腿痛两个礼拜", "这三天右脚抬不起来 走路拖脚"]
    assert assess(root, _adult(48, "male")).level is U
    assert (
        assess(["48岁男 腰腿痛两个礼拜", "今天早上突然右腿没劲 走不了"], _adult(48, "male")).level
        is E
    )


def test_third_nerve_palsy_needs_more_than_a_drooping_lid():
    assert assess(["50岁女 头痛两天 右眼皮耷拉下来 看东西重影"], _adult(50, "female")).level is E
    assert assess(["50岁女 头痛两天 右眼皮耷拉下来"], _adult(50, "female")).level is not E


def test_bell_and_ramsay_hunt_are_same_day_but_a_droop_with_a_weak_arm_is_a_stroke():
    bell = ["38岁女 今早发现嘴歪了 左边", "左眼闭不紧 抬眉毛左边额头没皱纹"]
    assert assess(bell, _adult(38, "female")).level is U
    hunt = ["60岁男 右耳朵痛了三天 今天右边脸歪了", "耳朵眼里有一串小水泡"]
    assert assess(hunt, _adult(60, "male")).level is U
    assert assess([*bell, "左手也没劲"], _adult(38, "female")).level is E


def test_guillain_barre_before_it_climbs():
    early = ["42岁男 两个礼拜前拉过肚子 这三四天脚底麻", "今天上楼要扶栏杆 手指头也麻了"]
    assert assess(early, _adult(42, "male")).level is U
    assert assess([*early, "现在喘不上气"], _adult(42, "male")).level is E
    # tingling hands and weak legs for months: not this
    assert assess(["手脚发麻两年了 腿没劲 糖尿病"], _adult(60, "male")).level is not U


def test_secondary_headache_features():
    icp = ["26岁女 头痛一个礼拜了 一天比一天重", "早上起来最痛 咳嗽用力更痛 吐过两次"]
    assert assess(icp, _adult(26, "female")).level is U
    warfarin = ["75岁 女 一直吃华法林", "两天前开始头痛 跟平时的不一样"]
    assert assess(warfarin, _adult(75, "female")).level is U
    assert assess(["30岁女 头痛 跟平时偏头痛一样 吃药好了"], _adult(30, "female")).level is not U


def test_a_headache_weeks_after_a_fall_in_an_older_person():
    texts = ["大爷 半个月前摔过一跤 当时没什么事", "这几天老说头痛"]
    assert assess(texts, _adult(82, "male")).level is U
    assert assess(texts, _adult(40, "male")).level is not U


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("头突然剧痛", E),  # the onset and degree inside the pain's words: thunderclap
        ("52岁男 阴囊突然剧痛两个小时", E),
        ("肚子有点痛 能吃能喝", Level.SELF_CARE),
    ],
)
def test_a_pain_told_with_its_own_onset_or_degree(text, level):
    assert assess([text], _adult(52, "male")).level is level


def test_not_that_kind_of_pain_is_denied():
    assert _status("不是那种上腹部剧痛 没有头痛眼花", "abdominal_pain") == "absent"


def test_zuo_tong_is_pain_with_its_degree():
    pregnant = PatientContext(age_days=28 * 365, sex="female", pregnant=True)
    assert _status("小腹隐隐作痛两天", "abdominal_pain") == "present"
    assert "abdominal_pain" in extract_facts("小腹隐隐作痛两天").mild
    # severe pain with bleeding at 10 weeks: an emergency (it had been read as bleeding only)
    assert assess(["孕10周 小腹剧烈作痛 见红"], pregnant).level is E


def test_a_band_like_back_pain_in_cancer():
    texts = ["63岁女 乳腺癌术后5年 最近一个月背痛", "像一圈带子勒着"]
    assert assess(texts, _adult(63, "female")).level is U
