"""The home page: one click to the Start for Life offer and to every section."""

from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import Stage
from . import urls
from .fragments import RenderContext
from .html import esc, href, join
from .page import Page
from .start_for_life import OFFER_STAGES
from .start_for_life_areas import AREAS_ANCHOR, split_by_area


@dataclass(frozen=True)
class Section:
    """A way into the site, shown as a card on the home page."""

    url: str
    title: str
    blurb: str


def home_page(ctx: RenderContext, sections: list[Section]) -> Page:
    here = urls.HOME
    settings = ctx.site.settings
    welcome = settings.welcome or f"Free help and advice for families in {settings.council_name}."
    body = [
        '<section class="fh-hero" aria-labelledby="welcome">',
        f'<h1 id="welcome">{esc(settings.site_name)}</h1>',
        f'<p class="fh-lead">{ctx.text(welcome)}</p>',
        f'<p><a class="fh-button" href="{href(here, urls.START_FOR_LIFE)}">'
        "See the Start for Life offer: support from pregnancy to age 5</a></p>",
        "</section>",
        '<h2 id="by-stage">Support for your stage</h2>',
        '<ul class="fh-stages-list">',
        *[
            f'<li><a class="fh-stage-link" href="{href(here, urls.START_FOR_LIFE)}#{anchor}">{esc(s.heading)}</a></li>'
            for s, anchor in _stage_anchors(ctx)
        ],
        "</ul>",
        '<h2 id="find">Find what you need</h2>',
        '<div class="fh-grid fh-grid--sections">',
        *[_section_card(section, here) for section in sections],
        "</div>",
    ]
    return Page(url=here, title=settings.site_name, body=body, description=welcome, hide=("navigation", "toc"))


def _stage_anchors(ctx: RenderContext) -> list[tuple[Stage, str]]:
    """Where on /start-for-life/ each stage starts; split by area, every stage starts with choosing the area."""
    split = split_by_area(ctx.site)
    return [(stage, AREAS_ANCHOR if split else stage.key) for stage in OFFER_STAGES]


def _section_card(section: Section, here: str) -> str:
    return join([
        '<article class="fh-card fh-section">',
        f'<h3 class="fh-card__title"><a href="{href(here, section.url)}">{esc(section.title)}</a></h3>',
        f"<p>{esc(section.blurb)}</p>",
        "</article>",
    ])
