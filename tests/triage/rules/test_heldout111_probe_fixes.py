# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A hundred-and-eleventh held-out round (2026-12-08, at commit 9d21c52: two reviewers, 120 cases of
skin, rashes, blisters, bites and wounds at all ages as staff describe what they see; 12
emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules found 10 of 12 and
11 of 12 emergencies, graded 18 of 24 and 18 of 24 same-day cases exactly (English, Chinese) and
sent 0 and 1 look-alikes to emergency. Missed: a toddler's scald over the chest, belly and an arm
told as "pulled kettle cord, hot water all down his front" and as 打翻了刚烧开的水壶 ... 全烫了 起大泡,
and an inhalation injury told as "black stuff round her nostrils, eyebrows singed, voice getting
hoarse"; sent to emergency: a question before going up the mountains, 问被蛇咬了该咋办, beside a
relative's bite 前几年.

What changed: the kettle and hot-water wordings are burns and 起大泡 is blisters, so the rule of
nines reads the parts named (ISBI 2016); soot round the nostrils, singed eyebrows and dark sputum
are smoke inhalation; 前几年 dates the past and 问被...咬了 asks what to do; a knuckle cut on
"someone's teeth" is a fight bite; a gaping cut with fat showing, or a fork through a boot, is a
deep wound; a monkey's bite or scratch is an animal bite; a finger swollen like a sausage, held bent
and painful to straighten after a prick is a flexor sheath infection (BSSH, new rule); an itchy
raised rash on an antibiotic is hives after a medicine; 嘴角漏水 is a drooping mouth and an eye that
will not close is upper-face weakness (with ear blisters: Ramsay Hunt, same day); 红肿...摸着烫 is
cellulitis; "black in the middle" of a pressure sore is dead tissue. After: 12/12, 12/12; 24/24,
23/24; look-alikes sent to emergency 0, 0.

