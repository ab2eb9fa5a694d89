"""The occurrence engine: the only code that turns sessions into dated occurrences.

Times are local to Europe/London: an occurrence at 09:30 is 09:30 on the
wall clock in summer and in winter, so its UTC offset changes with the
clocks. Every page, feed and data file reads occurrences from here.

Rule dates come from the pattern alone (weekly, every two weeks counted from
``valid_from``, or monthly on the nth weekday). A rule date is *skipped* on a
bank holiday (unless the session says ``runs_on_bank_holidays: yes``), a
closure of the session's venue, or outside term for a term-time-only session;
skipped dates are not occurrences at all. A rule date listed in
``cancellations`` is an occurrence with status ``cancelled`` (so families
still see it); one in ``changes`` has status ``changed`` with its new time or
venue; ``extra_dates`` add scheduled occurrences. An occurrence's ``venue`` is
where it happens that day, which a change or an extra date may make another
venue than the session's own (``Schedule.visiting``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from ..vocabulary import WEEKDAYS
from .model import ResolvedSession
from .relative_dates import RelativeDate
from .schema import Session
from .terms import TermCalendar

LONDON = ZoneInfo("Europe/London")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# How far ahead ``next-N`` looks for a run of the session (two years covers any pattern).
_SEARCH_DAYS = 730


@dataclass(frozen=True)
class Occurrence:
    """One dated run of a session, in London local time."""

    session: ResolvedSession
    rule_date: date  # the pattern date it stands for (for a change, the date before it moved)
    start: datetime
    end: datetime
    venue: str
    status: str  # "scheduled", "changed" or "cancelled"
    reason: str | None = None
    extra: bool = False

    @property
    def date(self) -> date:
        return self.start.date()

    @property
    def usual_start(self) -> datetime:
        """When the pattern said it would start: the RECURRENCE-ID of an override."""
        return local(self.rule_date, self.session.starts)


def local(day: date, clock: time) -> datetime:
    """``clock`` on ``day`` in Europe/London, with the offset in force that day."""
    return datetime.combine(day, clock, tzinfo=LONDON)


def anchor(session: Session) -> date | None:
    """The first date of an every-two-weeks session: its weekday on or after ``valid_from``."""
    if session.valid_from is None:
        return None
    weekday = WEEKDAYS.index(session.day)
    return session.valid_from + timedelta(days=(weekday - session.valid_from.weekday()) % 7)


def matches_pattern(session: Session, day: date) -> bool:
    """True when ``day`` fits the session's repeat pattern and valid dates (calendar not applied)."""
    if day.weekday() != WEEKDAYS.index(session.day):
        return False
    if session.valid_from and day < session.valid_from:
        return False
    if session.valid_to and day > session.valid_to:
        return False
    if session.repeats == "every-two-weeks":
        first = anchor(session)
        return first is not None and (day - first).days % 14 == 0
    if session.repeats == "monthly":
        return _is_nth_weekday(day, session.week_of_month or "first")
    return True


def _is_nth_weekday(day: date, which: str) -> bool:
    if which == "last":
        return (day + timedelta(days=7)).month != day.month
    return (day.day - 1) // 7 + 1 == _NTH[which]


def rule_dates(session: Session, start: date, end: date) -> Iterator[date]:
    """Dates from ``start`` to ``end`` (inclusive) that fit the pattern."""
    weekday = WEEKDAYS.index(session.day)
    day = start + timedelta(days=(weekday - start.weekday()) % 7)
    while day <= end:
        if matches_pattern(session, day):
            yield day
        day += timedelta(days=7)


def skip_reason(session: Session, day: date, terms: TermCalendar) -> str | None:
    """Why the term calendar stops ``session`` on ``day`` (a pattern date), or None when it runs."""
    return terms.skip_reason(day, session.venue, term_time_only=session.term_time_only,
                             runs_on_bank_holidays=session.runs_on_bank_holidays)


def resolve_date(value: date | RelativeDate, session: Session, terms: TermCalendar, today: date) -> date | None:
    """A written date as a real date: ``next-N`` is the Nth run after today, ``extra-N`` today + N days."""
    if isinstance(value, date):
        return value
    if value.kind == "extra":
        return today + timedelta(days=value.count)
    found = 0
    for day in rule_dates(session, today + timedelta(days=1), today + timedelta(days=_SEARCH_DAYS)):
        if skip_reason(session, day, terms) is None:
            found += 1
            if found == value.count:
                return day
    return None


