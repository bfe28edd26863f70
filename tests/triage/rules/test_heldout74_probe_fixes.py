# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-fourth held-out round (2026-12-07, at commit b7644e6: two reviewers, 120 cases on the night
and sleep at all ages: breathlessness that wakes, chest pain at night, night sweats, sleep apnoea
and sleepy driving, children's night-time events, night-time hypos, falls getting up at night,
insomnia with suicidal thoughts, sedative overdose, unsafe infant sleep and carbon monoxide; 16
emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 13 of 16 and
14 of 16 emergencies (aortic dissection told as 撕着疼; severe croup with indrawing told as
一吸气就往里凹; a benzodiazepine and alcohol overdose beside an empty bottle; a pulmonary embolism
three weeks after a caesarean; insomnia with tablets saved "for when I've had enough"), graded 9 of
24 and 10 of 24 same-day cases exactly, and sent one look-alike to emergency.

What changed: those wordings are read (tearing pain, indrawing, an empty tablet bottle, 迷迷瞪瞪,
"3wks post c-section", tablets saved up, a plan); a passive wish not to wake (想睡过去不醒也好),
self-harm told as 划一下好受点, mania told as four nights without sleep and plans for a company,
a temple that aches and itching of the palms and soles told as "palms + soles" are read; a hypo on a
sulfonylurea now put right is still seen the same day (JBDS-IP 2023); a limp or a bent, swollen
wrist after an older person's fall is X-rayed the same day (NICE CG124). After: 16/16, 16/16;
17/24, 13/24; look-alikes 19/20, 20/20.

