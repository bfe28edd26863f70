"""GP Assistant settings: one module, driven by the environment.

With no environment set, everything runs embedded in one process (SQLite, the in-memory
channel layer, Celery tasks on in-process worker threads, embedded Chroma under var/, the
offline engines, the console SMS transport). Each variable in `.env.example` switches one
concern to its production part. Malformed values fail at start with the variable's name.
"""

import os
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR") or BASE_DIR / "var")

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    """Return the variable's value stripped, or the default when unset."""
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    """Parse a boolean variable strictly (1/0, true/false, yes/no, on/off)."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, got {raw!r}")


def env_int(name: str, default: int, *, minimum: int = 0, maximum: int | None = None) -> int:
    """Parse an integer variable with a lower (and optionally an upper) bound."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be >= {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ImproperlyConfigured(f"{name} must be <= {maximum}, got {value}")
    return value


def env_float(name: str, default: float, *, minimum: float = 0.0) -> float:
    """Parse a number variable with a lower bound."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, got {raw!r}") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be >= {minimum}, got {value}")
    return value


def env_url(name: str, schemes: tuple[str, ...]) -> str | None:
    """Parse an optional URL variable and check its scheme and host."""
    raw = env_str(name)
    if not raw:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in schemes or not parsed.netloc:
        raise ImproperlyConfigured(
            f"{name} must be a URL starting with {' or '.join(s + '://' for s in schemes)}, "
            f"got {raw!r}"
        )
    return raw


def env_list(name: str) -> list[str]:
    """Parse a comma-separated variable."""
    return [item.strip() for item in env_str(name).split(",") if item.strip()]


# --- Core -------------------------------------------------------------------------------

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if len(SECRET_KEY) < 32:
        raise ImproperlyConfigured("SECRET_KEY must be set (32+ characters) when DEBUG is off")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
for _origin in CSRF_TRUSTED_ORIGINS:
    if urlparse(_origin).scheme not in ("http", "https"):
        raise ImproperlyConfigured(f"CSRF_TRUSTED_ORIGINS entries must be URLs, got {_origin!r}")

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "channels",
    "triage",
    "knowledge",
]

MIDDLEWARE = [
    "gp_assistant.metrics.request_metrics_middleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "gp_assistant.urls"
ASGI_APPLICATION = "gp_assistant.asgi.application"
AUTH_USER_MODEL = "triage.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------

DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    try:
        _db = dj_database_url.parse(DATABASE_URL)
    except Exception as exc:  # dj-database-url raises several types for bad URLs
        raise ImproperlyConfigured(f"DATABASE_URL is malformed: {exc}") from None
    if not _db.get("ENGINE") or not _db.get("NAME"):
        raise ImproperlyConfigured(f"DATABASE_URL is malformed: {DATABASE_URL!r}")
    if _db["ENGINE"] == "django.db.backends.postgresql":
        # Under ASGI each request may run on a new thread, so connections are not kept per
        # thread (CONN_MAX_AGE 0); a per-process pool saves the connect on every query.
        _db.setdefault("OPTIONS", {})["pool"] = {"min_size": 1, "max_size": 10, "timeout": 10}
else:
    _db = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "db.sqlite3",
        # IMMEDIATE serialises writers up front, so the audit chain's read-then-append
        # cannot interleave between two threads of the embedded server.
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }
# Persistent connections leak under ASGI (each request may run on a new thread).
_db["CONN_MAX_AGE"] = 0
DATABASES = {"default": _db}

# --- Redis: channel layer, Celery broker and cache together ----------------------------

REDIS_URL = env_url("REDIS_URL", ("redis", "rediss", "unix"))
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                # redis-py 8 times reads out after 5 s, the same as channels-redis's blocking
                # receive, which then kills sockets under load (django/channels_redis#422).
                "hosts": [{"address": REDIS_URL, "socket_timeout": None}],
                "capacity": 1500,
                "expiry": 30,
            },
        }
    }
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
# Without a broker the "worker" lives in this process: tasks run eagerly, on the embedded
# worker threads of gp_assistant.celery (never on Channels' shared database thread).
CELERY_TASK_ALWAYS_EAGER = REDIS_URL is None
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A task a killed worker had taken comes back to the queue this long after it was handed out
# (acks late). It must exceed the longest task, SMS retry countdowns included, or a task still
# running is handed to a second worker too. The sweep that puts such tasks back runs in every
# worker; by default kombu scans only every 100 s, so scan at a tenth of the timeout (<= 10 s).
_visibility_timeout = env_int("CELERY_VISIBILITY_TIMEOUT_SECONDS", 600, minimum=5)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": _visibility_timeout,
    "unacked_restore_interval": min(10, max(1, _visibility_timeout // 10)),
    "unacked_restore_throttle": 1,
}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
EMBEDDED_TASK_THREADS = env_int("EMBEDDED_TASK_THREADS", 2, minimum=0)
# CPU niceness (Linux) of the work that can wait: a Celery worker's threads and the embedded
# mode's task threads. Where web and workers share cores, the staff's echo and triage frames
# then come before the drafts' embeddings (0 turns it off).
BACKGROUND_NICENESS = env_int("BACKGROUND_NICENESS", 10, minimum=0, maximum=19)

# --- Knowledge store, embeddings and model server --------------------------------------

CHROMA_URL = env_url("CHROMA_URL", ("http", "https"))
CHROMA_PATH = VAR_DIR / "chroma"
# A request to the Chroma server gives up after this (connecting: after at most 2 s); a search
# whose dense half gives up goes on with BM25 alone.
CHROMA_TIMEOUT_SECONDS = env_float("CHROMA_TIMEOUT_SECONDS", 10.0, minimum=0.1)
# After the Chroma server failed, searches leave it alone this long (keyword search on the
# process's last snapshot), then one search tries it again: a hung server costs a timeout once
# per period, not every draft.
CHROMA_RETRY_SECONDS = env_float("CHROMA_RETRY_SECONDS", 30.0, minimum=0.0)
KNOWLEDGE_COLLECTION = env_str("KNOWLEDGE_COLLECTION", "gp_knowledge")
KNOWLEDGE_CORPUS_DIR = BASE_DIR / "knowledge" / "corpus"
# Passage embeddings computed once are kept here (by model and text hash), and the shipped
# seed of the corpus's embeddings for the bundled offline model is read before the model.
KNOWLEDGE_EMBEDDING_CACHE_DIR = VAR_DIR / "embedding-cache"
KNOWLEDGE_EMBEDDING_SEED = BASE_DIR / "knowledge" / "embedding_seed" / "e5-small-q4.npz"
EMBEDDING_BASE_URL = env_url("EMBEDDING_BASE_URL", ("http", "https"))
EMBEDDING_MODEL = env_str("EMBEDDING_MODEL", "bge-m3")
EMBEDDING_API_KEY = env_str("EMBEDDING_API_KEY", "not-needed")
# Most threads of one offline embedding call (read once per process; each thread count used
# has its own ONNX Runtime session, about 110 MB): it gets them only when no other draft or
# embedding is in progress in the process and a core is idle, otherwise one, so drafting under
# load leaves the cores to triage. 1 where worker processes share cores.
EMBEDDING_THREADS = env_int("EMBEDDING_THREADS", 2, minimum=1)

LLM_BASE_URL = env_url("LLM_BASE_URL", ("http", "https"))
LLM_MODEL = env_str("LLM_MODEL", "Qwen2.5-7B-Instruct")
LLM_API_KEY = env_str("LLM_API_KEY", "not-needed")
LLM_TIMEOUT_SECONDS = env_float("LLM_TIMEOUT_SECONDS", 30.0, minimum=0.1)
LLM_MAX_TOKENS = env_int("LLM_MAX_TOKENS", 1200, minimum=16)
LLM_FIRST_TOKEN_TIMEOUT_SECONDS = env_float("LLM_FIRST_TOKEN_TIMEOUT_SECONDS", 10.0, minimum=0.1)
LLM_MAX_RETRIES = env_int("LLM_MAX_RETRIES", 1, minimum=0)
# How the server is asked for schema-constrained output: vLLM takes "json_schema"; llama.cpp's
# server takes "json_object_schema"; "none" relies on validation alone.
LLM_STRUCTURED_OUTPUT = env_str("LLM_STRUCTURED_OUTPUT", "json_schema")
if LLM_STRUCTURED_OUTPUT not in ("json_schema", "json_object_schema", "none"):
    raise ImproperlyConfigured(
        f"LLM_STRUCTURED_OUTPUT must be json_schema, json_object_schema or none, "
        f"got {LLM_STRUCTURED_OUTPUT!r}"
    )
LLM_TEMPERATURE = env_float("LLM_TEMPERATURE", 0.2, minimum=0.0)
# How much retrieved text a suggestion may cite, and how much of each passage the prompt shows.
SUGGESTION_MAX_PASSAGES = 10
SUGGESTION_PASSAGE_CHARS = 700
# Draft a suggestion after every staff message (tests of the chat alone switch it off).
DRAFT_ON_MESSAGE = True

# --- SMS --------------------------------------------------------------------------------

SMS_BACKEND = env_str("SMS_BACKEND", "console")
if SMS_BACKEND not in ("console", "webhook"):
    raise ImproperlyConfigured(f"SMS_BACKEND must be console or webhook, got {SMS_BACKEND!r}")
SMS_WEBHOOK_URL = env_url("SMS_WEBHOOK_URL", ("http", "https"))
SMS_WEBHOOK_SECRET = env_str("SMS_WEBHOOK_SECRET")
if SMS_BACKEND == "webhook" and not (SMS_WEBHOOK_URL and SMS_WEBHOOK_SECRET):
    raise ImproperlyConfigured(
        "SMS_WEBHOOK_URL and SMS_WEBHOOK_SECRET must be set when SMS_BACKEND is webhook"
    )
SMS_MAX_ATTEMPTS = env_int("SMS_MAX_ATTEMPTS", 6, minimum=1)

# --- Review queue -----------------------------------------------------------------------

# An emergency suggestion unreviewed this long raises the queue alarm (and pages on-call GPs).
REVIEW_ESCALATION_MINUTES = env_float("REVIEW_ESCALATION_MINUTES", 5.0, minimum=0.1)
# How long a GP's "I have this open" lock lasts without a refresh.
REVIEW_LOCK_SECONDS = 120
# A task lost on the way (enqueued while the broker was down, wiped by a broker restart, or
# failed mid-run) is enqueued again once its work is this overdue: a staff message without
# its suggestion, a closed visit without its documents. Queued SMS wait at least 20 minutes
# (longer than the longest retry backoff). Beat runs the check at half this interval (<= 60 s).
TASK_REDRIVE_SECONDS = env_float("TASK_REDRIVE_SECONDS", 120.0, minimum=1.0)
CELERY_BEAT_SCHEDULE = {
    "escalate-overdue-emergencies": {"task": "triage.escalate_overdue", "schedule": 30.0},
    "redrive-unfinished-work": {
        "task": "triage.redrive_unfinished_work",
        "schedule": min(60.0, max(1.0, TASK_REDRIVE_SECONDS / 2)),
    },
}

# --- Metrics: /metrics on every web process, a port on the Celery worker -----------------

# When set, /metrics and the worker's metrics port require "Authorization: Bearer <token>".
METRICS_TOKEN = env_str("METRICS_TOKEN")
# prometheus_client's multiprocess mode: every process of a Celery prefork worker (whose pool
# children do the drafting and the SMS) writes its metrics to files here, and the worker's
# metrics port adds them up. Empty the directory whenever the processes sharing it start.
PROMETHEUS_MULTIPROC_DIR = env_str("PROMETHEUS_MULTIPROC_DIR")
if PROMETHEUS_MULTIPROC_DIR:
    _dir = PROMETHEUS_MULTIPROC_DIR
    if not (os.path.isdir(_dir) and os.access(_dir, os.W_OK)):
        raise ImproperlyConfigured(f"PROMETHEUS_MULTIPROC_DIR must be a writable directory: {_dir}")
else:
    # prometheus_client reads the variable itself when first imported, and its mere presence
    # switches multiprocess mode on: an empty value (the env files' "off") must not.
    os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
# The Celery worker's main process serves the metrics of the whole worker on this port.
WORKER_METRICS_PORT = env_int("WORKER_METRICS_PORT", 0, minimum=0, maximum=65535)  # 0: none

# --- Chat limits ------------------------------------------------------------------------

# Documented in the README: the longest staff message accepted over the WebSocket.
CHAT_MESSAGE_MAX_CHARS = 4000
CHAT_HISTORY_PAGE = 200

# --- Auth, i18n, static -----------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "GP Assistant API",
    "DESCRIPTION": "Consultations, review queue and SMS status, filtered by the caller's role.",
    "VERSION": "0.1.0",
}

LOG_LEVEL = env_str("LOG_LEVEL", "INFO").upper()
if LOG_LEVEL not in ("DEBUG", "INFO", "WARNING", "ERROR"):
    raise ImproperlyConfigured(
        f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {LOG_LEVEL!r}"
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}
