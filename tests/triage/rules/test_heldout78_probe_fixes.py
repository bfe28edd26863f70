# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-eighth held-out round (2026-12-07, at commit fc759b2: two reviewers, 120 cases on the
infections of children at kindergarten and school in China: hand, foot and mouth disease and its
severe signs, measles, chickenpox, mumps, scarlet fever, whooping cough, influenza, norovirus and
rotavirus, herpangina, conjunctivitis outbreaks, impetigo and head lice; 16 emergencies, 24
same-day and 20 look-alikes a set). Before these fixes the rules found 14 of 16 and 15 of 16
emergencies (a 6-week-old with whooping cough who went purple and "好一会没喘气"; hand, foot and
mouth disease with a leg that will not bear weight; chickenpox pneumonia in a father who smokes),
graded 17 of 24 and 15 of 24 same-day cases exactly, and sent 1 and 2 look-alikes to emergency
("a faint pink rash" read as a faint; a flu rigor told as "shaking all over, teeth chattering").

What changed: a weak leg or an unsteady walk in hand, foot and mouth disease is nervous-system
involvement (国家卫健委手足口病诊疗指南2018); chickenpox in an adult with breathlessness, a fast
breathing rate or low oxygen is varicella pneumonia (NICE CKS Chickenpox); 好一会没喘气 is an apnoea;
"faint" before a colour is the colour's word; chattering teeth make shaking a rigor. After: 16/16,
16/16; 17/24, 15/24; look-alikes 19/20, 20/20.

