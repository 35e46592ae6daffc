# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The address `make run` serves is the site's public address in development (mails, sitemap).
SITE_URL ?= http://127.0.0.1:$(PORT)
export SITE_URL
STAMP := $(VENV)/.installed

.PHONY: run test lint format install migrate demo e2e bench messages clean architecture

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The accessibility checks' tools (axe-core, the W3C HTML checker): exact versions from
# package-lock.json, when node is present (tests/e2e/test_accessibility.py skips without them,
# and fails in CI). --ignore-scripts: vnu-jar's script would download a Java; ours is Debian's.
NPM := $(shell command -v npm)
node_modules/.package-lock.json: package.json package-lock.json
	$(NPM) ci --no-audit --no-fund --ignore-scripts

install: $(STAMP) $(if $(NPM),node_modules/.package-lock.json)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

run: demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The whole suite, browser tests included; those skip (with the reason) without /usr/bin/chromium.
# Coverage is measured and gated (`fail_under` in pyproject.toml); `make test COVERAGE=` skips it.
# The database is migrated once, into a template that every test process copies
# (tests/testdb.py). One pass in parallel (pytest-xdist, one worker per core), the slowest
# files first; each worker runs the transactional tests ("serial": browser tests, real-thread
# tests) after all its others, since their flush pulls the data migrations' rows from under
# the tests that follow (tests/scheduling.py; every transactional test restores them first).
COVERAGE ?= --cov
WORKERS ?= auto
# Only the tests with this marker (`make test MARK=both_databases COVERAGE=`: what CI runs on
# SQLite, tests/conftest.py); empty runs them all. An unknown marker stops it with a message
# (tests/marks.py) before any database is made.
MARK ?=
# A template made beforehand (DKC_TEST_DB_TEMPLATE, as .ci/run does) is used and left alone.
test: install
	@set -e; $(if $(MARK),$(BIN)/python -m tests.marks "$(MARK)";) \
	if [ -z "$$DKC_TEST_DB_TEMPLATE" ]; then \
	    DKC_TEST_DB_TEMPLATE=$$($(BIN)/python -m tests.testdb create); \
	    trap '$(BIN)/python -m tests.testdb drop "$$DKC_TEST_DB_TEMPLATE"' EXIT; \
	fi; \
	export DKC_TEST_DB_TEMPLATE; \
	set -x; \
	$(BIN)/pytest -n $(WORKERS) --dist loadfile $(if $(MARK),-m "$(MARK)") $(COVERAGE)

# Only the browser tests (Playwright driving Debian's Chromium; never `playwright install`).
e2e: install
	$(BIN)/pytest -m e2e tests/e2e

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=cms.settings.test

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Benchmarks print figures; they never fail a build. bench_registration, bench_search and
# bench_pages need PostgreSQL (DATABASE_URL=postgres://...; each makes and drops its own scratch
# database) and skip on SQLite; bench_search and bench_pages write their tables to
# bench/results/ (committed). bench_pages serves the site with gunicorn and loads it with wrk
# (`apt-get install wrk`; without it, that part is skipped). Not part of CI.
bench: install
	$(BIN)/python bench/bench_media.py
	$(BIN)/python bench/bench_registration.py
	$(BIN)/python bench/bench_search.py
	$(BIN)/python bench/bench_pages.py

# Rewrites the dependency table in docs/architecture.md from the code (a test checks it).
architecture: install
	$(BIN)/python -m tests.architecture

# Regenerates the interface translations; the compiled .mo files are committed.
messages: install
	$(BIN)/python manage.py makemessages -l nl -l en --ignore=.venv --ignore=staticfiles --ignore=media
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles node_modules
