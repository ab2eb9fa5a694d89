"""The calendar feeds read back by an independent parser, and compared with the open data.

The parser is the ``ical`` package (PyPI), a separate RFC 5545 implementation that does not use the
``icalendar`` library that writes the feeds. It applies RRULE, EXDATE and RECURRENCE-ID itself, so a wrong
rule, a missing EXDATE or an override on the wrong instant shows up as a difference.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from ical.calendar_stream import IcsCalendarStream

from generator.urls import session_feed


def utc_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ical_rows(ics: bytes) -> set[tuple]:
    """Every occurrence the independent parser expands: (uid, start, end, status, place)."""
    calendar = IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))
    rows = set()
    for event in calendar.timeline:
        if event.status is not None and event.status.value == "CANCELLED":
            status = "cancelled"
        elif event.summary.startswith("Changed: "):
            status = "changed"
        else:
            status = "scheduled"
        rows.add((event.uid, utc_text(event.start), utc_text(event.end), status, event.location.split(", ")[0]))
    return rows


def feed_problems(site: Path) -> tuple[list[str], Counter]:
    """What is wrong with the built ``site``'s calendar feeds, read back by ``ical``, and how many there are.

    Every feed must parse and expand, with each event ending after it starts; each session's own feed must
    hold exactly the dated occurrences (start, end, status and place) that ``data/sessions.json`` lists
    for it, and the feed of all sessions every one of them.
    """
    problems: list[str] = []
    counts: Counter = Counter()
    rows_of: dict[str, set[tuple]] = {}
    for feed in sorted((site / "calendars").rglob("*.ics")):
        name = feed.relative_to(site).as_posix()
        try:
            rows_of[name] = ical_rows(feed.read_bytes())
        except Exception as error:  # noqa: BLE001 - any failure to read is the finding
            problems.append(f"{name}: the independent parser cannot read it: {type(error).__name__}: {error}")
            continue
        counts["feeds"] += 1
        counts["events"] += len(rows_of[name])
        problems += [f"{name}: {uid} ends at {end}, not after its start {start}"
                     for uid, start, end, _, _ in sorted(rows_of[name]) if end <= start]
    if not rows_of and not problems:
        return ["no calendar feed was built (calendars/*.ics)"], counts
    venues = {v["id"]: v["name"] for v in json.loads((site / "data" / "venues.json").read_text())["venues"]}
    sessions = json.loads((site / "data" / "sessions.json").read_text())["sessions"]
    occurrences = 0
    for session in sessions:
        name = session_feed(session["id"])
        if name not in rows_of:
            problems.append(f"{name}: the feed of session {session['id']} is missing or unreadable")
            continue
        found = Counter(row[1:] for row in rows_of[name])
        expected = Counter((utc_text(datetime.fromisoformat(o["start"])), utc_text(datetime.fromisoformat(o["end"])),
                            o["status"], venues[o["venue"]]) for o in session["occurrences"])
        occurrences += len(session["occurrences"])
        if found != expected:
            problems.append(f"{name}: the feed and data/sessions.json differ: only in the feed "
                            f"{sorted(found - expected)[:3]}, only in sessions.json {sorted(expected - found)[:3]}")
    counts["sessions"] = len(sessions)
    everything = rows_of.get("calendars/all.ics")
    if everything is None:
        problems.append("calendars/all.ics is missing or unreadable")
    elif len(everything) != occurrences:
        problems.append(f"calendars/all.ics holds {len(everything)} events; data/sessions.json lists "
                        f"{occurrences} dated occurrences")
    return problems, counts
