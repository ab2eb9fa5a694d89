"""The Start for Life offer is also the hard copy: A4, nothing cut off, no site chrome."""

from __future__ import annotations

import html as html_text
import io
import re
from pathlib import Path

from pypdf import PdfReader

A4_POINTS = (595.0, 842.0)
CONTENT_WIDTH_PX = 703  # 210mm less 2 x 12mm margins, at 96px an inch


def printed_on_a4(browser, address: str) -> tuple[str, int]:
    """A page printed to A4 by Chromium: its text with spaces collapsed, and how many sheets it takes.

    Checks on the way that nothing runs off the printable width and every sheet is A4.
    """
    context = browser.new_context(viewport={"width": CONTENT_WIDTH_PX, "height": 1000})
    page = context.new_page()
    page.goto(address)
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
    return re.sub(r"\s+", " ", " ".join(sheet.extract_text() for sheet in pdf.pages)), len(pdf.pages)


def assert_every_card_printed(html: str, text: str, heading: str) -> None:
    names = set(re.findall(rf'<{heading} class="fh-card__title"><a href="[^"]+">([^<]+)</a>', html))
    assert names, "the page lists services"
    for name in names:
        plain = re.sub(r"\s+", " ", html_text.unescape(name))
        assert plain in text, f"{name} is missing from the printed copy"


def test_start_for_life_prints_on_a4_without_chrome_or_cut_off_text(browser, site_url: str,
                                                                    example_site: Path) -> None:
    text, sheets = printed_on_a4(browser, site_url + "start-for-life/")
    assert_every_card_printed((example_site / "start-for-life" / "index.html").read_text(), text, "h4")
    for chrome in ("Skip to main content", "Give feedback about this page", "Accessibility statement", "Search"):
        assert chrome not in text
    assert sheets <= 30, f"the hard copy runs to {sheets} pages"
