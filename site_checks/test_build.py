"""A strict MkDocs build succeeds, and no page makes a browser fetch anything from another site."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .pages import CSS_FROM_ANOTHER_SITE, fetched_from_other_sites, html_pages


def test_strict_build(strict_build: tuple[Path, subprocess.CompletedProcess]) -> None:
    site, result = strict_build
    assert result.returncode == 0, result.stderr[-6000:]
    assert (site / "index.html").is_file()


def test_no_page_loads_anything_from_another_site(site: Path) -> None:
    """Read in every page's HTML and the site's own stylesheets; the browser check below sees it happen."""
    outside = {page.relative_to(site).as_posix(): fetched
               for page in html_pages(site) if (fetched := fetched_from_other_sites(page.read_text(encoding="utf-8")))}
    assert outside == {}
    for sheet in site.rglob("family-hub*.css"):
        assert not CSS_FROM_ANOTHER_SITE.search(sheet.read_text(encoding="utf-8")), sheet.relative_to(site)