Left: night terrors with 叫他不应 read as unresponsive (r74-zh-054); a first tonic-clonic seizure
now recovered, low-risk BRUE, orthopnoea at rest, sleep apnoea's pauses and a COPD flare at its
usual saturation stay emergencies; recurrent night-time hypos on insulin told without a reading
(r74-en-013 is read once as 3.1 and then 7.4), TB-like night sweats, a teenager's overdose two days
ago, a new gas heater's morning headaches and headaches that wake with vomiting are not yet same
day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "62岁男，夜里两点背上突然'撕着疼'疼醒的，从胸口窜到后背",
                "吃了速效救心丸不管用，一身汗，右胳膊bp 190/110，左边160/95",
            ],
            _patient(22646, "male", ("hypertension",), pregnant=None),
            id="r74-zh-001",
        ),  # ESC 2014 主动脉疾病指南：突发撕裂样胸背痛伴双上肢血压差疑主动脉夹层，需立即120。
        pytest.param(
            [
                "3岁男娃，半夜咳嗽跟狗叫似的，现在坐着不动嗓子也'嘎嘎'响",
                "胸口下面一吸气就往里凹，烦躁得很，指脉氧92",
            ],
            _patient(1126, "male", (), pregnant=None),
            id="r74-zh-026",
        ),  # NICE CKS 喉炎（croup）严重程度评估：静息喘鸣伴明显胸凹陷、烦躁、血氧下降属重度，需立即120送医院。
        pytest.param(
            [
                "38岁女，老公说她晚上跟他吵完架回屋，早上叫着迷迷瞪瞪的",
                "床头一个空的艾司唑仑瓶子，原来大概二十多片，旁边还有个酒瓶",
                "呼吸有点慢，一分钟十来次，大声叫能哼一声",
            ],
            _patient(13880, "female", ("insomnia",), pregnant=False),
            id="r74-zh-046",
        ),  # NICE NG225 / WHO中毒处理原则：大量苯二氮䓬类合并饮酒伴意识障碍和呼吸减慢，需立即120急诊。
        pytest.param(
            [
                "45M came about his sleep, 'not slept properly in weeks'. lost job in March, lives alone",
                "when I asked, said hes been saving his mums tablets 'for when I've had enough'. just wants a sleeping tab + go home",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r74-en-035",
        ),  # NICE NG225 / CG16 and 中国成人失眠诊断与治疗指南: insomnia with suicidal intent, a plan and stockpiled means requires emergency mental health assessment today, not a prescription.
        pytest.param(
            [
                "29F 3wks post c-section, woke in the night short of breath, sharp pain R side chest when she breathes in",
                "HR 118, sats 93%, RR 24. she 'thought it was a pulled muscle from lifting the baby'",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r74-en-051",
        ),  # NICE NG158 venous thromboembolism: postpartum pleuritic pain with tachycardia and hypoxia suggests pulmonary embolism requiring emergency hospital assessment.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "71岁老太，吃格列美脲的，昨晚半夜心慌出汗，测血糖3.6，喝了糖水吃了个馒头好了",
                "现在人清楚，血糖7.8，能吃饭。最近胃口差吃得少",
            ],
            _patient(25933, "female", ("diabetes",), pregnant=None),
            id="r74-zh-008",
        ),  # 国家基层糖尿病防治管理指南（2022）：老年人磺脲类相关低血糖即便已纠正也需当日医生评估减量或停药并加强监测；意识清楚不需120。
        pytest.param(
            [
                "29岁男，家里说他四五天没咋睡，一晚上睡一两个钟头还不累",
                "话特别多，说要开公司，把家里存款取出来了，谁说他就急。没喝酒，以前没这样",
            ],
            _patient(10592, "male", (), pregnant=None),
            id="r74-zh-015",
        ),  # NICE CG185 双相障碍：疑似首发躁狂（睡眠需求减少伴冒险行为），需当日转精神科评估；目前无暴力或自伤不需120。
        pytest.param(
            [
                "15岁女学生，妈妈说她半夜不睡觉，胳膊上发现好几道划痕",
                "口子浅，结痂了。孩子说'难受的时候划一下好受点'，说没想死",
            ],
            _patient(5540, "female", (), pregnant=False),
            id="r74-zh-025",
        ),  # NICE NG225 自伤：18岁以下自伤者需当日由医生或专业人员做心理社会评估；无即刻生命危险不需120。
        pytest.param(
            [
                "74岁老太，夜里起来摸黑上厕所绊了一跤，手撑地了",
                "右手腕肿得跟馒头似的，有点歪，手指头能动，不麻，没磕头",
            ],
            _patient(27028, "female", ("osteoporosis",), pregnant=None),
            id="r74-zh-030",
        ),  # NICE NG38 非复杂骨折：疑似桡骨远端骨折伴畸形，需当日拍片复位固定；无开放伤和血运障碍不需120。
        pytest.param(
            [
                "70岁女，昨晚半夜心'突突突'跳醒了，到现在还乱跳",
                "摸脉不齐，数下来120左右，bp 138/85，不胸痛，能说话，就有点憋",
            ],
            _patient(25568, "female", ("hypertension",), pregnant=None),
            id="r74-zh-032",
        ),  # NICE NG196 房颤：新发心律不齐、血流动力学稳定者需当日医生评估（心电图、控制心室率、抗凝评估），不需120。
        pytest.param(
            [
                "35岁女，孩子一岁了，说老睡不着，半夜两三点醒了就睡不着了",
                "说'觉得活着挺累的，有时想睡过去不醒也好'，问有没有想过怎么做，说没有",
                "孩子婆婆带，她白天也不想吃饭",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r74-zh-037",
        ),  # NICE NG222 抑郁 / NICE NG225：失眠伴抑郁和被动自杀意念但无计划，需当日医生完成风险评估和安全计划。
        pytest.param(
            [
                "66岁女，打胰岛素的，一天两针预混",
                "这礼拜有三个晚上半夜出一身汗、心慌、做噩梦，测过一次3.2，吃了饼干就好了",
                "早上空腹反倒11点多，她自己想把晚上那针再加点",
            ],
            _patient(24106, "female", ("diabetes",), pregnant=None),
            id="r74-zh-044",
        ),  # NICE NG28 / 国家基层糖尿病防治管理指南（2022）：反复夜间低血糖伴晨起高血糖，需当日医生调整胰岛素方案，不能自行加量。
        pytest.param(
            [
                "74岁老太，这一个礼拜夜里出汗，太阳穴这边痛，梳头头皮都疼",
                "嚼东西嚼一会儿下巴就酸疼，说看东西还清楚。以前没这么痛过",
            ],
            _patient(27120, "female", (), pregnant=None),
            id="r74-zh-052",
        ),  # NICE CKS 巨细胞动脉炎：50岁以上新发颞部头痛伴头皮触痛和咀嚼痛，需当日医生评估、启动激素并转专科；暂无视力丧失不需120。
        pytest.param(
            [
                "80M fell getting up for the toilet in the night, landed on L hip",
                "walked in with his stick but limping, hurts to weight bear. leg not shortened or turned out",
            ],
            _patient(
                29220, "male", ("hypertension", "benign prostatic hyperplasia"), pregnant=None
            ),
            id="r74-en-011",
        ),  # NICE CG124 hip fracture and NICE falls guidance: persistent hip pain on weight bearing after a fall needs same-day X-ray to exclude occult fracture.
        pytest.param(
            [
                "31F 34/40, itching palms + soles, 'worse at night, can't sleep for scratching', no rash",
                "baby moving ok, BP 118/76",
            ],
            _patient(11323, "female", (), pregnant=True),
            id="r74-en-024",
        ),  # RCOG Green-top 43 obstetric cholestasis and NICE NG201: itch without rash in the third trimester needs same-day bile acids/LFTs and maternity assessment.
        pytest.param(
            [
                "88F fell getting up for loo around 5am, on floor ~1.5hr till carer came",
                "now sat in chair, says shes 'fine', sore L side, bruised arm, drinking tea. obs ok. lives alone",
            ],
            _patient(32142, "female", ("hypertension", "osteoarthritis"), pregnant=None),
            id="r74-en-045",
        ),  # NICE NG249 falls / NICE CG161: a night fall with a long lie in a frail older person needs same-day assessment for injury, rhabdomyolysis and cause of fall.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "满月不到的男娃，妈妈说睡着了'喘一会儿停一会儿'，停个五六秒又接着喘",
                "脸红扑扑的，没发紫，吃奶好，哭声响，醒着正常",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r74-zh-002",
        ),  # AAP 2016 BRUE临床指南：新生儿睡眠中短于20秒、无发绀的周期性呼吸属正常现象，不属BRUE，告知家长即可。
        pytest.param(
            [
                "27岁男，刚要睡着的时候腿'猛地一蹬'，或者觉得从高处掉下去，吓一跳醒了",
                "加班多，咖啡喝得多，白天没事，从来没抽过",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r74-zh-004",
        ),  # NICE NG217 鉴别诊断要点：入睡抽动属生理现象，与癫痫无关，减少咖啡因、规律作息即可。
        pytest.param(
            [
                "11岁女孩，1型糖尿病打胰岛素的，昨晚半夜测了3.5，白天踢了一下午球",
                "按说的喝了果汁，15分钟复测6.2，又吃了块面包。今早7.9，现在好好的，来问要不要改药",
            ],
            _patient(4018, "female", ("type 1 diabetes",), pregnant=None),
            id="r74-zh-006",
        ),  # NICE NG18：运动后单次轻度夜间低血糖已按方案自行纠正、意识清楚，常规与糖尿病团队沟通调整即可。
        pytest.param(
            [
                "16岁男孩，放假后天天凌晨两三点才睡，中午才起，妈妈担心'是不是病了'",
                "睡够了精神就好，吃饭正常，心情还行，睡前一直玩手机",
            ],
            _patient(5844, "male", (), pregnant=None),
            id="r74-zh-007",
        ),  # NICE CKS 失眠 / 中国成人失眠指南睡眠卫生原则：青少年作息后移与屏幕使用相关，无情绪和功能障碍，睡眠卫生指导即可。
        pytest.param(
            [
                "45岁女，说昨晚一宿没睡着，后天闺女结婚，心里惦记事",
                "以前睡得挺好，心情也好，问能不能给片安眠药",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r74-zh-014",
        ),  # 中国成人失眠诊断与治疗指南（2017）：应激相关的短期失眠属适应性反应，睡眠卫生指导即可，不需常规用药。
        pytest.param(
            [
                "30岁女，老公说她夜里说梦话，有时还笑出声，问要不要紧",
                "她自己啥也不知道，白天精神好，没抽过，不打呼",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r74-zh-016",
        ),  # 中国成人失眠诊断与治疗指南（2017）及ICSD-3分类：梦呓为良性睡眠现象，无日间功能受损，无需处理。
        pytest.param(
            [
                "5岁女娃，夜里打呼噜，张着嘴睡，妈妈说'有时候好像憋一下'",
                "白天有点没精神，扁桃体挺大，个头体重正常，不发烧，喘气不费劲",
            ],
            _patient(1887, "female", (), pregnant=None),
            id="r74-zh-018",
        ),  # AAP 2012 儿童阻塞性睡眠呼吸暂停指南 / NICE CKS：儿童打鼾伴扁桃体肥大、无呼吸窘迫和生长落后，常规转耳鼻喉评估。
        pytest.param(
            [
                "22岁女，说这几天早上快醒的时候'动不了，像有东西压着'，眼睛能睁，一两分钟就好",
                "最近考试熬夜多，白天没啥不舒服，没抽过，没尿裤子，家里老人说'鬼压床'要叫魂",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r74-zh-019",
        ),  # 中国成人失眠诊断与治疗指南（2017）睡眠卫生部分：睡眠不足诱发的孤立性睡眠瘫痪，无抽搐及神经体征，睡眠卫生指导即可。
        pytest.param(
            [
                "36岁男，夜里躺下胸口后头烧得慌，往嗓子眼反酸水，好几个月了",
                "晚上喝酒吃多了就重，吃奥美拉唑能好。走路爬坡不胸闷，没瘦，咽东西不卡",
            ],
            _patient(13149, "male", (), pregnant=None),
            id="r74-zh-027",
        ),  # NICE CG184 胃食管反流：年轻人夜间烧心反酸与饮食相关、无吞咽困难和消瘦等报警症状，常规门诊处理。
        pytest.param(
            [
                "6岁男孩，从小到大一直尿床，一周三四回，奶奶着急了",
                "不多喝水，白天尿不频，不瘦，精神好，大便正常",
            ],
            _patient(2374, "male", (), pregnant=None),
            id="r74-zh-029",
        ),  # NICE CG111 儿童遗尿：原发性夜遗尿不伴多饮、消瘦及日间症状属常见良性问题，常规门诊行为指导即可。
        pytest.param(
            [
                "40岁男老师，说睡不好一两个月了，躺下要一个多钟头才睡着，早上起来累",
                "心情还行，没有不想活的念头，白天能上班，就是睡前老刷手机、晚上喝浓茶",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r74-zh-031",
        ),  # 中国成人失眠诊断与治疗指南（2017）：无共病及风险的慢性失眠首选睡眠卫生和认知行为治疗，常规门诊处理。
        pytest.param(
            [
                "65岁女，夜里小腿肚子抽筋，疼得叫起来，一两分钟就缓过来了",
                "一个礼拜一两回，白天走路不疼，腿不肿，最近没吃啥新药",
            ],
            _patient(23741, "female", (), pregnant=None),
            id="r74-zh-034",
        ),  # NICE CKS 腿抽筋：夜间腿抽筋无相关疾病征象，拉伸等自我护理即可。
        pytest.param(
            [
                "67岁男，晚上起夜两三回，尿有点细，尿完还滴答",
                "不疼不发烧，没尿血，能尿出来，晚上水喝得也不多",
            ],
            _patient(24472, "male", (), pregnant=None),
            id="r74-zh-035",
        ),  # NICE CG97 男性下尿路症状：轻中度夜尿和排尿不畅无尿潴留、血尿等红旗征，常规门诊评估即可。
        pytest.param(
            [
                "58岁男，老伴嫌他打呼噜响，说偶尔停一下又接上了",
                "白天看电视爱打盹，不开车，没犯困出过事，bp控制得还行130/80",
            ],
            _patient(21184, "male", ("hypertension",), pregnant=None),
            id="r74-zh-038",
        ),  # NICE NG202 / NICE CKS 阻塞性睡眠呼吸暂停：疑似OSA无驾驶或高危职业风险、无呼吸衰竭征象，常规转诊睡眠评估。
        pytest.param(
            [
                "55岁女，晚上一躺下腿里头'像有虫子爬'，得起来走走才舒服，好几个月了",
                "白天没事，腿不肿不红，走路不痛。睡不好，来问能不能开点药",
            ],
            _patient(20089, "female", (), pregnant=None),
            id="r74-zh-040",
        ),  # NICE CKS 不宁腿综合征：典型症状无红旗征，常规门诊查铁蛋白并做睡眠卫生指导即可。
        pytest.param(
            [
                "51岁女，半年来夜里老出汗，一阵热一阵出汗，醒了得换衣服",
                "月经乱了，两三个月来一回，不发烧，体重没掉，不咳嗽，就是心烦",
            ],
            _patient(18628, "female", (), pregnant=False),
            id="r74-zh-047",
        ),  # NICE NG23 更年期：围绝经期潮热盗汗无发热、消瘦、咳嗽等红旗征，常规门诊咨询即可。
        pytest.param(
            [
                "30岁男，昨晚喝了酒，半夜起来站着尿尿，突然眼前一黑倒了，几秒就醒了",
                "没磕着，醒了马上清楚，没胸痛没心慌，以前体检心电图正常，今天好好的",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r74-zh-048",
        ),  # NICE CG109 短暂意识丧失：饮酒后排尿诱发、迅速完全恢复的情境性晕厥且无红旗征，常规门诊复查心电图即可。
        pytest.param(
            [
                "4个月男娃，睡着了头上出汗，枕头湿一片，奶奶说'缺钙了，盗汗'",
                "吃奶好，长得快，不发烧，精神好，屋里暖气足，盖得挺厚",
            ],
            _patient(120, "male", (), pregnant=None),
            id="r74-zh-049",
        ),  # 国家基本公共卫生服务儿童健康管理规范 / WHO婴幼儿保健：生长正常婴儿睡眠头部出汗多与室温和包被过厚有关，居家调整即可。
        pytest.param(
            [
                "8岁女孩，这几天做噩梦哭醒，能说出梦见啥了，抱着哄一会儿就睡了",
                "前几天跟表哥看了个鬼片。白天上学正常，吃饭正常",
            ],
            _patient(2922, "female", (), pregnant=None),
            id="r74-zh-059",
        ),  # NICE NG217 鉴别诊断要点：噩梦醒后能清楚回忆、易安抚、白天正常属良性，居家安抚和避免惊吓内容即可。
        pytest.param(
            [
                "dad worried 3wk baby 'stops breathing' in sleep for few secs then breathes fast, happens a lot",
                "pink the whole time, feeding well, gaining weight, no colour change",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r74-en-006",
        ),  # AAP 2016 BRUE: short pauses under 20 seconds with no colour change are normal newborn periodic breathing, not a BRUE; reassure.
        pytest.param(
            [
                "5yo snores most nights, mum says sometimes little pauses then a snort. big tonsils",
                "growing well, no daytime sleepiness, doing fine at school",
            ],
            _patient(1826, "female", (), pregnant=None),
            id="r74-en-012",
        ),  # AAP 2012 paediatric OSA guideline: snoring with pauses in an otherwise well, growing child needs routine ENT referral, not urgent care.
        pytest.param(
            [
                "10yo girl talks in her sleep, sister says 'full conversations', sometimes laughs",
                "no jerking or wetting, fine in the day, mum just asking",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r74-en-014",
        ),  # NHS sleep talking guidance / AASM parasomnias: isolated sleep talking is harmless and needs no treatment.
        pytest.param(
            [
                "50F poor sleep 6 months, takes ages to drop off, mood ok, no thoughts of self harm",
                "wants sleeping tablets 'like my neighbour has'",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r74-en-015",
        ),  # 中国成人失眠诊断与治疗指南 2017 and NICE CKS insomnia: chronic insomnia without mood or risk issues needs routine CBT-I based management.
        pytest.param(
            [
                "mum worried, 4yo girl screams + sits up ~1hr after bed, eyes open but 'doesnt see me', lasts 5-10 min",
                "then back to sleep, no memory in morning. no jerking, no wetting, fine in day",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r74-en-016",
        ),  # NICE NG217 (parasomnia differential) and NHS night terrors guidance: classic early-night terrors with no seizure features are benign and managed at home.
        pytest.param(
            [
                "5yo woke crying twice this wk, says a 'monster was chasing him', remembers it all, cuddles settle him",
                "watched a scary film at his cousins. well in the day",
            ],
            _patient(1826, "male", (), pregnant=None),
            id="r74-en-017",
        ),  # NHS and AAP guidance on childhood nightmares: remembered bad dreams after a trigger that settle with comfort are normal and need home reassurance.
        pytest.param(
            [
                "22F terrified, woke up couldnt move, felt 'something sitting on my chest', lasted about a min",
                "then fine. v stressed w exams, no chest pain now, no SOB",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r74-en-022",
        ),  # NHS sleep paralysis guidance / AASM parasomnias: brief inability to move on waking with a sensed presence is sleep paralysis, harmless with sleep hygiene.
        pytest.param(
            [
                "7yo boy still wets the bed most nights, never been dry at night. dry in day, no thirst, no weight loss",
                "mum asking about it before school camp",
            ],
            _patient(2557, "male", (), pregnant=None),
            id="r74-en-028",
        ),  # NICE CG111 bedwetting: primary nocturnal enuresis without daytime symptoms or thirst is managed routinely (advice, alarm, desmopressin for camp).
        pytest.param(
            [
                "wife complains 42M snores loud, worse after beer. shes never seen him stop breathing",
                "feels fresh in the day, Epworth 4, BMI 27, doesnt drive for work",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r74-en-029",
        ),  # NICE CKS obstructive sleep apnoea / NG202: simple snoring without witnessed apnoeas or sleepiness needs only lifestyle advice.
        pytest.param(
            [
                "72M getting up 2x a nite to pee, stream bit slow, drinks 3 cups of tea after dinner",
                "no pain, no blood, not thirsty, no wt loss. wants advice",
            ],
            _patient(26298, "male", ("hypertension",), pregnant=None),
            id="r74-en-030",
        ),  # NICE CG97 lower urinary tract symptoms: mild nocturia with evening fluids and no red flags needs routine assessment and lifestyle advice.
        pytest.param(
            [
                "60F c/o 'creepy crawly' feeling in legs at night, has to get up & walk about, eases when she moves",
                "been months, sleep poor because of it",
            ],
            _patient(21915, "female", (), pregnant=None),
            id="r74-en-033",
        ),  # NICE CKS restless legs syndrome: typical symptoms need a routine appointment and ferritin check, not urgent care.
        pytest.param(
            [
                "68F woken by cramp in calves most nights, 'like a knot', goes if she stretches",
                "no swelling or redness, walks fine",
            ],
            _patient(24837, "female", (), pregnant=None),
            id="r74-en-039",
        ),  # NICE CKS leg cramps: idiopathic night cramps with a normal leg are managed with stretching at home.
        pytest.param(
            [
                "20M student, 'didnt sleep a wink' last night before his exam, worried something wrong w him",
                "otherwise sleeps fine, mood ok, no other probs",
            ],
            _patient(7305, "male", (), pregnant=None),
            id="r74-en-040",
        ),  # 中国成人失眠诊断与治疗指南 2017: a single bad night with a clear stressor is not insomnia disorder; sleep hygiene advice at home.
        pytest.param(
            [
                "28M c/o burning behind breastbone at night when lies down after late dinner + beer, sour taste in mouth",
                "few wks, gaviscon helps, fine playing football, no SOB",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r74-en-041",
        ),  # NICE CG184 dyspepsia and GORD: typical reflux symptoms lying down at night, relieved by antacid and not exertional, need routine management.
        pytest.param(
            [
                "51F periods all over the place, waking drenched in sweat most nights, hot flushes in the day too",
                "no weight loss, no fever, no cough",
            ],
            _patient(18628, "female", (), pregnant=False),
            id="r74-en-043",
        ),  # NICE NG23 menopause: vasomotor night sweats in perimenopause without red flags need a routine appointment to discuss treatment.
        pytest.param(
            [
                "mum says 6wk baby 'jerks' arms and legs when dropping off to sleep, stops straight away if she wakes her or picks her up",
                "only in sleep, feeding well, alert in the day",
            ],
            _patient(42, "female", (), pregnant=None),
            id="r74-en-048",
        ),  # NICE NG217 (differential diagnosis): jerks only in sleep that stop on waking in a well infant fit benign neonatal sleep myoclonus; routine review and reassurance.
        pytest.param(
            [
                "2yo had croup, seen Mon + had steroid. now day 4, still bit of bark at night but no noisy breathing",
                "eating, playing, no fever",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r74-en-053",
        ),  # NICE CKS croup: a lingering barking cough on day 4 with no stridor and a well child is the expected course and is managed at home.
        pytest.param(
            [
                "35M started sertraline 3wks ago, now sweating at night, sheets damp. mood bit better",
                "no fever, no wt loss, no cough",
            ],
            _patient(12784, "male", ("depression",), pregnant=None),
            id="r74-en-054",
        ),  # NICE CKS depression / BNF: night sweats are a common SSRI side effect; routine review of the medicine.
        pytest.param(
            [
                "5wk baby coughed + spluttered during night feed, went bit red, milk out of nose, fine after few secs",
                "mum scared. feeding and settling normal now",
            ],
            _patient(35, "male", (), pregnant=None),
            id="r74-en-057",
        ),  # AAP 2016 BRUE: a brief choking episode clearly explained by feeding, with red not blue colour and quick recovery, is not a BRUE; reassure and advise on feeding.
        pytest.param(
            [
                "57M T2DM on metformin only, woke sweaty last night, worried his sugar went low",
                "BM now 6.9, feels fine. room was v hot, new thick duvet",
            ],
            _patient(20819, "male", ("type 2 diabetes",), pregnant=None),
            id="r74-en-060",
        ),  # NICE NG28: metformin alone rarely causes hypoglycaemia and a normal glucose with an obvious cause needs only reassurance.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
