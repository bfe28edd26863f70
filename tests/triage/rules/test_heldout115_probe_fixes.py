# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-fifteenth held-out round (2026-12-08, at commit 8c2853d: two reviewers, 120 cases of
poisoning and overdose at home and on the farm at all ages: medicines taken by mistake or on
purpose, household products, pesticides, plants, mushrooms and herbs, carbon monoxide, alcohol and
methanol; 12 emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules found
8 of 12 and 12 of 12 emergencies, graded 9 of 24 and 6 of 24 same-day cases exactly (English,
Chinese) and sent 8 and 9 look-alikes to emergency. Missed: methanol after "homemade spirit bought
off someone at the market" with "eyesight blurry like looking through fog"; a 16-year-old who "took
a packet of paracetamol after a row"; a toddler who drank garden torch oil and became "a bit
grunty"; digoxin toxicity with a "pulse on the bp machine 38".

What changed: foggy or blurry eyesight is a visual disturbance; a packet, box or bottle of tablets
taken is an overdose; torch and lamp oil and lighter fluid are hydrocarbons, and "grunty" is
grunting; a pulse read off a blood pressure machine, monitor or watch is a pulse; "discharged from
hospital 3 days ago after" an overdose dates it; an abbreviated month (in jan) dates the past; a
heater in his or her bedroom is a carbon monoxide source, and a carbon monoxide alarm named is no
poisoning. After: 12/12, 12/12; look-alikes sent to emergency 5, 8.

