"""Warnings that do not stop a build, and the words families read for times and patterns."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from generator.check import check_content
from generator.date_words import clock
from generator.timetable.terms import TermCalendar
from generator.timetable.words import recurrence_words, time_of_day

from .helpers import town_project


def test_a_session_at_a_venue_its_service_does_not_list_is_a_warning(tmp_path: Path) -> None:
    site, problems = check_content(town_project(tmp_path / "project"), date(2026, 11, 4))
    assert site is not None
    assert problems and all(p.warning for p in problems)
    assert str(problems[0]) == (
        "timetable/sessions/town-hub.yml:6: warning: 'Perinatal mental health support' does not list 'town-hub' in "
        "its venues (content/services/perinatal-support.yml), so its page will not say it is on here; add it there"
    )


def test_time_of_day_buckets(tmp_path: Path) -> None:
    site, _ = check_content(town_project(tmp_path / "project"), date(2026, 11, 4))
    terms: TermCalendar = site.timetable.terms
    assert time_of_day(0, time(11, 59)) == "morning"
    assert time_of_day(0, time(12, 0)) == "afternoon"
    assert time_of_day(0, time(15, 0)) == "after-school"
    assert time_of_day(0, time(17, 29)) == "after-school"
    assert time_of_day(0, time(17, 30)) == "evening"
    assert time_of_day(5, time(9, 0)) == "weekend" and time_of_day(6, time(18, 0)) == "weekend"
    assert time_of_day(date(2026, 11, 10), time(15, 30), terms) == "after-school"  # a school day
    assert time_of_day(date(2026, 10, 27), time(15, 30), terms) == "afternoon"  # half-term
    assert time_of_day(date(2026, 12, 25), time(15, 30), terms) == "afternoon"  # bank holiday


def test_words(tmp_path: Path) -> None:
    site, _ = check_content(town_project(tmp_path / "project"), date(2026, 11, 4))
    by_id = {s.id: s for s in site.timetable.sessions}
    assert recurrence_words(by_id["perinatal-support-saturday"]) == (
        "Every other Saturday, 10am to 11:30am, in term time only")
    assert recurrence_words(by_id["perinatal-support-tuesday"]) == "The first Tuesday of each month, 9:30am to 11am"
    assert [clock(time(h, m)) for h, m in ((0, 0), (9, 5), (12, 0), (12, 30), (17, 30))] == [
        "midnight", "9:05am", "midday", "12:30pm", "5:30pm"]
