# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-second held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of the
county-level emergencies a village doctor meets: snakebite, swarms of bees and wasps, dog and cat
bites, farm machinery and electric shock, falls from height, carbon monoxide, alcohol, pesticide and
paraquat, heat stroke, drowning, and the chronic diseases going wrong at home; 12 emergencies, 24
same-day and 24 look-alikes a set). Before these fixes the rules found 12 of 12 and 11 of 12
emergencies, graded 18 of 24 and 18 of 24 same-day cases exactly (English, Chinese) and sent 1 and 4
look-alikes to emergency. Missed: a krait bite told as 被什么咬了一下 and a banded snake seen crawling
away, with drooping eyelids, double vision and choking on water four hours later.

What changed: a bite followed by a snake seen (咬了一下……小蛇), the banded krait and other named venomous
snakes, and 眼皮抬不起来 are read. After: 12/12, 12/12; 18/24, 18/24; look-alikes 23/24, 20/24.

Left, sent to emergency: pesticide on the skin without systemic signs (r102-en-041, r102-zh-043;
read as poisoning), a TIA resolved in 20 minutes (r102-zh-037), a sulfonylurea hypoglycaemia
corrected (r102-zh-038), a feared carbon monoxide with no source (r102-zh-044); graded emergency by
the rules' sources: a head injury on warfarin (r102-en-018, r102-zh-030), alcohol withdrawal with
tremor and HR 104 (r102-zh-018), a 380 V shock with entry and exit marks (r102-zh-035); graded
routine: angina two nights ago (r102-en-026), a spitting cobra's venom in the eyes (r102-en-031),
cloudy PD fluid (r102-en-034), heat and furosemide with a postural drop (r102-en-035, r102-zh-034),
a dog nip (r102-en-036), a shock from a washing machine at 28 weeks (r102-zh-016), 5 jin gained in 3
days in heart failure (r102-zh-024)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "28M, woke at 4am with belly pain and vomiting, he sleeps on a floor mat in the shed",
                "family found a black and white banded snake under the bed this morning, no bite mark seen",
                "now says eyelids feel heavy, can't open eyes fully, words a bit slurred",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r102-en-001",
        ),  # WHO Guidelines for the Management of Snakebites (SEARO, 2nd ed. 2016), krait envenoming: krait bites are often painless with no local signs, and ptosis or bulbar weakness marks neurotoxic envenoming needing antivenom and ventilatory support in hospital.
        pytest.param(
            [
                "52F bitten on right foot by a snake in the tea field 2h ago, husband says brown with a triangle head",
                "swelling now past the knee, blood blister at the bite",
                "gums ooze when she spits, bruise came up under the BP cuff",
            ],
            _patient(18980, "female", (), pregnant=None),
            id="r102-en-002",
        ),  # Chinese Expert Consensus on Snakebite Management (2018), viper envenoming: rapidly progressive swelling with spontaneous systemic bleeding is severe haemotoxic envenoming requiring antivenom in hospital without delay.
        pytest.param(
            [
                "67M disturbed a hornet nest cutting firewood yesterday pm, about 40 stings on head and arms",
                "said he was ok last night, today only passing small amounts of urine, looks like strong tea",
                "BP 158/94 P 102, weak and nauseous",
            ],
            _patient(24455, "male", ("hypertension",), pregnant=None),
            id="r102-en-003",
        ),  # Chinese Expert Consensus on Standardized Diagnosis and Treatment of Wasp Stings (2018): multiple stings with dark (haemoglobin/myoglobin) urine or oliguria indicate haemolysis/rhabdomyolysis and acute kidney injury needing hospital care with blood purification.
        pytest.param(
            [
                "9yo stung by a bee on the neck at school 15 min ago",
                "itchy red blotches spreading over chest and back",
                "teacher says his voice has gone hoarse and he keeps clearing his throat and coughing",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r102-en-004",
        ),  # Resuscitation Council UK, Emergency Treatment of Anaphylaxis (2021): sudden skin features plus an airway problem (hoarse voice, throat tightness) after a sting is anaphylaxis; give IM adrenaline and call for emergency help.
        pytest.param(
            [
                "19F after a fight with boyfriend drank from a bottle of weedkiller about 1h ago, says she spat most out",
                "mum brought the bottle, label says paraquat 20%",
                "she's calm, talking, BP 112/70, only complains mouth and throat sting",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="r102-en-005",
        ),  # Chinese Expert Consensus on Diagnosis and Treatment of Acute Paraquat Poisoning (2013/2022): any oral ingestion is potentially fatal even when the patient looks well early, and needs immediate decontamination and hospital management.
        pytest.param(
            [
                "45M spraying the rice paddy this morning, no mask",
                "now sweating heavily, drooling, vomited twice, pupils pinpoint",
                "muscles twitching on arms and chest, HR 52",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r102-en-006",
        ),  # Chinese Clinical Expert Consensus on Acute Organophosphorus Pesticide Poisoning (2016): muscarinic signs plus nicotinic signs (fasciculations) after exposure mean moderate to severe poisoning needing atropine and oxime therapy in hospital.
        pytest.param(
            [
                "old couple, neighbour found them this morning, coal briquette stove in the bedroom with the windows shut",
                "husband had headache and vomiting, sitting outside now and improving",
                "wife very sleepy, answers slowly, doesn't know where she is",
                "her SpO2 98%",
            ],
            _patient(28470, "female", ("hypertension",), pregnant=None),
            id="r102-en-007",
        ),  # Chinese Expert Consensus on Diagnosis and Treatment of Acute Carbon Monoxide Poisoning (2022): exposure with impaired consciousness is moderate-severe poisoning needing high-flow oxygen and hyperbaric-capable hospital care; pulse oximetry is falsely normal in CO poisoning.
        pytest.param(
            [
                "58M harvesting corn all afternoon, about 36 deg out",
                "wife says he started talking nonsense and staggering",
                "skin hot and dry, axillary temp 40.1, HR 128, BP 96/58",
            ],
            _patient(21170, "male", ("diabetes",), pregnant=None),
            id="r102-en-008",
        ),  # Chinese Expert Consensus on Diagnosis and Treatment of Heat Stroke (2019): heat exposure with core temperature above 40 C and central nervous system dysfunction is heat stroke, requiring on-site cooling and transfer to hospital.
        pytest.param(
            [
                "4yo girl fell in the fish pond, under the water maybe a minute before grandpa pulled her out",
                "she coughed and vomited water, crying now",
                "30 min on she's breathing fast RR 44, still coughing, SpO2 91% on air",
            ],
            _patient(1460, "female", (), pregnant=None),
            id="r102-en-009",
        ),  # ERC Guidelines 2021, Cardiac Arrest in Special Circumstances (drowning): persistent cough, tachypnoea or hypoxaemia after submersion indicate aspiration and need hospital evaluation and oxygen.
        pytest.param(
            [
                "41M fell off his roof fixing tiles, about 4 m, landed on left side",
                "says he's fine, just sore left ribs and upper belly",
                "pale and sweaty, P 126, BP 86/60, cap refill 4 s",
            ],
            _patient(14965, "male", (), pregnant=None),
            id="r102-en-010",
        ),  # ACS National Guideline for the Field Triage of Injured Patients (2021) and NICE NG39 Major Trauma: fall from height with systolic BP <90 and tachycardia signals haemorrhagic shock requiring a trauma centre.
        pytest.param(
            [
                "34M farmer, irrigation pipe he was carrying touched the overhead power line",
                "thrown to the ground, out for a short while, now awake",
                "burn marks on right palm and left sole, pulse irregular about 110",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r102-en-011",
        ),  # ERC Guidelines 2021, Special Circumstances (electrical injury): high-voltage injury with loss of consciousness, entry/exit burns or arrhythmia needs hospital cardiac monitoring and burn care.
        pytest.param(
            [
                "63M on insulin, drank baijiu at a village banquet last night, skipped dinner",
                "son found him this morning hard to wake, snoring, sweaty",
                "finger glucose 2.1, can't swallow properly when we give sugar water",
            ],
            _patient(22995, "male", ("type 2 diabetes",), pregnant=None),
            id="r102-en-012",
        ),  # ADA Standards of Care in Diabetes 2024, Section 6: level 3 hypoglycaemia with impaired consciousness must not be treated orally; give glucagon or IV glucose and activate emergency services, and alcohol with insulin prolongs hypoglycaemia.
        pytest.param(
            [
                "半夜睡地铺被什么咬了一下手指,不怎么痛,家属说看到一条黑白一圈一圈的小蛇爬走了",
                "现在过了4个小时,手指上就两个小点,基本不肿",
                "刚才说眼皮抬不起来,看东西重影,喝水有点呛",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r102-zh-001",
        ),  # WHO SEARO Guidelines for the management of snakebites (2nd ed., 2016), krait envenoming: a painless night-time bite with minimal local signs followed by ptosis, diplopia or difficulty swallowing means neurotoxic envenoming that can progress to respiratory paralysis, needing antivenom and airway support in hospital at once.
        pytest.param(
            [
                "采茶时右脚踝被蛇咬了,家里人说是三角头、背上一块一块方形花纹的",
                "咬了2个小时,肿到膝盖上面了,起了血泡",
                "刷牙牙龈一直渗血,咬的针眼那里也一直流血止不住",
            ],
            _patient(21170, "female", (), pregnant=False),
            id="r102-zh-002",
        ),  # China expert consensus on snakebite management (中国蛇伤救治专家共识, 2018) and WHO SEARO snakebite guideline 2016: rapidly spreading swelling beyond the bitten segment plus spontaneous systemic bleeding marks severe haemotoxic pit-viper envenoming requiring antivenom in hospital without delay.
        pytest.param(
            [
                "上山砍柴捅到马蜂窝,头颈和两只手臂被蜇了30多处",
                "是昨天下午的事,当时涂了点药就回家了",
                "今天尿是酱油色的,一上午只尿了一点点,浑身没劲",
            ],
            _patient(24455, "male", ("高血压",), pregnant=None),
            id="r102-zh-003",
        ),  # Chinese expert consensus on standardized diagnosis and treatment of wasp stings (胡蜂蜇伤规范化诊治中国专家共识, 2018): ten or more stings with dark (soy-sauce) urine and oliguria indicate haemolysis/rhabdomyolysis with acute kidney injury, needing hospital care including blood purification straight away.
        pytest.param(
            [
                "采茶时右手被蜜蜂蛰了一下,十几分钟前",
                "现在全身起风团,说嗓子发紧,声音变哑了",
                "bp 82/50 hr 128,头晕想吐",
            ],
            _patient(15330, "female", (), pregnant=False),
            id="r102-zh-004",
        ),  # World Allergy Organization Anaphylaxis Guidance 2020: skin signs with airway involvement and hypotension within minutes of a sting is anaphylaxis, requiring IM adrenaline and emergency hospital transfer.
        pytest.param(
            [
                "和家里人吵架后喝了一口百草枯,说马上吐掉了,只是含了一下",
                "半小时前的事,现在人很清醒,除了嘴里有点辣没什么不舒服",
                "家属问能不能先回家看看",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="r102-zh-005",
        ),  # Chinese consensus on paraquat poisoning (百草枯中毒诊断与治疗'泰山共识', 2014): any oral paraquat exposure is potentially fatal even when the patient looks well early on, so immediate hospital decontamination and assessment are required.
        pytest.param(
            [
                "上午在棉花地里打药,中午开始说头晕出汗,家里以为是中暑",
                "现在满头大汗,一直流口水,吐了好几次,身上的肉一跳一跳的",
                "瞳孔很小像针尖,hr 52",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r102-zh-006",
        ),  # Chinese expert consensus on acute organophosphate pesticide poisoning (急性有机磷农药中毒诊治临床专家共识, 2016): muscarinic signs (sweating, salivation, miosis, bradycardia) plus fasciculations after spraying mean moderate-to-severe poisoning requiring atropine, oxime and hospital care at once.
        pytest.param(
            [
                "早上发现老太太叫不太醒,屋里烧了一晚上炭火盆,门窗都关着",
                "现在能睁眼但答非所问,吐了一次,说头痛",
                "指脉氧99%,嘴唇红红的",
            ],
            _patient(25550, "female", (), pregnant=None),
            id="r102-zh-007",
        ),  # NICE CKS Carbon monoxide poisoning: suspected exposure with impaired consciousness or confusion is severe poisoning needing 100% oxygen and emergency hospital admission; pulse oximetry reads falsely normal and cannot exclude it.
        pytest.param(
            [
                "这几天外面38度,老人家里没空调,今天一天没吃饭",
                "下午女儿说他讲胡话,认不出人了",
                "腋温40.6,皮肤烫,摸着干,没什么汗",
            ],
            _patient(29565, "male", ("hypertension",), pregnant=None),
            id="r102-zh-008",
        ),  # Chinese expert consensus on diagnosis and treatment of heat stroke (中国热射病诊断与治疗专家共识, 2019): high body temperature with central nervous system dysfunction after heat exposure is heat stroke, needing rapid cooling and immediate hospital transfer.
        pytest.param(
            [
                "小孩下午在水塘边玩掉下去了,拉上来前大概在水里1分钟",
                "当时咳了好多水,醒着会哭,家长就抱回家了",
                "2个小时后呼吸越来越快,rr 40多,咳粉红色泡沫痰,指脉氧91",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r102-zh-009",
        ),  # European Resuscitation Council Guidelines 2021 (drowning): a drowning victim with increasing breathlessness, frothy sputum and hypoxaemia has lung injury that can worsen quickly and needs hospital oxygen/ventilatory support immediately.
        pytest.param(
            [
                "修房顶从上面摔下来,大概3米多,左边身子先着地",
                "当时自己爬起来了,说左边肋下痛,左肩膀也痛",
                "现在脸发白出冷汗,bp 88/56 hr 124",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r102-zh-010",
        ),  # NICE NG39 Major trauma and ATLS principles: a fall over 3 m with left upper abdominal pain, shoulder-tip pain, hypotension and tachycardia indicates internal haemorrhage needing immediate transfer to a trauma centre.
        pytest.param(
            [
                "老太太糖尿病,最近三天拉肚子,吃得少,水也喝得少",
                "今天越来越没精神,叫她只哼一声",
                "血糖仪显示HI,bp 96/60,舌头很干",
            ],
            _patient(28835, "female", ("2型糖尿病", "高血压"), pregnant=False),
            id="r102-zh-011",
        ),  # ADA Standards of Care (hyperglycaemic crises) / JBDS HHS guideline: very high glucose with severe dehydration and reduced consciousness in an older person with type 2 diabetes is a hyperosmolar hyperglycaemic state needing immediate hospital IV fluids and insulin.
        pytest.param(
            [
                "老爷子心衰,这两天腿肿得厉害",
                "昨晚坐着睡的,一躺下就憋醒",
                "现在说一句话要喘几口,咳粉红泡沫痰,spo2 86 hr 118",
            ],
            _patient(27740, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r102-zh-012",
        ),  # ESC 2021 Heart Failure Guidelines (acute heart failure): orthopnoea, pink frothy sputum, respiratory distress and SpO2 below 90% indicate acute pulmonary oedema requiring immediate hospital oxygen, IV diuretics and ventilatory support.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "6yo bitten on the cheek by neighbour's dog this afternoon, dog not vaccinated",
                "two small punctures, bled a little, washed 15 min with soap and running water",
                "otherwise fine, alert, playing",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r102-en-013",
        ),  # China NHC Rabies Exposure Prophylaxis Specification (2023): a bite breaking the skin with bleeding is category III, needing wound care, rabies vaccine and rabies immunoglobulin as soon as possible, with priority for face bites.
        pytest.param(
            [
                "45F her own cat bit the back of her hand 2 days ago",
                "red patch about 4 cm round the bite now, warm, sore, fingers move fully",
                "T 37.6, no red streaks up the arm, feels ok otherwise",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r102-en-014",
        ),  # NICE NG184 Human and Animal Bites: an infected cat bite needs same-day assessment and antibiotic (co-amoxiclav), with hospital referral only if signs of serious or systemic infection.
        pytest.param(
            [
                "70M stepped on a rusty nail in the pig pen this morning, went through his shoe",
                "deep puncture in sole, dirty, bled little",
                "doesn't remember ever having a tetanus jab",
            ],
            _patient(25550, "male", ("COPD",), pregnant=None),
            id="r102-en-015",
        ),  # Chinese Guideline on Tetanus Vaccine and Passive Immunisation after Trauma (2019): a tetanus-prone wound in someone with unknown vaccination needs debridement plus tetanus vaccine and TIG/HTIG as soon as possible.
        pytest.param(
            [
                "38M cut left index finger on the rice harvester blade 1h ago",
                "deep cut on palm side of finger, bleeding stopped with pressure",
                "can't bend the tip of that finger, one side of it numb",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r102-en-016",
        ),  # BSSH Standards of Care in Hand Trauma: suspected flexor tendon or digital nerve division needs same-day hand surgery assessment with repair within days, not an immediate life threat.
        pytest.param(
            [
                "66F fell off a stepladder about 1 m picking persimmons",
                "landed on outstretched right hand, wrist swollen and bent looking",
                "fingers warm and pink, can wiggle them, no numbness, didn't hit her head",
            ],
            _patient(24090, "female", ("osteoporosis",), pregnant=None),
            id="r102-en-017",
        ),  # NICE NG38 Fractures (non-complex): a suspected displaced distal radius fracture needs X-ray and reduction the same day; intact circulation and sensation mean it is not limb-threatening.
        pytest.param(
            [
                "61F diabetic, noticed a sore on the ball of left foot 3 days ago from new shoes",
                "ulcer about 1 cm, red rim about 1.5 cm round it, a little pus",
                "T 36.9, foot warm, pulses felt, no black areas",
            ],
            _patient(22265, "female", ("type 2 diabetes",), pregnant=None),
            id="r102-en-019",
        ),  # NICE NG19 Diabetic Foot Problems: an active diabetic foot ulcer with mild infection needs antibiotics and referral to the foot protection/MDT service within 1 working day; only limb-threatening problems need acute admission.
        pytest.param(
            [
                "8yo boy drinking loads and wetting the bed again for 3 weeks, lost weight",
                "finger glucose 18.6",
                "no vomiting, no tummy pain, breathing normal, playing",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r102-en-020",
        ),  # NICE NG18 Diabetes in Children and Young People: suspected type 1 diabetes in a child must be referred the same day to a paediatric diabetes team.
        pytest.param(
            [
                "72M COPD, more breathless for 3 days, sputum turned green and thicker",
                "RR 22, SpO2 93%, talking in full sentences, T 37.5",
                "eating ok, not confused, wife at home with him",
            ],
            _patient(26280, "male", ("COPD",), pregnant=None),
            id="r102-en-021",
        ),  # NICE NG115 COPD: an exacerbation without severe breathlessness, SpO2 <90%, confusion or inability to cope can be treated at home with oral prednisolone and antibiotics for purulent sputum after same-day assessment.
        pytest.param(
            [
                "76F heart failure, weight up from 58.2 to 60.8 kg since Monday",
                "ankles more puffy, more breathless than usual on the stairs",
                "sleeps on 2 pillows as before, SpO2 95%, HR 88, BP 132/80",
            ],
            _patient(27740, "female", ("heart failure",), pregnant=None),
            id="r102-en-022",
        ),  # ESC 2021 Heart Failure Guidelines / NICE NG106: weight gain over 2 kg in 3 days signals fluid retention needing prompt clinician review and diuretic adjustment; rest dyspnoea or hypoxaemia would mean acute admission.
        pytest.param(
            [
                "68M CKD, on losartan and furosemide, diarrhoea 6-7 times a day for 2 days",
                "eating little, passing less urine than usual",
                "BP 104/66 (usually 140s), HR 96, alert",
            ],
            _patient(24820, "male", ("CKD stage 3b", "hypertension"), pregnant=None),
            id="r102-en-023",
        ),  # NICE NG148 Acute Kidney Injury: CKD with hypovolaemia while on an ARB and diuretic is high AKI risk; check creatinine the same day and withhold these drugs.
        pytest.param(
            [
                "31F 32 wks pregnant, on labetalol for BP she had before pregnancy",
                "BP 152/100, repeat 150/98, urine protein 2+ (negative last month)",
                "no headache, no vision changes, no upper tummy pain, baby moving",
            ],
            _patient(11315, "female", ("chronic hypertension",), pregnant=True),
            id="r102-en-024",
        ),  # NICE NG133 Hypertension in Pregnancy: new proteinuria with hypertension after 20 weeks (suspected superimposed pre-eclampsia) needs same-day assessment in secondary care; BP 160/110 or severe symptoms would need admission.
        pytest.param(
            [
                "69F hypertension, stopped her pills a week ago because she felt fine",
                "BP 204/116, repeat 198/114",
                "mild dull headache, no vomiting, no chest pain, speech and limbs normal, vision ok",
            ],
            _patient(25185, "female", ("hypertension",), pregnant=None),
            id="r102-en-025",
        ),  # Chinese Guidelines for the Prevention and Treatment of Hypertension (2018): markedly raised BP without acute target-organ damage (hypertensive urgency) is treated with oral drugs and lowered over 24-48 h with close follow-up, not emergency transfer.
        pytest.param(
            [
                "74F yesterday evening her right hand went weak, dropped her bowl, words came out muddled",
                "lasted about 15 min, back to normal",
                "today BP 162/90, grip equal, speech normal",
            ],
            _patient(27010, "female", ("hypertension",), pregnant=None),
            id="r102-en-027",
        ),  # NICE NG128 Stroke and TIA (2022): symptoms that have fully resolved (suspected TIA) need aspirin 300 mg and specialist assessment within 24 hours.
        pytest.param(
            [
                "71M CKD and diabetes, bloods from the township back: K 6.1, creatinine 210 (195 three months ago)",
                "started spironolactone last month",
                "feels well, no weakness, pulse regular 72",
            ],
            _patient(25915, "male", ("CKD", "type 2 diabetes"), pregnant=None),
            id="r102-en-028",
        ),  # UK Kidney Association Clinical Practice Guideline: Treatment of Acute Hyperkalaemia in Adults (2020): potassium 6.0-6.4 in a well patient needs same-day repeat and review of causative drugs; 6.5 or above needs emergency admission.
        pytest.param(
            [
                "50M drinks about 1 jin baijiu a day for years, stopped 2 days ago because wife insisted",
                "hands shaking, sweaty, can't sleep, jittery",
                "HR 108, BP 150/94, knows where he is, not seeing things, never had a fit",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r102-en-029",
        ),  # NICE CG100 Alcohol-use Disorders, physical complications: acute alcohol withdrawal needs same-day assessment and medication; hospital admission is for those with or at high risk of withdrawal seizures or delirium tremens.
        pytest.param(
            [
                "35F collecting honey, a bee flew into her eye and stung it",
                "we can see a tiny black sting stuck in the clear front of the eye",
                "eye red, watering, vision a bit blurred",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r102-en-030",
        ),  # NICE CKS Corneal superficial injury / foreign body: an embedded or organic corneal foreign body (retained bee sting) needs same-day ophthalmology assessment.
        pytest.param(
            [
                "57F diabetic, burning when peeing 3 days, now fever 38.7 and pain in right loin",
                "vomited once this morning but keeping water down",
                "BP 124/76, HR 98, RR 18, alert, glucose 14.2",
            ],
            _patient(20805, "female", ("type 2 diabetes",), pregnant=None),
            id="r102-en-032",
        ),  # NICE NG111 Pyelonephritis (acute): start an oral antibiotic the same day; refer to hospital only if signs of sepsis or unable to take oral fluids and medicines.
        pytest.param(
            [
                "29M sharpening a metal hoe with an angle grinder, no goggles, felt something hit his left eye",
                "eye red and gritty, tiny dark speck on the cornea",
                "vision seems ok, pupil round",
            ],
            _patient(10585, "male", (), pregnant=None),
            id="r102-en-033",
        ),  # NICE CKS Red eye / eye trauma: a high-velocity injury (grinding metal) risks an intraocular foreign body and needs same-day eye department assessment.
        pytest.param(
            [
                "被自家养的猫咬了右手虎口,出血了",
                "咬得挺深,两个小洞,已经用肥皂水冲了一会",
                "猫没打过疫苗,她以前也没打过狂犬疫苗",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r102-zh-013",
        ),  # China Rabies Exposure Prophylaxis Work Norms (狂犬病暴露预防处置工作规范, 2023): a bleeding bite is a category III exposure needing wound care, rabies vaccine and passive immunisation as soon as possible; NICE CKS Bites: cat bites to the hand need antibiotic prophylaxis.
        pytest.param(
            [
                "孩子前天被邻居的狗咬了小腿,当时在卫生院打了狂犬疫苗",
                "今天伤口周围红肿热痛,红的有巴掌大,有点流脓",
                "T 38.3,精神还可以,能自己走",
            ],
            _patient(3650, "male", (), pregnant=None),
            id="r102-zh-014",
        ),  # NICE NG184 Human and animal bites: a bite with signs of infection needs clinical assessment and antibiotics (co-amoxiclav) the same day; admission only if sepsis or severe features.
        pytest.param(
            [
                "收稻子时左手被打谷机卷了一下,食指中指掌面两道口子,挺深",
                "压了10分钟血止住了,手指颜色正常",
                "食指弯不下去,只能伸直",
            ],
            _patient(17885, "male", (), pregnant=None),
            id="r102-zh-015",
        ),  # British Society for Surgery of the Hand standards for hand trauma: a deep palmar finger wound with loss of active flexion suggests flexor tendon division needing same-day hand-surgery assessment; bleeding controlled and perfused digit so no ambulance.
        pytest.param(
            [
                "站梯子上摘柿子摔下来,大概1米5,左手撑的地",
                "左手腕肿得厉害,看着往上翘,有点歪",
                "手指能动,指头颜色好,她说不麻",
            ],
            _patient(22995, "female", (), pregnant=False),
            id="r102-zh-017",
        ),  # NICE NG38 Fractures (non-complex): a deformed, swollen wrist after a fall needs same-day X-ray and reduction/immobilisation in hospital; with intact circulation and sensation it does not need an ambulance.
        pytest.param(
            [
                "高血压老病人,降压药吃完一个礼拜没去拿",
                "今天量bp 192/114,复测188/112",
                "说后脑勺有点胀,没胸痛,说话手脚都正常,看东西不模糊",
            ],
            _patient(24090, "female", ("高血压",), pregnant=False),
            id="r102-zh-019",
        ),  # Chinese Guidelines for Prevention and Treatment of Hypertension (2018 revision): severe BP elevation without acute target-organ damage (hypertensive urgency) is treated with oral drugs and lowered gradually over 24-48 h under same-day doctor review, not with emergency IV therapy.
        pytest.param(
            [
                "糖尿病十几年,右脚大脚趾底下有个溃疡一个多月了",
                "这几天溃疡周围红了一圈,大概2公分,有点渗液",
                "T 36.8,脚背动脉摸得到,血糖14.2",
            ],
            _patient(25915, "male", ("type 2 diabetes",), pregnant=None),
            id="r102-zh-020",
        ),  # NICE NG19 Diabetic foot problems: an active diabetic foot problem such as an ulcer with local infection should be referred to the multidisciplinary foot service within 1 working day; immediate admission only with sepsis, ischaemia or gangrene.
        pytest.param(
            [
                "吃二甲双胍的,最近一周口干,喝水多,尿多",
                "今早空腹血糖18.6,中午饭后测了23",
                "能吃能喝,不吐,精神还好,尿酮试纸阴性",
            ],
            _patient(20075, "female", ("2型糖尿病",), pregnant=False),
            id="r102-zh-021",
        ),  # Chinese Guideline for Type 2 Diabetes (中国2型糖尿病防治指南, 2020): symptomatic marked hyperglycaemia above 16.7 mmol/L needs prompt doctor assessment and intensified treatment (often insulin); absent ketones, vomiting and drowsiness it is not a crisis.
        pytest.param(
            [
                "慢阻肺老病人,感冒4天,比平时喘,痰多了变黄",
                "spo2 91(平时93左右),rr 22,能说整句话",
                "神志清楚,嘴唇不紫,自己走到卫生室的",
            ],
            _patient(26280, "male", ("COPD",), pregnant=None),
            id="r102-zh-022",
        ),  # NICE NG115 COPD and GOLD 2024: an exacerbation without severe features (no confusion, no cyanosis, able to cope) can be treated at home but needs same-day review for bronchodilators, oral prednisolone and antibiotics for purulent sputum.
        pytest.param(
            [
                "老太太咳嗽3天,发烧38.6,右边胸口吸气时痛",
                "rr 22 bp 132/78 hr 98 spo2 95",
                "人清楚,能吃饭",
            ],
            _patient(28470, "female", ("hypertension",), pregnant=False),
            id="r102-zh-023",
        ),  # NICE CG191 Pneumonia in adults: community-acquired pneumonia with CRB65 score 1 (age 65 or over only) is intermediate risk, needing same-day clinical assessment and antibiotics with consideration of hospital assessment.
        pytest.param(
            [
                "心衰吃螺内酯和依那普利的老爷子,昨天镇上抽的血今天出结果了",
                "血钾6.2,肌酐168,上次是4.8和130",
                "人没什么不舒服,hr 70 整齐,能走路",
            ],
            _patient(24820, "male", ("heart failure", "hypertension"), pregnant=None),
            id="r102-zh-025",
        ),  # UK Kidney Association guideline on hyperkalaemia (2020) and primary-care guidance: potassium 6.0-6.4 mmol/L without symptoms or ECG change needs same-day repeat, ECG and stopping of contributing drugs (MRA/ACE inhibitor); 6.5 or above is the emergency threshold.
        pytest.param(
            [
                "慢性肾病3期,吃缬沙坦和氢氯噻嗪",
                "拉肚子又吐,两天了,吃不下东西,今天尿少,站起来头晕",
                "bp 102/64(平时140多) hr 100,人清楚",
            ],
            _patient(22265, "female", ("CKD stage 3", "hypertension"), pregnant=False),
            id="r102-zh-026",
        ),  # NICE NG148 Acute kidney injury / KDIGO sick-day guidance: vomiting and diarrhoea with low BP in CKD on ARB and diuretic carries high AKI risk; stop those drugs and arrange same-day assessment with creatinine and potassium.
        pytest.param(
            [
                "在家做腹透的,今早放出来的液体浑浊,像淘米水",
                "肚子隐隐作痛,T 37.9",
                "bp 138/86,精神还可以",
            ],
            _patient(20805, "male", ("CKD stage 5", "peritoneal dialysis"), pregnant=None),
            id="r102-zh-027",
        ),  # ISPD Peritonitis Guideline (2022): cloudy effluent with abdominal pain in a peritoneal dialysis patient must be presumed peritonitis, with effluent cell count/culture and empirical antibiotics started the same day.
        pytest.param(
            [
                "用角磨机打铁的时候有东西崩进右眼了",
                "一直流泪,有东西磨着的感觉,看东西有点模糊",
                "用清水冲过了,还是磨",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r102-zh-028",
        ),  # NICE CKS Corneal superficial injury / Red eye: an eye injury during grinding or hammering metal is a high-velocity injury with risk of penetrating foreign body and needs same-day ophthalmology assessment.
        pytest.param(
            [
                "下地时右脚踩到生锈的铁钉,扎进去挺深",
                "伤口里有泥,已经冲洗过了",
                "她说这辈子没打过破伤风针",
            ],
            _patient(26280, "female", (), pregnant=False),
            id="r102-zh-029",
        ),  # China Guideline on tetanus vaccine and passive immunisation after trauma (外伤后破伤风疫苗和被动免疫制剂使用指南, 2019): a deep soil-contaminated puncture in an unimmunised person is tetanus-prone, needing debridement, tetanus vaccine and TIG/antitoxin as soon as possible.
        pytest.param(
            [
                "孕34周,来量血压152/102,20分钟后复测150/100",
                "以前产检血压都是110多/70多",
                "不头痛不眼花,没有上腹痛,尿蛋白试纸+",
            ],
            _patient(12045, "female", (), pregnant=True),
            id="r102-zh-031",
        ),  # NICE NG133 Hypertension in pregnancy: new hypertension after 20 weeks with proteinuria (suspected pre-eclampsia) must be referred to secondary care to be seen the same day; BP below 160/110 without symptoms is not an emergency.
        pytest.param(
            [
                "坐三轮车翻了摔下来,右边胸口撞在田埂上,昨天的事",
                "右胸一咳嗽一深呼吸就痛,按着有一个点特别痛",
                "spo2 96 rr 18,不咯血,说话正常",
            ],
            _patient(25550, "male", (), pregnant=None),
            id="r102-zh-032",
        ),  # Chinese expert consensus on rib fracture management (肋骨骨折诊治中国专家共识, 2021): suspected rib fractures in older adults need prompt imaging and analgesia assessment because of pneumothorax and pneumonia risk; stable breathing and vitals mean same-day rather than emergency care.
        pytest.param(
            [
                "配吡虫啉的时候药水溅到左眼里",
                "马上用清水冲了15分钟左右",
                "现在左眼还是红,痛,怕光,看东西有点模糊,没出汗没流口水",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r102-zh-033",
        ),  # Royal College of Ophthalmologists / NICE CKS Red eye: after a chemical splash the eye must be irrigated at once, and persistent pain, photophobia or blurred vision after irrigation needs same-day eye assessment.
        pytest.param(
            [
                "老太太中风以后在家躺了大半年",
                "这两天左小腿比右边粗了一圈,按着痛,有点发热",
                "不喘不胸痛,spo2 97 hr 84",
            ],
            _patient(27740, "female", ("stroke", "hypertension"), pregnant=False),
            id="r102-zh-036",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT needs proximal leg ultrasound within 4 hours, or interim anticoagulation and a scan within 24 hours; no features of PE so not an emergency.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "5yo girl, our village dog licked her hands and arms",
                "mum worried about rabies, dog not vaccinated",
                "skin intact everywhere, no scratches or bites, checked carefully",
            ],
            _patient(1825, "female", (), pregnant=None),
            id="r102-en-037",
        ),  # China NHC Rabies Exposure Prophylaxis Specification (2023): licking of intact skin is category I exposure and needs no post-exposure prophylaxis.
        pytest.param(
            [
                "2yo boy, a rat bit his toe while asleep last night",
                "tiny puncture, stopped bleeding, washed with soap and water",
                "jabs all up to date per booklet, no fever, toe not red",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r102-en-038",
        ),  # China NHC Rabies Exposure Prophylaxis Specification (2023): bites from rats and other small rodents are generally not rabies exposures; routine wound care and tetanus check only.
        pytest.param(
            [
                "40M stung once on the forearm by a wasp in the orchard yesterday",
                "whole forearm swollen and red today, itchy, warm",
                "no trouble breathing, no rash elsewhere, no dizziness, T 36.7",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r102-en-039",
        ),  # NICE CKS Insect Bites and Stings: a large local reaction peaking at 24-48 h is managed with cold compress, oral antihistamine and analgesia; it is not infection or anaphylaxis.
        pytest.param(
            [
                "49F bitten by a green bamboo snake 3 weeks ago, had antivenom at county hospital, home after 5 days",
                "bite wound healed, ankle a bit stiff",
                "no bleeding, no swelling, walking ok, asks when she can go back to the fields",
            ],
            _patient(17885, "female", (), pregnant=False),
            id="r102-en-040",
        ),  # WHO Guidelines for the Management of Snakebites (SEARO 2016): after recovery from envenoming, local sequelae such as stiffness are handled at follow-up with rehabilitation; no acute care is needed without bleeding or swelling.
        pytest.param(
            [
                "34F neighbours were taken to county hospital last night from coal stove fumes",
                "she lives next door, electric heater only, no stove or gas at home",
                "feels fine, no headache, just scared; kids ok too",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r102-en-042",
        ),  # Chinese Expert Consensus on Acute Carbon Monoxide Poisoning (2022): diagnosis requires CO exposure plus symptoms; a symptom-free person with no CO source needs only reassurance and prevention advice.
        pytest.param(
            [
                "27M drank a lot at his cousin's wedding last night",
                "headache, queasy, threw up once this morning, now keeping water down",
                "alert, walking straight, no fall or head knock, glucose 6.1",
            ],
            _patient(9855, "male", (), pregnant=None),
            id="r102-en-043",
        ),  # WHO mhGAP Intervention Guide 2.0, Substance Use module: after alcohol, a fully alert person with no danger signs needs only fluids, rest and advice on drinking.
        pytest.param(
            [
                "36M building site worker, painful cramps in both calves after lunch in the heat",
                "rested in the shade and drank salty water, cramps gone in 20 min",
                "T 37.2, talking normally, sweating normally",
            ],
            _patient(13140, "male", (), pregnant=None),
            id="r102-en-044",
        ),  # Chinese Expert Consensus on Diagnosis and Treatment of Heat Stroke (2019): heat cramps without hyperthermia or CNS dysfunction are managed with rest, cooling and oral electrolyte fluids.
        pytest.param(
            [
                "7yo slipped into the shallow ditch 2 days ago, head under for a second, dad pulled him straight out",
                "didn't cough or choke then or since",
                "running around, eating, breathing normal; parents read about dry drowning online",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="r102-en-045",
        ),  # ERC Guidelines 2021 drowning (Szpilman classification): a rescued person with no cough or breathing difficulty has no aspiration, and symptoms of aspiration appear within hours, so a well child days later needs no care.
        pytest.param(
            [
                "42F got a shock from a frayed rice cooker cord at home this morning",
                "felt a jolt up her arm, let go at once, no blackout",
                "no burn marks, pulse regular 74, township ECG normal, feels fine",
            ],
            _patient(15330, "female", (), pregnant=False),
            id="r102-en-046",
        ),  # ERC Guidelines 2021, electrical injury: a low-voltage household shock without loss of consciousness, burns or ECG abnormality needs no monitoring or further care.
        pytest.param(
            [
                "14mo rolled off the bed about 50 cm onto wooden floor",
                "cried straight away, settled in 5 min, small red mark on forehead",
                "feeding, playing, walking as usual, no vomiting, 3 h ago",
            ],
            _patient(426, "female", (), pregnant=None),
            id="r102-en-047",
        ),  # NICE NG232 Head Injury (2023): a child with no loss of consciousness, vomiting, drowsiness, large scalp swelling or dangerous mechanism needs no CT and can be observed at home with advice.
        pytest.param(
            [
                "55M scraped his forearm on the tractor tyre rim, shallow graze about 3 cm",
                "washed, clean, no dirt left, bleeding stopped",
                "had a tetanus booster 4 years ago after another cut",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r102-en-048",
        ),  # Chinese Guideline on Tetanus Vaccine and Passive Immunisation after Trauma (2019): a clean minor wound in a fully vaccinated person with the last dose under 10 years ago needs no vaccine or immunoglobulin.
        pytest.param(
            [
                "60F hypertension, her home machine read 172/104 last night after a row with her son",
                "here BP 146/90, repeat 142/88",
                "no headache, no chest pain, no weakness, takes amlodipine daily",
            ],
            _patient(21900, "female", ("hypertension",), pregnant=None),
            id="r102-en-049",
        ),  # China National Guideline for Hypertension Management in Primary Care (2020): an asymptomatic stress-related high home reading with clinic BP below 180/110 needs routine follow-up and medication review, not transfer.
        pytest.param(
            [
                "45M type 1, got shaky before lunch, meter read 3.4",
                "had 4 glucose tablets, 15 min later 6.2, then ate lunch",
                "played basketball and didn't lower his insulin; feels fine now",
            ],
            _patient(16425, "male", ("type 1 diabetes",), pregnant=None),
            id="r102-en-050",
        ),  # ADA Standards of Care in Diabetes 2024, Section 6: level 1 hypoglycaemia treated with 15 g glucose and resolved on recheck needs only cause review and routine regimen adjustment.
        pytest.param(
            [
                "75F COPD on home oxygen, here for her review",
                "SpO2 88% on her 2 L, same as the last 3 visits",
                "RR 18, sputum white as usual, no more breathless than normal",
            ],
            _patient(27375, "female", ("COPD",), pregnant=None),
            id="r102-en-051",
        ),  # BTS Guideline for Oxygen Use in Adults (2017) and GOLD 2024: target saturation in COPD at risk of hypercapnia is 88-92%, so a stable 88% at baseline is not an exacerbation.
        pytest.param(
            [
                "66F BP pill changed to amlodipine 10 mg a month ago",
                "both ankles puffy by evening, gone by morning",
                "not breathless, sleeps flat, weight same, no calf pain",
            ],
            _patient(24090, "female", ("hypertension",), pregnant=None),
            id="r102-en-052",
        ),  # NICE CKS Hypertension / BNF amlodipine: dose-related ankle oedema is a common dihydropyridine side effect and is reviewed at a routine appointment.
        pytest.param(
            [
                "65M CKD and diabetes, started perindopril 2 weeks ago for protein in the urine",
                "repeat bloods: creatinine 142 from 126, K 5.1",
                "feels well, BP 132/78, passing urine normally",
            ],
            _patient(23725, "male", ("CKD", "type 2 diabetes"), pregnant=None),
            id="r102-en-053",
        ),  # NICE NG203 Chronic Kidney Disease: after starting an ACE inhibitor, a creatinine rise under 30% with potassium 6.0 or below needs no change in treatment, only routine monitoring.
        pytest.param(
            [
                "59M had a heart attack and 2 stents last year",
                "no chest pain since, walks 5 km a day",
                "here for repeat aspirin and atorvastatin, BP 124/76, HR 64",
            ],
            _patient(21535, "male", ("coronary heart disease",), pregnant=None),
            id="r102-en-054",
        ),  # NICE NG185 Acute Coronary Syndromes (secondary prevention): a stable symptom-free patient after MI needs routine review and continuation of secondary prevention drugs.
        pytest.param(
            [
                "71F started indapamide last week on top of her other BP pill",
                "lightheaded for a few seconds when getting out of bed",
                "BP lying 134/80, standing 124/76, no falls, no blackouts, no chest pain",
            ],
            _patient(25915, "female", ("hypertension",), pregnant=None),
            id="r102-en-055",
        ),  # NICE NG136 Hypertension in Adults: postural symptoms are checked with standing BP, and a systolic drop under 20 mmHg without falls or syncope needs only routine medication review.
        pytest.param(
            [
                "wife came about her husband, 52, drinks every day, half a jin of baijiu most nights",
                "he works normally, no morning shakes, no vomiting blood",
                "she wants to know how to get him to cut down",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r102-en-056",
        ),  # NICE CG115 Alcohol-use Disorders: harmful drinking without withdrawal or complications is managed with brief intervention and planned referral to alcohol services.
        pytest.param(
            [
                "58M type 2, ran out of metformin 10 days ago",
                "fasting glucose 13.1 this morning",
                "no thirst or weight change noticed, no vomiting, feels normal",
            ],
            _patient(21170, "male", ("type 2 diabetes",), pregnant=None),
            id="r102-en-057",
        ),  # China National Guideline for Diabetes Management in Primary Care (2022): hyperglycaemia without symptoms, ketosis or acute complications is managed by restarting treatment with routine follow-up.
        pytest.param(
            [
                "3 mo baby, tiny red bumps on neck and back since the hot weather started",
                "mum wraps her in 2 blankets",
                "feeding well, T 36.9, active, wet nappies normal",
            ],
            _patient(92, "female", (), pregnant=None),
            id="r102-en-058",
        ),  # WHO IMCI Chart Booklet (young infant): an infant feeding well with no fever and normal movement has no danger signs and is managed with home-care advice, here avoiding overwrapping in heat.
        pytest.param(
            [
                "47M beekeeper, last summer a sting gave him hives all over",
                "stung on the hand 2 hours ago, swelling only around the sting",
                "no rash, no breathing trouble, no dizziness, BP 128/80",
            ],
            _patient(17155, "male", (), pregnant=None),
            id="r102-en-059",
        ),  # EAACI Guidelines on Allergen Immunotherapy: Hymenoptera Venom Allergy (2018): a past systemic sting reaction warrants planned allergist referral for venom immunotherapy and an adrenaline autoinjector, while a current local-only reaction needs local care.
        pytest.param(
            [
                "63M fell off a ladder 10 days ago, township X-ray showed 2 cracked ribs on the right, lungs fine",
                "pain slowly easing on ibuprofen",
                "RR 16, SpO2 97%, no fever, not coughing blood, here for more painkillers",
            ],
            _patient(22995, "male", (), pregnant=None),
            id="r102-en-060",
        ),  # Chinese Expert Consensus on Diagnosis and Treatment of Rib Fractures (2021): isolated rib fractures without pneumothorax, haemothorax or respiratory compromise are managed with oral analgesia and outpatient follow-up.
        pytest.param(
            [
                "10天前被蛇咬了,在县医院打了抗蛇毒血清,住了3天出院",
                "这两天全身起红疹子很痒,膝盖手腕关节痛,T 37.9",
                "咬的地方已经不肿了,没出血,呼吸正常",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r102-zh-039",
        ),  # WHO SEARO snakebite guideline (2016): late serum-sickness reactions 5-24 days after antivenom (fever, urticaria, arthralgia) are treated with oral antihistamine and prednisolone after doctor review; they are not an emergency.
        pytest.param(
            [
                "昨天被蜜蜂叮了左前臂一下",
                "今天整个前臂都肿了,十几公分,红,痒",
                "没有全身起疹子,呼吸正常,不头晕",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r102-zh-040",
        ),  # NICE CKS Insect bites and stings: a large local reaction (swelling over 10 cm peaking at 24-48 h) without systemic symptoms is not anaphylaxis and is managed with cold compresses, oral antihistamine and analgesia at home.
        pytest.param(
            [
                "小孩被邻居家的狗舔了手背",
                "看过了,手背皮肤好好的,没抓痕没破口",
                "家长担心狂犬病,问要不要打针",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="r102-zh-041",
        ),  # China Rabies Exposure Prophylaxis Work Norms (2023) / WHO rabies position 2018: licking of intact skin is a category I exposure needing no post-exposure prophylaxis, only washing.
        pytest.param(
            [
                "孩子喂仓鼠被咬了手指,一个小口子,出了一滴血",
                "仓鼠是宠物店买的,在家养了一年",
                "已经用肥皂水冲过了,孩子疫苗都按时打的",
            ],
            _patient(4380, "male", (), pregnant=None),
            id="r102-zh-042",
        ),  # WHO rabies position paper (2018) and China Rabies Exposure Norms (2023): bites by small rodents such as hamsters do not normally require rabies post-exposure prophylaxis; wound washing and basic care suffice.
        pytest.param(
            [
                "小伙子中午在地里割稻子,小腿抽筋,出很多汗",
                "在阴凉地方歇了半小时,喝了淡盐水,现在不抽了",
                "T 37.2,人清楚,能吃东西,不头痛不吐",
            ],
            _patient(8760, "male", (), pregnant=None),
            id="r102-zh-045",
        ),  # Chinese expert consensus on heat stroke (2019) / WHO heat-health guidance: heat cramps with normal temperature and mental state resolve with rest in the shade and oral salt-containing fluids and need no medical referral.
        pytest.param(
            [
                "小女孩上午在河边玩滑进浅水里,头没进去一两秒就被拉起来了",
                "没呛咳,没吐,哭了几声就好了",
                "现在过了6个小时,呼吸平稳,玩得好吃饭也好",
            ],
            _patient(1515, "female", (), pregnant=None),
            id="r102-zh-046",
        ),  # European Resuscitation Council Guidelines 2021 / Szpilman drowning classification: a rescued person with no cough, no breathing difficulty and normal breathing needs no hospital care, only advice about later symptoms.
        pytest.param(
            [
                "2岁孩子从小板凳上摔下来,大概40公分高,额头碰地",
                "马上就哭了,没晕,额头一个小包",
                "一个多小时了,没吐,玩得跟平时一样,走路正常",
            ],
            _patient(800, "male", (), pregnant=None),
            id="r102-zh-047",
        ),  # NICE NG232 Head injury: a child with a low fall, immediate crying, no loss of consciousness, no vomiting and normal behaviour has no indication for CT and can be cared for at home with head-injury advice.
        pytest.param(
            [
                "孩子拔手机充电器时手指麻了一下,家里220的电",
                "马上松手了,没摔倒,没晕",
                "手指看不到烫伤,现在跑跑跳跳跟平时一样",
            ],
            _patient(3315, "female", (), pregnant=None),
            id="r102-zh-048",
        ),  # Royal Children's Hospital Melbourne Clinical Practice Guideline, Electric shock: an asymptomatic child after a household low-voltage shock with no loss of consciousness, burns or other injury needs no ECG or monitoring.
        pytest.param(
            [
                "自己在家用电子血压计量的165/100,吓坏了",
                "来卫生室坐了10分钟再量148/92",
                "没头痛胸闷,手脚说话都正常,药每天都吃",
            ],
            _patient(21170, "male", ("hypertension",), pregnant=None),
            id="r102-zh-049",
        ),  # Chinese Hypertension Guidelines (2018) / NICE NG136: BP below 180/120 without symptoms or target-organ damage needs routine review of treatment, not same-day care.
        pytest.param(
            [
                "高血压老太太早上流鼻血,右边鼻孔",
                "捏着鼻子压了15分钟止住了,流了几张纸巾的量",
                "现在没再流,bp 156/90,不头晕,没吃抗凝药",
            ],
            _patient(24820, "female", ("高血压",), pregnant=False),
            id="r102-zh-050",
        ),  # NICE CKS Epistaxis: an anterior nosebleed that stops with first aid in a stable patient not on anticoagulants is managed in primary care with routine follow-up of BP.
        pytest.param(
            [
                "打胰岛素的,下午干活没吃饭,心慌手抖出汗",
                "测血糖3.4,吃了两块糖一碗饭",
                "15分钟后6.9,现在没事了,用的是预混胰岛素早晚各打一次",
            ],
            _patient(17155, "male", ("type 2 diabetes",), pregnant=None),
            id="r102-zh-051",
        ),  # ADA Standards of Care 2024 (hypoglycaemia): level 1 hypoglycaemia treated with 15-20 g glucose that resolves needs no emergency care; review insulin dose and meals at a routine visit.
        pytest.param(
            [
                "慢阻肺的,来拿吸入药",
                "今天指脉氧89%,他说一直都是88到90,以前的单子上也是",
                "不比平时喘,痰没变化,能走到村口",
            ],
            _patient(27375, "male", ("COPD",), pregnant=None),
            id="r102-zh-052",
        ),  # BTS Guideline for oxygen use (2017) and GOLD 2024: the target SpO2 in COPD is 88-92%, and a reading at the known baseline without worse symptoms is not an exacerbation.
        pytest.param(
            [
                "她老伴是心衰,她看自己晚上脚踝肿,怕也是心衰",
                "去年开始吃氨氯地平,早上起来就消了",
                "不喘,能平躺,体重没变,spo2 98",
            ],
            _patient(25550, "female", ("hypertension",), pregnant=False),
            id="r102-zh-053",
        ),  # NICE NG106 / CKS Heart failure: ankle swelling that resolves overnight on amlodipine, without breathlessness, orthopnoea or weight gain, needs only routine review (suspected heart failure is worked up with non-urgent NT-proBNP).
        pytest.param(
            [
                "慢性肾病的,体检单上肌酐156,他很紧张",
                "翻了以前的单子,半年前150,一年前148",
                "尿量正常,不肿,吃饭睡觉都好,bp 132/80",
            ],
            _patient(23360, "male", ("CKD stage 3", "hypertension"), pregnant=None),
            id="r102-zh-054",
        ),  # KDIGO CKD guideline: stable creatinine/eGFR without rapid decline in an asymptomatic patient is handled with routine monitoring.
        pytest.param(
            [
                "昨晚喝喜酒喝多了,今早头痛,吐了两次",
                "现在能喝水,人清醒,说话走路正常",
                "没摔过没碰到头,吐的东西没有血",
            ],
            _patient(13140, "male", (), pregnant=None),
            id="r102-zh-055",
        ),  # NHS guidance on hangover and alcohol poisoning: an alert person who is drinking fluids after a night of drinking needs only rest, fluids and simple analgesia; help is needed only for confusion, drowsiness with vomiting, seizures or slow breathing.
        pytest.param(
            [
                "每天喝半斤白酒十几年了,想戒",
                "今天也喝了,不手抖不出汗,没抽风过,没见过幻觉",
                "问能不能开点药帮他戒",
            ],
            _patient(17520, "male", (), pregnant=None),
            id="r102-zh-056",
        ),  # NICE CG115 Alcohol-use disorders: dependent drinkers who want to stop should have a planned, assessed community withdrawal arranged routinely; no acute withdrawal is present.
        pytest.param(
            [
                "小伙子小腿碰到拖拉机排气管烫了一下",
                "有个硬币大小的水泡,周围红,很痛",
                "已经用凉水冲了20分钟,别的地方没烫到",
            ],
            _patient(5840, "male", (), pregnant=None),
            id="r102-zh-057",
        ),  # NICE CKS Burns and scalds: a small superficial partial-thickness burn not on the face, hands, feet, genitals or joints can be managed in primary care with cooling, dressing and review.
        pytest.param(
            [
                "割草时镰刀划到左手掌,1公分的浅口子",
                "冲洗干净了,压了一下血就止了,口子不张开",
                "手指活动和感觉都正常,3年前全程打过破伤风疫苗",
            ],
            _patient(14600, "female", (), pregnant=False),
            id="r102-zh-058",
        ),  # China Guideline on tetanus prophylaxis after trauma (2019): a clean minor wound in someone fully immunised within 5 years needs no tetanus vaccine or immunoglobulin, only simple wound care.
        pytest.param(
            [
                "6个月宝宝,这几天热,脖子和背上起了好多小红点小水疱",
                "按一下会褪色,吃奶好,T 36.9,精神好",
                "家里给她穿了两层衣服还盖着被子",
            ],
            _patient(183, "female", (), pregnant=None),
            id="r102-zh-059",
        ),  # WHO IMCI and NHS guidance on heat rash: a blanching prickly-heat rash in a well, afebrile infant is managed at home by keeping the baby cool with lighter clothing.
        pytest.param(
            [
                "邻居家昨晚烧煤炉被熏了,老两口送到县里了",
                "她家在隔壁,用的是装了烟囱的炉子,也装了报警器,昨晚没响",
                "她和孩子都不头痛不头晕不恶心,就是害怕,来问问",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r102-zh-060",
        ),  # NICE CKS Carbon monoxide poisoning: CO exposure is suspected when symptoms occur with a faulty fuel-burning source; symptom-free people with a flued stove and a silent alarm need only prevention advice (ventilation, flue checks, CO alarm).
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
