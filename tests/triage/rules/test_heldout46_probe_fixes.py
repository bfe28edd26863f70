# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-sixth held-out round (2026-12-07, at commit 712f8de: two reviewers, 120 cases on mental
health and substances: suicidal thoughts with and without a plan, self-harm and overdose,
psychosis, mania, severe depression not eating or drinking, perinatal depression and psychosis,
catatonia, delirium, alcohol withdrawal, opioid and stimulant toxicity, neuroleptic malignant
syndrome, eating disorders, gambling crises; grief, exam stress, insomnia and a hangover as
look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules
found 11 of 16 and 11 of 16 emergencies (the weakest on emergencies of any round), graded 15 of 24
and 11 of 24 same-day cases exactly, and sent 1 and 2 look-alikes to emergency.

What changed: suicide told by its preparations is imminent risk (WHO mhGAP): a new rope, passwords
and savings written down for the wife, 以后孩子就靠你了, a receipt for charcoal and tape, "sorry,
take care of mum"; 用刀片割手腕 is a suicide attempt and towels 湿透两条了 heavy bleeding; a mother
who says the baby was swapped (孩子是被人换了, "swapped by demons") and means to throw it away or
take it to the river is a perinatal psychiatric emergency; 拿着菜刀追 is a threat of violence; a
teenager's empty paracetamol packs are an overdose; neuroleptic malignant syndrome is a new rule
(rigidity on an antipsychotic with fever, sweating or a fast pulse: an emergency; Maudsley, BNF);
a low blood pressure with lethargy or little urine is an emergency (a depressed man not drinking
for five days); "asked about suicide - 'no, never'" denies it. After: 16/16, 16/16; 15/24, 11/24;
look-alikes 19/20, 19/20.

