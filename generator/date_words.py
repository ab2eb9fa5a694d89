"""Dates and times in words, as every page, message and summary writes them.

Pages say times as GOV.UK writes them for the public (``9:30am``); data files and calendar feeds keep
``09:30``. One module, so "a date" means the same thing on a page, in a message and in a change summary.
"""

from __future__ import annotations

import functools
from datetime import date, time

from babel.dates import format_date, format_time, get_day_names


def day_month_year(day: date) -> str:
    """``3 November 2026``."""
    return f"{day.day} {day:%B %Y}"


def weekday_day_month_year(day: date) -> str:
    """``Monday 3 November 2026``."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def weekday_day_month(day: date) -> str:
    """``Monday 3 November``: a date in this week or next, where the year goes without saying."""
    return f"{day:%A} {day.day} {day:%B}"


def weekday(index: int, heading: bool = True) -> str:
    """``Monday`` for 0, in a heading or a sentence alike."""
    return _WEEKDAYS[index]


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_year(day: date) -> str:
    """``November 2026``."""
    return f"{day:%B %Y}"


def clock(value: time) -> str:
    """``9:30am``, ``2pm``, ``midday``."""
    if value.minute == 0 and value.hour in (0, 12):
        return "midday" if value.hour == 12 else "midnight"
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


def time_span(starts: time, ends: time) -> str:
    """``9:30am to 5pm``: sessions, opening hours and childcare sessions alike."""
    return f"{clock(starts)} to {clock(ends)}"


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier (the month's last day when that month is shorter);
    a negative ``months`` counts forward."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


class InLanguage:
    """The same words in another language, as Babel's locale data for ``code`` writes them: ``marți 3
    noiembrie 2026``, ``09:30``. The templates' date filters of a language's pages (``templating``), and the
    timetable's words. A county's timetable says the same few dates and times thousands of times, so each is
    worked out once (``_in_words``)."""

    def __init__(self, code: str):
        self.code = code

    def day_month_year(self, day: date) -> str:
        return _in_words(day, "d MMMM y", self.code)

    def weekday_day_month_year(self, day: date) -> str:
        return _in_words(day, "EEEE d MMMM y", self.code)

    def weekday_day_month(self, day: date) -> str:
        return _in_words(day, "EEEE d MMMM", self.code)

    def weekday(self, index: int, heading: bool = True) -> str:
        """The day's name as a heading (``Luni``), or as the language writes it in a sentence (``luni``)."""
        name = _day_names(self.code)[index]
        return name[:1].upper() + name[1:] if heading else name

    def month_year(self, day: date) -> str:
        return _in_words(day, "LLLL y", self.code)  # the month's name standing alone

    def clock(self, value: time) -> str:
        return _in_words(value, "short", self.code)

    def time_span(self, starts: time, ends: time) -> str:
        return f"{self.clock(starts)}\u2013{self.clock(ends)}"  # an en dash: every language reads it as "to"


@functools.cache
def _day_names(code: str) -> tuple[str, ...]:
    """Monday to Sunday in the language ``code``, as it writes them in a sentence."""
    names = get_day_names("wide", locale=code)
    return tuple(names[index] for index in range(7))


@functools.lru_cache(maxsize=4096)
def _in_words(value: date | time, pattern: str, code: str) -> str:
    """A date or a time in ``pattern``, as the language ``code`` writes it."""
    if isinstance(value, time):
        return format_time(value, pattern, locale=code)
    return format_date(value, pattern, locale=code)
