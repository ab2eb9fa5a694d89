"""A place where families go: a main hub, spoke, outreach or community venue."""

from __future__ import annotations

from typing import Literal

from .common import Contact, Coordinates, Date, Description, Name, OpeningHours, Postcode, Record, Slug, Text, YesNo
from .translation import LanguageCode, VenueTranslation


class Facilities(Record):
    step_free_access: YesNo
    accessible_toilet: YesNo
    baby_change: YesNo
    feeding_space: YesNo
    parking: Text | None = None
    bus_routes: list[Name] = []


class Photo(Record):
    file: Name
    alt: Text


class Venue(Record):
    id: Slug
    name: Name
    kind: Literal["main-hub", "spoke", "outreach", "community"]
    summary: Text | None = None
    description: Description | None = None
    address: list[Name]
    postcode: Postcode
    ward: Name
    area: Name
    coordinates: Coordinates
    opening_hours: OpeningHours
    facilities: Facilities
    how_to_get_there: Text | None = None
    contact: Contact | None = None
    photo: Photo | None = None
    last_reviewed: Date
    owner: Name | None = None
    # The family-facing words in community languages, by language code (schema/translation.py).
    translations: dict[LanguageCode, VenueTranslation] = {}
