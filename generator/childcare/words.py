"""A childcare setting's facts in plain words, shared by the page and the open data."""

from __future__ import annotations

import functools
import re
from datetime import time
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.numbers import format_currency, format_percent

from .. import date_words
from ..languages import ENGLISH, phrases
from ..schema.common import OpeningHours
from ..translation import N_, N_plural
from .prices import pounds
from .rules import Entitlement, rules
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


# The phrases a setting's facts are said in (in the page's language, through ``SettingWords``).
MONTHS = N_plural("%(num)d month", "%(num)d months")
YEARS = N_plural("%(num)d year", "%(num)d years")
# Translators: an age such as "2 years 6 months": %(years)s is "2 years", %(months)s is "6 months".
YEARS_AND_MONTHS = N_("%(years)s %(months)s")
# Translators: a range of ages within the first two years, such as "3 to 23 months".
MONTHS_RANGE = N_("%(start)d to %(end)d months")
# Translators: a range of ages, such as "3 months to 4 years".
AGE_RANGE = N_("%(start)s to %(end)s")
# A kind of funded hours by its hours and whom they are for: "<hours> hours for working families".
HOURS_FOR = N_("%(hours)s hours for %(whom)s")
# Translators: days a setting is open, such as "Monday to Friday".
DAY_RANGE = N_("%(first)s to %(last)s")
# Translators: opening times on some days, such as "Monday to Friday 7:30am to 6pm".
DAYS_AND_TIMES = N_("%(days)s %(times)s")
WEEKS_TERM_TIME = N_("%(weeks)d weeks a year (term time only)")
WEEKS_ALL_YEAR = N_("%(weeks)d weeks a year (open in school holidays too)")
PER_HOUR = N_("%(price)s an hour")
# Translators: a setting's own session and its price, such as "Morning (7:30am to 1pm) £42.00".
SESSION_PRICE = N_("%(name)s (%(times)s) %(price)s")
FULL_DAY = N_("full day (%(times)s) %(price)s")
# Translators: an extra charge, such as "Trips: £5.00 once (optional)". %(unit)s is "an hour", "a day"...
PRICE_PER = N_("%(price)s %(unit)s")
CHARGE = N_("%(name)s: %(price)s (%(need)s)")
INCLUDED = N_("included")
OPTIONAL = N_("optional")
MUST_PAY = N_("you must pay this")
NO_CHARGE = N_("no charge")