def expand(session: ResolvedSession, terms: TermCalendar, today: date, start: date, end: date) -> list[Occurrence]:
    """Every occurrence of ``session`` from ``start`` to ``end`` inclusive, in time order."""
    cancelled = {resolve_date(c.date, session, terms, today): c for c in session.cancellations}
    changed = {resolve_date(c.date, session, terms, today): c for c in session.changes}
    occurrences = []
    for day in rule_dates(session, start, end):
        if skip_reason(session, day, terms):
            continue
        usual = (local(day, session.starts), local(day, session.ends))
        if day in cancelled:
            occurrences.append(Occurrence(session, day, *usual, session.venue, "cancelled", cancelled[day].reason))
        elif day in changed:
            change = changed[day]
            occurrences.append(Occurrence(
                session, day, local(day, change.starts or session.starts), local(day, change.ends or session.ends),
                change.venue or session.venue, "changed", change.reason,
            ))
        else:
            occurrences.append(Occurrence(session, day, *usual, session.venue, "scheduled"))
    for extra in session.extra_dates:
        extra_day = resolve_date(extra.date, session, terms, today)
        if extra_day is not None and start <= extra_day <= end:
            occurrences.append(Occurrence(
                session, extra_day, local(extra_day, extra.starts or session.starts),
                local(extra_day, extra.ends or session.ends),
                extra.venue or session.venue, "scheduled", extra.note, extra=True,
            ))
    return sorted(occurrences, key=lambda o: (o.start, o.end, o.extra))


@dataclass
class Schedule:
    """Every session's occurrences in one window: what pages, feeds and data read."""

    today: date
    start: date
    end: date
    sessions: list[ResolvedSession]
    terms: TermCalendar
    by_session: dict[str, list[Occurrence]]

    def occurrences(self) -> list[Occurrence]:
        """All occurrences in time order (ties broken by session id, so output is stable).

        Sorted once and kept: every page and feed reads it, and re-sorting
        tens of thousands of occurrences per page made large builds quadratic.
        """
        return self._in_order

    @cached_property
    def _in_order(self) -> list[Occurrence]:
        every = [o for items in self.by_session.values() for o in items]
        return sorted(every, key=_time_order)

    def next_of(self, session_ids: set[str], limit: int) -> list[Occurrence]:
        """The first ``limit`` occurrences of these sessions, in the order of ``occurrences()``.

        Reads only those sessions' own occurrences, so a page costs what it shows.
        """
        chosen = [o for session_id in sorted(session_ids) for o in self.by_session.get(session_id, [])]
        return sorted(chosen, key=_time_order)[:limit]

    def visiting(self, venue_id: str) -> list[Occurrence]:
        """Occurrences held at ``venue_id`` by sessions based at another venue, in time order.

        A date moved there by a change, or an extra date held there: it happens at this venue, so this
        venue's page and calendar list it too.
        """
        return self._visiting.get(venue_id, [])

    @cached_property
    def _visiting(self) -> dict[str, list[Occurrence]]:
        by_venue: dict[str, list[Occurrence]] = {}
        for occurrence in self.occurrences():
            if occurrence.venue != occurrence.session.venue:
                by_venue.setdefault(occurrence.venue, []).append(occurrence)
        return by_venue

    def next_at(self, venue_id: str, session_ids: set[str], limit: int) -> list[Occurrence]:
        """The first ``limit`` occurrences of a venue's own sessions (a date moved away included, as changed)
        and of dates other sessions hold there, in the order of ``occurrences()``."""
        chosen = self.next_of(session_ids, limit) + self.visiting(venue_id)[:limit]
        return sorted(chosen, key=_time_order)[:limit]

    def between(self, first: date, last: date) -> list[Occurrence]:
        return [o for o in self.occurrences() if first <= o.date <= last]


def _time_order(occurrence: Occurrence) -> tuple:
    return (occurrence.start, occurrence.end, occurrence.session.id)


def build_schedule(sessions: Sequence[ResolvedSession], terms: TermCalendar, today: date,
                   horizon_weeks: int) -> Schedule:
    """Expand every session from ``today`` for ``horizon_weeks`` weeks (the last day included)."""
    end = today + timedelta(weeks=horizon_weeks) - timedelta(days=1)
    ordered = sorted(sessions, key=lambda s: s.id)
    by_session = {s.id: expand(s, terms, today, today, end) for s in ordered}
    return Schedule(today, today, end, ordered, terms, by_session)


def skipped_dates(session: Session, terms: TermCalendar, start: date, end: date) -> list[date]:
    """Pattern dates from ``start`` to ``end`` on which the calendar stops the session (EXDATEs in feeds)."""
    return [d for d in rule_dates(session, start, end) if skip_reason(session, d, terms)]
