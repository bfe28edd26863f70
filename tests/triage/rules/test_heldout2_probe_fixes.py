"""Danger signs a second round of held-out probes showed were missed (2026-12-06: two
reviewers wrote about 190 cases from the guidelines without seeing the rules or the tests; the
rules found 46 of 60 emergencies in the Chinese set and 52 of 64 in the English one, and sent 3
of 15 and 5 of 17 must-not cases to emergency). Causes: "没有呼吸困难" read as "没有呼吸" (no
breathing); return precautions ("如果出现胸痛就打120"), a relative's illness ("her dad had a
stroke") and an episode dated in childhood or years back read as today's; a reported question
("asked re chest pain - none") and an answer after a dash ("SOB - no") not read; village words
(心口窝, 上腹不得劲, 撕着疼, 眼窝子, 回去老慢, 喝不动, 感觉不到娃动, 血哗哗, 磕着头, 生完十天,
看灯周围一圈彩虹, 眼珠子通红, 头疼吐); an overdose told by its count (一整板, "24 paracetamol");
a reaction to an injection told over three messages; a burn over several named parts; and no
rule for a ruptured aortic aneurysm or a hip fracture. Each wording fails without its change;
the look-alikes guard the other way."""

import pytest

from triage.rules import Level, PatientContext, assess

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE


def _patient(years: float, sex: str, *conditions: str, pregnant: bool | None = None):
    return PatientContext(
        age_days=int(years * 365), sex=sex, chronic_conditions=conditions, pregnant=pregnant
    )


def _assessed(texts: list[str], patient: PatientContext) -> tuple[Level, set[str]]:
    assessment = assess(texts, patient)
    return assessment.level, {f.code for f in assessment.red_flags}


