"""FHIR R4 export of a signed visit, validated with fhir.resources' R4B models (R4B keeps
R4's Bundle, Patient, Encounter, Observation, Condition, Communication and Provenance)."""

from datetime import date, datetime

import pytest
from fhir.resources.R4B.bundle import Bundle

from tests.factories import (
    ConsultationFactory,
    GPFactory,
    PatientFactory,
    PatientSummaryFactory,
    StaffFactory,
    SuggestionFactory,
)
from triage import services
from triage.errors import Conflict
from triage.fhir import consultation_bundle, export_consultation
from triage.models import AuditEvent, ConsultationStatus, Suggestion

pytestmark = [pytest.mark.django_db]

VITALS_TEXT = (
    "患者胸痛30分钟，出汗，血压 85/50，心率 120，体温 38.5℃，呼吸 28次/分，血氧 89%，"
    "血糖 3.2 mmol/L，血钾 5.8"
)


def url(consultation):
    return f"/api/consultations/{consultation.pk}/fhir/"


@pytest.fixture
def gp():
    return GPFactory(first_name="明", last_name="李")


@pytest.fixture
def consultation(gp):
    patient = PatientFactory(
        clinic__supervising_centre=gp.clinic,
        name="王芳",
        sex="female",
        birth_date=date(1958, 3, 9),
        phone="13912345678",
        language="zh",
    )
    return ConsultationFactory(patient=patient)


@pytest.fixture
def signed(consultation, gp, django_capture_on_commit_callbacks):
    """A visit as the services leave it: triaged staff messages, an approved visit record
    with diagnoses, and a GP-edited patient summary that signed the visit."""
    staff = consultation.opened_by
    services.record_message(
        user=staff, consultation_id=consultation.pk, client_id="m1", text="血压 150/95，心率 90"
    )
    services.record_message(
        user=staff, consultation_id=consultation.pk, client_id="m2", text=VITALS_TEXT
    )
    services.close_consultation(user=staff, consultation_id=consultation.pk)
    record = SuggestionFactory(
        consultation=consultation,
        kind=Suggestion.Kind.VISIT_RECORD,
        payload={
            "主诉": "胸痛30分钟",
            "diagnoses": [{"text": "急性冠脉综合征？", "icd10": "I24.9"}, "脓毒症待排"],
        },
        model_id="smollm2-135m-instruct",
        prompt_version="visit-record-v1",
        citations=[
            {
                "chunk_id": "esc-acs-2023#3",
                "document_id": "esc-acs",
                "version": "2023",
                "section": "3",
            }
        ],
    )
    services.review_suggestion(gp=gp, suggestion_id=record.pk, action="approve")
    summary = PatientSummaryFactory(
        consultation=consultation, model_id="smollm2-135m-instruct", prompt_version="summary-v2"
    )
    with django_capture_on_commit_callbacks(execute=True):  # the SMS task runs
        services.review_suggestion(
            gp=gp,
            suggestion_id=summary.pk,
            action="edit",
            edited_payload={"text": "您可能有心脏问题，已转诊县医院。如胸痛加重请立即拨打120。"},
        )
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.SUMMARY_SIGNED
    return consultation


def resources(bundle, resource_type):
    return [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == resource_type
    ]


def by_loinc(bundle):
    found = {}
    for observation in resources(bundle, "Observation"):
        for coding in observation["code"]["coding"]:
            assert coding["system"] == "http://loinc.org"
            found[coding["code"]] = observation
    return found


def all_references(value):
    if isinstance(value, dict):
        for key, child in value.items():
            if key == "reference":
                yield child
            else:
                yield from all_references(child)
    elif isinstance(value, list):
        for child in value:
            yield from all_references(child)


def test_bundle_validates_as_fhir(signed):
    bundle = consultation_bundle(signed)
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection"
    types = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert {
        "Patient",
        "Encounter",
        "Organization",
        "Practitioner",
        "Observation",
        "Condition",
        "Communication",
        "Provenance",
        "Device",
    } <= types


def test_every_reference_resolves_inside_the_bundle(signed):
    bundle = consultation_bundle(signed)
    full_urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(full_urls) == len(set(full_urls))
    assert all(
        u == f"urn:uuid:{e['resource']['id']}"
        for u, e in zip(full_urls, bundle["entry"], strict=True)
    )
    references = list(all_references(bundle))
    assert references
    assert set(references) <= set(full_urls)


def test_ids_are_stable_across_exports(signed):
    first = [e["fullUrl"] for e in consultation_bundle(signed)["entry"]]
    second = [e["fullUrl"] for e in consultation_bundle(signed)["entry"]]
    assert first == second


