"""What's on in a real browser: readable without JavaScript, filtered by keyboard alone, shareable, no sideways
scroll."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest


def _visible_count(page, selector: str) -> int:
    script = f"Array.from(document.querySelectorAll('{selector}')).filter(e => e.offsetParent !== null).length"
    return page.evaluate(script)


def test_everything_is_there_without_javascript(browser, site_url: str, viewport) -> None:
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "whats-on/")
    total = page.locator("li[data-wo-item]").count()
    assert total > 20
    assert _visible_count(page, "li[data-wo-item]") == total
    assert _visible_count(page, "tr[data-wo-item]") == page.locator("tr[data-wo-item]").count() >= 60
    assert not page.locator("#wo-filters").is_visible()  # a form that cannot work is not shown
    assert page.get_by_text("Cancelled.", exact=True).first.is_visible()
    assert page.get_by_text("Changed on this date").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    context.close()


def test_filters_work_by_keyboard_alone_and_announce_the_count(page, site_url: str, viewport) -> None:
    page.goto(site_url + "whats-on/")
    page.wait_for_load_state("networkidle")
    status = page.locator("#wo-status")
    assert status.get_attribute("role") == "status"
    everything = status.text_content()
    assert everything.startswith("Showing ")
    for _ in range(60):  # Tab through the page until the "Time of day" choice has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "wo-time":
            break
    assert page.evaluate("document.activeElement.id") == "wo-time"
    page.keyboard.press("ArrowDown")  # the first choice after "Any"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # evening
    if page.evaluate("document.getElementById('wo-time').value") != "evening":
        page.keyboard.press("Enter")  # desktop Chromium opens the list on arrow keys in some builds
    page.wait_for_function("document.getElementById('wo-time').value === 'evening'")
    page.wait_for_function(f"document.getElementById('wo-status').textContent !== {everything!r}")
    times = page.evaluate("Array.from(document.querySelectorAll('[data-wo-item]')).filter(e => !e.hidden)"
                          ".map(e => e.dataset.time)")
    assert times and set(times) == {"evening"}
    assert parse_qs(urlparse(page.url).query) == {"time": ["evening"]}
    # Tab on to "Free sessions only" and tick it with the space bar.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "wo-free":
            break
    page.keyboard.press("Space")
    page.wait_for_function("new URLSearchParams(location.search).get('free') === 'yes'")
    assert page.evaluate("Array.from(document.querySelectorAll('[data-wo-item]')).filter(e => !e.hidden)"
                         ".every(e => e.dataset.free === 'yes' && e.dataset.time === 'evening')")
    # "Clear choices" by keyboard shows everything again.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Clear choices":
            break
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.getElementById('wo-status').textContent === {everything!r}")
    assert urlparse(page.url).query == ""


def test_a_shared_filtered_address_opens_filtered(page, site_url: str, viewport) -> None:
    page.goto(site_url + "whats-on/?stage=pregnancy&access=book")
    page.wait_for_load_state("networkidle")
    assert page.locator("#wo-stage").input_value() == "pregnancy"
    assert page.locator("#wo-access").input_value() == "book"
    shown = page.evaluate("Array.from(document.querySelectorAll('[data-wo-item]')).filter(e => !e.hidden)"
                          ".map(e => [e.tagName, e.dataset.stages, e.dataset.access])")
    assert shown and all("pregnancy" in stages.split() and access == "book" for _, stages, access in shown)
    dated = sum(1 for tag, _, _ in shown if tag == "LI")
    weekly = sum(1 for tag, _, _ in shown if tag == "TR")
    words = {1: "session"}
    expected = (f"Showing {dated} dated {words.get(dated, 'sessions')} this week and next, and {weekly} regular "
                f"weekly {words.get(weekly, 'sessions')}.")
    assert page.locator("#wo-status").text_content() == expected
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


def test_venue_page_timetable_fits_a_phone(page, site_url: str, viewport) -> None:
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.goto(site_url + "venues/northgate-family-hub/")
    page.wait_for_load_state("networkidle")
    assert failed == []  # Material's look for sitemap.xml beside the feed link finds one
    assert page.locator("#next-dates").is_visible() and page.locator("#timetable").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    copy = page.get_by_role("button", name="Copy the address")
    assert copy.is_visible()


@pytest.mark.parametrize("path", ["whats-on/", "whats-on/?time=after-school&send=yes", "calendars/",
                                  "services/stay-and-play/"])
def test_no_axe_violations_on_timetable_pages(page, site_url: str, path: str) -> None:
    from site_checks.browser import axe_violations

    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []
