"""A leaflet for each theme (infant feeding, early language, SEND, ...): the theme's services, where and when
they run, and a QR code to the theme online. Where the site splits the offer by area, each area has its own
leaflets, naming only its places and sessions.

A4, to hand out and to print at home. ``templates/print/leaflet.html`` lays it out.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..render.fragments import ServiceBrief, service_brief
from ..render.start_for_life_areas import Area, areas_of_offer, is_for_area, split_by_area
from ..schema.service import Service
from ..templating import render
from ..timetable.fragments import Lister, Weekday
from ..translation import N_
from ..vocabulary import THEMES
from .documents import LEAFLET, Online, Printed, Sheet, online

PAPER = "A4"
BODY_PT = 12


class Entry(NamedTuple):
    brief: ServiceBrief
    days: list[Weekday]  # its regular sessions (in the area), by day


class Leaflet(NamedTuple):
    theme: str  # in words
    area: str | None
    entries: list[Entry]
    online: Online  # the theme on the list of services


def leaflets(ctx: SiteContext) -> list[Printed]:
    """A leaflet for every theme that has services, in the themes' order; for each area when split."""
    areas: list[Area | None] = list(areas_of_offer(ctx.site)) if split_by_area(ctx.site) else [None]
    printed = []
    for area in areas:
        for key, label in THEMES.items():
            if not _services(ctx, key, area):
                continue
            stem = f"leaflet-{key}" + (f"-{area.slug}" if area else "")
            title = label if area is None else N_("{theme}: {area}").format(theme=label, area=area.name)
            printed.append(Printed(LEAFLET, title, N_("The services for this theme, where and when."),
                                   partial(leaflet_html, ctx, key, area), (Sheet(f"{stem}-a4.pdf", PAPER, PAPER),)))
    return printed


def _services(ctx: SiteContext, theme: str, area: Area | None) -> list[Service]:
    """The theme's services in the site's order; in an area, those with a venue there or with none."""
    site = ctx.site
    return [s for s in site.services.values()
            if theme in s.themes and (area is None or is_for_area(s, area.name, site))]


def leaflet(ctx: SiteContext, theme: str, area: Area | None = None) -> Leaflet:
    view, area_name = ctx.timetable, area.name if area else None
    lister = Lister(view)
    entries = []
    for service in _services(ctx, theme, area):
        sessions = [s for s in view.sessions_by_service.get(service.id, [])
                    if area is None or ctx.site.venues[s.venue].area == area.name]
        entries.append(Entry(service_brief(service, ctx.site, area_name), lister.weekly(sessions)))
    return Leaflet(THEMES[theme], area_name, entries, online(ctx, f"{urls.SERVICES}#{theme}"))


def leaflet_html(ctx: SiteContext, theme: str, area: Area | None = None) -> str:
    return render("print/leaflet.html", ctx=ctx, here=urls.SERVICES, leaflet=leaflet(ctx, theme, area),
                  kind=LEAFLET, paper=PAPER, body_pt=BODY_PT)
