# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-fifth held-out round (2026-12-07, at commit 0caef1b: two reviewers, 120 cases on return visits
and safety-netting, which no earlier round took as its subject: a patient or relative back 1-7 days
after a visit, "seen on Monday for X, now Y"; 16 emergencies, 24 same-day and 20 look-alikes a set).
Before these fixes the rules found 15 of 16 and 16 of 16 emergencies (cauda equina told as 屁股周围和大腿里面发麻
was missed), graded 15 of 24 and 10 of 24 same-day cases exactly, and sent no look-alike to emergency.

What changed: an antibiotic course is read from its day count beside the antibiotic (吃阿莫西林第三天, 吃头孢两天了,
输液三天了, "day 3 of amox", "CAP day 3 doxy", "drops 3 days"; lexicon EN_PATTERNS, like ZH_PATTERNS, so that only
the day count is the concept's span and the antibiotic's name stays its own concept), and a fever, a worsening
or no improvement on it is a same-day reassessment (NICE NG84, NG91, NG109, NG138, NG141); a temperature typed
alone with its decimal ("still 38.4", 今天早上38.6); 出水痘第4天的娃 is the illness's fourth day, not a 4-day-old
(was a febrile-neonate emergency); the saddle reaches the inner thighs (大腿里面发麻); an infected stitched or
surgical wound (NICE NG125); pus or fever after a tooth extraction with a swollen cheek; blood in the stool
told as 拉的里面带血丝, "blood mixed in the stool"; cellulitis spreading past the pen line told as 往上跑, 出线外; a
spot of chickenpox "red, hot, hard"; an upper eyelid "red and puffy"; a corneal foreign body; peak flow as a
share of the person's best (BTS/SIGN 158: 50-75% same day, below 50% emergency). After: 16/16, 16/16;
23/24, 20/24; look-alikes 20/20, 20/20.

