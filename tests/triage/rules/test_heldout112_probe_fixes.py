# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-twelfth held-out round (2026-12-08, at commit 9d21c52: two reviewers, 120 cases of
men's health, the urinary tract and sexual health at all ages; 12 emergencies, 24 same-day and 24
look-alikes a set). Before these fixes the rules found 8 of 12 and 10 of 12 emergencies, graded 16
of 24 and 13 of 24 same-day cases exactly (English, Chinese) and sent 1 and 0 look-alikes to
emergency. Missed: an infected obstructed kidney in a stone former (the stones only in the record,
"known stones"; 以前有肾结石 这次右腰疼 read as the past), a paraphimosis told as "foreskin like a tight
ring behind it", a penile fracture told as "heard a crack and it went soft", and cauda equina told
as "numb down below when he wipes" and 屁股和大腿根那块发麻 裤子湿了才知道; sent to emergency: testicular
pain that had passed days before (r112-en-037).

What changed: kidney stones in the record make a stone former (EAU 2023); 这次 and 这回 start a new
statement after 以前; 非 at the end of a medicine's name (西地那非, 他达拉非) no longer denies what follows
(it had hidden a chest pain during sex on tadalafil and a dark patch in the sight after
sildenafil); sudden testicular pain that has gone and not come back is seen the same day (EAU
intermittent torsion); painful genital blisters or sores are possible genital herpes, the same day
(BASHH 2014, new rule); part of an eye's sight gone dark is seen by an eye doctor the same day (NICE
CKS, new rule); blood in the urine within 6 weeks of an operation is a late bleed, the same day
(BAUS, new rule), and a time right after "X后" (术后10天) is the time since X; 疼得打滚, 隐血+++, 尿又红了,
cola-coloured wee, puffy eyes, frothy urine that does not settle, an empty catheter bag, cloudy
urine, bedwetting again and 老喊渴 are read. After: 12/12, 12/12; 19/24, 22/24; look-alikes 0, 0.

