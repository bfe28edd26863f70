# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-first held-out round (2026-12-07, at commit 5e8da20: two reviewers, 120 cases on adolescents and
young adults, 12 to 25: eating disorders, self-harm and suicidal thoughts, overdoses told late, intoxication
(alcohol, nitrous oxide, MDMA, cannabis), collapse on the sports field, torsion, ectopic and concealed
pregnancy, emergency contraception, sexual health, new type 1 diabetes, meningitis contacts, abuse
disclosures; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found 14 of
16 emergencies in each language (a plan to jump from the roof tonight, "不想再活了"; twenty paracetamol told
as 二十来片; a concealed pregnancy in labour, "needs to push"; "two packets of paracetamol" two days ago with
yellow eyes), graded 15 of 24 and 12 of 24 same-day cases exactly, and sent 2 and 0 look-alikes to emergency.

What changed: 不想再活了, 从楼顶跳下去, 把自己的东西都送给, 想好了今晚 are suicidal intent; 要是自己消失就好了 a passive wish
to die; "thinking about hurting himself", cuts on the thighs "mum found", "it helps her cope" are self-harm
(NICE NG225: the same day); 二十来片 and "two packets of" are overdoses; contractions with the waters gone are
labour whatever the record says (a concealed pregnancy); a delusion that the neighbours are "poisoning his
food" is psychosis, not poisoning; a diagnosis posed as 会不会中毒 is a question; regular nitrous oxide with
numb feet or an unsteady gait (B12, same day), a pregnancy on isotretinoin (MHRA), a dormitory or flat
contact of meningococcal disease (UKHSA: prophylaxis within 24 hours), "UPSI", pills missed in the first week
(emergency contraception), "last drink about 14 hrs ago" (withdrawal), abuse "with a cable" and loop-shaped
marks. After: 16/16, 16/16; 18/24, 21/24; look-alikes 19/20, 20/20.

