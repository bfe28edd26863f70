# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A tenth held-out round (2026-12-06, at commit efed369: two reviewers, 120 cases from the
guidelines on newborns, infants, older people told atypically, adult belly emergencies and
metabolic emergencies; one set in Chinese village wording, one in English shorthand). Before
these fixes the rules found 25 of 30 and 27 of 30 emergencies, graded 5 of 15 and 7 of 15
same-day cases exactly, and sent none of the look-alikes to emergency. The cases below are
those it missed and the fixes now pass; each fails without them.

The misses were wordings of signs the rules already had (叫不大醒, 眼窝陷得老深, 好几秒才平,
喂水也不会喝了, 吐的黄绿色, 跟板子似的, "dark green like spinach water", "dark red jelly stuff",
"cant push it back", "no wind", "shoots across the room", "poo ... like chalk"), a breathing rate
told as 呼吸一分钟五十二, a choking infant told by what she put in her mouth and the back blows, and
one new rule (a sore throat or fever on an antithyroid drug, MHRA 2019). Two readings changed
with them: a Chinese form that states a lack itself (不能喝水, 尿不出来, 屁也不放) is no longer taken
back by a negation earlier in the list (没发烧 不能喝水 had read as "drinks"); and a baby's age in
months opening a message (十个月 拉稀两天) is not the diarrhoea's duration."""

import pytest

