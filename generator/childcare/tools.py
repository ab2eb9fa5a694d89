"""The panel of filters, order, "near me" and the weekly estimate above a table of settings.

The panel stays ``hidden`` until ``childcare.js`` runs, so a parent without
JavaScript never meets a control that does nothing. The same panel serves the
one page of every setting and each ward's page; a ward's page has no Area filter
(all its settings are in one area).

The panel carries the funded-hours rules the estimate needs as JSON
(``#cc-rules``), made from the same table as the rest of the page
(``generator.childcare.rules``), so the script repeats none of them.
"""

from __future__ import annotations

from ..data_json import data_json
from ..render.html import esc, join
from ..wards import Ward, labels
from .rules import FundedRules, rules
from .schema import ChildcareSetting
from .words import TYPES

# Age choices for filtering, as (value "youngest oldest reference", label). The reference age
# (the middle of that year) picks the fee band whose prices the filter and sort use.
AGE_CHOICES = (
    ("0 11 6", "Under 1"), ("12 23 18", "1 year old"), ("24 35 30", "2 years old"), ("36 47 42", "3 years old"),
    ("48 59 54", "4 years old"), ("60 143 102", "5 to 11 years old"),
)


def tools_panel(settings: list[ChildcareSetting], centres: list[Ward], estimate_method_link: str,
                area_filter: bool = True) -> str:
    """The panel for a table of ``settings``; ``estimate_method_link`` leads to "How the weekly estimate works"."""
    return join([
        '<div class="cc-tools" id="cc-tools" hidden>',
        '<form id="cc-form" novalidate>',
        _filters(settings, area_filter),
        _order_and_distance(centres),
        _estimate(estimate_method_link),
        rules_json(rules()),
        '<div class="cc-actions"><button type="reset" id="cc-reset" class="cc-button cc-button--secondary">'
        "Clear all</button></div>",
        "</form>",
        '<p role="status" id="cc-status" class="cc-status"></p>',
        "</div>",
    ])


def locate_button(hint: str) -> str:
    """ "Use my location", with the promise that the position stays on the device."""
    return ('<div class="cc-field"><button type="button" id="cc-locate" class="cc-button">Use my location</button>'
            f'<span class="cc-hint">{esc(hint)}</span></div>')


def _filters(settings: list[ChildcareSetting], area_filter: bool) -> str:
    areas = sorted({s.area for s in settings}, key=str.casefold)
    types = [(key, label) for key, label in TYPES.items() if any(s.type == key for s in settings)]
    funded = [(e.filter, e.name) for e in rules().entitlements]
    return join([
        '<fieldset class="cc-group"><legend>Show only settings that suit you</legend>',
        _select("area", "Area", [(a, a) for a in areas], "All areas") if area_filter else "",
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
    ])


def _order_and_distance(centres: list[Ward]) -> str:
    # Each option names its ward as the list of wards does ("Castle (North)" when two share a name);
    # the script says "from the middle of" the chosen value.
    names = labels(c.key for c in centres)
    wards = [
        f'<option value="{esc(names[c.key])}" data-lat="{c.latitude}" data-lon="{c.longitude}">'
        f"{esc(names[c.key])}</option>"
        for c in centres
    ]
    return join([
        '<fieldset class="cc-group"><legend>Order and distance</legend>',
        _select("sort", "Order by", [("hour", "Price of one hour, lowest first"),
                                      ("day", "Price of a full day, lowest first"),
                                      ("distance", "Distance, nearest first"),
                                      ("estimate", "Estimated weekly cost, lowest first")], "Name, A to Z"),
        join(['<div class="cc-field"><label for="cc-near">Distance from the middle of</label>',
              '<select id="cc-near" name="near"><option value="">Choose a ward</option>', *wards, "</select></div>"]),
        locate_button("Your location stays on your device: it is not sent anywhere."),
        "</fieldset>",
    ])


def _estimate(method_link: str) -> str:
    return join([
        '<fieldset class="cc-group" id="cc-estimate"><legend>Estimate your weekly cost</legend>',
        _number("years", "Child's age: years", 'min="0" max="11" step="1" inputmode="numeric"'),
        _number("months", "and months", 'min="0" max="11" step="1" inputmode="numeric"'),
        _number("hours", "Hours of childcare a week", 'min="0" max="80" step="0.5" inputmode="decimal"'),
        _number("days", "Over how many days", 'min="1" max="7" step="1" value="5" inputmode="numeric"'),
        _select("entitlement", "Funded hours you get", [(e.filter, e.name) for e in rules().entitlements], "None"),
        '<p class="cc-hint">Each setting\'s estimate appears in its row. It is a guide: '
        f'<a href="{esc(method_link)}">how the estimate works</a>. The setting confirms the price.</p>',
        "</fieldset>",
    ])


def rules_json(table: FundedRules) -> str:
    """The rules the estimate uses, for ``childcare.js``: each entitlement by its filter letter, with its hours
    a week, the ages in months it is for (both included) and its name. ``<``, ``>`` and ``&`` are written as
    JSON escapes, so nothing in it can end the script element."""
    payload = {"entitlements": {e.filter: {"hours": e.hours_a_week, "from": e.from_months, "to": e.to_months,
                                           "name": e.name} for e in table.entitlements}}
    return f'<script type="application/json" id="cc-rules">{data_json(payload, compact=True).strip()}</script>'


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
