# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A seventy-sixth held-out round (2026-12-07, at commit 82dc699: two reviewers, 120 cases on allergy and
the reactions that reach a clinic: anaphylaxis to food, stings and medicines (a drip, a TCM
injection), biphasic reactions, ACE-inhibitor and hereditary angioedema, urticaria, SJS and DRESS,
serum sickness, food allergy in babies, and look-alikes; 16 emergencies, 24 same-day and 20
look-alikes a set). Before these fixes the rules found 14 of 16 and 14 of 16 emergencies (SJS told
as 嘴里全是溃烂, 一蹭皮就掉 or "mouth full of sores"; anaphylaxis after a bee sting told by hives with
repeated vomiting and cramping pain; a teenager who used her EpiPen and "feels fine now"), graded
13 of 24 and 13 of 24 same-day cases exactly, and sent no look-alike to emergency.

What changed: after a sting or a known allergen, hives with persistent gut symptoms are anaphylaxis
(WAO 2020 criterion 2); anyone given adrenaline goes to hospital (RCUK 2021); hives after a sting
or a medicine given here are watched and assessed the same day (RCUK 2021, NICE CG134), while
bees' hives ("helping grandpa with the hives") are not urticaria; SJS's mouth and skin in more
words; a red line up the limb is spreading infection. After: 16/16, 16/16; 14/24, 15/24;
look-alikes 20/20, 20/20.

