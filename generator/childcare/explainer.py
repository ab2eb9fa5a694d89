"""Help with paying, in the words of the national rules' table (``generator.childcare.rules``).

"Help paying for childcare" on ``/childcare/`` says the hours, ages, amounts, names and official pages
from that table, never written here; the markup is ``help_section`` in ``templates/macros/childcare.html``.
How the prices are worked out (``method_section`` there) must say what ``generator.childcare.prices`` and
the estimate in ``childcare.js`` do; change them together.
"""

from __future__ import annotations

from typing import NamedTuple

from .rules import Entitlement, FundedRules, rules
from .words import age


class EntitlementWords(NamedTuple):
    hours: int  # a week
    heading: str  # who they are for, after "<hours> hours for"
    who_can_get_it: str


class HelpPaying(NamedTuple):
    """The rules' table, and its texts with the words in braces filled in."""

    table: FundedRules
    entitlements: list[EntitlementWords]
    tax_free: str
    universal_credit: str


def help_paying() -> HelpPaying:
    table = rules()
    tax_free, universal_credit = table.tax_free_childcare, table.universal_credit
    entitlements = []
    for entitlement in table.entitlements:
        words = entitlement_words(entitlement, table)
        entitlements.append(EntitlementWords(entitlement.hours_a_week, entitlement.heading.format_map(words),
                                             entitlement.who_can_get_it.format_map(words)))
    return HelpPaying(
        table=table,
        entitlements=entitlements,
        tax_free=tax_free.text.format_map({
            "government_adds": money(tax_free.government_adds),
            "for_every": money(tax_free.for_every),
            "yearly_limit": money(tax_free.yearly_limit),
            "yearly_limit_disabled": money(tax_free.yearly_limit_disabled),
        }),
        universal_credit=universal_credit.text.format_map({"share": f"{universal_credit.share_percent}%"}),
    )


def money(pounds: int) -> str:
    """A sum of whole pounds as people write it: ``£3``, ``£1,250``."""
    return f"£{pounds:,}"


def entitlement_words(entitlement: Entitlement, table: FundedRules) -> dict[str, str]:
    """What the words in braces of an entitlement's texts stand for."""
    words = {
        "hours": str(entitlement.hours_a_week),
        "weeks": str(table.weeks_a_year),
        "from_age": age(entitlement.from_months),
        "to_age": age(entitlement.to_months, upper=True),
    }
    if entitlement.income_limit is not None:
        words["income_limit"] = money(entitlement.income_limit)
    if entitlement.minimum_earnings_hours is not None:
        words["minimum_earnings_hours"] = str(entitlement.minimum_earnings_hours)
    if entitlement.reconfirm_every_months is not None:
        words["reconfirm_every_months"] = str(entitlement.reconfirm_every_months)
    return words
