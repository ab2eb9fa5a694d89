"""``/childcare/`` when the list is split by ward: help paying and the method, and a way to every ward.

Instead of the table, "Find childcare near you" lists every ward with settings,
under its area, with how many settings it has. The list is complete without
JavaScript; with it, "Use my location" marks the ward whose middle is nearest
(the position is only used for sums on the device).
"""

from __future__ import annotations

from ..render import urls
from ..render.fragments import RenderContext
from ..render.html import esc, href, join
from ..render.page import Page
from .by_ward import WardGroup
from .parts import DESCRIPTION, TITLE, closing_sections, last_checked, lead, settings_noun
from .tools import locate_button

URL = urls.CHILDCARE


def ward_index_page(ctx: RenderContext, groups: list[WardGroup]) -> Page:
    settings = list(ctx.site.childcare.values())
    body = [
        f"<h1>{TITLE}</h1>",
        lead(ctx, settings),
        last_checked(settings),
        '<nav aria-label="On this page" class="fh-jump"><ul>',
        '<li><a href="#cc-wards">Find childcare near you</a></li>',
        '<li><a href="#cc-help">Help paying for childcare</a></li>',
        '<li><a href="#cc-method">How we work out the prices</a></li>',
        '<li><a href="#cc-data">Download the list</a></li>',
        '<li><a href="#cc-correct">Something wrong?</a></li>',
        "</ul></nav>",
        ward_finder(groups),
        *closing_sections(ctx, URL),
    ]
    return Page(url=URL, title=TITLE, body=body, description=DESCRIPTION)


def ward_link(from_url: str, group: WardGroup) -> str:
    """A link to a ward's page that says how many settings it has ("Castle: 4 settings").

    "Use my location" reads the ward's name back from the words before the colon.
    """
    count = len(group.settings)
    return f'<a href="{href(from_url, group.url)}">{esc(group.label)}: {count} {settings_noun(count)}</a>'


def ward_finder(groups: list[WardGroup]) -> str:
    """Every ward, under its own area's heading; each item carries its ward's middle for "Use my location"."""
    return join([
        '<section aria-labelledby="cc-wards" class="cc-wards">',
        '<h2 id="cc-wards">Find childcare near you</h2>',
        "<p>There are too many settings to show on one page, so they are listed by ward. Choose a ward to see "
        "its settings, compare their prices and estimate your weekly cost. Each ward's page also links to the "
        "wards nearest to it.</p>",
        '<div class="cc-finder" id="cc-finder" hidden>',
        locate_button("Finds the ward nearest to you. Your location stays on your device: it is not sent anywhere."),
        '<p role="status" id="cc-status" class="cc-status"></p>',
        "</div>",
        *[_area(area, members) for area, members in _by_area(groups)],
        "</section>",
    ])


def _by_area(groups: list[WardGroup]) -> list[tuple[str, list[WardGroup]]]:
    areas: dict[str, list[WardGroup]] = {}
    for group in groups:  # already in ward name order
        areas.setdefault(group.area, []).append(group)
    return [(area, areas[area]) for area in sorted(areas, key=lambda a: (a.casefold(), a))]


def _area(area: str, groups: list[WardGroup]) -> str:
    items = [
        f'<li data-lat="{g.latitude}" data-lon="{g.longitude}">{ward_link(URL, g)}</li>'
        for g in groups
    ]
    return join([f"<h3>{esc(area)}</h3>", '<ul class="cc-ward-list">', *items, "</ul>"])
