# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A sixty-sixth held-out round (2026-12-07, at commit 90f619a: two reviewers, 120 cases on eyes and vision at all
ages: chemical splashes, penetrating and blunt injuries, acute angle-closure glaucoma, sudden loss of sight,
giant cell arteritis, orbital cellulitis, a third nerve palsy, a lost half of the visual field, retinal
detachment, keratitis, iritis, herpes zoster, neonatal conjunctivitis, and the red eyes that are not
dangerous; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules found only 4 of
16 and 8 of 16 emergencies, the weakest emergency figure of any round: cement, lime and grit in the eye, a
fish hook in the eyeball, a pencil in a child's eye, a misshapen pupil after hammering, glaucoma told as
胀痛 with 一圈彩虹 or "severe pain R eye" with a cloudy cornea, hyphaema with vomiting, a third nerve palsy
with 脑壳痛, orbital cellulitis told as 眼珠一转就痛 or "pushed forward", a hemianopia told as 右边的东西都看不到. Same
day 6 of 24 and 8 of 24; no look-alike went to emergency.

What changed: chemical splashes by the substance (cement, lime, mortar, drain cleaner) reaching the eye, and
灰浆甩到眼里, 水泥渣子; an open globe by a hook stuck in the eyeball or a pupil not round (瞳孔有点歪); blood in the front
of the eye with vomiting, headache or worsening sight is a rising pressure or rebleed (emergency), a thin line
of blood at the bottom of the dark of the eye same day; halos round lights with a clouded cornea and headache or
vomiting are angle closure; an eye's pain, redness or blurring told beside 左/右 (右眼开始胀痛, 右眼通红, 像隔了层毛玻璃,
眼前一下子黑了); "VA R 6/24" and 视力右眼0.3 are reduced vision; 以前从来没这么痛过 is the worst headache ever, not
history; 脑壳痛 is a headache (Southwestern Mandarin); flashes "像打闪一样" with "一大把黑点点"; "hates bright light";
a red sticky eye in the first month is ophthalmia neonatorum (same day); "finger-shaped marks". After: 15/16,
15/16; 14/24, 15/24; look-alikes 20/20, 20/20.

