# Integration CMS: the everyday commands.
#
#   make run     set everything up and serve http://localhost:8000 (admin: admin / changeme)
#   make test    run the test suite (extra pytest arguments: PYTEST_ARGS="-k offers -x")
#
# Every target creates the virtual environment in .venv when it is missing and
# reinstalls requirements.txt only when that file is newer than the last install.

PYTHON ?= python3
VENV ?= .venv
HOST ?= 0.0.0.0
PORT ?= 8000
PYTEST_ARGS ?=
SUPERUSER_NAME ?= admin
SUPERUSER_EMAIL ?= admin@example.org
SUPERUSER_PASSWORD ?= changeme

BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# Touched after a successful install; Make compares its time with requirements.txt.
STAMP := $(VENV)/.requirements-installed

.DEFAULT_GOAL := help
# `make run` must migrate before it loads content and serves, even under -j.
.NOTPARALLEL:
.PHONY: help venv run serve test lint format migrate demo superuser bench clean distclean

help:
	@echo "make run        migrate, load demo content, create admin/changeme, serve on :$(PORT)"
	@echo "make test       run the tests (PYTEST_ARGS=... for extra pytest arguments)"
	@echo "make lint       ruff check, ruff format --check, manage.py check, makemigrations --check"
	@echo "make format     fix what ruff can fix and format the code"
	@echo "make migrate    apply database migrations"
	@echo "make demo       load the demo content (safe to run again)"
	@echo "make superuser  create the superuser $(SUPERUSER_NAME) unless it exists"
	@echo "make bench      run the benchmarks in bench/"
	@echo "make clean      remove caches and collected static files (keeps .venv, db, media)"
	@echo "make distclean  clean, and remove .venv too"

# --- virtual environment ---------------------------------------------------

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check --no-input -r requirements.txt
	touch $@

venv: $(STAMP)

# --- running the site ------------------------------------------------------

run: migrate demo superuser serve

serve: venv
	@echo "Serving on http://localhost:$(PORT)/ (admin: http://localhost:$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

migrate: venv
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

# Exit code 3 from the check means "no such user"; anything else is a real error.
superuser: migrate
	@if $(MANAGE) shell --no-imports -c "from django.contrib.auth import get_user_model; \
	raise SystemExit(0 if get_user_model().objects.filter(username='$(SUPERUSER_NAME)').exists() else 3)"; \
	then echo "Superuser '$(SUPERUSER_NAME)' exists."; \
	else status=$$?; [ $$status -eq 3 ] || exit $$status; \
	DJANGO_SUPERUSER_PASSWORD='$(SUPERUSER_PASSWORD)' $(MANAGE) createsuperuser --noinput \
	--username '$(SUPERUSER_NAME)' --email '$(SUPERUSER_EMAIL)' \
	&& echo "Created superuser '$(SUPERUSER_NAME)' with password '$(SUPERUSER_PASSWORD)'."; \
	fi

# --- quality -----------------------------------------------------------------

# The test settings are pinned so that an exported DJANGO_SETTINGS_MODULE
# (say, production's) cannot point the tests at another configuration.
test: venv
	$(BIN)/pytest --ds=config.settings.test $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Each bench/*.py (except _helpers.py and the like) is run from the project root.
bench: venv
	@set -e; found=0; \
	for script in bench/*.py; do \
	case "$$(basename "$$script")" in _*) continue ;; esac; \
	[ -f "$$script" ] || continue; \
	found=1; echo "== $$script"; $(BIN)/python "$$script"; \
	done; \
	[ $$found -eq 1 ] || echo "No benchmarks yet (add scripts as bench/*.py)."

# --- housekeeping --------------------------------------------------------------

clean:
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
	rm -rf .pytest_cache .ruff_cache static

distclean: clean
	rm -rf $(VENV)
