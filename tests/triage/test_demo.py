"""`make run` loads the demo network; running it twice creates nothing new."""

import pytest
from django.core.management import call_command

from triage.models import Clinic, Patient, User

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_prints_passwords_once(capsys):
    call_command("seed_demo")
    first = capsys.readouterr().out
    counts = (Clinic.objects.count(), User.objects.count(), Patient.objects.count())
    call_command("seed_demo")
    second = capsys.readouterr().out
    assert counts == (3, 4, 5)
    assert (Clinic.objects.count(), User.objects.count(), Patient.objects.count()) == counts
    assert first.count("password:") == 4 and "password:" not in second
    centre = Clinic.objects.get(kind=Clinic.Kind.HEALTH_CENTRE)
    assert centre.supervised_clinics.count() == 2
    assert User.objects.get(role=User.Role.GP).clinic == centre
