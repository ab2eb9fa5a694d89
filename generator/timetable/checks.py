"""Checks on the timetable that need more than one field or more than one record.

Every message names the file and line and says what to do, in the same
plain words as the rest of the checks.
"""

from __future__ import annotations

from datetime import date, time

from ..build_date import build_date
from ..date_words import weekday_day_month_year as long_date
from ..loader import LoadedContent
from ..messages import did_you_mean
from ..problems import Problem, shown
from ..records import RawRecord, Sourced
from ..schema.venue import Venue
from ..vocabulary import WEEKDAYS
from .engine import matches_pattern, resolve_date, skip_reason
from .loading import LoadedTimetable
from .relative_dates import RelativeDate
from .schema import Session, TermDates
from .terms import TermCalendar
from .words import recurrence_words


def check_timetable(content: LoadedContent, today: date | None = None) -> list[Problem]:
    """Every timetable problem: unknown ids, times, dates and term dates."""
    timetable = content.timetable
    today = today or build_date()
    problems = _duplicate_ids(timetable.raw_sessions)
    problems += _unknown_references(content, timetable)
    terms = TermCalendar(timetable.term_dates.record if timetable.term_dates else None)
    if timetable.term_dates:
        problems += _term_problems(timetable.term_dates)
    venues = {v.record.id: v.record for v in content.venues}
    # None when content/site.yml cannot be read: it has its own problem, and relative dates are not judged.
    example = content.settings.record.example_data if content.settings else None
    # Only when the term dates were read and list no terms: a file that could not be read has its own problem.
    no_terms = timetable.term_dates is not None and not timetable.term_dates.record.terms
    for sourced in timetable.sessions:
        problems += _session_problems(sourced, venues, terms, today, example, no_terms)
    problems += _future_file_dates(timetable, today)
    problems += _venues_not_listed(content, timetable)
    return problems


def _venues_not_listed(content: LoadedContent, timetable: LoadedTimetable) -> list[Problem]:
    """A session at a venue its service does not list: the service page would not say it is on there."""
    services = {s.record.id: s for s in content.services}
    problems = []
    for sourced in timetable.sessions:
        session = sourced.record
        service = services.get(session.service)
        if service and session.venue not in service.record.venues:
            problems.append(Problem(sourced.path, sourced.line("venue"),
                                    f"'{service.record.name}' does not list '{session.venue}' in its venues "
                                    f"({service.path}), so its page will not say it is on here; add it there",
                                    warning=True))
    return problems


def _future_file_dates(timetable: LoadedTimetable, today: date) -> list[Problem]:
    """A change date in the future would give calendars a DTSTAMP and SEQUENCE from the future."""
    problems, seen = [], set()
    for sourced in timetable.sessions:
        changed = timetable.file_changed.get(sourced.record.id)
        if sourced.path in seen or changed is None or changed <= today:
            continue
        seen.add(sourced.path)
        problems.append(Problem(sourced.path, sourced.doc.line_of(("last_changed",)),
                                f"'last_changed' is {long_date(changed)}, which is in the future; write the date "
                                "of the change"))
    return problems


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _duplicate_ids(records: list[RawRecord]) -> list[Problem]:
    first_seen: dict[str, RawRecord] = {}
    problems = []
    for item in records:
        session_id = _text(item.data.get("id"))
        if session_id is None:
            continue
        if session_id in first_seen:
            first = first_seen[session_id]
            problems.append(Problem(item.path, item.line("id"), f"the id '{shown(session_id)}' is already used by "
                                    f"the session in {first.path}:{first.line('id')}; each session needs its own id"))
        else:
            first_seen[session_id] = item
    return problems


def _known(content: LoadedContent, kind: str) -> set[str]:
    ids = {text for r in content.raw.get(kind, []) if (text := _text(r.data.get("id"))) is not None}
    return ids | content.unreadable.get(kind, set())


def _unknown_references(content: LoadedContent, timetable: LoadedTimetable) -> list[Problem]:
    known = {"service": _known(content, "services"), "venue": _known(content, "venues")}
    problems = []

    def check(record: RawRecord, kind: str, value: object, *where: str | int) -> None:
        if isinstance(value, str) and value not in known[kind]:
            problems.append(Problem(record.path, record.line(*where), f"there is no {kind} with the id "
                                    f"'{shown(value)}'.{did_you_mean(value, sorted(known[kind]))}"))

    for record in timetable.raw_sessions:
        check(record, "service", record.data.get("service"), "service")
        check(record, "venue", record.data.get("venue"), "venue")
        for group in ("changes", "extra_dates"):
            items = record.data.get(group)
            for i, item in enumerate(items if isinstance(items, list) else []):
                if isinstance(item, dict):
                    check(record, "venue", item.get("venue"), group, i, "venue")
    raw_terms = timetable.raw_term_dates
    if raw_terms is not None:
        closures = raw_terms.data.get("closures")
        for i, closure in enumerate(closures if isinstance(closures, list) else []):
            venues = closure.get("venues") if isinstance(closure, dict) else None
            for j, venue in enumerate(venues if isinstance(venues, list) else []):
                check(raw_terms, "venue", venue, "closures", i, "venues", j)
    return problems


