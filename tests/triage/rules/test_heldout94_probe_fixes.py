# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninety-fourth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of newer and
specialist medicines taken at home: SGLT2 inhibitors, GLP-1 agonists, DOACs and warfarin, insulin
pumps, biologics and JAK inhibitors, methotrexate, isotretinoin, clozapine, lithium, valproate,
antiretrovirals and PEP, transplant drugs, contraception and medical abortion, steroids, TCM with
Western drugs; 12 emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules
found 11 of 12 and 12 of 12 emergencies, graded 17 of 24 and 15 of 24 same-day cases exactly
(English, Chinese) and sent 0 and 1 look-alikes to emergency. Missed: Fournier's gangrene on
dapagliflozin told as "scrotum and skin behind it swollen ... one patch of skin gone dark purple,
pain far worse than it looks". Sent to emergency: bleeding and cramps the day after misoprostol,
read as an ectopic pregnancy.

What changed: a swollen scrotum and skin "gone dark purple" are read (necrotising infection, NICE
NG141); misoprostol (米索) is a medical abortion, whose expected bleeding is not an ectopic; a fever
on a biologic or a JAK inhibitor (adalimumab, tofacitinib) is seen the same day and shingles on one
is an immunocompromised person's, not chest pain of the heart (BSR 2017/2019, NICE CKS Shingles); a
strip of blisters is shingles; 洗肉水颜色 is haematuria and 无套 or 阻断药 asks for PEP. After: 12/12, 12/12;
19/24, 19/24; look-alikes 24/24, 24/24.

