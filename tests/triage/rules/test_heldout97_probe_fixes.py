# ruff: noqa: E501  (the reviewers' wordings and their sources are kept whole)
"""A ninety-seventh held-out round (2026-12-07, at commit 8533b6d: two reviewers, 120 cases of people
living with disabilities and devices at home: cerebral palsy, Down syndrome, learning disability,
autism, Parkinson's, multiple sclerosis, spinal cord injury, VP shunts, tracheostomies, PEG and NG
tubes, home ventilators, suprapubic catheters, baclofen and insulin pumps, told by carers and
family; 12 emergencies, 24 same-day and 24 look-alikes a set). Before these fixes the rules found 11
of 12 and 11 of 12 emergencies, graded 15 of 24 and 11 of 24 same-day cases exactly (English,
Chinese) and sent 1 and 2 look-alikes to emergency. Missed: bowel obstruction in a man with a severe
learning disability ("no bowels open 6 days", green vomit, a drum-tight belly he won't let anyone
touch, HR 118), and a parkinsonism-hyperpyrexia crisis (帕金森 药停了两天, rigid, 39.2 °C, HR 122).

What changed: Parkinson's medicines stopped with rigidity and a fever, sweating or a fast pulse is a
neuroleptic malignant-like crisis (NICE NG71 §1.9); a belly no one may touch is guarding; "no bowels
open N days" is constipation, not the absence of wind. "CP," beside a baclofen pump, a wheelchair or
spasticity is cerebral palsy, not chest pain. After: 12/12, 12/12; 15/24, 13/24; look-alikes 24/24,
22/24.

Left: a ventilator alarm fixed (r97-zh-051) and a usual seizure in tuberous sclerosis (r97-zh-054)
go to emergency; delirium with a urinary infection in Parkinson's (r97-zh-015) and four seizures in
a day (r97-zh-024) stay emergencies; graded routine: a suprapubic catheter out (r97-en-014), an NG
tube moved (r97-en-016), a possible shunt problem (r97-en-017, r97-zh-020), an infected tracheostomy
stoma (r97-en-018), levodopa run out (r97-en-020, r97-zh-016), a non-verbal child hitting his face
(r97-en-024), an infected pump site (r97-en-026), a baclofen pump alarm (r97-en-028, r97-zh-027), a
non-walker's thigh hurting (r97-en-029), an autistic child not weight-bearing (r97-zh-023), a
gastrostomy tube out (r97-zh-028), an MS relapse with a urinary infection (r97-zh-031), a chest
infection on night ventilation (r97-zh-032), an infected cochlear implant (r97-zh-035), cellulitis
in Prader-Willi (r97-zh-036)."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient as _patient

E, U = Level.EMERGENCY, Level.URGENT


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "34M tetraplegic T4, wife called in, says thumping headache came on in last half hr, face red and sweaty",
                "BP 206/118 HR 52. his usual BP is about 95/60",
                "we sat him up and changed his catheter, drained 900ml, BP still 198/112 and now says vision blurry",
            ],
            _patient(12410, "male", ("spinal cord injury T4", "neurogenic bladder"), pregnant=None),
            id="r97-en-001",
        ),  # Consortium for Spinal Cord Medicine, Acute Management of Autonomic Dysreflexia (2020): in injury at T6 or above, headache with systolic BP 20-40 mmHg over baseline that stays high after sitting up and emptying the bladder needs immediate drug treatment and hospital-level monitoring because of risk of stroke, seizure and death.
        pytest.param(
            [
                "mum brought 6yo girl with shunt, vomited 4 times since last night, c/o headache",
                "very sleepy today, keeps dozing off while we talk to her, mum says not like her",
                "eyes keep looking downwards, HR 58",
            ],
            _patient(2190, "female", ("hydrocephalus", "VP shunt"), pregnant=None),
            id="r97-en-002",
        ),  # Great Ormond Street Hospital / Hydrocephalus Association VP shunt guidance: headache and vomiting with drowsiness (plus bradycardia, downward gaze) in a child with a shunt means raised intracranial pressure from shunt failure and needs immediate transfer to a neurosurgical centre.
        pytest.param(
            [
                "4yo boy with trach, mum says working hard to breathe last 20 min, usual whistle through tube gone",
                "she tried suction, catheter won't go down the tube. sucking in under ribs, lips greyish",
                "sats 83%",
            ],
            _patient(1460, "male", ("tracheostomy", "subglottic stenosis"), pregnant=None),
            id="r97-en-003",
        ),  # National Tracheostomy Safety Project paediatric emergency algorithm: a child in respiratory distress whose suction catheter will not pass has a blocked tube, which must be changed immediately while emergency help is called.
        pytest.param(
            [
                "27F CP with baclofen pump, carer says pump has been beeping since the weekend, refill was due last wk but appt missed",
                "today legs very stiff, much more spasms than usual, scratching herself all over",
                "T 39.1 HR 138, she's muddled, not answering carer like she normally would",
            ],
            _patient(
                9855, "female", ("cerebral palsy", "intrathecal baclofen pump"), pregnant=False
            ),
            id="r97-en-004",
        ),  # FDA boxed warning for intrathecal baclofen (Lioresal/Gablofen labelling): abrupt withdrawal causes high fever, altered mental state, rebound spasticity and pruritus that can progress to rhabdomyolysis, multi-organ failure and death, so it needs immediate hospital treatment.
        pytest.param(
            [
                "16yo on insulin pump, mum says tubing was kinked overnight, only noticed this morning",
                "vomited x3, tummy ache, meter says HI, blood ketones 4.1",
                "breathing deep and fast, very tired",
            ],
            _patient(5840, "male", ("type 1 diabetes", "insulin pump"), pregnant=None),
            id="r97-en-005",
        ),  # ISPAD 2022 DKA guideline and NICE NG18: blood ketones above 3 mmol/L with vomiting and deep (Kussmaul) breathing in a young person with type 1 diabetes indicates DKA and needs immediate hospital transfer.
        pytest.param(
            [
                "78M Parkinsons, daughter says he had a tummy bug, couldn't keep his tablets down since Tues",
                "now really stiff, can hardly move his arms, barely talking",
                "T 39.4, HR 124, sweaty and confused",
            ],
            _patient(28470, "male", ("Parkinson's disease",), pregnant=None),
            id="r97-en-006",
        ),  # NICE NG71 Parkinson's disease: levodopa must not be withdrawn abruptly or fail through malabsorption (e.g. gastroenteritis) because of the risk of acute akinesia or neuroleptic malignant-like syndrome; fever, rigidity and confusion after missed doses need hospital care now.
        pytest.param(
            [
                "22F Downs, mum says she fell off a trampoline yesterday and has been holding her neck since",
                "today dropping things from both hands and walking like she's drunk, wet herself twice which she never does",
                "she isn't complaining much but that's usual for her",
            ],
            _patient(8030, "female", ("Down syndrome",), pregnant=False),
            id="r97-en-007",
        ),  # UK Down Syndrome Medical Interest Group guidance on atlanto-axial instability: new neck pain with limb weakness, gait change or loss of bladder control in Down syndrome suggests cervical cord compression and needs neck immobilisation and emergency transfer.
        pytest.param(
            [
                "7yo boy CP, PEG fed, carer says he vomited during night feed and has been chesty since",
                "T 38.9, RR 52, grunting, sats 88% in air",
                "floppier than usual, normally smiles at mum, not today",
            ],
            _patient(2555, "male", ("cerebral palsy GMFCS V", "PEG", "epilepsy"), pregnant=None),
            id="r97-en-008",
        ),  # BTS guideline for community-acquired pneumonia in children (2011): SpO2 below 92%, grunting and respiratory rate above 50 in a child require hospital admission; in CP with aspiration risk (NICE NG62) this is transfer now.
        pytest.param(
            [
                "71F COPD on home O2 1L, husband turned it up to 4L last night as she was short of breath",
                "this morning very drowsy, hard to wake, hands twitching and flapping",
                "sats 97% RR 10",
            ],
            _patient(25915, "female", ("COPD", "long-term oxygen therapy"), pregnant=False),
            id="r97-en-009",
        ),  # BTS guideline for oxygen use in healthcare and emergency settings (2017): in COPD at risk of hypercapnia the target is 88-92%; drowsiness, flapping tremor and slow breathing on high-flow oxygen suggest hypercapnic respiratory failure needing emergency blood gas and NIV in hospital.
        pytest.param(
            [
                "45M severe LD, non verbal, support worker says no bowels open 6 days and he keeps hitting his tummy",
                "vomited green stuff 3 times this morning",
                "tummy swollen and tight like a drum, won't let us touch it, HR 118",
            ],
            _patient(
                16425,
                "male",
                ("severe learning disability", "non-verbal", "chronic constipation"),
                pregnant=None,
            ),
            id="r97-en-010",
        ),  # NICE CKS Constipation and NHS England learning disability constipation guidance (LeDeR): bilious vomiting with a distended, tender abdomen indicates bowel obstruction, which requires immediate hospital admission.
        pytest.param(
            [
                "14yo girl autism and epilepsy, fit started in the waiting room 12 min ago",
                "mum gave buccal midazolam at 5 min as per her plan, still jerking both arms and legs",
                "lips a bit blue, sats 89",
            ],
            _patient(5110, "female", ("autism", "epilepsy"), pregnant=None),
            id="r97-en-011",
        ),  # NICE NG217 Epilepsies (2022): if a generalised convulsive seizure continues 5 minutes after the first dose of rescue medication (buccal midazolam), emergency services must be called.
        pytest.param(
            [
                "56F MS with SPC, husband says shaking and shivering since lunchtime, urine in bag thick and dark",
                "T 39.3, BP 84/50, HR 126, RR 26",
                "she's more muddled than her usual, not making sense",
            ],
            _patient(
                20440, "female", ("multiple sclerosis", "suprapubic catheter"), pregnant=False
            ),
            id="r97-en-012",
        ),  # NICE NG51 Sepsis and RCP NEWS2: systolic BP 90 or below, RR 25 or above and new confusion are high-risk criteria (NEWS2 well above 7) requiring emergency transfer to hospital.
        pytest.param(
            [
                "T4截瘫的小伙子 家属打电话说突然头痛得厉害 脸红 脖子以上一直出汗",
                "量血压198/112 他平时才95/60左右",
                "已经扶他坐起来了 尿管也换了一根 放出来尿不多 过了十几分钟还是头痛 说眼睛有点花",
            ],
            _patient(12775, "male", ("脊髓损伤(T4)", "神经源性膀胱"), pregnant=None),
            id="r97-zh-001",
        ),  # Consortium for Spinal Cord Medicine guideline on acute management of autonomic dysreflexia: in injury at T6 or above, a BP rise this far above baseline with headache that persists after sitting up and relieving the bladder is a medical emergency needing hospital treatment (risk of stroke, seizure).
        pytest.param(
            [
                "4岁男孩 有分流管 妈妈说昨天开始头痛 吐了三次",
                "今天特别困 叫他要叫好几声才睁眼 睁开一会又睡过去",
                "跟平时完全不一样 平时很闹的",
            ],
            _patient(1460, "male", ("脑积水", "脑室腹腔分流术后"), pregnant=None),
            id="r97-zh-002",
        ),  # WHO ETAT emergency triage signs with neurosurgical shunt guidance: a child with a VP shunt who has headache, repeated vomiting and now responds only to voice (reduced consciousness) has suspected shunt blockage with raised intracranial pressure and needs emergency transfer.
        pytest.param(
            ["2岁气切宝宝 奶奶说喘得厉害 胸口往里凹", "吸痰管插不进去 卡在里面", "血氧82 嘴唇发紫"],
            _patient(770, "female", ("气管切开", "声门下狭窄"), pregnant=None),
            id="r97-zh-003",
        ),  # National Tracheostomy Safety Project paediatric emergency algorithm: respiratory distress with a suction catheter that will not pass means a blocked tracheostomy tube, which needs an emergency tube change and emergency help.
        pytest.param(
            [
                "装了巴氯芬泵的病人 家属说泵这两天一直在滴滴响",
                "今天全身绷得很紧 一阵一阵抽 浑身痒 一直在抓",
                "体温39.4 心率136 说话糊涂了 不认人",
            ],
            _patient(10220, "male", ("颅脑外伤后痉挛性四肢瘫", "鞘内巴氯芬泵"), pregnant=None),
            id="r97-zh-004",
        ),  # FDA boxed warning for intrathecal baclofen (Lioresal/Gablofen) and the 2016 best-practice consensus (Saulino et al.): abrupt withdrawal with high fever, rebound spasticity, itching and altered mental state can progress to rhabdomyolysis and death and needs emergency hospital treatment.
        pytest.param(
            [
                "帕金森老太太 女儿说前天开始咽不下药 药停了两天了",
                "今天全身硬得像木头 叫她只应一声 不说话",
                "体温39.2 心率122 一直出汗",
            ],
            _patient(26280, "female", ("帕金森病",), pregnant=False),
            id="r97-zh-005",
        ),  # NICE NG71 Parkinson's disease in adults: dopaminergic medicines must not be stopped abruptly because of acute akinesia or neuroleptic malignant-like (parkinsonism-hyperpyrexia) syndrome; fever, rigidity and reduced consciousness after withdrawal needs emergency hospital care.
        pytest.param(
            [
                "1型糖尿病用胰岛素泵的女孩 妈妈说昨晚发现泵的管子打折了 不知道折了多久",
                "今天吐了好几次 肚子痛 喘气又深又快",
                "血糖仪显示HI 人有点迷糊",
            ],
            _patient(5840, "female", ("1型糖尿病", "胰岛素泵"), pregnant=None),
            id="r97-zh-006",
        ),  # ISPAD 2022 DKA guideline and NICE NG18: a young person with diabetes who has vomiting, abdominal pain, deep (Kussmaul) breathing, drowsiness and unrecordably high glucose after pump delivery failure has DKA and must go to hospital immediately.
        pytest.param(
            [
                "唐氏的小伙子 妈妈说他这几天喊脖子痛 歪着头",
                "今天走路一直往一边倒 手拿不住碗 筷子掉了好几次",
                "昨晚开始尿裤子 以前从来不会",
            ],
            _patient(8760, "male", ("唐氏综合征",), pregnant=None),
            id="r97-zh-007",
        ),  # DSMIG UK guidance on atlanto-axial instability in Down syndrome: neck pain with new gait disturbance, hand weakness or new loss of bladder control indicates spinal cord compression and needs emergency assessment.
        pytest.param(
            [
                "脑瘫孩子又抽了 她平时抽一分钟就停",
                "这次抽了8分钟了 5分钟前已经往腮帮子里给了咪达唑仑",
                "现在还在抽 嘴唇发暗",
            ],
            _patient(3285, "female", ("脑瘫", "癫痫"), pregnant=None),
            id="r97-zh-008",
        ),  # NICE NG217 Epilepsies: a convulsive seizure lasting 5 minutes or more, or continuing after the first dose of buccal midazolam, is (impending) status epilepticus and emergency services must be called.
        pytest.param(
            [
                "慢阻肺在家吸氧的老爷子 老伴说他昨晚气喘 自己把氧气开到了5升",
                "今天一直睡 叫醒了说话颠三倒四 脸很红 手在抖",
                "血氧96 呼吸18",
            ],
            _patient(27740, "male", ("慢阻肺", "家庭氧疗"), pregnant=None),
            id="r97-zh-009",
        ),  # BTS guideline for oxygen use (2017) and RCP NEWS2 scale 2: in COPD the target is 88-92%; SpO2 96% on high-flow oxygen with new drowsiness, confusion and flap (NEWS2 at least 7) suggests hypercapnic respiratory failure needing emergency hospital care.
        pytest.param(
            [
                "鼻饲的老奶奶 胃管早上自己拔了 家属自己又插回去 接着打了200毫升营养液",
                "打完就一直咳 喘得厉害 喉咙里呼噜呼噜响",
                "血氧86 呼吸32",
            ],
            _patient(30660, "female", ("阿尔茨海默病", "鼻饲"), pregnant=False),
            id="r97-zh-010",
        ),  # NHS Improvement patient safety alert on nasogastric tube misplacement (2016) with RCP NEWS2: feed given through an unchecked reinserted tube can enter the lung; acute distress with SpO2 86% and RR 32 (NEWS2 at least 7) requires emergency care.
        pytest.param(
            [
                "重度智障的男的 不会说话 护工说这两天一直拍肚子 不肯吃东西",
                "肚子胀得很大 鼓鼓的 敲着像鼓",
                "今天吐了两次绿色的水 5天没大便了 屁也没放",
            ],
            _patient(16425, "male", ("重度智力障碍", "慢性便秘"), pregnant=None),
            id="r97-zh-011",
        ),  # Public Health England guidance on constipation in people with learning disabilities and NICE CKS: bilious vomiting, marked distension and absolute constipation indicate bowel obstruction (volvulus is commoner in this group) and need emergency admission.
        pytest.param(
            [
                "膀胱造瘘的老爷子 儿子说下午开始发冷打寒战 盖两床被子还在抖",
                "尿袋里尿很浑 有絮状的 量也少了",
                "体温39.6 血压84/50 心率124 说话有点糊涂",
            ],
            _patient(24820, "male", ("神经源性膀胱", "耻骨上膀胱造瘘", "糖尿病"), pregnant=None),
            id="r97-zh-012",
        ),  # NICE NG51 suspected sepsis and RCP NEWS2: systolic BP below 90 with new confusion and fever (NEWS2 well above 7) from a catheter source is high-risk sepsis requiring emergency transfer.
    ],
)
def test_emergency_is_found(texts, patient):
    assert assess(texts, patient).level is E


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "68M with SPC, wife says urine smelly and cloudy 2 days, he says belly aches low down",
                "T 38.2, HR 92, BP 138/80, RR 16, sats 97, chatting, his normal self",
            ],
            _patient(
                24820, "male", ("stroke", "suprapubic catheter", "type 2 diabetes"), pregnant=None
            ),
            id="r97-en-013",
        ),  # NICE NG113 UTI (catheter-associated): a catheterised person with fever and suprapubic pain should be assessed and started on antibiotics (and catheter change) promptly in the community; without sepsis high-risk features this is same-day, not emergency.
        pytest.param(
            [
                "33F CP, PEG tube came out this morning, carers found it on the bed with balloon burst",
                "PEG was put in 3 years ago. stoma looks clean, no pain, no fever",
                "missed her morning meds and feed",
            ],
            _patient(12045, "female", ("cerebral palsy", "PEG"), pregnant=False),
            id="r97-en-015",
        ),  # NICE CG139 enteral feeding and BAPEN/NNNG gastrostomy guidance: a displaced established gastrostomy must be replaced within a few hours before the stoma closes, which needs same-day clinician attention; only a tube out in the first weeks after placement risks peritonitis.
        pytest.param(
            [
                "81F Parkinsons, husband says since yesterday seeing children in the room and muddled about where she is",
                "not like her at all, sharp last week. GP started her on a new bladder tablet Friday",
                "T 37.2, BP 132/78, HR 84, sats 96, eating and drinking",
            ],
            _patient(
                29565, "female", ("Parkinson's disease", "overactive bladder"), pregnant=False
            ),
            id="r97-en-019",
        ),  # NICE CG103 Delirium and NICE NG71: a change in cognition or new hallucinations over hours to days suggests delirium and needs same-day assessment for causes such as infection or anticholinergic drugs.
        pytest.param(
            [
                "31F MS, partner rang: L eye blurry and colours look washed out since 2 days",
                "pain behind the eye when she moves it. no new weakness",
                "VA L 6/24 R 6/6",
            ],
            _patient(11315, "female", ("multiple sclerosis",), pregnant=False),
            id="r97-en-021",
        ),  # NICE CKS Optic neuritis (and NICE NG220 MS): suspected optic neuritis needs same-day referral to ophthalmology to confirm the diagnosis and exclude other causes.
        pytest.param(
            [
                "28M para T8, carer noticed R calf and ankle swollen and warm since this morning, L leg normal",
                "he can't feel his legs so no pain. no breathlessness, sats 98, HR 84",
                "no fall that anyone knows of",
            ],
            _patient(10220, "male", ("spinal cord injury T8 paraplegia",), pregnant=None),
            id="r97-en-022",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT needs a proximal leg ultrasound within 4 hours, or D-dimer and interim anticoagulation, i.e. same-day assessment; only PE features would make it an emergency.
        pytest.param(
            [
                "5 wk old baby girl, Downs, has a heart hole waiting for surgery. mum says feeds taking ages and sweaty forehead while feeding",
                "RR 58, HR 160, sats 95%, pink, no grunting",
                "5 wet nappies today, weight same as last week",
            ],
            _patient(35, "female", ("Down syndrome", "AVSD awaiting surgery"), pregnant=None),
            id="r97-en-023",
        ),  # UK Down Syndrome Medical Interest Group / NICE NG143 traffic light: breathlessness and sweating with feeds and static weight in an infant with an unrepaired AVSD are signs of heart failure (amber features) needing same-day review with the cardiac team; no red features.
        pytest.param(
            [
                "52F LD in supported living, staff found her sitting on the floor this morning",
                "since then limping, won't put full weight on L foot, outside of ankle swollen and she pulls away when we press the bone",
                "no head injury seen, alert and same as her usual",
            ],
            _patient(
                18980, "female", ("learning disability", "epilepsy", "osteoporosis"), pregnant=False
            ),
            id="r97-en-025",
        ),  # Ottawa ankle rules (NICE CKS Sprains and strains): inability to bear weight and bony tenderness at the malleolus after injury require an X-ray, i.e. same-day assessment.
        pytest.param(
            [
                "74M COPD, home oxygen 2L. wife says more breathless 3 days, phlegm more and gone green",
                "sats 88% on his 2L (usually 88-90), RR 24, T 37.8, HR 100, talking in sentences, alert",
            ],
            _patient(27010, "male", ("COPD", "home oxygen"), pregnant=None),
            id="r97-en-027",
        ),  # NICE NG115 COPD and NG114 exacerbation antimicrobials: an exacerbation with purulent sputum needs prompt (same-day) assessment for antibiotics and steroids; hospital is indicated only for severe breathlessness, confusion, cyanosis or sats below target.
        pytest.param(
            [
                "57M tetraplegic, wife found new sore on his bottom, bigger than a coin, skin broken and smelly",
                "skin round it red and warm, spreading about 5cm, T 37.9",
                "BP 104/64 his usual, no headache, he feels ok",
            ],
            _patient(
                20805, "male", ("spinal cord injury C6", "pressure ulcer history"), pregnant=None
            ),
            id="r97-en-030",
        ),  # NICE CG179 Pressure ulcers and NG141 Cellulitis: a pressure ulcer with spreading cellulitis and fever needs same-day assessment for antibiotics and wound care; no sepsis or autonomic dysreflexia features present.
        pytest.param(
            [
                "38M LD on clozapine, staff say no bowels open 4 days, unusual for him",
                "tummy looks bloated, says 'belly hurt', eating less, no vomiting, passing wind",
                "T 36.8 HR 88",
            ],
            _patient(
                13870, "male", ("learning disability", "schizophrenia", "clozapine"), pregnant=None
            ),
            id="r97-en-031",
        ),  # MHRA Drug Safety Update (2020) on clozapine: constipation can progress to fatal gastrointestinal hypomotility and ileus, so new constipation with abdominal symptoms needs prompt same-day medical review.
        pytest.param(
            [
                "12yo boy autism, stopped walking on R leg today, limping and holding knee",
                "T 38.4, knee looks a bit puffy. eating, no rash",
            ],
            _patient(4380, "male", ("autism", "learning disability"), pregnant=None),
            id="r97-en-032",
        ),  # NICE CKS Limp in children: a child with a limp and fever needs same-day specialist assessment to exclude septic arthritis or osteomyelitis.
        pytest.param(
            [
                "19F insulin pump, BG 18 since this morning, changed set 2 hrs ago and gave pen dose, still 17",
                "ketones 1.8. feels sick but not vomiting, drinking water ok, breathing normal",
            ],
            _patient(6935, "female", ("type 1 diabetes", "insulin pump"), pregnant=False),
            id="r97-en-033",
        ),  # JBDS/NICE NG17 sick-day rules for insulin pump users: blood ketones 1.5-3.0 mmol/L despite extra insulin by pen mean rising DKA risk and need same-day contact and review; above 3.0 or vomiting would be an emergency.
        pytest.param(
            [
                "17M Duchenne, uses BiPAP at night, mum says more chesty 2 days, needing cough assist a lot more",
                "T 38.0, sats 94% in air (normally 97), RR 22, talking fine, not drowsy",
            ],
            _patient(
                6205,
                "male",
                ("Duchenne muscular dystrophy", "night NIV", "cough assist"),
                pregnant=None,
            ),
            id="r97-en-034",
        ),  # BTS guideline for respiratory management of children with neuromuscular weakness (2012): a chest infection with SpO2 below 95% in air needs early same-day assessment for antibiotics and increased airway clearance, before respiratory failure develops.
        pytest.param(
            [
                "7mo baby girl ex prem, NG fed. vomiting most feeds since yesterday, 2 loose stools",
                "only 2 wet nappies in 24h, mouth a bit dry, T 37.6, alert, crying with tears",
                "RR 44, HR 150, cap refill 2s",
            ],
            _patient(
                213,
                "female",
                ("ex-premature 28 weeks", "NG tube feeding", "chronic lung disease"),
                pregnant=None,
            ),
            id="r97-en-035",
        ),  # NICE CG84 Diarrhoea and vomiting in under 5s: reduced urine output and dry mucous membranes without shock signs indicate clinical dehydration needing same-day face-to-face assessment and a fluid plan.
        pytest.param(
            [
                "60M SCI L1, SPC not draining for about 3 hrs, belly feeling full and uncomfortable",
                "family tried the washout they were taught, nothing came back. no headache, BP 132/84 same as usual, T 36.9",
            ],
            _patient(
                21900, "male", ("spinal cord injury L1", "suprapubic catheter"), pregnant=None
            ),
            id="r97-en-036",
        ),  # NICE CG139 and RCN catheter care guidance: a blocked suprapubic catheter with retention needs catheter change within hours; with an injury below T6 autonomic dysreflexia is not expected, so this is a same-day visit rather than emergency transfer.
        pytest.param(
            [
                "胃造瘘的病人 家属说今天早上翻身时管子整根掉出来了 球囊瘪了",
                "管子装了两年多 口子没出血 人精神好 没发烧",
                "家里没有备用管 拿纱布盖着",
            ],
            _patient(22630, "male", ("鼻咽癌放疗后", "胃造瘘"), pregnant=None),
            id="r97-zh-013",
        ),  # BAPEN / National Nurses Nutrition Group guidance on dislodged gastrostomy tubes: a mature tract starts to close within hours, so the tube must be replaced the same day, but a well patient with an established stoma does not need an ambulance.
        pytest.param(
            [
                "造瘘管的老太太 保姆说从上午到现在尿袋一直没尿",
                "下腹有点胀 她说憋得慌 造瘘口边上往外渗尿",
                "挤了管子 冲了一下还是不通 体温36.8 血压正常",
            ],
            _patient(29200, "female", ("糖尿病", "耻骨上膀胱造瘘"), pregnant=False),
            id="r97-zh-014",
        ),  # RCN catheter care guidance and NICE CKS urinary catheter management: a blocked catheter with no drainage must be unblocked or changed within hours the same day to prevent retention; with normal observations and no spinal injury it is not an emergency.
        pytest.param(
            [
                "多发性硬化的姑娘 说左眼看东西模糊两天了 像蒙了一层雾",
                "眼珠转的时候痛 看红颜色发灰",
                "右眼正常 不头痛 手脚没有新的没劲",
            ],
            _patient(11315, "female", ("多发性硬化",), pregnant=False),
            id="r97-zh-017",
        ),  # NICE CKS Optic neuritis and NICE NG220 MS: subacute painful monocular visual loss with red desaturation suggests optic neuritis and needs same-day ophthalmology or neurology assessment.
        pytest.param(
            [
                "唐氏宝宝3个月 妈妈说最近吃奶越来越费劲 一顿要吃40多分钟 吃着吃着满头大汗",
                "这两周体重几乎没长",
                "呼吸数了一分钟58次 嘴唇不紫 血氧95",
            ],
            _patient(92, "female", ("唐氏综合征", "先天性心脏病(房室间隔缺损)"), pregnant=None),
            id="r97-zh-018",
        ),  # DSMIG UK / AAP health supervision for children with Down syndrome with WHO IMCI fast-breathing threshold: an infant with an AVSD who sweats on feeds, has faltering weight and RR 50 or more but no hypoxia or shock needs same-day paediatric review for heart failure.
        pytest.param(
            [
                "脑瘫孩子 妈妈说喂饭时呛了几次 昨天开始咳嗽有痰",
                "今天发烧38.6 呼吸比平时快 数了28次",
                "血氧94 能哭能看人 精神比平时差一点",
            ],
            _patient(4380, "male", ("脑瘫", "吞咽困难"), pregnant=None),
            id="r97-zh-019",
        ),  # BTS guideline for community-acquired pneumonia in children (2011) and NICE NG62: a child with CP and unsafe swallow who develops fever, cough and SpO2 94% after choking on feeds needs same-day medical assessment; SpO2 below 92% or severe distress would need admission.
        pytest.param(
            [
                "气切的病人 家属说这两天痰变多了 黄绿色 有臭味",
                "切口周围皮肤红了一圈 体温38.2",
                "吸痰管进出顺畅 血氧95 跟平时差不多 呼吸20",
            ],
            _patient(21170, "male", ("脑外伤后遗症", "长期气管切开"), pregnant=None),
            id="r97-zh-021",
        ),  # National Tracheostomy Safety Project guidance and RCP NEWS2 (score 2): purulent secretions, fever and stoma redness with a patent tube and stable oxygenation suggest tracheitis or stoma infection needing same-day clinical review, not emergency transfer.
        pytest.param(
            [
                "用胰岛素泵的小伙 早上血糖17.8 中午补了一次还是18",
                "测了血酮2.1 针头那处已经4天没换了",
                "没吐 能喝水 人清醒 说有点口干",
            ],
            _patient(8030, "male", ("1型糖尿病", "胰岛素泵"), pregnant=None),
            id="r97-zh-022",
        ),  # ABCD/Diabetes UK insulin pump sick-day rules and ISPAD: blood ketones 1.5-3.0 on a pump mean likely cannula failure; give a pen correction, change the set and get same-day diabetes team advice; vomiting or ketones above 3 would mean hospital.
        pytest.param(
            [
                "截瘫的阿姨 家人给她洗澡发现左腿比右腿粗了一圈",
                "左小腿摸着发热 有点红 她腿没感觉 说不清痛不痛",
                "不喘 血氧98 心率86 体温36.9",
            ],
            _patient(14600, "female", ("截瘫(T10脊髓损伤)",), pregnant=False),
            id="r97-zh-025",
        ),  # NICE NG158 Venous thromboembolic diseases: suspected DVT (Wells score raised by paralysis and leg swelling) needs a proximal leg ultrasound within 4 hours or interim anticoagulation and a scan within 24 hours; no PE features so not an ambulance.
        pytest.param(
            [
                "吸氧的老太太 这两天喘得比平时厉害 痰变黄变多",
                "氧气还是平时的2升 血氧89 呼吸24",
                "说话能说整句 人清楚 体温37.5 吃饭少一点",
            ],
            _patient(26645, "female", ("慢阻肺", "家庭氧疗"), pregnant=False),
            id="r97-zh-026",
        ),  # NICE NG115 COPD and GOLD 2024: an exacerbation with more breathlessness and purulent sputum but no confusion and SpO2 within the 88-92% target (NEWS2 scale 2 total 4) can be managed at home after same-day clinical review for steroids and antibiotics.
        pytest.param(
            [
                "自闭症的小姑娘 妈妈看见她把一颗塑料小珠子塞进右边鼻孔",
                "拿手电能看到一点 自己擤不出来",
                "呼吸正常 不咳 妈妈确认不是纽扣电池 也不是磁铁",
            ],
            _patient(1460, "female", ("孤独症",), pregnant=None),
            id="r97-zh-029",
        ),  # NICE CKS and ENT UK guidance on nasal foreign bodies: an inert (non-battery, non-magnetic) nasal foreign body in a well child should be removed the same day by a clinician; button batteries or paired magnets would be emergencies.
        pytest.param(
            [
                "智障的大哥 这两天一直用手捂右边脸 不肯吃饭",
                "右下巴肿起来 摸着硬 发热 体温38.3",
                "嘴能张开 口水能咽 说话喘气都正常 牙烂了好几颗",
            ],
            _patient(13870, "male", ("中度智力障碍",), pregnant=None),
            id="r97-zh-030",
        ),  # SDCEP Emergency Dental Care guidance and NICE CKS Dental abscess: facial swelling with fever but no airway compromise, trismus or difficulty swallowing is urgent (treat within 24 hours, same day); swelling threatening airway or swallowing would be an emergency.
        pytest.param(
            [
                "脊柱裂的姑娘 自己间歇导尿的 说这两天导出来的尿很浑很臭",
                "今天发烧38.4 右边腰痛 有点恶心 没吐",
                "血压118/74 心率98 能吃药能喝水",
            ],
            _patient(9490, "female", ("脊柱裂", "间歇导尿"), pregnant=False),
            id="r97-zh-033",
        ),  # NICE NG111 Pyelonephritis (acute): fever with flank pain in a person able to take oral antibiotics and without sepsis signs is treated in the community after same-day assessment; vomiting or sepsis signs would need hospital.
        pytest.param(
            [
                "卧床的老爷子 儿媳说尾骨那块褥疮这几天变大了 有臭味 流黄水",
                "周围红了一大片 比前天又往外扩了 摸着烫",
                "体温38.1 血压130/76 心率92 人跟平时一样清楚",
            ],
            _patient(29565, "male", ("脑卒中后遗症", "长期卧床"), pregnant=None),
            id="r97-zh-034",
        ),  # NICE CG179 Pressure ulcers and NICE NG141 Cellulitis: a pressure ulcer with spreading erythema, warmth, malodour and fever is infected and needs same-day clinical assessment and systemic antibiotics; sepsis signs would make it an emergency.
    ],
)
def test_same_day_cases_graded_exactly(texts, patient):
    assert assess(texts, patient).level is U


@pytest.mark.parametrize(
    ("texts", "patient"),
    [
        pytest.param(
            [
                "36M tetraplegic C5, new carer worried as BP 88/56 this morning",
                "wife says that's his normal, always 85-95 top number. no dizziness, chatting, eating breakfast, no headache",
                "here for repeat prescriptions",
            ],
            _patient(13140, "male", ("spinal cord injury C5",), pregnant=None),
            id="r97-en-037",
        ),  # Consortium for Spinal Cord Medicine autonomic dysreflexia guideline: baseline systolic BP in cervical injury is often 90-110 or lower; asymptomatic BP at the person's usual level needs no acute action.
        pytest.param(
            [
                "8yo girl VP shunt (put in as baby, last revised age 3). runny nose and cough 2 days, T 37.7",
                "eating, playing, at school yesterday, no headache, no vomiting, not sleepy",
                "mum checking ok to give calpol",
            ],
            _patient(2920, "female", ("hydrocephalus", "VP shunt"), pregnant=None),
            id="r97-en-038",
        ),  # Hydrocephalus Association / GOSH shunt guidance with NICE NG143: shunt malfunction shows as headache, vomiting and drowsiness and infection is most common in the months after surgery; a mild cold with none of these is managed at home with safety-netting.
        pytest.param(
            [
                "70M long term trach, wife noticed a few streaks of red in secretions after suctioning this morning",
                "only streaks, stopped now, breathing normal, sats 96 his usual, no fever",
                "she thinks she went a bit deep with the catheter",
            ],
            _patient(25550, "male", ("tracheostomy", "laryngeal cancer"), pregnant=None),
            id="r97-en-039",
        ),  # National Tracheostomy Safety Project: small blood streaks after suctioning usually come from mucosal trauma and are handled by correcting suction depth with routine review; frank or persistent bleeding would be an emergency.
        pytest.param(
            [
                "12F CP, PEG 2 yrs. red moist lump at edge of stoma, bleeds a little when cleaned",
                "tube turns freely, feeds going in fine, no fever, no pain with feeds",
            ],
            _patient(4380, "female", ("cerebral palsy", "PEG"), pregnant=None),
            id="r97-en-040",
        ),  # NNNG (National Nurses Nutrition Group) over-granulation guidance and NICE CG139: over-granulation around an established gastrostomy is common and treated routinely with dressings or topical steroid.
        pytest.param(
            [
                "4mo boy on NG feeds, pulled his tube out, dad is trained and put a new one in",
                "aspirate pH 4, mark at 23cm as per chart, baby settled, no coughing, pink",
                "dad asking if ok to restart feed",
            ],
            _patient(122, "male", ("congenital heart disease", "NG tube feeding"), pregnant=None),
            id="r97-en-041",
        ),  # NHS Improvement Patient Safety Alert 2016 (NG tubes): an aspirate pH of 1-5.5 confirms gastric placement, and trained carers can re-pass and check a tube at home and resume feeding.
        pytest.param(
            [
                "44F CP, baclofen pump dose put up at clinic last Mon. says legs feel floppier, harder to stand to get into her chair",
                "not drowsy, breathing fine, speech normal, no dizziness",
                "pump not alarming",
            ],
            _patient(
                16060,
                "female",
                ("cerebral palsy spastic diplegia", "intrathecal baclofen pump"),
                pregnant=False,
            ),
            id="r97-en-042",
        ),  # Intrathecal baclofen labelling and UK ITB service guidance: extra leg weakness after a dose increase is an expected dose effect handled by routine dose adjustment with the pump team; overdose signs (drowsiness, slow breathing) are absent.
        pytest.param(
            [
                "13yo on pump, felt shaky in PE, BG 3.2, had jelly babies, pump suspended",
                "rechecked at 15 min 6.4, now had a sandwich, feels fine, fully alert",
            ],
            _patient(4745, "male", ("type 1 diabetes", "insulin pump"), pregnant=None),
            id="r97-en-043",
        ),  # ISPAD 2022 hypoglycaemia and NICE NG18: mild hypoglycaemia in an alert child treated with fast glucose and a follow-up snack is managed at home; only a hypo with inability to take oral glucose or seizure needs emergency help.
        pytest.param(
            [
                "15F insulin pump. BG 15.2 two hrs after pizza, ketones 0.2",
                "gave correction through pump, now 11, feels well",
                "mum anxious as her brother was in hospital with ketones last month, wants her checked over",
            ],
            _patient(5475, "female", ("type 1 diabetes", "insulin pump"), pregnant=None),
            id="r97-en-044",
        ),  # NICE NG18 and ISPAD sick-day guidance: hyperglycaemia with blood ketones below 0.6 mmol/L that responds to a correction dose needs only home management and rechecking.
        pytest.param(
            [
                "76F Parkinsons, fell in the kitchen yesterday, tripped on the mat, landed on her bottom",
                "got up herself, no head knock, walking as usual today, no pain, not on blood thinners",
                "daughter wants falls advice",
            ],
            _patient(27740, "female", ("Parkinson's disease", "osteoarthritis"), pregnant=False),
            id="r97-en-045",
        ),  # NICE CG161 Falls in older people: a person who has fallen should be offered a routine multifactorial falls risk assessment; with no injury, no head injury and normal walking no acute assessment is needed.
        pytest.param(
            [
                "82M Parkinsons, wife says dribbling lots more lately, soaking his shirt",
                "also bowels every 3-4 days, hard. eating fine, no vomiting, no tummy swelling",
            ],
            _patient(29930, "male", ("Parkinson's disease",), pregnant=None),
            id="r97-en-046",
        ),  # NICE NG71 Parkinson's disease: drooling and constipation are common non-motor symptoms managed by routine review (speech therapy, glycopyrronium, laxatives).
        pytest.param(
            [
                "64M Parkinsons, feet getting 'stuck to the floor' in doorways, mostly an hour before next tablet due",
                "no falls, no new confusion, swallowing ok, taking meds on time",
            ],
            _patient(23360, "male", ("Parkinson's disease",), pregnant=None),
            id="r97-en-047",
        ),  # NICE NG71 Parkinson's disease: end-of-dose wearing off and freezing are motor fluctuations managed by routine medicine review with the specialist or Parkinson's nurse.
        pytest.param(
            [
                "38F MS, R eye went blurry after hot bath and a run yesterday, cleared in 20 min once she cooled down",
                "same thing happened last summer. vision normal now, no eye pain",
            ],
            _patient(13870, "female", ("multiple sclerosis",), pregnant=False),
            id="r97-en-048",
        ),  # NICE NG220 Multiple sclerosis: brief worsening of symptoms with heat or exercise (Uhthoff phenomenon) that settles on cooling is not a relapse and needs no acute treatment.
        pytest.param(
            [
                "45M MS, cold for 4 days, says legs heavier and more tired than usual",
                "same as last time he had a cold, better today than yesterday. T 37.5, no waterworks symptoms, no new numbness or vision change",
            ],
            _patient(16425, "male", ("multiple sclerosis",), pregnant=None),
            id="r97-en-049",
        ),  # NICE NG220 Multiple sclerosis: worsening of existing symptoms during an infection (pseudo-relapse) settles as the infection resolves; once UTI is excluded no relapse treatment or same-day assessment is needed.
        pytest.param(
            [
                "29F tetraplegic T3, last night had the pounding headache and BP 180/100, husband found leg bag kinked",
                "straightened it, 800ml drained, headache gone in 10 min, BP back to 102/68",
                "today well, BP 98/64, wants to talk about changing catheter type",
            ],
            _patient(
                10585, "female", ("spinal cord injury T3", "indwelling catheter"), pregnant=False
            ),
            id="r97-en-050",
        ),  # Consortium for Spinal Cord Medicine autonomic dysreflexia guideline: once the trigger is removed and symptoms and BP return to baseline, the episode is resolved and prevention is reviewed at routine follow-up.
        pytest.param(
            [
                "5yo Down syndrome boy, mum says snores loudly every night and sometimes stops breathing a few secs then snorts",
                "fine in the daytime, not sleepy at school, breathing normal now, sats 98",
            ],
            _patient(1825, "male", ("Down syndrome",), pregnant=None),
            id="r97-en-051",
        ),  # UK Down Syndrome Medical Interest Group surveillance guidance: children with Down syndrome are at high risk of obstructive sleep apnoea; snoring with witnessed pauses warrants routine referral for a sleep study.
        pytest.param(
            [
                "49F Downs, support staff say over last 6-12 months more forgetful, got lost on the way to day centre twice",
                "no sudden change, eating ok, no fits, no fever, physically well",
            ],
            _patient(17885, "female", ("Down syndrome", "hypothyroidism"), pregnant=False),
            id="r97-en-052",
        ),  # NICE NG97 Dementia: gradual cognitive decline over months in an adult with Down syndrome should be referred routinely to a memory or learning disability service after checking thyroid, hearing, vision and mood.
        pytest.param(
            [
                "7yo autistic boy, mum says big meltdown after school, banged head on the wall several times",
                "calm now, small red mark on forehead, no vomiting, not drowsy, walking and on his ipad like normal",
                "he does this when routines change, she wants help with it",
            ],
            _patient(2555, "male", ("autism",), pregnant=None),
            id="r97-en-053",
        ),  # NICE NG232 Head injury and NICE CG170 Autism in under 19s: a minor head bump with no loss of consciousness, vomiting or drowsiness needs no emergency assessment; behaviour that challenges needs routine assessment and a support plan.
        pytest.param(
            [
                "30F LD, carer says stools hard, bowels open every 3 days, last was 2 days ago",
                "eating and drinking normal, no vomiting, tummy soft, not distressed, not on clozapine",
            ],
            _patient(10950, "female", ("learning disability",), pregnant=False),
            id="r97-en-054",
        ),  # NICE CKS Constipation: chronic constipation without red flags (vomiting, distension, severe pain, weight loss) is managed by routine laxative and diet review.
        pytest.param(
            [
                "11yo CP and epilepsy, had his usual type of fit in class, stiff then jerking about 2 min, stopped by itself",
                "back to his normal within 30 min, breathing fine, sats 97, no injury",
                "his plan says rescue med only after 5 min, mum says he has 2-3 like this a month",
            ],
            _patient(4015, "male", ("cerebral palsy", "epilepsy"), pregnant=None),
            id="r97-en-055",
        ),  # NICE NG217 Epilepsies: a typical self-terminating seizure under 5 minutes with full recovery in a person with known epilepsy is managed per their care plan and routine review, not emergency services.
        pytest.param(
            [
                "79F COPD on home oxygen 2L, new carer alarmed sats only 89%",
                "resp team target is 88-92, breathing as usual, talking, RR 18, not drowsy",
            ],
            _patient(28835, "female", ("COPD", "home oxygen"), pregnant=False),
            id="r97-en-056",
        ),  # BTS guideline for oxygen use (2017): for patients at risk of hypercapnic respiratory failure the target saturation is 88-92%, so 89% at baseline needs no escalation.
        pytest.param(
            [
                "83M on home O2 round the clock, nose dry and crusty, small nosebleed this am, stopped after 5 min pinching",
                "not on blood thinners, breathing no different, sats usual",
            ],
            _patient(30295, "male", ("pulmonary fibrosis", "home oxygen"), pregnant=None),
            id="r97-en-057",
        ),  # NICE CKS Epistaxis and BTS home oxygen guideline: nasal dryness from cannulae is common and eased with water-based lubricant or humidification; an anterior bleed that stops with pressure is managed at home.
        pytest.param(
            [
                "66F uses NIV at night, red sore patch on bridge of nose from mask, small area of broken skin",
                "breathing as usual, using machine fine, no morning headaches, no fever",
            ],
            _patient(24090, "female", ("motor neurone disease", "night NIV"), pregnant=False),
            id="r97-en-058",
        ),  # NICE CG179 Pressure ulcers (device-related) and BTS/ICS NIV guidance: mask pressure damage on the nasal bridge is managed by routine mask refitting, padding and dressings.
        pytest.param(
            [
                "72M SPC, district nurse changed it today, urine a bit cloudy with bits, dipstick nitrite + leuc ++",
                "no fever, no pain, no confusion, eating normally, draining well",
            ],
            _patient(
                26280,
                "male",
                ("benign prostatic hyperplasia", "suprapubic catheter"),
                pregnant=None,
            ),
            id="r97-en-059",
        ),  # NICE NG113 and SIGN 160: dipsticks are unreliable in catheterised people and asymptomatic bacteriuria should not be treated; only symptoms of infection need assessment.
        pytest.param(
            [
                "63F SPC changed this morning, husband says urine in bag pink since",
                "no clots, draining well, no pain, T 36.7",
                "same happened after last changes and cleared by evening",
            ],
            _patient(
                22995, "female", ("multiple sclerosis", "suprapubic catheter"), pregnant=False
            ),
            id="r97-en-060",
        ),  # RCN catheter care guidance: light haematuria after a suprapubic catheter change is common from tract trauma and settles with fluids; clots, retention or heavy bleeding would need review.
        pytest.param(
            [
                "C6四肢瘫的病人 中午突然头痛出汗 家属量血压176/100",
                "家属扶他坐起来 发现尿管折了 理顺后放出来800毫升尿",
                "现在过了一个多小时 血压104/66 头不痛了 跟平时一样",
            ],
            _patient(18250, "male", ("脊髓损伤(C6)", "神经源性膀胱"), pregnant=None),
            id="r97-zh-037",
        ),  # Consortium for Spinal Cord Medicine guideline on autonomic dysreflexia: when sitting up and relieving the cause (kinked catheter) ends the episode and BP returns to baseline, monitor for 2 hours and review bladder management routinely; no transfer is needed.
        pytest.param(
            [
                "有分流管的男孩 流鼻涕咳嗽两天 体温37.8",
                "不头痛 没吐 吃饭玩耍跟平时一样 精神挺好",
                "妈妈就是担心管子出问题",
            ],
            _patient(2555, "male", ("脑积水", "脑室腹腔分流术后5年"), pregnant=None),
            id="r97-zh-038",
        ),  # NICE CKS Common cold with shunt safety-netting advice: a child with a long-standing shunt and URTI symptoms, low-grade temperature and no headache, vomiting, drowsiness or behaviour change has no sign of shunt malfunction and is managed as a cold with safety-netting.
        pytest.param(
            [
                "气切的老太太 今天吸痰吸得比较用力 痰里带了几丝血丝",
                "后面再吸就没血了 呼吸平稳 血氧96 跟平时一样",
                "套管位置没动 不发烧",
            ],
            _patient(25550, "female", ("长期气管切开", "脑卒中后遗症"), pregnant=False),
            id="r97-zh-039",
        ),  # National Tracheostomy Safety Project care guidance: small streaks of blood after suctioning from mucosal trauma in a stable patient are managed with gentler suction and humidification; frank or persistent bleeding would be urgent or an emergency.
        pytest.param(
            [
                "用泵的孩子 体育课后测血糖3.1 有点手抖出汗",
                "喝了150毫升果汁 15分钟后复测6.4 又吃了块饼干",
                "现在清醒 说话正常 泵按医生教的暂停过又开了",
            ],
            _patient(4745, "female", ("1型糖尿病", "胰岛素泵"), pregnant=None),
            id="r97-zh-040",
        ),  # ISPAD 2022 hypoglycaemia guideline and NICE NG18: mild hypoglycaemia in a conscious child is treated with fast-acting glucose, rechecked at 15 minutes and followed by a snack; no medical review is needed once recovered.
        pytest.param(
            [
                "唐氏的大姐 妹妹说她这一年来越来越爱忘事 以前自己会坐公交 现在老坐错",
                "是慢慢变的 不是突然 吃饭睡觉正常 没摔 没抽",
                "甲减的药一直在吃",
            ],
            _patient(18980, "female", ("唐氏综合征", "甲状腺功能减退"), pregnant=False),
            id="r97-zh-041",
        ),  # NICE NG97 Dementia and DSMIG UK guidance: gradual cognitive decline over months in an adult with Down syndrome should be referred routinely to a memory or learning disability service after checking thyroid, hearing and vision; it is not an acute presentation.
        pytest.param(
            [
                "脑瘫孩子 一直流口水 吃饭喝水容易呛 咳两声就好",
                "好几个月都这样 不发烧 呼吸不快 体重稳定",
                "妈妈想问有没有办法",
            ],
            _patient(2920, "male", ("脑瘫(痉挛型四肢瘫)",), pregnant=None),
            id="r97-zh-042",
        ),  # NICE NG62 Cerebral palsy in under 25s: drooling and chronic eating and drinking difficulties are assessed by the multidisciplinary team (speech and language therapy) on a routine basis; recurrent chest infections or faltering growth would raise priority.
        pytest.param(
            [
                "慢阻肺吸氧的老爷子 女儿看指夹血氧89 吓坏了",
                "平时吸2升也是88到91 今天喘气跟平时一样 痰没变",
                "呼吸18 人清楚 说话正常",
            ],
            _patient(29200, "male", ("慢阻肺", "家庭氧疗"), pregnant=None),
            id="r97-zh-043",
        ),  # BTS guideline for oxygen use (2017): the target saturation for people at risk of hypercapnic respiratory failure is 88-92%, so SpO2 89% with unchanged symptoms is on target and needs no escalation or more oxygen.
        pytest.param(
            [
                "巴氯芬泵的病人 家属问下周三是加药的日子 要准备些啥",
                "泵没响过 腿抽筋跟平时一样 不痒 不发烧",
            ],
            _patient(13140, "female", ("脊髓炎后遗症", "鞘内巴氯芬泵"), pregnant=False),
            id="r97-zh-044",
        ),  # Intrathecal baclofen best-practice consensus (Saulino et al. 2016): refills are scheduled before the low-reservoir alarm date; with no alarm and no withdrawal symptoms this is a routine appointment.
        pytest.param(
            [
                "鼻饲的老爷子 胃管贴胶布那块脸皮发红 有点破皮",
                "打饭前抽胃液测了pH4 外露刻度跟记录一样 喂得顺",
                "不咳不喘",
            ],
            _patient(32120, "male", ("晚期痴呆", "鼻饲"), pregnant=None),
            id="r97-zh-045",
        ),  # NHS Improvement nasogastric tube safety guidance: tube position is confirmed by aspirate pH 5.5 or below and unchanged external length; skin irritation from tape is handled by re-siting the fixation and skin protection.
        pytest.param(
            [
                "胃造瘘的女孩 口子边上长出一小块红红的肉 碰一下会渗点血",
                "喂养顺畅 管子能转 不发烧 周围皮肤不红不肿",
            ],
            _patient(3285, "female", ("脊髓性肌萎缩症", "胃造瘘"), pregnant=None),
            id="r97-zh-046",
        ),  # National Nurses Nutrition Group gastrostomy stoma care guidance: overgranulation tissue without signs of infection is treated routinely (barrier or topical steroid, silver nitrate by the nutrition nurse).
        pytest.param(
            [
                "胃造瘘的老爷子 打药后管子堵了 推不动",
                "按护士教的用温水来回抽推了几次 现在通了",
                "又打了100毫升水很顺 不漏 肚子不痛",
            ],
            _patient(27010, "male", ("运动神经元病", "胃造瘘"), pregnant=None),
            id="r97-zh-047",
        ),  # BAPEN / NNNG guidance on enteral tube blockage: flush with warm water using a push-pull technique with a 50-60 ml syringe; once patency is restored and feeding is uneventful, only routine flushing after medicines is needed.
        pytest.param(
            [
                "自闭症男孩的妈妈来了 说自己快撑不住了 晚上都睡不好",
                "孩子这几个月跟以前一样 发脾气会摔东西 没伤到自己也没伤到别人",
                "吃饭睡觉正常 想问有没有地方能帮忙照看",
            ],
            _patient(5110, "male", ("孤独症谱系障碍",), pregnant=None),
            id="r97-zh-048",
        ),  # NICE CG170 Autism spectrum disorder in under 19s: support and management: carers should be offered an assessment of their own needs, including respite; stable behaviour without risk of harm is managed routinely.
        pytest.param(
            [
                "多发性硬化的姑娘 今天天热 下午出去买菜回来腿软 眼睛看东西有点糊",
                "回家冲了凉 坐电扇底下 一个小时就好了 跟平时一样",
                "以前夏天也这样过",
            ],
            _patient(13870, "female", ("多发性硬化",), pregnant=False),
            id="r97-zh-049",
        ),  # NICE NG220 Multiple sclerosis and MS Trust guidance: transient heat-related worsening of existing symptoms (Uhthoff's phenomenon) that resolves with cooling is not a relapse and needs no treatment.
        pytest.param(
            [
                "造瘘的老爷子 老伴说尿袋里有白色絮状沉渣",
                "尿流得顺 量正常 不发烧 肚子不痛 人跟平时一样",
                "之前查过尿常规有白细胞 问要不要吃消炎药",
            ],
            _patient(27375, "male", ("前列腺增生", "耻骨上膀胱造瘘"), pregnant=None),
            id="r97-zh-050",
        ),  # NICE NG113 Catheter-associated UTI and SIGN 160: asymptomatic bacteriuria and sediment in a catheterised patient should not be treated with antibiotics; only routine catheter care review is needed.
        pytest.param(
            [
                "晚上戴无创呼吸机的大叔 鼻梁上压出一道红印子 早上摘了半小时还红",
                "没破皮 呼吸跟平时一样 睡得还行 早上不头痛",
            ],
            _patient(23360, "male", ("运动神经元病", "夜间无创呼吸机"), pregnant=None),
            id="r97-zh-052",
        ),  # NICE NG42 Motor neurone disease (non-invasive ventilation): mask pressure marks are handled by mask refitting and skin protection; absence of morning headache and daytime sleepiness indicates adequate ventilation needing no escalation.
        pytest.param(
            [
                "脊柱裂的小伙 自己导尿的 单位体检尿常规白细胞+++ 亚硝酸盐阳性",
                "他说没有任何不舒服 不发烧 腰不痛 尿跟平时一样 不臭",
                "问要不要挂水",
            ],
            _patient(7300, "male", ("脊柱裂", "间歇导尿"), pregnant=None),
            id="r97-zh-053",
        ),  # NICE NG113 and SIGN 160 urinary tract infection guidance: asymptomatic bacteriuria in people who use intermittent catheterisation should not be treated with antibiotics; routine advice only.
        pytest.param(
            [
                "人工耳蜗的女孩 妈妈说今天外机突然听不到声音了",
                "换了电池还是不行 耳朵后面皮肤不红不肿 不发烧 不头痛",
                "孩子就是听不见 别的都好",
            ],
            _patient(3650, "female", ("双侧人工耳蜗植入",), pregnant=None),
            id="r97-zh-055",
        ),  # British Cochlear Implant Group / implant centre guidance: a speech-processor fault with healthy skin over the implant is handled by the implant centre's routine repair or replacement service; only swelling, pain or fever at the site needs same-day review.
        pytest.param(
            [
                "新来的签约户 儿子说他右手右脚没劲 说话有点不清",
                "问了是两年前中风留下的 这几天没变化 跟出院时一样",
                "血压138/84 血糖6.1 今天来是想办慢病卡",
            ],
            _patient(25550, "male", ("脑卒中后遗症(右侧偏瘫)", "高血压"), pregnant=None),
            id="r97-zh-056",
        ),  # RCP National Clinical Guideline for Stroke (2023) and NICE NG128: stable long-standing deficits from a previous stroke are managed by routine secondary prevention and rehabilitation review; only new or worsening focal deficits trigger the emergency stroke pathway.
        pytest.param(
            [
                "养老院痴呆的奶奶 昨天下午从床边滑坐到地上 护工说屁股先着地",
                "没碰到头 没吃抗凝药 今天走路跟平时一样 能自己站起来",
                "膝盖有块小青紫 按着不痛 饭量精神跟平时一样",
            ],
            _patient(31390, "female", ("阿尔茨海默病", "骨质疏松"), pregnant=False),
            id="r97-zh-057",
        ),  # World Falls Guidelines (2022), NICE CG161 Falls and NICE NG232 Head injury: a fall without head injury, anticoagulation, new pain or loss of mobility needs a routine multifactorial falls assessment, not emergency care.
        pytest.param(
            [
                "造口的大爷 说造口袋边上的皮肤红了 有点痒",
                "造口本身颜色粉红 湿润 排便正常 肚子不痛",
                "这几天天热出汗多 底盘剪得有点大",
            ],
            _patient(24090, "male", ("直肠癌术后", "结肠造口"), pregnant=None),
            id="r97-zh-058",
        ),  # ASCRS/WOCN clinical practice guideline for ostomy surgery and stoma care: peristomal skin irritation from leakage with a healthy pink stoma and normal output is managed by refitting the appliance and barrier products; a dark stoma or no output with vomiting would need urgent review.
        pytest.param(
            [
                "坐轮椅的阿姨 小时候得过小儿麻痹 这半年推轮椅右肩膀痛",
                "晚上翻身也痛 抬手梳头费劲 没摔过 不发烧 胸口不痛 不喘",
            ],
            _patient(21170, "female", ("小儿麻痹后遗症", "轮椅使用者"), pregnant=False),
            id="r97-zh-059",
        ),  # NICE CKS Shoulder pain: gradual-onset shoulder pain without trauma, fever, red flags or cardiac features (common in manual wheelchair users) is managed in primary care with routine assessment, analgesia and physiotherapy.
        pytest.param(
            [
                "装了迷走神经刺激器的孩子 妈妈说他说话时不时变哑 一会儿又好",
                "刚好是机器每隔几分钟工作那一阵 医生装的时候说过会这样",
                "吃饭不呛 喘气正常 这个月发作次数比以前少",
            ],
            _patient(6205, "male", ("难治性癫痫", "迷走神经刺激器植入"), pregnant=None),
            id="r97-zh-060",
        ),  # NICE NG217 Epilepsies (vagus nerve stimulation) and device labelling: intermittent hoarseness during stimulation is an expected common side effect; with normal swallowing and breathing it needs no medical review beyond routine follow-up.
    ],
)
def test_look_alikes_stay_out_of_emergency(texts, patient):
    assert assess(texts, patient).level is not E
