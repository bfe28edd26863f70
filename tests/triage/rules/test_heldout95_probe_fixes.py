# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninety-fifth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of objects
and substances swallowed or put into the body at all ages: button batteries, magnets, coins, bones,
food stuck, dentures, drain cleaner, dishwasher tablets, laundry capsules, e-cigarette liquid, beads
in a nose or ear, vaginal and rectal foreign bodies, a child who choked and now seems fine; 12
emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules found 8 of 12 and 5
of 12 emergencies, graded 5 of 24 and 3 of 24 same-day cases exactly (English, Chinese) and sent 3
and 2 look-alikes to emergency. Missed: a button battery missing from a remote a toddler was chewing
(both languages), magnets swallowed with belly pain and vomiting (both), steak or beef stuck with
the saliva not going down (both), a denture with wire clips missing and drooling (both), a fish bone
with fever, chest and back pain and crepitus days later, drain cleaner with drooling and stridor,
and a button battery pushed up a nose.

What changed: a new rule family (`triage/rules/rules_swallowed.py`): a button battery swallowed or
missing is an emergency (NPIS/RCEM 2022), found again it is not, another battery is X-rayed the same
day; two or more magnets, or one with pain or vomiting, are an emergency, a single magnet the same
day (NASPGHAN 2015); a sharp object or a denture with the saliva not going down, drooling or signs
of perforation is an emergency, otherwise the same day (ESGE 2016); food stuck with saliva still
going down is the same day; a corrosive with drooling, a lost voice, stridor or vomiting is an
emergency, any other contact the same day; an object stuck in the rectum the same day. Nose and ear
foreign bodies are read with their side (把一粒黄豆塞进右边鼻孔), a forgotten tampon in more words, silica gel
named on its packet. After: 12/12, 12/12; 14/24, 12/24; look-alikes 22/24, 23/24.

