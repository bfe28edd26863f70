"""Edges of the readings added after held-out round 115 (poisoning and overdose at home and on
the farm): each is tested on both sides."""

from triage.rules import Level, PatientContext, assess

E = Level.EMERGENCY
ADULT = PatientContext(age_days=50 * 365, sex="male")


def test_methanol_told_as_foggy_eyesight_after_market_spirit_is_an_emergency():
    texts = [
        "he drank homemade spirit bought off someone at the market on sat night",
        "today keeps vomiting and says his eyesight is blurry like looking through fog",
    ]
    assert assess(texts, ADULT).level is E
    assert assess(["drank homemade spirit at the wedding, feels fine"], ADULT).level is not E


def test_a_packet_of_paracetamol_taken_after_a_row_is_an_overdose():
    teen = PatientContext(age_days=16 * 365, sex="female")
    assert assess(["took a packet of paracetamol after a row, 4 hrs ago"], teen).level is E
    assert assess(["took 2 paracetamol for a headache"], teen).level is not E


def test_torch_oil_with_fast_breathing_is_hydrocarbon_aspiration():
    child = PatientContext(age_days=3 * 365, sex="male")
    texts = ["drank from the garden torch oil bottle, coughed", "breathing faster, a bit grunty"]
    assert assess(texts, child).level is E


def test_a_pulse_read_off_the_bp_machine_is_read():
    texts = ["carer checked pulse on the bp machine 38, dizzy when she stands"]
    assert assess(texts, ADULT).facts.vitals.hr == 38


def test_an_overdose_treated_and_discharged_days_ago_is_the_past():
    texts = ["discharged from hospital 3 days ago after paracetamol overdose, bloods normal"]
    assert assess(texts, ADULT).facts.status("overdose") == "history"
    assert assess(["took an overdose of paracetamol 3 hours ago"], ADULT).level is E


def test_a_month_abbreviated_dates_the_past():
    assert assess(["had CO poisoning in jan, in hospital 2 days"], ADULT).level is not E
    assert assess(["CO poisoning today, headache"], ADULT).level is E


def test_a_heater_in_his_bedroom_is_a_carbon_monoxide_source_and_an_alarm_no_poisoning():
    texts = ["using a paraffin heater in his bedroom at night, no CO alarm", "his usual self"]
    found = assess(texts, ADULT).facts
    assert found.status("co_exposure") == "present"
    assert found.status("poisoning") is None
