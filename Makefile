# redact: make demo | make test | make setup | make lint | make bench | make model
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := libreoffice-writer-nogui tesseract-ocr tesseract-ocr-dan tesseract-ocr-nor tesseract-ocr-swe \
	xvfb xauth fonts-dejavu-core
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup system-packages demo test lint bench clean

setup: $(STAMP)

# System packages: LibreOffice converts Word files, Tesseract reads scans, Xvfb runs the GUI headless.
system-packages:
	@if command -v apt-get >/dev/null 2>&1; then \
		missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		if [ -n "$$missing" ]; then \
			echo "Installing system packages:$$missing"; \
			$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
		fi; \
	else echo "Not a Debian/Ubuntu system: install LibreOffice and Tesseract (dan, nor, swe) yourself."; fi

$(STAMP): pyproject.toml constraints.txt
	@$(MAKE) --no-print-directory system-packages
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[gui,dev]'
	@touch $(STAMP)

demo: $(STAMP)
	rm -rf demo-out
	$(BIN)/redact batch examples/sag --out demo-out --keep-list examples/medarbejdere.txt --auto-accept
	@echo
	@echo "Redigerede PDF'er: $(CURDIR)/demo-out (sagsfil demo-out/sag.redact, rapport demo-out/report.json)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf demo-out build dist .pytest_cache .mypy_cache .ruff_cache

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py
