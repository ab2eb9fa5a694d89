"""Field types shared by every kind of record.

Values arrive as the text the editor wrote. Each type here turns that text
into a value or raises a ``PydanticCustomError`` whose type names the mistake,
so ``generator.messages`` can explain it in plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from ..vocabulary import WEEKDAYS


class Record(BaseModel):
    """Base for every model: unknown fields are mistakes, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=False)


SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def _check_slug(value: str) -> str:
    if not re.fullmatch(SLUG_PATTERN, value):
        raise PydanticCustomError("slug", "not a valid id", {"value": value})
    return value


Slug = Annotated[str, AfterValidator(_check_slug), Field(json_schema_extra={"pattern": SLUG_PATTERN})]
Text = Annotated[str, Field(min_length=1)]


def _parse_yes_no(value: object) -> object:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("yes", "true"):
            return True
        if word in ("no", "false"):
            return False
        raise PydanticCustomError("yes_no", "not yes or no", {"value": value})
    return value


YesNo = Annotated[bool, BeforeValidator(_parse_yes_no)]

_TIME_24H = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_TIME_12H = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)$", re.IGNORECASE)


def parse_clock_time(text: str) -> time:
    """Read ``09:30``, ``9.30``, ``9:30am`` or ``2pm`` as a time of day."""
    text = text.strip()
    match = _TIME_24H.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
    else:
        match = _TIME_12H.match(text)
        if not match:
            raise PydanticCustomError("clock_time", "not a time", {"value": text})
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if not 1 <= hour <= 12:
            raise PydanticCustomError("clock_time", "not a time", {"value": text})
        hour = hour % 12 + (12 if match.group(3).lower() == "pm" else 0)
    if hour > 23 or minute > 59:
        raise PydanticCustomError("clock_time", "not a time", {"value": text})
    return time(hour, minute)


def _to_time(value: object) -> object:
    return parse_clock_time(value) if isinstance(value, str) else value


ClockTime = Annotated[time, BeforeValidator(_to_time)]


@dataclass(frozen=True)
class TimeRange:
    opens: time
    closes: time

    def __str__(self) -> str:
        return f"{self.opens:%H:%M} to {self.closes:%H:%M}"


_RANGE_SPLIT = re.compile(r"\s*(?:-|–|to)\s*")


def _parse_time_range(value: object) -> object:
    if not isinstance(value, str):
        return value
    if value.strip().lower() == "closed":
        return None
    parts = _RANGE_SPLIT.split(value.strip())
    if len(parts) != 2:
        raise PydanticCustomError("time_range", "not a time range", {"value": value})
    opens, closes = parse_clock_time(parts[0]), parse_clock_time(parts[1])
    if closes <= opens:
        raise PydanticCustomError("time_order", "closes before it opens", {"value": value})
    return TimeRange(opens, closes)


OpeningTimes = Annotated[
    TimeRange | None,
    BeforeValidator(_parse_time_range),
    Field(json_schema_extra={"type": "string", "examples": ["09:00 to 17:00", "closed"]}),
]


class OpeningHours(Record):
    """Opening times by weekday; a day left out is a day it is closed."""

    monday: OpeningTimes = None
    tuesday: OpeningTimes = None
    wednesday: OpeningTimes = None
    thursday: OpeningTimes = None
    friday: OpeningTimes = None
    saturday: OpeningTimes = None
    sunday: OpeningTimes = None

    def by_day(self) -> list[tuple[str, TimeRange | None]]:
        return [(day, getattr(self, day)) for day in WEEKDAYS]


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_email(value: str) -> str:
    if not _EMAIL.match(value):
        raise PydanticCustomError("email", "not an email address", {"value": value})
    return value


def _check_web_address(value: str) -> str:
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
        raise PydanticCustomError("web_address", "not a web address", {"value": value})
    return value


Email = Annotated[str, AfterValidator(_check_email)]
WebAddress = Annotated[str, AfterValidator(_check_web_address)]

_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")


def _check_postcode(value: str) -> str:
    if not _POSTCODE.match(value.strip().upper()):
        raise PydanticCustomError("postcode", "not a postcode", {"value": value})
    return value.strip().upper()


Postcode = Annotated[str, AfterValidator(_check_postcode)]


class Contact(Record):
    phone: Text | None = None
    email: Email | None = None
    website: WebAddress | None = None


class Coordinates(Record):
    latitude: Annotated[float, Field(ge=-90, le=90)]
    longitude: Annotated[float, Field(ge=-180, le=180)]


class Link(Record):
    text: Text
    url: WebAddress


Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
