"""``python -m generator changes REV``: what a change to the content means for families.

The content at git revision REV (``content/`` and ``timetable/``, read with
``git ls-tree`` and ``git cat-file`` into a temporary folder) and the working
tree are loaded by the same loader as the check, then compared record by
record, by id: services, venues, childcare settings and sessions added,
removed or renamed; sessions moved or cancelled (with dates); prices
changed; review dates renewed. The result is Markdown for a pull request
comment, or plain text. Records that do not pass the check on either side
are left out; the check reports them.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import loader
from .build_date import build_date
from .content_translations import stale_translations
from .date_words import day_month_year, time_span, weekday_day_month_year
from .loader import LoadedContent, load_content
from .problems import errors_only
from .records import Sourced

FOLDERS = ("content", "timetable")
# Fields that are prices, by kind: their changes are listed on their own.
PRICE_FIELDS = {"services": ("cost",), "childcare": ("fees", "fees_note", "additional_charges"), "sessions": ("cost",)}
# Fields reported in their own way, never under "also changed".
_OWN_LINES = {"id", "name", "last_reviewed", "owner"}
# What makes a session "moved": when, where or how often.
_WHEN_AND_WHERE = ("day", "starts", "ends", "venue", "repeats", "week_of_month")
# Hidden in the Markdown so a workflow can find and update its own comment.
MARKER = "<!-- family-hub-changes -->"


class GitProblem(Exception):
    """The revision cannot be read; the message says why in plain words."""


# --- reading the content at a revision -------------------------------------------------------------------------


def _git(root: Path, *args: str, data: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=root, input=data, capture_output=True, check=False)
    except FileNotFoundError as error:
        raise GitProblem("git is not installed, so earlier versions of the content cannot be read") from error
    if done.returncode != 0:
        raise GitProblem(done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return done.stdout


def extract_content(root: Path, rev: str, destination: Path) -> None:
    """Write the content folders as they were at ``rev`` into ``destination``."""
    try:
        _git(root, "rev-parse", "--show-toplevel")
    except GitProblem as error:
        raise GitProblem(f"{root} is not in a git repository, so there is nothing to compare with") from error
    try:
        commit = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}").strip()
    except GitProblem as error:
        raise GitProblem(f"'{rev}' is not a commit or branch in this repository; try HEAD~1 or origin/main "
                         "(run 'git fetch' first if the branch is on GitHub)") from error
    listing = _git(root, "ls-tree", "-r", "-z", commit.decode(), "--", *FOLDERS)
    entries = []
    for line in listing.split(b"\0"):
        if not line:
            continue
        info, name = line.split(b"\t", 1)
        _, kind, sha = info.split()
        path = name.decode("utf-8")
        if kind == b"blob" and path.endswith((".yml", ".yaml", ".md")):
            entries.append((sha, path))
    if not entries:
        return
    output = _git(root, "cat-file", "--batch", data=b"".join(sha + b"\n" for sha, _ in entries))
    position = 0
    for _sha, path in entries:
        header_end = output.index(b"\n", position)
        size = int(output[position:header_end].split()[2])
        body = output[header_end + 1: header_end + 1 + size]
        position = header_end + 1 + size + 1  # the contents end with a newline of git's own
        target = destination / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)


# --- comparing ------------------------------------------------------------------------------------------------


@dataclass
class Summary:
    """Lines for people, by section title, in the order sections were first used."""

    sections: dict[str, list[str]] = field(default_factory=dict)

    def add(self, section: str, line: str) -> None:
        self.sections.setdefault(section, []).append(line)


def _raw(item: Sourced) -> dict:
    value: Any = item.doc.data
    for part in item.base:
        value = value[part]
    return value


def _key(record: Any) -> str:
    return str(getattr(record, "id", None) or getattr(record, "term", None) or getattr(record, "name", ""))


def _label(record: Any) -> str:
    return str(getattr(record, "name", None) or getattr(record, "term", None) or getattr(record, "id", ""))


def _plural(kind: str) -> str:
    noun = kind.split(" ", 1)[1] if kind.startswith(("a ", "an ", "the ")) else kind
    noun = noun.replace("'", "")
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        noun = noun[:-1] + "ie"
    return noun[0].upper() + noun[1:] + ("" if noun.endswith("s") else "s")


def _words(name: str) -> str:
    return name.replace("_", " ")


def _flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """A value as written, as ``{"3 to 23 months: per hour": "7.80"}``, to compare and show."""
    if isinstance(value, dict):
        flat: dict[str, str] = {}
        for key, inner in value.items():
            flat.update(_flatten(inner, f"{prefix}{_words(key)}" if not prefix else f"{prefix} {_words(key)}"))
        return flat
    if isinstance(value, list):
        flat = {}
        for i, inner in enumerate(value):
            if isinstance(inner, dict) and "from_months" in inner and "to_months" in inner:
                label = f"{inner['from_months']} to {inner['to_months']} months"
                inner = {k: v for k, v in inner.items() if k not in ("from_months", "to_months")}
            elif isinstance(inner, dict) and "name" in inner:
                label = str(inner["name"])
                inner = {k: v for k, v in inner.items() if k != "name"}
            else:
                label = f"item {i + 1}"
            flat.update(_flatten(inner, f"{prefix} ({label}):" if prefix else f"{label}:"))
        return flat
    return {prefix.rstrip(":"): "" if value is None else str(value)}


def _price_lines(label: str, old: dict, new: dict, fields: tuple[str, ...]) -> list[str]:
    lines = []
    for name in fields:
        before, after = _flatten(old.get(name), _words(name)), _flatten(new.get(name), _words(name))
        for part in sorted(set(before) | set(after)):
            was, now = before.get(part, ""), after.get(part, "")
            if was == now:
                continue
            if not was:
                lines.append(f"**{label}**: {part} is now “{now}”")
            elif not now:
                lines.append(f"**{label}**: {part} was “{was}”, now not given")
            else:
                lines.append(f"**{label}**: {part} was “{was}”, now “{now}”")
    return lines


def _written(raw: list) -> set[str]:
    """Ids written in records, valid or not: a record with a mistake is not added or removed."""
    return {str(r.data.get("id") or r.data.get("term")) for r in raw if isinstance(r.data, dict)}


def _change(name: str, old: dict, new: dict) -> str:
    """A changed field in words: its short values before and after, or just its name when they are long."""
    before, after = _flatten(old.get(name), _words(name)), _flatten(new.get(name), _words(name))
    parts = [p for p in sorted(set(before) | set(after)) if before.get(p, "") != after.get(p, "")]
    values = [before.get(p, "") for p in parts] + [after.get(p, "") for p in parts]
    if not parts or len(parts) > 3 or any(len(v) > 40 or "\n" in v for v in values):
        return _words(name)
    return ", ".join(f"{p} was “{before.get(p) or 'not given'}”, now “{after.get(p) or 'not given'}”"
                     for p in parts)


def _compare_records(summary: Summary, attribute: str, kind: str, old: LoadedContent, new: LoadedContent,
                     broken: AbstractSet[str]) -> None:
    section = _plural(kind)
    before = {_key(i.record): i for i in getattr(old, attribute, [])}
    after = {_key(i.record): i for i in getattr(new, attribute, [])}
    for key in sorted(after.keys() - before.keys() - _written(old.raw.get(attribute, []))):
        summary.add(section, f"Added: **{_label(after[key].record)}** (`{after[key].path}`)")
    for key in sorted(before.keys() - after.keys() - _written(new.raw.get(attribute, []))):
        if before[key].path not in broken:  # a file that cannot be read now has a problem, not a removal
            summary.add(section, f"Removed: **{_label(before[key].record)}** (was `{before[key].path}`)")
    prices = PRICE_FIELDS.get(attribute, ())
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key].record, after[key].record
        label = _label(now)
        if _label(was) != label:
            summary.add(section, f"Renamed: **{_label(was)}** is now called **{label}**")
        for line in _price_lines(label, _raw(before[key]), _raw(after[key]), prices):
            summary.add("Prices", line)
        others = [name for name in type(now).model_fields
                  if name not in _OWN_LINES and name not in prices and getattr(was, name) != getattr(now, name)]
        if others:
            described = "; ".join(_change(n, _raw(before[key]), _raw(after[key])) for n in others)
            summary.add(section, f"Changed: **{label}**: {described}")
        old_review, new_review = getattr(was, "last_reviewed", None), getattr(now, "last_reviewed", None)
        if old_review and new_review and new_review > old_review:
            summary.add("Reviews renewed", f"**{label}**: last reviewed {day_month_year(old_review)}, "
                        f"now {day_month_year(new_review)}")


# --- sessions ---------------------------------------------------------------------------------------------------


@dataclass
class _SessionWords:
    """Names and dates for sessions, from the newer content where it has them."""

    names: dict[str, str]
    resolve: Any  # (written date, session) -> date or None

    def label(self, session: Any) -> str:
        name = session.name or self.names.get(f"services:{session.service}", session.service)
        return f"**{name}** at {self.names.get(f'venues:{session.venue}', session.venue)}"

    def when(self, session: Any) -> str:
        day = session.day.capitalize()
        times = time_span(session.starts, session.ends)
        if session.repeats == "every-two-weeks":
            pattern = f"every other {day}"
        elif session.repeats == "monthly":
            pattern = f"the {session.week_of_month or 'first'} {day} of each month"
        else:
            pattern = f"{day}s"
        term = ", in school terms" if session.term_time_only else ""
        return f"{pattern}, {times}{term}"

    def date(self, written: Any, session: Any) -> str:
        real = written if isinstance(written, date) else self.resolve(written, session)
        return weekday_day_month_year(real) if real else str(written)


def _session_words(new: LoadedContent, today: date) -> _SessionWords:
    names = {f"{kind}:{_key(i.record)}": _label(i.record) for kind in ("services", "venues")
             for i in getattr(new, kind, [])}
    try:
        from .timetable.engine import resolve_date
        from .timetable.terms import TermCalendar
    except ImportError:  # pragma: no cover - the timetable package is optional
        return _SessionWords(names, lambda written, session: None)
    timetable = new.timetable
    terms = TermCalendar(timetable.term_dates.record if timetable and timetable.term_dates else None)
    return _SessionWords(names, lambda written, session: resolve_date(written, session, terms, today))


def _compare_sessions(summary: Summary, old: LoadedContent, new: LoadedContent, today: date,
                      broken: AbstractSet[str]) -> None:
    before = {s.record.id: s for s in getattr(old.timetable, "sessions", []) or []}
    after = {s.record.id: s for s in getattr(new.timetable, "sessions", []) or []}
    words = _session_words(new, today)
    section = "Sessions"
    for key in sorted(after.keys() - before.keys() - _written(getattr(old.timetable, "raw_sessions", []))):
        session = after[key].record
        summary.add(section, f"New: {words.label(session)}, {words.when(session)}")
    for key in sorted(before.keys() - after.keys() - _written(getattr(new.timetable, "raw_sessions", []))):
        if before[key].path in broken:  # its file cannot be read now: a problem, not a session stopped
            continue
        session = before[key].record
        summary.add(section, f"Stopped: {words.label(session)} ({words.when(session)}) is no longer listed")
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key].record, after[key].record
        label = words.label(now)
        if any(getattr(was, f) != getattr(now, f) for f in _WHEN_AND_WHERE):
            place = "" if was.venue == now.venue else f", now at {words.label(now).split(' at ', 1)[1]}"
            summary.add(section, f"Moved: {label}: was {words.when(was)}, now {words.when(now)}{place}")
        known = {str(c.date) for c in was.cancellations}
        for cancelled in now.cancellations:
            if str(cancelled.date) not in known:
                summary.add(section, f"Cancelled: {label} on {words.date(cancelled.date, now)}: {cancelled.reason}")
        known = {str(c.date) for c in was.changes}
        for change in now.changes:
            if str(change.date) not in known:
                parts = []
                if change.starts or change.ends:
                    parts.append(time_span(change.starts or now.starts, change.ends or now.ends))
                if change.venue:
                    parts.append(f"at {words.names.get(f'venues:{change.venue}', change.venue)}")
                summary.add(section, f"Changed for one date: {label} on {words.date(change.date, now)}"
                            f"{': ' + ' '.join(parts) if parts else ''} ({change.reason})")
        known = {str(e.date) for e in was.extra_dates}
        for extra in now.extra_dates:
            if str(extra.date) not in known:
                note = f" ({extra.note})" if extra.note else ""
                summary.add(section, f"Extra date: {label} on {words.date(extra.date, now)}{note}")
        if _dates_changed(was, now) and not _changed_later(old, new, key, was, now):
            summary.add(ATTENTION, f"{label}: its day, time, place or dates changed, but its `last_changed` date "
                        "did not move on. Set `last_changed` to today's date, or families' calendars may keep "
                        "the old details")
        for line in _price_lines(_plain(label), {"cost": was.cost}, {"cost": now.cost}, ("cost",)):
            summary.add("Prices", line)
        ignore = set(_WHEN_AND_WHERE) | {"cancellations", "changes", "extra_dates", "cost", "last_changed", "id"}
        others = [n for n in type(now).model_fields if n not in ignore and getattr(was, n) != getattr(now, n)]
        if others:
            described = "; ".join(_change(n, _raw(before[key]), _raw(after[key])) for n in others)
            summary.add(section, f"Changed: {label}: {described}")


def _dates_changed(was: Any, now: Any) -> bool:
    """Whether anything a calendar entry is built from (when and where, one-off dates) changed."""
    fields = (*_WHEN_AND_WHERE, "valid_from", "valid_to", "term_time_only", "runs_on_bank_holidays", "cancellations",
              "changes", "extra_dates")
    return any(getattr(was, f) != getattr(now, f) for f in fields)


def _changed_later(old: LoadedContent, new: LoadedContent, key: str, was: Any, now: Any) -> bool:
    """Whether the session's own (or its file's) `last_changed` date moved on.

    Calendar feeds take SEQUENCE from that date, so a change without it may not
    reach calendars that already hold the session.
    """
    before = was.last_changed or old.timetable.file_changed.get(key)
    after = now.last_changed or new.timetable.file_changed.get(key)
    return before is None or (after is not None and after > before)


def compare(old: LoadedContent, new: LoadedContent, today: date, broken: AbstractSet[str] = frozenset()) -> Summary:
    """Everything that changes for families from ``old`` to ``new``; ``broken`` names the files of ``new`` with
    problems, whose records are not called removed."""
    summary = Summary()
    for attribute, (_, _, kind) in loader.RECORD_FOLDERS.items():
        _compare_records(summary, attribute, kind, old, new, broken)
    if hasattr(new, "timetable"):
        _compare_sessions(summary, old, new, today, broken)
    for attribute, (_, _, _, kind) in loader.LIST_FILES.items():
        _compare_records(summary, attribute, kind, old, new, broken)
    _compare_translations(summary, old, new)
    return summary


TRANSLATIONS = "Translations out of date"


def _compare_translations(summary: Summary, old: LoadedContent, new: LoadedContent) -> None:
    """Translations this change made out of date: their English changed, and they were not updated with it."""
    already = {(s.path, s.language, s.field) for s in stale_translations(old)}
    for stale in stale_translations(new):
        if (stale.path, stale.language, stale.field) not in already:
            words = str(stale)
            summary.add(TRANSLATIONS, f"{words[0].upper()}{words[1:]}: its English changed; ask for it to be updated")


# --- output -------------------------------------------------------------------------------------------------------

# Things an editor must fix before merging; shown first, and `changes` exits 1.
ATTENTION = "Needs attention before merging"
_ORDER = (ATTENTION, "Services", "Sessions", "Venues", "Prices")


def _sections(summary: Summary) -> list[tuple[str, list[str]]]:
    titles = sorted(summary.sections, key=lambda t: (_ORDER.index(t) if t in _ORDER else len(_ORDER),
                                                     t == "Reviews renewed"))
    return [(t, summary.sections[t]) for t in titles]


def render_markdown(summary: Summary, rev: str, problems: int = 0) -> str:
    lines = [MARKER, "### What changes for families", "", f"Compared with `{rev}`.", ""]
    if not summary.sections:
        lines += ["Nothing that families see changes.", ""]
    for title, items in _sections(summary):
        lines += [f"#### {title}", "", *(f"- {item}" for item in items), ""]
    if problems:
        lines += [f"**The content has {problems} problem{'s' if problems != 1 else ''} to fix**: "
                  "the records with problems are not in this summary. Run `make check` to see them.", ""]
    return "\n".join(lines)


def _plain(text: str) -> str:
    return re.sub(r"\*\*(.*?)\*\*|`(.*?)`", lambda m: m.group(1) or m.group(2) or "", text)


def render_text(summary: Summary, rev: str, problems: int = 0) -> str:
    lines = [f"What changes for families, compared with {rev}", ""]
    if not summary.sections:
        lines += ["Nothing that families see changes.", ""]
    for title, items in _sections(summary):
        lines += [title, *(f"  - {_plain(item)}" for item in items), ""]
    if problems:
        lines += [f"The content has {problems} problem{'s' if problems != 1 else ''} to fix: the records with "
                  "problems are not in this summary. Run 'make check' to see them.", ""]
    return "\n".join(lines)


def run_changes(root: Path, rev: str, output: str = "markdown", today: date | None = None) -> int:
    """``python -m generator changes REV``: print the summary.

    Exits 1 when something needs attention before merging (so a pull request
    check fails), and 2 when the revision cannot be read.
    """
    try:
        with tempfile.TemporaryDirectory(prefix="family-hub-changes-") as folder:
            extract_content(root, rev, Path(folder))
            old, _ = load_content(Path(folder))
    except GitProblem as error:
        print(f"python -m generator changes: {error}", file=sys.stderr)
        return 2
    new, problems = load_content(root)
    errors = errors_only(problems)
    summary = compare(old, new, today or build_date(), {p.path for p in errors})
    render = render_markdown if output == "markdown" else render_text
    print(render(summary, rev, len(errors)), end="")
    return 1 if ATTENTION in summary.sections else 0
