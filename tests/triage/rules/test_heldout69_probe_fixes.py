# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-ninth held-out round (2026-12-07, at commit c848645: two reviewers, 120 cases on people who
cannot tell their own symptoms, told by carers, parents and relatives: a learning disability,
autism, cerebral palsy, Down syndrome, deafness, aphasia after a stroke, advanced dementia, and
people who speak only a minority language; the sign is a change in behaviour; 16 emergencies, 24
same-day and 20 look-alikes a set). Before these fixes the rules found 12 of 16 and 12 of 16
emergencies (testicular torsion shown by hitting his privates or holding the crotch; neck
instability in Down syndrome with a tilted head, unsteady walking and new incontinence; a
ruptured ectopic pregnancy with a systolic of 90; bowel obstruction on clozapine told as "blown up
like a drum"; a missing button battery with drooling; neuroleptic malignant syndrome told as
浑身硬邦邦的掰不动; SJS with crusty, bleeding lips; acute retention in dementia), graded 9 of 24 and
9 of 24 same-day cases exactly, and sent 4 and 4 look-alikes to emergency, most because a
speech that was never there (不会说话 in autism, "aphasic since his stroke") read as a stroke.

What changed: speech that is not there, in someone who never spoke or whose aphasia a past stroke
left, is their usual state, not a stroke sign (NICE NG11, NG236; a sudden, new or worse change, or
any other deficit, keeps the stroke rule); a head shaken answers a question (摇头, "shook his
head"); Down syndrome with a tilted or painful neck and a change in walking, new incontinence or
clumsy hands is cord compression (DSMIG 2017); pain shown by behaviour in someone who cannot tell
(refusing to walk, guarding or hitting one part, crying when handled) is seen the same day (NICE
NG11 §1.7, NG97); abdominal pain with shoulder-tip pain and blood loss is bleeding into the
abdomen; a gastrostomy tube come out (NNNG 2020); a feverish child of any age with urinary
symptoms (NICE NG224); words for crotch pain, a palpable bladder, crusty lips, a rigid body,
faeculent vomit and distension, a missing battery, spreading redness. After: 16/16, 16/16;
18/24, 17/24; look-alikes 18/20, 18/20.

Kept: drowsiness in a 90-year-old with dementia who is hardly drinking (r69-en-032) and sleepiness
with muddle after a carbamazepine dose rise (r69-en-040) stay emergencies (new altered mental
state, NICE NG51). Left: "severe CP" read as chest pain (r69-en-020); sleepiness for months in
Down syndrome read as acute (r69-en-013); "usual fit ~20 min ago" whose time since is read as its
length (r69-en-043); confusion after a usual seizure (r69-zh-026); a feared "抽风" read as a seizure
(r69-zh-057); a keratoconus flare read as sudden loss of sight (r69-zh-058); and the same-day
delirium with a urine smell, faecal overflow, antipsychotic oversedation, carbamazepine toxicity,
first seizure, keratitis, heart failure and sudden hearing loss cases."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "智力障碍的男的33岁，前几天精神科给加了氟哌啶醇，说他闹",
                "他哥说这两天浑身硬邦邦的掰不动，大汗，烧到39度6，叫他也不太理，比平时呆",
                "心跳128，血压156/98",
            ],
            _patient(12053, "male", ("learning disability", "psychosis"), pregnant=None),
            id="r69-zh-036",
        ),  # BNF抗精神病药警示 + 中国精神分裂症防治指南：新加抗精神病药后高热、肌强直、意识改变和自主神经紊乱提示恶性综合征，需停药并立即120急诊。
        pytest.param(
            [
                "3岁自闭症小孩，他妈说遥控器后盖开了，里面那个扁扁的圆电池找不着了",
                "孩子一个钟头前开始流口水，不肯吃东西，老往嘴里抠",
                "呼吸还行，不发烧",
            ],
            _patient(1096, "male", ("autism",), pregnant=None),
            id="r69-zh-039",
        ),  # 中国儿童消化道异物管理指南 + NICE CKS 异物吞入：疑吞纽扣电池即使症状轻也可在数小时内烧穿食管，需立即急诊拍片并内镜取出。
        pytest.param(
            [
                "智力障碍的姑娘27岁，她妈带来，说下午开始捂着右下肚子，蜷着不动",
                "她妈说“月经快俩月没来了，她自己也说不清”，今天内裤上有点血",
                "脸煞白，说肩膀也疼，血压90/58，心跳112",
            ],
            _patient(9862, "female", ("learning disability",), pregnant=None),
            id="r69-zh-046",
        ),  # NICE NG126 异位妊娠：育龄女性停经后腹痛、阴道出血伴肩尖痛和低血压提示异位妊娠破裂，需立即120急诊。
        pytest.param(
            [
                "78岁痴呆老头，有前列腺增生，老伴说从昨天晚上到现在一直没尿出来",
                "坐立不安，老拿手拍肚子，肚脐下面鼓起个硬包，一按就喊",
                "前两天感冒吃了复方感冒药",
            ],
            _patient(28490, "male", ("dementia", "benign prostatic hyperplasia"), pregnant=None),
            id="r69-zh-053",
        ),  # NICE CKS 男性下尿路症状 + 中国良性前列腺增生诊疗指南：急性尿潴留需立即转诊导尿，村卫生室不能导尿时应马上送急诊。
        pytest.param(
            [
                "carer re 27F w LD & epilepsy, carbamazepine started 3wk ago",
                "now rash all over thats blistering, lips crusty and bleeding, eyes red",
                "T 38.7, wont eat 'cos her mouth's so sore'",
            ],
            _patient(9862, "female", ("learning disability", "epilepsy"), pregnant=False),
            id="r69-en-003",
        ),  # BNF carbamazepine / BAD SJS-TEN guideline: a blistering rash with mucosal involvement and fever after starting an anticonvulsant suggests SJS and needs emergency admission.
        pytest.param(
            [
                "15yo autistic boy, non-verbal, mum brought in, screaming and hitting his privates for ~2h",
                "vomited twice. wont walk, keeps pushing hand between his legs",
                "mum changed him - 'left ball looks swollen and higher up'",
            ],
            _patient(5479, "male", ("autism", "learning disability"), pregnant=None),
            id="r69-en-021",
        ),  # NICE CKS scrotal pain and swelling: sudden testicular pain with vomiting and a high-riding swollen testis suggests torsion needing immediate emergency surgical referral.
        pytest.param(
            [
                "mum brought in 24F with Down's, says for 3 days she 'holds her neck funny' and tilts her head",
                "today walking like she's drunk, fell twice, and wet herself which she never does",
                "says her hands are 'clumsy', dropping her cup",
            ],
            _patient(8766, "female", ("down syndrome",), pregnant=False),
            id="r69-en-042",
        ),  # NICE CKS Down syndrome / DSMIG atlantoaxial instability guidance: neck pain and head tilt with new gait disturbance and new incontinence suggest cord compression and need emergency assessment.
        pytest.param(
            [
                "carer from supported living on phone re 41M, LD + schizophrenia on clozapine",
                "no BO for 6/7 per carer, now vomitting x3 today 'brown smelly stuff', tummy 'blown up like a drum'",
                "he keeps hitting his belly and wont sit down. HR 112",
            ],
            _patient(14975, "male", ("learning disability", "schizophrenia"), pregnant=None),
            id="r69-en-056",
        ),  # MHRA Drug Safety Update 2020 (clozapine GI hypomotility) and NICE CKS constipation: faeculent vomiting with distension in a clozapine user suggests obstruction/ileus needing emergency admission.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "有个自闭症的小伙子27岁，不会说话，他妈带来的",
                "他妈说“这几天老拍自己右边脸，饭只用左边嚼”，右边下巴有点肿，摸着他就躲",
                "体温37度6，能喝水，张嘴看到右下面有颗牙黑的，牙龈鼓个包。呼吸正常，咽口水没问题",
            ],
            _patient(9862, "male", ("autism", "learning disability"), pregnant=None),
            id="r69-zh-001",
        ),  # NICE CKS 牙脓肿 + NICE NG11：行为改变先找疼痛原因，牙龈脓肿伴面部轻肿但无气道和吞咽受累，需当天看医生/牙科引流并评估抗生素，不需120。
        pytest.param(
            [
                "智力障碍的男的，41岁，住他哥家。他哥说前天下楼梯崴了一下",
                "这两天不肯下地走，让他走就哭、拽着右脚，右脚踝外边肿了一块青紫",
                "脚趾头颜色正常，摸着暖的，别的都好",
            ],
            _patient(14975, "male", ("learning disability",), pregnant=None),
            id="r69-zh-004",
        ),  # NICE CKS 扭伤与拉伤（渥太华踝关节规则）+ NICE NG11：外伤后不能负重、外踝肿痛需当天拍片排除骨折，远端血运正常不需120。
        pytest.param(
            [
                "脑瘫孩子9岁不能走，坐轮椅的，她爸说昨天抱上床的时候胳膊别了一下",
                "今天一给她穿衣服右胳膊就哭，手腕上面肿了，胳膊不让动",
                "手指头暖的粉的，别的没事，饭也吃了",
            ],
            _patient(3287, "female", ("cerebral palsy", "epilepsy"), pregnant=None),
            id="r69-zh-010",
        ),  # NICE NG62 脑瘫：不能行走的脑瘫儿童骨密度低，轻微外力可致骨折，前臂肿痛拒动需当天拍片，远端血运好无需120。
        pytest.param(
            [
                "脑瘫孩子11岁，肚子上有胃造瘘管，她妈说一个钟头前翻身的时候管子整根掉出来了",
                "口子那里有点渗，不出血，孩子不哭不闹，精神好",
                "以前没掉过，家里没备用的管子",
            ],
            _patient(4018, "female", ("cerebral palsy", "gastrostomy"), pregnant=None),
            id="r69-zh-022",
        ),  # NICE CG32 营养支持 + 胃造瘘护理专家共识：造瘘管脱出后窦道数小时内即收缩，需当天尽快到医院重新置管，孩子稳定不需120。
        pytest.param(
            [
                "4岁自闭症男孩，不会说话，今早起来就不肯走了，一放地上就坐下哭",
                "他妈说不知道摔没摔，昨天在外面跑着玩来着。左腿一碰就躲",
                "体温37度2，腿上没见肿没见青，精神还行，吃了早饭",
            ],
            _patient(1461, "male", ("autism",), pregnant=None),
            id="r69-zh-037",
        ),  # NICE CKS 儿童跛行：原因不明的拒绝负重需当天评估（查髋膝、必要时拍片验血）排除骨折和化脓性关节炎，无发热无全身症状不需120。
        pytest.param(
            [
                "自闭症的小伙子29岁，老咬自己右手虎口，以前也咬，这回咬破了",
                "他妈说这三天手背肿起来了，红一大片往手腕上走，一碰就叫",
                "体温37度8，精神还行，吃饭正常",
            ],
            _patient(10592, "male", ("autism", "learning disability"), pregnant=None),
            id="r69-zh-045",
        ),  # NICE NG184 人和动物咬伤 + NICE NG141 蜂窝织炎：手部咬伤伴扩散性红肿需当天医生评估、开抗生素并查找自伤加重原因。
        pytest.param(
            [
                "脑瘫的姑娘15岁，不会说话，她妈说这两天一换尿片就哭，左腿不让掰",
                "左腿看着比右腿短一点，往里夹着，没摔过",
                "不发烧，吃饭还行，左大腿不肿",
            ],
            _patient(5479, "female", ("cerebral palsy", "learning disability"), pregnant=False),
            id="r69-zh-054",
        ),  # NICE NG62 脑瘫(<25岁)：新出现的髋部疼痛需考虑髋关节脱位或骨折，应当天评估并拍片，不需120。
        pytest.param(
            [
                "67岁中风后说不出话的阿姨，右边瘫，这俩月主要躺床上",
                "儿媳说这两天右小腿比左边粗了一圈，有点红，摸着热，一按她就皱眉",
                "不喘，血氧97，心率84，体温36度8",
            ],
            _patient(24472, "female", ("stroke", "aphasia"), pregnant=None),
            id="r69-zh-056",
        ),  # NICE NG158 静脉血栓栓塞：疑似深静脉血栓需4小时内做D-二聚体/超声（做不到先给抗凝），无胸痛气促等肺栓塞表现不需120。
        pytest.param(
            [
                "7岁智障小女孩不会说话，她奶说这两天一尿尿就哭，尿得很勤，尿有点红",
                "今天摸着烫，量了38度3，吃饭少点，还能喝水",
                "精神还可以，能玩一会，没吐",
            ],
            _patient(2557, "female", ("learning disability", "autism"), pregnant=None),
            id="r69-zh-060",
        ),  # NICE NG224 16岁以下尿路感染：发热伴尿路症状的儿童需当天留尿检查并开始抗生素，无脓毒症危险征象可门诊处理。
        pytest.param(
            [
                "home visit req: 79M dementia, wife says 'hasnt had a wee since breakfast' (~10h), restless, pulling at trousers",
                "lower tummy bulging, tender. on oxybutynin",
                "T 36.9 HR 90 BP 146/84",
            ],
            _patient(28855, "male", ("dementia", "benign prostatic hyperplasia"), pregnant=None),
            id="r69-en-001",
        ),  # NICE CKS LUTS in men: acute urinary retention needs catheterisation today (district nurse/GP or urology); obs are stable so no ambulance.
        pytest.param(
            [
                "mum w 9yo girl w CP, gastrostomy button came out 1hr ago when she pulled it",
                "hole still open, no bleeding, girl herself",
                "mum has no spare and no kit",
            ],
            _patient(3287, "female", ("cerebral palsy", "gastrostomy"), pregnant=None),
            id="r69-en-012",
        ),  # NICE CG32 nutrition support and NNNG gastrostomy guidance: a dislodged gastrostomy tract can close within hours, so replacement is needed the same day.
        pytest.param(
            [
                "wife re 76M aphasic after stroke, mostly sits in chair. R calf swollen and red since yesterday",
                "he winces when she touches it. no SOB, sats 97, HR 84",
                "not on blood thinners",
            ],
            _patient(27759, "male", ("stroke", "aphasia"), pregnant=None),
            id="r69-en-017",
        ),  # NICE NG158 venous thromboembolism: suspected DVT needs same-day D-dimer/ultrasound or interim anticoagulation within 4 hours; no signs of PE.
        pytest.param(
            [
                "72F speaks only Cantonese, granddaughter translating: burning passing water, going all the time 3 days",
                "now fever 38.4, pain L side of back, vomited once but keeping water down",
                "HR 96 BP 128/76 RR 18",
            ],
            _patient(26298, "female", ("diabetes",), pregnant=None),
            id="r69-en-019",
        ),  # NICE NG111 pyelonephritis: fever with loin pain needs same-day antibiotics and review; no sepsis high-risk features so not an emergency.
        pytest.param(
            [
                "68M post stroke, aphasic, wife says coughing when he drinks tea for a few wks",
                "since yday hot 38.1, RR 22, sats 94% RA, HR 96, BP 138/80",
                "alert as usual, wife says 'chesty' and eating less",
            ],
            _patient(24837, "male", ("stroke", "aphasia", "dysphagia"), pregnant=None),
            id="r69-en-023",
        ),  # NICE NG138 pneumonia and CRB-65 score 1: likely aspiration pneumonia needs same-day clinician assessment and antibiotics; sats >=92% and no new confusion.
        pytest.param(
            [
                "mum w 25M autistic, fell on a step at day centre yday",
                "today refusing to walk, keeps holding L ankle and rocking, ankle swollen + bruised over the outside bone",
                "toes pink, foot warm",
            ],
            _patient(9131, "male", ("autism",), pregnant=None),
            id="r69-en-030",
        ),  # NICE CKS sprains and strains / Ottawa ankle rules: inability to weight-bear with bony tenderness needs a same-day X-ray; neurovascularly intact so no ambulance.
        pytest.param(
            [
                "support worker w 45M with LD, nonverbal. hitting his R jaw 3 days, only chewing on L side",
                "R cheek swollen and warm, T 37.9. drinking ok, opens mouth ok, no trouble breathing or swallowing",
                "staff: 'he's been grumpy and off his food'",
            ],
            _patient(16436, "male", ("learning disability",), pregnant=None),
            id="r69-en-055",
        ),  # NICE CKS dental abscess: facial swelling from a dental source needs same-day dental/GP assessment and antibiotics; no airway compromise, trismus or sepsis so not an emergency.
        pytest.param(
            [
                "carer re 22M autistic, bites his own L hand when upset, bite from 2 days ago now red, swollen, pus",
                "redness going up back of hand, T 37.6",
                "moving fingers ok",
            ],
            _patient(8036, "male", ("autism", "learning disability"), pregnant=None),
            id="r69-en-058",
        ),  # NICE NG184 human and animal bites: an infected human bite to the hand needs same-day assessment and antibiotics.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "唐氏综合征的女孩14岁，奶奶带来。说这两天又烦躁，拿拳头捶肚子，晚上哭",
                "问了一下，来月经第一天，上个月上上个月也是这样，过两三天就好了",
                "不发烧，吃饭还行，肚子软，没吐",
            ],
            _patient(5114, "female", ("down syndrome", "learning disability"), pregnant=False),
            id="r69-zh-002",
        ),  # NICE CKS 痛经 + NICE NG11：与月经周期吻合的周期性烦躁捶腹、无发热和腹部异常，属原发性痛经，家中布洛芬、热敷并记录周期即可。
        pytest.param(
            [
                "有个智力障碍的大姐36岁，妹妹说她最近吃完饭老捶胸口，有时候咬手",
                "妹妹说“饭后嘴里老往上返东西再咽下去”，晚上偶尔咳两声，差不多俩月了",
                "体重没掉，吃饭正常，没吐血没黑便，不喘，现在坐着挺安静",
            ],
            _patient(13149, "female", ("learning disability",), pregnant=False),
            id="r69-zh-005",
        ),  # NICE CG184 胃食管反流与消化不良 + NICE NG11：智力障碍者饭后捶胸、反刍常见于反流，无体重下降、呕血黑便、吞咽困难等报警症状，常规门诊试用抑酸药并随访即可。
        pytest.param(
            [
                "唐氏综合征的阿姨47岁，她弟说这大半年人变了，老忘事，以前自己会穿衣服现在要人帮",
                "是慢慢变的，不是一下子。吃饭睡觉都还行，没摔过没发烧",
                "弟弟问是不是老年痴呆，要紧不",
            ],
            _patient(17167, "female", ("down syndrome", "learning disability"), pregnant=False),
            id="r69-zh-008",
        ),  # NICE NG97 痴呆 + 唐氏综合征成人健康检查建议：数月渐进性能力下降需常规门诊评估（甲状腺、听力视力、抑郁）并转记忆门诊，不属急症。
        pytest.param(
            [
                "自闭症男孩19岁，搬家以后这一个多礼拜老晃身子、拍手，晚上睡得晚些",
                "他妈担心“是不是病了”。吃饭正常，大小便正常，不发烧，没打自己",
                "以前换环境也这样，过段时间就好了",
            ],
            _patient(6940, "male", ("autism",), pregnant=None),
            id="r69-zh-011",
        ),  # NICE CG142 成人自闭症 + NICE NG11：环境改变后刻板动作增多而饮食、睡眠、大小便正常且无自伤和躯体症状，属已知行为模式，家中维持规律作息观察即可。
        pytest.param(
            [
                "中风以后说不出话的阿姨66岁，半年了。女儿说她最近老哭，不愿意做康复",
                "吃饭少了一点，体重差不多，晚上睡不好。问她有没有不想活，她摇头，写字也表示没有",
                "血压138/84，手脚跟以前一样，没有新的没劲",
            ],
            _patient(24106, "female", ("stroke", "aphasia", "hypertension"), pregnant=None),
            id="r69-zh-015",
        ),  # NICE NG236 卒中康复 + 中国卒中后抑郁临床实践专家共识：卒中后情绪低落常见，无自杀意念和新发神经体征时常规门诊筛查和治疗抑郁即可。
        pytest.param(
            [
                "91岁奶奶，痴呆晚期好几年，卧床，这一两个月吃得越来越少，一顿就几口",
                "家里人说“上次医生说到这个阶段了”，不想送医院，想问问在家咋弄",
                "今天不发烧，呼吸平稳，不咳，嘴里没溃疡，大小便跟平时一样",
            ],
            _patient(33238, "female", ("dementia",), pregnant=None),
            id="r69-zh-017",
        ),  # NICE NG97 痴呆（晚期照护）+ 国家安宁疗护实践指南：晚期痴呆渐进性进食减少且无急性病因属预期病程，应预约常规上门访视制定舒适照护和进食计划。
        pytest.param(
            [
                "82岁痴呆老爷子，儿子说这一个月吃饭老呛，喝汤就咳几声",
                "不发烧，平时不咳，呼吸平稳，血氧97，饭量跟以前差不多",
                "儿子问要不要马上去大医院",
            ],
            _patient(29950, "male", ("dementia",), pregnant=None),
            id="r69-zh-019",
        ),  # NICE NG97 痴呆 + 中国吞咽障碍评估与治疗专家共识：进食呛咳而无发热和呼吸道症状，常规预约吞咽评估并调整食物性状，出现发热气促再当天就诊。
        pytest.param(
            [
                "15岁自闭症男孩，放暑假在家以后又开始撞头，拿头磕墙",
                "他妈说每年放假没人带就这样，开学就好。吃饭睡觉大小便都正常",
                "看了头上没伤口，没吐，走路跟平时一样",
            ],
            _patient(5479, "male", ("autism", "learning disability"), pregnant=None),
            id="r69-zh-023",
        ),  # NICE NG11 智力障碍者的挑战性行为：与作息改变相关、既往同类的自伤，无损伤和躯体症状，需常规门诊制定行为支持计划，不属急症。
        pytest.param(
            [
                "唐氏宝宝7岁，他妈说晚上打呼噜很响，有时候憋一会儿不喘气，吓死人",
                "白天上课爱犯困，其他都好，不发烧不咳嗽，吃饭正常",
                "这种情况好几个月了",
            ],
            _patient(2557, "male", ("down syndrome",), pregnant=None),
            id="r69-zh-029",
        ),  # AAP 唐氏综合征儿童健康监督指南(2022)：唐氏儿童常见阻塞性睡眠呼吸暂停，数月打鼾憋气而白天平稳，应常规转介睡眠监测和耳鼻喉评估。
        pytest.param(
            [
                "唐氏的宝宝3个月，奶奶说吃完奶老是吐一口，每天好几回",
                "吐的是奶，不是绿的黄的，吐完还笑，这个月体重长了不少",
                "不发烧，尿布湿得跟平常一样，精神好",
            ],
            _patient(90, "female", ("down syndrome",), pregnant=None),
            id="r69-zh-031",
        ),  # NICE NG1 婴幼儿胃食管反流：无胆汁性或喷射性呕吐、体重增长良好的吐奶属生理性反流，家中调整喂养和体位即可。
        pytest.param(
            [
                "自闭症的小孩5岁，他妈说三四天才拉一次，拉得硬，有时候拉的时候哭",
                "只吃米饭面条，不吃菜。肚子不胀，吃饭玩耍正常，没吐，不发烧",
                "好几个月都这样了",
            ],
            _patient(1826, "male", ("autism",), pregnant=None),
            id="r69-zh-034",
        ),  # NICE CG99 儿童便秘：无红旗征的慢性功能性便秘，常规门诊开始渗透性泻剂、调整饮食并随访即可。
        pytest.param(
            [
                "79岁痴呆老头，老伴说一到天黑就开始转悠，要找“回家的路”，翻箱子",
                "这一两年都这样，不是新的。白天挺好，吃饭大小便跟以前一样，没发烧",
                "老伴说累得不行，想问有没有办法",
            ],
            _patient(28855, "male", ("dementia",), pregnant=None),
            id="r69-zh-038",
        ),  # NICE NG97 痴呆：长期稳定的黄昏期行为问题无急性变化，常规门诊评估，首选非药物干预并关注照护者负担。
        pytest.param(
            [
                "71岁中风后说不了话的老太太，儿子说她老用好手护着左肩膀，一动就皱眉",
                "这几个月一直这样，左边是瘫的那边，没摔过",
                "肩膀不红不肿不烫，体温正常，其他跟平时一样",
            ],
            _patient(25933, "female", ("stroke", "aphasia", "hypertension"), pregnant=None),
            id="r69-zh-041",
        ),  # NICE NG236 卒中康复：偏瘫侧肩痛常见，无外伤和红肿热时常规门诊镇痛、体位摆放和康复指导即可。
        pytest.param(
            [
                "脑瘫的宝宝10个月，最近口水特别多，老啃手，晚上有点闹",
                "看下面牙龈白白的快出牙了，体温37度2",
                "吃奶正常，拉尿正常，没抽过",
            ],
            _patient(304, "male", ("cerebral palsy",), pregnant=None),
            id="r69-zh-044",
        ),  # NICE CKS 出牙：出牙期流涎、啃咬、轻度烦躁属正常，体温低于38度且进食正常，家中护理即可。
        pytest.param(
            [
                "35岁聋人大姐，妹妹陪着来，写字说来月经肚子疼，量多",
                "她说每次都这样，头两天多，用夜用的，第三天就少了。这回是第二天",
                "不头晕，脸色正常，没发烧，验孕阴性",
            ],
            _patient(12784, "female", ("deafness",), pregnant=False),
            id="r69-zh-047",
        ),  # NICE CKS 痛经 + NICE NG88 月经过多：与既往一致的经期腹痛和量多，无贫血症状和其他异常，家中布洛芬、热敷即可，需要时常规复诊。
        pytest.param(
            [
                "68岁苗族奶奶，只会说苗话，孙女翻译，说这一个礼拜早上起床一翻身就天旋地转",
                "转个几十秒就好，坐着不动就没事。走路稳，说话跟平时一样，手脚有劲",
                "血压136/82，没吐，头不疼",
            ],
            _patient(24837, "female", ("hypertension",), pregnant=None),
            id="r69-zh-049",
        ),  # NICE CKS 眩晕（良性阵发性位置性眩晕）：体位诱发、持续不到1分钟、无神经系统体征，常规门诊行Dix-Hallpike检查和复位即可。
        pytest.param(
            [
                "87岁痴呆老太太，早上在院子里慢慢坐到地上了，保姆就在旁边看着，没碰到头",
                "扶起来自己走回屋了，走路跟平时一样，胳膊上蹭破一块皮，皮翻起来一点",
                "没吃抗凝药，不迷糊，跟平时没啥变化",
            ],
            _patient(31777, "female", ("dementia",), pregnant=None),
            id="r69-zh-052",
        ),  # NICE 老年人跌倒评估与预防指南(NG249) + NICE NG232：目睹的低能量跌倒、无头部撞击、未服抗凝药且活动如常，常规处理皮肤撕裂伤并安排跌倒风险评估即可。
        pytest.param(
            [
                "63岁中风后失语的老头，老伴说最近动不动就哭，有时候又突然笑，停不下来",
                "一会儿就好，哭完该干啥干啥，吃饭睡觉正常",
                "没有新的手脚没劲，没嘴歪，血压142/86",
            ],
            _patient(23011, "male", ("stroke", "aphasia", "hypertension"), pregnant=None),
            id="r69-zh-055",
        ),  # NICE NG236 卒中康复：卒中后情绪失禁（病理性哭笑）常见，无新发神经体征时常规门诊评估和治疗即可。
        pytest.param(
            [
                "carer re 34M severe CP, 'bringing food back up' after meals and a bit grizzly after eating, for months",
                "weight steady, no blood, no chest infections, sleeping ok mostly",
                "can GP look at his meds?",
            ],
            _patient(12418, "male", ("cerebral palsy", "learning disability"), pregnant=None),
            id="r69-en-005",
        ),  # NICE CG184 dyspepsia and GORD: long-standing reflux without alarm features needs routine review and a PPI trial.
        pytest.param(
            [
                "district nurse re 93F advanced dementia, bed bound, eating less and less over months, weight dropping slowly",
                "no cough, no fever, nothing new this wk, takes sips, comfortable",
                "family asking what to expect",
            ],
            _patient(33968, "female", ("dementia",), pregnant=None),
            id="r69-en-007",
        ),  # NICE NG97 dementia (palliative care): gradual loss of eating in advanced dementia without acute change needs planned advance care planning, not urgent care.
        pytest.param(
            [
                "mum w 8yo autistic boy, banging head on wall more last 2 wks since new school term",
                "same as he's always done when routine changes, no bruise, no fever, eating and sleeping ok",
                "she asks for the behaviour team",
            ],
            _patient(2922, "male", ("autism",), pregnant=None),
            id="r69-en-008",
        ),  # NICE NG11 challenging behaviour: familiar behaviour linked to a change in routine, with no signs of physical illness, needs routine behaviour support review.
        pytest.param(
            [
                "support worker re 26M LD on risperidone 1 yr, noticed 'milky stuff' from his nipples and chest looks bigger",
                "no lump, no pain, otherwise well",
                "staff quite worried",
            ],
            _patient(9496, "male", ("learning disability", "autism"), pregnant=None),
            id="r69-en-010",
        ),  # BNF antipsychotics / NICE CKS: galactorrhoea and gynaecomastia from risperidone-induced hyperprolactinaemia need a routine prolactin check and medication review.
        pytest.param(
            [
                "mum w 4yo autistic girl, had pre-school jabs yday, now T 37.9, arm red at jab site",
                "playing, eating, drinking, her usual self",
                "mum says 'she's flapping more than normal'",
            ],
            _patient(1461, "female", ("autism",), pregnant=None),
            id="r69-en-011",
        ),  # UKHSA Green Book: mild fever and local redness within 48 hours of vaccination in a well child need fluids and paracetamol at home.
        pytest.param(
            [
                "son re 77M speaks only Urdu, 'his wee is pink/red' this am",
                "had beetroot salad at family dinner last night, no pain, no fever, passing normal amounts",
                "dip neg for blood. not on blood thinners",
            ],
            _patient(28124, "male", ("hypertension",), pregnant=None),
            id="r69-en-014",
        ),  # NICE NG12 / CKS visible haematuria: red urine after beetroot with a dipstick negative for blood is beeturia, not haematuria, so reassurance only.
        pytest.param(
            [
                "mum w 3yo girl w Down's, 'snot has gone green' 5 days, cough at night",
                "T 37.5, eating and drinking, playing, breathing ok, sats 97",
                "mum wants antibiotics",
            ],
            _patient(1096, "female", ("down syndrome",), pregnant=None),
            id="r69-en-018",
        ),  # NICE CKS common cold and NG120 cough: green nasal discharge in a well child with normal obs is a viral URTI needing home care, not antibiotics.
        pytest.param(
            [
                "home carer re 78M dementia, bumped shin on bed frame yday, bruise size of a 50p",
                "walking same as usual, no leg swelling, not on blood thinners",
                "no pain when pressing per carer",
            ],
            _patient(28490, "male", ("dementia",), pregnant=None),
            id="r69-en-022",
        ),  # NICE CKS bruising: a small traumatic bruise with normal walking and no anticoagulant needs only home care.
        pytest.param(
            [
                "dad w 6yo son LD non verbal, pulling at L ear since yday, T 38.0, after calpol 37.3",
                "playing, drinking fine, wees normal, no rash, no ear discharge",
                "dad worried 'cos he cant tell us'",
            ],
            _patient(2192, "male", ("learning disability",), pregnant=None),
            id="r69-en-024",
        ),  # NICE NG91 acute otitis media: a well child with no NG143 amber or red features needs analgesia and safety-netting, usually no antibiotics.
        pytest.param(
            [
                "son translating for 45F, speaks Bengali only: hands 'go dead and tingly' at night, wakes her, shakes them",
                "3 months, thumb and 2 fingers, both hands, no weakness in face or speech",
                "no neck pain",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r69-en-031",
        ),  # NICE CKS carpal tunnel syndrome: nocturnal tingling in a median nerve distribution without weakness is routine primary-care management.
        pytest.param(
            [
                "mum w 15F with LD and autism, every month gets 'really wound up', hits her tummy, cries",
                "always the days her period starts, then settles. otherwise well, eating fine",
                "mum wants something to help",
            ],
            _patient(5479, "female", ("learning disability", "autism"), pregnant=False),
            id="r69-en-033",
        ),  # NICE CKS dysmenorrhoea: cyclical distress at the start of menses in a well young person is primary dysmenorrhoea needing routine review and analgesia.
        pytest.param(
            [
                "daughter re 80F dementia: every evening gets agitated, wants to 'go home', pacing, for months",
                "daytime ok, eating, no change in wee or poo, no fever, no falls",
                "daughter exhausted, asks about tablets",
            ],
            _patient(29220, "female", ("dementia",), pregnant=None),
            id="r69-en-044",
        ),  # NICE NG97 dementia: long-standing evening agitation without acute change needs routine review and non-drug approaches; antipsychotics are not first line.
        pytest.param(
            [
                "daughter re 66F aphasic since stroke 6 mths ago, grimaces when R arm moved for dressing, for weeks",
                "no fall, no swelling, no redness, arm same weakness as before",
                "physio stopped last month",
            ],
            _patient(24106, "female", ("stroke", "aphasia"), pregnant=None),
            id="r69-en-047",
        ),  # NICE NG236 stroke rehabilitation: hemiplegic shoulder pain is common and needs routine review, positioning advice and physiotherapy.
        pytest.param(
            [
                "mum re 12yo autistic boy, no poo for 3 days, 'is it blocked??'",
                "he usually goes every 2-3 days, eating, no pain, no vomiting, tummy soft",
                "passing wind",
            ],
            _patient(4383, "male", ("autism",), pregnant=None),
            id="r69-en-048",
        ),  # NICE CG99 constipation in children: no bowel action for 3 days within the child's usual pattern and no red flags needs diet and fluid advice only.
        pytest.param(
            [
                "mum w 5yo son w Down's, snores loud every night and 'stops breathing for a few secs then gasps'",
                "been like this for months. tired in day sometimes, breathing fine awake, no cold now",
                "she googled and is scared",
            ],
            _patient(1826, "male", ("down syndrome",), pregnant=None),
            id="r69-en-050",
        ),  # NICE CKS / RCPCH Down syndrome surveillance: obstructive sleep apnoea is common and needs a routine sleep study/ENT referral when well by day.
        pytest.param(
            [
                "wife re 70M aphasic since stroke 8 mths ago, past few wks bursts into tears or laughs for no reason",
                "lasts a min then stops, otherwise same as usual, no new weakness, face normal",
                "she thought it was another stroke?",
            ],
            _patient(25568, "male", ("stroke", "aphasia"), pregnant=None),
            id="r69-en-052",
        ),  # NICE NG236 stroke rehabilitation (emotionalism): brief uncontrollable crying or laughing months after stroke, with no new deficit, needs routine review.
        pytest.param(
            [
                "mum re 14mo boy with CP, drooling loads, chewing fists, grumpy at night",
                "T 37.6, feeding fine, wet nappies normal, 2 teeth coming thru",
                "no rash no cough",
            ],
            _patient(426, "male", ("cerebral palsy",), pregnant=None),
            id="r69-en-053",
        ),  # NICE CKS teething: drooling, gnawing and irritability with a mild temperature and normal feeding are teething, managed at home.
        pytest.param(
            [
                "carer re 37F with LD, bites back of R hand for years, new staff worried by 'the lump'",
                "hard thick skin over knuckle, not red, not hot, no pus, same as photos from last yr",
                "no change in her behaviour",
            ],
            _patient(13514, "female", ("learning disability",), pregnant=False),
            id="r69-en-057",
        ),  # NICE NG11 challenging behaviour: chronic self-injury with a stable callus and no infection needs routine behaviour support review.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
