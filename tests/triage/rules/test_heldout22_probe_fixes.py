# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A twenty-second held-out round (2026-12-06, at commit ef9f21b: two reviewers, 120 cases
written as records, not chat: 主诉/现病史/既往史/查体/辅助检查, SOAP notes and triage templates
(PC, HPC, PMH, DH, O/E), a line of observations, reviews of systems with many negatives and one
or two positives, 否认 and "denies" lists, medication lists and abbreviations; the look-alikes
full of alarming words that are negated, historical or normal; 16 emergencies, 24 same-day and
20 look-alikes a set). Before these fixes the rules found 16 of 16 and 16 of 16 emergencies,
graded 19 of 24 and 16 of 24 same-day cases exactly, and sent 4 of 20 and 0 of 20 look-alikes
to emergency.

What changed: 无尿频尿急尿痛 read 无尿 (anuria) and left the urinary symptoms present, now 无尿
is anuria only when no 频, 急 or 痛 follows; 无肢体无力、言语不清 left the second item (a form
that states a lack) outside the denial, now an item joined by 、 stays in its cue's list; 非
negates in a record (非突发起病, 非“一生中最剧烈的头痛”), not in 非常, 除非 or 非甾体; a silica-gel
desiccant named further from the verb; 近2年无变化 is a baseline; "UPT neg", "UPT negative" and
妊娠试验阴性 deny a pregnancy and "LMP 2/52" is a cycle, not weeks of one (from 5 weeks on);
4/7, 3/52 and 2/12 are days, weeks and months; Hutchinson's sign in a record (鼻尖左侧亦可见数个
疱疹, "blisters R forehead + tip of nose", "vesicular rash R V1"), "light hurts", "chest pain on
deep breath" (pleuritic), "family would be better off without her", "woke with much reduced
hearing"; a stone's pain running to the right lower belly is not appendicitis; a fast AF's own
rate is not a shock sign and mild breathlessness on the stairs is not instability (ESC 2024).
After: 16/16, 16/16; 21/24, 24/24; look-alikes 20/20, 20/20.

