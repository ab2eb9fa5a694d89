"""The wards of the childcare list: every (ward, area) that a venue or a childcare setting names.

A ward is its name and its area, as in What's on (``generator.wards`` is shared by both): two
"Castle" wards in two areas are two wards. Its middle, for "near me" and the wards nearby, is the
average position of every venue and childcare setting in it, so a ward with a family hub but no
setting can still be chosen to measure from.
"""

from __future__ import annotations

from ..site import Site
from ..wards import Ward, wards_of


def ward_centres(site: Site) -> list[Ward]:
    """One ward for each (ward, area) named by a venue or a setting, at its middle, in name order."""
    return wards_of([*site.venues.values(), *site.childcare.values()])
