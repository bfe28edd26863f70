# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fifty-first held-out round (2026-12-07, at commit 6d8ab93: two reviewers, 120 cases of fever and
infections in adults and adolescents: sepsis, meningitis, fever after travel (malaria, dengue),
typhoid, brucellosis, leptospirosis after floods, hantavirus, scrub typhus, tuberculosis,
pneumonia, cellulitis, shingles, influenza in high-risk people, adult chickenpox; 16 emergencies,
24 same-day and 20 look-alikes a set). Before these fixes the rules found 15 of 16 and 14 of 16
emergencies, graded 17 of 24 and 17 of 24 same-day cases exactly, and sent no look-alike to
emergency.

What changed: a large haemoptysis told as 咳了小半碗 or "about a cupful" (and "coughing up fresh red
blood"); a necrotising infection told as pain out of proportion ("in agony even though the leg
doesnt look that bad") with purple blisters; fever after travel to more tropical places ("back from
bali", "worked in angola", 从东南亚回来: malaria and dengue tests the same day, NICE CKS, WHO); fever
with pain behind the eyes and aching bones or a rash is suspected dengue (WHO 2009); blisters in
someone who never had chickenpox or was exposed to it is adult chickenpox (NICE CKS: antiviral
within 24 hours); flood work (发大水 排水清淤) is leptospirosis exposure; 全身痛 is body aches (influenza in
the high-risk); "stinging when she passes urine"; shingles "in a strip"; a face that cannot close
the eye or wrinkle the forehead. After: 16/16, 16/16; 21/24, 23/24; look-alikes 20/20, 20/20.

Kept deliberately: pneumonia in a 76-year-old with a respiratory rate of 31 (r51-zh-019), fever
with palatal petechiae and flushing after rodent exposure (r51-zh-028: haemorrhagic fever with
renal syndrome) and a swollen painful testicle at 39.2 (r51-en-020: torsion not excluded) stay
emergencies. Left: typhoid's stepwise fever with rose spots (r51-zh-025)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "52岁 肺结核 抗结核药吃了两个月了",
                "刚才咳血 一下子咳了小半碗 鲜红的 现在还在咳 脸煞白 手在抖",
            ],
            _patient(18993, "male", ("肺结核",), pregnant=None),
            id="r51-zh-015",
        ),  # 肺结核基层诊疗指南(2018年) / 咯血诊治专家共识: large-volume haemoptysis with signs of circulatory compromise is life-threatening → immediate transfer.
        pytest.param(
            [
                "57M cut his shin on a hoe 2 days ago",
                "red from ankle to knee now, spread a lot just since this morning. hes in agony even though the leg doesnt look that bad, some purple blisters coming up. HR 124 T 39.1",
            ],
            _patient(20819, "male", ("type 2 diabetes",), pregnant=None),
            id="r51-en-010",
        ),  # NICE NG141 and NICE CKS Cellulitis - acute, when to admit: pain out of proportion, rapid spread, bullae and skin discolouration with tachycardia suggest necrotising fasciitis -> immediate hospital admission
        pytest.param(
            [
                "55M with the old TB, coughing up fresh red blood since 30 min, already about a cupful in the basin",
                "pale and sweaty, HR 120",
            ],
            _patient(20089, "male", ("previous pulmonary tuberculosis",), pregnant=None),
            id="r51-en-016",
        ),  # NICE CKS Haemoptysis, management: massive haemoptysis with haemodynamic compromise (e.g. in TB) -> emergency admission by ambulance
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "26女 在广州打工 说那边最近好多发烧的 前几天刚回来",
                "发烧第3天 39度多 头痛 眼眶后面痛 浑身骨头痛 胳膊上起了红疹",
                "能吃能喝 没吐 肚子不痛 没出血 血压110/70",
            ],
            _patient(9497, "female", (), pregnant=False),
            id="r51-zh-024",
        ),  # 登革热诊疗指南(2024年版) / WHO Dengue 2009 group A: suspected dengue without warning signs needs same-day blood count/testing and reporting; not shock, so urgent.
        pytest.param(
            [
                "37男 上礼拜发大水 他一直光着脚帮着排水清淤",
                "前天开始发烧39 两个腿肚子痛得碰都不能碰 眼睛红 没出血 尿正常 不喘",
            ],
            _patient(13514, "male", (), pregnant=None),
            id="r51-zh-027",
        ),  # 钩端螺旋体病诊断 WS 290-2008 (流感伤寒型, early): flood exposure, fever, calf tenderness, conjunctival suffusion → same-day penicillin/doxycycline and monitoring; no bleeding, jaundice, oliguria or dyspnoea.
        pytest.param(
            [
                "74岁 糖尿病 心衰 今天早上开始发烧38.5 头痛 全身痛 咳嗽",
                "血氧95 呼吸20 血压135/80",
            ],
            _patient(27029, "male", ("糖尿病", "心力衰竭"), pregnant=None),
            id="r51-zh-032",
        ),  # 流行性感冒诊疗方案(2020年版): age ≥65 with chronic heart disease and diabetes = high-risk; antivirals within 48 h → same-day assessment; no severe criteria yet.
        pytest.param(
            [
                "28岁男 今天早上身上开始起水泡 脸上 胸口 后背都有 痒 体温37.9",
                "侄子上礼拜出水痘 他小时候没出过 一天抽一包烟 不喘 不咳",
            ],
            _patient(10227, "male", (), pregnant=None),
            id="r51-zh-034",
        ),  # NICE CKS Chickenpox: adults (especially smokers) presenting within 24 h of rash onset → consider oral aciclovir, so same-day doctor; no pneumonia signs.
        pytest.param(
            [
                "26F back from bali 4 days ago, fever since 3 days, bad pain behind the eyes and in her bones, red blotchy rash on arms",
                "no bleeding no tummy pain no vomiting, drinking ok BP 118/76",
            ],
            _patient(9497, "female", (), pregnant=False),
            id="r51-en-018",
        ),  # WHO Dengue guidelines 2009, group A/B assessment: suspected dengue without warning signs needs same-day clinical assessment, FBC and daily review; not an emergency while no warning signs
        pytest.param(
            [
                "28yo man, itchy spots and blisters all over, started yesterday evening. T 38.2",
                "says never had chickenpox as a kid. breathing fine no cough",
            ],
            _patient(10227, "male", ("smoker",), pregnant=None),
            id="r51-en-032",
        ),  # NICE CKS Chickenpox, adults: consider oral aciclovir if seen within 24 h of rash onset, especially smokers -> same-day prescriber; no pneumonia signs
        pytest.param(
            [
                "47M worked in angola for a year, came home 3 weeks ago",
                "fever 39 about every other day with sweats, bit tired. alert eating ok, no yellow eyes, BP fine",
            ],
            _patient(17167, "male", (), pregnant=None),
            id="r51-en-036",
        ),  # WHO Guidelines for malaria / China imported malaria management ('1-3-7' strategy): febrile returnee from Africa needs same-day parasitological test and treatment; no severe criteria
        pytest.param(
            [
                "83F T 38.2, stinging when she passes urine 2 days",
                "HR 88 BP 134/76 RR 18, alert knows where she is, eating a bit less than usual",
            ],
            _patient(30316, "female", ("hypertension", "osteoarthritis"), pregnant=False),
            id="r51-en-037",
        ),  # NICE NG51 Sepsis risk stratification (no high or moderate-high criteria) and NICE NG109/NG111 UTI: febrile UTI in an older woman needs same-day doctor assessment and antibiotics, not ambulance
        pytest.param(
            [
                "55M tingling burning pain R side of back and chest 3 days",
                "yesterday red blisters came up in a strip there. otherwise healthy, nothing on face or eye",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r51-en-038",
        ),  # NICE CKS Shingles, antiviral treatment: age >=50 and within 72 h of rash onset -> offer antiviral, so needs a same-day prescriber
        pytest.param(
            [
                "62M pain in right ear 2 days, now little blisters inside the ear",
                "this morning he cant close his right eye properly and mouth droops on that side, forehead doesnt wrinkle that side either",
            ],
            _patient(22646, "male", (), pregnant=None),
            id="r51-en-039",
        ),  # NICE CKS Shingles, Ramsay Hunt syndrome: ear vesicles with lower motor neurone facial palsy -> antiviral and urgent same-day ENT advice
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "25岁男 前天发烧38.5 嗓子痛流鼻涕 今天不烧了 量的36.8",
                "能吃能睡 就是还有点咳 问还要不要来打针",
            ],
            _patient(9131, "male", (), pregnant=None),
            id="r51-zh-041",
        ),  # 急性上呼吸道感染基层诊疗指南(2018年) / NICE CKS Common cold: self-limiting viral illness already improving, afebrile → home care, no injections/antibiotics.
        pytest.param(
            [
                "67岁女 昨天上午在卫生院打的流感疫苗",
                "晚上有点低烧37.6 打针的胳膊红了一小块 硬币那么大 有点痛 今天精神挺好 没别的",
            ],
            _patient(24472, "female", ("高血压",), pregnant=False),
            id="r51-zh-042",
        ),  # 中国流感疫苗预防接种技术指南 / WHO AEFI: low-grade fever and small local reaction within 1–2 days of vaccination are common and self-limiting → home care.
        pytest.param(
            [
                "29岁女 嘴唇边上起了一小簇水泡 起之前先痒 刺刺的",
                "以前感冒也起过 不发烧 眼睛没事",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r51-zh-043",
        ),  # NICE CKS Herpes simplex – oral: recurrent cold sore in a healthy adult, no eye involvement → self-care (OTC antiviral cream optional).
        pytest.param(
            [
                "22岁女 嗓子痛2天 流清鼻涕 咳嗽 没发烧",
                "看了扁桃体不大 没有白点 脖子上没摸到肿的疙瘩",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r51-zh-044",
        ),  # NICE NG84 Sore throat (acute): FeverPAIN 0 / Centor 0 → no antibiotic, self-care with analgesia.
        pytest.param(
            [
                "58岁男 上个月肺炎在镇医院住了一个礼拜 出院半个月了",
                "现在不烧了 还有点干咳 走路不喘 血氧97 想问要不要复查",
            ],
            _patient(21185, "male", (), pregnant=None),
            id="r51-zh-045",
        ),  # NICE NG138/CG191 Pneumonia: cough may persist up to 6 weeks after treated pneumonia; routine follow-up (chest X-ray at ~6 weeks if risk factors) → non-urgent appointment.
        pytest.param(
            [
                "73岁女 右边后背到胸口一条带子样的水泡 起了一个礼拜了 现在大部分结痂了",
                "还是有点痛 吃止痛药能睡着 脸上眼睛都没有 不发烧",
            ],
            _patient(26663, "female", ("高血压",), pregnant=False),
            id="r51-zh-046",
        ),  # NICE CKS Shingles: truncal zoster >72 h after onset, crusting, no eye involvement, immunocompetent → antiviral no longer indicated; routine review for pain control.
        pytest.param(
            [
                "36岁女 她儿子出水痘了 她问自己会不会被传上",
                "她小时候出过水痘 身上没疹子 不发烧 没怀孕",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="r51-zh-047",
        ),  # NICE CKS Chickenpox: a history of chickenpox means immunity; non-pregnant immunocompetent adult contact needs no prophylaxis → advice only.
        pytest.param(
            [
                "44岁男 刚从坦桑尼亚回来3天 在那边一直吃预防药",
                "现在好好的 不发烧 哪都不难受 就问要不要查疟疾",
            ],
            _patient(16071, "male", (), pregnant=None),
            id="r51-zh-048",
        ),  # WHO International travel and health (malaria) / 疟疾防治: asymptomatic returnee → finish prophylaxis course, seek same-day care for any fever in the coming months; no test now.
        pytest.param(
            [
                "29岁男 去版纳玩了一趟回来 胳膊腿上好多蚊子包 痒得很",
                "不发烧 头不痛 没起疹子 就是怕得那种蚊子传的病",
            ],
            _patient(10592, "male", (), pregnant=None),
            id="r51-zh-049",
        ),  # 登革热诊疗指南(2024年版): no fever or symptoms → no dengue case; symptomatic care of bites and advice to seek care if fever within 2 weeks.
        pytest.param(
            [
                "40岁男 前两天下田插秧 脚底被割了个小口子",
                "伤口不红不肿 不发烧 听说水田里有钩端螺旋体 问要不要打针",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r51-zh-050",
        ),  # 钩端螺旋体病诊断 WS 290-2008: diagnosis requires fever and compatible features; clean minor wound, afebrile → wound care and advice to return if fever within ~2 weeks.
        pytest.param(
            [
                "53岁女 前天上山采茶 腿上被虫子咬了个红包 很痒",
                "没发黑没结痂 不发烧 大腿根淋巴结不肿",
            ],
            _patient(19358, "female", (), pregnant=False),
            id="r51-zh-051",
        ),  # 恙虫病防治技术指南(试行): no eschar, no fever, no lymphadenopathy → simple insect bite; self-care with advice to watch for fever.
        pytest.param(
            [
                "36岁男 上礼拜打扫粮仓 到处是老鼠屎 没戴口罩",
                "现在一点不舒服都没有 也不烧 问要不要紧",
            ],
            _patient(13149, "male", (), pregnant=None),
            id="r51-zh-052",
        ),  # 肾综合征出血热防治指南: asymptomatic after rodent exposure → no treatment; advise return promptly if fever, headache, back pain appear in the next weeks; consider routine HFRS vaccination in endemic areas.
        pytest.param(
            [
                "57男 咳嗽快三个礼拜了 有白痰",
                "没咳血 不发烧 晚上不出汗 体重没掉 吃饭正常 抽了30年烟",
            ],
            _patient(20819, "male", (), pregnant=None),
            id="r51-zh-053",
        ),  # 肺结核诊断 WS 288-2017 / 肺结核基层诊疗指南(2018年): cough ≥2 weeks is a TB suspect symptom → refer to designated TB facility for sputum and chest X-ray within days; no danger signs.
        pytest.param(
            [
                "31岁女 早上起来脖子痛 转不了头 左边扯着痛",
                "不发烧 头不痛 没吐 低头下巴能碰到胸口 就是一转头就痛",
            ],
            _patient(11323, "female", (), pregnant=False),
            id="r51-zh-054",
        ),  # NICE CKS Neck pain – acute torticollis; NICE NG240 meningitis features absent (no fever, headache, flexion normal) → self-care.
        pytest.param(
            [
                "20岁男 左边腮帮子肿痛2天 耳朵下面那块 张嘴吃东西痛",
                "体温37.8 蛋蛋不痛 头不痛 不吐 肚子不痛",
            ],
            _patient(7305, "male", (), pregnant=None),
            id="r51-zh-055",
        ),  # NICE CKS Mumps / 流行性腮腺炎诊断 WS 270-2007: uncomplicated parotitis is self-limiting → home care, isolate 5 days, report case; no orchitis/meningitis/pancreatitis features.
        pytest.param(
            [
                "21岁女 上个月查出来是单核细胞增多症 嗓子早好了",
                "现在就是容易累 不发烧 肚子不痛 问能不能上体育课跑步",
            ],
            _patient(7670, "female", (), pregnant=False),
            id="r51-zh-056",
        ),  # NICE CKS Glandular fever: fatigue can persist for weeks; no abdominal pain → advice to avoid contact sports/heavy exertion for about a month after onset; self-care.
        pytest.param(
            [
                "17岁男生 发烧一天 38.3 头有点痛 流鼻涕嗓子痛 同桌也感冒了",
                "吃了退烧药降到37.2 人挺精神 脖子软的 身上没疹子 没吐",
            ],
            _patient(6209, "male", (), pregnant=None),
            id="r51-zh-057",
        ),  # NICE NG240: no meningitis features (neck supple, no rash, no vomiting, alert); 急性上呼吸道感染基层诊疗指南(2018年) → self-care with safety-netting.
        pytest.param(
            [
                "80岁老爷子 昨天低烧37.9 流鼻涕 今天早上量36.7",
                "吃饭跟平时一样 说话清楚 血压136/80 心率76 呼吸16",
            ],
            _patient(29220, "male", ("高血压",), pregnant=None),
            id="r51-zh-058",
        ),  # NICE NG51 Sepsis: no high or moderate risk criteria (normal mental state, vitals normal, fever settled) in an older adult with a cold → home care with safety-netting.
        pytest.param(
            [
                "50岁女 去年查出卵巢癌 化疗今年3月份全做完了 到现在8个多月 后面没再用抗癌药",
                "这两天流鼻涕 嗓子有点干 体温37.1 没发冷",
            ],
            _patient(18263, "female", ("卵巢癌（已完成化疗）",), pregnant=False),
            id="r51-zh-059",
        ),  # NICE NG151 Neutropenic sepsis applies to fever during/shortly after anticancer treatment; chemotherapy ended 8 months ago and no fever → ordinary cold, self-care.
        pytest.param(
            [
                "40岁女 咳嗽一个礼拜 一开始流鼻涕 现在白痰",
                "不发烧 不喘 听肺没啰音 血氧98 呼吸16 心率80",
            ],
            _patient(14610, "female", (), pregnant=False),
            id="r51-zh-060",
        ),  # NICE NG120 Cough (acute) / 急性气管-支气管炎基层诊疗指南(2018年): acute cough with normal vitals and clear chest, no pneumonia signs → self-care.
        pytest.param(
            [
                "30F had fever and cough since monday, T was 39",
                "today T 37.4, eating again, coughing less, just tired. obs all normal",
            ],
            _patient(10958, "female", (), pregnant=False),
            id="r51-en-041",
        ),  # NICE NG120 Cough (acute) and NICE CKS Common cold: self-limiting viral illness that is already improving with normal obs -> self-care and safety-netting
        pytest.param(
            [
                "67M had his flu jab and pneumonia jab yesterday, today T 37.9, arm sore and red around where the needle went",
                "bit achy but eating, no breathing problems",
            ],
            _patient(24472, "male", ("hypertension",), pregnant=None),
            id="r51-en-042",
        ),  # UKHSA Green Book chapter 8 (Vaccine safety and adverse events following immunisation): mild fever and local reaction within 48 h of vaccination are expected -> self-care, paracetamol
        pytest.param(
            [
                "25F tingly spot on her lip yesterday, today small cluster of blisters at the edge of upper lip, gets them every winter, no fever feels fine",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r51-en-043",
        ),  # NICE CKS Herpes simplex - oral: recurrent cold sore in a healthy adult -> self-care, optional OTC antiviral cream
        pytest.param(
            [
                "22yo sore throat since yesterday with runny nose and cough",
                "no temp, tonsils a bit red but no pus, no swollen glands",
            ],
            _patient(8036, "male", (), pregnant=None),
            id="r51-en-044",
        ),  # NICE NG84 Sore throat (acute): FeverPAIN 0-1 / Centor 0 -> no antibiotic, self-care advice
        pytest.param(
            [
                "27M flu like since yesterday, fever 38.6, aches, headache and dry cough",
                "no illnesses no meds. drinking fine, breathing normal SpO2 98",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r51-en-045",
        ),  # UKHSA guidance on antiviral agents for seasonal influenza: previously healthy adult with uncomplicated influenza is not in an at-risk group -> self-care, rest, fluids, safety-netting
        pytest.param(
            [
                "53M came in because he had fever 39 on saturday with shivers",
                "took paracetamol, no fever since sunday so 2 days now, feels back to normal. no travel, no cough, pee fine. asks if he needs anything",
            ],
            _patient(19358, "male", (), pregnant=None),
            id="r51-en-046",
        ),  # NICE NG51 Sepsis (no risk criteria) / NICE CKS Common cold: short febrile illness that has settled with no focus and normal function -> self-care with safety-net advice
        pytest.param(
            [
                "40M back from kenya 3 days ago, took his malaria tablets, no fever at all just jetlag tired, wants a malaria check because a colleague got it last year",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r51-en-047",
        ),  # UKHSA Guidelines for malaria prevention in travellers from the UK: asymptomatic traveller needs no test; finish prophylaxis and seek same-day care if fever within a year -> self-care advice
        pytest.param(
            [
                "19F student sore throat and runny nose since yesterday, mild headache, T 37.9",
                "few faint pink spots on her chest, they fade when i press a glass on them",
                "neck moves freely, chatting and alert, light doesnt bother her",
            ],
            _patient(6940, "female", (), pregnant=False),
            id="r51-en-048",
        ),  # NICE NG240 Bacterial meningitis and meningococcal disease, symptoms and signs: blanching rash with coryza, no neck stiffness, photophobia or altered consciousness -> viral illness, self-care with clear safety-netting
        pytest.param(
            [
                "58M farmer, lots of rats in his barn, heard about rat fever on the tv",
                "no fever no symptoms, just wants to know what to do",
            ],
            _patient(21185, "male", (), pregnant=None),
            id="r51-en-049",
        ),  # China HFRS prevention and control programme / WHO leptospirosis guidance (prevention): asymptomatic rodent exposure -> rodent control and protective advice, seek care if fever develops
        pytest.param(
            [
                "came back from guangzhou 10 days ago, lots of mosquito bites there",
                "worried about dengue. no fever no aches, bites just itchy",
            ],
            _patient(12418, "female", (), pregnant=False),
            id="r51-en-050",
        ),  # WHO Dengue guidelines 2009, clinical case definition: no fever means no suspected dengue; itchy bites -> self-care, return if fever within 2 weeks
        pytest.param(
            [
                "45F went picking mushrooms in the hills 3 days ago, now some itchy red bumps round her ankles",
                "i looked all over, no black scab anywhere. no fever feels fine",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r51-en-051",
        ),  # NICE CKS Insect bites and stings; scrub typhus case definition (China CDC guideline) needs fever +/- eschar: simple bites without fever -> self-care, return if fever
        pytest.param(
            [
                "74M had shingles on left chest 6 weeks ago, rash all healed now",
                "still burning pain there, worse at night, even clothes touching it hurts. no fever",
            ],
            _patient(27029, "male", ("type 2 diabetes",), pregnant=None),
            id="r51-en-052",
        ),  # NICE CKS Post-herpetic neuralgia / NICE CG173 Neuropathic pain: pain persisting after healed shingles -> routine GP review for neuropathic pain treatment
        pytest.param(
            [
                "35F blisters in a band on right side of waist, started 5 days ago, some crusting already",
                "otherwise healthy, mild pain, no fever, nothing near the face",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r51-en-053",
        ),  # NICE CKS Shingles: under 50, not immunocompromised, no eye involvement and >72 h from onset -> antiviral not needed, self-care and analgesia
        pytest.param(
            [
                "17yo had the blood test last week, positive for glandular fever",
                "still tired, sore throat, glands up in neck. eating and drinking ok, no tummy pain, breathing fine",
                "mum asks can he play football",
            ],
            _patient(6209, "male", (), pregnant=None),
            id="r51-en-054",
        ),  # NICE CKS Glandular fever: uncomplicated illness with no airway, fluid or abdominal concerns -> self-care, avoid contact sport for 1 month
        pytest.param(
            [
                "16M swelling in front of right ear and angle of jaw 2 days, T 37.8",
                "eating soft food ok. no headache, neck not stiff, no pain in testicles",
            ],
            _patient(5844, "male", (), pregnant=None),
            id="r51-en-055",
        ),  # NICE CKS Mumps: uncomplicated parotitis -> self-care, analgesia, exclusion from school for 5 days, notify; no orchitis or meningism
        pytest.param(
            [
                "81F both lower legs red and scaly, been like that for months, itchy",
                "not hot, no fever, legs bit swollen as usual",
            ],
            _patient(29585, "female", ("varicose veins", "heart failure"), pregnant=False),
            id="r51-en-056",
        ),  # NICE CKS Cellulitis - acute, differential diagnosis: bilateral chronic redness without fever is rarely cellulitis (likely venous eczema) -> routine review
        pytest.param(
            [
                "38M bitten by something while sleeping, red swollen itchy lump on forearm about 3cm since last night, redness not spreading, no fever",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r51-en-057",
        ),  # NICE NG182 / NICE CKS Insect bites and stings: local reaction without infection or systemic features -> self-care
        pytest.param(
            [
                "45F husband was diagnosed with TB last week at the county hospital",
                "she has no cough no fever no weight loss, asks if she should be checked",
            ],
            _patient(16436, "female", (), pregnant=False),
            id="r51-en-058",
        ),  # WHO consolidated guidelines on tuberculosis Module 2 (screening) / NICE NG33 contact tracing: asymptomatic household contact -> planned screening appointment, not urgent
        pytest.param(
            [
                "48M cough 5 weeks, some sweating at night, lost maybe 3kg",
                "no blood in phlegm, breathing ok, SpO2 97 T 37.5",
            ],
            _patient(17532, "male", ("smoker",), pregnant=None),
            id="r51-en-059",
        ),  # WHO consolidated TB guidelines (presumptive TB) / NICE NG33: chronic cough with sweats and weight loss, stable -> prompt referral for sputum and chest X-ray in coming days, not same-day/emergency
        pytest.param(
            [
                "41F cough 10 days after a cold, bit of clear phlegm. no fever, not breathless, chest clear, obs normal",
            ],
            _patient(14975, "female", (), pregnant=False),
            id="r51-en-060",
        ),  # NICE NG120 Cough (acute): antimicrobial prescribing: acute cough after a cold with no systemic features or signs of pneumonia -> self-care (cough may last 3-4 weeks)
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
