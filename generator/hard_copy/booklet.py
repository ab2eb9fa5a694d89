"""The Start for Life booklet: the offer by stage (for every family first, then extra support), the family
hubs with their addresses and opening hours, and how to reach the council, for every parent-to-be.

A5 pages in reading order for a print shop to fold into a booklet, and the same pages enlarged to A4 as
large print to print at home. An offer split by area on the site (``start_for_life_areas``) has both for
each area instead, each naming only its area's places.

Python groups and orders (the same grouping as the Start for Life pages); ``templates/print/booklet.html``
words and lays it out.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..render.fragments import ServiceBrief, opening_hours, service_brief
from ..render.start_for_life import OFFER_STAGES, LevelGroup, by_level, offer_services
from ..render.start_for_life_areas import Area, areas_of_offer, split_by_area
from ..schema.service import Service
from ..schema.venue import Venue
from ..templating import render
from ..translation import N_
from ..vocabulary import Stage
from .documents import BOOKLET, Online, Printed, Sheet, online
from .pdf import ONE_SIZE_UP

HUB_KINDS = ("main-hub", "spoke")  # the family hubs a booklet lists with their opening hours


# Laid out once on A5 and written on A5 and, enlarged, on A4: the A4 booklet's body text is 12 × √2, 17 point,
# large print. Laying the booklet out again at 12 point on A4 would double the time the largest documents take
# (a county's), for a copy that is harder to read.
PAPER, BODY_PT = "A5", 12
SHEETS = (Sheet("a5.pdf", "A5", N_("A5, for a print shop")),
          Sheet("a4-large-print.pdf", "A4", N_("A4, large print"), ONE_SIZE_UP))
TITLE = N_("Start for Life booklet")
PURPOSE = N_("A5 pages in reading order for a print shop to print and fold into a booklet, for every parent-to-be; "
             "and the same pages on A4 in large print (17 point), to print at home.")
FOLDED = 4  # a folded booklet's sheets hold four pages each: blank pages at the end make up the count


class Hub(NamedTuple):
    venue: Venue
    hours: list[tuple[str, str | None]]  # each day and its times in words, None when closed


class StageSection(NamedTuple):
    """One stage of the offer. A service for several stages is described once, under the first of them; a
    later stage names it and says where to find it, so the booklet stays short enough to print at home."""

    stage: Stage
    levels: list[LevelGroup]  # the services first described here, for every family first
    earlier: list[tuple[ServiceBrief, Stage]]  # this stage's services described under an earlier stage


class Booklet(NamedTuple):
    area: str | None  # the area it is for, when the offer is split by area
    stages: list[StageSection]
    hubs: list[Hub]
    online: Online  # the offer online


def booklets(ctx: SiteContext) -> list[Printed]:
    """The booklet for the whole offer, or one for each area when the site splits the offer by area."""
    if not split_by_area(ctx.site):
        return [_printed(ctx, None, "start-for-life-booklet")]
    return [_printed(ctx, area, f"start-for-life-booklet-{area.slug}") for area in areas_of_offer(ctx.site)]


def _printed(ctx: SiteContext, area: Area | None, stem: str) -> Printed:
    title = TITLE if area is None else N_("{booklet}: {area}").format(booklet=TITLE, area=area.name)
    sheets = tuple(sheet._replace(file=f"{stem}-{sheet.file}") for sheet in SHEETS)
    blank = partial(render, "print/blank.html", ctx=ctx, kind="blank", paper=PAPER, body_pt=BODY_PT)
    return Printed(BOOKLET, title, PURPOSE, partial(booklet_html, ctx, area), sheets, FOLDED, blank)


def booklet(ctx: SiteContext, area: Area | None = None) -> Booklet:
    """What the booklet holds: each stage's services by level (each described once), and the family hubs by
    name; for an ``area``, its services and hubs, its services naming only its places."""
    services = list(area.services) if area else offer_services(ctx.site.services.values())
    area_name = area.name if area else None
    stages = []
    described: dict[str, Stage] = {}  # each service's id, and the stage it is described under
    for stage in OFFER_STAGES:
        at_stage = [s for s in services if stage.key in s.stages]
        if not at_stage:
            continue
        levels = by_level([s for s in at_stage if s.id not in described], ctx.site, area_name)
        earlier = sorted(((service_brief(s, ctx.site, area_name), described[s.id]) for s in at_stage
                          if s.id in described), key=lambda pair: _name_order(pair[0].service))
        described |= {s.id: stage for s in at_stage if s.id not in described}
        stages.append(StageSection(stage, levels, earlier))
    hubs = [Hub(venue, opening_hours(venue.opening_hours))
            for venue in sorted(ctx.site.venues.values(), key=lambda v: v.name)
            if venue.kind in HUB_KINDS and (area is None or venue.area == area.name)]
    # An area's booklet leads to its area on the list of areas.
    return Booklet(area_name, stages, hubs, online(ctx, urls.START_FOR_LIFE + (f"#{area.anchor}" if area else "")))


def _name_order(service: Service) -> str:
    return service.name.casefold()


def booklet_html(ctx: SiteContext, area: Area | None = None) -> str:
    """The booklet (for an ``area``, when given) as one HTML document, ready for WeasyPrint."""
    return render("print/booklet.html", ctx=ctx, here=urls.START_FOR_LIFE, booklet=booklet(ctx, area),
                  kind=BOOKLET, paper=PAPER, body_pt=BODY_PT)
