"""Hostile strings in every field of every kind of file, built with the real MkDocs and opened in Chromium:
no dialog opens, no payload becomes markup in any page, and the open data and calendar feeds read back
whole (see tests/hostile/injection.py for the payloads)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream
from mkdocs.commands.build import build
from mkdocs.config import load_config

from site_checks.pages import html_pages

from ..conftest import EXAMPLE_EPOCH, SPLIT_LIMITS, _serve, example_project
from ..hostile.injection import Injected, inject_everywhere, raw_markup

FORMULA_STARTS = ("=", "+", "-", "@")


@pytest.fixture(scope="module", params=["one page", "split by ward"])
def hostile_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Injected]:
    project = example_project(tmp_path_factory.mktemp("hostile") / "project")
    injected = inject_everywhere(project)
    if request.param == "split by ward":
        settings = project / "content" / "site.yml"
        settings.write_text(settings.read_text() + SPLIT_LIMITS)
    site = project.parent / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EXAMPLE_EPOCH)
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
    return site, injected


@pytest.fixture(scope="module")
def hostile_url(hostile_site: tuple[Path, Injected]) -> Iterator[str]:
    yield from _serve(hostile_site[0])


def test_no_payload_becomes_markup_in_any_page(hostile_site: tuple[Path, Injected]) -> None:
    site, injected = hostile_site
    pages = html_pages(site)
    found = {page.relative_to(site).as_posix(): raw_markup(page.read_text()) for page in pages}
    assert injected.fields > 1000 and len(pages) > 50
    assert {page: raw for page, raw in found.items() if raw} == {}
    # The payloads are on the pages, as text.
    assert "&lt;script&gt;alert(" in (site / "services" / "index.html").read_text()


def test_open_data_reads_back_and_spreadsheets_run_no_formula(hostile_site: tuple[Path, Injected]) -> None:
    site, _ = hostile_site
    for name in ("services", "venues", "sessions", "childcare"):
        text = (site / "data" / f"{name}.json").read_text()
        assert "<" not in text and ">" not in text  # escaped, so the file is safe inside a web page too
        assert "<script>alert(" in json.dumps(json.loads(text), ensure_ascii=False)  # the data, as written
    rows = list(csv.reader(io.StringIO((site / "data" / "childcare.csv").read_text(encoding="utf-8"))))
    assert len({len(row) for row in rows}) == 1 and len(rows) > 30
    cells = [cell for row in rows[1:] for cell in row]
    assert [c for c in cells if c.startswith(FORMULA_STARTS) and not re.fullmatch(r"-?[0-9.]+", c)] == []
    assert any(c.startswith(("'=", "'+", "'@")) for c in cells)  # formulas kept as text
    json.loads((site / "search" / "search_index.json").read_text())


def test_calendar_feeds_keep_their_structure(hostile_site: tuple[Path, Injected]) -> None:
    site, _ = hostile_site
    property_line = re.compile(r"^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^:;]+)*:")
    feeds = sorted((site / "calendars").rglob("*.ics"))
    assert len(feeds) > 50
    for feed in feeds:
        text = feed.read_bytes().decode("utf-8")
        lines = text.split("\r\n")[:-1]
        assert all(property_line.match(line) or line.startswith(" ") for line in lines), feed
        calendar = IcsCalendarStream.calendar_from_ics(text)
        assert len(calendar.events) == text.count("\r\nBEGIN:VEVENT\r\n"), feed


def test_no_payload_runs_in_chromium(browser, hostile_site: tuple[Path, Injected], hostile_url: str) -> None:
    site, injected = hostile_site
    paths = sorted(p.relative_to(site).as_posix() for p in html_pages(site))
    dialogs: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    hidden = []
    for path in paths:
        page.goto(hostile_url + path.removesuffix("index.html"))
        page.wait_for_load_state("load")
        # A payload's <style> would hide the page; a payload's own element would be in the document.
        if page.evaluate("getComputedStyle(document.body).display") == "none":
            hidden.append(path)
        planted = page.evaluate("document.querySelectorAll('iframe, [onerror], [onload], [srcdoc]').length + "
                                "[...document.scripts].filter(s => s.textContent.includes('alert(')).length")
        assert planted == 0, path
    # Material's search shows parts of pages in its results: search for the payloads' words.
    page.goto(hostile_url)
    page.keyboard.press("/")
    for query in ("alert", "script", "click", "HYPERLINK"):
        page.fill("input.md-search__input", query)
        page.wait_for_timeout(800)
    context.close()
    print(f"\ninjection: {injected.fields} fields took a payload ({len(injected.refused)} refused by the check), "
          f"{len(paths)} pages opened in Chromium, {len(dialogs)} payloads executed")
    assert dialogs == [] and hidden == []
