"""What a timetable lists, as data for ``templates/macros/timetable.html``: dated occurrences, weekly rows.

Python decides what each line says (its name, the filter's values, the cost in words, how often it runs,
its dates and times in words) and how lines are grouped (by day); the templates write the markup. Status
is always in words ("Cancelled", "Changed"), never colour alone. Each item carries ``data-`` attributes
that the What's on filter reads; without JavaScript they do nothing and everything stays visible.
"""

from __future__ import annotations

from typing import Any, NamedTuple, overload

from .. import date_words, urls
from ..content_translations import English, language_name
from ..languages import ENGLISH
from ..schema.service import Service
from ..schema.venue import Venue
from ..vocabulary import WEEKDAYS
from .engine import Occurrence
from .feeds import absolute, subscribe_links
from .model import ResolvedSession
from .view import TimetableView
from .words import BOOKING, recurrence_words, time_of_day

NEXT_DATES = 8  # how many dates a venue or service page lists


class Listed(NamedTuple):
    """A session as a timetable lists it, and the values the What's on filter matches on."""

    session: ResolvedSession
    service: Service
    name: str  # the session's own name, else its service's
    way_in: str  # how to get a place, in words (``BOOKING``)
    stages: str  # the stages it is for, space-separated
    themes: str  # its service's themes, space-separated
    cost: str | None  # in words, or None when it is free
    calendar: str  # the path of its own calendar feed
    service_url: str  # its service's page
    times: str  # its usual times in words: "9:30am to 11am"
    # The session's own words, which only the English timetable holds (``Lister._own``): its ages, how to
    # book, and the language it is held in (named in the page's language where Babel knows the name).
    ages: str | None
    how_to_book: str | None
    language: str | None


class Dated(NamedTuple):
    """One dated occurrence as a list item."""

    occurrence: Occurrence
    listed: Listed
    venue: Venue  # where it is on that date
    venue_url: str  # that venue's page
    time: str  # the filter's time of day
    usual: Venue  # where it usually is (a changed date says so)
    starts: str  # the start and end in words ("9:30am") and as ISO 8601 date-times (for <time>)
    starts_at: str
    ends: str
    ends_at: str
    day: str  # the date in words: "Monday 3 November"
    reason: str | None  # why it is cancelled or changed, in the editor's words (``Lister._own``)


class Row(NamedTuple):
    """One session as a row of the weekly timetable."""

    listed: Listed
    venue: Venue
    venue_url: str  # its page
    time: str  # the filter's time of day
    often: str  # how often it runs, in words
    starts_later: str | None  # the first date in words, when that is still to come
    until: str | None  # the last date in words, when it has one


class Weekday(NamedTuple):
    """One day of the regular week that has sessions, and its rows in time order."""

    name: str  # "Monday"
    rows: list[Row]


class Subscribe(NamedTuple):
    """The ways to subscribe to one feed (``subscribe_links``), and the file to download."""

    path: str  # the feed's path in the site
    address: str  # its full https address, to copy
    webcal: str
    google: str
    outlook: str


class Lister:
    """Sessions as ``Listed``, each worked out once for the page being made, in the language ``code``: its
    dates, times and how often in that language's words, and a session's name and cost its service's as the
    view's site has them (translated, on a page in another language); a session's own are in English."""

    def __init__(self, view: TimetableView, code: str = ENGLISH):
        self.view = view
        self.code = code
        self.words: Any = date_words if code == ENGLISH else date_words.InLanguage(code)
        self._listed: dict[str, Listed] = {}

    def __call__(self, session: ResolvedSession) -> Listed:
        listed = self._listed.get(session.id)
        if listed is None:
            site = self.view.site
            service = site.services[session.service]
            listed = Listed(session, service, self._own(session.name) if session.own_name else service.name,
                            BOOKING[session.booking], " ".join(session.stages), " ".join(service.themes),
                            self._cost(session, service), urls.session_feed(session.id), urls.service(service.id),
                            self.words.time_span(session.starts, session.ends), self._own(session.ages),
                            self._own(session.how_to_book),
                            language_name(session.language, self.code) if session.language else None)
            self._listed[session.id] = listed
        return listed

    def _cost(self, session: ResolvedSession, service: Service) -> str | None:
        """The session's cost in words, or None when it is free."""
        if session.cost.strip().lower() == "free":
            return None
        return self._own(session.cost) if session.own_cost else service.cost

    @overload
    def _own(self, text: str) -> str: ...

    @overload
    def _own(self, text: None) -> None: ...

    def _own(self, text: str | None) -> str | None:
        """A session's own words, which only the English timetable holds: marked as English elsewhere."""
        return text if self.code == ENGLISH or text is None else English(text)

    def dated(self, occurrences: list[Occurrence]) -> list[Dated]:
        venues, terms = self.view.site.venues, self.view.schedule.terms
        words = self.words
        return [Dated(o, self(o.session), venues[o.venue], urls.venue(o.venue),
                      time_of_day(o.date, o.start.time(), terms), venues[o.session.venue],
                      words.clock(o.start.time()), o.start.isoformat(), words.clock(o.end.time()),
                      o.end.isoformat(), words.weekday_day_month(o.date), self._own(o.reason))
                for o in occurrences]

    def weekly(self, sessions: list[ResolvedSession]) -> list[Weekday]:
        """The regular week: the days with sessions, each in time order."""
        today = self.view.schedule.today
        venues = self.view.site.venues
        # A session that has ended is no longer part of the regular week.
        current = [s for s in sessions if s.valid_to is None or s.valid_to >= today]
        days = []
        words = self.words
        for index, day in enumerate(WEEKDAYS):
            on_day = sorted((s for s in current if s.day == day), key=lambda s: (s.starts, s.ends, s.id))
            if on_day:
                days.append(Weekday(words.weekday(index), [
                    Row(self(s), venues[s.venue], urls.venue(s.venue), time_of_day(index, s.starts),
                        recurrence_words(s, with_time=False, code=self.code),
                        words.day_month_year(s.valid_from) if s.valid_from and s.valid_from > today else None,
                        words.day_month_year(s.valid_to) if s.valid_to else None)
                    for s in on_day]))
        return days


def subscribe(view: TimetableView, feed_path: str, title: str) -> Subscribe:
    address = absolute(view.site_url, feed_path)
    links = subscribe_links(address, title)
    return Subscribe(feed_path, address, links["webcal"], links["google"], links["outlook"])


def feed_meta(view: TimetableView, feed_path: str) -> dict[str, str]:
    """Front matter that makes the theme announce a feed with ``<link rel="alternate" type="text/calendar">``.

    The path is site-relative (the theme makes it relative to the page), so a preview on another host
    never asks the published site for anything.
    """
    feed = view.feed(feed_path)
    if feed is None:
        return {}
    return {"calendar_feed": feed.path, "calendar_title": feed.title}
