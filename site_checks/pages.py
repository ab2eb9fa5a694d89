"""The pages of a built site, found in the site itself: one of every template, every page, and what a
page fetches from other sites by itself.

A council's services, venues, wards and free pages have its own ids, so nothing here names one. Only the
tool's own sections (``generator/urls.py``) are known in advance; of the pages that come in many
(a service, a venue, a ward, an area's stage, a free page) the fullest, the largest HTML file, stands
for its kind: it has the most of what the template can show.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from generator import urls

# The sections every site has, by kind: their address under the site.
SECTIONS = {
    "home": urls.HOME,
    "start-for-life": urls.START_FOR_LIFE,
    "services": urls.SERVICES,
    "venues": urls.VENUES,
    "whats-on": urls.WHATS_ON,
    "calendars": urls.CALENDARS,
    "childcare": urls.CHILDCARE,
    "glossary": urls.GLOSSARY,
    "you-said-we-did": urls.YOU_SAID_WE_DID,
    "accessibility": urls.ACCESSIBILITY,
    "open-data": urls.DATA,
    "print": urls.PRINT,
}
# Kinds that come in many: the folder they sit in, and how many folders deep their pages are.
MANY = {
    "start-for-life-stage": (urls.START_FOR_LIFE, 2),  # an area's stage, when the offer is split by area
    "service": (urls.SERVICES, 1),
    "venue": (urls.VENUES, 1),
    "whats-on-ward": (urls.WHATS_ON, 1),  # when What's on is split by ward
    "childcare-ward": (urls.CHILDCARE, 1),  # when the childcare list is split by ward
}
# Every kind of page, in the order a visitor meets them; a site may lack the split ones and free pages.
KINDS = ["home", "start-for-life", "start-for-life-stage", "services", "service", "venues", "venue", "whats-on",
         "whats-on-ward", "calendars", "childcare", "childcare-ward", "glossary", "you-said-we-did",
         "accessibility", "open-data", "print", "free-page", "404"]
# Why a site may lack a kind: said when its check is skipped.
WHY_ABSENT = {
    "start-for-life-stage": "the Start for Life offer is one page, not split by area and stage",
    "whats-on-ward": "What's on is one page, not split by ward",
    "childcare-ward": "the childcare list is one page, not split by ward",
    "free-page": "the site has no free pages (content/pages/)",
}
NOT_FREE_PAGES = ({address.strip("/") for address in SECTIONS.values()} - {""}) | {"openreferral"}
# The kinds of page each community language has (generator/render/in_languages.py), under /<code>/.
IN_LANGUAGES = ["home", "services", "service", "venues", "venue"]


def languages(site: Path) -> list[str]:
    """The community languages the site is published in: each is a folder with its own search index."""
    return sorted(folder.name for folder in site.iterdir() if (folder / "search" / "search_index.json").is_file())


def pages_in_languages(site: Path) -> dict[str, str]:
    """For each community language, one page of each kind it has: ``kind in code`` -> address under the site."""
    found = {}
    for code in languages(site):
        for kind, address in template_pages(site / code).items():
            if kind in IN_LANGUAGES:
                found[f"{kind} in {code}"] = f"{code}/{address}"
    return found


def _fullest(pages: list[Path]) -> Path | None:
    """The largest page, the first by name among equals."""
    return min(pages, key=lambda page: (-page.stat().st_size, page.as_posix()), default=None)


def _address(site: Path, page: Path) -> str:
    """A page's address under the site, as a link gives it: ``services/x/`` for ``services/x/index.html``."""
    return page.relative_to(site).as_posix().removesuffix("index.html")


def template_pages(site: Path) -> dict[str, str]:
    """One page of each kind the built ``site`` has: kind -> address under the site (home is ``""``)."""
    found = {kind: address for kind, address in SECTIONS.items() if (site / address / "index.html").is_file()}
    for kind, (folder, depth) in MANY.items():
        fullest = _fullest(sorted((site / folder).glob("*/" * depth + "index.html")))
        if fullest is not None:
            found[kind] = _address(site, fullest)
    codes = languages(site)
    free = [folder / "index.html" for folder in sorted(site.iterdir())
            if folder.is_dir() and folder.name not in NOT_FREE_PAGES | set(codes)
            and (folder / "index.html").is_file()]
    if free:
        found["free-page"] = _address(site, _fullest(free))
    if (site / "404.html").is_file():
        found["404"] = "404.html"
    return {kind: found[kind] for kind in KINDS if kind in found}


# Folders of a built site that hold data, not pages: the Open Referral feed's answers are JSON, in
# index.html files so that every host answers a folder's address with them (generator/open_referral/feed.py).
DATA_FOLDERS = {"openreferral"}


def html_pages(site: Path) -> list[Path]:
    """Every page of the built ``site``: its HTML files outside the data folders."""
    return sorted(page for page in site.rglob("*.html") if page.relative_to(site).parts[0] not in DATA_FOLDERS)


def page_addresses(site: Path, site_url: str) -> list[str]:
    """The address of every built page where ``site`` is served at ``site_url``."""
    return [site_url + _address(site, page) for page in html_pages(site)]


class Resources(HTMLParser):
    """Addresses a browser fetches by itself on opening a page (not links a person follows)."""

    FETCHING_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch", "preconnect"}

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio", "embed") and values.get("src"):
            self.addresses.append(values["src"])
        if tag == "link" and set((values.get("rel") or "").split()) & self.FETCHING_RELS:
            self.addresses.append(values.get("href") or "")


CSS_FROM_ANOTHER_SITE = re.compile(r"url\((?:'|\")?(?:https?:)?//|@import", re.IGNORECASE)


def fetched_from_other_sites(html: str) -> list[str]:
    """What a page's HTML makes a browser fetch from another site by itself."""
    parser = Resources()
    parser.feed(html)
    return [a for a in parser.addresses if urlparse(a).netloc or a.startswith("//")]
