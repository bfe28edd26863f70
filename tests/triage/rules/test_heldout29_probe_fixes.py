# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-ninth held-out round (2026-12-07, at commit 5fb2c63: two reviewers, 120 cases on mental
health, substances and behaviour as they reach a village clinic: suicidal thoughts at every level,
self-harm, first-episode and postpartum psychosis, command hallucinations, mania, catatonia,
eating disorders, alcohol and benzodiazepine withdrawal, Wernicke's, acute dystonia, clozapine
and lithium, stimulant psychosis, grief and stress as look-alikes; 16 emergencies, 24 same-day and
20 look-alikes a set). Before these fixes the rules found 14 of 16 and 12 of 16 emergencies,
graded 10 of 24 and 6 of 24 same-day cases exactly, and sent 2 of 20 and 3 of 20 look-alikes to
emergency.

What changed: 常年喝酒 is heavy drinking (Wernicke's then follows from unsteadiness and double
vision, NICE CG100); a voice commanding him to kill a neighbour is a command hallucination; "says
the baby has been swapped" after a birth is postpartum psychosis (NICE CG192); a wrist wound
"spurting, soaking through the dressing" bleeds; "decided to end it tonight", "wrote letters to her
kids" and "been saving her amitriptyline" are intent and means; new catatonia rule (not moving or
speaking, a limb held where it is put; with fever, a fast pulse or no drinking an emergency, else
same day; BAP 2023); new eating-disorder rule (restricting or purging with a slow pulse, lost
periods, weight loss or cramps: same day; NICE NG69, MEED 2022); clozapine missed is re-titrated
under the prescriber the same day (BNF); self-harm told as 用小刀划的 or "cuts on her thigh, did
them with a blade"; passive wishes told as "go to sleep and not wake up", "wants to be with them",
"says she's a burden", 想跟着爸一起走, 孩子没有她会更好; "doesn't want to die" denies intent;
alcohol stopped (昨天晚上开始没喝), benzodiazepines stopped (一下子全停了), an acute dystonia
(脖子往一边歪 眼睛往上翻, "neck twisted… eyes rolling upwards"), a dementia's sudden worse
confusion, psychosis ("people on TV are talking about him", "hearing whispers"), mania ("talking
nonstop", "spent all their savings"); a relative's suicide (她弟弟半年前自杀了) and "a man in her
village drank pesticide" are someone else's; "never had shakes or fits" stays denied; pesticides
locked away by the family are a safety step, not an exposure; 以为是抽筋 is what they took it for;
a reassuring form after a cue that had its own symptom stands (没吐 走路稳, 没摔过 精神好). After:
16/16, 16/16; 17/24, 21/24; look-alikes 20/20, 19/20.

Kept deliberately: current suicidal thoughts, a plan or a thought of a method (想过跳河, "thought
about jumping off the bridge", notes saying she wants to die) stay emergencies, as WHO mhGAP's
imminent risk, even when the person promises to stay safe and family are with them (the reviewers
graded them same day after NICE NG225); a stimulant psychosis stays the stimulant rule's
emergency; a panic attack with chest tightness that settled stays an emergency (NICE CG95 does not
let a normal ECG exclude ACS); new confusion with a urine infection at 84 is an emergency (NICE
NG51)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "男 56 常年喝酒 吃饭很少",
                "今天家属说他走路东倒西歪 说话颠三倒四",
                "两个眼珠子一直抖 看东西重影",
                "今天没喝 身上也没酒味",
            ],
            _patient(20440, "male", ("酒精依赖",), pregnant=False),
            id="r29-zh-032",
        ),  # NICE CG100 1.1 Wernicke's encephalopathy: parenteral thiamine, hospital
        pytest.param(
            [
                "男 38 有精神病 停药两个月了",
                "说有个声音一直命令他杀了隔壁老李",
                "现在拿着菜刀在院子里 家里人不敢靠近",
            ],
            _patient(13870, "male", ("精神分裂症",), pregnant=False),
            id="r29-zh-035",
        ),  # WHO mhGAP-IG 2.0 PSY: agitation with imminent risk to others – emergency; 严重精神障碍管理治疗工作规范 应急处置
        pytest.param(
            [
                "27F, baby 12 days old, husband brought her in",
                "no sleep last 2 nights, talking very fast, says the baby has been swapped and is a demon",
                "keeps trying to leave the house with the baby in the middle of the night",
                "afebrile, obs ok",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r29-en-001",
        ),  # NICE CG192 (sudden onset of symptoms suggesting postpartum psychosis: refer for immediate assessment by secondary/perinatal mental health, within 4 hours)
        pytest.param(
            [
                "22M cut his forearm with a razor 20 min ago, friend brought him in",
                "deep wound near the wrist, spurting, soaking through pressure dressing",
                "pale and dizzy, HR 125 BP 95/60",
            ],
            _patient(8030, "male", (), pregnant=None),
            id="r29-en-009",
        ),  # NICE NG225 1.3 (self-harm needing urgent physical care: emergency department); RCUK first aid — catastrophic haemorrhage
        pytest.param(
            [
                "42M family say he has barely moved from bed for 4 days and not said a word",
                "nothing to eat or drink for 3 days, lips cracked, very little dark urine",
                "arm stays in an odd position when I lift it, T 38.2 HR 118",
            ],
            _patient(15330, "male", ("depression",), pregnant=None),
            id="r29-en-043",
        ),  # WHO mhGAP-IG 2.0 DEP/PSY (refusal of food and fluids with dehydration: emergency medical care); catatonia with autonomic instability (malignant catatonia) — emergency
        pytest.param(
            [
                "34F here for depression review, tells me she has decided to end it tonight",
                "been saving her amitriptyline, says ~60 tabs at home, already wrote letters to her kids",
                "very flat, barely answering, won't agree to anyone staying with her",
                "has NOT taken anything yet",
            ],
            _patient(12410, "female", ("depression",), pregnant=False),
            id="r29-en-047",
        ),  # WHO mhGAP-IG 2.0 SUI 1 (imminent risk: current plan with means, uncommunicative — do not leave alone, remove means, urgent specialist/emergency care); NICE NG225 1.4
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "初二女生15岁 班主任带来的",
                "左手腕有几道划痕 昨晚用小刀划的 已经结痂了 没出血",
                "说心情不好 跟家里吵架",
                "现在没想死 但说以前也划过几次",
                "妈妈在路上了",
            ],
            _patient(5475, "female", (), pregnant=False),
            id="r29-zh-008",
        ),  # NICE NG225 primary/community care: under-18 who has self-harmed – urgent referral for assessment
        pytest.param(
            [
                "男19 前天开始吃氟哌啶醇",
                "今天突然脖子往一边歪 眼睛往上翻",
                "能说话 能喝水 呼吸正常",
                "神志清楚 不发烧",
            ],
            _patient(6935, "male", ("精神分裂症",), pregnant=False),
            id="r29-zh-017",
        ),  # BNF antipsychotics: acute dystonic reaction – same-day antimuscarinic treatment and review
        pytest.param(
            [
                "产后六周 女 32",
                "最近一个月情绪低落 不想吃饭 带孩子没兴趣",
                "说有时候觉得孩子没有她会更好",
                "没有具体想法怎么做 没有幻听",
                "婆婆在家帮着带",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="r29-zh-031",
        ),  # NICE CG192 1.10: persistent feelings of incompetence/thoughts of self-harm in perinatal period – urgent referral
        pytest.param(
            [
                "男 44 天天喝酒十几年",
                "昨天晚上开始没喝 今早手抖 出汗 心慌 想吐",
                "神志清楚 没看到奇怪的东西 以前没抽过风",
                "血压150/95 心率102 体温36.9",
                "他想在家戒 老婆在家陪",
            ],
            _patient(16060, "male", ("酒精依赖",), pregnant=False),
            id="r29-zh-034",
        ),  # NICE CG100 1.1 / CG115 1.3 alcohol withdrawal without high-risk features: community assisted withdrawal same day
        pytest.param(
            [
                "女 63 吃了五年的安定 每晚2片",
                "一个礼拜前自己觉得吃药不好 一下子全停了",
                "这几天心慌 手抖 睡不着 耳朵里嗡嗡响",
                "神志清楚 没抽过 血压140/85",
            ],
            _patient(22995, "female", ("失眠",), pregnant=False),
            id="r29-zh-043",
        ),  # NICE CKS Benzodiazepine and z-drug withdrawal: abrupt cessation – same-day review, restart and taper
        pytest.param(
            [
                "女21 大学生 说自己暴食后抠吐 一天好几次 半年了",
                "最近老觉得没劲 腿有时抽筋",
                "心率80 血压105/70 没晕过",
                "体重正常",
            ],
            _patient(7665, "female", (), pregnant=False),
            id="r29-zh-050",
        ),  # NICE NG69 1.5 bulimia with frequent vomiting: same-day electrolyte assessment
        pytest.param(
            [
                "女15 这半年一直节食 瘦了8公斤",
                "身高158 体重38 月经三个月没来",
                "心率56 血压95/60 站起来不头晕",
                "没晕倒过 能走路上学",
            ],
            _patient(5475, "female", (), pregnant=False),
            id="r29-zh-059",
        ),  # NICE NG69 1.2 suspected anorexia: immediate referral to eating disorder service, no emergency physical risk
        pytest.param(
            [
                "33F bipolar, husband says she stopped her meds a month ago",
                "sleeping 2-3 hrs a night for a week, talking nonstop, spent all their savings on jade bracelets",
                "cheerful, not aggressive, no hallucinations, eating and drinking",
            ],
            _patient(12045, "female", ("bipolar disorder",), pregnant=False),
            id="r29-en-006",
        ),  # NICE CG185 1.2 (suspected mania in primary care: urgent referral for specialist mental health assessment)
        pytest.param(
            [
                "63M lost his wife and grandson in the landslide 10 days ago",
                "barely eating, sits alone all day, says he wants to be with them",
                "asked directly: no plan, hasn't thought how, drinking water, his brother is staying with him",
            ],
            _patient(22995, "male", ("COPD",), pregnant=None),
            id="r29-en-010",
        ),  # WHO mhGAP Humanitarian Intervention Guide / mhGAP-IG 2.0 SUI (grief after disaster with suicidal thoughts but no imminent risk: same-day assessment, support, follow-up)
        pytest.param(
            [
                "72F daughter says she stopped cooking, eating a few mouthfuls a day for 3 wks, lost ~4kg",
                "still drinking tea and water, passing urine normally",
                "very low, says she's a burden, no plan to hurt herself",
                "obs normal, BG 7.2",
            ],
            _patient(
                26280,
                "female",
                (
                    "hypertension",
                    "type 2 diabetes",
                ),
                pregnant=None,
            ),
            id="r29-en-016",
        ),  # NICE NG222 (severe depression with self-neglect/weight loss: urgent referral to specialist mental health); WHO mhGAP-IG 2.0 DEP
        pytest.param(
            [
                "22M started fluoxetine 10 days ago",
                "feels restless, can't sit still, new thoughts about death popping into his head",
                "no plan, no tablets stockpiled, mum at home",
            ],
            _patient(8030, "male", ("depression",), pregnant=None),
            id="r29-en-022",
        ),  # NICE NG222 (antidepressant safety: review under-25s within 1 week) / NICE CKS Depression (under-25s starting antidepressant with emerging suicidal thoughts or agitation: same-day review)
        pytest.param(
            [
                "23F showed me cuts on her thigh, did them last night with a blade",
                "superficial, not gaping, bleeding stopped, tetanus up to date",
                "says she does it when overwhelmed, denies wanting to die, no pills taken",
            ],
            _patient(8395, "female", (), pregnant=False),
            id="r29-en-023",
        ),  # NICE NG225 1.4 (self-harm presenting in primary care: urgent referral for psychosocial assessment; no urgent physical care needed)
        pytest.param(
            [
                "41M on clozapine 400mg, ran out and missed 3 days",
                "wants to restart his usual dose today",
                "well in himself, obs normal",
            ],
            _patient(
                14965,
                "male",
                (
                    "schizophrenia",
                    "on clozapine",
                ),
                pregnant=None,
            ),
            id="r29-en-027",
        ),  # Clozapine SPC / BNF (more than 48h missed: do not restart at previous dose, re-titrate under same-day prescriber review)
        pytest.param(
            [
                "58F, her son took his own life 3 wks ago",
                "says sometimes she wishes she could go to sleep and not wake up",
                "no plan, no pills saved, sister staying with her",
                "but drinking more rice wine every night and hardly sleeping",
            ],
            _patient(21170, "female", (), pregnant=None),
            id="r29-en-032",
        ),  # WHO mhGAP-IG 2.0 SUI (passive death wish with risk factors — bereavement by suicide, increased alcohol: same-day risk assessment and support); NICE NG225
        pytest.param(
            [
                "54F on lorazepam 2mg daily for 5 yrs, ran out 3 days ago",
                "very anxious, shaky, can't sleep, says sounds are too loud",
                "no fits, fully oriented, obs normal",
            ],
            _patient(19710, "female", ("anxiety",), pregnant=False),
            id="r29-en-038",
        ),  # NICE CKS Benzodiazepine and z-drug withdrawal / BNF (abrupt withdrawal after long-term use risks seizures: same-day review, restart and taper)
        pytest.param(
            [
                "45M last drink yesterday evening, usually 6-8 bottles of beer a day",
                "hands shaky, sweaty, anxious, slept badly",
                "fully oriented, no hallucinations, never had fits or DTs before",
                "HR 98 BP 148/92 T 36.9",
            ],
            _patient(16425, "male", ("alcohol dependence",), pregnant=None),
            id="r29-en-039",
        ),  # NICE CG100 1.1.1 (acute alcohol withdrawal without high-risk features: same-day assessment, symptom-triggered benzodiazepine, admission not required)
        pytest.param(
            [
                "19M had haloperidol injection yesterday at the county hospital for agitation",
                "this morning neck twisted to the left, eyes rolling upwards, very frightened",
                "breathing fine, talking normally, swallowing ok",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r29-en-040",
        ),  # WHO mhGAP-IG 2.0 PSY / BNF Antipsychotics (acute dystonia without airway involvement: anticholinergic e.g. biperiden/procyclidine, same day)
        pytest.param(
            [
                "24M, 3 small round burns on L forearm, says he did them with a cigarette 2 days ago when angry",
                "not infected, no other injuries",
                "says he doesn't want to die, lives with his parents",
            ],
            _patient(8760, "male", (), pregnant=None),
            id="r29-en-045",
        ),  # NICE NG225 1.4 (self-harm in primary care without urgent physical need: urgent referral for psychosocial assessment)
        pytest.param(
            [
                "27M uses meth, last used 2 days ago",
                "thinks neighbours are spying on him with cameras, not sleeping",
                "calm with me, no weapons, no threats to anyone",
                "T 36.8 HR 90 BP 130/80",
            ],
            _patient(9855, "male", (), pregnant=None),
            id="r29-en-049",
        ),  # WHO mhGAP-IG 2.0 SUB/PSY (stimulant-induced psychotic symptoms without agitation or medical complications: same-day assessment)
        pytest.param(
            [
                "19F, weight dropping, BMI now 15.2",
                "HR 52, BP 98/62, no fainting, no chest pain, drinking fluids",
                "periods stopped 6 months, eats one meal a day",
            ],
            _patient(6935, "female", ("anorexia nervosa",), pregnant=False),
            id="r29-en-050",
        ),  # NICE NG69 1.2 (suspected/known eating disorder with weight loss: immediate referral to specialist eating disorder service); RCPsych MEED 2022 (amber, not red, risk)
        pytest.param(
            [
                "20M uni student home for the holidays, mum worried",
                "past 3 wks says people on TV are talking about him, hears a voice commenting on what he's doing",
                "stopped going out, sleeping poorly",
                "no threats to anyone, no talk of suicide, eating and drinking ok",
            ],
            _patient(7300, "male", (), pregnant=None),
            id="r29-en-054",
        ),  # NICE CG178 1.3.1 (first presentation of sustained psychotic symptoms: urgent referral to early intervention in psychosis service)
        pytest.param(
            [
                "16M smokes a lot of cannabis with friends, parents worried",
                "last month hearing whispers, thinks classmates are plotting against him, stopped school",
                "no aggression, no self-harm, eating ok",
            ],
            _patient(5840, "male", (), pregnant=None),
            id="r29-en-057",
        ),  # NICE CG155 (first-episode psychosis in young people: urgent referral to CAMHS/early intervention in psychosis)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "张大娘68岁 老伴上个月走了",
                "最近老哭 睡不好 吃饭少一点",
                "问过了 说没有想死的念头 就是想他",
                "儿女都在身边照顾 血压130/80",
            ],
            _patient(None, "female", ("高血压",), pregnant=False),
            id="r29-zh-002",
        ),  # WHO mhGAP-IG 2.0 OTH (bereavement): support, no referral
        pytest.param(
            [
                "来开药的 精神分裂症 吃利培酮4mg五年了",
                "十年前发病的时候听到声音叫他去死 住过院",
                "现在稳定 没有幻听 在家干农活",
                "就是来续方 顺便问要不要查血糖",
            ],
            _patient(16425, "male", ("精神分裂症",), pregnant=False),
            id="r29-zh-005",
        ),  # 严重精神障碍管理治疗工作规范（2018年版）稳定期患者随访; NICE CG178 1.5.3 physical health monitoring
        pytest.param(
            [
                "女 26 昨晚突然心慌 手麻 觉得自己要死了",
                "大概20分钟自己好了",
                "今天来测 心率78 血压118/76 血氧99 心电图正常",
                "以前也这样发过三四次 都是加班压力大的时候",
                "没有胸痛 没晕过",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r29-zh-009",
        ),  # NICE CG113 1.4 panic disorder in primary care
        pytest.param(
            [
                "男 35 最近工作压力大心情不好 睡眠差",
                "我直接问了有没有想过伤害自己",
                "他说绝对不会 有两个孩子 老婆对他很好",
                "没有计划 也没有过自伤史 不喝酒",
                "想开点药调理一下",
            ],
            _patient(12775, "male", (), pregnant=False),
            id="r29-zh-012",
        ),  # WHO mhGAP-IG 2.0 SUI assessment: no imminent risk; NICE NG222 routine depression management
        pytest.param(
            [
                "王姐来拿降压药 顺便说睡不好",
                "她说去年隔壁邻居喝农药走了 她是第一个发现的",
                "这一年偶尔会梦到 但白天干活正常",
                "她自己没有想伤害自己 心情还行 就是入睡困难",
            ],
            _patient(20075, "female", ("高血压",), pregnant=False),
            id="r29-zh-015",
        ),  # NICE CKS Insomnia; WHO mhGAP-IG 2.0 OTH
        pytest.param(
            [
                "女20 来打疫苗的",
                "看到手臂上有很多旧疤 我问了一下",
                "说是初中时候划的 已经三年多没划过了",
                "现在上大学 心情还好 睡眠正常 否认想死",
            ],
            _patient(7300, "female", (), pregnant=False),
            id="r29-zh-018",
        ),  # NICE NG225: past self-harm without current risk – routine care
        pytest.param(
            [
                "男 50 以前喝酒厉害",
                "一个月前戒的 刚开始几天手抖出汗 在乡卫生院开过药",
                "现在不抖了 睡觉也好了 没看到过奇怪的东西",
                "想来查个肝功能",
            ],
            _patient(
                18250,
                "male",
                (
                    "酒精依赖（已戒）",
                    "脂肪肝",
                ),
                pregnant=False,
            ),
            id="r29-zh-021",
        ),  # NICE CG115 1.3 follow-up after assisted withdrawal
        pytest.param(
            [
                "地震后第5天 一个中年妇女",
                "说晚上老做噩梦 一有响动就吓一跳",
                "房子塌了住安置点 但白天能帮忙做饭",
                "没有想死 吃饭还行",
                "想要点安眠药",
            ],
            _patient(16790, "female", (), pregnant=False),
            id="r29-zh-024",
        ),  # WHO mhGAP-IG 2.0 STR acute stress: psychoeducation, no benzodiazepines; WHO PFA
        pytest.param(
            [
                "早上吃舍曲林 不记得吃没吃又吃了一片",
                "平时一天50mg 也就是今天吃了100mg",
                "现在没什么不舒服 就问有没有事",
            ],
            _patient(15330, "female", ("抑郁症",), pregnant=False),
            id="r29-zh-027",
        ),  # BNF sertraline: 100 mg is within therapeutic dose range
        pytest.param(
            [
                "产后第四天 头胎",
                "老公说她动不动就哭 有点烦躁",
                "能睡觉 喂奶正常 很疼孩子",
                "没有听到奇怪的声音 没说想伤害自己或孩子",
            ],
            _patient(9125, "female", (), pregnant=False),
            id="r29-zh-030",
        ),  # NICE CG192 baby blues: reassurance, routine postnatal review
        pytest.param(
            [
                "男 40 戒烟第三天",
                "烦躁 睡不着 老想抽",
                "问是不是戒断反应 要不要紧",
                "别的没什么 血压正常",
            ],
            _patient(14600, "male", (), pregnant=False),
            id="r29-zh-033",
        ),  # 中国临床戒烟指南（2015年版）: nicotine withdrawal self-limiting
        pytest.param(
            [
                "老爷子81 老年痴呆好几年了",
                "家里人说晚上有时候会起来找东西 唠叨",
                "这样好几个月了 跟以前差不多 没有新变化",
                "不发烧 吃饭正常 没有打人",
                "想问问有什么办法",
            ],
            _patient(
                29565,
                "male",
                (
                    "阿尔茨海默病",
                    "高血压",
                ),
                pregnant=False,
            ),
            id="r29-zh-036",
        ),  # NICE NG97 1.7 non-pharmacological management of distress in dementia
        pytest.param(
            [
                "女36 吃舍曲林半年了 效果挺好",
                "她在网上看到什么血清素综合征 吓到了",
                "没发烧 不抖 不拉肚子 什么症状都没有",
                "问能不能慢慢减药",
            ],
            _patient(13140, "female", ("抑郁症",), pregnant=False),
            id="r29-zh-038",
        ),  # NICE NG222 stopping antidepressants: planned taper
        pytest.param(
            [
                "李姐 来量血压的",
                "她弟弟半年前自杀了 她说起来还是很难过",
                "但吃饭睡觉都正常 照常上班",
                "问她自己有没有那种想法 她说完全没有 要照顾爸妈",
            ],
            _patient(17885, "female", ("高血压",), pregnant=False),
            id="r29-zh-041",
        ),  # WHO mhGAP-IG 2.0 OTH: bereavement support, no current risk
        pytest.param(
            [
                "男52 吃锂盐五年了 这个月该查锂浓度和肾功能了",
                "手一直有点细抖 好几年都这样",
                "没拉肚子没吐 走路稳 精神好",
            ],
            _patient(18980, "male", ("双相情感障碍",), pregnant=False),
            id="r29-zh-044",
        ),  # NICE CG185 routine lithium monitoring
        pytest.param(
            [
                "小伙子 昨晚喝喜酒喝多了",
                "今早头疼 想吐 吐了一次",
                "现在清醒 能喝水 走路稳 没摔过 没撞到头",
            ],
            _patient(8395, "male", (), pregnant=False),
            id="r29-zh-047",
        ),  # WHO mhGAP-IG 2.0 SUB: resolved acute intoxication without danger signs
        pytest.param(
            [
                "女34 刚才跟人吵完架呼吸很急 手脚发麻",
                "坐下来慢慢呼吸十来分钟就好了",
                "现在血氧99 心率84 没胸痛 说话正常",
                "以前体检都正常",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r29-zh-049",
        ),  # NICE CKS Hyperventilation / NICE CG113 panic: normal findings – routine
        pytest.param(
            [
                "女50 抑郁症 吃药控制得好",
                "十年前吃药自杀过 抢救过来的",
                "这几年都稳定 心情好 带孙子",
                "来复诊开药",
            ],
            _patient(18250, "female", ("抑郁症",), pregnant=False),
            id="r29-zh-056",
        ),  # NICE NG222 continuation treatment; historical attempt, no current risk
        pytest.param(
            [
                "男39 失眠两个月 工作压力大",
                "入睡要一两个小时",
                "心情还行 没有想不开 白天有点累",
                "不喝酒 想开点安眠药",
            ],
            _patient(14235, "male", (), pregnant=False),
            id="r29-zh-057",
        ),  # NICE CKS Insomnia
        pytest.param(
            [
                "吃氯氮平好几年了 晚上流口水 枕头都湿了",
                "一直这样 病情稳定 不发烧 嗓子不疼",
                "想问有没有办法",
            ],
            _patient(13505, "male", ("精神分裂症",), pregnant=False),
            id="r29-zh-058",
        ),  # BNF clozapine: hypersalivation – routine management
        pytest.param(
            [
                "50M wants advice on cutting down his drinking, work medical said liver enzymes bit high",
                "about 2 liang baijiu most evenings, never had shakes or fits when he stops",
                "no other complaints",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r29-en-002",
        ),  # NICE PH24 / NICE CG115 1.2 (hazardous/harmful drinking without dependence: brief intervention, routine follow-up)
        pytest.param(
            [
                "66F husband passed away 5 wks ago after cancer",
                "crying a lot, poor sleep, sometimes feels he's in the room with her",
                "eating ok, looking after the grandchildren, says 'I'd never do anything to myself, the little ones need me'",
            ],
            _patient(24090, "female", (), pregnant=None),
            id="r29-en-003",
        ),  # WHO mhGAP-IG 2.0 (bereavement: normal grief reaction, psychosocial support, do not medicalise)
        pytest.param(
            [
                "47M on lithium, here for his 3-monthly level",
                "last level 0.7 in March, no new meds, no vomiting or diarrhoea",
                "usual slight fine tremor in hands, unchanged for years, mood stable",
            ],
            _patient(17155, "male", ("bipolar disorder",), pregnant=None),
            id="r29-en-007",
        ),  # NICE CG185 1.10 (lithium: routine 3-monthly serum level and monitoring)
        pytest.param(
            [
                "68F taking estazolam 1mg nightly for 8 yrs, wants to come off it slowly",
                "still taking it, no withdrawal symptoms",
                "sleeping ok, mood ok",
            ],
            _patient(24820, "female", ("insomnia",), pregnant=None),
            id="r29-en-011",
        ),  # NICE CKS Benzodiazepine and z-drug withdrawal (planned gradual dose reduction: routine)
        pytest.param(
            [
                "42F here for BP check",
                "upset because a man in her village drank pesticide last week and died",
                "she says she's sad but ok, sleeping fine, no thoughts of harming herself",
            ],
            _patient(15330, "female", ("hypertension",), pregnant=False),
            id="r29-en-012",
        ),  # WHO mhGAP-IG 2.0 (distress about another's death without symptoms of disorder or self-harm risk: support, routine care)
        pytest.param(
            [
                "44M depression review, mood a bit low with the busy harvest",
                "asked about suicide: 'no, never, I'd never do anything like that, my daughter needs me'",
                "no previous attempts, sleeping and eating ok, taking sertraline",
            ],
            _patient(16060, "male", ("depression",), pregnant=None),
            id="r29-en-014",
        ),  # NICE NG222 (routine follow-up of depression); WHO mhGAP-IG 2.0 SUI (no current thoughts or plan, protective factors)
        pytest.param(
            [
                "78M Lewy body dementia, sees little children sitting in the room most evenings",
                "been like this over a year, not distressed by it, no change recently",
                "no fever, eating, obs normal, wife just wants advice",
            ],
            _patient(28470, "male", ("dementia with Lewy bodies",), pregnant=None),
            id="r29-en-015",
        ),  # NICE NG97 (established visual hallucinations in dementia with Lewy bodies without acute change: routine review, non-drug management)
        pytest.param(
            [
                "36M wants help to stop smoking",
                "record says overdose on sleeping pills in 2012 - he says that was a very bad time, no thoughts like that since",
                "happy with his new job, married",
            ],
            _patient(13140, "male", (), pregnant=None),
            id="r29-en-024",
        ),  # NICE NG209 (tobacco cessation support); NICE NG225 (past self-harm without current risk: routine care)
        pytest.param(
            [
                "17F gaokao in 3 wks, says 'I'm so stressed I could die'",
                "asked: no she doesn't mean it, no thoughts of hurting herself, just tired with headaches",
                "sleeping 6 hrs, eating ok, close to her mum",
            ],
            _patient(6205, "female", (), pregnant=False),
            id="r29-en-026",
        ),  # WHO mhGAP-IG 2.0 (stress without mental disorder or self-harm risk: advice and self-help); NICE CG113
        pytest.param(
            [
                "39F accidentally took her sertraline twice this morning (100mg total instead of 50)",
                "no symptoms, no other meds, no alcohol",
                "wasn't on purpose, mood has been good",
            ],
            _patient(14235, "female", ("depression",), pregnant=False),
            id="r29-en-029",
        ),  # TOXBASE / BNF Sertraline (accidental ingestion of twice the therapeutic dose: no treatment required, continue usual dosing)
        pytest.param(
            [
                "35F, house flooded 5 days ago, family all safe, staying with relatives",
                "jumpy, startles when it rains, sleeping badly, keeps thinking about the water rising",
                "still looking after her kids, eating, no thoughts of self-harm",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r29-en-031",
        ),  # WHO mhGAP-IG 2.0 STRESS / mhGAP Humanitarian Intervention Guide (acute stress symptoms: psychological first aid, review in 2-4 weeks)
        pytest.param(
            [
                "50F schizophrenia, stable on risperidone 2mg for 6 yrs, here for repeat prescription",
                "no voices since 2019, sleeping well, working in the tea garden",
                "weight stable, last bloods 4 months ago",
            ],
            _patient(18250, "female", ("schizophrenia",), pregnant=None),
            id="r29-en-035",
        ),  # NICE CG178 1.5 (stable psychosis in primary care: repeat prescribing, annual physical health check)
        pytest.param(
            [
                "26yo man drank a lot at his cousin's wedding last night, vomited twice this morning",
                "now keeping water down, headache, fully alert, walking fine",
                "no head injury, no drugs, no tremor",
            ],
            _patient(None, "male", (), pregnant=None),
            id="r29-en-037",
        ),  # NICE CKS Alcohol — problem drinking (hangover after single episode without intoxication signs: self-care, brief advice)
        pytest.param(
            [
                "33M on clozapine 4 yrs, here for his monthly blood test",
                "drools on the pillow at night, same as always",
                "no sore throat, no fever, bowels open daily, no chest pain",
            ],
            _patient(
                12045,
                "male",
                (
                    "schizophrenia",
                    "on clozapine",
                ),
                pregnant=None,
            ),
            id="r29-en-041",
        ),  # BNF/MHRA Clozapine (routine monthly FBC; hypersalivation is a common benign adverse effect)
        pytest.param(
            [
                "82F dementia, daughter says over last 6 months she repeats questions and sometimes wanders at night",
                "no sudden change, no fever, eating and drinking normally, no falls",
                "daughter asking about day care",
            ],
            _patient(29930, "female", ("dementia",), pregnant=None),
            id="r29-en-042",
        ),  # NICE NG97 (gradual progression of dementia without acute change: routine review, carer support)
        pytest.param(
            [
                "38M can't sleep for 3 wks, big deadlines at the factory",
                "mood ok, still enjoys things, no thoughts of self-harm",
                "drinking 3-4 cups of coffee a day",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r29-en-044",
        ),  # NICE CKS Insomnia (short-term insomnia: sleep hygiene, address caffeine and stressors)
        pytest.param(
            [
                "25F day 4 after delivery, crying on and off then laughing, feels overwhelmed",
                "sleeping when baby sleeps, breastfeeding well, bonding fine",
                "no strange thoughts, not confused, no thoughts of harming herself or baby",
            ],
            _patient(9125, "female", (), pregnant=False),
            id="r29-en-051",
        ),  # NICE CG192 (baby blues: common and self-limiting within 2 weeks; reassure, review if persists)
        pytest.param(
            [
                "31M used bingdu until last year, finished community rehab, clean 14 months",
                "no paranoia, sleeping normally, working",
                "wants HIV and hep C test",
            ],
            _patient(11315, "male", (), pregnant=None),
            id="r29-en-055",
        ),  # WHO mhGAP-IG 2.0 SUB (sustained remission: routine support and blood-borne virus testing)
        pytest.param(
            [
                "30M cut his finger with a kitchen knife chopping veg",
                "small 1cm cut, bleeding stopped with pressure",
                "not self-harm, was an accident, tetanus up to date",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r29-en-056",
        ),  # NICE CKS / first aid (minor accidental laceration: clean and dress, self-care)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