Left: a toddler asleep after an antipyretic who wakes easily (r78-zh-049) is read as a danger
sign; a cluster of same-day cases (measles exposure in a baby, Kawasaki-like illness, nephritis
after strep, influenza in a child with asthma) is not yet graded same day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "6周的女娃娃，咳了一个多礼拜了，一阵一阵的咳",
                "奶奶说“咳起来憋得脸发紫，有一回咳完好一会没喘气”",
                "现在看着还行，在吃奶",
            ],
            _patient(42, "female", (), pregnant=None),
            id="r78-zh-005",
        ),  # NICE CKS 百日咳：6个月以下婴儿出现呼吸暂停或发绀发作须立即急诊入院。
        pytest.param(
            [
                "3岁女娃手足口第4天，烧已经退了一天",
                "今天早上起来说腿软，右腿站不住，走两步就坐下",
                "精神比前两天差，有点吐",
            ],
            _patient(1140, "female", (), pregnant=None),
            id="r78-zh-045",
        ),  # 手足口病诊疗指南（2018年版）：急性肢体无力（弛缓性麻痹）伴精神差、呕吐提示神经系统受累，须立即转定点医院。
        pytest.param(
            [
                "dad 34, caught chickenpox off his son, spots since 3/7",
                "smokes 20/day. now SOB, dry cough, chest hurts when he breathes in",
                "sats 92%, RR 28",
            ],
            _patient(12419, "male", (), pregnant=None),
            id="r78-en-015",
        ),  # NICE CKS Chickenpox (adults, smokers): chickenpox with breathlessness and hypoxaemia suggests varicella pneumonia requiring immediate hospital admission.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "3岁女娃 流鼻涕咳嗽两天了，昨天晚上烧到38度，今天没烧",
                "吃饭玩耍都正常 幼儿园好几个都这样",
                "家长问要不要挂水",
            ],
            _patient(1120, "female", (), pregnant=None),
            id="r78-zh-002",
        ),  # NICE NG143 表1：无红色/黄色警示征象的绿色低危发热儿童，可居家护理并告知复诊指征，无需输液。
        pytest.param(
            [
                "11个月男娃，连着烧了三天，最高39度6，今天早上退了",
                "退烧以后前胸后背出了一片一片红点点，压一下就退",
                "奶吃得好，笑呵呵的，家长吓坏了说“是不是出麻疹了”",
            ],
            _patient(335, "male", (), pregnant=None),
            id="r78-zh-004",
        ),  # NICE NG143 表1：热退疹出、精神反应好、无红黄色警示征象属低危（符合幼儿急疹），居家观察即可。
        pytest.param(
            [
                "7岁女孩，学校通知班里有头虱",
                "头痒了一礼拜，扒开头发看到好多白色小点粘在头发根上，活的也看到两个",
                "没发烧，头皮没抓烂",
            ],
            _patient(2600, "female", (), pregnant=None),
            id="r78-zh-007",
        ),  # NICE CKS 头虱：确认有活虱可湿梳篦虱或外用灭虱药居家处理，无需急诊。
        pytest.param(
            [
                "4岁男孩手足口，今天第四天了",
                "手心脚底一些小红疱，嘴里两个小溃疡，昨天开始就不烧了",
                "稀饭能吃，玩得挺欢，晚上睡得也好，家长问要不要住院",
            ],
            _patient(1480, "male", (), pregnant=None),
            id="r78-zh-011",
        ),  # 手足口病诊疗指南（2018年版）：普通型（出疹期）无重症征象者居家隔离、对症护理，告知观察易惊、呕吐、精神差等警示征象。
        pytest.param(
            [
                "学校一个班好多红眼睛的，6岁男孩也红了，左眼先红今天右眼也有点",
                "早上眼屎多糊住了，擦掉就能睁开",
                "不疼，不怕光，看东西清楚，没发烧",
            ],
            _patient(2230, "male", (), pregnant=None),
            id="r78-zh-014",
        ),  # NICE CKS 感染性结膜炎：无眼痛、畏光、视力下降等警示征象时多为自限性，清洁护理、勤洗手即可。
        pytest.param(
            [
                "4岁女孩，身上出了些粉红色小疹子，肚子背上多",
                "前天有点低烧37度8，现在不烧了",
                "压一下疹子就褪了，不痒，该吃吃该玩玩",
            ],
            _patient(1520, "female", (), pregnant=None),
            id="r78-zh-017",
        ),  # NICE NG143 表1：精神好、皮疹可褪色、无其他警示征象，多为病毒疹，居家观察即可。
        pytest.param(
            [
                "8岁男孩，右边腮帮子肿了两天，耳朵下面，张嘴吃东西疼",
                "低烧37度8，学校说班里有痄腮",
                "没头疼没吐，精神可以",
            ],
            _patient(2950, "male", (), pregnant=None),
            id="r78-zh-019",
        ),  # NICE CKS 流行性腮腺炎：无并发症者对症处理，需医生常规确诊上报并居家隔离至腮肿出现后5天，不需急诊。
        pytest.param(
            [
                "6岁女孩，上个月县医院说是百日咳，药早吃完了",
                "现在还在咳，但比以前少多了，晚上偶尔咳几声",
                "吃饭睡觉都好，不烧，家长怕“咳成肺炎”",
            ],
            _patient(2250, "female", (), pregnant=None),
            id="r78-zh-022",
        ),  # NICE CKS 百日咳：恢复期咳嗽可持续至3个月，患儿一般情况好、无发热和气促，无需再用抗生素，居家观察。
        pytest.param(
            [
                "9个月女娃，8天前打的麻腮风疫苗",
                "这两天有点低烧37度9，脸上身上出了几个淡红点",
                "吃奶玩耍都好，不咳嗽眼睛不红，家长怕是麻疹",
            ],
            _patient(275, "female", (), pregnant=None),
            id="r78-zh-025",
        ),  # WHO 麻疹疫苗立场文件（2017）：接种后5–12天可出现一过性发热和轻微皮疹，精神好无需特殊处理。
        pytest.param(
            [
                "3岁女娃，前两天烧到39度，嗓子里起了好几个小白疱",
                "今天不烧了，说嗓子疼，吃东西慢",
                "水喝得不少，尿正常，能跑能玩，手脚上没疹子",
            ],
            _patient(1130, "female", (), pregnant=None),
            id="r78-zh-028",
        ),  # 手足口病诊疗指南（2018年版）（疱疹性咽峡炎同属肠道病毒感染）：热退、饮水尿量正常、无重症征象者居家对症护理。
        pytest.param(
            [
                "7岁男孩，学校好几个孩子吐，他昨天下午吐了3回，拉了一次",
                "今天没再吐了，早上喝了稀饭，尿也尿了好几回",
                "有点没劲，不烧，肚子不怎么疼",
            ],
            _patient(2620, "male", (), pregnant=None),
            id="r78-zh-031",
        ),  # WHO IMCI 2014 腹泻图表：无脱水征象，按方案A居家补液、继续进食，告知复诊指征。
        pytest.param(
            [
                "3个月女娃，村里有手足口的，家长紧张",
                "说娃“一有响声就一惊，两个胳膊往外一伸”",
                "不烧，吃奶好，身上没疹子，平时会逗笑",
            ],
            _patient(92, "female", (), pregnant=None),
            id="r78-zh-034",
        ),  # NICE NG143 表1：无发热、反应正常的小婴儿受声响惊跳为正常惊跳（拥抱）反射，不是手足口病的“易惊”，无需处理。
        pytest.param(
            [
                "5岁男孩，鼻子下面起了一小片，开始是水疱，破了结了黄黄的痂",
                "有点痒，没发烧，别的地方没有",
                "幼儿园说要让来看一下",
            ],
            _patient(1840, "male", (), pregnant=None),
            id="r78-zh-037",
        ),  # NICE NG153 脓疱疮：局限性非大疱性脓疱疮、全身情况好，可常规门诊外用治疗，痂干前暂不入园。
        pytest.param(
            [
                "5岁女孩出水痘第二天，身上头皮都有，痒得直挠",
                "烧38度，能吃能睡，挺精神",
                "家长问用不用打针",
            ],
            _patient(1880, "female", (), pregnant=None),
            id="r78-zh-040",
        ),  # NICE CKS 水痘：健康儿童无并发症水痘对症止痒退热（避免布洛芬），居家隔离至全部结痂。
        pytest.param(
            [
                "6岁男孩，三个礼拜前得过手足口，早好了",
                "家长说这两天“睡着的时候腿突然蹬一下”，一晚上一两次",
                "白天一切正常，不烧，跑跳都好，不吐",
            ],
            _patient(2260, "male", (), pregnant=None),
            id="r78-zh-043",
        ),  # 手足口病诊疗指南（2018年版）：重症征象见于急性期，本例痊愈已3周、白天完全正常，入睡时偶发肢体抽动符合生理性入睡抽动，居家观察。
        pytest.param(
            [
                "6岁女孩，前面得了猩红热，青霉素吃到第8天了",
                "这两天手指头尖开始脱皮，一层一层的",
                "不烧，精神好，尿颜色正常，眼皮不肿",
            ],
            _patient(2240, "female", (), pregnant=None),
            id="r78-zh-046",
        ),  # NICE CKS 猩红热：恢复期指端脱皮属正常病程，完成10天疗程即可，注意观察尿色和浮肿。
        pytest.param(
            [
                "2岁男孩发烧38度8，流鼻涕，烧的时候喘气有点快，家长说“是不是肺炎了”",
                "吃了布洛芬一个钟头后数呼吸28次，胸口没有凹进去",
                "精神好，在地上跑，喝水正常",
            ],
            _patient(780, "male", (), pregnant=None),
            id="r78-zh-051",
        ),  # NICE NG143 表1/WHO IMCI 2014：退热后呼吸频率正常、无胸凹陷、精神好为低危，发热时呼吸稍快不属肺炎征象，居家护理。
        pytest.param(
            [
                "4岁男孩，腿上胳膊上起了好多红疙瘩，中间有个小水疱，痒得很",
                "奶奶说“是不是出水痘了”，幼儿园有出水痘的",
                "不发烧，头上身上没有，就露在外面的地方有，天天在院子里玩",
            ],
            _patient(1470, "male", (), pregnant=None),
            id="r78-zh-054",
        ),  # NICE CKS 虫咬与叮蜇：无发热、仅暴露部位瘙痒丘疹、躯干头皮无疹，符合虫咬皮炎而非水痘，止痒护理即可。
        pytest.param(
            [
                "幼儿园老师问：班上一个孩子出水痘了，有个3岁男孩跟他天天坐一块",
                "这男孩水痘疫苗打过一针，现在好好的没症状",
                "家长想问要不要来打针吃药",
            ],
            _patient(1110, "male", (), pregnant=None),
            id="r78-zh-057",
        ),  # NICE CKS 水痘（接触）：健康儿童接触水痘无需药物预防，观察21天即可，未完成两剂者可常规补种疫苗。
        pytest.param(
            [
                "11mo girl, fever 39-40 for 3 days, went down this am",
                "now pink spotty rash all over body, mum panicking its measles",
                "happy, feeding well, lots of wet nappies",
            ],
            _patient(335, "female", (), pregnant=None),
            id="r78-en-008",
        ),  # NICE NG143 green / NICE CKS: a rash appearing as fever resolves in a well infant is typical roseola and needs home care only.
        pytest.param(
            [
                "kindy said 3yo has HFMD, few spots on palms and 2 ulcers in mouth",
                "temp 37.6 yday, none today, eating yoghurt, drinking fine",
                "no jumping in sleep, no vomiting, lively",
            ],
            _patient(1210, "female", (), pregnant=None),
            id="r78-en-011",
        ),  # China NHC HFMD Guideline 2018 (stage 1, ordinary case): mild HFMD without warning signs is managed at home with isolation and watching for danger signs.
        pytest.param(
            [
                "5yo boy, small crusty honey coloured patch on chin, 2 cm, for 3 days",
                "other kids at kindy had it",
                "well in himself, no temp",
            ],
            _patient(1950, "male", (), pregnant=None),
            id="r78-en-013",
        ),  # NICE NG153 Impetigo: localised non-bullous impetigo in a well child is treated with hydrogen peroxide 1% cream via a routine appointment or pharmacy.
        pytest.param(
            [
                "7yo boy, swollen cheek under R ear since yday, mumps letter from school",
                "sore when he chews, T 37.9",
                "no headache, no tummy pain, no pain down below, eating soft food",
            ],
            _patient(2620, "male", (), pregnant=None),
            id="r78-en-014",
        ),  # NICE CKS Mumps: uncomplicated mumps is self-limiting and managed at home with analgesia, fluids and school exclusion for 5 days after swelling starts.
        pytest.param(
            [
                "6yo boy bright red cheeks like he's been slapped, lacy rash on arms",
                "had a cold last week, no temp now",
                "mum asked if its scarlet fever. no sore throat, tongue normal",
            ],
            _patient(2300, "male", (), pregnant=None),
            id="r78-en-016",
        ),  # NICE CKS Parvovirus B19: slapped cheek syndrome in a well child is self-limiting and no longer infectious once the rash appears.
        pytest.param(
            [
                "4yo girl, sore throat, few small ulcers at back of throat",
                "T 38 yday, none today, drinking cold drinks ok, eating ice cream",
                "no spots on hands/feet, normal wees",
            ],
            _patient(1520, "female", (), pregnant=None),
            id="r78-en-017",
        ),  # China NHC HFMD Guideline 2018 / NICE NG143 green: mild herpangina with good fluid intake and no warning signs is managed at home.
        pytest.param(
            [
                "5yo girl chickenpox, last new spot 7 days ago",
                "all scabbed over, some look dark n a bit pitted",
                "well, school asking for a note",
            ],
            _patient(1880, "female", (), pregnant=None),
            id="r78-en-019",
        ),  # NICE CKS Chickenpox: once all lesions have crusted the child is no longer infectious and can return to school without review.
        pytest.param(
            [
                "6yo girl, school sent note about nits",
                "mum saw little bugs crawling in her hair, scratching a lot",
                "no sores on scalp, otherwise well",
            ],
            _patient(2230, "female", (), pregnant=None),
            id="r78-en-022",
        ),  # NICE CKS Head lice: live lice are treated at home with wet combing or a pharmacy product, with no school exclusion.
        pytest.param(
            [
                "3yo boy, itchy raised red welts come and go on body since yday",
                "had a cold last week, no new food or meds",
                "lips/tongue normal, breathing fine, playing",
            ],
            _patient(1180, "male", (), pregnant=None),
            id="r78-en-026",
        ),  # NICE CKS Urticaria: acute urticaria in a well child without angioedema or breathing difficulty is managed at home with a non-sedating antihistamine.
        pytest.param(
            [
                "3yo boy, snotty nose n cough 3 days, kindy sent note 'HFMD in class'",
                "no spots anywhere, no fever, eating, running about",
                "mum worried he'll get it",
            ],
            _patient(1140, "male", (), pregnant=None),
            id="r78-en-028",
        ),  # NICE CKS Common cold / NICE NG143 green: a well child with coryza, no fever and no spots can be managed at home.
        pytest.param(
            [
                "9yo girl vomited 3x last night, tummy bug at school",
                "since 6am kept down sips of water and some toast, weed twice",
                "bit tired, no blood in poo, no tummy pain now",
            ],
            _patient(3400, "female", (), pregnant=None),
            id="r78-en-031",
        ),  # NICE CG84: a child with gastroenteritis who is not clinically dehydrated is managed at home with fluids and 48 h exclusion after symptoms stop.
        pytest.param(
            [
                "2yo boy loose poo 4-5x/day for 3 days, nursery had an outbreak",
                "drinking loads, wet nappies as normal, no vomiting",
                "playing, eating a bit less",
            ],
            _patient(740, "male", (), pregnant=None),
            id="r78-en-033",
        ),  # NICE CG84: diarrhoea without clinical dehydration in a well toddler is managed at home with continued fluids and feeding.
        pytest.param(
            [
                "4yo, faint red blotchy rash on tummy n back since this am",
                "had runny nose and 37.8 two days ago, fine now",
                "rash fades when pressed, eating, playing, had both MMR",
            ],
            _patient(1560, "male", (), pregnant=None),
            id="r78-en-035",
        ),  # NICE NG143 green: a blanching viral rash in a well, vaccinated child without fever needs only home care and safety-netting.
        pytest.param(
            [
                "5yo, half her class with pink eye",
                "both eyes red and sticky, crusted shut this morning",
                "no pain, can see fine, no swelling round eyes, no temp",
            ],
            _patient(1900, "female", (), pregnant=None),
            id="r78-en-040",
        ),  # NICE CKS Conjunctivitis - infective: acute infective conjunctivitis without red flags is self-limiting and managed with eye bathing; no exclusion needed.
        pytest.param(
            [
                "7yo girl, cluster of blisters on edge of lip, tingled yesterday",
                "mum worried its impetigo or HFMD from school",
                "nothing in mouth or on hands, well, had same last winter",
            ],
            _patient(2600, "female", (), pregnant=None),
            id="r78-en-043",
        ),  # NICE CKS Herpes simplex - oral: a recurrent cold sore in a well child is self-limiting and managed at home.
        pytest.param(
            [
                "10yo boy, flu going round class, T 38.9 day 2",
                "mum says he was 'shaking all over' - teeth chattering, talking to her the whole time, stopped once warm",
                "now watching tv, drinking ok",
            ],
            _patient(3700, "male", (), pregnant=None),
            id="r78-en-048",
        ),  # NICE CKS Influenza / NICE NG143 green: shivering with full awareness is a rigor, not a fit, and a healthy child with flu and no amber or red features can be managed at home.
        pytest.param(
            [
                "29F, mum of 2 kids off kindy with coughs",
                "sore throat 2 days, cough, runny nose, no temp",
                "no rash, eating and drinking ok",
            ],
            _patient(10700, "female", (), pregnant=False),
            id="r78-en-053",
        ),  # NICE NG84 Sore throat (FeverPAIN 0-1): sore throat with cough and coryza and no fever is likely viral and managed with self-care.
        pytest.param(
            [
                "4yo chickenpox day 2, spots everywhere incl. in mouth, v itchy",
                "T 38.1, eating less but drinking",
                "no spots look infected, breathing fine, no eczema",
            ],
            _patient(1470, "male", (), pregnant=None),
            id="r78-en-055",
        ),  # NICE CKS Chickenpox: uncomplicated chickenpox in a healthy child is managed at home with fluids, paracetamol and itch relief.
        pytest.param(
            [
                "10yo girl, classmate has whooping cough, letter from school",
                "she's had all her jabs, no cough at all",
                "no babies or pregnant ppl at home",
            ],
            _patient(3720, "female", (), pregnant=None),
            id="r78-en-058",
        ),  # NICE CKS Whooping cough / UKHSA pertussis guidance: an asymptomatic contact with no vulnerable household members needs no prophylaxis or urgent review.
        pytest.param(
            [
                "7yo boy, kid in his class has measles",
                "red book shows 2 MMR doses, he's well, no fever no rash",
                "mum asking if he needs 'a jab now'",
            ],
            _patient(2580, "male", (), pregnant=None),
            id="r78-en-059",
        ),  # WHO measles guidance: a child with two documented MMR doses is considered protected, so exposure needs only watching for symptoms.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
