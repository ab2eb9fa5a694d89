"""Pieces of HTML that several pages share: service cards, facilities, hours, contact."""

from __future__ import annotations

import re
from datetime import date

from ..context import SiteContext
from ..date_words import time_span
from ..schema.common import Contact, OpeningHours
from ..schema.service import Service
from ..schema.venue import Facilities, Venue
from ..vocabulary import ACCESS_WAYS, FACILITIES, LEVELS, VENUE_KINDS
from . import urls
from .html import NOT_SEARCHED, esc, href, join, labels_in_a_sentence, list_words

# The renderers' name for the resolved context (generator.context).
RenderContext = SiteContext


def phone_link(number: str) -> str:
    digits = re.sub(r"[^0-9+]", "", number)
    return f'<a href="tel:{esc(digits)}">{esc(number)}</a>'


def email_link(address: str) -> str:
    return f'<a href="mailto:{esc(address)}">{esc(address)}</a>'


def contact_lines(contact: Contact | None) -> list[str]:
    if contact is None:
        return []
    lines = []
    if contact.phone:
        lines.append(f"<li>Phone: {phone_link(contact.phone)}</li>")
    if contact.email:
        lines.append(f"<li>Email: {email_link(contact.email)}</li>")
    if contact.website:
        lines.append(f'<li>Website: <a href="{esc(contact.website)}">{esc(contact.website)}</a></li>')
    return lines


def level_tag(service: Service) -> str:
    modifier = "universal" if service.level == "universal" else "extra"
    return f'<span class="fh-tag fh-tag--{modifier}">{esc(LEVELS[service.level])}</span>'


def service_tags(service: Service) -> str:
    tags = [level_tag(service)]
    if service.for_dads_and_partners:
        tags.append('<span class="fh-tag fh-tag--dads">Dads and partners welcome</span>')
    if is_free(service):
        tags.append('<span class="fh-tag fh-tag--free">Free</span>')
    return f'<p class="fh-tags">{" ".join(tags)}</p>'


def is_free(service: Service) -> bool:
    return service.cost.strip().lower() == "free"


def how_to_get_it(service: Service, ctx: RenderContext) -> str:
    """Ways in, in words, then the details and contact."""
    access = service.how_to_access
    parts = [esc(ways_in_words(access.ways))]
    if access.details:
        parts.append(ctx.text(access.details))
    if access.phone:
        parts.append(f"Phone {phone_link(access.phone)}.")
    if access.email:
        parts.append(f"Email {email_link(access.email)}.")
    if access.website:
        parts.append(f'<a href="{esc(access.website)}">Find out more on their website</a>.')
    return " ".join(parts)


def ways_in_words(ways: list[str]) -> str:
    """The ways in as one sentence, a capital only at its start: ``Book a place or refer yourself.``

    Every way but ``we-contact-you`` tells the family what to do, so after "We will contact you" the
    others are what they can do too: ``We will contact you, or you can book a place.``
    """
    others = [ACCESS_WAYS[w] for w in ways if w != "we-contact-you"]
    if "we-contact-you" not in ways:
        return labels_in_a_sentence(others, "or") + "."
    if not others:
        return ACCESS_WAYS["we-contact-you"] + "."
    what_you_can_do = list_words([way[:1].lower() + way[1:] for way in others], "or")
    return f'{ACCESS_WAYS["we-contact-you"]}, or you can {what_you_can_do}.'


def where(service: Service, ctx: RenderContext, from_url: str, area: str | None = None) -> str:
    """The service's venues as links; given an ``area``, only the venues there, and a count of the rest.

    More than one place is a list, one place a line: ``also_available`` is the editor's own phrase, such
    as "At home", which cannot be joined into a sentence ("... and At home") without guessing its case.
    """
    venues = ctx.site.venues_of(service)
    nearby = [v for v in venues if area is None or v.area == area]
    places = [f'<a href="{href(from_url, urls.venue(v.id))}">{esc(v.name)}</a>' for v in nearby]
    elsewhere = len(venues) - len(nearby)
    if elsewhere:
        places.append(f"{elsewhere} place{'' if elsewhere == 1 else 's'} in other areas")
    if service.also_available:
        places.append(ctx.text(service.also_available))
    if not places:
        return "Ask when you get in touch"
    if len(places) == 1:
        return places[0]
    return '<ul class="fh-lines">' + "".join(f"<li>{place}</li>" for place in places) + "</ul>"


def fact(term: str, value: str) -> str:
    return f"<div><dt>{esc(term)}</dt><dd>{value}</dd></div>"


def service_card(service: Service, ctx: RenderContext, from_url: str, heading: str = "h3",
                 searchable: bool = True, area: str | None = None) -> str:
    """A service in brief: who it is for, how to get it, what it costs, where.

    ``searchable=False`` keeps the card out of the search index, where a page lists services that
    search already finds on their own pages. Given an ``area``, "Where" names only the venues there.
    """
    link = href(from_url, urls.service(service.id))
    return join([
        f'<article class="fh-card fh-service"{"" if searchable else NOT_SEARCHED}>',
        f'<{heading} class="fh-card__title"><a href="{link}">{esc(service.name)}</a></{heading}>',
        service_tags(service),
        f"<p>{ctx.text(service.summary)}</p>",
        '<dl class="fh-facts">',
        fact("Who it's for", ctx.text(service.who_it_is_for)),
        fact("How to get it", how_to_get_it(service, ctx)),
        fact("Cost", ctx.text(service.cost)),
        fact("Where", where(service, ctx, from_url, area)),
        "</dl>",
        "</article>",
    ])


def facilities_list(facilities: Facilities) -> str:
    """Each facility in words, with and without (not told by colour or icon alone)."""
    items = []
    for field, label in FACILITIES.items():
        has = getattr(facilities, field)
        mark = ('<span class="fh-yes" aria-hidden="true">✓</span>' if has
                else '<span class="fh-no" aria-hidden="true">✗</span>')
        words = label if has else f"No {label[0].lower()}{label[1:]}"
        items.append(f"<li>{mark} {esc(words)}</li>")
    if facilities.parking:
        items.append(f'<li><span class="fh-yes" aria-hidden="true">✓</span> Parking: {esc(facilities.parking)}</li>')
    if facilities.bus_routes:
        routes = list_words([esc(r) for r in facilities.bus_routes])
        items.append(f'<li><span class="fh-yes" aria-hidden="true">✓</span> Buses: {routes}</li>')
    return join(['<ul class="fh-facilities">', *items, "</ul>"])


def opening_hours_table(hours: OpeningHours, caption: str) -> str:
    rows = [
        f'<tr><th scope="row">{day.capitalize()}</th>'
        f'<td>{esc(time_span(times.opens, times.closes)) if times else "Closed"}</td></tr>'
        for day, times in hours.by_day()
    ]
    return join([
        '<table class="fh-table fh-hours">',
        f"<caption>{esc(caption)}</caption>",
        '<thead><tr><th scope="col">Day</th><th scope="col">Open</th></tr></thead>',
        "<tbody>", *rows, "</tbody>",
        "</table>",
    ])


def venue_kind(venue: Venue) -> str:
    return VENUE_KINDS[venue.kind]


def reviewed(day: date) -> str:
    return f'<p class="fh-reviewed">Last checked: <time datetime="{day.isoformat()}">{day:%-d %B %Y}</time></p>'
