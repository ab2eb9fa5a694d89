"""The childcare list split by ward (``split_site``), in a real browser: the list of wards on
/childcare/ and a ward's page pass axe at both widths, work by keyboard, and are complete
without JavaScript.

Expected rows and orders are worked out here in Python from the checked content.
"""

from __future__ import annotations

import pytest

from generator.build import generate
from generator.childcare.prices import all_band_prices
from generator.childcare.wards import ward_centres
from generator.distance import miles
from site_checks.browser import axe_violations

from ..conftest import EXAMPLE_TODAY
from .conftest import DESKTOP, PHONE
from .test_childcare_page import choose, expect_shown, shown_ids, status, tab_to

INDEX = "childcare/"
WARD = "Castle"
WARD_PAGE = "childcare/castle/"


@pytest.fixture(scope="module")
def site(example_root):
    # The same content and day as the split site: only the one-page limits differ.
    return generate(example_root, EXAMPLE_TODAY).site


def ward_settings(site) -> list:
    return [s for s in site.childcare.values() if s.ward == WARD]


@pytest.fixture
def located(browser, viewport):
    """A page in a browser that shares a location in Oakwood, in the north of the borough."""
    context = browser.new_context(viewport=viewport, geolocation={"latitude": 52.4489, "longitude": -1.9105})
    context.grant_permissions(["geolocation"])
    page = context.new_page()
    yield page
    context.close()


def test_no_axe_violations_on_the_list_of_wards(located, split_site_url: str) -> None:
    located.goto(split_site_url + INDEX)
    located.wait_for_selector("#cc-finder:not([hidden])")
    assert axe_violations(located) == []
    located.click("#cc-locate")  # and again with the nearest ward marked
    located.wait_for_selector(".cc-nearest")
    assert axe_violations(located) == []
    assert located.evaluate("document.documentElement.scrollWidth") <= located.viewport_size["width"]


def test_no_axe_violations_on_a_ward_page(page, split_site_url: str) -> None:
    page.goto(split_site_url + WARD_PAGE)
    page.wait_for_selector("#cc-tools:not([hidden])")
    page.select_option("#cc-near", WARD)
    page.fill("#cc-years", "3")
    page.fill("#cc-hours", "25")
    page.wait_for_function("document.querySelector('#cc-table .cc-est') !== null")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_a_filter_and_the_order_by_keyboard_on_a_ward_page(browser, split_site_url: str, site) -> None:
    settings = ward_settings(site)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(split_site_url + WARD_PAGE)
    page.wait_for_selector("#cc-tools:not([hidden])")
    assert page.locator("#cc-area").count() == 0  # one ward is in one area
    expect_shown(page, [s.id for s in settings], len(settings))
    choose(page, "cc-funded", "15 hours for 3 and 4 year olds")
    funded = [s for s in settings if s.funded_hours.three_and_four_year_olds]
    assert 0 < len(funded) < len(settings)
    expect_shown(page, [s.id for s in funded], len(settings))
    choose(page, "cc-sort", "Price of one hour, lowest first")
    page.wait_for_function("document.getElementById('cc-status').textContent.includes('lowest first')")

    def lowest_hour(setting):
        hours = [b.hour for b in all_band_prices(setting) if b.hour is not None]
        return min(hours) if hours else None

    index = [s.id for s in settings]  # name order breaks ties, as on the page
    expected = sorted(funded, key=lambda s: (lowest_hour(s) is None, lowest_hour(s) or 0, index.index(s.id)))
    assert shown_ids(page) == [s.id for s in expected]
    assert status(page).startswith(f"Showing {len(funded)} of {len(settings)} settings.")
    context.close()


def test_complete_without_javascript(browser, split_site_url: str, site) -> None:
    settings = ward_settings(site)
    counts = {}
    for setting in site.childcare.values():
        counts[setting.ward] = counts.get(setting.ward, 0) + 1
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport, java_script_enabled=False)
        page = context.new_page()
        page.goto(split_site_url + WARD_PAGE)
        assert not page.is_visible("#cc-tools")  # no controls that would do nothing
        assert page.locator("#cc-table tbody tr").count() == len(settings)
        for setting in settings:
            row = page.locator(f"#{setting.id}")
            assert row.is_visible() and setting.name in row.inner_text()
        assert page.get_by_role("heading", name=f"Childcare in {WARD}", exact=True).is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        page.goto(split_site_url + INDEX)
        assert not page.is_visible("#cc-locate")
        links = page.locator(".cc-ward-list a")
        assert sorted(links.all_inner_texts()) == sorted(
            f"{ward}: {n} setting{'' if n == 1 else 's'}" for ward, n in counts.items())
        page.get_by_role("link", name=f"{WARD}: {len(settings)} settings").click()
        assert page.url == split_site_url + WARD_PAGE
        context.close()


def test_use_my_location_marks_the_nearest_ward_by_keyboard(browser, split_site_url: str, site) -> None:
    here = {"latitude": 52.4489, "longitude": -1.9105}  # Oakwood's middle
    with_settings = {(s.ward, s.area) for s in site.childcare.values()}
    nearest = min((c for c in ward_centres(site) if c.key in with_settings),
                  key=lambda c: miles(here["latitude"], here["longitude"], c.latitude, c.longitude))
    context = browser.new_context(viewport=PHONE, geolocation=here)
    context.grant_permissions(["geolocation"])
    page = context.new_page()
    page.goto(split_site_url + INDEX)
    page.wait_for_selector("#cc-finder:not([hidden])")
    tab_to(page, "cc-locate")
    page.keyboard.press("Enter")
    page.wait_for_selector(".cc-nearest")
    assert page.locator(".cc-nearest a").inner_text().startswith(f"{nearest.name}: ")
    assert f"The ward nearest to you is {nearest.name}" in status(page)
    # The marked ward's link has the focus: Enter opens its page.
    page.keyboard.press("Enter")
    page.wait_for_selector("#cc-tools:not([hidden])")
    assert page.locator("h1").inner_text() == f"Childcare in {nearest.name}"
    context.close()
