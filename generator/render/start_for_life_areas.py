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

from ..schema.service import Service
from ..site import Site
from ..slugs import distinct_slugs
from ..vocabulary import Stage
from . import urls
from .fragments import RenderContext
from .html import NOT_SEARCHED, esc, href
from .page import Page
from .start_for_life import (
    OFFER_STAGES,
    TITLE,
    cards_by_level,
    contact_section,
    lead,
    offer_services,
    start_for_life_page,
)

INDEX = urls.START_FOR_LIFE
AREAS_ANCHOR = "areas"  # the index's "Choose your area": where the home page's stage links go when split


@dataclass(frozen=True)
class Area:
    name: str
    slug: str  # its part of the address: /start-for-life/<slug>/<stage>/
    services: tuple[Service, ...]  # the offer's services for families here, in the site's order

    def at_stage(self, stage: Stage) -> list[Service]:
        return [s for s in self.services if stage.key in s.stages]

    def stages(self) -> list[Stage]:
        """The offer's stages that have at least one service here, in the offer's order."""
        return [stage for stage in OFFER_STAGES if self.at_stage(stage)]


def split_by_area(site: Site) -> bool:
    """Whether the offer is too big for one page. With no venues there are no areas to split it by."""
    limit = site.settings.start_for_life_one_page_limit
    return bool(site.venues) and len(offer_services(site.services.values())) > limit


def start_for_life_pages(ctx: RenderContext) -> list[Page]:
    """The offer: one page, or an index of areas and a page for each area and stage."""
    if not split_by_area(ctx.site):
        return [start_for_life_page(ctx)]
    areas = areas_of_offer(ctx.site)
    return [index_page(ctx, areas), *[area_stage_page(ctx, area, stage) for area in areas for stage in area.stages()]]


def areas_of_offer(site: Site) -> list[Area]:
    """Every area that venues name, in name order, with the offer's services for families there."""
    names = sorted({venue.area for venue in site.venues.values()}, key=lambda name: (name.casefold(), name))
    slugs = distinct_slugs(names, lambda name: name)  # "St Mary's" and "St Marys" must not share pages
    offer = offer_services(site.services.values())
    return [Area(name, slugs[name], tuple(s for s in offer if _is_for_area(s, name, site))) for name in names]


def _is_for_area(service: Service, area: str, site: Site) -> bool:
    venues = site.venues_of(service)
    return not venues or any(venue.area == area for venue in venues)


def stage_url(area: Area, stage: Stage) -> str:
    return urls.start_for_life_stage(area.slug, stage.key)


def index_page(ctx: RenderContext, areas: list[Area]) -> Page:
    here = INDEX
    body = [
        TITLE,
        lead(ctx),
        f'<h2 id="{AREAS_ANCHOR}">Choose your area</h2>',
        "<p>There are too many services for one page, so each area has a page for each stage. Choose the area "
        "you live in, then your stage. Services you get at home, online or by phone are in every area.</p>",
    ]
    if len(areas) > 1:  # a county's areas take several screens on a phone: jump to yours
        body += ['<nav aria-label="Areas" class="fh-jump"><ul>',
                 *[f'<li><a href="#area-{area.slug}">{esc(area.name)}</a></li>' for area in areas], "</ul></nav>"]
    for area in areas:
        body += _area_stages(area, here)
    body += contact_section(ctx, here)
    return Page(url=here, title="Start for Life offer", body=body,
                description="Support for families from pregnancy to age 5, by area and stage, in plain words.")


def _area_stages(area: Area, here: str) -> list[str]:
    """An area's heading and its stages as big links, each saying how many services it has."""
    lines = [f'<h3 id="area-{area.slug}">{esc(area.name)}</h3>']
    stages = area.stages()
    if not stages:
        return lines + [f'<p>No services are listed in {esc(area.name)} yet. '
                        '<a href="#ask-us">Ask us</a> what there is near you.</p>']
    lines.append('<ul class="fh-stages-list">')
    for stage in stages:
        # The area's name, unseen, tells a screen reader's list of links which area each stage is in.
        lines.append(f'<li><a class="fh-stage-link" href="{href(here, stage_url(area, stage))}">{esc(stage.heading)} '
                     f'<span class="fh-stage-count">{_services(len(area.at_stage(stage)))}'
                     f'<span class="fh-visually-hidden"> in {esc(area.name)}</span></span></a></li>')
    return lines + ["</ul>"]


def _services(count: int) -> str:
    return f"{count} service{'' if count == 1 else 's'}"


def area_stage_page(ctx: RenderContext, area: Area, stage: Stage) -> Page:
    here = stage_url(area, stage)
    services = area.at_stage(stage)
    council = esc(ctx.site.settings.council_name)
    everywhere = (" Services that are not at a family hub or other venue are for families in every area."
                  if any(not s.venues for s in services) else "")
    # A short lead, so a phone shows the first services soon; each level says what it means under its heading.
    body = [
        f'<p class="fh-kicker">Start for Life in {esc(area.name)}</p>',
        f"<h1>{esc(stage.heading)}</h1>",
        f'<p class="fh-lead">Support in {esc(area.name)} from {council} and its partners: for every family '
        f"first, then extra support.{everywhere}</p>",
        *_stage_nav(area, stage, here),
        *cards_by_level(services, ctx, here, heading="h2", card_heading="h3", explained=True, area=area.name),
        # At the end of a long list on a phone, the way on without scrolling back up. Not printed, nor searched.
        f'<p class="fh-more"{NOT_SEARCHED}><a href="#stages">Choose another stage</a> or '
        f'<a href="{href(here, INDEX)}">choose another area</a>.</p>',
        # The contact details repeat on every area's pages: search lists them once, on /start-for-life/.
        *contact_section(ctx, here, searchable=False),
    ]
    return Page(url=here, title=f"{stage.heading}: Start for Life in {area.name}", body=body,
                description=f"Support for families in {area.name}, from the Start for Life offer: {stage.heading}.")


def _stage_nav(area: Area, stage: Stage, here: str) -> list[str]:
    """The area's stages, this one marked, and the way back to every area. Not printed, nor searched.

    The stages' short names fit two or three to a row on a phone, so the services start a screen sooner.
    """
    links = []
    for other in area.stages():
        current = ' aria-current="page"' if other == stage else ""
        links.append(f'<li><a class="fh-stage-link" href="{href(here, stage_url(area, other))}"{current}>'
                     f"{esc(other.short)}</a></li>")
    return [f'<nav aria-label="Stages in {esc(area.name)}" class="fh-stages fh-stages--short" id="stages"'
            f"{NOT_SEARCHED}><ul>", *links, "</ul>",
            f'<p><a href="{href(here, INDEX)}">Choose another area</a></p>', "</nav>"]
