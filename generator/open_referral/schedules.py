"""A session as Open Referral schedules: its pattern, in runs that leave out the days it does not happen.

An Open Referral schedule is an iCalendar-style rule (``freq``, ``interval``, ``byday``) with the dates it
is valid between; it cannot leave out one date. The engine skips a session's pattern dates on bank holidays,
closure days and, for a term-time session, outside term and in half-term. So a session is written as one
schedule per run of pattern dates between those skipped days: the HSDS guidance's "end a schedule with
valid_to and start another". Expanding the schedules over the horizon gives exactly the engine's regular
dates (``tests/open_referral/test_schedules.py``).

After the horizon a session that is not term-time only goes on with its last run, open-ended (to its own
``valid_to``, if any), as its weekly pattern says; a term-time session's last run ends with the part of the
term it is in. Cancellations, changes and extra dates have no field in the standard: they are written in
words in the ``notes`` of the run they fall in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .. import date_words
from ..timetable.engine import Occurrence, rule_dates, skip_reason
from ..timetable.model import ResolvedSession
from ..timetable.terms import TermCalendar
from ..timetable.words import recurrence_words
from ..vocabulary import WEEKDAYS

# iCalendar's two-letter days, in WEEKDAYS' order.
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEK_OF_MONTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
# How far past the horizon a run in progress is followed to its end, and a new one looked for: a year
# covers any term, and any gap a calendar of closures can make.
_LOOK_AHEAD = timedelta(days=366)


@dataclass(frozen=True)
class Run:
    """Pattern dates of a session with no skipped date between them."""

    first: date
    last: date | None  # None: open-ended (to the session's own valid_to, when it has one)


def session_runs(session: ResolvedSession, terms: TermCalendar, today: date, horizon_end: date) -> list[Run]:
    """The runs that together give the session's regular dates from ``today`` to ``horizon_end``."""
    runs: list[Run] = []
    first: date | None = None
    last: date | None = None
    for day in rule_dates(session, today, horizon_end):
        if skip_reason(session, day, terms):
            if first is not None and last is not None:
                runs.append(Run(first, last))
            first = None
            continue
        first = first or day
        last = day
    beyond = rule_dates(session, horizon_end + timedelta(days=1), horizon_end + _LOOK_AHEAD)
    if session.term_time_only:
        # The run in progress ends with its part of the term; nothing is said past that.
        if first is not None:
            for day in beyond:
                if skip_reason(session, day, terms):
                    break
                last = day
            runs.append(Run(first, last))
        return runs
    if first is None:  # the horizon ended on skipped dates: the pattern goes on from the next date it runs
        first = next((day for day in beyond if not skip_reason(session, day, terms)), None)
    if first is not None:
        runs.append(Run(first, session.valid_to))
    return runs


def recurrence(session: ResolvedSession) -> dict[str, str | int]:
    """The schedule's rule: ``freq``, ``interval`` and ``byday`` (``TU``; monthly ``2MO`` or ``-1FR``)."""
    day = BYDAY[WEEKDAYS.index(session.day)]
    if session.repeats == "monthly":
        return {"freq": "MONTHLY", "interval": 1, "byday": f"{WEEK_OF_MONTH[session.week_of_month or 'first']}{day}"}
    return {"freq": "WEEKLY", "interval": 2 if session.repeats == "every-two-weeks" else 1, "byday": day}


def schedule_description(session: ResolvedSession) -> str:
    """The pattern in words, as the site says it: ``Every Tuesday, 10:30am to 11am, in term time only``."""
    return recurrence_words(session)


def exception_notes(occurrences: list[Occurrence], run: Run, venue_names: dict[str, str]) -> list[str]:
    """The cancelled and changed dates within ``run``, in words."""
    notes = []
    for occurrence in occurrences:
        inside = run.first <= occurrence.rule_date and (run.last is None or occurrence.rule_date <= run.last)
        if occurrence.extra or not inside or occurrence.status == "scheduled":
            continue
        when = date_words.weekday_day_month_year(occurrence.rule_date)
        reason = f" ({occurrence.reason})" if occurrence.reason else ""
        if occurrence.status == "cancelled":
            notes.append(f"Cancelled on {when}{reason}.")
        else:
            notes.append(f"Changed on {when}: {_time_and_place(occurrence, venue_names)}{reason}.")
    return notes


def extra_notes(occurrences: list[Occurrence], venue_names: dict[str, str]) -> list[str]:
    """The extra dates, outside the pattern, in words."""
    return [f"Also on {date_words.weekday_day_month_year(o.date)}, {_time_and_place(o, venue_names)}"
            f"{f' ({o.reason})' if o.reason else ''}."
            for o in occurrences if o.extra]


def _time_and_place(occurrence: Occurrence, venue_names: dict[str, str]) -> str:
    times = date_words.time_span(occurrence.start.time(), occurrence.end.time())
    return f"{times} at {venue_names[occurrence.venue]}"
