"""The Start for Life offer: support by stage, for every family first, then extra support.

It is also the printed hard copy given to parents-to-be, so it carries the
council's contact details and prints without navigation (see theme CSS).
"""

from __future__ import annotations

from ..schema.service import Service
from ..vocabulary import LEVELS, STAGES, Stage
from . import urls
from .fragments import RenderContext, contact_lines, service_card
from .html import esc, href, join
from .page import Page

# Start for Life is the first 1,001 days; the page runs on to school age.
OFFER_STAGES = [s for s in STAGES if s.key != "older"]


def start_for_life_page(ctx: RenderContext) -> Page:
    here = urls.START_FOR_LIFE
    settings = ctx.site.settings
    body = [
        "<h1>Start for Life: support from pregnancy to age 5</h1>",
        '<p class="fh-lead">Help for you and your baby from pregnancy, through the first two years and on to '
        f"school. Everything here is from {esc(settings.council_name)} and its partners. "
        "Services marked <strong>For every family</strong> are open to everyone. "
        "Services marked <strong>Extra support</strong> are for families who need more help: "
        "ask your midwife, health visitor or family hub about them.</p>",
        '<nav aria-label="Choose your stage" class="fh-stages"><ul>',
        *[f'<li><a class="fh-stage-link" href="#{s.key}">{esc(s.heading)}</a></li>' for s in OFFER_STAGES],
        "</ul></nav>",
    ]
    for stage in OFFER_STAGES:
        body += _stage_section(stage, ctx, here)
    body += _contact_section(ctx, here)
    return Page(url=here, title="Start for Life offer", body=body,
                description="Support for families from pregnancy to age 5, by stage, in plain words.")


def _stage_section(stage: Stage, ctx: RenderContext, here: str) -> list[str]:
    services = [s for s in ctx.site.services.values() if stage.key in s.stages]
    section = [f'<section class="fh-stage" aria-labelledby="{stage.key}">',
               f'<h2 id="{stage.key}">{esc(stage.heading)}</h2>']
    for level in LEVELS:
        at_level: list[Service] = [s for s in services if s.level == level]
        if not at_level:
            continue
        section.append(f"<h3>{esc(LEVELS[level])}</h3>")
        section.append('<div class="fh-grid">')
        section += [service_card(s, ctx, here, heading="h4", searchable=False) for s in at_level]
        section.append("</div>")
    section.append("</section>")
    return section


def _contact_section(ctx: RenderContext, here: str) -> list[str]:
    settings = ctx.site.settings
    return [
        '<section class="fh-contact" aria-labelledby="ask-us">',
        '<h2 id="ask-us">Not sure what you need? Ask us</h2>',
        "<p>Any family hub can help you find the right support. You do not need an appointment to ask.</p>",
        join(['<ul class="fh-list">', *contact_lines(settings.contact),
              f'<li><a href="{href(here, urls.VENUES)}">Find your nearest family hub</a></li>', "</ul>"]),
        "</section>",
    ]
