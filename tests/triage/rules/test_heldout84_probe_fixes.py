# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-fourth held-out round (2026-12-07, at commit 51359e1: two reviewers, 120 cases from a
Traditional Chinese Medicine or integrative clinic: patients told partly in TCM terms (胸痹, 中风先兆,
肝阳上亢, 子肿, 胃脘, tongue and pulse), after acupuncture, moxibustion or cupping, or on herbs
(何首乌, 关木通, 丹参 with warfarin, a 降糖 herbal tea instead of metformin); 12 emergencies, 24
same-day and 24 look-alikes a set). Before these fixes the rules found 10 of 12 and 9 of 12
emergencies, graded 19 of 24 and 18 of 24 same-day cases exactly (English, Chinese), and sent 4
and 6 look-alikes to emergency. Missed: an ACS told as "the chest oppression is different -
heavy pressing behind sternum going to L arm and jaw ... in a cold sweat" (a cold sweat was read
as a cold), an inferior STEMI on the ECG told as 胃脘部闷痛 with 不是胸口痛, acute liver failure
after 何首乌 (眼睛皮肤都很黄, 说话颠三倒四, 手一抖一抖的, INR 2.3), a massive haemoptysis and a
pneumothorax after needling at GB21 told by their vital signs (RR 26-28, SpO2 90%, HR 110-118).
Sent to emergency: 中风先兆 feared with months of numb hands, BPPV or carpal tunnel, "R CVA tender"
read as a stroke, Bell's palsy with the forehead "also" weak, pleuritic pain with pneumonia or
after acupuncture, stable angina "goes in 2-3 min when he stops", shingles before its rash came
out, pre-eclampsia without severe features, and 186/112 with 头晕头胀 only.

What changed: NEWS2 (triage/rules/rules_news2.py); ST elevation on an ECG is a STEMI; jaundice
with encephalopathy or an INR >=1.5 not explained by warfarin is acute liver failure (EASL 2017);
a feared stroke (中风先兆) is weighed by BE-FAST, balance and eyes included; CVA tenderness is not a
stroke; pleuritic pain with a chest infection or after acupuncture is the same day (BTS 2023),
with a band of blisters shingles; a BP of 180 or more with headache and dizziness only is not a
hypertensive emergency (ESH 2023); swelling over days is not a severe feature of pre-eclampsia
(NICE NG133 §1.5); the English words of ACS, a diabetic sole's burst blister, a glucose told after
"today", a creatinine's earlier value after it, "T2DM stopped her metformin". After: 12/12, 12/12;
24/24, 23/24; look-alikes 24/24, 22/24.

