"""How heavy the childcare page is: for the example borough and for 2,500 settings, gzipped.

Run with ``-s`` to see the figures. The limits are there to catch a change
that makes every row much heavier, not to describe a target.
"""

from __future__ import annotations

import gzip
from dataclasses import replace
from datetime import date
from pathlib import Path

from generator.build import generate
from generator.childcare.page import childcare_page
from generator.render.fragments import RenderContext

from ..conftest import REPO
from .synthetic import cloned_settings, synthetic_settings


def gzipped(text: str) -> int:
    # mtime=0 so the figure does not depend on the clock.
    return len(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def test_page_size_for_the_example_and_for_2500_settings(example_site: Path) -> None:
    generated = generate(REPO, date(2026, 11, 22))
    body = generated.files["childcare/index.md"]
    built = (example_site / "childcare" / "index.html").read_text(encoding="utf-8")
    many = synthetic_settings(2500)
    site = replace(generated.site, childcare={s.id: s for s in many})
    big = childcare_page(RenderContext(site=site, today=date(2026, 11, 22))).markdown()
    assert big.count("<tr id=") == 2500
    print(f"\nchildcare page, example borough ({len(generated.site.childcare)} settings): "
          f"built HTML {len(built):,} bytes, {gzipped(built):,} gzipped; "
          f"page body {len(body):,} bytes, {gzipped(body):,} gzipped")
    print(f"childcare page body, 2,500 settings: {len(big):,} bytes, {gzipped(big):,} gzipped "
          f"({gzipped(big) / 2500:.0f} bytes a setting)")
    clones = cloned_settings(list(generated.site.childcare.values()), 2500)
    cloned = childcare_page(RenderContext(site=replace(generated.site, childcare={s.id: s for s in clones}),
                                          today=date(2026, 11, 22))).markdown()
    assert cloned.count("<tr id=") == 2500
    print(f"childcare page body, 2,500 settings cloned from the example's: {len(cloned):,} bytes, "
          f"{gzipped(cloned):,} gzipped ({gzipped(cloned) / 2500:.0f} bytes a setting)")
    assert gzipped(built) < 60_000
    assert gzipped(big) < 1_500_000
    assert gzipped(cloned) < 1_500_000
