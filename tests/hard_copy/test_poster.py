"""Each venue's poster read back from its PDF: exactly the venue's regular sessions as data/sessions.json
lists them, on one A4 page for every place in the example, the same on A3, and QR codes that open its page
and its calendar choices."""

from __future__ import annotations

import io
import json
import re
from datetime import time

import pytest
from pypdf import PdfReader

from generator.build import build_site
from generator.date_words import time_span
from generator.hard_copy.poster import poster
from generator.templating import render

from ..conftest import EXAMPLE_TODAY
from .conftest import SITE_URL, qr_codes, text

A4, A3 = (595.3, 841.9), (841.9, 1190.6)
A_TIME = r"(\d{1,2}(:\d\d)?(am|pm)|midday|midnight)"


@pytest.fixture(scope="module")
def built(printed) -> dict[str, str | bytes]:
    return build_site(printed.project, EXAMPLE_TODAY, SITE_URL)


def _regular_sessions(built: dict[str, str | bytes], venue: str) -> list[str]:
    """The venue's regular sessions in the open data, as a poster writes each: ``10am to 11am Baby signing``."""
    sessions = json.loads(built["data/sessions.json"])["sessions"]

    def clock(value: str) -> time:
        return time.fromisoformat(value)

    return [f"{time_span(clock(s['recurrence']['starts']), clock(s['recurrence']['ends']))} {s['name']}"
            for s in sessions if s["venue"] == venue
            and (s["recurrence"]["valid_to"] is None or s["recurrence"]["valid_to"] >= EXAMPLE_TODAY.isoformat())]


def _size(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return round(float(box.width), 1), round(float(box.height), 1)


def test_each_poster_lists_exactly_its_venues_regular_sessions_on_one_a4_page(printed, built) -> None:
    for venue in printed.ctx.site.venues.values():
        poster = printed.pdfs[f"poster-{venue.id}-a4.pdf"]
        written = text(poster.content)
        week = written.split("Opening hours")[0]  # the opening hours are times too
        expected = _regular_sessions(built, venue.id)
        assert [session for session in expected if session not in week] == [], venue.id
        assert len(re.findall(f"{A_TIME} to {A_TIME}", week)) == len(expected), venue.id
        assert venue.name in written and venue.postcode in written
        assert "Correct on 1 December 2026; check online for changes." in written
        assert poster.pages == 1 and _size(poster.content) == A4, venue.id


def test_the_a3_poster_is_the_a4_one_enlarged(printed) -> None:
    for venue in printed.ctx.site.venues.values():
        a4, a3 = printed.pdfs[f"poster-{venue.id}-a4.pdf"], printed.pdfs[f"poster-{venue.id}-a3.pdf"]
        assert _size(a3.content) == A3 and a3.pages == a4.pages and text(a3.content) == text(a4.content)


def test_the_qr_codes_open_the_venues_page_and_its_ways_to_add_its_sessions_to_a_calendar(printed, built) -> None:
    for venue in printed.ctx.site.venues.values():
        page = f"{SITE_URL}venues/{venue.id}/"
        assert qr_codes(printed.pdfs[f"poster-{venue.id}-a4.pdf"].content) == [page, page + "#subscribe"]
        assert 'id="subscribe"' in built[f"venues/{venue.id}/index.md"]


def test_on_a_poster_too_busy_for_one_page_every_session_names_its_day(printed) -> None:
    """A day may run on into the next column or page, below no heading: there, each line says its day."""
    busiest = max(printed.ctx.site.venues.values(),
                  key=lambda venue: sum(len(day.rows) for day in poster(printed.ctx, venue).days))
    quiet = poster(printed.ctx, busiest)
    assert not quiet.crowded and quiet.days
    crowded = quiet._replace(crowded=True)
    html = render("print/poster.html", ctx=printed.ctx, here=f"venues/{busiest.id}/", poster=crowded,
                  kind="poster", paper="A4", body_pt=9)
    lines = re.findall(r"<li><strong>(.*?)</strong>", html)
    expected = [f"{day.name}, {row.listed.times}" for day in quiet.days for row in day.rows]
    assert lines == expected and len(expected) > 5
