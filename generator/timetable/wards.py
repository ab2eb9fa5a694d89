"""Wards for What's on, when the timetable is too big for one page.

A ward is the ward and area that venues name (``generator.wards``, shared with the childcare list).
Only wards where something is on get a page, and a ward's middle is the average position of its
venues, which is close enough to say which wards are near.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import urls
from .. import wards as shared
from ..schema.venue import Venue


@dataclass(frozen=True)
class Ward(shared.Ward):
    url: str  # the ward's What's on page
    venue_ids: tuple[str, ...]  # its venues with sessions, in the site's venue order


def wards_of_venues(venues: list[Venue]) -> list[Ward]:
    """One ward per (ward, area) pair named by ``venues``, in area then ward name order, each at its own address."""
    groups = shared.by_ward(venues)
    addresses = shared.addresses(groups, urls.WHATS_ON)
    wards = [Ward(name, area, *shared.middle(members), url=addresses[(name, area)],
                  venue_ids=tuple(v.id for v in members))
             for (name, area), members in groups.items()]
    return sorted(wards, key=lambda w: (w.area.casefold(), w.area, w.name.casefold(), w.name))


def nearest(ward: Ward, wards: list[Ward], count: int = 3) -> list[Ward]:
    """The ``count`` other wards whose middles are closest to this one's (ties in name order)."""
    return shared.nearest(ward, wards, count)
