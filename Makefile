# Two commands do everything on a fresh machine:
#   make demo   set up, then release, grade and report a sample class (SQLite gradebook)
#   make test   set up, then run every test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The browser test drives Debian's Chromium (never a browser downloaded by `playwright install`).
CHROMIUM := /usr/bin/chromium
BROWSER_PACKAGES := chromium fonts-dejavu-core
# The hub test (tests/test_hub.py) runs a real JupyterHub: it needs a system Python that every account can run
# (with venv) and npm for configurable-http-proxy; the grader hosts' tests need Debian's redis-server.

.PHONY: setup bytecode browser hub-packages profile-packages demo test lab clean

setup: $(VENV)/.installed bytecode browser hub-packages profile-packages node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The package's bytecode, as a regular (not editable) install compiles it: every grader, worker and kernel fork server
# imports it at start, and where PYTHONDONTWRITEBYTECODE is set (CI) it would compile the sources again each time.
# Only files newer than their bytecode are compiled again; an edited file's stale bytecode is never used.
bytecode: $(VENV)/.installed
	@$(BIN)/python -m compileall -q curriculum

# Installs Debian's Chromium for tests/test_browser.py when it is missing and we are root (as in CI);
# otherwise says how.  Without it the browser test is skipped locally and fails when CI is set.
browser:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "$(CHROMIUM) is missing: installing Debian's $(BROWSER_PACKAGES) for the browser test"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(BROWSER_PACKAGES); \
	else \
	  echo "note: $(CHROMIUM) is missing, so tests/test_browser.py will be skipped (it fails when CI is set)."; \
	  echo "      Install it with: sudo apt-get install -y --no-install-recommends $(BROWSER_PACKAGES)"; \
	fi

# axe-core (npm) checks the accessibility of the pages the package makes (tests/test_accessibility.py).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && touch $@; \
	else \
	  echo "note: npm is missing, so tests/test_accessibility.py will be skipped (it fails when CI is set)."; \
	fi

# Installs Debian's packages for the hub that are missing when we are root (as in CI); otherwise says how.
hub-packages:
	@missing=""; \
	if command -v dpkg >/dev/null 2>&1; then dpkg -s python3-venv >/dev/null 2>&1 || missing="python3-venv"; fi; \
	command -v npm >/dev/null 2>&1 || missing="$$missing nodejs npm"; \
	command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's $$missing for the hub"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else \
	  echo "note: the hub needs Debian's $$missing; tests/test_hub.py and test_grading_celery.py will be skipped (they fail when CI is set)."; \
	  echo "      Install them with: sudo apt-get install -y --no-install-recommends $$missing"; \
	fi

# Students' profiles print to PDF with WeasyPrint, which needs Debian's Pango; the profile test turns a PDF into an
# image with poppler-utils' pdftoppm to look at it.
PROFILE_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 poppler-utils
profile-packages:
	@missing=""; \
	if command -v dpkg >/dev/null 2>&1; then \
	  for p in $(PROFILE_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	fi; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's$$missing for students' profiles (PDF)"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else \
	  echo "note: profiles as PDF need Debian's$$missing; the PDF test will be skipped (it fails when CI is set)."; \
	  echo "      Install them with: sudo apt-get install -y --no-install-recommends$$missing"; \
	fi

demo: $(VENV)/.installed
	$(BIN)/python -m curriculum demo

test: setup
	$(BIN)/python -m pytest

lab: $(VENV)/.installed
	$(BIN)/jupyter lab --notebook-dir=.

clean:
	rm -rf $(VENV) demo-course build node_modules
