"""The services A to Z page and one page per service (``templates/services/``)."""

from __future__ import annotations

from typing import NamedTuple

from markupsafe import Markup

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..schema.service import Service
from ..sentences import list_words
from ..templating import render
from ..timetable.pages import service_feed_meta, service_timetable
from ..translation import N_
from ..vocabulary import STAGE_BY_KEY, THEMES
from .fragments import service_brief


class Theme(NamedTuple):
    key: str
    label: str
    services: list[Service]


def service_pages(ctx: SiteContext) -> list[Page]:
    return [services_index(ctx)] + [service_page(s, ctx) for s in ctx.site.services.values()]


def services_index(ctx: SiteContext) -> Page:
    """Every service by theme, so a long list never lands in the navigation."""
    here = urls.SERVICES
    themes = [Theme(key, label, services) for key, label in THEMES.items() if (services := _with_theme(ctx, key))]
    body = render("services/index.html", ctx=ctx, here=here, count=len(ctx.site.services), themes=themes)
    return Page(url=here, title=N_("Services for families"), body=[body],
                description=N_("Every family hub service in one list, grouped by what it helps with."))


def _with_theme(ctx: SiteContext, theme: str) -> list[Service]:
    return [s for s in ctx.site.services.values() if theme in s.themes]


def service_page(service: Service, ctx: SiteContext) -> Page:
    here = urls.service(service.id)
    body = render(
        "services/page.html", ctx=ctx, here=here,
        brief=service_brief(service, ctx.site),
        stages=ctx.labels_in_a_sentence([STAGE_BY_KEY[s].short for s in service.stages]),
        languages=list_words(service.languages),
        themes=[ctx.phrase(THEMES[t]) for t in service.themes],
        # The timetable's own markup, already made from its templates (generator/timetable/pages.py).
        timetable=Markup("\n".join(service_timetable(service, ctx, here))),
    )
    return Page(url=here, title=service.name, body=[body], description=service.summary,
                meta={"service_id": service.id, **service_feed_meta(service, ctx)})