Left, graded emergency by the rules' sources: two magnets swallowed without symptoms (r95-zh-026;
NASPGHAN), toilet cleaner swallowed in pregnancy with a burning throat (r95-zh-035), a single fridge
magnet read as poisoning (r95-en-014), laundry gel in an eye (r95-en-019; chemical eye injury), a
dishwasher tablet bitten (r95-en-024, r95-zh-019), kerosene swallowed with coughing at first
(r95-zh-031), a choking episode relieved by back blows (r95-zh-017), an aspiration pneumonia after
choking (r95-en-028). Sent to emergency as poisoning: dishwasher tablet powder licked (r95-en-044),
a laundry capsule burst in the hands (r95-en-045), kerosene on the lips only (r95-zh-055). Graded
routine: a coin (r95-en-013), a fish bone felt in the throat (r95-en-016), a bean in an ear
(r95-en-025), lamp oil with a cough (r95-en-030), water beads (r95-en-031, r95-zh-028), an insect in
an ear (r95-en-035), a dishwasher tablet bitten (r95-zh-018), e-cigarette liquid (r95-zh-021), a
smelly one-sided discharge from a bead (r95-zh-025), a drawing pin (r95-zh-027), a toothbrush
(r95-zh-029), a skewer with right lower pain (r95-zh-033)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "20mo girl w mum, tv remote found with the back off and one of the small flat round silver batteries missing",
                "was chewing the remote in her cot ~40 min ago, nobody saw her swallow",
                "no cough no drool, just had a biscuit fine, happy. mum asking can we just watch her nappies",
            ],
            _patient(608, "female", (), pregnant=None),
            id="r95-en-001",
        ),  # ESPGHAN/NASPGHAN 2021 position paper on paediatric foreign body ingestion: any suspected button battery ingestion, even without symptoms, needs immediate transfer for X-ray and removal within 2 hours if lodged in the oesophagus.
        pytest.param(
            [
                "7yo boy, dad says he swallowed a few of those tiny silver balls from his sisters magnet fidget set yesterday evening",
                "tummy pain on and off since this morning, vomited twice, not eaten",
                "T 37.6, tummy soft but sore round belly button, still passing wind",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="r95-en-002",
        ),  # ESPGHAN/NASPGHAN 2021 foreign body position paper: ingestion of multiple magnets with abdominal pain or vomiting needs immediate surgical/endoscopic assessment because attracting magnets cause bowel pressure necrosis, perforation and fistula.
        pytest.param(
            [
                "58M, steak at lunch, says it stuck behind breastbone at 1pm and not moved",
                "cant get even water down, comes back up. spitting his saliva into a cup",
                "talking ok, sats 97, no chest pain apart from pressure",
            ],
            _patient(21170, "male", ("GERD",), pregnant=None),
            id="r95-en-003",
        ),  # ESGE 2016 guideline on removal of upper GI foreign bodies: complete oesophageal obstruction (unable to swallow saliva) requires emergent endoscopy, preferably within 2 h and at the latest within 6 h.
        pytest.param(
            [
                "34F drank a mouthful from a water bottle under the sink, turns out husband poured drain unblocker into it",
                "spat some out, rinsed mouth, 20 min ago",
                "throat bit sore and says her chest feels warm. talking normal, no drooling, mouth looks ok to me",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r95-en-004",
        ),  # UK NPIS TOXBASE, strong alkali (caustic) ingestion: any symptomatic or significant ingestion of drain cleaner needs immediate hospital assessment, as a normal-looking mouth does not exclude serious oesophageal burns.
        pytest.param(
            [
                "2yo boy was eating peanuts on the sofa with big brother about 1h ago, sudden coughing fit and went red",
                "cough settled a bit but breathing fast and a whistle when he breathes",
                "RR 48 sats 91% in air, left side of chest sounds quieter",
            ],
            _patient(913, "male", (), pregnant=None),
            id="r95-en-005",
        ),  # WHO Pocket Book of Hospital Care for Children (inhaled foreign body) with WHO ETAT: suspected foreign body aspiration with respiratory distress and SpO2 below 92% needs immediate transfer for oxygen and bronchoscopy.
        pytest.param(
            [
                "14mo boy got hold of grandad's vape refill bottle with the lid off, liquid round his mouth and on his top",
                "vomited 3 times in last half hour, drooling, sweaty",
                "now very sleepy, hard to keep awake, HR 72",
            ],
            _patient(426, "male", (), pregnant=None),
            id="r95-en-006",
        ),  # WHO IMCI general danger signs with TOXBASE nicotine/e-liquid entry: a lethargic child after e-liquid ingestion with vomiting and a heart rate far below normal for age has severe nicotine toxicity needing immediate transfer.
        pytest.param(
            [
                "72F ate fish 2 days ago, felt a bone go down, swallowed rice balls to push it",
                "since yesterday pain behind the breastbone into her back, worse when she swallows",
                "T 38.6 HR 118 BP 100/62. left side of neck swollen and feels crackly when I press",
            ],
            _patient(26280, "female", ("diabetes",), pregnant=None),
            id="r95-en-007",
        ),  # ESGE 2016 upper GI foreign body guideline: fever, chest pain and subcutaneous emphysema after a sharp bone suggest oesophageal perforation needing immediate CT and surgical care (NEWS2 here is 5).
        pytest.param(
            [
                "2yo girl bit into a washing capsule about 25 min ago, blue gel all over her mouth",
                "coughing and gagging since, vomited once",
                "now breathing fast with a grunt, sats 93, bit floppy",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r95-en-008",
        ),  # TOXBASE liquid laundry capsule entry with WHO ETAT: breathing difficulty, grunting or drowsiness after capsule ingestion indicates aspiration/CNS depression and is an emergency sign requiring immediate hospital care.
        pytest.param(
            [
                "45M came in embarrassed, says he put an object in his back passage last night and could not get it out",
                "since this morning bad pain lower tummy spreading across, shivery",
                "T 38.9 HR 124 BP 96/58, tummy hard and he wont let me press",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r95-en-009",
        ),  # NICE NG51 sepsis with standard surgical guidance on retained rectal foreign bodies: a rigid tender abdomen with fever and tachycardia suggests perforation/peritonitis, needing immediate transfer for surgery.
        pytest.param(
            [
                "81M from care home, his top partial denture with the metal clips is missing since breakfast",
                "carer says he coughed and gagged at breakfast table. since then drooling, won't eat or drink, keeps pointing at bottom of his neck",
                "breathing ok, sats 96",
            ],
            _patient(29565, "male", ("dementia",), pregnant=None),
            id="r95-en-010",
        ),  # ESGE 2016 upper GI foreign body guideline: a sharp-pointed object such as a clasped denture lodged in the oesophagus, or inability to manage saliva, requires emergent endoscopy within hours.
        pytest.param(
            [
                "24F found a tampon still in this morning and pulled it out, thinks in since friday",
                "since last night fever, shaking, vomiting and watery diarrhoea, dizzy when she stands",
                "T 39.4 HR 126 BP 86/52, red rash all over her chest and back like sunburn",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r95-en-011",
        ),  # NICE NG51 sepsis: systolic BP 90 or below is a high-risk criterion needing emergency transfer; with fever, diffuse erythroderma and a retained tampon this is menstrual toxic shock syndrome.
        pytest.param(
            [
                "11mo boy, big sister says he put a coin in his mouth 2h ago and now it's gone",
                "keeps drooling, pushes bottle away and gags when he tries to swallow",
                "noisy breathing in when he cries, sats 95",
            ],
            _patient(335, "male", (), pregnant=None),
            id="r95-en-012",
        ),  # ESPGHAN/NASPGHAN 2021 foreign body position paper: a coin in the oesophagus causing drooling, inability to swallow or airway symptoms needs emergent removal.
        pytest.param(
            [
                "2岁女孩 奶奶说她在玩遥控器 后盖开着 里面那颗圆的扁电池不见了",
                "屋里找了一圈没找到 大概40分钟前的事",
                "孩子现在不哭不闹 能喝水 没咳",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r95-zh-001",
        ),  # NASPGHAN Button Battery Task Force guidance and the Chinese expert consensus on paediatric GI foreign bodies: any suspected button battery ingestion needs immediate X-ray and removal within about 2 hours if in the oesophagus, even when the child has no symptoms.
        pytest.param(
            [
                "6岁男孩 说吞了玩具里的小磁力珠 好几颗",
                "昨晚吞的 今天上午开始肚子疼 吐了两回 吐的黄水",
                "肚子一按就哭 不让碰 体温37.9",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r95-zh-002",
        ),  # NASPGHAN Endoscopy Committee 2015 clinical report on ingested foreign bodies (magnet algorithm): multiple magnets with abdominal pain or vomiting need emergency surgical/endoscopic care because attracting magnets cause perforation, fistula and obstruction.
        pytest.param(
            [
                "68岁男 吃饭时候一大块牛肉咽下去卡住了",
                "到现在2个多小时 口水都咽不下 一直往外吐 拿个碗接着",
                "指着胸口中间说堵",
            ],
            _patient(24820, "male", ("高血压",), pregnant=None),
            id="r95-zh-003",
        ),  # ESGE 2016 guideline on removal of upper GI foreign bodies in adults: complete oesophageal obstruction (unable to swallow saliva) requires emergent endoscopy, preferably within 2 h and at the latest within 6 h.
        pytest.param(
            [
                "55岁女 3天前吃鱼卡了根刺 吞了几口饭团说下去了",
                "这两天胸口后面疼 越来越重 咽东西更疼 背上也疼",
                "今天烧到38.9 心率118 左边脖子有点肿 按上去像按雪一样咯吱咯吱",
            ],
            _patient(20075, "female", ("糖尿病",), pregnant=False),
            id="r95-zh-004",
        ),  # ESGE 2016 foreign body guideline: fever, retrosternal pain and subcutaneous emphysema after a sharp foreign body suggest oesophageal perforation, which needs immediate CT and surgical management.
        pytest.param(
            [
                "1岁半男孩 喝了一口通下水道的那个水 瓶子是开着的",
                "一直流口水 哭不出声来 嘴唇里面发白",
                "吸气时候喉咙里有呼呼的响声",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r95-zh-005",
        ),  # UK NPIS TOXBASE corrosives guidance and ESPGHAN/ESGE paediatric endoscopy guideline (caustic ingestion): strong alkali ingestion with drooling, voice change or stridor means airway and oesophageal injury needing immediate hospital care with airway protection.
        pytest.param(
            [
                "3岁女孩 下午吃花生米 突然呛着了 咳得很厉害脸都红了",
                "后来不那么咳了 但一直喘 呼吸50多次 锁骨上面往里吸",
                "右边听着声音小 血氧89%",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r95-zh-006",
        ),  # WHO ETAT / IMCI: SpO2 below 90% with chest indrawing is an emergency sign; after sudden choking on nuts this means an inhaled foreign body with respiratory distress needing immediate transfer for oxygen and bronchoscopy.
        pytest.param(
            [
                "2岁多男孩 咬破了一个洗衣凝珠 弄得满嘴都是",
                "吐了3次 现在特别蔫 叫他睁一下眼又闭上了",
                "喘气呼噜呼噜的 有点快",
            ],
            _patient(821, "male", (), pregnant=None),
            id="r95-zh-007",
        ),  # UK NPIS TOXBASE and AAP/US poison centre advice on liquid laundry detergent capsules: ingestion followed by drowsiness or noisy/fast breathing is a severe exposure needing immediate hospital care.
        pytest.param(
            [
                "14个月女孩 把爸爸电子烟的烟油喝了 小瓶子 剩一点点了",
                "刚才吐了 出好多汗 流口水",
                "手脚抖 刚才抽了一下 一两分钟",
            ],
            _patient(425, "female", (), pregnant=None),
            id="r95-zh-008",
        ),  # WHO report on electronic nicotine delivery systems and poison centre guidance: nicotine e-liquid ingestion can be fatal in toddlers; vomiting, sweating, salivation, tremor and seizure mean severe poisoning needing emergency care.
        pytest.param(
            [
                "4岁男孩 往左边鼻孔里塞了个小圆电池 手表里拆的",
                "家长自己抠了半个多小时 没抠出来 越推越里面",
                "现在左鼻子流点带血的水 喘气还可以",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r95-zh-009",
        ),  # ENT UK / British Association of Paediatric Otolaryngology button battery guidance: a button battery in the nose or ear causes tissue necrosis within hours and must be removed at hospital immediately.
        pytest.param(
            [
                "82岁奶奶 早上找不到她的假牙 上面那块带钢丝钩子的小的",
                "她说喉咙下面疼 早上喝稀饭咽不下去 喝了就吐出来",
                "一直往外吐口水",
            ],
            _patient(29930, "female", ("老年痴呆", "高血压"), pregnant=False),
            id="r95-zh-010",
        ),  # ESGE 2016 foreign body guideline: sharp-pointed objects such as partial dentures with wire clasps lodged in the oesophagus, especially with inability to swallow saliva, require emergent endoscopy (within 2-6 h).
        pytest.param(
            [
                "24岁女 说月经那几天用的卫生棉条 好像最后一根没拿出来 4天了",
                "今天高烧39.6 吐了 拉肚子 身上发红像晒伤一样",
                "血压84/50 心率126 问话反应有点慢",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r95-zh-011",
        ),  # NICE NG51 sepsis: systolic BP 90 mmHg or less and new altered mental state are high-risk criteria needing emergency care; with a retained tampon and sunburn-like rash this is suspected toxic shock syndrome.
        pytest.param(
            [
                "45岁男 昨晚往肛门里塞了个东西 自己取不出来了",
                "今天肚子越来越疼 整个肚子硬邦邦的 一碰就叫",
                "体温38.7 心率122 血压94/58",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r95-zh-012",
        ),  # NICE NG51 sepsis and ASCRS guidance on retained rectal foreign bodies: generalised peritonism with fever and falling BP indicates perforation with sepsis, needing emergency surgery.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "4yo girl pushed a small pink plastic bead up her right nostril at nursery this morning",
                "can see it just inside, she won't keep still to let us try",
                "breathing fine, no nosebleed, no cough",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="r95-en-015",
        ),  # NICE CKS Foreign body in the nose: a nasal foreign body that cannot be removed in primary care should be referred to ENT promptly (same day) because of aspiration risk; immediate admission only for batteries, magnets or airway compromise.
        pytest.param(
            [
                "5yo choked on a hard sweet at a birthday party 1h ago, couldn't cough or talk",
                "dad did back slaps then the tummy squeezes from behind, sweet came out after the 3rd one",
                "talking and running around now, mum wants to know if ok to just go home",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="r95-en-017",
        ),  # Resuscitation Council UK paediatric choking algorithm: any child who has received abdominal thrusts must be examined by a healthcare professional afterwards for internal injury.
        pytest.param(
            [
                "18mo girl, cough 5 days, mum says started suddenly while eating popcorn with cousins",
                "no fever, feeding ok, no runny nose",
                "RR 32 sats 97, wheeze on right side only, left clear",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r95-en-018",
        ),  # NICE CKS Cough (children): sudden-onset cough after a choking episode with unilateral wheeze suggests an inhaled foreign body and needs same-day specialist assessment even when the child is stable.
        pytest.param(
            [
                "31F thinks a tampon still inside, period finished 4 days ago, can't find it herself",
                "smelly brown discharge since yesterday, bit of lower tummy ache",
                "T 36.9 HR 78 BP 118/74, feels well otherwise",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r95-en-020",
        ),  # NHS/RCOG advice on retained tampons: a retained tampon should be removed by a clinician promptly the same day, with safety-netting for toxic shock; normal observations place it below emergency.
        pytest.param(
            [
                "52M says a bottle is stuck in his back passage since early this morning, tried to get it out himself",
                "no tummy pain, no bleeding, passing wind",
                "obs all normal, T 36.6 HR 84",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r95-en-021",
        ),  # Surgical guidance on rectal foreign bodies (e.g. ASCRS): a retained rectal object in a stable patient without peritonism needs same-day hospital assessment and removal; emergency only with perforation signs.
        pytest.param(
            [
                "76F woke up and her small front plate with 1 tooth and a wire clip is missing",
                "daughter searched the bed and bathroom, not found",
                "no pain, eating breakfast fine, no cough, voice normal",
            ],
            _patient(27740, "female", ("osteoporosis",), pregnant=False),
            id="r95-en-022",
        ),  # ESGE 2016 upper GI foreign body guideline: suspected denture ingestion needs prompt X-ray to locate it, and sharp objects beyond the oesophagus should be retrieved if reachable; without symptoms this is same-day, not emergency.
        pytest.param(
            [
                "44M feels chicken stuck low in his chest since dinner 3h ago",
                "can swallow his spit and small sips slowly",
                "had the same twice this year, went down on its own. breathing fine, sats 98",
            ],
            _patient(16060, "male", ("asthma",), pregnant=None),
            id="r95-en-023",
        ),  # ESGE 2016 upper GI foreign body guideline: food impaction without complete obstruction (able to swallow saliva) needs urgent endoscopy within 24 h, not emergent.
        pytest.param(
            [
                "4yo boy, mum thinks he swallowed an open safety pin from the sewing box, about 2h ago",
                "she saw it in his mouth then it was gone",
                "no pain, eating and drinking ok, no drool, no blood in spit",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r95-en-026",
        ),  # ESPGHAN/NASPGHAN 2021: a swallowed sharp object needs a same-day X-ray and endoscopic removal if within reach; emergent only if lodged in the oesophagus with symptoms.
        pytest.param(
            [
                "63M at a wedding yesterday, thinks he swallowed a toothpick in a meatball",
                "today some upper tummy discomfort, no vomiting",
                "T 36.8 HR 82 BP 138/84, tummy soft, mild tender top middle",
            ],
            _patient(22995, "male", ("hypertension",), pregnant=None),
            id="r95-en-027",
        ),  # ESGE 2016 upper GI foreign body guideline: swallowed sharp objects such as toothpicks carry perforation risk and should be located and retrieved promptly; a soft abdomen with normal observations means same day, not emergency.
        pytest.param(
            [
                "3yo boy found chewing a white ball from the wardrobe, packet says naphthalene moth balls",
                "about 1h ago, mum took most of it out but a bit missing",
                "he's well, playing, colour normal, no vomit",
            ],
            _patient(1095, "male", ("G6PD deficiency",), pregnant=None),
            id="r95-en-029",
        ),  # TOXBASE naphthalene: ingestion can cause delayed haemolysis (1-3 days), especially with G6PD deficiency, so an exposed child needs same-day clinical assessment and blood count although currently well.
        pytest.param(
            [
                "27F says a small silicone ball type toy stuck in the vagina since last night, string snapped",
                "tried to get it out, can't reach",
                "no pain, no bleeding, no fever",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r95-en-032",
        ),  # NICE CKS/RCOG principles for vaginal foreign bodies: a retained object in a well woman should be removed by a clinician the same day to prevent infection; no emergency features present.
        pytest.param(
            [
                "47M was clearing a drain, splashed pipe unblocker on his left forearm 40 min ago",
                "washed under tap maybe 5 min",
                "patch about 4cm white and starting to blister, stinging. no eye splash, didn't swallow any",
            ],
            _patient(17155, "male", (), pregnant=None),
            id="r95-en-033",
        ),  # NICE CKS Burns and scalds: continue irrigation and refer all chemical burns to a specialist burns service for same-day assessment; a small burn without airway or systemic features is not an emergency.
        pytest.param(
            [
                "14yo boy swallowed a piece of his brace wire while eating lunch, about 2cm, thin and sharp ends",
                "felt it go down, now says feels nothing",
                "eating ok, no chest pain, no blood",
            ],
            _patient(5110, "male", (), pregnant=None),
            id="r95-en-034",
        ),  # ESPGHAN/NASPGHAN 2021: a swallowed sharp metal object should be located by X-ray the same day and removed endoscopically if reachable; without symptoms it is not emergent.
        pytest.param(
            [
                "3yo boy, one of the thin long batteries from the torch is missing, mum found the torch open next to him",
                "about 90 min ago, she thinks he put it in his mouth",
                "no pain, no drooling, eating normally",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r95-en-036",
        ),  # ESPGHAN/NASPGHAN 2021: suspected cylindrical battery ingestion needs a same-day X-ray; removal is urgent if oesophageal, while an asymptomatic gastric battery may be observed.
        pytest.param(
            [
                "5岁男孩 1个小时前 吞了个1块钱硬币",
                "不流口水 吃了半碗饭 没吐",
                "不咳 肚子不疼 玩得挺好",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="r95-zh-013",
        ),  # NASPGHAN 2015 foreign body report: every suspected coin ingestion needs an X-ray the same day to locate it; an asymptomatic oesophageal coin may be observed up to 12-24 h, so this is same-day rather than emergency.
        pytest.param(
            [
                "9岁女孩 说把冰箱贴后面掉下来的小磁铁吞了 就一颗",
                "中午的事 现在不疼 不吐 吃了饭",
                "家里别的磁铁都在 只少这一颗",
            ],
            _patient(3285, "female", (), pregnant=None),
            id="r95-zh-014",
        ),  # NASPGHAN 2015 magnet algorithm: a suspected single magnet needs same-day X-rays (two views) to confirm it is single; an asymptomatic single magnet can then be followed as an outpatient.
        pytest.param(
            [
                "38岁男 晚饭吃鱼 喉咙卡了根刺 3个多小时了",
                "口水能咽 就是一咽就扎得疼 指着左边喉咙上面",
                "喝了醋 吞了饭团 还在",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r95-zh-015",
        ),  # ESGE 2016 foreign body guideline and standard ENT practice: a persisting fish bone sensation in the pharynx with saliva swallowed normally needs same-day laryngoscopic examination and removal, not emergency transfer; vinegar and rice balls are discouraged.
        pytest.param(
            [
                "3岁女孩 今天上午把一粒黄豆塞进右边鼻孔了",
                "手电照能看到一点 孩子哭闹不让弄",
                "喘气正常 没流血 不发烧",
            ],
            _patient(1217, "female", (), pregnant=None),
            id="r95-zh-016",
        ),  # ENT UK guidance and NICE CKS: a non-battery nasal foreign body in a child should be removed promptly (same day) because of aspiration risk and swelling of organic items; with normal breathing it is not an emergency.
        pytest.param(
            [
                "60岁男 中午吃馒头 觉得卡在胸口下不去 4个小时了",
                "口水能咽 喝水慢慢能下去",
                "以前也卡过两回 自己好了",
            ],
            _patient(21900, "male", (), pregnant=None),
            id="r95-zh-020",
        ),  # ESGE 2016 foreign body guideline: food bolus impaction without complete obstruction (saliva passes) needs endoscopy within 24 h (urgent), in contrast to emergent endoscopy when saliva cannot be swallowed.
        pytest.param(
            [
                "31岁女 卫生棉条忘在里面了 大概4天",
                "白带很臭 下面有点胀 自己掏不出来",
                "体温36.9 血压118/76 心率80 没皮疹",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r95-zh-022",
        ),  # NHS guidance and NICE CKS vaginal discharge: a retained tampon should be removed by a clinician promptly and the woman checked for toxic shock features; normal observations and no rash mean it is not an emergency.
        pytest.param(
            [
                "52岁男 说肛门里有个东西 自己放进去的 取不出来 8个小时了",
                "肚子不疼 没发烧 没出血",
                "血压130/80 心率78",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r95-zh-023",
        ),  # ASCRS guidance on retained rectal foreign bodies: a haemodynamically stable patient without peritonism needs same-day hospital assessment and removal, with emergency surgery reserved for perforation signs.
        pytest.param(
            [
                "7岁男孩 往右耳朵塞了个小塑料珠子 家长拿发卡掏了半天",
                "现在耳朵流血 喊疼 说这边听不清",
                "珠子好像还在里面",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="r95-zh-024",
        ),  # ENT UK / NICE CKS ear foreign body: after failed removal attempts with pain, bleeding or possible canal or drum injury, the child needs same-day ENT removal under the microscope.
        pytest.param(
            [
                "4岁男孩 衣柜里的白色卫生球 咬了半个 吃下去了",
                "今天早上的事 现在还好 没吐",
                "他有G6PD 小便颜色现在正常 脸不黄",
            ],
            _patient(1521, "male", ("G6PD缺乏症",), pregnant=None),
            id="r95-zh-030",
        ),  # WHO IPCS/UK NPIS naphthalene guidance: mothball ingestion in a G6PD-deficient child can cause haemolysis over 1-3 days and needs same-day assessment with blood tests; emergency only with dark urine, pallor or breathlessness.
        pytest.param(
            [
                "73岁男 吃饭时候假牙上一颗牙冠掉了 咽下去了",
                "当时呛了两下 现在不咳 不喘",
                "能吃能喝 胸口肚子不疼",
            ],
            _patient(26645, "male", ("高血压", "冠心病"), pregnant=None),
            id="r95-zh-032",
        ),  # ESGE 2016 and dental guidance on swallowed restorations: a swallowed or possibly inhaled crown, especially with coughing at the time, needs same-day chest and abdominal X-ray to exclude airway aspiration.
        pytest.param(
            ["8岁女孩 前天往左耳朵塞了粒绿豆", "今天耳朵疼 耳朵口有点肿 夜里疼得哭", "不发烧"],
            _patient(2920, "female", (), pregnant=None),
            id="r95-zh-034",
        ),  # ENT UK / NICE CKS: organic ear foreign bodies swell and cause pain and canal inflammation; with pain and swelling they need same-day ENT removal.
        pytest.param(
            [
                "16岁男孩 吃鸡肉 觉得卡在胸口 3个小时了",
                "口水能咽 喝水慢慢能下 偶尔返上来一点",
                "有哮喘 湿疹 以前吃饭也卡过 这次时间长",
            ],
            _patient(5840, "male", ("哮喘", "湿疹"), pregnant=None),
            id="r95-zh-036",
        ),  # ESGE 2016 foreign body guideline (and ESPGHAN guidance on eosinophilic oesophagitis): food bolus impaction with saliva still passing needs endoscopy within 24 h, not emergent transfer; recurrent impaction in an atopic teenager also needs work-up.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "2yo got the back off the kitchen scales, mum panicked the little round battery was gone",
                "she's now found it under the fridge, the scales only take one",
                "he's happy, eating, no cough, no drooling",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r95-en-037",
        ),  # ESPGHAN/NASPGHAN 2021: emergency imaging is for suspected or unwitnessed button battery ingestion; when the only battery is found and accounted for, no ingestion occurred and safety-net advice is enough.
        pytest.param(
            [
                "8yo girl swallowed one small magnet last thurs, hospital X-ray showed one magnet in tummy, sent home to watch poo",
                "mum found it in her poo this morning",
                "well, eating, no tummy pain",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="r95-en-038",
        ),  # ESPGHAN/NASPGHAN 2021: a single gastric magnet can be managed expectantly; once passed in the stool in a well child no further care is needed.
        pytest.param(
            [
                "6yo swallowed a 5p coin 2 days ago, X-ray at hospital showed it in his stomach, sent home",
                "not seen it in his poo yet, mum worried",
                "eating fine, no vomiting, no tummy pain, no drooling",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r95-en-039",
        ),  # ESPGHAN/NASPGHAN 2021: an asymptomatic coin in the stomach is managed as an outpatient, with a repeat X-ray only if not passed after 1-2 weeks or if symptoms develop.
        pytest.param(
            [
                "50M had a fish bone taken out of his tonsil at ENT yesterday",
                "still feels a scratch when he swallows, same spot",
                "eating and drinking fine, no fever, no drooling, voice normal",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r95-en-040",
        ),  # ESGE 2016 upper GI foreign body guideline: a foreign body sensation often persists from mucosal abrasion after the object is removed or passed; with normal swallowing and no fever, observation with safety-netting is appropriate.
        pytest.param(
            [
                "26M twice this year food felt stuck going down, went after 10 min with water, last one 2 weeks ago",
                "swallowing normally now, eating everything",
                "no weight loss, no vomiting blood, no pain now",
            ],
            _patient(9490, "male", ("asthma", "hay fever"), pregnant=None),
            id="r95-en-041",
        ),  # NICE NG12 (dysphagia: urgent direct-access endoscopy within 2 weeks) and BSG 2022 eosinophilic oesophagitis guideline: resolved intermittent food sticking needs planned endoscopy, not same-day care.
        pytest.param(
            [
                "care home: 93F, staff thought she swallowed her lower partial denture at lunch",
                "now found it wrapped in a napkin on her tray, complete, no bits missing",
                "she's eating, no cough, breathing fine",
            ],
            _patient(33945, "female", ("dementia",), pregnant=False),
            id="r95-en-042",
        ),  # ESGE 2016 upper GI foreign body guideline: assessment is needed only for suspected ingestion; an intact denture that has been found means nothing was swallowed.
        pytest.param(
            [
                "28F 20 wks pregnant, took a sip from a cup her mum had mixed diluted bleach in for cleaning",
                "spat it out straight away, rinsed, maybe swallowed a little, 30 min ago",
                "bit of nausea, throat fine, no pain swallowing, no vomiting, no cough",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r95-en-043",
        ),  # TOXBASE household bleach (dilute sodium hypochlorite): small accidental ingestions cause only mild irritation and can be managed at home with fluids unless pain on swallowing, vomiting or breathing problems develop.
        pytest.param(
            [
                "2yo girl put mum's vape in her mouth and sucked the mouthpiece, maybe a drop or two leaked, 2h ago",
                "no vomiting, not sleepy, no sweating",
                "playing normally, HR 110",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r95-en-046",
        ),  # TOXBASE nicotine/e-cigarette entry: toxicity from e-liquid appears within about an hour; a child who had a tiny lick and is symptom-free 2 h later can stay home with advice.
        pytest.param(
            [
                "6yo girl put a small plastic bead in her left ear, dad noticed it yesterday",
                "no pain, no discharge, hearing ok",
                "we tried once with forceps, she didn't tolerate it",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r95-en-047",
        ),  # NICE CKS Foreign body in the ear: an inert non-battery object without pain or infection is not urgent; if removal fails in primary care, refer to ENT non-urgently.
        pytest.param(
            [
                "3yo pushed a dried pea up his nose at lunch",
                "mum blocked the other nostril and blew in his mouth, pea came out whole",
                "breathing fine both sides, no bleeding, no cough",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r95-en-048",
        ),  # NICE CKS Foreign body in the nose: the parent's kiss technique is first-line; once the object is fully expelled and the child is well, no further action is needed.
        pytest.param(
            [
                "84F has a ring pessary for prolapse, change overdue by about 3 months, missed appt",
                "bit more white discharge, no smell, no bleeding",
                "no pain, passing urine ok, bowels ok",
            ],
            _patient(30660, "female", ("uterine prolapse", "hypertension"), pregnant=False),
            id="r95-en-049",
        ),  # NICE NG123 pelvic organ prolapse / BSUG pessary guidance: overdue pessary change with mild discharge and no bleeding or pain needs a routine appointment for change and examination.
        pytest.param(
            [
                "38M had an object removed from his back passage at hospital 10 days ago",
                "since then sore when opening bowels, small streak of bright blood on the paper sometimes",
                "no fever, no tummy pain, eating ok, T 36.7",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r95-en-050",
        ),  # NICE CKS Anal fissure: painful defecation with small bright red streaks and no systemic features is managed in primary care with a routine review.
        pytest.param(
            [
                "4yo choked on a grape at lunch 2h ago, coughed hard and it came out by itself, nobody had to hit her back",
                "no cough since, talking, eating",
                "RR 22 sats 99 chest clear both sides",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="r95-en-051",
        ),  # Resuscitation Council UK choking guidance: an effective cough that clears the object needs no further treatment; medical review is advised only after abdominal thrusts or with persistent cough or swallowing difficulty.
        pytest.param(
            [
                "18 day old boy, mum says he choked on the breast this morning, went red and spluttered, milk out of his nose",
                "back to normal in a few seconds, never went blue or floppy",
                "feeding well since, pink, T 36.8, weight up",
            ],
            _patient(18, "male", (), pregnant=None),
            id="r95-en-052",
        ),  # AAP 2016 BRUE clinical practice guideline: a brief event clearly explained by choking during feeding with immediate recovery is not a BRUE and needs only reassurance and feeding advice.
        pytest.param(
            [
                "6yo girl sore throat and cough 2 days, T 37.8",
                "mum very worried because her little brother swallowed a button battery in march and needed an operation",
                "girl says she hasn't put anything in her mouth, mum checked all devices, batteries all there. eating and drinking ok, no drooling",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r95-en-053",
        ),  # NICE NG84 sore throat (acute): a child with a mild sore throat, low FeverPAIN score and normal swallowing is managed with self-care; the battery ingestion was in a sibling and none is missing.
        pytest.param(
            [
                "58M had a chicken bone removed from his gullet by camera 2 years ago",
                "now sore throat and runny nose 3 days, worried it's the same again",
                "swallowing food fine, no chest pain, no drooling, T 37.4",
            ],
            _patient(21170, "male", (), pregnant=None),
            id="r95-en-054",
        ),  # NICE NG84 sore throat (acute): a viral upper respiratory infection with normal swallowing is self-care; the foreign body was a past event.
        pytest.param(
            [
                "71F with Parkinson's, husband says she coughs with drinks at most meals for a few months",
                "no fevers, no chest infections, weight steady",
                "today sats 98 RR 16 T 36.7 chest clear",
            ],
            _patient(25915, "female", ("Parkinson's disease",), pregnant=False),
            id="r95-en-055",
        ),  # NICE NG71 Parkinson's disease: swallowing difficulty should be referred to speech and language therapy for assessment; with normal observations and no infection this is routine.
        pytest.param(
            [
                "22mo boy swallowed a small smooth plastic bead from a bracelet, about 5mm, 2h ago",
                "didn't cough or choke, eating and drinking fine since",
                "no drooling, no vomiting, tummy soft, playing",
            ],
            _patient(669, "male", (), pregnant=None),
            id="r95-en-056",
        ),  # ESPGHAN/NASPGHAN 2021: small blunt non-toxic objects in an asymptomatic child usually pass spontaneously and are managed expectantly at home with safety-net advice.
        pytest.param(
            [
                "3yo girl chewed open one of the little 'do not eat' sachets from a new shoe box, clear beads in her mouth",
                "mum scooped them out, about 20 min ago",
                "no cough, no choking, fine",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r95-en-057",
        ),  # TOXBASE silica gel desiccant: silica gel is non-toxic; no treatment beyond rinsing the mouth is needed in an asymptomatic child.
        pytest.param(
            [
                "4yo bit through a glow stick at a party, bitter liquid in his mouth, cried",
                "dad rinsed his mouth, some on his shirt, 30 min ago",
                "mouth bit tingly, no drooling, no vomiting, no eye splash, eating ice cream",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r95-en-058",
        ),  # TOXBASE glow sticks: the contents are of low toxicity and cause only transient oral irritation; rinse the mouth and manage at home.
        pytest.param(
            [
                "5yo bit the glass thermometer while mum was taking her temp, it broke in her mouth",
                "spat out the pieces, mum thinks all the glass there, some silver balls on the floor and maybe a bit swallowed",
                "no cut in mouth, no bleeding, no pain swallowing, no cough",
            ],
            _patient(1825, "female", (), pregnant=None),
            id="r95-en-059",
        ),  # TOXBASE elemental mercury: mercury swallowed from a clinical thermometer is negligibly absorbed and not toxic; advise safe clean-up of the spill and home care if there is no oral injury.
        pytest.param(
            [
                "82M thinks the rubber dome from his hearing aid came off inside his right ear, 3 days ago",
                "ear feels blocked, no pain, no discharge, no bleeding",
                "can see something white deep in the canal",
            ],
            _patient(29930, "male", ("hearing loss", "atrial fibrillation"), pregnant=None),
            id="r95-en-060",
        ),  # NICE CKS Foreign body in the ear: an inert object without pain, bleeding or infection can be removed at a routine appointment or referred to ENT non-urgently.
        pytest.param(
            [
                "3岁男孩 妈妈以为他吞了纽扣电池 遥控器里的",
                "后来在沙发底下找到了 两颗都在 对上数了",
                "孩子一直正常 吃饭 玩 不咳",
            ],
            _patient(1278, "male", (), pregnant=None),
            id="r95-zh-037",
        ),  # NASPGHAN button battery guidance: the emergency applies to a battery that may have been swallowed; when all batteries are accounted for and the child is well, no medical assessment is needed.
        pytest.param(
            [
                "4岁女孩 前天吞了个5毛硬币 昨天乡卫生院拍片 说在胃里",
                "不疼 不吐 吃饭正常 大便正常",
                "问还要不要再去",
            ],
            _patient(1735, "female", (), pregnant=None),
            id="r95-zh-038",
        ),  # NASPGHAN 2015 coin guidance: an asymptomatic coin confirmed in the stomach is managed at home on a normal diet, with a repeat X-ray only if not passed after 1-2 weeks.
        pytest.param(
            [
                "41岁男 昨天晚上鸡骨头卡喉咙 县医院耳鼻喉用镜子夹出来了",
                "今天喉咙还有点划着的感觉 吃饭能吃",
                "不发烧 脖子不肿 不怎么疼 口水正常",
            ],
            _patient(14965, "male", (), pregnant=None),
            id="r95-zh-039",
        ),  # ESGE 2016 and ENT practice: after confirmed removal of a bone, a mild scratch sensation is common and settles; review is needed only for fever, worsening pain, neck swelling or inability to swallow.
        pytest.param(
            [
                "2岁多女孩 吃饭时候呛了一下 米饭 自己咳了几声咳出来了",
                "前后不到1分钟 没憋紫 没人拍背",
                "现在说话哭笑都正常 呼吸不快 吃饭正常 也不咳了",
            ],
            _patient(1035, "female", (), pregnant=None),
            id="r95-zh-040",
        ),  # ERC Guidelines 2021 (choking): an effective cough should be encouraged; when the child coughs the food out and is then completely well with no persistent cough, no medical treatment is required.
        pytest.param(
            [
                "1岁10个月 吃了零食袋里的干燥剂 透明小颗粒那种",
                "包装上写的硅胶 吃了几颗",
                "没吐 嘴里正常 精神好",
            ],
            _patient(670, "male", (), pregnant=None),
            id="r95-zh-041",
        ),  # UK NPIS / US poison centre guidance: silica gel desiccant is non-toxic; small ingestions need only a drink of water at home.
        pytest.param(
            [
                "6岁女孩 量体温把水银体温计咬破了",
                "吐出来玻璃 嘴里没划破 没出血",
                "可能咽了一点水银 现在没事 不疼 不咳",
            ],
            _patient(2281, "female", (), pregnant=None),
            id="r95-zh-042",
        ),  # WHO mercury fact sheet / ATSDR: swallowed elemental mercury from a thermometer is negligibly absorbed and passes in stool; the hazard is inhaled vapour, so a well child needs only routine advice.
        pytest.param(
            [
                "4岁女孩 把衣服上的纽扣吞了 塑料的 不是电池 小指甲那么大",
                "吞了之后喝水吃饭都正常",
                "不咳 不喘 不流口水 肚子不疼",
            ],
            _patient(1673, "female", (), pregnant=None),
            id="r95-zh-043",
        ),  # ESGE 2016 / NASPGHAN 2015: small blunt non-toxic objects that reach the stomach without symptoms pass spontaneously and need no intervention.
        pytest.param(
            [
                "5岁男孩 说左耳朵里塞了个小珠子 昨天的事",
                "不疼 没流水 没流血 听得见",
                "手电看得到一个白的小珠子",
            ],
            _patient(1977, "male", (), pregnant=None),
            id="r95-zh-044",
        ),  # ENT UK / NICE CKS ear foreign bodies: an inert non-battery object without pain or trauma can be removed at a routine or next available clinic; only button batteries need emergency removal.
        pytest.param(
            [
                "6岁女孩 内裤上老有黄色带点血丝的分泌物 味道大 两周了",
                "妈妈说看到过她往下面塞卫生纸",
                "不发烧 不肚子疼 尿尿不疼",
            ],
            _patient(2160, "female", (), pregnant=None),
            id="r95-zh-045",
        ),  # NICE CKS / BritSPAG paediatric gynaecology guidance: persistent offensive blood-stained discharge in a prepubertal girl suggests a vaginal foreign body such as toilet paper, managed by planned (non-emergency) paediatric gynaecology referral.
        pytest.param(
            [
                "66岁男 近2个月吃干饭老觉得卡在胸口 慢慢能咽下去",
                "喝水喝粥没问题 口水能咽",
                "瘦了4斤 今天没卡着",
            ],
            _patient(24090, "male", ("慢阻肺",), pregnant=None),
            id="r95-zh-046",
        ),  # NICE NG12 suspected cancer: dysphagia (with weight loss) warrants a suspected-cancer pathway referral for endoscopy within 2 weeks, not same-day or emergency care when fluids and saliva pass.
        pytest.param(
            [
                "30岁女 给电子烟换烟油 不小心挤到嘴里一点 马上吐了漱口了",
                "当时有点恶心 现在半小时了 好了",
                "没吐 心不慌 不头晕",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r95-zh-047",
        ),  # UK NPIS TOXBASE nicotine guidance: in an adult, a small amount of e-liquid in the mouth that is spat out causes at most transient nausea; asymptomatic adults need no treatment.
        pytest.param(
            [
                "2岁女孩 把洗衣凝珠放嘴里了 妈妈马上抠出来",
                "凝珠是完整的 没破 没漏",
                "嘴里没东西 没吐 不咳 正常玩",
            ],
            _patient(790, "female", (), pregnant=None),
            id="r95-zh-048",
        ),  # UK NPIS TOXBASE laundry capsule guidance: if the capsule was intact with no leakage and the child is symptom-free, there has been no significant exposure and home observation is enough.
        pytest.param(
            [
                "27岁 怀孕30周 吃樱桃把核咽下去了 一颗",
                "不疼 吃饭正常 不恶心",
                "担心对孩子有没有影响",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r95-zh-049",
        ),  # ESGE 2016 foreign body guideline: small blunt objects such as a fruit stone that reach the stomach pass spontaneously; asymptomatic adults need no intervention.
        pytest.param(
            [
                "39岁男 前天晚上肛门里塞的东西 当时自己弄出来了",
                "昨天大便纸上有一点点血 今天没了",
                "肚子不疼 不发烧 吃喝正常",
            ],
            _patient(14235, "male", (), pregnant=None),
            id="r95-zh-050",
        ),  # ASCRS guidance on rectal foreign bodies: once the object is out, minor self-limiting bleeding without pain, fever or peritonism needs only routine review if it recurs.
        pytest.param(
            [
                "91岁女 上个月吞了假牙 在市医院做胃镜取出来了",
                "今天来问配新假牙的事 还有点反酸",
                "现在吃饭正常 不疼 不发烧",
            ],
            _patient(33215, "female", ("高血压",), pregnant=False),
            id="r95-zh-051",
        ),  # ESGE 2016 foreign body guideline: after uncomplicated endoscopic removal of a swallowed denture, routine follow-up and dental review of the denture fit are all that is needed.
        pytest.param(
            ["快2岁男孩 啃了半根蜡笔 吃下去一点", "没吐 嘴上都是颜色 精神好", "不咳 不喘"],
            _patient(700, "male", (), pregnant=None),
            id="r95-zh-052",
        ),  # UK NPIS / US poison centre guidance: children's wax crayons are non-toxic and small ingestions need no treatment.
        pytest.param(
            [
                "70岁女 刚才吃钙片 没喝几口水 觉得药片卡在喉咙下面",
                "半个小时了 喝水能咽下去 口水能咽",
                "吃了点稀饭 也下去了 就是有点别扭",
            ],
            _patient(25550, "female", ("骨质疏松",), pregnant=False),
            id="r95-zh-053",
        ),  # ESGE 2016 (complete vs incomplete obstruction) and BNF patient advice on taking tablets: when saliva, water and food pass, a stuck-tablet sensation is managed by drinking water and staying upright, with review only if painful swallowing persists.
        pytest.param(
            ["3岁男孩 3天前吞了个1毛硬币 当时拍片在胃里", "今天大便里找到了", "吃喝拉撒都正常"],
            _patient(1125, "male", (), pregnant=None),
            id="r95-zh-054",
        ),  # NASPGHAN 2015 coin guidance: once a gastric coin has passed in the stool and the child is well, no further follow-up is needed.
        pytest.param(
            [
                "35岁女 喉咙里老觉得有东西堵着 吐不出咽不下 3个月了",
                "吃饭喝水都没事 吃东西的时候反而没感觉",
                "体重没变 没咳血 声音正常 最近工作压力大",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r95-zh-056",
        ),  # NICE CKS (globus / dysphagia): a persistent lump-in-throat sensation without dysphagia, painful swallowing, weight loss or voice change is managed with reassurance and routine review.
        pytest.param(
            ["1岁半女孩 舔了免洗洗手液 手上的 舔了几口", "10分钟前 现在没事 精神正常", "不吐 不困"],
            _patient(518, "female", (), pregnant=None),
            id="r95-zh-057",
        ),  # UK NPIS / US poison centre guidance on alcohol hand sanitiser: a lick or taste from the hands is a minor exposure in a child and can be observed at home.
        pytest.param(
            [
                "40天男婴 喂完奶老吐奶 有时候呛一下咳两声 马上就好了",
                "吃奶好 满月体重长了1.2公斤",
                "吐的是奶 不是黄绿色 不是喷出来的 精神好",
            ],
            _patient(40, "male", (), pregnant=None),
            id="r95-zh-058",
        ),  # NICE NG1 GORD in children: effortless regurgitation with brief coughing in a thriving infant is normal; red flags are bilious or projectile vomiting, poor weight gain or apnoea.
        pytest.param(
            [
                "7岁女孩 妈妈说耳朵里有个黑黄色的东西 以为塞了啥",
                "看着是一大块耳屎 硬的",
                "不疼 不流水 听力好 孩子说没往耳朵里塞东西",
            ],
            _patient(2680, "female", (), pregnant=None),
            id="r95-zh-059",
        ),  # NICE NG98 / NICE CKS earwax: impacted wax without pain or discharge is managed with self-care ear drops, with routine review if symptoms persist.
        pytest.param(
            [
                "12岁男孩 玩自行车的小钢珠 咽下去一颗 黄豆大",
                "剩下的钢珠互相不吸 不是磁铁",
                "不疼 不吐 吃饭正常 不咳",
            ],
            _patient(4380, "male", (), pregnant=None),
            id="r95-zh-060",
        ),  # NASPGHAN 2015 / ESGE 2016: a single small blunt non-magnetic object in an asymptomatic older child usually passes and can be followed as an outpatient.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