Left, sent to emergency: acute urinary retention (r112-en-013) and new confusion with a urine
infection (r112-en-031, NICE NG51 high risk), a febrile child after a circumcision (r112-zh-025),
chest pain during sex two days ago (r112-zh-033); graded lower: a scrotal injury (r112-en-028), a
haematoma after a vasectomy (r112-en-029) and a 4-month-old with a fever of 38.6 (r112-en-035)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "mum on phone re her son 14",
                "woke at 6 with pain in his left ball, she thinks he knocked it at rugby yday",
                "been sick twice, cant stand up straight, she says that side looks higher up",
                "no temp. can she bring him in at 4 after work?",
            ],
            _patient(5230, "male", (), pregnant=None),
            id="r112-en-001",
        ),  # EAU Guidelines on Paediatric Urology, acute scrotum (testicular torsion): sudden severe testicular pain with vomiting and a high-riding testis in an adolescent is torsion until proven otherwise and needs immediate surgical exploration, not an afternoon slot.
        pytest.param(
            [
                "wife calling, husband 63 diabetic, had a boil near his back passage last wk",
                "now whole scrotum swollen and red, she says a patch of skin gone dark/blackish and it smells",
                "temp 38.9, shaking and a bit muddled",
                "hes on dapagliflozin if that matters",
            ],
            _patient(23035, "male", ("type 2 diabetes", "obesity"), pregnant=None),
            id="r112-en-002",
        ),  # EAU Guidelines on Urological Infections, Fournier's gangrene, with NICE NG51 sepsis: rapidly spreading perineal/genital infection with skin discolouration and systemic illness needs immediate transfer for IV antibiotics and surgical debridement.
        pytest.param(
            [
                "31M at front desk wanting to be seen",
                "had an erection since about 3am that wont go down, its 9.15 now",
                "really painful, took some pills he got online + few drinks last night",
                "v embarrassed, asking if he can just wait it out",
            ],
            _patient(11515, "male", (), pregnant=None),
            id="r112-en-003",
        ),  # EAU Guidelines on Sexual and Reproductive Health, priapism: a painful rigid erection lasting over 4 hours is ischaemic priapism, a urological emergency needing immediate corporal aspiration to prevent permanent damage.
        pytest.param(
            [
                "68yo angina pt, took one of his blue tablets last night",
                "this morning chest tight so used his GTN spray x2",
                "now grey and sweaty, nearly passed out in the loo",
                "BP 82/46 HR 110",
            ],
            _patient(24830, "male", ("angina", "hypertension"), pregnant=None),
            id="r112-en-004",
        ),  # AHA/ACC expert consensus on PDE5 inhibitors and nitrates (BNF: sildenafil contraindicated with nitrates): nitrate taken within 24 h of a PDE5 inhibitor with ongoing chest pain and shock-level BP needs an ambulance now.
        pytest.param(
            [
                "daughter rang, mum 81 weeing loads and it burns since tues",
                "today very drowsy, not making sense, not eaten",
                "DN did obs temp 39.2 BP 86/50 pulse 124 RR 26",
                "hasnt passed urine since breakfast",
            ],
            _patient(29865, "female", ("type 2 diabetes", "hypertension"), pregnant=False),
            id="r112-en-005",
        ),  # NICE NG51 Sepsis, high-risk criteria: new confusion, systolic BP 90 or less, RR 25 or more and reduced urine output with a urinary source mean immediate emergency transfer.
        pytest.param(
            [
                "45M known stones, R loin pain since sat",
                "now shivering uncontrollably, temp 39.1",
                "vomiting everything, cant keep his tablets down",
                "says same as his usual stone pain just worse",
            ],
            _patient(16502, "male", ("kidney stones",), pregnant=None),
            id="r112-en-006",
        ),  # EAU Guidelines on Urolithiasis (obstructed infected kidney) and NICE NG118 renal colic: stone pain with fever, rigors and vomiting suggests an infected obstructed kidney needing emergency decompression and IV antibiotics.
        pytest.param(
            [
                "care home nurse: resident 79 had his catheter changed yesterday by agency nurse",
                "end of his penis very swollen, foreskin like a tight ring behind it",
                "the tip is going a dusky purple colour and hes groaning",
                "tried to pull it forward, wont move",
            ],
            _patient(
                28985, "male", ("Parkinson's disease", "long-term urinary catheter"), pregnant=None
            ),
            id="r112-en-007",
        ),  # EAU Guidelines (phimosis/paraphimosis) and BAUS guidance: paraphimosis with a discoloured, dusky glans indicates compromised blood supply and needs immediate urological reduction.
        pytest.param(
            [
                "29M called, v embarrassed",
                "during sex last night heard a crack and it went soft straight away",
                "now massively swollen and purple, bent to one side",
                "bit of blood at the tip when he tried to pee this am",
            ],
            _patient(10590, "male", (), pregnant=None),
            id="r112-en-008",
        ),  # EAU Guidelines on Urological Trauma, penile fracture: audible crack, immediate detumescence and swelling (with blood at the meatus suggesting urethral injury) need immediate surgical exploration and repair.
        pytest.param(
            [
                "24F thinks she has a water infection, lower tummy pain and keeps needing to wee",
                "pain mostly left side since this am, now her shoulder tip hurts too",
                "she fainted on the toilet at work, colleague brought her in",
                "period bit late but says shes always irregular",
            ],
            _patient(8860, "female", (), pregnant=None),
            id="r112-en-009",
        ),  # NICE NG126 Ectopic pregnancy: lower abdominal pain with shoulder-tip pain and collapse in a woman of reproductive age with a late period suggests ruptured ectopic and needs immediate emergency transfer.
        pytest.param(
            [
                "baby boy 18 days old, mum says hot and not feeding since last night",
                "temp 38.4 at home",
                "sleepier than usual, hard to wake for feeds, skin looks blotchy",
                "only 1 wet nappy today",
            ],
            _patient(18, "male", (), pregnant=None),
            id="r112-en-010",
        ),  # NICE NG143 Fever in under 5s, traffic light red: age under 3 months with temp 38 or more, mottled skin and difficulty rousing need immediate emergency referral (possible sepsis/urinary source).
        pytest.param(
            [
                "52M known bad back, flared up 3 days ago",
                "today cant pee properly, only dribbles, doesnt feel when bladder is full",
                "says its numb down below when he wipes",
                "both legs feel heavy",
            ],
            _patient(19240, "male", ("chronic low back pain",), pregnant=None),
            id="r112-en-011",
        ),  # NICE CKS Sciatica / GIRFT national cauda equina pathway: back pain with new urinary retention and saddle numbness is suspected cauda equina syndrome needing immediate emergency referral for MRI.
        pytest.param(
            [
                "son calling about dad 71, thinks its a kidney stone",
                "sudden pain left side round to his back and groin about an hour ago",
                "went white and sweaty and collapsed on kitchen floor, came round after a min",
                "never had stones before",
            ],
            _patient(25948, "male", ("hypertension", "COPD"), pregnant=None),
            id="r112-en-012",
        ),  # NICE NG156 Abdominal aortic aneurysm: first 'renal colic' in an older man with collapse is a possible ruptured AAA and needs immediate 999 transfer.
        pytest.param(
            [
                "14岁男孩 半夜疼醒 左边蛋蛋疼 吐了两回",
                "他妈说白天打篮球可能撞了 想先抹点红花油观察观察",
                "摸着左边比右边高一点 一碰就叫 疼了快3个钟了",
            ],
            _patient(5230, "male", (), pregnant=None),
            id="r112-zh-001",
        ),  # NICE CKS Scrotal pain and swelling; EAU Paediatric Urology (testicular torsion): sudden severe testicular pain with vomiting and a high-riding testis in an adolescent is suspected torsion needing immediate surgical transfer, whatever the story of a knock.
        pytest.param(
            [
                "8个月男宝 右边阴囊鼓个包 平常哭的时候鼓 躺下就没了",
                "今天下午开始鼓着回不去了 硬 发红 一摸就哭",
                "吐了3次 最后一次吐的黄绿色的水 奶也不吃了",
            ],
            _patient(243, "male", (), pregnant=None),
            id="r112-zh-002",
        ),  # NICE CKS Inguinal hernia / RCEM paediatric abdominal pain: an irreducible, tender inguinoscrotal swelling with bilious vomiting in an infant means incarcerated hernia with bowel obstruction and needs immediate surgical transfer.
        pytest.param(
            [
                "小伙子26 说昨晚喝完酒吃了朋友给的药丸 说是补的",
                "到现在下面一直硬着 软不下来 从半夜12点到现在快7个钟了",
                "现在开始疼 颜色发紫 不好意思进来 在门口问能不能冰敷一下",
            ],
            _patient(9530, "male", (), pregnant=None),
            id="r112-zh-003",
        ),  # EAU Guidelines on Sexual and Reproductive Health, priapism section: a painful erection lasting more than 4 hours is ischaemic priapism, a urological emergency needing immediate aspiration to prevent permanent erectile damage.
        pytest.param(
            [
                "67岁男的 有冠心病 平时兜里揣着硝酸甘油",
                "家属说他晚上吃了一片蓝色的药 儿子网上买的 后来胸口闷又含了两片硝酸甘油",
                "现在坐都坐不住 说眼前发黑 出冷汗 量血压78/45",
            ],
            _patient(24655, "male", ("冠心病", "高血压"), pregnant=None),
            id="r112-zh-004",
        ),  # AHA/ACC guidance on PDE5 inhibitors and nitrates: the combination is contraindicated and causes profound hypotension; chest pain with shock-level blood pressure and near-syncope needs an ambulance now.
        pytest.param(
            [
                "61岁 糖尿病 血糖控制一般 说蛋蛋那里起了个疖子 三天了",
                "今天整个阴囊都肿大了 有一块皮发黑 有臭味",
                "烧38.9 心率120 说疼得比看着厉害多了 他自己说打个消炎针就行不用麻烦",
            ],
            _patient(22355, "male", ("2型糖尿病",), pregnant=None),
            id="r112-zh-005",
        ),  # EAU Urological Infections, Fournier's gangrene: rapidly spreading scrotal infection with skin necrosis, pain out of proportion and tachycardic fever in a diabetic is necrotising fasciitis needing immediate surgical debridement.
        pytest.param(
            [
                "91岁老太太 前两天说尿尿疼 老跑厕所 家里给吃了点三金片",
                "今天儿媳说她早上开始说胡话 不认人 一阵一阵打哆嗦",
                "量了 体温39.2 血压86/50 一上午就尿了一点点",
            ],
            _patient(33245, "female", ("高血压", "2型糖尿病"), pregnant=False),
            id="r112-zh-006",
        ),  # NICE NG51 Sepsis, high-risk criteria: new confusion, systolic BP below 90 and reduced urine output with a urinary source meet high-risk sepsis criteria and need emergency transfer.
        pytest.param(
            [
                "45岁男 以前有肾结石 这次右腰疼两天了 往下边窜",
                "昨天在诊所打了止疼针好点了 今天开始发烧39.5 冷得直抖 盖两床被子",
                "尿少 老想吐",
            ],
            _patient(16575, "male", ("肾结石",), pregnant=None),
            id="r112-zh-007",
        ),  # NICE NG118 Renal and ureteric stones, referral: suspected stone with fever and rigors suggests an obstructed infected kidney, which needs immediate hospital admission for decompression.
        pytest.param(
            [
                "27岁女的 说肚子下边疼 尿尿也有点不舒服 想开点治尿路感染的药",
                "刚才上厕所的时候晕了一下 扶起来脸煞白 还说右边肩膀疼",
                "问了月经 晚了快两周 刚测的试纸两道杠",
            ],
            _patient(9915, "female", (), pregnant=True),
            id="r112-zh-008",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: positive pregnancy test with lower abdominal pain, collapse and shoulder-tip pain suggests ruptured ectopic pregnancy, an emergency even when it first looks like a UTI.
        pytest.param(
            [
                "34岁 昨晚跟老婆同房的时候听到咔的一声 一下就软了",
                "现在下面肿得跟个紫茄子似的 歪向一边 尿尿带点血",
                "他说现在不怎么疼了 想在家等等自己消 不想去医院",
            ],
            _patient(12420, "male", (), pregnant=None),
            id="r112-zh-009",
        ),  # EAU Urological Trauma, penile fracture: an audible crack with sudden detumescence, swelling, deviation and blood in the urine (possible urethral injury) needs emergency surgical repair.
        pytest.param(
            [
                "73岁老爷子 抽了一辈子烟 突然左边腰疼 他自己说结石又犯了",
                "问了其实以前没得过结石 这次疼得往肚子和大腿根窜",
                "脸煞白一身汗 血压92/60 平时都150多 肚脐旁边摸着一跳一跳的",
            ],
            _patient(26945, "male", ("高血压",), pregnant=None),
            id="r112-zh-010",
        ),  # NICE CKS Renal colic and NICE NG156 Abdominal aortic aneurysm: in a person over 60 with presumed first renal colic consider ruptured AAA; hypotension, pallor and a pulsatile mass need immediate emergency transfer.
        pytest.param(
            [
                "20天男宝 今天摸着热 腋温38.3",
                "奶吃得少 比平时能睡 叫不太醒",
                "家里说尿布味冲 是不是上火了 想喂点金银花水",
            ],
            _patient(20, "male", (), pregnant=None),
            id="r112-zh-011",
        ),  # NICE NG143 Fever in under 5s, traffic-light table: any infant under 3 months with temperature of 38°C or more, plus reduced responsiveness, is high risk and needs emergency assessment.
        pytest.param(
            [
                "52岁男的 腰疼半个月了 一直贴膏药",
                "这两天说尿尿没感觉 憋不住 裤子湿了才知道",
                "屁股和大腿根那块发麻 像坐久了似的 两条腿也软",
            ],
            _patient(19055, "male", (), pregnant=None),
            id="r112-zh-012",
        ),  # NICE CKS Sciatica and RCEM/SBNS cauda equina guidance: back pain with new loss of bladder sensation, incontinence and saddle numbness is suspected cauda equina syndrome needing emergency MRI and surgical referral.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "30F burning wee 3 days, now pain right side of her back",
                "temp 38.3, had a shiver last night",
                "drinking ok, kept breakfast down",
                "HR 96 BP 118/74",
            ],
            _patient(10962, "female", (), pregnant=False),
            id="r112-en-014",
        ),  # NICE NG111 Pyelonephritis (acute): needs same-day antibiotics and assessment; no sepsis or vomiting so no hospital transfer.
        pytest.param(
            [
                "pregnant 28 wks, stinging when she wees and going every 20 min since yesterday",
                "no temp, no back pain, baby moving well",
                "no bleeding",
            ],
            _patient(10645, "female", (), pregnant=True),
            id="r112-en-015",
        ),  # NICE NG109 Lower UTI, pregnant women: send urine culture and start an antibiotic immediately (same day) because of the risk of pyelonephritis and preterm labour.
        pytest.param(
            [
                "dad says 2yo daughter temp 39 since yday",
                "crying when she wees, nappy smells really strong",
                "drinking juice ok, playing between calpol doses",
                "no rash",
            ],
            _patient(770, "female", (), pregnant=None),
            id="r112-en-016",
        ),  # NICE NG224 UTI in under 16s and NG143 fever: a febrile child with urinary symptoms needs urine testing and antibiotics the same day; no red features.
        pytest.param(
            [
                "38M severe pain right side coming in waves down to his groin, started 2h ago",
                "vomited once, cant sit still",
                "no temp, peeing ok maybe bit pink",
                "had ibuprofen 30 min ago, pain down to 5/10 now",
            ],
            _patient(14050, "male", (), pregnant=None),
            id="r112-en-017",
        ),  # NICE NG118 Renal and ureteric stones: suspected renal colic with pain responding to NSAID and no fever needs same-day assessment and imaging within 24 h, not emergency transfer.
        pytest.param(
            [
                "24M right testicle sore and swollen, came on slowly over 2 days",
                "stings when he pees, bit of discharge",
                "new partner 3 wks ago",
                "temp 37.6, walking fine",
            ],
            _patient(8982, "male", (), pregnant=None),
            id="r112-en-018",
        ),  # BASHH UK guideline on epididymo-orchitis 2020: gradual scrotal pain with urethritis needs same-day examination, STI tests and empirical antibiotics (torsion less likely with gradual onset over 2 days).
        pytest.param(
            [
                "27M asking about the HIV tablets after sex",
                "condom split last night about midnight with a guy he met, guy said hes HIV pos but not sure if on meds",
                "its 11am now",
                "no symptoms",
            ],
            _patient(9921, "male", (), pregnant=None),
            id="r112-en-019",
        ),  # BASHH/BHIVA PEPSE guideline 2021: PEP after anal sex with a partner of unknown viral load should start as soon as possible, ideally within 24 h and no later than 72 h, so same day.
        pytest.param(
            [
                "19F at reception very upset, says she was forced to have sex at a party last night",
                "no contraception, not on pill",
                "doesnt want police yet, wants the morning after pill and to be checked",
            ],
            _patient(6965, "female", (), pregnant=False),
            id="r112-en-020",
        ),  # FSRH Emergency Contraception guideline with BASHH PEPSE and NHS SARC guidance: assault within 72 h needs same-day emergency contraception, PEP/hepatitis B risk assessment and SARC referral.
        pytest.param(
            [
                "DN request: 85M long term catheter",
                "bag empty since this morning, urine leaking round the catheter",
                "tummy looks swollen, hes rubbing it and agitated",
                "obs ok no temp",
            ],
            _patient(31225, "male", ("dementia", "long-term urinary catheter"), pregnant=None),
            id="r112-en-021",
        ),  # NICE CKS Urinary catheter care (blocked catheter): no drainage with bypassing and suprapubic discomfort means retention needing same-day catheter change.
        pytest.param(
            [
                "79M suprapubic catheter, temp 38.1 today",
                "bit shivery, new pain over his bladder",
                "alert and chatting as normal, BP 132/78 HR 94",
                "urine cloudy",
            ],
            _patient(28850, "male", ("stroke", "long-term urinary catheter"), pregnant=None),
            id="r112-en-022",
        ),  # NICE NG113 Catheter-associated UTI: symptomatic infection with fever needs same-day antibiotics and catheter change; no high-risk sepsis features.
        pytest.param(
            [
                "55M feels fluey since yesterday, temp 38.0",
                "burning wee, going often, pain between his legs esp when sitting",
                "still passing urine ok",
                "obs otherwise fine",
            ],
            _patient(20215, "male", (), pregnant=None),
            id="r112-en-023",
        ),  # NICE NG110 Prostatitis (acute): start antibiotics immediately and review the same day; hospital only if systemically very unwell or in retention.
        pytest.param(
            [
                "77M on warfarin for AF",
                "red wee since this morning with a few small clots",
                "still passing fine, no pain",
                "feels ok, last INR 2 wks ago 2.8",
            ],
            _patient(28355, "male", ("atrial fibrillation",), pregnant=None),
            id="r112-en-024",
        ),  # NICE CKS Anticoagulation - oral (bleeding on warfarin): visible haematuria without haemodynamic compromise needs same-day INR and assessment.
        pytest.param(
            [
                "23F lower tummy pain both sides 3 days",
                "pain deep inside during sex, new discharge",
                "temp 38.0, preg test neg this am",
                "no vomiting, eating ok",
            ],
            _patient(8695, "female", (), pregnant=False),
            id="r112-en-025",
        ),  # BASHH UK guideline for pelvic inflammatory disease 2019: start empirical antibiotics without delay on clinical suspicion, so same-day assessment; not severe enough for admission.
        pytest.param(
            [
                "70M on ramipril and furosemide",
                "D&V 3 days, managing sips only",
                "hardly peeing, small amounts dark",
                "dizzy when standing, BP 104/62 sitting",
            ],
            _patient(25620, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r112-en-026",
        ),  # NICE NG148 Acute kidney injury: reduced urine output with fluid loss on ACE inhibitor and diuretic needs same-day creatinine, assessment and medicine review (sick day rules).
        pytest.param(
            [
                "21F very painful sores down below since 2 days",
                "little blisters and ulcers, feels achy and fluey",
                "can only pee sitting in the bath because it stings so much",
                "first time ever",
            ],
            _patient(7710, "female", (), pregnant=False),
            id="r112-en-027",
        ),  # BASHH guideline on anogenital herpes: first episode needs oral antivirals within 5 days and review of painful micturition/impending retention the same day.
        pytest.param(
            [
                "72M had prostate op 10 days ago (TURP)",
                "today passing blood and some clots, looks like ribena",
                "still peeing but slower than yday",
                "no temp, feels ok",
            ],
            _patient(26380, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="r112-en-030",
        ),  # BAUS TURP patient information: secondary bleeding at 10-14 days with clots needs same-day urology contact because of the risk of clot retention.
        pytest.param(
            [
                "6 day old baby, both eyes very sticky with yellow pus, lids swollen",
                "started yesterday",
                "mum says she had discharge in pregnancy, never tested",
                "feeding well, no temp",
            ],
            _patient(6, "male", (), pregnant=None),
            id="r112-en-032",
        ),  # NICE CKS Conjunctivitis - infective: conjunctivitis in a neonate (possible gonococcal/chlamydial infection) needs same-day urgent ophthalmology/paediatric referral.
        pytest.param(
            [
                "7yo boy, mum says his wee looks like cola last 2 days",
                "puffy round the eyes in the mornings",
                "had a bad sore throat about 2 wks ago",
                "playing, no temp",
            ],
            _patient(2705, "male", (), pregnant=None),
            id="r112-en-033",
        ),  # NICE CKS Haematuria / nephritic syndrome in children: visible haematuria with oedema after a throat infection needs same-day paediatric assessment of BP and renal function.
        pytest.param(
            [
                "31F had her baby 2 days ago, home now",
                "hasnt passed urine since about 8am, its 5pm now",
                "feels full and uncomfortable low down, had an epidural",
                "no temp, bleeding normal",
            ],
            _patient(11395, "female", (), pregnant=False),
            id="r112-en-034",
        ),  # NICE NG194 Postnatal care / RCOG guidance on postpartum urinary retention: no void for over 6 hours after delivery needs prompt same-day assessment and catheterisation.
        pytest.param(
            [
                "40M had a rash on his palms and soles 3 wks ago that went by itself",
                "now blurry vision right eye and lots of floaters for 2 days",
                "has male partners, last sexual health check a year ago",
            ],
            _patient(14800, "male", (), pregnant=None),
            id="r112-en-036",
        ),  # BASHH UK guidelines on syphilis (ocular syphilis): visual symptoms after a possible secondary syphilis rash need same-day ophthalmology and sexual health assessment.
        pytest.param(
            [
                "32岁男 右边蛋蛋慢慢肿疼两天了 越来越重",
                "尿尿烧 早上尿道口有点黄东西 上个月出差有过不安全的",
                "低烧37.8 能走路 没吐",
            ],
            _patient(11780, "male", (), pregnant=None),
            id="r112-zh-013",
        ),  # BASHH UK guideline on epididymo-orchitis: gradual-onset one-sided testicular pain with urethritis in a sexually active adult needs same-day assessment and antibiotics (torsion still considered), not an ambulance.
        pytest.param(
            [
                "女 30岁 尿频尿急3天 昨晚开始发烧38.6 左边后腰疼",
                "早上吐了一次 现在能喝水 能吃点稀饭",
                "血压118/76 心率96 人清楚 没怀孕 月经刚走",
            ],
            _patient(10970, "female", (), pregnant=False),
            id="r112-zh-014",
        ),  # NICE NG111 Pyelonephritis (acute): fever with loin pain in a non-pregnant adult without sepsis features needs same-day clinical assessment and antibiotics.
        pytest.param(
            [
                "孕26周 25岁 这两天尿尿疼 老想上厕所 每次就一点点",
                "不发烧 腰不疼 胎动正常",
                "她说怕吃药影响孩子 想多喝水扛一扛",
            ],
            _patient(9205, "female", (), pregnant=True),
            id="r112-zh-015",
        ),  # NICE NG109 Urinary tract infection (lower): pregnant women with UTI symptoms need a urine culture and immediate antibiotics the same day, not watchful waiting.
        pytest.param(
            [
                "38岁男 上午突然右边腰疼 疼得打滚 以前没这样过",
                "在我们这打了一针双氯芬酸 现在好多了 能坐着说话",
                "尿常规隐血+++ 不发烧 血压130/85",
            ],
            _patient(14080, "male", (), pregnant=None),
            id="r112-zh-016",
        ),  # NICE NG118 Renal and ureteric stones: suspected first renal colic whose pain settles with an NSAID and without fever can stay out of hospital but needs a doctor's review and imaging within 24 hours.
        pytest.param(
            [
                "3岁女孩 发烧两天 最高38.7 不咳嗽不流鼻涕",
                "这两天尿尿的时候哭 说疼 内裤上尿味很重",
                "精神还行 能玩能吃 水也喝",
            ],
            _patient(1145, "female", (), pregnant=None),
            id="r112-zh-017",
        ),  # NICE NG224 UTI in under 16s and NG143: a febrile young child with suspected UTI needs a same-day urine test and antibiotics; no red features so not an ambulance.
        pytest.param(
            [
                "29岁男 昨晚跟男的朋友发生关系没戴套 对方刚告诉他自己HIV阳性 说没在吃药",
                "到现在大概14个小时 他啥症状都没有",
                "问能不能过两天再去疾控查查",
            ],
            _patient(10590, "male", (), pregnant=None),
            id="r112-zh-018",
        ),  # BASHH/BHIVA PEPSE guideline and China's national HIV PEP guidance: HIV PEP should start as soon as possible and within 72 hours, so he must be seen today, not in two days.
        pytest.param(
            [
                "22岁女学生 朋友陪着来的 说昨晚聚会喝多了 醒来发现被人侵犯了",
                "身上有点淤青 能走 下面不流血 人清楚",
                "不想报警 就想拿点药 怕怀孕",
            ],
            _patient(8170, "female", (), pregnant=None),
            id="r112-zh-019",
        ),  # WHO Clinical management of rape survivors / BASHH sexual assault guidance: within 72 hours she needs same-day emergency contraception, PEP assessment, STI prophylaxis and injury care.
        pytest.param(
            [
                "56岁男 发烧38.4 尿尿疼 尿不干净 会阴那块胀疼",
                "前天开始的 今天尿线细了 但还能尿出来",
                "血压心率都正常 他说是前列腺炎犯了 吃点药就行",
            ],
            _patient(20500, "male", (), pregnant=None),
            id="r112-zh-020",
        ),  # EAU Urological Infections, acute bacterial prostatitis: febrile prostatitis needs same-day medical assessment, urine culture and antibiotics, watching for retention and sepsis.
        pytest.param(
            [
                "85岁老头 插尿管半年了 家属说从中午到现在尿袋里一滴没有",
                "4个多钟头了 他说小肚子胀 难受",
                "不发烧 人清楚 家属问能不能明天再来换管",
            ],
            _patient(31125, "male", ("前列腺增生", "长期留置导尿管"), pregnant=None),
            id="r112-zh-021",
        ),  # NICE CKS Urinary catheters, blocked catheter: a blocked long-term catheter with bladder distension needs the catheter changed today, not tomorrow.
        pytest.param(
            [
                "71岁 房颤吃华法林 今天尿是红的 有小血块",
                "尿还能尿出来 不疼不烧",
                "上次查INR一个多月前了 最近感冒吃了几天头孢",
            ],
            _patient(26095, "male", ("房颤", "服用华法林"), pregnant=None),
            id="r112-zh-022",
        ),  # NICE CKS Anticoagulation - oral (warfarin bleeding): visible haematuria on warfarin after an interacting antibiotic needs a same-day INR check and review.
        pytest.param(
            [
                "16岁男孩 上礼拜腮帮子肿 说是腮腺炎 学校好几个",
                "今天左边蛋蛋也肿了 疼 烧38.5",
                "从昨天慢慢疼起来的 没吐",
            ],
            _patient(5870, "male", (), pregnant=None),
            id="r112-zh-023",
        ),  # NICE CKS Mumps (orchitis) and Scrotal pain: orchitis after mumps needs a doctor today to confirm it and exclude torsion, not an ambulance given the gradual onset.
        pytest.param(
            [
                "24岁女 下面长了好多小泡 破了 疼得不敢尿尿",
                "第一次这样 有点发烧 大腿根淋巴结肿",
                "尿能尿出来 就是每回都疼哭",
            ],
            _patient(8960, "female", (), pregnant=False),
            id="r112-zh-024",
        ),  # BASHH UK guideline on genital herpes: a first episode should start antivirals promptly (within 5 days) with pain relief, and painful dysuria risks retention, so she needs a doctor today.
        pytest.param(
            [
                "8岁男孩 半个月前嗓子疼发烧 打了几天针好了",
                "这两天早上眼皮肿 尿是浓茶色 像可乐 尿也少了",
                "量血压135/90",
            ],
            _patient(3170, "male", (), pregnant=None),
            id="r112-zh-026",
        ),  # NICE CKS Haematuria / KDIGO glomerulonephritis: post-infectious nephritic picture in a child with cola-coloured urine, oedema and raised BP needs same-day paediatric assessment.
        pytest.param(
            [
                "4岁男孩 一个礼拜眼睛肿 这两天脚也肿了 鞋穿不进去",
                "尿里好多泡泡 半天不散",
                "精神还可以 不发烧 肚子有点鼓",
            ],
            _patient(1610, "male", (), pregnant=None),
            id="r112-zh-027",
        ),  # NICE CKS / KDIGO nephrotic syndrome in children: a first presentation with oedema and frothy urine needs same-day paediatric referral.
        pytest.param(
            [
                "23岁女 下腹两边疼4天了 白带多 发黄有味",
                "今天烧38.2 同房时疼得厉害",
                "月经正常 试纸测过一道杠",
            ],
            _patient(8405, "female", (), pregnant=False),
            id="r112-zh-028",
        ),  # BASHH UK guideline on pelvic inflammatory disease: suspected PID with fever should be assessed and treated with antibiotics without delay, today, pregnancy having been excluded.
        pytest.param(
            [
                "48岁 换肾5年了 一直吃他克莫司",
                "这两天尿频尿疼 今天37.9",
                "别的还行 能吃能喝",
            ],
            _patient(17550, "male", ("肾移植术后", "服用他克莫司"), pregnant=None),
            id="r112-zh-029",
        ),  # NICE NG109/KDIGO kidney transplant care: UTI with fever in an immunosuppressed transplant recipient needs same-day assessment, urine culture and antibiotics.
        pytest.param(
            [
                "62岁男 前天晚上吃了西地那非 昨天早上起来右眼下半边黑了一块",
                "不疼 不红 左眼好好的",
                "他觉得睡一觉就好了 到现在也没好",
            ],
            _patient(22700, "male", ("高血压",), pregnant=None),
            id="r112-zh-030",
        ),  # NICE CKS Sudden loss of vision and sildenafil SmPC (NAION warning): sudden painless loss of vision in one eye needs same-day eye specialist assessment and the drug stopped.
        pytest.param(
            [
                "4个月女宝 今天早上开始发烧38.5",
                "吃奶还可以 哭声响 逗她会笑",
                "尿有点浑 味儿大 不拉肚子不咳嗽",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r112-zh-031",
        ),  # NICE NG224 UTI in under 16s and NG143: an infant aged 3 months or more with fever and suspected UTI needs same-day urine testing and assessment; temperature under 39 and alert, so no red features.
        pytest.param(
            [
                "孕34周 30岁 外阴长了几个小水泡 很疼 以前没长过",
                "不发烧 能尿",
                "她老公嘴唇上老爱起疱",
            ],
            _patient(11070, "female", (), pregnant=True),
            id="r112-zh-032",
        ),  # BASHH/RCOG Management of genital herpes in pregnancy: a first episode in the third trimester needs same-day referral for aciclovir and delivery planning.
        pytest.param(
            [
                "27岁男 半个月前在外面有过一次 后来尿道流脓 自己买消炎药吃好了",
                "这几天右膝盖肿热疼 手背起了几个小红点 有脓头",
                "今天烧到38.3",
            ],
            _patient(10155, "male", (), pregnant=None),
            id="r112-zh-034",
        ),  # BASHH UK guideline on gonorrhoea (disseminated infection): arthritis, pustular skin lesions and fever after urethritis need same-day hospital assessment and IV antibiotics.
        pytest.param(
            [
                "9岁女孩 最近又尿床了 本来早就不尿了",
                "白天老喊渴 一天好几瓶水 老上厕所",
                "一个月瘦了好几斤 精神还行 没吐",
            ],
            _patient(3345, "female", (), pregnant=None),
            id="r112-zh-035",
        ),  # NICE NG18 Diabetes in children, diagnosis: suspected type 1 diabetes (thirst, passing a lot of urine, new bedwetting, weight loss) needs same-day referral to a paediatric diabetes team.
        pytest.param(
            [
                "72岁 前列腺电切术后10天 出院时尿已经清了",
                "今天尿又红了 像洗肉水 有小血块",
                "尿还通 不发烧 小肚子不胀",
            ],
            _patient(26320, "male", ("前列腺增生",), pregnant=None),
            id="r112-zh-036",
        ),  # EAU Management of non-neurogenic male LUTS (TURP complications): secondary bleeding around 10 to 14 days after TURP needs same-day urology review because of clot retention risk.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "mum of 13yo wants an appt",
                "on sunday he had sudden sharp pain in his right testicle, lasted about 15 mins then went completely",
                "happened once before in the summer",
                "no pain now, looks normal, back at football",
            ],
            _patient(4945, "male", (), pregnant=None),
            id="r112-en-037",
        ),  # EAU Guidelines on Paediatric Urology, acute scrotum: brief self-resolving episodes with no current pain suggest intermittent torsion needing planned urology referral, with advice to come immediately if pain returns.
        pytest.param(
            [
                "70M wants to try viagra, mate gave him some",
                "has a GTN spray but hasnt used it since last year",
                "no chest pain now, just checking its ok",
            ],
            _patient(25690, "male", ("angina",), pregnant=None),
            id="r112-en-038",
        ),  # BNF sildenafil (contraindicated with nitrates) / NICE CKS erectile dysfunction: no current symptoms; routine GP review of cardiac status and safe options.
        pytest.param(
            [
                "66M on doxazosin, started sildenafil from the pharmacy last wk",
                "last night felt lightheaded getting up off sofa, sat down and it passed in a min",
                "fine today BP 134/80",
                "no chest pain, didnt black out",
            ],
            _patient(
                24108, "male", ("hypertension", "benign prostatic hyperplasia"), pregnant=None
            ),
            id="r112-en-039",
        ),  # Sildenafil SmPC / EAU sexual and reproductive health: alpha-blocker plus PDE5 inhibitor can cause brief postural dizziness; resolved without syncope, needs routine medication review.
        pytest.param(
            [
                "44M had kidney stone, A&E last week, CT showed 4mm stone",
                "pain gone, caught the stone in a sieve yesterday",
                "wants to know what happens next and how to stop another one",
            ],
            _patient(16110, "male", (), pregnant=None),
            id="r112-en-040",
        ),  # NICE NG118 Renal and ureteric stones: after stone passage, stone analysis and prevention advice are routine primary care.
        pytest.param(
            [
                "67M saw blood in his wee last friday, just the once, no pain",
                "clear since, no burning",
                "heavy smoker, feels well",
                "can he get an appt next week?",
            ],
            _patient(24725, "male", ("COPD",), pregnant=None),
            id="r112-en-041",
        ),  # NICE NG12 suspected cancer (urological): unexplained visible haematuria at 45+ needs a suspected-cancer pathway referral from a prompt routine appointment; bleeding has stopped and he is well, so not same-day.
        pytest.param(
            [
                "30F panicking, her wee went red this morning",
                "no pain, no burning, feels totally fine",
                "had beetroot salad last night and a beetroot juice",
                "not on her period",
            ],
            _patient(11140, "female", (), pregnant=False),
            id="r112-en-042",
        ),  # NICE CKS Haematuria: red urine after beetroot is a food pigment, not blood; self-care with advice to see GP if it persists after the food clears.
        pytest.param(
            [
                "mum of 5 day old girl very worried, bit of blood in the nappy",
                "seems to come from her front bottom with some white mucus",
                "feeding well, lots of wet nappies, no temp",
            ],
            _patient(5, "female", (), pregnant=None),
            id="r112-en-043",
        ),  # NHS newborn/NICE postnatal care: small vaginal bleed in the first week (maternal hormone withdrawal, pseudomenses) is normal in a well baby; reassure.
        pytest.param(
            [
                "dad asking about 5yo, foreskin balloons up when he wees",
                "foreskin doesnt pull back",
                "no pain, no redness, wee comes out fine, never had an infection",
            ],
            _patient(1925, "male", (), pregnant=None),
            id="r112-en-044",
        ),  # EAU Guidelines on Paediatric Urology (phimosis) / NICE CKS: ballooning with non-retractile foreskin in a well young child is physiological; do not forcibly retract.
        pytest.param(
            [
                "3yo boy, end of his willy red and bit swollen since yday",
                "says it stings when he wees but he is weeing",
                "no temp, eating and playing",
                "mum uses bubble bath every night",
            ],
            _patient(1155, "male", (), pregnant=None),
            id="r112-en-045",
        ),  # NICE CKS Balanitis: mild balanitis in a well child is managed with warm-water bathing and avoiding irritants; GP only if not settling.
        pytest.param(
            [
                "26M, gf just tested positive for chlamydia",
                "he has no symptoms at all",
                "wants treatment, can he come in",
            ],
            _patient(9640, "male", (), pregnant=None),
            id="r112-en-046",
        ),  # BASHH UK guideline for Chlamydia trachomatis 2015, partner notification: asymptomatic contacts need testing and epidemiological treatment at a routine appointment.
        pytest.param(
            [
                "34M really anxious, had oral sex with a stranger 2 wks ago",
                "read online about HIV tablets after sex, wants them now",
                "no symptoms, no rash, no temp",
            ],
            _patient(12420, "male", (), pregnant=None),
            id="r112-en-047",
        ),  # BASHH/BHIVA PEPSE 2021: PEP is not recommended after oral sex and is outside the 72-hour window; he needs routine HIV/STI testing at the right time.
        pytest.param(
            [
                "52M, uncle just diagnosed with prostate cancer",
                "he has no waterworks problems at all",
                "wants a PSA check",
            ],
            _patient(19010, "male", (), pregnant=None),
            id="r112-en-048",
        ),  # NHS Prostate Cancer Risk Management Programme / NICE NG131: an asymptomatic man can have PSA after an informed discussion at a routine appointment.
        pytest.param(
            [
                "91M getting up 3-4x a night to wee for last 6 months",
                "stream slower, dribbles after",
                "no pain no blood, thinks he empties ok",
                "wants to know if theres a tablet",
            ],
            _patient(33335, "male", ("hypertension",), pregnant=None),
            id="r112-en-049",
        ),  # NICE CG97 LUTS in men: long-standing LUTS without retention, haematuria or infection need routine assessment.
        pytest.param(
            [
                "25M found a lump in his scrotum in the shower",
                "pea sized, feels separate above the testicle, not painful",
                "thinks its been there a few months",
                "worried its cancer like a guy at work",
            ],
            _patient(9365, "male", (), pregnant=None),
            id="r112-en-050",
        ),  # NICE CKS Scrotal pain and swelling / NICE NG12: a painless lump separate from the testis (likely epididymal cyst) needs routine examination and possible ultrasound, not same-day.
        pytest.param(
            [
                "61M trouble with erections for about a year",
                "had a heart attack 2 yrs ago, no chest pain since, walks the dog every day",
                "not on GTN",
                "wants something to help",
            ],
            _patient(22595, "male", ("type 2 diabetes", "ischaemic heart disease"), pregnant=None),
            id="r112-en-051",
        ),  # NICE CKS Erectile dysfunction / Princeton III consensus: stable cardiac disease with good exercise tolerance; routine assessment including cardiovascular risk.
        pytest.param(
            [
                "28M took a pill he bought online on saturday",
                "erection lasted about 2 hrs then went down on its own",
                "bit sore that night, all normal now",
                "wants to know if hes damaged anything",
            ],
            _patient(10310, "male", (), pregnant=None),
            id="r112-en-052",
        ),  # EAU Guidelines on Sexual and Reproductive Health, priapism: an erection under 4 hours that resolved is not ischaemic priapism; routine advice and review, come immediately if any future erection lasts over 4 hours.
        pytest.param(
            [
                "32F burning and going often since yesterday",
                "no temp, no back pain, no discharge",
                "not pregnant, had a kidney infection few yrs back but fine since",
                "asking for antibiotics",
            ],
            _patient(11840, "female", (), pregnant=False),
            id="r112-en-053",
        ),  # NICE NG109 Lower UTI in non-pregnant women: uncomplicated symptoms without fever or loin pain are managed with self-care and a pharmacy/back-up antibiotic.
        pytest.param(
            [
                "DN: 80M long term catheter, urine cloudy with bits and smells strong",
                "draining well, no temp, no pain",
                "his usual self",
                "should we dip it?",
            ],
            _patient(
                29260, "male", ("Parkinson's disease", "long-term urinary catheter"), pregnant=None
            ),
            id="r112-en-054",
        ),  # NICE NG113 Catheter-associated UTI: do not dipstick catheter urine or treat asymptomatic bacteriuria; fluids and routine catheter care.
        pytest.param(
            [
                "care home dipped urine on 88F, +ve nitrites and leucs",
                "did it because her urine smelled",
                "no burning that they can tell, no temp, eating and drinking",
                "confusion same as her usual, no change",
            ],
            _patient(32140, "female", ("dementia",), pregnant=False),
            id="r112-en-055",
        ),  # SIGN 160 / UKHSA UTI diagnosis in over 65s: do not use dipsticks over 65; smelly urine without new symptoms is not UTI, so hydration and monitoring.
        pytest.param(
            [
                "17M v embarrassed",
                "noticed rows of tiny white bumps round the rim of the head of his penis",
                "not itchy or sore, never had sex",
                "thinks hes got an STI",
            ],
            _patient(6335, "male", (), pregnant=None),
            id="r112-en-056",
        ),  # BASHH patient information / NHS: pearly penile papules are a normal anatomical variant needing reassurance only.
        pytest.param(
            [
                "35M noticed blood in his semen once at the weekend",
                "no pain, wee normal, no blood in wee",
                "feels fine",
            ],
            _patient(13055, "male", (), pregnant=None),
            id="r112-en-057",
        ),  # NICE CKS Haematospermia: a single episode in a man under 40 with no other symptoms needs reassurance; see GP if it persists.
        pytest.param(
            [
                "mum of 8 wk old boy, right side of scrotum bigger than left",
                "soft, doesnt bother him, no redness",
                "feeding well, no vomiting",
                "seems smaller in the mornings",
            ],
            _patient(58, "male", (), pregnant=None),
            id="r112-en-058",
        ),  # EAU Guidelines on Paediatric Urology, hydrocele: a soft painless swelling that varies in a well infant usually resolves; routine review, urgent only if hard, tender or with vomiting.
        pytest.param(
            [
                "40M had the snip 5 days ago",
                "dull ache both sides, some yellowy bruising",
                "swelling not getting bigger, no temp, wound dry",
                "taking paracetamol",
            ],
            _patient(14615, "male", (), pregnant=None),
            id="r112-en-059",
        ),  # BAUS vasectomy patient information: mild ache and fading bruising in the first week are expected; support underwear and simple analgesia.
        pytest.param(
            [
                "57M took sildenafil 50 first time last night",
                "thumping headache, red face, blocked nose",
                "no chest pain, no eye problems",
                "headache easing with paracetamol, erection went down normally",
            ],
            _patient(21005, "male", (), pregnant=None),
            id="r112-en-060",
        ),  # Sildenafil SmPC/BNF side effects: headache, flushing and nasal congestion are common and self-limiting; no nitrate use or prolonged erection.
        pytest.param(
            [
                "17岁男生 前年左边睾丸扭转做过手术 两边都固定了",
                "现在啥不舒服都没有 他妈看新闻说扭转会复发 紧张得不行",
                "问能不能打篮球 骑自行车",
            ],
            _patient(6225, "male", ("睾丸扭转术后",), pregnant=None),
            id="r112-zh-037",
        ),  # EAU Paediatric Urology, testicular torsion: after bilateral fixation recurrence is very rare; a symptom-free teenager needs reassurance and advice to come at once if sudden pain ever occurs.
        pytest.param(
            [
                "65岁 高血压 吃氨氯地平 血压控制在130左右",
                "想问能不能吃万艾可 问过了不吃硝酸甘油 也没胸痛",
                "平常每天走一个钟头的路没事",
            ],
            _patient(23735, "male", ("高血压",), pregnant=None),
            id="r112-zh-038",
        ),  # NICE CKS Erectile dysfunction and Princeton III consensus: a PDE5 inhibitor can be used with a calcium-channel blocker in a low-risk man not taking nitrates; a routine appointment is enough.
        pytest.param(
            [
                "70岁 放过支架 每天吃单硝酸异山梨酯",
                "家里给他买了一盒伟哥 还没吃 先来问问能不能吃",
                "最近没胸痛 血压正常",
            ],
            _patient(25555, "male", ("冠心病", "支架术后"), pregnant=None),
            id="r112-zh-039",
        ),  # AHA/ACC guidance on PDE5 inhibitors and nitrates: the drug is contraindicated with any nitrate, but it has not been taken and he is well, so advise not to take it and review alternatives routinely.
        pytest.param(
            [
                "66岁男 抽烟 前天早上尿了一次红的 就那一次",
                "之后都清了 不疼不烧 没血块",
                "他自己说是上火 喝了两天凉茶",
            ],
            _patient(24180, "male", (), pregnant=None),
            id="r112-zh-040",
        ),  # NICE NG12 Suspected cancer, urological: unexplained visible haematuria at 45 or over needs a suspected-cancer referral within 2 weeks, not same-day or emergency care.
        pytest.param(
            [
                "28岁 洗澡摸到右边睾丸上有个硬疙瘩 黄豆大",
                "不疼不肿 两个礼拜了还在",
                "没发烧 没碰着过",
            ],
            _patient(10265, "male", (), pregnant=None),
            id="r112-zh-041",
        ),  # NICE NG12 Suspected cancer, testicular: a painless lump or change in the testis needs a suspected-cancer pathway referral (ultrasound, 2-week wait), not an emergency.
        pytest.param(
            [
                "生下来12天的男宝 阴囊两边鼓鼓的 软的",
                "拿手电一照透亮 摸他也不哭",
                "吃奶好 大便正常 不吐",
            ],
            _patient(12, "male", (), pregnant=None),
            id="r112-zh-042",
        ),  # NICE CKS / EAU Paediatric Urology, hydrocele: a soft, non-tender, transilluminating scrotal swelling in a well newborn is a hydrocele that usually resolves; routine review.
        pytest.param(
            [
                "35岁 同房完发现精液里带点红 就那一回",
                "尿尿不疼 不发烧 尿是清的",
                "吓坏了 问是不是得癌了",
            ],
            _patient(12975, "male", (), pregnant=None),
            id="r112-zh-043",
        ),  # EAU guidance on haematospermia: a single episode in a man under 40 with no other symptoms is almost always benign; reassure and return if it recurs.
        pytest.param(
            [
                "28岁女 尿频尿急 尿的时候有点烧 昨天开始的",
                "不发烧 腰不疼 白带正常",
                "没怀孕 上次例假半个月前 以前也犯过一次",
            ],
            _patient(10320, "female", (), pregnant=False),
            id="r112-zh-044",
        ),  # NICE NG109 Urinary tract infection (lower): uncomplicated cystitis in a non-pregnant woman without fever or loin pain can be managed with self-care or a back-up antibiotic at a routine visit.
        pytest.param(
            [
                "45岁 上礼拜右边腰疼 片子说有个4毫米的石头",
                "前天尿尿的时候尿出来个小石子 之后就不疼了",
                "现在没症状 想问平常吃啥喝啥不再长",
            ],
            _patient(16685, "male", ("肾结石",), pregnant=None),
            id="r112-zh-045",
        ),  # NICE NG118 / EAU Urolithiasis, prevention: after a stone passes and symptoms stop, advice on drinking 2.5-3 litres a day and diet is all that is needed now.
        pytest.param(
            [
                "帮我舅舅问的 他哥上个月前列腺癌走了",
                "舅舅55 尿尿正常 夜里不起 哪都不疼",
                "想查那个PSA 要不要赶紧去大医院",
            ],
            _patient(20255, "male", (), pregnant=None),
            id="r112-zh-046",
        ),  # NICE CKS Prostate cancer / Chinese prostate cancer screening consensus: a family history raises risk, but a man without symptoms can discuss PSA testing at a routine appointment.
        pytest.param(
            [
                "95岁老爷子 夜里起来尿三四回 尿线细 得等一会才出来",
                "好几年了 最近家里人觉得他睡不好",
                "尿能尿出来 不疼 小肚子不胀 没见血",
            ],
            _patient(34705, "male", ("高血压",), pregnant=None),
            id="r112-zh-047",
        ),  # NICE CG97 Lower urinary tract symptoms in men: long-standing voiding symptoms without retention, haematuria or infection need routine assessment.
        pytest.param(
            [
                "30岁男 3个月前在外地按摩店有过一次 戴了套 没破",
                "现在没啥症状 就是天天睡不着 网上越查越怕",
                "问现在查HIV准不准",
            ],
            _patient(11020, "male", (), pregnant=None),
            id="r112-zh-048",
        ),  # WHO HIV testing services guidance / China HIV testing guidelines: well beyond the 72-hour PEP window and without symptoms, he needs routine testing and counselling.
        pytest.param(
            [
                "26岁男 女朋友体检查出衣原体 医生让他也来看看",
                "他啥症状没有 尿尿正常 没分泌物",
                "问是不是得打针输液",
            ],
            _patient(9640, "male", (), pregnant=None),
            id="r112-zh-049",
        ),  # BASHH UK guideline on chlamydia, partner management: an asymptomatic partner needs testing and oral epidemiological treatment at a routine sexual-health visit.
        pytest.param(
            [
                "3个月男宝 体检说左边蛋蛋摸不着 右边正常",
                "生下来就这样 不哭不闹 吃奶好",
                "阴囊那块不红不肿",
            ],
            _patient(95, "male", (), pregnant=None),
            id="r112-zh-050",
        ),  # NICE CKS Undescended testes / EAU Paediatric Urology: an undescended testis persisting at 3 months needs routine surgical referral with surgery by 12-18 months.
        pytest.param(
            [
                "2岁男孩 包皮翻不下来 尿尿的时候前头鼓个小泡",
                "尿线正常 尿完就瘪了 不红不疼",
                "奶奶想使劲给他往下翻 问要不要割",
            ],
            _patient(830, "male", (), pregnant=None),
            id="r112-zh-051",
        ),  # NICE CKS Balanitis/phimosis and EAU Paediatric Urology: physiological phimosis with ballooning is normal in toddlers; advise not to force retraction.
        pytest.param(
            [
                "45岁女 早上尿是红的 吓一跳",
                "问了 昨天吃了两个红心火龙果",
                "不疼不烧 尿常规隐血阴性",
            ],
            _patient(16645, "female", (), pregnant=False),
            id="r112-zh-052",
        ),  # NICE CKS Haematuria (assessment): red urine with a negative dipstick for blood after eating red dragon fruit is harmless pigment, not haematuria.
        pytest.param(
            [
                "孕12周 29岁 建档查尿说有细菌 白细胞+",
                "她自己一点感觉没有 尿尿不疼不急 不发烧",
                "产检医生让她来拿药 问要不要马上输液",
            ],
            _patient(10600, "female", (), pregnant=True),
            id="r112-zh-053",
        ),  # NICE NG109 / Chinese antenatal care guideline: asymptomatic bacteriuria in pregnancy is treated with an oral antibiotic guided by culture; no symptoms, so no emergency or drip.
        pytest.param(
            [
                "86岁老太太 插尿管一年多了 护工说尿袋里尿有点混 有味",
                "不发烧 吃饭跟平时一样 人也清楚 尿流得通",
                "问是不是得用点消炎药",
            ],
            _patient(31450, "female", ("脑梗后遗症", "长期留置导尿管"), pregnant=False),
            id="r112-zh-054",
        ),  # NICE NG113 Catheter-associated UTI / SIGN 160: cloudy, smelly urine without fever or other symptoms in a catheterised patient is not treated; give catheter-care advice.
        pytest.param(
            [
                "48岁 糖尿病8年 这大半年那方面不行了 硬不起来",
                "不抽烟 走路上楼不胸闷 没吃硝酸甘油",
                "不好意思当面说 问能不能开点药",
            ],
            _patient(17640, "male", ("2型糖尿病",), pregnant=None),
            id="r112-zh-055",
        ),  # NICE CKS Erectile dysfunction / BSSM guidance: ED in a diabetic man needs a routine assessment (cardiovascular risk, HbA1c, testosterone) before treatment.
        pytest.param(
            [
                "31岁 昨晚第一次吃他达拉非 硬了一个多钟头才下去",
                "现在软了 不疼 尿尿正常",
                "看网上说超过几个小时要坏死 吓得不敢再吃了",
            ],
            _patient(11325, "male", (), pregnant=None),
            id="r112-zh-056",
        ),  # EAU Sexual and Reproductive Health, priapism: an erection that settled within about an hour is not priapism; advise to seek emergency care only if one lasts over 4 hours.
        pytest.param(
            [
                "54岁 这半年发现硬的时候往左弯 一边能摸到个硬结",
                "没受过伤 平常不疼 同房有点费劲",
                "怕是长瘤子了",
            ],
            _patient(19790, "male", (), pregnant=None),
            id="r112-zh-057",
        ),  # EAU Sexual and Reproductive Health, Peyronie's disease: gradual curvature with a plaque and no injury needs a routine urology referral.
        pytest.param(
            [
                "生下来18天 尿布上有一块橘红色的 像血",
                "吃奶好 体温36.8 精神好 一天湿六七片尿布",
                "最近天热 出汗有点多",
            ],
            _patient(18, "male", (), pregnant=None),
            id="r112-zh-058",
        ),  # NICE NG143 / postnatal care guidance: orange urate staining in a well, afebrile, feeding baby is benign; advise more frequent feeds and return if fever or poor feeding.
        pytest.param(
            [
                "40岁 前天搬家扛冰箱闪了腰 腰疼弯不下去",
                "问了 尿尿拉屎都正常 屁股和腿不麻 腿有劲",
                "不发烧 以前没得过肿瘤",
            ],
            _patient(14630, "male", (), pregnant=None),
            id="r112-zh-059",
        ),  # NICE NG59 Low back pain and sciatica: with cauda equina red flags specifically denied, acute mechanical back pain is managed with self-care.
        pytest.param(
            [
                "33岁男 龟头冠状沟那长了几个小肉粒 像菜花 一个多月了",
                "不疼不痒 尿尿正常",
                "问他老婆要不要也查查",
            ],
            _patient(12205, "male", (), pregnant=None),
            id="r112-zh-060",
        ),  # BASHH UK guideline on anogenital warts: painless genital warts need a routine sexual-health appointment for treatment, STI screening and partner advice.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
