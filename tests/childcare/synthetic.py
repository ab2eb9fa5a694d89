"""Many synthetic childcare settings, to measure the page at the size of a big county."""

from __future__ import annotations

import random

from generator.childcare.schema import ChildcareSetting

from .helpers import setting

TYPES = ["day-nursery", "pre-school", "school-nursery", "nursery-school", "childminder", "out-of-school-club"]
WARDS = [("Eastfield", "Central Exampleton"), ("Castle", "Central Exampleton"), ("Hollybank", "South Exampleton"),
         ("Oakwood", "North Exampleton"), ("Kingsway", "North Exampleton"), ("Millbrook", "South Exampleton")]


def county_wards(count: int) -> list[tuple[str, str]]:
    """``count`` made-up (ward, area) pairs in five areas, for settings spread as in a county."""
    return [(f"{WARDS[n % len(WARDS)][0]} {n // len(WARDS) + 1}", f"Area {n % 5 + 1}") for n in range(count)]


def synthetic_settings(count: int, seed: int = 2500,
                       wards: list[tuple[str, str]] | None = None) -> list[ChildcareSetting]:
    """``count`` valid settings with realistic, varied fees (deterministic for a seed), each in one of
    ``wards`` (the six of ``WARDS`` if not given)."""
    rnd = random.Random(seed)
    settings = []
    for n in range(count):
        ward, area = rnd.choice(wards or WARDS)
        hourly = rnd.randint(480, 900)
        fees = [
            {"from_months": "3", "to_months": "23", "per_hour": f"{hourly / 100:.2f}",
             "per_day": {"price": f"{hourly * 9 / 100:.2f}", "times": "08:00 to 18:00"}},
            {"from_months": "24", "to_months": "59", "sessions": [
                {"name": "Morning", "times": "08:00 to 13:00", "price": f"{hourly * 4.5 / 100:.2f}"},
                {"name": "Afternoon", "times": "13:00 to 18:00", "price": f"{hourly * 4.2 / 100:.2f}"}]},
        ]
        settings.append(setting(
            id=f"setting-{n:04d}",
            name=f"Synthetic {rnd.choice(['Acorns', 'Meadow', 'Riverside', 'Little Steps', 'Rainbow'])} {n}",
            type=rnd.choice(TYPES),
            summary="A made-up setting used to measure the size of the page.",
            ward=ward, area=area,
            address=[f"{rnd.randint(1, 200)} Example Road", f"{ward}, Exampleton"],
            coordinates={"latitude": f"{rnd.uniform(52.40, 52.46):.4f}",
                         "longitude": f"{rnd.uniform(-1.95, -1.85):.4f}"},
            ages={"from_months": "3", "to_months": "59"},
            opening_hours={d: "07:30 to 18:00" for d in ("monday", "tuesday", "wednesday", "thursday", "friday")},
            fees=fees,
            additional_charges=[{"name": "Lunch", "price": "2.50", "per": "day",
                                 "optional": rnd.choice(["yes", "no"])}],
            vacancies={"as_of": "2026-10-01", "places": rnd.choice(["yes", "no"]), "details": "Some places left."},
            send_support=rnd.choice(["yes", "no"]),
            languages=["English", rnd.choice(["Polish", "Urdu", "Romanian", "Arabic"])],
            contact={"phone": f"0300 123 {n:04d}", "email": f"setting{n}@example.org"},
        ))
    return settings


def cloned_settings(examples: list[ChildcareSetting], count: int, seed: int = 35,
                    wards_per_ward: int = 1) -> list[ChildcareSetting]:
    """``count`` settings made from real-looking examples, each with its own id, name, phone and place.

    Copies of the example borough's settings keep its variety of fees and wording, so the page
    compresses about as well as a real county's would. With ``wards_per_ward`` above 1 each
    example ward becomes that many ("Castle 1", "Castle 2", ...), as a county has more wards, and
    each copy goes to one of them at random, so every ward holds a mix of the examples.
    """
    rnd = random.Random(seed)
    areas = {e.ward: e.area for e in examples}
    wards = [(f"{ward} {k}", areas[ward]) for ward in sorted(areas) for k in range(1, wards_per_ward + 1)]
    clones = []
    for n in range(count):
        example = examples[n % len(examples)]
        ward, area = (example.ward, example.area) if wards_per_ward == 1 else rnd.choice(wards)
        clones.append(example.model_copy(update={
            "id": f"{example.id}-{n:04d}",
            "name": f"{example.name} {n}",
            "ward": ward,
            "area": area,
            "coordinates": example.coordinates.model_copy(update={
                "latitude": round(rnd.uniform(52.40, 52.46), 4), "longitude": round(rnd.uniform(-1.95, -1.85), 4)}),
            "contact": example.contact.model_copy(update={"phone": f"0300 {rnd.randint(100, 999)} {n:04d}"})
            if example.contact else None,
        }))
    return clones