Left, graded routine: ketones 1.2 on an SGLT2 inhibitor with gastroenteritis (r94-en-014), a
pregnancy on valproate (r94-en-022), an HIV-exposed baby whose nevirapine ran out (r94-en-032),
diarrhoea on tacrolimus with less urine (r94-en-034), a corrected hypoglycaemia on two sulfonylureas
(r94-en-036), vomited tacrolimus after a liver transplant (r94-zh-024), an infected pump site
(r94-zh-029), bruising on valproate (r94-zh-034), no bleeding after misoprostol (r94-zh-035), fever
and painful nodes after starting ART (r94-zh-036)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "58M on empagliflozin + metformin, vomiting since last night, belly ache",
                "sugar only 9.8 so family thought it's fine. breathing deep and fast, RR 30, lips dry",
                "blood ketone meter reads 4.6. bit drowsy, answers slowly",
            ],
            _patient(21170, "male", ("type 2 diabetes", "hypertension"), pregnant=None),
            id="r94-en-001",
        ),  # JBDS-IP guideline on DKA and MHRA Drug Safety Update on SGLT2 inhibitors: ketoacidosis can occur with near-normal glucose, and ketones above 3 mmol/L with vomiting, deep breathing and drowsiness need immediate hospital IV treatment.
        pytest.param(
            [
                "66yo man on dapagliflozin, pain down below since yesterday, scrotum and skin behind it swollen",
                "T 38.9 HR 112 BP 98/60",
                "one patch of skin there gone dark purple, he says the pain is far worse than it looks, screams when touched",
            ],
            _patient(24090, "male", ("type 2 diabetes",), pregnant=None),
            id="r94-en-002",
        ),  # MHRA Drug Safety Update 2019 (SGLT2 inhibitors and Fournier's gangrene): perineal pain, swelling and fever with systemic upset is necrotising fasciitis needing immediate surgical and antibiotic treatment in hospital.
        pytest.param(
            [
                "91yo lady on warfarin, slipped in bathroom last night, knocked her head on the sink",
                "daughter says she was fine at first but vomited twice this morning and keeps dozing off",
                "opens eyes only when we talk loudly, muddled about where she is. lump R side of head",
            ],
            _patient(33215, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r94-en-003",
        ),  # NICE NG232 Head injury: an anticoagulated person with head injury who has repeated vomiting and a fall in consciousness needs immediate transfer to hospital for CT.
        pytest.param(
            [
                "74M on rivaroxaban for AF, stools black and sticky for 2 days",
                "nearly passed out getting off the toilet this morning",
                "HR 118 BP 86/52, pale, hands cold and clammy",
            ],
            _patient(27010, "male", ("atrial fibrillation",), pregnant=None),
            id="r94-en-004",
        ),  # NICE CG141 Acute upper GI bleeding and NICE CKS Oral anticoagulation: melaena with shock in a patient on a DOAC is major bleeding that needs immediate hospital resuscitation.
        pytest.param(
            [
                "28M started clozapine 3 wks ago, dose still going up",
                "2 days of chest pain, feels fluey, T 38.3",
                "resting HR 134, breathless walking in from the car, SpO2 93%",
            ],
            _patient(10220, "male", ("schizophrenia",), pregnant=None),
            id="r94-en-005",
        ),  # Clozapine SmPC and Maudsley Prescribing Guidelines: chest pain, fever and persistent tachycardia in the first two months of clozapine suggest myocarditis; stop the drug and send for immediate hospital assessment.
        pytest.param(
            [
                "52F on lithium for yrs. started on bendroflumethiazide 2 wks ago for BP",
                "diarrhoea and vomiting 3 days, hands jerking and shaking much more than usual",
                "walking like she's drunk, words slurred, husband says she's confused today",
            ],
            _patient(18980, "female", ("bipolar disorder", "hypertension"), pregnant=False),
            id="r94-en-006",
        ),  # NICE CG185 Bipolar disorder and BNF lithium: coarse tremor, ataxia, slurred speech and confusion with vomiting/diarrhoea (especially after starting a thiazide) indicate toxicity needing immediate hospital care.
        pytest.param(
            [
                "24yo man started carbamazepine 2 wks ago for fits",
                "fever 39 yesterday, now red rash spreading over face and chest, some blisters, skin coming off when touched",
                "mouth full of sores, can't eat, eyes red and sticky",
            ],
            _patient(8760, "male", ("epilepsy",), pregnant=None),
            id="r94-en-007",
        ),  # Carbamazepine SmPC (HLA-B*1502 warning) and BAD guideline on SJS/TEN: fever with blistering rash, skin detachment and mucosal involvement is a life-threatening reaction needing immediate hospital care.
        pytest.param(
            [
                "70yo RA lady, daughter found she's been taking her methotrexate 2.5mg x4 tabs every day instead of once a week, about 6 days now",
                "mouth very sore and ulcerated, T 38.6, shivering",
                "bruises on both arms she can't explain",
            ],
            _patient(25550, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r94-en-008",
        ),  # NPSA/MHRA alerts on oral methotrexate and BSR DMARD guideline: daily-dosing errors cause marrow toxicity; fever, mucositis and bruising after overdose need immediate hospital admission for folinic acid and blood counts.
        pytest.param(
            [
                "32F on the combined pill, smoker, long coach trip back from Guangzhou last wk",
                "today suddenly breathless, sharp pain R chest worse when breathing in",
                "HR 116, RR 26, SpO2 90% on air, coughed up a streak of blood",
            ],
            _patient(11680, "female", (), pregnant=False),
            id="r94-en-009",
        ),  # NICE NG158 Venous thromboembolic diseases and FSRH combined hormonal contraception guideline: suspected pulmonary embolism with hypoxia and tachycardia needs immediate hospital assessment.
        pytest.param(
            [
                "14yo girl T1DM on insulin pump, mum says tubing got kinked overnight, not noticed till morning",
                "vomited 4 times, tummy pain, very tired",
                "BG 26.3, blood ketones 4.1, breathing heavy, breath smells fruity",
            ],
            _patient(5110, "female", ("type 1 diabetes",), pregnant=None),
            id="r94-en-010",
        ),  # NICE NG18 Diabetes in children: a child with type 1 diabetes, ketones above 3 mmol/L, vomiting and abdominal pain must be sent to hospital immediately.
        pytest.param(
            [
                "45F just came over from the private clinic next door, had 双黄连 drip there for a cough, started about 20 min ago",
                "now itchy and red all over, lips and eyes swelling up, says throat feels tight",
                "wheezy, BP 78/46, HR 128",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r94-en-011",
        ),  # Resuscitation Council UK anaphylaxis guideline and NMPA adverse-reaction warnings for Shuanghuanglian injection: airway swelling, wheeze and hypotension after an injectable need IM adrenaline and immediate hospital care.
        pytest.param(
            [
                "26F took abortion pills she bought online, second lot (misoprostol) yesterday afternoon",
                "bleeding very heavy since last night, soaking a thick pad every 20-30 min for about 3 hrs",
                "fainted in the toilet, pale, HR 124 BP 84/50",
            ],
            _patient(9490, "female", (), pregnant=True),
            id="r94-en-012",
        ),  # WHO Abortion Care Guideline 2022 and RCOG: soaking more than two thick pads an hour for two hours, with fainting and shock, is haemorrhage needing immediate hospital care.
        pytest.param(
            [
                "男54岁 糖尿病 吃达格列净半年 前天开始吐 吃不下东西",
                "今天说肚子疼 喘气又深又快 人有点迷糊",
                "指尖血糖11.2 尿酮3+ 心率112",
            ],
            _patient(19710, "male", ("2型糖尿病", "高血压"), pregnant=None),
            id="r94-zh-001",
        ),  # MHRA Drug Safety Update on SGLT2 inhibitors and JBDS-IP DKA guideline: SGLT2 users can develop ketoacidosis with only modestly raised glucose, and vomiting, abdominal pain, deep rapid breathing and heavy ketonuria need immediate hospital treatment.
        pytest.param(
            [
                "大爷67 糖尿病吃恩格列净 会阴那块疼了两天",
                "今天阴囊后面发红发肿 有一块皮发黑 按着有点沙沙响",
                "T38.9 P108 他说疼得坐不住 看着没那么严重但他疼得厉害",
            ],
            _patient(24455, "male", ("2型糖尿病",), pregnant=None),
            id="r94-zh-002",
        ),  # FDA (2018) and MHRA (2019) safety communications on SGLT2 inhibitors: perineal pain, swelling, skin discolouration and fever suggest Fournier's gangrene, a surgical emergency needing immediate hospital transfer.
        pytest.param(
            [
                "精神科出院的小伙 氯氮平加量到第3周",
                "这两天发烧37.9 说胸口闷 走几步就喘",
                "心率128 血压92/58 坐着也快",
            ],
            _patient(9490, "male", ("精神分裂症",), pregnant=None),
            id="r94-zh-003",
        ),  # Maudsley Prescribing Guidelines and clozapine SmPC: fever, chest discomfort, breathlessness and tachycardia in the first two months of clozapine suggest myocarditis; with hypotension this requires immediate hospital care.
        pytest.param(
            [
                "阿姨61 吃碳酸锂十几年",
                "最近拉肚子三四天 吐过两次 手抖得端不住碗",
                "今天说话含糊 走路东倒西歪 家里说人反应慢了",
            ],
            _patient(22265, "female", ("双相情感障碍",), pregnant=False),
            id="r94-zh-004",
        ),  # NICE CG185 and BNF lithium monograph: coarse tremor, ataxia, slurred speech, confusion with vomiting and diarrhoea are signs of lithium toxicity needing immediate hospital assessment.
        pytest.param(
            [
                "老爷子78 房颤吃华法林",
                "昨晚上厕所摔了 后脑勺磕地上 当时没事",
                "今天早上吐了两次 叫他老想睡 问话答得慢",
            ],
            _patient(28470, "male", ("心房颤动", "高血压"), pregnant=None),
            id="r94-zh-005",
        ),  # NICE NG232 head injury: an anticoagulated patient with head injury who then vomits and has reduced consciousness needs immediate hospital CT (within 1 hour).
        pytest.param(
            [
                "82岁奶奶 利伐沙班20mg每天",
                "这两天解黑便 跟柏油一样 发亮",
                "站起来就头晕眼前黑 脸发白 P116 BP 90/56",
            ],
            _patient(29930, "female", ("心房颤动",), pregnant=False),
            id="r94-zh-006",
        ),  # EHRA practical guide on NOACs (2021) and NICE CG141 upper GI bleeding: melaena with postural symptoms, tachycardia and hypotension on an anticoagulant is a major bleed requiring immediate hospital resuscitation.
        pytest.param(
            [
                "老太太类风湿 甲氨蝶呤 本来一周吃一次 4片",
                "儿子说她看不懂 这一周每天都吃了4片",
                "现在嘴里全是溃疡 发烧38.6 腿上一块块青紫",
            ],
            _patient(25185, "female", ("类风湿关节炎",), pregnant=False),
            id="r94-zh-007",
        ),  # NPSA/MHRA oral methotrexate alerts and BSR DMARD guideline: accidental daily dosing causes life-threatening marrow toxicity; fever, mucositis and bruising need immediate hospital treatment with folinic acid.
        pytest.param(
            [
                "小伙23岁 半个月前开始吃卡马西平",
                "发烧两天 身上起红疹 今天有的地方起水疱 一擦皮就掉",
                "嘴唇溃烂结痂 眼睛红 吃东西疼",
            ],
            _patient(8395, "male", ("癫痫",), pregnant=None),
            id="r94-zh-008",
        ),  # BAD SJS/TEN guideline (2016) and MHRA carbamazepine HLA-B*1502 advice: fever with blistering, skin detachment and mucosal erosions after starting carbamazepine needs immediate hospital (burns/ICU) care.
        pytest.param(
            [
                "17岁女孩 1型 用胰岛素泵",
                "昨晚管子好像堵了 报警没管 早上血糖仪显示HI",
                "吐了好几次 呼吸很深 嘴里有烂苹果味 人很没劲",
            ],
            _patient(6205, "female", ("1型糖尿病",), pregnant=False),
            id="r94-zh-009",
        ),  # ISPAD 2022 DKA guideline and NICE NG18: pump failure with very high glucose, vomiting, deep breathing and ketotic breath indicates DKA requiring immediate hospital treatment.
        pytest.param(
            [
                "27岁 前天在家吃了米非司酮 今天上午吃的米索",
                "出血很多 一小时湿透两片夜用 已经3个多小时了",
                "脸色发白 躺着还说头晕 P122",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r94-zh-010",
        ),  # WHO Abortion care guideline (2022) and RCOG: soaking more than two large pads an hour for two hours, with dizziness and tachycardia, after medical abortion is haemorrhage needing emergency care.
        pytest.param(
            [
                "22岁 上个月吃过毓婷 这个月月经推迟了 今天有一点出血",
                "下午突然右下腹剧痛 刚才在厕所晕了一下",
                "说右肩膀也疼 BP 86/52",
            ],
            _patient(8030, "female", (), pregnant=None),
            id="r94-zh-011",
        ),  # FSRH Emergency Contraception guideline and NICE NG126: after oral EC failure ectopic pregnancy must be considered; abdominal pain with collapse, shoulder-tip pain and hypotension needs immediate hospital transfer.
        pytest.param(
            [
                "老太太76 体重44kg 感冒三天",
                "自己吃的 泰诺每次2片一天4次 还有感冒灵颗粒一天3次每次2包 维C银翘片一天3次每次2片",
                "今天恶心不想吃 右上腹有点胀痛",
                "家属问这些中成药和西药一起吃有没有事",
            ],
            _patient(27740, "female", ("高血压",), pregnant=False),
            id="r94-zh-012",
        ),  # MHRA 2012 paracetamol overdose guidance and UK TOXBASE: staggered ingestion of ≥75 mg/kg in 24 h (here ~100 mg/kg/day from overlapping paracetamol-containing Western and Chinese patent cold medicines) with symptoms needs immediate hospital acetylcysteine.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "61F on semaglutide weekly, dose went up last Thurs",
                "vomiting and loose stools 2 days, only keeping sips of water down, weeing less, urine dark",
                "dizzy when she stands, BP 108/70 lying, HR 98, alert, tummy soft, no bad pain",
            ],
            _patient(22265, "female", ("type 2 diabetes", "obesity"), pregnant=False),
            id="r94-en-013",
        ),  # NICE CKS Type 2 diabetes and MHRA advice on GLP-1 receptor agonists: persistent GI losses cause dehydration and acute kidney injury risk, so the patient needs same-day assessment, fluids and renal function check.
        pytest.param(
            [
                "INR 9.2 today, 68yo man on warfarin for AF, target 2-3",
                "no bleeding at all, no black stools, no blood in urine, feels well",
                "had antibiotics from the pharmacy last wk for a chest infection",
            ],
            _patient(24820, "male", ("atrial fibrillation",), pregnant=None),
            id="r94-en-015",
        ),  # BSH guideline on oral anticoagulation and NICE CKS: INR above 8 without bleeding means withhold warfarin and give oral vitamin K the same day, with INR recheck the next day.
        pytest.param(
            [
                "72F on warfarin after a leg clot, started taking 复方丹参滴丸 her son bought for her heart",
                "big purple bruises on legs, gums bleed when brushing, INR 6.4",
                "no black stool, no headache, BP 138/80",
            ],
            _patient(26280, "female", ("deep vein thrombosis history",), pregnant=False),
            id="r94-en-016",
        ),  # BSH guideline on warfarin over-anticoagulation: INR 5-8 with minor bleeding needs warfarin stopped and vitamin K given the same day; Danshen products potentiate warfarin.
        pytest.param(
            [
                "35M on clozapine 2 yrs, sore throat since yesterday, T 38.2",
                "otherwise ok, eating, HR 96, BP normal",
                "last blood count 3 wks ago",
            ],
            _patient(12775, "male", ("schizophrenia",), pregnant=None),
            id="r94-en-017",
        ),  # Clozapine SmPC and Chinese expert consensus on clozapine use: any sign of infection such as fever or sore throat needs a same-day full blood count to exclude neutropenia.
        pytest.param(
            [
                "41F on clozapine 300mg, no BM for 4 days, belly a bit bloated",
                "passing wind, no vomiting, eating a bit less",
                "says this happens sometimes but worse this time",
            ],
            _patient(14965, "female", ("schizophrenia",), pregnant=False),
            id="r94-en-018",
        ),  # MHRA Drug Safety Update 2020 on clozapine: constipation can progress to fatal gastrointestinal hypomotility and must be assessed and treated promptly, the same day.
        pytest.param(
            [
                "63F on MTX 15mg weekly for psoriasis",
                "2 mouth ulcers and sore throat for 3 days, T 37.2",
                "no bruising seen, bloods last done 2 months ago",
            ],
            _patient(22995, "female", ("psoriasis",), pregnant=False),
            id="r94-en-019",
        ),  # BSR/BAD DMARD guideline and BNF methotrexate: sore throat or mouth ulcers can signal marrow suppression, so methotrexate is withheld and an FBC and review are done the same day.
        pytest.param(
            [
                "58F RA on methotrexate 2 yrs, new dry cough 10 days, more breathless on stairs",
                "T 37.6, SpO2 95%, RR 20, no chest pain",
            ],
            _patient(21170, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r94-en-020",
        ),  # BNF methotrexate and BSR DMARD guideline: new cough or breathlessness on methotrexate may be pneumonitis; withhold the drug and assess the same day.
        pytest.param(
            [
                "46M on lithium 800mg, tummy bug since yesterday, 6 loose stools, vomited once",
                "drinking ok now, only his usual fine tremor, walking fine, talking normal",
                "last level 0.8 in March",
            ],
            _patient(16790, "male", ("bipolar disorder",), pregnant=None),
            id="r94-en-021",
        ),  # NICE CG185 and BNF lithium: diarrhoea and vomiting can raise lithium levels, so a same-day review with lithium level and renal function is needed before toxicity develops.
        pytest.param(
            [
                "9yo boy started carbamazepine 10 days ago for epilepsy",
                "mum noticed itchy red spots on tummy and back this morning",
                "T 36.8, no mouth sores, eyes fine, eating and playing",
            ],
            _patient(3285, "male", ("epilepsy",), pregnant=None),
            id="r94-en-023",
        ),  # Carbamazepine SmPC and NICE CKS Epilepsy: a new rash in the first weeks of carbamazepine needs same-day medical review and usually stopping the drug, because it can progress to a severe reaction.
        pytest.param(
            [
                "19F on isotretinoin 2 months for acne",
                "headache every morning for a week, worse lying down, today things blurry and seeing double at times",
                "no fever, neck not stiff, BP 118/76",
            ],
            _patient(6935, "female", ("acne",), pregnant=False),
            id="r94-en-024",
        ),  # Isotretinoin SmPC and NICE CKS Headache: headache with visual disturbance on isotretinoin suggests raised intracranial pressure; stop the drug and arrange same-day fundoscopy/specialist assessment.
        pytest.param(
            [
                "27M on PrEP but stopped taking it 2 wks ago",
                "condomless sex last night with a partner who has HIV, not sure of his viral load",
                "well in himself, asking what to do",
            ],
            _patient(9855, "male", (), pregnant=None),
            id="r94-en-025",
        ),  # WHO consolidated HIV guidelines on post-exposure prophylaxis: PEP should be started as soon as possible and within 72 hours of exposure, so the patient must be seen today.
        pytest.param(
            [
                "55M kidney transplant 2019, on tacrolimus + mycophenolate + pred",
                "T 38.1 since this morning, mild cough, achy",
                "BP 132/84 HR 94 SpO2 97%, alert",
            ],
            _patient(20075, "male", ("kidney transplant",), pregnant=None),
            id="r94-en-026",
        ),  # KDIGO kidney transplant recipient guideline: fever in an immunosuppressed transplant recipient needs same-day medical assessment and contact with the transplant team.
        pytest.param(
            [
                "38F with Crohn's on adalimumab, cough with green phlegm 3 days, T 38.3",
                "RR 20, SpO2 96, HR 100, BP 118/72",
                "next injection due tomorrow",
            ],
            _patient(13870, "female", ("Crohn's disease",), pregnant=False),
            id="r94-en-027",
        ),  # BSR guideline on biologic therapy: suspected significant infection on a TNF inhibitor means withholding the biologic and same-day assessment and treatment.
        pytest.param(
            [
                "67F on tofacitinib for RA, burning pain L side of chest 2 days",
                "today a strip of blisters came up from her back round to the front, same side",
                "not near the eye, T 37.4",
            ],
            _patient(24455, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r94-en-028",
        ),  # NICE CKS Shingles: immunosuppressed patients should start oral antivirals promptly within 72 hours of rash onset and be assessed the same day.
        pytest.param(
            [
                "79M on insulin glargine, wife found him sweaty and muddled at 6am, BG 2.6",
                "she gave him sugar water and bread, now BG 7.1, back to normal, talking fine",
                "he's had a cold and hardly eaten for 3 days but kept the same insulin dose",
            ],
            _patient(28835, "male", ("type 2 diabetes",), pregnant=None),
            id="r94-en-029",
        ),  # NICE NG28 and JBDS hypoglycaemia guidance: a hypo needing third-party help in an older insulin user with poor intake needs a same-day review of insulin dose and cause.
        pytest.param(
            [
                "22F, condom broke 2 nights ago, about 48 hrs now",
                "wants the morning after pill, LMP 12 days ago, no other meds",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r94-en-030",
        ),  # FSRH CEU guideline Emergency Contraception: emergency contraception should be given as soon as possible (levonorgestrel within 72 h, ulipristal within 120 h, Cu-IUD within 5 days), so the same day.
        pytest.param(
            [
                "31F had a medical termination 9 days ago, county hospital gave her the pills to take at home",
                "still bleeding, now lower tummy pain and smelly discharge, T 38.2",
                "HR 100, BP 112/70, walking about",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r94-en-031",
        ),  # WHO Abortion Care Guideline and RCOG: fever, pelvic pain and offensive discharge after abortion suggest infection or retained tissue, needing same-day assessment and antibiotics.
        pytest.param(
            [
                "24F on Yasmin 6 months, L calf swollen and sore 3 days",
                "L calf 3cm bigger than R, warm, pitting at the ankle",
                "no breathlessness, no chest pain, SpO2 99",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r94-en-033",
        ),  # NICE NG158: suspected DVT needs a proximal leg ultrasound within 4 hours (or D-dimer and interim anticoagulation), i.e. same-day assessment without an ambulance.
        pytest.param(
            [
                "70M T2DM on metformin, started pred 30mg 4 days ago for his chest",
                "sugars 22-25 in the afternoons, very thirsty, up peeing all night",
                "alert, no vomiting, ketones 0.3",
            ],
            _patient(25550, "male", ("type 2 diabetes", "COPD"), pregnant=None),
            id="r94-en-035",
        ),  # JBDS-IP guidance on steroid-induced hyperglycaemia: persistent glucose above 12 (here above 20) on steroids with symptoms needs same-day clinician review to start or adjust glucose-lowering treatment.
        pytest.param(
            [
                "58岁女 糖尿病 吃卡格列净+二甲双胍",
                "昨天胃肠不舒服 吐了一次 今天吃得少 能喝水",
                "血糖9.6 血酮1.2 呼吸平稳 人清楚 不肚子疼",
            ],
            _patient(21170, "female", ("2型糖尿病",), pregnant=False),
            id="r94-zh-013",
        ),  # JBDS/TREND-UK SGLT2 inhibitor sick-day guidance: during illness with blood ketones 0.6–1.5 mmol/L stop the SGLT2 inhibitor and arrange same-day clinical review and ketone recheck; DKA signs would need hospital.
        pytest.param(
            [
                "49岁男 打司美格鲁肽 上周刚加到1mg",
                "吐了两天 一天吐四五回 水喝下去也吐一部分",
                "站起来头晕 尿少颜色深 BP 108/70 P98 说话清楚 还吃着贝那普利和二甲双胍",
            ],
            _patient(17885, "male", ("2型糖尿病", "肥胖"), pregnant=None),
            id="r94-zh-014",
        ),  # Semaglutide SmPC/MHRA and NICE CKS sick-day rules: persistent GLP-1-related vomiting with dehydration in a patient on ACE inhibitor and metformin risks acute kidney injury and needs same-day assessment.
        pytest.param(
            [
                "71岁 房颤 华法林3mg",
                "今天查INR 9.2 上次2.8",
                "没出血 牙龈不出 大便颜色正常 前几天吃了左氧氟沙星",
            ],
            _patient(25915, "female", ("心房颤动",), pregnant=False),
            id="r94-zh-015",
        ),  # BSH/BNF warfarin guidance: INR above 8 without bleeding requires stopping warfarin and giving oral vitamin K the same day, with INR recheck next day.
        pytest.param(
            [
                "74岁男 阿哌沙班2.5 bid",
                "今早小便是洗肉水颜色 没血块 能尿出来",
                "不发烧 BP 138/82 P80 精神可",
            ],
            _patient(27010, "male", ("心房颤动", "前列腺增生"), pregnant=None),
            id="r94-zh-016",
        ),  # EHRA practical guide on NOACs (2021): non-major bleeding such as visible haematuria in a stable patient needs same-day clinical assessment and dose review, not emergency transfer.
        pytest.param(
            [
                "66岁大爷 下肢血栓后一直吃华法林",
                "最近自己买了银杏叶片和复方丹参片一起吃了两周",
                "胳膊腿上好多青紫 刷牙出血 鼻子没出血 大便正常",
            ],
            _patient(24090, "male", ("下肢深静脉血栓史",), pregnant=None),
            id="r94-zh-017",
        ),  # BNF warfarin interactions and Chinese expert consensus on warfarin anticoagulation: ginkgo and danshen potentiate warfarin; new bruising and gum bleeding require same-day INR check.
        pytest.param(
            [
                "45岁女 银屑病 甲氨蝶呤每周15mg",
                "这几天嘴里长了好几个溃疡 嗓子疼",
                "没发烧 没出血点 上次查血是两个月前",
            ],
            _patient(16425, "female", ("银屑病",), pregnant=False),
            id="r94-zh-018",
        ),  # BSR/BAD DMARD prescribing guideline (2017): sore throat and mouth ulcers on methotrexate require withholding the drug and an urgent same-day full blood count.
        pytest.param(
            [
                "41岁男 精神分裂 氯氮平300mg",
                "5天没大便了 肚子胀 有点隐痛",
                "没吐 还能放屁 吃饭比平时少",
            ],
            _patient(14965, "male", ("精神分裂症",), pregnant=None),
            id="r94-zh-019",
        ),  # MHRA Drug Safety Update (2020) on clozapine gastrointestinal hypomotility: constipation can progress to fatal ileus and needs prompt same-day medical assessment and treatment.
        pytest.param(
            [
                "38岁女 碳酸锂 双相",
                "腰扭了 这一周每天吃布洛芬3次",
                "这两天恶心 手比平时抖 口干 人清醒 走路稳",
            ],
            _patient(13870, "female", ("双相情感障碍",), pregnant=False),
            id="r94-zh-020",
        ),  # NICE CG185 and BNF: NSAIDs raise lithium levels; new nausea and worsening tremor need a same-day serum lithium level and review.
        pytest.param(
            [
                "52岁女 三叉神经痛 卡马西平吃了3周",
                "昨天开始身上起红疹子 痒 躯干为主",
                "不发烧 嘴里眼睛都没事 没起水疱",
            ],
            _patient(18980, "female", ("三叉神经痛",), pregnant=False),
            id="r94-zh-021",
        ),  # BNF/MHRA carbamazepine advice: a new rash in the first weeks may herald a severe cutaneous reaction, so the patient needs same-day review and usually stopping the drug; mucosal or blistering signs would be an emergency.
        pytest.param(
            [
                "31岁男 昨晚和不认识的人无套",
                "大概18个小时前 对方情况不清楚",
                "想问那个阻断药 他自己没吃过PrEP",
            ],
            _patient(11315, "male", (), pregnant=None),
            id="r94-zh-022",
        ),  # WHO PEP guidelines and China HIV PEP expert consensus (2020): post-exposure prophylaxis should start as soon as possible and within 72 h, so assessment must happen the same day.
        pytest.param(
            [
                "47岁男 肾移植5年 他克莫司+吗替麦考酚酯",
                "今天发烧38.3 有点咳嗽",
                "BP 132/84 P92 呼吸18 SpO2 97 尿量正常",
            ],
            _patient(17155, "male", ("肾移植术后",), pregnant=None),
            id="r94-zh-023",
        ),  # KDIGO transplant recipient care guideline and NICE NG51: fever in an immunosuppressed transplant recipient needs same-day clinical assessment even with normal observations.
        pytest.param(
            [
                "34岁男 强直性脊柱炎 两周打一次阿达木单抗",
                "咳嗽咳黄痰3天 今天38.5",
                "呼吸不费劲 SpO2 96 P96 下一针明天该打",
            ],
            _patient(12410, "male", ("强直性脊柱炎",), pregnant=None),
            id="r94-zh-025",
        ),  # BSR biologics guideline (2017): active infection on a TNF inhibitor requires withholding the next dose and same-day clinical assessment.
        pytest.param(
            [
                "63岁 类风湿 吃托法替布",
                "右边胸背一条带子样的疼 昨天开始起一簇簇小水疱",
                "不过中线 眼睛周围没有",
            ],
            _patient(22995, "female", ("类风湿关节炎",), pregnant=False),
            id="r94-zh-026",
        ),  # NICE CKS shingles: immunosuppressed people (e.g. on JAK inhibitors) need antiviral treatment started the same day and specialist advice.
        pytest.param(
            [
                "70岁男 慢阻肺加重 开了泼尼松30mg 吃到第5天",
                "他本来吃二甲双胍 今天指尖血糖21.4 口渴尿多",
                "人清醒 不吐 尿酮阴性",
            ],
            _patient(25550, "male", ("慢阻肺", "2型糖尿病"), pregnant=None),
            id="r94-zh-027",
        ),  # JBDS-IP guideline on steroid-induced hyperglycaemia: glucose persistently above 12 mmol/L on steroids needs same-day treatment adjustment; no ketones or drowsiness so not an emergency.
        pytest.param(
            [
                "20岁男 1型糖尿病 打诺和锐+长效",
                "长效的笔芯用完了 昨晚和今早都没打",
                "血糖17.3 血酮0.9 不吐 能吃饭",
            ],
            _patient(7300, "male", ("1型糖尿病",), pregnant=None),
            id="r94-zh-028",
        ),  # NICE NG17 and JBDS: people with type 1 diabetes must not go without basal insulin; missed basal doses with rising glucose and ketones need same-day insulin supply, review and ketone recheck.
        pytest.param(
            ["33岁女 吃优思明两年", "左小腿肿胀疼三天 比右腿粗了一圈", "不喘 不胸痛 SpO2 99 P84"],
            _patient(12045, "female", (), pregnant=False),
            id="r94-zh-030",
        ),  # NICE NG158: suspected DVT (unilateral calf swelling on combined pill) needs same-day assessment with proximal leg ultrasound within 4 hours; no PE features so not an ambulance.
        pytest.param(
            ["19岁女 前天晚上同房套破了", "到现在大概40小时 没吃药", "月经规律 末次月经两周前"],
            _patient(6935, "female", (), pregnant=False),
            id="r94-zh-031",
        ),  # FSRH Emergency Contraception guideline: emergency contraception should be given as soon as possible (LNG within 72 h, UPA or copper IUD within 120 h) because efficacy falls with delay, so it must be provided the same day.
        pytest.param(
            [
                "24岁 5天前药流 流干净了说是",
                "昨天开始小肚子疼 白带有臭味",
                "T38.4 P96 BP 112/70 人精神还行",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r94-zh-032",
        ),  # WHO Abortion care guideline (2022): fever, pelvic pain and offensive discharge after abortion suggest infection requiring same-day assessment and antibiotics; sepsis signs would need emergency care.
        pytest.param(
            [
                "19岁男 吃异维A酸治痘2个月",
                "妈妈说这几周不出门 不说话 成绩掉了",
                "问他 说活着没意思 但说没想过怎么做 没有准备",
            ],
            _patient(6935, "male", ("痤疮",), pregnant=None),
            id="r94-zh-033",
        ),  # MHRA isotretinoin safety review (2023) and WHO mhGAP self-harm module: depressed mood with thoughts of death but no plan needs stopping isotretinoin and same-day mental-health assessment; an imminent plan would be an emergency.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "57F started dapagliflozin last month, itching down below, white discharge",
                "no fever, no pain or swelling in groin or between legs, skin normal colour",
            ],
            _patient(20805, "female", ("type 2 diabetes",), pregnant=False),
            id="r94-en-037",
        ),  # NICE CKS Candida - female genital and MHRA SGLT2 safety advice: genital thrush is a common SGLT2 side effect managed routinely when perineal pain, swelling and fever are absent.
        pytest.param(
            [
                "62M on dapagliflozin, hernia op booked for next Tues",
                "asking if he should keep taking it before the op, feels fine, BG in the 7s",
            ],
            _patient(22630, "male", ("type 2 diabetes",), pregnant=None),
            id="r94-en-038",
        ),  # CPOC perioperative diabetes guideline: SGLT2 inhibitors are paused around planned surgery as part of routine pre-op planning; no acute problem.
        pytest.param(
            [
                "44F on semaglutide for weight, 1st wk on 0.5mg, feels sick after meals",
                "no vomiting, no tummy pain, drinking fine, eating smaller portions",
            ],
            _patient(16060, "female", ("obesity",), pregnant=False),
            id="r94-en-039",
        ),  # Semaglutide SmPC and NICE TA875: mild nausea during dose escalation is common and transient and is managed with smaller meals.
        pytest.param(
            [
                "80M on apixaban, nosebleed this morning, stopped after 5 min of pinching",
                "few small bruises on forearms, no black stool, feels fine, BP 134/78",
            ],
            _patient(29200, "male", ("atrial fibrillation",), pregnant=None),
            id="r94-en-040",
        ),  # NICE CKS Anticoagulation - oral: minor bleeding such as a short nosebleed or small bruises does not need the DOAC stopped; review routinely.
        pytest.param(
            [
                "53F on rivaroxaban 20mg with breakfast, forgot it this morning, just remembered now at 3pm",
                "no bleeding, no leg or chest symptoms",
            ],
            _patient(19345, "female", ("pulmonary embolism history",), pregnant=False),
            id="r94-en-041",
        ),  # Rivaroxaban SmPC: a missed once-daily dose should be taken as soon as remembered the same day and then continued as usual.
        pytest.param(
            [
                "76M on warfarin for AF, INR 3.4 today (range 2-3)",
                "no bleeding, no bruises, feels well, ate far fewer greens this week",
            ],
            _patient(27740, "male", ("atrial fibrillation",), pregnant=None),
            id="r94-en-042",
        ),  # BSH guideline on oral anticoagulation: INR above range but below 5 without bleeding is handled by reducing or omitting a dose and rechecking within days.
        pytest.param(
            [
                "23M T1DM on pens, BG 3.6 before lunch, felt shaky, had juice",
                "15 min later 6.4, ate lunch, totally fine now, says lunch was late today",
            ],
            _patient(8395, "male", ("type 1 diabetes",), pregnant=None),
            id="r94-en-043",
        ),  # NICE NG17 Type 1 diabetes in adults: mild hypoglycaemia with an obvious cause, self-treated with fast carbohydrate and recovered, is managed by the patient.
        pytest.param(
            [
                "17yo boy on insulin pump, occlusion alarm this morning",
                "changed set and cannula, BG now 8.1, ketones 0.1, feels fine",
            ],
            _patient(6205, "male", ("type 1 diabetes",), pregnant=None),
            id="r94-en-044",
        ),  # NICE NG18 and insulin pump guidance: a pump alarm resolved by a set change with normal glucose and ketones needs only self-monitoring.
        pytest.param(
            [
                "66F on methotrexate weekly for RA, feels queasy the day after her dose",
                "no mouth ulcers, no sore throat, no bruising, bloods normal 2 wks ago",
            ],
            _patient(24090, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r94-en-045",
        ),  # BSR DMARD guideline: nausea after weekly methotrexate is common and is managed at routine review (folic acid, split or subcutaneous dosing).
        pytest.param(
            [
                "33M on adalimumab, red itchy patch where he injected yesterday, about size of a coin",
                "no fever, not spreading, no face swelling or breathing problems",
            ],
            _patient(12045, "male", ("psoriasis",), pregnant=None),
            id="r94-en-046",
        ),  # Adalimumab SmPC: local injection-site reactions are very common and settle without treatment.
        pytest.param(
            [
                "17F on isotretinoin, lips very dry and cracking, nose bleeds a little when she blows it",
                "just small spots of blood, stops quickly. mood good, no headache",
            ],
            _patient(6205, "female", ("acne",), pregnant=None),
            id="r94-en-047",
        ),  # Isotretinoin SmPC and NICE CKS Acne: dry lips and minor nosebleeds from dry mucosa are expected and managed with emollients.
        pytest.param(
            [
                "30M on clozapine 1yr, wet pillow every morning, drooling at night",
                "no fever, no sore throat, bowels open daily",
            ],
            _patient(10950, "male", ("schizophrenia",), pregnant=None),
            id="r94-en-048",
        ),  # Maudsley Prescribing Guidelines: clozapine hypersalivation is a common nuisance effect managed at routine review.
        pytest.param(
            [
                "60F on lithium 15 yrs, always has a fine shake in her hands, thirsty and passing a lot of urine",
                "level 0.7 last month, kidney bloods stable, walking and talking normally, no D&V",
            ],
            _patient(21900, "female", ("bipolar disorder",), pregnant=False),
            id="r94-en-049",
        ),  # NICE CG185: fine tremor and polyuria with a therapeutic level and no toxic signs are common lithium effects for routine monitoring.
        pytest.param(
            [
                "15yo girl on sodium valproate, mum says her hair is thinning and she's put on 4kg",
                "fits well controlled, no vomiting, not drowsy",
            ],
            _patient(5475, "female", ("epilepsy",), pregnant=None),
            id="r94-en-050",
        ),  # NICE NG217 Epilepsies and MHRA valproate guidance: hair thinning and weight gain are common side effects for routine specialist review (including pregnancy prevention discussion).
        pytest.param(
            [
                "34F due to start carbamazepine for nerve pain in her face, hasn't started yet",
                "worried because her brother had a bad skin reaction on it years ago. no rash herself",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r94-en-051",
        ),  # CPIC guideline and carbamazepine label: HLA-B*1502 testing is recommended before starting carbamazepine in Han Chinese; a relative's past reaction calls for pre-treatment testing, not acute care.
        pytest.param(
            [
                "36M started HIV meds 10 days ago (TDF/3TC/EFV), vivid dreams, bit dizzy in the mornings",
                "no rash, no yellow eyes, mood ok, still working",
            ],
            _patient(13140, "male", ("HIV",), pregnant=None),
            id="r94-en-052",
        ),  # WHO consolidated HIV guidelines: efavirenz CNS effects (vivid dreams, dizziness) are common in the first weeks and usually resolve; routine follow-up.
        pytest.param(
            [
                "30M started PrEP 5 days ago, mild nausea and bloating",
                "eating ok, no vomiting, no rash, no fever",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r94-en-053",
        ),  # WHO PrEP implementation guidance: mild GI start-up symptoms in the first month are common and self-limiting.
        pytest.param(
            [
                "50M liver transplant 3 yrs ago, hands slightly shaky holding a cup, been like this for months",
                "tac level normal last wk, no fever, no diarrhoea, passing urine ok",
            ],
            _patient(18250, "male", ("liver transplant",), pregnant=None),
            id="r94-en-054",
        ),  # Tacrolimus SmPC and KDIGO/AASLD transplant guidance: mild stable tremor with a normal level is a common side effect for routine clinic review.
        pytest.param(
            [
                "20F started the pill 6 wks ago, bit of spotting between periods",
                "hasn't missed any, no pain, not heavy, says no chance of pregnancy",
            ],
            _patient(7300, "female", (), pregnant=False),
            id="r94-en-055",
        ),  # FSRH guideline on problematic bleeding with hormonal contraception: unscheduled light bleeding is common in the first 3 months and settles.
        pytest.param(
            [
                "27F on Microgynon, forgot yesterday's pill, took it this morning with today's",
                "only one missed this pack, she's on day 10 of the pack",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r94-en-056",
        ),  # FSRH CHC guideline on missed pills: one missed pill (less than 48 h late) - take it as soon as possible and continue; no emergency contraception needed.
        pytest.param(
            [
                "28F took misoprostol at home this morning as the hospital told her (mifepristone 2 days ago)",
                "cramping, bleeding heavier than a period, passed some clots, changing a pad about every 3 hrs",
                "no fever, not dizzy, pain ok with ibuprofen",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r94-en-057",
        ),  # WHO Abortion Care Guideline 2022: heavy bleeding with clots and cramps after misoprostol is expected; warning signs are soaking more than 2 pads an hour for 2 hours, fever or fainting.
        pytest.param(
            [
                "40M finished 5 days of pred 40mg for asthma yesterday, stopped without tapering",
                "worried he should have cut down slowly, breathing good, peak flow back to normal",
            ],
            _patient(14600, "male", ("asthma",), pregnant=None),
            id="r94-en-058",
        ),  # BNF corticosteroids and NICE CKS: courses of up to 3 weeks can be stopped without tapering in most patients.
        pytest.param(
            [
                "68F had 血塞通 drip at the township hospital yesterday, got a few itchy hives on her arms afterwards",
                "took loratadine, gone by the evening, today no rash, no lip swelling, breathing fine",
            ],
            _patient(24820, "female", ("stroke history",), pregnant=False),
            id="r94-en-059",
        ),  # Resuscitation Council UK anaphylaxis guideline and NMPA injection safety warnings: isolated hives that resolved without airway, breathing or circulation problems are not anaphylaxis; record the reaction and avoid re-exposure at routine review.
        pytest.param(
            [
                "35M with a cold, took 维C银翘片 2 tabs 3x yesterday and also 2 paracetamol 500mg",
                "asking if that's too much, feels fine, no vomiting",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r94-en-060",
        ),  # BNF paracetamol and NMPA label for Vitamin C Yinqiao tablets (contains paracetamol): the total of about 1.6 g in 24 h is well below the 4 g adult maximum, so advice only.
        pytest.param(
            [
                "60岁女 达格列净吃了一个月",
                "外阴痒 白带豆腐渣样",
                "不疼不肿 不发烧 会阴皮肤没有发红发黑",
            ],
            _patient(21900, "female", ("2型糖尿病",), pregnant=False),
            id="r94-zh-037",
        ),  # MHRA SGLT2 advice and NICE CKS vulvovaginal candidiasis: genital thrush is a common SGLT2 side effect treated routinely; only perineal pain, swelling or fever suggests Fournier's gangrene.
        pytest.param(
            [
                "45岁男 恩格列净",
                "他同事吃这个药酮症住院了 他很紧张",
                "尿多了点 今天血糖7.4 血酮0.2 吃饭正常 不吐不腹痛",
            ],
            _patient(16425, "male", ("2型糖尿病",), pregnant=None),
            id="r94-zh-038",
        ),  # JBDS/TREND-UK SGLT2 guidance: blood ketones below 0.6 mmol/L are normal and increased urination is the expected glycosuric effect; continue treatment with sick-day rules.
        pytest.param(
            ["57岁女 度拉糖肽刚加量", "这两天有点恶心 饱得快", "没吐 能吃能喝 肚子不疼 大小便正常"],
            _patient(20805, "female", ("2型糖尿病",), pregnant=False),
            id="r94-zh-039",
        ),  # ADA Standards of Care and dulaglutide SmPC: mild transient nausea after GLP-1 dose escalation is common and managed with smaller meals without review.
        pytest.param(
            ["36岁 打利拉鲁肽", "肚皮打针的地方有点红 指甲盖大 稍微痒", "不肿不热 不发烧"],
            _patient(13140, "female", ("肥胖",), pregnant=False),
            id="r94-zh-040",
        ),  # Liraglutide SmPC: small injection-site reactions are common and self-limiting; rotate sites.
        pytest.param(
            [
                "91岁老爷子 利伐沙班每天早上一次",
                "今天早上忘吃了 现在晚上7点才想起来",
                "没有不舒服 问现在能不能补",
            ],
            _patient(33215, "male", ("心房颤动",), pregnant=None),
            id="r94-zh-041",
        ),  # EHRA practical guide on NOACs (2021): a missed once-daily dose can be taken up to 12 hours after the scheduled time; no clinical review needed.
        pytest.param(
            [
                "73岁女 达比加群110 一天两次",
                "吃了以后上腹烧心 饭后明显",
                "大便黄色 没黑便 不吐血 不头晕 Hb上月128",
            ],
            _patient(26645, "female", ("心房颤动",), pregnant=False),
            id="r94-zh-042",
        ),  # EHRA NOAC guide and dabigatran SmPC: dyspepsia is a common dabigatran effect managed by taking with food or a PPI at routine review when there are no bleeding signs.
        pytest.param(
            [
                "66岁男 打胰岛素8年 一直扎肚脐两边",
                "那里摸着有软的包 不疼不红",
                "最近血糖忽高忽低 最低5.1",
            ],
            _patient(24090, "male", ("2型糖尿病",), pregnant=None),
            id="r94-zh-043",
        ),  # Chinese Diabetes Drug Injection Technique Guideline (2016) and FIT-UK: lipohypertrophy from repeated sites causes variable glucose and is managed by site rotation at a routine review.
        pytest.param(
            [
                "50岁女 打胰岛素 今天早上没吃早饭",
                "11点手抖出汗 测3.5 喝了果汁吃了饼干",
                "15分钟后5.6 现在6.8 人清醒 吃了午饭",
            ],
            _patient(18250, "female", ("2型糖尿病",), pregnant=False),
            id="r94-zh-044",
        ),  # ADA Standards of Care and NICE NG28: level 1 hypoglycaemia treated with 15 g fast carbohydrate and resolved on recheck is self-managed.
        pytest.param(
            [
                "12岁男孩 湿疹 打度普利尤单抗3个月",
                "两只眼睛发红发痒 有点分泌物",
                "看东西清楚 不怕光 眼睛不疼",
            ],
            _patient(4380, "male", ("特应性皮炎",), pregnant=None),
            id="r94-zh-045",
        ),  # Dupilumab SmPC and NICE CKS red eye: conjunctivitis is a common dupilumab effect; without pain, photophobia or visual loss it is managed routinely.
        pytest.param(
            [
                "29岁女 克罗恩病 阿达木单抗自己打",
                "昨天打的大腿 今天打针处红了一块 2cm 有点痒",
                "不发烧 不肿 没有往外扩",
            ],
            _patient(10585, "female", ("克罗恩病",), pregnant=False),
            id="r94-zh-046",
        ),  # Adalimumab SmPC and BSR biologics guideline: localised injection-site reactions are common and self-limiting.
        pytest.param(
            [
                "48岁男 溃疡性结肠炎 托法替布吃了2个月",
                "复查血脂 LDL 4.1 以前3.2",
                "没有胸痛 没有不舒服 大便正常",
            ],
            _patient(17520, "male", ("溃疡性结肠炎",), pregnant=None),
            id="r94-zh-047",
        ),  # Tofacitinib SmPC and EULAR guidance: a rise in lipids after starting a JAK inhibitor is expected and managed routinely per hyperlipidaemia guidance.
        pytest.param(
            [
                "55岁女 类风湿 每周一吃甲氨蝶呤",
                "每次吃完第二天恶心 没胃口 周三就好了",
                "嘴里没溃疡 不发烧 上周血常规正常",
            ],
            _patient(20075, "female", ("类风湿关节炎",), pregnant=False),
            id="r94-zh-048",
        ),  # BSR DMARD guideline (2017): post-dose nausea on methotrexate is common and handled at routine review (folic acid, split dose or subcutaneous route).
        pytest.param(
            [
                "17岁女生 异维A酸 吃了1个月",
                "嘴唇干裂 脸脱皮 早上擤鼻涕有点血丝",
                "按一下就不出了 心情还好 头不疼 看东西正常",
            ],
            _patient(6205, "female", ("痤疮",), pregnant=False),
            id="r94-zh-049",
        ),  # Isotretinoin SmPC and BAD guidance: dry lips, skin peeling and minor nosebleeds are expected mucocutaneous effects managed with emollients.
        pytest.param(
            [
                "45岁女 氯氮平200 晚上吃",
                "晚上睡觉枕头都流湿了 家属担心",
                "不发烧 不咳嗽 大便每天有 心率82",
            ],
            _patient(16425, "female", ("精神分裂症",), pregnant=False),
            id="r94-zh-050",
        ),  # Maudsley Prescribing Guidelines: clozapine hypersalivation is common and managed at routine review when there is no fever, tachycardia or constipation.
        pytest.param(
            [
                "44岁男 碳酸锂5年",
                "手指细细地抖 写字有点影响 一直这样",
                "上月锂浓度0.7 不拉不吐 走路说话正常",
            ],
            _patient(16060, "male", ("双相情感障碍",), pregnant=None),
            id="r94-zh-051",
        ),  # NICE CG185 and BNF: fine tremor at a therapeutic lithium level is a common side effect; only coarse tremor with GI or neurological signs suggests toxicity.
        pytest.param(
            [
                "26岁女 癫痫 丙戊酸钠",
                "这一年胖了8公斤 掉头发厉害 来问能不能换药",
                "月经正常 用着避孕环 没怀孕 发作控制得好",
            ],
            _patient(9490, "female", ("癫痫",), pregnant=False),
            id="r94-zh-052",
        ),  # MHRA valproate Pregnancy Prevention Programme and NICE NG217: weight gain and hair loss are common; switching is planned at a routine specialist review, not by stopping abruptly.
        pytest.param(
            [
                "35岁男 卡马西平刚开始吃 第5天",
                "有点头晕 白天犯困",
                "没有皮疹 不发烧 走路稳 没有复视",
            ],
            _patient(12775, "male", ("癫痫",), pregnant=None),
            id="r94-zh-053",
        ),  # Carbamazepine SmPC/BNF: dizziness and drowsiness early in treatment are common dose-related effects that usually settle; routine review.
        pytest.param(
            ["27岁男 刚开始吃PrEP 一周", "肚子胀 有点恶心 大便稀一点", "能吃饭 不发烧 没皮疹"],
            _patient(9855, "male", (), pregnant=None),
            id="r94-zh-054",
        ),  # WHO PrEP implementation tool and China PrEP expert consensus (2020): mild GI start-up symptoms in the first month are common and resolve; continue PrEP.
        pytest.param(
            [
                "62岁 肾移植十年 吃环孢素",
                "牙龈越来越肿 把牙都盖住一部分",
                "不疼不出血 不发烧 肌酐上月稳定",
            ],
            _patient(22630, "male", ("肾移植术后",), pregnant=None),
            id="r94-zh-055",
        ),  # KDIGO transplant recipient care guideline: ciclosporin gingival hyperplasia is common and managed with routine dental and transplant review.
        pytest.param(
            [
                "23岁女 第二个月吃短效避孕药",
                "经期中间有点点滴出血",
                "没漏服 肚子不疼 没有同房后出血",
            ],
            _patient(8395, "female", (), pregnant=False),
            id="r94-zh-056",
        ),  # FSRH Problematic Bleeding with Hormonal Contraception guideline: unscheduled bleeding in the first 3 months of combined pill use is common and settles without investigation.
        pytest.param(
            [
                "宝宝35天 吃母乳",
                "妈妈昨天吃了一片毓婷 担心影响孩子",
                "孩子吃奶好 睡得好 不发烧 大小便正常",
            ],
            _patient(35, "female", (), pregnant=None),
            id="r94-zh-057",
        ),  # FSRH Emergency Contraception guideline: levonorgestrel EC is compatible with breastfeeding and poses no meaningful risk to the infant.
        pytest.param(
            [
                "28岁 昨天吃了米索 下午排出来一块东西",
                "现在出血像月经量多的那两天 有血块 一片卫生巾能用两三个小时",
                "肚子一阵一阵疼 吃了布洛芬好多了 不发烧 不头晕",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r94-zh-058",
        ),  # WHO Abortion care guideline (2022): bleeding like a heavy period with clots and cramps relieved by ibuprofen is expected after medical abortion; only soaking >2 pads/hour or fever needs review.
        pytest.param(
            [
                "40岁女 哮喘发作后开了泼尼松 一天40mg 5天",
                "今天第3天 晚上睡不着 特别能吃 心里有点亢奋",
                "喘好多了 不发烧 没有想伤害自己的念头",
            ],
            _patient(14600, "female", ("哮喘",), pregnant=False),
            id="r94-zh-059",
        ),  # BTS/SIGN asthma guideline and BNF prednisolone: short courses commonly cause insomnia, increased appetite and mild mood elevation; finish the course without tapering.
        pytest.param(
            [
                "65岁男 昨天卫生室输了痰热清注射液",
                "今天早上起来身上起风团 很痒 一阵一阵的",
                "嘴唇眼睑不肿 不喘 不头晕 BP 136/82",
            ],
            _patient(23725, "male", ("慢性支气管炎",), pregnant=None),
            id="r94-zh-060",
        ),  # NICE CKS urticaria and NMPA safety notices on TCM injections: delayed urticaria without angioedema or systemic features means stopping the injection and an antihistamine with routine review.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
