# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-seventh held-out round (2026-12-07, at commit cb25c6d: two reviewers, 120 cases on women's
health outside pregnancy and sexual health: heavy menstrual bleeding with anaemia, postmenopausal
bleeding, ovarian torsion, pelvic inflammatory disease, toxic shock, Bartholin's abscess, breast
lumps, mastitis and breast abscess, sexually transmitted infections, HIV exposure and PEP within 72
hours, emergency contraception, complications after an IUD or a termination, domestic violence;
period pain, mid-cycle pain, thrush, a missed pill without intercourse and hot flushes as
look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules
found 15 of 16 and 16 of 16 emergencies, graded 14 of 24 and 13 of 24 same-day cases exactly, and
sent no look-alike to emergency.

What changed: HIV post-exposure prophylaxis asked for (吃阻断药, PEP, receptive anal sex without a
condom) is a new same-day rule (WHO 2014, BHIVA 2021: within 72 hours); unprotected sex (没戴套,
套子破了, "sex without condom") is read for emergency contraception, which no longer fires for a
man or when the sex was more than 120 hours ago; a vulval lump told as 下面长个包 or "at the side of
the vaginal entrance" is a Bartholin's swelling (not for a man); a lump that has gone soft
(有个包越来越大按着软软的) is fluctuant; an abscess or spreading redness with blackened skin
(有的地方发黑了) and fever is a possible necrotising infection (a diabetic vulval abscess spreading to
the thigh, in shock); 一滴尿没解出来 is retention; a painful swollen knee with fever and a swelling
testicle are read in English. After: 16/16, 16/16; 18/24, 20/24; look-alikes 20/20, 20/20.

