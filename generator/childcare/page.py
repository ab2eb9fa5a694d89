"""The childcare pages: every setting, its prices and help with paying.

Up to ``childcare_one_page_limit`` settings are one page, ``/childcare/``.
Above it, that page lists the wards (``ward_index``) and each ward with settings
gets its own page (``ward_page``), so no page is too heavy for a phone.

Every table is complete as HTML. The filters, sorting, "near me" and the cost
estimate are in a panel that stays ``hidden`` until ``childcare.js`` runs, so
a parent without JavaScript never meets a control that does nothing.
"""

from __future__ import annotations

from ..render import urls
from ..render.fragments import RenderContext
from ..render.html import esc
from ..render.page import Page
from .addresses import split_by_ward
from .by_ward import ward_groups
from .checks import months_before
from .explainer import explainer_link
from .parts import DESCRIPTION, TITLE, closing_sections, last_checked, lead, settings_noun
from .table import settings_table
from .tools import tools_panel
from .ward_index import ward_index_page
from .ward_page import ward_page
from .wards import ward_centres

URL = urls.CHILDCARE


def childcare_pages(ctx: RenderContext) -> list[Page]:
    """One page for every setting, or the list of wards and a page for each ward."""
    if not split_by_ward(ctx.site):
        return [one_page(ctx)]
    groups = ward_groups(ctx.site)
    centres = ward_centres(ctx.site)
    stale_before = months_before(ctx.today, ctx.site.settings.childcare_costs_warning_months)
    return [ward_index_page(ctx, groups), *[ward_page(ctx, g, groups, centres, stale_before) for g in groups]]


def one_page(ctx: RenderContext) -> Page:
    """Every setting in one table, with the explainers below it."""
    site = ctx.site
    settings = list(site.childcare.values())
    count = len(settings)
    noun = settings_noun(count)
    body = [
        f"<h1>{TITLE}</h1>",
        lead(ctx, settings),
        last_checked(settings),
        '<nav aria-label="On this page" class="fh-jump"><ul>',
        '<li><a href="#cc-settings">All settings</a></li>',
        '<li><a href="#cc-help">Help paying for childcare</a></li>',
        '<li><a href="#cc-method">How we work out the prices</a></li>',
        '<li><a href="#cc-data">Download the list</a></li>',
        '<li><a href="#cc-correct">Something wrong?</a></li>',
        "</ul></nav>",
        tools_panel(settings, ward_centres(site), explainer_link(URL, "cc-estimate-method")),
        f'<h2 id="cc-settings">All settings ({count})</h2>',
        '<p class="cc-note">Each setting shows two prices worked out the same way for every setting, '
        'so you can compare them: the <strong>price of one hour</strong> and the <strong>price of a full day</strong>, '
        'by the age of your child. <a href="#cc-method">How we work out the prices</a>.</p>',
        '<div class="cc-table-wrap">',
        settings_table(settings, f"Childcare settings in {esc(site.settings.council_name)}'s area: {count} {noun}.",
                       months_before(ctx.today, site.settings.childcare_costs_warning_months)),
        "</div>",
        *closing_sections(ctx, URL),
    ]
    return Page(url=URL, title=TITLE, body=body, description=DESCRIPTION)
