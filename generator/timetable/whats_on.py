"""The What's on page: this week and next by day, then the regular weekly timetable
(``templates/timetable/whats_on.html``).

All information is in the HTML. The filter form is hidden until the script
shows it; the script only hides what does not match, says how many sessions
are shown in a ``role="status"`` region and keeps the choice in the query
string so a filtered view can be shared.

Above ``whats_on_one_page_limit`` sessions the same ``listing`` makes one
page per ward instead (``whats_on_wards``).
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import groupby
from typing import NamedTuple

from .. import urls
from ..content_translations import language_name
from ..context import SiteContext
from ..page import Page
from ..slugs import slug
from ..templating import render
from ..translation import N_
from ..vocabulary import STAGES, THEMES
from .engine import Occurrence
from .fragments import Dated, Lister, Weekday, feed_meta, subscribe
from .model import ResolvedSession
from .view import TimetableView
from .words import BOOKING, TIME_OF_DAY

URL = urls.WHATS_ON


class Filters(NamedTuple):
    """The choices the filter form offers, each a list of (value, words)."""

    venues: list[tuple[str, str]]
    stages: list[tuple[str, str]]
    themes: list[tuple[str, str]]
    times: list[tuple[str, str]]
    ways: list[tuple[str, str]]
    languages: list[tuple[str, str]]  # languages other than English that sessions are held in


class Listing(NamedTuple):
    """What's on for a set of sessions: the filter's choices, this week and next by day, the regular week."""

    filters: Filters
    this_week: list[tuple[date, list[Dated]]]
    next_week: list[tuple[date, list[Dated]]]
    weekly: list[Weekday]
    bank_holidays: bool  # some session listed runs on bank holidays


def whats_on_page(ctx: SiteContext) -> Page:
    """What's on as one page: every session in the timetable."""
    view = ctx.timetable
    here = URL
    sessions = view.schedule.sessions
    description = N_("Family hub groups and sessions this week and next, and the weekly timetable.")
    if not sessions:  # a new site, before its timetable is written
        return Page(url=here, title=N_("What's on"), body=[render("timetable/whats_on.html", ctx=ctx, here=here,
                                                              listing=None, feed=None)],
                    description=N_("Family hub groups and sessions this week and next."))
    # The venue filter offers every venue with a date listed, one that a session moved to included.
    venue_ids = {s.venue for s in sessions} | {o.venue for o in view.next_two_weeks}
    feed = subscribe(view, urls.ALL_SESSIONS_FEED, view.site.settings.site_name) if view.feeds else None
    body = render("timetable/whats_on.html", ctx=ctx, here=here, feed=feed,
                  listing=listing(ctx, sessions, view.next_two_weeks, venue_ids))
    return Page(url=here, title=N_("What's on"), body=[body], description=description,
                meta=feed_meta(view, urls.ALL_SESSIONS_FEED))


def listing(ctx: SiteContext, sessions: list[ResolvedSession], dated: list[Occurrence],
            venue_ids: set[str]) -> Listing:
    """``dated`` are the occurrences from today to next Sunday to list; ``venue_ids`` the venues the filter
    offers."""
    view = ctx.timetable
    lister = Lister(view, ctx.language.code)
    items = lister.dated(dated)
    this_week = [item for item in items if item.occurrence.date <= view.this_sunday]
    next_week = [item for item in items if item.occurrence.date > view.this_sunday]
    return Listing(
        # Stages and themes on offer include those of a date moved here from a venue elsewhere.
        _filters(view, [*sessions, *(o.session for o in dated)], venue_ids, lister.code),
        _days(this_week, view.schedule.today, view.this_sunday),
        _days(next_week, view.this_sunday + timedelta(days=1), view.next_sunday),
        lister.weekly(sessions),
        any(s.runs_on_bank_holidays for s in sessions),
    )


def _days(items: list[Dated], first: date, last: date) -> list[tuple[date, list[Dated]]]:
    """Every day from ``first`` to ``last``, named even when nothing is on; ``items`` in time order."""
    by_day = {day: list(on_day) for day, on_day in groupby(items, key=lambda item: item.occurrence.date)}
    return [(first + timedelta(days=n), by_day.get(first + timedelta(days=n), []))
            for n in range((last - first).days + 1)]


def _filters(view: TimetableView, sessions: list[ResolvedSession], venue_ids: set[str], code: str) -> Filters:
    stages = {stage for s in sessions for stage in s.stages}
    themes = {t for s in sessions for t in view.site.services[s.service].themes}
    ways = {s.booking for s in sessions}
    return Filters(
        [(v.id, v.name) for v in view.site.venues.values() if v.id in venue_ids],
        [(s.key, s.short) for s in STAGES if s.key in stages],
        [(k, label) for k, label in THEMES.items() if k in themes],
        list(TIME_OF_DAY.items()),
        # Only the ways into the sessions listed: a choice that matches nothing only wastes a tap.
        [(k, words) for k, words in BOOKING.items() if k in ways],
        # A session's language by its slug, as its data-language gives it (macros/timetable.html), named as
        # the session's tag names it.
        sorted({(slug(s.language), language_name(s.language, code)) for s in sessions if s.language},
               key=lambda c: c[1].casefold()),
    )
