# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-third held-out round (2026-12-07, at commit 51359e1: two reviewers, 120 cases on the
endocrine, metabolic, kidney and blood problems of primary care: hypoglycaemia, DKA and the
hyperosmolar state, new diabetes, the diabetic foot, thyroid and adrenal crises, potassium,
sodium, calcium, creatinine and blood counts phoned in, gout, kidney disease and dialysis,
anaemia, bleeding disorders and anticoagulants; 12 emergencies, 24 same-day and 24 look-alikes a
set). Before these fixes the rules found 12 of 12 and 11 of 12 emergencies, graded 19 of 24 and
20 of 24 same-day cases exactly (English, Chinese), and sent 2 and 2 look-alikes to emergency:
DKA in pregnancy told as 血酮1.8 with vomiting was missed (a blood ketone in Chinese was not read),
while "ketones 1.0" and "ketones 0.3" were read as ketones (the regex backtracked into "ketone"),
urine ketones ++ without DKA's symptoms were graded DKA, a haemolysed sample's potassium of 6.8-7.0
in a well person was an emergency, and blasts on a film, a clotted fistula (摸不到震颤), a missed
session (透析错过了), cloudy PD bags and a haemophiliac's warm swollen knee were not read.

What changed: ketones by their level (JBDS-IP 2023): blood >=3 or urine 3+ with a high glucose is
DKA; 1.5-2.9, urine ++ or a test told positive without its level is ketosis, DKA only with its
symptoms; a vomit with fluids kept down is not one of them; a haemolysed or delayed sample is
repeated the same day in a well person without kidney disease (UKKA 2020), and a record's CKD or
dialysis now counts; blasts on a film are suspected acute leukaemia, same day (NICE NG12); an INR
of 4.5 or more is reviewed today; an adult's measured signs are summed as NEWS2 (7 or more an
emergency, 5-6 the same day). After: 12/12, 12/12; 24/24, 24/24; look-alikes 24/24, 23/24.

