# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A forty-ninth held-out round (2026-12-07, at commit ad0fe4c: two reviewers, 120 cases of injuries
and poisoning in adults and older children: the face, nose, chest, joints and head, and medicine
overdose and toxicity, household and farm chemicals; 16 emergencies, 24 same-day and 20 look-alikes
a set). Before the fixes the rules found 12 of 16 and 12 of 16 emergencies, graded 7 of 24 and 6 of
24 same-day cases exactly, and sent 4 and 4 look-alikes to emergency. This file holds the round's
poisoning and medicine cases; its injury cases and their guards are in
test_heldout49_injury_fixes.py.

What changed for poisons and medicines: paracetamol taken too often or with a cold remedy that also
holds it is a staggered overdose (TOXBASE), an emergency with nausea, right upper pain or jaundice;
a child's iron tablets are weighed in mg/kg of elemental iron from the count, the salt and the
child's weight, and any vomiting, pain or blood is an emergency (TOXBASE iron); "mum's pregnancy
iron tablets" no longer make a three-year-old boy pregnant; drain cleaner (管道疏通剂) and a grass
killer are named poisons; a sip of household bleach without signs is advice the same day; chlorine
from bleach mixed with a toilet cleaner is graded by what goes on (UKHSA 2019) and a tight chest
with a cough after it is not read as a heart attack. After (with the injury fixes): 16/16, 16/16;
20/24, 20/24; look-alikes to emergency 1/20, 1/20. Later the same day drowsiness with small pupils
after a morphine increase became opioid toxicity (r49-en-054: 21/24).

