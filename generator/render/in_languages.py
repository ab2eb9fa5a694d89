"""The key pages again in each community language the site lists, under ``/<code>/``.

A family arriving new needs the home page, Start for Life, What's on, the services, the family hubs and
childcare (with its explainer) first. Those pages are made again by the same renderers, from the context in
the language (``SiteContext.in_language``): its phrases from the catalogue, its records' words from the
editors' translations (``content_translations``). A link to a page the language has stays in it; any other
goes to the English page.

Each page in a language says how it was translated (when, by a person or by a machine), and which of its
parts are still in English. Every page that has other languages lists them all (``meta.languages``), which
the theme makes into the language switcher and sitemap.xml into ``hreflang`` pairs, the same list on every
version.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from .. import urls
from ..childcare.page import childcare_pages
from ..content_translations import Translated, service_in, settings_in, site_in, venue_in
from ..context import SiteContext
from ..forked import made_at_once
from ..languages import ENGLISH, phrases
from ..page import Page
from ..templating import render
from ..timetable.whats_on_wards import whats_on_pages
from .home import home_page
from .services import service_pages
from .start_for_life_areas import start_for_life_pages
from .venues import venue_pages

# The renderers of the home page and those sections, which make them from a context in any language.
MAKERS: tuple[Callable[[SiteContext], list[Page]], ...] = (
    lambda ctx: [home_page(ctx)], start_for_life_pages, whats_on_pages, service_pages, venue_pages, childcare_pages)


def is_in_languages(url: str) -> bool:
    """Whether the page at ``url`` is made in every language the site lists."""
    return url == urls.HOME or url.startswith(urls.IN_LANGUAGES)


def pages_in_languages(ctx: SiteContext, english: list[Page], forking: bool = False) -> list[Page]:
    """Every key page in every language the site lists; ``english``'s key pages are told of them.
    ``forking``: each language's pages are made in a process of their own (``forked.made_at_once``)."""
    codes = ctx.site.settings.languages
    if not codes:
        return []
    addresses = frozenset(page.url for page in english if is_in_languages(page.url))
    every = ",".join([ENGLISH, *codes])
    for page in english:
        if page.url in addresses:
            page.meta |= {"languages": every, "english_url": page.url}
    in_each = made_at_once([partial(_pages_in, ctx, code, addresses, every) for code in codes], forking)
    return [page for pages in in_each for page in pages]


def _pages_in(ctx: SiteContext, code: str, addresses: frozenset[str], every: str) -> list[Page]:
    """The key pages (at ``addresses`` in English) in the language ``code``."""
    in_language = ctx.in_language(site_in(ctx.site, code), code, addresses)
    records = _records_in(ctx, code)
    return [_moved(page, in_language, every, records.get(page.url)) for make in MAKERS for page in make(in_language)]


def _records_in(ctx: SiteContext, code: str) -> dict[str, Translated]:
    """The home page (the site's welcome), each service's and venue's page, and how its record is translated
    into ``code``."""
    found = {urls.HOME: settings_in(ctx.site.settings, code)}
    found |= {urls.service(i): service_in(s, code) for i, s in ctx.site.services.items()}
    return found | {urls.venue(i): venue_in(v, code) for i, v in ctx.site.venues.items()}


def _moved(page: Page, ctx: SiteContext, every: str, about: Translated | None) -> Page:
    """``page`` at its address in the language, with its title in it and the note on how it was translated."""
    words = phrases(ctx.language.code)
    note = render("languages/note.html", ctx=ctx, here=page.url, about=about,
                  interface_by_machine=words.by_machine)
    return Page(
        url=ctx.language.prefix + page.url, title=words.gettext(page.title), body=[note, *page.body],
        description=words.gettext(page.description) if page.description else None, hide=page.hide,
        meta={**page.meta, "lang": ctx.language.code, "languages": every, "english_url": page.url},
    )
