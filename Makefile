# redact: make demo | make test | make test-slow | make setup | make lint | make bench | make model | make bundle | make bundle-check | make deb
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# Qt's X11 platform plugin (the GUI under Xvfb) needs the libxcb-* and libxkbcommon-x11 libraries.
APT_PACKAGES := libreoffice-writer-nogui tesseract-ocr tesseract-ocr-dan tesseract-ocr-nor tesseract-ocr-swe \
	hunspell-da hunspell-no hunspell-sv \
	xvfb xauth xdotool fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup system-packages demo test test-slow lint pictures bench precision bench-languages model clean bundle bundle-check deb

setup: $(STAMP)

# System packages: LibreOffice converts Word files, Tesseract reads scans, Xvfb runs the GUI headless.
system-packages:
	@if command -v apt-get >/dev/null 2>&1; then \
		missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		$(PYTHON) -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
		if [ -n "$$missing" ]; then \
			echo "Installing system packages:$$missing"; \
			$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
		fi; \
	else echo "Not a Debian/Ubuntu system: install LibreOffice and Tesseract (dan, nor, swe) yourself."; fi

$(STAMP): pyproject.toml constraints.txt
	@$(MAKE) --no-print-directory system-packages
	@# A .venv without a working pip is half-made (an interrupted setup, or venv without ensurepip): rebuild it.
	@if [ -d $(VENV) ] && ! $(BIN)/python -m pip --version >/dev/null 2>&1; then \
		echo "$(VENV) is incomplete: rebuilding it"; rm -rf $(VENV); fi
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[gui,dev]'
	@touch $(STAMP)

demo: $(STAMP)
	rm -rf demo-out
	$(BIN)/redact batch examples/sag --out demo-out --keep-list examples/medarbejdere.txt --auto-accept
	@echo
	@echo "Til udlevering (redigerede, kontrollerede PDF'er): $(CURDIR)/demo-out/udlevering"
	@echo "Arbejdsfiler, må aldrig udleveres: demo-out/sag.redact, demo-out/sag-log.jsonl, demo-out/sag-filer/ (rapport: demo-out/report.json)"

# The suite with a coverage report, in two processes (pytest-xdist; coverage is combined over them);
# it fails under the floor in pyproject.toml ([tool.coverage.report]).
# The 200-page scan (marker very_slow) is left to `make test-slow`, which CI runs as well.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 -m "not very_slow" --cov=redact --cov-report=term:skip-covered

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m very_slow

# The README's pictures of the app, made by driving it on Xvfb with real input events
# (tests/e2e/drive.py) over the bundled example: review, search dialog, a page of samlet.pdf.
pictures: $(STAMP)
	rm -rf /tmp/redact-pictures
	$(BIN)/redact batch examples/sag --out /tmp/redact-pictures --keep-list examples/medarbejdere.txt
	QT_QPA_PLATFORM=xcb PYTHONPATH=src:. xvfb-run -a -s "-screen 0 1600x1000x24" \
		$(BIN)/python tests/e2e/drive.py /tmp/redact-pictures /tmp/redact-pictures/drive.json --pictures docs/img
	# the app in bokmål and Swedish on the invented Norwegian and Swedish example letters
	for lang in nb sv; do \
		rm -rf /tmp/redact-pictures-$$lang; \
		$(BIN)/redact batch examples/$$([ $$lang = nb ] && echo sak-nb || echo arende-sv) --out /tmp/redact-pictures-$$lang; \
		REDACT_LANG=$$lang QT_QPA_PLATFORM=offscreen $(BIN)/redact gui --screenshot docs/img/gui-$$lang.png /tmp/redact-pictures-$$lang; \
	done

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

clean:
	rm -rf demo-out build dist .pytest_cache .mypy_cache .ruff_cache .coverage
	@echo "Kept: $(VENV) (the Python environment; rm -rf $(VENV) to rebuild it), models/ (the shipped NER model),"
	@echo "      and the system packages. Removed: demo-out build dist, the tool caches and .coverage."

# Retrains the shipped NER models from ../shared/data: Danish (about 10 minutes on one core), then
# Norwegian bokmål + nynorsk and Swedish (about 45 minutes each on a shared core); fixed seeds,
# then measures the whole person detector (model + name lists + rules + consistency).
model: $(STAMP)
	$(BIN)/python training/train.py
	$(BIN)/python training/evaluate_person.py --json models/da_redact_ner/person_detector.json
	$(BIN)/python training/train.py --lang nb --max-steps 2000
	$(BIN)/python training/train.py --lang sv --max-steps 1750

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/bench_app.py
	$(BIN)/python benchmarks/bench_ocr.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_languages.py
	$(BIN)/python benchmarks/bench_leaks.py

# Proposals per 1,000 words, how many are right, and recall, on the annotated corpora in ../shared/corpus
# (the development corpus and the real published texts); prints figures, asserts nothing.
precision: $(STAMP)
	$(BIN)/python benchmarks/bench_precision.py

# The acceptance figures (redact recall, keep rate, word retention) and language detection per
# language (da, no, sv) on ../shared/corpus/dev and ../shared/corpus/real; prints, asserts nothing.
bench-languages: $(STAMP)
	$(BIN)/python benchmarks/bench_languages.py

# The one-folder app for deployment (installer/redact.spec) and the Debian package built from it.
# Neither is part of `make test`: building takes minutes. Check them with
# `dist/redact/redact --selftest` and installer/linux/test-deb.sh (installs, self-tests, uninstalls).
BUNDLE_STAMP := $(VENV)/.bundle-tools
$(BUNDLE_STAMP): installer/requirements-bundle.txt $(STAMP)
	$(BIN)/python -m pip install -q -c constraints.txt -r installer/requirements-bundle.txt
	@touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	rm -rf dist/redact build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installer/redact.spec
	@echo "Bundle: $(CURDIR)/dist/redact ($$(du -sh dist/redact | cut -f1) unpacked); check it with dist/redact/redact --selftest"

# The bundle as municipal IT gets it, checked: its selftest (run outside the source tree) and a batch
# of the bundled example with two workers; CI runs it, since a package the app reads data from by
# path can be missing from the bundle while every test of the source tree passes.
bundle-check: bundle
	cd / && $(CURDIR)/dist/redact/redact --selftest
	rm -rf build/bundle-check
	dist/redact/redact batch examples/sag --out build/bundle-check --keep-list examples/medarbejdere.txt --auto-accept --jobs 2
	@echo "Bundle checked: selftest passed, $$(ls build/bundle-check/udlevering | wc -l) PDF'er til udlevering"

deb:
	@[ -x dist/redact/redact ] || $(MAKE) --no-print-directory bundle
	installer/linux/build-deb.sh dist/redact dist
