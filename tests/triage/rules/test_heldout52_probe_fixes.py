# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-second held-out round (2026-12-07, at commit 6d8ab93: two reviewers, 120 cases of chronic
disease follow-up visits: hypertension, diabetes, COPD, heart failure, kidney disease, after a
stroke, anticoagulated atrial fibrillation, epilepsy, severe mental illness; a routine visit that
hides a red flag, and look-alikes such as a blood pressure a little high or a repeat prescription;
16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 15 of 16
and 15 of 16 emergencies, graded 14 of 24 and 17 of 24 same-day cases exactly, and sent 0 and 1
look-alikes to emergency.

What changed: a potassium told as "potassium from yesterdays bloods is 7.1"; an INR told as
华法林那个凝血指标 5.8; creatinine against 上个月才145; tarry stool told as 黑大便 跟柏油似的 (with a low pressure on
rivaroxaban: major bleeding); "didnt hurt herself" and "didnt hit his head" are denials (English
"didn't" now negates what follows: three older people who slid off a chair without hitting their
heads are no longer same-day head injuries); 也没说不想活 denies the wish; floaters or a curtain in one
eye are the retina's, not a stroke's field loss; an ulcer told after the part of the foot
(右脚掌有个硬币大的溃疡); a foot warmer than the other (比右脚烫) in diabetes is a possible Charcot foot; bruises
nobody can explain (没磕过) with bleeding gums need a blood count the same day (NICE NG12); drowsiness
with small pupils after a morphine increase, breathing counted at 10 or more, is opioid toxicity
(same day), not delirium; voices told as 有人在背后骂他 are psychotic symptoms (a relapse after stopping
medicines: same day). After: 16/16, 16/16; 21/24, 17/24; look-alikes 20/20, 20/20.

