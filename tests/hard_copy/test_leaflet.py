"""Each theme's leaflet read back from its PDF: exactly the theme's services, each with where and when, and a
QR code that opens the theme on the list of services."""

from __future__ import annotations

import re

from generator.date_words import time_span
from generator.vocabulary import THEMES

from .conftest import SITE_URL, qr_codes, text


def test_each_leaflet_lists_exactly_its_themes_services(printed) -> None:
    services = list(printed.ctx.site.services.values())
    themes = [key for key in THEMES if any(key in s.themes for s in services)]
    leaflets = sorted(file for file in printed.pdfs if file.startswith("leaflet-"))
    assert leaflets == sorted(f"leaflet-{key}-a4.pdf" for key in themes)
    for key in themes:
        written = text(printed.pdfs[f"leaflet-{key}-a4.pdf"].content)
        mine = [s for s in services if key in s.themes]
        assert [s.name for s in mine if f"{s.name} {s.summary[:25]}" not in written] == [], key
        others = [s for s in services if key not in s.themes]
        assert [s.name for s in others if f"{s.name} {s.summary[:25]}" in written] == [], key
        count = re.search(r"(\d+) services? for families", written)
        assert count and int(count.group(1)) == len(mine), key


def test_each_service_says_where_and_when(printed) -> None:
    view = printed.ctx.timetable
    written = text(printed.pdfs["leaflet-infant-feeding-a4.pdf"].content)
    feeding = [s for s in printed.ctx.site.services.values() if "infant-feeding" in s.themes]
    with_sessions = [s for s in feeding if view.sessions_by_service.get(s.id)]
    assert with_sessions and "Where and when:" in written
    for service in with_sessions:
        for session in view.sessions_by_service[service.id]:
            place = printed.ctx.site.venues[session.venue].name
            assert f"{time_span(session.starts, session.ends)} at {place}" in written, (service.name, place)


def test_the_qr_code_opens_the_theme_online(printed) -> None:
    for file in (f for f in printed.pdfs if f.startswith("leaflet-")):
        key = file.removeprefix("leaflet-").removesuffix("-a4.pdf")
        assert qr_codes(printed.pdfs[file].content) == [f"{SITE_URL}services/#{key}"], file
