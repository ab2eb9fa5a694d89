"""Real pages in a real browser: the built example site, opened in Debian's Chromium.

A browser that downloads itself cannot work on these machines, so Playwright
drives `/usr/bin/chromium`; `make test` installs it when missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"

# One page of every kind (template) the site has: name -> path.
TEMPLATES = {
    "home": "",
    "start-for-life": "start-for-life/",
    "services": "services/",
    "service": "services/baby-massage/",
    "venues": "venues/",
    "venue": "venues/northgate-family-hub/",
    "glossary": "glossary/",
    "you-said-we-did": "you-said-we-did/",
    "whats-on": "whats-on/",
    "calendars": "calendars/",
    "childcare": "childcare/",
    "accessibility": "accessibility/",
    "free-page": "privacy/",
    "404": "404.html",
}


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Debian's chromium is needed for the browser tests: apt-get install chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(params=["phone", "desktop"])
def viewport(request: pytest.FixtureRequest) -> dict[str, int]:
    return PHONE if request.param == "phone" else DESKTOP


@pytest.fixture
def page(browser, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    yield page
    context.close()
