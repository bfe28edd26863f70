"""Demo data for `make run`: one township health centre supervising two village clinics,
a staff account per clinic, one GP, an admin and a few patients. Idempotent: a second run
finds everything by its natural key and creates nothing."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from .models import Clinic, Language, Patient, User

CENTRE = "清河镇卫生院 Qinghe Township Health Centre"
CLINICS = ["东村卫生室 Dongcun Village Clinic", "西村卫生室 Xicun Village Clinic"]
ACCOUNTS = [
    # username, full name, role, clinic (None: admin), language
    ("dongcun", "李春梅 Li Chunmei", User.Role.CLINIC_STAFF, CLINICS[0], Language.ZH),
    ("xicun", "王建国 Wang Jianguo", User.Role.CLINIC_STAFF, CLINICS[1], Language.ZH),
    ("gp", "张医生 Dr Zhang", User.Role.GP, CENTRE, Language.ZH),
    ("admin", "Network admin", User.Role.ADMIN, None, Language.EN),
]
PATIENTS = [
    # clinic, name, sex, birth date, phone, language, allergies, chronic conditions
    (
        CLINICS[0],
        "赵大爷",
        "male",
        date(1956, 3, 12),
        "13800000001",
        Language.ZH,
        ["青霉素"],
        ["高血压"],
    ),
    (
        CLINICS[0],
        "钱阿姨",
        "female",
        date(1968, 9, 2),
        "13800000002",
        Language.ZH,
        [],
        ["2型糖尿病"],
    ),
    (CLINICS[0], "Sun Lili", "female", date(1995, 6, 20), "13800000003", Language.EN, [], []),
    (CLINICS[1], "周小宝", "male", date(2025, 8, 1), "13800000004", Language.ZH, [], []),
    (
        CLINICS[1],
        "吴奶奶",
        "female",
        date(1948, 1, 30),
        "13800000005",
        Language.ZH,
        ["磺胺"],
        ["慢阻肺"],
    ),
]


@dataclass
class DemoReport:
    created_passwords: dict[str, str] = field(default_factory=dict)
    existing_accounts: list[str] = field(default_factory=list)
    patients_created: int = 0


@transaction.atomic
def load_demo_data() -> DemoReport:
    """Create whatever part of the demo network is missing; report new passwords once."""
    report = DemoReport()
    centre, _ = Clinic.objects.get_or_create(
        name=CENTRE, defaults={"kind": Clinic.Kind.HEALTH_CENTRE}
    )
    clinics = {CENTRE: centre}
    for name in CLINICS:
        clinics[name], _ = Clinic.objects.get_or_create(
            name=name,
            defaults={"kind": Clinic.Kind.VILLAGE_CLINIC, "supervising_centre": centre},
        )
    for username, full_name, role, clinic_name, language in ACCOUNTS:
        if User.objects.filter(username=username).exists():
            report.existing_accounts.append(username)
            continue
        password = secrets.token_urlsafe(9)
        first, _, last = full_name.partition(" ")
        user = User(
            username=username,
            first_name=first,
            last_name=last,
            role=role,
            clinic=clinics.get(clinic_name),
            language=language,
            is_staff=role == User.Role.ADMIN,
            is_superuser=role == User.Role.ADMIN,
        )
        user.set_password(password)
        user.save()
        report.created_passwords[username] = password
    for clinic_name, name, sex, birth, phone, language, allergies, chronic in PATIENTS:
        _, created = Patient.objects.get_or_create(
            clinic=clinics[clinic_name],
            name=name,
            defaults={
                "sex": sex,
                "birth_date": birth,
                "phone": phone,
                "language": language,
                "allergies": allergies,
                "chronic_conditions": chronic,
            },
        )
        report.patients_created += created
    return report
