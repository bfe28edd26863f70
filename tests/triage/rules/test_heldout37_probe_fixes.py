# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-seventh held-out round (2026-12-07, at commit f48608a: two reviewers, 120 cases on
school-age children and adolescents, 5 to 16: appendicitis, testicular and ovarian torsion, new
type 1 diabetes and DKA, asthma, anaphylaxis, meningitis, injuries in sport and play, a dive into
shallow water, Henoch-Schonlein purpura, nephrotic syndrome, a slipped upper femoral epiphysis,
septic arthritis, glandular fever, quinsy, a nosebleed that will not stop, self-harm, eating
disorders, a young teenager's pregnancy, sexual abuse and emergency contraception; functional
abdominal pain, period pain, growing pains, low mood without risk as look-alikes; 16 emergencies,
24 same-day and 20 look-alikes a set). Before these fixes the rules found 16 of 16 and 14 of 16
emergencies, graded 10 of 24 and 8 of 24 same-day cases exactly, and sent 2 and 0 look-alikes to
emergency.

What changed: "sudden sharp pain low right side" is right lower pain (an ovarian torsion in a
12-year-old had been graded routine); a dive into shallow water with neck pain or numb, weak hands
is a spinal injury (NICE NG41: an emergency); 没伤害过自己 没想过死 denies both (the 没 of 伤害过自己
had made 没想过死 a death wish); a girl's usual period pain (每次来例假都这样) is not an acute
abdomen however strong; new same-day rules, each from its guideline: emergency contraception
(FSRH 2017), a girl under 14 who is pregnant or needs emergency contraception (PRC Criminal Law
art. 236, the 2020 mandatory-reporting opinion: child protection), IgA vasculitis with abdominal
pain, blood or protein in the urine or swelling (NICE CKS), nephrotic syndrome (KDIGO 2021), an
upper urinary infection in a child over 3 months (NICE NG224), a sore throat too painful to drink
without an airway sign (NICE CKS: admission, not an ambulance); readings: a nosebleed still
running after 20 minutes of pressure, 腰后面痛 叩一下就叫, "burning when she pees", a deformity
("clear bend"), 走不了4步, a sport's head clash, 从单杠上掉下来, "finger marks", "touches her
private parts", a rape told with who did it between, 晚上起来尿三四次, 瘦了2斤; "打错了" (typed
wrong) is no longer an insulin error. After: 16/16, 16/16; 21/24, 20/24; look-alikes 20/20,
20/20.

