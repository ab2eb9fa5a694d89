"""Checks of a built Open Referral feed, shared by the example's tests and the county's.

``endpoint_of`` reads a file's path the way a client reads an address; ``schedule_dates`` expands a
schedule with dateutil's rrule, not the generator's engine, so the two are compared, not one with itself.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from typing import Any

from dateutil import rrule

from generator.context import SiteContext

from .oruk_spec import problems

BASE = "openreferral/"
_WEEKDAYS = {"MO": rrule.MO, "TU": rrule.TU, "WE": rrule.WE, "TH": rrule.TH, "FR": rrule.FR, "SA": rrule.SA,
             "SU": rrule.SU}


def endpoint_of(path: str) -> str:
    """``openreferral/services/<id>/index.html`` -> ``/services/{id}``."""
    parts = path.removeprefix(BASE).removesuffix("index.html").strip("/").split("/")
    if parts == [""]:
        return "/"
    return "/" + parts[0] + ("/{id}" if len(parts) == 2 else "")


def feed_payloads(files: dict[str, str | bytes]) -> dict[str, Any]:
    """The feed's files read as JSON, by path under the site."""
    return {path: json.loads(text) for path, text in files.items() if path.startswith(BASE)}


def schema_problems(feed: dict[str, Any]) -> list[str]:
    """Every way any file breaks its endpoint's response schema, naming the file."""
    return [f"{path}: {problem}" for path, payload in sorted(feed.items())
            for problem in problems(endpoint_of(path), payload)]


def empty_values(value: Any, where: str = "") -> list[str]:
    """Where a file says null, "" or an empty list or object (the standard leaves them out)."""
    if value is None or value in ("", [], {}):
        return [where or "(top)"]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in empty_values(item, f"{where}/{key}")]
    if isinstance(value, list):
        return [found for number, item in enumerate(value) for found in empty_values(item, f"{where}/{number}")]
    return []


def items(feed: dict[str, Any], endpoint: str) -> list[Any]:
    """The items of ``/{endpoint}/{id}``."""
    return [payload for path, payload in feed.items() if endpoint_of(path) == f"/{endpoint}/{{id}}"]


def schedule_dates(schedule: dict[str, Any], first: date, last: date) -> list[date]:
    """The dates a schedule gives from ``first`` to ``last``, read as iCalendar would read them."""
    rules = []
    for part in schedule["byday"].split(","):
        match = re.fullmatch(r"(-?\d)?([A-Z]{2})", part)
        assert match, f"byday {schedule['byday']!r} is not iCalendar's form"
        day = _WEEKDAYS[match.group(2)]
        rules.append(day(int(match.group(1))) if match.group(1) else day)
    freq = {"WEEKLY": rrule.WEEKLY, "MONTHLY": rrule.MONTHLY}[schedule["freq"]]
    start = date.fromisoformat(schedule["dtstart"])
    until = date.fromisoformat(schedule["valid_to"]) if "valid_to" in schedule else last
    dates = rrule.rrule(freq, interval=schedule.get("interval", 1), byweekday=rules, dtstart=start,
                        until=min(until, last))
    valid_from = date.fromisoformat(schedule.get("valid_from", schedule["dtstart"]))
    return [d.date() for d in dates if max(first, valid_from) <= d.date()]


def dates_by_place_and_time(feed: dict[str, Any], first: date, last: date) -> Counter:
    """Every date the feed's schedules give, as (service at location, date, opens, closes), counted."""
    found: Counter = Counter()
    for service in items(feed, "services"):
        for schedule in service.get("schedules", []):
            for day in schedule_dates(schedule, first, last):
                found[(schedule["service_at_location_id"], day, schedule["opens_at"], schedule["closes_at"])] += 1
    return found


def engine_dates(ctx: SiteContext, sal_id: Any) -> Counter:
    """The engine's regular dates in the horizon (cancelled and changed ones at their usual time and
    place; extra dates left out), keyed as ``dates_by_place_and_time`` keys them."""
    site = ctx.site
    found: Counter = Counter()
    for occurrences in ctx.timetable.schedule.by_session.values():
        for occurrence in occurrences:
            if occurrence.extra:
                continue
            session = occurrence.session
            key = sal_id(site.services[session.service], site.venues[session.venue])
            found[(key, occurrence.rule_date, f"{session.starts:%H:%M}", f"{session.ends:%H:%M}")] += 1
    return found
