# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-ninth held-out round (2026-12-07, at commit 0f89da3: two reviewers, 120 cases on rural,
occupational and environmental hazards at all ages: pesticides, snake bites (pit vipers, kraits),
wasp and bee stings, dog and cat bites and scratches, wild mushrooms, heat stroke and heat
exhaustion, drowning, lightning and electric shock, carbon monoxide, crush injuries from farm
machinery, falls from roofs and trees, chemical burns, home-brewed liquor, tetanus-prone wounds,
tick bites and scrub typhus; a dry bite, a single sting, a pesticide smell, mushrooms not eaten
as look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules
found 12 of 16 and 11 of 16 emergencies, graded 6 of 24 and 10 of 24 same-day cases exactly, and
sent 3 and 3 look-alikes to emergency: the worst round so far, in wording a village clinic hears
every week.

What changed: 没劲 (no strength) is tiredness, not a denial (人也没劲 想吐 had denied the nausea, 头晕
没劲 吐了两回 the vomiting); stings counted (数了有三十多个包) are many stings; 尿的是酱油色 is dark
urine; a crushed limb told as 把他左腿压住了 or "leg pinned", a fall of three metres or more
(掉下来了 三四米高, "fell out of the tree, maybe 3m"), "landed on his head", "was 'out' for a
bit", "touched the overhead power line", 散打的白酒, a krait found in the bed, "bitten ... a
five-pacer", "eyelids heavy", "heart was racing"; a snake bite a day or more ago with no swelling,
bleeding or weakness is a dry bite (WHO SEARO 2016: wound care the same day); heat exhaustion with
vomiting at 65 or over (热射病诊疗专家共识 2019: fluids the same day); a rhabdomyolysis rule that
already existed now also reads a CK in the thousands and grades little urine an emergency (a
second copy written this session was folded into it); tetanus-prone wounds (a nail through the
boot in a pig pen, mud in a sickle cut), cat and dog scratches, 草鳖子 and "found a tick", a black
scabby spot, 像个餐叉, "forearm bent", chaff in the eye that "won't come off", 那节弯不了, 磕了后脑勺,
见手青, a hand in the brazier (炭盆 手按进去了), acid and wet cement on the skin, 能看见白的.
After: 16/16, 16/16; 15/24, 19/24; look-alikes 18/20, 18/20.

