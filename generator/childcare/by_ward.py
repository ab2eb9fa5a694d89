"""The settings grouped by ward, for the pages of a list split by ward."""

from __future__ import annotations

from dataclasses import dataclass

from ..site import Site
from .addresses import childcare_addresses
from .schema import ChildcareSetting
from .wards import WardCentre, ward_centres


@dataclass(frozen=True)
class WardGroup:
    ward: str
    url: str
    # The ward's middle point, and its area as the rest of the site names it.
    centre: WardCentre
    # In name order, as on the one-page list.
    settings: list[ChildcareSetting]

    @property
    def area(self) -> str:
        return self.centre.area


def ward_groups(site: Site) -> list[WardGroup]:
    """One group for every ward that has a setting, in ward name order."""
    addresses = childcare_addresses(site)
    centres = {c.ward: c for c in ward_centres(site)}
    members: dict[str, list[ChildcareSetting]] = {}
    for setting in site.childcare.values():
        members.setdefault(setting.ward, []).append(setting)
    wards = sorted(members, key=lambda w: (w.casefold(), w))
    return [WardGroup(ward, addresses.ward_pages[ward], centres[ward], members[ward]) for ward in wards]
