# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninety-first held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of
households, groups and seasons: several people of one family, a banquet, a class or a work team ill
together (carbon monoxide, wild mushrooms, pufferfish, home-brewed liquor, pesticide on vegetables,
heat, drowning, outbreaks, meningococcal and TB contacts) and the illnesses of Spring Festival, the
rainy season and the cold; each case about one patient; 12 emergencies, 24 same-day and 24 look-
alikes a set). Before these fixes the rules found 9 of 12 and 11 of 12 emergencies, graded 20 of 24
and 15 of 24 same-day cases exactly (English, Chinese) and sent 1 and 1 look-alikes to emergency.
Missed: numb lips and tongue after a fish that "blew up round like a ball" (tetrodotoxin), blurred
sight and deep breathing after home-brewed sorghum liquor (methanol), and pinpoint pupils, drooling
and twitching after greens "sprayed a few days ago" and 青菜前两天刚打过药 (organophosphate).

What changed: pufferfish (河豚, "blew up like a ball") with numbness, weakness or vomiting is an
emergency (WHO IPCS); vegetables sprayed and 打过药 are pesticide exposure, and pinpoint pupils and
drooling count as its cholinergic signs; home-brewed liquor is illicit alcohol; household and
dormitory contacts of meningococcal disease are read in more ways (a sister, a roommate, 同宿舍) but
not a child of another class; a blood ketone measured below 1.5 with only vomiting is sick-day care,
not DKA (JBDS-IP 2023); blood in a child's stools, a firecracker burn, a bitten leg (被咬破) and a
light-shy eye are read. After: 12/12, 12/12; 24/24, 18/24; look-alikes 23/24, 23/24.

