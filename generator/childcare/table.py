"""The table of every childcare setting: one row per setting, complete without JavaScript.

The markup is ``settings_table`` in ``templates/macros/childcare.html``; this module says what each row
says, in words. Each row also carries its facts as ``data-`` attributes (numbers and keys, never prose)
so that ``childcare.js`` can filter, sort and estimate without reading the visible text. Prices in those
attributes are the figures from ``generator.childcare.prices``: the script never works out a price itself.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ..languages import ENGLISH
from .prices import all_band_prices, compulsory
from .rules import STRETCHED_FILTER, rules
from .schema import ChildcareSetting
from .words import OUTCOMES, TYPES, SettingWords, funded_offered, open_late, opens_early


class BandWords(NamedTuple):
    """The two comparison prices of one age band, in pounds (None: no such price)."""

    ages: str
    hour: str | None
    day: str | None


class Row(NamedTuple):
    """One setting's row: the setting, and what its cells say that the setting does not say itself."""

    setting: ChildcareSetting
    data: dict[str, str]  # its data- attributes, for childcare.js
    type: str
    ages: str
    hours: list[str]  # opening hours, a line for each run of days with the same times
    weeks: str
    funded: list[str]  # the names of the funded hours it offers
    outcome: str
    prices: list[BandWords]
    fees: list[tuple[str, str]]  # each age band of its own prices: (ages, the prices in words)
    charges: list[str]
    stale: bool  # its costs were confirmed too long ago


class SettingsTable(NamedTuple):
    rows: list[Row]
    term_weeks: int  # the weeks a year of funded hours in term time (the rules' table)


def settings_table(settings: list[ChildcareSetting], stale_before: date | None = None,
                   code: str = ENGLISH) -> SettingsTable:
    """The table of ``settings``, in the language ``code``; costs confirmed before ``stale_before`` are marked
    as old."""
    words = SettingWords(code)
    return SettingsTable([row(s, words, stale_before) for s in settings], rules().weeks_a_year)


def row(setting: ChildcareSetting, words: SettingWords, stale_before: date | None = None) -> Row:
    return Row(
        setting=setting,
        data=data_attributes(setting),
        type=TYPES[setting.type],
        ages=words.age_range(setting.ages.from_months, setting.ages.to_months),
        hours=words.hours_summary(setting.opening_hours),
        weeks=words.weeks(setting),
        funded=funded_offered(setting, words.code),
        outcome=OUTCOMES[setting.ofsted.outcome],
        prices=[BandWords(words.age_range(band.from_months, band.to_months),
                          None if band.hour is None else words.money(band.hour),
                          None if band.day is None else words.money(band.day))
                for band in all_band_prices(setting)],
        fees=[(words.age_range(band.from_months, band.to_months), "; ".join(words.band_rates(band, for_the_page=True)))
              for band in sorted(setting.fees, key=lambda b: b.from_months)],
        charges=[words.charge(c) for c in setting.additional_charges],
        stale=bool(stale_before and setting.last_reviewed < stale_before),
    )


def data_attributes(setting: ChildcareSetting) -> dict[str, str]:
    """What the script needs to know about a setting, as short machine-readable values (``data-`` attributes)."""
    funded = [e.filter for e in rules().offered(setting.funded_hours)]
    if setting.funded_hours.stretched:
        funded.append(STRETCHED_FILTER)
    bands = [
        f"{b.from_months} {b.to_months} {'-' if b.hour is None else b.hour} {'-' if b.day is None else b.day}"
        for b in all_band_prices(setting)
    ]
    attributes = {
        "data-area": setting.area,
        "data-type": setting.type,
        "data-ages": f"{setting.ages.from_months} {setting.ages.to_months}",
        "data-funded": " ".join(funded),
        "data-lat": f"{setting.coordinates.latitude:.5f}",
        "data-lon": f"{setting.coordinates.longitude:.5f}",
        "data-bands": "|".join(bands),
        "data-perday": str(compulsory(setting, "day")),
        "data-perweek": str(compulsory(setting, "week")),
    }
    flags = {"early": opens_early(setting), "late": open_late(setting), "allyear": not setting.term_time_only,
             "send": setting.send_support}
    attributes.update({f"data-{name}": "1" for name, on in flags.items() if on})
    return attributes
