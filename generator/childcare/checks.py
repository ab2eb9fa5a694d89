"""Checks that compare one field of a childcare setting with another, or with today.

Each value on its own has already passed the schema (a price is money and not
below zero, a time is a time). Here we catch combinations that cannot be
true, each named by file and line, and warn when the costs are old.
"""

from __future__ import annotations

from datetime import date

from ..loader import LoadedContent
from ..problems import Problem
from ..records import Sourced
from .rules import rules, rules_problems
from .schema import ChildcareSetting

# Ids that would clash with the anchors the childcare page and the theme already use.
RESERVED_ID = "main-content"
RESERVED_PREFIX = "cc-"

TERM_TIME_WEEKS = 39


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier (the month's last day if it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def childcare_problems(content: LoadedContent, today: date) -> list[Problem]:
    """Every childcare problem in ``content``, with dates compared with ``today`` (the build date), and any
    problem with the table of national rules the childcare page explains (a warning once it is out of date)."""
    table = rules_problems(today)
    if any(not p.warning for p in table):
        return table  # the settings' funded hours cannot be checked against a table that cannot be read
    # Without readable settings the warning's limit is unknown; content/site.yml has its own problem.
    months = content.settings.record.childcare_costs_warning_months if content.settings else None
    return table + check_settings(content.childcare, today, months)


def check_settings(settings: list[Sourced[ChildcareSetting]], today: date,
                   warning_months: int | None) -> list[Problem]:
    """Every problem with the combination of values in each setting."""
    problems: list[Problem] = []
    for item in settings:
        problems += _identity(item)
        problems += _ages(item)
        problems += _fees(item)
        problems += _funded(item)
        problems += _opening(item)
        problems += _dates(item, today, warning_months)
    return problems


def _problem(item: Sourced, location: tuple, message: str, warning: bool = False) -> Problem:
    return Problem(item.path, item.line(*location), message, warning)


def _identity(item: Sourced[ChildcareSetting]) -> list[Problem]:
    setting_id = item.record.id
    if setting_id == RESERVED_ID or setting_id.startswith(RESERVED_PREFIX):
        return [_problem(item, ("id",), f"the id '{setting_id}' cannot be used: the childcare page keeps "
                         f"'{RESERVED_ID}' and ids starting with '{RESERVED_PREFIX}' for itself; choose another id")]
    return []


def _ages(item: Sourced[ChildcareSetting]) -> list[Problem]:
    ages = item.record.ages
    if ages.from_months > ages.to_months:
        return [_problem(item, ("ages", "to_months"),
                         f"'ages' are out of order: from_months ({ages.from_months}) is older than to_months "
                         f"({ages.to_months}); write the youngest age first")]
    return []


def _fees(item: Sourced[ChildcareSetting]) -> list[Problem]:
    setting = item.record
    problems = []
    if not setting.fees and not setting.fees_note:
        problems.append(_problem(item, ("id",), "there are no 'fees'; list them, or say in 'fees_note' why there "
                                 "are none (for example, funded hours only)"))
    ordered: list[tuple[int, int, int]] = []
    for i, band in enumerate(setting.fees):
        where = f"item {i + 1} of 'fees'"
        if band.from_months > band.to_months:
            problems.append(_problem(item, ("fees", i, "to_months"),
                                     f"{where} has its ages out of order: from_months ({band.from_months}) is "
                                     f"older than to_months ({band.to_months}); write the youngest age first"))
            continue
        if band.per_hour is None and not band.sessions and band.per_day is None:
            problems.append(_problem(item, ("fees", i), f"{where} has no price; give per_hour, sessions or per_day"))
        ages = setting.ages
        if ages.from_months <= ages.to_months and (band.from_months < ages.from_months
                                                   or band.to_months > ages.to_months):
            problems.append(_problem(item, ("fees", i, "from_months"),
                                     f"{where} is for {band.from_months} to {band.to_months} months, outside the "
                                     f"ages the setting takes ({ages.from_months} to {ages.to_months} months)"))
        for start, end, j in ordered:
            if band.from_months <= end and start <= band.to_months:
                problems.append(_problem(item, ("fees", i, "from_months"),
                                         f"{where} ({band.from_months} to {band.to_months} months) overlaps item "
                                         f"{j + 1} ({start} to {end} months); each age can have only one price"))
        ordered.append((band.from_months, band.to_months, i))
    return problems


def _funded(item: Sourced[ChildcareSetting]) -> list[Problem]:
    setting = item.record
    problems = []
    if setting.ages.from_months > setting.ages.to_months:
        return []  # the ages are reported as out of order; comparing with them would only add noise
    offered = rules().offered(setting.funded_hours)
    for entitlement in offered:
        start, end = entitlement.from_months, entitlement.to_months
        if setting.ages.to_months < start or setting.ages.from_months > end:
            problems.append(_problem(item, ("funded_hours", entitlement.key),
                                     f"'funded_hours: {entitlement.key}' is yes, but the {entitlement.name} are for "
                                     f"children of {start} to {end} months and the setting takes "
                                     f"{setting.ages.from_months} to {setting.ages.to_months} months"))
    if setting.funded_hours.stretched and not offered:
        problems.append(_problem(item, ("funded_hours", "stretched"),
                                 "'funded_hours: stretched' is yes, but the setting offers no funded hours"))
    return problems


def _opening(item: Sourced[ChildcareSetting]) -> list[Problem]:
    setting = item.record
    problems = []
    if all(times is None for _, times in setting.opening_hours.by_day()):
        problems.append(_problem(item, ("opening_hours",), "'opening_hours' has every day closed; give the times "
                                 "the setting is open, like monday: 08:00 to 18:00"))
    if setting.term_time_only and setting.weeks_open > TERM_TIME_WEEKS:
        problems.append(_problem(item, ("weeks_open",),
                                 f"'weeks_open' is {setting.weeks_open}, but a term-time only setting is open "
                                 f"{TERM_TIME_WEEKS} weeks a year at most; check 'term_time_only'"))
    return problems


def _dates(item: Sourced[ChildcareSetting], today: date, warning_months: int | None) -> list[Problem]:
    setting = item.record
    problems = []
    ofsted = setting.ofsted
    if ofsted.outcome == "not-yet-inspected" and ofsted.inspected is not None:
        problems.append(_problem(item, ("ofsted", "inspected"), "'ofsted: inspected' has a date, but the outcome "
                                 "is not-yet-inspected; give the outcome of that inspection or remove the date"))
    if ofsted.outcome != "not-yet-inspected" and ofsted.inspected is None:
        problems.append(_problem(item, ("ofsted", "outcome"), "'ofsted: inspected' is missing: give the date of "
                                 "the inspection that gave this outcome"))
    for location, day, words in (
        (("ofsted", "inspected"), ofsted.inspected, "the inspection date"),
        (("vacancies", "as_of"), setting.vacancies.as_of if setting.vacancies else None, "the vacancies date"),
        (("last_reviewed",), setting.last_reviewed, "'last_reviewed'"),
    ):
        if day is not None and day > today:
            problems.append(_problem(item, location, f"{words} is {long_date(day)}, which is after today"))
    if warning_months is not None and setting.last_reviewed < months_before(today, warning_months):
        problems.append(_problem(item, ("last_reviewed",),
                                 f"the costs were last confirmed on {long_date(setting.last_reviewed)}, more than "
                                 f"{warning_months} months ago; check them with the setting and update "
                                 "'last_reviewed'", warning=True))
    return problems
