"""factory_boy factories for the domain model."""

from datetime import date

import factory

from triage.models import Clinic, Consultation, Message, Patient, Suggestion, User


class HealthCentreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clinic

    name = factory.Sequence(lambda n: f"镇卫生院 Centre {n}")
    kind = Clinic.Kind.HEALTH_CENTRE


class ClinicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clinic

    name = factory.Sequence(lambda n: f"村卫生室 Clinic {n}")
    kind = Clinic.Kind.VILLAGE_CLINIC
    supervising_centre = factory.SubFactory(HealthCentreFactory)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests-only")


class StaffFactory(UserFactory):
    role = User.Role.CLINIC_STAFF
    clinic = factory.SubFactory(ClinicFactory)


class GPFactory(UserFactory):
    role = User.Role.GP
    clinic = factory.SubFactory(HealthCentreFactory)


class AdminFactory(UserFactory):
    role = User.Role.ADMIN
    is_staff = True
    is_superuser = True


class PatientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Patient

    clinic = factory.SubFactory(ClinicFactory)
    name = factory.Sequence(lambda n: f"患者{n}")
    sex = Patient.Sex.FEMALE
    birth_date = date(1970, 5, 1)
    phone = factory.Sequence(lambda n: f"1390000{n:04d}")


class ConsultationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consultation

    patient = factory.SubFactory(PatientFactory)
    clinic = factory.SelfAttribute("patient.clinic")
    opened_by = factory.SubFactory(StaffFactory, clinic=factory.SelfAttribute("..clinic"))


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message

    consultation = factory.SubFactory(ConsultationFactory)
    seq = factory.Sequence(lambda n: n + 1)
    author_role = Message.AuthorRole.STAFF
    text = "咳嗽两天 cough for two days"
    client_id = factory.Sequence(lambda n: f"client-{n}")


class SuggestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Suggestion

    consultation = factory.SubFactory(ConsultationFactory)
    kind = Suggestion.Kind.REPLY
    payload = factory.LazyFunction(lambda: {"assessment": "上呼吸道感染可能 / likely URTI"})
    engine = "extractive"


class PatientSummaryFactory(SuggestionFactory):
    kind = Suggestion.Kind.PATIENT_SUMMARY
    payload = factory.LazyFunction(
        lambda: {"text": "您今天的检查结果：普通感冒。多喝水，休息。如出现呼吸困难请拨打120。"}
    )
