"""The settings grouped by ward, for the pages of a list split by ward."""

from __future__ import annotations

from dataclasses import dataclass

from ..site import Site
from ..wards import Ward, by_ward, labels
from .addresses import childcare_addresses
from .schema import ChildcareSetting
from .wards import ward_centres


@dataclass(frozen=True)
class WardGroup(Ward):
    """A ward with settings: its name, area and middle, its page and its settings."""

    url: str
    # What links and headings call it: the name, with the area when another ward has the same name.
    label: str
    # In name order, as on the one-page list.
    settings: list[ChildcareSetting]


def ward_groups(site: Site) -> list[WardGroup]:
    """One group for every (ward, area) that has a setting, in ward name order, then area order."""
    addresses = childcare_addresses(site)
    centres = ward_centres(site)
    names = labels(c.key for c in centres)
    members = by_ward(site.childcare.values())
    return [WardGroup(c.name, c.area, c.latitude, c.longitude, url=addresses.ward_pages[c.key], label=names[c.key],
                      settings=members[c.key])
            for c in centres if c.key in members]
