"""Calendar feeds stay valid for every change date the check accepts; dates outside 2000-2099 are refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream

from generator.build import build_site
from generator.check import check_content

from ..conftest import EXAMPLE_TODAY, example_project

SESSIONS = "timetable/sessions/northgate-family-hub.yml"


def _with_change_date(project: Path, day: str) -> None:
    file = project / SESSIONS
    file.write_text(re.sub(r"^last_changed: .*$", f"last_changed: {day}", file.read_text(), count=1, flags=re.M))


@pytest.mark.parametrize("day", ["0001-01-01", "1999-12-31", "2100-01-01"])
def test_a_change_date_outside_this_century_is_refused(day: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _with_change_date(project, day)
    site, problems = check_content(project, EXAMPLE_TODAY)
    errors = [str(p) for p in problems if not p.warning]
    assert site is None
    assert errors == [f"{SESSIONS}:2: 'last_changed' has '{day}'; dates must fall between 2000 and 2099"]


def test_the_earliest_change_date_gives_valid_feeds(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _with_change_date(project, "2000-01-01")
    files = build_site(project, EXAMPLE_TODAY)
    feed = files["calendars/all.ics"]
    sequences = [int(n) for n in re.findall(rb"^SEQUENCE:(-?\d+)\r$", feed, flags=re.M)]
    assert sequences and min(sequences) == 0
    assert b"DTSTAMP:20000101T000000Z" in feed
    assert all(re.fullmatch(rb"DTSTAMP:\d{8}T\d{6}Z", line) for line in re.findall(rb"^DTSTAMP:[^\r]*", feed, re.M))
    calendar = IcsCalendarStream.calendar_from_ics(feed.decode("utf-8"))
    assert len(calendar.events) > 50
