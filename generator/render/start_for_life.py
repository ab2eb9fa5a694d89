"""The Start for Life offer: support by stage, for every family first, then extra support.

It is also the printed hard copy given to parents-to-be, so it carries the
council's contact details and prints without navigation (see theme CSS).
An offer too big for one page is split by area and stage instead
(``start_for_life_areas``), from the same parts (``templates/macros/start_for_life.html``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..schema.service import Service
from ..site import Site
from ..templating import render
from ..translation import N_
from ..vocabulary import LEVELS, STAGES
from .fragments import ServiceBrief, service_brief

# Start for Life is the first 1,001 days; the page runs on to school age.
OFFER_STAGES = [s for s in STAGES if s.key != "older"]


class LevelGroup(NamedTuple):
    """The services of one level, for the cards under its heading."""

    level: str
    label: str
    services: list[ServiceBrief]


def offer_services(services: Iterable[Service]) -> list[Service]:
    """The services in the offer: those for at least one stage from pregnancy to age 5."""
    keys = {s.key for s in OFFER_STAGES}
    return [s for s in services if keys.intersection(s.stages)]


def start_for_life_page(ctx: SiteContext) -> Page:
    """The whole offer on one page (see ``start_for_life_areas`` for an offer too big for one)."""
    here = urls.START_FOR_LIFE
    services = list(ctx.site.services.values())
    stages = [(stage, by_level([s for s in services if stage.key in s.stages], ctx.site)) for stage in OFFER_STAGES]
    body = render("start_for_life/page.html", ctx=ctx, here=here, stages=stages)
    return Page(url=here, title=N_("Start for Life offer"), body=[body],
                description=N_("Support for families from pregnancy to age 5, by stage, in plain words."))


def by_level(services: list[Service], site: Site, area: str | None = None) -> list[LevelGroup]:
    """For every family first, then extra support; levels without services are left out.

    On an area's page (``area``) each card names only the venues in that area: a county's services run in
    many places, and the parent has already said where they live.
    """
    groups = []
    for level, label in LEVELS.items():
        at_level = [service_brief(s, site, area) for s in services if s.level == level]
        if at_level:
            groups.append(LevelGroup(level, label, at_level))
    return groups
