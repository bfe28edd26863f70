# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-second held-out round (2026-12-07, at commit 2cd8486: two reviewers, 120 cases on older
people living at home, often frail or with dementia, told by family and carers: delirium, a long lie,
a fall on an anticoagulant, silent heart attacks and strokes, sepsis without fever, retention and a
blocked catheter, faecal impaction with overflow, hypothermia and dehydration in the heat, pressure
ulcers, a hip fracture that still walks a little, swallowing problems, medication mix-ups by
carers, end-of-life changes under a care plan, elder abuse; stable memory loss, a known slow gait,
a chronic stable dysphagia, angina unchanged for years and an expected death at home as
look-alikes; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules
found 15 of 16 and 15 of 16 emergencies, graded 11 of 24 and 9 of 24 same-day cases exactly, and
sent 2 and 1 look-alikes to emergency.

What changed: a long lie told as "found ... on floor", "there since yesterday evening", 躺了一宿 or
在地上躺了三四个钟头, and urine "dark like cola" or 颜色跟浓茶似的 (an emergency with a hip that turns
out); unconsciousness and rattly breathing under a palliative care plan are expected and go to the
palliative team the same day (NICE NG31), not an ambulance; a stroke named with years since it
(脑梗三年了) is the past, so a stable dysphagia is not a new stroke; groin pain after a fall at 65 or
over is an X-ray the same day (NICE CG124: an impacted fracture may still bear weight); an older
person afraid of the son who cares for her, with finger-shaped bruises, is abuse (WHO 2022); heat
with a dry mouth, little urine and dizziness at 65 or over is heat exhaustion; "sore on her bottom",
"blistery rash", "tip of the nose", "watery stuff leaking", 含一片硝酸甘油两三分钟就好, 一直都这样,
滑了一下 坐地上了, 起夜摔的, "totally fine". After: 16/16, 16/16; 14/24, 16/24; look-alikes
20/20, 20/20.

