"""The documents drafted when a visit closes: the visit record in the format of a Chinese
outpatient record, and a plain-language summary for the patient. Pure: plain values in.

Both are drafts for the GP's review. The summary carries only what a GP already approved
(management, medicines, TCM): pending or rejected AI content never reaches a patient."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

VERSION = "visit-documents-2026.11.1"

# When to come back, by the visit's level (days from today).
FOLLOW_UP_DAYS = {"emergency": 0, "urgent": 0, "non_urgent": 3, "self_care": 7}

_VITALS = (  # (facts key, zh label, en label, unit)
    ("temp_c", "体温", "T", "℃"),
    ("hr", "脉搏", "P", "次/分"),
    ("rr", "呼吸", "R", "次/分"),
    ("spo2", "血氧饱和度", "SpO2", "%"),
    ("glucose", "血糖", "glucose", "mmol/L"),
    ("gcs", "GCS", "GCS", ""),
    ("potassium", "血钾", "K", "mmol/L"),
    ("inr", "INR", "INR", ""),
    ("sodium", "血钠", "Na", "mmol/L"),
    ("calcium", "血钙", "Ca", "mmol/L"),
    ("hb", "血红蛋白", "Hb", "g/L"),
    ("platelets", "血小板", "PLT", "×10⁹/L"),
    ("muac_mm", "上臂围", "MUAC", "mm"),
    ("weight_g", "体重", "Wt", "g"),
    ("birth_weight_g", "出生体重", "Birth wt", "g"),
)

_TEXT = {
    "zh": {
        "no_allergy": "否认药物及食物过敏史",
        "no_history": "否认慢性病史",
        "no_vitals": "未记录生命体征",
        "unclear": "待上级医生明确",
        "found": "今天的情况：",
        "todo": "需要做的：",
        "danger": "出现以下情况请立即回诊或拨打120：",
        "follow_up_today": "请今天就到乡镇卫生院或医院就诊。",
        "follow_up": "请在{date}复诊。",
        "medicine": "用药（按医生意见）：",
        "generic_danger": "呼吸困难、胸痛、意识不清、抽搐、持续高热或症状明显加重",
    },
    "en": {
        "no_allergy": "No known drug or food allergies",
        "no_history": "No chronic illness reported",
        "no_vitals": "No vital signs recorded",
        "unclear": "To be confirmed by the GP",
        "found": "What we found today: ",
        "todo": "What to do: ",
        "danger": "Come back at once or call 120 if: ",
        "follow_up_today": "Please see a doctor at the health centre or hospital today.",
        "follow_up": "Please come back on {date}.",
        "medicine": "Medicines (as the doctor advised): ",
        "generic_danger": "difficulty breathing, chest pain, confusion, fits, "
        "high fever that does not settle, or feeling much worse",
    },
}


def _vitals_text(vitals: dict, language: str) -> str:
    parts = []
    if vitals.get("sbp") and vitals.get("dbp"):
        parts.append(f"{'血压' if language == 'zh' else 'BP'} {vitals['sbp']}/{vitals['dbp']} mmHg")
    for key, zh, en, unit in _VITALS:
        if vitals.get(key) is not None:
            parts.append(f"{zh if language == 'zh' else en} {vitals[key]}{unit}")
    return "，".join(parts) if language == "zh" else ", ".join(parts)


def _items(payloads: Sequence[dict], key: str, field: str) -> list[str]:
    return list(
        dict.fromkeys(item[field] for p in payloads for item in p.get(key) or [] if item.get(field))
    )


def build_visit_record(
    *,
    staff_messages: Sequence[str],
    triage: dict,
    patient: dict,
    approved: Sequence[dict],
    language: str,
) -> dict:
    """The outpatient record (主诉, 现病史, 既往史, 过敏史, 体格检查, 初步诊断, 处理意见, 中医)."""
    text = _TEXT[language]
    facts = triage.get("facts", {})
    first = staff_messages[0] if staff_messages else ""
    complaint = first.replace("\n", " ").split("。")[0].split(". ")[0][:60]
    diagnoses = [
        f.get("label", {}).get(language, f.get("code")) for f in triage.get("red_flags", [])
    ]
    diagnoses += _items(approved, "differential", "condition")
    management = _items(approved, "management", "advice")
    referral = [
        p["referral"]["advice"] for p in approved if (p.get("referral") or {}).get("advice")
    ]
    tcm = next((p["tcm_option"] for p in approved if p.get("tcm_option")), None)
    return {
        "language": language,
        "chief_complaint": complaint,
        "history_of_present_illness": " ".join(staff_messages)[:2000],
        "past_history": "、".join(patient.get("chronic_conditions") or []) or text["no_history"],
        "allergy_history": "、".join(patient.get("allergies") or []) or text["no_allergy"],
        "physical_examination": _vitals_text(facts.get("vitals") or {}, language)
        or text["no_vitals"],
        "preliminary_diagnosis": list(dict.fromkeys(diagnoses)) or [text["unclear"]],
        "management": [*management, *referral],
        "tcm": {"pattern": tcm["pattern"], "principle": tcm["principle"]} if tcm else None,
        "triage_level": triage.get("level", ""),
    }


def build_patient_summary(
    *,
    triage: dict,
    record: dict,
    approved: Sequence[dict],
    language: str,
    today: date,
) -> dict:
    """A plain-language summary for the patient, from GP-approved content only."""
    text = _TEXT[language]
    level = triage.get("level", "non_urgent")
    sep = "；" if language == "zh" else "; "
    found = sep.join(record.get("preliminary_diagnosis") or [])
    todo = sep.join(_items(approved, "patient_advice", "advice")[:3] or record["management"][:2])
    medicines = [
        f"{m['name']} {m.get('dose', '')}".strip()
        for p in approved
        for item in p.get("management") or []
        for m in item.get("medications") or []
        if not m.get("blocked")
    ]
    danger = (
        sep.join(_items(approved, "return_precautions", "advice")[:3]) or text["generic_danger"]
    )
    days = FOLLOW_UP_DAYS.get(level, 3)
    follow_up_date = today + timedelta(days=days)
    follow_up = (
        text["follow_up_today"]
        if days == 0
        else text["follow_up"].format(date=follow_up_date.isoformat())
    )
    end = "。" if language == "zh" else ". "
    lines = [f"{text['found']}{found}{end}"]
    if todo:
        lines.append(f"{text['todo']}{todo}{end}")
    if medicines:
        lines.append(f"{text['medicine']}{sep.join(dict.fromkeys(medicines))}{end}")
    lines.append(f"{text['danger']}{danger}{end}")
    lines.append(follow_up)
    return {
        "language": language,
        "text": "".join(lines) if language == "zh" else " ".join(line.strip() for line in lines),
        "follow_up_date": follow_up_date.isoformat(),
        "triage_level": level,
    }
