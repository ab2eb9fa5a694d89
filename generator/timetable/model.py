"""The checked timetable as the rest of the site sees it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ..schema.service import Service, StageKey
from .loading import LoadedTimetable
from .schema import Session
from .terms import TermCalendar


@dataclass
class Timetable:
    sessions: list[ResolvedSession] = field(default_factory=list)
    terms: TermCalendar = field(default_factory=lambda: TermCalendar(None))
    # The date each session last changed (its own ``last_changed``, else its file's): DTSTAMP and SEQUENCE.
    changed: dict[str, date] = field(default_factory=dict)


class ResolvedSession(Session):
    """A session with what it takes from its service filled in: its name, cost and stages, so every page,
    feed and data file says the same without working it out again."""

    name: str
    cost: str
    stages: list[StageKey]
    # Whether the name and cost are the session's own, not its service's: a page in another language shows
    # the service's translated name and cost instead, and a session's own words as English.
    own_name: bool = False
    own_cost: bool = False


def resolve_timetable(loaded: LoadedTimetable, services: Mapping[str, Service]) -> Timetable:
    """The timetable from a loaded ``timetable/`` folder that has passed every check."""
    sessions = [_with_defaults(s.record, services[s.record.service])
                for s in sorted(loaded.sessions, key=lambda s: s.record.id)]
    terms = TermCalendar(loaded.term_dates.record if loaded.term_dates else None)
    changed = {s.id: s.last_changed or loaded.file_changed[s.id] for s in sessions}
    return Timetable(sessions, terms, changed)


def _with_defaults(session: Session, service: Service) -> ResolvedSession:
    values = dict(session)
    values.update(name=session.name or service.name, cost=session.cost or service.cost,
                  stages=list(session.stages) or list(service.stages), own_name=session.name is not None,
                  own_cost=session.cost is not None)
    return ResolvedSession.model_construct(**values)  # each value has passed the check already
