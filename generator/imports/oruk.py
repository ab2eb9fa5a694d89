"""``python -m generator import-oruk SOURCE --out DIR``: an Open Referral UK 3.0 feed, saved as files, as this
project's venues, services and sessions.

SOURCE is a folder: a feed saved from an API (``service_list.json``, ``service_full.json`` ...), or this
project's own feed as the site publishes it (``openreferral/services/<id>/index.html`` ...), or the site folder
around it. DIR is an existing project, or a folder to make a new council's project in (``generator.new_site``).
Nothing in DIR is ever written over. The report (printed, and written to ``DIR/import-report.md``) counts
what was written, names each field an editor must fill in before the check passes (file and field), says
which values the import worked out, and lists everything in the feed that has no place in the project.
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections import Counter
from datetime import date, time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..build_date import build_date
from ..date_words import day_month_year
from ..new_site import NewSiteProblem, new_site
from ..open_referral.ids import FeedIds
from ..open_referral.taxonomies import TAXONOMY_BY_NAME
from ..schema.service import Service
from ..schema.venue import Venue
from ..timetable.schema import Session, SessionsFile, TermDates
from ..timetable.terms import TermCalendar
from ..vocabulary import WEEKDAYS
from ..yaml_source import parse_yaml
from .oruk_map import Context, ServiceDraft, VenueDraft, described
from .oruk_read import Feed, read_feed
from .oruk_report import Report, quoted
from .oruk_services import map_service
from .oruk_sessions import map_schedules
from .oruk_venues import map_location
from .oruk_write import checked_text, yaml_text

REPORT_FILE = "import-report.md"
_OWN_COUNCIL = re.compile(r"the family hub offer of (.+)\.$")
_ORGANIZATION_USED = {"id", "name", "services"}


class ImportProblem(Exception):
    """Why nothing was imported, in words for the person who asked."""


def run_import_oruk(source: Path, out: Path, council: str | None = None) -> int:
    """Import the feed saved in ``source`` into the project ``out``; print the report. 0 when records were
    written (even with fields to fill in), 1 when ``source`` holds no Open Referral UK data or ``out`` cannot
    take them."""
    try:
        report = import_oruk(source, out, council)
    except ImportProblem as problem:
        print(f"Nothing was imported: {problem}", file=sys.stderr)
        return 1
    print(report.text(), end="")
    return 0


def import_oruk(source: Path, out: Path, council: str | None = None, today: date | None = None) -> Report:
    """Import the feed and write the report into ``out``; raises ``ImportProblem`` when nothing can be."""
    if not source.is_dir():
        raise ImportProblem(f"{source} is not a folder; give the folder the feed's files were saved in")
    feed = read_feed(source)
    if not feed.has_data():
        raise ImportProblem(f"there is no Open Referral UK data in {source}: none of its JSON files (or index.html "
                            "files holding JSON) has a service or a location")
    today = today or build_date()
    # This project's feed labels every service with its four taxonomies; no other feed uses their names.
    own = any(term.get("taxonomy") in TAXONOMY_BY_NAME for term in feed.terms.values())
    report = Report(source=str(source), out=str(out))
    council_name, how = _council(feed, council, own)
    report.council = council_name
    _project(out, council_name, how, report, today)
    ctx = Context(feed=feed, report=report, own=own, today=today, review_limit_months=_review_limit(out),
                  existing=_existing_ids(out), site_base=_site_base(feed))
    if own:
        made_by = _feed_council(feed)
        ctx.feed_ids = FeedIds(made_by) if made_by else None
        ctx.session_words = _session_words(feed)
        report.header.append("This is a feed made by this project's own generator, so it is read back as fully "
                             "as Open Referral UK allows. The feed does not carry a venue's kind, opening hours, "
                             "description, directions, contact, photo or review date; a service's access details "
                             "(how_to_access.details), for_dads_and_partners, also_available, links, owner or "
                             "translations; a session's booking, stages, send_friendly or last_changed: check "
                             "those against the original if you have it.")
    else:
        report.header.append("Open Referral UK has no place for a service's for_dads_and_partners, "
                             "also_available, links or owner, or a session's stages and send_friendly: add them "
                             "by hand where they apply.")
    venues = [venue for location_id in feed.locations if (venue := map_location(ctx, location_id))]
    services = [service for service_id in feed.services if (service := map_service(ctx, service_id))]
    sessions = map_schedules(ctx, _terms(out))
    _venues_of_sessions(services, sessions)
    _opening_hours_notes(report, venues, sessions)
    _report_organizations(ctx)
    _report_files(feed, report)
    _write(ctx, out, venues, services, sessions, today)
    report.header.append("")
    (out / REPORT_FILE).write_text(report.text(), encoding="utf-8")
    return report


def _council(feed: Feed, council: str | None, own: bool) -> tuple[str, str]:
    if council and council.strip():
        return council.strip(), "as given"
    made_by = _feed_council(feed) if own else None
    if made_by:
        return made_by, "named in the feed as the council whose offer it is"
    runs = Counter(str(org["name"]) for service in feed.services.values()
                   if (org := feed.organization_of(service)) and org.get("name"))
    if runs:
        name, count = runs.most_common(1)[0]
        return name, f"the organisation that runs most of the feed's services ({count} of {len(feed.services)})"
    return "Our Council", "no council was given and the feed names no organisation, so a placeholder"


def _feed_council(feed: Feed) -> str | None:
    """The council whose offer this project's own feed is, as its organisations' descriptions say."""
    for organization in feed.organizations.values():
        description = str(organization.get("description") or "")
        match = _OWN_COUNCIL.search(description)
        if match:
            return match.group(1)
        if description.startswith("The council that publishes ") and organization.get("name"):
            return str(organization["name"])
    return None


def _session_words(feed: Feed) -> dict[str, list[str]]:
    """The ids of the sessions in this project's feed (from their calendars' addresses), by the feed's id of
    their service and of their location: an id is often made from them."""
    found: dict[str, list[str]] = {}
    for schedule_id, schedule in feed.schedules.items():
        match = re.search(r"/sessions/([a-z0-9-]+)\.ics$", str(schedule.get("schedule_link") or ""))
        owner = feed.schedule_owners.get(schedule_id)
        link = feed.links.get(str(schedule.get("service_at_location_id") or (owner.location_id if owner else "")))
        if match is None or link is None:
            continue
        for key in (link.service_id, link.location_id):
            if key and match.group(1) not in found.setdefault(key, []):
                found[key].append(match.group(1))
    return found


def _project(out: Path, council: str, how: str, report: Report, today: date) -> None:
    if (out / "content" / "site.yml").is_file():
        report.header.append(f"Added to the existing project in {out}; no file there was written over.")
        return
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ImportProblem(f"{out} is neither a project (it has no content/site.yml) nor an empty folder; give a "
                            "project, or a new folder to make one in")
    try:
        new_site(out, council, today=today)
    except NewSiteProblem as problem:
        raise ImportProblem(f"no new project could be made: {problem}; give the council's name with --council") \
            from None
    report.header.append(f"A new project was made in {out} for {quoted(council)} ({how}); change council_name in "
                         "content/site.yml if that is not the council's name.")


def _read(file: Path, root: Path) -> Any:
    doc, _ = parse_yaml(file.read_text(encoding="utf-8-sig"), file.relative_to(root).as_posix())
    return doc.data if doc else None


def _existing_ids(root: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"services": set(), "venues": set(), "sessions": set()}
    for kind in ("services", "venues"):
        for file in sorted((root / "content" / kind).glob("*.y*ml")):
            data = _read(file, root)
            found[kind] |= {file.stem} | ({str(data["id"])} if isinstance(data, dict) and data.get("id") else set())
    for file in sorted((root / "timetable" / "sessions").glob("*.y*ml")):
        data = _read(file, root)
        sessions = data.get("sessions") if isinstance(data, dict) else None
        found["sessions"] |= {str(s["id"]) for s in sessions or [] if isinstance(s, dict) and s.get("id")}
    return found


def _review_limit(root: Path) -> int:
    settings = _read(root / "content" / "site.yml", root)
    try:
        return int(settings.get("review_limit_months", 24)) if isinstance(settings, dict) else 24
    except ValueError:
        return 24


def _terms(root: Path) -> TermCalendar:
    file = root / "timetable" / "term-dates.yml"
    try:
        return TermCalendar(TermDates.model_validate(_read(file, root)) if file.is_file() else None)
    except ValidationError:
        return TermCalendar(None)


def _site_base(feed: Feed) -> str | None:
    """The site's address, from a schedule's calendar link (``<site>/calendars/sessions/<id>.ics``)."""
    for schedule in feed.schedules.values():
        match = re.match(r"^(https?://.+/)calendars/sessions/[^/]+\.ics$", str(schedule.get("schedule_link") or ""))
        if match:
            return match.group(1)
    return None


def _venues_of_sessions(services: list[ServiceDraft], sessions: dict[str, list[dict[str, Any]]]) -> None:
    """A service lists every venue its sessions are at, as the check expects."""
    by_id = {draft.id: draft for draft in services}
    for venue_id, items in sessions.items():
        for session in items:
            data = by_id[session["service"]].data
            if venue_id not in data.setdefault("venues", []):
                data["venues"].append(venue_id)


def _opening_hours_notes(report: Report, venues: list[VenueDraft], sessions: dict[str, list[dict[str, Any]]]) -> None:
    """Each venue's opening hours are to fill in: say when its sessions (and their changed and extra dates) need
    it open, since the check refuses a session outside them."""
    weekly: dict[str, dict[int, tuple[time, time]]] = {}
    dated: dict[str, set[tuple[date, time, time]]] = {}
    for venue_id, items in sessions.items():
        for session in items:
            day = WEEKDAYS.index(session["day"])
            opens, closes = weekly.setdefault(venue_id, {}).get(day, (session["starts"], session["ends"]))
            weekly[venue_id][day] = (min(opens, session["starts"]), max(closes, session["ends"]))
            for entry in session.get("changes", []) + session.get("extra_dates", []):
                dated.setdefault(entry.get("venue", venue_id), set()).add(
                    (entry["date"], entry.get("starts", session["starts"]), entry.get("ends", session["ends"])))
    for venue in venues:
        words = [f"{WEEKDAYS[day]} {opens:%H:%M} to {closes:%H:%M}"
                 for day, (opens, closes) in sorted(weekly.get(venue.id, {}).items())]
        words += [f"{WEEKDAYS[day.weekday()]} {day_month_year(day)} {starts:%H:%M} to {ends:%H:%M}"
                  for day, starts, ends in sorted(dated.get(venue.id, set()))]
        report.fill(venue.file, "opening_hours", "Open Referral UK has no opening hours for a location; write the "
                    "hours for each day" + (f" (its sessions need it open at least: {'; '.join(words)})"
                                            if words else ""))


def _report_organizations(ctx: Context) -> None:
    feed, report = ctx.feed, ctx.report
    providers = {id(org) for service in feed.services.values() if (org := feed.organization_of(service))}
    idle = []
    for organization_id, organization in feed.organizations.items():
        if organization_id in feed.taxonomies:  # a record with only a name and a description: a taxonomy here
            continue
        if id(organization) not in providers:
            idle.append(quoted(organization.get("name") or organization.get("id")))
            continue
        if ctx.own:
            continue
        label = f"Organisation {quoted(organization.get('name'))} ({organization.get('id')})"
        for key, value in organization.items():
            if key not in _ORGANIZATION_USED and value not in (None, "", [], {}):
                report.left_out(label, described(key, value))
    if idle:
        report.left_out("The feed", f"organisations that run none of its services: {', '.join(idle)}")
    foreign = sorted({str(t.get("name")) for t in feed.taxonomies.values()} - set(TAXONOMY_BY_NAME))
    if foreign and not ctx.own:
        report.left_out("The feed", f"taxonomies that are not this site's: {', '.join(map(quoted, foreign))}; their "
                        "terms on services are listed with each service")
    version = str((feed.api or {}).get("version") or "")
    if feed.api and "3.0" not in version:
        report.left_out("The feed", f"it says it is version {quoted(version)}, not Open Referral UK 3.0; it was read "
                        "as 3.0")


def _report_files(feed: Feed, report: Report) -> None:
    version = (feed.api or {}).get("version")
    report.header.append(f"Read {len(feed.files_read)} files of the feed"
                         + (f" (version {version})" if version else "") + ".")
    report.about_files += [f"{name}: not read, as {why}" for name, why in feed.not_read]
    if feed.web_pages:
        report.about_files.append(f"{feed.web_pages} index.html files are web pages, not the feed's JSON: skipped")
    report.about_files += feed.notes


def _write(ctx: Context, out: Path, venues: list[VenueDraft], services: list[ServiceDraft],
           sessions: dict[str, list[dict[str, Any]]], today: date) -> None:
    report = ctx.report
    for venue in venues:
        _write_file(out, venue.file, _ordered(venue.data, Venue), Venue, report)
        report.written["venues"].append(venue.id)
    for service in services:
        _write_file(out, service.file, _ordered(service.data, Service), Service, report)
        report.written["services"].append(service.id)
    for venue_id, items in sessions.items():
        path = f"timetable/sessions/{venue_id}.yml"
        if (out / path).exists():
            for session in items:
                report.left_out(f"Session {session['id']}", f"not written: {path} already exists, and the import "
                                "never writes over a file; add the session to it by hand")
            continue
        items.sort(key=lambda session: (WEEKDAYS.index(session["day"]), session["starts"], session["id"]))
        data = {"last_changed": today, "sessions": [_ordered(session, Session) for session in items]}
        report.derived(path, "last_changed", f"{today.isoformat()}, the day of the import")
        _write_file(out, path, data, SessionsFile, report, session_ids=True)
        report.written["sessions"] += [session["id"] for session in items]


def _ordered(data: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """``data``'s fields in the model's order, as editors' files have them."""
    order = list(model.model_fields)
    return dict(sorted(data.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)))


def _write_file(out: Path, path: str, data: dict[str, Any], model: type[BaseModel], report: Report,
                session_ids: bool = False) -> None:
    checked_text(path, data, model, report, session_ids)
    to_fill: dict[str, set[str]] = {}
    for note in report.to_fill:
        if note.file == path:
            to_fill.setdefault(note.field, set()).update([note.session] if note.session else [])
    words = [f"{name} ({len(sessions)} session{'s' if len(sessions) > 1 else ''})" if sessions else name
             for name, sessions in to_fill.items()]
    comment = "\n".join(textwrap.wrap(f"Imported from Open Referral UK. To fill in ({REPORT_FILE} says why): "
                                      + ", ".join(words), 100, break_on_hyphens=False)) if words else None
    target = out / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml_text(data, comment), encoding="utf-8")
    report.files.append(path)
