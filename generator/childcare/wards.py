"""Ward centres for "near me", worked out from the content itself.

There is no ward boundary file and no geocoder: the centre of a ward is the
average position of every venue and childcare setting in that ward. That is
close enough to rank settings by distance within a borough, and it moves
with the content (a new ward appears as soon as something in it is listed).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..distance import miles
from ..site import Site


@dataclass(frozen=True)
class WardCentre:
    ward: str
    area: str
    latitude: float
    longitude: float


def ward_centres(site: Site) -> list[WardCentre]:
    """One centre per ward named by a venue or a setting, in name order."""
    points: dict[str, list[tuple[float, float]]] = {}
    areas: dict[str, str] = {}
    places = [*site.venues.values(), *site.childcare.values()]
    for place in places:
        points.setdefault(place.ward, []).append((place.coordinates.latitude, place.coordinates.longitude))
        areas.setdefault(place.ward, place.area)
    centres = []
    for ward in sorted(points, key=str.casefold):
        lats, lons = zip(*points[ward])
        # Rounded to 4 places (about 10 metres): enough for ranking, and stable output.
        centres.append(WardCentre(ward, areas[ward], round(sum(lats) / len(lats), 4), round(sum(lons) / len(lons), 4)))
    return centres


def nearest_wards(centre: WardCentre, others: list[WardCentre], count: int) -> list[WardCentre]:
    """The ``count`` wards whose middles are closest to ``centre``'s, not counting itself.

    Ties keep the order of ``others`` (name order), so the choice is the same in every build.
    """
    candidates = [c for c in others if c.ward != centre.ward]
    # sorted() is stable: equal distances stay in name order.
    ranked = sorted(candidates, key=lambda c: miles(centre.latitude, centre.longitude, c.latitude, c.longitude))
    return ranked[:count]
