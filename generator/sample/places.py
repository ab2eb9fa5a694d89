"""Towns, areas and venues: where everything in a sample happens."""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import words
from .yamltext import block_text, flow_list, scalar

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Venue names by their place in a town, so names are unique without a counter:
# the first venue in every town is its family hub.
VENUE_TEMPLATES = [
    ("{town} Family Hub", "main-hub"),
    ("{town} Children's Centre", "spoke"),
    ("{town} Library", "community"),
    ("St Mary's Church Hall, {town}", "outreach"),
    ("{town} Community Centre", "community"),
    ("{town} Primary School Family Room", "outreach"),
    ("{town} Leisure Centre", "community"),
]
PARKING = ["Free car park with 20 spaces", "Pay and display nearby", "No parking; 2 blue badge bays by the door"]


@dataclass(frozen=True)
class Town:
    name: str
    area: str
    district: int
    latitude: float
    longitude: float


@dataclass
class Venue:
    id: str
    name: str
    kind: str
    town: Town
    hours: dict[str, tuple[str, str] | None]


def make_towns(rng: random.Random, count: int) -> list[Town]:
    towns = []
    for i, name in enumerate(words.TOWNS[:count]):
        area = f"{words.AREAS[i % len(words.AREAS)]} Exampleshire"
        towns.append(Town(name, area, i + 1, round(52.0 + rng.random(), 4), round(-2.0 + rng.random(), 4)))
    return towns


def _hours(rng: random.Random, kind: str) -> dict[str, tuple[str, str] | None]:
    """Opening hours by kind of venue: hubs open longest, outreach rooms only on some days."""
    hours: dict[str, tuple[str, str] | None]
    if kind == "main-hub":
        hours = {day: ("08:30", "17:00") for day in DAYS[:5]}
        hours[rng.choice(DAYS[1:4])] = ("08:30", "19:30")  # a late evening for working parents
        hours["saturday"] = ("09:30", "12:30") if rng.random() < 0.5 else None
    elif kind == "spoke":
        hours = {day: ("09:00", "16:30") for day in DAYS[:5]}
    elif kind == "community":
        hours = {day: ("09:00", "17:30") for day in DAYS[:6]}
    else:
        open_days = sorted(rng.sample(range(5), 3))
        hours = {DAYS[d]: ("09:00", "15:00") for d in open_days}
    return {day: hours.get(day) for day in DAYS}


def make_venues(rng: random.Random, towns: list[Town], count: int) -> list[Venue]:
    venues = []
    for i in range(count):
        town = towns[i % len(towns)]
        template, kind = VENUE_TEMPLATES[(i // len(towns)) % len(VENUE_TEMPLATES)]
        name = template.format(town=town.name)
        venues.append(Venue(words.slug(name), name, kind, town, _hours(rng, kind)))
    return venues


def venue_yaml(rng: random.Random, venue: Venue) -> str:
    town = venue.town
    street = rng.choice(words.STREETS)
    lines = [
        f"id: {venue.id}",
        f"name: {scalar(venue.name)}",
        f"kind: {venue.kind}",
        f"summary: {scalar(f'A {_kind_words(venue.kind)} in {town.name}, close to buses and shops.')}",
        f"description: {block_text(words.paragraphs(rng, rng.randint(3, 6)), 2)}",
        "address:",
        f"  - {rng.randint(1, 120)} {street}",
        f"  - {scalar(town.name + ', Exampleshire')}",
        f"postcode: {words.postcode(rng, town.district)}",
        f"ward: {scalar(town.name)}",
        f"area: {scalar(town.area)}",
        "coordinates:",
        f"  latitude: {town.latitude + rng.uniform(-0.01, 0.01):.4f}",
        f"  longitude: {town.longitude + rng.uniform(-0.01, 0.01):.4f}",
        "opening_hours:",
    ]
    for day, hours in venue.hours.items():
        lines.append(f"  {day}: {hours[0]} to {hours[1]}" if hours else f"  {day}: closed")
    step_free = rng.random() < 0.85
    lines += [
        "facilities:",
        f"  step_free_access: {scalar(step_free)}",
        f"  accessible_toilet: {scalar(step_free and rng.random() < 0.9)}",
        f"  baby_change: {scalar(rng.random() < 0.9)}",
        f"  feeding_space: {scalar(rng.random() < 0.7)}",
        f"  parking: {scalar(rng.choice(PARKING))}",
        f"  bus_routes: {flow_list([str(rng.randint(1, 99)) for _ in range(rng.randint(1, 3))])}",
        f"how_to_get_there: {scalar(f'Buses stop on {street}, a short walk from the entrance.')}",
        "contact:",
        f"  phone: {words.phone(rng)}",
        f"  email: {venue.id[:40].rstrip('-')}@example.gov.uk",
        f"last_reviewed: 2026-{rng.randint(8, 11):02d}-{rng.randint(1, 15):02d}",
        "owner: Family hubs team",
    ]
    return "\n".join(lines) + "\n"


def _kind_words(kind: str) -> str:
    return {"main-hub": "family hub", "spoke": "children's centre", "community": "community building",
            "outreach": "room we use for groups"}[kind]
