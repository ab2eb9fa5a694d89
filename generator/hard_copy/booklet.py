"""The Start for Life booklet: the offer by stage (for every family first, then extra support), the family
hubs with their addresses and opening hours, and how to reach the council, for every parent-to-be.

Python groups and orders (the same grouping as the Start for Life page, ``render/start_for_life.py``);
``templates/print/booklet.html`` words and lays it out.
"""

from __future__ import annotations

from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..render.fragments import opening_hours
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


class Booklet(NamedTuple):
    stages: list[tuple[Stage, list[LevelGroup]]]
    hubs: list[Hub]
    online: str  # the offer's address online, in words
    qr: str | None  # a QR code for it, as an image address; None when the site's own address is not known


def booklet(ctx: SiteContext) -> Booklet:
    """What the booklet holds: each stage's services by level, and the family hubs by name."""
    services = list(ctx.site.services.values())
    stages = [(stage, groups) for stage in OFFER_STAGES
              if (groups := by_level([s for s in services if stage.key in s.stages], ctx.site))]
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
