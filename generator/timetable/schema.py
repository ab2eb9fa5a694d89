"""What editors write in ``timetable/``: term dates and closures, and sessions.

Two kinds of file:

* ``timetable/term-dates.yml``: terms with their half-terms, bank holidays and
  hub closure days, written once and applied to every session;
* ``timetable/sessions/*.yml``: a ``last_changed`` date and a list of
  ``sessions`` (one file per venue reads well, but any grouping works).

Semantic checks (an end before a start, a date the session does not run, a
venue's opening hours ...) live in ``checks``, where they can name the line.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ..schema.common import ClockTime, Date, Name, Record, Slug, Text, Weekday, YesNo
from ..schema.service import AccessWay, StageKey
from .relative_dates import FlexibleDate

Repeats = Literal["weekly", "every-two-weeks", "monthly"]
WeekOfMonth = Literal["first", "second", "third", "fourth", "last"]
# How a family gets a place: the same ways as a service's ``how_to_access``, from just dropping in to an
# invitation (``we-contact-you``), so a session by referral never says "Book a place".
Booking = AccessWay


class HalfTerm(Record):
    starts: Date
    ends: Date


class Term(Record):
    name: Name
    starts: Date
    ends: Date
    half_term: HalfTerm | None = None


class BankHoliday(Record):
    date: Date
    name: Name


class Closure(Record):
    """A day when hubs are closed: every venue, or only those listed."""

    date: Date
    reason: Text
    venues: list[Slug] = []


class TermDates(Record):
    # May be empty until the council writes its terms: only term-time sessions need them (the check says so).
    terms: list[Term] = []
    bank_holidays: list[BankHoliday] = []
    closures: list[Closure] = []


class Cancellation(Record):
    date: FlexibleDate
    reason: Text


class Change(Record):
    """One date on which a session runs at a different time or place."""

    date: FlexibleDate
    reason: Text
    starts: ClockTime | None = None
    ends: ClockTime | None = None
    venue: Slug | None = None


class ExtraDate(Record):
    """A one-off date outside the usual pattern; time and venue default to the session's."""

    date: FlexibleDate
    note: Text | None = None
    starts: ClockTime | None = None
    ends: ClockTime | None = None
    venue: Slug | None = None


class Session(Record):
    id: Slug
    service: Slug
    venue: Slug
    name: Name | None = None
    day: Weekday
    starts: ClockTime
    ends: ClockTime
    repeats: Repeats = "weekly"
    week_of_month: WeekOfMonth | None = None
    term_time_only: YesNo = False
    runs_on_bank_holidays: YesNo = False
    valid_from: Date | None = None
    valid_to: Date | None = None
    booking: Booking
    how_to_book: Text | None = None
    ages: Name | None = None
    stages: list[StageKey] = []
    cost: Text | None = None
    send_friendly: YesNo = False
    language: Name | None = None
    notes: Text | None = None
    last_changed: Date | None = None
    cancellations: list[Cancellation] = []
    changes: list[Change] = []
    extra_dates: list[ExtraDate] = []


class SessionsFile(Record):
    last_changed: Date
    sessions: Annotated[list[Session], Field(min_length=1)]
