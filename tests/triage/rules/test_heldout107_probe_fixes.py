# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-seventh held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of the
winter respiratory season at all ages: influenza, COVID-19, RSV and bronchiolitis, pneumonia in
older people, COPD and asthma attacks, heart failure in the cold, whooping cough and croup; 12
emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules found 12 of 12 and
12 of 12 emergencies, graded 19 of 24 and 19 of 24 same-day cases exactly (English, Chinese) and
sent 1 and 0 look-alikes to emergency (a febrile fit "last winter" read as today's).

What changed: "last winter", "last summer", "last Spring Festival" date a sign in the past. After:
12/12, 12/12; 19/24, 19/24; look-alikes 24/24, 24/24.

Left, graded emergency by the rules' sources: croup and bronchiolitis with signs the rules read as
severe (r107-en-014, r107-en-026, r107-en-032, r107-zh-026, r107-zh-030, r107-zh-032); graded
routine: r107-en-015, r107-en-036, r107-zh-018, r107-zh-024, as named in this file's cases."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "7 wk old baby girl, snuffly cough since sat, big brother has a cold",
                "mum says she's only taking about half her bottles, and this morning she went still and didn't breathe for a bit, mum picked her up and she started again",
                "RR 64, sats 90% on air, pulling in under the ribs",
            ],
            _patient(49, "female", (), pregnant=None),
            id="r107-en-001",
        ),  # NICE NG9 Bronchiolitis in children, section 1.3: apnoea (observed or reported) or persistent SpO2 below 92% on air requires immediate referral for emergency hospital care.
        pytest.param(
            [
                "2yo boy, barky cough since last night, hoarse",
                "noisy breathing in now even sitting still on mum's lap, not crying",
                "he's gone quiet and floppy, lips a bit dusky, sats 90%, sucking in at the neck and chest",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r107-en-002",
        ),  # NICE CKS Croup, assessment: stridor at rest with marked recession, lethargy and low oxygen saturation indicates severe croup needing emergency admission.
        pytest.param(
            [
                "34F asthmatic, chest tight since flu started, used blue inhaler 10+ times today no help",
                "PEF 140, her best is 450. talking 2-3 words at a time",
                "sats 91% RA, HR 128, chest now sounds quiet on the L",
            ],
            _patient(12410, "female", ("asthma",), pregnant=False),
            id="r107-en-003",
        ),  # BTS/SIGN 158 British guideline on the management of asthma, acute asthma in adults: PEF below 33% of best, SpO2 below 92% or a silent chest is life-threatening asthma needing immediate hospital transfer.
        pytest.param(
            [
                "72M COPD, wife says more breathless 3 days with a cold, coughing up yellow",
                "today he's muddled, not sure what day it is, lips look blue",
                "sats 83% on air, RR 32, HR 112, BP 150/90",
            ],
            _patient(26280, "male", ("COPD",), pregnant=None),
            id="r107-en-004",
        ),  # NICE NG115 COPD in over 16s and CKS COPD exacerbation: acute confusion, cyanosis, severe breathlessness or SpO2 below 90% warrant hospital admission.
        pytest.param(
            [
                "84F, coughing and fever 3 days, daughter brought her in a wheelchair",
                "not making sense today, keeps asking for her late husband",
                "RR 32, BP 86/52, HR 118, T 38.9, sats 89%",
            ],
            _patient(30660, "female", ("osteoporosis",), pregnant=False),
            id="r107-en-005",
        ),  # NICE NG138 Pneumonia (community-acquired) section 1.1: CRB65 score 3-4 (confusion, RR 30 or more, low BP, age 65+) is high risk and needs urgent hospital admission.
        pytest.param(
            [
                "45M flu symptoms 4 days, now can hardly get up off the chair",
                "wife says he's only had one wee since yesterday",
                "T 39.7 HR 132 RR 28 BP 84/56 sats 93%, skin blotchy purple on his knees",
            ],
            _patient(16425, "male", ("type 2 diabetes",), pregnant=None),
            id="r107-en-006",
        ),  # NICE NG51 Sepsis, high-risk criteria: RR 25 or more, systolic BP 90 or less, HR 130 or more, no urine for 18 hours or mottled skin mean immediate emergency transfer.
        pytest.param(
            [
                "79F heart failure, cold all week, couldn't lie flat last night, sat up in the chair all night",
                "coughing frothy pinkish spit now",
                "sats 86% RA, RR 34, HR 124 irreg, BP 168/96, crackles half way up both sides",
            ],
            _patient(28835, "female", ("heart failure", "atrial fibrillation"), pregnant=False),
            id="r107-en-007",
        ),  # ESC 2021 Guidelines for heart failure, acute heart failure section: acute pulmonary oedema with respiratory distress and hypoxaemia needs immediate hospital oxygen, diuretics and monitoring.
        pytest.param(
            [
                "6 wk old boy, cough for 10 days, gets long coughing fits",
                "in the fits he goes red then blue round the mouth and stops breathing for a few secs, mum has to pat him",
                "between fits he looks ok, sats 96%, temp 37.2, not finishing his feeds",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r107-en-008",
        ),  # NICE CKS Whooping cough: infants under 6 months who are unwell, or any child with apnoea or cyanotic episodes during paroxysms, need immediate hospital admission.
        pytest.param(
            [
                "17F college student, flu-like since last night, vomiting, legs aching so much she can't stand",
                "hands and feet freezing even though temp 39.2",
                "mum noticed tiny purple dots on her shins, pressed a glass on and they don't fade, HR 128, BP 96/60",
            ],
            _patient(6205, "female", (), pregnant=False),
            id="r107-en-009",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease: an unwell person with a non-blanching rash, cold extremities and leg pain needs immediate transfer to hospital (with parenteral antibiotic if it does not delay transfer).
        pytest.param(
            [
                "58F brought in by neighbour, bad headache and feeling sick since she woke, whole family has headaches this morning",
                "they've been sleeping with the coal briquette stove in the bedroom and windows shut because of the cold",
                "her husband is still in bed at home and the neighbour couldn't wake him properly",
                "she's muddled about the time, sats 98% on the finger probe",
            ],
            _patient(21170, "female", (), pregnant=False),
            id="r107-en-010",
        ),  # Chinese expert consensus on acute carbon monoxide poisoning and UKHSA CO guidance: suspected CO poisoning with neurological symptoms such as confusion needs immediate removal from the source, high-flow oxygen and hospital care; normal pulse oximetry does not exclude it.
        pytest.param(
            [
                "66M covid positive on home test, day 7, says he feels ok just tired",
                "sats 88% on our probe, rechecked on a warm finger still 88%",
                "RR 26, HR 104, T 37.9, talking in full sentences",
            ],
            _patient(24090, "male", ("hypertension",), pregnant=None),
            id="r107-en-011",
        ),  # WHO COVID-19 clinical management living guideline: SpO2 below 90% on room air defines severe COVID-19, which needs oxygen and hospital care even if the patient feels well.
        pytest.param(
            [
                "38M sore throat came on today, very bad, can't swallow even his own spit, dribbling into a tissue",
                "voice muffled like a hot potato, sitting leaning forward",
                "T 39.1, HR 116, sats 95%, throat doesn't look that red",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r107-en-012",
        ),  # NICE CKS Sore throat - acute and NICE NG84: drooling, inability to swallow saliva and a muffled voice suggest epiglottitis, which needs immediate hospital admission without examining the throat further.
        pytest.param(
            [
                "2个月男宝，流鼻涕咳嗽3天了，家里大孩子也咳",
                "今天吃奶很少，妈妈说上午吃一半就不吃了",
                "刚才在怀里有一阵不喘气，嘴周发青，拍了拍才哭出来",
                "现在测氧89，呼吸64次/分，肋骨下面往里凹",
            ],
            _patient(62, "male", (), pregnant=None),
            id="r107-zh-001",
        ),  # NICE NG9 Bronchiolitis in children, recognition and referral: apnoea, central cyanosis, severe respiratory distress or persistent SpO2 below 92% require immediate emergency hospital referral.
        pytest.param(
            [
                "孩子快3岁，半夜开始咳，声音像狗叫，嗓子哑",
                "现在安静坐着吸气也有那种尖的响声，脖子下面和肋间一吸一凹",
                "人有点蔫，叫她反应慢，嘴唇有点发灰，氧饱和90",
            ],
            _patient(970, "female", (), pregnant=None),
            id="r107-zh-002",
        ),  # NICE CKS Croup, assessment: stridor at rest with marked recession, lethargy or decreased consciousness and cyanosis mean severe or impending respiratory failure needing emergency admission by 999 transfer.
        pytest.param(
            [
                "82岁老太太，咳嗽发烧4天，痰黄",
                "今天家属说她胡言乱语，不认识孙子了",
                "T 38.9 R 32 BP 86/50 P 118 SpO2 89%",
            ],
            _patient(29930, "female", ("高血压", "糖尿病"), pregnant=None),
            id="r107-zh-003",
        ),  # NICE NG138 / BTS community-acquired pneumonia and RCP NEWS2: new confusion, RR 30 or more, systolic BP below 90 and age 65+ give CRB-65 of 4 (high risk) and NEWS2 well above 7, requiring emergency hospital admission.
        pytest.param(
            [
                "老慢支老爷子，这几天降温后喘得厉害",
                "平时能在院子里走，今天坐着都喘，说话一句只能说三四个字",
                "指脉氧82，以前都在90左右，人老想睡，叫醒了又迷迷糊糊",
                "嘴唇紫",
            ],
            _patient(25915, "male", ("COPD",), pregnant=None),
            id="r107-zh-004",
        ),  # GOLD 2024 report and NICE NG115 COPD exacerbations: severe breathlessness, new drowsiness or confusion, cyanosis and a marked fall in SpO2 below the patient's baseline are indications for emergency hospital admission.
        pytest.param(
            [
                "23岁女的，有哮喘史，感冒两天后喘",
                "家里万托林一上午喷了十几下不管用",
                "PEF 140，她最好的时候450，说话只能一个词一个词",
                "SpO2 91，听诊两肺呼吸音很弱，几乎听不到哮鸣音",
            ],
            _patient(8395, "female", ("asthma",), pregnant=False),
            id="r107-zh-005",
        ),  # BTS/SIGN 158 British guideline on the management of asthma, acute asthma in adults: PEF below 33% of best, SpO2 below 92% and a silent chest are life-threatening features requiring emergency admission.
        pytest.param(
            [
                "78岁，心衰病人，这两天冷，昨晚开始躺不下去，坐了一夜",
                "现在咳嗽，咳出来的是粉红色泡沫样的痰",
                "SpO2 86，R 34，满肺都是湿啰音，出冷汗",
            ],
            _patient(28470, "male", ("heart failure", "高血压"), pregnant=None),
            id="r107-zh-006",
        ),  # ESC 2021 Heart Failure guidelines, acute heart failure: acute pulmonary oedema with orthopnoea, frothy sputum, respiratory distress and SpO2 below 90% needs emergency hospital treatment with oxygen and IV diuretics.
        pytest.param(
            [
                "宝宝一个半月，咳了10来天，越来越厉害",
                "一咳就是一串停不下来，咳完脸憋得发紫，有时吐奶",
                "妈妈说昨晚咳完有一次好半天没喘气，后来自己缓过来了",
                "疫苗还没打百白破",
            ],
            _patient(44, "female", (), pregnant=None),
            id="r107-zh-007",
        ),  # NICE CKS Whooping cough, management: infants under 6 months with suspected pertussis who have apnoea, cyanosis or paroxysms with desaturation must be admitted to hospital as an emergency.
        pytest.param(
            [
                "5岁男孩，发烧两天，最高39.8，班上好多孩子请假在家发烧",
                "下午开始说胡话，指着墙说有虫子",
                "现在叫他要大声叫才睁眼，睁了一会又闭上，不认识他爸",
            ],
            _patient(1925, "male", (), pregnant=None),
            id="r107-zh-008",
        ),  # China NHC Influenza diagnosis and treatment protocol (2020) and NICE NG143 traffic light: altered consciousness in a febrile child (not waking or staying awake, not responding normally) is a critical/red feature needing emergency hospital care.
        pytest.param(
            [
                "19天的女宝，家里大人这几天都感冒",
                "今天摸着烫，腋温38.2，复测38.3",
                "吃奶还行，就是比平时睡得多点",
            ],
            _patient(19, "female", (), pregnant=None),
            id="r107-zh-009",
        ),  # NICE NG143 Fever in under 5s: a temperature of 38°C or higher in an infant under 3 months is a red feature, and a febrile infant under 1 month needs immediate paediatric hospital assessment even if appearing well.
        pytest.param(
            [
                "76岁阿姨，抗原阳性第6天",
                "她自己说没啥，就是没劲不想吃",
                "测了指脉氧87%，换了个手指还是88，R 28",
                "走到厕所就喘",
            ],
            _patient(27740, "female", ("高血压",), pregnant=None),
            id="r107-zh-010",
        ),  # WHO COVID-19 clinical management living guideline: SpO2 below 90% on room air defines severe COVID-19 requiring hospital oxygen (China's COVID-19 protocol, 10th edition, uses SpO2 93% or less at rest as severe).
        pytest.param(
            [
                "孕32周，发烧咳嗽3天，昨天开始胸闷",
                "今天说话说几句就要停下来喘",
                "T 38.7 R 30 HR 118 SpO2 91%",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r107-zh-011",
        ),  # WHO Clinical management of severe acute respiratory infection and RCOG guidance on respiratory infection in pregnancy: a pregnant woman with RR 30, SpO2 below 92-94% and tachycardia has severe respiratory infection needing emergency hospital oxygen and obstetric care.
        pytest.param(
            [
                "10个月，咳嗽发烧3天",
                "今天一口奶都喝不进去，喂了就吐出来",
                "呼吸58，胸口下面往里陷得很厉害，出气的时候嗯嗯地哼",
            ],
            _patient(305, "male", (), pregnant=None),
            id="r107-zh-012",
        ),  # WHO IMCI chart booklet: cough or difficult breathing with a general danger sign (unable to drink or breastfeed, vomits everything) plus chest indrawing and grunting is severe pneumonia or very severe disease requiring urgent referral to hospital after a first dose of antibiotic.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "10 wk old boy, born at 34 wks, cough and runny nose 3 days",
                "feeding about 2/3 of usual, 4 wet nappies today",
                "RR 54, sats 95%, mild pulling in between ribs, no pauses in breathing, temp 37.8",
            ],
            _patient(70, "male", ("preterm birth 34 weeks",), pregnant=None),
            id="r107-en-013",
        ),  # NICE NG9 Bronchiolitis in children, section 1.3: age under 3 months and premature birth are risk factors for severe disease to weigh when deciding on referral, so this infant needs same-day clinical assessment though no immediate-referral signs are present.
        pytest.param(
            [
                "7yo girl with asthma, wheezy since her cold started 2 days ago",
                "using blue puffer every 3-4 hrs, helps for a while",
                "sats 95%, PEF 150 (best 260), RR 28, HR 118, talking in sentences, eating a biscuit",
            ],
            _patient(2555, "female", ("asthma",), pregnant=None),
            id="r107-en-016",
        ),  # BTS/SIGN 158 British guideline on asthma, acute asthma in children over 5: SpO2 92% or more and PEF above 50% of best is moderate asthma, treated in primary care with bronchodilator by spacer and oral steroid after clinician assessment.
        pytest.param(
            [
                "67F COPD, more breathless than usual 2 days, phlegm gone green and thicker",
                "can still walk round the house, sleeping ok",
                "sats 93% (her usual 93-94), RR 22, HR 96, T 37.6, alert, no ankle swelling",
            ],
            _patient(24455, "female", ("COPD",), pregnant=False),
            id="r107-en-017",
        ),  # NICE NG114 COPD (acute exacerbation): antimicrobial prescribing and NG115: an exacerbation without severe features can be managed at home with oral prednisolone and an antibiotic for purulent sputum, started after same-day review.
        pytest.param(
            [
                "45M fever and cough 4 days, rusty coloured phlegm, sharp pain R side when breathing in",
                "T 38.6, RR 22, BP 128/78, HR 98, sats 95%",
                "crackles R base, alert and chatting",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r107-en-018",
        ),  # NICE NG138 Pneumonia (community-acquired): CRB65 score 0 is low risk for home-based care, but antibiotics should be given within 4 hours of diagnosis, so same-day clinician assessment is needed.
        pytest.param(
            [
                "77M cough with phlegm and fever 3 days",
                "T 38.3, RR 24, BP 122/70, HR 100, sats 94%, alert, knows where he is",
                "crackles L base, eating less but drinking",
            ],
            _patient(28105, "male", ("type 2 diabetes",), pregnant=None),
            id="r107-en-019",
        ),  # NICE NG138 Pneumonia (community-acquired) section 1.1: CRB65 score 1-2 is intermediate risk, and hospital assessment should be considered the same day.
        pytest.param(
            [
                "3yo girl cough and fever 3 days",
                "counted her breathing 48 a min, no chest pulling in, no noise when breathing in",
                "drinking and eating a bit, awake and playful, no fits, T 38.7, sats 96%",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r107-en-020",
        ),  # WHO IMCI chart booklet (2014), cough or difficult breathing: fast breathing (40 or more per minute at 12 months to 5 years) without chest indrawing or danger signs is pneumonia, treated today with oral amoxicillin and followed up in 3 days.
        pytest.param(
            [
                "29F 30 wks pregnant, sudden fever, aching all over and dry cough since yesterday",
                "lots of flu going round her son's school",
                "T 38.4, HR 100, RR 18, sats 98%, baby moving normally",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r107-en-021",
        ),  # UKHSA guidance on antiviral agents for seasonal influenza and NICE TA168: pregnant women with influenza-like illness when flu is circulating should be offered oseltamivir within 48 hours of onset.
        pytest.param(
            [
                "69F fever, cough and aches for 2 days",
                "RR 22, sats 95% on air, HR 104, BP 132/80, T 38.6, alert",
                "drinking ok, no confusion",
            ],
            _patient(25185, "female", ("osteoarthritis",), pregnant=False),
            id="r107-en-022",
        ),  # RCP National Early Warning Score (NEWS2): an aggregate score of 5-6 (here RR 2, SpO2 1, HR 1, temperature 1) is the key threshold for urgent clinical review, but not emergency transfer.
        pytest.param(
            [
                "52M kidney transplant, covid test positive this morning, sore throat and cough since yesterday",
                "T 37.9, sats 97%, RR 16, HR 88",
                "eating and drinking fine",
            ],
            _patient(18980, "male", ("kidney transplant", "on tacrolimus"), pregnant=None),
            id="r107-en-023",
        ),  # NICE TA878 COVID-19 treatments: high-risk adults such as transplant recipients should be assessed for nirmatrelvir plus ritonavir within 5 days of symptom onset, so same-day review is needed.
        pytest.param(
            [
                "81M heart failure, his daily weight up 2.6 kg in 3 days",
                "ankles puffier, more short of breath on the stairs since he got a cold",
                "can lie flat on his usual 2 pillows, sats 95%, RR 18, HR 84, BP 138/82",
            ],
            _patient(29565, "male", ("heart failure",), pregnant=None),
            id="r107-en-024",
        ),  # NICE NG106 Chronic heart failure and ESC 2021 heart failure guideline self-care advice: weight gain of more than 2 kg in 3 days should prompt same-day contact with a clinician to review diuretics.
        pytest.param(
            [
                "4 mo girl, temp 39.1 at home and 39.0 here, runny nose",
                "older brother off nursery with flu",
                "feeding ok, smiling, normal colour, no rash, RR 42, sats 98%",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r107-en-025",
        ),  # NICE NG143 Fever in under 5s traffic light table: age 3-6 months with temperature 39 C or more is an amber feature needing face-to-face clinical assessment the same day.
        pytest.param(
            [
                "56F in bed most of last week with flu",
                "right calf swollen and sore since yesterday, 3 cm bigger than the left",
                "not short of breath, no chest pain, sats 98%, HR 82, RR 14",
            ],
            _patient(20440, "female", (), pregnant=False),
            id="r107-en-027",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT needs a Wells score with proximal leg ultrasound within 4 hours (or interim anticoagulation), i.e. same-day assessment.
        pytest.param(
            [
                "23M type 1 diabetic, flu 2 days, eating little",
                "BG 17.8, blood ketones 2.0",
                "not vomiting, drinking water, breathing normally, alert",
            ],
            _patient(8395, "male", ("type 1 diabetes",), pregnant=None),
            id="r107-en-028",
        ),  # NHS and Diabetes UK type 1 sick day rules (JBDS guidance): blood ketones 1.5-3.0 mmol/L mean risk of DKA and need same-day contact with a clinician for extra insulin, while above 3 or vomiting means hospital.
        pytest.param(
            [
                "60F bronchiectasis, cold 5 days, now sputum much more and dark green, more breathless",
                "T 37.8, sats 95%, RR 20, HR 92, alert",
            ],
            _patient(21900, "female", ("bronchiectasis",), pregnant=False),
            id="r107-en-029",
        ),  # NICE NG117 Bronchiectasis (non-cystic fibrosis), acute exacerbation: send a sputum sample and start an antibiotic promptly, needing same-day clinician contact.
        pytest.param(
            [
                "4yo boy, fever since last Thursday, 6 days now, started with a cold",
                "eyes a bit red, no discharge, drinking ok",
                "T 39.0, sats 98%, RR 26, alert",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r107-en-030",
        ),  # NICE NG143 Fever in under 5s: fever lasting 5 days or more is an amber feature (and Kawasaki disease must be considered), needing same-day clinical assessment.
        pytest.param(
            [
                "6yo girl sore throat and temp 38.5 since yesterday",
                "today rough red rash on chest and tummy like sandpaper, tongue red and bumpy",
                "eating a little, drinking fine, alert",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r107-en-031",
        ),  # UKHSA Guidelines for the public health management of scarlet fever: suspected scarlet fever should be treated promptly with phenoxymethylpenicillin after clinical assessment, so the child needs to be seen today.
        pytest.param(
            [
                "41F on carbimazole for her thyroid, started 6 wks ago",
                "sore throat and temp 38.2 since yesterday, thinks it's the cold going round",
                "otherwise well, sats 99%, HR 96",
            ],
            _patient(14965, "female", ("hyperthyroidism",), pregnant=False),
            id="r107-en-033",
        ),  # BNF and MHRA carbimazole advice: patients who develop sore throat or fever must have an immediate full blood count to exclude neutropenia, i.e. same-day review.
        pytest.param(
            [
                "71M getting over flu, since this morning heart racing and fluttering",
                "pulse irregular 118, BP 134/82, sats 96%, RR 18",
                "no chest pain, no fainting, walked in fine",
            ],
            _patient(25915, "male", ("hypertension",), pregnant=None),
            id="r107-en-034",
        ),  # NICE NG196 Atrial fibrillation and CKS: new AF without haemodynamic instability needs same-day ECG and assessment (onset under 48 hours may need rhythm control), not emergency transfer.
        pytest.param(
            [
                "76F on warfarin for AF, started clarithromycin 5 days ago for a chest infection",
                "INR today 6.8, usually 2-3",
                "no bleeding, no bruises, no black stools, chest better",
            ],
            _patient(27740, "female", ("atrial fibrillation",), pregnant=False),
            id="r107-en-035",
        ),  # NICE CKS Anticoagulation - oral (BSH guidance): INR 5-8 without bleeding needs warfarin withheld for 1-2 doses and the dose reviewed the same day.
        pytest.param(
            [
                "2个半月女宝，鼻塞咳嗽两天，哥哥也在咳",
                "吃奶比平时少点，大概平时的七成",
                "呼吸52次，肋间轻微凹，没有停顿过，嘴唇红润，SpO2 95，T 37.6",
            ],
            _patient(78, "female", (), pregnant=None),
            id="r107-zh-013",
        ),  # NICE NG9 Bronchiolitis: no apnoea, cyanosis or SpO2 below 92%, but reduced feeding (50-75% of usual) in an infant under 3 months (a risk factor) warrants same-day clinical assessment and consideration of hospital referral.
        pytest.param(
            [
                "两岁多小男孩，昨晚开始咳嗽空空的像狗叫",
                "哭的时候吸气有点响，安静下来就没有了",
                "不凹，精神好，能喝水，T 37.9，SpO2 97",
            ],
            _patient(775, "male", (), pregnant=None),
            id="r107-zh-014",
        ),  # NICE CKS Croup: mild croup (barking cough, no stridor or recession at rest) can be managed at home, but a single dose of oral dexamethasone 0.15 mg/kg should be given by a clinician on the day of presentation.
        pytest.param(
            [
                "68岁男的，咳嗽4天，黄痰，昨天开始发烧",
                "T 38.6 R 22 BP 132/78 HR 98 SpO2 95%",
                "人清楚，能吃饭，右下肺能听到湿啰音",
            ],
            _patient(24820, "male", ("高血压",), pregnant=None),
            id="r107-zh-015",
        ),  # NICE NG138 Pneumonia (community-acquired): CRB-65 score 1 (age 65 or over only) is intermediate risk - same-day clinical assessment and antibiotics, considering hospital assessment, rather than emergency admission.
        pytest.param(
            [
                "慢阻肺阿姨66岁，3天了痰变多变绿",
                "比平时喘点，上楼要歇两次，平时歇一次",
                "SpO2 92，她平时也就93左右，R 22，能说整句话，神志好",
            ],
            _patient(24090, "female", ("COPD",), pregnant=None),
            id="r107-zh-016",
        ),  # NICE NG115 and GOLD 2024: a COPD exacerbation with increased sputum purulence and breathlessness but no severe features can be treated at home with oral prednisolone and antibiotics after same-day clinician review.
        pytest.param(
            [
                "34岁男，感冒后喘了两天，晚上咳醒",
                "PEF 300，平时最好500左右",
                "能说完整的句子，R 22 HR 104 SpO2 96",
            ],
            _patient(12410, "male", ("asthma",), pregnant=None),
            id="r107-zh-017",
        ),  # BTS/SIGN 158 asthma guideline: PEF 50-75% of best with no severe or life-threatening features is a moderate exacerbation, treated in primary care with bronchodilator and oral steroids and assessed the same day.
        pytest.param(
            [
                "72岁，糖尿病冠心病，昨天下午开始发烧怕冷，浑身酸痛",
                "T 39.1，咳嗽，嗓子痛，村里这星期好几个人一样",
                "R 18 SpO2 97 BP 140/82，不喘，吃东西还行",
            ],
            _patient(26280, "male", ("2型糖尿病", "冠心病"), pregnant=None),
            id="r107-zh-019",
        ),  # China NHC Influenza diagnosis and treatment protocol (2020) and WHO influenza clinical guidance: people aged 65+ or with chronic disease are at high risk and should start oseltamivir as early as possible, ideally within 48 hours of onset, so need clinician assessment today.
        pytest.param(
            [
                "怀孕24周，昨晚开始发烧，全身酸，干咳",
                "T 38.5，家里老公前两天也是这样",
                "不喘，SpO2 98，胎动好",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r107-zh-020",
        ),  # WHO influenza guidance and China's 2020 influenza protocol: pregnant women are a high-risk group who should receive antiviral treatment promptly after same-day assessment, even without severe signs.
        pytest.param(
            [
                "9岁小姑娘，咳了快三个礼拜",
                "一阵一阵的，咳到最后吸气有鸡叫一样的声音，咳完吐过好几次",
                "不咳的时候跟好人一样，不烧",
                "家里有个刚满月的弟弟",
            ],
            _patient(3300, "female", (), pregnant=None),
            id="r107-zh-021",
        ),  # NICE CKS Whooping cough: suspected pertussis within 21 days of onset should be treated with a macrolide and notified, and household contacts including young infants need same-day chemoprophylaxis assessment.
        pytest.param(
            [
                "4个月男宝，流鼻涕一天，今天发烧",
                "腋温39.2",
                "精神还行，逗他会笑，吃奶跟平时差不多，尿布湿的",
            ],
            _patient(125, "male", (), pregnant=None),
            id="r107-zh-022",
        ),  # NICE NG143 Fever in under 5s: a temperature of 39°C or higher in an infant aged 3-6 months is an amber feature requiring same-day face-to-face assessment by a clinician.
        pytest.param(
            [
                "两岁女孩，咳嗽发烧3天",
                "数了一分钟呼吸46次，胸口不凹",
                "能喝水吃东西，精神可以，没抽过",
                "T 38.4",
            ],
            _patient(800, "female", (), pregnant=None),
            id="r107-zh-023",
        ),  # WHO IMCI chart booklet: cough with fast breathing (40 or more per minute at 12 months-5 years) and no chest indrawing or danger signs is pneumonia, treated with oral amoxicillin at the clinic today with follow-up in 3 days.
        pytest.param(
            [
                "3岁男孩，每次感冒都会喘，这次又开始了",
                "今天雾化过一次沙丁胺醇，管了两个多小时又喘",
                "R 36 SpO2 95，能说短句，会玩一会",
                "HR 130",
            ],
            _patient(1100, "male", (), pregnant=None),
            id="r107-zh-025",
        ),  # BTS/SIGN 158, acute asthma/wheeze in children 2-5 years: SpO2 92% or more, able to talk, HR up to 140 and RR up to 40 is a moderate episode for bronchodilator treatment and same-day clinical review, especially when relief lasts under 4 hours.
        pytest.param(
            [
                "养老院87岁爷爷，昨天开始咳嗽，今天不怎么吃饭",
                "T 38.4 R 22 HR 96 BP 118/70 SpO2 95",
                "人跟平时一样清楚，能自己说话",
            ],
            _patient(31755, "male", ("前列腺增生",), pregnant=None),
            id="r107-zh-027",
        ),  # RCP National Early Warning Score 2 (2017): an aggregate score of 5-6 (here RR 22, SpO2 95, T 38.4, HR 96) triggers an urgent clinical review the same day, below the score of 7 that triggers an emergency response.
        pytest.param(
            [
                "52岁，糖尿病吃二甲双胍，发烧咳嗽两天",
                "今天指血糖17.8，昨天16多",
                "吃得少，能喝水，吐了一次，没有肚子痛，不喘",
                "尿酮没测",
            ],
            _patient(18980, "male", ("2型糖尿病",), pregnant=None),
            id="r107-zh-028",
        ),  # ADA Standards of Care and NICE NG28 / Diabetes UK sick-day rules: persistently high glucose during an intercurrent illness with vomiting needs same-day clinician contact, ketone testing and temporary withholding of metformin.
        pytest.param(
            [
                "3岁女孩，一开始以为感冒，发烧到今天第5天了",
                "一直38.5到39.5，吃退烧药退一会又上来",
                "今天发现眼睛红，没分泌物，嘴唇有点干裂",
                "精神一般，能喝水",
            ],
            _patient(1130, "female", (), pregnant=None),
            id="r107-zh-029",
        ),  # NICE NG143 Fever in under 5s: fever lasting 5 days or more is an amber feature needing same-day face-to-face assessment, including consideration of Kawasaki disease when conjunctival injection and lip changes are present.
        pytest.param(
            [
                "5岁男孩，发烧嗓子痛两天",
                "今天身上起了细细的红点，摸着像砂纸，脖子腋下多",
                "舌头红红的一粒一粒的，扁桃体上有白的",
                "精神还行，能吃点稀饭",
            ],
            _patient(1880, "male", (), pregnant=None),
            id="r107-zh-031",
        ),  # NICE CKS Scarlet fever and UKHSA guidance: suspected scarlet fever should be assessed and started on antibiotics promptly (same day) and notified; admission only if severely unwell.
        pytest.param(
            [
                "61岁，支扩多年，这几天痰多了一倍，变黄绿有味",
                "低烧37.8，比平时累，有点喘",
                "SpO2 95 R 20 HR 92，没有咯血",
            ],
            _patient(22265, "female", ("支气管扩张",), pregnant=None),
            id="r107-zh-033",
        ),  # BTS Guideline for bronchiectasis in adults (2019): an exacerbation with increased sputum volume and purulence, breathlessness and malaise needs same-day sputum culture and a 14-day antibiotic course; admission only if hypoxic, septic or unable to cope.
        pytest.param(
            [
                "56岁，类风湿一直吃甲氨蝶呤，每周一次",
                "这两天嗓子痛，嘴里起了几个溃疡，今天发烧37.9",
                "人还行，BP 126/78 HR 90 SpO2 98",
            ],
            _patient(20440, "female", ("类风湿关节炎",), pregnant=False),
            id="r107-zh-034",
        ),  # BSR and BHPR guideline on DMARD therapy (2017) / NICE CKS methotrexate: sore throat, mouth ulcers or fever on methotrexate require a same-day full blood count with the drug withheld until results are known.
        pytest.param(
            [
                "1岁1个月女宝，没打过疫苗，家里人说不让打",
                "发烧4天了，咳嗽流鼻涕，眼睛红流泪",
                "今天从耳朵后面和脸上开始出红疹子，往身上走",
                "能喝奶，没抽，呼吸34，SpO2 97",
            ],
            _patient(396, "female", (), pregnant=None),
            id="r107-zh-035",
        ),  # WHO IMCI (measles) and China's measles diagnosis and treatment guidance: suspected measles without danger signs or severe complications needs same-day clinical assessment, vitamin A, isolation and notification; referral only with danger signs or severe complications.
        pytest.param(
            [
                "63岁阿姨，前阵子发烧在床上躺了快一个礼拜",
                "这两天左小腿肿痛，比右边粗了3公分多，按着疼",
                "不胸闷不喘，SpO2 98 HR 82 BP 134/80",
            ],
            _patient(22995, "female", (), pregnant=None),
            id="r107-zh-036",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT (Wells 2 or more) needs proximal leg vein ultrasound within 4 hours or interim anticoagulation and a scan within 24 hours - same-day, not an ambulance when there are no PE features.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "8mo girl, snotty and coughing 4 days, mum worried it's RSV like her cousin who was admitted",
                "feeding normally, plenty of wet nappies",
                "RR 38, sats 97%, no pulling in, no pauses in breathing, T 37.6, smiley",
            ],
            _patient(243, "female", (), pregnant=None),
            id="r107-en-037",
        ),  # NICE NG9 Bronchiolitis in children: with normal feeding, no recession, no apnoea and SpO2 above 92% the child can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "3yo boy seen at out-of-hours last night for barking cough, had a dose of steroid medicine there",
                "today still a barky cough now and then but no noisy breathing in, even when upset",
                "playing, eating, T 37.4, sats 99%",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r107-en-038",
        ),  # NICE CKS Croup: mild croup without stridor at rest, already treated with a single dose of dexamethasone, is managed at home with advice.
        pytest.param(
            [
                "31F 22 wks pregnant, asking about the whooping cough jab",
                "her nephew has a cough, nothing diagnosed, she hasn't seen him for 10 days",
                "she's well, no cough, no fever",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r107-en-039",
        ),  # UKHSA Green Book chapter 24 (Pertussis): pertussis vaccine is offered routinely to pregnant women from 16 weeks, ideally by 32 weeks, as a planned appointment.
        pytest.param(
            [
                "26M asthma, ran out of his brown inhaler, needs a repeat",
                "bit of a cold this week, using the blue one twice a day",
                "PEF 520 (best 560), sats 98%, talking normally, no wheeze heard",
            ],
            _patient(9490, "male", ("asthma",), pregnant=None),
            id="r107-en-040",
        ),  # GINA 2024 and BTS/SIGN asthma guideline: PEF above 75% of best without acute features is not an acute attack; a routine asthma review with preventer supply is appropriate.
        pytest.param(
            [
                "70F COPD, wants her flu jab and a check",
                "usual white phlegm in the mornings, breathing same as always, walks to the shop with one stop",
                "sats 91% (her usual 90-92), RR 18, HR 80, T 36.6",
            ],
            _patient(25550, "female", ("COPD",), pregnant=False),
            id="r107-en-041",
        ),  # NICE NG115 COPD in over 16s: stable COPD with SpO2 at the patient's usual baseline needs routine review and annual influenza vaccination, not acute care.
        pytest.param(
            [
                "83F heart failure, cold with runny nose for 3 days",
                "ankles swell by evening but same as always, weight steady at 64.2 kg this week",
                "no breathlessness lying flat, sats 96%, RR 16, HR 76, BP 128/74",
            ],
            _patient(30295, "female", ("heart failure",), pregnant=False),
            id="r107-en-042",
        ),  # NICE NG106 Chronic heart failure: stable weight and unchanged symptoms need only routine monitoring; a simple cold is managed with self-care (NICE CKS Common cold).
        pytest.param(
            [
                "30F positive covid test, sore throat, blocked nose, mild cough 2 days",
                "no breathlessness, T 37.8, sats 98%, RR 14",
                "no health problems, not pregnant",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r107-en-043",
        ),  # WHO COVID-19 clinical management living guideline: mild COVID-19 in a low-risk adult with normal oxygen saturation is managed at home with symptomatic care.
        pytest.param(
            [
                "25M fever, shivers, aching all over since yesterday, flatmate has flu",
                "T 38.6, HR 98, RR 16, sats 98%, drinking fine",
                "no chest pain, no breathlessness, no health problems",
            ],
            _patient(9125, "male", (), pregnant=None),
            id="r107-en-044",
        ),  # NICE CKS Influenza - seasonal: previously healthy adults without complications can self-care with rest, fluids and antipyretics; antivirals are not routinely needed.
        pytest.param(
            [
                "38F runny nose, sneezing, scratchy throat 3 days",
                "no temp, eating ok, colleague off with the same",
                "wants something for it",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="r107-en-045",
        ),  # NICE CKS Common cold: an uncomplicated cold is self-limiting and managed with self-care and over-the-counter remedies.
        pytest.param(
            [
                "9mo boy, snotty nose and little cough 2 days, T 37.9",
                "feeding well, wet nappies as normal, babbling and playing",
                "RR 34, sats 98%, no rash",
            ],
            _patient(274, "male", (), pregnant=None),
            id="r107-en-046",
        ),  # NICE NG143 Fever in under 5s: a child with only green (low-risk) features can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "44M cough for 10 days after a cold, some clear to yellow phlegm",
                "no breathlessness, no chest pain, non smoker",
                "T 36.9, RR 14, sats 98%, HR 76, chest clear",
            ],
            _patient(16060, "male", (), pregnant=None),
            id="r107-en-047",
        ),  # NICE NG120 Cough (acute): antimicrobial prescribing: acute cough from a viral infection usually lasts 3-4 weeks and is managed with self-care without antibiotics when the person is not systemically unwell.
        pytest.param(
            [
                "32F dry tickly cough since a cold 5 wks ago, keeps her up some nights",
                "no blood, no weight loss, no night sweats, non-smoker, no breathlessness",
                "sats 99%, chest clear, T 36.7",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="r107-en-048",
        ),  # NICE CKS Cough and NICE NG12 suspected cancer: a cough over 3 weeks without red flags in a young non-smoker warrants a routine appointment, not same-day care.
        pytest.param(
            [
                "19M sore throat 2 days, swallowing sore but ok",
                "no fever, has a cough and runny nose, tonsils a bit red no pus",
                "drinking fine",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r107-en-049",
        ),  # NICE NG84 Sore throat (acute): FeverPAIN score 0-1 means no antibiotic and self-care with analgesia.
        pytest.param(
            [
                "3yo girl pulling at L ear, crying with it last night, has a cold",
                "T 38.0, calpol helped, eating and playing this morning",
                "no discharge, no swelling behind the ear",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r107-en-050",
        ),  # NICE NG91 Otitis media (acute): most episodes resolve within about 3 days without antibiotics; self-care with paracetamol or ibuprofen is advised when there are no complications.
        pytest.param(
            [
                "48M blocked nose and pressure over cheeks 6 days after a cold",
                "no fever, no eye swelling, vision fine, no severe headache",
                "green stuff from his nose",
            ],
            _patient(17520, "male", (), pregnant=None),
            id="r107-en-051",
        ),  # NICE NG79 Sinusitis (acute): symptoms for 10 days or less are managed with self-care without antibiotics.
        pytest.param(
            [
                "28F chesty cough 5 days with a cold",
                "this morning a few streaks of blood in the phlegm after a big coughing bout",
                "non smoker, no leg swelling, no chest pain, not breathless, not on the pill",
                "T 37.3, HR 78, RR 14, sats 99%",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r107-en-052",
        ),  # NICE CKS Haemoptysis and NICE NG12: small streaks of blood with an acute chest infection in a stable under-40 non-smoker need routine review if they persist, not admission (reserved for massive bleeding or instability).
        pytest.param(
            [
                "62M nosebleed from R nostril this morning, heating on, nose very dry",
                "stopped after 10 min pinching, no bleeding now",
                "not on blood thinners, BP 142/86, HR 74",
            ],
            _patient(22630, "male", ("hypertension",), pregnant=None),
            id="r107-en-053",
        ),  # NICE CKS Epistaxis (nosebleeds): a nosebleed that has stopped with first aid in someone not anticoagulated and stable needs only self-care advice.
        pytest.param(
            [
                "2yo girl, had a fit with a fever last winter",
                "now has a cold with T 38.4, mum scared it will happen again",
                "no fit this time, alert, playing, drinking, no rash, RR 30, sats 98%",
            ],
            _patient(913, "female", (), pregnant=None),
            id="r107-en-054",
        ),  # NICE CKS Febrile seizure and NG143: a past febrile seizure does not change management of a well febrile child with green features; home care with safety-netting (antipyretics do not prevent seizures).
        pytest.param(
            [
                "80M had pneumonia and was in hospital last Jan",
                "now runny nose and sneezing 2 days, family worried",
                "T 36.8, RR 16, sats 97%, HR 72, BP 136/80, chest clear, eating fine",
            ],
            _patient(29200, "male", ("hypertension",), pregnant=None),
            id="r107-en-055",
        ),  # NICE CKS Common cold with RCP NEWS2 score 0: an uncomplicated cold with normal observations is managed by self-care despite a past pneumonia.
        pytest.param(
            [
                "72F here for her flu jab, had sniffles last week, all gone now",
                "no temp today, feels fine",
            ],
            _patient(26280, "female", ("hypertension",), pregnant=False),
            id="r107-en-056",
        ),  # UKHSA Green Book chapter 19 (Influenza): minor illness without fever is not a reason to postpone vaccination; this is a routine appointment.
        pytest.param(
            [
                "35F teacher, lost her voice 3 days, started with a cold",
                "breathing fine, no noisy breathing, swallowing ok, no drooling",
                "T 37.2, sats 99%",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r107-en-057",
        ),  # NICE CKS Hoarseness/laryngitis: acute laryngitis with a cold is self-limiting and managed with voice rest and self-care; only hoarseness lasting over 3 weeks needs referral.
        pytest.param(
            [
                "5yo boy, both eyes red and sticky on waking, has a cold",
                "seeing fine, no pain with light, eyelids not swollen",
                "T 37.5, playing",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="r107-en-058",
        ),  # NICE CKS Conjunctivitis - infective: bilateral sticky red eyes with normal vision and no photophobia are self-limiting and managed with self-care.
        pytest.param(
            [
                "50M has a cold and cough, his home finger monitor said 91% this morning and he panicked",
                "hands were freezing, he'd just come in from the snow",
                "here with warm hands sats 97%, RR 14, HR 80, T 37.1, talking normally",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r107-en-059",
        ),  # NHS England pulse oximetry guidance and MHRA advice: cold hands give falsely low readings; a normal repeat reading with normal observations means the cough and cold can be self-managed (NICE NG120).
        pytest.param(
            [
                "6yo girl still coughing 2 wks after a cold, mostly at night",
                "no whoop, not sick after coughing, not breathless, eating fine",
                "T 36.8, RR 20, sats 98%, chest clear",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r107-en-060",
        ),  # NICE NG120 Cough (acute) and CKS Cough: acute cough after a viral infection can last 3-4 weeks and is managed with self-care in a well child.
        pytest.param(
            [
                "35岁男，流鼻涕打喷嚏嗓子痛两天",
                "T 37.6，有点咳，没痰",
                "不喘不胸痛，SpO2 98，吃喝正常，想开点药",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r107-zh-037",
        ),  # NICE CKS Common cold: an uncomplicated cold in a healthy adult is self-limiting over 7-10 days and is managed with self-care (fluids, paracetamol), without antibiotics.
        pytest.param(
            [
                "8个月女宝，鼻子堵，睡觉呼噜呼噜响，妈妈怕是肺上的问题",
                "没发烧，T 36.9",
                "吃奶跟平时一样，尿布照样湿，呼吸36，胸口不凹，笑着玩",
            ],
            _patient(245, "female", (), pregnant=None),
            id="r107-zh-038",
        ),  # NICE NG143 traffic light and CKS Common cold: an afebrile infant with normal feeding, normal respiratory rate and no recession has only green features and can be cared for at home with saline drops and safety-netting.
        pytest.param(
            [
                "45岁女的，感冒后咳嗽10天了，早上咳黄绿色的痰，怕是肺炎",
                "不发烧，不喘，没胸痛",
                "T 36.8 R 16 HR 76 SpO2 98，两肺听着干净",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r107-zh-039",
        ),  # NICE NG120 Cough (acute): cough after a viral infection or acute bronchitis lasts up to 3-4 weeks and coloured sputum alone does not mean bacterial infection; without systemic illness or chest signs it is self-care without antibiotics.
        pytest.param(
            [
                "3岁男孩，前天晚上狗叫样咳嗽，昨天在卫生院吃过一次地塞米松",
                "今天白天偶尔咳一声像狗叫，嗓子还哑",
                "安静和哭的时候都没有吸气的响声，不凹，吃饭玩耍都正常，T 37.2",
            ],
            _patient(1125, "male", (), pregnant=None),
            id="r107-zh-040",
        ),  # NICE CKS Croup: mild croup (occasional barking cough, no stridor or recession) already treated with dexamethasone is managed at home with safety-net advice, as symptoms usually resolve within 48 hours.
        pytest.param(
            [
                "16岁女生，有哮喘，这个冬天一周要喷三四次蓝色的喷雾",
                "今天不喘，能跑能跳，晚上没咳醒过",
                "PEF 410，她最好440，SpO2 99，来问要不要调药",
            ],
            _patient(5840, "female", ("asthma",), pregnant=False),
            id="r107-zh-041",
        ),  # GINA 2024: reliever use more than twice a week means asthma is not well controlled and needs a planned review to step up controller treatment; with PEF over 90% of best and no current exacerbation it is a routine appointment.
        pytest.param(
            [
                "74岁老慢支，家里人买了个指夹测氧的，测出来91吓坏了",
                "他说跟平时一样，早上咳几口白痰，走平路不喘，天冷了一直这样",
                "去年住院出院时就是91-92，T 36.5 R 18，说话连贯",
                "想来开点药",
            ],
            _patient(27010, "male", ("COPD",), pregnant=None),
            id="r107-zh-042",
        ),  # GOLD 2024 and BTS oxygen guideline: in stable COPD an SpO2 of 88-92% at the patient's known baseline with unchanged symptoms and sputum is not an exacerbation and needs only routine review of maintenance treatment.
        pytest.param(
            [
                "77岁心衰阿姨，天冷了家里人担心她，带来看看",
                "脚踝傍晚有点肿，早上就消了，跟几个月来一样",
                "体重一周没变，睡一个枕头，走平路不喘，SpO2 96 BP 128/76 HR 72",
                "想打流感疫苗",
            ],
            _patient(28105, "female", ("heart failure", "高血压"), pregnant=None),
            id="r107-zh-043",
        ),  # NICE NG106 Chronic heart failure: stable symptoms and stable weight need routine review and annual influenza vaccination; only rapid weight gain or worsening breathlessness calls for same-day review.
        pytest.param(
            [
                "两岁男孩，流鼻涕一天，今天发烧38.5，家里怕是烧成肺炎",
                "吃了退烧药退到37.6，现在在诊室里跑着玩",
                "呼吸28，不凹，能喝水，尿正常，身上没疹子",
            ],
            _patient(760, "male", (), pregnant=None),
            id="r107-zh-044",
        ),  # NICE NG143 Fever in under 5s: a child with only green features (normal colour, active, no respiratory distress, normal hydration) can be cared for at home with safety-net advice.
        pytest.param(
            [
                "38岁，咳了一周，昨天咳得厉害后左边胸口下面痛",
                "按那根肋骨就痛，转身咳嗽痛，一动不动不痛",
                "不喘，没发烧，HR 78 BP 124/80 SpO2 98 R 16",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r107-zh-045",
        ),  # NICE CKS Chest pain: chest-wall pain reproduced by palpation and movement after coughing, with normal observations and no red flags, is musculoskeletal and managed with simple analgesia.
        pytest.param(
            [
                "33岁女的，办公室同事确诊百日咳了，她来问要不要紧",
                "她自己一点不咳，没发烧",
                "家里就她和老公，没有小孩，没怀孕，不在医院上班",
            ],
            _patient(12045, "female", (), pregnant=False),
            id="r107-zh-046",
        ),  # UKHSA Guidelines for the public health management of pertussis: chemoprophylaxis is only for close contacts in priority groups (infants, late pregnancy, those working with infants); an asymptomatic adult outside these groups needs advice only.
        pytest.param(
            [
                "70岁阿姨，上周感冒流了几天鼻涕，现在好了",
                "听说村里有人发烧住院了，想来打流感疫苗，问现在能不能打",
                "今天没有不舒服，T 36.6",
            ],
            _patient(25550, "female", ("高血压",), pregnant=None),
            id="r107-zh-047",
        ),  # China CDC Technical guidelines for seasonal influenza vaccination (2023-2024): adults aged 60+ are a priority group for annual vaccination and a resolved mild cold is no contraindication - a routine vaccination visit.
        pytest.param(
            [
                "27岁男，感冒4天，今天擤鼻涕有血丝，吓到了",
                "就是鼻涕里几条红丝，没有成滴流血，已经没了",
                "不咳血，没发烧，没有别的地方出血，不吃抗凝药",
            ],
            _patient(9860, "male", (), pregnant=None),
            id="r107-zh-048",
        ),  # NICE CKS Epistaxis and Common cold: minor blood streaking from a congested, frequently blown nose that has stopped needs only self-care advice, with no referral.
        pytest.param(
            [
                "12天男宝，老是打喷嚏，奶奶说是不是被家里人传了感冒",
                "家里爸爸在咳嗽",
                "宝宝体温36.8，吃奶好，一天尿七八次，呼吸40，不咳",
            ],
            _patient(12, "male", (), pregnant=None),
            id="r107-zh-049",
        ),  # NICE NG143 and CKS: sneezing is normal in newborns; an afebrile, well-feeding neonate with normal breathing has no amber or red features and needs hygiene advice and safety-netting (a temperature of 38°C would change this).
        pytest.param(
            [
                "4岁女孩，妈妈说邻居家孩子肺炎住院了，怕她也有",
                "这孩子就是早上有两声清嗓子的咳嗽，没有鼻涕",
                "没发烧，吃饭睡觉都好，R 24，SpO2 99，肺里听着干净",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="r107-zh-050",
        ),  # WHO IMCI: a child with cough but no fast breathing, no chest indrawing and no danger signs is classified as cough or cold (no pneumonia) and managed with home care.
        pytest.param(
            [
                "76岁老爷子，感冒4天，干咳，儿子怕他是肺炎要拍片",
                "T 37.3 R 16 HR 76 BP 136/80 SpO2 97",
                "人清楚，吃饭正常，自己走来的，两肺没听到啰音",
            ],
            _patient(27750, "male", (), pregnant=None),
            id="r107-zh-051",
        ),  # NICE NG120 and NG138: an older adult with acute cough, normal vital signs, normal mental state and no focal chest signs does not meet the criteria for pneumonia and is managed with self-care and safety-net advice.
        pytest.param(
            [
                "24岁女，嗓子痛发烧一天，抗原阳性",
                "T 38.2，不喘，没胸闷，SpO2 99",
                "没基础病，没怀孕，问要不要吃什么药",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r107-zh-052",
        ),  # WHO COVID-19 clinical management living guideline: mild COVID-19 in a healthy young adult without risk factors is managed at home with symptomatic care; antivirals are not recommended for low-risk patients.
        pytest.param(
            [
                "1岁8个月男孩，去年冬天因为喘住过两个礼拜院，吸过氧",
                "今年天冷了家里很紧张，来问怎么预防",
                "孩子现在没咳没喘没发烧，吃睡都好",
            ],
            _patient(610, "male", (), pregnant=None),
            id="r107-zh-053",
        ),  # NICE NG9 Bronchiolitis and WHO guidance: a past episode of severe bronchiolitis in a now well child needs only routine preventive advice (hand hygiene, smoke-free home, vaccination), not acute assessment.
        pytest.param(
            [
                "19岁女学生，嗓子痛两天，咽口水痛",
                "T 37.4，有点咳流鼻涕，扁桃体不大没脓",
                "张嘴正常，能吃能喝，声音不变",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="r107-zh-054",
        ),  # NICE NG84 Sore throat (acute): FeverPAIN 0-1 or Centor 0-2 with no red flags such as trismus or drooling means no antibiotic and self-care with analgesia.
        pytest.param(
            [
                "6岁女孩，感冒咳嗽4天，昨晚咳厉害了吐了一次",
                "吐完就睡了，今天没再吐，能吃早饭",
                "没有吸气的鸡叫声，不发烧，呼吸22，精神好",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r107-zh-055",
        ),  # NICE CKS Cough in children and Whooping cough: a single post-tussive vomit in a well child with a 4-day viral cough, no whoop, no fever and normal breathing fits a self-limiting respiratory infection managed with self-care.
        pytest.param(
            [
                "3岁男孩，感冒后昨晚说耳朵疼，哭了一阵",
                "T 38.0，吃了布洛芬睡着了",
                "今天能玩，耳朵后面不红不肿，耳朵里没流东西",
            ],
            _patient(1150, "male", (), pregnant=None),
            id="r107-zh-056",
        ),  # NICE NG91 Otitis media (acute): most children improve within 3 days without antibiotics; analgesia and self-care are advised unless systemically unwell, with otorrhoea, or under 2 with bilateral infection.
        pytest.param(
            [
                "50岁男，十二月初感冒，之后一直有点干咳，4个礼拜了",
                "冷空气一吹就咳，不发烧，体重没掉，没咳血，不抽烟",
                "SpO2 98 R 16，人精神好",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r107-zh-057",
        ),  # BTS/ERS chronic cough guidance and NICE CKS Cough: post-infectious cough lasting 3-8 weeks without red flags (haemoptysis, weight loss, breathlessness) warrants a routine review, not same-day care.
        pytest.param(
            [
                "孕18周，鼻塞流清涕打喷嚏3天，怕影响孩子",
                "不发烧，T 36.9，不咳嗽不喘，没有全身酸痛",
                "SpO2 99，吃饭睡觉还行",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="r107-zh-058",
        ),  # NICE CKS Common cold: an afebrile cold without systemic symptoms in pregnancy is managed with self-care (saline, paracetamol if needed) and advice to seek review if fever or breathlessness develops.
        pytest.param(
            [
                "65岁阿姨来量血压，刚从外面骑电动车过来，手冰凉",
                "顺手夹了一下指脉氧显示88，她说自己啥感觉都没有",
                "让她暖了10分钟手再测，换了个手指，97，波形很好",
                "不咳不喘，说话正常",
            ],
            _patient(23725, "female", ("高血压",), pregnant=None),
            id="r107-zh-059",
        ),  # BTS Guideline for oxygen use in healthcare (2017): cold peripheries and poor perfusion give falsely low pulse oximetry; a repeat SpO2 of 97% with a good waveform in an asymptomatic patient is normal, so only her routine BP visit applies.
        pytest.param(
            [
                "30岁男，前天开始发烧肌肉酸痛头痛，公司好几个人一样",
                "今天第三天，T 38.6，干咳",
                "没基础病，不喘，SpO2 98，R 18 HR 96，能吃能喝",
            ],
            _patient(10960, "male", (), pregnant=None),
            id="r107-zh-060",
        ),  # China NHC Influenza diagnosis and treatment protocol (2020) and WHO: influenza in a healthy adult without high-risk factors or danger signs is managed at home with rest, fluids and antipyretics; antivirals are optional after 48 hours for non-high-risk patients.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
