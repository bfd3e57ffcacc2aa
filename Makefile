# Two commands set everything up on a fresh machine with only Python:
#   make repl   - create .venv if missing, install, build the index on first use, start the REPL
#   make test   - create .venv if missing, install, run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The tests need more than the REPL (pytest, pexpect, a small local language model): a user who
# only runs the REPL does not download them.
TEST_STAMP := $(VENV)/.installed-test

.PHONY: repl test eval bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,bench,llm-test]"
	touch $(TEST_STAMP)

install: $(STAMP)

repl: $(STAMP)
	$(BIN)/whosaid repl

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

eval: $(TEST_STAMP)
	$(BIN)/whosaid eval eval/dev_questions.jsonl --baseline

bench: $(TEST_STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf .whosaid .pytest_cache .cache
