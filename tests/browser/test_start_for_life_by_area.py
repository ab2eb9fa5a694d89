"""The Start for Life offer split by area and stage, in a real browser (``split_site``: a limit of 10 services).

/start-for-life/ and an area stage page pass axe at phone and desktop widths, the index leads to the
page a parent chooses, and an area stage page prints on A4 as a hard copy for that area.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from .test_accessibility import axe_violations
from .test_print import A4_POINTS, CONTENT_WIDTH_PX

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
    context = browser.new_context(viewport={"width": CONTENT_WIDTH_PX, "height": 1000})
    page = context.new_page()
    page.goto(split_site_url + AREA_STAGE)
    page.emulate_media(media="print")
    overflowing = page.evaluate(f"""() => [...document.querySelectorAll('.fh-page *')]
        .filter(el => el.getBoundingClientRect().right > {CONTENT_WIDTH_PX} + 1)
        .map(el => el.tagName + ' ' + el.textContent.trim().slice(0, 40))""")
    assert overflowing == [], "text runs off the page"
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    context.close()

    for sheet in pdf.pages:
        width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
        assert abs(width - A4_POINTS[0]) < 2 and abs(height - A4_POINTS[1]) < 2
    text = re.sub(r"\s+", " ", " ".join(sheet.extract_text() for sheet in pdf.pages))
    html = (split_site / AREA_STAGE / "index.html").read_text()
    names = set(re.findall(r'<h3 class="fh-card__title"><a href="[^"]+">([^<]+)</a>', html))
    assert names, "the page lists services"
    for name in names:
        plain = re.sub(r"\s+", " ", name.replace("&#x27;", "'").replace("&amp;", "&"))
        assert plain in text, f"{name} is missing from the printed copy"
    assert "Start for Life in North Exampleton" in text and "Not sure what you need? Ask us" in text
    for chrome in ("Skip to main content", "Give feedback about this page", "Choose another area", "Search"):
        assert chrome not in text
    assert len(pdf.pages) <= 10, f"the hard copy runs to {len(pdf.pages)} pages"