def test_patient_and_encounter(signed):
    bundle = consultation_bundle(signed)
    [patient] = resources(bundle, "Patient")
    assert patient["name"][0]["text"] == "王芳"
    assert patient["gender"] == "female"
    assert patient["birthDate"] == "1958-03-09"
    assert patient["telecom"] == [{"system": "phone", "value": "13912345678", "use": "mobile"}]
    assert patient["communication"][0]["language"]["coding"][0]["code"] == "zh-CN"
    [encounter] = resources(bundle, "Encounter")
    assert encounter["status"] == "finished"
    assert encounter["class"]["code"] == "AMB"
    assert encounter["priority"]["coding"][0]["code"] == "EM"
    assert encounter["period"]["start"] and encounter["period"]["end"]
    organizations = {f"urn:uuid:{o['id']}": o for o in resources(bundle, "Organization")}
    clinic = organizations[encounter["serviceProvider"]["reference"]]
    assert clinic["name"] == signed.clinic.name
    centre = organizations[clinic["partOf"]["reference"]]
    assert centre["name"] == signed.clinic.supervising_centre.name


def test_vital_signs_carry_loinc_codes_and_ucum_units_of_the_latest_values(signed):
    observations = by_loinc(consultation_bundle(signed))
    bp = observations["85354-9"]
    components = {c["code"]["coding"][0]["code"]: c["valueQuantity"] for c in bp["component"]}
    # 150/95 was stated first; the later 85/50 is the latest value.
    assert components["8480-6"]["value"] == 85
    assert components["8462-4"]["value"] == 50
    assert components["8480-6"]["code"] == "mm[Hg]"
    expected = {
        "8310-5": (38.5, "Cel"),
        "8867-4": (120, "/min"),
        "9279-1": (28, "/min"),
        "59408-5": (89, "%"),
        "15074-8": (3.2, "mmol/L"),
        "6298-4": (5.8, "mmol/L"),  # serum potassium, a laboratory observation
    }
    for code, (value, unit) in expected.items():
        quantity = observations[code]["valueQuantity"]
        assert (quantity["value"], quantity["code"]) == (value, unit)
        assert quantity["system"] == "http://unitsofmeasure.org"
    assert observations["2708-6"] is observations["59408-5"]
    categories = {code: observations[code]["category"][0]["coding"][0]["code"] for code in expected}
    assert categories["8867-4"] == "vital-signs"
    assert categories["6298-4"] == "laboratory"


def test_red_flags_and_visit_record_diagnoses_are_provisional_conditions(signed):
    bundle = consultation_bundle(signed)
    conditions = resources(bundle, "Condition")
    codes = {
        c["code"]["coding"][0]["code"]
        for c in conditions
        if c["code"].get("coding")
        and c["code"]["coding"][0]["system"] == "urn:gp-assistant:red-flag"
    }
    assert {flag["code"] for flag in signed.red_flags} == codes
    assert {"acs_chest_pain", "hypoxia"} <= codes
    texts = {c["code"]["text"] for c in conditions}
    assert {"急性冠脉综合征？", "脓毒症待排", "疑似急性冠脉综合征"} <= texts
    icd = [c for c in conditions if c["code"].get("coding", [{}])[0].get("code") == "I24.9"]
    assert icd and icd[0]["code"]["coding"][0]["system"] == "http://hl7.org/fhir/sid/icd-10"
    for condition in conditions:
        assert condition["verificationStatus"]["coding"][0]["code"] == "provisional"
        assert condition["clinicalStatus"]["coding"][0]["code"] == "active"
    hypoxia = next(
        c for c in conditions if c["code"].get("coding", [{}])[0].get("code") == "hypoxia"
    )
    spo2 = by_loinc(bundle)["59408-5"]
    assert {"reference": f"urn:uuid:{spo2['id']}"} in hypoxia["evidence"][0]["detail"]


def test_summary_is_the_gps_edited_text(signed):
    [communication] = resources(consultation_bundle(signed), "Communication")
    assert communication["payload"][0]["contentString"].startswith("您可能有心脏问题")
    assert communication["status"] == "completed"  # the console transport sent it
    assert communication["medium"][0]["coding"][0]["code"] == "SMSWRIT"


def test_provenance_names_the_ai_engine_and_the_reviewing_gp(signed, gp):
    bundle = consultation_bundle(signed)
    index = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    [communication] = resources(bundle, "Communication")
    provenances = resources(bundle, "Provenance")
    summary_provenance = next(
        p for p in provenances if {"reference": f"urn:uuid:{communication['id']}"} in p["target"]
    )
    agents = {
        a["type"]["coding"][0]["code"]: index[a["who"]["reference"]]
        for a in summary_provenance["agent"]
    }
    device = agents["assembler"]
    assert device["resourceType"] == "Device"
    names = {n["type"]: n["name"] for n in device["deviceName"]}
    assert names["model-name"] == "smollm2-135m-instruct"
    assert {"type": {"text": "prompt version"}, "value": "summary-v2"} in device["version"]
    assert any(v["value"] == "extractive" for v in device["version"])
    author = agents["author"]  # the GP edited the summary
    assert author["resourceType"] == "Practitioner"
    assert author["name"][0]["text"] == gp.get_full_name()
    review = signed.suggestions.get(kind="patient_summary").review
    recorded = datetime.fromisoformat(summary_provenance["recorded"])
    assert recorded == review.created_at.replace(microsecond=0)
    targeted = {t["reference"] for p in provenances for t in p["target"]}
    for condition in resources(bundle, "Condition"):
        assert f"urn:uuid:{condition['id']}" in targeted
    record_provenance = next(
        p
        for p in provenances
        if p is not summary_provenance
        and any(a["type"]["coding"][0]["code"] == "verifier" for a in p["agent"])
    )
    assert record_provenance["entity"][0]["what"]["identifier"]["value"] == "esc-acs-2023#3"


