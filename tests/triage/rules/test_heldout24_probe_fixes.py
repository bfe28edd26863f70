# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-fourth held-out round (2026-12-06, at commit c0a2b5f: two reviewers, 120 cases on
safeguarding told through a medical visit, which no earlier round took: bruises and burns in
babies not yet mobile, injuries that do not fit the story, a child's disclosure, a child left
alone, domestic abuse and strangulation by a partner, threats to kill with a weapon in or
outside the clinic, abuse and neglect of older people, a person with dementia alone or
wandering, an intoxicated teenager, a parent who cannot cope, forced marriage and trafficking;
look-alikes: a walking toddler's shin bruise, a Mongolian blue spot, cupping and gua sha marks,
a quarrel without threat; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these
fixes the rules found 13 of 16 and 5 of 16 emergencies, graded 5 of 24 and 3 of 24 same-day
cases exactly, and sent no look-alike to emergency; two bruised children were sent to
emergency as cyanosed ("bluish bruise", 有的发紫).

What changed: new triage/rules/rules_safeguarding.py, each rule from its guideline: immediate
danger (a threat to kill with a weapon or the abuser nearby, a young child alone with no adult
coming back: police and ambulance; NICE PH50, WHO 2013, 反家庭暴力法), strangulation (with a
faint, a changed voice, painful swallowing, breathlessness or in pregnancy an emergency, else
same day; FFLM/IFAS 2023), domestic abuse (same day, NICE PH50), child protection (NICE CG89:
patterned burns and bruises, human bite marks, a torn frenulum, a disclosure, a child left
alone, neglect, exploitation, a swollen limb in a baby), a parent who cannot cope (NICE CG192),
forced marriage and trafficking (police if the family waits outside), an intoxicated child and
a person with dementia unsafe at home (NICE NG97); grip-mark bruises and an older person's own
account are enough for elder abuse; a child's scald with pallor or cold hands and listlessness
is an emergency; bruises are not cyanosis; "hands cold" is not a cold. After: 16/16, 16/16;
23/24, 23/24; look-alikes 20/20, 20/20.