@pytest.mark.parametrize(
    ("texts", "patient", "code"),
    [
        # chest pain and its look-alikes, ESC 2023 ACS / 胸痛基层诊疗指南 2019
        (
            ["老汉六十八了，心口窝压着疼，跟石头压着一样，半个钟头了还不好，一身冷汗"],
            _patient(68, "male"),
            "acs_chest_pain",
        ),
        (
            ["糖尿病老太太说上腹不得劲，恶心想吐，浑身没劲，出虚汗，心跳一百一"],
            _patient(74, "female", "糖尿病"),
            "acs_atypical",
        ),
        (
            [
                "82yo F c/o feeling 'off' since this am, nauseous, clammy/sweaty and a bit SOB. "
                "no chest pain. hx T2DM, HTN"
            ],
            _patient(82, "female", "type 2 diabetes"),
            "acs_atypical",
        ),
        (
            ["突然前胸后背撕着疼，跟刀割一样窜到后腰，血压一百九/一百一"],
            _patient(61, "male", "高血压"),
            "aortic_dissection",
        ),
        # NICE NG156: abdominal or back pain with collapse
        (
            ["七十岁老头突然肚子连着后腰剧痛，血压九十/六十，脸色苍白"],
            _patient(70, "male"),
            "possible_ruptured_aaa",
        ),
        # overdose told by its count (中国急性中毒诊治专家共识 2016; TOXBASE paracetamol)
        (
            ["吃了一整板安眠药，艾司唑仑，二十几片，现在有点迷糊"],
            _patient(42, "female"),
            "poisoning",
        ),
        (
            ["17yo took 24 paracetamol 500mg about 3 hrs ago after row with bf, feels ok"],
            _patient(17, "female"),
            "poisoning",
        ),
        # WAO 2020: the reaction to an injection told over three messages
        (
            ["刚给打了一针克林霉素", "病人说心慌，浑身痒", "现在脸色发白，叫他反应慢了"],
            _patient(29, "female"),
            "anaphylaxis",
        ),
        # RCUK 2021: a swollen tongue with difficulty speaking threatens the airway
        (
            [
                "started on ramipril last week, woke up with tongue massively swollen, "
                "struggling to talk"
            ],
            _patient(63, "male"),
            "angioedema_airway",
        ),
        # BAD 2016 SJS/TEN
        (
            [
                "45F started lamotrigine 3 wks ago",
                "now fever, sore mouth with ulcers, peeling blistering skin on chest, "
                "eyes red and gritty",
            ],
            _patient(45, "female"),
            "possible_sjs_ten",
        ),
        # WHO IMCI 2014 severe dehydration in village words
        (
            ["一岁娃拉肚子三天，眼窝子陷下去了，哭没眼泪，捏起肚皮回去老慢，喂水都喝不动"],
            _patient(1, "male"),
            "child_severe_dehydration",
        ),
        # pregnancy and after the birth (RCOG GTG 57; WHO PPH 2012; NICE NG133)
        (
            ["怀孕九个月了，从昨天晚上到现在一直感觉不到娃动"],
            _patient(25, "female", pregnant=True),
            None,
        ),
        (["生完孩子半个钟头，血哗哗地往外流，床单都湿透了，人发晕"], _patient(30, "female"), None),
        (["生完十天了，头疼得厉害，量血压一百七/一百一十"], _patient(32, "female"), None),
        # NICE NG232: a head injury on warfarin with headache and vomiting
        (
            ["老头吃华法林的，早上摔了一跤磕着头了，现在说头疼，吐了一回"],
            _patient(77, "male"),
            "head_injury_red_flags",
        ),
        # ISBI 2016 rule of nines: chest, belly and both arms scalded in a toddler
        (
            ["两岁娃打翻了开水，前胸肚子两条胳膊都烫了，起了大水泡"],
            _patient(2, "female"),
            "major_burn",
        ),
        (["scalded chest, tummy and both arms with hot tea"], _patient(2, "female"), "major_burn"),
        # NICE CKS Glaucoma
        (
            ["眼睛胀疼得厉害，看灯周围一圈彩虹，头疼吐，眼珠子通红"],
            _patient(62, "female"),
            "acute_angle_closure_glaucoma",
        ),
        # NICE CG124: a shortened, turned-out leg after a fall
        (
            [
                "84F fell at home last night, cant weight bear on R leg, leg looks shorter and "
                "turned out, v painful"
            ],
            _patient(84, "female"),
            "possible_hip_fracture",
        ),
        # GIRFT 2023 cauda equina, the back pain written LBP
        (
            [
                "LBP 2 wks after lifting",
                "now both legs weak and tingling",
                "also wet herself w/o noticing last night",
            ],
            _patient(39, "female"),
            "cauda_equina",
        ),
        # NICE CKS scrotal pain
        (
            ["14yo boy sudden severe pain L testicle woke him from sleep 1h ago, vomiting"],
            _patient(14, "male"),
            "testicular_torsion",
        ),
        (
            [
                "16 yo c/o tummy pain and feeling sick since 6am",
                "when asked he says his right ball is really sore and swollen too",
            ],
            _patient(16, "male"),
            "testicular_torsion",
        ),
        # NICE NG225: a plan told without the word suicide
        (
            [
                "22yo F low mood for months",
                "says she has written goodbye notes and knows where she'd jump from",
                "going to do it this weekend",
            ],
            _patient(22, "female"),
            None,
        ),
        # NICE CKS carbon monoxide: a household with an old boiler
        (
            [
                "whole family got headaches and feeling sick since the weather turned cold",
                "worse at home, better when they go out",
                "old gas boiler, dog also lethargic",
            ],
            _patient(36, "female"),
            None,
        ),
        # NICE NG143: fever with a rash that does not fade when pressed
        (["小孩 4岁 发烧, 身上有紫色的点点 压了不褪色"], _patient(4, "male"), None),
    ],
)
def test_missed_emergency_is_found(texts: list[str], patient: PatientContext, code: str | None):
    level, codes = _assessed(texts, patient)
    assert level is E, codes
    if code is not None:
        assert code in codes


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        (["咳嗽 流鼻涕 3 days, 没有发烧, 没有呼吸困难, 吃喝正常"], _patient(30, "female")),
        (["记得提醒病人：如果出现胸痛、喘不上气、人迷糊就赶紧打120"], _patient(70, "male")),
        (["advised: if any chest pain or SOB call 120"], _patient(70, "male")),
        (
            [
                "pt 45M wants sick note, strained back lifting boxes",
                "asked re chest pain - none. SOB - no. numbness in saddle area - no. "
                "bladder/bowels normal",
            ],
            _patient(45, "male"),
        ),
        (
            [
                "her dad had a stroke last yr, she's worried about her own headaches - tension "
                "type, band like, worse with stress, no weakness no visual probs"
            ],
            _patient(40, "female"),
        ),
        (["他爸爸得过脑梗，他自己头晕两天"], _patient(50, "male")),
        (
            ["20 m/o, had a febrile convulsion at 8 months old", "now well, here for vaccines"],
            _patient(1.7, "female"),
        ),
        (
            [
                "had suicidal thoughts 3 yrs ago, now on sertraline and mood good, denies any "
                "thoughts of self harm"
            ],
            _patient(33, "male"),
        ),
        (
            [
                "14yo boy dull ache L testicle on and off for 2 months, no swelling, no sudden "
                "pain, no vomiting"
            ],
            _patient(14, "male"),
        ),
        (["烫到手了，胸口不疼，肚子不疼，腿好好的"], _patient(2, "female")),
        (["肚子连着后腰疼两天，能吃能喝"], _patient(70, "male")),
        (["Took paracetamol an hour ago for fever, cough, short of breath"], _patient(30, "male")),
        (["took 10 mg morphine for the pain, now comfortable"], _patient(60, "male")),
    ],
)
def test_look_alike_is_not_an_emergency(texts: list[str], patient: PatientContext) -> None:
    level, codes = _assessed(texts, patient)
    assert level is not E, codes


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["孩子没有呼吸了，嘴唇发紫"], None),
        (["他说如果走快了就胸痛，今天坐着也痛"], "acs_chest_pain"),
        (["her dad says she collapsed and is not responding"], "unconscious"),
        (["if she gets worse bring her back; now fitting for 5 min"], "seizure"),
    ],
)
def test_the_guards_do_not_hide_a_present_sign(texts: list[str], code: str | None) -> None:
    level, codes = _assessed(texts, _patient(70, "male"))
    assert level is E
    if code is not None:
        assert code in codes


