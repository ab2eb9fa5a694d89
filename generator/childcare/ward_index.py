"""``/childcare/`` when the list is split by ward: help paying and the method, and a way to every ward.

Instead of the table, "Find childcare near you" lists every ward with settings,
under its area, with how many settings it has (``templates/childcare/ward_index.html``).
The list is complete without JavaScript; with it, "Use my location" marks the ward
whose middle is nearest (the position is only used for sums on the device).
"""

from __future__ import annotations

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..templating import render
from .by_ward import WardGroup
from .explainer import help_paying
from .parts import DESCRIPTION, TITLE

URL = urls.CHILDCARE


def ward_index_page(ctx: SiteContext, groups: list[WardGroup]) -> Page:
    body = render("childcare/ward_index.html", ctx=ctx, here=URL, settings=list(ctx.site.childcare.values()),
                  areas=_by_area(groups), help=help_paying(ctx.language.code))
    return Page(url=URL, title=TITLE, body=[body], description=DESCRIPTION)


def _by_area(groups: list[WardGroup]) -> list[tuple[str, list[WardGroup]]]:
    areas: dict[str, list[WardGroup]] = {}
    for group in groups:  # already in ward name order
        areas.setdefault(group.area, []).append(group)
    return [(area, areas[area]) for area in sorted(areas, key=lambda a: (a.casefold(), a))]
