"""What several pages show of a service or a venue, as data for the templates' macros, and the render context.

The markup is in ``templates/macros/services.html`` (service cards, tags, how to get it, where) and
``templates/macros/venues.html`` (facilities, opening hours); this module decides what they say: which
venues a card names, whether a service is free, its ways in as one sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from .. import date_words
from ..languages import ENGLISH
from ..schema.common import OpeningHours
from ..schema.service import Service
from ..schema.venue import Venue
from ..sentences import labels_in_a_sentence, list_words
from ..site import Site
from ..vocabulary import ACCESS_WAYS, FACILITIES, LEVELS, VENUE_KINDS


class Places(NamedTuple):
    """Where a service is, as its "Where" names it: venues to link, a count of the rest, the editor's phrase.

    More than one place is a list, one place a line: ``also_available`` is the editor's own phrase, such
    as "At home", which cannot be joined into a sentence ("... and At home") without guessing its case.
    """

    venues: list[Venue]
    elsewhere: int  # venues in other areas, counted, not named
    also_available: str | None

    @property
    def lines(self) -> int:
        """How many lines "Where" has."""
        return len(self.venues) + bool(self.elsewhere) + bool(self.also_available)


class ServiceBrief(NamedTuple):
    """A service as its card and its page show it (``templates/macros/services.html``)."""

    service: Service
    level: str  # its level in words
    free: bool
    ways_in: str  # how to get it, as one sentence
    places: Places
    area: str | None  # the area whose venues "Where" names; None: every venue


def service_brief(service: Service, site: Site, area: str | None = None) -> ServiceBrief:
    """What a card says of ``service``; given an ``area``, "Where" names only the venues there."""
    venues = site.venues_of(service)
    nearby = [v for v in venues if area is None or v.area == area]
    places = Places(nearby, len(venues) - len(nearby), service.also_available)
    return ServiceBrief(service, LEVELS[service.level], is_free(service), ways_in_words(service.how_to_access.ways),
                        places, area)


def is_free(service: Service) -> bool:
    return service.cost.strip().lower() == "free"


def ways_in_words(ways: Sequence[str]) -> str:
    """The ways in as one sentence, a capital only at its start: ``Book a place or refer yourself.``

    Every way but ``we-contact-you`` tells the family what to do, so after "We will contact you" the
    others are what they can do too: ``We will contact you, or you can book a place.``
    """
    others = [ACCESS_WAYS[w] for w in ways if w != "we-contact-you"]
    if "we-contact-you" not in ways:
        return labels_in_a_sentence(others, "or") + "."
    if not others:
        return ACCESS_WAYS["we-contact-you"] + "."
    what_you_can_do = list_words([way[:1].lower() + way[1:] for way in others], "or")
    return f'{ACCESS_WAYS["we-contact-you"]}, or you can {what_you_can_do}.'


def venue_kind(venue: Venue) -> str:
    return VENUE_KINDS[venue.kind]


class VenueBrief(NamedTuple):
    """A venue as its card and its page show it (``templates/macros/venues.html``)."""

    venue: Venue
    kind: str  # its kind in words
    facilities: list[tuple[str, bool]]  # each facility's name, and whether the venue has it
    bus_routes: str  # the routes in one phrase: "1, 7 and 12"


def venue_brief(venue: Venue) -> VenueBrief:
    facilities = [(name, bool(getattr(venue.facilities, field))) for field, name in FACILITIES.items()]
    return VenueBrief(venue, venue_kind(venue), facilities, list_words(venue.facilities.bus_routes))


def opening_hours(hours: OpeningHours, code: str = ENGLISH) -> list[tuple[str, str | None]]:
    """Each day of the week and its opening times in words, ``None`` when closed, in the language ``code``."""
    words: Any = date_words if code == ENGLISH else date_words.InLanguage(code)
    return [(words.weekday(index), words.time_span(times.opens, times.closes) if times else None)
            for index, (_, times) in enumerate(hours.by_day())]