Kept deliberately: heavy bleeding with a pulse over 100 and pallor, or on warfarin with bruising
and dizziness, stays an emergency (the reviewers graded them the same day); a threat to kill with
a knife is immediate danger (NICE PH50, 反家庭暴力法). Left: a self-managed medical abortion with
one-sided pain and no scan, postmenopausal bleeding with anaemia, disseminated gonorrhoea, a
retained tampon, unprotected sex "last Friday" counted in hours."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "58岁 糖尿病",
                "外阴长个疖子三四天了 越来越大",
                "今天红肿一直蔓延到大腿根和肚皮上 有的地方发黑了 痛得受不了",
                "T39.2 P120 BP96/60 血糖23",
            ],
            _patient(21184, "female", ("2型糖尿病",), pregnant=False),
            id="r47-zh-024",
        ),  # IDSA 2014 skin and soft tissue infection guideline / NICE NG141 cellulitis: suspected necrotising fasciitis (pain out of proportion, skin necrosis, rapid spread, systemic toxicity) -> emergency surgical referral
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "32岁 喂奶的 乳腺炎吃了一个礼拜头孢",
                "左边乳房外上面有个包 越来越大 按着软软的 很痛",
                "烧一阵一阵的 37.8",
                "血压心率都正常",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r47-zh-010",
        ),  # NICE CKS Mastitis and breast abscess: suspected breast abscess (fluctuant tender mass despite antibiotics) -> same-day referral to surgical team for ultrasound-guided aspiration/drainage
        pytest.param(
            [
                "21岁 外阴好多溃疡 痛死了",
                "第一次长 5天了",
                "昨天开始解小便痛 不敢解 今天早上到现在一滴尿没解出来",
                "小肚子胀得很",
            ],
            _patient(7670, "female", (), pregnant=False),
            id="r47-zh-025",
        ),  # BASHH 2014 UK national guideline on anogenital herpes: urinary retention complicating primary HSV -> same-day hospital referral for catheterisation (suprapubic preferred)
        pytest.param(
            [
                "男 28 昨晚跟一个男的发生关系 套子破了",
                "对方说他是HIV阳性 没在吃药",
                "大概20个钟头之前",
                "想问能不能吃阻断药",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r47-zh-046",
        ),  # 中国HIV暴露后预防用药专家共识(2020) / WHO 2024 PEP guidelines: high-risk sexual exposure to HIV-positive untreated source -> start PEP as soon as possible, within 72 h -> same-day referral
        pytest.param(
            [
                "30岁 下面左边长个包 鸡蛋那么大",
                "红肿 痛得坐都坐不下去 走路也痛",
                "3天了 摸着有点软 有波动感",
                "不发烧",
            ],
            _patient(10957, "female", (), pregnant=False),
            id="r47-zh-053",
        ),  # NICE CKS Bartholin's cyst and abscess: painful fluctuant Bartholin's abscess -> same-day referral for incision and drainage (Word catheter/marsupialisation)
        pytest.param(
            [
                "25F painful swollen R knee since yesterday, can't bend it, also few small pustules on hands and wrist",
                "T 38.3, HR 100, BP 118/70",
                "new partner recently, had some discharge last week",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r47-en-007",
        ),  # BASHH UK national guideline gonorrhoea (2019): disseminated gonococcal infection needs hospital assessment and parenteral ceftriaxone; NICE CKS Septic arthritis - same-day referral for hot swollen joint
        pytest.param(
            [
                "on combined pill, started new pack 3 days late so the break was 10 days",
                "had sex without condom 2 nights ago, during the break",
                "no symptoms, just asking",
            ],
            _patient(8766, "female", (), pregnant=None),
            id="r47-en-016",
        ),  # FSRH CEU guidance Incorrect use of combined hormonal contraception (2021): pill-free interval extended and UPSI in the break/week 1 - emergency contraception needed
        pytest.param(
            [
                "She had unprotected sex on Sunday night, today is Thursday",
                "asks if its too late for the emergency pill",
                "sorry correction - it was Monday night not Sunday. cycle 28 days",
            ],
            _patient(10957, "female", (), pregnant=None),
            id="r47-en-022",
        ),  # FSRH Clinical Guideline Emergency Contraception: LNG within 72h, ulipristal within 120h, Cu-IUD within 5 days of UPSI - provide same day
        pytest.param(
            [
                "25 y male, receptive anal sex without condom with a guy he met online, saturday night",
                "doesn't know the partner's HIV status",
                "today is monday morning",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r47-en-026",
        ),  # BASHH/BHIVA UK guideline for PEPSE (2021): PEP recommended after receptive anal sex with an MSM partner of unknown status, start as soon as possible within 72 h
        pytest.param(
            [
                "34M pain and swelling R testicle, came on gradually over 3 days",
                "also burning when peeing and some discharge from penis",
                "T 37.8, no vomiting, no sudden onset",
            ],
            _patient(12418, "male", (), pregnant=None),
            id="r47-en-029",
        ),  # BASHH UK national guideline epididymo-orchitis (2020) / NICE CKS Scrotal pain: take tests and start empirical antibiotics same day, torsion excluded clinically
        pytest.param(
            [
                "breastfeeding, baby 5 wks, L breast red wedge area, painful",
                "fever 38.6, achy like flu, since yesterday",
                "kept feeding and pumping but not getting better",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r47-en-034",
        ),  # NICE CKS Mastitis and breast abscess: systemically unwell or no improvement after 12-24 h effective milk removal - start oral antibiotics (same day)
        pytest.param(
            [
                "painful lump at the side of the vaginal entrance, 3 days, getting bigger",
                "about golf ball size now, red and very tender, she can't sit or walk properly",
                "temp 37.6, otherwise ok",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r47-en-049",
        ),  # NICE CKS Bartholin's cyst and abscess: Bartholin's abscess - same-day referral to gynaecology for drainage (Word catheter / marsupialisation)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "22岁 左边乳房摸到个包 花生米那么大",
                "光滑 推着会动 不痛",
                "发现一个多月了 没长大",
                "家里没人得过乳腺癌",
            ],
            _patient(8035, "female", (), pregnant=False),
            id="r47-zh-002",
        ),  # NICE NG12 1.1 breast cancer: under 30 with unexplained breast lump -> consider non-urgent referral (likely fibroadenoma)
        pytest.param(
            [
                "他以前得过生殖器疱疹 医院确诊过的",
                "今天又有点刺痛 冒了几个小水泡",
                "跟以前发的一样 比第一次轻多了",
                "不发烧 小便正常",
            ],
            _patient(12053, "male", ("生殖器疱疹",), pregnant=None),
            id="r47-zh-003",
        ),  # BASHH 2014 anogenital herpes guideline: recurrences are self-limiting -> supportive measures (saline bathing, analgesia) +/- patient-initiated episodic aciclovir
        pytest.param(
            [
                "68岁 外阴痒了好几年了 晚上痒得睡不着",
                "看着皮肤发白 有点皱巴巴的",
                "没有溃烂 没有硬块 不出血",
                "以前擦过皮炎平 不管用",
            ],
            _patient(24837, "female", (), pregnant=False),
            id="r47-zh-005",
        ),  # BAD 2018 guidelines for lichen sclerosus / NICE CKS Lichen sclerosus: no ulcer or lump -> routine assessment and potent topical steroid
        pytest.param(
            [
                "体检B超报告 左侧卵巢囊肿 3.2cm 单房 无回声 壁薄",
                "35岁 没什么不舒服",
                "月经正常",
                "她很紧张 怕是长瘤子了",
            ],
            _patient(12783, "female", (), pregnant=False),
            id="r47-zh-008",
        ),  # RCOG Green-top Guideline No.62: simple ovarian cysts <50 mm in premenopausal women are usually physiological and need no follow-up -> reassurance
        pytest.param(
            [
                "喂奶的 宝宝1个月",
                "今天早上右边乳房有个小硬块 有点痛",
                "皮肤不怎么红 不发烧",
                "奶还通的",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r47-zh-015",
        ),  # NICE CKS Mastitis and breast abscess / ABM Protocol #36: blocked duct without systemic symptoms -> continue breastfeeding, analgesia; antibiotics only if not improving in 12-24 h or unwell
        pytest.param(
            [
                "45岁 今天聊天的时候说 前几年老公经常打她",
                "现在已经离婚了 分开住两年 他也不来找她",
                "就是心里一直有阴影 睡不好 老做噩梦",
                "身上没伤 她说没有想不开的念头",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r47-zh-020",
        ),  # WHO 2013 IPV guidelines: past violence, no current danger -> first-line support (LIVES) and routine follow-up; NICE NG116 PTSD: refer for trauma-focused psychological therapy
        pytest.param(
            [
                "药流第3天",
                "出血跟来月经量多的时候差不多 有小血块",
                "一阵一阵痛 吃了布洛芬好些",
                "没发烧 一个钟头一片卫生巾都用不完",
            ],
            _patient(9496, "female", (), pregnant=False),
            id="r47-zh-021",
        ),  # WHO Abortion care guideline (2022): expected bleeding and cramping after medical abortion; warning signs (>2 pads/h for 2 h, fever >24 h after misoprostol) absent -> home care with advice
        pytest.param(
            [
                "60岁 下面干涩 同房痛",
                "有时候有点痒",
                "没有出血 没摸到包",
                "小便也正常",
            ],
            _patient(21915, "female", (), pregnant=False),
            id="r47-zh-028",
        ),  # NICE NG23 Menopause 1.4 urogenital atrophy: offer vaginal oestrogen at routine appointment
        pytest.param(
            [
                "32岁 两边乳房胀痛 一碰就痛",
                "每次来月经前一个礼拜就这样 来了就好",
                "自己摸了没摸到包块",
                "奶头没流东西",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r47-zh-030",
        ),  # NICE CKS Breast pain - cyclical: no lump, typical premenstrual pattern -> reassurance, supportive bra, simple analgesia
        pytest.param(
            [
                "她上环3年了 今天自己摸不到尾丝了",
                "肚子不痛 没出血 月经正常",
                "上次月经是两个礼拜前",
                "这个月还没同过房",
            ],
            _patient(None, "female", ("宫内节育器",), pregnant=False),
            id="r47-zh-031",
        ),  # FSRH CEU Intrauterine Contraception: threads not felt, asymptomatic, no recent UPSI -> use condoms and arrange routine ultrasound/clinic review
        pytest.param(
            [
                "51岁 月经半年没来了",
                "一阵一阵发热 出汗 晚上睡不好觉",
                "心慌一下就过了 BP126/80 心率78",
                "问能不能吃点啥药",
            ],
            _patient(18627, "female", (), pregnant=False),
            id="r47-zh-032",
        ),  # NICE NG23 Menopause: vasomotor symptoms -> routine appointment to discuss HRT/non-hormonal options
        pytest.param(
            [
                "她吃的短效避孕药 昨晚忘了吃一片",
                "今天早上才想起来",
                "这几天都没同房",
                "要不要吃紧急避孕药",
            ],
            _patient(None, "female", (), pregnant=False),
            id="r47-zh-036",
        ),  # FSRH CEU Combined hormonal contraception missed pill rules: one missed pill (<48 h late) -> take it now, continue pack; no EC or extra precautions needed
        pytest.param(
            [
                "17岁 来月经肚子痛 痛得在床上躺着起不来",
                "今天第一天 吐了一次",
                "每个月都这样 头一两天痛 后面就好了",
                "不发烧 量正常",
            ],
            _patient(6209, "female", (), pregnant=False),
            id="r47-zh-040",
        ),  # NICE CKS Dysmenorrhoea: primary dysmenorrhoea in adolescent with typical pattern and no red flags -> NSAIDs, heat, self-care
        pytest.param(
            [
                "女 30 下面痒 白带像豆腐渣一样",
                "吃了一个礼拜阿莫西林以后开始的",
                "不痛 不发烧 没怀孕",
                "以前没得过这个",
            ],
            _patient(10957, "female", (), pregnant=False),
            id="r47-zh-041",
        ),  # NICE CKS Candida - vulvovaginal / 外阴阴道假丝酵母菌病诊治规范: uncomplicated VVC -> OTC intravaginal clotrimazole or oral fluconazole
        pytest.param(
            [
                "19岁 刚开始吃避孕药一个多月",
                "不是来月经的时候也有点点出血",
                "每天都按时吃 没漏过",
                "肚子不痛 同房不出血 就一个男朋友 都戴套",
            ],
            _patient(6939, "female", (), pregnant=False),
            id="r47-zh-043",
        ),  # FSRH CEU Problematic bleeding with hormonal contraception: unscheduled bleeding common in first 3 months of CHC, no STI risk or red flags -> reassurance
        pytest.param(
            [
                "男 35 上礼拜出去玩 没戴套",
                "6天前的事了 现在很担心得艾滋",
                "没什么不舒服",
                "还能不能吃阻断药",
            ],
            _patient(12783, "male", (), pregnant=None),
            id="r47-zh-044",
        ),  # 中国HIV暴露后预防用药专家共识(2020) / WHO PEP guidelines: PEP not recommended beyond 72 h -> routine HIV/STI testing with window-period retest
        pytest.param(
            [
                "55岁 绝经3年了 吃替勃龙2个月",
                "这几天有点点滴滴出血 褐色的",
                "肚子不痛",
                "她吓到了 以为是癌",
            ],
            _patient(20088, "female", (), pregnant=False),
            id="r47-zh-051",
        ),  # NICE NG23 Menopause / British Menopause Society: unscheduled bleeding common in first 3-6 months of continuous combined HRT or tibolone -> routine review; investigate if persists beyond 6 months
        pytest.param(
            [
                "25岁 右边小肚子隐隐痛 一天了",
                "刚好是两次月经中间 每个月差不多这个时候都痛一下",
                "不吐不烧 白带有点拉丝",
                "尿hcg阴性",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r47-zh-056",
        ),  # NICE CKS / RCOG patient information: mittelschmerz (ovulation pain) - mid-cycle unilateral pain lasting hours to 2 days, no red flags -> simple analgesia
        pytest.param(
            [
                "今天上午刚上的环",
                "下午说小肚子一阵一阵痛 有点点出血",
                "像来月经那种痛 忍得住",
                "不发烧 血压心率正常",
            ],
            _patient(10227, "female", ("宫内节育器",), pregnant=False),
            id="r47-zh-059",
        ),  # FSRH CEU Intrauterine Contraception: cramping and light bleeding are common after insertion -> simple analgesia; return if severe pain, fever or persisting
        pytest.param(
            [
                "28岁 白带有股鱼腥味 同房以后更明显",
                "灰白色 稀稀的",
                "不痒不痛 不发烧",
                "没怀孕",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r47-zh-060",
        ),  # NICE CKS Bacterial vaginosis: symptomatic, non-pregnant -> oral metronidazole at routine appointment
        pytest.param(
            [
                "61F saw some pink spotting once on toilet paper last week",
                "menopause at 51, not on HRT",
                "no pain, none since, feels well",
            ],
            _patient(22280, "female", ("hypertension",), pregnant=False),
            id="r47-en-002",
        ),  # NICE NG12 suspected cancer 1.5: postmenopausal bleeding aged 55+ - suspected cancer pathway referral (appointment within 2 weeks), not same day
        pytest.param(
            [
                "during a check up, 50 yo lady told me her ex husband used to beat her, years ago",
                "she is divorced now, lives with her daughter, feels safe",
                "still bad sleep and nightmares sometimes, no thoughts of hurting herself",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r47-en-003",
        ),  # WHO 2013 clinical guidelines Responding to IPV: first-line support (LIVES) and routine referral for trauma-focused psychological care when no current danger
        pytest.param(
            [
                "had medical abortion 8 days ago, passed everything, US confirmed",
                "still light bleeding like end of period, getting less",
                "no fever, no pain, asking if normal",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r47-en-005",
        ),  # WHO Abortion care guideline (2022): bleeding after medical abortion commonly continues up to 2-3 weeks, decreasing - reassurance and warning signs
        pytest.param(
            [
                "44 yo found a lump in L breast in the shower 1 wk ago",
                "about 2cm, not painful, no skin change, no nipple discharge",
                "feels well",
            ],
            _patient(16071, "female", (), pregnant=False),
            id="r47-en-008",
        ),  # NICE NG12 suspected cancer 1.3.1: unexplained breast lump aged 30+ - suspected cancer pathway referral (within 2 weeks)
        pytest.param(
            [
                "41F heavy periods for 2 yrs, on day 1-2 sometimes has to change pad every 2 hrs",
                "otherwise well, periods regular",
                "Hb 128 today, not bleeding now",
            ],
            _patient(14975, "female", (), pregnant=False),
            id="r47-en-015",
        ),  # NICE NG88 Heavy menstrual bleeding: routine assessment and treatment (LNG-IUS, tranexamic acid) when no anaemia or acute bleeding
        pytest.param(
            [
                "small lump at side of vaginal opening, noticed 2 wks ago",
                "pea size, soft, not painful, not red",
                "no fever",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r47-en-020",
        ),  # NICE CKS Bartholin's cyst and abscess: asymptomatic small cyst in a woman under 40 needs no treatment - warm baths and advice
        pytest.param(
            [
                "man 29, his gf was told she has gonorrhea at another clinic",
                "he has no symptoms, no discharge, no pain",
                "wants to get checked",
            ],
            _patient(10592, "male", (), pregnant=None),
            id="r47-en-021",
        ),  # BASHH UK national guideline gonorrhoea (2019): asymptomatic contacts - testing and epidemiological treatment via routine sexual health appointment
        pytest.param(
            [
                "copper IUD put in 6 wks ago",
                "periods a bit heavier and some spotting in between, more cramps during period",
                "no fever, no pain in between, no smelly discharge, threads felt at check",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r47-en-028",
        ),  # FSRH Clinical Guideline Intrauterine Contraception (2023): heavier periods and unscheduled bleeding are common in first 3-6 months - reassurance, NSAIDs
        pytest.param(
            [
                "both breasts sore and swollen, worse in the week before her period",
                "no lump felt, no nipple discharge, gets better once period starts",
                "32 yo, worried because her aunt had breast cancer at 68",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r47-en-030",
        ),  # NICE CKS Breast pain - cyclical: reassurance, well-fitting bra, simple analgesia; NICE CG164 - one second-degree relative >50 not increased risk
        pytest.param(
            [
                "73 yo lady itching of vulva for months, worse at night",
                "skin there looks white and thin, some cracks",
                "no lump, no bleeding, no ulcer",
            ],
            _patient(26663, "female", (), pregnant=False),
            id="r47-en-031",
        ),  # NICE CKS Lichen sclerosus: routine diagnosis and potent topical steroid; urgent referral only if suspected malignancy
        pytest.param(
            [
                "52F hot flushes many times a day, night sweats, poor sleep",
                "periods irregular last year, last one 8 months ago",
                "feels heart beating fast during flushes. BP 128/80 HR 78",
            ],
            _patient(18993, "female", (), pregnant=False),
            id="r47-en-032",
        ),  # NICE NG23 Menopause: clinical diagnosis over 45, discuss HRT and options at a routine appointment
        pytest.param(
            [
                "pt forgot 2 pills (combined pill, middle of pack)",
                "sorry, only 1 pill - yesterday's. took it this morning when she noticed",
                "no sex since last week",
            ],
            _patient(8400, "female", (), pregnant=False),
            id="r47-en-036",
        ),  # FSRH CEU guidance Incorrect use of combined hormonal contraception (2021): one missed pill - take it as soon as possible, continue pack, no EC or extra precautions
        pytest.param(
            [
                "16 yo girl, bad cramps lower belly, period started this morning",
                "every month the same for the first 1-2 days, sometimes vomits once",
                "no fever, not sexually active, vitals normal",
            ],
            _patient(5844, "female", (), pregnant=False),
            id="r47-en-040",
        ),  # NICE CKS Dysmenorrhoea: primary dysmenorrhoea - NSAIDs, heat, self-management
        pytest.param(
            [
                "itchy down there and thick white discharge like cottage cheese, 3 days",
                "no smell, no tummy pain, no fever",
                "had antibiotics for a cough last week. first time this happened",
            ],
            _patient(None, "female", (), pregnant=False),
            id="r47-en-041",
        ),  # NICE CKS Candida - vulvovaginal: uncomplicated infection in non-pregnant women - OTC clotrimazole or oral fluconazole
        pytest.param(
            [
                "mum 4 days after delivery, breastfeeding, both breasts very full, hard and sore",
                "no fever, no red patch",
                "baby feeding ok",
            ],
            _patient(9861, "female", (), pregnant=False),
            id="r47-en-043",
        ),  # NICE CKS Mastitis and breast abscess / NICE NG194 Postnatal care: breast engorgement - frequent effective feeding, analgesia, self-care
        pytest.param(
            [
                "male 38, sex with a sex worker without condom last week (6 days ago)",
                "wants the HIV blocking drug",
                "no symptoms",
            ],
            _patient(13879, "male", (), pregnant=None),
            id="r47-en-044",
        ),  # WHO HIV PEP guidelines (2014) / BASHH PEPSE 2021: PEP not recommended beyond 72 h - offer baseline HIV/STI tests and repeat testing routinely
        pytest.param(
            [
                "got a lab result back from health check: TPPA positive, RPR 1:2",
                "55M, no rash no sores, says never treated",
                "what to do?",
            ],
            _patient(20088, "male", (), pregnant=None),
            id="r47-en-051",
        ),  # China Syphilis diagnosis and treatment guideline (2020) / BASHH syphilis 2015: asymptomatic positive serology - refer for staging and benzathine penicillin at a routine STI clinic visit
        pytest.param(
            [
                "F 25 pain one side L lower abdomen since this morning, dull",
                "period due in about 2 wks, she gets this mid-month most months, goes away in a day",
                "no vomiting no fever, walking fine, BP 112/70 HR 76",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r47-en-056",
        ),  # NICE CKS Dysmenorrhoea / ACOG guidance on ovulation pain (mittelschmerz): recurrent mid-cycle unilateral pain with normal observations - analgesia and reassurance
        pytest.param(
            [
                "30F health check US report: simple cyst R ovary 32mm",
                "no pain at all, periods normal",
                "she is scared it is a tumour or will twist",
            ],
            _patient(10957, "female", (), pregnant=False),
            id="r47-en-059",
        ),  # RCOG Green-top Guideline No.62: simple ovarian cysts <50 mm in premenopausal women are usually physiological and need no follow-up
        pytest.param(
            [
                "took levonorgestrel morning after pill 2 days ago",
                "now a bit of spotting and nausea",
                "no pain, period due next week",
            ],
            _patient(7670, "female", (), pregnant=None),
            id="r47-en-060",
        ),  # FSRH Clinical Guideline Emergency Contraception: nausea and irregular spotting are expected side effects; pregnancy test if period >7 days late
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
