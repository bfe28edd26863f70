# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-third held-out round (2026-12-07, at commit 2ee69ff: two reviewers, 120 cases of pregnancy,
labour and the six weeks after birth: antenatal visits, bleeding, pre-eclampsia, reduced movements,
waters breaking, preterm and term labour, a fall onto the bump, postpartum bleeding, fever, wounds,
breasts, mood, and the newborn's first days; 16 emergencies, 24 same-day and 20 look-alikes a set).
Before these fixes the rules found 14 of 16 and 14 of 16 emergencies, graded 13 of 24 and 13 of 24
same-day cases exactly, and sent 2 and 3 look-alikes to emergency.

What changed: a cord felt at the vulva told as 一根软软的东西掉出来; 生完第6天 is postpartum (so a headache with
172/114 on day 6 is pre-eclampsia); a bump "hard like wood" after a fall is peritonism (abruption);
contractions told as "pains every 3 min" or "needs to push"; the gestation told as 头胎 39周, "primi
39+3", "G4P3 at 34wk", "ANC today 34w"; "last visit BP was 124/80" is not today's reading; 没怎么感觉到胎动
is reduced movements; irregular painless tightenings (不规律) are Braxton Hicks, reassurance not a
same-day review (NICE NG201; three earlier look-alikes drop from urgent to routine); lochia "now
dark red brown, less than first days" is settling; "fundus fits dates" is not a fit. Later the same
day: a breast with a red hot patch is mastitis (so the baby's age in the mother's consultation is
the baby's), 自己不在了对大家都好 is a passive wish to die, and itching of the palms and soles in pregnancy
needs bile acids the same day (RCOG GTG43). After: 16/16, 16/16; 15/24, 17/24; look-alikes to
emergency 1/20, 1/20.

Kept deliberately: preterm waters or contractions (r53-zh-029, r53-en-011, r53-en-042), postpartum
fever with foul lochia (r53-zh-024, r53-en-047), pain with a positive test and no scan
(r53-zh-039), bleeding with clots at 11 weeks (r53-zh-023), a term labour with a show (r53-zh-035),
a four-day-old who is very sleepy (r53-en-051) stay emergencies; fetal hiccups told as 怕是抽风
(r53-zh-050) stays a possible fit. Left: waters leaking at 33 weeks told as 下面一直有水流出来 (r53-zh-018:
not read), wound infections after a caesarean or a tear (r53-zh-026, zh-037, en-022), bleeding in a
rhesus-negative woman (r53-zh-031), early pregnancy bleeding told as "like a light period"
(r53-en-032), spotting three weeks ago (r53-en-019), bleeding after sex at 30 weeks (r53-en-056)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "家属打电话来 说孕妇在家破水了 下面摸到一根软软的东西掉出来 像肠子 还一跳一跳的 孕38周 二胎 还没怎么疼",
            ],
            _patient(11322, "female", (), pregnant=True),
            id="r53-zh-006",
        ),  # RCOG GTG 50 Umbilical Cord Prolapse: cord felt at vulva after membrane rupture -> emergency call, immediate transfer
        pytest.param(
            [
                "生完第6天了 在家",
                "头疼得要炸开 吃止痛药不管用 吐了两次",
                "血压172/114 右上腹也疼",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r53-zh-014",
        ),  # NICE NG133 s1.9 postnatal / 妊娠期高血压疾病诊治指南(2020): postpartum severe hypertension with headache, vomiting, epigastric pain -> emergency
        pytest.param(
            [
                "G4P3 at 34wk fell off the back of a motorbike this morning, hit her belly",
                "now belly hurts all the time and is hard like wood, some dark blood, she cant feel baby kick much",
            ],
            _patient(12804, "female", (), pregnant=True),
            id="r53-en-015",
        ),  # RCOG Green-top 63 Antepartum Haemorrhage (placental abruption) and trauma in pregnancy: constant pain, woody uterus, bleeding and reduced movements after abdominal trauma = emergency
        pytest.param(
            [
                "30 weeks, pains started 4 hrs ago, now every 3 min, strong",
                "show with some blood, and she says feels like she needs to push",
            ],
            _patient(7000, "female", (), pregnant=True),
            id="r53-en-025",
        ),  # NICE NG25 Preterm labour and birth: established preterm labour at 30 weeks with urge to push = imminent preterm birth, immediate transfer to unit with neonatal care
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "34周 说今天一上午都没怎么感觉到胎动",
                "平时动得挺多的 肚子不疼 没流水没出血 血压118/74",
            ],
            _patient(9861, "female", (), pregnant=True),
            id="r53-zh-017",
        ),  # RCOG GTG 57 Reduced fetal movements: after 28 weeks report of RFM needs same-day assessment with CTG, not to wait until next day; no other danger signs -> urgent
        pytest.param(
            [
                "产后5周 她老公带来的",
                "说最近半个多月天天哭 啥都不想干 晚上孩子睡了她也睡不着",
                "问她 她说有时候觉得自己不在了对大家都好 但没想过具体怎么弄",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r53-zh-033",
        ),  # NICE CG192 s1.5/1.10: postnatal depression with passive suicidal ideation, no plan -> urgent same-day mental health assessment
        pytest.param(
            [
                "routine ANC today 34w, BP 150/98, repeat after 15 min 148/96. urine dip protein 2+",
                "she says feels fine, no headache no vision problem. last visit BP was 124/80",
            ],
            _patient(13359, "female", (), pregnant=True),
            id="r53-en-006",
        ),  # NICE NG133 Hypertension in pregnancy, diagnosis of pre-eclampsia: new hypertension with proteinuria below 160/110 and no symptoms = same-day secondary care assessment, not ambulance
        pytest.param(
            [
                "33 wks, c/o itching, worst on palms of hands and soles of feet, scratching all night can't sleep",
                "no rash only scratch marks. BP 120/78",
            ],
            _patient(12718, "female", (), pregnant=True),
            id="r53-en-020",
        ),  # RCOG Green-top 43 Intrahepatic Cholestasis of Pregnancy / NHS: itching of palms and soles without rash in 3rd trimester needs prompt bile acid and LFT testing via maternity unit, same day
        pytest.param(
            [
                "breastfeeding mum, baby 12 days. left breast has red hot painful patch since yesterday",
                "today T 38.4, aching all over like flu. still feeding from that side",
            ],
            _patient(9972, "female", (), pregnant=False),
            id="r53-en-024",
        ),  # NICE CKS Mastitis and breast abscess / WHO: lactational mastitis with fever and systemic symptoms needs same-day assessment for antibiotics; not septic
        pytest.param(
            [
                "primi 39+3, thinks waters broke 1 hr ago, clear fluid, keeps leaking",
                "no contractions yet. baby moving. T 36.8",
            ],
            _patient(9666, "female", (), pregnant=True),
            id="r53-en-038",
        ),  # NICE NG235 Intrapartum care, prelabour rupture of membranes at term: needs maternity unit assessment the same day and choice of induction or expectant management
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "30周 说最近肚子有时候发紧变硬 一天几回 不疼 不规律 躺一会儿就好了 没出血没流水 胎动好",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r53-zh-041",
        ),  # NICE NG201 antenatal care / 孕前和孕期保健指南: irregular painless tightenings (Braxton Hicks) are normal; advise warning signs -> self care
        pytest.param(
            [
                "8周 早上起来恶心 有时候吐一两回",
                "吃点饼干就好点 水和饭都能吃进去 小便正常",
                "问要不要打针",
            ],
            _patient(8766, "female", (), pregnant=True),
            id="r53-zh-042",
        ),  # RCOG GTG 69 / NICE NG201 s1.4: mild nausea and vomiting in first trimester, keeping fluids down -> dietary advice, self care
        pytest.param(
            [
                "孕16周 三个礼拜前去医院做妇科检查 回来那天内裤上有一点点血",
                "后来一直没有了 今天来开叶酸 顺便问问要不要紧",
            ],
            _patient(11322, "female", (), pregnant=True),
            id="r53-zh-043",
        ),  # NICE NG126 / 孕前和孕期保健指南: single minor post-examination spotting weeks ago, resolved -> discuss at routine antenatal visit
        pytest.param(
            [
                "产后第5天 问恶露正常不",
                "颜色暗红偏咖啡色 比前几天少多了 没臭味 没大血块",
                "不发烧 肚子不疼",
            ],
            _patient(10957, "female", (), pregnant=False),
            id="r53-zh-044",
        ),  # WHO postnatal care recommendations / NICE NG194 s1.2: decreasing, non-offensive lochia without fever is normal -> self care
        pytest.param(
            [
                "生完第4天 老爱哭 一点小事就掉眼泪",
                "她自己说就是心里有点乱 很喜欢孩子 孩子睡的时候她也能睡着",
                "没有不想活那种想法",
            ],
            _patient(9861, "female", (), pregnant=False),
            id="r53-zh-045",
        ),  # NICE CG192 / NG194 s1.5: baby blues in first 10 days, no harm thoughts, functioning -> reassurance, review if persists beyond 2 weeks
        pytest.param(
            [
                "36周 两个脚脖子肿 晚上厉害点 早上起来好些",
                "血压118/76 尿蛋白阴性 不头疼 眼睛没事 脸和手不肿",
            ],
            _patient(12053, "female", (), pregnant=True),
            id="r53-zh-046",
        ),  # NICE NG201 / NG133: dependent ankle oedema with normal BP and no proteinuria is not pre-eclampsia -> self care and warning signs
        pytest.param(
            [
                "孕24周 这两天有点头疼 最近带大的那个 晚上睡得少",
                "血压112/72 尿蛋白阴性 看东西清楚 歇一会儿就好多了",
            ],
            _patient(12783, "female", (), pregnant=True),
            id="r53-zh-047",
        ),  # NICE NG133 / NG201: mild headache with normal BP and no proteinuria or visual symptoms -> rest, simple analgesia, return if severe
        pytest.param(
            [
                "10周 昨天下楼梯踩空了 膝盖擦破点皮",
                "肚子没碰着 不疼 没出血 来处理下膝盖",
            ],
            _patient(9131, "female", (), pregnant=True),
            id="r53-zh-048",
        ),  # NICE NG126 (no pain/bleeding) / ACOG trauma guidance (fetal monitoring only after viability): minor fall in first trimester without abdominal symptoms -> wound care, self care
        pytest.param(
            [
                "现在14周 8周的时候出过一回血 当时去县医院做了彩超说孩子好好的",
                "这几个礼拜一直没再出血 也不疼 想问还要不要紧",
                "下回产检是下礼拜",
            ],
            _patient(11322, "female", (), pregnant=True),
            id="r53-zh-049",
        ),  # NICE NG126 / 孕前和孕期保健指南: past early bleeding with confirmed viable intrauterine pregnancy, now asymptomatic -> routine antenatal care
        pytest.param(
            [
                "30周 白带比以前多了 白色的 稀稀的",
                "不痒 没异味 不是水那样一直往下流 内裤一天换一次就行",
            ],
            _patient(8035, "female", (), pregnant=True),
            id="r53-zh-051",
        ),  # NICE NG201: increased physiological vaginal discharge without itch, odour or watery leak is normal -> self care
        pytest.param(
            [
                "20周 说起床或者翻身的时候右边大腿根那块一下刺疼 几秒钟就好了 平时不疼 没出血 肚子不发紧",
            ],
            _patient(10592, "female", (), pregnant=True),
            id="r53-zh-052",
        ),  # NICE NG201 / 孕前和孕期保健指南: brief positional groin pain (round ligament) without bleeding or contractions -> self care
        pytest.param(
            [
                "生二胎第2天 喂奶的时候小肚子一阵阵疼 像来例假",
                "恶露不多 不发烧 肚脐下面摸着硬硬的一团",
            ],
            _patient(12418, "female", (), pregnant=False),
            id="r53-zh-053",
        ),  # NICE NG194 / WHO postnatal care: after-pains with breastfeeding in multipara, firm uterus, normal lochia -> self care
        pytest.param(
            [
                "产后第3天 两边奶都胀得硬邦邦的 有点疼",
                "体温37.3 没有哪块特别红 孩子能吃上",
            ],
            _patient(8400, "female", (), pregnant=False),
            id="r53-zh-054",
        ),  # NICE NG194 s1.3: bilateral breast engorgement day 3 without focal redness or fever -> frequent feeding/expressing, self care
        pytest.param(
            [
                "侧切第5天 坐着的时候伤口有点扯着疼",
                "看了下 不红不肿 没流脓 不发烧",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r53-zh-055",
        ),  # NICE NG194 perineal care: healing perineum with mild discomfort, no infection signs -> self care
        pytest.param(
            [
                "女宝宝5天 今天换尿布看到前面有点粉红的黏液 像血",
                "奶吃得好 精神好 哭声大 不发烧 两边小乳头也有点鼓",
            ],
            _patient(5, "female", (), pregnant=None),
            id="r53-zh-056",
        ),  # NICE NG194 newborn care: vaginal pseudo-menses and breast swelling from maternal hormones in a well baby are normal -> reassurance
        pytest.param(
            [
                "39周 早上上厕所有一点带血丝的黏东西 肚子不疼 没破水 胎动好",
            ],
            _patient(9861, "female", (), pregnant=True),
            id="r53-zh-057",
        ),  # NICE NG235 / 孕前和孕期保健指南: mucus 'show' alone is not labour; go in with regular contractions, waters, fresh bleeding or reduced movements -> self care
        pytest.param(
            [
                "30周 晚上睡觉小腿抽筋 两条腿都有 抽完就好了 小腿不肿不红 按着不疼",
            ],
            _patient(11688, "female", (), pregnant=True),
            id="r53-zh-058",
        ),  # NICE NG201: nocturnal leg cramps, bilateral, no swelling or tenderness (not DVT) -> self care
        pytest.param(
            [
                "32周 说最近爬楼梯有点喘 走平路没事",
                "不胸疼 不咳嗽 心率86 血氧98 腿不肿",
            ],
            _patient(10957, "female", (), pregnant=True),
            id="r53-zh-059",
        ),  # NICE NG201 / RCOG GTG 37b: gradual exertional breathlessness of late pregnancy with normal HR and SpO2, no chest pain -> physiological, self care
        pytest.param(
            [
                "上一胎得过子痫前期 提前剖的",
                "现在二胎12周 血压116/74 没什么不舒服",
                "问要不要吃啥药预防",
            ],
            _patient(12053, "female", ("瘢痕子宫",), pregnant=True),
            id="r53-zh-060",
        ),  # NICE NG133 s1.1: high risk for pre-eclampsia -> aspirin 75-150mg from 12 weeks and planned antenatal review; asymptomatic normal BP -> routine appointment
        pytest.param(
            [
                "hi dr, lady 7wks pregnant first baby, feels sick in the mornings, vomited twice this week. eating crackers, drinking fine, passing urine normal. she asks is this normal?",
            ],
            _patient(8866, "female", (), pregnant=True),
            id="r53-en-002",
        ),  # NICE NG201 Antenatal care, nausea and vomiting; NICE CKS N&V in pregnancy: mild first-trimester nausea without dehydration = reassurance and diet advice at home
        pytest.param(
            [
                "32 wks primi, says her belly goes hard few times a day mostly evening, not painful, not regular, goes away when she lies down and drinks water",
                "baby moving normal, no fluid no blood",
            ],
            _patient(9917, "female", (), pregnant=True),
            id="r53-en-005",
        ),  # NICE NG201 Antenatal care / NHS pregnancy guidance on Braxton Hicks: painless irregular tightenings that settle are normal; advice on when to return
        pytest.param(
            [
                "postnatal visit day 5, she asks if bleeding is normal. now dark red brown, less than first days, changing pad 3-4 times a day, no clots bigger than a coin, no smell",
                "T 36.7, uterus firm below umbilicus",
            ],
            _patient(11035, "female", (), pregnant=False),
            id="r53-en-009",
        ),  # WHO 2022 recommendations on maternal and newborn postnatal care / NICE NG194 Postnatal care: lochia decreasing, no smell, no fever, firm uterus = normal; advice only
        pytest.param(
            [
                "day 4 after baby, mum crying a lot today, says she doesnt know why, feels overwhelmed and snappy w husband",
                "sleeping when baby sleeps, eating ok, feeding baby fine. I asked her - no thoughts of harming herself or the baby, nothing strange",
            ],
            _patient(10387, "female", (), pregnant=False),
            id="r53-en-012",
        ),  # NICE NG194 Postnatal care, emotional wellbeing / baby blues: tearfulness in first 10 days without harm thoughts is expected and self-limiting; support and recheck at routine contacts
        pytest.param(
            [
                "36 weeks, both ankles swollen by evening, better in morning",
                "BP 116/72 urine protein neg, no headache, no vision changes, face and hands not puffy",
            ],
            _patient(11938, "female", (), pregnant=True),
            id="r53-en-016",
        ),  # NICE NG201 Antenatal care and NICE NG133: dependent ankle oedema with normal BP, no proteinuria and no symptoms is common in late pregnancy; advice and routine care
        pytest.param(
            [
                "34 wks, complains burning in chest and throat after eating esp lying down at night, sour taste in mouth",
                "antacid helps. BP 114/70, urine clear, no headache, no pain under the ribs on the right",
            ],
            _patient(10612, "female", (), pregnant=True),
            id="r53-en-023",
        ),  # NICE NG201 Antenatal care, heartburn: typical reflux with normal BP and no pre-eclampsia symptoms = lifestyle advice and antacids
        pytest.param(
            [
                "9 wk pregnant, slipped on wet floor yesterday landed on her bottom",
                "no bleeding, no belly pain, no dizziness. just bit sore on the bum. worried about baby",
            ],
            _patient(9161, "female", (), pregnant=True),
            id="r53-en-026",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage (no pain/bleeding) and trauma-in-pregnancy guidance: minor fall in first trimester (uterus within pelvis) with no symptoms = reassurance and safety-netting
        pytest.param(
            [
                "mum worried about baby's skin, day 2, red blotches with tiny yellowish white spots on chest and back, they come and go",
                "baby feeding well every 2-3h, T 36.8, active, cries loud",
            ],
            _patient(2, "male", (), pregnant=None),
            id="r53-en-029",
        ),  # NICE NG194 Postnatal care, newborn / WHO postnatal care: blotchy newborn rash in a well, feeding, afebrile baby is a common benign rash; reassure
        pytest.param(
            [
                "new booking 12 wks G2P1",
                "first baby 2 yrs ago she bled a lot after birth, needed blood transfusion. now she is fine, no bleeding no pain. where should she deliver this time?",
            ],
            _patient(11208, "female", ("previous postpartum haemorrhage",), pregnant=True),
            id="r53-en-031",
        ),  # NICE NG235 Intrapartum care (place of birth) / WHO ANC: previous PPH is a risk factor - routine referral for obstetric-led birth planning in hospital; no acute problem now
        pytest.param(
            [
                "19 wks, gets sharp pain in right groin when she stands up fast or turns in bed, lasts few seconds",
                "no bleeding, no fever, no pain passing urine, otherwise well",
            ],
            _patient(8236, "female", (), pregnant=True),
            id="r53-en-034",
        ),  # NICE NG201 Antenatal care / NHS stomach pain in pregnancy: brief positional groin pain (ligament stretching) without bleeding, fever or urinary symptoms = self-care advice
        pytest.param(
            [
                "first pregnancy 18 weeks, she is worried she hasnt felt baby move yet",
                "fetal heart heard w doppler today 148, fundus fits dates",
            ],
            _patient(7680, "female", (), pregnant=True),
            id="r53-en-037",
        ),  # RCOG Green-top 57 Reduced Fetal Movements: most women feel movements by 20 weeks; referral only if none by 24 weeks; routine follow-up
        pytest.param(
            [
                "day 4 mum, both breasts very full and hard, tight and a bit sore, milk came in yesterday",
                "no red patch, no fever T 36.9, baby struggling a bit to latch on",
            ],
            _patient(10892, "female", (), pregnant=False),
            id="r53-en-041",
        ),  # WHO postnatal care / NICE NG194 Postnatal care breastfeeding: bilateral engorgement without fever or redness = feeding and attachment advice at home
        pytest.param(
            [
                "1st baby 1 wk old, nipples cracked and sore esp right, she dreads feeds",
                "no fever, breasts soft no red areas. baby feeding ok, weight ok",
            ],
            _patient(8531, "female", (), pregnant=False),
            id="r53-en-044",
        ),  # WHO postnatal care / NICE NG194 breastfeeding support: sore cracked nipples without infection = attachment support at a routine postnatal contact
        pytest.param(
            [
                "30 weeks, waking at night w cramps in calves, both sides, very painful for a minute then goes",
                "legs same size, no swelling or redness, no pain in daytime walking",
            ],
            _patient(11503, "female", (), pregnant=True),
            id="r53-en-046",
        ),  # NICE CKS Leg cramps / NICE NG201 Antenatal care: bilateral brief nocturnal cramps without swelling or tenderness = stretching advice; no DVT features
        pytest.param(
            [
                "28 wk, itchy on belly where skin is stretching, dry skin, has eczema since child",
                "not itchy on hands or feet, moisturiser helps. BP 112/70",
            ],
            _patient(9826, "female", ("eczema",), pregnant=True),
            id="r53-en-050",
        ),  # RCOG Green-top 43 Intrahepatic Cholestasis: itch limited to abdominal skin with dry skin/eczema and no palm/sole itch = emollients, review at routine ANC and return if palms/soles itch
        pytest.param(
            [
                "16 weeks, mild headache today, slept badly last night",
                "BP 112/70, no vision problem, no vomiting, took paracetamol and it helped",
            ],
            _patient(10792, "female", (), pregnant=True),
            id="r53-en-053",
        ),  # NICE NG201 Antenatal care / NICE NG133: mild headache before 20 weeks with normal BP and no red flags = self-care; pre-eclampsia not possible before 20 weeks
        pytest.param(
            [
                "day 2 after 3rd baby, painful cramps low down every time she breastfeeds",
                "bleeding like period, no smell, T 36.6, uterus firm",
            ],
            _patient(12558, "female", (), pregnant=False),
            id="r53-en-055",
        ),  # NICE NG194 Postnatal care / WHO postnatal care: afterpains during breastfeeding in a multiparous woman with normal lochia are normal; simple analgesia
        pytest.param(
            [
                "baby girl 5 days, mum found small bit of blood in the nappy from her private part, with some white discharge",
                "baby feeding well, active, no fever, no bleeding anywhere else",
            ],
            _patient(5, "female", (), pregnant=None),
            id="r53-en-057",
        ),  # NICE NG194 Postnatal care newborn / WHO postnatal care: small vaginal blood and white discharge in a well newborn girl is a normal maternal hormone effect; reassure
        pytest.param(
            [
                "36 wk, more white discharge lately, thick like paste, no smell, no itching",
                "she checked - not watery, pad not wet, no leaking when she coughs. baby moving",
            ],
            _patient(9937, "female", (), pregnant=True),
            id="r53-en-059",
        ),  # NICE NG201 Antenatal care, vaginal discharge: increased thick white odourless discharge without itch or leaking fluid is physiological; advice
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
