# One command surface: the README, CI and developers all go through these targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# the rules precompiled into the package (tipbrief.indicators.rules.prebuild), rebuilt when the rules change
PREBUILT := src/tipbrief/indicators/rules/prebuilt/.built

.DEFAULT_GOAL := help
.PHONY: help briefing lab test test-fast lint benchmark system-deps quarto clean messages

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# Installs the package with Jupyter, the venv's own python3 kernel, and tipbrief's Jupyter server
# config (saves strip outputs, findings render with quotes) for every Jupyter server of the venv, and the rules
# precompiled into the package (tipbrief.indicators.rules.prebuild: a first command does not compile them).
$(STAMP): pyproject.toml jupyter_server_config.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (ipykernel)" >/dev/null
	mkdir -p $(VENV)/etc/jupyter/jupyter_server_config.d
	cp jupyter_server_config.json $(VENV)/etc/jupyter/jupyter_server_config.d/tipbrief.json
	touch $(STAMP)
	$(BIN)/python -m tipbrief.indicators.rules.prebuild

$(PREBUILT): $(STAMP) $(wildcard src/tipbrief/indicators/*.py src/tipbrief/indicators/rules/*.py src/tipbrief/indicators/rules/*.yml)
	$(BIN)/python -m tipbrief.indicators.rules.prebuild

briefing: $(STAMP) $(PREBUILT) ## build the briefing (HTML + PDF) from seeds/
	$(BIN)/tipbrief build

lab: $(STAMP) ## open JupyterLab on notebooks/ with the project's kernel (saves keep no outputs)
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks $$([ "$$(id -u)" = 0 ] && echo --allow-root)

system-deps: ## install the browser and PDF tools the tests use (Debian, as root)
	@if ! command -v chromium >/dev/null || ! command -v pdftoppm >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; \
	  else \
	    echo "tipbrief: tests need Debian packages chromium and poppler-utils: sudo apt-get install chromium poppler-utils" >&2; exit 1; \
	  fi; \
	fi

# The team's shared folder sits beside the main checkout (../shared) or beside the worktrees' folder (../../shared).
QUARTO_INSTALLER ?= $(firstword $(wildcard ../shared/quarto/offline/install-quarto.sh \
                      ../../shared/quarto/offline/install-quarto.sh) ../shared/quarto/offline/install-quarto.sh)

quarto: ## install Quarto into .quarto-cli/ (offline installer of this team's machines), else say how
	@if [ -x .quarto-cli/bin/quarto ]; then \
	  echo "quarto $$(.quarto-cli/bin/quarto --version) in .quarto-cli/bin"; \
	elif [ -f $(QUARTO_INSTALLER) ]; then \
	  bash $(QUARTO_INSTALLER) $(CURDIR)/.quarto-cli >.quarto-cli.log 2>&1 \
	    || { echo "tipbrief: installing Quarto failed, see .quarto-cli.log" >&2; exit 1; }; \
	  echo "quarto $$(.quarto-cli/bin/quarto --version) installed in .quarto-cli/bin"; \
	elif command -v quarto >/dev/null; then \
	  echo "quarto $$(quarto --version) on PATH"; \
	else \
	  echo "tipbrief: Quarto not installed (optional; its tests are skipped): get it from https://quarto.org/docs/get-started/ or conda-forge 'quarto'"; \
	fi

# Bytecode is kept even where the environment says not to write it (PYTHONDONTWRITEBYTECODE): otherwise both pytest
# workers rewrite every test module's asserts on every run, not only the first after a change.
test: $(STAMP) system-deps quarto ## run lint and the whole test suite (both engines)
	$(BIN)/ruff check src tests benchmarks
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n 2 --durations=10

test-fast: $(STAMP) ## lint and every test but those marked slow (most end-to-end runs): the loop while editing
	$(BIN)/ruff check src tests benchmarks
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n 2 -m "not slow" --durations=5

lint: $(STAMP) ## ruff
	$(BIN)/ruff check src tests benchmarks

messages: $(STAMP) ## sync the Russian catalogue with the code (new messages come in untranslated: translate them)
	mkdir -p _build
	$(BIN)/pybabel extract -F babel.cfg -k Nn_:1,2 --no-location --omit-header -o _build/messages.pot .
	$(BIN)/pybabel update -i _build/messages.pot -d src/tipbrief/locale -D tipbrief -l ru -w 120 \
		--no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date

benchmark: $(STAMP) $(PREBUILT) ## print speed and memory figures
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## remove build outputs (never seeds/ or editions/)
	rm -rf _build _output .quarto
