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
told in the words above and 口水顺着嘴角流. After: 16/16, 16/16; 12/24, 4/24; look-alikes 20/20, 20/20.

Left: most same-day cases in English (sudden hearing loss, mastoiditis, a septal haematoma, a knocked-out
tooth, malignant otitis externa, foreign bodies without airway signs)."""

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
