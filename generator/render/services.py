"""The services A to Z page and one page per service."""

from __future__ import annotations

from ..schema.service import Service
from ..timetable.pages import service_feed_meta, service_timetable
from ..vocabulary import STAGE_BY_KEY, THEMES
from . import urls
from .fragments import RenderContext, fact, how_to_get_it, reviewed, service_tags, where
from .html import esc, href, labels_in_a_sentence, list_words, markdown_html
from .page import Page


def service_pages(ctx: RenderContext) -> list[Page]:
    return [services_index(ctx)] + [service_page(s, ctx) for s in ctx.site.services.values()]


def services_index(ctx: RenderContext) -> Page:
    """Every service by theme, so a long list never lands in the navigation."""
    here = urls.SERVICES
    body = [
        "<h1>Services for families</h1>",
        f"<p class=\"fh-lead\">All {len(ctx.site.services)} services, grouped by what they help with. "
        f'For support by your baby\'s age, see the <a href="{href(here, urls.START_FOR_LIFE)}">'
        "Start for Life offer</a>.</p>",
        '<nav aria-label="Themes" class="fh-jump"><ul>',
        *[f'<li><a href="#{key}">{esc(label)}</a></li>' for key, label in THEMES.items() if _with_theme(ctx, key)],
        "</ul></nav>",
    ]
    for key, label in THEMES.items():
        services = _with_theme(ctx, key)
        if not services:
            continue
        body += [f'<h2 id="{key}">{esc(label)}</h2>', '<ul class="fh-list">']
        body += [
            f'<li><a href="{href(here, urls.service(s.id))}">{esc(s.name)}</a> '
            f'<span class="fh-list__summary">{ctx.text(s.summary)}</span></li>'
            for s in services
        ]
        body.append("</ul>")
    return Page(url=here, title="Services for families", body=body,
                description="Every family hub service in one list, grouped by what it helps with.")


def _themes(service: Service) -> str:
    """The themes, each a line: some have "and" in them, so joined they run together."""
    if len(service.themes) == 1:
        return esc(THEMES[service.themes[0]])
    return '<ul class="fh-lines">' + "".join(f"<li>{esc(THEMES[t])}</li>" for t in service.themes) + "</ul>"


def _with_theme(ctx: RenderContext, theme: str) -> list[Service]:
    return [s for s in ctx.site.services.values() if theme in s.themes]


def service_page(service: Service, ctx: RenderContext) -> Page:
    here = urls.service(service.id)
    stages = labels_in_a_sentence([STAGE_BY_KEY[s].short for s in service.stages])
    body = [
        f"<h1>{esc(service.name)}</h1>",
        service_tags(service),
        f'<p class="fh-lead">{ctx.text(service.summary)}</p>',
        '<dl class="fh-facts fh-facts--wide">',
        fact("Who it's for", ctx.text(service.who_it_is_for)),
        fact("Ages and stages", esc(stages)),
        fact("How to get it", how_to_get_it(service, ctx)),
        fact("Cost", ctx.text(service.cost)),
        fact("Where", where(service, ctx, here)),
        fact("Languages", esc(list_words(service.languages))),
        fact("Run by", ctx.text(service.provider)),
        fact("Helps with", _themes(service)),
        "</dl>",
    ]
    # What the service is comes before when and where: on a phone the dates, timetable and calendar
    # links run to several screens.
    if service.description:
        body += ['<h2 id="about">About this service</h2>', ctx.abbreviations.mark(markdown_html(service.description))]
    if service.links:
        body += ['<h2 id="more-information">More information</h2>', '<ul class="fh-list">']
        body += [f'<li><a href="{esc(link.url)}">{esc(link.text)}</a></li>' for link in service.links]
        body.append("</ul>")
    body += service_timetable(service, ctx, here)
    body.append(reviewed(service.last_reviewed))
    return Page(url=here, title=service.name, body=body, description=service.summary,
                meta={"service_id": service.id, **service_feed_meta(service, ctx)})