Left as they are: an 80-year-old's new drowsy confusion with a urinary infection stays an
emergency (NICE NG51), a 5-month-old with bronchiolitis and mild chest indrawing at SpO2 94%
stays one (the indrawing), and right lower pain with equivocal rebound and a raised white count
stays one (suspected appendicitis: surgical assessment now)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "主诉：左额部疼痛3天，出疱疹1天。\n既往史：高血压，氨氯地平5mg qd。\n查体：T 37.3℃。左前额、头皮及上睑成簇水疱，沿左侧三叉神经第一支分布，不过中线，鼻尖左侧亦可见数个疱疹。左眼结膜轻度充血，自诉视力无明显变化。颈软，无头痛呕吐。",
            ],
            _patient(24820, "female", ("高血压",), pregnant=None),
            id="p22-zh-040",
        ),  # NICE CKS Shingles (2023)，眼带状疱疹（Hutchinson征）当日转诊眼科；带状疱疹中国专家共识(2018)
        pytest.param(
            [
                "主诉：右侧腰腹部绞痛4小时。\n现病史：阵发性加剧，向右下腹及会阴部放射，坐立不安，恶心呕吐1次。无发热寒战。\n既往史：2年前类似发作，诊断右输尿管结石。\n查体：T 36.9℃ P 92次/分 BP 142/86mmHg。右肾区叩痛。腹软，无压痛反跳痛。\n辅助检查：尿常规 RBC+++，WBC阴性。",
            ],
            _patient(13870, "male", ("泌尿系结石",), pregnant=None),
            id="p22-zh-056",
        ),  # NICE NG118 Renal and ureteric stones (2019)；中国泌尿外科和男科疾病诊断治疗指南(2022)尿石症
        pytest.param(
            [
                "PC: red eye\nHPC: 34M 2/7 painful red R eye, light hurts, vision 'a bit blurry'. No trauma, no contact lenses, no discharge, not itchy.\nO/E: VA R 6/12, L 6/6. Redness concentrated around cornea, R pupil smaller and irregular. No fluorescein staining.\nPMH: ankylosing spondylitis. DH: naproxen 500mg BD PRN. NKDA",
            ],
            _patient(12410, "male", ("ankylosing spondylitis",), pregnant=None),
            id="p22-en-022",
        ),  # NICE CKS Red eye 2022 / Uveitis - suspected anterior uveitis: same-day referral to ophthalmology
        pytest.param(
            [
                "S: 69M 4/7 productive cough, fever, R-sided chest pain on deep breath.\nO: T 38.3, HR 100, RR 24, BP 128/78, SpO2 95% RA. Coarse crackles + bronchial breathing R base. Alert, orientated (AMT 10/10).\nPMH: mild COPD, HTN. DH: tiotropium 18mcg OD, amlodipine 5mg OD. NKDA\nA: ?CAP, CRB-65 = 1",
            ],
            _patient(
                25185,
                "male",
                (
                    "COPD",
                    "hypertension",
                ),
                pregnant=None,
            ),
            id="p22-en-025",
        ),  # NICE NG138 Pneumonia (community-acquired): antimicrobial prescribing 2019 / NICE CG191 2014 (updated 2022) - CRB65 score 1-2, same-day assessment, consider hospital
        pytest.param(
            [
                "Triage template\nPC: low mood\nHPC: 38F 6/52 worsening low mood since job loss, poor sleep, not eating. Over last week thoughts that family would be better off without her, has thought about taking tablets. No current plan or intent today, says she wouldn't act 'because of my kids'. No self-harm so far. No psychotic sx. Alcohol up to ~3 glasses wine/night.\nPMH: postnatal depression 2016. DH: nil. SH: 2 children (8, 11), partner at home.",
            ],
            _patient(13870, "female", ("depression",), pregnant=False),
            id="p22-en-032",
        ),  # NICE NG222 Depression in adults 2022, 1.3 risk assessment / NICE NG225 Self-harm 2022 - suicidal ideation with method considered: same-day mental health crisis assessment
        pytest.param(
            [
                "S: 63M 2/7 burning pain R forehead, now blisters R forehead + tip of nose. R eye watery and red. No vision loss reported.\nO: vesicular rash R V1 dermatome incl. nasal tip. VA R 6/9, L 6/6. T 37.3.\nPMH: T2DM. DH: metformin 1g BD, sitagliptin 100mg OD.",
            ],
            _patient(22995, "male", ("type 2 diabetes",), pregnant=None),
            id="p22-en-033",
        ),  # NICE CKS Shingles 2024 - herpes zoster ophthalmicus (Hutchinson sign, red eye): start antiviral and same-day ophthalmology referral
        pytest.param(
            [
                "S: 67M c/o palpitations since 6h ago, 'heart racing and fluttering', mild breathlessness on stairs. No CP, no syncope, no pre-syncope.\nO: pulse 132 irregularly irregular, BP 134/82, RR 18, SpO2 97% RA, T 36.7. Chest clear, no ankle oedema.\nPMH: HTN, no known arrhythmia. DH: ramipril 5mg OD. NKDA",
            ],
            _patient(24455, "male", ("hypertension",), pregnant=None),
            id="p22-en-034",
        ),  # NICE NG196 Atrial fibrillation 2021, 1.1/1.6 - new-onset AF with fast ventricular rate but haemodynamically stable: same-day assessment (emergency only if unstable)
        pytest.param(
            [
                "PC: fever\nHPC: 3yo girl, fever daily for 5/7 up to 39.5, red eyes without discharge, cracked red lips, blanching rash on trunk, hands puffy. Drinking ok, passing urine. No cough, no D/V.\nO/E: T 39.0, HR 140, RR 28, SpO2 98% RA, CRT <2s, alert. R cervical LN 2cm. No neck stiffness.\nImms UTD.",
            ],
            _patient(1095, "female", (), pregnant=None),
            id="p22-en-035",
        ),  # NICE NG143 Fever in under 5s 2019, 1.2 - fever >=5 days (amber), consider Kawasaki disease: same-day paediatric assessment
        pytest.param(
            [
                "S: 23F 4/7 bilateral lower abdo pain, deep dyspareunia, new vaginal discharge. New partner 1/12. LMP 2/52, UPT negative. No vomiting, no diarrhoea, no urinary sx, tolerating fluids.\nO: T 38.1 HR 94 BP 118/72. Lower abdo tender both sides, no guarding/rebound. Cervical motion tenderness on exam.\nP: ?",
            ],
            _patient(8395, "female", (), pregnant=False),
            id="p22-en-036",
        ),  # NICE CKS Pelvic inflammatory disease 2022; BASHH PID guideline 2019 - febrile PID, start empirical antibiotics same day
        pytest.param(
            [
                "S: 46F woke 2/7 ago with R ear feeling blocked + much reduced hearing R, some tinnitus. Denies ear pain, no discharge, no vertigo, no facial weakness, no headache, no recent flying/diving.\nO: R TM normal, no wax. Weber lateralises to L. Rinne positive both sides.\nA: ?",
            ],
            _patient(16790, "female", (), pregnant=None),
            id="p22-en-038",
        ),  # NICE CKS Hearing loss in adults 2023 / NICE NG98 2018 - sudden sensorineural hearing loss within 30 days: refer to ENT/emergency ENT to be seen within 24 hours
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "产检记录：G1P0 孕24+1周。\n诉近1周久站后腰背酸痛，休息可缓解。\n无腹痛，无宫缩感，无阴道流血流液，无尿频尿急尿痛，无发热。胎动好。\n查体：BP 112/70mmHg，尿常规正常，胎心146次/分，宫高与孕周相符，双肾区无叩痛。",
            ],
            _patient(10220, "female", ("妊娠24周",), pregnant=True),
            id="p22-zh-004",
        ),  # NICE NG201 Antenatal care (2021)，妊娠期腰背痛的建议；孕前和孕期保健指南(2018)
        pytest.param(
            [
                "随访：T2DM 5年，二甲双胍0.5g tid。\n空腹血糖7.6mmol/L，HbA1c 7.4%。\n无多饮多尿，无低血糖发作，无视物模糊，双足无麻木、无溃疡。BP 130/80mmHg，BMI 25。",
            ],
            _patient(21900, "female", ("2型糖尿病",), pregnant=None),
            id="p22-zh-005",
        ),  # 2型糖尿病基层诊疗指南(2019)，常规随访与方案调整
        pytest.param(
            [
                "主诉：左胸痛2天。\n现病史：打篮球后左前胸刺痛，深呼吸、转身时加重，按压局部可复现疼痛。无胸闷，无气促，无大汗，无心悸晕厥，无发热咳嗽。\n既往史：否认高血压、糖尿病，不吸烟，无早发冠心病家族史，近期无长途旅行或手术。\n查体：T 36.5℃ P 72次/分 R 16次/分 BP 118/72mmHg SpO2 99%。左第4、5肋软骨处压痛，双肺呼吸音对称清晰，心律齐，双下肢无肿胀。\n心电图：窦性心律，正常心电图。",
            ],
            _patient(9125, "male", (), pregnant=None),
            id="p22-zh-009",
        ),  # 胸痛基层诊疗指南(2019)，肌肉骨骼源性胸痛；NICE CG95 Chest pain of recent onset (2010, updated 2016)
        pytest.param(
            [
                "主诉：鼻塞流涕、咽痛2天。\n系统回顾：低热37.4℃，无寒战，无咳痰，无胸闷胸痛，无气促，无头痛呕吐，无皮疹，无耳痛。\n查体：T 37.3℃ P 80次/分 R 16次/分 BP 112/70mmHg SpO2 99%。咽部充血，扁桃体无肿大、无脓点，双肺呼吸音清。\n否认妊娠（LMP 1周前）。",
            ],
            _patient(10950, "female", (), pregnant=False),
            id="p22-zh-013",
        ),  # 急性上呼吸道感染基层诊疗指南(2018)，对症处理与居家观察
        pytest.param(
            [
                "新生儿随访：生后20天，足月，出生体重3.3kg，今日体重4.0kg。\n母亲诉每次喂奶后常有少量奶液从口角溢出，非喷射性，奶白色，无黄绿色液体，无血丝。\n吃奶好，每日小便7-8次，大便黄色糊状。精神好，哭声响亮。无发热，T 36.8℃。皮肤无黄染。腹软不胀。",
            ],
            _patient(20, "male", (), pregnant=None),
            id="p22-zh-015",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children and young people (2015, updated 2019)，生理性溢奶无需检查；新生儿访视技术规范
        pytest.param(
            [
                "主诉：腹泻1天。\n现病史：昨晚聚餐后稀便4次，黄色水样，无黏液脓血，无里急后重。轻度腹部隐痛，便后缓解。无发热，无呕吐，能正常饮水进食，尿量正常。\n查体：T 36.8℃ P 84次/分 BP 122/78mmHg，腹软，无压痛反跳痛，肠鸣音稍活跃。",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="p22-zh-018",
        ),  # NICE CKS Gastroenteritis (2022)，成人急性腹泻口服补液居家护理；中国成人急性感染性腹泻诊疗专家共识
        pytest.param(
            [
                "主诉：右踝扭伤1小时。\n现病史：打羽毛球时右踝内翻扭伤，受伤后即可自行行走，现跛行但能连续走4步以上。\n查体：右外踝前下方轻度肿胀，距腓前韧带处压痛；外踝、内踝后缘及尖端无压痛，第5跖骨基底部、足舟骨无压痛。足背动脉搏动好，感觉正常。",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="p22-zh-019",
        ),  # Ottawa ankle rules；NICE CKS Sprains and strains (2020)，PRICE居家处理
        pytest.param(
            [
                "主诉：3天前在家中跌倒。\n现病史：起夜时被拖鞋绊倒，臀部着地，当时即自行站起。否认头部撞击，无意识丧失，跌倒前后无头晕、胸闷、心悸。未服抗凝、抗血小板药。现左臀部轻度酸痛，行走如常，可自行上下楼。\n查体：BP 134/76mmHg P 70次/分。左臀部小片淤青，轻压痛，髋关节活动无受限，无下肢短缩外旋，可单腿站立。",
            ],
            _patient(32120, "male", (), pregnant=None),
            id="p22-zh-023",
        ),  # NICE CG161 Falls in older people (2013)，跌倒后多因素风险评估择期进行；老年人跌倒干预技术指南
        pytest.param(
            [
                "主诉：今晨发现左眼白睛发红。\n现病史：左眼白睛鲜红色片状出血，昨晚剧烈咳嗽。无眼痛，无畏光，无视力下降，无分泌物。未戴隐形眼镜，无外伤。未服华法林、阿司匹林等药物。\n查体：BP 126/80mmHg。视力双眼1.0，左眼颞侧球结膜下片状出血，角膜透明，瞳孔等大等圆，对光反射灵敏。",
            ],
            _patient(18980, "male", (), pregnant=None),
            id="p22-zh-025",
        ),  # NICE CKS Subconjunctival haemorrhage (2022)；NICE CKS Red eye
        pytest.param(
            [
                "慢病随访记录\n诊断：冠心病，陈旧性前壁心肌梗死（2019年行PCI植入支架2枚）；高血压；高脂血症。\n用药：阿司匹林100mg qd，阿托伐他汀20mg qn，美托洛尔缓释片47.5mg qd，氨氯地平5mg qd。\n本次：无胸痛胸闷，无心悸气促，无夜间阵发性呼吸困难，无晕厥黑矇，无黑便。每天散步3公里无不适。\n查体：T 36.5℃ P 62次/分 R 16次/分 BP 128/76mmHg SpO2 98%。双肺呼吸音清，心律齐，双下肢无水肿。\n心电图：窦性心律，V1-V4导联病理性Q波（与2020年心电图比较无变化），未见新发ST-T改变。\n来开药。",
            ],
            _patient(
                24090,
                "male",
                (
                    "冠心病",
                    "陈旧性心肌梗死",
                    "高血压",
                    "高脂血症",
                ),
                pregnant=None,
            ),
            id="p22-zh-028",
        ),  # 稳定性冠心病基层诊疗指南(2020)，稳定期随访管理
        pytest.param(
            [
                "体检记录：BP 148/94mmHg（5分钟后复测146/92mmHg），P 76次/分。无头痛头晕，无胸闷胸痛，无视物模糊，无肢体麻木。BMI 27。否认糖尿病。心电图正常。既往未测过血压。",
            ],
            _patient(16425, "male", (), pregnant=None),
            id="p22-zh-030",
        ),  # 高血压基层诊疗指南(2019)，诊室血压升高者择期复测/动态血压确诊；NICE NG136 (2019)
        pytest.param(
            [
                "主诉：尿频尿急尿痛1天。\n系统回顾：无发热寒战，无腰痛，无肉眼血尿，无阴道分泌物异常。LMP 10天前，尿HCG阴性。既往无反复尿路感染，无糖尿病。\n查体：T 36.7℃，双肾区无叩痛，下腹无压痛。\n辅助检查：尿常规 WBC++，亚硝酸盐+。",
            ],
            _patient(9125, "female", (), pregnant=False),
            id="p22-zh-031",
        ),  # NICE NG109 Urinary tract infection (lower): antimicrobial prescribing (2018)，非妊娠女性单纯下尿路感染
        pytest.param(
            [
                "主诉：咳嗽2周。\n现病史：感冒后遗留干咳，夜间稍重，逐渐减轻。无发热，无咯血，无胸痛，无气促，无盗汗，体重无下降。不吸烟，无结核接触史。\n查体：T 36.6℃ R 16次/分 SpO2 98%，双肺呼吸音清，未闻及干湿啰音。",
            ],
            _patient(14600, "female", (), pregnant=False),
            id="p22-zh-032",
        ),  # 咳嗽的诊断与治疗指南(2021)，感染后咳嗽；NICE NG120 Cough (acute) (2019)
        pytest.param(
            [
                "家长带来，2岁女孩，约30分钟前误食饼干包装袋里的干燥剂小颗粒几粒。",
                "包装袋已带来，标注“SILICA GEL 硅胶干燥剂 DO NOT EAT”，为透明小珠状。\n无咳嗽、呛咳，无呕吐，无流涎，无哭闹不安。\n查体：T 36.7℃ P 110次/分 R 24次/分 SpO2 99%，口腔黏膜完整无充血，双肺呼吸音清。",
            ],
            _patient(730, "female", (), pregnant=None),
            id="p22-zh-037",
        ),  # NICE CKS Poisoning or overdose (2023)，TOXBASE: 硅胶干燥剂为无毒物质，可居家观察
        pytest.param(
            [
                "随访：抑郁症，艾司西酞普兰10mg qd 3个月。\n情绪较前好转，睡眠改善，已复工。PHQ-9 6分。\n否认自杀意念，否认自伤行为，既往无自杀未遂史。诉轻度口干。",
            ],
            _patient(10585, "male", ("抑郁症",), pregnant=None),
            id="p22-zh-039",
        ),  # 抑郁症基层诊疗指南(2021)，巩固期随访
        pytest.param(
            [
                "主诉：双手瘙痒、干燥脱屑1个月。\n现病史：双手背、指缝反复瘙痒，接触洗洁精后加重。无渗出、无脓疱、无发热，无红肿蔓延。\n查体：双手背及指缝皮肤干燥、轻度苔藓样变，少许皲裂，无渗液，无淋巴管炎。",
            ],
            _patient(16425, "female", ("手部湿疹",), pregnant=False),
            id="p22-zh-042",
        ),  # NICE CKS Eczema - hand (2023)，避免刺激物+润肤剂；湿疹诊疗指南(2011)
        pytest.param(
            [
                "主诉：复诊开药。\n既往史：2021年脑梗死，遗留左侧肢体轻度无力（左上肢肌力4级，左下肢肌力4+级）及轻度构音不清，近2年无变化。高血压、房颤，阿哌沙班5mg bid、氨氯地平5mg qd。\n本次：无新发肢体无力麻木，无口角歪斜加重，无头痛头晕，无饮水呛咳，无黑便。\n查体：BP 132/78mmHg P 72次/分 律不齐。神经系统查体同前次记录。",
            ],
            _patient(
                25550,
                "female",
                (
                    "脑梗死后遗症",
                    "高血压",
                    "心房颤动",
                ),
                pregnant=None,
            ),
            id="p22-zh-050",
        ),  # 缺血性卒中基层诊疗指南(2021)，二级预防随访；心房颤动基层诊疗指南(2019)
        pytest.param(
            [
                "主诉：反复头痛2年，近1周加重。\n现病史：近期工作压力大。为双侧颞部、枕部紧箍样钝痛，下午明显，休息后缓解，可继续工作。无恶心呕吐、畏光畏声，无发热，无视物模糊，无肢体无力麻木。非突发起病，非“一生中最剧烈的头痛”，晨起不加重，咳嗽用力不加重。\n查体：BP 118/74mmHg，颈软，神经系统查体未见异常，眼底未见异常。",
            ],
            _patient(12775, "female", ("紧张型头痛",), pregnant=False),
            id="p22-zh-051",
        ),  # NICE CG150 Headaches in over 12s (2012, updated 2021)，紧张型头痛处理；中国紧张型头痛诊断与治疗指南
        pytest.param(
            [
                "主诉：发热1天。\n现病史：最高T 38.6℃，服布洛芬后可降至37.2℃，退热后玩耍如常。伴流清涕、轻咳。无呕吐腹泻，无皮疹，无抽搐。食欲稍差但饮水正常，尿量正常。",
                "查体：T 38.1℃ P 112次/分 R 24次/分 SpO2 98%。精神好，对答正常，颈软，咽稍红，双肺呼吸音清，CRT<2秒。疫苗按计划接种。",
            ],
            _patient(1460, "male", (), pregnant=None),
            id="p22-zh-053",
        ),  # NICE NG143 Fever in under 5s (2019, updated 2021)，全部为green征象者居家护理
        pytest.param(
            [
                "随访：持续性房颤3年，利伐沙班20mg qd，美托洛尔缓释片47.5mg qd。\n无心悸、胸闷、气促、晕厥，无黑便、血尿、牙龈出血，无肢体无力、言语不清。\n查体：P 78次/分 律不齐，BP 126/74mmHg，SpO2 97%。\n心电图：房颤，心室率76次/分，与前次相同。Ccr 68ml/min。",
            ],
            _patient(26280, "male", ("心房颤动",), pregnant=None),
            id="p22-zh-060",
        ),  # 心房颤动基层诊疗指南(2019)，稳定期随访
        pytest.param(
            [
                "Annual CHD review - SOAP\nS: 62M here for annual review + repeat meds. PMH: MI 2015 (inferior STEMI), PCI x2 stents. Currently no CP, no SOB, no palpitations, no syncope, no ankle swelling. Walks 3 miles daily without sx.\nO: BP 128/76 HR 62 reg, SpO2 98% RA, BMI 27. HS normal, chest clear.\nDH: aspirin 75mg OD, atorvastatin 80mg ON, bisoprolol 2.5mg OD, ramipril 5mg OD. NKDA\nA: stable CHD\nP: bloods (lipids, U&E), review 12/12",
            ],
            _patient(
                22630,
                "male",
                (
                    "coronary heart disease",
                    "previous myocardial infarction",
                ),
                pregnant=None,
            ),
            id="p22-en-041",
        ),  # NICE NG185 Acute coronary syndromes 2020, 1.3 secondary prevention and follow-up - routine annual review
        pytest.param(
            [
                "PC: wants cholesterol check\nHPC: 45F asymptomatic. Worried because dad had MI at 50 and brother had stent at 47. Denies CP, no SOB on exertion, no palpitations, no dizziness, no leg pain on walking.\nPMH: nil. DH: nil. SH: non-smoker, alcohol 6 u/wk.\nFH: father MI aged 50, brother PCI aged 47, mother stroke aged 78.\nO/E: BP 126/80, HR 70, BMI 24.",
            ],
            _patient(16425, "female", (), pregnant=False),
            id="p22-en-042",
        ),  # NICE NG238 Cardiovascular disease: risk assessment and reduction 2023; NICE CG71 Familial hypercholesterolaemia 2008 (updated 2019) - routine lipid testing for premature CVD family history
        pytest.param(
            [
                "S: 30M c/o headache on and off 2/52, band-like around forehead, worse end of day at computer. Denies sudden/thunderclap onset, no worst-ever headache, no fever, no neck stiffness, no photophobia, no vomiting, no visual disturbance, no weakness/numbness, no speech problems, no head injury, not worse lying down or coughing. Not on anticoagulants.\nO: T 36.7 HR 72 BP 124/78. Neuro exam NAD.\nA: ?TTH\nP: ?",
            ],
            _patient(10950, "male", (), pregnant=None),
            id="p22-en-043",
        ),  # NICE CG150 Headaches in over 12s 2012 (updated 2021), 1.3 tension-type headache - self-management, simple analgesia
        pytest.param(
            [
                "PC: cough and cold\nHPC: 3yo boy 2/7 runny nose, dry cough, mild fever (max 37.9 at home), eating a bit less but drinking well, normal wees. Playing normally. No rash, no vomiting, no diarrhoea, no breathing difficulty, no noisy breathing, no drowsiness.\nO/E: T 37.6 HR 110 RR 24 SpO2 98% RA, CRT <2s, alert, smiling. No recession, chest clear. No non-blanching rash. Throat mildly red.\nImms UTD",
            ],
            _patient(1095, "male", (), pregnant=None),
            id="p22-en-044",
        ),  # NICE NG143 Fever in under 5s 2019 traffic light - all green, home care with safety-netting; NICE CKS Common cold 2022
        pytest.param(
            [
                "Hypertension review\nPC: routine BP check\nPMH: TIA 2018 (L arm weakness, resolved in 20 min), HTN, hypercholesterolaemia\nDH: clopidogrel 75mg OD, atorvastatin 80mg ON, amlodipine 5mg OD, indapamide 2.5mg OD\nROS: no new weakness, no numbness, no speech disturbance, no facial droop, no visual loss, no headache, no dizziness, no falls.\nO/E: BP 138/82 (home average 134/80), HR 72 reg, neuro NAD.",
            ],
            _patient(
                25550,
                "female",
                (
                    "hypertension",
                    "previous TIA",
                    "hypercholesterolaemia",
                ),
                pregnant=None,
            ),
            id="p22-en-045",
        ),  # NICE NG136 Hypertension in adults 2019 (updated 2023), 1.4 monitoring treatment - routine review
        pytest.param(
            [
                "Antenatal check\nS: 28F G1 20+4/40 c/o heartburn after meals and lying flat, 2/52. No PV bleeding, no abdo pain, no headache, no visual disturbance, no swelling of face/hands, no vomiting, no leaking fluid, FM felt. No dysphagia, no weight loss.\nO: BP 112/70, urine NAD, T 36.5, fundal height appropriate.\nDH: pregnancy vitamins. NKDA",
            ],
            _patient(10220, "female", ("pregnancy",), pregnant=True),
            id="p22-en-046",
        ),  # NICE CKS Dyspepsia - pregnancy-associated 2022 - lifestyle advice and antacids
        pytest.param(
            [
                "S: 55M 5/7 lower back pain after lifting garden slabs, stiff, worse bending, eases moving about. Denies saddle anaesthesia, no urinary retention or incontinence, no bowel change, no leg weakness, no leg numbness, no fever, no night sweats, no weight loss, no hx cancer, no fall, not on steroids.\nO: T 36.8. L lumbar paraspinal TTP, SLR neg bilat, power/sensation/reflexes normal both legs.\nA: ?mechanical LBP",
            ],
            _patient(20075, "male", (), pregnant=None),
            id="p22-en-047",
        ),  # NICE NG59 Low back pain and sciatica in over 16s 2016 (updated 2020), 1.2 - self-management, stay active, NSAID
        pytest.param(
            [
                "PC: palpitations\nHPC: 22F episodes of 'heart pounding' with tingling fingers and fear, lasting ~10 min, usually in crowded places, 2/12. No syncope, no CP, no SOB at rest or on exertion, no FH sudden cardiac death <40.\nO/E: HR 78 reg, BP 118/72, SpO2 99%. HS normal. ECG (last wk): sinus rhythm, normal QTc, NAD.\nPMH: anxiety. DH: nil. SH: 5 coffees/day.",
            ],
            _patient(8030, "female", ("anxiety",), pregnant=False),
            id="p22-en-048",
        ),  # NICE CG113 Generalised anxiety disorder and panic disorder in adults 2011 (updated 2020); NICE CKS Palpitations 2020 - no red flags, routine follow-up
        pytest.param(
            [
                "PC: vomiting after feeds\nHPC: 6/52 girl, bottle fed, brings up small amounts of milk after most feeds. Not projectile, not green, no blood. Feeding well, 6-8 wet nappies/day, normal stools. No fever, no breathing problems.\nO/E: T 36.9, weight tracking 50th centile (birth 3.4kg, now 4.6kg), alert, fontanelle soft, abdo soft.\nPMH: term SVD, no NICU.",
            ],
            _patient(42, "female", (), pregnant=None),
            id="p22-en-049",
        ),  # NICE NG1 Gastro-oesophageal reflux disease in children and young people 2015 (updated 2019), 1.1 - regurgitation in thriving infant: reassurance
        pytest.param(
            [
                "S: 40M stung by wasp on R forearm 2h ago while gardening. Itchy, red, swollen area ~5cm. Denies lip or tongue swelling, no throat tightness, no SOB, no wheeze, no dizziness, no rash elsewhere, no vomiting. No previous reactions.\nO: HR 76 BP 128/80 SpO2 99% RA. Wheal 5x4cm R forearm, sting removed.\nNKDA",
            ],
            _patient(14600, "male", (), pregnant=None),
            id="p22-en-050",
        ),  # NICE CKS Insect bites and stings 2021 - local reaction: self-care (cold compress, oral antihistamine)
        pytest.param(
            [
                "PC: itchy eyes\nHPC: 17F itchy watery eyes both sides, sneezing, runny nose 3/52, worse outdoors on sunny days, same every May-June. No eye pain, no photophobia, vision normal, no contact lenses, no wheeze, no SOB, no fever.\nO/E: mild bilateral conjunctival injection, clear watery discharge, VA 6/6 both, pupils normal.\nPMH: childhood eczema. DH: nil. NKDA",
            ],
            _patient(6205, "female", ("eczema",), pregnant=False),
            id="p22-en-051",
        ),  # NICE CKS Allergic rhinitis 2023 / Conjunctivitis - allergic 2022 - self-care with oral antihistamine and topical treatment
        pytest.param(
            [
                "Annual review note\nS: 67M stroke 2019 (R MCA infarct) with residual L arm weakness + mild L facial asymmetry, unchanged since discharge per wife and pt. No new weakness, no new speech difficulty, no headache, no visual change, no falls.\nO: BP 132/78, HR 68 reg. L arm power 4/5 (documented 4/5 in 2020), speech normal.\nDH: clopidogrel 75mg OD, atorvastatin 80mg ON, ramipril 5mg OD\nA: stable post-stroke\nP: bloods, annual review",
            ],
            _patient(
                24455,
                "male",
                (
                    "previous stroke",
                    "hypertension",
                ),
                pregnant=None,
            ),
            id="p22-en-052",
        ),  # NICE NG236 Stroke rehabilitation in adults 2023 - annual review of people after stroke
        pytest.param(
            [
                "PC: low mood\nHPC: 19F uni student, 4/52 feeling low, stressed about exams, sleeping a bit more. Still attending lectures and seeing friends. PHQ-9 = 8. Denies suicidal thoughts, no thoughts of self-harm, no plans, no previous self-harm, no hallucinations, no drug use. Alcohol ~8 u/wk.\nPMH: nil. DH: COCP. FH: mum depression.\nO/E: well kempt, good eye contact, reactive affect.",
            ],
            _patient(6935, "female", (), pregnant=False),
            id="p22-en-053",
        ),  # NICE NG222 Depression in adults 2022, 1.4 less severe depression - routine follow-up, guided self-help
        pytest.param(
            [
                "SOAP\nS: 34F wants to discuss contraception. PMH: PE 2020 (post-op), completed 6/12 rivaroxaban, no recurrence. Currently no SOB, no CP, no haemoptysis, no calf pain or swelling. FH: mother DVT.\nO: BP 118/76, HR 70, SpO2 99% RA, calves SNT, no swelling.\nDH: nil. NKDA. SH: non-smoker.\nA: contraception counselling, hx VTE\nP: ?",
            ],
            _patient(12410, "female", ("previous pulmonary embolism",), pregnant=False),
            id="p22-en-054",
        ),  # FSRH UK Medical Eligibility Criteria for Contraceptive Use 2016 (amended 2019) - history of VTE, oestrogen UKMEC 4: routine counselling on non-oestrogen methods
        pytest.param(
            [
                "S: 80M c/o constipation 1/52 since he had a cold, less active, drinking less. Stools hard, BO every 3 days, last BO yesterday. Denies abdo pain, no vomiting, no distension, passing wind, no PR bleeding, no black stools, no weight loss, appetite normal.\nO: abdo soft, non-tender, not distended, BS normal. T 36.6 HR 74.\nPMH: BPH, HTN. DH: tamsulosin 400mcg OD, amlodipine 5mg OD.",
            ],
            _patient(
                29200,
                "male",
                (
                    "benign prostatic hyperplasia",
                    "hypertension",
                ),
                pregnant=None,
            ),
            id="p22-en-055",
        ),  # NICE CKS Constipation 2023 - short-term constipation without red flags: fluids, fibre, OTC laxative
        pytest.param(
            [
                "PC: head injury\nHPC: 8yo boy bumped forehead on climbing frame at school 1h ago (witnessed by teacher). No LOC, cried straight away. No vomiting, no headache now, no drowsiness, no amnesia, no seizure, no visual change, no clear fluid from nose/ears, walking and talking normally. No blood thinners, no bleeding disorder.\nO/E: GCS 15, 2cm bump R forehead, no boggy swelling, no skull deformity, pupils equal + reactive.\nPMH: nil.",
            ],
            _patient(2920, "male", (), pregnant=None),
            id="p22-en-056",
        ),  # NICE NG232 Head injury 2023, 1.1 - no criteria for emergency department referral: home with head injury advice
        pytest.param(
            [
                "S: 33M inverted R ankle at 5-a-side last night. Able to walk on it (limping), managed 4+ steps immediately after and in clinic. No numbness, no tingling.\nO: swelling + bruising lateral ankle over ATFL, NOT tender over posterior edge/tip of lateral or medial malleolus, no navicular or 5th MT base tenderness. Foot NV intact, CRT <2s.\nA: Ottawa ankle rules negative",
            ],
            _patient(12045, "male", (), pregnant=None),
            id="p22-en-057",
        ),  # NICE CKS Sprains and strains 2020; Ottawa ankle rules - no X-ray needed, self-care (rest, ice, compression, elevation)
        pytest.param(
            [
                "PC: diarrhoea\nHPC: 2yo girl, 2/7 loose stools ~4x/day. No blood, no mucus. Vomited x1 yesterday, none since. Drinking well, eating a bit less, normal wet nappies. No fever today, playing. Nursery contacts with same.\nO/E: T 37.2, HR 112, RR 24, CRT <2s, alert, moist mucous membranes, eyes not sunken, abdo soft non-tender, no rash.\nImms UTD",
            ],
            _patient(730, "female", (), pregnant=None),
            id="p22-en-058",
        ),  # NICE CG84 Diarrhoea and vomiting caused by gastroenteritis in under 5s 2009, 1.1-1.3 - no dehydration: home care with fluids and safety-netting
        pytest.param(
            [
                "PC: eczema\nHPC: 5yo boy, known atopic eczema, dry itchy patches in elbow/knee creases 1/52 since cold weather. Sleeping OK. No weeping, no crusting, no painful blisters or punched-out sores, no fever, well in himself.\nO/E: dry, mildly red patches in flexures, small area, no vesicles.\nDH: emollient (ran out 2/52 ago), hydrocortisone 1% PRN.",
            ],
            _patient(1825, "male", ("atopic eczema",), pregnant=None),
            id="p22-en-059",
        ),  # NICE CG57 Atopic eczema in under 12s 2007 (updated 2023), 1.5 - mild eczema: emollients and mild topical corticosteroid
        pytest.param(
            [
                "S: 90F c/o gradually reduced hearing both ears over 2/12, 'muffled'. Denies ear pain, no discharge, no sudden hearing loss, no vertigo, no tinnitus, no facial weakness, no headache.\nO: both ear canals occluded by hard wax, TMs not seen. T 36.5.\nPMH: HTN, OA. DH: amlodipine 5mg OD, paracetamol PRN.",
            ],
            _patient(
                32850,
                "female",
                (
                    "hypertension",
                    "osteoarthritis",
                ),
                pregnant=None,
            ),
            id="p22-en-060",
        ),  # NICE NG98 Hearing loss in adults 2018, 1.2 earwax; NICE CKS Earwax 2021 - softening drops for 3-5 days at home
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
