"""``data/sessions.json``: every session, its pattern in words and fields, and its dated occurrences."""

from __future__ import annotations

from typing import Any

from .. import urls
from ..data_json import data_json
from ..publication import Publication
from ..site import Site
from .engine import Occurrence, Schedule
from .words import recurrence_words


def sessions_json(site: Site, schedule: Schedule, published: Publication) -> str:
    """Sessions in id order with occurrences from ``schedule.start`` to ``schedule.end``."""
    records = []
    for session in schedule.sessions:
        records.append({
            "id": session.id,
            "service": session.service,
            "venue": session.venue,
            "name": session.name,
            "url": published.url(urls.service(session.service)),
            "calendar": published.url(urls.session_feed(session.id)),
            "recurrence": {
                "words": recurrence_words(session),
                "repeats": session.repeats,
                "day": session.day,
                "week_of_month": session.week_of_month,
                "starts": f"{session.starts:%H:%M}",
                "ends": f"{session.ends:%H:%M}",
                "term_time_only": session.term_time_only,
                "runs_on_bank_holidays": session.runs_on_bank_holidays,
                "valid_from": session.valid_from.isoformat() if session.valid_from else None,
                "valid_to": session.valid_to.isoformat() if session.valid_to else None,
                "timezone": "Europe/London",
            },
            "booking": session.booking,
            "how_to_book": session.how_to_book,
            "ages": session.ages,
            "stages": session.stages,
            "cost": session.cost,
            "send_friendly": session.send_friendly,
            "language": session.language,
            "last_changed": site.timetable.changed[session.id].isoformat(),
            "occurrences": [_occurrence(o) for o in schedule.by_session[session.id]],
        })
    payload = {
        "council": site.settings.council_name,
        **published.terms(),
        "from": schedule.start.isoformat(),
        "to": schedule.end.isoformat(),
        "sessions": records,
    }
    # Compact, unlike the other open data: it holds every dated occurrence, megabytes at a county, and
    # compact JSON is written by the json module's C encoder.
    return data_json(payload, compact=True)


def _occurrence(occurrence: Occurrence) -> dict[str, Any]:
    record: dict[str, Any] = {
        "start": occurrence.start.isoformat(),
        "end": occurrence.end.isoformat(),
        "status": occurrence.status,
        "venue": occurrence.venue,
    }
    if occurrence.reason:
        record["reason"] = occurrence.reason
    if occurrence.extra:
        record["extra"] = True
    return record