Left: a toddler with hand, foot and mouth disease who will not drink because of mouth ulcers is
still an emergency by IMCI's "unable to drink" (r111-zh-029)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "8mo boy, mum on phone, temp 39.1 since this am, gave calpol at 7",
                "now few purplish dots on tummy n legs, she did the glass thing and they dont fade",
                "says hes really sleepy, hard to keep him awake, hands and feet freezing tho hes hot",
            ],
            _patient(243, "male", (), pregnant=None),
            id="r111-en-001",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease 2024, recognition and pre-hospital management: fever with a non-blanching rash and drowsiness/cold extremities in an infant needs immediate ambulance transfer and parenteral antibiotics.
        pytest.param(
            [
                "34F at front desk, started co-amox 2 hrs ago for sinus infection",
                "came in about itchy bumps on arms and chest, was chatting fine at first",
                "now her voice sounds croaky, says throat feels tight and lips look bigger than when she walked in",
            ],
            _patient(12430, "female", (), pregnant=False),
            id="r111-en-002",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis 2021: skin signs plus airway swelling/hoarseness after a new drug is anaphylaxis - IM adrenaline and 999.
        pytest.param(
            [
                "52M diabetic, scraped shin on a pallet at work 2 days ago, small graze",
                "leg swollen now, he says pain is unbearable, yelps if we even touch near it but redness is only small",
                "skin round it going dusky greyish purple, couple of dark blisters. temp 38.9 HR 124",
            ],
            _patient(19080, "male", ("type 2 diabetes",), pregnant=None),
            id="r111-en-003",
        ),  # NICE NG141 Cellulitis and erysipelas (1.1 referral) and NICE NG51 Suspected sepsis: pain out of proportion, dusky skin, haemorrhagic bullae and tachycardia suggest necrotising soft-tissue infection needing emergency surgical transfer.
        pytest.param(
            [
                "19F on lamotrigine, neuro put the dose up 3 wks ago",
                "since yesterday fever and red rash on body, now says her skin burns, some bits blistering and skin slides off when rubbed",
                "mouth full of ulcers cant eat, eyes red and gritty",
            ],
            _patient(6975, "female", ("epilepsy",), pregnant=False),
            id="r111-en-004",
        ),  # BAD UK guidelines for management of SJS/TEN in adults 2016: fever, painful skin with blistering/detachment and mucosal involvement after a new drug requires stopping the drug and immediate hospital (burns/ICU) transfer.
        pytest.param(
            [
                "gran on the phone, 18mo pulled kettle cord, hot water all down his front",
                "she got his top off and ran him under the tap",
                "whole chest and tummy red with big blisters and down his right arm to the wrist, screaming non stop",
            ],
            _patient(548, "male", (), pregnant=None),
            id="r111-en-005",
        ),  # NICE CKS Burns and scalds / British Burn Association National Burn Care Referral Guidance: a child with a scald over roughly 15-20% body surface needs emergency transfer for fluid resuscitation and burns-unit care.
        pytest.param(
            [
                "neighbour brought in 80F, small fire in her kitchen this morning, she put it out with a tea towel",
                "only couple of red patches on face and backs of hands, she keeps saying im fine just shaken",
                "but theres black stuff round her nostrils, eyebrows singed, voice getting hoarse and coughing up dark spit",
            ],
            _patient(29400, "female", ("hypertension",), pregnant=False),
            id="r111-en-006",
        ),  # NICE CKS Burns and scalds (referral) / British Burn Association referral guidance: soot in nostrils, singed hair, hoarseness and carbonaceous sputum indicate inhalation injury with risk of airway obstruction - immediate ambulance.
        pytest.param(
            [
                "gardener stung by a bee on the neck about 10 min ago, walked over from the park",
                "itchy all over now, red blotches spreading across his chest",
                "just gone very pale and sweaty says he feels like he'll pass out, BP 82/50",
            ],
            _patient(16455, "male", (), pregnant=None),
            id="r111-en-007",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis 2021: generalised skin signs with hypotension/near-syncope after a sting is anaphylaxis - IM adrenaline and emergency transfer.
        pytest.param(
            [
                "HV visit, 10 day old girl",
                "skin round the belly button red and spreading out onto tummy, bit of smelly stuff from the cord stump",
                "mum says she hasnt fed properly since last night, very floppy, temp 35.8",
            ],
            _patient(10, "female", (), pregnant=None),
            id="r111-en-008",
        ),  # NICE NG51 Suspected sepsis (under 5s, high-risk criteria): a neonate with spreading periumbilical redness, poor feeding, floppiness and low temperature is high risk and needs emergency transfer.
        pytest.param(
            [
                "district nurse: 73F on day 2 of flucloxacillin for cellulitis R leg",
                "redness has gone up past the knee now",
                "she's muddled today which isnt her, knees look blotchy and mottled, RR 28 BP 86/52, no wee since yesterday eve",
            ],
            _patient(26795, "female", ("heart failure", "type 2 diabetes"), pregnant=False),
            id="r111-en-009",
        ),  # NICE NG51 Suspected sepsis (adults, high-risk criteria): new confusion, RR >=25, systolic <=90, mottled skin and no urine for 18 h with a skin source need emergency transfer.
        pytest.param(
            [
                "walker bitten on the hand by a snake on the heath ~40 min ago, his mate says it had a zigzag on its back",
                "hand swollen up to the elbow now, bruising coming out",
                "hes vomited twice and says hes dizzy and faint",
            ],
            _patient(14900, "male", (), pregnant=None),
            id="r111-en-010",
        ),  # NHS / TOXBASE adder bite guidance: all adder bites need hospital assessment; vomiting, faintness and spreading swelling indicate systemic envenoming needing antivenom - ambulance.
        pytest.param(
            [
                "4yo girl, chickenpox since mon, day 5 now",
                "was getting better but last night fever came back, 40.1",
                "one patch on her side is now a big hot red swollen area, she screams if u touch it, bigger than this morning",
                "mum says shes really floppy and hasnt had a wee since breakfast",
            ],
            _patient(1550, "female", (), pregnant=None),
            id="r111-en-011",
        ),  # UKHSA guidance on invasive group A streptococcal infection and NICE NG51 Suspected sepsis: recurrent high fever in chickenpox with a rapidly spreading painful area, lethargy and reduced urine is high risk - emergency transfer.
        pytest.param(
            [
                "mum called about 17yo daughter, vomiting and runny poo since last night",
                "temp 39.6",
                "whole body gone red like sunburn but she hasnt been in the sun",
                "she's on her period using tampons, fainted in the bathroom this morning",
            ],
            _patient(6265, "female", (), pregnant=False),
            id="r111-en-012",
        ),  # NICE NG51 Suspected sepsis and UKHSA toxic shock syndrome guidance: high fever, diffuse sunburn-like erythroderma, vomiting and syncope in a tampon user suggests toxic shock - emergency transfer.
        pytest.param(
            [
                "9个月女娃 发烧39.2 今早开始的",
                "身上腿上有些小红点 针尖那么大 刚才拿玻璃杯压了压 不退",
                "还能吃点奶 就是比平时蔫 手脚冰凉",
            ],
            _patient(274, "female", (), pregnant=None),
            id="r111-zh-001",
        ),  # NICE NG240 Meningitis (bacterial) and meningococcal disease, recognition and pre-hospital management; NICE NG143 traffic-light table: fever with a non-blanching rash and cold extremities means suspected meningococcal disease and needs immediate transfer with pre-hospital antibiotics.
        pytest.param(
            [
                "老乡在山上被马蜂蛰了手背 刚下来",
                "说嗓子发紧 说话声音哑了 身上一块一块起大包很痒",
                "有点头晕 想躺下 脸色发白",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="r111-zh-002",
        ),  # Resuscitation Council UK Emergency treatment of anaphylaxis (2021), recognition: airway symptoms (throat tightness, hoarseness) plus circulatory symptoms after a sting are anaphylaxis needing IM adrenaline and an ambulance.
        pytest.param(
            [
                "村里老太太砍柴碰到胡蜂窝了 头上脖子胳膊数了有二十几个包",
                "当时说还好 回家了 下午开始吐了两回",
                "刚才尿了一次 尿跟酱油一个颜色 说浑身没劲",
            ],
            _patient(24820, "female", ("高血压",), pregnant=False),
            id="r111-zh-003",
        ),  # 胡蜂螫伤规范化诊治中国专家共识(2018), 病情评估: more than 10 stings with vomiting and cola-coloured urine signal haemolysis/rhabdomyolysis and acute kidney injury, requiring immediate transfer to a hospital able to give blood purification.
        pytest.param(
            [
                "王叔 糖尿病 三天前脚背被竹签划了个小口子",
                "今天小腿都肿了 红里面发紫 起了几个水泡 有的黑乎乎的",
                "疼得不得了 轻轻碰一下就叫 看伤口倒不大",
                "体温38.9 心跳120多",
            ],
            _patient(21170, "male", ("2型糖尿病",), pregnant=None),
            id="r111-zh-004",
        ),  # NICE NG141 Cellulitis and erysipelas, 1.1 referral: suspected necrotising fasciitis (pain out of proportion, violaceous bullae, tachycardia, fever in a diabetic) needs emergency hospital admission for surgery.
        pytest.param(
            [
                "刘姐 两个礼拜前开始吃卡马西平 治脸疼的",
                "这两天发烧 嘴里全烂了 吃不下饭 眼睛红得睁不开",
                "身上起了好多红斑 有的起水泡 一擦皮就掉 像烫了似的",
            ],
            _patient(18980, "female", ("三叉神经痛",), pregnant=False),
            id="r111-zh-005",
        ),  # British Association of Dermatologists guidelines for SJS/TEN in adults (2016): new drug, fever, mucosal erosions and skin detachment are SJS/TEN, requiring immediate drug withdrawal and emergency transfer to a burns/intensive care capable unit.
        pytest.param(
            [
                "刚有个人在田里插秧被蛇咬了左脚 没看清啥蛇",
                "才一个钟头 肿到膝盖了 还在往上肿",
                "吐口水带血 牙龈在渗血",
                "我们这没有抗蛇毒血清",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="r111-zh-006",
        ),  # WHO SEARO Guidelines for the management of snakebites (2nd ed, 2016) and 2018中国蛇伤救治专家共识: rapidly progressive swelling and spontaneous systemic bleeding are signs of severe envenoming needing immediate transfer for antivenom.
        pytest.param(
            [
                "两岁男孩 打翻了刚烧开的水壶",
                "胸口 肚子整片 右胳膊也全烫了 起大泡 有的破了 底下发白",
                "已经拿凉水冲了十几分钟 一直哭 抱着发抖",
            ],
            _patient(760, "male", (), pregnant=None),
            id="r111-zh-007",
        ),  # ISBI Practice Guidelines for Burn Care (2016) and British Burn Association referral criteria: a scald of the whole front trunk plus an arm in a toddler is well over 10% TBSA partial/deep thickness, needing fluid resuscitation and emergency transfer to a burn centre.
        pytest.param(
            [
                "灶房着火了 老奶奶在里头 已经拉出来了",
                "脸上烫红了 眉毛头发烧焦了 鼻毛也焦了",
                "嗓子哑 一直咳 吐的痰是黑的",
                "现在还能说话 她说没事不想去医院",
            ],
            _patient(25550, "female", (), pregnant=False),
            id="r111-zh-008",
        ),  # ISBI Practice Guidelines for Burn Care (2016), inhalation injury: enclosed-space fire with singed nasal hair, hoarseness and carbonaceous sputum means airway burn with risk of sudden obstruction, requiring immediate transfer despite the patient seeming well.
        pytest.param(
            [
                "16天的女宝 摸着烫 量了38.2",
                "身上皮肤一块白一块紫的 花花的",
                "吃奶吃几口就不吃了 一直睡 叫不太醒",
            ],
            _patient(16, "female", (), pregnant=None),
            id="r111-zh-009",
        ),  # NICE NG143 Fever in under 5s, traffic-light table: age under 3 months with temperature 38 or more, mottled skin and not waking are red features requiring immediate emergency referral.
        pytest.param(
            [
                "李奶奶 右小腿红肿发烫好几天了 家里自己贴膏药",
                "今天女儿说她糊涂了 认不得人 说胡话",
                "量了血压85/50 呼吸一分钟28次 体温38.6",
            ],
            _patient(33200, "female", ("高血压", "糖尿病"), pregnant=False),
            id="r111-zh-010",
        ),  # NICE NG51 Sepsis, high-risk criteria: new confusion, respiratory rate 25 or more and systolic BP 90 or less with a skin infection source require emergency transfer.
        pytest.param(
            [
                "张伯 高血压吃依那普利好几年了",
                "今天早上起来舌头肿了 越来越大 嘴唇也肿",
                "说话含糊 口水咽不下去往外流",
                "没吃啥特别的 身上不痒 也没起疹子",
            ],
            _patient(24090, "male", ("高血压",), pregnant=None),
            id="r111-zh-011",
        ),  # Resuscitation Council UK anaphylaxis/airway guidance and NICE CKS Angio-oedema: ACE-inhibitor angioedema with tongue swelling, drooling and inability to swallow is an airway threat needing an ambulance now (antihistamines do not work).
        pytest.param(
            [
                "5岁男孩 出水痘第4天了",
                "前两天烧都退了 昨晚又烧到40",
                "大腿上有一个痘周围红肿 一晚上扩了一大片 很烫 一碰就哭得厉害",
                "现在蔫蔫的不说话 手脚冰凉",
            ],
            _patient(1900, "male", (), pregnant=None),
            id="r111-zh-012",
        ),  # UKHSA Group A streptococcal infections guidance and NICE NG143: varicella with recurrent high fever, rapidly spreading very painful skin and lethargy with cold peripheries suggests invasive GAS/necrotising fasciitis and sepsis; immediate transfer.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "48M red hot swollen patch on L shin 2 days, getting bigger, drew pen line this morning and its gone past it",
                "temp 37.9 HR 88 BP 134/82, walking ok eating fine",
                "no diabetes, no other probs",
            ],
            _patient(17530, "male", (), pregnant=None),
            id="r111-en-013",
        ),  # NICE NG141 Cellulitis and erysipelas: spreading cellulitis in a systemically well adult needs same-day assessment and oral antibiotics; no sepsis features so not emergency.
        pytest.param(
            [
                "70F painful blistery rash R forehead going up into hair, started 2 days ago",
                "couple of spots on the tip of her nose now too and that eye looks bit red",
                "vision ok she says",
            ],
            _patient(25555, "female", (), pregnant=False),
            id="r111-en-014",
        ),  # NICE CKS Shingles (herpes zoster ophthalmicus): forehead rash with nasal tip involvement and red eye needs antivirals and same-day ophthalmology assessment.
        pytest.param(
            [
                "cat bit 36F on back of R hand last night, 2 puncture holes",
                "today swollen and throbbing, red round the holes",
                "no temp, can move all fingers",
            ],
            _patient(13340, "female", (), pregnant=False),
            id="r111-en-015",
        ),  # NICE NG184 Human and animal bites: a cat bite that has broken the skin needs antibiotics, and hand bites need same-day assessment for tendon/joint infection.
        pytest.param(
            [
                "23M cut over knuckle R hand, said he punched a wall sat night",
                "now admits it was someones teeth",
                "knuckle swollen and red, hurts to make a fist",
            ],
            _patient(8470, "male", (), pregnant=None),
            id="r111-en-016",
        ),  # NICE NG184 Human and animal bites: a human bite breaking the skin needs antibiotics, and a clenched-fist injury over a joint needs same-day surgical assessment.
        pytest.param(
            [
                "3yo with eczema, mum says its suddenly much worse over 2 days",
                "lots of little punched out sores n crusts on neck and cheeks, in clusters, really sore",
                "temp 38.0, still drinking and playing a bit",
            ],
            _patient(1135, "male", ("atopic eczema",), pregnant=None),
            id="r111-en-017",
        ),  # NICE CG57 Atopic eczema in under 12s: suspected eczema herpeticum needs immediate systemic aciclovir and same-day specialist advice; child alert so not ambulance.
        pytest.param(
            [
                "5yo sore throat and temp 38.7 since yesterday",
                "now fine red rash on chest and neck, feels rough like sandpaper",
                "tongue really red and bumpy. drinking ok, alert",
            ],
            _patient(1975, "female", (), pregnant=None),
            id="r111-en-018",
        ),  # UKHSA scarlet fever guidance / NICE CKS Scarlet fever: suspected scarlet fever needs same-day clinical assessment and prompt antibiotics; well child so not emergency.
        pytest.param(
            [
                "chef, hot oil splashed onto R palm and fingers about 1h ago",
                "cooled under tap 20 min",
                "blisters across palm and 3 fingers, v painful",
            ],
            _patient(10615, "male", (), pregnant=None),
            id="r111-en-019",
        ),  # NICE CKS Burns and scalds / British Burn Association referral guidance: partial-thickness burns to the hand are a special area needing same-day burns service referral.
        pytest.param(
            [
                "6yo, mum noticed raised purply spots on both legs and his bum this am",
                "she did glass test, they dont fade",
                "no temp 36.8, running about, says ankles a bit sore and had tummy ache yday",
            ],
            _patient(2210, "male", (), pregnant=None),
            id="r111-en-020",
        ),  # NICE NG240 meningitis (non-blanching rash) and NICE CKS IgA vasculitis: a non-blanching rash in an afebrile, well child still needs same-day doctor review, BP and urine check; not ambulance as no fever or illness.
        pytest.param(
            [
                "41F started amoxicillin 3 days ago for chest infection",
                "woke up with itchy raised red rash on arms and body",
                "no lip or tongue swelling, breathing fine, no blisters, mouth and eyes ok",
            ],
            _patient(15025, "female", (), pregnant=False),
            id="r111-en-021",
        ),  # NICE CG183 Drug allergy: a suspected allergic rash to a current antibiotic needs same-day review to stop the drug and switch treatment; no anaphylaxis or severe cutaneous reaction features so not emergency.
        pytest.param(
            [
                "64M diabetic, wife found a sore under his big toe, he cant feel it",
                "skin round it red warm swollen about 2cm, bit of pus",
                "no temp, foot pulses ok per nurse",
            ],
            _patient(23610, "male", ("type 2 diabetes", "peripheral neuropathy"), pregnant=None),
            id="r111-en-022",
        ),  # NICE NG19 Diabetic foot problems: an infected ulcer is an active diabetic foot problem needing antibiotics and referral to the foot service within 1 working day; no sepsis or limb threat.
        pytest.param(
            [
                "30F big painful lump on bum cheek 4 days, golf ball size now",
                "soft in the middle with a yellow head",
                "temp 37.6, otherwise ok",
            ],
            _patient(11250, "female", (), pregnant=False),
            id="r111-en-023",
        ),  # NICE CKS Boils, carbuncles and staphylococcal carriage / skin abscess: a large fluctuant abscess needs same-day incision and drainage; systemically well.
        pytest.param(
            [
                "40M cut forearm on broken glass 1 hr ago",
                "about 4cm long, edges gape open, yellowy stuff showing inside",
                "bleeding stopped with pressure, fingers move and feel fine",
            ],
            _patient(14645, "male", (), pregnant=None),
            id="r111-en-024",
        ),  # NICE CKS Lacerations / RCEM wound management: a gaping laceration needs cleaning and closure within hours plus tetanus check; bleeding controlled and no neurovascular deficit, so not emergency.
        pytest.param(
            [
                "58M doing the garden, fork went through his boot into his foot this morning",
                "lots of soil in it",
                "says he's never had tetanus jabs, grew up abroad",
            ],
            _patient(21180, "male", (), pregnant=None),
            id="r111-en-025",
        ),  # UKHSA Green Book chapter 30 Tetanus: a high-risk tetanus-prone wound in an unimmunised person needs wound cleaning, vaccine and tetanus immunoglobulin the same day.
        pytest.param(
            [
                "27F back from Bali yesterday",
                "monkey at a temple bit/scratched her arm 4 days ago, drew a bit of blood",
                "washed it, had no treatment out there",
            ],
            _patient(9955, "female", (), pregnant=False),
            id="r111-en-026",
        ),  # UKHSA Rabies post-exposure treatment guidance: a primate bite in a rabies-endemic country needs risk assessment and post-exposure prophylaxis started the same day.
        pytest.param(
            [
                "31F 24wks pregnant",
                "spotty itchy rash started this morning on chest and face, some going into little blisters",
                "son had chickenpox 2 wks ago. she feels ok, no cough no SOB",
            ],
            _patient(11325, "female", (), pregnant=True),
            id="r111-en-027",
        ),  # RCOG Green-top Guideline 13 Chickenpox in pregnancy: a pregnant woman with chickenpox should be seen immediately for oral aciclovir within 24 h of rash onset; no respiratory symptoms so not emergency.
        pytest.param(
            [
                "6yo L eyelid swollen and red, had a midge bite there 2 days ago",
                "now temp 38.1",
                "she can open the eye, moves it all ways no pain, sees fine",
            ],
            _patient(2440, "female", (), pregnant=None),
            id="r111-en-028",
        ),  # NICE CKS Cellulitis: periorbital cellulitis in a child needs same-day hospital referral; no orbital signs (pain on eye movement, visual change) so not ambulance.
        pytest.param(
            [
                "7yo, mum worried, lots of bruises on legs n arms last 2 wks, he doesnt remember bumping",
                "tiny red pinpoint dots on his chest too",
                "v pale and tired, no temp",
            ],
            _patient(2675, "male", (), pregnant=None),
            id="r111-en-029",
        ),  # NICE NG12 Suspected cancer: recognition and referral (leukaemia in children): unexplained petechiae or bruising with pallor needs immediate (same-day) specialist assessment.
        pytest.param(
            [
                "14mo girl brought in by dad, burn on back of L hand, round, about 1cm",
                "he says she touched the oven door yesterday",
                "no blisters now but weeping, and there's finger-shaped bruises on her upper arm",
            ],
            _patient(425, "female", (), pregnant=None),
            id="r111-en-030",
        ),  # NICE CG89 Child maltreatment: a burn with an implausible explanation plus unexplained bruising needs same-day paediatric assessment and safeguarding referral.
        pytest.param(
            [
                "55F had hernia op 8 days ago",
                "wound red, hot and leaking yellowy fluid since yesterday, smells",
                "temp 37.8 HR 92, otherwise feels ok",
            ],
            _patient(20255, "female", (), pregnant=False),
            id="r111-en-031",
        ),  # NICE NG125 Surgical site infections: a suspected wound infection after surgery needs same-day review for antibiotics and wound management; no sepsis criteria.
        pytest.param(
            [
                "3yo temp on and off 5 days now, up to 39.5",
                "blotchy rash on his body, eyes very red but no gunk",
                "lips red and cracked, hands look puffy",
                "drinking ok, wet nappies",
            ],
            _patient(1295, "male", (), pregnant=None),
            id="r111-en-032",
        ),  # NICE NG143 Fever in under 5s: fever for 5 days or more with features of Kawasaki disease needs same-day paediatric assessment.
        pytest.param(
            [
                "2yo not had MMR, parents said no",
                "temp 39 for 3 days, cough, runny nose, red sore eyes",
                "now blotchy red rash started behind ears n on face, spreading down",
                "drinking ok, alert",
            ],
            _patient(830, "female", (), pregnant=None),
            id="r111-en-033",
        ),  # UKHSA National measles guidelines: suspected measles needs same-day clinical assessment (isolated, notified); no complications so not ambulance.
        pytest.param(
            [
                "midwife home visit day 3, baby boy",
                "skin and whites of eyes yellow, down to his tummy now",
                "breastfed, feeding ok, wet nappies",
            ],
            _patient(3, "male", (), pregnant=None),
            id="r111-en-034",
        ),  # NICE CG98 Jaundice in newborn babies under 28 days: visible jaundice after 24 h needs bilirubin measured within 6 hours.
        pytest.param(
            [
                "care home, 88F bedbound",
                "sore on her bottom got worse, black in the middle now and smells, skin round it red",
                "temp 37.7, eating a bit less, obs otherwise usual for her BP 128/70 HR 84",
            ],
            _patient(32150, "female", ("dementia", "immobility"), pregnant=False),
            id="r111-en-035",
        ),  # NICE CG179 Pressure ulcers and NICE NG141 Cellulitis: a pressure ulcer with spreading infection needs same-day GP review and antibiotics; no sepsis criteria.
        pytest.param(
            [
                "57M kidney transplant pt",
                "painful band of blisters on L side of chest since yesterday",
                "no temp, feels ok otherwise",
            ],
            _patient(
                20895,
                "male",
                ("kidney transplant", "immunosuppression (tacrolimus, mycophenolate)"),
                pregnant=None,
            ),
            id="r111-en-036",
        ),  # NICE CKS Shingles: immunocompromised patients need antiviral treatment promptly and same-day specialist advice because of the risk of dissemination.
        pytest.param(
            [
                "赵哥 左小腿前面红了一片 巴掌大 摸着热 有点疼",
                "前两天被蚊子咬了挠破了",
                "今天比昨天大了一圈 我拿笔画了边",
                "体温37.8 精神好 能走能吃 血压心率都正常",
            ],
            _patient(18250, "male", (), pregnant=None),
            id="r111-zh-013",
        ),  # NICE NG141 Cellulitis and erysipelas, 1.1: spreading cellulitis in a systemically well adult should be assessed and started on oral antibiotics the same day; no sepsis or necrotising features so no ambulance.
        pytest.param(
            [
                "8岁女孩放学路上被野狗咬了小腿",
                "两个牙印 出血了 已经用肥皂水冲了15分钟",
                "狗跑了找不到 孩子以前没打过狂犬疫苗",
            ],
            _patient(3000, "female", (), pregnant=None),
            id="r111-zh-014",
        ),  # 狂犬病暴露预防处置工作规范(2023年版): a bleeding bite is Category III exposure requiring wound care, rabies vaccination and passive immunisation as soon as possible, i.e. the same day; the child is otherwise stable.
        pytest.param(
            [
                "陈奶奶 左边额头到头皮起了一片水泡 疼了三天了",
                "今天看鼻尖上也起了两个小泡",
                "左眼有点红 怕光 说看东西还行",
            ],
            _patient(25600, "female", (), pregnant=False),
            id="r111-zh-015",
        ),  # NICE CKS Shingles, herpes zoster ophthalmicus: lesions on the nose tip (Hutchinson sign) with a red eye need antivirals and same-day ophthalmology assessment.
        pytest.param(
            [
                "切菜划了左手食指 三天了",
                "今天伤口周围红肿 能挤出黄脓",
                "从手腕往上有一条红线 到小臂中间了",
                "没发烧 37.2",
            ],
            _patient(12410, "female", (), pregnant=False),
            id="r111-zh-016",
        ),  # NICE NG141 Cellulitis and erysipelas and NICE CKS wound infection: infected wound with spreading lymphangitis needs same-day clinician review and antibiotics; no systemic signs.
        pytest.param(
            [
                "被自家猫咬了右手虎口 昨天晚上的事",
                "今天早上手背肿起来了 红 握拳疼",
                "猫打过疫苗的",
            ],
            _patient(12775, "female", (), pregnant=False),
            id="r111-zh-017",
        ),  # NICE NG184 Human and animal bites: an infected cat bite on the hand needs antibiotics and same-day assessment for deep hand infection (rabies risk assessment per 狂犬病暴露预防处置工作规范2023 as well).
        pytest.param(
            [
                "后厨小伙子 开水泼到右手上了",
                "手心手背都红 起了好几个大水泡 手指上也有",
                "冲了20分钟凉水 还是疼得厉害",
            ],
            _patient(10220, "male", (), pregnant=None),
            id="r111-zh-018",
        ),  # British Burn Association National burn care referral guidance and ISBI 2016: partial-thickness burns to the hand are a special area needing same-day burn service referral, but small TBSA so not an emergency.
        pytest.param(
            [
                "屁股上长了个疙瘩 一个星期了 越长越大",
                "现在有鸡蛋大 红肿 按着软软的像有脓 疼得坐不下",
                "昨晚烧到38.1 今天37.6",
            ],
            _patient(14700, "male", (), pregnant=None),
            id="r111-zh-019",
        ),  # NICE CKS Boils, carbuncles and staphylococcal carriage / skin abscess: a large fluctuant abscess with fever needs same-day incision and drainage; patient is not septic.
        pytest.param(
            [
                "3岁女孩 一直有湿疹",
                "这两天脖子跟下巴上湿疹的地方突然起了好多小水泡 一簇一簇的 有的破了像小坑",
                "疼 不让碰 今天发烧38.3",
                "以前湿疹不是这样的",
            ],
            _patient(1100, "female", ("湿疹",), pregnant=None),
            id="r111-zh-020",
        ),  # NICE CG57 Atopic eczema in under 12s, 1.8: suspected eczema herpeticum (clustered punched-out erosions, fever) requires aciclovir and same-day referral; eyes not involved.
        pytest.param(
            [
                "2岁多男孩 发烧第5天了 退烧药吃了就退 过会又烧",
                "两个眼睛红 没有眼屎",
                "嘴唇红得发干裂开了 舌头也红",
                "身上起了红疹子 手脚背有点肿",
            ],
            _patient(850, "male", (), pregnant=None),
            id="r111-zh-021",
        ),  # NICE NG143 Fever in under 5s (Kawasaki disease) and 川崎病诊断和急性期治疗专家共识(2022): fever for 5 days with conjunctival injection, lip changes, rash and extremity oedema needs same-day paediatric assessment for IVIG.
        pytest.param(
            [
                "周叔 痛风 三个礼拜前开始吃别嘌醇",
                "这两天全身起红疹子 痒 从脸上开始的 脸有点肿",
                "低烧37.9 嘴里没烂 眼睛不红 没起泡",
            ],
            _patient(16500, "male", ("痛风",), pregnant=None),
            id="r111-zh-022",
        ),  # ACR 2020 gout guideline (stop allopurinol at first rash) and RegiSCAR DRESS criteria: rash, fever and facial oedema weeks after starting allopurinol needs drug withdrawal and same-day medical review with bloods; no mucosal or blistering signs so not an emergency.
        pytest.param(
            [
                "4岁女孩 昨天右眼皮上被蚊子咬了",
                "今天右边眼皮又红又肿 眼睛只能睁开一条缝",
                "烧到38度 眼珠子转着不疼 看东西清楚 眼睛没往外突",
            ],
            _patient(1500, "female", (), pregnant=None),
            id="r111-zh-023",
        ),  # NICE CKS Cellulitis - periorbital: preseptal cellulitis in a child needs same-day referral; no orbital signs (pain on eye movement, proptosis, reduced vision) so not an emergency.
        pytest.param(
            [
                "老吴糖尿病 脚底有个溃疡好几个月了 一直自己换药",
                "这几天溃疡周围红了一圈 两指宽 有臭味 流黄水",
                "体温正常 精神还行 血糖这两天偏高 十几",
            ],
            _patient(24200, "male", ("2型糖尿病", "糖尿病足溃疡"), pregnant=None),
            id="r111-zh-024",
        ),  # NICE NG19 Diabetic foot problems, 1.3/1.6: a diabetic foot ulcer with new local infection is an acute diabetic foot problem needing antibiotics and foot-team review within 1 working day; no systemic signs.
        pytest.param(
            [
                "孕妇 怀孕20周 前几天她儿子出水痘",
                "她今天身上也开始起痘了 头上身上十几个 发烧37.9",
                "她说小时候没出过水痘 不咳嗽 呼吸正常",
            ],
            _patient(10600, "female", (), pregnant=True),
            id="r111-zh-025",
        ),  # RCOG Green-top Guideline 13 Chickenpox in pregnancy: a pregnant woman with chickenpox should see a doctor immediately and start oral aciclovir within 24 h of the rash; no respiratory or neurological features so no ambulance.
        pytest.param(
            [
                "老孙在猪圈里踩到生锈的钉子 右脚底 扎进去挺深",
                "出了点血 已经洗了",
                "他说这辈子没打过破伤风针",
            ],
            _patient(21900, "male", (), pregnant=None),
            id="r111-zh-026",
        ),  # 外伤后破伤风疫苗和被动免疫制剂使用指南(2019) and 非新生儿破伤风诊疗规范(2019): a contaminated puncture wound in an unimmunised person needs wound care, tetanus vaccine and TIG/HTIG as soon as possible, the same day.
        pytest.param(
            [
                "6岁男孩 在院子里摔了 额头磕桌角上",
                "口子3厘米左右 张开的 能看到里面白的",
                "按了10分钟血止住了 没晕过 一直清醒 没吐",
            ],
            _patient(2200, "male", (), pregnant=None),
            id="r111-zh-027",
        ),  # NICE NG232 Head injury (no red flags: no LOC, no vomiting) and RCEM wound care guidance: a gaping 3 cm forehead laceration needs closure within hours, same day.
        pytest.param(
            [
                "3岁女孩 没打过疫苗 家长不让打",
                "发烧4天了 39多 咳嗽 流鼻涕 眼睛红流眼泪",
                "今天耳朵后面跟脸上起红疹子 往脖子身上走 压了会褪",
                "还能喝水 精神一般 喘气不快",
            ],
            _patient(1150, "female", (), pregnant=None),
            id="r111-zh-028",
        ),  # 麻疹诊疗方案(2024年版) and WHO measles guidance: suspected measles in an unvaccinated child needs same-day assessment, isolation, notification and vitamin A; no pneumonia or encephalitis signs.
        pytest.param(
            [
                "6岁男孩 嗓子疼 发烧38.8 昨天开始的",
                "今天身上起了细细的红疹子 摸着像砂纸 脖子胳肢窝多",
                "舌头红红的一粒一粒的 像杨梅",
                "精神还可以",
            ],
            _patient(2300, "male", (), pregnant=None),
            id="r111-zh-030",
        ),  # UKHSA Guidelines for the public health management of scarlet fever and 猩红热诊疗方案: clinical scarlet fever needs same-day assessment and antibiotics and notification; child well.
        pytest.param(
            [
                "黄奶奶 右边脸突然红肿 边界很清楚 高出来 发亮 摸着烫",
                "昨天开始的 今天又大了",
                "发烧38.3 人清醒 能吃东西 血压130/80",
            ],
            _patient(27400, "female", (), pregnant=False),
            id="r111-zh-031",
        ),  # NICE NG141 Cellulitis and erysipelas: facial erysipelas with fever in an older adult needs same-day assessment and antibiotics (consider referral); no sepsis criteria.
        pytest.param(
            [
                "小伙子跟人打架 一拳打到人家嘴上 手指关节被牙磕破了",
                "右手中指关节 口子不大 昨天的事",
                "今天关节肿了 弯手指疼",
            ],
            _patient(8050, "male", (), pregnant=None),
            id="r111-zh-032",
        ),  # NICE NG184 Human and animal bites: a closed-fist (fight-bite) injury over a joint needs antibiotics and same-day hand surgery assessment for septic arthritis.
        pytest.param(
            [
                "邓阿姨 左耳朵疼了两天 今天耳朵里面跟耳朵边上起了水泡",
                "早上刷牙发现左边嘴角漏水 左眼闭不紧",
                "没头疼 说话清楚 手脚有劲",
            ],
            _patient(23000, "female", (), pregnant=False),
            id="r111-zh-033",
        ),  # NICE CKS Bell's palsy / Shingles (Ramsay Hunt syndrome): ear vesicles with lower-motor-neuron facial palsy need antivirals and same-day ENT assessment; forehead involvement and normal limbs/speech argue against stroke.
        pytest.param(
            [
                "炸油条 油锅翻了 左小臂烫了",
                "大概两个巴掌大 中间一块发白 像皮革 扎它不怎么疼 边上红 有泡",
                "冲过凉水了 别的地方都没事",
            ],
            _patient(13900, "female", (), pregnant=False),
            id="r111-zh-034",
        ),  # British Burn Association referral guidance and ISBI 2016: a full-thickness (white, leathery, insensate) burn of any size needs burn service referral the same day; about 2% TBSA so not an emergency.
        pytest.param(
            [
                "我们村采茶的刘嫂 6天前腰上发现一只蜱虫 自己拔的",
                "前天开始发烧 38.8 没劲 不想吃饭 拉肚子",
                "没出血 人清醒",
                "这边山里听说前几年有人得过那个蜱虫病",
            ],
            _patient(20800, "female", (), pregnant=False),
            id="r111-zh-035",
        ),  # 发热伴血小板减少综合征诊疗方案(2023年版): fever with GI symptoms after a tick bite in an endemic area is a suspected SFTS case needing same-day referral for blood count; no bleeding or neurological signs yet.
        pytest.param(
            [
                "种果树的老马 前天右手食指被刺扎了",
                "今天整个指头肿得像根香肠 弯着伸不直 一掰直就疼得厉害",
                "没发烧",
            ],
            _patient(17200, "male", (), pregnant=None),
            id="r111-zh-036",
        ),  # BSSH hand infection guidance (Kanavel signs): fusiform swelling, flexed posture and pain on passive extension suggest flexor sheath infection needing same-day hand surgery referral.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "3yo had temp 38.3 two days ago, gone now, no calpol since last night",
                "this am pink blotchy rash on tummy and back",
                "mum pressed a glass on it and it fades completely, shes eating and playing normally",
            ],
            _patient(1115, "female", (), pregnant=None),
            id="r111-en-037",
        ),  # NICE NG143 Fever in under 5s (traffic light): a blanching rash after fever has settled in a child with no amber/red features is green - home care with safety-netting.
        pytest.param(
            [
                "25F needs new adrenaline pens, had anaphylaxis to cashews 2 yrs ago",
                "pens expire end of month",
                "no reactions since, asking if she can have a 3rd one to keep at work",
            ],
            _patient(9325, "female", ("cashew allergy",), pregnant=False),
            id="r111-en-038",
        ),  # MHRA adrenaline auto-injector advice / Resuscitation Council UK anaphylaxis 2021: past anaphylaxis with no current symptoms - routine prescription review.
        pytest.param(
            [
                "20F worried, her flatmate was taken into hospital with meningitis on sunday",
                "public health gave her a cipro tablet monday",
                "she feels fine, no temp no rash no headache, wants to know what to look out for",
            ],
            _patient(7330, "female", (), pregnant=False),
            id="r111-en-039",
        ),  # UKHSA Guidance for public health management of meningococcal disease: a close contact who has had chemoprophylaxis and is well needs safety-net advice only.
        pytest.param(
            [
                "33M stung by wasp on forearm 30 min ago at work",
                "red lump about 3cm, itchy n stings",
                "no swelling anywhere else, breathing fine, not dizzy, no rash elsewhere",
            ],
            _patient(12155, "male", (), pregnant=None),
            id="r111-en-040",
        ),  # NICE CKS Insect bites and stings: a local reaction without systemic features is managed at home with cold compress and oral antihistamine.
        pytest.param(
            [
                "12yo mozzie bites from camping",
                "one on lower leg puffed up overnight, red patch about 8cm, really itchy",
                "not painful, no temp, bites only 1 day old",
            ],
            _patient(4440, "male", (), pregnant=None),
            id="r111-en-041",
        ),  # NICE CKS Insect bites and stings: a large local reaction peaking within 24-48 h is not infection and needs no antibiotics - self care.
        pytest.param(
            [
                "40F splashed hot water from a pan on her forearm 20 min ago",
                "held under cold tap 20 mins",
                "skin red about 2x3cm, no blisters, not broken, pain easing",
            ],
            _patient(14730, "female", (), pregnant=False),
            id="r111-en-042",
        ),  # NICE CKS Burns and scalds: a small superficial epidermal burn with no blistering, properly cooled, can be managed at home.
        pytest.param(
            [
                "8yo back from beach day, shoulders and back red and sore",
                "no blisters, drinking well, no temp, not sick or dizzy",
                "mum asks what cream to use",
            ],
            _patient(2960, "male", (), pregnant=None),
            id="r111-en-043",
        ),  # NHS sunburn advice / NICE CKS Burns and scalds: mild sunburn without blisters or heat illness is treated at home with cooling, fluids and emollient.
        pytest.param(
            [
                "50M mole on his back, wife says its got bigger and darker over last 3 months",
                "edge looks a bit ragged, 2 shades of brown",
                "not bleeding, not itchy",
            ],
            _patient(18470, "male", (), pregnant=None),
            id="r111-en-044",
        ),  # NICE NG12 Suspected cancer (skin, 1.7): a changing pigmented lesion needs a suspected cancer pathway referral within 2 weeks, not same-day care.
        pytest.param(
            [
                "70F had cellulitis L leg last month, 2 courses of fluclox",
                "all settled, no redness or heat now, just brownish marks on the shin and ankles swell by evening",
                "asking about stockings",
            ],
            _patient(25850, "female", ("venous insufficiency",), pregnant=False),
            id="r111-en-045",
        ),  # NICE NG141 Cellulitis and NICE CKS Leg ulcer/venous disease: resolved cellulitis with chronic oedema - routine review for compression to prevent recurrence.
        pytest.param(
            [
                "68M asking about the shingles jab",
                "wife had shingles round her waist last month, awful pain, he's scared of getting it",
                "no rash himself",
            ],
            _patient(24860, "male", ("hypertension",), pregnant=None),
            id="r111-en-046",
        ),  # UKHSA Green Book chapter 28a Shingles: vaccination eligibility is a routine appointment; no current illness.
        pytest.param(
            [
                "4yo chickenpox day 4",
                "spots mostly crusted now, couple new ones yday",
                "temp normal, eating n drinking, very itchy, no red spreading bits",
            ],
            _patient(1710, "male", (), pregnant=None),
            id="r111-en-047",
        ),  # NICE CKS Chickenpox: uncomplicated chickenpox in a healthy child is managed at home with fluids, antipyretics and itch relief plus safety-netting.
        pytest.param(
            [
                "2yo blisters on hands n feet and ulcers in mouth",
                "nursery has had a few cases",
                "off food a bit but drinking juice fine, wet nappies, temp 37.8, alert",
            ],
            _patient(760, "female", (), pregnant=None),
            id="r111-en-048",
        ),  # NICE CKS Hand, foot and mouth disease: self-limiting in a well, hydrated child - home care.
        pytest.param(
            [
                "35F pulled a tick off her leg yesterday after a walk in the forest",
                "got it all out with tweezers",
                "no rash, no temp, wants antibiotics just in case",
            ],
            _patient(12945, "female", (), pregnant=False),
            id="r111-en-049",
        ),  # NICE NG95 Lyme disease: antibiotics are not given after a tick bite without symptoms; advise watching for rash or flu-like illness.
        pytest.param(
            [
                "9yo eczema flared in elbow creases and behind knees over 2 wks",
                "dry, scratched, red, keeping her up at night",
                "no weeping, no crusts, no blisters, no temp",
            ],
            _patient(3355, "female", ("atopic eczema",), pregnant=None),
            id="r111-en-050",
        ),  # NICE CG57 Atopic eczema in under 12s: an uninfected flare needs treatment step-up at a routine appointment.
        pytest.param(
            [
                "mum asking if her son is allergic to penicillin",
                "last yr he got a blotchy rash on day 5 of amoxicillin for ear infection, went in a few days",
                "no swelling or breathing probs then, nothing now",
            ],
            _patient(1780, "male", (), pregnant=None),
            id="r111-en-051",
        ),  # NICE CG183 Drug allergy: a past non-severe rash on amoxicillin needs routine documentation and discussion of allergy referral.
        pytest.param(
            [
                "29M neighbours dog jumped up and scratched his arm",
                "red line, skin not broken, no bleeding",
                "dog is vaccinated, here in UK",
            ],
            _patient(10595, "male", (), pregnant=None),
            id="r111-en-052",
        ),  # NICE NG184 Human and animal bites: no antibiotics or treatment needed when the skin is not broken.
        pytest.param(
            [
                "6yo crusty golden sores by his nose, 3 little patches",
                "started 3 days ago",
                "no temp, eating fine, nothing elsewhere",
            ],
            _patient(2370, "male", (), pregnant=None),
            id="r111-en-053",
        ),  # NICE NG153 Impetigo: localised non-bullous impetigo in a well child is treated with topical hydrogen peroxide or antibiotic at a routine/pharmacy visit.
        pytest.param(
            [
                "22F itchy raised welts coming and going 2 days, had a cold last week",
                "each patch goes within few hours",
                "no lip or tongue swelling, breathing fine, no new meds or foods",
            ],
            _patient(8230, "female", (), pregnant=False),
            id="r111-en-054",
        ),  # NICE CKS Urticaria: acute urticaria without angio-oedema or anaphylaxis is managed with a non-sedating antihistamine at home.
        pytest.param(
            [
                "32F 34wks, really itchy rash on belly for 4 days",
                "red bumps in her stretch marks, belly button spared",
                "no itch on palms or soles, baby moving normally, BP fine at clinic yday",
            ],
            _patient(11740, "female", (), pregnant=True),
            id="r111-en-055",
        ),  # RCOG Green-top Guideline 43 (intrahepatic cholestasis) / BAD polymorphic eruption of pregnancy: itchy rash in striae without palm/sole itch is benign - routine midwife/GP review.
        pytest.param(
            [
                "mum read about sepsis on facebook, very worried",
                "5yo fell off her scooter yday, graze on knee",
                "bit pink right at the edge, not spreading, no pus, no temp, running around",
            ],
            _patient(2125, "female", (), pregnant=None),
            id="r111-en-056",
        ),  # NICE NG51 Suspected sepsis: no sepsis risk features; a clean healing graze needs home wound care and safety-netting.
        pytest.param(
            [
                "82M purple blotches on backs of both forearms, been coming and going for months",
                "knocks his arms easily, skin thin",
                "no nosebleeds, no gum bleeding, no spots elsewhere, feels well",
            ],
            _patient(30080, "male", ("ischaemic heart disease", "on aspirin"), pregnant=None),
            id="r111-en-057",
        ),  # NICE CKS Bruising / senile purpura: long-standing forearm purpura on thin sun-damaged skin with aspirin and no other bleeding - routine review.
        pytest.param(
            [
                "mum worried about 3 day old girl's spots",
                "red blotches with little yellowy white dots in the middle on chest and back, they move around",
                "feeding well, temp 36.9, alert",
            ],
            _patient(3, "female", (), pregnant=None),
            id="r111-en-058",
        ),  # NICE CKS / NHS newborn skin advice (erythema toxicum neonatorum): a benign self-limiting rash in a well, feeding, afebrile newborn needs reassurance.
        pytest.param(
            [
                "61M had massive swollen lips and tongue 3 wks ago, seen in A&E",
                "they said it was from ramipril and stopped it",
                "swelling all gone, no breathing probs now, needs a new BP tablet",
            ],
            _patient(22345, "male", ("hypertension",), pregnant=None),
            id="r111-en-059",
        ),  # NICE NG136 Hypertension / NICE CKS Angio-oedema: resolved ACE-inhibitor angio-oedema - routine review to choose an alternative antihypertensive.
        pytest.param(
            [
                "29F 16wks pregnant",
                "her nephew came out in chickenpox the day after a sleepover 3 days ago, she'd cuddled him all evening",
                "she doesnt think she's ever had chickenpox",
                "no rash, feels well",
            ],
            _patient(10725, "female", (), pregnant=True),
            id="r111-en-060",
        ),  # RCOG Green-top Guideline 13 Chickenpox in pregnancy: significant exposure in a pregnant woman without known immunity needs same-day VZV IgG testing and post-exposure prophylaxis within the time window.
        pytest.param(
            [
                "4岁男孩 上礼拜发烧身上有出血点 压了不褪 当时叫120送县医院了",
                "住了4天 腰穿血培养都查了没事 说是病毒感染",
                "现在点点都退了 不烧 吃饭玩都正常",
                "出院单上写一周后门诊复查 家长问在我们这查个血常规行不",
            ],
            _patient(1480, "male", (), pregnant=None),
            id="r111-zh-037",
        ),  # NICE NG143 safety netting and follow-up: a fully investigated, resolved febrile petechial illness in a now well child needs only the planned routine follow-up.
        pytest.param(
            [
                "1岁2个月女宝 高烧三天 39多 今天早上烧退了",
                "退烧以后身上冒出好多小红点 肚子后背多 脸上少",
                "压了会褪色 不痒",
                "现在能吃能玩 比前几天精神多了",
            ],
            _patient(425, "female", (), pregnant=None),
            id="r111-zh-038",
        ),  # NICE NG143 Fever in under 5s and NICE CKS roseola: a blanching rash appearing as fever resolves in a well, alert child is home care with safety-netting advice.
        pytest.param(
            [
                "小伙子被蜜蜂蛰了左胳膊 1个多钟头了",
                "蛰的地方肿了 红了手掌那么大 又疼又痒",
                "问了 没有喘 嘴唇不肿 不头晕 身上别处没起疹子",
                "刺已经刮掉了",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="r111-zh-039",
        ),  # NICE CKS Insect bites and stings: a local reaction without systemic features is self-care (cold compress, oral antihistamine), with advice on anaphylaxis warning signs.
        pytest.param(
            [
                "王姐前年被马蜂蛰过一次 当时喉咙肿 喘不上气 在县医院抢救过来的",
                "最近要上山采茶 怕再被蛰",
                "现在啥事没有 问有没有啥药能随身带",
            ],
            _patient(14650, "female", (), pregnant=False),
            id="r111-zh-040",
        ),  # EAACI Anaphylaxis guideline (2021) and EAACI venom immunotherapy guideline: a past systemic sting reaction needs routine referral for adrenaline auto-injector prescription and venom immunotherapy assessment, not urgent care now.
        pytest.param(
            [
                "老李他爸前几年被五步蛇咬过 差点没命",
                "老李下个月要进山干活 问被蛇咬了该咋办",
                "要不要提前打啥针",
            ],
            _patient(18300, "male", (), pregnant=None),
            id="r111-zh-041",
        ),  # WHO SEARO Guidelines for the management of snakebites (2016), prevention and first aid: education only (boots, torch, immobilise and go to hospital); there is no preventive injection.
        pytest.param(
            [
                "4岁男孩手指头碰到刚泡的茶杯",
                "食指尖红了 没起泡",
                "马上用凉水冲了20分钟 现在不哭了 在玩",
            ],
            _patient(1520, "male", (), pregnant=None),
            id="r111-zh-042",
        ),  # British Burn Association referral guidance / NHS burns and scalds: a tiny superficial (erythema only, no blister) burn cooled for 20 minutes is managed at home.
        pytest.param(
            [
                "小姑娘去海边玩了一天 没涂防晒",
                "肩膀后背通红 疼 摸着烫 晚上睡不好",
                "没起泡 不发烧 不头晕 能喝水",
            ],
            _patient(9130, "female", (), pregnant=False),
            id="r111-zh-043",
        ),  # NICE CKS / NHS Sunburn: sunburn without blistering, fever or heat-illness symptoms is self-care (cooling, fluids, analgesia).
        pytest.param(
            [
                "老周去年打头孢的时候身上起过红疹子 停了就好了",
                "现在牙疼要拔牙 牙医说要吃消炎药",
                "他问能吃啥 会不会又过敏",
            ],
            _patient(21950, "male", (), pregnant=None),
            id="r111-zh-044",
        ),  # NICE CG183 Drug allergy, 1.1/1.3: a past resolved non-severe drug rash should be documented and an alternative antibiotic chosen at a routine consultation.
        pytest.param(
            [
                "3岁女孩上个月中耳炎吃阿莫西林 第8天身上起了红疹子",
                "停药三天就退了 当时没发烧没起泡 嘴里也没事",
                "现在又要看病 妈妈问是不是对青霉素过敏了 以后都不能用了吗",
            ],
            _patient(1120, "female", (), pregnant=None),
            id="r111-zh-045",
        ),  # NICE CG183 Drug allergy: a resolved benign delayed rash on amoxicillin needs documentation and routine discussion/referral for allergy assessment, not urgent care.
        pytest.param(
            [
                "10岁男孩喂邻居家的狗 狗舔了他手",
                "仔细看了 手上皮没破 没咬没抓",
                "邻居说狗打过疫苗 孩子妈很担心要不要打狂犬针",
            ],
            _patient(3660, "male", (), pregnant=None),
            id="r111-zh-046",
        ),  # 狂犬病暴露预防处置工作规范(2023年版): licking of intact skin is Category I exposure and needs no post-exposure prophylaxis.
        pytest.param(
            [
                "上礼拜被猫抓了 在我们这打了狂犬疫苗 今天打第二针",
                "打完针的胳膊有点红 有点疼 量了37.5",
                "她问会不会是得狂犬病了",
            ],
            _patient(11700, "female", (), pregnant=False),
            id="r111-zh-047",
        ),  # WHO rabies vaccines position paper (2018) / 狂犬病疫苗使用说明: local redness, pain and low-grade fever after vaccination are common and self-limiting; continue the schedule.
        pytest.param(
            [
                "孙奶奶两个月前腰上长带状疱疹 当时吃了药 疱早就结痂好了",
                "现在那一片还是火烧一样疼 衣服碰到都疼 晚上睡不着",
                "皮肤没再起东西 不发烧",
            ],
            _patient(26300, "female", ("高血压",), pregnant=False),
            id="r111-zh-048",
        ),  # NICE CG173 Neuropathic pain and NICE CKS Post-herpetic neuralgia: persistent pain after healed shingles needs a routine appointment for neuropathic analgesia.
        pytest.param(
            [
                "6岁女孩班里有出水痘的 她昨天也开始起了",
                "身上头皮有二十几个 有小水泡 痒",
                "体温37.8 能吃能玩 不咳嗽",
                "家里人都出过水痘 没有孕妇",
            ],
            _patient(2250, "female", (), pregnant=None),
            id="r111-zh-049",
        ),  # NICE CKS Chickenpox: uncomplicated chickenpox in a healthy child is home care (fluids, antipyretic, exclusion) with safety-netting.
        pytest.param(
            [
                "3岁男孩 幼儿园有手足口",
                "手心脚心屁股上有小红疹子 嘴里两个小泡",
                "昨天烧到37.9 今天不烧了 能吃能喝 尿正常",
                "不吐 睡觉不惊跳 手脚不抖",
            ],
            _patient(1130, "male", (), pregnant=None),
            id="r111-zh-050",
        ),  # 手足口病诊疗指南(2018年版): ordinary HFMD without risk signs is managed with home isolation and observation.
        pytest.param(
            [
                "昨晚吃了海鲜 今天早上身上起了好多风团 一块一块的 一会消一会又起",
                "很痒 嘴唇不肿 喉咙不紧 不喘 肚子不疼",
                "自己吃了一片氯雷他定 好点了",
            ],
            _patient(10300, "female", (), pregnant=False),
            id="r111-zh-051",
        ),  # EAACI/GA2LEN/WAO urticaria guideline (2022): acute urticaria without angioedema or systemic features is self-care with a non-sedating antihistamine.
        pytest.param(
            [
                "妈妈看网上说身上有点子压了不褪色要马上去医院",
                "她家2岁闺女腿上有七八个红疙瘩 蚊子咬的 鼓起来的 痒",
                "她拿杯子压了都褪色 孩子不发烧 吃睡都好",
                "就是还很担心",
            ],
            _patient(740, "female", (), pregnant=None),
            id="r111-zh-052",
        ),  # NICE NG143 / NG240: raised, itchy, blanching papules in an afebrile well child are not red flags; reassurance and home advice.
        pytest.param(
            [
                "老婆说他后背上一颗痣这几个月变大了",
                "边上不齐 颜色一块深一块浅 现在有小指甲盖大 偶尔痒",
                "没出血 不疼",
            ],
            _patient(20100, "male", (), pregnant=None),
            id="r111-zh-053",
        ),  # NICE NG12 Suspected cancer, 1.7: a changing pigmented lesion scoring on the 7-point checklist needs a suspected cancer pathway referral (within 2 weeks), not same-day care.
        pytest.param(
            [
                "关门的时候夹了左手中指 指甲下面紫了一小块 不到指甲的四分之一",
                "疼 但指头能弯能伸 没变形 指甲没掉 没破口",
                "2个钟头前的事",
            ],
            _patient(12800, "female", (), pregnant=False),
            id="r111-zh-054",
        ),  # NICE CKS / NHS finger injury advice: a small subungual haematoma with intact nail and full movement is managed at home (cold, elevation, analgesia).
        pytest.param(
            [
                "8岁女孩去年烫伤了右胳膊 在市里烧伤科治好的",
                "现在疤鼓起来 红红的 很痒 老挠",
                "问有没有啥药膏 不发烧 没破",
            ],
            _patient(2950, "female", (), pregnant=None),
            id="r111-zh-055",
        ),  # 中国瘢痕疙瘩/增生性瘢痕早期治疗全国专家共识(2020) and International scar management recommendations: a healed hypertrophic burn scar needs routine outpatient scar management.
        pytest.param(
            [
                "9个月男宝 两边脸蛋干 红 粗糙 有点起皮",
                "老在枕头上蹭 应该是痒",
                "没流水 没黄痂 没水泡 不发烧 吃奶好",
            ],
            _patient(275, "male", (), pregnant=None),
            id="r111-zh-056",
        ),  # NICE CG57 Atopic eczema in under 12s: uncomplicated mild infant eczema without infection signs needs a routine appointment for emollients and advice.
        pytest.param(
            [
                "老郑昨天上山回来 在大腿上发现一只蜱虫 用镊子整个夹出来了",
                "咬的地方一个小红点 不肿",
                "没发烧 没哪不舒服",
                "听说有人被蜱虫咬了死了 他很紧张",
            ],
            _patient(16450, "male", (), pregnant=None),
            id="r111-zh-057",
        ),  # 发热伴血小板减少综合征诊疗方案(2023年版) and NICE NG95 Lyme disease: a removed tick without symptoms needs no treatment, only advice to watch for fever for 2 weeks.
        pytest.param(
            [
                "95岁老太太 长期吃阿司匹林",
                "两个手背小臂上经常一块一块紫的 好几年了 磕一下就紫",
                "牙龈不出血 没黑便 鼻子不出血 人好好的",
                "家属问是不是血有问题",
            ],
            _patient(34700, "female", ("冠心病",), pregnant=False),
            id="r111-zh-058",
        ),  # NICE CKS Bruising / senile (actinic) purpura: long-standing forearm purpura in an elderly person on aspirin without other bleeding needs only routine review.
        pytest.param(
            [
                "小伙子工地上踩到钉子 扎得浅 出了一点血",
                "已经用水冲干净消毒了",
                "他说小时候疫苗都打全了 前年受伤又打过一针破伤风",
                "伤口不红不肿",
            ],
            _patient(11000, "male", (), pregnant=None),
            id="r111-zh-059",
        ),  # 外伤后破伤风疫苗和被动免疫制剂使用指南(2019): a fully immunised person with last dose within 5 years needs no tetanus vaccine or TIG; home wound care.
        pytest.param(
            [
                "5岁女孩 鼻子下面嘴边上长了几块黄黄的痂 像蜂蜜干了一样",
                "有点痒 别的地方没有",
                "不发烧 精神好",
            ],
            _patient(1850, "female", (), pregnant=None),
            id="r111-zh-060",
        ),  # NICE NG153 Impetigo: localised non-bullous impetigo in a well child needs a routine consultation for topical treatment (hydrogen peroxide cream or topical antibiotic).
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
