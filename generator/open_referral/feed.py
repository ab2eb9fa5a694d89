"""The Open Referral UK 3.0 feed as static files: the standard's nine GET endpoints under ``openreferral/``.

Every endpoint is a folder whose ``index.html`` holds the JSON answer: ``openreferral/services/`` for the
list and ``openreferral/services/{id}/`` for one service. A static host cannot have ``services`` as a file
and as a folder, and every host answers a folder's address (with or without its final slash, by a
redirect, which the validator follows) with its ``index.html``. Lists are one page with the paging fields;
the query (``?page=1``) is ignored by a static host, which is right while there is one page. EDITING.md
says how to set a host's headers (the JSON's media type, ``Access-Control-Allow-Origin: *``).

The text is written by ``data_json``, which escapes ``<``, ``>`` and ``&``: a browser that shows a file as
HTML shows JSON text, never an editor's markup.
"""

from __future__ import annotations

from typing import Any

from ..context import SiteContext
from ..data_json import data_json
from ..urls import OPEN_REFERRAL
from .records import FeedRecords, Json, compact
from .taxonomies import TAXONOMIES

VERSION = "3.0"
PROFILE = "https://github.com/OpenReferralUK/uk-profile"
OPENAPI_URL = "https://openreferraluk.org/specifications/3.0/openapi.json"
ENDPOINTS = ("services", "service_at_locations", "taxonomies", "taxonomy_terms")
INDEX = "index.html"


def endpoint_file(endpoint: str = "", item_id: str | None = None) -> str:
    """The file that answers ``/{endpoint}`` or ``/{endpoint}/{id}`` under the feed's base address."""
    parts = [OPEN_REFERRAL.rstrip("/"), endpoint, item_id or ""]
    return "/".join(part for part in parts if part) + "/" + INDEX


def feed_files(ctx: SiteContext) -> dict[str, str]:
    """Every file of the feed, by its path under the site."""
    records = FeedRecords(ctx)
    site = ctx.site
    services = list(site.services.values())
    at_venues = [(service, venue) for service in services for venue in records.venues_of(service)]
    items: dict[str, list[Json]] = {
        "services": [records.service(service) for service in services],
        "service_at_locations": [records.service_at_location(service, venue) for service, venue in at_venues],
        "taxonomies": [records.taxonomy(taxonomy) for taxonomy in TAXONOMIES],
        "taxonomy_terms": [records.taxonomy_term(taxonomy, key) for taxonomy in TAXONOMIES for key in taxonomy.terms],
    }
    listed: dict[str, list[Json]] = {
        "services": [records.service_basics(service) for service in services],
        "service_at_locations": [_listed_at_location(item) for item in items["service_at_locations"]],
        "taxonomies": [records.taxonomy(taxonomy, with_terms=False) for taxonomy in TAXONOMIES],
        "taxonomy_terms": items["taxonomy_terms"],
    }
    files = {endpoint_file(): _json({"version": VERSION, "profile": PROFILE, "openapi_url": OPENAPI_URL})}
    for endpoint in ENDPOINTS:
        files[endpoint_file(endpoint)] = _json(page(listed[endpoint]))
        for item in items[endpoint]:
            files[endpoint_file(endpoint, item["id"])] = _json(item)
    return files


def page(contents: list[Json]) -> Json:
    """A list as the standard's single page: every item on page 1."""
    return {"total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
            "first_page": True, "last_page": True, "empty": not contents, "contents": contents}


def _listed_at_location(item: Json) -> Json:
    """A service at a location as a list gives it: the ids, the location and the service's basics."""
    return {key: item[key] for key in ("id", "service_id", "location_id", "location", "service")}


def _json(payload: Any) -> str:
    return data_json(compact(payload), compact=True)

