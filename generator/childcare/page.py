"""The childcare page (``/childcare/``): every setting, its prices and help with paying.

The page is complete as HTML. The filters, sorting, "near me" and the cost
estimate are in a panel that stays ``hidden`` until ``childcare.js`` runs, so
a parent without JavaScript never meets a control that does nothing.
"""

from __future__ import annotations

from ..render import urls
from ..render.fragments import RenderContext, email_link, phone_link
from ..render.html import esc, href, join
from ..render.page import Page
from .checks import months_before
from .explainer import entitlements_section, method_section
from .table import settings_table
from .wards import ward_centres
from .words import ENTITLEMENTS, TYPES, long_date

URL = "childcare/"
SCRIPT = "assets/javascripts/childcare.js"
# Age choices for filtering, as (value "youngest oldest reference", label). The reference age
# (the middle of that year) picks the fee band whose prices the filter and sort use.
AGE_CHOICES = (
    ("0 11 6", "Under 1"), ("12 23 18", "1 year old"), ("24 35 30", "2 years old"), ("36 47 42", "3 years old"),
    ("48 59 54", "4 years old"), ("60 143 102", "5 to 11 years old"),
)
FUNDED_KEYS = {"three_and_four_year_olds": "u", "working_families": "w", "two_year_olds": "t"}


def childcare_page(ctx: RenderContext) -> Page:
    """The page, rendered from the checked site."""
    site = ctx.site
    settings = list(site.childcare.values())
    count = len(settings)
    noun = "setting" if count == 1 else "settings"
    body = [
        "<h1>Childcare and what it costs</h1>",
        f'<p class="fh-lead">All {count} childcare {noun} we know of in {esc(site.settings.council_name)}\'s area, '
        "with what they charge, the funded hours they offer and what Ofsted found. Prices are a guide: "
        "<strong>always check the price with the setting before you agree to a place.</strong></p>",
        _last_checked(settings),
        '<nav aria-label="On this page" class="fh-jump"><ul>',
        '<li><a href="#cc-settings">All settings</a></li>',
        '<li><a href="#cc-help">Help paying for childcare</a></li>',
        '<li><a href="#cc-method">How we work out the prices</a></li>',
        '<li><a href="#cc-data">Download the list</a></li>',
        '<li><a href="#cc-correct">Something wrong?</a></li>',
        "</ul></nav>",
        _tools(ctx),
        f'<h2 id="cc-settings">All settings ({count})</h2>',
        '<p class="cc-note">Each setting shows two prices worked out the same way for every setting, '
        'so you can compare them: the <strong>price of one hour</strong> and the <strong>price of a full day</strong>, '
        'by the age of your child. <a href="#cc-method">How we work out the prices</a>.</p>',
        '<div class="cc-table-wrap">',
        settings_table(settings, f"Childcare settings in {esc(site.settings.council_name)}'s area: {count} {noun}.",
                       months_before(ctx.today, site.settings.childcare_costs_warning_months)),
        "</div>",
        entitlements_section(ctx),
        method_section(),
        _downloads(),
        _corrections(ctx, settings),
        # A plain script, deferred: the page above is complete without it.
        f'<script src="{href(URL, SCRIPT)}" defer></script>',
    ]
    return Page(url=URL, title="Childcare and what it costs", body=body,
                description="Every childcare setting, what it costs, the funded hours it offers and help with paying.")


def _last_checked(settings) -> str:
    if not settings:
        return ""
    dates = sorted(s.last_reviewed for s in settings)
    return (f'<p class="fh-reviewed">Prices were last confirmed with the settings between '
            f'<time datetime="{dates[0].isoformat()}">{long_date(dates[0])}</time> and '
            f'<time datetime="{dates[-1].isoformat()}">{long_date(dates[-1])}</time>. '
            "Each setting's date is in its row.</p>")


def _select(name: str, label: str, options: list[tuple[str, str]], first: str) -> str:
    items = [f'<option value="">{esc(first)}</option>'] + [
        f'<option value="{esc(value)}">{esc(text)}</option>' for value, text in options
    ]
    return join([f'<div class="cc-field"><label for="cc-{name}">{esc(label)}</label>',
                 f'<select id="cc-{name}" name="{name}">', *items, "</select></div>"])


def _check(name: str, label: str) -> str:
    return (f'<div class="cc-field cc-field--check"><input type="checkbox" id="cc-{name}" name="{name}">'
            f'<label for="cc-{name}">{esc(label)}</label></div>')


