# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-eighth held-out round (2026-12-07, at commit 51359e1: two reviewers, 120 cases of
safeguarding and violence seen in primary care: domestic and intimate partner abuse, child
maltreatment, elder abuse and neglect, sexual assault, forced labour, self-neglect, with the
injuries and risks they bring; and look-alikes with innocent explanations (Mongolian blue spots,
a toddler's shin bruises, cupping marks, a known bleeding disorder); 12 emergencies, 24 same-day
and 24 look-alikes a set). Before these fixes the rules found 11 of 12 and 10 of 12 emergencies,
graded 16 of 24 and 14 of 24 same-day cases exactly (English, Chinese) and sent none of the
look-alikes to emergency. Missed: a 4-year-old in shock after a "fall off the bed" (HR 158,
capillary refill 4 seconds, cold hands, a swollen tender belly), a man with 绳子都准备好了,今晚就了结了,
and a 15-year-old who took 差不多20片 paracetamol. Not read on the same-day side: bruises on a
toddler's ear, neck and buttocks of different ages, a forearm brought three days late, an adult
bite, a disclosure that an uncle "touches her down there", gonorrhoea in a 6-year-old, a swollen
thigh in a baby not yet crawling, "forced himself on her", 被一个男的灌醉后侵犯了, a pregnancy at 28
weeks pushed to the floor (肚子着地), a red line up the arm from a wound, an old woman tied to the
bed, a pension card kept by a son, a deep sacral sore, a husband who checks her phone, and
"wishes she wasn't here" or "baby would be better off with someone else".

What changed: the child's shock signs (above, round 87); the suicide plan's and the overdose's
Chinese wordings; the child protection rule reads a delayed presentation with an injury and a
sexually transmitted infection under 13 (NICE CG89), a non-mobile baby's swollen thigh; bruises
of TEN-4 sites and ages, adult bite marks; sexual assault told with who did it between; abdominal
trauma in later pregnancy (RCOG/ACOG, same day); lymphangitis (NICE CKS Cellulitis); restraint,
financial abuse and a pressure sore into the fat; coercive control as domestic abuse; a reported
answer 她说没想过 denies what was asked and 她说想过 confirms it. After: 12/12, 12/12; 23/24, 23/24;
look-alikes 24/24, 24/24.

