# Two entry points for a fresh machine with Python 3.11:
#   make demo  - ingest the example corpus into the embedded Ladybug store (data/ladybug/),
#                write the explorer, serve the API; `actorgraph query` answers Cypher beside it
#   make test  - lint, type-check, score the seed eval (when ../shared/eval exists), fetch
#                Neo4j 5.26 for the Neo4j tests (Maven, cached in ~/.m2), run the test suite
# Both create (or reuse) .venv and install the project with its pinned dependencies.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test install lint eval browser neo4j bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/actorgraph demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/python scripts/run_eval.py

browser:
	scripts/ensure_chromium.sh

# Fetch Neo4j 5.26 (neo4j-harness, Maven Central -> ~/.m2) and compile the test launcher.
neo4j: $(STAMP)
	$(BIN)/python scripts/neo4j_server.py --build-only

test: lint eval browser neo4j
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
