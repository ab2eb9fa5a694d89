"""Sessions in words: how often they run, and which time of day they belong to."""

from __future__ import annotations

from datetime import date, time

from ..date_words import time_span
from ..translation import N_
from .schema import Session
from .terms import TermCalendar

TIME_OF_DAY: dict[str, str] = {
    "morning": N_("Morning (before midday)"),
    "afternoon": N_("Afternoon (midday to 3pm)"),
    "after-school": N_("After school (3pm to 5:30pm on school days)"),
    "evening": N_("Evening (from 5:30pm)"),
    "weekend": N_("Weekend"),
}
# How a family gets a place at a session (``booking``), in the words its tag, the What's on filter and the
# calendar feeds use. The keys are the ways into a service (``how_to_access: ways``).
BOOKING: dict[str, str] = {
    "drop-in": N_("Just drop in"),
    "book": N_("Book a place"),
    "self-refer": N_("Refer yourself"),
    "professional-referral": N_("Ask a professional to refer you"),
    "we-contact-you": N_("By invitation"),
}
_ORDINAL = {"first": "first", "second": "second", "third": "third", "fourth": "fourth", "last": "last"}


def recurrence_words(session: Session, with_time: bool = True) -> str:
    """``Every Monday, 9:30am to 11am, in term time only`` (``, bank holidays included`` when it says so)."""
    day = session.day.capitalize()
    if session.repeats == "weekly":
        words = f"Every {day}"
    elif session.repeats == "every-two-weeks":
        words = f"Every other {day}"
    else:
        words = f"The {_ORDINAL[session.week_of_month or 'first']} {day} of each month"
    if with_time:
        words += f", {time_span(session.starts, session.ends)}"
    if session.term_time_only:
        words += ", in term time only"
    if session.runs_on_bank_holidays:
        words += ", bank holidays included"
    return words


def time_of_day(day: int | date, starts: time, terms: TermCalendar | None = None) -> str:
    """The filter bucket for a start time on a weekday number (weekly view) or a date (dated view).

    After school means 3pm to 5:30pm on a school day; on a weekday in the
    holidays the same time counts as afternoon.
    """
    weekday = day if isinstance(day, int) else day.weekday()
    if weekday >= 5:
        return "weekend"
    if starts < time(12, 0):
        return "morning"
    if starts >= time(17, 30):
        return "evening"
    if starts >= time(15, 0):
        school_day = terms.is_school_day(day) if isinstance(day, date) and terms else True
        return "after-school" if school_day else "afternoon"
    return "afternoon"
