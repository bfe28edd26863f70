# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-fourth held-out round (2026-12-07, at commit 2ee69ff: two reviewers, 120 cases across all
topics typed in a hurry: regional speech (东北话, 四川话, 河南话, 粤语), voice-input homophones (兄口 for 胸口, 血牙
for 血压, xy for 血压), numbers in words, typos and text-speak ("ankel", "diabeties", "w/o", "b/c"), a
relative's words relayed; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes
the rules found 12 of 16 and 15 of 16 emergencies (the weakest zh emergency figure of any round:
chest pain typed 兄口疼, a stroke told in Sichuanese, Cantonese asthma with blue lips, pre-eclampsia
with "xy"), graded 15 of 24 and 16 of 24 same-day cases exactly, and sent no look-alike to
emergency.

What changed: dialect.py turns voice-input homophones and a few more regional words into Mandarin
(兄口, 凶口, 血牙, 发骚, 欧吐, 抽疯, 歪起了, 紫紫哋, 透唔到气, 讲唔到成句; "xy" before a number is 血压); chest pain told as
压了块大石头, a stroke as 嘴巴突然歪了, 说话嘟嘟囔囔, 端碗端不稳; "都没用" or "不管用" after a treatment is not a denial of what
follows (喷了三次都没用 嘴唇发紫 had lost the blue lips); a glucose told as "she checked his sugar and it says
1.9"; "cant wake him proper"; English typos and shorthand (ankel, nappys, wud, diabeties, w/o,
b/c); "burning wee"; "sore on bottom of his big toe"; "gaping"; a baby "only taking half his
bottles" with "only 2 wet nappies". After: 16/16, 16/16; 16/24, 22/24; look-alikes 20/20, 20/20.

