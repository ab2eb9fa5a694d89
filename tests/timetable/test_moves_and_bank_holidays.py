"""Sessions that run on bank holidays.

Built on a spring 2027 timetable worked out by hand (``cases/spring-2027``: the comments in its session
files list every date): two Riverside Library groups that run on bank holidays, one of them in term time
only, and a Town Family Hub group that skips them. Built on Monday 15 March 2027 for 12 weeks, across the
clock change of 28 March.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream

from generator.check import check_content

from ..conftest import make_project
from .helpers import DOMAIN, HERE, build, ical_rows

SPRING = HERE / "cases" / "spring-2027"
TODAY = date(2027, 3, 15)
EASTER_MONDAY = date(2027, 3, 29)
GROUP = "stay-and-play-town-monday"  # based at Town Family Hub
RHYME_TIME = "rhyme-time-riverside-monday"  # every Monday, bank holidays included
CHATTER = "chatter-riverside-monday"  # Mondays in term time, bank holidays included

# The dates in the session files' comments, as sessions.json writes them: (start, venue, status).
GROUP_DATES = [
    ("2027-03-15T10:00:00+00:00", "town-hub", "scheduled"),
    ("2027-03-22T13:00:00+00:00", "riverside-library", "changed"),
    ("2027-04-01T10:00:00+01:00", "park-pavilion", "scheduled"),  # the extra date
    ("2027-04-05T10:00:00+01:00", "park-pavilion", "changed"),
    ("2027-04-12T10:00:00+01:00", "town-hub", "scheduled"),
    ("2027-04-26T10:00:00+01:00", "town-hub", "scheduled"),
    ("2027-05-10T10:00:00+01:00", "town-hub", "scheduled"),
    ("2027-05-17T10:00:00+01:00", "town-hub", "scheduled"),
    ("2027-05-24T10:00:00+01:00", "town-hub", "scheduled"),
]
RHYME_TIME_DAYS = ["2027-03-15", "2027-03-22", "2027-03-29", "2027-04-05", "2027-04-12", "2027-04-19",
                   "2027-04-26", "2027-05-03", "2027-05-10", "2027-05-17", "2027-05-24", "2027-05-31"]
CHATTER_DAYS = ["2027-03-15", "2027-03-22", "2027-04-12", "2027-04-19", "2027-04-26", "2027-05-03",
                "2027-05-10", "2027-05-17", "2027-05-24"]


def spring_project(destination: Path, settings: str = "") -> Path:
    project = make_project(destination, SPRING)
    if settings:
        site = project / "content" / "site.yml"
        site.write_text(site.read_text() + settings)
    return project


@pytest.fixture(scope="module")
def spring(tmp_path_factory: pytest.TempPathFactory):
    """Files and timetable view of the spring timetable built on 15 March 2027."""
    return build(spring_project(tmp_path_factory.mktemp("spring") / "project"), TODAY)


def _sessions_json(files: dict) -> dict[str, dict]:
    return {s["id"]: s for s in json.loads(files["data/sessions.json"])["sessions"]}


def _calendar(files: dict, path: str):
    return IcsCalendarStream.calendar_from_ics(files[path].decode("utf-8"))


def _london(day: date, hour: int, minute: int = 0) -> str:
    """The UTC instant of a London wall-clock time, as ``ical_rows`` writes it."""
    from zoneinfo import ZoneInfo

    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("Europe/London"))
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


# Sessions that run on bank holidays.

def test_a_session_that_runs_on_bank_holidays_has_them_in_sessions_json(spring) -> None:
    files, _ = spring
    sessions = _sessions_json(files)
    assert [o["start"][:10] for o in sessions[RHYME_TIME]["occurrences"]] == RHYME_TIME_DAYS
    assert sessions[RHYME_TIME]["occurrences"][-1]["status"] == "cancelled"  # 31 May, said so in words
    # In term time only it still skips the Easter holidays and half-term, bank holidays or not.
    assert [o["start"][:10] for o in sessions[CHATTER]["occurrences"]] == CHATTER_DAYS
    assert sessions[RHYME_TIME]["recurrence"]["runs_on_bank_holidays"] is True
    assert sessions[GROUP]["recurrence"]["runs_on_bank_holidays"] is False
    assert sessions[RHYME_TIME]["recurrence"]["words"] == "Every Monday, 9:30am to 10:30am, bank holidays included"


def test_its_calendar_has_the_bank_holidays_and_no_exdate_for_them(spring) -> None:
    files, _ = spring
    calendar = _calendar(files, "calendars/venues/riverside-library.ics")
    masters = {e.uid.split("@")[0]: e for e in calendar.events if e.rrule is not None}
    assert masters[RHYME_TIME].exdate == []
    assert [d.date().isoformat() for d in masters[CHATTER].exdate] == ["2027-03-29", "2027-04-05"]  # school holidays
    starts = {row[1] for row in ical_rows(files["calendars/venues/riverside-library.ics"])
              if row[0] == f"{RHYME_TIME}@{DOMAIN}"}
    assert {_london(EASTER_MONDAY, 9, 30), _london(date(2027, 5, 3), 9, 30), _london(date(2027, 5, 31), 9, 30)} <= starts
    # The group that follows the calendar still skips them: EXDATEs for Easter Monday, the closure, 3 May.
    town = _calendar(files, "calendars/venues/town-hub.ics")
    (group,) = [e for e in town.events if e.rrule is not None]
    assert [d.date().isoformat() for d in group.exdate] == ["2027-03-29", "2027-04-19", "2027-05-03"]
    ics = files[f"calendars/sessions/{RHYME_TIME}.ics"].decode()
    assert "EXDATE" not in ics and "RECURRENCE-ID;TZID=Europe/London:20270531T093000" in ics


def test_pages_say_the_session_runs_on_bank_holidays(spring) -> None:
    files, _ = spring
    page = files["whats-on/index.md"]
    assert '<span class="fh-tag">Runs on bank holidays</span>' in page
    assert "only sessions marked <strong>runs on bank holidays</strong> run on bank holidays" in page


def test_a_date_check_says_bank_holiday_only_for_sessions_that_skip_them(tmp_path: Path) -> None:
    project = spring_project(tmp_path / "project")
    site, problems = check_content(project, TODAY)
    assert site is not None and problems == []  # rhyme time's cancellation on a bank holiday is a real date
    sessions = project / "timetable" / "sessions" / "town-hub.yml"
    sessions.write_text(sessions.read_text().replace(
        "    changes:\n", "    cancellations:\n      - date: 2027-03-29\n        reason: Easter.\n    changes:\n"))
    _, problems = check_content(project, TODAY)
    assert [str(p) for p in problems] == [
        "timetable/sessions/town-hub.yml:20: the session does not run on Monday 29 March 2027: that day is a bank "
        "holiday (Easter Monday); check the date"]
