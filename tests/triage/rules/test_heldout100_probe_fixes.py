# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundredth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of the first
hours to the first months of life: newborns at home after early discharge or a home birth, jaundice,
feeding, weight, temperature, breathing, colour, the cord, eyes, vomiting, fits, and the mother's
own problems told in the same message; 12 emergencies, 24 same-day and 24 look-alikes a set). Before
these fixes the rules found 9 of 12 and 12 of 12 emergencies, graded 13 of 24 and 14 of 24 same-day
cases exactly (English, Chinese) and sent 3 and 1 look-alikes to emergency. Missed: a 9-day-old's
vomit "dark green like spinach water", a 5-day-old's seizures told as staring, eyes turning to one
side, lip smacking and cycling legs, and postpartum pre-eclampsia "day 6 after her baby" with BP
164/112, flashing lights and pain under the ribs.

What changed: bilious vomit "green like spinach", neonatal seizure movements (cycling, lip smacking,
eyes to one side) and postpartum told as "day N after her baby" are read; "passed black poo day 1"
is meconium. After: 12/12, 12/12; 14/24, 15/24; look-alikes 22/24, 23/24.

Left, sent to emergency: eclampsia in labour 7 weeks ago (r100-en-055), a haemorrhage at delivery 3
weeks ago (r100-en-056), a startle reflex feared as a fit (r100-zh-038); graded emergency by the
rules' sources: a sleepy newborn who lost 12% (r100-en-015), a 3-week-old breathing at 64
(r100-en-019, WHO IMCI fast breathing in a young infant), urinary retention after a home birth
(r100-en-031); graded routine: the newborn and postnatal problems of r100-en-021 to -036 and
r100-zh-013 to -033 named in this file's cases (jaundice on day 4, no meconium by 30-50 hours, skin
pustules, neonatal mastitis, dacryocystitis, hepatitis B and anti-D not given, a cleft palate,
dehydration at 4 weeks, secondary postpartum bleeding, endometritis, postnatal depression without
harm thoughts, whooping cough)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "4 day old home birth, mum says he's been yellow since yesterday and now it's down to his legs",
                "today very sleepy, hard to wake for feeds, only 2 short feeds since morning",
                "when he does cry it's high pitched and shrill, keeps arching his neck and back",
            ],
            _patient(4, "male", (), pregnant=None),
            id="r100-en-001",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: a jaundiced baby with signs of acute bilirubin encephalopathy (lethargy, poor feeding, high-pitched cry, arching/hypertonia) needs immediate hospital admission for intensive phototherapy and possible exchange transfusion.
        pytest.param(
            [
                "19 day old girl, mum says she felt warm this morning, mum has a cold herself",
                "axilla temp 38.2, rechecked 38.1 after unwrapping",
                "feeding ok, pink, alert, no rash",
            ],
            _patient(19, "female", (), pregnant=None),
            id="r100-en-002",
        ),  # NICE NG143 Fever in under 5s (traffic-light table): any infant under 3 months with a temperature of 38°C or higher is a red feature needing immediate paediatric assessment; WHO IMCI classes fever in a young infant as possible serious bacterial infection for urgent referral.
        pytest.param(
            [
                "dad brought 6 day old in, says breathing funny since last night",
                "RR 68 counted full minute, repeat 70",
                "skin sucking in deep under the ribs each breath, little grunt at the end of each breath",
            ],
            _patient(6, "male", (), pregnant=None),
            id="r100-en-003",
        ),  # WHO IMCI young infant chart and WHO 2015 PSBI guideline: severe chest indrawing, grunting, or fast breathing in an infant under 7 days is possible serious bacterial infection requiring pre-referral antibiotics and urgent hospital referral.
        pytest.param(
            [
                "9 day old, vomiting since this morning",
                "mum showed photo of the vomit, dark green like spinach water",
                "tummy looks fuller than yesterday, only 2 wet nappies today",
            ],
            _patient(9, "female", (), pregnant=None),
            id="r100-en-004",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children (red flags): bile-stained (green) vomiting in an infant suggests intestinal obstruction such as malrotation with volvulus and needs immediate specialist surgical assessment in hospital.
        pytest.param(
            [
                "home birth 12 days ago, visiting today, baby feels cold to touch even wrapped",
                "axillary temp 34.9, recheck 35.0",
                "not woken for a feed since early morning, weak suck when tried",
            ],
            _patient(12, "male", (), pregnant=None),
            id="r100-en-005",
        ),  # WHO IMCI young infant chart: low body temperature below 35.5°C with poor feeding is very severe disease/possible serious bacterial infection needing warming, first-dose antibiotics and urgent referral.
        pytest.param(
            [
                "mum worried about 5 day old girl, episodes of staring with eyes turning to one side",
                "during them lips smacking and legs doing a cycling movement, about 1 min each, 3 times since last night",
                "doesn't stop when we hold her legs",
            ],
            _patient(5, "female", (), pregnant=None),
            id="r100-en-006",
        ),  # WHO IMCI young infant chart and WHO Managing Newborn Problems: convulsions, including subtle ones (eye deviation, lip smacking, cycling movements not stopped by restraint), are a danger sign requiring urgent referral.
        pytest.param(
            [
                "4 wk old, mum says he goes grey-blue round lips and tongue when feeding",
                "sweaty head during feeds, stops every few sucks to catch breath",
                "sats 84% on finger probe, RR 72",
            ],
            _patient(28, "male", (), pregnant=None),
            id="r100-en-007",
        ),  # WHO ETAT (Emergency Triage Assessment and Treatment): central cyanosis or oxygen saturation below 90% is an emergency sign requiring immediate oxygen and transfer.
        pytest.param(
            [
                "5 wk old, born early at 33 wks, mum says she stopped breathing in her sleep earlier",
                "mum counted about 25 sec, face went pale and lips dusky, had to pick her up and rub her back before she breathed",
                "seems ok now, bit snuffly with a cold",
            ],
            _patient(35, "female", ("preterm 33 weeks",), pregnant=None),
            id="r100-en-008",
        ),  # NICE NG9 Bronchiolitis in children: apnoea, observed or reported, in an infant is a reason to refer immediately for emergency hospital care.
        pytest.param(
            [
                "mum 8 days after home birth, bleeding got heavy again since this morning, baby at home with granny",
                "soaked through 4 pads in 2 hrs, passing clots size of a plum",
                "dizzy when she stands, HR 122, BP 94/58, looks pale",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r100-en-009",
        ),  # NICE NG194 Postnatal care / WHO postpartum haemorrhage recommendations: sudden or profuse postpartum vaginal bleeding with signs of shock (tachycardia, hypotension, dizziness) requires emergency transfer for resuscitation.
        pytest.param(
            [
                "day 6 after her baby, mum came with bad headache since last night, paracetamol not helping",
                "says she's seeing flashing lights, bit of pain under right ribs",
                "BP 164/112, repeat 166/110",
            ],
            _patient(11315, "female", ("gestational hypertension",), pregnant=False),
            id="r100-en-010",
        ),  # NICE NG133 Hypertension in pregnancy: postnatal BP of 160/110 or more with features of severe pre-eclampsia (severe headache, visual disturbance, right upper quadrant pain) needs immediate hospital admission.
        pytest.param(
            [
                "3 and a half wk old boy, born at home, mum says no injection given after the birth, only breastfed",
                "blood from his nose this morning and dark blood in the nappy",
                "pale, sleepy, bruise came up on forehead without any knock",
            ],
            _patient(24, "male", (), pregnant=None),
            id="r100-en-011",
        ),  # WHO recommendations on newborn health (vitamin K prophylaxis): infants who did not receive vitamin K are at risk of vitamin K deficiency bleeding, and spontaneous bleeding with pallor and drowsiness requires immediate hospital treatment.
        pytest.param(
            [
                "7 wk old, mum says she's not herself, floppy like a rag doll when picked up",
                "hard to wake, only a few sucks since last night",
                "temp 36.8, blotchy purple skin on legs, hands cold, soft spot on head feels full and tense",
            ],
            _patient(49, "female", (), pregnant=None),
            id="r100-en-012",
        ),  # NICE NG143 Fever in under 5s and NICE NG51 Sepsis: an infant who does not wake or stay awake, is floppy, has mottled skin or a bulging fontanelle has red features requiring emergency transfer, even with a normal temperature.
        pytest.param(
            [
                "5天男婴 在家生的 没去过医院",
                "奶奶说今早开始眼睛往上翻 嘴巴一直在咂 右手一抽一抽 有1分多钟",
                "刚才又来了一次 现在叫他反应慢 放嘴里奶头也不吸",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r100-zh-001",
        ),  # WHO IMCI (sick young infant 0-2 months), possible serious bacterial infection: convulsions in a young infant are a danger sign of very severe disease requiring urgent referral to hospital.
        pytest.param(
            [
                "9天女婴 昨天开始吐奶",
                "今天吐了3次 吐出来是绿色的 像菠菜汁",
                "肚子比昨天鼓 没怎么拉 精神没前两天好",
            ],
            _patient(9, "female", (), pregnant=None),
            id="r100-zh-002",
        ),  # NICE NG1 (GORD in children and young people), red flags: bile-stained (green) vomiting in an infant suggests intestinal obstruction such as malrotation with volvulus and needs immediate hospital surgical assessment.
        pytest.param(
            [
                "昨晚11点在家里生的 男孩 足月",
                "今天下午去看 脸和身上都发黄了 眼白也黄",
                "吃奶还行 妈妈是O型血",
            ],
            _patient(1, "male", (), pregnant=None),
            id="r100-zh-003",
        ),  # WHO IMCI young infant jaundice and NICE NG98 (neonatal jaundice) 1.2: any visible jaundice in the first 24 hours of life is severe/pathological and needs urgent hospital referral with bilirubin measured within 2 hours.
        pytest.param(
            [
                "3周女婴 妈妈说这两天不怎么吃奶",
                "今天一上午都在睡 弄醒一下又睡过去 手脚软软的 哭声很小",
                "腋温36.9 手脚摸着凉",
            ],
            _patient(21, "female", (), pregnant=None),
            id="r100-zh-004",
        ),  # WHO IMCI young infant: not feeding well and movement only when stimulated (lethargy, floppiness) are danger signs of possible serious bacterial infection requiring urgent referral.
        pytest.param(
            [
                "2天 在家生的 生下来称了2.3公斤",
                "刚量腋温35.1 包了两床被子还是凉的",
                "吸奶没劲 吸几口就停",
            ],
            _patient(2, "male", ("low birth weight",), pregnant=None),
            id="r100-zh-005",
        ),  # WHO IMCI young infant: a body temperature below 35.5 °C with poor feeding is classified as very severe disease; keep warm and refer urgently to hospital.
        pytest.param(
            [
                "42天男孩 昨晚开始发烧",
                "耳温38.6 一直哭 哭声很尖 抱着也哄不住",
                "前囟摸着鼓鼓的 今天吐了两次",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r100-zh-006",
        ),  # NICE NG143 (fever in under 5s): any infant under 3 months with temperature 38 °C or higher is high risk, and a bulging fontanelle with high-pitched cry points to meningitis needing immediate emergency transfer (NICE NG240).
        pytest.param(
            [
                "剖宫产第2天就出院了 宝宝现在4天",
                "数了一分钟呼吸70次 再数一次72",
                "吸气的时候胸口下面陷进去很深 鼻翼一扇一扇 嗓子里哼哼的",
            ],
            _patient(4, "female", (), pregnant=None),
            id="r100-zh-007",
        ),  # WHO IMCI young infant: fast breathing of 60 or more with severe chest indrawing and grunting is possible serious bacterial infection/very severe disease requiring urgent referral.
        pytest.param(
            [
                "满月宝宝 吃奶的时候嘴唇和舌头发紫",
                "不吃奶也有点紫 手指夹了血氧86%",
                "吃几口就喘 满头是汗",
            ],
            _patient(29, "male", (), pregnant=None),
            id="r100-zh-008",
        ),  # WHO Pocket Book of Hospital Care for Children / ETAT: central cyanosis or SpO2 below 90% is an emergency sign requiring oxygen and immediate hospital care.
        pytest.param(
            [
                "8天女婴 村里接生的",
                "肚脐周围红了一大片 往肚皮上扩 有脓 有臭味",
                "今天吃奶少 摸着烫 腋温38.2",
            ],
            _patient(8, "female", (), pregnant=None),
            id="r100-zh-009",
        ),  # WHO IMCI young infant: umbilical redness extending to the skin plus fever of 37.5 °C or more indicates possible serious bacterial infection requiring urgent referral.
        pytest.param(
            [
                "产后第6天访视 妈妈说今早血突然多了",
                "半小时就湿透一片卫生巾 有拳头大的血块",
                "站起来头晕眼黑 心率118 血压96/60",
                "宝宝吃奶还好",
            ],
            _patient(9855, "female", (), pregnant=False),
            id="r100-zh-010",
        ),  # NICE NG194 (postnatal care) 1.2: sudden or profuse vaginal bleeding with faintness, dizziness or tachycardia after birth signals postpartum haemorrhage requiring emergency action.
        pytest.param(
            [
                "产后5天 孩子挺好 妈妈说头疼得厉害 两天了",
                "眼前冒金星 看东西模糊 心口下面疼",
                "血压166/112 隔5分钟再量164/110",
            ],
            _patient(12410, "female", ("gestational hypertension",), pregnant=False),
            id="r100-zh-011",
        ),  # NICE NG133 (hypertension in pregnancy), postnatal: BP of 160/110 or more with severe headache, visual disturbance or epigastric pain indicates severe pre-eclampsia requiring immediate hospital admission.
        pytest.param(
            [
                "产后10天 家属过来说她3个晚上没睡",
                "一会哭一会笑 说听见有人跟她说话",
                "说孩子不是她的 被人换了 家里人怕她伤着孩子",
            ],
            _patient(8395, "female", (), pregnant=False),
            id="r100-zh-012",
        ),  # NICE CG192 (antenatal and postnatal mental health) and RCPsych guidance: new postpartum psychotic symptoms (hallucinations, delusions about the baby, severe insomnia) are a psychiatric emergency needing immediate assessment because of risk to mother and infant.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "day 3 baby, midwife noticed yellow skin on face and chest down to tummy",
                "feeding well 8-10 times, 5 wet nappies, awake and alert",
                "no bili level done yet, born at home",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r100-en-013",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: in a baby over 24 hours old with visible jaundice, measure the bilirubin level within 6 hours.
        pytest.param(
            [
                "4 wk old still yellow, whites of eyes yellow too",
                "poo pale, almost white like putty for the past week",
                "wee dark and stains the nappy, feeding and gaining ok",
            ],
            _patient(28, "male", (), pregnant=None),
            id="r100-en-014",
        ),  # NICE CG98 Jaundice in newborn babies (prolonged jaundice): pale chalky stools and/or dark urine that stains the nappy in a jaundiced baby need urgent referral to a paediatric liver specialist for possible biliary atresia.
        pytest.param(
            [
                "8 day old, mum noticed yellow pus from belly button stump, smells",
                "redness just round the base, less than a fingernail width, rest of tummy skin normal",
                "feeding well, temp 36.9, active. mum's stitches also sore, she'll see midwife",
            ],
            _patient(8, "male", (), pregnant=None),
            id="r100-en-016",
        ),  # WHO IMCI young infant chart: an umbilicus that is draining pus with redness not extending to the skin is a local bacterial infection treated the same day with oral antibiotic and follow-up in 2 days.
        pytest.param(
            [
                "4 day old girl, both eyes stuck shut with thick yellow pus since this morning",
                "eyelids red and puffy, pus comes back quickly after wiping",
                "mum had discharge in pregnancy, wasn't tested",
            ],
            _patient(4, "female", (), pregnant=None),
            id="r100-en-017",
        ),  # NICE CKS Conjunctivitis - infective: purulent eye discharge in a baby in the first 28 days (suspected ophthalmia neonatorum) requires same-day referral to ophthalmology.
        pytest.param(
            [
                "5 wk old boy, vomiting after nearly every feed for 3 days",
                "mum says it shoots across the room, milky, never green",
                "hungry straight after, still 4-5 wet nappies, weight 80 g less than last week",
            ],
            _patient(35, "male", (), pregnant=None),
            id="r100-en-018",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children (red flags): forceful/projectile vomiting in the first 2 months suggests hypertrophic pyloric stenosis and needs same-day specialist paediatric assessment.
        pytest.param(
            [
                "6 wk old, runny nose and cough 3 days",
                "now only taking half to two thirds of his usual feeds, 3 wet nappies since yesterday",
                "RR 56, no chest indrawing, no grunting, no pauses, sats 95%",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r100-en-020",
        ),  # NICE NG9 Bronchiolitis in children: inadequate oral intake (50-75% of usual) or signs of dehydration, with a lower threshold under 3 months, warrant same-day hospital assessment, while apnoea, SpO2 below 92% or severe distress would be emergencies.
        pytest.param(
            [
                "mum 2 wks after home birth, burning when passing urine 3 days",
                "now pain in right side of her back, temp 38.4, shivery, HR 98",
                "keeping fluids down, breastfeeding ok, BP 116/72",
            ],
            _patient(8395, "female", ("anaemia",), pregnant=False),
            id="r100-en-024",
        ),  # NICE NG111 Pyelonephritis (acute): antibiotic prescribing: a woman with fever and loin pain should be assessed and given antibiotics the same day, with hospital referral only if signs of sepsis or unable to take oral fluids.
        pytest.param(
            [
                "7 wk old for her check, noticed 3 fingertip size bruises on left upper arm and one on cheek",
                "parents not sure how they happened, no falls",
                "baby feeding and alert, otherwise fine",
            ],
            _patient(50, "female", (), pregnant=None),
            id="r100-en-026",
        ),  # NICE CG89 Child maltreatment: bruising in a child who is not independently mobile should lead you to suspect maltreatment and make a same-day child protection referral and paediatric assessment.
        pytest.param(
            [
                "mum of 2 wk old, left breast sore since yesterday, red hot wedge shaped area on outer side",
                "temp 38.6, aching all over like flu, shivery",
                "baby fine, still feeding from both sides",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="r100-en-027",
        ),  # NICE CKS Mastitis and breast abscess: a breastfeeding woman who is systemically unwell with a painful red wedge-shaped area should be assessed and started on antibiotics the same day while continuing to breastfeed.
        pytest.param(
            [
                "mum 4 wks after delivery, had red painful breast last wk, finished antibiotics from pharmacy",
                "now hard lump about 4 cm near nipple, soft in middle, skin shiny red",
                "no fever today, feeding baby from other side",
            ],
            _patient(12410, "female", ("hypothyroidism",), pregnant=False),
            id="r100-en-028",
        ),  # NICE CKS Mastitis and breast abscess: a suspected breast abscess (tender fluctuant lump) should be referred the same day to the surgical team for drainage.
        pytest.param(
            [
                "10 days after c-section, mum says right calf swollen and tight for 2 days",
                "calf 3 cm bigger than left, tender along the back",
                "no chest pain, no shortness of breath, sats 98 HR 84",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="r100-en-029",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT needs a proximal leg ultrasound within 4 hours or, if not possible, interim anticoagulation and a scan within 24 hours.
        pytest.param(
            [
                "mum day 4 after birth, had high BP with protein at end of pregnancy",
                "BP 152/102 today, repeat 150/100, stopped her tablets herself 2 days ago",
                "no headache, vision fine, no tummy pain",
            ],
            _patient(9855, "female", ("pre-eclampsia",), pregnant=False),
            id="r100-en-030",
        ),  # NICE NG133 Hypertension in pregnancy (postnatal): BP of 150/100 or more after birth needs antihypertensive treatment to be started or restarted with same-day medical review, while 160/110 or symptoms would need admission.
        pytest.param(
            [
                "mum 6 days after home birth, stitches down below very painful, worse each day",
                "looked: wound edges red, swollen, yellow discharge, smells",
                "temp 37.6, HR 90, lochia normal amount, not smelly",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r100-en-032",
        ),  # NICE NG194 Postnatal care: perineal pain with signs of wound infection (redness, swelling, discharge, odour) needs same-day assessment and treatment.
        pytest.param(
            [
                "mum of 3 wk old came for weigh-in, very flat and tearful",
                "says she can't cope and sometimes thinks everyone would be better off without her",
                "no plan, hasn't done anything, husband at home with her, says she'd never hurt the baby",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r100-en-033",
        ),  # NICE CG192 Antenatal and postnatal mental health: a postnatal woman with thoughts of suicide but no plan or intent needs same-day assessment and referral to mental health services, not emergency transfer.
        pytest.param(
            [
                "5天女婴 出生3.40kg 今天称3.02kg",
                "妈妈说奶少 孩子老哭 一天湿3片尿布",
                "精神还行 体温36.8",
            ],
            _patient(5, "female", (), pregnant=None),
            id="r100-zh-014",
        ),  # NICE NG194 (postnatal care) 1.4: weight loss of more than 10% of birthweight in the early days needs prompt clinical and feeding assessment with consideration of referral.
        pytest.param(
            [
                "3天男孩 两只眼睛都有黄脓",
                "眼皮肿得睁不开 擦了又流出来",
                "妈妈孕期白带多 没治过",
                "吃奶正常 不烧",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r100-zh-015",
        ),  # NICE CKS Conjunctivitis - infective: conjunctivitis in a neonate (ophthalmia neonatorum, possible gonococcal or chlamydial) needs same-day specialist assessment and treatment.
        pytest.param(
            [
                "9天宝宝 脐带前天掉的",
                "肚脐里有点黄脓 有点臭",
                "肚脐边上红一点点 没往外扩 吃奶好 体温36.7",
            ],
            _patient(9, "male", (), pregnant=None),
            id="r100-zh-016",
        ),  # WHO IMCI young infant: umbilicus red or draining pus without redness extending to the skin or other danger signs is local bacterial infection, needing oral antibiotic started that day and follow-up in 2 days.
        pytest.param(
            [
                "5周男孩 这3天每次吃完奶就喷出来 喷得老远",
                "吐完马上又饿要吃 吐的不是绿的",
                "尿布比以前少 体重比满月时还少了100g",
            ],
            _patient(35, "male", (), pregnant=None),
            id="r100-zh-017",
        ),  # NICE CKS / NICE NG1: projectile non-bilious vomiting in an infant of 2-8 weeks with poor weight gain suggests pyloric stenosis and needs same-day paediatric surgical assessment.
        pytest.param(
            [
                "7周女婴 拉稀2天 一天8-9次水样",
                "今天烦躁 给水给奶都喝得很猛",
                "捏肚皮回去有点慢 眼窝有点凹 还能吃奶 没有睡不醒",
            ],
            _patient(50, "female", (), pregnant=None),
            id="r100-zh-019",
        ),  # WHO IMCI young infant diarrhoea: restlessness with slow skin pinch and sunken eyes is some dehydration, treated with ORS/fluids under supervision at the facility the same day (Plan B), not severe dehydration.
        pytest.param(
            [
                "6周女婴 来打疫苗",
                "发现左边大腿和耳朵后面有几块青紫",
                "家长说不知道怎么弄的 孩子还不会翻身",
                "吃奶睡觉正常",
            ],
            _patient(44, "female", (), pregnant=None),
            id="r100-zh-023",
        ),  # NICE NG76/CG89 (child maltreatment): unexplained bruising in a non-mobile infant must prompt same-day paediatric and safeguarding assessment.
        pytest.param(
            ["产后12天 右边乳房一块红 硬 疼", "今天发烧38.6 浑身酸痛", "还在喂奶 宝宝吃得好"],
            _patient(10585, "female", (), pregnant=False),
            id="r100-zh-025",
        ),  # NICE CKS Mastitis and breast abscess: lactational mastitis with fever and systemic symptoms needs same-day review and oral antibiotics while continuing breastfeeding; hospital only if septic.
        pytest.param(
            ["剖宫产第9天访视", "左小腿比右边粗 小腿肚子胀痛 走路更疼", "不喘 胸口不疼 心率84"],
            _patient(13140, "female", ("肥胖",), pregnant=False),
            id="r100-zh-026",
        ),  # NICE NG158 (venous thromboembolic diseases): suspected DVT needs proximal leg ultrasound within 4 hours or D-dimer with interim anticoagulation, i.e. same-day assessment; the postpartum period raises risk.
        pytest.param(
            [
                "产后第5天 上门量血压",
                "154/100 歇了10分钟再量152/98",
                "不头疼 眼睛不花 不肿 宝宝挺好",
            ],
            _patient(11315, "female", (), pregnant=False),
            id="r100-zh-027",
        ),  # NICE NG133 (hypertension in pregnancy), postnatal: BP of 150/100 or more needs antihypertensive treatment and prompt medical review; without severe-range values (160/110) or symptoms this is same-day, not emergency.
        pytest.param(
            [
                "剖宫产 今天第8天",
                "刀口右边一段发红 大概2cm宽 渗黄水",
                "摸着疼 体温37.5 吃饭睡觉还行",
            ],
            _patient(9490, "female", (), pregnant=False),
            id="r100-zh-028",
        ),  # NICE NG125 (surgical site infection) and NICE NG194: redness and discharge from a caesarean wound needs same-day clinical review and antibiotics; sepsis signs would make it an emergency.
        pytest.param(
            [
                "今早5点在村里生的 顺产",
                "到现在7个小时没尿过 小肚子胀 想尿尿不出来",
                "出血不多 血压122/76 宝宝好",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r100-zh-030",
        ),  # NICE NG194 (postnatal care) 1.2: if a woman has not passed urine within 6 hours of birth, assess for urinary retention promptly and catheterise if needed, the same day.
        pytest.param(
            [
                "顺产打了无痛 昨天出院 今天第2天",
                "头疼 坐起来站起来就疼得厉害 躺平就好多了",
                "不发烧 脖子不硬 血压118/76 看东西清楚",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r100-zh-032",
        ),  # NICE NG194 (postnatal care): a postural headache after epidural or spinal analgesia suggests post-dural puncture headache and should be referred to the anaesthetic team the same day; normal BP argues against pre-eclampsia.
        pytest.param(
            [
                "25天女婴 妈妈孕期查出梅毒 说针没打完",
                "孩子一直鼻塞流鼻涕 手心脚底有红斑 脱皮",
                "吃奶还可以 不发热",
            ],
            _patient(25, "female", (), pregnant=None),
            id="r100-zh-034",
        ),  # China NHC work standard for preventing mother-to-child transmission of HIV, syphilis and hepatitis B (2020): an infant of an inadequately treated syphilis-positive mother with clinical signs of congenital syphilis needs prompt paediatric assessment and penicillin treatment.
        pytest.param(
            [
                "产后第6天 小便痛 次数多",
                "今天发烧38.3 右边腰疼 一敲就疼",
                "能吃能喝 没吐 心率90 血压118/72",
                "还在喂奶",
            ],
            _patient(12045, "female", (), pregnant=False),
            id="r100-zh-035",
        ),  # NICE NG111 (pyelonephritis, acute): pyelonephritis without signs of sepsis and able to take oral fluids needs same-day oral antibiotics; hospital referral only if severely unwell.
        pytest.param(
            [
                "宝宝4天 妈妈产后第2天出了水痘 现在满身都是",
                "宝宝还没起疹子 吃奶好 不发热",
                "家里怕传给孩子",
            ],
            _patient(4, "female", (), pregnant=None),
            id="r100-zh-036",
        ),  # UKHSA Green Book chapter 34 and varicella post-exposure guidance: neonates whose mothers develop chickenpox from 7 days before to 7 days after delivery are at high risk and need prompt same-day prophylaxis (VZIG or antiviral) and review.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "home birth 3 hrs ago, granny worried hands and feet look bluish",
                "lips and tongue pink, crying loudly, breathing easy about 45/min",
                "skin to skin with mum, first feed started",
            ],
            _patient(0, "female", (), pregnant=None),
            id="r100-en-037",
        ),  # WHO Essential Newborn Care / ETAT: bluish hands and feet in the first hours are common, whereas central cyanosis of lips and tongue is the danger sign.
        pytest.param(
            [
                "16 day old, mum filmed him sleeping, breathing stops for a few secs then some fast breaths",
                "she timed pauses at 5-8 seconds, colour stays pink, he doesn't need waking",
                "feeding well, gaining weight, no fever",
            ],
            _patient(16, "male", (), pregnant=None),
            id="r100-en-038",
        ),  # AAP clinical practice guideline on brief resolved unexplained events (2016): periodic breathing with pauses under 20 seconds and no colour change is normal in young infants and is not an apnoea.
        pytest.param(
            [
                "2 day old, mum says arms and chin shake, worried it's a fit",
                "shaking stops straight away when I hold her arm gently, comes when she cries or is startled",
                "eyes normal, feeding well, alert between",
            ],
            _patient(2, "female", (), pregnant=None),
            id="r100-en-039",
        ),  # WHO Managing Newborn Problems: jitteriness is stimulus-provoked and stops with gentle restraint, unlike convulsions, and in a well-feeding baby needs no referral.
        pytest.param(
            [
                "6 day old girl, mum found bit of blood and white mucus in nappy from the front",
                "no bleeding anywhere else, no bruises, cord fine",
                "had vitamin K at birth, feeding well",
            ],
            _patient(6, "female", (), pregnant=None),
            id="r100-en-040",
        ),  # NHS newborn baby guidance: a small amount of vaginal bleeding or white discharge in baby girls in the first week is due to maternal hormones and is normal.
        pytest.param(
            [
                "day 5 baby, still a bit yellow on face and chest",
                "skin bili meter reads 118 umol/L, born at 39 wks",
                "feeding 8-10 x a day, 6 wet nappies, yellow poo",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r100-en-041",
        ),  # NICE CG98 Jaundice in newborn babies (treatment threshold table): at 120 hours a baby of 38 weeks or more needs phototherapy only from about 350 µmol/L, so 118 with good feeding needs routine follow-up only.
        pytest.param(
            [
                "day 4 weigh: 3.35 kg, born 3.6",
                "breastfeeding 8-12 times, 5-6 heavy wet nappies, yellow seedy poo started",
                "mum worried he's lost weight",
            ],
            _patient(4, "male", (), pregnant=None),
            id="r100-en-042",
        ),  # NICE NG75 Faltering growth: weight loss of up to 10% of birth weight in the first days is expected; only more than 10% triggers assessment.
        pytest.param(
            [
                "mum thinks 3 wk old breathes too fast when asleep",
                "counted 48/min over full min, no indrawing, no grunting, no flaring",
                "pink, feeding well, temp 36.8",
            ],
            _patient(25, "female", (), pregnant=None),
            id="r100-en-043",
        ),  # WHO IMCI young infant chart: fast breathing in a young infant is 60 breaths per minute or more; 48 with no indrawing or other signs is normal.
        pytest.param(
            [
                "6 wk old, mum says felt hot this morning, was wrapped in 3 blankets",
                "after unwrapping 15 min, axillary 36.9, repeat 37.0",
                "feeding and alert, no rash, soft spot flat",
            ],
            _patient(40, "male", (), pregnant=None),
            id="r100-en-044",
        ),  # NICE NG143 Fever in under 5s and WHO IMCI: fever means a measured temperature of 38°C (IMCI 37.5°C) or more; a normal temperature after removing excess wrapping in an alert, feeding infant needs advice only.
        pytest.param(
            [
                "8 wk old brings up small mouthfuls of milk after most feeds",
                "milky, not green, no blood, not forceful",
                "happy, gaining weight along her line, feeding well",
            ],
            _patient(56, "female", (), pregnant=None),
            id="r100-en-045",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children: effortless regurgitation in a thriving infant without red flags is common and needs reassurance, not investigation or treatment.
        pytest.param(
            [
                "5 wk old screams every evening 2-3 hrs, draws knees up, parents exhausted",
                "rest of day settled, feeding well, gaining weight, temp 36.7",
                "no vomiting, poo normal, not floppy, cry sounds normal",
            ],
            _patient(38, "male", (), pregnant=None),
            id="r100-en-046",
        ),  # NICE CKS Infantile colic: excessive evening crying in a thriving, well infant with normal examination is managed with reassurance and support for parents.
        pytest.param(
            [
                "cord came off yesterday, few spots of blood on vest this morning",
                "stopped on its own, skin around belly button not red, no smell",
                "baby feeding, had vit K at birth",
            ],
            _patient(10, "female", (), pregnant=None),
            id="r100-en-047",
        ),  # WHO recommendations on postnatal care / IMCI: a clean separating cord with a little spotting and no redness or pus needs only dry cord care.
        pytest.param(
            [
                "day 3 newborn check, right testicle not in scrotum, can't bring it down",
                "left one normal, penis looks normal, pees in good stream",
                "baby feeding fine",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r100-en-048",
        ),  # NHS Newborn and Infant Physical Examination (NIPE) screening standards: a unilateral undescended testis is re-examined at the 6-8 week check and referred routinely if still undescended.
        pytest.param(
            [
                "mum day 4 after birth, keeps crying, says she feels overwhelmed",
                "sleeping when baby sleeps, eating, enjoying baby, no thoughts of harming herself or baby",
                "feels better in afternoons, husband and her mum helping",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r100-en-049",
        ),  # NICE NG194 Postnatal care / NICE CKS Depression - antenatal and postnatal: tearfulness around days 3-10 (baby blues) is common and resolves within 2 weeks; only persistent symptoms or thoughts of harm need further assessment.
        pytest.param(
            [
                "mum day 5 asking about her bleeding, still red like a period",
                "about 4 pads a day, getting less each day, few small clots earlier on",
                "no smell, no fever, no dizziness, tummy not sore",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r100-en-050",
        ),  # NICE NG194 Postnatal care: red lochia that is lessening, without offensive smell, fever or large clots, is normal in the first week.
        pytest.param(
            [
                "2 day old, soft lump on right side of head since birth, mum scared",
                "lump stops at edge of the bone, doesn't cross the middle, not getting bigger",
                "baby alert, feeding, pink, not pale",
            ],
            _patient(2, "male", (), pregnant=None),
            id="r100-en-051",
        ),  # WHO Pocket Book of Hospital Care for Children (newborn problems): a cephalhaematoma confined to one skull bone resolves without treatment, needing only watching for jaundice.
        pytest.param(
            [
                "2 month old, left eye watery with bit of sticky stuff on lashes in mornings, on and off since about 5 wks",
                "white of eye not red, lids not swollen",
                "feeding well",
            ],
            _patient(60, "female", (), pregnant=None),
            id="r100-en-052",
        ),  # NICE CKS Conjunctivitis - infective: a watery or mildly sticky eye with a white conjunctiva in an infant is usually nasolacrimal duct blockage, managed with cleaning and massage at home.
        pytest.param(
            [
                "3 wk old, white patches inside cheeks and on tongue, don't wipe off",
                "feeding well, no fever, lots of wet nappies",
                "mum's nipples a bit sore and pink",
            ],
            _patient(24, "male", (), pregnant=None),
            id="r100-en-053",
        ),  # WHO IMCI young infant chart: oral thrush in a feeding infant is treated at home with topical antifungal and routine follow-up.
        pytest.param(
            [
                "9 day old brought up milk with streaks of dark blood after feed this morning",
                "mum's right nipple cracked and bleeding, she winces at latch",
                "baby pink, alert, feeding well, poo normal yellow, no other bleeding, had vit K",
            ],
            _patient(9, "female", (), pregnant=None),
            id="r100-en-054",
        ),  # NICE CKS Breastfeeding problems: cracked, bleeding nipples are managed by correcting positioning and attachment, and swallowed maternal blood in a well vitamin-K-treated baby needs routine care.
        pytest.param(
            [
                "3 and a half month old, temp 38.3 since lunchtime, brother has a cold",
                "smiling, alert, feeding normally, wet nappies normal",
                "pink, no rash, breathing normal, soft spot flat",
            ],
            _patient(110, "female", (), pregnant=None),
            id="r100-en-057",
        ),  # NICE NG143 Fever in under 5s: in an infant aged 3-6 months, a temperature below 39°C with no other amber or red features is green and managed at home with safety-netting advice.
        pytest.param(
            [
                "3 wk old at his check, blue-grey flat patches over lower back and bottom",
                "parents say they've been there since birth, not tender, not changing",
                "rest of skin normal, baby well",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r100-en-058",
        ),  # NICE CG89 Child maltreatment: consider alternative explanations for bruise-like marks; blue-grey patches present since birth and unchanged (congenital dermal melanocytosis) are not bruises.
        pytest.param(
            [
                "6 wk old breastfed, no poo for 5 days, mum worried",
                "when it comes it's soft yellow, no more straining than usual",
                "feeding well, not vomiting, tummy soft not swollen, wet nappies ok, passed black poo day 1",
            ],
            _patient(45, "male", (), pregnant=None),
            id="r100-en-059",
        ),  # NICE CG99 Constipation in children: infrequent soft stools in a thriving exclusively breastfed infant who passed meconium normally are not constipation and need no treatment.
        pytest.param(
            [
                "18 day old, right side of scrotum bigger than left since birth",
                "soft, not tender, torch light shines through it, can feel the top of it",
                "baby feeding well, not crying with it, no vomiting",
            ],
            _patient(18, "male", (), pregnant=None),
            id="r100-en-060",
        ),  # NICE CKS Scrotal swelling: a painless transilluminating hydrocele in an infant usually resolves by 1-2 years and needs routine review only.
        pytest.param(
            [
                "3周男孩 纯母乳",
                "还是有点黄 脸和眼白黄 身上淡了",
                "大便金黄色 尿不黄 体重长了500g 吃奶好",
            ],
            _patient(21, "male", (), pregnant=None),
            id="r100-zh-037",
        ),  # NICE NG98 (neonatal jaundice): jaundice beyond 14 days in a term baby needs planned investigation (conjugated bilirubin, stool and urine colour); with yellow stools, pale urine and good weight gain it is not same-day.
        pytest.param(
            [
                "6天女婴 今天换尿布看到阴道有一点点血 还有白色粘液",
                "就一点点 吃奶好 身上没有出血点",
                "出生打过维生素K",
            ],
            _patient(6, "female", (), pregnant=None),
            id="r100-zh-039",
        ),  # NICE NG194 (postnatal care) newborn advice: a small withdrawal bleed and white vaginal discharge in the first week from maternal hormones is normal and self-limiting.
        pytest.param(
            ["16天男孩 两边乳头下面都鼓起一个小硬块", "奶奶挤出来一点白水 不红不热", "吃奶好 不烧"],
            _patient(16, "male", (), pregnant=None),
            id="r100-zh-040",
        ),  # NICE NG194 newborn care: bilateral breast enlargement from maternal hormones is normal and resolves; advise not to squeeze; redness and heat (mastitis) are absent.
        pytest.param(
            [
                "10天 外面冷 抱回来手脚发紫",
                "嘴唇和舌头红红的 暖了一会手脚也不那么紫了",
                "吃奶好 腋温36.8",
            ],
            _patient(10, "female", (), pregnant=None),
            id="r100-zh-041",
        ),  # WHO Pocket Book of Hospital Care for Children: peripheral cyanosis of hands and feet with pink lips and tongue in a warm, feeding newborn is normal; only central cyanosis is a danger sign.
        pytest.param(
            [
                "满月宝宝 睡着了呼吸一会快一会慢",
                "有时候停几秒 我数了大概5-6秒 然后又接着喘",
                "脸和嘴唇一直是红的 醒着吃奶好",
            ],
            _patient(30, "male", (), pregnant=None),
            id="r100-zh-042",
        ),  # AAP / WHO newborn care: periodic breathing with pauses under 20 seconds and no colour change is normal in young infants; apnoea of 20 seconds or more or with cyanosis would be a danger sign.
        pytest.param(
            [
                "40天女婴 每次吃完奶吐一两口 奶白色",
                "不是喷出来的 吐完照样玩 体重比满月长了800g",
                "妈妈乳头有点裂 问能不能接着喂",
            ],
            _patient(40, "female", (), pregnant=None),
            id="r100-zh-043",
        ),  # NICE NG1 (GORD in children and young people): effortless regurgitation of milk in a thriving infant without red flags (bile, projectile vomiting, blood, faltering growth) needs reassurance only.
        pytest.param(
            [
                "快2个月男孩 这一周每天傍晚开始哭 哭2-3小时",
                "哭的时候腿缩起来 脸憋红 抱着走走好点",
                "白天吃奶睡觉好 不发烧 不吐 体重长得好",
            ],
            _patient(56, "male", (), pregnant=None),
            id="r100-zh-044",
        ),  # NICE CKS Infantile colic: paroxysmal evening crying in a thriving, afebrile infant with normal feeding is colic, managed with reassurance and self-care.
        pytest.param(
            [
                "3天女孩 身上起了好多红斑 中间有小白点小黄点",
                "今天这边有 明天那边有 脸上也有",
                "精神好 吃奶好 腋温36.9",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r100-zh-045",
        ),  # NICE NG194 newborn care (and DermNet): erythema toxicum neonatorum, blotchy red macules with pale papules that move around in a well baby in the first days, is benign and needs no treatment.
        pytest.param(
            [
                "28天女婴 肚脐掉了以后里面有个红红的小肉疙瘩",
                "有点湿 擦一下有点粘液",
                "周围皮肤不红 没臭味 吃奶好",
            ],
            _patient(28, "female", (), pregnant=None),
            id="r100-zh-046",
        ),  # NICE CKS / WHO young infant care: an umbilical granuloma (moist pink tissue without surrounding redness) is treated at a routine visit (salt or silver nitrate); IMCI danger signs are absent.
        pytest.param(
            [
                "6周男孩 左眼老是泪汪汪的",
                "早上起来眼角有点黄白分泌物 擦掉就好",
                "眼白不红 眼皮不肿 内眼角不鼓",
            ],
            _patient(45, "male", (), pregnant=None),
            id="r100-zh-047",
        ),  # NICE CKS (infantile nasolacrimal duct obstruction): a watery, sticky eye with white conjunctiva is managed with cleaning and lacrimal massage; most resolve by age 1.
        pytest.param(
            [
                "5周 天热 奶奶给盖了三层被",
                "摸着烫 量腋温37.4",
                "解开包被半小时再量36.8",
                "吃奶好 精神好",
            ],
            _patient(36, "female", (), pregnant=None),
            id="r100-zh-048",
        ),  # NICE NG143 (fever in under 5s) and WHO IMCI: overwrapping raises temperature; a repeat normal temperature (below 37.5 °C) in an alert, feeding infant without danger signs needs advice only.
        pytest.param(
            [
                "2个月男孩 妈妈发烧38.5 咳嗽嗓子疼 两天了",
                "问还能不能喂奶",
                "孩子吃奶好 腋温36.7 不咳 精神好",
            ],
            _patient(60, "male", (), pregnant=None),
            id="r100-zh-049",
        ),  # WHO breastfeeding guidance / NICE CKS: a mother with a viral respiratory illness should continue breastfeeding with hand hygiene; the infant is well with no fever or danger signs.
        pytest.param(
            [
                "5周多女婴 鼻子堵 呼噜呼噜的 3天了",
                "吃奶时要停下来喘口气 但能吃完",
                "呼吸一分钟44次 胸口不凹 腋温37.0 不咳",
            ],
            _patient(38, "female", (), pregnant=None),
            id="r100-zh-050",
        ),  # WHO IMCI young infant: without fast breathing (60 or more), chest indrawing, fever or feeding failure, nasal congestion is managed at home with saline drops and feeding advice.
        pytest.param(
            [
                "40天男孩 姐姐4岁 得了手足口 手上脚上嘴里都是疱",
                "弟弟跟她一个屋睡",
                "弟弟现在不发烧 没疹子 吃奶好",
            ],
            _patient(40, "male", (), pregnant=None),
            id="r100-zh-051",
        ),  # China NHC Guideline for diagnosis and treatment of hand, foot and mouth disease (2018): a well contact without fever or rash needs isolation and hygiene advice with observation only.
        pytest.param(
            [
                "7周男孩 右边阴囊比左边大",
                "软软的 按着不哭 手电一照透亮",
                "早上晚上一样大 不吐 吃奶好",
            ],
            _patient(48, "male", (), pregnant=None),
            id="r100-zh-052",
        ),  # NICE CKS (scrotal pain and swelling) / BAPS: a soft, non-tender, transilluminating scrotal swelling in an infant (hydrocele) usually resolves and needs routine review; a tender or irreducible swelling would not.
        pytest.param(
            [
                "7天女孩 头顶右边一个大包 生下来就有",
                "软 按着像有水 不过中线",
                "精神好 吃奶好 这几天也没变大",
            ],
            _patient(7, "female", (), pregnant=None),
            id="r100-zh-053",
        ),  # NICE NG194 newborn examination: a cephalhaematoma, a soft swelling limited by the suture lines and present from birth, resolves over weeks without treatment in a well baby.
        pytest.param(
            [
                "24天男孩 舌头上 两边腮帮子里都是白块",
                "用棉签擦不掉",
                "吃奶还行 不发热",
                "妈妈说乳头又痒又疼",
            ],
            _patient(24, "male", (), pregnant=None),
            id="r100-zh-054",
        ),  # NICE CKS Candida - oral and WHO IMCI young infant: oral thrush in a feeding infant is treated with a topical antifungal at a routine visit, treating the mother's nipples as well.
        pytest.param(
            [
                "26天女孩 出生第2天在县医院抽过一次",
                "查了说是血糖低 住了5天 出院没吃药",
                "回家到现在没再抽过 吃奶好 会哭会动",
                "问啥时候复查",
            ],
            _patient(26, "female", ("新生儿低血糖史",), pregnant=None),
            id="r100-zh-055",
        ),  # WHO Guidelines on neonatal seizures (2011): after a single neonatal seizure from a corrected transient cause with a normal course since, planned neurodevelopmental follow-up is needed, not urgent care.
        pytest.param(
            [
                "3天男孩 出生3.30kg 今天3.12kg",
                "奶还没下来多少 一天吃10来次",
                "尿4-5次 拉的从墨绿变黄了 精神好",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r100-zh-056",
        ),  # NICE NG194 (postnatal care) 1.4: weight loss below 10% in the first days is expected; with good wet nappies and changing stools, continue breastfeeding support and routine weighing.
        pytest.param(
            [
                "产后第4天 妈妈说动不动就想哭",
                "有点烦 担心自己带不好孩子",
                "宝宝睡她也能睡 吃饭还行 问了没有想伤害自己或孩子",
            ],
            _patient(9125, "female", (), pregnant=False),
            id="r100-zh-057",
        ),  # NICE NG194 (postnatal care) 1.1: 'baby blues' (tearfulness, anxiety, low mood in the first 10 days) are common and self-limiting; reassess if they last beyond 2 weeks or red flags appear.
        pytest.param(
            [
                "产后第3天 妈妈有点头痛 说是晚上喂奶没睡好",
                "血压124/80 尿蛋白阴性",
                "眼睛不花 心口不痛 腿不肿 吃点东西躺一会就好些",
            ],
            _patient(13870, "female", (), pregnant=False),
            id="r100-zh-058",
        ),  # NICE NG133 and NICE NG194: a postnatal headache with normal BP, no proteinuria and no visual disturbance or epigastric pain is not pre-eclampsia and is managed with rest and simple analgesia.
        pytest.param(
            ["产后第3天 两边乳房胀得硬 疼", "不红 没摸到硬块 体温37.2", "孩子含不住乳头 一直哭"],
            _patient(7665, "female", (), pregnant=False),
            id="r100-zh-059",
        ),  # NICE NG194 (postnatal care) 1.3: breast engorgement, bilateral full tender breasts without redness or fever, is managed with frequent feeding, attachment help and expressing.
        pytest.param(
            ["产后3周 恶露还没干净 淡褐色 量很少", "没臭味 不发烧 肚子不疼", "孩子吃奶好"],
            _patient(11680, "female", (), pregnant=False),
            id="r100-zh-060",
        ),  # NICE NG194 (postnatal care): lochia can last up to about 6 weeks, changing from red to brown to pale; light, non-offensive lochia without fever or pain needs no treatment.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