Kept deliberately: glyphosate splashed on the skin (r49-zh-037: any pesticide on the skin stays an
emergency, the product often unknown), "worried he overdosed" (r49-en-031: a suspected overdose is
an emergency), kerosene or diesel drunk with coughing and a laundry pod bitten with coughing
(r49-en-007, r49-zh-057, r49-zh-048: aspiration), and a carbamazepine dose rise with double vision
and unsteadiness (r49-en-019, r49-zh-025: stays a possible posterior-circulation stroke)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "34岁男的 牙疼三天了 一直在吃泰诺林 650毫克的 每次两片 一天吃五六次",
                "同时还在喝感冒灵 说不知道里面也有扑热息痛",
                "今天恶心 右上肚子疼 不想吃饭 体重60公斤",
            ],
            _patient(12418, "male", (), pregnant=None),
            id="r49-zh-041",
        ),  # TOXBASE / MHRA paracetamol staggered overdose: >75 mg/kg in 24 h (here >120 mg/kg/day) with nausea and RUQ pain -> immediate hospital, start acetylcysteine without waiting for levels.
        pytest.param(
            [
                "42岁 干活渴了 把矿泉水瓶里装的管道疏通剂喝了一口",
                "现在嘴里疼 一直流口水 咽不下去 声音哑了",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r49-zh-047",
        ),  # TOXBASE caustics (sodium hydroxide drain cleaner): drooling, dysphagia, hoarseness indicate airway/oesophageal injury -> immediate transfer, do not induce vomiting.
        pytest.param(
            [
                "toothache 3 days, he's been taking 2 paracetamol every 3 hrs day and night plus cold & flu granules on top",
                "thinks around 20 tabs a day, he's about 72kg",
                "now nausea, vomited x3, pain under the R ribs and the whites of his eyes look a bit yellow to me",
            ],
            _patient(14975, "male", (), pregnant=None),
            id="r49-en-010",
        ),  # TOXBASE / NICE CKS paracetamol: staggered ingestion ~10 g/day (>75 mg/kg/24h) with vomiting, RUQ pain and possible jaundice = hepatotoxicity - immediate hospital transfer.
        pytest.param(
            [
                "3 yr old boy got into mums pregnancy iron tablets, ferrous sulphate 200mg",
                "about 10 missing, 1.5 hr ago. he's 14kg",
                "vomited twice, some dark stuff in it, crying with tummy pain",
            ],
            _patient(1157, "male", (), pregnant=None),
            id="r49-en-027",
        ),  # TOXBASE iron: ~650 mg elemental iron = ~46 mg/kg (>20 mg/kg referral threshold) with vomiting and abdominal pain, possible GI bleeding - immediate hospital.
        pytest.param(
            [
                "young woman drank a mouthful of grass killer after arguing with family, the green/blue one, about an hr ago, says mouth and throat burning, vomited once. walking and talking normally",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r49-en-046",
        ),  # China paraquat poisoning expert consensus (2013) / TOXBASE paraquat: any ingestion of a mouthful is potentially fatal even when the patient looks well - immediate transfer.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "52岁 刚才打扫厕所 把84和洁厕灵倒一块了 闻了好一股",
                "出来透气一个多钟头了 还是一直咳 胸口发紧",
                "血氧96 呼吸22 听着没有明显哮鸣音",
            ],
            _patient(18993, "female", (), pregnant=None),
            id="r49-zh-040",
        ),  # TOXBASE chlorine gas: persistent cough and chest tightness after exposure -> hospital assessment same day (risk of delayed pulmonary oedema); no hypoxia or distress so not ambulance.
        pytest.param(
            [
                "she was cleaning the toilet and mixed bleach with another toilet cleaner, strong smell",
                "left the room 2 hrs ago but still coughing, chest tight, a bit wheezy",
                "sats 95 RR 22 talking full sentences",
            ],
            _patient(20089, "female", (), pregnant=False),
            id="r49-en-037",
        ),  # TOXBASE chlorine gas: persistent cough, chest tightness and wheeze after exposure need medical assessment and observation (delayed pulmonary oedema) - same day.
        pytest.param(
            [
                "6 yr old girl ate some of grandma's ferrous sulphate 200mg tablets, 8 gone about an hour ago",
                "she's 22kg. playing, no vomiting yet",
            ],
            _patient(2344, "female", (), pregnant=None),
            id="r49-en-039",
        ),  # TOXBASE iron: ~520 mg elemental iron = ~24 mg/kg, above 20 mg/kg - hospital assessment and observation within hours; asymptomatic and well below 60 mg/kg.
        pytest.param(
            [
                "her oramorph was increased 2 days ago for hip pain",
                "daughter says she's sleepier, dozes off mid sentence, but wakes easy when you speak to her",
                "RR 14 sats 94 pupils small",
            ],
            _patient(30681, "female", ("osteoarthritis", "chronic kidney disease"), pregnant=None),
            id="r49-en-054",
        ),  # NICE CG140 opioids in palliative care / NICE CKS: early opioid toxicity in an older person with CKD after dose increase - same-day review; breathing adequate and rousable so not an emergency.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "有个大姐问 今天早上8点头疼吃了两片对乙酰氨基酚 0.5克的",
                "9点忘了又吃了两片 一共就这四片 体重60公斤",
                "现在没什么不舒服 问要不要紧",
            ],
            _patient(16802, "female", (), pregnant=False),
            id="r49-zh-011",
        ),  # TOXBASE / MHRA paracetamol: 2 g total (~33 mg/kg) is below the 75 mg/kg assessment threshold -> no hospital; do not exceed 4 g in 24 h.
        pytest.param(
            [
                "8岁 25公斤 在家偷吃了他妈的补铁药 硫酸亚铁 0.3克的",
                "数了一下少了3片 1个小时前吃的",
                "没吐没拉肚子 精神挺好 在外面玩",
            ],
            _patient(2922, "male", (), pregnant=None),
            id="r49-zh-015",
        ),  # TOXBASE iron: ~180 mg elemental iron (~7 mg/kg) is below 20 mg/kg -> no treatment, observe at home and return if vomiting/diarrhoea.
        pytest.param(
            [
                "7岁女孩 刚才把兑好的84消毒液当水喝了一小口 马上吐出来了",
                "漱了口 现在不咳 不流口水 咽东西不疼 能喝水 玩得好好的",
            ],
            _patient(2557, "female", (), pregnant=None),
            id="r49-zh-033",
        ),  # TOXBASE sodium hypochlorite: small accidental sip of diluted household bleach, asymptomatic -> rinse, fluids, home observation; return if drooling, pain or vomiting.
        pytest.param(
            [
                "52岁 吃碳酸锂好几年了 一直有点手抖 就拿筷子时候轻微抖",
                "上个月刚抽血查的锂浓度 医生说正常",
                "最近没拉肚子没吐 没加别的药 走路说话都好 就想问手抖能不能调药",
            ],
            _patient(18993, "female", ("双相情感障碍",), pregnant=None),
            id="r49-zh-039",
        ),  # NICE CKS Bipolar disorder - lithium: fine tremor is a common adverse effect; recent normal level and no toxicity features -> routine review.
        pytest.param(
            [
                "33岁 刷马桶的时候84和洁厕灵混了 呛了一下咳了几声",
                "马上开窗出去了 十来分钟就不咳了 现在不喘 胸口也不闷 说话正常",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r49-zh-045",
        ),  # TOXBASE chlorine gas: brief exposure, symptoms resolved in fresh air -> home, return if cough or breathlessness develops.
        pytest.param(
            [
                "62岁 吃阿米替林治神经痛的 每晚一片25毫克",
                "昨晚吃完忘了又吃了一片 就多了25",
                "今天早上稍微有点犯困 别的都好 心率76 血压125/80",
            ],
            _patient(22646, "female", ("带状疱疹后神经痛",), pregnant=None),
            id="r49-zh-049",
        ),  # TOXBASE amitriptyline: 50 mg total (<1 mg/kg), >12 h later with only mild drowsiness -> no hospital, resume usual dose.
        pytest.param(
            [
                "59岁 腰疼医生开了曲马多 一次一片50毫克一天三次",
                "今天中午那顿吃完又忘了吃了一片 一共多了一片",
                "人挺清醒 说话正常 不犯困 呼吸16",
            ],
            _patient(21550, "female", ("腰椎间盘突出",), pregnant=None),
            id="r49-zh-056",
        ),  # TOXBASE tramadol: one extra 50 mg tablet (daily total 200 mg, below 400 mg/day), alert, normal breathing -> home advice, space next dose.
        pytest.param(
            [
                "10岁 30公斤 发烧 奶奶给喝了对乙酰氨基酚混悬液",
                "妈妈回来不知道又给喝了一次 前后隔了两个钟头 每次15毫升 一毫升32毫克",
                "现在不烧了 精神好 没吐",
            ],
            _patient(3652, "female", (), pregnant=None),
            id="r49-zh-059",
        ),  # TOXBASE / MHRA paracetamol: 960 mg total (~32 mg/kg) below 75 mg/kg -> no treatment; keep proper dosing intervals.
        pytest.param(
            [
                "pt with dementia drank a mouthful of washing up liquid an hour ago",
                "vomited once, now back to himself, no coughing, breathing fine, eating a biscuit",
            ],
            _patient(28855, "male", ("dementia",), pregnant=None),
            id="r49-en-006",
        ),  # TOXBASE detergents: small ingestion of washing-up liquid causes mild GI upset only; no cough or aspiration signs - home care.
        pytest.param(
            [
                "10yo took a gulp from a cup with diluted bleach water in it, spat most out, 20 min ago",
                "no drooling, swallowing ok, voice normal, breathing fine",
            ],
            _patient(3713, "female", (), pregnant=None),
            id="r49-en-008",
        ),  # TOXBASE household bleach (hypochlorite): small accidental ingestion of dilute bleach without symptoms - rinse mouth, fluids, home observation.
        pytest.param(
            [
                "she mixed bleach and toilet cleaner yesterday, strong smell, coughed a few times",
                "opened the window went outside, cough stopped in 10 min",
                "today totally fine, no SOB, just asking if she needs checking",
            ],
            _patient(16071, "female", (), pregnant=False),
            id="r49-en-020",
        ),  # TOXBASE chlorine gas: brief exposure with symptoms resolved within minutes and none after 24 h - no assessment needed, ventilation advice.
        pytest.param(
            [
                "on co-codamol for his knee a week, now not opened bowels 4 days, passing wind, eating, no vomiting, tummy soft, wide awake, breathing normal",
            ],
            _patient(24106, "male", ("osteoarthritis",), pregnant=None),
            id="r49-en-023",
        ),  # NICE CKS constipation (opioid-induced): no red flags or toxicity signs - laxative, fluids and advice.
        pytest.param(
            [
                "pt on lithium, due her 3-monthly level, last one in range",
                "slight fine hand tremor she's had for years, no change. eating drinking fine, no D&V, no confusion",
            ],
            _patient(18993, "female", ("bipolar disorder",), pregnant=False),
            id="r49-en-029",
        ),  # NICE CG185 bipolar, lithium monitoring: stable longstanding fine tremor, no toxicity symptoms - routine 3-monthly blood test.
        pytest.param(
            [
                "4 yr old swallowed 2 of her mum's iron tablets, ferrous sulphate 200mg, 30 min ago, she's 16kg, playing fine, no vomiting",
            ],
            _patient(1491, "female", (), pregnant=None),
            id="r49-en-041",
        ),  # TOXBASE iron: 130 mg elemental = ~8 mg/kg, below 20 mg/kg - toxicity not expected; home advice, return if vomiting/diarrhoea.
        pytest.param(
            [
                "took 400mg ibuprofen for toothache then an hr later took another 400 by mistake, 800mg total, about 75kg, stomach fine",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r49-en-044",
        ),  # TOXBASE NSAIDs: ~11 mg/kg ibuprofen, far below the 100 mg/kg level where symptoms are expected - self-care.
        pytest.param(
            [
                "mum gave 7yo paracetamol syrup 120mg/5ml 10ml, then grandma gave another 10ml 2 hrs later not knowing",
                "he's 22kg, had a fever, now fine and eating",
            ],
            _patient(2770, "male", (), pregnant=None),
            id="r49-en-052",
        ),  # TOXBASE paracetamol: 480 mg = ~22 mg/kg, below 75 mg/kg - no toxicity expected, advice on dose spacing.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