Left: a toddler with hand, foot and mouth disease who will not drink (r91-zh-018) and a febrile
child with measles breathing at 28 (r91-zh-027) stay emergencies by WHO IMCI's danger signs and the
sepsis rule; frostbite with rewarmed blisters is read as limb ischaemia (r91-zh-021); dengue
suspected from a wife's illness (r91-zh-023), cellulitis after flood water (r91-zh-024) and heat
exhaustion in an old woman on furosemide (r91-zh-025) are graded routine; a woman afraid of the
mushrooms her husband ate, who ate none (r91-en-046), and a child whose mother feared nitrite from
leftovers (r91-zh-060) are sent to emergency as poisoning."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "baby 18 days old, mum doing her confinement month, room heated with a coal stove, windows kept shut",
                "mum and grandma both woke with headache and felt sick this morning",
                "baby not feeding since early morning, very sleepy, hard to wake, floppy when i pick her up",
            ],
            _patient(18, "female", (), pregnant=None),
            id="r91-en-001",
        ),  # WHO IMCI sick young infant chart and China CO poisoning expert consensus: a young infant who is lethargic and not feeding has very severe disease needing immediate referral, and suspected CO exposure with reduced consciousness needs hospital oxygen therapy without delay.
        pytest.param(
            [
                "52M, family picked wild mushrooms on the hill after the rain, cooked them for dinner last night around 7",
                "he started vomiting and watery diarrhoea about 5am, wife and son now same",
                "says he feels a bit better now and wants to go home. P 108 BP 102/64",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r91-en-002",
        ),  # China expert consensus on diagnosis and treatment of mushroom poisoning (2019): GI symptoms beginning 6 h or more after eating wild mushrooms point to amatoxin species with risk of fulminant liver failure despite apparent improvement, so immediate hospital treatment is needed.
        pytest.param(
            [
                "38M ate a fish his cousin caught and cooked at home, about 40 min ago",
                "now lips and tongue numb, fingertips tingling, says his legs feel heavy",
                "cousin also says mouth numb. fish had spotty skin and blew up round like a ball when caught",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r91-en-003",
        ),  # WHO IPCS / China guidance on tetrodotoxin poisoning: perioral numbness and paraesthesia after eating pufferfish is early tetrodotoxin poisoning that can progress within hours to respiratory paralysis, requiring immediate hospital care with ventilation available.
        pytest.param(
            [
                "61M, at a relative's for Spring Festival, they drank home-brewed sorghum liquor yesterday afternoon",
                "this morning vomiting, bad belly pain, says everything looks blurry like snow falling",
                "his brother in law who drank with him also cant see properly. breathing deep and fast RR 28",
            ],
            _patient(22265, "male", ("hypertension",), pregnant=None),
            id="r91-en-004",
        ),  # WHO methanol poisoning information note: visual disturbance, abdominal pain and deep rapid breathing hours after drinking home-made spirits indicate methanol poisoning with metabolic acidosis, needing immediate hospital antidote and haemodialysis.
        pytest.param(
            [
                "construction team canteen lunch, 6 workers now dizzy and sick, started about 1 hr after eating",
                "this one 29F, lips and nails grey-blue, feels like she will faint, HR 118",
                "SpO2 86 on finger but not short of breath, lungs clear, colour not changing on oxygen from our cylinder",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="r91-en-005",
        ),  # China national guidance on nitrite food poisoning / WHO IPCS: cyanosis out of proportion to respiratory findings after a shared meal indicates nitrite-induced methaemoglobinaemia, which needs immediate hospital treatment with methylene blue.
        pytest.param(
            [
                "6yo boy, family ate stir-fried greens from the neighbour's plot, it was sprayed a few days ago",
                "mum has stomach cramps and is sweaty, the boy much worse: drooling, sweating, vomited 4x",
                "pupils tiny like pinpoints, small twitches in his arms, wheezy chest",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r91-en-006",
        ),  # China expert consensus on acute organophosphate poisoning: muscarinic signs (miosis, salivation, sweating, bronchorrhoea) plus fasciculations indicate moderate to severe poisoning requiring immediate transfer for atropine and oxime treatment.
        pytest.param(
            [
                "57M, harvesting wheat with his team since morning, 36 deg today",
                "two others had cramps and rested in shade. he kept working, then started talking nonsense and staggering",
                "skin hot and dry now, T 40.6 axilla",
            ],
            _patient(20805, "male", ("hypertension",), pregnant=None),
            id="r91-en-007",
        ),  # China expert consensus on diagnosis and treatment of heat stroke (2019): temperature above 40 C with central nervous system dysfunction after exertion in heat is exertional heat stroke, requiring immediate cooling and transfer.
        pytest.param(
            [
                "9yo girl, kids swimming in the reservoir, she went under, older brother pulled her out after maybe 1-2 min",
                "she coughed up water and cried, now sitting with us 40 min later",
                "keeps coughing, breathing 34, SpO2 91 on air, crackles right base",
            ],
            _patient(3285, "female", (), pregnant=None),
            id="r91-en-008",
        ),  # ERC Guidelines 2021 (drowning): a drowning survivor with persistent cough, tachypnoea, low SpO2 or abnormal chest signs must go to hospital because lung injury may progress.
        pytest.param(
            [
                "16F boarding school, her dorm roommate was taken off sick yesterday, school says the roommate has meningitis",
                "fever since this afternoon, legs aching, hands and feet cold",
                "few dark red-purple spots on her shins, pressed a glass on them and they dont fade",
            ],
            _patient(5840, "female", (), pregnant=False),
            id="r91-en-009",
        ),  # NICE NG240 (bacterial meningitis and meningococcal disease): fever with a non-blanching rash is suspected meningococcal disease needing immediate transfer to hospital, with parenteral antibiotics if it does not delay transfer.
        pytest.param(
            [
                "10 mo boy, whole family has had diarrhoea since the village feast 2 days ago",
                "he has had maybe 15 watery stools today, vomiting too",
                "very sleepy, wont suck the ORS, eyes sunken, pinched skin on belly goes back very slowly, no wet nappy since morning",
            ],
            _patient(304, "male", (), pregnant=None),
            id="r91-en-010",
        ),  # WHO IMCI diarrhoea chart: lethargy, inability to drink, sunken eyes and very slow skin pinch mean severe dehydration needing IV fluids (Plan C) and urgent referral when IV treatment is not available on site.
        pytest.param(
            [
                "95F, everyone at home had fever and cough last week after the grandkids came back for new year",
                "daughter says since yesterday she is not herself, muddled, not eating",
                "T 38.9 RR 30 BP 88/52 SpO2 89% room air",
            ],
            _patient(34675, "female", ("hypertension", "diabetes"), pregnant=False),
            id="r91-en-011",
        ),  # NICE CG191 pneumonia and RCP NEWS2: CRB-65 of 4 (new confusion, RR 30 or more, low BP, age 65 or over) and NEWS2 of 7 or more mean severe pneumonia with sepsis requiring emergency hospital admission.
        pytest.param(
            [
                "44F, family made their own fermented soybean paste at home and ate it over the weekend",
                "since yesterday seeing double, eyelids drooping, today hard to swallow, voice weak and nasal",
                "husband starting to have blurred vision too. no fever, she is alert",
            ],
            _patient(16060, "female", (), pregnant=False),
            id="r91-en-012",
        ),  # WHO botulism fact sheet / China foodborne botulism guidance: descending cranial nerve palsy (diplopia, ptosis, dysphagia) after home-fermented food indicates botulism, which can cause respiratory failure and needs immediate hospital antitoxin and airway support.
        pytest.param(
            [
                "早上一家三口来的，昨晚屋里生煤炉子取暖，门窗都关着",
                "儿子儿媳说头疼想吐，出来吹了风好点了",
                "老太太叫不太醒，问话答非所问，血压150/90 心率110",
            ],
            _patient(34675, "female", ("高血压",), pregnant=False),
            id="r91-zh-001",
        ),  # Chinese clinical guideline for CO poisoning (2022) / WHO: after CO exposure, impaired consciousness or confusion means moderate-to-severe poisoning needing hospital oxygen and consideration of hyperbaric oxygen.
        pytest.param(
            [
                "昨天中午一家人吃了山上捡的菌子",
                "他是半夜开始吐拉的，离吃饭大概12个钟头，拉了七八次水样",
                "现在说好多了，不怎么吐了，想回家。家里其他人暂时没事",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r91-zh-002",
        ),  # Chinese expert consensus on mushroom poisoning (2019): GI symptoms starting 6 h or more after eating wild mushrooms suggest amatoxin, and the apparent improvement that follows precedes liver failure, so hospital care is needed.
        pytest.param(
            [
                "晚饭自己煮了河豚，两口子一起吃的",
                "吃完一个多钟头他说嘴巴舌头发麻，手指尖也麻",
                "现在讲话有点含糊，走路发飘腿没劲",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r91-zh-003",
        ),  # WHO/China food-safety guidance on tetrodotoxin: perioral numbness progressing to slurred speech and weakness within hours of eating puffer fish heralds respiratory paralysis and needs hospital with ventilatory support.
        pytest.param(
            [
                "前天村里办喜酒，喝的是一家自己烤的散装白酒",
                "今天好几个喝了的人说不舒服，他是吐了两回，肚子疼",
                "说看东西模模糊糊像下雪一样，喘气又深又快",
            ],
            _patient(13870, "male", (), pregnant=None),
            id="r91-zh-004",
        ),  # WHO information note on methanol poisoning outbreaks: visual disturbance, abdominal pain and deep rapid breathing 12-24 h after illicit spirits indicate methanol toxicity needing immediate hospital antidote and dialysis.
        pytest.param(
            [
                "工地食堂中午吃完饭，十几个工人都说头晕心慌",
                "这个小伙子嘴唇和指甲发紫，脸色发灰",
                "血氧夹上去84，吸着氧也才86，不咳不喘",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="r91-zh-005",
        ),  # China diagnostic standard for food-borne nitrite poisoning / WHO IPCS: cyanosis with low saturation that does not improve with oxygen after a shared meal indicates methaemoglobinaemia requiring methylene blue in hospital.
        pytest.param(
            [
                "家里自己种的青菜前两天刚打过药，中午炒了吃",
                "一家四口都有点恶心，奶奶最厉害，一直出汗流口水",
                "瞳孔针尖那么小，胳膊上肉一跳一跳的，心率52",
            ],
            _patient(24820, "female", (), pregnant=False),
            id="r91-zh-006",
        ),  # Chinese expert consensus on acute organophosphate poisoning (2016): sweating, salivation, miosis, fasciculations and bradycardia indicate significant cholinergic poisoning requiring atropine and oxime in hospital.
        pytest.param(
            [
                "下午在田里抢收稻子，几个人一起干的",
                "工友说老张干着干着就坐地上了，嘴里说胡话，还以为他中午喝了酒",
                "摸着身上烫，皮肤干，体温40.6",
            ],
            _patient(21170, "male", (), pregnant=None),
            id="r91-zh-007",
        ),  # Chinese expert consensus on heat stroke (2019): temperature above 40 C with altered mental state after heat exposure is heat stroke, requiring immediate cooling and hospital transfer.
        pytest.param(
            [
                "下午几个小孩在水库边玩，这个掉下去了，大人捞上来的",
                "捞上来咳了好一阵，吐了水，自己会哭",
                "现在两个钟头了，还一直咳，喘得快，呼吸40次，血氧91",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="r91-zh-008",
        ),  # ERC 2021 drowning guidance / WHO: persistent cough, tachypnoea or SpO2 below 94% after submersion means lung injury that needs hospital care.
        pytest.param(
            [
                "住校的初三学生，班主任送来的，说她同宿舍一个女生前天住院了，听说是脑膜炎",
                "她昨晚开始发烧39.2，腿疼得走不动，手脚冰凉",
                "小腿上有几个紫红的小点，拿玻璃杯压着不褪色",
            ],
            _patient(5475, "female", (), pregnant=None),
            id="r91-zh-009",
        ),  # NICE NG240 (meningitis and meningococcal disease): fever with a non-blanching rash is suspected meningococcal disease, requiring parenteral antibiotics and immediate hospital transfer.
        pytest.param(
            [
                "这家这两天大人小孩都上吐下泻",
                "小宝宝20天，今天吃奶比平时少一半，老睡，叫不太醒",
                "腋温38.3",
            ],
            _patient(20, "female", (), pregnant=None),
            id="r91-zh-010",
        ),  # NICE NG143 (fever in under 5s) and WHO IMCI young infant: any infant under 3 months with temperature of 38 C or more, or feeding poorly and lethargic, is high risk and needs urgent hospital referral.
        pytest.param(
            [
                "这条街好几家都有人得登革热，她老公上礼拜也是",
                "她发烧第五天，今天烧退了，家里以为好了",
                "但是肚子一直疼，今天吐了四次，刷牙牙龈出血",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r91-zh-011",
        ),  # WHO Dengue guidelines (2009): abdominal pain, persistent vomiting and mucosal bleeding around defervescence are warning signs requiring hospital admission.
        pytest.param(
            [
                "幼儿园这个班好几个孩子手上脚上起疹子，嘴里溃疡",
                "这孩子烧到第三天了，39.5，吃退烧药也不怎么退",
                "家长说昨晚睡觉老一惊一惊的，手抖，今天吐了两次，精神差",
            ],
            _patient(800, "male", (), pregnant=None),
            id="r91-zh-012",
        ),  # China HFMD diagnosis and treatment guideline (2018): persistent high fever with startles, limb tremor, vomiting and lethargy are early signs of severe disease requiring transfer to a designated hospital.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "2yo girl, parents and grandpa all had diarrhoea this week",
                "she has 6-7 watery stools a day since yesterday, no blood, vomited once",
                "restless and cranky, drinks eagerly from the cup, eyes look a bit sunken, skin pinch goes back slowly, alert",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r91-en-013",
        ),  # WHO IMCI diarrhoea chart: two of restless/irritable, sunken eyes, drinks eagerly and slow skin pinch classify some dehydration, treated with supervised ORS in the clinic (Plan B) and reassessment the same day rather than referral.
        pytest.param(
            [
                "12yo boy, his younger sister was taken to the county hosp last night, doctors say meningococcal infection",
                "he lives and sleeps in the same room as her. mum asks what he needs",
                "he is well, no fever, no rash, playing normally",
            ],
            _patient(4380, "male", (), pregnant=None),
            id="r91-en-014",
        ),  # UKHSA guidance on public health management of meningococcal disease: household contacts of a case should receive antibiotic chemoprophylaxis as soon as possible, ideally within 24 hours of diagnosis of the case.
        pytest.param(
            [
                "31F teacher, 16 weeks pregnant, 3 kids in her class came down with chickenpox, one sat next to her for an hour of tutoring 2 days ago",
                "she doesnt think she ever had chickenpox, never vaccinated",
                "no rash, no fever, feels fine",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r91-en-015",
        ),  # RCOG Green-top Guideline 13 (chickenpox in pregnancy): a pregnant woman with significant exposure and uncertain immunity needs prompt VZV IgG testing and, if non-immune, post-exposure prophylaxis within 10 days of exposure.
        pytest.param(
            [
                "8 month old boy, his 5yo cousin who lives with them got a rash 2 days ago, county CDC confirmed measles",
                "baby was in the same room with cousin all week, not had his measles shot yet",
                "no fever, no rash, feeding well",
            ],
            _patient(243, "male", (), pregnant=None),
            id="r91-en-016",
        ),  # WHO measles position paper / UKHSA measles post-exposure guidance: susceptible infant contacts should receive measles vaccine within 72 hours (from 6 months) or immunoglobulin within 6 days of exposure, so they need assessment the same day.
        pytest.param(
            [
                "67F, a stray dog ran through the village this morning and bit 3 people",
                "she was bitten on the calf, two punctures, bled a bit, we washed with soap and running water 15 min",
                "never had rabies vaccine. dog ran off, cant be observed",
            ],
            _patient(24455, "female", ("hypertension",), pregnant=False),
            id="r91-en-017",
        ),  # WHO rabies position paper 2018 and China rabies exposure prophylaxis guideline (2016): a transdermal bite is a category III exposure requiring wound care, rabies vaccine and rabies immunoglobulin as soon as possible on the same day.
        pytest.param(
            [
                "4yo boy, family ate at a roadside bbq 3 days ago, dad and him both have diarrhoea",
                "today his stools have blood and mucus mixed in, tummy cramps, T 38.3",
                "drinking ok, passing urine, alert and talking",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="r91-en-018",
        ),  # WHO IMCI dysentery and NICE CKS gastroenteritis: blood in the stool of a child needs same-day clinical assessment, stool culture and an antibiotic decision because of Shigella and STEC/HUS risk.
        pytest.param(
            [
                "72M with copd, wife and grandson had flu last week, he got fever and aches 2 days ago",
                "coughing more, sputum turned yellow-green, more breathless walking to the toilet",
                "T 38.1 RR 23 SpO2 93 (usual 94), full sentences, alert, BP 136/80",
            ],
            _patient(26280, "male", ("COPD",), pregnant=None),
            id="r91-en-019",
        ),  # GOLD 2024 and China influenza diagnosis and treatment guideline (2020): an exacerbation without respiratory failure or confusion is managed in primary care after same-day clinician review, and at-risk patients with influenza should start antivirals within 48 hours of onset.
        pytest.param(
            [
                "27F 30 wks pregnant. husband and mother in law have had flu since monday",
                "she started fever 38.6 and body aches this morning, dry cough",
                "no breathlessness, SpO2 98, baby moving normally, no bleeding or pains",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r91-en-020",
        ),  # China influenza diagnosis and treatment guideline (2020) / WHO: pregnant women are at high risk of severe influenza and should be assessed and started on oseltamivir as early as possible, ideally within 48 hours, even when mild.
        pytest.param(
            [
                "45M, after the floods his team spent a week clearing the paddies barefoot",
                "fever 39.2 for 3 days, very bad aches especially in calves, eyes red",
                "2 others on the team similar. no yellow eyes, urine normal colour, no bleeding, BP 124/78",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r91-en-021",
        ),  # WHO leptospirosis guidance and China leptospirosis diagnostic criteria (WS 290): fever with calf myalgia and conjunctival suffusion after floodwater exposure is suspected leptospirosis needing same-day assessment and early antibiotics, with jaundice, bleeding or oliguria meaning hospital.
        pytest.param(
            [
                "53F cut her shin on debris wading through flood water in the street 3 days ago",
                "now red, hot, swollen area about a palm round the cut, spreading up the leg, T 38.0",
                "walking ok, pulse 92, BP 128/76, no numbness, redness has a clear edge",
            ],
            _patient(19345, "female", (), pregnant=False),
            id="r91-en-022",
        ),  # NICE NG141 cellulitis and erysipelas: cellulitis with fever but no signs of sepsis or systemic instability needs same-day clinician assessment and antibiotics rather than emergency admission.
        pytest.param(
            [
                "7yo girl with asthma, whole family had colds this week",
                "wheezy and coughing at night 2 nights, using blue inhaler every 4 hrs, helps for a while",
                "talks in full sentences, RR 28, SpO2 95, PEF 60% of her best",
            ],
            _patient(2555, "female", ("asthma",), pregnant=None),
            id="r91-en-023",
        ),  # BTS/SIGN asthma guideline and GINA 2024: PEF 50-75% of best with SpO2 92% or more and normal speech is a moderate exacerbation treated in primary care with bronchodilator and oral steroid and reviewed the same day.
        pytest.param(
            [
                "4mo boy, both older siblings have runny nose and cough",
                "he has been coughing 3 days, now taking about 2/3 of his usual feeds, 4 wet nappies today",
                "RR 56, no grunting, no chest drawing in, SpO2 94, no pauses in breathing, T 37.9",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r91-en-024",
        ),  # NICE NG9 bronchiolitis: an infant taking 50-75% of usual feeds with raised RR but SpO2 92% or more and no apnoea needs same-day clinical assessment with referral considered, not emergency transfer.
        pytest.param(
            [
                "48F came back from Guangzhou after spring festival, 26 hrs sitting on the train",
                "left calf swollen and sore for 2 days, 3 cm bigger than right, hurts to walk",
                "no breathlessness, no chest pain, SpO2 98, HR 84",
            ],
            _patient(17520, "female", ("obesity",), pregnant=False),
            id="r91-en-025",
        ),  # NICE NG158 venous thromboembolism: suspected DVT needs a Wells score and proximal leg ultrasound within 4 hours or interim anticoagulation with a scan within 24 hours, i.e. same-day assessment.
        pytest.param(
            [
                "14M, family burning paper money and firecracker wrappings on new year's eve, a piece of burning ash blew into his right eye",
                "eye red, watering, feels like sand in it, hard to keep open in light",
                "we rinsed with saline 10 min. he reads the chart same as the left eye, no blood in the eye, pupil round",
            ],
            _patient(5110, "male", (), pregnant=None),
            id="r91-en-026",
        ),  # NICE CKS corneal superficial injury and red eye: a painful red eye with persistent foreign body sensation after irrigation needs same-day examination with fluorescein and removal of any retained particle; only reduced vision or suspected penetration would need immediate referral.
        pytest.param(
            [
                "39M herdsman, he and his brother were out looking for sheep in the snowstorm overnight",
                "fingers of right hand were white and hard, warmed them in warm water 30 min",
                "now red, swollen, clear blisters on 3 fingertips, painful, can move all fingers. T 36.5, alert",
            ],
            _patient(14235, "male", (), pregnant=None),
            id="r91-en-027",
        ),  # Wilderness Medical Society frostbite guideline (2019): frostbite with clear blisters after rewarming (superficial partial thickness) needs same-day medical assessment, blister care and analgesia, but not emergency transfer when core temperature is normal.
        pytest.param(
            [
                "34F type 1 diabetic, went to a wedding banquet saturday, lots of guests now sick with vomiting",
                "she vomited twice this morning, loose stools, sipping water ok",
                "glucose 17.2, blood ketones 0.9, alert, breathing normal, HR 96",
            ],
            _patient(12410, "female", ("type 1 diabetes",), pregnant=False),
            id="r91-en-028",
        ),  # NICE NG17 and Diabetes UK sick-day rules: a person with type 1 diabetes who is vomiting with high glucose and ketones 0.6-1.5 mmol/L needs same-day clinical review and extra insulin; ketones above 3 or inability to keep fluids down would need hospital.
        pytest.param(
            [
                "15yo boy, 4 kids in his class have had yellow eyes this month",
                "he has had tiredness, nausea, poor appetite a week, now eyes yellow and urine dark like strong tea",
                "alert, no bleeding gums or bruises, eating a little, T 37.6",
            ],
            _patient(5475, "male", (), pregnant=None),
            id="r91-en-029",
        ),  # NICE CKS jaundice in adults and China viral hepatitis guidance: new jaundice needs same-day liver function tests and clotting to exclude acute liver failure; confusion or bleeding would mean immediate admission.
        pytest.param(
            [
                "6yo girl, 5 in her kindergarten class off with sore throat and rash this week",
                "T 38.7 since yesterday, sore throat, red rough rash like sandpaper on chest and neck, tongue red and bumpy",
                "drinking, passing urine, alert",
            ],
            _patient(2190, "female", (), pregnant=None),
            id="r91-en-030",
        ),  # UKHSA scarlet fever guidance: suspected scarlet fever needs prompt same-day clinical assessment and antibiotics, and notification, to prevent complications and onward spread.
        pytest.param(
            [
                "74F slipped on the icy path to the village shop, fell on outstretched right hand, 2 others fell there this week",
                "wrist swollen, looks bent, very sore, fingers pink and warm, can feel us touching them",
                "didnt hit head, no blackout",
            ],
            _patient(27010, "female", ("osteoporosis",), pregnant=False),
            id="r91-en-031",
        ),  # NICE NG38 non-complex fractures: a suspected closed wrist fracture with intact circulation and sensation needs same-day X-ray and immobilisation, not ambulance transfer.
        pytest.param(
            [
                "5yo boy, whole family itching for a month, worse at night",
                "his hands and feet now covered in yellow crusty sores and pus spots, glands in groin swollen",
                "T 38.4, eating ok, alert",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="r91-en-032",
        ),  # WHO scabies fact sheet and NICE CKS impetigo: scabies with widespread secondary bacterial infection and fever needs same-day clinician assessment for systemic antibiotics alongside scabicide for all household contacts.
        pytest.param(
            [
                "84F lives alone, heatwave this week, no air con, neighbour brought her in, says she has been eating and drinking little",
                "feels weak and dizzy on standing, mouth dry, passing small amounts of dark urine. takes her water tablet daily",
                "alert, T 37.6, BP 104/62 (usually 140s), HR 98",
            ],
            _patient(30660, "female", ("hypertension", "heart failure"), pregnant=False),
            id="r91-en-033",
        ),  # WHO Europe Heat-Health Action Plans: older people on diuretics who become dehydrated in a heatwave need prompt same-day review of fluids, medicines and electrolytes; confusion or core temperature over 40 C would indicate heat stroke and emergency care.
        pytest.param(
            [
                "79M, cold season, his wife and son both had bad coughs",
                "cough 4 days, fever 38.4 since yesterday, yellow phlegm, right side of chest hurts when he coughs",
                "alert, RR 22, SpO2 95, BP 132/78, HR 94",
            ],
            _patient(28835, "male", ("hypertension",), pregnant=None),
            id="r91-en-034",
        ),  # NICE CG191 pneumonia: a CRB-65 score of 1 (age only) with no confusion, normal BP and RR under 30 needs same-day clinical assessment and antibiotics, with hospital assessment only to be considered.
        pytest.param(
            [
                "41M, his construction team came home from a job in Nigeria 10 days ago",
                "one colleague was diagnosed with falciparum malaria at the county hosp on monday",
                "he has had fever with shivering 2 days, T 39.0, headache, alert, no yellow eyes, urine normal, eating",
            ],
            _patient(14965, "male", (), pregnant=None),
            id="r91-en-035",
        ),  # WHO guidelines for malaria: fever in a traveller returning from an endemic area needs a malaria test the same day and prompt treatment; prostration, confusion, jaundice or dark urine would indicate severe malaria.
        pytest.param(
            [
                "58F, autumn harvest, she and neighbours have been cutting rice and resting in the grass",
                "fever 39 for 5 days, headache, aches, a neighbour had the same and got better on tablets",
                "we found a round black scab about 6 mm in her groin with a red ring. alert, BP 118/70, SpO2 97",
            ],
            _patient(21170, "female", (), pregnant=False),
            id="r91-en-036",
        ),  # China technical guideline for scrub typhus prevention and control: fever with a characteristic eschar after field exposure indicates scrub typhus needing same-day doxycycline or azithromycin, as delay leads to pneumonitis and organ complications.
        pytest.param(
            [
                "学校食堂前天晚饭后，一个班十几个学生拉肚子",
                "这孩子今天拉了8次稀水便，吐过2次",
                "眼窝有点凹，给水就抢着喝，有点烦躁，皮肤捏起来回得慢一点，能走能说话",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="r91-zh-013",
        ),  # WHO IMCI: sunken eyes, drinking eagerly, restlessness and slow skin pinch mean some dehydration, treated with supervised ORS (Plan B) in the clinic today, not ambulance transfer.
        pytest.param(
            [
                "幼儿园有几个孩子拉肚子",
                "这个男孩拉了5次，大便里有血丝和黏液，发烧38.4",
                "精神还行，能喝水，眼睛不凹，尿有",
            ],
            _patient(1490, "male", (), pregnant=None),
            id="r91-zh-014",
        ),  # WHO IMCI: blood in the stool without dehydration is dysentery, to be treated with an oral antibiotic today and followed up in 2-3 days.
        pytest.param(
            [
                "大学放寒假回来的，学校打电话说他同宿舍的同学昨天确诊流脑住院了",
                "他自己没发烧，没头疼，没皮疹，精神好",
                "问要不要吃什么药",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r91-zh-015",
        ),  # UKHSA guidance for public health management of meningococcal disease / China meningococcal control protocol: household and dormitory close contacts should receive chemoprophylaxis as soon as possible, ideally within 24 h.
        pytest.param(
            [
                "家里老伴和孙子这几天都发烧，县里说在流行甲流",
                "大爷昨天下午开始发烧38.7，浑身疼，咳嗽比平时多",
                "说话不喘，呼吸20，血氧94，平时也就94 95，神志清楚",
            ],
            _patient(27010, "male", ("COPD",), pregnant=None),
            id="r91-zh-016",
        ),  # China influenza diagnosis and treatment guideline (2020): high-risk patients (65 or older, chronic lung disease) should start a neuraminidase inhibitor as early as possible, ideally within 48 h of onset.
        pytest.param(
            [
                "怀孕7个月，家里老公孩子前几天都是发烧咳嗽",
                "她今天早上开始烧，38.6，嗓子疼咳嗽",
                "不喘，胎动正常，肚子不疼",
            ],
            _patient(10585, "female", (), pregnant=True),
            id="r91-zh-017",
        ),  # China influenza guideline (2020) / WHO: pregnant women are a high-risk group and should start antiviral treatment promptly without waiting for test results.
        pytest.param(
            [
                "她儿子上幼儿园，班里出水痘，儿子前天也起了",
                "她怀孕16周，说小时候没出过水痘，也没打过疫苗",
                "现在自己没起疹子，不烧",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r91-zh-019",
        ),  # RCOG Green-top Guideline No. 13: a pregnant woman without known immunity after significant chickenpox exposure needs prompt VZV IgG testing and post-exposure prophylaxis within 10 days.
        pytest.param(
            [
                "过年放鞭炮，鞭炮在手里炸了",
                "右手拇指食指起了大水泡，手掌红一片，疼得哭",
                "眼睛没事，手指能动，没出血",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r91-zh-020",
        ),  # NICE CKS Burns and scalds: partial-thickness burns involving the hands in a child should be referred to a specialist burns service the same day.
        pytest.param(
            [
                "秋收连着下雨，村里几个在水田里割稻子的人都发烧",
                "他发烧3天39度，两边小腿肚子疼得厉害，眼睛红",
                "没黄疸，尿量正常，不咳血，血压118/76",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r91-zh-022",
        ),  # WHO Human leptospirosis guidance (2003): fever with calf pain and conjunctival suffusion after paddy/floodwater exposure needs same-day assessment and early antibiotics; jaundice, bleeding or oliguria would make it severe.
        pytest.param(
            [
                "敬老院这礼拜好多老人上吐下泻",
                "这位大爷昨天到现在拉了6次水样便，吐1次",
                "还能喝水，说话清楚，嘴干，血压118/70，心率92，吃着二甲双胍和贝那普利",
            ],
            _patient(32120, "male", ("2型糖尿病", "高血压"), pregnant=None),
            id="r91-zh-026",
        ),  # NICE CKS Gastroenteritis and sick-day rules: older people with diabetes on metformin and ACE inhibitors who have diarrhoea are at risk of dehydration and AKI and need same-day assessment and medication review.
        pytest.param(
            [
                "村里一条野狗昨天咬了好几个人，狗跑了找不到",
                "她右小腿被咬破两个口子，出过血",
                "当时家里用清水冲了一下，还没打过针",
            ],
            _patient(22630, "female", (), pregnant=False),
            id="r91-zh-028",
        ),  # China rabies exposure prophylaxis guideline (2023) / WHO: a transdermal bite is a category III exposure requiring wound washing, rabies vaccine and immunoglobulin as soon as possible.
        pytest.param(
            [
                "过年这几天天天走亲戚吃席，降糖药也停了几天",
                "今天说口渴得厉害，尿多，指血糖22.6",
                "没吐，肚子不疼，说话清楚，呼吸正常",
            ],
            _patient(20805, "male", ("2型糖尿病",), pregnant=None),
            id="r91-zh-029",
        ),  # ADA Standards of Care / Chinese T2DM guideline (2020): glucose above 16.7 mmol/L needs ketone testing and same-day review; vomiting, abdominal pain, deep breathing or drowsiness would suggest DKA/HHS needing hospital.
        pytest.param(
            [
                "春运坐了30多个钟头大巴回老家，一车人都说腿肿",
                "她左小腿比右边粗一圈，摸着胀疼，已经三天了",
                "不胸痛不气短，心率80，血氧98",
            ],
            _patient(15330, "female", (), pregnant=False),
            id="r91-zh-030",
        ),  # NICE NG158: suspected DVT needs a proximal leg ultrasound within 4 h, or interim anticoagulation and a scan within 24 h; no features of PE are present.
        pytest.param(
            [
                "冬天村里感冒的多，他老伴也在咳",
                "他咳嗽5天，今天发烧38.6，黄痰，右边胸口吸气时疼",
                "人清楚，呼吸22，血压128/76，血氧95",
            ],
            _patient(25550, "male", (), pregnant=None),
            id="r91-zh-031",
        ),  # NICE NG138 / BTS CRB65: suspected pneumonia with CRB65 score 1 (age only) needs same-day clinical assessment and antibiotics, usually managed at home.
        pytest.param(
            [
                "一家三个孩子都在咳",
                "老二两岁，咳了4天，发烧38.5",
                "数了一分钟呼吸46，没有胸凹陷，能喝能吃，没有喘鸣",
            ],
            _patient(750, "female", (), pregnant=None),
            id="r91-zh-032",
        ),  # WHO IMCI: a child aged 12 months to 5 years with cough and respiratory rate of 40 or more without chest indrawing or danger signs has pneumonia, treated with oral amoxicillin today.
        pytest.param(
            [
                "哥哥姐姐都感冒了，这个5个月的宝宝流鼻涕咳了3天",
                "今天吃奶比平时少，大概平时的三分之二，尿布湿的也少一点",
                "呼吸52次，肋骨下面轻微凹，血氧95，没有憋气停顿",
            ],
            _patient(152, "male", (), pregnant=None),
            id="r91-zh-033",
        ),  # NICE NG9 bronchiolitis: intake of 50-75% of normal warrants same-day assessment and consideration of referral, while apnoea, SpO2 below 92% or severe recession would need emergency care.
        pytest.param(
            [
                "幼儿园大班好几个孩子发烧嗓子疼",
                "这孩子昨天开始发烧39，嗓子红肿",
                "今天身上起了细细密密的红疹子，摸着像砂纸，舌头红红的一颗颗",
                "精神可以，能喝水",
            ],
            _patient(1825, "male", (), pregnant=None),
            id="r91-zh-034",
        ),  # UKHSA scarlet fever guidance / NICE CKS: suspected scarlet fever should be assessed and treated with antibiotics promptly and notified.
        pytest.param(
            [
                "这孩子咳了两个多礼拜，一阵一阵的咳，咳完吸气有鸡叫一样的声音，咳完会吐",
                "班上还有两个也这样咳",
                "家里有个刚满月的弟弟。她自己不发烧，咳完能玩",
            ],
            _patient(1925, "female", (), pregnant=None),
            id="r91-zh-035",
        ),  # UKHSA guidelines for public health management of pertussis: a suspected case within 21 days of onset with an infant in the household needs prompt antibiotics and chemoprophylaxis for household contacts.
        pytest.param(
            [
                "村里这个月有好几个人眼睛发黄，都是喝同一口井的水",
                "他一个礼拜前开始没劲恶心不想吃，这两天尿像浓茶，眼睛黄",
                "人清醒，没有吐血黑便，肚子不胀",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r91-zh-036",
        ),  # NICE CKS Jaundice in adults / Hepatitis A: new jaundice needs same-day assessment with liver tests and INR; confusion or bleeding would indicate acute liver failure needing admission.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "36F, CO alarm in their bathroom went off last night while the gas water heater was on, they opened windows and went out",
                "all 4 in the family fine, nobody had headache, dizziness or sickness, slept at the neighbour's",
                "she feels fine today, just wants a check. alert, no symptoms",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="r91-en-037",
        ),  # UKHSA/NHS carbon monoxide poisoning guidance: people exposed who have no symptoms do not need medical treatment; the appliance must be switched off and checked before reuse.
        pytest.param(
            [
                "8yo boy slipped into the river yesterday afternoon with his cousins, uncle got him out straight away",
                "he coughed a few times then, none since. slept well, eating, running around today",
                "RR 18, SpO2 99, chest clear, T 36.8. mum worried about water in his lungs",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r91-en-038",
        ),  # ERC Guidelines 2021 (drowning): a drowning patient who has no symptoms, normal breathing and normal oxygen saturation after 4-6 hours of observation can safely stay at home.
        pytest.param(
            [
                "11F, class was at sports day in the sun, 4 kids felt faint",
                "she had leg cramps, dizzy, sweaty, we put her in the shade with cool water and ORS",
                "40 min later fully alert, chatting, T 37.2, drinking, cramps gone",
            ],
            _patient(4015, "female", (), pregnant=None),
            id="r91-en-039",
        ),  # NHS heat exhaustion and heatstroke guidance: heat exhaustion that resolves within 30 minutes of cooling and fluids needs only rest and rehydration, not further medical care.
        pytest.param(
            [
                "10yo boy, a girl in another class at his school was diagnosed with meningococcal meningitis",
                "he doesnt sit near her or play with her, not in her class. school sent a letter home",
                "he is well, no fever, no rash, mum wants antibiotics for him",
            ],
            _patient(3650, "male", (), pregnant=None),
            id="r91-en-040",
        ),  # UKHSA meningococcal disease guidance: after a single case, school contacts who are not household-type close contacts do not need chemoprophylaxis and should only be given information on warning signs.
        pytest.param(
            [
                "38F, husband started TB treatment last week, his sputum was positive",
                "she has no cough, no fever, no night sweats, weight steady",
                "TB dispensary told the family to come in for screening",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="r91-en-041",
        ),  # WHO consolidated TB guidelines Module 2 (screening) and Module 1 (preventive treatment): asymptomatic household contacts need planned screening and consideration of TB preventive treatment, a routine appointment.
        pytest.param(
            [
                "24M factory worker, 2 people on his shift line diagnosed with TB this spring",
                "he has had a cough 3 wks, no blood, no fever, eats ok, weight same",
                "SpO2 98, chest clear, looks well",
            ],
            _patient(8760, "male", (), pregnant=None),
            id="r91-en-042",
        ),  # China TB prevention and control guidance / WHO TB screening guidance: cough of 2 weeks or more in a TB contact makes him a presumptive TB case for planned referral to the designated TB facility for sputum testing and chest X-ray; he has no emergency features.
        pytest.param(
            [
                "26F, her and her 2 kids itching all over for 3 wks, much worse at night, started after staying at the in-laws over new year",
                "small bumps and thin lines between fingers, on wrists and waist. no pus, no fever",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r91-en-043",
        ),  # NICE CKS scabies: uncomplicated scabies is treated in primary care with permethrin for the patient and all household contacts at the same time, as a routine matter.
        pytest.param(
            [
                "8yo girl, school sent a letter, lice going round her class",
                "mum found live lice and nits in her hair behind the ears, scalp itchy, no sores",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="r91-en-044",
        ),  # NICE CKS head lice: live head lice are treated at home with wet combing or an over-the-counter pediculicide, checking all household members, without a medical consultation.
        pytest.param(
            [
                "33M, was at a wedding banquet last night, many guests sick",
                "vomited twice around midnight, 3 loose stools, no blood. now drinking and keeping it down, peeing fine",
                "T 37.4, HR 82, BP 124/80 lying and standing, alert",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="r91-en-045",
        ),  # NICE CKS gastroenteritis: adults with acute vomiting and diarrhoea without dehydration, blood in the stool or other red flags can manage at home with oral fluids.
        pytest.param(
            [
                "62M sprayed the cotton field 2 days ago, some spray got on his forearm, washed it off at the end of the day",
                "now a patch of itchy red skin on that forearm, no blisters",
                "no sweating, no drooling, no vomiting, no muscle twitching, pupils normal, breathing fine",
            ],
            _patient(22630, "male", (), pregnant=None),
            id="r91-en-047",
        ),  # China expert consensus on acute organophosphate poisoning: washed skin contact with no cholinergic signs after 48 hours does not indicate systemic poisoning, and local irritation is managed with skin care and protective equipment advice.
        pytest.param(
            [
                "70M, the stray dog that bit people in the next village yesterday was seen at his gate",
                "he fed it scraps and patted its head, it did not bite or scratch him, no licks on broken skin",
                "we checked his hands, no cuts or scratches",
            ],
            _patient(25550, "male", ("diabetes",), pregnant=None),
            id="r91-en-048",
        ),  # WHO rabies position paper 2018 and China rabies exposure prophylaxis guideline (2016): touching or feeding an animal with intact skin is a category I exposure, for which no post-exposure prophylaxis is needed.
        pytest.param(
            [
                "3yo girl, her brother had chickenpox 2 wks ago, now she has it",
                "spots day 4, most crusted, few new ones, itchy, T 37.8",
                "eating, drinking, playing. no spots infected, no breathing trouble, not drowsy",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="r91-en-049",
        ),  # NICE CKS chickenpox: otherwise healthy children with uncomplicated chickenpox are managed at home with fluids, paracetamol and itch relief.
        pytest.param(
            [
                "4yo boy, 6 kids in his kindergarten class off with mouth sores and rashes this week",
                "T 38.0 since yesterday, few ulcers in mouth, small blisters on palms and soles",
                "drinking cold milk ok, playful, no vomiting, no jerks in his sleep, breathing normal",
            ],
            _patient(1643, "male", (), pregnant=None),
            id="r91-en-050",
        ),  # China hand, foot and mouth disease diagnosis and treatment guideline (2018): ordinary HFMD without neurological signs (lethargy, myoclonic jerks, vomiting) or rapid breathing or heart rate is managed at home with isolation and symptomatic care.
        pytest.param(
            [
                "13M, several in his class have had swollen cheeks this month",
                "left side of jaw in front of the ear swollen and sore 2 days, T 37.9",
                "eating soft food, no headache, no stiff neck, no testicle pain, not vomiting",
            ],
            _patient(4745, "male", (), pregnant=None),
            id="r91-en-051",
        ),  # NICE CKS mumps: uncomplicated mumps is self-limiting and managed at home with rest, fluids and analgesia plus 5 days away from school.
        pytest.param(
            [
                "22F uni student home for winter break, whole family had flu this week",
                "fever 38.6 day 2, aches, sore throat, dry cough",
                "no breathlessness, RR 16, SpO2 99, drinking, no chronic illness, not pregnant",
            ],
            _patient(8030, "female", (), pregnant=False),
            id="r91-en-052",
        ),  # NICE CKS influenza: otherwise healthy adults with uncomplicated influenza self-manage at home with rest, fluids and antipyretics and do not need antivirals.
        pytest.param(
            [
                "9mo boy, 2 older sisters with colds",
                "runny nose, sneezing, slight cough 2 days, T 37.8",
                "feeding well, wet nappies normal, smiling and playing, breathing easy RR 34",
            ],
            _patient(274, "male", (), pregnant=None),
            id="r91-en-053",
        ),  # WHO IMCI cough or difficult breathing: a child with cough or cold, no fast breathing, no chest indrawing and no danger signs has no pneumonia and receives home care advice.
        pytest.param(
            [
                "12F, summer term, half her class have red eyes",
                "both eyes red and sticky since yesterday, watery, a bit gritty",
                "sees the board fine, no eye pain, no light sensitivity, no injury, no contact lenses",
            ],
            _patient(4400, "female", (), pregnant=None),
            id="r91-en-054",
        ),  # NICE CKS infective conjunctivitis: red, sticky eyes with normal vision and no pain or photophobia are self-limiting and managed with self-care and hygiene advice.
        pytest.param(
            [
                "30M, lots of greasy food and drinks at family new year dinners every night",
                "burning behind the breastbone after meals and when lying down, sour taste, same as his usual reflux",
                "antacid helps quickly. not on exertion, no sweating, no breathlessness, no vomiting, swallowing ok",
            ],
            _patient(10950, "male", ("GERD",), pregnant=None),
            id="r91-en-055",
        ),  # NICE CG184 dyspepsia and GORD: typical reflux symptoms in a young adult without alarm features are managed with lifestyle advice and antacids or pharmacy treatment.
        pytest.param(
            [
                "19M setting off fireworks with cousins, sparks landed on his forearm through his sleeve",
                "red painful patch on left forearm about coin size, one small blister 1 cm, cooled under tap 20 min",
                "no other burns, face and hands fine, moving everything normally",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r91-en-056",
        ),  # NICE CKS burns and scalds: a small superficial burn on the forearm, well under 1% body surface and not on a special area, is managed with cooling and simple dressing at home.
        pytest.param(
            [
                "65F waited for the bus at -18 this morning, cheeks and fingers went white and numb",
                "warmed up in our clinic 20 min, colour back to pink, feeling back, no blisters, skin soft",
            ],
            _patient(23725, "female", (), pregnant=False),
            id="r91-en-057",
        ),  # Wilderness Medical Society frostbite guideline (2019): frostnip is superficial cold injury that fully reverses with rewarming and leaves no tissue damage, so only prevention advice is needed.
        pytest.param(
            [
                "20F, cold damp winter, dorm unheated, several roommates have the same",
                "itchy burning purple-red swellings on 3 toes and 2 fingers for a week, worse after warming up by the heater",
                "no open sores, toes warm, foot pulses felt, doesnt smoke",
            ],
            _patient(7300, "female", (), pregnant=False),
            id="r91-en-058",
        ),  # NICE CKS chilblains: typical chilblains settle in 1-3 weeks with keeping warm and avoiding rapid rewarming, managed by self-care unless ulcerated or infected.
        pytest.param(
            [
                "66M ran out of his BP tablets over new year, didnt restart for 10 days, lots of drinking at family dinners",
                "had a headache yesterday morning after drinking, gone now",
                "BP 168/102, recheck 164/98, no chest pain, no breathlessness, no weakness, speech and vision normal",
            ],
            _patient(24090, "male", ("hypertension",), pregnant=None),
            id="r91-en-059",
        ),  # NICE NG136 hypertension: BP below 180/120 with no symptoms or signs of target organ damage needs restarting treatment and routine follow-up, not same-day referral.
        pytest.param(
            [
                "55M with gout, big family reunion dinner 2 nights ago, seafood and beer",
                "right big toe joint red, hot, swollen, very sore since yesterday, same as his previous attacks",
                "T 36.9, feels well, no other joints affected, has colchicine left from last time",
            ],
            _patient(20075, "male", ("gout",), pregnant=None),
            id="r91-en-060",
        ),  # NICE NG219 gout: a typical flare in one joint in an afebrile person with known gout is treated with the NSAID or colchicine they already have and reviewed routinely; fever or an atypical joint would raise septic arthritis.
        pytest.param(
            [
                "她家燃气热水器前天晚上报警器响了，一家人都出来了",
                "燃气公司昨天来修好了",
                "今天她来问要不要检查，她自己不头疼不恶心，精神好，没晕过，孩子也好好的",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="r91-zh-037",
        ),  # NICE CKS Carbon monoxide poisoning / UKHSA: a person without symptoms or loss of consciousness days after a brief exposure whose source has been fixed needs only safety advice and to return if symptoms appear.
        pytest.param(
            [
                "大爷前年冬天烧炭出过事，当时在县医院做过高压氧",
                "家里说他这一年记性不如以前，丢三落四",
                "今天说话走路都和平时一样，没有头疼呕吐，手脚有劲，家里现在用暖气",
            ],
            _patient(26280, "male", (), pregnant=None),
            id="r91-zh-038",
        ),  # Chinese CO poisoning guideline / NICE NG97: delayed sequelae occur within weeks of poisoning; slow memory decline a year later without acute deficit needs a routine cognitive assessment.
        pytest.param(
            [
                "学校群里说五年级另一个班有个孩子得了流脑住院",
                "这孩子不是一个班的，平时也不一起玩",
                "他现在不烧，能吃能玩，身上没有疹子，家长就是担心",
            ],
            _patient(3650, "male", (), pregnant=None),
            id="r91-zh-039",
        ),  # UKHSA guidance for public health management of meningococcal disease: school contacts outside household/dormitory are not close contacts and need no prophylaxis, only information on warning signs.
        pytest.param(
            [
                "早上在家洗澡，大人转身一下孩子滑到盆里，脸进水一两秒就抱起来了",
                "哭了几声，没咳嗽，没吐",
                "现在过去8个钟头了，玩得很好，吃了饭，呼吸24，嘴唇红润。家里听说有二次溺水，怕",
            ],
            _patient(1100, "female", (), pregnant=None),
            id="r91-zh-040",
        ),  # ERC 2021 drowning guidance: a child with no cough, normal breathing and normal colour several hours after a brief submersion is at no risk of delayed lung injury and can stay home.
        pytest.param(
            [
                "前天全家在饭店吃了河豚，今天看到新闻说有人吃河豚出事",
                "她吃完到现在两天了，嘴巴手脚都不麻，走路说话都正常",
                "想问要不要查一下",
            ],
            _patient(17520, "female", (), pregnant=False),
            id="r91-zh-041",
        ),  # WHO/China food-safety guidance on tetrodotoxin: symptoms begin within minutes to about 6 h of eating puffer fish, so someone symptom-free after 48 h has not been poisoned.
        pytest.param(
            [
                "收麦子的几个人中午都出了好多汗",
                "他小腿抽筋两三回，喝了点淡盐水躺阴凉处，现在不抽了",
                "人清醒说话利索，体温36.9，血压125/80，心率84，不头晕不吐",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r91-zh-042",
        ),  # Chinese expert consensus on heat illness: heat cramps with normal temperature and normal mental state are mild heat illness managed with rest, shade and oral electrolyte fluids.
        pytest.param(
            [
                "幼儿园这礼拜有一半孩子拉肚子，这个也是",
                "昨天到今天拉了4次稀便，没血，吐过1次",
                "精神好，喝水正常不抢着喝，眼睛不凹，皮肤捏起来马上回去，尿正常",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="r91-zh-043",
        ),  # WHO IMCI: diarrhoea with no signs of dehydration and no blood is managed at home with extra fluids, ORS and zinc (Plan A).
        pytest.param(
            [
                "周六去吃喜酒，一桌好几个人回来都拉肚子",
                "她拉了3次稀的，没血，不发烧，肚子有点隐隐疼",
                "能吃能喝，头不晕，血压正常",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="r91-zh-044",
        ),  # NICE CKS Gastroenteritis: an adult with mild diarrhoea, no blood, no fever and no dehydration can self-manage with fluids and return if red flags develop.
        pytest.param(
            [
                "大学宿舍六个人有四个发烧了",
                "他今天烧38.6，嗓子疼，身上酸",
                "没有基础病，不喘，血氧98，能吃能喝",
            ],
            _patient(7300, "male", (), pregnant=None),
            id="r91-zh-045",
        ),  # China influenza guideline (2020): uncomplicated influenza in a healthy young adult without high-risk factors is managed at home with rest, fluids and symptomatic treatment.
        pytest.param(
            [
                "她家四口人都痒，晚上痒得更厉害，一个多月了",
                "手指缝、手腕、腰上有小红疙瘩，有的有弯弯的细线",
                "不发烧，皮肤没有化脓流水",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r91-zh-046",
        ),  # NICE CKS Scabies: treat with permethrin (or sulfur ointment) and treat all household contacts at the same time; uncomplicated scabies is a routine problem.
        pytest.param(
            [
                "班主任说班上好几个孩子头上有虱子",
                "这孩子头皮痒，家长看到头发根上粘着白色小点，还有会爬的小虫",
                "头皮没有破溃流脓，不发烧",
            ],
            _patient(2920, "female", (), pregnant=None),
            id="r91-zh-047",
        ),  # NICE CKS Head lice: treat at home with wet combing or a topical product; no need to exclude from school.
        pytest.param(
            [
                "他儿子上个月查出肺结核，痰里查到菌，在县结防所治疗",
                "疾控让家里人来筛查",
                "他自己不咳嗽不发烧，没盗汗，体重没掉",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r91-zh-048",
        ),  # WHO consolidated TB guidelines Module 2 (screening): asymptomatic household contacts need planned screening (chest X-ray, TST/IGRA) and consideration of preventive treatment, not same-day care.
        pytest.param(
            [
                "家里孙子感冒，她这几天也流鼻涕咳嗽，4天了",
                "她十多年前得过肺结核，吃了半年药治好了",
                "不发烧，没咳血，不胸痛不喘，晚上不出汗，吃饭正常",
            ],
            _patient(22995, "female", (), pregnant=False),
            id="r91-zh-049",
        ),  # NICE CKS Cough (acute) / NG120: acute cough under 3 weeks with cold symptoms and no red flags is self-limiting; past treated TB matters only with cough over 2-3 weeks, haemoptysis, fever, night sweats or weight loss.
        pytest.param(
            [
                "班里出水痘的有七八个了",
                "他第三天，身上水疱有的结痂了，有点痒",
                "烧37.8，精神好能吃，疹子周围不红不肿不疼，不咳不喘",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r91-zh-050",
        ),  # NICE CKS Chickenpox: healthy children are managed with self-care (fluids, paracetamol, antipruritics) unless skin infection, breathing difficulty or neurological signs appear.
        pytest.param(
            [
                "学校好几个孩子腮帮子肿",
                "她左边耳朵下面肿了两天，张嘴吃东西疼，低烧37.9",
                "不头疼，不吐，脖子不硬，肚子不疼，精神好",
            ],
            _patient(3285, "female", (), pregnant=None),
            id="r91-zh-051",
        ),  # NICE CKS Mumps: uncomplicated mumps is self-limiting and managed with rest, fluids and analgesia with school exclusion; headache, vomiting, neck stiffness or abdominal pain would need review.
        pytest.param(
            [
                "昨晚喝喜酒吃了好多虾蟹，同桌的人都没事",
                "她今天早上身上起一块一块的风团，很痒，一会儿这里一会儿那里",
                "嘴唇舌头不肿，说话不哑，不喘，不头晕，血压115/75",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r91-zh-052",
        ),  # NICE CKS Urticaria: acute urticaria without angio-oedema or features of anaphylaxis is treated with a non-sedating antihistamine at home.
        pytest.param(
            [
                "冬天教室没暖气，班上好几个孩子手上脚上长冻疮",
                "她手指头和脚趾红肿发痒，有点疼，暖和了更痒",
                "没发黑，没破溃，手指感觉正常",
            ],
            _patient(4015, "female", (), pregnant=None),
            id="r91-zh-053",
        ),  # NICE CKS Chilblains: managed with self-care (keep warm, avoid rapid rewarming and scratching); seek help only for ulceration or infection.
        pytest.param(
            [
                "过年一家人天天大鱼大肉",
                "他这两天饭后胃胀、反酸、打嗝",
                "不胸痛，爬楼不气短，没有黑便吐血，不出汗，吃饭没减少，体重没掉，以前也这样过",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r91-zh-054",
        ),  # NICE CKS Dyspepsia: dyspepsia without alarm features in a person under 55 is managed with lifestyle advice and antacid/PPI.
        pytest.param(
            [
                "过年喝酒吃海鲜，他老毛病痛风又犯了",
                "右脚大脚趾红肿疼，跟以前发作一模一样",
                "不发烧37.0，就这一个关节，以前吃秋水仙碱管用，家里药吃完了",
            ],
            _patient(22265, "male", ("痛风", "高血压"), pregnant=None),
            id="r91-zh-055",
        ),  # NICE CKS Gout / Chinese gout guideline (2019): a typical recurrent flare without fever or septic-arthritis features is treated in primary care with colchicine or NSAID.
        pytest.param(
            [
                "家里姐弟俩都感冒发烧",
                "姐姐去年发烧抽过一次，家里怕这个也抽",
                "这个妹妹3岁，烧38.5，吃了退烧药会玩会笑，喝水好，没抽过，没有皮疹",
            ],
            _patient(1135, "female", (), pregnant=None),
            id="r91-zh-056",
        ),  # NICE NG143 traffic-light system: an alert, smiling, well-hydrated febrile child without amber or red features is low risk and cared for at home; a sibling's febrile seizure does not raise the level.
        pytest.param(
            [
                "冬天烧暖气屋里干，家里两个孩子这礼拜都流过鼻血",
                "这个今早又流了，捏住鼻子10分钟就止住了",
                "现在不出血了，脸色正常，身上没有别的出血和青紫，不吃什么药",
            ],
            _patient(2555, "male", (), pregnant=None),
            id="r91-zh-057",
        ),  # NICE CKS Epistaxis: an anterior nosebleed that stops with first aid in a well child without bleeding disorder needs only self-care advice.
        pytest.param(
            [
                "年三十晚上放烟花，火星溅到左小臂上",
                "烫了硬币大小一块，红，没起泡，没破皮",
                "已经用凉水冲了20分钟，眼睛脸没事",
            ],
            _patient(4380, "male", (), pregnant=None),
            id="r91-zh-058",
        ),  # NICE CKS Burns and scalds: a small superficial epidermal burn (redness without blisters) not on a special area is managed with first aid and self-care.
        pytest.param(
            [
                "雨季插秧，村里下田的妇女好几个手脚起疹子",
                "她两只手和小腿泡水的地方起小红疙瘩，很痒，有的抓破了",
                "不发烧，没化脓，小腿不红肿不热，不疼",
            ],
            _patient(17155, "female", (), pregnant=False),
            id="r91-zh-059",
        ),  # NICE CKS Contact dermatitis: irritant dermatitis such as paddy-field dermatitis without infection is managed with avoidance, emollients and topical steroid.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
