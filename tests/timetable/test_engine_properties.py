"""Property tests of the occurrence engine: for any session and any build date, its dates are right.

What the dates should be is worked out here without the engine or its helpers (``matches_pattern``,
``TermCalendar``): the calendar is written out as plain dates, and the oracles walk it one day at a time,
counting weekdays as a person with a diary would.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.timetable.engine import build_schedule, expand
from generator.timetable.schema import Cancellation, Change, Session, TermDates
from generator.timetable.terms import TermCalendar
from generator.vocabulary import WEEKDAYS

# The calendar, written once as plain dates: the engine is given it as term-dates.yml would say it, and the
# oracles below read these dates themselves.
TERMS_WRITTEN = [  # name, first day, last day, first and last day of half-term
    ("Autumn 2026", date(2026, 9, 3), date(2026, 12, 18), date(2026, 10, 26), date(2026, 10, 30)),
    ("Spring 2027", date(2027, 1, 5), date(2027, 3, 25), date(2027, 2, 15), date(2027, 2, 19)),
    ("Summer 2027", date(2027, 4, 12), date(2027, 7, 21), date(2027, 5, 31), date(2027, 6, 4)),
]
BANK_HOLIDAYS = {date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1), date(2027, 3, 26), date(2027, 3, 29),
                 date(2027, 5, 3), date(2027, 5, 31)}
CLOSED = {date(2026, 12, 24)}  # every venue
CLOSED_AT = {("hub-a", date(2027, 1, 4))}  # one venue
TERM_DATES = TermDates.model_validate({
    "terms": [{"name": name, "starts": starts, "ends": ends, "half_term": {"starts": half_starts, "ends": half_ends}}
              for name, starts, ends, half_starts, half_ends in TERMS_WRITTEN],
    "bank_holidays": [{"date": day, "name": "Bank holiday"} for day in sorted(BANK_HOLIDAYS)],
    "closures": [{"date": day, "reason": "Christmas Eve"} for day in CLOSED]
                + [{"date": day, "reason": "Training", "venues": [venue]} for venue, day in CLOSED_AT],
})
TERMS = TermCalendar(TERM_DATES)
# Monday first, as date.weekday() counts; written here rather than read from the vocabulary the engine uses.
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _days(first: date, last: date) -> Iterator[date]:
    """Every day from ``first`` to ``last``, both included, one at a time."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _month(day: date) -> Iterator[date]:
    """Every day of ``day``'s month."""
    first = day.replace(day=1)
    return (d for d in _days(first, first + timedelta(days=30)) if d.month == day.month)


# Term days: each term's days, less its half-term's.
TERM_DAYS = {day for _, starts, ends, half_starts, half_ends in TERMS_WRITTEN
             for day in set(_days(starts, ends)) - set(_days(half_starts, half_ends))}
ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}


def _fits_pattern(session: Session, day: date) -> bool:
    """``day`` is one of the session's pattern dates, by counting its weekdays on the calendar."""
    if DAY_NAMES[day.weekday()] != session.day:
        return False
    if (session.valid_from and day < session.valid_from) or (session.valid_to and day > session.valid_to):
        return False
    if session.repeats == "every-two-weeks":  # the 1st, 3rd, 5th... of its weekdays from valid_from
        assert session.valid_from is not None
        met = [d for d in _days(session.valid_from, day) if d.weekday() == day.weekday()]
        return len(met) % 2 == 1
    if session.repeats == "monthly":  # the first... fourth or the last of its weekdays in the month
        assert session.week_of_month is not None
        return day == [d for d in _month(day) if d.weekday() == day.weekday()][ORDINALS[session.week_of_month]]
    return True


def _should_run(session: Session, day: date) -> bool:
    """``day`` fits the pattern and the calendar lets the session run on it."""
    return (_fits_pattern(session, day)
            and (session.runs_on_bank_holidays or day not in BANK_HOLIDAYS)
            and day not in CLOSED and (session.venue, day) not in CLOSED_AT
            and (not session.term_time_only or day in TERM_DAYS))


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def _uk_offset(day: date, clock: time) -> timedelta:
    """UK summer time, worked out from the law rather than from zoneinfo: last Sunday of March to October."""
    start, end = _last_sunday(day.year, 3), _last_sunday(day.year, 10)
    summer = start < day < end or (day == start and clock >= time(2)) or (day == end and clock < time(1))
    return timedelta(hours=1 if summer else 0)


@st.composite
def sessions(draw) -> Session:
    repeats = draw(st.sampled_from(["weekly", "every-two-weeks", "monthly"]))
    start_minutes = draw(st.integers(min_value=6 * 60, max_value=20 * 60)) // 15 * 15
    length = draw(st.sampled_from([30, 45, 60, 90, 120]))
    valid_from = draw(st.dates(min_value=date(2026, 6, 1), max_value=date(2027, 3, 1)))
    valid_to = draw(st.none() | st.dates(min_value=valid_from, max_value=date(2027, 9, 1)))
    return Session.model_validate({
        "id": "s", "service": "svc", "venue": draw(st.sampled_from(["hub-a", "hub-b"])),
        "day": draw(st.sampled_from(WEEKDAYS)),
        "starts": f"{start_minutes // 60:02d}:{start_minutes % 60:02d}",
        "ends": f"{(start_minutes + length) // 60:02d}:{(start_minutes + length) % 60:02d}",
        "repeats": repeats,
        "week_of_month": draw(st.sampled_from(["first", "second", "third", "fourth", "last"]))
        if repeats == "monthly" else None,
        "term_time_only": draw(st.booleans()),
        "runs_on_bank_holidays": draw(st.sampled_from(["yes", "no"])),
        "valid_from": valid_from.isoformat() if repeats == "every-two-weeks" or draw(st.booleans()) else None,
        "valid_to": valid_to.isoformat() if valid_to else None,
        "booking": "drop-in",
    })