Kept deliberately: pain with a positive test and no scan stays an emergency (r61-zh-011, r61-en-032), as do
exertional syncope in a teenager (r61-zh-032, r61-en-057: ESC 2018 high risk), a painful scrotum at 21
(r61-zh-054: torsion is not excluded by the history), vaping with breathlessness and chest tightness
(r61-zh-024) and thoughts of ending his life (r61-en-055). A look-alike still sent to emergency: an
18-year-old's panic before an exam read as chest pain (r61-zh-016). Left: a dormitory contact told across
two messages (r61-zh-035), primary genital herpes (r61-zh-047)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "19岁小伙子来说胃不舒服，恶心",
                "问了半天才说昨晚跟女朋友吵架，吃了二十来片扑热息痛，一片500毫克的，家里人不知道",
                "现在看着还行，能走能说话，体重60公斤左右",
            ],
            _patient(7002, "male", (), pregnant=False),
            id="r61-zh-020",
        ),  # NICE CKS Poisoning or overdose / TOXBASE paracetamol: deliberate ingestion of about 165 mg/kg (over 75 mg/kg) risks delayed liver failure even when the person looks well, so needs immediate hospital transfer for levels and acetylcysteine.
        pytest.param(
            [
                "16岁男孩，爸爸说孩子这几天不对劲，把自己的东西都送给同学了",
                "单独问他，他说已经想好了今晚从楼顶跳下去，不想再活了",
                "现在坐着一句话不说，爸爸说家住18楼",
            ],
            _patient(6012, "male", (), pregnant=False),
            id="r61-zh-039",
        ),  # NICE NG225 (self-harm, 2022) and WHO mhGAP SUI module: a current plan, stated intent for tonight and access to means is imminent suicide risk — do not leave alone, emergency services.
        pytest.param(
            [
                "16F brought from school with tummy cramps coming every 2-3 minutes",
                "says water gushed out in the toilet, tummy large, mum had no idea she was pregnant",
                "now saying she needs to push",
            ],
            _patient(5898, "female", (), pregnant=True),
            id="r61-en-005",
        ),  # NICE NG235 (intrapartum care): an unbooked young woman with regular contractions, ruptured membranes and urge to push is in advanced labour — 999 and prepare for birth.
        pytest.param(
            [
                "23M came in with upper tummy ache on the right and feeling sick",
                "eventually admits he took two packets of paracetamol Sunday night after a break-up, didn't tell anyone, it's now Tuesday",
                "about 70kg, whites of eyes look a bit yellow",
            ],
            _patient(8518, "male", (), pregnant=False),
            id="r61-en-026",
        ),  # NICE CKS Poisoning or overdose / TOXBASE paracetamol: about 16 g (over 200 mg/kg) presenting late with RUQ pain and jaundice indicates liver injury — emergency hospital treatment now.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "22岁女大学生，说两个月来经常吸笑气",
                "这一周双脚发麻，像踩棉花，走路不稳，下楼梯要扶",
                "手也有点麻，大小便正常",
            ],
            _patient(8142, "female", (), pregnant=None),
            id="r61-zh-004",
        ),  # Association of British Neurologists guidance on nitrous oxide (2023) / 国内笑气相关神经损害共识: sensory ataxia after heavy nitrous oxide use needs same-day B12 treatment and neurology assessment.
        pytest.param(
            [
                "18岁高三男生，快高考了，爸妈说他这个月几乎不睡，饭也不怎么吃",
                "今天跟我说有时候会想要是自己消失就好了",
                "问了没有具体想法怎么做，没准备东西，愿意让家长陪着",
            ],
            _patient(6798, "male", (), pregnant=False),
            id="r61-zh-005",
        ),  # NICE NG225 / WHO mhGAP SUI module: suicidal thoughts without plan or means need same-day risk assessment, safety plan and mental-health referral.
        pytest.param(
            [
                "21岁女的，吃异维A酸治痘痘三个月了",
                "这个月月经没来，今早自己测了怀孕阳性",
                "说上个月避孕药漏吃了几次",
            ],
            _patient(7822, "female", (), pregnant=True),
            id="r61-zh-014",
        ),  # MHRA isotretinoin Pregnancy Prevention Programme / 中国痤疮治疗指南 (2019): isotretinoin is highly teratogenic — stop at once and same-day referral for specialist counselling.
        pytest.param(
            [
                "15F, mum found fresh cuts on her thighs",
                "superficial, already dressed, no infection",
                "says it helps her cope, denies suicidal intent or plan, happy to talk",
            ],
            _patient(5676, "female", (), pregnant=None),
            id="r61-en-001",
        ),  # NICE NG225: a young person who has self-harmed needs same-day psychosocial assessment and CAMHS referral; wounds minor and no imminent risk.
        pytest.param(
            [
                "19M, heavy skunk use, family say for 10 days he's convinced the neighbours are poisoning his food",
                "hearing voices commenting on him",
                "not threatening anyone, denies thoughts of harm, came with mum",
            ],
            _patient(7085, "male", (), pregnant=False),
            id="r61-en-006",
        ),  # NICE CG155 / NICE CG178: first-episode psychosis needs urgent same-day referral to early intervention in psychosis/crisis team; no immediate risk.
        pytest.param(
            [
                "23M, about a litre of vodka a day for the last year",
                "last drink about 14 hrs ago, shaky, sweaty, anxious",
                "HR 108, BP 148/92, orientated, never had fits, no hallucinations",
            ],
            _patient(8552, "male", (), pregnant=False),
            id="r61-en-008",
        ),  # NICE CG100 (alcohol-use disorders: physical complications): acute withdrawal needs same-day assessment for assisted withdrawal; no seizures or delirium so not an ambulance.
        pytest.param(
            [
                "21F on isotretinoin 3 months",
                "period late, positive pregnancy test this morning",
                "says she missed a few of her contraceptive pills last month",
            ],
            _patient(7858, "female", (), pregnant=True),
            id="r61-en-011",
        ),  # MHRA isotretinoin Pregnancy Prevention Programme: stop immediately and refer the same day for specialist counselling because of teratogenic risk.
        pytest.param(
            [
                "13M, PE teacher noticed loop-shaped marks on his back",
                "told the teacher his dad does it with a cable when he's angry",
                "doesn't want to go home tonight, obs normal",
            ],
            _patient(4834, "male", (), pregnant=False),
            id="r61-en-012",
        ),  # NICE CG89 (child maltreatment) / Working Together 2023: disclosure with loop marks needs same-day children's social care referral and child protection medical.
        pytest.param(
            [
                "19F on Microgynon, forgot 3 pills in the first week of the new pack",
                "UPSI on Tuesday and Thursday",
                "today's Friday",
            ],
            _patient(7203, "female", (), pregnant=None),
            id="r61-en-021",
        ),  # FSRH CHC guideline: two or more missed pills in week 1 with UPSI need emergency contraception today and condoms for 7 days.
        pytest.param(
            [
                "20M uni student, uses big canisters of nos most weekends",
                "2 weeks pins and needles both feet and hands, now unsteady in the dark",
                "Romberg positive, bladder and bowels fine",
            ],
            _patient(7426, "male", (), pregnant=False),
            id="r61-en-036",
        ),  # Association of British Neurologists nitrous oxide guidance (2023): subacute sensory ataxia needs same-day B12 replacement and neurology referral.
        pytest.param(
            [
                "19M, flatmate admitted last night with confirmed meningococcal septicaemia",
                "they share the flat kitchen and bathroom in halls",
                "he's completely well, no fever, no rash",
            ],
            _patient(7204, "male", (), pregnant=False),
            id="r61-en-038",
        ),  # UKHSA meningococcal disease public health guidance: household-type contacts in shared student flats need chemoprophylaxis as soon as possible, ideally within 24 hours.
        pytest.param(
            [
                "14M being bullied online, photos of him shared round school",
                "told his gran he's been thinking about hurting himself but hasn't done anything",
                "no plan, no means at home, gran with him",
            ],
            _patient(5400, "male", (), pregnant=False),
            id="r61-en-051",
        ),  # NICE NG225 and Keeping Children Safe in Education: bullying with new self-harm thoughts needs same-day risk assessment and safeguarding/school contact.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "16岁男生洗澡时发现左边阴囊上面摸着像一团蚯蚓",
                "不疼，站久了有点坠胀，躺下就摸不太到了",
                "两边睾丸大小差不多",
            ],
            _patient(5912, "male", (), pregnant=False),
            id="r61-zh-001",
        ),  # NICE CKS Scrotal pain and swelling: a left-sided varicocele that empties lying down is benign — routine review.
        pytest.param(
            [
                "17岁女生跳舞崴了左脚，外踝有点肿",
                "骨头上没有压痛，自己走过来的，走了十几步",
                "问要不要拍片",
            ],
            _patient(6244, "female", (), pregnant=None),
            id="r61-zh-007",
        ),  # Ottawa ankle rules / NICE CKS Sprains and strains: no bony tenderness and able to bear weight — no X-ray, self-care (rest, ice, compression, elevation).
        pytest.param(
            [
                "18岁女生，四天前吃了左炔诺孕酮紧急避孕药",
                "今天内裤上有一点点血，量很少，肚子不疼",
                "担心是不是宫外孕",
            ],
            _patient(6626, "female", (), pregnant=None),
            id="r61-zh-008",
        ),  # FSRH Emergency Contraception guideline: irregular spotting after levonorgestrel is a common side effect; self-care with pregnancy test 3 weeks after sex.
        pytest.param(
            [
                "17岁男生，昨晚打游戏连喝了三罐功能饮料，心跳很快，睡不着",
                "今天来已经没事了，心率82，律齐",
                "没晕过，不胸痛，家里没有猝死的人",
            ],
            _patient(6474, "male", (), pregnant=False),
            id="r61-zh-013",
        ),  # NICE CKS Palpitations: caffeine-related palpitations that have settled with no red flags need reassurance and cutting down caffeine.
        pytest.param(
            [
                "13岁男孩爱踢球，两边膝盖下面骨头凸起来，按着疼",
                "踢完球疼得厉害，休息就好，没摔过",
                "不发烧，膝盖不肿，晚上不疼醒",
            ],
            _patient(4919, "male", (), pregnant=False),
            id="r61-zh-021",
        ),  # NICE CKS Knee pain - assessment: Osgood-Schlatter pattern without red flags is self-limiting — activity modification and simple analgesia.
        pytest.param(
            [
                "20岁女生吃短效避孕药，昨天那片忘了，今天早上才想起来",
                "这板其他都按时吃的，现在是第二周",
                "问要不要吃紧急避孕药",
            ],
            _patient(7572, "female", (), pregnant=None),
            id="r61-zh-023",
        ),  # FSRH Combined Hormonal Contraception guideline: one missed/late pill — take it now and continue; no emergency contraception needed.
        pytest.param(
            [
                "16岁男孩哮喘，控制得挺好，一个月用一两次沙丁胺醇",
                "吸入激素快用完了，来开药",
                "现在不喘，夜里没憋醒过",
            ],
            _patient(5958, "male", ("支气管哮喘",), pregnant=False),
            id="r61-zh-026",
        ),  # 支气管哮喘基层诊疗指南 (2018): well-controlled asthma needing a repeat prescription is routine review.
        pytest.param(
            [
                "高三男生，考前一个月晚上睡不着，脑子里老想考试",
                "白天有点累，吃饭正常，没有情绪低落，没有不想活的想法",
                "家长问要不要给他吃安眠药",
            ],
            _patient(6298, "male", (), pregnant=False),
            id="r61-zh-027",
        ),  # 失眠基层诊疗指南 / NICE CKS Insomnia: short-term stress-related insomnia in a teenager is managed with sleep hygiene, hypnotics not advised.
        pytest.param(
            [
                "14岁男孩，脸上长了不少粉刺和几个小红疙瘩",
                "没有结节囊肿，没留疤，家长担心是不是内分泌有问题",
                "孩子挺在意的，但情绪还好",
            ],
            _patient(5387, "male", (), pregnant=False),
            id="r61-zh-028",
        ),  # NICE NG198 (acne vulgaris) / 中国痤疮治疗指南: mild acne is treated with topical products and self-care; no endocrine work-up needed.
        pytest.param(
            [
                "21岁男的，昨晚同学聚会喝多了，今早头疼、口干，吐了一次",
                "现在能喝水，说话清楚，走路稳，没摔过头",
                "问能不能开点药",
            ],
            _patient(7831, "male", (), pregnant=False),
            id="r61-zh-031",
        ),  # WHO mhGAP SUB module: a hangover with full alertness, fluids tolerated and no head injury is self-care; offer brief alcohol advice.
        pytest.param(
            [
                "12岁女孩，妈妈说孩子在班上被几个同学起外号、不跟她玩，回家哭过几次",
                "吃饭睡觉正常，成绩没变，身上没伤",
                "孩子说没想过伤害自己，妈妈想问怎么跟学校沟通",
            ],
            _patient(4444, "female", (), pregnant=None),
            id="r61-zh-036",
        ),  # WHO guidance on school bullying / 未成年人保护法: teasing without injury, self-harm thoughts or functional decline is handled routinely with school liaison and support.
        pytest.param(
            [
                "初一女生，早上升旗站了半个多小时，没吃早饭，先说眼前发黑、出汗、恶心，然后慢慢倒下",
                "不到半分钟就醒了，没抽搐没尿裤子，醒了很清楚",
                "喝了糖水，心率76，血压104/66，躺着站着都正常",
            ],
            _patient(4788, "female", (), pregnant=None),
            id="r61-zh-038",
        ),  # NICE CG109: typical vasovagal faint (prolonged standing, prodrome, quick full recovery, normal exam) needs no further referral — self-care advice.
        pytest.param(
            [
                "15岁女孩，妈妈担心她减肥，最近不吃晚饭改吃沙拉",
                "体重这三个月基本没变，BMI 19.5，月经正常",
                "心率72，血压108/68，孩子说就是想吃健康点，没有催吐",
            ],
            _patient(5644, "female", (), pregnant=None),
            id="r61-zh-041",
        ),  # NICE NG69: healthy-eating change with stable weight, normal periods and normal observations has no red flags — routine follow-up, no urgent referral.
        pytest.param(
            [
                "22岁女的，外阴瘙痒，白带像豆腐渣，没异味",
                "前几天感冒吃过抗生素",
                "不发烧，肚子不疼，以前也得过一次",
            ],
            _patient(8095, "female", (), pregnant=None),
            id="r61-zh-042",
        ),  # NICE CKS Candida - female genital: uncomplicated vulvovaginal thrush after antibiotics can be treated with over-the-counter antifungal.
        pytest.param(
            [
                "18岁男生，两周前确诊传染性单核细胞增多症，嗓子好多了",
                "能吃能喝，就是容易累，肚子不疼",
                "问下周能不能参加学校篮球比赛",
            ],
            _patient(6764, "male", (), pregnant=False),
            id="r61-zh-044",
        ),  # NICE CKS Glandular fever: self-care with advice to avoid contact sport and heavy lifting for about a month because of splenic rupture risk.
        pytest.param(
            [
                "19岁女生，吃异维A酸一个月，嘴唇干裂，鼻子有时有血丝",
                "情绪正常，睡眠好，一直在避孕，上周验孕阴性",
                "问要不要停药",
            ],
            _patient(7189, "female", (), pregnant=False),
            id="r61-zh-045",
        ),  # 中国痤疮治疗指南 (2019) / BNF isotretinoin: dry lips and minor nosebleeds are expected side effects managed with emollients; continue treatment.
        pytest.param(
            [
                "15岁女生，每次来月经第一天肚子疼得厉害，今天又疼，在学校哭了",
                "从初潮起就这样，吃布洛芬能缓解，量正常",
                "不发烧，没有性生活，疼在下腹正中",
            ],
            _patient(5522, "female", (), pregnant=False),
            id="r61-zh-050",
        ),  # NICE CKS Dysmenorrhoea: typical primary dysmenorrhoea responding to NSAIDs is self-care.
        pytest.param(
            [
                "20岁男的，两周前跟新认识的人发生关系，套中途破了",
                "现在没有任何症状，想查查有没有得病",
                "女方说已经自己吃过紧急避孕药了",
            ],
            _patient(7422, "male", (), pregnant=False),
            id="r61-zh-056",
        ),  # BASHH / NICE CKS sexual health: asymptomatic STI testing after the PEP window has passed is a routine appointment timed to window periods.
        pytest.param(
            [
                "19岁女的，55公斤左右，发烧头疼",
                "早上8点吃了两片扑热息痛500毫克，10点忘了又吃了两片，来问会不会中毒",
                "今天就吃了这些，不是故意的，没有不舒服",
            ],
            _patient(7262, "female", (), pregnant=None),
            id="r61-zh-057",
        ),  # TOXBASE / NICE CKS Poisoning: 2 g in a 55 kg adult is about 36 mg/kg, well under the 75 mg/kg threshold — no treatment; advise correct dosing.
        pytest.param(
            [
                "19F, freshers night out, feeling rough this morning",
                "headache, nausea, vomited once at 7am, now keeping water down",
                "alert, walking fine, no head injury, no drugs",
            ],
            _patient(7047, "female", (), pregnant=None),
            id="r61-en-002",
        ),  # WHO mhGAP SUB module: hangover with full alertness and fluids tolerated is self-care with brief alcohol advice.
        pytest.param(
            [
                "17F wants help stopping vaping, gets through a disposable a day",
                "no cough or breathing problems",
                "irritable when she tries to stop",
            ],
            _patient(6279, "female", (), pregnant=None),
            id="r61-en-003",
        ),  # NICE NG209 (tobacco and nicotine): stopping support is a routine appointment.
        pytest.param(
            [
                "17M glandular fever diagnosed 10 days ago, throat better",
                "eating and drinking fine, no tummy pain, spleen not felt",
                "wants to know if he can play rugby on Saturday",
            ],
            _patient(6301, "male", (), pregnant=False),
            id="r61-en-010",
        ),  # NICE CKS Glandular fever: self-care with advice to avoid contact sport for about a month because of splenic rupture risk.
        pytest.param(
            [
                "16M revision headaches, band-like, end of the day",
                "no vomiting, no visual problems, no night waking, neuro exam normal",
                "drinking lots of coffee, sleeping 5 hrs",
            ],
            _patient(6083, "male", (), pregnant=False),
            id="r61-en-016",
        ),  # NICE CG150 (headaches): tension-type headache without red flags — self-care, sleep and caffeine advice.
        pytest.param(
            [
                "18F had to leave mock exam, heart racing, couldn't breathe, tingly fingers",
                "settled within 15 mins with breathing exercises",
                "HR 84, sats 99%, no chest pain, has had a few of these before",
            ],
            _patient(6665, "female", (), pregnant=None),
            id="r61-en-018",
        ),  # NICE CG113: a settled panic attack with normal observations is managed by self-help and routine follow-up.
        pytest.param(
            [
                "21M wants a check-up, new partner, no symptoms",
                "last UPSI 3 weeks ago",
                "no discharge, no sores",
            ],
            _patient(7925, "male", (), pregnant=False),
            id="r61-en-020",
        ),  # BASHH / NICE CKS: asymptomatic STI screening is routine.
        pytest.param(
            [
                "17F started combined pill 6 weeks ago, light spotting on and off",
                "taking it every day, no missed pills, no pain, no bleeding after sex",
                "chlamydia test negative last month",
            ],
            _patient(6484, "female", (), pregnant=False),
            id="r61-en-022",
        ),  # FSRH CEU Problematic bleeding with hormonal contraception: spotting in the first 3 months is common and settles — self-care.
        pytest.param(
            [
                "17M fainted during his blood test, went pale and sweaty first",
                "out for about 10 seconds, no jerking, came round fully",
                "lying/standing BP normal, HR 70, feels fine now",
            ],
            _patient(6377, "male", (), pregnant=False),
            id="r61-en-027",
        ),  # NICE CG109: uncomplicated vasovagal faint with a clear trigger and full recovery needs no referral.
        pytest.param(
            [
                "23F itch and thick white discharge, no smell, after a course of antibiotics",
                "no pelvic pain, no fever, one regular partner, had this before",
                "wants to buy something",
            ],
            _patient(8686, "female", (), pregnant=None),
            id="r61-en-030",
        ),  # NICE CKS Candida - female genital: uncomplicated thrush — over-the-counter treatment.
        pytest.param(
            [
                "15M sharp pain left chest when he presses on it, started after a 100 press-ups challenge",
                "reproducible on palpation, no SOB, sats 99%, HR 76",
                "no fainting, no family heart problems",
            ],
            _patient(5748, "male", (), pregnant=False),
            id="r61-en-031",
        ),  # NICE CKS Chest pain: reproducible chest-wall strain after exercise with normal observations is self-care.
        pytest.param(
            [
                "15F, dad worried she's gone vegetarian and cut out chocolate",
                "weight stable on her centile, BMI 20, periods regular",
                "HR 70, BP 110/70, no vomiting or laxatives, SCOFF 0",
            ],
            _patient(5693, "female", (), pregnant=None),
            id="r61-en-033",
        ),  # NICE NG69: dietary change with stable weight, normal observations and negative screening has no red flags — routine.
        pytest.param(
            [
                "18M, first leg day at the gym 2 days ago, thighs really sore, hurts going downstairs",
                "urine normal colour, passing normal amounts",
                "no swelling, no weakness, otherwise well",
            ],
            _patient(6868, "male", (), pregnant=False),
            id="r61-en-035",
        ),  # Delayed-onset muscle soreness without dark urine or weakness (no rhabdomyolysis features) is self-care.
        pytest.param(
            [
                "14M blackheads and a few spots on forehead, no nodules or scarring",
                "wants something to clear it before school photos",
                "mood fine",
            ],
            _patient(5320, "male", (), pregnant=False),
            id="r61-en-037",
        ),  # NICE NG198 (acne vulgaris): mild acne — topical treatment and self-care.
        pytest.param(
            [
                "18M found a pea-sized lump at the top of his left testicle",
                "painless, there a few months, not changing",
                "smooth, separate from the testis, transilluminates",
            ],
            _patient(6712, "male", (), pregnant=False),
            id="r61-en-039",
        ),  # NICE CKS Scrotal pain and swelling / NICE NG12: a transilluminating lump separate from the testis is an epididymal cyst — routine.
        pytest.param(
            [
                "17F first time smoking weed at a friend's last night, got panicky and heart racing",
                "lasted about an hour, slept it off",
                "fine today, no hallucinations, no self-harm thoughts, mum wants her checked",
            ],
            _patient(6221, "female", (), pregnant=None),
            id="r61-en-040",
        ),  # WHO mhGAP SUB module: resolved acute cannabis anxiety is self-care with brief advice.
        pytest.param(
            [
                "18M, 65kg, took 1g paracetamol at 9am then another 1g at 11am by mistake",
                "nothing else today, not meant as harm, mood fine",
                "feels well, asking if he needs a blood test",
            ],
            _patient(6604, "male", (), pregnant=False),
            id="r61-en-043",
        ),  # TOXBASE / NICE CKS Poisoning: 2 g in 65 kg is about 31 mg/kg, far below 75 mg/kg — no bloods or treatment needed.
        pytest.param(
            [
                "22F rolled ankle on a night out in heels",
                "swollen over the outside ligament, no bony tenderness at malleoli, 5th metatarsal base or navicular",
                "walked in fine",
            ],
            _patient(8128, "female", (), pregnant=None),
            id="r61-en-047",
        ),  # Ottawa ankle rules / NICE CKS Sprains and strains: rules negative — no X-ray, self-care.
        pytest.param(
            [
                "20F, one-sided lower abdo twinge mid-cycle, day 14",
                "mild, a few hours, same every few months",
                "preg test neg, no fever, no discharge, abdomen soft",
            ],
            _patient(7578, "female", (), pregnant=False),
            id="r61-en-049",
        ),  # NICE CKS Dysmenorrhoea/pelvic pain: recurrent mild mid-cycle pain (mittelschmerz) with negative pregnancy test and normal exam is self-care.
        pytest.param(
            [
                "20F on combined pill, forgot yesterday's, remembered this morning — about 40 hrs since the last one",
                "middle of the pack, all others taken, had sex last night",
                "asking about the morning after pill",
            ],
            _patient(7443, "female", (), pregnant=None),
            id="r61-en-056",
        ),  # FSRH CHC guideline: a pill less than 48 h since the last one is late, not missed — take it now, no EC needed.
        pytest.param(
            [
                "16M, 4 energy drinks while gaming last night, heart pounding, couldn't sleep",
                "today HR 80 regular, BP 118/72",
                "never fainted, no chest pain, no family history of sudden death",
            ],
            _patient(6127, "male", (), pregnant=False),
            id="r61-en-058",
        ),  # NICE CKS Palpitations: settled caffeine-related palpitations with no red flags — reassurance and cut down.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