Kept deliberately: appendicitis with rebound or pain on jumping, mastoiditis and an ectopic
pregnancy with tenderness stay emergencies (NICE: refer immediately); self-harm with thoughts of
dying stays an emergency (WHO mhGAP); a 7-year-old's pneumonia with a respiratory rate of 34 stays
an emergency (NICE NG51 high risk for age)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "12yo girl came with grandma, sudden sharp pain low right side since ~2 hours",
                "vomited 4 times, pale n sweaty, cant get comfortable",
                "no periods yet. no fever. pain not easing at all",
            ],
            _patient(4383, "female", (), pregnant=False),
            id="r37-en-038",
        ),  # ACOG Committee Opinion 783 Adnexal torsion in adolescents (2019): sudden severe unilateral lower abdominal pain with vomiting -> suspected ovarian torsion, emergency surgical assessment
        pytest.param(
            [
                "16 yr old dived into river at a shallow spot this afternoon",
                "friends pulled him out. neck pain, says both hands numb and tingly, cant grip properly",
            ],
            _patient(5844, "male", (), pregnant=None),
            id="r37-en-046",
        ),  # NICE NG41 Spinal injury: assessment and initial management / NICE NG232: suspected cervical spine injury with neurological symptoms -> full in-line immobilisation and ambulance transfer
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "14岁女孩 她妈带来的",
                "说昨天晚上被邻居一个男的强迫发生关系了",
                "现在下面疼 有点出血 一直在哭",
                "还没报警 家里犹豫报不报",
            ],
            _patient(5113, "female", (), pregnant=None),
            id="r37-zh-002",
        ),  # WHO (2017) Responding to children and adolescents who have been sexually abused – within 72 h: same-day medical/forensic care, emergency contraception, HIV PEP, STI prophylaxis, psychological first aid; 强制报告制度（2020）
        pytest.param(
            [
                "13岁男 流鼻血",
                "前面捏着鼻子按了20多分钟了还在流，换了好多纸",
                "血压118/72 心率96 人还行 不晕",
                "家里没人有出血的病 没吃啥药",
            ],
            _patient(4839, "male", (), pregnant=None),
            id="r37-zh-006",
        ),  # NICE CKS Epistaxis – bleeding not controlled by 10–15 minutes of first aid pressure: refer same day to emergency department/ENT
        pytest.param(
            [
                "13岁女孩 她奶奶带来 说孩子肚子大了",
                "问了例假3个多月没来，尿检两道杠",
                "孩子说是网上认识的一个二十多岁男的",
                "爸妈都在外地打工",
            ],
            _patient(4961, "female", (), pregnant=True),
            id="r37-zh-007",
        ),  # 最高人民检察院等《关于建立侵害未成年人案件强制报告制度的意见（试行）》（2020）– 不满14周岁女性怀孕须立即报告；WHO (2017) sexually abused children – same-day medical care and safeguarding; antenatal assessment
        pytest.param(
            [
                "8岁男 两条腿和屁股上好多紫红色疹子 摸着有点凸",
                "膝盖脚脖子肿痛",
                "这两天肚子一阵一阵痛 吃了饭就痛 没发烧 精神还可以",
            ],
            _patient(3134, "male", (), pregnant=None),
            id="r37-zh-014",
        ),  # NICE CKS IgA vasculitis (Henoch–Schönlein purpura) – child with palpable purpura and significant abdominal pain: same-day paediatric assessment (risk of intussusception/GI bleeding)
        pytest.param(
            [
                "6岁男孩 一个礼拜眼睛肿 以为是过敏",
                "这几天腿也肿了 按下去一个坑",
                "尿里泡沫多 冲不散",
                "尿蛋白+++ 血压100/65",
            ],
            _patient(2343, "male", (), pregnant=None),
            id="r37-zh-026",
        ),  # 中华医学会儿科学分会肾脏学组《儿童激素敏感、复发/依赖肾病综合征诊治循证指南（2016）》; KDIGO 2021 Glomerular Diseases – first presentation of nephrotic syndrome with generalised oedema: same-day paediatric assessment
        pytest.param(
            [
                "15岁男 嗓子痛5天 吃了阿莫西林没好",
                "右边痛得厉害 嘴张不大 说话含含糊糊像嘴里含个东西",
                "看喉咙右边鼓起来 小舌头歪到左边了",
                "水还能喝 呼吸没问题 体温38.5",
            ],
            _patient(5539, "male", (), pregnant=None),
            id="r37-zh-029",
        ),  # NICE NG84 Sore throat (acute) and NICE CKS Sore throat – suspected quinsy (peritonsillar abscess: trismus, muffled voice, uvular deviation) without airway compromise: same-day ENT referral
        pytest.param(
            [
                "12岁女 发烧两天 39.1",
                "右边腰后面痛 叩一下就叫",
                "尿频尿痛 早上吐了一次 现在能喝水",
                "尿常规白细胞+++ 亚硝酸盐阳性",
            ],
            _patient(4535, "female", (), pregnant=False),
            id="r37-zh-036",
        ),  # NICE NG224 (2022) UTI in under 16s – acute pyelonephritis/upper UTI in child >3 months: same-day clinical assessment, start antibiotics, consider paediatric referral
        pytest.param(
            [
                "16岁女 传单确诊一个多礼拜了",
                "这两天嗓子痛得水都喝不下 一天就喝了小半杯",
                "尿很少 嘴唇干 头晕",
                "呼吸还好 不喘",
            ],
            _patient(5904, "female", ("传染性单核细胞增多症",), pregnant=False),
            id="r37-zh-042",
        ),  # NICE CKS Glandular fever – unable to swallow fluids with dehydration (no airway obstruction): same-day hospital admission
        pytest.param(
            [
                "9岁女孩 最近老喊口渴 一天要喝好几瓶水",
                "晚上起来尿三四次 瘦了2斤多",
                "随机血糖测了8.6",
                "不好意思打错了 是18.6",
                "精神挺好 没吐 肚子不痛 喘气正常",
            ],
            _patient(3469, "female", (), pregnant=False),
            id="r37-zh-050",
        ),  # NICE NG18 (2015, updated 2023) 1.1.1 – child with suspected type 1 diabetes (polyuria, polydipsia, weight loss, hyperglycaemia) without DKA features: refer immediately (same day) to paediatric diabetes team; ISPAD 2022
        pytest.param(
            [
                "8岁男 从单杠上掉下来 右手撑地",
                "手腕上面肿得厉害 看着有点弯",
                "手指能动 摸着热乎 颜色正常",
            ],
            _patient(2922, "male", (), pregnant=None),
            id="r37-zh-054",
        ),  # NICE NG38 (2016) Fractures (non-complex) – suspected distal forearm fracture with deformity, neurovascularly intact: same-day emergency department X-ray and management
        pytest.param(
            [
                "14岁女 跳远崴了右脚",
                "外踝后面骨头按着很痛",
                "扶着都走不了4步 脚踩不下去",
            ],
            _patient(5295, "female", (), pregnant=False),
            id="r37-zh-056",
        ),  # Ottawa Ankle Rules (validated in children >5 y, Dowling et al. 2009) / NICE CKS Sprains and strains – malleolar bone tenderness and inability to bear weight 4 steps: same-day X-ray
        pytest.param(
            [
                "16yo girl sore throat 5 days, L side much worse now",
                "cant open mouth wide, voice muffled, uvula pushed to the right",
                "T 38.5. can drink small sips, breathing fine",
            ],
            _patient(5844, "female", (), pregnant=False),
            id="r37-en-006",
        ),  # NICE NG84 Sore throat (acute): suspected quinsy (peritonsillar abscess) without airway compromise -> same-day hospital referral
        pytest.param(
            [
                "10yo girl fever 39.3 since yesterday, pain in left side of back",
                "vomited 2x, burning when she pees",
                "urine dip leuk +++ nitrite +. drinking a bit",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r37-en-010",
        ),  # NICE CG54/NG224 Urinary tract infection in under 16s: acute pyelonephritis with fever, loin pain and vomiting -> same-day medical assessment/antibiotics, consider paediatric referral
        pytest.param(
            [
                "15yo girl asking for the morning after pill",
                "condom broke sat night, about 40 hrs ago",
                "LMP 2 wks ago. bf is 17",
            ],
            _patient(5479, "female", (), pregnant=None),
            id="r37-en-011",
        ),  # FSRH Clinical Guideline Emergency Contraception (2017, amended 2023): EC as soon as possible after UPSI (LNG within 72h) -> same day; safeguarding assessment for under-16s
        pytest.param(
            [
                "12y boy overweight, limping for 3 wks",
                "says pain is in L knee and thigh",
                "walks with foot turned out, internal rotation of hip reduced, no fever no injury",
                "still able to walk on it",
            ],
            _patient(4505, "male", ("obesity",), pregnant=None),
            id="r37-en-018",
        ),  # NICE CKS Acute childhood limp / slipped upper femoral epiphysis: suspected SUFE -> same-day orthopaedic referral, non-weight-bearing
        pytest.param(
            [
                "10 yo fell on outstretched hand from monkey bars",
                "L wrist swollen, clear bend just above wrist",
                "fingers pink, can feel and move them, radial pulse ok",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r37-en-024",
        ),  # NICE NG38 Fractures (non-complex): suspected displaced distal forearm fracture, neurovascularly intact -> splint, analgesia, same-day ED/fracture assessment
        pytest.param(
            [
                "9y girl, right eyelids red and swollen since yesterday, started from a mosquito bite",
                "T 38.6",
                "eye moves normally no pain moving it, vision ok",
            ],
            _patient(3287, "female", (), pregnant=None),
            id="r37-en-028",
        ),  # NICE CKS Cellulitis and erysipelas: periorbital cellulitis in a febrile child -> same-day hospital assessment/admission (no orbital signs)
        pytest.param(
            [
                "11 yr old girl told school nurse her uncle touches her private parts when parents are out",
                "last time 2 days ago. uncle lives in the same house",
                "no bleeding, she is calm now",
            ],
            _patient(4018, "female", (), pregnant=None),
            id="r37-en-040",
        ),  # WHO 2017 Responding to children and adolescents who have been sexually abused: same-day medical/forensic care and safety; China 2020 mandatory reporting opinion on crimes against minors
        pytest.param(
            [
                "9yo girl, HSP diagnosed 2 weeks ago, rash fading now",
                "came for urine recheck: blood 3+ protein 3+",
                "face puffy this morning, BP 138/92",
            ],
            _patient(3287, "female", ("HSP",), pregnant=None),
            id="r37-en-042",
        ),  # NICE CKS Henoch-Schonlein purpura: renal involvement with hypertension / nephritic-nephrotic features -> urgent same-day paediatric referral; KDIGO 2021 IgAV nephritis
        pytest.param(
            [
                "13yo boy, clashed heads going for a header in football 1 hr ago",
                "no LOC, remembers everything, GCS 15",
                "mild headache, vomited once on way here",
            ],
            _patient(4748, "male", (), pregnant=None),
            id="r37-en-044",
        ),  # NICE NG232 Head injury 2023, community settings: any vomiting since the injury -> refer to emergency department for assessment (not ambulance when GCS 15 and accompanied)
        pytest.param(
            [
                "6 yr old, eyes puffy every morning for a week, now legs and tummy swollen too",
                "wee looks frothy",
                "dip protein 4+, BP 100/62",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="r37-en-047",
        ),  # KDIGO 2021 Glomerular diseases, paediatric nephrotic syndrome / Chinese Medical Association paediatric nephrology guideline on idiopathic nephrotic syndrome 2016: first presentation -> same-day paediatric referral
        pytest.param(
            [
                "8y boy, bruises on back and upper arms, different colours",
                "one on his cheek looks like finger marks",
                "dad says he fell off the bed. boy very quiet, wont look at dad",
            ],
            _patient(2922, "male", (), pregnant=None),
            id="r37-en-048",
        ),  # NICE CG89 Child maltreatment: patterned bruising and implausible explanation -> suspect maltreatment, same-day referral to child protection / paediatrics; China Law on the Protection of Minors 2020 art.11 mandatory reporting
        pytest.param(
            [
                "13 yo girl, mum brought her for vomiting in the mornings",
                "urine hcg positive",
                "she says her bf is 19. no pain no bleeding, obs normal",
            ],
            _patient(4748, "female", (), pregnant=True),
            id="r37-en-059",
        ),  # PRC Criminal Law art.236 (sexual intercourse with a girl under 14 is rape) and 2020 mandatory reporting opinion on crimes against minors -> same-day safeguarding report and referral; NICE NG126 early pregnancy assessment
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "10岁女孩 肚子痛三个多月了 时好时坏",
                "都是肚脐周围痛 一般早上上学前 周末少",
                "不影响睡觉 不吐 大便正常 个子体重一直在长",
                "今天又说痛 摸肚子软的 没压痛",
            ],
            _patient(3926, "female", (), pregnant=False),
            id="r37-zh-001",
        ),  # Rome IV (2016) childhood functional abdominal pain – periumbilical, no alarm features (no weight loss, nocturnal pain, vomiting, GI bleeding): routine outpatient management
        pytest.param(
            [
                "14岁女 打排球被球砸到头",
                "没晕 没吐 当时的事都记得",
                "就砸的地方有点疼 其他不难受 说话走路都正常",
            ],
            _patient(5143, "female", (), pregnant=False),
            id="r37-zh-008",
        ),  # NICE NG232 (2023) Head injury 1.1 – no loss of consciousness, amnesia, vomiting or neurological signs: home care with written head injury advice; UK Concussion Guidelines for Non-Elite (Grassroots) Sport (2023)
        pytest.param(
            [
                "11岁女 天热 家长说她这阵子喝水多",
                "天天踢球出汗多 尿也多点 但晚上不起夜",
                "体重没掉 吃饭正常",
                "指尖血糖5.8 尿糖阴性 尿酮阴性",
            ],
            _patient(4260, "female", (), pregnant=False),
            id="r37-zh-011",
        ),  # NICE NG18 1.1 / ISPAD 2022 diagnostic criteria – normal capillary glucose and no glycosuria/ketonuria: type 1 diabetes unlikely; increased thirst explained by heat/exercise, self-care
        pytest.param(
            [
                "8岁男孩 他妈带来说腿上青紫好多",
                "两条小腿前面一块一块的 大小不一 他天天踢球",
                "别的地方没有 没牙龈出血 没流鼻血 精神好",
            ],
            _patient(3043, "male", (), pregnant=None),
            id="r37-zh-012",
        ),  # NICE CG89 Child maltreatment – bruises over shins/bony prominences in an active mobile child are common and not alerting; NICE NG12 – no unexplained bruising/petechiae elsewhere: reassurance
        pytest.param(
            [
                "14岁女 来月经第一天 肚子痛得在床上打滚",
                "下腹正中间 一阵一阵的 吐了一次",
                "每次来例假都这样 来了两年了 吃了布洛芬半个钟头好多了",
                "不发烧 血量跟平时一样",
            ],
            _patient(5326, "female", (), pregnant=False),
            id="r37-zh-015",
        ),  # NICE CKS Dysmenorrhoea – primary dysmenorrhoea in adolescent responding to NSAID: self-care; ACOG Committee Opinion 760 (2018) Dysmenorrhea and endometriosis in the adolescent
        pytest.param(
            [
                "14岁女 她妈说最近不爱说话 成绩往下掉",
                "聊了下 说压力大 有时候心烦想哭",
                "问了 没伤害过自己 没想过死 吃饭睡觉还行 也跟朋友玩",
            ],
            _patient(5447, "female", (), pregnant=False),
            id="r37-zh-022",
        ),  # NICE NG134 (2019) Depression in children and young people 1.3–1.4 – mild symptoms, no self-harm or suicidal ideation: watchful waiting with routine follow-up within 2 weeks
        pytest.param(
            [
                "15岁男 胸口痛两天",
                "前两天做了好多俯卧撑 左边胸骨旁边一按就痛 深吸气也有点",
                "心率78 血压116/72 血氧99 不喘 不发烧",
                "运动时候不会更痛 没晕过",
            ],
            _patient(5661, "male", (), pregnant=None),
            id="r37-zh-025",
        ),  # NICE CKS Chest pain / Costochondritis – reproducible chest wall tenderness after exertion, normal observations, no exertional or cardiac red flags: analgesia and reassurance
        pytest.param(
            [
                "7岁男孩 晚上睡觉喊腿疼 两条小腿都疼",
                "揉一揉就睡着了 早上起来啥事没有 照样跑跳",
                "不发烧 不瘸 腿不红不肿",
            ],
            _patient(2739, "male", (), pregnant=None),
            id="r37-zh-027",
        ),  # Growing pains diagnostic criteria (Evans, J Foot Ankle Res 2008): bilateral, nocturnal, pain-free by morning, normal activity and examination – reassurance and home care
        pytest.param(
            [
                "12岁女 嗓子疼两天",
                "流鼻涕 咳嗽 体温37.8",
                "扁桃体有点红 没脓 脖子淋巴结不大",
                "吃喝都行",
            ],
            _patient(None, "female", (), pregnant=None),
            id="r37-zh-028",
        ),  # NICE NG84 (2018) Sore throat (acute) – FeverPAIN 2 / Centor 1 with coryza and cough, no red flags: self-care, analgesia, no antibiotic
        pytest.param(
            [
                "14岁女 早上升旗站了半个多钟头 晕倒了",
                "倒之前说眼前发黑 出汗 恶心",
                "倒下不到半分钟就醒了 没抽 没尿裤子",
                "现在好了 心率80 血压105/65 心电图正常 以前没心脏病 家里没人猝死",
            ],
            _patient(5174, "female", (), pregnant=False),
            id="r37-zh-030",
        ),  # NICE CG109 (2010, updated 2023) Transient loss of consciousness 1.1 – uncomplicated faint (prolonged standing, prodrome, rapid recovery, normal ECG, no red flags): no referral, reassurance; 中国儿童晕厥诊断指南（2016年修订版）
        pytest.param(
            [
                "13岁 体育课崴了左脚",
                "外踝前面有点肿 按骨头不痛",
                "自己走过来的 就是有点瘸",
            ],
            _patient(4809, "female", (), pregnant=False),
            id="r37-zh-032",
        ),  # Ottawa Ankle Rules negative / NICE CKS Sprains and strains – mild ankle sprain able to weight-bear without bony tenderness: self-care (protection, rest, ice, elevation, analgesia)
        pytest.param(
            [
                "13岁男孩 洗澡时候自己摸到左边蛋蛋上面有一团软软的",
                "像一团蚯蚓 站着明显 躺下就小了",
                "不痛 没外伤 一个月前就有了",
            ],
            _patient(5052, "male", (), pregnant=None),
            id="r37-zh-034",
        ),  # NICE CKS Scrotal pain and swelling – painless left-sided varicocele decompressing when supine: routine urology referral; EAU/ESPU Paediatric Urology – adolescent varicocele
        pytest.param(
            [
                "6岁 咳嗽5天了 流清鼻涕",
                "不发烧 吃饭玩都正常 晚上咳得多点",
                "呼吸22次 不喘 听肺没啰音",
            ],
            _patient(2495, "male", (), pregnant=None),
            id="r37-zh-035",
        ),  # NICE NG120 (2019) Cough (acute) – cough with URTI, no systemic illness or chest signs: self-care, honey/fluids, safety-netting
        pytest.param(
            [
                "8岁女孩 吃了芒果 嘴巴周围和胳膊起了些红疙瘩 痒",
                "嘴唇舌头不肿 不咳不喘 声音正常",
                "快一个钟头了 没加重 精神好",
            ],
            _patient(3195, "female", (), pregnant=False),
            id="r37-zh-039",
        ),  # Resuscitation Council UK (2021) – skin-only features without airway/breathing/circulation problems are not anaphylaxis; NICE CKS Urticaria – oral non-sedating antihistamine, self-care
        pytest.param(
            [
                "初三男生 快中考了 这一个礼拜天天头痛",
                "两边太阳穴紧箍箍的 下午晚上厉害",
                "不吐 看东西正常 睡一觉就好点",
                "血压110/70 神经系统查了没啥",
            ],
            _patient(5569, "male", (), pregnant=None),
            id="r37-zh-044",
        ),  # NICE CG150 (2012, updated 2021) Headaches in over 12s – tension-type headache without red flags: self-care, simple analgesia, lifestyle advice
        pytest.param(
            [
                "10岁 有哮喘 这个月体育课后总有点喘",
                "一礼拜要喷三四次万托林 喷完就好",
                "现在不喘 说话正常 血氧98",
                "晚上没咳醒过",
            ],
            _patient(3774, "male", ("哮喘",), pregnant=None),
            id="r37-zh-047",
        ),  # GINA 2024 / BTS/SIGN 158 – reliever use >2 times/week indicates not well-controlled asthma without acute attack: routine asthma review and step-up of controller therapy
        pytest.param(
            [
                "9岁男 上课流鼻血 老师让他仰头 流到嗓子里了",
                "来了以后低头捏鼻子10分钟 止住了",
                "以前偶尔也流过 爱挖鼻子 别的地方没出过血",
            ],
            _patient(3439, "male", (), pregnant=None),
            id="r37-zh-052",
        ),  # NICE CKS Epistaxis – anterior bleed stopped with first aid, no red flags (no haemodynamic compromise, no bleeding disorder): self-care advice
        pytest.param(
            [
                "6岁男孩 前几天感冒了",
                "今天早上起来右腿有点瘸 说大腿根那疼",
                "不发烧 36.8 能走 就是走得慢 精神好 吃饭正常",
                "腿动的时候有点疼 不红不肿",
            ],
            _patient(2252, "male", (), pregnant=None),
            id="r37-zh-055",
        ),  # NICE CKS Limp in children – child 3–9 y, well, afebrile, weight-bearing, limp <72 h after viral illness: likely transient synovitis, manage in primary care with review within 48 hours
        pytest.param(
            [
                "9岁男孩 发烧第二天 最高38.7",
                "今天前胸后背出了红疹子 拿玻璃杯压会褪色",
                "退了烧就能玩 吃喝正常 脖子软 尿也正常",
            ],
            _patient(3287, "male", (), pregnant=None),
            id="r37-zh-057",
        ),  # NICE NG240 (2024) / NICE CKS Feverish children – blanching rash, alert, playing, no neck stiffness or red features: home care with safety-netting
        pytest.param(
            [
                "15岁男 脸上痘痘一年多了",
                "额头鼻子两边好多 有白头 有红疙瘩 没有大包 没留疤",
                "想开点药 他自己挺在意的",
            ],
            _patient(5752, "male", (), pregnant=None),
            id="r37-zh-059",
        ),  # NICE NG198 (2021) Acne vulgaris – mild to moderate acne: routine primary care topical treatment (12-week course), no urgent referral
        pytest.param(
            [
                "6yo boy limping since this morning, had a cold last week",
                "says R hip a bit sore, still walking on it",
                "T 36.8, looks well, hip moves ok just sore at end of rotation",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="r37-en-001",
        ),  # NICE CKS Acute childhood limp: age 3-9, afebrile, well, weight-bearing, <48h -> probable transient synovitis, manage in primary care with review within 48 hours
        pytest.param(
            [
                "15 y boy wants medicine for pimples on face and back",
                "lots of blackheads and red spots, a few painful ones, no scars yet",
                "bothers him a lot, classmates tease him",
            ],
            _patient(5479, "male", (), pregnant=None),
            id="r37-en-005",
        ),  # NICE NG198 Acne vulgaris: mild-moderate acne -> topical treatment in primary care, routine review
        pytest.param(
            [
                "9 yo bumped heads with another kid at basketball, small lump on forehead",
                "no LOC no vomit, remembers everything, cried then fine",
                "playing normally now, GCS 15",
            ],
            _patient(3287, "male", (), pregnant=None),
            id="r37-en-016",
        ),  # NICE NG232 Head injury 2023: no risk factors for brain injury -> home with head injury advice
        pytest.param(
            [
                "16yo boy sore throat, tired, neck glands swollen for a week",
                "EBV test came back positive yesterday at county hosp",
                "eating soft food and drinking fine, breathing normal, no tummy pain",
            ],
            _patient(5844, "male", (), pregnant=None),
            id="r37-en-017",
        ),  # NICE CKS Glandular fever: uncomplicated infectious mononucleosis -> self-care, analgesia, avoid contact sport for 4 weeks
        pytest.param(
            [
                "6yo cough 5 days with a cold, runny nose, worse at night",
                "T 37.4 yesterday, none today. eating ok, playing",
                "RR 22 SpO2 98% chest clear",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="r37-en-019",
        ),  # NICE NG120 Cough (acute): self-limiting viral cough without red flags -> self-care, no antibiotic
        pytest.param(
            [
                "14yo girl twisted ankle in PE, rolled inwards",
                "walked in by herself, limping a bit",
                "swelling on outer ankle, not tender on the bone edges or base of 5th metatarsal",
            ],
            _patient(5114, "female", (), pregnant=None),
            id="r37-en-023",
        ),  # Ottawa ankle rules (no bony tenderness, able to weight-bear) + NICE CKS Sprains and strains -> no X-ray, self-care (PRICE)
        pytest.param(
            [
                "8yo girl drinking a lot lately, mum worried about diabetes (grandpa has it)",
                "been very hot, she plays outside a lot",
                "no weight loss, no bedwetting, random glucose 5.8",
            ],
            _patient(2922, "female", (), pregnant=None),
            id="r37-en-026",
        ),  # NICE NG18 / ISPAD 2022 diagnostic criteria: normal random glucose, no weight loss or polyuria -> diabetes unlikely, self-care (fluids in hot weather)
        pytest.param(
            [
                "14 yo boy noticed soft lump above L testicle for a few months",
                "no pain, feels like bag of worms, bigger when standing",
                "testes same size, not swollen, not tender",
            ],
            _patient(5114, "male", (), pregnant=None),
            id="r37-en-027",
        ),  # NICE CKS Scrotal pain and swelling / EAU Paediatric Urology: adolescent varicocele -> routine urology referral, not urgent
        pytest.param(
            [
                "11y girl itchy hives on arms and tummy since this morning, ate shrimp last night",
                "no lip or tongue swelling, breathing fine, no vomiting, voice normal",
                "HR 88 SpO2 99%",
            ],
            _patient(4018, "female", (), pregnant=None),
            id="r37-en-032",
        ),  # NICE CKS Urticaria: acute urticaria without angioedema or anaphylaxis features -> non-sedating antihistamine, self-care (WAO anaphylaxis criteria not met)
        pytest.param(
            [
                "7 y boy wakes at night crying his legs hurt, both shins n calves",
                "fine in the morning, runs and plays, no limp",
                "no fever, no swelling, legs look normal",
            ],
            _patient(2557, "male", (), pregnant=None),
            id="r37-en-033",
        ),  # Benign nocturnal limb pains of childhood (growing pains) - Versus Arthritis/RCPCH guidance: bilateral, nocturnal, normal daytime function and examination -> reassurance and home care
        pytest.param(
            [
                "10 yr old boy vomited x2 last night then watery diarrhoea 4 times today",
                "several classmates sick too. tummy crampy before going to toilet",
                "drinking ok, peeing, T 37.8, tummy soft, no blood in stool",
            ],
            _patient(3652, "male", (), pregnant=None),
            id="r37-en-036",
        ),  # NICE CKS Gastroenteritis: no dehydration or red flags -> self-care with oral fluids
        pytest.param(
            [
                "16 yr old girl fainted at morning flag ceremony, stood 30 min, skipped breakfast",
                "felt hot, blurry vision, sweaty before she went down, out a few seconds",
                "came round quickly, no jerking no tongue bite, feels ok now. HR 76 BP 108/66, ECG normal",
            ],
            _patient(5844, "female", (), pregnant=False),
            id="r37-en-039",
        ),  # ESC 2018 Guidelines for syncope / NICE CG109: typical reflex (vasovagal) syncope with trigger and prodrome, normal ECG -> low risk, reassurance and education
        pytest.param(
            [
                "5y girl, neighbours cat licked her hand yesterday",
                "skin not broken, no scratches",
                "mum asking if she needs rabies shots",
            ],
            _patient(1887, None, (), pregnant=None),
            id="r37-en-043",
        ),  # China NHC Rabies Exposure Prophylaxis and Management Specification (2023) / WHO rabies position paper 2018: category I exposure (lick on intact skin) -> no PEP needed
        pytest.param(
            [
                "10yo girl, small tender lump under L nipple for 2 wks",
                "mum scared its cancer",
                "about 1.5cm, soft, right side starting too now, no discharge",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r37-en-045",
        ),  # Normal puberty (thelarche, Tanner stage 2 at 8-13y; NICE CKS Puberty/ NICE NG12 breast lump referral criteria not met) -> reassurance, self-care
        pytest.param(
            [
                "14yo girl bad cramps lower tummy, period started today",
                "same every month since periods began a year ago, first 1-2 days",
                "no fever, not sexually active, better with hot water bottle",
            ],
            _patient(5114, "female", (), pregnant=False),
            id="r37-en-050",
        ),  # NICE CKS Dysmenorrhoea: primary dysmenorrhoea -> NSAID, heat, self-care
        pytest.param(
            [
                "9yo girl, mum says tummy aches on and off 4 months, mostly mornings before school",
                "pain round belly button ~30min, no vomiting, no diarrhoea, no blood, sleeps through the night",
                "growing fine on chart, abdo soft non tender",
            ],
            _patient(3287, "female", (), pregnant=None),
            id="r37-en-053",
        ),  # Rome IV criteria functional abdominal pain in children (H2d) with no alarm features -> routine follow-up in primary care
        pytest.param(
            [
                "10yo nosebleed at school, teacher pinched nose, stopped after 10 min",
                "happens sometimes when weather dry, picks her nose",
                "no bruises elsewhere, no meds, looks fine now",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r37-en-054",
        ),  # NICE CKS Epistaxis: anterior bleed stopped with first aid, no red flags -> self-care advice
        pytest.param(
            [
                "8 yr old girl, purple raised spots both legs and bottom for 3 days, after a cold",
                "ankles a bit sore, walking ok",
                "no tummy pain, urine dip clear, BP 98/60, otherwise well",
            ],
            _patient(2922, "female", (), pregnant=None),
            id="r37-en-055",
        ),  # NICE CKS Henoch-Schonlein purpura: typical presentation with no abdominal pain, normal BP and urinalysis -> manage in primary care with routine urine/BP monitoring
        pytest.param(
            [
                "12yo sore throat 2 days with runny nose and cough",
                "T 37.6, tonsils a bit red no pus, no big glands, eating drinking ok",
            ],
            _patient(4383, "female", (), pregnant=None),
            id="r37-en-056",
        ),  # NICE NG84 Sore throat (acute): FeverPAIN 0-1 -> no antibiotic, self-care advice
        pytest.param(
            [
                "16 yo, headaches last 2 weeks during exam revision",
                "like a tight band both sides, worse in the evening, sleeping ok",
                "no vomiting, no vision problem, no weakness. BP 112/70, neuro exam normal",
            ],
            _patient(5844, "male", (), pregnant=None),
            id="r37-en-060",
        ),  # NICE CG150 Headaches in over 12s: tension-type headache without red flags -> self-care, simple analgesia
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
