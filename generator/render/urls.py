"""Where each kind of page lives. URLs are part of the product: keep them stable.

Page URLs are written as MkDocs gives them (``services/baby-massage/``,
home is ``""``); the source path of the generated Markdown follows from it.
"""

from __future__ import annotations

import re

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


def ward_slug(ward: str) -> str:
    """The address part for a ward's name: "St Mary's & Oakfield" becomes "st-marys-oakfield"."""
    return re.sub(r"[^a-z0-9]+", "-", ward.lower().replace("'", "").replace("\u2019", "")).strip("-") or "ward"


def whats_on_ward(ward: str) -> str:
    """What's on for one ward, when the timetable is too big for one page."""
    return f"{WHATS_ON}{ward_slug(ward)}/"


def childcare_ward(ward: str) -> str:
    """The childcare settings in one ward, when there are too many for one page."""
    return f"{CHILDCARE}{ward_slug(ward)}/"


def free_page(slug: str) -> str:
    return f"{slug}/"


def source_path(url: str) -> str:
    """The Markdown file that MkDocs turns into the page at ``url``."""
    return url + "index.md" if url.endswith("/") or url == "" else url


def site_relative(url: str) -> str:
    """The URL as open data gives it: from the site root, with a leading slash."""
    return "/" + url
