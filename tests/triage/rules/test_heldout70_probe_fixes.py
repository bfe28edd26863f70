# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventieth held-out round (2026-12-07, at commit c848645: two reviewers, 120 cases on blood, clots
and bruising at all ages: DVT and pulmonary embolism, anticoagulant problems, anaemia and
thalassaemia, G6PD deficiency with fava beans and mothballs, unexplained bruising and petechiae,
haemophilia and von Willebrand bleeds, low platelets, a torn spleen; 16 emergencies, 24 same-day
and 20 look-alikes a set). Before these fixes the rules found 12 of 16 and 11 of 16 emergencies
(a head injury, a neck bleed after a tooth extraction and an iliopsoas bleed in haemophilia; a fever
of 39.8 after a splenectomy; blood blisters in the mouth with a nosebleed that would not stop; a
torn spleen after glandular fever told as left upper pain, shoulder-tip pain and a pulse of 115;
a pulmonary embolism at 30 weeks with blood-streaked spit), graded 11 of 24 and 16 of 24 same-day
cases exactly, and sent no look-alike to emergency.

What changed: a new rules_blood.py: a head injury, a neck, abdominal or groin bleed, or bleeding
with blood loss in haemophilia or von Willebrand disease is an emergency and a joint, menstrual or
other bleed same day (WFH 2020); a fever without a spleen (BSH 2011); wet purpura, with ongoing
bleeding or a headache an emergency (ASH 2019); bleeding into the abdomen. One swollen calf in
new words (比右腿粗, "calf hot and swollen", 小腿肚子胀痛 有点肿); mothballs in G6PD deficiency same day
(WHO 1989), G6PD in the record counts; 黄到胸口, "like strong tea", 小便粉红色, 两块青, 膝盖肿起来.
After: 16/16, 16/16; 17/24, 22/24; look-alikes 20/20, 20/20.