Left: a sulfonylurea hypoglycaemia with glargine, found unrousable at night and corrected
(r83-zh-015), stays an emergency by the rule's source (JBDS: a sulfonylurea's hypoglycaemia
recurs for up to 36 hours; observation in hospital), where the reviewer asked for the same day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "wife called about her husband, on mixed insulin twice a day. took his evening dose but hardly ate dinner, vomited once",
                "she says he's just very sleepy now, mumbling, wont drink the juice she gave him. glucometer 2.1",
            ],
            _patient(24575, "male", ("diabetes", "ckd"), pregnant=None),
            id="r83-en-001",
        ),  # ADA Standards of Care 2024 Section 6: level 3 hypoglycaemia with altered mental status where the person cannot safely take oral carbohydrate needs glucagon/IV glucose and emergency medical services.
        pytest.param(
            [
                "grandma brought in her 4yo granddaughter, says she's been drinking loads and wetting the bed again the last 2 wks, looks thinner",
                "today vomited 3 times, very sleepy, breathing kind of deep and fast. finger glucose just says HI",
            ],
            _patient(1555, "female", (), pregnant=None),
            id="r83-en-002",
        ),  # NICE NG18 Diabetes in children and young people: suspected DKA (hyperglycaemia with vomiting, drowsiness, deep/rapid breathing) requires immediate transfer to hospital acute care.
        pytest.param(
            [
                "84yo lady T2DM on metformin + gliclazide. son says not herself for 3 days, not drinking much but peeing a lot",
                "today very muddled, doesnt recognise him. mouth dry, BP 92/58 HR 118, meter reads HI, ketones 0.6",
            ],
            _patient(30700, "female", ("diabetes", "hypertension"), pregnant=False),
            id="r83-en-003",
        ),  # JBDS-IP guideline on hyperosmolar hyperglycaemic state (2022) / ADA hyperglycaemic crises consensus 2024: marked hyperglycaemia with dehydration, hypotension and altered consciousness indicates HHS needing immediate hospital admission for IV fluids.
        pytest.param(
            [
                "38F with graves, stopped her methimazole 2 months ago because she felt better",
                "now 2 days fever 39.4, heart racing HR 152 irregular, very agitated and restless, diarrhoea x6 today, drenched in sweat",
            ],
            _patient(14070, "female", ("hyperthyroidism",), pregnant=False),
            id="r83-en-004",
        ),  # ATA 2016 Hyperthyroidism guideline / 中国甲状腺疾病诊治指南: thyroid storm (fever, tachycardia/AF, agitation, GI upset in a thyrotoxic patient) is life-threatening and needs immediate hospital/ICU treatment.
        pytest.param(
            [
                "pt with addisons on hydrocortisone 10/5/5, gastro bug since last night",
                "vomited his tablets this morning, cant keep water down. dizzy standing, BP 84/52 HR 112. hasnt got his injection kit with him",
            ],
            _patient(16485, "male", ("adrenal insufficiency",), pregnant=None),
            id="r83-en-005",
        ),  # Endocrine Society 2016 primary adrenal insufficiency guideline / Society for Endocrinology adrenal crisis guidance: vomiting with inability to take oral glucocorticoid and hypotension is adrenal crisis requiring 100 mg hydrocortisone IM/IV at once and emergency transfer.
        pytest.param(
            [
                "lab phoned K+ 7.2 for Mr Zhang, they said sample not haemolysed. creat 320 (190 in spring)",
                "he's on lisinopril and spironolactone. says his legs feel heavy and weak today. no chest pain",
            ],
            _patient(26430, "male", ("ckd", "hypertension", "diabetes"), pregnant=None),
            id="r83-en-006",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of Acute Hyperkalaemia in Adults (2020): K+ >=6.5 mmol/L is severe hyperkalaemia needing immediate hospital treatment with cardiac monitoring.
        pytest.param(
            [
                "lab rang, Na 114 for 76F on indapamide. daughter says she's been drinking lots of water because of the heat",
                "daughter says mum was a bit muddled this morning then had a shaking turn about a minute, now very drowsy",
            ],
            _patient(27770, "female", ("hypertension",), pregnant=False),
            id="r83-en-007",
        ),  # European Clinical Practice Guideline on hyponatraemia (ESE/ESICM/ERA-EDTA 2014): hyponatraemia with severe symptoms (seizure, somnolence) needs immediate hypertonic saline in hospital.
        pytest.param(
            [
                "HD pt 58M, missed dialysis fri and mon (no transport)",
                "breathless since the night, sitting bolt upright cant lie down, ankles swollen. SpO2 87% on air, RR 30, BP 190/100",
            ],
            _patient(21380, "male", ("ckd", "dialysis", "diabetes"), pregnant=None),
            id="r83-en-008",
        ),  # NICE CG187 Acute heart failure with KDIGO dialysis principles: pulmonary oedema with hypoxaemia and orthopnoea after missed haemodialysis is life-threatening and needs immediate transfer for oxygen and emergency dialysis.
        pytest.param(
            [
                "74M on rivaroxaban for AF. says stools black and sticky since yesterday",
                "felt faint on the toilet this morning, bit better lying down. Hb on our machine 71 (132 in march). BP 96/60 HR 112",
            ],
            _patient(27098, "male", ("atrial fibrillation", "hypertension"), pregnant=None),
            id="r83-en-009",
        ),  # NICE CG141 Acute upper GI bleeding / EHRA 2021 NOAC practical guide: melaena with syncope, hypotension and tachycardia in an anticoagulated patient is a major bleed needing immediate hospital resuscitation.
        pytest.param(
            [
                "daughter asking about her mum 79, hypothyroid, ran out of thyroxine months ago and never refilled",
                "she's been sleeping most of the day for a week, talking slowly, now hard to wake. feels cold to touch, T 34.6, HR 44, BP 90/55",
            ],
            _patient(29135, "female", ("hypothyroidism",), pregnant=False),
            id="r83-en-010",
        ),  # ATA 2014 Guidelines for the Treatment of Hypothyroidism: myxoedema coma (reduced consciousness, hypothermia, bradycardia in untreated hypothyroidism) is a medical emergency needing IV thyroid hormone and ICU care.
        pytest.param(
            [
                "mum says her 2yo may have eaten 1 or 2 of grandpa's glibenclamide tablets about an hour ago, found the strip open on the floor",
                "he seems fine, running around, glucose 5.2",
            ],
            _patient(870, "male", (), pregnant=None),
            id="r83-en-011",
        ),  # AAPCC evidence-based consensus guideline on sulfonylurea ingestion (Clin Toxicol 2006): any unintentional sulfonylurea ingestion in a child needs referral to hospital for prolonged observation because severe hypoglycaemia may be delayed for many hours.
        pytest.param(
            [
                "55F T2 on dapagliflozin and metformin, 2 days vomiting, tummy pain, not eating",
                "glucose only 11.6 so she thought it was ok. blood ketone 4.1, breathing fast RR 28, HR 118",
            ],
            _patient(20090, "female", ("diabetes", "obesity"), pregnant=False),
            id="r83-en-012",
        ),  # MHRA Drug Safety Update on SGLT2 inhibitors / JBDS-IP DKA guideline: euglycaemic DKA occurs on SGLT2 inhibitors; ketones >3 mmol/L with vomiting and tachypnoea needs immediate hospital treatment whatever the glucose.
        pytest.param(
            [
                "张大爷打胰岛素的，家属早上打电话说叫他起床叫不太醒，嘴里含含糊糊",
                "家里血糖仪测了1.9，喂糖水咽不下去，呛了一口",
            ],
            _patient(24920, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r83-zh-001",
        ),  # ADA Standards of Care 2024 (Section 6): level 3 hypoglycaemia with altered mental status in someone unable to swallow oral carbohydrate requires glucagon/IV glucose and emergency medical services.
        pytest.param(
            [
                "3岁女孩，这一个礼拜特别能喝水，尿不湿老是湿透",
                "今天吐了4次，呼吸又深又快，精神很差老想睡",
                "指尖血糖测出来显示HI，尿酮体+++",
            ],
            _patient(1215, "female", (), pregnant=None),
            id="r83-zh-006",
        ),  # NICE NG18 Diabetes in children: a child with suspected diabetic ketoacidosis (hyperglycaemia with vomiting, drowsiness, deep breathing and ketones) must be transferred immediately to an acute paediatric hospital.
        pytest.param(
            [
                "奶奶有糖尿病吃二甲双胍，这几天拉肚子吃得少，今天家里人说她糊涂了不认人",
                "嘴唇干得起皮，一天没怎么尿，血糖33.6，BP 95/60 心率112",
            ],
            _patient(30345, "female", ("diabetes", "hypertension", "dementia"), pregnant=False),
            id="r83-zh-011",
        ),  # 中国2型糖尿病防治指南(2020年版): 高血糖高渗状态(血糖≥33.3 mmol/L、严重脱水、意识障碍)病死率高，需立即住院补液和胰岛素治疗。
        pytest.param(
            [
                "34岁女的，甲亢，说药吃得烦了自己停了两个月",
                "这两天感冒，今天T 39.6，心率150多还不齐，一直说胡话很烦躁，拉了好几次肚子",
            ],
            _patient(12430, "female", ("hyperthyroidism",), pregnant=False),
            id="r83-zh-016",
        ),  # ATA 2016 Hyperthyroidism guideline: suspected thyroid storm (high fever, marked tachycardia/AF, CNS disturbance, GI symptoms after a precipitant) requires immediate hospital/ICU treatment.
        pytest.param(
            [
                "老李长期吃强的松，每天两片，昨天开始吐，药也吃不进去",
                "现在有点没精神，躺着不想动，刚量bp 82/50，心率108。说肚子有点痛，别的没啥",
            ],
            _patient(21623, "male", ("copd",), pregnant=None),
            id="r83-zh-021",
        ),  # Society for Endocrinology Adrenal Crisis guidance (2020): a steroid-dependent patient who is vomiting and cannot take oral steroid, with hypotension, has adrenal crisis needing 100 mg hydrocortisone IM/IV and emergency transfer.
        pytest.param(
            [
                "血透病人，这周三的透析没去，说家里有事",
                "县医院化验结果刚打电话来 血钾7.2",
                "他说腿有点没劲，别的还好",
            ],
            _patient(20640, "male", ("ckd", "diabetes", "hypertension"), pregnant=None),
            id="r83-zh-026",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of Acute Hyperkalaemia in Adults (2020): K ≥6.5 mmol/L is severe hyperkalaemia requiring emergency assessment, ECG monitoring and treatment in hospital.
        pytest.param(
            [
                "老太太降压药里有氢氯噻嗪，这几天恶心吃不下，光喝水",
                "今天上午抽了一次，手脚抽了一两分钟，现在迷迷糊糊的，刚抽血回来钠118",
            ],
            _patient(27755, "female", ("hypertension",), pregnant=False),
            id="r83-zh-031",
        ),  # ESE/ESICM/ERA-EDTA Clinical practice guideline on hyponatraemia (2014): hyponatraemia with severe symptoms (seizure, reduced consciousness) requires immediate hypertonic saline in hospital.
        pytest.param(
            [
                "吃华法林的大爷，上周INR 6.2让他停一次，他说没停",
                "这两天大便黑的跟柏油一样，今天起来头晕眼前发黑，差点摔倒",
                "BP 88/56 P 118，脸煞白",
            ],
            _patient(26215, "male", ("atrial fibrillation", "hypertension"), pregnant=None),
            id="r83-zh-036",
        ),  # 华法林抗凝治疗的中国专家共识(2013)/BNF: major bleeding on warfarin (GI haemorrhage with shock) requires stopping warfarin, IV vitamin K and prothrombin complex concentrate in hospital immediately.
        pytest.param(
            [
                "81岁老太太，甲减，儿子说优甲乐半年前吃完就没再买",
                "这几天特别能睡，叫她反应很慢，说话慢吞吞的，脸有点肿",
                "体温34.8，心率48，BP 100/60",
            ],
            _patient(29745, "female", ("hypothyroidism",), pregnant=False),
            id="r83-zh-041",
        ),  # ATA 2014 Guidelines for the treatment of hypothyroidism: myxoedema coma (reduced consciousness, hypothermia, bradycardia in untreated hypothyroidism) is a medical emergency requiring ICU care with IV thyroid hormone and hydrocortisone.
        pytest.param(
            [
                "糖尿病的，右脚大脚趾前几天磨破了自己贴了个创可贴",
                "今天脚背红肿到脚踝了，脚趾发黑有臭味，T 39.1 心率122，说冷得发抖",
            ],
            _patient(23405, "male", ("diabetes", "peripheral neuropathy"), pregnant=None),
            id="r83-zh-046",
        ),  # NICE NG19 Diabetic foot problems: ulceration with fever or sepsis, or gangrene, is a life- or limb-threatening diabetic foot problem requiring immediate referral to acute services.
        pytest.param(
            [
                "透析的阿姨打电话来，说这次隔了4天没去透析，腿肿得厉害",
                "晚上躺不下去只能坐着，喘得说话一句一句的，sp02 86%",
            ],
            _patient(22840, "female", ("ckd", "hypertension", "heart failure"), pregnant=False),
            id="r83-zh-051",
        ),  # 中国心力衰竭诊断和治疗指南2018 / KDOQI: acute pulmonary oedema with hypoxaemia (orthopnoea, SpO2 86%) in a haemodialysis patient requires emergency transfer for oxygen and urgent ultrafiltration/dialysis.
        pytest.param(
            [
                "27岁，1型糖尿病，怀孕26周",
                "昨天开始吐，今天吐了3次，吃不进东西，自己测血糖13.2，血酮1.8",
                "说就是有点累，有点喘，肚子不太舒服",
            ],
            _patient(9985, "female", ("type 1 diabetes",), pregnant=True),
            id="r83-zh-056",
        ),  # NICE NG3 Diabetes in pregnancy: a pregnant woman with diabetes who is unwell should be tested for ketonaemia and, if DKA is suspected, admitted immediately for level 2 critical care, as DKA occurs at lower glucose in pregnancy.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "24M type 1 on basal bolus. flu since yesterday T 38.2, threw up once this morning but drinking ok now",
                "glucose 17.4, blood ketones 1.8. alert, walking around",
            ],
            _patient(8860, "male", ("type 1 diabetes",), pregnant=None),
            id="r83-en-013",
        ),  # NICE NG17 / Diabetes UK sick-day rules for type 1 diabetes: blood ketones 1.5-2.9 mmol/L mean rising DKA risk needing extra insulin and same-day clinical contact, while >=3.0 or inability to keep fluids needs hospital.
        pytest.param(
            [
                "mother of 9yo boy: thirsty all the time, getting up at night to pee, lost 3kg in a month",
                "finger glucose 18.9. playing normally, no vomiting, breathing normal, ketone 0.4",
            ],
            _patient(3330, "male", (), pregnant=None),
            id="r83-en-014",
        ),  # NICE NG18: refer children and young people with suspected type 1 diabetes immediately (on the same day) to a multidisciplinary paediatric diabetes team; DKA features would instead need acute hospital care.
        pytest.param(
            [
                "27F lost 6kg in 6 wks without trying, v thirsty and peeing lots. BMI 19",
                "random glucose 21.3, ketones 1.0. tired but no vomiting, no abdo pain, breathing normal",
            ],
            _patient(10055, "female", (), pregnant=False),
            id="r83-en-015",
        ),  # NICE NG17 / NICE CKS Diabetes type 1: adults with hyperglycaemia plus ketosis, rapid weight loss, age <50 or BMI <25 have suspected type 1 diabetes and should be referred the same day to the specialist diabetes team.
        pytest.param(
            [
                "52M mechanical mitral valve on warfarin 4.5mg, INR today 1.4 (target 2.5-3.5)",
                "says he missed tablets for a few days when he ran out. feels fine, no weakness, no speech problems",
            ],
            _patient(19057, "male", ("mechanical heart valve",), pregnant=None),
            id="r83-en-016",
        ),  # ESC/EACTS 2021 Valvular heart disease guideline: a subtherapeutic INR with a mechanical mitral valve carries high thromboembolic risk and needs prompt heparin bridging while warfarin is re-established.
        pytest.param(
            [
                "63F on methotrexate 15mg weekly for RA. bloods back: WCC 2.1, neut 1.1, plt 98",
                "she's had mouth ulcers the last few days and a sore throat, temp 37.2",
            ],
            _patient(23175, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r83-en-017",
        ),  # BSR 2017 guideline on conventional DMARD monitoring: neutrophils <1.6 or WCC <3.5 with mouth ulcers on methotrexate means withholding the drug and same-day clinical review for toxicity.
        pytest.param(
            [
                "lab phoned plt 15 for 34M, had a viral illness 2 wks ago",
                "tiny red spots on his legs and a couple of bruises. no nosebleeds, no blood in urine or stool, no headache, otherwise well",
            ],
            _patient(12443, "male", (), pregnant=None),
            id="r83-en-018",
        ),  # ASH 2019 ITP guideline: adults with newly diagnosed ITP and platelets <20 x10^9/L with only minor mucocutaneous bleeding should be assessed by haematology the same day (hospital admission suggested).
        pytest.param(
            [
                "3yo girl, mum noticed small purple spots on legs and tummy, they dont fade when pressed with a glass",
                "no fever T 36.8, playing and eating. been more tired and pale lately, some bruises on her shins",
            ],
            _patient(1305, "female", (), pregnant=None),
            id="r83-en-019",
        ),  # NICE NG12 Suspected cancer: refer children with unexplained petechiae (here with pallor and fatigue, afebrile and well) for immediate specialist assessment for leukaemia.
        pytest.param(
            [
                "K 6.2 on routine bloods for 68F, CKD3b on losartan. lab says sample fine",
                "she feels well, no palpitations, no weakness",
            ],
            _patient(24880, "female", ("ckd", "diabetes", "hypertension"), pregnant=False),
            id="r83-en-020",
        ),  # UK Kidney Association hyperkalaemia guideline 2020 / NICE CKS: K+ 6.0-6.4 mmol/L without symptoms needs same-day ECG, repeat and medication review; immediate admission is for >=6.5 or ECG changes.
        pytest.param(
            [
                "71M with D&V 3 days, on ramipril, metformin, furosemide. barely drinking",
                "creat today 212 (baseline 96 in jan). BP 118/70 HR 92, alert, passing a little urine",
            ],
            _patient(26165, "male", ("diabetes", "hypertension", "heart failure"), pregnant=None),
            id="r83-en-021",
        ),  # NICE NG148 Acute kidney injury: creatinine >=2x baseline is AKI stage 2; stop nephrotoxic/sick-day drugs and assess the patient the same day with a view to admission.
        pytest.param(
            [
                "INR 8.2 today for 81F on warfarin for AF (usually 2-3). started antibiotics from another clinic last wk",
                "no bleeding, no bruises, no black stools, no headache. feels normal",
            ],
            _patient(29575, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r83-en-022",
        ),  # BSH Guidelines on oral anticoagulation with warfarin (4th ed, 2011): INR >8.0 without bleeding - stop warfarin and give 1-5 mg oral vitamin K, recheck INR next day.
        pytest.param(
            [
                "62M T2DM with numb feet. new sore under the ball of his big toe about 1cm, didnt feel it happen",
                "redness around it about 1cm, a bit of pus. foot pulses felt. T 36.9, feels well",
            ],
            _patient(22770, "male", ("diabetes", "peripheral neuropathy"), pregnant=None),
            id="r83-en-023",
        ),  # NICE NG19 Diabetic foot problems: an active diabetic foot problem (ulcer with mild infection) that is not limb- or life-threatening needs referral to the multidisciplinary foot service within 1 working day and antibiotic start.
        pytest.param(
            [
                "58F diabetic 20 yrs, numb feet. R foot swollen hot and red the past week, skin intact, no wound",
                "not much pain, no fever. R foot clearly warmer than the L",
            ],
            _patient(21470, "female", ("diabetes", "peripheral neuropathy"), pregnant=False),
            id="r83-en-024",
        ),  # NICE NG19: if acute Charcot arthropathy is suspected (red, warm, swollen foot with intact skin in neuropathy), refer within 1 working day to the multidisciplinary foot service and offer non-weight-bearing treatment.
        pytest.param(
            [
                "66M on prednisolone 7.5mg daily for PMR for 2 years. stopped it himself 5 days ago, read online its harmful",
                "now very tired, nauseous, aching, lightheaded. BP 108/68 HR 88, eating and drinking, no vomiting",
            ],
            _patient(24180, "male", ("polymyalgia rheumatica",), pregnant=None),
            id="r83-en-025",
        ),  # NHS England Steroid Emergency Card guidance 2020 / BNF corticosteroids: abrupt withdrawal after long-term prednisolone risks adrenal insufficiency; symptomatic but stable patients need same-day review and restart of glucocorticoid.
        pytest.param(
            [
                "49F on PD. her bags are cloudy since this morning, tummy sore all over",
                "T 37.9, HR 96, BP 128/80, drinking ok, no vomiting",
            ],
            _patient(17905, "female", ("ckd", "peritoneal dialysis"), pregnant=False),
            id="r83-en-026",
        ),  # ISPD Peritonitis Guideline 2022: cloudy effluent with abdominal pain in a PD patient is presumed peritonitis; effluent cell count/culture and empirical intraperitoneal antibiotics should start as soon as possible via the renal unit.
        pytest.param(
            [
                "64M HD pt, next session tomorrow. says he cant feel the buzz in his fistula arm since this morning",
                "no pain, arm normal colour, no bleeding. feels ok",
            ],
            _patient(23471, "male", ("ckd", "dialysis", "hypertension"), pregnant=None),
            id="r83-en-027",
        ),  # KDOQI 2019 Vascular Access guideline: a thrombosed AV fistula (loss of thrill) should be referred for declotting promptly, ideally the same day, to salvage the access.
        pytest.param(
            [
                "7yo boy haemophilia A fell off his bike 2 hrs ago. L knee swollen warm painful, wont bend it",
                "didnt hit his head, no other injury, alert. mum has factor VIII at home but unsure of the dose",
            ],
            _patient(2715, "male", ("haemophilia a",), pregnant=None),
            id="r83-en-028",
        ),  # WFH Guidelines for the Management of Hemophilia (3rd ed, 2020): an acute joint bleed needs factor replacement as soon as possible, ideally within 2 hours, with haemophilia-centre advice; head injury would be the life-threatening case.
        pytest.param(
            [
                "56M started allopurinol 100mg 3 wks ago for gout. itchy red rash on trunk and arms since yesterday",
                "no fever, no mouth or eye sores, no blisters, skin not peeling",
            ],
            _patient(20510, "male", ("gout", "hypertension"), pregnant=None),
            id="r83-en-029",
        ),  # ACR 2020 Gout guideline / BNF allopurinol: stop allopurinol at the first appearance of rash and review promptly because of SJS/TEN/DRESS risk (higher with HLA-B*5801, common in Han Chinese).
        pytest.param(
            [
                "47F graves on methimazole. eyes bulging more, now says colours look washed out in R eye and vision blurry for a week",
                "some ache when moving her eyes, no injury",
            ],
            _patient(17395, "female", ("hyperthyroidism",), pregnant=False),
            id="r83-en-030",
        ),  # EUGOGO 2021 Graves orbitopathy guideline: unexplained deterioration of vision or colour vision suggests dysthyroid optic neuropathy and requires urgent specialist referral.
        pytest.param(
            [
                "70M warfarin for AF, INR 6.2 today",
                "3 nosebleeds since yesterday, each stopped with pressure in about 10 min. not bleeding now. BP 142/84",
            ],
            _patient(25850, "male", ("atrial fibrillation",), pregnant=None),
            id="r83-en-031",
        ),  # BSH warfarin guideline (2011): INR 5.0-8.0 with minor bleeding - stop warfarin and give 1-3 mg IV vitamin K, restart when INR <5.0.
        pytest.param(
            [
                "K 2.7 on bloods for 60F on hydrochlorothiazide, had D&V last week now settled",
                "some leg cramps, otherwise ok, walking fine, no palpitations",
            ],
            _patient(21945, "female", ("hypertension",), pregnant=False),
            id="r83-en-032",
        ),  # NICE CKS / Society for Endocrinology guidance on hypokalaemia: moderate hypokalaemia 2.5-2.9 mmol/L needs same-day ECG, oral potassium and early repeat; <2.5 or ECG changes/weakness needs IV replacement in hospital.
        pytest.param(
            [
                "lab phoned about 55M: WCC 48, Hb 89, plt 31, film shows blasts",
                "he's been tired for a month, some bruises and gums bleed when brushing. T 37.2, walking about, not breathless",
            ],
            _patient(20265, "male", (), pregnant=None),
            id="r83-en-033",
        ),  # NICE NG12 / BSH: a blood count or film suggesting acute leukaemia needs immediate (same-day) specialist haematology assessment.
        pytest.param(
            [
                "78F, Hb 66 today (92 three months ago), MCV 70",
                "tired, short of breath walking to the toilet, no chest pain, stools normal colour she says. HR 98 BP 134/72",
            ],
            _patient(28570, "female", ("ckd", "hypertension"), pregnant=False),
            id="r83-en-034",
        ),  # NICE NG24 Blood transfusion / BSH: symptomatic anaemia with Hb <70 g/L in a haemodynamically stable patient warrants same-day assessment for transfusion and investigation of iron-deficiency blood loss.
        pytest.param(
            [
                "66M weight loss, tremor, heat intolerance 2 months. TSH <0.01, FT4 48 from last week",
                "today palpitations, pulse irregular about 118, ECG shows AF. BP 138/82, no chest pain, not breathless, T 36.8, alert",
            ],
            _patient(24290, "male", ("hypertension",), pregnant=None),
            id="r83-en-035",
        ),  # NICE NG196 Atrial fibrillation with NG145 Thyroid disease: new AF without haemodynamic instability needs same-day rate control, stroke-risk assessment and treatment of thyrotoxicosis; emergency admission is for life-threatening instability.
        pytest.param(
            [
                "5yo boy with G6PD deficiency, ate broad beans at a wedding 2 days ago",
                "now his urine is dark like cola, looks pale and a bit yellow in the eyes. still playing, HR 108, Hb on our machine 92",
            ],
            _patient(1925, "male", ("g6pd deficiency",), pregnant=None),
            id="r83-en-036",
        ),  # WHO working group on G6PD deficiency / 中国G6PD缺乏症诊治共识: acute haemolysis after fava beans needs same-day Hb and haemolysis assessment because Hb may keep falling; transfusion/admission if severe.
        pytest.param(
            [
                "9岁男孩，妈妈说最近一个月特别能喝能尿，晚上又开始尿床，瘦了好几斤",
                "指尖随机血糖18.6，没吐，精神还行，能吃能玩，呼吸正常",
            ],
            _patient(3345, "male", (), pregnant=None),
            id="r83-zh-002",
        ),  # NICE NG18 Diabetes in children: a child with suspected type 1 diabetes (hyperglycaemia with polyuria, polydipsia, weight loss) must be referred the same day to a multidisciplinary paediatric diabetes team.
        pytest.param(
            [
                "1型糖尿病的小伙子，感冒两天了，吃得少",
                "血糖16.8，血酮2.1，没吐，能喝水，神志清楚，呼吸不快",
            ],
            _patient(11405, "male", ("type 1 diabetes",), pregnant=None),
            id="r83-zh-004",
        ),  # NICE NG17 Type 1 diabetes sick-day rules: blood ketones 1.5–3.0 mmol/L mean increased risk of DKA and need prompt contact with the diabetes team that day (>3.0 mmol/L or vomiting → hospital immediately).
        pytest.param(
            [
                "糖尿病阿姨，左脚前掌有个溃疡，一元硬币大小，她说不痛，不知道多久了",
                "周围有点红有点热，没流脓，没发烧，脚背动脉摸得到",
            ],
            _patient(21203, "female", ("diabetes", "hypertension"), pregnant=False),
            id="r83-zh-007",
        ),  # NICE NG19 Diabetic foot problems: a person with an active diabetic foot problem such as an ulcer without sepsis or ischaemia should be referred to the multidisciplinary foot care service within 1 working day.
        pytest.param(
            [
                "糖友，右脚这一礼拜又红又肿又热，摸着比左脚烫很多，没伤口，不怎么疼",
                "没发烧，他脚本来就没啥知觉",
            ],
            _patient(22415, "male", ("diabetes", "peripheral neuropathy"), pregnant=None),
            id="r83-zh-009",
        ),  # NICE NG19 Diabetic foot problems: suspected acute Charcot arthropathy (red, warm, swollen foot in a person with neuropathy) requires referral within 1 working day and non-weight-bearing treatment.
        pytest.param(
            [
                "王叔，慢性肾病，吃着螺内酯和贝那普利",
                "今天复查血钾6.2，肌酐跟上次差不多",
                "人没什么不舒服，能走能吃",
            ],
            _patient(25262, "male", ("ckd", "hypertension", "heart failure"), pregnant=None),
            id="r83-zh-012",
        ),  # UK Kidney Association Hyperkalaemia guideline (2020): K 6.0–6.4 mmol/L is moderate hyperkalaemia needing same-day clinical assessment, ECG, medication review and repeat test (≥6.5 is an emergency).
        pytest.param(
            [
                "45岁女的，月经一直很多，最近走几步就喘，没力气",
                "今天化验血红蛋白68，心率100，BP 110/70，没黑便，没晕倒过",
            ],
            _patient(16625, "female", (), pregnant=False),
            id="r83-zh-014",
        ),  # 卫生部《临床输血技术规范》: Hb <70 g/L with symptoms is an indication to consider red cell transfusion, so newly found symptomatic Hb 68 in a haemodynamically stable patient needs same-day doctor assessment.
        pytest.param(
            [
                "吃华法林的奶奶，今天INR 6.5",
                "刷牙牙龈出血，腿上几块淤青，没有黑便，没头痛，精神好",
            ],
            _patient(28480, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r83-zh-017",
        ),  # BNF warfarin guidance: INR 5–8 with minor bleeding → stop warfarin and give IV phytomenadione 1–3 mg, restarting when INR <5 (same-day clinician action, not major bleeding).
        pytest.param(
            [
                "甲亢吃甲巯咪唑一个多月了",
                "这两天嗓子痛得厉害，发烧38.7，心率96，别的还行",
            ],
            _patient(14110, "female", ("hyperthyroidism",), pregnant=False),
            id="r83-zh-019",
        ),  # ATA 2016 Hyperthyroidism guideline: a patient on antithyroid drugs who develops fever or sore throat must stop the drug and have a white cell count with differential immediately to exclude agranulocytosis.
        pytest.param(
            [
                "糖尿病大爷，吃格列美脲二甲双胍，最近老喝水老尿，一晚上起来五六趟",
                "今天血糖25.3，尿酮阴性，人清醒能走，能吃能喝，BP 138/80 P 88",
            ],
            _patient(26285, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r83-zh-022",
        ),  # 中国2型糖尿病防治指南(2020年版): 血糖显著升高伴明显高血糖症状者需尽快评估(排除酮症/高渗状态)并启动胰岛素治疗——清醒、血流动力学稳定者需当天医生评估而非急救转运。
        pytest.param(
            [
                "23岁姑娘，两个月瘦了8斤，天天口渴老跑厕所",
                "随机血唐19.4，尿酮++，没吐，肚子不痛，呼吸正常，精神还可以",
            ],
            _patient(8575, "female", (), pregnant=False),
            id="r83-zh-024",
        ),  # NICE NG17 Type 1 diabetes in adults: an adult with hyperglycaemia and features of type 1 diabetes (ketosis, rapid weight loss, age <50) should be referred the same day to the multidisciplinary diabetes team.
        pytest.param(
            [
                "艾迪生病的大姐，平时吃氢化可的松",
                "尿频尿痛两天，今天T 38.4，她自己已经把药加倍了，能吃能喝没吐，BP 118/72",
            ],
            _patient(17455, "female", ("adrenal insufficiency",), pregnant=False),
            id="r83-zh-027",
        ),  # Society for Endocrinology sick day rules: a steroid-dependent patient with fever >37.5 °C doubles the glucocorticoid dose and needs prompt medical assessment to treat the infection; only vomiting or collapse requires emergency injection and transfer.
        pytest.param(
            [
                "奶奶吃格列本脲，这礼拜第三次了，快中午的时候手抖出汗",
                "今天测2.9，喝了糖水现在6.7，人清醒，吃过饭了",
            ],
            _patient(28901, "female", ("diabetes", "ckd"), pregnant=False),
            id="r83-zh-029",
        ),  # 中国2型糖尿病防治指南(2020年版): 磺脲类药物(尤其格列本脲)在老年和肾功能不全者所致低血糖可持续且反复，反复发作需当天医生评估、监测并调整/停用该药。
        pytest.param(
            [
                "老陈，吃缬沙坦和呋塞米，前几天拉肚子拉了三四天",
                "今天肌酐210，三个月前是118，钾5.4",
                "尿比平时少，有点乏力，BP 105/65",
            ],
            _patient(24230, "male", ("ckd", "hypertension", "diabetes"), pregnant=None),
            id="r83-zh-032",
        ),  # NICE NG148 Acute kidney injury / KDIGO 2012: a creatinine rise ≥1.5× baseline is AKI; with volume depletion on ARB/diuretic, stop nephrotoxic drugs and arrange same-day clinical assessment.
        pytest.param(
            [
                "透析病人说手臂上的内瘘今天摸不到震颤了，耳朵贴上去也没有嗡嗡声",
                "明天才到透析的日子，现在人没啥不舒服",
            ],
            _patient(19730, "male", ("ckd", "hypertension"), pregnant=None),
            id="r83-zh-034",
        ),  # KDOQI Clinical Practice Guideline for Vascular Access (2019): loss of thrill/bruit indicates AV access thrombosis, which should be referred the same day for declotting before the next dialysis.
        pytest.param(
            [
                "4岁男孩，妈妈说这两天身上出了好多小红点，按了不褪色，腿上还有淤青",
                "没发烧，精神好，能吃能玩，一周前感冒过",
            ],
            _patient(1560, "male", (), pregnant=None),
            id="r83-zh-037",
        ),  # NICE NG12 Suspected cancer: children with unexplained petechiae should be referred for immediate (same-day) specialist assessment for leukaemia; an afebrile well child does not need emergency sepsis transfer.
        pytest.param(
            [
                "52岁男的，乏力低烧一周，牙龈有点出血",
                "县医院血常规报过来：白细胞56，血红蛋白85，血小板32，说看到幼稚细胞",
                "现在T 37.6，BP 124/76",
            ],
            _patient(19230, "male", (), pregnant=None),
            id="r83-zh-039",
        ),  # NICE NG12 / BSH: a full blood count or blood film suggesting acute leukaemia requires immediate (same-day) referral to haematology.
        pytest.param(
            [
                "上周刚做了甲状腺全切的",
                "这两天嘴唇周围和手指头发麻，没抽筋，今天查血钙2.0",
            ],
            _patient(15450, "female", ("hypothyroidism",), pregnant=False),
            id="r83-zh-042",
        ),  # Society for Endocrinology Emergency Guidance: acute hypocalcaemia with only mild symptoms (paraesthesia) and Ca >1.9 mmol/L needs prompt oral calcium and same-day review; tetany, seizures or Ca <1.9 need IV calcium.
        pytest.param(
            [
                "血友病A的孩子，打篮球后右膝盖肿起来了，热，弯不了",
                "没碰到头，精神好，家里凝血因子用完了",
            ],
            _patient(5880, "male", ("haemophilia",), pregnant=None),
            id="r83-zh-044",
        ),  # WFH Guidelines for the Management of Hemophilia (3rd ed, 2020): acute joint bleeds should be treated with factor replacement as soon as possible, ideally within 2 hours, so same-day access to factor is required.
        pytest.param(
            [
                "风湿多肌痛吃泼尼松两年了，每天7.5mg",
                "说药吃完三天没去拿，今天乏力没胃口，有点恶心，没吐",
                "BP 112/70，P 88，能吃能喝",
            ],
            _patient(24390, "female", ("polymyalgia rheumatica",), pregnant=False),
            id="r83-zh-047",
        ),  # Society for Endocrinology/NHS Steroid Emergency Card guidance: abrupt stopping of long-term glucocorticoid (>5 mg prednisolone for >4 weeks) risks adrenal insufficiency, so the steroid should be restarted with same-day clinical review; vomiting or hypotension would be an emergency.
        pytest.param(
            [
                "肾移植3年了，吃他克莫司和吗替麦考酚酯",
                "昨天开始发烧38.3，尿痛，尿有点少，BP 132/84，P 92，人清醒",
            ],
            _patient(16071, "male", ("kidney transplant", "hypertension"), pregnant=None),
            id="r83-zh-049",
        ),  # KDIGO Clinical Practice Guideline for the Care of Kidney Transplant Recipients (2009): fever with urinary infection in an immunosuppressed transplant recipient needs prompt same-day assessment (creatinine, urine culture, antibiotics) for graft pyelonephritis.
        pytest.param(
            [
                "血透的，周一的透析错过了，今天周二",
                "今天抽血钾5.9，腿有点肿，不喘，能平躺，SpO2 97%",
            ],
            _patient(22090, "female", ("ckd", "diabetes"), pregnant=False),
            id="r83-zh-052",
        ),  # KDOQI Hemodialysis Adequacy guideline (2015 update): missed haemodialysis sessions cause hyperkalaemia and fluid overload, so a missed session with K 5.9 and oedema needs a same-day make-up dialysis (pulmonary oedema or K ≥6.5 would be an emergency).
        pytest.param(
            [
                "孕34周，产检查血红蛋白65",
                "说最近老累，站起来头晕，心慌，没出血，胎动正常，BP 105/65 P 102",
            ],
            _patient(10655, "female", (), pregnant=True),
            id="r83-zh-054",
        ),  # 妊娠期铁缺乏和缺铁性贫血诊治指南(2014): Hb <70 g/L 为妊娠重度贫血，孕晚期有症状者需当天产科评估并考虑输血。
        pytest.param(
            [
                "8岁孩子，两周前嗓子发炎",
                "这两天眼皮肿，尿像可乐颜色，尿少，BP 135/88",
                "没头痛，没抽，精神一般",
            ],
            _patient(3120, "male", (), pregnant=None),
            id="r83-zh-057",
        ),  # NICE CKS Haematuria / 儿童急性肾小球肾炎诊治: a child with suspected acute post-streptococcal glomerulonephritis (cola-coloured urine, oedema, raised BP, oliguria) needs same-day paediatric assessment.
        pytest.param(
            [
                "5岁女孩，早上起来眼睛肿，这几天脚也肿了，尿里泡沫多",
                "尿常规蛋白+++，没发烧，尿量还行，不喘",
            ],
            _patient(1855, "female", (), pregnant=None),
            id="r83-zh-059",
        ),  # NICE CKS Nephrotic syndrome / KDIGO 2021 Glomerular Diseases: a child with suspected new nephrotic syndrome (oedema, heavy proteinuria) should be referred to a paediatrician the same day.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "70F on HD mon/wed/fri. breathless walking, ankles puffier, weight up 3kg since mon session (today is tue)",
                "can lie flat on her usual 2 pillows, SpO2 96% air, RR 18, BP 156/88, talking in full sentences",
            ],
            _patient(25555, "female", ("ckd", "dialysis", "diabetes"), pregnant=False),
            id="r83-en-037",
        ),  # KDOQI Hemodialysis Adequacy 2015 update: interdialytic volume overload is managed by the dialysis unit with same-day review and extra ultrafiltration; without hypoxaemia or orthopnoea it is not an immediate-transfer situation.
        pytest.param(
            [
                "48M woke at 3am with big toe so painful he cant stand the sheet on it, red swollen shiny",
                "first time ever. T 37.1, no injury, had a lot of beer last night. can barely walk",
            ],
            _patient(17720, "male", ("hypertension",), pregnant=None),
            id="r83-en-038",
        ),  # NICE NG219 Gout (2022): a first gout flare should be clinically assessed and treated promptly with NSAID, colchicine or steroid; septic arthritis needs consideration only with fever or systemic illness.
        pytest.param(
            [
                "lab called K 7.0 for 45F routine check... they say sample was haemolysed and took about 6h to reach them",
                "she's well, eGFR >90 last year, no regular meds",
            ],
            _patient(16575, "female", (), pregnant=False),
            id="r83-en-039",
        ),  # UK Kidney Association hyperkalaemia guideline 2020: an unexpected high potassium in a haemolysed or delayed sample from a well patient with normal renal function is probably spurious but must be repeated the same day to exclude true hyperkalaemia.
        pytest.param(
            [
                "29F started carbimazole 20mg 6 wks ago for graves. sore throat and fever 38.6 since yesterday",
                "HR 96, not agitated or confused, eating ok. has mouth ulcers",
            ],
            _patient(10675, "female", ("hyperthyroidism",), pregnant=False),
            id="r83-en-040",
        ),  # MHRA / BNF carbimazole: sore throat, fever or mouth ulcers on carbimazole require stopping the drug and an immediate white cell count to exclude agranulocytosis; this is not thyroid storm.
        pytest.param(
            [
                "73M COPD on pred 5mg daily long term. cough with green sputum 3 days, T 38.3",
                "SpO2 94% (his usual 93-95), RR 20, BP 128/76, eating and drinking, no vomiting",
            ],
            _patient(26675, "male", ("copd",), pregnant=None),
            id="r83-en-041",
        ),  # NHS England Steroid Emergency Card / Society for Endocrinology sick-day rules: a steroid-dependent patient with febrile infection needs doubled glucocorticoid and same-day medical review; adrenal crisis means vomiting, hypotension or collapse.
        pytest.param(
            [
                "77F T2 on metformin, burning when she pees for 3 days, glucose 24.6 on meter",
                "talking normally, drinking fine, BP 138/80 HR 88, T 37.8, ketones 0.3",
            ],
            _patient(28165, "female", ("diabetes", "hypertension"), pregnant=False),
            id="r83-en-042",
        ),  # ADA hyperglycaemic crises consensus 2024: HHS requires glucose >33.3 mmol/L with hyperosmolality, dehydration or altered mentation; hyperglycaemia with infection in an alert, drinking patient needs same-day review and treatment of the infection.
        pytest.param(
            [
                "results for 53M T2: HbA1c 9.8% (was 8.1), fasting glucose 12.4",
                "he feels fine, no thirst or weight loss. asks if he needs hospital",
            ],
            _patient(19445, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r83-en-043",
        ),  # 中国2型糖尿病防治指南(2020年版) / ADA 2024 Section 9: HbA1c above target without symptoms of decompensation calls for treatment intensification at a routine visit.
        pytest.param(
            [
                "52F tired, put on 4kg, always cold. TSH 38, FT4 low at 7",
                "alert, HR 64, T 36.4, BP 128/80, no facial or leg swelling",
            ],
            _patient(19005, "female", (), pregnant=False),
            id="r83-en-044",
        ),  # NICE NG145 Thyroid disease: offer levothyroxine for primary hypothyroidism in primary care; hospital care is only for features of myxoedema coma (reduced consciousness, hypothermia, bradycardia).
        pytest.param(
            [
                "36F health check ultrasound found a 9mm thyroid nodule",
                "no lump she can feel, no voice change, no trouble swallowing or breathing, TSH normal",
            ],
            _patient(13440, "female", (), pregnant=False),
            id="r83-en-045",
        ),  # ATA 2015 thyroid nodule guideline / 甲状腺结节和分化型甲状腺癌诊治指南(第二版, 2023): a sub-centimetre nodule without suspicious features or symptoms needs only routine ultrasound follow-up, not FNA.
        pytest.param(
            [
                "30F on levothyroxine 75mcg, positive pregnancy test today about 5 wks",
                "feels fine, asking what to do about her thyroid tablet",
            ],
            _patient(10990, "female", ("hypothyroidism",), pregnant=True),
            id="r83-en-046",
        ),  # ATA 2017 thyroid disease in pregnancy guideline: on confirmed pregnancy increase levothyroxine by about 20-30% and check TSH within 4 weeks.
        pytest.param(
            [
                "31F 26 wks pregnant, OGTT today fasting 5.8, 2h 9.1",
                "feels well, baby moving normally",
            ],
            _patient(11435, "female", (), pregnant=True),
            id="r83-en-047",
        ),  # NICE NG3 Diabetes in pregnancy: gestational diabetes (fasting >=5.6 or 2h >=7.8) should be reviewed in a joint diabetes and antenatal clinic within 1 week.
        pytest.param(
            [
                "26F 28 wks pregnant, Hb 98, MCV 74",
                "a bit tired, no breathlessness at rest, no bleeding, no palpitations",
            ],
            _patient(9556, "female", (), pregnant=True),
            id="r83-en-048",
        ),  # BSH 2019 guideline on iron deficiency in pregnancy: Hb <105 g/L at 28 weeks warrants a trial of oral iron with repeat Hb in 2-3 weeks.
        pytest.param(
            [
                "10 month old girl, grandma says she looks very pale. drinks lots of cows milk, not much solid food",
                "Hb 88, MCV 62. active, feeding, growing ok, no bruises, no fever",
            ],
            _patient(305, "female", (), pregnant=None),
            id="r83-en-049",
        ),  # WHO iron deficiency anaemia guidance / 儿童缺铁和缺铁性贫血防治建议: moderate iron deficiency anaemia in a well infant is treated with oral iron and dietary change, rechecking Hb after about 4 weeks.
        pytest.param(
            [
                "INR 5.4 today for 68F on warfarin (target 2-3)",
                "no bleeding at all, no bruises, no black stools. she's been eating less with a cold",
            ],
            _patient(25040, "female", ("atrial fibrillation",), pregnant=False),
            id="r83-en-050",
        ),  # BSH warfarin guideline (2011): INR >5.0 but <8.0 without bleeding - withhold 1-2 doses, reduce maintenance dose and recheck INR in a few days; vitamin K not needed.
        pytest.param(
            [
                "lab flagged critical creatinine 742 and urea 28 for 61M, K 5.1",
                "he's an HD patient, bloods taken before his session, dialysis went fine, feels as usual",
            ],
            _patient(22275, "male", ("ckd", "dialysis", "hypertension"), pregnant=None),
            id="r83-en-051",
        ),  # KDIGO CKD/dialysis care: pre-dialysis creatinine and urea in this range are expected in kidney failure on haemodialysis and, with normal potassium and a well patient, need only routine review by the dialysis team.
        pytest.param(
            [
                "34F type 1, skipped lunch, shaky and sweaty at 3pm, meter 3.4",
                "took 4 glucose tabs, 15 min later 5.8, then had a sandwich. feels fine, asks if she should come in",
            ],
            _patient(12460, "female", ("type 1 diabetes",), pregnant=False),
            id="r83-en-052",
        ),  # ADA Standards of Care 2024 Section 6: level 1 hypoglycaemia (3.0-3.9 mmol/L) is self-treated with 15-20 g glucose and rechecked after 15 minutes; full recovery with an obvious cause needs no clinical visit.
        pytest.param(
            [
                "58M T2 on metformin and ramipril. loose stools x3 since yesterday, no vomiting",
                "drinking fine, no fever, no blood in stool, glucose 9.2, feels ok",
            ],
            _patient(21185, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r83-en-053",
        ),  # Sick-day medication guidance (Think Kidneys / 中国2型糖尿病防治指南2020): during a mild dehydrating illness pause metformin and ACE inhibitor, keep drinking and restart 24-48 h after recovery; seek care only if unable to keep fluids or not improving.
        pytest.param(
            [
                "40F addisons on hydrocortisone. runny nose and scratchy throat since yesterday, no fever T 36.9",
                "eating and drinking normally. asks if she needs to double her dose",
            ],
            _patient(14699, "female", ("adrenal insufficiency",), pregnant=False),
            id="r83-en-054",
        ),  # Society for Endocrinology sick-day rules: double the hydrocortisone dose only for fever >37.5 or illness needing bed rest or antibiotics; a minor afebrile cold needs no change.
        pytest.param(
            [
                "42M health check uric acid 470 umol/L. never had any joint pain",
                "no kidney stones, BP 126/80, eGFR normal. worried because the report says HIGH",
            ],
            _patient(15510, "male", (), pregnant=None),
            id="r83-en-055",
        ),  # 中国高尿酸血症与痛风诊疗指南(2019): asymptomatic hyperuricaemia below 540 umol/L (or 480 with comorbidities) needs lifestyle measures only, not urate-lowering drugs.
        pytest.param(
            [
                "61M known gout, his usual flare in the R big toe since this morning, same as before",
                "no fever, he has colchicine from his plan and took it 2 hrs ago. asks what else to do",
            ],
            _patient(22515, "male", ("gout", "hypertension"), pregnant=None),
            id="r83-en-056",
        ),  # NICE NG219 Gout: people with gout should have a flare management plan and start treatment such as colchicine themselves at the first sign of a typical flare.
        pytest.param(
            [
                "79F on apixaban, bumped her shin on the bed frame yesterday, bruise about the size of a coin",
                "no fall, no head bump, no other bleeding, walking normally",
            ],
            _patient(28855, "female", ("atrial fibrillation",), pregnant=False),
            id="r83-en-057",
        ),  # EHRA 2021 Practical Guide on NOACs: minor bruising from a minor knock does not require stopping the NOAC or clinical review; major bleeding or head injury does.
        pytest.param(
            [
                "35F started ferrous sulphate 5 days ago for low iron, now her stools are very dark almost black but formed",
                "no tummy pain, no dizziness or fainting, not on blood thinners, no vomiting",
            ],
            _patient(12855, "female", ("iron deficiency anaemia",), pregnant=False),
            id="r83-en-058",
        ),  # BNF ferrous sulfate: oral iron commonly causes dark or black stools; unlike melaena (tarry stool with dizziness, pain or haemodynamic change) this needs no action.
        pytest.param(
            [
                "72M T2, daughter panicking, meter read 32.5 right after he peeled oranges",
                "washed his hands and rechecked: 8.4. he's chatting, eating, feels normal",
            ],
            _patient(26580, "male", ("diabetes",), pregnant=None),
            id="r83-en-059",
        ),  # 中国血糖监测临床应用指南(2021年版): sugar residue on the finger falsely raises capillary glucose; wash hands and recheck, and a normal repeat reading needs no action.
        pytest.param(
            [
                "15F type 1, tummy bug since last night, vomited once last night and none since",
                "drinking and keeping fluids down, glucose 9.8, blood ketones 0.3. mum asking what to do with insulin",
            ],
            _patient(5595, "female", ("type 1 diabetes",), pregnant=None),
            id="r83-en-060",
        ),  # ISPAD 2022 sick-day guideline: blood ketones <0.6 mmol/L with near-normal glucose means continuing usual insulin, extra fluids and glucose/ketone checks every 2-4 hours at home.
        pytest.param(
            [
                "29岁女的，甲亢，甲巯咪唑自己停了三周",
                "这几天心慌，心率112，T 37.1，手抖，人清醒，没吐没拉，家里人怕是甲亢危象",
            ],
            _patient(10807, "female", ("hyperthyroidism",), pregnant=False),
            id="r83-zh-003",
        ),  # ATA 2016 Hyperthyroidism guideline: thyroid storm needs decompensation (fever, CNS dysfunction, GI/hepatic dysfunction, heart failure; Burch-Wartofsky ≥45), so afebrile alert thyrotoxicosis with HR 112 needs same-day review to restart antithyroid drug and beta-blocker, not emergency transfer.
        pytest.param(
            [
                "老病号，慢性肾病5期，还没透析，这次肌酐380",
                "前几次都在370到390之间，没水肿，不喘，尿量正常，钾4.8",
            ],
            _patient(17175, "male", ("ckd", "hypertension"), pregnant=None),
            id="r83-zh-005",
        ),  # KDIGO 2012 CKD guideline: a stable eGFR in known CKD (no acute change, no complications) is managed at planned nephrology follow-up; only an acute rise or complications need urgent review.
        pytest.param(
            [
                "老太太慢性肾病，吃依那普利",
                "今天查钾5.7，上次5.4，人没啥不舒服",
            ],
            _patient(26665, "female", ("ckd", "hypertension", "diabetes"), pregnant=False),
            id="r83-zh-008",
        ),  # UK Kidney Association Hyperkalaemia guideline (2020): mild hyperkalaemia (5.5–5.9 mmol/L) without symptoms can be managed in primary care by reviewing drugs and diet and repeating the test within days.
        pytest.param(
            [
                "吃阿哌沙班的大爷，早上流鼻血了",
                "捏着鼻子压了10分钟就止住了，之后没再流，也没别的地方出血",
            ],
            _patient(27210, "male", ("atrial fibrillation",), pregnant=None),
            id="r83-zh-010",
        ),  # NICE CKS Epistaxis: anterior epistaxis that stops with first aid (pressing the soft part of the nose for 10–15 minutes) needs no hospital assessment, even in patients taking anticoagulants, who should continue their treatment.
        pytest.param(
            [
                "70岁糖尿病大爷，脚底板长了厚茧，两只脚都麻木没感觉",
                "怕是糖尿病足要烂了，现在没伤口，不红不肿，脚背脉搏摸得到",
            ],
            _patient(25800, "male", ("diabetes", "peripheral neuropathy"), pregnant=None),
            id="r83-zh-013",
        ),  # NICE NG19 Diabetic foot problems: neuropathy with callus and no ulcer is moderate/high risk and should be referred to the foot protection service (within 2–6 weeks), not as an active foot problem.
        pytest.param(
            [
                "垂体手术后吃氢化可的松的大姐，这两天流鼻涕打喷嚏",
                "体温36.8，能吃能喝，照常上班，问药要不要加量",
            ],
            _patient(14700, "female", ("adrenal insufficiency",), pregnant=False),
            id="r83-zh-018",
        ),  # Society for Endocrinology sick day rules: the glucocorticoid dose is doubled only with fever >37.5 °C or illness needing bed rest/antibiotics, so a simple cold without fever needs only the usual dose.
        pytest.param(
            [
                "36岁女，自己摸到脖子前面有个包，大概2cm，不痛",
                "咽口水的时候跟着上下动，声音没变，不喘，吃东西不噎",
            ],
            _patient(13145, "female", (), pregnant=False),
            id="r83-zh-020",
        ),  # NICE NG12 Suspected cancer: an unexplained thyroid lump without stridor warrants a suspected cancer pathway referral (within 2 weeks) with TSH and ultrasound, not acute care.
        pytest.param(
            [
                "腹透的大姐，今天早上放出来的腹透液有点浑浊",
                "不发烧，肚子不痛，吃饭正常",
            ],
            _patient(20865, "female", ("ckd", "diabetes"), pregnant=False),
            id="r83-zh-023",
        ),  # ISPD Peritonitis Guideline (2022): cloudy peritoneal effluent should be presumed peritonitis and needs same-day effluent cell count/culture and empirical intraperitoneal antibiotics.
        pytest.param(
            [
                "学校老师打电话，10岁1型糖尿病的孩子体育课前测了3.3",
                "喝了一盒果汁，15分钟后5.9，现在说不难受了，要去上课",
            ],
            _patient(3750, "male", ("type 1 diabetes",), pregnant=None),
            id="r83-zh-025",
        ),  # ISPAD Clinical Practice Consensus Guidelines 2022 (Hypoglycaemia): mild hypoglycaemia in a conscious child is treated with fast-acting glucose and rechecked, then normal activity resumes.
        pytest.param(
            [
                "10个月宝宝体检，血红蛋白95，家长吓坏了",
                "宝宝主要喝奶，辅食吃得少，能吃能玩，不发烧，没有出血点",
            ],
            _patient(305, "female", (), pregnant=None),
            id="r83-zh-028",
        ),  # WHO Haemoglobin concentrations for the diagnosis of anaemia (2011): Hb 70–99 g/L in children 6–59 months is moderate anaemia, managed with iron supplementation and dietary advice with routine follow-up.
        pytest.param(
            [
                "甲减的，优甲乐忘了吃两天了",
                "人没啥不舒服，问会不会出甲减危象，要不要来",
            ],
            _patient(18550, "female", ("hypothyroidism",), pregnant=False),
            id="r83-zh-030",
        ),  # ATA 2014 Guidelines for the treatment of hypothyroidism: levothyroxine has a half-life of about 7 days, so missed doses can simply be resumed (or made up) without clinical risk.
        pytest.param(
            [
                "阿姨剥完橘子直接测血糖，显示HI，吓一跳",
                "洗手擦干再测是8.6，她说没有不舒服，平时就吃二甲双胍",
            ],
            _patient(24465, "female", ("diabetes",), pregnant=False),
            id="r83-zh-033",
        ),  # 中国血糖监测临床应用指南(2021年版): fingertips must be washed and dried before capillary testing because sugar contamination gives falsely high readings; a normal repeat reading needs no action.
        pytest.param(
            [
                "48岁糖尿病，今天糖化出来10.5，空腹11",
                "他挺担心，问是不是很危险，没口渴没多尿，没瘦，吃饭正常",
            ],
            _patient(17680, "male", ("diabetes",), pregnant=None),
            id="r83-zh-035",
        ),  # 中国2型糖尿病防治指南(2020年版): HbA1c above target in an asymptomatic patient calls for intensifying glucose-lowering therapy at a planned follow-up visit, not acute care.
        pytest.param(
            [
                "63岁男的，体检抽血结果：钾6.8",
                "化验室备注标本溶血，他没有肾病，只吃氨氯地平，人好好的，没心慌没乏力",
            ],
            _patient(23095, "male", ("hypertension", "diabetes"), pregnant=None),
            id="r83-zh-038",
        ),  # UK Kidney Association Hyperkalaemia guideline (2020): haemolysed samples commonly cause spurious hyperkalaemia; an unexpected high K in a well patient without risk factors needs an urgent same-day repeat sample and ECG rather than emergency treatment.
        pytest.param(
            [
                "61岁女的，体检血钙2.75，说钙高了很担心",
                "没口渴没便秘，不糊涂，没有癌症病史",
            ],
            _patient(22340, "female", ("hypertension",), pregnant=False),
            id="r83-zh-040",
        ),  # NICE NG132 Hyperparathyroidism / NICE CKS Hypercalcaemia: asymptomatic adjusted calcium <3.0 mmol/L needs PTH measurement and routine follow-up; admission is for Ca >3.5 or severe symptoms.
        pytest.param(
            [
                "56岁女，半年来怕冷、乏力、胖了，查甲功TSH 45，FT4低",
                "人清醒，心率64，T 36.4，吃饭睡觉都正常",
            ],
            _patient(20570, "female", (), pregnant=False),
            id="r83-zh-043",
        ),  # 中国成人甲状腺功能减退症诊治指南(2017): overt primary hypothyroidism without features of myxoedema coma is treated as an outpatient by starting levothyroxine with follow-up TFTs in 4–6 weeks.
        pytest.param(
            [
                "吃华法林的，家属说胳膊上有块淤青，前天撞桌子上了",
                "硬币大小，不肿，上礼拜INR 2.6，没别的出血",
            ],
            _patient(28165, "male", ("atrial fibrillation", "heart failure"), pregnant=None),
            id="r83-zh-045",
        ),  # 华法林抗凝治疗的中国专家共识(2013): a small bruise after known minor trauma with INR in the therapeutic range is not clinically significant bleeding and needs no change in treatment.
        pytest.param(
            [
                "打预混胰岛素的阿姨，中午忙忘了吃饭，手抖出汗，测3.4",
                "吃了几颗糖，15分钟后测6.2，现在在吃饭，人好了",
            ],
            _patient(19010, "female", ("diabetes",), pregnant=False),
            id="r83-zh-048",
        ),  # ADA Standards of Care 2024 (Section 6): level 1 hypoglycaemia in a conscious patient is self-treated with 15–20 g glucose and rechecked after 15 minutes, followed by a meal.
        pytest.param(
            [
                "慢性肾病的老刘来量血压192/122，复测还是190/120",
                "说降压药这礼拜吃完了没买，没头痛，没胸痛，看东西清楚，手脚不麻，说话正常",
            ],
            _patient(21470, "male", ("ckd", "hypertension"), pregnant=None),
            id="r83-zh-050",
        ),  # NICE NG136 Hypertension: BP ≥180/120 without symptoms or signs of accelerated hypertension or acute target organ damage needs investigation for target organ damage as soon as possible (same day), not emergency admission.
        pytest.param(
            [
                "怀孕20周，没糖尿病，说饿的时候有点手抖心慌，担心低血糖",
                "刚测血糖4.3，吃了东西就好了，胎动正常，别的没啥",
            ],
            _patient(9530, "female", (), pregnant=True),
            id="r83-zh-053",
        ),  # ADA Standards of Care 2024 (Section 15): glucose 4.3 mmol/L is normal in pregnancy; mild hunger symptoms in a pregnant woman without diabetes are managed with regular meals and snacks.
        pytest.param(
            [
                "67岁男的，查血红蛋白98，MCV 70，铁蛋白低，说是缺铁性贫血",
                "没黑便，不头晕，能干活",
            ],
            _patient(24655, "male", (), pregnant=None),
            id="r83-zh-055",
        ),  # NICE NG12 Suspected cancer: iron-deficiency anaemia in adults aged ≥60 needs a suspected cancer pathway referral for colorectal cancer (within 2 weeks), not same-day care when the patient is stable.
        pytest.param(
            [
                "吃华法林的老太太，今天指尖测INR 9.1",
                "没出血，没黑便，牙龈也没出血，没摔跤，人跟平常一样",
            ],
            _patient(30020, "female", ("atrial fibrillation", "heart failure"), pregnant=False),
            id="r83-zh-058",
        ),  # BNF warfarin guidance: INR >8 without bleeding → stop warfarin and give oral phytomenadione 1–5 mg that day, recheck INR next day; no emergency transfer is needed without bleeding.
        pytest.param(
            [
                "老痛风了，这次又是左脚大脚趾红肿痛，跟以前发作一模一样",
                "没发烧，家里有医生开的秋水仙碱，问还要不要过来",
            ],
            _patient(20255, "male", ("gout", "hypertension"), pregnant=None),
            id="r83-zh-060",
        ),  # NICE CKS Gout / 中国高尿酸血症与痛风诊疗指南(2019): people with established gout and a typical flare without fever can start their pre-prescribed colchicine/NSAID at home as early as possible.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
