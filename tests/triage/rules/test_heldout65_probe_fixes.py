# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-fifth held-out round (2026-12-07, at commit 90f619a: two reviewers, 120 cases from the vaccination
clinic and child health checks, newborn to 6 years: reactions after vaccines (anaphylaxis, a fit, a floppy
unresponsive baby, an abscess, three hours of crying, a BCG node gone soft), findings at a check (jaundice in
the first day, pale stools, a hip clunk, growth falling across centiles, skills lost, a white pupil, a torn
frenulum in a baby who cannot roll), a button battery; 16 emergencies, 24 same-day and 20 look-alikes a set).
Before these fixes the rules found 13 of 16 emergencies in each language (a button battery missing from a
toy, torn frenula in babies not yet mobile who were irritable or vomiting, severe dehydration told as "hard
to rouse" and "won't take any fluids"), graded 4 of 24 and 6 of 24 same-day cases exactly, the weakest of any
round, and sent no look-alike to emergency.

What changed: a baby under one with a sign of maltreatment who is irritable, vomiting, drowsy or fitting is an
emergency (NICE CG89, NG232: head injury or fractures); 系带破了, a story the family tell differently, "notes say
she isn't rolling yet"; 抱起来就尖叫, "screams whenever she's picked up"; a button battery gone missing with a
child who mouthed it; "hard to rouse", "won't take any fluids"; an abscess at a vaccine site or a BCG node gone
soft and crying for three hours after a vaccine are seen the same day (WHO AEFI); a white pupil or an absent
red reflex (NICE NG12); jaundice told as 脸和胸口都黄了 or "yellow face and chest" in the first day; pale stools
told as 发白像陶土; "lady 7wks pregnant" is her pregnancy's weeks, not a 7-week-old (r53-en-002, a pregnant
woman's morning sickness, had been a child-protection case). After: 16/16, 16/16; 12/24, 10/24; look-alikes
20/20, 20/20.

Kept deliberately: a first febrile seizure now recovered stays an emergency (r65-zh-032, r65-zh-057,
r65-en-011, r65-en-018: IMCI, convulsions are a danger sign), as does a head growing across centiles with
vomiting and a full fontanelle (r65-zh-013, r65-en-043). Left: a hip clunk, skills lost, growth falling across
centiles, an undescended testis that hurts, a fever of 39.5 the day after vaccines at 7-8 months."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "1岁3个月女孩，玩具里的小圆电池不见了",
                "妈妈看见她往嘴里放过",
                "现在看着没什么症状，还在玩",
            ],
            _patient(455, "female", (), pregnant=None),
            id="r65-zh-006",
        ),  # NASPGHAN 纽扣电池流程：即使无症状，疑似误吞纽扣电池也须立即就诊拍片。
        pytest.param(
            [
                "4个月女宝嘴里系带破了，有血痂",
                "特别烦躁，碰哪都哭，今天吐了两次",
                "家长说不清怎么弄的",
            ],
            _patient(120, "female", (), pregnant=None),
            id="r65-zh-045",
        ),  # NICE CG89：非行走婴儿口腔系带撕裂伴烦躁呕吐，需警惕严重头部损伤，急诊儿科转诊。
        pytest.param(
            [
                "2个月男宝，还不会翻身",
                "发现上嘴唇系带撕裂了",
                "一直哭闹，抱起来就尖叫，家长说是奶瓶碰的",
            ],
            _patient(65, "male", (), pregnant=None),
            id="r65-zh-056",
        ),  # NICE CG89 儿童虐待识别（口腔损伤）：不会活动的婴儿系带撕裂伴触痛烦躁，须立即儿科评估并启动儿童保护。
        pytest.param(
            [
                "7 week old boy, torn frenulum spotted when he cried",
                "very irritable and inconsolable, vomited twice this morning",
                "mum and partner giving different stories",
            ],
            _patient(50, "male", (), pregnant=None),
            id="r65-en-004",
        ),  # NICE CG89 Child maltreatment: oral injury in a non-mobile baby with irritability and vomiting raises concern for inflicted head injury, emergency paediatric referral.
        pytest.param(
            [
                "2yr girl at health check, watery diarrhoea 8-10 times a day",
                "hard to rouse, cold hands and feet, CRT 4 sec",
                "won't take any fluids",
            ],
            _patient(735, "female", (), pregnant=None),
            id="r65-en-028",
        ),  # NICE CG84 diarrhoea and vomiting in under 5s, clinical shock: decreased consciousness, cold peripheries and prolonged CRT need emergency IV resuscitation.
        pytest.param(
            [
                "3 month old at weighing, not rolling yet",
                "noticed the frenulum under her top lip is torn, bit of dried blood",
                "she screams whenever she's picked up, dad says the bottle knocked her mouth",
            ],
            _patient(95, "female", (), pregnant=None),
            id="r65-en-054",
        ),  # NICE CG89 Child maltreatment, oral injuries: torn frenulum in a non-mobile infant with pain on handling suggests serious inflicted injury, needs immediate paediatric assessment and safeguarding.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "4个月男宝卡介苗接种处化脓很大一片",
                "周围红肿，胳肢窝也肿",
                "不发烧",
            ],
            _patient(125, "male", (), pregnant=None),
            id="r65-zh-001",
        ),  # WHO AEFI监测手册 卡介苗局部脓肿/淋巴结炎：需当天医生评估并上报。
        pytest.param(
            [
                "4岁女孩体检查视力",
                "发现右眼往里斜",
                "手电一照，右边瞳孔发白",
            ],
            _patient(1480, "female", (), pregnant=None),
            id="r65-zh-014",
        ),  # NICE NG12 / 《国家基本公共卫生服务规范》儿童眼保健：白瞳伴斜视须紧急眼科转诊。
        pytest.param(
            [
                "5个月女宝打完针回家一直哭",
                "哭了大概3个半小时，刚刚才好",
                "现在能吃奶，家长想让看看",
            ],
            _patient(152, "female", (), pregnant=None),
            id="r65-zh-024",
        ),  # WHO AEFI监测手册：持续性哭闹≥3小时属需报告的AEFI，已恢复者当天评估。
        pytest.param(
            [
                "3个月女宝，出生打的卡介苗",
                "左边腋下长了个包2公分，摸着变软了",
                "皮肤有点红，孩子精神好",
            ],
            _patient(95, "female", (), pregnant=None),
            id="r65-zh-038",
        ),  # 《全国疑似预防接种异常反应监测方案》卡介苗淋巴结炎：≥1.5cm或软化须当天就诊并报告。
        pytest.param(
            [
                "6个月男宝，一周前大腿打的针",
                "现在那里红肿发热，4公分左右，中间软有波动感",
                "体温38度，吃奶还行",
            ],
            _patient(185, "male", (), pregnant=None),
            id="r65-zh-044",
        ),  # 《全国疑似预防接种异常反应监测方案》注射局部脓肿：有波动感伴发热须当天就诊处理并报告AEFI。
        pytest.param(
            [
                "3个月男宝昨天打完百白破",
                "尖声哭了3个多小时怎么哄都不行",
                "现在睡了，今早醒来吃奶正常",
            ],
            _patient(95, "male", (), pregnant=None),
            id="r65-zh-048",
        ),  # 《全国疑似预防接种异常反应监测方案》/WHO AEFI定义（持续哭闹≥3小时）：现已平息，需当天评估并报告。
        pytest.param(
            [
                "1岁女宝，家长说拍照时一只眼睛瞳孔发白",
                "最近那只眼睛有点往里斜",
                "我们查红光反射那只没有",
            ],
            _patient(365, "female", (), pregnant=None),
            id="r65-zh-052",
        ),  # NICE NG12 疑似癌症 1.13：白瞳或红光反射消失伴新发斜视须紧急眼科转诊（视网膜母细胞瘤）。
        pytest.param(
            [
                "2岁女孩上臂打针的地方鼓了个包",
                "越来越大，中间发软有个白头",
                "吃饭玩耍都正常",
            ],
            _patient(730, "female", (), pregnant=None),
            id="r65-zh-055",
        ),  # WHO AEFI监测手册 局部反应：注射部位脓肿在一般情况好的儿童须当天处理并报告。
        pytest.param(
            [
                "4mo girl cried inconsolably about 3.5h after jabs yesterday afternoon",
                "settled by evening, feeding normally now",
                "mum wants her checked",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r65-en-002",
        ),  # WHO AEFI surveillance manual: persistent crying 3 hours or more is a reportable AEFI needing same-day assessment, child now recovered.
        pytest.param(
            [
                "3mo boy, had BCG at birth left arm",
                "swollen lump in left armpit about 2cm, gone soft",
                "skin over it reddish, baby well",
            ],
            _patient(95, "male", (), pregnant=None),
            id="r65-en-031",
        ),  # WHO AEFI surveillance manual, BCG lymphadenitis: a fluctuant regional node of 1.5cm or more needs same-day review and reporting.
        pytest.param(
            [
                "mum rang back about her 2mo boy, after jabs yesterday he screamed non stop for over 3 hours",
                "high pitched, nothing settled him",
                "asleep now, woke and fed ok this morning",
            ],
            _patient(63, "male", (), pregnant=None),
            id="r65-en-038",
        ),  # WHO AEFI case definitions (persistent inconsolable crying for 3 hours or more): now settled, so same-day review and AEFI report rather than emergency.
        pytest.param(
            [
                "14mo girl, mum says her left eye turns in",
                "in flash photos that pupil looks white not red",
                "red reflex absent on the left here",
            ],
            _patient(425, "female", (), pregnant=None),
            id="r65-en-047",
        ),  # NICE NG12 suspected cancer 1.13: absent red reflex or white pupil with new squint needs urgent ophthalmology referral for retinoblastoma.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "2岁女孩麻腮风第二针和甲肝晚了3个月",
                "奶奶很着急，孩子好好的",
            ],
            _patient(740, "female", (), pregnant=None),
            id="r65-zh-004",
        ),  # 《国家免疫规划疫苗儿童免疫程序及说明》补种原则：尽早补种即可，预约常规门诊。
        pytest.param(
            [
                "42天男宝体检，舌系带有点短，舌尖是心形的",
                "吃奶没问题，体重长得好，妈妈喂奶不疼",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r65-zh-005",
        ),  # NICE IPG149 舌系带：仅在有喂养困难时考虑处理，常规随访即可。
        pytest.param(
            [
                "1岁半男孩走路两条腿有点弯",
                "两边对称，身高体重都正常",
                "走得稳",
            ],
            _patient(540, "male", (), pregnant=None),
            id="r65-zh-008",
        ),  # RCPCH / NICE CKS：2岁以下对称性生理性O型腿伴生长正常，安慰并常规复查。
        pytest.param(
            [
                "1岁半女孩麻腮风第二针后10天",
                "脸上身上淡淡的红点",
                "精神好，吃得下",
            ],
            _patient(555, "female", (), pregnant=None),
            id="r65-zh-010",
        ),  # WHO 麻腮风反应资料：接种后1-2周一过性皮疹、儿童一般情况好，无需处理。
        pytest.param(
            [
                "8个月男宝打麻腮风第8天",
                "身上出了点小红疹子，压了会退色",
                "有点低烧37.9，吃饭玩耍都正常",
            ],
            _patient(250, "male", (), pregnant=None),
            id="r65-zh-019",
        ),  # WHO 麻腮风疫苗反应资料：接种后7-12天一般情况好的儿童出现轻微退色性皮疹和低热属预期反应，不传染。
        pytest.param(
            [
                "3个月男宝打完百白破",
                "晚上37.8，有点闹",
                "吃奶正常，尿也多",
            ],
            _patient(92, "male", (), pregnant=None),
            id="r65-zh-020",
        ),  # 《预防接种工作规范》一般反应 / WHO疫苗反应资料：接种后48小时内低热、哭闹属常见一般反应，居家护理观察即可。
        pytest.param(
            [
                "4岁男孩体检，家长嫌他个子矮",
                "身高P15，一直沿着这条线长",
                "爸妈个子也不高",
            ],
            _patient(1470, "male", (), pregnant=None),
            id="r65-zh-021",
        ),  # 《国家基本公共卫生服务规范》儿童健康管理 / WHO生长标准：沿稳定百分位生长、符合家族身高属正常变异，常规体检随访。
        pytest.param(
            [
                "8个月女宝约了今天打麻腮风乙脑",
                "有点咳嗽流鼻涕，体温36.9",
                "玩得挺好",
            ],
            _patient(245, "female", (), pregnant=None),
            id="r65-zh-022",
        ),  # WHO 接种禁忌证说明：无发热的轻症上呼吸道感染不需推迟接种。
        pytest.param(
            [
                "3个月男宝后脑勺和眼皮上有淡红色的斑",
                "哭的时候更红",
            ],
            _patient(90, "male", (), pregnant=None),
            id="r65-zh-023",
        ),  # NIPE新生儿检查手册 皮肤：鲑鱼斑属良性，可逐渐消退，安慰家长即可。
        pytest.param(
            [
                "2个月男宝今天该打脊灰",
                "有点流鼻涕，不发烧，吃奶正常",
                "家长问还能不能打",
            ],
            _patient(62, "male", (), pregnant=None),
            id="r65-zh-028",
        ),  # 《国家免疫规划疫苗儿童免疫程序及说明（2021年版）》/ WHO禁忌证：不发热的轻微感冒不是接种禁忌，可按时接种。
        pytest.param(
            [
                "10个月女宝加辅食以后大便干",
                "两三天一次，没带血",
                "吃得好长得好，肚子软",
            ],
            _patient(300, "female", (), pregnant=None),
            id="r65-zh-029",
        ),  # NICE CG99 儿童便秘：无警示征象，可在家调整饮食和饮水。
        pytest.param(
            [
                "满月女宝屁股沟上面有个小凹",
                "看得到底，没毛发，没包块",
                "两条腿动得好",
            ],
            _patient(30, "female", (), pregnant=None),
            id="r65-zh-035",
        ),  # 英国NIPE新生儿检查手册：底部可见、无其他皮肤标志的单纯骶尾凹陷无需影像检查，常规随访。
        pytest.param(
            [
                "6个月女宝今天打了乙肝第三针和A群流脑",
                "体温37.6，精神挺好",
            ],
            _patient(183, "female", (), pregnant=None),
            id="r65-zh-036",
        ),  # 《预防接种工作规范》一般反应：接种后低热、精神好，多饮水观察即可。
        pytest.param(
            [
                "7个月男宝回老家了，百白破第三针晚了一个多月",
                "家长担心是不是要重新打",
            ],
            _patient(215, "male", (), pregnant=None),
            id="r65-zh-037",
        ),  # 《国家免疫规划疫苗儿童免疫程序及说明（2021年版）》补种原则：未按程序接种的只需补种未完成剂次，无需重新开始。
        pytest.param(
            [
                "1个月女宝每次吃完奶都吐一点",
                "体重长得好，不哭闹",
                "不是喷射的，没血",
            ],
            _patient(35, "female", (), pregnant=None),
            id="r65-zh-039",
        ),  # NICE NG1 胃食管反流 1.1：生长良好的婴儿溢奶很常见，安抚家长即可。
        pytest.param(
            [
                "2个月女宝腰骶部一大块青灰色的斑",
                "出生就有，出生体检本子上记了",
                "家长担心是碰的",
            ],
            _patient(60, "female", (), pregnant=None),
            id="r65-zh-040",
        ),  # NICE CG89 / NIPE：出生时已记录的先天性真皮黑素细胞增多（蒙古斑）为正常变异，记录在册即可。
        pytest.param(
            [
                "2个月男宝卡介苗那里起了个小脓包",
                "破了结痂了，腋下不肿",
                "孩子好好的",
            ],
            _patient(65, "male", (), pregnant=None),
            id="r65-zh-046",
        ),  # 《预防接种工作规范》卡介苗接种后正常反应：2-3周后局部红肿、小脓疱、结痂属正常，保持清洁干燥即可。
        pytest.param(
            [
                "1岁半男孩百白破加强后",
                "胳膊打针处红了一小片，大概2公分",
                "不发烧，胳膊能动",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r65-zh-047",
        ),  # 《预防接种工作规范》一般反应：局部轻度红肿属正常反应，告知家长观察。
        pytest.param(
            [
                "2个月男宝老吐奶，奶奶着急",
                "体重一直沿P50长",
                "精神好",
            ],
            _patient(66, "male", (), pregnant=None),
            id="r65-zh-053",
        ),  # NICE NG1：无警示征象、体重增长正常的溢奶无需检查或治疗。
        pytest.param(
            [
                "4个月女宝打针的地方有个黄豆大的硬结",
                "有点红，不热，不哭闹",
            ],
            _patient(125, "female", (), pregnant=None),
            id="r65-zh-054",
        ),  # WHO AEFI监测手册 常见局部反应：注射部位小硬结、轻度发红可自行消退，无需处理。
        pytest.param(
            [
                "6mo boy missed his 16wk jabs while they were abroad",
                "mum worried he has to start the whole course again",
            ],
            _patient(185, "male", (), pregnant=None),
            id="r65-en-005",
        ),  # UK Green Book ch.11 / WHO: interrupted schedules are resumed, not restarted; book catch-up at a routine clinic.
        pytest.param(
            [
                "2mo girl, pea sized firm lump at the thigh jab site",
                "slightly pink, 2 days, not hot",
                "feeding fine",
            ],
            _patient(62, "female", (), pregnant=None),
            id="r65-en-010",
        ),  # WHO AEFI surveillance manual, common local reactions: small firm nodule/redness at injection site is expected and resolves without treatment.
        pytest.param(
            [
                "18mo boy, small red patch about 2cm round where he had his booster",
                "no fever, using his leg fine",
            ],
            _patient(545, "male", (), pregnant=None),
            id="r65-en-013",
        ),  # WHO vaccine reaction information sheets: minor local redness is a common reaction needing reassurance only.
        pytest.param(
            [
                "6 week girl, small dimple above the bum crack",
                "can see the base, no hair, no lump or skin tag",
                "legs moving normally",
            ],
            _patient(44, "female", (), pregnant=None),
            id="r65-en-014",
        ),  # NHS NIPE handbook: a simple sacral dimple with visible base and no other cutaneous markers needs no imaging, routine.
        pytest.param(
            [
                "12mo boy due MMR today, bit of a cough and snotty nose",
                "temp 37.4, running around",
            ],
            _patient(365, "male", (), pregnant=None),
            id="r65-en-015",
        ),  # UK Green Book ch.6 / WHO: minor afebrile illness does not delay immunisation; give as scheduled.
        pytest.param(
            [
                "8mo girl since starting solids hard poos every 3 days",
                "no blood, eating well, gaining weight",
                "tummy soft",
            ],
            _patient(245, "female", (), pregnant=None),
            id="r65-en-017",
        ),  # NICE CG99 Constipation in children: no red flags, so dietary advice and fluids in primary care.
        pytest.param(
            [
                "3mo girl possets a lot, mum worried",
                "tracking 25th centile, no blood, not distressed",
            ],
            _patient(95, "female", (), pregnant=None),
            id="r65-en-019",
        ),  # NICE NG1 GORD: regurgitation without red flags in a growing infant needs no investigation or treatment.
        pytest.param(
            [
                "1 yr check boy, left testis sits in the groin when cold",
                "can bring it down easily and it stays there",
                "no pain",
            ],
            _patient(370, "male", (), pregnant=None),
            id="r65-en-020",
        ),  # NICE CKS Undescended testes: a retractile testis that stays in the scrotum needs reassurance and routine annual review.
        pytest.param(
            [
                "20mo boy, mum thinks his legs are bowed",
                "both sides the same, walking well, height on 50th",
            ],
            _patient(600, "male", (), pregnant=None),
            id="r65-en-026",
        ),  # RCPCH / NICE CKS: symmetrical physiological bowing under 2 years with normal growth needs reassurance and routine review.
        pytest.param(
            [
                "2yr girl, her booster jabs are about 4 months late",
                "dad anxious about it, she's well",
            ],
            _patient(740, "female", (), pregnant=None),
            id="r65-en-027",
        ),  # UK Green Book ch.11: late doses are simply given at the next opportunity; routine appointment.
        pytest.param(
            [
                "4mo boy had jabs this morning",
                "evening temp 37.9, grizzly",
                "feeding ok, wet nappies",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r65-en-032",
        ),  # WHO vaccine reaction rates information sheets / NICE NG143: mild fever and fussiness within 48h of vaccines are expected; paracetamol/fluids and safety-netting at home.
        pytest.param(
            [
                "3y4m girl rash 9 days after preschool MMR",
                "blanching, she's well, eating",
            ],
            _patient(1220, "female", (), pregnant=None),
            id="r65-en-036",
        ),  # WHO MMR reaction information: a transient blanching rash 1-2 weeks after MMR in a well child needs no treatment.
        pytest.param(
            [
                "13mo girl, day after 1yr jabs",
                "temp 38.0, playing and drinking normally",
            ],
            _patient(395, "female", (), pregnant=None),
            id="r65-en-040",
        ),  # WHO vaccine reaction information sheets: low-grade fever after routine vaccines in a well child is a common mild reaction managed at home.
        pytest.param(
            [
                "3mo girl, slate blue flat patch over lower back",
                "mum worried it looks like a bruise, it's documented at the newborn check",
                "unchanged since birth",
            ],
            _patient(92, "female", (), pregnant=None),
            id="r65-en-041",
        ),  # NICE CG89 / NIPE: congenital dermal melanocytosis recorded at birth is a normal variant, document in the red book.
        pytest.param(
            [
                "2mo boy, flat pink patches on the back of neck and eyelids",
                "go redder when he cries",
            ],
            _patient(60, "male", (), pregnant=None),
            id="r65-en-042",
        ),  # NHS NIPE handbook, skin: salmon patches (stork marks) are benign and fade, reassurance only.
        pytest.param(
            [
                "day 5 baby boy, heart shaped tongue tip, tight frenulum",
                "latching well, weight back up, mum comfortable feeding",
            ],
            _patient(5, "male", (), pregnant=None),
            id="r65-en-045",
        ),  # NICE IPG149 ankyloglossia: division is only considered when there are feeding problems; routine follow-up.
        pytest.param(
            [
                "6 week boy brings up milk after every feed",
                "weight tracking 50th, happy baby",
                "no projectile, no blood",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r65-en-046",
        ),  # NICE NG1 GORD 1.1: effortless regurgitation in a thriving infant is common and needs reassurance only.
        pytest.param(
            [
                "10wk girl, small raised red strawberry mark on back of shoulder, about 1cm",
                "slowly growing, not near eye or lip, not bleeding",
            ],
            _patient(70, "female", (), pregnant=None),
            id="r65-en-050",
        ),  # BAD/NICE CKS infantile haemangioma: small truncal haemangiomas without high-risk sites can be monitored routinely.
        pytest.param(
            [
                "8 week old girl here for jabs, runny nose",
                "no temp, feeding fine",
                "mum asking if we can still go ahead",
            ],
            _patient(56, "female", (), pregnant=None),
            id="r65-en-055",
        ),  # WHO/UK Green Book contraindications: a minor illness without fever is not a reason to postpone vaccination.
        pytest.param(
            [
                "13mo boy, day 8 after MMR",
                "faint pink spotty rash, blanches under the glass",
                "temp 37.8 but playing and eating",
            ],
            _patient(400, "male", (), pregnant=None),
            id="r65-en-060",
        ),  # WHO MMR vaccine reaction information sheet: a mild blanching rash 7-12 days after MMR in a well child is expected and not infectious.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
