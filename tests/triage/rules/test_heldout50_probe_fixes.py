# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A fiftieth held-out round (2026-12-07, at commit ad0fe4c: two reviewers, 120 cases of bleeding and
infection of the urinary tract, kidneys and genital organs, and laboratory results phoned back to
the clinic: blood in the urine on anticoagulants or dual antiplatelets, with clots and retention;
creatinine against the patient's own baseline; a high INR; bleeding after the menopause or a
medical abortion; a retained tampon; toxic shock; Fournier's gangrene; pelvic inflammatory disease;
look-alikes such as expected bleeding after misoprostol, a creatinine at its usual level, a tampon
already out; 16 emergencies, 24 same-day and 20 look-alikes a set). Before these fixes the rules
found 13 of 16 and 12 of 16 emergencies, graded 10 of 24 and 14 of 24 same-day cases exactly, and
sent 2 and 1 look-alikes to emergency.

What changed: an INR read after 结果出来了, 回来 or "back"; creatinine and the patient's own earlier value
(平时肌酐一直130上下, "his usual is around 95", "was 118 six months ago") with a rule for a rise to 1.5
times or more (KDIGO 2012, NICE NG148); blood in the urine told as "peeing blood", "pink red
urine", "urine bright red"; retention told as "hasnt passed any urine since"; retention with blood
in the urine is clot retention (emergency); bleeding on clopidogrel or ticagrelor (dual
antiplatelets after a stent) is reviewed the same day; a nosebleed told as "nose bled"; a
blackened, crackling scrotum with fever is Fournier's gangrene (necrotising infection); a medical
abortion ("abortion pills", misoprostol) taking its expected course is not an ectopic pregnancy or
a pregnancy's bleeding, and soaking more than two pads an hour with faintness after it is a
haemorrhage; "soaking a pad every 2 hrs" is not heavy bleeding; a negative pregnancy test (尿妊娠试纸阴性)
says not pregnant, and 月经没推迟 is not a missed period; 不是一下子疼的 denies a sudden onset; 吐了一回 水还能喝
血压118/76 is not blood in the vomit; a retained tampon is removed the same day (with fever and rash,
vomiting or low blood pressure: toxic shock); 就是怕中毒 is a fear, not a poisoning; a swelling at the
side of the vaginal opening is a Bartholin's gland. After: 16/16, 16/16; 19/24, 20/24; look-alikes
20/20, 20/20.