def test_unsigned_visit_is_a_conflict():
    consultation = ConsultationFactory()
    with pytest.raises(Conflict):
        consultation_bundle(consultation)


def signed_bundle(gp, consultation, text: str) -> dict:
    """The validated export of a visit of one staff message, signed by an approved summary."""
    staff = consultation.opened_by
    services.record_message(user=staff, consultation_id=consultation.pk, client_id="m1", text=text)
    services.close_consultation(user=staff, consultation_id=consultation.pk)
    summary = PatientSummaryFactory(consultation=consultation)
    services.review_suggestion(gp=gp, suggestion_id=summary.pk, action="approve")
    consultation.refresh_from_db()
    bundle = consultation_bundle(consultation)
    Bundle.model_validate(bundle)
    return bundle


def test_minimal_signed_visit_without_vitals_or_red_flags_validates(gp, consultation):
    bundle = signed_bundle(gp, consultation, "轻微咳嗽两天")
    [provenance] = [
        p
        for p in resources(bundle, "Provenance")
        if any(a["type"]["coding"][0]["code"] == "verifier" for a in p["agent"])
    ]
    assert provenance


def test_export_is_audited(signed, gp):
    bundle = export_consultation(user=gp, consultation_id=signed.pk)
    event = AuditEvent.objects.get(verb="consultation.exported")
    assert event.actor_id == gp.pk
    assert event.consultation_id == signed.pk
    assert event.details["resources"] == len(bundle["entry"])


# --- the API --------------------------------------------------------------------------


@pytest.mark.realservices
def test_api_returns_a_valid_bundle_for_the_supervising_gp(client, signed, gp):
    client.force_login(gp)
    response = client.get(url(signed))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/fhir+json")
    Bundle.model_validate(response.json())
    assert AuditEvent.objects.filter(verb="consultation.exported").count() == 1


@pytest.mark.realservices
def test_api_serves_the_clinics_own_staff(client, signed):
    client.force_login(signed.opened_by)
    assert client.get(url(signed)).status_code == 200


@pytest.mark.realservices
@pytest.mark.parametrize("who", ["other_clinic_staff", "other_centre_gp"])
def test_api_hides_other_clinics_visits(client, signed, who):
    user = StaffFactory() if who == "other_clinic_staff" else GPFactory()
    client.force_login(user)
    response = client.get(url(signed))
    assert response.status_code == 404
    assert not AuditEvent.objects.filter(verb="consultation.exported").exists()


@pytest.mark.realservices
def test_api_refuses_an_unsigned_visit_with_409(client, consultation, gp):
    client.force_login(gp)
    response = client.get(url(consultation))
    assert response.status_code == 409
    assert response.json()["code"] == "not_signed"
    assert not AuditEvent.objects.filter(verb="consultation.exported").exists()


@pytest.mark.realservices
def test_api_needs_a_signed_in_user(client, signed):
    assert client.get(url(signed)).status_code in (401, 403)


def test_a_network_namespace_changes_every_id(signed, settings):
    before = {e["fullUrl"] for e in consultation_bundle(signed)["entry"]}
    settings.FHIR_ID_NAMESPACE = "https://fhir.example-county.cn/gp-assistant"
    after = {e["fullUrl"] for e in consultation_bundle(signed)["entry"]}
    assert before.isdisjoint(after)


def test_relayed_laboratory_values_are_laboratory_observations_behind_their_red_flags(
    gp, consultation
):
    bundle = signed_bundle(
        gp, consultation, "镇医院化验单：INR 6.2，血钠 121，血钙 3.2，血红蛋白 62 g/L，血小板 15"
    )
    observations = by_loinc(bundle)
    expected = {
        "6301-6": (6.2, "{INR}"),
        "2951-2": (121, "mmol/L"),
        "2000-8": (3.2, "mmol/L"),
        "718-7": (62, "g/L"),
        "777-3": (15, "10*9/L"),
    }
    for code, (value, unit) in expected.items():
        quantity = observations[code]["valueQuantity"]
        assert (quantity["value"], quantity["code"]) == (value, unit)
        assert observations[code]["category"][0]["coding"][0]["code"] == "laboratory"
    conditions = {
        c["code"]["coding"][0]["code"]: c
        for c in resources(bundle, "Condition")
        if c["code"].get("coding")
    }
    sodium = observations["2951-2"]
    assert {"reference": f"urn:uuid:{sodium['id']}"} in conditions["hyponatraemia"]["evidence"][0][
        "detail"
    ]
    assert {"inr_high", "hypercalcaemia", "severe_anaemia", "platelets_very_low"} <= set(conditions)
