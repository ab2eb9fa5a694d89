"""Where each kind of page lives. URLs are part of the product: keep them stable.

Page URLs are written as MkDocs gives them (``services/baby-massage/``,
home is ``""``); the source path of the generated Markdown follows from it.
"""

from __future__ import annotations

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
PRINT = "print/"  # the printed materials: the page that lists them, and their PDFs beside it
# The sections made again in each community language, with the home page, under /<code>/: what a family
# arriving new needs first (generator/render/in_languages.py).
IN_LANGUAGES = (START_FOR_LIFE, WHATS_ON, SERVICES, VENUES, CHILDCARE)

# The open data files. Other services read them from these addresses, so they must never change.
SERVICES_JSON = DATA + "services.json"
VENUES_JSON = DATA + "venues.json"
SESSIONS_JSON = DATA + "sessions.json"
CHILDCARE_JSON = DATA + "childcare.json"
CHILDCARE_CSV = DATA + "childcare.csv"
CHILDCARE_CSV_METADATA = CHILDCARE_CSV + "-metadata.json"  # CSV on the Web: found by the CSV's name
# The Open Referral UK feed's base address: its endpoints are folders below it (generator/open_referral/).
OPEN_REFERRAL = "openreferral/"


def service(service_id: str) -> str:
    return f"services/{service_id}/"


def venue(venue_id: str) -> str:
    return f"venues/{venue_id}/"


def start_for_life_stage(area_slug: str, stage_key: str) -> str:
    """A stage of the offer in one area, when the offer is too big for one page."""
    return f"{START_FOR_LIFE}{area_slug}/{stage_key}/"


# Calendar feeds: the whole timetable, and one per venue, service, stage and session. Families subscribe
# to these addresses, so they must never change.
ALL_SESSIONS_FEED = CALENDARS + "all.ics"


def venue_feed(venue_id: str) -> str:
    return f"{CALENDARS}venues/{venue_id}.ics"


def service_feed(service_id: str) -> str:
    return f"{CALENDARS}services/{service_id}.ics"


def stage_feed(stage_key: str) -> str:
    return f"{CALENDARS}stages/{stage_key}.ics"


def session_feed(session_id: str) -> str:
    return f"{CALENDARS}sessions/{session_id}.ics"


def free_page(slug: str) -> str:
    return f"{slug}/"


def source_path(url: str) -> str:
    """The Markdown file that MkDocs turns into the page at ``url``."""
    return url + "index.md" if url.endswith("/") or url == "" else url


def site_relative(url: str) -> str:
    """The URL as open data gives it: from the site root, with a leading slash."""
    return "/" + url
