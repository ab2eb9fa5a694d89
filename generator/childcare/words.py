"""A childcare setting's facts in plain words, shared by the page and the open data."""

from __future__ import annotations

from datetime import time

from ..date_words import time_span
from ..schema.common import OpeningHours
from ..translation import N_
from .prices import pounds
from .rules import rules
from .schema import Charge, ChildcareSetting, FeeBand, TimeSpan

TYPES = {
    "day-nursery": N_("Day nursery"),
    "pre-school": N_("Pre-school or playgroup"),
    "school-nursery": N_("School nursery class"),
    "nursery-school": N_("Nursery school"),
    "childminder": N_("Childminder"),
    "out-of-school-club": N_("Out-of-school club"),
}
OUTCOMES = {
    "outstanding": N_("Outstanding"),
    "good": N_("Good"),
    "requires-improvement": N_("Requires improvement"),
    "inadequate": N_("Inadequate"),
    "met": N_("Met"),
    "not-met": N_("Not met"),
    "not-yet-inspected": N_("Not yet inspected"),
}
CHARGE_UNITS = {"hour": N_("an hour"), "day": N_("a day"), "week": N_("a week"), "one-off": N_("once")}
EARLY = time(8, 0)  # "opens before 8am"
LATE = time(18, 0)  # "open after 6pm"
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def age(months: int, upper: bool = False) -> str:
    """An age in months as people say it: ``9 months``, ``2 years``, ``2 years 6 months``.

    As the top of a range (``upper``), 59 months reads as ``4 years``: the whole
    of that year of age is included.
    """
    if months < 24:
        if months % 12 == 0 and months:
            return "1 year" if months == 12 else f"{months // 12} years"
        return "1 month" if months == 1 else f"{months} months"
    years, rest = divmod(months, 12)
    if rest == 0 or (upper and rest == 11):
        return f"{years} years"
    return f"{years} years {rest} month{'s' if rest > 1 else ''}"


def age_range(start: int, end: int) -> str:
    """``3 to 23 months``, ``2 years`` (a whole year of age), ``3 months to 4 years``."""
    if start >= 12 and start % 12 == 0 and end == start + 11:
        return age(start)
    if end < 24:
        return f"{start} to {end} months"
    return f"{age(start)} to {age(end, upper=True)}"


def hours_summary(hours: OpeningHours) -> list[str]:
    """Opening hours with runs of days that share times joined: ``Monday to Friday 7:30am to 6pm``."""
    days = hours.by_day()
    lines, i = [], 0
    while i < len(days):
        j = i
        while j + 1 < len(days) and days[j + 1][1] == days[i][1]:
            j += 1
        times = days[i][1]
        if times is not None:
            span = DAY_NAMES[i] if i == j else f"{DAY_NAMES[i]} to {DAY_NAMES[j]}"
            lines.append(f"{span} {time_span(times.opens, times.closes)}")
        i = j + 1
    return lines


def opens_early(setting: ChildcareSetting) -> bool:
    return any(t is not None and t.opens < EARLY for _, t in setting.opening_hours.by_day())


def open_late(setting: ChildcareSetting) -> bool:
    return any(t is not None and t.closes > LATE for _, t in setting.opening_hours.by_day())


def weeks(setting: ChildcareSetting) -> str:
    kind = "term time only" if setting.term_time_only else "open in school holidays too"
    return f"{setting.weeks_open} weeks a year ({kind})"


def funded_offered(setting: ChildcareSetting) -> list[str]:
    """The names of the funded hours the setting offers, from the rules (``Entitlement.name``)."""
    return [entitlement.name for entitlement in rules().offered(setting.funded_hours)]


def band_rates(band: FeeBand, for_the_page: bool = False) -> list[str]:
    """The setting's own prices for one age band, each in words.

    The open data keeps times as written (``07:30 to 13:00``); the page says them as every page does
    (``7:30am to 1pm``).
    """
    def times(span: TimeSpan) -> str:
        return time_span(span.starts, span.ends) if for_the_page else str(span)

    rates = []
    if band.per_hour is not None:
        rates.append(f"{pounds(band.per_hour)} an hour")
    rates += [f"{s.name} ({times(s.times)}) {pounds(s.price)}" for s in band.sessions]
    if band.per_day is not None:
        rates.append(f"full day ({times(band.per_day.times)}) {pounds(band.per_day.price)}")
    return rates


def charge(item: Charge) -> str:
    price = "included" if item.price == 0 else f"{pounds(item.price)} {CHARGE_UNITS[item.per]}"
    need = "optional" if item.optional else "you must pay this"
    if item.price == 0:
        need = "no charge"
    return f"{item.name}: {price} ({need})"

