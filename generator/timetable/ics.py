"""Calendar feeds (RFC 5545 with RFC 7986 calendar properties) from the occurrence engine.

The rules (DESIGN.md section 6), and how they are kept here:

* UID: a session's recurring event is ``<session id>@<site host>``; an extra
  one-off date is ``<session id>-<yyyymmdd>@<site host>``. The same session
  has the same UID in every feed.
* DTSTAMP and LAST-MODIFIED: midnight UTC on the session's ``last_changed``
  date (else its file's), never the clock.
* SEQUENCE: the number of days from 2000-01-01 to that date, so it rises
  whenever an editor changes a session and records the change date (the
  schema asks for ``last_changed`` to be updated with every change). A
  one-date override (changed or cancelled) is one higher than its series, so
  calendars accept it over the instance they already hold.
* One VTIMEZONE for Europe/London in RRULE form (``vtimezone``).
* Per date, either an EXDATE (the calendar stops the session: holidays,
  closures) or a RECURRENCE-ID override (a cancellation families should
  still see, with STATUS:CANCELLED and "Cancelled:" in its summary, or a
  change), never both. EXDATEs carry DTSTART's time and TZID.
* ``icalendar`` 7.3 folds at 75 octets without splitting characters and
  writes CRLF; NAME and X-WR-CALNAME are added as vText so they are
  escaped, and REFRESH-INTERVAL gets VALUE=DURATION explicitly.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

from icalendar import Calendar, Event, vText

from ..render import urls
from ..site import Site
from .engine import Occurrence, Schedule, local, skipped_dates
from .feeds import Feed, absolute, uid_domain
from .schema import Session
from .vtimezone import TZID, london_vtimezone
from .words import BOOKING

SEQUENCE_EPOCH = date(2000, 1, 1)
REFRESH = timedelta(hours=12)
_BYDAY = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
          "saturday": "SA", "sunday": "SU"}
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def sequence(changed: date) -> int:
    """SEQUENCE for a series last changed on ``changed`` (see the module docstring)."""
    return (changed - SEQUENCE_EPOCH).days


def feed_files(feeds: list[Feed], site: Site, schedule: Schedule, site_url: str) -> dict[str, bytes]:
    """The ``.ics`` bytes of every feed, keyed by path.

    A session sits in several feeds (all, its venue, its service, its stages and its own), and
    serialising an event is most of a feed's cost, so each session's events are serialised once and
    the same bytes are joined into every feed that holds it. Likewise the properties every feed shares,
    the time zone, and each distinct feed property line (a service's summary describes all its
    sessions' feeds) are serialised once. Each part is serialised by ``icalendar``, so escaping and
    folding are its own.
    """
    # PRODID and VERSION first: the standard allows any order, but some readers look for them there.
    shared = _BEGIN + _inner(_shared_properties(site))
    timezone_block = london_vtimezone().to_ical()
    events_of: dict[str, bytes] = {}
    lines: dict[tuple[str, str], bytes] = {}
    files = {}
    for feed in feeds:
        parts = [shared, *[_line(name, value, lines) for name, value in _own_properties(feed, site_url)],
                 timezone_block]
        for session in sorted(feed.sessions, key=lambda s: s.id):
            if session.id not in events_of:
                events_of[session.id] = b"".join(
                    event.to_ical() for event in session_events(session, site, schedule, site_url))
            parts.append(events_of[session.id])
        parts.append(_END)
        files[feed.path] = b"".join(parts)
    return files


_BEGIN, _END = b"BEGIN:VCALENDAR\r\n", b"END:VCALENDAR\r\n"


def _inner(calendar: Calendar) -> bytes:
    """A calendar's property lines, without its BEGIN and END lines."""
    text = calendar.to_ical()
    assert text.startswith(_BEGIN) and text.endswith(_END)
    return text[len(_BEGIN): -len(_END)]


def _own_properties(feed: Feed, site_url: str) -> list[tuple[str, str]]:
    """What names and places this feed, in the order ``icalendar`` writes them."""
    return [("description", feed.description), ("x-wr-caldesc", feed.description), ("name", feed.title),
            ("x-wr-calname", feed.title), ("source", absolute(site_url, feed.path)),
            ("url", absolute(site_url, feed.page))]


def _line(name: str, value: str, known: dict[tuple[str, str], bytes]) -> bytes:
    """One calendar property, serialised by ``icalendar`` the first time it is met."""
    if (name, value) not in known:
        cal = Calendar()
        if name == "source":
            cal.add(name, value, parameters={"VALUE": "URI"})
        elif name == "url":
            cal.add(name, value)  # icalendar's URI type: written as it is, not escaped as text
        else:
            # NAME and X-WR-CALNAME as vText, so they are escaped (icalendar 7.3 does not escape them itself).
            cal.add(name, vText(value))
        known[(name, value)] = _inner(cal)
    return known[(name, value)]


def _shared_properties(site: Site) -> Calendar:
    """What every feed of this site says the same way."""
    cal = Calendar()
    cal.add("prodid", f"-//{site.settings.council_name}//Family hubs timetable//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-timezone", TZID)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT12H")
    return cal


def session_events(session: Session, site: Site, schedule: Schedule, site_url: str) -> list[Event]:
    """The series with its overrides, then one event per extra date."""
    occurrences = schedule.by_session.get(session.id, [])
    series = [o for o in occurrences if not o.extra]
    changed = site.timetable.changed[session.id]
    domain = uid_domain(site_url)
    events = []
    if series:
        # The series starts at its usual time and place even if its first date was moved or cancelled.
        first, last = series[0].usual_start, series[-1].usual_start
        usual = replace(series[0], start=first, end=local(first.date(), session.ends), venue=session.venue,
                        status="scheduled", reason=None)
        master = _event(usual, site, site_url, f"{session.id}@{domain}", changed, sequence(changed))
        master.add("rrule", _rrule(session, last))
        excluded = skipped_dates(session, schedule.terms, first.date(), last.date())
        if excluded:
            master.add("exdate", [datetime.combine(d, session.starts, tzinfo=first.tzinfo) for d in excluded])
        events.append(master)
        for occurrence in series:
            if occurrence.status != "scheduled":
                override = _event(occurrence, site, site_url, f"{session.id}@{domain}", changed,
                                  sequence(changed) + 1)
                override.add("recurrence-id", occurrence.usual_start)
                events.append(override)
    for occurrence in occurrences:
        if occurrence.extra:
            uid = f"{session.id}-{occurrence.date:%Y%m%d}@{domain}"
            events.append(_event(occurrence, site, site_url, uid, changed, sequence(changed)))
    return events


def _rrule(session: Session, last: datetime) -> dict:
    until = last.astimezone(timezone.utc)  # UNTIL is UTC when DTSTART has a TZID (RFC 5545 3.3.10)
    if session.repeats == "monthly":
        return {"freq": "monthly", "byday": f"{_NTH[session.week_of_month or 'first']}{_BYDAY[session.day]}",
                "until": until}
    interval = 2 if session.repeats == "every-two-weeks" else 1
    return {"freq": "weekly", "interval": interval, "byday": _BYDAY[session.day], "until": until}


def _event(occurrence: Occurrence, site: Site, site_url: str, uid: str, changed: date, seq: int) -> Event:
    session = occurrence.session
    service = site.services[session.service]
    name = session.name or service.name
    event = Event()
    event.add("uid", uid)
    stamp = datetime.combine(changed, time(0), tzinfo=timezone.utc)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", seq)
    event.add("dtstart", occurrence.start)
    event.add("dtend", occurrence.end)
    prefix = {"cancelled": "Cancelled: ", "changed": "Changed: "}.get(occurrence.status, "")
    event.add("summary", prefix + name)
    event.add("location", _location(site, occurrence.venue))
    event.add("description", _description(occurrence, site, service.summary))
    event.add("url", absolute(site_url, urls.service(service.id)))
    event.add("status", "CANCELLED" if occurrence.status == "cancelled" else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if occurrence.status == "cancelled" else "OPAQUE")
    return event


def _location(site: Site, venue_id: str) -> str:
    venue = site.venues[venue_id]
    lines = [venue.name] + [line for line in venue.address if line != venue.name]
    return ", ".join([*lines, venue.postcode])


def _description(occurrence: Occurrence, site: Site, summary: str) -> str:
    session = occurrence.session
    lines = [summary]
    if occurrence.status == "cancelled":
        lines.insert(0, f"Cancelled on this date: {occurrence.reason}")
    elif occurrence.status == "changed":
        lines.insert(0, f"Changed on this date: {occurrence.reason}")
    elif occurrence.reason:
        lines.insert(0, occurrence.reason)
    lines.append(BOOKING[session.booking] + (f": {session.how_to_book}" if session.how_to_book else "."))
    cost = session.cost or site.services[session.service].cost
    lines.append(f"Cost: {cost}")
    if session.ages:
        lines.append(f"Ages: {session.ages}")
    if session.language:
        lines.append(f"Language: {session.language}")
    return "\n".join(lines)