Left, graded emergency by the rules' sources where the reviewers asked for the same day: a
puerperal endometritis with T 38.4 and foul lochia (r84-zh-026; the maternal sepsis rule), a TIA
resolved within 24 hours (r84-zh-038; NICE NG128's specialist assessment within 24 hours of
onset, which a village clinic reaches by transfer), and a head injury on warfarin with GCS 15
(r84-zh-040; NICE NG232's CT within 8 hours)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "Dr, 62yo man in for his usual acupuncture for 胸痹, says today the chest oppression is different - heavy pressing behind sternum going to L arm and jaw, started ~40 min ago at rest, not easing",
                "he's in a cold sweat, pale, pulse 结代 irregular ~100, BP 150/95. tongue dark purple w stasis spots. we haven't needled him",
            ],
            _patient(22645, "male", ("hypertension", "hyperlipidemia"), pregnant=None),
            id="r84-en-001",
        ),  # ESC 2023 Guidelines for the management of acute coronary syndromes: ischaemic-type chest pain at rest lasting >20 min with radiation and diaphoresis is suspected ACS requiring immediate EMS transfer and ECG.
        pytest.param(
            [
                "daughter phoned, her mum (74, DM and HTN) has been 'qi deficient' since this morning - very tired, short of breath walking to the toilet, sweating a lot, bit nauseous, 'stomach uncomfortable'. mum wants to come for 补气 herbs tomorrow",
                "asked her to check on home machine: BP 92/60, pulse 108. she says no chest pain at all",
            ],
            _patient(27210, "female", ("diabetes", "hypertension"), pregnant=None),
            id="r84-en-006",
        ),  # ESC 2023 ACS guidelines: elderly, female and diabetic patients often present with atypical ACS symptoms (dyspnoea, diaphoresis, nausea, epigastric discomfort) without chest pain, and suspected ACS with hypotension and tachycardia needs immediate EMS transfer.
        pytest.param(
            [
                "68M says he caught 风寒 and his face went crooked 口眼歪斜, started ~1h ago while eating lunch",
                "R corner of mouth drooping, drooling, speech slurred, R hand keeps dropping the cup, can't lift R arm as high as L. forehead wrinkles ok both sides. BP 178/100, 血糖 6.4",
            ],
            _patient(24908, "male", ("hypertension",), pregnant=None),
            id="r84-en-011",
        ),  # 中国急性缺血性脑卒中诊治指南2018 / AHA/ASA 2019 acute ischaemic stroke guideline: sudden facial droop sparing the forehead with arm weakness and dysarthria within the thrombolysis window requires immediate EMS transfer to a stroke centre.
        pytest.param(
            [
                "27yo tall thin guy had acupuncture for neck/shoulder pain ~1 hr ago, needles at 肩井 GB21 and some upper back points",
                "says sharp pain R chest, worse breathing in, can't get a full breath. RR 28, SpO2 90% on air, HR 118, breath sounds quieter on the R",
            ],
            _patient(9888, "male", (), pregnant=None),
            id="r84-en-016",
        ),  # BTS Guideline for pleural disease 2023: pneumothorax (a recognised complication of needling over the thorax such as GB21) with significant breathlessness, hypoxaemia and tachycardia is high-risk and needs immediate hospital management.
        pytest.param(
            [
                "55M took a home-made 附子 decoction for his knee 痹证 1.5h ago - says he used 'about 60g' from a neighbour, only boiled 20 min",
                "lips and tongue tingling and numb, now hands numb too, says heart 'jumping', vomited once. he thinks it means the herb is working",
                "pulse irregular, HR 48 with dropped beats, BP 86/52",
            ],
            _patient(20225, "male", ("osteoarthritis",), pregnant=None),
            id="r84-en-021",
        ),  # 中华人民共和国药典(2020年版) 附子: toxic herb, processed dose 3-15 g decocted first for a long time; aconitine poisoning with perioral/limb paraesthesia, bradyarrhythmia and hypotension can cause fatal ventricular arrhythmia and needs immediate transfer for cardiac monitoring.
        pytest.param(
            [
                "son on the phone: his mum 81, diabetic, kidneys not good, takes 消渴丸 plus her gliclazide. he says she's 'just very sleepy and muddled' since lunch, hardly ate today",
                "he checked with her meter: 2.1. she can't really swallow when he tries to give her sugar water, just mumbling",
            ],
            _patient(29585, "female", ("diabetes", "ckd", "hypertension"), pregnant=None),
            id="r84-en-026",
        ),  # ADA Standards of Care in Diabetes 2024: level 3 hypoglycaemia with altered mental status in a person unable to swallow safely needs glucagon/IV glucose and EMS, and 消渴丸 contains glibenclamide, which causes prolonged hypoglycaemia especially with CKD and a second sulfonylurea.
        pytest.param(
            [
                "29F came in for 崩漏 - irregular bleeding since yesterday, last period ~7 wks ago. L lower abdo pain much worse in last hour, now pain at tip of R shoulder too",
                "she fainted in the waiting room for a few secs. pale, HR 124, BP 84/50. urine hCG we just did is positive",
            ],
            _patient(10655, "female", (), pregnant=True),
            id="r84-en-031",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: a woman with a positive pregnancy test, abdominal pain, shoulder-tip pain and haemodynamic instability must be sent to hospital immediately as suspected ruptured ectopic pregnancy.
        pytest.param(
            [
                "63M with bronchiectasis, taking 止血 herbs few days for his 咳血. just now coughed up bright red blood, wife says 'like half a rice bowl', and keeps coughing more up",
                "SpO2 89%, RR 30, HR 112, BP 110/70",
            ],
            _patient(23155, "male", ("bronchiectasis",), pregnant=None),
            id="r84-en-036",
        ),  # BTS Guideline for bronchiectasis in adults 2019: massive haemoptysis or haemoptysis causing respiratory compromise is life-threatening and requires immediate hospital admission.
        pytest.param(
            [
                "71M AF on warfarin, family says he's been taking 三七粉 and 丹参 tablets for his heart past month",
                "black sticky stools x3 since last night, fainted on the toilet this morning. now pale, clammy, HR 120 irreg, BP 88/54",
                "wife asking if she should just stop the 三七",
            ],
            _patient(26248, "male", ("atrial fibrillation", "hypertension"), pregnant=None),
            id="r84-en-041",
        ),  # NICE CG141 Acute upper gastrointestinal bleeding: melaena with syncope and shock (tachycardia, systolic BP <100) in an anticoagulated patient is a high-risk bleed needing immediate resuscitation and hospital transfer, and 三七/丹参 increase warfarin bleeding risk.
        pytest.param(
            [
                "45F got 双黄连 IV drip at the clinic for fever/sore throat, started ~10 min ago",
                "now itchy red rash all over, lips swelling, says throat tight, wheezing. BP 78/45, HR 130, SpO2 91%. drip stopped",
            ],
            _patient(16655, "female", (), pregnant=False),
            id="r84-en-046",
        ),  # WAO Anaphylaxis Guidance 2020 / 严重过敏反应诊断与临床管理专家共识(2019): acute skin involvement with airway compromise and hypotension after a drug infusion (TCM injections such as 双黄连 are a known cause) is anaphylaxis requiring IM adrenaline and immediate transfer.
        pytest.param(
            [
                "7 month baby boy, fever since last night 39.4, mum took him to the 推拿 lady this morning for 捏脊",
                "mum thinks the purple spots on his legs and tummy are from the pinching, but they don't fade when I press a glass on them",
                "he's floppy, whimpering, won't breastfeed, hands and feet cold",
            ],
            _patient(215, "male", (), pregnant=None),
            id="r84-en-051",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease 2024: a febrile infant with a non-blanching rash, lethargy and poor peripheral perfusion must be treated as meningococcal disease with immediate parenteral antibiotics and emergency transfer.
        pytest.param(
            [
                "52F taking 何首乌 capsules ~2 months for greying hair. yellow eyes 1 wk, today husband says she's 'confused, sleepy, talking nonsense'",
                "labs from township hosp today: ALT 1450, TBil 265 umol/L, INR 2.7. she has a flapping tremor of the hands",
            ],
            _patient(19280, "female", (), pregnant=False),
            id="r84-en-056",
        ),  # EASL Clinical Practice Guidelines on acute liver failure 2017 / 中国药物性肝损伤诊治指南(2023年版): liver injury with coagulopathy (INR ≥1.5) and encephalopathy is acute liver failure requiring immediate transfer to a liver unit, and 何首乌 is a recognised cause.
        pytest.param(
            [
                "王阿姨68岁 说胃脘部闷痛快1个钟了 想扎几针理理气",
                "顺手做了个心电图 II III aVF ST抬高 人一直在出汗 有点恶心 BP 100/60 P 56",
                "她说不是胸口痛 就是胃这里胀闷",
            ],
            _patient(24970, "female", ("diabetes", "hypertension"), pregnant=False),
            id="r84-zh-001",
        ),  # 中国急性ST段抬高型心肌梗死诊断和治疗指南(2019): 缺血症状(含糖尿病老人上腹闷痛伴出汗的不典型表现)伴相邻导联ST段抬高即诊断STEMI，需立即呼叫急救转运至可行PCI的医院再灌注治疗。
        pytest.param(
            [
                "刚才给一个31岁女的在肩井 背部膀胱经扎针 拔针后十来分钟她说右边胸口刺痛 喘不上气",
                "SpO2 89% R 28 HR 118 右肺呼吸音几乎听不到",
                "人瘦高个 之前没什么病",
            ],
            _patient(11355, "female", (), pregnant=False),
            id="r84-zh-002",
        ),  # BTS Guideline for Pleural Disease (2023): 针刺后气胸伴明显气促、低氧(SpO2<92%)和心动过速提示大量或张力性气胸，需立即紧急处理并转入医院。
        pytest.param(
            [
                "患者59岁男 膝盖痛 自己照偏方用生附子和川乌各30g煮水喝 才煮了20来分钟",
                "喝完一个钟头 嘴唇舌头发麻 手脚也麻 心慌 吐了两次",
                "脉结代 HR 44 不齐 BP 84/50",
            ],
            _patient(21745, "male", ("osteoarthritis",), pregnant=None),
            id="r84-zh-003",
        ),  # 《中国药典》2020年版及乌头碱中毒文献(Chan TY, Clin Toxicol 2009): 生附子、生川乌有大毒，短煎服用后出现口舌四肢麻木伴心律失常、低血压为乌头碱中毒，可致室性心律失常死亡，须立即送医监护抢救。
        pytest.param(
            [
                "前台：有个73岁阿姨来拿降压的中药 家属说她今天早上9点多吃早饭时筷子老掉 说话也有点大舌头",
                "老中医看了说舌歪 脉弦 肝阳上亢 中风先兆 想先开天麻钩藤饮",
                "现在10点半 她右手还是握不紧 嘴角往左歪",
            ],
            _patient(26735, "female", ("hypertension",), pregnant=False),
            id="r84-zh-004",
        ),  # 中国急性缺血性脑卒中诊治指南2023: 突发一侧肢体无力、言语不清、口角歪斜且症状持续者应立即拨打120送至卒中中心，发病4.5小时内可静脉溶栓。
        pytest.param(
            [
                "27岁女 来想针灸调月经 说停经7周了",
                "刚才在诊床上起来时晕倒了一下 叫醒了 左下腹痛 脸色很白",
                "尿hcg 阳性 BP 82/50 HR 124 中医看是厥证 气随血脱",
            ],
            _patient(10155, "female", (), pregnant=True),
            id="r84-zh-005",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: 早孕期腹痛伴晕厥和血流动力学不稳提示异位妊娠破裂，需立即呼叫急救送医院。
        pytest.param(
            [
                "74岁 房颤吃华法林 最近自己加了丹参 三七粉 说活血化瘀",
                "这两天拉黑便 今天早上拉了一大堆柏油样的 起来头晕差点倒",
                "BP 86/54 P 122 面色苍白 手冷",
            ],
            _patient(27030, "male", ("atrial fibrillation", "hypertension"), pregnant=None),
            id="r84-zh-006",
        ),  # 急性上消化道出血急诊诊治流程专家共识(2020): 消化道出血伴休克表现(收缩压<90 mmHg、心率>120次/分)为危险性出血，需立即复苏并转运；丹参、三七可增强华法林抗凝作用。
        pytest.param(
            [
                "54岁女 吃何首乌粉乌发 吃了快3个月",
                "黄了10来天 眼睛皮肤都很黄 今天家属说她白天老睡 说话颠三倒四 手一抖一抖的",
                "乡医院查的 TBil 312 ALT 1260 INR 2.3",
            ],
            _patient(19890, "female", (), pregnant=False),
            id="r84-zh-007",
        ),  # 中国药物性肝损伤诊治指南(2023年版): 何首乌是常见致肝损伤中草药；药物性肝损伤出现INR≥1.5并伴肝性脑病即为急性肝衰竭，需立即转诊至有肝移植条件的中心。
        pytest.param(
            [
                "10个月男宝 发烧一天 39.6 家里给刮了背上的痧",
                "现在看腿上和肚子上也有一片片紫红点 不是刮的地方 用玻璃杯压不褪色",
                "孩子蔫 没劲 哭声弱 手脚凉",
            ],
            _patient(300, "male", (), pregnant=None),
            id="r84-zh-008",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease (2024): 发热伴不褪色皮疹且精神萎靡、肢端冷的儿童应考虑脑膜炎球菌败血症，需立即给予抗生素并紧急转院。
        pytest.param(
            [
                "66岁老头 支扩多年 平时痰里偶尔有点血丝 中医说咳血 肺络受损",
                "今天下午开始一口一口咳鲜血 半小时咳了大概一饭碗 家里用盆接的",
                "SpO2 90% R 26 HR 110",
            ],
            _patient(24190, "male", ("bronchiectasis",), pregnant=None),
            id="r84-zh-009",
        ),  # 咯血诊治专家共识(中华医学会呼吸病学分会): 一次咯血量>100 ml或24小时>500 ml为大咯血，可致窒息，需立即保持气道通畅并转运至有条件医院抢救。
        pytest.param(
            [
                "46岁 子宫肌瘤 崩漏好几天了 今天量突然特别大",
                "一个钟头湿透两片夜用 有血块 刚才上厕所晕了一下 尿hcg阴性",
                "P 124 BP 84/52 嘴唇发白",
            ],
            _patient(17040, "female", ("uterine fibroids",), pregnant=False),
            id="r84-zh-010",
        ),  # ACOG Committee Opinion No.557 Management of acute abnormal uterine bleeding: 急性大量子宫出血伴血流动力学不稳定(低血压、心动过速、晕厥)需立即急救处理(补液、输血、止血)。
        pytest.param(
            [
                "38岁男 刚输上清开灵注射液5分钟左右",
                "全身起风团 说喉咙发紧 声音哑了 有点喘",
                "BP 78/46 HR 130",
            ],
            _patient(13930, "male", (), pregnant=None),
            id="r84-zh-011",
        ),  # WAO Anaphylaxis Guidance 2020/中国严重过敏反应诊疗共识: 用药后数分钟出现皮肤风团伴喉头受累及低血压即为严重过敏反应，需立即停药、肌注肾上腺素并呼叫急救。
        pytest.param(
            [
                "电话：家属说奶奶今天一直睡 叫她只嗯一声 不太应",
                "她吃格列美脲 上个月又在集市买了消渴丸 一天吃两回 每回10粒",
                "村医刚到 指尖血糖 2.1",
            ],
            _patient(29155, "female", ("diabetes", "hypertension"), pregnant=False),
            id="r84-zh-012",
        ),  # 中国2型糖尿病防治指南(2020年版): 伴意识障碍的3级(严重)低血糖需紧急救治；消渴丸含格列本脲，与格列美脲合用可致严重持续低血糖，需静脉葡萄糖并住院观察。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "88yo man, AF on warfarin 3mg, started a 活血化瘀 decoction with 丹参 and 当归 from another practitioner 2 wks ago",
                "INR today 5.8 (usually 2-3). little gum oozing when brushing teeth, no black stool, urine normal colour, no headache, no falls. BP 134/78 HR 76",
            ],
            _patient(
                32160,
                "male",
                ("atrial fibrillation", "hypertension", "osteoarthritis"),
                pregnant=None,
            ),
            id="r84-en-002",
        ),  # 华法林抗凝治疗的中国专家共识 / ACCP CHEST antithrombotic guideline: INR 4.5-10 without major bleeding requires withholding warfarin and clinician dose review (vitamin K considered) promptly, and 丹参/当归 are known to potentiate warfarin.
        pytest.param(
            [
                "40F taking 何首乌 pills ~6 wks for hair loss. 3 days yellow eyes, urine dark like strong tea, tired, no appetite",
                "LFT back: ALT 820, AST 610, TBil 68 umol/L, INR 1.1. she's alert, no confusion, no bleeding, abdo soft",
            ],
            _patient(14720, "female", (), pregnant=False),
            id="r84-en-003",
        ),  # 中国药物性肝损伤诊治指南(2023年版): hepatocellular herb-induced liver injury with jaundice (ALT >3×ULN and TBil >2×ULN, Hy's law) carries a risk of liver failure and needs prompt physician assessment and withdrawal of 何首乌, while INR <1.5 and no encephalopathy mean it is not yet acute liver failure.
        pytest.param(
            [
                "58M diabetic had acupuncture 足三里 and knee points 4 days ago. now R lower leg red hot swollen around a needle site, red area spread ~10cm since yesterday, sore",
                "T 38.3, HR 92, BP 136/82, RR 16, 血糖 13.5. walking ok, not confused",
            ],
            _patient(21200, "male", ("diabetes",), pregnant=None),
            id="r84-en-007",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis with fever in a person with diabetes but without signs of sepsis needs prompt clinical assessment and oral antibiotics that day, with referral if systemically unwell.
        pytest.param(
            [
                "66F T2DM with neuropathy, was doing moxa at home on her soles for 'cold feet', didn't feel it burning. blister on sole burst ~5 days ago",
                "now ulcer about 2cm, redness round it ~1.5cm, bit of pus, smells. no fever, foot pulses weakish, she's otherwise ok",
            ],
            _patient(24400, "female", ("diabetes", "diabetic neuropathy"), pregnant=False),
            id="r84-en-008",
        ),  # NICE NG19 Diabetic foot problems: a person with a diabetic foot ulcer or infection that is not limb-threatening should start antibiotics and be referred to the multidisciplinary foot care service within 1 working day.
        pytest.param(
            [
                "34F came for kidney yang deficiency 腰痛 tx but also burning when peeing 3 days, now fever 38.6, R loin pain, chills",
                "R CVA tender, HR 96, BP 118/74, RR 18, no vomiting, drinking ok. LMP 1 wk ago, not pregnant",
            ],
            _patient(12470, "female", (), pregnant=False),
            id="r84-en-012",
        ),  # NICE NG111 Pyelonephritis (acute): suspected acute pyelonephritis needs a urine culture and antibiotics started promptly, with hospital referral only if signs of sepsis, which this haemodynamically stable patient lacks.
        pytest.param(
            [
                "G1 at 32 wks, 28yo, came for 子肿 - legs and face puffy 1 wk, wants herbs",
                "BP 148/96, repeat 146/94, dipstick protein 2+. no headache, no vision problems, no epigastric pain, baby moving",
            ],
            _patient(10420, "female", (), pregnant=True),
            id="r84-en-013",
        ),  # NICE NG133 Hypertension in pregnancy: new hypertension after 20 weeks with proteinuria indicates suspected pre-eclampsia requiring same-day assessment in secondary care, while absence of severe hypertension (≥160/110) and severe symptoms means it is not an emergency transfer.
        pytest.param(
            [
                "baby girl 4 days old, breastfed, grandma giving her 茵陈 water since yesterday for 'yellow skin'",
                "face and chest yellow, whites of eyes yellow too. feeding 8x/day, wet nappies ok, active, T 36.8",
            ],
            _patient(4, "female", (), pregnant=None),
            id="r84-en-017",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: a baby more than 24 hours old with visible jaundice should have a bilirubin level measured within 6 hours, and herbal remedies should not be used to treat it.
        pytest.param(
            [
                "70F, 3 days burning pain R forehead, now blisters R forehead + scalp, our TCM dr called it 蛇串疮",
                "also a few blisters on the tip of her nose, R eye red, watery, bit blurry. no fever",
            ],
            _patient(25730, "female", ("hypertension",), pregnant=False),
            id="r84-en-018",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus with Hutchinson's sign (nasal tip lesions) or eye symptoms needs oral antivirals and same-day ophthalmology referral.
        pytest.param(
            [
                "46M, TCM colleague says 风热犯肺 - 4 days cough, yellow sputum, fever",
                "T 38.8, RR 22, SpO2 95%, HR 100, BP 128/78, crackles R base, alert and orientated",
            ],
            _patient(16795, "male", (), pregnant=None),
            id="r84-en-022",
        ),  # NICE NG138 Pneumonia (community-acquired): suspected CAP with CRB65 score 0 can be treated at home but antibiotics should be started as soon as possible and within 4 hours of diagnosis.
        pytest.param(
            [
                "21F asthmatic, moxa was burning in the next cubicle, she started wheezing ~1h ago, took 4 puffs of her blue inhaler, bit better",
                "PEF 55% of her best, talking in full sentences, RR 22, HR 104, SpO2 95%",
            ],
            _patient(7965, "female", ("asthma",), pregnant=False),
            id="r84-en-023",
        ),  # BTS/SIGN 158 British guideline on the management of asthma: PEF 50-75% of best without severe features is a moderate exacerbation, treated in primary care with bronchodilators and oral steroids and reassessed by a clinician.
        pytest.param(
            [
                "55M asking for 活血 herbs, says L calf swollen and aching 3 days since a 14-hour bus trip, thinks it's 'blood stasis'",
                "L calf 4cm bigger than R, pitting edema, tender along deep veins at back of calf. no chest pain, not breathless, SpO2 98%, HR 78",
            ],
            _patient(20355, "male", (), pregnant=None),
            id="r84-en-027",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT with a likely Wells score (≥2) needs a proximal leg vein ultrasound within 4 hours, or interim anticoagulation and a scan within 24 hours.
        pytest.param(
            [
                "60F T2DM stopped her metformin 3 wks ago, switched to a 降糖 herbal tea from the market",
                "fasting sugar today 22.4, v thirsty, peeing a lot. urine ketones neg, alert, not vomiting, BP 130/80 HR 88",
            ],
            _patient(22001, "female", ("diabetes",), pregnant=False),
            id="r84-en-028",
        ),  # 中国2型糖尿病防治指南(2020年版): symptomatic marked hyperglycaemia (>16.7 mmol/L) without ketosis, vomiting or altered consciousness is not DKA/HHS but needs prompt medical review to restart effective glucose-lowering therapy.
        pytest.param(
            [
                "68M drinking licorice 甘草 tea daily + a stomach patent med with lots of 甘草 for months",
                "legs weak, cramps, BP 172/102 (usually 130s). labs: K 2.9, Na 144. ECG sinus 76 with U waves, no arrhythmia",
            ],
            _patient(25120, "male", ("chronic gastritis",), pregnant=None),
            id="r84-en-032",
        ),  # BMJ Best Practice Hypokalaemia: K 2.5-3.0 mmol/L with symptoms needs prompt potassium replacement and review, and glycyrrhizin in 甘草 causes pseudohyperaldosteronism with hypertension and hypokalaemia, so the herb must be stopped.
        pytest.param(
            [
                "31F, 3 wks postpartum, breastfeeding. L breast red hot painful wedge 2 days, tried cabbage leaves and 蒲公英 decoction",
                "T 38.9, chills, firm tender lump ~3cm, maybe fluctuant. HR 98, BP 112/70",
            ],
            _patient(11330, "female", (), pregnant=False),
            id="r84-en-033",
        ),  # NICE CKS Mastitis and breast abscess: lactational mastitis with systemic symptoms needs antibiotics, and a suspected breast abscess requires same-day referral to the surgical team.
        pytest.param(
            [
                "18mo boy, diarrhoea 8-10x/day and vomiting since yesterday, grandma gave a herbal 止泻 powder",
                "only 2 wet nappies today, lips dry, eyes look sunken, fewer tears, alert and responsive. HR 140, cap refill 2s, T 37.9",
            ],
            _patient(547, "male", (), pregnant=None),
            id="r84-en-037",
        ),  # NICE CG84 Diarrhoea and vomiting caused by gastroenteritis in under 5s: clinical dehydration without shock (sunken eyes, dry mucous membranes, reduced urine output, alert) needs clinician assessment and supervised oral rehydration with monitoring.
        pytest.param(
            [
                "57M taking a 'kidney-clearing' herbal powder from a street vendor ~2 months, label unclear, vendor said it has 关木通",
                "creatinine today 210 umol/L (82 in spring), K 5.3, he says peeing normal amounts, no SOB, no edema, BP 142/88",
            ],
            _patient(20815, "male", ("hypertension",), pregnant=None),
            id="r84-en-038",
        ),  # KDIGO 2012 Clinical Practice Guideline for AKI: a creatinine rise to 2.0-2.9× baseline is stage 2 AKI requiring prompt clinical assessment, and aristolochic-acid herbs such as 关木通 are nephrotoxic and must be stopped.
        pytest.param(
            [
                "48F RA, on 雷公藤多苷 tablets 3 months plus methotrexate",
                "routine bloods today: WBC 1.2, neutrophils 0.4, Hb 118, PLT 140. she feels ok, T 36.7, no sore throat, no cough, no urinary sx",
            ],
            _patient(17580, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r84-en-042",
        ),  # BSR and BHPR guideline for DMARD monitoring 2017: neutrophils below 1.6 ×10^9/L require withholding the drug and prompt discussion with the specialist team, and severe neutropenia (<0.5) from myelotoxic drugs such as 雷公藤 needs same-day medical review even when afebrile.
        pytest.param(
            [
                "76M T2DM, family bought 消渴丸 at pharmacy, he takes 10 pills tid. found sweaty and shaky 10am, sugar 2.9",
                "gave sugar water + biscuits, 20 min later 5.6, now chatting normally. skipped breakfast today. creatinine last month 150",
            ],
            _patient(27890, "male", ("diabetes", "ckd"), pregnant=None),
            id="r84-en-043",
        ),  # JBDS-IP The hospital management of hypoglycaemia in adults with diabetes 2022: sulfonylurea-induced hypoglycaemia (消渴丸 contains glibenclamide) can recur for 24-36 hours, especially with renal impairment, so the person needs same-day medical review, monitoring and drug adjustment.
        pytest.param(
            [
                "8yo boy, mum says face puffy esp around eyes in the mornings 3 days, TCM dr said 水肿 风水证",
                "urine looks like cola. sore throat ~2 wks ago. BP 132/88, dip blood 3+ protein 2+. no SOB, playing normally",
            ],
            _patient(3020, "male", (), pregnant=None),
            id="r84-en-047",
        ),  # KDIGO 2021 Clinical Practice Guideline for glomerular diseases: acute nephritic syndrome (haematuria, oedema, hypertension) after streptococcal pharyngitis needs prompt paediatric assessment of renal function and blood pressure.
        pytest.param(
            [
                "30yo G2 at 34 wks came for acupuncture for back pain, mentions baby 'quieter since yesterday', much less kicking than usual",
                "no bleeding, no abdo pain, no leaking fluid, BP 118/76",
            ],
            _patient(10975, "female", (), pregnant=True),
            id="r84-en-048",
        ),  # RCOG Green-top Guideline No. 57 Reduced fetal movements: a woman after 28 weeks reporting reduced fetal movements should contact the maternity unit and be assessed the same day with CTG.
        pytest.param(
            [
                "50F, TCM says 肝胆湿热. RUQ pain since last night after an oily meal, still there ~10h, vomited twice",
                "T 38.2, Murphy's +, no yellow eyes, BP 124/78, HR 96, alert",
            ],
            _patient(18361, "female", ("gallstones",), pregnant=False),
            id="r84-en-052",
        ),  # Tokyo Guidelines 2018: suspected acute cholecystitis (RUQ pain, Murphy's sign, fever) without organ dysfunction is mild-moderate and needs same-day hospital assessment with ultrasound and antibiotics.
        pytest.param(
            [
                "42F here for cupping, mentions neighbour's dog bit her L hand yesterday evening, she just put 云南白药 on it",
                "2 puncture wounds through the skin, bit red. dog not vaccinated as far as owner knows. she's never had rabies vaccine. T 36.6",
            ],
            _patient(15530, "female", (), pregnant=False),
            id="r84-en-053",
        ),  # 狂犬病暴露预防处置工作规范(2023年版) / WHO rabies position paper 2018: a category III exposure (transdermal bite) requires immediate wound washing and rabies vaccine plus rabies immunoglobulin as soon as possible.
        pytest.param(
            [
                "35M had fire cupping somewhere else yesterday, the alcohol dripped and burned his back",
                "blisters over area about 3 of his palms, some burst, very painful, base pink and wet. no fever, vitals ok",
            ],
            _patient(12985, "male", (), pregnant=None),
            id="r84-en-057",
        ),  # British Burn Association National Burn Care Referral Guidance: partial-thickness burns of 3% TBSA or more in adults (patient's palm ≈1%) should be referred to a burns service and need prompt assessment and dressing.
        pytest.param(
            [
                "2yo girl fever 5 days 39-40, paracetamol + 推拿 + herbs not helping",
                "both eyes red no discharge, lips red and cracked, strawberry tongue, rash on trunk, hands a bit swollen. drinking ok, alert, cap refill under 2s",
            ],
            _patient(790, "female", (), pregnant=None),
            id="r84-en-058",
        ),  # NICE NG143 Fever in under 5s: fever for 5 days or more is an amber feature and Kawasaki disease must be considered with conjunctival injection, red cracked lips, strawberry tongue, rash and extremity swelling, needing prompt paediatric assessment.
        pytest.param(
            [
                "67岁房颤 吃华法林2.5mg 以前INR都是2点几",
                "上周开始吃复方丹参滴丸 今天测INR 4.8",
                "刷牙牙龈有点渗血 没有黑便 没有血尿 人没不舒服",
            ],
            _patient(24655, "male", ("atrial fibrillation",), pregnant=None),
            id="r84-zh-013",
        ),  # 华法林抗凝治疗的中国专家共识: INR 4.5-10且无严重出血时应暂停华法林1-2次并复查调整剂量；丹参可增强华法林作用，需当天由医生评估处理。
        pytest.param(
            [
                "49岁女 掉头发 吃养血生发胶囊(里面有何首乌)6周了",
                "乏力 没胃口 尿像浓茶 眼睛有点黄",
                "化验 ALT 620 AST 480 TBil 45 INR 1.0 人很清楚",
            ],
            _patient(17915, "female", (), pregnant=False),
            id="r84-zh-014",
        ),  # 中国药物性肝损伤诊治指南(2023年版): 含何首乌制剂可致肝损伤；ALT>5倍正常上限伴胆红素升高须立即停药并当天医学评估，无INR升高和肝性脑病尚非肝衰竭。
        pytest.param(
            [
                "58岁糖尿病 一周前在外面拔了火罐 背上有个罐印起水疱破了",
                "现在那块红肿热痛 红的范围有巴掌大 还在往外扩 T 38.3",
                "HR 96 BP 132/80 人精神还行 血糖14",
            ],
            _patient(21340, "male", ("diabetes",), pregnant=None),
            id="r84-zh-015",
        ),  # NICE NG141 Cellulitis and erysipelas: 伴发热且有糖尿病等合并症的蜂窝织炎需当天评估并开始抗生素，出现脓毒症征象才需紧急入院。
        pytest.param(
            [
                "孕33周 29岁 今天来看 说这几天脚肿得厉害 中医说脾虚水肿",
                "BP 150/100 复测 152/98 尿蛋白 +",
                "没有头痛 看东西不花 上腹不痛",
            ],
            _patient(10695, "female", (), pregnant=True),
            id="r84-zh-016",
        ),  # NICE NG133 Hypertension in pregnancy: 孕20周后新发高血压伴蛋白尿疑子痫前期，应当天转诊产科评估；血压≥160/110或出现头痛视物模糊等症状才需立即处理。
        pytest.param(
            [
                "5天女宝 母乳 家里老人说是胎黄 给喝了茵陈水",
                "今天看黄到肚子了 手心脚心不黄",
                "吃奶还行 一天尿布6 7片 精神好",
            ],
            _patient(5, "female", (), pregnant=None),
            id="r84-zh-017",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: 出生24小时后出现可见黄疸的新生儿应在6小时内测定胆红素，不能以草药代替评估。
        pytest.param(
            [
                "71岁 额头右边一片疱疹 3天了 家里说是缠腰火丹长到头上来了",
                "鼻尖上也起了两个水疱 右眼红 有点怕光",
                "视力她说差不多",
            ],
            _patient(25995, "female", ("hypertension",), pregnant=False),
            id="r84-zh-018",
        ),  # NICE CKS Shingles: 眼部带状疱疹(鼻尖受累即Hutchinson征、眼红畏光)需当天眼科转诊并开始抗病毒治疗。
        pytest.param(
            [
                "9个月男宝 烧了2天 最高39.2 做了小儿推拿退热",
                "今天奶喝得比平时少一半 从早上到现在下午4点只换了1片湿尿布",
                "会笑 哭声响 皮肤颜色正常",
            ],
            _patient(275, "male", (), pregnant=None),
            id="r84-zh-019",
        ),  # NICE NG143 Fever in under 5s: 进食减少和尿量减少属于黄色(中危)特征，需当天由医生面对面评估。
        pytest.param(
            [
                "孕30周 31岁 来问能不能艾灸",
                "顺嘴说从昨晚到现在感觉宝宝动得明显少了 平时很活跃",
                "没有肚子痛 没出血",
            ],
            _patient(11515, "female", (), pregnant=True),
            id="r84-zh-020",
        ),  # RCOG Green-top Guideline No.57 Reduced fetal movements: 孕28周后自觉胎动减少应立即联系产科并当天行胎心监护评估，不应等待观察。
        pytest.param(
            [
                "56岁 2型糖尿病 听人说中药能根治 二甲双胍停了一个月 只喝汤药",
                "这几天口干 尿多 没力气 空腹血糖 19.8",
                "尿酮 阴性 神志清 能吃能喝 不吐",
            ],
            _patient(20580, "male", ("diabetes",), pregnant=None),
            id="r84-zh-021",
        ),  # 中国2型糖尿病防治指南(2020年版): 血糖>16.7 mmol/L伴高血糖症状但无酮症、无意识障碍者需当天医生评估恢复降糖治疗，出现酮症酸中毒或高渗状态才需紧急转诊。
        pytest.param(
            [
                "63岁高血压 吃氢氯噻嗪 另外一直在吃甘草片 还泡甘草水喝 两个月了",
                "最近腿软 爬楼没劲 查血钾 2.9",
                "能走路 没心慌 BP 158/92",
            ],
            _patient(23255, "female", ("hypertension",), pregnant=False),
            id="r84-zh-022",
        ),  # UK Renal Association/NHS低钾血症诊疗指引: 血钾2.5-2.9 mmol/L为中度低钾，需当天评估补钾并做心电图；甘草(甘草酸)致假性醛固酮增多，与噻嗪类合用加重低钾。
        pytest.param(
            [
                "35岁女 腰痛 尿频尿急尿痛3天 中医说湿热下注",
                "今天发烧 38.6 右边肾区叩痛",
                "不吐 能喝水 HR 98 BP 118/72 没怀孕",
            ],
            _patient(12790, "female", (), pregnant=False),
            id="r84-zh-023",
        ),  # NICE NG111 Pyelonephritis (acute): 发热伴腰痛的急性肾盂肾炎需当天开始口服抗生素，出现脓毒症征象或不能口服时才需入院。
        pytest.param(
            [
                "66岁糖尿病15年 脚底发凉 自己在家艾灸 脚底烫出泡",
                "现在泡破了 有个一块钱硬币大的溃疡 周围红了2cm 有点渗液",
                "不发烧 足背动脉摸着弱 血糖 11",
            ],
            _patient(24390, "male", ("diabetes",), pregnant=None),
            id="r84-zh-024",
        ),  # NICE NG19 Diabetic foot problems: 活动性糖尿病足问题(溃疡伴感染)需在1个工作日内转诊至多学科足病团队，出现威胁肢体的缺血或脓毒症才需立即转诊。
        pytest.param(
            [
                "怀孕10周 24岁 恶阻厉害 喝了姜汁也没用",
                "这两天吃啥吐啥 水都喝不下 24小时尿很少",
                "尿酮3+ 心率104 BP 104/68 体重掉了3斤",
            ],
            _patient(8880, "female", (), pregnant=True),
            id="r84-zh-025",
        ),  # RCOG Green-top Guideline No.69 Nausea and vomiting of pregnancy and hyperemesis gravidarum: 不能耐受口服液体伴酮尿者需当天在日间病房或医院静脉补液评估。
        pytest.param(
            [
                "52岁男 坐了10多个钟头大巴回来 左小腿肿痛3天 中医说瘀血阻络 想拔罐放血",
                "左小腿比右边粗3cm 按着痛 有点凹陷性水肿",
                "没胸痛 不喘 SpO2 98%",
            ],
            _patient(19055, "male", (), pregnant=None),
            id="r84-zh-027",
        ),  # NICE NG158 Venous thromboembolic diseases: 疑似DVT(Wells评分≥2)应在4小时内行近端下肢静脉超声，否则先给予抗凝并在24小时内完成检查。
        pytest.param(
            [
                "16岁 哮喘 中医说哮病 昨晚开始喘 喷了沙丁胺醇3次",
                "能说整句话 R 24 HR 108 SpO2 95%",
                "PEF 240 平时最好 380",
            ],
            _patient(5940, "female", ("asthma",), pregnant=False),
            id="r84-zh-028",
        ),  # GINA 2024: 能说整句、SpO2 90-95%、PEF>50%个人最佳值为轻中度急性发作，可在基层当即给予SABA及口服激素并复评，无需急救转运。
        pytest.param(
            [
                "72岁 慢阻肺 这3天痰多变黄 比平时喘",
                "SpO2 92% 平时也就93 R 22 说话可以 神志清",
                "T 37.8 吃饭还行",
            ],
            _patient(26325, "male", ("copd",), pregnant=None),
            id="r84-zh-029",
        ),  # NICE NG115 COPD in over 16s: 急性加重多数可在家治疗，需当天评估给予短程口服激素及抗生素；出现意识改变、严重呼吸困难或SpO2明显低于基线才需住院。
        pytest.param(
            [
                "47岁女 发烧咳嗽4天 咳铁锈色痰 咳嗽时右边胸口痛",
                "T 38.9 R 22 BP 124/80 HR 102 SpO2 95% 神志清",
                "右下肺湿啰音",
            ],
            _patient(17375, "female", (), pregnant=False),
            id="r84-zh-030",
        ),  # NICE NG138 Pneumonia (community-acquired): CRB-65评分0分为低风险，可在基层当天开始抗生素治疗并随访。
        pytest.param(
            [
                "3岁女宝 拉肚子呕吐2天 一天拉七八次水样便",
                "尿少 今天只尿了2次 嘴唇干 哭的时候眼泪少",
                "精神还好 会玩 手脚暖 毛细血管充盈2秒",
            ],
            _patient(1215, "female", (), pregnant=None),
            id="r84-zh-031",
        ),  # NICE CG84 Diarrhoea and vomiting in children: 有临床脱水表现(尿少、口干、泪少)但无休克征象者需当天评估并给予口服补液治疗。
        pytest.param(
            [
                "41岁男 右侧腰腹绞痛 放射到大腿根 中医说石淋",
                "尿潜血3+ 不发烧 T 36.8 打了一针双氯芬酸后好多了",
                "以前有过肾结石 两个肾都在",
            ],
            _patient(15095, "male", ("kidney stones",), pregnant=None),
            id="r84-zh-032",
        ),  # NICE NG118 Renal and ureteric stones: 无发热、疼痛可控且非孤立肾者可在基层给予NSAID镇痛并24小时内安排影像学检查，伴发热或孤立肾才需立即转诊。
        pytest.param(
            [
                "55岁 类风湿 吃雷公藤多苷片2个月",
                "今天复查血常规 WBC 2.1 中性粒 0.9 血小板 98",
                "不发烧 没喉咙痛 嘴里有个小溃疡",
            ],
            _patient(20165, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r84-zh-033",
        ),  # 雷公藤多苷片说明书及NICE NG151 Neutropenic sepsis: 雷公藤可致骨髓抑制，WBC<3.0×10^9/L应停药；中性粒细胞<1.0需当天评估，伴发热时才按粒缺发热立即急救。
        pytest.param(
            [
                "77岁 心衰 这几天脚肿又上来了 中医说阳虚水泛",
                "4天体重长了3公斤 走几步就喘 晚上要垫两个枕头",
                "SpO2 94% R 20 HR 92 BP 138/84 坐着说话不喘",
            ],
            _patient(28385, "female", ("heart failure", "hypertension"), pregnant=False),
            id="r84-zh-034",
        ),  # ESC Heart Failure Guidelines 2021/NICE NG106: 数天内体重增加>2 kg伴水肿和劳力性气促加重为心衰失代偿，需当天评估调整利尿剂；静息呼吸困难、低氧或低血压才需紧急住院。
        pytest.param(
            [
                "4周男宝 这3天吃完奶就喷射样吐 吐的是奶 没有绿的",
                "吐完马上又想吃 很饿的样子 体重比前几天掉了一点",
                "尿还可以 精神还行",
            ],
            _patient(28, "male", (), pregnant=None),
            id="r84-zh-035",
        ),  # BMJ Best Practice Pyloric stenosis/NICE CKS: 2-8周婴儿进食后喷射性非胆汁性呕吐疑幽门狭窄，需当天转诊儿外科行超声及电解质评估；胆汁性呕吐才属立即急救。
        pytest.param(
            [
                "28岁男 咽痛5天 左边越来越痛 中医说乳蛾",
                "现在张嘴张不大 说话像含着东西 悬雍垂往右偏",
                "口水能咽下去 不喘 T 38.2",
            ],
            _patient(10550, "male", (), pregnant=None),
            id="r84-zh-036",
        ),  # NICE NG84 Sore throat (acute): 疑似扁桃体周脓肿应当天转诊耳鼻喉科，出现喘鸣等气道受阻表现才需立即急救。
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "36F woke up this morning with R face drooping, can't close R eye fully, R forehead won't wrinkle, food collects in R cheek. she sat by open bus window yesterday and thinks it's 面瘫 from wind",
                "arms and legs normal strength, speech clear apart from floppy lip, walking fine, no headache, no ear rash. BP 124/80",
            ],
            _patient(13217, "female", (), pregnant=False),
            id="r84-en-004",
        ),  # NICE CKS Bell's palsy: isolated acute lower motor neurone facial weakness involving the forehead with no limb, speech or other neurological deficit is Bell's palsy rather than stroke, and needs prompt doctor assessment to start prednisolone within 72 hours of onset.
        pytest.param(
            [
                "22F first time acupuncture, about 5 min in she went pale, sweaty, said she felt sick then fainted ~10 sec",
                "needles out, laid flat legs up, she came round straight away, fully oriented now. HR 70, BP 110/70, 血糖 5.6. no chest pain or palpitations before, no heart history, no fits",
            ],
            _patient(8180, "female", (), pregnant=False),
            id="r84-en-005",
        ),  # ESC 2018 Guidelines for syncope: reflex (vasovagal) syncope with a clear trigger such as needling (晕针), typical prodrome and rapid full recovery in a young person without cardiac features is low-risk and needs only reassurance.
        pytest.param(
            [
                "44F, 崩漏 for 6 months - periods heavy 8 days with clots, changes pad every 2-3h on heavy days, TCM said 脾不统血",
                "period ended 3 days ago. Hb 98, HR 78, BP 118/72, no dizziness standing up. preg test neg",
            ],
            _patient(16105, "female", (), pregnant=False),
            id="r84-en-009",
        ),  # NICE NG88 Heavy menstrual bleeding: chronic heavy menstrual bleeding in a haemodynamically stable woman with mild anaemia is managed with FBC, iron and routine GP assessment/referral, not acute care.
        pytest.param(
            [
                "wife called v worried, husband had cupping yesterday, now his back has round dark purple circles, 'looks like bruises, is bad blood coming out??'",
                "he feels fine, no pain, no fever, not on any blood thinners, no bleeding from anywhere else",
            ],
            _patient(17255, "male", (), pregnant=None),
            id="r84-en-010",
        ),  # NCCIH (US National Center for Complementary and Integrative Health) on cupping: round bruise-like marks are an expected effect of cupping and fade over days to weeks without treatment in people without bleeding disorders or anticoagulants.
        pytest.param(
            [
                "59M, had a spell of chest tightness 胸闷 yesterday morning (~30h ago) walking uphill, lasted about 15 min, some sweat, went off after resting",
                "today no pain at all, feels fine. BP 138/84, HR 72, SpO2 98%. smoker, no previous heart problems. he wants 宽胸 herbs",
            ],
            _patient(21547, "male", ("hyperlipidemia",), pregnant=None),
            id="r84-en-014",
        ),  # NICE CG95 Chest pain of recent onset: a person with suspected ACS whose last episode of pain was 12-72 hours ago and who is now pain-free should be referred for same-day hospital assessment rather than as an emergency.
        pytest.param(
            [
                "29M, bright red blood on toilet paper and dripping in bowl after stools x1 wk, constipated, eats a lot of spicy hotpot. TCM colleague says 肠风下血",
                "no black stool, no weight loss, no change in bowel habit except hard stools, no family hx bowel cancer. feels well, BP 122/76 HR 70",
            ],
            _patient(10835, "male", (), pregnant=None),
            id="r84-en-015",
        ),  # NICE NG12 Suspected cancer: rectal bleeding in a person under 50 without weight loss, altered bowel habit, anaemia or haemodynamic compromise does not meet urgent criteria and likely haemorrhoidal bleeding is assessed at a routine appointment.
        pytest.param(
            [
                "33F started a new decoction 2 days ago, since this morning itchy raised wheals on arms and trunk, come and go",
                "no lip or tongue swelling, no throat tightness, breathing fine, no vomiting or dizziness. BP 118/74, SpO2 99%",
            ],
            _patient(12135, "female", (), pregnant=False),
            id="r84-en-019",
        ),  # NICE CKS Urticaria: acute urticaria without angioedema or features of anaphylaxis is managed with a non-sedating antihistamine and avoidance of the suspected trigger.
        pytest.param(
            [
                "38M rolling around with L loin pain to groin since 2h, TCM colleague says 石淋. gave diclofenac 75mg IM 40 min ago, now pain down to 3/10",
                "T 36.8, HR 84, BP 134/82, urine dip blood 3+, nitrite neg. has both kidneys, no previous stones",
            ],
            _patient(14092, "male", (), pregnant=None),
            id="r84-en-020",
        ),  # NICE NG118 Renal and ureteric stones: suspected renal colic with pain controlled by an NSAID, no fever and two functioning kidneys does not need emergency admission but needs prompt assessment and imaging within 24 hours.
        pytest.param(
            [
                "57F, 眩晕 3 days: room spins when she lies down or rolls to the R in bed, lasts under a minute, then fine",
                "no headache, no hearing loss, no double vision, speech and walking normal between spells, BP 128/80. she's scared it's 中风先兆",
            ],
            _patient(20871, "female", (), pregnant=False),
            id="r84-en-024",
        ),  # NICE CKS Benign paroxysmal positional vertigo: brief positional vertigo lasting under a minute with no other neurological symptoms or signs is BPPV, managed with an Epley manoeuvre at a routine appointment.
        pytest.param(
            [
                "27yo at 35 wks, ankles swollen by evening, better in the morning, TCM says 子肿",
                "BP 116/72, urine protein neg, no headache, no vision change, face and hands not puffy, baby moving well",
            ],
            _patient(9995, "female", (), pregnant=True),
            id="r84-en-025",
        ),  # NICE NG201 Antenatal care: gradual dependent ankle oedema in late pregnancy with normal blood pressure and no proteinuria is a common symptom managed with advice such as leg elevation.
        pytest.param(
            [
                "66M, burning stabbing pain L chest wrapping round to his back for 3 days, he was worried about his heart",
                "today small blisters came out in a band along L ribs from spine to front, not crossing midline, skin very sore to touch. not breathless, BP 132/80, HR 76",
            ],
            _patient(24145, "male", ("hypertension",), pregnant=None),
            id="r84-en-029",
        ),  # NICE CKS Shingles: dermatomal pain with a unilateral vesicular rash is herpes zoster, and in people over 50 oral antivirals should be started within 72 hours of rash onset.
        pytest.param(
            [
                "71M HTN on nifedipine, TCM colleague says 肝阳上亢, face red, wiry pulse",
                "BP 168/98 today (150/92 last month). missed 2 doses this week. no headache, no chest pain, no weakness, no vision change",
            ],
            _patient(26105, "male", ("hypertension",), pregnant=None),
            id="r84-en-030",
        ),  # 国家基层高血压防治管理指南2020: BP below 180/110 mmHg without acute symptoms does not require referral; reinforce adherence, adjust treatment and recheck within 2-4 weeks.
        pytest.param(
            [
                "3yo girl fever since this morning 38.6, runny nose, mum did 推拿 清天河水 and wants herbs",
                "playing, eating a bit, drinking well, 4 wet nappies today, no rash, breathing normal, cap refill under 2s",
            ],
            _patient(1215, "female", (), pregnant=None),
            id="r84-en-034",
        ),  # NICE NG143 Fever in under 5s: a febrile child with only green (no amber or red) features can be cared for at home with advice on fluids, antipyretics and when to seek help.
        pytest.param(
            [
                "35F had acupuncture for upper back pain this afternoon, needles along 膀胱经 BL13-BL15",
                "evening now mild sharp pain L upper chest on deep breath, not breathless at rest, walking about ok. RR 16, SpO2 98%, HR 80, BP 118/72, breath sounds sound equal to me",
            ],
            _patient(12819, "female", (), pregnant=False),
            id="r84-en-035",
        ),  # BTS Guideline for pleural disease 2023: suspected pneumothorax needs chest imaging, but a minimally symptomatic patient without hypoxaemia or haemodynamic compromise can be managed conservatively/ambulatory rather than by emergency transfer.
        pytest.param(
            [
                "64M, 胸痹 for 3 months: chest tightness only when walking fast uphill or carrying heavy things, goes in 2-3 min when he stops. same pattern all along, not more often",
                "never at rest, no pain now, BP 136/82, HR 70. wants herbs",
            ],
            _patient(23560, "male", ("hypertension", "hyperlipidemia"), pregnant=None),
            id="r84-en-039",
        ),  # NICE CG95 Chest pain of recent onset: stable exertional chest pain relieved by rest within minutes, without rest pain or a crescendo pattern, is assessed as suspected stable angina via the rapid-access chest pain clinic, not as acute coronary syndrome.
        pytest.param(
            [
                "24M eyes a bit yellow after 3 days 'detox fasting' on herbal tea. has had same before when not eating, told Gilbert's years ago",
                "feels well, urine and stools normal colour. LFT today: TBil 38, direct 5, ALT/AST/ALP normal, Hb normal",
            ],
            _patient(8840, "male", ("gilbert syndrome",), pregnant=None),
            id="r84-en-040",
        ),  # BSG guidelines on the management of abnormal liver blood tests 2018: isolated unconjugated hyperbilirubinaemia with normal liver enzymes and full blood count, provoked by fasting, is consistent with Gilbert's syndrome and needs no further action.
        pytest.param(
            [
                "69F rheumatic AF on warfarin, daughter worried: big purple patches on both legs and arms past 4-5 days, no knocks. daughter thinks it's 血瘀 coming out, started her on 活血 capsules (丹参 + 红花) 2 wks ago",
                "no nosebleed, no black stool, urine normal colour, no headache. BP 126/78. last INR a month ago 2.4",
            ],
            _patient(25205, "female", ("atrial fibrillation", "mitral stenosis"), pregnant=False),
            id="r84-en-044",
        ),  # BSH Guideline on oral anticoagulation with warfarin: unexplained bruising in a patient taking warfarin warrants an INR check and dose review the same day, and 丹参/红花 can potentiate warfarin.
        pytest.param(
            [
                "54F, hands numb and tingling at night esp thumb, index and middle fingers, wakes her, shakes her hands to get relief, 2 months. family worried it's 中风先兆",
                "no face droop, no weakness, speech ok, BP 126/78. she works folding dumplings all day",
            ],
            _patient(19900, "female", (), pregnant=False),
            id="r84-en-045",
        ),  # NICE CKS Carpal tunnel syndrome: nocturnal paraesthesia in the median nerve distribution relieved by shaking the hands is typical carpal tunnel syndrome, managed with routine assessment and wrist splinting.
        pytest.param(
            [
                "grandma brought 2yo boy, says his palms and soles look yellow, worried about 黄疸. she's been feeding him lots of pumpkin and carrot congee and a 'spleen' porridge with 枸杞",
                "whites of his eyes are white, not yellow. urine pale, stools normal colour. eating, playing, growing fine",
            ],
            _patient(880, "male", (), pregnant=None),
            id="r84-en-049",
        ),  # BMJ Best Practice assessment of jaundice: yellow palms and soles with white sclerae after high intake of carotene-rich foods is benign carotenaemia that resolves with dietary change, unlike true jaundice which stains the sclera.
        pytest.param(
            [
                "52M says 心悸, heart racing and fluttering since yesterday evening, TCM dr noted 促脉, pulse irregular",
                "HR ~112 irregularly irregular, BP 134/86, SpO2 97%. no chest pain, not breathless, no dizziness or fainting. no previous heart problems",
            ],
            _patient(19079, "male", (), pregnant=None),
            id="r84-en-050",
        ),  # NICE NG196 Atrial fibrillation: emergency cardioversion is for new AF with life-threatening haemodynamic instability, while stable new-onset AF needs prompt ECG confirmation and assessment for rate/rhythm control and stroke risk.
        pytest.param(
            [
                "37F, 心悸 on and off 2 months, feels a 'skipped beat then a thump', worse with coffee and lying down at night. TCM said 结脉",
                "ECG today: sinus 74 with occasional PVCs, otherwise normal. no fainting, no chest pain, no SOB, BP 116/74",
            ],
            _patient(13565, "female", (), pregnant=False),
            id="r84-en-054",
        ),  # NICE CKS Palpitations: intermittent palpitations with isolated ectopic beats on ECG and no syncope, chest pain, breathlessness or family history of sudden death can be evaluated at a routine appointment.
        pytest.param(
            [
                "26M T1DM came for acupuncture on an empty stomach, got shaky and sweaty during session, sugar 3.6",
                "gave 15g glucose tabs, 15 min later 6.1, then had a bun. now fine, clear-headed, walking normally. no severe hypos before",
            ],
            _patient(9670, "male", ("type 1 diabetes",), pregnant=None),
            id="r84-en-055",
        ),  # ADA Standards of Care in Diabetes 2024: level 1 hypoglycaemia (3.0-3.9 mmol/L) in a conscious person is treated with 15-20 g glucose, rechecked at 15 minutes and followed by a meal, with no further acute care needed.
        pytest.param(
            [
                "63F HTN, ran out of amlodipine 2 wks ago, been drinking 天麻钩藤 decoction for '肝阳上亢' instead",
                "BP 184/122, repeat 182/118. no headache, no chest pain, no weakness, no vision change, no vomiting, speech normal, no SOB",
            ],
            _patient(23035, "female", ("hypertension",), pregnant=False),
            id="r84-en-059",
        ),  # NICE NG136 Hypertension in adults: BP ≥180/120 without retinal haemorrhage, papilloedema or life-threatening symptoms does not need emergency referral but needs prompt target-organ assessment and (re)starting antihypertensive treatment.
        pytest.param(
            [
                "45M routine LFT: ALT 88 (ULN 40), AST 60, bilirubin normal. he's been taking 何首乌 for his hair 3 wks",
                "no jaundice, no dark urine, feels well, no abdo pain, no itching",
            ],
            _patient(16440, "male", (), pregnant=None),
            id="r84-en-060",
        ),  # 中国药物性肝损伤诊治指南(2023年版): mild asymptomatic liver injury (ALT <3×ULN with normal bilirubin) is managed by stopping the suspect herb (何首乌) and repeating liver tests in 1-2 weeks.
        pytest.param(
            [
                "64岁 高血压 这两天头晕头胀 面红 口苦 舌红苔黄 脉弦 中医说肝阳上亢 眩晕",
                "今天BP 186/112 休息后 182/110",
                "没有胸痛 不喘 说话清楚 手脚有劲 看东西不模糊 不吐",
            ],
            _patient(23420, "female", ("hypertension",), pregnant=False),
            id="r84-zh-037",
        ),  # 国家基层高血压防治管理指南(2020): 血压≥180/110 mmHg但无剧烈头痛呕吐、神经功能缺损、胸痛或心衰等急性表现者不属于紧急转诊情形，应当天调整口服降压药并密切复测。
        pytest.param(
            [
                "36岁女 今天早上起来左边嘴歪 喝水漏 左眼闭不严",
                "抬眉毛左边额头也皱不起来 手脚都好 说话清楚 没头痛",
                "想找我们扎针治面瘫 中医说风邪中络",
            ],
            _patient(13380, "female", (), pregnant=False),
            id="r84-zh-039",
        ),  # NICE CKS Bell's palsy: 累及额肌的孤立性周围性面瘫且无肢体无力等其他神经体征为贝尔麻痹，应当天评估并在72小时内开始泼尼松龙及眼保护，非卒中急救。
        pytest.param(
            [
                "69岁糖尿病 吃格列齐特 又自己加了消渴丸 下午在田里干活突然心慌手抖出冷汗",
                "测血糖 3.2 喝了糖水吃了饼干 20分钟后复测 6.5",
                "现在人清楚 说话正常",
            ],
            _patient(25205, "male", ("diabetes",), pregnant=None),
            id="r84-zh-041",
        ),  # 中国2型糖尿病防治指南(2020年版): 口服糖类已纠正的1级低血糖无需急救，但磺脲类(消渴丸含格列本脲)所致低血糖易反复，需当天医生评估停用消渴丸、调整方案并加强监测。
        pytest.param(
            [
                "43岁女 上午在肩胛区针灸 回家后觉得右边胸口有点闷 深吸气有点痛",
                "现在来复诊 R 16 HR 84 SpO2 97% 说话正常",
                "两边呼吸音听着差不多 右边好像稍微低一点",
            ],
            _patient(15855, "female", (), pregnant=False),
            id="r84-zh-042",
        ),  # BTS Guideline for Pleural Disease (2023): 针刺后疑似气胸但生命体征平稳、无明显气促者需当天胸片明确，小量少症状气胸可门诊保守处理，不属于立即急救情形。
        pytest.param(
            [
                "44岁 肌瘤 这次月经15天了还没干净 中医说崩漏 气不摄血",
                "量比平时多 一天换5 6片 有小血块 乏力 hcg阴性",
                "Hb 85 HR 92 BP 112/70 站起来不头晕",
            ],
            _patient(16360, "female", ("uterine fibroids",), pregnant=False),
            id="r84-zh-043",
        ),  # ACOG Committee Opinion No.557 Management of acute abnormal uterine bleeding: 血流动力学稳定的急性异常子宫出血伴贫血需当天妇科评估止血和纠正贫血，仅在血流动力学不稳时才需紧急处理。
        pytest.param(
            [
                "61岁 今天早上开始心里扑腾扑腾 中医说心悸 脉结代",
                "心电图 房颤 心室率118 BP 136/84",
                "没胸痛 不喘 没晕过 以前没查出过房颤",
            ],
            _patient(22300, "male", ("hypertension",), pregnant=None),
            id="r84-zh-044",
        ),  # NICE NG196 Atrial fibrillation: 新发房颤伴血流动力学不稳才需紧急入院，血流动力学稳定者需当天评估心率控制和卒中风险(48小时内可考虑复律转诊)。
        pytest.param(
            [
                "47岁男 抽烟20多年 最近2周早上痰里有点血丝 中医说咳血 肺热",
                "量很少 就几条血丝 不发烧 体重没掉",
                "不喘 SpO2 98%",
            ],
            _patient(17240, "male", (), pregnant=None),
            id="r84-zh-045",
        ),  # NICE NG12 Suspected cancer: 40岁以上不明原因咯血应按疑似癌症通道在2周内安排胸片/转诊，少量痰中带血且生命体征平稳者无需急诊。
        pytest.param(
            [
                "48岁 这半年月经不规律 量多 有时候一来10天 中医叫崩漏",
                "这次已经干净了 Hb 118 没头晕",
                "想开点中药调理",
            ],
            _patient(17720, "female", (), pregnant=False),
            id="r84-zh-046",
        ),  # NICE NG88 Heavy menstrual bleeding: 围绝经期月经过多且目前无活动性大出血、无明显贫血者安排常规门诊评估(妇科检查、超声)即可。
        pytest.param(
            [
                "62岁 高血压 上个月开始吃氨氯地平5mg 最近两只脚踝傍晚肿 早上消",
                "中医说脾虚水肿 开了健脾利湿的药",
                "不喘 能平躺 体重没变 BP 132/80",
            ],
            _patient(22760, "female", ("hypertension",), pregnant=False),
            id="r84-zh-047",
        ),  # NICE CKS Hypertension/氨氯地平说明书: 二氢吡啶类钙拮抗剂常见剂量相关性双侧踝部水肿，无心衰或肾病征象者常规复诊调整用药即可。
        pytest.param(
            [
                "57岁女 眩晕 早上翻身起床时天旋地转 几十秒就过去 一天好几次",
                "中医说痰浊中阻",
                "没耳鸣 听力正常 说话走路都没问题 Dix-Hallpike 右侧阳性",
            ],
            _patient(20815, "female", (), pregnant=False),
            id="r84-zh-048",
        ),  # 良性阵发性位置性眩晕诊断和治疗指南(2017)/NICE CKS BPPV: 体位诱发的短暂眩晕、变位试验阳性且无神经系统体征者为BPPV，门诊手法复位即可。
        pytest.param(
            [
                "59岁男 两只手指头麻了3个月 早上明显 中医说气血不足 怕是中风先兆",
                "脖子酸 低头久了加重 两手握力一样 走路稳 说话清楚",
                "BP 128/80",
            ],
            _patient(21795, "male", (), pregnant=None),
            id="r84-zh-049",
        ),  # NICE CKS Neck pain - cervical radiculopathy: 慢性双手麻木且无进行性无力或脊髓病体征者安排常规门诊评估，卒中为突发的局灶神经缺损。
        pytest.param(
            [
                "70岁房颤 华法林 目标INR 2-3 最近中医方子里加了当归 川芎",
                "今天INR 3.2 没出血 没黑便 牙龈也没事",
            ],
            _patient(25700, "male", ("atrial fibrillation",), pregnant=None),
            id="r84-zh-050",
        ),  # 华法林抗凝治疗的中国专家共识: INR轻度超出目标范围(<4.5)且无出血时可维持或略减剂量并在1周左右复查，同时告知活血类中药可能增强抗凝作用。
        pytest.param(
            [
                "45岁男 体检发现血压高 中医说肝火旺 他自己觉得有点头胀",
                "今天量了两次 162/100 158/98",
                "没头痛 没胸闷 看东西不模糊",
            ],
            _patient(16515, "male", (), pregnant=None),
            id="r84-zh-051",
        ),  # 国家基层高血压防治管理指南(2020): 首次发现血压升高但<180/110 mmHg且无急症表现者，应在4周内非同日复测确诊并评估心血管风险后启动治疗。
        pytest.param(
            [
                "63岁 高血压 近3个月爬3楼以上或者走快了胸口闷 中医说胸痹 心血瘀阻",
                "歇一两分钟就好 一直这样 没加重 平时和晚上不发",
                "最后一次是上周 今天没症状 心电图大致正常",
            ],
            _patient(23225, "male", ("hypertension",), pregnant=None),
            id="r84-zh-052",
        ),  # NICE CG95 Chest pain of recent onset: 数月来稳定、仅较大劳力诱发且休息即缓解、近期无静息发作的稳定型心绞痛应转诊快速胸痛门诊，非急性冠脉综合征无需紧急转运。
        pytest.param(
            [
                "22岁男 第一次扎针 扎到第3针说头晕眼前发黑 出冷汗 晕过去几秒",
                "马上起针平躺 1分钟就醒了 喝了点糖水",
                "现在BP 112/70 HR 72 说话正常 没有胸痛心慌 以前身体好",
            ],
            _patient(8080, "male", (), pregnant=None),
            id="r84-zh-053",
        ),  # NICE CG109 Transient loss of consciousness: 有明确诱因(疼痛、针刺)和前驱症状且迅速完全恢复的单纯血管迷走性晕厥(晕针)无需进一步转诊，休息观察即可。
        pytest.param(
            [
                "34岁女 昨天自己在家艾灸肚子 烫了个小水疱 黄豆大",
                "周围不怎么红 不发烧 没糖尿病",
            ],
            _patient(12510, "female", (), pregnant=False),
            id="r84-zh-054",
        ),  # NICE CKS Burns and scalds: 非特殊部位、面积很小(<1%体表面积)且无感染的浅表烫伤可自行护理，保持清洁覆盖。
        pytest.param(
            [
                "40岁男 昨天中暑刮了痧 今天老婆一看背上全是紫红一条条的 吓一跳 以为是出血了",
                "不疼 人好好的 不发烧 没吃抗凝药 牙龈鼻子都不出血",
            ],
            _patient(14800, "male", (), pregnant=None),
            id="r84-zh-055",
        ),  # 中医医疗技术操作规范(刮痧，国家中医药管理局): 刮痧后出现紫红色痧痕为正常反应，一般数天内自行消退，无需处理。
        pytest.param(
            [
                "25岁女 最近加班熬夜 每天3杯咖啡 晚上躺下觉得心跳快 中医说心悸 心神不宁",
                "心电图 窦性心律 HR 88",
                "没晕过 没胸痛 运动时没事 家里没有猝死的人",
            ],
            _patient(9195, "female", (), pregnant=False),
            id="r84-zh-056",
        ),  # NICE CKS Palpitations: 无晕厥、无运动诱发、无猝死家族史且心电图正常、与咖啡因和睡眠不足相关的心悸可通过生活方式调整自我管理。
        pytest.param(
            [
                "31岁男 前两天吃了火锅 大便干 擦屁股纸上有鲜血 中医说便血 肠风",
                "血是鲜红的 在大便表面 量少 肛门口有个小肉球 不疼",
                "没有黑便 体重没掉 家里没人得肠癌",
            ],
            _patient(11605, "male", (), pregnant=None),
            id="r84-zh-057",
        ),  # NICE CKS Haemorrhoids及NG12: 50岁以下、无贫血、体重下降或排便习惯改变的少量鲜红色便血(痔疮)可自我护理(增加纤维、软化大便)。
        pytest.param(
            [
                "2岁男宝 今天下午开始发烧 39.5 家长吓坏了 来做推拿",
                "吃了布洛芬降到38.2 现在在诊室跑来跑去玩 要水喝",
                "皮肤粉红 没皮疹 尿正常 没有抽",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r84-zh-058",
        ),  # NICE NG143 Fever in under 5s: 仅有发热而无黄色或红色特征(反应好、肤色正常、进食饮水尿量正常)属绿色低危，可在家护理并告知警示症状。
        pytest.param(
            [
                "孕28周 27岁 这几天傍晚脚踝有点肿 早上就消了 婆婆说是子肿",
                "BP 112/70 尿蛋白 阴性",
                "没有头痛 眼花 上腹痛 手和脸不肿",
            ],
            _patient(9895, "female", (), pregnant=True),
            id="r84-zh-059",
        ),  # NICE NG201 Antenatal care: 孕晚期轻度下肢水肿常见，血压和尿蛋白正常且无子痫前期症状者为生理性，抬高下肢等自我护理即可。
        pytest.param(
            [
                "7岁女孩 天热 中医说上火 早上流鼻血 家长很紧张",
                "捏住鼻翼10分钟就止住了 量不多",
                "以前偶尔有 没有别的地方出血 没淤青 精神好",
            ],
            _patient(2755, "female", (), pregnant=None),
            id="r84-zh-060",
        ),  # NICE CKS Epistaxis (nosebleeds): 儿童前鼻出血经压迫止血且无出血性疾病征象者可自我护理。
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
