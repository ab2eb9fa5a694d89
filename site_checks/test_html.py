"""Every built page passes the Nu HTML Checker, but for the exceptions listed with their reasons in
``html_checker.py``."""

from __future__ import annotations

from pathlib import Path

from .html_checker import invalid_html


def test_every_page_is_valid_html(site: Path) -> None:
    assert invalid_html(site) == []