Kept deliberately: melaena on aspirin while stable (r54-zh-016), renal colic writhing with vomiting
(r54-zh-020), appendicitis with rebound (r54-zh-030), a husband who says he wants to die
(r54-zh-017), bleeding with pain at 8 weeks (r54-zh-040) stay emergencies. Left: a deep palm cut
from a sickle (r54-zh-014), 血牙一百八十五 一百一十 with the medicines stopped (r54-zh-035: the diastolic told
in words is not read), measles in an unvaccinated child (r54-zh-036), hyperemesis (r54-zh-053), a
glucose told in words over days (r54-en-008), sudden deafness (r54-en-016)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "孕36周 今天早上开始头疼的要命",
                "眼睛看东西一闪一闪的发花 刚量xy一百七十二 一百一十五",
                "脚也肿 胃这块也疼",
            ],
            _patient(11323, "female", (), pregnant=True),
            id="r54-zh-018",
        ),  # 《妊娠期高血压疾病诊治指南(2020)》及NICE NG133：血压≥160/110伴持续头痛、视物模糊、上腹痛为重度子痫前期，需立即转运至有条件的产科。缩写：xy=血压；一百七十二 一百一十五=172/115mmHg。
        pytest.param(
            [
                "大夫 俺家老爷子兄口疼得贼厉害 压得慌 跟压了块大石头似的",
                "整了快四十分钟了 一脑门子虚汗 左边胳膊也酸得不行",
                "含了片硝酸甘油也没见好 咋整啊",
            ],
            _patient(24837, "male", ("高血压",), pregnant=None),
            id="r54-zh-022",
        ),  # 国家《急性冠脉综合征基层诊疗指南(2019)》诊断与转诊：胸骨后压榨样疼痛持续>20分钟伴大汗、放射至左臂，含服硝酸甘油不缓解，疑急性心肌梗死，需立即呼叫120转运有PCI能力医院。东北话：俺=我，贼=非常，整了=持续了，咋整=怎么办；语音错字 兄口=胸口。
        pytest.param(
            [
                "医生 我妈嘴巴突然歪起了 说话嘟嘟囔囔的听不清楚",
                "右手端碗端不稳 碗都打烂了 就是半个钟头前吃午饭的时候",
                "她自己说脑壳有点昏 要不要紧嘛",
            ],
            _patient(26298, "female", ("高血压", "糖尿病"), pregnant=None),
            id="r54-zh-025",
        ),  # 《脑卒中基层诊疗指南(2021)》及FAST识别：突发口角歪斜、言语不清、单侧上肢无力，发病约30分钟，处于静脉溶栓时间窗，应立即呼叫120送卒中中心。四川话：歪起了=歪了，打烂了=摔碎了，脑壳昏=头晕，要不要紧嘛=严不严重。
        pytest.param(
            [
                "阿嫲哮喘又发作 喘到讲唔到成句嘢",
                "喷咗三次蓝色嗰支都冇用 嘴唇有啲紫紫哋",
                "佢坐喺度手撑住张台 话好辛苦 透唔到气",
            ],
            _patient(24106, "female", ("哮喘",), pregnant=False),
            id="r54-zh-039",
        ),  # GINA 2023及《支气管哮喘基层诊疗指南(2018)》急性发作分级：不能说整句、端坐前倾、口唇发绀、反复吸入SABA无效为重度/危重发作，需立即呼叫急救。粤语(孙辈转述)：阿嫲=奶奶，讲唔到成句嘢=说不了整句话，冇用=没用，有啲=有点，喺度=在这里，张台=桌子，透唔到气=喘不上气。
        pytest.param(
            [
                "his wife says he went all floppy and sweaty and she cant wake him proper",
                "hes on gliclazide, she checked his sugar and it says 1.9, he cant swallow anything she gives",
            ],
            _patient(24472, "male", ("type 2 diabetes",), pregnant=None),
            id="r54-en-009",
        ),  # NICE CKS Hypoglycaemia / Diabetes type 2 (management of severe hypoglycaemia): reduced consciousness and unable to swallow -> IM glucagon and call 999; sulfonylurea-induced hypoglycaemia needs hospital. Relative's words relayed.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "血牙一百八十五 一百一十 头有点胀",
                "降压药断了一个礼拜了没去拿 胸口不疼 手脚都好使 说话也利索 看东西清楚",
            ],
            _patient(23011, "male", ("高血压",), pregnant=None),
            id="r54-zh-035",
        ),  # 《高血压基层诊疗指南(2019)》：血压≥180/110但无胸痛、神经功能缺损等急性靶器官损害，属高血压亚急症，应当天就医恢复/调整口服降压药并复测，不需救护车。语音错字：血牙=血压；东北话：好使=好用。
        pytest.param(
            [
                "twisted her ankel coming down stairs 1 hr ago, cant put weight on it at all, couldnt take 4 steps",
                "swollen and v sore when she presses on the bone at back of the outside bump",
            ],
            _patient(14975, "female", (), pregnant=None),
            id="r54-en-017",
        ),  # NICE CKS Sprains and strains, using the Ottawa ankle rules: inability to bear weight for 4 steps and bone tenderness at the posterior edge of the lateral malleolus -> X-ray needed, same-day minor injury assessment. Typo 'ankel'.
        pytest.param(
            [
                "35F burning wee 3 days now pain in her right side of back and shivers, temp 38.6",
                "keeping fluids down ok, not pregnant, walking around fine",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r54-en-030",
        ),  # NICE NG111 Pyelonephritis (acute): antimicrobial prescribing / NICE CKS: suspected upper UTI without sepsis features -> same-day clinician review and antibiotics; admission only if signs of sepsis or cannot take oral fluids.
        pytest.param(
            [
                "63 m diabetic c/o sore on bottom of his big toe, now foot red hot and swollen up to the ankle",
                "no fever, feels ok in himself, says it doesnt hurt much b/c numb feet",
            ],
            _patient(23011, "male", ("type 2 diabetes", "peripheral neuropathy"), pregnant=None),
            id="r54-en-036",
        ),  # NICE NG19 Diabetic foot problems, 1.3: active diabetic foot problem (ulcer with spreading infection) -> refer to multidisciplinary foot service within 1 working day; immediate only if sepsis/limb-threatening ischaemia. Text-speak.
        pytest.param(
            [
                "cut his hand on broken glass washing up, cut about 3 cm on palm gaping open",
                "bleeding stopped w/ pressure, can move all fingers, feeling normal in fingers",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r54-en-040",
        ),  # NHS guidance Cuts and grazes (urgent treatment centre if a cut is large or gaping) and NICE CKS wound care principles: gaping palm laceration needs closure within hours -> same-day minor injury care; bleeding controlled, neurovascularly intact so not emergency.
        pytest.param(
            [
                "pt crying at reception says she feels like everyone wud be better off w/o her",
                "she says no plan and wouldnt act on it b/c of her kids, partner coming to pick her up",
            ],
            _patient(10958, "female", ("depression",), pregnant=None),
            id="r54-en-055",
        ),  # NICE NG222 Depression in adults and NICE CKS Depression (suicidal ideation): expressed passive suicidal thoughts require same-day clinician risk assessment; no plan/intent and protective factors so not emergency transfer. Text-speak wud, w/o, b/c.
        pytest.param(
            [
                "baby 4 month only taking half his bottles since yday and only 2 wet nappys today",
                "temp 38.1, hes awake and looking at us, no rash, breathing normal",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r54-en-056",
        ),  # NICE NG143 Fever in under 5s: poor feeding in an infant and reduced urine output are amber features -> same-day face-to-face assessment; no red features. Typos 'nappys', 'yday'.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "闺女发烧三十八度五 她去年烧的时候抽过一回",
                "这回没抽 吃了退烧药在炕上玩呢 能喝水 尿也正常 身上没疹子",
                "俺就是怕她又抽",
            ],
            _patient(822, "female", (), pregnant=None),
            id="r54-zh-003",
        ),  # NICE NG143/NICE CKS热性惊厥：既往热性惊厥史、本次无抽搐、无红/黄色危险征象的发热儿童可居家护理，退热药改善舒适但不能预防惊厥；告知抽搐>5分钟需呼救。过去事件，非当前抽搐。
        pytest.param(
            [
                "倒开水烫到手杆了 起了个泡 一块钱硬币那么大",
                "用凉水冲了二十分钟 现在还是有点火辣辣的 没烫到脸和手板心",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r54-zh-004",
        ),  # WHO烧伤急救/NICE CKS烧烫伤：成人前臂小面积(<1%体表)浅表水疱，非面部、手掌、会阴、关节，冷水冲洗后居家护理。四川话：手杆=胳膊，手板心=手掌心。
        pytest.param(
            [
                "我妈今天自己在家量血压一百四十五 九十 平时吃着氨氯地平",
                "没头疼没头晕 啥感觉没有 用不用加药",
            ],
            _patient(24106, "female", ("高血压",), pregnant=False),
            id="r54-zh-005",
        ),  # 《高血压基层诊疗指南(2019)》：无症状、远低于急症阈值的血压未达标，常规门诊随访评估、调整方案。
        pytest.param(
            [
                "孩子把鞋盒里那个干燥剂小包咬破了 吃了几颗透明的小珠珠",
                "袋子上写的是硅胶 不是石灰那种 孩子现在好好的在玩 没吐没咳",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r54-zh-007",
        ),  # WHO中毒处理原则/中国疾控中心中毒控制科普：硅胶干燥剂化学惰性、基本无毒，少量误食漱口喝水居家观察；生石灰类才有腐蚀性需就医。
        pytest.param(
            [
                "打球崴脚了 脚脖子外边肿了点",
                "能自己走 走了好几步 一按骨头那不疼 就是肉疼",
            ],
            _patient(6209, "female", (), pregnant=False),
            id="r54-zh-011",
        ),  # 渥太华踝关节规则/NICE CKS扭伤：能负重行走4步、骨性标志无压痛，无需X线，居家休息冰敷加压抬高。
        pytest.param(
            [
                "阿婆话佢起身快咗就头晕晕 坐低一阵就冇事",
                "讲嘢好清楚 手脚都够力 个嘴冇歪 冇胸口痛",
                "佢话呢排成日咁 想睇下使唔使改药",
            ],
            _patient(27028, "female", ("高血压",), pregnant=False),
            id="r54-zh-015",
        ),  # NICE CKS头晕/《高血压基层诊疗指南(2019)》：体位改变时短暂头晕、坐下缓解、无局灶神经体征和胸痛，否认卒中征象，需常规门诊测卧立位血压、评估降压药。粤语(孙辈转述)：头晕晕=头晕，冇=没有，够力=有力，呢排=最近，成日咁=经常这样，睇下=看看，使唔使=要不要。
        pytest.param(
            [
                "外婆吃完饭两个钟测血糖八点九 她话好高 吓亲佢",
                "平时空腹六点几 乜嘢唔舒服都冇",
            ],
            _patient(26298, "female", ("2型糖尿病",), pregnant=False),
            id="r54-zh-023",
        ),  # 《2型糖尿病基层诊疗指南(2019)》：老年患者餐后2小时血糖8.9mmol/L在可接受范围(非空腹<10)，无症状，居家继续监测、按期随访即可。粤语：话=说，吓亲佢=吓到她，乜嘢=什么，唔舒服=不舒服，冇=没有。
        pytest.param(
            [
                "流鼻血了 捏着鼻子低头十分钟止住了",
                "这两天屋里暖气太干 没磕着 也不吃啥药 现在不流了",
            ],
            _patient(7305, "male", (), pregnant=None),
            id="r54-zh-024",
        ),  # NICE CKS鼻出血：前鼻出血经压迫止血、无外伤、未服抗凝药、无大量出血者，居家护理(湿润、避免挖鼻)。
        pytest.param(
            [
                "我哥下岗了 这一个来月天天睡不着 心里烦",
                "我问他有没有想不开 他说没有 就是睡不好 饭还吃 还能出去干零活",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r54-zh-027",
        ),  # WHO mhGAP 2.0 抑郁/其他重要主诉：无自伤自杀想法、社会功能保留的应激相关失眠，安排常规门诊评估和心理支持。否认危险征象。
        pytest.param(
            [
                "兄口右边这块一按就疼 昨儿帮人搬煤气罐抻着了",
                "喘气不憋 不出汗 歇着也不疼 就是一扭身子一按才疼",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r54-zh-028",
        ),  # NICE CG95胸痛评估/基层胸痛鉴别：年轻、有明确拉伤史、压痛可复现、活动相关、无呼吸困难大汗，为胸壁肌肉骨骼痛，居家休息、对症止痛，加重再诊。语音错字：兄口=胸口；东北话：抻着=拉伤。
        pytest.param(
            [
                "宝宝今天上午打了百白破 下午有点热 量了三十七度九",
                "奶吃得好 会笑 腿上打针那有点红 一元硬币那么大",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r54-zh-029",
        ),  # 《预防接种工作规范》一般反应/NICE NG143：接种后低热(<38.5℃)和局部小红肿为常见一般反应，4月龄体温<39℃且无危险征象，居家观察护理。
        pytest.param(
            [
                "宝宝三周了 每次吃完奶都吐一小口 带奶瓣",
                "吐完还笑 吃奶挺好 体重比出生时长了 尿布一天湿七八块 吐的不是绿的 也不是喷出来的",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r54-zh-031",
        ),  # NICE NG1婴幼儿胃食管反流：生长良好、无胆汁样或喷射性呕吐、喂养正常的婴儿溢奶属生理现象，居家喂养指导。
        pytest.param(
            [
                "怀孕十二周 早上起来恶心 一天吐个一两回",
                "吃饭喝水都还行 尿正常 人有精神 体重没掉",
            ],
            _patient(9496, "female", (), pregnant=True),
            id="r54-zh-037",
        ),  # RCOG Green-top No.69/NICE CKS妊娠恶心呕吐：轻度孕吐能维持进食饮水、尿量正常，居家少食多餐；不能进水、尿少再就诊。
        pytest.param(
            [
                "怀孕三十周 晚上脚脖子肿 早上起来就消了",
                "今天在卫生室量xy一百一十八 七十二 不头疼 看东西也清楚 胃不疼",
                "是不是得那个妊高症了",
            ],
            _patient(10592, "female", (), pregnant=True),
            id="r54-zh-041",
        ),  # NICE NG201产前保健/NG133：血压正常、无头痛、视物模糊、上腹痛，晨起消退的足踝水肿为生理性，下次产检常规复查血压和尿蛋白。缩写：xy=血压；否认危险征象。
        pytest.param(
            [
                "俺爷慢阻肺好些年了 爬坡还是跟以前一样喘 歇歇就好",
                "这阵子没发烧 痰跟平常一样是白的 没比以前喘得厉害 就是那个吸的药快用完了",
            ],
            _patient(25933, "male", ("慢阻肺",), pregnant=None),
            id="r54-zh-042",
        ),  # 《慢性阻塞性肺疾病基层诊疗指南(2018)》/GOLD 2024：稳定期症状无加重(痰量、痰色、气促均无变化)，常规随访续药。
        pytest.param(
            [
                "大便干 解完纸上有点鲜红的血丝 以前就有痔疮",
                "不疼 没头晕 大便颜色正常不是黑的 体重也没掉",
            ],
            _patient(16436, "male", ("痔疮",), pregnant=None),
            id="r54-zh-043",
        ),  # NICE CKS痔疮/NG12：已知痔疮、少量鲜红血附于纸上、无贫血、黑便、体重下降等报警征象，常规门诊评估及通便护理。
        pytest.param(
            [
                "昨晚吃了凉拌菜 今儿拉了两回稀的 肚子咕噜咕噜有点绞",
                "没发骚 没带血 能喝水 尿也正常",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r54-zh-047",
        ),  # WHO腹泻处理/《急性感染性腹泻基层诊疗》：成人轻度急性腹泻，无发热、血便、脱水，居家口服补液、清淡饮食。语音错字：发骚=发烧。
        pytest.param(
            [
                "嗓子疼 流鼻涕 咳嗽三天了 今天低烧三十七度八",
                "能吃能睡 不喘 就想问吃点啥药",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r54-zh-048",
        ),  # 《急性上呼吸道感染基层诊疗指南(2018)》/NICE NG120：无危险征象的普通感冒为自限性，居家对症护理。
        pytest.param(
            [
                "脑壳痛 两边箍起痛 昨晚上熬夜打麻将打到三点",
                "没发烧 没吐 不是突然炸起痛的 以前也这样痛过 睡一觉就好",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r54-zh-051",
        ),  # NICE CG150头痛：无红旗征(突发剧烈、发热、呕吐、神经症状)的紧张型头痛，居家休息、简单止痛。四川话：脑壳痛=头痛，箍起痛=紧箍样痛，炸起痛=炸裂样痛(否认)。
        pytest.param(
            [
                "喝了两杯咖啡又喝了杯奶茶 心咚咚跳得快 数了一百来下",
                "半个钟头就好了 没晕 没胸疼 不喘 以前查过心电图正常",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r54-zh-060",
        ),  # NICE CKS心悸：咖啡因诱发、已自行缓解、无晕厥胸痛气促、既往心电图正常者，无报警征象，居家减少咖啡因，反复发作再门诊评估。
        pytest.param(
            [
                "asthmatic pt asking for new inhaler ran out, no wheez no SOB, peak flow normal for her",
                "didnt need the blue one all week",
            ],
            _patient(13880, "female", ("asthma",), pregnant=None),
            id="r54-en-003",
        ),  # NICE NG245 Asthma (monitoring) / BTS/SIGN: well-controlled asthma, danger signs denied -> routine prescription request. Denied danger sign with typo 'wheez'.
        pytest.param(
            [
                "2 week old baby vomitting after every feed mum v worried",
                "its small amounts like a mouthful, milky not green, feeding well, lots of wet nappies, back to birth weight at midwife check",
            ],
            _patient(14, "female", (), pregnant=None),
            id="r54-en-004",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children, 1.1: effortless regurgitation in a thriving infant is common and needs reassurance only; no red flags (bilious, projectile, poor weight gain). Typo 'vomitting' sounds alarming.
        pytest.param(
            [
                "kid nose bleeding at school",
                "stopped after 10 min pinching it, first time in ages, no injury, not on any meds, hes fine now",
            ],
            _patient(4383, "male", (), pregnant=None),
            id="r54-en-005",
        ),  # NICE CKS Epistaxis (nosebleeds): anterior bleed stopped with first aid in a well child, not anticoagulated -> self-care advice. 'Bleeding' sounds alarming but minor.
        pytest.param(
            [
                "pharmacy bp check one fifty over ninety five, he feels totally fine",
                "no headache no chest pain no vision probs, never had bp before",
            ],
            _patient(18993, "male", (), pregnant=None),
            id="r54-en-007",
        ),  # NICE NG136 Hypertension in adults, 1.2 (diagnosis): clinic BP 140/90-179/119 without symptoms -> offer ambulatory BP monitoring, routine. Dictation numbers.
        pytest.param(
            [
                "lady wants appt for stress at work, not sleeping well past month",
                "i asked, she says definately no thoughts of harming herself or ending her life, just wants to talk",
            ],
            _patient(16436, "female", (), pregnant=None),
            id="r54-en-011",
        ),  # NICE CKS Generalized anxiety disorder / Insomnia and NICE NG222: low mood/stress with suicidal thoughts explicitly denied -> routine appointment. Denied danger sign, typo 'definately'.
        pytest.param(
            [
                "pt had numb face n arm back in march, seen in stroke clinic same week, on clopidogrel and statin now",
                "nothing new since, just needs repeat script and bp check",
            ],
            _patient(25202, "male", ("hypertension", "previous TIA"), pregnant=None),
            id="r54-en-015",
        ),  # NICE NG128 Stroke and TIA (secondary prevention) / NICE CG181: past event already assessed, no new symptoms -> routine repeat prescription and BP review. Past event, text-speak.
        pytest.param(
            [
                "28 m bright red blood on the toilet paper when he wipes past 3 days, been constipated and straining",
                "no change in bowel habit otherwise, no weight loss no tummy pain, feels well",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r54-en-023",
        ),  # NICE CKS Haemorrhoids / Anal fissure and NICE NG12: small bright red outlet bleeding with straining under 50 without other features -> routine appointment, not urgent.
        pytest.param(
            [
                "mum asking b/c he had one fitz two years ago w/ a high temp, nothing since",
                "wants to know if ok for him to have his pre-school jabs, hes well today",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r54-en-024",
        ),  # NICE CKS Febrile seizure (and UKHSA Green Book): single past febrile seizure is not a contraindication to vaccination; well child -> routine advice/appointment. Past event, dictation 'fitz'.
        pytest.param(
            [
                "little one chewed open one of them silica gel packets from a shoe box n swallowed some beads",
                "hes fine, no choking no coughing, playing normal",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r54-en-027",
        ),  # UK National Poisons Information Service (TOXBASE/NHS advice): silica gel desiccant is of low toxicity; no choking symptoms -> home observation. Poisoning sounds alarming but not by guideline.
        pytest.param(
            [
                "24yo guy c/o chest pian since yesterday after heavy bench press at gym",
                "sore when he presses on it n when he twists, no SOB no sweating, no pain walking, feels well",
            ],
            _patient(8766, "male", (), pregnant=None),
            id="r54-en-028",
        ),  # NICE CKS Chest pain (musculoskeletal chest wall pain) and NICE CG95 1.1: pain reproducible on palpation/movement after strain in a young man with no cardiac features -> not ACS; routine review if persisting. Typo 'pian', text-speak.
        pytest.param(
            [
                "c/o sore throat 2 days, temp thirty seven eight",
                "can swallow fine no drooling breathing fine, has a cough and runny nose",
            ],
            _patient(12418, "male", (), pregnant=None),
            id="r54-en-029",
        ),  # NICE NG84 Sore throat (acute): FeverPAIN score low (cough/coryza present), no airway red flags -> self-care, no antibiotic. Dictation temperature, denied danger signs.
        pytest.param(
            [
                "3 yo temp thirty eight point two since this morning with runny nose",
                "playing with his toys now after calpol drinking lots weeing normal no rash mum not worried just asking",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r54-en-031",
        ),  # NICE NG143 Fever in under 5s, traffic-light table: all green features (normal activity, hydrated, no rash) -> care at home with safety-netting advice. Dictation temperature, run-on.
        pytest.param(
            [
                "toddler banged head on coffee table corner, cried strait away, didnt past out",
                "small lump on forehead, no vomitting, running around like normal",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r54-en-037",
        ),  # NICE NG232 Head injury (community triage): no loss of consciousness, no vomiting, normal behaviour, no risk factors -> home care with head injury advice. Denied danger sign with dictation 'past out', typo 'strait'.
        pytest.param(
            [
                "rolled his ankel playing 5 aside last nite, bit swollen",
                "can walk on it fine just limping bit, no bone pain pressing the bumps",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r54-en-041",
        ),  # NICE CKS Sprains and strains (Ottawa ankle rules negative): can bear weight and no malleolar bone tenderness -> no X-ray, self-care (PRICE). Typos 'ankel', 'nite'.
        pytest.param(
            [
                "diabetic lady finger prick eleven point two, two hours after big birthday meal",
                "feels fine no thirst no vomitting, her morning ones usually 6 to 7, on metformin",
            ],
            _patient(22646, "female", ("type 2 diabetes",), pregnant=False),
            id="r54-en-042",
        ),  # NICE NG28 Type 2 diabetes in adults (self-monitoring): single raised post-meal reading, asymptomatic, usual control good -> continue usual self-care. Dictation number, typo 'vomitting'.
        pytest.param(
            [
                "pos preg test today about 5 wks, no pain no bleeding",
                "wants to know how to book w/ midwife and if she should take folic acid",
            ],
            _patient(11323, "female", (), pregnant=True),
            id="r54-en-043",
        ),  # NICE NG201 Antenatal care, 1.1: booking appointment ideally by 10 weeks, folic acid advice -> routine. Denied pain/bleeding, text-speak.
        pytest.param(
            [
                "8 wks pregnant feeling sick most mornings, sicked up twice this wk",
                "keeping food and drinks down ok, weeing normal, no pain no bleeding",
            ],
            _patient(9862, "female", (), pregnant=True),
            id="r54-en-047",
        ),  # NICE CKS Nausea/vomiting in pregnancy: mild symptoms, tolerating fluids, no dehydration -> self-care (small frequent meals, ginger). Denied danger signs.
        pytest.param(
            [
                "19 yr old really bad stomach crmps",
                "its her period started today, same as every month, ibuprofen helps, no fever, not preg",
            ],
            _patient(6940, "female", (), pregnant=False),
            id="r54-en-048",
        ),  # NICE CKS Dysmenorrhoea: typical primary period pain responding to NSAID, no red flags -> self-care. Typo 'crmps', text-speak 'preg'.
        pytest.param(
            [
                "T1 pt sugar dropped to 3.4 before lunch felt shaky",
                "had glucose tabs n a sandwich now 6.8, totally fine n talking normal, knows why, skipped breakfast",
            ],
            _patient(10592, "male", ("type 1 diabetes",), pregnant=None),
            id="r54-en-051",
        ),  # NICE NG17 Type 1 diabetes in adults (hypoglycaemia) / NICE CKS Hypoglycaemia: mild episode self-treated with fast-acting then longer-acting carbohydrate, recovered, clear cause -> self-care. Past (resolved) event, text-speak.
        pytest.param(
            [
                "teenager past out when nurse was taking her blood, felt hot n sick first then went down",
                "came round in a few seconds, no fitting, sitting up now having a drink, normal colour, never happened before",
            ],
            _patient(5844, "female", (), pregnant=None),
            id="r54-en-060",
        ),  # NICE CG109 Transient loss of consciousness in over 16s, 1.1/1.2: uncomplicated faint (posture, provoking factor, prodrome) with full recovery -> no immediate further management beyond initial assessment/ECG, routine. Dictation 'past out'.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
