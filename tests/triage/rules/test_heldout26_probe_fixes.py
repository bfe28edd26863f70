# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-sixth held-out round (2026-12-06, at commit 0927f6a: two reviewers, 120 cases on
can't-miss diagnoses that present subtly: aortic dissection, a leaking aneurysm called a kidney
stone or a pulled back, mesenteric ischaemia, necrotising fasciitis, meningitis, Guillain-Barré
after a stomach bug, a spinal epidural abscess, adrenal crisis, angle-closure glaucoma called a
migraine, carbon monoxide in a household, ectopic pregnancy, torsion called a stomach ache, new
diabetes in a child; same-day forms and benign look-alikes; 16 emergencies, 24 same-day and 20
look-alikes a set). Before these fixes the rules found 14 of 16 and 10 of 16 emergencies, graded
12 of 24 and 12 of 24 same-day cases exactly, and sent 2 of 20 and 1 of 20 look-alikes to
emergency (a teenager who "不喝水" by habit read as unable to drink, a negative pregnancy test
after a comma read as pregnant, a serviced boiler and a quiet CO alarm read as exposure).

What changed: a ruptured aneurysm is considered with any abdominal, back or flank pain at 50 or
over when there is a faint or a pulsatile mass (NICE NG156); back pain with fever and new weak
legs or retention is a spinal infection, an emergency (NICE NG59); wordings for tearing pain
("felt like something tearing"), a blood pressure difference between the arms written as two
readings, pain out of proportion ("agony but the red bit only looks small"), skin going dusky,
ascending weakness (feet tingling, legs weak, then the hands; 腿软…手也没劲), 气吸不深, "harder
to take a deep breath", legs gone weak, an old boiler or an orange flame, "eye very red and
painful", "woke up deaf in her left ear", "pulse 112 and irregular", 一跳一跳的 for a pulsatile
mass; "阴性" after a comma denies what it follows; a boiler or a CO alarm by itself is not an
exposure; 不喝水 by habit is not inability to drink; then, for the same-day half: thirst and
passing much urine with weight loss in a child is possible new type 1 diabetes (NICE NG18), the
same in someone with cancer with constipation or nausea is possible hypercalcaemia (NICE CKS),
and 太阳穴 pain with scalp tenderness and jaw claudication is giant cell arteritis. After:
16/16, 16/16; 13/24, 16/24; look-alikes 20/20, 20/20.

