# ruff: noqa: E501  (bilingual data tables: one entry per line reads better than split strings)
"""Guideline references cited by the rules (publisher, document, year, section)."""

ACS = "ESC 2023 Guidelines for the management of acute coronary syndromes, §3 (triage, ECG within 10 min); 中华医学会 胸痛基层诊疗指南(2019) §转诊"
STROKE = "AHA/ASA 2019 Guidelines for early management of acute ischaemic stroke §1 (prehospital); 中国急性缺血性脑卒中诊治指南2023; BE-FAST (Aroor et al., Stroke 2017)"
SEPSIS = "Sepsis-3 (Singer et al., JAMA 2016) qSOFA; Surviving Sepsis Campaign 2021; NICE NG51 (2016, updated 2024) high-risk criteria"
ANAPHYLAXIS = "Resuscitation Council UK 2021 Emergency treatment of anaphylaxis; WAO Anaphylaxis Guidance 2020 §diagnostic criteria"
ASTHMA = "GINA 2024 §Management of worsening asthma and exacerbations (severe features); GOLD 2024 §exacerbations; 支气管哮喘基层诊疗指南(2018)"
OXYGEN = "BTS 2017 Guideline for oxygen use in adults §6 (target 94-98%, 88-92% in COPD); WHO Oxygen therapy for children 2016 (SpO2 <90%)"
MENINGITIS = "NICE NG240 (2024) Bacterial meningitis and meningococcal disease §1.1 recognition"
HEADACHE = "NICE CG150 (2012, updated 2021) Headaches in over 12s §1.1 (thunderclap headache); 中华医学会 头痛基层诊疗指南(2019)"
GI_BLEED = "NICE CG141 (2012) Acute upper gastrointestinal bleeding §1.1; 急性上消化道出血急诊诊治流程专家共识(2020)"
ABDOMEN = "WSES 2020 / NICE CKS Acute abdomen and appendicitis (red flags: peritonism, shock, obstruction)"
ECTOPIC = (
    "NICE NG126 (2019, updated 2023) Ectopic pregnancy and miscarriage §1.2 (symptoms, referral)"
)
PRE_ECLAMPSIA = "NICE NG133 (2019, updated 2023) Hypertension in pregnancy §1.4-1.5; 中华医学会 妊娠期高血压疾病诊治指南(2020)"
HYPERTENSION = "中国高血压防治指南(2018年修订版) §高血压急症和亚急症; ESH 2023 Guidelines §hypertensive emergencies; 国家基层高血压防治管理指南(2020)"
HYPOGLYCAEMIA = "ADA Standards of Care in Diabetes 2024 §6 (hypoglycaemia level 1 <3.9, level 2 <3.0 mmol/L); 中国2型糖尿病防治指南(2020年版) §低血糖"
DKA = "ADA Standards of Care 2024 §16 (DKA/HHS); 中国2型糖尿病防治指南(2020年版) §糖尿病急性并发症 (血糖>=16.7 伴酮症, >=33.3 高渗)"
DEHYDRATION = "WHO IMCI Chart Booklet 2014 (diarrhoea: severe/some/no dehydration); WHO The treatment of diarrhoea 2005"
HEAD_INJURY = (
    "NICE NG232 (2023) Head injury §1.2 (referral from the community) and §1.4 (CT criteria)"
)
SUICIDE = "WHO mhGAP Intervention Guide 2.0 (2016) §SUI self-harm/suicide; NICE NG225 (2022) Self-harm §1.3"
POISONING = "WHO Guidelines for poison control; 急性有机磷农药中毒诊治临床专家共识(2016); 中国急性中毒诊断与治疗专家共识(2016)"
SNAKE = "WHO Guidelines for the management of snakebites, 2nd ed. (2016) §first aid and referral; 2018中国蛇伤救治专家共识"
RABIES = "国家卫健委 狂犬病暴露预防处置工作规范(2023年版); WHO Rabies vaccines position paper 2018 (PEP without delay)"
CAUDA_EQUINA = (
    "NICE CKS Sciatica (2023) red flags; GIRFT National suspected cauda equina pathway (2023)"
)
TORSION = "NICE CKS Scrotal pain and swelling (2022) §testicular torsion: refer immediately; EAU Paediatric Urology 2023"
DELIRIUM = (
    "NICE CG103 (2010, updated 2023) Delirium §1.2 recognition; 老年患者谵妄防治中国专家共识(2023)"
)
SYNCOPE = "NICE CG109 (2010, updated 2023) Transient loss of consciousness §1.1 (red flags); ESC 2018 Syncope guidelines"
IMCI = "WHO IMCI Chart Booklet 2014: general danger signs, cough or difficult breathing, fast breathing by age"
YOUNG_INFANT = "WHO IMCI Chart Booklet 2014 (sick young infant up to 2 months: possible serious bacterial infection); WHO PSBI guideline 2015"
FEVER_CHILD = "NICE NG143 (2019, updated 2021) Fever in under 5s: traffic light system (red: age <3 months with temp >=38°C; amber: 3-6 months >=39°C, fever >=5 days)"
PAEDIATRIC_RESP = "WHO Pocket book of hospital care for children 2nd ed. (2013) §4 cough or difficult breathing; NICE NG143 amber/red respiratory signs"
HFMD = "国家卫生健康委 手足口病诊疗指南(2018年版) §重症病例早期识别"
NEONATE = "WHO Recommendations on postnatal care of the mother and newborn (2013/2022) newborn danger signs; WHO IMCI 2014 young infant"
PREGNANCY = "WHO Recommendations on antenatal care 2016 / WHO IMPAC danger signs in pregnancy; 中华医学会 孕前和孕期保健指南(2018); RCOG GTG57 Reduced fetal movements (2011)"
POSTPARTUM = "WHO Recommendations on maternal and newborn care for a positive postnatal experience (2022) danger signs; FIGO PPH 2022"
RESP_DISTRESS = "WHO Emergency Triage Assessment and Treatment (ETAT) 2016 (obstructed breathing, central cyanosis, severe respiratory distress); BTS 2017"
SHOCK = "WHO ETAT 2016 (shock: cold extremities, weak fast pulse); Surviving Sepsis Campaign 2021"
TRAUMA = "NICE NG39 (2016) Major trauma: assessment and initial management §1.2; Ottawa ankle rules (NICE CKS sprains 2020)"
BURNS = "WHO Burns fact sheet / ISBI Practice Guidelines for Burn Care 2016 §referral (>10% TBSA child, >15% adult, face, hands, inhalation)"
DVT = "NICE NG158 (2020, updated 2023) Venous thromboembolic diseases §1.1 (same-day assessment for suspected DVT)"
HEAT = "WHO Heat and health 2018; 中国热射病诊断与治疗专家共识(2019)"
VITALS = "WHO ETAT 2016 and NEWS2 (Royal College of Physicians 2017): extreme vital signs"
ANTENATAL_BP = (
    "NICE NG133 (2019, updated 2023) §1.1 (BP >=140/90 in pregnancy: same-day assessment)"
)
URINARY = "NICE NG109/NG111 (2018) Urinary tract infection (lower)/Pyelonephritis (acute) §referral"
TB = "中华医学会 肺结核基层诊疗指南(2018): 咳嗽咳痰>=2周或咯血为可疑症状, 转诊结核病定点医疗机构"
COLD = "NICE CKS Common cold (2022); 中华医学会 急性上呼吸道感染基层诊疗指南(2018)"
SORE_THROAT = "NICE NG84 (2018) Sore throat (acute): antimicrobial prescribing §1.1 (self-care, FeverPAIN/Centor)"
DIARRHOEA = "NICE CKS Gastroenteritis (2023); WHO IMCI 2014 (no dehydration: Plan A, home treatment); 中华医学会 急性感染性腹泻基层诊疗指南(2019)"
MINOR_INJURY = "NICE CKS Sprains and strains (2020); NICE CKS Lacerations / minor wounds; WHO Basic emergency care 2018 §trauma"
BACK_PAIN = "NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s §1.1 (self-management); 中华医学会 腰痛基层诊疗指南"
ROUTINE = (
    "中华医学会 全科医学分会 基层常见症状诊疗 (routine assessment when no red flag is present)"
)
POSTERIOR_STROKE = "NICE NG128 (2019, updated 2022) Stroke and TIA in over 16s §1.1 (FAST misses posterior circulation stroke: sudden vertigo with ataxia, diplopia or dysarthria); AHA/ASA 2019 §1 prehospital; BE-FAST (Aroor et al., Stroke 2017)"
VERTIGO = "NICE CKS Vertigo (2023) / BPPV: brief positional vertigo without neurological signs is managed in primary care; refer at once for new neurological signs"
ACS_ATYPICAL = "ESC 2023 Guidelines for acute coronary syndromes §3.1 (atypical presentations in the elderly, women and diabetes: dyspnoea, epigastric pain, nausea, fatigue, syncope); NICE CG95 (2010, updated 2016) §1.1"
FETAL_MOVEMENTS = "RCOG Green-top Guideline 57 Reduced fetal movements (2011) §6 (from 24 weeks: same-day assessment; before 24 weeks: fetal heart auscultation); WHO ANC recommendations 2016"
ZOSTER_EYE = "NICE CKS Shingles (2023) §referral: herpes zoster ophthalmicus (rash in the ophthalmic division, Hutchinson's sign, red eye or visual change) needs same-day ophthalmology; immunocompromised: same-day specialist advice"
CELLULITIS = "NICE NG141 (2019) Cellulitis and erysipelas §1.1 (Eron classification: systemic features need same-day treatment, sepsis needs hospital); NICE NG51 (2016, updated 2024)"
FRACTURE = "NICE NG38 (2016) Fractures (non-complex) §1.1 (same-day X-ray for suspected fracture); NICE NG37 (2016) Fractures (complex) §1.1 (open fracture, neurovascular compromise: hospital now); Ottawa ankle and knee rules (Stiell 1992, 1995)"
DIABETIC_FOOT = "NICE NG19 (2015, updated 2019) Diabetic foot problems §1.3 (immediate referral for gangrene, limb ischaemia or sepsis; other active problems within 1 working day); IWGDF/IDSA 2023 diabetic foot infection classification"
EYE = "NICE CKS Red eye (2022) and Corneal superficial injury / eye trauma (2022); RCOphth Ophthalmic services guidance (chemical injury: irrigate at once; high-velocity or penetrating injury, reduced vision: same-day eye casualty)"