def _term_problems(sourced: Sourced[TermDates]) -> list[Problem]:
    problems = []
    terms = sourced.record.terms
    for i, term in enumerate(terms):
        if term.ends < term.starts:
            problems.append(Problem(sourced.path, sourced.line("terms", i, "ends"),
                                    f"'{term.name}' ends on {long_date(term.ends)}, before it starts"))
        half = term.half_term
        if half and (half.starts < term.starts or half.ends > term.ends or half.ends < half.starts):
            problems.append(Problem(sourced.path, sourced.line("terms", i, "half_term"),
                                    f"the half-term of '{term.name}' must start and end inside the term, "
                                    f"between {long_date(term.starts)} and {long_date(term.ends)}"))
    for i, term in enumerate(terms):
        for j, other in enumerate(terms[:i]):
            if term.starts <= other.ends and other.starts <= term.ends:
                problems.append(Problem(sourced.path, sourced.line("terms", i, "starts"),
                                        f"'{term.name}' overlaps '{other.name}' (line {sourced.line('terms', j)}); "
                                        "terms cannot share days"))
    return problems


def _session_problems(sourced: Sourced[Session], venues: dict[str, Venue], terms: TermCalendar, today: date,
                      example: bool | None, no_terms: bool = False) -> list[Problem]:
    session = sourced.record
    problems: list[Problem] = []

    def add(message: str, *where: str | int) -> None:
        problems.append(Problem(sourced.path, sourced.line(*where), message))

    if session.term_time_only and no_terms:
        add("this session runs in term time only, but timetable/term-dates.yml lists no terms yet, so it would "
            "never run; add the school terms there", "term_time_only")
    if session.ends <= session.starts:
        add(f"the session ends at {session.ends:%H:%M}, which is not after it starts ({session.starts:%H:%M})", "ends")
    if session.repeats == "monthly" and session.week_of_month is None:
        add("a monthly session needs 'week_of_month': first, second, third, fourth or last", "repeats")
    if session.repeats != "monthly" and session.week_of_month is not None:
        add("'week_of_month' is only for sessions that repeat monthly; remove it or write 'repeats: monthly'",
            "week_of_month")
    if session.repeats == "every-two-weeks" and session.valid_from is None:
        add("a session every two weeks needs 'valid_from': the date of its first run, to count the weeks from",
            "repeats")
    if session.valid_from and session.valid_to and session.valid_to < session.valid_from:
        add(f"'valid_to' ({long_date(session.valid_to)}) is before 'valid_from' ({long_date(session.valid_from)})",
            "valid_to")
    if session.last_changed and session.last_changed > today:
        add(f"'last_changed' is {long_date(session.last_changed)}, which is in the future; write the date of the "
            "change", "last_changed")
    problems += _hours_problem(sourced, venues, session.venue, session.day, session.starts, session.ends, ())
    seen: dict[date, str] = {}
    for group in ("cancellations", "changes", "extra_dates"):
        for i, item in enumerate(getattr(session, group)):
            where = (group, i)
            if isinstance(item.date, RelativeDate) and example is False:
                add(f"'{item.date}' is a date relative to the build date, which only example sites may use; "
                    "write the date, like 2026-09-01", *where, "date")
                continue
            day = resolve_date(item.date, session, terms, today)
            if day is None:
                add(f"this session has no run after the build date to match '{item.date}'", *where, "date")
                continue
            if group == "changes" and not (item.starts or item.ends or item.venue):
                add(f"this change on {long_date(day)} does not say what changes: give a new 'starts', 'ends' or "
                    "'venue', or put the date in 'cancellations'", *where)
            starts = getattr(item, "starts", None) or session.starts
            ends = getattr(item, "ends", None) or session.ends
            if group != "cancellations" and ends <= starts:
                add(f"on {long_date(day)} the session would end at {ends:%H:%M}, which is not after it starts "
                    f"({starts:%H:%M})", *where)
            elif group != "cancellations":
                venue = getattr(item, "venue", None) or session.venue
                problems += _hours_problem(sourced, venues, venue, WEEKDAYS[day.weekday()], starts, ends, where, day)
            if day in seen:  # one entry per date: an extra date's calendar UID is the session id and the date
                add(f"{long_date(day)} is already in '{seen[day]}' for this session; keep one", *where, "date")
                continue
            seen[day] = group
            if group == "extra_dates":
                if matches_pattern(session, day) and not skip_reason(session, day, terms):
                    add(f"the session already runs on {long_date(day)}; to change that date, use 'changes'",
                        *where, "date")
                continue
            problems += _runs_problem(sourced, session, terms, day, where)
    return problems


def _runs_problem(sourced: Sourced[Session], session: Session, terms: TermCalendar, day: date,
                  where: tuple) -> list[Problem]:
    """A cancellation or change must be on a date when the session would run."""
    if not matches_pattern(session, day):
        words = recurrence_words(session, with_time=False)
        reason = f"it runs {words[0].lower()}{words[1:]}"
    else:
        skip = skip_reason(session, day, terms)
        if skip is None:
            return []
        reason = f"that day is a {skip}" if not skip.startswith("the hub") else skip
    return [Problem(sourced.path, sourced.line(*where, "date"),
                    f"the session does not run on {long_date(day)}: {reason}; check the date")]


def _hours_problem(sourced: Sourced[Session], venues: dict[str, Venue], venue_id: str, day: str, starts: time,
                   ends: time, where: tuple, on: date | None = None) -> list[Problem]:
    venue = venues.get(venue_id)
    if venue is None or ends <= starts:
        return []  # an unknown venue is reported once, by the reference check
    hours = getattr(venue.opening_hours, day)
    when = f"on {long_date(on)}" if on else f"on {day.capitalize()}s"
    line = sourced.line(*where, "starts") if not where else sourced.line(*where)
    if hours is None:
        return [Problem(sourced.path, line, f"{venue.name} is closed {when}, so the session cannot run then")]
    if starts < hours.opens or ends > hours.closes:
        return [Problem(sourced.path, line, f"the session runs {starts:%H:%M} to {ends:%H:%M} {when}, but "
                        f"{venue.name} is open {hours} then; change the time or the venue's opening hours")]
    return []
