# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-first held-out round (2026-12-07, at commit c848645: two reviewers, 120 cases on tiredness,
weight loss, night sweats, lumps and other vague symptoms in adults: hidden cancer, TB, HIV, new
diabetes, thyroid and adrenal disease, giant cell arteritis, and the emergencies among them;
16 emergencies, 24 same-day and 20 look-alikes a set; a two-week cancer referral counts as
non-urgent). Before these fixes the rules found 14 of 16 and 13 of 16 emergencies (cord compression
in prostate cancer told as 两条腿软，走路拖着脚; hypercalcaemia of cancer with confusion; giant cell
arteritis with "a blind came down" over one eye; a suicide plan with a note and saved-up
tablets), graded 17 of 24 and 14 of 24 same-day cases exactly, and sent one look-alike to
emergency (polymyalgia's 胳膊抬不起来 read as a weak arm).

What changed: thirst in cancer with confusion or drowsiness is severe hypercalcaemia (NICE CKS);
a fever with a prosthetic valve is possible endocarditis (ESC 2023); a feverish illness that tires
or dizzies someone on long-term steroids follows the sick-day rule (SfE 2020); 以前没这样头痛过
tells a new headache rather than denying one; words for giant cell arteritis, cord compression,
SVCO in a relative's words, loose stools counted, and a pulse "irregular about 124". After:
16/16, 16/16; 21/24, 17/24; look-alikes 19/20, 20/20.

Left: polymyalgia read as a weak arm (r71-zh-002); DKA graded on a glucose with ketones ++ or 0.4
in alert people (r71-en-004, r71-en-053), petechiae with 38.0 (r71-en-052) and a pancreatic cancer
DVT with fever (r71-zh-049) stay emergencies; suspected Addison's, TB with fever, psychotic
depression, refusing food in depression and vomiting with weight loss are not yet graded same day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "老李前列腺癌的，去年打过针。这一周腰背痛得很，晚上躺下更痛，睡不着",
                "今天家里人说他两条腿软，走路拖着脚，扶着才能走，说腿上发麻",
                "小便也解不太出来，憋着",
            ],
            _patient(24532, "male", ("prostate cancer",), pregnant=None),
            id="r71-zh-003",
        ),  # NICE NG234 脊柱转移与转移性脊髓压迫：已知癌症患者新发背痛伴下肢无力、麻木和排尿障碍提示脊髓压迫，需立即送急诊并在24小时内完成MRI。
        pytest.param(
            [
                "陈奶奶乳腺癌做过手术的，76岁",
                "这一礼拜老口渴，大便几天不解，今天说胡话，叫她老半天才应一声",
                "县医院打电话来说抽血钙很高，3.6几",
            ],
            _patient(27941, "female", ("breast cancer",), pregnant=None),
            id="r71-zh-015",
        ),  # NICE CKS 高钙血症：血钙>3.5 mmol/L或伴意识模糊、嗜睡属严重高钙血症，需立即急诊入院静脉补液。
        pytest.param(
            [
                "76F breast ca, spread to bones we think. daughter says mum 'away with the fairies' since yesterday",
                "v thirsty past wk, constipated, sleeping a lot. today not making sense, can't tell the day",
                "BP 104/60 P 102",
            ],
            _patient(27792, "female", ("breast cancer",), pregnant=None),
            id="r71-en-009",
        ),  # NICE CKS Hypercalcaemia: suspected hypercalcaemia of malignancy with new confusion and dehydration needs emergency admission.
        pytest.param(
            [
                "79F headaches a wk or so, tender by her temple",
                "this am says 'a blind came down' over L eye for a few mins, still a bit blurry",
                "jaw aches eating. obs ok",
            ],
            _patient(29109, "female", ("osteoarthritis",), pregnant=None),
            id="r71-en-015",
        ),  # NICE CKS Giant cell arteritis: suspected GCA with visual loss needs immediate high-dose steroids and emergency same-day ophthalmology assessment to save sight.
        pytest.param(
            [
                "58M, wife brought him, not sleeping, lost weight, 'stopped caring about anything'",
                "she found a note & he's been saving up his tablets. says he's 'got it planned'",
                "calm now, wants to go home",
            ],
            _patient(21275, "male", (), pregnant=None),
            id="r71-en-043",
        ),  # NICE NG225 Self-harm / NG222 Depression: suicidal intent with a plan, a note and stockpiled means needs immediate emergency mental health assessment; do not leave him alone.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "72岁老太太，这半个月右边太阳穴那块一直痛，梳头都疼，说头皮碰不得",
                "吃饭嚼几口下巴就酸，要歇一下再嚼。眼睛问了说看东西没问题",
                "体温37.4，血压150/85。以前没这样头痛过",
            ],
            _patient(26389, "female", ("hypertension",), pregnant=None),
            id="r71-zh-001",
        ),  # NICE CKS 巨细胞动脉炎：50岁以上新发颞部头痛伴头皮触痛、下颌跛行但无视觉症状，应当天开始大剂量泼尼松龙并当天转诊专科评估，无需急救车。
        pytest.param(
            [
                "类风湿的刘阿姨，强的松一天一片半吃了好几年了",
                "昨天开始感冒发烧38度5，浑身没力，站起来有点晕",
                "东西能吃一点，没吐，今天的药吃了。血压105/70，心跳96",
            ],
            _patient(21975, "female", ("rheumatoid arthritis",), pregnant=None),
            id="r71-zh-013",
        ),  # NICE NG243 肾上腺皮质功能不全：长期口服激素者合并发热性疾病需按生病日规则加量并当天由医生评估；能口服、无呕吐和休克，尚不属于肾上腺危象。
        pytest.param(
            [
                "68岁男的，前几年心脏换过瓣膜",
                "这三个礼拜断断续续发烧，下午38度多，晚上出汗，没胃口，人瘦了",
                "不咳嗽，小便正常。今天体温38度3，心跳98，血压125/70",
            ],
            _patient(24928, "male", ("prosthetic heart valve",), pregnant=None),
            id="r71-zh-027",
        ),  # ESC 2023 感染性心内膜炎指南 / NICE CG64：人工瓣膜患者不明原因持续发热需当天医生评估、抽血培养并尽快转诊；生命体征稳定无需120。
        pytest.param(
            [
                "肠癌化疗的周大爷，63岁，前天打完化疗",
                "今天拉了五六回稀的，水样的，肚子有点痛",
                "没发烧，36度8，能喝水，bp 120/75",
            ],
            _patient(23101, "male", ("colorectal cancer",), pregnant=None),
            id="r71-zh-047",
        ),  # UKONS 肿瘤急症分诊工具：化疗后腹泻较基线每日增加4–6次属2级，需当天联系肿瘤科或医生评估、查血常规和电解质；无发热和休克时无需120。
        pytest.param(
            [
                "72yo lady c/o headache R side of head x1/52, new for her",
                "says brushing her hair hurts her scalp & jaw aches when she chews meat, has to stop",
                "no vision probs she says. obs fine, T 37.4. on ramipril only",
            ],
            _patient(26335, "female", ("hypertension",), pregnant=None),
            id="r71-en-001",
        ),  # NICE CKS Giant cell arteritis: suspected GCA without visual loss needs same-day specialist assessment and immediate high-dose prednisolone, so a doctor must see her today.
        pytest.param(
            [
                "74F lost weight past few months, feels heart 'fluttering', hands shaky",
                "pulse irregular about 124 at rest. BP 138/82, no chest pain, not SOB at rest",
                "never had heart probs",
            ],
            _patient(27053, "female", (), pregnant=None),
            id="r71-en-025",
        ),  # NICE NG196 / CKS Atrial fibrillation: new fast AF in a stable patient needs same-day ECG, rate control and anticoagulation review (and TFTs); not unstable or over 150 so not an ambulance.
        pytest.param(
            [
                "66M has lung ca, daughter says his face looks fuller in the mornings past wk",
                "R arm bit swollen, veins on his chest more visible",
                "breathing ok at rest, no noisy breathing, sats 96%",
            ],
            _patient(24275, "male", ("lung cancer",), pregnant=None),
            id="r71-en-037",
        ),  # NICE NG122 Lung cancer / acute oncology SVCO guidance: suspected SVCO without stridor or hypoxia needs same-day acute oncology discussion and urgent CT, not an ambulance.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "66岁男的，家里说他眼睛黄了，小便跟浓茶一样，身上痒",
                "不痛不发烧，胃口差点，这两个月瘦了四五斤",
                "精神还可以，自己走来的，bp 130/80，体温36.6",
            ],
            _patient(24136, "male", (), pregnant=None),
            id="r71-zh-004",
        ),  # NICE NG12 1.2.5（胰腺癌）：40岁以上出现黄疸应走疑似癌症两周快速转诊通道；无发热寒战腹痛、生命体征平稳，无需今日医生急诊评估。
        pytest.param(
            [
                "49岁的女的，说晚上睡觉出一身汗，被子都湿了，有半年了",
                "白天也一阵一阵脸上烘热、出汗，月经这一年乱七八糟，两三个月来一次",
                "不发烧，不咳嗽，体重没掉，吃饭还行，就是心烦",
            ],
            _patient(17958, "female", (), pregnant=False),
            id="r71-zh-007",
        ),  # NICE NG23 更年期：围绝经期伴潮热的盗汗，无发热、体重下降、咳嗽、淋巴结肿大等红旗症状，属常规门诊处理。
        pytest.param(
            [
                "58岁男的，左边锁骨上面摸到一个疙瘩，蚕豆那么大，硬的，不痛，推不太动",
                "说有一个多月了，这段时间瘦了点，抽烟三十年",
                "不发烧，不喘，吃喝都正常",
            ],
            _patient(21366, "male", (), pregnant=None),
            id="r71-zh-010",
        ),  # NICE NG12 1.1.3：40岁以上锁骨上淋巴结肿大需两周内胸片并走疑似癌症快速转诊；一般情况好、无气促，无需今日急诊。
        pytest.param(
            [
                "小伙子28岁，脖子这边摸到两个小疙瘩，黄豆大，按着有点痛",
                "半个月前嗓子疼感冒了，现在嗓子好了",
                "不发烧，晚上不出汗，体重没变",
            ],
            _patient(10348, "male", (), pregnant=None),
            id="r71-zh-014",
        ),  # NICE CKS 颈部包块 / NICE NG12：上呼吸道感染后小而触痛的颈部淋巴结为反应性，观察即可，持续超过6周或增大、变硬再就诊。
        pytest.param(
            [
                "50岁阿姨说老是累，怕冷，夏天也要穿长袖",
                "胖了七八斤，便秘，皮肤干，头发掉得多",
                "心跳62，血压正常，没别的不舒服",
            ],
            _patient(18353, "female", (), pregnant=False),
            id="r71-zh-017",
        ),  # NICE CKS 甲状腺功能减退：乏力、怕冷、体重增加、便秘提示甲减，常规查TSH/FT4门诊处理即可。
        pytest.param(
            [
                "53岁男的，单位体检空腹血糖7.8，糖化6.9",
                "没啥感觉，不口渴，尿也不多，体重还有点超",
                "问要不要赶紧去大医院",
            ],
            _patient(19388, "male", ("obesity",), pregnant=None),
            id="r71-zh-020",
        ),  # 国家基层糖尿病防治管理指南（2022）：无症状、无酮症的新诊断2型糖尿病可在基层常规确诊、生活方式干预并启动二甲双胍，按计划随访。
        pytest.param(
            [
                "46岁女的，洗澡摸到左边乳房有个疙瘩，花生米大，不痛",
                "发现一个礼拜了，没红没肿，乳头没流水",
                "月经正常，没怀孕",
            ],
            _patient(16862, "female", (), pregnant=False),
            id="r71-zh-023",
        ),  # NICE NG12 1.4.1：30岁以上不明原因乳房肿块应走疑似癌症两周快速转诊，无需当天急诊。
        pytest.param(
            [
                "62岁的奶奶，绝经十来年了，这礼拜内裤上见了点血，粉红色的",
                "量不多，两三天就没了，肚子不痛",
                "血压正常，人好好的",
            ],
            _patient(22919, "female", (), pregnant=None),
            id="r71-zh-026",
        ),  # NICE NG12 1.5.3：55岁以上绝经后出血需走子宫内膜癌疑似癌症两周快速转诊，少量出血、生命体征稳定无需当日急诊。
        pytest.param(
            [
                "47岁男的，后背有个软包，鸡蛋那么大，不痛",
                "说有七八年了，一直这么大，没变过",
                "推着能动，软软的，皮肤颜色正常",
            ],
            _patient(17349, "male", (), pregnant=None),
            id="r71-zh-029",
        ),  # NICE CKS 脂肪瘤 / NICE NG12 1.11：多年稳定、柔软、可推动、无痛的皮下包块为良性脂肪瘤，无需转诊，增大或变硬再就诊。
        pytest.param(
            [
                "29岁女的，这两个月瘦了五六斤，手有点抖，爱出汗，脾气急",
                "心跳96，bp 118/70，不发烧，没怀孕，月经正常",
                "脖子好像有点粗",
            ],
            _patient(10653, "female", (), pregnant=False),
            id="r71-zh-032",
        ),  # NICE NG145 甲状腺疾病 / CKS 甲亢：症状轻、心率<100、无发热无房颤，常规查甲功后门诊转内分泌科即可。
        pytest.param(
            [
                "38岁女的，咳嗽三个多礼拜了，吃了止咳糖浆没好",
                "有点白痰，晚上偶尔出汗，体重没怎么掉",
                "不发烧，不喘，没咯血，没怀孕",
            ],
            _patient(14061, "female", (), pregnant=False),
            id="r71-zh-035",
        ),  # 中国肺结核基层诊疗指南（2018）：咳嗽≥2周为肺结核可疑症状，应常规转诊结核病定点医疗机构查痰和胸片；无咯血、高热、气促无需当日急诊。
        pytest.param(
            [
                "63岁男的，前天尿了一次红的，像洗肉水，不痛",
                "今天尿颜色正常了，没发烧，尿尿不痛",
                "抽了几十年烟",
            ],
            _patient(23010, "male", (), pregnant=None),
            id="r71-zh-038",
        ),  # NICE NG12 1.6.4：45岁以上无痛性肉眼血尿且无尿路感染，需走泌尿系肿瘤疑似癌症两周快速转诊，无需当日急诊。
        pytest.param(
            [
                "24岁女孩说最近老觉得累，上班没精神",
                "两个礼拜前感冒发烧了几天，现在好了，就是乏",
                "吃饭睡觉还行，体重没变，不出汗，月经正常，没怀孕",
            ],
            _patient(8978, "female", (), pregnant=False),
            id="r71-zh-040",
        ),  # NICE CKS 成人疲劳：病毒感染后两周内的乏力、无体重下降等红旗症状，可休息观察，持续超过4周再就诊查血。
        pytest.param(
            [
                "57岁男的，这一个多月吃馒头米饭老觉得往下走不顺，卡在胸口",
                "喝水喝汤没事，瘦了五六斤",
                "没吐血，没黑便，精神还行",
            ],
            _patient(20940, "male", (), pregnant=None),
            id="r71-zh-043",
        ),  # NICE NG12 1.2.1：55岁以上吞咽困难伴体重下降需两周内直接胃镜检查；能进流质、无出血，无需当日急诊。
        pytest.param(
            [
                "66岁男的，体检血红蛋白105，医生说是缺铁的小细胞贫血",
                "没啥感觉，能干农活，不喘，大便颜色正常",
                "问要不要马上去住院",
            ],
            _patient(24349, "male", (), pregnant=None),
            id="r71-zh-046",
        ),  # NICE NG12 1.3 / DG56：60岁以上缺铁性贫血需先查FIT并走结直肠癌疑似癌症快速转诊，无症状、无出血时无需当天处理。
        pytest.param(
            [
                "70岁大爷，老伴三个月前走了，这段时间不爱出门，吃饭少点，睡不好",
                "问他想不想不活了，他说“没有没有，还要看孙子”",
                "体重掉了两三斤，生活能自理",
            ],
            _patient(25689, "male", (), pregnant=None),
            id="r71-zh-050",
        ),  # NICE NG222 抑郁症 / CKS 丧亲：丧偶后情绪低落、睡眠差但无自杀意念、能自理，属哀伤反应或轻度抑郁，可门诊随访和心理支持。
        pytest.param(
            [
                "61岁男的，嗓子哑了一个多月，不痛",
                "抽烟几十年，没咳血，能吃能喝，喘气正常",
                "吃了消炎药没好",
            ],
            _patient(22371, "male", (), pregnant=None),
            id="r71-zh-053",
        ),  # NICE NG12 1.8.1：45岁以上持续不明原因声音嘶哑需走喉癌疑似癌症两周快速转诊；无喘鸣和呼吸困难，无需当天处理。
        pytest.param(
            [
                "45岁女的，说脖子前面慢慢粗了，好几年了",
                "不痛，吞东西不卡，说话声音正常，不喘",
                "心跳78，体重没变，没怀孕",
            ],
            _patient(16709, "female", (), pregnant=False),
            id="r71-zh-056",
        ),  # NICE NG145 甲状腺疾病：缓慢增大、无声嘶和压迫症状的甲状腺肿，常规查甲功和超声门诊处理。
        pytest.param(
            [
                "57岁阿姨体检，血钙2.72（校正后），别的都正常",
                "没啥症状，不口渴，大便正常，人精神",
                "以前得过肾结石",
            ],
            _patient(21032, "female", ("kidney stones",), pregnant=None),
            id="r71-zh-059",
        ),  # NICE NG132 原发性甲状旁腺功能亢进：无症状轻度高钙血症（<3.0 mmol/L）应复查钙并测PTH，常规门诊评估。
        pytest.param(
            [
                "68F stiff & achy both shoulders and hips 3 wks, worst 1st thing, takes an hour to loosen up",
                "no headache, no jaw pain, eyes fine. eating ok. obs normal",
                "daughter asking if she needs the hospital",
            ],
            _patient(24911, "female", (), pregnant=None),
            id="r71-en-002",
        ),  # NICE CKS Polymyalgia rheumatica: with no GCA features, routine bloods (ESR/CRP) and a routine GP review are appropriate; nothing needs hospital or a doctor today.
        pytest.param(
            [
                "41M cough 5 wks, some sweats at night, lost a bit of weight he thinks, maybe 2kg",
                "no blood. walking about, still working. T 37.2 sats 98% RR 16",
                "his uncle had 'lung TB' last year. what next?",
            ],
            _patient(15160, "male", (), pregnant=None),
            id="r71-en-005",
        ),  # WHO consolidated TB guidelines (Module 3 diagnosis) and China primary-care pulmonary TB guideline 2018: a well adult with presumptive TB needs sputum testing and referral to the designated TB clinic, not same-day doctor care.
        pytest.param(
            [
                "62M bloods for tiredness: Hb 108, ferritin 6, MCV low",
                "no black stools he says, no weight loss, feels 'a bit flat'. obs normal",
                "not on any iron. what do we do",
            ],
            _patient(22941, "male", (), pregnant=None),
            id="r71-en-008",
        ),  # NICE NG12 section 1.3: iron-deficiency anaemia at 60 or over warrants a suspected lower GI cancer pathway referral (2 weeks); he is stable, so nothing needs a doctor today.
        pytest.param(
            [
                "51F night sweats most nights couple of months, wakes up soaked, hot flushes in the day too",
                "periods gone irregular, last one 4 mo ago",
                "weight steady, no cough, feels well. worried it's 'something bad'",
            ],
            _patient(18734, "female", (), pregnant=False),
            id="r71-en-011",
        ),  # NICE NG23 Menopause: vasomotor symptoms with irregular periods at 51 and no weight loss or cough fit perimenopause; a routine appointment to discuss HRT is enough.
        pytest.param(
            [
                "66M says food 'sticks' behind his breastbone past 6 wks, bread and meat mostly",
                "lost abt 3kg. drinks fine, swallowing his spit fine",
                "obs ok, no vomiting blood",
            ],
            _patient(24324, "male", (), pregnant=None),
            id="r71-en-014",
        ),  # NICE NG12 section 1.2: dysphagia needs a suspected cancer pathway referral for endoscopy within 2 weeks; he can swallow fluids and is stable, so nothing is needed today.
        pytest.param(
            [
                "33M says still wiped out 2 wks after flu, back at work but knackered by evening",
                "no fever now, eating fine, weight same, no SOB",
                "asking for a tonic",
            ],
            _patient(12082, "male", (), pregnant=None),
            id="r71-en-017",
        ),  # NICE CKS Tiredness/fatigue in adults: post-viral fatigue in a well adult without red flags is self-limiting; advise rest and graded return and review if it lasts beyond 4-6 weeks.
        pytest.param(
            [
                "58F periods stopped 6 yrs ago, now some spotting x2 last wk",
                "no pain, feels well, not on HRT",
                "obs normal. she's embarrassed, asked if it can wait",
            ],
            _patient(21324, "female", (), pregnant=None),
            id="r71-en-020",
        ),  # NICE NG12 section 1.5: postmenopausal bleeding at 55 or over needs a suspected cancer pathway referral within 2 weeks; light spotting in a well woman needs nothing today.
        pytest.param(
            [
                "42F found lump L breast in shower 1 wk ago, pea-size, not sore",
                "no nipple discharge, no skin change, well otherwise",
                "can she wait till after her period to be seen?",
            ],
            _patient(15591, "female", (), pregnant=False),
            id="r71-en-023",
        ),  # NICE NG12 section 1.4: an unexplained breast lump at 30 or over needs a suspected cancer pathway referral within 2 weeks; nothing needs a doctor today.
        pytest.param(
            [
                "24F noticed a lump in neck under jaw, came up with sore throat last wk",
                "tender, size of a pea, throat now better",
                "no sweats, no weight loss. worried it's cancer",
            ],
            _patient(8828, "female", (), pregnant=False),
            id="r71-en-026",
        ),  # NICE CKS Neck lumps / NG12: a small tender node after a sore throat is reactive; reassure and return if it persists beyond 6 weeks, grows or night sweats/weight loss appear.
        pytest.param(
            [
                "57M routine bloods: HbA1c 71",
                "bit thirsty he says, otherwise fine. BMI 33",
                "no vomiting, no weight loss, BM today 14.2",
            ],
            _patient(20992, "male", ("obesity",), pregnant=None),
            id="r71-en-029",
        ),  # NICE NG28 Type 2 diabetes: new type 2 diabetes in a well adult without weight loss, ketosis or vomiting is started on treatment at a routine appointment.
        pytest.param(
            [
                "48M soft lump back of shoulder, wife noticed, he says it's been there 'years'",
                "not grown as far as he knows, rubbery, moves under the skin, not sore",
                "well in himself",
            ],
            _patient(17816, "male", (), pregnant=None),
            id="r71-en-032",
        ),  # NICE CKS Lipoma / NG12 sarcoma section: a long-standing soft mobile lump that is not growing is a lipoma; reassure and return if it enlarges.
        pytest.param(
            [
                "61F tired, TSH 6.8, free T4 normal",
                "no weight gain really, bit cold. obs normal",
                "should she start thyroxine?",
            ],
            _patient(22375, "female", (), pregnant=None),
            id="r71-en-035",
        ),  # NICE NG145 Thyroid disease: mildly raised TSH with normal free T4 is subclinical hypothyroidism; repeat TFTs in 3 months at a routine review.
        pytest.param(
            [
                "63F routine bloods: adjusted Ca 2.71",
                "feels fine, no thirst, no confusion, maybe a bit constipated at times",
                "no cancer history",
            ],
            _patient(23216, "female", (), pregnant=None),
            id="r71-en-038",
        ),  # NICE NG132 Hyperparathyroidism (primary): mildly raised calcium without symptoms needs a routine repeat with PTH, not same-day care.
        pytest.param(
            [
                "36F on hydrocortisone for Addison's, runny nose & sore throat 2 days",
                "no temp (36.8), eating & drinking normally, no vomiting",
                "asking does she need to double her dose?",
            ],
            _patient(13166, "female", ("addison's disease",), pregnant=False),
            id="r71-en-041",
        ),  # NICE NG243 Adrenal insufficiency sick-day rules: a mild cold without fever needs no extra hydrocortisone; double the dose if fever or bed-bound illness and seek urgent help if vomiting.
        pytest.param(
            [
                "55M ex-smoker, cough 4 wks since a cold, no blood",
                "no weight loss, no SOB, eating fine, obs normal sats 97%",
                "wants antibiotics",
            ],
            _patient(20216, "male", (), pregnant=None),
            id="r71-en-044",
        ),  # NICE NG12 section 1.1: an unexplained cough over 3 weeks in an ex-smoker aged 40+ needs a chest X-ray within 2 weeks; he is well, so nothing is needed today.
        pytest.param(
            [
                "28M says unprotected sex ~3 months ago, woke up sweaty twice last wk",
                "feels well, no fever now, no weight loss, no rash",
                "worried about HIV, wants a test",
            ],
            _patient(10466, "male", (), pregnant=None),
            id="r71-en-047",
        ),  # WHO consolidated HIV testing guidelines / BHIVA: offer a routine HIV test; exposure was over 72 hours ago so PEP does not apply and he is well.
        pytest.param(
            [
                "31M low mood & tired ~3 wks since losing his job, sleeping badly",
                "still eating, seeing mates. no thoughts of harming himself, asked directly",
                "wants to 'talk to someone'",
            ],
            _patient(11335, "male", (), pregnant=None),
            id="r71-en-049",
        ),  # NICE NG222 Depression in adults: less severe low mood with no suicidal thoughts is managed with a routine GP review and talking-therapy referral.
        pytest.param(
            [
                "69M wife noticed his eyes look yellow past week, itchy, pale poo, dark wee",
                "no pain, no fever, eating ok, lost a bit of weight",
                "obs normal T 36.8",
            ],
            _patient(25289, "male", (), pregnant=None),
            id="r71-en-051",
        ),  # NICE NG12 section 1.2: painless jaundice at 40+ needs a suspected pancreatic cancer pathway referral within 2 weeks; with no fever or pain (no cholangitis) nothing needs a doctor today.
        pytest.param(
            [
                "26F cold & cough 5 days, this am a few streaks of blood in phlegm after a coughing fit",
                "non-smoker, no SOB, no chest pain, no calf pain, T 37.3, sats 99%",
                "otherwise well",
            ],
            _patient(9768, "female", (), pregnant=False),
            id="r71-en-056",
        ),  # NICE CKS Haemoptysis / NG12: blood-streaked sputum during an acute chest cold in a non-smoker under 40 with normal obs is airway irritation; self-care and return if it persists or worsens.
        pytest.param(
            [
                "52M lump R side of neck noticed 3 wks, painless, about 2cm, firm",
                "no fever, no sore throat recently. smoker. voice normal",
                "eating and swallowing fine",
            ],
            _patient(19076, "male", (), pregnant=None),
            id="r71-en-059",
        ),  # NICE NG12 section 1.8: a persistent unexplained neck lump at 45+ needs a suspected head and neck cancer pathway referral within 2 weeks; nothing needs a doctor today.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
