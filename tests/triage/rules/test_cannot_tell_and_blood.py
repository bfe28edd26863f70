"""Guards, in our own words, for the readings and rules of held-out rounds 69-71 (people who
cannot tell their symptoms; blood, clots and bruising; vague symptoms that hide an emergency).
Each case is written from the guideline the rule cites, not from a reviewer's case."""

import pytest

from triage.rules import Level, assess, extract_facts

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


def _codes(texts, patient=None):
    return {f.code for f in assess(texts, patient or _patient(None, None)).red_flags}


@pytest.mark.parametrize(
    "texts",
    [
        ["自闭症的孩子8岁，不会说话，这两天不肯吃饭"],
        ["脑瘫的女孩12岁，不会说话，今天咳嗽流鼻涕"],
        ["aphasic since his stroke last year, wife says he has a runny nose"],
        ["63岁，中风后失语三年了，这几天便秘"],
    ],
)
def test_speech_that_was_never_there_is_not_a_stroke(texts):
    # NICE NG11 / NG236: the person's usual speech is not a new deficit.
    assert "stroke_befast" not in _codes(texts)


@pytest.mark.parametrize(
    "texts",
    [
        ["自闭症的孩子8岁，今天突然不会说话了"],
        ["aphasic since his stroke last year, since this morning right arm weak"],
        ["autistic 30M, speaks normally, since an hour ago slurred speech"],
        ["智障的哥哥40岁，今天早上起来嘴歪了，说不出话"],
    ],
)
def test_a_new_or_sudden_deficit_in_the_same_people_is_still_a_stroke(texts):
    assert assess(texts, _patient(None, None)).level is E


def test_a_head_shaken_answers_a_question():
    assert "suicide_risk" not in _codes(["问他有没有想死的念头，他摇头"])
    assert "suicide_risk" not in _codes(["asked whether she wants to end her life, shook her head"])


def test_a_tilted_neck_in_down_syndrome():
    # DSMIG 2017: with a change in walking or new incontinence, the cord is pressed.
    cord = ["唐氏综合征的孩子12岁，这几天老歪着脖子", "今天走路不稳，尿裤子了"]
    assert assess(cord, _patient(4380, "male")).level is E
    alone = ["15M Down's syndrome, head tilt for 2 days, walking and hands normal"]
    assert "down_syndrome_neck" in _codes(alone)
    assert assess(alone, _patient(5475, "male")).level is U


def test_bleeds_in_haemophilia():
    # WFH 2020: any head injury is critical; a joint bleed needs factor within 2 hours.
    head = ["血友病的孩子6岁，摔了一跤碰到头，现在玩得挺好"]
    assert assess(head, _patient(2190, "male")).level is E
    knee = ["14M haemophilia A, knee swollen and hot after football, walking with a limp"]
    assert assess(knee, _patient(5110, "male")).level is U
    assert "bleeding_disorder_bleed" in _codes(knee)


def test_a_fever_without_a_spleen():
    # BSH 2011: overwhelming post-splenectomy infection.
    texts = ["spleen removed after a car crash years ago", "fever 38.6 since this morning"]
    assert assess(texts, _patient(14600, "male")).level is E


def test_blood_blisters_in_the_mouth():
    # ASH 2019: wet purpura; with bleeding that goes on, hospital now.
    assert assess(["嘴里起了几个血泡", "刷牙出血止不住"], _patient(9125, "female")).level is E
    alone = ["blood blisters inside her mouth, no other bleeding, feels well"]
    assert assess(alone, _patient(9125, "female")).level is U


def test_shoulder_tip_pain_with_abdominal_pain_and_blood_loss():
    # ATLS / NICE NG39: bleeding inside the abdomen (a torn spleen).
    texts = [
        "fell off his bike onto the handlebars",
        "abdo pain and pain at tip of left shoulder",
        "pale, HR 118",
    ]
    assert "bleeding_into_abdomen" in _codes(texts, _patient(5475, "male"))
    assert assess(texts, _patient(5475, "male")).level is E


