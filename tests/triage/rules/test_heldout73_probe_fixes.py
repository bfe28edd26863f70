# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-third held-out round (2026-12-07, at commit b7644e6: two reviewers, 120 cases on heart
devices, heart rhythm and blood pressure at home: pacemakers and implanted defibrillators, atrial
fibrillation, slow pulses on beta-blockers or digoxin, heart block, fainting, hypertensive
emergencies and home readings; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these
fixes the rules found 14 of 16 and 14 of 16 emergencies (two defibrillator shocks in an hour in a
man who "feels ok now"; a pulse of 32 with breathlessness, typed 脉32; a cold, white, pulseless leg
in AF without anticoagulation; a faint walking up a hill with a "tight valve"), graded 13 of 24
and 12 of 24 same-day cases exactly, and sent no look-alike to emergency.

What changed: a defibrillator shock is an emergency when there was more than one or it came with
symptoms, and same day otherwise (ESC 2021, EHRA); a pacemaker or defibrillator problem (the skin
over the box thinning, a red or leaking pocket, twitching in time with the pulse, an alarm
beeping, a pulse under 50) is seen by the device team the same day; 脉32, "pulse irreg 118",
数下来120左右 are read; "walking up a hill" is exertion and aortic stenosis is heart disease (ESC
2018 syncope). After: 16/16, 16/16; 18/24, 18/24; look-alikes 20/20, 20/20.