def _number(name: str, label: str, attributes: str, hint: str = "") -> str:
    described = f' aria-describedby="cc-{name}-hint"' if hint else ""
    hint_html = f'<span class="cc-hint" id="cc-{name}-hint">{esc(hint)}</span>' if hint else ""
    return (f'<div class="cc-field"><label for="cc-{name}">{esc(label)}</label>{hint_html}'
            f'<input type="number" id="cc-{name}" name="{name}" {attributes}{described}></div>')


def _tools(ctx: RenderContext) -> str:
    settings = list(ctx.site.childcare.values())
    areas = sorted({s.area for s in settings}, key=str.casefold)
    types = [(key, label) for key, label in TYPES.items() if any(s.type == key for s in settings)]
    funded = [(FUNDED_KEYS[key], label) for key, label in ENTITLEMENTS.items()]
    wards = [
        f'<option value="{esc(c.ward)}" data-lat="{c.latitude}" data-lon="{c.longitude}">{esc(c.ward)}</option>'
        for c in ward_centres(ctx.site)
    ]
    return join([
        '<div class="cc-tools" id="cc-tools" hidden>',
        '<form id="cc-form" novalidate>',
        '<fieldset class="cc-group"><legend>Show only settings that suit you</legend>',
        _select("area", "Area", [(a, a) for a in areas], "All areas"),
        _select("type", "Type of childcare", types, "All types"),
        _select("age", "Age of your child", list(AGE_CHOICES), "Any age"),
        _select("funded", "Funded hours", funded, "Any, or none"),
        _number("max", "Highest price of one hour, in pounds", 'min="0" step="0.01" inputmode="decimal"',
                "Uses the price for your child's age if you choose one"),
        _check("early", "Opens before 8am"),
        _check("late", "Open after 6pm"),
        _check("allyear", "Open all year, not just term time"),
        _check("send", "Offers SEND support"),
        "</fieldset>",
        '<fieldset class="cc-group"><legend>Order and distance</legend>',
        _select("sort", "Order by", [("hour", "Price of one hour, lowest first"),
                                      ("day", "Price of a full day, lowest first"),
                                      ("distance", "Distance, nearest first"),
                                      ("estimate", "Estimated weekly cost, lowest first")], "Name, A to Z"),
        join(['<div class="cc-field"><label for="cc-near">Distance from the middle of</label>',
              '<select id="cc-near" name="near"><option value="">Choose a ward</option>', *wards, "</select></div>"]),
        '<div class="cc-field"><button type="button" id="cc-locate" class="cc-button">Use my location</button>'
        '<span class="cc-hint">Your location stays on your device: it is not sent anywhere.</span></div>',
        "</fieldset>",
        '<fieldset class="cc-group" id="cc-estimate"><legend>Estimate your weekly cost</legend>',
        _number("years", "Child's age: years", 'min="0" max="11" step="1" inputmode="numeric"'),
        _number("months", "and months", 'min="0" max="11" step="1" inputmode="numeric"'),
        _number("hours", "Hours of childcare a week", 'min="0" max="80" step="0.5" inputmode="decimal"'),
        _number("days", "Over how many days", 'min="1" max="7" step="1" value="5" inputmode="numeric"'),
        _select("entitlement", "Funded hours you get", [
            ("u", "15 hours (all 3 and 4 year olds)"), ("t", "15 hours (eligible 2 year olds)"),
            ("w", "30 hours (working families)")], "None"),
        '<p class="cc-hint">Each setting\'s estimate appears in its row. It is a guide: '
        '<a href="#cc-estimate-method">how the estimate works</a>. The setting confirms the price.</p>',
        "</fieldset>",
        '<div class="cc-actions"><button type="reset" id="cc-reset" class="cc-button cc-button--secondary">'
        "Clear all</button></div>",
        "</form>",
        '<p role="status" id="cc-status" class="cc-status"></p>',
        "</div>",
    ])


def _downloads() -> str:
    return join([
        '<h2 id="cc-data">Download the list</h2>',
        "<p>The same information, including the two prices we work out, is free to reuse: "
        f'<a href="{href(URL, urls.DATA + "childcare.csv")}">spreadsheet (CSV)</a> or '
        f'<a href="{href(URL, urls.DATA + "childcare.json")}">JSON</a>. Prices are in pence. Columns such as '
        "<code>hour_price_pence_age_2</code> give the price of one hour for a child aged 2, taken as 30 months.</p>",
    ])


def _corrections(ctx: RenderContext, settings) -> str:
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
