"""Reactions and problems from care given at the clinic: each rule fires where its guideline
says and not beside it."""

import pytest

from triage.rules import Level, assess

from .probe_patient import probe_patient

E, U, N, S = Level.EMERGENCY, Level.URGENT, Level.NON_URGENT, Level.SELF_CARE


@pytest.mark.parametrize(
    ("texts", "age_days", "level"),
    [
        (["输液的时候漏到血管外面去了，手背肿得老高"], 60 * 365, U),
        (["cannula L hand, now red line going up forearm, vein hard n tender"], 50 * 365, U),
        (["PICC for chemo, whole R arm swollen since yesterday"], 50 * 365, U),
        (["上午拔的智齿，回家一直在渗血，咬棉球咬了半小时还在冒"], 45 * 365, U),
        (["上午拔的智齿，渗了一点血，现在已经止住了"], 45 * 365, N),
        (["nurse needlestick with used needle, source pt HIV+"], 30 * 365, U),
        (["吃头孢克肟，晚上喝了几杯啤酒，现在脸红脖子红，头痛心慌"], 40 * 365, U),
        (["吃头孢克肟，没喝酒，今天好多了"], 40 * 365, N),
        (["started doxazosin, dizzy when standing up"], 70 * 365, U),
        (["on cipro for uti, back of heel very painful n swollen"], 74 * 365, U),
        (["on simva 40, started clarithromycin, legs very achy and weak"], 60 * 365, U),
        (["on simva 40 for years, legs achy after gardening"], 60 * 365, N),
        (["started lamotrigine 2 wk ago, new red rash chest n arms"], 27 * 365, U),
        (["输头孢5分钟后胳膊上起了风团，停了，不喘，血压正常"], 30 * 365, U),
        (["输头孢5分钟后浑身起风团，喘不上气，血压量不出来"], 30 * 365, E),
        (["mirena put in this morning, cant feel threads"], 30 * 365, U),
    ],
)
def test_after_care_rules(texts, age_days, level):
    assert assess(texts, probe_patient(age_days, None)).level is level


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        (["baby 8 wk had jabs this morning", "temp 38.1, feeding ok, alert"], U),
        (["baby 8 wk, temp 38.1, feeding ok, alert"], E),  # no vaccine: NICE NG143 red
        (["baby 8 wk had jabs this morning", "temp 38.1, not feeding, floppy"], E),
        (["baby 8 wk had jabs this morning", "temp 39.2"], E),
    ],
)
def test_a_young_infants_fever_after_vaccines_alone_is_same_day(texts, level):
    assert assess(texts, probe_patient(56, "male")).level is level
