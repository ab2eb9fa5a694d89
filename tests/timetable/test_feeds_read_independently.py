"""Every feed, read by an independent parser, expands to exactly the engine's occurrences.

The parser is the ``ical`` package, not the ``icalendar`` library that
writes the feeds. It applies RRULE, EXDATE and RECURRENCE-ID itself, so a
wrong rule, a missing EXDATE or an override on the wrong instant shows up as
a difference.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream

from generator.timetable.feeds import uid_domain

from ..conftest import EXAMPLE_TODAY, example_project
from .helpers import DOMAIN, build, feed_rows, ical_rows, town_project

# From 1 October 2026 for 30 weeks: both clock changes (25 October 2026, 28 March 2027), the October and
# February half-terms, Christmas and Easter holidays, bank holidays, a closure, a cancellation, a moved
# session and an extra date.
CROSSING_DAY = date(2026, 10, 1)


def _compare_every_feed(files: dict, view, domain: str) -> dict[str, int]:
    counts = {}
    for path in view.feeds:
        expected = feed_rows(view, path, domain)
        found = ical_rows(files[path])
        assert found == expected, (path, sorted(found - expected)[:3], sorted(expected - found)[:3])
        counts[path] = len(found)
    return counts


def test_town_timetable_across_both_clock_changes(tmp_path: Path) -> None:
    project = town_project(tmp_path / "project", weeks=30)
    files, view = build(project, CROSSING_DAY)
    counts = _compare_every_feed(files, view, DOMAIN)
    occurrences = view.schedule.occurrences()
    offsets = {o.start.utcoffset() for o in occurrences}
    assert offsets == {timedelta(0), timedelta(hours=1)}, "the horizon must cross a clock change"
    statuses = {o.status for o in occurrences}
    assert statuses == {"scheduled", "changed", "cancelled"}
    assert any(o.extra for o in occurrences)
    assert counts["calendars/all.ics"] == len(occurrences)
    # The half-term Monday, Easter Monday and the closure day have no occurrence at all.
    mondays = {o.date for o in occurrences if o.session.id == "perinatal-support-monday-morning"}
    assert date(2026, 10, 26) not in mondays and date(2026, 10, 19) in mondays
    every_monday = {o.date for o in occurrences if o.session.id == "perinatal-support-monday"}
    assert date(2027, 3, 29) not in every_monday and date(2026, 11, 16) not in every_monday
    assert date(2027, 3, 22) in every_monday and date(2027, 4, 5) in every_monday


def test_the_vtimezone_as_parsed_gives_the_engines_offsets(tmp_path: Path) -> None:
    """The RRULE-form VTIMEZONE, applied by the other parser, agrees with zoneinfo on every occurrence."""
    project = town_project(tmp_path / "project", weeks=30)
    files, view = build(project, CROSSING_DAY)
    calendar = IcsCalendarStream.calendar_from_ics(files["calendars/all.ics"].decode())
    (zone,) = calendar.timezones
    assert zone.tz_id == "Europe/London"
    for occurrence in view.schedule.occurrences():
        wall = occurrence.start.replace(tzinfo=None)
        observance = zone.get_observance(wall)
        assert observance.observance.tz_offset_to.offset == occurrence.start.utcoffset(), occurrence


def test_example_borough_feeds_match_the_engine_for_the_whole_horizon(tmp_path: Path) -> None:
    project = example_project(tmp_path / "example")
    site_url = "https://familyhubs.example.gov.uk/"
    files, view = build(project, EXAMPLE_TODAY, site_url)
    counts = _compare_every_feed(files, view, uid_domain(site_url))
    assert len(view.feeds) > 100
    assert counts["calendars/all.ics"] == len(view.schedule.occurrences()) > 500


@pytest.mark.parametrize("today", [date(2027, 3, 15), date(2026, 12, 20)])
def test_example_borough_on_other_build_dates(tmp_path: Path, today: date) -> None:
    """Across the March clock change and Christmas; the example's relative dates move with the build date."""
    project = example_project(tmp_path / "example")
    files, view = build(project, today, "https://familyhubs.example.gov.uk/")
    _compare_every_feed(files, view, "familyhubs.example.gov.uk")


def test_built_site_feeds_are_the_core_feeds(example_site: Path, example_root: Path) -> None:
    """The feeds MkDocs published are the bytes the core made (nothing rewrites them on the way)."""
    from generator.build import build_site

    published = (example_site / "calendars" / "all.ics").read_bytes()
    rebuilt = build_site(example_root, EXAMPLE_TODAY, "https://familyhubs.example.gov.uk/")
    assert published == rebuilt["calendars/all.ics"]
