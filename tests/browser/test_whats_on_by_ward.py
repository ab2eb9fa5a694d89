"""What's on split by ward, in a real browser: the example borough built with a one-page limit of 20 sessions.

The index and a ward page pass axe at phone and desktop widths; a ward page works by keyboard alone and
says how many sessions it shows; without JavaScript it lists everything.
"""

from __future__ import annotations

import pytest

from site_checks.browser import axe_violations

from .test_whats_on import _visible_count

WARD = "whats-on/northgate/"  # the busiest ward in the example, with a cancelled date this week or next


@pytest.mark.parametrize("path", ["whats-on/", WARD])
def test_no_axe_violations_on_the_index_and_a_ward_page(page, split_site_url: str, path: str) -> None:
    page.goto(split_site_url + path)
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_the_index_leads_to_each_ward_s_page(page, split_site_url: str, viewport) -> None:
    page.goto(split_site_url + "whats-on/")
    wards = page.locator("ul.wo-wards a")
    assert wards.count() == 10
    assert page.locator("li[data-wo-item]").count() == 0  # the detail is on the ward pages
    page.get_by_role("link", name="Northgate", exact=True).click()
    page.wait_for_load_state("networkidle")
    assert page.url == split_site_url + WARD
    assert page.get_by_role("heading", level=1).text_content() == "What's on in Northgate"


def test_a_ward_page_lists_everything_without_javascript(browser, split_site_url: str, viewport) -> None:
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    page.goto(split_site_url + WARD)
    dated = page.locator("li[data-wo-item]").count()
    weekly = page.locator("tr[data-wo-item]").count()
    assert dated > 5 and weekly > 5
    assert _visible_count(page, "li[data-wo-item]") == dated
    assert _visible_count(page, "tr[data-wo-item]") == weekly
    assert not page.locator("#wo-filters").is_visible()
    venues = page.evaluate("Array.from(document.querySelectorAll('[data-wo-item]')).map(e => e.dataset.venue)")
    assert set(venues) == {"northgate-family-hub"}
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    context.close()


def _shown(page) -> list[dict]:
    return page.evaluate("Array.from(document.querySelectorAll('[data-wo-item]')).filter(e => !e.hidden)"
                         ".map(e => ({tag: e.tagName, stages: e.dataset.stages}))")


def test_a_ward_page_filters_by_keyboard_alone_and_says_how_many(page, split_site_url: str, viewport) -> None:
    page.goto(split_site_url + WARD)
    page.wait_for_load_state("networkidle")
    everything = page.locator("#wo-status").text_content()
    total = page.locator("[data-wo-item]").count()
    assert everything.startswith("Showing ")
    for _ in range(60):  # Tab through the page until the "Age or stage" choice has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "wo-stage":
            break
    assert page.evaluate("document.activeElement.id") == "wo-stage"
    page.keyboard.press("ArrowDown")  # the first stage after "Any": pregnancy
    if page.evaluate("document.getElementById('wo-stage').value") == "":
        page.keyboard.press("Enter")  # desktop Chromium opens the list on arrow keys in some builds
    page.wait_for_function("document.getElementById('wo-stage').value !== ''")
    stage = page.evaluate("document.getElementById('wo-stage').value")
    page.wait_for_function(f"document.getElementById('wo-status').textContent !== {everything!r}")
    shown = _shown(page)
    assert 0 < len(shown) < total
    assert all(stage in item["stages"].split() for item in shown)
    hidden = page.evaluate("Array.from(document.querySelectorAll('[data-wo-item]')).filter(e => e.hidden)"
                           ".map(e => e.dataset.stages)")
    assert hidden and all(stage not in stages.split() for stages in hidden)
    dated = sum(1 for item in shown if item["tag"] == "LI")
    weekly = sum(1 for item in shown if item["tag"] == "TR")
    words = {1: "session"}
    assert page.locator("#wo-status").text_content() == (
        f"Showing {dated} dated {words.get(dated, 'sessions')} this week and next, and {weekly} regular weekly "
        f"{words.get(weekly, 'sessions')}.")
    assert page.evaluate("new URLSearchParams(location.search).get('stage')") == stage
