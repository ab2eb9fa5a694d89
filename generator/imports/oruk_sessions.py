"""Open Referral schedules as the timetable's sessions: one session per weekday of a weekly, fortnightly or
monthly pattern, at one venue.

A session the feed writes as several schedules (runs of dates split at bank holidays, closures and
half-terms, as ``generator/open_referral/schedules.py`` does) is one session again: the same service, place,
pattern and times, from the first run's first date to the last run's last. Dates the runs leave out that the
project's calendar would not skip anyway are named in the report. What the timetable cannot hold (days of
the month, yearly or daily rules, a fifth weekday) is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from ..date_words import weekday_day_month_year
from ..schema.common import SLUG_LIMIT
from ..slugs import slug
from ..timetable.engine import rule_dates, skip_reason
from ..timetable.schema import Session
from ..timetable.terms import TermCalendar
from ..vocabulary import WEEKDAYS
from .oruk_map import Context, described, feed_date, left_over
from .oruk_notes import read_notes
from .oruk_read import Json
from .oruk_report import quoted

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEK_OF_MONTH = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$")
_SCHEDULE_USED = {"id", "service_id", "service_at_location_id", "valid_from", "valid_to", "dtstart", "freq",
                  "interval", "byday", "bymonthday", "opens_at", "closes_at"}
_OWN_SCHEDULE_USED = {"description", "notes", "schedule_link"}
TERM_TIME_WORDS = ", in term time only"
BANK_HOLIDAY_WORDS = ", bank holidays included"


@dataclass(frozen=True)
class Pattern:
    service: str
    venue: str
    day: str
    starts: time
    ends: time
    repeats: str
    week_of_month: str | None
    term_time_only: bool
    runs_on_bank_holidays: bool


@dataclass
class Run:
    first: date | None
    last: date | None
    notes: str
    session_id: str | None  # from the schedule's calendar link, in this project's feed


@dataclass
class Group:
    pattern: Pattern
    ways: list[str]
    label: str
    runs: list[Run] = field(default_factory=list)
    notes: list[tuple[str, str, bool]] = field(default_factory=list)  # field, words, to fill (else worked out)


def map_schedules(ctx: Context, terms: TermCalendar) -> dict[str, list[dict[str, Any]]]:
    """The sessions of the feed, by venue id."""
    groups: dict[Pattern, Group] = {}
    for schedule_id, schedule in ctx.feed.schedules.items():
        for group, run, notes in _read_schedule(ctx, schedule_id, schedule):
            known = groups.setdefault(group.pattern, group)
            known.runs.append(run)
            known.notes += [note for note in notes if note not in known.notes]
    by_venue: dict[str, list[dict[str, Any]]] = {}
    taken = set(ctx.existing["sessions"])
    for group in groups.values():
        if _ended(ctx, group):
            continue
        session = _session(ctx, group, terms, taken)
        by_venue.setdefault(group.pattern.venue, []).append(session)
    term_time = [s["id"] for sessions in by_venue.values() for s in sessions if s.get("term_time_only")]
    if term_time and not terms.terms:
        shown = ", ".join(term_time[:5]) + (f" and {len(term_time) - 5} more" if len(term_time) > 5 else "")
        ctx.report.fill("timetable/term-dates.yml", "terms", f"the school terms, with their half-terms: "
                        f"{len(term_time)} session{'s run' if len(term_time) > 1 else ' runs'} in term time only "
                        f"({shown})")
    return by_venue


def _ended(ctx: Context, group: Group) -> bool:
    """True (and reported) when the session's dates are over, or its last date is before its first."""
    lasts = [run.last for run in group.runs]
    firsts = [run.first for run in group.runs if run.first]
    if None in lasts:
        return False
    last = max(day for day in lasts if day)
    if last >= ctx.today and (not firsts or last >= min(firsts)):
        return False
    pattern = group.pattern
    ended = (f"it ended on {weekday_day_month_year(last)}" if last < ctx.today
             else "its last date is before its first")
    ctx.report.left_out(group.label, f"the session on {pattern.day.capitalize()}s from {pattern.starts:%H:%M} to "
                        f"{pattern.ends:%H:%M} at {pattern.venue}: {ended}, so it was not written")
    return True


