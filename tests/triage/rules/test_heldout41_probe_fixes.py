# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-first held-out round (2026-12-07, at commit 2cd8486: two reviewers, 120 cases on babies
under one year as parents and grandparents tell them: fever under 3 months, sepsis, bronchiolitis,
apnoea and BRUE, jaundice early and prolonged with pale stools, poor feeding, projectile and bilious
vomiting, intussusception, dehydration, a bulging fontanelle, a non-blanching rash, seizures and
infantile spasms, falls off the bed, bruising in a baby who cannot move, a hair tourniquet, croup,
whooping cough, eczema herpeticum; colic, reflux, teething, sneezing, hiccups and milia as
look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules
found 12 of 16 and 15 of 16 emergencies, graded 13 of 24 and 14 of 24 same-day cases exactly, and
sent 0 and 1 look-alikes to emergency.

What changed, the emergencies first: an axillary temperature (axillary 38.4) is a temperature, so
a 19-day-old's fever is read (it had been graded routine); a rash pressed with a glass that does
not fade (用杯子压着看了 不退色) is non-blanching; stool 跟果酱一样 is redcurrant jelly; 好一会儿没喘气
is an apnoea and 一咳起来就是一串 whooping cough; 突然就软了 and 不太搭理人 are a floppy, unresponsive
baby. Then the same day: infantile spasms (NICE NG217, a new rule), jaundice told by its extent
(大腿小腿也黄了, 脚底板都有点黄) and pale stools (像白陶土), a barking cough 跟狗叫一样, a fall off the
bed with vomiting, 青印子 像手指头捏的 on a baby of 4 months, a single wet nappy since morning, a
knee swollen and warm, "bump on back of head", "punched-out raw spots", "held her breath".
After: 16/16, 16/16; 20/24, 18/24; look-alikes 20/20, 19/20.

