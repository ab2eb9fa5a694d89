"""Shared helpers for timetable tests: test projects and an independent reading of feeds.

Feeds are read back with the ``ical`` package (PyPI), a separate RFC 5545
implementation that does not use the ``icalendar`` library that writes them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.build import generate
from generator.timetable.engine import Occurrence

# The same independent reading of a feed as the site checks make.
from site_checks.feeds import ical_rows, utc_text  # noqa: F401 - ical_rows is for the tests that import it here

from ..conftest import make_project

HERE = Path(__file__).parent
TOWN = HERE / "cases" / "town"
SITE_URL = "https://hubs.testshire.example/"
DOMAIN = "hubs.testshire.example"


def town_project(destination: Path, *overlays: Path, weeks: int | None = None) -> Path:
    """The base test project with the town timetable, and any further overlays.

    ``weeks`` sets the site's timetable horizon (``timetable_weeks``).
    """
    project = make_project(destination, TOWN, *overlays)
    if weeks is not None:
        settings = project / "content" / "site.yml"
        settings.write_text(settings.read_text() + f"\ntimetable_weeks: {weeks}\n")
    return project


def build(root: Path, today: date, site_url: str = SITE_URL):
    """Build and hand back the files and the timetable view the build used."""
    from generator.check import load_site
    from generator.context import resolve_context

    generated = generate(root, today, site_url)
    return generated.files, resolve_context(load_site(root, today), today, site_url).timetable


def engine_rows(occurrences: list[Occurrence], venue_names: dict[str, str], domain: str = DOMAIN,
                one_off: bool = False) -> set[tuple]:
    """The same rows from the occurrence engine.

    ``one_off``: each occurrence is an event of its own (a date held at a venue's feed that does not hold
    its session), so its UID is the session id and date, as an extra date's always is.
    """
    rows = set()
    for o in occurrences:
        uid = f"{o.session.id}-{o.rule_date:%Y%m%d}@{domain}" if o.extra or one_off else f"{o.session.id}@{domain}"
        rows.add((uid, utc_text(o.start), utc_text(o.end), o.status, venue_names[o.venue]))
    return rows


def feed_rows(view, path: str, domain: str = DOMAIN) -> set[tuple]:
    """What the engine says a feed holds: its sessions' occurrences, and for a venue's feed the dates that
    sessions based elsewhere hold at the venue."""
    feed = view.feeds[path]
    venue_names = {v.id: v.name for v in view.site.venues.values()}
    ids = {s.id for s in feed.sessions}
    rows = engine_rows([o for o in view.schedule.occurrences() if o.session.id in ids], venue_names, domain)
    if feed.venue is not None:
        rows |= engine_rows(view.schedule.visiting(feed.venue), venue_names, domain, one_off=True)
    return rows
