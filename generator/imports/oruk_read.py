"""Read an Open Referral UK 3.0 feed saved as files: every JSON file under a folder, each object known by its shape.

Two layouts come to the same thing here. A feed saved from an API is files such as ``service_list.json`` (a
page: ``contents`` and the paging fields) and ``service_full.json`` (one service). This project's own feed is
a tree of folders whose ``index.html`` holds the JSON (``openreferral/services/<id>/index.html``). File names
are not trusted: every object is recognised by its fields, and the objects nested in it (a service's
locations and schedules, a service at a location's service) are read too. The same record met several times
(in a list and in full, in a service and in a service at a location) is merged by its ``id``: the fuller
record's values win, and copies that disagree are noted for the report.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Json = dict[str, Any]

# How full a record is: an item of a list page, something nested in a file's one object, the object itself.
LISTED, NESTED, FULL = 0, 1, 2
# What a folder's web pages are called; this project's feed writes its JSON into files of this name.
INDEX = "index.html"

ORGANIZATION_FIELDS = {"organization_identifiers", "website", "logo", "services", "parent_organization_id", "email",
                       "legal_status", "year_incorporated", "funding", "contacts", "phones", "locations", "programs"}
SCHEDULE_FIELDS = {"freq", "byday", "opens_at", "closes_at", "bymonthday", "dtstart"}


@dataclass
class Link:
    """A service at a location: which service is given where."""

    service_id: str | None
    location_id: str | None


@dataclass
class Feed:
    """Every record read, merged by id, and what could not be read."""

    folder: Path
    services: dict[str, Json] = field(default_factory=dict)
    locations: dict[str, Json] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    at_locations: dict[str, Json] = field(default_factory=dict)  # the service at a location records themselves
    schedules: dict[str, Json] = field(default_factory=dict)
    schedule_owners: dict[str, Link] = field(default_factory=dict)  # service id, service at location id
    organizations: dict[str, Json] = field(default_factory=dict)
    taxonomies: dict[str, Json] = field(default_factory=dict)
    terms: dict[str, Json] = field(default_factory=dict)
    api: Json | None = None
    files_read: list[str] = field(default_factory=list)
    not_read: list[tuple[str, str]] = field(default_factory=list)  # file, why
    web_pages: int = 0  # index.html files that are web pages, not JSON (a site folder has many)
    notes: list[str] = field(default_factory=list)  # copies that disagree, records without an id

    def has_data(self) -> bool:
        return bool(self.services or self.locations or self.links)

    def organization_of(self, service: Json) -> Json | None:
        embedded = service.get("organization")
        org_id = (embedded or {}).get("id") or service.get("organization_id")
        if org_id and org_id in self.organizations:
            return self.organizations[org_id]
        return embedded if isinstance(embedded, dict) else None

    def locations_of(self, service_id: str) -> list[tuple[str, str]]:
        """(service at location id, location id) for each place the service is given, in the feed's order."""
        listed = [item.get("id") for item in _dicts(self.services.get(service_id, {}).get("service_at_locations"))]
        found = [(link_id, link.location_id) for link_id, link in self.links.items()
                 if link.service_id == service_id and link.location_id]
        return sorted(found, key=lambda pair: listed.index(pair[0]) if pair[0] in listed else len(listed))


def kind_of(record: Json) -> str | None:
    """What an object of the feed is, by its fields: ``service``, ``location`` and so on, or None."""
    keys = set(record)
    if isinstance(record.get("contents"), list):
        return "page"
    if "openapi_url" in keys or ("version" in keys and "profile" in keys):
        return "api"
    if ("location" in keys or "location_id" in keys) and not keys & ({"address_1", "postal_code"} | SCHEDULE_FIELDS):
        return "service_at_location"
    if "location_type" in keys or ("status" not in keys and keys & {"latitude", "addresses", "accessibility"}):
        return "location"
    if "name" in keys and "status" in keys:
        return "service"
    if keys & SCHEDULE_FIELDS:
        return "schedule"
    if "name" in keys and keys & {"term", "taxonomy", "taxonomy_id", "parent_id", "term_uri"}:
        return "taxonomy_term"
    if "name" in keys and keys & {"taxonomy_terms", "version"}:
        return "taxonomy"
    if "name" in keys and keys & ORGANIZATION_FIELDS:
        return "organization"
    if "name" in keys and "id" in keys and keys <= {"id", "name", "description", "uri"}:
        return "named"  # a taxonomy or an organisation: both are looked up by id only
    return None


