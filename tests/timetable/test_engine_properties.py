"""Property tests of the occurrence engine: for any session and any build date, its dates are right."""

from __future__ import annotations

from datetime import UTC, date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.timetable.engine import build_schedule, expand, matches_pattern
from generator.timetable.schema import Cancellation, Change, Session, TermDates
from generator.timetable.terms import TermCalendar
from generator.vocabulary import WEEKDAYS

TERM_DATES = TermDates.model_validate({
    "terms": [
        {"name": "Autumn 2026", "starts": "2026-09-03", "ends": "2026-12-18",
         "half_term": {"starts": "2026-10-26", "ends": "2026-10-30"}},
        {"name": "Spring 2027", "starts": "2027-01-05", "ends": "2027-03-25",
         "half_term": {"starts": "2027-02-15", "ends": "2027-02-19"}},
        {"name": "Summer 2027", "starts": "2027-04-12", "ends": "2027-07-21",
         "half_term": {"starts": "2027-05-31", "ends": "2027-06-04"}},
    ],
    "bank_holidays": [{"date": d, "name": "Bank holiday"} for d in
                      ["2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03",
                       "2027-05-31"]],
    "closures": [{"date": "2026-12-24", "reason": "Christmas Eve"},
                 {"date": "2027-01-04", "reason": "Training", "venues": ["hub-a"]}],
})
TERMS = TermCalendar(TERM_DATES)
CLOSED = {date(2026, 12, 24)}
BANK_HOLIDAYS = {h.date for h in TERM_DATES.bank_holidays}


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
        assert WEEKDAYS[o.date.weekday()] == session.day, "on the session's weekday"
        if not session.runs_on_bank_holidays:
            assert o.date not in BANK_HOLIDAYS, "never on a bank holiday unless it says it runs on them"
        assert o.date not in CLOSED, "never on a closure day"
        if session.term_time_only:
            assert TERMS.in_term(o.date), "inside term, outside half-term"
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
    """The other way round: every day that fits the pattern and the calendar is there."""
    schedule = build_schedule([session], TERMS, today, 12)
    found = {o.date for o in schedule.by_session["s"]}
    day = today
    while day <= schedule.end:
        runs = (matches_pattern(session, day) and (session.runs_on_bank_holidays or day not in BANK_HOLIDAYS)
                and day not in CLOSED
                and not (session.venue == "hub-a" and day == date(2027, 1, 4))
                and (not session.term_time_only or TERMS.in_term(day)))
        assert (day in found) == runs, day
        day += timedelta(days=1)


def _fortnight_and_month_rules(session: Session, day: date) -> bool:
    if session.repeats == "every-two-weeks":
        first = session.valid_from + timedelta(days=(WEEKDAYS.index(session.day) - session.valid_from.weekday()) % 7)
        return (day - first).days % 14 == 0
    if session.repeats == "monthly":
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4}
        if session.week_of_month == "last":
            return (day + timedelta(days=7)).month != day.month
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
    assert [o.date for o in result] == [o.date for o in plain] or moved  # a move to 05:00 may reorder nothing
    assert sorted(o.date for o in result) == [o.date for o in plain]
    special = [o for o in result if o.status != "scheduled"]
    assert len(special) == 1 and special[0].date == target
    assert special[0].status == ("changed" if moved else "cancelled")
    if moved:
        assert special[0].start.time() == time(5, 0)
        assert special[0].start.astimezone(UTC).utcoffset() == timedelta(0)
