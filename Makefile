# Precinct: one command sets everything up, then runs the app, the tests or the benchmarks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench reliability setup system-deps i18n i18n-update screenshots clean \
	dist dist-test

setup: $(STAMP) i18n

# Re-install whenever the project's dependencies change.
$(STAMP): pyproject.toml
	@bash tools/system-deps.sh
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Precinct needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:
	@bash tools/system-deps.sh

# Compile the Qt Linguist translations (.ts -> .qm) the app loads at run time.
i18n: $(STAMP)
	@for ts in resources/i18n/*.ts; do \
		[ -e "$$ts" ] || continue; \
		$(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done

# After changing window texts: extract them (lupdate), then compile. The .ts files are
# the only store of window chrome: translate new texts in Qt Linguist (`pyside6-linguist
# resources/i18n/precinct_kk.ts`); a test fails while one is untranslated. Words the
# core says (phases, roles, reasons, errors, CLI output) live in precinct_app/messages.
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete precinct_app/ui/*.py -ts resources/i18n/precinct_kk.ts \
		resources/i18n/precinct_ru.ts resources/i18n/precinct_en.ts
	$(MAKE) i18n

run: setup
	@bash tools/run-app.sh $(BIN)/precinct-app

lint: $(STAMP)
	$(BIN)/ruff check precinct_app tests bench tools reliability dist_tests
	$(BIN)/mypy

# Three runs: everything offscreen on SQLite, the same again with every station on a
# throwaway PostgreSQL cluster (tests/pg.py: PostgreSQL's own binaries, as the postgres
# user when root), then the real-window tests (tests/window) on a virtual screen (xcb).
test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -p no:cacheprovider --ignore=tests/window
	PRECINCT_TEST_ENGINE=postgresql PRECINCT_MACHINE_EXAMPLES=3 QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -n 2 -p no:cacheprovider --ignore=tests/window
	@command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: run tools/system-deps.sh as root (apt-get install xvfb)"; exit 1; }
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
		$(BIN)/python -m pytest -p no:cacheprovider tests/window

# On a virtual screen (xcb): the start-up and desk benches time a real window. Without
# xvfb-run they say so and fall back to offscreen. Root may drop the page cache (cold start).
bench: setup
	@if command -v xvfb-run >/dev/null; then \
		xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(BIN)/python -m bench; \
	else \
		echo "xvfb-run is missing: the window benches run offscreen (tools/system-deps.sh installs it)"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench; \
	fi

# Kills, races and damage (reliability/): a table of trials and failures; exit 1 if any
# failed. Not part of `make test`, which runs each section with a handful of trials.
# `make reliability ARGS="--only race --trials 50"` passes options through.
reliability: setup
	$(BIN)/python -m reliability $(ARGS)

# The bundle (issue 16): dist/precinct/ (both programs, one _internal/), its build id, and
# dist/precinct-<version>-<platform>.tar.gz (.zip on Windows) with its .sha256. PyInstaller
# keeps its work in build/pyinstaller, so a second build takes less time. README "Building
# the bundle".
dist: setup
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python tools/dist.py

# The archive as IT staff and a member use it: unpacked into an empty folder, no virtual
# environment, no network (root: unshare -n), on a virtual screen: the demo, a ballot, a
# protocol PDF, export and verify, an older database migrated, a newer one refused.
# Screenshots in dist/dist-test/. Not part of `make test`; builds the bundle when dist/ has none.
dist-test: setup
	@bash tools/system-deps.sh dist
	@test -d dist/precinct || $(MAKE) dist
	$(BIN)/python -m pytest -p no:cacheprovider -v -s dist_tests

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info resources/i18n/*.qm
