"""The term calendar: terms and half-terms, bank holidays and hub closure days.

Written once in ``timetable/term-dates.yml`` and applied to every session
that follows it: term-time-only sessions stop outside term and in half-term,
no session runs on a closure day of its venue, and only sessions that say
``runs_on_bank_holidays: yes`` run on a bank holiday.
"""

from __future__ import annotations

from datetime import date

from .schema import TermDates


class TermCalendar:
    """Answers "is this a term day / bank holiday / closure?" for one date."""

    def __init__(self, dates: TermDates | None):
        self.terms = list(dates.terms) if dates else []
        self.bank_holidays = {h.date: h.name for h in dates.bank_holidays} if dates else {}
        self.closures = list(dates.closures) if dates else []

    def in_term(self, day: date) -> bool:
        """True on a day inside a term and outside its half-term (weekends included)."""
        for term in self.terms:
            if term.starts <= day <= term.ends:
                half = term.half_term
                return not (half and half.starts <= day <= half.ends)
        return False

    def is_school_day(self, day: date) -> bool:
        return day.weekday() < 5 and self.in_term(day) and day not in self.bank_holidays

    def bank_holiday(self, day: date) -> str | None:
        return self.bank_holidays.get(day)

    def closure(self, day: date, venue: str) -> str | None:
        for closure in self.closures:
            if closure.date == day and (not closure.venues or venue in closure.venues):
                return closure.reason
        return None

    def skip_reason(self, day: date, venue: str, *, term_time_only: bool, runs_on_bank_holidays: bool) -> str | None:
        """Why a session that follows the calendar does not run on ``day``, or None if it does.

        The session's own rules are keyword arguments without defaults, so no caller can forget one.
        """
        holiday = None if runs_on_bank_holidays else self.bank_holiday(day)
        if holiday:
            return f"bank holiday ({holiday})"
        closed = self.closure(day, venue)
        if closed:
            return f"the hub is closed ({closed})"
        if term_time_only and not self.in_term(day):
            return "school holiday (this session runs in term time only)"
        return None
