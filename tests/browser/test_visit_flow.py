"""The whole visit in a real browser: staff chat, live triage, the AI draft streaming in, the
GP's queue and review, the visit closed, the summary signed and sent by SMS; in Chinese and
in English. Screenshots of each step go to artefacts/browser/<test>/."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from .conftest import FAKE_DRAFT, log_in

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class Words:
    staff: str
    gp: str
    patient: str
    phone: str
    html_lang: str
    first_message: str
    red_flag: str
    emergency: str
    draft_label: str
    reply_kind: str
    summary_kind: str
    edited_text: str
    edited_label: str
    closed: str
    open_consultation: str


ZH = Words(
    staff="staff_zh",
    gp="gp_zh",
    patient="赵大爷",
    phone="13800000001",
    html_lang="zh-hans",
    first_message="头晕半天",
    red_flag="胸痛30分钟，大汗淋漓，血压85/50",
    emergency="危急",
    draft_label="AI 草稿，待上级医生审核",
    reply_kind="建议",
    summary_kind="患者小结",
    edited_text="胸痛伴大汗、低血压：按急性冠脉综合征处理，已电话联系胸痛中心。",
    edited_label="已由上级医生修改并批准",
    closed="已结束",
    open_consultation="开始问诊",
)
EN = Words(
    staff="staff_en",
    gp="gp_en",
    patient="Sun Lili",
    phone="13800000003",
    html_lang="en",
    first_message="Dizzy since this morning",
    red_flag="Crushing chest pain for 30 minutes, sweating heavily, BP 85/50",
    emergency="Emergency",
    draft_label="AI draft, pending GP review",
    reply_kind="Suggestion",
    summary_kind="Patient summary",
    edited_text="Chest pain with sweating and low BP: manage as acute coronary syndrome; "
    "chest pain centre called.",
    edited_label="Edited and approved by the GP",
    closed="Closed",
    open_consultation="Open a consultation",
)


def english_draft() -> dict:
    """The fake model's draft, in English."""
    draft = json.loads(json.dumps(FAKE_DRAFT))
    draft["language"] = "en"
    draft["assessment"]["summary"] = "Chest pain with sweating and hypotension: possible ACS."
    draft["differential"][0].update(
        condition="Acute coronary syndrome", supporting_facts=["chest pain 30 min", "sweating"]
    )
    draft["next_questions"][0]["question"] = "Does the pain spread to the left arm or jaw?"
    draft["examinations"][0].update(name="ECG", reason="Rule out myocardial infarction")
    draft["management"][0]["advice"] = "Call 120 now; keep the patient lying still."
    draft["referral"]["advice"] = "Transfer to the chest pain centre now."
    draft["patient_advice"][0]["advice"] = "Do not walk about; wait for the ambulance."
    draft["return_precautions"][0]["advice"] = "Call 120 if the patient becomes confused."
    return draft


def open_consultation(page, words: Words) -> str:
    """From the patient list: search the patient, open a visit; returns the chat URL."""
    page.goto("/patients/")
    page.fill("#q", words.patient)
    page.press("#q", "Enter")
    page.get_by_role("link", name=words.patient, exact=True).click()
    page.get_by_role("button", name=words.open_consultation).click()
    page.wait_for_url(re.compile(r"/consultations/\d+/$"))
    expect(page.locator("#conn")).to_have_attribute("data-state", "online")
    return page.url


def send(page, text: str) -> None:
    """Type a message and send it."""
    page.fill("#text", text)
    page.click("#composer button[type=submit]")


