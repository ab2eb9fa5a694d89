"""Wards for What's on, when the timetable is too big for one page.

A ward is the ward and area that venues name. Only wards where something is
on get a page. There is no ward boundary file: a ward's centre is the average
position of its venues, which is close enough to say which wards are near.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..distance import miles
from ..render import urls
from ..schema.venue import Venue


@dataclass(frozen=True)
class Ward:
    name: str
    area: str
    url: str  # the ward's What's on page
    venue_ids: tuple[str, ...]  # its venues with sessions, in the site's venue order
    latitude: float
    longitude: float


def wards_of_venues(venues: list[Venue]) -> list[Ward]:
    """One ward per (ward, area) pair named by ``venues``, in area then ward name order, each at its own address.

    The pair, not the name alone, is the ward: a county can have a "Castle" ward in two districts.
    """
    groups: dict[tuple[str, str], list[Venue]] = {}
    for venue in venues:
        groups.setdefault((venue.ward, venue.area), []).append(venue)
    addresses = distinct_addresses(list(groups))
    wards = [_ward(name, area, addresses[(name, area)], members) for (name, area), members in groups.items()]
    return sorted(wards, key=lambda w: (w.area.casefold(), w.area, w.name.casefold(), w.name))


def _ward(name: str, area: str, url: str, venues: list[Venue]) -> Ward:
    latitudes = [v.coordinates.latitude for v in venues]
    longitudes = [v.coordinates.longitude for v in venues]
    # Rounded to 4 places (about 10 metres): enough to rank distances, and the same on every machine.
    return Ward(name, area, url, tuple(v.id for v in venues),
                round(sum(latitudes) / len(latitudes), 4), round(sum(longitudes) / len(longitudes), 4))


def distinct_addresses(wards: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A What's on address for each (ward, area), never two the same.

    "St Mary's" and "St Marys", or "Castle" in two areas, make the same slug; the first in name order
    (then area order) keeps it and the next are numbered, as ``urls.distinct_slugs`` explains.
    """
    ordered = sorted(wards, key=lambda w: (w[0].casefold(), w[0], w[1].casefold(), w[1]))
    return {ward: f"{urls.WHATS_ON}{slug}/" for ward, slug in urls.distinct_slugs(ordered, lambda w: w[0]).items()}


def nearest(ward: Ward, wards: list[Ward], count: int = 3) -> list[Ward]:
    """The ``count`` other wards whose centres are closest to this one's (ties in name order)."""
    others = [w for w in wards if w.url != ward.url]
    def distance(other: Ward) -> float:
        return miles(ward.latitude, ward.longitude, other.latitude, other.longitude)

    return sorted(others, key=lambda w: (distance(w), w.name.casefold(), w.url))[:count]
