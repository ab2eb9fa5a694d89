"""Help with paying, in the words of the national rules' table (``generator.childcare.rules``).

"Help paying for childcare" on ``/childcare/`` says the hours, ages, amounts, names and official pages
from that table, never written here; the markup is ``help_section`` in ``templates/macros/childcare.html``.
How the prices are worked out (``method_section`` there) must say what ``generator.childcare.prices`` and
the estimate in ``childcare.js`` do; change them together.
"""

from __future__ import annotations

from typing import NamedTuple

from ..languages import ENGLISH, phrases
from .rules import Entitlement, FundedRules, rules
from .words import ENGLISH_WORDS, SettingWords


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


def help_paying(code: str = ENGLISH) -> HelpPaying:
    """The texts in the language ``code``: each from the interface's catalogue (``catalogue.extract_policy``;
    English where it has none yet), with the words in braces in that language."""
    table = rules()
    say = phrases(code).gettext
    words_in = SettingWords(code)
    tax_free, universal_credit = table.tax_free_childcare, table.universal_credit
    entitlements = []
    for entitlement in table.entitlements:
        words = entitlement_words(entitlement, table, words_in)
        entitlements.append(EntitlementWords(entitlement.hours_a_week, say(entitlement.heading).format_map(words),
                                             say(entitlement.who_can_get_it).format_map(words)))
    return HelpPaying(
        table=table,
        entitlements=entitlements,
        tax_free=say(tax_free.text).format_map({
            "government_adds": money(tax_free.government_adds, words_in),
            "for_every": money(tax_free.for_every, words_in),
            "yearly_limit": money(tax_free.yearly_limit, words_in),
            "yearly_limit_disabled": money(tax_free.yearly_limit_disabled, words_in),
        }),
        universal_credit=say(universal_credit.text).format_map(
            {"share": words_in.percent(universal_credit.share_percent)}),
    )


def money(pounds: int, words: SettingWords | None = None) -> str:
    """A sum of whole pounds as people write it: ``£3``, ``£1,250`` (in ``words``' language)."""
    return (words or ENGLISH_WORDS).whole_pounds(pounds)


def entitlement_words(entitlement: Entitlement, table: FundedRules,
                      words_in: SettingWords | None = None) -> dict[str, str]:
    """What the words in braces of an entitlement's texts stand for (in ``words_in``'s language)."""
    words_in = words_in or ENGLISH_WORDS
    words = {
        "hours": str(entitlement.hours_a_week),
        "weeks": str(table.weeks_a_year),
        "from_age": words_in.age(entitlement.from_months),
        "to_age": words_in.age(entitlement.to_months, upper=True),
    }
    if entitlement.income_limit is not None:
        words["income_limit"] = money(entitlement.income_limit, words_in)
    if entitlement.minimum_earnings_hours is not None:
        words["minimum_earnings_hours"] = str(entitlement.minimum_earnings_hours)
    if entitlement.reconfirm_every_months is not None:
        words["reconfirm_every_months"] = str(entitlement.reconfirm_every_months)
    return words
