"""Plain-English sections of the childcare page: help with paying, and how the prices are worked out.

Help with paying says the national rules from their table (``generator.childcare.rules``): the hours,
ages, amounts, names and official pages are filled in from it, never written here.

The words about the prices must say what ``generator.childcare.prices`` and
the estimate in ``childcare.js`` do; change them together.
"""

from __future__ import annotations

from ..render import urls
from ..render.fragments import RenderContext, email_link, phone_link
from ..render.html import esc, href, join
from .rules import Entitlement, FundedRules, OfficialLink, rules
from .words import age, long_date


def explainer_link(from_url: str, anchor: str) -> str:
    """A link to a section of ``/childcare/`` (help paying, the method, ...) from a page of settings.

    When the list is split by ward those sections stay on ``/childcare/`` only, and each ward's
    page links to them rather than repeating them.
    """
    page = "" if from_url == urls.CHILDCARE else href(from_url, urls.CHILDCARE)
    return f"{page}#{anchor}"


def entitlements_section(ctx: RenderContext) -> str:
    """The funded hours and other help with costs, with the official pages and the council's contact."""
    settings = ctx.site.settings
    contact = settings.contact
    ways = []
    if contact.phone:
        ways.append(f"phone {phone_link(contact.phone)}")
    if contact.email:
        ways.append(f"email {email_link(contact.email)}")
    if contact.website:
        ways.append(f'visit <a href="{esc(contact.website)}">our website</a>')
    reach = ", ".join(ways[:-1]) + (" or " if len(ways) > 1 else "") + ways[-1] if ways else "contact the council"
    table = rules()
    return join([
        '<section aria-labelledby="cc-help" class="cc-explainer">',
        '<h2 id="cc-help">Help paying for childcare</h2>',
        "<p>The government pays for some hours of childcare, called <strong>funded hours</strong>, "
        f"at settings that offer them. Funded hours are for {table.weeks_a_year} weeks a year (school term time). "
        "Some settings let you spread them over more weeks, with fewer hours each week. These are the rules in "
        f'England from <time datetime="{table.valid_from.isoformat()}">{long_date(table.valid_from)}</time>.</p>',
        *[part for e in table.entitlements for part in _entitlement(e, table)],
        *_other_help(table),
        "<h3>Find out more and apply</h3>",
        '<ul class="fh-list">',
        *[f"<li>{_link(link)}</li>" for link in table.links],
        "</ul>",
        f"<p><strong>Need help applying?</strong> {esc(settings.council_name)} can help you work out what you "
        f"can get and how to apply: {reach}.</p>",
        "</section>",
    ])


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


def _entitlement(entitlement: Entitlement, table: FundedRules) -> list[str]:
    words = entitlement_words(entitlement, table)
    heading = f"{entitlement.hours_a_week} hours for {entitlement.heading.format_map(words)}"
    return [f"<h3>{esc(heading)}</h3>", f"<p>{esc(entitlement.who_can_get_it.format_map(words))}</p>"]


def _other_help(table: FundedRules) -> list[str]:
    tax_free, universal_credit = table.tax_free_childcare, table.universal_credit
    tax_free_text = tax_free.text.format_map({
        "government_adds": money(tax_free.government_adds),
        "for_every": money(tax_free.for_every),
        "yearly_limit": money(tax_free.yearly_limit),
        "yearly_limit_disabled": money(tax_free.yearly_limit_disabled),
    })
    credit_text = universal_credit.text.format_map({"share": f"{universal_credit.share_percent}%"})
    return [f"<h3>{esc(tax_free.name)}</h3>", f"<p>{esc(tax_free_text)}</p>",
            f"<h3>{esc(universal_credit.name)}</h3>", f"<p>{esc(credit_text)}</p>"]


def _link(link: OfficialLink) -> str:
    text = f'<a href="{esc(link.url)}">{esc(link.name)}</a>'
    if link.what_for:
        text += f": {esc(link.what_for)}"
    if link.site:
        text += f" ({esc(link.site)})"
    return text


def method_section() -> str:
    """How the two comparison prices and the estimate are worked out, in plain words."""
    return join([
        '<section aria-labelledby="cc-method" class="cc-explainer">',
        '<h2 id="cc-method">How we work out the prices</h2>',
        "<p>Settings charge in different ways: by the hour, by the session (such as a morning) or by the day, "
        "often with different prices for babies and older children. So that you can compare them, we work out "
        "two prices for each age group at every setting in the same way. Neither takes off funded hours.</p>",
        "<h3>Price of one hour</h3>",
        "<p>The setting's hourly price. If it does not charge by the hour, we take its session with the lowest "
        "price per hour: the price of the session divided by its hours (a 3-hour session at £18.00 is £6.00 an "
        "hour). If it only sells full days, we divide the day's price by the day's hours. Then we add any charge "
        "you must pay for every hour, such as nappies charged by the hour.</p>",
        "<h3>Price of a full day</h3>",
        "<p>Shown only where the setting has a price for a full day. It is that price, plus any charge you must "
        "pay each day (for example, a lunch you cannot opt out of), plus any charge you must pay for every hour "
        "times the hours of the day.</p>",
        "<p>Charges you can choose not to pay, such as trips or a meal you can bring from home, are not in either "
        "price. Nor are charges made once or every week; they are listed with each setting's fees. "
        "Amounts are rounded to the nearest penny.</p>",
        '<h3 id="cc-estimate-method">How the weekly estimate works</h3>',
        "<p>If you use the estimate, we take the funded hours you get off the hours you need, but only at "
        "settings that offer those funded hours for your child's age. We multiply the hours left by the "
        "setting's price of one hour for your child's age. Then we add the charges you must pay each day, "
        "times the number of days, and the charges you must pay each week. The estimate is for a week in "
        "term time.</p>",
        "<p><strong>This is only an estimate.</strong> Settings set their own prices and may charge for other "
        "things. Always ask the setting to confirm the price before you agree to a place.</p>",
        "</section>",
    ])
