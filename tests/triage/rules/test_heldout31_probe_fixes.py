# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-first held-out round (2026-12-07, at commit c1db4da: two reviewers, 120 cases on
pregnancy and the six weeks after birth, every trimester: early pregnancy bleeding and pain,
hyperemesis, pre-eclampsia, reduced movements, ruptured membranes at term and preterm, preterm
labour, antepartum haemorrhage, a fall in pregnancy, chickenpox, anaemia, postpartum haemorrhage,
endometritis, wound problems, postnatal depression and psychosis; Braxton Hicks, normal lochia and
baby blues as look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these
fixes the rules found 15 of 16 and 15 of 16 emergencies, graded 12 of 24 and 10 of 24 same-day
cases exactly, and sent 2 of 20 and 2 of 20 look-alikes to emergency.

What changed: a cord felt at the vulva after the waters break (摸着是条索状的, "feels like cord,
pulsing") is a cord prolapse (RCOG GTG50); "31 weeks," and "39+2" opening a message are the weeks
of pregnancy (a 31-week woman is not in early pregnancy, and a term leak is not a preterm one);
painless irregular tightenings are Braxton Hicks; lochia that darkens and lessens (恶露暗红色 量比
前几天少多了, "red-brown now, less than first week") is normal; 担心是不是出血 is a worry;
隔壁村有个产妇大出血 is someone else; new rules, each from its guideline: a fall or blow after 20
weeks (fetal monitoring and anti-D today; RCOG GTG22), a perineal or caesarean wound red,
discharging, open or with pus (NICE NG194), bleeding with cramps once the pregnancy was seen in the
womb is a miscarriage for the early pregnancy unit today, not an ectopic (NICE NG126), chickenpox
in a pregnant woman or adult and a non-immune pregnant woman's contact (RCOG GTG13); "never had
chickenpox" is not a denial of the rash; "better off without her" is a passive death wish. After:
16/16, 16/16; 19/24, 16/24; look-alikes 20/20, 20/20.

Kept deliberately: preterm prelabour rupture of membranes, tightenings every 10-15 minutes at 32
weeks, any bleeding after 20 weeks, Hb 65 in pregnancy, postpartum urinary retention, a fever
with foul lochia and clots "the size of a plum" stay emergencies (transfer to obstetric care; the
reviewers graded them same day). Left: 小腹隐隐作痛 is not read as pain (reading it made mild
cramps with spotting an emergency, so it waits for a mild reading of 隐隐), and a post-dural
puncture headache."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "孕38周 刚刚破水",
                "她说下面有个东西掉出来 摸着是条索状的 还在跳",
                "臀位 之前说过",
            ],
            _patient(10360, "female", (), pregnant=True),
            id="r31-zh-032",
        ),  # RCOG GTG 50 (umbilical cord prolapse: call ambulance, knee-chest position)
        pytest.param(
            [
                "37 wk, waters went 10 min ago at home",
                "she says something hanging out of vagina, feels like cord, pulsing",
                "no contractions yet",
            ],
            _patient(11315, "female", ("breech at 36 wk check",), pregnant=True),
            id="r31-en-055",
        ),  # RCOG Green-top 50 Umbilical Cord Prolapse (community: call ambulance, knee-chest position, elevate presenting part)
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "停经6周多 左下腹隐隐作痛两天",
                "今天内裤上有点褐色的分泌物 量很少",
                "尿妊娠阳性 还没做过B超",
                "血压112/70 心率78 不头晕 肩膀不痛 能走能吃",
            ],
            _patient(9895, "female", (), pregnant=True),
            id="r31-zh-001",
        ),  # NICE NG126 1.3.3 (positive test with pain/tenderness: refer to early pregnancy assessment service, haemodynamically stable)
        pytest.param(
            [
                "孕20周",
                "前天跟出水痘的侄子一起吃饭待了一下午",
                "她说小时候没出过水痘 也没打过疫苗",
                "现在没有疹子 没发烧",
            ],
            _patient(10595, "female", (), pregnant=True),
            id="r31-zh-015",
        ),  # RCOG GTG 13 (significant varicella exposure in non-immune pregnant woman: urgent immunity check, VZIG within 10 days)
        pytest.param(
            [
                "孕27周 今天早上在院子里滑了一跤 屁股着地",
                "肚子没撞到 现在肚子不痛",
                "没出血 没流水 胎动正常",
                "血压110/70 她是Rh阴性",
            ],
            _patient(9915, "female", (), pregnant=True),
            id="r31-zh-036",
        ),  # RCOG GTG 22 / trauma in pregnancy >20 weeks (same-day fetal monitoring and anti-D)
        pytest.param(
            [
                "孕8周 上个月B超看到是宫内的",
                "今天开始出血 像月经量 有点小腹坠痛",
                "没有头晕 血压116/72 心率80",
            ],
            _patient(12425, "female", (), pregnant=True),
            id="r31-zh-039",
        ),  # NICE NG126 1.4 (bleeding in early pregnancy, stable: same-day early pregnancy assessment)
        pytest.param(
            [
                "孕24周 昨天开始出水痘 身上十几个",
                "没出过水痘",
                "不咳嗽 不喘 精神可以",
                "体温37.8",
            ],
            _patient(9495, "female", (), pregnant=True),
            id="r31-zh-044",
        ),  # RCOG GTG 13 (chickenpox in pregnancy ≥20 weeks without complications: oral aciclovir within 24 h, same-day review)
        pytest.param(
            [
                "产后8天 会阴侧切伤口痛得越来越厉害",
                "今天看裂开一点 有黄色的脓",
                "体温37.9 其他还好",
            ],
            _patient(8655, "female", (), pregnant=False),
            id="r31-zh-057",
        ),  # NICE NG194 1.2 (perineal wound infection/dehiscence: same-day assessment)
        pytest.param(
            [
                "39岁 剖宫产后第9天",
                "伤口一边红肿 有渗液",
                "体温37.9 心率88 血压120/76",
            ],
            _patient(None, "female", ("剖宫产术后",), pregnant=False),
            id="r31-zh-060",
        ),  # NICE NG125 / NICE NG194 (caesarean wound infection: same-day review)
        pytest.param(
            [
                "PN 6/52, nurse asked us to see",
                "low mood most days 3 wks, crying, not enjoying baby, can't sleep even when baby sleeps",
                "says sometimes thinks family better off without her, no plan, hasn't done anything",
                "no voices, looking after baby ok, husband at home",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r31-en-004",
        ),  # NICE CG192 1.5 & NICE NG225 (perinatal depression with suicidal ideation: urgent same-day mental health assessment)
        pytest.param(
            [
                "26wk, itchy spots since this morning, some blisters, on chest and back",
                "her son had shuidou 2 weeks ago",
                "no cough, no SOB, no bleeding spots, T 37.6",
            ],
            _patient(9490, "female", ("no history of chickenpox",), pregnant=True),
            id="r31-en-008",
        ),  # RCOG Green-top 13 Chickenpox in Pregnancy (rash ≥20 wk: oral aciclovir within 24h, same-day assessment)
        pytest.param(
            [
                "39+2, G2P1",
                "gush of clear fluid 2 hrs ago, still leaking, pad wet",
                "no contractions, baby moving normally",
                "T 36.8 HR 82, cephalic at last check",
            ],
            _patient(11315, "female", ("G2P1",), pregnant=True),
            id="r31-en-020",
        ),  # NICE NG235 (prelabour rupture of membranes at term: same-day maternity assessment, IOL or expectant ≤24h)
        pytest.param(
            [
                "28 wks",
                "slipped on wet floor in the shop this morning, landed on her side",
                "no tummy pain, no bleeding, no fluid, baby moving",
                "blood group O Rh negative",
            ],
            _patient(10585, "female", ("Rh negative",), pregnant=True),
            id="r31-en-021",
        ),  # RCOG Green-top 63 (abdominal trauma after 20 wk: maternity unit assessment); BSH/RCOG anti-D within 72 h
        pytest.param(
            [
                "UPT+, 9 wk by LMP, scan last wk showed sac, no heartbeat yet",
                "bleeding heavier than period since this morning, passed some tissue",
                "crampy pain, BP 122/78 HR 86, not dizzy",
                "changing pad every 2-3h",
            ],
            _patient(13140, "female", (), pregnant=True),
            id="r31-en-024",
        ),  # NICE NG126 1.4 (bleeding ≥6 wk, haemodynamically stable: same-day EPAU assessment)
        pytest.param(
            [
                "day 7 after birth, had stitches for tear",
                "says stitches feel open, pus coming out, bad smell",
                "v sore to sit, T 37.8",
                "no heavy bleeding",
            ],
            _patient(8030, "female", ("2nd degree perineal tear sutured",), pregnant=False),
            id="r31-en-029",
        ),  # NICE NG194 1.2 (perineal wound infection/dehiscence: urgent assessment)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "孕32周",
                "这两天肚子偶尔发紧发硬 一天几次 不规律",
                "不痛 躺下歇一会就没了",
                "没出血 没流水 胎动跟平时一样多",
                "她怕是早产 问要不要紧",
            ],
            _patient(10685, "female", (), pregnant=True),
            id="r31-zh-002",
        ),  # NICE NG25 / NHS antenatal advice: irregular painless Braxton Hicks tightenings without bleeding, fluid loss or reduced movements
        pytest.param(
            [
                "产后第4天 顺产",
                "这两天老是想哭 一点小事就掉眼泪 晚上睡不太好",
                "她自己说没有不想活 也没有伤害孩子的想法",
                "吃饭喂奶都正常 家里人照顾得挺好",
            ],
            _patient(8790, "female", (), pregnant=False),
            id="r31-zh-005",
        ),  # NICE CG192 1.5 / NICE NG194 1.3 (baby blues in first 10 days: reassure, review if persists beyond 2 weeks)
        pytest.param(
            [
                "孕36周 两只脚踝肿 下午傍晚明显",
                "早上起来就消了",
                "血压118/76 尿蛋白阴性",
                "没有头痛 眼睛不花 脸和手不肿",
            ],
            _patient(10280, "female", (), pregnant=True),
            id="r31-zh-008",
        ),  # NICE NG201 / NG133 1.1 (physiological dependent oedema with normal BP and no proteinuria)
        pytest.param(
            [
                "孕13周 来建档",
                "上一胎子痫前期 当时还抽过 在县医院剖的",
                "这次血压116/72 尿蛋白阴性 没有任何不舒服",
                "问要不要吃阿司匹林",
            ],
            _patient(11695, "female", ("上一胎子痫前期",), pregnant=True),
            id="r31-zh-011",
        ),  # NICE NG133 1.1.2 (high risk: aspirin 75-150 mg from 12 weeks, routine antenatal care)
        pytest.param(
            [
                "孕8周 早上起来有点恶心",
                "偶尔吐一次 吐完能吃饭",
                "喝水没问题 尿正常",
                "没有肚子痛 没出血",
            ],
            _patient(7710, "female", (), pregnant=True),
            id="r31-zh-013",
        ),  # NICE NG201 / CKS nausea and vomiting in pregnancy (mild, keeping fluids down: self-care advice)
        pytest.param(
            [
                "孕26周",
                "她姐家孩子出水痘了 前几天去看过",
                "她自己小时候出过水痘 她妈记得很清楚",
                "没有疹子 也不发烧",
            ],
            _patient(10075, "female", (), pregnant=True),
            id="r31-zh-016",
        ),  # RCOG GTG 13 (history of chickenpox = immune, reassure)
        pytest.param(
            [
                "产后第5天",
                "恶露暗红色 量比前几天少多了",
                "没有臭味 不发烧 肚子不痛",
                "担心是不是出血",
            ],
            _patient(8565, "female", (), pregnant=False),
            id="r31-zh-019",
        ),  # WHO postnatal care 2022 / NICE NG194 1.2 (normal lochia)
        pytest.param(
            [
                "孕30周 吃完饭胃里烧得慌",
                "躺下更明显 有点反酸",
                "血压120/74 尿蛋白阴性",
                "不是那种上腹部剧痛 没有头痛眼花",
            ],
            _patient(11025, "female", (), pregnant=True),
            id="r31-zh-022",
        ),  # NICE NG201 (heartburn in pregnancy: lifestyle advice, antacids)
        pytest.param(
            [
                "产后第3天 两边乳房胀得硬",
                "奶下来了 宝宝吸得挺好",
                "皮肤不红 不发烧",
                "就是胀痛",
            ],
            _patient(8900, "female", (), pregnant=False),
            id="r31-zh-024",
        ),  # NICE CKS breastfeeding problems (engorgement: frequent feeding, self-care)
        pytest.param(
            [
                "剖宫产后第3天 腰麻的",
                "打针那个地方有点酸 按着有点痛",
                "没有头痛 不发烧 腿不麻 大小便正常",
            ],
            _patient(10775, "female", (), pregnant=False),
            id="r31-zh-027",
        ),  # NICE NG194 / OAA guidance (mild back tenderness at injection site without headache or neurological signs)
        pytest.param(
            [
                "孕20周 起身翻身的时候两边大腿根那里抽一下痛",
                "几秒钟就好了",
                "没出血 不发烧 尿正常",
                "平时没别的不舒服",
            ],
            _patient(9500, "female", (), pregnant=True),
            id="r31-zh-030",
        ),  # NICE NG201 / NHS (round ligament pain: reassurance)
        pytest.param(
            [
                "孕38周 早上内裤上有一点粉红色的黏液",
                "不是鲜血 就一点点",
                "偶尔发紧 不规律",
                "没破水 胎动很好",
            ],
            _patient(9180, "female", (), pregnant=True),
            id="r31-zh-034",
        ),  # NICE NG235 1.4 (show in latent phase: advice at home)
        pytest.param(
            [
                "孕11周",
                "上周有点出血 已经去县医院做了B超 宫内孕 有胎心",
                "这几天一点血都没了 肚子也不痛",
                "想问下次产检什么时候",
            ],
            _patient(10865, "female", (), pregnant=True),
            id="r31-zh-038",
        ),  # NICE NG126 1.4 / NICE NG201 (resolved bleeding with confirmed viable intrauterine pregnancy: routine antenatal care)
        pytest.param(
            [
                "产后第10天",
                "她说隔壁村有个产妇大出血抢救 吓坏了",
                "她自己恶露淡红色 很少 不臭",
                "不发烧 肚子不痛",
            ],
            _patient(7865, "female", (), pregnant=False),
            id="r31-zh-043",
        ),  # WHO postnatal care 2022 / NICE NG194 1.2 (normal lochia; concern relates to someone else)
        pytest.param(
            [
                "孕26周 糖耐量结果出来了",
                "空腹5.3 一小时10.4 两小时8.2",
                "说是妊娠糖尿病",
                "她没有口渴多尿 没有不舒服",
            ],
            _patient(12105, "female", (), pregnant=True),
            id="r31-zh-046",
        ),  # NICE NG3 1.2 / 中国妊娠期高血糖诊治指南 2022 (GDM diagnosis: refer to joint diabetes antenatal clinic within 1 week)
        pytest.param(
            [
                "孕22周 血常规 血红蛋白102",
                "没有头晕心慌 不累",
                "吃饭正常",
            ],
            _patient(10155, "female", (), pregnant=True),
            id="r31-zh-048",
        ),  # NICE NG201 / WHO ANC 2016 (mild anaemia: oral iron and routine recheck)
        pytest.param(
            [
                "孕28周 这两天有点头痛 就太阳穴那里 不重",
                "昨晚没睡好",
                "血压112/70 尿蛋白阴性",
                "眼睛不花 手脚不肿 睡一觉好多了",
            ],
            _patient(8770, "female", (), pregnant=True),
            id="r31-zh-051",
        ),  # NICE NG133 / NG201 (mild headache with normal BP and no proteinuria: self-care)
        pytest.param(
            [
                "孕24周 她问胎动是不是太少",
                "今天数了 一小时动了五六次",
                "有时候多有时候少 一直都这样",
                "不痛 没出血",
            ],
            _patient(7550, "female", (), pregnant=True),
            id="r31-zh-054",
        ),  # RCOG GTG 57 (normal fetal movement pattern: reassurance)
        pytest.param(
            [
                "产后第7天",
                "她婆婆以前腿上长过血栓 她很担心自己也会有",
                "两条腿一样粗 不痛不红",
                "不胸痛 不喘 能下地走",
            ],
            _patient(9670, "female", (), pregnant=False),
            id="r31-zh-056",
        ),  # RCOG GTG 37a (VTE risk: mother-in-law not a blood relative, no symptoms)
        pytest.param(
            [
                "产后6周来复查",
                "会阴伤口已经长好了 之前侧切的",
                "坐久了偶尔有点不舒服",
                "恶露没了 不发烧",
            ],
            _patient(11605, "female", (), pregnant=False),
            id="r31-zh-058",
        ),  # NICE NG194 1.5 (6-8 week postnatal check)
        pytest.param(
            [
                "had ectopic 3 yrs ago, now UPT positive, LMP 5 wks ago",
                "no pain at all, no bleeding, feels well",
                "wants to know if this one is ectopic too",
            ],
            _patient(11315, "female", ("ectopic pregnancy 2021, L salpingectomy",), pregnant=True),
            id="r31-en-001",
        ),  # NICE NG126 / RCOG Green-top 21 (previous ectopic, asymptomatic: early TVUS at 6-7 wk, routine)
        pytest.param(
            [
                "7 wks, c/o morning sickness",
                "nausea most mornings, vomited once yesterday, eating crackers, drinking fine",
                "passing urine normally, ketones neg",
                "no abdo pain, no bleeding",
            ],
            _patient(8760, "female", (), pregnant=True),
            id="r31-en-006",
        ),  # NICE NG201 1.3 nausea and vomiting; RCOG Green-top 69 (mild NVP: lifestyle measures)
        pytest.param(
            [
                "31 weeks, worried about 'contractions'",
                "tummy goes hard few times a day, painless, irregular, settles when she lies down or drinks water",
                "no bleeding, no waters leaking, baby moving normally",
                "BP 112/70",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="r31-en-007",
        ),  # NICE NG201 1.3 (normal pregnancy symptoms); NICE NG25 (no features of preterm labour)
        pytest.param(
            [
                "PN 3/52, husband worried because 'she nearly bled to death' at the birth",
                "now lochia light pinkish, pad barely marked",
                "Hb 102 on iron, tired but walking fine, not dizzy, HR 82, BP 116/72",
            ],
            _patient(
                10950,
                "female",
                ("PPH at delivery 3 weeks ago, transfused 2 units",),
                pregnant=False,
            ),
            id="r31-en-010",
        ),  # NICE NG194 1.2 (no features of secondary PPH); WHO PNC 2022 (iron supplementation postpartum)
        pytest.param(
            [
                "UPT+ today, LMP 5 wks ago",
                "light brown spotting yesterday, stopped, no pain",
                "feels well, not dizzy, no shoulder pain",
            ],
            _patient(12410, "female", (), pregnant=True),
            id="r31-en-013",
        ),  # NICE NG126 1.4 (bleeding without pain <6 wk: expectant management, repeat test in 7-10 days)
        pytest.param(
            [
                "PN day 4, first baby",
                "crying a lot today, tearful and overwhelmed, mother-in-law worried she's 'depressed'",
                "sleeping when baby sleeps, eating, enjoys baby, no thoughts of harming herself or baby, no strange ideas",
                "feeding going ok",
            ],
            _patient(7665, "female", (), pregnant=False),
            id="r31-en-014",
        ),  # NICE NG194 1.3 & CG192 (baby blues in first 10 days: reassure, review if >2 weeks)
        pytest.param(
            [
                "routine ANC 30 wk",
                "mentions she fell off bike 3 weeks ago, seen at county hospital same day, CTG and scan normal, Rh positive",
                "since then no pain, no bleeding, baby active",
            ],
            _patient(8760, "female", (), pregnant=True),
            id="r31-en-028",
        ),  # RCOG Green-top 63 (trauma already assessed, no ongoing symptoms); NICE NG201 routine ANC
        pytest.param(
            [
                "32 wks, woken twice this week with calf cramp, rock hard, goes after stretching",
                "calves same size, not red, not tender now",
                "no SOB, no chest pain",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r31-en-032",
        ),  # NICE CKS Leg cramps (pregnancy); RCOG Green-top 37b (no clinical features of DVT)
        pytest.param(
            [
                "34 wk, asks about kick counting",
                "mum-in-law told her baby should move 10 times in 2h",
                "she says baby moving in usual pattern today, lots of kicks after lunch, no reduction",
                "no pain, no bleeding",
            ],
            _patient(11680, "female", (), pregnant=True),
            id="r31-en-034",
        ),  # RCOG Green-top 57 (no formal kick counting; report any reduction in usual pattern)
        pytest.param(
            [
                "24 wks, her sister had bad pre-eclampsia and fits last month, she's scared",
                "BP today 118/76, urine protein neg",
                "no headache, no swelling, baby moving",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r31-en-040",
        ),  # NICE NG133 1.1 (risk assessment; routine BP and urine checks at ANC)
        pytest.param(
            [
                "35 wks, short of breath on stairs lately",
                "fine at rest, no chest pain, no cough, not coughing blood, legs not swollen",
                "SpO2 99%, HR 86, RR 16, Hb 115",
            ],
            _patient(11315, None, (), pregnant=True),
            id="r31-en-041",
        ),  # RCOG Green-top 37b (no features of PE); NICE CKS physiological breathlessness in pregnancy
        pytest.param(
            [
                "20/40",
                "sharp pain L groin when she gets up fast or turns in bed, lasts seconds",
                "no bleeding, no fever, no urinary symptoms",
                "uterus non tender",
            ],
            _patient(9125, "female", (), pregnant=True),
            id="r31-en-042",
        ),  # NICE NG201 (common pregnancy symptoms: round ligament pain)
        pytest.param(
            [
                "35/40, ankles swollen by evening both sides, better in the morning",
                "no headache, no visual problems, no pain under ribs, face not puffy",
                "BP 116/72, urine protein nil",
                "calves soft, equal size",
            ],
            _patient(12045, "female", (), pregnant=True),
            id="r31-en-044",
        ),  # NICE NG201 1.3 (physiological oedema); NICE NG133 (no hypertension or proteinuria)
        pytest.param(
            [
                "PN day 3, breasts hard and painful both sides",
                "milk just came in, baby latching ok",
                "no fever, no red patch, no lump",
            ],
            _patient(8395, "female", ("breastfeeding",), pregnant=False),
            id="r31-en-045",
        ),  # NICE CKS Mastitis and breast abscess (engorgement: feeding advice); NICE NG194 1.5
        pytest.param(
            [
                "G3P2 at 20 wks for routine check",
                "bled a lot last delivery, needed transfusion, asking about birth plan",
                "no bleeding now, no pain, Hb 118",
            ],
            _patient(13505, "female", ("PPH 1200 mL in 2020",), pregnant=True),
            id="r31-en-046",
        ),  # NICE NG201 1.1 & WHO ANC 2016 (risk assessment, plan birth in obstetric unit; routine)
        pytest.param(
            [
                "PN day 6",
                "mild headache end of day, tired, up every 2h feeding, not drinking much",
                "no visual changes, no vomiting, not worse sitting up, no neck stiffness",
                "BP 118/74, T 36.7",
            ],
            _patient(10950, "female", ("normal delivery, no epidural",), pregnant=False),
            id="r31-en-047",
        ),  # NICE NG194 1.2 (postnatal headache: BP normal, no pre-eclampsia or PDPH features)
        pytest.param(
            [
                "30 wks",
                "burning pain behind breastbone after meals and lying down, acid taste",
                "no pain under R ribs, no headache, no visual change",
                "BP 110/68, urine protein neg",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r31-en-048",
        ),  # NICE NG201 1.3 (heartburn: lifestyle advice, antacids); NICE NG133 (no pre-eclampsia features)
        pytest.param(
            [
                "GDM on diet, 30 wk",
                "1h post dinner 8.4 mmol/L last night after mooncake at festival dinner, husband panicked",
                "all other readings fasting 4.8-5.2, post meal 6.2-7.1 this week",
                "feels well, no vomiting, baby moving",
            ],
            _patient(12775, "female", ("gestational diabetes (diet controlled)",), pregnant=True),
            id="r31-en-051",
        ),  # NICE NG3 1.3 (glycaemic targets; review at joint diabetes-antenatal clinic)
        pytest.param(
            [
                "PN day 9, still bleeding, worried",
                "dark red-brown now, less than first week, occasional small clots smaller than a 1 yuan coin",
                "no smell, no fever, not dizzy, tummy not tender",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r31-en-054",
        ),  # NICE NG194 1.2 (normal lochia; no signs of PPH or infection)
        pytest.param(
            [
                "16 weeks, sat next to colleague yesterday who now has chickenpox",
                "she definitely had chickenpox as a kid (mum remembers, scars on face)",
                "no rash, no fever",
            ],
            _patient(10220, "female", ("had chickenpox age 6",), pregnant=True),
            id="r31-en-057",
        ),  # RCOG Green-top 13 (definite past history of chickenpox: assume immune, reassure)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
