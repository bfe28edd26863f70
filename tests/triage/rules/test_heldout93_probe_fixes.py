# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninety-third held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 question-and-answer
transcripts: the staff's questions and the short answers they were given, typed as 问:...答:... or "Q:
... A: ...", with answers of yes, no, a little, sometimes, not that she noticed, the relative says
yes; 12 emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules found 12 of
12 and 12 of 12 emergencies, graded 20 of 24 and 14 of 24 same-day cases exactly (English, Chinese)
and sent 0 and 13 look-alikes to emergency: a Chinese question was read as a finding whatever its
answer (问:胸痛心慌 答:没有 read as chest pain and palpitations).

What changed: each 问:...答:... pair is told as the statement it amounts to before it is read
(`triage/rules/transcripts.py`): a bare no denies every item asked (没有胸闷,没有喘), a no in the answer's
own words stands as it is (不痛了), a bare yes states the items, not knowing leaves them uncertain,
asked whether a weakness is new (是新的吗 答:不是) it was there before, the answer to an either-or question
stands alone, any other answer follows what was asked as its topic; in English a bare yes or no
after "Q: ...?" is told the same way ("not keeping fluids down"), other answers are left to the
reader. A denial of the other places (别的地方没烫到) keeps the place already told. A counted breathing
rate ("RR counted 48/min") is read. After: 12/12, 12/12; 22/24, 20/24; look-alikes 24/24, 24/24.

