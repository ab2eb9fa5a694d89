"""Which calendar feeds exist, what each holds, and the addresses families subscribe to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, urlsplit

from .. import urls
from ..site import Site
from ..vocabulary import STAGES
from .model import ResolvedSession
from .schema import Session

FeedKind = Literal["all", "venue", "service", "stage", "session"]


@dataclass(frozen=True)
class Feed:
    """One ``.ics`` file: what it is a feed of, its path in the site, its name, and the sessions in it."""

    kind: FeedKind
    key: str  # the venue, service, stage or session id; "all" for the whole timetable
    path: str
    title: str
    description: str
    sessions: tuple[ResolvedSession, ...]
    page: str  # the page that offers this feed with subscribe options
    # For a venue's feed, the venue: the feed also holds the dates other sessions hold there (``ics``).
    venue: str | None = None


def all_feeds(site: Site) -> list[Feed]:
    """The whole timetable, then one feed per venue, service, stage and session (only those with sessions).

    A venue has a feed when it has sessions of its own or when a session's change or extra date names it:
    that date happens there. Whether the feed exists follows the data, not the build date, so an address
    a family subscribed to does not vanish once the date has passed; the feed empties until the editor
    removes the date.
    """
    sessions = site.timetable.sessions
    council = site.settings.council_name
    # Grouped once: scanning every session for each venue and service grows with their product.
    by_venue: dict[str, list[ResolvedSession]] = {}
    by_service: dict[str, list[ResolvedSession]] = {}
    by_stage: dict[str, list[ResolvedSession]] = {}
    visited: set[str] = set()
    for session in sessions:
        by_venue.setdefault(session.venue, []).append(session)
        visited.update(change.venue for change in session.changes if change.venue)
        visited.update(extra.venue for extra in session.extra_dates if extra.venue)
        by_service.setdefault(session.service, []).append(session)
        for stage_key in dict.fromkeys(session.stages):  # each stage once, even if written twice
            by_stage.setdefault(stage_key, []).append(session)
    feeds = [Feed("all", "all", urls.ALL_SESSIONS_FEED, f"{site.settings.site_name}: all sessions",
                  f"Every family hub session in {council}.", tuple(sessions), urls.CALENDARS)]
    for venue in site.venues.values():
        if venue.id in by_venue or venue.id in visited:
            feeds.append(Feed("venue", venue.id, urls.venue_feed(venue.id), f"Sessions at {venue.name}",
                              f"Family hub sessions at {venue.name}.", tuple(by_venue.get(venue.id, ())),
                              urls.venue(venue.id), venue=venue.id))
    for service in site.services.values():
        if service.id in by_service:
            feeds.append(Feed("service", service.id, urls.service_feed(service.id), service.name, service.summary,
                              tuple(by_service[service.id]), urls.service(service.id)))
    for stage in STAGES:
        if stage.key in by_stage:
            feeds.append(Feed("stage", stage.key, urls.stage_feed(stage.key), f"Sessions for: {stage.short}",
                              f"Family hub sessions for families at this stage: {stage.heading}.",
                              tuple(by_stage[stage.key]), urls.CALENDARS))
    for session in sessions:
        feeds.append(Feed("session", session.id, urls.session_feed(session.id), session_title(session, site),
                          site.services[session.service].summary, (session,), urls.service(session.service)))
    return feeds


def session_title(session: Session, site: Site) -> str:
    return f"{session.name} at {site.venues[session.venue].name}"


def absolute(site_url: str, path: str) -> str:
    """The full address of a site path, from ``site_url`` in mkdocs.yml."""
    return site_url.rstrip("/") + "/" + path


def subscribe_links(address: str, name: str) -> dict[str, str]:
    """Subscribe addresses for calendar apps, from a feed's https address."""
    webcal = "webcal://" + address.split("://", 1)[1]
    return {
        "webcal": webcal,
        "google": "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe=""),
        "outlook": "https://outlook.live.com/calendar/0/addfromweb?url=" + quote(address, safe="")
        + "&name=" + quote(name, safe=""),
        "address": address,
    }


def uid_domain(site_url: str) -> str:
    """The host name that makes UIDs unique to this site."""
    return urlsplit(site_url).hostname or "family-hubs.invalid"
