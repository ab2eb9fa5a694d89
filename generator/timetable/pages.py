"""What venue and service pages add: their next dates, weekly timetable and subscribe options."""

from __future__ import annotations

from ..schema.service import Service
from ..schema.venue import Venue
from .feeds import CALENDARS
from .fragments import feed_meta, next_dates, script_tag, subscribe_box, weekly_tables
from .view import view_of


def service_timetable(service: Service, ctx: object, here: str) -> list[str]:
    """Next dates and the weekly timetable of one service, or nothing when it has no sessions."""
    view = view_of(ctx)
    sessions = [s for s in view.schedule.sessions if s.service == service.id]
    if not sessions:
        return []
    feed = f"{CALENDARS}services/{service.id}.ics"
    return [
        '<h2 id="next-dates">Next dates</h2>',
        *next_dates(sessions, view, here),
        '<h2 id="timetable">Weekly timetable</h2>',
        *weekly_tables(sessions, view, here, caption_prefix=f"{service.name} on "),
        *subscribe_box(feed, service.name, view, here, heading=f"Add {service.name} to your calendar"),
        script_tag(here),
    ]


def venue_timetable(venue: Venue, ctx: object, here: str) -> list[str]:
    """Next dates and the weekly timetable at one venue, or nothing when nothing is on there."""
    view = view_of(ctx)
    sessions = [s for s in view.schedule.sessions if s.venue == venue.id]
    if not sessions:
        return []
    feed = f"{CALENDARS}venues/{venue.id}.ics"
    return [
        '<h2 id="next-dates">Next dates</h2>',
        *next_dates(sessions, view, here),
        '<h2 id="timetable">Weekly timetable</h2>',
        *weekly_tables(sessions, view, here, caption_prefix=f"At {venue.name} on "),
        *subscribe_box(feed, f"Sessions at {venue.name}", view, here,
                       heading=f"Add sessions at {venue.name} to your calendar"),
        script_tag(here),
    ]


def service_feed_meta(service: Service, ctx: object) -> dict[str, str]:
    return feed_meta(view_of(ctx), f"{CALENDARS}services/{service.id}.ics")


def venue_feed_meta(venue: Venue, ctx: object) -> dict[str, str]:
    return feed_meta(view_of(ctx), f"{CALENDARS}venues/{venue.id}.ics")
