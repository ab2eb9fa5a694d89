"""The event writer gives byte for byte what ``icalendar`` gives for the same events.

Events are written line by line (``generator/timetable/ics_text.py``) because building ``icalendar``
objects for a county's events took seconds. ``icalendar_oracle`` builds the same events as ``icalendar``
objects; every session's events must serialise identically, and any text must escape and fold the same.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Event

from generator.timetable import ics_text
from generator.timetable.ics import session_block, visiting_block

from ..conftest import make_project
from .helpers import HERE, build, town_project
from .icalendar_oracle import reference_session_block, reference_visiting_block

# Characters that test escaping and folding: the escaped ones, line breaks, the fold's own space,
# letters of two, three and four octets in UTF-8, and "^" (kept with the next character like "\").
TEXT = st.text(alphabet=st.sampled_from(list("ab ,;:\\\n\r^\"é€😀£-")) | st.characters(blacklist_categories=("Cs",)),
               max_size=400)


def _icalendar_line(name: str, value: str) -> bytes:
    """One property as ``icalendar`` writes it inside an event."""
    event = Event()
    event.add(name, value)
    written = event.to_ical()
    return written[len(b"BEGIN:VEVENT\r\n"): -len(b"END:VEVENT\r\n")]


@settings(max_examples=400, deadline=None)
@given(TEXT.filter(lambda value: "\\N" not in value))  # icalendar reads a written "\N" as a line break
def test_text_escapes_and_folds_as_icalendar_does(value: str) -> None:
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        assert ics_text.line(name, ics_text.text(value)).encode("utf-8") == _icalendar_line(name, value)


# Plain English, where every character is one octet: folding takes a quicker way for these lines.
ASCII_TEXT = st.text(alphabet=st.sampled_from(list("ab ,;:\\\n\r^\"-")), min_size=60, max_size=400)


@settings(max_examples=300, deadline=None)
@given(ASCII_TEXT)
def test_ascii_text_folds_as_icalendar_folds_it(value: str) -> None:
    assert ics_text.line("DESCRIPTION", ics_text.text(value)).encode("utf-8") == _icalendar_line("DESCRIPTION", value)


def test_no_folded_line_is_longer_than_75_octets_or_splits_a_character() -> None:
    value = "Café ✓ " * 40 + "😀" * 30
    lines = ics_text.line("DESCRIPTION", ics_text.text(value)).encode("utf-8").split(b"\r\n")
    assert lines[-1] == b"" and all(len(line) <= 75 for line in lines)
    assert all(line.decode("utf-8") for line in lines[:-1])  # each physical line is whole UTF-8
    assert b"".join(line[1:] if i else line for i, line in enumerate(lines)).decode() == "DESCRIPTION:" + value


def _same_events(root: Path, today: date, site_url: str) -> int:
    _, view = build(root, today, site_url)
    for session in view.schedule.sessions:
        assert session_block(session, view.site, view.schedule, view.site_url) == \
            reference_session_block(session, view.site, view.schedule, view.site_url), session.id
    for venue in view.site.venues:  # dates held at a venue by sessions based elsewhere
        assert visiting_block(venue, view.site, view.schedule, view.site_url) == \
            reference_visiting_block(venue, view.site, view.schedule, view.site_url), venue
    return len(view.schedule.sessions)


def test_every_example_session_is_written_as_icalendar_writes_it(example_root: Path) -> None:
    for today in (date(2026, 11, 22), date(2027, 1, 4), date(2027, 3, 22)):  # the last spans the clock change
        assert _same_events(example_root, today, "https://familyhubs.example.gov.uk/") > 50


def test_the_test_timetable_with_clock_changes_and_every_kind_of_change_is_written_as_icalendar_writes_it(
        tmp_path: Path) -> None:
    project = town_project(tmp_path / "project", weeks=30)
    assert _same_events(project, date(2026, 9, 7), "https://hubs.testshire.example/") >= 4


def test_dates_moved_to_other_venues_and_bank_holidays_are_written_as_icalendar_writes_them(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", HERE / "cases" / "spring-2027")
    _, view = build(project, date(2027, 3, 15), "https://hubs.testshire.example/")
    assert {venue for venue in view.site.venues if view.schedule.visiting(venue)} == {"riverside-library",
                                                                                      "park-pavilion"}
    assert _same_events(project, date(2027, 3, 15), "https://hubs.testshire.example/") == 3
