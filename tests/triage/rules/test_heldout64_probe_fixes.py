# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-fourth held-out round (2026-12-07, at commit ee88fa5: two reviewers, 120 cases on the side effects and
interactions of long-term medicines in adults and older people on several drugs: lithium, serotonin syndrome,
neuroleptic malignant syndrome, agranulocytosis on clozapine, carbimazole or methotrexate, digoxin,
hyperkalaemia on an ACE inhibitor with spironolactone, euglycaemic DKA, metformin and lactic acidosis, ACE
inhibitor angioedema, hyponatraemia, opioids, adrenal crisis, and their same-day and harmless forms; 16
emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 13 of 16 and 14 of 16
emergencies (neutropenic sepsis on clozapine and on methotrexate taken daily, serotonin syndrome with clonus
told as 一按脚背就一下一下地跳, NMS told as "stiff as a board", a tongue that "started swelling" on enalapril),
graded 15 of 24 and 18 of 24 same-day cases exactly, and sent no look-alike to emergency.

What changed: on a marrow-suppressing drug a fever with a neutrophil or white count below 1 (中性粒细胞0.4,
白细胞0.9), a pulse of 110 or more, a systolic below 100 or confusion is neutropenic sepsis (NICE NG151);
clonus and rigidity in words; a tongue or lips that started swelling; "potassium came back 6.2"; hypos told as
"3rd hypo this week" on a glucose-lowering drug; a creatinine rise of 30% after an ACE inhibitor or ARB (NICE
NG136); colchicine with diarrhoea or vomiting (MHRA), phenytoin with double vision, nystagmus or unsteadiness,
jaundice on an antithyroid drug (眼白好像有点黄); 拉了六次稀水; 嘴里长了两个溃疡 (methotrexate), 尿有点发红 on
rivaroxaban. After: 16/16, 16/16;
21/24, 23/24; look-alikes 20/20, 20/20.

