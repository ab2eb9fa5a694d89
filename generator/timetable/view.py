"""The timetable as renderers see it: the schedule for this build, the feeds and the site's address.

It is worked out once per build (``attach``) and kept on the render
context, so every page reads the same occurrences.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from ..site import Site
from .engine import Occurrence, Schedule, build_schedule
from .feeds import Feed, all_feeds
from .schema import Session
from .wards import Ward, wards_of_venues

DEFAULT_SITE_URL = "https://family-hubs.example/"
_KEY = "_timetable_view"


@dataclass
class TimetableView:
    site: Site
    schedule: Schedule
    site_url: str
    feeds: dict[str, Feed]

    def feed(self, path: str) -> Feed | None:
        return self.feeds.get(path)

    @cached_property
    def sessions_by_service(self) -> dict[str, list[Session]]:
        """Sessions grouped once per build, so each service page reads only its own."""
        return _group(self.schedule.sessions, "service")

    @cached_property
    def sessions_by_venue(self) -> dict[str, list[Session]]:
        """Sessions grouped once per build, so each venue page reads only its own."""
        return _group(self.schedule.sessions, "venue")

    @property
    def this_sunday(self) -> date:
        """The last day of "this week" on What's on (today, when today is a Sunday)."""
        today = self.schedule.today
        return today + timedelta(days=6 - today.weekday())

    @property
    def next_sunday(self) -> date:
        return self.this_sunday + timedelta(days=7)

    @cached_property
    def next_two_weeks(self) -> list[Occurrence]:
        """What's on's dated sessions: today to next Sunday, in time order."""
        return self.schedule.between(self.schedule.today, self.next_sunday)

    @property
    def split_by_ward(self) -> bool:
        """True when What's on has too many sessions for one page and gets one page per ward."""
        return len(self.schedule.sessions) > self.site.settings.whats_on_one_page_limit

    @cached_property
    def whats_on_wards(self) -> list[Ward]:
        """The wards where something is on: a venue's regular sessions, or a date moved to a venue."""
        busy = set(self.sessions_by_venue) | {o.venue for o in self.next_two_weeks}
        return wards_of_venues([v for v in self.site.venues.values() if v.id in busy])

    @cached_property
    def ward_of_venue(self) -> dict[str, Ward]:
        return {venue_id: ward for ward in self.whats_on_wards for venue_id in ward.venue_ids}

    def whats_on_for(self, venue_id: str) -> str | None:
        """The What's on page that lists a venue's sessions, or None when What's on is one page."""
        ward = self.ward_of_venue.get(venue_id) if self.split_by_ward else None
        return ward.url if ward else None


def _group(sessions: list[Session], field: str) -> dict[str, list[Session]]:
    groups: dict[str, list[Session]] = {}
    for session in sessions:
        groups.setdefault(getattr(session, field), []).append(session)
    return groups


def attach(ctx: object, site_url: str | None = None) -> TimetableView:
    """Expand the timetable for ``ctx.today`` and keep it on ``ctx``."""
    site: Site = ctx.site  # type: ignore[attr-defined]
    timetable = site.timetable
    schedule = build_schedule(timetable.sessions, timetable.terms, ctx.today,  # type: ignore[attr-defined]
                              site.settings.timetable_weeks)
    feeds = {f.path: f for f in all_feeds(site)} if timetable.sessions else {}
    view = TimetableView(site, schedule, site_url or DEFAULT_SITE_URL, feeds)
    setattr(ctx, _KEY, view)
    return view


def view_of(ctx: object) -> TimetableView:
    """The view attached to ``ctx``, attaching one with the default address if there is none yet."""
    return getattr(ctx, _KEY, None) or attach(ctx)
