# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""An eighty-seventh held-out round (2026-12-07, at commit 51359e1: two reviewers, 120 children from
birth to 12 years with measured vital signs and examination findings, read against the child's age
(WHO IMCI fast breathing, NICE NG143's traffic lights, APLS ranges): pneumonia, bronchiolitis,
sepsis, dehydration, croup, asthma, fever without a source; and look-alikes where an adult's
abnormal value is a child's normal one, or a high fever in a well child; 12 emergencies, 24
same-day and 24 look-alikes a set). Before these fixes the rules found 12 of 12 and 11 of 12
emergencies, graded 19 of 24 and 17 of 24 same-day cases exactly (English, Chinese) and sent 3
and 0 look-alikes to emergency. Missed: a 10-day-old not feeding (不怎么吃奶) with a temperature of
35.3 told as 量了35.3 and cold hands. Sent to emergency: croup with stridor only when crying, a
bronchiolitis whose 没有呼吸暂停 was read as 没有呼吸 (no breathing), nasal flaring read as grunting,
a toddler's pulse of 122 with bloody diarrhoea read as blood loss, 比平时蔫 told with 能叫醒能说话,
a breath-holding spell's few seconds floppy, and "between fits" of a whooping cough. Not read: a
capillary refill of 3-4 seconds at all, urine dipsticks with nitrites, measles's rash starting
behind the ears, "day 2" feeding half the usual, "2 wet nappies in the last 12 h".

What changed: a capillary refill of 3 seconds or more is read; with cold hands, pallor, a weak or
a fast pulse for age it is shock (WHO ETAT 2016, emergency), alone NICE NG143's amber (same day);
a child's fast pulse is judged by NICE NG143's table by age, in the shock and blood-loss signs
too; nasal flaring is amber, grunting red (NICE NG143); stridor only when upset is mild croup
(NICE CKS Croup); IMCI's lethargy is not a child told as rousable and responding, nor the end of
a breath-holding spell; 没有呼吸暂停 denies apnoea; 量了35.3 is a temperature; nitrites on a dipstick
are a urinary infection (NICE NG224). After: 12/12, 12/12; 24/24, 23/24; look-alikes 24/24, 24/24.

