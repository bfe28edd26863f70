"""The chat on a bad network, clinic isolation, page weight and the phone layout, and the
language switch, in a real browser."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from .conftest import log_in

pytestmark = pytest.mark.browser


def open_visit(page, patient: str) -> str:
    """Open a new consultation for a patient of the staff member's clinic."""
    page.goto("/patients/")
    page.get_by_role("link", name=patient, exact=True).click()
    page.locator("form[action$='/consultations/'] button").click()
    page.wait_for_url(re.compile(r"/consultations/\d+/$"))
    expect(page.locator("#conn")).to_have_attribute("data-state", "online")
    return page.url


def consultation_id(url: str) -> int:
    return int(re.search(r"/consultations/(\d+)/", url).group(1))


def stored(live_site, consultation: int, text: str) -> int:
    return live_site.query(
        "SELECT count(*) FROM triage_message WHERE consultation_id = ? AND text = ?",
        (consultation, text),
    )[0][0]


def test_message_typed_offline_is_sent_exactly_once_when_back(live_site, new_context, shots):
    context = new_context(width=360, height=740)
    page = context.new_page()
    log_in(page, "staff_zh")
    url = open_visit(page, "钱阿姨")
    cid = consultation_id(url)

    context.set_offline(True)
    expect(page.locator("#conn")).to_have_attribute("data-state", "offline")
    text = "咳嗽三天，无发热（离线时输入）"
    page.fill("#text", text)
    page.click("#composer button[type=submit]")
    pending = page.locator("#messages li.pending", has_text=text)
    expect(pending).to_be_visible()
    shots(page, "offline-pending", full_page=False)
    page.wait_for_timeout(2000)  # reconnect attempts fail while offline
    assert stored(live_site, cid, text) == 0

    context.set_offline(False)
    expect(page.locator("#conn")).to_have_attribute("data-state", "online")
    sent = page.locator("#messages li.mine:not(.pending)", has_text=text)
    expect(sent).to_have_count(1)
    expect(sent.locator(".meta")).to_contain_text("#1")
    shots(page, "back-online", full_page=False)
    assert stored(live_site, cid, text) == 1

    # A second drop: a colleague's message sent meanwhile arrives by sequence number on
    # reconnect, and nothing is sent twice.
    context.set_offline(True)
    expect(page.locator("#conn")).to_have_attribute("data-state", "offline")
    colleague = new_context().new_page()
    log_in(colleague, "staff_zh")
    colleague.goto(url)
    expect(colleague.locator("#conn")).to_have_attribute("data-state", "online")
    colleague.fill("#text", "体温37.2度")
    colleague.click("#composer button[type=submit]")
    expect(colleague.locator("#messages li:not(.pending)", has_text="体温37.2度")).to_be_visible()
    context.set_offline(False)
    expect(page.locator("#messages li", has_text="体温37.2度")).to_be_visible()
    expect(page.locator("#messages li.mine", has_text=text)).to_have_count(1)
    page.reload()
    expect(page.locator("#messages li.mine", has_text=text)).to_have_count(1)
    assert stored(live_site, cid, text) == 1


# As if the message had been sent and the socket dropped before its echo arrived.
PUT_IN_OUTBOX = """(cid) => localStorage.setItem("gp-outbox-" + cid,
    JSON.stringify([{client_id: "resend-test-1", text: "头痛两天"}]))"""


def test_a_resent_message_after_a_dropped_socket_is_stored_once(live_site, new_context):
    page = new_context().new_page()
    log_in(page, "staff_zh")
    url = open_visit(page, "孙大妈")
    cid = consultation_id(url)
    # The message is sent, then the socket drops before the echo can be seen: the outbox
    # resends it on reconnect and the server recognises its client id.
    page.evaluate(PUT_IN_OUTBOX, cid)
    page.reload()
    expect(page.locator("#messages li.mine:not(.pending)", has_text="头痛两天")).to_have_count(1)
    page.evaluate(PUT_IN_OUTBOX, cid)
    page.reload()
    expect(page.locator("#conn")).to_have_attribute("data-state", "online")
    expect(page.locator("#messages li.mine", has_text="头痛两天")).to_have_count(1)
    assert stored(live_site, cid, "头痛两天") == 1