def _read_schedule(ctx: Context, schedule_id: str, schedule: Json) -> list[tuple[Group, Run, list]]:
    feed, report = ctx.feed, ctx.report
    owner = feed.schedule_owners.get(schedule_id)
    link_id = schedule.get("service_at_location_id") or (owner.location_id if owner else None)
    link = feed.links.get(str(link_id)) if link_id else None
    service_id = schedule.get("service_id") or (owner.service_id if owner else None) or (link.service_id if link
                                                                                         else None)
    service = feed.services.get(str(service_id), {})
    label = f"Service {quoted(service.get('name') or '(unknown)')} ({service_id})"
    what = f"schedule {schedule_id}"
    for key, value in left_over(schedule, _SCHEDULE_USED | (_OWN_SCHEDULE_USED if ctx.own else set())):
        if not (key == "timezone" and str(value) in ("Europe/London", "GB")):
            report.left_out(label, f"{what}: " + described(key, value))

    def not_written(why: str) -> list[tuple[Group, Run, list]]:
        report.left_out(label, f"{what} ({_rule_words(schedule)}): {why}; no session was written")
        for key in ("description", "notes") if ctx.own else ():
            if schedule.get(key):
                report.left_out(label, f"{what}: " + described(key, schedule[key]))
        return []

    draft = ctx.services.get(str(service_id))
    if draft is None:
        return not_written("its service was not written")
    location_id = link.location_id if link else schedule.get("location_id")
    notes: list[tuple[str, str, bool]] = []
    if location_id is None:
        places = {location for _, location in feed.locations_of(str(service_id))}
        if len(places) != 1:
            return not_written("it does not say where it is (no service_at_location_id)")
        location_id = places.pop()
        notes.append(("venue", "the feed's schedule does not say where; the service's only location", False))
    venue = ctx.venues.get(location_id)
    if venue is None:
        return not_written(f"no venue was written for its location "
                           f"({ctx.refused_venues.get(location_id, 'it is not in the feed')})")
    if schedule.get("bymonthday") not in (None, "", []):
        return not_written(f"days of the month (bymonthday {quoted(schedule['bymonthday'])}) have no place in the "
                           "timetable, which repeats by weekday")
    freq = str(schedule.get("freq") or "").upper()
    try:
        interval = int(schedule.get("interval") or 1)
    except (TypeError, ValueError):
        interval = 0
    if freq not in ("WEEKLY", "MONTHLY") or interval not in (1, 2) or (freq == "MONTHLY" and interval != 1):
        return not_written("the timetable repeats weekly, every two weeks or monthly")
    first, last = feed_date(schedule.get("valid_from")), feed_date(schedule.get("valid_to"))
    start = feed_date(schedule.get("dtstart"))
    days = _days(freq, str(schedule.get("byday") or ""), first or start)
    if days is None:
        return not_written("the days (byday) are not ones the timetable can hold: a weekday, or for a monthly "
                           "session the first to fourth or the last weekday of the month")
    if not schedule.get("byday"):
        notes.append(("day", "the feed's schedule gives no day (byday): the weekday of its first date", False))
    if first is None and start is not None and (interval == 2 or freq == "MONTHLY"):
        first = start
        notes.append(("valid_from", "the feed's dtstart (the schedule has no valid_from)", False))
    opens, closes = _clock(schedule.get("opens_at")), _clock(schedule.get("closes_at"))
    if opens is None or closes is None or closes[0] <= opens[0]:
        return not_written(f"its times ({quoted(schedule.get('opens_at'))} to {quoted(schedule.get('closes_at'))}) "
                           "are not a start and a later end")
    for key, (_, offset) in (("starts", opens), ("ends", closes)):
        if offset:
            notes.append((key, f"the feed gives {quoted(schedule.get('opens_at' if key == 'starts' else 'closes_at'))}"
                          f", with a time zone ({offset}); it was read as UK time", False))
    description = str(schedule.get("description") or "")
    own_words = ctx.own and bool(description)
    link_session = _session_from_link(schedule.get("schedule_link")) if ctx.own else None
    made = []
    for day, week in days:
        pattern = Pattern(draft.id, venue, day, opens[0], closes[0],
                          "monthly" if freq == "MONTHLY" else "every-two-weeks" if interval == 2 else "weekly",
                          week, own_words and TERM_TIME_WORDS in description,
                          own_words and BANK_HOLIDAY_WORDS in description)
        group = Group(pattern, draft.ways, label)
        made.append((group, Run(first, last, str(schedule.get("notes") or "") if ctx.own else "",
                                link_session if len(days) == 1 else None), notes))
    return made


def _rule_words(schedule: Json) -> str:
    parts = [f"{key} {schedule[key]}" for key in ("freq", "interval", "byday", "bymonthday", "opens_at", "closes_at")
             if schedule.get(key) not in (None, "")]
    return ", ".join(parts) or "no rule"


def _days(freq: str, byday: str, first: date | None) -> list[tuple[str, str | None]] | None:
    """(weekday, week of the month) for each day the rule names, or None when one cannot be held."""
    if not byday.strip():
        return [(WEEKDAYS[first.weekday()], None)] if freq == "WEEKLY" and first else None
    days: list[tuple[str, str | None]] = []
    for token in byday.upper().replace(" ", "").split(","):
        match = _BYDAY.match(token)
        if match is None:
            return None
        day = WEEKDAYS[BYDAY.index(match.group(2))]
        if freq == "WEEKLY":
            if match.group(1):
                return None
            days.append((day, None))
        else:
            week = WEEK_OF_MONTH.get(int(match.group(1))) if match.group(1) else None
            if week is None:
                return None
            days.append((day, week))
    return days


