"""The example borough's timetable (the frozen copy in tests/example): big and varied enough, and never stale
whatever the build date."""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta

import pytest

from generator.loader import load_content
from generator.problems import errors_only
from generator.references import check_references
from generator.timetable.engine import build_schedule
from generator.timetable.model import resolve_timetable
from generator.timetable.words import time_of_day

from ..conftest import EXAMPLE


@pytest.fixture(scope="module")
def example():
    content, problems = load_content(EXAMPLE)
    assert errors_only(problems + check_references(content, EXAMPLE)) == []
    services = {s.record.id: s.record for s in content.services}
    return resolve_timetable(content.timetable, services), {v.record.id: v.record for v in content.venues}


def test_example_has_a_realistic_weekly_timetable(example) -> None:
    timetable, venues = example
    sessions = timetable.sessions
    assert len(sessions) >= 60
    repeats = Counter(s.repeats for s in sessions)
    assert repeats["every-two-weeks"] >= 5 and repeats["monthly"] >= 5
    assert sum(s.term_time_only for s in sessions) >= 10
    buckets = Counter(time_of_day(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                   "sunday"].index(s.day), s.starts) for s in sessions)
    assert buckets["after-school"] >= 4 and buckets["evening"] >= 4 and buckets["weekend"] >= 4
    assert any(s.day == "saturday" for s in sessions)
    assert len({s.venue for s in sessions}) == len(venues)
    # Every session sits inside its venue's opening hours (the check enforces it; this proves the data passes).
    for s in sessions:
        hours = getattr(venues[s.venue].opening_hours, s.day)
        assert hours and hours.opens <= s.starts and s.ends <= hours.closes, s.id


def test_terms_bank_holidays_and_closures_are_there(example) -> None:
    timetable, _ = example
    terms = timetable.terms
    assert {t.name for t in terms.terms} >= {"Autumn term 2026", "Spring term 2027", "Summer term 2027"}
    assert {d.year for d in terms.bank_holidays} == {2026, 2027} and len(terms.bank_holidays) == 16
    assert date(2026, 12, 28) in terms.bank_holidays and date(2027, 3, 26) in terms.bank_holidays
    assert terms.closures


@pytest.mark.parametrize("today", [date(2026, 9, 1) + timedelta(days=n) for n in range(0, 300, 7)])
def test_a_cancellation_and_a_moved_session_within_two_weeks_of_any_build_date(example, today: date) -> None:
    timetable, _ = example
    schedule = build_schedule(timetable.sessions, timetable.terms, today, 12)
    soon = schedule.between(today, today + timedelta(days=13))
    statuses = Counter(o.status for o in soon)
    assert statuses["cancelled"] >= 1 and statuses["changed"] >= 1, today
    moved = [o for o in soon if o.status == "changed"]
    assert any(o.venue != o.session.venue for o in moved) and any(o.start.time() != o.session.starts for o in moved)
    assert all(o.start.time() >= time(6) for o in soon)
