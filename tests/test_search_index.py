"""The search index: every page a family might look for is in it, and nothing that repeats other pages.

Material fetches ``search/search_index.json`` on every first visit, so what the site leaves out of it
(``NOT_SEARCHED`` in ``generator/markup.py``) is what keeps it small for a county.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import yaml

from site_checks.pages import html_pages

from .conftest import EXAMPLE


def _index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def _names(folder: str) -> list[str]:
    return [yaml.safe_load(p.read_text(encoding="utf-8"))["name"] for p in (EXAMPLE / "content" / folder).glob("*.yml")]


def _searchable_text(entries: list[dict]) -> str:
    return html.unescape(" ".join(e["title"] + " " + e["text"] for e in entries))


def test_every_service_venue_and_childcare_setting_can_be_found(example_site: Path) -> None:
    text = _searchable_text(_index(example_site))
    for folder in ("services", "venues", "childcare"):
        names = _names(folder)
        assert names
        missing = [name for name in names if name not in text]
        assert not missing, f"not in the search index: {missing}"


def test_timetables_dated_lists_and_repeated_cards_stay_out(example_site: Path) -> None:
    entries = _index(example_site)
    for entry in entries:
        anchor = entry["location"].partition("#")[2]
        assert not anchor.startswith(("day-", "next-dates", "timetable", "this-week", "next-week", "weekly",
                                      "subscribe")), entry["location"]
    start_for_life = _searchable_text([e for e in entries if e["location"].startswith("start-for-life/")])
    assert "Who it's for" not in start_for_life  # the service cards: each service has its own page
    childcare = _searchable_text([e for e in entries if e["location"].startswith("childcare/")])
    assert "Price of one hour" in childcare  # the explainer stays
    assert "£" not in childcare.split("How we work out the prices")[0]  # table prices do not
    services = _searchable_text([e for e in entries if e["location"].startswith("services/baby-massage/")])
    assert "About this service" in services  # the description, before the timetable, is searchable


def test_search_index_stays_small(example_site: Path) -> None:
    size = (example_site / "search" / "search_index.json").stat().st_size
    pages = len(html_pages(example_site))
    print(f"search index: {size / 1024:.0f} KB for {pages} pages")
    # About 2.2 KB a page: each service's own words, each venue's and each setting's details. With the
    # timetables, dated lists and cards it was 6.3 KB a page (499 KB for the example).
    assert size < 3_000 * pages
