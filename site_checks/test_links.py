"""LinkChecker finds no broken link or anchor, starting from every page of the served site."""

from __future__ import annotations

from pathlib import Path

from .links import check_links


def test_no_broken_links_or_anchors(site: Path, site_url: str, tmp_path: Path) -> None:
    passed, report = check_links(site, site_url, tmp_path)
    assert passed, report
