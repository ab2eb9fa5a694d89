"""``/childcare/<ward>/``: one ward's settings, with the same table and tools as the one-page list.

Help paying, how the prices are worked out, the downloads and corrections stay
on ``/childcare/``; this page links to them, and to the nearest wards, instead
of repeating them, so it stays light on a phone however big the council is
(``templates/childcare/ward_page.html``).
"""

from __future__ import annotations

from datetime import date

from ..context import SiteContext
from ..page import Page
from ..templating import render
from ..translation import N_
from ..wards import Ward, nearest
from .by_ward import WardGroup
from .table import settings_table
from .tools import tools

NEARBY = 3


def ward_page(ctx: SiteContext, group: WardGroup, groups: list[WardGroup], centres: list[Ward],
              stale_before: date) -> Page:
    """The page for ``group``; ``groups`` are every ward with settings, ``centres`` every ward for "near me"."""
    body = render(
        "childcare/ward_page.html", ctx=ctx, here=group.url, group=group,
        tools=tools(group.settings, centres, area_filter=False, code=ctx.language.code),
        table=settings_table(group.settings, stale_before, ctx.language.code),
        nearby=nearest(group, groups, NEARBY),
    )
    return Page(url=group.url, title=ctx.phrase(N_("Childcare in {ward}")).format(ward=group.label), body=[body],
                description=ctx.phrase(N_("Childcare settings in {ward} ward, what they cost and the funded hours "
                                          "they offer.")).format(ward=group.name))