Left: a lithium level of 1.5 in a well patient (r64-zh-046), a standing drop in blood pressure after
terazosin (r64-zh-018), a rash on carbamazepine when a later "没起水疱" denies the rash told before it
(r64-zh-014), methotrexate with trimethoprim and no symptoms yet (r64-en-038)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "氯氮平吃了两个多月",
                "这两天发烧38.8，嗓子疼，嘴里也有溃疡",
                "血常规中性粒细胞0.4",
                "人蔫蔫的，心率118",
            ],
            _patient(11413, "male", ("精神分裂症",), pregnant=None),
            id="r64-zh-013",
        ),  # BNF clozapine / MHRA (agranulocytosis): fever, sore throat and neutrophils <0.5 with tachycardia needs immediate admission as neutropenic sepsis.
        pytest.param(
            [
                "这个病人一直吃帕罗西汀，前天县医院因为脚上感染开了利奈唑胺",
                "今天烦躁得坐不住，一身大汗，体温39.3",
                "腿一直在抽，一按脚背就一下一下地跳，心率130",
            ],
            _patient(16889, "male", ("抑郁症", "糖尿病足感染"), pregnant=None),
            id="r64-zh-029",
        ),  # BNF linezolid (MAO inhibition) with SSRIs; 利奈唑胺说明书: fever, clonus and agitation after combining linezolid with an SSRI need emergency treatment.
        pytest.param(
            [
                "刘奶奶吃甲氨蝶呤的，本来一周一次，她闺女说她这十来天天天吃",
                "满嘴溃疡吃不下饭，发烧38.7，浑身没劲",
                "血常规白细胞0.9，血小板35，心率120，血压92/60",
            ],
            _patient(26199, "female", ("类风湿关节炎",), pregnant=False),
            id="r64-zh-038",
        ),  # MHRA Drug Safety Update (methotrexate once-weekly dosing errors); 甲氨蝶呤说明书: daily dosing with mucositis, fever and pancytopenia is life-threatening toxicity.
        pytest.param(
            [
                "his haloperidol was increased last week",
                "now stiff as a board, can't bend his arms, temp 40.2 and sweating",
                "only groaning when we talk to him, BP jumping 170/100 then 100/60",
            ],
            _patient(12581, "male", ("schizophrenia",), pregnant=None),
            id="r64-en-006",
        ),  # BNF antipsychotics (neuroleptic malignant syndrome warning): rigidity, hyperthermia, altered consciousness and labile BP after a dose increase is a medical emergency.
        pytest.param(
            [
                "on enalapril 2 years",
                "tongue started swelling an hour ago, now talking funny and drooling",
                "lips puffing up too",
            ],
            _patient(23223, "male", ("hypertension",), pregnant=None),
            id="r64-en-018",
        ),  # BNF ACE inhibitors (angioedema) / NICE CKS angio-oedema: tongue swelling with voice change and drooling threatens the airway – call emergency services.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "痛风发作在吃秋水仙碱，一天两次，别的诊所又给开了克拉霉素",
                "今天拉了六次稀水，肚子有点痛",
                "能喝水，血压128/78",
            ],
            _patient(23522, "male", ("痛风",), pregnant=None),
            id="r64-zh-009",
        ),  # BNF colchicine (clarithromycin interaction, toxicity); 秋水仙碱说明书: diarrhoea is an early toxicity sign – stop and same-day review.
        pytest.param(
            [
                "每周吃一次甲氨蝶呤，15毫克，叶酸也吃着",
                "这三天嘴里长了两个溃疡",
                "没发烧，吃饭还行，身上没有出血点和瘀青",
            ],
            _patient(21849, "female", ("类风湿关节炎",), pregnant=False),
            id="r64-zh-012",
        ),  # NICE CKS DMARDs / BNF methotrexate: mouth ulcers may signal marrow toxicity – withhold and do same-day FBC; no sepsis signs.
        pytest.param(
            [
                "吃利伐沙班，这两天尿有点发红",
                "没有血块，尿得出来，血压138/80，心率76，人挺好",
            ],
            _patient(28565, "male", ("心房颤动",), pregnant=None),
            id="r64-zh-020",
        ),  # NICE CKS anticoagulation – oral: non-major haematuria on a DOAC needs same-day review and tests.
        pytest.param(
            [
                "苯妥英钠吃好多年了，上周因为真菌感染开了氟康唑",
                "这几天走路打晃，看东西重影，眼珠子老抖",
                "人清醒，说话正常，没抽过",
            ],
            _patient(16304, "male", ("癫痫",), pregnant=None),
            id="r64-zh-031",
        ),  # BNF phenytoin (azole interaction); 苯妥英钠说明书: ataxia, diplopia and nystagmus need same-day level; alert and seizure-free.
        pytest.param(
            [
                "两周前开始吃依那普利",
                "复查肌酐145，之前是100",
                "人没啥不舒服，血压126/78",
            ],
            _patient(24241, "female", ("高血压", "2型糖尿病"), pregnant=False),
            id="r64-zh-036",
        ),  # NICE NG136 / BNF ACE inhibitors: creatinine rise >30% after starting needs the drug stopped or reduced and same-day review.
        pytest.param(
            [
                "吃丙硫氧嘧啶两个月",
                "这一周没力气，吃不下，尿颜色发黄，眼白好像有点黄",
                "不发烧，精神还行",
            ],
            _patient(12073, "female", ("甲状腺功能亢进症",), pregnant=False),
            id="r64-zh-059",
        ),  # BNF propylthiouracil / 丙硫氧嘧啶说明书 (hepatotoxicity): jaundice symptoms need the drug stopped and same-day liver function tests.
        pytest.param(
            [
                "colchicine 500mcg twice a day for a flare, other clinic also gave clarithromycin",
                "diarrhoea 6 times today, mild cramps",
                "drinking ok, BP 130/78",
            ],
            _patient(23957, "male", ("gout", "hypertension"), pregnant=None),
            id="r64-en-011",
        ),  # BNF colchicine (macrolide interaction, toxicity): diarrhoea on colchicine with clarithromycin needs both reviewed and same-day assessment.
        pytest.param(
            [
                "on losartan and spironolactone",
                "potassium came back 6.2",
                "ECG done looks same as old one, no peaked T waves, she feels fine",
            ],
            _patient(26499, "female", ("heart failure",), pregnant=False),
            id="r64-en-016",
        ),  # NICE CKS hyperkalaemia: K 6.0–6.4 without ECG changes or symptoms needs same-day repeat and medicine review rather than emergency admission.
        pytest.param(
            [
                "perindopril started 2 weeks ago, repeat bloods back",
                "creatinine 142, was 98 before",
                "feels fine, BP 128/76",
            ],
            _patient(24503, "female", ("hypertension", "type 2 diabetes"), pregnant=False),
            id="r64-en-037",
        ),  # NICE NG136 / NICE CKS ACE inhibitors: a creatinine rise >30% after starting an ACE inhibitor needs the drug stopped or reduced and same-day review.
        pytest.param(
            [
                "3rd hypo this week, 3.1 this morning, fine after sugar",
                "on glimepiride 4mg and sitagliptin",
            ],
            _patient(26056, "male", ("type 2 diabetes",), pregnant=None),
            id="r64-en-048",
        ),  # NICE NG28 / BNF sulfonylureas: recurrent hypoglycaemia on a sulfonylurea needs same-day dose reduction and review.
        pytest.param(
            [
                "phenytoin for years, fluconazole started last week for thrush",
                "now unsteady walking, seeing double, eyes flicking",
                "alert, talking normally, no fits",
            ],
            _patient(16706, "male", ("epilepsy",), pregnant=None),
            id="r64-en-055",
        ),  # BNF phenytoin (azole interaction, toxicity): ataxia, diplopia and nystagmus need same-day phenytoin level; alert and seizure-free.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "吃卡托普利两个月，老是干咳，嗓子痒",
                "不发烧不喘，嘴唇舌头不肿，晚上能睡",
            ],
            _patient(22097, "male", ("高血压",), pregnant=None),
            id="r64-zh-002",
        ),  # BNF ACE inhibitors: dry cough is a common effect; routine switch to an ARB.
        pytest.param(
            [
                "昨天早上起床起猛了头晕一下，坐一会儿就好了",
                "今天躺着血压130/78，站着126/76，教她慢慢起来后没再晕，没摔过",
            ],
            _patient(26153, "female", ("高血压",), pregnant=False),
            id="r64-zh-005",
        ),  # NICE CKS blood pressure – low: transient dizziness without postural drop that settles with slow rising is self-care.
        pytest.param(
            [
                "呋塞米他晚上吃，半夜老起来上厕所",
                "别的没问题",
            ],
            _patient(29667, "male", ("心力衰竭",), pregnant=None),
            id="r64-zh-008",
        ),  # BNF loop diuretics: nocturia from evening dosing – take in the morning.
        pytest.param(
            [
                "刚开始吃单硝酸异山梨酯三天，有点头疼",
                "吃了对乙酰氨基酚就好，胸不疼",
            ],
            _patient(25122, "male", ("冠心病",), pregnant=None),
            id="r64-zh-010",
        ),  # BNF nitrates: headache on starting is common and settles.
        pytest.param(
            [
                "出门两天忘带左甲状腺素，漏了两天",
                "没什么不舒服，问要不要补",
            ],
            _patient(17039, "female", ("甲状腺功能减退症",), pregnant=False),
            id="r64-zh-016",
        ),  # BNF levothyroxine (long half-life): a few missed doses are harmless; restart usual dose.
        pytest.param(
            [
                "吃达格列净以后下面痒，白带有点多",
                "不发烧，会阴皮肤不红不肿不疼",
            ],
            _patient(21325, "female", ("2型糖尿病",), pregnant=False),
            id="r64-zh-021",
        ),  # BNF / MHRA SGLT2 inhibitors: genital thrush is common; routine treatment, no Fournier's features.
        pytest.param(
            [
                "吃碳酸钙D3以后大便干，两三天一次",
                "肚子不疼，没吐，有放屁",
            ],
            _patient(25665, "female", ("骨质疏松症",), pregnant=False),
            id="r64-zh-024",
        ),  # BNF calcium supplements: mild constipation managed with fluids and fibre.
        pytest.param(
            [
                "吃硫酸亚铁以后大便发黑",
                "不头晕，不肚子疼，没吐血，心率78",
            ],
            _patient(16099, "female", ("缺铁性贫血",), pregnant=False),
            id="r64-zh-027",
        ),  # BNF oral iron: dark stools are expected; well with normal pulse.
        pytest.param(
            [
                "吃瑞舒伐他汀，腿有点酸",
                "不没劲，上下楼没问题，尿颜色正常",
            ],
            _patient(22933, "female", ("高脂血症",), pregnant=False),
            id="r64-zh-028",
        ),  # NICE CKS statins: aches without weakness or dark urine can be reviewed routinely.
        pytest.param(
            [
                "咳嗽吃阿莫西林三天，每天拉两次稀便",
                "没有血，不发烧，能喝水",
            ],
            _patient(20556, "male", (), pregnant=None),
            id="r64-zh-034",
        ),  # NICE CKS diarrhoea – adult: mild antibiotic-associated loose stools without blood are self-care with fluids.
        pytest.param(
            [
                "吃华法林，刷牙时牙龈出一点点血，一会儿就停了",
                "上周INR 2.6，大便颜色正常，身上没瘀青",
            ],
            _patient(24374, "male", ("心房颤动",), pregnant=None),
            id="r64-zh-037",
        ),  # NICE CKS anticoagulation – oral: minor self-limiting gum bleeding with INR in range is non-urgent; routine review.
        pytest.param(
            [
                "晚上吃阿米替林12.5毫克，说口干",
                "别的还好",
            ],
            _patient(19484, "female", ("糖尿病周围神经病变",), pregnant=False),
            id="r64-zh-039",
        ),  # BNF amitriptyline: dry mouth is a common antimuscarinic effect; self-care.
        pytest.param(
            [
                "昨天忘了吃硝苯地平控释片",
                "今天量血压136/84，没啥不舒服",
            ],
            _patient(20828, "male", ("高血压",), pregnant=None),
            id="r64-zh-043",
        ),  # BNF: a single missed antihypertensive dose – take the next dose as usual, don't double.
        pytest.param(
            [
                "美托洛尔吃了以后手脚发凉",
                "心率62，血压124/76，没别的不舒服",
            ],
            _patient(23219, "male", ("高血压",), pregnant=None),
            id="r64-zh-044",
        ),  # BNF beta-blockers: cold extremities are common and non-urgent.
        pytest.param(
            [
                "吃氨氯地平10毫克，下午脚踝有点肿",
                "不喘，能平躺，早上起来就消了",
            ],
            _patient(24660, "female", ("高血压",), pregnant=False),
            id="r64-zh-047",
        ),  # BNF amlodipine (peripheral oedema): dose-related ankle swelling without breathlessness is routine.
        pytest.param(
            [
                "阿仑膦酸钠每周一片，吃完就躺回床上了，有点烧心",
                "咽东西不疼不噎，没吐血",
            ],
            _patient(26565, "female", ("骨质疏松症",), pregnant=False),
            id="r64-zh-049",
        ),  # 阿仑膦酸钠说明书 / BNF: counsel on correct administration; no red flags.
        pytest.param(
            [
                "上周刚开始吃二甲双胍，饭后有点恶心",
                "能吃能喝，没吐，没拉",
            ],
            _patient(18423, "male", ("2型糖尿病",), pregnant=None),
            id="r64-zh-050",
        ),  # 二甲双胍说明书 / NICE NG28: mild GI upset on starting is common; take with meals.
        pytest.param(
            [
                "吃阿司匹林，昨天腿磕桌角了，青了一大块",
                "别的地方没出血，牙龈大便都正常",
            ],
            _patient(27172, "male", ("冠心病",), pregnant=None),
            id="r64-zh-051",
        ),  # BNF aspirin: bruising after a knock with no other bleeding is expected; self-care.
        pytest.param(
            [
                "甲硝唑吃了三天，说嘴里有股金属味",
                "别的没啥",
            ],
            _patient(15012, "female", (), pregnant=False),
            id="r64-zh-052",
        ),  # BNF metronidazole: taste disturbance is common and harmless.
        pytest.param(
            [
                "螺内酯吃了几个月，说两边乳房有点胀疼",
                "别的挺好",
            ],
            _patient(25278, "male", ("心力衰竭",), pregnant=None),
            id="r64-zh-053",
        ),  # BNF spironolactone (gynaecomastia): common, non-urgent; routine review.
        pytest.param(
            [
                "missed levothyroxine 2 days while away",
                "no symptoms, asking if she should double up",
            ],
            _patient(17220, "female", ("hypothyroidism",), pregnant=False),
            id="r64-en-001",
        ),  # BNF levothyroxine (long half-life): a few missed doses are harmless; restart usual dose.
        pytest.param(
            [
                "bumped his shin on the table yesterday, big bruise, on aspirin 75",
                "no other bleeding, gums and stools normal",
            ],
            _patient(27596, "male", ("ischaemic heart disease",), pregnant=None),
            id="r64-en-003",
        ),  # BNF aspirin: a bruise after trauma with no other bleeding is expected; self-care.
        pytest.param(
            [
                "lightheaded getting out of bed yesterday, settled after sitting a minute",
                "lying BP 132/78 standing 128/76, no falls",
                "told her to get up slowly, fine since",
            ],
            _patient(26566, "female", ("hypertension",), pregnant=False),
            id="r64-en-004",
        ),  # NICE CKS blood pressure – low / falls: transient dizziness with no postural drop that settles with slow rising is self-care.
        pytest.param(
            [
                "itchy down below with white discharge since dapagliflozin",
                "no fever, skin around genitals not red, painful or swollen",
            ],
            _patient(20927, "female", ("type 2 diabetes",), pregnant=False),
            id="r64-en-005",
        ),  # BNF / MHRA SGLT2 inhibitors: genital thrush is common; routine treatment, no Fournier's features.
        pytest.param(
            [
                "isosorbide mononitrate started 3 days ago, mild headache",
                "paracetamol helps, no chest pain",
            ],
            _patient(25290, "male", ("angina",), pregnant=None),
            id="r64-en-010",
        ),  # BNF nitrates: headache is common on starting and usually settles; simple analgesia.
        pytest.param(
            [
                "cold fingers since bisoprolol started",
                "pulse 64 BP 126/78, otherwise fine",
            ],
            _patient(23395, "male", ("hypertension",), pregnant=None),
            id="r64-en-012",
        ),  # BNF beta-blockers: cold extremities are common and non-urgent; routine review.
        pytest.param(
            [
                "achy legs on simvastatin",
                "no weakness, can climb stairs, urine normal colour",
            ],
            _patient(23021, "female", ("hypercholesterolaemia",), pregnant=False),
            id="r64-en-015",
        ),  # NICE CKS statins / MHRA: muscle aches without weakness or dark urine can be reviewed routinely (CK if persistent).
        pytest.param(
            [
                "both ankles puffy by evening since amlodipine went up to 10mg",
                "not breathless, sleeps flat, gone by morning",
            ],
            _patient(24356, "female", ("hypertension",), pregnant=False),
            id="r64-en-017",
        ),  # BNF amlodipine (peripheral oedema): dose-related ankle oedema without breathlessness needs routine review only.
        pytest.param(
            [
                "amitriptyline 10mg at night, dry mouth",
                "otherwise ok",
            ],
            _patient(19071, "female", ("diabetic neuropathy",), pregnant=False),
            id="r64-en-021",
        ),  # NICE CG173 / BNF amitriptyline: dry mouth is a common antimuscarinic effect; sips of water, sugar-free gum.
        pytest.param(
            [
                "takes his furosemide at night so up to pee all night",
                "no other problems",
            ],
            _patient(29400, "male", ("heart failure",), pregnant=None),
            id="r64-en-026",
        ),  # BNF loop diuretics: nocturia from evening dosing – advise taking it in the morning.
        pytest.param(
            [
                "dry tickly cough since ramipril started 2 months ago",
                "no fever, not breathless, no swelling of lips or tongue",
            ],
            _patient(22288, "male", ("hypertension",), pregnant=None),
            id="r64-en-027",
        ),  # NICE CKS ACE inhibitors / BNF: dry cough is a common ACE inhibitor effect; routine review to switch to an ARB.
        pytest.param(
            [
                "mild heartburn after her weekly alendronate, she lies back down after taking it",
                "no difficulty swallowing, no vomiting blood",
            ],
            _patient(26798, "female", ("osteoporosis",), pregnant=False),
            id="r64-en-028",
        ),  # BNF / MHRA alendronate (oesophageal reactions): counsel on correct administration; no red flags so routine.
        pytest.param(
            [
                "black stools since starting ferrous sulfate",
                "no dizziness, no tummy pain, no vomiting blood, pulse 76",
            ],
            _patient(16596, "female", ("iron deficiency anaemia",), pregnant=False),
            id="r64-en-031",
        ),  # BNF ferrous sulfate: dark stools are expected with oral iron; well with normal pulse so no action.
        pytest.param(
            [
                "amoxicillin 3 days for chest, loose stools twice a day",
                "no blood, no fever, drinking fine",
            ],
            _patient(20296, "male", (), pregnant=None),
            id="r64-en-032",
        ),  # NICE CKS diarrhoea – adult / BNF penicillins: mild antibiotic-associated loose stools without blood can be managed with fluids.
        pytest.param(
            [
                "forgot his amlodipine yesterday",
                "BP today 138/84, feels fine",
            ],
            _patient(21435, "male", ("hypertension",), pregnant=None),
            id="r64-en-044",
        ),  # BNF amlodipine (long half-life): a single missed dose – take next dose as usual, don't double.
        pytest.param(
            [
                "constipated since verapamil, going every 3 days",
                "no pain, no vomiting, passing wind",
            ],
            _patient(24908, "female", ("hypertension",), pregnant=False),
            id="r64-en-046",
        ),  # BNF verapamil (constipation): mild constipation can be managed with fluids, fibre and laxative advice.
        pytest.param(
            [
                "forgot warfarin last night, remembered this morning",
                "INR last week 2.5, no bleeding",
            ],
            _patient(28033, "female", ("atrial fibrillation",), pregnant=False),
            id="r64-en-051",
        ),  # BNF / NICE CKS warfarin: a missed dose – take as usual today, don't double; no bleeding so self-care.
        pytest.param(
            [
                "on metronidazole 7 day course, says metal taste in mouth",
                "otherwise fine",
            ],
            _patient(14671, "female", (), pregnant=False),
            id="r64-en-052",
        ),  # BNF metronidazole: taste disturbance is a common harmless side effect; complete the course.
        pytest.param(
            [
                "on spironolactone some months, says chest a bit tender and enlarged",
                "otherwise well",
            ],
            _patient(25840, "male", ("heart failure",), pregnant=None),
            id="r64-en-056",
        ),  # BNF spironolactone (gynaecomastia): common, non-urgent; discuss at routine review.
        pytest.param(
            [
                "started metformin 500mg last week, bit queasy after meals",
                "eating and drinking fine, no vomiting",
            ],
            _patient(18193, "male", ("type 2 diabetes",), pregnant=None),
            id="r64-en-059",
        ),  # NICE NG28 / BNF metformin: mild GI upset on starting is common; take with food and titrate slowly.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
