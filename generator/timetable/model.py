"""The checked timetable as the rest of the site sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .loading import LoadedTimetable
from .schema import Session
from .terms import TermCalendar


@dataclass
class Timetable:
    sessions: list[Session] = field(default_factory=list)
    terms: TermCalendar = field(default_factory=lambda: TermCalendar(None))
    # The date each session last changed (its own ``last_changed``, else its file's): DTSTAMP and SEQUENCE.
    changed: dict[str, date] = field(default_factory=dict)


def resolve_timetable(loaded: LoadedTimetable | None) -> Timetable:
    """The timetable from a loaded ``timetable/`` folder that has passed every check."""
    if loaded is None:
        return Timetable()
    sessions = sorted((s.record for s in loaded.sessions), key=lambda s: s.id)
    terms = TermCalendar(loaded.term_dates.record if loaded.term_dates else None)
    changed = {s.id: s.last_changed or loaded.file_changed[s.id] for s in sessions}
    return Timetable(sessions, terms, changed)