Left: effort angina in aortic stenosis (r73-zh-001) and a first palpitation with a greying-out on
exertion (r73-zh-032) and a TIA told as over (r73-zh-038) stay emergencies; postural hypotension
after new tablets, a pink urine on apixaban, new AF told as "all over the place", one shock in a
man who feels fine (r73-en-042) and a red pocket told apart from its device (r73-en-029) are not
yet same day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "房颤的老头，说嫌贵没吃抗凝药",
                "两个钟头前右腿突然疼，现在腿发凉发白，摸不着脚背的脉，脚有点麻",
                "他儿子说是不是“腿抽筋”",
            ],
            _patient(27862, "male", ("atrial fibrillation",), pregnant=None),
            id="r73-zh-015",
        ),  # NICE NG196及ESVS 2020急性肢体缺血指南：未抗凝房颤患者突发下肢痛、冷、苍白、无脉、麻木提示急性动脉栓塞，需立即急诊血管外科处理。
        pytest.param(
            [
                "卫生院的护士打的：一个老太太这几天走两步就喘，没劲，脸发白",
                "脉32，很慢很规律，没吃过减慢心率的药",
                "心电图机坏了，她说“就是累的”",
            ],
            _patient(30412, "female", ("diabetes",), pregnant=None),
            id="r73-zh-052",
        ),  # ESC 2021心脏起搏指南：无药物原因的心率约30次/分伴气短乏力，高度怀疑三度房室传导阻滞，需立即急诊评估临时起搏。
        pytest.param(
            [
                "63M with ICD, wife rang in. says he got 'kicked in the chest' twice in the last hr by his box",
                "now sat in chair says he feels ok just shaky, HR 88 reg, BP 118/72",
                "wants to wait for his cardiology appt next wk, ok?",
            ],
            _patient(
                23011,
                "male",
                ("heart failure", "implantable defibrillator", "ischaemic heart disease"),
                pregnant=None,
            ),
            id="r73-en-018",
        ),  # ESC 2021 cardiac pacing guideline / EHRA ICD patient guidance: two or more shocks within 24 h (possible electrical storm) need emergency hospital assessment even if the patient now feels well.
        pytest.param(
            [
                "78M known 'tight valve', waiting for echo f/u. fainted walking up hill to the shop",
                "neighbour helped him up, he's back to normal now, says 'just overdid it'",
            ],
            _patient(28490, "male", ("aortic stenosis", "hypertension"), pregnant=None),
            id="r73-en-046",
        ),  # ESC 2018 syncope & ESC/EACTS 2021 valvular heart disease guidelines: exertional syncope with aortic stenosis is high risk and needs emergency hospital assessment.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "起搏器换了电池两个月，她说左边胸口肉“一跳一跳的”，一直跳，跟脉一个节奏",
                "不晕，脉60多，就是烦得很睡不着",
            ],
            _patient(25432, "female", ("pacemaker", "hypertension"), pregnant=None),
            id="r73-zh-016",
        ),  # ESC 2021心脏起搏指南：囊袋处胸肌随起搏节律抽动提示电极绝缘破损或连接问题，需当天程控检查。
        pytest.param(
            [
                "起搏器装了七八年的大爷，说那个“铁盒子”的地方皮越来越薄，发亮，都快看见里头了",
                "不红不疼，不发烧",
            ],
            _patient(30936, "male", ("pacemaker",), pregnant=None),
            id="r73-zh-026",
        ),  # ESC 2021心脏起搏指南/EHRA器械感染共识：囊袋皮肤变薄即将破溃（预侵蚀）需当天联系起搏中心处理，一旦外露按器械感染处理。
        pytest.param(
            [
                "一个老头，最近两三个礼拜说没劲，有时候眼前发飘",
                "脉48，挺规律的，没吃过倍他乐克那类药",
                "没晕倒过",
            ],
            _patient(27040, "male", ("hypertension",), pregnant=None),
            id="r73-zh-040",
        ),  # ESC 2021心脏起搏指南：无药物原因的症状性心动过缓需当天心电图评估有无房室传导阻滞或病态窦房结综合征。
        pytest.param(
            [
                "装除颤器的那个大姐说她胸口那个机器“嘀嘀嘀”响，响了好几次了",
                "人没事，也没被电过",
            ],
            _patient(
                21670,
                "female",
                ("implantable cardioverter defibrillator", "heart failure"),
                pregnant=None,
            ),
            id="r73-zh-045",
        ),  # ESC 2022室性心律失常指南ICD随访部分：ICD报警音提示电池或电极异常，需当天联系器械门诊检查。
        pytest.param(
            [
                "装起搏器3个礼拜的阿姨，伤口那块这几天发红发热，鼓起来一点，按着疼",
                "今天早上流了一点黄水，体温37度3",
            ],
            _patient(25787, "female", ("pacemaker",), pregnant=None),
            id="r73-zh-048",
        ),  # ESC 2021心脏起搏指南（器械感染）：起搏器囊袋红肿热痛伴渗液提示囊袋感染，需当天转诊起搏中心评估，不宜自行切开或穿刺。
        pytest.param(
            [
                "70M new pacemaker last Thurs. since then constant hiccups, 'every few seconds, in time w his pulse' says wife",
                "can't sleep, otherwise well",
            ],
            _patient(25568, "male", ("pacemaker",), pregnant=None),
            id="r73-en-002",
        ),  # ESC 2021 cardiac pacing guideline: persistent hiccups after implantation suggest phrenic/diaphragm stimulation or lead displacement needing a same-day device check.
        pytest.param(
            [
                "65F says left side of her tummy keeps 'jumping'. rhythmic twitch, started 2 days after pacer fitted",
                "no dizzy, pulse 70",
            ],
            _patient(23741, "female", ("pacemaker", "diabetes"), pregnant=None),
            id="r73-en-013",
        ),  # ESC 2021 cardiac pacing guideline: rhythmic muscle twitching after implantation suggests lead displacement or extracardiac stimulation and needs same-day device review.
        pytest.param(
            [
                "76F pacemaker (for heart block), card says set at 60. pulse today 48 counted full min",
                "says tired last few days, no dizzy, no faints, BP 130/78",
            ],
            _patient(27759, "female", ("pacemaker", "heart block"), pregnant=None),
            id="r73-en-017",
        ),  # ESC 2021 cardiac pacing guideline: a pulse below the programmed lower rate suggests pacing malfunction and needs a same-day device check.
        pytest.param(
            [
                "59F pacemaker in 5 days ago. L arm swollen n heavy since yesterday, veins standing out on chest",
                "no SOB, obs fine",
            ],
            _patient(21550, "female", ("pacemaker",), pregnant=None),
            id="r73-en-038",
        ),  # ESC 2021 cardiac pacing guideline (complications): arm swelling after implantation suggests upper-limb venous thrombosis needing same-day assessment.
        pytest.param(
            [
                "88M pacemaker 8yrs. carer noticed skin over box gone v thin n shiny, 'can nearly see a wire poking'",
                "not red, no temp, he's his usual self",
            ],
            _patient(32142, "male", ("pacemaker", "dementia"), pregnant=None),
            id="r73-en-053",
        ),  # EHRA 2020 device infection consensus: impending erosion of a device through the skin is managed as pocket infection and needs same-day device-centre review.
        pytest.param(
            [
                "67M says his ICD has been 'beeping like an alarm clock' on n off since yesterday",
                "feels ok, no shocks. has a remote monitor box at home",
            ],
            _patient(24472, "male", ("implantable defibrillator", "heart failure"), pregnant=None),
            id="r73-en-060",
        ),  # ESC 2021 cardiac pacing guideline / manufacturer guidance: an audible ICD alert signals a lead or battery problem and needs device clinic review the same day.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "小伙子30岁，说有时候心跳一下子变得特别快，突然来突然停，持续几分钟，一个月一两回",
                "现在没发作，脉72齐的，不晕，干活跑步都没事",
            ],
            _patient(11019, "male", (), pregnant=None),
            id="r73-zh-002",
        ),  # NICE CKS心悸：阵发性心悸目前无症状、无晕厥及高危特征，常规安排心电图/动态心电图并转诊即可。
        pytest.param(
            [
                "吃氨氯地平三个月了，两个脚脖子晚上有点肿，早上起来就消了",
                "不喘，晚上能平躺，体重没变",
            ],
            _patient(23633, "female", ("hypertension",), pregnant=None),
            id="r73-zh-003",
        ),  # NICE NG136/CKS钙通道阻滞剂：双踝轻度水肿晨起消退、无心衰表现，属药物副作用，常规复诊调整用药即可。
        pytest.param(
            [
                "老高血压，早上擤鼻涕流鼻血，捏了十分钟止住了",
                "当时量170/100，歇会儿复测156/94，头不疼，说话走路都正常",
            ],
            _patient(23162, "male", ("hypertension",), pregnant=None),
            id="r73-zh-008",
        ),  # 国家基层高血压防治管理指南2020：鼻出血已止、血压未达紧急转诊标准且无靶器官损害症状，常规随访调整降压即可。
        pytest.param(
            [
                "一个大妈跟儿媳妇吵完架回来自己量血压168/98，吓坏了跑过来",
                "歇了半个钟头我给量138/86，她说头不疼不晕",
                "平时没高血压",
            ],
            _patient(21221, "female", (), pregnant=None),
            id="r73-zh-010",
        ),  # 国家基层高血压防治管理指南2020/NICE NG136：情绪激动后单次偏高、复测正常且无症状，安排家庭血压监测确认即可，无需急诊。
        pytest.param(
            [
                "初三女孩，早上升旗站了半天，太阳晒，说先是眼前发黑、出汗恶心，然后软下去了",
                "几秒就醒了，现在好好的，脸色回来了",
                "以前打针也晕过",
            ],
            _patient(5684, "female", (), pregnant=False),
            id="r73-zh-012",
        ),  # NICE CG109：有典型诱因和前驱症状、迅速完全恢复且无高危特征的单纯性血管迷走性晕厥，无需进一步转诊。
        pytest.param(
            [
                "45岁男的，昨晚喝了酒，半夜起来站着尿尿，尿完就晕倒了，一会儿就醒了",
                "今天好好的，没磕着，以前没这事",
            ],
            _patient(16566, "male", (), pregnant=None),
            id="r73-zh-019",
        ),  # NICE CG109：排尿性情境晕厥、无警示特征者无需紧急转诊，给予生活建议并常规心电图随访即可。
        pytest.param(
            [
                "老爷子每次来诊所量都是150多/90多，他说“一见穿白大褂的就紧张”",
                "家里电子血压计一个礼拜早晚测，平均128/78",
                "问要不要吃药",
            ],
            _patient(24651, "male", (), pregnant=None),
            id="r73-zh-023",
        ),  # ESC/ESH 2023高血压指南：诊室血压高而家庭血压正常为白大衣高血压，生活方式干预并定期随访即可。
        pytest.param(
            [
                "20多岁姑娘，说偶尔心里“咯噔”一下，像漏跳一拍，喝完奶茶咖啡更明显",
                "不晕不喘，爬山没事，脉78，量着偶尔停一下",
            ],
            _patient(9051, "female", (), pregnant=False),
            id="r73-zh-024",
        ),  # NICE CKS心悸：年轻、无器质性心脏病及警示症状的偶发早搏多为良性，减少咖啡因观察即可。
        pytest.param(
            [
                "装起搏器的老爷子问能不能用电磁炉，手机能不能放上衣口袋",
                "装了半年了一直挺好",
            ],
            _patient(26153, "male", ("pacemaker",), pregnant=None),
            id="r73-zh-028",
        ),  # ESC 2021心脏起搏指南患者教育：家用电器可正常使用，手机与起搏器保持15厘米以上、不放胸前口袋即可。
        pytest.param(
            [
                "怀孕26周的，说最近心跳比以前快，有时候能感觉到心跳",
                "脉96齐的，血压110/68，不喘不晕不胸疼",
            ],
            _patient(10330, "female", (), pregnant=True),
            id="r73-zh-033",
        ),  # NICE CKS心悸：妊娠期心率轻度增快属生理变化，无气短、晕厥、胸痛等警示症状时按常规产检即可。
        pytest.param(
            [
                "70岁老太太，吃一种降压药，家里测一个礼拜早晚平均146/88",
                "没啥不舒服，问是不是要加药",
            ],
            _patient(25745, "female", ("hypertension",), pregnant=None),
            id="r73-zh-036",
        ),  # 国家基层高血压防治管理指南2020：家庭血压略高于目标且无症状，在常规随访中调整方案即可。
        pytest.param(
            [
                "装起搏器三年的大爷，中午喝了凉啤酒吃了辣的，打嗝打了十来分钟",
                "现在停了，打得没规律，以前也这样",
            ],
            _patient(24257, "male", ("pacemaker",), pregnant=None),
            id="r73-zh-037",
        ),  # ESC 2021心脏起搏指南：植入多年后与进食相关、不规律且自行停止的打嗝不属膈神经刺激，无需处理。
        pytest.param(
            [
                "给老人做慢病随访，一个大爷脉不齐，摸着乱，一分钟82下",
                "他啥感觉都没有，血压130/80，能下地干活",
                "以前没说过有心脏毛病",
            ],
            _patient(26780, "male", ("hypertension",), pregnant=None),
            id="r73-zh-039",
        ),  # NICE NG196/中国心房颤动基层诊疗指南：无症状、心室率正常、血流动力学稳定的脉律不齐，常规安排心电图确诊和抗凝评估即可。
        pytest.param(
            [
                "房颤吃利伐沙班20毫克一天一次的，他说昨天忘吃了，今天早上才想起来",
                "问要不要今天吃两片补上",
            ],
            _patient(25825, "male", ("atrial fibrillation",), pregnant=None),
            id="r73-zh-046",
        ),  # NICE CKS抗凝（利伐沙班说明书）：一天一次方案漏服且已到次日，按原剂量照常服用，不可加倍补服。
        pytest.param(
            [
                "起搏器门诊寄来个单子说到时间程控检查了，让下个月去",
                "大娘问是不是起搏器出毛病了，要不要马上去，她自己挺好的",
            ],
            _patient(27115, "female", ("pacemaker",), pregnant=None),
            id="r73-zh-047",
        ),  # ESC 2021心脏起搏指南：起搏器常规每6–12个月随访程控，无症状者按预约复查即可。
        pytest.param(
            [
                "起搏器刚装了4天，伤口周围青了一块，巴掌大，平的不鼓",
                "不红不热不流水，也不发烧，她在吃阿司匹林",
            ],
            _patient(27800, "female", ("pacemaker",), pregnant=None),
            id="r73-zh-051",
        ),  # ESC 2021心脏起搏指南：术后平坦瘀斑、无张力性肿胀及感染征象属常见现象，居家观察并按时伤口复查即可。
        pytest.param(
            [
                "程控的时候医生说他起搏器电池“快到换的时候了”，让三个月内去换",
                "大爷吓得一晚上没睡，问今天要不要去，他没任何不舒服",
            ],
            _patient(29287, "male", ("pacemaker",), pregnant=None),
            id="r73-zh-053",
        ),  # ESC 2021心脏起搏指南：电池达到择期更换指标（ERI）后仍可正常工作数月，按计划择期更换即可。
        pytest.param(
            [
                "孩子4岁打疫苗来的，顺手听了下心脏有点吹风样的声音，躺着明显坐起来轻",
                "孩子能跑能跳，吃饭长个都正常，嘴唇不紫",
            ],
            _patient(1533, "female", (), pregnant=None),
            id="r73-zh-055",
        ),  # NICE CKS/AAP儿童心脏杂音：生长发育正常、无症状儿童的柔和、随体位变化杂音多为无害性杂音，常规门诊复查即可。
        pytest.param(
            [
                "大爷买了个手腕的血压计，一会儿量150，一会儿132，急得不行",
                "我用诊所的袖带量是134/82",
            ],
            _patient(25438, "male", ("hypertension",), pregnant=None),
            id="r73-zh-057",
        ),  # 国家基层高血压防治管理指南2020：推荐使用经认证的上臂式电子血压计，腕式读数波动大，指导正确测量即可。
        pytest.param(
            [
                "吃美托洛尔缓释片的大姐，今天测脉54，有点慌了",
                "不晕不累，活动正常，血压126/78",
            ],
            _patient(22038, "female", ("hypertension", "coronary heart disease"), pregnant=None),
            id="r73-zh-060",
        ),  # NICE CKS β受体阻滞剂：无症状心率50–60次/分属预期治疗效果，无需停药或急诊，常规随访即可。
        pytest.param(
            [
                "71F pacer, asks is it safe using her mobile and new induction hob, daughter read it 'could stop the pacemaker'",
                "feels fine",
            ],
            _patient(25933, "female", ("pacemaker",), pregnant=None),
            id="r73-en-006",
        ),  # ESC 2021 cardiac pacing guideline / manufacturer advice: normal phone use (kept about 15 cm from the device) and household appliances are safe, so advice only.
        pytest.param(
            [
                "68M pacemaker since March, flying to Spain next wk, worried airport scanner will 'switch it off'",
                "no probs w it, feels well",
            ],
            _patient(24837, "male", ("pacemaker",), pregnant=None),
            id="r73-en-007",
        ),  # ESC 2021 cardiac pacing guideline patient advice: passing airport security with a device card is safe; advice only.
        pytest.param(
            [
                "64M home BP this am 172/96 after a row w his son, panicking",
                "rechecked after 30 min sitting 134/82. no headache no sx. on amlodipine",
            ],
            _patient(23376, "male", ("hypertension",), pregnant=None),
            id="r73-en-008",
        ),  # NICE NG136 & 国家基层高血压防治管理指南2020: a single raised home reading after stress with a normal repeat and no symptoms needs routine follow-up with a home BP series.
        pytest.param(
            [
                "73F has pacemaker, L eyelid twitching on n off 1 wk, worried it's the box",
                "no chest or tummy twitching, no hiccups, sleeping badly, lots of tea",
            ],
            _patient(26663, "female", ("pacemaker",), pregnant=None),
            id="r73-en-012",
        ),  # ESC 2021 cardiac pacing guideline: eyelid twitching is unrelated to the device (stimulation causes chest or abdominal twitching), so self-care advice only.
        pytest.param(
            [
                "24M cyclist, pulse 46 at pre-employment check, nurse worried",
                "no faints, no dizzy, trains 10 hrs/wk, feels great",
            ],
            _patient(8766, "male", (), pregnant=None),
            id="r73-en-014",
        ),  # ESC 2021 cardiac pacing guideline: asymptomatic sinus bradycardia in a fit young athlete is physiological and needs no treatment.
        pytest.param(
            [
                "67F on amlodipine 10 since 2 months, ankles puffy by evening, gone by morning",
                "no SOB, sleeps flat, calves soft n equal",
            ],
            _patient(24472, "female", ("hypertension",), pregnant=None),
            id="r73-en-016",
        ),  # NICE NG136 / BNF amlodipine: bilateral ankle swelling from amlodipine without breathlessness needs routine medication review.
        pytest.param(
            [
                "75M got letter 'pacemaker check due' next month, rang worried his battery is running out",
                "feels well, no dizzy, pulse 70",
            ],
            _patient(27394, "male", ("pacemaker",), pregnant=None),
            id="r73-en-019",
        ),  # ESC 2021 cardiac pacing guideline: a routine scheduled device follow-up in a well patient is non-urgent.
        pytest.param(
            [
                "74F on apixaban, few bruises on arms 'from nothing', size of 10p coin",
                "no bleeding gums, no blood in wee/poo, no nosebleeds",
            ],
            _patient(27028, "female", ("atrial fibrillation",), pregnant=None),
            id="r73-en-020",
        ),  # NICE CKS anticoagulation (DOACs): minor bruising without other bleeding is a common side effect needing routine review, not stopping the drug.
        pytest.param(
            [
                "60M bisoprolol 5mg, pulse 54 at his BP review, worried it's 'too slow'",
                "no dizzy, no SOB, walks dog 2 miles daily, BP 128/76",
            ],
            _patient(21915, "male", ("hypertension", "angina"), pregnant=None),
            id="r73-en-022",
        ),  # NICE CKS beta-blockers: an asymptomatic pulse in the 50s on a beta-blocker is an expected effect needing routine review only.
        pytest.param(
            [
                "69M on warfarin, nosebleed this am, stopped after pinching 5 min. INR last wk 2.6",
                "feels fine, no more bleeding",
            ],
            _patient(25202, "male", ("atrial fibrillation",), pregnant=None),
            id="r73-en-025",
        ),  # NICE CKS epistaxis: a brief nosebleed that stops with first aid in a patient with a therapeutic INR needs home care advice only.
        pytest.param(
            [
                "70M pacemaker put in 8 wks ago, scar 'itchy as anything'",
                "looked - healed, no red, no swelling, no discharge, no temp",
            ],
            _patient(25568, "male", ("pacemaker",), pregnant=None),
            id="r73-en-026",
        ),  # ESC 2021 cardiac pacing guideline: an itchy, fully healed scar without redness, swelling or discharge is normal healing; skin care advice only.
        pytest.param(
            [
                "16F mum says her heart 'racing' before exams this wk, HR 96 reg when she came in",
                "settles when calm, no faints, no CP, drinking energy drinks",
            ],
            _patient(5844, "female", (), pregnant=False),
            id="r73-en-028",
        ),  # NICE CKS palpitations: sinus tachycardia with anxiety and caffeine without red flags needs self-care advice only.
        pytest.param(
            [
                "19M fainted while having blood test, went hot, sweaty, sick feeling first, out few secs",
                "now fine, sitting up having tea, obs normal, only ever happens w needles",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r73-en-031",
        ),  # ESC 2018 syncope guideline & NICE CG109: a typical vasovagal faint with prodrome and full recovery is low risk and needs no further investigation.
        pytest.param(
            [
                "56F home BP says 181/104 on her new wrist machine, arm machine at clinic 136/84 n 134/82",
                "she's a big lady, cuff was v tight?? no sx",
            ],
            _patient(20454, "female", ("hypertension",), pregnant=None),
            id="r73-en-033",
        ),  # 国家基层高血压防治管理指南2020 & NICE NG136: home BP needs a validated upper-arm monitor with the right cuff; a wrist reading with normal clinic BP and no symptoms needs advice only.
        pytest.param(
            [
                "27F BP 98/60 at new patient check, asks if 'low blood' dangerous",
                "feels well, no dizzy, no faints",
            ],
            _patient(9862, "female", (), pregnant=False),
            id="r73-en-034",
        ),  # ESC 2018 syncope guideline / NICE CKS: asymptomatic low-normal BP in a healthy young adult needs no treatment.
        pytest.param(
            [
                "83F annual review, pulse irregular 76, new nurse worried",
                "known AF for yrs on edoxaban n bisoprolol, no sx, BP 132/78",
            ],
            _patient(30316, "female", ("atrial fibrillation", "hypertension"), pregnant=None),
            id="r73-en-035",
        ),  # ESC 2023 AF guideline / NICE NG196: known permanent AF with controlled rate and no symptoms needs routine annual review only.
        pytest.param(
            [
                "42F c/o heart 'skips a beat then a big thump' few times a day, esp lying in bed. 3-4 coffees a day",
                "no faints, no CP, pulse 72 reg w the odd extra beat, BP 124/78",
            ],
            _patient(15340, "female", (), pregnant=False),
            id="r73-en-039",
        ),  # NICE CKS palpitations: occasional ectopic beats at rest without red flags are benign and need only routine ECG review and lifestyle advice.
        pytest.param(
            [
                "38F BP at clinic 164/98 again, she says always high here. home readings 1 wk avg 126/78 (log brought in)",
                "no sx, upset she'll need tablets",
            ],
            _patient(13880, "female", (), pregnant=False),
            id="r73-en-040",
        ),  # NICE NG136 1.2 & ESC/ESH 2023 hypertension guideline: high clinic but normal home averages indicate white-coat hypertension needing routine monitoring only.
        pytest.param(
            [
                "45M hiccups since lunch, had big meal n fizzy drink. about 2 hrs",
                "no heart probs, no pacemaker, otherwise well",
            ],
            _patient(16436, "male", (), pregnant=None),
            id="r73-en-044",
        ),  # NICE CKS hiccups: short-lived hiccups after a large meal in a well patient without a device need self-care only.
        pytest.param(
            [
                "4yo girl at check, dr heard soft murmur, mum panicking 'hole in heart?'",
                "thriving, plays all day, no blue spells, no SOB, weight fine. had fever last wk",
            ],
            _patient(1461, "female", (), pregnant=None),
            id="r73-en-047",
        ),  # NICE CKS heart murmurs in children / AAP: a soft murmur in a well, thriving child is likely innocent and needs routine review only.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
