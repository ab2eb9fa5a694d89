"""Sessions in words: how often they run, and which time of day they belong to."""

from __future__ import annotations

from datetime import date, time

from .. import date_words
from ..languages import ENGLISH, phrases
from ..translation import N_
from ..vocabulary import WEEKDAYS
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
# How often a session runs, by ``repeats`` (and ``week_of_month``): %(day)s is the day's name.
_HOW_OFTEN = {
    "weekly": N_("Every %(day)s"),
    "every-two-weeks": N_("Every other %(day)s"),
    "first": N_("The first %(day)s of each month"),
    "second": N_("The second %(day)s of each month"),
    "third": N_("The third %(day)s of each month"),
    "fourth": N_("The fourth %(day)s of each month"),
    "last": N_("The last %(day)s of each month"),
}
# Translators: %(when)s is how often a session runs ("Every Monday"); %(times)s its times ("9:30am to 11am").
_AT_TIMES = N_("%(when)s, %(times)s")
_TERM_TIME = N_("%(when)s, in term time only")
_BANK_HOLIDAYS = N_("%(when)s, bank holidays included")


def recurrence_words(session: Session, with_time: bool = True, code: str = ENGLISH) -> str:
    """``Every Monday, 9:30am to 11am, in term time only`` (``, bank holidays included`` when it says so), in
    the language ``code``."""
    translate = phrases(code).gettext
    words = date_words if code == ENGLISH else date_words.InLanguage(code)
    day = words.weekday(WEEKDAYS.index(session.day), heading=False)
    often = session.repeats if session.repeats != "monthly" else session.week_of_month or "first"
    said = translate(_HOW_OFTEN[often]) % {"day": day}
    if with_time:
        said = translate(_AT_TIMES) % {"when": said, "times": words.time_span(session.starts, session.ends)}
    if session.term_time_only:
        said = translate(_TERM_TIME) % {"when": said}
    if session.runs_on_bank_holidays:
        said = translate(_BANK_HOLIDAYS) % {"when": said}
    return said


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
