"""The Start for Life offer split by area and stage, in a real browser (``split_site``: a limit of 10 services).

/start-for-life/ and an area stage page pass axe at phone and desktop widths, the index leads to the
page a parent chooses, and an area stage page prints on A4 as a hard copy for that area.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from site_checks.browser import axe_violations

from .test_print import assert_every_card_printed, printed_on_a4

INDEX = "start-for-life/"
AREA_STAGE = "start-for-life/north-exampleton/pregnancy/"


@pytest.mark.parametrize("path", [INDEX, AREA_STAGE])
def test_no_axe_violations_on_the_index_and_an_area_stage_page(page, split_site_url: str, path: str) -> None:
    page.goto(split_site_url + path)
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_the_index_leads_to_an_area_s_stage_and_back(page, split_site_url: str, viewport) -> None:
    page.goto(split_site_url + INDEX)
    assert page.locator(".fh-card").count() == 0  # the services are on the area pages
    page.get_by_role("link", name=re.compile(r"^I'm pregnant \d+ services in North Exampleton$")).click()
    page.wait_for_load_state("networkidle")
    assert page.url == split_site_url + AREA_STAGE
    assert page.get_by_role("heading", level=1).text_content() == "I'm pregnant"
    assert page.locator(".fh-kicker").text_content() == "Start for Life in North Exampleton"
    stages = page.get_by_role("navigation", name="Stages in North Exampleton")
    assert stages.get_by_role("link", name="Pregnancy").get_attribute("aria-current") == "page"
    box = stages.get_by_role("link", name="Under 1").bounding_box()
    assert box["height"] >= 44  # a target for a thumb
    if viewport["width"] < 500:  # the stages' short names sit two to a row on a phone
        assert stages.locator("li").nth(1).bounding_box()["y"] == stages.locator("li").nth(0).bounding_box()["y"]
    stages.get_by_role("link", name="Choose another area").click()
    page.wait_for_load_state("networkidle")
    assert page.url == split_site_url + INDEX


def test_an_area_stage_page_prints_on_a4_without_chrome_or_cut_off_text(browser, split_site_url: str,
                                                                       split_site: Path) -> None:
    text, sheets = printed_on_a4(browser, split_site_url + AREA_STAGE)
    assert_every_card_printed((split_site / AREA_STAGE / "index.html").read_text(), text, "h3")
    assert "Start for Life in North Exampleton" in text and "Not sure what you need? Ask us" in text
    for chrome in ("Skip to main content", "Give feedback about this page", "Choose another area", "Search"):
        assert chrome not in text
    assert sheets <= 10, f"the hard copy runs to {sheets} pages"