def test_hypercalcaemia_of_cancer_with_drowsiness_is_an_emergency():
    # NICE CKS Hypercalcaemia: confusion or drowsiness is severe.
    texts = ["肺癌的，这几天口渴得厉害，大便干", "老想睡，叫她半天才应"]
    assert assess(texts, _patient(25550, "female")).level is E
    milder = ["肺癌的，这几天口渴得厉害，大便干，人清醒"]
    assert assess(milder, _patient(25550, "female")).level is U


def test_pain_shown_by_behaviour_in_someone_who_cannot_tell():
    # NICE NG11 §1.7: a physical cause until a doctor has looked, the same day.
    texts = ["智障的儿子35岁，这两天一碰左手就叫，不让碰"]
    assert "pain_shown_by_behaviour" in _codes(texts)
    assert assess(texts, _patient(12775, "male")).level is U
    told = ["35岁，这两天一碰左手就叫，不让碰"]
    assert "pain_shown_by_behaviour" not in _codes(told)


@pytest.mark.parametrize(
    "texts",
    [
        ["吃避孕药的，坐了一天车，左边小腿肚子胀痛 有点肿"],
        ["knee replacement 2 wks ago, L calf warm and swollen"],
        ["32 weeks pregnant, R leg swollen from the ankle to the knee, no SOB"],
    ],
)
def test_one_swollen_calf_is_a_possible_dvt(texts):
    # NICE NG158: a scan (or interim anticoagulation) the same day.
    assert "possible_dvt" in _codes(texts)


def test_mothballs_in_g6pd_deficiency_are_seen_the_same_day():
    # WHO 1989: naphthalene sets off haemolysis over one to three days.
    texts = ["G6PD deficient 2yo, has been sleeping next to a bag of mothballs", "well, not yellow"]
    assert "g6pd_oxidant_exposure" in _codes(texts)
    # a child who bit into one is the poisoning rule's (rules_toxic_medical)
    assert "poisoning" in _codes(["3岁，蚕豆病，刚才在衣柜里咬了个樟脑丸", "现在好好的，没吐"])
    record = _patient(1100, "female", ("G6PD deficiency",))
    assert "favism_haemolysis" in _codes(["urine has gone dark since yesterday"], record)


def test_a_fever_with_a_prosthetic_valve():
    # ESC 2023 / NICE CG64: endocarditis until blood cultures say otherwise.
    texts = ["mechanical aortic valve 5 yrs ago", "fevers on and off for 2 weeks, T 38.2 today"]
    assert "possible_endocarditis" in _codes(texts)


def test_a_feverish_illness_that_tires_someone_on_long_term_steroids():
    # SfE 2020 sick-day rules.
    texts = ["强的松吃了五年了", "发烧38度6，浑身没力"]
    assert "steroid_sick_day" in _codes(texts)


def test_readings_of_this_round():
    assert "headache" in dict(extract_facts("以前没这样头痛过").findings)
    assert extract_facts("以前没这样头痛过").status("headache") == "present"
    assert extract_facts("今天拉了四回稀的").status("diarrhoea") == "present"
    svco = extract_facts(
        "lung ca, face looks fuller in the mornings, veins on his chest more visible"
    )
    assert svco.status("svco_signs") == "present"


def test_a_gastrostomy_tube_that_came_out():
    # NNNG 2020: the tract closes within hours.
    assert "feeding_tube_out" in _codes(["PEG tube fell out this morning, stoma clean"])
    assert "feeding_tube_out" in _codes(["胃造瘘的管子昨晚拽出来了"])


def test_a_feverish_school_child_with_urinary_symptoms():
    # NICE NG224: a urine test and antibiotics the same day, at any age of childhood.
    texts = ["9岁女孩，尿尿就哭，尿得很勤", "发烧38.4"]
    assert "febrile_child_uti" in _codes(texts, _patient(3285, "female"))


def test_urinary_and_skin_words_of_this_round():
    assert extract_facts("burning passing water for 2 days").status("urinary_symptoms") == "present"
    assert (
        extract_facts("redness going up the back of his hand").status("spreading_redness")
        == "present"
    )