Kept deliberately: new confusion in an older person (with a urine infection, a new opioid, or quiet
and sleepy) stays an emergency, as do a head injury on apixaban, an INR of 8.6 with bruises and a TIA
the evening before. Left: uncontrolled pain at the end of life, a community pneumonia with CRB-65 of
1, a blocked catheter told in Chinese, a levodopa stopped, mild hypothermia."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "她闺女早上过去 发现老妈躺卧室地上 估计昨晚起夜摔的 躺了一宿",
                "起不来 右腿一动就喊疼 右脚往外撇着",
                "人糊里糊涂的 身上凉 尿裤子里了颜色跟浓茶似的",
            ],
            _patient(None, "female", ("骨质疏松",), pregnant=False),
            id="r42-zh-039",
        ),  # NICE CG124 Hip fracture + NICE NG249 Falls (long lie): unable to get up, suspected hip fracture, new confusion, hypothermia and dark urine (rhabdomyolysis) -> emergency ambulance transfer
        pytest.param(
            [
                "neighbour found 80 yr old lady on floor, thinks she was there since yesterday evening",
                "cant get up, right hip and side very sore, peeing small amounts dark like cola",
                "shes muddled, not sure what day it is",
            ],
            _patient(29310, "female", ("osteoporosis",), pregnant=False),
            id="r42-en-059",
        ),  # NICE CG161 falls / BGS: long lie with rhabdomyolysis signs (dark urine), new confusion and possible hip fracture -> emergency admission
    ],
)
def test_emergencies_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "前天在院子里滑了一下 坐地上了 自己爬起来的",
                "这两天说右边大腿根疼 走路一瘸一拐 扶着还能走几步",
                "82了 骨质疏松 家里人说是不是扭着了",
            ],
            _patient(29987, "female", ("骨质疏松",), pregnant=False),
            id="r42-zh-027",
        ),  # NICE CG124 Hip fracture: impacted femoral neck fracture may still allow weight bearing; persistent groin pain after fall in older person -> same-day X-ray (MRI if negative)
        pytest.param(
            [
                "老人半夜起来上厕所摔了 自己起不来 早上6点儿子才发现 在地上躺了三四个钟头",
                "现在扶起来了 神志清 说哪都不疼 能走",
                "就是身上有点凉 体温36.1",
            ],
            _patient(30823, "male", (), pregnant=None),
            id="r42-zh-050",
        ),  # NICE NG249 Falls (2025) post-fall assessment: long lie (>1 hour) carries risk of rhabdomyolysis, pressure damage and hypothermia -> same-day medical assessment
        pytest.param(
            [
                "去老人家随访 身上好几块青紫 新的旧的都有 胳膊上像手指头印",
                "屎尿都在床上 像是好几天没人管了 屋里就一个儿子 问啥都不说",
                "老人见了儿子就不敢吭声 bp110/70 hr88",
            ],
            _patient(30638, "female", ("阿尔茨海默病",), pregnant=False),
            id="r42-zh-051",
        ),  # WHO Abuse of older people fact sheet (2022) / 《老年人权益保障法》 / NICE NG189 Safeguarding adults: suspected physical abuse and neglect -> same-day medical assessment, injury documentation and safeguarding referral
        pytest.param(
            [
                "grandma 87 fell onto her side 2 days ago",
                "she can still walk few steps with frame but limps a lot, groin pain on the left",
                "pain worse when we lift the leg, leg looks normal length",
            ],
            _patient(31826, "female", ("osteoporosis",), pregnant=False),
            id="r42-en-002",
        ),  # NICE CG124 Hip fracture (impacted femoral neck fracture may still weight-bear; persistent groin pain after fall -> same-day X-ray)
        pytest.param(
            [
                "Grandma with Alzheimers, no proper poo for 9 days",
                "now brown watery stuff leaking into pad all day",
                "tummy a bit swollen, eating less, more agitated than usual",
                "no vomiting",
            ],
            _patient(32352, "female", ("Alzheimer's disease",), pregnant=False),
            id="r42-en-006",
        ),  # NICE CKS Constipation: faecal impaction with overflow in older person with new agitation (delirium precipitant, NICE CG103) -> same-day assessment
        pytest.param(
            [
                "hot weather 38 degrees for a week, dad 86 lives alone, found him weak",
                "mouth very dry, little dark pee, dizzy when stands",
                "BP lying 118/70 standing 96/58, HR 102, alert, temp 37.2",
            ],
            _patient(31741, "male", ("hypertension",), pregnant=None),
            id="r42-en-018",
        ),  # WHO Heat and health guidance (older adults, heat-related dehydration) ; NICE CKS dehydration with postural hypotension -> same-day assessment and fluids
        pytest.param(
            [
                "bed bound lady 90, sore on her bottom got bigger this week",
                "now size of palm, black in middle, smells bad, skin round it red and hot",
                "temp 37.8",
            ],
            _patient(
                33032,
                "female",
                (
                    "bedbound",
                    "previous stroke",
                ),
                pregnant=False,
            ),
            id="r42-en-024",
        ),  # NICE CG179 Pressure ulcers / EPUAP-NPIAP 2019: unstageable ulcer with spreading cellulitis -> same-day clinical assessment and antibiotics
        pytest.param(
            [
                "78F painful blistery rash on right forehead since yesterday, now on tip of nose too",
                "right eye red and watery",
            ],
            _patient(28749, "female", (), pregnant=False),
            id="r42-en-032",
        ),  # NICE CKS Shingles: herpes zoster ophthalmicus (Hutchinson sign, red eye) -> same-day ophthalmology
        pytest.param(
            [
                "volunteer visited old lady 83 who lives with her son",
                "finger-shaped bruises on both upper arms, burn mark on hand, very thin, no food in house",
                "she whispered she is afraid of him",
                "no acute illness, sitting and talking",
            ],
            _patient(30605, "female", (), pregnant=False),
            id="r42-en-034",
        ),  # WHO Elder abuse fact sheet 2022 / NICE NG189 safeguarding adults: suspected physical abuse and neglect -> same-day assessment and safeguarding referral
        pytest.param(
            [
                "yesterday evening grandpa's right hand went weak and words came out wrong for about 15 min",
                "now totally fine",
                "BP today 168/94",
            ],
            _patient(29695, "male", ("hypertension",), pregnant=None),
            id="r42-en-045",
        ),  # NICE NG128 Stroke and TIA 1.1.3 (suspected TIA, resolved: aspirin 300 mg and specialist assessment within 24 h)
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "老爷子脑梗三年了 喝稀水偶尔呛一下 一直都这样",
                "现在喝水都加增稠剂 吃糊糊没事",
                "不发烧 不咳痰 胃口挺好",
            ],
            _patient(
                30058,
                "male",
                (
                    "脑梗死后遗症",
                    "吞咽困难",
                ),
                pregnant=None,
            ),
            id="r42-zh-001",
        ),  # 中国吞咽障碍评估与治疗专家共识2017 / NICE CG162 Stroke rehabilitation: stable chronic dysphagia on modified fluids, no infection -> routine swallowing review
        pytest.param(
            [
                "我妈78 这两年记性越来越差",
                "刚说过的事一会儿又问 钥匙老找不着 不过吃饭穿衣都能自己来",
                "没有突然变化 家里想给她查查是不是老年痴呆",
            ],
            _patient(28786, "female", (), pregnant=False),
            id="r42-zh-003",
        ),  # NICE NG97 Dementia 1.2: gradual progressive memory decline without acute change -> routine referral to memory assessment service
        pytest.param(
            [
                "奶奶三天没大便了",
                "吃饭正常 肚子软乎 不疼 放屁",
                "以前也这样过 问问有啥办法",
            ],
            _patient(30327, "female", (), pregnant=False),
            id="r42-zh-005",
        ),  # NICE CKS Constipation: uncomplicated short constipation without red flags -> fluids, fibre, activity, OTC osmotic laxative if needed
        pytest.param(
            [
                "老年痴呆好几年了 一到傍晚就烦躁 老嚷嚷要回家",
                "半年多都这样 白天还好",
                "不发烧 吃喝拉撒跟平时一样 有啥办法没",
            ],
            _patient(31520, "female", ("阿尔茨海默病",), pregnant=False),
            id="r42-zh-006",
        ),  # NICE NG97 Dementia 1.7: long-standing unchanged sundowning without acute change -> routine review, non-drug management of distress
        pytest.param(
            [
                "这几天要37度了 我奶奶91 在家",
                "现在吃喝都好 精神也好 就是怕她中暑",
                "问问要注意些啥",
            ],
            _patient(33496, "female", (), pregnant=False),
            id="r42-zh-007",
        ),  # WHO Heat and health / 中国疾控中心高温热浪公众健康防护指南: well older person during heatwave -> preventive advice (fluids, cooling, checks)
        pytest.param(
            [
                "老头80 夜里起来尿三四回",
                "尿得慢 得等一会才出来 能尿干净 不疼",
                "好几年了 问问能不能开点药",
            ],
            _patient(29525, "male", ("前列腺增生",), pregnant=None),
            id="r42-zh-008",
        ),  # NICE CG97 Lower urinary tract symptoms in men: chronic voiding symptoms without retention or red flags -> routine assessment and treatment
        pytest.param(
            [
                "老太太一咳嗽打喷嚏就漏尿 好多年了",
                "不疼 不发烧 尿不红",
                "现在天天垫尿垫 想问有啥办法",
            ],
            _patient(None, "female", (), pregnant=False),
            id="r42-zh-015",
        ),  # NICE NG123 Urinary incontinence in women: long-standing stress incontinence without red flags -> routine assessment, pelvic floor training
        pytest.param(
            [
                "入冬了 老妈手脚老是冰凉",
                "屋里暖气不太热 她穿得少 体温36.5 精神好 吃饭正常",
                "别的也没啥不舒服",
            ],
            _patient(29313, "female", (), pregnant=False),
            id="r42-zh-016",
        ),  # UKHSA Cold Weather Plan / Keep Warm Keep Well: cold peripheries with normal temperature in well older person -> keep warm advice at home
        pytest.param(
            [
                "上礼拜老太太在厨房摔了 左边屁股青了一大块",
                "当时就能走 这几天疼得越来越轻 走路跟以前一样",
                "没吃抗凝药 青的地方开始发黄了",
            ],
            _patient(29804, "female", (), pregnant=False),
            id="r42-zh-018",
        ),  # NICE NG249 Falls (2025): fall a week ago with improving soft-tissue bruise and normal gait -> routine falls risk assessment
        pytest.param(
            [
                "老太太早上起床一翻身就天旋地转 几十秒就过去了",
                "坐着不动就没事 说话清楚 手脚有劲 头不疼",
                "前两天也这样过",
            ],
            _patient(28241, "female", (), pregnant=False),
            id="r42-zh-019",
        ),  # NICE CKS Vertigo – BPPV: brief positional vertigo without neurological signs -> routine Dix-Hallpike / Epley manoeuvre
        pytest.param(
            [
                "肺癌晚期的老太太 安宁疗护团队一直管着 家里签了不抢救 想在家里走",
                "这两天基本不吃不喝 大部分时间在睡",
                "喘气一阵快一阵慢 中间停十来秒 嗓子里有点呼噜声 看着倒不难受",
            ],
            _patient(30861, "female", ("肺癌晚期",), pregnant=False),
            id="r42-zh-021",
        ),  # NICE NG31 Care of dying adults 1.1 / 国家卫健委《安宁疗护实践指南（试行）》2017: expected signs of dying with advance care plan -> comfort care, contact palliative team, no emergency transfer
        pytest.param(
            [
                "帕金森好几年了 走路小碎步 身子往前倾",
                "这半年一直这样 没摔过 也没变坏",
                "家里问要不要去大医院看看",
            ],
            _patient(29747, "male", ("帕金森病",), pregnant=None),
            id="r42-zh-024",
        ),  # NICE NG71 Parkinson's disease 1.1/1.9: stable known parkinsonian gait -> routine specialist review every 6-12 months
        pytest.param(
            [
                "卧床老爷子后脚跟有块红印 硬币那么大",
                "手指头一按就发白 松开又红 皮没破",
                "护工两个钟头翻一次身 一直这样 没变大",
            ],
            _patient(
                31998,
                "male",
                (
                    "脑梗死后遗症",
                    "长期卧床",
                ),
                pregnant=None,
            ),
            id="r42-zh-029",
        ),  # NICE CG179 Pressure ulcers 1.1: blanching erythema with intact skin is not a pressure ulcer -> continue repositioning and heel offloading at home
        pytest.param(
            [
                "早上保姆忘了给老太太吃降压药 氨氯地平 现在都下午了",
                "量血压152/86 她没啥不舒服",
                "现在补上还是明天两片一块吃",
            ],
            _patient(29056, None, ("高血压",), pregnant=None),
            id="r42-zh-034",
        ),  # BNF / NHS medicines advice on missed doses: once-daily amlodipine missed, asymptomatic -> take when remembered unless near next dose, never double
        pytest.param(
            [
                "老爷子冠心病十来年了 上楼快了就胸口闷",
                "含一片硝酸甘油两三分钟就好 一直都这样 次数也没多",
                "歇着从来不疼 这回是来开药的",
            ],
            _patient(
                30368,
                "male",
                (
                    "冠心病",
                    "高血压",
                ),
                pregnant=None,
            ),
            id="r42-zh-037",
        ),  # NICE CG126 Stable angina: unchanged exertional angina relieved by GTN, no rest pain -> routine review and prescription
        pytest.param(
            [
                "我爸82 最近老是晚上八点就睡 半夜三四点就醒",
                "白天吃了饭打个盹 精神头还行 饭量正常",
                "这正常吗 要不要吃安眠药",
            ],
            _patient(30051, "male", (), pregnant=None),
            id="r42-zh-038",
        ),  # NICE CKS Insomnia + AGS Beers Criteria 2023: age-related earlier sleep timing without daytime impairment -> sleep hygiene advice, avoid hypnotics
        pytest.param(
            [
                "老太太昨天在院里让小板凳绊了一下 一屁股坐地上",
                "马上自己站起来了 没磕着头 哪都不疼 今天走路跟平时一样",
                "没吃抗凝药 就想问问以后咋防摔",
            ],
            _patient(29008, "female", (), pregnant=False),
            id="r42-zh-043",
        ),  # NICE NG249 Falls (2025): single minor fall without injury -> routine multifactorial falls risk assessment
        pytest.param(
            [
                "张大爷胰腺癌晚期 在家安宁疗护 家里早就签了放弃抢救",
                "今天早上6点多走的 很安详",
                "家属问现在咋办 要不要打120",
            ],
            _patient(None, "male", ("胰腺癌晚期",), pregnant=None),
            id="r42-zh-052",
        ),  # NICE NG31 Care of dying adults / 国家卫健委《安宁疗护实践指南（试行）》2017: expected death at home with care plan and DNACPR -> verification of death by GP/nurse, no ambulance or CPR
        pytest.param(
            [
                "老爷子两个胳膊背面老有紫斑 一块一块的 平的 不疼",
                "好几年了 消了又起 他吃阿司匹林",
                "牙龈不出血 大便正常 是不是血有毛病",
            ],
            _patient(31241, "male", ("冠心病",), pregnant=None),
            id="r42-zh-055",
        ),  # British Association of Dermatologists / DermNet: actinic (senile) purpura on forearms of older people is benign, no bleeding elsewhere -> reassurance and skin protection
        pytest.param(
            [
                "我妈两个脚脖子肿 下午重 早上轻",
                "吃氨氯地平好几年了 一直有点肿",
                "不喘 能躺平 体重没变",
            ],
            _patient(28229, "female", ("高血压",), pregnant=False),
            id="r42-zh-058",
        ),  # NICE CKS Hypertension / BNF amlodipine (dose-related ankle oedema): chronic bilateral dependent oedema without breathlessness or weight gain -> routine medication review
        pytest.param(
            [
                "mum 86 had stroke 3 yrs ago, coughs sometimes on thin drinks",
                "SLT saw her, we thicken drinks, same as always",
                "no fever, chest clear, weight stable, wondering if she needs another SLT review",
            ],
            _patient(
                31551,
                "female",
                (
                    "previous stroke",
                    "dysphagia",
                ),
                pregnant=False,
            ),
            id="r42-en-003",
        ),  # NICE NG236 Stroke rehabilitation (longstanding managed dysphagia without chest infection -> routine SLT review)
        pytest.param(
            [
                "gran 82 both ankles swollen by evening, gone by morning",
                "started amlodipine 2 months ago",
                "no breathlessness, sleeps flat, weight same",
            ],
            _patient(29980, "female", ("hypertension",), pregnant=False),
            id="r42-en-007",
        ),  # NICE CKS Hypertension / BNF amlodipine: dose-related ankle oedema without heart failure features -> routine medication review
        pytest.param(
            [
                "man 76 gets brief spinning when he rolls over in bed or looks up",
                "lasts under a minute, for a week now",
                "no weakness no speech problem no headache, walks normally between",
            ],
            _patient(28059, "male", (), pregnant=None),
            id="r42-en-008",
        ),  # NICE CKS Vertigo: BPPV (brief positional vertigo, no neurological signs) -> routine Dix-Hallpike/Epley
        pytest.param(
            [
                "grandpa dying of liver cancer at home, hospice nurse did care plan, DNACPR signed",
                "last day breathing changed, long pauses then fast breaths",
                "not eating or drinking, looks peaceful, no distress",
            ],
            _patient(
                32202,
                "male",
                (
                    "liver cancer",
                    "palliative care",
                ),
                pregnant=None,
            ),
            id="r42-en-014",
        ),  # NICE NG31 Care of dying adults 1.1 (recognising dying: Cheyne-Stokes breathing and reduced intake are expected; continue care plan, no transfer)
        pytest.param(
            [
                "noticed purple patches on backs of both forearms on grandpa 87",
                "he's on aspirin, skin very thin, they come and go over weeks, not sore",
                "no other bruises, gums fine, he says he knocks arms on the wheelchair",
            ],
            _patient(32076, "male", ("coronary heart disease",), pregnant=None),
            id="r42-en-016",
        ),  # NICE CKS Bruising / actinic (senile) purpura: benign age-related skin fragility -> routine review
        pytest.param(
            [
                "Mr Zhou 80 up to pee 3 times a night for a year or so",
                "stream slow but he empties ok, no pain, no blood",
                "just annoyed with it",
            ],
            _patient(29240, "male", ("hypertension",), pregnant=None),
            id="r42-en-019",
        ),  # NICE CG97 LUTS in men: chronic uncomplicated symptoms -> routine assessment
        pytest.param(
            [
                "carer forgot to give mum her amlodipine yesterday morning",
                "she's fine today, BP 146/84",
                "should she take 2 today?",
            ],
            _patient(30791, "female", ("hypertension",), pregnant=False),
            id="r42-en-023",
        ),  # NHS/BNF medicines advice on missed doses (amlodipine): do not double, take next dose as usual
        pytest.param(
            [
                "grandpa 84 has parkinsons, walks slow with shuffling little steps",
                "same as last year, no falls, no new weakness",
                "family asking if he should get a walker",
            ],
            _patient(30831, "male", ("Parkinson's disease",), pregnant=None),
            id="r42-en-025",
        ),  # NICE NG71 Parkinson's disease (stable gait: routine review, physiotherapy/OT referral)
        pytest.param(
            [
                "mum 83 goes to bed 9pm, wakes 4am every day, naps after lunch",
                "otherwise bright, eating well, no confusion",
                "is this normal?",
            ],
            _patient(30515, "female", (), pregnant=False),
            id="r42-en-028",
        ),  # NICE CKS Insomnia: normal age-related sleep changes -> sleep hygiene advice
        pytest.param(
            [
                "winter, grandma 88 hands and feet always cold",
                "room 18 degrees, wearing layers, alert and chatting",
                "temp 36.4",
            ],
            _patient(32472, "female", (), pregnant=False),
            id="r42-en-030",
        ),  # NICE NG6 Excess winter deaths / WHO Housing and health guidelines: normal temperature -> keep-warm advice
        pytest.param(
            [
                "grandma 79 slipped sitting down, slid off sofa onto carpet",
                "didnt hit head, got up by herself straight away, no pain, walking normal",
                "not on blood thinners",
            ],
            _patient(28974, "female", (), pregnant=False),
            id="r42-en-035",
        ),  # NICE CG161 Falls in older people 1.1 (fall without injury: routine multifactorial falls risk assessment)
        pytest.param(
            [
                "my father 78 hasnt opened bowels for 3 days",
                "eating normal, passing wind, tummy soft not painful",
                "he normally goes every 2 days",
            ],
            _patient(28579, "male", (), pregnant=None),
            id="r42-en-038",
        ),  # NICE CKS Constipation: mild constipation without red flags -> fluids, fibre, activity, OTC laxative
        pytest.param(
            [
                "really hot today, uncle 77 says he's sweaty and a bit thirsty",
                "drinking water fine, pee pale, no dizziness, feels ok",
                "what should we do",
            ],
            _patient(28284, "male", (), pregnant=None),
            id="r42-en-040",
        ),  # WHO Heat and health: public health advice on preventing heat illness (well older person -> fluids, cool environment)
        pytest.param(
            [
                "family called, aunt 93 passed away peacefully at 2am at home",
                "she was on end of life plan with our clinic, DNACPR in place, it was expected",
                "they ask what to do now",
            ],
            _patient(
                33998,
                "female",
                (
                    "heart failure",
                    "palliative care",
                ),
                pregnant=False,
            ),
            id="r42-en-042",
        ),  # NICE NG31 / Hospice UK Care after death 2022: expected death at home -> verification can wait for normal hours, no emergency call needed
        pytest.param(
            [
                "small skin tear on grandma's shin from the wheelchair footrest",
                "about 2cm, stopped bleeding with pressure, flap lies flat",
                "she's not on blood thinners, tetanus done last year",
            ],
            _patient(33152, "female", (), pregnant=False),
            id="r42-en-043",
        ),  # ISTAP Best practice recommendations for skin tears 2018: small type 1 skin tear -> clean, realign flap, simple dressing at home
        pytest.param(
            [
                "dad 85 with dementia gets more confused and restless every evening",
                "been like this about 6 months, same pattern, daytime he's his usual self",
                "no fever, eating drinking normal, nothing new",
            ],
            _patient(31326, "male", ("Alzheimer's disease",), pregnant=None),
            id="r42-en-049",
        ),  # NICE NG97 Dementia 1.7 (longstanding stable sundowning without acute change -> routine non-drug management review)
        pytest.param(
            [
                "she has a red patch on right heel from lying",
                "when I press it goes white then comes back pink",
                "skin not broken, been on and off for weeks, she's not in pain",
            ],
            _patient(31421, "female", ("dementia",), pregnant=False),
            id="r42-en-050",
        ),  # NICE CG179 Pressure ulcers / EPUAP-NPIAP 2019: blanching erythema (not a pressure ulcer) -> repositioning, heel off-loading, skin care
        pytest.param(
            [
                "my dad 81 has limped on the right for years, arthritis in his hip",
                "no fall, pain same as usual, paracetamol helps",
                "can we get a physio appt",
            ],
            _patient(29845, "male", ("osteoarthritis",), pregnant=None),
            id="r42-en-052",
        ),  # NICE NG226 Osteoarthritis: stable chronic hip OA -> routine physiotherapy/exercise
        pytest.param(
            [
                "lady 89 end stage dementia on palliative plan at home",
                "today rattly noisy breathing, she's unconscious but not distressed, no fever",
                "anticipatory meds in the house, daughter upset by the sound",
            ],
            _patient(
                32757,
                "female",
                (
                    "dementia",
                    "palliative care",
                ),
                pregnant=False,
            ),
            id="r42-en-057",
        ),  # NICE NG31 Care of dying adults 1.7 (noisy respiratory secretions: reassure family, follow care plan/anticipatory medicines)
        pytest.param(
            [
                "daughter worried about mum 80, forgetting names and repeating questions",
                "slowly getting worse over 2 yrs, no sudden change",
                "still cooks simple meals, physically well",
            ],
            _patient(29550, "female", (), pregnant=False),
            id="r42-en-060",
        ),  # NICE NG97 Dementia 1.2 (gradual cognitive decline: primary care tests then routine memory service referral)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
