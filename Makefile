# The two commands of the README, and what they need. Everything runs from a local virtualenv
# (.venv) so a fresh machine with Python 3.11 needs nothing else installed by hand.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: demo test install install-test lint neo4j-start neo4j-stop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

## Run the whole pipeline on the bundled sample article (no server needed).
demo: install
	$(BIN)/newsgraph demo

## Run the whole test suite (Neo4j and browser tests run when a server / Chromium is there;
## with CI=true they fail instead of skipping).
test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src

neo4j-start: install
	PYTHON=$(BIN)/python scripts/neo4j.sh start

neo4j-stop:
	scripts/neo4j.sh stop

clean:
	rm -rf $(VENV) newsgraph-demo newsgraph-data build dist src/*.egg-info .pytest_cache
