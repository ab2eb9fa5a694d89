"""Plain-English sections of the childcare page: help with paying, and how the prices are worked out.

The words about the prices must say what ``generator.childcare.prices`` and
the estimate in ``childcare.js`` do; change them together.
"""

from __future__ import annotations

from ..render import urls
from ..render.fragments import RenderContext, email_link, phone_link
from ..render.html import esc, href, join

OFFICIAL = {
    "help": "https://www.gov.uk/help-with-childcare-costs",
    "choices": "https://www.childcarechoices.gov.uk/",
    "tax_free": "https://www.gov.uk/tax-free-childcare",
    "universal_credit": "https://www.gov.uk/help-with-childcare-costs/universal-credit",
    "ofsted": "https://www.gov.uk/find-ofsted-inspection-report",
}


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
    return join([
        '<section aria-labelledby="cc-help" class="cc-explainer">',
        '<h2 id="cc-help">Help paying for childcare</h2>',
        "<p>The government pays for some hours of childcare, called <strong>funded hours</strong>, "
        "at settings that offer them. Funded hours are for 38 weeks a year (school term time). "
        "Some settings let you spread them over more weeks, with fewer hours each week.</p>",
        "<h3>15 hours for all 3 and 4 year olds</h3>",
        "<p>Every child can have 15 hours a week from the term after they turn 3 until they start school. "
        "You do not need to be working.</p>",
        "<h3>30 hours for working families, from 9 months</h3>",
        "<p>If you (and your partner, if you have one) are working and each earn at least the same as 16 hours "
        "a week at the minimum wage, and neither of you earns more than £100,000 a year, you can get 30 hours "
        "a week from when your child is 9 months old until "
        "they start school. You apply to the government every 3 months, and give the code to your setting.</p>",
        "<h3>15 hours for 2 year olds whose family gets extra support</h3>",
        "<p>Your 2 year old can have 15 hours a week if you get certain benefits, such as Universal Credit with "
        "a low income, or if your child has an education, health and care plan, gets Disability Living "
        "Allowance or is looked after by the council.</p>",
        "<h3>Tax-Free Childcare</h3>",
        "<p>If you are working, the government adds £2 for every £8 you pay into a childcare account, up to "
        "£2,000 a year for each child (£4,000 if your child is disabled). You can use it with funded hours, "
        "but not while you get Universal Credit.</p>",
        "<h3>Help through Universal Credit</h3>",
        "<p>If you get Universal Credit and work, you can get back up to 85% of what you pay for childcare.</p>",
        "<h3>Find out more and apply</h3>",
        '<ul class="fh-list">',
        f'<li><a href="{OFFICIAL["help"]}">Help with childcare costs</a> (GOV.UK)</li>',
        f'<li><a href="{OFFICIAL["choices"]}">Childcare Choices</a>: check what you can get and apply</li>',
        f'<li><a href="{OFFICIAL["tax_free"]}">Tax-Free Childcare</a> (GOV.UK)</li>',
        f'<li><a href="{OFFICIAL["universal_credit"]}">Childcare costs through Universal Credit</a> (GOV.UK)</li>',
        f'<li><a href="{OFFICIAL["ofsted"]}">Find an Ofsted inspection report</a> (GOV.UK)</li>',
        "</ul>",
        f"<p><strong>Need help applying?</strong> {esc(settings.council_name)} can help you work out what you "
        f"can get and how to apply: {reach}.</p>",
        "</section>",
    ])


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