class _Reader:
    def __init__(self, folder: Path) -> None:
        self.feed = Feed(folder)
        self.seen: dict[str, dict[str, list[tuple[int, Json, str]]]] = {}

    def add(self, kind: str, record: Json, rank: int, where: str) -> str | None:
        record_id = record.get("id")
        if not isinstance(record_id, str) or not record_id.strip():
            self.feed.notes.append(f"{where}: a {kind.replace('_', ' ')} without an id was skipped "
                                   f"({_label(record)})")
            return None
        self.seen.setdefault(kind, {}).setdefault(record_id, []).append((rank, record, where))
        return record_id

    def visit(self, record: Any, rank: int, where: str, owner: Link | None = None) -> None:
        if not isinstance(record, dict):
            return
        kind = kind_of(record)
        if kind == "page":
            self._paging(record, where)
            for item in record["contents"]:
                self.visit(item, LISTED, where)
        elif kind == "api":
            self.feed.api = record
        elif kind == "service":
            self._service(record, rank, where)
        elif kind == "service_at_location":
            self._at_location(record, rank, where, owner)
        elif kind == "location":
            self.add("location", record, rank, where)
        elif kind == "schedule":
            self._schedule(record, rank, where, owner)
        elif kind == "organization":
            self._organization(record, rank, where)
        elif kind == "taxonomy":
            self.add("taxonomy", record, rank, where)
            for term in _dicts(record.get("taxonomy_terms")):
                self.add("taxonomy_term", term, min(rank, NESTED), where)
        elif kind == "taxonomy_term":
            self.add("taxonomy_term", record, rank, where)
        elif kind == "named":
            self.add("taxonomy", record, rank, where)
            self.add("organization", record, rank, where)
        else:
            self.feed.notes.append(f"{where}: an object that is not part of an Open Referral feed was skipped "
                                   f"({_label(record)})")

    def _paging(self, page: Json, where: str) -> None:
        """A note when a saved page is not the whole list: the other pages' records are not in the files."""
        held, total, pages = len(page["contents"]), page.get("total_items"), page.get("total_pages")
        if isinstance(pages, int) and pages > 1:
            self.feed.notes.append(f"{where}: page {page.get('page_number', '?')} of {pages}; the records on the "
                                   "list's other pages are in the import only if their files were saved too")
        elif isinstance(total, int) and total != held:
            self.feed.notes.append(f"{where}: the page says it lists {total} items, but it holds {held}")

    def _service(self, record: Json, rank: int, where: str) -> None:
        service_id = self.add("service", record, rank, where)
        if service_id is None:
            return
        inner = min(rank, NESTED)
        organization = record.get("organization")
        if isinstance(organization, dict):
            self._organization(organization, inner, where)
        for number, item in enumerate(_dicts(record.get("service_at_locations"))):
            item = dict(item)
            location = item.get("location")
            location_id = item.get("location_id") or (location.get("id") if isinstance(location, dict) else None)
            item.setdefault("id", f"{service_id}@{location_id or number}")
            self._at_location(item, inner, where, Link(service_id, None))
        for number, schedule in enumerate(_dicts(record.get("schedules"))):
            schedule = dict(schedule)
            schedule.setdefault("id", f"{service_id}#{number}")
            self._schedule(schedule, inner, where, Link(service_id, None))
        for attribute in _dicts(record.get("attributes")):
            term = attribute.get("taxonomy_term")
            if isinstance(term, dict) and term.get("id"):
                self.add("taxonomy_term", term, inner, where)

    def _at_location(self, record: Json, rank: int, where: str, owner: Link | None) -> None:
        link_id = self.add("service_at_location", record, rank, where)
        if link_id is None:
            return
        inner = min(rank, NESTED)
        location = record.get("location")
        location_id = record.get("location_id")
        if isinstance(location, dict):
            location_id = location_id or location.get("id")
            self.add("location", location, inner, where)
        service = record.get("service")
        service_id = record.get("service_id") or (owner.service_id if owner else None)
        if isinstance(service, dict):
            service_id = service_id or service.get("id")
            self._service(service, inner, where)
        link = self.feed.links.setdefault(link_id, Link(None, None))
        link.service_id = link.service_id or service_id
        link.location_id = link.location_id or location_id
        for number, schedule in enumerate(_dicts(record.get("schedules"))):
            schedule = dict(schedule)
            schedule.setdefault("id", f"{link_id}#{number}")
            self._schedule(schedule, inner, where, Link(service_id, link_id))

    def _schedule(self, record: Json, rank: int, where: str, owner: Link | None) -> None:
        schedule_id = self.add("schedule", record, rank, where)
        if schedule_id is None:
            return
        known = self.feed.schedule_owners.setdefault(schedule_id, Link(None, None))
        service_id = record.get("service_id") or (owner.service_id if owner else None)
        link_id = record.get("service_at_location_id") or (owner.location_id if owner else None)
        known.service_id = known.service_id or service_id
        known.location_id = known.location_id or link_id  # here: the service at location's id

    def _organization(self, record: Json, rank: int, where: str) -> None:
        organization_id = self.add("organization", record, rank, where)
        for service in _dicts(record.get("services")):
            service = dict(service)
            if organization_id:
                service.setdefault("organization_id", organization_id)
            self._service(service, min(rank, NESTED), where)

    def merged(self) -> Feed:
        feed = self.feed
        targets = {"service": feed.services, "location": feed.locations, "service_at_location": feed.at_locations,
                   "schedule": feed.schedules, "organization": feed.organizations, "taxonomy": feed.taxonomies,
                   "taxonomy_term": feed.terms}
        for kind, records in self.seen.items():
            for record_id, copies in records.items():
                targets[kind][record_id] = _merge(copies)
                note = _disagreement(kind, record_id, copies)
                if note:
                    feed.notes.append(note)
        for link_id, link in feed.links.items():
            record = feed.at_locations.get(link_id, {})
            link.service_id = link.service_id or record.get("service_id")
            link.location_id = link.location_id or record.get("location_id")
        return feed


