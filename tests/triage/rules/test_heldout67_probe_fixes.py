# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-seventh held-out round (2026-12-07, at commit 0b6081c: two reviewers, 120 cases on the ears, nose,
throat, mouth, teeth and neck at all ages: epiglottitis and deep neck infection, quinsy, bleeding after a
tonsillectomy, nosebleeds that will not stop, button batteries and magnets in the nose or ear, a dental
infection reaching the eye, a blunt or stab injury to the neck, sudden hearing loss, mastoiditis, a septal
haematoma, a knocked-out tooth; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the
rules found 13 of 16 and only 7 of 16 emergencies (a battery or magnets in the nose or ear, epiglottitis told
as "sitting forward with her chin pushed out, saliva dripping", "soft high pitched noise on breathing in",
quinsy told as "can only open his mouth one finger" and "spitting saliva into a cup", a tooth's swelling
that closed the eye with fever, a gate bar across the front of the neck with a hoarse voice and crackling
skin, nosebleeds with dizziness on standing or running down the throat), graded 12 of 24 and 4 of 24
same-day cases exactly, and sent no look-alike to emergency.

What changed: a button battery or magnets in the nose or ear, or a battery missing from a toy or key fob, is
an emergency (ENT UK); a neck injury with a hoarse voice, blood coughed up, stridor or air crackling under the
skin (ATLS); a dental infection swollen up to the eye with a fever (SDCEP); a nosebleed with dizziness,
faintness, pallor or sweating or running down the back of the throat (NICE CKS); drooling, trismus and stridor
told in the words above and 口水顺着嘴角流. Same day: a bead, bean or foam pushed into a child's nose or ear (NICE
CKS, the battery cases excepted), a bulging soft palate or a uvula pushed across (quinsy, added to the existing
rule), sudden hearing loss told as "woke up with the ear blocked and muffled" or "lost the hearing suddenly", a
permanent tooth "came out completely", a diabetic's ear pain with discharge or night pain (necrotising
otitis externa, added to the existing rule), a septal haematoma told as a swollen lump inside the nose,
"molar pain" with a swollen cheek, "can't get fluids down". After: 16/16, 16/16; 19/24, 17/24; look-alikes
20/20, 20/20.

