"""How heavy the childcare pages are: for the example borough and for 2,500 settings, gzipped.

The first view of a page (HTML, CSS and JavaScript, gzipped) should stay under 100 KB on a
phone. Material's own CSS and JavaScript take about 69 KB of that, so each childcare page's
HTML must stay at or below about 30 KB. With 2,500 settings and the default
``childcare_one_page_limit`` the list is split by ward; every page of it must keep to that.

Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import gzip
from collections import Counter
from dataclasses import replace
from pathlib import Path

from generator.build import generate
from generator.childcare.page import childcare_pages
from generator.childcare.schema import ChildcareSetting
from generator.context import resolve_context
from generator.site import Site

from ..conftest import EXAMPLE_TODAY
from .synthetic import cloned_settings, county_wards, synthetic_settings

TODAY = EXAMPLE_TODAY
# Each page's HTML, gzipped, leaving room for Material's CSS and JavaScript in a 100 KB first view.
PAGE_LIMIT = 30_000
COUNTY = 2500


def gzipped(text: str) -> int:
    # Level 6, as `gzip -6` and most web servers; mtime=0 so the figure does not depend on the clock.
    return len(gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0))


def _pages_with(site: Site, settings: list[ChildcareSetting]) -> dict[str, str]:
    """Every childcare page's Markdown (one raw HTML block) for ``settings``, in name order as loaded."""
    in_name_order = sorted(settings, key=lambda s: (s.name.casefold(), s.id))
    county = replace(site, childcare={s.id: s for s in in_name_order})
    return {page.url: page.markdown() for page in childcare_pages(resolve_context(county, TODAY))}


def _report(label: str, settings: list[ChildcareSetting], pages: dict[str, str]) -> tuple[int, str]:
    sizes = sorted(((gzipped(text), url) for url, text in pages.items()), reverse=True)
    wards = Counter(s.ward for s in settings)
    print(f"{label}: {len(pages)} pages ({len(wards)} wards, at most {max(wards.values())} settings in one); "
          f"largest {sizes[0][0]:,} bytes gzipped ({sizes[0][1]}), /childcare/ {gzipped(pages['childcare/']):,}")
    return sizes[0]


def test_the_example_borough_is_one_light_page(example_site: Path, example_root: Path) -> None:
    generated = generate(example_root, TODAY)
    body = generated.files["childcare/index.md"]
    built = (example_site / "childcare" / "index.html").read_text(encoding="utf-8")
    print(f"\nchildcare page, example borough ({len(generated.site.childcare)} settings): "
          f"built HTML {len(built):,} bytes, {gzipped(built):,} gzipped; "
          f"page body {len(body):,} bytes, {gzipped(body):,} gzipped")
    assert [p for p in generated.files if p.startswith("childcare/")] == ["childcare/index.md"]
    assert gzipped(built) < 60_000


def test_every_page_stays_light_with_2500_settings_in_a_county(example_root: Path) -> None:
    site = generate(example_root, TODAY).site
    assert site.settings.childcare_one_page_limit < COUNTY  # the default splits a county's list
    # Made-up settings spread over 25 wards, about 100 in each, like the county sample.
    synthetic = synthetic_settings(COUNTY, wards=county_wards(25))
    pages = _pages_with(site, synthetic)
    assert sum(text.count("<tr id=") for text in pages.values()) == COUNTY
    largest = _report("\n2,500 made-up settings", synthetic, pages)
    assert largest[0] <= PAGE_LIMIT, largest
    # Copies of the example's settings keep real wording and fees (they compress less well).
    clones = cloned_settings(list(site.childcare.values()), COUNTY, wards_per_ward=3)
    pages = _pages_with(site, clones)
    assert sum(text.count("<tr id=") for text in pages.values()) == COUNTY
    largest = _report("2,500 settings copied from the example's", clones, pages)
    assert largest[0] <= PAGE_LIMIT, largest