Left: this round showed again that household products, medicines a child licked or took in a
harmless amount, and fears of poisoning are graded as poisoning: NPIS/TOXBASE grades many of them as
home observation (a dishwasher powder licked, a child's ten contraceptive pills, oven cleaner on the
hands, a breastfed baby after a mother's two glasses of wine), and 12 of 24 Chinese same-day cases
were graded emergency. That needs a table of substances by toxicity and amount, not more wordings."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "mum on phone, her 2yo got into grans pill organiser this morning. gran is diabetic, on gliclazide + bp tabs",
                "not sure how many gone, maybe 2 or 3",
                "he was fine at first and ate his lunch, now pale n sweaty and keeps nodding off on her lap, she cant keep him properly awake",
            ],
            _patient(770, "male", (), pregnant=None),
            id="r115-en-001",
        ),  # TOXBASE sulphonylureas (children) / NPIS: any sulphonylurea ingestion by a child needs hospital; drowsiness with sweating and pallor suggests hypoglycaemia with reduced consciousness, so 999 now.
        pytest.param(
            [
                "pt 28/40 pregnant called, says whole house had headaches since the new gas heater went in the lounge last wk",
                "her mum who lives with them keeps asking the same questions and doesnt know what day it is, they put it down to being tired",
                "everyone felt sick this am. heater still on, cat sleeping all day",
            ],
            _patient(11322, "female", (), pregnant=True),
            id="r115-en-002",
        ),  # NICE CKS Carbon monoxide poisoning / UKHSA CO guidance: suspected CO with confusion in the household and a pregnant woman exposed needs removal from the source, 999 and high-flow oxygen now.
        pytest.param(
            [
                "farm worker here, swallowed some weedkiller by mistake, was kept in an old lemonade bottle in the shed",
                "says only a mouthful and he spat most of it out, feels ok",
                "mouth n throat stinging a bit. boss says its the old gramoxone stuff from years back",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r115-en-003",
        ),  # TOXBASE paraquat: any oral ingestion of paraquat concentrate is potentially fatal even without early symptoms, so immediate hospital transfer.
        pytest.param(
            [
                "man from the farm next door walked in, been spraying the orchard since 7",
                "sweating loads and dribbling, pupils tiny, says belly cramps and had the runs twice",
                "arms twitching, says chest tight and cant get his breath right",
            ],
            _patient(13879, "male", (), pregnant=None),
            id="r115-en-004",
        ),  # WHO/TOXBASE organophosphate and carbamate insecticides: cholinergic features with muscle fasciculation and breathing difficulty are a medical emergency needing atropine and hospital now.
        pytest.param(
            [
                "wife ringing, he and 2 mates drank homemade spirit they bought off someone at the market on sat night",
                "sunday just hungover, today keeps vomiting and says his eyesight is blurry like looking through fog",
                "she says his breathing is fast and deep. hes awake and talking to her",
            ],
            _patient(18993, "male", ("hypertension",), pregnant=None),
            id="r115-en-005",
        ),  # TOXBASE methanol / WHO methanol outbreak guidance: visual disturbance and rapid deep breathing 24-48 h after illicit spirits point to methanol toxicity with acidosis, so emergency transfer for antidote and dialysis.
        pytest.param(
            [
                "16yo brought in by mum, took a packet of paracetamol after a row with her bf",
                "says 16 tabs of 500, about 4 hrs ago",
                "shes calm now, says it was stupid, no vomiting, feels totally fine",
                "mum asking if they can just watch her at home",
            ],
            _patient(5924, "female", (), pregnant=None),
            id="r115-en-006",
        ),  # TOXBASE paracetamol and NICE NG225 self-harm: 8 g intentional overdose (well over 75 mg/kg) needs immediate ED for timed level and acetylcysteine; feeling well does not rule out liver injury.
        pytest.param(
            [
                "dad says toddler got into the cupboard under the sink, had the oven cleaner tin open, white stuff round his mouth",
                "wiped it off, he screamed a lot",
                "now dribbling loads, wont take his drink, and his breathing sounds croaky/noisy",
            ],
            _patient(545, "male", (), pregnant=None),
            id="r115-en-007",
        ),  # TOXBASE corrosives (alkaline oven cleaner) / RCEM: drooling, refusal to swallow and noisy breathing after caustic exposure mean airway and oesophageal injury, so 999 now.
        pytest.param(
            [
                "partner rang, she's been low lately, he just found empty amitriptyline boxes in the bin, maybe 2 boxes of 25mg",
                "she's very sleepy and slurring, says her heart is racing",
                "he was going to bring her to clinic after lunch",
            ],
            _patient(13879, "female", ("depression", "chronic back pain"), pregnant=False),
            id="r115-en-008",
        ),  # TOXBASE tricyclic antidepressants: large overdose with drowsiness and tachycardia risks seizures and arrhythmias within hours, so ambulance now, not a clinic visit.
        pytest.param(
            [
                "9 day old, mum had c-section, taking co-codamol 30/500 for pain and breastfeeding",
                "baby v sleepy, hard to wake for feeds last 12 hrs, only fed twice today",
                "mum says breathing looks slow and lips go a bit dusky now and then",
            ],
            _patient(9, "female", (), pregnant=None),
            id="r115-en-009",
        ),  # MHRA 2013 codeine in breastfeeding / NICE NG143 traffic light red: a newborn who is hard to rouse with slow breathing and cyanosis while mum takes codeine may have opioid toxicity, so 999.
        pytest.param(
            [
                "couple picked wild mushrooms in the woods sun, cooked them for tea last night",
                "both started vomiting and watery diarrhoea early this morning, about 10 hrs after",
                "she thinks its a tummy bug, asking for something for the sickness",
                "husband very weak and dizzy now",
            ],
            _patient(16071, "female", (), pregnant=False),
            id="r115-en-010",
        ),  # TOXBASE mushrooms / NPIS: gastrointestinal symptoms starting more than 6 hours after eating wild mushrooms suggest amatoxin (death cap) poisoning; both need hospital immediately.
        pytest.param(
            [
                "3yo drank from the garden torch oil bottle, thought it was juice",
                "coughed and gagged straight away, mum says only a sip",
                "30 min on hes breathing faster than normal, still coughing and a bit grunty",
            ],
            _patient(1115, "male", (), pregnant=None),
            id="r115-en-011",
        ),  # TOXBASE hydrocarbons (lamp oil) / RCEM: cough, fast breathing and grunting after ingestion indicate aspiration pneumonitis, so emergency transfer.
        pytest.param(
            [
                "daughter says mum been taking her heart tabs twice a day not once since the new blister packs from pharmacy 10 days ago",
                "off her food, feels sick, says everything looks a bit yellow",
                "carer checked pulse on the bp machine 38, mum dizzy when she stands",
            ],
            _patient(32142, "female", ("atrial fibrillation", "heart failure"), pregnant=False),
            id="r115-en-012",
        ),  # TOXBASE digoxin / Resuscitation Council bradycardia: suspected digoxin toxicity with pulse 38 and dizziness is a life-threatening bradycardia needing immediate transfer.
        pytest.param(
            [
                "村里老李45岁 跟老婆吵架喝了口百草枯 家里人刚送过来",
                "他说就抿了一口马上吐出来了 现在走路说话都正常 就嘴里有点辣",
                "瓶子是以前囤的绿水 他说没事不想去县里 能不能开点药回家",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r115-zh-001",
        ),  # 中国百草枯中毒诊治专家共识(2013) / TOXBASE paraquat: there is no safe amount of paraquat and patients look well early while lung and kidney damage develop, so any ingestion needs immediate transfer for hospital treatment.
        pytest.param(
            [
                "王叔下午在棉花地打药 敌敌畏兑的 回来说不得劲",
                "出汗出的衣服都湿透了 口水一直往下淌 拉了两回",
                "我看他瞳孔特别小 胳膊上的肉一跳一跳的 说胸口发紧",
            ],
            _patient(21170, "male", (), pregnant=None),
            id="r115-zh-002",
        ),  # 中国急性有机磷农药中毒诊治临床专家共识(2016) / WHO pesticide poisoning: sweating, salivation, miosis, fasciculations and chest tightness after OP exposure are cholinergic crisis signs needing atropine/oxime and airway care in hospital now.
        pytest.param(
            [
                "今早张家来电话 屋里烧蜂窝煤炉子 门窗关的严严的",
                "老太太叫不大醒 嘟嘟囔囔说胡话 孙子吐了两回 儿媳妇说头疼的要炸",
                "我让他们先开窗了 老太太89了 平时高血压 血压现在150/90",
            ],
            _patient(32485, "female", ("高血压",), pregnant=False),
            id="r115-zh-003",
        ),  # 中国一氧化碳中毒临床治疗指南 / WHO indoor air: confusion and reduced consciousness after stove exposure with several household members ill indicate severe CO poisoning needing oxygen and transfer (possible hyperbaric oxygen) now.
        pytest.param(
            [
                "2岁男孩 遥控器后盖掉了 里面纽扣电池少了一个 到处没找着",
                "不确定吞没吞 刚才开始一直流口水 喂水就哭 说疼 饭不吃",
                "精神还行 还在玩",
            ],
            _patient(760, "male", (), pregnant=None),
            id="r115-zh-004",
        ),  # NPIS/TOXBASE button battery ingestion: a suspected button battery ingestion with drooling and painful swallowing suggests oesophageal lodgement, which causes burns within hours and needs immediate X-ray and removal.
        pytest.param(
            [
                "女32 下午她老公回家发现床头一整板安眠药空了 还有一盒感冒药也空了",
                "不知道几点吃的",
                "现在躺床上 叫她能睁下眼 嗯一声又睡过去了",
                "她老公说她就是累了 让她睡会儿就好",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="r115-zh-005",
        ),  # NICE NG225 self-harm / TOXBASE benzodiazepine and paracetamol: a deliberate mixed overdose with reduced consciousness risks airway loss and needs paracetamol assessment, so ambulance transfer now.
        pytest.param(
            [
                "男52 前天晚饭把山上采的野蘑菇炒着吃了",
                "昨天早上五六点开始又吐又拉 拉的跟水似的 吃了点诺氟沙星今天好多了",
                "就是今天浑身没劲 尿很少 他老婆说他眼白有点黄",
                "他老婆也吃了 今天早上开始拉",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r115-zh-006",
        ),  # 中国蘑菇中毒诊治临床专家共识(2019): GI symptoms starting more than 6 h after wild mushrooms, then apparent improvement with jaundice and low urine, fits amatoxin liver/kidney failure and needs immediate transfer (the wife needs it too).
        pytest.param(
            [
                "前天晚上俩人在一块喝的散装白酒 村口小卖部打的",
                "今天这个说看东西模糊 跟下雪似的白茫茫",
                "喘气又粗又快 说肚子疼 另一个人头疼在家躺着",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r115-zh-007",
        ),  # WHO methanol poisoning outbreaks information note / TOXBASE methanol: visual disturbance and deep fast breathing 12-24 h after unlabelled spirits indicate methanol toxicity with acidosis, needing antidote and dialysis now.
        pytest.param(
            [
                "3岁女孩 奶奶说她可能吃了她的消渴丸 药丸撒了一地",
                "刚才午睡叫不起来 一头的汗",
                "指尖血糖测了2.1",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r115-zh-008",
        ),  # TOXBASE sulfonylureas (消渴丸 contains glibenclamide): a single tablet can cause prolonged hypoglycaemia in a toddler; low glucose with reduced consciousness needs glucose now and ambulance transfer for prolonged monitoring.
        pytest.param(
            [
                "男63 自己泡的药酒 里面放了草乌 晚上喝了有二两",
                "说嘴唇舌头发麻 手脚也麻",
                "说心里慌 我摸脉一会快一会慢 乱的 bp 90/60",
            ],
            _patient(22995, "male", (), pregnant=None),
            id="r115-zh-009",
        ),  # TOXBASE aconite / 中国乌头碱中毒诊治 practice: perioral numbness plus irregular pulse and hypotension after aconite liquor means cardiotoxicity with risk of ventricular arrhythmia; immediate monitored transfer.
        pytest.param(
            [
                "孕妇 28周 跟婆婆吵架 把她妈的降压药吃了一把",
                "药是氨氯地平跟美托洛尔 大概十来片 不知道具体",
                "现在说头晕 眼前发黑 bp 80/50 心率48",
                "她说没事 别告诉家里人",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r115-zh-010",
        ),  # NICE NG225 / TOXBASE calcium-channel and beta-blockers: a deliberate combined overdose with hypotension and bradycardia is life-threatening for mother and fetus and needs ambulance transfer now.
        pytest.param(
            [
                "一家四口中午吃的酸菜 还有集上买的腌肉",
                "吃完一个来钟头 俩小孩嘴唇指甲都发紫 青的",
                "说头晕没劲 大的吐了 血氧夹了84",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r115-zh-011",
        ),  # 国家卫健委 nitrite poisoning guidance / TOXBASE methaemoglobinaemia: central cyanosis with low SpO2 after pickled vegetables or cured meat suggests nitrite methaemoglobinaemia needing methylene blue; immediate transfer.
        pytest.param(
            [
                "男孩 3岁半 拿饮料瓶喝了一口 瓶里是他爸倒的洁厕灵",
                "哭的厉害 口水一直淌 咽不下去",
                "嗓子有点哑了 喘气带点呼噜声",
            ],
            _patient(1275, "male", (), pregnant=None),
            id="r115-zh-012",
        ),  # NPIS/TOXBASE corrosive acids: drooling, inability to swallow, hoarseness and noisy breathing after strong acid ingestion indicate airway and oesophageal burns; immediate transfer.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "55m drinks about a bottle of vodka a day, stopped 2 days ago as wife said she'd leave",
                "hands shaking, sweating, not slept, v anxious, feels sick",
                "never had a fit, knows where he is, not seeing things",
            ],
            _patient(20088, "male", ("alcohol dependence",), pregnant=None),
            id="r115-en-014",
        ),  # NICE CG100/CG115 alcohol withdrawal: moderate withdrawal without fits or delirium needs same-day medical assessment and assisted withdrawal; no emergency features.
        pytest.param(
            [
                "74f on warfarin for AF, realised shes been taking 2 of her tabs instead of 1 for last 3 days",
                "few small bruises on arms",
                "no bleeding gums, no blood in wee or poo, no headache or falls",
            ],
            _patient(27028, "female", ("atrial fibrillation",), pregnant=False),
            id="r115-en-015",
        ),  # NICE CKS anticoagulation (warfarin) / BNF over-anticoagulation: warfarin overdosing with minor bruising but no major bleeding needs a same-day INR and dose adjustment.
        pytest.param(
            [
                "on lithium for bipolar, D+V since sat so 2 days, not keeping much fluid down",
                "hands shakier than usual, bit wobbly",
                "talking normally, husband says she's herself, no confusion",
            ],
            _patient(18262, "female", ("bipolar disorder",), pregnant=False),
            id="r115-en-016",
        ),  # NICE CG185 bipolar / BNF lithium: dehydration with worsening tremor in a lithium user needs a same-day lithium level and U&E; no confusion or fits, so not an ambulance.
        pytest.param(
            [
                "68f RA, new carer filled the dosette and put methotrexate in every day by mistake",
                "so taken 10mg daily for 3 days not once a week",
                "feels ok, no mouth ulcers, no sore throat or temp",
            ],
            _patient(24837, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r115-en-017",
        ),  # TOXBASE methotrexate / MHRA dosing error alert: repeated daily dosing needs same-day FBC, renal and liver bloods and folinic acid; she is well, so no ambulance.
        pytest.param(
            [
                "79m, started oramorph for his hip 5 days ago, wife says he's been taking extra when its bad",
                "v drowsy today, dozes mid conversation but wakes up when you talk to him",
                "breathing about 14 a min she counted, lips pink, no fall. bowels not open 4 days",
            ],
            _patient(28854, "male", ("chronic kidney disease", "osteoarthritis"), pregnant=None),
            id="r115-en-023",
        ),  # NICE NG140/CKS opioids in older people with CKD: too much oral morphine with drowsiness but rousable and normal breathing needs a same-day doctor review; no respiratory depression.
        pytest.param(
            [
                "41f on sertraline, got tramadol from the walk in for back pain yesterday",
                "today shaky, sweaty, loose stools, restless, feels wired",
                "temp 37.2, pulse 96, chatting normally, no jerking",
            ],
            _patient(14975, "female", ("depression",), pregnant=False),
            id="r115-en-024",
        ),  # TOXBASE serotonin toxicity / BNF interactions: mild serotonin features after adding tramadol to an SSRI need same-day review and stopping the tramadol; no high temperature, rigidity or clonus.
        pytest.param(
            [
                "36f on herbal slimming tea + capsules ordered online, for 6 wks",
                "partner noticed yellow eyes 2 days ago, dark wee, itchy",
                "tired, tummy a bit sore right side, no confusion, no vomiting blood",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="r115-en-025",
        ),  # NICE CKS jaundice in adults / BSG drug-induced liver injury: new jaundice after herbal supplements needs same-day LFTs and INR and stopping the product; no signs of liver failure.
        pytest.param(
            [
                "81f made soup with what she thought were onions from the shed, turned out daffodil bulbs",
                "ate it about 1pm, vomiting since, 5 times in 3 hrs, crampy tummy",
                "alert and chatting, taking sips",
            ],
            _patient(29585, "female", ("hypertension",), pregnant=False),
            id="r115-en-028",
        ),  # TOXBASE Narcissus (daffodil bulbs): repeated vomiting in an older person needs same-day assessment of fluids and electrolytes; effects are usually gastrointestinal only.
        pytest.param(
            [
                "52f asthmatic, mixed bleach with a limescale toilet cleaner in small bathroom this morning",
                "coughed loads, went outside and felt better",
                "still tight chested and wheezy this pm, using blue inhaler every 3-4 hrs, sats 95% at pharmacy, talking in full sentences",
            ],
            _patient(18993, "female", ("asthma",), pregnant=False),
            id="r115-en-031",
        ),  # TOXBASE chlorine/chloramine gas / BTS-SIGN asthma: a moderate asthma flare after irritant gas needs same-day review; no life-threatening features.
        pytest.param(
            [
                "男孩4岁 啃了一口滴水观音的叶子",
                "当时就哭 说嘴疼 嘴唇有点肿",
                "给喝了凉牛奶 能喝 喘气正常 说话声也正常",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r115-zh-018",
        ),  # TOXBASE Alocasia/Dieffenbachia (calcium oxalate): oral pain and lip swelling usually settle, but visible swelling needs same-day review to exclude progressing oropharyngeal oedema; breathing and voice normal.
        pytest.param(
            [
                "男59 类风湿 邻居介绍吃雷公藤多苷 自己药店买的 吃一个多月了",
                "这几天嘴里起了好多溃疡 刷牙牙龈出血",
                "腿上青一块紫一块 不发烧",
            ],
            _patient(21535, "male", ("类风湿关节炎",), pregnant=None),
            id="r115-zh-023",
        ),  # 雷公藤多苷 label warnings / BNF drug-induced marrow suppression: mouth ulcers, gum bleeding and bruising suggest marrow suppression; stop the drug and get a full blood count today; no fever or major bleeding.
        pytest.param(
            [
                "女48 听人说何首乌黑头发 买的首乌粉天天冲着喝 俩月了",
                "这礼拜特别累 不想吃饭 尿跟浓茶似的",
                "今天她闺女说她眼白发黄",
            ],
            _patient(17520, "female", (), pregnant=False),
            id="r115-zh-024",
        ),  # 国家药监局 He Shou Wu liver warnings / 中国药物性肝损伤诊治指南(2023): new jaundice and dark urine on Polygonum multiflorum suggest drug-induced liver injury; stop it and do LFT/INR today; emergency only if confused or bleeding.
        pytest.param(
            [
                "女76 房颤 吃华法林 这一礼拜把药吃重了",
                "早上一片 晚上又一片 她自个说的",
                "胳膊腿上几块青 刷牙有点血",
                "没黑便 没吐血 上回INR 2.3",
            ],
            _patient(27740, "female", ("心房颤动",), pregnant=False),
            id="r115-zh-031",
        ),  # BNF/NICE CKS oral anticoagulation: a week of double warfarin with minor bleeding needs an INR today and dose adjustment or vitamin K; no major bleeding, so not an emergency.
        pytest.param(
            [
                "宝宝5天 男孩 奶奶给喂黄连水 说去胎毒",
                "喂两天了 今天看着更黄了 脸上身上都黄",
                "吃奶还行 哭声挺响",
                "他家老大是蚕豆病",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r115-zh-032",
        ),  # NICE CG98 neonatal jaundice / 中国新生儿高胆红素血症诊断和治疗专家共识: Coptis (berberine) can trigger haemolysis in G6PD deficiency; spreading jaundice in a feeding baby needs bilirubin within hours; emergency if lethargic or feeding poorly.
        pytest.param(
            [
                "男52 痛风犯了 听人说秋水仙碱多吃几片好得快 昨天吃了6片",
                "今天拉了七八回 水样的 肚子绞着疼",
                "还能喝水 尿不少 头不晕",
            ],
            _patient(18980, "male", ("痛风",), pregnant=None),
            id="r115-zh-034",
        ),  # TOXBASE colchicine: 3 mg is below the severe-toxicity range, but profuse diarrhoea is early toxicity; stop the drug and assess hydration and renal function today.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "2yo had a few of the blue rat bait pellets in his mouth, dad hooked them out",
                "its the brodifacoum one from the farm shop",
                "1 hr ago, totally fine, no bleeding anywhere",
            ],
            _patient(830, "male", (), pregnant=None),
            id="r115-en-037",
        ),  # TOXBASE anticoagulant rodenticides: a single accidental taste by a child is very unlikely to cause toxicity, and no INR or treatment is needed.
        pytest.param(
            [
                "CO alarm went off last night, opened windows and called gas emergency, they capped the boiler",
                "all 4 of us fine, no headaches, kids fine, nobody pregnant",
                "do we need checking?",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r115-en-038",
        ),  # UKHSA CO guidance / NICE CKS CO poisoning: people with no symptoms after the source is removed need no treatment, only safety advice.
        pytest.param(
            [
                "63f had CO poisoning in jan from a caravan heater, was in hospital 2 days",
                "since then a bit forgetful and gets words wrong sometimes, no worse lately",
                "wants appt to talk about it, no headache, no new symptoms",
            ],
            _patient(23010, "female", (), pregnant=False),
            id="r115-en-039",
        ),  # NICE CKS CO poisoning (follow-up): stable memory problems months after CO poisoning need a routine review for delayed neurological effects.
        pytest.param(
            [
                "4yo ate some of the childrens ibuprofen chewables, 100mg each, 5 gone",
                "about 17kg, bit of tummy ache, no vomiting, running about",
            ],
            _patient(1521, "male", (), pregnant=None),
            id="r115-en-040",
        ),  # TOXBASE ibuprofen: about 30 mg/kg is under 100 mg/kg, so observe at home with food and fluids.
        pytest.param(
            [
                "35m mixed bleach and another cleaner doing the shower yday, coughed and eyes stung",
                "went in the fresh air, fine within half hour",
                "no cough now, breathing normal, asking if his lungs are damaged",
            ],
            _patient(12783, "male", (), pregnant=None),
            id="r115-en-042",
        ),  # TOXBASE chloramine/chlorine gas: brief exposure with full recovery and no symptoms the next day needs no treatment, only reassurance.
        pytest.param(
            [
                "3yo ate loads of his strawberry toothpaste, maybe a third of a 50ml tube",
                "it says 1000ppm fluoride. about 15kg, fine",
            ],
            _patient(1295, "male", (), pregnant=None),
            id="r115-en-043",
        ),  # TOXBASE fluoride toothpaste: about 1 mg/kg fluoride is well under the 5 mg/kg threshold; give milk and watch at home.
        pytest.param(
            [
                "neighbour sprayed roundup on the patio, 4yo played there after and pulled at the weeds",
                "had fingers in his mouth, washed his hands",
                "fine, no rash, no sickness",
            ],
            _patient(1661, "male", (), pregnant=None),
            id="r115-en-044",
        ),  # TOXBASE glyphosate: touching treated plants and a trace by mouth causes no toxicity; washing is enough.
        pytest.param(
            [
                "toddler had a bit of a mushroom from the lawn in his mouth yday morning, mum fished it out, not sure if he swallowed any",
                "now over 24 hrs later, totally fine, eating, no sick or runs",
            ],
            _patient(665, "male", (), pregnant=None),
            id="r115-en-046",
        ),  # TOXBASE mushrooms: no symptoms more than 24 hours after a possible taste of a garden mushroom makes delayed-onset toxicity very unlikely; give safety-net advice.
        pytest.param(
            [
                "3yo ate a few red berries off a bush in the garden, 2 hrs ago",
                "mum sent photo, looks like pyracantha/firethorn",
                "not sick, playing",
            ],
            _patient(1195, "female", (), pregnant=None),
            id="r115-en-047",
        ),  # TOXBASE Pyracantha/Cotoneaster berries: a few berries are low toxicity and may at most cause mild stomach upset.
        pytest.param(
            [
                "18mo chewed a leaf off the peace lily, cried and rubbed his mouth",
                "now 40 min later playing, drinking fine, no swelling, no dribbling",
            ],
            _patient(545, "male", (), pregnant=None),
            id="r115-en-048",
        ),  # TOXBASE Spathiphyllum (oxalate plants): brief mouth irritation that has settled with normal drinking needs only home care.
        pytest.param(
            [
                "19f discharged from hospital 3 days ago after paracetamol overdose, had the drip, bloods normal at discharge",
                "letter says GP follow up within a week",
                "she's ok, seeing crisis team, says no thoughts of harming herself now, can we book her in",
            ],
            _patient(6939, "female", ("depression",), pregnant=False),
            id="r115-en-049",
        ),  # NICE NG225 self-harm (aftercare): planned GP follow-up within a week after a treated overdose, with crisis team support and no current risk, is a booked appointment.
        pytest.param(
            [
                "46m wants help cutting down drinking, about 4 pints a night",
                "never shaky in mornings, no fits",
                "wife worried about his liver, his dad died of liver disease",
            ],
            _patient(16801, "male", (), pregnant=None),
            id="r115-en-050",
        ),  # NICE CG115 alcohol-use disorders: hazardous drinking with no withdrawal features needs a routine appointment for brief intervention and liver screening.
        pytest.param(
            [
                "70m, his brother is in ICU after drinking homemade spirit at a wedding sat",
                "pt was there but says he only drank bottled beer, not the spirit",
                "4 days on, no problems with eyes, no vomiting, no breathlessness, asking if he should be tested",
            ],
            _patient(25567, "male", ("type 2 diabetes",), pregnant=None),
            id="r115-en-052",
        ),  # TOXBASE methanol: no exposure to the suspect spirit and no symptoms 4 days later means no testing is needed, only safety-net advice.
        pytest.param(
            [
                "33f farm worker, splash of diluted spray on her forearm this morning, its the roundup",
                "washed off straight away with soap and water",
                "skin bit pink, no other symptoms, no sweating or twitching",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r115-en-053",
        ),  # TOXBASE glyphosate (skin): a small splash washed off quickly causes at most mild irritation; home care.
        pytest.param(
            [
                "daughter asking how to stop her mum muddling her pills, nearly took the morning ones twice yday but daughter caught it",
                "didnt take any extra, mum her usual self",
            ],
            _patient(
                33237,
                "female",
                ("hypertension", "mild dementia", "atrial fibrillation"),
                pregnant=False,
            ),
            id="r115-en-054",
        ),  # NICE NG5 medicines optimisation: a near-miss with no extra dose taken needs a routine structured medication review and support such as a pharmacy-filled blister pack.
        pytest.param(
            [
                "2yo keeps picking at and eating paint flakes off the old windows, rented victorian house",
                "no tummy pains, eating and sleeping fine, normal development",
                "mum read about lead and wants her tested",
            ],
            _patient(880, "female", (), pregnant=None),
            id="r115-en-056",
        ),  # UKHSA lead exposure in children: eating old paint flakes without symptoms needs a routine blood lead test and removal of the source, not same-day care.
        pytest.param(
            [
                "carer visiting 95m found he's been using a paraffin heater in his bedroom at night, no CO alarm",
                "he's his usual self, no headaches, no sickness, no change in memory per carer",
                "what should we do",
            ],
            _patient(34698, "male", ("COPD", "hypertension"), pregnant=None),
            id="r115-en-057",
        ),  # UKHSA CO / fire service home safety guidance: an unsafe heater with no symptoms needs safety advice (stop using it in the bedroom, fit an alarm, refer for a home fire safety check), not urgent care.
        pytest.param(
            [
                "87f with dementia drank a mouthful of washing up liquid from a cup, thought it was squash",
                "spat some out, sicked up once, now fine",
                "no cough, breathing normal, drinking water",
            ],
            _patient(31776, "female", ("dementia",), pregnant=False),
            id="r115-en-058",
        ),  # TOXBASE washing-up liquid: a small ingestion is low toxicity; watch at home and only act if cough or breathing problems start.
        pytest.param(
            [
                "mum of 20mo, seen in A&E sat after he got hold of gran's amlodipine, kept in overnight, obs and ECG normal, discharged",
                "he's been completely fine since",
                "wants GP appt to go over it and ask about child-proof storage",
            ],
            _patient(605, "male", (), pregnant=None),
            id="r115-en-060",
        ),  # TOXBASE calcium channel blockers / NICE CKS poisoning prevention: after a hospital-observed ingestion with normal results and no symptoms since, follow-up and prevention advice is routine.
        pytest.param(
            [
                "孩子3岁 把鞋盒里的干燥剂咬破了 吃了几粒",
                "透明的小珠子 袋上写的硅胶 SILICA GEL",
                "现在没啥反应",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r115-zh-039",
        ),  # TOXBASE silica gel: silica gel desiccant is inert and non-toxic (unlike quicklime), so home care only.
        pytest.param(
            [
                "4岁女孩 吃了她妈的避孕药 数了少3片",
                "现在没事 在看电视",
                "会不会影响孩子发育 要不要洗胃",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="r115-zh-040",
        ),  # TOXBASE combined oral contraceptives: accidental ingestion in children is low toxicity, causing at most nausea or slight vaginal spotting; no treatment or gastric lavage.
        pytest.param(
            [
                "3岁男孩 发烧 他爸喂了一回泰诺林混悬液 他妈不知道 又喂一回 隔了不到半小时",
                "每回5ml 孩子15公斤",
                "现在没事 烧退了 在玩",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r115-zh-041",
        ),  # TOXBASE paracetamol: two 160 mg doses is about 21 mg/kg, far below the 75-150 mg/kg threshold; no treatment, just restart the normal dosing schedule.
        pytest.param(
            [
                "男47 前天打菊酯类的杀虫药 风吹脸上了",
                "当时脸上又麻又刺挠 跟针扎似的 洗了脸 睡一宿就好了",
                "现在啥事没有 问下回戴啥口罩",
            ],
            _patient(17155, "male", (), pregnant=None),
            id="r115-zh-043",
        ),  # TOXBASE pyrethroids: facial tingling after skin exposure is transient and benign; it has resolved, so PPE advice only.
        pytest.param(
            [
                "女63 半个月前煤气中毒 在县医院住了5天 做了高压氧",
                "出院后挺好 吃饭睡觉正常 记性跟以前一样",
                "问啥时候复查 还能不能用煤炉子",
            ],
            _patient(22995, "female", (), pregnant=False),
            id="r115-zh-044",
        ),  # 中国一氧化碳中毒临床治疗指南: delayed encephalopathy can appear weeks later, so she needs routine follow-up and stove-safety advice; no new symptoms, so not urgent.
        pytest.param(
            [
                "女40 中午单位食堂吃了炒四季豆 好几个同事都吐了",
                "她吐了两回 三个钟头了 不吐了 能喝水",
                "不发烧 没便血 肚子有点不舒服",
            ],
            _patient(14600, "female", (), pregnant=False),
            id="r115-zh-045",
        ),  # 国家卫健委 food-safety guidance on undercooked green beans: lectin/saponin poisoning causes brief self-limiting vomiting; she is keeping fluids down, so rehydrate at home and seek care if vomiting persists.
        pytest.param(
            [
                "老太太72 听说苦杏仁能止咳 买了一斤 还没吃",
                "问一天吃几个 生吃行不行",
                "咳嗽俩礼拜了 不烧 不喘",
            ],
            _patient(26280, "female", (), pregnant=False),
            id="r115-zh-046",
        ),  # 国家卫健委/TOXBASE amygdalin: raw bitter apricot kernels release cyanide, so advise not to eat them; no exposure yet, and a 2-week cough without red flags is self-care (NICE NG120).
        pytest.param(
            [
                "男74 高血压 早上吃了降压药 忘了 中午又吃了一遍",
                "硝苯地平控释片 30的",
                "刚量bp128/76 心率72 不晕 还能下地",
            ],
            _patient(27010, "male", ("高血压",), pregnant=None),
            id="r115-zh-047",
        ),  # BNF/TOXBASE nifedipine: 60 mg of nifedipine MR in a day is within the licensed maximum and his BP is normal; rest, stand up slowly, and take the next dose as usual.
        pytest.param(
            [
                "一岁半女孩 把蚊香掰了一小块 放嘴里舔",
                "她姥姥给抠出来了 没咽多少",
                "现在不咳 不吐 正常玩",
            ],
            _patient(545, "female", (), pregnant=None),
            id="r115-zh-048",
        ),  # TOXBASE mosquito coils (pyrethroid): mouthing a small piece causes no systemic toxicity; home care.
        pytest.param(
            [
                "男50 昨晚喝了大半斤 牛栏山 超市买的瓶装",
                "今天头疼 恶心 吐了一回",
                "看东西清楚 不喘 说话利索",
                "听说有人喝假酒喝瞎了 有点怕",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r115-zh-049",
        ),  # WHO methanol information note: the warning signs are visual disturbance and breathlessness; commercially bottled spirit and clear vision make this an ordinary hangover, so fluids and rest.
        pytest.param(
            [
                "孕妇11周 昨天她老公在屋里喷的杀蟑螂药",
                "她闻着味了 当时有点呛 出去待了会就好了",
                "今天没啥不舒服 就是担心对孩子有没有影响",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r115-zh-051",
        ),  # TOXBASE household pyrethroid sprays: brief inhalation is not linked to fetal harm and she has no symptoms; ventilate the room and keep routine antenatal care.
        pytest.param(
            [
                "老两口 家里土豆放久了 有点发青发芽 削了皮挖了芽炒着吃了",
                "吃完俩钟头了 都没啥事",
                "问会不会中毒",
            ],
            _patient(25550, "male", (), pregnant=None),
            id="r115-zh-052",
        ),  # 国家卫健委 food-safety guidance on solanine: sprouted or green potatoes cause burning mouth and vomiting within hours; peeled, de-sprouted and no symptoms, so home advice.
        pytest.param(
            [
                "男56 上个月有机磷中毒住的院 出院三礼拜了",
                "上礼拜乡卫生院复查胆碱酯酶正常了",
                "手脚有劲 走路正常",
                "问啥时候能下地打药",
            ],
            _patient(20440, "male", (), pregnant=None),
            id="r115-zh-054",
        ),  # 中国急性有机磷农药中毒诊治临床专家共识(2016): delayed neuropathy (1-3 weeks) is the warning sign, but he has no weakness and a normal cholinesterase, so routine follow-up and PPE advice.
        pytest.param(
            [
                "村边上有个收旧电瓶的厂子",
                "我家孩子4岁 没啥病 能吃能玩",
                "听说那边有孩子查出来铅高 想带我家的也查查",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="r115-zh-055",
        ),  # 国家卫健委 儿童高铅血症和铅中毒预防指南 / WHO lead poisoning: an asymptomatic child near a lead source needs a routine blood lead test, not urgent care.
        pytest.param(
            [
                "老太太95 老年痴呆 家里人发现她拿着84消毒液的瓶子 盖开着",
                "不知道喝没喝 嘴里闻不着味 衣服上也没有",
                "问她说没喝 三个多钟头了 吃饭喝水正常 不咳 没吐",
                "瓶里原来剩多少也不记得",
            ],
            _patient(34675, "female", ("阿尔茨海默病",), pregnant=False),
            id="r115-zh-056",
        ),  # TOXBASE household sodium hypochlorite: small ingestions cause only mild irritation; 3 h later she eats and drinks without pain, cough or vomiting, so home observation with advice to seek care if symptoms appear.
        pytest.param(
            [
                "男60 去年冬天烧煤炉子头疼过一回 开窗就好了",
                "今年儿子给买了个一氧化碳报警器",
                "问装哪合适 离炉子多远",
                "屋里有烟筒 现在没人不舒服",
            ],
            _patient(21900, "male", (), pregnant=None),
            id="r115-zh-060",
        ),  # 国家卫健委 winter CO poisoning prevention guidance: past resolved episode with no current symptoms; prevention advice on alarm placement and flue maintenance.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
