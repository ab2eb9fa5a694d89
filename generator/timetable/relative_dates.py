"""Dates written relative to the build date, so the example site never goes stale.

In ``cancellations``, ``changes`` and ``extra_dates`` a date may be written as
``next-1``, ``next-2`` ... meaning "the first (second ...) date after the
build date on which this session would run". ``extra-7`` means "seven days
after the build date" (for extra dates, which are outside the pattern).

They are allowed only when ``example_data: yes`` is set in
``content/site.yml``: a real council's timetable must say real dates, and the
check says so. Relative dates are resolved by the occurrence engine, once,
with the same "today" that every page and feed uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import WrapValidator

from ..schema.common import Date

_PATTERN = re.compile(r"^(next|extra)-([1-9][0-9]?)$")


@dataclass(frozen=True)
class RelativeDate:
    """``next-N`` (the Nth run of the session after today) or ``extra-N`` (N days after today)."""

    kind: str
    count: int

    def __str__(self) -> str:
        return f"{self.kind}-{self.count}"


def _relative_or_date(value: Any, handler: Any) -> Any:
    if isinstance(value, str):
        match = _PATTERN.match(value.strip())
        if match:
            return RelativeDate(match.group(1), int(match.group(2)))
    return handler(value)


FlexibleDate = Annotated[Date, WrapValidator(_relative_or_date)]
