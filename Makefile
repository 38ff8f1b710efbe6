# `make run` and `make test` work on a fresh clone: both install into .venv first.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared

export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1
export PREFECT_LOGGING_LEVEL ?= WARNING
export PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED ?= false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120

.PHONY: install browser run test eval models clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/findings run corpus --out outputs

test: $(STAMP) browser
	$(BIN)/pytest -q

# The end-to-end review test drives Debian's Chromium through Playwright (tests/e2e); CI runs as root.
CHROMIUM := /usr/bin/chromium

browser: $(CHROMIUM)

$(CHROMIUM):
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium

eval: $(STAMP)
	$(BIN)/findings eval --corpus $(SHARED)/corpus $(SHARED)/corpus_en $(SHARED)/corpus_de \
		--gold $(SHARED)/gold/seeds.jsonl $(SHARED)/gold/dev_en.jsonl $(SHARED)/gold/dev_de.jsonl

# Retrain the German and English pipelines from the treebanks in ../shared/ud into models/
# (both languages side by side, one core each; about 40 minutes). See models/README.md.
models: $(STAMP)
	$(BIN)/python models/train.py --ud $(SHARED)/ud

clean:
	rm -rf $(VENV) .prefect .prefect-test outputs/findings.* outputs/findings_reviewed.* outputs/rejected.csv outputs/report.html
