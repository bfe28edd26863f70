# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-ninth held-out round (2026-12-07, at commit ad0fe4c), its injuries of joints, bones,
face, chest and head: reviewers wrote the cases from guidelines (NICE NG38/NG37 and the Ottawa
rules, NICE CKS Knee pain and Achilles tendinopathy, ENT UK, BAOMS, RCOphth, NICE NG232 Head
injury, NICE NG39 and RCEM chest wall trauma). Before these fixes the rules graded 0 of the 24
injury cases meant for the same day exactly (22 routine, 1 self-care, 1 an emergency: a jaw
stuck open after a yawn read as a stroke's slurred speech) and found 0 of the
3 injury emergencies (a lady of 79 with several tender ribs, SpO2 92 and RR 26
was urgent on her oxygen alone; a basal skull fracture with panda eyes and clear fluid from the
nose urgent as major trauma; a child's trapdoor orbital floor fracture with vomiting and a pulse
of 52 routine). Whole round before: emergencies 12/16 (zh) and 12/16 (en), same-day 7/24 and
6/24, look-alikes sent to emergency 4/20 and 4/20 (all medicine or poisoning cases, another
branch's topic). After: 14/16 and 13/16, 19/24 and 18/24, 4/20 and 4/20; all 24 injury same-day
cases and all 3 injury emergencies are graded as meant, and no injury look-alike is an emergency.

What changed: new concepts for a knee swollen within hours of a twist (两个小时不到就肿得跟馒头
一样, "within an hour it swelled up like a balloon") with a pop (听见啪一声, "felt a pop"), a
locked knee (卡在弯着 伸不直), a kneecap out to the side (膝盖骨跑到外边, "kneecap slid out"), the
Ottawa points (外踝后面那个骨头按着疼, "tender at the back edge of the outer ankle bone", "the bony
bump halfway along the outside edge" of the foot, "tender right on the kneecap"), a few steps only
(踩地两步就不行, "couldnt take a step", "2 steps max"), a finger joint bent sideways, a squared-off
shoulder, an Achilles gap or 'kick' (跟腱那里有个坑, 后脚跟被人踢了一脚), a septal haematoma (鼻中隔
两边鼓起来, "a soft bulge on both sides of the middle part" after a blow to the nose), a jaw stuck
open (嘴合不上), teeth that no longer meet (咬不到一块), double vision looking up, an eye that cannot
look up, a numb cheek, rib pain and rib fractures, a flail segment, signs of a basal skull
fracture told in words (鼻孔一直往下滴清水, 两个眼眶都青紫了跟熊猫一样), a head knocked on the
ground (头侧面磕地上, 头顶起个包), not remembering the fall, and the everyday words of how an
injury happened (崴了, 戳了手指, "rolled her L ankle", 挨了一脚, "in a tackle", 没戴头盔, which
also ends the denial of 没 before a head knock). New rules: knee haemarthrosis and locked knee
(NICE CKS), Achilles rupture (NICE CKS), septal haematoma (ENT UK), jaw dislocation and mandible
fracture (BAOMS), orbital blow-out fracture, an emergency with the oculocardiac reflex (RCOphth),
rib fractures (NICE NG39 / RCEM: hypoxia, RR >= 25 or flail now; older, lung disease or an
anticoagulant the same day); a mouth stuck open is no stroke; tenderness at an Ottawa point of
the knee, ankle or foot places an older person's inability to bear weight there, not at the hip.

Kept deliberately: an anticoagulated head injury stays an emergency (r49-en-013, r49-zh-012:
NG232 sends it for a CT within 8 hours). Changed outside the targets: r49-zh-051 (a single rib
fracture three weeks ago, healing, at 40) is routine instead of urgent (a look-alike meant for
self-care; a named rib fracture is no longer a limb's suspected fracture)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "79yo lady slipped in the bathroom this am, landed R side on the edge of the tub",
                "very tender over 3 or 4 ribs, feels crunchy when i press. cant take a deep breath or cough",
                "RR 26 sats 92% air HR 104 BP 138/80",
            ],
            _patient(28855, "female", ("hypertension", "osteoporosis"), pregnant=None),
            id="r49-en-001",
        ),  # NICE NG39 major trauma / BTS & RCEM rib fracture guidance (STUMBL score): older adult with multiple rib fractures plus hypoxia and tachypnoea is at high risk of respiratory failure - immediate hospital transfer.
        pytest.param(
            [
                "45岁男的 昨晚骑摩托摔了 脸朝下",
                "两个眼眶都青紫了跟熊猫一样",
                "关键是右边鼻孔一直往下滴清水 不是鼻涕 一低头就滴得更多 有点头疼",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r49-zh-013",
        ),  # NICE NG232 Head injury: signs of basal skull fracture (bilateral periorbital bruising, clear fluid from nose) -> CT within 1 hour; immediate transfer.
        pytest.param(
            [
                "11岁男孩 踢球被球砸在右眼上",
                "眼睛外面看着就一点点红 没怎么肿",
                "但是眼球往上看不了 一看就疼 一直在吐 吐了四五回了 脸色白 心率52",
            ],
            _patient(4018, "male", (), pregnant=None),
            id="r49-zh-052",
        ),  # RCOphth / BAOMS paediatric 'white-eyed' trapdoor orbital floor fracture: muscle entrapment with oculocardiac reflex (vomiting, bradycardia) -> emergency surgical release, immediate transfer.
    ],
)
def test_injury_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "17岁 打球被人胳膊肘撞了鼻子 前天的事",
                "现在两个鼻孔都堵 完全不通气 拿手电照 鼻中隔两边都鼓起来一个紫红色软包 按着软软的",
                "鼻子有点疼 没发烧",
            ],
            _patient(6209, "male", (), pregnant=None),
            id="r49-zh-003",
        ),  # ENT UK guidance on nasal injury: septal haematoma (bilateral obstruction, boggy swelling of septum) needs same-day ENT drainage to prevent abscess/cartilage loss -> urgent, not ambulance.
        pytest.param(
            [
                "23岁女孩 打篮球落地的时候左膝扭了一下 说听见啪一声",
                "两个小时不到就肿得跟馒头一样 腿不敢伸直 也不太敢踩地",
            ],
            _patient(8401, "female", (), pregnant=False),
            id="r49-zh-010",
        ),  # NICE CKS Knee pain - assessment: swelling within hours of a twisting injury with a pop suggests haemarthrosis (ACL tear/fracture) -> same-day orthopaedic/ED assessment.
        pytest.param(
            [
                "26岁 晚上跟人打架 下巴挨了一脚",
                "说上下牙咬不到一块了 对不齐 张嘴疼 下牙床有个地方出血 牙缝裂开了",
                "左边下嘴唇发麻 喘气正常 能说话能咽口水",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r49-zh-017",
        ),  # BAOMS mandibular fracture: malocclusion, gingival tear (open fracture), lower-lip numbness -> same-day maxillofacial referral with antibiotics; airway intact so not ambulance.
        pytest.param(
            [
                "20岁男生 滑板摔了 右手撑地",
                "手腕不变形 但是大拇指根那个鼻烟窝按着很疼 握拳也疼 往上顶拇指也疼",
            ],
            _patient(7305, "male", (), pregnant=None),
            id="r49-zh-020",
        ),  # NICE NG38 Fractures (non-complex): suspected scaphoid fracture (snuffbox tenderness after fall on outstretched hand) -> immobilise and same-day X-ray/ED.
        pytest.param(
            [
                "55岁大姐 刚才打哈欠 嘴就合不上了",
                "张着嘴一个小时了 流口水 说话不清 耳朵前面疼",
                "没摔 没挨打 喘气正常",
            ],
            _patient(20089, "female", (), pregnant=False),
            id="r49-zh-028",
        ),  # BAOMS / emergency medicine guidance: acute temporomandibular joint dislocation -> same-day reduction; airway normal so not ambulance.
        pytest.param(
            [
                "41岁 下台阶踩空 左脚崴了",
                "来的时候是老公背进来的 让她自己走 踩地两步就不行了",
                "外踝后面那个骨头边上按着特别疼 肿得很明显",
            ],
            _patient(14975, "female", (), pregnant=False),
            id="r49-zh-034",
        ),  # Ottawa ankle rules / NICE CKS Sprains and strains: unable to bear weight for 4 steps and posterior malleolar tenderness -> same-day X-ray.
        pytest.param(
            [
                "36岁 蹲着修车起来的时候膝盖咔一下",
                "现在腿伸不直了 卡在弯着的位置快两个钟头 用劲伸也伸不开",
            ],
            _patient(13149, "male", (), pregnant=None),
            id="r49-zh-038",
        ),  # NICE CKS Knee pain - assessment: true locked knee after twisting (possible displaced meniscal tear) -> same-day orthopaedic referral.
        pytest.param(
            [
                "10岁男孩 骑自行车摔了 没戴头盔 头侧面磕地上",
                "回家吐了一次 现在说头有点疼",
                "人清醒 问他答得都对 走路也稳 没晕过",
            ],
            _patient(3652, "male", (), pregnant=None),
            id="r49-zh-044",
        ),  # NICE NG232 Head injury: any vomiting since the injury -> refer to ED for assessment/observation (single vomit in a child); alert so not ambulance.
        pytest.param(
            [
                "15岁女孩 跳舞转身的时候膝盖骨跑到外边去了 腿一伸直又回去了",
                "现在膝盖肿了 疼 不太敢走",
                "第一次这样",
            ],
            _patient(5479, "female", (), pregnant=False),
            id="r49-zh-050",
        ),  # NICE CKS Knee pain - assessment: first patellar dislocation with effusion -> same-day X-ray to exclude osteochondral fracture.
        pytest.param(
            [
                "42岁 打羽毛球往后一退 感觉后脚跟被人踢了一脚 回头没人",
                "现在走路一瘸一拐 脚尖踮不起来 跟腱那里摸着有个坑",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r49-zh-053",
        ),  # NICE CKS Achilles tendon rupture: suspected rupture (palpable gap, cannot tiptoe) -> same-day referral to ED/orthopaedics.
        pytest.param(
            [
                "30岁 打篮球戳了手指 右手中指中间那个关节歪到一边去了",
                "伸不直 肿 手指头颜色正常 有感觉",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r49-zh-055",
        ),  # NICE NG38 / BSSH: closed finger interphalangeal dislocation, neurovascularly intact -> same-day reduction and X-ray.
        pytest.param(
            [
                "69岁 下午在菜市场摔了 她说不记得怎么摔倒的 回过神来就坐地上了",
                "旁边人说倒地后有一会儿没动静",
                "现在清醒 头顶起个包 没吐 胳膊腿都能动 血糖8.6",
            ],
            _patient(25202, "female", ("糖尿病",), pregnant=None),
            id="r49-zh-058",
        ),  # NICE NG232 Head injury: age >=65 with loss of consciousness or amnesia -> CT within 8 hours; same-day ED, currently alert without vomiting.
        pytest.param(
            [
                "boy hit in nose by a basketball yesterday, nose swollen",
                "both sides totally blocked now. when i look inside there's a soft purplish bulge on both sides of the middle part",
                "no fever, bleeding stopped",
            ],
            _patient(5661, "male", (), pregnant=None),
            id="r49-en-002",
        ),  # ENT UK nasal injury guidance / NICE CKS: bilateral soft swelling of the septum = septal haematoma, needs same-day ENT drainage to prevent abscess and cartilage necrosis.
        pytest.param(
            [
                "twisted her knee playing football this afternoon, felt a pop",
                "within an hour it swelled up like a balloon, cant straighten it fully",
                "limping, can put some weight on it",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r49-en-011",
        ),  # NICE CKS knee pain - assessment: effusion within a couple of hours of injury suggests haemarthrosis (ACL tear/fracture) - same-day assessment.
        pytest.param(
            [
                "teen girl at dance practice, twisted and her kneecap slid out to the outside, knee stuck bent, very painful, lump on the outer side of the knee. foot warm, moves toes",
            ],
            _patient(5844, "female", (), pregnant=False),
            id="r49-en-012",
        ),  # NICE NG38 / BOA: lateral patellar dislocation needs reduction and X-ray the same day; neurovascularly intact.
        pytest.param(
            [
                "lady yawned big about an hour ago and now her mouth is stuck open, cant close it, drooling, jaw pushed forward, talking hard. no injury",
            ],
            _patient(18993, "female", (), pregnant=False),
            id="r49-en-021",
        ),  # BMJ Best Practice / NHS: acute temporomandibular joint dislocation needs reduction within hours - same day, not an ambulance.
        pytest.param(
            [
                "fell off skateboard onto outstretched hand earlier today",
                "wrist not deformed but really tender in the dip at the base of the thumb, hurts when i push his thumb back toward the wrist",
                "grip weak",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r49-en-022",
        ),  # NICE NG38 / RCEM suspected scaphoid fracture: anatomical snuffbox tenderness and pain on axial loading - immobilise and X-ray same day (avascular necrosis risk).
        pytest.param(
            [
                "hurt his finger at volleyball, ring finger middle joint is bent off sideways, cant bend or straighten it. fingertip pink",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r49-en-026",
        ),  # NICE NG38 / BSSH: interphalangeal joint dislocation needs same-day X-ray and reduction; circulation intact.
        pytest.param(
            [
                "rolled her L ankle stepping off the curb",
                "couldnt take a step straight after and still cant, hopping",
                "very tender at the back edge of the outer ankle bone",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r49-en-035",
        ),  # Ottawa ankle rules (NICE CKS sprains and strains): malleolar posterior edge tenderness and unable to bear weight 4 steps - same-day X-ray for fracture.
        pytest.param(
            [
                "rugby player, arm got pulled back in a tackle",
                "holding his R arm out from his body with the other hand, shoulder looks squared off / flat",
                "feels his fingers fine, radial pulse good, can feel me touching the outer upper arm",
            ],
            _patient(7670, "male", (), pregnant=None),
            id="r49-en-036",
        ),  # BESS/BOA and NICE NG38: suspected anterior shoulder dislocation, neurovascularly intact - needs X-ray and reduction within hours; ambulance not required.
        pytest.param(
            [
                "guy got punched in the L eye last night",
                "sees double when he looks up, cheek and upper lip on that side feel numb",
                "vision otherwise ok, no vomiting, HR 76",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r49-en-047",
        ),  # Royal College of Ophthalmologists / BAOMS: suspected orbital floor (blow-out) fracture with diplopia and infraorbital numbness - same-day maxillofacial/eye assessment; no vomiting or bradycardia so not an entrapment emergency.
        pytest.param(
            [
                "fell against the kitchen table yesterday, pain R lower ribs when he breathes, tender at one spot",
                "sats 95 RR 20 HR 88 T 36.8",
                "has COPD, lots of sputum but cant cough it up properly because of the pain",
            ],
            _patient(28124, "male", ("COPD",), pregnant=None),
            id="r49-en-056",
        ),  # RCEM / STUMBL score rib fracture guidance: older age and chronic lung disease with ineffective cough raise the risk of pneumonia - same-day assessment and analgesia plan; no hypoxia or flail so not an ambulance.
        pytest.param(
            [
                "went over on his foot at badminton, pain on the outer side of the foot, very tender on the bony bump halfway along the outside edge. manages only a couple of steps",
            ],
            _patient(12053, "male", (), pregnant=None),
            id="r49-en-058",
        ),  # Ottawa foot rules: base of 5th metatarsal tenderness with inability to bear weight - same-day X-ray.
        pytest.param(
            [
                "63F fell onto her knee on concrete steps this morning, tender right on the kneecap, she couldnt walk, 2 steps max, needed help to get in",
            ],
            _patient(23011, "female", ("type 2 diabetes",), pregnant=None),
            id="r49-en-059",
        ),  # Ottawa knee rules (NICE CKS knee pain): age ≥55, isolated patellar tenderness and unable to bear weight for 4 steps - same-day X-ray.
    ],
)
def test_injury_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "74 yo on rivaroxaban for AF",
                "hit her forehead on a cupboard door 2 hrs ago, small lump",
                "no blackout, no vomiting, talking normal and remembers it all",
            ],
            _patient(27028, "female", ("atrial fibrillation",), pregnant=None),
            id="r49-en-013",
        ),  # NICE NG232 head injury: current anticoagulant treatment is a community referral criterion - ED assessment and CT within 8 hours; no red flags so not an ambulance.
        pytest.param(
            [
                "74岁 吃利伐沙班的 早上浇菜绊倒了 额头磕在水泥台阶上",
                "起了个包 没晕过去 记得怎么摔的 没吐 现在说话走路都正常",
            ],
            _patient(27028, "male", ("房颤", "服利伐沙班"), pregnant=None),
            id="r49-zh-012",
        ),  # NICE NG232 Head injury: on anticoagulant (not aspirin alone) -> CT within 8 hours even with no other features; same-day ED, no ambulance needed while well.
    ],
)
def test_anticoagulated_head_injury_kept_emergency(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "9岁男孩 上体育课被篮球砸到鼻子 流鼻血了",
                "捏着鼻翼低头压了10分钟左右 已经不流了 鼻子不歪 两边都能通气 没别的不舒服",
            ],
            _patient(3287, "male", (), pregnant=None),
            id="r49-zh-002",
        ),  # NICE CKS Epistaxis (first aid): bleeding stopped with pressure, no deformity, no septal swelling, no head-injury features -> home advice.
        pytest.param(
            [
                "孕5个月 下楼梯崴了右脚 外侧肿了一点",
                "自己走进诊所的 走路有点瘸但能走 按外踝后缘和尖上不疼 脚背外侧那个骨头和内侧舟骨也不疼",
                "就是外踝前下方软的地方疼",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r49-zh-005",
        ),  # Ottawa ankle rules / NICE CKS Sprains and strains: bears weight, no bony tenderness at malleolar posterior edges, navicular or 5th metatarsal -> no X-ray, RICE and paracetamol (avoid NSAIDs in pregnancy).
        pytest.param(
            [
                "25岁小伙 踢球被人撞了左边肋骨 有点疼",
                "就按着一个地方疼 深吸气稍微疼 不喘",
                "呼吸18 血氧99 说话利索 没咳血",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r49-zh-008",
        ),  # NICE CKS / BMJ Best Practice chest wall injury: young adult, isolated tenderness, normal breathing and saturation -> analgesia, deep-breathing advice, return if breathless.
        pytest.param(
            [
                "38岁 前天爬山下坡膝盖扭了一下 当时还能走完",
                "第二天早上才慢慢有点肿 能走能上下楼 能伸直也能蹲一半",
                "没有卡住不动的情况",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r49-zh-018",
        ),  # NICE CKS Knee pain - assessment: swelling developing over a day (not within hours), weight bearing, no locking, Ottawa knee negative -> conservative care and routine review (possible meniscal injury).
        pytest.param(
            [
                "35岁女的 昨天干活被木头弹到右眼眶 眼睛周围青了",
                "看东西清楚 不重影 我让她眼球上下左右转 都能转 不疼",
                "脸不麻 鼻子没流清水",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r49-zh-021",
        ),  # NICE CKS / RCOphth periorbital injury: normal vision, full painless eye movements, no diplopia or numbness -> cold compress, analgesia, safety-net.
        pytest.param(
            [
                "58岁 昨天骑电动车摔了 下巴磕破点皮 青了",
                "咬牙对得上 嘴能张开三指 吃饭不影响 嘴唇不麻 就是按着疼",
            ],
            _patient(21184, "male", (), pregnant=None),
            id="r49-zh-024",
        ),  # BAOMS facial injury: normal occlusion, full mouth opening, no numbness -> minor soft-tissue injury, wound care and analgesia.
        pytest.param(
            [
                "30岁 3天前打篮球鼻子被撞 鼻梁有点歪了 还肿",
                "我用手电看了鼻中隔 居中没有鼓包 两边都能出气 当时流了点血早就止住了",
                "没流清水 看东西不重影 他想问鼻子歪能不能弄回来",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r49-zh-027",
        ),  # ENT UK nasal fracture: deformity without septal haematoma, CSF leak or ongoing bleeding -> ENT review at 5-7 days when swelling settles for manipulation.
        pytest.param(
            [
                "71岁 冠心病只吃阿司匹林 别的抗凝药没有",
                "下午起床头撞到床头柜 鼓了个小包",
                "没晕 摔前摔后的事都记得 没吐 头不怎么疼 走路说话跟平常一样",
            ],
            _patient(25933, "male", ("高血压", "冠心病"), pregnant=None),
            id="r49-zh-030",
        ),  # NICE NG232 Head injury: aspirin monotherapy is not a CT indication; no loss of consciousness, amnesia, vomiting or neuro signs -> home with head-injury advice and a responsible adult.
        pytest.param(
            [
                "77岁 吃阿哌沙班 昨天在院子里滑了一跤 屁股坐地上",
                "问了好几遍 头没碰着 屁股上青了一块",
                "能走路 髋关节转着不疼 今天来量血压 家里人问要不要拍片",
            ],
            _patient(28124, "female", ("房颤", "服阿哌沙班", "高血压"), pregnant=None),
            id="r49-zh-043",
        ),  # NICE NG232 applies only with head injury (denied here); NICE CG161 Falls: bearing weight, painless hip -> routine falls risk assessment.
        pytest.param(
            [
                "40岁 三个礼拜前摔了一下 医院拍片说右边一根肋骨骨折",
                "现在比刚开始好多了 翻身咳嗽还有点疼",
                "不喘 不发烧 没咳痰 呼吸18",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r49-zh-051",
        ),  # Rib fracture healing (NICE CKS chest wall pain / BMJ Best Practice): single fracture, improving at 3 weeks, no fever or breathlessness -> analgesia and safety-net.
        pytest.param(
            [
                "27岁 右肩膀以前脱过好几次 昨天打球又脱了一下 自己一扭就回去了",
                "现在抬胳膊基本正常 手不麻 肩膀外侧也不麻 就是有点酸",
                "想问问要不要去看骨科",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r49-zh-054",
        ),  # NICE CKS Shoulder pain / BESS: recurrent instability, self-reduced, neurovascularly intact, good movement -> routine orthopaedic referral.
        pytest.param(
            [
                "twisted knee at football 2 days ago, played on after",
                "swelled up slowly the next day, bit stiff, sometimes catches",
                "walking ok, straightens fully, not locked",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r49-en-003",
        ),  # NICE CKS knee pain: delayed effusion after twist, bearing weight, no locking - possible meniscal injury, routine review/physio.
        pytest.param(
            [
                "punched 2 days ago, nose swollen and looks bent to the L",
                "breathing ok both sides, i looked inside - no swelling of the middle bit, bleeding stopped same day",
                "no clear runny fluid, no double vision",
            ],
            _patient(10592, "male", (), pregnant=None),
            id="r49-en-005",
        ),  # ENT UK / NICE CKS nasal injury: deformity without septal haematoma - routine ENT review at 5-7 days once swelling settles for possible manipulation.
        pytest.param(
            [
                "walked into a door frame yesterday, big black eye",
                "sees fine, no double vision any direction, eye moves normally, cheek feels normal",
                "no headache or vomiting",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r49-en-009",
        ),  # Royal College of Ophthalmologists / NICE CKS: periorbital bruise without diplopia, visual loss, restricted movement or numbness - no fracture signs, home care.
        pytest.param(
            [
                "got hit in the jaw 2 days ago in a scuffle",
                "bruised and sore chewing, but teeth meet like always and he opens fully",
                "no numb lip or chin, no loose teeth",
            ],
            _patient(11323, "male", (), pregnant=None),
            id="r49-en-014",
        ),  # BAOMS / NICE CKS facial injury: no malocclusion, trismus, numbness or step - soft tissue bruise, soft diet and analgesia.
        pytest.param(
            [
                "twisted ankle going down the stairs last night, swollen outer side",
                "walked in from the car on her own, limping a bit",
                "not tender on the bone edges or the top of the foot, only the soft bit in front of the ankle bone",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r49-en-015",
        ),  # Ottawa ankle rules negative (NICE CKS sprains and strains): no X-ray needed - rest, ice, compression, elevation, analgesia.
        pytest.param(
            [
                "hit her head on an open cupboard door this morning, small bump on top",
                "no blackout, no vomiting, remembers everything, hardly any headache",
                "not on blood thinners, only amlodipine",
            ],
            _patient(25933, "female", ("hypertension",), pregnant=None),
            id="r49-en-016",
        ),  # NICE NG232 head injury: no referral criteria (no LOC, amnesia, vomiting or anticoagulant) - head injury advice at home.
        pytest.param(
            [
                "fell off her e-bike 6 days ago, township hosp x-ray showed 1 cracked rib, pain getting better every day with paracetamol, breathing fine, no fever no cough, wants to know when she can go back to farm work",
            ],
            _patient(13880, "female", (), pregnant=False),
            id="r49-en-018",
        ),  # RCEM rib fracture guidance: single rib fracture in a young adult, improving, no respiratory symptoms - self-care and return-to-work advice.
        pytest.param(
            [
                "boy bumped noses with a friend at school, nosebleed",
                "pinched it 10 min and it stopped. nose straight, breathes fine both sides, nothing else hurt",
            ],
            _patient(4018, "male", (), pregnant=None),
            id="r49-en-043",
        ),  # NICE CKS epistaxis / nasal injury: anterior bleed stopped with first aid, no deformity, no septal swelling - home care advice.
        pytest.param(
            [
                "dislocated his L shoulder last month, put back at the county hospital",
                "sling off now, no pain at rest, just stiff lifting overhead, hand feels normal",
                "asking about physio",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r49-en-048",
        ),  # BESS/BOA shoulder dislocation aftercare: past event, neurovascularly intact - routine physiotherapy/follow-up.
        pytest.param(
            [
                "basketball, took an elbow to the L side ribs",
                "sore when he takes a big breath or twists",
                "breathing easy RR 16 sats 99, no crackling under the skin, talks full sentences",
            ],
            _patient(8401, "male", (), pregnant=None),
            id="r49-en-050",
        ),  # NICE CKS / RCEM chest wall injury: young adult with isolated chest wall bruise and normal breathing - analgesia and advice, no imaging needed.
        pytest.param(
            [
                "fell on her hand in PE, sore wrist",
                "no pain pressing the dip at the thumb base or on the bones, full movement, grip normal, pushing thumb in doesnt hurt",
                "just tender on the soft part of the palm",
            ],
            _patient(5114, "female", (), pregnant=False),
            id="r49-en-055",
        ),  # NICE NG38 / RCEM scaphoid assessment: no snuffbox or scaphoid tubercle tenderness, no pain on axial loading - fracture unlikely, soft tissue advice.
    ],
)
def test_injury_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E


# Unit guards in our own words, one or more for each new concept (guideline in the id's group).
_LOW = (Level.SELF_CARE, Level.NON_URGENT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NICE CKS Knee pain: swelling within hours of a twist or pop; a locked knee
        pytest.param("打羽毛球膝盖扭了 一个小时就肿起来了", U, id="haemarthrosis-zh"),
        pytest.param(
            "twisted his knee skiing, heard a pop, within 2 hours it had swollen right up",
            U,
            id="haemarthrosis-en",
        ),
        pytest.param("打球时膝盖咔的一声 现在膝盖卡住了伸不直", U, id="locked-knee-zh"),
        pytest.param(
            "felt a pop in his knee playing squash, now his knee is locked and he can't straighten his knee",
            U,
            id="locked-knee-en",
        ),
        # NICE NG38: patellar dislocation; Ottawa ankle, foot and knee rules
        pytest.param("12岁女孩 跳远落地髌骨滑到外侧去了", U, id="patella-zh"),
        pytest.param("her kneecap popped out sideways at netball", U, id="patella-en"),
        pytest.param("崴了脚 内踝后面的骨头一按就疼 踩两步就不行", U, id="ottawa-ankle-zh"),
        pytest.param(
            "went over on her ankle, tender at the back edge of the inner ankle bone, can only take 2 steps",
            U,
            id="ottawa-ankle-en",
        ),
        # NICE CG124 is the hip: an older person's knee fracture is X-rayed the same day
        pytest.param(
            "70yo fell down the steps, tender on the kneecap, could only manage a couple of steps",
            U,
            id="ottawa-knee-older-not-hip",
        ),
        # NICE NG38 / BSSH: a finger or thumb joint out of line; BESS: a squared-off shoulder
        pytest.param("打排球手指戳了 无名指关节歪向一边", U, id="finger-zh"),
        pytest.param(
            "jammed his thumb in goal, thumb now pointing off at an odd angle", U, id="finger-en"
        ),
        pytest.param(
            "fell skiing, shoulder looks squared off, holding the arm away from his side",
            U,
            id="shoulder-en",
        ),
        # NICE CKS Achilles tendinopathy: suspected rupture
        pytest.param(
            "playing squash felt like someone kicked him in the back of the heel, there's a gap in the tendon",
            U,
            id="achilles-en",
        ),
        pytest.param("跑步时感觉脚后跟像被人打了一下 跟腱断了", U, id="achilles-zh"),
        # ENT UK: septal haematoma
        pytest.param("被人打了鼻子 鼻中隔肿起来了 两边鼻孔都不通", U, id="septal-zh"),
        pytest.param(
            "after a fall onto his face both nostrils blocked, septum looks swollen and boggy",
            U,
            id="septal-en",
        ),
        # BAOMS: a jaw dislocated open (not a stroke), a mandible fracture
        pytest.param("大笑之后嘴巴合不上了 说话说不清楚", U, id="jaw-dislocation-zh"),
        pytest.param("yawned and now can't close her mouth, dribbling", U, id="jaw-dislocation-en"),
        pytest.param("摔了一跤 下巴着地 现在上下牙对不上", U, id="mandible-zh"),
        pytest.param(
            "got punched on the chin, says his teeth don't meet properly now", U, id="mandible-en"
        ),
        # RCOphth / BAOMS: blow-out fracture; entrapment with the oculocardiac reflex
        pytest.param("拳头打到眼睛了 往上看有重影", U, id="blowout-zh"),
        pytest.param("8岁 被棒球打到眼睛 眼球往上转不动 吐了两次 心率50", E, id="trapdoor-zh"),
        pytest.param(
            "was hit in the eye by a squash ball, she can't look up with that eye and has vomited, HR 55",
            E,
            id="trapdoor-en",
        ),
        # NICE NG39 / RCEM chest wall trauma
        pytest.param("82岁 摔了一跤 右边肋骨按着疼 血氧91", E, id="ribs-hypoxia-zh"),
        pytest.param("70岁 前天摔倒 肋骨疼 血氧96 呼吸18", U, id="ribs-older-zh"),
        pytest.param(
            "68yo fell onto the edge of a chair, bruised ribs, sats 97 RR 18", U, id="ribs-older-en"
        ),
        # NICE NG232: basal skull fracture signs; a child vomiting since; an older person's amnesia
        pytest.param("骑电动车摔了 两个眼圈都青紫了 像熊猫一样", E, id="basal-skull-zh"),
        pytest.param(
            "fell off his bike face first, now clear fluid dripping from his nose",
            E,
            id="basal-skull-en",
        ),
        pytest.param("6岁 从滑梯上摔下来 头磕在地上 回家吐了一次", U, id="child-head-vomit-zh"),
        pytest.param("72岁 摔倒了 不记得怎么摔的 头上起了个包", U, id="older-head-amnesia-zh"),
    ],
)
def test_injury_concepts_in_other_words(text, expected):
    assert assess([text]).level is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "knee swelled slowly over 2 days after a long walk, walks fine", id="slow-swelling"
        ),
        pytest.param(
            "rolled his right ankle, walks fine on it, not tender on the ankle bones",
            id="sprain-bears-weight-en",
        ),
        pytest.param("崴了脚 外踝按着不疼 自己走进来的", id="sprain-bears-weight-zh"),
        pytest.param("孙子考上大学 奶奶笑得合不拢嘴 来量血压", id="idiom-not-jaw"),
        pytest.param("30岁 打球撞到肋骨 肋骨疼 呼吸16 血氧99", id="young-rib-bruise"),
        pytest.param("膝盖咔咔响好几年了 没有外伤", id="knee-clicks"),
        pytest.param("鼻子痒、流清水鼻涕 打喷嚏", id="rhinitis-not-csf"),
        pytest.param("35岁 眼眶被撞青了 鼻子没流清水 往上看不重影", id="denied-signs"),
    ],
)
def test_injury_look_alikes_in_other_words_stay_routine(text):
    assert assess([text]).level in _LOW
