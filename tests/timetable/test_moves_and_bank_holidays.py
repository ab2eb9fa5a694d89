"""A date moved to another venue is at that venue, and a session can run on bank holidays.

Built on a spring 2027 timetable worked out by hand (``cases/spring-2027``: the comments in its session
files list every date): a Town Family Hub group moved to Riverside Library for one Monday and to Park
Pavilion (a venue with no sessions of its own) for another, with an extra date at the pavilion; and two
Riverside Library groups that run on bank holidays, one of them in term time only. Built on Monday
15 March 2027 for 12 weeks, across the clock change of 28 March.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream

from generator.check import check_content
from generator.timetable.ics import sequence

from ..conftest import make_project
from .helpers import DOMAIN, HERE, build, feed_rows, ical_rows

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


def _event_keys(ics: bytes) -> list[tuple[str, str]]:
    """(UID, RECURRENCE-ID) of every event in a feed, in order (RECURRENCE-ID empty for none)."""
    keys = []
    for block in ics.decode("utf-8").replace("\r\n ", "").split("BEGIN:VEVENT\r\n")[1:]:
        lines = block.split("\r\n")
        uid = next(line.removeprefix("UID:") for line in lines if line.startswith("UID:"))
        recurrence = next((line for line in lines if line.startswith("RECURRENCE-ID")), "")
        keys.append((uid, recurrence))
    return keys


# A date moved to another venue, and an extra date held at another venue.

def test_sessions_json_has_each_date_at_the_venue_where_it_happens(spring) -> None:
    files, _ = spring
    group = _sessions_json(files)[GROUP]
    assert [(o["start"], o["venue"], o["status"]) for o in group["occurrences"]] == GROUP_DATES
    assert group["venue"] == "town-hub"


def test_the_venue_a_date_moved_to_has_it_in_its_calendar(spring) -> None:
    files, _ = spring
    rows = ical_rows(files["calendars/venues/riverside-library.ics"])
    moved = {row for row in rows if row[0].startswith(GROUP)}
    assert moved == {(f"{GROUP}-20270322@{DOMAIN}", _london(date(2027, 3, 22), 13), _london(date(2027, 3, 22), 14, 30),
                      "changed", "Riverside Library")}
    assert len(rows) == len(RHYME_TIME_DAYS) + len(CHATTER_DAYS) + 1  # its own sessions are still all there


def test_a_venue_with_no_sessions_of_its_own_gets_a_calendar_for_the_dates_held_there(spring) -> None:
    files, view = spring
    assert "park-pavilion" not in view.sessions_by_venue
    rows = ical_rows(files["calendars/venues/park-pavilion.ics"])
    assert rows == {
        (f"{GROUP}-20270401@{DOMAIN}", _london(date(2027, 4, 1), 10), _london(date(2027, 4, 1), 12), "scheduled",
         "Park Pavilion"),
        (f"{GROUP}-20270405@{DOMAIN}", _london(date(2027, 4, 5), 10), _london(date(2027, 4, 5), 11, 30), "changed",
         "Park Pavilion"),
    }
    # One-off events, not overrides without their series: calendar apps show those reliably.
    calendar = _calendar(files, "calendars/venues/park-pavilion.ics")
    assert all(e.recurrence_id is None and e.rrule is None for e in calendar.events)
    assert [e.location.split(", ")[0] for e in calendar.events] == ["Park Pavilion", "Park Pavilion"]
    # SEQUENCE and DTSTAMP follow the session's change date: a moved date's is its override's.
    changed = view.site.timetable.changed[GROUP]
    assert changed == date(2027, 3, 10)
    assert [e.sequence for e in calendar.events] == [sequence(changed), sequence(changed) + 1]
    assert {e.dtstamp.date() for e in calendar.events} == {changed}


def test_the_venue_a_date_moved_from_still_shows_it_as_changed(spring) -> None:
    files, _ = spring
    calendar = _calendar(files, "calendars/venues/town-hub.ics")
    overrides = {e.recurrence_id: e for e in calendar.events if e.recurrence_id is not None}
    moved = overrides["20270322T100000"]
    assert moved.uid == f"{GROUP}@{DOMAIN}" and moved.summary == "Changed: Stay and play"
    assert moved.dtstart.isoformat() == "2027-03-22T13:00:00+00:00"
    assert moved.location.startswith("Riverside Library")
    assert overrides["20270405T100000"].location.startswith("Park Pavilion")
    rows = ical_rows(files["calendars/venues/town-hub.ics"])
    assert {(row[1], row[4]) for row in rows if row[3] == "changed"} == {
        (_london(date(2027, 3, 22), 13), "Riverside Library"), (_london(date(2027, 4, 5), 10), "Park Pavilion")}
    assert not any(uid.startswith(f"{GROUP}-2027032") for uid, _ in _event_keys(files["calendars/venues/town-hub.ics"]))


def test_no_feed_holds_an_event_or_a_date_twice(spring) -> None:
    files, view = spring
    for path in view.feeds:
        keys = _event_keys(files[path])
        assert len(keys) == len(set(keys)), (path, [k for k, n in Counter(keys).items() if n > 1])
        rows = ical_rows(files[path])
        starts = Counter((row[0].split("@")[0].rsplit("-2027", 1)[0], row[1][:10]) for row in rows)
        assert all(n == 1 for n in starts.values()), (path, starts.most_common(2))
    # all.ics, the service and the stage feeds hold the series with its overrides, and no one-off for a move.
    for path in ("calendars/all.ics", "calendars/services/stay-and-play.ics", "calendars/stages/2-5.ics",
                 f"calendars/sessions/{GROUP}.ics"):
        uids = {uid for uid, _ in _event_keys(files[path])}
        assert f"{GROUP}-20270401@{DOMAIN}" in uids  # the extra date, the same event in every feed
        assert f"{GROUP}-20270322@{DOMAIN}" not in uids and f"{GROUP}-20270405@{DOMAIN}" not in uids, path
    assert len(ical_rows(files["calendars/all.ics"])) == len(view.schedule.occurrences())


def test_every_feed_read_independently_is_what_the_engine_says(spring) -> None:
    files, view = spring
    assert set(view.feeds) >= {"calendars/venues/park-pavilion.ics", "calendars/venues/riverside-library.ics"}
    for path in view.feeds:
        assert ical_rows(files[path]) == feed_rows(view, path), path


def test_the_venue_page_lists_the_dates_held_there_and_offers_its_calendar(spring) -> None:
    files, _ = spring
    riverside = files["venues/riverside-library/index.md"]
    next_dates = riverside.split('id="next-dates"')[1].split('id="timetable"')[0]
    assert '<time datetime="2027-03-22T13:00:00+00:00">1pm</time>' in next_dates
    assert "(usually 10am to 11:30am at Town Family Hub)" in next_dates
    pavilion = files["venues/park-pavilion/index.md"]
    assert 'id="next-dates"' in pavilion
    next_dates = pavilion.split('id="next-dates"')[1].split('id="timetable"')[0]
    assert re.findall(r'<time datetime="([^"]+)">', next_dates)[::2] == ["2027-04-01T10:00:00+01:00",
                                                                         "2027-04-05T10:00:00+01:00"]
    assert "<strong>Extra date.</strong> Easter holiday play in the park." in next_dates
    assert "<strong>Changed on this date</strong>" in next_dates
    assert "<p>There are no regular sessions at the moment.</p>" in pavilion
    assert 'href="../../calendars/venues/park-pavilion.ics" download' in pavilion
    assert 'calendar_feed: "calendars/venues/park-pavilion.ics"' in pavilion.split("\n---\n", 1)[0]
    calendars = files["calendars/index.md"]
    assert '<a href="../venues/park-pavilion/#subscribe">Sessions at Park Pavilion</a>' in calendars
    # The venue it moved from lists the date as changed, and where it is instead.
    town = files["venues/town-hub/index.md"].split('id="next-dates"')[1].split('id="timetable"')[0]
    moved = town.split('<time datetime="2027-03-22T13:00:00+00:00">')[1].split("</li>")[0]
    assert "Changed on this date" in moved
    assert '<a href="../../venues/riverside-library/">Riverside Library</a>' in moved


def test_what_s_on_lists_a_moved_date_where_it_happens(tmp_path: Path) -> None:
    """On the one page its venue is a filter choice; split by ward it is on its venue's ward page."""
    easter = date(2027, 3, 29)  # this week and next: the extra date on 1 April and the move on 5 April
    files, _ = build(spring_project(tmp_path / "one"), easter)
    page = files["whats-on/index.md"]
    venues = re.findall(r'<option value="([^"]*)">', page.split('id="wo-venue"')[1].split("</select>")[0])
    assert venues == ["", "park-pavilion", "riverside-library", "town-hub"]
    files, view = build(spring_project(tmp_path / "split", "\nwhats_on_one_page_limit: 1\n"), easter)
    assert view.split_by_ward
    parkside = files["whats-on/parkside/index.md"]
    assert re.findall(r'data-venue="([^"]+)"[^>]*>\n<p class="wo-when"><time datetime="([^"]+)"', parkside) == [
        ("park-pavilion", "2027-04-01T10:00:00+01:00"), ("park-pavilion", "2027-04-05T10:00:00+01:00")]
    assert "calendars/venues/park-pavilion.ics" in parkside
    assert "2027-04-05T10:00:00+01:00" not in files["whats-on/central/index.md"]


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
    assert {_london(EASTER_MONDAY, 9, 30), _london(date(2027, 5, 3), 9, 30),
            _london(date(2027, 5, 31), 9, 30)} <= starts
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