Kept deliberately: pesticide on the skin, a delayed encephalopathy weeks after carbon monoxide,
any wild-mushroom meal, twelve wasp stings (胡蜂螫伤共识 2018: hospital for ten or more) and a head
injury on warfarin stay emergencies. Left: a relative's worry of gas poisoning in a house with no
source (婆婆说是不是煤气中毒了), a rabies fear told with 嗓子发紧 (read as anaphylaxis), a pesticide
smelt over the fence, mushrooms picked but not eaten."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "老汉砍柴捅了马蜂窝 头上脸上胳膊上 数了有三十多个包",
                "中午蛰的 当时说疼 没喘",
                "刚才他儿子说 下午尿的是酱油色 量很少 人也没劲 想吐",
            ],
            _patient(24837, "male", ("高血压",), pregnant=None),
            id="r39-zh-013",
        ),  # 胡蜂螫伤规范化诊治中国专家共识(2018)：多处螫伤伴酱油色尿/少尿提示溶血、横纹肌溶解及急性肾损伤，须立即转至可行血液净化的医院
        pytest.param(
            [
                "手扶拖拉机翻沟里 把他左腿压住了 压了快三个钟头才弄出来",
                "腿肿得硬邦邦 脚凉 摸不到脚背动脉 说脚麻没知觉",
                "尿了一点 茶色的",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r39-zh-045",
        ),  # NICE NG39 Major trauma；ISN Renal Disaster Relief Task Force 挤压综合征建议(Sever 2012)：长时间肢体挤压伴缺血及肌红蛋白尿，立即补液并转运
        pytest.param(
            [
                "52 男 上房顶修瓦 掉下来了 三四米高",
                "背疼得厉害 俩腿麻 动不了",
                "我们先让他平躺着没动他 bp 100/60 p 60",
            ],
            _patient(18993, "male", (), pregnant=None),
            id="r39-zh-056",
        ),  # NICE NG41 Spinal injury：高处坠落伴神经功能缺损，全脊柱制动并直接急救转运至创伤中心
        pytest.param(
            [
                "村里三个人昨天中午喝了一桶散打的白酒",
                "今天有一个说眼睛看东西雾蒙蒙的 跟下雪似的",
                "还吐 肚子疼 喘气又深又快 另外两个也说头疼",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r39-zh-060",
        ),  # WHO Information note: Methanol poisoning outbreaks (2014)：饮散装/假酒后视觉障碍及酸中毒呼吸为甲醇中毒，须立即转运解毒剂及血液透析
        pytest.param(
            [
                "9 yr old fell out of the persimmon tree, maybe 3m, landed on his head and shoulder",
                "mum says he was 'out' for a bit, now awake",
                "he's vomited 3 times and keeps asking the same questions over and over",
            ],
            _patient(3287, "male", (), pregnant=None),
            id="r39-en-014",
        ),  # NICE NG232 Head injury (2023) 1.1: loss of consciousness, persistent vomiting, amnesia and high-energy mechanism (fall >1 m) - refer to emergency department by ambulance
        pytest.param(
            [
                "tractor rolled over in the field, 48M, leg pinned about 3 hrs before they could lift it off",
                "leg very swollen and tense, he can't feel his toes",
                "he just passed a bit of dark brown urine. HR 118 BP 100/62",
            ],
            _patient(17532, "male", (), pregnant=None),
            id="r39-en-016",
        ),  # Chinese Expert Consensus on Crush Injury and Crush Syndrome (2013/2022) and ISN Renal Disaster Relief Task Force recommendations: prolonged limb entrapment with myoglobinuria and shock = crush syndrome; IV fluids and immediate transfer
        pytest.param(
            [
                "electrician 27 touched the overhead power line while up on a roof",
                "got thrown off onto the ground, burns on right palm and left foot, black spots",
                "awake, says chest feels weird. HR 120 irregular",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r39-en-037",
        ),  # ERC Guidelines 2021 Special Circumstances - Electrocution: high-voltage injury with entry/exit burns and arrhythmia needs monitored hospital care; NICE CKS Burns and scalds: all electrical burns referred; fall from roof adds trauma - immediate transfer
        pytest.param(
            [
                "farmer 38M woke at 3am with pain in left hand, thought it was a centipede, only tiny marks no swelling",
                "family then found a black and white banded snake under the bed",
                "now 6am he says eyelids heavy, seeing double, hard to swallow",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r39-en-046",
        ),  # WHO Guidelines for the Management of Snakebites, 2nd ed. (SEARO 2016): krait (Bungarus multicinctus) bite with ptosis, diplopia and bulbar signs = neurotoxic envenoming; antivenom and airway support, immediate transfer; Chinese Expert Consensus on Snakebite Treatment (2018)
        pytest.param(
            [
                "woman 61 bitten on foot in the tea garden 2 hrs ago, they think a 'five-pacer'",
                "swelling now up past the knee, bite marks keep oozing blood, gums bleed when she spits",
                "BP 96/60 HR 112",
            ],
            _patient(22280, "female", (), pregnant=False),
            id="r39-en-057",
        ),  # WHO Guidelines for the Management of Snakebites (SEARO 2016): pit viper bite with rapidly progressive swelling and spontaneous systemic bleeding = antivenom indication, immediate transfer; Chinese Expert Consensus on Snakebite Treatment (2018)
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "60 男 在牛棚踩到生锈的钉子了 扎得挺深",
                "鞋底都扎穿了 挤出来点血 上面有牛粪",
                "破伤风针 他说年轻时候打过 记不清 几十年了",
            ],
            _patient(21915, "male", ("糖尿病",), pregnant=None),
            id="r39-zh-004",
        ),  # 外伤后破伤风疫苗和被动免疫制剂使用指南(2019)：污染伤口且免疫史不详，当日接种破伤风疫苗并注射被动免疫制剂
        pytest.param(
            [
                "7岁女娃 逗邻居家猫 胳膊被挠了两道",
                "红印子 皮有点破 没出血",
                "以前没打过狂犬疫苗 猫也不知道打没打",
            ],
            _patient(2557, "female", (), pregnant=None),
            id="r39-zh-005",
        ),  # 狂犬病暴露预防处置工作规范(2023年版)：无出血的轻微抓伤为Ⅱ级暴露，立即处理伤口并接种狂犬病疫苗
        pytest.param(
            [
                "10岁男孩爬树摔下来 左手撑的地",
                "手腕肿了 歪的 像个餐叉",
                "手指头能动 不麻 颜色正常",
            ],
            _patient(3652, "male", (), pregnant=None),
            id="r39-zh-006",
        ),  # NICE NG38 Fractures (non-complex)：疑似腕部移位骨折、神经血管完好，当日X线及骨科处理
        pytest.param(
            [
                "71岁老太 在路上被狗扑了 右小腿擦了一下",
                "破了点皮 没见血",
                "谁家狗不知道 以前没打过狂犬疫苗",
            ],
            _patient(25933, "female", ("高血压",), pregnant=False),
            id="r39-zh-009",
        ),  # 狂犬病暴露预防处置工作规范(2023年版)：无出血擦伤为Ⅱ级暴露，立即处理伤口并接种疫苗
        pytest.param(
            [
                "66男 河南山里放羊的",
                "一礼拜前从身上拔下来个草鳖子",
                "烧了三天了 39度多 没劲 不想吃 拉肚子",
            ],
            _patient(24106, "male", (), pregnant=None),
            id="r39-zh-010",
        ),  # 发热伴血小板减少综合征诊疗方案(2023年版)：流行区蜱叮咬史+发热为疑似病例，当日转诊查血常规
        pytest.param(
            [
                "割稻子 镰刀划到左手食指 掌面",
                "口子不长 一公分多 压着血止住了",
                "就是食指头那节弯不了 别的指头都行",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r39-zh-011",
        ),  # BSSH Standards for the management of hand trauma：疑似屈肌腱断裂须当日转手外科
        pytest.param(
            [
                "4岁 男孩 冬天烤炭盆 手按进去了",
                "右手手心 手指头 起了好几个大水泡",
                "冷水冲了20分钟了 哭得厉害",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r39-zh-032",
        ),  # National Burn Care Referral Guidance (UK 2012)：儿童手部部分厚度烧伤须当日转烧伤专科
        pytest.param(
            [
                "48 男 右手让脱粒机皮带卷进去了",
                "手背豁了个口子 四五公分 能看见白的 食指肿 压着不出血了",
                "手指头颜色还行 能动 就是疼",
            ],
            _patient(17532, "male", (), pregnant=None),
            id="r39-zh-036",
        ),  # BSSH Standards for the management of hand trauma/open fractures：机器致手部深裂伤可能伴肌腱骨损伤，当日清创评估
        pytest.param(
            [
                "70岁老太 在场院晒玉米晒了一上午",
                "头晕 没劲 吐了两回 喝水就吐",
                "T 38.1 BP 112/70 P 98 人清楚 问话都对 出汗多",
            ],
            _patient(25568, "female", ("高血压",), pregnant=False),
            id="r39-zh-043",
        ),  # 中国热射病诊断与治疗专家共识(2019)热衰竭部分/NHS Heat exhaustion：无神经系统障碍的热衰竭，老年人呕吐不能口服补液需当日就医静脉补液
        pytest.param(
            [
                "stepped on a nail in the pig pen, went right through his rubber boot into the sole",
                "45M, sore but walking. can't remember last tetanus jab, maybe in the army 20+ yrs ago",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r39-en-009",
        ),  # Chinese Expert Consensus on Non-neonatal Tetanus Prevention (2018/2019): manure-contaminated puncture wound with last dose >10 years ago - tetanus vaccine plus immunoglobulin and wound care same day
        pytest.param(
            [
                "56F tea picker from the hills, fever 38.9 for 3 days, very tired, no appetite, diarrhoea",
                "she found a tick on her waist last week and pulled it off",
                "BP 118/70 HR 88, clear mind",
            ],
            _patient(20454, "female", (), pregnant=None),
            id="r39-en-011",
        ),  # China NHC Guideline for Prevention and Control of Severe Fever with Thrombocytopenia Syndrome (2010) / Chinese expert consensus on SFTS (2022): tick exposure plus fever = suspected SFTS; same-day referral for blood count and hospital assessment
        pytest.param(
            [
                "bit of chaff from the threshing flew in his right eye an hour ago",
                "flushed with water, still feels something there",
                "can see a small speck on the dark part of the eye, won't come off with wet cotton bud. vision bit blurry from watering, no chemical",
            ],
            _patient(17167, "male", (), pregnant=None),
            id="r39-en-012",
        ),  # NICE CKS Corneal superficial injury: embedded corneal foreign body that cannot be removed in primary care - same-day ophthalmology referral
        pytest.param(
            [
                "32F from the village, fever 39 for 5 days, headache and body aches",
                "found a black scabby spot in her armpit, not painful, she never noticed a bite",
                "she was cutting grass in the hills last week. BP 112/70, alert",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r39-en-013",
        ),  # China WS 284 Diagnostic criteria for scrub typhus / Chinese expert consensus on scrub typhus: fever plus eschar after field exposure = suspected case; start doxycycline same day
        pytest.param(
            [
                "8yo girl fell off the haystack about 1m onto her outstretched arm",
                "forearm bent and swollen, crying, fingers move and warm",
                "didn't hit head, no pass out",
            ],
            _patient(2922, "female", (), pregnant=None),
            id="r39-en-024",
        ),  # NICE NG38 Fractures (non-complex): suspected displaced forearm fracture in a child with intact neurovascular status - same-day ED/fracture assessment
        pytest.param(
            [
                "62 yo farmer cut his shin with the sickle in the paddy field, deep, lots of mud in it",
                "bleeding controlled with pressure, about 3cm",
                "never had a tetanus shot in his life as far as he knows",
            ],
            _patient(22646, "male", (), pregnant=None),
            id="r39-en-047",
        ),  # Chinese Expert Consensus on Non-neonatal Tetanus Prevention and Treatment (2018/2019): soil-contaminated deep wound in an unimmunised person = tetanus-prone; debridement, tetanus immunoglobulin and vaccine as soon as possible
        pytest.param(
            [
                "cut palm on a broken roof tile, 4cm, edges gaping, can see fat",
                "bleeding ok with pressure, fingers all move and feel normal",
                "tetanus jab last yr",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r39-en-058",
        ),  # WHO Best Practice Guidelines on Emergency Surgical Care / NICE CKS lacerations guidance: gaping laceration needing closure should be repaired within hours - same-day wound repair
        pytest.param(
            [
                "26 yo, battery acid splashed on his forearm fixing the tricycle battery",
                "we rinsed with running water 20 min",
                "skin red with blisters about the size of his palm, very painful",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r39-en-059",
        ),  # NICE CKS Burns and scalds: all chemical burns should be referred to emergency/burns service after irrigation; partial-thickness burn - same-day referral
        pytest.param(
            [
                "10 yo girl scratched by a stray kitten she picked up, 3 long scratches on the forearm, some blood",
                "no rabies vaccine before",
                "mum asks is it ok to just put iodine on it",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r39-en-060",
        ),  # WHO Rabies position paper (2018): scratches that break the skin and bleed = category III exposure - wound care plus RIG and vaccine same day
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "工地上小伙子 25 干了一下午活",
                "两条小腿抽筋 疼 一阵一阵的",
                "人清楚 T 36.9 P 84 出了很多汗 能喝水",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r39-zh-007",
        ),  # WHO Europe Public health advice on preventing health effects of heat (2011)：热痉挛 阴凉处休息、口服补液盐，居家处理
        pytest.param(
            [
                "前天傍晚在菜园里被蛇咬了下小腿",
                "说是那种黄黑花的大菜花蛇 当时就跑了",
                "一排小牙印 到现在两天了 不肿不疼 没别的不舒服 破伤风去年打过",
            ],
            _patient(21550, "female", (), pregnant=False),
            id="r39-zh-014",
        ),  # 2018年中国蛇伤救治专家共识：无毒蛇咬伤仅细小齿痕，观察期后无局部及全身中毒表现，仅需伤口护理
        pytest.param(
            [
                "被蜜蜂蛰了一下 左手背",
                "肿了一块 硬币大 有点红 疼",
                "没喘 没起疹子 以前被蛰过也没事",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r39-zh-017",
        ),  # NICE CKS Insect bites and stings：单纯局部反应，拔刺、冷敷、口服抗组胺/止痛，居家处理
        pytest.param(
            [
                "刷墙用的石灰水 没戴手套 两只手搓了一下午",
                "手发干 有点红 微微刺 没起泡 没破",
                "眼睛里没进",
            ],
            _patient(18628, "female", (), pregnant=False),
            id="r39-zh-018",
        ),  # NICE CKS Dermatitis – contact：轻度刺激性接触性皮炎，避免刺激物、润肤，自我护理
        pytest.param(
            [
                "割草的时候镰刀划了下左手大拇指",
                "口子一公分多 浅的 已经不流血了",
                "破伤风三年前打过加强针",
            ],
            _patient(17167, "male", (), pregnant=None),
            id="r39-zh-021",
        ),  # 外伤后破伤风疫苗和被动免疫制剂使用指南(2019)：清洁小伤口且末次加强<5年无需破伤风处置，清洁包扎居家护理
        pytest.param(
            [
                "在山上干活 回来发现大腿上叮了个草鳖子",
                "已经用镊子夹下来了 整个下来的 没断在里面",
                "估计叮了不到一天 不发烧 没别的",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r39-zh-023",
        ),  # 发热伴血小板减少综合征防治指南(2010版)：蜱正确摘除消毒后观察2周，出现发热再就医
        pytest.param(
            [
                "家里狗舔了孩子的手",
                "手上没伤口 皮好好的 狗每年都打疫苗",
                "孩子奶奶非要来问要不要打狂犬针",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r39-zh-025",
        ),  # 狂犬病暴露预防处置工作规范(2023年版)/WHO 2018：完好皮肤被舔为Ⅰ级暴露，无需暴露后处置
        pytest.param(
            [
                "开手扶拖拉机 关门的时候夹了左手中指",
                "指甲下面有一点点紫 不大 指头有点肿",
                "弯曲伸直都能做 没破皮",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r39-zh-028",
        ),  # RCH Melbourne Clinical Practice Guideline Fingertip injuries：甲完整的小甲下血肿、无开放伤，冰敷止痛居家
        pytest.param(
            [
                "给地里打草甘膦 兑好的药溅了点到手背上",
                "马上用肥皂水洗了 现在不红不痒",
                "没别的不舒服 他问要不要紧",
            ],
            _patient(None, "male", (), pregnant=None),
            id="r39-zh-030",
        ),  # WHO/IPCS 草甘膦低毒类除草剂：少量皮肤接触立即肥皂水冲洗即可，无症状居家观察
        pytest.param(
            [
                "2岁半孩子从小板凳上摔下来 磕到脑门",
                "凳子也就四十公分 当时就哭了 没晕",
                "额头一个小包 没吐 玩得挺好 吃东西正常",
            ],
            _patient(913, "female", (), pregnant=None),
            id="r39-zh-034",
        ),  # NICE NG232 Head injury (2023)：低处跌落无CT指征的轻微头部外伤，居家观察并给予书面建议
        pytest.param(
            [
                "3岁娃在池塘边玩 滑下去了 他爸就在边上 一把捞起来",
                "头在水里就一两秒 没呛没咳 上来就哇哇哭",
                "现在在玩 呼吸正常 嘴唇红润",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r39-zh-037",
        ),  # ERC Guidelines 2021 Drowning/Szpilman分级：救援级(无咳嗽、无呼吸困难)现场评估后可离开，无需住院
        pytest.param(
            [
                "6岁孩子拿手指头抠插座 电了一下",
                "哭了一会儿 手上没黑点没烧伤 当时没晕 手是干的",
                "现在又跑又跳的 跟没事一样",
            ],
            _patient(2192, "female", (), pregnant=None),
            id="r39-zh-040",
        ),  # RCH Melbourne Clinical Practice Guideline Electric shock：家用低压电击无症状、无烧伤、无意识丧失者无需ECG，可回家
        pytest.param(
            [
                "晚上睡觉被蜈蚣咬了右脚背",
                "俩小红点 肿一小片 疼得挺厉害",
                "没头晕 没喘 没起疹子 BP 126/78",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r39-zh-044",
        ),  # NHS Insect bites and stings：局部疼痛肿胀无全身症状，冷敷止痛居家处理
        pytest.param(
            [
                "娃5个月 天热 脖子后背长了好多红色小点点",
                "针尖大 有的是小水疱 不发烧 吃奶好 精神好",
                "老人说是不是中暑了 捂得挺厚",
            ],
            _patient(152, "female", (), pregnant=None),
            id="r39-zh-046",
        ),  # NHS Heat rash (prickly heat)：痱子 保持凉爽、减少衣物，居家处理
        pytest.param(
            [
                "十天前被狗咬那个 在我们这打的免疫球蛋白和疫苗",
                "第0 3 7天的都按时打了",
                "今天说那条狗死了 吓坏了 问还要咋弄",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r39-zh-048",
        ),  # WHO Rabies position paper 2018/狂犬病暴露预防处置工作规范(2023年版)：已规范开始PEP者按程序完成第14、28天剂次，动物死亡不改变方案
        pytest.param(
            [
                "大棚里摘西红柿 一会儿头晕 出汗多",
                "让她躺阴凉地方 喝了淡盐水 扇了扇 半个钟头了",
                "现在好了 说不晕了 T 37.2 P 82 BP 118/74",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r39-zh-049",
        ),  # NHS Heat exhaustion and heatstroke：30分钟内降温补液后好转者无需就医，继续休息补液
        pytest.param(
            [
                "昨天中午被黄蜂蛰了右手",
                "今天整个手背到手腕都肿了 痒 胀",
                "不发烧 没喘 嘴唇不肿 身上没起疙瘩",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r39-zh-050",
        ),  # NICE CKS Insect bites and stings：24-48小时内扩大的大范围局部反应非感染，冷敷+抗组胺，无需抗生素
        pytest.param(
            [
                "插了一天秧 肩膀后背晒红了",
                "火辣辣的疼 没起泡",
                "不发烧 不头晕 吃喝正常",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r39-zh-053",
        ),  # NHS Sunburn：无水疱、无发热的轻度晒伤，冷敷、保湿、止痛，居家处理
        pytest.param(
            [
                "18 month old fell off a stool about 50cm onto the dirt floor, bumped forehead",
                "cried straight away, didn't pass out, no vomiting",
                "eating biscuits and running around now, small red bump",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r39-en-002",
        ),  # NICE NG232 Head injury (2023): child with no risk factors (no LOC, vomiting, amnesia, dangerous mechanism) can be managed at home with head injury advice
        pytest.param(
            [
                "guy 23 working on a roof all day with no shirt, back and shoulders red and sore",
                "no blisters, no fever, no headache, drinking fine",
            ],
            _patient(8401, "male", (), pregnant=None),
            id="r39-en-003",
        ),  # NHS Sunburn guidance / WHO sun protection: mild sunburn without blistering or systemic symptoms - cool, moisturise, fluids, analgesia at home
        pytest.param(
            [
                "small cut on left index finger from the sickle, about 1cm, shallow",
                "bleeding stopped, cleaned it",
                "had tetanus booster 2 yrs ago when she cut her foot",
            ],
            _patient(14245, "female", (), pregnant=False),
            id="r39-en-006",
        ),  # Chinese Expert Consensus on Non-neonatal Tetanus Prevention (2018/2019): clean minor wound with full immunisation and booster <5 years - no vaccine or immunoglobulin; simple wound care
        pytest.param(
            [
                "35M hands dry, cracked and itchy for a month, he mixes fertilizer and handles lime without gloves",
                "no blisters now, no pus, no fever",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r39-en-007",
        ),  # NICE CKS Dermatitis - contact: irritant hand dermatitis - emollients, gloves, avoid irritants, routine review
        pytest.param(
            [
                "3yo slipped into the shallow edge of the pond, mum grabbed him straight away, head under a second or two",
                "came up screaming, no coughing, no choking",
                "now dry clothes, playing, breathing normal, colour good",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r39-en-010",
        ),  # Szpilman drowning classification (cited in ERC Guidelines 2021): 'rescue' grade - no cough, no respiratory distress - evaluate and release at scene with advice
        pytest.param(
            [
                "harvest worker 30M bad cramps in both calves after cutting wheat all afternoon",
                "sweated a lot, only drank plain water",
                "alert, chatting, T 38.1 HR 84",
                "sorry typo T is 37.1",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r39-en-015",
        ),  # Chinese Expert Consensus on Heat Stroke (2019) heat illness spectrum: heat cramps with normal temperature and mental status - rest in shade, oral electrolyte fluids, stretching
        pytest.param(
            [
                "25F scratched by her neighbour's dog, small scratch on the arm, no blood",
                "she finished all 5 doses of rabies vaccine about 5 weeks ago after a bite",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r39-en-021",
        ),  # China Rabies Exposure Prophylaxis and Treatment Guideline (2023): re-exposure within 3 months of completing a full course - wound washing only, no further vaccine
        pytest.param(
            [
                "45F slipped off the bottom rung of the ladder in the orchard, landed on her knee",
                "bruised, walks on it fine, can bend it past 90",
                "no tenderness on the kneecap or the bony bump on the outside",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r39-en-028",
        ),  # Ottawa knee rules / NICE CKS Sprains and strains: all criteria negative - no X-ray; rest, ice, analgesia at home
        pytest.param(
            [
                "19 yo got a shock from the rice cooker plug at home, 220V, felt a jolt in his hand",
                "no fainting, no burn marks, no chest pain",
                "ECG done here normal sinus 78",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r39-en-030",
        ),  # ERC Guidelines 2021 Special Circumstances - Electrocution / low-voltage injury evidence: asymptomatic low-voltage exposure with no LOC, no burns and normal ECG needs no monitoring or admission
        pytest.param(
            [
                "pt 50M bitten by dog 5 months ago, had all 5 doses on time plus RIG",
                "now can't sleep, keeps reading about rabies online, no symptoms, wound healed long ago",
                "he wants an antibody test",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r39-en-032",
        ),  # WHO Rabies position paper (2018): correctly completed PEP is highly effective and routine serology is not needed; anxiety - routine follow-up and counselling
        pytest.param(
            [
                "Grandma asks - dog licked her hand while she was feeding it, skin is fine no cuts",
                "it's a stray that hangs round the yard",
            ],
            _patient(None, "female", (), pregnant=None),
            id="r39-en-034",
        ),  # WHO Rabies position paper (2018): licks on intact skin = category I exposure, no PEP required; wash the area
        pytest.param(
            [
                "sprayed cypermethrin on the cotton, wind blew it in his face",
                "face skin burning and tingling, a bit numb, he's washed it",
                "no vomiting, no twitching, pupils normal, breathing ok. label says cypermethrin only",
            ],
            _patient(12418, "male", (), pregnant=None),
            id="r39-en-035",
        ),  # WHO IPCS Environmental Health Criteria 82 (Cypermethrin) / pyrethroid toxicology: facial paraesthesia after dermal exposure is transient (resolves within 24 h); wash skin, avoid heat, no systemic treatment
        pytest.param(
            [
                "wasp stung her on the upper arm yesterday, today whole upper arm puffy and red, about 12cm",
                "itchy more than painful, no fever, feels fine, no breathing problems",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r39-en-040",
        ),  # NICE CKS Insect bites and stings: large local reaction peaking at 24-48 h is not infection; self-care with cold compress and oral antihistamine, antibiotics not needed
        pytest.param(
            [
                "17yo stung by a bee on the forearm helping grandpa with the hives, stinger scraped off",
                "red bump about 3cm, itchy and sore",
                "no trouble breathing, no rash anywhere else, never reacted before",
            ],
            _patient(6209, "male", (), pregnant=None),
            id="r39-en-042",
        ),  # NICE CKS Insect bites and stings: single sting with local reaction only - remove sting, cold compress, oral antihistamine/analgesia at home
        pytest.param(
            [
                "60M felt faint and sweaty weeding the corn at noon",
                "sat in shade 30 min, drank 2 bottles of salty water, now feels ok",
                "T 37.3 BP 128/80 HR 80, walking fine",
            ],
            _patient(21915, "male", (), pregnant=None),
            id="r39-en-043",
        ),  # NHS Heat exhaustion and heatstroke / Chinese heat illness consensus (2019): mild heat exhaustion that resolves within 30 min of cooling and fluids needs no further treatment
        pytest.param(
            [
                "found a tick on her son's leg after playing in the woods, pulled it out whole with tweezers",
                "10y, bite just a tiny red dot, no fever, no rash, he's well",
            ],
            _patient(3652, "male", (), pregnant=None),
            id="r39-en-048",
        ),  # NICE NG95 Lyme disease: no prophylactic antibiotics after tick bite, advise to watch for symptoms; China SFTS guideline (2010): observe for fever for 2 weeks
        pytest.param(
            [
                "pt bitten by snake on the ankle sunday, county hospital watched him 24 hrs, bloods normal, no swelling, no antivenom, sent home",
                "today day 3, fang marks scabbed, no swelling, feels fine. hospital told him get the wound checked this week",
            ],
            _patient(16071, "male", (), pregnant=None),
            id="r39-en-049",
        ),  # WHO Guidelines for the Management of Snakebites (SEARO 2016): no local or systemic envenoming after 24 h observation = dry bite, discharge; routine wound follow-up
        pytest.param(
            [
                "5 month baby with tiny red spots on neck and back, summer is very hot and grandma wraps him in 2 layers",
                "feeding well, no fever T 36.9, active",
            ],
            _patient(152, "male", (), pregnant=None),
            id="r39-en-050",
        ),  # NHS Heat rash (prickly heat) guidance: miliaria in an overheated, well, afebrile infant - remove layers, keep cool, resolves at home
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
