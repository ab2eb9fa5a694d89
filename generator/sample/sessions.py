"""Timetabled sessions: mostly weekly, some every two weeks or monthly, some term-time only.

Every session sits inside its venue's opening hours on a day the venue is
open, so the sample passes the check's opening-hours rule.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from .places import DAYS, Venue
from .services import Service
from .yamltext import scalar

# Every-two-weeks sessions count their weeks from the start of the autumn term.
COUNT_FROM = date(2026, 9, 1)
FILE_CHANGED = "2026-11-02"
HOW_TO_BOOK = "Call the hub or ask at reception. Places are kept for 10 minutes after the start."
NOTES = ["Bring a towel.", "Wear clothes that can get messy.", "Come in by the side door."]


@dataclass
class Session:
    id: str
    service: Service
    venue: Venue
    day: str
    starts: str
    ends: str
    lines: list[str]


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def make_sessions(rng: random.Random, venues: list[Venue], services: list[Service], count: int) -> list[Session]:
    """``count`` sessions, spread evenly over the venues; mostly the venue's own town's services."""
    timetabled = [s for s in services if s.kind.minutes]
    by_town: dict[str, list[Service]] = {}
    for service in timetabled:
        by_town.setdefault(service.town.name, []).append(service)
    sessions: list[Session] = []
    used_ids: set[str] = set()
    for i in range(count):
        venue = venues[i % len(venues)]
        local = by_town.get(venue.town.name)
        service = rng.choice(local if local and rng.random() < 0.85 else timetabled)
        session = _session(rng, service, venue, used_ids)
        if venue.id not in service.venues:
            service.venues.append(venue.id)
        sessions.append(session)
    return sessions


def _session(rng: random.Random, service: Service, venue: Venue, used_ids: set[str]) -> Session:
    day, hours = rng.choice([(d, span) for d in DAYS if (span := venue.hours[d])])
    opens, closes = (_minutes(t) for t in hours)
    length = min(service.kind.minutes, closes - opens)
    start = opens + 30 * rng.randrange((closes - opens - length) // 30 + 1)
    base = f"{service.id}-{venue.id.split('-')[-1]}-{day}"
    session_id, n = base, 2
    while session_id in used_ids:
        session_id, n = f"{base}-{n}", n + 1
    used_ids.add(session_id)
    lines = [
        f"  - id: {session_id}",
        f"    service: {service.id}",
        f"    venue: {venue.id}",
        f"    day: {day}",
        f"    starts: {_clock(start)}",
        f"    ends: {_clock(start + length)}",
    ]
    roll = rng.random()
    if roll < 0.14:
        first = COUNT_FROM + timedelta(days=(DAYS.index(day) - COUNT_FROM.weekday()) % 7)
        lines += ["    repeats: every-two-weeks", f"    valid_from: {first.isoformat()}"]
    elif roll < 0.24:
        lines += ["    repeats: monthly", f"    week_of_month: {rng.choice(['first', 'second', 'third', 'last'])}"]
    term_time = rng.random() < 0.25
    if term_time:
        lines.append("    term_time_only: yes")
    booking = "book" if "book" in service.kind.ways else "drop-in"
    lines.append(f"    booking: {booking}")
    if booking == "book":
        lines.append(f"    how_to_book: {HOW_TO_BOOK}")
    if rng.random() < 0.1:
        lines.append("    send_friendly: yes")
    if rng.random() < 0.05:
        lines.append(f"    language: {scalar('Polish and English')}")
    if rng.random() < 0.2:
        lines.append(f"    notes: {scalar(rng.choice(NOTES))}")
    lines.append(f"    last_changed: 2026-{rng.randint(9, 10):02d}-{rng.randint(1, 28):02d}")
    if roll >= 0.24 and not term_time and rng.random() < 0.05:
        # Relative dates keep the sample's cancellations in the future (example data only).
        lines += ["    cancellations:", "      - date: next-2",
                  "        reason: The group leader is on a training course."]
    return Session(session_id, service, venue, day, _clock(start), _clock(start + length), lines)


def sessions_yaml(venue: Venue, sessions: list[Session]) -> str:
    head = [f"# Sessions at {venue.id}. Synthetic sample data.", f"last_changed: {FILE_CHANGED}", "sessions:"]
    body = []
    for session in sessions:
        body += session.lines + [""]
    return "\n".join(head + body).rstrip("\n") + "\n"