Left: an NSAID user's black stool with Hb 78 (r70-zh-037) stays an emergency; unexplained
bruising with tiredness in an adult, a child's big spleen or growing node, an HbH crisis,
platelets of 18, warfarin with metronidazole, an oozing socket on apixaban and a low INR with a
mechanical valve are not yet graded same day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "8岁男孩 重型地贫 每个月输血 去年切了脾",
                "昨晚开始发烧 今天39度8 发冷打抖",
                "有点犯困 手脚凉",
            ],
            _patient(2922, "male", ("thalassaemia major", "splenectomy"), pregnant=None),
            id="r70-zh-039",
        ),  # BSH脾切除/无脾患者感染预防指南/中国地贫诊治指南：脾切除患儿高热寒战、嗜睡、四肢凉需按凶险性感染处理，立即120送急诊静脉抗生素。
        pytest.param(
            [
                "38岁女的 以前说是血小板减少 一直吃激素 停了两个月",
                "今天鼻血流了一个多钟头 塞了棉球还往外冒",
                "嘴里面颊上起了几个紫血泡 说头痛 上个月查血小板才9",
            ],
            _patient(13879, "female", ("immune thrombocytopenia",), pregnant=False),
            id="r70-zh-051",
        ),  # 中国成人ITP诊断与治疗指南2020/BSH：ITP患者口腔血疱（湿性紫癜）、鼻出血不止伴头痛，提示严重出血和颅内出血风险，需立即120送急诊。
        pytest.param(
            [
                "17岁男生 上个礼拜发烧嗓子痛 脖子淋巴结大 县医院说是“传单”",
                "今天打篮球被撞了一下左边肚子 现在左上腹痛 左肩膀也痛",
                "脸白 出冷汗 说头晕 心跳118",
            ],
            _patient(6209, "male", ("infectious mononucleosis",), pregnant=None),
            id="r70-zh-054",
        ),  # NICE CKS 传染性单核细胞增多症：脾大期间左上腹外伤后腹痛、左肩痛伴苍白心动过速，疑似脾破裂内出血，需立即120送急诊。
        pytest.param(
            [
                "28岁男的 血友病 昨天在镇上拔了牙 没跟牙医说",
                "今天下巴底下脖子这边肿起来 越来越大 硬硬的",
                "说咽东西困难 声音有点变 躺平了憋气",
            ],
            _patient(10227, "male", ("haemophilia a",), pregnant=None),
            id="r70-zh-057",
        ),  # WFH血友病管理指南2020：血友病患者颈部/口底出血可压迫气道，伴吞咽困难、声音改变、平卧憋气属危及生命出血，需立即补因子并120送急诊。
        pytest.param(
            [
                "15yo boy, known haemophilia, pain R groin since yest, walking bent over",
                "can't straighten the leg, says top of thigh feels 'numb and tingly'. HR 110, looks pale",
                "no injury he can remember",
            ],
            _patient(5479, "male", ("haemophilia a",), pregnant=None),
            id="r70-en-023",
        ),  # WFH Guidelines 2020: suspected iliopsoas bleed (groin pain, fixed hip flexion, thigh paraesthesia, tachycardia) can cause major blood loss and femoral nerve damage and needs immediate factor and hospital care.
        pytest.param(
            [
                "28F 30/40 pregnant, breathless since lunchtime, worse than usual",
                "coughed up bit of blood streaked spit x2. HR 112 sats 93%",
                "she thinks its 'just the baby pushing up'",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r70-en-028",
        ),  # RCOG Green-top 37b and NICE NG158: a pregnant woman with acute breathlessness, haemoptysis, tachycardia and low saturations has suspected PE needing emergency hospital assessment.
        pytest.param(
            [
                "5yo boy with haemophilia A fell off scooter and hit forehead on kerb abt 1hr ago",
                "small lump, playing normally now, no vomiting. mum asking if they can just watch him at home",
                "they dont have factor at home",
            ],
            _patient(1826, "male", ("haemophilia a",), pregnant=None),
            id="r70-en-031",
        ),  # WFH Guidelines for the Management of Hemophilia 2020: any head injury in haemophilia is a medical emergency needing immediate factor replacement before symptoms appear and hospital evaluation.
        pytest.param(
            [
                "17M, glandular fever blood test positive 2 wks ago",
                "got tackled at rugby 2hrs ago, now L upper tummy pain and pain at tip of L shoulder",
                "looks pale, HR 115 BP 100/60, says 'bit woozy'",
            ],
            _patient(6209, "male", (), pregnant=None),
            id="r70-en-041",
        ),  # NICE CKS glandular fever: an enlarged spleen after abdominal trauma with left upper quadrant and shoulder-tip pain plus tachycardia suggests splenic rupture, a surgical emergency.
        pytest.param(
            [
                "7yo boy nosebleed started 45 min ago wont stop despite pinching",
                "covered in bruises last few days, mum says 'little blood blisters inside his cheek' too",
                "had a cold 2 wks ago, no meds",
            ],
            _patient(2557, "male", (), pregnant=None),
            id="r70-en-056",
        ),  # BSH/ASH ITP guidance: mucosal (wet) purpura with epistaxis uncontrolled after 45 minutes suggests severe thrombocytopenia with active bleeding and needs emergency hospital care.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "4个月的女娃 妈妈抱来打疫苗 我看她耳朵后面和脸颊上有两块青",
                "问家里 说“不晓得怎么搞的 可能自己抓的”",
                "还不会翻身 吃奶正常 不哭闹",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r70-zh-004",
        ),  # NICE CG89/NICE CKS 儿童瘀伤：不会活动的婴儿出现瘀青需当天转儿科评估（排除出血性疾病及非意外伤害），不能当作普通碰伤。
        pytest.param(
            [
                "孕妇 28周 第二胎 31岁",
                "左腿从昨天起比右腿粗 小腿肚胀痛 走路疼",
                "不喘 胸口不痛 血压118/76",
            ],
            _patient(11323, "female", (), pregnant=True),
            id="r70-zh-013",
        ),  # RCOG GTG37a/NICE NG158：孕期单侧下肢肿痛疑似DVT，需当天做下肢血管超声并考虑先给低分子肝素，无胸痛气促不需120。
        pytest.param(
            [
                "76岁老头 房颤 吃利伐沙班15mg",
                "这两天小便粉红色的 没有血块 尿得出来",
                "不头晕 血压138/80 心跳78 别的地方没出血",
            ],
            _patient(27759, "male", ("atrial fibrillation",), pregnant=None),
            id="r70-zh-016",
        ),  # NICE CKS 抗凝-DOAC/EHRA DOAC实践指南：服DOAC出现非大出血（肉眼血尿、血流动力学稳定）需当天医生评估是否停药并查因，不需120。
        pytest.param(
            [
                "12岁 血友病 今天上午打球后左膝盖肿起来了 热乎乎的 弯不了",
                "他说“跟以前关节出血一个感觉” 家里的八因子用完了",
                "其他都好 头没碰到",
            ],
            _patient(4383, "male", ("haemophilia a",), pregnant=None),
            id="r70-zh-018",
        ),  # WFH血友病管理指南2020：急性关节出血需尽早（2小时内）补充凝血因子，家中无药应当天送血友病中心/县医院，无危及生命出血不需120。
        pytest.param(
            [
                "广西这边 出生3天的男宝 今天黄到胸口了",
                "吃奶还可以 哭声响 大便黄",
                "他爸是蚕豆病 家里衣柜放了樟脑丸 我们这测不了胆红素",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r70-zh-021",
        ),  # NICE CG98 新生儿黄疸：出生24小时后明显黄疸需6小时内测胆红素，G6PD缺乏家族史和樟脑丸接触属高危，应当天送医院测胆红素并移除樟脑丸。
        pytest.param(
            [
                "22岁女孩 吃短效避孕药半年了",
                "前几天坐了十几个钟头火车 回来左边小腿肚子胀痛 有点肿 摸着比右边热",
                "不喘 胸口不痛",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r70-zh-042",
        ),  # NICE NG158/FSRH复方激素避孕指南：口服避孕药加长途久坐后单侧小腿肿痛疑似DVT，需当天检查（D-二聚体/超声）并停用复方避孕药，无肺栓塞症状不需120。
        pytest.param(
            [
                "3yo boy at grandma's ate broad beans yest. this morning wee darker 'like strong tea'",
                "looks a bit pale to mum, still playing and eating, HR 118 RR 28, not yellow that i can see",
                "mum says heel test 'said something about beans'",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r70-en-010",
        ),  # Chinese expert consensus on G6PD deficiency: early haemolysis after fava beans in a child can worsen over 24-48 hours, so needs same-day FBC and urine check; currently compensated.
        pytest.param(
            [
                "2yo girl found chewing a mothball from the wardrobe abt 1hr ago, maybe swallowed a bit",
                "well now, no vomiting. mum says she had 'the bean thing' on her heel prick test",
            ],
            _patient(760, "female", ("g6pd deficiency",), pregnant=None),
            id="r70-en-017",
        ),  # WHO G6PD guidance and Chinese G6PD consensus: naphthalene ingestion in G6PD deficiency can cause delayed haemolysis over 1-3 days, so needs same-day assessment, poisons advice and baseline bloods.
        pytest.param(
            [
                "58F on chemo for breast ca, PICC line in L arm",
                "L arm and hand swollen since yest, veins showing over shoulder. no SOB, obs ok",
            ],
            _patient(21185, "female", ("breast cancer",), pregnant=None),
            id="r70-en-026",
        ),  # NICE NG158 and BSH cancer-associated thrombosis guidance: suspected upper-limb DVT in a cancer patient with a central line needs same-day Doppler ultrasound and anticoagulation decision.
        pytest.param(
            [
                "70F had knee replacement 10/7 ago, R calf hot and swollen, worse than the knee",
                "stopped her clot injections early cos 'they hurt'. no SOB, sats 97%",
            ],
            _patient(25568, "female", ("osteoarthritis", "hypertension"), pregnant=None),
            id="r70-en-040",
        ),  # NICE NG158 and NG89: unilateral calf swelling after recent major orthopaedic surgery with stopped prophylaxis is a suspected DVT needing same-day scan or interim anticoagulation.
        pytest.param(
            [
                "19F with von Willebrand, period day 9 still heavy, flooding thru pads at night, clots",
                "Hb 81 fingerprick, tired, HR 96 BP 112/70, no fainting",
                "ran out of her tranexamic acid",
            ],
            _patient(6940, "female", ("von willebrand disease",), pregnant=False),
            id="r70-en-046",
        ),  # NICE NG88 and BSH von Willebrand disease guideline: prolonged heavy menstrual bleeding with anaemia in a known bleeding disorder needs same-day haemostatic treatment; she is haemodynamically stable.
        pytest.param(
            [
                "27F 20 wks pregnant, L leg swollen from ankle up to knee, achy 3 days",
                "no SOB no chest pain. BP 112/68 HR 84",
                "says 'my mum said it's just pregnancy swelling'",
            ],
            _patient(9862, "female", (), pregnant=True),
            id="r70-en-050",
        ),  # RCOG Green-top 37a: suspected DVT in pregnancy (unilateral left leg swelling) needs same-day compression ultrasound and LMWH until excluded.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "85岁老太太 一直吃阿司匹林 拜阿司匹林那个",
                "两个手背 前臂上 好几块紫的 扁扁的 不痛 她说“一碰就青 好多年了”",
                "牙龈不出血 大便颜色正常 精神饭量都好",
            ],
            _patient(31046, "female", ("coronary heart disease",), pregnant=None),
            id="r70-zh-002",
        ),  # NICE CKS 瘀伤/老年性紫癜：老年人长期服阿司匹林、前臂手背扁平紫斑且无其他出血表现，属皮肤老化所致，宣教保护皮肤即可。
        pytest.param(
            [
                "6岁男孩 家长摸到脖子边上一个小疙瘩 黄豆大",
                "上周刚感冒发烧过 现在好了",
                "能推得动 不痛 其他地方没摸到 吃饭睡觉都好 没瘦",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="r70-zh-005",
        ),  # NICE CKS 颈部淋巴结肿大/NICE NG12：儿童感冒后单个小于1厘米、可活动、无全身症状的颈淋巴结为反应性，居家观察，持续超过6周或增大再复诊。
        pytest.param(
            [
                "房颤的李阿姨 吃华法林 今天INR 3.4 目标是2到3",
                "没有出血 没有黑便 身上没青紫",
                "要不要停药？",
            ],
            _patient(26298, "female", ("atrial fibrillation",), pregnant=None),
            id="r70-zh-008",
        ),  # NICE CKS 华法林INR异常：INR高于目标但<5且无出血，可减量或停服一次，数天内复查INR，属常规处理。
        pytest.param(
            [
                "4岁男孩 小腿前面有三四块青 大小不一",
                "家长问是不是血液病 小孩整天爬上爬下 摔了也不哭",
                "身上别的地方没有 没有出血点 不发烧 吃饭好",
            ],
            _patient(1550, "male", (), pregnant=None),
            id="r70-zh-012",
        ),  # NICE CKS 儿童瘀伤：会走动幼儿胫前骨突处瘀青很常见，无其他部位瘀斑瘀点和全身症状时无需检查，居家观察即可。
        pytest.param(
            [
                "2个月宝宝 新生儿筛查说是G6PD缺乏 就是蚕豆病",
                "现在好好的 不黄 吃奶好 长得也好",
                "妈妈问“还能不能喂奶？我还能不能吃蚕豆？”",
            ],
            _patient(60, "male", ("g6pd deficiency",), pregnant=None),
            id="r70-zh-014",
        ),  # 中国G6PD缺乏症新生儿筛查及诊治相关共识：无症状G6PD缺乏婴儿继续母乳喂养，哺乳母亲和孩子均避免蚕豆及制品、樟脑丸和氧化性药物，宣教即可。
        pytest.param(
            [
                "45岁女的 下个月要坐飞机去美国看女儿 十几个钟头",
                "听人说坐久了腿会长血栓 想来打个针预防",
                "身体好 没做手术 不吃避孕药 以前没有血栓",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r70-zh-017",
        ),  # NICE CKS DVT预防（长途旅行）：无危险因素的长途旅行者不需药物预防，多活动小腿、多喝水、少饮酒即可。
        pytest.param(
            [
                "40岁女的 这半年月经量比以前多 头两天要用夜用的",
                "周期正常 一个礼拜干净 今天查血红蛋白115",
                "不头晕 能干活 想问问怎么办",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r70-zh-020",
        ),  # NICE NG88 月经过多：无贫血症状、Hb基本正常的月经量多，门诊常规评估（血常规、妇检、超声）并药物治疗即可。
        pytest.param(
            [
                "28岁女的 单位体检 血红蛋白105 MCV 65",
                "她说以前在广州查过是“地贫携带者” 医生说不用补铁",
                "没啥不舒服 最近打算结婚要孩子",
            ],
            _patient(10227, "female", ("thalassaemia trait",), pregnant=False),
            id="r70-zh-024",
        ),  # 中国地中海贫血防控相关指南：已确诊轻型地贫、无症状的轻度小细胞贫血无需补铁或急诊，门诊常规安排婚前/孕前夫妇双方地贫筛查和遗传咨询。
        pytest.param(
            [
                "70岁老头 吃阿哌沙班 一天两次 今天早上的忘了吃",
                "现在下午三点想起来了 问晚上要不要吃两片补上",
                "人好好的 没有出血",
            ],
            _patient(25568, "male", ("atrial fibrillation",), pregnant=None),
            id="r70-zh-026",
        ),  # NICE CKS 抗凝-DOAC/阿哌沙班说明书：漏服一次当天想起即补服，之后照常每日两次，不可加倍，无出血无需就诊。
        pytest.param(
            [
                "18个月男宝 每天喝1000多毫升牛奶 饭吃得少",
                "脸色有点白 今天指血血红蛋白98",
                "精神好 能跑能玩 不发烧 大便正常",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r70-zh-029",
        ),  # WHO/中国儿童缺铁和缺铁性贫血防治建议：幼儿轻度缺铁性贫血、精神好，门诊补铁、减少牛奶、调整饮食并4周复查即可。
        pytest.param(
            [
                "7岁男孩 早上挖鼻子 流鼻血 捏了五分钟就止住了",
                "秋天这阵子隔几天就来一下 都是一边 量不多",
                "身上没青紫 没出血点 精神好",
            ],
            _patient(2600, "male", (), pregnant=None),
            id="r70-zh-033",
        ),  # NICE CKS 鼻出血：儿童单侧少量前鼻出血、压迫可止且无其他出血表现，指导正确压迫和鼻腔保湿即可。
        pytest.param(
            [
                "50岁男的 三天前扛木头撞到大腿外侧",
                "现在一大块青 边上开始发黄发绿 有点痛",
                "能走路 腿不肿 没吃什么抗凝药",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r70-zh-034",
        ),  # NICE CKS 瘀伤：有明确外伤史、未服抗凝药、正在吸收变色的单处瘀伤，居家冷敷后热敷处理即可。
        pytest.param(
            [
                "孕16周 27岁 广东人 产检血红蛋白100 MCV 68",
                "之前查过是轻型β地贫 铁蛋白正常",
                "没有不舒服 问是不是要赶紧去大医院",
            ],
            _patient(9862, "female", ("thalassaemia trait",), pregnant=True),
            id="r70-zh-038",
        ),  # 中国地中海贫血产前筛查与诊断相关指南：孕妇轻型地贫轻度贫血无需急诊，按常规产检，丈夫未查者尽快安排地贫筛查和遗传咨询。
        pytest.param(
            [
                "5岁女孩 这几天咳得厉害 昨晚咳了一阵还吐了",
                "今早眼睛周围和脸上有好多小红点 针尖大",
                "身上手脚都没有 不发烧 精神好 在玩手机",
            ],
            _patient(1900, "female", (), pregnant=None),
            id="r70-zh-041",
        ),  # NICE NG143/NICE CKS 儿童瘀点：剧烈咳嗽呕吐后仅限面部眼周的瘀点、不发热、精神好，多为机械性，观察即可，扩散或发热再急诊。
        pytest.param(
            [
                "45岁男的 抽烟二十多年 一天一包",
                "体检血红蛋白175 压积52% 脸有点红",
                "没头痛 没头晕 看东西清楚 血压正常 问是不是“血太稠了”要不要放血",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r70-zh-044",
        ),  # BSH红细胞增多症诊断指南/NICE CKS：无症状吸烟者轻度红细胞压积升高，先戒烟、门诊复查血常规并查继发原因，属常规处理。
        pytest.param(
            [
                "68岁阿婆 吃长素十几年",
                "最近有点乏 手指头有点麻 血常规血红蛋白112 MCV108",
                "吃饭走路都正常 没出血 不黄",
            ],
            _patient(24837, "female", (), pregnant=None),
            id="r70-zh-046",
        ),  # NICE CKS 维生素B12或叶酸缺乏性贫血：长期素食者轻度大细胞性贫血，门诊查B12和叶酸后补充，常规随访即可。
        pytest.param(
            [
                "2个月女宝 家长说屁股和腰上一大块青 很着急",
                "灰蓝色的 边不清 不痛 从生下来就有 一直没变",
                "吃奶好 别的地方没有",
            ],
            _patient(60, "female", (), pregnant=None),
            id="r70-zh-050",
        ),  # NICE CKS 儿童瘀伤/NICE CG89：出生即有且不变的腰骶部灰蓝色斑为先天性皮肤黑素细胞增多症（蒙古斑），不是瘀伤，记录后无需处理。
        pytest.param(
            [
                "6个月男宝 前天在我们这打的疫苗 左边大腿",
                "打针那里有个小硬块 有点青 宝宝不哭 吃奶好",
                "家长问是不是“血出到里面去了”",
            ],
            _patient(183, "male", (), pregnant=None),
            id="r70-zh-053",
        ),  # WHO疫苗接种后不良事件(AEFI)指南/全国疑似预防接种异常反应监测方案：接种部位小硬结和轻微瘀青为常见局部反应，原因明确，观察即可。
        pytest.param(
            [
                "9岁女孩 血小板减少症 儿童医院跟了一年多 说是慢性的",
                "上周复查血小板25 这两天腿上又有两块小青",
                "没有鼻血牙龈出血 没黑便 精神好 按时复诊",
            ],
            _patient(3287, "female", ("immune thrombocytopenia",), pregnant=None),
            id="r70-zh-056",
        ),  # 中国儿童原发性免疫性血小板减少症诊疗建议/ASH 2019 ITP指南：慢性ITP儿童仅少量皮肤瘀斑、无黏膜出血，按计划专科随访观察即可。
        pytest.param(
            [
                "30岁男的 昨天打了一下午篮球",
                "今天两个小腿肚子都酸痛 下楼更痛",
                "不肿 两边一样粗 不红不热 没坐长途车 没受伤",
            ],
            _patient(10957, "male", (), pregnant=None),
            id="r70-zh-059",
        ),  # NICE CKS 深静脉血栓/肌肉劳损：剧烈运动后双侧小腿对称酸痛、无肿胀和DVT危险因素，为延迟性肌肉酸痛，休息拉伸即可。
        pytest.param(
            [
                "80M on clopidogrel, had bloods taken yest, now big purple bruise inside elbow",
                "arm not swollen, fingers warm pink moving ok. no other bruises or bleeding",
            ],
            _patient(29220, "male", ("ischaemic heart disease", "stroke"), pregnant=None),
            id="r70-en-001",
        ),  # NICE CKS bruising: a venepuncture-site bruise on antiplatelet therapy with normal circulation in the arm is expected and needs only reassurance.
        pytest.param(
            [
                "55M smoker 30/day, Hb 178 Hct 0.52 on insurance medical, rest of FBC normal",
                "no headaches no itching, BP 134/82. wants to know if its serious",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r70-en-007",
        ),  # BSH guideline on erythrocytosis: a mildly raised haematocrit in an asymptomatic smoker needs a repeat FBC, stop-smoking support and routine review, not urgent referral.
        pytest.param(
            [
                "6yo girl with ITP dx 3 mths ago, plts 18 at clinic last wk",
                "mum noticed 2 new bruises on shins, no nosebleeds, no blood in mouth, wee or poo. running round fine",
                "next haem appt in 5 days",
            ],
            _patient(2200, "female", ("immune thrombocytopenia",), pregnant=None),
            id="r70-en-009",
        ),  # ASH 2019 ITP guideline and BSH: children with ITP and skin-only bleeding are managed by observation whatever the platelet count; keep planned follow-up with safety-netting.
        pytest.param(
            [
                "14F periods heavy since they started 1 yr ago, 7-8 days, some flooding",
                "nosebleeds lasting 20 min few times a yr, mum says she has 'the same bleeding thing'. Hb 118 today, feels ok",
            ],
            _patient(5113, "female", (), pregnant=False),
            id="r70-en-011",
        ),  # NICE NG88 section 1.3: heavy periods since menarche with a personal and family bleeding history need testing for coagulation disorders by routine referral; not anaemic or acutely bleeding.
        pytest.param(
            [
                "26F from Guangxi planning pregnancy, bloods: Hb 112, MCV 62, ferritin normal",
                "feels well. her aunt had a child who needed transfusions, she's worried",
            ],
            _patient(9497, "female", (), pregnant=False),
            id="r70-en-012",
        ),  # Chinese thalassaemia prevention and control guidelines and WHO: microcytosis with normal ferritin suggests thalassaemia trait, needing routine Hb analysis, genetic testing and partner screening before pregnancy.
        pytest.param(
            [
                "47F on ferrous sulfate 3 wks for low iron from heavy periods, poos now 'dark green-black'",
                "formed, not sticky, no dizzyness, no tummy pain. Hb up from 96 to 108",
            ],
            _patient(17167, "female", ("iron deficiency anaemia",), pregnant=False),
            id="r70-en-014",
        ),  # NICE CKS anaemia-iron deficiency: oral iron commonly causes dark formed stools; without melaena features, dizziness or a falling Hb only reassurance is needed.
        pytest.param(
            [
                "32F baby 5 days ago, both ankles and feet swollen evenly, no pain",
                "BP 118/76, urine no protein, no headache, calves soft not tender, no SOB",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r70-en-018",
        ),  # NICE NG194 (postnatal care): symmetrical ankle swelling in the first postnatal week with normal BP and no calf tenderness is physiological and needs routine midwife follow-up only.
        pytest.param(
            [
                "72M on rivaroxaban banged shin on car door yest, bruise size of a 50p",
                "not getting bigger, leg not swollen, no other bleeding. wife 'worried he'll bleed inside'",
            ],
            _patient(26298, "male", ("atrial fibrillation", "type 2 diabetes"), pregnant=None),
            id="r70-en-022",
        ),  # NICE CKS anticoagulation-oral: a small stable bruise after minor trauma on a DOAC with no other bleeding is a minor bleed managed at home with safety-net advice.
        pytest.param(
            [
                "5yo boy, mum found pea size lump under jaw R side, soft, moves, not sore",
                "had a cold last wk. well, no fever, no night sweats, eating fine",
            ],
            _patient(1850, "male", (), pregnant=None),
            id="r70-en-024",
        ),  # NICE CKS neck lump and NICE NG12: a small mobile node after a cold in a well child is reactive; reassure and review only if it grows, passes 2 cm or lasts more than 6 weeks.
        pytest.param(
            [
                "68F on apixaban twice a day, forgot her morning dose, only realised now at 2pm",
                "asks should she take 2 tonight",
            ],
            _patient(24837, "female", ("atrial fibrillation",), pregnant=None),
            id="r70-en-029",
        ),  # Apixaban SmPC and NICE CKS anticoagulation-oral: take the missed dose when remembered the same day and carry on twice daily, never doubling the dose.
        pytest.param(
            [
                "70M CKD, Hb 98 on routine bloods, been 96-100 for last 2 yrs",
                "feels same as usual, no bleeding, no black stools. renal clinic aware",
            ],
            _patient(25568, "male", ("chronic kidney disease", "hypertension"), pregnant=None),
            id="r70-en-034",
        ),  # NICE NG203 (CKD) and NICE CKS anaemia: a known stable anaemia of CKD with unchanged Hb and no new symptoms is handled at routine review.
        pytest.param(
            [
                "76M warfarin for AF, INR 3.6 today, target 2-3",
                "no bleeding or bruising, had extra glasses of wine at a wedding at weekend",
            ],
            _patient(27759, "male", ("atrial fibrillation",), pregnant=None),
            id="r70-en-035",
        ),  # BSH warfarin guideline and NICE CKS anticoagulation-oral: INR above range but below 5 without bleeding needs a reduced or omitted dose and recheck within a week.
        pytest.param(
            [
                "7yo boy, alpha thal trait dx at age 3, Hb 105 MCV 60 today, ferritin normal",
                "mum asks for iron tablets cos 'his blood is weak'. he's well, growing fine",
            ],
            _patient(2600, "male", ("alpha thalassaemia trait",), pregnant=None),
            id="r70-en-038",
        ),  # Chinese thalassaemia diagnosis and treatment guidelines and BSH: thalassaemia trait needs no treatment and iron should not be given without proven iron deficiency.
        pytest.param(
            [
                "30F 28/40 pregnant, routine bloods Hb 85, ferritin low",
                "no SOB no palpitations, bit tired. asking if she needs hospital",
            ],
            _patient(10958, "female", (), pregnant=True),
            id="r70-en-039",
        ),  # BSH guideline on iron deficiency in pregnancy: asymptomatic Hb 85 g/L at 28 weeks needs oral iron and a recheck in 2-4 weeks in routine antenatal care.
        pytest.param(
            [
                "4yo girl, mum panicking 'her wee is red like blood'",
                "ate a whole red dragon fruit last night. well, playing, no pain, no fever, no bruises",
            ],
            _patient(1500, "female", (), pregnant=None),
            id="r70-en-044",
        ),  # NICE CKS haematuria principles: red urine after red dragon fruit is harmless pigment in a well child; reassure, dipstick if unsure, return if it persists.
        pytest.param(
            [
                "35F tender lump in L armpit abt 1cm, noticed 4 days after flu jab in L arm",
                "no fever, no breast lump, feels well",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r70-en-047",
        ),  # NICE CKS and NICE NG12: a transient tender axillary node after a vaccine in the same arm is reactive; reassure and review if it lasts beyond 6 weeks.
        pytest.param(
            [
                "3yo boy vomited lots overnight w tummy bug, now lots of tiny red dots round eyes and on cheeks",
                "nowhere else on body, no fever, drinking, playing, mum says dots fading already",
            ],
            _patient(1150, "male", (), pregnant=None),
            id="r70-en-048",
        ),  # NICE NG240 and NICE CKS: petechiae limited to the face above the nipple line after forceful vomiting in a well afebrile child are from straining; reassure with safety-net advice.
        pytest.param(
            [
                "41F flying to Toronto next wk 13hrs, worried about 'clots in the legs'",
                "no previous clots, not on pill, BMI 24, no symptoms now. asks about stockings/aspirin",
            ],
            _patient(14975, "female", (), pregnant=False),
            id="r70-en-052",
        ),  # NICE CKS DVT prevention for travellers: low-risk travellers need only leg exercises, walking and hydration; aspirin is not recommended.
        pytest.param(
            [
                "mum of 6yo boy with G6PD, he has temp 37.9 and runny nose",
                "asks is it safe to give paracetamol, grandma told her 'no medicine for bean children'",
            ],
            _patient(2191, "male", ("g6pd deficiency",), pregnant=None),
            id="r70-en-058",
        ),  # Chinese expert consensus on G6PD deficiency and WHO G6PD drug guidance: paracetamol at normal doses is safe in G6PD deficiency and a mild cold is home care.
        pytest.param(
            [
                "82F, daughter worried about 'purple blotches' on backs of both hands and forearms",
                "on aspirin 75 for yrs, no new meds, no gum bleeding or nosebleeds, thin skin, bumps her arms a lot",
            ],
            _patient(29950, "female", ("ischaemic heart disease", "hypertension"), pregnant=None),
            id="r70-en-060",
        ),  # NICE CKS bruising: senile (actinic) purpura on the hands and forearms of an older person on aspirin, with no other bleeding, needs no investigation.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
