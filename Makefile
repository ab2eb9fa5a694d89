# Two commands a new team member needs: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FONT_SUBSETTER := /usr/share/doc/libharfbuzz-subset0
PRINT_FONT := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
# Material prints a notice about its successor on every build; it is not about this project.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test site-checks serve check check-to-publish clean review schemas bench new

# Set up the virtual environment once, and again when the dependencies change. The printed materials'
# WeasyPrint needs Debian's Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0), which the CI image has,
# and Debian's font subsetter from HarfBuzz, installed below.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

check: $(STAMP)
	$(BIN)/python -m generator check

# The check before the site goes to families (the publishing workflow runs it): as `check`, and a draft
# accessibility statement or privacy notice is an error on a council's own site.
check-to-publish: $(STAMP)
	$(BIN)/python -m generator check --publishing

# Records whose last_reviewed date is due (or due within DAYS days), by owner.
DAYS ?= 60
review: $(STAMP)
	$(BIN)/python -m generator review --within-days $(DAYS)

# A new council's project beside this one: make new DIR=../our-family-hubs COUNCIL="Northshire Council"
# (and SITE_URL=https://... when the address is known). EDITING.md starts with what to do next.
new: $(STAMP)
	@test -n "$(DIR)" -a -n "$(COUNCIL)" || { echo 'Say where and for whom: make new DIR=../our-family-hubs COUNCIL="Northshire Council"'; exit 2; }
	$(BIN)/python -m generator new "$(DIR)" --council "$(COUNCIL)" $(if $(SITE_URL),--site-url "$(SITE_URL)")

# Rewrite the JSON Schemas in schemas/ and .vscode/settings.json after a model changes.
schemas: $(STAMP)
	$(BIN)/python -m generator schemas

# Build into a fresh folder and swap it in only when the build succeeded,
# so a failed build leaves the previously published site untouched.
# `publish` (generator/publish.py) moves the build into .site-builds/ and points
# the link `site` at it with one rename, so site/ is always the whole old or the
# whole new site, even if this is interrupted. It is part of the generator, so a
# fresh machine needs nothing more than before.
site: check $(FONT_SUBSETTER) $(PRINT_FONT)
	rm -rf .site-new
	$(BIN)/mkdocs build --strict --site-dir .site-new
	$(BIN)/python -m generator publish .site-new --site site
	@echo "The site is in site/. Open site/index.html, or run 'make serve' for a live preview."

serve: $(STAMP)
	$(BIN)/mkdocs serve

# WeasyPrint cuts the fonts each PDF embeds down to the letters it uses with HarfBuzz's subsetter, several
# times faster than its fallback (a county's PDFs take about a quarter longer without it); the typeface is DejaVu
# Sans (templates/print/print.css), embedded in each. Both are installed when missing, with Debian's apt as
# root (as CI runs); where that cannot be done the PDFs are still made, more slowly or in another typeface.
$(FONT_SUBSETTER):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libharfbuzz-subset0 \
	  || echo "Could not install libharfbuzz-subset0: the PDFs will take longer to make."

$(PRINT_FONT):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core \
	  || echo "Could not install fonts-dejavu-core: the PDFs will use another typeface."

# Browser tests drive Debian's Chromium; install it when missing (CI runs as root).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

# The Nu HTML Checker runs on Java.
JAVA := /usr/bin/java
$(JAVA):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless

# Test tools from npm (axe-core, the Nu HTML Checker), exactly as the lock file says.
NODE_TOOLS := node_modules/.package-lock.json
$(NODE_TOOLS): package.json package-lock.json
	npm ci --no-audit --no-fund

# The tool's own tests, on fixtures under tests/: they pass whatever content/ and timetable/ hold.
test: $(STAMP) $(FONT_SUBSETTER) $(PRINT_FONT) $(CHROMIUM) $(JAVA) $(NODE_TOOLS)
	$(BIN)/python -m pytest

# The checks that judge this council's site, on what content/ and timetable/ hold (site_checks/): the
# content check, a strict build, axe-core and outside requests on one page of every kind at 375 and
# 1280 px, LinkChecker and the Nu HTML Checker on every page, every calendar feed read back.
site-checks: $(STAMP) $(FONT_SUBSETTER) $(PRINT_FONT) $(CHROMIUM) $(JAVA) $(NODE_TOOLS)
	$(BIN)/python -m pytest site_checks

# Build synthetic samples (borough, county-half, county) and print build time, memory and page weights.
bench: $(STAMP) $(FONT_SUBSETTER) $(PRINT_FONT)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf site .site-new .site-builds $(VENV) .pytest_cache .hypothesis
