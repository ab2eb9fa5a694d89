"""The two comparison figures, worked out the same way for every setting.

Settings price their care in different ways (by the hour, by the session, by
the day, with different prices by age) and add different charges. To let a
parent compare them, each age band of each setting gets two figures, both in
whole pence:

**Price of one hour**
    The setting's hourly rate for that age band. A setting without an hourly
    rate sells sessions: we take the session with the lowest price per hour
    (session price ÷ session length). A setting that sells only full days:
    the day price ÷ the day's length. Then we add every *compulsory* charge
    made by the hour (for example consumables at 50p an hour). Charges made
    once a day, such as a lunch you cannot opt out of, are not in this figure:
    they are in the price of a full day.

**Price of a full day** (only where the setting has a day rate)
    The day rate for that age band, plus every compulsory charge made by the
    day, plus every compulsory charge made by the hour times the length of
    the day.

Optional charges (a meal you may bring from home, trips) are never included,
nor are charges made by the week or once only; those are listed next to the
figures. Neither figure takes off funded hours. Where a division does not
come out in whole pence, it is rounded to the nearest penny (half a penny
rounds up).
"""

from __future__ import annotations

from dataclasses import dataclass

from .schema import ChildcareSetting, FeeBand

# Ages at which the open data gives the figures, as (column suffix, words, age in months).
# A child "aged 2" is taken to be 30 months: the middle of that year of age.
REFERENCE_AGES: tuple[tuple[str, str, int], ...] = (
    ("age_0", "aged under 1 (6 months)", 6),
    ("age_1", "aged 1 (18 months)", 18),
    ("age_2", "aged 2 (30 months)", 30),
    ("age_3", "aged 3 (42 months)", 42),
    ("age_4", "aged 4 (54 months)", 54),
    ("age_8", "aged 8 (school age, 102 months)", 102),
)


@dataclass(frozen=True)
class BandPrices:
    """The comparison figures for one fee band, in pence (None: not offered)."""

    from_months: int
    to_months: int
    hour: int | None
    hour_basis: str  # how the hour figure was found, in words: "hourly rate", "Morning session", "day rate"
    day: int | None
    day_minutes: int | None


def per_hour(pence: int, minutes: int) -> int:
    """``pence`` for ``minutes`` of care as a price per hour, to the nearest penny (halves up)."""
    # Integer arithmetic: round(p * 60 / m) with halves going up, with no floating point.
    return (2 * pence * 60 + minutes) // (2 * minutes)


def for_minutes(pence_an_hour: int, minutes: int) -> int:
    """An hourly charge for ``minutes`` of care, to the nearest penny (halves up)."""
    return (2 * pence_an_hour * minutes + 60) // 120


def compulsory(setting: ChildcareSetting, per: str) -> int:
    """The total of the charges that are not optional and are made ``per`` hour, day or week."""
    return sum(c.price for c in setting.additional_charges if not c.optional and c.per == per)


def band_prices(band: FeeBand, setting: ChildcareSetting) -> BandPrices:
    """Both comparison figures for one fee band (see the module's description)."""
    by_hour, by_day = compulsory(setting, "hour"), compulsory(setting, "day")
    hour: int | None
    if band.per_hour is not None:
        hour, basis = band.per_hour, "hourly rate"
    elif band.sessions:
        # The lowest price per hour among the sessions; the first listed wins a tie.
        rates = [(per_hour(s.price, s.times.minutes), i) for i, s in enumerate(band.sessions)]
        hour, best = min(rates)
        basis = f"{band.sessions[best].name} session"
    elif band.per_day is not None:
        hour, basis = per_hour(band.per_day.price, band.per_day.times.minutes), "day rate"
    else:
        hour, basis = None, ""
    if hour is not None:
        hour += by_hour
    day = minutes = None
    if band.per_day is not None:
        minutes = band.per_day.times.minutes
        day = band.per_day.price + by_day + for_minutes(by_hour, minutes)
    return BandPrices(band.from_months, band.to_months, hour, basis, day, minutes)


def all_band_prices(setting: ChildcareSetting) -> list[BandPrices]:
    """The figures for every fee band, youngest band first."""
    return [band_prices(b, setting) for b in sorted(setting.fees, key=lambda b: b.from_months)]


def prices_at(setting: ChildcareSetting, months: int) -> BandPrices | None:
    """The figures for a child of ``months``, or None if no fee band covers that age."""
    for prices in all_band_prices(setting):
        if prices.from_months <= months <= prices.to_months:
            return prices
    return None


def lowest(values: list[int | None]) -> int | None:
    """The smallest of the figures that exist, for sorting with no age chosen."""
    present = [v for v in values if v is not None]
    return min(present) if present else None


def pounds(pence: int) -> str:
    """Pence as pounds for people: ``£7.50``."""
    return f"£{pence // 100:,}.{pence % 100:02d}"
