"""Browser tests: Debian's Chromium driven by Playwright against a real server process
(Daphne, through `manage.py runserver`, which also serves the static files) with its own
SQLite database, knowledge store and a fake model server that streams its drafts.

Never `playwright install`: the tests use /usr/bin/chromium (apt-get install chromium
fonts-wqy-zenhei). Without it they skip, or fail under CI=true."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.test import override_settings

from tests.knowledge.fake_llm_server import CHEST_PAIN_DRAFT as FAKE_DRAFT
from tests.knowledge.fake_llm_server import running_fake_llm_server
from tests.processes import free_port, stop_process

REPO = Path(__file__).resolve().parents[2]
ARTEFACTS = REPO / "artefacts" / "browser"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PASSWORD = "browser-test-pw-1"  # a throwaway account in a temporary database
IN_CI = os.environ.get("CI", "").lower() == "true"

# Accounts and patients of the test network (created by SEED below).
SEED = f"""
from datetime import date
from triage.models import Clinic, Patient, User
centre = Clinic.objects.create(name="清河镇卫生院", kind="health_centre")
east = Clinic.objects.create(name="东村卫生室", kind="village_clinic", supervising_centre=centre)
west = Clinic.objects.create(name="西村卫生室", kind="village_clinic", supervising_centre=centre)
for username, first, role, clinic, language in [
    ("staff_zh", "李春梅", "staff", east, "zh"),
    ("staff_en", "Li Chunmei", "staff", east, "en"),
    ("staff_west", "王建国", "staff", west, "zh"),
    ("gp_zh", "张医生", "gp", centre, "zh"),
    ("gp_en", "Dr Zhang", "gp", centre, "en"),
]:
    User.objects.create_user(username=username, password={PASSWORD!r}, first_name=first,
                             role=role, clinic=clinic, language=language)
for name, phone, language in [
    ("赵大爷", "13800000001", "zh"), ("Sun Lili", "13800000003", "en"),
    ("钱阿姨", "13800000002", "zh"), ("孙大妈", "13800000006", "zh"),
]:
    Patient.objects.create(clinic=east, name=name, sex="female", birth_date=date(1956, 3, 12),
                           phone=phone, language=language)
Patient.objects.create(clinic=west, name="吴奶奶", sex="female", birth_date=date(1948, 1, 30),
                       phone="13800000005", language="zh")
"""


def _wait_for_port(port: int, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited early:\n{log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"server did not listen on {port}:\n{log.read_text(errors='replace')}")


@dataclass
class LiveSite:
    url: str
    var_dir: Path
    log: Path
    fake_llm: object

    def output(self) -> str:
        """What the server printed so far (the console SMS transport prints here)."""
        return self.log.read_text(errors="replace")

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Read the server's database directly (never written from here)."""
        import sqlite3

        with sqlite3.connect(f"file:{self.var_dir / 'db.sqlite3'}?mode=ro", uri=True) as db:
            return db.execute(sql, params).fetchall()


def _require_browser() -> None:
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium fonts-wqy-zenhei)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (requirements-dev.txt)")
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if IN_CI:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def _ingest_corpus(var_dir: Path, cache_dir: Path) -> None:
    """The real corpus into the server's embedded store, reusing pytest's embedding cache so
    only new chunks are embedded (a cold cache takes minutes)."""
    from knowledge import store
    from knowledge.ingestion import ingest

    with override_settings(
        CHROMA_URL=None,
        CHROMA_PATH=var_dir / "chroma",
        KNOWLEDGE_COLLECTION="gp_knowledge",
        KNOWLEDGE_EMBEDDING_CACHE_DIR=cache_dir,
        EMBEDDING_BASE_URL=None,
    ):
        report = ingest()
        store.reset_clients()
    assert report.documents > 0, report.skipped


@pytest.fixture(scope="session")
def live_site(tmp_path_factory, request):
    """A running server with a seeded network; yields a LiveSite."""
    _require_browser()
    var_dir = tmp_path_factory.mktemp("browser-var")
    cache_dir = Path(request.config.cache.mkdir("knowledge-embeddings"))
    _ingest_corpus(var_dir, cache_dir)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "DATABASE_URL", "CHROMA_URL", "SMS_BACKEND", "LLM_BASE_URL")
    }
    env.update(VAR_DIR=str(var_dir), DEBUG="true", PYTHONUNBUFFERED="1", EMBEDDED_TASK_THREADS="2")
    manage = [sys.executable, str(REPO / "manage.py")]
    for command in (["migrate", "--noinput", "-v0"], ["shell", "-c", SEED]):
        subprocess.run([*manage, *command], cwd=REPO, env=env, check=True, timeout=300)
    with running_fake_llm_server() as fake:
        fake.reset(content=json.dumps(FAKE_DRAFT, ensure_ascii=False), deltas=40)
        env.update(
            LLM_BASE_URL=fake.base_url,
            LLM_MODEL="fake-model-1",
            LLM_STRUCTURED_OUTPUT="json_schema",
        )
        port = free_port()
        log = var_dir / "server.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
                cwd=REPO,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            _wait_for_port(port, process, log)
            yield LiveSite(url=f"http://127.0.0.1:{port}", var_dir=var_dir, log=log, fake_llm=fake)
        finally:
            stop_process(process)
            keep = ARTEFACTS / "server.log"
            keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(log, keep)


@pytest.fixture(scope="module")
def browser(live_site):
    """One headless Chromium per module: Playwright's sync API runs an event loop in this
    thread while it is open, which Django's sync-only code in other tests refuses."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Shots:
    """Numbered screenshots of one test under artefacts/browser/<test>/."""

    def __init__(self, name: str) -> None:
        self.folder = ARTEFACTS / name
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self.count = 0

    def __call__(self, page, step: str, *, full_page: bool = True) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:02d}-{step}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path


@pytest.fixture
def shots(request) -> Shots:
    """Screenshot helper named after the test."""
    name = request.node.name.replace("[", "-").replace("]", "").replace("/", "_")
    return Shots(name)


@pytest.fixture
def new_context(browser, live_site):
    """Make browser contexts (separate cookie jars: one per person); all closed after."""
    made = []

    def make(*, width: int = 1280, height: int = 900):
        context = browser.new_context(
            base_url=live_site.url, viewport={"width": width, "height": height}
        )
        context.set_default_timeout(20_000)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def log_in(page, username: str) -> None:
    """Log in through the login form."""
    page.goto("/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit].primary")
    page.wait_for_url(lambda url: "/login/" not in url)