build_dates = st.dates(min_value=date(2026, 9, 1), max_value=date(2027, 4, 30))


@settings(max_examples=300, deadline=None)
@given(session=sessions(), today=build_dates, weeks=st.integers(min_value=2, max_value=30))
def test_occurrences_fall_on_the_right_days_at_the_right_times(session: Session, today: date, weeks: int) -> None:
    schedule = build_schedule([session], TERMS, today, weeks)
    occurrences = schedule.by_session["s"]
    starts = [o.start for o in occurrences]
    assert starts == sorted(starts), "in ascending order"
    for o in occurrences:
        assert today <= o.date <= today + timedelta(weeks=weeks, days=-1)
        assert DAY_NAMES[o.date.weekday()] == session.day, "on the session's weekday"
        if not session.runs_on_bank_holidays:
            assert o.date not in BANK_HOLIDAYS, "never on a bank holiday unless it says it runs on them"
        assert o.date not in CLOSED, "never on a closure day"
        assert (session.venue, o.date) not in CLOSED_AT, "never on a closure day of its venue"
        if session.term_time_only:
            assert o.date in TERM_DAYS, "inside term, outside half-term"
        if session.valid_from:
            assert o.date >= session.valid_from
        if session.valid_to:
            assert o.date <= session.valid_to
        assert (o.start.hour, o.start.minute) == (session.starts.hour, session.starts.minute), "local wall time"
        assert o.start.utcoffset() == _uk_offset(o.date, session.starts), "the UK offset on that date"
        assert o.end - o.start == (
            timedelta(hours=session.ends.hour, minutes=session.ends.minute)
            - timedelta(hours=session.starts.hour, minutes=session.starts.minute)
        )
        assert o.status == "scheduled"


@settings(max_examples=200, deadline=None)
@given(session=sessions(), today=build_dates)
def test_no_date_that_should_run_is_missing(session: Session, today: date) -> None:
    """The other way round: every day that fits the pattern and the calendar is there, and no other."""
    schedule = build_schedule([session], TERMS, today, 12)
    found = [o.date for o in schedule.by_session["s"]]
    expected = [day for day in _days(today, today + timedelta(days=12 * 7 - 1)) if _should_run(session, day)]
    assert found == expected


def _fortnight_and_month_rules(session: Session, day: date) -> bool:
    if session.repeats == "every-two-weeks":
        assert session.valid_from is not None
        first = session.valid_from + timedelta(days=(WEEKDAYS.index(session.day) - session.valid_from.weekday()) % 7)
        return (day - first).days % 14 == 0
    if session.repeats == "monthly":
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}
        if session.week_of_month == "last":
            return (day + timedelta(days=7)).month != day.month
        assert session.week_of_month is not None
        return (day.day + 6) // 7 == nth[session.week_of_month]
    return True


@settings(max_examples=200, deadline=None)
@given(session=sessions(), today=build_dates)
def test_fortnightly_and_monthly_patterns(session: Session, today: date) -> None:
    for o in build_schedule([session], TERMS, today, 20).by_session["s"]:
        assert _fortnight_and_month_rules(session, o.date)


@settings(max_examples=100, deadline=None)
@given(session=sessions(), today=build_dates, pick=st.integers(min_value=0, max_value=50), moved=st.booleans())
def test_cancellations_and_changes_keep_their_date_and_say_so(session: Session, today: date, pick: int,
                                                              moved: bool) -> None:
    plain = build_schedule([session], TERMS, today, 12).by_session["s"]
    if not plain:
        return
    target = plain[pick % len(plain)].date
    if moved:
        edited = session.model_copy(update={"changes": [Change(date=target, reason="r", starts=time(5, 0))]})
    else:
        edited = session.model_copy(update={"cancellations": [Cancellation(date=target, reason="r")]})
    result = expand(edited, TERMS, today, today, today + timedelta(weeks=12, days=-1))
    # A change moves the time within its own day and a cancellation keeps it: either way the dates are the
    # same dates in the same order, every other date is as it was, and the target is where the edit put it.
    assert [o.date for o in result] == [o.date for o in plain]
    for before, after in zip(plain, result, strict=True):
        assert after.rule_date == before.rule_date == after.date
        if after.date != target:
            assert (after.start, after.end, after.venue, after.status, after.reason) == (
                before.start, before.end, before.venue, "scheduled", None)
        elif moved:
            assert (after.start.date(), after.start.time()) == (target, time(5, 0)), "at 05:00 on its own date"
            assert after.start.utcoffset() == _uk_offset(target, time(5, 0)), "with the UK offset of that date"
            assert (after.end, after.venue, after.status, after.reason) == (before.end, before.venue, "changed", "r")
        else:
            assert (after.start, after.end, after.venue, after.status, after.reason) == (
                before.start, before.end, before.venue, "cancelled", "r")
