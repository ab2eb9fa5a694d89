"""The Start for Life offer split by area and stage, for an offer too big for one page.

Above ``start_for_life_one_page_limit`` services, /start-for-life/ keeps its
introduction and the contact details, and lists the areas (the venues'
``area``), each with a link to every stage that has services there. Each area
and stage has its own page, /start-for-life/<area>/<stage>/, with the same
cards as the one-page offer: for every family first, then extra support.

A service is on the pages of every area where one of its venues is. A service
with no venues (at home, online, by phone) is for families everywhere, so it
is on every area's pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..schema.service import Service
from ..site import Site
from ..slugs import distinct_slugs
from ..templating import render
from ..translation import N_
from ..vocabulary import Stage
from .start_for_life import OFFER_STAGES, by_level, offer_services, start_for_life_page

INDEX = urls.START_FOR_LIFE
AREAS_ANCHOR = "areas"  # the index's "Choose your area": where the home page's stage links go when split


class StageLink(NamedTuple):
    """A stage of an area's offer, as the links to its page show it."""

    stage: Stage
    url: str
    services: int  # how many services the area has at this stage


@dataclass(frozen=True)
class Area:
    name: str
    slug: str  # its part of the address: /start-for-life/<slug>/<stage>/
    services: tuple[Service, ...]  # the offer's services for families here, in the site's order

    @property
    def anchor(self) -> str:
        """The id of its heading on the list of areas."""
        return f"area-{self.slug}"

    def at_stage(self, stage: Stage) -> list[Service]:
        return [s for s in self.services if stage.key in s.stages]

    @property
    def stages(self) -> list[StageLink]:
        """The offer's stages that have at least one service here, in the offer's order."""
        links = [StageLink(stage, stage_url(self, stage), len(self.at_stage(stage))) for stage in OFFER_STAGES]
        return [link for link in links if link.services]


def split_by_area(site: Site) -> bool:
    """Whether the offer is too big for one page. With no venues there are no areas to split it by."""
    limit = site.settings.start_for_life_one_page_limit
    return bool(site.venues) and len(offer_services(site.services.values())) > limit


def start_for_life_pages(ctx: SiteContext) -> list[Page]:
    """The offer: one page, or an index of areas and a page for each area and stage."""
    if not split_by_area(ctx.site):
        return [start_for_life_page(ctx)]
    areas = areas_of_offer(ctx.site)
    return [index_page(ctx, areas),
            *[area_stage_page(ctx, area, link.stage) for area in areas for link in area.stages]]


def areas_of_offer(site: Site) -> list[Area]:
    """Every area that venues name, in name order, with the offer's services for families there."""
    names = sorted({venue.area for venue in site.venues.values()}, key=lambda name: (name.casefold(), name))
    slugs = distinct_slugs(names, lambda name: name)  # "St Mary's" and "St Marys" must not share pages
    offer = offer_services(site.services.values())
    return [Area(name, slugs[name], tuple(s for s in offer if is_for_area(s, name, site))) for name in names]


def is_for_area(service: Service, area: str, site: Site) -> bool:
    """Whether ``service`` is for families in ``area``: it has a venue there, or none (at home, online)."""
    venues = site.venues_of(service)
    return not venues or any(venue.area == area for venue in venues)


def stage_url(area: Area, stage: Stage) -> str:
    return urls.start_for_life_stage(area.slug, stage.key)


def index_page(ctx: SiteContext, areas: list[Area]) -> Page:
    """The introduction, each area with a link to every stage that has services there, and the contact."""
    here = INDEX
    body = render("start_for_life/areas.html", ctx=ctx, here=here, areas=areas, areas_anchor=AREAS_ANCHOR)
    return Page(url=here, title=N_("Start for Life offer"), body=[body],
                description=N_("Support for families from pregnancy to age 5, by area and stage, in plain words."))


def area_stage_page(ctx: SiteContext, area: Area, stage: Stage) -> Page:
    here = stage_url(area, stage)
    services = area.at_stage(stage)
    body = render(
        "start_for_life/area_stage.html", ctx=ctx, here=here, area=area, stage=stage,
        levels=by_level(services, ctx.site, area.name),
        everywhere=any(not s.venues for s in services),  # a service with no venues is for every area
    )
    heading = ctx.phrase(stage.heading)
    title = ctx.phrase(N_("{stage}: Start for Life in {area}")).format(stage=heading, area=area.name)
    description = ctx.phrase(N_("Support for families in {area}, from the Start for Life offer: {stage}."))
    return Page(url=here, title=title, body=[body], description=description.format(area=area.name, stage=heading))
