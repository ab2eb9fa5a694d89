"""Where each childcare setting is published: on one page, or on its ward's page.

Up to ``childcare_one_page_limit`` settings share ``/childcare/``. Above it every ward
with settings gets ``/childcare/<ward>/`` and ``/childcare/`` becomes the list of wards.
A ward is its name and its area (``generator.wards``): "Castle" in two areas is two pages.
Every link to a setting and the ``url`` in the open data come from here, so they always
name the page that really holds the setting's row.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import urls
from ..site import Site
from ..wards import WardKey, addresses, key_of
from .schema import ChildcareSetting


@dataclass(frozen=True)
class ChildcareAddresses:
    # (ward, area) -> its page; empty when one page holds every setting.
    ward_pages: dict[WardKey, str]

    def page_of(self, setting: ChildcareSetting) -> str:
        """The page whose table has the setting's row."""
        return self.ward_pages.get(key_of(setting), urls.CHILDCARE)

    def setting_url(self, setting: ChildcareSetting) -> str:
        """The setting's row, as a page URL with its anchor (``childcare/castle/#<id>``)."""
        return f"{self.page_of(setting)}#{setting.id}"


def split_by_ward(site: Site) -> bool:
    """Whether there are too many settings for one page (see ``childcare_one_page_limit``)."""
    return len(site.childcare) > site.settings.childcare_one_page_limit


def childcare_addresses(site: Site) -> ChildcareAddresses:
    """Every setting's page, worked out once for a build (callers with many settings keep it)."""
    if not split_by_ward(site):
        return ChildcareAddresses({})
    return ChildcareAddresses(addresses((key_of(s) for s in site.childcare.values()), urls.CHILDCARE))


def setting_url(setting: ChildcareSetting, site: Site) -> str:
    """One setting's row, wherever it is published. Reads every setting: for many, use ``childcare_addresses``."""
    return childcare_addresses(site).setting_url(setting)

