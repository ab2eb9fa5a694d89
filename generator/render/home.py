"""The home page: one click to the Start for Life offer and to every section (``templates/home.html``)."""

from __future__ import annotations

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..templating import render
from ..vocabulary import Stage
from .start_for_life import OFFER_STAGES
from .start_for_life_areas import AREAS_ANCHOR, split_by_area


def home_page(ctx: SiteContext) -> Page:
    here = urls.HOME
    settings = ctx.site.settings
    welcome = settings.welcome or f"Free help and advice for families in {settings.council_name}."
    body = render("home.html", ctx=ctx, here=here, welcome=welcome, stages=_stage_anchors(ctx),
                  services=len(ctx.site.services), childcare=len(ctx.site.childcare))
    return Page(url=here, title=settings.site_name, body=[body], description=welcome, hide=("navigation", "toc"))


def _stage_anchors(ctx: SiteContext) -> list[tuple[Stage, str]]:
    """Where on /start-for-life/ each stage starts; split by area, every stage starts with choosing the area."""
    split = split_by_area(ctx.site)
    return [(stage, AREAS_ANCHOR if split else stage.key) for stage in OFFER_STAGES]
