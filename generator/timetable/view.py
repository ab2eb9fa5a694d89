"""The timetable as renderers see it: the schedule for this build, the feeds and the site's address.

It is worked out once per build (``attach``) and kept on the render
context, so every page reads the same occurrences.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..site import Site
from .engine import Schedule, build_schedule
from .feeds import Feed, all_feeds
from .schema import Session

DEFAULT_SITE_URL = "https://family-hubs.example/"
_KEY = "_timetable_view"


@dataclass
class TimetableView:
    site: Site
    schedule: Schedule
    site_url: str
    feeds: dict[str, Feed]

    def feed(self, path: str) -> Feed | None:
        return self.feeds.get(path)

    @cached_property
    def sessions_by_service(self) -> dict[str, list[Session]]:
        """Sessions grouped once per build, so each service page reads only its own."""
        return _group(self.schedule.sessions, "service")

    @cached_property
    def sessions_by_venue(self) -> dict[str, list[Session]]:
        """Sessions grouped once per build, so each venue page reads only its own."""
        return _group(self.schedule.sessions, "venue")


def _group(sessions: list[Session], field: str) -> dict[str, list[Session]]:
    groups: dict[str, list[Session]] = {}
    for session in sessions:
        groups.setdefault(getattr(session, field), []).append(session)
    return groups


def attach(ctx: object, site_url: str | None = None) -> TimetableView:
    """Expand the timetable for ``ctx.today`` and keep it on ``ctx``."""
    site: Site = ctx.site  # type: ignore[attr-defined]
    timetable = site.timetable
    schedule = build_schedule(timetable.sessions, timetable.terms, ctx.today,  # type: ignore[attr-defined]
                              site.settings.timetable_weeks)
    feeds = {f.path: f for f in all_feeds(site)} if timetable.sessions else {}
    view = TimetableView(site, schedule, site_url or DEFAULT_SITE_URL, feeds)
    setattr(ctx, _KEY, view)
    return view


def view_of(ctx: object) -> TimetableView:
    """The view attached to ``ctx``, attaching one with the default address if there is none yet."""
    return getattr(ctx, _KEY, None) or attach(ctx)
