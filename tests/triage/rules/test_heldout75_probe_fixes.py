# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-fifth held-out round (2026-12-07, at commit 82dc699: two reviewers, 120 cases on men's
health and the male urinary and genital tract at all ages: torsion, paraphimosis, priapism,
Fournier's gangrene, penile fracture, an incarcerated hernia in a baby, retention and clot
retention, urosepsis and an infected stone, a ruptured aneurysm called a kidney stone, HIV PEP,
sexually transmitted infections; 16 emergencies, 24 same-day and 20 look-alikes a set). Before
these fixes the rules found only 7 of 16 and 7 of 16 emergencies, the weakest of any round:
torsion told as 蛋蛋比右边高一点，碰一下就叫 or "ball higher up"; priapism told as 一直硬着不下去 or
"erection since 3am that won't go down", or "still stiff" after an alprostadil injection;
paraphimosis told as 包皮回不去了 or "foreskin pulled back… won't go forward"; penile fracture
("heard a pop… lost erection", 像个茄子); an infant's hernia that "usually pops back in but not
today"; painful retention (小肚子鼓得老高), clot retention on rivaroxaban, cauda equina told as
"numb round my bum"; an infected stone in a stone former; a first "kidney stone" at 71 with a
systolic of 98. Same day 12 of 24 and 13 of 24; no look-alike to emergency.

What changed: those wordings are read; paraphimosis is now an emergency (NICE CKS and EAU 2023:
reduce at once, immediate referral when it cannot be reduced; it was same day, and round 33's
r33-en-047 is regraded with it); a penile fracture is an emergency (EAU 2023 trauma); loin pain
with a fever in a stone former is an obstructed infected kidney (EAU 2023 §3.4.2); a first renal
colic over 60 with collapse is a possible ruptured aneurysm (NICE CKS renal colic, NG156); HIV PEP
exposures in more words (a split condom, condomless anal sex, "the HIV pill after sex"). After:
16/16, 16/16; 14/24, 17/24; look-alikes 20/20, 20/20.

