"""Calendar feeds (RFC 5545 with RFC 7986 calendar properties) from the occurrence engine.

The rules for feeds families can trust, and how they are kept here:

* UID: a session's recurring event is ``<session id>@<site host>``; an extra
  one-off date is ``<session id>-<yyyymmdd>@<site host>``. The same session
  has the same UID in every feed. Both come from what the session is (its id,
  and the date), never from list positions, so they are stable across builds.
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
* A date held at another venue than the session's own (a change with a
  ``venue``, or an extra date with one) happens there, so that venue's feed
  lists it too (``visiting_block``), even when the venue has no sessions of
  its own. That feed does not hold the session's series: its other dates are
  not at that venue. The date could go in as an override without its master
  (a RECURRENCE-ID with the series' UID), but RFC 5545 defines an override
  only against a recurring event with the same UID, and calendar apps treat
  a lone one unevenly (Outlook's import reads RECURRENCE-ID as an exception
  of a recurring event with that UID in the same file; some readers drop it
  or fail on it). A one-off event is what Google, Apple and Outlook all show
  from a subscribed feed. So the venue's feed holds the date as a one-off
  event with the UID of an extra date, from the session id and the date the
  session would have run: ``<session id>-<yyyymmdd>@<site host>``.
* An extra date is that one-off event already, the same bytes in every feed
  that holds it. A moved date is the series' override in every feed that
  holds the series (all, its own venue, its service, stages and its own),
  with the series' UID as the rule asks, and the one-off only in the feed of
  the venue it moved to, which never holds the series. So no feed holds a
  date twice, and no UID with RECURRENCE-ID repeats in a feed, all.ics
  included. The two forms never meet in one calendar: an app keeps each
  subscription as a calendar of its own (a family following both venues sees
  the date in each, as with any two feeds that share a session). The
  one-off's UID cannot be an extra date's: the check keeps extra dates off
  dates the session runs, and allows one entry per date. Its DTSTAMP and
  SEQUENCE are the override's (one higher than the series, from the
  session's change date), so a new change date raises both.
* Lines end in CRLF and fold at 75 octets without splitting characters.
  The calendar's own properties and the VTIMEZONE are written by
  ``icalendar`` 7.3 (NAME and X-WR-CALNAME added as vText so they are
  escaped, REFRESH-INTERVAL with VALUE=DURATION explicitly). Events, most of
  a feed, are written by ``ics_text`` to the same rules, byte for byte what
  ``icalendar`` writes (``tests/timetable/test_ics_text.py``), because
  building ``icalendar`` objects for a county's events took seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar

from .. import urls
from ..site import Site
from . import ics_text
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
                events_of[session.id] = session_block(session, site, schedule, site_url)
            parts.append(events_of[session.id])
        if feed.venue is not None:
            parts.append(visiting_block(feed.venue, site, schedule, site_url))
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
    """One calendar property line, written the first time it is met (a service's summary describes each of
    its sessions' feeds). TEXT values are escaped, NAME and X-WR-CALNAME included; addresses are not."""
    if (name, value) not in known:
        if name == "source":
            written = ics_text.line("SOURCE", value, ";VALUE=URI")
        elif name == "url":
            written = ics_text.line("URL", value)
        else:
            written = ics_text.line(name.upper(), ics_text.text(value))
        known[(name, value)] = written.encode("utf-8")
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


def session_block(session: Session, site: Site, schedule: Schedule, site_url: str) -> bytes:
    """The series with its overrides, then one event per extra date, as the feeds' bytes."""
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
        repeats = [ics_text.line("RRULE", _rrule(session, last))]
        excluded = skipped_dates(session, schedule.terms, first.date(), last.date())
        if excluded:  # EXDATEs carry DTSTART's time and zone exactly
            dates = ",".join(ics_text.local_time(datetime.combine(d, session.starts)) for d in excluded)
            repeats.append(ics_text.line("EXDATE", dates, _IN_LONDON))
        events.append(_event(usual, site, site_url, f"{session.id}@{domain}", changed, sequence(changed),
                             repeats=repeats))
        for occurrence in series:
            if occurrence.status != "scheduled":
                events.append(_event(occurrence, site, site_url, f"{session.id}@{domain}", changed,
                                     sequence(changed) + 1, recurrence_id=occurrence.usual_start))
    for occurrence in occurrences:
        if occurrence.extra:
            events.append(one_off_event(occurrence, site, site_url))
    return "".join(events).encode("utf-8")


def visiting_block(venue_id: str, site: Site, schedule: Schedule, site_url: str) -> bytes:
    """The dates that sessions based elsewhere hold at ``venue_id``, as one-off events in time order.

    Only the venue's own feed holds these; every other feed that holds the session has the date already.
    """
    return "".join(one_off_event(o, site, site_url) for o in schedule.visiting(venue_id)).encode("utf-8")


def one_off_event(occurrence: Occurrence, site: Site, site_url: str) -> str:
    """One date as an event of its own: an extra date, or a changed date in the feed of the venue it moved to.

    UID ``<session id>-<yyyymmdd>@<site host>`` from the date the session would have run; SEQUENCE the
    series' for an extra date, and the override's (one higher) for a changed date.
    """
    session = occurrence.session
    changed = site.timetable.changed[session.id]
    uid = f"{session.id}-{occurrence.rule_date:%Y%m%d}@{uid_domain(site_url)}"
    seq = sequence(changed) + (1 if occurrence.status == "changed" else 0)
    return _event(occurrence, site, site_url, uid, changed, seq)


_IN_LONDON = f";TZID={TZID}"


def _rrule(session: Session, last: datetime) -> str:
    until = ics_text.utc_time(last)  # UNTIL is UTC when DTSTART has a TZID (RFC 5545 3.3.10)
    if session.repeats == "monthly":
        return f"FREQ=MONTHLY;UNTIL={until};BYDAY={_NTH[session.week_of_month or 'first']}{_BYDAY[session.day]}"
    interval = 2 if session.repeats == "every-two-weeks" else 1
    return f"FREQ=WEEKLY;UNTIL={until};INTERVAL={interval};BYDAY={_BYDAY[session.day]}"


def _event(occurrence: Occurrence, site: Site, site_url: str, uid: str, changed: date, seq: int,
           repeats: Sequence[str] = (), recurrence_id: datetime | None = None) -> str:
    """One VEVENT, its properties in the order ``icalendar`` writes them (so either gives the same bytes)."""
    session = occurrence.session
    service = site.services[session.service]
    prefix = {"cancelled": "Cancelled: ", "changed": "Changed: "}.get(occurrence.status, "")
    stamp = ics_text.utc_time(datetime.combine(changed, time(0), tzinfo=UTC))
    write, text = ics_text.line, ics_text.text
    return "".join([
        "BEGIN:VEVENT\r\n",
        write("SUMMARY", text(prefix + session.name)),
        write("DTSTART", ics_text.local_time(occurrence.start), _IN_LONDON),
        write("DTEND", ics_text.local_time(occurrence.end), _IN_LONDON),
        write("DTSTAMP", stamp),
        write("UID", text(uid)),
        write("RECURRENCE-ID", ics_text.local_time(recurrence_id), _IN_LONDON) if recurrence_id else "",
        write("SEQUENCE", str(seq)),
        *repeats,
        write("DESCRIPTION", text(_description(occurrence, site, service.summary))),
        write("LAST-MODIFIED", stamp),
        write("LOCATION", text(_location(site, occurrence.venue))),
        write("STATUS", "CANCELLED" if occurrence.status == "cancelled" else "CONFIRMED"),
        write("TRANSP", "TRANSPARENT" if occurrence.status == "cancelled" else "OPAQUE"),
        write("URL", absolute(site_url, urls.service(service.id))),
        "END:VEVENT\r\n",
    ])


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
    lines.append(f"Cost: {session.cost}")
    if session.ages:
        lines.append(f"Ages: {session.ages}")
    if session.language:
        lines.append(f"Language: {session.language}")
    return "\n".join(lines)
