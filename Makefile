# GP Assistant: two commands on a fresh machine.
#   make run    create .venv, install, migrate, load demo data and the knowledge corpus, serve :8000
#   make test   install the dev requirements, lint, run the suite (embedded + real Redis/PostgreSQL
#               + a real multi-process cluster with faults)
#   make cluster  the cluster tests alone, verbosely
#   make bench  run the benchmarks (each prints one JSON object)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
# The real services the second test pass uses (see README: "Tests").
TEST_REDIS_URL    ?= redis://127.0.0.1:6379/14
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
# llama-cpp-python builds from source: portable CPU code, no -march=native.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: run test test-embedded test-services test-cluster cluster lint bench install install-dev messages clean \
	system-deps browser-deps

$(PY):
	$(PYTHON) -m venv $(VENV)

# uv if present, else pip.
define pip_install
	@if command -v uv >/dev/null 2>&1; then uv pip install --quiet --python $(PY) -r $(1); \
	else $(PY) -m pip install --quiet --disable-pip-version-check -r $(1); fi
endef

$(VENV)/.runtime: requirements.txt | $(PY)
	$(call pip_install,requirements.txt)
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(PY)
	$(call pip_install,requirements-dev.txt)
	@touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

# System packages the suite needs, installed when missing: msgfmt for the message catalogues;
# Debian's Chromium and a CJK font for the browser tests (never `playwright install`).
system-deps:
	@command -v msgfmt >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq gettext)

browser-deps:
	@(test -x /usr/bin/chromium && fc-list | grep -qi wqy) || \
		(apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-zenhei)

messages: system-deps
	$(PY) manage.py compilemessages --ignore=.venv -v0

run: install messages
	@mkdir -p var
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py seed_demo
	$(PY) manage.py ingest_knowledge
	$(PY) manage.py runserver 127.0.0.1:8000

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-embedded: install-dev messages browser-deps
	$(PY) -m pytest -m "not services_only and not cluster"

test-services: install-dev messages
	REDIS_URL=$(TEST_REDIS_URL) DATABASE_URL=$(TEST_DATABASE_URL) \
		$(PY) -m pytest -m "(realservices or services_only) and not cluster"

# Two web processes, two workers, its own Redis, a scratch PostgreSQL database (from
# TEST_DATABASE_URL's server), a Chroma server; with faults (tests/cluster/).
test-cluster: install-dev messages
	CLUSTER_POSTGRES_URL=$(TEST_DATABASE_URL) $(PY) -m pytest -m cluster tests/cluster

cluster: install-dev messages
	CLUSTER_POSTGRES_URL=$(TEST_DATABASE_URL) $(PY) -m pytest -m cluster tests/cluster -v

test: lint test-embedded test-services test-cluster

bench: install-dev
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) var
