"""The family hubs page (venues by area) and one page per venue."""

from __future__ import annotations

from itertools import groupby

from ..schema.venue import Venue
from ..timetable.pages import venue_feed_meta, venue_timetable
from ..vocabulary import VENUE_KINDS
from . import urls
from .fragments import RenderContext, contact_lines, facilities_list, opening_hours_table, reviewed, venue_kind
from .html import NOT_SEARCHED, esc, href, join, markdown_html
from .page import Page

_KIND_ORDER = list(VENUE_KINDS)


def venue_pages(ctx: RenderContext) -> list[Page]:
    return [venues_index(ctx)] + [venue_page(v, ctx) for v in ctx.site.venues.values()]


def _by_area(venues: list[Venue]) -> list[tuple[str, list[Venue]]]:
    ordered = sorted(venues, key=lambda v: (v.area.casefold(), _KIND_ORDER.index(v.kind), v.name.casefold()))
    return [(area, list(group)) for area, group in groupby(ordered, key=lambda v: v.area)]


def venues_index(ctx: RenderContext) -> Page:
    here = urls.VENUES
    areas = _by_area(list(ctx.site.venues.values()))
    body = [
        "<h1>Find a family hub</h1>",
        '<p class="fh-lead">Family hubs are open to every family. Main hubs are open every weekday; '
        "spokes and outreach venues hold groups on some days. Everything below says what each place has, "
        "so you can plan your visit.</p>",
        '<nav aria-label="Areas" class="fh-jump"><ul>',
        *[f'<li><a href="#{_anchor(area)}">{esc(area)}</a></li>' for area, _ in areas],
        "</ul></nav>",
    ]
    for area, venues in areas:
        body += [f'<h2 id="{_anchor(area)}">{esc(area)}</h2>', '<div class="fh-grid">']
        for venue in venues:
            body.append(join([
                '<article class="fh-card fh-venue">',
                f'<h3 class="fh-card__title"><a href="{href(here, urls.venue(venue.id))}">{esc(venue.name)}</a></h3>',
                f'<p class="fh-tags"><span class="fh-tag">{esc(venue_kind(venue))}</span></p>',
                f'<p class="fh-address">{esc(", ".join(venue.address))}, {esc(venue.postcode)}</p>',
                facilities_list(venue.facilities),
                "</article>",
            ]))
        body.append("</div>")
    return Page(url=here, title="Find a family hub", body=body,
                description="Every family hub and venue by area, with opening hours and facilities.")


def _anchor(text: str) -> str:
    return "area-" + "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def venue_page(venue: Venue, ctx: RenderContext) -> Page:
    here = urls.venue(venue.id)
    services = ctx.site.services_at_venue.get(venue.id, [])
    body = [f"<h1>{esc(venue.name)}</h1>",
            f'<p class="fh-tags"><span class="fh-tag">{esc(venue_kind(venue))}</span></p>']
    if venue.summary:
        body.append(f'<p class="fh-lead">{ctx.text(venue.summary)}</p>')
    if venue.photo:
        body.append(
            f'<img class="fh-photo" src="{href(here, photo_url(venue))}" alt="{esc(venue.photo.alt)}" '
            'width="800" loading="lazy">'
        )
    body += [
        '<div class="fh-columns">',
        '<section aria-labelledby="address">',
        '<h2 id="address">Address</h2>',
        f'<p class="fh-address">{"<br>".join(esc(line) for line in venue.address)}<br>{esc(venue.postcode)}</p>',
        f'<p><a href="https://www.openstreetmap.org/?mlat={venue.coordinates.latitude}&amp;mlon='
        f'{venue.coordinates.longitude}#map=17/{venue.coordinates.latitude}/{venue.coordinates.longitude}">'
        f"See {esc(venue.name)} on a map</a> (OpenStreetMap)</p>",
    ]
    if venue.how_to_get_there:
        body += ["<h3>Getting there</h3>", f"<p>{ctx.text(venue.how_to_get_there)}</p>"]
    contact = contact_lines(venue.contact)
    if contact:
        body += ["<h3>Contact</h3>", '<ul class="fh-list">', *contact, "</ul>"]
    body += [
        "</section>",
        '<section aria-labelledby="hours">',
        '<h2 id="hours">Opening hours</h2>',
        opening_hours_table(venue.opening_hours, f"Opening hours at {venue.name}"),
        "</section>",
        "</div>",
        '<h2 id="facilities">Facilities</h2>',
        facilities_list(venue.facilities),
    ]
    if venue.description:
        body += ["<h2>About this venue</h2>", ctx.abbreviations.mark(markdown_html(venue.description))]
    body.append(f'<h2 id="services">Services here ({len(services)})</h2>')
    if services:
        body += ['<ul class="fh-list">']
        body += [
            f'<li><a href="{href(here, urls.service(s.id))}">{esc(s.name)}</a> '
            f'<span class="fh-list__summary"{NOT_SEARCHED}>{ctx.text(s.summary)}</span></li>'
            for s in services
        ]
        body.append("</ul>")
    else:
        body.append("<p>No regular services are listed here at the moment.</p>")
    body += venue_timetable(venue, ctx, here)
    body.append(reviewed(venue.last_reviewed))
    return Page(url=here, title=venue.name, body=body, description=venue.summary,
                meta={"venue_id": venue.id, **venue_feed_meta(venue, ctx)})


def photo_url(venue: Venue) -> str:
    return f"venues/photos/{venue.id}.jpg"
