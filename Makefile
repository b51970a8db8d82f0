# Two commands do all the set-up on a fresh machine:
#   make build   install kg into .venv and build seeds/ into exports/
#   make test    install the test tools into .venv, then lint and run the tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: build test lint clean

build: $(VENV)/.installed
	$(BIN)/kg build

test: $(VENV)/.installed-dev
	$(BIN)/ruff check kg tests benchmarks scripts notebooks
	$(BIN)/ruff format --check kg tests benchmarks scripts notebooks
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check kg tests benchmarks scripts notebooks
	$(BIN)/ruff format --check kg tests benchmarks scripts notebooks

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.created pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