Left, graded emergency by the rules' sources where the reviewers asked for the same day: a
13-year-old pregnant with tummy aches told earlier (r88-en-024; NICE NG126's pain with a positive
test), and a mother who says she has thought of harming herself or the baby, without a plan,
with the abusive husband home tonight (r88-zh-033; WHO mhGAP's current thoughts of self-harm)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "28F came in with her sister. says husband grabbed her by the neck last night and squeezed, she thinks she blacked out for a few secs",
                "voice is hoarse now, says it hurts to swallow her own spit. tiny red dots in both eyes and on her eyelids. BP 128/80 P 96 SpO2 97%",
                "she just wants something for the sore throat so she can go home before he notices",
            ],
            _patient(10360, "female", (), pregnant=False),
            id="r88-en-001",
        ),  # FFLM (Faculty of Forensic & Legal Medicine) non-fatal strangulation guidance 2022: strangulation with loss of consciousness, voice change, painful swallowing or facial/conjunctival petechiae needs immediate hospital assessment including CT angiography for laryngeal and carotid/vertebral artery injury.
        pytest.param(
            [
                "3 mo baby boy, mum says he's been 'off' since yesterday, vomited 4 times this morning, not feeding",
                "very sleepy, floppy when I pick him up, fontanelle feels full and tense. small bruise behind L ear, dad says he doesn't know how it happened",
                "T 36.8 HR 170",
            ],
            _patient(95, "male", (), pregnant=None),
            id="r88-en-002",
        ),  # NICE CG89 Child maltreatment and NICE NG232 Head injury (2023): a non-mobile infant with drowsiness, repeated vomiting and a bulging fontanelle plus an unexplained bruise must be suspected of abusive head trauma and sent to hospital immediately by ambulance.
        pytest.param(
            [
                "G2P1 30wks, came w neighbour. partner kicked her in the belly during a fight this am",
                "now tummy hard and painful, constant not coming and going, some fresh bleeding PV. she thinks baby moving less",
                "BP 104/68 P 112",
            ],
            _patient(8960, "female", (), pregnant=True),
            id="r88-en-003",
        ),  # RCOG Green-top Guideline No.63 Antepartum haemorrhage: abdominal trauma in the third trimester followed by constant pain, a tense uterus, vaginal bleeding and reduced fetal movements indicates placental abruption and requires immediate transfer to an obstetric unit.
        pytest.param(
            [
                "45M brought by wife, she says he got into a fight at the night market and was hit w a bottle on the head about 3h ago",
                "vomited 3x since. keeps dozing off while I'm talking to him, opens eyes to voice, answers slow & muddled. scalp lac stopped bleeding",
                "no blood thinners",
            ],
            _patient(16513, "male", ("hypertension",), pregnant=None),
            id="r88-en-004",
        ),  # NICE NG232 Head injury (2023): after a head injury, a GCS below 15 on assessment and more than one episode of vomiting require referral to the emergency department by ambulance.
        pytest.param(
            [
                "mum on the phone: daughter 19 had a row w her bf, took 'a packet' of paracetamol around 10 this morning, about 20 tabs of 500mg",
                "daughter says she feels totally fine, no vomiting, just wants to sleep it off. weighs about 50kg",
                "bf has hit her before apparently",
            ],
            _patient(7145, "female", (), pregnant=False),
            id="r88-en-005",
        ),  # NICE NG225 Self-harm and TOXBASE paracetamol guidance: a deliberate paracetamol ingestion above 75 mg/kg (here about 200 mg/kg) needs immediate hospital transfer for a timed paracetamol level and acetylcysteine even when the patient feels well.
        pytest.param(
            [
                "Home visit. 81F bedbound since her stroke, lives w son who works nights. big sore on her bottom, black edges, smells really bad, sheets soaked",
                "she doesn't know where she is today, son says she was talking normally 2 days ago. T 39.1 BP 84/50 HR 122 RR 26",
            ],
            _patient(29605, "female", ("stroke", "hypertension"), pregnant=False),
            id="r88-en-006",
        ),  # NICE NG51 Sepsis: suspected infection with new altered mental state, systolic BP 90 mmHg or less and respiratory rate 25 or more meets high-risk criteria and requires immediate emergency transfer.
        pytest.param(
            [
                "4yo boy, step-dad says he fell off the bed last night. kid's been vomiting and lying still all morning",
                "pale, sweaty, cold hands, tummy swollen and he screams if I touch it. bruises across his belly and some older yellow ones on his back",
                "HR 158, cap refill 4 sec",
            ],
            _patient(1610, "male", (), pregnant=None),
            id="r88-en-007",
        ),  # NICE CG89 Child maltreatment and NICE NG39 Major trauma: abdominal bruising with distension, tenderness and signs of shock (tachycardia, capillary refill over 3 s) after a trivial fall indicates intra-abdominal injury from probable abuse and needs immediate ambulance transfer.
        pytest.param(
            [
                "22F from another province works at a massage place. her 'manager' brought her and keeps answering for her, she doesn't have her own ID",
                "lower tummy pain since morning, now pain at the tip of R shoulder, felt faint in the toilet. LMP about 7 wks ago, urine hcg positive",
                "BP 86/54 P 124, pale",
            ],
            _patient(8105, "female", (), pregnant=True),
            id="r88-en-008",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: a positive pregnancy test with abdominal pain, shoulder-tip pain, syncope and haemodynamic instability suggests ruptured ectopic pregnancy and needs immediate emergency transfer.
        pytest.param(
            [
                "76M, comes every month for his BP meds. wife has late-stage dementia, he looks after her alone",
                "today he told me calmly he's 'worked it out': he bought a bottle of paraquat and will give it to both of them this weekend so she won't suffer when he's gone",
                "denies feeling sad, says he's at peace with it. he drove himself here",
            ],
            _patient(28040, "male", ("hypertension",), pregnant=None),
            id="r88-en-009",
        ),  # WHO mhGAP Intervention Guide v2.0: a person with a current suicide plan and access to the means (here also planning to kill a dependent) is at imminent risk and must not be left alone, with means removed and immediate emergency/specialist care arranged.
        pytest.param(
            [
                "Nursing home calling about 88F with dementia. won't get out of bed today, cries when they move her R leg",
                "staff say she didn't fall on their shift. R leg looks shorter and turned outwards. bruising on R hip and on both wrists",
                "P 110 BP 102/60",
            ],
            _patient(32135, "female", ("dementia", "osteoporosis"), pregnant=False),
            id="r88-en-010",
        ),  # NICE CG124 Hip fracture and NICE NG189 Safeguarding adults in care homes: a painful, shortened, externally rotated leg with inability to bear weight is a hip fracture needing ambulance transfer to hospital, and unexplained injuries must also be raised as a safeguarding concern.
        pytest.param(
            [
                "2 friends brought in 20F, found her in a stranger's car outside a KTV at 2am, clothes torn. they think someone put something in her drink",
                "she's 'sleeping it off', snoring loud. I can't wake her, only moans when I press on her nail bed. RR 8, SpO2 90% on air",
            ],
            _patient(7333, "female", (), pregnant=False),
            id="r88-en-011",
        ),  # WHO Clinical management of rape and intimate partner violence survivors (2020): life-threatening conditions take priority; a survivor responding only to pain (GCS 8 or less) with slow breathing and SpO2 90% after suspected drink spiking needs immediate airway support and ambulance transfer before forensic care.
        pytest.param(
            [
                "2yo girl, grandma looks after her while parents work in the city. grandma's diabetes pills (glibenclamide) were on the low table, she found 3 empty wrappers",
                "kid is sweaty and very sleepy now, hard to keep awake. 血糖 2.1",
                "grandma not sure when, maybe 2-3 hrs ago",
            ],
            _patient(825, "female", (), pregnant=None),
            id="r88-en-012",
        ),  # WHO Pocket Book of Hospital Care for Children (2013): hypoglycaemia (glucose below 2.5 mmol/L) with reduced consciousness is an emergency sign, and sulfonylurea ingestion in a young child causes prolonged recurrent hypoglycaemia requiring immediate glucose and hospital admission.
        pytest.param(
            [
                "卫生室这边有个28岁女的,说昨晚被老公掐脖子,掐到眼前发黑差点晕过去",
                "今天说话声音哑了,咽口水疼,吞东西费劲。脖子两边有指印",
                "BP 128/80 P 96 SpO2 97%,她不想报警,问能不能开点消炎药回去",
            ],
            _patient(10360, "female", (), pregnant=False),
            id="r88-zh-001",
        ),  # Training Institute on Strangulation Prevention 2019 急性非致死性掐颈医学评估建议: 掐颈后出现声音改变、吞咽困难或一过性意识障碍者属高危, 需立即送急诊行颈部血管及气道影像(CTA)评估。
        pytest.param(
            [
                "3个月男婴,家长说孩子从床上掉下来了,今早开始吐了3次",
                "右耳朵后面和脸上有几块青紫,精神不好一直想睡,叫他哭声很弱",
                "前囟门摸着有点鼓",
            ],
            _patient(95, "male", (), pregnant=None),
            id="r88-zh-002",
        ),  # NICE CG89 儿童虐待识别及NICE NG232 头部损伤: 尚不能独立活动的婴儿出现瘀伤须怀疑虐待, 伴嗜睡、反复呕吐、前囟膨隆提示颅内损伤(虐待性头部外伤), 需立即呼叫救护车转诊。
        pytest.param(
            [
                "孕32周,26岁,说下午跟丈夫吵架被踢了肚子一脚",
                "现在肚子一阵阵疼,摸着硬邦邦的,内裤上有血,比月经少一点",
                "胎动她说好像少了",
            ],
            _patient(9570, "female", (), pregnant=True),
            id="r88-zh-003",
        ),  # ACOG 妊娠期创伤处理建议: 孕中晚期腹部钝性创伤后出现腹痛、子宫张力增高、阴道流血或胎动减少提示胎盘早剥, 需立即转运至有产科和新生儿抢救条件的医院。
        pytest.param(
            [
                "邻居送来个79岁老太太,说是儿子喝了酒推她,头磕在门框上",
                "她吃华法林的(房颤)。刚来的时候还能说话,这会儿叫她要很大声才睁眼,刚才又吐了一次",
                "头皮右边一个大包,BP 168/92",
            ],
            _patient(29035, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r88-zh-004",
        ),  # NICE NG232 头部损伤(2023): 头部外伤后意识水平下降(GCS下降)、呕吐且正在抗凝治疗者需立即行头颅CT, 应呼叫救护车送急诊。
        pytest.param(
            [
                "她老公打电话来说两口子吵完架她喝了几口敌敌畏,说就一点点",
                "人现在在卫生室,自己走进来的,就是出汗多、一直流口水,瞳孔有点小",
                "她说没事不想去医院",
            ],
            _patient(12443, "female", (), pregnant=False),
            id="r88-zh-005",
        ),  # 急性有机磷农药中毒诊治临床专家共识(2016): 口服有机磷后出现多汗、流涎、瞳孔缩小等毒蕈碱样症状即已中毒, 需立即清除毒物、使用阿托品并紧急转诊; 蓄意服毒者同时属高自杀风险。
        pytest.param(
            [
                "村里86岁老汉一个人住,儿子在外打工,邻居说两三天没见他出门",
                "进去看人躺在地上,身上尿湿了,叫他只会哼哼,手脚冰凉",
                "耳温量不出来,BP 88/50,P 50",
            ],
            _patient(31540, "male", ("hypertension",), pregnant=None),
            id="r88-zh-006",
        ),  # NICE NG51 脓毒症及急症识别: 新发意识状态改变、收缩压≤90 mmHg属高危标准, 长时间卧地伴低体温、低血压的老人需立即呼叫救护车转运。
        pytest.param(
            [
                "17岁女孩,她妈带过来的,说昨天晚上在外面被人强奸了",
                "下身一直在流血,垫了两片卫生巾都湿透了,脸色很白,站起来就头晕",
                "BP 86/54 HR 124",
            ],
            _patient(6415, "female", (), pregnant=None),
            id="r88-zh-007",
        ),  # WHO 2013 性暴力受害者临床处理指南: 首先评估并处理危及生命的伤情, 生殖道活动性出血伴低血压、心动过速等休克表现者需立即转诊急救, 之后再处理取证、避孕和暴露后预防。
        pytest.param(
            [
                "6周的女婴,爸爸抱来的,说昨晚不小心从他手上滑下去了",
                "刚才在诊室抽了一次,眼睛往上翻手脚抖,大概2分钟,现在叫不醒",
                "妈妈不在,爸爸说前几天也有过一次突然不喘气",
            ],
            _patient(42, "female", (), pregnant=None),
            id="r88-zh-008",
        ),  # NICE CG89 儿童虐待识别及NICE NG232 头部损伤: 小婴儿不明原因抽搐、呼吸暂停及意识障碍伴解释不充分的外伤史须考虑虐待性头部外伤, 需立即呼叫救护车。
        pytest.param(
            [
                "45岁男的,老婆带孩子回娘家了,说要离婚,他这几天天天喝酒",
                "今天来拿胃药,随口说了句'绳子都准备好了,今晚就了结了'",
                "问他是不是真的,他说想好了,就在后院那棵树上",
            ],
            _patient(16525, "male", ("alcohol use disorder",), pregnant=None),
            id="r88-zh-009",
        ),  # NICE NG225 自伤(2022)及WHO mhGAP 2.0: 有明确自杀计划、已准备手段并有近期意图属迫在眉睫的自杀风险, 不能让其独处, 需立即转送急诊/精神科紧急评估。
        pytest.param(
            [
                "81岁老爷子,糖尿病打胰岛素的,儿媳妇照顾",
                "今早儿媳说他昨天一天没给吃饭,胰岛素还是照打了,现在叫不醒,一身汗",
                "指尖血糖 2.1",
            ],
            _patient(29625, "male", ("diabetes", "hypertension", "dementia"), pregnant=None),
            id="r88-zh-010",
        ),  # 中国2型糖尿病防治指南(2020年版): 血糖<3.0 mmol/L伴意识障碍属严重(3级)低血糖, 需立即静脉推注葡萄糖并紧急转诊。
        pytest.param(
            [
                "几个人送来个砖厂的小伙子,22岁,老板跟着,说话都是老板替他说",
                "左腿上一个伤口化脓好多天了,整条小腿红肿发黑,人烧得迷迷糊糊的",
                "T 39.6 BP 82/48 HR 134 RR 28,身份证说在老板那",
            ],
            _patient(8330, "male", (), pregnant=None),
            id="r88-zh-011",
        ),  # NICE NG51 脓毒症: 意识状态改变、收缩压≤90 mmHg、心率>130次/分、呼吸≥25次/分为高危标准, 需立即急诊转运; ILO强迫劳动指标: 扣押证件、由他人代答为识别信号。
        pytest.param(
            [
                "15岁女孩,她奶奶带来的,说昨晚跟她爸吵架挨了打,今天早上在她书包里发现空药板",
                "孩子承认昨晚11点左右吃了差不多20片扑热息痛(每片0.5g)",
                "现在说就是有点恶心,别的没啥,体重大概45kg",
            ],
            _patient(5595, "female", (), pregnant=None),
            id="r88-zh-012",
        ),  # NICE CKS 对乙酰氨基酚中毒/TOXBASE: 蓄意过量服用对乙酰氨基酚(本例约220 mg/kg)早期常无症状, 须立即转诊急诊测血药浓度并使用N-乙酰半胱氨酸。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "Nurse here. 4mo girl in for her vaccines. noticed a 2cm bruise on her L cheek and a small one on her upper arm",
                "mum says she doesn't know how they got there, baby can't roll yet. feeding well, alert, smiling, fontanelle soft, no vomiting",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r88-en-013",
        ),  # NICE CG89 Child maltreatment: bruising in any child who is not independently mobile should raise suspicion of maltreatment and needs same-day paediatric assessment and referral to children's social care.
        pytest.param(
            [
                "5 mo boy, mum brought him for blood in his mouth this am. the frenulum under his upper lip is torn",
                "dad says the bottle hit his mouth. baby otherwise settled and feeding, no other marks I can see, T 36.7",
            ],
            _patient(160, "male", (), pregnant=None),
            id="r88-en-014",
        ),  # NICE CG89 Child maltreatment: an oral injury such as a torn labial frenulum in a non-mobile infant without a suitable explanation should raise suspicion of abuse and needs same-day paediatric and safeguarding assessment.
        pytest.param(
            [
                "2yo boy here for a cough. saw an oval bite mark on his upper arm, tooth marks more than 3cm across",
                "mum says his big brother (he's 4) bit him. kid is well, cough mild, chest clear, T 37.2",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r88-en-015",
        ),  # NICE CG89 Child maltreatment: a human bite mark judged unlikely to have been made by a young child (intercanine distance over 3 cm suggests an adult) should raise suspicion of maltreatment and needs same-day safeguarding referral.
        pytest.param(
            [
                "32F came in for a cold, started crying and told me her husband hits her. getting worse the last few months, last week he said he'd kill her if she leaves",
                "bruises on both upper arms and her back. no grabbing of her neck she says, no head injury. BP 118/76",
                "2 kids aged 3 and 6 at home. he's at work til 6. she doesn't want police yet",
            ],
            _patient(11902, "female", (), pregnant=False),
            id="r88-en-016",
        ),  # NICE PH50 Domestic violence and abuse with the SafeLives DASH risk checklist: escalating violence and threats to kill mark high risk, requiring a same-day safety plan, referral to specialist domestic abuse services/MARAC and safeguarding of the children.
        pytest.param(
            [
                "Phone call from 26F asking if she 'can still take the pill'. says a coworker forced himself on her after a dinner 4 days ago, no condom",
                "no bleeding, no injuries she can see, just sore. not on any contraception, LMP 2 wks ago",
            ],
            _patient(9507, "female", (), pregnant=False),
            id="r88-en-017",
        ),  # WHO Clinical management of rape and intimate partner violence survivors (2020): emergency contraception (copper IUD or ulipristal) works up to 120 hours after assault, so a survivor at 96 hours needs same-day care together with STI prophylaxis and psychosocial support.
        pytest.param(
            [
                "79F came w her son for BP check. when I put the cuff on I saw fingertip-shaped bruises on both upper arms, some look older",
                "son answers every question for her, she looks at him before she speaks. when he went to pay she whispered 'please don't tell him'",
                "BP 142/84, alert, no other injuries seen",
            ],
            _patient(28955, "female", ("hypertension",), pregnant=False),
            id="r88-en-018",
        ),  # WHO Abuse of older people fact sheet and NICE NG189 safeguarding indicators: bilateral grip-mark bruises of different ages with a controlling carer are indicators of physical abuse needing same-day assessment away from the carer and an adult safeguarding referral.
        pytest.param(
            [
                "72M lives alone, house full of rubbish, neighbours called us. he doesn't really want us in",
                "R lower leg red hot swollen up to the knee, spreading past the line I drew yesterday, weeping ulcer on the shin. T 38.3 HR 96 BP 136/80, alert and oriented, knows what he's refusing",
                "diabetic, hasn't taken his meds for months, 血糖 14.2",
            ],
            _patient(26530, "male", ("diabetes",), pregnant=None),
            id="r88-en-019",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading lower-limb cellulitis with fever in a person with diabetes who is not septic needs same-day clinical assessment and antibiotics, with self-neglect addressed through a capacity-respecting safeguarding discussion.
        pytest.param(
            [
                "teacher brought in 8yo girl, she told her class teacher today that her uncle 'touches her down there' when mum is at work",
                "no pain or bleeding she says, walking fine. the uncle lives with them. mum not reachable yet",
            ],
            _patient(3020, "female", (), pregnant=None),
            id="r88-en-020",
        ),  # NICE CG89 Child maltreatment: a child's disclosure of sexual abuse must be referred to children's social care and police the same day for a child protection medical and to stop her returning to the alleged abuser.
        pytest.param(
            [
                "7mo boy, not crawling yet. mum says he's been crying since yesterday whenever they change his nappy, L thigh swollen",
                "no fall that they know of. feeding, T 36.9, alert. won't kick that leg",
            ],
            _patient(215, "male", (), pregnant=None),
            id="r88-en-021",
        ),  # NICE CG89 Child maltreatment: a suspected fracture (here femoral) in a non-mobile infant with no explanation should raise suspicion of maltreatment and needs same-day hospital X-ray, skeletal survey and safeguarding referral.
        pytest.param(
            [
                "28F 24wks pregnant here for antenatal visit. said her husband punched her in the stomach last night",
                "no bleeding, no pain now, baby moving as usual. BP 116/72, FHR 148 on doppler",
                "bruise on her L flank",
            ],
            _patient(10400, "female", (), pregnant=True),
            id="r88-en-022",
        ),  # SOGC Clinical Practice Guideline No.341 Diagnosis and management of trauma in pregnancy: after abdominal trauma at 20 weeks or more, even an asymptomatic woman needs at least 4 hours of cardiotocographic monitoring in an obstetric unit, plus an intimate partner violence safety assessment.
        pytest.param(
            [
                "41F, DV. husband had his hands round her neck 3 days ago, she pushed him off",
                "no blackout, didn't wet herself, voice normal, swallowing ok, no headache/weakness/vision probs. neck a bit sore, no marks I can see",
                "staying at her mum's now but he keeps calling her",
            ],
            _patient(14970, "female", (), pregnant=False),
            id="r88-en-023",
        ),  # FFLM non-fatal strangulation guidance 2022 and SafeLives DASH: without red flags (loss of consciousness, incontinence, voice change, dysphagia, neurological symptoms, petechiae) immediate imaging is not indicated, but any strangulation is a marker of high-risk domestic abuse needing same-day assessment and safety planning.
        pytest.param(
            [
                "lab called back the result for the 6yo girl we saw Tues for vaginal discharge: culture grew Neisseria gonorrhoeae",
                "she's afebrile, well. lives with mum and mum's boyfriend",
            ],
            _patient(2390, "female", (), pregnant=None),
            id="r88-en-025",
        ),  # NICE CG89 Child maltreatment: gonorrhoea in a child beyond the neonatal period indicates sexual abuse and requires same-day referral to children's social care/police and treatment.
        pytest.param(
            [
                "3yo boy, grandma brought him for 'sores on his hands' not healing for a week",
                "4-5 round punched-out burns about 7-8mm on the backs of both hands, some crusted, one looks infected. mum told grandma he touched the stove",
                "kid very quiet, flinches when adults move near him. T 37.4",
            ],
            _patient(1140, "male", (), pregnant=None),
            id="r88-en-026",
        ),  # NICE CG89 Child maltreatment: multiple small round burns consistent with cigarette burns on sites unlikely to touch hot objects, with delayed presentation and an implausible story, need same-day paediatric assessment and social care referral.
        pytest.param(
            [
                "18M works at a brick kiln up in the hills, his supervisor came with him and won't leave the room. boss keeps his ID card, he says he hasn't been paid since spring",
                "cut on L palm 2 days ago, now red swollen w pus, red streak going up the forearm. T 38.2 HR 98 BP 122/74",
                "says he sleeps at the kiln and isn't allowed to leave",
            ],
            _patient(6700, "male", (), pregnant=None),
            id="r88-en-027",
        ),  # WHO/IOM Caring for trafficked persons: guidance for health providers (2009): withheld documents, unpaid work and restricted movement are forced-labour indicators needing private interview and referral, while the infected hand wound with lymphangitis needs same-day antibiotics and review.
        pytest.param(
            [
                "91F home visit, bedbound, daughter-in-law cares for her. sacral sore 5x4cm down into the fat, no bone seen, some slough",
                "lips dry, hardly any urine today, only a few spoons of porridge since yesterday. alert, knows me. T 37.0 BP 112/70 HR 88",
            ],
            _patient(33275, "female", ("hypertension", "osteoarthritis"), pregnant=False),
            id="r88-en-028",
        ),  # NICE CG179 Pressure ulcers and NICE NG189 safeguarding: a category 3 pressure ulcer with poor intake and dehydration in a dependent older adult needs same-day clinical assessment and raises a neglect concern requiring safeguarding referral.
        pytest.param(
            [
                "16F, mum noticed cuts on her forearm and brought her in. superficial, no stitches needed",
                "she says her ex shared pics of her online and everyone at school saw. sometimes she wishes she wasn't here, no plan she says. hasn't taken anything",
            ],
            _patient(5939, "female", (), pregnant=False),
            id="r88-en-029",
        ),  # NICE NG225 Self-harm (2022): a young person under 18 who has self-harmed and reports thoughts of not wanting to live needs an urgent psychosocial assessment by specialist child and adolescent mental health services, and online image abuse needs safeguarding.
        pytest.param(
            [
                "Phone: 24M says he was raped by 2 men he met online, about 36 hrs ago, no condom",
                "sore, a bit of blood on the toilet paper yesterday, none today. wants to know if he can get the HIV meds",
                "no fever, otherwise ok",
            ],
            _patient(9070, "male", (), pregnant=None),
            id="r88-en-030",
        ),  # WHO guidelines on HIV post-exposure prophylaxis and WHO Clinical management of rape (2020): PEP must start as soon as possible and within 72 hours of exposure, so a survivor at 36 hours needs same-day assessment and PEP.
        pytest.param(
            [
                "7yo boy, school sent him over. teacher saw marks on his back when he changed for PE",
                "several loop-shaped and parallel line bruises across his back and bottom. he said mum's boyfriend hit him with a belt because he wet the bed",
                "he's well, walking fine, no pain passing urine",
            ],
            _patient(2735, "male", (), pregnant=None),
            id="r88-en-031",
        ),  # NICE CG89 Child maltreatment: bruising in the shape of an implement (loop/belt marks) with a disclosure of being hit indicates physical abuse needing same-day referral to children's social care and a child protection medical.
        pytest.param(
            [
                "Home visit, 27F 3 wks after delivery. very tearful, not sleeping even when baby sleeps",
                "she says baby would be better off with someone else, she's a useless mother. no thoughts of hurting him she says. husband checks her phone and won't let her see her mum",
                "baby fine, gaining weight",
            ],
            _patient(9921, "female", (), pregnant=False),
            id="r88-en-032",
        ),  # NICE CG192 Antenatal and postnatal mental health: new and persistent expressions of incompetency as a mother or estrangement from the infant are red flags needing urgent assessment by specialist perinatal mental health services, and coercive control needs domestic abuse assessment.
        pytest.param(
            [
                "80M type 2 DM on insulin, neighbour brought him. his son collects his pension and 'forgot' to buy insulin, none for about 10 days",
                "thirsty, peeing a lot. 血糖 22.4, urine ketones neg, alert, eating and drinking, no vomiting. BP 134/78 HR 88",
            ],
            _patient(29380, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r88-en-033",
        ),  # 中国2型糖尿病防治指南(2020年版): marked hyperglycaemia without ketoacidosis or hyperosmolar features (alert, ketones negative, drinking) needs insulin restarted with same-day review, while withheld insulin and a misused pension are signs of elder neglect and financial abuse.
        pytest.param(
            [
                "Reading out the CXR report from the township hospital for 2yo girl w cough: 'healing posterior fractures of L 6th-8th ribs with callus formation'",
                "parents say she's never had an accident or fall. she's well, mild cough, SpO2 98% RR 28",
            ],
            _patient(930, "female", (), pregnant=None),
            id="r88-en-034",
        ),  # NICE CG89 Child maltreatment: rib fractures in a young child without major trauma or a medical explanation indicate likely abuse and need same-day paediatric referral for skeletal survey and children's social care referral.
        pytest.param(
            [
                "82M w Alzheimer's, wife 79 is his only carer. she admitted she ties him to the chair with a scarf when she cooks, and slapped him yesterday after he hit her",
                "bruise on his L cheek and rope marks round both wrists. calm now, vitals normal. she is crying, says she can't cope anymore",
            ],
            _patient(29951, "male", ("dementia",), pregnant=None),
            id="r88-en-035",
        ),  # WHO Abuse of older people fact sheet and NICE NG97 Dementia: physical restraint and hitting by an overwhelmed carer is elder abuse requiring same-day injury assessment, adult safeguarding referral and urgent carer support or respite.
        pytest.param(
            [
                "19F works at a KTV, lives in a dorm above it, says she can't leave until she 'pays off' her travel debt to the boss",
                "lower tummy pain 3 days, yellow discharge, pain with sex. T 38.3, tender both sides low down, pain when I move the cervix. urine hcg neg. BP 112/70 P 94",
            ],
            _patient(7235, "female", (), pregnant=False),
            id="r88-en-036",
        ),  # CDC STI Treatment Guidelines 2021 (PID): fever with bilateral lower abdominal and cervical motion tenderness and a negative pregnancy test needs same-day antibiotic treatment without hospital admission if not severely ill, and debt bondage is a trafficking indicator needing confidential referral.
        pytest.param(
            [
                "20岁女生,昨天夜里在KTV被认识的人强奸了,没戴套",
                "身上除了手腕有点擦伤别的没伤,生命体征都正常,还没洗澡",
                "她很怕,问能不能吃事后药(毓婷),也担心艾滋",
            ],
            _patient(7345, "female", (), pregnant=False),
            id="r88-zh-013",
        ),  # WHO 2013 性暴力受害者临床处理指南: 性侵后72小时内应尽快提供紧急避孕和HIV暴露后预防, 并当日进行伤情检查、取证和心理支持。
        pytest.param(
            [
                "24岁男的,吞吞吐吐说了半天,前天晚上被一个男的灌醉后侵犯了(肛门)",
                "现在肛门有点疼,大便带一点血丝,不发烧",
                "他问要不要查艾滋,说不想让家里知道",
            ],
            _patient(8940, "male", (), pregnant=None),
            id="r88-zh-014",
        ),  # 中国HIV暴露后预防用药专家共识(2020): 高危暴露后应在72小时内尽快启动PEP, 越早越好, 本例约48小时需当日就诊启动。
        pytest.param(
            [
                "2岁男孩,奶奶带来看感冒的",
                "脱衣服听诊发现左耳廓青紫、脖子侧面和屁股上都有几块淤青,颜色有新有旧",
                "问怎么弄的,奶奶说不知道,平时是孩子妈妈和她男朋友带。孩子精神还行,不发烧",
            ],
            _patient(765, "male", (), pregnant=None),
            id="r88-zh-015",
        ),  # NICE CG89 儿童虐待识别(TEN-4原则): 幼儿耳部、颈部、臀部等非骨性突出部位瘀伤或多处不同时期瘀伤须怀疑虐待, 需当日儿科评估并启动儿童保护。
        pytest.param(
            [
                "4个月女宝宝来打疫苗",
                "左边脸颊上一块指甲盖大的淤青,妈妈说可能是自己抓的",
                "宝宝还不会翻身,吃奶正常,精神好,前囟平",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r88-zh-016",
        ),  # NICE CG89 儿童虐待识别: 尚不能独立活动的婴儿身上出现任何瘀伤都应怀疑虐待, 需当日转儿科评估(含全身骨骼检查)。
        pytest.param(
            [
                "5岁女孩,幼儿园老师带过来的",
                "后背和屁股上有5、6个圆形的疤,差不多7-8毫米大,有的结痂有的是新的,边缘很整齐",
                "孩子说是'爸爸的烟',再问就不说话了",
            ],
            _patient(1915, "female", (), pregnant=None),
            id="r88-zh-017",
        ),  # NICE CG89 儿童虐待识别: 圆形烟头样烫伤等无合理意外解释的烧烫伤应怀疑虐待; 《关于建立侵害未成年人案件强制报告制度的意见(试行)》2020要求立即报告并当日处置。
        pytest.param(
            [
                "3岁男孩右胳膊肿了3天了才带来,家长说是玩的时候摔的",
                "右前臂中间明显肿,一碰就哭,不肯动",
                "问为什么不早点来,说以为过两天就好了。孩子背上还有几块淤青",
            ],
            _patient(1245, "male", (), pregnant=None),
            id="r88-zh-018",
        ),  # NICE CG89 儿童虐待识别: 骨折延迟就医且伴其他部位不明瘀伤应怀疑虐待; 疑似骨折需当日X线检查及儿童保护评估。
        pytest.param(
            [
                "82岁老太太中风后卧床3年,儿子儿媳照顾",
                "今天上门随访,骶尾部一个压疮差不多巴掌大,里面黑的,有臭味,流脓",
                "T 37.9 BP 132/78 P 92,人清楚。床单好几天没换了,老人说好几天没人给她翻身",
            ],
            _patient(29950, "female", ("stroke", "hypertension"), pregnant=False),
            id="r88-zh-019",
        ),  # NICE CG179 压力性损伤: 伴感染征象的深部(3-4期)压疮需当日医生评估清创及抗感染; WHO老年人虐待指南: 照护者忽视导致压疮应记录并启动保护。
        pytest.param(
            [
                "76岁老年痴呆老爷子,儿媳陪着来量血压",
                "卷袖子看到两个上臂内侧都有一排手指印一样的淤青,他一看到儿媳就往后缩",
                "老人说'她掐我',儿媳说他乱说。BP 146/84 其他还好",
            ],
            _patient(27990, "male", ("dementia", "hypertension"), pregnant=None),
            id="r88-zh-020",
        ),  # WHO老年人虐待指南及《老年人权益保障法》: 上臂内侧抓握样瘀伤伴老人指认照护者属身体虐待信号, 需当日单独评估、记录伤情并启动保护。
        pytest.param(
            [
                "30岁女的,右手腕肿得厉害,一开始说是自己摔的",
                "后来单独问她,说是老公拧的,拧的时候听到响了一声",
                "手腕有点变形,手指能动,指尖血运好,不麻",
            ],
            _patient(10961, "female", (), pregnant=False),
            id="r88-zh-021",
        ),  # NICE NG38 骨折(非复杂性): 疑似桡骨远端骨折伴畸形需当日X线及复位; NICE PH50 家庭暴力: 应单独询问、记录伤情并转介专业支持服务。
        pytest.param(
            [
                "孕28周,27岁,昨晚被老公推了一下,侧着摔在地上,肚子着地了",
                "现在说肚子不疼,没流血没流水,胎动跟平时一样",
                "BP 112/70,她问是不是就没事了",
            ],
            _patient(10077, "female", (), pregnant=True),
            id="r88-zh-022",
        ),  # ACOG 妊娠期创伤处理建议: 孕20周以后任何腹部创伤即使无症状也应到产科进行至少4小时胎心宫缩监护以排除隐匿性胎盘早剥。
        pytest.param(
            [
                "初三女孩,15岁,校医介绍过来的",
                "左前臂内侧有十几道划痕,新的旧的都有,都不深,不用缝",
                "她说在家她爸喝了酒就打她,划手是为了'好受一点',问有没有想死,她说没想过、也没计划",
            ],
            _patient(5745, "female", ("asthma",), pregnant=None),
            id="r88-zh-023",
        ),  # NICE NG225 自伤(2022): 18岁以下自伤者应紧急转介儿童青少年精神卫生服务进行心理社会评估, 并同时处理家庭暴力相关的儿童保护问题。
        pytest.param(
            [
                "8岁女孩,妈妈带来的,孩子跟妈妈说舅舅摸她下面,还让她摸他的",
                "最近一次是上周六,孩子说没有流血,尿尿不疼",
                "妈妈很慌,问要不要报警,要不要检查",
            ],
            _patient(3020, "female", (), pregnant=None),
            id="r88-zh-024",
        ),  # 《关于建立侵害未成年人案件强制报告制度的意见(试行)》2020及WHO 2017 儿童性虐待临床指南: 儿童披露性侵需当日报告、由专业人员评估检查并保障其与施害者隔离。
        pytest.param(
            [
                "19岁女的,一个男的带过来,说是她'老板',一直替她回答",
                "小肚子疼3天,白带黄有味,T 38.3,BP 118/72 HR 96,尿HCG阴性",
                "她是外地口音,没身份证,趁老板出去小声说她不能回家",
            ],
            _patient(6995, "female", (), pregnant=False),
            id="r88-zh-025",
        ),  # 盆腔炎症性疾病诊治规范(2019修订版): 伴发热的盆腔炎需当日开始抗菌治疗并评估; IOM/ILO人口贩卖识别: 他人代答、证件被扣、不能自由离开为贩卖信号。
        pytest.param(
            [
                "工地送来的36岁男的,左手掌前天被铁皮划了一道,没处理",
                "现在手背手掌都红肿,有条红线顺着胳膊往上到了肘部,T 38.2 BP 126/80 HR 98",
                "他说包工头不让请假,工钱一直拖着不给,身份证也在工头那",
            ],
            _patient(13330, "male", (), pregnant=None),
            id="r88-zh-026",
        ),  # NICE NG141 蜂窝织炎和丹毒: 伴发热但血流动力学稳定的感染(Eron II级)及淋巴管炎需当日医生评估并开始抗菌治疗; ILO强迫劳动指标: 拖欠工资、扣押证件。
        pytest.param(
            [
                "70岁老汉,一个人住,糖尿病药早就不吃了,家里乱得很",
                "右脚大脚趾下面一个溃疡,周围红肿大概3公分,流脓,有臭味,脚背有点烫",
                "T 37.8 BP 150/88 随机血糖 16.8,人清楚",
            ],
            _patient(25580, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r88-zh-027",
        ),  # IWGDF 2023 糖尿病足感染指南: 溃疡周围红斑>2 cm且无全身中毒表现为中度感染, 需当日开始抗菌治疗并转诊糖尿病足团队。
        pytest.param(
            [
                "13岁女孩,最近老想吐,月经两个多月没来",
                "尿HCG阳性。问孩子爸爸是谁,她说是村里一个30多岁的叔叔",
                "孩子奶奶在旁边,说家里大人都在外打工",
            ],
            _patient(4945, "female", (), pregnant=True),
            id="r88-zh-028",
        ),  # 《关于建立侵害未成年人案件强制报告制度的意见(试行)》2020第四条: 不满十四周岁的女性怀孕属必须立即报告的情形(刑法第236条), 需当日报告并安排产科及儿童保护评估。
        pytest.param(
            [
                "邻居抱来个2岁女娃,说听见一直哭,从窗户看就她一个人在家,大人不知道去哪了",
                "孩子嘴唇有点干,哭的时候眼泪少,尿布很重很臭,精神还可以,能喝水",
                "打大人电话一直打不通",
            ],
            _patient(790, "female", (), pregnant=None),
            id="r88-zh-029",
        ),  # WHO IMCI: 有轻中度脱水征象的儿童需当日在诊所口服补液(方案B)并复评; NICE CG89: 幼儿被独自留家属忽视, 需当日联系监护人/公安及儿童保护。
        pytest.param(
            [
                "32岁女的,昨天被老公一拳打在鼻子上,流了好多鼻血,现在不流了",
                "鼻子堵得出不来气,用手电看两边鼻中隔都鼓起来,紫红色,软的,一碰就疼",
                "其他没事,没晕过,不想让人知道",
            ],
            _patient(11830, "female", (), pregnant=False),
            id="r88-zh-030",
        ),  # NICE CKS 鼻外伤: 鼻中隔血肿需当日转诊耳鼻喉科切开引流, 以免软骨坏死和鞍鼻畸形; NICE PH50: 家庭暴力伤情应记录并转介。
        pytest.param(
            [
                "4岁男孩,左上臂一个椭圆形咬痕,两排牙印,我量了一下两边犬齿间距大概4cm",
                "妈妈说是小朋友咬的,孩子自己说是'叔叔生气咬的'",
                "咬痕有点破皮,不红不肿,孩子精神好",
            ],
            _patient(1660, "male", (), pregnant=None),
            id="r88-zh-031",
        ),  # NICE CG89 儿童虐待识别: 犬齿间距>3 cm提示成人咬痕, 应怀疑虐待并当日进行儿童保护评估; NICE NG184: 破皮的人咬伤需预防性抗生素。
        pytest.param(
            [
                "80岁老太太老年痴呆,请了保姆照顾,女儿今天回来发现她被布条绑在床栏杆上",
                "两个手腕都有一圈磨破的印子,有点渗液,脚腕也有",
                "老人瘦了很多,问她饿不饿一直说饿。BP 108/64 P 88,能说话",
            ],
            _patient(29300, "female", ("dementia",), pregnant=False),
            id="r88-zh-032",
        ),  # WHO老年人虐待指南及《老年人权益保障法》: 不当约束和饮食照护忽视属虐待, 需当日评估营养与伤口、记录伤情并保障老人安全。
        pytest.param(
            [
                "79岁老爷子心衰,退休金卡在小儿子手里,家里说没钱,利尿药停了两个礼拜了",
                "这几天脚肿到小腿,走几步就喘,晚上要垫两个枕头,体重比上个月重了3公斤",
                "坐着不喘,SpO2 95% BP 142/86 HR 92,肺底一点湿啰音",
            ],
            _patient(28845, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r88-zh-034",
        ),  # NICE NG106 慢性心力衰竭: 静息无呼吸困难但症状加重、体重增加的心衰失代偿需当日医生评估调整利尿剂; WHO: 经济剥夺致断药属老年人虐待。
        pytest.param(
            [
                "15岁男孩,在镇上一个小作坊干活,说干了半年了一直没拿到钱",
                "今天右手被热的塑料溅到,手背手指起了好几个大水泡,有的破了,面积差不多他一个手掌",
                "疼得厉害,老板让他包一下接着干",
            ],
            _patient(5535, "male", (), pregnant=None),
            id="r88-zh-035",
        ),  # British Burn Association 国家烧伤转诊指南: 手部部分厚度烧伤属特殊部位, 需当日转诊烧伤专科; 《禁止使用童工规定》: 使用未满16周岁未成年人务工属违法。
        pytest.param(
            [
                "88岁老爷子,跟喝酒的小儿子住,今天大女儿带来的",
                "胸前和后背好几块淤青,有黄的有紫的,右边肋骨一按就疼得叫,深吸气也疼",
                "SpO2 96% RR 18 BP 134/76,老人说是自己摔的,但不敢看他儿子",
            ],
            _patient(32240, "male", ("hypertension",), pregnant=None),
            id="r88-zh-036",
        ),  # WHO老年人虐待指南: 不同时期多处瘀伤且解释不符提示身体虐待; 老年人疑似肋骨骨折但呼吸循环稳定者需当日X线评估及安全评估。
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "6mo boy for vaccines, new nurse worried: big blue-grey patches over his lower back and bottom",
                "mum says they've been there since birth, same colour, don't hurt. baby happy, no other marks, growth fine",
            ],
            _patient(185, "male", (), pregnant=None),
            id="r88-en-037",
        ),  # NICE CG89 Child maltreatment: congenital dermal melanocytosis (Mongolian blue spots), present since birth over the sacrum and buttocks in East Asian infants, is a known bruise mimic that needs only documentation, not an abuse referral.
        pytest.param(
            [
                "2yo girl, walking fast and climbing everything now, mum worried about bruises on both shins and knees",
                "4-5 small bruises all on the front of the shins and one small one on the forehead. none on ears, neck, cheeks, belly, back or arms. she's active and well, no nosebleeds or gum bleeds",
            ],
            _patient(760, "female", (), pregnant=None),
            id="r88-en-038",
        ),  # TEN-4-FACESp bruising clinical decision rule (Pierce et al., Pediatrics 2021): bruises over bony prominences such as shins and forehead in a mobile toddler are typical accidental injuries, unlike bruises to the torso, ears, neck, frenulum, jaw, cheeks or eyelids.
        pytest.param(
            [
                "45F, nurse asking: several round purple marks about 5cm, evenly spaced in rows on her upper back",
                "she says she had 拔罐 at the TCM clinic 2 days ago for shoulder pain. no pain, no fever, feels fine, says no problems at home",
            ],
            _patient(16575, "female", (), pregnant=False),
            id="r88-en-039",
        ),  # AAP Clinical Report The Evaluation of Suspected Child Physical Abuse (2015) lists cupping among cultural practices that mimic abuse: round, evenly spaced ecchymoses that fade over 1-2 weeks and need no treatment.
        pytest.param(
            [
                "8yo boy, teacher noticed red-purple stripes on his neck and back and sent him over",
                "grandma says she did 刮痧 for his cold 2 nights ago. parallel stripes along both sides of the spine and back of the neck",
                "boy says it didn't hurt much, happy to show us. no fever now, eating well, no other bruises",
            ],
            _patient(2960, "male", (), pregnant=None),
            id="r88-en-040",
        ),  # AAP Clinical Report The Evaluation of Suspected Child Physical Abuse (2015): coining/gua sha produces linear petechiae and ecchymoses along the spine, a cultural practice that mimics abuse; with a consistent history and a well child no treatment or referral is needed.
        pytest.param(
            [
                "9yo girl w chronic ITP, followed by county hosp haematology. last plt 35 a month ago",
                "mum says a few new bruises on her legs this week. no nosebleeds, no gum bleeding, no blood in urine or stool, no head knock. she's well and playing",
            ],
            _patient(3405, "female", ("immune thrombocytopenia",), pregnant=None),
            id="r88-en-041",
        ),  # ASH 2019 guidelines for immune thrombocytopenia: children with ITP who have no or only minor skin bleeding are managed with observation, so a routine platelet check at the next haematology visit is appropriate.
        pytest.param(
            [
                "38F asking if we can refer her to counselling. she left her abusive husband 8 months ago, divorced now, lives w her sister in another town",
                "he has no contact, hasn't tried to find her. she sleeps badly, sometimes sad, still working, no thoughts of harming herself",
            ],
            _patient(13947, "female", (), pregnant=False),
            id="r88-en-042",
        ),  # NICE PH50 Domestic violence and abuse and WHO 2013 IPV clinical guidelines: a survivor no longer in contact with the abuser, without current risk or suicidal thoughts, should be offered routine referral to psychological support and specialist services.
        pytest.param(
            [
                "86M, daughter brings him for his routine check. flat dark purple patches on the backs of both forearms and hands",
                "he says they come up whenever he just bumps his arm, has been like this for years. takes aspirin. daughter lives with him, he's clean, well fed, cheerful. no bruises anywhere else",
            ],
            _patient(31590, "male", ("hypertension", "coronary heart disease"), pregnant=None),
            id="r88-en-043",
        ),  # Actinic (senile) purpura on the sun-exposed forearms and hands of an older person taking aspirin is benign skin fragility; NICE NG189 abuse indicators concern unexplained injuries in unusual sites, so no treatment or safeguarding action is needed.
        pytest.param(
            [
                "dad calling: his 18mo son rolled off the sofa onto a rug about an hour ago, dad saw it. cried straight away, settled in 5 min",
                "small bump on his forehead. no vomiting, playing and eating normally, walking normally, acting himself",
            ],
            _patient(545, "male", (), pregnant=None),
            id="r88-en-044",
        ),  # NICE NG232 Head injury (2023): a child with a witnessed low fall, immediate crying, no loss of consciousness, no vomiting, normal behaviour and no suspicion of non-accidental injury can be cared for at home with head injury advice.
        pytest.param(
            [
                "31F at a routine visit told me she was raped at university 3 yrs ago, never told anyone",
                "still gets nightmares and flashbacks, avoids going out at night. working, sleeps 5-6h, no thoughts of harming herself, no contact w the man. wants to talk to someone",
            ],
            _patient(11475, "female", (), pregnant=False),
            id="r88-en-045",
        ),  # NICE NG116 Post-traumatic stress disorder: adults with PTSD symptoms after a past traumatic event and no current risk should be referred routinely for trauma-focused psychological therapy.
        pytest.param(
            [
                "79M w dementia, wife says he tripped on the step in the garden yesterday, she saw it. landed on his knees",
                "graze and bruise on R knee, walks normally, full movement, didn't hit his head, no new confusion. BP 136/80",
            ],
            _patient(28845, "male", ("dementia", "hypertension"), pregnant=None),
            id="r88-en-046",
        ),  # NICE CG161 Falls in older people: an older person who has fallen should be offered a routine multifactorial falls risk assessment; a witnessed fall with a consistent story and a minor graze needs no safeguarding or acute action.
        pytest.param(
            [
                "52F here for BP review, I noticed 4 small round scabs on her belly around the navel, ~8mm, look like cigarette burns",
                "she says she's been doing 艾灸 at home for period cramps, one blistered last week. no pain now, no spreading redness, no fever",
            ],
            _patient(19180, "female", ("hypertension",), pregnant=False),
            id="r88-en-047",
        ),  # AAP Clinical Report The Evaluation of Suspected Child Physical Abuse (2015): moxibustion causes small round superficial burns that mimic cigarette burns; small healing uninfected burns need only simple wound care.
        pytest.param(
            [
                "3yo boy, known osteogenesis imperfecta type I, blue sclera. fell from standing at nursery, now won't use L arm, cries when we move it",
                "swelling mid forearm, fingers pink and warm, moves his fingers. nursery staff saw the fall. he's had 4 fractures before",
            ],
            _patient(1345, "male", ("osteogenesis imperfecta",), pregnant=None),
            id="r88-en-048",
        ),  # NICE CG89 Child maltreatment lists osteogenesis imperfecta as an alternative explanation for fractures; a suspected forearm fracture with intact circulation after a witnessed fall needs same-day X-ray and immobilisation but not a child protection referral.
        pytest.param(
            [
                "35F, husband punched her in the face last night. L black eye, swollen but she can open it",
                "vision normal, no double vision, no blackout, no vomiting, mild headache, GCS 15. didn't grab her neck. not on blood thinners",
                "she wants to go back to her parents'",
            ],
            _patient(12810, "female", (), pregnant=False),
            id="r88-en-049",
        ),  # NICE NG232 Head injury: with no loss of consciousness, vomiting, reduced GCS or anticoagulant use an emergency CT is not indicated, but NICE PH50 requires same-day assessment of the facial injury (orbital fracture check) and a domestic abuse risk assessment.
        pytest.param(
            [
                "5yo boy, mum worried about 'bruises': raised purple spots on the backs of both legs and bottom, don't fade with the glass test",
                "had a cold a week ago. ankles a bit sore and puffy. T 36.9, playing, eating, no tummy pain. BP 98/60, urine dip blood +",
            ],
            _patient(1925, "male", (), pregnant=None),
            id="r88-en-050",
        ),  # NICE CKS IgA vasculitis (Henoch-Schonlein purpura): a well, afebrile child with palpable purpura on the legs and buttocks and arthralgia after a URTI is not an abuse or meningococcal picture, but a non-blanching rash with haematuria needs same-day doctor assessment including BP and urine.
        pytest.param(
            [
                "10wk girl crying nonstop for 3 hrs, parents scared someone hurt her",
                "I found a hair wrapped tight around her R 3rd toe, toe red and swollen, tip still pink. no other marks, was feeding ok before",
            ],
            _patient(70, "female", (), pregnant=None),
            id="r88-en-051",
        ),  # Hair-thread tourniquet syndrome is a recognised accidental cause of inconsolable infant crying with a swollen digit; it needs prompt same-day removal and perfusion check by a doctor and is not by itself an indicator of abuse (NICE CG89 requires a fitting explanation, which this provides).
        pytest.param(
            [
                "4yo girl, grandma worried daycare is hitting her: bruises on legs, back and arm over 2 weeks",
                "I also see lots of tiny red dots on her chest and legs that don't blanch, she's pale and tired, T 37.3. no bleeding gums, walking ok, HR 110",
            ],
            _patient(1760, "female", (), pregnant=None),
            id="r88-en-052",
        ),  # NICE NG12 Suspected cancer: a child with unexplained petechiae, bruising and pallor should be referred for immediate (same-day) specialist assessment for leukaemia; a haematological cause is a classic mimic of abusive bruising.
        pytest.param(
            [
                "3yo girl, grandma brought her 30 min after she pulled a cup of hot tea off the table onto herself",
                "red blistered area on R chest running down the inner arm, irregular splashy edges with drip marks, about 1.5 of her palms. cooled under the tap 20 min. crying but consolable, T 36.8, no other marks",
            ],
            _patient(1215, "female", (), pregnant=None),
            id="r88-en-053",
        ),  # NICE CKS Burns and scalds with NICE CG89: a superficial partial-thickness scald of about 1.5% TBSA in a young child needs same-day clinician assessment, dressing and burns-service advice, while an irregular splash pattern with a prompt consistent history fits accidental injury rather than the sharp-edged immersion pattern of abuse.
        pytest.param(
            [
                "15F, mum brought her. after a fight with mum last night she took 4 paracetamol 500mg around 9pm",
                "she weighs 52kg. no other pills, no alcohol. says she just wanted to sleep, now regrets it, no thoughts of doing it again. no vomiting, no tummy pain",
            ],
            _patient(5675, "female", (), pregnant=False),
            id="r88-en-054",
        ),  # TOXBASE paracetamol guidance: about 38 mg/kg is below the 75 mg/kg treatment threshold so no hospital antidote is needed, but NICE NG225 Self-harm requires that a young person under 18 who has self-harmed has a prompt psychosocial assessment by specialist mental health services.
        pytest.param(
            [
                "3mo girl at her vaccines, grandma asks about the 'bruise' on her L upper arm",
                "raised bright red-blue soft lump about 2cm, appeared at 2 weeks old and slowly getting bigger. not on her face or near the eye, no ulcer or bleeding. baby well",
            ],
            _patient(92, "female", (), pregnant=None),
            id="r88-en-055",
        ),  # AAP Clinical Practice Guideline for the Management of Infantile Hemangiomas (2019): a small limb haemangioma without high-risk features (periocular, airway, ulceration, large segmental) can be observed with routine follow-up; it is not a bruise.
        pytest.param(
            [
                "74M widower, his daughter in Shanghai asked us to check on him. house untidy, piles of old newspapers, he cooks noodles and eggs, washes every few days",
                "weight stable 61kg over the year, BP 132/80, takes his amlodipine, walks to the market daily. says he likes living this way and doesn't want a helper. clear-headed, MMSE 29",
            ],
            _patient(27100, "male", ("hypertension",), pregnant=None),
            id="r88-en-056",
        ),  # Care Act 2014 statutory guidance on self-neglect and NICE NG108 Decision-making and mental capacity: a person with capacity whose lifestyle choices pose no serious risk to health should have those choices respected, with support offered and routine follow-up.
        pytest.param(
            [
                "Wife of 80M w Alzheimer's: in the evenings he gets agitated, yesterday he pushed her away when she tried to help him undress",
                "she's not hurt, not scared of him, he's gentle in the daytime. no fever, no new meds, no urine problems, eating fine. she's asking how to handle the evenings",
            ],
            _patient(29500, "male", ("dementia",), pregnant=None),
            id="r88-en-057",
        ),  # NICE NG97 Dementia: distress and agitation should be managed first by assessing possible causes and using non-pharmacological, carer-supported approaches, arranged routinely when there is no acute illness or risk of harm.
        pytest.param(
            [
                "20F wants a referral for laser treatment of old scars on her L wrist, from cutting when she was 14",
                "hasn't self-harmed for 5 yrs, mood good, at college, no thoughts of self-harm or suicide, supportive family. scars white and flat",
            ],
            _patient(7480, "female", (), pregnant=False),
            id="r88-en-058",
        ),  # NICE NG225 Self-harm: healed scars from past self-harm with no current self-harm or suicidal thoughts need only routine care, such as referral for scar management, after a sensitive check of current risk.
        pytest.param(
            [
                "5 day old boy, first home visit. red patch in the white of his L eye, mum panicking",
                "normal vaginal delivery, long pushing stage. feeding well, alert, no bruises anywhere, eye opens normally, no discharge",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r88-en-059",
        ),  # Subconjunctival haemorrhage is common after vaginal birth and resolves within about 2 weeks; in a well newborn in the first days of life it is birth-related and needs only reassurance, whereas in an older infant it would raise concern for abuse (NICE CG89).
        pytest.param(
            [
                "36F, her partner slashed at her w a kitchen knife about 3 hrs ago, police took him away, she's staying at her brother's",
                "3cm cut on outer L forearm, clean edges, bleeding stopped w pressure. moves all fingers, sensation normal, grip strong, no other wounds, no neck grabbing. BP 124/78 P 88",
            ],
            _patient(13190, "female", (), pregnant=False),
            id="r88-en-060",
        ),  # NICE CKS Lacerations and NICE PH50 Domestic violence: a 3 cm forearm laceration with controlled bleeding and intact tendon and neurovascular function needs same-day wound closure and a domestic abuse risk assessment, not emergency transfer.
        pytest.param(
            [
                "1岁8个月男孩,妈妈说两个小腿前面好几块淤青,担心是不是被人打了",
                "孩子刚会跑,天天在院子里爬上爬下的,经常磕",
                "其他地方都没有,精神好吃饭好,牙龈不出血,没有出血点",
            ],
            _patient(610, "male", (), pregnant=None),
            id="r88-zh-037",
        ),  # NICE CG89 儿童虐待识别: 已能独立行走儿童小腿前侧等骨性突出部位的瘀伤常见于日常活动, 无其他可疑特征时不提示虐待。
        pytest.param(
            [
                "45岁女的,来看腰疼的,后背一排圆圆的紫红印子",
                "她自己说前天在镇上拔的火罐",
                "印子不痛不痒,没起泡,其他地方没有淤青",
            ],
            _patient(16491, "female", (), pregnant=False),
            id="r88-zh-038",
        ),  # AAP临床报告《疑似儿童躯体虐待的评估》(Christian 2015)列举拔罐、刮痧等传统疗法为瘀斑的良性模拟征; 拔罐后圆形紫红瘀斑可在1-2周内自行消退。
        pytest.param(
            [
                "学校老师打电话来问,说8岁女孩背上和脖子后面一条条红紫色的痕,怀疑是被打的",
                "妈妈说前两天孩子发烧,奶奶给她刮了痧,现在烧退了",
                "孩子自己也说是刮痧,不疼,精神好",
            ],
            _patient(3170, "female", (), pregnant=None),
            id="r88-zh-039",
        ),  # AAP临床报告《疑似儿童躯体虐待的评估》(Christian 2015): 刮痧可在背部形成对称线状瘀斑, 属需与虐待鉴别的良性文化习俗所致皮肤改变。
        pytest.param(
            [
                "6岁男孩手背和前臂上有几条像烫伤一样的褐色印子,有的像手指印",
                "妈妈说上周孩子天天在院子里挤柠檬做柠檬水,然后在太阳底下玩",
                "不疼不痒,没起泡,孩子说是做柠檬水那几天出来的",
            ],
            _patient(2270, "male", (), pregnant=None),
            id="r88-zh-040",
        ),  # AAP临床报告《疑似儿童躯体虐待的评估》(Christian 2015): 植物日光性皮炎(柠檬汁加日晒)可形似烫伤或手印, 属良性, 可自行消退。
        pytest.param(
            [
                "2岁女孩,刚才在家门口跑着摔了,额头磕在台阶上,起了个包",
                "摔了马上就哭,没晕,没吐,现在在诊室里到处跑着玩",
                "奶奶一直看着的,额头一个半个鸡蛋大的包,不出血",
            ],
            _patient(750, "female", (), pregnant=None),
            id="r88-zh-041",
        ),  # NICE NG232 头部损伤: 儿童头部轻伤无意识丧失、呕吐、嗜睡、危险机制等危险因素时无需CT, 可居家观察并告知警示症状。
        pytest.param(
            [
                "68岁阿姨,膝盖上2个小水泡,黄豆大",
                "她说昨天自己在家做艾灸,离得太近烫了一下",
                "周围不红,不发烧,没有糖尿病",
            ],
            _patient(24998, "female", ("osteoarthritis",), pregnant=False),
            id="r88-zh-042",
        ),  # NICE CKS 烧伤和烫伤: 面积很小、无感染、非特殊部位的浅表部分厚度烧伤可自行护理, 保持清洁覆盖即可。
        pytest.param(
            [
                "8个月男宝,外婆带来体检,外婆说屁股和后腰上有几块青色的,以为是保姆掐的",
                "查了出生记录和上次体检都记了'骶尾部蒙古斑',颜色灰蓝,边界不清,一直没变化",
                "按着不疼,别的地方没有",
            ],
            _patient(245, "male", (), pregnant=None),
            id="r88-zh-043",
        ),  # NICE CG89 及AAP: 蒙古斑(先天性真皮黑素细胞增多症)出生即有、呈灰蓝色、无压痛且不随时间变化, 属良性胎记, 不应误判为瘀伤。
        pytest.param(
            [
                "5岁男孩,有血友病A(轻型),在省里血友病中心登记的",
                "幼儿园老师看到他小腿上一块硬币大的淤青,打电话来问",
                "家长说前天碰到桌腿了,孩子走路正常,膝盖脚踝不肿不疼,没磕到头",
            ],
            _patient(2025, "male", ("hemophilia a",), pregnant=None),
            id="r88-zh-044",
        ),  # 世界血友病联盟(WFH)2020血友病管理指南: 浅表皮肤瘀斑通常无需特殊治疗, 关节、肌肉、头部等部位出血才需紧急补充凝血因子。
        pytest.param(
            [
                "3个月女宝,左上臂有一块红色的'淤青',奶奶担心是不是保姆掐的",
                "妈妈说满月时就是一个小红点,后来慢慢长大鼓起来,现在大概2cm,鲜红色,摸着软",
                "不在脸上,没破,吃奶精神都好",
            ],
            _patient(92, "female", (), pregnant=None),
            id="r88-zh-045",
        ),  # 中国婴幼儿血管瘤诊治指南(2022): 位于躯干四肢、无溃疡、非高危部位的小型婴儿血管瘤可门诊常规评估随访, 无需紧急处理。
        pytest.param(
            [
                "4岁女孩脸上和手上有几个圆形的疮,上面结黄色的痂,幼儿园老师怀疑是烟头烫的",
                "妈妈说一开始是小水泡,抓破了流黄水,这几天越来越多",
                "不发烧,精神好,班上别的小朋友也有长的",
            ],
            _patient(1500, "female", (), pregnant=None),
            id="r88-zh-046",
        ),  # NICE NG153 脓疱疮: 局限性非大疱性脓疱疮且全身情况良好者门诊外用抗菌治疗即可; AAP指出脓疱疮可被误认为烟头烫伤。
        pytest.param(
            [
                "83岁老太太,女儿说她两个手背和前臂经常有紫斑,怕是养老院的人弄的",
                "老人说就是轻轻碰一下就紫了,不疼,一直在吃阿司匹林",
                "看了是不规则暗紫色斑,皮肤很薄,其他部位没有,牙龈不出血,吃饭精神都好",
            ],
            _patient(30415, "female", ("coronary heart disease", "hypertension"), pregnant=False),
            id="r88-zh-047",
        ),  # 老年性(日光性)紫癜: 多见于老年人前臂和手背, 与皮肤老化及抗血小板药物相关, 属良性, 可常规复诊复查血常规。
        pytest.param(
            [
                "52岁女的,来开安眠药,说睡不好大半年了",
                "聊起来说以前前夫打过她,十年前已经离婚了,现在跟女儿住,没人再伤害她",
                "没想过轻生,吃饭还行,就是老想起以前的事",
            ],
            _patient(19057, "female", (), pregnant=False),
            id="r88-zh-048",
        ),  # WHO 2013 亲密伴侣暴力和性暴力临床指南: 既往受暴、当前无危险者出现心理症状应提供支持并转介心理服务, 门诊预约随诊即可。
        pytest.param(
            [
                "村委会打电话说,村头85岁王奶奶一个人住,家里乱,侄子说她自我忽视让我们去看看",
                "去看了,家里是乱一点,但冰箱有菜,降压药按时吃(药盒剩的数对得上),BP 138/82",
                "老人头脑清楚,说不想去儿子家,就想自己住",
            ],
            _patient(31325, "female", ("hypertension",), pregnant=False),
            id="r88-zh-049",
        ),  # SCIE自我忽视实践指南(依据英国Care Act 2014): 有决策能力的老人选择独居生活方式应予尊重, 提供支持并定期随访, 不属紧急情况。
        pytest.param(
            [
                "17岁女孩,跟男朋友(18岁,同学)一起来的,尿HCG阳性",
                "末次月经大概7周前,不肚子疼不流血",
                "两个人说是自愿的,双方家长也知道了,想问下一步怎么办",
            ],
            _patient(6305, "female", (), pregnant=True),
            id="r88-zh-050",
        ),  # 孕前和孕期保健指南(2018): 无腹痛及阴道流血的早孕应在孕13周前建册首诊并提供咨询; 刑法第236条: 已满14周岁者自愿性行为不属强制报告的性侵情形。
        pytest.param(
            [
                "23岁女的,说5个星期前被前男友强迫发生了关系,当时没去医院",
                "现在已经搬走了,没再联系,身上没伤,月经上周来过,正常",
                "想查一下艾滋和性病,这几天睡眠也不太好",
            ],
            _patient(8535, "female", (), pregnant=False),
            id="r88-zh-051",
        ),  # WHO 2013 性暴力受害者临床处理指南: 超过72小时不再启动HIV暴露后预防, 应按计划在6周和3个月进行HIV及性病检测并提供心理支持。
        pytest.param(
            [
                "90岁老爷子卧床,家属问屁股上破了一块皮是不是他们照顾得不好",
                "看了是骶尾部一块硬币大的浅破皮,粉红色,没脓没臭味,周围不红",
                "T 36.6,家里每2小时翻一次身有记录,床单干净,吃饭还可以",
            ],
            _patient(32890, "male", ("stroke", "diabetes"), pregnant=None),
            id="r88-zh-052",
        ),  # NICE CG179 压力性损伤: 无感染的2期压疮予减压、营养支持和湿性敷料, 由社区护理常规随访即可。
        pytest.param(
            [
                "4岁男孩,姥姥说孩子身上老是青一块紫一块,邻居都说是他后妈打的",
                "看了腿上胸前好多针尖样小红点,压了不褪色,还有几块淤青,脸色很白",
                "这两周老说累,不怎么玩,脖子上摸到几个淋巴结。T 37.4",
            ],
            _patient(1560, "male", (), pregnant=None),
            id="r88-zh-053",
        ),  # NICE NG12 疑似癌症识别与转诊: 儿童出现不明原因瘀点或伴苍白乏力、淋巴结肿大, 应当日(数小时内)转专科评估并查血常规以排除白血病。
        pytest.param(
            [
                "2岁女孩,刚才过马路妈妈拽了一下她胳膊,孩子哭了,之后右手就不肯动,一直垂着",
                "手肘不肿不青,没摔着,其他地方没伤",
                "妈妈很着急,怕是不是骨头断了",
            ],
            _patient(880, "female", (), pregnant=None),
            id="r88-zh-054",
        ),  # 桡骨头半脱位(牵拉肘)诊疗: 有典型牵拉史、无肿胀畸形的幼儿患肢不动, 需当日手法复位, 无需按虐待处理。
        pytest.param(
            [
                "2岁多男孩,今天上午在游乐场滑滑梯,脚卡了一下扭到,爸爸就在旁边看着",
                "现在不肯用右脚走路,一站就哭,小腿下面有点肿,没有淤青",
                "摔完马上就抱过来了,身上其他地方没伤",
            ],
            _patient(825, "male", (), pregnant=None),
            id="r88-zh-055",
        ),  # NICE NG38 骨折(非复杂性): 幼儿外伤后不能负重需当日X线检查; 有目击的扭转机制并及时就医的胫骨螺旋骨折(幼儿骨折)属常见意外损伤。
        pytest.param(
            [
                "77岁老太太吃华法林的,女儿发现她胳膊、腿上好几块大淤青,怀疑护工打的",
                "问了护工说没有,老人自己也说没人碰她,就是最近感冒吃了头孢",
                "今天测INR 6.8,没流鼻血牙龈出血,大便颜色正常,没摔过没碰过头",
            ],
            _patient(28305, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r88-zh-056",
        ),  # 华法林抗凝治疗的中国专家共识(2013): INR 4.5-10且无出血时应暂停华法林、可考虑口服小剂量维生素K并当日调整方案、密切复查INR。
        pytest.param(
            [
                "7岁女孩,骑她哥的自行车,车子一下刹住,下面骑在横梁上了,半个钟头前的事",
                "外阴有点出血,现在不怎么流了,她妈妈就在旁边看见的",
                "孩子能尿尿,就是尿的时候疼,其他地方没伤",
            ],
            _patient(2685, "female", (), pregnant=None),
            id="r88-zh-057",
        ),  # AAP临床报告《儿童性虐待评估》(2013): 有目击的骑跨伤多累及外阴前部, 与意外机制相符, 但仍需当日检查以排除深部裂伤和尿道损伤。
        pytest.param(
            [
                "3岁男孩,刚才扯桌布把一杯热茶弄倒了,泼在胸口和右胳膊上",
                "奶奶马上用凉水冲了10来分钟,现在右胸口一片红,起了几个水泡,加起来大概两个手掌大",
                "孩子哭得厉害,呼吸正常,脸上没烫到",
            ],
            _patient(1145, "male", (), pregnant=None),
            id="r88-zh-058",
        ),  # British Burn Association 国家烧伤转诊指南: 儿童部分厚度烧伤≥2%体表面积需当日与烧伤专科讨论处理; 不规则泼溅样烫伤与所述意外机制相符。
        pytest.param(
            [
                "74岁大娘,早上在菜市场滑倒手撑地,好几个人看见的,儿子马上送过来",
                "左手腕肿,像个餐叉一样变形,手指能动不麻",
                "没磕到头,其他地方不疼,BP 150/86",
            ],
            _patient(27260, "female", ("osteoporosis", "hypertension"), pregnant=False),
            id="r88-zh-059",
        ),  # NICE NG38 骨折(非复杂性): 疑似桡骨远端骨折伴畸形需当日X线及复位; 有多人目击的跌倒机制与伤情相符。
        pytest.param(
            [
                "4岁女孩在幼儿园被另一个小朋友咬了一口,左前臂",
                "牙印小小的,两边犬齿间不到2cm,中间破了皮,渗了点血",
                "老师当场看到的,说是抢玩具。孩子好好的",
            ],
            _patient(1760, "female", (), pregnant=None),
            id="r88-zh-060",
        ),  # NICE NG184 人和动物咬伤: 人咬伤破皮出血应当日给予预防性抗生素; 犬齿间距<3 cm提示儿童咬伤, 不提示成人虐待。
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
