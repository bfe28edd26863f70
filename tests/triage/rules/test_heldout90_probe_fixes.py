# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninetieth held-out round (2026-12-07, at commit 51359e1: two reviewers, 120 cases typed the way
busy staff type: dialect and village words, voice-to-text homophones and pinyin initials (xy for
血压, xt for 血糖) in Chinese; non-native English, text-speak, dropped g's, "n" for and, "rite" for
right, "b4" for before in English; across chest pain, stroke, breathing, children's fevers,
abdominal pain, pregnancy, injuries and mental health; 12 emergencies, 24 same-day and 24
look-alikes a set). Before these fixes the rules found 8 of 12 and 12 of 12 emergencies, graded 16
of 24 and 18 of 24 same-day cases exactly (English, Chinese) and sent 1 and 2 look-alikes to
emergency. Missed: "chest bit tight ... pain goin to L arm n jaw, sweatin alot", "speech gone
funny ... cant hold cup in rite hand keep droppin, face look droopy", "a few of his mum sleepin
pills n some paracetamol, brother think like 2 boxes", and a head injury "knock out ... GCS abt
13". Sent to emergency: 尿hcg阴性 read as pregnant (the 阴性 ran into the next word once the spaces
went), a panic attack "现在...已经好了", and "pesticide at home they lock it away".

What changed: text-speak is normalised before reading (a list of stems that lose their g, so that
"pain" or "skin" are never touched; a lone "n" or "w" for and and with; rite, nite, b4, yest, cos,
"knock out"); xy and xt are labels of blood pressure and glucose; a result told 阴性 right after its
test is negative whatever follows; means locked away are a safety step in English too; and the
words of stroke, overdose ("took ... 2 boxes"), renal colic, a dog bite by an unvaccinated dog,
a Colles fracture after a slip, a diabetic toe's sore and spreading redness. After: 12/12, 12/12;
24/24, 21/24; look-alikes 24/24, 24/24.

