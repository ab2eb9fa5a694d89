"""Pieces that more than one kind of childcare page shows: the lead, dates, downloads, corrections, script."""

from __future__ import annotations

from ..render import urls
from ..render.fragments import RenderContext, email_link, phone_link
from ..render.html import esc, href, join
from .explainer import entitlements_section, method_section
from .schema import ChildcareSetting
from .words import long_date

SCRIPT = "assets/javascripts/childcare.js"
TITLE = "Childcare and what it costs"
DESCRIPTION = "Every childcare setting, what it costs, the funded hours it offers and help with paying."


def settings_noun(count: int) -> str:
    return "setting" if count == 1 else "settings"


def lead(ctx: RenderContext, settings: list[ChildcareSetting]) -> str:
    """The opening paragraph of ``/childcare/``, with the number of settings."""
    count = len(settings)
    return (f'<p class="fh-lead">All {count} childcare {settings_noun(count)} we know of in '
            f"{esc(ctx.site.settings.council_name)}'s area, with what they charge, the funded hours they offer and "
            "what Ofsted found. Prices are a guide: <strong>always check the price with the setting before you "
            "agree to a place.</strong></p>")


def last_checked(settings: list[ChildcareSetting]) -> str:
    if not settings:
        return ""
    first, last = min(s.last_reviewed for s in settings), max(s.last_reviewed for s in settings)
    if first == last:
        when = f'on <time datetime="{first.isoformat()}">{long_date(first)}</time>'
    else:
        when = (f'between <time datetime="{first.isoformat()}">{long_date(first)}</time> and '
                f'<time datetime="{last.isoformat()}">{long_date(last)}</time>')
    if len(settings) == 1:
        return f'<p class="fh-reviewed">Prices were last confirmed with the setting {when}.</p>'
    return (f'<p class="fh-reviewed">Prices were last confirmed with the settings {when}. '
            "Each setting's date is in its row.</p>")


def downloads() -> str:
    """Links to the open data: every setting, whichever page a parent is on."""
    page = urls.CHILDCARE
    return join([
        '<h2 id="cc-data">Download the list</h2>',
        "<p>The same information, including the two prices we work out, is free to reuse: "
        f'<a href="{href(page, urls.DATA + "childcare.csv")}">spreadsheet (CSV)</a> or '
        f'<a href="{href(page, urls.DATA + "childcare.json")}">JSON</a>. Prices are in pence. Columns such as '
        "<code>hour_price_pence_age_2</code> give the price of one hour for a child aged 2, taken as 30 months.</p>",
    ])


def corrections(ctx: RenderContext) -> str:
    contact = ctx.site.settings.contact
    ways = []
    if contact.email:
        ways.append(f"email {email_link(contact.email)}")
    if contact.phone:
        ways.append(f"phone {phone_link(contact.phone)}")
    how = " or ".join(ways) if ways else "contact the council"
    return join([
        '<h2 id="cc-correct">Something wrong?</h2>',
        "<p><strong>If you run a setting</strong> and your entry is wrong or out of date, "
        f"{how} with your Ofsted reference number and the changes. We check each setting's prices with them "
        f"at least every {ctx.site.settings.childcare_costs_warning_months} months, and the date we last did is "
        "in its row.</p>",
        "<p><strong>If you are a parent</strong> and a price or detail is not what the setting told you, "
        "please tell us in the same way or use the feedback link at the bottom of this page.</p>",
    ])


def script(page_url: str) -> str:
    # A plain script, deferred: the page above it is complete without it.
    return f'<script src="{href(page_url, SCRIPT)}" defer></script>'


def closing_sections(ctx: RenderContext, page_url: str) -> list[str]:
    """What ``/childcare/`` ends with in both its forms (one list, or the list of wards): help paying,
    how the prices are worked out, the downloads, corrections, and the script."""
    return [entitlements_section(ctx), method_section(), downloads(), corrections(ctx), script(page_url)]