def test_speechless_with_a_swollen_tongue_is_not_labelled_a_stroke() -> None:
    _level, codes = _assessed(["舌头肿得说不出话"], _patient(60, "male"))
    assert "angioedema_airway" in codes
    assert "stroke_befast" not in codes


@pytest.mark.parametrize(
    ("texts", "patient", "code"),
    [
        # NICE NG158: one swollen, tender calf
        (
            ["老汉左小腿比右边粗一圈，按着疼，肿了三天了，不憋气"],
            _patient(67, "male"),
            "possible_dvt",
        ),
        (
            ["58M red swollen painful L calf 2 days", "no SOB, no chest pain"],
            _patient(58, "male"),
            "possible_dvt",
        ),
        # BSR 2020 giant cell arteritis
        (
            [
                "72M new headache 3 weeks, tender scalp over temples, jaw aches when chewing, "
                "no visual symptoms"
            ],
            _patient(72, "male"),
            "possible_giant_cell_arteritis",
        ),
        # NICE NG141: spreading cellulitis
        (
            ["68F cellulitis lower leg spreading, red hot swollen, temp 37.8, otherwise well"],
            _patient(68, "female"),
            None,
        ),
        # BTS/SIGN 2019: an asthma attack told by the reliever
        (
            [
                "40M asthma worse 2 days, using blue inhaler 4-hourly, PEF 65% best, speaking "
                "full sentences, sats 97%"
            ],
            _patient(40, "male"),
            "asthma_copd_exacerbation",
        ),
        # RCOG GTG 57: fewer movements after 28 weeks
        (
            ["怀孕三十周，这两天觉着胎动比以前少了，但还在动"],
            _patient(27, "female", pregnant=True),
            None,
        ),
        # NICE NG143 / CG84 amber: fewer wet nappies, sunken eyes, irritable; dry lips, less urine
        (
            [
                "2yo D&V 2 days",
                "still some wet nappies but fewer",
                "more irritable than usual and eyes look a bit sunken, HR 140",
            ],
            _patient(2, "male"),
            None,
        ),
        (["3岁 发烧 39度 两天, 喝水还可以, 尿比平时少, 嘴唇干"], _patient(3, "female"), None),
        # NICE NG143 amber, not IMCI's "unable to feed"
        (
            ["4 m/o fever 38.4, not feeding as well as usual, CRT 3s"],
            _patient(0.34, "female"),
            None,
        ),
        # NICE CKS retinal detachment: floaters and flashes are the eye's, not a stroke
        (
            [
                "50F sudden floaters and flashing lights in R eye since this morning, no "
                "curtain over vision"
            ],
            _patient(50, "female"),
            "possible_retinal_detachment",
        ),
    ],
)
def test_same_day_case_is_urgent(texts: list[str], patient: PatientContext, code: str | None):
    level, codes = _assessed(texts, patient)
    assert level is U, codes
    if code is not None:
        assert code in codes


def test_sudden_loss_of_sight_in_one_eye_stays_an_emergency() -> None:
    # A curtain over the sight with sudden loss of vision: retinal detachment or a retinal
    # artery occlusion (an eye stroke).
    level, _codes = _assessed(["一只眼突然看不见了，不疼，像拉了个帘子挡住"], _patient(66, "male"))
    assert level is E


def test_breathing_that_does_not_hurt_is_not_breathlessness() -> None:
    level, codes = _assessed(
        ["胸口疼，一按就疼，昨天搬化肥扭着了，喘气不疼，没出汗没憋气"], _patient(32, "male")
    )
    assert level is not E
    assert "breathlessness" not in codes
