"""A place where families go: a main hub, spoke, outreach or community venue."""

from __future__ import annotations

import datetime
from typing import Literal

from .common import Contact, Coordinates, OpeningHours, Postcode, Record, Slug, Text, YesNo


class Facilities(Record):
    step_free_access: YesNo
    accessible_toilet: YesNo
    baby_change: YesNo
    feeding_space: YesNo
    parking: Text | None = None
    bus_routes: list[Text] = []


class Photo(Record):
    file: Text
    alt: Text


class Venue(Record):
    id: Slug
    name: Text
    kind: Literal["main-hub", "spoke", "outreach", "community"]
    summary: Text | None = None
    description: Text | None = None
    address: list[Text]
    postcode: Postcode
    ward: Text
    area: Text
    coordinates: Coordinates
    opening_hours: OpeningHours
    facilities: Facilities
    how_to_get_there: Text | None = None
    contact: Contact | None = None
    photo: Photo | None = None
    last_reviewed: datetime.date
    owner: Text | None = None
