"""A childcare setting as an editor writes it (one file in content/childcare/).

Money is written as pounds (``7.50``, ``£7.50`` or ``7``) and kept as whole
pence, so every sum on the page and in the open data is exact. Ages are in
whole months, both ends included: 2-year-olds are ``24`` to ``35``.

Checks that compare one field with another (ages out of order, fee bands
outside the ages taken, funded hours for ages not taken) live in
``generator.childcare.checks``, where they can name the line of each field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from ..schema.common import (
    Contact,
    Coordinates,
    Date,
    Name,
    OpeningHours,
    Postcode,
    Record,
    Slug,
    Text,
    WebAddress,
    WholeNumber,
    YesNo,
    parse_clock_time,
)

SettingType = Literal[
    "day-nursery", "pre-school", "school-nursery", "nursery-school", "childminder", "out-of-school-club",
]
OfstedOutcome = Literal[
    "outstanding", "good", "requires-improvement", "inadequate", "met", "not-met", "not-yet-inspected",
]
ChargeUnit = Literal["hour", "day", "week", "one-off"]

# Pounds, with commas only between thousands (1,250.00), and up to two figures of pence.
_MONEY = re.compile(r"^£?\s*(\d{1,3}(?:,\d{3})+|\d{1,5})(?:\.(\d{1,2}))?$")
# "6,50" is six pounds fifty where a comma marks the pence; here it would read as £650, so it is refused.
_DECIMAL_COMMA = re.compile(r"^£?\s*\d+,\d{1,2}$")


def parse_money(value: object) -> object:
    """``7.50``, ``£7.50``, ``7.5``, ``7`` or ``1,250`` as whole pence (750); a negative sum is a mistake."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("-") or text.startswith("£-") or text.startswith("-£"):
        raise PydanticCustomError("money_negative", "a price cannot be below zero", {"value": value})
    if _DECIMAL_COMMA.match(text):
        raise PydanticCustomError("money_comma", "a comma before the pence", {"value": value})
    match = _MONEY.match(text)
    if not match:
        raise PydanticCustomError("money", "not an amount of money", {"value": value})
    pounds, pence = match.group(1).replace(",", ""), (match.group(2) or "0").ljust(2, "0")
    return int(pounds) * 100 + int(pence)


Pence = Annotated[int, BeforeValidator(parse_money), Field(json_schema_extra={"type": "string", "examples": ["7.50"]})]


Months = Annotated[WholeNumber, Field(ge=0, le=240)]


@dataclass(frozen=True)
class TimeSpan:
    """A stretch of the day such as a session, ``09:00 to 12:00``."""

    starts: time
    ends: time

    @property
    def minutes(self) -> int:
        return (self.ends.hour * 60 + self.ends.minute) - (self.starts.hour * 60 + self.starts.minute)

    def __str__(self) -> str:
        return f"{self.starts:%H:%M} to {self.ends:%H:%M}"


_SPLIT = re.compile(r"\s*(?:-|–|to)\s*")


def _parse_span(value: object) -> object:
    if not isinstance(value, str):
        return value
    parts = _SPLIT.split(value.strip())
    if len(parts) != 2:
        raise PydanticCustomError("time_span", "not a stretch of time", {"value": value})
    starts, ends = parse_clock_time(parts[0]), parse_clock_time(parts[1])
    if ends <= starts:
        raise PydanticCustomError("time_order", "ends before it starts", {"value": value})
    return TimeSpan(starts, ends)


Span = Annotated[TimeSpan, BeforeValidator(_parse_span), Field(json_schema_extra={"type": "string"})]


_OFSTED_REFERENCE = re.compile(r"^(EY|SC|C)?[0-9]{6,7}$")


def _check_reference(value: str) -> str:
    if not _OFSTED_REFERENCE.match(value.strip().upper()):
        raise PydanticCustomError("ofsted_reference", "not an Ofsted reference", {"value": value})
    return value.strip().upper()


class Ofsted(Record):
    """The setting's Ofsted registration and its latest inspection."""

    reference: Annotated[str, AfterValidator(_check_reference)]
    outcome: OfstedOutcome
    inspected: Date | None = None
    report: WebAddress | None = None


class Ages(Record):
    """Youngest and oldest ages taken, in whole months, both included."""

    from_months: Months
    to_months: Months


class Session(Record):
    name: Name
    times: Span
    price: Pence


class DayRate(Record):
    """The price of a full day and the hours that day covers."""

    price: Pence
    times: Span


class FeeBand(Record):
    """Prices for children in one age band; any mix of hourly, sessions and a day rate."""

    from_months: Months
    to_months: Months
    per_hour: Pence | None = None
    sessions: list[Session] = []
    per_day: DayRate | None = None


class Charge(Record):
    """A charge on top of the fees: meals, snacks, nappies, trips."""

    name: Name
    price: Pence
    per: ChargeUnit
    optional: YesNo


class FundedHours(Record):
    """Which funded entitlements the setting offers (yes or no for each)."""

    # One field for each entitlement in the table of national rules (generator/policy/funded_hours.yml, read by
    # generator.childcare.rules, which refuses a table whose keys differ from these); how many hours each is and
    # for which ages is said there only. (The docstring above is what editors' tools show.)

    three_and_four_year_olds: YesNo  # the hours for every 3 and 4 year old
    working_families: YesNo  # the hours for working families
    two_year_olds: YesNo  # the hours for 2 year olds whose family gets extra support
    stretched: YesNo  # the funded hours can be spread over more weeks than term time


class Vacancies(Record):
    as_of: Date
    places: YesNo
    details: Text | None = None


class ChildcareSetting(Record):
    id: Slug
    name: Name
    type: SettingType
    summary: Text | None = None
    ofsted: Ofsted
    address: Annotated[list[Name], Field(min_length=1)]
    postcode: Postcode
    ward: Name
    area: Name
    coordinates: Coordinates
    ages: Ages
    opening_hours: OpeningHours
    weeks_open: Annotated[WholeNumber, Field(ge=1, le=52)]
    term_time_only: YesNo
    funded_hours: FundedHours
    fees: list[FeeBand] = []
    fees_note: Text | None = None
    additional_charges: list[Charge] = []
    vacancies: Vacancies | None = None
    send_support: YesNo
    send_details: Text | None = None
    languages: list[Name] = ["English"]
    contact: Contact | None = None
    last_reviewed: Date
    owner: Name | None = None