def read_feed(source: Path) -> Feed:
    """Every record of the feed saved under ``source`` (or under its ``openreferral/`` folder, for a site)."""
    folder = source / "openreferral" if (source / "openreferral").is_dir() else source
    reader = _Reader(source)
    for file in sorted(p for p in folder.rglob("*") if p.is_file() and (p.suffix == ".json" or p.name == INDEX)):
        where = file.relative_to(source).as_posix()
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            reader.feed.not_read.append((where, "it cannot be read as UTF-8 text"))
            continue
        if file.name == INDEX and not text.lstrip().startswith(("{", "[")):
            reader.feed.web_pages += 1
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            reader.feed.not_read.append((where, f"it is not JSON ({error.msg}, line {error.lineno})"))
            continue
        if isinstance(data, list):
            data = {"contents": data}
        if not isinstance(data, dict) or kind_of(data) is None:
            reader.feed.not_read.append((where, "it holds no Open Referral records"))
            continue
        reader.feed.files_read.append(where)
        reader.visit(data, FULL, where)
    return reader.merged()


def _merge(copies: list[tuple[int, Json, str]]) -> Json:
    """One record from its copies: the fullest copy's values win, a value only a list gives is kept."""
    merged: Json = {}
    for _, record, _ in sorted(copies, key=lambda copy: copy[0]):
        merged.update({key: value for key, value in record.items() if value not in (None, "", [], {})})
    return merged


def _disagreement(kind: str, record_id: str, copies: list[tuple[int, Json, str]]) -> str | None:
    """A note when copies of one record give different values for the same field."""
    if len(copies) < 2:
        return None
    differing = set()
    keys = set().union(*(record.keys() for _, record, _ in copies))
    for key in keys:
        values = {json.dumps(record[key], sort_keys=True) for _, record, _ in copies
                  if record.get(key) not in (None, "", [], {}) and not isinstance(record[key], (dict, list))}
        if len(values) > 1:
            differing.add(key)
    if not differing:
        return None
    files = Counter(where for _, _, where in copies)
    where = ", ".join(f"{count} in {name}" if count > 1 else name for name, count in sorted(files.items()))
    name = next((record["name"] for rank, record, _ in sorted(copies, key=lambda c: -c[0]) if record.get("name")), "")
    label = f" '{name}'" if name else ""
    return (f"{len(copies)} copies of the {kind.replace('_', ' ')}{label} ({record_id}) disagree on "
            f"{', '.join(sorted(differing))} ({where}); the fullest copy's values were used")


def _dicts(value: Any) -> list[Json]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _label(record: Json) -> str:
    name = record.get("name")
    if isinstance(name, str) and name.strip():
        return f"'{name.strip()[:60]}'"
    return "fields " + ", ".join(sorted(str(key) for key in record)[:6])
