"""The panel of filters, order, "near me" and the weekly estimate above a table of settings.

The markup is ``tools_panel`` in ``templates/macros/childcare.html``; this module gives its choices. The
panel stays ``hidden`` until ``childcare.js`` runs, so a parent without JavaScript never meets a control
that does nothing. The same panel serves the one page of every setting and each ward's page; a ward's
page has no Area filter (all its settings are in one area).

The panel carries the funded-hours rules the estimate needs as JSON (``#cc-rules``), made from the same
table as the rest of the page (``generator.childcare.rules``), so the script repeats none of them.
"""

from __future__ import annotations

from typing import NamedTuple

from markupsafe import Markup

from ..data_json import data_json
from ..languages import ENGLISH
from ..wards import Ward, labels
from .rules import FundedRules, rules
from .schema import ChildcareSetting
from .words import TYPES, entitlement_name

Choices = list[tuple[str, str]]  # (value, words)


class WardChoice(NamedTuple):
    """A ward to measure distance from: named as the list of wards names it ("Castle (North)" when two
    share a name), with its middle."""

    label: str
    latitude: float
    longitude: float


class Tools(NamedTuple):
    areas: Choices | None  # None: no Area filter
    types: Choices
    funded: Choices
    wards: list[WardChoice]
    rules: Markup  # rules_json


def tools(settings: list[ChildcareSetting], centres: list[Ward], area_filter: bool = True,
          code: str = ENGLISH) -> Tools:
    """The choices of the panel for a table of ``settings``, in the language ``code``; ``centres``: every
    ward, for "near me"."""
    areas = sorted({s.area for s in settings}, key=str.casefold)
    names = labels(c.key for c in centres)
    return Tools(
        areas=[(a, a) for a in areas] if area_filter else None,
        types=[(key, label) for key, label in TYPES.items() if any(s.type == key for s in settings)],
        funded=[(e.filter, entitlement_name(e, code)) for e in rules().entitlements],
        wards=[WardChoice(names[c.key], c.latitude, c.longitude) for c in centres],
        rules=rules_json(rules(), code),
    )


def rules_json(table: FundedRules, code: str = ENGLISH) -> Markup:
    """The rules the estimate uses, for ``childcare.js``: each entitlement by its filter letter, with its hours
    a week, the ages in months it is for (both included) and its name. ``<``, ``>`` and ``&`` are written as
    JSON escapes, so nothing in it can end the script element that holds it."""
    payload = {"entitlements": {e.filter: {"hours": e.hours_a_week, "from": e.from_months, "to": e.to_months,
                                           "name": entitlement_name(e, code)} for e in table.entitlements}}
    return Markup(data_json(payload, compact=True).strip())