Left: a hereditary angioedema abdominal attack (r76-zh-003), hair-dye facial swelling (r76-zh-031),
a moderate asthma attack (r76-zh-046), eczema herpeticum (r76-en-029) and FPIES with a floppy spell
(r76-en-053) are graded emergency; drug rashes (AGEP, serum sickness, a rash after a TCM drip),
a beekeeper stung again after a past severe reaction, a biphasic return of hives, a first formula
reaction and infected eczema are not yet same day."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "45岁男的，三叉神经痛上个月开了卡马西平，吃了两周多",
                "这两天发烧39度，嘴里全是溃烂，眼睛红得厉害",
                "身上好多紫红斑，有的起水泡，一蹭皮就掉",
            ],
            _patient(16436, "male", ("trigeminal neuralgia",), pregnant=None),
            id="r76-zh-034",
        ),  # NICE CKS 药疹、中国SJS/TEN诊疗专家共识：卡马西平用药后发热伴黏膜糜烂、水疱和表皮剥脱提示SJS/TEN，须立即停药并急诊转诊。
        pytest.param(
            [
                "35岁女的，在果园被蜜蜂蜇了手背，二十分钟前",
                "现在浑身起风团，吐了两回，说肚子绞着疼",
                "她说“心里慌得很”，血压还没来得及量",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r76-zh-060",
        ),  # WAO 2020严重过敏反应指南、中国严重过敏反应专家共识2021：蜇伤后全身风团伴反复呕吐和剧烈腹痛提示多系统受累的严重过敏反应，需立即肾上腺素并急诊转运。
        pytest.param(
            [
                "30F started lamotrigine ~3 wks ago",
                "2 days fever + 'flu', now red painful rash on chest spreading, some blisters on her back",
                "mouth full of sores can't eat, eyes red + gritty",
            ],
            _patient(10958, "female", ("epilepsy",), pregnant=False),
            id="r76-en-032",
        ),  # BAD UK guidelines for SJS/TEN 2016: painful spreading rash with blisters and mucosal involvement after a new anticonvulsant is SJS/TEN and needs emergency hospital admission.
        pytest.param(
            [
                "17yo girl, known peanut allergy, used her EpiPen 10 min ago after lips swelled + 'couldnt breathe right'",
                "says she feels fine now, doesnt want hospital, mum asking if she can just rest here",
            ],
            _patient(6209, "female", ("peanut allergy",), pregnant=False),
            id="r76-en-047",
        ),  # RCUK 2021 and NICE CG134: anyone who has needed adrenaline for anaphylaxis must go to hospital by ambulance for observation because symptoms can return.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "38岁男的，半小时前让黄蜂蜇了胳膊",
                "现在全身都起风团，痒得要命",
                "喘气正常，不头晕，血压128/82，心跳88，嗓子不紧",
            ],
            _patient(13880, "male", (), pregnant=None),
            id="r76-zh-048",
        ),  # EAACI 膜翅目毒液过敏指南：蜇伤后仅有全身皮肤反应而无呼吸循环受累，应当天给抗组胺并观察评估，告知加重即呼120，并转诊变态反应科。
        pytest.param(
            [
                "48M diabetic, bee sting on shin 3 days ago",
                "red area bigger each day, hot, now a red line going up his leg",
                "temp 38.3, feels rough",
            ],
            _patient(17532, "male", ("diabetes",), pregnant=None),
            id="r76-en-023",
        ),  # NICE CKS Insect bites and stings / NICE NG141 cellulitis: spreading redness with lymphangitis and fever days after a sting is secondary infection needing same-day antibiotics.
        pytest.param(
            [
                "24F bee sting on foot 40 min ago",
                "now hives all over body, itchy",
                "breathing fine, no throat sx, no dizziness, BP 122/74 HR 84. never reacted before",
            ],
            _patient(8766, "female", (), pregnant=False),
            id="r76-en-038",
        ),  # NICE CKS Insect bites and stings / EAACI venom immunotherapy guideline: a generalised skin-only reaction after a sting needs antihistamine, observation today and referral for venom allergy assessment.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "20岁小伙子来打破伤风疫苗，针刚拔就说眼前发黑，出了一身汗，往下出溜",
                "让他平躺抬腿，一两分钟就醒过来了，脸色慢慢回来了",
                "脉搏58，血压105/70，身上不红不痒，喘气正常，他说从小见针就晕",
            ],
            _patient(7305, "male", (), pregnant=None),
            id="r76-zh-002",
        ),  # Resuscitation Council UK 2021：注射时苍白出汗、心动过缓、平卧后迅速恢复且无皮疹和呼吸症状符合血管迷走性晕厥而非严重过敏反应，观察后可回家。
        pytest.param(
            [
                "2个月的娃，混合喂养，这几天大便里有点血丝和黏液",
                "吃奶好，体重长得挺好，精神也好，不发烧",
                "不吐，肚子不胀",
            ],
            _patient(61, "male", (), pregnant=None),
            id="r76-zh-005",
        ),  # NICE CKS 牛奶蛋白过敏：生长良好、精神好的婴儿大便带血丝黏液可能为非IgE介导牛奶蛋白过敏，属常规门诊处理（试行回避），非急症。
        pytest.param(
            [
                "35岁女的，每年这时候都犯，打喷嚏一串一串的，流清鼻涕，眼睛痒",
                "她说“今年比往年厉害，晚上睡觉鼻子堵”",
                "不发烧，不喘，不咳嗽",
            ],
            _patient(12784, "female", ("allergic rhinitis",), pregnant=False),
            id="r76-zh-007",
        ),  # NICE CKS 过敏性鼻炎：季节性喷嚏、清涕、眼痒而无哮喘症状，可用口服抗组胺药和鼻用激素自我管理。
        pytest.param(
            [
                "30岁男的，昨晚吃了小龙虾，半夜身上起了几片风团",
                "今天早上还有一些，痒，别的都没事",
                "不喘不晕，嘴唇舌头不肿，吃饭正常",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r76-zh-014",
        ),  # NICE CKS 荨麻疹：仅有皮肤风团、无血管性水肿和全身症状的急性荨麻疹可口服非镇静抗组胺药并回避可疑食物，居家处理。
        pytest.param(
            [
                "一个40岁男的来问，他妈青霉素过敏，他自己要拔牙，医生可能给开阿莫西林",
                "他自己以前打过青霉素没事",
                "问他是不是也不能用",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r76-zh-018",
        ),  # NICE CG183 药物过敏：家属青霉素过敏不是本人禁用的理由，本人既往耐受者可正常使用，属常规咨询。
        pytest.param(
            [
                "3岁女孩，中耳炎吃阿莫西林第七天，今天身上起了些小红点，不太痒",
                "不发烧，嘴里眼睛都没事，没起泡，能吃能玩",
                "家长问以后是不是不能用青霉素了",
            ],
            _patient(1196, "female", (), pregnant=None),
            id="r76-zh-021",
        ),  # NICE CG183 药物过敏：阿莫西林疗程后期出现不痒的斑丘疹且无发热、黏膜和全身受累属非紧急情况，常规复诊记录并评估即可。
        pytest.param(
            [
                "6个月的娃，脸上有点湿疹，打算加辅食了",
                "他奶奶听说花生鸡蛋容易过敏，说“一岁前都别给吃”",
                "问到底啥时候能加",
            ],
            _patient(183, "male", ("eczema",), pregnant=None),
            id="r76-zh-022",
        ),  # BSACI早期引入过敏性食物建议、中国婴幼儿喂养指南2022：轻度湿疹婴儿约6月龄起可在家逐步引入鸡蛋、花生，无需推迟，属常规喂养咨询。
        pytest.param(
            [
                "3周的娃，家里老人捂得厚，脖子后背起了好多小红点，像小水珠",
                "不发烧，吃奶正常，精神好",
                "家长怕是“过敏了”",
            ],
            _patient(21, "female", (), pregnant=None),
            id="r76-zh-024",
        ),  # NICE CKS 及基层儿童皮肤护理常规：捂热所致痱子（汗疹）在无发热、吃奶精神好的新生儿中减少包裹、保持凉爽即可。
        pytest.param(
            [
                "6岁男孩腿上胳膊上起了好多小红疙瘩，中间有个小点，特别痒",
                "夏天了，家里养狗，晚上老在外面玩",
                "别的地方都没事，不发烧",
            ],
            _patient(2342, "male", (), pregnant=None),
            id="r76-zh-026",
        ),  # NICE CKS 虫咬蜇伤：丘疹性荨麻疹是虫咬引起的局部反应，止痒防虫、居家处理即可。
        pytest.param(
            [
                "4岁男孩感冒三天了，今天身上起风团，这块消了那块又起",
                "他妈吓坏了，说“是不是中毒了”，这几天没吃啥药",
                "孩子能吃能玩，嘴唇不肿，不喘，体温37度4",
            ],
            _patient(1521, "male", (), pregnant=None),
            id="r76-zh-032",
        ),  # NICE CKS 荨麻疹：儿童病毒感染相关急性荨麻疹无血管性水肿及全身症状，口服抗组胺药居家观察即可。
        pytest.param(
            [
                "9岁女孩，每年春天都这样，两个眼睛痒，老揉，流眼泪，眼皮有点肿",
                "眼屎不多，看东西清楚，不疼",
                "还老打喷嚏",
            ],
            _patient(3287, "female", ("allergic rhinitis",), pregnant=None),
            id="r76-zh-035",
        ),  # NICE CKS 过敏性结膜炎：季节性双眼痒、流泪、视力正常且无眼痛，属过敏性结膜炎，冷敷和抗组胺滴眼液居家处理。
        pytest.param(
            [
                "29岁男的，说一吃生苹果、桃子嘴里就痒，嗓子眼发痒，几分钟就好",
                "他春天花粉过敏",
                "从没肿过、喘过，没起过全身疹子，煮熟的吃没事",
            ],
            _patient(10592, "male", ("allergic rhinitis",), pregnant=None),
            id="r76-zh-038",
        ),  # BSACI 花粉-食物综合征指南2018：仅口腔瘙痒、数分钟自行缓解且熟食耐受属轻型花粉-食物综合征，常规门诊处理，无需急救。
        pytest.param(
            [
                "44岁女的，身上起风团快三个月了，天天起，晚上多",
                "吃氯雷他定能压住，停了又起",
                "从来没有嘴唇嗓子肿过，也不喘，她想问是不是得了啥大病",
            ],
            _patient(16071, "female", (), pregnant=False),
            id="r76-zh-041",
        ),  # NICE CKS 荨麻疹、EAACI/GA²LEN 2022荨麻疹指南：慢性自发性荨麻疹（>6周）无血管性水肿及全身症状，按常规门诊阶梯加量抗组胺治疗，必要时择期转诊。
        pytest.param(
            [
                "1岁半的娃，湿疹又犯了，胳膊肘腿弯里红、干、起皮",
                "挠得厉害，晚上睡不好",
                "没流黄水，没发烧，吃喝都正常",
            ],
            _patient(548, "male", ("eczema",), pregnant=None),
            id="r76-zh-043",
        ),  # NICE CG57 儿童特应性皮炎：无感染征象的湿疹加重予足量润肤剂和外用弱中效激素，常规门诊处理即可。
        pytest.param(
            [
                "42岁女的，昨天下午让马蜂蜇了手腕一下",
                "今天整个小臂都肿了，从手腕肿到胳膊肘，红，痒",
                "不发烧，身上别处没事，喘气正常，她挺害怕问是不是中毒了",
            ],
            _patient(15340, "female", (), pregnant=False),
            id="r76-zh-045",
        ),  # NICE CKS 虫咬蜇伤：单次蜇伤后局部肿胀可在24-48小时扩展至整个前臂，属大局部反应，冷敷、口服抗组胺即可，无需抗生素。
        pytest.param(
            [
                "78岁老爷子，一到冬天浑身痒，小腿上干得起白皮",
                "没起风团，没起疹子，晚上痒得睡不着",
                "血压药吃氨氯地平好几年了，最近没换药",
            ],
            _patient(28490, "male", ("hypertension",), pregnant=None),
            id="r76-zh-049",
        ),  # NICE CKS 瘙痒（老年人）：冬季皮肤干燥所致乏脂性瘙痒无皮疹及全身症状，润肤保湿、减少烫洗即可居家处理。
        pytest.param(
            [
                "6个月的娃，昨天打了百白破还有别的针",
                "今天打针那条腿上红了一块，鸡蛋大小，有点硬",
                "低烧37度8，吃奶正常，不哭闹，身上没起疹子",
            ],
            _patient(183, "female", (), pregnant=None),
            id="r76-zh-052",
        ),  # 国家免疫规划疫苗儿童免疫程序及说明（2021年版）、WHO疫苗安全指南：接种后24-48小时局部红肿硬结伴低热属一般反应，冷敷观察即可。
        pytest.param(
            [
                "25岁女的，说皮肤一挠就起一道一道红棱子，半小时就消了",
                "有几个月了，别的都没事",
                "她网上查说是“过敏体质”，担心会不会休克",
            ],
            _patient(9131, "female", (), pregnant=False),
            id="r76-zh-055",
        ),  # NICE CKS 荨麻疹：皮肤划痕症属物理性荨麻疹，无全身症状，必要时口服抗组胺药自我管理。
        pytest.param(
            [
                "3岁男孩，早上起来一只眼皮肿了，他妈说昨晚蚊子咬了眼皮",
                "眼睛能睁开，眼珠子不红，转着正常，不疼就是痒",
                "不发烧，精神好",
            ],
            _patient(1096, "male", (), pregnant=None),
            id="r76-zh-056",
        ),  # NICE CKS 虫咬蜇伤：蚊虫叮咬致眼睑局部肿痒，无发热、无眼球受累和扩散性红痛，属局部反应，冷敷观察即可。
        pytest.param(
            [
                "17岁女孩，一碰凉水手就起风团，冬天出门脸上也起",
                "过一会儿自己就消，别的没啥",
                "她想问夏天能不能下河游泳",
            ],
            _patient(6209, "female", (), pregnant=False),
            id="r76-zh-058",
        ),  # EAACI/GA²LEN 荨麻疹指南2022：局限性寒冷性荨麻疹无全身症状属常规门诊处理，但需告知冷水游泳可诱发全身反应应避免。
        pytest.param(
            [
                "35F itchy hives on arms + tummy since yday, new shower gel",
                "no lip swelling, breathing fine, feels well",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r76-en-003",
        ),  # NICE CKS Urticaria: acute urticaria without angioedema or systemic symptoms is managed with a non-sedating antihistamine and avoiding the trigger.
        pytest.param(
            [
                "15yo boy sneezing nonstop, itchy eyes + nose, every May",
                "mum says 'he cant breathe through his nose at night'. no wheeze, no asthma",
            ],
            _patient(5479, "male", (), pregnant=None),
            id="r76-en-005",
        ),  # NICE CKS Allergic rhinitis: seasonal hay fever without asthma is managed with antihistamine and intranasal steroid from the pharmacy.
        pytest.param(
            [
                "2yo eczema flaring, dry red itchy patches elbows + knees, scratching at night",
                "no weeping, no crusts, no fever, otherwise happy",
            ],
            _patient(791, "female", ("atopic eczema",), pregnant=None),
            id="r76-en-009",
        ),  # NICE CG57 atopic eczema in under 12s: an uninfected mild-moderate flare is managed with emollients and a topical steroid at a routine appointment.
        pytest.param(
            [
                "40M wasp sting on wrist yday",
                "whole forearm swollen up to elbow, hot + itchy",
                "no fever, no red streak, no SOB, no hives elsewhere",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r76-en-012",
        ),  # NICE CKS Insect bites and stings: a large local reaction without systemic features is treated with cold compress, oral antihistamine and analgesia and does not predict anaphylaxis.
        pytest.param(
            [
                "16yo girl HPV jab, 1 min later went grey + sweaty and slid off chair",
                "came round in under a minute. pulse was slow ~48",
                "10 min later BP 108/68 HR 76, no rash, no wheeze, chatting, bit embarrassed",
            ],
            _patient(5844, "female", (), pregnant=False),
            id="r76-en-015",
        ),  # UK Green Book chapter 8 and RCUK 2021: pallor, bradycardia and quick recovery lying flat with no rash or wheeze is a vasovagal faint, not anaphylaxis, and needs no adrenaline.
        pytest.param(
            [
                "6wk boy breastfed, mum noticed streaks of blood + mucus in nappies 3 days",
                "feeding well, gaining weight, happy, no vomiting, tummy soft",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r76-en-018",
        ),  # NICE CKS Cow's milk allergy in children: a thriving baby with mucus and blood streaks fits non-IgE allergic proctocolitis, managed routinely with a maternal dairy-free trial.
        pytest.param(
            [
                "5yo on amoxicillin day 5 for ear infx",
                "blotchy pink rash on body today, not really itchy",
                "no lip swelling, mouth fine, no fever, eating + playing",
            ],
            _patient(1826, "male", (), pregnant=None),
            id="r76-en-020",
        ),  # NICE CG183 drug allergy: a benign non-urticarial rash late in an amoxicillin course in a well child needs routine review and documentation, not emergency care.
        pytest.param(
            [
                "42F hives on + off nearly every day for ~3 months",
                "each one goes within a day, sometimes lips puff a bit, never breathing problems",
                "cetirizine helps some",
            ],
            _patient(15340, "female", (), pregnant=False),
            id="r76-en-024",
        ),  # NICE CKS Urticaria: chronic spontaneous urticaria is managed routinely by up-dosing non-sedating antihistamine, with referral only if uncontrolled.
        pytest.param(
            [
                "mum of 12yo w peanut allergy, her pens expire next wk",
                "no reaction recently, wants new ones + asks about a spare for school",
            ],
            _patient(4383, "female", ("peanut allergy",), pregnant=None),
            id="r76-en-027",
        ),  # NICE CG134 / MHRA adrenaline autoinjector advice: replacing in-date autoinjectors (two to carry) is a routine prescription.
        pytest.param(
            [
                "1yo due MMR, has egg allergy (hives w egg)",
                "mum asks is it safe or does she need the hospital to give it",
            ],
            _patient(365, "female", ("egg allergy",), pregnant=None),
            id="r76-en-030",
        ),  # UK Green Book chapter 21: MMR can be given safely in primary care to children with egg allergy.
        pytest.param(
            [
                "23M says if he scratches skin it comes up in raised red lines, 'like writing on his skin'",
                "goes in 30 min, months now. otherwise well",
            ],
            _patient(8401, "male", (), pregnant=None),
            id="r76-en-033",
        ),  # NICE CKS Urticaria: dermographism is a benign physical urticaria managed with antihistamine as needed.
        pytest.param(
            [
                "7yo itchy red bumps on legs in groups of 3-4, since summer hols at the farm",
                "no fever, well, some scratched",
            ],
            _patient(2557, "female", (), pregnant=None),
            id="r76-en-035",
        ),  # NICE CKS Insect bites and stings: papular urticaria from bites in a well child is managed with antihistamine, mild topical steroid and bite avoidance.
        pytest.param(
            [
                "29F top lip swollen, tingled yday, now small blisters on one side",
                "gets this when run down. breathing fine, no hives",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r76-en-039",
        ),  # NICE CKS Herpes simplex - oral: a recurrent cold sore with one-sided lip swelling is self-limiting and treated with self-care, not angioedema.
        pytest.param(
            [
                "31F hay fever, says mouth + lips itch when she eats raw apple or peach",
                "goes in a few min, fine w cooked fruit/apple pie. never throat swelling or SOB",
            ],
            _patient(11323, "female", ("allergic rhinitis",), pregnant=False),
            id="r76-en-042",
        ),  # BSACI pollen food syndrome guideline 2018: brief oral itch to raw fruit in a hay fever sufferer is pollen food syndrome, managed routinely by avoiding the raw fruit.
        pytest.param(
            [
                "4mo had jabs yday, thigh red + swollen ~4cm at site, temp 37.9",
                "feeding well, usual self",
            ],
            _patient(122, "male", (), pregnant=None),
            id="r76-en-045",
        ),  # UK Green Book chapter 8: a local injection-site reaction with mild fever in a well baby is expected and managed at home.
        pytest.param(
            [
                "9yo both eyes itchy, watery, lids puffy in the morning, every spring",
                "no pain, vision fine, no sticky discharge",
            ],
            _patient(3287, "male", (), pregnant=None),
            id="r76-en-048",
        ),  # NICE CKS Conjunctivitis - allergic: seasonal itchy watery eyes without pain or visual change are managed with pharmacy antihistamine drops.
        pytest.param(
            [
                "61M dry tickly cough ~2 months since starting enalapril",
                "no lip or face swelling, no SOB, no fever, no wt loss",
            ],
            _patient(22280, "male", ("hypertension",), pregnant=None),
            id="r76-en-050",
        ),  # NICE NG136 hypertension / CKS ACE inhibitors: a dry cough on an ACE inhibitor without swelling is a known side effect, switched to an ARB at a routine review.
        pytest.param(
            [
                "47M says 'allergic to milk' - bloating, wind, loose stool few hrs after milk",
                "no rash, no swelling, no blood in stool, wt stable",
            ],
            _patient(17167, "male", (), pregnant=None),
            id="r76-en-054",
        ),  # NICE CG116 food allergy / CKS: delayed bloating and loose stool after milk without allergic signs fits lactose intolerance, managed by reducing lactose.
        pytest.param(
            [
                "54M wants 'penicillin allergy' off his notes",
                "says last time had amoxicillin yrs ago just got diarrhoea, no rash",
            ],
            _patient(19724, "male", (), pregnant=None),
            id="r76-en-057",
        ),  # NICE CG183 drug allergy: diarrhoea alone is a side effect (intolerance) not allergy, so updating the record is a routine task.
        pytest.param(
            [
                "3yo girl, cold for 3 days, now hives coming + going on body",
                "no lip/tongue swelling, breathing fine, eating, running around, temp 37.6",
            ],
            _patient(1096, "female", (), pregnant=None),
            id="r76-en-060",
        ),  # NICE CKS Urticaria: acute urticaria with a viral infection in a well child is self-limiting and managed with an oral antihistamine.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
