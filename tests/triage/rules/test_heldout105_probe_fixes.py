# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-fifth held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of TCM
procedures and herbal medicines and their harms: acupuncture, cupping and moxibustion burns, gua
sha, bloodletting, neck manipulation, aconite, 雷公藤, aristolochic acid, 何首乌, 马钱子, slimming teas,
herbs with Western drugs; 12 emergencies, 24 same-day and 24 look-alikes a set). Before these fixes
the rules found 11 of 12 and 10 of 12 emergencies, graded 15 of 24 and 11 of 24 same-day cases
exactly (English, Chinese) and sent 0 and 1 look-alikes to emergency. Missed: strychnine poisoning
after 马钱子 ("jaw tight ... going stiff in spasms"), acute liver failure after 何首乌 told as 眼睛黄 with
confusion and a flapping tremor, and a cupping fire with singed eyebrows, a hoarse voice and black
sputum.

What changed: a tight jaw and spasms count as signs of a toxic herb; 眼睛黄 is jaundice; singed
eyebrows or hair and black sputum are smoke inhalation, and a fire falling on the face a burn.
After: 12/12, 12/12; 16/24, 11/24; look-alikes 24/24, 23/24.

Left: black stools on charcoal herbs with a negative occult blood test (r105-zh-058) are still sent
to emergency; graded emergency by the rules' sources: a radiculopathy after neck manipulation
(r105-zh-023), digoxin toxicity with 六神丸 (r105-zh-036); graded routine: the procedure harms the
rules do not yet read as same-day (a broken acupuncture needle, a moxa burn on a numb diabetic foot,
infected needle, bloodletting and ear-needle sites, shared needles, a bone-setter's splint without
an X-ray, 土三七 liver disease, slimming capsules with palpitations and a high pressure, herbal sugar
pills with hypoglycaemia, a child's moxa burn): r105-en-013 to -036 and r105-zh-013 to -035 as named
in this file's cases."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "pt had acupuncture for shoulder pain this am, needles along top of shoulders and upper back",
                "about 1 hr later sharp pain L chest and short of breath, getting worse",
                "RR 32 sats 88% on air, HR 126, BP 92/60, L side very quiet when i listen",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r105-en-001",
        ),  # BTS Guideline for pleural disease 2023 (pneumothorax) with RCP NEWS2: a suspected needle-induced pneumothorax with hypoxia, tachypnoea and falling blood pressure (NEWS2 about 10) may be under tension and needs immediate hospital decompression.
        pytest.param(
            [
                "man drank 2 small cups of his homemade rheumatism wine, 草乌 soaked in it, about 40 min ago",
                "says lips and tongue tingling, now hands numb too, vomited twice",
                "pulse irregular, i count 48 then runs of fast beats, BP 86/54",
            ],
            _patient(22995, "male", ("hypertension",), pregnant=None),
            id="r105-en-002",
        ),  # IPCS INCHEM Poisons Information Monograph on Aconitum and RCP NEWS2: aconite alkaloids cause paraesthesia followed by ventricular arrhythmias and shock, so a symptomatic patient with arrhythmia and hypotension needs immediate hospital cardiac monitoring and resuscitation.
        pytest.param(
            [
                "guy took herbal pills for back pain from a market stall, box says 马钱子, took double bc not working",
                "now jaw tight, neck and back keep going stiff in spasms, worse when the door slammed",
                "awake and talking, very scared, HR 118 RR 26",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r105-en-003",
        ),  # IPCS INCHEM Poisons Information Monograph on strychnine: stimulus-triggered generalised muscle spasms with preserved consciousness indicate strychnine poisoning, which can cause respiratory failure and needs immediate hospital care.
        pytest.param(
            [
                "had her neck clicked by a bone-setter yesterday for stiff neck",
                "since this morning dizzy, vomiting, cant walk straight, says she sees double",
                "husband says speech a bit slurred, L hand clumsy when touching her nose",
            ],
            _patient(15330, "female", (), pregnant=False),
            id="r105-en-004",
        ),  # NICE NG128 Stroke and TIA: sudden focal neurological symptoms (ataxia, diplopia, dysarthria, limb incoordination) require immediate transfer to a hyperacute stroke unit; neck manipulation is a recognised trigger of vertebral artery dissection.
        pytest.param(
            [
                "5 day old, grandma has given 黄连 water for 3 days to clear 'fetal toxin'",
                "baby very yellow, palms and soles yellow now",
                "sleepy, not waking for feeds since last night, weak suck",
            ],
            _patient(5, "female", (), pregnant=None),
            id="r105-en-005",
        ),  # WHO IMCI chart booklet (sick young infant): yellow palms and soles (severe jaundice) or not feeding well is a pink classification needing urgent referral to hospital; berberine in 黄连 can worsen neonatal jaundice and trigger haemolysis in G6PD deficiency.
        pytest.param(
            [
                "taking 何首乌 powder for grey hair about 3 months",
                "eyes yellow 1 wk, today family says she is muddled and keeps falling asleep",
                "bruises on arms she cant explain, hands flap when she holds arms out",
            ],
            _patient(18980, "female", (), pregnant=False),
            id="r105-en-006",
        ),  # EASL Clinical Practice Guidelines on acute (fulminant) liver failure 2017: jaundice with encephalopathy and coagulopathy after a hepatotoxic drug or herb is acute liver failure and needs immediate transfer to a hospital with liver intensive care.
        pytest.param(
            [
                "mum was doing fire cupping on the boy, alcohol bottle tipped and his shirt caught fire",
                "burns across whole back and down both arms, big blisters, skin peeling off",
                "crying, HR 140, keeps asking for water",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="r105-en-007",
        ),  # NICE CKS Burns and scalds: a child with partial-thickness burns over roughly 10% or more of body surface needs fluid resuscitation and immediate transfer to a burns service.
        pytest.param(
            [
                "had acupuncture for knee pain at a street stall 4 days ago",
                "now R lower leg red, swollen, hot from knee to ankle, skin going dusky purple near the needle marks",
                "T 39.4, HR 124, BP 86/50, confused about what day it is",
            ],
            _patient(25915, "male", ("type 2 diabetes",), pregnant=None),
            id="r105-en-008",
        ),  # NICE NG51 Sepsis: suspected infection with high-risk criteria (new confusion, systolic BP 90 or less) requires immediate emergency hospital treatment.
        pytest.param(
            [
                "on warfarin, daughter started her on 丹参 capsules and 当归 soup 2 wks ago",
                "vomited dark brown coffee ground stuff this morning, black sticky stools",
                "pale, dizzy standing up, HR 116, BP 88/52",
            ],
            _patient(27010, "female", ("atrial fibrillation",), pregnant=False),
            id="r105-en-009",
        ),  # NICE CG141 Acute upper GI bleeding: haematemesis and melaena with tachycardia and hypotension need immediate hospital resuscitation; 丹参 and 当归 potentiate warfarin (BNF interactions).
        pytest.param(
            [
                "took 龙胆泻肝丸 on and off for yrs, kidneys known to be weak",
                "today legs very weak, felt faint twice",
                "bloods from this morning back: K 7.2, creat 640. pulse 40 and slow",
            ],
            _patient(24090, "male", ("chronic kidney disease",), pregnant=None),
            id="r105-en-010",
        ),  # UK Kidney Association guideline on treatment of acute hyperkalaemia in adults (2020): potassium of 6.5 mmol/L or more, especially with bradycardia, is severe and needs immediate hospital treatment with cardiac monitoring.
        pytest.param(
            [
                "girl 24, drinking slimming tea from online shop 2 months, lost 9 kg",
                "today sudden pounding heart, chest tight, nearly passed out on the stairs",
                "pulse too fast to count, oximeter says 178, BP 84/50, pale and sweaty",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r105-en-011",
        ),  # Resuscitation Council UK adult tachycardia algorithm 2021: tachyarrhythmia with adverse features (shock, syncope, myocardial ischaemia) needs immediate synchronised cardioversion in hospital; slimming teas are often adulterated with sibutramine.
        pytest.param(
            [
                "on a drip of 双黄连 injection for sore throat, 10 min in",
                "says itchy all over and throat feels tight, voice gone hoarse",
                "wheezing, lips swelling, BP 78/40",
            ],
            _patient(17155, "female", (), pregnant=False),
            id="r105-en-012",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis 2021: sudden airway, breathing or circulation problems after a drug (herbal injection) with skin changes need IM adrenaline and immediate hospital care.
        pytest.param(
            [
                "下午在镇上诊所扎完针 扎的肩膀和后背 说是治肩周炎",
                "回来1个多小时开始胸口闷 喘不上气 右边胸口疼",
                "现在坐着说话都断断续续 呼吸32 血氧88 右边呼吸音很低",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r105-zh-001",
        ),  # BTS Guideline for Pleural Disease 2023 (pneumothorax) with RCP NEWS2: suspected pneumothorax after chest-wall needling with marked breathlessness, SpO2 below 92% and RR over 30 is a high-risk presentation needing immediate hospital treatment.
        pytest.param(
            [
                "老乡自己炖了附子羊肉汤 说治腿寒 喝了两大碗",
                "半小时后嘴巴舌头发麻 手脚也麻 吐了两次",
                "脉搏摸着乱 一会快一会慢 心率40多 血压82/50 出冷汗",
            ],
            _patient(21170, "female", (), pregnant=False),
            id="r105-zh-002",
        ),  # Chinese expert consensus on diagnosis and treatment of acute poisoning (2016) / IPCS INCHEM aconite data: aconite alkaloid poisoning with arrhythmia and hypotension is life-threatening and needs immediate hospital cardiac monitoring and resuscitation.
        pytest.param(
            [
                "大爷喝了自己泡的药酒 里面有草乌 平时只喝一小杯 今天喝了大半碗",
                "说胸口慌 心跳乱 刚才在院子里站起来眼前一黑倒了 马上自己醒了",
                "现在脉摸着快又乱 数不清 大概130多 嘴唇发麻",
            ],
            _patient(24455, "male", ("高血压",), pregnant=None),
            id="r105-zh-003",
        ),  # NICE CG109 transient loss of consciousness plus aconite toxicology (IPCS INCHEM): syncope with an irregular fast pulse after Caowu (aconite) ingestion signals ventricular arrhythmia and requires emergency transfer.
        pytest.param(
            [
                "她听别人说马钱子治腰腿疼 自己磨粉吃的 不知道吃了多少",
                "现在脖子发硬 下巴咬得紧 张不开嘴",
                "刚才门一响 全身一下子绷直 抽了一阵 人是清醒的 很害怕",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r105-zh-004",
        ),  # IPCS INCHEM Poisons Information Monograph on strychnine (Strychnos nux-vomica, 马钱子): stimulus-triggered generalised muscle spasms with preserved consciousness herald respiratory failure and need immediate hospital care.
        pytest.param(
            [
                "上午在推拿店扳了脖子 咔的一声",
                "中午开始头晕 天旋地转 吐了三回",
                "刚才看他说话有点含糊 走路往左边倒 左手拿杯子抖 对不准",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="r105-zh-005",
        ),  # NICE NG128 stroke and CKS neck pain: acute vertigo with dysarthria and ataxia after neck manipulation suggests vertebral artery dissection with posterior circulation stroke, requiring emergency admission.
        pytest.param(
            [
                "她吃雷公藤好几年了 上礼拜自己把量加倍 说关节疼得厉害",
                "这三天一直吐 拉肚子水样的 一天十几次",
                "今天尿很少 早上到现在就一点点 人发软 血压84/52 心率124 手脚凉",
            ],
            _patient(17520, "female", ("类风湿关节炎",), pregnant=False),
            id="r105-zh-006",
        ),  # Chinese expert consensus on clinical use of Tripterygium wilfordii preparations with RCP NEWS2: Tripterygium overdose causing severe GI losses, oliguria, SBP under 90 and HR over 120 is hypovolaemic shock with AKI needing emergency transfer.
        pytest.param(
            [
                "他吃何首乌泡酒加打粉吃了快3个月 说是乌发",
                "这半个月眼睛黄 尿像浓茶 今天家里人说他糊涂了 问今天几号答不上 老想睡",
                "牙龈有点出血 手伸平了一抖一抖的",
            ],
            _patient(22265, "male", (), pregnant=None),
            id="r105-zh-007",
        ),  # CMA Chinese guideline for drug-induced liver injury (2023) and EASL acute liver failure guideline: jaundice with new confusion, asterixis and bleeding after Polygonum multiflorum indicates acute liver failure needing immediate hospital transfer.
        pytest.param(
            [
                "在家拔火罐 酒精棉着了 火掉到她脸上脖子上",
                "脸和脖子一片红 起了水泡 眉毛头发烧焦了",
                "现在说话声音哑 老咳 痰里有黑的",
            ],
            _patient(10585, "female", (), pregnant=False),
            id="r105-zh-008",
        ),  # NICE CKS burns and scalds / British Burn Association referral guidance: facial burns with singed hair, hoarseness and sooty sputum indicate inhalation injury with airway threat requiring emergency transfer.
        pytest.param(
            [
                "大爷吃华法林 最近中医开了丹参 当归 还有三七粉 一起吃两周了",
                "昨天起大便黑的 跟柏油一样 粘 今天拉了三次",
                "刚才起来上厕所晕了一下 现在躺着血压86/54 心率118 脸很白",
            ],
            _patient(26280, "male", ("房颤",), pregnant=None),
            id="r105-zh-009",
        ),  # NICE CG141 acute upper GI bleeding and CKS anticoagulation: melaena on warfarin potentiated by danshen/dong quai with syncope, SBP under 90 and tachycardia is major bleeding with shock requiring emergency admission.
        pytest.param(
            [
                "3天前在村里扎针灸治膝盖 扎完说针眼有点红",
                "今天膝盖肿得很大 红 烫 发烧39.6",
                "人迷迷糊糊叫不太应 血压84/46 心率126 呼吸28",
            ],
            _patient(27740, "female", ("糖尿病",), pregnant=False),
            id="r105-zh-010",
        ),  # NICE NG51 sepsis: new altered mental state, SBP 90 or less and RR 25 or more are high-risk criteria requiring emergency transfer.
        pytest.param(
            [
                "宝宝6天 奶奶说要去胎毒 这几天一直喂黄连水",
                "今天黄得厉害 脸 肚子 到手心脚心都黄",
                "吃奶没劲 叫不醒 抱着软软的",
            ],
            _patient(6, "male", (), pregnant=None),
            id="r105-zh-011",
        ),  # WHO IMCI young infant chart and NICE CG98 neonatal jaundice: jaundice reaching palms and soles with lethargy and poor feeding is very severe disease needing immediate referral (Coptis/黄连 can trigger haemolysis in G6PD-deficient newborns).
        pytest.param(
            [
                "卫生室给她挂清开灵 刚挂上10分钟",
                "说喉咙发紧 胸闷 脸上身上起一片片红疙瘩",
                "血压量了78/40 嘴唇有点肿 喘气有哨音",
            ],
            _patient(19710, "female", (), pregnant=False),
            id="r105-zh-012",
        ),  # Resuscitation Council UK anaphylaxis guideline 2021: sudden airway/breathing and circulation problems with skin changes after a drug (here a TCM injection) is anaphylaxis needing IM adrenaline and emergency transfer.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "had catgut embedding (埋线) on tummy for weight loss 6 days ago",
                "one spot now a red lump 3 cm, soft in middle, throbbing, bit of yellow ooze",
                "T 37.8, otherwise well, eating ok",
            ],
            _patient(12045, "female", (), pregnant=False),
            id="r105-en-014",
        ),  # NICE CKS Skin abscess/boils and NICE NG141 cellulitis: a fluctuant abscess needs same-day incision and drainage by a clinician; no signs of sepsis so not an emergency.
        pytest.param(
            [
                "15yo type 1, parents stopped her insulin 3 days ago for herbal treatment from a TCM doctor",
                "thirsty, peeing a lot, tired",
                "BG 21.4, ketones 1.1, no vomiting, breathing normal, alert",
            ],
            _patient(5475, "female", ("type 1 diabetes",), pregnant=None),
            id="r105-en-016",
        ),  # NICE NG18 Diabetes in children and young people: hyperglycaemia with blood ketones 0.6-1.5 mmol/L needs same-day contact with the diabetes team and insulin restarted; no vomiting, acidotic breathing or ketones of 3 or more, so not yet DKA needing transfer.
        pytest.param(
            [
                "wants acupuncture for his face, R side drooped since yesterday morning",
                "cant close R eye fully, cant wrinkle R forehead, drooling from R corner of mouth",
                "arms and legs fine, speech clear, no headache",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r105-en-017",
        ),  # NICE CKS Bell's palsy: an acute lower motor neurone facial palsy involving the forehead with no other neurological signs should get oral prednisolone within 72 hours of onset and eye protection, so same-day GP assessment; forehead sparing or other deficits would indicate stroke.
        pytest.param(
            [
                "taking 何首乌 tablets for hair loss 2 months",
                "wife noticed yellow eyes 3 days, urine dark like tea, tired, off his food",
                "alert, not confused, no bleeding or bruising, tummy soft",
            ],
            _patient(17885, "male", (), pregnant=None),
            id="r105-en-018",
        ),  # Chinese Society of Hepatology guideline for drug-induced liver injury (2023) and EASL DILI guideline 2019: new jaundice after a hepatotoxic herb needs stopping the herb and same-day assessment with LFTs and INR; no encephalopathy so not acute liver failure.
        pytest.param(
            [
                "on 雷公藤多苷 tablets for RA 3 months",
                "routine FBC today WBC 2.3, neut 0.9",
                "no fever, no sore throat, feels ok",
            ],
            _patient(16060, "female", ("rheumatoid arthritis",), pregnant=False),
            id="r105-en-019",
        ),  # BSR/BHPR guideline for DMARD monitoring (2017): neutrophils below 1.6 x10^9/L mean withholding the drug and discussing with the specialist promptly; without fever this is not neutropenic sepsis.
        pytest.param(
            [
                "acupuncture on upper back between shoulder blades this morning",
                "since then R chest catches when he breathes in, bit short of breath on stairs",
                "sats 97, RR 18, HR 88, BP 124/78, talking in full sentences",
            ],
            _patient(10585, "male", (), pregnant=None),
            id="r105-en-020",
        ),  # BTS Guideline for pleural disease 2023: suspected pneumothorax needs a chest X-ray; a clinically stable, non-hypoxic patient with minimal breathlessness can be assessed the same day and often managed conservatively, without emergency transfer.
        pytest.param(
            [
                "taking a herbal decoction with 关木通 from a folk doctor for 'damp heat' 6 wks",
                "tired, ankles a bit puffy",
                "creat 186 today, was 72 in March, K 5.1, passing less urine but still passing",
            ],
            _patient(21170, "female", ("hypertension",), pregnant=False),
            id="r105-en-021",
        ),  # KDIGO AKI guideline 2012 and NICE NG148: a creatinine rise to over twice baseline is AKI stage 2 needing the nephrotoxin stopped and same-day medical review; potassium below 6 and no overload, so not an emergency.
        pytest.param(
            [
                "slimming tea 3 times a day 6 wks, watery stools 4-5 times a day",
                "legs weak and crampy, dizzy when she stands",
                "K 2.9, BP 102/64 lying, HR 96",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="r105-en-022",
        ),  # NICE CKS Diarrhoea (adult) and UK hypokalaemia guidance: potassium 2.5-2.9 mmol/L with symptoms is moderate hypokalaemia needing same-day review, ECG and replacement; below 2.5 or with arrhythmia would need transfer.
        pytest.param(
            [
                "on warfarin for AF, son bought him 银杏叶 tablets for memory 3 wks ago",
                "INR today 6.8, usually 2-3",
                "no bleeding, no black stools, no new bruising",
            ],
            _patient(25185, "male", ("atrial fibrillation",), pregnant=None),
            id="r105-en-023",
        ),  # BNF and NICE CKS Anticoagulation - oral: INR 5-8 without bleeding means withholding 1-2 warfarin doses and reducing the dose, an action the prescriber must take the same day; ginkgo raises bleeding risk.
        pytest.param(
            [
                "G2P1 11 wks, mother-in-law gave her herbal soup with 红花 for 'cold womb'",
                "light brown spotting since this morning, mild cramps",
                "BP 112/70 HR 84, bleeding less than a period",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r105-en-025",
        ),  # NICE NG126 Ectopic pregnancy and miscarriage: bleeding with pain in early pregnancy in a haemodynamically stable woman needs referral to an early pregnancy assessment service for same-day or next available assessment, not emergency transfer.
        pytest.param(
            [
                "35 wks, breech, been doing moxa on little toes every evening like the TCM doctor said",
                "says baby moving much less since yesterday, only 2 kicks today",
                "no pain, no bleeding, BP 118/74",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r105-en-026",
        ),  # RCOG Green-top Guideline 57 Reduced fetal movements: a woman reporting reduced movements after 28 weeks should be assessed at the maternity unit with CTG the same day.
        pytest.param(
            [
                "put homemade herbal drops (snake gall) in R eye 2 days for itch",
                "now eye very painful, red all round, light hurts, blurry",
                "can only count fingers with R eye",
            ],
            _patient(22265, "male", (), pregnant=None),
            id="r105-en-030",
        ),  # NICE CKS Red eye: a red eye with moderate to severe pain, photophobia and reduced visual acuity needs same-day ophthalmology assessment.
        pytest.param(
            [
                "4 mo baby, fever since yesterday, grandma did gua sha on his back and gave 凉茶",
                "T 39.2 now, scraping stripes on back only",
                "feeding a bit less but 4 wet nappies today, alert, smiling, cap refill 2 sec",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r105-en-031",
        ),  # NICE NG143 Fever in under 5s: age 3-6 months with temperature 39C or above is an amber feature needing face-to-face clinical assessment the same day; there are no red features.
        pytest.param(
            [
                "twisted ankle playing basketball 2 days ago, saw a bone-setter who pulled it and wrapped herbs on",
                "still cant take 4 steps, swelling worse",
                "very tender on back edge of outer ankle bone",
            ],
            _patient(9855, "male", (), pregnant=None),
            id="r105-en-032",
        ),  # Ottawa ankle rules (NICE CKS Sprains and strains): inability to bear weight for 4 steps plus bony tenderness at the posterior lateral malleolus needs an X-ray to exclude fracture, arranged the same day, not by ambulance.
        pytest.param(
            [
                "CKD, on ramipril, started a herbal decoction from the market 2 wks ago for swelling",
                "routine bloods K 6.1, creat 210 (was 190)",
                "feels fine, pulse 72 regular",
            ],
            _patient(27740, "male", ("chronic kidney disease", "hypertension"), pregnant=None),
            id="r105-en-033",
        ),  # UK Kidney Association hyperkalaemia guideline 2020: potassium 6.0-6.4 mmol/L is moderate and needs same-day repeat, ECG and review; 6.5 or more or ECG changes would be an emergency.
        pytest.param(
            [
                "had small needle-knife (针刀) into R knee 2 days ago for arthritis",
                "knee now hot, swollen, can hardly bend it, much worse than before",
                "T 38.3, HR 98, BP 134/80, alert",
            ],
            _patient(23360, "female", ("osteoarthritis",), pregnant=False),
            id="r105-en-035",
        ),  # BSR/BOA guideline for management of the hot swollen joint in adults (2006): a hot swollen joint after a recent joint procedure is septic arthritis until proven otherwise and needs same-day hospital assessment and aspiration; obs are stable.
        pytest.param(
            [
                "她吃养发的中成药 里面有何首乌 一个多月了",
                "这几天没胃口 恶心 尿颜色深 今天看眼白有点黄",
                "神志清楚 没出血 肚子不疼",
            ],
            _patient(18250, "female", (), pregnant=False),
            id="r105-zh-016",
        ),  # CMA Chinese guideline for drug-induced liver injury (2023): suspected herbal DILI with new jaundice needs the product stopped and same-day LFT and INR to look for liver failure; without confusion or bleeding it is not an emergency.
        pytest.param(
            [
                "吃雷公藤多苷片治肾病 快两个月了",
                "昨天开始嗓子疼 发烧38.4 浑身没劲",
                "嘴里有两个溃疡",
            ],
            _patient(12045, "female", ("肾病综合征",), pregnant=False),
            id="r105-zh-017",
        ),  # Chinese expert consensus on Tripterygium preparations (cf. BSR DMARD monitoring guidance): bone-marrow suppression is a known toxicity, so fever with sore throat or mouth ulcers needs a same-day full blood count and review.
        pytest.param(
            [
                "他吃一个偏方治风湿 里面有广防己 吃了半年",
                "这两周腿肿 尿比以前少 乏力",
                "今天抽血肌酐248 去年体检是86 血钾5.3 血压148/90 喘气正常",
            ],
            _patient(24820, "male", ("高血压",), pregnant=None),
            id="r105-zh-018",
        ),  # NICE NG148 acute kidney injury: creatinine rising to about 2-3 times baseline with a nephrotoxin (aristolochic-acid herb) needs same-day clinical assessment; potassium under 6 with no breathlessness is not an emergency.
        pytest.param(
            [
                "孩子发烧3天了 最高39.3 奶奶在家给刮了痧",
                "背上脖子上一条条紫红的 是刮过的地方",
                "这两天喝水少 今天尿了两次 尿布干",
                "人还能逗笑 别处没起疹子",
            ],
            _patient(600, "male", (), pregnant=None),
            id="r105-zh-021",
        ),  # NICE NG143 fever in under 5s: poor fluid intake and reduced urine output are amber features needing same-day face-to-face assessment; marks confined to gua sha areas are not a rash.
        pytest.param(
            [
                "老太太吃华法林 女儿给买了个活血的中药 吃了10天",
                "今天测INR 6.4",
                "没流鼻血 牙龈没出血 大便颜色正常 尿不红",
            ],
            _patient(28835, "female", ("房颤",), pregnant=False),
            id="r105-zh-024",
        ),  # NICE CKS anticoagulation - oral / BNF warfarin: INR 5-8 without bleeding requires withholding 1-2 doses and same-day action and recheck, not emergency care.
        pytest.param(
            [
                "孕33周 胎位不正 这几天在家艾灸至阴穴",
                "今天早上开始感觉胎动少了 到现在不太动",
                "没肚子疼 没见红 没流水",
            ],
            _patient(10220, "female", (), pregnant=True),
            id="r105-zh-025",
        ),  # RCOG Green-top Guideline 57 reduced fetal movements: after 28 weeks a woman with reduced movements must be assessed by the maternity unit the same day (CTG within 2 hours).
        pytest.param(
            [
                "喝中药三个多礼拜了 治皮肤痒的",
                "这两天全身起红疹子 脸有点肿 发烧38.5",
                "脖子和腋下摸到好几个淋巴结 嘴里没破 眼睛不红 喘气正常",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="r105-zh-026",
        ),  # NICE CKS drug allergy / RegiSCAR DRESS criteria: rash with fever, facial swelling and lymphadenopathy weeks after a new drug suggests DRESS and needs the drug stopped and same-day assessment with bloods; absent mucosal involvement argues against SJS/TEN.
        pytest.param(
            [
                "下午针灸扎了背上 肩胛骨那里",
                "晚上说吸气时右边胸口刺痛 有点短气 走路还行",
                "呼吸18 血氧97 心率88 说话成句",
            ],
            _patient(14235, "female", (), pregnant=False),
            id="r105-zh-027",
        ),  # BTS Guideline for Pleural Disease 2023: suspected pneumothorax after thoracic needling needs a chest X-ray and medical assessment the same day; normal SpO2 and RR with full sentences are not high-risk features.
        pytest.param(
            [
                "他听人说草药汁洗眼睛能明目 昨天自己捣了汁点进眼里",
                "现在左眼红 疼得睁不开 怕光 看东西模糊了",
                "右眼正常",
            ],
            _patient(20805, "male", (), pregnant=None),
            id="r105-zh-031",
        ),  # NICE CKS red eye: a painful red eye with photophobia and reduced vision needs same-day ophthalmology assessment.
        pytest.param(
            [
                "孩子拉肚子两天 一天七八次稀水 奶奶给灌了土方草药",
                "今天哭闹烦躁 眼窝有点凹 给水抢着喝",
                "捏肚皮回得慢 但不到2秒能回去",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r105-zh-033",
        ),  # WHO IMCI chart booklet: two of restless/irritable, sunken eyes, drinks eagerly and slow skin pinch means some dehydration, treated with Plan B ORS in the clinic the same day.
        pytest.param(
            [
                "打球崴了脚 去找村里正骨的拽了几下 说复位了",
                "现在脚踝更肿 外踝后边按着疼得厉害",
                "下地走不了 4步都走不了",
            ],
            _patient(6935, "male", (), pregnant=None),
            id="r105-zh-034",
        ),  # Ottawa ankle rules (NICE CKS sprains and strains): bone tenderness at the posterior edge of the lateral malleolus and inability to bear weight for 4 steps require a same-day X-ray.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "had cupping yesterday for a sore back",
                "big round dark purple circles on his back, 6 of them",
                "no pain, no blisters, skin intact, worried its bleeding inside",
            ],
            _patient(12410, "male", (), pregnant=None),
            id="r105-en-037",
        ),  # Chinese national standard GB/T 21709.5 Standardized manipulations of acupuncture and moxibustion - Cupping: round purple ecchymoses at cup sites are the expected effect and fade within days without treatment.
        pytest.param(
            [
                "mum did gua sha on the boy's back last night for a cold",
                "red purple dotty stripes on back, dont fade when i press a glass on them",
                "only where it was scraped, no spots anywhere else, no fever, running about, eating fine",
            ],
            _patient(2190, "male", (), pregnant=None),
            id="r105-en-038",
        ),  # NICE NG240 Meningitis and meningococcal disease: non-blanching rash matters in an unwell or febrile child; petechiae confined to a scraped area with a clear mechanical cause in a well afebrile child need no treatment.
        pytest.param(
            [
                "fainted during her first acupuncture, went pale and sweaty, out for a few secs",
                "laid flat, needles out, back to normal in 2 min",
                "now BP 112/70 HR 72, chatting, no chest pain, no palpitations before",
            ],
            _patient(9125, "female", (), pregnant=False),
            id="r105-en-039",
        ),  # WHO Guidelines on basic training and safety in acupuncture and NICE CG109 Transient loss of consciousness: a needle faint with a clear trigger, prodrome and full recovery is an uncomplicated faint needing no further referral.
        pytest.param(
            [
                "had facial acupuncture for twitchy eyelid yesterday",
                "small purple bruise under R eye, bit puffy",
                "vision fine, eye not red, no pain moving the eye",
            ],
            _patient(20805, "female", (), pregnant=False),
            id="r105-en-040",
        ),  # WHO Guidelines on basic training and safety in acupuncture: a small local haematoma at a needle site is a minor expected complication treated with cold then warm compresses.
        pytest.param(
            [
                "doing moxa sticks on belly for period pain, got a bit close",
                "one blister 5 mm, pink skin around it, stings",
                "not diabetic, no other marks",
            ],
            _patient(14965, "female", (), pregnant=False),
            id="r105-en-041",
        ),  # NICE CKS Burns and scalds: a small superficial partial-thickness burn in a healthy adult, away from face, hands or genitals, can be self-managed with cooling and a simple dressing.
        pytest.param(
            [
                "had 三伏贴 herbal plasters on upper back for his asthma yesterday",
                "skin under them red and itchy, few tiny blisters",
                "breathing as usual, no rash elsewhere",
            ],
            _patient(18250, "male", ("asthma",), pregnant=None),
            id="r105-en-042",
        ),  # Chinese national standard GB/T 21709.9 Acupoint application (穴位贴敷): local redness, itching and small blisters under the plaster are expected reactions managed by keeping the skin clean.
        pytest.param(
            [
                "TCM doctor pricked her ear tip to let blood for a red sticky eye",
                "bled a few drops, stopped with cotton in 2 min",
                "tiny scab, eye still a bit sticky but vision fine, no pain",
            ],
            _patient(4380, "female", (), pregnant=None),
            id="r105-en-043",
        ),  # NICE CKS Conjunctivitis - infective: a sticky red eye with normal vision and no pain is self-limiting; the ear-prick site is a minor wound needing no care.
        pytest.param(
            [
                "acupuncture for low back pain yesterday",
                "today the needle spots feel achy and heavy, one a bit bruised",
                "no fever, no spreading redness, walking normally",
            ],
            _patient(17520, "male", (), pregnant=None),
            id="r105-en-044",
        ),  # WHO Guidelines on basic training and safety in acupuncture: local aching, heaviness and small bruises at needle sites are common transient effects without signs of infection.
        pytest.param(
            [
                "bone-setter cracked her neck 5 days ago",
                "since then neck sore and tingling down R arm to the thumb",
                "grip strong, walks normally, no headache, no dizziness, no trouble speaking or seeing",
            ],
            _patient(18980, "female", (), pregnant=False),
            id="r105-en-045",
        ),  # NICE CKS Neck pain - cervical radiculopathy: arm pain and tingling without progressive weakness or other red flags is managed in primary care with routine review.
        pytest.param(
            [
                "toddler's arm pulled when lifted by the hand, wouldnt use it, grandpa took her to a bone-setter who turned it, heard a click",
                "30 min later reaching for toys with that arm",
                "no swelling, no bruising",
            ],
            _patient(880, "female", (), pregnant=None),
            id="r105-en-046",
        ),  # Royal Children's Hospital Melbourne clinical practice guideline Pulled elbow: once the child uses the arm normally after reduction, no X-ray or follow-up is needed.
        pytest.param(
            [
                "pt asks if ok to keep taking 附子理中丸 from pharmacy for cold tummy, he's on amlodipine too",
                "taking dose on the box, 2 wks",
                "no numbness, no palpitations, pulse 70 regular, BP 134/82",
            ],
            _patient(24820, "male", ("hypertension",), pregnant=None),
            id="r105-en-047",
        ),  # Chinese Pharmacopoeia 2020: 附子理中丸 contains processed 附子 at a standard dose; with no paraesthesia or arrhythmia there is no aconite toxicity, so a routine medication review suffices.
        pytest.param(
            [
                "took 龙胆泻肝丸 a lot 15 yrs ago, read online it harms kidneys, very anxious",
                "creat 78, eGFR 72, urine dip clear, same as last yr",
                "no blood in urine, feels well",
            ],
            _patient(22630, "female", (), pregnant=False),
            id="r105-en-048",
        ),  # KDIGO 2012 CKD guideline: stable eGFR above 60 with no proteinuria or haematuria needs only routine monitoring; past aristolochic acid exposure warrants watching for visible haematuria.
        pytest.param(
            [
                "been taking 何首乌 tea for grey hair 6 wks, a friend said it damages the liver",
                "eyes white, urine normal colour, appetite ok",
                "LFTs done last wk: ALT 28, bilirubin normal",
            ],
            _patient(14235, "female", (), pregnant=False),
            id="r105-en-049",
        ),  # Chinese Society of Hepatology DILI guideline (2023) and NMPA 何首乌 safety notice: advise stopping the herb; with no symptoms and normal liver tests only routine follow-up is needed.
        pytest.param(
            [
                "drinking slimming tea 1 wk, loose stools 2-3 a day",
                "no blood, no dizziness, drinking plenty",
                "obs normal",
            ],
            _patient(10220, "female", (), pregnant=False),
            id="r105-en-050",
        ),  # NICE CKS Diarrhoea - adult's assessment: mild diarrhoea without red flags or dehydration is managed with self-care (fluids, stop the laxative tea).
        pytest.param(
            [
                "on 雷公藤多苷 for her kidney condition 4 months",
                "periods got light and now missed 2 months, preg test neg",
                "FBC last wk normal, feels well",
            ],
            _patient(11315, "female", ("IgA nephropathy",), pregnant=False),
            id="r105-en-051",
        ),  # Chinese expert consensus on clinical use of 雷公藤多苷片: menstrual disturbance and amenorrhoea are known dose-related effects needing routine review with the prescriber, not acute care.
        pytest.param(
            [
                "her husband was in hospital last wk after eating 附子 stew, he's ok now",
                "she had a small bowl of the same stew 4 days ago",
                "never had numbness or palpitations, pulse 76 regular, just worried",
            ],
            _patient(21170, "female", (), pregnant=False),
            id="r105-en-052",
        ),  # IPCS INCHEM Poisons Information Monograph on Aconitum: symptoms start within minutes to a few hours of ingestion; a person still symptom-free days later needs no treatment.
        pytest.param(
            [
                "pharmacy queried pt's herbal script with 制马钱子 0.3 g a day for arthritis",
                "been on it 5 days",
                "no stiffness, no jaw tightness, no twitching, sleeping fine",
            ],
            _patient(24090, "male", ("osteoarthritis",), pregnant=None),
            id="r105-en-053",
        ),  # Chinese Pharmacopoeia 2020: processed 马钱子 daily dose is 0.3-0.6 g; within dose and without signs of strychnine toxicity the prescription needs routine review only.
        pytest.param(
            [
                "had a collapsed lung after acupuncture 2 yrs ago, treated with a drain",
                "wants acupuncture again for his neck, asking if safe",
                "no breathlessness, no chest pain, chest clear",
            ],
            _patient(13140, "male", (), pregnant=None),
            id="r105-en-054",
        ),  # BTS Guideline for pleural disease 2023: a previous, fully resolved pneumothorax with no current symptoms needs advice only (avoid chest-wall needling), no acute assessment.
        pytest.param(
            [
                "on warfarin, started 复方丹参滴丸 from a friend 10 days ago",
                "INR today 2.8, target 2-3",
                "no bruising, no bleeding",
            ],
            _patient(25915, "male", ("atrial fibrillation",), pregnant=None),
            id="r105-en-055",
        ),  # NICE CKS Anticoagulation - oral: an INR within target needs no dose change, but a new interacting herbal product calls for more frequent routine INR checks.
        pytest.param(
            [
                "34 wks breech, asking about moxa on the little toe as her mum suggests",
                "baby moving as usual, no pain, no bleeding",
                "BP 116/72",
            ],
            _patient(12045, "female", (), pregnant=True),
            id="r105-en-056",
        ),  # RCOG Green-top Guideline 20a External cephalic version and reduction of breech presentation: breech at 34 weeks with normal movements is discussed at routine antenatal care (ECV from 36-37 weeks); moxibustion evidence is limited.
        pytest.param(
            [
                "been drinking licorice (甘草) tea daily for months for his throat",
                "bloods K 3.3, BP 148/90 (usual about 135)",
                "no weakness, no palpitations",
            ],
            _patient(20075, "male", ("hypertension",), pregnant=None),
            id="r105-en-057",
        ),  # Endocrine Society / UK hypokalaemia guidance: mild asymptomatic hypokalaemia (3.0-3.4 mmol/L) from licorice-induced mineralocorticoid excess is managed by stopping licorice and a routine repeat test.
        pytest.param(
            [
                "hip X-ray for arthritis shows a tiny metal needle bit in buttock muscle",
                "says she had acupuncture there 30 yrs ago and a needle broke",
                "no pain, no lump, no redness there",
            ],
            _patient(33215, "female", ("osteoarthritis",), pregnant=False),
            id="r105-en-058",
        ),  # WHO Guidelines on basic training and safety in acupuncture: an old deep needle fragment causing no symptoms can be left in place and reviewed routinely.
        pytest.param(
            [
                "cupping on chest and back yesterday for a cough",
                "today chest sore where the cups were, worse when he presses on it",
                "breathing fine, sats 99, RR 14, HR 70, no needles used",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r105-en-059",
        ),  # NICE CKS Chest pain: localised chest-wall pain reproduced by pressure in a young adult with normal observations is musculoskeletal and self-limiting.
        pytest.param(
            [
                "grandma gave 10 mo baby 凉茶 for 'heatiness'",
                "3 loose stools today, no blood",
                "feeding, wet nappies as usual, alert and playful, no vomiting",
            ],
            _patient(304, "female", (), pregnant=None),
            id="r105-en-060",
        ),  # NICE CG84 Diarrhoea and vomiting in children under 5: a child without dehydration signs can be managed at home with continued feeding and fluids.
        pytest.param(
            [
                "昨天拔了火罐 背上一个个圆的紫印子 深紫色",
                "他老婆看着吓人 问是不是皮下出血了",
                "不疼不痒 没发烧 别的地方没有青紫",
            ],
            _patient(12775, "male", (), pregnant=None),
            id="r105-zh-037",
        ),  # China national standard GB/T 21709.5 (cupping technique): circular purple ecchymoses at cup sites are the expected effect and fade within days without treatment.
        pytest.param(
            [
                "孩子昨天发烧 奶奶给刮了痧 今天烧退了 36.8",
                "脖子背上一道道紫红色 妈妈用杯子压了不退色 很害怕",
                "只在刮过的地方有 别的地方一个点都没有 孩子在玩 吃饭正常",
            ],
            _patient(1580, "female", (), pregnant=None),
            id="r105-zh-038",
        ),  # NICE NG143 fever in under 5s with GB/T 21709.22 (gua sha): an afebrile, playing child with no red or amber features can be cared for at home; petechiae limited to scraped areas are the expected sha marks, not a sepsis rash.
        pytest.param(
            [
                "第一次扎针 扎了两针她就说头晕 眼前发黑 出冷汗",
                "马上拔了针让她平躺 喝了点糖水",
                "5分钟就好了 现在坐起来说话正常 血压108/70 心率76",
            ],
            _patient(8760, "female", (), pregnant=False),
            id="r105-zh-039",
        ),  # WHO Guidelines on basic training and safety in acupuncture and NICE CG109: needle fainting is a vasovagal event managed by removing needles and lying flat; full prompt recovery needs no further care.
        pytest.param(
            [
                "在家艾灸膝盖 睡着了 烫出一个小水泡",
                "黄豆大小 周围一点点红",
                "没有糖尿病 别的地方没事",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r105-zh-040",
        ),  # NICE CKS burns and scalds: a very small superficial partial-thickness burn on a non-critical site in a healthy adult is managed with first aid and self-care.
        pytest.param(
            [
                "昨天扎针灸 今天手腕扎针的地方青了一块",
                "一元硬币大 不肿 不红 不烫",
                "没吃抗凝药 别处没青紫",
            ],
            _patient(22630, "female", (), pregnant=False),
            id="r105-zh-041",
        ),  # WHO Guidelines on basic training and safety in acupuncture: a small haematoma at a needle site is a minor expected adverse effect that resolves on its own.
        pytest.param(
            [
                "体检查肝功 ALT 146 AST 98 胆红素正常",
                "问了他在喝何首乌泡的茶 半年了",
                "没乏力 没恶心 眼睛不黄 尿颜色正常",
            ],
            _patient(16060, "male", (), pregnant=None),
            id="r105-zh-042",
        ),  # CMA Chinese guideline for drug-induced liver injury (2023) and NICE CKS abnormal LFTs: asymptomatic ALT under 5 times ULN with normal bilirubin means stopping the suspected herb and a routine recheck, not same-day care.
        pytest.param(
            [
                "她吃雷公藤多苷片半年了 问要不要紧",
                "上个月查血常规 肝功 肾功都正常",
                "月经少了点 别的没啥不舒服",
            ],
            _patient(18980, "female", ("类风湿关节炎",), pregnant=False),
            id="r105-zh-043",
        ),  # Chinese expert consensus on Tripterygium preparations: regular blood count, liver and kidney monitoring is the standard; normal results and menstrual change alone call for routine follow-up.
        pytest.param(
            [
                "她看了新闻说马兜铃酸伤肾致癌 很害怕",
                "十几年前吃过一阵龙胆泻肝丸",
                "上个月查肌酐68 尿常规正常 没尿血",
            ],
            _patient(21900, "female", (), pregnant=False),
            id="r105-zh-044",
        ),  # KDIGO CKD guideline and NMPA notices on aristolochic acid: past exposure with normal creatinine and urinalysis needs only routine counselling and periodic monitoring.
        pytest.param(
            [
                "老人年轻时候吃了好多年含关木通的药",
                "这两天尿里带血 看得出粉红色 不疼",
                "没有血块 尿得出来 不发烧 精神好",
            ],
            _patient(25915, "male", (), pregnant=None),
            id="r105-zh-045",
        ),  # NICE NG12 suspected cancer: unexplained visible haematuria at 45 or over needs a suspected-cancer pathway referral (within 2 weeks), aristolochic exposure raising urothelial cancer risk; without clots, retention or fever it is not same-day.
        pytest.param(
            [
                "喝中药汤第三天 说胃里不舒服 有点恶心",
                "没吐 饭还能吃 大便颜色正常 眼睛不黄 体重没掉",
                "问能不能饭后再喝",
            ],
            _patient(24455, "female", (), pregnant=False),
            id="r105-zh-046",
        ),  # NICE CKS dyspepsia: mild upper GI upset without alarm features (bleeding, vomiting, weight loss, jaundice) is managed by self-care and medicine timing advice.
        pytest.param(
            [
                "上周六喝了附子炖的汤 当时嘴巴麻了半个钟头 自己好了",
                "到现在3天了 没心慌 没头晕",
                "今天做了心电图 正常 心率70",
            ],
            _patient(19710, "male", (), pregnant=None),
            id="r105-zh-047",
        ),  # IPCS INCHEM aconite data / Chinese acute poisoning consensus: aconite toxicity starts within minutes to 2 hours and settles within 1-2 days, so a symptom-free patient days later with a normal ECG needs only routine counselling.
        pytest.param(
            [
                "邻居吃了一种治风湿的药丸 说有马钱子 前天抽筋住院了",
                "她也从邻居那拿了一粒 昨天中午吃的",
                "到现在一天了 没脖子硬 没抽 吃饭睡觉都好",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="r105-zh-048",
        ),  # IPCS INCHEM strychnine monograph: strychnine symptoms begin within 15-60 minutes of ingestion, so no symptoms 24 hours later excludes significant toxicity; the seizure was in the neighbour, leaving routine advice to stop the product.
        pytest.param(
            [
                "他说三年前在外面扳脖子 当时头晕了好几天 后来好了",
                "现在就是脖子老是僵 低头久了酸",
                "不头晕 手不麻 走路稳",
            ],
            _patient(21170, "male", (), pregnant=None),
            id="r105-zh-049",
        ),  # NICE CKS neck pain - non-specific: chronic neck stiffness without neurological signs or red flags is managed routinely; the post-manipulation dizziness is an old, resolved event.
        pytest.param(
            [
                "拍腰椎片子发现屁股肉里有一小截金属针",
                "她想起来20多年前扎针灸断过针 一直没管",
                "不疼 没红肿 也没什么感觉",
            ],
            _patient(24090, "female", (), pregnant=False),
            id="r105-zh-050",
        ),  # WHO Guidelines on basic training and safety in acupuncture: an old, asymptomatic retained needle fragment needs routine surgical opinion (and MRI caution) only, not same-day removal.
        pytest.param(
            [
                "三天前扎了背上的针 今天说针眼那块按着疼",
                "按的地方疼 深吸气不疼 不气短",
                "血氧99 呼吸14 两边呼吸音一样",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r105-zh-051",
        ),  # BTS Guideline for Pleural Disease 2023: needle-related pneumothorax presents with breathlessness and pleuritic pain, usually within hours; local tenderness days later with normal SpO2, RR and equal breath sounds is a minor needling effect.
        pytest.param(
            [
                "喝了一周减肥茶 大便变稀 一天两次",
                "不拉水 腿不软 没抽筋 吃喝正常",
                "她问还能不能接着喝",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="r105-zh-052",
        ),  # NICE CKS diarrhoea (adults): mild loose stools without dehydration or weakness are self-care, with advice to stop the laxative tea.
        pytest.param(
            [
                "大爷吃华法林 INR一直2.3左右 上周是2.5",
                "他想再加上丹参片 说通血管",
                "现在没出血 没黑便",
            ],
            _patient(25185, "male", ("房颤",), pregnant=None),
            id="r105-zh-053",
        ),  # NICE CKS anticoagulation - oral: herbal products such as danshen potentiate warfarin and should be avoided or followed by an INR check within a week, a routine matter when INR is in range and there is no bleeding.
        pytest.param(
            [
                "孩子眼睛红 奶奶带去耳尖放血 放了几滴",
                "回来耳朵那里又渗了一点血 按了两分钟就不流了",
                "眼睛有点红 有眼屎 看东西清楚 不疼 不怕光",
            ],
            _patient(3285, "male", (), pregnant=None),
            id="r105-zh-054",
        ),  # NICE CKS infective conjunctivitis: red eye with discharge, normal vision and no pain or photophobia is self-limiting and self-care; minor bleeding that stops with brief pressure needs nothing more.
        pytest.param(
            [
                "她吃中药调理 最近家里人说她手心脚心发黄 怕是肝出问题",
                "看了眼白是白的 不黄",
                "每天吃好多胡萝卜和橘子 上周查肝功正常",
            ],
            _patient(13140, "female", (), pregnant=False),
            id="r105-zh-055",
        ),  # NICE CKS jaundice in adults: yellow palms and soles with white sclerae and normal LFTs is carotenaemia from diet, which is benign and needs no treatment.
        pytest.param(
            [
                "怀孕9周 早上恶心 有时吐一两次",
                "吃饭喝水都能下去 尿正常 体重没掉",
                "问能不能扎针或者按内关止吐",
            ],
            _patient(9855, "female", (), pregnant=True),
            id="r105-zh-056",
        ),  # NICE CKS nausea/vomiting in pregnancy: mild symptoms without dehydration or weight loss are managed with self-care, and P6 acupressure may be tried.
        pytest.param(
            [
                "便秘吃了含大黄的中成药 今天尿是红褐色的 吓坏了",
                "不疼 不发烧",
                "尿试纸潜血阴性 尿蛋白阴性",
            ],
            _patient(17520, "male", (), pregnant=None),
            id="r105-zh-057",
        ),  # BNF senna/anthraquinone laxatives: anthraquinones such as rhubarb colour urine red-brown, and a dipstick negative for blood rules out haematuria, so reassurance is enough.
        pytest.param(
            [
                "孕34周 臀位 中医说艾灸至阴穴能转胎 在家每天灸",
                "胎动跟以前一样多",
                "没肚子疼 没见红 没流水 血压112/70",
            ],
            _patient(11315, "female", (), pregnant=True),
            id="r105-zh-059",
        ),  # RCOG Green-top Guideline 20a external cephalic version: breech at 34 weeks is managed with routine antenatal care and ECV offered from 36 weeks; normal movements, no pain or bleeding need no same-day care.
        pytest.param(
            [
                "膝盖贴了三天膏药 揭下来皮肤红了一块 痒",
                "红的地方跟膏药形状一模一样 方方正正",
                "没水泡 没破 不发烧 别处没起",
            ],
            _patient(27010, "male", ("骨关节炎",), pregnant=None),
            id="r105-zh-060",
        ),  # NICE CKS contact dermatitis: a localised itchy reaction confined to the plaster area is managed by avoiding the trigger and using emollient or mild topical steroid (self-care).
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