Left as they are: a man with dementia whose wife had a stroke this morning is graded as if the
stroke were his (a spouse's illness told in the same breath as the patient's is not yet told
apart), and a son with schizophrenia whose voices tell him to hurt his mother, with no weapon
and the mother away, stays an emergency (threatened violence)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "急！一个妇女跑进卫生室躲着，说她男人拿着菜刀在外面找她",
                "说今天要砍死她，我们听见他在院子里喊",
                "她手臂上有刀口在流血",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="p24-zh-004",
        ),  # 中华人民共和国反家庭暴力法 (2015) 第十四条 强制报告; 第二十三条 人身安全保护令; WHO Responding to intimate partner violence and sexual violence against women: clinical and policy guidelines (2013), Sec 2 first-line support — assess immediate safety (call 110 and 120)
        pytest.param(
            [
                "一个病人家属喝了酒在诊室闹，拿输液架砸东西",
                "说医生治坏了他爸，要捅死我们，手里有把水果刀",
                "护士被推倒了",
            ],
            _patient(16425, "male", ("醉酒",), pregnant=None),
            id="p24-zh-005",
        ),  # 国家卫健委/公安部 关于加强医疗机构安全防范（医闹持械）相关规定; WHO mhGAP Intervention Guide v2.0 (2016), Self-harm/violence — imminent risk of harm to others: call police
        pytest.param(
            [
                "2岁男孩，邻居发现他一个人在家，两只脚和屁股都烫伤了",
                "烫伤边缘很整齐，像穿了袜子一样一圈，起大水泡，有的地方发白",
                "爸妈都不在，孩子哭得有气无力，手脚发凉",
            ],
            _patient(730, "male", (), pregnant=None),
            id="p24-zh-008",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 burns/scalds — immersion pattern, glove/stocking distribution; 1.3 neglect — inadequate supervision; large paediatric burn with shock
        pytest.param(
            [
                "pt 34F at front desk, says bf choked her last night with both hands",
                "she thinks she passed out for a bit, voice is hoarse now and it hurts to swallow",
                "red marks on both sides of neck",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="p24-en-001",
        ),  # Faculty of Forensic & Legal Medicine / Institute for Addressing Strangulation, Non-fatal strangulation guidance 2020 (updated 2023), red flags: loss of consciousness, voice change, dysphagia, breathing difficulty
        pytest.param(
            [
                "HV here, at home visit with 29F, 30 wks pregnant",
                "partner had his arm round her neck this morning til she 'saw stars', now a bit short of breath and voice sounds different",
                "he's gone out but coming back later",
            ],
            _patient(10585, "female", ("pregnancy 30 weeks",), pregnant=True),
            id="p24-en-002",
        ),  # Faculty of Forensic & Legal Medicine / Institute for Addressing Strangulation, Non-fatal strangulation guidance 2020 (updated 2023), red flags: loss of consciousness, voice change, dysphagia, breathing difficulty; NICE PH50 2014
        pytest.param(
            [
                "pt 41F in room 3 just told GP her husband is sat in the waiting room",
                "he told her this morning he'd kill her if she talked to anyone and he has a knife in his jacket",
                "she's shaking, we've kept her in the room",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="p24-en-004",
        ),  # NICE PH50 Domestic violence and abuse: multi-agency working, 2014, recs 5-8 (identify, assess risk, refer; immediate danger -> 999); SafeLives DASH risk checklist (threats to kill, weapon)
        pytest.param(
            [
                "man in reception shouting he'll stab the receptionist if he doesn't get his meds now",
                "he's pulled out a blade",
                "other patients still in the waiting room",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="p24-en-005",
        ),  # NICE NG10 Violence and aggression: short-term management, 2015, section 1.4 (immediate risk -> police)
        pytest.param(
            [
                "mum on phone, 24, baby is 3 wks old",
                "says she keeps thinking about putting a pillow over his face and is scared she'll actually do it",
                "she's alone with him, partner at work till 10pm",
            ],
            _patient(8760, "female", ("postnatal 3 weeks",), pregnant=False),
            id="p24-en-007",
        ),  # NICE CG192 Antenatal and postnatal mental health 2014 (updated 2020), 1.10 urgent assessment of risk to infant; WHO mhGAP Intervention Guide 2016
        pytest.param(
            [
                "DN visit: 88F with Alzheimer's, lives with son who's been away since Fri",
                "found her on the bedroom floor, can't get up, maybe 2 days there",
                "wet through, mouth very dry, right leg looks short and turned out",
            ],
            _patient(32120, "female", ("Alzheimer's dementia",), pregnant=None),
            id="p24-en-010",
        ),  # NICE CG124 Hip fracture 2011; NICE NG97 Dementia 2018; Care Act 2014 statutory guidance ch.14 (neglect)
        pytest.param(
            [
                "6yo girl in with her aunt, told the nurse mummy's boyfriend banged her head on the wall last night",
                "she's been sick twice this morning and keeps nodding off in the chair",
                "big lump on the back of her head",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="p24-en-011",
        ),  # NICE NG232 Head injury 2023 (vomiting, drowsiness); NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), child disclosure
        pytest.param(
            [
                "20mo boy, mum says he climbed into a hot bath",
                "both legs red and blistered up to the knees, straight line at the top, no splash marks",
                "he's pale, hands cold, very quiet",
            ],
            _patient(608, "male", (), pregnant=None),
            id="p24-en-012",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.4 scalds (immersion, clear tide marks); NICE CKS Burns and scalds 2020 (large burn / shock in child -> ED)
        pytest.param(
            [
                "reception: call just came in from a little boy, says he's 5",
                "mummy went out yesterday and hasn't come back, his baby sister is crying and he can't make her stop",
                "he read us the address off a letter",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="p24-en-013",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.3 neglect (supervision); Working Together to Safeguard Children 2023 - immediate danger -> police 999
        pytest.param(
            [
                "pt 38F, husband hit her over the head with a bottle about 2 hrs ago",
                "cut on scalp, vomited twice, says terrible headache and can't remember getting here",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="p24-en-014",
        ),  # NICE NG232 Head injury 2023 (vomiting, amnesia -> ED); NICE PH50 Domestic violence and abuse: multi-agency working, 2014, recs 5-8 (identify, assess risk, refer; immediate danger -> 999)
        pytest.param(
            [
                "practice nurse: 17F came in alone asking for 'contraception'",
                "whispered she's being flown to Pakistan tonight to marry her cousin, dad and brother waiting in the car park",
                "says they'll hurt her if she refuses",
            ],
            _patient(6205, "female", (), pregnant=False),
            id="p24-en-015",
        ),  # HM Government Multi-agency statutory guidance for dealing with forced marriage 2023 (imminent risk -> police 999, 'one chance' rule)
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "4个月男孩，来打疫苗时发现左脸颊一块青",
                "孩子还不会翻身，家里说不知道怎么弄的",
                "精神、吃奶都好",
            ],
            _patient(120, "male", (), pregnant=None),
            id="p24-zh-017",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 bruising in a child who is not independently mobile → suspect maltreatment, same-day paediatric/safeguarding assessment
        pytest.param(
            [
                "5个月女婴，手背和脚底有3个圆圆的小疤，像烫的",
                "大小都差不多，直径不到1厘米",
                "奶奶说是蚊子咬了抓破的，孩子精神还好",
            ],
            _patient(150, "female", (), pregnant=None),
            id="p24-zh-018",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 burns — cigarette-burn-like, in a non-mobile infant; 最高检/国家卫健委等 关于建立侵害未成年人案件强制报告制度的意见（试行）(2020)
        pytest.param(
            [
                "4岁男孩，来看感冒",
                "脱衣服听诊时发现背上、屁股、耳朵上都有青紫，有的发黄有的发紫",
                "问孩子他低头不说话，爸爸说是他自己皮摔的",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="p24-zh-020",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 bruising — protected areas (back, buttocks, ears), multiple bruises of different ages
        pytest.param(
            [
                "7岁男孩自己跟校医说继父用皮带抽他",
                "背上和大腿后面一条条红印，有的破皮了",
                "说不敢回家，今天放学就得回去",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="p24-zh-022",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.1 child disclosure of maltreatment; 1.2 implement-shaped marks; 最高检/国家卫健委等 关于建立侵害未成年人案件强制报告制度的意见（试行）(2020)
        pytest.param(
            [
                "8岁女孩，妈妈带来说孩子下面痒、尿痛",
                "单独问孩子，她说舅舅经常摸她下面，让她别告诉别人",
                "舅舅就住在她家",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="p24-zh-023",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.1 disclosure; 1.4 sexual abuse — anogenital symptoms with disclosure; 最高检/国家卫健委等 关于建立侵害未成年人案件强制报告制度的意见（试行）(2020)
        pytest.param(
            [
                "女，35岁，来看眼睛，左眼眶青紫肿着",
                "说是撞门上了，胳膊上也有好几块淤青",
                "单独问她，哭了，说老公喝了酒就打她，好几年了",
                "视力没问题，没有头晕呕吐",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="p24-zh-025",
        ),  # WHO Responding to intimate partner violence and sexual violence against women: clinical and policy guidelines (2013), Sec 2 LIVES first-line support, safety assessment, documentation; 中华人民共和国反家庭暴力法 (2015) 第十四条 强制报告; 第二十三条 人身安全保护令
        pytest.param(
            [
                "孕20周，24岁，跟婆家吵架被老公推倒，坐到地上",
                "屁股有点疼，胳膊有淤青，肚子不疼，没出血",
                "她说不是第一次了",
            ],
            _patient(8760, "female", ("妊娠20周",), pregnant=True),
            id="p24-zh-026",
        ),  # WHO Responding to intimate partner violence and sexual violence against women: clinical and policy guidelines (2013), Sec 2 — IPV in pregnancy; NICE PH50 (2014) Rec 6; trauma in pregnancy needs same-day obstetric check
        pytest.param(
            [
                "女，42岁，两天前被丈夫掐过脖子",
                "当时没晕，现在脖子上还有红印，说话吞咽都正常",
                "她说他讲过下次就掐死她",
            ],
            _patient(15330, "female", (), pregnant=False),
            id="p24-zh-027",
        ),  # Training Institute on Strangulation Prevention, Recommendations for medical evaluation of acute adult non-fatal strangulation (2019); WHO Responding to intimate partner violence and sexual violence against women: clinical and policy guidelines (2013), Sec 2 safety assessment — strangulation and threats to kill are high-risk markers; 中华人民共和国反家庭暴力法 (2015) 第十四条 强制报告; 第二十三条 人身安全保护令
        pytest.param(
            [
                "79岁老奶奶，两只胳膊上都有指印一样的淤青",
                "照顾她的儿媳一直站旁边替她回答",
                "儿媳出去后老人小声说别让她知道，她掐我，不给饭吃",
                "人瘦了不少",
            ],
            _patient(28835, "female", (), pregnant=None),
            id="p24-zh-028",
        ),  # WHO Elder abuse fact sheet (2022); WHO Missing Voices elder abuse (2002) — physical abuse and neglect by carer; 中华人民共和国反家庭暴力法 (2015) 第十四条 强制报告; 第二十三条 人身安全保护令 (家庭成员间虐待)
        pytest.param(
            [
                "85岁老爷子，痴呆，儿子儿媳白天去镇上干活，把他锁在家里",
                "邻居说听见他喊了一天，我们去看他一天没吃东西，尿了一裤子",
                "人是清醒的，能说话，有点口干",
            ],
            _patient(31025, "male", ("痴呆",), pregnant=None),
            id="p24-zh-029",
        ),  # WHO Elder abuse fact sheet (2022); WHO Missing Voices elder abuse (2002) — neglect; NICE NG97 Dementia (2018) safeguarding
        pytest.param(
            [
                "90岁老太太，养老金被孙子拿走了，说饭都吃不饱",
                "尾骨那里有个褥疮，硬币大小，有点渗液，不发烧",
                "孙子不让她来看病，今天是邻居带来的",
            ],
            _patient(32850, "female", (), pregnant=None),
            id="p24-zh-030",
        ),  # WHO Elder abuse fact sheet (2022); WHO Missing Voices elder abuse (2002) — financial abuse and neglect; pressure ulcer
        pytest.param(
            [
                "14岁男孩，过年跟大人一起喝了不少白酒",
                "吐了几次，走路不稳，但叫他能答应，话说得清楚",
                "没有磕到头",
            ],
            _patient(5110, "male", (), pregnant=None),
            id="p24-zh-032",
        ),  # WHO mhGAP Intervention Guide v2.0 (2016), SUB module — alcohol intoxication in adolescent, observe (hypoglycaemia, aspiration); NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.3 neglect
        pytest.param(
            [
                "17岁女孩，说同学给她抽了一种电子烟，不知道里面是什么",
                "现在心慌、很害怕，心率110，血压130/85",
                "人清醒，没抽搐，没胸痛",
            ],
            _patient(6205, "female", (), pregnant=None),
            id="p24-zh-033",
        ),  # WHO mhGAP Intervention Guide v2.0 (2016), SUB module — unknown substance intoxication, alert, needs same-day assessment
        pytest.param(
            [
                "6岁女孩，爷爷上周去世了，爸妈在外地打工",
                "这几天她一个人在家，邻居偶尔给口饭吃",
                "来的时候很脏，头上有虱子，饿得很，没受伤",
            ],
            _patient(2190, "female", ("留守儿童",), pregnant=None),
            id="p24-zh-034",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.3 neglect — child left alone without adequate supervision; 中华人民共和国未成年人保护法 (2020) 第二十一条; 最高检/国家卫健委等 关于建立侵害未成年人案件强制报告制度的意见（试行）(2020)
        pytest.param(
            [
                "产后3周，女，27岁，说孩子整夜哭，她快受不了了",
                "说有时候真想使劲摇他让他闭嘴，怕自己会伤到他",
                "还没动过手，老公在外地，她一个人带",
            ],
            _patient(9855, "female", ("产后3周",), pregnant=False),
            id="p24-zh-035",
        ),  # WHO mhGAP Intervention Guide v2.0 (2016), DEP module — perinatal women, thoughts of harming infant; NICE CG192 (2014) 1.5; NICE CG89 Child maltreatment: when to suspect (2009, updated 2017)
        pytest.param(
            [
                "一个年轻女的，看着十八九岁，外地口音，普通话说不好",
                "一个男的带来的，说是他老婆，问什么都是他替她答",
                "没身份证，下面分泌物多有异味，说月经两个月没来",
                "男的出去接电话时她拉着护士的手哭",
            ],
            _patient(6935, "female", ("疑似被拐卖",), pregnant=None),
            id="p24-zh-037",
        ),  # WHO/IOM Caring for trafficked persons: guidance for health providers (2009); WHO Responding to intimate partner violence and sexual violence against women: clinical and policy guidelines (2013); 中华人民共和国刑法 第240条
        pytest.param(
            [
                "15岁女孩，来开感冒药",
                "私下跟医生说家里收了彩礼，下个月要把她嫁给邻村一个三十多岁的男人",
                "她想上学，求我们帮她，身上没伤",
            ],
            _patient(5475, "female", ("强迫婚姻",), pregnant=None),
            id="p24-zh-038",
        ),  # 中华人民共和国民法典 第1042/1047条; 中华人民共和国未成年人保护法 (2020) 第十七条; 最高检/国家卫健委等 关于建立侵害未成年人案件强制报告制度的意见（试行）(2020)
        pytest.param(
            [
                "6周大的男婴，嘴里出血，上唇系带有个小撕裂",
                "妈妈说是奶瓶戳的，孩子还不会抓东西",
                "现在不出血了，吃奶正常",
            ],
            _patient(42, "male", (), pregnant=None),
            id="p24-zh-040",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 oral injury (torn frenulum) in a non-mobile infant — sentinel injury
        pytest.param(
            [
                "HV: 5 month old girl, not rolling yet",
                "small bluish bruise on her cheek, mum not sure how",
                "baby happy, feeding well",
            ],
            _patient(152, "female", (), pregnant=None),
            id="p24-en-017",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.2 bruising in a non-mobile child; TEN-4-FACESp (Pierce 2021) - same-day paediatric assessment
        pytest.param(
            [
                "HV visit: 9wk girl, left arm swollen above the elbow, screams when it's moved",
                "dad says it got caught in her sleeve yesterday",
                "feeding ok",
            ],
            _patient(63, "female", (), pregnant=None),
            id="p24-en-019",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.2 fractures in a non-mobile child; RCPCH Child Protection Evidence - fractures 2020
        pytest.param(
            [
                "school nurse: 8yo girl, PE teacher saw bruises on her back and upper arms",
                "some yellow some purple, she says she 'bumped into stuff'",
                "very quiet, didn't want to get changed",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="p24-en-021",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.2 bruising on back/upper arms, multiple bruises of different ages
        pytest.param(
            [
                "nursery sent in 3yo boy with an oval bite mark on upper arm",
                "about 4cm across, mum says another child did it but nursery say no biting incidents",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="p24-en-022",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.2 bites (adult-size human bite)
        pytest.param(
            [
                "practice nurse: 7yo boy told me his dad hits him with a belt when he's naughty",
                "long red marks across his thighs",
                "here with mum, dad picking him up later",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="p24-en-023",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), child disclosure of physical abuse, implement-shaped marks; Working Together to Safeguard Children 2023
        pytest.param(
            [
                "9yo girl, mum brought her for tummy aches and wetting the bed again",
                "in the room she told me her uncle touches her down below when he babysits, last time 3 weeks ago",
                "mum didn't know, very upset",
            ],
            _patient(3285, "female", (), pregnant=None),
            id="p24-en-024",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.1 disclosure of sexual abuse; RCPCH/FFLM Service specification for the clinical evaluation of children and young people who may have been sexually abused 2015 (non-acute, same-day referral)
        pytest.param(
            [
                "14F in for pregnancy test, it's positive",
                "says her boyfriend is 24, buys her phone and vapes, she's been staying at his flat",
                "she's well in herself",
            ],
            _patient(5110, "female", ("early pregnancy",), pregnant=True),
            id="p24-en-025",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.5 sexual abuse (pregnancy in under-16, older partner); DfE Child sexual exploitation guidance 2017
        pytest.param(
            [
                "32F in for 'sore wrist', fingermark bruises on both forearms",
                "says partner grabbed her in a row on Sunday, first time he's got physical",
                "no neck injury, staying at her sister's tonight",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="p24-en-026",
        ),  # NICE PH50 Domestic violence and abuse: multi-agency working, 2014, recs 5-8 (identify, assess risk, refer; immediate danger -> 999); NICE QS116 Domestic violence and abuse 2016
        pytest.param(
            [
                "22F, 16 wks pregnant, booked with us",
                "bruises on arms and back, says partner shoves her around when he's been drinking",
                "no tummy pain or bleeding, going back home tonight",
            ],
            _patient(8030, "female", ("pregnancy 16 weeks",), pregnant=True),
            id="p24-en-027",
        ),  # NICE PH50 Domestic violence and abuse: multi-agency working, 2014, recs 5-8 (identify, assess risk, refer; immediate danger -> 999); NICE CG110 Pregnancy and complex social factors 2010; WHO Responding to intimate partner violence and sexual violence against women 2013
        pytest.param(
            [
                "45F mentioned at her BP check that her ex grabbed her by the throat about 10 days ago",
                "no marks now, voice fine, breathing fine, didn't black out",
                "says he's been texting her since",
            ],
            _patient(16425, "female", ("hypertension",), pregnant=False),
            id="p24-en-028",
        ),  # Faculty of Forensic & Legal Medicine / Institute for Addressing Strangulation, Non-fatal strangulation guidance 2020 (updated 2023), red flags: loss of consciousness, voice change, dysphagia, breathing difficulty (strangulation is a high-risk homicide marker even without symptoms); SafeLives DASH / MARAC referral
        pytest.param(
            [
                "26F on phone for a sick note",
                "told me partner said last week he'll kill her and the kids if she leaves",
                "they're at her mum's now, scared to go home, no injuries",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="p24-en-029",
        ),  # NICE PH50 Domestic violence and abuse: multi-agency working, 2014, recs 5-8 (identify, assess risk, refer; immediate danger -> 999); SafeLives DASH risk checklist (threats to kill -> high risk, MARAC)
        pytest.param(
            [
                "care home nurse: 84F advanced dementia, new bruises on both upper arms like fingertips",
                "no fall reported, night staff changed recently",
                "she's calm, no obvious pain",
            ],
            _patient(30660, "female", ("advanced dementia",), pregnant=None),
            id="p24-en-030",
        ),  # NICE NG189 Safeguarding adults in care homes 2021; Care Act 2014 s42 safeguarding enquiry
        pytest.param(
            [
                "DN: 76M lives with daughter who is his carer, she handles his money",
                "lost a lot of weight, grade 3 pressure sore on sacrum, bed soaked, fridge empty",
                "he says he's hungry, daughter refusing hospital",
            ],
            _patient(27740, "male", ("reduced mobility",), pregnant=None),
            id="p24-en-031",
        ),  # Care Act 2014 statutory guidance 14.17 (neglect, financial abuse); NICE QS89 Pressure ulcers 2015
        pytest.param(
            [
                "GP home visit: 81F vascular dementia, son supposed to visit daily but she says nobody's been for 3 days",
                "fridge empty, gas hob was left on",
                "she's ok in herself, eating a biscuit now",
            ],
            _patient(29565, "female", ("vascular dementia",), pregnant=None),
            id="p24-en-032",
        ),  # NICE NG97 Dementia 2018; Care Act 2014 statutory guidance ch.14 (neglect)
        pytest.param(
            [
                "73F rang, husband 78 has dementia, police brought him home at 2am, he'd walked 3 miles",
                "he's fine, no injuries",
                "she says she can't do another night, she's exhausted and scared he'll go again",
            ],
            _patient(28470, "male", ("dementia",), pregnant=None),
            id="p24-en-033",
        ),  # NICE NG97 Dementia 2018, section 1.11 supporting carers; Care Act 2014 (carer breakdown)
        pytest.param(
            [
                "dad, 30, here with 6 wk old son for check",
                "says baby cries for hours and last night he felt like shaking him, put him in the cot and walked out instead",
                "mum at home too, baby looks well",
            ],
            _patient(42, "male", (), pregnant=None),
            id="p24-en-034",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017); NICE NG194 Postnatal care 2021 (crying, parental coping); ICON programme
        pytest.param(
            [
                "13F brought in by police, found drunk in the park with older lads",
                "now alert and talking sense, vomited once an hour ago, no injuries",
                "police asking if ok to go home",
            ],
            _patient(4745, "female", (), pregnant=None),
            id="p24-en-036",
        ),  # NICE CG100 Alcohol-use disorders 2010; NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017) (risk of sexual exploitation); DfE CSE guidance 2017
        pytest.param(
            [
                "school nurse: 8yo boy says mum leaves him and his 4yo sister alone at night when she goes to work",
                "says it happens 'lots'",
                "kids in school now, mum collects at 3",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="p24-en-037",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.3 neglect (inadequate supervision)
        pytest.param(
            [
                "16F in with mum for travel jabs, 'family holiday' to Bangladesh in 3 weeks",
                "when mum stepped out she said she's heard them planning her marriage there and she doesn't want it",
                "asked us not to tell mum",
            ],
            _patient(5840, "female", (), pregnant=False),
            id="p24-en-039",
        ),  # HM Government Multi-agency statutory guidance for dealing with forced marriage 2023 (do not involve family; same-day referral Forced Marriage Unit)
        pytest.param(
            [
                "23mo girl, right arm swollen and she won't use it",
                "happened 4 days ago, parents gave different stories - dad said off the bed, mum said on the stairs",
                "otherwise ok",
            ],
            _patient(700, "female", (), pregnant=None),
            id="p24-en-040",
        ),  # NICE CG89 Child maltreatment: when to suspect, 2009 (updated 2017), section 1.1 inconsistent explanation and delay in presentation; section 1.2 fractures
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "3个月宝宝，腰骶和屁股上有一大片青灰色的斑",
                "妈妈说生下来就有，一直没变过，不痛不肿",
                "奶奶担心是不是被摔了",
            ],
            _patient(90, "male", (), pregnant=None),
            id="p24-zh-041",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 consider alternative explanation — congenital dermal melanocytosis (Mongolian blue spot)
        pytest.param(
            [
                "2岁男孩，刚学会跑，两条小腿前面有几块青",
                "孩子天天在院子里跑跳摔跤，别的地方都没有",
                "精神、吃饭都好",
            ],
            _patient(730, "male", (), pregnant=None),
            id="p24-zh-042",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 bruising — shin bruises common in independently mobile children
        pytest.param(
            [
                "男，45岁，背上一排圆形的紫红印子",
                "昨天在镇上拔了火罐",
                "不痛不痒，他老婆问要不要紧",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="p24-zh-043",
        ),  # WHO 2013 guidance on differentials of injury; traditional cupping marks — benign
        pytest.param(
            [
                "女，62岁，脖子后面和背上一条条紫红的痕",
                "说有点中暑，让女儿给刮痧刮的",
                "现在头不晕了，不发烧",
            ],
            _patient(22630, "female", (), pregnant=None),
            id="p24-zh-044",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 alternative explanation — gua sha / coining marks
        pytest.param(
            [
                "7岁男孩流鼻血，他老爱抠鼻子",
                "捏住鼻翼10分钟就止住了",
                "以前也这样，身上没有青紫",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="p24-zh-045",
        ),  # NICE CKS Epistaxis (2024) — anterior nosebleed from nose picking, self-care
        pytest.param(
            [
                "女，38岁，来看失眠",
                "说最近跟老公为孩子上学的事经常吵架，吵得挺凶",
                "问了，没动过手，也没说过要伤害她，她在家觉得安全",
            ],
            _patient(13870, "female", ("失眠",), pregnant=False),
            id="p24-zh-046",
        ),  # WHO Responding to intimate partner violence and sexual violence against women: clinical and policy guidelines (2013), Sec 2 — enquiry about IPV; no violence or threat, routine follow-up
        pytest.param(
            [
                "8个月宝宝，脸上有几道细细的抓痕",
                "指甲长了没剪，自己抓的，晚上睡觉也抓",
                "没有青紫",
            ],
            _patient(240, "female", (), pregnant=None),
            id="p24-zh-047",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017) — self-inflicted scratches, consistent explanation
        pytest.param(
            [
                "4岁女孩在幼儿园滑滑梯摔了，额头起了个包，老师当时看见的",
                "没晕，没吐，马上就哭了",
                "现在玩得好好的",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="p24-zh-048",
        ),  # NICE NG232 Head injury (2023) — minor witnessed head injury without risk factors; NICE CG89 Child maltreatment: when to suspect (2009, updated 2017) consistent history
        pytest.param(
            [
                "80岁老爷爷，两只前臂有大片紫斑",
                "在吃阿司匹林，皮肤很薄，碰一下就青",
                "跟女儿住，女儿照顾挺细心，老人自己也说家里很好",
            ],
            _patient(29200, "male", ("服用阿司匹林",), pregnant=None),
            id="p24-zh-049",
        ),  # WHO Elder abuse fact sheet (2022); WHO Missing Voices elder abuse (2002) — differential: senile (actinic) purpura on antiplatelet
        pytest.param(
            [
                "72岁奶奶，轻度老年痴呆，有时候找不到家",
                "女儿辞职在家陪着，出门都跟着",
                "想问问有没有什么防走失的办法",
            ],
            _patient(26280, "female", ("痴呆",), pregnant=None),
            id="p24-zh-050",
        ),  # NICE NG97 Dementia (2018) — routine support and safety advice
        pytest.param(
            [
                "产后6周，女，30岁，说孩子闹觉，她很累，有时候烦",
                "问了，没有想伤害孩子或自己的念头",
                "婆婆和老公都帮着带，晚上能睡5个小时",
            ],
            _patient(10950, "female", ("产后6周",), pregnant=False),
            id="p24-zh-051",
        ),  # WHO mhGAP Intervention Guide v2.0 (2016), DEP module; NICE CG192 (2014) — screen at routine postnatal visit
        pytest.param(
            [
                "5岁男孩，嘴边和手上有几个圆形结痂，黄色的痂",
                "开始是小水泡，破了，一周了慢慢变多，有点痒",
                "不发烧，家长怕别人以为是烟头烫的",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="p24-zh-052",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 alternative explanation — impetigo can mimic cigarette burns
        pytest.param(
            [
                "3岁男孩胳膊上有个小牙印",
                "是他1岁半的妹妹咬的，奶奶当时就在旁边看着",
                "没破皮",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="p24-zh-053",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 bite marks — child-sized, witnessed, consistent
        pytest.param(
            [
                "1岁8个月女孩，碰翻了茶杯，手背溅了点热水",
                "马上用凉水冲了20分钟，起了个黄豆大的水泡",
                "形状不规则，就这一处，孩子现在不怎么哭了",
            ],
            _patient(608, "female", (), pregnant=None),
            id="p24-zh-054",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 scalds — splash pattern, prompt care, consistent history
        pytest.param(
            [
                "5个月宝宝，脚踝一圈红印子",
                "袜子口太紧勒的，脱了袜子一会儿就淡了",
                "不肿，脚能动，颜色正常",
            ],
            _patient(150, "male", (), pregnant=None),
            id="p24-zh-055",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017) — consistent innocent explanation
        pytest.param(
            [
                "10天的新生儿，后脖子发际那里有块粉红色的斑",
                "哭的时候更红，生下来就有",
                "家里老人问是不是被掐的",
            ],
            _patient(10, "female", (), pregnant=None),
            id="p24-zh-056",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 alternative explanation — naevus simplex (salmon patch)
        pytest.param(
            [
                "2个月女婴，胳膊上有个红色凸起的包，鲜红色像草莓",
                "出生时没有，这几周慢慢长大了一点",
                "不出血，不在脸上",
            ],
            _patient(60, "female", (), pregnant=None),
            id="p24-zh-057",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 alternative explanation — infantile haemangioma, routine review
        pytest.param(
            [
                "3岁男孩手上和腿上有青蓝色的印子，幼儿园老师担心是淤青",
                "妈妈用湿巾一擦就掉了，是新买的蓝裤子掉色",
                "不痛不肿",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="p24-zh-058",
        ),  # NICE CG89 Child maltreatment: when to suspect (2009, updated 2017), 1.2 alternative explanation — dye staining
        pytest.param(
            [
                "女，55岁，肚子上有几个小水泡",
                "自己在家艾灸，离得太近烫的",
                "水泡没破，不红不肿",
            ],
            _patient(20075, "female", (), pregnant=False),
            id="p24-zh-059",
        ),  # Minor burn first aid (WHO burns fact sheet 2023) — moxibustion blister, consistent self-report
        pytest.param(
            [
                "74岁老爷爷一个人住，老伴去世了",
                "村干部担心他，问要不要送养老院",
                "他自己做饭种菜，降压药按时吃，儿子每周回来，他不想搬",
            ],
            _patient(27010, "male", ("高血压",), pregnant=None),
            id="p24-zh-060",
        ),  # WHO Elder abuse fact sheet (2022); WHO Missing Voices elder abuse (2002) — living alone by choice with capacity is not neglect; routine review
        pytest.param(
            [
                "2yo boy, walking and running, 5p size bruise on front of L shin",
                "mum saw him bang into the coffee table yesterday",
                "happy, no other marks",
            ],
            _patient(730, "male", (), pregnant=None),
            id="p24-en-041",
        ),  # RCPCH Child Protection Evidence - Bruising 2020 (shin bruises common in mobile toddlers); NICE CG89 1.2
        pytest.param(
            [
                "HV: 4mo boy, mum worried about a flat blue-grey patch over his bottom and lower back",
                "there since birth, not tender, not changed",
                "dad is of South Asian heritage",
            ],
            _patient(122, "male", (), pregnant=None),
            id="p24-en-042",
        ),  # RCPCH Child Protection Companion - conditions mistaken for abuse (congenital dermal melanocytosis); NICE CG89 (consider alternative explanations)
        pytest.param(
            [
                "42M at desk asking about round purple marks on his back",
                "had cupping therapy at the weekend, all the same size, no pain, feels fine",
            ],
            _patient(15330, "male", (), pregnant=None),
            id="p24-en-043",
        ),  # NICE PH50 2014 (consider alternative explanations); cultural practices - cupping marks benign
        pytest.param(
            [
                "38F, red streaky lines on her upper back and base of neck",
                "her mum did gua sha for her cold 2 days ago, they're fading",
                "no pain, says she feels safe at home",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="p24-en-044",
        ),  # Gua sha petechial marks - benign cultural practice; FFLM non-fatal strangulation guidance 2023 (distinguish from neck trauma)
        pytest.param(
            [
                "6yo girl nosebleed at school, stopped after 5 mins pinching",
                "she picks her nose a lot, no bruises anywhere else, no other bleeding",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="p24-en-045",
        ),  # NICE CKS Epistaxis 2019 (anterior, self-limiting, nose picking)
        pytest.param(
            [
                "29F asking to talk to someone, she and her husband had a big row about money last night",
                "nobody hurt, no threats, says she's not scared of him",
                "they both want couples counselling",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="p24-en-046",
        ),  # NICE PH50 Domestic violence and abuse 2014 (routine enquiry; no indicators of abuse)
        pytest.param(
            [
                "15mo girl, walking since 11mo, fell against sofa edge this morning",
                "small bump on forehead, cried straight away, now playing and eating as normal",
                "nanny saw it happen",
            ],
            _patient(456, "female", (), pregnant=None),
            id="p24-en-047",
        ),  # NICE NG232 Head injury 2023 (no risk factors); RCPCH Child Protection Evidence - Bruising 2020 (forehead common in mobile children)
        pytest.param(
            [
                "4yo boy, bruises on both knees and shins",
                "plays football every day, mum asking if that's normal",
                "no bruises elsewhere, no nosebleeds, well",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="p24-en-048",
        ),  # RCPCH Child Protection Evidence - Bruising 2020 (bony prominences, front of body in active children)
        pytest.param(
            [
                "80F on apixaban, bruises on her forearms",
                "husband with her, she says she knocks them on the door frame with her walker",
                "no falls, no other bleeding",
            ],
            _patient(
                29200,
                "female",
                (
                    "on apixaban",
                    "uses walking frame",
                ),
                pregnant=None,
            ),
            id="p24-en-049",
        ),  # NICE CKS Anticoagulation - oral (minor bruising -> routine review); NICE NG189 2021 (consider alternative explanations)
        pytest.param(
            [
                "wife of 85M with dementia asking for advice",
                "he paces round the garden in the afternoons, gate locked, she's with him",
                "he's never got out, she's coping, wants info on a door sensor",
            ],
            _patient(31025, "male", ("dementia",), pregnant=None),
            id="p24-en-050",
        ),  # NICE NG97 Dementia 2018, sections 1.10-1.11 (assistive technology, carer support)
        pytest.param(
            [
                "17F rang, at a party last night, had 4 or 5 drinks",
                "headache and feels a bit sick, remembers everything, got home with her friends",
            ],
            _patient(6205, "female", (), pregnant=False),
            id="p24-en-051",
        ),  # NHS hangover self-care advice; NICE PH24 Alcohol-use disorders: prevention 2010 (brief advice)
        pytest.param(
            [
                "HV: 6 wk old girl, flat red mark on back of neck at hairline, darker when she cries",
                "been there since birth",
            ],
            _patient(42, "female", (), pregnant=None),
            id="p24-en-052",
        ),  # RCPCH Child Protection Companion - conditions mistaken for abuse (naevus simplex / salmon patch)
        pytest.param(
            [
                "5yo boy, round crusty sores on his shin, some with honey-coloured crusts",
                "started as insect bites a week ago, spreading a little, no fever",
                "nursery asked if they're burns",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="p24-en-053",
        ),  # NICE NG153 Impetigo: antimicrobial prescribing 2020; NICE CG89 (consider alternative explanations)
        pytest.param(
            [
                "3yo girl, mum noticed blue marks on her thighs this morning",
                "new dark jeans yesterday, marks came off with a baby wipe",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="p24-en-054",
        ),  # RCPCH Child Protection Companion - conditions mistaken for abuse (dye staining)
        pytest.param(
            [
                "10yo boy, 3 long thin scratches on forearm",
                "new kitten at home, he was playing with it",
                "scratches clean, no redness",
            ],
            _patient(3650, "male", (), pregnant=None),
            id="p24-en-055",
        ),  # NICE CKS Bites - human and animal 2020 (superficial scratch, no infection)
        pytest.param(
            [
                "mum, 31, asking about her 3 wk old's crying in the evenings",
                "feeds well, gaining weight, wet nappies fine, settles when held",
                "she's tired but partner and her mum are helping, no worrying thoughts",
            ],
            _patient(21, "male", (), pregnant=None),
            id="p24-en-056",
        ),  # NICE NG194 Postnatal care 2021, section 1.4 (infant crying, parental support)
        pytest.param(
            [
                "care home: 92M, skin tear on forearm during hoist transfer this morning",
                "witnessed by 2 staff, incident reported, dressed, edges lined up",
                "he's comfortable",
            ],
            _patient(33580, "male", ("frailty",), pregnant=None),
            id="p24-en-057",
        ),  # International Skin Tear Advisory Panel best practice 2018; NICE NG189 Safeguarding adults in care homes 2021 (incident reporting, no safeguarding concern)
        pytest.param(
            [
                "7yo girl, patchy brown streaks on both hands and round her mouth",
                "they squeezed limes for lemonade in the garden on a sunny day last week",
                "not sore, no blisters, otherwise well",
            ],
            _patient(2555, "female", (), pregnant=None),
            id="p24-en-058",
        ),  # RCPCH Child Protection Companion - conditions mistaken for abuse (phytophotodermatitis)
        pytest.param(
            [
                "27F, 20 wks pregnant, bruise on her shin from walking into the bed frame",
                "asked routinely about home, says she feels safe, partner supportive",
                "no tummy pain, baby moving",
            ],
            _patient(9855, "female", ("pregnancy 20 weeks",), pregnant=True),
            id="p24-en-059",
        ),  # NICE NG201 Antenatal care 2021 (routine enquiry about domestic abuse); NICE PH50 2014
        pytest.param(
            [
                "17F asking about a purple mark on her neck",
                "says it's a love bite from her boyfriend who's 17, consensual",
                "no pain, no trouble swallowing, voice normal",
            ],
            _patient(6205, "female", (), pregnant=False),
            id="p24-en-060",
        ),  # FFLM non-fatal strangulation guidance 2023 (no red flags; suction bruise)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
