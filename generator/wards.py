"""Wards, as What's on and the childcare list use them when they split into one page per ward.

A ward is a ward name *and* an area, as venues and childcare settings name them: a county can have a
"Castle" ward in two districts, and those are two wards, each with its own middle and its own page.

There is no ward boundary file and no geocoder: a ward's middle is the average position of the places
in it, which is close enough to rank distances within a council, and moves with the content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from .distance import miles
from .schema.common import Coordinates
from .slugs import distinct_slugs

WardKey = tuple[str, str]  # (ward name, area)


class Place(Protocol):
    """A venue or a childcare setting: anything that names its ward and area and is on the map."""

    @property
    def ward(self) -> str: ...

    @property
    def area(self) -> str: ...

    @property
    def coordinates(self) -> Coordinates: ...


P = TypeVar("P", bound=Place)


@dataclass(frozen=True)
class Ward:
    name: str
    area: str
    # The ward's middle, rounded to 4 places (about 10 metres): enough to rank distances, and the
    # same on every machine.
    latitude: float
    longitude: float

    @property
    def key(self) -> WardKey:
        return (self.name, self.area)


W = TypeVar("W", bound=Ward)


def key_of(place: Place) -> WardKey:
    return (place.ward, place.area)


def name_order(key: WardKey) -> tuple[str, str, str, str]:
    """Wards by name (ignoring case), then by area: the same order in every build."""
    name, area = key
    return (name.casefold(), name, area.casefold(), area)


def by_ward(places: Iterable[P]) -> dict[WardKey, list[P]]:
    """``places`` grouped by their (ward, area), each group in the order given."""
    groups: dict[WardKey, list[P]] = {}
    for place in places:
        groups.setdefault(key_of(place), []).append(place)
    return groups


def middle(places: list[P]) -> tuple[float, float]:
    """The average position of ``places``, as (latitude, longitude)."""
    latitudes = [p.coordinates.latitude for p in places]
    longitudes = [p.coordinates.longitude for p in places]
    return round(sum(latitudes) / len(latitudes), 4), round(sum(longitudes) / len(longitudes), 4)


def wards_of(places: Iterable[Place]) -> list[Ward]:
    """One ward for each (ward, area) that ``places`` name, at the middle of its places, in name order."""
    groups = by_ward(places)
    return [Ward(name, area, *middle(groups[(name, area)])) for name, area in sorted(groups, key=name_order)]


def addresses(keys: Iterable[WardKey], section: str) -> dict[WardKey, str]:
    """A page under ``section`` (``whats-on/``, ``childcare/``) for each ward, never two the same.

    "St Mary's" and "St Marys", or "Castle" in two areas, make the same slug; the first in name order
    (then area order) keeps it and the next are numbered, as ``distinct_slugs`` explains. The
    order the wards are found in does not matter.
    """
    ordered = sorted(set(keys), key=name_order)
    return {key: f"{section}{slug}/" for key, slug in distinct_slugs(ordered, lambda key: key[0]).items()}


def labels(keys: Iterable[WardKey]) -> dict[WardKey, str]:
    """How to name each ward where wards of every area are listed together: its name, and its area in
    brackets when another ward has the same name ("Castle (North)" and "Castle (South)")."""
    keys = list(keys)
    areas: dict[str, set[str]] = {}
    for name, area in keys:
        areas.setdefault(name, set()).add(area)
    return {(name, area): name if len(areas[name]) == 1 else f"{name} ({area})" for name, area in keys}


def nearest(ward: W, wards: list[W], count: int = 3) -> list[W]:
    """The ``count`` other wards whose middles are closest to this one's (ties in name order)."""
    others = [w for w in wards if w.key != ward.key]

    def distance(other: Ward) -> float:
        return miles(ward.latitude, ward.longitude, other.latitude, other.longitude)

    return sorted(others, key=lambda w: (distance(w), name_order(w.key)))[:count]
