"""The family hubs page (venues by area) and one page per venue (``templates/venues/``)."""

from __future__ import annotations

from itertools import groupby
from typing import NamedTuple

from markupsafe import Markup

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..schema.venue import Venue
from ..slugs import area_anchors
from ..templating import render
from ..timetable.pages import venue_feed_meta, venue_timetable
from ..translation import N_
from ..vocabulary import VENUE_KINDS
from .fragments import VenueBrief, opening_hours, venue_brief

_KIND_ORDER = list(VENUE_KINDS)


class Area(NamedTuple):
    name: str
    anchor: str  # its heading's id on the family hubs page
    venues: list[VenueBrief]


def venue_pages(ctx: SiteContext) -> list[Page]:
    return [venues_index(ctx)] + [venue_page(v, ctx) for v in ctx.site.venues.values()]


def _by_area(venues: list[Venue]) -> list[Area]:
    ordered = sorted(venues, key=lambda v: (v.area.casefold(), _KIND_ORDER.index(v.kind), v.name.casefold()))
    grouped = [(area, list(group)) for area, group in groupby(ordered, key=lambda v: v.area)]
    anchors = area_anchors(area for area, _ in grouped)
    return [Area(area, anchors[area], [venue_brief(v) for v in group]) for area, group in grouped]


def venues_index(ctx: SiteContext) -> Page:
    here = urls.VENUES
    body = render("venues/index.html", ctx=ctx, here=here, areas=_by_area(list(ctx.site.venues.values())))
    return Page(url=here, title=N_("Find a family hub"), body=[body],
                description=N_("Every family hub and venue by area, with opening hours and facilities."))


def venue_page(venue: Venue, ctx: SiteContext) -> Page:
    here = urls.venue(venue.id)
    at = venue.coordinates
    body = render(
        "venues/page.html", ctx=ctx, here=here,
        brief=venue_brief(venue),
        photo=photo_url(venue),
        map_url=f"https://www.openstreetmap.org/?mlat={at.latitude}&mlon={at.longitude}"
                f"#map=17/{at.latitude}/{at.longitude}",
        hours=opening_hours(venue.opening_hours, ctx.language.code),
        services=ctx.site.services_at_venue.get(venue.id, []),
        # The timetable's own markup, already made from its templates (generator/timetable/pages.py).
        timetable=Markup("\n".join(venue_timetable(venue, ctx, here))),
    )
    return Page(url=here, title=venue.name, body=[body], description=venue.summary,
                meta={"venue_id": venue.id, **venue_feed_meta(venue, ctx)})


def photo_url(venue: Venue) -> str:
    return f"venues/photos/{venue.id}.jpg"