from triage.rules import Level, PatientContext, assess, extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT
ADULT = PatientContext(age_days=40 * 365, sex="female")


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "十个月 拉稀两天 一天十好几次水样的 还吐",
                "现在叫不大醒 眼窝陷得老深 哭没眼泪",
                "捏起肚皮松手 好几秒才平",
                "喂水也不会喝了",
            ],
            _patient(300, "male", (), pregnant=None),
            id="z10-E10",
        ),  # WHO IMCI chart booklet, assess diarrhoea: lethargic/unconscious, sunken eyes, not able to drink, skin pinch goes back very slowly = severe dehydration, Plan C/urgent referral
        pytest.param(
            [
                "十一个月 刚抓了颗花生米塞嘴里了",
                "咳了两下就没声了 哭不出来 小脸憋得发紫",
                "拍背拍了几下还没出来",
            ],
            _patient(330, "female", (), pregnant=None),
            id="z10-E13",
        ),  # European Resuscitation Council / AHA paediatric basic life support 2021: foreign body airway obstruction with ineffective cough = back blows and chest thrusts, call emergency services immediately
        pytest.param(
            [
                "68岁大娘 肚子胀疼两天了 一阵一阵绞着疼",
                "吐了好几回 后来吐的黄绿色 有臭味",
                "两天没解大便 屁也不放",
                "以前开过刀 割过胆",
            ],
            _patient(24820, "female", ("previous abdominal surgery",), pregnant=False),
            id="z10-E20",
        ),  # 基层诊疗指南 急腹症 / 中国肠梗阻诊治专家共识: colicky pain, vomiting (faeculent), distension and absolute constipation after prior surgery = adhesive bowel obstruction, emergency referral
        pytest.param(
            [
                "50岁男的 老胃病了 今天中午上腹突然一下剧痛 跟刀割一样",
                "疼得不敢动 蜷在床上 一动更疼",
                "肚子摸着硬得跟板子似的",
                "心跳110 血压100/65",
            ],
            _patient(18250, "male", ("peptic ulcer",), pregnant=None),
            id="z10-E21",
        ),  # 基层诊疗指南 消化性溃疡 (complications) / WSES guidelines on perforated peptic ulcer: sudden severe epigastric pain with board-like rigidity = perforation, emergency surgery
        pytest.param(
            [
                "32岁小伙子 昨晚吃了一大碗面还有甜点 早上起来俩腿动不了",
                "胳膊也抬不起来 说话倒是清楚",
                "说心里扑通扑通乱跳 喘气有点费劲",
                "以前也犯过一回轻的 说是缺钾",
            ],
            _patient(11680, "male", (), pregnant=None),
            id="z10-E30",
        ),  # 基层诊疗指南 低钾血症 / 周期性瘫痪: acute flaccid paralysis with palpitations and respiratory difficulty = severe hypokalaemia risk of arrhythmia and respiratory failure, emergency IV potassium and ECG monitoring
        pytest.param(
            [
                "5/7 old girl vomiting since 4am",
                "vomit colour is dark green like spinach water, x4 now",
                "tummy looks fuller than yday, passed meconium day 1",
            ],
            _patient(5, "female", (), pregnant=False),
            id="e10-E03",
        ),  # NICE NG1 GORD in children 1.1 red flags (bile-stained vomit = possible intestinal obstruction); RCPCH/APLS neonatal surgical emergencies
        pytest.param(
            [
                "9 mo boy, bouts of screaming n drawing knees up every 15-20 min since lunch",
                "between bouts pale n quiet, vomited x3",
                "latest nappy has dark red jelly stuff with mucus",
            ],
            _patient(270, "male", (), pregnant=False),
            id="e10-E07",
        ),  # APLS/RCPCH acute abdomen in infants (suspected intussusception = emergency surgical referral); NICE CKS Gastroenteritis red flags (blood in stool)
        pytest.param(
            [
                "80F lump R groin for years, used to go back in, since yday hard and very tender, cant push it back",
                "vomiting x5 now, tummy bloated, no wind since last night",
                "HR 110",
            ],
            _patient(29200, "female", (), pregnant=False),
            id="e10-E20",
        ),  # HerniaSurge International guidelines for groin hernia 2018 (incarcerated/strangulated hernia: emergency surgery); NICE CKS
    ],
)
def test_round10_emergencies_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "三天的娃 黄得比昨天明显 脸 胸口 肚子 黄到大腿了",
                "手心脚心还不黄",
                "吃奶一天十来回 嘬得有劲 一天湿六七块尿布 哭声响亮",
            ],
            _patient(3, "male", (), pregnant=None),
            id="z10-U01",
        ),  # NICE CG98 Neonatal jaundice, 1.2: in babies >24 h with visible jaundice, measure bilirubin within 6 hours; jaundice spreading to thighs warrants same-day bilirubin check
        pytest.param(
            [
                "宝宝三周多了 身上还是黄 一直没退",
                "大便颜色越来越浅 今天是那种灰白的 跟陶土似的",
                "小便深黄 尿布都给染黄了",
                "吃奶精神头倒还行",
            ],
            _patient(23, "female", (), pregnant=None),
            id="z10-U02",
        ),  # NICE CG98 Neonatal jaundice, 1.2 prolonged jaundice: jaundice beyond 14 days with pale chalky stools and dark urine = urgent referral to paediatric hepatology (biliary atresia)
        pytest.param(
            [
                "4个月 鼻子堵 咳嗽 第三天了",
                "吃奶比平常少些 估摸也就平常的三分之二",
                "呼吸一分钟五十二 没凹进去 嘴唇红红的 没憋过气",
                "体温37度8 尿比平时少点",
            ],
            _patient(120, "female", (), pregnant=None),
            id="z10-U05",
        ),  # NICE NG9 Bronchiolitis, 1.3.2: feeding 50–75% of usual with mild tachypnoea and no red flags = consider referral, same-day assessment
        pytest.param(
            [
                "day 4 bb boy, only breastfed, weighed today 2.88kg, birth wt 3.24",
                "mum feels milk not come in properly, 2-3 wet nappies today, stool still darkish",
                "baby alert, roots n sucks, T 36.9, mild yellow on face only",
            ],
            _patient(4, "male", (), pregnant=False),
            id="e10-U01",
        ),  # NICE NG194 Postnatal care 1.4 (weight loss >10% of birthweight: clinical and feeding assessment, consider referral)
        pytest.param(
            [
                "baby girl 18 days old, term, still yellow",
                "poo getting pale nearly white like chalk last few days, wee dark n stains the nappy",
                "otherwise feeding good, gaining wt, alert",
            ],
            _patient(18, "female", (), pregnant=False),
            id="e10-U03",
        ),  # NICE CG98 Neonatal jaundice 1.3 prolonged jaundice (pale chalky stools/dark urine, conjugated bilirubin); NICE CKS Jaundice in the newborn
        pytest.param(
            [
                "5 wk old boy vomits after nearly every feed x3 days, it shoots across the room",
                "milky vomit not green, right after he wants feed again, hungry",
                "still 5 wet nappies today, alert, wt not going up",
            ],
            _patient(35, "male", (), pregnant=False),
            id="e10-U04",
        ),  # NICE CKS (suspected pyloric stenosis: same-day paediatric surgical referral); NICE NG1 1.1 red flags (projectile vomiting in first 2 months)
        pytest.param(
            [
                "38 F on methimazole 甲巯咪唑 started 6 wks ago for Graves",
                "sore throat n fever T 38.5 since yday, ulcers in mouth",
                "HR 96 BP 120/70, looks ok, eating",
            ],
            _patient(13870, "female", ("hyperthyroidism",), pregnant=False),
            id="e10-U14",
        ),  # BNF/MHRA: carbimazole and thiamazole - report sore throat, mouth ulcers or fever; stop drug and check FBC immediately (agranulocytosis); ATA 2016
    ],
)
def test_round10_same_day_cases_graded_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        # A form that states a lack keeps it after an earlier negation in the list...
        ("没发烧 不能喝水", "unable_to_drink", "present"),
        ("没有发烧 尿不出来", "urinary_retention", "present"),
        ("没拉肚子 没放屁", "no_flatus", "present"),
        ("两天没解大便 屁也不放", "no_flatus", "present"),
        # ...but a cue right before it still negates it.
        ("没有肢体无力", "unilateral_weakness", "absent"),
        ("无肢体无力", "unilateral_weakness", "absent"),
        ("腿不麻不无力", "fatigue", "absent"),
        ("不口干不尿多", "polyuria", "absent"),
    ],
)
def test_a_form_that_states_a_lack_is_not_taken_back_by_an_earlier_negation(
    text: str, code: str, status: str
) -> None:
    assert dict(extract_facts(text).findings).get(code) == status


