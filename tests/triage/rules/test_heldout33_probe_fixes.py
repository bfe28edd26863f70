# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A thirty-third held-out round (2026-12-07, at commit 3cf06ba: two reviewers, 120 cases on the
abdomen, urology and gynaecology outside pregnancy in adults and older people: perforation,
obstruction and volvulus, strangulated hernia, mesenteric ischaemia, a leaking aneurysm,
appendicitis in older people, pancreatitis, cholecystitis and cholangitis, upper and lower GI
bleeding, torsion and epididymo-orchitis, retention and a blocked catheter, renal colic with a fever
or a single kidney, priapism, Fournier's gangrene, paraphimosis, perianal and Bartholin's abscesses,
ovarian torsion, an ectopic pregnancy not known of, PID, heavy menstrual bleeding; dyspepsia,
constipation, IBS, period pain and piles as look-alikes; 16 emergencies, 24 same-day and 20
look-alikes a set). Before these fixes the rules found 16 of 16 and 9 of 16 emergencies, graded 16
of 24 and 12 of 24 same-day cases exactly, and sent no look-alike to emergency.

What changed: English wordings of the acute scrotum ("L testis pain", "scrotum swollen red"), a
board-like abdomen ("abdo rigid like a board"), obstruction ("no stool no flatus", "belly very
swollen and tight", "drum-like"), fresh blood and clots from the back passage, loin pain going to
the groin, perineal skin "turning purple-black"; 肚脐周围疼 and "LIF pain" are abdominal pain; new
rules, each from its guideline: priapism (EAU 2023, an emergency), colic in a solitary kidney
(NICE CKS, an emergency), paraphimosis (EAU), a painful perianal lump (ASCRS 2016, NICE CKS), a
blocked catheter (NICE CG139, RCN 2021), fever or abdominal pain in cirrhosis (EASL 2018:
spontaneous bacterial peritonitis), upper abdominal pain through to the back with vomiting (中国急性
胰腺炎诊治指南 2021), scrotal pain building over days with urinary symptoms or fever (NICE CKS,
BASHH 2020: epididymo-orchitis, same day, not torsion); rebound told as 不太明显 is not peritonism;
"bluish tense lump" at the anal margin is not cyanosis. After: 16/16, 16/16; 20/24, 20/24;
look-alikes 20/20, 20/20.

Kept deliberately: melaena or coffee-ground vomit on aspirin or an NSAID with normal vital signs
stays an emergency (NICE CG141: admission; the Blatchford score needs a blood count the clinic has
not got); heavy bleeding with dizziness, pallor and a pulse over 100, and an Hb of 68 with
breathlessness, stay emergencies; a positive pregnancy test with one-sided pain and spotting stays
an emergency (NICE NG126: refer immediately); worsening left-sided pain with a fever at 68 stays
an emergency (worsening pain counts as severe).

Regraded since: r33-en-047 (paraphimosis after a catheter change that staff cannot reduce) is now
an emergency, not same day: NICE CKS and EAU 2023 call paraphimosis a urological emergency whose
reduction, when simple measures fail, needs immediate referral (held-out round 75, 2026-12-07)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "diabetic man 63, scrotum swollen red and very painful 2 days",
                "now skin at perineum turning purple-black and smells bad, I can feel crackling under skin",
                "T 38.9 HR 116 BP 98/60",
            ],
            _patient(23010, "male", ("type 2 diabetes",), pregnant=None),
            id="r33-en-003",
        ),  # EAU Guidelines on Urological Infections, Fournier's gangrene section (necrotising soft tissue infection of perineum -> immediate surgical debridement and broad-spectrum antibiotics)
        pytest.param(
            [
                "19 yo male student, L testis pain started suddenly ~2h ago, woke him from sleep, severe",
                "vomited once",
                "L testis lying higher than R and horizontal, v tender. no urinary symptoms, no trauma",
            ],
            _patient(6939, "male", (), pregnant=None),
            id="r33-en-007",
        ),  # NICE CKS Scrotal pain and swelling (suspected testicular torsion -> immediate emergency referral to urology); EAU urology guidelines acute scrotum
        pytest.param(
            [
                "50m L loin pain colicky since last night, goes to groin",
                "he had his R kidney removed years ago",
                "now fever 39.2 with rigors, passed very little urine today. HR 112 BP 104/68",
            ],
            _patient(18262, "male", ("right nephrectomy",), pregnant=None),
            id="r33-en-016",
        ),  # NICE NG118 / NICE CKS Renal or ureteric colic (immediate admission if signs of infection or solitary kidney); EAU Urolithiasis guideline (obstructed infected kidney -> urgent decompression)
        pytest.param(
            [
                "58yo man c/o epigastric pain started suddenly 2 hrs ago, says like being stabbed, now spreading whole abdomen",
                "taking ibuprofen 3 times a day for his knee about a month, no stomach protection",
                "abdo rigid like a board, lying very still, wont let me press. T 37.8 HR 118 BP 104/66 RR 24",
            ],
            _patient(21184, "male", ("knee osteoarthritis",), pregnant=None),
            id="r33-en-017",
        ),  # WSES 2020 guidelines on perforated peptic ulcer (sudden severe epigastric pain + generalised peritonitis = surgical emergency); NICE CKS Dyspepsia: suspected perforation -> emergency admission
        pytest.param(
            [
                "nursing home resident 86M, belly very swollen and tight since last night",
                "no stool no flatus 3 days, vomited brown smelly fluid twice",
                "HR 112 BP 100/60 T 37.2. abdomen drum-like, tender all over",
            ],
            _patient(
                31411,
                "male",
                (
                    "Parkinson's disease",
                    "chronic constipation",
                ),
                pregnant=None,
            ),
            id="r33-en-035",
        ),  # ASCRS 2016 clinical practice guideline colonic volvulus and acute colonic pseudo-obstruction; WSES 2017 bowel obstruction guidelines (complete obstruction with vomiting/tenderness -> emergency surgical admission)
        pytest.param(
            [
                "81F passing lots of fresh red blood and clots from back passage, 4 times since morning",
                "fainted in the toilet",
                "BP 90/58 HR 114",
            ],
            _patient(
                29585,
                "female",
                (
                    "atrial fibrillation",
                    "on rivaroxaban",
                ),
                pregnant=None,
            ),
            id="r33-en-037",
        ),  # BSG 2019 guideline on acute lower GI bleeding (unstable bleed, shock index >1 -> immediate resuscitation and CT angiography)
        pytest.param(
            [
                "man 52, erection not going down since 11pm last night, now 5am",
                "very painful, shaft rigid, glans soft",
                "he had an injection into penis for ED at a private clinic yesterday evening. no injury",
            ],
            _patient(18993, "male", ("erectile dysfunction",), pregnant=None),
            id="r33-en-041",
        ),  # EAU Guidelines on Sexual and Reproductive Health, priapism section (ischaemic priapism >4 h is an emergency requiring immediate corporal aspiration)
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "68岁女的，昨天开始肚脐周围疼，今天挪到右下边了",
                "不想吃饭，恶心，没吐",
                "T 37.8 BP 138/82 P 92，右下腹压痛挺明显，反跳痛不太明显",
            ],
            _patient(
                24837,
                "female",
                (
                    "高血压",
                    "糖尿病",
                ),
                pregnant=False,
            ),
            id="r33-zh-001",
        ),  # WSES Jerusalem guidelines 2020 (acute appendicitis)：转移性右下腹痛+发热+压痛→疑阑尾炎，老年人穿孔风险高，需当日外科评估/影像检查
        pytest.param(
            [
                "38岁男，右边阴囊肿痛两三天了，慢慢越来越疼",
                "小便有点烧 尿频",
                "T 37.9，把阴囊托起来疼能轻点",
            ],
            _patient(13879, "male", (), pregnant=None),
            id="r33-zh-026",
        ),  # NICE CKS Scrotal pain and swelling – epididymo-orchitis & BASHH 2020 epididymo-orchitis guideline：渐进性阴囊痛伴尿路症状→当日评估并开始抗生素(排除扭转)
        pytest.param(
            [
                "35岁男，屁股眼旁边长了个包，三天了，越来越疼，坐都坐不下",
                "红肿发热 摸着有波动感",
                "T 37.9",
            ],
            _patient(12783, "male", (), pregnant=None),
            id="r33-zh-039",
        ),  # ASCRS 2016 Clinical practice guideline for anorectal abscess：肛周脓肿需及时切开引流(当日)
        pytest.param(
            [
                "肝硬化腹水的那个病人，60岁男",
                "这两天说肚子比以前疼，有点发烧 T 38.0",
                "人清楚，BP 112/70 P 94",
            ],
            _patient(
                21915,
                "male",
                (
                    "酒精性肝硬化",
                    "腹水",
                ),
                pregnant=None,
            ),
            id="r33-zh-047",
        ),  # EASL 2018 Decompensated cirrhosis guideline & 肝硬化腹水诊疗指南(2023)：腹水患者发热/腹痛→疑自发性细菌性腹膜炎，当日入院诊断性腹穿
        pytest.param(
            [
                "62M known cirrhosis with ascites, tummy getting bigger and sore last 2 days",
                "T 37.9, diffuse tenderness, HR 92 BP 110/70, alert",
            ],
            _patient(
                22645,
                "male",
                (
                    "alcoholic liver cirrhosis",
                    "ascites",
                ),
                pregnant=None,
            ),
            id="r33-en-004",
        ),  # EASL 2018 clinical practice guidelines decompensated cirrhosis (suspected spontaneous bacterial peritonitis -> same-day diagnostic paracentesis and antibiotics)
        pytest.param(
            [
                "40 female, pain top of stomach going thru to her back, started after dinner 6h ago, vomited x2",
                "gallstones on scan last year",
                "BP 128/80 HR 96 T 37.6 SpO2 98%, alert, talking normally",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r33-en-015",
        ),  # Chinese guidelines for diagnosis and treatment of acute pancreatitis 2021 (suspected AP needs same-day hospital amylase/lipase and imaging; no organ failure)
        pytest.param(
            [
                "45M throbbing pain beside anus 4 days, worse every day",
                "red swollen tender lump next to anus, fever 38.1",
            ],
            _patient(16436, "male", ("type 2 diabetes",), pregnant=None),
            id="r33-en-032",
        ),  # ASCRS 2016 clinical practice guideline anorectal abscess (prompt incision and drainage); NICE CKS perianal abscess -> same-day surgical referral
        pytest.param(
            [
                "29F painful swelling at vulva L side 3 days, now can't sit or walk properly",
                "lump about 4cm, red hot and fluctuant. T 37.6",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r33-en-042",
        ),  # NICE CKS Bartholin's cyst and abscess (abscess -> same-day referral for incision and drainage/marsupialisation)
        pytest.param(
            [
                "36m very painful lump at anus since yesterday, can hardly sit",
                "bluish tense lump ~1.5cm at anal margin, started about 30 hours ago",
            ],
            _patient(13149, "male", (), pregnant=None),
            id="r33-en-044",
        ),  # NICE CKS Haemorrhoids (thrombosed external haemorrhoid presenting within 72 h -> consider same-day referral for excision)
        pytest.param(
            [
                "71 yo lady, bright red blood with clots when opening bowels, 3 times today",
                "HR 96 BP 126/76, Hb 112",
                "never bled like this before, no blood thinners",
            ],
            _patient(25932, "female", (), pregnant=None),
            id="r33-en-051",
        ),  # BSG 2019 guideline on acute lower GI bleeding (stable bleed with Oakland score >8 -> hospital admission)
        pytest.param(
            [
                "home visit: 88M long-term catheter, no urine in the bag for 6 hrs",
                "urine leaking around the catheter, lower belly swollen and uncomfortable",
                "T 36.9, no fever",
            ],
            _patient(
                32142,
                "male",
                (
                    "stroke",
                    "long-term urinary catheter",
                ),
                pregnant=None,
            ),
            id="r33-en-052",
        ),  # NICE CG139 (long-term urinary catheters) and RCN catheter care guidance 2021 (blocked catheter with retention -> prompt same-day catheter change)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "68岁男，夜里起来尿三四回，尿线细，要等半天才尿出来",
                "但是能尿出来，尿完小肚子不胀",
                "没尿血 没发烧",
            ],
            _patient(24837, "male", ("前列腺增生",), pregnant=None),
            id="r33-zh-008",
        ),  # NICE CG97 LUTS in men 1.2-1.4：无尿潴留的下尿路症状→基层常规评估(IPSS、直肠指检、PSA咨询)
        pytest.param(
            [
                "40男，大便完擦纸上有鲜血 还滴了几滴",
                "痔疮好几年了，这两天上火便秘 使劲了",
                "不疼，大便习惯没变 人没瘦",
            ],
            _patient(14610, "male", ("痔疮",), pregnant=None),
            id="r33-zh-012",
        ),  # NICE CKS Haemorrhoids & NICE NG12 1.3：<50岁既往痔疮、无排便习惯改变/体重下降/贫血的少量鲜血便→膳食纤维、饮水、局部用药自我护理
        pytest.param(
            [
                "55男，右边大腿根鼓个包半年了，站久了就出来",
                "躺下就没了，自己用手一推就回去了",
                "不疼，吃饭大便都正常",
            ],
            _patient(20088, "male", (), pregnant=None),
            id="r33-zh-013",
        ),  # HerniaSurge 2018 groin hernia guideline & 成人腹股沟疝诊断和治疗指南(2018)：可回纳、无症状腹股沟疝→择期外科门诊
        pytest.param(
            [
                "30男 昨晚吃了伟哥 硬了两个钟头左右才软下去",
                "今天早上已经正常了 不疼 颜色也正常",
                "来问问有没有事",
            ],
            _patient(10957, "male", (), pregnant=None),
            id="r33-zh-015",
        ),  # EAU Guidelines on Sexual and Reproductive Health – Priapism：<4小时自行消退的勃起不属于缺血性阴茎异常勃起，无需处理，告知>4小时需急诊
        pytest.param(
            [
                "62岁男，早上尿是红的 像洗肉水一样",
                "不疼 不发烧 没有尿频尿痛 小便也顺",
                "抽了几十年烟。现在尿已经清了",
            ],
            _patient(22645, "male", (), pregnant=None),
            id="r33-zh-020",
        ),  # NICE NG12 1.6.4：≥45岁无感染的无痛性肉眼血尿→疑似膀胱癌快速通道(2周内)，非当日急症
        pytest.param(
            [
                "60男 胃口不好 上腹隐隐作痛两个多月了",
                "瘦了差不多8斤 饭量也小了",
                "没吐血黑便 不头晕 P 78 BP 126/80",
            ],
            _patient(21915, "male", (), pregnant=None),
            id="r33-zh-021",
        ),  # NICE NG12 1.2.7：≥55岁体重下降伴上腹痛→2周内直接胃镜(疑似癌症通道)，非当日急症
        pytest.param(
            [
                "65男，左边阴囊慢慢变大一年多了",
                "不疼，摸着软软的像个水袋，手电一照透亮",
                "不发烧 小便正常",
            ],
            _patient(23741, "male", (), pregnant=None),
            id="r33-zh-022",
        ),  # NICE CKS Scrotal pain and swelling – hydrocele：无痛、透光试验阳性的阴囊肿大→常规门诊/超声，非急症
        pytest.param(
            [
                "35男，吃完饭胃里烧心 反酸 老打嗝",
                "这个月应酬多 喝酒吃辣的，差不多两周了",
                "没吐血 没黑便，体重没掉，咽东西没问题",
            ],
            _patient(12783, "male", (), pregnant=None),
            id="r33-zh-024",
        ),  # NICE CG184 Dyspepsia and GORD 1.2-1.4 & NICE CKS Dyspepsia：<55岁无报警症状→生活方式调整、非处方抑酸/抗酸药自我护理
        pytest.param(
            [
                "42岁女，这半年月经量越来越多，一次要用好几包卫生巾",
                "经期7天左右，规律的，最近有点乏",
                "查了血色素102，心率78 BP 116/70",
            ],
            _patient(15340, "female", (), pregnant=False),
            id="r33-zh-027",
        ),  # NICE NG88 Heavy menstrual bleeding 1.2-1.5：慢性月经过多伴轻度贫血、生命体征稳定→常规门诊(血常规、药物治疗、补铁)
        pytest.param(
            [
                "19岁女学生 来月经第一天 小肚子疼得厉害 趴桌子上了",
                "每回来都这样，吃片布洛芬能好点",
                "月经挺准的，不发烧，白带正常",
            ],
            _patient(6939, "female", (), pregnant=None),
            id="r33-zh-029",
        ),  # NICE CKS Dysmenorrhoea (primary)：典型原发性痛经→NSAID、热敷自我护理
        pytest.param(
            [
                "58岁女，绝经七八年了，这礼拜内裤上见了点血",
                "量不多 就两三天，不疼",
                "人好好的 不头晕",
            ],
            _patient(21184, "female", (), pregnant=False),
            id="r33-zh-031",
        ),  # NICE NG12 1.5.11：≥55岁绝经后出血→疑似癌症快速通道(2周内就诊)，非当日急症
        pytest.param(
            [
                "45女 胆结石 昨晚吃了炖肉后右上腹疼了一个多钟头",
                "今天已经不疼了，没发烧 眼睛不黄 能吃东西",
                "摸肚子软的 墨菲征阴性",
            ],
            _patient(16436, "female", ("胆囊结石",), pregnant=False),
            id="r33-zh-033",
        ),  # NICE CG188 Gallstone disease 1.2：已缓解的单纯胆绞痛→择期转诊腹腔镜胆囊切除，非急症
        pytest.param(
            [
                "35岁女，体检B超说左边卵巢有个囊肿 3.2公分 单纯性的",
                "她一点感觉都没有，吓坏了，问要不要赶紧去大医院",
                "月经正常",
            ],
            _patient(12783, "female", (), pregnant=False),
            id="r33-zh-035",
        ),  # RCOG Green-top Guideline 62 (premenopausal ovarian masses)：无症状<50mm单纯性囊肿多为生理性，无需随访，告知突发剧痛时就诊
        pytest.param(
            [
                "70岁老太太 4天没大便了 肚子有点胀",
                "她说一直这样，便秘好多年了，这两天青菜吃得少",
                "有放屁，没吐，肚子软，不怎么疼",
            ],
            _patient(25567, "female", ("慢性便秘",), pregnant=False),
            id="r33-zh-036",
        ),  # NICE CKS Constipation：慢性便秘无报警症状(有排气、无呕吐、腹软)→饮食纤维、饮水、渗透性泻药自我护理
        pytest.param(
            [
                "33女，下面痒，白带跟豆腐渣一样",
                "前几天感冒吃了头孢",
                "不发烧 肚子不疼 没啥异味",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r33-zh-038",
        ),  # NICE CKS Candida – female genital & 外阴阴道假丝酵母菌病诊治专家共识：典型外阴阴道念珠菌病→非处方克霉唑等自我护理
        pytest.param(
            [
                "30岁男，昨晚吃了路边烧烤，今早开始拉肚子",
                "拉了6回稀水 吐了2次 肚子一阵阵绞着疼 拉完松快点",
                "T 37.4 还能喝水 尿也正常 没有血便",
            ],
            _patient(10957, "male", (), pregnant=None),
            id="r33-zh-040",
        ),  # NICE CKS Gastroenteritis & WHO 腹泻管理：无脱水、无血便的急性胃肠炎→口服补液盐等居家护理
        pytest.param(
            [
                "38男 搬水泥以后右边腰疼 弯腰转身更疼",
                "躺着不动就好些，按腰肌那块疼",
                "尿常规正常 不发烧 腿不麻 大小便都正常",
            ],
            _patient(13879, "male", (), pregnant=None),
            id="r33-zh-048",
        ),  # NICE NG59 Low back pain and sciatica 1.2：无红旗征的机械性腰痛→自我管理、保持活动、NSAID
        pytest.param(
            [
                "24女 右下腹有点疼 隐隐的 昨天开始的",
                "算了一下正好在两次月经中间，以前也有过一两回，一两天就好",
                "不发烧不吐 T 36.7，按着不怎么疼，走路没事，尿hcg阴性",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r33-zh-051",
        ),  # NHS guidance Ovulation pain (mittelschmerz)：月经周期中段短暂轻度单侧下腹痛、无发热/腹膜刺激征、妊娠阴性→止痛药自我护理
        pytest.param(
            [
                "30岁女，这两天尿频尿急，尿的时候烧得慌",
                "没发烧 腰不疼 白带正常 没怀孕",
                "以前没怎么得过",
            ],
            _patient(10957, "female", (), pregnant=False),
            id="r33-zh-055",
        ),  # NICE NG109 UTI (lower) 1.1：非妊娠健康女性单纯下尿路感染→自我护理建议+延迟或即时抗生素处方，常规就诊即可
        pytest.param(
            [
                "28岁女，老是肚子胀，一阵阵的疼，拉完就好了",
                "一会拉稀一会便秘 大半年了，压力大的时候更厉害",
                "没便血 体重没变 家里没人得肠癌",
            ],
            _patient(10227, "female", (), pregnant=None),
            id="r33-zh-060",
        ),  # NICE CG61 Irritable bowel syndrome 1.1：符合IBS且无报警症状→常规门诊确诊(血常规、CRP、乳糜泻抗体)，非急症
        pytest.param(
            [
                "28F cramping lower belly on and off ~8 months, better after going to toilet",
                "sometimes diarrhoea sometimes constipated, bloated by evening",
                "no blood, no weight loss, no family hx of bowel cancer",
            ],
            _patient(10227, "female", (), pregnant=False),
            id="r33-en-001",
        ),  # NICE CG61 irritable bowel syndrome in adults (routine diagnosis and management; no red flags)
        pytest.param(
            [
                "44M noticed small lump in scrotum few weeks, not painful",
                "on exam smooth pea sized lump on top of L testis, separate from testis, testis itself normal",
            ],
            _patient(16071, "male", (), pregnant=None),
            id="r33-en-005",
        ),  # NICE CKS Scrotal pain and swelling (epididymal cyst: painless, separate from testis -> routine ultrasound/review); NICE NG12 testicular criteria not met
        pytest.param(
            [
                "34F brought health check scan report: L ovary simple cyst 3.2cm",
                "no pain, periods normal, she's very worried",
            ],
            _patient(12418, "female", (), pregnant=False),
            id="r33-en-006",
        ),  # RCOG Green-top Guideline 62 (premenopausal simple ovarian cyst <50 mm usually resolves; no follow-up needed)
        pytest.param(
            [
                "38F fresh blood on toilet paper after straining, for 1 wk",
                "no pain, known piles since 2nd baby, bowel habit unchanged, no weight loss",
            ],
            _patient(13879, "female", ("haemorrhoids",), pregnant=False),
            id="r33-en-009",
        ),  # NICE CKS Haemorrhoids (fibre, fluids, topical treatment); NICE NG12 colorectal referral criteria not met (under 50, no other symptoms)
        pytest.param(
            [
                "26F sharp pain R lower abdomen since this morning, mild",
                "day 14 of cycle, she says gets this mid-month sometimes",
                "UPT neg, T 36.7 HR 76, abdo soft, no vomiting, no discharge",
            ],
            _patient(9496, "female", (), pregnant=False),
            id="r33-en-010",
        ),  # NICE NG126 1.1 (negative pregnancy test excludes ectopic) and NICE CKS Dysmenorrhoea/ovulation pain: mittelschmerz is self-limiting, simple analgesia
        pytest.param(
            [
                "33M occasional burning upper stomach after big meals and spicy food, few weeks",
                "no vomiting, no black stool, weight same, swallowing ok",
                "drinks lots of coffee, smokes",
            ],
            _patient(12053, "male", (), pregnant=None),
            id="r33-en-012",
        ),  # NICE CKS Dyspepsia - unidentified cause / NICE CG184 (under 55, no alarm features: lifestyle advice and OTC antacid)
        pytest.param(
            [
                "61F feels bloated most days for 2 months, gets full quickly when eating",
                "no vomiting, bowels normal, no pain, abdomen soft not distended",
            ],
            _patient(22280, "female", (), pregnant=False),
            id="r33-en-018",
        ),  # NICE NG12 1.5 (persistent bloating in women 50+ -> CA125 test in primary care, routine, not same day)
        pytest.param(
            [
                "30F itchy vulva and thick white discharge 3 days",
                "no smell, no pelvic pain, no fever, had antibiotics for her throat last week",
            ],
            _patient(10957, "female", (), pregnant=False),
            id="r33-en-021",
        ),  # NICE CKS Candida - female genital (uncomplicated vulvovaginal candidiasis: OTC antifungal self-care)
        pytest.param(
            [
                "30M vomiting and diarrhoea since last night, 3 workmates same after canteen lunch",
                "keeping water down now, peeing ok, no blood in stool, T 37.6 HR 86",
            ],
            _patient(10957, "male", (), pregnant=None),
            id="r33-en-022",
        ),  # NICE CKS Gastroenteritis (adult without dehydration or red flags: oral fluids and self-care)
        pytest.param(
            [
                "19F cramps lower tummy, period started today",
                "always like this first 2 days since age 14, ibuprofen usually helps",
                "no fever, no abnormal discharge, not sexually active",
            ],
            _patient(6939, "female", (), pregnant=False),
            id="r33-en-025",
        ),  # NICE CKS Dysmenorrhoea (primary dysmenorrhoea: NSAID, heat, self-care)
        pytest.param(
            [
                "42M had kidney stone pain 2 days ago, got painkiller injection at township hospital",
                "this morning passed a small stone in urine, now no pain",
                "no fever, peeing normally",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r33-en-026",
        ),  # NICE NG118 renal and ureteric stones (stone passed, pain free, no infection: routine stone analysis and follow-up)
        pytest.param(
            [
                "29F burning when peeing, going often, since yesterday",
                "no fever, no back pain, no discharge, not pregnant, first UTI this year",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r33-en-030",
        ),  # NICE NG109 lower UTI in non-pregnant women (self-care or back-up/immediate antibiotic; routine)
        pytest.param(
            [
                "35F worried, urine red this morning",
                "ate a lot of red dragon fruit yesterday",
                "no pain no fever, dipstick blood negative",
            ],
            _patient(12783, "female", (), pregnant=None),
            id="r33-en-031",
        ),  # NICE NG12 visible haematuria criteria not met (dipstick negative; pigment from red dragon fruit is benign pseudohaematuria) - reassurance
        pytest.param(
            [
                "55M bulge in R groin when coughing or lifting, few months",
                "goes back in when he lies down, not painful, no vomiting, bowels normal",
            ],
            _patient(20088, "male", (), pregnant=None),
            id="r33-en-033",
        ),  # NICE CKS Inguinal hernia (reducible, asymptomatic or mildly symptomatic inguinal hernia -> routine surgical referral)
        pytest.param(
            [
                "58F some vaginal spotting 2 days, menopause at 51",
                "not heavy, no pain, feels well, BP 126/78",
            ],
            _patient(21184, "female", (), pregnant=False),
            id="r33-en-034",
        ),  # NICE NG12 1.5 (post-menopausal bleeding age 55+ -> suspected cancer pathway referral for endometrial cancer, within 2 weeks, not same day)
        pytest.param(
            [
                "41F periods heavy for about a year, using night pads in daytime, lasts 6 days",
                "cycle regular, Hb 121, no dizziness, no bleeding between periods",
            ],
            _patient(14975, "female", (), pregnant=False),
            id="r33-en-038",
        ),  # NICE NG88 heavy menstrual bleeding (no anaemia: routine assessment and pharmacological treatment)
        pytest.param(
            [
                "66M gets up 2-3 times at night to pee, stream slow for months",
                "empties ok, no pain, no blood, no fever",
            ],
            _patient(24106, "male", ("hypertension",), pregnant=None),
            id="r33-en-043",
        ),  # NICE CG97 lower urinary tract symptoms in men (routine assessment, PSA discussion, lifestyle/alpha-blocker)
        pytest.param(
            [
                "76F no BM for 4 days, belly feels bloated",
                "started codeine/paracetamol for her knee 1 wk ago",
                "passing wind, eating normal, no vomiting, abdo soft non tender",
            ],
            _patient(27759, "female", ("knee osteoarthritis",), pregnant=None),
            id="r33-en-045",
        ),  # NICE CKS Constipation (drug-induced constipation without red flags: fluids, fibre, osmotic/stimulant laxative, review analgesic)
        pytest.param(
            [
                "47F had bad pain under R ribs last night for 2 hours after hotpot",
                "now pain completely gone, no fever, not yellow, ate breakfast fine",
                "T 36.6, abdo soft non tender today, Murphy neg",
            ],
            _patient(17166, "female", ("gallstones",), pregnant=False),
            id="r33-en-053",
        ),  # NICE CG188 gallstone disease 1.2 (resolved biliary colic: routine referral for laparoscopic cholecystectomy)
        pytest.param(
            [
                "25M sharp pain when opening bowels 1 week, like passing glass",
                "small streak of bright blood on the stool, been constipated lately",
                "no fever, no lump",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r33-en-058",
        ),  # NICE CKS Anal fissure (acute fissure: fibre, fluids, laxatives, simple analgesia, sitz baths)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