Left: a 9-month-old whose parents say 脸色发白 (r87-zh-026) is graded on NICE NG143's red pallor,
where the reviewer read "pallor reported by a parent" as amber."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "hi doc, mum here with her 6 wk old girl, says baby felt a bit warm to touch this morning",
                "axillary T 38.3, repeat 38.2. feeding ok from the breast, pink, HR 158 RR 48, no rash. mum just wants some fever drops if thats ok?",
            ],
            _patient(43, "female", (), pregnant=None),
            id="r87-en-001",
        ),  # NICE NG143 Fever in under 5s: a temperature of 38°C or higher in an infant younger than 3 months is a red (high-risk) feature needing immediate paediatric referral however well the baby looks, and WHO IMCI counts fever ≥37.5°C in a young infant as possible serious bacterial infection for urgent referral.
        pytest.param(
            [
                "10mo boy, cough 3 days, fever since yesterday",
                "RR 66 counted full minute, deep chest indrawing, grunting with each breath, SpO2 87% on air, HR 172. mother says he stopped taking the breast this afternoon",
            ],
            _patient(305, "male", (), pregnant=None),
            id="r87-en-004",
        ),  # WHO Pocket Book of Hospital Care for Children / IMCI: cough or difficult breathing with SpO2 below 90%, grunting or inability to breastfeed is severe pneumonia requiring oxygen, a first antibiotic dose and immediate referral.
        pytest.param(
            [
                "4 month boy, cough and snuffly nose 3 days, village dr saw him monday and said bronchiolitis",
                "mum mentions that last night in his sleep he stopped breathing for a bit, she counted about 15-20 sec, lips went greyish then he gave a gasp and carried on. happened twice she thinks. now awake and feeding a bit, SpO2 94% RR 52 T 37.6",
            ],
            _patient(128, "male", (), pregnant=None),
            id="r87-en-007",
        ),  # NICE NG9 Bronchiolitis in children: apnoea, whether observed or reported by parents, is an indication for immediate emergency referral (999 ambulance).
        pytest.param(
            [
                "14 month girl watery diarrhea x3 days, about 10 times a day, vomiting too",
                "now very sleepy, hard to wake her, eyes very sunken, she won't take the cup when we offer ORS, skin pinch on the belly goes back very slowly, like 3 sec. HR 170, hands cold, CRT 4s",
            ],
            _patient(432, "female", (), pregnant=None),
            id="r87-en-011",
        ),  # WHO IMCI: two or more of lethargic/unconscious, sunken eyes, not able to drink or drinking poorly, and skin pinch going back very slowly is SEVERE dehydration, requiring Plan C IV rehydration or immediate referral.
        pytest.param(
            [
                "2 yr old boy T 39.1 since this morning, grizzly",
                "few small purple spots on both shins and 1 on his tummy, pressed a glass on them and they don't fade. hands and feet cold, CRT 4 s, HR 162, RR 36",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r87-en-014",
        ),  # NICE NG240 Meningitis and meningococcal disease / NG143: fever with a non-blanching rash is a red feature of meningococcal disease; give parenteral benzylpenicillin if it does not delay transfer and send to hospital immediately.
        pytest.param(
            [
                "3 yo girl barking cough since last night, much worse in the last hour",
                "loud noisy breathing in even when she sits calmly on mum's lap, deep sucking in below the breastbone and at the neck, very agitated, won't settle, SpO2 91%, HR 165, T 38.1",
            ],
            _patient(1190, "female", (), pregnant=None),
            id="r87-en-017",
        ),  # NICE CKS Croup: prominent stridor at rest with marked sternal recession, agitation and hypoxaemia is severe croup, requiring emergency admission by 999 ambulance (with oral dexamethasone or nebulised budesonide if possible).
        pytest.param(
            [
                "8 y girl fever 2 days and vomiting, mum says she's been 'not making sense' since lunch",
                "T 39.6, HR 138, RR 30, legs blotchy and mottled, CRT 4 s, BP 88/50. keeps asking the same question, doesn't know what day it is",
            ],
            _patient(2960, "female", (), pregnant=None),
            id="r87-en-020",
        ),  # NICE NG51 Suspected sepsis (age 8-11): objective altered mental state, mottled skin, HR ≥115 and RR ≥25 are high-risk criteria requiring immediate 999 transfer with pre-alert, and pre-hospital antibiotics where transfer takes over an hour.
        pytest.param(
            [
                "9 month boy fever 38.9 since yesterday, mum says he's 'just very sleepy today'",
                "he opens his eyes when I rub his chest then goes straight back to sleep, weak moaning cry, fontanelle bulging and tense while upright and quiet, HR 168, CRT 3 s",
            ],
            _patient(280, "male", (), pregnant=None),
            id="r87-en-025",
        ),  # NICE NG143 traffic-light table: not staying awake when roused, a weak or continuous cry and a bulging fontanelle are red features (possible meningitis) requiring immediate transfer to hospital.
        pytest.param(
            [
                "5 yo boy with asthma, mum brought him in from the fields, wheezy since morning",
                "actually his wheezing has gone much quieter now, he's just sitting very still, not talking much, lips look a bit dusky. SpO2 88%. can't get a peak flow out of him",
            ],
            _patient(1840, "male", ("asthma",), pregnant=None),
            id="r87-en-028",
        ),  # BTS/SIGN 158 acute asthma: SpO2 below 92% with a silent chest, cyanosis or poor respiratory effort is life-threatening asthma, requiring immediate transfer with oxygen and nebulised bronchodilators en route.
        pytest.param(
            [
                "phone from the village: 19 day old girl, granny says she's been a 'very good baby' today, sleeping all day, hardly cried",
                "I went to the house: axillary T 35.2, she hasn't taken the breast since this morning, feels cool, bit floppy, RR 34, HR 100",
            ],
            _patient(19, "female", (), pregnant=None),
            id="r87-en-031",
        ),  # WHO IMCI young infant (0-2 months): not feeding well, movement only when stimulated and a temperature below 35.5°C are signs of very severe disease, needing pre-referral treatment (warming, first antibiotic dose) and urgent referral.
        pytest.param(
            [
                "5 week old boy, blocked nose and a little cough 2 days, mum says he's breathing quick",
                "RR 66 counted twice, full minute each, while calm. T 37.2, SpO2 91%. only takes a few sucks then pulls off and cries, hardly fed since this morning",
            ],
            _patient(36, "male", (), pregnant=None),
            id="r87-en-034",
        ),  # WHO IMCI young infant and NICE NG9 Bronchiolitis: not feeding well is a sign of very severe disease in an infant under 2 months, and RR above 60, SpO2 below 92% or inadequate feeding in bronchiolitis require hospital referral, so this baby needs immediate transfer.
        pytest.param(
            [
                "6yr boy known asthmatic, wheezing since lunchtime",
                "gave 10 puffs salbutamol via spacer 20 min ago, no real change. SpO2 90% on air, HR 138, RR 36, can only say 2-3 words per breath, using his neck muscles",
            ],
            _patient(2210, "male", ("asthma",), pregnant=None),
            id="r87-en-037",
        ),  # BTS/SIGN 158 acute asthma: in a child over 5, SpO2 below 92%, inability to complete sentences, HR above 125 and RR above 30 define acute severe asthma, which needs oxygen, repeated bronchodilator and immediate hospital transfer.
        pytest.param(
            [
                "王医生，卫生室来了个21天的男宝，家里说摸着有点热",
                "腋温38.3，精神看着还行，吃奶比平时少点，不咳不拉。家长想拿点退烧的回去先看看",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r87-zh-001",
        ),  # NICE NG143 Fever in under 5s: 3个月以下婴儿体温≥38°C属红色(高危)征象需立即转诊儿科评估；WHO IMCI小婴儿体温≥37.5°C即归为可能严重细菌感染需紧急转诊。
        pytest.param(
            [
                "42天男婴，咳了2天，今天吃奶很差，喂几口就不吃了",
                "数呼吸66次/分，下胸壁凹进去很明显，T 37.2",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r87-zh-006",
        ),  # WHO IMCI 小婴儿(<2个月): 呼吸≥60次/分、严重胸凹陷或喂养差均属可能严重细菌感染(PSBI)，需首剂抗生素后紧急转诊住院。
        pytest.param(
            [
                "2岁男孩，拉水样便2天，一天十几次，今天也吐了好几次",
                "现在叫他没什么反应，眼窝凹得很深，给水喝不进去，捏肚皮回去很慢，得3秒多",
            ],
            _patient(790, "male", (), pregnant=None),
            id="r87-zh-010",
        ),  # WHO IMCI: 嗜睡/意识不清、眼窝凹陷、不能饮水、皮肤捏起回缩非常慢(≥2秒)中具备两项即为重度脱水，需立即静脉补液(方案C)或紧急转诊。
        pytest.param(
            [
                "1岁半男孩，昨晚开始犬吠样咳嗽，声音哑",
                "现在安静坐着也能听到很响的吸气性喉鸣，胸骨上窝凹进去很明显，孩子烦躁乱抓，SpO2 91%",
            ],
            _patient(545, "male", (), pregnant=None),
            id="r87-zh-016",
        ),  # NICE CKS Croup: 静息时明显喉鸣、明显胸骨凹陷、烦躁不安为重度喉炎，需紧急(999)入院；SpO2<92%提示即将呼吸衰竭。
        pytest.param(
            [
                "4岁女孩有哮喘，今天早上开始喘，在家喷了沙丁胺醇两次没见好",
                "现在话都说不成句，坐着往前趴，SpO2 90%，HR 150，RR 44",
                "刚又给雾化了一次，还是差不多",
            ],
            _patient(1580, "female", ("asthma",), pregnant=None),
            id="r87-zh-019",
        ),  # BTS/SIGN British guideline on the management of asthma: 2–5岁SpO2<92%、HR>140、RR>40、无法说话属急性重度哮喘，SpO2<92%或支气管舒张剂无效者需立即转院。
        pytest.param(
            [
                "5个月女婴，昨天发烧39度，喂了布洛芬",
                "家长说吃了退烧药一直睡，挺好睡的。我看了下叫不太醒，醒一会又睡过去了",
                "T 38.6 HR 190 四肢皮肤花花的，CRT 4秒",
            ],
            _patient(152, "female", (), pregnant=None),
            id="r87-zh-025",
        ),  # NICE NG51 Sepsis: <1岁HR≥160、唤醒后不能保持清醒、皮肤花斑属高危标准，需立即转急救；NICE NG143亦将不能保持清醒、皮肤花斑列为红色征象。
        pytest.param(
            [
                "8个月女孩，流涕咳嗽3天，家长说就是感冒了想拿点止咳药",
                "我数了呼吸72次/分，鼻翼扇动，肋间凹进去很明显，SpO2 89%，吃奶只吃了几口",
            ],
            _patient(245, "female", (), pregnant=None),
            id="r87-zh-029",
        ),  # NICE NG9 Bronchiolitis in children: 呼吸>70次/分、明显胸壁凹陷或未吸氧SpO2持续<92%需立即(999)转诊。
        pytest.param(
            [
                "2个多月的男宝，咳嗽流鼻涕3天",
                "妈妈说今天吃奶的时候有两次好像憋住不喘气了，嘴唇有点发紫，拍一拍自己又好了，现在看着还行",
                "RR 52 SpO2 94%",
            ],
            _patient(65, "male", (), pregnant=None),
            id="r87-zh-033",
        ),  # NICE NG9 Bronchiolitis in children: 观察到或家长报告的呼吸暂停、中央性发绀需立即(999)转诊，<3个月为重症危险因素。
        pytest.param(
            [
                "3岁男孩发烧一天，T 39.2，下午开始身上腿上起了些小红点、紫点",
                "家长说可能是蚊子咬的。我用玻璃杯压了一下不褪色",
                "孩子有点蔫，其他还行",
            ],
            _patient(1135, "male", (), pregnant=None),
            id="r87-zh-035",
        ),  # NICE NG143 Fever in under 5s: 发热伴非褪色性皮疹为红色征象，需考虑脑膜炎球菌病并立即转诊(院前可给胃肠外抗生素)。
        pytest.param(
            [
                "9岁女孩，发热咳嗽4天，今天说胸口闷，喘",
                "T 39.1 RR 36 HR 135 SpO2 88%（未吸氧），右下肺湿啰音",
            ],
            _patient(3485, "female", (), pregnant=None),
            id="r87-zh-042",
        ),  # BTS guidelines for community-acquired pneumonia in children (2011): SpO2<92%需住院；WHO将SpO2<90%定为重症肺炎需紧急转诊吸氧，NICE NG51 8–11岁RR≥25、HR≥115亦属高危。
        pytest.param(
            [
                "10天的女宝宝，奶奶抱来的，说这两天不怎么吃奶",
                "不发烧，体温反而偏低，量了35.3，手脚冰凉，哭声小",
            ],
            _patient(10, "female", (), pregnant=None),
            id="r87-zh-049",
        ),  # WHO IMCI 小婴儿: 体温<35.5°C或喂养差属可能严重细菌感染需紧急转诊；NICE NG51体温<36°C为高危标准。
        pytest.param(
            [
                "11个月女婴，发烧两天，今天烧退了点，T 38.1",
                "就是软软的，不太理人，一碰就尖声哭，摸着前囟鼓鼓的，吐了两次",
            ],
            _patient(335, "female", (), pregnant=None),
            id="r87-zh-053",
        ),  # NICE NG143 Fever in under 5s: 前囟膨隆、对社交提示无反应、尖声哭为红色征象，提示脑膜炎需立即转诊。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "14 month boy, cough 2 days, fever since last nite",
                "T 38.4, RR 46 counted for a full minute while calm on mum's lap, no chest indrawing, no stridor. drinking and breastfeeding fine, alert and looking around, no vomiting. HR 138, SpO2 96%",
            ],
            _patient(426, "male", (), pregnant=None),
            id="r87-en-002",
        ),  # WHO IMCI (2014): in a child aged 12 months up to 5 years, cough with a respiratory rate of 40/min or more and no chest indrawing or danger signs is classified as pneumonia, treated with oral amoxicillin at the first-level facility with follow-up.
        pytest.param(
            [
                "4mo girl cough x3 days, bit of fever",
                "RR 55 counted twice for a full minute while settled, no indrawing, no grunting, T 37.9, HR 148, breastfeeding normally, wet nappies ok, alert and smiley when awake. SpO2 96%",
            ],
            _patient(128, "female", (), pregnant=None),
            id="r87-en-008",
        ),  # WHO IMCI (2014): for infants aged 2 to 12 months the fast-breathing cut-off is 50/min or more, so cough with RR 55 and no chest indrawing or danger signs is pneumonia, treated with oral amoxicillin and follow-up.
        pytest.param(
            [
                "10 month boy T 38.8, cough and runny nose 2 days",
                "RR 56 (counted 1 min), some nasal flaring, no chest indrawing, SpO2 95% air, HR 150. still breastfeeding but a bit less, alert, normal cry",
            ],
            _patient(310, "male", (), pregnant=None),
            id="r87-en-010",
        ),  # NICE NG143: in a child aged 6-12 months RR above 50/min, nasal flaring and SpO2 ≤95% in air are amber features needing face-to-face assessment, and WHO IMCI classifies cough with RR ≥50 at this age without chest indrawing as pneumonia for oral amoxicillin.
        pytest.param(
            [
                "8 month girl fever since yesterday, T 38.7 now",
                "mum says she's not herself, not smiling, doesn't play peekaboo like usual, just lies on mum's shoulder. she does wake up and look at me and cries normally when I examine her. RR 42, HR 146, SpO2 97, CRT 2s, no rash. feeding less than usual",
            ],
            _patient(245, "female", (), pregnant=None),
            id="r87-en-013",
        ),  # NICE NG143: not responding normally to social cues, no smile, decreased activity and poor feeding in an infant are amber features needing same-day face-to-face assessment by a clinician; none of the red features is present.
        pytest.param(
            [
                "20 mth boy fever 2 days, max 39.3",
                "1 hr after paracetamol, calm on dad's lap: HR 146, CRT 3 s on the sternum, RR 34, SpO2 97%. only 2 wet nappies since yesterday evening, lips a bit dry. alert, watching me, no rash",
            ],
            _patient(610, "male", (), pregnant=None),
            id="r87-en-016",
        ),  # NICE NG143 and NG51: CRT ≥3 s, reduced urine output and dry mucous membranes are amber features, and HR 140-149 at age 1-2 years is a moderate-to-high (not high) risk criterion, so the child needs same-day face-to-face assessment rather than 999 transfer.
        pytest.param(
            [
                "2yo girl vomiting and diarrhoea since yesterday, 6-7 loose stools",
                "alert but irritable, eyes not sunken, mouth and lips dry, only 1 wet nappy in the last 14 h. HR 136, RR 28, CRT 2 s, warm hands, T 37.9. takes sips then sometimes vomits",
            ],
            _patient(745, "female", (), pregnant=None),
            id="r87-en-021",
        ),  # NICE CG84 Diarrhoea and vomiting in under 5s: dry mucous membranes and reduced urine output without shock indicate clinical dehydration, managed with supervised low-osmolarity ORS (50 ml/kg over 4 hours) and regular reassessment rather than home care alone.
        pytest.param(
            [
                "3y boy cough 4 days, fever 39.4 today",
                "RR 38, SpO2 94% air, crackles right lower zone, no indrawing, HR 132, CRT 2s. alert, drinking but not eating",
            ],
            _patient(1150, "male", (), pregnant=None),
            id="r87-en-023",
        ),  # NICE NG143 and BTS community-acquired pneumonia in children guideline (2011): crackles and SpO2 ≤95% are amber features, and a child with pneumonia and SpO2 above 92% without severe distress can be treated with oral amoxicillin after same-day clinical assessment.
        pytest.param(
            [
                "4 year old girl wheezy since last night after a cold, asthma diagnosed last yr",
                "SpO2 94% RA, HR 128, RR 34, talking in sentences, no blue lips, not drowsy. T 37.6. mum gave 2 puffs salbutamol this am, not much better",
            ],
            _patient(1500, "female", ("asthma",), pregnant=None),
            id="r87-en-024",
        ),  # BTS/SIGN 158 acute asthma: for a child aged 2-5 years, SpO2 ≥92%, able to talk, HR ≤140 and RR ≤40 define moderate asthma, managed in primary care with salbutamol via spacer and oral prednisolone with reassessment.
        pytest.param(
            [
                "9 yo girl cough x5 days, fever today 38.9, pain on right side when she coughs",
                "RR 24, HR 108, SpO2 94% air, crackles and reduced breath sounds R base. alert, talking normally, drinking ok, CRT 2s, BP 102/64",
            ],
            _patient(3300, "female", (), pregnant=None),
            id="r87-en-027",
        ),  # BTS community-acquired pneumonia in children (2011) and NICE NG51: a school-age child with pneumonia, SpO2 ≥92% and only moderate-to-high risk vital signs for age 8-11 (RR 22-24, HR 105-114) needs same-day clinician assessment and oral antibiotics, not immediate transfer.
        pytest.param(
            [
                "18 mth boy, hoarse voice and barky cough since the evening, low fever",
                "T 37.9, no stridor at rest, no recession, SpO2 98%, RR 30, HR 128, happy sitting on mum, drank his milk. weight 11 kg",
            ],
            _patient(555, "male", (), pregnant=None),
            id="r87-en-030",
        ),  # NICE CKS Croup: mild croup (barking cough without stridor or recession at rest) is treated in primary care with a single oral dose of dexamethasone 0.15 mg/kg and safety-netting advice.
        pytest.param(
            [
                "3y girl diarrhoea 2 days with blood and mucus in the stool, tummy cramps",
                "T 38.4, alert, drinking normally, eyes not sunken, skin pinch normal, HR 122, RR 26, peeing ok. weight 14 kg",
            ],
            _patient(1180, "female", (), pregnant=None),
            id="r87-en-033",
        ),  # WHO IMCI: diarrhoea with visible blood in the stool is classified as dysentery, treated with an oral antibiotic (ciprofloxacin) and follow-up in 2 days; with no dehydration and no danger signs it does not need referral.
        pytest.param(
            [
                "5 yo girl fever 38.9 since yesterday, says it hurts to pee, pain in her back on the left",
                "vomited once this morning, drinking ok since. alert, HR 118, RR 22, CRT 2s, tender left loin. dipstick: leucocytes +++ nitrite +",
            ],
            _patient(1860, "female", (), pregnant=None),
            id="r87-en-039",
        ),  # NICE NG224 UTI in under 16s and NG111 pyelonephritis: fever ≥38°C with loin pain and a positive nitrite dipstick is an upper UTI needing urine culture and oral antibiotics started the same day (considering paediatric referral), with no high-risk sepsis features present.
        pytest.param(
            [
                "5 yr boy fever 38.6 and sore throat 2 days, rash since this morning",
                "fine red rash that feels like sandpaper on chest and neck, red 'strawberry' tongue, flushed cheeks, tender neck glands. HR 115, RR 22, drinking ok, alert. 2 kids in his kindergarten class had the same",
            ],
            _patient(1880, "male", (), pregnant=None),
            id="r87-en-041",
        ),  # UKHSA scarlet fever guidance / NICE CKS Scarlet fever: suspected scarlet fever should be treated promptly with phenoxymethylpenicillin for 10 days and notified, which needs same-day clinician assessment but not hospital care in a child without high-risk features.
        pytest.param(
            [
                "4y boy fever 4 days, cough, runny nose, red watery eyes, rash started on the face yesterday and now on his body",
                "T 39.0, rash red and blotchy, blanches, HR 125, RR 28, SpO2 97%, no indrawing, drinking ok, alert, eyes clear no clouding. vaccines: mum not sure, they moved around a lot",
            ],
            _patient(1530, "male", (), pregnant=None),
            id="r87-en-043",
        ),  # WHO IMCI and WHO measles guidance: fever with generalised rash plus cough, coryza or red eyes is suspected measles, needing same-day clinician assessment for complications, vitamin A and notification/isolation; without danger signs, clouding of the cornea or deep mouth ulcers it is not severe complicated measles for referral.
        pytest.param(
            [
                "2 yr old boy (just turned 2), cold 3 days, wheezy tonight + fever 38.6",
                "RR 44, SpO2 95% RA, HR 136, wheeze both sides, no grunting, no chest indrawing, says a few words, drinking, alert",
            ],
            _patient(760, "male", (), pregnant=None),
            id="r87-en-045",
        ),  # NICE NG143: in a child over 12 months, RR above 40/min and SpO2 ≤95% in air are amber features needing face-to-face assessment; with SpO2 ≥92%, no grunting and no chest indrawing this is not a red presentation and can be treated with bronchodilator and reassessment (BTS/SIGN 158).
        pytest.param(
            [
                "6 y girl fever on and off 5 days now, max 39.2, paracetamol brings it down",
                "mild cough, no rash, eyes maybe a bit red?, lips ok. today T 38.7, HR 100, RR 22, SpO2 97%, alert, eating a little. no pain passing urine",
            ],
            _patient(2250, "female", (), pregnant=None),
            id="r87-en-047",
        ),  # NICE NG143: fever lasting 5 days or more is an amber feature requiring same-day face-to-face assessment including for Kawasaki disease, and the child has no red features or NG51 high-risk vital signs.
        pytest.param(
            [
                "11 month girl, fever 38.5 since yesterday and vomited x2",
                "taking only about half her usual bottles, 2 wet nappies in the last 12 h, mouth a bit dry. alert, cries with tears, HR 145, RR 40, CRT 2s, no rash, fontanelle normal",
            ],
            _patient(335, "female", (), pregnant=None),
            id="r87-en-049",
        ),  # NICE NG143: poor feeding in an infant, dry mucous membranes and reduced urine output are amber features needing same-day face-to-face assessment (including a urine test for fever without a source), with no red features present.
        pytest.param(
            [
                "10yo girl with asthma, tight chest and wheeze since last night after catching a cold",
                "PEF 190 (best 320), SpO2 95% air, HR 112, RR 24, speaking full sentences, no neck muscle use. used blue inhaler 3x this morning",
            ],
            _patient(3700, "female", ("asthma",), pregnant=None),
            id="r87-en-051",
        ),  # BTS/SIGN 158 acute asthma: a child over 5 with PEF ≥50% of best, SpO2 ≥92%, HR ≤125 and RR ≤30 who talks in sentences has moderate asthma, managed in primary care with salbutamol via spacer and oral prednisolone, with reassessment.
        pytest.param(
            [
                "4 yo boy chickenpox day 5, most spots crusting",
                "one spot on his thigh now has a red, hot, swollen area round it, about 5 cm, tender, spreading since last night. T 38.5, HR 122, RR 26, CRT 2 s, alert, playing a bit, eating less",
            ],
            _patient(1600, "male", (), pregnant=None),
            id="r87-en-053",
        ),  # NICE CKS Chickenpox and NICE NG141 Cellulitis: secondary bacterial infection of chickenpox lesions needs same-day clinical assessment and oral flucloxacillin, with hospital referral reserved for systemic toxicity or sepsis features, which are absent here.
        pytest.param(
            [
                "3 wk old boy, area round the cord stump a bit red and some yellow pus today",
                "redness only just around the base of the umbilicus, not spreading onto the belly skin. T 36.9, RR 46, HR 140, feeding well, moving normally, not yellow",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r87-en-055",
        ),  # WHO IMCI young infant: a red or pus-draining umbilicus without redness extending to the skin and without danger signs is local bacterial infection, treated with oral amoxicillin and home care with follow-up in 2 days.
        pytest.param(
            [
                "village doc calling: 22 month old girl, cough 3 days and fever",
                "I counted RR 48 for a full minute when she was quiet, no chest indrawing, no stridor, not vomiting, can drink, awake and alert. T 38.6. no SpO2 meter here",
            ],
            _patient(670, "female", (), pregnant=None),
            id="r87-en-057",
        ),  # WHO IMCI (2014): in a child aged 12 months to 5 years, RR of 40/min or more with cough and no general danger signs or chest indrawing is pneumonia, treated with oral amoxicillin at the first-level facility with follow-up in 3 days.
        pytest.param(
            [
                "10 mth boy T 38.7 for 2 days, no cough, no cold, no rash",
                "alert, feeding ok, HR 140, RR 36, CRT 2s. clean catch urine dip: nitrite pos, leuc ++",
            ],
            _patient(300, "male", (), pregnant=None),
            id="r87-en-058",
        ),  # NICE NG224 UTI in under 16s: an infant aged 3 months or over with fever and a positive nitrite dipstick should be treated for upper UTI with antibiotics started the same day, urine sent for culture and paediatric referral considered.
        pytest.param(
            [
                "9mo girl watery diarrhoea 3 days, 6-8x a day",
                "irritable, eyes look sunken (mum agrees), drinks ORS eagerly from the cup, skin pinch goes back slowly, HR 148, CRT 2 s, awake, weight 7.8 kg",
            ],
            _patient(275, "female", (), pregnant=None),
            id="r87-en-059",
        ),  # WHO IMCI: restless/irritable, sunken eyes, drinking eagerly and a slow skin pinch classify as SOME dehydration, treated with Plan B ORS (about 75 ml/kg over 4 hours) under observation in the clinic.
        pytest.param(
            [
                "3 and a half yr girl fever 38.8 since yesterday, no cough, mum says she's not drinking much",
                "HR 136 while calm watching cartoons, CRT 3 s on the chest, only 1 wee since this morning, lips dry, RR 28, SpO2 98%, alert and chatty",
            ],
            _patient(1280, "female", (), pregnant=None),
            id="r87-en-060",
        ),  # NICE NG51 and NG143: at age 3-4 a HR of 130-139 is moderate-to-high risk (high risk only at 140 or more), and CRT ≥3 s, dry mucous membranes and reduced urine output are amber features, so the child needs same-day face-to-face assessment rather than immediate transfer.
        pytest.param(
            [
                "8个月男孩，发烧咳嗽2天，T 38.4",
                "安静时数呼吸54次/分，没看到胸凹陷，SpO2 96%，吃奶还可以，精神可，没抽过",
            ],
            _patient(250, "male", (), pregnant=None),
            id="r87-zh-002",
        ),  # WHO IMCI: 2–12个月婴儿呼吸≥50次/分为呼吸增快，无一般危险征象及胸凹陷者归为肺炎，需当日医生评估并口服阿莫西林，不需紧急转诊。
        pytest.param(
            [
                "两个多月男宝（70天），咳嗽两天，不发烧 T 37.3",
                "睡着时数了一分钟呼吸52次，没有胸凹陷，吃奶正常，SpO2 96%，HR 150",
            ],
            _patient(70, "male", (), pregnant=None),
            id="r87-zh-005",
        ),  # WHO IMCI: 满2个月后呼吸增快阈值为≥50次/分，70天婴儿RR 52且无危险征象、无胸凹陷归为肺炎，需当日评估并口服阿莫西林。
        pytest.param(
            [
                "3岁女孩咳嗽发烧3天 T38.7",
                "RR 44 SpO2 95% 没有三凹征，能喝水，会说话，刚才还在玩手机",
            ],
            _patient(1295, "female", (), pregnant=None),
            id="r87-zh-008",
        ),  # WHO IMCI: 12个月–5岁呼吸≥40次/分为呼吸增快归为肺炎需口服抗生素；NICE NG143将>12个月RR>40及SpO2≤95%列为琥珀色征象，需当天面诊。
        pytest.param(
            [
                "9个月女孩拉肚子3天，一天七八次稀水便",
                "上周体检体重9.0kg，今天称8.5kg",
                "哭闹烦躁，眼窝有点凹，给水抢着喝，捏皮肤回缩有点慢，不到2秒",
            ],
            _patient(275, "female", (), pregnant=None),
            id="r87-zh-011",
        ),  # WHO IMCI: 烦躁易激惹、眼窝凹陷、口渴急于饮水、皮肤回缩慢中具两项为有些脱水，需在诊所按方案B于4小时内给ORS 75 ml/kg并复评。
        pytest.param(
            [
                "2岁女孩半夜开始咳嗽，声音像狗叫，嗓子哑，T 37.9",
                "现在安静时听不到喉鸣，哭的时候有一点，没有胸壁凹陷，RR 30，SpO2 97%，精神好",
            ],
            _patient(830, "female", (), pregnant=None),
            id="r87-zh-014",
        ),  # NICE CKS Croup: 轻度喉炎(犬吠样咳嗽、静息无喉鸣、无或轻度凹陷)应由医生当次给予单剂口服地塞米松0.15 mg/kg，之后可居家观察。
        pytest.param(
            [
                "3岁男孩，以前诊断过哮喘，感冒后喘了一天",
                "HR 130 RR 34 SpO2 94%，说话能成句，还能吃东西，两肺有呼气哮鸣音，没有三凹征",
                "家里的药快用完了",
            ],
            _patient(1125, "male", ("asthma",), pregnant=None),
            id="r87-zh-018",
        ),  # BTS/SIGN British guideline on the management of asthma: 2–5岁SpO2≥92%且无重度特征(HR≤140、RR≤40、能说话进食)为中度发作，在基层经储雾罐给予β2激动剂加口服泼尼松龙并复评。
        pytest.param(
            [
                "8岁男孩哮喘，感冒3天了，这两天每隔3到4小时就要喷一次万托林，夜里咳醒好几次",
                "现在SpO2 96%，HR 100，RR 22，说话成句，有哮鸣音，PEF 70%",
                "家里的吸入激素一直没好好用",
            ],
            _patient(2980, "male", ("asthma",), pregnant=None),
            id="r87-zh-022",
        ),  # BTS/SIGN asthma guideline 个人哮喘行动计划: 缓解药需每4小时或更频繁使用提示哮喘加重，需当天就医评估并考虑口服激素，无重度特征(SpO2≥92%、HR≤125、RR≤30)不需立即转院。
        pytest.param(
            [
                "11岁女孩有哮喘，今天体育课跑步后喘起来，自己喷了4喷万托林，好一点但还喘",
                "PEF 55%预计值，SpO2 94%，HR 110，RR 24，说话能成句",
            ],
            _patient(4105, "female", ("asthma",), pregnant=None),
            id="r87-zh-023",
        ),  # BTS/SIGN British guideline on the management of asthma: >5岁PEF≥50%、SpO2≥92%、HR≤125、RR≤30为中度哮喘发作，在基层医生处理并观察反应。
        pytest.param(
            [
                "10个月男孩发烧第二天，T 38.5",
                "今天吃奶只有平时一半左右，尿还有，精神一般，逗了会笑",
                "HR 145 RR 40 SpO2 97%，咽红，肺里听着清",
            ],
            _patient(300, "male", (), pregnant=None),
            id="r87-zh-027",
        ),  # NICE NG143 Fever in under 5s: 婴儿喂养差属琥珀色(中危)征象，需当天医生面诊评估并给予安全网，无红色征象(HR<160、RR<60、反应正常)。
        pytest.param(
            [
                "7个月女宝，咳嗽流涕4天，听诊两肺细湿啰音和哮鸣，像毛支",
                "RR 56，SpO2 94%，没有呻吟，没有呼吸暂停，凹陷不明显",
                "这一天吃奶大概平时的一半多一点，尿布也比平时少",
            ],
            _patient(215, "female", (), pregnant=None),
            id="r87-zh-030",
        ),  # NICE NG9 Bronchiolitis in children: 经口摄入降至平时50–75%时应考虑转诊住院评估；无呼吸暂停、RR≤70、SpO2≥92%、无呻吟或明显凹陷则不属立即急救转诊。
        pytest.param(
            [
                "5个月女宝，28周早产的，出院后一直还好",
                "这次流涕咳嗽3天，现在RR 52，SpO2 95%，吃奶比平时少一点，没有停顿憋气，精神可以",
            ],
            _patient(155, "female", ("preterm birth",), pregnant=None),
            id="r87-zh-031",
        ),  # NICE NG9 Bronchiolitis in children: <32周早产为重症毛细支气管炎危险因素，转诊阈值应降低，需当天医生评估；无呼吸暂停、SpO2≥92%、RR≤70不属立即急救。
        pytest.param(
            [
                "4岁男孩发烧4天了，T 39.0，咳嗽，眼睛红流泪",
                "今天耳朵后面和脸上开始出红色斑丘疹，往身上蔓延。家长说没打过麻疹疫苗",
                "精神还可以，RR 28，SpO2 97%",
            ],
            _patient(1660, "male", (), pregnant=None),
            id="r87-zh-034",
        ),  # WHO IMCI: 发热伴全身皮疹及咳嗽/流涕/结膜红为麻疹，需当日评估并发症、给维生素A；《传染病防治法》麻疹为乙类传染病需24小时内报告，无危险征象时不需紧急转诊。
        pytest.param(
            [
                "2岁男孩发烧第5天了，每天最高39度左右，今天T 38.8",
                "不咳不拉，喉咙耳朵都看了没什么，查不出哪里感染，能吃能玩",
            ],
            _patient(775, "male", (), pregnant=None),
            id="r87-zh-038",
        ),  # NICE NG143 Fever in under 5s: 发热≥5天属琥珀色(中危)征象，需当天面诊评估并考虑川崎病等，一般情况好无红色征象不需急救。
        pytest.param(
            [
                "1岁1个月女孩，今天吐了4次，没拉肚子，T 38.2",
                "小口喂水能喝进去一些，今天到现在只换了2片尿不湿（平时6片左右），嘴唇有点干",
                "精神还可以，会哭有泪，HR 135",
            ],
            _patient(395, "female", (), pregnant=None),
            id="r87-zh-040",
        ),  # NICE NG143 Fever in under 5s: 尿量减少、黏膜干燥属琥珀色(中危)征象，需当天面诊评估；12–24个月HR≤150、反应正常、皮肤弹性正常无红色征象。
        pytest.param(
            [
                "3岁男孩发烧呕吐一天 T38.9",
                "嘴唇干，比平时蔫，玩得少，能叫醒能说话。CRT大概3秒，HR 128，尿比平时少",
            ],
            _patient(1345, "male", (), pregnant=None),
            id="r87-zh-041",
        ),  # NICE NG143 Fever in under 5s: CRT≥3秒、黏膜干燥、尿量减少、活动减少属琥珀色征象，需当天面诊评估；2–5岁HR≤140、能唤醒说话无红色征象。
        pytest.param(
            [
                "6岁男孩发烧咳嗽3天，T 38.9",
                "听诊右下肺湿罗音，RR 24，HR 112，SpO2 95%，精神可，能喝水能走路",
            ],
            _patient(2290, "male", (), pregnant=None),
            id="r87-zh-043",
        ),  # BTS guidelines for community-acquired pneumonia in children (2011): 临床疑诊肺炎需医生评估并口服阿莫西林，SpO2≥92%且无重症征象者可在社区治疗，不需住院。
        pytest.param(
            [
                "2岁男孩，咳嗽发烧2天 T 38.5",
                "RR 36，SpO2 94%（没吸氧），左下肺听到细湿啰音，精神还可以，能喝奶",
            ],
            _patient(740, "male", (), pregnant=None),
            id="r87-zh-046",
        ),  # NICE NG143 Fever in under 5s: SpO2≤95%及肺部湿啰音属琥珀色征象，需当天面诊；SpO2≥92%、无胸凹陷及危险征象不属立即转诊(BTS CAP 2011)。
        pytest.param(
            [
                "1岁2个月男孩，咳嗽3天，今天开始发烧T 38.8",
                "安静时数了呼吸46次/分，没看到三凹征，SpO2 96%，吃东西还行",
            ],
            _patient(425, "male", (), pregnant=None),
            id="r87-zh-048",
        ),  # WHO IMCI: 满12个月后呼吸增快阈值为≥40次/分，RR 46无危险征象及胸凹陷归为肺炎，需当日评估并口服阿莫西林。
        pytest.param(
            [
                "11个月女婴，发烧一天 T 38.6，有点咳",
                "鼻翼有扇动，RR 46，SpO2 95%，吃奶还可以，精神可",
            ],
            _patient(340, "female", (), pregnant=None),
            id="r87-zh-051",
        ),  # NICE NG143 Fever in under 5s: 鼻翼扇动及SpO2≤95%属琥珀色(中危)征象需当天面诊；RR 46未达6–12个月>50，无呻吟、胸凹陷等红色征象。
        pytest.param(
            [
                "2岁男孩发烧两天 T38.5",
                "今天开始不肯走路，右边膝盖有点肿，摸着热，一碰就哭，家长说没摔过",
            ],
            _patient(930, "male", (), pregnant=None),
            id="r87-zh-054",
        ),  # NICE NG143 Fever in under 5s: 肢体/关节肿胀、患肢不负重属琥珀色征象，需当天面诊；NICE CKS疑似化脓性关节炎应当天转诊骨科/儿科。
        pytest.param(
            [
                "2岁女孩发烧3天，最高39.4，不咳不流涕",
                "查了尿常规：亚硝酸盐+，白细胞++",
                "孩子精神还行，能吃能喝",
            ],
            _patient(1030, "female", (), pregnant=None),
            id="r87-zh-055",
        ),  # NICE CG54 Urinary tract infection in under 16s: 发热≥38°C伴尿路感染证据视为上尿路感染(急性肾盂肾炎)，3个月以上患儿需当天开始口服抗生素并考虑转儿科。
        pytest.param(
            [
                "快5岁的女孩，肠胃炎，昨天到今天拉了8次，吐了3次",
                "体重17kg，口唇干，眼窝有点凹，一直喊渴，给水就大口喝，精神还行，HR 118",
            ],
            _patient(1760, "female", (), pregnant=None),
            id="r87-zh-059",
        ),  # WHO IMCI: 眼窝凹陷加口渴急于饮水为有些脱水，需诊所内按方案B在4小时内给ORS约75 ml/kg(约1275 ml)并复评。
        pytest.param(
            [
                "2岁多女孩，第一次喘，感冒两天后开始的，以前没喘过",
                "RR 36，HR 132，SpO2 95%，两肺呼气哮鸣音，能说话能喝水，没有三凹征",
            ],
            _patient(880, "female", (), pregnant=None),
            id="r87-zh-060",
        ),  # BTS/SIGN British guideline on the management of asthma: 2–5岁喘息SpO2≥92%、HR≤140、RR≤40、能说话进食为中度发作，基层经储雾罐试用β2激动剂并评估反应。
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "mum v worried, her 3yo son had temp 39.8 at home last night, she keeps saying 'so high!!'",
                "here now, 1h after ibuprofen: T 38.6, he's running round the waiting room chatting, drank a full cup of juice. runny nose, HR 124 RR 26, CRT <2s, lips moist, no rash. fever started yesterday",
            ],
            _patient(1120, "male", (), pregnant=None),
            id="r87-en-003",
        ),  # NICE NG143 Fever in under 5s: height of temperature alone should not be used to identify serious illness after 6 months of age, and a child with only green features (normal colour and activity, moist mucous membranes, no amber or red signs) can be cared for at home with safety-netting advice.
        pytest.param(
            [
                "6yo girl with asthma, mum came in to get more of the blue inhaler",
                "she's fine today: SpO2 98%, RR 20, HR 90, chest clear, talking normally. but mum says she's using the salbutamol 4-5 days a week and wakes up coughing about 2 nights a week for the past month. only has salbutamol, no preventer",
            ],
            _patient(2220, "female", ("asthma",), pregnant=None),
            id="r87-en-005",
        ),  # BTS/NICE/SIGN asthma guideline 2024 (NICE NG245): reliever use on 3 or more days a week or night waking means asthma is uncontrolled and needs a review to start or step up inhaled corticosteroid maintenance, arranged as a planned appointment when the child is currently well.
        pytest.param(
            [
                "3 yo girl woke at 2am with a terrible barking cough 'like a seal', parents say she was screaming and couldnt catch her breath, they were terrified",
                "at clinic now: no noisy breathing when she's calm, only a bit of stridor when she cries, no recession, pink, SpO2 97%, HR 120, RR 28, T 38.0. barky cough every few minutes, playing with the toys",
            ],
            _patient(1110, "female", (), pregnant=None),
            id="r87-en-006",
        ),  # NICE CKS Croup: a barking cough with no stridor and no recession at rest is mild croup, treated in primary care with a single oral dose of dexamethasone 0.15 mg/kg and safety-netting rather than hospital admission.
        pytest.param(
            [
                "new grandma worried, baby boy 10 days old, says his heart is 'racing' and he breathes 'much too fast'",
                "checked him: HR 148 awake, RR 46 asleep, T 36.8, pink, feeding well every 2-3 h, 7-8 wet nappies a day, weight 3.4 kg (birth 3.3). no grunting, no indrawing",
            ],
            _patient(10, "male", (), pregnant=None),
            id="r87-en-009",
        ),  # WHO IMCI young infant chart and APLS normal ranges: fast breathing in a young infant is 60/min or more and a newborn's normal heart rate is roughly 110-160/min, so HR 148 and RR 46 are normal for a feeding, gaining, pink 10-day-old, who needs reassurance only.
        pytest.param(
            [
                "5 yr boy, mum says he snores every night really loud and she sees him stop breathing for a few seconds then snort and start again",
                "awake in clinic today: SpO2 97%, RR 22, HR 92, big tonsils almost touching, mouth breather. tired in the daytime at kindergarten, no fever, growing ok",
            ],
            _patient(1850, "male", (), pregnant=None),
            id="r87-en-012",
        ),  # AAP Clinical Practice Guideline on childhood obstructive sleep apnoea (2012): a child with habitual snoring, witnessed pauses and adenotonsillar hypertrophy should be referred for polysomnography or ENT evaluation, a planned referral when the child is well while awake.
        pytest.param(
            [
                "receptionist: mum on the phone then came in, 6 mo girl with a cold, she thinks baby is breathing fast at night",
                "nurse: RR 42 counted full min asleep, no indrawing, no wheeze, T 37.6, HR 132, SpO2 98%, snotty nose, breastfeeding well, plenty of wet nappies, smiling",
            ],
            _patient(190, "female", (), pregnant=None),
            id="r87-en-015",
        ),  # WHO IMCI (2014): for infants 2-12 months fast breathing is 50/min or more, so a child with cough or cold, RR 42, no chest indrawing and no danger signs is classified 'cough or cold' for home care with soothing remedies and advice on when to return.
        pytest.param(
            [
                "11 mo girl here for weighing at the vaccine clinic",
                "weight 7.6 kg today. she was on the 50th centile at 6 months (7.3 kg), now just under the 9th line on her chart. mum says she eats fine, no diarrhoea, no vomiting, no fever. T 36.7, HR 120, RR 32, active and babbling",
            ],
            _patient(340, "female", (), pregnant=None),
            id="r87-en-018",
        ),  # NICE NG75 Faltering growth: a fall across 2 or more weight centile spaces in an infant whose birth weight was between the 9th and 91st centiles is a concern warranting a feeding and medical assessment with monitoring, arranged routinely in a well infant with normal observations.
        pytest.param(
            [
                "dad rang, 8 yr old son 'can't breathe, wheezing really badly', they are here now",
                "talking in full sentences, bit breathless, wheeze both sides. SpO2 94% air, HR 112, RR 24, PEF 180 (his best is 330). no blue lips, not drowsy. had 4 puffs salbutamol at home 30 min ago",
            ],
            _patient(2990, "male", ("asthma",), pregnant=None),
            id="r87-en-019",
        ),  # BTS/SIGN 158 acute asthma: a child over 5 with SpO2 ≥92%, PEF ≥50% of best, able to talk in sentences, HR ≤125 and RR ≤30 has moderate asthma, treated in primary care with salbutamol via spacer and oral prednisolone with reassessment, not hospital transfer.
        pytest.param(
            [
                "8mo boy cough, snotty, bit wheezy 3 days, 2nd visit, village dr said bronchiolitis",
                "today: RR 44, no indrawing, SpO2 97%, HR 135, T 37.9. feeding nearly normal (bottle 150ml x5 today), 6 wet nappies. happy between coughs",
            ],
            _patient(250, "male", (), pregnant=None),
            id="r87-en-022",
        ),  # NICE NG9 Bronchiolitis: a child with no apnoea, RR below 60, SpO2 of 92% or more, no marked recession and adequate feeding (over 75% of usual) can be cared for at home with advice on fluids and clear safety-netting.
        pytest.param(
            [
                "4 month girl had her 2nd DTaP here this morning",
                "mum came back this evening: T 38.2, feeding well, alert and smiling, HR 138, RR 38, thigh a bit red and swollen at the injection site. no rash, no vomiting",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r87-en-026",
        ),  # WHO vaccine reaction information sheets (DTP) and NICE NG143: fever below 39°C and local redness within 24-48 h of DTaP are common expected reactions, and an infant over 3 months with only green features needs home care with fluids, observation and safety-netting.
        pytest.param(
            [
                "15mo girl, 3rd episode in 2 months: she gets upset and cries hard, then holds her breath, goes blue round the lips and floppy for maybe 15 sec, then comes round crying",
                "today's was 1 hr ago after she fell over. now playing, T 36.8, HR 118, RR 28, SpO2 99%, pink. no jerking, no fever, development normal. mum wants to know what it is",
            ],
            _patient(460, "female", (), pregnant=None),
            id="r87-en-029",
        ),  # Cochrane review on iron for breath-holding attacks (2010) and standard paediatric guidance: cyanotic breath-holding spells always provoked by crying or upset, with rapid full recovery, are benign, and management is reassurance plus a routine check for iron deficiency.
        pytest.param(
            [
                "14 month girl, high fever 3 days up to 40, it stopped yesterday",
                "this morning mum saw a pink spotty rash on chest and back and got scared. T 36.9, rash blanches with the glass, HR 118, RR 28, eating and playing, cheeky smile, no cough, wet nappies normal",
            ],
            _patient(430, "female", (), pregnant=None),
            id="r87-en-032",
        ),  # NICE NG143 (green features, home care) and standard guidance on roseola infantum: a blanching rash appearing as high fever resolves in a well child aged 6 months-2 years is typical of roseola (HHV-6), a self-limiting illness needing reassurance only.
        pytest.param(
            [
                "7 yo girl, mum says dry cough at night for about 6 weeks, worse after running and in cold air",
                "no fever, well in herself, SpO2 98%, RR 20, HR 86, chest clear today, no weight loss. has eczema, dad has hay fever",
            ],
            _patient(2600, "female", ("eczema",), pregnant=None),
            id="r87-en-035",
        ),  # BTS/NICE/SIGN asthma guideline 2024 (NICE NG245): a child with recurrent night cough, exercise-related symptoms and atopy should have objective tests for suspected asthma (FeNO, spirometry) at a planned appointment; a well child with normal observations does not need acute care.
        pytest.param(
            [
                "receptionist: mum says baby is 'burning up, 39.6 on the forehead thermometer!!', 5 month old boy",
                "nurse: axillary T 39.4, fever since this morning. alert, smiling at me, feeding well, 6 wet nappies, HR 148, RR 40, CRT 2s, no rash, fontanelle flat, chest clear",
            ],
            _patient(160, "male", (), pregnant=None),
            id="r87-en-036",
        ),  # NICE NG143: a temperature of 39°C or higher in an infant aged 3-6 months is an amber feature (it is red only under 3 months), so the baby needs face-to-face clinical assessment today but not emergency transfer when no red features are present.
        pytest.param(
            [
                "5y girl came back for a check after a cold last week, mum says she's fine",
                "first sats reading 89%!! but her fingers were freezing from outside and the trace was jumpy. warmed her hands and rechecked: 98% with good waveform, HR 96, RR 22, pink, chatting, chest clear, T 36.7",
            ],
            _patient(1900, "female", (), pregnant=None),
            id="r87-en-038",
        ),  # NICE NG143 and APLS normal ranges: cold peripheries and a poor pleth trace give falsely low SpO2, and a repeat reading of 98% with RR 22 and HR 96 (normal for age 5-12: RR 20-25, HR 80-120) in a well child needs no treatment.
        pytest.param(
            [
                "6 week old girl, mum says 'squeaky noisy breathing' since about 2 weeks old, louder when she lies on her back or feeds, quieter on her tummy",
                "today: RR 44, SpO2 98%, no indrawing, pink, feeding well, gained 900 g since birth, T 36.9, loud normal cry",
            ],
            _patient(44, "female", (), pregnant=None),
            id="r87-en-040",
        ),  # International Pediatric Otolaryngology Group consensus on laryngomalacia (2016): positional inspiratory stridor with normal feeding, weight gain and saturations is mild laryngomalacia, managed expectantly with routine ENT/paediatric review; acute care is for apnoea, cyanosis, faltering growth or severe recession.
        pytest.param(
            [
                "granny very upset, 20 month girl diarrhoea 2 days, 'her eyes are sunk right in and she's screaming for water!!'",
                "checked: restless and crying, eyes sunken, grabs the cup and gulps the ORS, skin pinch on abdomen goes back slowly (about 1 sec). not lethargic, HR 140, CRT 2 s, had a wet nappy this morning",
            ],
            _patient(612, "female", (), pregnant=None),
            id="r87-en-042",
        ),  # WHO IMCI: two of restless/irritable, sunken eyes, drinking eagerly and a slow skin pinch is SOME dehydration, treated with Plan B (ORS about 75 ml/kg over 4 hours in the clinic) and reassessment, not referral.
        pytest.param(
            [
                "4 year old boy, dad says he was 'shaking all over, teeth chattering' with fever 40.1 an hour ago, thought it was a fit",
                "he was awake and talking the whole time, shaking stopped after a few min when the fever medicine kicked in. now T 38.9, HR 132, RR 30, CRT 2s, SpO2 97, alert, answers questions, no rash, neck moves freely",
            ],
            _patient(1490, "male", (), pregnant=None),
            id="r87-en-044",
        ),  # NICE NG143: rigors are an amber feature, and shaking with preserved consciousness is not a seizure, so without red features the child needs same-day face-to-face assessment rather than emergency transfer.
        pytest.param(
            [
                "school health check: 11 y girl, pulse 58 and regular, nurse asking if that's too slow",
                "she does swim training 5x a week, no dizziness, never fainted, no chest pain, runs fine. BP 104/62, SpO2 99%, RR 16. no family history of sudden death",
            ],
            _patient(4050, "female", (), pregnant=None),
            id="r87-en-046",
        ),  # APLS normal ranges: resting HR for ages 5-12 is about 80-120, so 58 is below the age range and merits a routine ECG to exclude conduction disease, but in an asymptomatic, athletic child with no syncope it is not an acute problem.
        pytest.param(
            [
                "mum very frightened: 2 yr old son fever 5 days now, today it hit 40.2, she's scared of 'brain fever'",
                "at clinic: T 39.4, alert, cries then settles with mum, neck moves freely, no rash, HR 135, RR 32, CRT 2 s, eyes a little pink, drinking ok, peeing ok",
            ],
            _patient(820, "male", (), pregnant=None),
            id="r87-en-048",
        ),  # NICE NG143: fever of 5 days or more is an amber feature needing same-day face-to-face assessment (including for Kawasaki disease), while the height of the fever alone is not a red feature and no signs of meningitis are present.
        pytest.param(
            [
                "18 month girl, runny nose and sneezing 2 days, daycare sent her home",
                "T 37.8, HR 126, RR 30, SpO2 98%, chest clear, eating and playing, normal wet nappies. carer asks 'her heart is so fast, is that normal??'",
            ],
            _patient(548, "female", (), pregnant=None),
            id="r87-en-050",
        ),  # APLS normal ranges and NICE NG143: for age 1-2 years HR 100-150 and RR 25-35 are normal, so HR 126 and RR 30 are normal for age and a well child with a cold and only green features needs home care.
        pytest.param(
            [
                "9yo boy fever since yesterday max 39.8, headache and vomited twice, mum scared it's meningitis because a kid in the village had it last year",
                "alert, talking normally, knows where he is, chin to chest no problem, no rash anywhere (checked all over), light doesn't bother him. HR 108, RR 22, BP 108/66, CRT 2 s, SpO2 98%. red sore throat, big tonsils",
            ],
            _patient(3350, "male", (), pregnant=None),
            id="r87-en-052",
        ),  # NICE NG51 (age 8-11): HR 105-114 and RR 22-24 are moderate-to-high, not high, risk criteria, and with normal mental state, no neck stiffness and no non-blanching rash (NICE NG240) the child needs same-day face-to-face assessment rather than 999 transfer.
        pytest.param(
            [
                "school check, 10 yr boy, BP 122/80 on 3 readings with the right size cuff, sat quietly",
                "no headache, no nosebleeds, no symptoms at all. height 140 cm (about 50th centile), weight 41 kg. HR 84. nurse says 'that's fine for an adult, right?'",
            ],
            _patient(3680, "male", (), pregnant=None),
            id="r87-en-054",
        ),  # AAP Clinical Practice Guideline for high blood pressure in children (2017): for a 10-year-old of average height BP at or above the 95th percentile (about 115/78) but below the 95th percentile + 12 mmHg is stage 1 hypertension, abnormal for age though normal for an adult, managed with lifestyle advice and repeat readings in 1-2 weeks.
        pytest.param(
            [
                "3 yr old girl coughing fits for 2 weeks, goes bright red in the face and sometimes vomits after, makes a whoop when breathing in, grandma terrified she'll choke",
                "between fits she's completely fine, playing. SpO2 98%, RR 26, HR 110, T 36.9, chest clear, never turns blue. vaccines: mum says she had some jabs, not sure if all",
            ],
            _patient(1200, "female", (), pregnant=None),
            id="r87-en-056",
        ),  # NICE CKS Whooping cough: a child over 6 months with typical paroxysms who is well between them, with no apnoea, cyanosis or complications, is managed in the community with a macrolide (cough onset within 21 days) and notification, not hospital admission.
        pytest.param(
            [
                "2岁多女孩，昨晚开始发烧，今早T 39.6，家长吓坏了",
                "在诊室里跑来跑去玩玩具，会笑会说话，刚喝了一大杯水，尿正常",
                "HR 135，RR 28，CRT<2秒，皮肤颜色正常，咽部稍红，没皮疹",
            ],
            _patient(825, "female", (), pregnant=None),
            id="r87-zh-003",
        ),  # NICE NG143 Fever in under 5s: 6个月以上儿童体温高低本身不作为严重疾病判断依据，交通灯表全部为绿色(反应正常、皮肤黏膜湿润、2–5岁HR≤140、RR≤40)者可居家护理并给予安全网建议。
        pytest.param(
            [
                "4个月女宝发烧半天，腋温39.1，复测39.0",
                "精神挺好，逗她会笑，吃奶正常，尿布湿的，没咳嗽没皮疹，HR 150 RR 40",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r87-zh-004",
        ),  # NICE NG143 Fever in under 5s: 3–6个月婴儿体温≥39°C属琥珀色(中危)征象，需当天由医生面诊评估；无红色征象(3个月以上、无呼吸>60、反应正常)不属立即转诊。
        pytest.param(
            [
                "宝妈问：35天的女儿睡觉时候呼吸好快，是不是肺炎？",
                "我们安静睡着数了1分钟48次，没有凹陷，没有呻吟，不发烧T 36.8",
                "吃奶好，体重比满月时又长了，皮肤红润",
            ],
            _patient(35, "female", (), pregnant=None),
            id="r87-zh-007",
        ),  # WHO IMCI 小婴儿: 2个月以下呼吸增快阈值为≥60次/分，RR 48、无胸凹陷、无发热、喂养好的小婴儿无疾病分类征象，属正常，家庭护理并宣教。
        pytest.param(
            [
                "8个月男孩来体检，家长说最近吃辅食不太好",
                "体重7.8kg，3个月前是7.6kg，原来在P50左右，现在掉到P9附近，掉了两条百分位线",
                "精神好，没发烧没拉肚子，T 36.6 HR 128 RR 32",
            ],
            _patient(248, "male", (), pregnant=None),
            id="r87-zh-009",
        ),  # NICE NG75 Faltering growth: 体重下降跨越2条百分位线提示生长迟缓需择期评估(喂养史、观察喂养、随访体重)，患儿一般情况好、生命体征正常时无需当日处理。
        pytest.param(
            [
                "1岁半女孩拉肚子2天，一天四五次稀便，没有血",
                "精神好，哭有眼泪，眼窝不凹，喝水正常不是抢着喝，捏皮肤马上回去，尿也正常",
                "T 37.4",
            ],
            _patient(550, "female", (), pregnant=None),
            id="r87-zh-012",
        ),  # WHO IMCI: 无脱水征象的腹泻归为无脱水，按方案A居家处理(增加液体/ORS、补锌、继续喂养)并告知何时返诊。
        pytest.param(
            [
                "1岁男孩，呕吐腹泻一天半，家长说眼睛都凹进去了",
                "我看了眼窝是有点凹，孩子哭闹烦躁，给他ORS抢着喝，捏腹部皮肤回缩稍慢但不到2秒",
                "能喝，哭声响，叫得醒，T 37.8",
            ],
            _patient(380, "male", (), pregnant=None),
            id="r87-zh-013",
        ),  # WHO IMCI: 眼窝凹陷伴烦躁、急于饮水属有些脱水(非重度：无嗜睡、能饮水、回缩<2秒)，需诊所内方案B口服补液4小时并复评，不需静脉补液转诊。
        pytest.param(
            [
                "家长凌晨打电话说4岁儿子喘不上气，咳嗽像狗叫，吓坏了",
                "现在来了卫生室，坐着安静时没有喉鸣，就是咳嗽还空空的，RR 26，SpO2 98%，T 37.8，精神好",
            ],
            _patient(1520, "male", (), pregnant=None),
            id="r87-zh-015",
        ),  # NICE CKS Croup: 就诊时静息无喉鸣、无凹陷、无烦躁或嗜睡、SpO2正常属轻度喉炎，给予单剂口服地塞米松后居家，不需紧急入院。
        pytest.param(
            [
                "2个月女婴，家长说出生后不久就一直喉咙里有「咕咕」的吸气声，平躺和哭闹时更响，趴着好些",
                "吃奶正常不呛，体重长得好(出生3.2kg，现在5.4kg)，没有发紫，睡觉没有停顿，SpO2 98%，RR 40，没有三凹征",
                "不发烧，无咳嗽",
            ],
            _patient(60, "female", (), pregnant=None),
            id="r87-zh-017",
        ),  # International Pediatric Otolaryngology Group 喉软化症共识(2016): 仅有吸气性喉鸣而无喂养困难、生长正常、无发绀或呼吸暂停的轻度喉软化可门诊择期评估随访。
        pytest.param(
            [
                "家长在电话里很着急，说6岁女儿喘得厉害，哮喘又犯了",
                "到了卫生室：能说整句话，坐着没有耸肩，两肺呼气哮鸣音，SpO2 95%，HR 110，RR 26，PEF大概预计值的65%",
                "今天还没用过药",
            ],
            _patient(2440, "female", ("asthma",), pregnant=None),
            id="r87-zh-020",
        ),  # BTS/SIGN British guideline on the management of asthma: >5岁SpO2≥92%、PEF≥50%、HR≤125、RR≤30且能说整句为中度发作，在基层给予β2激动剂及口服激素并评估反应，不属重度或危及生命。
        pytest.param(
            [
                "3岁男孩，今年感冒后喘过3次，每次雾化几天就好了",
                "现在没有喘也不咳，来问问是不是哮喘，要不要长期用药",
                "今天查体：双肺呼吸音清，RR 24，SpO2 98%，HR 100",
            ],
            _patient(1115, "male", (), pregnant=None),
            id="r87-zh-021",
        ),  # 儿童支气管哮喘诊断与防治指南(2016年版)/GINA 2024 ≤5岁: 反复喘息而目前无症状者应择期评估哮喘可能性及是否试用控制药物，属常规门诊随访。
        pytest.param(
            [
                "11岁男孩，最近两个月体育课跑步后会喘、胸闷，休息十来分钟自己就好了",
                "平时不咳，晚上睡得好，没用过药。今天查：SpO2 98%，HR 84，RR 18，双肺清",
                "家长想来查查是不是哮喘",
            ],
            _patient(4215, "male", (), pregnant=None),
            id="r87-zh-024",
        ),  # 儿童支气管哮喘诊断与防治指南(2016年版): 运动后喘息胸闷、目前无症状体征者应择期行肺通气功能及支气管舒张/激发试验明确诊断，属常规门诊评估。
        pytest.param(
            [
                "9个月男孩咳嗽流鼻涕3天，昨天开始发烧，T 38.5",
                "家长说孩子呼吸快。安静时数了一分钟48次，没有胸凹陷，没有喘鸣，SpO2 97%",
                "吃奶正常，会笑会玩，HR 140",
            ],
            _patient(280, "male", (), pregnant=None),
            id="r87-zh-028",
        ),  # WHO IMCI: 2–12个月呼吸增快阈值为≥50次/分，RR 48、无胸凹陷无危险征象归为咳嗽或感冒，居家护理；NICE NG143 6–12个月RR≤50且其余为绿色征象可居家护理。
        pytest.param(
            [
                "6个月男孩流鼻涕咳嗽2天，家长说嗓子里呼噜呼噜响，喘得厉害",
                "查了：RR 44，SpO2 97%，没有鼻翼扇动没有凹陷，听诊有点痰鸣和少量哮鸣",
                "吃奶和平时差不多，尿正常，T 37.8，精神好，足月出生，没有基础病",
            ],
            _patient(185, "male", (), pregnant=None),
            id="r87-zh-032",
        ),  # NICE NG9 Bronchiolitis in children: 无危险因素、RR不快、SpO2≥92%、喂养正常、无呼吸窘迫的轻症毛细支气管炎可居家护理，告知加重征象(呼吸暂停、喂养<50–75%、呼吸费力)。
        pytest.param(
            [
                "1岁女孩连烧了3天，最高39.8，昨天烧退了",
                "今天早上脸上身上起了很多红色小疹子，家长很紧张怕是出血点",
                "我用玻璃杯压了是褪色的，孩子精神很好，在玩，吃奶正常，T 36.9",
            ],
            _patient(415, "female", (), pregnant=None),
            id="r87-zh-036",
        ),  # NICE NG143 Fever in under 5s: 仅非褪色性皮疹属红色征象；热退疹出、压之褪色、精神好符合幼儿急疹，交通灯全部绿色可居家护理。
        pytest.param(
            [
                "家长打电话说3岁女儿在家「抽」了，浑身发抖，赶紧抱过来了",
                "我看了是发烧打寒战，T 39.8，抖的时候一直清醒，能叫妈妈能回答问题，现在不抖了，在玩",
                "HR 135 RR 28",
            ],
            _patient(1195, "female", (), pregnant=None),
            id="r87-zh-037",
        ),  # NICE NG143 Fever in under 5s: 寒战(意识清楚)属琥珀色(中危)征象，需当天面诊评估；并非惊厥，无红色征象时不需立即转诊。
        pytest.param(
            [
                "4岁女孩发烧6天了，今天最高40.2，家长问烧这么高会不会烧坏脑子",
                "孩子精神还可以，能走能玩，能喝水，没咳嗽，查不到明显感染灶",
                "嘴唇有点红干，手心有点发红发肿",
            ],
            _patient(1560, "female", (), pregnant=None),
            id="r87-zh-039",
        ),  # NICE NG143 Fever in under 5s: 发热≥5天为琥珀色征象，需评估川崎病(唇红干裂、掌跖红肿)并当天转儿科，体温高低本身不构成红色征象。
        pytest.param(
            [
                "7岁女孩发烧咳嗽3天，今天说咳嗽时右边胸口痛",
                "T 38.8，RR 24，HR 110，SpO2 95%，右下肺湿啰音，精神可以，自己走进来的",
            ],
            _patient(2585, "female", (), pregnant=None),
            id="r87-zh-044",
        ),  # BTS guidelines for community-acquired pneumonia in children (2011): 伴胸膜性胸痛的肺炎患儿SpO2≥92%、无呼吸窘迫时可在社区口服抗生素治疗，需当天医生评估而非急救转运。
        pytest.param(
            [
                "7岁男孩感冒快好了，来复查。家长在网上查的，说正常人心率60-100，呼吸12-20，问孩子是不是心跳太快",
                "今天T 36.9，HR 105，RR 22，SpO2 99%，精神好，还有一点流涕",
                "双肺清",
            ],
            _patient(2655, "male", (), pregnant=None),
            id="r87-zh-045",
        ),  # APLS 儿童生命体征正常值: 5–12岁心率80–120次/分、呼吸20–25次/分，HR 105、RR 22为该年龄正常，恢复期普通感冒居家护理即可。
        pytest.param(
            [
                "家长自己在家用指夹血氧仪测，4岁儿子SpO2 93%，吓得抱过来了",
                "咳嗽发烧2天，T 38.6。我们复测SpO2 93%，RR 36，HR 125，能说话，能喝水，没有三凹征，右肺有点湿啰音",
            ],
            _patient(1480, "male", (), pregnant=None),
            id="r87-zh-047",
        ),  # BTS guidelines for community-acquired pneumonia in children (2011): SpO2<92%才需住院；NICE NG143 SpO2≤95%为琥珀色征象，需当天医生面诊评估。
        pytest.param(
            [
                "6个半月女宝，昨天上午打了百白破和脊灰疫苗，晚上开始发烧",
                "今天T 38.3，打针的地方有点红肿，硬币大小，精神好，吃奶正常，会笑，没有皮疹",
                "家长问要不要打针输液",
            ],
            _patient(198, "female", (), pregnant=None),
            id="r87-zh-050",
        ),  # WHO疫苗不良反应分类/《预防接种工作规范》: 接种后48小时内低中度发热及局部红肿为常见一般反应，对症处理观察即可；NICE NG143绿色征象可居家护理。
        pytest.param(
            [
                "4个月男婴打疫苗的时候，医生听到心脏有杂音，家长很担心",
                "孩子没有任何不舒服：吃奶不累不出汗，体重长得好(6.8kg)，不发紫",
                "SpO2 右手99%脚98%，HR 130，RR 36，杂音比较轻，2级左右",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r87-zh-052",
        ),  # AAP Pediatrics in Review 儿童心脏杂音评估: 无症状、喂养及生长正常、SpO2正常无上下肢差异的婴儿轻度收缩期杂音可择期门诊超声心动图评估，发绀、气促、喂养困难或心衰表现才需紧急处理。
        pytest.param(
            [
                "6岁女孩咳嗽快一个月了，感冒好了以后一直干咳，早上晚上多一点",
                "不发烧，吃饭玩耍都正常，体重没掉，没有咳完吐或者鸡鸣样吸气",
                "T 36.7，RR 20，SpO2 98%，双肺清",
            ],
            _patient(2220, "female", (), pregnant=None),
            id="r87-zh-056",
        ),  # 中国儿童慢性咳嗽诊断与治疗指南(2013年修订): 咳嗽>4周为慢性咳嗽，需择期系统评估病因(咳嗽变异性哮喘、上气道咳嗽综合征、感染后咳嗽等)，无危险征象时不需当日处理。
        pytest.param(
            [
                "4岁女孩晚上打呼噜很响，家长说有时候好像憋气几秒，翻个身就好了，已经半年多了",
                "白天精神好，不犯困，身高体重正常。扁桃体Ⅲ度肿大",
                "今天SpO2 98%，HR 98，RR 24，不发烧",
            ],
            _patient(1610, "female", (), pregnant=None),
            id="r87-zh-057",
        ),  # 中国儿童阻塞性睡眠呼吸暂停诊断与治疗指南(2020): 打鼾伴睡眠憋气疑似OSA者应择期转耳鼻喉科行多导睡眠监测评估，白天无低氧及其他并发症时属常规门诊。
        pytest.param(
            [
                "2岁男孩体检查血常规，Hb 100g/L，MCV 68",
                "平时挑食，喝牛奶多，一天差不多1斤多。精神好，活动正常，HR 110，没有出血，没有黄疸",
            ],
            _patient(780, "male", (), pregnant=None),
            id="r87-zh-058",
        ),  # WHO贫血标准/儿童缺铁和缺铁性贫血防治建议: 6–59个月Hb 100–109 g/L为轻度贫血，小细胞性考虑缺铁，口服铁剂加饮食调整并4周后门诊复查。
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
