"""The Start for Life offer: support by stage, for every family first, then extra support.

It is also the printed hard copy given to parents-to-be, so it carries the
council's contact details and prints without navigation (see theme CSS).
An offer too big for one page is split by area and stage instead
(``start_for_life_areas``), from the same parts.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..schema.service import Service
from ..vocabulary import LEVELS, STAGES, Stage
from . import urls
from .fragments import RenderContext, contact_lines, service_card
from .html import NOT_SEARCHED, esc, href, join
from .page import Page

# Start for Life is the first 1,001 days; the page runs on to school age.
OFFER_STAGES = [s for s in STAGES if s.key != "older"]

TITLE = "<h1>Start for Life: support from pregnancy to age 5</h1>"
# What the two levels mean, in the lead of /start-for-life/ (area stage pages say it under each level).
LEVELS_EXPLAINED = (
    "Services marked <strong>For every family</strong> are open to everyone. "
    "Services marked <strong>Extra support</strong> are for families who need more help: "
    "ask your midwife, health visitor or family hub about them."
)


def offer_services(services: Iterable[Service]) -> list[Service]:
    """The services in the offer: those for at least one stage from pregnancy to age 5."""
    keys = {s.key for s in OFFER_STAGES}
    return [s for s in services if keys.intersection(s.stages)]


def start_for_life_page(ctx: RenderContext) -> Page:
    """The whole offer on one page (see ``start_for_life_areas`` for an offer too big for one)."""
    here = urls.START_FOR_LIFE
    body = [
        TITLE,
        lead(ctx),
        '<nav aria-label="Choose your stage" class="fh-stages"><ul>',
        *[f'<li><a class="fh-stage-link" href="#{s.key}">{esc(s.heading)}</a></li>' for s in OFFER_STAGES],
        "</ul></nav>",
    ]
    for stage in OFFER_STAGES:
        body += _stage_section(stage, ctx, here)
    body += contact_section(ctx, here)
    return Page(url=here, title="Start for Life offer", body=body,
                description="Support for families from pregnancy to age 5, by stage, in plain words.")


def _stage_section(stage: Stage, ctx: RenderContext, here: str) -> list[str]:
    services = [s for s in ctx.site.services.values() if stage.key in s.stages]
    return [f'<section class="fh-stage" aria-labelledby="{stage.key}">',
            f'<h2 id="{stage.key}">{esc(stage.heading)}</h2>',
            *cards_by_level(services, ctx, here, heading="h3", card_heading="h4"),
            "</section>"]


def lead(ctx: RenderContext) -> str:
    return ('<p class="fh-lead">Help for you and your baby from pregnancy, through the first two years and on '
            f"to school. Everything here is from {esc(ctx.site.settings.council_name)} and its partners. "
            f"{LEVELS_EXPLAINED}</p>")


# What each level means, in a line under its heading where the lead does not say it.
LEVEL_NOTES = {
    "universal": "Open to everyone.",
    "universal-plus": "For families who need more help: ask your midwife, health visitor or family hub about them.",
}


def cards_by_level(services: list[Service], ctx: RenderContext, here: str, heading: str,
                   card_heading: str, explained: bool = False, area: str | None = None) -> list[str]:
    """For every family first, then extra support, each under its own heading (with its note if ``explained``).

    On an area's page (``area``) each card names only the venues in that area: a county's services run in
    many places, and the parent has already said where they live.

    The cards stay out of the search index: each service has its own page that search finds.
    """
    lines = []
    for level in LEVELS:
        at_level = [s for s in services if s.level == level]
        if not at_level:
            continue
        lines.append(f"<{heading}>{esc(LEVELS[level])}</{heading}>")
        if explained:
            lines.append(f"<p{NOT_SEARCHED}>{LEVEL_NOTES[level]}</p>")
        lines.append('<div class="fh-grid">')
        lines += [service_card(s, ctx, here, heading=card_heading, searchable=False, area=area) for s in at_level]
        lines.append("</div>")
    return lines


def contact_section(ctx: RenderContext, here: str, searchable: bool = True) -> list[str]:
    """Who to ask. ``searchable=False`` where it repeats on many pages, so search lists it once."""
    settings = ctx.site.settings
    address = settings.contact.address
    return [
        '<section class="fh-contact" aria-labelledby="ask-us">',
        f'<h2 id="ask-us"{"" if searchable else NOT_SEARCHED}>Not sure what you need? Ask us</h2>',
        "<p>Any family hub can help you find the right support. You do not need an appointment to ask.</p>",
        join(['<ul class="fh-list">', *contact_lines(settings.contact),
              f"<li>Write to {esc(settings.council_name)}, {esc(', '.join(address))}</li>" if address else "",
              f'<li><a href="{href(here, urls.VENUES)}">Find your nearest family hub</a></li>', "</ul>"]),
        "</section>",
    ]