Left: a TIA resolved within 24 hours (r93-zh-013) stays an emergency; chest pain two days ago, now
gone (r93-zh-014), stays one because the time 前天晚上 is taken as the smoking's; pleuritic pain with a
chest infection told as 咳嗽时右边扯着痛 (r93-zh-026) is read as ACS; giant cell arteritis with jaw pain
"only sometimes" and vision "not that she noticed" (r93-en-027) is graded an emergency; scarlet
fever (r93-zh-036) and a wrist fracture (r93-en-029) are graded routine."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "Q: any chest pain? A: not pain, says heavy feeling like a weight on her chest, started 40 min ago sitting watching tv",
                "Q: sweating? A: yes shirt is wet. Q: feel sick? A: a little",
                "Q: going to arm or jaw? A: jaw aches a bit. Q: still there now? A: yes",
            ],
            _patient(24090, "female", ("type 2 diabetes", "hypertension"), pregnant=False),
            id="r93-en-001",
        ),  # NICE CG95 Recent-onset chest pain, section 1.1: a person with suspected acute coronary syndrome whose chest discomfort is ongoing (here with sweating and jaw radiation) must be referred as an emergency.
        pytest.param(
            [
                "daughter brought him in, says his face looks droopy since breakfast, about an hour ago",
                "Q: can you lift both arms? A: says he can but right arm drifts down, dropped his tea cup",
                "Q: speech ok? A: he says yes, daughter says no, words slurred",
            ],
            _patient(27010, "male", ("atrial fibrillation",), pregnant=None),
            id="r93-en-002",
        ),  # NICE NG128 Stroke and TIA, section 1.1: sudden-onset face, arm or speech deficit that is still present (FAST positive) requires direct admission to a hyperacute stroke unit for possible thrombolysis.
        pytest.param(
            [
                "fever 39.4 since this afternoon, very grizzly",
                "Q: any rash? A: mum says a few small purple spots on the legs, new in the last hour",
                "Q: fade when you press a glass on them? A: no, still there. Q: hands and feet? A: cold",
            ],
            _patient(1180, "female", (), pregnant=None),
            id="r93-en-003",
        ),  # NICE NG240 Bacterial meningitis and meningococcal disease: a febrile child with a non-blanching petechial or purpuric rash must be treated as suspected meningococcal disease and sent to hospital immediately.
        pytest.param(
            [
                "cough and runny nose 3 days",
                "Q: feeding? A: taking about half his usual bottles. Q: wet nappies? A: fewer than normal",
                "Q: any stops in breathing? A: mum says yes, twice today stopped for a few secs and went blue round the lips",
            ],
            _patient(152, "male", ("born at 34 weeks",), pregnant=None),
            id="r93-en-004",
        ),  # NICE NG9 Bronchiolitis, section 1.3: observed or reported apnoea or central cyanosis in an infant is an indication for immediate emergency referral.
        pytest.param(
            [
                "ate cake at a party 20 min ago, maybe had nuts in it, lips swelling up",
                "Q: throat feel tight? A: yes. Q: voice different? A: yes hoarse now",
                "Q: wheezy? A: a bit, took her blue inhaler, not helping",
            ],
            _patient(8760, "female", ("asthma",), pregnant=False),
            id="r93-en-005",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021): sudden airway (throat tightness, hoarseness) or breathing problems after a likely allergen is anaphylaxis, needing IM adrenaline and emergency help.
        pytest.param(
            [
                "lower tummy pain right side, sharp, since this morning",
                "Q: periods? A: late, last one 7 weeks ago, home test positive last week",
                "Q: bleeding? A: a little spotting. Q: dizzy? A: fainted on the toilet, looks pale now",
                "Q: pain in the shoulder tip? A: yes right shoulder",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r93-en-006",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage, section 1.3: a woman with a positive pregnancy test, abdominal pain and collapse/shoulder-tip pain or haemodynamic instability must be referred immediately to hospital.
        pytest.param(
            [
                "daughter says mum more muddled since yesterday, not herself",
                "Q: passing urine? A: hardly any since yesterday, smells strong",
                "T 38.6 RR 26 BP 86/52 P 112 SpO2 93% air",
                "Q: is she usually this confused? A: daughter says no, normally chats and knows her",
            ],
            _patient(29930, "female", ("dementia", "hypertension"), pregnant=False),
            id="r93-en-007",
        ),  # RCP NEWS2 (2017) and NICE NG51 Sepsis: RR 25 or more, systolic BP 90 or less and new confusion are high-risk criteria (NEWS2 well above 7) requiring emergency assessment and transfer.
        pytest.param(
            [
                "Q: having thoughts of ending your life? A: yes, every day this week",
                "Q: made any plans? A: yes, bought charcoal and tape, says he will do it tonight when wife is at work",
                "Q: anyone with you today? A: came alone, says he will go home after this",
            ],
            _patient(13140, "male", ("depression",), pregnant=None),
            id="r93-en-008",
        ),  # WHO mhGAP Intervention Guide 2.0, Self-harm/Suicide module: current suicidal thoughts with a plan and access to means is imminent risk; do not leave the person alone and arrange immediate specialist/hospital care.
        pytest.param(
            [
                "Q: stools? A: black and sticky like tar since yesterday, 3 times",
                "Q: vomited blood? A: not that he noticed. Q: dizzy on standing? A: yes, nearly passed out getting out of bed",
                "P 118 BP 96/60, takes aspirin and ibuprofen for his knees",
            ],
            _patient(22265, "male", ("coronary heart disease", "osteoarthritis"), pregnant=None),
            id="r93-en-009",
        ),  # NICE CG141 Acute upper GI bleeding (and Glasgow-Blatchford scoring): melaena with tachycardia, hypotension and near-syncope is a high-risk unstable bleed needing immediate resuscitation and hospital admission.
        pytest.param(
            [
                "Q: vomiting? A: yes 5 times since last night",
                "Q: tummy pain? A: yes. Q: breathing? A: mum says deep and fast, breath smells like pear drops",
                "BG 24.6, ketones 4.1, drowsy but answers questions",
            ],
            _patient(5170, "male", ("type 1 diabetes",), pregnant=None),
            id="r93-en-010",
        ),  # NICE NG18 Diabetes in children and young people, section on DKA: vomiting, abdominal pain, deep breathing and drowsiness with blood ketones 3 mmol/L or more indicates DKA and requires immediate transfer to hospital.
        pytest.param(
            [
                "baby 6 days old, mum says feels hot",
                "T 38.3 axillary",
                "Q: feeding well? A: not really, hard to wake him for feeds since this morning",
            ],
            _patient(6, "male", (), pregnant=None),
            id="r93-en-011",
        ),  # NICE NG143 Fever in under 5s (traffic light table) and WHO IMCI young infant chart: age under 3 months with temperature 38°C or more, plus not feeding well, is a red/possible serious bacterial infection sign needing immediate referral.
        pytest.param(
            [
                "35 wks pregnant, headache since this morning, paracetamol didn't help",
                "Q: eyes ok? A: seeing flashing lights. Q: pain under the ribs? A: yes right side",
                "BP 168/114, repeat 172/112, urine protein ++",
            ],
            _patient(11680, "female", (), pregnant=True),
            id="r93-en-012",
        ),  # NICE NG133 Hypertension in pregnancy: BP 160/110 or more with severe headache, visual disturbance and right upper quadrant pain indicates severe pre-eclampsia requiring immediate hospital admission.
        pytest.param(
            [
                "68岁阿姨 说胃不舒服来拿胃药",
                "问:哪里不舒服 答:心口这块闷,说不上痛。问:多久了 答:快一个钟头了,一直没停",
                "问:出汗吗 答:出了,背上都湿透了。问:恶心吗 答:有点想吐。问:胳膊下巴 答:左肩膀发酸",
                "BP 96/60 P 108 手凉",
            ],
            _patient(24820, "female", ("type 2 diabetes", "hypertension"), pregnant=False),
            id="r93-zh-001",
        ),  # NICE CG95 chest pain of recent onset, 1.1: ongoing chest discomfort (atypical in older diabetic women) with sweating, nausea and signs of haemodynamic compromise is suspected ACS needing emergency hospital admission.
        pytest.param(
            [
                "72岁男 老伴陪来 说他早上起来就不对劲",
                "问:说话清楚吗 答:老伴说从7点起说话含糊,他自己说没事",
                "问:右手能举起来吗 答:举不到一半就往下掉。问:嘴歪吗 答:老伴说右边嘴角耷拉着",
                "现在9点半 BP 178/96 血糖6.2",
            ],
            _patient(26280, "male", ("hypertension",), pregnant=None),
            id="r93-zh-002",
        ),  # NICE NG128 stroke and TIA, 1.1: sudden-onset speech disturbance, arm weakness and facial droop (positive FAST) within hours of onset with normal glucose is suspected acute stroke needing immediate transfer to a hyperacute stroke unit.
        pytest.param(
            [
                "4岁女孩 发热39.6 半天",
                "问:精神怎么样 答:妈妈说比平时蔫,叫她爱答不理",
                "问:身上出疹子没 答:腿上有几个紫红点,下午才有的。问:玻璃杯压了褪色吗 答:压着不褪",
                "手脚冰凉 毛细血管充盈4秒",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="r93-zh-003",
        ),  # NICE NG143 fever in under 5s (red features) and NICE meningitis guidance: fever with a non-blanching rash, reduced responsiveness and cold peripheries suggests meningococcal disease needing immediate transfer and parenteral antibiotics.
        pytest.param(
            [
                "20天男婴 奶奶抱来 说摸着烫",
                "问:量了多少 答:腋下38.3,刚才又量38.4",
                "问:吃奶怎么样 答:比平时吃得少,老睡。问:是不是包得太厚 答:没有,穿的跟平时一样",
            ],
            _patient(20, "male", (), pregnant=None),
            id="r93-zh-004",
        ),  # NICE NG143 fever in under 5s: any infant under 3 months with temperature 38 C or higher is a red (high-risk) feature; WHO IMCI classes fever in a young infant as possible serious bacterial infection needing urgent referral.
        pytest.param(
            [
                "26岁女 下腹痛 上午开始",
                "问:月经 答:这个月推迟十来天了没来。问:下面出血吗 答:有一点点褐色的",
                "问:肩膀痛吗 答:右肩膀这会儿也痛,说不清怎么回事",
                "问:头晕吗 答:刚才上厕所差点晕倒。P 112 BP 92/58",
            ],
            _patient(9490, "female", (), pregnant=None),
            id="r93-zh-005",
        ),  # NICE NG126 ectopic pregnancy and miscarriage, 1.3: a woman of reproductive age with missed period, abdominal pain, shoulder-tip pain and haemodynamic instability must be referred immediately to emergency care for suspected ruptured ectopic pregnancy.
        pytest.param(
            [
                "45岁男 在果园被马蜂蜇了手背 20分钟前",
                "问:身上痒吗 答:全身起风团。问:嗓子紧不紧 答:有点紧,声音也哑了",
                "问:喘吗 答:喘,气不够用。BP 86/50 P 118",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r93-zh-006",
        ),  # Resuscitation Council UK anaphylaxis guideline 2021 / WAO: sudden skin features after a sting with airway (throat tightness, hoarse voice), breathing and circulation compromise is anaphylaxis needing IM adrenaline and emergency transfer.
        pytest.param(
            [
                "孕35周 29岁 来量血压 162/110 复测158/108",
                "问:头痛吗 答:昨晚开始痛,吃了片止痛药没用",
                "问:眼睛看东西怎样 答:有时候眼前冒金星。问:胃那里痛吗 答:右上边胀痛",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r93-zh-007",
        ),  # NICE NG133 hypertension in pregnancy: BP 160/110 or more with severe headache, visual disturbance and epigastric/right upper quadrant pain indicates severe pre-eclampsia needing immediate hospital admission.
        pytest.param(
            [
                "14岁女 1型糖尿病 吐了一天",
                "问:吃东西吗 答:吃不下,喝水也吐。问:胰岛素打了没 答:吐了就没敢打",
                "问:喘气什么样 答:妈妈说喘得又深又快,嘴里有股烂苹果味",
                "问:叫得醒吗 答:老想睡,叫几声才应。指尖血糖 HI",
            ],
            _patient(5110, "female", ("type 1 diabetes",), pregnant=None),
            id="r93-zh-008",
        ),  # NICE NG18 diabetes in children (DKA) / ISPAD 2022: a child with diabetes who is vomiting, has deep rapid breathing, ketotic breath and drowsiness has suspected DKA and needs immediate transfer to hospital.
        pytest.param(
            [
                "38岁男 妻子陪来 说他最近不吃不睡",
                "问:有没有觉得活着没意思 答:他点头。问:想过怎么做吗 答:买了农药,放在摩托车箱里",
                "问:打算什么时候 答:说今天就了结。妻子说他下午已经写了遗书",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r93-zh-009",
        ),  # WHO mhGAP Intervention Guide 2.0, SUI module: current suicidal plan with access to means (pesticide) and a stated time is imminent risk of self-harm: do not leave alone, remove means and get immediate specialist/emergency care.
        pytest.param(
            [
                "66岁男 吃阿司匹林好几年 说这两天没劲",
                "问:大便什么颜色 答:黑的,发亮像柏油,昨天拉了三次",
                "问:站起来头晕吗 答:一站起来眼前就黑。P 116 BP 94/60 脸发白",
            ],
            _patient(24090, "male", ("coronary heart disease",), pregnant=None),
            id="r93-zh-010",
        ),  # NICE CG141 acute upper GI bleeding / Glasgow-Blatchford score: melaena in a patient on aspirin with tachycardia, hypotension and postural symptoms indicates significant bleeding with shock needing immediate hospital admission.
        pytest.param(
            [
                "55岁女 早上起来头痛恶心 儿子送来",
                "问:家里烧煤炉吗 答:烧,昨晚门窗都关紧了。问:家里其他人呢 答:老伴也头痛,还吐了",
                "问:早上摔倒过吗 答:起床时站不稳摔了一跤。现在说话慢 反应迟钝",
            ],
            _patient(20075, "female", (), pregnant=None),
            id="r93-zh-011",
        ),  # China expert consensus on diagnosis and treatment of carbon monoxide poisoning / WHO: suspected CO exposure (closed room coal stove, several household members affected) with syncope or altered mental state needs immediate high-flow oxygen and hospital transfer for possible hyperbaric therapy.
        pytest.param(
            [
                "2岁男孩 手足口第3天 今天烧39.5 退烧药不管用",
                "问:睡觉有没有一惊一惊的 答:有,妈妈说今天惊跳好几次",
                "问:手脚抖吗 答:拿东西手抖。问:吐吗 答:吐了两回。心率150 呼吸40",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r93-zh-012",
        ),  # China National Health Commission HFMD diagnosis and treatment guideline (2018): persistent high fever, startles/myoclonic jerks, limb tremor, vomiting, tachycardia and tachypnoea are early warning signs of severe HFMD needing immediate transfer to a hospital able to give intensive care.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "Q: pain passing urine? A: yes 3 days. now aching right side of her back",
                "T 38.5 P 98 BP 124/78 RR 18",
                "asked about vomiting - once this morning, keeping drinks down. asked about confusion - no",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="r93-en-013",
        ),  # NICE NG111 Pyelonephritis (acute) and CKS: suspected acute pyelonephritis without sepsis or inability to take oral fluids should be assessed and started on antibiotics the same day, admission only if severe.
        pytest.param(
            [
                "Q: weight? A: up 3kg since Monday on his scales",
                "Q: breathless? A: on the stairs yes, not sitting. Q: sleeping flat? A: needs an extra pillow last 2 nights",
                "SpO2 95% RR 18 P 86 BP 138/82, ankles more swollen than usual",
            ],
            _patient(28105, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r93-en-014",
        ),  # NICE NG106 Chronic heart failure and CKS: worsening fluid overload (rapid weight gain, more oedema, orthopnoea) without breathlessness at rest or hypoxia needs same-day clinical review and diuretic adjustment, not emergency admission.
        pytest.param(
            [
                "red hot swollen patch left shin 3 days",
                "asked if it's spreading - yes, gone past the pen line we drew yesterday",
                "asked about fever - says a bit, shivery last night. now T 37.6 P 92 BP 134/80, alert and talking",
            ],
            _patient(20440, "male", ("type 2 diabetes",), pregnant=None),
            id="r93-en-015",
        ),  # NICE NG141 Cellulitis and erysipelas with CKS: spreading cellulitis with mild systemic features in a person with comorbidity (Eron class II) needs same-day assessment and antibiotics; admission is for sepsis or severe illness.
        pytest.param(
            [
                "wheezy since a cold 3 days ago, using blue inhaler every 3-4 hrs",
                "PEF 260, her best is 450",
                "Q: can you talk in full sentences? A: yes. SpO2 96% RR 22 P 100",
                "Q: woken at night? A: yes last 2 nights",
            ],
            _patient(11315, "female", ("asthma",), pregnant=False),
            id="r93-en-016",
        ),  # BTS/SIGN 158 British guideline on asthma: PEF 50-75% of best with normal speech, SpO2 92% or more, RR under 25 and HR under 110 is a moderate exacerbation, treated and reviewed in primary care the same day.
        pytest.param(
            [
                "painful blisters on one side of forehead, started 2 days ago, burning pain before they came",
                "Q: any on the tip of the nose? A: yes a couple there too",
                "Q: eye? A: left eye a bit red and watery. Q: vision? A: seems ok",
            ],
            _patient(25915, "female", ("hypertension",), pregnant=False),
            id="r93-en-017",
        ),  # NICE CKS Shingles: herpes zoster in the ophthalmic division with Hutchinson's sign or a red eye needs antiviral treatment and same-day ophthalmology assessment.
        pytest.param(
            [
                "right calf swollen and sore 2 days, after a 14 hr bus trip",
                "calf 3cm bigger than the left",
                "Q: short of breath? A: no. Q: chest pain? A: no. Q: coughing blood? A: no. SpO2 98% P 84",
            ],
            _patient(17155, "female", ("obesity",), pregnant=False),
            id="r93-en-018",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT without features of PE needs proximal leg ultrasound within 4 hours (or D-dimer and interim anticoagulation), i.e. same-day assessment.
        pytest.param(
            [
                "yesterday evening his words came out wrong for about 5 min, wife noticed",
                "Q: how is it now? A: completely normal",
                "asked about arm or face weakness - no, not then and not now. BP 136/84",
            ],
            _patient(21170, "male", ("hyperlipidaemia",), pregnant=None),
            id="r93-en-019",
        ),  # NICE NG128 Stroke and TIA, section 1.1: suspected TIA with fully resolved symptoms should get aspirin 300 mg and specialist assessment within 24 hours (same day), not emergency stroke transfer.
        pytest.param(
            [
                "30 wks pregnant, says baby moving less since yesterday",
                "Q: felt kicks today? A: only a couple, usually lots after lunch",
                "Q: pain or bleeding? A: no. Q: leaking fluid? A: no",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r93-en-020",
        ),  # RCOG Green-top Guideline 57 Reduced fetal movements: a woman after 28 weeks reporting reduced movements should be assessed by the maternity unit (CTG) the same day and not wait.
        pytest.param(
            [
                "came in for BP check, BP 186/118, repeat 184/116",
                "Q: headache? A: no. Q: vision? A: fine. Q: chest pain or breathless? A: no",
                "Q: weakness or confusion? A: no. Q: on BP tablets? A: used to be, stopped last year",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r93-en-021",
        ),  # NICE NG136 Hypertension in adults, section 1.5: clinic BP at or above the severe threshold (systolic 180) without life-threatening symptoms needs same-day investigation for target organ damage and consideration of starting treatment immediately.
        pytest.param(
            [
                "diarrhoea 8 times since yesterday, vomited twice",
                "Q: drinking? A: grabs the cup, very thirsty. Q: eyes? A: mum says look sunken",
                "skin pinch goes back slowly, restless and cranky, awake",
                "Q: blood in stool? A: no",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r93-en-022",
        ),  # WHO IMCI Chart Booklet (2014): two of restless/irritable, sunken eyes, drinks eagerly and slow skin pinch classify as some dehydration, treated with Plan B ORS in the clinic the same day.
        pytest.param(
            [
                "cough 3 days, T 38.4",
                "RR counted 48/min, calm",
                "Q: chest pulling in under the ribs? A: no. Q: drinking? A: yes still breastfeeds. Q: fits? A: no. Q: very sleepy? A: no",
            ],
            _patient(760, "female", (), pregnant=None),
            id="r93-en-023",
        ),  # WHO IMCI Chart Booklet: in a child 12 months to 5 years, RR 40 or more without chest indrawing or danger signs is pneumonia needing oral amoxicillin started the same day, not referral.
        pytest.param(
            [
                "baby 4 days old, mum noticed yellow face and chest since yesterday",
                "Q: feeding? A: breastfeeds every 2-3 hrs, latching ok. Q: wet nappies? A: 5 today",
                "Q: sleepy or floppy? A: no, wakes for feeds. Q: yellow on the first day? A: no, started day 3",
            ],
            _patient(4, "female", (), pregnant=None),
            id="r93-en-024",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: visible jaundice in a baby over 24 hours old needs bilirubin measured within 6 hours (same day); jaundice in the first 24 hours would be the emergency.
        pytest.param(
            [
                "wears contact lenses, right eye red and painful since yesterday",
                "Q: light hurts? A: yes keeps it shut. Q: vision? A: a bit blurry",
                "Q: sleeps in the lenses? A: only sometimes",
            ],
            _patient(9490, "male", (), pregnant=None),
            id="r93-en-025",
        ),  # NICE CKS Red eye: a contact lens wearer with a painful red eye, photophobia and blurred vision may have microbial keratitis and needs same-day ophthalmology assessment.
        pytest.param(
            [
                "more breathless than usual 2 days, green sputum",
                "SpO2 92% (his usual 91-93), RR 22, T 37.8, P 96",
                "Q: confused? A: no. Q: coping at home? A: wife there, walks to toilet ok. Q: home oxygen? A: no",
            ],
            _patient(24820, "male", ("COPD",), pregnant=None),
            id="r93-en-026",
        ),  # NICE NG114/NG115 COPD and GOLD 2024: an exacerbation without severe features (no breathlessness at rest, cyanosis, confusion or fall in SpO2 below baseline) can be managed at home but needs same-day assessment for steroids/antibiotics.
        pytest.param(
            [
                "bitten by a stray dog on the calf 1 hr ago",
                "Q: skin broken? A: yes 2 puncture holes, bled a bit, washed with water",
                "Q: ever had rabies jabs? A: no. Q: dog vaccinated? A: don't know, it ran off",
            ],
            _patient(14965, "male", (), pregnant=None),
            id="r93-en-028",
        ),  # China NHC Rabies exposure prophylaxis work standard (2023) and WHO rabies position (2018): a transdermal bite is category III exposure needing wound care, rabies vaccine and rabies immunoglobulin as soon as possible the same day.
        pytest.param(
            [
                "16 wks pregnant, nephew came out in chickenpox spots yesterday",
                "Q: how long with him? A: played all afternoon the day before, about 4 hrs",
                "Q: had chickenpox herself? A: not sure, her mum can't remember. Q: any spots or fever now? A: no",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="r93-en-030",
        ),  # RCOG Green-top Guideline 13 Chickenpox in pregnancy: a pregnant woman with significant exposure and uncertain immunity needs prompt VZV IgG testing and, if non-immune, post-exposure prophylaxis, so same-day assessment.
        pytest.param(
            [
                "both eyes sticky yellow discharge 2 days",
                "Q: lids swollen? A: yes swollen and red, pus comes back after wiping",
                "Q: feeding? A: ok. Q: fever? A: no, 36.9",
            ],
            _patient(9, "female", (), pregnant=None),
            id="r93-en-031",
        ),  # NICE CKS Conjunctivitis - infective: conjunctivitis in a neonate under 28 days needs same-day ophthalmology referral to exclude gonococcal or chlamydial ophthalmia neonatorum.
        pytest.param(
            [
                "9 wks pregnant, vomiting all day for 4 days",
                "Q: keeping fluids down? A: no, nothing stays down since yesterday, not even sips",
                "Q: passing urine? A: only a little, dark. urine ketones +++, P 104",
                "Q: blood in vomit? A: no. Q: tummy pain? A: no",
            ],
            _patient(9125, "female", (), pregnant=True),
            id="r93-en-032",
        ),  # RCOG Green-top Guideline 69 Nausea and vomiting of pregnancy and hyperemesis gravidarum: inability to keep down oral fluids with ketonuria needs same-day ambulatory or inpatient IV rehydration and antiemetics.
        pytest.param(
            [
                "back from Nigeria 12 days ago, fever and shivers since yesterday",
                "T 38.9 P 102 BP 126/78 RR 18, alert",
                "Q: took malaria tablets? A: first week only, then stopped. Q: confused? A: no. Q: dark urine or yellow eyes? A: no",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r93-en-033",
        ),  # UK malaria treatment guidelines (Lalloo et al., PHE) and WHO: fever in a traveller returned from an endemic area must have malaria excluded by blood film the same day; severe features would require emergency admission.
        pytest.param(
            [
                "temp 39.2 this morning",
                "Q: feeding? A: a bit less but taking bottles. Q: wet nappies? A: yes normal",
                "Q: rash? A: no. Q: floppy or hard to wake? A: no, smiling at us. Q: breathing fast? A: not that I noticed, RR 42",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r93-en-034",
        ),  # NICE NG143 Fever in under 5s: age 3-6 months with temperature 39°C or more is an amber feature, requiring face-to-face clinical assessment the same day.
        pytest.param(
            [
                "on carbimazole 5 wks, sore throat since yesterday",
                "T 38.4. Q: mouth ulcers? A: yes a couple",
                "Q: breathing ok? A: yes. Q: swallowing? A: sore but can",
            ],
            _patient(16060, "female", ("hyperthyroidism",), pregnant=False),
            id="r93-en-035",
        ),  # NICE CKS Hyperthyroidism and MHRA advice on carbimazole: sore throat, mouth ulcers or fever on carbimazole require stopping the drug and a same-day full blood count to exclude agranulocytosis.
        pytest.param(
            [
                "Q: drinking a lot? A: yes, bottles and bottles for 3 wks",
                "Q: wetting the bed? A: used to be dry for years but not now, started again",
                "Q: weight? A: clothes loose. random BG 17.8",
                "Q: vomiting or tummy pain? A: no. Q: breathing? A: normal, playing on phone",
            ],
            _patient(2600, "male", (), pregnant=None),
            id="r93-en-036",
        ),  # NICE NG18 Diabetes in children and young people: a child with suspected type 1 diabetes must be referred the same day to a multidisciplinary paediatric diabetes team; only DKA features make it an emergency.
        pytest.param(
            [
                "34岁女 发烧两天 38.7",
                "问:尿频尿痛吗 答:有,前几天就有。问:腰痛吗 答:右边腰痛,敲着更痛",
                "问:吐吗 答:没有,能吃能喝。P 96 BP 118/72 神志清楚",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r93-zh-015",
        ),  # NICE NG111 acute pyelonephritis: fever and loin pain with urinary symptoms without sepsis or vomiting needs same-day clinician review and oral antibiotics; hospital referral only if signs of sepsis or unable to take oral treatment.
        pytest.param(
            [
                "4个月女婴 发烧39.2 今天下午开始",
                "问:吃奶怎样 答:跟平时差不多。问:哭声 答:正常,逗她会笑",
                "问:身上有疹子吗 答:没有。问:尿 答:尿布湿的次数正常",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r93-zh-016",
        ),  # NICE NG143 fever in under 5s: age 3-6 months with temperature 39 C or higher is an amber (intermediate-risk) feature requiring face-to-face clinical assessment the same day; no red features are present.
        pytest.param(
            [
                "52岁男 左小腿红肿 三天 越来越大",
                "问:痛吗 答:痛,摸着发热。问:发烧吗 答:昨晚有点发冷,今天37.8",
                "昨天画的线 今天红肿已超出两指。问:神志 答:清楚 能走路。P 92 BP 132/80",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r93-zh-017",
        ),  # NICE NG141 cellulitis and erysipelas: spreading cellulitis without signs of sepsis (Eron class I-II) needs same-day assessment and prompt antibiotics, with hospital referral only if systemically unwell.
        pytest.param(
            [
                "23岁女 哮喘 这两天喘 喷沙丁胺醇管的时间越来越短",
                "问:说话能说整句吗 答:能,就是说长了要喘口气",
                "问:晚上憋醒吗 答:昨晚醒了两次。PEF 260 平时380 SpO2 96 呼吸22 心率104",
            ],
            _patient(8395, "female", ("asthma",), pregnant=False),
            id="r93-zh-018",
        ),  # BTS/SIGN 158 asthma guideline and GINA 2024: PEF 50-75% of best with normal speech and SpO2 92% or more is a moderate exacerbation managed in primary care the same day with bronchodilator and oral steroid.
        pytest.param(
            [
                "48岁女 右小腿肿痛 两天",
                "问:最近坐长途车吗 答:上周坐了十几个小时大巴回老家",
                "问:喘不喘 胸痛吗 答:都没有。问:咳血吗 答:没有",
                "右小腿比左边粗3cm 按着痛 P 82 SpO2 98",
            ],
            _patient(17520, "female", (), pregnant=False),
            id="r93-zh-019",
        ),  # NICE NG158 venous thromboembolic diseases: suspected DVT without features of PE needs Wells scoring and proximal leg ultrasound within 4 hours (or D-dimer with interim anticoagulation) - same day, not an ambulance.
        pytest.param(
            [
                "孕32周 产检 BP 148/96 休息15分钟复测146/94",
                "以前血压都110/70左右。问:头痛吗 答:不痛。问:眼花吗 答:没有",
                "问:胃痛吗 答:没有。问:手脚肿吗 答:脚有点肿。尿蛋白阴性 胎动正常",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r93-zh-020",
        ),  # NICE NG133 hypertension in pregnancy: new hypertension 140/90-159/109 after 20 weeks without severe features needs assessment in secondary care within 24 hours, not emergency admission.
        pytest.param(
            [
                "孕33周 说今天孩子动得少",
                "问:从什么时候 答:早上到现在就动了两三下。问:平时呢 答:平时一天动好多次",
                "问:肚子痛吗 出血吗 答:都没有。问:流水吗 答:没有。胎心142",
            ],
            _patient(10950, "female", (), pregnant=True),
            id="r93-zh-021",
        ),  # RCOG Green-top Guideline 57 reduced fetal movements: after 28 weeks a woman reporting reduced movements should be assessed the same day with fetal heart check and CTG.
        pytest.param(
            [
                "67岁男 左额头起水泡 痛 两天",
                "问:鼻尖上有吗 答:有两个小的。问:眼睛红吗 答:左眼有点红,怕光",
                "问:看东西清楚吗 答:跟平时差不多。体温37.3",
            ],
            _patient(24455, "male", (), pregnant=None),
            id="r93-zh-022",
        ),  # NICE CKS shingles: herpes zoster in the ophthalmic division with Hutchinson's sign or red eye needs oral antivirals and same-day ophthalmology assessment.
        pytest.param(
            [
                "21岁女 右眼红痛 一天 戴隐形眼镜",
                "问:晚上戴着睡吗 答:有时候戴着睡。问:怕光吗 答:怕,眼泪多",
                "问:看东西模糊吗 答:有点糊。黑眼珠上好像有个小白点",
            ],
            _patient(7665, "female", (), pregnant=False),
            id="r93-zh-023",
        ),  # NICE CKS red eye: a contact lens wearer with a painful red eye, photophobia, blurred vision and a corneal opacity has suspected microbial keratitis needing same-day ophthalmology assessment.
        pytest.param(
            [
                "9岁男孩 放学路上被野狗咬了小腿 一小时前",
                "问:破皮出血没 答:两个牙印,出血了。问:伤口洗了吗 答:家里用自来水冲了一下",
                "问:以前打过狂犬疫苗吗 答:没打过。问:狗呢 答:跑了,不知道是谁家的",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r93-zh-024",
        ),  # WHO rabies position paper 2018 and China rabies exposure prophylaxis guideline (2023): a bleeding transdermal bite is category III exposure needing thorough wound washing, rabies vaccine and immunoglobulin as soon as possible the same day.
        pytest.param(
            [
                "7岁男孩 妈妈说最近瘦了",
                "问:喝水多吗 答:多,一天好几大瓶。问:尿多吗 答:夜里起来三四次,以前不尿床了现在又尿",
                "问:吐吗 肚子痛吗 答:没有。问:精神 答:还行,在玩手机。呼吸平稳 指尖血糖22.4",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="r93-zh-025",
        ),  # NICE NG18 diabetes in children: a child with polyuria, polydipsia, weight loss and hyperglycaemia has suspected type 1 diabetes and must be referred on the same day to a paediatric diabetes team; without vomiting, deep breathing or drowsiness it is not DKA.
        pytest.param(
            [
                "1岁半女孩 拉肚子两天 一天七八次水样便",
                "问:精神 答:有点烦躁,爱哭闹。问:给水喝吗 答:抢着喝",
                "问:眼窝 答:看着有点凹。捏肚皮回去慢一点 不到2秒 没有血便",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r93-zh-027",
        ),  # WHO IMCI diarrhoea: restless/irritable, sunken eyes, drinks eagerly and slow skin pinch classify as some dehydration - Plan B ORS given in the clinic with reassessment the same day, not severe dehydration.
        pytest.param(
            [
                "2岁女孩 发烧38.5 两天 没鼻涕没咳嗽",
                "问:尿尿时哭吗 答:这两天一尿就哭。问:尿味 答:妈妈说特别臭",
                "问:吃喝 答:吃得少点,水能喝。问:吐吗 答:没吐。精神还可以",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r93-zh-028",
        ),  # NICE NG224 UTI in under 16s: a child over 3 months with fever and suspected UTI needs a urine sample and antibiotics started the same day; no high-risk features present.
        pytest.param(
            [
                "出生4天男婴 家访 脸和身上发黄",
                "问:黄到哪 答:脸 胸口 肚子都黄,腿上还好。问:吃奶 答:母乳,吃得还行",
                "问:大便颜色 答:黄的。问:精神 答:能哭醒要奶。足月顺产",
            ],
            _patient(4, "male", (), pregnant=None),
            id="r93-zh-029",
        ),  # NICE CG98 neonatal jaundice: in a baby older than 24 hours with visible jaundice, bilirubin should be measured within 6 hours.
        pytest.param(
            [
                "40岁男 上个月从非洲打工回来 发冷发热三天",
                "问:在哪个国家 答:尼日利亚。问:吃过防疟药吗 答:没吃",
                "问:神志 答:清楚。问:尿色 答:正常。T 39.1 P 104 BP 124/76 能吃能走",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r93-zh-030",
        ),  # WHO guidelines for malaria and China's malaria elimination technical plan: fever in a traveller returned from an endemic area is suspected malaria needing same-day parasitological testing and treatment; no severe features are present.
        pytest.param(
            [
                "产后5周 喂奶 左边乳房红肿痛 两天",
                "问:发烧吗 答:昨天开始,今天38.5。问:热敷 排空了好点没 答:没好,越来越痛",
                "问:摸着有硬块吗 答:有块,没摸到波动感。精神还行",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r93-zh-031",
        ),  # NICE CKS mastitis and breast abscess: lactational mastitis with fever not improving after 12-24 hours of effective milk removal needs oral antibiotics started the same day.
        pytest.param(
            [
                "71岁男 慢阻肺 这三天咳嗽加重 痰变黄变多",
                "问:比平时喘吗 答:喘一些,但能在家走动。问:嘴唇紫吗 答:没看出来",
                "问:人糊涂吗 答:不糊涂。SpO2 92 平时93 R 22 P 96 T 37.6",
            ],
            _patient(25915, "male", ("COPD",), pregnant=None),
            id="r93-zh-032",
        ),  # GOLD 2024 report: an exacerbation with more dyspnoea and purulent sputum but no respiratory failure, confusion or marked hypoxaemia can be treated as an outpatient with bronchodilators, oral steroid and antibiotic after same-day review.
        pytest.param(
            [
                "35岁女 下楼梯崴了右脚踝 一小时前",
                "问:能走吗 答:当时和现在都走不了四步,要人扶",
                "问:哪里按着痛 答:外踝后边骨头上按着特别痛。脚趾能动 颜色正常",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r93-zh-033",
        ),  # Ottawa ankle rules (as used in NICE CKS sprains and strains): bone tenderness at the posterior edge of the lateral malleolus and inability to bear weight for four steps require an X-ray the same day.
        pytest.param(
            [
                "3岁男孩 开水烫到右手 半小时前",
                "问:多大一片 答:手掌手背差不多都红了,起了水泡",
                "问:冲凉水了吗 答:冲了十几分钟。问:别的地方烫到没 答:没有。精神好 在哭闹",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r93-zh-034",
        ),  # NICE CKS burns and scalds: a partial-thickness burn involving the hand in a child should be referred for same-day specialist burns assessment; it is not life-threatening.
        pytest.param(
            [
                "75岁女 说心慌 昨天开始",
                "问:胸痛吗 答:不痛。问:喘吗 答:不喘,能做家务。问:晕过吗 答:没有",
                "摸脉乱 快慢不齐 听心率约110 BP 136/82 SpO2 97",
            ],
            _patient(27375, "female", ("hypertension",), pregnant=False),
            id="r93-zh-035",
        ),  # NICE NG196 atrial fibrillation: a new irregularly irregular pulse in a haemodynamically stable patient needs same-day ECG and assessment; emergency admission only if haemodynamically unstable.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "moved house yesterday, chest hurts on the left",
                "Q: sweating or short of breath? A: no. Q: sore when pressing? A: yes, sore spot over the ribs",
                "Q: worse twisting? A: yes. Q: pain walking up stairs? A: no. BP 128/78 P 72",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r93-en-037",
        ),  # NICE CKS Chest pain: localised chest-wall pain reproduced by palpation and movement after exertion, with no cardiac or respiratory red flags, is musculoskeletal and managed with simple analgesia and self-care.
        pytest.param(
            [
                "here for repeat tablets, had a stroke 2 yrs ago",
                "Q: any new weakness? A: left hand weak since the stroke, no change",
                "Q: new speech or face changes? A: no. Q: headaches? A: no. BP 138/84",
            ],
            _patient(25915, "male", ("stroke", "hypertension"), pregnant=None),
            id="r93-en-038",
        ),  # NICE NG128 and Chinese Stroke Association secondary prevention guideline: a stable residual deficit from an old stroke with no new neurological symptoms needs only routine secondary-prevention review.
        pytest.param(
            [
                "fever 38.5 yesterday, today spots on the tummy",
                "Q: pressed a glass on them? A: mum did, they fade. Q: drinking? A: yes",
                "Q: playing? A: yes running around, eating. Q: cold hands or feet? A: no. cap refill under 2 secs",
            ],
            _patient(800, "male", (), pregnant=None),
            id="r93-en-039",
        ),  # NICE NG143 Fever in under 5s: a child with only green features and a blanching rash can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "runny nose and cough 2 days",
                "Q: feeding? A: normal, finishes bottles. Q: pauses in breathing? A: no. Q: blue lips? A: no",
                "Q: temp? A: 37.6. Q: breathing fast or sucking in? A: no, RR 36",
            ],
            _patient(213, "female", (), pregnant=None),
            id="r93-en-040",
        ),  # NICE NG9 Bronchiolitis and CKS Common cold: an infant feeding normally with no apnoea, cyanosis or increased work of breathing can be managed at home.
        pytest.param(
            [
                "itchy red welts on arms and back since this morning, changed washing powder",
                "Q: lips or tongue swelling? A: no. Q: throat tight or hard to breathe? A: no",
                "Q: dizzy? A: no. BP 118/72",
            ],
            _patient(12045, "female", (), pregnant=False),
            id="r93-en-041",
        ),  # NICE CKS Urticaria: acute urticaria without angio-oedema or systemic features is treated with a non-sedating antihistamine and self-care.
        pytest.param(
            [
                "home pregnancy test positive, LMP 6 weeks ago",
                "Q: tummy pain? A: no. Q: bleeding or spotting? A: no",
                "Q: dizzy or faint? A: no. Q: shoulder pain? A: no. wants to start antenatal checks",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r93-en-042",
        ),  # NICE NG126 and NICE NG201 Antenatal care: a positive test without pain or bleeding needs routine booking (ideally by 10 weeks), not early pregnancy assessment.
        pytest.param(
            [
                "son says mum's memory getting worse over the last year",
                "asked mum if any problems - she says no, she's fine. son says yes, she leaves pots on the stove",
                "Q: any sudden change in the last few days? A: son says no, slow and steady. Q: fever or urine problems? A: no. alert, knows where she is",
            ],
            _patient(30660, "female", ("hypertension",), pregnant=False),
            id="r93-en-043",
        ),  # NICE NG97 Dementia: gradual memory decline over months without acute change or delirium features needs routine assessment and memory service referral.
        pytest.param(
            [
                "feeling low since losing his job 3 weeks ago, sleeping badly",
                "Q: thoughts of harming yourself or ending your life? A: no, never",
                "Q: drinking more? A: a bit at weekends. eating ok, wife supportive",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r93-en-044",
        ),  # WHO mhGAP Intervention Guide 2.0 (Depression and Self-harm modules): low mood without thoughts, plans or acts of self-harm calls for routine assessment, psychosocial support and follow-up.
        pytest.param(
            [
                "says her stools have gone black",
                "Q: started iron? A: yes ferrous sulphate 2 weeks ago. Q: sticky like tar? A: no, formed, dark greenish black",
                "Q: dizzy or fainting? A: no. Q: vomited blood? A: no. P 76 BP 124/80",
            ],
            _patient(18980, "female", ("iron deficiency anaemia",), pregnant=False),
            id="r93-en-045",
        ),  # NICE CKS Anaemia - iron deficiency and BNF: oral iron commonly darkens stools; formed dark stools with normal pulse and BP are not melaena and need only routine follow-up.
        pytest.param(
            [
                "fasting sugar 9.8 this morning, she's worried, big family dinner last night",
                "Q: very thirsty or peeing a lot? A: no more than usual. Q: vomiting? A: no",
                "Q: drowsy? A: no. usual readings 6-8",
            ],
            _patient(17885, "female", ("type 2 diabetes",), pregnant=False),
            id="r93-en-046",
        ),  # ADA Standards of Care 2024 and Chinese T2DM guideline (2020): an isolated mildly raised fasting glucose without symptoms of hyperglycaemic crisis needs routine review of control at the next appointment.
        pytest.param(
            [
                "24 wks pregnant, mild headache since afternoon, was out in the sun",
                "BP 114/72, urine protein neg",
                "Q: vision blurred or flashing? A: no. Q: pain under ribs? A: no. Q: face or hands puffy? A: no",
                "Q: better after rest and water? A: yes a bit",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r93-en-047",
        ),  # NICE NG133 Hypertension in pregnancy: pre-eclampsia requires new hypertension after 20 weeks; a mild headache with normal BP, no proteinuria and no other symptoms is managed with self-care and usual antenatal care.
        pytest.param(
            [
                "big brother has a cold, baby sneezing since yesterday",
                "T 37.0 axillary",
                "Q: feeding? A: breastfeeding well. Q: floppy or hard to wake? A: no. Q: breathing fast or pauses? A: no",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r93-en-048",
        ),  # NICE NG143 and CKS Common cold: an afebrile young infant with only nasal symptoms, feeding normally and no amber/red features can be cared for at home with safety-netting.
        pytest.param(
            [
                "fainted while having blood taken, out for a few secs",
                "Q: felt hot and sick before? A: yes, went grey. Q: chest pain or heart racing before? A: no",
                "Q: ever happened on exercise? A: no. Q: anyone in family died suddenly young? A: no. sitting up now chatting, P 74 BP 112/70",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="r93-en-049",
        ),  # NICE CG109 Transient loss of consciousness: an uncomplicated faint with typical prodrome and provoking factor, full recovery and no red flags needs no further immediate management.
        pytest.param(
            [
                "headache since this morning, same as her usual migraines, zigzag lines first",
                "Q: worst ever or sudden like a thunderclap? A: no, built up over an hour like always",
                "Q: fever or stiff neck? A: no. Q: weakness or numbness? A: no, zigzags gone after 20 min",
            ],
            _patient(13870, "female", ("migraine",), pregnant=False),
            id="r93-en-050",
        ),  # NICE CG150 Headaches in over 12s: typical migraine with aura matching previous attacks and no red flags is managed with acute treatment and self-care.
        pytest.param(
            [
                "low back pain after lifting 2 days ago",
                "asked about numbness between legs - no. asked about peeing and bowels - normal",
                "asked about leg weakness - no. fever or weight loss - no. ever had cancer - no",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r93-en-051",
        ),  # NICE NG59 Low back pain and sciatica: non-specific low back pain without red flags for cauda equina, infection, cancer or fracture is managed with self-management advice and analgesia.
        pytest.param(
            [
                "ran out of his brown inhaler, wants a repeat",
                "Q: wheezy now? A: only sometimes when running. Q: woken at night? A: once this week",
                "PEF 520, best 600. SpO2 98%, talking full sentences",
            ],
            _patient(8030, "male", ("asthma",), pregnant=None),
            id="r93-en-052",
        ),  # BTS/SIGN 158 and GINA 2024: PEF above 75% of best with no acute features is not an exacerbation; a routine asthma review for control and prescription is appropriate.
        pytest.param(
            [
                "BP 152/94 at health check, repeat 148/92",
                "Q: headache? A: no. Q: chest pain or breathless? A: no. Q: vision? A: fine",
            ],
            _patient(20805, "female", (), pregnant=False),
            id="r93-en-053",
        ),  # NICE NG136 Hypertension in adults: clinic BP between 140/90 and 179/119 without symptoms calls for ambulatory or home BP monitoring to confirm diagnosis, a routine pathway.
        pytest.param(
            [
                "hit her forehead on the table corner 2 hrs ago, small bump",
                "Q: knocked out? A: no, cried straight away. Q: vomited? A: no",
                "Q: sleepy or acting differently? A: no, playing normally. Q: bleeding from ears or nose? A: no",
            ],
            _patient(1150, "female", (), pregnant=None),
            id="r93-en-054",
        ),  # NICE NG232 Head injury: a child with no loss of consciousness, vomiting, drowsiness or signs of skull fracture does not need hospital assessment and is sent home with head-injury advice.
        pytest.param(
            [
                "heart racing this morning after 3 strong coffees, lasted 10 min",
                "Q: still racing? A: no, settled. Q: fainted or chest pain? A: no",
                "Q: short of breath? A: no. Q: family sudden deaths? A: no. P 76 regular BP 116/72",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r93-en-055",
        ),  # NICE CKS Palpitations: resolved palpitations with a clear trigger and no red flags (syncope, chest pain, exertional onset, family history of sudden death) need only routine assessment and ECG.
        pytest.param(
            [
                "ankles swell by evening for a few weeks, gone by morning",
                "Q: one leg or both? A: both the same. Q: calf pain or redness? A: no",
                "Q: breathless lying flat or at night? A: no. Q: any new tablets? A: amlodipine dose went up last month",
            ],
            _patient(28835, "female", ("hypertension",), pregnant=False),
            id="r93-en-056",
        ),  # NICE CKS and BNF: bilateral dependent ankle oedema without features of DVT or heart failure, with a likely drug cause (amlodipine), needs routine medication review.
        pytest.param(
            [
                "neighbour's dog licked his hand",
                "Q: any bite or scratch? A: no, skin not broken. Q: any cuts on that hand? A: no",
                "Q: know the dog? A: yes family pet, vaccinated every year",
            ],
            _patient(3300, "male", (), pregnant=None),
            id="r93-en-057",
        ),  # China NHC Rabies exposure prophylaxis work standard (2023): licking of intact skin is category I exposure and needs only washing, no vaccine or immunoglobulin.
        pytest.param(
            [
                "vomiting and loose stools since last night, 3 times each",
                "Q: drinking? A: yes sips of water and juice. Q: wee? A: yes normal amount 2 hrs ago",
                "Q: blood in poo? A: no. Q: sleepy or floppy? A: no, watching cartoons. T 37.6",
            ],
            _patient(1470, "female", (), pregnant=None),
            id="r93-en-058",
        ),  # NICE CG84 Diarrhoea and vomiting in under 5s: a child without dehydration or red-flag features is managed at home with oral fluids and safety-netting.
        pytest.param(
            [
                "16 wks, first baby, worried she hasn't felt the baby move yet",
                "Q: pain or bleeding? A: no. Q: heartbeat seen before? A: yes at the 12 wk scan",
                "Q: any fluid leaking? A: no",
            ],
            _patient(8030, "female", (), pregnant=True),
            id="r93-en-059",
        ),  # RCOG Green-top Guideline 57: most women first feel movements between 16 and 24 weeks, so no movements at 16 weeks is not reduced fetal movement; routine antenatal care continues.
        pytest.param(
            [
                "sore throat 2 days, T 38.0",
                "Q: can swallow food? A: yes, sore but ok. Q: drooling or can't open mouth? A: no",
                "Q: noisy breathing? A: no. Q: cough? A: a little",
            ],
            _patient(6205, "female", (), pregnant=False),
            id="r93-en-060",
        ),  # NICE NG84 Sore throat (acute): without airway compromise, drooling, trismus or quinsy signs and with low FeverPAIN score, self-care with analgesia is advised.
        pytest.param(
            [
                "28岁男 左胸痛 昨天搬家后",
                "问:按着痛吗 答:按那一点就痛。问:转身深呼吸呢 答:转身扯着痛",
                "问:走快了痛吗 答:不会。问:出汗 喘吗 答:都没有。P 72 BP 118/74",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r93-zh-037",
        ),  # NICE CKS chest pain: localised chest wall pain reproduced by palpation and movement after physical strain, with no exertional, autonomic or breathing features in a young person, is musculoskeletal and managed with simple analgesia and self-care.
        pytest.param(
            [
                "40岁女 头痛 三天 下午重",
                "问:是不是突然一下炸开那种 答:不是,慢慢紧起来的,像箍着",
                "问:吐吗 发烧吗 手脚麻吗 答:都没有。问:以前有过吗 答:忙的时候常这样。BP 124/78",
            ],
            _patient(14600, "female", (), pregnant=False),
            id="r93-zh-038",
        ),  # NICE CG150 headaches in over 12s: bilateral pressing/tightening headache without thunderclap onset, fever, vomiting or neurological deficit is tension-type headache managed with simple analgesia and self-care.
        pytest.param(
            [
                "3岁男孩 发烧38.4 流鼻涕 一天",
                "问:精神 答:在外面跑着玩。问:吃喝 答:正常",
                "问:疹子 答:没有。问:喘吗 答:没注意到喘。手脚暖 尿正常",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r93-zh-039",
        ),  # NICE NG143 fever in under 5s: a child with only green features (normal activity, colour, hydration, no rash or breathing difficulty) can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "3岁女孩 手心脚心红疹 嘴里溃疡 发烧一天 最高38.2",
                "问:睡觉一惊一惊吗 答:没有,睡得挺好。问:吐吗 答:没吐",
                "问:手抖吗 答:没有。问:精神 答:嘴痛吃饭少,水能喝。心率110 呼吸24",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r93-zh-040",
        ),  # China National Health Commission HFMD guideline (2018): common HFMD without warning signs (no persistent high fever, startles, tremor or vomiting) is managed by home isolation and symptomatic care.
        pytest.param(
            [
                "76岁男 来开降压药",
                "问:左手左脚没劲是新的吗 答:不是,三年前中风后就这样",
                "问:最近有没有加重 说话变了没 答:老伴说跟以前一样。BP 138/82",
            ],
            _patient(27740, "male", ("stroke", "hypertension"), pregnant=None),
            id="r93-zh-041",
        ),  # Chinese guideline for secondary prevention of ischaemic stroke (2022): an unchanged residual deficit from an old stroke calls for routine secondary-prevention follow-up; only new or worsening deficits are acute.
        pytest.param(
            [
                "60岁女 高血压 药吃完了三天没买",
                "BP 158/96 复测154/94",
                "问:头痛头晕吗 答:没有。问:胸闷 眼睛看不清吗 答:都没有",
            ],
            _patient(21900, "female", ("hypertension",), pregnant=False),
            id="r93-zh-042",
        ),  # NICE NG136 hypertension / Chinese hypertension guideline: BP below 180/120 without symptoms or signs of acute target organ damage needs medication restarted and routine review, not same-day action.
        pytest.param(
            [
                "50岁女 邻居家的狗舔了她手背 担心狂犬病",
                "问:咬了吗 答:没咬,就舔了一下。问:手上有伤口吗 答:没有,皮是好的",
                "问:狗打疫苗了吗 答:邻居说每年都打",
            ],
            _patient(18250, "female", (), pregnant=False),
            id="r93-zh-043",
        ),  # WHO rabies position paper 2018: licks on intact skin are category I exposure - no post-exposure prophylaxis is needed, only washing.
        pytest.param(
            [
                "12岁男孩 流鼻血 抠鼻子后",
                "问:现在还流吗 答:捏了十分钟止住了。问:流了多少 答:几张纸巾",
                "问:以前常流吗 答:小时候常流,现在很少。问:身上瘀青 牙龈出血吗 答:没有",
            ],
            _patient(4380, "male", (), pregnant=None),
            id="r93-zh-044",
        ),  # NICE CKS epistaxis: an anterior nosebleed that stops with first aid pressure in a child without bleeding disorder signs needs only self-care advice.
        pytest.param(
            [
                "35岁女 饭后烧心 两周",
                "问:干活走路时痛吗 答:不会,就是吃完饭躺下明显",
                "问:咽东西卡吗 答:不卡。问:大便黑吗 答:不黑。问:瘦了吗 答:没有",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r93-zh-045",
        ),  # NICE CG184 dyspepsia and GORD: uninvestigated dyspepsia in a person under 55 without alarm features (dysphagia, melaena, weight loss) is managed with lifestyle advice and a routine trial of PPI.
        pytest.param(
            [
                "孕24周 说大便发黑 吓坏了",
                "问:在吃补铁药吗 答:上周开始吃的。问:是发亮像柏油还是成形黑绿的 答:成形的,黑绿色",
                "问:头晕心慌吗 答:没有。问:吐血 胃痛吗 答:没有。P 82 BP 112/70",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r93-zh-046",
        ),  # BNF oral iron (ferrous salts): dark/black formed stools are a common harmless effect of oral iron; without melaena features, dizziness or tachycardia only reassurance is needed.
        pytest.param(
            [
                "2个月女婴 吃完奶常吐一口",
                "问:吐的什么颜色 答:奶白的,有奶瓣,没有黄绿色。问:喷出来吗 答:不喷,就从嘴角流出来",
                "问:体重 答:比上个月长了900克。问:吃奶精神 答:都好",
            ],
            _patient(60, "female", (), pregnant=None),
            id="r93-zh-047",
        ),  # NICE NG1 GORD in children: effortless regurgitation in a thriving infant without bilious or projectile vomiting is normal and needs reassurance only.
        pytest.param(
            [
                "5岁男孩 幼儿园同班有个孩子得了手足口 妈妈不放心带来看看",
                "问:孩子发烧吗 答:没有。问:手脚 嘴里有疹子吗 答:没看到",
                "问:吃饭精神 答:都正常",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="r93-zh-048",
        ),  # China National Health Commission HFMD guideline (2018) and prevention guidance: a symptom-free contact needs only home observation and hand hygiene; no treatment or assessment is required.
        pytest.param(
            [
                "孕9周 早上恶心吐 两周",
                "问:一天吐几次 答:早上一两次。问:能喝下水吗 答:能,吃点饼干也行",
                "问:尿少吗 颜色深吗 答:不少,淡黄。问:肚子痛 出血吗 答:没有",
            ],
            _patient(9125, "female", (), pregnant=True),
            id="r93-zh-049",
        ),  # RCOG Green-top Guideline 69 nausea and vomiting of pregnancy: mild NVP with fluids kept down, normal urine output and no weight loss is managed in the community with diet advice and self-care.
        pytest.param(
            [
                "孕30周 脚踝肿 下午明显 早上就消",
                "问:头痛 眼花吗 答:没有。问:脸和手肿吗 答:没有",
                "BP 116/74 尿蛋白阴性 胎动正常",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r93-zh-050",
        ),  # NICE NG201 antenatal care / NG133: dependent ankle oedema with normal BP and no proteinuria, headache or visual symptoms is a common pregnancy symptom needing only advice.
        pytest.param(
            [
                "72岁女 老伴上个月走了 睡不好 常哭",
                "问:有没有不想活的念头 答:没有,说还要带孙子",
                "问:吃饭 答:吃得少点。问:家务呢 答:女儿说还能做饭,最近又去跳广场舞了",
            ],
            _patient(26280, "female", (), pregnant=False),
            id="r93-zh-051",
        ),  # WHO mhGAP Intervention Guide 2.0 (DEP/other significant complaints): grief without suicidal thoughts and with preserved functioning needs supportive care and routine follow-up, not urgent care.
        pytest.param(
            [
                "32岁女 偶尔心里咯噔一下 喝咖啡后明显",
                "问:晕过吗 答:没有。问:胸痛 喘吗 答:没有",
                "问:家里有人年轻时猝死吗 答:没有。脉72 整齐",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="r93-zh-052",
        ),  # NICE CKS palpitations: occasional ectopic-type palpitations linked to caffeine with no syncope, chest pain or family history of sudden death need a routine ECG and advice, not urgent assessment.
        pytest.param(
            [
                "63岁男 糖尿病 脚底有块硬茧 担心糖尿病足",
                "问:破了吗 流水流脓吗 答:没有。问:红肿发热吗 答:没有",
                "问:脚麻吗 答:不麻。足背动脉摸得到",
            ],
            _patient(22995, "male", ("type 2 diabetes",), pregnant=None),
            id="r93-zh-053",
        ),  # NICE NG19 diabetic foot problems: a callus without ulceration, infection, neuropathy or ischaemia is low risk and managed by routine podiatry and foot-care education.
        pytest.param(
            [
                "10个月女婴 从床上摔下来 床高五十公分左右 半小时前",
                "问:当时哭了吗 答:马上就哭了。问:昏过去没有 答:没有",
                "问:吐了吗 答:没吐。问:现在呢 答:在吃奶,跟平时一样。头上没起包",
            ],
            _patient(304, "female", (), pregnant=None),
            id="r93-zh-054",
        ),  # NICE NG232 head injury: a low fall in an infant with immediate crying, no loss of consciousness, no vomiting, normal behaviour and no swelling has no CT indication; home observation with advice.
        pytest.param(
            [
                "19岁男 嗓子痛 两天",
                "问:张嘴困难吗 答:没有。问:流口水 咽不下吗 答:能咽,就是痛",
                "T 37.6 扁桃体红 没有脓点 有咳嗽流鼻涕",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r93-zh-055",
        ),  # NICE NG84 sore throat (acute): low FeverPAIN/Centor score without trismus, drooling or inability to swallow is self-limiting and managed with self-care.
        pytest.param(
            [
                "45岁女 感冒后咳嗽 5天",
                "问:喘吗 答:不喘。问:痰呢 答:少量白痰。问:咳血吗 答:没有",
                "T 37.2 R 16 SpO2 98",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r93-zh-056",
        ),  # NICE NG120 cough (acute): acute cough after a cold without breathlessness, haemoptysis or abnormal vital signs is self-limiting and managed with self-care.
        pytest.param(
            [
                "55岁男 以前得过肺结核 已治好 这次咳嗽3天 怕复发",
                "问:咳血吗 答:没有。问:晚上出汗 瘦了吗 答:没有",
                "问:发烧吗 答:昨天有点低烧,今天没了。问:家里人呢 答:孙子也在咳",
            ],
            _patient(20075, "male", ("pulmonary tuberculosis (treated)",), pregnant=None),
            id="r93-zh-057",
        ),  # China WS 288-2017 diagnosis of pulmonary tuberculosis: presumptive TB needs cough of 2 weeks or more or haemoptysis; a 3-day cough with a sick contact and no haemoptysis, sweats or weight loss is routine.
        pytest.param(
            [
                "42岁男 搬水泥后腰痛 两天",
                "问:腿麻 腿没劲吗 答:没有。问:大小便正常吗 答:正常",
                "问:屁股周围麻吗 答:不麻。问:发烧吗 答:没有",
            ],
            _patient(15330, "male", (), pregnant=None),
            id="r93-zh-058",
        ),  # NICE NG59 low back pain and sciatica: acute mechanical low back pain without red flags (no saddle anaesthesia, sphincter or neurological symptoms, fever) is managed with self-management and activity advice.
        pytest.param(
            [
                "19岁女 抽血时晕了一下 几秒就醒",
                "问:晕之前 答:看到血就头晕出汗恶心。问:抽搐 咬舌头吗 答:没有",
                "问:运动时晕过吗 答:没有。问:胸痛心慌 答:没有。现在坐着说话正常 P 76 BP 108/68",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="r93-zh-059",
        ),  # NICE CG109 transient loss of consciousness: an uncomplicated faint with clear provoking trigger and prodrome, no exertional onset or cardiac features, needs only a routine ECG and advice, not emergency assessment.
        pytest.param(
            [
                "6岁男孩 两只眼红 早上眼屎多 粘得睁不开",
                "问:眼睛痛吗 答:不痛,有点痒。问:怕光吗 答:不怕",
                "问:看东西清楚吗 答:清楚。没发烧",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r93-zh-060",
        ),  # NICE CKS conjunctivitis (infective): red sticky eyes without pain, photophobia or reduced vision are self-limiting and managed with self-care.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
