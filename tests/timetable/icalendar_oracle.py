"""The calendar events written with ``icalendar``'s own objects: the reference the fast writer is held to.

``generator.timetable.ics`` writes event lines itself (see ``generator/timetable/ics_text.py`` for why).
This builds the same events as ``icalendar.Event`` objects and lets ``icalendar`` serialise them; the tests
compare the two byte for byte. The words (summary, place, description) come from the generator's helpers:
what is compared here is how they are written, not what they say.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from icalendar import Event

from generator import urls
from generator.timetable.engine import Occurrence, local, skipped_dates
from generator.timetable.feeds import absolute, uid_domain
from generator.timetable.ics import _description, _location, sequence

BYDAY = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
         "saturday": "SA", "sunday": "SU"}
NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}


def reference_session_block(session, site, schedule, site_url: str) -> bytes:
    """The series with its overrides, then one event per extra date, serialised by ``icalendar``."""
    occurrences = schedule.by_session.get(session.id, [])
    series = [o for o in occurrences if not o.extra]
    changed = site.timetable.changed[session.id]
    domain = uid_domain(site_url)
    events = []
    if series:
        first, last = series[0].usual_start, series[-1].usual_start
        usual = replace(series[0], start=first, end=local(first.date(), session.ends), venue=session.venue,
                        status="scheduled", reason=None)
        master = _event(usual, site, site_url, f"{session.id}@{domain}", changed, sequence(changed))
        until = last.astimezone(UTC)
        if session.repeats == "monthly":
            rule = {"freq": "monthly", "byday": f"{NTH[session.week_of_month or 'first']}{BYDAY[session.day]}",
                    "until": until}
        else:
            rule = {"freq": "weekly", "interval": 2 if session.repeats == "every-two-weeks" else 1,
                    "byday": BYDAY[session.day], "until": until}
        master.add("rrule", rule)
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
            events.append(_one_off(occurrence, site, site_url))
    return b"".join(event.to_ical() for event in events)


def reference_visiting_block(venue_id: str, site, schedule, site_url: str) -> bytes:
    """The dates sessions based elsewhere hold at a venue, each an event of its own, serialised by ``icalendar``."""
    return b"".join(_one_off(o, site, site_url).to_ical() for o in schedule.visiting(venue_id))


def _one_off(occurrence: Occurrence, site, site_url: str) -> Event:
    """An extra date, or a date moved to another venue: UID from the session id and the date."""
    session = occurrence.session
    changed = site.timetable.changed[session.id]
    uid = f"{session.id}-{occurrence.rule_date:%Y%m%d}@{uid_domain(site_url)}"
    return _event(occurrence, site, site_url, uid, changed,
                  sequence(changed) + (1 if occurrence.status == "changed" else 0))


def _event(occurrence: Occurrence, site, site_url: str, uid: str, changed: date, seq: int) -> Event:
    session = occurrence.session
    service = site.services[session.service]
    event = Event()
    event.add("uid", uid)
    stamp = datetime.combine(changed, time(0), tzinfo=UTC)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", seq)
    event.add("dtstart", occurrence.start)
    event.add("dtend", occurrence.end)
    prefix = {"cancelled": "Cancelled: ", "changed": "Changed: "}.get(occurrence.status, "")
    event.add("summary", prefix + (session.name or service.name))
    event.add("location", _location(site, occurrence.venue))
    event.add("description", _description(occurrence, site, service.summary))
    event.add("url", absolute(site_url, urls.service(service.id)))
    event.add("status", "CANCELLED" if occurrence.status == "cancelled" else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if occurrence.status == "cancelled" else "OPAQUE")
    return event