Left: a white pupil with a red painful eye in a toddler is graded same day, not emergency (r66-zh-047,
r66-en-025: NICE NG12 asks for urgent referral; the reviewers read secondary glaucoma); a new squint in a child."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "62岁阿姨，昨晚在暗的屋里打麻将，之后右眼开始胀痛，连着右边脑壳痛",
                "半夜吐了两回，说看路灯周围有一圈彩虹",
                "今早看右眼通红，黑眼珠雾蒙蒙的，瞳孔比左边大，手电一照也不咋缩",
            ],
            _patient(22720, "female", ("hypertension",), pregnant=False),
            id="r66-zh-007",
        ),  # AAO Primary Angle-Closure Disease PPP; 中国原发性闭角型青光眼诊治方案专家共识(2019): a red painful eye with halos, vomiting, hazy cornea and a mid-dilated unreactive pupil is acute angle closure, which needs pressure lowering within hours to save sight.
        pytest.param(
            [
                "16岁男娃打篮球被人胳膊肘撞到左眼",
                "黑眼仁下面积了一层红红的血，大概占三分之一",
                "现在说眼睛胀得要命，头痛，刚才吐了一次，看东西越来越模糊",
            ],
            _patient(5920, "male", (), pregnant=None),
            id="r66-zh-011",
        ),  # NICE CKS Red eye (hyphaema) / RCOphth: hyphaema with severe pain, vomiting, worsening vision or a misshapen pupil suggests raised pressure or globe injury and needs emergency eye care.
        pytest.param(
            [
                "66岁阿姨一个多钟头前突然右边的东西都看不到了，她说两个眼睛都是",
                "走路老撞右边门框，看报纸右半边没了",
                "有房颤，华法林自己停了半年",
            ],
            _patient(24390, "female", ("atrial fibrillation", "hypertension"), pregnant=False),
            id="r66-zh-019",
        ),  # NICE NG128 Stroke and TIA / NICE CKS Sudden loss of vision: sudden loss of one half of the visual field in both eyes is a stroke symptom requiring the emergency stroke pathway.
        pytest.param(
            [
                "58岁男的，今天下午突然看东西重影，左边眼皮耷拉下来睁不开",
                "扒开看左边瞳孔比右边大一圈，眼珠往外下方偏",
                "说左边脑壳和眼眶后面痛得很，以前从来没这么痛过",
            ],
            _patient(21270, "male", ("hypertension", "diabetes"), pregnant=None),
            id="r66-zh-025",
        ),  # NICE CKS Headache assessment red flags / RCOphth: a sudden third nerve palsy with a dilated pupil and headache may be an expanding aneurysm and needs emergency imaging.
        pytest.param(
            [
                "女的，38岁，有糖尿病，右眼周围肿得睁不开，红得发亮",
                "发烧38.6，说眼珠一转就痛，往上往外都转不动了",
            ],
            _patient(13890, "female", ("diabetes",), pregnant=False),
            id="r66-zh-028",
        ),  # NICE CKS Red eye / RCOphth and ENT UK periorbital cellulitis guidance: lid swelling with fever plus painful or limited eye movement, double vision or proptosis indicates orbital cellulitis, an emergency needing IV antibiotics and imaging.
        pytest.param(
            [
                "7岁的娃跟同学打闹，铅笔尖戳到左眼了",
                "眼睛一直流泪，带点血水，娃捂着不让看",
                "勉强扒开看黑眼珠上好像有个小口子",
            ],
            _patient(2675, "male", (), pregnant=None),
            id="r66-zh-030",
        ),  # NICE CKS Red eye (penetrating eye injury) / RCOphth ocular trauma: a high-velocity or sharp injury with blurred vision, visible wound or irregular pupil suggests globe penetration and needs emergency referral with a protective shield.
        pytest.param(
            [
                "婆婆头痛呕吐一上午，家里人以为是胃病或者血压高，量了165/95",
                "细问才说左眼疼得厉害，看东西像隔了层毛玻璃",
                "左眼红，隔着眼皮摸眼球比右边硬",
            ],
            _patient(25565, "female", ("hypertension",), pregnant=False),
            id="r66-zh-033",
        ),  # AAO Primary Angle-Closure Disease PPP; 中国原发性闭角型青光眼诊治方案专家共识(2019): a red painful eye with halos, vomiting, hazy cornea and a mid-dilated unreactive pupil is acute angle closure, which needs pressure lowering within hours to save sight.
        pytest.param(
            [
                "钓鱼甩竿的时候鱼钩挂到自己右眼上了",
                "钩子还扎在眼珠子上，不是眼皮上，他不敢动，用手托着鱼线来的",
            ],
            _patient(17165, "male", (), pregnant=None),
            id="r66-zh-037",
        ),  # NICE CKS Red eye (penetrating eye injury) / AAO trauma guidance: an object embedded in the globe must not be removed in primary care and needs emergency ophthalmic surgery.
        pytest.param(
            [
                "有个师傅用铁锤砸钢钎，感觉啥东西崩到右眼里了",
                "当时就刺了一下，现在不咋疼，但说右眼看东西模糊",
                "我看他眼白上有个小红点，黑眼仁中间的瞳孔有点歪，不是圆的",
            ],
            _patient(13190, "male", (), pregnant=None),
            id="r66-zh-040",
        ),  # NICE CKS Red eye (penetrating eye injury) / RCOphth ocular trauma: a high-velocity or sharp injury with blurred vision, visible wound or irregular pupil suggests globe penetration and needs emergency referral with a protective shield.
        pytest.param(
            [
                "老李在村里搅水泥，一铲子灰浆甩到右眼里去了",
                "眼睛红肿一直流泪，说看东西白蒙蒙的，还老想揉",
                "扒开眼皮里面还粘着些水泥渣子",
            ],
            _patient(20105, "male", (), pregnant=None),
            id="r66-zh-042",
        ),  # NICE CKS Red eye (chemical injury) / RCOphth ocular trauma guidance: a chemical or alkali splash needs immediate copious irrigation and emergency eye referral because minutes of delay risk permanent corneal and limbal damage.
        pytest.param(
            [
                "74岁奶奶，这两三周右边太阳穴痛，梳头都疼，吃饭嚼几下下巴就酸",
                "前两天右眼有几次一下子黑了几分钟又好了",
                "今天右眼看东西明显不清楚了，人没劲，有点低烧",
            ],
            _patient(27050, "female", (), pregnant=False),
            id="r66-zh-054",
        ),  # NICE CKS Giant cell arteritis / BSR GCA guideline: suspected GCA with visual disturbance needs immediate high-dose steroids and same-day emergency ophthalmology to prevent irreversible blindness.
        pytest.param(
            [
                "11yo hit in the face by a cricket ball 3 hrs ago, R eye",
                "there's a level of blood in the bottom of the coloured part",
                "now bad eye pain and headache, vomited twice, vision much worse than when he came in",
            ],
            _patient(4105, "male", (), pregnant=None),
            id="r66-en-005",
        ),  # NICE CKS Red eye (hyphaema) / RCOphth: hyphaema with severe pain, vomiting, worsening vision or a misshapen pupil suggests raised pressure or globe injury and needs emergency eye care.
        pytest.param(
            [
                "6yo girl, L eyelids swollen shut and red, temp 39.1",
                "mum says the eye looks like it's pushed forward, cries when she tries to look to the side",
                "had a cold with thick snot last week",
            ],
            _patient(2390, "female", (), pregnant=None),
            id="r66-en-007",
        ),  # NICE CKS Red eye / RCOphth and ENT UK periorbital cellulitis guidance: lid swelling with fever plus painful or limited eye movement, double vision or proptosis indicates orbital cellulitis, an emergency needing IV antibiotics and imaging.
        pytest.param(
            [
                "Lady 67, severe pain R eye since last night and R sided headache",
                "nauseous, vomited x3, sees rainbow rings round lights",
                "eye red, cornea looks cloudy, pupil mid size and not reacting",
            ],
            _patient(24505, "female", (), pregnant=False),
            id="r66-en-014",
        ),  # AAO Primary Angle-Closure Disease PPP; 中国原发性闭角型青光眼诊治方案专家共识(2019): a red painful eye with halos, vomiting, hazy cornea and a mid-dilated unreactive pupil is acute angle closure, which needs pressure lowering within hours to save sight.
        pytest.param(
            [
                "Builder 44, wet cement went in L eye while pouring a slab",
                "red, streaming, can't open it, bits of grit still under the lid",
                "says vision is blurry",
            ],
            _patient(16160, "male", (), pregnant=None),
            id="r66-en-015",
        ),  # NICE CKS Red eye (chemical injury) / RCOphth ocular trauma guidance: a chemical or alkali splash needs immediate copious irrigation and emergency eye referral because minutes of delay risk permanent corneal and limbal damage.
        pytest.param(
            [
                "farmer spreading lime on the field, wind blew the powder into both eyes",
                "both eyes v red and painful, he's had a quick wash at the yard tap",
                "says everything looks foggy",
            ],
            _patient(21370, "male", (), pregnant=None),
            id="r66-en-018",
        ),  # NICE CKS Red eye (chemical injury) / RCOphth ocular trauma guidance: a chemical or alkali splash needs immediate copious irrigation and emergency eye referral because minutes of delay risk permanent corneal and limbal damage.
        pytest.param(
            [
                "74M says he can't see anything on his left side since he woke up 2 hrs ago",
                "bumping into things on the left, words cut off when he reads",
                "no eye pain, both eyes look normal",
            ],
            _patient(27340, "male", ("hypertension", "diabetes"), pregnant=None),
            id="r66-en-027",
        ),  # NICE NG128 Stroke and TIA / NICE CKS Sudden loss of vision: sudden loss of one half of the visual field in both eyes is a stroke symptom requiring the emergency stroke pathway.
        pytest.param(
            [
                "fishing trip, hook caught in his L eye",
                "looks like the hook is stuck in the eyeball itself not the lid, he's holding the line still",
                "no one has tried to pull it out",
            ],
            _patient(19100, "male", (), pregnant=None),
            id="r66-en-052",
        ),  # NICE CKS Red eye (penetrating eye injury) / AAO trauma guidance: an object embedded in the globe must not be removed in primary care and needs emergency ophthalmic surgery.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "25岁小伙子喝了酒跟人干仗，右眼挨了一拳",
                "眼眶青了，黑眼珠下缘有一条细细的血线",
                "看东西还行，不怎么痛，眼珠转动正常，不重影",
            ],
            _patient(9275, "male", (), pregnant=None),
            id="r66-zh-012",
        ),  # NICE CKS Red eye (hyphaema) / RCOphth: a small traumatic hyphaema without pain, vomiting or pupil change still needs same-day eye assessment for pressure and hidden injury.
        pytest.param(
            [
                "20岁女孩戴美瞳，昨天戴着去游泳也没摘",
                "今天左眼疼，睁不太开，红，看东西有点模糊",
            ],
            _patient(7480, "female", (), pregnant=False),
            id="r66-zh-016",
        ),  # NICE CKS Red eye (microbial keratitis): a contact-lens wearer with a painful, red, photophobic eye needs same-day eye-unit review for possible microbial keratitis.
        pytest.param(
            [
                "8个月的宝宝两只眼睛周围都青了，右眼眼白也有出血",
                "妈妈说是从沙发上掉下来的，沙发不高，孩子还不会爬",
                "胳膊上也有几块青的，问是谁带的，家里人说法不一样",
            ],
            _patient(245, "male", (), pregnant=None),
            id="r66-zh-020",
        ),  # NICE CG89/NG76 Child maltreatment: eye-area bruising or eye bleeding with an explanation that does not fit the child's development needs same-day paediatric safeguarding assessment.
        pytest.param(
            [
                "12岁男娃两个钟头前被羽毛球打到右眼",
                "黑眼仁最下边有一点点血，薄薄一层",
                "视力还可以，不恶心不头痛，瞳孔是圆的，眼睛不胀",
            ],
            _patient(4580, "male", (), pregnant=None),
            id="r66-zh-029",
        ),  # NICE CKS Red eye (hyphaema) / RCOphth: a small traumatic hyphaema without pain, vomiting or pupil change still needs same-day eye assessment for pressure and hidden injury.
        pytest.param(
            [
                "68岁大爷左边脑门起了一片水疱，一直长到鼻子尖上，疼了四五天",
                "今天左眼也红了，有点流泪",
                "视力他说跟以前差不多",
            ],
            _patient(24890, "male", (), pregnant=None),
            id="r66-zh-032",
        ),  # NICE CKS Shingles (herpes zoster ophthalmicus): shingles in the ophthalmic division with a red eye needs antivirals and same-day ophthalmology review.
        pytest.param(
            [
                "50岁阿姨，右眼红痛两天了，没受过伤，不戴隐形眼镜",
                "查视力右眼0.3，左眼1.0，她说以前两眼一样",
                "没吐，瞳孔两边差不多大",
            ],
            _patient(18260, "female", (), pregnant=False),
            id="r66-zh-043",
        ),  # NICE CKS Red eye: a red eye with pain and reduced visual acuity (keratitis, scleritis, uveitis) needs same-day ophthalmology assessment.
        pytest.param(
            [
                "出生三个礼拜的女宝宝，右眼眼屎多，黄绿色，粘得眼皮睁不开",
                "眼白有点红，吃奶睡觉都正常",
            ],
            _patient(21, "female", (), pregnant=None),
            id="r66-zh-044",
        ),  # NICE CKS Conjunctivitis - infective (ophthalmia neonatorum): purulent conjunctivitis in the first 28 days of life needs same-day referral to exclude gonococcal or chlamydial infection.
        pytest.param(
            [
                "55岁男的，高度近视一千度，这两天右眼老看到闪光，像打闪一样",
                "今天早上眼前突然多了一大把黑点点，像一群蚊子在飞",
                "他说视力还行，没有被挡住的感觉",
            ],
            _patient(20085, "male", ("high myopia",), pregnant=None),
            id="r66-zh-060",
        ),  # AAO Posterior Vitreous Detachment, Retinal Breaks and Lattice Degeneration PPP / RCOphth: new flashes with a shower of floaters or a curtain-like shadow suggests a retinal tear or detachment needing same-day ophthalmic examination.
        pytest.param(
            [
                "3yo with a black eye, mum says he walked into a door",
                "later said he fell off his bike, older sister says he doesn't have a bike",
                "also has finger-shaped marks on his upper arm",
            ],
            _patient(1245, "male", (), pregnant=None),
            id="r66-en-001",
        ),  # NICE CG89/NG76 Child maltreatment: eye-area bruising or eye bleeding with an explanation that does not fit the child's development needs same-day paediatric safeguarding assessment.
        pytest.param(
            [
                "29M with Crohn's, R eye aching 2 days, hates bright light",
                "redness mostly round the edge of the cornea",
                "R pupil smaller than L, vision a bit hazy",
            ],
            _patient(10745, "male", ("Crohn's disease",), pregnant=None),
            id="r66-en-016",
        ),  # NICE CKS Red eye (anterior uveitis): photophobia, redness around the cornea and a small pupil suggest iritis needing same-day ophthalmology assessment.
        pytest.param(
            [
                "52M R eye red and painful 2 days, no injury, no contacts",
                "VA R 6/24, L 6/6",
                "pupils equal, no vomiting",
            ],
            _patient(19080, "male", (), pregnant=None),
            id="r66-en-026",
        ),  # NICE CKS Red eye: a red eye with pain and reduced visual acuity (keratitis, scleritis, uveitis) needs same-day ophthalmology assessment.
        pytest.param(
            [
                "4 month old, bruising round both eyes and a bleed on the white of the L eye",
                "dad says she rolled off the changing mat",
                "HV notes say she isn't rolling yet",
            ],
            _patient(122, "female", (), pregnant=None),
            id="r66-en-028",
        ),  # NICE CG89/NG76 Child maltreatment: eye-area bruising or eye bleeding with an explanation that does not fit the child's development needs same-day paediatric safeguarding assessment.
        pytest.param(
            [
                "14yo girl hit by a hockey ball to R eye this afternoon",
                "thin layer of blood at the bottom of the iris",
                "vision nearly normal, pupil round, no nausea, only mild pain",
            ],
            _patient(5230, "female", (), pregnant=False),
            id="r66-en-032",
        ),  # NICE CKS Red eye (hyphaema) / RCOphth: a small traumatic hyphaema without pain, vomiting or pupil change still needs same-day eye assessment for pressure and hidden injury.
        pytest.param(
            [
                "40M elbowed in L eye at football",
                "tiny streak of blood at the bottom of the cornea, rest of eye white",
                "vision ok, eye moves fine, no double vision, no headache",
            ],
            _patient(14820, "male", (), pregnant=None),
            id="r66-en-033",
        ),  # NICE CKS Red eye (hyphaema) / RCOphth: a small traumatic hyphaema without pain, vomiting or pupil change still needs same-day eye assessment for pressure and hidden injury.
        pytest.param(
            [
                "baby girl 2 wks old, R eye red with yellow discharge since yesterday",
                "keeps coming back straight after wiping",
            ],
            _patient(14, "female", (), pregnant=None),
            id="r66-en-041",
        ),  # NICE CKS Conjunctivitis - infective (ophthalmia neonatorum): purulent conjunctivitis in the first 28 days of life needs same-day referral to exclude gonococcal or chlamydial infection.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "45岁男的近视，说眼前有几个小黑影飘，好几年了，从没看过眼科",
                "最近没变多，没有闪光，视力没变，没有挡住的地方",
            ],
            _patient(16495, "male", ("myopia",), pregnant=None),
            id="r66-zh-001",
        ),  # AAO Posterior Vitreous Detachment PPP: long-standing unchanged floaters without flashes, new showers or field loss are benign; reassurance or routine optometry.
        pytest.param(
            [
                "2个月的宝宝右眼老是泪汪汪的，有时候有点眼屎",
                "眼白不红，眼皮不肿，吃奶好",
                "生下来没多久就这样了",
            ],
            _patient(60, "female", (), pregnant=None),
            id="r66-zh-003",
        ),  # AAO Pediatric Eye Evaluations PPP (nasolacrimal duct obstruction) / NICE CKS: a watery eye since birth with a white eye and normal lids usually resolves by 12 months; lacrimal massage, routine follow-up.
        pytest.param(
            [
                "52岁男的早上起来婆娘说他左眼白有一大块鲜红的",
                "不痛不痒，看东西正常，没碰着过",
                "前两天感冒咳得厉害，血压量了130/85",
            ],
            _patient(18990, "male", (), pregnant=None),
            id="r66-zh-005",
        ),  # NICE CKS Subconjunctival haemorrhage: a painless red patch without injury and with normal vision resolves in about two weeks; reassure and check blood pressure.
        pytest.param(
            [
                "67岁阿姨吃华法林，右眼眼白出了一片血，像红墨水",
                "不痛，视力正常，没外伤",
                "别的地方没出血，牙龈也不出血",
            ],
            _patient(24535, "female", ("atrial fibrillation",), pregnant=False),
            id="r66-zh-010",
        ),  # NICE CKS Subconjunctival haemorrhage: painless, no trauma and normal vision; in a patient on anticoagulants a routine INR/bleeding review is sensible but it is not urgent.
        pytest.param(
            [
                "16岁女孩上眼皮边上长了个红疙瘩，有点痛，像个小脓头",
                "眼睛本身不红，看东西清楚，不发烧",
            ],
            _patient(6040, "female", (), pregnant=False),
            id="r66-zh-015",
        ),  # NICE CKS Styes (hordeola): a tender localised lid-margin lump without spreading swelling or eye involvement resolves with warm compresses.
        pytest.param(
            [
                "30岁男的下眼皮边长了个包，三天了，按着痛",
                "别的都好好的，眼皮没整个肿，眼珠转动正常",
            ],
            _patient(10965, "male", (), pregnant=None),
            id="r66-zh-017",
        ),  # NICE CKS Styes (hordeola): a tender localised lid-margin lump without spreading swelling or eye involvement resolves with warm compresses.
        pytest.param(
            [
                "40岁男的，说家里娃刚得了红眼病，他今天也两只眼红，有点痒，流泪",
                "看东西清楚，眼睛不痛，不戴隐形",
            ],
            _patient(14800, "male", (), pregnant=None),
            id="r66-zh-021",
        ),  # NICE CKS Conjunctivitis - infective (viral): a watery red eye with a cold, normal vision and no pain settles without treatment; self-care and hygiene advice.
        pytest.param(
            [
                "47岁大叔说最近看手机要拿远点才看得清，晚上更明显",
                "看远处没问题，眼睛不红不痛",
            ],
            _patient(17175, "male", (), pregnant=None),
            id="r66-zh-023",
        ),  # AAO Refractive Errors PPP / WHO primary eye care: gradual near-vision blur after age 40 with normal distance vision is presbyopia, needing routine refraction for reading glasses.
        pytest.param(
            [
                "28岁女的感冒了，喉咙痛，今天左眼红，流眼泪",
                "分泌物是清水样的，耳朵前面有个小疙瘩按着痛",
                "视力好，不怕光，不痛",
            ],
            _patient(10520, "female", (), pregnant=False),
            id="r66-zh-024",
        ),  # NICE CKS Conjunctivitis - infective (viral): a watery red eye with a cold, normal vision and no pain settles without treatment; self-care and hygiene advice.
        pytest.param(
            [
                "48岁女的，脸上有酒糟鼻，眼皮边一直发红、烧得慌",
                "眼睛干涩，视力正常，眼白不红",
            ],
            _patient(17620, "female", ("rosacea",), pregnant=False),
            id="r66-zh-027",
        ),  # NICE CKS Blepharitis: chronic crusting, itchy lid margins with normal vision are managed with daily lid hygiene and warm compresses.
        pytest.param(
            [
                "62岁阿姨老说眼睛干、涩，像进了沙子，下午更重",
                "看东西清楚，不红不痛，出门一吹风就流泪",
            ],
            _patient(22780, "female", (), pregnant=False),
            id="r66-zh-034",
        ),  # NICE CKS Dry eye syndrome: gritty, dry eyes with normal vision and no pain or redness are managed with lubricants and environmental advice.
        pytest.param(
            [
                "10岁男娃眼睛痒，老揉，有过敏性鼻炎",
                "眼白有点红，没眼屎，看东西清楚",
            ],
            _patient(3700, "male", ("allergic rhinitis",), pregnant=None),
            id="r66-zh-035",
        ),  # NICE CKS Conjunctivitis - allergic: itchy, watery eyes with normal vision linked to allergens are managed with avoidance and topical antihistamine/mast-cell stabiliser.
        pytest.param(
            [
                "58岁女的有糖尿病，说眼睛干，老想眨眼，开空调更明显",
                "视力没变，眼睛不红不痛，今年眼底已经查过了",
            ],
            _patient(21210, "female", ("diabetes",), pregnant=False),
            id="r66-zh-039",
        ),  # NICE CKS Dry eye syndrome: gritty, dry eyes with normal vision and no pain or redness are managed with lubricants and environmental advice.
        pytest.param(
            [
                "55岁大叔眼皮边上老是红红的，痒，早上睫毛根有一层皮屑",
                "好几个月了，时好时坏，看东西没问题",
            ],
            _patient(20375, "male", (), pregnant=None),
            id="r66-zh-041",
        ),  # NICE CKS Blepharitis: chronic crusting, itchy lid margins with normal vision are managed with daily lid hygiene and warm compresses.
        pytest.param(
            [
                "26岁女的，怀孕五个月，每年春天杨絮一飘就两眼痒，揉得红红的，流清水",
                "同时打喷嚏流鼻涕，视力正常，问能不能点眼药",
            ],
            _patient(9590, "female", (), pregnant=True),
            id="r66-zh-048",
        ),  # NICE CKS Conjunctivitis - allergic: itchy, watery eyes with normal vision linked to allergens are managed with avoidance and topical antihistamine/mast-cell stabiliser.
        pytest.param(
            [
                "35岁男的右眼红两天，眼屎多，昨天左眼也开始了",
                "就是有点涩，视力正常，没戴隐形眼镜",
            ],
            _patient(12835, "male", (), pregnant=None),
            id="r66-zh-051",
        ),  # NICE CKS Conjunctivitis - infective: a sticky red eye with normal vision, no pain and no photophobia is usually self-limiting and managed with hygiene and self-care.
        pytest.param(
            [
                "8岁小姑娘两只眼睛红，早上起来眼屎把眼皮粘住了，黄的",
                "不痛，不怕光，看东西清楚",
                "班上有几个娃也这样",
            ],
            _patient(2950, "female", (), pregnant=None),
            id="r66-zh-053",
        ),  # NICE CKS Conjunctivitis - infective: a sticky red eye with normal vision, no pain and no photophobia is usually self-limiting and managed with hygiene and self-care.
        pytest.param(
            [
                "65岁奶奶说眼前有根线一样的东西飘来飘去，去年眼科看过说是玻璃体混浊",
                "这回来量血压顺便问问，跟去年一样没变化，没闪光，没挡住",
            ],
            _patient(23945, "female", ("hypertension",), pregnant=False),
            id="r66-zh-055",
        ),  # AAO Posterior Vitreous Detachment PPP: long-standing unchanged floaters without flashes, new showers or field loss are benign; reassurance or routine optometry.
        pytest.param(
            [
                "35岁女会计，对着电脑一天下来眼睛累，有点头胀，周末就好了",
                "视力没下降，眼睛不红",
            ],
            _patient(13025, "female", (), pregnant=False),
            id="r66-zh-056",
        ),  # AAO eye health guidance / WHO primary eye care: digital eye strain with normal acuity that settles with rest is managed with regular breaks (20-20-20) and self-care.
        pytest.param(
            [
                "24岁小伙子天天打游戏到半夜，说眼睛酸胀，看久了模糊，歇一下就好",
                "不红不痛，视力查了两眼都1.0",
            ],
            _patient(8850, "male", (), pregnant=None),
            id="r66-zh-059",
        ),  # AAO eye health guidance / WHO primary eye care: digital eye strain with normal acuity that settles with rest is managed with regular breaks (20-20-20) and self-care.
        pytest.param(
            [
                "66M red lid edges and flakes on his lashes, on and off for years",
                "wants something for it, eyes otherwise fine",
            ],
            _patient(24100, "male", (), pregnant=None),
            id="r66-en-002",
        ),  # NICE CKS Blepharitis: chronic crusting, itchy lid margins with normal vision are managed with daily lid hygiene and warm compresses.
        pytest.param(
            [
                "33F L eye red with gunky discharge 2 days",
                "no contacts, vision normal, gritty not painful",
            ],
            _patient(12145, "female", (), pregnant=False),
            id="r66-en-003",
        ),  # NICE CKS Conjunctivitis - infective: a sticky red eye with normal vision, no pain and no photophobia is usually self-limiting and managed with hygiene and self-care.
        pytest.param(
            [
                "6 wk old, watery L eye since birth, occasionally a bit crusty",
                "eye white, lids not swollen, feeding well",
            ],
            _patient(42, "male", (), pregnant=None),
            id="r66-en-004",
        ),  # AAO Pediatric Eye Evaluations PPP (nasolacrimal duct obstruction) / NICE CKS: a watery eye since birth with a white eye and normal lids usually resolves by 12 months; lacrimal massage, routine follow-up.
        pytest.param(
            [
                "36F myopic, asking about 'cobwebs' she's had since she was a teenager",
                "no new ones, no flashes, vision fine",
            ],
            _patient(13290, "female", ("myopia",), pregnant=False),
            id="r66-en-006",
        ),  # AAO Posterior Vitreous Detachment PPP: long-standing unchanged floaters without flashes, new showers or field loss are benign; reassurance or routine optometry.
        pytest.param(
            [
                "50M few floaters for years, never had them checked",
                "no change, no flashes, no shadow",
            ],
            _patient(18310, "male", (), pregnant=None),
            id="r66-en-008",
        ),  # AAO Posterior Vitreous Detachment PPP: long-standing unchanged floaters without flashes, new showers or field loss are benign; reassurance or routine optometry.
        pytest.param(
            [
                "19F tender red lump on the edge of R upper lid, looks like a pimple",
                "eye itself fine, no swelling spreading round the eye",
            ],
            _patient(7025, "female", (), pregnant=False),
            id="r66-en-009",
        ),  # NICE CKS Styes (hordeola): a tender localised lid-margin lump without spreading swelling or eye involvement resolves with warm compresses.
        pytest.param(
            [
                "5yo sticky eyes both sides since yesterday, yellow crust in the morning",
                "not in pain, vision fine, no light sensitivity",
            ],
            _patient(1865, "male", (), pregnant=None),
            id="r66-en-021",
        ),  # NICE CKS Conjunctivitis - infective: a sticky red eye with normal vision, no pain and no photophobia is usually self-limiting and managed with hygiene and self-care.
        pytest.param(
            [
                "teacher 45F, several kids in her class with pink eye, now her R eye is watery and red",
                "no contacts, vision normal, not painful",
            ],
            _patient(16585, "female", (), pregnant=False),
            id="r66-en-024",
        ),  # NICE CKS Conjunctivitis - infective (viral): a watery red eye with a cold, normal vision and no pain settles without treatment; self-care and hygiene advice.
        pytest.param(
            [
                "60M woke with a bright red patch on the white of his L eye",
                "no pain, no injury, vision normal",
                "BP today 138/84",
            ],
            _patient(21930, "male", (), pregnant=None),
            id="r66-en-029",
        ),  # NICE CKS Subconjunctival haemorrhage: a painless red patch without injury and with normal vision resolves in about two weeks; reassure and check blood pressure.
        pytest.param(
            [
                "46F struggling to read small print, holds phone at arm's length",
                "distance vision fine, no headaches",
            ],
            _patient(16870, "female", (), pregnant=False),
            id="r66-en-030",
        ),  # AAO Refractive Errors PPP / WHO primary eye care: gradual near-vision blur after age 40 with normal distance vision is presbyopia, needing routine refraction for reading glasses.
        pytest.param(
            [
                "71M on apixaban, red blotch on the white of his R eye since this morning",
                "painless, no injury, vision normal, no other bleeding",
            ],
            _patient(26095, "male", ("atrial fibrillation",), pregnant=None),
            id="r66-en-034",
        ),  # NICE CKS Subconjunctival haemorrhage: painless, no trauma and normal vision; in a patient on anticoagulants a routine INR/bleeding review is sensible but it is not urgent.
        pytest.param(
            [
                "28F new cat at home, eyes itchy and puffy, clear discharge",
                "no pain, vision normal",
            ],
            _patient(10230, "female", (), pregnant=False),
            id="r66-en-039",
        ),  # NICE CKS Conjunctivitis - allergic: itchy, watery eyes with normal vision linked to allergens are managed with avoidance and topical antihistamine/mast-cell stabiliser.
        pytest.param(
            [
                "50F crusty itchy eyelid margins for months",
                "eyes feel gritty, vision normal, no pain",
            ],
            _patient(18370, "female", (), pregnant=False),
            id="r66-en-043",
        ),  # NICE CKS Blepharitis: chronic crusting, itchy lid margins with normal vision are managed with daily lid hygiene and warm compresses.
        pytest.param(
            [
                "52M diabetic, can't read the paper without glasses now, gradual over a year",
                "no sudden change, no floaters, diabetic eye screening was normal in spring",
            ],
            _patient(19180, "male", ("diabetes",), pregnant=None),
            id="r66-en-048",
        ),  # AAO Refractive Errors PPP / WHO primary eye care: gradual near-vision blur after age 40 with normal distance vision is presbyopia, needing routine refraction for reading glasses.
        pytest.param(
            [
                "student 20 revising on laptop all day, tired sore eyes by the evening",
                "vision normal, settles overnight",
            ],
            _patient(7400, "female", (), pregnant=False),
            id="r66-en-051",
        ),  # AAO eye health guidance / WHO primary eye care: digital eye strain with normal acuity that settles with rest is managed with regular breaks (20-20-20) and self-care.
        pytest.param(
            [
                "70F gritty dry eyes, worse with the heating on, waters in the wind",
                "vision ok, no redness or pain",
            ],
            _patient(25570, "female", (), pregnant=False),
            id="r66-en-055",
        ),  # NICE CKS Dry eye syndrome: gritty, dry eyes with normal vision and no pain or redness are managed with lubricants and environmental advice.
        pytest.param(
            [
                "38M painless lump in L upper lid for 4 wks",
                "not red, not tender, vision fine",
            ],
            _patient(14110, "male", (), pregnant=None),
            id="r66-en-056",
        ),  # NICE CKS Chalazion: a painless, non-inflamed lid lump with normal vision is benign and can be managed routinely.
        pytest.param(
            [
                "22M cold and sore throat, now both eyes pink and watery",
                "itchy and gritty, vision fine, no pain",
            ],
            _patient(8230, "male", (), pregnant=None),
            id="r66-en-057",
        ),  # NICE CKS Conjunctivitis - infective (viral): a watery red eye with a cold, normal vision and no pain settles without treatment; self-care and hygiene advice.
        pytest.param(
            [
                "17M hayfever, itchy watery eyes both sides, sneezing",
                "vision fine",
            ],
            _patient(6405, "male", (), pregnant=None),
            id="r66-en-058",
        ),  # NICE CKS Conjunctivitis - allergic: itchy, watery eyes with normal vision linked to allergens are managed with avoidance and topical antihistamine/mast-cell stabiliser.
        pytest.param(
            [
                "42F taking antihistamines daily, eyes feel dry and tired after long days",
                "vision normal, not red",
            ],
            _patient(15630, "female", (), pregnant=False),
            id="r66-en-059",
        ),  # NICE CKS Dry eye syndrome: gritty, dry eyes with normal vision and no pain or redness are managed with lubricants and environmental advice.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
