# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninth held-out round (2026-12-06, at commit aada087: two reviewers, 120 cases from the
guidelines on topics no earlier round took: complications of cancer and chemotherapy, after an
operation or procedure, after childbirth, mouth, teeth, face and neck, men's and urological
problems, cold, lightning and water, food, plant and herb poisonings, dialysis and transplant
patients, and adolescents; one set in Chinese village wording, one in English shorthand).
Before these fixes the rules found 25 of 30 and 22 of 30 emergencies, graded 4 of 15 and 2 of
15 same-day cases exactly, and sent 1 of 15 and 0 of 15 look-alikes to emergency. The cases
below are those it missed and the fixes now pass; each fails without them.

New rules with their sources (rules_after_treatment.py unless named): spinal cord compression
and possible spinal metastases in cancer, superior vena cava obstruction, chemotherapy
diarrhoea, bleeding after a tonsillectomy, a surgical wound come apart, infection after an
abortion or a coil fitting, peritoneal dialysis peritonitis, fever after a transplant, a dental
infection from Ludwig's angina to a swollen cheek; self-harm without suicidal intent
(rules_adult), frostbite and lightning (rules_toxic_medical), mastitis and breast abscess
(rules_eye_skin_limb). Readings: 背疼, 从肚脐往下都麻, 尿也解不太出, 剖宫产出院, 说娃娃是来害她的,
口水直淌, 闷声闷气, 水都不敢咽, 皮上有发黑的地方, "crackly under skin", "voice like hot potato",
"missed Wed and Fri session", "total maybe 20-24 tabs", "socket still oozing", "upper lip puffy"."""

import pytest

from triage.rules import Level, PatientContext, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT
ADULT = PatientContext(age_days=40 * 365, sex="female")


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "老爷子前列腺癌好几年了 骨头上有转移",
                "这半个月背疼得厉害 晚上躺下更疼",
                "今天两条腿发软站不起来 从肚脐往下都麻 尿也解不太出",
            ],
            _patient(24820, "male", ("prostate cancer with bone metastases",), pregnant=False),
            id="z9-E02",
        ),  # NICE NG234 metastatic spinal cord compression (2023), 1.3 immediate referral with neurological symptoms
        pytest.param(
            [
                "剖宫产出院第五天的产妇",
                "说头疼得像要炸开 看东西模糊 眼前冒金星",
                "量血压170/112 脚肿 心口窝下面也疼",
            ],
            _patient(12045, "female", (), pregnant=False),
            id="z9-E09",
        ),  # NICE NG133 hypertension in pregnancy (postnatal); 中华医学会妊娠期高血压疾病诊治指南(2020)
        pytest.param(
            [
                "产后一个礼拜 家里人说她三天没怎么睡",
                "一会儿笑一会儿哭 自己跟自己说话 说娃娃是来害她的",
                "刚才抱着娃要往外跑 拦都拦不住",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="z9-E11",
        ),  # NICE CG192 antenatal and postnatal mental health (suspected postpartum psychosis: urgent assessment within 4 hours); RCOG Good Practice
        pytest.param(
            [
                "喉咙疼得要命 半天功夫越来越重",
                "水都不敢咽 口水直淌 说话闷声闷气像含着东西",
                "坐着往前趴才舒服 看嗓子倒也不太红 体温38度9",
            ],
            _patient(18250, "male", (), pregnant=False),
            id="z9-E13",
        ),  # NICE NG84 / CKS Sore throat red flags (drooling, muffled voice, suspected epiglottitis: immediate admission)
        pytest.param(
            [
                "糖尿病十几年 血糖控制得一般",
                "阴囊到屁股那块红肿 两天就蔓延开了 皮上有发黑的地方 一股臭味",
                "疼得坐不住 烧到39度 血压92/60",
            ],
            _patient(21900, "male", ("diabetes",), pregnant=False),
            id="z9-E17",
        ),  # EAU guidelines on urological infections (Fournier's gangrene); NICE NG51 sepsis
        pytest.param(
            [
                "61M lung ca dx 3 months ago, heavy smoker",
                "face and neck getting puffy few days, worse when he bend down, veins on chest wall standing out",
                "SOB at rest now RR 26 sats 92% RA",
            ],
            _patient(22265, "male", ("lung cancer",), pregnant=None),
            id="e9-E03",
        ),  # UKONS Triage Tool / ESMO oncological emergencies: superior vena cava obstruction with respiratory compromise
        pytest.param(
            [
                "6yo boy tonsils out 6 days ago at county hosp",
                "mum says he spat bright red blood + clots twice in last 30 min, still spitting now",
                "looks pale HR 130",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="e9-E05",
        ),  # ENT UK post-tonsillectomy haemorrhage guidance (any bleeding after tonsillectomy: attend hospital immediately)
        pytest.param(
            [
                "husband bring 30F, baby 9 days old",
                "she not slept 3 nights, talking very fast, says the baby is not hers it is a devil, hearing voices",
                "at 3am she tried leave the house with baby",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="e9-E11",
        ),  # NICE CG192 Antenatal and postnatal mental health 1.10 (suspected postpartum psychosis: immediate assessment within 4 hours); RCPsych
        pytest.param(
            [
                "45M toothache lower back tooth 4 days",
                "now swelling under chin both side, hard, floor of mouth raised n tongue pushed up",
                "drooling, cant open mouth, voice like hot potato, T 38.8",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="e9-E12",
        ),  # SDCEP Emergency Dental Care (spreading infection compromising the airway: immediate hospital); NICE CKS Dental abscess
        pytest.param(
            [
                "67M diabetic, scrotum and perineum swollen painful 3 days",
                "now black patch on skin, pain much worse than it look, crackly under skin",
                "T 38.7 HR 118 BP 95/60",
            ],
            _patient(24455, "male", ("diabetes",), pregnant=None),
            id="e9-E16",
        ),  # EAU Guidelines on Urological Infections (Fournier's gangrene); NICE NG51 Sepsis
        pytest.param(
            [
                "35M hit by lightning while standing under tree 20 min ago, was knocked out briefly",
                "now awake, red fern like marks on chest, says chest tight and ears ringing",
                "pulse 104 feels irregular",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="e9-E21",
        ),  # European Resuscitation Council Guidelines 2021 Special circumstances: lightning strike (all victims need hospital assessment and ECG monitoring)
        pytest.param(
            [
                "61M on HD Mon Wed Fri, missed Wed and Fri session went back hometown",
                "now legs weak, breathless when lie flat",
                "HR 44 irregular, RR 28 sats 90%",
            ],
            _patient(22265, "male", ("end-stage kidney disease", "haemodialysis"), pregnant=None),
            id="e9-E26",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of acute hyperkalaemia in adults (2020); KDIGO
        pytest.param(
            [
                "16F took paracetamol several times over 2 days after fight with parents",
                "total maybe 20-24 tabs of 500mg, weight around 50kg, only told mum today",
                "now nausea and pain right upper tummy",
            ],
            _patient(5840, "female", (), pregnant=False),
            id="e9-E28",
        ),  # NICE CKS Poisoning or overdose / TOXBASE paracetamol (staggered overdose: treat with acetylcysteine without waiting for levels); NICE NG225 Self-harm
    ],
)
def test_round9_emergencies_found(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "结肠癌在吃卡培他滨化疗",
                "这两天拉肚子 一天四五次 比平时多",
                "不发烧 能吃能喝 尿量正常 精神还可以",
            ],
            _patient(21170, "male", ("colon cancer on chemotherapy",), pregnant=False),
            id="z9-U01",
        ),  # UKONS Oncology/Haematology 24-hour triage tool (diarrhoea 4-6 episodes above baseline, afebrile = amber)
        pytest.param(
            [
                "子宫肌瘤手术后第八天 刚拆线",
                "今天发现刀口下面一截裂开了 大概两厘米 渗点淡黄水",
                "不发烧 肚子不疼 里面看不到肠子",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="z9-U02",
        ),  # NICE NG125 surgical site infections; WHO surgical wound care (superficial dehiscence)
        pytest.param(
            [
                "一周前做的药流",
                "现在还在出血 比月经量稍多点 偶尔有小血块 小肚子隐隐疼",
                "体温37度6 血压心跳都正常 人精神还行",
            ],
            _patient(8395, "female", (), pregnant=False),
            id="z9-U04",
        ),  # WHO Abortion care guideline 2022 (post-abortion complications); RCOG
        pytest.param(
            [
                "产后一个半月 左边奶上长了个包 疼了一个礼拜",
                "吃了几天头孢没好 现在包中间软软的 按下去有波动感",
                "体温37度8 人还行",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="z9-U06",
        ),  # NICE CKS Mastitis and breast abscess (suspected abscess: same-day referral for drainage)
        pytest.param(
            [
                "牙疼三天 今天左边脸颊肿起来一块",
                "嘴能张开 吞东西没问题 舌头下面不肿",
                "体温37度5",
            ],
            _patient(12775, "male", (), pregnant=False),
            id="z9-U07",
        ),  # NICE CKS Dental abscess; SDCEP drug prescribing for dentistry
        pytest.param(
            [
                "在外面拉了一夜货 脚趾冻坏了",
                "暖过来以后几个脚趾头起了水泡 里面是清水 又红又疼",
                "人清醒 体温正常",
            ],
            _patient(18250, "male", (), pregnant=False),
            id="z9-U10",
        ),  # Wilderness Medical Society clinical practice guidelines for frostbite (2019/2024)
        pytest.param(
            [
                "腹透的病人 今天早上放出来的透析液是浑的 像淘米水",
                "肚子有点隐隐的疼",
                "不发烧 血压120/76 人精神还可以",
            ],
            _patient(21535, "female", ("peritoneal dialysis", "kidney failure"), pregnant=False),
            id="z9-U13",
        ),  # ISPD peritonitis guideline 2022 (cloudy effluent: presume peritonitis, start empirical antibiotics promptly)
        pytest.param(
            [
                "14岁女孩 妈妈发现她胳膊上有好多刀划的印子 有新有旧",
                "都是浅浅的 已经不流血了",
                "问她 说心里难受才划的 现在没有想死的念头 也没吃药",
            ],
            _patient(5110, "female", (), pregnant=False),
            id="z9-U15",
        ),  # NICE NG225 self-harm (children and young people: urgent referral for psychosocial assessment)
        pytest.param(
            [
                "58F had breast ca treated 3 yrs ago",
                "new upper back pain ~3 wks, worse lying flat at night, wakes her up",
                "o/e walks normal, leg power normal, no numb, bladder bowel ok",
            ],
            _patient(21170, "female", ("breast cancer",), pregnant=False),
            id="e9-U01",
        ),  # NICE NG234 Spinal metastases and MSCC (spinal pain suggestive of metastases without neurological symptoms: urgent discussion and MRI)
        pytest.param(
            [
                "63M bowel ca on capecitabine tabs",
                "diarrhoea 5x today more than his usual, watery no blood",
                "T 36.9 HR 88 BP 128/78, drinking fine, no tummy pain",
            ],
            _patient(22995, "male", ("bowel cancer on chemotherapy",), pregnant=None),
            id="e9-U02",
        ),  # UKONS Oncology/Haematology 24h Triage Tool (diarrhoea 4-6 episodes above baseline = grade 2, amber: same-day assessment)
        pytest.param(
            [
                "59M had hernia op R groin 8 days ago",
                "wound edge come apart about 2cm, some pink watery fluid on the dressing",
                "cant see anything inside, T 37.2, eating normal, pain mild",
            ],
            _patient(21535, "male", (), pregnant=None),
            id="e9-U03",
        ),  # NICE NG125 Surgical site infections: prevention and treatment (wound review); general surgical wound dehiscence guidance
        pytest.param(
            [
                "31F IUD put in 5/7 ago",
                "lower tummy pain both sides + smelly discharge x2d, T 37.9",
                "BP 118/72 HR 88, UPT neg, walking ok",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="e9-U04",
        ),  # FSRH Intrauterine Contraception guideline (infection after insertion); BASHH UK guideline for pelvic inflammatory disease (outpatient treatment if mild)
        pytest.param(
            [
                "72M on warfarin for AF (INR last wk 2.6), tooth pulled this morning",
                "socket still oozing, bit on gauze 20min x2 still slowly ooze",
                "not heavy no big clot, HR 80 BP 136/82, feels ok",
            ],
            _patient(26280, "male", ("atrial fibrillation", "on warfarin"), pregnant=None),
            id="e9-U05",
        ),  # SDCEP Management of Dental Patients Taking Anticoagulants or Antiplatelet Drugs 2015 (bleeding persisting despite local measures: same-day review)
        pytest.param(
            [
                "28F breastfeeding 5 wks, R breast red painful 6 days, on antibiotics 3 days already",
                "now hard lump ~3cm very tender, feel soft boggy in middle",
                "T 37.8 HR 90, otherwise ok",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="e9-U06",
        ),  # NICE CKS Mastitis and breast abscess (suspected breast abscess: same-day referral for drainage)
        pytest.param(
            [
                "38F toothache upper molar 3/7, L cheek mild swollen",
                "can open mouth fully, swallow fine, no eye swelling",
                "T 37.4 feel ok otherwise",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="e9-U08",
        ),  # SDCEP Emergency Dental Care (dental abscess with localised swelling: urgent dental care); NICE CKS Dental abscess
        pytest.param(
            [
                "58F on lisinopril 赖诺普利 for htn",
                "woke up with upper lip puffy",
                "no tongue swell, voice normal, no throat tight, breathing fine, no rash",
            ],
            _patient(21170, "female", ("hypertension",), pregnant=False),
            id="e9-U09",
        ),  # NICE CKS Angioedema and urticaria (ACE-inhibitor angioedema without airway involvement: stop drug, same-day review)
        pytest.param(
            [
                "41M worked outdoor in snow all day, fingertips went white and numb",
                "rewarmed in warm water, now red painful, clear blisters on 2 fingertips",
                "core warm, chatting, T 36.8",
            ],
            _patient(14965, "male", (), pregnant=None),
            id="e9-U11",
        ),  # Wilderness Medical Society Clinical Practice Guidelines for Frostbite 2019 (clear blisters, superficial injury)
        pytest.param(
            [
                "57M PD at home, bag this morning cloudy",
                "mild tummy ache, T 37.3",
                "HR 86 BP 138/84, eating ok",
            ],
            _patient(
                20805, "male", ("end-stage kidney disease", "peritoneal dialysis"), pregnant=None
            ),
            id="e9-U12",
        ),  # ISPD Peritonitis Guideline 2022 (cloudy effluent: presume peritonitis, cell count/culture, start antibiotics promptly)
        pytest.param(
            [
                "36M kidney transplant 2 yrs, on tacrolimus",
                "cough runny nose 2 days, T 37.8",
                "sats 97% RR 16, eating drinking, urine normal",
            ],
            _patient(13140, "male", ("kidney transplant",), pregnant=None),
            id="e9-U13",
        ),  # KDIGO Care of the Kidney Transplant Recipient (infection); NICE NG51 Sepsis (immunosuppression, moderate risk: clinician review)
        pytest.param(
            [
                "68F on HD Tue Thu Sat, missed Thursday becuase car broke",
                "today Friday feel ok, ankles bit puffy",
                "no SOB, HR 76 regular BP 150/90",
            ],
            _patient(
                24820, "female", ("end-stage kidney disease", "haemodialysis"), pregnant=False
            ),
            id="e9-U14",
        ),  # UK Kidney Association hyperkalaemia guideline / KDOQI Hemodialysis Adequacy (missed sessions: same-day contact with dialysis unit)
        pytest.param(
            [
                "15F cut her forearm last night with pencil sharpener blade",
                "cuts shallow, stopped bleeding, no pills taken",
                "says doesnt want die, 'needed to feel something', mum with her",
            ],
            _patient(5475, "female", (), pregnant=False),
            id="e9-U15",
        ),  # NICE NG225 Self-harm: assessment, management and preventing recurrence (urgent psychosocial assessment for young people)
    ],
)
def test_round9_same_day_cases_graded_urgent(texts: list[str], patient: PatientContext) -> None:
    assert assess(texts, patient).level is U


def _codes(texts: list[str], patient: PatientContext | None = None) -> set[str]:
    return {flag.code for flag in assess(texts, patient or ADULT).red_flags}


@pytest.mark.parametrize(
    ("texts", "absent"),
    [
        # Back pain from lifting years after a cancer, without night pain or worsening: the
        # back pain rules' routine visit, not a spinal metastasis.
        (["乳腺癌十年前做过手术 这两天搬东西闪了腰 腰疼"], "possible_spinal_metastases"),
        (
            ["breast ca 10 yrs ago, pulled her back lifting yesterday, low back pain"],
            "possible_spinal_metastases",
        ),
        # A cloudy catheter bag is not peritoneal dialysis fluid.
        (["导尿管 尿袋里的尿是浑的"], "pd_peritonitis"),
        (["catheter bag cloudy this morning, no fever"], "pd_peritonitis"),
        # A transplant recipient at 37.2 °C.
        (["kidney transplant 5 yrs, T 37.2, feels well, mild cough"], "transplant_fever"),
        # A hard painless breast lump without fever is not mastitis (a routine breast clinic).
        (["哺乳期 乳房有个硬块 不红不疼 不发烧"], "mastitis_or_breast_abscess"),
        (
            ["40yo woman, noticed a painless lump in her L breast a week ago, no skin changes"],
            "mastitis_or_breast_abscess",
        ),
        # A coil fitted with a little dragging and no fever; a tonsillectomy without bleeding.
        (["上环三天 小肚子有点坠 不发烧"], "post_procedure_pelvic_infection"),
        (["扁桃体切除术后第三天 喉咙疼 能喝水"], "post_tonsillectomy_bleed"),
        # Toothache alone; diarrhoea without chemotherapy.
        (["牙疼两天"], "dental_abscess"),
        (["腹泻三天 一天四五次 能喝水"], "chemotherapy_toxicity"),
    ],
)
def test_look_alikes_of_the_new_rules_do_not_fire(texts: list[str], absent: str) -> None:
    assert absent not in _codes(texts)


@pytest.mark.parametrize(
    ("texts", "level", "code"),
    [
        # The real signs the new readings sit beside stay.
        (["女，22岁，刚才割腕，伤口还在渗血，说还是想死"], E, "suicide_risk"),
        (["子宫切除术后第10天 刀口裂开了 能看到肠子"], E, "wound_dehiscence"),
        (["流产后大出血 头晕 脸色苍白"], E, "major_haemorrhage"),
        (["哺乳期 乳腺脓肿 不发烧"], U, "mastitis_or_breast_abscess"),
        (["被电了一下 手麻了一会儿 现在好了"], U, "electrical_injury"),
        (["struck by lightning in the field, now talking, no burns seen"], E, "electrical_injury"),
        (["牙疼三天 下巴底下肿了 舌头被顶起来"], E, "deep_neck_infection"),
    ],
)
def test_the_signs_beside_the_new_readings_stay(texts: list[str], level: Level, code: str) -> None:
    assessment = assess(texts, ADULT)
    assert assessment.level is level
    assert code in {flag.code for flag in assessment.red_flags}


def test_a_wound_infection_is_still_read_as_one() -> None:
    assert (
        dict(assess(["伤口化脓了 红肿"], ADULT).facts.findings).get("wound_infection") == "present"
    )
