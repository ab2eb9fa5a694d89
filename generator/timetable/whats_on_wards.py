"""What's on split by ward, for timetables too big for one page on a phone.

Above ``whats_on_one_page_limit`` sessions, /whats-on/ is a short index of
the wards where something is on, and each ward has its own page with the
same parts as the one-page What's on (filters, this week and next by day,
the regular weekly timetable) for the venues in that ward. Every session
and every date is still in the HTML, on exactly one ward page: a date moved
to another venue is listed where it happens, like the venue filter says.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..schema.venue import Venue
from ..slugs import area_anchors
from ..templating import render
from ..translation import N_
from .engine import Occurrence
from .fragments import Subscribe, feed_meta, subscribe
from .view import TimetableView
from .wards import Ward, nearest
from .whats_on import listing, whats_on_page

INDEX = urls.WHATS_ON


class WardLine(NamedTuple):
    """A ward on the index: how many sessions go ahead there this week, and the names of its venues."""

    ward: Ward
    this_week: int
    venues: list[str]


class Area(NamedTuple):
    name: str
    anchor: str  # its heading's id
    wards: list[WardLine]


def whats_on_pages(ctx: SiteContext) -> list[Page]:
    """What's on: one page, or an index and one page per ward when there are too many sessions."""
    view = ctx.timetable
    if not view.split_by_ward:
        return [whats_on_page(ctx)]
    dated = dated_by_ward(view)
    return [whats_on_index(ctx, view),
            *[ward_page(ctx, view, ward, dated.get(ward.url, [])) for ward in view.whats_on_wards]]


def dated_by_ward(view: TimetableView) -> dict[str, list[Occurrence]]:
    """Today to next Sunday by ward page, each in time order: a date belongs where it happens."""
    by_ward: dict[str, list[Occurrence]] = {}
    for occurrence in view.next_two_weeks:
        by_ward.setdefault(view.ward_of_venue[occurrence.venue].url, []).append(occurrence)
    return by_ward


def whats_on_index(ctx: SiteContext, view: TimetableView) -> Page:
    here = INDEX
    feed = subscribe(view, urls.ALL_SESSIONS_FEED, view.site.settings.site_name) if view.feeds else None
    body = render("timetable/whats_on_wards.html", ctx=ctx, here=here, areas=_wards_by_area(view), feed=feed)
    return Page(url=here, title=N_("What's on"), body=[body],
                description=N_("Family hub groups and sessions this week and next, and the weekly timetable, by ward."),
                meta=feed_meta(view, urls.ALL_SESSIONS_FEED))


def _wards_by_area(view: TimetableView) -> list[Area]:
    """Each area's wards, with how many sessions go ahead this week and where.

    A county has dozens of wards, so a list of areas at the top saves a long scroll on a phone.
    """
    going_ahead = Counter(view.ward_of_venue[o.venue].url for o in view.next_two_weeks
                          if o.date <= view.this_sunday and o.status != "cancelled")
    areas: dict[str, list[WardLine]] = {}
    for ward in view.whats_on_wards:  # already in area order
        areas.setdefault(ward.area, []).append(
            WardLine(ward, going_ahead[ward.url], [view.site.venues[v].name for v in ward.venue_ids]))
    anchors = area_anchors(areas)
    return [Area(area, anchors[area], wards) for area, wards in areas.items()]


def ward_page(ctx: SiteContext, view: TimetableView, ward: Ward, dated: list[Occurrence]) -> Page:
    here = ward.url
    sessions = [s for venue_id in ward.venue_ids for s in view.sessions_by_venue.get(venue_id, [])]
    body = render("timetable/whats_on_ward.html", ctx=ctx, here=here, ward=ward,
                  near=nearest(ward, view.whats_on_wards),
                  listing=listing(ctx, sessions, dated, set(ward.venue_ids)),
                  calendars=_venue_calendars(view, ward))
    return Page(url=here, title=ctx.phrase(N_("What's on in {ward}")).format(ward=ward.name), body=[body],
                description=ctx.phrase(N_("Family hub groups and sessions in {ward} this week and next, and the "
                                          "weekly timetable.")).format(ward=ward.name))


def _venue_calendars(view: TimetableView, ward: Ward) -> list[tuple[Venue, Subscribe]]:
    """A calendar for each venue in the ward that has one (there is no ward calendar)."""
    calendars = []
    for venue_id in ward.venue_ids:
        venue, path = view.site.venues[venue_id], urls.venue_feed(venue_id)
        if view.feed(path) is not None:
            calendars.append((venue, subscribe(view, path, f"Sessions at {venue.name}")))
    return calendars
