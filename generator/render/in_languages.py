"""The key pages again in each community language the site lists, under ``/<code>/``.

A family arriving new needs the home page, the services and the family hubs first; those pages are made
again by the same renderers, from the context in the language (``SiteContext.in_language``): its phrases from
the catalogue, its records' words from the editors' translations (``content_translations``). A link to a
page the language has stays in it; any other goes to the English page.

Each page in a language says how it was translated (when, by a person or by a machine), and which of its
parts are still in English. Every page that has other languages lists them all (``meta.languages``), which
the theme makes into the language switcher and the ``hreflang`` links, the same list on every version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from .. import urls
from ..content_translations import Translated, service_in, site_in, venue_in
from ..context import SiteContext
from ..languages import ENGLISH, phrases
from ..markup import up_to_root
from ..page import Page
from ..templating import render
from .home import home_page
from .services import service_page, services_index
from .venues import venue_page, venues_index

# The link to the English page is in English, for whoever reads English better than the page's language.
READ_IN_ENGLISH = "Read this page in English"


@dataclass(frozen=True)
class InLanguage:
    """A page to make in a language: its English address, how to make it, and the record it shows."""

    url: str
    make: Callable[[SiteContext], Page]
    about: Callable[[str], Translated] | None = None


def key_pages(ctx: SiteContext) -> list[InLanguage]:
    """The pages every language has, in the order a family meets them."""
    site = ctx.site
    pages = [InLanguage(urls.HOME, home_page), InLanguage(urls.SERVICES, services_index),
             InLanguage(urls.VENUES, venues_index)]
    pages += [InLanguage(urls.service(i), partial(_service_page, i), partial(service_in, s))
              for i, s in site.services.items()]
    pages += [InLanguage(urls.venue(i), partial(_venue_page, i), partial(venue_in, v)) for i, v in site.venues.items()]
    return pages


def _service_page(service_id: str, ctx: SiteContext) -> Page:
    return service_page(ctx.site.services[service_id], ctx)


def _venue_page(venue_id: str, ctx: SiteContext) -> Page:
    return venue_page(ctx.site.venues[venue_id], ctx)


def pages_in_languages(ctx: SiteContext, english: list[Page]) -> list[Page]:
    """Every key page in every language the site lists; ``english``'s key pages are told of them."""
    codes = ctx.site.settings.languages
    if not codes:
        return []
    wanted = key_pages(ctx)
    addresses = frozenset(page.url for page in wanted)
    every = ",".join([ENGLISH, *codes])
    for page in english:
        if page.url in addresses:
            page.meta |= {"languages": every, "english_url": page.url}
    made = []
    for code in codes:
        in_language = ctx.in_language(site_in(ctx.site, code), code, addresses)
        for wanted_page in wanted:
            page = wanted_page.make(in_language)
            made.append(_moved(page, in_language, every, wanted_page.about(code) if wanted_page.about else None))
    return made


def _moved(page: Page, ctx: SiteContext, every: str, about: Translated | None) -> Page:
    """``page`` at its address in the language, with its title in it and the note on how it was translated."""
    words = phrases(ctx.language.code)
    note = render("languages/note.html", ctx=ctx, here=page.url, about=about,
                  english="../" + up_to_root(page.url) + page.url, in_english=READ_IN_ENGLISH)
    return Page(
        url=ctx.language.prefix + page.url, title=words.gettext(page.title), body=[note, *page.body],
        description=words.gettext(page.description) if page.description else None, hide=page.hide,
        meta={**page.meta, "lang": ctx.language.code, "dir": ctx.language.direction, "languages": every,
              "english_url": page.url},
    )
