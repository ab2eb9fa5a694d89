"""The notes of this project's own feed's schedules, read back into a session's fields.

``generator/open_referral/records.py`` writes in a schedule's ``notes`` what a session says of itself that its
service does not (its own name, then ``Ages: ...``, ``Held in: ...``, ``Cost: ...``, ``How to book: ...``,
``Notes: ...``), then its cancelled and changed dates in words (``Cancelled on Tuesday 22 December 2026
(Staff training).``) and its extra dates (``Also on ...``). Each sentence is read back into its field; a
sentence that cannot be, or a date the session would not run on (or already runs on, for an extra date), is
listed in the report instead.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from pydantic_core import PydanticCustomError

from ..date_words import weekday_day_month_year
from ..open_referral.taxonomies import SESSION_NOTE_LABELS
from ..schema.common import NAME_LIMIT, TEXT_LIMIT, parse_clock_time
from ..timetable.engine import matches_pattern, skip_reason
from ..timetable.schema import Session
from ..timetable.terms import TermCalendar
from ..vocabulary import WEEKDAYS
from .oruk_map import Context, clean
from .oruk_report import quoted

# The words this project's feed writes in a schedule's notes (generator/open_referral/records.py), by field.
LABELS = {label: field for field, label in SESSION_NOTE_LABELS.items()}
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WHEN = rf"(?:{_DAYS}) \d{{1,2}} (?:{_MONTHS}) \d{{4}}"
_CLOCK_WORDS = r"(?:midday|midnight|\d{1,2}(?::\d{2})?(?:am|pm))"
_PART = re.compile(rf"(?:^|(?<=\. ))(?=(?:{'|'.join(LABELS)}): |Cancelled on {_WHEN}|Changed on {_WHEN}: |"
                   rf"Also on {_WHEN}, )")
_CANCELLED = re.compile(rf"^Cancelled on ({_WHEN})(?: \((.*)\))?\.$", re.S)
_CHANGED = re.compile(rf"^Changed on ({_WHEN}): ({_CLOCK_WORDS}) to ({_CLOCK_WORDS}) at (.+)\.$", re.S)
_EXTRA = re.compile(rf"^Also on ({_WHEN}), ({_CLOCK_WORDS}) to ({_CLOCK_WORDS}) at (.+)\.$", re.S)


def read_notes(ctx: Context, file: str, session: dict[str, Any], model: Session, notes: list[str],
               terms: TermCalendar, label: str) -> None:
    """The session's own words, cancellations, changes and extra dates, from the notes this project's feed
    writes; what cannot be read back is reported."""
    report, session_id = ctx.report, session["id"]
    said: dict[str, Any] = {}
    dated: dict[str, dict[date, dict[str, Any]]] = {"cancellations": {}, "changes": {}, "extra_dates": {}}
    for words in notes:
        for number, part in enumerate(_parts(words)):
            found = _read_part(ctx, file, part, model, said)
            if found is None and number == 0 and part.endswith(".") and len(part) <= NAME_LIMIT + 1:
                name = clean(part[:-1], NAME_LIMIT, file, "name", report, one_line=True)
                if name and said.setdefault("name", name) == name:
                    continue
            if found is None:
                report.left_out(label, f"notes of the session {session_id}: {quoted(part, 200)}")
                continue
            group, entry = found
            if group in dated:
                dated[group].setdefault(entry["date"], entry)
    for key, value in said.items():
        session[key] = value
    seen: set[date] = set()
    for group, entries in dated.items():
        kept = []
        for day, entry in sorted(entries.items()):
            if day in seen:
                report.left_out(label, f"{group.replace('_', ' ')} of the session {session_id} on "
                                f"{weekday_day_month_year(day)}: that date is already cancelled or changed, so it "
                                "was left out")
                continue
            seen.add(day)
            runs_then = matches_pattern(model, day) and skip_reason(model, day, terms) is None
            if (group == "extra_dates") == runs_then:
                report.left_out(label, f"{group.replace('_', ' ')} of the session {session_id} on "
                                f"{weekday_day_month_year(day)}: the session "
                                f"{'already runs' if runs_then else 'does not run'} that day, so it was left out")
                continue
            kept.append(entry)
        if kept:
            session[group] = kept


def _parts(notes: str) -> list[str]:
    starts = [match.start() for match in _PART.finditer(notes)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(notes)]
    return [notes[a:b].strip() for a, b in zip(starts, ends, strict=True) if notes[a:b].strip()]


def _read_part(ctx: Context, file: str, part: str, model: Session,
               said: dict[str, Any]) -> tuple[str, dict] | None:
    """One sentence of the notes: a labelled field (put in ``said``; the group ``said``), or a dated entry (its
    group and the entry), or None when it is neither."""
    for words, key in LABELS.items():
        if part.startswith(words + ": ") and part.endswith("."):
            value = part[len(words) + 2:-1].strip()
            limit = NAME_LIMIT if key in ("ages", "language") else TEXT_LIMIT
            written = clean(value + ("." if key in ("how_to_book", "notes") else ""), limit, file, key, ctx.report,
                            one_line=limit == NAME_LIMIT)
            if written is None:
                return None
            said[key] = written
            return "said", {}
    match = _CANCELLED.match(part)
    if match:
        day = _date(match.group(1))
        reason = clean(match.group(2), TEXT_LIMIT, file, "cancellations", ctx.report)
        if day is None or reason is None:
            return None
        return "cancellations", {"date": day, "reason": reason}
    for regex, group in ((_CHANGED, "changes"), (_EXTRA, "extra_dates")):
        match = regex.match(part)
        if match:
            return _dated(ctx, match, group, model)
    return None


def _dated(ctx: Context, match: re.Match[str], group: str, model: Session) -> tuple[str, dict] | None:
    day = _date(match.group(1))
    starts, ends = _clock_words(match.group(2)), _clock_words(match.group(3))
    rest = match.group(4)
    venue, reason = None, None
    for name in sorted(ctx.venue_names, key=len, reverse=True):
        if rest == name or rest.startswith(name + " (") and rest.endswith(")"):
            venue, reason = ctx.venue_names[name], rest[len(name) + 2:-1] or None
            break
    if day is None or starts is None or ends is None or venue is None:
        return None
    entry: dict[str, Any] = {"date": day}
    if group == "changes":
        if reason is None:
            return None
        entry["reason"] = reason
    elif reason:
        entry["note"] = reason
    if starts != model.starts:
        entry["starts"] = starts
    if ends != model.ends:
        entry["ends"] = ends
    if venue != model.venue:
        entry["venue"] = venue
    if group == "changes" and len(entry) == 2:
        return None
    return group, entry


def _date(words: str) -> date | None:
    parts = words.split()
    try:
        day = date(int(parts[3]), _MONTHS.split("|").index(parts[2]) + 1, int(parts[1]))
    except (ValueError, IndexError):
        return None
    return day if WEEKDAYS[day.weekday()] == parts[0].lower() else None


def _clock_words(words: str) -> time | None:
    if words in ("midday", "midnight"):
        return time(12 if words == "midday" else 0)
    try:
        return parse_clock_time(words)
    except PydanticCustomError:
        return None