Kept deliberately: mastoiditis stays an emergency (r67-zh-036, r67-en-035), as do a child under 5 with a sore
throat refusing drinks with little urine (r67-zh-027, r67-en-050). Left: a sudden hearing loss told as "ear
canal and drum look normal, can't hear his phone" (r67-en-029), a fish bone felt on swallowing (r67-en-033),
a warfarin patient's three nosebleeds that stopped (r67-zh-041), a bead in the ear told without a verb the
lexicon reads (r67-en-005, r67-zh-059)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "30岁女的，上面牙痛了好几天，今天半边脸肿到眼睛",
                "眼睛肿得睁不开，发烧39度，头痛",
            ],
            _patient(10980, "female", (), pregnant=False),
            id="r67-zh-004",
        ),  # NICE CKS Dental abscess / SDCEP Emergency Dental Care: facial swelling from a dental infection spreading to close the eye or into the neck with fever is spreading infection, so immediate hospital admission.
        pytest.param(
            [
                "35岁男的，左边嗓子痛得要命，嘴张不大",
                "口水顺着嘴角流，喝口水就呛出来",
                "体温39.2，人没啥力气",
            ],
            _patient(12840, "male", (), pregnant=None),
            id="r67-zh-010",
        ),  # NICE CKS Sore throat - acute / Quinsy: trismus with inability to swallow saliva indicates a severe peritonsillar abscess with airway and dehydration risk, so immediate ENT admission.
        pytest.param(
            [
                "68岁老太太鼻子出血止不住，纸都用了一大包",
                "站起来就说头昏眼花，脸色煞白，出冷汗",
                "血压95/60，平时吃阿司匹林",
            ],
            _patient(24936, "female", ("coronary heart disease",), pregnant=None),
            id="r67-zh-046",
        ),  # NICE CKS Epistaxis, admission criteria: bleeding not controlled by 10-15 min of firm pressure in an older patient on an anticoagulant/antiplatelet, or with dizziness/haemodynamic compromise, needs emergency hospital transfer.
        pytest.param(
            [
                "28M sore throat getting worse 5 days, already on penicillin from the pharmacy",
                "can only open his mouth about one finger width",
                "spitting saliva into a cup because he can't swallow it, voice thick and muffled",
            ],
            _patient(10236, "male", (), pregnant=None),
            id="r67-en-008",
        ),  # NICE CKS Sore throat - acute / Quinsy: trismus with inability to swallow saliva indicates a severe peritonsillar abscess with airway and dehydration risk, so immediate ENT admission.
        pytest.param(
            [
                "11yo put two of those tiny magnetic balls up his nose, one each side, to look like a piercing",
                "they've clamped together through the middle of his nose and won't come off",
                "nose sore, a bit of bleeding, breathing ok",
            ],
            _patient(4092, "male", (), pregnant=None),
            id="r67-en-011",
        ),  # NICE CKS Foreign body in the nose / in the ear and ENT UK: a button battery (or magnets pinching the septum) causes pressure/liquefactive necrosis within hours, so emergency ENT removal now.
        pytest.param(
            [
                "2yo pushed something up his right nostril while playing with dad's car key fob",
                "the little round battery is missing from the fob, mum thinks it's up there",
                "no breathing problems but there's some blackish discharge from that side already",
            ],
            _patient(744, "male", (), pregnant=None),
            id="r67-en-014",
        ),  # NICE CKS Foreign body in the nose / in the ear and ENT UK: a button battery (or magnets pinching the septum) causes pressure/liquefactive necrosis within hours, so emergency ENT removal now.
        pytest.param(
            [
                "mum brought in 4yo girl, fever came on fast over a few hours, 39.8",
                "won't lie back, sitting forward with her chin pushed out, saliva dripping off her lip",
                "soft high pitched noise on breathing in, very quiet, not really coughing. mum not sure vaccines are up to date",
            ],
            _patient(1488, "female", (), pregnant=None),
            id="r67-en-018",
        ),  # NICE CKS Sore throat - acute, red flags/admission: drooling, muffled voice, sitting forward and stridor point to supraglottic airway obstruction, so immediate 999 transfer without examining the throat.
        pytest.param(
            [
                "34F upper left toothache for a week, just taking paracetamol",
                "today left cheek has swollen right up to the eye, eye is shut and she can't open it",
                "temp 38.9, headache, feels awful",
            ],
            _patient(12468, "female", (), pregnant=False),
            id="r67-en-021",
        ),  # NICE CKS Dental abscess / SDCEP Emergency Dental Care: facial swelling from a dental infection spreading to close the eye or into the neck with fever is spreading infection, so immediate hospital admission.
        pytest.param(
            [
                "farm worker 40M hit across the front of his neck by a swinging metal gate bar",
                "voice has gone hoarse and croaky since, hurts to swallow, coughed up a bit of blood",
                "front of neck swelling and it crackles under my fingers when I press",
            ],
            _patient(14700, "male", (), pregnant=None),
            id="r67-en-034",
        ),  # ENT UK / ATLS principles for penetrating and blunt neck injury: voice change, haemoptysis, surgical emphysema or a bubbling wound suggest laryngotracheal injury, so immediate emergency transfer.
        pytest.param(
            [
                "78M nosebleed started about an hour ago, he's on rivaroxaban for AF",
                "we've pinched the soft part firmly for 20 min twice, still pouring and running down the back of his throat",
                "BP 102/60, spitting clots",
            ],
            _patient(28476, "male", ("atrial fibrillation",), pregnant=None),
            id="r67-en-037",
        ),  # NICE CKS Epistaxis, admission criteria: bleeding not controlled by 10-15 min of firm pressure in an older patient on an anticoagulant/antiplatelet, or with dizziness/haemodynamic compromise, needs emergency hospital transfer.
        pytest.param(
            [
                "5yo girl says she put a tiny silver battery from a toy watch in her ear about an hour ago",
                "ear hurting, some watery discharge, can't see it well with the otoscope",
            ],
            _patient(1860, "female", (), pregnant=None),
            id="r67-en-041",
        ),  # NICE CKS Foreign body in the nose / in the ear and ENT UK: a button battery (or magnets pinching the septum) causes pressure/liquefactive necrosis within hours, so emergency ENT removal now.
        pytest.param(
            [
                "66F nose bleeding on and off since lunch, now heavy again",
                "says she feels dizzy and faint when she stands, looks grey and sweaty",
                "15 min of pressure not working, takes aspirin daily",
            ],
            _patient(24192, "female", ("hypertension",), pregnant=None),
            id="r67-en-059",
        ),  # NICE CKS Epistaxis, admission criteria: bleeding not controlled by 10-15 min of firm pressure in an older patient on an anticoagulant/antiplatelet, or with dizziness/haemodynamic compromise, needs emergency hospital transfer.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "29岁男的一边嗓子痛到耳朵，吞东西痛",
                "看着左边上腭鼓起一块，嘴张开没问题，不流口水",
            ],
            _patient(10608, "male", (), pregnant=None),
            id="r67-zh-002",
        ),  # NICE CKS Sore throat - acute / Quinsy: unilateral peritonsillar swelling without trismus and still swallowing saliva and fluids needs same-day ENT assessment rather than immediate airway rescue.
        pytest.param(
            [
                "4岁男娃右边鼻孔流臭脓鼻涕快一个礼拜了，就一边",
                "仔细看里面好像有块东西，家长说他老往鼻子里塞纸",
                "别的都好",
            ],
            _patient(1488, "male", (), pregnant=None),
            id="r67-zh-017",
        ),  # NICE CKS Foreign body in the nose/ear and ENT UK: an inert foreign body in a child without airway compromise should be removed by ENT the same day with proper equipment; not a battery so not an emergency.
        pytest.param(
            [
                "20岁女的嗓子痛五天，这两天右边特别痛",
                "右边扁桃体上面鼓起来，小舌头歪向左边",
                "嘴巴能张开，口水能咽，水也能喝，喘气正常",
            ],
            _patient(7440, "female", (), pregnant=False),
            id="r67-zh-018",
        ),  # NICE CKS Sore throat - acute / Quinsy: unilateral peritonsillar swelling without trismus and still swallowing saliva and fluids needs same-day ENT assessment rather than immediate airway rescue.
        pytest.param(
            [
                "70岁老爷子糖尿病打胰岛素，右耳朵痛了三个多礼拜，晚上痛得睡不着",
                "流臭水，滴了耳药水没用",
                "脸没歪",
            ],
            _patient(25680, "male", ("type 2 diabetes",), pregnant=None),
            id="r67-zh-019",
        ),  # NICE CKS Otitis externa, referral: suspected malignant (necrotising) otitis externa in an older diabetic with severe persistent pain, granulation or failed drops needs same-day ENT referral.
        pytest.param(
            [
                "24岁男的，昨晚喝酒摔了一跤脸着地",
                "今天鼻子塞得完全不通，鼻子里面软软的肿起来，痛得很",
            ],
            _patient(8928, "male", (), pregnant=None),
            id="r67-zh-020",
        ),  # NICE CKS / ENT UK nasal injury: a septal haematoma after a blow must be drained the same day to prevent abscess and cartilage collapse; airway otherwise fine.
        pytest.param(
            [
                "13岁女学生跑步摔倒，门牙整个磕掉了，半个钟头前",
                "牙用纸巾包着，有点脏",
                "没晕过，不头痛",
            ],
            _patient(4836, "female", (), pregnant=None),
            id="r67-zh-049",
        ),  # SDCEP Dental Trauma / IADT: an avulsed permanent tooth should be replanted as soon as possible (ideally within 60 min), so emergency dental care today; no other injury so not a medical emergency.
        pytest.param(
            [
                "6岁娃把一颗小珠子塞耳朵里了",
                "不痛不流血，听得见，能看到珠子在里面",
            ],
            _patient(2232, "male", (), pregnant=None),
            id="r67-zh-054",
        ),  # NICE CKS Foreign body in the nose/ear and ENT UK: an inert foreign body in a child without airway compromise should be removed by ENT the same day with proper equipment; not a battery so not an emergency.
        pytest.param(
            [
                "33M one sided throat pain going to his ear, voice a bit thick",
                "right soft palate bulging, mouth opens fine",
                "sipping water ok, not drooling",
            ],
            _patient(12096, "male", (), pregnant=None),
            id="r67-en-009",
        ),  # NICE CKS Sore throat - acute / Quinsy: unilateral peritonsillar swelling without trismus and still swallowing saliva and fluids needs same-day ENT assessment rather than immediate airway rescue.
        pytest.param(
            [
                "8yo fell off his bike yesterday, face hit the handlebar",
                "nose blocked both sides, tip really sore, red swollen lump inside when we look up",
            ],
            _patient(2976, "male", (), pregnant=None),
            id="r67-en-012",
        ),  # NICE CKS / ENT UK nasal injury: a septal haematoma after a blow must be drained the same day to prevent abscess and cartilage collapse; airway otherwise fine.
        pytest.param(
            [
                "47F woke up with the right side of her face drooping, can't close right eye fully",
                "forehead on that side won't wrinkle either",
                "arms and legs fine, speech clear, started last night",
            ],
            _patient(17304, "female", (), pregnant=False),
            id="r67-en-015",
        ),  # NICE CKS Bell's palsy: new lower motor neurone facial palsy (forehead involved) within 72 h needs same-day assessment to start prednisolone and eye protection; no stroke features.
        pytest.param(
            [
                "19F sore throat 4 days, now much worse on the left",
                "left tonsil area bulging, uvula pushed slightly right",
                "can open her mouth fully, swallowing hurts but managing drinks and spit, no drooling, breathing fine",
            ],
            _patient(7068, "female", (), pregnant=False),
            id="r67-en-016",
        ),  # NICE CKS Sore throat - acute / Quinsy: unilateral peritonsillar swelling without trismus and still swallowing saliva and fluids needs same-day ENT assessment rather than immediate airway rescue.
        pytest.param(
            [
                "72M diabetic, right ear pain for 3 weeks, worse at night, the drops haven't helped",
                "smelly discharge, some granulation tissue at the bottom of the canal",
                "no facial weakness",
            ],
            _patient(26424, "male", ("type 2 diabetes",), pregnant=None),
            id="r67-en-019",
        ),  # NICE CKS Otitis externa, referral: suspected malignant (necrotising) otitis externa in an older diabetic with severe persistent pain, granulation or failed drops needs same-day ENT referral.
        pytest.param(
            [
                "3yo girl, mum says she stuck a bead up her left nostril this morning",
                "breathing fine, playing happily, no noisy breathing",
                "tried getting her to blow, no luck, we can just see it",
            ],
            _patient(1116, "female", (), pregnant=None),
            id="r67-en-027",
        ),  # NICE CKS Foreign body in the nose/ear and ENT UK: an inert foreign body in a child without airway compromise should be removed by ENT the same day with proper equipment; not a battery so not an emergency.
        pytest.param(
            [
                "4yo boy smelly green snot from one nostril only for 5 days",
                "mum has caught him putting bits of foam in his nose",
                "otherwise well, no breathing problems",
            ],
            _patient(1488, "male", (), pregnant=None),
            id="r67-en-028",
        ),  # NICE CKS Foreign body in the nose/ear and ENT UK: an inert foreign body in a child without airway compromise should be removed by ENT the same day with proper equipment; not a battery so not an emergency.
        pytest.param(
            [
                "40M lower right molar pain 4 days, now cheek swollen",
                "opens mouth 3 fingers, swallowing fine, breathing fine, eye not affected",
                "temp 37.8",
            ],
            _patient(14700, "male", (), pregnant=None),
            id="r67-en-040",
        ),  # NICE CKS Dental abscess / SDCEP Emergency Dental Care: dental abscess with localised facial swelling but no airway, eye or neck spread and able to swallow needs same-day dental assessment for drainage.
        pytest.param(
            [
                "68F on insulin, ear discharge and severe ear pain for a month, now headache on that side",
                "canal swollen and she winces when I touch in front of the ear",
            ],
            _patient(24936, "female", ("diabetes on insulin",), pregnant=None),
            id="r67-en-051",
        ),  # NICE CKS Otitis externa, referral: suspected malignant (necrotising) otitis externa in an older diabetic with severe persistent pain, granulation or failed drops needs same-day ENT referral.
        pytest.param(
            [
                "14yo girl fell on the stairs, upper front adult tooth came out completely 30 min ago",
                "she's holding it in her mouth against her cheek",
                "no head injury, gums bleeding a bit",
            ],
            _patient(5208, "female", (), pregnant=None),
            id="r67-en-052",
        ),  # SDCEP Dental Trauma / IADT: an avulsed permanent tooth should be replanted as soon as possible (ideally within 60 min), so emergency dental care today; no other injury so not a medical emergency.
        pytest.param(
            [
                "17M tonsillitis 3 days, big tonsils with white spots, now can't get fluids down",
                "passed urine once today, dry lips",
                "mouth opens fine, not drooling, breathing fine",
            ],
            _patient(6324, "male", (), pregnant=None),
            id="r67-en-053",
        ),  # NICE CKS Sore throat - acute: tonsillitis with inability to take fluids and signs of dehydration needs same-day assessment for possible admission/IV fluids; airway not compromised.
        pytest.param(
            [
                "61F lost the hearing in her left ear suddenly this morning",
                "ringing in it, no dizziness, no headache, face and limbs normal",
                "ear looks clear, no wax",
            ],
            _patient(22332, "female", ("hypertension",), pregnant=None),
            id="r67-en-054",
        ),  # NICE CKS Hearing loss in adults / NG98: sudden unexplained hearing loss in one ear starting within the last 72 h needs same-day referral to ENT/emergency ENT for assessment and steroid consideration.
        pytest.param(
            [
                "29F throbbing upper front tooth with swollen gum and upper lip",
                "swelling stays round the lip and cheek, not near the eye, no fever",
                "eating and drinking ok",
            ],
            _patient(10608, "female", (), pregnant=False),
            id="r67-en-056",
        ),  # NICE CKS Dental abscess / SDCEP Emergency Dental Care: dental abscess with localised facial swelling but no airway, eye or neck spread and able to swallow needs same-day dental assessment for drainage.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "9岁男娃天干流鼻血，捏了5分钟就止了",
                "一个月流过两三回，身上没乌青，不吃药",
            ],
            _patient(3348, "male", (), pregnant=None),
            id="r67-zh-008",
        ),  # NICE CKS Epistaxis: recurrent minor nosebleeds in a well child that stop with pressure, no bruising or anticoagulants, can be managed routinely (e.g. antiseptic cream), so non-urgent.
        pytest.param(
            [
                "4岁男娃昨晚说耳朵痛，发烧38度",
                "右边鼓膜红，娃精神好，能吃能玩，耳朵后面不肿",
            ],
            _patient(1488, "male", (), pregnant=None),
            id="r67-zh-011",
        ),  # NICE NG91 / CKS Otitis media - acute: a systemically well child over 2 without complications usually recovers in about 3 days, so self-care with analgesia.
        pytest.param(
            [
                "30岁男的掏耳朵后感觉耳朵闷，看着是耵聍堵着",
                "不痛，没流水",
            ],
            _patient(10980, "male", (), pregnant=None),
            id="r67-zh-012",
        ),  # NICE CKS Earwax: occluding wax without pain, discharge or sudden hearing loss is treated with olive oil/bicarbonate drops at home, so self-care.
        pytest.param(
            [
                "70岁老汉耳朵嗡嗡响十来年了，一直都这样",
                "最近听力没变化，不头晕，问有没有药",
            ],
            _patient(25680, "male", (), pregnant=None),
            id="r67-zh-013",
        ),  # NICE NG155 Tinnitus: long-standing unchanged tinnitus without red flags (no sudden hearing loss, pulsatile or neurological features) is routine, so non-urgent.
        pytest.param(
            [
                "38岁女的感冒后鼻塞一个礼拜，脸颊胀胀的，流黄鼻涕",
                "不发烧，眼睛不肿，没有厉害的头痛",
            ],
            _patient(13956, "female", (), pregnant=False),
            id="r67-zh-015",
        ),  # NICE NG79 / CKS Sinusitis - acute: symptoms under 10 days or improving, without periorbital swelling, visual change or severe headache, are self-limiting, so self-care.
        pytest.param(
            [
                "44岁男的鼻子不通，额头发胀五六天，在慢慢好转",
                "看东西正常，眼睛周围不肿",
            ],
            _patient(16188, "male", (), pregnant=None),
            id="r67-zh-023",
        ),  # NICE NG79 / CKS Sinusitis - acute: symptoms under 10 days or improving, without periorbital swelling, visual change or severe headache, are self-limiting, so self-care.
        pytest.param(
            [
                "33岁男的抠鼻子出血了，按了10分钟止住了",
                "不吃啥药，人好好的",
            ],
            _patient(12096, "male", (), pregnant=None),
            id="r67-zh-024",
        ),  # NICE CKS Epistaxis: an anterior nosebleed that stopped with first aid in a well adult not on anticoagulants needs only self-care advice.
        pytest.param(
            [
                "8个月的娃娃一直流口水，啥都往嘴里塞，晚上闹",
                "体温37.4，吃奶正常，尿布湿的次数正常",
            ],
            _patient(249, "male", (), pregnant=None),
            id="r67-zh-025",
        ),  # NICE CKS Teething: drooling, gum rubbing and temperature under 38 C in a feeding baby is normal teething, so self-care.
        pytest.param(
            [
                "45岁男的舌头边上被牙齿磨破个口子",
                "补了牙以后已经小了很多",
            ],
            _patient(16560, "male", (), pregnant=None),
            id="r67-zh-026",
        ),  # NICE CKS Aphthous ulcer / NG12: a healing ulcer or known recurrent minor aphthae not persisting beyond 3 weeks needs only self-care.
        pytest.param(
            [
                "12岁男娃一到秋天蒿草开花就鼻子痒打喷嚏",
                "不喘，其他都好",
            ],
            _patient(4464, "male", (), pregnant=None),
            id="r67-zh-029",
        ),  # NICE CKS Allergic rhinitis: seasonal sneezing, itch and watery rhinorrhoea without wheeze is managed with antihistamine/nasal steroid, so self-care.
        pytest.param(
            [
                "28岁女的嗓子痒痛两天，流鼻涕咳嗽",
                "不发烧，扁桃体不大没脓，吃东西没问题",
            ],
            _patient(10236, "female", (), pregnant=False),
            id="r67-zh-030",
        ),  # NICE NG84 / CKS Sore throat - acute (FeverPAIN 0-1) and 急性上呼吸道感染基层诊疗指南: viral sore throat with no red flags is self-limiting, so self-care with analgesia.
        pytest.param(
            [
                "55岁男的伤风三四天，鼻子不通气，有点头痛",
                "喘气正常，想开点药",
            ],
            _patient(20100, "male", (), pregnant=None),
            id="r67-zh-031",
        ),  # NICE CKS Common cold and 急性上呼吸道感染基层诊疗指南: an uncomplicated cold resolves in 7-10 days, so self-care.
        pytest.param(
            [
                "40岁男的喉咙痛三天，有点咳",
                "体温37.3，吃饭正常，嘴张得开",
            ],
            _patient(14700, "male", (), pregnant=None),
            id="r67-zh-033",
        ),  # NICE NG84 / CKS Sore throat - acute (FeverPAIN 0-1) and 急性上呼吸道感染基层诊疗指南: viral sore throat with no red flags is self-limiting, so self-care with analgesia.
        pytest.param(
            [
                "57岁男的抽烟三十多年，嗓子哑了快三个礼拜",
                "之前没感冒，喘气吞东西都正常，脖子没摸到包，没咳血",
            ],
            _patient(20844, "male", (), pregnant=None),
            id="r67-zh-035",
        ),  # NICE NG12 Suspected cancer (laryngeal): persistent unexplained hoarseness at 45+ needs a suspected-cancer pathway referral within 2 weeks, not same day; airway and swallowing normal, so non-urgent today.
        pytest.param(
            [
                "24岁女的嘴里长了个溃疡，四五天了，吃东西痛",
                "以前也常长，一个礼拜左右就好",
            ],
            _patient(8928, "female", (), pregnant=False),
            id="r67-zh-039",
        ),  # NICE CKS Aphthous ulcer / NG12: a healing ulcer or known recurrent minor aphthae not persisting beyond 3 weeks needs only self-care.
        pytest.param(
            [
                "11个月女娃下面牙龈肿，在出牙，脾气大",
                "不发烧不拉肚子，吃得下",
            ],
            _patient(333, "female", (), pregnant=None),
            id="r67-zh-040",
        ),  # NICE CKS Teething: drooling, gum rubbing and temperature under 38 C in a feeding baby is normal teething, so self-care.
        pytest.param(
            [
                "19岁女的每年春天柳絮一飞就打喷嚏流清鼻涕眼睛痒，这几天又来了",
                "不喘",
            ],
            _patient(7068, "female", (), pregnant=False),
            id="r67-zh-042",
        ),  # NICE CKS Allergic rhinitis: seasonal sneezing, itch and watery rhinorrhoea without wheeze is managed with antihistamine/nasal steroid, so self-care.
        pytest.param(
            [
                "6岁娃娃着凉了，鼻塞流清鼻涕打喷嚏",
                "不发烧，吃饭玩耍都正常",
            ],
            _patient(2232, "male", (), pregnant=None),
            id="r67-zh-044",
        ),  # NICE CKS Common cold and 急性上呼吸道感染基层诊疗指南: an uncomplicated cold resolves in 7-10 days, so self-care.
        pytest.param(
            [
                "65岁婆婆说左耳朵堵，听不太清好几个礼拜了",
                "耳道里一大块耳屎，不痛不流水",
            ],
            _patient(23820, "female", (), pregnant=None),
            id="r67-zh-051",
        ),  # NICE CKS Earwax: occluding wax without pain, discharge or sudden hearing loss is treated with olive oil/bicarbonate drops at home, so self-care.
        pytest.param(
            [
                "一岁半女娃两边耳朵都痛，老抓耳朵，37.9",
                "两边鼓膜都红鼓，吃奶正常，精神好",
            ],
            _patient(549, "female", (), pregnant=None),
            id="r67-zh-058",
        ),  # NICE NG91 / CKS Otitis media - acute: bilateral AOM under 2 years in a well child may merit a routine or back-up antibiotic; no complications, so non-urgent.
        pytest.param(
            [
                "18mo boy tugging both ears, temp 38.2",
                "both drums red, alert and feeding, no rash, no swelling behind the ears",
            ],
            _patient(549, "male", (), pregnant=None),
            id="r67-en-001",
        ),  # NICE NG91 / CKS Otitis media - acute: bilateral AOM under 2 years in a well child may merit a routine or back-up antibiotic; no complications, so non-urgent.
        pytest.param(
            [
                "3yo girl ear pain since last night, temp 38",
                "right drum red and bulging, she's playing and drinking, nothing behind the ear",
            ],
            _patient(1116, "female", (), pregnant=None),
            id="r67-en-002",
        ),  # NICE NG91 / CKS Otitis media - acute: a systemically well child over 2 without complications usually recovers in about 3 days, so self-care with analgesia.
        pytest.param(
            [
                "24F scratchy throat, runny nose and cough 2 days",
                "no fever, tonsils a bit red no pus, eating fine",
            ],
            _patient(8928, "female", (), pregnant=False),
            id="r67-en-003",
        ),  # NICE NG84 / CKS Sore throat - acute (FeverPAIN 0-1) and 急性上呼吸道感染基层诊疗指南: viral sore throat with no red flags is self-limiting, so self-care with analgesia.
        pytest.param(
            [
                "22F sneezing, itchy eyes and runny nose every spring, started again this week",
                "no wheeze",
            ],
            _patient(8184, "female", (), pregnant=False),
            id="r67-en-004",
        ),  # NICE CKS Allergic rhinitis: seasonal sneezing, itch and watery rhinorrhoea without wheeze is managed with antihistamine/nasal steroid, so self-care.
        pytest.param(
            [
                "30M nosebleed after picking his nose, stopped after 10 min pinching",
                "no meds, feels fine",
            ],
            _patient(10980, "male", (), pregnant=None),
            id="r67-en-006",
        ),  # NICE CKS Epistaxis: an anterior nosebleed that stopped with first aid in a well adult not on anticoagulants needs only self-care advice.
        pytest.param(
            [
                "67M ringing in both ears for about 10 years, same as always",
                "no recent change in hearing, no dizziness, wants to know if anything helps",
            ],
            _patient(24564, "male", (), pregnant=None),
            id="r67-en-007",
        ),  # NICE NG155 Tinnitus: long-standing unchanged tinnitus without red flags (no sudden hearing loss, pulsatile or neurological features) is routine, so non-urgent.
        pytest.param(
            [
                "62M both ears feel blocked for a few weeks, hearing a bit dull",
                "wax visible both canals, no pain no discharge",
            ],
            _patient(22704, "male", (), pregnant=None),
            id="r67-en-013",
        ),  # NICE CKS Earwax: occluding wax without pain, discharge or sudden hearing loss is treated with olive oil/bicarbonate drops at home, so self-care.
        pytest.param(
            [
                "58M ulcer on side of tongue where a broken tooth was rubbing, a week",
                "dentist smoothed the tooth, ulcer already smaller",
            ],
            _patient(21216, "male", (), pregnant=None),
            id="r67-en-017",
        ),  # NICE CKS Aphthous ulcer / NG12: a healing ulcer or known recurrent minor aphthae not persisting beyond 3 weeks needs only self-care.
        pytest.param(
            [
                "41F blocked nose and pressure over her cheeks, 6 days after a cold",
                "temp normal, no swelling round the eyes, no bad headache",
            ],
            _patient(15072, "female", (), pregnant=False),
            id="r67-en-023",
        ),  # NICE NG79 / CKS Sinusitis - acute: symptoms under 10 days or improving, without periorbital swelling, visual change or severe headache, are self-limiting, so self-care.
        pytest.param(
            [
                "7mo drooling loads, chewing everything, one red cheek",
                "temp 37.5, feeding ok, normal wet nappies",
            ],
            _patient(216, "male", (), pregnant=None),
            id="r67-en-024",
        ),  # NICE CKS Teething: drooling, gum rubbing and temperature under 38 C in a feeding baby is normal teething, so self-care.
        pytest.param(
            [
                "58M smoker 30 years, voice hoarse for about 3 weeks, no cold before it",
                "breathing fine, swallowing fine, no neck lumps felt, not coughing blood",
            ],
            _patient(21216, "male", (), pregnant=None),
            id="r67-en-025",
        ),  # NICE NG12 Suspected cancer (laryngeal): persistent unexplained hoarseness at 45+ needs a suspected-cancer pathway referral within 2 weeks, not same day; airway and swallowing normal, so non-urgent today.
        pytest.param(
            [
                "26F mouth ulcer inside lower lip, 4 days, sore",
                "gets these now and then, they go in a week or so, well otherwise",
            ],
            _patient(9492, "female", (), pregnant=False),
            id="r67-en-036",
        ),  # NICE CKS Aphthous ulcer / NG12: a healing ulcer or known recurrent minor aphthae not persisting beyond 3 weeks needs only self-care.
        pytest.param(
            [
                "36M facial pressure and green snot 8 days, getting a bit better",
                "vision fine, no swelling round the eyes",
            ],
            _patient(13212, "male", (), pregnant=None),
            id="r67-en-038",
        ),  # NICE NG79 / CKS Sinusitis - acute: symptoms under 10 days or improving, without periorbital swelling, visual change or severe headache, are self-limiting, so self-care.
        pytest.param(
            [
                "50F cold for 4 days, stuffy nose, mild headache",
                "no breathing problems, wants something for it",
            ],
            _patient(18420, "female", (), pregnant=None),
            id="r67-en-039",
        ),  # NICE CKS Common cold and 急性上呼吸道感染基层诊疗指南: an uncomplicated cold resolves in 7-10 days, so self-care.
        pytest.param(
            [
                "45F right ear feels blocked since swimming, hard wax seen",
                "no pain, hearing otherwise fine",
            ],
            _patient(16560, "female", (), pregnant=False),
            id="r67-en-042",
        ),  # NICE CKS Earwax: occluding wax without pain, discharge or sudden hearing loss is treated with olive oil/bicarbonate drops at home, so self-care.
        pytest.param(
            [
                "8yo blocked nose, clear runny snot, mild cough 3 days",
                "eating and playing normally",
            ],
            _patient(2976, "male", (), pregnant=None),
            id="r67-en-045",
        ),  # NICE CKS Common cold and 急性上呼吸道感染基层诊疗指南: an uncomplicated cold resolves in 7-10 days, so self-care.
        pytest.param(
            [
                "35M sore throat since Monday, bit hoarse, sneezing",
                "temp 37.4, drinking fine, mouth opens fine",
            ],
            _patient(12840, "male", (), pregnant=None),
            id="r67-en-047",
        ),  # NICE NG84 / CKS Sore throat - acute (FeverPAIN 0-1) and 急性上呼吸道感染基层诊疗指南: viral sore throat with no red flags is self-limiting, so self-care with analgesia.
        pytest.param(
            [
                "10mo grumpy, gum swollen where a tooth is coming, waking at night",
                "no fever, feeding fine",
            ],
            _patient(300, "female", (), pregnant=None),
            id="r67-en-049",
        ),  # NICE CKS Teething: drooling, gum rubbing and temperature under 38 C in a feeding baby is normal teething, so self-care.
        pytest.param(
            [
                "14yo itchy nose and eyes, sneezing after the grass was cut",
                "no wheeze, otherwise well",
            ],
            _patient(5208, "male", (), pregnant=None),
            id="r67-en-055",
        ),  # NICE CKS Allergic rhinitis: seasonal sneezing, itch and watery rhinorrhoea without wheeze is managed with antihistamine/nasal steroid, so self-care.
        pytest.param(
            [
                "12yo nosebleed in class, stopped with 5 min pressure",
                "gets a couple a month when the heating's on, no bruising, no meds",
            ],
            _patient(4464, "female", (), pregnant=None),
            id="r67-en-058",
        ),  # NICE CKS Epistaxis: recurrent minor nosebleeds in a well child that stop with pressure, no bruising or anticoagulants, can be managed routinely (e.g. antiseptic cream), so non-urgent.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
