"""The Start for Life booklet: the offer by stage (for every family first, then extra support), the family
hubs with their addresses and opening hours, and how to reach the council, for every parent-to-be.

Python groups and orders (the same grouping as the Start for Life page, ``render/start_for_life.py``);
``templates/print/booklet.html`` words and lays it out.
"""

from __future__ import annotations

from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..render.fragments import ServiceBrief, opening_hours, service_brief
from ..render.start_for_life import OFFER_STAGES, LevelGroup, by_level
from ..schema.venue import Venue
from ..templating import render
from ..vocabulary import Stage
from .pdf import pdf_from_html, qr_code

HUB_KINDS = ("main-hub", "spoke")  # the family hubs a booklet lists with their opening hours
PAPER = "A4"


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
    stages: list[StageSection]
    hubs: list[Hub]
    online: str  # the offer's address online, in words
    qr: str | None  # a QR code for it, as an image address; None when the site's own address is not known


def booklet(ctx: SiteContext) -> Booklet:
    """What the booklet holds: each stage's services by level (each described once), and the family hubs by
    name."""
    services = list(ctx.site.services.values())
    stages = []
    described: dict[str, Stage] = {}  # each service's id, and the stage it is described under
    for stage in OFFER_STAGES:
        at_stage = [s for s in services if stage.key in s.stages]
        if not at_stage:
            continue
        levels = by_level([s for s in at_stage if s.id not in described], ctx.site)
        earlier = sorted(((service_brief(s, ctx.site), described[s.id]) for s in at_stage if s.id in described),
                         key=lambda pair: pair[0].service.name.casefold())
        described |= {s.id: stage for s in at_stage if s.id not in described}
        stages.append(StageSection(stage, levels, earlier))
    hubs = [Hub(venue, opening_hours(venue.opening_hours))
            for venue in sorted(ctx.site.venues.values(), key=lambda v: v.name) if venue.kind in HUB_KINDS]
    online = ctx.published.url(urls.START_FOR_LIFE)
    return Booklet(stages, hubs, online, qr_code(online) if ctx.published.address else None)


def booklet_html(ctx: SiteContext) -> str:
    """The booklet on A4 as one HTML document, ready for WeasyPrint."""
    return render("print/booklet.html", ctx=ctx, here=urls.START_FOR_LIFE, booklet=booklet(ctx), paper=PAPER)


def booklet_pdf(ctx: SiteContext) -> bytes:
    """The booklet on A4, to print at home or hand out."""
    return pdf_from_html(booklet_html(ctx))
