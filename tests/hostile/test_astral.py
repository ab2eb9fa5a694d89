"""Emoji and other characters outside the Basic Multilingual Plane work everywhere text goes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from ical.calendar_stream import IcsCalendarStream
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.page import yaml_text

from ..conftest import EXAMPLE_EPOCH, example_project

BABY, STAR, SCRIPT = "\U0001F476", "\U0001F31F", "\U0001D4B7"  # a baby, a star, a mathematical script b


def _replace(file: Path, old: str, new: str) -> None:
    text = file.read_text()
    assert old in text, (file, old)
    file.write_text(text.replace(old, new, 1))


@pytest.fixture(scope="module")
def astral_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = example_project(tmp_path_factory.mktemp("astral") / "project")
    content = project / "content"
    _replace(content / "services" / "baby-massage.yml", "name: Baby massage\n", f"name: Baby massage {BABY}\n")
    _replace(content / "services" / "baby-massage.yml", "summary: A five-week course",
             f"summary: {STAR} A five-week course")
    _replace(content / "venues" / "northgate-family-hub.yml", "name: Northgate Family Hub\n",
             f"name: Northgate Family Hub {STAR}\n")
    _replace(content / "childcare" / "castle-kids-club.yml", "name: Castle Kids Club\n",
             f"name: Castle Kids Club {SCRIPT}\n")
    _replace(content / "pages" / "privacy.md", "title: Privacy notice\n", f"title: Privacy notice {BABY}\n")
    _replace(content / "site.yml", "welcome: Free help", f"welcome: {BABY} Free help")
    site = project.parent / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EXAMPLE_EPOCH)
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
    return site


def test_front_matter_round_trips_every_character() -> None:
    for text in [f"Baby massage {BABY}", 'a "quoted" \\ colon: value', "\u2028\u00e9\t", SCRIPT * 40]:
        assert yaml.safe_load(f"title: {yaml_text(text)}")["title"] == text
        assert yaml_text(text).isascii()


def test_pages_keep_their_title_description_and_calendar_link(astral_site: Path) -> None:
    page = (astral_site / "services" / "baby-massage" / "index.html").read_text()
    assert f"<title>Baby massage {BABY} - " in page
    assert f'<h1>Baby massage {BABY}</h1>' in page
    assert f'<meta name="description" content="{STAR} A five-week course' in page
    assert '<link rel="alternate" type="text/calendar"' in page
    assert "---" not in page.split("<article", 1)[1].split("</article>", 1)[0][:200]  # no raw front matter
    venue = (astral_site / "venues" / "northgate-family-hub" / "index.html").read_text()
    assert f"<title>Northgate Family Hub {STAR} - " in venue
    privacy = (astral_site / "privacy" / "index.html").read_text()
    assert f"<title>Privacy notice {BABY} - " in privacy
    home = (astral_site / "index.html").read_text()
    assert f"{BABY} Free help" in home


def test_calendar_feeds_read_back_whole(astral_site: Path) -> None:
    for feed in [astral_site / "calendars" / "all.ics", astral_site / "calendars" / "services" / "baby-massage.ics",
                 astral_site / "calendars" / "venues" / "northgate-family-hub.ics"]:
        raw = feed.read_bytes()
        raw.decode("utf-8")  # folding never splits a character
        assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
        calendar = IcsCalendarStream.calendar_from_ics(raw.decode("utf-8"))
        summaries = {event.summary for event in calendar.events}
        locations = {event.location for event in calendar.events}
        assert any(BABY in s for s in summaries) or any(STAR in (loc or "") for loc in locations), feed


def test_open_data_and_search_keep_the_characters(astral_site: Path) -> None:
    services = json.loads((astral_site / "data" / "services.json").read_text())
    assert any(s["name"] == f"Baby massage {BABY}" for s in services["services"])
    venues = json.loads((astral_site / "data" / "venues.json").read_text())
    assert any(v["name"] == f"Northgate Family Hub {STAR}" for v in venues["venues"])
    rows = list(csv.DictReader(io.StringIO((astral_site / "data" / "childcare.csv").read_text(encoding="utf-8"))))
    assert any(row["name"] == f"Castle Kids Club {SCRIPT}" for row in rows)
    index = json.loads((astral_site / "search" / "search_index.json").read_text())
    assert any(doc["title"] == f"Baby massage {BABY}" for doc in index["docs"])
