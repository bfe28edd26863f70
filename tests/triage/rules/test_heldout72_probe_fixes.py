# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-second held-out round (2026-12-07, at commit b7644e6: two reviewers, 120 cases on altitude,
travel and migrant work: altitude illness on the Qinghai-Tibet plateau and in western Sichuan and
Yunnan, fever after Africa, South-East Asia and South America, rabies exposure abroad, clots after
long journeys, and the injuries and exposures of factory and building work; 16 emergencies, 24
same-day and 20 look-alikes a set). Before these fixes the rules found 14 of 16 and 12 of 16
emergencies (an amputated fingertip told as 前面一节掉了; a crush held two hours with cola-coloured
urine; heat stroke told as "acting weird", "answering questions wrong"; a pulmonary embolism after
a flight told as a stabbing pain on breathing in; a hydrofluoric acid burn; severe malaria after
"volunteering in Ghana"), graded 15 of 24 and 7 of 24 same-day cases exactly, and sent 2 and 3
look-alikes to emergency (a resting SpO2 of 87-89% in a well person high up, jet lag's sleepiness).

What changed: high up (拉萨, 玉树, "4,200 m", 海拔3600) a resting SpO2 of 85-90% in a well person is
usual (WMS 2019/2024), below 80 an emergency; hydrofluoric acid is an emergency whatever the skin
shows (UKHSA/TOXBASE); fever after the cities and countries of malaria in more wordings (WHO 2023);
"shivering fits" are rigors; monkey and bat exposures are bites (WHO rabies); a detergent splashed
in the eye is a chemical eye injury; blood under half the nail and a cut finger that will not
straighten are hand injuries (BSSH). After: 16/16, 16/16; 18/24, 17/24; look-alikes 20/20, 19/20.

Kept: a rinsed detergent splash with a red, light-shy, blurred eye (r72-zh-008) stays an emergency
(RCOphth: chemical injury to eye casualty). Left: jet lag's "sleepy by 3pm" read as drowsiness
(r72-en-002); heat exhaustion with a faint read as heat stroke (r72-en-026); children with mountain
sickness (r72-zh-026 vomiting and 蔫, r72-en-037 SpO2 85 at 4,000 m) stay emergencies; cement and acid
burns, a fight bite, exertional rhabdomyolysis, chlorine inhalation, a rust speck in the cornea,
a cut tendon told across two messages and Zika-like illness in pregnancy are not yet same day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "电子厂冲床把一个妹子的右手食指压断了，前面一节掉了",
                "断指捡回来了，用毛巾包着，血还在往外渗",
                "现在咋处理",
            ],
            _patient(8046, "female", (), pregnant=False),
            id="r72-zh-007",
        ),  # BSSH手外伤指引/《断指再植专家共识》：指体离断需立即止血、断指干燥冷藏并急送有再植条件的医院，时间窗有限。
        pytest.param(
            [
                "昨天下午一块预制板砸下来压住了右大腿，压了差不多两个钟才搬开",
                "当时说还行就回工棚了，今天腿肿得硬邦邦的，疼得受不了，脚有点麻",
                "尿是酱油色的，尿得也少",
            ],
            _patient(15430, "male", (), pregnant=None),
            id="r72-zh-041",
        ),  # 《挤压综合征急诊治疗专家共识》：长时间挤压后肢体张力性肿胀、麻木及酱油色少尿提示挤压综合征/骨筋膜室综合征，需立即急送医院。
        pytest.param(
            [
                "52M roofer, boss brought him in, 'been acting weird since lunch', answering questions wrong",
                "skin hot and dry, temp 40.2 tympanic, HR 130 BP 100/60. on the roof since 7am, 35 degrees out. drank 1 bottle of water all day",
            ],
            _patient(18993, "male", (), pregnant=None),
            id="r72-en-009",
        ),  # China occupational heat illness standard GBZ 41-2019 and Chinese expert consensus on heat stroke 2019: hyperthermia with altered mental state is heat stroke, needing immediate cooling and 120 transfer.
        pytest.param(
            [
                "58M flew back from Sydney 3/7 ago. says he's 'just a bit puffed' since this morning, couldn't finish the stairs",
                "R calf achy since the flight, thought it was cramp. HR 118, sats 92% RA, BP 112/70, RR 24. sharp pain L side when breathes in",
            ],
            _patient(21184, "male", ("diabetes",), pregnant=None),
            id="r72-en-012",
        ),  # NICE NG158 section 1.1: breathlessness, pleuritic pain, tachycardia and hypoxia after long-haul travel with calf symptoms suggest PE requiring immediate hospital assessment.
        pytest.param(
            [
                "34M using rust remover on stainless steel at work, splashed on fingertips 2h ago, washed off",
                "skin looks almost normal, bit white, but pain 'throbbing' and getting much worse. bottle says hydrofluoric acid",
            ],
            _patient(12418, "male", (), pregnant=None),
            id="r72-en-042",
        ),  # UKHSA/TOXBASE hydrofluoric acid guidance: HF burns with pain out of proportion need immediate calcium gluconate and emergency care because of deep tissue damage and hypocalcaemia.
        pytest.param(
            [
                "40F nurse back from volunteering in Ghana 9 days ago, fever 3 days",
                "now yellow eyes, vomiting everything, hasn't passed urine since last night. BP 96/60 HR 118 temp 39.1. alert but v weak",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r72-en-053",
        ),  # WHO Guidelines for malaria 2023/2024, severe malaria criteria: jaundice, persistent vomiting and oliguria after return from West Africa mean severe falciparum malaria needing emergency IV artesunate.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "我们是拉萨的诊所，一个刚坐飞机来的男的，34岁，第二天",
                "头痛得厉害，吃了布洛芬不管用，吐了两次，不想吃饭，晚上没睡着",
                "走直线可以，说话清楚，血氧83",
            ],
            _patient(12528, "male", (), pregnant=None),
            id="r72-zh-005",
        ),  # WMS高原病指南2019/2024：中重度急性高山病需停止上升、吸氧并用乙酰唑胺/地塞米松，当日医生评估；无共济失调和意识改变暂不属HACE。
        pytest.param(
            [
                "模具把中指夹了，指甲整个黑紫了，指甲边上裂了个口子",
                "疼得睡不着，肿得厉害",
                "手指还能动",
            ],
            _patient(9726, "male", (), pregnant=None),
            id="r72-zh-017",
        ),  # BSSH指尖损伤指引：甲床裂伤伴可能远节指骨开放骨折需当日X线、清创修复和抗生素。
        pytest.param(
            [
                "在坦桑尼亚的中资工地干活的，回国前一直吃预防疟疾的药",
                "回来10天，今天发烧38度5，头疼",
                "他说“我吃了药不可能是疟疾”",
            ],
            _patient(18332, "male", ("diabetes",), pregnant=None),
            id="r72-zh-058",
        ),  # NICE CKS疟疾：预防服药不能排除疟疾，疟区归来发热需当日查疟原虫。
        pytest.param(
            [
                "46M back from Kenya safari 12 days ago, fever since last night, shivering fits, 38.7 now",
                "walking and talking fine, eating a bit, BP 128/80 HR 98. didn't take the malaria tabs 'cos of side effects'",
            ],
            _patient(16802, "male", (), pregnant=None),
            id="r72-en-003",
        ),  # NICE CKS Malaria (diagnosis and referral): any fever in a traveller returned from a malaria-endemic area needs same-day assessment and blood films; no severe features yet, so urgent not ambulance.
        pytest.param(
            [
                "24F tourist, flew into Lhasa 2 days ago from Guangzhou. headache getting worse, vomited x3 today, hardly slept",
                "walks straight, talking normally, no cough or SOB at rest. sats 84% HR 96. friend wants her to go on to Everest base camp tmrw",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r72-en-004",
        ),  # Wilderness Medical Society altitude illness guideline 2019/2024, AMS treatment: moderate AMS with vomiting needs same-day review, no further ascent, acetazolamide/antiemetic and descent if not improving; no HACE or HAPE signs.
        pytest.param(
            [
                "22F back from visiting family in Lahore 10 days ago. fever going up each day for 6 days, today 39.4",
                "bad headache, tummy 'uncomfortable', constipated, off food. no rash, no vomiting. HR 88 (slow for the temp?) BP 110/70",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r72-en-013",
        ),  # NICE CKS and UKHSA enteric fever guidance: stepwise fever with headache and relative bradycardia after travel to South Asia suggests typhoid needing same-day blood cultures; no peritonism or shock.
        pytest.param(
            [
                "45F back from Ubud 4 days. monkey jumped on her at the temple, scratched + little bite on forearm, skin broken",
                "cleaned with wipes, nobody gave any vaccine. arm fine, no fever. asking if she 'needs anything'",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r72-en-016",
        ),  # WHO rabies position paper 2018: a bite or scratch from a monkey in a rabies-endemic area is category III needing same-day post-exposure prophylaxis (and B virus assessment), even days later.
        pytest.param(
            [
                "44M cut L palm on sheet metal edge at work 2h ago, bleeding stopped with pressure",
                "tip of index finger numb on one side, can bend all fingers but index 'weak'. cut ~2cm, deep-ish",
            ],
            _patient(16071, "male", (), pregnant=None),
            id="r72-en-029",
        ),  # NICE CKS and BSSH hand injury standards: a palm laceration with altered sensation or weak flexion suggests digital nerve or tendon injury needing same-day hand surgery referral.
        pytest.param(
            [
                "42M back from building job in Angola 7 wks ago. took the doxy 'most days'. fever + shivers on and off 2 days, 38.4 now",
                "says can't be malaria 'cos he took tablets. walking fine, eating, HR 100 BP 126/78, not yellow, not confused",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r72-en-034",
        ),  # NICE CKS Malaria and WHO Guidelines for malaria 2023: chemoprophylaxis does not exclude malaria, so fever after return from an endemic area needs same-day blood films.
        pytest.param(
            [
                "54M back from Delhi 4 days, diarrhoea 2/7 with blood mixed in, cramping",
                "temp 38.5, drinking ok, BP 132/80 HR 98, not dizzy. wife says 'it's just Delhi belly'",
            ],
            _patient(19724, "male", (), pregnant=None),
            id="r72-en-039",
        ),  # NICE CKS Diarrhoea – adult's assessment and WHO International Travel and Health: bloody diarrhoea with fever after travel needs same-day assessment, stool culture and consideration of antibiotics.
        pytest.param(
            [
                "50M caught R middle fingertip in a press door at the plant this am. nail black, blood under more than half the nail",
                "tip swollen, small cut at nail edge, throbbing. moves finger ok, can feel it ok",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r72-en-041",
        ),  # NICE CKS and BSSH fingertip injury standards: a fingertip crush with large subungual haematoma and nail-fold cut may hide nail-bed injury or tuft fracture, needing same-day X-ray and repair.
        pytest.param(
            [
                "3yo girl back from Abuja 2 wks ago visiting family. fever 2 days, 38.9, mum gave calpol",
                "playing, drinking ok, wet nappies, no rash, no fits, alert. HR 130 RR 28",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r72-en-049",
        ),  # NICE NG143 and NICE CKS Malaria: any febrile child returned from a malaria-endemic area needs same-day blood films even if well.
        pytest.param(
            [
                "23F back from Amazon lodge in Peru 6 days ago, bat flew into her at night, felt a scratch on her shoulder",
                "tiny red mark there. well, no fever. no rabies jabs before",
            ],
            _patient(8401, "female", (), pregnant=False),
            id="r72-en-056",
        ),  # WHO rabies position paper 2018: direct bat contact with a scratch is a category III exposure needing same-day rabies vaccine and immunoglobulin.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "工地上一个小伙子，脖子后背起了一片小红点点，很痒",
                "天热出汗多，不发烧，人好好的",
            ],
            _patient(7970, "male", (), pregnant=None),
            id="r72-zh-002",
        ),  # NICE CKS痱子（热疹）：高温出汗所致痱子，保持凉爽透气即可自我护理。
        pytest.param(
            [
                "8岁男孩，坐大巴回老家一路上晕车吐了两次",
                "下车歇了一会就好了，能喝水，现在在玩手机",
            ],
            _patient(3022, "male", (), pregnant=None),
            id="r72-zh-003",
        ),  # WHO国际旅行与健康（晕动病）：下车后缓解、无脱水的晕车属自我护理。
        pytest.param(
            [
                "从安哥拉回来两个月了，没啥不舒服",
                "单位要求回来做个体检，问我们这能不能查疟疾",
            ],
            _patient(15370, "male", (), pregnant=None),
            id="r72-zh-004",
        ),  # WHO国际旅行与健康：无症状归来人员体检属常规，但需告知3个月内（乃至更久）出现发热要立即就诊。
        pytest.param(
            [
                "拉萨，一个48岁的大姐",
                "爬布达拉宫台阶喘得厉害，心跳咚咚的",
                "坐下歇一会就好了，不咳嗽，坐着血氧89",
            ],
            _patient(17682, "female", (), pregnant=False),
            id="r72-zh-010",
        ),  # WMS高原病指南2019/2024：高原劳力性气促而静息缓解、血氧符合当地海拔属正常适应，自我护理。
        pytest.param(
            [
                "拉萨，昨天刚来的游客，28岁女的",
                "晚上有点头痛，说像“戴了个紧箍”，吃了片布洛芬睡一觉今早好多了",
                "不吐，吃饭正常，走路稳，问今天能不能在市区转转",
            ],
            _patient(10257, "female", (), pregnant=False),
            id="r72-zh-016",
        ),  # WMS高原病指南2019/2024：轻度急性高山病症状已缓解，可在原海拔休息观察、暂不再上升，属自我护理。
        pytest.param(
            [
                "坐了十几个小时飞机回来的阿姨，63岁",
                "两边脚踝都有点肿，一按一个坑，两边一样",
                "不疼不红，不喘，睡一晚早上消了不少",
            ],
            _patient(23211, "female", ("hypertension",), pregnant=None),
            id="r72-zh-019",
        ),  # NICE NG158/WHO国际旅行与健康：长途飞行后双侧对称、晨起消退的踝部水肿为体位性水肿，无DVT征象，自我护理。
        pytest.param(
            [
                "去越南旅游回来，胳膊腿上好多蚊子包，痒得很",
                "不发烧，人没啥",
            ],
            _patient(12438, "female", (), pregnant=False),
            id="r72-zh-020",
        ),  # NICE CKS虫咬伤：无发热的局部蚊虫叮咬自我护理，但需告知出现发热时及时就诊。
        pytest.param(
            [
                "刚从美国出差回来的男的，50岁",
                "说这几天晚上两三点就醒，白天犯困，没啥胃口",
                "别的都没事，问要不要开点药",
            ],
            _patient(18272, "male", ("hypertension",), pregnant=None),
            id="r72-zh-024",
        ),  # WHO国际旅行与健康（时差）章节：跨时区飞行后的睡眠紊乱为时差反应，调整作息和光照即可自愈。
        pytest.param(
            [
                "昨天打了黄热病和伤寒疫苗",
                "今天胳膊打针的地方红肿痛，有点低烧37度4",
                "能吃能睡",
            ],
            _patient(11208, "male", (), pregnant=None),
            id="r72-zh-025",
        ),  # WHO疫苗立场文件（黄热病/伤寒）：注射部位红肿和低热为常见轻微反应，对症自我护理。
        pytest.param(
            [
                "高原上干活的工人，早上起来流鼻血",
                "捏着鼻子压了十分钟止住了，这几天天特别干",
                "血压120/80，不吃啥药",
            ],
            _patient(11728, "male", (), pregnant=None),
            id="r72-zh-027",
        ),  # NICE CKS鼻出血：压迫可止的前鼻出血、血压正常无抗凝，属自我护理（保湿）。
        pytest.param(
            [
                "钢板边划了下手背，浅浅一道，一两公分",
                "血自己止了，伤口干净，手指都能动",
                "破伤风去年刚打过",
            ],
            _patient(14620, "male", (), pregnant=None),
            id="r72-zh-031",
        ),  # NICE CKS浅表伤口：清洁浅表小伤口、无肌腱神经损伤且破伤风免疫完成，可自我护理。
        pytest.param(
            [
                "从纳木错玩回来，脸上晒得通红脱皮，嘴唇干裂",
                "不发烧，没起大泡",
            ],
            _patient(8701, "female", (), pregnant=False),
            id="r72-zh-035",
        ),  # NICE CKS晒伤：无水疱、无全身症状的轻度晒伤可自我护理。
        pytest.param(
            [
                "去泰国旅游回来第二天，拉肚子，一天四五次稀水样",
                "不发烧，大便没血，能吃能喝，尿正常",
                "问要不要挂水",
            ],
            _patient(13249, "male", (), pregnant=None),
            id="r72-zh-039",
        ),  # WHO国际旅行与健康/NICE CKS胃肠炎：无发热血便和脱水的轻度旅行者腹泻以口服补液自我护理为主。
        pytest.param(
            [
                "从西藏回来一个礼拜了，一直有点干咳",
                "不发烧不喘，血氧98，吃饭睡觉都好",
            ],
            _patient(11493, "female", (), pregnant=False),
            id="r72-zh-046",
        ),  # NICE CKS急性咳嗽：高原干燥空气后残余干咳，无发热气促和低氧，属自我护理。
        pytest.param(
            [
                "有几个要去坦桑尼亚工地的工人，下个月走",
                "问要打啥疫苗，说公司要那个黄热病的小本本",
            ],
            _patient(11373, "male", (), pregnant=None),
            id="r72-zh-047",
        ),  # WHO国际旅行与健康疫苗章节：出行前黄热病等疫苗咨询和接种属常规预约服务。
        pytest.param(
            [
                "在玉树，一个下来出差的男的39岁",
                "他同事说“他晚上睡着了老憋气，停好几秒又大喘几口，吓死人”",
                "白天他自己说没啥不舒服，不头痛，血氧88",
            ],
            _patient(14265, "male", (), pregnant=None),
            id="r72-zh-048",
        ),  # WMS高原病指南2019/2024：高原睡眠周期性呼吸是常见生理现象，无AMS症状无需处理。
        pytest.param(
            [
                "65岁老头，高血压一直吃药控制得还行，今天135/85",
                "儿子要带他去西藏玩，问能不能去，要注意啥",
            ],
            _patient(23861, "male", ("hypertension",), pregnant=None),
            id="r72-zh-049",
        ),  # WMS高原病指南2019/2024及《高原病防治指南》：血压控制良好者出行前高原风险咨询属常规门诊。
        pytest.param(
            [
                "一个女的下个月去尼日利亚陪老公",
                "问要不要吃防疟疾的药，她说“听说那边好多人得打摆子”",
            ],
            _patient(10682, "female", (), pregnant=False),
            id="r72-zh-054",
        ),  # WHO国际旅行与健康疟疾章节：出行前疟疾预防（防蚊+化学预防）咨询属常规门诊。
        pytest.param(
            [
                "小伙子在巴厘岛喂流浪狗，狗舔了他手",
                "手上没伤口没破皮",
                "很紧张，问要不要打狂犬疫苗",
            ],
            _patient(9231, "male", (), pregnant=None),
            id="r72-zh-057",
        ),  # WHO狂犬病立场文件2018：完好皮肤被舔属I级暴露，无需暴露后预防。
        pytest.param(
            [
                "石材厂的工人，说老乡得了“尘肺”",
                "他自己干了五年，不咳不喘，想查一下",
            ],
            _patient(12844, "male", (), pregnant=None),
            id="r72-zh-059",
        ),  # GBZ 188职业健康监护技术规范：粉尘作业人员无症状筛查（胸片、肺功能）属常规职业健康检查。
        pytest.param(
            [
                "33M back from Bangkok Sun, runs since Sat, 3-4 watery a day",
                "no blood, no fever, drinking fine, passing urine, no real tummy pain. works in warehouse, wants a sick note + something to stop it",
            ],
            _patient(12053, "male", (), pregnant=None),
            id="r72-en-005",
        ),  # WHO International Travel and Health and NICE CKS Diarrhoea – adult's assessment: mild watery travellers' diarrhoea without fever, blood or dehydration is self-limiting and managed with oral fluids at home.
        pytest.param(
            [
                "67F both ankles puffy since she flew back from Vancouver yest, 11hr flight",
                "no pain in calves, both sides same, no SOB, no chest pain. says it goes down a bit overnight",
            ],
            _patient(24472, "female", ("hypertension",), pregnant=None),
            id="r72-en-008",
        ),  # NICE NG158 and NICE CKS DVT: symmetrical painless ankle swelling after a long flight without calf tenderness or breathlessness is dependent oedema managed with elevation and walking.
        pytest.param(
            [
                "41M engineer up at Shangri-La (3300m) since yest for site visit. dull headache last night, bit off his food",
                "took paracetamol, headache much better this am. walks fine, no vomiting, no SOB at rest. sats 89%. wants to know if he can stay",
            ],
            _patient(14975, "male", (), pregnant=None),
            id="r72-en-011",
        ),  # Wilderness Medical Society altitude illness guideline 2019/2024: mild AMS settling with rest and simple analgesia is managed by not ascending further until well; no HACE or HAPE features.
        pytest.param(
            [
                "26F going to Tanzania volunteering in 7 wks. wants to know what jabs she needs + malaria tabs",
                "has her childhood vaccines. no health problems. can we book her in?",
            ],
            _patient(9496, "female", (), pregnant=False),
            id="r72-en-014",
        ),  # WHO International Travel and Health, vaccination and malaria chapters: pre-travel vaccines and chemoprophylaxis are planned at a routine travel consultation 4-8 weeks before departure.
        pytest.param(
            [
                "8yo boy back from Phuket, mum worried, a street dog licked his hand on the beach",
                "no bite, no scratch, skin not broken, checked carefully. he's well. mum read about rabies online",
            ],
            _patient(2922, "male", (), pregnant=None),
            id="r72-en-017",
        ),  # WHO rabies position paper 2018, exposure categories: licks on intact skin are category I and need no prophylaxis, only reassurance.
        pytest.param(
            [
                "63M on tour in Lhasa 2 nights. wife v scared, 'he stops breathing in his sleep then gasps'",
                "in the daytime he's fine, walked round the monastery, no headache, no cough, sats 88% at rest",
            ],
            _patient(23011, "male", ("hypertension",), pregnant=None),
            id="r72-en-020",
        ),  # Wilderness Medical Society altitude illness guideline 2019/2024: periodic breathing during sleep at altitude is normal and benign when the person is well by day; reassure.
        pytest.param(
            [
                "55F booked on trip to Tibet + Everest base camp next month, flying straight into Lhasa",
                "friend told her to get 'altitude pills'. no allergies, fit and well. wants a GP appt",
            ],
            _patient(20089, "female", (), pregnant=None),
            id="r72-en-024",
        ),  # Wilderness Medical Society altitude illness guideline 2019/2024, AMS prevention: acetazolamide for rapid ascent above 3000m is prescribed at a routine pre-travel appointment.
        pytest.param(
            [
                "35M construction, itchy little red bumps across back and neck in the hot weather, 'like pins and needles'",
                "no fever, feels fine, drinking ok. no blisters, no spreading redness",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r72-en-027",
        ),  # NHS / NICE CKS heat rash (miliaria): an itchy pinpoint rash from blocked sweat ducts settles by keeping cool with loose clothing, so self care.
        pytest.param(
            [
                "12yo girl back from Singapore 3 days ago, loads of itchy mosquito bites on legs",
                "no fever at all, eating and playing fine, bites not hot or spreading. mum asking about dengue",
            ],
            _patient(4383, "female", (), pregnant=None),
            id="r72-en-030",
        ),  # WHO International Travel and Health and WHO dengue fact sheet: itchy bites without fever need only topical care and antihistamine, with advice to return the same day if fever develops within 2 weeks.
        pytest.param(
            [
                "20F student on trip round Qinghai Lake, nosebleed this morning, 'air so dry'. pinched nose 10 min and it stopped",
                "no more bleeding, not dizzy, no headache, no other bleeding or bruising. not on any meds",
            ],
            _patient(7305, "female", (), pregnant=False),
            id="r72-en-033",
        ),  # NICE CKS Epistaxis: an anterior nosebleed that stops with 10-15 minutes of pressure in a well person needs only self care (humidify, avoid picking).
        pytest.param(
            [
                "28M tunnelling/drilling work, dry cough 3 wks, worse at work in the dust, better on days off",
                "no fever, no weight loss, no blood, no night sweats, not SOB. non smoker. sats 98. boss says check for 'the lung disease'",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r72-en-036",
        ),  # NICE CKS Cough and China pneumoconiosis diagnosis standard GBZ 70-2015: a 3-week irritant cough in a dust-exposed worker without red flags needs a routine review, chest X-ray and occupational health referral.
        pytest.param(
            [
                "39F kitchen worker, washing-up liquid splashed in eye 1hr ago, rinsed at sink 10 mins",
                "now says it's fine, eye bit pink, no pain, vision normal. wants to go back to her shift",
            ],
            _patient(14245, "female", (), pregnant=False),
            id="r72-en-040",
        ),  # NICE CKS Red eye / chemical eye injury: a mild household detergent splash that is symptom-free with normal vision after irrigation can be managed at home with safety-net advice.
        pytest.param(
            [
                "10yo boy, family going on 8hr coach trip to Lijiang next week. he's always sick on long drives",
                "mum asking what she can give him. otherwise healthy",
            ],
            _patient(3652, "male", (), pregnant=None),
            id="r72-en-043",
        ),  # WHO International Travel and Health, motion sickness: sitting forward, looking at the horizon and age-appropriate OTC remedies are self care.
        pytest.param(
            [
                "60M plasterer, woke in night with bad cramp in R calf, 'like a knot', lasted few mins",
                "this morning calf not swollen, not tender, same size as other side, walking fine. no long trips. no SOB",
            ],
            _patient(21915, "male", (), pregnant=None),
            id="r72-en-046",
        ),  # NICE CKS Leg cramps and NICE NG158: brief night cramp with no swelling, tenderness or DVT risk factors needs stretching advice only.
        pytest.param(
            [
                "58F on tour at Huanglong (~3500m), puffy face + fingers this morning, rings tight",
                "no headache, no SOB, no cough, walking fine, sats 91%. BP 128/78. no rash, no itch, lips not swollen",
            ],
            _patient(21184, "female", (), pregnant=None),
            id="r72-en-048",
        ),  # Wilderness Medical Society altitude illness guideline 2019/2024: high-altitude peripheral oedema without AMS, HAPE or HACE features is benign and resolves on descent.
        pytest.param(
            [
                "6yo boy back from Thailand holiday, loose poos x3 yest and today, no blood",
                "eating a bit less, drinking fine, peeing normal, running around. no fever, no vomiting",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="r72-en-051",
        ),  # NICE CG84 / CKS Gastroenteritis in children: a well child with mild diarrhoea and no dehydration or red flags is managed at home with fluids.
        pytest.param(
            [
                "47M had headache + vomiting at Lhasa site last month, came down to Chengdu, better in a day",
                "totally fine now 3 wks. company sending him back up next month. asking what to do to avoid it again",
            ],
            _patient(17167, "male", (), pregnant=None),
            id="r72-en-055",
        ),  # Wilderness Medical Society altitude illness guideline 2019/2024: previous AMS that resolved is a risk factor, so a routine pre-ascent consultation for staged ascent and acetazolamide is appropriate.
        pytest.param(
            [
                "22M labourer on site, worked shirt off yest, back + shoulders red and sore, hot to touch",
                "no blisters, no fever, no vomiting, drinking ok, not dizzy",
            ],
            _patient(8036, "male", (), pregnant=None),
            id="r72-en-058",
        ),  # NHS / NICE CKS sunburn advice: superficial sunburn without blistering or heat illness signs is managed at home with cooling, moisturiser and analgesia.
        pytest.param(
            [
                "44F back from Paris 2 days, runny nose, sore throat, bit of a cough, temp 37.6",
                "no malaria area on the trip, eating and drinking, no SOB. asking for antibiotics before going back to work",
            ],
            _patient(16071, "female", (), pregnant=False),
            id="r72-en-060",
        ),  # NICE CKS Common cold and NICE NG84: a self-limiting URTI after travel to a non-malarial area needs no antibiotics, so self care.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