Kept deliberately: thoughts of dying in pregnancy, with self-harm, or worse after starting an
antidepressant stay emergencies (WHO mhGAP), as does new confusion with a urine infection at 82.
Left: most of the same-day cases (a first psychosis, alcohol withdrawal, an eating disorder's
purging, severe depression in an older man, a teenager's low mood with thoughts of death, a
pesticide at hand after suicidal talk), and two look-alikes (glyphosate washed off the skin, a
2 g paracetamol worry)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "19岁男 用刀片割手腕",
                "毛巾按着还一直往外渗 已经湿透两条了",
                "脸发白 P 120",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r46-zh-006",
        ),  # NICE NG225 Self-harm (2022): 有急性躯体危险者立即送急诊; WHO Basic Emergency Care: 未控制的出血伴休克征象
        pytest.param(
            [
                "产后第9天 26岁 家里人说她这几天基本没睡",
                "一会儿笑一会儿哭 说话前言不搭后语",
                "还说孩子不是她的 是被人换了 要把孩子抱出去扔掉",
            ],
            _patient(9496, "female", (), pregnant=False),
            id="r46-zh-022",
        ),  # NICE CG192 1.10 / RCOG Good Practice No.14: 疑似产后精神病为精神科急症, 涉及婴儿危险需立即处置转诊
        pytest.param(
            [
                "紧急!! 3组王家儿子又犯病了 拿着菜刀在院子里追他爸",
                "嘴里喊有人要害他 他爸躲到邻居家去了",
                "已经打了110",
            ],
            _patient(12053, "male", ("精神分裂症",), pregnant=None),
            id="r46-zh-030",
        ),  # 严重精神障碍管理治疗工作规范(2018年版) 危险性评估5级(持刀针对人的暴力) → 立即转诊并报告公安; NICE NG10 Violence and aggression
        pytest.param(
            [
                "他老婆打电话来的 说她男人这几天不对劲 不说话",
                "今天早上把存折 手机密码都写给她了 还说以后孩子就靠你了",
                "刚在他摩托车后箱翻出一根新买的绳子 人现在一个人上后山去了",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r46-zh-035",
        ),  # WHO mhGAP-IG v2.0 SUI: 有明确计划、准备手段和告别行为属即刻自杀危险 → 不能让其独处, 立即紧急处置/报警送医
        pytest.param(
            [
                "男 70 抑郁症 最近不吃饭",
                "5天了水也不怎么喝 说自己罪孽深重不配吃",
                "BP 84/50 P 112 舌头干 尿很少 人蔫蔫的",
            ],
            _patient(25568, "male", ("抑郁症",), pregnant=None),
            id="r46-zh-049",
        ),  # NICE NG222 Depression in adults: 重度抑郁伴拒食拒水、危及生命 → 紧急住院; WHO mhGAP-IG v2.0 DEP
        pytest.param(
            [
                "man 35 came w his sister, very low since divorce 3 months ago",
                "he told me he bought a rope and already chose the place. wrote letters to his 2 kids",
                "says he'll do it tonight. sister has to go back to work, nobody can stay w him",
            ],
            _patient(12983, "male", (), pregnant=None),
            id="r46-en-010",
        ),  # WHO mhGAP Intervention Guide 2.0, SUI module: imminent risk of self-harm/suicide (current plan, access to means, intent) -> do not leave person alone, remove means, emergency referral
        pytest.param(
            [
                "brother called - pt 42M lost everything on online gambling, owes ~300k, loan sharks calling him",
                "an hour ago he sent in family wechat group 'sorry, take care of mum'",
                "not answering phone. brother found receipt in his car for charcoal and tape",
                "brother driving to his flat now, what do we do",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r46-en-019",
        ),  # WHO mhGAP IG 2.0 SUI module: imminent suicide risk (farewell message, prepared means, acute crisis) -> emergency response; call emergency services/police
        pytest.param(
            [
                "40M schizophrenia, haloperidol was increased last week at psych hosp",
                "family says over 2 days he got stiff like a board, hardly talks now",
                "T 39.8 HR 122 BP 160/98, sweating a lot, arms very rigid",
                "urine dark like strong tea",
            ],
            _patient(14760, "male", ("schizophrenia",), pregnant=None),
            id="r46-en-020",
        ),  # BNF antipsychotics / Maudsley Prescribing Guidelines: neuroleptic malignant syndrome (hyperthermia, rigidity, altered consciousness, autonomic instability, rhabdomyolysis) is a medical emergency -> stop antipsychotic, immediate hospital transfer
        pytest.param(
            [
                "15 yo girl w mum, tummy pain and vomited 3x since this morning, no fever",
                "mum says she's been upset about school stuff lately, not talking much",
                "update - mum just found empty blister packs in her bin, about 20 paracetamol 500mg. girl admits she took them last night",
            ],
            _patient(5598, "female", (), pregnant=None),
            id="r46-en-026",
        ),  # NICE NG225 Self-harm (2022): people who have self-poisoned need urgent transfer to emergency department; NICE CKS Poisoning/TOXBASE paracetamol: ~10 g ingestion (>150 mg/kg) needs urgent paracetamol level and acetylcysteine
        pytest.param(
            [
                "F27 day 9 after delivery, family brought her",
                "hasn't slept for 3 nights, talking very fast jumping from topic to topic",
                "now says baby isn't hers, was swapped by demons and she has to 'save' it",
                "husband says last night 2am she tried to take the baby out to the river",
            ],
            _patient(9921, "female", (), pregnant=False),
            id="r46-en-049",
        ),  # RCOG Good Practice No.14 (mental health in pregnancy/postnatal period) and NICE CG192: postpartum psychosis is a psychiatric emergency; risk to infant -> immediate assessment/admission
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "美沙酮门诊的病人 35男 昨天没去喝药",
                "今天打哈欠流鼻涕 浑身酸痛 有点拉肚子",
                "人清楚 P 90 BP 130/84 说明天去门诊",
            ],
            _patient(12784, "male", ("阿片类物质依赖",), pregnant=None),
            id="r46-zh-004",
        ),  # WHO Guidelines for psychosocially assisted pharmacological treatment of opioid dependence (2009): 阿片戒断不危及生命, 回维持治疗门诊常规处理
        pytest.param(
            [
                "40岁男 老婆拉来的 说他打麻将网上赌输了三四万",
                "他自己也想戒 就是管不住",
                "睡觉吃饭正常 问了 说从来没想过死 钱家里能还上",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r46-zh-005",
        ),  # NICE guideline Harmful gambling (2025): 无自杀风险的问题赌博 → 常规评估并转介戒赌治疗服务
        pytest.param(
            [
                "45岁男 睡不着两个多月了 单位事多",
                "想开点安眠药",
                "没有其它不舒服 心情还行 白天上班没问题",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r46-zh-007",
        ),  # NICE CKS Insomnia: 慢性失眠首选睡眠卫生与CBT-I, 常规门诊处理
        pytest.param(
            [
                "女 50 早上吃舍曲林 忘了吃没吃 又吃了一片",
                "一共就100mg 平时一天50",
                "没啥不舒服 不是故意的 就是担心",
            ],
            _patient(18262, "female", ("抑郁症",), pregnant=False),
            id="r46-zh-009",
        ),  # NHS medicines A-Z Sertraline (if you take too much) / BNF: 意外多服一次治疗剂量不会造成危害, 观察即可
        pytest.param(
            [
                "35岁男 上礼拜骑车被车撞了 就皮外伤",
                "这几天一闭眼就想起那场面 听到喇叭声就心跳 不太敢骑车",
                "睡眠差点 吃饭上班都正常 没有不想活的念头",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r46-zh-015",
        ),  # NICE NG116 PTSD 1.4: 创伤后一个月内的急性应激症状 → 积极监测, 常规随访
        pytest.param(
            [
                "女 31 老是担心这担心那 好几个月了",
                "有时候心慌 手心出汗 但是能上班能带孩子",
                "没有不想活 想问问要不要吃药",
            ],
            _patient(11323, "female", (), pregnant=False),
            id="r46-zh-017",
        ),  # NICE CG113 GAD stepped care step 1-2: 轻度广泛性焦虑常规评估与低强度干预
        pytest.param(
            [
                "22岁大学生 说晚上快睡着的时候看到床边有黑影 身体动不了 吓死了",
                "一两分钟就好 家里说是鬼压床",
                "白天都正常 没听到别人说话 上课正常 最近熬夜多",
            ],
            _patient(8036, "male", (), pregnant=None),
            id="r46-zh-018",
        ),  # AASM ICSD-3 Isolated recurrent sleep paralysis: 入睡期幻觉伴睡眠瘫痪为良性 → 睡眠卫生指导
        pytest.param(
            [
                "62岁阿姨 老伴三个礼拜前走的",
                "天天哭 晚上睡不好 说老梦到他 有一回好像听见他在喊她",
                "吃饭还行 还带着孙子 问她有没有不想活 她说没有 孙子还要她带",
            ],
            _patient(22646, "female", (), pregnant=None),
            id="r46-zh-020",
        ),  # WHO mhGAP-IG v2.0 OTH (Bereavement): 正常哀伤反应(包括短暂听到逝者声音)不需药物, 给予支持和心理教育
        pytest.param(
            [
                "30岁男 自己来问的",
                "说两年前失业那阵子想过自杀 后来好了",
                "现在工作生活都正常 没有这些想法了 就是想找个心理咨询聊聊",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r46-zh-021",
        ),  # WHO mhGAP-IG v2.0 SUI: 既往自杀意念、目前无自杀想法和计划 → 常规心理支持转介
        pytest.param(
            [
                "80岁老太太 女儿说她这一年记性越来越差",
                "同一件事问好几遍 钱放哪忘了 还说有人偷她钱",
                "没有突然变化 吃饭睡觉跟以前一样 没发烧",
            ],
            _patient(29220, "female", ("高血压",), pregnant=None),
            id="r46-zh-024",
        ),  # NICE NG97 Dementia: 渐进性认知下降(非急性起病) → 常规转诊记忆门诊
        pytest.param(
            [
                "产后第4天 27岁 头胎",
                "婆婆说她动不动就哭 一会好一会不好",
                "睡得着 奶也喂 对孩子挺好 说话正常 没有奇怪的想法",
            ],
            _patient(9862, "female", (), pregnant=False),
            id="r46-zh-029",
        ),  # NICE CG192 / WHO postnatal care recommendations (2022): 产后两周内的产后情绪低落(baby blues)可自行缓解, 给予支持与观察
        pytest.param(
            [
                "精分老病人 44男 按时来拿药的",
                "利培酮每天2片 一直吃着 睡觉吃饭都好 在家帮忙干农活",
                "没听到怪声音 家里说没啥异常",
            ],
            _patient(16071, "male", ("精神分裂症",), pregnant=None),
            id="r46-zh-032",
        ),  # 严重精神障碍管理治疗工作规范(2018年版): 病情稳定者继续原方案, 3个月随访
        pytest.param(
            [
                "小伙子26 昨晚喝喜酒喝多了",
                "今早头痛 恶心 口干 吐了一次",
                "人清醒 说话正常 走路稳 P 88 BP 122/80 血糖5.6",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r46-zh-034",
        ),  # NHS (nhs.uk) Hangover: 意识清醒、生命体征正常的宿醉 → 休息补液等自我护理
        pytest.param(
            [
                "女 39 吃文拉法辛半年 出门三天忘带药没吃",
                "这两天头晕 脑子里一阵阵像过电 烦躁",
                "没有不想活 其他都还好 今天回来了",
            ],
            _patient(14245, "female", ("抑郁症",), pregnant=False),
            id="r46-zh-038",
        ),  # NICE NG222 1.9 Stopping antidepressants: 轻度撤药症状 → 解释安抚, 恢复原剂量服药
        pytest.param(
            [
                "高三男生18 下个月高考",
                "这两天说心慌 晚上睡不着 老怕考不好",
                "吃饭正常 没有不想活 P 88 BP 118/72 以前身体好",
            ],
            _patient(6574, "male", (), pregnant=None),
            id="r46-zh-043",
        ),  # NICE CKS Generalized anxiety disorder / WHO Doing What Matters in Times of Stress: 与考试相关的短期应激 → 自我调节建议
        pytest.param(
            [
                "男 50 喝酒二十几年 每天半斤白酒",
                "老婆逼他来的 说想戒酒 问怎么戒",
                "今天早上还喝了 手不抖 没什么不舒服 以前没戒过",
            ],
            _patient(18262, "male", (), pregnant=None),
            id="r46-zh-048",
        ),  # NICE CG115 Alcohol-use disorders 1.3: 评估依赖程度后计划性辅助戒断, 建议勿自行骤停 → 常规门诊
        pytest.param(
            [
                "15岁女孩 妈妈担心她厌食",
                "她说最近想减肥 不吃宵夜 少吃零食 三餐都吃",
                "身高158 体重50 月经正常 P 76",
            ],
            _patient(5479, "female", (), pregnant=False),
            id="r46-zh-050",
        ),  # NICE NG69 Eating disorders 1.2: 无进食障碍危险信号、BMI及生命体征正常 → 健康饮食建议
        pytest.param(
            [
                "女 35 上个月被裁员了",
                "心情不好 提不起劲 睡觉比以前差点",
                "还能带孩子做家务 在找工作 问她 说没想过死",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r46-zh-055",
        ),  # NICE NG222 Depression in adults: 轻度(less severe)抑郁 → 常规随访与低强度心理干预
        pytest.param(
            [
                "28岁女 又发作了 跟以前一样",
                "坐车时突然心慌 手麻 觉得自己要死了 十来分钟就好了",
                "以前心电图 甲功都查过正常 医院说是惊恐障碍",
                "现在P 84 BP 116/74 SpO2 99 没胸痛",
            ],
            _patient(10227, "female", ("惊恐障碍",), pregnant=False),
            id="r46-zh-056",
        ),  # NICE CG113 Panic disorder: 已确诊惊恐障碍、症状缓解、与既往相同 → 常规随访与CBT
        pytest.param(
            [
                "74M wife passed 5 wks ago",
                "son worried he's 'going mad' - twice heard her voice calling his name at night, felt her sit on the bed",
                "otherwise clear, knows it's not really her, eating, doing chores, no other strange ideas",
                "vitals normal",
            ],
            _patient(27028, "male", ("hypertension",), pregnant=None),
            id="r46-en-002",
        ),  # WHO mhGAP IG 2.0 (DEP/PSY): hearing or seeing the deceased is common in bereavement and is not psychosis -> support and routine follow-up
        pytest.param(
            [
                "35F saw a bad motorbike accident 10 days ago, man died in front of her",
                "nightmares, keeps seeing it, jumpy at loud noises, avoids that road",
                "still working, sleeping 5-6h, no SI, not drinking",
            ],
            _patient(12783, "female", (), pregnant=None),
            id="r46-en-003",
        ),  # NICE NG116 Post-traumatic stress disorder: symptoms within first month -> active monitoring/follow-up; WHO mhGAP acute stress -> psychoeducation, routine
        pytest.param(
            [
                "15F, mum worried she's 'not eating' - skipping dinner 2 months to lose weight",
                "ht 162 wt 50kg (was 53), periods normal",
                "HR 72 BP 108/68, no vomiting or laxatives",
                "eats breakfast and lunch at school",
            ],
            _patient(5478, "female", (), pregnant=None),
            id="r46-en-004",
        ),  # NICE NG69 Eating disorders: assess and, if an eating disorder is suspected, refer to community eating disorder service; no MEED risk markers -> routine
        pytest.param(
            [
                "17 yo girl, gaokao in 3 wks",
                "headaches, can't fall asleep, upset stomach before mock exams, said 'I'll die if I fail'",
                "mum asked her what she meant - she laughed, just a saying, no thoughts of hurting herself",
                "eating ok, still going to school",
            ],
            _patient(6409, "female", (), pregnant=None),
            id="r46-en-005",
        ),  # WHO Doing What Matters in Times of Stress (2020) / NHS exam stress advice: exam-related stress without risk -> self-help, sleep and stress management advice
        pytest.param(
            [
                "20M uni student, woke at night couldn't move, saw a dark figure in corner pressing on his chest, lasted about a minute",
                "2x this month during exams, sleeping ~5h a night",
                "fine in the daytime, no voices, nothing else strange",
                "grandma thinks it's a ghost",
            ],
            _patient(7305, "male", (), pregnant=None),
            id="r46-en-007",
        ),  # AASM ICSD-3 recurrent isolated sleep paralysis: benign, linked to sleep deprivation -> reassurance and sleep hygiene (self-care)
        pytest.param(
            [
                "24F sudden episode on the bus - heart pounding, couldn't breathe, hands tingling, felt like she was dying",
                "lasted about 10 min, gone now. 3rd time this month, ECG at hospital last time normal",
                "now HR 84 BP 116/72 SpO2 99%, no chest pain",
                "scared it will happen again",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r46-en-009",
        ),  # NICE CG113 panic disorder: recurrent panic attacks with previous normal work-up and normal observations -> routine primary care management (psychoeducation, CBT)
        pytest.param(
            [
                "55M quit smoking 5 days ago after 30 yrs",
                "irritable, snapping at family, cravings, can't concentrate, bit low, eating more",
                "no SI, sleep bit worse",
                "is this normal?",
            ],
            _patient(20088, "male", ("hypertension",), pregnant=None),
            id="r46-en-014",
        ),  # NICE NG209 Tobacco: preventing uptake, promoting quitting: nicotine withdrawal symptoms are expected and time-limited -> reassurance, NRT/stop-smoking support (self-care)
        pytest.param(
            [
                "32F worrying a lot last few months about work and family, tense, hard to relax",
                "still working, sleep mostly ok",
                "no panic attacks, no low mood, no SI",
                "wants to know if she needs medicine",
            ],
            _patient(11688, "female", (), pregnant=False),
            id="r46-en-015",
        ),  # NICE CG113 Generalised anxiety disorder and panic disorder: stepped care steps 1-2 (psychoeducation, guided self-help) -> routine
        pytest.param(
            [
                "26M wedding banquet last night, drank a lot of baijiu",
                "headache, nausea, vomited twice this morning, now keeping water down",
                "fully alert, walking fine, no head injury",
                "BP 124/80 HR 92",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r46-en-018",
        ),  # NHS / NICE CKS Alcohol - problem drinking: uncomplicated hangover in an alert person tolerating fluids -> self-care (fluids, rest, simple analgesia), brief alcohol advice
        pytest.param(
            [
                "40F on sertraline 50mg, took her tablet this morning then forgot and took another one at lunch",
                "feels fine, bit nauseous",
                "wasn't on purpose, mood been good lately, no SI",
            ],
            _patient(14610, "female", ("depression",), pregnant=None),
            id="r46-en-023",
        ),  # BNF sertraline (max 200 mg/day) / TOXBASE: accidental 100 mg total is within therapeutic range -> self-care advice, take next dose as usual
        pytest.param(
            [
                "79F daughter says she's been getting more forgetful over past year, repeats questions, got lost once in the new market",
                "no sudden change, no fever, sleeping and eating normal",
                "still cooks simple meals, behaviour same as usual",
            ],
            _patient(28854, "female", ("hypertension",), pregnant=None),
            id="r46-en-025",
        ),  # NICE NG97 Dementia: gradual cognitive decline -> routine assessment and referral to memory service (contrast delirium: acute onset)
        pytest.param(
            [
                "20F here for job health check, noticed old scars on both forearms",
                "says she used to cut in middle school, stopped ~3 yrs ago",
                "no current urges, mood ok, no SI, studying at college",
            ],
            _patient(7305, "female", (), pregnant=None),
            id="r46-en-029",
        ),  # NICE NG225 Self-harm: historical self-harm without current risk -> offer routine support/follow-up
        pytest.param(
            [
                "50M wants to quit drinking, told his liver tests are high",
                "drinks about 3-4 bottles of beer every evening for years",
                "no morning drinking, never had shakes or fits when he skipped days",
                "can he just stop?",
            ],
            _patient(18262, "male", ("fatty liver",), pregnant=None),
            id="r46-en-032",
        ),  # NICE CG115 Alcohol-use disorders (harmful drinking and dependence): assess dependence (AUDIT/SADQ), plan community-based intervention; no withdrawal features -> routine
        pytest.param(
            [
                "67F husband died 2 months ago from stroke",
                "crying most days, says life has no meaning without him, not sleeping well",
                "asked directly - no thoughts of ending her life, looks after grandson every day, eating ok",
                "daughter wants something to help her sleep",
            ],
            _patient(24471, "female", ("diabetes",), pregnant=None),
            id="r46-en-033",
        ),  # WHO mhGAP IG 2.0 DEP module: normal bereavement -> psychoeducation and support, no antidepressants/benzodiazepines, routine follow-up
        pytest.param(
            [
                "26F day 4 after normal delivery",
                "crying on and off, feels overwhelmed, mood up and down",
                "sleeps when baby sleeps, breastfeeding well, loves the baby, no thoughts of harming herself or baby",
                "husband and mother-in-law helping",
            ],
            _patient(9496, "female", (), pregnant=False),
            id="r46-en-034",
        ),  # NICE CG192 / NHS: 'baby blues' in first 2 weeks postpartum is common and self-limiting -> reassurance and self-care, review if persists beyond 2 weeks
        pytest.param(
            [
                "44M schizophrenia, here for monthly review and refill risperidone 2mg",
                "stable, no voices for 2 yrs, working on family farm",
                "put on some weight, BMI 27",
                "BP 128/82",
            ],
            _patient(16071, "male", ("schizophrenia",), pregnant=None),
            id="r46-en-053",
        ),  # China Severe Mental Disorder Management Work Norms (2018): stable patients -> routine follow-up; NICE CG178 physical health monitoring -> routine
        pytest.param(
            [
                "45M wife brought him, lost ~50k on mahjong gambling this year",
                "stressed, arguing at home, sleeps ~6h",
                "asked about suicide - 'no, never, I just need to stop'",
                "wants help to quit",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r46-en-055",
        ),  # NICE guideline on gambling-related harms (2025); WHO mhGAP IG 2.0 SUI risk check negative -> routine referral to gambling support/psychological intervention
        pytest.param(
            [
                "46M can't sleep well ~3 wks since big project deadline",
                "takes 1-2h to fall asleep, tired in daytime. mood ok, wife says no snoring",
                "drinks 3 coffees a day incl afternoon",
                "wants sleeping pills",
            ],
            _patient(16801, "male", (), pregnant=None),
            id="r46-en-056",
        ),  # NICE CKS Insomnia: short-term insomnia (<3 months) with identifiable trigger -> sleep hygiene advice, avoid hypnotics; self-care
        pytest.param(
            [
                "40M started escitalopram 10mg 4 days ago",
                "feels a bit nauseous, slight headache, sleep bit worse",
                "mood same as before, not agitated, no SI",
                "asks if he should stop",
            ],
            _patient(14610, "male", ("depression",), pregnant=None),
            id="r46-en-057",
        ),  # NICE CKS Depression / NICE NG222: early SSRI side effects are common and usually settle in 1-2 weeks -> advise continue, keep planned review
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
