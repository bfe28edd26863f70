# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighth held-out round (2026-12-06, at commit c6b9653: two reviewers, 120 cases from the
guidelines on topics the earlier rounds covered least: farm and occupational injuries, eye
and ENT, kidney and endocrine emergencies, older people, travel and tropical infections,
folk-remedy harms, women's health and children; one in Chinese village wording, one in
English shorthand). Before these fixes the rules found 20 of 30 and 20 of 30 emergencies and
sent 0 of 15 and 2 of 15 must-not cases to emergency. The cases below are those it missed and
the fixes now pass; each fails without them. New rules with their sources: adrenal crisis on
long-term steroids, rabies (fear of water after a bite), a long lie on the floor, dengue
warning signs, ovarian torsion with a known cyst, orbital cellulitis; both legs weak and numb
after a fall is a cord injury without back pain told. Readings: 血压七十 四十 (a space after a
Chinese numeral is kept), 口子很深, 血是喷的, 扣子电池, 鱼胆, 两回没去透, 光哼哼, 着起来了, 声音哑了,
"rainbow circle around lamp", "eye pushed forward", "nose bleeding", "R leg short and turned
out", "cannot count to 10 in one breath", "belly hard", "RLQ tender", "R lower abd pain",
"mother worried 2yo swallowed", "found all 4 batteries", "her husband had stroke"."""

import pytest

from triage.rules import Level, PatientContext, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "油锯砍树 锯子弹回来 拉到大腿了 口子很深 血是喷的 裤子全湿了",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="e-E03",
        ),  # WHO BEC 2018, Trauma module: arterial bleeding, direct pressure/tourniquet and urgent transfer
        pytest.param(
            [
                "两岁娃 把遥控器里那种扣子电池吞了",
                "现在流口水 不肯吃东西",
            ],
            _patient(730, "female", (), pregnant=None),
            id="e-E07",
        ),  # NICE CKS/NHS England Patient Safety Alert 2014 button batteries; 儿童纽扣电池误食专家共识: immediate transfer
        pytest.param(
            [
                "透析的病人 这礼拜家里有事 两回没去透",
                "现在说浑身没劲 心慌 心跳慢 腿软站不住",
            ],
            _patient(21170, "male", ("尿毒症", "慢性肾脏病"), pregnant=None),
            id="e-E09",
        ),  # KDIGO 2012 AKI/CKD; 慢性肾脏病基层诊疗指南(2019): missed dialysis with suspected hyperkalaemia
        pytest.param(
            [
                "他吃强的松好几年了 上礼拜药吃完没去拿",
                "今天一直吐 肚子痛 血压七十 四十 人软趴趴的",
            ],
            _patient(21900, "male", ("类风湿关节炎",), pregnant=None),
            id="e-E12",
        ),  # Endocrine Society Clinical Practice Guideline Primary Adrenal Insufficiency 2016: adrenal crisis; 糖皮质激素类药物临床应用指导原则(2011)
        pytest.param(
            [
                "老汉在家摔了 一个人趴地上一宿才被发现",
                "现在腿疼起不来 尿是酱油色的",
            ],
            _patient(29930, "male", (), pregnant=None),
            id="e-E14",
        ),  # NICE CG161 Falls 2013 (long lie); KDIGO 2012 AKI — rhabdomyolysis
        pytest.param(
            [
                "老太太三天没吃没喝了 今天叫她光哼哼 眼睛睁不开 一天没尿",
            ],
            _patient(31390, "female", ("老年痴呆",), pregnant=None),
            id="e-E15",
        ),  # WHO ICOPE 2019; NICE CG103 Delirium 2023: reduced consciousness with dehydration/oliguria
        pytest.param(
            [
                "两个月前被野狗咬过手 当时没打针",
                "这两天怕水 见水就喉咙抽 怕风 烦躁",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="e-E18",
        ),  # 狂犬病诊疗规范/ WHO Rabies fact sheet 2024: clinical rabies (hydrophobia, aerophobia)
        pytest.param(
            [
                "用酒精拔火罐 火苗燎到衣服上 着起来了 后背连两条胳膊都烧了 起大泡 说话声音哑了",
            ],
            _patient(17155, "female", (), pregnant=False),
            id="e-E23",
        ),  # WHO Burns fact sheet 2023; WHO BEC 2018 burns: large TBSA and inhalation injury
        pytest.param(
            [
                "前天听说生吃鱼胆明目 吞了两个草鱼胆",
                "上吐下泻 今天眼睛发黄 一天就尿了一点点",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="e-E24",
        ),  # 急性中毒诊断与治疗中国专家共识(2016): 鱼胆中毒致急性肾损伤和肝损伤
        pytest.param(
            [
                "摘核桃从树上掉下来 背先着地 两条腿动不了 也没感觉 尿也憋不住",
            ],
            _patient(14965, "male", (), pregnant=None),
            id="e-E30",
        ),  # NICE NG41 Spinal injury 2016: neurological deficit after high-energy fall — immobilise and transfer
        pytest.param(
            [
                "68yo lady c/o R eye very pain and headache since last night, N/V x3",
                "she say see rainbow circle around lamp. R eye red, cornea cloudy, pupil mid size not react, VA R count fingers only",
            ],
            _patient(24837, "female", ("hypertension",), pregnant=False),
            id="f-E01",
        ),  # European Glaucoma Society Terminology and Guidelines 5th ed, 2020, acute angle closure; NICE CKS Glaucoma 2022
        pytest.param(
            [
                "6yo boy L eye swelling x2/7 after 感冒, T 38.9. now eye pushed forward, cannot look to side, pain when move eye, mum think vision blur",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="f-E02",
        ),  # NICE CKS Cellulitis - acute, 2023, orbital cellulitis red flags; RCOphth
        pytest.param(
            [
                "3yo girl, mum say she push small round flat battery from toy into R nostril ~1h ago. cannot see it clear, black-brown discharge from nose, crying",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="f-E04",
        ),  # ENT UK / NHS England Patient Safety Alert on button batteries, 2019-2020, nasal/aural button battery = emergency removal
        pytest.param(
            [
                "78M PMHx AF on warfarin, nose bleeding 40 min, pinch not stop",
                "spitting clots, pale and 头晕, BP 92/55 HR 118, INR last week 3.8",
            ],
            _patient(28490, "male", ("atrial fibrillation",), pregnant=None),
            id="f-E05",
        ),  # NICE CKS Epistaxis, 2024, admission if haemodynamically unstable / bleeding not controlled
        pytest.param(
            [
                "88M lives alone, neighbour found him on floor this morning, lying there all night. cannot stand, R leg short and turned out, urine dark like tea, confused",
            ],
            _patient(32142, "male", (), pregnant=None),
            id="f-E12",
        ),  # NICE CG124 Hip fracture, 2011 (updated 2023); NICE CG161 Falls in older people
        pytest.param(
            [
                "36F tingling feet then legs weak x3/7, had diarrhoea 2 weeks ago",
                "now can't climb stairs, hands weak, SOB when lying flat, cannot count to 10 in one breath",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="f-E17",
        ),  # 中国吉兰-巴雷综合征诊治指南 2019 (Chinese Guidelines for GBS), respiratory involvement
        pytest.param(
            [
                "24F Guangzhou, 发烧 x4/7, dengue NS1 positive, fever down today. but now severe abd pain, vomited 5 times, gum bleeding, very lethargic",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="f-E20",
        ),  # WHO Dengue guidelines for diagnosis, treatment, prevention and control, 2009, warning signs; 中国登革热诊疗指南 2024
        pytest.param(
            [
                "19F sudden severe R lower abd pain 3h, vomiting, can't stand straight. known 6cm R ovarian cyst on US last month, UPT negative",
            ],
            _patient(6940, "female", (), pregnant=False),
            id="f-E22",
        ),  # RCOG Green-top Guideline No.62 Ovarian masses in premenopausal women, 2011; NICE CKS ovarian torsion
        pytest.param(
            [
                "3yo boy vomiting, not eat since yesterday, T 38.5",
                "cry when car go over bumps, won't walk, belly hard, RLQ tender",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="f-E27",
        ),  # NICE CKS Appendicitis, 2022, immediate admission
    ],
)
def test_emergency_is_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "52F her husband had stroke last week, now in hospital",
                "she herself no symptoms, c/o poor sleep and worry",
            ],
            _patient(18993, "female", (), pregnant=False),
            id="f-N04",
        ),  # NICE CKS Insomnia, 2022
        pytest.param(
            [
                "mother worried 2yo swallowed button battery",
                "later she found all 4 batteries in drawer, child eating normal, no drooling, no cough",
            ],
            _patient(730, "male", (), pregnant=None),
            id="f-N08",
        ),  # NHS England Patient Safety Alert button batteries, 2019
    ],
)
def test_look_alike_is_not_an_emergency(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is not E


# --- guards -------------------------------------------------------------------------------

ADULT = PatientContext(age_days=50 * 365, sex="male")


def test_a_space_after_a_chinese_numeral_separates_two_numbers():
    assert assess(["血压七十 四十，人软"], ADULT).facts.vitals.sbp == 70
    # words typed with a space between them are still read as one ("说话 不清楚")
    assert assess(["说话 不清楚"], ADULT).level is E


def test_steroids_alone_and_water_alone_are_not_emergencies():
    assert assess(["吃强的松三年了，来拿药，没有不舒服"], ADULT).level is not E
    assert (
        assess(["孩子怕水，不敢学游泳"], PatientContext(age_days=8 * 365, sex="male")).level
        is not E
    )
    # 怕风 is also a cold's aversion to wind (恶风), so it is not read as rabies
    assert assess(["上个月被猫抓了一下", "这两天感冒，发热怕风"], ADULT).level is not E


def test_a_parent_sure_of_a_swallowed_battery_is_still_an_emergency():
    child = PatientContext(age_days=2 * 365, sex="female")
    assert assess(["mum saw 2yo swallow a button battery", "found the packet"], child).level is E
