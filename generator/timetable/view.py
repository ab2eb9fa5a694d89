"""The timetable as renderers see it: the schedule for this build, the feeds and the site's address.

It is worked out once per build, before any page is made (``timetable_view``, called by
``generator.context.resolve_context``), so every page reads the same occurrences and nothing is
added to it while pages are rendered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..site import Site
from .engine import Occurrence, Schedule, build_schedule
from .feeds import Feed, all_feeds
from .model import ResolvedSession
from .wards import Ward, wards_of_venues

DEFAULT_SITE_URL = "https://family-hubs.example/"


@dataclass(frozen=True)
class TimetableView:
    site: Site
    schedule: Schedule
    site_url: str
    # Every calendar feed by its path (``calendars/venues/x.ics``); none when there are no sessions.
    feeds: dict[str, Feed]
    # Sessions grouped once per build, so each service and venue page reads only its own.
    sessions_by_service: dict[str, list[ResolvedSession]]
    sessions_by_venue: dict[str, list[ResolvedSession]]
    # The last day of "this week" on What's on (today, when today is a Sunday), and of next week.
    this_sunday: date
    next_sunday: date
    # What's on's dated sessions: today to next Sunday, in time order.
    next_two_weeks: list[Occurrence]
    # True when What's on has too many sessions for one page and gets one page per ward.
    split_by_ward: bool
    # The wards where something is on: a venue's regular sessions, or a date moved to a venue.
    whats_on_wards: list[Ward]
    ward_of_venue: dict[str, Ward]

    def feed(self, path: str) -> Feed | None:
        return self.feeds.get(path)

    def whats_on_for(self, venue_id: str) -> str | None:
        """The What's on page that lists a venue's sessions, or None when What's on is one page."""
        ward = self.ward_of_venue.get(venue_id) if self.split_by_ward else None
        return ward.url if ward else None


def timetable_view(site: Site, today: date, site_url: str) -> TimetableView:
    """Expand the timetable for ``today``: every occurrence in the horizon, the feeds and the wards."""
    timetable = site.timetable
    schedule = build_schedule(timetable.sessions, timetable.terms, today, site.settings.timetable_weeks)
    by_venue = _group(schedule.sessions, lambda session: session.venue)
    this_sunday = today + timedelta(days=6 - today.weekday())
    next_sunday = this_sunday + timedelta(days=7)
    next_two_weeks = schedule.between(today, next_sunday)
    busy = set(by_venue) | {o.venue for o in next_two_weeks}
    wards = wards_of_venues([v for v in site.venues.values() if v.id in busy])
    return TimetableView(
        site=site,
        schedule=schedule,
        site_url=site_url,
        feeds={f.path: f for f in all_feeds(site)} if timetable.sessions else {},
        sessions_by_service=_group(schedule.sessions, lambda session: session.service),
        sessions_by_venue=by_venue,
        this_sunday=this_sunday,
        next_sunday=next_sunday,
        next_two_weeks=next_two_weeks,
        split_by_ward=len(schedule.sessions) > site.settings.whats_on_one_page_limit,
        whats_on_wards=wards,
        ward_of_venue={venue_id: ward for ward in wards for venue_id in ward.venue_ids},
    )


def _group(sessions: Sequence[ResolvedSession],
           key: Callable[[ResolvedSession], str]) -> dict[str, list[ResolvedSession]]:
    groups: dict[str, list[ResolvedSession]] = {}
    for session in sessions:
        groups.setdefault(key(session), []).append(session)
    return groups
