"""The childcare page in a real browser: complete without JavaScript, and with it every filter,
order, "near me" and the estimate work by keyboard alone.

Expected counts and orders are worked out here in Python from the checked content, not read
from the page, so a filter that shows the wrong rows fails.
"""

from __future__ import annotations

import json
import math
import re

import pytest

from generator.build import generate
from generator.childcare.prices import all_band_prices, prices_at
from generator.childcare.rules import rules
from generator.childcare.wards import ward_centres
from generator.childcare.words import open_late, opens_early

from ..conftest import EXAMPLE_TODAY
from .conftest import DESKTOP, PHONE

PATH = "childcare/"


@pytest.fixture(scope="module")
def site(example_root):
    return generate(example_root, EXAMPLE_TODAY).site  # the content and day of the built example site


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


def tab_to(page, element_id: str, limit: int = 250) -> None:
    """Press Tab until the element has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"could not reach #{element_id} with the Tab key")


def choose(page, element_id: str, label: str) -> None:
    """Pick an option in a select with the arrow keys."""
    tab_to(page, element_id)
    page.keyboard.press("Home")
    for _ in range(60):
        if page.evaluate(f"(e => e.options[e.selectedIndex].text)(document.getElementById('{element_id}'))") == label:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"no option {label!r} in #{element_id}")


def type_into(page, element_id: str, text: str) -> None:
    tab_to(page, element_id)
    page.keyboard.type(text)
    page.keyboard.press("Enter")  # submits the form, which the script turns into an update


def status(page) -> str:
    return page.text_content("#cc-status") or ""


def shown_ids(page) -> list[str]:
    return page.eval_on_selector_all("#cc-table tbody tr:not([hidden])", "rows => rows.map(r => r.id)")


def open_page(page, site_url: str) -> None:
    page.goto(site_url + PATH)
    page.wait_for_selector("#cc-tools:not([hidden])")


def expect_shown(page, expected: list[str], total: int) -> None:
    page.wait_for_function(f"document.querySelectorAll('#cc-table tbody tr:not([hidden])').length === {len(expected)}")
    assert sorted(shown_ids(page)) == sorted(expected)
    if len(expected) == total:
        assert f"Showing all {total} settings." in status(page)
    else:
        assert f"Showing {len(expected)} of {total} settings." in status(page)


def test_complete_and_readable_without_javascript(browser, site_url: str, site) -> None:
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport, java_script_enabled=False)
        page = context.new_page()
        page.goto(site_url + PATH)
        assert not page.is_visible("#cc-tools")  # no controls that would do nothing
        rows = page.locator("#cc-table tbody tr")
        assert rows.count() == len(site.childcare)
        for setting in site.childcare.values():
            row = page.locator(f"#{setting.id}")
            assert row.is_visible()
            assert setting.name in row.inner_text()
        acorn = page.locator("#acorn-day-nursery-oakwood").inner_text()
        assert "£7.40" in acorn and "£72.50" in acorn
        if viewport is PHONE:
            # Column names are shown in each block on a phone (drawn by CSS next to each value).
            labels = page.eval_on_selector_all(
                "#acorn-day-nursery-oakwood td", "cells => cells.map(c => getComputedStyle(c, '::before').content)")
            assert any("Price of one hour" in label for label in labels)
            assert any("Price of a full day" in label for label in labels)
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        if viewport is PHONE:
            # Each block, and the setting's name inside it, uses the width of the screen.
            widths = page.eval_on_selector("#acorn-day-nursery-oakwood", "r => [r.getBoundingClientRect().width, "
                                           "r.cells[0].getBoundingClientRect().width]")
            assert widths[0] >= 330 and widths[1] >= widths[0] - 20
        assert page.get_by_role("heading", name="Help paying for childcare").is_visible()
        context.close()


def test_no_sideways_scrolling_at_375px_with_javascript(phone, site_url: str) -> None:
    open_page(phone, site_url)
    # Shown as blocks, the table keeps its meaning for screen readers through explicit roles.
    roles = phone.evaluate("['#cc-table', '#cc-table tbody tr', '#cc-table tbody th', '#cc-table tbody td']"
                           ".map(s => document.querySelector(s).getAttribute('role'))")
    assert roles == ["table", "row", "rowheader", "cell"]
    choose(phone, "cc-near", "Castle")  # adds a distance line to every row
    phone.wait_for_function("document.getElementById('cc-status').textContent.includes('nearest first')")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for row in phone.locator("#cc-table tbody tr").all()[:5]:
        block, name = row.evaluate("r => [r.getBoundingClientRect().width, r.cells[0].getBoundingClientRect().width]")
        assert block >= 330 and name >= block - 20


def test_each_filter_by_keyboard(phone, site_url: str, site) -> None:
    settings = list(site.childcare.values())
    total = len(settings)
    cases = [
        ("cc-area", "North Exampleton", lambda s: s.area == "North Exampleton"),
        ("cc-type", "Childminder", lambda s: s.type == "childminder"),
        ("cc-age", "2 years old", lambda s: s.ages.from_months <= 35 and s.ages.to_months >= 24),
        ("cc-funded", _two_year_olds().name, lambda s: s.funded_hours.two_year_olds),
    ]
    for element_id, label, keep in cases:
        open_page(phone, site_url)
        choose(phone, element_id, label)
        expect_shown(phone, [s.id for s in settings if keep(s)], total)
    checks = [
        ("cc-early", opens_early),
        ("cc-late", open_late),
        ("cc-allyear", lambda s: not s.term_time_only),
        ("cc-send", lambda s: s.send_support),
    ]
    for element_id, keep in checks:
        open_page(phone, site_url)
        tab_to(phone, element_id)
        phone.keyboard.press("Space")
        expect_shown(phone, [s.id for s in settings if keep(s)], total)


def test_maximum_price_uses_the_price_for_the_chosen_age(phone, site_url: str, site) -> None:
    settings = list(site.childcare.values())

    def cheap_enough(setting, limit: int, months: int | None) -> bool:
        if not setting.fees:
            return True  # funded hours only: nothing to pay an hour
        if months is None:
            hours = [b.hour for b in all_band_prices(setting) if b.hour is not None]
            return bool(hours) and min(hours) <= limit
        prices = prices_at(setting, months)
        return prices is not None and prices.hour is not None and prices.hour <= limit

    open_page(phone, site_url)
    type_into(phone, "cc-max", "6.50")
    expect_shown(phone, [s.id for s in settings if cheap_enough(s, 650, None)], len(settings))
    choose(phone, "cc-age", "3 years old")
    in_age = [s for s in settings if s.ages.from_months <= 47 and s.ages.to_months >= 36]
    expect_shown(phone, [s.id for s in in_age if cheap_enough(s, 650, 42)], len(settings))
    # "Clear all" puts every setting back, in name order.
    tab_to(phone, "cc-reset")
    phone.keyboard.press("Enter")
    expect_shown(phone, list(site.childcare), len(settings))
    assert shown_ids(phone) == list(site.childcare)


def test_order_by_price_of_one_hour_and_of_a_full_day(phone, site_url: str, site) -> None:
    settings = list(site.childcare.values())
    for label, key in (("Price of one hour, lowest first", "hour"), ("Price of a full day, lowest first", "day")):
        open_page(phone, site_url)
        choose(phone, "cc-age", "2 years old")
        choose(phone, "cc-sort", label)
        phone.wait_for_function("document.getElementById('cc-status').textContent.includes('lowest first')")
        in_age = [s for s in settings if s.ages.from_months <= 35 and s.ages.to_months >= 24]

        def figure(setting, key=key):
            prices = prices_at(setting, 30)
            return getattr(prices, key) if prices else None

        index = list(site.childcare)  # name order breaks ties, as on the page
        expected = sorted(in_age, key=lambda s: (figure(s) is None, figure(s) or 0, index.index(s.id)))
        assert shown_ids(phone) == [s.id for s in expected]
        assert phone.text_content("#cc-order") == f"Listed by {label[0].lower()}{label[1:]}."


def _miles(lat1, lon1, lat2, lon2) -> float:
    rad = math.pi / 180
    a = (math.sin((lat2 - lat1) * rad / 2) ** 2
         + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin((lon2 - lon1) * rad / 2) ** 2)
    return 3958.8 * 2 * math.asin(math.sqrt(a))


def _nearest_first(site, lat: float, lon: float) -> list[str]:
    index = list(site.childcare)
    return [s.id for s in sorted(site.childcare.values(), key=lambda s: (
        _miles(lat, lon, s.coordinates.latitude, s.coordinates.longitude), index.index(s.id)))]


def test_near_me_from_a_ward_by_keyboard(phone, site_url: str, site) -> None:
    centre = next(c for c in ward_centres(site) if c.name == "Hollybank")
    open_page(phone, site_url)
    choose(phone, "cc-near", "Hollybank")
    phone.wait_for_function("document.getElementById('cc-status').textContent.includes('nearest first')")
    assert shown_ids(phone) == _nearest_first(site, centre.latitude, centre.longitude)
    first = phone.locator("#cc-table tbody tr").first.locator(".cc-distance").inner_text()
    assert re.fullmatch(r"\d+\.\d miles from the middle of Hollybank", first)


def test_near_me_from_the_devices_location_by_keyboard(browser, site_url: str, site) -> None:
    here = {"latitude": 52.4489, "longitude": -1.9105}  # Oakwood, in the north of the borough
    context = browser.new_context(viewport=PHONE, geolocation=here)
    context.grant_permissions(["geolocation"])
    page = context.new_page()
    open_page(page, site_url)
    tab_to(page, "cc-locate")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('cc-status').textContent.includes('nearest first')")
    assert shown_ids(page) == _nearest_first(site, here["latitude"], here["longitude"])
    assert page.locator("#cc-table tbody tr").first.locator(".cc-distance").inner_text().endswith("miles from you")
    context.close()


def _two_year_olds():
    return next(e for e in rules().entitlements if e.key == "two_year_olds")


def ask_for_estimates(phone, site_url: str, entitlement: str) -> None:
    """Fill in the estimate by keyboard: a child of 2 years 6 months, 20 hours over 2 days, ``entitlement``."""
    open_page(phone, site_url)
    type_into(phone, "cc-years", "2")
    type_into(phone, "cc-months", "6")
    type_into(phone, "cc-hours", "20")
    tab_to(phone, "cc-days")
    phone.keyboard.press("Control+A")
    phone.keyboard.type("2")
    choose(phone, "cc-entitlement", entitlement)


def test_estimate_by_keyboard(phone, site_url: str, site) -> None:
    two = _two_year_olds()
    assert two.hours_a_week == 15 and two.from_months <= 30 <= two.to_months  # the sums below are for these
    ask_for_estimates(phone, site_url, two.name)
    choose(phone, "cc-sort", "Estimated weekly cost, lowest first")
    phone.wait_for_function("document.getElementById('cc-status').textContent.includes('estimated weekly cost')")
    assert "Each setting's row shows its estimated weekly cost." in status(phone)

    def estimate(setting_id: str) -> str:
        return phone.locator(f"#{setting_id} .cc-est").inner_text()

    # Acorn offers the 2 year old hours: 20 - 15 = 5 paid hours x £7.40 = £37.00,
    # plus compulsory meals £4.50 a day x 2 days = £9.00: £46.00.
    assert estimate("acorn-day-nursery-oakwood") == "Estimated weekly cost: £46.00 after 15 funded hours"
    # Kingsway Methodist Pre-school does not offer them: 20 x £5.75 = £115.00 (its lunch is optional).
    assert estimate("kingsway-preschool") == ("Estimated weekly cost: £115.00: this setting does not offer "
                                              "your funded hours")
    # Northgate Primary's nursery class takes children from 3.
    assert estimate("northgate-primary-nursery") == "Does not take children of this age"
    # Riverside Pre-school: 5 paid hours x £6.20 = £31.00, no compulsory charges.
    assert estimate("riverside-preschool") == "Estimated weekly cost: £31.00 after 15 funded hours"
    ordered = [row for row in shown_ids(phone)]
    costs = [phone.evaluate(f"document.getElementById('{i}').querySelector('.cc-est').textContent") for i in ordered]
    pounds = [float(re.search(r"£([\d,]+\.\d\d)", c).group(1).replace(",", "")) for c in costs if "£" in c]
    assert pounds == sorted(pounds) and len(pounds) > 10
    assert all("£" not in c for c in costs[len(pounds):])  # settings without an estimate come last


def test_the_estimate_takes_its_hours_and_ages_from_the_rules_the_page_carries(phone, site_url: str) -> None:
    """The script keeps no hours of its own: with other rules in the page's #cc-rules, it uses those."""
    two = _two_year_olds()

    def other_rules(route) -> None:
        response = route.fetch()
        html = response.text()
        found = re.search(r'<script type="application/json" id="cc-rules">(.*?)</script>', html)
        carried = json.loads(found.group(1))
        carried["entitlements"][two.filter].update(hours=10, name="10 hours for test families")
        route.fulfill(response=response, body=html[:found.start(1)] + json.dumps(carried) + html[found.end(1):])

    phone.route(site_url + PATH, other_rules)
    ask_for_estimates(phone, site_url, two.name)
    phone.wait_for_function("document.querySelector('#acorn-day-nursery-oakwood .cc-est') !== null && "
                            "document.querySelector('#acorn-day-nursery-oakwood .cc-est').textContent.includes('10')")
    # 20 - 10 = 10 paid hours x £7.40 = £74.00, plus compulsory meals £4.50 a day x 2 days = £9.00: £83.00.
    assert phone.locator("#acorn-day-nursery-oakwood .cc-est").inner_text() == (
        "Estimated weekly cost: £83.00 after 10 funded hours")
    # A child older than the ages the hours are for: the note names them as the page's rules do.
    type_into(phone, "cc-years", str(two.to_months // 12 + 1))
    phone.wait_for_function("document.getElementById('cc-status').textContent.includes('not for a child')")
    assert ("The 10 hours for test families are not for a child of this age, so the estimates do not take them "
            "off.") in status(phone)


def test_childcare_page_passes_the_checks_every_page_gets(page, site_url: str) -> None:
    """The site-wide checks (no outside requests, skip and feedback links, axe, visible focus), here
    for this page with its controls showing and estimates and distances in the rows."""
    from urllib.parse import urlparse

    from site_checks.browser import axe_violations

    from .test_keyboard import FOCUS_STATE

    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_page(page, site_url)
    page.wait_for_load_state("networkidle")
    own = urlparse(site_url).netloc
    assert [u for u in requested if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != own] == []
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    assert page.get_by_role("link", name="Give feedback about this page").count() == 1
    page.select_option("#cc-near", "Castle")
    page.fill("#cc-years", "3")
    page.fill("#cc-hours", "25")
    page.wait_for_function("document.querySelector('#cc-table .cc-est') !== null")
    assert axe_violations(page) == []
    page.evaluate("window.scrollTo(0, 0); document.querySelector('.fh-skip').focus()")  # start at the top
    seen = set()
    for _ in range(90):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state is None or state["height"] == 0:
            continue
        seen.add(page.evaluate("document.activeElement.id"))
        assert state["visible"], f"no visible focus on {state['label']!r}"
        if not state["inHeader"]:
            assert state["top"] >= state["headerBottom"] - 1, f"{state['label']!r} is hidden under the header"
    assert {"cc-area", "cc-max", "cc-send", "cc-sort", "cc-locate", "cc-years", "cc-entitlement", "cc-reset"} <= seen
