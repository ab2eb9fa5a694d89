"""Read ``timetable/``: the term dates file and every sessions file, valid or not.

Called from ``generator.loader.load_content`` so one run reports every
problem in ``content/`` and ``timetable/`` together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..content_files import every_file, is_yaml, real_file, real_folder, yaml_files
from ..problems import Problem
from ..records import RawRecord, Sourced, validate_document
from ..yaml_source import read_yaml
from .schema import Session, SessionsFile, TermDates

FOLDER = "timetable"
TERM_DATES = "timetable/term-dates.yml"
SESSIONS = "timetable/sessions"


@dataclass
class LoadedTimetable:
    term_dates: Sourced[TermDates] | None = None
    sessions: list[Sourced[Session]] = field(default_factory=list)
    # Each session's file-level change date, by session id: the fallback for its own ``last_changed``.
    file_changed: dict[str, date] = field(default_factory=dict)
    raw_sessions: list[RawRecord] = field(default_factory=list)
    raw_term_dates: RawRecord | None = None


def load_timetable(root: Path, problems: list[Problem]) -> LoadedTimetable:
    """Read and validate ``timetable/`` under ``root``; an absent folder means no timetable."""
    loaded = LoadedTimetable()
    folder = root / FOLDER
    if not real_folder(folder):
        return loaded
    files = yaml_files(folder / "sessions")
    term_file = root / TERM_DATES
    if real_file(term_file):
        doc, read_problems = read_yaml(term_file, root)
        problems.extend(read_problems)
        if doc is not None:
            loaded.raw_term_dates = RawRecord(doc)
            record = validate_document(doc, TermDates, "the term dates", problems)
            if record is not None:
                loaded.term_dates = Sourced(record, doc)
    elif files and not term_file.is_symlink():
        problems.append(Problem(TERM_DATES, 0, "this file is missing: sessions need the term dates, bank holidays "
                                "and closure days"))
    for file in files:
        doc, read_problems = read_yaml(file, root)
        problems.extend(read_problems)
        if doc is None:
            continue
        written = doc.data.get("sessions") if isinstance(doc.data, dict) else None
        if isinstance(written, list):
            loaded.raw_sessions += [RawRecord(doc, ("sessions", i)) for i in range(len(written))]
        container = validate_document(doc, SessionsFile, "a sessions file", problems)
        if container is not None:
            for i, session in enumerate(container.sessions):
                loaded.sessions.append(Sourced(session, doc, ("sessions", i)))
                loaded.file_changed.setdefault(session.id, container.last_changed)
    problems.extend(_unread(root, {TERM_DATES} | {f.relative_to(root).as_posix() for f in files}))
    return loaded


def _unread(root: Path, known: set[str]) -> list[Problem]:
    """A YAML file in the wrong place in timetable/ would be dropped silently; say so instead."""
    return [
        Problem(file.relative_to(root).as_posix(), 0, "this file is not read: term dates go in "
                "timetable/term-dates.yml and sessions in timetable/sessions/")
        for file in every_file(root / FOLDER)
        if is_yaml(file) and file.relative_to(root).as_posix() not in known
    ]
