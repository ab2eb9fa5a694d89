"""The site's records as Open Referral UK 3.0 objects: organisations, locations, services and their schedules.

Each function returns plain dicts in the standard's field names. Empty values are left in here and taken
out in one place (``compact``), so no object ever says ``null`` or ``""``. Where the UK profile has no
field for something families need (a service's phone number, the languages it is given in), the field
of HSDS 3.0 that the UK profile's schemas still accept is used: ``contacts[].phones``, ``languages[].name``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from babel import Locale

from .. import urls
from ..context import SiteContext
from ..render.fragments import is_free
from ..schema.service import Service
from ..schema.venue import Venue
from ..timetable.model import ResolvedSession
from .ids import FeedIds
from .schedules import Run, exception_notes, extra_notes, recurrence, schedule_description, session_runs
from .taxonomies import (
    BUS_ROUTES_PREFIX,
    FACILITY_WORDS,
    PARKING_PREFIX,
    SESSION_NOTE_LABELS,
    TAXONOMIES,
    WHO_IT_IS_FOR_PREFIX,
    Taxonomy,
)

Json = dict[str, Any]

# A stage as whole years of the child's age, youngest and oldest (pregnancy has no child yet).
STAGE_AGES: dict[str, tuple[int, int]] = {"newborn": (0, 0), "0-1": (0, 0), "1-2": (1, 2), "2-5": (2, 5),
                                          "older": (5, 19)}
# Language names as editors write them ("Polish") and their codes, from Babel's English names.
_LANGUAGE_CODES = {name.casefold(): code for code, name in Locale("en").languages.items() if "_" not in code}


def compact(value: Any) -> Any:
    """``value`` without the empty values the standard says to leave out: None, "", [] and {}."""
    if isinstance(value, dict):
        kept = {key: compact(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [compact(item) for item in value]
    return value


class FeedRecords:
    """The objects of one build's feed, worked out from the context."""

    def __init__(self, ctx: SiteContext) -> None:
        self.ctx = ctx
        self.site = ctx.site
        self.ids = FeedIds(self.site.settings.council_name)
        self.venue_names = {venue.id: venue.name for venue in self.site.venues.values()}
        schedule = ctx.timetable.schedule
        self.horizon = (schedule.start, schedule.end)
        self.occurrences = schedule.by_session
        # A session's schedules and a venue's location are in its service and in each service at the venue.
        self._schedules: dict[str, list[Json]] = {}
        self._locations: dict[str, Json] = {}

    # Organisations

    def organization(self, name: str) -> Json:
        settings = self.site.settings
        if name == settings.council_name:
            return {"id": self.ids("organization", name), "name": name,
                    "description": f"The council that publishes {settings.site_name}.",
                    "email": settings.contact.email, "website": settings.main_website or settings.site_url}
        return {"id": self.ids("organization", name), "name": name,
                "description": f"Runs services in {settings.site_name}, the family hub offer of "
                               f"{settings.council_name}."}

    # Locations

    def location(self, venue: Venue) -> Json:
        if venue.id not in self._locations:
            self._locations[venue.id] = self._location(venue)
        return self._locations[venue.id]

    def _location(self, venue: Venue) -> Json:
        location_id = self.ids("location", venue.id)
        lines = list(venue.address)
        address = {"id": self.ids("address", venue.id), "location_id": location_id,
                   "address_1": ", ".join(lines[:-1]) or lines[-1], "city": lines[-1] if len(lines) > 1 else "",
                   "region": venue.ward, "state_province": venue.area, "postal_code": venue.postcode,
                   "country": "GB", "address_type": "physical"}
        return {"id": location_id, "location_type": "physical", "name": venue.name, "description": venue.summary,
                "latitude": venue.coordinates.latitude, "longitude": venue.coordinates.longitude,
                "addresses": [address],
                "accessibility": [{"id": self.ids("accessibility", venue.id, key), "location_id": location_id,
                                   "description": words}
                                  for key, words in self._facilities(venue)]}

    @staticmethod
    def _facilities(venue: Venue) -> Iterable[tuple[str, str]]:
        facilities = venue.facilities
        for key, words in FACILITY_WORDS.items():
            if getattr(facilities, key):
                yield key, words
        if facilities.parking:
            yield "parking", PARKING_PREFIX + facilities.parking
        if facilities.bus_routes:
            yield "bus_routes", BUS_ROUTES_PREFIX + ", ".join(facilities.bus_routes)

    # Services

    def venues_of(self, service: Service) -> list[Venue]:
        """The venues where a service is given: those it names and those its sessions are held at."""
        ids = list(service.venues)
        ids += [s.venue for s in self.ctx.timetable.sessions_by_service.get(service.id, []) if s.venue not in ids]
        return [self.site.venues[venue_id] for venue_id in ids]

    def service_basics(self, service: Service) -> Json:
        """The fields a list of services gives: the service without its nested lists, and its organisation."""
        access = service.how_to_access
        parts = (service.summary, service.description, WHO_IT_IS_FOR_PREFIX + service.who_it_is_for)
        description = "\n\n".join(part.strip() for part in parts if part)
        ages = [STAGE_AGES[stage] for stage in service.stages if stage in STAGE_AGES]
        organization = self.organization(service.provider)
        return {
            "id": self.ids("service", service.id), "organization_id": organization["id"], "name": service.name,
            "description": description, "url": access.website or self._address(urls.service(service.id)),
            "email": access.email, "status": "active", "fees": service.cost,
            "minimum_age": min((low for low, _ in ages), default=None),
            "maximum_age": max((high for _, high in ages), default=None),
            "assured_date": service.last_reviewed.isoformat(),
            "last_modified": f"{self._last_modified(service).isoformat()}T00:00:00Z",
            "organization": organization,
        }

    def service(self, service: Service) -> Json:
        """A service in full, as ``/services/{id}`` gives it."""
        service_id = self.ids("service", service.id)
        record = self.service_basics(service)
        record.update(
            schedules=[schedule for session in self.ctx.timetable.sessions_by_service.get(service.id, [])
                       for schedule in self.schedules(session)],
            service_at_locations=[self.service_at_location(service, venue, with_service=False)
                                  for venue in self.venues_of(service)],
            languages=[{"id": self.ids("language", service.id, name), "service_id": service_id, "name": name,
                        "code": _LANGUAGE_CODES.get(name.casefold())} for name in service.languages],
            cost_options=[{"id": self.ids("cost_option", service.id), "service_id": service_id,
                           "option": service.cost, "amount": 0 if is_free(service) else None}],
            contacts=self._contacts(service),
            attributes=[self._attribute(service, taxonomy, key) for taxonomy, key in self._terms_of(service)],
        )
        return record

    def _contacts(self, service: Service) -> list[Json]:
        phone = service.how_to_access.phone
        if not phone:
            return []
        return [{"id": self.ids("contact", service.id), "service_id": self.ids("service", service.id),
                 "name": service.provider, "phones": [{"id": self.ids("phone", service.id), "number": phone}]}]

    @staticmethod
    def _terms_of(service: Service) -> Iterable[tuple[Taxonomy, str]]:
        chosen: dict[str, list[str]] = {"stages": list(service.stages), "themes": list(service.themes),
                                         "level": [service.level], "ways": list(service.how_to_access.ways)}
        for taxonomy in TAXONOMIES:
            for key in chosen[taxonomy.key]:
                yield taxonomy, key

    def _attribute(self, service: Service, taxonomy: Taxonomy, key: str) -> Json:
        term = self.taxonomy_term(taxonomy, key)
        return {"id": self.ids("attribute", service.id, taxonomy.key, key), "link_id": self.ids("service", service.id),
                "link_type": "service", "taxonomy_term_id": term["id"], "taxonomy_term": term}

    def _last_modified(self, service: Service) -> date:
        changed = self.site.timetable.changed
        sessions = self.ctx.timetable.sessions_by_service.get(service.id, [])
        return max([service.last_reviewed, *(changed[s.id] for s in sessions)])

    def _address(self, path: str) -> str | None:
        """A page's full address, or None when the site's address is not known (a URI must be absolute)."""
        return self.ctx.published.url(path) if self.ctx.published.address else None

    # Where and when

    def service_at_location(self, service: Service, venue: Venue, with_service: bool = True) -> Json:
        """A service at one venue. ``/service_at_locations/{id}`` is read as a service by the validator, so it
        has the service's name and status too, and its schedules there."""
        record: Json = {"id": self.sal_id(service, venue), "service_id": self.ids("service", service.id),
                        "location_id": self.ids("location", venue.id), "location": self.location(venue)}
        if with_service:
            record.update(name=f"{service.name} at {venue.name}", status="active",
                          schedules=[schedule for session in self.ctx.timetable.sessions_by_venue.get(venue.id, [])
                                     if session.service == service.id for schedule in self.schedules(session)],
                          service=self.service_basics(service))
        return record

    def sal_id(self, service: Service, venue: Venue) -> str:
        return self.ids("service_at_location", service.id, venue.id)

    def schedules(self, session: ResolvedSession) -> list[Json]:
        """The session as schedules, one per run of dates (``schedules.session_runs``)."""
        if session.id not in self._schedules:
            self._schedules[session.id] = self._made_schedules(session)
        return self._schedules[session.id]

    def _made_schedules(self, session: ResolvedSession) -> list[Json]:
        service = self.site.services[session.service]
        venue = self.site.venues[session.venue]
        runs = session_runs(session, self.site.timetable.terms, *self.horizon)
        occurrences = self.occurrences.get(session.id, [])
        about = self._session_words(session, service)
        made = []
        for number, run in enumerate(runs):
            notes = about + exception_notes(occurrences, run, self.venue_names)
            if number == 0:
                notes += extra_notes(occurrences, self.venue_names)
            made.append(self._schedule(session, service, venue, run, notes))
        return made

    def _schedule(self, session: ResolvedSession, service: Service, venue: Venue, run: Run, notes: list[str]) -> Json:
        return {
            "id": self.ids("schedule", session.id, run.last.isoformat() if run.last else "open"),
            "service_id": self.ids("service", service.id), "service_at_location_id": self.sal_id(service, venue),
            "valid_from": run.first.isoformat(), "valid_to": run.last.isoformat() if run.last else None,
            "dtstart": run.first.isoformat(), **recurrence(session),
            "opens_at": f"{session.starts:%H:%M}", "closes_at": f"{session.ends:%H:%M}",
            "description": schedule_description(session), "schedule_link": self._address(
                urls.session_feed(session.id)),
            "notes": " ".join(notes),
        }

    @staticmethod
    def _session_words(session: ResolvedSession, service: Service) -> list[str]:
        """What a session says of itself that its service does not, as sentences."""
        said = []
        if session.own_name:
            said.append(f"{session.name}.")
        for field, label in SESSION_NOTE_LABELS.items():
            value = getattr(session, field) if field != "cost" or session.own_cost else None
            if value:
                said.append(f"{label}: {value.rstrip('.')}.")
        return said

    # Taxonomies

    def taxonomy(self, taxonomy: Taxonomy, with_terms: bool = True) -> Json:
        record: Json = {"id": self.ids("taxonomy", taxonomy.key), "name": taxonomy.name,
                        "description": taxonomy.description}
        if with_terms:
            record["taxonomy_terms"] = [self.taxonomy_term(taxonomy, key) for key in taxonomy.terms]
        return record

    def taxonomy_term(self, taxonomy: Taxonomy, key: str) -> Json:
        label = taxonomy.terms[key]
        return {"id": self.ids("taxonomy_term", taxonomy.key, key), "name": label, "description": label,
                "taxonomy": taxonomy.name, "taxonomy_id": self.ids("taxonomy", taxonomy.key), "term": key}
