"""The domain model: validated content with its references resolved.

Renderers read a ``Site``; they never see YAML, line numbers or raw ids that
might point nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .childcare.schema import ChildcareSetting
from .loader import FreePage, LoadedContent
from .schema.accessibility import AccessibilityFacts
from .schema.glossary import GlossaryTerm
from .schema.service import Service
from .schema.site_settings import SiteSettings
from .schema.venue import Venue
from .schema.you_said_we_did import Change
from .timetable.model import Timetable, resolve_timetable


@dataclass
class Site:
    settings: SiteSettings
    accessibility: AccessibilityFacts
    venues: dict[str, Venue]
    services: dict[str, Service]
    glossary: list[GlossaryTerm]
    changes: list[Change]
    pages: list[FreePage]
    services_at_venue: dict[str, list[Service]] = field(default_factory=dict)
    # Versions of the test tools named in the accessibility statement (generator.accessibility_tools).
    tool_versions: dict[str, str] = field(default_factory=dict)
    # Childcare settings by id, in name order.
    childcare: dict[str, ChildcareSetting] = field(default_factory=dict)
    # The checked timetable; its occurrences for a build are worked out in the context (generator.context).
    timetable: Timetable = field(default_factory=Timetable)
    # The file each service and venue was written in, by ("services" or "venues", id): for messages.
    files: dict[tuple[str, str], str] = field(default_factory=dict)

    def venues_of(self, service: Service) -> list[Venue]:
        return [self.venues[v] for v in service.venues]


def resolve(content: LoadedContent) -> Site:
    """Build the ``Site`` from content that has passed every check."""
    assert content.settings is not None and content.accessibility is not None
    venues = {v.record.id: v.record for v in sorted(content.venues, key=lambda v: v.record.name.casefold())}
    services = {s.record.id: s.record for s in sorted(content.services, key=lambda s: s.record.name.casefold())}
    services_at_venue: dict[str, list[Service]] = {venue_id: [] for venue_id in venues}
    for service in services.values():
        for venue_id in service.venues:
            services_at_venue[venue_id].append(service)
    return Site(
        settings=content.settings.record,
        accessibility=content.accessibility.record,
        venues=venues,
        services=services,
        glossary=sorted((t.record for t in content.glossary), key=lambda t: t.term.casefold()),
        changes=sorted((c.record for c in content.changes), key=lambda c: c.date, reverse=True),
        pages=content.pages,
        services_at_venue=services_at_venue,
        childcare={c.record.id: c.record
                   for c in sorted(content.childcare, key=lambda c: (c.record.name.casefold(), c.record.id))},
        timetable=resolve_timetable(content.timetable, services),
        files={**{("services", s.record.id): s.path for s in content.services},
               **{("venues", v.record.id): v.path for v in content.venues}},
    )
