"""Open data files: every record with its id, name, page URL and public fields."""

from __future__ import annotations

from typing import Any

from .. import urls
from ..data_json import data_json
from ..publication import Publication
from ..schema.common import TimeRange
from ..site import Site
from .fragments import is_free


def _json(payload: dict[str, Any]) -> str:
    return data_json(payload, default=_encode)


def _encode(value: object) -> object:
    if isinstance(value, TimeRange):
        return {"opens": f"{value.opens:%H:%M}", "closes": f"{value.closes:%H:%M}"}
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def services_json(site: Site, published: Publication) -> str:
    records = []
    for service in site.services.values():
        record: dict[str, Any] = {"id": service.id, "name": service.name,
                                  "url": published.url(urls.service(service.id))}
        record.update(service.model_dump(mode="json", exclude={"id", "name", "owner", "translations"}))
        record["free"] = is_free(service)
        records.append(record)
    return _json({"council": site.settings.council_name, **published.terms(), "services": records})


def venues_json(site: Site, published: Publication) -> str:
    records = []
    for venue in site.venues.values():
        record: dict[str, Any] = {"id": venue.id, "name": venue.name, "url": published.url(urls.venue(venue.id))}
        record.update(venue.model_dump(exclude={"id", "name", "owner", "opening_hours", "photo", "translations"},
                                       mode="json"))
        record["opening_hours"] = {day: times for day, times in venue.opening_hours.by_day()}
        record["services"] = [s.id for s in site.services_at_venue.get(venue.id, [])]
        records.append(record)
    return _json({"council": site.settings.council_name, **published.terms(), "venues": records})