Kept: chest tightness two days ago in a man asking about erectile dysfunction (r75-zh-018), a
torsion pain that came and went (r75-en-044), short repeated priapism in sickle cell disease
(r75-en-008) and chronic retention with a rising creatinine (r75-en-041) stay emergencies. Left:
painless visible haematuria, a testicular or breast lump and a raised PSA with back pain (the
reviewers graded these same day against the brief's two-week rule), a scrotal abscess, scrotal
trauma, first genital herpes, gonococcal conjunctivitis and nephritis in a child."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "14岁男孩,肚子疼3个多钟头了,吐了两回,他妈以为吃坏了",
                "刚才我按肚子不怎么疼,孩子扭扭捏捏的,后来才说'下面也疼'",
                "看了下左边蛋蛋比右边高一点,碰一下就叫,没发烧",
            ],
            _patient(5114, "male", (), pregnant=None),
            id="r75-zh-001",
        ),  # NICE CKS 阴囊疼痛与肿胀:青少年腹痛呕吐伴睾丸触痛、位置上移提示睾丸扭转,须立即送急诊泌尿外科手术探查,不能按胃肠炎观察。
        pytest.param(
            [
                "广州这边,一个非洲来的16岁男孩,他爸说他有镰状细胞贫血",
                "从早上5点多'那里'一直硬着不下去,到现在快5个钟头,疼得厉害",
                "冷敷了没用,孩子不好意思,一直拖到现在才说",
            ],
            _patient(5844, "male", ("sickle cell disease",), pregnant=None),
            id="r75-zh-006",
        ),  # EAU 阴茎异常勃起指南 / NICE CKS 镰状细胞病:勃起持续超过4小时为缺血性异常勃起,属泌尿外科急症,需立即急诊抽吸减压,否则阴茎永久损伤。
        pytest.param(
            [
                "62岁男,糖尿病十几年,血糖一直控制不好",
                "前两天说屁股和蛋蛋中间长了个疖子,今天整个阴囊肿得发亮,有一块颜色发黑",
                "疼得很厉害,比看上去还疼,体温38度9,心跳112,摸着有点'咯吱咯吱'的",
            ],
            _patient(22646, "male", ("diabetes",), pregnant=None),
            id="r75-zh-009",
        ),  # EAU 泌尿系感染指南 Fournier坏疽:糖尿病患者会阴阴囊肿痛迅速进展、皮肤发黑、捻发感伴发热心动过速为坏死性筋膜炎,需立即120送急诊清创和静脉抗生素。
        pytest.param(
            [
                "72岁男,前列腺大吃药好几年了",
                "昨晚喝了酒,从半夜到现在十来个钟头一滴尿都尿不出来",
                "小肚子鼓得老高,按着疼得要命,坐立不安",
            ],
            _patient(26298, "male", ("benign prostatic hyperplasia",), pregnant=None),
            id="r75-zh-013",
        ),  # NICE CKS 急性尿潴留:不能排尿伴下腹胀痛、膀胱膨隆为急性尿潴留,需立即导尿,村卫生室无条件时应马上送急诊。
        pytest.param(
            [
                "35岁男的,他老婆打来的电话",
                "说昨晚同房的时候'咔'一声,然后马上软了,现在那里又肿又紫,歪到一边,像个茄子",
                "尿尿还能尿,尿里好像有点血",
            ],
            _patient(12784, "male", (), pregnant=None),
            id="r75-zh-019",
        ),  # EAU 泌尿外伤指南 阴茎折断:性交时折断声伴迅速疲软、血肿畸形为阴茎折断,需急诊手术修补,尿中带血提示尿道损伤,应立即送医。
        pytest.param(
            [
                "5岁男娃,昨晚他奶奶洗澡时把包皮往后撸了,说'洗干净'",
                "今天早上包皮回不去了,卡在头后面一圈肿起来,头子又红又胀",
                "孩子哭着不敢尿,我试着推了一下推不回去",
            ],
            _patient(1826, "male", (), pregnant=None),
            id="r75-zh-023",
        ),  # NICE CKS 包茎与嵌顿包茎:包皮上翻后不能复位、龟头水肿为嵌顿包茎,属泌尿外科急症,手法复位失败需立即送急诊。
        pytest.param(
            [
                "45岁男,以前有肾结石,昨天右边腰疼又犯了",
                "今天开始打寒战,体温39度2,疼得直不起腰",
                "心跳118,血压104/70,尿很少",
            ],
            _patient(16436, "male", ("kidney stones",), pregnant=None),
            id="r75-zh-040",
        ),  # NICE NG118 肾与输尿管结石:结石伴发热寒战提示梗阻合并感染,需立即急诊入院引流减压,否则迅速进展为脓毒症。
        pytest.param(
            [
                "84岁男,瘫在床上,插着尿管",
                "护工说前天换尿管的时候把包皮翻上去洗,后来忘了翻回来",
                "今天看龟头肿得发亮,颜色有点暗紫,那一圈勒得很紧",
            ],
            _patient(30681, "male", ("stroke", "dementia"), pregnant=None),
            id="r75-zh-047",
        ),  # NICE CKS 包茎与嵌顿包茎:导尿后包皮未复位致嵌顿包茎、龟头发暗提示血运障碍,属泌尿外科急症,需立即送急诊复位。
        pytest.param(
            [
                "12岁男孩,两个钟头前踢球被人一脚踢到裆部",
                "一般踢到一会就好了,他疼到现在没减轻,还吐了",
                "右边蛋蛋往上缩着,横着摆,家里想先拿红花油擦擦",
            ],
            _patient(4383, "male", (), pregnant=None),
            id="r75-zh-051",
        ),  # NICE CKS 阴囊疼痛与肿胀 / EAU 儿童泌尿指南:外伤后睾丸痛持续不缓解、呕吐、睾丸高位横位须考虑睾丸扭转,立即急诊手术探查。
        pytest.param(
            [
                "46M, bad back 1wk after lifting, today says cant feel when he wipes, 'numb round my bum'",
                "hasnt peed since morning, no urge. both legs weak-ish",
                "no hx cancer",
            ],
            _patient(16971, "male", (), pregnant=None),
            id="r75-en-003",
        ),  # NICE CKS Sciatica (lumbar radiculopathy): saddle anaesthesia with painless urinary retention suggests cauda equina syndrome and needs immediate emergency referral for MRI and surgery.
        pytest.param(
            [
                "81M from care home, carer says his 'willy is swollen up like a balloon at the end'",
                "catheter changed by DN yesterday. foreskin pulled back behind the head n wont go forward, tight band",
                "glans dark purplish, he's agitated. obs stable",
            ],
            _patient(29785, "male", ("dementia", "long-term urinary catheter"), pregnant=None),
            id="r75-en-022",
        ),  # EAU Guidelines (paraphimosis) and NICE CKS Balanitis: paraphimosis after catheterisation with a dusky glans is a urological emergency needing immediate reduction in hospital if it cannot be reduced on site.
        pytest.param(
            [
                "15M sickle cell, mum says erection since 3am that 'won't go down' and it's really hurting",
                "now 9am. tried peeing n a walk, no change",
                "embarrassed, wanted to just take paracetamol",
            ],
            _patient(5538, "male", ("sickle cell disease",), pregnant=None),
            id="r75-en-026",
        ),  # NICE CKS Sickle cell disease and EAU priapism guideline: a painful erection lasting over 2-4 hours in sickle cell disease is ischaemic priapism needing emergency aspiration to prevent permanent erectile damage.
        pytest.param(
            [
                "62M, did his ED injection (alprostadil) at 8am, still stiff n painful now 1pm",
                "wife rang asking if he should 'wait it out', he doesnt want A&E",
                "on metformin, ramipril",
            ],
            _patient(22795, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r75-en-039",
        ),  # EAU Guidelines on Sexual and Reproductive Health (priapism): an erection persisting over 4 hours after intracavernosal injection is ischaemic priapism requiring emergency decompression.
        pytest.param(
            [
                "71M says 'kidney stone' pain L side n back since an hour, never had stones before",
                "heavy smoker, pale n sweaty, BP 98/60 HR 104 (usual BP ~150)",
                "urine dip neg for blood",
            ],
            _patient(26032, "male", ("hypertension", "copd"), pregnant=None),
            id="r75-en-043",
        ),  # NICE CKS Renal colic: in people over 60 with presumed first renal colic, a ruptured abdominal aortic aneurysm must be considered; pallor, hypotension and no haematuria need emergency transfer.
        pytest.param(
            [
                "5yo boy, mum pulled his foreskin back in the bath last night 'to clean it' n now it wont go back",
                "end of penis v swollen, he's crying, still weeing a bit",
                "mum tried ice, no luck",
            ],
            _patient(1916, "male", (), pregnant=None),
            id="r75-en-049",
        ),  # EAU/ESPU Paediatric Urology guideline: paraphimosis is an emergency requiring immediate reduction, under analgesia or anaesthesia in hospital if simple manual reduction fails.
        pytest.param(
            [
                "4mo boy, crying nonstop since lunch, vomited feeds x3",
                "mum found lump R groin going down into scrotum, hard, she says it 'usually pops back in' but not today",
                "lump reddish, he screams when touched",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r75-en-052",
        ),  # NICE CKS Hernia and EAU/ESPU Paediatric Urology guideline: an irreducible, tender inguinal hernia with vomiting in an infant is incarcerated and needs emergency surgical assessment.
        pytest.param(
            [
                "34M walking funny. says during sex last night heard a 'pop' n lost erection straight away",
                "penis now swollen n bruised, bent to the L, 'like an aubergine'",
                "bit of blood at tip when he peed this am",
            ],
            _patient(12628, "male", (), pregnant=None),
            id="r75-en-054",
        ),  # EAU Guidelines on Urological Trauma: a crack with sudden detumescence, swelling and deviation is penile fracture, and meatal blood suggests urethral injury; immediate surgical repair is needed.
        pytest.param(
            [
                "69M on rivaroxaban for AF, blood in urine since yesterday 'like red wine' with clots",
                "now only dribbling, says bladder full n sore, last proper wee 6h ago",
                "HR 96 BP 134/82",
            ],
            _patient(25452, "male", ("atrial fibrillation",), pregnant=None),
            id="r75-en-060",
        ),  # NICE CKS Urinary retention (acute) and EAU non-neurogenic male LUTS guideline: clot retention in an anticoagulated patient needs immediate hospital three-way catheter irrigation and review of anticoagulation.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "27岁男的,不好意思当面说,发微信问的",
                "他说昨晚跟网上认识的男的发生关系,肛交,没戴套,对方情况不知道",
                "大概20个小时前的事,现在没啥不舒服,问能不能吃那个'阻断药'",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r75-zh-007",
        ),  # WHO HIV暴露后预防指南 / BASHH PEP指南:高风险暴露后应尽快(最好24小时内、不超过72小时)开始阻断药,需今天到定点医院或疾控评估,无需120。
        pytest.param(
            [
                "34岁男的,说前天晚上跟女朋友同房套破了",
                "女朋友是艾滋病感染者,他说她'最近没好好吃药'",
                "大概40个钟头了,他现在没什么不舒服",
            ],
            _patient(12418, "male", (), pregnant=None),
            id="r75-zh-031",
        ),  # BASHH PEP指南 / 中国艾滋病诊疗指南:与未规律治疗的HIV感染者无保护性交属高危暴露,须72小时内尽快开始阻断药,今天就要到定点医院。
        pytest.param(
            [
                "55M, fever since yesterday 38.4, pain 'between legs, behind balls', burning n slow stream",
                "HR 96 BP 130/80 RR 18, alert",
                "no catheter, no recent procedures",
            ],
            _patient(20228, "male", (), pregnant=None),
            id="r75-en-006",
        ),  # NICE NG110 Prostatitis (acute): suspected acute bacterial prostatitis without sepsis needs same-day oral antibiotics after a urine sample, with admission only if systemically very unwell.
        pytest.param(
            [
                "19M came w friend, says he was assaulted last night by a man he didnt know, anal, no condom",
                "~14h ago. v quiet, doesnt want police yet",
                "minor bruising, obs ok",
            ],
            _patient(6979, "male", (), pregnant=None),
            id="r75-en-017",
        ),  # BHIVA/BASHH PEPSE 2021 and WHO clinical management of sexual violence: after anal sexual assault, PEP assessment should happen today, as early as possible within 72 hours, alongside STI prophylaxis and support.
        pytest.param(
            [
                "26M asking about 'the HIV pill after sex'",
                "condomless receptive anal sex last night ~11pm w a guy he met, who texted this am he's HIV+ n 'stopped his meds'",
                "not on PrEP. no symptoms",
            ],
            _patient(9501, "male", (), pregnant=None),
            id="r75-en-020",
        ),  # BHIVA/BASHH PEPSE 2021: PEP is recommended after receptive anal sex with a partner with HIV and a detectable or unknown viral load, started as soon as possible and within 72 hours.
        pytest.param(
            [
                "41M had vasectomy 4 days ago, L side scrotum now more swollen, red, hot",
                "T 37.9 HR 90, says 'more sore each day'",
                "wound has a bit of yellow ooze",
            ],
            _patient(15050, "male", (), pregnant=None),
            id="r75-en-037",
        ),  # NICE CKS Scrotal pain and swelling and BAUS vasectomy information: worsening post-vasectomy swelling with fever and discharge suggests infection needing same-day assessment and antibiotics.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "40岁男的,早上尿是红的,吓坏了,跑过来问是不是尿血",
                "问了下昨天晚上吃了两个红心火龙果,不疼不发烧,尿尿也不急不痛",
                "尿试纸测了潜血阴性,今天第二次尿颜色已经淡了",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r75-zh-002",
        ),  # NICE CKS 血尿:红心火龙果等食物色素可致'红尿',试纸潜血阴性、无症状且颜色随进食消退者为假性血尿,多饮水居家观察即可。
        pytest.param(
            [
                "3岁男娃,他奶奶说尿尿时包皮'鼓个小包',像吹气球,尿完就瘪了",
                "包皮翻不下去,头露不出来,没有红肿,尿线正常,不哭不闹",
                "家里想问要不要马上去割",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r75-zh-005",
        ),  # NICE CKS 包茎与包皮龟头炎:学龄前儿童包皮不能上翻属生理性包茎,排尿时包皮鼓起无需处理,勿强行上翻,居家观察即可。
        pytest.param(
            [
                "19岁大学生,放假回来,说左边阴囊摸着'像一团蚯蚓'",
                "站久了有点坠胀,躺下去就摸不到了,不疼不红",
                "他在网上查吓到了,怕是肿瘤",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r75-zh-008",
        ),  # EAU 男科指南 精索静脉曲张:左侧、平卧消失的'蚯蚓团'为典型精索静脉曲张,属良性,常规门诊评估即可,不需急诊。
        pytest.param(
            [
                "58岁男的,说这半年晚上起夜一回,尿线比以前细点",
                "白天不急不痛,没血尿,没发烧,能尿干净,尿常规正常,问卷打分大概6分",
                "他说晚上喜欢喝两杯浓茶",
            ],
            _patient(21184, "male", (), pregnant=None),
            id="r75-zh-011",
        ),  # NICE CG97 男性下尿路症状:轻度症状、无血尿感染和尿潴留者,建议减少晚间饮茶饮水等生活方式调整并自我观察。
        pytest.param(
            [
                "4岁男娃,他妈妈给他洗澡发现右边'蛋蛋有时候不见了'",
                "我摸了,能推到阴囊里,放手后也能待一会,孩子不疼",
                "出生的时候体检说两边都有的",
            ],
            _patient(1461, "male", (), pregnant=None),
            id="r75-zh-014",
        ),  # NICE CKS 隐睾:可推入阴囊并停留的为回缩性睾丸,属正常变异,无需急诊,常规随访观察是否上移即可。
        pytest.param(
            [
                "23岁小伙,很紧张,说龟头边上一圈'小肉粒',怕是尖锐湿疣",
                "我看了一下,很小,白色,整整齐齐排一两圈,不痒不疼不破",
                "他说好几年了,最近才注意到",
            ],
            _patient(8401, "male", (), pregnant=None),
            id="r75-zh-017",
        ),  # BASHH 生殖器疣指南(鉴别诊断):冠状沟环形排列的细小珍珠样丘疹为阴茎珍珠样丘疹,属正常变异,无需治疗,安抚即可。
        pytest.param(
            [
                "42岁男,自己摸到左边蛋蛋上面有个小疙瘩,黄豆大",
                "我摸着是和睾丸分开的,软的,在睾丸上头,手电筒一照透亮",
                "不疼,几个月了没长大",
            ],
            _patient(15340, "male", (), pregnant=None),
            id="r75-zh-020",
        ),  # NICE CKS 阴囊肿物:与睾丸分开、可透光的囊性肿物多为附睾囊肿,属良性,可常规门诊B超确认,无需急诊。
        pytest.param(
            [
                "32岁男,有点不好意思,说前天同房射出来的'带了点红的'",
                "就这一次,尿尿正常,不疼不发烧,没有不洁性生活",
                "人挺好的,问是不是肾出问题了",
            ],
            _patient(11688, "male", (), pregnant=None),
            id="r75-zh-024",
        ),  # NICE CKS 血精:40岁以下单次血精、无其他症状和危险因素者多为良性自限,安抚观察即可,反复或伴其他症状再就诊。
        pytest.param(
            [
                "13岁男孩,他妈说左边奶头下面长了个'硬疙瘩',一碰就疼",
                "我摸了一下,在乳晕正下面,硬币大,能动,没流东西",
                "孩子这一年长个子很快,声音也在变",
            ],
            _patient(4748, "male", (), pregnant=None),
            id="r75-zh-027",
        ),  # NICE CKS 男性乳房发育:青春期男孩乳晕下触痛的盘状结节为生理性乳房发育,多在1-2年内自行消退,安抚观察即可。
        pytest.param(
            [
                "52岁男,上个月开始吃结核药,在县疾控领的",
                "这两天说尿是橘红色的,眼泪汗也有点发红,担心尿血",
                "不疼不发烧,眼睛不黄,能吃饭",
            ],
            _patient(18993, "male", ("tuberculosis",), pregnant=None),
            id="r75-zh-030",
        ),  # 中国肺结核基层诊疗指南 / WHO 结核病治疗指南:利福平可使尿液、汗液、泪液呈橘红色,属正常药物反应,无黄疸等不良反应者继续服药、安抚即可。
        pytest.param(
            [
                "46岁男,糖尿病高血压好几年,说最近一年那方面越来越不行",
                "早上也很少有'晨勃',没有胸闷胸痛,爬楼还行",
                "血压146/92,空腹血糖8点几,他想直接买伟哥吃",
            ],
            _patient(16802, "male", ("diabetes", "hypertension"), pregnant=None),
            id="r75-zh-034",
        ),  # 中国男性勃起功能障碍诊治指南 / EAU 男性性功能障碍指南:糖尿病男性的ED提示心血管风险,应常规门诊评估心血管危险和血糖血脂后再用药,无胸痛时不必急诊。
        pytest.param(
            [
                "15岁男孩,他妈带来的,说孩子'跑马'了,一个月两三次",
                "他奶奶说是'肾虚',要给他吃补肾的药",
                "孩子平时好好的,发育正常,没有别的不舒服",
            ],
            _patient(5479, "male", (), pregnant=None),
            id="r75-zh-037",
        ),  # 中国男科疾病诊断治疗指南(遗精):青春期男孩每月数次遗精属正常生理现象,不需服补肾药,健康教育即可。
        pytest.param(
            [
                "8岁男孩,3天前在县医院做了包皮环切",
                "他妈说'伤口肿得像个圈',上面有点黄黄的东西,怕是发炎了",
                "不发烧,没出血,尿尿能尿,就是有点疼",
            ],
            _patient(2922, "male", (), pregnant=None),
            id="r75-zh-041",
        ),  # 包皮环切术后常规护理原则(NICE CKS 包茎相关):术后数天切口水肿和淡黄色纤维素渗出属正常愈合,无发热出血和排尿困难时居家护理即可。
        pytest.param(
            [
                "26岁男,工地干活的,大腿根两边痒了两个礼拜",
                "红的一圈,边上高起来有小皮屑,中间颜色淡,蛋蛋本身没事",
                "不发烧,不疼,晚上痒得睡不好",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r75-zh-044",
        ),  # NICE CKS 股癣:腹股沟环形红斑、边缘脱屑瘙痒为股癣,可外用抗真菌药膏、保持干燥自我护理。
        pytest.param(
            [
                "29岁男,结婚一年,说最近几个月同房'老是不行'",
                "早上和自己的时候都正常,就是跟老婆那会紧张",
                "工作压力大,没病没吃药,想要点'补药'",
            ],
            _patient(10592, "male", (), pregnant=None),
            id="r75-zh-046",
        ),  # EAU 男性性功能障碍指南:年轻男性晨勃正常的情境性ED多为心理性,常规门诊咨询和心理疏导即可,不需急诊。
        pytest.param(
            [
                "10个月男娃,他妈发现包皮底下有几个黄白色的'小疙瘩'",
                "不红不肿,尿尿正常,孩子不哭不闹",
                "问要不要翻开挤出来",
            ],
            _patient(304, "male", (), pregnant=None),
            id="r75-zh-049",
        ),  # NICE CKS 包茎与包皮龟头炎:婴幼儿包皮下黄白色小结为包皮垢,会随包皮自然分离排出,勿强行上翻,正常清洗即可。
        pytest.param(
            [
                "36岁男,司机,半年多了说小肚子和会阴部老是隐隐胀疼",
                "尿后有点滴白,不发烧,尿常规查了好几次都正常",
                "吃过好多'前列腺药',问能不能换点",
            ],
            _patient(13149, "male", (), pregnant=None),
            id="r75-zh-053",
        ),  # EAU 慢性盆腔疼痛指南 / 中国前列腺炎诊疗指南:无发热、尿检正常、病程超过3个月的会阴胀痛为慢性前列腺炎/盆腔疼痛综合征,常规门诊管理即可。
        pytest.param(
            [
                "63岁男,右边大腿根有个包,站起来就鼓出来,躺下就没了",
                "有半年了,不疼,自己能推回去,大小便正常",
                "想问是不是要赶紧去开刀",
            ],
            _patient(23011, "male", (), pregnant=None),
            id="r75-zh-056",
        ),  # NICE CKS 腹股沟疝 / 中国成人腹股沟疝诊疗指南:可回纳、无痛的腹股沟疝应常规转诊择期手术,不能回纳或疼痛才需急诊。
        pytest.param(
            [
                "8周大男娃,满月后第一次体检",
                "右边阴囊里摸不到蛋蛋,左边有,出生时医院也说过右边'没下来'",
                "孩子吃奶睡觉都好,不哭",
            ],
            _patient(56, "male", (), pregnant=None),
            id="r75-zh-058",
        ),  # NICE CKS 隐睾:持续单侧隐睾应在3月龄前后复查并转诊小儿外科,6-12月龄手术,属常规转诊,无需急诊。
        pytest.param(
            [
                "48岁男,单位体检B超说右肾有个4毫米的结石",
                "从来没疼过,尿检正常,没发烧",
                "他很紧张,问要不要马上去碎石",
            ],
            _patient(17532, "male", (), pregnant=None),
            id="r75-zh-060",
        ),  # EAU 尿石症指南:无症状小肾结石(<5毫米)可常规门诊随访、多饮水,不需急诊或马上碎石。
        pytest.param(
            [
                "3yo boy, mum says foreskin 'balloons up' when he wees, cant pull it back",
                "stream normal, no pain, no redness, never had infections",
                "she read online he needs an op",
            ],
            _patient(1195, "male", (), pregnant=None),
            id="r75-en-002",
        ),  # NICE CKS Balanitis and EAU/ESPU Paediatric Urology guideline: a non-retractile foreskin with ballooning in a well young boy is physiological; advise no forced retraction.
        pytest.param(
            [
                "38M itchy red end of penis, white bits under foreskin, after a course of amoxicillin",
                "no diabetes, HbA1c normal last month",
                "no discharge, no new partner",
            ],
            _patient(13884, "male", (), pregnant=None),
            id="r75-en-005",
        ),  # NICE CKS Balanitis: candidal balanitis after antibiotics in a well non-diabetic man is treated at home with topical clotrimazole and hygiene advice.
        pytest.param(
            [
                "50M embarrassed, asking about 'problems in the bedroom' ~6 months, slowly worse",
                "no chest pain, no SOB walking. smokes 10/day",
                "BP 146/92 today",
            ],
            _patient(18287, "male", (), pregnant=None),
            id="r75-en-007",
        ),  # NICE CKS Erectile dysfunction: ED is an early marker of cardiovascular disease, so it needs a routine appointment for CV risk assessment, not urgent care.
        pytest.param(
            [
                "35M noticed blood in semen once last wknd, brownish",
                "no pain, peeing fine, no fever, feels well",
                "v anxious",
            ],
            _patient(12873, "male", (), pregnant=None),
            id="r75-en-011",
        ),  # NICE CKS and EAU guidance on haematospermia: a single episode in a man under 40 with no other symptoms is usually benign, needing only routine BP, urinalysis and STI check.
        pytest.param(
            [
                "28M bled from underside of penis during sex last night, small tear",
                "stopped w pressure after ~10min. stayed hard after, no swelling/bruising, no crack sound",
                "peeing normally",
            ],
            _patient(10242, "male", (), pregnant=None),
            id="r75-en-016",
        ),  # EAU Guidelines on Urological Trauma: a frenulum tear without a crack, loss of erection, swelling or deviation is not penile fracture and can be managed at home.
        pytest.param(
            [
                "29M, gf just told him she tested positive for chlamydia",
                "no symptoms at all, no discharge, no pain",
                "wants to know if he needs hospital",
            ],
            _patient(10652, "male", (), pregnant=None),
            id="r75-en-018",
        ),  # BASHH chlamydia guideline: an asymptomatic contact needs testing and epidemiological treatment at a routine sexual health or GP appointment.
        pytest.param(
            [
                "70M lump R groin few months, bigger when coughs or stands",
                "goes back by itself lying down, not painful, no vomiting",
                "bowels normal",
            ],
            _patient(25607, "male", (), pregnant=None),
            id="r75-en-019",
        ),  # NICE CKS Hernia: a painless, reducible inguinal hernia in an adult needs routine surgical referral.
        pytest.param(
            [
                "62M says stream 'not like it used to be', up once at night",
                "no pain, no blood, not bothered much, wife made him come",
                "dip neg, bladder not palpable",
            ],
            _patient(22955, "male", (), pregnant=None),
            id="r75-en-023",
        ),  # NICE CG97 LUTS in men: mild uncomplicated LUTS need routine assessment (examination, PSA counselling, frequency-volume chart) and lifestyle advice.
        pytest.param(
            [
                "6yo boy, mum says sometimes R ball 'disappears up' esp in cold bath",
                "today I can bring it down to bottom of scrotum n it stays a bit",
                "no pain no swelling",
            ],
            _patient(2311, "male", (), pregnant=None),
            id="r75-en-027",
        ),  # EAU/ESPU Paediatric Urology guideline: a retractile testis that can be brought into the scrotum needs no treatment, only routine follow-up in case it ascends.
        pytest.param(
            [
                "33F 'red pee' this morning, freaked out",
                "ate loads of red dragon fruit last night",
                "no pain no fever, not on period, dip NEG for blood",
            ],
            _patient(12253, "female", (), pregnant=False),
            id="r75-en-029",
        ),  # NICE CKS Haematuria principles: red urine with a dipstick negative for blood after eating red dragon fruit is dietary pigment, not haematuria, so reassure.
        pytest.param(
            [
                "40M condom slipped w casual partner (female, status unknown) 6 days ago",
                "now panicking, read about 'emergency HIV pill'",
                "no symptoms",
            ],
            _patient(14620, "male", (), pregnant=None),
            id="r75-en-031",
        ),  # BHIVA/BASHH PEPSE 2021: PEP is not started beyond 72 hours, so he needs routine HIV and STI testing at the right window periods.
        pytest.param(
            [
                "56M says penis 'bends to the left' when hard, noticed ~4 months, bit sore at first, now not",
                "can feel a small hard bit on top",
                "still able to have sex",
            ],
            _patient(20584, "male", (), pregnant=None),
            id="r75-en-040",
        ),  # EAU Guidelines on Sexual and Reproductive Health (Peyronie's disease): a curvature with a palpable plaque is managed with routine assessment and referral.
        pytest.param(
            [
                "8wk boy at baby check, cant feel L testicle in scrotum, R fine",
                "baby well, feeding, no painful lump in groin",
                "parents asking if he needs hospital today",
            ],
            _patient(56, "male", (), pregnant=None),
            id="r75-en-045",
        ),  # UK NIPE screening standards and EAU/ESPU Paediatric Urology guideline: a unilateral undescended testis in a well infant needs routine referral, with surgery ideally at 6-12 months.
        pytest.param(
            [
                "17yo boy, mum worried about 'bag of worms' feel above his L ball",
                "he says heavy-ish after football, no pain now. goes away lying down",
                "both testes normal size",
            ],
            _patient(6239, "male", (), pregnant=None),
            id="r75-en-047",
        ),  # NICE CKS Scrotal pain and swelling: a left varicocele that empties on lying down with normal testes is benign and needs only routine review.
        pytest.param(
            [
                "45M found soft pea-sized lump top/back of R testicle, separate from it",
                "no pain, been there maybe months. torch makes it glow",
                "testicle itself feels smooth",
            ],
            _patient(16636, "male", (), pregnant=None),
            id="r75-en-048",
        ),  # NICE CKS Scrotal pain and swelling: a transilluminating lump separate from the testis is usually an epididymal cyst and is managed routinely, with ultrasound if unsure.
        pytest.param(
            [
                "6wk baby boy, mum says R side of scrotum looks bigger, soft",
                "not tender, torch lights it up, can feel testis. doesnt change w crying",
                "feeding well, no vomiting",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r75-en-050",
        ),  # EAU/ESPU Paediatric Urology guideline: a non-tender transilluminating hydrocele in an infant usually resolves by 1-2 years and needs routine review only.
        pytest.param(
            [
                "6yo boy still wets bed most nights, never been dry at night",
                "dry in the day, no pain peeing, not thirsty, growing fine",
                "dad says 'I was the same'",
            ],
            _patient(2391, "male", (), pregnant=None),
            id="r75-en-051",
        ),  # NICE CG111 Bedwetting: primary nocturnal enuresis in a well 6-year-old with no daytime symptoms needs routine advice and treatment options, not urgent care.
        pytest.param(
            [
                "42M aching 'deep between legs' n lower back on/off 4 months, worse on long drives",
                "no fever, peeing ok, dip neg, no discharge",
                "had cipro last time, didnt help",
            ],
            _patient(15520, "male", (), pregnant=None),
            id="r75-en-055",
        ),  # NICE CKS Prostatitis (chronic) and EAU chronic pelvic pain guideline: afebrile chronic pelvic pain over 3 months needs routine assessment, not urgent care.
        pytest.param(
            [
                "14yo boy worried about tender lump under L nipple ~2cm, few wks",
                "otherwise well, growing, voice breaking, testes normal on exam",
                "he's scared it's cancer",
            ],
            _patient(5193, "male", (), pregnant=None),
            id="r75-en-056",
        ),  # NICE CKS Gynaecomastia: a tender subareolar disc in a well pubertal boy with normal testes is pubertal gynaecomastia and needs reassurance only.
        pytest.param(
            [
                "24M worried about rows of tiny whitish bumps round the rim of the head of penis",
                "'been there ages', no itch or pain, partner no issues",
                "wants STI test?",
            ],
            _patient(8986, "male", (), pregnant=None),
            id="r75-en-059",
        ),  # BASHH guidance on genital warts: pearly penile papules are a normal anatomical variant needing reassurance; STI screening can be routine if he wishes.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