Left, graded emergency by the rules' sources: suicidal thoughts this month with alcohol, no plan
now (r90-zh-027; WHO mhGAP), new confusion with a urinary infection at 84 (r90-zh-043; NICE
NG51), and a puerperal endometritis (r90-zh-057)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "pt 58yo man came in say chest bit tight since 7am, he think its gastric from last nite hotpot",
                "pain goin to L arm n jaw, sweatin alot, still there now. bp 150/95 p 98",
                "no heart hx b4, on metformin n amlodipine",
            ],
            _patient(21270, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r90-en-001",
        ),  # NICE CG95 Chest pain of recent onset: people with suspected acute coronary syndrome and current chest pain (or pain in the last 12 h with abnormal ECG) must be referred immediately as an emergency.
        pytest.param(
            [
                "daughter on phone say mum speech gone funny sins lunch time words all mix up",
                "cant hold cup in rite hand keep droppin, face look droopy on the rite side",
                "she say mum ran out of her blood thinner 2 weeks",
            ],
            _patient(27055, "female", ("hypertension", "atrial fibrillation"), pregnant=False),
            id="r90-en-002",
        ),  # NICE NG128 Stroke and TIA: sudden-onset focal deficit (face droop, arm weakness, speech disturbance, FAST positive) is suspected acute stroke needing immediate emergency transfer to a hyperacute stroke unit.
        pytest.param(
            [
                "mum bring lil boy 2yrs fever 39.4 since mornin, v sleepy n floppy dont want look at us",
                "got small purple spots on legs n tummy, did glass test they dont go away",
                "hands n feet cold",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r90-en-003",
        ),  # NICE NG240 Bacterial meningitis and meningococcal disease (2024) / NG143: an ill febrile child with a non-blanching petechial rash suggests meningococcal disease and needs immediate emergency transfer (parenteral antibiotic if it does not delay transfer).
        pytest.param(
            [
                "9 yr girl asthma attack, gave salbutamol 10 puff thru spacer x2 not better",
                "cant talk full sentense only 2-3 words, sats 91% RA, RR 40 HR 140",
                "lips look abit blu",
            ],
            _patient(3435, "female", ("asthma",), pregnant=None),
            id="r90-en-004",
        ),  # BTS/SIGN 158 British guideline on the management of asthma: in a child SpO2 <92% or cyanosis is life-threatening asthma requiring immediate hospital transfer by ambulance.
        pytest.param(
            [
                "g1 34wks c/o v bad headach since mornin n seeing flashin lights",
                "bp 168/112 rechk 165/110, urine prot 2+",
                "also pain under rib rt side, feet face puffy",
            ],
            _patient(10705, "female", (), pregnant=True),
            id="r90-en-005",
        ),  # NICE NG133 Hypertension in pregnancy: severe hypertension (>=160/110) with symptoms of severe pre-eclampsia (severe headache, visual disturbance, epigastric/right upper quadrant pain) requires immediate admission.
        pytest.param(
            [
                "girl 23 c/o belly ache low down L side since yest, she say prob just her period comin",
                "period late, lmp abt 7wks ago, did preg test here +ve",
                "she faint in toilet just now, v pale, bp 85/50 p 124, pain goin to shoulder tip",
            ],
            _patient(8595, "female", (), pregnant=True),
            id="r90-en-006",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: a woman with a positive pregnancy test, pain and signs of haemodynamic instability (fainting, hypotension, tachycardia, shoulder-tip pain) must be referred immediately to hospital as an emergency.
        pytest.param(
            [
                "wife call say her husband v sleepy this morn hard to wake up, mumbling nonsense",
                "he did his insulin last nite but didnt eat much dinner",
                "she check sugar 2.1, cant get him to swallow juice",
            ],
            _patient(24485, "male", ("diabetes", "ckd"), pregnant=None),
            id="r90-en-007",
        ),  # ADA Standards of Care in Diabetes 2024: level 3 (severe) hypoglycaemia with altered mental status in someone unable to take oral carbohydrate needs glucagon and emergency medical services.
        pytest.param(
            [
                "guy 34 brought by brother, he took 'a few' of his mum sleepin pills n some paracetamol, brother think like 2 boxes?",
                "abt 3hr ago after fight w wife, he say hes fine now just tired want go home",
                "alert now talkin ok bp 118/76",
            ],
            _patient(12500, "male", (), pregnant=None),
            id="r90-en-008",
        ),  # NICE NG225 Self-harm (2022) and NICE CKS Poisoning: anyone who has self-poisoned, including a large paracetamol ingestion, must be transferred to the emergency department immediately for assessment, paracetamol levels and acetylcysteine, however well they appear.
        pytest.param(
            [
                "15yo boy stung by bee on neck at the farm 15 min ago",
                "lips n eyes swellin up quick, voice gone hoarse n wheezy, itchy rash all over",
                "bp 90/60 he say dizzy",
            ],
            _patient(5575, "male", (), pregnant=None),
            id="r90-en-009",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021): sudden airway/breathing/circulation problems with skin changes after a trigger is anaphylaxis — give IM adrenaline and call for emergency help.
        pytest.param(
            [
                "man 46 fell off ladder abt 2m hit head on concrete",
                "was knock out maybe a minute, now vomit 3 times n keep askin same question again n again",
                "GCS abt 13 i think, some blood from L ear",
            ],
            _patient(17000, "male", (), pregnant=None),
            id="r90-en-010",
        ),  # NICE NG232 Head injury (2023): GCS <15, loss of consciousness, repeated vomiting, amnesia or signs of basal skull fracture after head injury require immediate transfer to the emergency department by ambulance.
        pytest.param(
            [
                "granny 81 not herself 2 days, today confuse dont know her own son, v weak",
                "T 38.9 RR 28 p 118 bp 86/50 sats 93%",
                "was peein smelly n burnin last week",
            ],
            _patient(29580, "female", ("diabetes", "hypertension"), pregnant=False),
            id="r90-en-011",
        ),  # NICE NG51 Sepsis: any high-risk criterion (new altered mental state, respiratory rate >=25/min, systolic BP <=90 mmHg) in a person with suspected infection in the community requires emergency transfer to hospital.
        pytest.param(
            [
                "8 yr old boy t1dm vomitin since nite cant keep nothin down",
                "breathin deep n fast, tummy pain, v drowsy",
                "glucometer say HI, ketone strip 4.2",
            ],
            _patient(2990, "male", ("type 1 diabetes",), pregnant=None),
            id="r90-en-012",
        ),  # NICE NG18 Diabetes in children and young people: suspected diabetic ketoacidosis (vomiting, deep rapid breathing, drowsiness, raised ketones) requires immediate transfer to hospital.
        pytest.param(
            [
                "老师 问个事 我们这儿一个孃孃66岁 说心口那点闷得慌 像有坨石头压到 半个钟头了",
                "她自己说是胃不舒服 吃坏了 但是一身冒虚汗 脸煞白 xy 150/90 心率102",
                "有糖尿病高血压 以前莫得这种",
            ],
            _patient(24210, "female", ("diabetes", "hypertension"), pregnant=False),
            id="r90-zh-001",
        ),  # NICE CG95 Chest pain of recent onset: refer as an emergency anyone with current suspected acute coronary syndrome pain (>15 min, with sweating/pallor), remembering diabetic women often describe it as epigastric 'indigestion'.
        pytest.param(
            [
                "大夫 俺家老爷子早上起来嘴有点歪 说话呜噜呜噜的 家里人寻思是睡觉让风吹着了",
                "左胳膊也不得劲 拿筷子掉了两回 大概一个来小时了吧",
                "xy 172/98 xt 6.4 人还明白",
            ],
            _patient(26845, "male", ("hypertension", "atrial fibrillation"), pregnant=None),
            id="r90-zh-006",
        ),  # 中国急性缺血性脑卒中诊治指南2023: 突发口角歪斜、言语不清、单侧肢体无力(FAST阳性)应立即拨打120送至有卒中救治能力的医院，争取4.5小时内静脉溶栓。
        pytest.param(
            [
                "医生 个bb 10个月 今朝开始发烧 39.6 好攰 成日瞓 唔肯食奶",
                "啱啱换片见到脚同肚有啲紫色嘅细点 用杯压落去都唔褪色",
                "手脚冻冰冰",
            ],
            _patient(305, "female", (), pregnant=None),
            id="r90-zh-011",
        ),  # NICE NG143 Fever in under 5s / NICE NG240 Meningitis: fever with a non-blanching rash and reduced responsiveness is a red feature of meningococcal disease — give parenteral antibiotics if possible and transfer immediately by emergency ambulance.
        pytest.param(
            [
                "快 输液室那个阿姨 头孢刚挂了10分钟 说嗓子发紧 喘不上来气",
                "嘴唇肿了 身上起一片片的风团 xy 78/45 心率128",
                "液已经停了",
            ],
            _patient(16513, "female", (), pregnant=False),
            id="r90-zh-016",
        ),  # 严重过敏反应诊断和临床管理专家共识(2019) / Resuscitation Council UK Anaphylaxis 2021: airway/breathing compromise with hypotension after a drug is anaphylaxis — IM adrenaline 0.5 mg immediately and call emergency help.
        pytest.param(
            [
                "先生 有个查某囡仔26岁 腹肚右边痛 说停经快7个礼拜没来",
                "刚才去厕所晕到了 扶起来 脸白白 xy 86/54 脉搏118",
                "说屁股那边往下坠",
            ],
            _patient(9640, "female", (), pregnant=True),
            id="r90-zh-021",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: a woman with possible pregnancy, abdominal pain and haemodynamic instability (collapse, hypotension, tachycardia) must be referred immediately to emergency care for suspected ruptured ectopic pregnancy.
        pytest.param(
            [
                "老伯打一到素的 今早家属喊不醒 只会哼哼",
                "xt 1.9 出了好多汗",
                "昨晚上没吃啥饭 针照打了",
            ],
            _patient(28770, "male", ("diabetes", "ckd"), pregnant=None),
            id="r90-zh-026",
        ),  # ADA Standards of Care 2024 Section 6: level 3 hypoglycaemia with altered consciousness requires glucagon or IV glucose and emergency services; 中国2型糖尿病防治指南(2020年版): 意识障碍的低血糖立即静推葡萄糖并转诊。
        pytest.param(
            [
                "这个大姐跟她男人吵架 她男人讲她喝了一口敌敌畏 大概20分钟前",
                "她自己说莫得事 就是有点想吐 嘴巴里一股药味",
                "现在精神还好 出汗有点多",
            ],
            _patient(12455, "female", (), pregnant=False),
            id="r90-zh-031",
        ),  # 急性有机磷农药中毒诊治临床专家共识(2016): any suspected organophosphate (dichlorvos) ingestion needs immediate transfer for decontamination, atropine and observation even if the patient looks well, as cholinergic crisis develops quickly.
        pytest.param(
            [
                "yf 29岁 头胎 孕34周 下午开始脑壳痛得很 眼睛花 看东西冒金星",
                "刚测xy 168/112 隔了15分钟再测 165/110 脚肿得按一个坑",
                "尿蛋白我们这没法查",
            ],
            _patient(10645, "female", (), pregnant=True),
            id="r90-zh-036",
        ),  # 妊娠期高血压疾病诊治指南(2020) / NICE NG133: BP >=160/110 with severe headache and visual disturbance after 20 weeks indicates severe pre-eclampsia requiring immediate hospital admission.
        pytest.param(
            [
                "小孩7岁有哮喘 今晚喘得厉害 说话一个字一个字往外蹦",
                "喷了沙丁胺醇 隔20分钟又喷了 没啥用 SpO2 89% 呼吸40多 肋骨下面往里凹",
                "嘴唇有点发乌",
            ],
            _patient(2655, "male", ("asthma",), pregnant=None),
            id="r90-zh-041",
        ),  # BTS/SIGN 158 / GINA 2024: a child unable to complete sentences, with SpO2 <92%, cyanosis and poor bronchodilator response has severe/life-threatening asthma — oxygen, repeated bronchodilator and emergency ambulance.
        pytest.param(
            [
                "奶奶81了 吃华法林的 下午在院坝头摔了一跤 脑壳后面磕到",
                "当时说没事 晚上吐了两回 现在老是想睡 喊她答应一声又睡过去",
                "xy 160/88",
            ],
            _patient(29595, "female", ("atrial fibrillation",), pregnant=False),
            id="r90-zh-046",
        ),  # NICE NG232 Head injury: after a head injury, reduced consciousness and repeated vomiting in a person on anticoagulants require immediate emergency ambulance transfer for CT.
        pytest.param(
            [
                "男的55 有乙肝肝硬化 今天吐了两回 颜色像咖啡渣 小半盆",
                "屙的屎黑的 像柏油 起来就脑壳昏 站不住",
                "HR 118 xy 92/58",
            ],
            _patient(20285, "male", ("cirrhosis", "hepatitis b"), pregnant=None),
            id="r90-zh-051",
        ),  # NICE CG141 Acute upper gastrointestinal bleeding / 急性上消化道出血急诊诊治流程专家共识: haematemesis with melaena and shock (tachycardia, hypotension) in cirrhosis requires immediate transfer for resuscitation and endoscopy.
        pytest.param(
            [
                "初二男娃 下午打球回来说肚子疼 吐了一回",
                "后来他爸问了才说是蛋蛋那里疼 左边 一碰就疼得叫 有三个多钟头了 不好意思讲",
                "没发烧",
            ],
            _patient(5290, "male", (), pregnant=None),
            id="r90-zh-056",
        ),  # NICE CKS Scrotal pain and swelling: sudden testicular pain in a boy (which may present as abdominal pain with vomiting) is testicular torsion until proven otherwise and needs immediate referral for surgical exploration.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "pt 26 preg 20wk burnin wen pee, goin every 10 min since 2 day",
                "no fever T 37.2, no back pain, baby movin ok",
                "urine dip nit + leuk +++",
            ],
            _patient(9530, "female", (), pregnant=True),
            id="r90-en-013",
        ),  # NICE NG109 Urinary tract infection (lower): pregnant women with lower UTI should have a urine culture sent and be offered an immediate antibiotic prescription.
        pytest.param(
            [
                "34 f fever 38.6 n shivering last nite, pain R side back near loin",
                "pee burnin, no vomit keepin fluids ok, bp 118/74 p 100 RR 18 alert",
                "not preg lmp 1wk ago",
            ],
            _patient(12710, "female", (), pregnant=False),
            id="r90-en-014",
        ),  # NICE NG111 Pyelonephritis (acute): offer an antibiotic promptly with urine culture, referring to hospital only if signs of sepsis or inability to take oral treatment.
        pytest.param(
            [
                "18 mo boy fever on n off 5 days now, T 38.7 today",
                "eatin less but drinkin ok, wet nappies normal, no rash",
                "alert n playin a bit, lil cough",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r90-en-015",
        ),  # NICE NG143 Fever in under 5s: fever for 5 days or longer is an amber feature requiring face-to-face clinical assessment (including consideration of Kawasaki disease).
        pytest.param(
            [
                "63m diabetic L lower leg red hot swollen since yest, red area spreadin past the line we drew yest",
                "T 37.6 p 88 bp 140/85, feel ok otherwise, no blisters",
                "small cut on foot from workin in the field",
            ],
            _patient(23075, "male", ("diabetes",), pregnant=None),
            id="r90-en-016",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis without systemic toxicity (Eron class I) needs prompt clinical assessment and an oral antibiotic, with closer review in diabetes.
        pytest.param(
            [
                "69 m yest evenin L arm n hand went numb n weak maybe 20 min, speech slur a bit, his wife noticed",
                "all back to normal now, bp 158/92 p 76 regular",
                "no headache today, walkin fine",
            ],
            _patient(25305, "male", ("hypertension",), pregnant=None),
            id="r90-en-017",
        ),  # NICE NG128 Stroke and TIA: for suspected TIA with full resolution, give aspirin 300 mg immediately and refer for specialist assessment within 24 hours of onset.
        pytest.param(
            [
                "33wk preg say baby not movin much since yesterday, less kick than usual",
                "no bleed no pain no water leakin, bp 116/72",
                "1st baby",
            ],
            _patient(11375, "female", (), pregnant=True),
            id="r90-en-018",
        ),  # RCOG Green-top Guideline 57 Reduced fetal movements: a woman after 28 weeks reporting reduced fetal movements should be assessed the same day at the maternity unit including CTG.
        pytest.param(
            [
                "baby girl 14mo vomit n diarrhoea 2 day, watery poo 6-7 times today",
                "less wet nappy only 2 since mornin, mouth bit dry, still alert cryin with tears",
                "T 37.8 takin ORS small sips",
            ],
            _patient(426, "female", (), pregnant=None),
            id="r90-en-019",
        ),  # NICE CG84 Diarrhoea and vomiting in children: reduced urine output and dry mucous membranes are signs of clinical dehydration needing face-to-face assessment and supervised oral rehydration.
        pytest.param(
            [
                "52 f R calf swollen n painful 3 days after 12hr bus from guangzhou",
                "calf 3cm bigger than other one, bit red warm, no sob no chest pain",
                "sats 98% p 82",
            ],
            _patient(19013, "female", (), pregnant=False),
            id="r90-en-020",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT needs a proximal leg vein ultrasound within 4 hours, or interim anticoagulation and a scan within 24 hours.
        pytest.param(
            [
                "10y girl drink water alot n peein at nite past 3wks, lost weight clothes loose",
                "random sugar 17.8 here, no vomit, alert, breathin normal",
                "no diabetes in family mum say",
            ],
            _patient(3740, "female", (), pregnant=None),
            id="r90-en-021",
        ),  # NICE NG18 Diabetes in children and young people: a child with suspected type 1 diabetes should be referred immediately (on the same day) to a multidisciplinary paediatric diabetes team.
        pytest.param(
            [
                "41m been feelin low 2 month since lost job, not sleepin not eatin much",
                "say sometimes think family better off w/o him but no plan, never tried, say he wont do it cos of his kids",
                "wife with him, pesticide at home they lock it away",
            ],
            _patient(15115, "male", (), pregnant=None),
            id="r90-en-022",
        ),  # NICE NG222 Depression in adults: a person with depression who expresses suicidal ideation needs a prompt clinician assessment of risk and safety planning, with urgent mental health referral if risk is high.
        pytest.param(
            [
                "38m bad pain L side back comin in waves go down to groin since 3am, cant sit still",
                "vomit once, urine dip blood +++, T 36.9 bp 145/90",
                "had stone b4 5 yrs ago",
            ],
            _patient(13890, "male", (), pregnant=None),
            id="r90-en-023",
        ),  # NICE NG118 Renal and ureteric stones: suspected renal colic needs prompt assessment and NSAID analgesia, with immediate hospital referral only if fever/sepsis, anuria or uncontrolled pain.
        pytest.param(
            [
                "7yo boy bit by neighbour dog on hand 1hr ago, teeth marks broke skin bleedin a bit",
                "dog not vaccinated, runnin round the village",
                "washed w water already",
            ],
            _patient(2655, "male", (), pregnant=None),
            id="r90-en-024",
        ),  # China Rabies Exposure Prophylaxis Guideline (狂犬病暴露预防处置工作规范 2023): a transdermal bite with bleeding is a category III exposure requiring prompt wound treatment, rabies vaccination and passive immunisation.
        pytest.param(
            [
                "50 m cough w yellow phlegm 4 day, fever 38.4, bit sob climbin stairs",
                "RR 22 sats 95% bp 130/80 p 96, alert not confuse, crackles R base",
                "smoke 1 pack a day",
            ],
            _patient(18430, "male", (), pregnant=None),
            id="r90-en-025",
        ),  # NICE NG138 Pneumonia (community-acquired): CRB65 score 0 is low risk and should be treated at home with an oral antibiotic started promptly after clinical assessment.
        pytest.param(
            [
                "58f slip on wet floor landed on R hand, wrist v swollen n look bent like a fork",
                "fingers pink n can move, pain 8/10",
                "didnt hit head",
            ],
            _patient(21420, "female", (), pregnant=False),
            id="r90-en-026",
        ),  # NICE NG38 Fractures (non-complex): a suspected displaced distal radius fracture with intact neurovascular status needs same-day X-ray, analgesia and reduction/fracture clinic care.
        pytest.param(
            [
                "72m painful blisters on R forehead n round the eye since yest, also one on tip of nose",
                "eye red n watery, he say vision bit blurry",
                "had burnin pain there 3 days b4 rash came",
            ],
            _patient(26340, "male", (), pregnant=None),
            id="r90-en-027",
        ),  # NICE CKS Herpes zoster: herpes zoster ophthalmicus (including Hutchinson's sign or eye symptoms) needs oral antiviral and same-day ophthalmology referral.
        pytest.param(
            [
                "lab ring back results for mr 76y: K 6.1, creat 165 (same as usual)",
                "he on ramipril n spironolactone",
                "he feel ok on phone, bit tired, no chest pain no palpitation",
            ],
            _patient(27840, "male", ("ckd", "heart failure", "hypertension"), pregnant=None),
            id="r90-en-028",
        ),  # UK Kidney Association Clinical Practice Guideline Treatment of Acute Hyperkalaemia in Adults: potassium 6.0–6.4 mmol/L is moderate hyperkalaemia needing same-day repeat, ECG and medicine review, while >=6.5 mmol/L is an emergency.
        pytest.param(
            [
                "6yo asthma wheezy since last nite with cold, used blue puffer 4 times",
                "can talk sentences, sats 95%, RR 28 HR 115, peak flow abt 60% his best",
                "no blue lips, alert",
            ],
            _patient(2390, "male", ("asthma",), pregnant=None),
            id="r90-en-029",
        ),  # BTS/SIGN 158 British guideline on the management of asthma: a moderate exacerbation in a child (SpO2 >=92%, PEF >=50%, able to talk) is treated in primary care with spacer beta-agonist and oral prednisolone after clinical assessment.
        pytest.param(
            [
                "44m just back from workin in Nigeria 10 days ago, fever chill sweats 2 days",
                "T 39.1 headache body ache, bp 124/78 p 104, alert",
                "didnt take malaria tabs",
            ],
            _patient(16130, "male", (), pregnant=None),
            id="r90-en-030",
        ),  # WHO Guidelines for malaria / China Technical Scheme for Malaria Elimination: fever in a traveller returning from a malaria-endemic area needs same-day parasitological testing (RDT or smear) and treatment.
        pytest.param(
            [
                "baby boy 4 days old, mum say yellow on face n chest since yesterday",
                "breastfeed every 2-3 hr, wet nappies 5-6, alert",
                "born 39wk normal delivery",
            ],
            _patient(4, "male", (), pregnant=None),
            id="r90-en-031",
        ),  # NICE CG98 Neonatal jaundice: in a baby older than 24 hours with visible jaundice, measure and record the bilirubin level within 6 hours.
        pytest.param(
            [
                "30wk preg bp today 148/96 rechk 146/94, first time high",
                "urine prot neg, no headache no vision prob no pain",
                "baby movin good",
            ],
            _patient(11050, "female", (), pregnant=True),
            id="r90-en-032",
        ),  # NICE NG133 Hypertension in pregnancy: new hypertension 140/90–159/109 mmHg after 20 weeks without severe features needs prompt (within 24 hours) assessment by a professional trained in hypertensive disorders of pregnancy, not immediate admission.
        pytest.param(
            [
                "25f 8wk preg vomit everythin 3 days, cant keep even water down",
                "urine ketone +++, dizzy when stand up, p 108 bp 104/66",
                "lost 3kg",
            ],
            _patient(9175, "female", (), pregnant=True),
            id="r90-en-033",
        ),  # RCOG Green-top Guideline 69 Nausea and vomiting of pregnancy and hyperemesis gravidarum: inability to keep down fluids with ketonuria and weight loss needs same-day ambulatory IV fluids and antiemetics.
        pytest.param(
            [
                "3yo girl fever 38.6 since yest, cryin when she pee, pee smell bad",
                "drinkin ok, playin a bit, no rash, no vomit",
                "mum got urine sample in bottle",
            ],
            _patient(1215, "female", (), pregnant=None),
            id="r90-en-034",
        ),  # NICE NG224 Urinary tract infection in under 16s: a febrile child over 3 months with suspected UTI needs same-day urine testing, culture and an antibiotic (oral if well).
        pytest.param(
            [
                "71m c/o heart flutterin since this mornin, pulse irregular abt 112",
                "bp 132/80 sats 97%, no chest pain no sob no dizzy",
                "never had b4",
            ],
            _patient(26115, "male", ("hypertension",), pregnant=None),
            id="r90-en-035",
        ),  # NICE NG196 Atrial fibrillation: suspected new-onset AF without haemodynamic instability needs same-day ECG confirmation, rate control and stroke-risk assessment, with referral for cardioversion if onset <48 hours.
        pytest.param(
            [
                "68m copd more breathless past 2 day, phlegm turn green n more of it",
                "sats 91% (usual 90-92), RR 22, can talk full sentence, no confuse, T 37.5",
                "usin his inhaler more",
            ],
            _patient(24910, "male", ("copd",), pregnant=None),
            id="r90-en-036",
        ),  # NICE NG114/NG115 COPD exacerbation: an exacerbation without severe features is managed at home after same-day assessment with oral prednisolone and an antibiotic if sputum is purulent.
        pytest.param(
            [
                "34岁女 尿频尿痛两天 今天开始发冷发热 T 38.6 左边腰杆痛 敲一下痛得很",
                "能吃能喝 没吐 xy 118/76 HR 96",
                "月经正常 不得怀孕",
            ],
            _patient(12610, "female", (), pregnant=False),
            id="r90-zh-002",
        ),  # NICE NG111 Pyelonephritis (acute): fever with loin pain and urinary symptoms needs same-day clinical assessment and oral antibiotics; hospital referral only if signs of sepsis or unable to take oral fluids.
        pytest.param(
            [
                "3岁男娃发烧第五天了 还是39度上下 退烧药一吃就降 过会儿又上来",
                "精神还可以 吃得少 尿正常 没皮疹 眼睛不红",
                "在别的诊所打过两天针",
            ],
            _patient(1215, "male", (), pregnant=None),
            id="r90-zh-003",
        ),  # NICE NG143 Fever in under 5s: fever lasting 5 days or longer is an amber feature requiring face-to-face clinical assessment (including consideration of Kawasaki disease).
        pytest.param(
            [
                "大爷58 右小腿红肿 烫手 前天蚊子咬了挠破了 红的地方今天比昨天大了一圈",
                "T 37.8 人精神 能走 xy 135/85 HR 84",
            ],
            _patient(21185, "male", ("hypertension",), pregnant=None),
            id="r90-zh-007",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis without signs of sepsis should be assessed and started on oral antibiotics the same day, with the border marked for review.
        pytest.param(
            [
                "2岁妹妹咳嗽发烧两天 T 38.7",
                "数了呼吸一分钟48次 没看到胸口往里凹 还能喝奶 SpO2 96%",
                "不抽搐 能哭能闹",
            ],
            _patient(820, "female", (), pregnant=None),
            id="r90-zh-008",
        ),  # WHO IMCI chart booklet 2014: a child aged 12 months to 5 years with cough and fast breathing (>=40/min) but no chest indrawing or danger signs is classified as pneumonia, treated with oral amoxicillin and followed up, without hospital referral.
        pytest.param(
            [
                "糖友 63岁女 右脚大脚趾下面磨了个口子 一个多礼拜了不好",
                "周围红了一圈 有点黄水 不怎么疼 T 36.9",
                "xt 12.3 脚背动脉能摸到 脚不凉",
            ],
            _patient(23245, "female", ("diabetes",), pregnant=False),
            id="r90-zh-012",
        ),  # NICE NG19 Diabetic foot problems: an active diabetic foot problem (infected ulcer) without limb- or life-threatening features must be referred to the multidisciplinary foot care service within 1 working day.
        pytest.param(
            [
                "宝宝14个月 上吐下泻一天了 屙了七八回水样的 吐了三回",
                "哭闹 给水喝得急 眼窝有点凹 皮肤捏起来回去慢一点",
                "尿少了 人醒着 能哭",
            ],
            _patient(426, "male", (), pregnant=None),
            id="r90-zh-013",
        ),  # WHO IMCI: a restless/irritable child with sunken eyes who drinks eagerly and has a slow skin pinch has 'some dehydration' and needs supervised ORS in the clinic (Plan B) with reassessment after 4 hours.
        pytest.param(
            [
                "慢组肺老爷子71 这三天喘得比平时凶 痰变黄变多了",
                "SpO2 91% 平时93左右 能说整句话 T 37.6 HR 98 意识清楚",
                "家里没有氧气",
            ],
            _patient(25955, "male", ("copd",), pregnant=None),
            id="r90-zh-017",
        ),  # NICE NG115 / GOLD 2024 COPD: an exacerbation with increased breathlessness and purulent sputum needs same-day assessment for oral steroid/antibiotic; hospital only if severe breathlessness, confusion, SpO2 <90% or rapid deterioration.
        pytest.param(
            [
                "运妇 怀孕9周 这三天吃啥吐啥 喝口水都吐",
                "尿酮体 +++ 尿黄 人没力气 HR 104 xy 105/70",
                "没有肚子痛 没出血",
            ],
            _patient(9060, "female", (), pregnant=True),
            id="r90-zh-018",
        ),  # RCOG Green-top Guideline No.69 Nausea, vomiting and hyperemesis gravidarum: inability to keep down oral fluids with ketonuria requires same-day ambulatory/day-unit IV fluids and antiemetics.
        pytest.param(
            [
                "阿婆67岁 左边额头到头顶起了一串水泡 痛得像火烧 前天开始的",
                "鼻尖上面也有一颗 左眼有点红 怕光",
                "人精神 不发烧",
            ],
            _patient(24555, "female", ("hypertension",), pregnant=False),
            id="r90-zh-022",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus (vesicles on the nose tip — Hutchinson's sign — or a red eye) needs oral antivirals and same-day ophthalmology assessment.
        pytest.param(
            [
                "小姑娘22 戴隐形眼镜 昨晚戴着睡的 今天右眼红痛 流眼泪 睁不开",
                "看东西模糊了 黑眼珠上好像有个小白点",
            ],
            _patient(8100, "female", (), pregnant=False),
            id="r90-zh-023",
        ),  # NICE CKS Red eye: a contact lens wearer with a painful red eye, photophobia and reduced vision may have microbial keratitis and needs same-day ophthalmology referral.
        pytest.param(
            [
                "52岁男 2型糖尿病 二甲双胍断了半个月 这几天口干 喝水喝不停 一晚上起来尿四五回",
                "随机xt 22.6 尿酮阴性 人清醒 能吃能喝 没吐 没肚子痛",
            ],
            _patient(18985, "male", ("diabetes",), pregnant=None),
            id="r90-zh-028",
        ),  # 中国2型糖尿病防治指南(2020年版): 随机血糖≥16.7 mmol/L伴明显多饮多尿需当天评估(酮体、补液、调整治疗)；出现意识改变、呕吐或酮症时才需紧急转诊。
        pytest.param(
            [
                "9岁女娃被邻居家狗咬到小腿 两个牙印 出血了",
                "狗没打过疫苗 现在跑了找不到",
                "伤口已经用肥皂水冲了十几分钟",
            ],
            _patient(3435, "female", (), pregnant=None),
            id="r90-zh-032",
        ),  # 狂犬病暴露预防处置工作规范(2023年版) / WHO rabies position 2018: a bleeding bite is a category III exposure requiring wound care, rabies vaccine and rabies immunoglobulin as soon as possible, the same day.
        pytest.param(
            [
                "这个大哥40 上个月才从非洲尼日利亚打工回来",
                "三天了 一阵冷得打摆子 一阵发热出汗 T 39.2 脑壳痛",
                "人清醒 能走 眼睛不黄 xy 120/75 HR 100",
            ],
            _patient(14830, "male", (), pregnant=None),
            id="r90-zh-033",
        ),  # WHO Guidelines for malaria 2023: fever in a traveller returned from an endemic area must have a parasitological test (RDT or smear) the same day and prompt treatment; no severe-malaria features here.
        pytest.param(
            [
                "老太太68 下楼梯手撑地摔了 右手腕子肿得跟馒头似的 往上翘 变形了",
                "手指头能动 颜色正常 不麻",
                "别的地方没磕着",
            ],
            _patient(24855, "female", ("osteoporosis",), pregnant=False),
            id="r90-zh-037",
        ),  # NICE NG38 Fractures (non-complex): a suspected distal radius fracture with deformity but intact neurovascular status needs same-day X-ray and fracture management, not an emergency ambulance.
        pytest.param(
            [
                "6岁妹妹 有哮喘 感冒两天 今天有点喘 呼呼响",
                "说话能说整句 SpO2 94% 呼吸30 HR 120",
                "沙丁安醇喷了两下好一点",
            ],
            _patient(2390, "female", ("asthma",), pregnant=None),
            id="r90-zh-038",
        ),  # BTS/SIGN 158 British guideline on asthma: a child talking in sentences with SpO2 >=92% has moderate acute asthma, treated with repeated bronchodilator and oral prednisolone after same-day assessment in primary care.
        pytest.param(
            [
                "30岁男的 喉咙痛四五天 今天右边肿得更厉害 嘴巴张不大",
                "说话像含了个东西 咽口水痛 T 38.8",
                "能喝点水 不喘 没有呼吸困难",
            ],
            _patient(11061, "male", (), pregnant=None),
            id="r90-zh-042",
        ),  # NICE NG84 Sore throat (acute): suspected quinsy (unilateral peritonsillar swelling, trismus, muffled voice) is a suppurative complication needing same-day hospital ENT referral.
        pytest.param(
            [
                "化验单出来了 老爷子70 肾不好的那个",
                "钾 6.2 鸡肝 310 上回是280",
                "人没啥不舒服 吃的有依那普利 螺内酯",
            ],
            _patient(25710, "male", ("ckd", "hypertension"), pregnant=None),
            id="r90-zh-047",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of Acute Hyperkalaemia in Adults (2020): moderate hyperkalaemia (K 6.0-6.4 mmol/L) needs same-day assessment with ECG and repeat test and stopping contributing drugs such as ACE inhibitors and spironolactone.
        pytest.param(
            [
                "华发林那个阿姨 今天测INR 6.5",
                "没有出血 牙龈不出血 尿屎颜色正常 人好好的",
            ],
            _patient(27830, "female", ("atrial fibrillation",), pregnant=False),
            id="r90-zh-048",
        ),  # BNF / British Society for Haematology warfarin guidance: INR 5-8 without bleeding requires same-day action — withhold 1-2 doses of warfarin, reduce the maintenance dose and recheck INR.
        pytest.param(
            [
                "48岁男 早上起来右耳朵突然听不见了 嗡嗡响",
                "没感冒 耳朵不痛 没流水 不晕 手脚好 说话正常",
            ],
            _patient(17780, "male", (), pregnant=None),
            id="r90-zh-052",
        ),  # NICE CKS Hearing loss in adults: sudden sensorineural hearing loss developing over 3 days or less without other neurological signs needs urgent ENT referral to be seen within 24 hours.
        pytest.param(
            [
                "50岁女 坐了20多个钟头大巴回来 左边腿肚子肿了 比右边粗一圈 按着疼",
                "不喘 不胸痛 HR 82 SpO2 98%",
            ],
            _patient(18380, "female", (), pregnant=False),
            id="r90-zh-053",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT needs a proximal leg vein ultrasound within 4 hours or interim anticoagulation (same day); no features of PE so not an emergency.
        pytest.param(
            [
                "35岁男 琴日开始肚痛 屙咗十几次 啲屎有血有潺",
                "T 38.1 饮到水 冇晕 xy 120/80 HR 95",
            ],
            _patient(12915, "male", (), pregnant=None),
            id="r90-zh-058",
        ),  # WHO guidance on bloody diarrhoea (dysentery): diarrhoea with visible blood and fever needs same-day clinical assessment and antibiotic treatment (e.g. ciprofloxacin) while maintaining oral hydration.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "40m woke this mornin face droopin L side, cant close L eye, cant lift L eyebrow",
                "drink leak out mouth, no arm or leg weak, talk clear, bp 128/80",
                "had pain behind L ear 2 days",
            ],
            _patient(14640, "male", (), pregnant=None),
            id="r90-en-037",
        ),  # NICE CKS Bell's palsy: isolated lower motor neurone facial weakness involving the forehead, without limb or speech deficit, is Bell's palsy (not stroke) and needs prednisolone started within 72 hours.
        pytest.param(
            [
                "70f burnin pain L side chest wrap round to back 3 days, she thought heart attack",
                "today blisters in a stripe on L ribs, dont cross the middle",
                "bp 136/82 p 78, no sob no sweat, skin hurt to touch",
            ],
            _patient(25650, "female", (), pregnant=False),
            id="r90-en-038",
        ),  # NICE CKS Shingles: dermatomal vesicular rash with preceding burning pain is herpes zoster; people over 50 should start an oral antiviral within 72 hours of rash onset.
        pytest.param(
            [
                "79f heart failure pt ankles more swell this wk, weight up 2.5kg in 4 days",
                "bit more short of bread walkin to toilet, sleep w 3 pillows now usual 2",
                "sats 94% rest, RR 20, bp 128/76, p 88 irreg (known AF), no chest pain, talk fine",
            ],
            _patient(28895, "female", ("heart failure", "atrial fibrillation"), pregnant=False),
            id="r90-en-039",
        ),  # NICE NG106 Chronic heart failure: gradual fluid overload (weight gain, more oedema and orthopnoea) without respiratory distress or hypoxia needs same-day clinical review and diuretic adjustment, not emergency admission.
        pytest.param(
            [
                "27m cut forearm on sickle in the field, lot of blood at first",
                "pressed w towel 10 min now stop bleedin, cut abt 4cm gapin",
                "fingers move ok feel ok, dont know last tetanus jab",
            ],
            _patient(10005, "male", (), pregnant=None),
            id="r90-en-040",
        ),  # 非新生儿破伤风诊疗规范(2019年版) / UK Green Book tetanus: a dirty, tetanus-prone wound with unknown immunisation needs same-day wound cleaning and closure plus tetanus vaccine/immunoglobulin; controlled bleeding is not an emergency.
        pytest.param(
            [
                "26wk preg slip on stairs this mornin landed on her bum, didnt hit tummy",
                "no bleedin no fluid no pain, baby movin",
                "bp 112/70, blood group O pos",
            ],
            _patient(10250, "female", (), pregnant=True),
            id="r90-en-041",
        ),  # SOGC Clinical Practice Guideline No. 341 Diagnosis and management of trauma in pregnancy: any pregnant woman >=20 weeks after trauma, even minor, needs same-day obstetric assessment with at least 4 hours of fetal monitoring.
        pytest.param(
            [
                "lab call INR for old man 77 on warfarin for AF: 6.8",
                "no bleedin gums no nose bleed no black poo no blood pee, feel fine",
                "he took extra tab by mistake last week he think",
            ],
            _patient(28125, "male", ("atrial fibrillation",), pregnant=None),
            id="r90-en-042",
        ),  # British Society for Haematology guideline on oral anticoagulation with warfarin: INR 5.0–8.0 without bleeding is managed by withholding 1–2 doses and reducing the maintenance dose the same day, not hospital admission.
        pytest.param(
            [
                "55f t2dm sugar 24.6 on meter, thirsty peein alot past week, stop her tabs 1 month cos no money",
                "alert, no vomit, no tummy pain, breathin normal, urine ketone neg",
                "bp 138/84",
            ],
            _patient(20175, "female", ("diabetes",), pregnant=False),
            id="r90-en-043",
        ),  # ADA Standards of Care in Diabetes 2024: symptomatic hyperglycaemia with glucose >=16.7 mmol/L (300 mg/dL) warrants prompt treatment intensification (consider insulin); without ketosis or altered mental status it is not DKA/HHS.
        pytest.param(
            [
                "27f 5 wk after baby, L breast red hot sore wedge shape since yest",
                "T 38.3 achy like flu, p 92 bp 118/72, alert",
                "still breastfeedin",
            ],
            _patient(10155, "female", (), pregnant=False),
            id="r90-en-044",
        ),  # NICE CKS Mastitis and breast abscess: lactational mastitis with fever but no sepsis features needs same-day assessment and oral flucloxacillin while continuing breastfeeding.
        pytest.param(
            [
                "22f heart poundin, hands tingle, felt cant breath n chest tight in exam hall, thought she dyin",
                "settled now after 20 min, p 84 bp 112/70 sats 99%, no chest pain now",
                "had same thing 4-5 times last 2 month always when stress",
            ],
            _patient(8090, "female", (), pregnant=False),
            id="r90-en-045",
        ),  # NICE CG113 Generalised anxiety disorder and panic disorder: recurrent stress-related panic attacks that have resolved with normal observations are managed with routine primary care assessment and psychological therapy, not emergency care.
        pytest.param(
            [
                "64f room spin when she roll over in bed or look up, last few secs then ok",
                "since 3 days, no headache, no weak arm leg, talk normal, walk ok between",
                "no hearin loss",
            ],
            _patient(23540, "female", ("hypertension",), pregnant=False),
            id="r90-en-046",
        ),  # NICE CKS Benign paroxysmal positional vertigo: brief positional vertigo without neurological symptoms is BPPV, confirmed by Dix-Hallpike and treated with the Epley manoeuvre at a routine appointment.
        pytest.param(
            [
                "29m bright red blood on toilet paper after hard poo, on n off 1 wk",
                "sore at bottom when pass, constipated, no weight loss, no black poo",
                "feel well",
            ],
            _patient(10625, "male", (), pregnant=None),
            id="r90-en-047",
        ),  # NICE NG12 Suspected cancer / NICE CKS Haemorrhoids: small-volume bright red rectal bleeding with constipation in a well person under 50 is managed with routine examination in primary care.
        pytest.param(
            [
                "71m t2 on gliclazide, felt shaky sweaty this mornin b4 breakfast, sugar 3.5",
                "drank juice n ate, 20min later 6.9, now fine alert",
                "2nd time this month, eatin less lately",
            ],
            _patient(25945, "male", ("diabetes",), pregnant=None),
            id="r90-en-048",
        ),  # ADA Standards of Care in Diabetes 2024: level 1 hypoglycaemia (3.0–3.9 mmol/L) is treated with 15–20 g glucose, and recurrent episodes prompt a re-evaluation of the treatment regimen (e.g. sulfonylurea) at review.
        pytest.param(
            [
                "52f came for flu jab, bp 152/96 rechk 148/94",
                "no headache no chest pain no vision prob, feel fine",
                "never on bp meds",
            ],
            _patient(19180, "female", (), pregnant=False),
            id="r90-en-049",
        ),  # NICE NG136 Hypertension in adults / 国家基层高血压防治管理指南 2020: clinic BP 140/90–179/109 without symptoms needs confirmation with home or ambulatory BP monitoring at a routine follow-up.
        pytest.param(
            [
                "67f husband pass away 3wk ago, cryin alot, sleep bad, not eatin much",
                "say she miss him, no thoughts of hurtin herself, daughter stayin with her",
                "want somethin to help sleep",
            ],
            _patient(24705, "female", (), pregnant=False),
            id="r90-en-050",
        ),  # NICE CKS Bereavement / NICE NG222: early grief with low mood and poor sleep but no suicidal thoughts and good support is a normal reaction, managed with support and routine follow-up.
        pytest.param(
            [
                "62m saw red pee 2 times this week, no pain, no burnin",
                "urine dip blood +++, nit neg leuk neg, feel fine",
                "ex smoker 30 yrs",
            ],
            _patient(22730, "male", (), pregnant=None),
            id="r90-en-051",
        ),  # NICE NG12 Suspected cancer: people aged 45 and over with unexplained visible haematuria without UTI should be referred on a suspected cancer pathway (appointment within 2 weeks), not same-day.
        pytest.param(
            [
                "45f had bad pain under R ribs after fatty dinner last nite abt 2 hr, gone by itself",
                "now no pain, no fever T 36.8, not yellow, eatin ok",
                "had same twice b4",
            ],
            _patient(16485, "female", (), pregnant=False),
            id="r90-en-052",
        ),  # NICE CG188 Gallstone disease: resolved biliary colic without fever, jaundice or ongoing pain needs ultrasound and routine referral for cholecystectomy.
        pytest.param(
            [
                "28m chest hurt R side since movin fridge yest, sore when press on it n when twist",
                "no sob no sweat, p 72 bp 120/76 sats 99%",
                "no heart hx, not smoke",
            ],
            _patient(10420, "male", (), pregnant=None),
            id="r90-en-053",
        ),  # NICE CKS Chest pain / NICE CG95: chest wall pain reproducible on palpation after strain in a young person with normal observations and no cardiac features is musculoskeletal and managed with simple analgesia.
        pytest.param(
            [
                "3yo girl fever 38.8 since yest w runny nose n cough",
                "playin watchin tv now after paracetamol, drinkin well, peein normal",
                "no rash, breathin normal, skin pink",
            ],
            _patient(1135, "female", (), pregnant=None),
            id="r90-en-054",
        ),  # NICE NG143 Fever in under 5s: a child with fever and only green features can be cared for at home with advice and safety-netting.
        pytest.param(
            [
                "7mo baby runny nose cough 3 days, bit wheezy",
                "feedin ok nearly usual, wet nappies normal, sats 97%, RR 40, no pullin in",
                "no pauses in breathin, T 37.8, born full term",
            ],
            _patient(213, "male", (), pregnant=None),
            id="r90-en-055",
        ),  # NICE NG9 Bronchiolitis in children: a baby with bronchiolitis feeding adequately, SpO2 >=92%, no apnoea and no severe distress can be cared for at home with safety-netting.
        pytest.param(
            [
                "6yo hit head on table corner playin, cried straight away",
                "not knock out, no vomit, lil lump on forehead",
                "playin talkin walkin normal now",
            ],
            _patient(2220, "male", (), pregnant=None),
            id="r90-en-056",
        ),  # NICE NG232 Head injury: a child with no loss of consciousness, vomiting, amnesia, neurological deficit or other risk factors can be managed at home with head injury advice.
        pytest.param(
            [
                "35f neighbour dog lick her hand while feedin it, skin no cut no scratch",
                "dog not vaccinated she worry abt rabies",
                "washed w soap already",
            ],
            _patient(12875, "female", (), pregnant=False),
            id="r90-en-057",
        ),  # 狂犬病暴露预防处置工作规范(2023年版): touching or feeding an animal or being licked on intact skin is category I exposure and requires no post-exposure prophylaxis.
        pytest.param(
            [
                "40m stung by bee on forearm this mornin, now arm swollen red abt 8cm round sting, itchy",
                "no lip swell, breathin fine, no rash anywhere else, no dizzy",
                "had stings b4 no problem",
            ],
            _patient(14900, "male", (), pregnant=None),
            id="r90-en-058",
        ),  # Resuscitation Council UK / NICE CKS Insect bites and stings: a large local reaction without systemic features is not anaphylaxis and is treated with cold compress, oral antihistamine and analgesia.
        pytest.param(
            [
                "5 wk baby girl spit up milk after most feeds, mum scared",
                "not projectile, not green, gainin weight good (birth 3.2 now 4.1kg)",
                "happy, lots wet nappies, no fever",
            ],
            _patient(35, "female", (), pregnant=None),
            id="r90-en-059",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children: effortless regurgitation in a thriving infant without red flags (projectile or bilious vomiting, faltering growth) is normal and needs reassurance only.
        pytest.param(
            [
                "36wk preg both ankles swollen by evenin, go down overnight",
                "bp 118/76, urine prot neg, no headache no vision prob no pain under ribs",
                "face n hands normal",
            ],
            _patient(12125, "female", (), pregnant=True),
            id="r90-en-060",
        ),  # NICE NG201 Antenatal care / NG133: dependent ankle oedema in late pregnancy with normal BP, no proteinuria and no pre-eclampsia symptoms is common and managed with reassurance and usual antenatal care.
        pytest.param(
            [
                "小伙子26 昨天扛了一天化肥 今天左边胸口痛",
                "按着痛 转身扭腰也痛 深呼吸不怎么痛 不喘 没出汗",
                "xy 122/76 HR 72 SpO2 99% 不抽烟 家里没人有心脏病",
            ],
            _patient(9520, "male", (), pregnant=None),
            id="r90-zh-004",
        ),  # NICE CKS Chest pain: localised chest wall pain reproduced by palpation and movement after physical strain in a young person with normal observations is musculoskeletal and managed with simple analgesia and self-care.
        pytest.param(
            [
                "72岁老太太 早上在床上一翻身就天旋地转 头云 十几秒就好 不动就不晕",
                "以前也这样过 县医院说是耳石",
                "说话清楚 手脚有力 走路稳 不头痛 没吐",
            ],
            _patient(26430, "female", (), pregnant=False),
            id="r90-zh-005",
        ),  # NICE CKS Benign paroxysmal positional vertigo: recurrent brief (<1 min) vertigo triggered by head movement with a normal neurological examination is BPPV, confirmed with Dix-Hallpike and treated with the Epley manoeuvre at a routine appointment.
        pytest.param(
            [
                "两岁女娃 发烧一天 T 38.8 流清鼻涕",
                "吃了布洛芬退了 跑来跑去耍 吃奶喝水都好 尿也多",
                "没皮疹 没抽",
            ],
            _patient(775, "female", (), pregnant=None),
            id="r90-zh-009",
        ),  # NICE NG143 Fever in under 5s: a febrile child with only green features (normal colour, responsive and playing, adequate fluids) and an obvious URTI can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "58岁男 高血压 苯磺酸氨氯地平吃完了 三天没吃",
                "今天测学压 162/100 不头痛 不头晕 不胸闷 眼睛看得清",
                "他问要不要紧",
            ],
            _patient(21370, "male", ("hypertension",), pregnant=None),
            id="r90-zh-010",
        ),  # 国家基层高血压防治管理指南 2020: 血压<180/110 mmHg且无急性靶器官损害症状不属于高血压急症，恢复/调整降压药并在2-4周内随访。
        pytest.param(
            [
                "40岁男的 说今早屙的屎是黑的 吓到了",
                "昨晚吃了一大碗毛血旺 鸭血猪血都有",
                "屎是成形的 不是稀的柏油样 下午又屙了一回已经是黄的了 不头晕 没吐 xy 125/80 HR 74 不吃阿司匹林",
            ],
            _patient(14900, "male", (), pregnant=None),
            id="r90-zh-014",
        ),  # NICE CG141 Acute upper GI bleeding (melaena = tarry stool with haemodynamic change): formed dark stool after eating animal blood, returning to normal colour with normal vital signs, is dietary discolouration needing only reassurance.
        pytest.param(
            [
                "66岁阿姨 老伴6个礼拜前走了 天天哭 睡不着 吃得少",
                "问她有没有想不开 她说没有 还要带孙子 儿女天天陪着",
                "人瘦了一点",
            ],
            _patient(24100, "female", (), pregnant=False),
            id="r90-zh-015",
        ),  # WHO mhGAP Intervention Guide 2.0: sadness, crying and poor sleep in the first months after bereavement without suicidal thoughts is an expected grief reaction managed with psychosocial support and routine follow-up.
        pytest.param(
            [
                "女的30 早上解小便红红的 像洗肉水",
                "昨天吃了两个红心火龙果",
                "不痛 不尿频 不发烧 尿试纸隐血阴性",
            ],
            _patient(11010, "female", (), pregnant=False),
            id="r90-zh-019",
        ),  # NICE CKS Haematuria: red urine with a dipstick negative for blood is not haematuria — pigmented foods such as beetroot or red dragon fruit (betacyanins) cause harmless discoloration.
        pytest.param(
            [
                "70岁女 高血压 一个月前换成氨氯地平10mg",
                "两个脚脖子下午肿 早上起来就消了 两边一样 不红不痛",
                "不喘 晚上能平躺睡 SpO2 97%",
            ],
            _patient(25625, "female", ("hypertension",), pregnant=False),
            id="r90-zh-020",
        ),  # BNF amlodipine / NICE CKS Hypertension: dose-related bilateral ankle oedema is a common calcium-channel-blocker adverse effect to review at a routine appointment; no features of DVT or heart failure.
        pytest.param(
            [
                "男 28岁 中午吃了海鲜 身上起了一坨一坨的风疙瘩 痒得很",
                "嘴唇不肿 舌头不肿 不喘 喉咙不紧 没吐没肚子痛",
                "xy 128/80 HR 80",
            ],
            _patient(10400, "male", (), pregnant=None),
            id="r90-zh-024",
        ),  # NICE CKS Urticaria: acute urticaria without angioedema or airway, breathing or circulatory involvement is not anaphylaxis — treat with a non-sedating oral antihistamine and avoid the trigger.
        pytest.param(
            [
                "40岁男 早上刷牙漱口漏水 左边脸歪歪了 老吓人了 左眼闭不严",
                "让他抬眉毛 左边额头皱不起来",
                "手脚都有劲 说话清楚 就是嘴漏风 没头痛 xy 128/82",
            ],
            _patient(14695, "male", (), pregnant=None),
            id="r90-zh-025",
        ),  # NICE CKS Bell's palsy: unilateral facial weakness involving the forehead with no limb or speech deficit is Bell's palsy, not stroke — start prednisolone within 72 hours of onset (same-day assessment) and protect the eye.
        pytest.param(
            [
                "刚才抽血那个19岁女娃 针一扎就晕过去了 倒在椅子上",
                "躺平不到半分钟就醒了 没抽筋 没尿裤子 没摔着",
                "现在xy 110/70 HR 72 说话清楚 以前也是见血就晕 没心脏病 家里没人猝死",
            ],
            _patient(7035, "female", (), pregnant=False),
            id="r90-zh-029",
        ),  # NICE CG109 Transient loss of consciousness: an uncomplicated faint (typical trigger, rapid full recovery, normal examination, no red flags) needs no further immediate management or referral.
        pytest.param(
            [
                "68岁男 冠心病心绞痛好多年了 上坡的时候胸口闷 歇两分钟就好了",
                "跟以前一样 次数没增加 没在休息的时候发作过",
                "xy 136/82 HR 70 他想问药要不要调",
            ],
            _patient(25040, "male", ("angina", "hypertension"), pregnant=None),
            id="r90-zh-030",
        ),  # NICE CG126 Stable angina: predictable exertional angina relieved by rest with unchanged frequency and pattern is stable and managed by routine review of anti-anginal treatment.
        pytest.param(
            [
                "45岁女 咳嗽发烧3天 T 38.9",
                "一咳嗽右边胸口就刺痛 吸气也痛 咳铁锈色的痰",
                "RR 22 SpO2 95% xy 118/72 HR 102 人清醒",
            ],
            _patient(16685, "female", (), pregnant=False),
            id="r90-zh-034",
        ),  # NICE NG138 Pneumonia (community-acquired): pleuritic pain with fever and productive cough is pneumonia, and a CRB65 score of 0 means same-day assessment and antibiotics with home management, not a cardiac emergency.
        pytest.param(
            [
                "58岁男 抽烟40年 这三个礼拜早上咳痰里带血丝 有过三四次",
                "不发烧 不喘 不胸痛 吃饭正常 体重没怎么掉",
                "SpO2 97% 就是一丝丝红的 没有大口的",
            ],
            _patient(21500, "male", (), pregnant=None),
            id="r90-zh-035",
        ),  # NICE NG12 Suspected cancer: unexplained haemoptysis at age 40 or over warrants a suspected lung cancer pathway referral (appointment within 2 weeks); streaks only with stable observations is not an emergency.
        pytest.param(
            [
                "15岁男 1型糖尿病 上体育课前有点手抖 测xt 3.5",
                "吃了4颗糖 15分钟复测 6.2",
                "人清醒 没事了 又吃了个馒头",
            ],
            _patient(5675, "male", ("type 1 diabetes",), pregnant=None),
            id="r90-zh-039",
        ),  # ADA Standards of Care 2024 Section 6: level 1 hypoglycaemia (3.0-3.9 mmol/L) in a conscious person is self-treated with 15-20 g fast carbohydrate, rechecked after 15 minutes, then a snack.
        pytest.param(
            [
                "4岁女娃 说吞了个一元硬币 半个钟头前",
                "不咳 不喘 说话正常 能咽口水 没流口水 没吐",
                "还在耍",
            ],
            _patient(1560, "female", (), pregnant=None),
            id="r90-zh-040",
        ),  # ESPGHAN/NASPGHAN 2017 position paper on paediatric foreign body ingestion: an asymptomatic child who swallowed a coin needs an X-ray the same day, with oesophageal coins removed within 24 hours; no airway compromise so not an emergency.
        pytest.param(
            [
                "19岁女 肚子痛 小肚子一抽一抽的",
                "今天来月经第一天 每个月都这样痛 吃布洛芬能好点",
                "尿hcg阴性 不发烧 没吐 xy 110/70",
            ],
            _patient(7185, "female", (), pregnant=False),
            id="r90-zh-044",
        ),  # NICE CKS Dysmenorrhoea: cramping lower abdominal pain starting with menses in a young woman with a negative pregnancy test is primary dysmenorrhoea, managed with NSAIDs and self-care.
        pytest.param(
            [
                "24岁男 有羊角风 一直吃丙戊酸钠 这两天忘吃了",
                "刚才发了一次 跟以前一样 抽了一两分钟就停了",
                "现在醒了 说话清楚 没摔伤 没咬舌头 SpO2 98%",
            ],
            _patient(8810, "male", ("epilepsy",), pregnant=None),
            id="r90-zh-045",
        ),  # NICE NG217 Epilepsies: in known epilepsy a single typical seizure lasting under 5 minutes with full recovery and no injury does not need an ambulance; review adherence at a routine appointment.
        pytest.param(
            [
                "35岁男 干活的时候脑瓜子被铁皮划了一道口子 流了老多血 衣服都染红了",
                "按了十分钟现在止住了 口子三公分左右 在头顶",
                "没晕过 没吐 说话清楚 没吃抗凝的药",
            ],
            _patient(12795, "male", (), pregnant=None),
            id="r90-zh-049",
        ),  # NICE NG232 Head injury: with no loss of consciousness, vomiting, amnesia or anticoagulation no CT is needed; the scalp laceration itself needs same-day wound closure and tetanus review.
        pytest.param(
            [
                "8岁男孩 这段时间晚上睡觉老是腿抽筋 痛醒了哭",
                "两条腿都有 小腿肚子 揉揉就好",
                "白天跑跳都正常 不瘸 不发烧 腿不肿不红",
            ],
            _patient(3010, "male", (), pregnant=None),
            id="r90-zh-050",
        ),  # NHS guidance on growing pains: bilateral night-time calf pains in a well child with normal daytime activity and no limp, swelling or fever are benign and managed with reassurance, massage and simple analgesia.
        pytest.param(
            [
                "3岁男孩 把一颗黄豆塞鼻子里了 右边",
                "呼吸正常 不咳 嘴巴也能喘气 自己擤不出来",
                "家长说是刚刚塞的",
            ],
            _patient(1295, "male", (), pregnant=None),
            id="r90-zh-054",
        ),  # ENT UK / NICE CKS nasal foreign body: a child with a nasal foreign body and no respiratory distress needs same-day removal by a clinician or ENT, as vegetable matter swells and can be aspirated.
        pytest.param(
            [
                "27岁姑娘 突然心慌 喘不上气 手脚发麻 觉得自己要死了",
                "以前这样过好几次 心电图查过正常 医生说是惊恐发作",
                "现在20分钟过去已经好了 SpO2 99% HR 88 xy 118/74 不胸痛",
            ],
            _patient(10035, "female", ("panic disorder",), pregnant=False),
            id="r90-zh-055",
        ),  # NICE CG113 Generalised anxiety disorder and panic disorder: recurrent panic attacks in a person with an established diagnosis and normal examination are managed in primary care with routine follow-up and CBT/self-help.
        pytest.param(
            [
                "65岁男 右边胸口到背后一条痛 火辣辣的 痛了两天",
                "今天那一条起了一串红疙瘩带小水泡 没过中线",
                "不闷 不喘 没出汗 xy 138/84 HR 76",
            ],
            _patient(23865, "male", ("hypertension",), pregnant=None),
            id="r90-zh-059",
        ),  # NICE CKS Shingles: dermatomal burning pain with a vesicular rash in someone over 50 within 72 hours of rash onset needs same-day antiviral treatment; it is not cardiac chest pain.
        pytest.param(
            [
                "42岁男 打磨铁件没戴眼镜 右眼进了东西 磨得痛 一直流泪",
                "眼睛能睁开 看东西跟平时差不多 黑眼珠上好像有个小黑点",
            ],
            _patient(15390, "male", (), pregnant=None),
            id="r90-zh-060",
        ),  # NICE CKS Corneal superficial injury: a foreign body from high-velocity work such as grinding needs same-day eye-service assessment to exclude penetrating injury and remove the foreign body and rust ring.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
