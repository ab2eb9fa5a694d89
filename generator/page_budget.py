"""No page may be heavier than a phone should download, whatever the content.

Every text field has a length limit, but many records together make a page
too: thousands of sessions in one ward, a glossary of thousands of terms. So
the finished pages are weighed (gzipped, as they travel) before anything is
published, and a page over the budget is a problem naming the file it is made
from and what to do about it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable

from . import urls
from .problems import Problem

# Each page as published: its HTML, gzipped, as it travels.
PAGE_BUDGET_BYTES = 150_000
# And unzipped: a cheap phone reads and lays out every byte. Thousands of sessions can make a page that
# gzips small but is megabytes long. The heaviest page of a county-sized sample is about 0.2 MB.
PAGE_TEXT_LIMIT_BYTES = 2_000_000
# The theme's header, navigation and footer around a generated page: about 3 KB gzipped, with room to spare.
THEME_BYTES = 10_000


def weight(text: str) -> int:
    """A generated page, gzipped, plus the theme around it."""
    data = text.encode("utf-8")
    # Gzip never makes text much bigger, so a page this small needs no weighing (almost every page).
    if len(data) + 100 + THEME_BYTES <= PAGE_BUDGET_BYTES:
        return len(data) + THEME_BYTES
    return len(gzip.compress(data, compresslevel=6)) + THEME_BYTES


def too_heavy(text: str) -> str | None:
    """How the page is too heavy for a phone, or None when it is not."""
    size = weight(text)
    if size > PAGE_BUDGET_BYTES:
        return f"would be {size // 1000} KB to download, more than the {PAGE_BUDGET_BYTES // 1000} KB"
    length = len(text.encode("utf-8"))
    if length > PAGE_TEXT_LIMIT_BYTES:
        return f"would be {length // 1_000_000} MB long, more than the {PAGE_TEXT_LIMIT_BYTES // 1_000_000} MB"
    return None


def oversized_pages(pages: Iterable[tuple[str, str]], files: dict[str, str],
                    languages: Iterable[str] = ()) -> list[Problem]:
    """A problem for each page, given as (address, generated text), over the budget. ``files`` maps a
    service's or venue's page address to the file it comes from. A page in one of ``languages`` (``ro/...``)
    comes from its English page's file, and is named only when the English page is light enough: one
    problem to fix, not one for each language."""
    prefixes = tuple(code + "/" for code in languages)
    heavy_pages = [(url, heavy) for url, text in pages if (heavy := too_heavy(text))]
    heavy_in_english = {url for url, _ in heavy_pages if not url.startswith(prefixes)}
    problems = []
    for url, heavy in heavy_pages:
        english = url.split("/", 1)[1] if url.startswith(prefixes) else url
        if english != url and english in heavy_in_english:
            continue
        path, advice = _source(english, files)
        problems.append(Problem(path, 0, f"the page {urls.site_relative(url)} {heavy} a page may be on a "
                                f"phone; {advice}"))
    return problems


# Where each section's pages come from, and what makes one lighter; the first prefix that fits wins.
_SECTIONS = [
    (urls.WHATS_ON, "timetable/sessions", "it lists too many sessions: lower 'whats_on_one_page_limit' in "
     "content/site.yml so that What's on is split by ward, or share the sessions out between more wards"),
    (urls.CALENDARS, "timetable/sessions", "it lists too many calendars: combine some services or venues"),
    (urls.CHILDCARE, "content/childcare", "it lists too many settings: lower 'childcare_one_page_limit' in "
     "content/site.yml so that the list is split by ward, or share the settings out between more wards"),
    (urls.START_FOR_LIFE, "content/services", "it lists too many services: lower 'start_for_life_one_page_limit' "
     "in content/site.yml so that the offer is split by area and stage, or shorten the services' summaries"),
    (urls.GLOSSARY, "content/glossary.yml", "shorten the meanings, or remove terms the site does not use"),
    (urls.YOU_SAID_WE_DID, "content/you-said-we-did.yml", "remove the oldest entries, or shorten them"),
    (urls.ACCESSIBILITY, "content/accessibility.yml", "shorten the known issues"),
]


def _source(url: str, files: dict[str, str]) -> tuple[str, str]:
    if url in files:
        kind = "service" if url.startswith(urls.SERVICES) else "venue"
        return files[url], (f"shorten its description, or spread its sessions over more {kind}s"
                            if kind == "service" else "shorten its description, or move some sessions elsewhere")
    if url == urls.SERVICES:
        return "content/services", "there are too many services to list on one page"
    if url == urls.VENUES:
        return "content/venues", "there are too many venues to list on one page"
    if url == urls.HOME:
        return "content/site.yml", "shorten the welcome"
    for prefix, path, advice in _SECTIONS:
        if url.startswith(prefix):
            return path, advice
    return f"content/pages/{url.strip('/')}.md", "shorten the page, or split it into two pages"
