"""Open Referral locations as the project's venues.

Name, summary, address, postcode, ward (the address's region) and area (its state or province), coordinates
and facilities come from the feed; a location's kind is taken to be ``community``. Open Referral UK has no
opening hours or review date for a location: those are left out and named in the report, as is a postcode
or a place that is not in the United Kingdom (the ORUK validator's mock location is at latitude 100). In this
project's own feed a facility that is not listed is one the venue does not have; in another feed that is not
known, so it is named for an editor to fill in.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError

from ..open_referral.taxonomies import (
    BUS_ROUTES_PREFIX,
    FACILITY_WORDS,
    PARKING_PREFIX,
)
from ..schema.common import DESCRIPTION_LIMIT, NAME_LIMIT, SLUG_LIMIT, TEXT_LIMIT, _check_postcode
from ..slugs import slug
from .oruk_map import (
    Context,
    VenueDraft,
    clean,
    described,
    known_id,
    left_over,
    split_description,
    summary_of,
    unique_id,
)
from .oruk_read import Json
from .oruk_report import Report, quoted

# Where England, Scotland, Wales and Northern Ireland are: coordinates outside are not a UK venue's.
UK_LATITUDES, UK_LONGITUDES = (49.8, 60.9), (-8.7, 1.8)
UK_COUNTRIES = {"gb", "uk", "united kingdom", "england", "great britain"}

# How the report asks about each facility.
FACILITY_QUESTIONS = {"step_free_access": "step-free access", "accessible_toilet": "an accessible toilet",
                      "baby_change": "baby changing", "feeding_space": "a quiet space to feed a baby"}
# The fields of a location and of its address that become a venue's; the report lists any others.
_LOCATION_USED = {"id", "location_type", "name", "description", "latitude", "longitude", "addresses", "accessibility"}
_ADDRESS_USED = {"id", "location_id", "address_1", "address_2", "city", "region", "state_province", "postal_code",
                 "country", "address_type"}


def map_location(ctx: Context, location_id: str) -> VenueDraft | None:
    location = ctx.feed.locations[location_id]
    report = ctx.report
    label = f"Location {quoted(location.get('name') or '(no name)')} ({location_id})"
    name = clean(location.get("name"), NAME_LIMIT, "", "name", Report("", ""), one_line=True)
    if location.get("location_type") in ("virtual", "postal"):
        ctx.refused_venues[location_id] = f"it is a {location['location_type']} location, not a place to visit"
        report.left_out(label, f"location_type {quoted(location['location_type'])}: not a place families visit, "
                        "so no venue was written")
        return None
    if name is None:
        ctx.refused_venues[location_id] = "it has no name"
        report.left_out(label, "no name, so no venue was written")
        return None
    recognised = known_id(ctx, "location", location_id, [slug(name), *ctx.session_words.get(location_id, [])])
    venue_id = (recognised if recognised and recognised not in ctx.taken["venues"]
                else unique_id(name, ctx.taken["venues"], "venue"))
    file = f"content/venues/{venue_id}.yml"
    if venue_id in ctx.existing["venues"]:
        ctx.refused_venues[location_id] = f"{file} already exists"
        report.left_out(label, f"not written: {file} already exists, and the import never writes over a file. "
                        "If it is the same place, use its id in the services' venues")
        return None
    ctx.taken["venues"].add(venue_id)
    if venue_id == recognised and venue_id != slug(name)[:SLUG_LIMIT]:
        report.derived(file, "id", f"'{venue_id}', the id it has where the feed was made (its UUID in the feed says "
                       "so)")
    data: dict[str, Any] = {"id": venue_id, "name": clean(location.get("name"), NAME_LIMIT, file, "name", report,
                                                          one_line=True),
                            "kind": "community"}
    report.derived(file, "kind", "'community': the feed does not say which kind of venue it is (main-hub, spoke, "
                   "outreach or community)")
    text = clean(location.get("description"), DESCRIPTION_LIMIT, file, "description", report)
    if text:
        summary, rest, _ = split_description(text)
        data["summary"] = clean(summary, TEXT_LIMIT, file, "summary", report)
        if rest:
            data["description"] = rest + ("\n" if "\n" in rest else "")
            report.derived(file, "summary", "the first paragraph of the feed's description; the rest is the "
                           "description")
    _address(ctx, location, label, file, data)
    _coordinates(ctx, location, label, file, data)
    _facilities(ctx, location, label, file, data)
    report.fill(file, "last_reviewed", "the feed has no review date for a location; write the day you check "
                "this entry")
    for key, value in left_over(location, _LOCATION_USED | {"schedules"}):
        report.left_out(label, described(key, value))
    if location.get("schedules"):
        report.left_out(label, "schedules: opening times of the location; write them as opening_hours")
    ctx.venues[location_id] = venue_id
    ctx.venue_names.setdefault(data["name"], venue_id)
    return VenueDraft(venue_id, data["name"], file, data)


def _address(ctx: Context, location: Json, label: str, file: str, data: dict[str, Any]) -> None:
    report = ctx.report
    addresses = [a for a in location.get("addresses") or [] if isinstance(a, dict)]
    physical = [a for a in addresses if a.get("address_type", "physical") == "physical"]
    address: Json | None = (physical or addresses)[0] if addresses else None
    for other in addresses:
        if other is not address:
            report.left_out(label, "another address: " + summary_of(other))
    if address is None:
        for name in ("address", "postcode", "ward", "area"):
            report.fill(file, name, "the feed gives no address for this location")
        return
    if address.get("address_type") not in (None, "physical"):
        report.derived(file, "address", f"the feed's {quoted(address['address_type'])} address (it has no physical "
                       "one): check it is where families go")
    if ctx.own:
        lines = str(address.get("address_1") or "").split(", ")
    else:
        lines = [str(address.get("address_1") or ""), str(address.get("address_2") or "")]
    lines.append(str(address.get("city") or ""))
    address_lines = [line for line in (clean(text, NAME_LIMIT, file, "address", report, one_line=True)
                                       for text in lines) if line]
    if address_lines:
        data["address"] = address_lines
    else:
        report.fill(file, "address", "the feed's address has no lines")
    postcode = str(address.get("postal_code") or "").strip()
    if not postcode:
        report.fill(file, "postcode", "the feed gives no postcode")
    else:
        try:
            data["postcode"] = _check_postcode(postcode)
        except PydanticCustomError:
            report.fill(file, "postcode", f"the feed's {quoted(postcode)} is not a UK postcode, so it was left out")
    for key, name in (("region", "ward"), ("state_province", "area")):
        value = clean(address.get(key), NAME_LIMIT, file, name, report, one_line=True)
        if value:
            data[name] = value
            if not ctx.own:
                report.derived(file, name, f"{quoted(value)}, the address's {key}: check it is the council's "
                               f"{name} name, spelt as for the other venues")
        else:
            report.fill(file, name, f"the feed's address has no {key}; write the {name}")
    country = str(address.get("country") or "").strip()
    if country and country.lower() not in UK_COUNTRIES:
        report.left_out(label, f"country {quoted(country)}: not the United Kingdom; check the address")
    for key, value in left_over(address, _ADDRESS_USED):
        report.left_out(label, described(f"address {key}", value))


def _coordinates(ctx: Context, location: Json, label: str, file: str, data: dict[str, Any]) -> None:
    latitude, longitude = location.get("latitude"), location.get("longitude")
    if latitude is None or longitude is None:
        ctx.report.fill(file, "coordinates", "the feed gives no latitude and longitude")
        return
    try:
        lat, lon = float(latitude), float(longitude)
    except (TypeError, ValueError):
        lat = lon = float("nan")
    if UK_LATITUDES[0] <= lat <= UK_LATITUDES[1] and UK_LONGITUDES[0] <= lon <= UK_LONGITUDES[1]:
        data["coordinates"] = {"latitude": lat, "longitude": lon}
    else:
        ctx.report.fill(file, "coordinates", f"the feed's latitude {quoted(latitude)} and longitude "
                        f"{quoted(longitude)} are not a place in the United Kingdom, so they were left out")


def _facilities(ctx: Context, location: Json, label: str, file: str, data: dict[str, Any]) -> None:
    report = ctx.report
    words = {text: key for key, text in FACILITY_WORDS.items()}
    found: dict[str, Any] = {}
    for entry in location.get("accessibility") or []:
        if not isinstance(entry, dict):
            continue
        text = str(entry.get("description") or entry.get("accessibility") or "").strip()
        if text in words:
            found[words[text]] = True
        elif text.startswith(PARKING_PREFIX.strip()):
            found["parking"] = clean(text[len(PARKING_PREFIX.strip()):], TEXT_LIMIT, file, "facilities.parking",
                                     report)
        elif text.startswith(BUS_ROUTES_PREFIX.strip()):
            routes = [clean(route, NAME_LIMIT, file, "facilities.bus_routes", report, one_line=True)
                      for route in text[len(BUS_ROUTES_PREFIX.strip()):].split(",")]
            found["bus_routes"] = [route for route in routes if route]
        else:
            report.left_out(label, "accessibility: " + summary_of(entry))
            continue
        for key, value in left_over(entry, {"id", "location_id", "description", "accessibility"}):
            report.left_out(label, described(f"accessibility {key}", value))
    facilities: dict[str, Any] = {}
    for key in FACILITY_WORDS:
        if key in found:
            facilities[key] = True
        elif ctx.own:
            facilities[key] = False
        else:
            report.fill(file, f"facilities.{key}", f"yes or no: the feed does not say whether it has "
                        f"{FACILITY_QUESTIONS[key]}")
    facilities.update({key: found[key] for key in ("parking", "bus_routes") if found.get(key)})
    data["facilities"] = facilities