def test_not_passing_much_urine_is_not_reduced_urine() -> None:
    assert "reduced_urine" not in dict(extract_facts("不口干不尿多 人好好的").findings)


@pytest.mark.parametrize(
    ("text", "code", "hours"),
    [
        ("十个月 拉稀两天", "diarrhoea", 48.0),
        ("十个月男娃 今天发烧", "fever", 6.0),
        # A duration in months after the symptom, or said to be one, stays a duration.
        ("咳嗽4个月", "cough", 4 * 730.0),
        ("3个月来一直咳嗽", "cough", 3 * 730.0),
        ("两个月了 还在咳", "cough", 2 * 730.0),
    ],
)
def test_a_babys_age_opening_a_message_is_not_a_duration(
    text: str, code: str, hours: float
) -> None:
    assert dict(extract_facts(text).durations).get(code) == hours


def test_a_breathing_rate_counted_per_minute_in_chinese_numerals_is_read() -> None:
    assert extract_facts("呼吸一分钟五十二 没凹进去").vitals.rr == 52


@pytest.mark.parametrize(
    ("texts", "absent"),
    [
        # Something put in the mouth by a child who cries and laughs is not choking.
        (["把糖塞嘴里了 吃得好好的 会哭会笑"], "airway_obstruction"),
        (["把糖塞嘴里了 吃得好好的 会哭会笑"], "airway_foreign_body"),
        # An antithyroid drug without a sore throat or fever.
        (["吃甲巯咪唑两个月 手抖好些了 不发烧 嗓子不疼"], "antithyroid_agranulocytosis"),
    ],
)
def test_look_alikes_of_the_new_readings_do_not_fire(texts: list[str], absent: str) -> None:
    patient = PatientContext(age_days=2 * 365) if "糖" in texts[0] else ADULT
    assert absent not in {flag.code for flag in assess(texts, patient).red_flags}