class SettingWords:
    """A childcare setting's facts in words, in the language ``code``: its ages, opening hours, weeks and
    prices. The English is what the open data says too."""

    def __init__(self, code: str = ENGLISH):
        self.code = code
        self.phrases = phrases(code)
        self.dates: Any = date_words if code == ENGLISH else date_words.InLanguage(code)

    def _say(self, phrase: str, **values: object) -> str:
        return self.phrases.gettext(phrase) % values

    def _count(self, pair: tuple[str, str], number: int) -> str:
        return self.phrases.ngettext(*pair, number) % {"num": number}

    def money(self, pence: int) -> str:
        """Pence as pounds, as the language writes a sum: ``£7.50``, ``7,50 £``."""
        return pounds(pence) if self.code == ENGLISH else _sum_in(pence, self.code)

    def whole_pounds(self, pounds: int) -> str:
        """A sum of whole pounds as the language writes it, without pence: ``£1,250``, ``1.250 £``."""
        return f"£{pounds:,}" if self.code == ENGLISH else _whole_pounds_in(pounds, self.code)

    def percent(self, share: int) -> str:
        """A share in whole percent as the language writes it: ``40%``, ``40 %``."""
        return f"{share}%" if self.code == ENGLISH else format_percent(share / 100, locale=self.code)

    def age(self, months: int, upper: bool = False) -> str:
        """An age in months as people say it: ``9 months``, ``2 years``, ``2 years 6 months``.

        As the top of a range (``upper``), 59 months reads as ``4 years``: the whole
        of that year of age is included.
        """
        if months < 24:
            if months % 12 == 0 and months:
                return self._count(YEARS, months // 12)
            return self._count(MONTHS, months)
        years, rest = divmod(months, 12)
        if rest == 0 or (upper and rest == 11):
            return self._count(YEARS, years)
        return self._say(YEARS_AND_MONTHS, years=self._count(YEARS, years), months=self._count(MONTHS, rest))

    def age_range(self, start: int, end: int) -> str:
        """``3 to 23 months``, ``2 years`` (a whole year of age), ``3 months to 4 years``."""
        if start >= 12 and start % 12 == 0 and end == start + 11:
            return self.age(start)
        if end < 24:
            return self._say(MONTHS_RANGE, start=start, end=end)
        return self._say(AGE_RANGE, start=self.age(start), end=self.age(end, upper=True))

    def hours_summary(self, hours: OpeningHours) -> list[str]:
        """Opening hours with runs of days that share times joined: ``Monday to Friday 7:30am to 6pm``."""
        days = hours.by_day()
        lines, i = [], 0
        while i < len(days):
            j = i
            while j + 1 < len(days) and days[j + 1][1] == days[i][1]:
                j += 1
            times = days[i][1]
            if times is not None:
                first = self.dates.weekday(i)
                span = first if i == j else self._say(DAY_RANGE, first=first,
                                                      last=self.dates.weekday(j, heading=False))
                lines.append(self._say(DAYS_AND_TIMES, days=span,
                                       times=self.dates.time_span(times.opens, times.closes)))
            i = j + 1
        return lines

    def weeks(self, setting: ChildcareSetting) -> str:
        return self._say(WEEKS_TERM_TIME if setting.term_time_only else WEEKS_ALL_YEAR, weeks=setting.weeks_open)

    def band_rates(self, band: FeeBand, for_the_page: bool = False) -> list[str]:
        """The setting's own prices for one age band, each in words.

        The open data keeps times as written (``07:30 to 13:00``); the page says them as every page does
        (``7:30am to 1pm``).
        """
        def times(span: TimeSpan) -> str:
            return self.dates.time_span(span.starts, span.ends) if for_the_page else str(span)

        rates = []
        if band.per_hour is not None:
            rates.append(self._say(PER_HOUR, price=self.money(band.per_hour)))
        rates += [self._say(SESSION_PRICE, name=s.name, times=times(s.times), price=self.money(s.price))
                  for s in band.sessions]
        if band.per_day is not None:
            rates.append(self._say(FULL_DAY, times=times(band.per_day.times), price=self.money(band.per_day.price)))
        return rates

    def charge(self, item: Charge) -> str:
        if item.price == 0:
            price, need = self.phrases.gettext(INCLUDED), self.phrases.gettext(NO_CHARGE)
        else:
            unit = self.phrases.gettext(CHARGE_UNITS[item.per])
            price = self._say(PRICE_PER, price=self.money(item.price), unit=unit)
            need = self.phrases.gettext(OPTIONAL if item.optional else MUST_PAY)
        return self._say(CHARGE, name=item.name, price=price, need=need)


@functools.lru_cache(maxsize=4096)
def _sum_in(pence: int, code: str) -> str:
    """Pence as pounds, as the language ``code`` writes a sum (a county's table says the same few thousands
    of times)."""
    return format_currency(Decimal(pence) / 100, "GBP", locale=code).replace("GBP", "£")


def _whole_pounds_in(pounds: int, code: str) -> str:
    pattern = Locale.parse(code).currency_formats["standard"].pattern
    return format_currency(pounds, "GBP", locale=code, format=_DECIMALS.sub("", pattern),
                           currency_digits=False).replace("GBP", "£")


_DECIMALS = re.compile(r"\.0+")

# The English, as the open data and the explainer say it.
ENGLISH_WORDS = SettingWords()
age = ENGLISH_WORDS.age
age_range = ENGLISH_WORDS.age_range
band_rates = ENGLISH_WORDS.band_rates
charge = ENGLISH_WORDS.charge


def opens_early(setting: ChildcareSetting) -> bool:
    return any(t is not None and t.opens < EARLY for _, t in setting.opening_hours.by_day())


def open_late(setting: ChildcareSetting) -> bool:
    return any(t is not None and t.closes > LATE for _, t in setting.opening_hours.by_day())


def funded_offered(setting: ChildcareSetting, code: str = ENGLISH) -> list[str]:
    """The names of the funded hours the setting offers, from the rules, in the language ``code``."""
    return [entitlement_name(entitlement, code) for entitlement in rules().offered(setting.funded_hours)]


def entitlement_name(entitlement: Entitlement, code: str = ENGLISH) -> str:
    """``Entitlement.name`` ("<hours> hours for working families") in the language ``code``: the rules' words for
    whom, from the interface's catalogue (``catalogue.extract_policy``)."""
    if code == ENGLISH:
        return entitlement.name
    say = phrases(code).gettext
    return say(HOURS_FOR) % {"hours": entitlement.hours_a_week, "whom": say(entitlement.for_whom)}