Kept deliberately: heavy menstrual bleeding with a pulse over 100 and dizziness stays an emergency
(r50-zh-023, r50-en-026). Left: disseminated gonorrhoea (r50-zh-025), blood in the urine after a
blow to the flank (r50-zh-032), a fasting glucose of 21 with thirst (r50-zh-030), heavy
postmenopausal bleeding with a pulse of 100 (r50-zh-037, r50-en-055: a two-week-wait referral
here), primary genital herpes with painful voiding (r50-en-054), a creatinine of 312 without an
earlier value (r50-en-058)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "王大爷 吃华法林的 今早开始尿血 颜色跟酱油似的 还有血块",
                "现在说下腹憋得慌 鼓起来了 一上午一滴尿不出来 疼得直冒汗",
            ],
            _patient(27759, "male", ("房颤", "高血压"), pregnant=None),
            id="r50-zh-001",
        ),  # NICE CKS Haematuria & EAU/BAUS guidance on clot retention: visible haematuria with clots causing acute urinary retention needs immediate hospital catheter (3-way) and bladder washout; on warfarin — emergency.
        pytest.param(
            [
                "INR结果出来了 11.2",
                "老太太这两天尿是红的 今天鼻血止不住 按了半个多钟头还在流 说头晕眼花",
            ],
            _patient(26298, "female", ("心脏瓣膜置换术后", "房颤"), pregnant=False),
            id="r50-zh-011",
        ),  # NICE CKS Anticoagulation – oral (warfarin high INR) / BSH guideline: INR >8 with ongoing bleeding not controlled and dizziness — major bleed, emergency admission for reversal.
        pytest.param(
            [
                "糖尿病老病号 阴囊肿了三天 今天有一块发黑 还有臭味",
                "疼得受不了 体温38.9 心率120 按那块皮肤有咯吱咯吱的感觉",
            ],
            _patient(22280, "male", ("2型糖尿病",), pregnant=None),
            id="r50-zh-014",
        ),  # EAU Urological Infections guideline (Fournier's gangrene): perineal/scrotal necrosis with crepitus and systemic toxicity in a diabetic — surgical emergency, immediate transfer.
        pytest.param(
            [
                "78yo man on apixaban for AF, peeing blood since yesterday. now hasnt passed any urine since about 6am, its 3pm now",
                "lower belly swollen and v tender, hes in a lot of pain. tried to go, only few drops with dark clots",
            ],
            _patient(
                28490,
                "male",
                ("atrial fibrillation", "benign prostatic hyperplasia"),
                pregnant=None,
            ),
            id="r50-en-001",
        ),  # NICE CKS Urinary retention - acute / BAUS visible haematuria guidance: clot retention with painful distended bladder in an anticoagulated man needs 3-way catheter and bladder irrigation in hospital now - emergency.
        pytest.param(
            [
                "girl 27 took the abortion pills at home, misoprostol yest evening",
                "since midnight soaking more than 2 big pads an hour, still going now. says dizzy when she stands, looks v pale",
            ],
            _patient(9862, "female", (), pregnant=True),
            id="r50-en-013",
        ),  # WHO Abortion care guideline (2022) & RCOG: soaking more than 2 pads an hour for 2+ hours after medical abortion is haemorrhage; with dizziness/pallor - emergency.
        pytest.param(
            [
                "INR back 9.4 for mr W (warfarin for AF)",
                "he says urine bright red 2 days with clots, and nose bled for an hour this morn",
                "BP 92/60 HR 112, dizzy",
            ],
            _patient(27029, "male", ("atrial fibrillation",), pregnant=None),
            id="r50-en-028",
        ),  # NICE CKS Anticoagulation - oral / BSH warfarin guideline: major bleeding with high INR (haemodynamic compromise) - emergency admission for reversal (IV vitamin K, prothrombin complex).
        pytest.param(
            [
                "61yo diabetic man, scrotum swollen and red since 2 days, now part of the skin gone dark purple black and smells",
                "T 38.9, pain is terrible, crackly feeling under the skin near groin",
            ],
            _patient(22280, "male", ("type 2 diabetes",), pregnant=None),
            id="r50-en-043",
        ),  # EAU Urological Infections guideline (Fournier's gangrene) / NICE CKS Scrotal pain: necrotising infection of the perineum - emergency surgical debridement.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "两个月前放的支架 吃阿司匹林加氯吡格雷",
                "昨晚开始尿血 有几个小血块 尿能尿出来 不憋",
                "他问能不能自己先把药停了",
            ],
            _patient(21184, "male", ("冠心病", "支架术后"), pregnant=None),
            id="r50-zh-018",
        ),  # ESC 2017 DAPT focused update (bleeding management) & NICE CKS Haematuria: haematuria with small clots but voiding, stable — same-day review; do not stop DAPT early after stent without cardiology advice.
        pytest.param(
            [
                "34岁女的 尿痛两三天了 今天左边腰疼 烧到38.8 打了个冷战",
                "吐了一回 水还能喝 血压118/76 心率98",
            ],
            _patient(12418, "female", (), pregnant=False),
            id="r50-zh-019",
        ),  # NICE NG111 Pyelonephritis (acute): antimicrobial prescribing & CKS: upper UTI without severe sepsis signs, able to take fluids — start antibiotics same day.
        pytest.param(
            [
                "老孙 慢性肾病 平时肌酐一直130上下",
                "这礼拜吃不下东西 吐了几回 利尿药照吃 今天抽血肌酐215",
                "人清楚 有尿 血压106/64",
            ],
            _patient(26663, "male", ("慢性肾病3期", "心力衰竭"), pregnant=None),
            id="r50-zh-021",
        ),  # NICE NG148 AKI & KDIGO: creatinine ~1.65x baseline (stage 1) while unwell on diuretic — same-day review, sick-day medicine review, repeat creatinine.
        pytest.param(
            [
                "小姑娘说棉条忘了取 估计有五天了 下面有臭味 分泌物褐色的",
                "体温37.8 说有点没劲 没起疹子 血压110/70 心率92",
            ],
            _patient(8401, "female", (), pregnant=False),
            id="r50-zh-024",
        ),  # RCOG/NHS guidance on retained tampon & TSS: retained tampon with malodorous discharge and low-grade fever needs same-day removal and assessment for early toxic shock.
        pytest.param(
            [
                "下腹两边疼一个礼拜了 同房的时候疼 白带多有味",
                "体温37.9 不吐 能吃 月经没推迟 尿妊娠试纸阴性",
            ],
            _patient(8036, "female", (), pregnant=False),
            id="r50-zh-026",
        ),  # NICE CKS PID / BASHH PID guideline 2019: suspected PID without severe features — start empirical antibiotics promptly, same-day assessment.
        pytest.param(
            [
                "右边睾丸又肿又疼 前天开始慢慢疼起来的 不是一下子疼的",
                "尿尿也有点痛 体温37.8 能自己走过来",
            ],
            _patient(13149, "male", (), pregnant=None),
            id="r50-zh-027",
        ),  # NICE CKS Scrotal pain and swelling (epididymo-orchitis): gradual onset with urinary symptoms and low fever — same-day examination and antibiotics; not sudden-onset torsion picture.
        pytest.param(
            [
                "INR回来8.6",
                "问过了 没出血 大便不黑 尿也正常 这几天在吃头孢",
            ],
            _patient(27394, "female", ("房颤",), pregnant=False),
            id="r50-zh-029",
        ),  # NICE CKS Anticoagulation – oral / BSH: INR >8 with no bleeding — withhold warfarin and give oral vitamin K the same day.
        pytest.param(
            [
                "痛风犯了 自己吃布洛芬吃了一个礼拜",
                "今天复查肌酐190 去年体检才95",
                "没啥症状 尿量说还行",
            ],
            _patient(18993, "male", ("痛风", "高血压"), pregnant=None),
            id="r50-zh-033",
        ),  # NICE NG148 AKI & KDIGO: creatinine 2x baseline (stage 2) after NSAID — stop NSAID, same-day assessment.
        pytest.param(
            [
                "肾移植的小刘 复查肌酐168 平时都是110左右",
                "没发烧 尿量正常 药都按时吃的",
            ],
            _patient(17167, "male", ("肾移植术后",), pregnant=None),
            id="r50-zh-040",
        ),  # KDIGO Transplant recipient guideline & NICE NG148: creatinine ~1.5x baseline in transplant recipient (possible rejection/AKI) — same-day contact with transplant team.
        pytest.param(
            [
                "69 yo lady on warfarin for AF, noticed pink red urine this morning, twice",
                "no clots, passing urine ok, no pain. BP 138/82 HR 76. last INR 2 wks ago was 2.6",
            ],
            _patient(25202, "female", ("atrial fibrillation",), pregnant=None),
            id="r50-en-002",
        ),  # NICE CKS Anticoagulation - oral (warfarin, bleeding): minor bleeding on warfarin - check INR the same day and adjust; haematuria on anticoagulants still needs investigation. Stable, voiding, no clots - urgent not emergency.
        pytest.param(
            [
                "72M vomiting and diarrhoea 3 days. on metformin and ramipril",
                "bloods today creat 168, his usual is around 95. K 5.2. still passing urine, drinking sips. BP 112/70",
            ],
            _patient(26298, "male", ("type 2 diabetes", "hypertension"), pregnant=None),
            id="r50-en-008",
        ),  # NICE NG148 Acute kidney injury: rise to 1.5-1.9x baseline (stage 1) during acute illness - same-day review, stop metformin/ACE inhibitor (sick day rules), fluids, repeat creatinine within 24-48h; no admission criteria.
        pytest.param(
            [
                "31F thinks there is a tampon still inside, forgot about it maybe 5 days",
                "bad smell and brown discharge. no fever, feels well otherwise",
            ],
            _patient(11323, "female", (), pregnant=False),
            id="r50-en-020",
        ),  # NICE CKS Vaginal discharge (retained foreign body) & UKHSA TSS guidance: retained tampon should be removed the same day with safety-netting for toxic shock; no systemic features so not emergency.
        pytest.param(
            [
                "bloods for 68M: creat 246, was 118 six months ago. eGFR 23",
                "been taking diclofenac every day for his knee 3 wks, also on lisinopril. feels ok, passing urine normally, BP 142/86",
            ],
            _patient(24837, "male", ("osteoarthritis", "hypertension"), pregnant=None),
            id="r50-en-047",
        ),  # NICE NG148 Acute kidney injury: creatinine ~2x baseline (stage 2) - stop NSAID/ACE inhibitor, same-day assessment and discussion with nephrology; no hyperkalaemia, oliguria or overload reported.
        pytest.param(
            [
                "64M had heart stent put in 3 months ago, on aspirin and ticagrelor",
                "blood in urine 2 days, some small clots this morning but can still pass urine ok, no pain. HR 84 BP 130/80",
            ],
            _patient(23376, "male", ("ischaemic heart disease", "coronary stent"), pregnant=None),
            id="r50-en-052",
        ),  # BAUS visible haematuria guidance / ESC DAPT guidance on bleeding: visible haematuria with clots on dual antiplatelets - same-day assessment (risk of clot retention, do not stop DAPT without cardiology); voiding and stable so not emergency.
        pytest.param(
            [
                "29F painful swelling at the side of the vaginal opening, 3 days, cant sit down, size of golf ball",
                "red and hot. T 37.8",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r50-en-057",
        ),  # NICE CKS / RCOG gynaecology: Bartholin's abscess - same-day referral for drainage (word catheter/marsupialisation) and antibiotics; not systemically unwell.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "有个大姐吓坏了 早上尿是红的 紫红紫红的",
                "昨晚吃了一个半红心火龙果 不疼不发烧 没别的不舒服",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r50-zh-041",
        ),  # NICE CKS Haematuria: red urine from food pigment (betacyanin in red dragon fruit) is not haematuria; asymptomatic — reassure, recheck if persists.
        pytest.param(
            [
                "男的说今天尿跟红酒一个色",
                "昨天喝了一大碗红菜头汤 他老婆做的 人好好的 不疼",
            ],
            _patient(14610, "male", (), pregnant=None),
            id="r50-zh-042",
        ),  # NICE CKS Haematuria (beeturia): red urine after beetroot is pigment, not blood — self-care, review only if persists.
        pytest.param(
            [
                "结核病人 吃抗结核药半个月了 尿是橘红色的 眼泪也有点红",
                "上礼拜查肝功正常 不黄 不恶心",
            ],
            _patient(18262, "male", ("肺结核",), pregnant=None),
            id="r50-zh-043",
        ),  # WHO TB treatment guidance (rifampicin adverse effects): orange-red discolouration of urine and tears is expected and harmless — reassure.
        pytest.param(
            [
                "老吴 肾功结果 肌酐142",
                "去年几次都是135到150 这次差不多 人挺好 血压132/80",
            ],
            _patient(27028, "male", ("慢性肾病3期", "高血压"), pregnant=None),
            id="r50-zh-044",
        ),  # NICE NG203 CKD: stable creatinine at the patient's own baseline — routine monitoring, no AKI.
        pytest.param(
            [
                "体检的 尿常规潜血± 别的都阴性",
                "没症状 不疼 尿颜色正常 问要不要紧",
            ],
            _patient(13149, "female", (), pregnant=False),
            id="r50-zh-045",
        ),  # BAUS/Renal Association consensus on haematuria & NICE: trace haematuria on dipstick is regarded as negative; asymptomatic — reassurance.
        pytest.param(
            [
                "吃避孕药第二个月 这几天一直点点滴滴的出血 咖啡色",
                "一片没漏 没吐没拉肚子 肚子不疼",
            ],
            _patient(7305, "female", (), pregnant=False),
            id="r50-zh-046",
        ),  # FSRH CEU guidance Problematic bleeding with hormonal contraception: spotting in first 3 months of COC with no missed pills or pain is common — reassure, continue.
        pytest.param(
            [
                "老太太说绝经十多年了 上礼拜内裤上有两回粉色的 就一点点",
                "现在没了 不疼 不头晕",
            ],
            _patient(24106, "female", (), pregnant=False),
            id="r50-zh-047",
        ),  # NICE NG12 Suspected cancer: postmenopausal bleeding ≥55 — suspected cancer pathway referral (within 2 weeks), not emergency; bleeding stopped and stable.
        pytest.param(
            [
                "血钾5.8 报告上写着标本溶血",
                "人没事 没吃保钾的药",
            ],
            _patient(21184, "male", ("高血压",), pregnant=None),
            id="r50-zh-048",
        ),  # UK Kidney Association Hyperkalaemia 2020: haemolysed sample with K 5.5–5.9, asymptomatic, no causative drugs — repeat test within days.
        pytest.param(
            [
                "INR3.6 他目标是2到3",
                "没出血 大便正常 最近吃得少点",
            ],
            _patient(25568, "male", ("房颤",), pregnant=None),
            id="r50-zh-049",
        ),  # NICE CKS Anticoagulation – oral: INR above target but <5 without bleeding — adjust dose and recheck, routine.
        pytest.param(
            [
                "老汉说三个礼拜前有一回尿里带血 就那一次",
                "之后一直清的 不疼 不烧 抽了四十年烟了",
            ],
            _patient(23011, "male", (), pregnant=None),
            id="r50-zh-050",
        ),  # NICE NG12 Suspected cancer: unexplained visible haematuria aged ≥45 — suspected cancer pathway referral within 2 weeks; single past episode, now well.
        pytest.param(
            [
                "小伙子说左边蛋蛋坠胀 站久了明显 有小半年了",
                "摸着像一团蚯蚓 躺下就好 不红不肿 没有突然疼过",
            ],
            _patient(8036, "male", (), pregnant=None),
            id="r50-zh-051",
        ),  # NICE CKS Scrotal pain and swelling (varicocele): chronic dull ache, no acute onset — routine appointment.
        pytest.param(
            [
                "药流第二天 出血比例假多点 有血块 肚子一阵阵疼",
                "吃了布洛芬能缓过来 一小时大概湿半片 不烧 不头晕",
            ],
            _patient(10227, "female", (), pregnant=True),
            id="r50-zh-052",
        ),  # WHO Abortion care guideline 2022 / RCOG: bleeding heavier than a period with clots and cramps controlled by ibuprofen is expected; below 2 pads/hour threshold, no fever — self-care with safety-net.
        pytest.param(
            [
                "有人来问想查性病 说一个月前有过一次 没戴套",
                "现在啥症状没有 不流脓 不疼 没起疙瘩",
            ],
            _patient(11323, "male", (), pregnant=None),
            id="r50-zh-053",
        ),  # BASHH/BHIVA testing guidance: asymptomatic exposure 4 weeks ago (outside PEP window) — routine STI/HIV testing appointment.
        pytest.param(
            [
                "年轻人 尿道口早上有白色分泌物 尿尿有点刺痛 四五天了",
                "不发烧 蛋蛋不疼 关节不疼 身上没疹子",
            ],
            _patient(9496, "male", (), pregnant=None),
            id="r50-zh-054",
        ),  # BASHH gonorrhoea/NGU guidelines: uncomplicated urethral discharge, no systemic, scrotal or joint signs — sexual health appointment for testing and treatment within days.
        pytest.param(
            [
                "钠133 其他都正常",
                "体检抽的 人挺好 不恶心不头晕",
            ],
            _patient(24472, "female", (), pregnant=False),
            id="r50-zh-055",
        ),  # NICE CKS Hyponatraemia: mild asymptomatic hyponatraemia (130–134) — review medicines and repeat routinely.
        pytest.param(
            [
                "空腹血糖8.9",
                "他平时就7到9之间 不口渴 没掉秤",
            ],
            _patient(21915, "male", ("2型糖尿病",), pregnant=None),
            id="r50-zh-056",
        ),  # NICE NG28 Type 2 diabetes: glucose at usual level without symptoms — routine diabetes review.
        pytest.param(
            [
                "血常规回来 血红蛋白112 有点低",
                "月经量偏多 不头晕不心慌 地里活照干",
            ],
            _patient(12053, "female", (), pregnant=False),
            id="r50-zh-057",
        ),  # NICE NG88 Heavy menstrual bleeding: mild anaemia without symptoms — routine appointment for iron and HMB management.
        pytest.param(
            [
                "养老院的老太太 护工拿试纸测了下尿 白细胞++ 亚硝酸盐阳性",
                "老人不发烧 不尿痛 跟平时一样 吃饭睡觉都正常",
            ],
            _patient(29950, "female", ("糖尿病",), pregnant=False),
            id="r50-zh-058",
        ),  # NICE NG109 & UKHSA UTI diagnostic guidance: do not use dipsticks in over-65s; asymptomatic bacteriuria should not be treated — no action.
        pytest.param(
            [
                "两礼拜前加了培哚普利 复查肌酐98 之前是86",
                "血钾4.7 血压降到136/82 没不舒服",
            ],
            _patient(21550, "male", ("高血压", "糖尿病"), pregnant=None),
            id="r50-zh-059",
        ),  # NICE NG203 CKD / NG136 Hypertension: creatinine rise <30% after starting ACE inhibitor with normal K is acceptable — continue, routine recheck.
        pytest.param(
            [
                "小姑娘吓哭了 昨天棉条的绳子缩进去了 后来自己抠出来了",
                "放了大概十个钟头 现在不发烧 没皮疹 不吐 就是怕中毒",
            ],
            _patient(6209, "female", (), pregnant=False),
            id="r50-zh-060",
        ),  # NHS guidance on tampons & TSS: tampon removed, no fever, rash or vomiting — self-care with advice to seek help if TSS symptoms develop.
        pytest.param(
            [
                "45F worried, urine looked red this morning",
                "had a big plate of beetroot salad last night. no pain no fever, dipstick neg for blood",
            ],
            _patient(16436, "female", (), pregnant=None),
            id="r50-en-003",
        ),  # NICE CKS Haematuria (discoloured urine): beetroot and some foods/drugs colour urine red; negative dipstick for blood excludes haematuria - reassurance, self care.
        pytest.param(
            [
                "routine bloods for 74M with CKD: creat 142, eGFR 43",
                "last yr creat was 140 and 2 yrs ago 138. BP 132/78, well, no new meds",
            ],
            _patient(
                27029, "male", ("chronic kidney disease stage 3a", "hypertension"), pregnant=None
            ),
            id="r50-en-006",
        ),  # KDIGO 2024 CKD guideline / NICE NG203: stable creatinine/eGFR at the patient's own baseline - continue routine CKD monitoring, not AKI.
        pytest.param(
            [
                "35F routine health check, urine dip shows trace blood, all else neg",
                "no symptoms, no pain, not on her period. BP 118/72",
            ],
            _patient(12784, "female", (), pregnant=False),
            id="r50-en-009",
        ),  # BAUS/Renal Association joint consensus on non-visible haematuria & NICE CKS Haematuria: trace on dipstick is regarded as negative; asymptomatic - at most a routine repeat test.
        pytest.param(
            [
                "23F started combined pill 6 wks ago, getting some light spotting between periods",
                "hasnt missed any, no pain, no smell, no new partner, preg test neg",
            ],
            _patient(8401, "female", (), pregnant=False),
            id="r50-en-012",
        ),  # FSRH CEU guidance: Problematic bleeding with hormonal contraception - unscheduled bleeding is common in the first 3 months of the combined pill; with no missed pills, STI risk or pain, reassure and continue.
        pytest.param(
            [
                "62F had small bit of pink spotting on the tissue 3 days ago, just once, nothing since",
                "periods stopped when she was 51. no pain, feels well",
            ],
            _patient(22646, "female", (), pregnant=False),
            id="r50-en-015",
        ),  # NICE NG12 Suspected cancer (endometrial): postmenopausal bleeding at >=55 - suspected cancer pathway referral (within 2 weeks); not a same-day or emergency problem.
        pytest.param(
            [
                "67M ex smoker, says he saw blood in his urine once last wk, no pain, no clots",
                "peeing fine, not on any blood thinners, no fever. dip today + blood",
            ],
            _patient(24472, "male", ("hypertension",), pregnant=None),
            id="r50-en-018",
        ),  # NICE NG12 Suspected cancer (bladder/renal): unexplained visible haematuria at >=45 - suspected cancer pathway referral within 2 weeks; passing urine, no clots or anticoagulant - not emergency or same day.
        pytest.param(
            [
                "30M felt a small pea size lump at top of L testicle, seems separate from the ball",
                "no pain now, had bit of dull ache a month ago that settled. no fever no swelling",
            ],
            _patient(10958, "male", (), pregnant=None),
            id="r50-en-021",
        ),  # NICE CKS Scrotal pain and swelling / NICE NG12: painless lump separate from the testis (likely epididymal cyst) - routine examination +/- ultrasound; no acute pain.
        pytest.param(
            [
                "30F 8 wks, doing abortion with pills, took misoprostol this morning",
                "bleeding heavier than period with clots and strong cramps, about 1 pad every 2 hrs, ibuprofen helping. no fever, no dizziness",
            ],
            _patient(10958, "female", (), pregnant=True),
            id="r50-en-024",
        ),  # WHO Abortion care guideline (2022) / RCOG: heavy bleeding with clots and cramps after misoprostol is expected; warning signs (>2 pads/hr for 2h, fever >24h, dizziness) absent - home care with safety-netting.
        pytest.param(
            [
                "17F asking about toxic shock. slept with tampon in last night, about 9 hrs, took it out fine this morning",
                "no fever, no rash, no vomiting, feels well",
            ],
            _patient(6209, "female", (), pregnant=False),
            id="r50-en-027",
        ),  # UKHSA/NHS toxic shock syndrome guidance: no fever, rash or systemic symptoms and tampon removed - reassurance and advice on tampon use, safety-net.
        pytest.param(
            [
                "chlamydia positive on swab result for 21F",
                "rang her, no symptoms, no pain, not pregnant, 1 regular partner",
            ],
            _patient(7670, "female", (), pregnant=False),
            id="r50-en-030",
        ),  # BASHH Chlamydia guideline / NICE CKS Chlamydia: uncomplicated infection - doxycycline and partner notification at a routine appointment.
        pytest.param(
            [
                "FBC Hb 112 ferritin 14 for 42F",
                "periods bit heavy, no dizziness, no breathlessness",
            ],
            _patient(15341, "female", (), pregnant=False),
            id="r50-en-033",
        ),  # NICE CKS Anaemia - iron deficiency: mild asymptomatic iron deficiency anaemia - oral iron and routine investigation of cause.
        pytest.param(
            [
                "Na 133 on routine bloods 55M, was 135 last time",
                "well, no symptoms at all",
            ],
            _patient(20089, "male", (), pregnant=None),
            id="r50-en-036",
        ),  # NICE CKS Hyponatraemia: mild (130-135) asymptomatic hyponatraemia - manage in primary care, review drugs and repeat routinely.
        pytest.param(
            [
                "INR 3.7 today for 71M on warfarin for AF, target 2-3",
                "no bleeding or bruising, no new meds, feels fine",
            ],
            _patient(25933, "male", ("atrial fibrillation",), pregnant=None),
            id="r50-en-039",
        ),  # NICE CKS Anticoagulation - oral (warfarin): INR above range but <5 without bleeding - reduce/omit dose per protocol and recheck within a week; routine.
        pytest.param(
            [
                "63F started ramipril 2 wks ago, check bloods creat 108, was 94 before",
                "K 4.8, BP 138/84, feels fine",
            ],
            _patient(23011, "female", ("hypertension", "type 2 diabetes"), pregnant=None),
            id="r50-en-042",
        ),  # NICE NG203 CKD / NG136 Hypertension: creatinine rise <30% after starting ACE inhibitor is acceptable - continue, routine recheck.
        pytest.param(
            [
                "mum brought 9yo boy, his wee was bright pinky red this morning",
                "ate lots of red dragon fruit yesterday. no pain, playing normal, no fever. dip neg for blood",
            ],
            _patient(3287, "male", (), pregnant=None),
            id="r50-en-045",
        ),  # NICE CKS Haematuria (causes of red urine): pigment from food (red dragon fruit/beetroot) with negative dipstick - not haematuria, reassure.
        pytest.param(
            [
                "nursing home sent urine dip on 88F, nitrite + and leuc +",
                "no fever, eating, behaving as usual, no pain, no change in peeing. they want antibiotics",
            ],
            _patient(32142, "female", ("dementia",), pregnant=None),
            id="r50-en-048",
        ),  # NICE NG109 / SIGN 160: do not use dipsticks in over-65s; asymptomatic bacteriuria in older people should not be treated - advice only.
        pytest.param(
            [
                "27M, his gf tested positive for gonorrhoea",
                "he has no discharge, no pain peeing, feels well",
            ],
            _patient(9862, "male", (), pregnant=None),
            id="r50-en-050",
        ),  # BASHH UK National Guideline for gonorrhoea (2019): asymptomatic contacts - test and epidemiological treatment at sexual health clinic in the coming days.
        pytest.param(
            [
                "19M got a knock in his testicles playing football 2 days ago",
                "ache getting better, no swelling, no bruising, peeing fine, no vomiting",
            ],
            _patient(6940, "male", (), pregnant=None),
            id="r50-en-053",
        ),  # NICE CKS Scrotal pain and swelling: minor blunt trauma with improving pain and no swelling - analgesia, supportive underwear, safety-net.
        pytest.param(
            [
                "K 5.6 routine for 69M with CKD on lisinopril",
                "last one 5.4. feels fine",
            ],
            _patient(
                25202, "male", ("chronic kidney disease stage 3b", "hypertension"), pregnant=None
            ),
            id="r50-en-056",
        ),  # UK Kidney Association Hyperkalaemia guideline 2020 / NICE NG203: mild hyperkalaemia 5.5-5.9 - review diet and drugs, repeat within days; routine.
        pytest.param(
            [
                "29F stinging when peeing since yesterday, going often",
                "no fever, no back pain, no vomiting, not pregnant, no discharge. asking if its kidney infection",
            ],
            _patient(10592, "female", (), pregnant=False),
            id="r50-en-059",
        ),  # NICE NG109 UTI (lower): non-pregnant woman with lower UTI symptoms and no pyelonephritis features - self-care (analgesia, fluids) with or without back-up antibiotic, safety-net.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