def wait_for_output(live_site, needle: str, timeout: float = 30) -> str:
    """Wait until the server printed `needle` (the console SMS transport)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        output = live_site.output()
        if needle in output:
            return output
        time.sleep(0.3)
    pytest.fail(f"{needle!r} not printed within {timeout} s:\n{live_site.output()[-3000:]}")


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
def test_whole_visit_from_red_flag_to_signed_sms(words, live_site, new_context, shots):
    content = FAKE_DRAFT if words is ZH else english_draft()
    live_site.fake_llm.reset(
        content=json.dumps(content, ensure_ascii=False), deltas=40, token_interval=0.04
    )
    staff = new_context().new_page()
    log_in(staff, words.staff)
    expect(staff.locator("html")).to_have_attribute("lang", words.html_lang)
    chat_url = open_consultation(staff, words)
    shots(staff, "chat-open")

    # A first message: the banner shows the level and the questions worth asking, as chips
    # that put the question into the message box.
    send(staff, words.first_message)
    banner = staff.locator("#triage")
    expect(banner).to_have_attribute("data-level", "non_urgent")
    chip = banner.locator(".chip").first
    expect(chip).to_be_visible()
    shots(staff, "triage-questions")
    chip.click()
    expect(staff.locator("#text")).to_have_value(chip.inner_text())
    expect(staff.locator("#text")).to_be_focused()
    staff.fill("#text", "")

    # The red flag: the emergency banner arrives at once, told by words and a shape.
    send(staff, words.red_flag)
    expect(banner).to_have_attribute("data-level", "emergency")
    expect(banner).to_contain_text(words.emergency)
    expect(banner.locator(".level.emergency .shape")).to_be_visible()
    expect(banner.locator(".flags li").first).to_be_visible()
    shots(staff, "emergency-banner")

    # The AI draft streams in, then becomes the structured card, labelled as a draft.
    staff.wait_for_function("() => +document.body.dataset.draftFrames > 0")
    shots(staff, "draft-streaming")
    card = staff.locator(".draft[data-suggestion]").first
    expect(card).to_contain_text(words.draft_label)
    expect(card.locator(".cite").first).to_be_visible()
    shots(staff, "draft-card")

    # The GP sees it in the live queue, opens it, edits in place and approves.
    gp = new_context().new_page()
    log_in(gp, words.gp)
    gp.wait_for_url(re.compile(r"/review/$"))
    expect(gp.locator("#conn")).to_have_attribute("data-state", "online")
    item = gp.locator(".q-item", has_text=words.patient).filter(has_text=words.reply_kind)
    expect(item.first).to_be_visible()
    expect(item.first.locator(".level.emergency")).to_be_visible()
    shots(gp, "queue")
    item.first.locator("a").click()
    gp.wait_for_url(re.compile(r"/review/\d+/$"))
    expect(gp.locator(".passages blockquote").first).to_be_visible()
    shots(gp, "review-screen")
    gp.keyboard.press("e")
    summary = gp.locator('textarea[name="p:assessment.summary"]')
    expect(summary).to_be_focused()
    summary.fill(words.edited_text)
    shots(gp, "editing")
    gp.click("#save-edit")
    gp.wait_for_url(re.compile(r"/review/$"))

    # The clinic sees the decision live.
    decided = staff.locator(".draft.edited")
    expect(decided).to_contain_text(words.edited_label)
    expect(decided).to_contain_text(words.edited_text)
    shots(staff, "gp-approved")

    # Staff close the visit; the GP signs the patient summary; the SMS goes out.
    staff.click("#close-visit")
    staff.wait_for_url(chat_url)
    expect(staff.locator("#status")).to_have_attribute("data-status", "closed")
    shots(staff, "visit-closed")
    summary_item = gp.locator(".q-item", has_text=words.patient).filter(has_text=words.summary_kind)
    try:
        expect(summary_item.first).to_be_visible(timeout=60_000)
    except AssertionError:
        shots(gp, "no-summary")
        pytest.xfail("no patient summary drafted on close (issue 6 item 3 not merged yet)")
    shots(gp, "summary-in-queue")
    summary_item.first.locator("a").click()
    gp.wait_for_url(re.compile(r"/review/\d+/$"))
    shots(gp, "summary-review")
    gp.keyboard.press("a")
    gp.wait_for_url(re.compile(r"/review/$"))
    output = wait_for_output(live_site, f"[SMS to {words.phone}]")
    assert output.count(f"[SMS to {words.phone}]") == 1
    staff.reload()
    expect(staff.locator("#status")).to_have_attribute("data-status", "summary_signed")
    shots(staff, "summary-signed")