Kept deliberately: an older woman who cannot bear weight three days after a fall stays an emergency (possible
hip fracture: r55-zh-016, r55-en-017), and an 8-month-old with bronchiolitis at SpO2 94 with recession
(r55-en-058). Left: a hot swollen knee with fever told as "still hot and swollen" after "gout L knee"
(r55-en-006: the joint is in the message before), and a 10-month-old on the fourth day of a fever with no
source whose urine was never tested (r55-en-057)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "上周三腰疼来扎过针的那个男的，45了",
                "今天说屁股周围和大腿里面发麻，木木的",
                "从早上到现在尿不出来，小肚子胀，两条腿也没劲",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r55-zh-022",
        ),  # NICE CKS Sciatica/Low back pain red flags: 鞍区麻木+尿潴留+双下肢无力提示马尾综合征，需立即急诊转诊。
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "前天拔了颗后槽牙",
                "今天腮帮子肿起来一点，牙床那里流脓",
                "37.9，嘴能张开，咽东西没问题，脖子下面不肿",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r55-zh-002",
        ),  # NICE CKS Dental abscess: 拔牙后局部脓肿需当天口腔科/医生处理；无张口受限或口底肿胀故非急救。
        pytest.param(
            [
                "4天前手背上割个口子缝了3针",
                "今天来换药，伤口红肿，挤一下冒黄水，有点味儿",
                "不发烧，红的不大，就伤口周围一圈",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r55-zh-007",
        ),  # 基层外科伤口感染处理/NICE NG125 Surgical site infection: 缝合伤口化脓需当天拆线引流并评估抗生素；局限、无全身症状。
        pytest.param(
            [
                "扁桃体发炎那个姑娘，吃药第5天了",
                "还烧38.3，说左边嗓子越来越疼",
                "嘴能张开，口水能咽，说话声音正常",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r55-zh-023",
        ),  # NICE NG84 Sore throat: 抗生素后加重需当天复评以排除扁桃体周脓肿；无张口受限、流涎。
        pytest.param(
            [
                "周一来的那个小腿蜂窝织炎的，给他画了线，吃头孢两天了",
                "今天红的地方往上跑，出线外两指多了",
                "体温37.8，血压心跳都正常，人精神还行，能走路",
            ],
            _patient(21184, "male", ("type 2 diabetes",), pregnant=None),
            id="r55-zh-024",
        ),  # NICE NG141 Cellulitis and erysipelas: 抗生素2-3天后仍扩散需当天复评(考虑换药/静脉用药)，无脓毒症征象故非急救。
        pytest.param(
            [
                "3岁娃中耳炎，吃阿莫西林第三天了还烧",
                "今天早上38.6，还拽耳朵喊疼",
                "能吃能玩，喝水尿尿都正常，耳朵后头不肿",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r55-zh-037",
        ),  # NICE NG91 Otitis media (acute): 抗生素2-3天后未改善需重新评估并换药；无乳突炎或全身危险征象。
        pytest.param(
            [
                "闹肚子那个小伙，前天来看的",
                "今天拉的里面带血丝了，还有黏冻冻",
                "烧38，还能喝水，血压120/78，心跳94",
            ],
            _patient(11688, "male", (), pregnant=None),
            id="r55-zh-038",
        ),  # 基层诊疗指南 急性感染性腹泻/NICE CKS Gastroenteritis: 血便伴发热需当天评估、送便培养；循环稳定无脱水。
        pytest.param(
            [
                "出水痘第4天的娃",
                "背上有一颗周围红肿发硬，越来越大，有鸡蛋那么大了",
                "前天退烧了今天又烧起来38.7，精神还可以，喝水行",
            ],
            _patient(1826, "female", (), pregnant=None),
            id="r55-zh-050",
        ),  # NICE CKS Chickenpox: 皮疹继发细菌感染、退热后再发热需当天评估；清醒能饮水故非急救。
        pytest.param(
            [
                "老周肺炎，上周五开了阿莫西林克拉维酸，吃了三天",
                "还是烧38，咳黄痰，没见好",
                "呼吸20，血氧96，血压135/80，饭能吃",
            ],
            _patient(24106, "male", ("hypertension",), pregnant=None),
            id="r55-zh-060",
        ),  # 基层诊疗指南 社区获得性肺炎(2018)/NICE NG138: 治疗72小时无改善需当天复评(换药、胸片)；CURB-65低、生命体征稳定。
        pytest.param(
            [
                "66M CAP day 3 doxy",
                "still T 38.1, productive cough",
                "RR 20, sats 95, BP 130/80, not confused, eating ok",
            ],
            _patient(24106, "male", ("hypertension",), pregnant=None),
            id="r55-en-001",
        ),  # NICE NG138 Pneumonia (community-acquired): not improving after 3 days needs same-day reassessment; CRB65 low and obs stable.
        pytest.param(
            [
                "lac to shin sutured 4d ago",
                "red around it, oozing pus, edges a bit gapey",
                "afebrile, well in himself",
            ],
            _patient(21915, "male", ("type 2 diabetes",), pregnant=None),
            id="r55-en-019",
        ),  # NICE NG125 Surgical site infection / wound infection: purulent wound needs same-day review (open, swab, antibiotics); localised, no systemic signs.
        pytest.param(
            [
                "2yo AOM day 3 of amox",
                "still febrile 38.6, pulling at ear",
                "drinking fine, wet nappies, alert and playing",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r55-en-021",
        ),  # NICE NG91 Otitis media (acute): not improving after 2-3 days of antibiotics needs reassessment and antibiotic change; no red flags.
        pytest.param(
            [
                "tonsillitis day 4 pen V",
                "still 38.4, L side worse",
                "opening mouth ok, swallowing fluids, no drooling, voice normal",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r55-en-026",
        ),  # NICE NG84 Sore throat: worsening on antibiotics needs same-day review to exclude peritonsillar abscess; no trismus or drooling.
        pytest.param(
            [
                "68M T2DM otitis externa, drops 3 days",
                "pain much worse, keeping him up at night, discharge",
                "canal v swollen, afebrile, no facial weakness",
            ],
            _patient(24837, "male", ("type 2 diabetes",), pregnant=None),
            id="r55-en-028",
        ),  # NICE CKS Otitis externa: severe pain in a diabetic not responding to treatment raises necrotising otitis externa - same-day ENT.
        pytest.param(
            [
                "45F asthma on pred day 3",
                "still waking at night, PEF 55% of best",
                "talking full sentences, sats 95, HR 100",
            ],
            _patient(16436, "female", ("asthma",), pregnant=False),
            id="r55-en-031",
        ),  # BTS/SIGN 158 Asthma: PEF 50-75% is a moderate exacerbation; not improving on day 3 of oral steroid needs same-day review.
        pytest.param(
            [
                "corneal FB removed yesterday",
                "today more pain, light hurts, vision blurry R eye",
                "eye watering a lot",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r55-en-037",
        ),  # NICE CKS Corneal superficial injury: worsening pain, photophobia and reduced vision after FB removal suggest keratitis/ulcer - same-day eye service.
        pytest.param(
            [
                "38M d&v seen 2 days ago",
                "now blood mixed in the stool",
                "T 38.2, drinking ok, BP 122/78 HR 94",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r55-en-039",
        ),  # NICE CKS Gastroenteritis: bloody diarrhoea with fever needs same-day review and stool culture; haemodynamically stable.
        pytest.param(
            [
                "4yo conjunctivitis seen 3d ago, on chloramphenicol",
                "now L upper eyelid red and puffy, T 38",
                "eye moves normally, no pain moving it, vision seems ok",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r55-en-044",
        ),  # NICE CKS Cellulitis - orbital and periorbital: periorbital swelling needs same-day assessment to exclude orbital involvement; no red flags.
        pytest.param(
            [
                "5yo chickenpox day 4",
                "one spot on back now red, hot, hard, about 4cm",
                "fever back 38.8 after settling, but alert and drinking",
            ],
            _patient(1826, "female", (), pregnant=None),
            id="r55-en-049",
        ),  # NICE CKS Chickenpox: secondary bacterial skin infection and recurrent fever need same-day review; alert and drinking.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "吃甲硝唑那个，说嘴里一股铁锈味，苦的",
                "别的都好，问能不能停药",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r55-zh-005",
        ),  # BNF metronidazole: 金属味为常见预期副作用，可继续完成疗程。
        pytest.param(
            [
                "10岁男娃前臂骨折打石膏第三天",
                "早上手指头有点肿，抬高放了会儿就消了",
                "手指颜色正常，能动，不麻，疼也不厉害",
            ],
            _patient(3652, "male", (), pregnant=None),
            id="r55-zh-006",
        ),  # 基层骨折石膏护理宣教: 抬高后消退的轻度手指肿胀为常见，无麻木苍白剧痛等骨筋膜室综合征征象可居家观察。
        pytest.param(
            [
                "腿上丹毒那个，吃头孢两天了",
                "今天看红的范围缩到线里头了，没那么烫了",
                "不烧了，问药还接着吃不",
            ],
            _patient(21915, "male", (), pregnant=None),
            id="r55-zh-010",
        ),  # NICE NG141 Cellulitis: 48小时后红斑回缩、退热提示治疗有效，完成疗程即可。
        pytest.param(
            [
                "手足口那个娃，第五天了",
                "烧退了两天，手上疱疹都干了结痂了",
                "吃饭玩耍都跟以前一样",
            ],
            _patient(730, "male", (), pregnant=None),
            id="r55-zh-013",
        ),  # 手足口病诊疗指南(2018年版): 退热、疱疹结痂、精神好为普通型恢复期，居家护理。
        pytest.param(
            [
                "新开二甲双胍的那个，吃了三天",
                "说肚子胀，大便稀一点，一天两回",
                "没吐，能吃，没别的不舒服",
            ],
            _patient(18993, "male", ("type 2 diabetes",), pregnant=None),
            id="r55-zh-014",
        ),  # 国家基层糖尿病防治管理指南: 二甲双胍起始胃肠道反应常见且多可耐受，随餐服用观察即可。
        pytest.param(
            [
                "高血压那个大姐，上回换了依那普利",
                "这一个礼拜老是干咳，嗓子痒",
                "不发烧不喘，血压130/80",
            ],
            _patient(21184, "female", ("hypertension",), pregnant=None),
            id="r55-zh-015",
        ),  # 中国高血压防治指南(2018): ACEI所致干咳为常见副作用，可择期门诊换用ARB，非紧急。
        pytest.param(
            [
                "上个月感冒那个，现在咳了快三个礼拜了",
                "白天偶尔干咳几声，不发烧不喘",
                "吃饭睡觉都好，想问还要不要吃药",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r55-zh-020",
        ),  # 基层诊疗指南 急性上呼吸道感染/NICE NG120 Cough (acute): 感冒后咳嗽可持续3-4周，无危险征象可自我护理。
        pytest.param(
            [
                "缝针第五天那个，来看看",
                "伤口边上有一点点淡红，不到半个小指甲宽",
                "干的，没流水，也不咋疼了",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r55-zh-021",
        ),  # NICE NG125 Surgical site infection: 切口边缘轻微发红、干燥无渗液为正常愈合，不需抗生素。
        pytest.param(
            [
                "12岁娃，前天头磕了一下来看过说没事",
                "这两天看书看手机久了有点头疼",
                "没吐，不犯困，说话走路都正常",
            ],
            _patient(4383, "male", (), pregnant=None),
            id="r55-zh-029",
        ),  # NICE NG232 Head injury (discharge advice): 轻度脑震荡后短期轻度头痛为预期，无呕吐嗜睡等危险征象可居家。
        pytest.param(
            [
                "中耳炎的小丫头吃药第三天了",
                "不烧了耳朵也不疼了",
                "就是她妈说叫她有时候听不太清，像耳朵里闷着",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r55-zh-031",
        ),  # NICE NG91/CKS Otitis media with effusion: 急性中耳炎后积液常见，数周内消退，持续不退再常规复查听力。
        pytest.param(
            [
                "怀孕10周那个，上礼拜来说孕吐",
                "还是早上起来恶心，吐一两回",
                "饭能吃下去一些，水也能喝，尿颜色正常",
            ],
            _patient(9862, "female", (), pregnant=True),
            id="r55-zh-033",
        ),  # RCOG Green-top 69 Nausea and vomiting in pregnancy: 轻度孕吐能进食饮水、无脱水可居家处理。
        pytest.param(
            [
                "前几天磕的小腿，青了一大块",
                "现在颜色变黄变绿了，边上散开了",
                "不咋疼了，走路正常",
            ],
            _patient(18262, "female", (), pregnant=False),
            id="r55-zh-034",
        ),  # 基层软组织损伤处理: 瘀斑由紫变黄绿为正常吸收过程，可自我护理。
        pytest.param(
            [
                "宝宝前天打的百白破",
                "大腿针眼那里红肿一块，硬币那么大，有点硬",
                "不发烧，吃奶睡觉都正常",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r55-zh-035",
        ),  # 国家免疫规划疫苗预防接种异常反应/WHO AEFI: 接种部位局部红肿硬结为常见一般反应，可居家观察。
        pytest.param(
            [
                "上礼拜发烧那个娃，烧退两天了",
                "就是没劲，饭吃得比平时少点",
                "能玩能跑，尿正常，没别的",
            ],
            _patient(2192, "male", (), pregnant=None),
            id="r55-zh-043",
        ),  # NICE NG143 Fever in under 5s (safety-netting): 热退后短期乏力食欲差为预期恢复过程，无危险征象可居家。
        pytest.param(
            [
                "尿路感染吃药第二天的大姐",
                "说尿痛轻多了，上厕所次数也少了",
                "不发烧，腰不疼",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="r55-zh-045",
        ),  # NICE NG109 UTI (lower): 治疗48小时症状改善为预期，完成疗程即可。
        pytest.param(
            [
                "3天前崴脚那个",
                "肿消了一些，今天青紫的跑到脚后跟脚底板了",
                "能踩地走路，就是有点疼",
            ],
            _patient(7305, "female", (), pregnant=False),
            id="r55-zh-047",
        ),  # NICE CKS Sprains and strains/Ottawa踝关节规则: 瘀斑向下移行为预期，能负重可自我护理。
        pytest.param(
            [
                "鹅口疮的宝宝，抹了三天制霉菌素",
                "嘴里白膜少多了",
                "吃奶好，不哭闹",
            ],
            _patient(60, "female", (), pregnant=None),
            id="r55-zh-048",
        ),  # NICE CKS Oral candidiasis: 治疗后白斑减少、喂养正常为预期，继续用药至消退后2天。
        pytest.param(
            [
                "带状疱疹那个大爷，疹子都结痂了",
                "就是那块皮还一阵阵刺刺的疼，晚上有点影响睡觉",
                "别的没啥",
            ],
            _patient(24837, "male", (), pregnant=None),
            id="r55-zh-053",
        ),  # NICE CKS Post-herpetic neuralgia: 皮疹结痂后神经痛需常规门诊调整镇痛，非紧急。
        pytest.param(
            [
                "娃吃阿莫西林第三天，拉肚子",
                "一天两三回，稀的，没血没黏液",
                "能吃能喝，尿也不少，不烧了",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r55-zh-056",
        ),  # BNF amoxicillin side effects/WHO IMCI 无脱水: 抗生素相关轻度腹泻为预期副作用，无脱水可居家补液观察。
        pytest.param(
            [
                "肺炎那个老哥，吃药第三天",
                "烧退了，还咳，痰少多了",
                "血氧97，吃饭睡觉还行",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r55-zh-057",
        ),  # 基层诊疗指南 社区获得性肺炎(2018): 3天退热、症状改善为预期病程，咳嗽可持续数周，完成疗程常规随访。
        pytest.param(
            [
                "62M started ramipril 2 wks ago",
                "tickly dry cough since, no fever, not SOB",
                "BP 132/80",
            ],
            _patient(22646, "male", ("hypertension",), pregnant=None),
            id="r55-en-008",
        ),  # NICE NG136 Hypertension: ACE-inhibitor cough is a known side effect; switch to ARB at a routine appointment.
        pytest.param(
            [
                "on amox day 4 for chest infection",
                "loose stools x2 a day, no blood",
                "drinking fine, no fever, feels ok",
            ],
            _patient(20089, "female", (), pregnant=None),
            id="r55-en-009",
        ),  # BNF amoxicillin: mild diarrhoea is an expected side effect; no blood or dehydration - self-care.
        pytest.param(
            [
                "4mo had her 16 wk jabs yesterday",
                "temp 37.9 last night, bit grizzly",
                "feeding well, wet nappies, settled with paracetamol",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r55-en-013",
        ),  # UKHSA Green Book ch.22 (MenB): fever within 48h of infant vaccines incl. MenB is expected; feeding well - self-care with paracetamol.
        pytest.param(
            [
                "metformin started mon",
                "bloating and loose stools",
                "no vomiting, eating ok",
            ],
            _patient(20819, "female", ("type 2 diabetes",), pregnant=None),
            id="r55-en-014",
        ),  # NICE NG28 / BNF metformin: GI upset on starting is common and usually settles; take with food - self-care.
        pytest.param(
            [
                "70F started amlodipine last wk",
                "ankles puffy by evening, goes down overnight",
                "no SOB, no chest pain, sleeps flat",
            ],
            _patient(25568, "female", ("hypertension",), pregnant=None),
            id="r55-en-015",
        ),  # BNF amlodipine: dose-related ankle oedema is a common side effect; routine review, no heart failure features.
        pytest.param(
            [
                "12/40, seen last wk with morning sickness",
                "still nauseous in the mornings, sick once or twice",
                "keeping fluids down, urine normal colour, no ketones",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r55-en-018",
        ),  # RCOG Green-top 69 Nausea and vomiting of pregnancy: mild NVP without dehydration or ketonuria can be managed at home.
        pytest.param(
            [
                "CAP day 3 amox, fever gone since yesterday",
                "still coughing, less phlegm",
                "sats 97, RR 16, eating",
            ],
            _patient(21184, "male", (), pregnant=None),
            id="r55-en-020",
        ),  # NICE NG138 Pneumonia: improvement by day 3 is expected; cough may persist weeks - complete course, routine follow-up.
        pytest.param(
            [
                "13mo had MMR 8 days ago",
                "now low fever 37.9 and faint pink rash on body",
                "feeding, playing, rash blanches",
            ],
            _patient(396, "male", (), pregnant=None),
            id="r55-en-023",
        ),  # UKHSA Green Book ch.21 (MMR): mild fever and rash 6-11 days after MMR are expected; blanching rash in a well child - self-care.
        pytest.param(
            [
                "3yo AOM, finished amox yesterday",
                "no fever, no ear pain",
                "parents think her hearing is a bit muffled",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r55-en-027",
        ),  # NICE CKS Otitis media with effusion: effusion after AOM is common and usually resolves; routine review if persisting.
        pytest.param(
            [
                "12yo head knock at football, seen 2 days ago",
                "mild headache after school and screens",
                "no vomiting, not drowsy, walking and talking normal",
            ],
            _patient(4383, "male", (), pregnant=None),
            id="r55-en-029",
        ),  # NICE NG232 Head injury: mild post-concussion headache is expected; no red flags - self-care with graded return.
        pytest.param(
            [
                "shingles seen 2 wks ago, all crusted now",
                "area still tingly and burny at times",
                "otherwise fine",
            ],
            _patient(27394, "female", (), pregnant=None),
            id="r55-en-030",
        ),  # NICE CKS Post-herpetic neuralgia: residual neuropathic pain after crusting needs routine analgesia review, not urgent.
        pytest.param(
            [
                "gastro seen thurs",
                "diarrhoea settling, 1-2 loose a day",
                "eating again, drinking fine, no blood",
            ],
            _patient(14975, "female", (), pregnant=False),
            id="r55-en-032",
        ),  # NICE CKS Gastroenteritis: diarrhoea usually settles within 5-7 days; improving without red flags - self-care.
        pytest.param(
            [
                "thigh bruise from a fall 6 days ago",
                "now yellow-green, spreading down a bit",
                "less sore, walking normally, not on blood thinners",
            ],
            _patient(16071, "female", (), pregnant=False),
            id="r55-en-034",
        ),  # NICE CKS Bruising: colour change to yellow-green and gravitational spread are normal healing - self-care.
        pytest.param(
            [
                "sprained ankle 3 days ago",
                "bruising tracked down to sole and heel",
                "weight bearing, swelling less",
            ],
            _patient(8036, "male", (), pregnant=None),
            id="r55-en-038",
        ),  # NICE CKS Sprains and strains / Ottawa ankle rules: bruise tracking is expected; able to weight bear - self-care.
        pytest.param(
            [
                "seen 3 wks ago with a cold, still coughing",
                "dry, mostly at night, no fever, not SOB",
                "eating, sleeping, working fine. wants abx",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r55-en-040",
        ),  # NICE NG120 Cough (acute): post-viral cough commonly lasts 3-4 weeks; no red flags, antibiotics not indicated - self-care.
        pytest.param(
            [
                "cellulitis L forearm, 48h fluclox",
                "redness now inside the pen line, less hot",
                "no fever, feels better. carry on with the tabs?",
            ],
            _patient(13880, "female", (), pregnant=False),
            id="r55-en-042",
        ),  # NICE NG141 Cellulitis: receding erythema and resolved fever at 48h show response - complete course.
        pytest.param(
            [
                "asthma on pred day 4",
                "breathing much better but can't sleep, starving all the time",
                "PEF 90% of best",
            ],
            _patient(12053, "female", ("asthma",), pregnant=False),
            id="r55-en-046",
        ),  # BNF prednisolone: insomnia and increased appetite are expected short-course side effects; asthma controlled - self-care.
        pytest.param(
            [
                "stitches on hand day 5",
                "edges slightly pink, dry, no discharge",
                "pain settling",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r55-en-047",
        ),  # NICE NG125 Surgical site infection: slight pinkness without discharge is normal healing - self-care.
        pytest.param(
            [
                "4yo fever settled 2 days ago",
                "mum says tired and a bit off his food",
                "playing, drinking, weeing normally",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r55-en-054",
        ),  # NICE NG143 Fever in under 5s: tiredness after fever has settled is expected recovery; no red/amber features - self-care with safety-net.
        pytest.param(
            [
                "UTI day 2 trimethoprim",
                "burning much better, going less often",
                "no fever or back pain",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r55-en-055",
        ),  # NICE NG109 UTI (lower): improving within 48h as expected - complete course.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
