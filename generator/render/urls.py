"""Where each kind of page lives. URLs are part of the product: keep them stable.

Page URLs are written as MkDocs gives them (``services/baby-massage/``,
home is ``""``); the source path of the generated Markdown follows from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")

HOME = ""
START_FOR_LIFE = "start-for-life/"
SERVICES = "services/"
VENUES = "venues/"
GLOSSARY = "glossary/"
YOU_SAID_WE_DID = "you-said-we-did/"
ACCESSIBILITY = "accessibility/"
DATA = "data/"
CHILDCARE = "childcare/"  # every setting, or the list of wards (see generator.childcare.addresses)
WHATS_ON = "whats-on/"
CALENDARS = "calendars/"


def service(service_id: str) -> str:
    return f"services/{service_id}/"


def venue(venue_id: str) -> str:
    return f"venues/{venue_id}/"


def start_for_life_stage(area_slug: str, stage_key: str) -> str:
    """A stage of the offer in one area, when the offer is too big for one page."""
    return f"{START_FOR_LIFE}{area_slug}/{stage_key}/"


def ward_slug(ward: str) -> str:
    """The address part for a ward's name: "St Mary's & Oakfield" becomes "st-marys-oakfield"."""
    return re.sub(r"[^a-z0-9]+", "-", ward.lower().replace("'", "").replace("\u2019", "")).strip("-") or "ward"


def distinct_slugs(keys: list[K], name_of: Callable[[K], str]) -> dict[K, str]:
    """An address part for each key (a ward), never two the same, from ``name_of(key)``.

    Two names can make the same slug ("St Mary's" and "St Marys"). They must not share a page (one
    would silently replace the other), so the first key in the given order keeps the plain slug and
    the next get "-2", "-3" and so on, skipping any slug that another key has by its own name. The
    result depends only on the names and their order, so addresses stay the same from build to build.
    """
    plain = {key: ward_slug(name_of(key)) for key in keys}
    owner: dict[str, K] = {}
    for key in keys:
        owner.setdefault(plain[key], key)
    taken = set(owner)
    slugs = {}
    for key in keys:
        slug = plain[key]
        if owner[slug] != key:
            number = 2
            while f"{slug}-{number}" in taken:
                number += 1
            slug = f"{slug}-{number}"
            taken.add(slug)
        slugs[key] = slug
    return slugs


def free_page(slug: str) -> str:
    return f"{slug}/"


def source_path(url: str) -> str:
    """The Markdown file that MkDocs turns into the page at ``url``."""
    return url + "index.md" if url.endswith("/") or url == "" else url


def site_relative(url: str) -> str:
    """The URL as open data gives it: from the site root, with a leading slash."""
    return "/" + url
