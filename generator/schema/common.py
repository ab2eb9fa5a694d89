"""Field types shared by every kind of record.

Values arrive as the text the editor wrote. Each type here turns that text
into a value or raises a ``PydanticCustomError`` whose type names the mistake,
so ``generator.messages`` can explain it in plain words.
"""

from __future__ import annotations

import datetime
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
# Ids become file names, web addresses and calendar UIDs: short enough for all of them.
SLUG_LIMIT = 80


def _check_slug(value: str) -> str:
    if not re.fullmatch(SLUG_PATTERN, value):
        raise PydanticCustomError("slug", "not a valid id", {"value": value})
    return value


# The length is checked first (as a constraint of the text itself), so a huge value is refused quickly.
Slug = Annotated[str, Field(max_length=SLUG_LIMIT, json_schema_extra={"pattern": SLUG_PATTERN}),
                 AfterValidator(_check_slug)]

# How long text may be. Every page must stay light on a phone whatever is written, so no field is
# unbounded: a name fits on a line, a paragraph is a paragraph, a Markdown description is a page.
NAME_LIMIT = 120
TEXT_LIMIT = 2_000
DESCRIPTION_LIMIT = 20_000

# Characters no text on the site may hold: control characters (YAML's "\x07" or "\e" escapes can
# write them), lone surrogates (from "\ud83d" without its pair: not text at all, and they break UTF-8),
# a byte order mark inside text (invisible, pasted from another program) and the two non-characters.
# Line breaks and tabs are allowed in text, not in names.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")


def _check_text(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "only spaces", {"value": value})
    bad = _NOT_TEXT.search(value)
    if bad:
        raise PydanticCustomError("control_character", "a control character",
                                  {"value": value, "code": f"U+{ord(bad.group()):04X}"})
    return value


def _check_name(value: str) -> str:
    value = _check_text(value)
    if any(c in value for c in "\n\r\t\u2028\u2029"):
        raise PydanticCustomError("one_line", "more than one line", {"value": value})
    return value


Text = Annotated[str, Field(min_length=1, max_length=TEXT_LIMIT), AfterValidator(_check_text)]
Name = Annotated[str, Field(min_length=1, max_length=NAME_LIMIT), AfterValidator(_check_name)]
Description = Annotated[str, Field(min_length=1, max_length=DESCRIPTION_LIMIT), AfterValidator(_check_text)]

# A name printed on every page of the site (the council's, the site's) is plain text: none of the
# characters that start markup, templates or quoting, wherever it lands.
_NOT_PLAIN = re.compile(r'[<>"{}\[\]`|\\]')


def _check_plain_name(value: str) -> str:
    value = _check_name(value)
    if _NOT_PLAIN.search(value):
        raise PydanticCustomError("plain_name", "not a plain name", {"value": value})
    return value


PlainName = Annotated[str, Field(min_length=1, max_length=NAME_LIMIT), AfterValidator(_check_plain_name)]

# Every date an editor writes: year-month-day, within this century. Pydantic alone would also take
# "2026-01-01T00:00" or a count of seconds; dates far in the past or future are slips of the keyboard,
# and a calendar's SEQUENCE is counted from the first of them.
EARLIEST_DATE = datetime.date(2000, 1, 1)
LATEST_DATE = datetime.date(2099, 12, 31)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _to_date(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        day = datetime.date.fromisoformat(text) if _DATE.match(text) else None
    except ValueError:
        day = None
    if day is None:
        raise PydanticCustomError("date", "not a date", {"value": value})
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise PydanticCustomError("date_range", "not a date in this century", {"value": value})
    return day


Date = Annotated[datetime.date, BeforeValidator(_to_date)]


def _to_whole_number(value: object) -> object:
    # "1_0" and "+5" are numbers to Python, never to an editor: only digits, perhaps with spaces around.
    if isinstance(value, str):
        if not re.fullmatch(r"\s*[0-9]{1,6}\s*", value):
            raise PydanticCustomError("whole_number", "not a whole number", {"value": value})
        return int(value)
    return value


WholeNumber = Annotated[int, BeforeValidator(_to_whole_number)]


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


# An address mail programs and people agree on: no spaces, quotes or angle brackets, a dotted domain.
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
EMAIL_LIMIT = 254


def _check_email(value: str) -> str:
    if len(value) > EMAIL_LIMIT or not _EMAIL.match(value.strip()):
        raise PydanticCustomError("email", "not an email address", {"value": value})
    return value.strip()


# A web address with a host name and nothing that could end an attribute or start markup.
_WEB_ADDRESS = re.compile(r"^https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?"
                          r"(?:[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?$")
WEB_ADDRESS_LIMIT = 2_000


def _check_web_address(value: str) -> str:
    value = value.strip()
    if len(value) > WEB_ADDRESS_LIMIT or not _WEB_ADDRESS.match(value):
        raise PydanticCustomError("web_address", "not a web address", {"value": value})
    return value


def _check_secure_web_address(value: str) -> str:
    value = _check_web_address(value)
    if not value.startswith("https://"):
        raise PydanticCustomError("secure_web_address", "not an https address", {"value": value})
    return value


Email = Annotated[str, AfterValidator(_check_email)]
WebAddress = Annotated[str, AfterValidator(_check_web_address)]
SecureWebAddress = Annotated[str, AfterValidator(_check_secure_web_address)]

# A phone number as people write it: digits with spaces, brackets or dashes, perhaps a leading +.
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]*$")


def _check_phone(value: str) -> str:
    value = value.strip()
    digits = sum(c.isdigit() for c in value)
    if not _PHONE.match(value) or not 3 <= digits <= 15 or len(value) > 30:
        raise PydanticCustomError("phone", "not a phone number", {"value": value})
    return value


Phone = Annotated[str, AfterValidator(_check_phone)]

_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")


def _check_postcode(value: str) -> str:
    if not _POSTCODE.match(value.strip().upper()):
        raise PydanticCustomError("postcode", "not a postcode", {"value": value})
    return value.strip().upper()


Postcode = Annotated[str, AfterValidator(_check_postcode)]


class Contact(Record):
    phone: Phone | None = None
    email: Email | None = None
    website: WebAddress | None = None


# Degrees as a plain decimal number: no "nan", "inf", "1e3" or "1_0", which Python would read.
_DEGREES = re.compile(r"^\s*-?[0-9]{1,3}(?:\.[0-9]{1,10})?\s*$")


def _to_degrees(value: object) -> object:
    if isinstance(value, str):
        if not _DEGREES.match(value):
            raise PydanticCustomError("degrees", "not a number of degrees", {"value": value})
        return float(value)
    return value


Degrees = Annotated[float, BeforeValidator(_to_degrees)]


class Coordinates(Record):
    latitude: Annotated[Degrees, Field(ge=-90, le=90)]
    longitude: Annotated[Degrees, Field(ge=-180, le=180)]


class Link(Record):
    text: Name
    url: WebAddress


Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
