# The two commands a user needs: `make lab` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(CURDIR)/$(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Extra options for `make lab`, e.g.  make lab LAB_ARGS="--port 8899 --no-browser"
LAB_ARGS ?=
# Extra options for pytest, e.g.  make test PYTEST_ARGS="-k workbook"
PYTEST_ARGS ?=
# Test processes: one more than the cores, as many tests wait on servers, kernels and nbgrader
# (10m51s instead of 13m02s on 2 cores), e.g.  make test WORKERS=1
WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))

.PHONY: lab test install lint format clean help figures system-deps

help:
	@echo "make lab    - set up .venv if needed and open JupyterLab on the first lesson"
	@echo "make test   - set up .venv if needed and run the whole test suite"
	@echo "make lint   - ruff check"
	@echo "make figures - rebuild the README figures"
	@echo "make screenshots - retake the README screenshots (real JupyterLab, Voila, Chromium)"
	@echo "make clean  - remove .venv and caches"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

lab: $(STAMP)
	PATH="$(BIN):$$PATH" $(BIN)/cdkit lab $(LAB_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

system-deps:
	./scripts/system-deps.sh

test: $(STAMP) system-deps
	$(BIN)/ruff check .
	$(BIN)/mypy
	PATH="$(BIN):$$PATH" $(BIN)/python -m pytest -n $(WORKERS) --dist loadfile --durations=15 $(PYTEST_ARGS)

figures: $(STAMP)
	$(BIN)/python docs/make_figures.py

format: $(STAMP)
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# The README's screenshots: the browser tests that take them (real JupyterLab, Voilà and
# Chromium), then every readme-*.png they saved is copied to docs/screenshots/.
.PHONY: screenshots
screenshots: $(STAMP) system-deps
	rm -f test-artifacts/browser/readme-*.png
	PATH="$(BIN):$$PATH" $(BIN)/python -m pytest -q -m browser -p no:randomly \
		-k "learner_work or class_report or lesson_is_an_app or re_segments" tests/browser
	mkdir -p docs/screenshots
	rm -f docs/screenshots/*.png
	for f in test-artifacts/browser/readme-*.png; do \
		cp "$$f" "docs/screenshots/$${f##*/readme-}"; done
	@ls -l docs/screenshots