Kept deliberately: a standing pressure of 86 after a new antihypertensive (r52-zh-007), melaena on
dual antiplatelets while stable (r52-zh-035), digoxin with yellow vision (r52-zh-054, r52-en-043),
a transient weakness less than 24 hours ago (r52-en-011), a blackout without warning in heart
failure (r52-en-042), ketones of 1.8 on an SGLT2 inhibitor (r52-en-032) and 204/122 with blurred
vision (r52-en-051) stay emergencies. Left: weight up 3 kg in days in heart failure (r52-en-008),
two fits yesterday after running out of levetiracetam, now recovered (r52-en-020: still an
emergency)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "利伐沙班吃了一年多了 这两天解黑大便 跟柏油似的",
                "今天一站起来眼前就发黑",
                "血压86/52 心率118",
            ],
            _patient(26301, "male", ("房颤",), pregnant=None),
            id="r52-zh-051",
        ),  # 抗凝相关出血(中国房颤抗凝指南/NICE NG196):抗凝中消化道大出血伴低血压、心动过速(休克表现),需紧急转诊
        pytest.param(
            [
                "lab just phoned, potassium from yesterdays bloods is 7.1, they said not haemolysed",
                "he's on ramipril and spironolactone",
                "rang him at home - says legs feel a bit weak",
            ],
            _patient(
                26663,
                "male",
                ("chronic kidney disease", "heart failure", "type 2 diabetes"),
                pregnant=None,
            ),
            id="r52-en-026",
        ),  # UK Kidney Association hyperkalaemia guideline 2023 and NICE NG203 CKD: severe hyperkalaemia (K >=6.5) - immediate hospital transfer for ECG monitoring and treatment
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "上午抽血 华法林那个凝血指标出来5.8",
                "她没出血 牙龈鼻子都没有 大便颜色正常",
            ],
            _patient(26343, "female", ("房颤",), pregnant=None),
            id="r52-zh-003",
        ),  # BNF华法林/中国房颤抗凝指南:凝血指标5–8无出血,当天停1–2次并减量,当天医生处理
        pytest.param(
            [
                "糖尿病随访 看他右脚掌有个硬币大的溃疡 自己都不知道啥时候破的",
                "周围有一圈红 有点渗液",
                "没发烧 体温36.8 脚背动脉能摸到",
            ],
            _patient(23598, "male", ("2型糖尿病",), pregnant=None),
            id="r52-zh-016",
        ),  # NICE NG19 糖尿病足:活动性足溃疡(无脓毒症、无严重缺血)应在1个工作日内转多学科足病团队
        pytest.param(
            [
                "她左脚这几天突然又红又肿 摸着比右脚烫",
                "没伤口 没破皮 她说不怎么疼",
                "体温正常",
            ],
            _patient(21590, "female", ("2型糖尿病", "糖尿病周围神经病变"), pregnant=False),
            id="r52-zh-017",
        ),  # NICE NG19:神经病变者足部红肿热而无破溃,疑急性夏科足,需1个工作日内转多学科足病团队并避免负重
        pytest.param(
            [
                "他说今早起来右眼突然看不清 有黑东西飘 还有一块挡着",
                "左眼没事 不疼",
                "血糖9.2 血压140/86",
            ],
            _patient(20854, "male", ("2型糖尿病",), pregnant=None),
            id="r52-zh-031",
        ),  # 2型糖尿病基层诊疗指南/国家基本公共卫生服务规范:视力突然骤降需转诊,疑玻璃体出血或视网膜脱离,当天眼科
        pytest.param(
            [
                "这几天刷牙牙龈老出血 胳膊腿上好几块青紫 没磕过",
                "最近感冒 吃了几天头孢还有止痛片",
                "人精神可以 大便正常",
            ],
            _patient(27402, "male", ("房颤",), pregnant=None),
            id="r52-zh-046",
        ),  # 华法林出血管理(BNF/中国房颤抗凝指南):轻微出血且合用相互作用药物,需当天查凝血指标并调整
        pytest.param(
            [
                "他腰腿疼 自己买布洛芬吃了一礼拜",
                "这两天又拉肚子 尿少了",
                "抽血肌酐260 上个月才145",
            ],
            _patient(28235, "male", ("慢性肾病", "高血压"), pregnant=None),
            id="r52-zh-055",
        ),  # NICE NG148 急性肾损伤:肌酐较基线明显升高伴腹泻、尿少、服用非甾体药,需当天停肾毒性药物并评估
        pytest.param(
            [
                "他妈说他药停了快两个礼拜",
                "这几天又说有人在背后骂他 晚上不睡 在屋里来回转",
                "没打人 也没说不想活",
            ],
            _patient(12485, "male", ("精神分裂症",), pregnant=None),
            id="r52-zh-056",
        ),  # 严重精神障碍管理治疗工作规范(2018):精神症状明显属病情不稳定,需及时转诊精神专科;无肇事肇祸风险,非急救
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "昨晚熬夜打麻将 今天有点头胀",
                "血压158/96",
                "没吐 看东西清楚 手脚有劲 说话正常",
            ],
            _patient(19984, "female", ("高血压",), pregnant=False),
            id="r52-zh-005",
        ),  # 国家基层高血压防治管理指南(2020版):血压<180/110且无紧急转诊症状,常规处理随访
        pytest.param(
            [
                "刚开始吃二甲双胍一礼拜 肚子有点胀 大便稀 一天两回",
                "吃饭喝水都正常 肚子不疼 没吐",
            ],
            _patient(19428, "male", ("2型糖尿病",), pregnant=None),
            id="r52-zh-011",
        ),  # 2型糖尿病基层诊疗指南(2019)二甲双胍:初用常见胃肠反应,随餐服用、小剂量起始,居家观察
        pytest.param(
            [
                "他说昨天忘吃降压药了 今天一早补上了",
                "血压142/88 没不舒服 问要不要紧",
            ],
            _patient(17985, "male", ("高血压",), pregnant=None),
            id="r52-zh-013",
        ),  # 国家基层高血压防治管理指南(2020版):偶尔漏服一次、无症状,宣教按时服药即可
        pytest.param(
            [
                "她吃氨氯地平两年了 脚脖子一直有点肿 下午明显",
                "问了 不喘 晚上能躺平 体重没变",
                "跟上回随访一样",
            ],
            _patient(24182, "female", ("高血压",), pregnant=None),
            id="r52-zh-014",
        ),  # 国家基层高血压防治管理指南(2020版):二氢吡啶类钙拮抗剂常见踝部水肿,稳定且无心衰表现,常规随访
        pytest.param(
            [
                "她前天腿磕到桌角 青了一小块 硬币大",
                "别的地方没有 牙龈不出血 上礼拜凝血指标2.5",
            ],
            _patient(25017, "female", ("房颤",), pregnant=None),
            id="r52-zh-015",
        ),  # 抗凝治疗患者教育:有明确外伤的小片瘀青,凝血指标在目标内,无其他出血,居家观察
        pytest.param(
            [
                "家属担心他右手越来越僵 伸不直",
                "脑梗两年了 右边一直没劲 这几个月没啥变化",
                "说话吃饭都正常 没有新的麻木",
            ],
            _patient(25773, "male", ("脑梗死后", "高血压"), pregnant=None),
            id="r52-zh-020",
        ),  # 中国脑卒中早期康复治疗指南:卒中后痉挛,无新发神经功能缺损,预约康复评估
        pytest.param(
            [
                "复查肌酐132 上回128",
                "他看尿里有点泡沫 有点担心",
                "不肿 尿量正常 血压132/80",
            ],
            _patient(23871, "male", ("慢性肾病", "高血压"), pregnant=None),
            id="r52-zh-021",
        ),  # KDIGO慢性肾病:肌酐稳定、无急性变化,常规随访复查尿蛋白
        pytest.param(
            [
                "癫痫那个小伙来开药 丙戊酸钠快吃完了",
                "两年多没犯过 也没别的不舒服",
            ],
            _patient(15205, "male", ("癫痫",), pregnant=None),
            id="r52-zh-023",
        ),  # 临床诊疗指南·癫痫病分册:病情控制稳定,常规续方随访
        pytest.param(
            [
                "上礼拜她在家自己量了一回185/100 吓坏了",
                "这几天每天都量 都在135/85上下",
                "今天这量的138/84 不头疼 没不舒服",
            ],
            _patient(27634, "female", ("高血压",), pregnant=None),
            id="r52-zh-027",
        ),  # 国家基层高血压防治管理指南(2020版):既往单次读数偏高,复测达标且无症状,常规随访
        pytest.param(
            [
                "老孙说咳嗽 早上起来咳几口白痰",
                "问了 好几年都这样 跟平常一样 不发烧 不比以前喘",
                "血氧95",
            ],
            _patient(27769, "male", ("慢阻肺",), pregnant=None),
            id="r52-zh-030",
        ),  # 慢性阻塞性肺疾病基层诊疗指南(2018)稳定期:症状无变化,继续吸入药、戒烟等自我管理
        pytest.param(
            [
                "他说两只脚底发麻 像踩棉花 好几个月了 慢慢来的",
                "两边一样 腿脚有劲 走路正常 说话清楚",
            ],
            _patient(25117, "male", ("2型糖尿病",), pregnant=None),
            id="r52-zh-032",
        ),  # 2型糖尿病基层诊疗指南(2019)糖尿病周围神经病变:对称性慢性麻木,无急性神经缺损,预约筛查评估
        pytest.param(
            [
                "查脚的时候看到她脚后跟有块老茧 挺厚",
                "没破 不红不肿 不疼",
            ],
            _patient(25955, "female", ("2型糖尿病",), pregnant=None),
            id="r52-zh-034",
        ),  # NICE NG19/2型糖尿病基层诊疗指南足部检查:胼胝无溃疡无感染,预约足部护理
        pytest.param(
            [
                "华法林那个凝血指标查了3.4 目标2到3",
                "没出血 没青紫",
            ],
            _patient(27124, "male", ("房颤",), pregnant=None),
            id="r52-zh-036",
        ),  # BNF华法林:高于目标<1.5且无出血,减量或少服一次,1周内复查,常规处理
        pytest.param(
            [
                "她今天空腹血糖7.8 上回7.2",
                "不口渴 不头晕 饭量正常",
            ],
            _patient(21330, "female", ("2型糖尿病",), pregnant=None),
            id="r52-zh-039",
        ),  # 2型糖尿病基层诊疗指南(2019):空腹血糖略高于目标4.4–7.0,无症状,常规随访调整生活方式/用药
        pytest.param(
            [
                "过节吃得咸了点 今天称比上礼拜多了半斤",
                "腿不肿 晚上平躺睡 上楼跟以前一样",
            ],
            _patient(26353, "female", ("心衰",), pregnant=None),
            id="r52-zh-040",
        ),  # 慢性心力衰竭基层诊疗指南(2019):体重增加远低于3天2kg警戒值且无症状,限盐、每日称重自我管理
        pytest.param(
            [
                "他吃奥氮平一年多了 病情挺稳",
                "就是说胖了十来斤 想问能不能换药",
                "睡得好 没再听到怪声音",
            ],
            _patient(13526, "male", ("精神分裂症",), pregnant=None),
            id="r52-zh-043",
        ),  # 严重精神障碍管理治疗工作规范(2018):病情稳定,药物副作用(体重增加)预约专科调整
        pytest.param(
            [
                "随访 量了两回148/92 146/90",
                "没啥不舒服 药都按时吃",
            ],
            _patient(22664, "male", ("高血压",), pregnant=None),
            id="r52-zh-045",
        ),  # 国家基本公共卫生服务规范高血压管理:血压未达标但无危急情况,调整用药2周内随访
        pytest.param(
            [
                "她老说累 没精神 想查查甲功",
                "上个月刚查过 都正常 药一直吃着",
                "没别的不舒服",
            ],
            _patient(22580, "female", ("甲减",), pregnant=None),
            id="r52-zh-049",
        ),  # 甲状腺功能减退症基层诊疗指南(2019):甲功达标、无新症状,常规随访
        pytest.param(
            [
                "她说上礼拜有天中午没吃饭 下午手抖心慌 测了3.6",
                "吃了几块糖就好了 后来再没有过",
                "今天随访空腹6.5",
            ],
            _patient(25205, "female", ("2型糖尿病",), pregnant=None),
            id="r52-zh-057",
        ),  # 2型糖尿病基层诊疗指南(2019)低血糖:既往一次轻度低血糖已纠正未再发,常规随访时宣教并评估磺脲类剂量
        pytest.param(
            [
                "吃依那普利快半年了 老是干咳 没痰",
                "不发烧 不喘 晚上能睡",
                "想问是不是药的事",
            ],
            _patient(22105, "female", ("高血压", "2型糖尿病"), pregnant=False),
            id="r52-zh-058",
        ),  # 国家基层高血压防治管理指南(2020版):血管紧张素转换酶抑制剂常见干咳,可预约换用血管紧张素受体拮抗剂
        pytest.param(
            [
                "routine BP review, on amlodipine 5mg. today 146/92 sitting, 2nd reading 144/90",
                "no headache no chest pain no SOB, feels fine. home readings avg 138/86 he says",
            ],
            _patient(21185, "male", ("hypertension",), pregnant=None),
            id="r52-en-002",
        ),  # NICE NG136 hypertension, 1.4 treatment targets and step-up: clinic BP a little above <140/90 target, asymptomatic; titrate at a routine review, not urgent
        pytest.param(
            [
                "lady on amlodipine 10 for 2 yrs, ankles puffy by evening, same as always she says. not short of breath, sleeps on 1 pillow, weight same as last visit 61kg. just wants to know if its the tablets",
            ],
            _patient(26298, "female", ("hypertension",), pregnant=None),
            id="r52-en-006",
        ),  # NICE NG136 hypertension, 1.4 (CCB side effects: ankle oedema); BNF amlodipine: stable dependent oedema, no breathlessness or weight gain - routine review, consider dose/agent change
        pytest.param(
            [
                "T2DM review, fasting BS this morning 7.6. HbA1c last month 52",
                "on metformin 1g bd. no thirst no weight loss. just asking if 7.6 is bad",
            ],
            _patient(20089, "male", ("type 2 diabetes",), pregnant=None),
            id="r52-en-009",
        ),  # NICE NG28 type 2 diabetes, 1.6 blood glucose management (HbA1c target 48-53 mmol/mol): slightly high fasting glucose with HbA1c at target and no symptoms - reassurance at routine review
        pytest.param(
            [
                "stroke 2 yrs ago, still has weak L arm and drags L leg a bit, same as when he left rehab",
                "nothing new - speech fine, no headache, no new numbness. came for repeat of his clopidogrel and atorvastatin. BP 134/80",
            ],
            _patient(25568, "male", ("previous stroke", "hypertension"), pregnant=None),
            id="r52-en-012",
        ),  # NICE NG128 stroke and TIA, secondary prevention and long-term review: old, unchanged residual weakness with no new deficit - routine review and repeat prescription
        pytest.param(
            [
                "on rivaroxaban, worried about some bruises on her forearms, few small ones, she bumps into things at the farm",
                "gums bleed a bit brushing, stops by itself. no nosebleeds, no blood in urine or stool, not dizzy",
            ],
            _patient(25202, "female", ("atrial fibrillation",), pregnant=None),
            id="r52-en-015",
        ),  # NICE NG196 atrial fibrillation anticoagulation review / NICE CKS anticoagulation - oral (minor bleeding): trivial bruising and gum bleeding, no major bleed - continue DOAC, routine review with FBC
        pytest.param(
            [
                "epilepsy review. she had one of her usual seizures sat night, about 1 min, husband timed it, same as her normal ones",
                "back to herself within half hr, didnt hurt herself. taking lamotrigine every day, last one before this was 5 months ago",
            ],
            _patient(12419, "female", ("epilepsy",), pregnant=False),
            id="r52-en-019",
        ),  # NICE NG217 epilepsies, review and referral: single typical self-limiting seizure in known epilepsy, fully recovered, no injury - no emergency care needed; routine review and inform specialist
        pytest.param(
            [
                "annual physical health check for olanzapine pt. weight up 3kg from last yr, BMI 29, BP 132/84",
                "says mood stable, taking his tabs, no new symptoms. wants advice on diet",
            ],
            _patient(16436, "male", ("schizophrenia",), pregnant=None),
            id="r52-en-024",
        ),  # NICE CG178 psychosis and schizophrenia in adults, physical health monitoring: antipsychotic weight gain without acute features - routine lifestyle/metabolic review
        pytest.param(
            [
                "CKD annual review results: eGFR 52 (last yr 55), ACR 2.1, K 4.6, BP 128/78",
                "feels well, no swelling. asking if his kidneys are getting worse",
            ],
            _patient(23376, "male", ("chronic kidney disease", "hypertension"), pregnant=None),
            id="r52-en-028",
        ),  # NICE NG203 CKD, 1.3 frequency of monitoring and accelerated progression definition (>=25% fall with category change or >15 ml/min/yr): small stable decline - routine monitoring
        pytest.param(
            [
                "pt on insulin (lantus + novorapid) says he had a hypo yday before lunch, BM 3.5, felt shaky",
                "had 4 jelly babies then his lunch, BM 7.1 after, fine since. first one in months. today BM 6.4, well",
            ],
            _patient(22646, "male", ("type 2 diabetes",), pregnant=None),
            id="r52-en-034",
        ),  # JBDS hypoglycaemia in adults / NICE NG28 (hypoglycaemia awareness): isolated mild self-treated hypo, recovered, not recurrent - reinforce hypo treatment and record; discuss at routine review
        pytest.param(
            [
                "metformin upped to 1g bd 2 wks ago, since then loose stools and bit of tummy rumbling",
                "no blood, no vomiting, eating drinking fine, not dizzy. wants to stop it",
            ],
            _patient(17167, "female", ("type 2 diabetes",), pregnant=False),
            id="r52-en-035",
        ),  # NICE NG28 type 2 diabetes, 1.6 (metformin GI intolerance - slow titration or modified-release): mild expected side effect without dehydration - routine review
        pytest.param(
            [
                "annual foot check. thick hard skin on ball of R foot, no break in the skin, no redness",
                "cant feel monofilament at 2 sites, pulses ok both feet. no pain",
            ],
            _patient(24107, "male", ("type 2 diabetes",), pregnant=None),
            id="r52-en-038",
        ),  # NICE NG19 diabetic foot problems, risk assessment and foot protection service: callus with neuropathy and intact skin = increased risk, not an active problem - routine referral to foot protection service
        pytest.param(
            [
                "COPD annual review, has his usual morning cough with white phlegm, says been like this for years",
                "breathing same as last yr, MRC 2, SpO2 95%, no fever. checked inhaler technique, ok",
            ],
            _patient(26298, "male", ("COPD",), pregnant=None),
            id="r52-en-040",
        ),  # NICE NG115 COPD, routine reviews: stable chronic productive cough at baseline, no change in breathlessness or sputum colour - not an exacerbation, routine review
        pytest.param(
            [
                "COPD pt phoned, she has a cold - runny nose, sore throat 2 days, coughing a bit more",
                "sputum still white, amount same. not more breathless than normal, no fever she says",
                "has a rescue pack at home, asking should she start it",
            ],
            _patient(23741, "female", ("COPD",), pregnant=None),
            id="r52-en-041",
        ),  # NICE NG115 COPD, exacerbation definition and rescue packs (self-management plan): URTI without increased breathlessness or purulent/increased sputum - not an exacerbation, self-care with advice to start pack/seek help if those develop
        pytest.param(
            [
                "HF check up. weight 82.1 (82.6 two wks ago), ankles same mild puffiness as usual",
                "sleeps 2 pillows like always, no night breathlessness, walks to the market ok. BP 118/72 HR 68",
            ],
            _patient(27759, "male", ("heart failure", "type 2 diabetes"), pregnant=None),
            id="r52-en-044",
        ),  # NICE NG106 chronic heart failure, monitoring: stable weight, baseline oedema, no orthopnoea/PND - stable, routine follow-up
        pytest.param(
            [
                "started on ramipril 6 wks ago, now dry tickly cough worse at night",
                "no fever no phlegm, not breathless, no blood. BP 134/82. wants to change tablet",
            ],
            _patient(18993, "male", ("hypertension",), pregnant=None),
            id="r52-en-047",
        ),  # NICE NG136 hypertension, 1.4 (offer ARB if ACE inhibitor not tolerated): ACEi dry cough without red flags - routine switch
        pytest.param(
            [
                "thyroid bloods back: TSH 6.4, FT4 normal. on levothyroxine 75",
                "she feels bit tired but nothing new. takes the tab with her tea in the morning",
            ],
            _patient(20454, "female", ("hypothyroidism",), pregnant=None),
            id="r52-en-049",
        ),  # NICE NG145 thyroid disease, 1.4 monitoring on levothyroxine: mildly raised TSH, normal FT4 - check adherence/absorption, adjust dose, recheck in 3 months; routine
        pytest.param(
            [
                "pt forgot his levothyroxine 2 days while travelling, back home now, asking what to do. feels fine",
            ],
            _patient(16071, "male", ("hypothyroidism",), pregnant=None),
            id="r52-en-050",
        ),  # BNF levothyroxine / NHS medicine advice (long half-life, missed doses): a couple of missed doses without symptoms - restart usual dose, self-care advice
        pytest.param(
            [
                "pt rang, home BP this morning 168/96 after rushing round and 2 coffees, she panicked",
                "redid it after sitting 15 min: 136/84. no headache no chest pain vision normal, feels well",
            ],
            _patient(21550, "female", ("hypertension",), pregnant=None),
            id="r52-en-053",
        ),  # NICE NG136 hypertension, 1.1 home blood pressure monitoring (seated rest, averaged readings): single high reading after exertion/caffeine, repeat normal, asymptomatic - self-care, continue meds and home monitoring
        pytest.param(
            [
                "receptionist: lady wants her repeat for amlodipine, metformin and atorvastatin, runs out next week",
                "says she's fine, no problems. last review 4 months ago, BP then 132/78",
            ],
            _patient(25202, "female", ("hypertension", "type 2 diabetes"), pregnant=None),
            id="r52-en-059",
        ),  # NICE NG136 and NG28 routine monitoring / medicines review: repeat prescription request from a stable patient - routine
        pytest.param(
            [
                "INR 3.4 today, target 2.5 (range 2-3). no bleeding, no bruising",
                "been eating less last week with a cold, no new meds, no antibiotics. feels well",
            ],
            _patient(29220, "male", ("atrial fibrillation",), pregnant=None),
            id="r52-en-060",
        ),  # BNF warfarin / NICE CKS anticoagulation - oral: INR mildly above range (<5) without bleeding - adjust/reduce dose and recheck within a week; routine
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
