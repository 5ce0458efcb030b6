# Two commands set up everything on a fresh machine: `make run` and `make test` (README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
LANGS := en zh_CN es fr vi id

.PHONY: run test test-fast lint bench dist translations lupdate clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(INSTALLED)

## Open the app on a fresh demo workspace.
run: $(INSTALLED) translations
	$(VENV)/bin/score-desktop --demo

## The static checks, then the whole suite, headless (Qt offscreen).
test: $(INSTALLED) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

## ruff on everything, mypy on the Qt-free layers (both configured in pyproject.toml).
lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

## Everything but the slow tests.
test-fast: $(INSTALLED) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"

## Benchmarks: each prints one JSON object.
bench: $(INSTALLED)
	for script in bench/[!_]*.py; do echo "== $$script"; QT_QPA_PLATFORM=offscreen $(PY) $$script || exit 1; done

## The one-folder desktop build (dist/score-desktop).
dist: $(INSTALLED) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

## Compile translations/*.ts to .qm (the app loads the .qm files).
translations: $(INSTALLED)
	@for ts in translations/score_desktop_*.ts translations/qtbase_*.ts; do \
	  $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

## Refresh the .ts sources from the code (run after changing user-visible strings). English is the source
## language: its file holds only the plural forms ("1 change" / "2 changes").
lupdate: $(INSTALLED)
	$(VENV)/bin/pyside6-lupdate $$(find score_desktop -name '*.py') \
	  $(foreach lang,$(filter-out en,$(LANGS)),-ts translations/score_desktop_$(lang).ts)
	$(VENV)/bin/pyside6-lupdate -pluralonly $$(find score_desktop -name '*.py') -ts translations/score_desktop_en.ts

clean:
	rm -rf build dist .pytest_cache
