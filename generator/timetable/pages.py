"""What venue and service pages add: their next dates, weekly timetable and subscribe options
(``templates/timetable/section.html``)."""

from __future__ import annotations

from .. import urls
from ..context import SiteContext
from ..schema.service import Service
from ..schema.venue import Venue
from ..templating import render
from .engine import Occurrence
from .fragments import NEXT_DATES, Lister, feed_meta, subscribe
from .model import ResolvedSession
from .view import TimetableView


def service_timetable(service: Service, ctx: SiteContext, here: str) -> list[str]:
    """Next dates and the weekly timetable of one service, or nothing when it has no sessions."""
    view = ctx.timetable
    sessions = view.sessions_by_service.get(service.id, [])
    upcoming = view.schedule.next_of({s.id for s in sessions}, NEXT_DATES)
    return _timetable_section(ctx, view, sessions, upcoming, here, urls.service_feed(service.id),
                              service.name, service=service, venue=None, ward_page=None)


def venue_timetable(venue: Venue, ctx: SiteContext, here: str) -> list[str]:
    """Next dates and the weekly timetable at one venue, or nothing when nothing is on there.

    The next dates are the venue's own sessions' (a date moved elsewhere shows as changed, with where it
    is instead) and the dates other sessions hold here; a venue with only those has a calendar too.
    When What's on is split by ward, the page links to the ward's page with everything else on near it.
    """
    view = ctx.timetable
    sessions = view.sessions_by_venue.get(venue.id, [])
    upcoming = view.schedule.next_at(venue.id, {s.id for s in sessions}, NEXT_DATES)
    return _timetable_section(ctx, view, sessions, upcoming, here, urls.venue_feed(venue.id),
                              f"Sessions at {venue.name}", service=None, venue=venue,
                              ward_page=view.whats_on_for(venue.id))


def _timetable_section(ctx: SiteContext, view: TimetableView, sessions: list[ResolvedSession],
                       upcoming: list[Occurrence], here: str, feed: str, feed_title: str, **about: object) -> list[str]:
    if not sessions and view.feed(feed) is None:
        return []
    lister = Lister(view, ctx.language.code)
    return [render("timetable/section.html", ctx=ctx, here=here, upcoming=lister.dated(upcoming),
                   days=lister.weekly(sessions), feed=subscribe(view, feed, feed_title), **about)]


def service_feed_meta(service: Service, ctx: SiteContext) -> dict[str, str]:
    return feed_meta(ctx.timetable, urls.service_feed(service.id))


def venue_feed_meta(venue: Venue, ctx: SiteContext) -> dict[str, str]:
    return feed_meta(ctx.timetable, urls.venue_feed(venue.id))
