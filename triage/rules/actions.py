# ruff: noqa: E501  (bilingual data tables: one entry per line reads better than split strings)
"""What to do now, in both languages. First measures only: the engine never prescribes."""

from __future__ import annotations

from .values import Level, Text

ACTIONS: dict[str, Text] = {
    "dental_numbness_watch": Text(
        "牙科麻药一般2-4小时消退，期间别咬嘴唇、别吃烫的；若手脚无力、看不清、走不稳，或6小时后仍麻、嘴仍歪，立即拨打120",
        "Dental numbness wears off in 2-4 hours: do not bite the lip or take hot food meanwhile; call 120 if an arm or leg weakens, sight or balance is lost, or the numbness or droop is still there after 6 hours",
    ),
    "call_police": Text(
        "立即报警（110），先保证自己和他人安全，把当事人安置在安全的房间",
        "Call the police (110 in China) now; keep yourself and others safe and the person in a safe room",
    ),
    "safeguarding_today": Text(
        "单独询问并记录伤情（拍照、画图），当天上报并联系妇联/社工/派出所，制订安全计划",
        "Talk to the person alone, document the injuries (photos, body map), report and refer the same day, and agree a safety plan",
    ),
    "call_120": Text(
        "立即拨打120，安排转诊至有条件的医院急诊",
        "Call 120 now and arrange immediate transfer to an emergency department",
    ),
    "rest_monitor": Text(
        "让患者静卧休息，持续监测呼吸、脉搏、血压和意识，准备转运",
        "Keep the patient at rest; monitor breathing, pulse, blood pressure and consciousness; prepare transfer",
    ),
    "acs_measures": Text(
        "停止一切活动，半卧位休息；如有条件立即做心电图并随患者转运；用药须遵医嘱",
        "Stop all activity, rest half-sitting; record an ECG if available and send it with the patient; medicines only as a doctor directs",
    ),
    "stroke_measures": Text(
        "记录发病时间（最后正常时间），测血糖；禁食禁水，侧卧防误吸",
        "Note the time of onset (last seen well) and check glucose; nothing by mouth; lie on the side to protect the airway",
    ),
    "anaphylaxis_measures": Text(
        "立即脱离过敏原；平卧抬高下肢（呼吸困难者取坐位）；按本机构严重过敏反应预案急救",
        "Remove the trigger; lie flat with legs raised (sit up if breathing is hard); follow your clinic's anaphylaxis protocol now",
    ),
    "watch_airway": Text(
        "密切观察呼吸和声音变化，出现呼吸困难立即拨打120",
        "Watch breathing and voice closely; call 120 at once if breathing becomes difficult",
    ),
    "sit_up_monitor": Text(
        "取坐位或半卧位，松开衣领，有条件时吸氧并监测血氧",
        "Sit the patient up, loosen tight clothing, give oxygen if available and monitor SpO2",
    ),
    "nil_by_mouth": Text(
        "暂禁食禁水，监测脉搏和血压", "Nothing by mouth for now; monitor pulse and blood pressure"
    ),
    "lie_flat": Text(
        "平卧并抬高下肢，监测脉搏和血压",
        "Lie flat with legs raised; monitor pulse and blood pressure",
    ),
    "hypo_measures": Text(
        "如患者清醒能吞咽，立即口服含糖饮料或糖块，15分钟后复测血糖；不清醒者禁止喂食",
        "If awake and able to swallow, give a sugary drink or sugar now and recheck glucose after 15 minutes; give nothing by mouth if not fully awake",
    ),
    "ors_if_able": Text(
        "能喝水者在转诊途中少量多次口服补液盐（ORS）",
        "If able to drink, give small frequent sips of oral rehydration solution (ORS) on the way",
    ),
    "head_injury_measures": Text(
        "观察24小时：出现呕吐、嗜睡、头痛加重、抽搐或肢体无力立即拨打120；需有人陪护",
        "Observe for 24 hours with someone present: call 120 for vomiting, drowsiness, worsening headache, a fit or weakness",
    ),
    "head_ct_anticoagulant": Text(
        "在服抗凝药：今天转诊到能做头颅CT的医院，受伤后8小时内完成CT",
        "On an anticoagulant: refer today to a hospital with CT, for a head CT within 8 hours of the injury",
    ),
    "suicide_measures": Text(
        "不要让患者独处，移除药物、农药、刀具等危险物品，通知家属",
        "Do not leave the patient alone; remove medicines, pesticides, blades and other means; involve family",
    ),
    "poison_measures": Text(
        "带上药瓶/农药包装；不要催吐；脱去污染衣物，用清水冲洗皮肤",
        "Bring the container or label; do not induce vomiting; remove contaminated clothes and wash the skin with water",
    ),
    "snake_measures": Text(
        "保持安静少动，伤肢制动放低，去除戒指等束缚物；不要切开或吸吮伤口",
        "Keep the patient still, immobilise the bitten limb below heart level, remove rings; do not cut or suck the wound",
    ),
    "wash_wound": Text(
        "立即用肥皂水和流动清水交替冲洗伤口至少15分钟，当天完成狂犬病暴露处置评估",
        "Wash the wound with soap and running water for at least 15 minutes; rabies exposure assessment today",
    ),
    "burn_measures": Text(
        "用流动凉水冲洗烫伤处15-20分钟，去除首饰，用清洁敷料覆盖；不要涂牙膏或油",
        "Cool the burn under running water for 15-20 minutes, remove jewellery, cover with a clean dressing; no toothpaste or oil",
    ),
    "recovery_position": Text(
        "保持气道通畅，侧卧（复原体位），监测呼吸；无呼吸时开始心肺复苏",
        "Keep the airway open, place in the recovery position, monitor breathing; start CPR if not breathing",
    ),
    "seizure_measures": Text(
        "防止摔伤，侧卧，不要往嘴里塞东西，记录抽搐持续时间",
        "Protect from injury, turn on the side, put nothing in the mouth, time the seizure",
    ),
    "cool_patient": Text(
        "移至阴凉处，松解衣物，用凉水擦身降温",
        "Move to a cool place, loosen clothing, cool with water",
    ),
    "keep_warm": Text("保暖，去除湿衣物", "Keep warm and remove wet clothing"),
    "pressure_bleeding": Text(
        "用干净布料直接按压出血处止血",
        "Apply firm direct pressure to the bleeding with a clean cloth",
    ),
    "trauma_measures": Text(
        "尽量少搬动，固定颈部和受伤肢体，按压止血",
        "Move as little as possible, keep the neck and injured limbs still, press on bleeding",
    ),
    "immobilise": Text(
        "固定受伤部位，冰敷，抬高患肢",
        "Immobilise the injured part, apply a cold pack, raise the limb",
    ),
    "child_transfer_measures": Text(
        "转运途中注意保暖，能吃奶/喝水者继续喂养，抽搐时侧卧防误吸",
        "Keep the child warm on the way, continue breastfeeding or fluids if able, lay on the side if fitting",
    ),
    "lie_left_side": Text(
        "左侧卧位休息，监测血压和胎动，准备转运至有产科的医院",
        "Rest lying on the left side, monitor blood pressure and fetal movements, prepare transfer to a hospital with obstetrics",
    ),
    "isolate_home_care": Text(
        "居家隔离，注意手卫生；出现高热不退、精神差、惊跳、呕吐或呼吸快立即就医",
        "Isolate at home with hand hygiene; seek care at once for persistent high fever, lethargy, startles, vomiting or fast breathing",
    ),
    "eye_irrigation": Text(
        "立即用大量清水或生理盐水冲洗患眼至少15-20分钟（撑开眼睑，转动眼球），转运途中继续冲洗；不要揉眼，不要用其他液体“中和”",
        "Irrigate the eye now with plenty of clean water or saline for at least 15-20 minutes, holding the lids open, and keep irrigating on the way; do not rub it or try to neutralise the chemical",
    ),
    "eye_shield": Text(
        "不要揉眼或按压眼球，不要自行取出嵌入的异物；用硬质眼罩（或纸杯）遮盖保护，当天转诊眼科",
        "Do not rub or press on the eye or try to remove an embedded object; cover it with a rigid shield (a paper cup will do) and refer to eye services today",
    ),
    "open_fracture_measures": Text(
        "用干净敷料覆盖伤口并按压止血，不要把外露的骨头推回去；固定患肢，检查远端颜色、温度和感觉",
        "Cover the wound with a clean dressing and press on any bleeding; do not push bone back in; splint the limb and check colour, warmth and feeling beyond the injury",
    ),
    "check_circulation": Text(
        "患肢保持舒适位置固定，不要强行复位；每15分钟检查手指/脚趾的颜色、温度和感觉",
        "Splint the limb in the position of comfort without trying to straighten it; check the colour, warmth and feeling of the fingers or toes every 15 minutes",
    ),
    "mark_redness": Text(
        "用笔画出红肿边界并记录时间，抬高患肢，以便判断是否扩散；出现寒战、意识改变、皮肤发花或发黑时立即拨打120",
        "Draw round the edge of the redness and note the time, raise the limb, so spreading can be judged; call 120 for rigors, confusion, mottled or darkening skin",
    ),
    "diabetic_foot_measures": Text(
        "患足不要负重，清洁并覆盖伤口，测体温和血糖；不要自行挑破或修剪；当天转诊糖尿病足/外科",
        "Keep weight off the foot, clean and cover the wound, check temperature and glucose; do not cut or pick at it; same-day referral to the diabetic foot or surgical team",
    ),
    "fetal_movement_measures": Text(
        "左侧卧并专心感受胎动，不要等到第二天；当天转诊至能做胎心监护的医院",
        "Lie on the left side and concentrate on the baby's movements, but do not wait until tomorrow; same-day referral to a hospital that can monitor the fetal heart",
    ),
    "fetal_heart_check": Text(
        "本次就诊听胎心（多普勒）；听不到或胎动消失时当天转诊",
        "Listen for the fetal heart (Doppler) at this visit; refer today if it cannot be heard or movements stop",
    ),
    "vertigo_safety": Text(
        "慢慢起身，防止跌倒；出现说话不清、看东西重影、走路不稳、肢体无力或剧烈头痛时立即拨打120",
        "Get up slowly and guard against falls; call 120 at once for slurred speech, double vision, inability to walk straight, limb weakness or a severe headache",
    ),
    "see_doctor_today": Text(
        "今天内由医生面诊（当天转诊至乡镇卫生院）",
        "See a doctor today (same-day referral to the township health centre)",
    ),
    "routine_visit": Text(
        "安排近几天门诊就诊；症状加重或出现危险征象时立即就医",
        "Book a routine clinic visit within days; return at once if worse or a danger sign appears",
    ),
    "home_care_cold": Text(
        "居家休息、多饮水；出现呼吸困难、持续高热超过3天、精神差时复诊",
        "Rest and drink fluids at home; come back for breathing difficulty, high fever over 3 days or unusual drowsiness",
    ),
    "home_care_diarrhoea": Text(
        "多喝水或口服补液盐，清淡饮食；出现血便、尿少、精神差或不能喝水时复诊",
        "Drink plenty or take ORS and eat light food; come back for blood in stool, little urine, drowsiness or inability to drink",
    ),
    "home_care_injury": Text(
        "清洗伤口、冰敷、抬高患处；出现红肿加重、化脓、不能负重时复诊",
        "Clean the wound, cold pack, raise the limb; come back for spreading redness, pus or inability to bear weight",
    ),
    "home_care_back": Text(
        "保持适度活动，避免久卧；出现下肢无力、大小便异常、会阴麻木时立即就医",
        "Stay gently active, avoid bed rest; seek care at once for leg weakness, bladder or bowel problems or saddle numbness",
    ),
    "home_care_fever_child": Text(
        "多喝水、注意观察；出现精神差、不能喝水、抽搐、皮疹、呼吸快或发热超过5天时立即就医",
        "Give fluids and watch closely; seek care at once for drowsiness, not drinking, a fit, a rash, fast breathing or fever over 5 days",
    ),
    "home_care_general": Text(
        "居家观察处理；症状加重或持续不缓解时复诊",
        "Manage at home; come back if it worsens or does not settle",
    ),
}

LEVEL_ACTIONS: dict[Level, tuple[str, ...]] = {
    Level.EMERGENCY: ("call_120", "rest_monitor"),
    Level.URGENT: ("see_doctor_today",),
    Level.NON_URGENT: ("routine_visit",),
    Level.SELF_CARE: ("home_care_general",),
}


# First aid that must start before anything else, even before the call (RCOphth: irrigate a
# chemical eye injury at once; every minute of contact worsens the burn).
_BEFORE_CALL = ("eye_irrigation",)


def actions_for(level: Level, codes: list[str]) -> tuple[Text, ...]:
    """The level's standard actions followed by the rules' specific first measures."""
    first = [c for c in _BEFORE_CALL if c in codes]
    ordered = list(dict.fromkeys(first + list(LEVEL_ACTIONS[level]) + codes))
    if level is Level.EMERGENCY:
        ordered = [
            c
            for c in ordered
            if c not in ("see_doctor_today", "routine_visit") and not c.startswith("home_care")
        ]
    elif level is Level.SELF_CARE:
        ordered = [c for c in ordered if c != "home_care_general"] or ["home_care_general"]
    return tuple(ACTIONS[c] for c in ordered if c in ACTIONS)
