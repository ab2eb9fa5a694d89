"""A session's pattern as Open Referral's rule, and its runs between the dates the calendar skips."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest

from generator.open_referral.schedules import Run, recurrence, session_runs
from generator.timetable.model import ResolvedSession
from generator.timetable.schema import BankHoliday, HalfTerm, Term, TermDates
from generator.timetable.terms import TermCalendar

TERMS = TermCalendar(TermDates(
    terms=[Term(name="Autumn", starts=date(2026, 9, 3), ends=date(2026, 12, 18),
                half_term=HalfTerm(starts=date(2026, 10, 26), ends=date(2026, 10, 30))),
           Term(name="Spring", starts=date(2027, 1, 5), ends=date(2027, 3, 25),
                half_term=HalfTerm(starts=date(2027, 2, 15), ends=date(2027, 2, 19)))],
    bank_holidays=[BankHoliday(date=date(2026, 12, 28), name="Christmas Day (substitute day)"),
                   BankHoliday(date=date(2027, 5, 3), name="Early May bank holiday")],
))


def session(**fields: Any) -> ResolvedSession:
    values = {"id": "s", "service": "x", "venue": "v", "name": "X", "cost": "Free", "stages": ["0-1"],
              "day": "monday", "starts": time(10), "ends": time(11), "booking": "drop-in", **fields}
    return ResolvedSession.model_validate(values)


@pytest.mark.parametrize("fields, rule", [
    ({}, {"freq": "WEEKLY", "interval": 1, "byday": "MO"}),
    ({"repeats": "every-two-weeks", "valid_from": date(2026, 9, 7)}, {"freq": "WEEKLY", "interval": 2, "byday": "MO"}),
    ({"repeats": "monthly", "week_of_month": "second", "day": "saturday"},
     {"freq": "MONTHLY", "interval": 1, "byday": "2SA"}),
    ({"repeats": "monthly", "week_of_month": "last", "day": "friday"},
     {"freq": "MONTHLY", "interval": 1, "byday": "-1FR"}),
    ({"repeats": "monthly", "day": "wednesday"}, {"freq": "MONTHLY", "interval": 1, "byday": "1WE"}),
])
def test_the_pattern_is_icalendar_s(fields: dict[str, Any], rule: dict[str, Any]) -> None:
    assert recurrence(session(**fields)) == rule


def test_a_weekly_session_stops_before_a_bank_holiday_and_goes_on_open_ended() -> None:
    runs = session_runs(session(), TERMS, date(2026, 12, 1), date(2027, 2, 22))
    assert runs == [Run(date(2026, 12, 7), date(2026, 12, 21)), Run(date(2027, 1, 4), None)]


def test_one_that_ends_stops_there() -> None:
    runs = session_runs(session(valid_to=date(2027, 6, 28)), TERMS, date(2026, 12, 1), date(2027, 2, 22))
    assert runs[-1] == Run(date(2027, 1, 4), date(2027, 6, 28))


def test_a_term_time_session_has_a_run_for_each_part_of_term_and_none_past_the_last() -> None:
    runs = session_runs(session(term_time_only=True), TERMS, date(2026, 12, 1), date(2027, 2, 22))
    assert runs == [Run(date(2026, 12, 7), date(2026, 12, 14)), Run(date(2027, 1, 11), date(2027, 2, 8)),
                    Run(date(2027, 2, 22), date(2027, 3, 22))]


def test_a_horizon_that_ends_on_a_skipped_date_goes_on_from_the_next_date_the_session_runs() -> None:
    runs = session_runs(session(), TERMS, date(2026, 12, 1), date(2026, 12, 28))
    assert runs == [Run(date(2026, 12, 7), date(2026, 12, 21)), Run(date(2027, 1, 4), None)]
