"""What venue and service pages add: their next dates, weekly timetable and subscribe options."""

from __future__ import annotations

from ..render.html import NOT_SEARCHED, esc, href
from ..schema.service import Service
from ..schema.venue import Venue
from .engine import Occurrence
from .feeds import CALENDARS
from .fragments import NEXT_DATES, feed_meta, next_dates, script_tag, subscribe_box, weekly_tables
from .schema import Session
from .view import TimetableView, view_of


def service_timetable(service: Service, ctx: object, here: str) -> list[str]:
    """Next dates and the weekly timetable of one service, or nothing when it has no sessions."""
    view = view_of(ctx)
    sessions = view.sessions_by_service.get(service.id, [])
    upcoming = view.schedule.next_of({s.id for s in sessions}, NEXT_DATES)
    return _timetable_section(view, sessions, upcoming, here,
                              feed=f"{CALENDARS}services/{service.id}.ics", feed_title=service.name,
                              caption_prefix=f"{service.name} on ",
                              heading=f"Add {service.name} to your calendar")


def venue_timetable(venue: Venue, ctx: object, here: str) -> list[str]:
    """Next dates and the weekly timetable at one venue, or nothing when nothing is on there.

    The next dates are the venue's own sessions' (a date moved elsewhere shows as changed, with where it
    is instead) and the dates other sessions hold here; a venue with only those has a calendar too.
    """
    view = view_of(ctx)
    feed = f"{CALENDARS}venues/{venue.id}.ics"
    sessions = view.sessions_by_venue.get(venue.id, [])
    upcoming = view.schedule.next_at(venue.id, {s.id for s in sessions}, NEXT_DATES)
    return _timetable_section(view, sessions, upcoming, here,
                              feed=feed, feed_title=f"Sessions at {venue.name}",
                              caption_prefix=f"At {venue.name} on ",
                              heading=f"Add sessions at {venue.name} to your calendar",
                              nearby=_whats_on_nearby(venue, view, here))


def _whats_on_nearby(venue: Venue, view: TimetableView, here: str) -> list[str]:
    """When What's on is split by ward, a link to the page with everything else on in this venue's ward."""
    page = view.whats_on_for(venue.id)
    if page is None:
        return []
    return [f'<p>See <a href="{href(here, page)}">everything on in {esc(venue.ward)} this week and next</a>.</p>']


def _timetable_section(view: TimetableView, sessions: list[Session], upcoming: list[Occurrence], here: str, *,
                       feed: str, feed_title: str, caption_prefix: str, heading: str,
                       nearby: list[str] | None = None) -> list[str]:
    if not sessions and view.feed(feed) is None:
        return []
    return [
        f'<h2 id="next-dates"{NOT_SEARCHED}>Next dates</h2>',
        *next_dates(upcoming, view, here),
        *(nearby or []),
        f'<h2 id="timetable"{NOT_SEARCHED}>Weekly timetable</h2>',
        *weekly_tables(sessions, view, here, caption_prefix=caption_prefix),
        *subscribe_box(feed, feed_title, view, here, heading=heading),
        script_tag(here),
    ]


def service_feed_meta(service: Service, ctx: object) -> dict[str, str]:
    return feed_meta(view_of(ctx), f"{CALENDARS}services/{service.id}.ics")


def venue_feed_meta(venue: Venue, ctx: object) -> dict[str, str]:
    return feed_meta(view_of(ctx), f"{CALENDARS}venues/{venue.id}.ics")
