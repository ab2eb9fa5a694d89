"""``/childcare/<ward>/``: one ward's settings, with the same table and tools as the one-page list.

Help paying, how the prices are worked out, the downloads and corrections stay
on ``/childcare/``; this page links to them, and to the nearest wards, instead
of repeating them, so it stays light on a phone however big the council is.
"""

from __future__ import annotations

from datetime import date

from ..render import urls
from ..render.fragments import RenderContext
from ..render.html import esc, href, join
from ..render.page import Page
from ..wards import Ward, nearest
from .by_ward import WardGroup
from .explainer import explainer_link
from .parts import last_checked, script, settings_noun
from .table import settings_table
from .tools import tools_panel
from .ward_index import ward_link

NEARBY = 3


def ward_page(ctx: RenderContext, group: WardGroup, groups: list[WardGroup], centres: list[Ward],
              stale_before: date) -> Page:
    """The page for ``group``; ``groups`` are every ward with settings, ``centres`` every ward for "near me"."""
    url, ward, label, settings = group.url, esc(group.name), esc(group.label), group.settings
    count = len(settings)
    noun = settings_noun(count)
    caption = f"Childcare settings in {ward} ward, {esc(group.area)}: {count} {noun}."
    body = [
        f"<h1>Childcare in {label}</h1>",
        f'<p class="fh-lead">The {count} childcare {noun} we know of in {ward} ward, in {esc(group.area)}, '
        "with what they charge, the funded hours they offer and what Ofsted found. Prices are a guide: "
        "<strong>always check the price with the setting before you agree to a place.</strong></p>",
        last_checked(settings),
        '<nav aria-label="More childcare" class="fh-jump"><ul>',
        f'<li><a href="{explainer_link(url, "cc-wards")}">All wards</a></li>',
        '<li><a href="#cc-nearby">Wards nearby</a></li>',
        f'<li><a href="{explainer_link(url, "cc-help")}">Help paying for childcare</a></li>',
        f'<li><a href="{explainer_link(url, "cc-method")}">How we work out the prices</a></li>',
        "</ul></nav>",
        tools_panel(settings, centres, explainer_link(url, "cc-estimate-method"), area_filter=False),
        f'<h2 id="cc-settings">Settings in {label} ({count})</h2>',
        '<p class="cc-note">Each setting shows two prices worked out the same way for every setting, '
        'so you can compare them: the <strong>price of one hour</strong> and the <strong>price of a full day</strong>, '
        f'by the age of your child. <a href="{explainer_link(url, "cc-method")}">How we work out the prices</a>.</p>',
        '<div class="cc-table-wrap">',
        settings_table(settings, caption, stale_before),
        "</div>",
        _nearby(group, groups),
        _more(url),
        script(url),
    ]
    return Page(url=url, title=f"Childcare in {group.label}", body=body,
                description=f"Childcare settings in {group.name} ward, what they cost and the funded hours they offer.")


def _nearby(group: WardGroup, groups: list[WardGroup]) -> str:
    items = [f"<li>{ward_link(group.url, near)}</li>" for near in nearest(group, groups, NEARBY)]
    return join([
        '<h2 id="cc-nearby">Wards nearby</h2>',
        '<ul class="fh-list">' if items else "",
        *items,
        "</ul>" if items else "",
        f'<p><a href="{explainer_link(group.url, "cc-wards")}">All wards</a>, by area.</p>',
    ])


def _more(url: str) -> str:
    """Where the rest of the childcare information is, on ``/childcare/``."""
    return join([
        '<h2 id="cc-more">Help paying, prices and the full list</h2>',
        '<ul class="fh-list">',
        f'<li><a href="{explainer_link(url, "cc-help")}">Help paying for childcare</a>: funded hours, '
        "Tax-Free Childcare and help through Universal Credit.</li>",
        f'<li><a href="{explainer_link(url, "cc-method")}">How we work out the prices</a> and the weekly '
        "estimate.</li>",
        "<li>Every setting in every ward, to download: "
        f'<a href="{href(url, urls.DATA + "childcare.csv")}">spreadsheet (CSV)</a> or '
        f'<a href="{href(url, urls.DATA + "childcare.json")}">JSON</a>.</li>',
        f'<li><a href="{explainer_link(url, "cc-correct")}">Something wrong?</a> How to tell us about a '
        "setting's entry.</li>",
        "</ul>",
    ])
