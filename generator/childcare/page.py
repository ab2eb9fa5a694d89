"""The childcare pages: every setting, its prices and help with paying (``templates/childcare/``).

Up to ``childcare_one_page_limit`` settings are one page, ``/childcare/``.
Above it, that page lists the wards (``ward_index``) and each ward with settings
gets its own page (``ward_page``), so no page is too heavy for a phone.

Every table is complete as HTML. The filters, sorting, "near me" and the cost
estimate are in a panel that stays ``hidden`` until ``childcare.js`` runs, so
a parent without JavaScript never meets a control that does nothing.
"""

from __future__ import annotations

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..templating import render
from .addresses import split_by_ward
from .by_ward import ward_groups
from .checks import months_before
from .explainer import help_paying
from .parts import DESCRIPTION, TITLE
from .table import settings_table
from .tools import tools
from .ward_index import ward_index_page
from .ward_page import ward_page
from .wards import ward_centres

URL = urls.CHILDCARE


def childcare_pages(ctx: SiteContext) -> list[Page]:
    """One page for every setting, or the list of wards and a page for each ward."""
    if not split_by_ward(ctx.site):
        return [one_page(ctx)]
    groups = ward_groups(ctx.site)
    centres = ward_centres(ctx.site)
    stale_before = months_before(ctx.today, ctx.site.settings.childcare_costs_warning_months)
    return [ward_index_page(ctx, groups), *[ward_page(ctx, g, groups, centres, stale_before) for g in groups]]


def one_page(ctx: SiteContext) -> Page:
    """Every setting in one table, with the explainers below it."""
    site = ctx.site
    settings = list(site.childcare.values())
    body = render(
        "childcare/page.html", ctx=ctx, here=URL, settings=settings,
        tools=tools(settings, ward_centres(site), code=ctx.language.code),
        table=settings_table(settings, months_before(ctx.today, site.settings.childcare_costs_warning_months),
                             ctx.language.code),
        help=help_paying(ctx.language.code),
    )
    return Page(url=URL, title=TITLE, body=[body], description=DESCRIPTION)