def _clock(value: Any) -> tuple[time, str | None] | None:
    """A feed's ``10:00``, ``10:00:00``, ``10:00Z`` or ``10:00+01:00`` as a clock time and its offset."""
    match = _CLOCK.match(str(value or "").strip())
    if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return time(int(match.group(1)), int(match.group(2))), match.group(4)


def _session_from_link(link: Any) -> str | None:
    match = re.search(r"/sessions/([a-z0-9]+(?:-[a-z0-9]+)*)\.ics$", str(link or ""))
    return match.group(1) if match and len(match.group(1)) <= SLUG_LIMIT else None


def _session(ctx: Context, group: Group, terms: TermCalendar, taken: set[str]) -> dict[str, Any]:
    pattern, report = group.pattern, ctx.report
    runs = sorted(group.runs, key=lambda run: run.first or date.min)
    valid_from = None if any(run.first is None for run in runs) else runs[0].first
    valid_to = None if any(run.last is None for run in runs) else max(run.last for run in runs if run.last)
    linked = {run.session_id for run in runs}
    own_id = linked.pop() if len(linked) == 1 else None
    session_id = own_id if own_id and own_id not in taken else _new_id(pattern, taken)
    taken.add(session_id)
    file = f"timetable/sessions/{pattern.venue}.yml"
    session: dict[str, Any] = {"id": session_id, "service": pattern.service, "venue": pattern.venue,
                               "day": pattern.day, "starts": pattern.starts, "ends": pattern.ends}
    if pattern.repeats != "weekly":
        session["repeats"] = pattern.repeats
    if pattern.week_of_month:
        session["week_of_month"] = pattern.week_of_month
    if pattern.term_time_only:
        session["term_time_only"] = True
        if not terms.terms:
            report.fill(file, "term_time_only", "the session runs in term time only, and timetable/term-dates.yml "
                        "lists no terms yet: add them there", session_id)
    if pattern.runs_on_bank_holidays:
        session["runs_on_bank_holidays"] = True
    if valid_from:
        session["valid_from"] = valid_from
    elif pattern.repeats == "every-two-weeks":
        report.fill(file, "valid_from", "the feed gives no first date to count the weeks from", session_id)
    if valid_to:
        session["valid_to"] = valid_to
        if pattern.term_time_only and ctx.own:
            report.derived(file, "valid_to", f"{valid_to.isoformat()}, the end of the feed's last schedule; for a "
                           "session in term time only that may be only the end of the part of the term the feed "
                           "covers: take it out if the session goes on", session_id)
    ways = group.ways
    if ways:
        session["booking"] = "drop-in" if "drop-in" in ways else ways[0]
        report.derived(file, "booking", f"'{session['booking']}', from the service's ways to get it "
                       f"({', '.join(ways)})", session_id)
    else:
        report.fill(file, "booking", "the service's ways to get it are not in the feed; one of drop-in, book, "
                    "self-refer, professional-referral or we-contact-you", session_id)
    for name, words, to_fill in group.notes:
        (report.fill if to_fill else report.derived)(file, name, words, session_id)
    model = _model(session)
    if len(runs) > 1:
        report.derived(file, "valid_from", f"one session from the feed's {len(runs)} schedules for it, which run "
                       "one after another", session_id)
        _gaps(ctx, file, session_id, model, runs, terms)
    if ctx.own:
        read_notes(ctx, file, session, model, [run.notes for run in runs], terms, group.label)
    return session


def _new_id(pattern: Pattern, taken: set[str]) -> str:
    base = f"{pattern.service[:36].strip('-')}-{pattern.venue[:30].strip('-')}-{pattern.day}"
    made, number = slug(base)[:SLUG_LIMIT], 2
    while made in taken:
        made = f"{slug(base)[:SLUG_LIMIT - 3]}-{number}"
        number += 1
    return made


def _model(session: dict[str, Any]) -> Session:
    return Session.model_validate({**session, "booking": session.get("booking", "drop-in")})


def _gaps(ctx: Context, file: str, session_id: str, model: Session, runs: list[Run], terms: TermCalendar) -> None:
    """Name the dates between runs that the project's calendar would not skip."""
    missing: list[date] = []
    for before, after in zip(runs, runs[1:], strict=False):
        if before.last is None or after.first is None:
            continue
        missing += [day for day in rule_dates(model, before.last + timedelta(days=1), after.first - timedelta(days=1))
                    if skip_reason(model, day, terms) is None]
    if missing:
        days = [weekday_day_month_year(day) for day in missing[:3]]
        if len(missing) > 3:
            shown, more = ", ".join(days), f" and {len(missing) - 3} more"
        else:
            shown, more = " and ".join([", ".join(days[:-1]), days[-1]] if len(days) > 1 else days), ""
        ctx.report.derived(file, "term_time_only", f"the feed's schedules leave out {shown}{more}, which are not "
                           "bank holidays or closures in timetable/term-dates.yml. If the session runs in term time "
                           "only, write term_time_only: yes (with the terms); otherwise add those dates as "
                           "cancellations", session_id)