def test_staff_of_another_clinic_cannot_open_the_consultation(live_site, new_context, shots):
    owner = new_context().new_page()
    log_in(owner, "staff_zh")
    url = open_visit(owner, "孙大妈")
    path = url.replace(live_site.url, "")

    outsider = new_context().new_page()
    log_in(outsider, "staff_west")
    response = outsider.goto(path)
    assert response.status == 404
    shots(outsider, "other-clinic-404")
    # Nor through the WebSocket: it is closed with 4404.
    code = outsider.evaluate(
        """(path) => new Promise((resolve) => {
          const ws = new WebSocket("ws://" + location.host + "/ws" + path);
          ws.onclose = (e) => resolve(e.code);
        })""",
        path,
    )
    assert code == 4404
    patient = owner.locator("a", has_text="患者档案").get_attribute("href")
    assert outsider.goto(patient).status == 404


def test_chat_page_first_load_is_light_and_fits_a_phone(live_site, new_context, shots):
    setup = new_context()
    page = setup.new_page()
    log_in(page, "staff_zh")
    url = open_visit(page, "孙大妈")

    phone = new_context(width=360, height=740)
    phone.add_cookies(setup.cookies())
    sizes = []
    phone.on("requestfinished", lambda request: sizes.append(request.sizes()))
    chat = phone.new_page()
    chat.goto(url)
    expect(chat.locator("#conn")).to_have_attribute("data-state", "online")
    chat.fill("#text", "头晕半天，血压190/120")
    chat.click("#composer button[type=submit]")
    expect(chat.locator("#triage")).to_be_visible()
    transferred = sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes)
    assert 0 < transferred <= 200_000, transferred
    assert chat.evaluate("document.documentElement.scrollWidth") <= 360
    shots(chat, "chat-360px", full_page=False)


def test_language_switch_on_the_page(live_site, new_context):
    page = new_context().new_page()
    log_in(page, "staff_zh")
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.locator("h1")).to_have_text("患者")
    page.select_option("#lang-select", "en")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Patients")
    # The choice is saved on the user: a new login in a fresh browser comes back in English.
    again = new_context().new_page()
    log_in(again, "staff_zh")
    expect(again.locator("html")).to_have_attribute("lang", "en")
    # Switch back, so the other tests find this user as they expect.
    again.select_option("#lang-select", "zh-hans")
    expect(again.locator("html")).to_have_attribute("lang", "zh-hans")


def _hold_first_echo(route) -> None:
    """Pass every frame through, except that the first `message` frame is held back until
    the next one has been delivered: as when a colleague's message, committed just before,
    reaches this page through the layer after a later one."""
    server = route.connect_to_server()
    held: list[str] = []
    released = []

    def to_page(message) -> None:
        kind = json.loads(message).get("type") if isinstance(message, str) else None
        if kind == "message" and not held and not released:
            held.append(message)
            return
        route.send(message)
        if kind == "message" and held:
            route.send(held.pop())
            released.append(True)

    server.on_message(to_page)


def test_messages_that_arrive_out_of_order_are_shown_in_order(live_site, new_context):
    sender = new_context().new_page()
    log_in(sender, "staff_zh")
    url = open_visit(sender, "钱阿姨")
    reader = new_context().new_page()
    reader.route_web_socket(re.compile(r"/ws/consultations/\d+/"), _hold_first_echo)
    log_in(reader, "staff_zh")
    reader.goto(url)
    expect(reader.locator("#conn")).to_have_attribute("data-state", "online")
    for text in ("咳嗽两天", "今天开始发热"):
        sender.fill("#text", text)
        sender.click("#composer button[type=submit]")
        expect(sender.locator("#messages li:not(.pending)", has_text=text)).to_be_visible()
    shown = reader.locator("#messages li[data-seq]")
    expect(shown).to_have_count(2)
    expect(shown.nth(0)).to_have_attribute("data-seq", "1")
    expect(shown.nth(1)).to_have_attribute("data-seq", "2")