Kept deliberately: a first brief unresponsive episode in a baby (BRUE), a baby who will not feed
(IMCI's danger sign), a 2-month-old with coughing fits and a whoop, and jaundice spreading on day 3
in a sleepy baby stay emergencies. Left: a breath-holding spell in which the child also went floppy
(read as a danger sign)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "7个月女孩发烧38.7 半天",
                "腿上肚子上冒出好多小红点 紫红色的",
                "用杯子压着看了 不退色",
                "越来越多了",
            ],
            _patient(210, "female", (), pregnant=False),
            id="r41-zh-008",
        ),  # NICE NG143 red: non-blanching rash; NICE CG102/NG240 meningococcal disease: fever + spreading non-blanching rash → give parenteral antibiotic and transfer immediately
        pytest.param(
            [
                "8个月 一阵一阵哭闹 哭的时候腿往肚子上缩 脸煞白",
                "过十几分钟又好了 然后又来",
                "吐了两次",
                "刚换尿布 大便跟果酱一样 带血",
            ],
            _patient(245, "male", (), pregnant=False),
            id="r41-zh-020",
        ),  # NICE CKS Gastroenteritis / NICE CG84 red flags: paroxysmal colicky pain with pallor, vomiting and red-currant-jelly stool suggests intussusception → emergency admission
        pytest.param(
            [
                "7周女娃 咳了一个礼拜了",
                "一咳起来就是一串 停不下来 咳完憋得脸发紫",
                "刚才有一次咳完好一会儿没喘气 拍了拍才哭出来",
                "还没打百白破",
            ],
            _patient(50, "female", (), pregnant=False),
            id="r41-zh-036",
        ),  # NICE CKS Whooping cough: admit infants under 6 months who are acutely unwell or have apnoea/cyanosis; 中国百日咳诊疗与预防指南
        pytest.param(
            [
                "2个多月男孩 爸爸抱来的 说在家突然就软了 不太搭理人",
                "吐了两次 没发烧",
                "问摔没摔着 说没有",
                "查体两边胳膊上有几块青紫 孩子还不会翻身",
            ],
            _patient(70, "male", (), pregnant=False),
            id="r41-zh-042",
        ),  # NICE NG232 head injury (suspected non-accidental injury with altered consciousness) and NICE CG89 child maltreatment: bruising in a non-mobile infant with unexplained collapse/vomiting → suspected abusive head trauma, immediate transfer
        pytest.param(
            [
                "19 day old girl, mum says she feels hot since this morning",
                "axillary 38.4, rechecked 38.3",
                "feeding a bit less than usual, otherwise looks ok to me",
            ],
            _patient(19, "female", (), pregnant=None),
            id="r41-en-045",
        ),  # NICE NG143 Fever in under 5s, Table 1 red: age <3 months with temp >=38C -> urgent paediatric specialist assessment; WHO IMCI young infant: fever >=37.5C = possible serious bacterial infection, urgent referral
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "第3天的男孩 今天看着黄 脸上身上都黄",
                "大腿小腿也黄了 脚底板都有点黄",
                "吃奶可以 精神还行",
            ],
            _patient(3, "male", (), pregnant=False),
            id="r41-zh-001",
        ),  # NICE CG98: baby >24 h old with jaundice → measure bilirubin within 6 hours (visual extent to legs/soles suggests high level); 中华医学会新生儿高胆红素血症专家共识(2014)
        pytest.param(
            [
                "10个月男孩 晚上开始咳 跟狗叫一样 空空的",
                "嗓子哑了 哭的时候吸气有点响 安静时没有",
                "不发烧 吃奶还行 不憋",
            ],
            _patient(300, "male", (), pregnant=False),
            id="r41-zh-007",
        ),  # NICE CKS Croup: mild croup (no stridor at rest) — give a single dose of oral dexamethasone to all children with croup → same-day clinician review
        pytest.param(
            [
                "9个月男孩 刚才从床上掉下去了 床不高",
                "当时哭了 没晕",
                "回来吐了两次",
                "现在看着挺精神 在玩",
            ],
            _patient(275, "male", (), pregnant=False),
            id="r41-zh-009",
        ),  # NICE NG232 head injury 1.1 (community settings): any vomiting since the injury → refer to emergency department for assessment (no CT-within-1-hour criteria present)
        pytest.param(
            [
                "快一个月的女孩 一直黄 没退",
                "大便颜色浅 像白陶土 发白",
                "尿黄得很 尿布都染黄了",
                "吃奶还可以 体重也长",
            ],
            _patient(26, "female", (), pregnant=False),
            id="r41-zh-010",
        ),  # NICE CG98 prolonged jaundice (>14 days in term baby) with pale chalky stools and dark urine → urgent conjugated bilirubin and referral for possible biliary atresia
        pytest.param(
            [
                "家长拍了视频 6个月女孩 这一周总这样",
                "一睡醒就点头 两手往上一扬 一下一下的 一次连着十来下",
                "最近也不咋笑了 以前会逗乐的",
            ],
            _patient(190, "female", (), pregnant=False),
            id="r41-zh-019",
        ),  # NICE NG217 epilepsies: suspected infantile spasms → urgent discussion/referral to tertiary paediatric neurology; 中国婴儿痉挛症诊治专家共识 (early treatment improves outcome)
        pytest.param(
            [
                "6个月男孩 发烧两天 38.5左右",
                "从早上到现在就换了一块湿尿布",
                "嘴唇干 奶不想吃 精神比平时差点 但是逗他还会笑",
            ],
            _patient(180, "male", (), pregnant=False),
            id="r41-zh-034",
        ),  # NICE NG143 amber: poor feeding in infants, reduced urine output, dry mucous membranes, reduced activity → same-day face-to-face assessment
        pytest.param(
            [
                "4个月女娃来打疫苗",
                "换衣服发现左上臂几个青印子 像手指头捏的 排成一排",
                "问妈妈说不知道咋弄的 孩子还不会翻身",
                "吃奶精神都正常",
            ],
            _patient(120, "female", (), pregnant=False),
            id="r41-zh-052",
        ),  # NICE NG76 / CG89 child maltreatment: bruising in a child who is not independently mobile → suspect maltreatment, same-day paediatric assessment and safeguarding referral
        pytest.param(
            [
                "9m girl rolled off the sofa about 40 min ago, landed on wooden floor",
                "cried right away, no blackout",
                "vomited once just now tho. alert now, bump on back of head size of a coin",
            ],
            _patient(270, "female", (), pregnant=None),
            id="r41-en-023",
        ),  # NICE NG232 Head injury 1.1: community referral to ED if any vomiting since the injury
        pytest.param(
            [
                "6 mo boy, mother showed me a video on phone",
                "when he wakes up he does runs of sudden jerks, head drops forward and arms fly out, 10-20 in a row",
                "started 2 wks ago, she says he's stopped smiling and babbling as much",
            ],
            _patient(185, "male", (), pregnant=None),
            id="r41-en-035",
        ),  # NICE NG217 Epilepsies: suspected infantile spasms -> urgent (same-day) discussion/referral to paediatric neurology
        pytest.param(
            [
                "5.5 mo girl fever 38.6 since yesterday",
                "not moving her right leg, screams when we change her nappy",
                "right knee swollen and warm",
            ],
            _patient(170, "female", (), pregnant=None),
            id="r41-en-040",
        ),  # NICE NG143 Table 1 amber: swelling of a limb or joint, not using an extremity (possible septic arthritis) -> same-day assessment
        pytest.param(
            [
                "9m girl with eczema, face worse last 2 days",
                "clusters of small blisters and punched-out raw spots on cheeks and neck, spreading",
                "grizzly, temp 38.1",
            ],
            _patient(280, "female", ("eczema",), pregnant=None),
            id="r41-en-059",
        ),  # NICE CG57 Atopic eczema in under 12s (eczema herpeticum recommendations): suspected eczema herpeticum -> start aciclovir and same-day referral
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "8个多月 刚才从床上滚下来了 床也就四五十公分 下面铺着垫子",
                "马上就哭了 哄了一会就好了",
                "额头有个小包 一块钱硬币那么大",
                "没吐 现在在玩 吃奶正常",
            ],
            _patient(260, "male", (), pregnant=False),
            id="r41-zh-002",
        ),  # NICE NG232 head injury: no referral criteria (no LOC, no vomiting, normal behaviour, swelling <5 cm, plausible mechanism in a mobile infant) → home with head-injury advice
        pytest.param(
            [
                "7个月闺女 流口水 啥都往嘴里塞 咬东西",
                "有点闹 晚上睡不踏实",
                "量了37.5 下牙龈有点肿发白",
            ],
            _patient(215, "female", (), pregnant=False),
            id="r41-zh-005",
        ),  # NICE CKS Teething: drooling, gum rubbing, irritability and mild temperature rise → home care (teething ring, advice); fever ≥38 would need another cause
        pytest.param(
            [
                "6周的男孩 纯母乳",
                "这两天大便里有几条血丝 大便是黄的 稀糊糊的",
                "其他都好 吃奶好 长肉也好 不吐 不哭闹 肚子软",
            ],
            _patient(42, "male", (), pregnant=False),
            id="r41-zh-013",
        ),  # NICE CKS Cow's milk allergy in children / 中国婴儿轻中度非IgE介导的牛奶蛋白过敏诊治专家共识(2020): blood-streaked stool in a thriving breastfed infant → routine primary care (maternal dairy exclusion trial)
        pytest.param(
            [
                "5天女娃 鼻子上好多小白点 像小米粒",
                "身上还有些红斑 中间有个小黄点 今天这儿明天那儿",
                "不发烧 吃奶睡觉都好",
            ],
            _patient(5, "female", (), pregnant=False),
            id="r41-zh-015",
        ),  # Milia and erythema toxicum neonatorum in a well neonate are benign and self-limiting (NICE NG194 newborn examination/advice) → reassurance
        pytest.param(
            [
                "刚才吃奶的时候呛了一下",
                "咳了几声 脸憋红了 奶从鼻子出来点",
                "拍拍背几秒钟就好了 一直在哭 哭声挺大 现在又接着吃了",
                "孩子2个多月",
            ],
            _patient(None, "female", (), pregnant=False),
            id="r41-zh-016",
        ),  # AAP 2016 BRUE guideline: an event explained by choking/coughing during a feed, with facial redness and crying, is not a BRUE → reassurance and feeding advice
        pytest.param(
            [
                "10个月女孩 前几天发高烧 烧了三天 39多",
                "昨天烧退了 今天身上起了一片小红疹子 脖子肚子背上都有",
                "用玻璃杯压了会褪色 孩子现在挺欢的 吃喝都好",
            ],
            _patient(300, "female", (), pregnant=False),
            id="r41-zh-022",
        ),  # NICE NG143 green (blanching rash, normal activity, afebrile) – rash after fever settles typical of roseola (NICE CKS) → home care
        pytest.param(
            [
                "7个月 屁股红了 尿布那块",
                "红的地方就是尿布捂着的地方 褶子里面倒不红",
                "孩子不发烧 该吃吃该玩玩",
            ],
            _patient(210, "male", (), pregnant=False),
            id="r41-zh-024",
        ),  # NICE CKS Nappy rash: irritant napkin dermatitis sparing skin folds in a well baby → barrier cream, frequent changes, nappy-free time at home
        pytest.param(
            [
                "三周 脐带掉了好几天了 肚脐眼里有个小肉疙瘩 粉红色 湿乎乎的",
                "不臭 周围不红",
                "吃奶好 不发烧",
            ],
            _patient(22, "female", (), pregnant=False),
            id="r41-zh-026",
        ),  # Umbilical granuloma without signs of infection (WHO IMCI young infant: no redness/pus) → routine treatment (salt/silver nitrate) at a scheduled visit
        pytest.param(
            [
                "5天的女娃 家里说尿布上见血了 吓坏了",
                "看了下是阴道口那里出来的 一点点粉红的 还有白带样的东西",
                "不发烧 吃奶好 肚子软 别的地方没出血",
            ],
            _patient(5, "female", (), pregnant=False),
            id="r41-zh-027",
        ),  # Physiological neonatal withdrawal bleeding (pseudomenses, maternal oestrogen) in a well newborn girl — NICE NG143 green/no amber or red features → reassurance
        pytest.param(
            [
                "8个月女孩 流鼻涕咳嗽两天 有点痰音",
                "体温37.6 呼吸40次 血氧98",
                "吃奶跟平时一样 尿也正常 没有三凹",
            ],
            _patient(240, "female", (), pregnant=False),
            id="r41-zh-030",
        ),  # NICE NG9 bronchiolitis: no referral features (RR <60, SpO2 ≥92%, feeding normally, no recession) → manage at home with safety-net advice
        pytest.param(
            [
                "2个月男孩 屁股和腰那里有几块青的 灰蓝色",
                "家长说生下来就有 一直没变",
                "不疼 不肿 孩子好好的",
            ],
            _patient(60, "male", (), pregnant=False),
            id="r41-zh-031",
        ),  # NICE NG76/CG89: congenital dermal melanocytosis (Mongolian blue spots) present from birth, non-tender, unchanged — distinguish from bruising; benign, no action
        pytest.param(
            [
                "12天的孩子 老打喷嚏 一天好多回",
                "还老打嗝 吃完奶就打",
                "不发烧 吃奶好 鼻子不堵 没咳嗽",
            ],
            _patient(12, "male", (), pregnant=False),
            id="r41-zh-043",
        ),  # NICE NG194 postnatal care (normal newborn behaviours, parent advice) and NICE NG143 green: sneezing and hiccups in a well feeding newborn are normal → home care
        pytest.param(
            [
                "一个半月女孩 每天傍晚开始哭 一哭两三个钟头",
                "哭的时候脸通红 腿往肚子上蜷 攥着拳头",
                "白天好好的 吃奶好 体重长得不错 大便正常黄色 不发烧",
            ],
            _patient(45, "female", (), pregnant=False),
            id="r41-zh-044",
        ),  # NICE CKS Infantile colic: well, thriving infant with evening crying episodes and no red flags → reassurance and home support
        pytest.param(
            [
                "6个月 昨天打完疫苗 晚上有点发烧 38.1",
                "今天早上37.6了 能吃能玩 该笑笑",
                "打针那块有点红硬 一块钱大小",
            ],
            _patient(180, "male", (), pregnant=False),
            id="r41-zh-047",
        ),  # NICE NG143 green; post-immunisation fever within 48 h in a well infant and small local reaction (国家免疫规划疫苗儿童免疫程序及说明, common adverse reactions) → home care
        pytest.param(
            [
                "6周女宝 舌头上 腮帮子里面有白的 像奶块 擦不掉",
                "吃奶还可以 不太哭闹",
                "妈妈奶头有点疼",
            ],
            _patient(42, "female", (), pregnant=False),
            id="r41-zh-048",
        ),  # NICE CKS Candida – oral: oral thrush in a feeding infant → topical antifungal for baby and treat mother's nipples; routine care
        pytest.param(
            [
                "6天的女孩 两边奶头那块鼓起来了 有个小硬疙瘩",
                "奶奶挤了一下出来点白水",
                "不红 不热 一碰也不哭 吃奶好",
            ],
            _patient(6, "female", (), pregnant=False),
            id="r41-zh-051",
        ),  # Neonatal breast hypertrophy from maternal hormones — bilateral, not red or hot, baby well (no local infection signs per WHO IMCI young infant) → advise not to squeeze, home care
        pytest.param(
            [
                "40天 左眼老流眼泪 早上起来眼角有眼屎 糊着",
                "眼白不红 眼皮不肿",
                "出生没多久就这样",
            ],
            _patient(40, "male", (), pregnant=False),
            id="r41-zh-053",
        ),  # NICE CKS Conjunctivitis – infective (differential: congenital nasolacrimal duct obstruction): watery/sticky eye with white conjunctiva after neonatal period → cleaning and lacrimal massage at home
        pytest.param(
            [
                "三个多月 一吃完就吐奶 有时候从鼻子里冒出来",
                "吐的是奶 一小口一小口的 不是喷的 没绿的",
                "不哭不闹 体重长得好",
            ],
            _patient(100, "male", (), pregnant=False),
            id="r41-zh-054",
        ),  # NICE NG1 GORD: effortless regurgitation in a thriving infant without red flags → reassure, no investigation or treatment
        pytest.param(
            [
                "三周的男孩 还有点黄 脸上黄",
                "纯母乳 吃得好 长得快 比出生重了700多克",
                "大便金黄色的 尿是清的",
            ],
            _patient(21, "male", (), pregnant=False),
            id="r41-zh-059",
        ),  # NICE CG98: prolonged jaundice (>14 days, term) in a thriving breastfed baby with normal stool/urine colour → routine prolonged-jaundice screen (conjugated bilirubin), not same-day emergency
        pytest.param(
            [
                "20天 睡着的时候喘气一会快一会慢",
                "有时候停个五六秒 然后又接着喘",
                "脸色一直是红润的 醒了吃奶好",
            ],
            _patient(20, "male", (), pregnant=False),
            id="r41-zh-060",
        ),  # AAP clinical report Apnea of Prematurity (2016)/AAP BRUE 2016: pauses <20 s without colour change (periodic breathing) are normal in newborns → reassurance
        pytest.param(
            [
                "5wk old, white patches on tongue and inside cheeks, don't wipe off easily",
                "feeding normally, not upset",
                "mum's nipples a bit sore",
            ],
            _patient(35, "female", (), pregnant=None),
            id="r41-en-007",
        ),  # NICE CKS Oral candidiasis: well infant -> routine treatment (nystatin/miconazole) and treat mother's nipples; no urgency
        pytest.param(
            [
                "16 day old boy, breastfed, still a bit yellow on face and eyes",
                "poo bright mustard yellow, wee clear",
                "feeding well, back above birth weight",
            ],
            _patient(16, "male", (), pregnant=None),
            id="r41-en-008",
        ),  # NICE CG98 Neonatal jaundice 1.2 prolonged jaundice (>14 days term): normal stool/urine colour, thriving -> routine prolonged-jaundice screen (conjugated bilirubin), not urgent
        pytest.param(
            [
                "9mo loose poo since yesterday, about 4-5 times",
                "no blood, vomited once yesterday none today",
                "drinking well, plenty of wet nappies, playful, eyes not sunken",
            ],
            _patient(275, "male", (), pregnant=None),
            id="r41-en-010",
        ),  # NICE CG84 1.3: gastroenteritis without clinical dehydration -> continue breastfeeding/fluids, ORS if at risk, home care with safety-netting
        pytest.param(
            [
                "6 day old girl, mum found a bit of blood in nappy from the vagina",
                "small pink-red streak in white mucus, no blood anywhere else",
                "baby well, feeding, breasts a bit swollen too",
            ],
            _patient(6, "female", (), pregnant=None),
            id="r41-en-012",
        ),  # NICE NG194 postnatal care / newborn examination: neonatal withdrawal bleeding (pseudomenses) and breast enlargement from maternal hormones are normal -> reassurance
        pytest.param(
            [
                "10mo boy crawled off the bed, about knee height, onto the floor mat",
                "cried straight away, settled in mum's arms in a couple of mins",
                "no vomiting, playing and crawling like normal, small red mark on forehead, no swelling",
            ],
            _patient(300, "male", (), pregnant=None),
            id="r41-en-013",
        ),  # NICE NG232 Head injury 1.1: no community referral criteria (no LOC, no vomiting, no behaviour change, no large swelling) -> home with head-injury advice
        pytest.param(
            [
                "3 week old girl gets hiccups after nearly every feed, 5-10 min",
                "grandma thinks something wrong with her stomach",
                "otherwise feeding, sleeping well, gaining weight",
            ],
            _patient(21, "female", (), pregnant=None),
            id="r41-en-015",
        ),  # NICE NG194 postnatal care (reassure about common newborn behaviours); AAP HealthyChildren: newborn hiccups are normal -> home care
        pytest.param(
            [
                "6 day old, cord stump still on, bit sticky and slight smell",
                "skin around it normal colour, not red not swollen",
                "feeding well T 36.8",
            ],
            _patient(6, "female", (), pregnant=None),
            id="r41-en-017",
        ),  # NICE NG194 postnatal care: cord care - keep clean and dry; WHO IMCI young infant: no signs of local or serious infection -> home care
        pytest.param(
            [
                "8 month boy red rash in nappy area 3 days",
                "red and shiny on his bum, skin creases spared",
                "no fever, otherwise happy",
            ],
            _patient(240, "male", (), pregnant=None),
            id="r41-en-019",
        ),  # NICE CKS Nappy rash: irritant dermatitis in a well baby -> barrier cream, nappy-free time, frequent changes
        pytest.param(
            [
                "2mo boy brings up milk after most feeds, sometimes comes out his nose",
                "small amounts, white, not green, no blood",
                "happy, growing along his line",
            ],
            _patient(60, "male", (), pregnant=None),
            id="r41-en-025",
        ),  # NICE NG1 GORD 1.1: regurgitation is common in healthy infants; no red flags -> reassure, no investigation or treatment
        pytest.param(
            [
                "1 wk old, tiny white spots on nose and chin like pinheads",
                "not red, not bothering him",
                "is it infection?",
            ],
            _patient(None, "male", (), pregnant=None),
            id="r41-en-030",
        ),  # NICE NG194 newborn physical examination: milia are a common benign finding that resolve spontaneously -> reassurance
        pytest.param(
            [
                "12 day old boy sneezing a lot, mum worried he caught a cold",
                "nose sounds bit snuffly when feeding",
                "no fever 36.8, feeding well, lots of wet nappies, breathing normal",
            ],
            _patient(12, "male", (), pregnant=None),
            id="r41-en-032",
        ),  # NICE NG143 green features only; NICE NG194 postnatal care: sneezing and nasal snuffles are common in well newborns -> reassurance/home care
        pytest.param(
            [
                "7mo girl drooling heaps, chewing everything, front gums red and swollen",
                "a bit cranky at night, temp 37.5",
                "eating and drinking ok",
            ],
            _patient(210, "female", (), pregnant=None),
            id="r41-en-034",
        ),  # NICE CKS Teething: mild symptoms, no high fever -> home measures (teething rings, sugar-free gel/analgesia if needed)
        pytest.param(
            [
                "2 wk old, mum says when he sleeps his breathing stops few seconds then goes fast again",
                "pauses about 5-10 sec, never goes blue or pale, doesn't need waking",
                "feeding well no fever, well when awake",
            ],
            _patient(14, "male", (), pregnant=None),
            id="r41-en-036",
        ),  # AAP clinical report on apnoea/BRUE 2016: periodic breathing with pauses <20 s and no colour change or bradycardia is normal in newborns -> reassurance
        pytest.param(
            [
                "25 day old boy jerks his arms and legs when asleep, few seconds at a time",
                "stops straight away when we wake him, never happens awake",
                "feeding well, alert, no fever, normal colour",
            ],
            _patient(25, "male", (), pregnant=None),
            id="r41-en-037",
        ),  # NICE NG217 Epilepsies (differential diagnosis of paroxysmal events): benign neonatal sleep myoclonus -> routine review with video, no urgent action
        pytest.param(
            [
                "3 day old girl with blotchy red rash on chest and back, little yellowy-white bumps in the middle",
                "moves around, different spots each time we look",
                "feeding well, no fever, rash goes pale when pressed",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r41-en-039",
        ),  # NICE NG194 newborn examination: erythema toxicum neonatorum, blanching, well baby -> benign, reassurance
        pytest.param(
            [
                "6 week old crying a lot in the evenings, 3-4 hrs, pulls legs up, red face",
                "feeding fine, weight good at check, no fever, no vomiting",
                "poo normal. mum exhausted",
            ],
            _patient(42, "female", (), pregnant=None),
            id="r41-en-042",
        ),  # NICE CKS Infantile colic: well, thriving infant with no red flags -> reassurance, parental support, home care
        pytest.param(
            [
                "5m boy, mum noticed soft swelling in left groin when he cries or strains",
                "goes away when he's relaxed or lying down",
                "not tender not red, feeding well, no vomiting",
            ],
            _patient(150, "male", (), pregnant=None),
            id="r41-en-043",
        ),  # BAPS/RCS commissioning guide paediatric inguinal hernia: reducible hernia in infant -> prompt routine paediatric surgical referral; emergency only if irreducible
        pytest.param(
            [
                "4 mo girl had her DTaP and polio jab this morning",
                "tonight temp 38.1, a bit fussy, red lump where the needle went",
                "still feeding well, smiling, normal colour, no rash",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r41-en-058",
        ),  # NICE NG143 green features in a child >3 months; expected fever/local reaction within 48h of DTaP (WHO/China AEFI guidance) -> home care with antipyretic advice and safety-netting
        pytest.param(
            [
                "3 mo girl, grandma worried about blue-grey patches on lower back and bottom",
                "been there since birth, written in her newborn check, same size",
                "not tender, no other marks anywhere",
            ],
            _patient(90, "female", (), pregnant=None),
            id="r41-en-060",
        ),  # NICE CG89 Child maltreatment / RCPCH: congenital dermal melanocytosis (Mongolian spots) present from birth and unchanged is not bruising -> reassurance
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
