"""At county scale (4,000 weekly sessions) every What's on page is light enough for a phone's first view.

The first view of a page (HTML, CSS and JavaScript, gzipped) should stay under 100 KB. Material's CSS and
JavaScript take about 69 KB of that, so each What's on page's HTML may take 30 KB.

The county's pages are made in-process (no MkDocs build of 700 pages); each is put inside the theme's
real frame (header, navigation, footer) taken from a What's on page of the example borough built by
MkDocs, so the figure is the size of the HTML a phone would download (for the county's busiest ward
page this matched a full MkDocs build of the county to 0.1 KB).
"""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

from generator.check import load_site
from generator.context import resolve_context
from generator.sample import SCALES, write_sample
from generator.timetable.outputs import timetable_pages

LIMIT_KB = 30
# A Monday: this week and next are then 14 whole days of dated sessions, the most a page ever lists.
MONDAY = date(2026, 11, 23)
SITE_URL = "https://familyhubs.example.gov.uk/"
PAGE_START = '<div class="fh-page">'
PAGE_END = '<aside class="fh-feedback"'  # the theme's own part of the article starts here


def gzipped_kb(text: str) -> float:
    return len(gzip.compress(text.encode("utf-8"), compresslevel=6)) / 1024


def theme_frame(split_site: Path) -> tuple[str, str]:
    """The built HTML around a ward page's generated body: everything before it, and everything after."""
    built = next(p for p in sorted((split_site / "whats-on").glob("*/index.html")))
    html = built.read_text(encoding="utf-8")
    return html[:html.index(PAGE_START)], html[html.index(PAGE_END):]


def test_every_what_s_on_page_is_at_most_30_kb_gzipped_at_county_scale(tmp_path: Path, split_site: Path) -> None:
    write_sample(SCALES["county"], tmp_path)
    site = load_site(tmp_path, MONDAY)
    pages = [p for p in timetable_pages(resolve_context(site, MONDAY, SITE_URL))
             if p.url.startswith("whats-on/")]
    before, after = theme_frame(split_site)
    sizes = {}
    for page in pages:
        body = page.markdown().split("\n---\n\n", 1)[1]
        sizes[page.url] = gzipped_kb(before + body + after)
    largest = max(sizes, key=sizes.get)
    print(f"\n{len(sizes)} What's on pages for {len(site.timetable.sessions)} sessions; largest {largest}: "
          f"{sizes[largest]:.1f} KB gzipped; the index: {sizes['whats-on/']:.1f} KB")
    assert len(pages) > 30  # split into one page per ward
    assert sizes[largest] <= LIMIT_KB, {url: round(kb, 1) for url, kb in sizes.items() if kb > LIMIT_KB}
