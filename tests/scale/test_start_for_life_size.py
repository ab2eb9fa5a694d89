"""At county scale (600 services in 5 areas) every Start for Life page is light enough for a phone's first view.

As for What's on (see ``test_whats_on_size``): each page's HTML may take 30 KB gzipped, the rest of the
100 KB first view being Material's CSS and JavaScript. The county's pages are made in-process and put
inside the theme's real frame, taken from an area stage page of the split example built by MkDocs.
"""

from __future__ import annotations

from pathlib import Path

from generator.check import load_site
from generator.context import resolve_context
from generator.render.start_for_life_areas import start_for_life_pages
from generator.sample import SCALES, write_sample

from .test_whats_on_size import LIMIT_KB, MONDAY, PAGE_END, PAGE_START, gzipped_kb


def theme_frame(split_site: Path) -> tuple[str, str]:
    """The built HTML around an area stage page's generated body: everything before it, and everything after."""
    built = next(p for p in sorted((split_site / "start-for-life").glob("*/*/index.html")))
    html = built.read_text(encoding="utf-8")
    return html[:html.index(PAGE_START)], html[html.index(PAGE_END):]


def test_every_start_for_life_page_is_at_most_30_kb_gzipped_at_county_scale(tmp_path: Path, split_site: Path) -> None:
    write_sample(SCALES["county"], tmp_path)
    site = load_site(tmp_path, MONDAY)
    pages = start_for_life_pages(resolve_context(site, MONDAY))
    before, after = theme_frame(split_site)
    sizes = {page.url: gzipped_kb(before + page.markdown().split("\n---\n\n", 1)[1] + after) for page in pages}
    largest = max(sizes, key=sizes.get)
    print(f"\n{len(sizes)} Start for Life pages for {len(site.services)} services; largest {largest}: "
          f"{sizes[largest]:.1f} KB gzipped; the index: {sizes['start-for-life/']:.1f} KB")
    assert len(pages) > 20  # split into one page per area and stage
    assert sizes[largest] <= LIMIT_KB, {url: round(kb, 1) for url, kb in sizes.items() if kb > LIMIT_KB}
