"""Pages in a real browser: Debian's Chromium driven by Playwright, and axe-core run inside the page.

A browser that downloads itself cannot work on these machines, so Playwright drives `/usr/bin/chromium`;
`make test` and `make site-checks` install it when missing. The npm tools come from the tool's own
``node_modules`` (``npm ci``), whatever project is checked.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

TOOL = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
AXE = TOOL / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Debian's chromium is needed for the browser checks: apt-get install chromium"
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


def axe_violations(page) -> list[str]:
    """Run axe-core in the page with the WCAG 2.0, 2.1 and 2.2 A and AA rules; one line per failing element.

    Waits first for running transitions to end: after a scroll Material fades the tabs out, and colours
    measured halfway through a fade are neither the shown nor the hidden state.
    """
    assert AXE.exists(), "axe-core is missing: run 'npm ci' (make test and make site-checks do)"
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    page.add_script_tag(content=AXE.read_text())
    violations = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => v.nodes.map(n => v.id + ' at ' + n.target.join(' ') + ': ' + n.failureSummary)).flat()",
        WCAG_TAGS,
    )
    return violations


def requests_to_other_sites(requested: list[str], site_url: str) -> list[str]:
    """The web addresses among ``requested`` that leave the site served at ``site_url``."""
    own = urlparse(site_url).netloc
    return [url for url in requested if urlparse(url).scheme in ("http", "https") and urlparse(url).netloc != own]
