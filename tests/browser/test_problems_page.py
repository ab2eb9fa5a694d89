"""The problems `mkdocs serve` shows, in Chromium on a phone: the open page turns into the problems by itself,
reads well at 375px (file names whole, nothing wider than the screen that the keyboard cannot scroll), axe finds
nothing, and the page comes back by itself at the same address after the fix."""

from __future__ import annotations

import os
from contextlib import closing
from pathlib import Path

from site_checks.browser import axe_violations

from ..conftest import example_project
from ..test_serve import _wait_for, serving
from .conftest import DESKTOP, PHONE

PROBLEMS = "The content has problems to fix"
# Mistakes in three files with long names, one of them in the timetable.
PLANTED = {
    "content/services/perinatal-mental-health-support.yml": ("cost: Free\n", "cost: Free\ncolour: blue\n"),
    "timetable/sessions/millbrook-primary-family-room.yml": ("day: ", "day: funday\n    old_day: "),
    "content/venues/exampleton-central-library.yml": ("opening_hours:\n",
                                                      "opening_hours:\n  someday: 09:00 to 17:00\n"),
}

# For each file name, whether any of its parts (such as "perinatal-mental-health-support.yml") is broken
# across lines: a part on more than one line has more than one box.
BROKEN_NAMES = """() => [...document.querySelectorAll('code.fh-path')].filter(code =>
    [...code.querySelectorAll('.fh-nowrap')].some(part => part.getClientRects().length > 1)
).map(code => code.textContent)"""
# Whether the page itself scrolls sideways, and whether the table's region fits or can be scrolled by keyboard.
LAYOUT = """() => {
    const region = document.querySelector('.fh-problems');
    return {
        pageWiderThanScreen: document.documentElement.scrollWidth > window.innerWidth,
        regionFits: region.scrollWidth <= region.clientWidth,
        regionFocusable: region.tabIndex === 0,
        regionName: region.getAttribute('role') + ': ' + document.getElementById(
            region.getAttribute('aria-labelledby')).textContent,
    };
}"""


def test_problems_page_on_a_phone(browser, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    with serving(project) as (home, server), closing(browser.new_context(viewport=PHONE)) as context:
        service_page = home + "services/baby-massage/"
        _wait_for(service_page, "<h1>Baby massage</h1>")
        page = context.new_page()
        page.goto(service_page)
        page.wait_for_load_state("load")  # never "networkidle": the reload script keeps a request open
        originals = {name: (project / name).read_text() for name in PLANTED}
        for name, (old, new) in PLANTED.items():
            assert old in originals[name]
            (project / name).write_text(originals[name].replace(old, new, 1))

        # The open page reloads itself with the problems, at its own address.
        # While the page reloads there is a moment with no body yet.
        page.wait_for_function(f"() => document.body && document.body.innerText.includes({PROBLEMS!r})",
                               timeout=90_000)
        page.wait_for_function("() => document.querySelectorAll('.fh-problems tbody tr').length >= 3",
                               timeout=30_000)
        page.wait_for_load_state("load")  # never "networkidle": the reload script keeps a request open
        assert page.url == service_page
        names = page.eval_on_selector_all("code.fh-path", "codes => codes.map(c => c.textContent)")
        assert set(PLANTED) <= set(names)

        for viewport in (PHONE, DESKTOP):
            # A fresh page at each width: Material's search box slides off to the side for a moment
            # when a phone-width page is widened, which no family's screen does.
            fresh = browser.new_page(viewport=viewport)
            fresh.goto(service_page)
            fresh.wait_for_load_state("load")
            assert fresh.evaluate(BROKEN_NAMES) == [], f"a file name broken mid-name at {viewport['width']}px"
            layout = fresh.evaluate(LAYOUT)
            assert not layout["pageWiderThanScreen"], (viewport, layout)
            assert layout["regionFits"] or layout["regionFocusable"]
            assert layout["regionFocusable"] and layout["regionName"] == "region: Problems, by file and line"
            assert axe_violations(fresh) == []
            fresh.close()
        if os.environ.get("FH_SCREENSHOTS"):
            page.screenshot(path=str(Path(os.environ["FH_SCREENSHOTS"]) / "problems-375.png"), full_page=True)

        for name, text in originals.items():
            (project / name).write_text(text)
        # ...and comes back by itself, at the same address.
        page.wait_for_function("() => document.querySelector('h1') && "
                               "document.querySelector('h1').textContent === 'Baby massage'", timeout=90_000)
        assert page.url == service_page
        assert server.poll() is None, "the server must stay up"