Left: the same-day half of this round is still graded exactly only about half the time (a
TIA last week and a recent resolved chest pain stay emergencies, as they did in earlier rounds;
a slipped upper femoral epiphysis, a myasthenia flare and an impacted hip fracture after a fall
are routine), and is the next round's work."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "73岁老爷子，抽烟五十年",
                "今天下午开始左边腰背痛，家里说是闪了腰，贴了膏药",
                "刚才上厕所起来差点晕倒，脸发白，血压92/60 心率112",
                "肚脐边上好像能摸到一跳一跳的",
            ],
            _patient(
                26645,
                "male",
                (
                    "吸烟",
                    "高血压",
                ),
                pregnant=False,
            ),
            id="p26-zh-002",
        ),  # NICE NG156 Abdominal aortic aneurysm 2020, 1.1 suspected ruptured AAA; ESVS 2019 AAA guidelines, ruptured AAA
        pytest.param(
            [
                "29岁男，两周前拉肚子拉了好几天，后来自己好了",
                "前天开始脚底发麻、腿软，昨天上楼梯费劲",
                "今天手也没劲了，筷子拿不住，腿站不稳",
                "说胸口闷，气吸不深",
            ],
            _patient(10585, "male", (), pregnant=False),
            id="p26-zh-011",
        ),  # 中国吉兰-巴雷综合征诊治指南 2019; NICE CKS Guillain-Barré syndrome – emergency admission if suspected
        pytest.param(
            [
                "67 yo man at the front desk asking to see a GP, says sudden very bad pain between his shoulder blades started about 40 min ago while he was watching telly",
                "he says it felt like something tearing and the pain has moved down towards his lower back. looks grey and sweaty",
                "nurse did BP: right arm 182/100, left arm 136/78",
            ],
            _patient(24455, "male", ("hypertension",), pregnant=None),
            id="p26-en-001",
        ),  # ESC 2024 Guidelines on peripheral arterial and aortic diseases, acute aortic syndromes; NICE CKS Chest pain 2024, red flags
        pytest.param(
            [
                "wife on phone, husband is 76, pain in his left side going round into his back, came on suddenly about an hour ago. she thinks its a kidney stone",
                "he has never had a stone before. nearly passed out when he stood up to go to the loo and he looks very pale. ex smoker",
            ],
            _patient(
                27740,
                "male",
                (
                    "hypertension",
                    "ex-smoker",
                ),
                pregnant=None,
            ),
            id="p26-en-002",
        ),  # NICE NG156 Abdominal aortic aneurysm 2020, 1.1 symptomatic/ruptured AAA; NICE CKS Renal colic 2023, differential of AAA in over-60s
        pytest.param(
            [
                "58 yo diabetic scraped his shin on a step 2 days ago. now says the leg is agony, worst pain he's ever had, but the red bit only looks small",
                "he's shivery, HR 118, the skin round it is going a dusky purple colour and he says part of it feels oddly numb",
            ],
            _patient(21170, "male", ("type 2 diabetes",), pregnant=None),
            id="p26-en-004",
        ),  # NICE NG141 Cellulitis and erysipelas 2019, 1.1 (refer if necrotising fasciitis suspected); NICE NG51 Sepsis 2016 (2024)
        pytest.param(
            [
                "31M had a stomach bug 2 wks ago. since Monday his feet have been tingling and legs feel weak, today he couldn't get up the stairs",
                "now his fingers are tingling too and he says it's a bit harder to take a deep breath",
            ],
            _patient(11315, "male", (), pregnant=None),
            id="p26-en-009",
        ),  # EAN/PNS Guideline on diagnosis and treatment of Guillain-Barre syndrome 2023, recognition and urgent admission
        pytest.param(
            [
                "49M on the methadone programme, back pain for a week, much worse now, temp 38.6",
                "his legs have gone weak today and he's struggling to walk",
            ],
            _patient(
                17885,
                "male",
                (
                    "opioid dependence",
                    "injecting drug use",
                ),
                pregnant=None,
            ),
            id="p26-en-011",
        ),  # NICE CKS Back pain - low (without radiculopathy) 2023, red flags for spinal infection; NICE NG59 Low back pain and sciatica 2016 (2020)
        pytest.param(
            [
                "63F says she has a migraine, started this evening after watching a film in the dark, right sided headache and been vomiting",
                "right eye is very red and painful, she sees rainbow rings round lights and vision blurry in that eye. never had migraine before",
            ],
            _patient(22995, "female", (), pregnant=False),
            id="p26-en-016",
        ),  # NICE CKS Red eye 2022 and Glaucoma 2022, suspected acute angle-closure glaucoma: immediate ophthalmology referral
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "74岁女，这两周右边太阳穴一直痛，以前很少头痛",
                "梳头时头皮都痛，嚼东西嚼一会儿下巴就酸要停下",
                "看东西还正常，早上肩膀发僵",
            ],
            _patient(27010, "female", (), pregnant=False),
            id="p26-zh-021",
        ),  # BSR guideline on diagnosis and management of giant cell arteritis 2020, urgent same-day assessment and glucocorticoids
        pytest.param(
            [
                "74F heart racing and fluttering since yesterday afternoon, a bit tired",
                "no chest pain, not breathless at rest, BP 134/82, pulse 112 and irregular. never been told she has AF",
            ],
            _patient(27010, "female", ("hypertension",), pregnant=False),
            id="p26-en-021",
        ),  # NICE NG196 Atrial fibrillation 2021, 1.6 new-onset AF without haemodynamic instability; ESC 2024 AF guidelines
        pytest.param(
            [
                "husband: wife has breast cancer that's spread to her bones. over the last week she's been really thirsty, peeing lots, constipated and nauseous",
                "more tired and a bit slow in her thinking, not quite herself, but talking to us normally",
            ],
            _patient(23360, "female", ("metastatic breast cancer",), pregnant=False),
            id="p26-en-023",
        ),  # NICE CKS Hypercalcaemia 2023, symptomatic hypercalcaemia in malignancy: same-day assessment/admission
        pytest.param(
            [
                "mum says 10 yo boy thirsty all the time, up at night for a wee, lost weight and started wetting the bed again",
                "eating loads, no vomiting, running about as normal, breathing normal",
            ],
            _patient(3650, "male", (), pregnant=None),
            id="p26-en-027",
        ),  # NICE NG18 Diabetes in children and young people 2015 (2023), 1.1.1 suspected type 1 diabetes: same-day referral to paediatric diabetes team
        pytest.param(
            [
                "46F woke up yesterday deaf in her left ear, no cold, no earache, pharmacist said no wax",
                "some ringing in that ear",
            ],
            _patient(16790, "female", (), pregnant=False),
            id="p26-en-039",
        ),  # NICE NG98 Hearing loss in adults 2018, 1.1 sudden hearing loss within 30 days: immediate referral (seen within 24 hours)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "35岁男，昨天搬家抬冰箱以后腰痛",
                "弯腰转身痛，躺着好些，腿不麻不痛",
                "大小便正常，没发烧",
            ],
            _patient(12775, "male", (), pregnant=False),
            id="p26-zh-041",
        ),  # NICE NG59 Low back pain and sciatica 2016 (updated 2020), self-management
        pytest.param(
            [
                "50岁男，高血压吃药控制还行",
                "前天帮亲戚搬柜子，后来后背肩胛骨中间慢慢酸痛起来",
                "转身、抬胳膊时痛，按那块肌肉也痛",
                "两边胳膊血压都量了 138/86 和 134/84",
            ],
            _patient(18250, "male", ("高血压",), pregnant=False),
            id="p26-zh-042",
        ),  # ESC 2014 Aortic Diseases 6.2 (features absent: sudden onset, arm BP difference); NICE CKS Neck pain/musculoskeletal
        pytest.param(
            [
                "32岁女，做会计的，这周天天加班",
                "两边太阳穴和后脑勺像箍着一样胀痛，下午更明显",
                "不吐，看东西正常，没发烧，以前忙的时候也这样",
            ],
            _patient(11680, "female", (), pregnant=None),
            id="p26-zh-043",
        ),  # NICE CG150 Headaches in over 12s (updated 2021), 1.3 tension-type headache
        pytest.param(
            [
                "26岁女，偏头痛好几年了",
                "今天又犯了，左边一跳一跳地痛，怕光，恶心，跟以前每次一样",
                "以前都是先看见闪光再痛，吃布洛芬睡一觉就好",
                "想再开点布洛芬",
            ],
            _patient(9490, "female", ("偏头痛",), pregnant=None),
            id="p26-zh-044",
        ),  # NICE CG150 Headaches in over 12s (updated 2021), 1.4 migraine acute treatment
        pytest.param(
            [
                "40岁男，嗓子痛两天，流鼻涕、咳嗽",
                "吃饭喝水都能咽，说话声音正常，不流口水",
                "体温37.5，扁桃体不大，没脓点",
            ],
            _patient(14600, "male", (), pregnant=False),
            id="p26-zh-045",
        ),  # NICE NG84 Sore throat (acute): antimicrobial prescribing 2018, FeverPAIN/Centor low – self-care
        pytest.param(
            [
                "3岁女孩，今天吐了两次，拉了三次稀水样便",
                "幼儿园班上好几个小孩也这样",
                "现在能喝水，有尿，还在玩手机，精神挺好，呼吸平稳",
            ],
            _patient(1095, "female", (), pregnant=False),
            id="p26-zh-046",
        ),  # NICE CG84 Diarrhoea and vomiting in under 5s 2009, no red flags – home management with ORS
        pytest.param(
            [
                "74岁男，前年体检查出腹主动脉瘤4.2厘米，去年复查4.3",
                "一直不痛，也没啥不舒服",
                "问下次B超啥时候复查，还能不能干农活",
            ],
            _patient(
                27010,
                "male",
                (
                    "腹主动脉瘤",
                    "吸烟",
                ),
                pregnant=False,
            ),
            id="p26-zh-047",
        ),  # NICE NG156 Abdominal aortic aneurysm 2020, 1.3 surveillance of small AAA (3.0–5.4 cm)
        pytest.param(
            [
                "45岁男，腰痛带着右腿后面一直到小腿外侧痛，三个礼拜了",
                "咳嗽时腿痛加重，脚没软",
                "大小便正常，屁股周围不麻",
                "想开点药再看看",
            ],
            _patient(16425, "male", (), pregnant=False),
            id="p26-zh-048",
        ),  # NICE NG59 Low back pain and sciatica 2016 (updated 2020), sciatica without red flags
        pytest.param(
            [
                "60岁女，糖尿病，血糖控制还可以",
                "昨天弯腰种菜种了一下午，今天腰两边酸痛",
                "没发烧，腿有劲，大小便都正常，腰上没打过针",
            ],
            _patient(21900, "female", ("糖尿病",), pregnant=False),
            id="p26-zh-049",
        ),  # NICE NG59 Low back pain and sciatica 2016 (updated 2020), non-specific low back pain, no infection red flags
        pytest.param(
            [
                "13岁男孩，肚子一阵一阵痛两天了，左下腹",
                "四五天没大便，最近老吃零食不喝水",
                "没吐不发烧，我也看了蛋蛋，不痛不肿，两边一样",
            ],
            _patient(4745, "male", (), pregnant=False),
            id="p26-zh-050",
        ),  # NICE CKS Constipation in children 2023; NICE CKS Scrotal pain and swelling (torsion excluded on history/exam)
        pytest.param(
            [
                "22岁女，今天来月经第一天，小肚子绞着痛，腰也酸",
                "每个月都这样，周期很准",
                "刚测了尿妊娠，阴性，没发烧，不头晕",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="p26-zh-051",
        ),  # NICE CKS Dysmenorrhoea 2023, primary dysmenorrhoea self-management
        pytest.param(
            [
                "一家四口这几天都感冒了，头痛、流鼻涕、嗓子痛，有点低烧",
                "先是孩子从学校带回来的，一个传一个",
                "家里用空调和电暖器，不烧煤，也没有燃气热水器",
                "来问孩子妈妈吃点什么药",
            ],
            _patient(13870, "female", (), pregnant=None),
            id="p26-zh-052",
        ),  # NICE CKS Common cold 2022; NICE CKS Carbon monoxide poisoning 2023 (no fuel-burning source)
        pytest.param(
            [
                "21岁男大学生，昨天开始发烧38.8，全身酸痛，有点头痛",
                "宿舍好几个人都是流感",
                "人清醒，说话正常，脖子能低头，身上没疹子",
            ],
            _patient(7665, "male", (), pregnant=False),
            id="p26-zh-053",
        ),  # NICE CKS Influenza – seasonal 2023, healthy adult self-care; NICE NG240 meningitis features absent
        pytest.param(
            [
                "45岁女，两只眼睛红，早上眼屎多把眼皮粘住了",
                "眼睛不痛，不怕光，看东西清楚",
                "家里孩子前几天也这样",
            ],
            _patient(16425, "female", (), pregnant=None),
            id="p26-zh-054",
        ),  # NICE CKS Conjunctivitis – infective 2022, self-care
        pytest.param(
            [
                "66岁女，这两天早上在床上翻身时天旋地转，十几秒就过去了",
                "抬头拿高处东西时也晕一下",
                "说话、手脚都正常，走路稳，不头痛",
            ],
            _patient(24090, "female", (), pregnant=False),
            id="p26-zh-055",
        ),  # NICE CKS Benign paroxysmal positional vertigo 2022, diagnosis and Epley manoeuvre in primary care
        pytest.param(
            [
                "62岁男，糖尿病十年",
                "这半年两只脚底慢慢发麻，像踩棉花，晚上有点烧灼感",
                "腿有力气，走路没问题，手没事",
            ],
            _patient(22630, "male", ("糖尿病",), pregnant=False),
            id="p26-zh-056",
        ),  # NICE NG28 Type 2 diabetes in adults 2015 (updated 2022), painful diabetic neuropathy; NICE CG173 Neuropathic pain
        pytest.param(
            [
                "4个月男婴，鼻子塞，呼噜呼噜的，两天了",
                "吃奶正常，没发烧，尿布湿的次数跟平时一样",
                "呼吸不快，精神好",
            ],
            _patient(120, "male", (), pregnant=False),
            id="p26-zh-057",
        ),  # NICE CKS Common cold 2022; NICE NG143 Fever in under 5s traffic light – no amber/red features
        pytest.param(
            [
                "30岁男，前天切菜切到左手食指，口子半厘米",
                "伤口边上有一点点红，不怎么痛，没脓",
                "没发烧，手指活动正常",
            ],
            _patient(10950, "male", (), pregnant=False),
            id="p26-zh-058",
        ),  # NICE NG141 Cellulitis and erysipelas 2019 (no features of spreading infection); minor wound care
        pytest.param(
            [
                "28岁女，哮喘发作，上周吃了5天泼尼松每天30mg，昨天吃完了",
                "现在喘好多了，没什么不舒服",
                "听说激素不能突然停，问要不要慢慢减",
            ],
            _patient(10220, "female", ("哮喘",), pregnant=None),
            id="p26-zh-059",
        ),  # BTS/SIGN British guideline on asthma 2019, short oral steroid courses do not need tapering; NHS Steroid Emergency Card guidance 2020
        pytest.param(
            [
                "55岁男，痛风好几年，一年犯两三回",
                "昨晚喝了酒，今天右脚大脚趾又红肿痛了，跟以前一模一样",
                "没发烧，家里有秋水仙碱，问怎么吃",
            ],
            _patient(20075, "male", ("痛风",), pregnant=False),
            id="p26-zh-060",
        ),  # NICE NG219 Gout 2022, 1.3 managing flares with colchicine/NSAID
        pytest.param(
            [
                "34M hurt his lower back lifting a washing machine yesterday, sore to move, no pain down his legs",
                "peeing normally, normal feeling down below, no temperature",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="p26-en-041",
        ),  # NICE NG59 Low back pain and sciatica 2016 (2020); NICE CKS Back pain - low 2023
        pytest.param(
            [
                "41F headaches most afternoons for 3 wks, like a tight band round her head, very stressed at work",
                "no vomiting, no vision problems, not worse lying down, otherwise well",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="p26-en-042",
        ),  # NICE CG150 Headaches in over 12s 2012 (2021), 1.3 tension-type headache
        pytest.param(
            [
                "23F sore throat 2 days with a runny nose and cough, temp 37.8",
                "eating and drinking, swallowing ok, breathing fine",
            ],
            _patient(8395, "female", (), pregnant=False),
            id="p26-en-043",
        ),  # NICE NG84 Sore throat (acute) 2018, FeverPAIN low score: self-care
        pytest.param(
            [
                "mum: 4 yo vomited 3 times last night and a couple of runny poos, half the nursery has had the same",
                "drinking squash, weeing normally, now watching telly and asking for toast",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="p26-en-044",
        ),  # NICE CG84 Diarrhoea and vomiting in children under 5 2009, 1.1-1.3 no red or amber features
        pytest.param(
            [
                "72M has a 4.3cm aneurysm that's being watched, next scan due next month",
                "no pain in tummy or back, feels well, just wants to know if he can still go on his cruise and whether to carry on his statin",
            ],
            _patient(
                26280,
                "male",
                (
                    "abdominal aortic aneurysm",
                    "hypertension",
                ),
                pregnant=None,
            ),
            id="p26-en-045",
        ),  # NICE NG156 Abdominal aortic aneurysm 2020, 1.2 surveillance of asymptomatic small AAA
        pytest.param(
            [
                "26F known panic attacks, had one on the bus earlier, heart pounding, tingling in fingers and round her mouth, felt she couldnt breathe",
                "same as her usual ones, settled after 15 min with her breathing exercises, fine now, no chest pain. wants to chase her therapy referral",
            ],
            _patient(9490, "female", ("panic disorder",), pregnant=False),
            id="p26-en-046",
        ),  # NICE CG113 Generalised anxiety disorder and panic disorder in adults 2011 (2020), 1.3 panic disorder
        pytest.param(
            [
                "32F her usual migraine, zigzag lines in her vision for 20 min then throbbing one sided headache, same as always",
                "eyes not red, vision back to normal after the zigzags, she's taken her sumatriptan",
            ],
            _patient(11680, "female", ("migraine with aura",), pregnant=False),
            id="p26-en-047",
        ),  # NICE CG150 Headaches in over 12s 2012 (2021), 1.3 migraine acute treatment
        pytest.param(
            [
                "14 yo lad with diarrhoea and crampy tummy since last night, his brother had the same at the weekend",
                "no pain in his privates he says, not vomiting, drinking fine, no fever",
            ],
            _patient(5110, "male", (), pregnant=None),
            id="p26-en-048",
        ),  # NICE CKS Gastroenteritis 2022; NICE CKS Scrotal pain and swelling 2023 (torsion excluded)
        pytest.param(
            [
                "22F period started yesterday, bad cramps low down like every month",
                "pregnancy test negative, no shoulder pain, not dizzy, ibuprofen helping",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="p26-en-049",
        ),  # NICE CKS Dysmenorrhoea 2023, primary dysmenorrhoea
        pytest.param(
            [
                "38M stiff neck since waking up, fell asleep in a chair, can't turn his head to the left",
                "no fever, no headache, no rash, no arm weakness",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="p26-en-050",
        ),  # NICE CKS Neck pain - acute torticollis 2023
        pytest.param(
            [
                "29F jaw aching and clicking when she chews, worse in the mornings, partner says she grinds her teeth",
                "no headache, no vision problems, no fever",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="p26-en-051",
        ),  # NICE CKS Temporomandibular disorders 2021
        pytest.param(
            [
                "30F 31 wks pregnant, pins and needles in both hands at night, thumb and first fingers, shaking her hands helps",
                "no weakness, legs fine, walking normally, no headache, BP normal at midwife yesterday",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="p26-en-052",
        ),  # NICE CKS Carpal tunnel syndrome 2022, pregnancy
        pytest.param(
            [
                "40F whole family has had temps, coughs and headaches since the weekend, the kids' school has a flu outbreak",
                "they feel the same wherever they are, boiler serviced in Sept and the CO alarm is quiet. everyone eating and drinking, nobody confused",
            ],
            _patient(14600, "female", (), pregnant=False),
            id="p26-en-053",
        ),  # NICE CKS Influenza - seasonal 2023; NICE CKS Carbon monoxide poisoning 2023 (features absent)
        pytest.param(
            [
                "67M both eyes red and sticky in the mornings since Monday, feel gritty",
                "no pain, vision fine, light doesn't bother him, no headache",
            ],
            _patient(24455, "male", (), pregnant=None),
            id="p26-en-054",
        ),  # NICE CKS Conjunctivitis - infective 2022; NICE CKS Red eye 2022
        pytest.param(
            [
                "26M bitten by something on his calf at a bbq yesterday, itchy lump about the size of a 50p, a bit swollen",
                "pain mild, no fever, not spreading, feels well",
            ],
            _patient(9490, "male", (), pregnant=None),
            id="p26-en-055",
        ),  # NICE CKS Insect bites and stings 2021
        pytest.param(
            [
                "70M with lung cancer, constipated 4 days since his morphine was increased",
                "calcium normal on bloods at oncology last week. eating, drinking, not thirsty, not confused, passing wind",
            ],
            _patient(25550, "male", ("lung cancer",), pregnant=None),
            id="p26-en-056",
        ),  # NICE CKS Palliative care - constipation 2021; NICE CKS Hypercalcaemia 2023
        pytest.param(
            [
                "36F blocked nose and pain over her cheeks and forehead, worse bending down, had a cold 6 days ago",
                "temp 37.5, no stiff neck, no swelling round the eyes, vision fine",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="p26-en-057",
        ),  # NICE NG79 Sinusitis (acute): antimicrobial prescribing 2017
        pytest.param(
            [
                "45M pain between his shoulder blades since moving house at the weekend, worse twisting and reaching",
                "sore when you press the muscle, came on gradually the next day, not breathless, not sweaty, feels well",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="p26-en-058",
        ),  # NICE CKS Chest pain 2024, musculoskeletal causes; NICE NG59 Low back pain 2016 (2020)
        pytest.param(
            [
                "61M big toe red hot and swollen since last night, exactly like his previous gout attacks",
                "no fever, otherwise well, has colchicine at home from last time",
            ],
            _patient(
                22265,
                "male",
                (
                    "gout",
                    "hypertension",
                ),
                pregnant=None,
            ),
            id="p26-en-059",
        ),  # NICE NG219 Gout 2022, 1.3 managing flares; NICE CKS Gout 2023
        pytest.param(
            [
                "35F feels her heart skip or thump now and then for a couple of weeks, worse with coffee and when tired",
                "no dizziness, no fainting, no chest pain, pulse regular 72 now",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="p26-en-060",
        ),  # NICE CKS Palpitations 2020, ectopic beats without red flags: routine assessment
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
