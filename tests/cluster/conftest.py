"""One real multi-process cluster per test module (tests/cluster/harness.py). Under CI=true a
missing redis-server, chroma or PostgreSQL fails the tests; elsewhere they skip with the reason.
A failed test's report carries the tail of every process's log."""

from __future__ import annotations

import os

import pytest

from .harness import Cluster, ClusterUnavailable

IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="module")
def cluster():
    """Two web processes, two workers, Redis, PostgreSQL, Chroma, a model server, an SMS
    gateway; stopped (and the database dropped) after the module."""
    try:
        running = Cluster(webs=2, workers=2)
        running.__enter__()
    except ClusterUnavailable as exc:
        if IN_CI:
            pytest.fail(f"cluster tests need their services under CI=true: {exc}", pytrace=False)
        pytest.skip(str(exc))
    try:
        yield running
    finally:
        running.__exit__(None, None, None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    running = item.funcargs.get("cluster") if hasattr(item, "funcargs") else None
    if report.failed and isinstance(running, Cluster):
        report.sections.append(("cluster process logs (tails)", running.tails()))
