"""The date a build treats as "today".

``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) fixes it, so two
builds of the same commit give the same files; otherwise it is today's date
in the UK.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def build_date(environ: Mapping[str, str] | None = None) -> date:
    variables = os.environ if environ is None else environ
    epoch = variables.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).astimezone(LONDON).date()
    return datetime.now(tz=LONDON).date()
