"""Settings come from the environment; malformed values fail at start, naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_settings(**env) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "DEBUG",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "CHROMA_URL",
            "LLM_BASE_URL",
            "SMS_BACKEND",
            "SMS_WEBHOOK_URL",
            "SMS_WEBHOOK_SECRET",
        }
    }
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.CHANNEL_LAYERS['default']['BACKEND'], s.CELERY_BROKER_URL, "
        "s.CACHES['default']['BACKEND'], s.DATABASES['default']['ENGINE'], "
        "s.CELERY_TASK_ALWAYS_EAGER]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "gp_assistant.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_embedded_default_needs_no_environment():
    result = load_settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        '["channels.layers.InMemoryChannelLayer", "memory://", '
        '"django.core.cache.backends.locmem.LocMemCache", "django.db.backends.sqlite3", true]'
    )


def test_redis_url_switches_layer_broker_and_cache_together():
    result = load_settings(REDIS_URL="redis://127.0.0.1:6379/3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        '["channels_redis.core.RedisChannelLayer", "redis://127.0.0.1:6379/3", '
        '"django.core.cache.backends.redis.RedisCache", "django.db.backends.sqlite3", false]'
    )


def test_database_url_switches_to_postgresql():
    result = load_settings(DATABASE_URL="postgres://u@127.0.0.1:5432/gp")
    assert result.returncode == 0, result.stderr
    assert "django.db.backends.postgresql" in result.stdout


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"DATABASE_URL": "nonsense"}, "DATABASE_URL"),
        ({"REDIS_URL": "http://127.0.0.1:6379"}, "REDIS_URL"),
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "false", "ALLOWED_HOSTS": "gp.example"}, "SECRET_KEY"),
        ({"DEBUG": "false", "SECRET_KEY": "k" * 40}, "ALLOWED_HOSTS"),
        ({"CHROMA_URL": "chroma:8000"}, "CHROMA_URL"),
        ({"LLM_BASE_URL": "ftp://x"}, "LLM_BASE_URL"),
        ({"LLM_TIMEOUT_SECONDS": "soon"}, "LLM_TIMEOUT_SECONDS"),
        ({"SMS_BACKEND": "pigeon"}, "SMS_BACKEND"),
        ({"SMS_BACKEND": "webhook"}, "SMS_WEBHOOK_URL"),
        ({"EMBEDDED_TASK_THREADS": "-1"}, "EMBEDDED_TASK_THREADS"),
        ({"BACKGROUND_NICENESS": "20"}, "BACKGROUND_NICENESS"),
        ({"BACKGROUND_NICENESS": "-5"}, "BACKGROUND_NICENESS"),
        ({"CELERY_VISIBILITY_TIMEOUT_SECONDS": "2"}, "CELERY_VISIBILITY_TIMEOUT_SECONDS"),
        ({"CELERY_VISIBILITY_TIMEOUT_SECONDS": "soon"}, "CELERY_VISIBILITY_TIMEOUT_SECONDS"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"PROMETHEUS_MULTIPROC_DIR": "/nonexistent/metrics"}, "PROMETHEUS_MULTIPROC_DIR"),
        ({"WORKER_METRICS_PORT": "70000"}, "WORKER_METRICS_PORT"),
        ({"WORKER_METRICS_PORT": "soon"}, "WORKER_METRICS_PORT"),
    ],
)
def test_malformed_value_fails_at_start_naming_the_variable(env, name):
    result = load_settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and name in result.stderr


def test_production_settings_load_with_everything_set():
    result = load_settings(DEBUG="false", SECRET_KEY="s" * 50, ALLOWED_HOSTS="gp.example,10.0.0.5")
    assert result.returncode == 0, result.stderr


def test_visibility_timeout_reaches_the_broker_and_its_restore_sweep():
    code = (
        "import django, json; django.setup(); from gp_assistant.celery import app; "
        "print(json.dumps(app.conf.broker_transport_options, sort_keys=True))"
    )
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    for value, expected in (
        (
            None,
            '{"unacked_restore_interval": 10, "unacked_restore_throttle": 1, '
            '"visibility_timeout": 600}',
        ),
        (
            "15",
            '{"unacked_restore_interval": 1, "unacked_restore_throttle": 1, '
            '"visibility_timeout": 15}',
        ),
    ):
        run_env = {**env, "DJANGO_SETTINGS_MODULE": "gp_assistant.settings"}
        run_env.pop("CELERY_VISIBILITY_TIMEOUT_SECONDS", None)
        if value:
            run_env["CELERY_VISIBILITY_TIMEOUT_SECONDS"] = value
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=run_env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == expected
