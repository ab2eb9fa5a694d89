"""A poster for each family hub and venue, to put up inside it: its regular sessions by day, with times and
ages, its address and opening hours, and QR codes for its page and for adding its sessions to a calendar.

Laid out on A4 and written on A4 and A3 (``documents.in_two_sizes``); the text is sized to read at arm's
length on a wall. ``templates/print/poster.html`` lays it out.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..render.fragments import opening_hours, venue_kind
from ..schema.venue import Venue
from ..sentences import labels_in_a_sentence
from ..templating import render
from ..timetable.fragments import Lister, Weekday
from ..timetable.model import ResolvedSession
from ..translation import N_
from ..vocabulary import STAGE_BY_KEY
from .documents import POSTER, Online, Printed, in_two_sizes, online

PAPER, LARGER = "A4", "A3"
# The body text's size in points on A4 (√2 times it on A3): as large as lets a place's week fit on one page.
# Each pair is the most a size fits, counting each session and half of each day, and the size; the counts
# were found by laying out the example's posters at each size.
SIZES = ((6.5, 14), (9, 13), (13, 12), (17, 11), (20, 10))
# A busier place's poster goes on to a second page (or is printed on A3). A day may then run on at the top of
# the next column or page, below no heading: on such a poster every session names its day.
SMALLEST = 9
SUBSCRIBE = "#subscribe"  # the venue page's ways to add its sessions to a calendar (templates/timetable/section.html)


class Poster(NamedTuple):
    venue: Venue
    kind: str  # the kind of place, in words
    days: list[Weekday]  # its regular week: the days with sessions, each in time order
    ages: dict[str, str]  # each session's ages in words, by its id
    every_week: set[str]  # the sessions that run every week, by id
    hours: list[tuple[str, str | None]]  # each day and its opening times in words, None when closed
    page: Online  # the venue's page
    calendar: Online | None  # its page's ways to subscribe to its sessions; None when nothing is on there
    body_pt: int  # the body text's size on A4: as large as lets the week fit on one page (``body_size``)
    crowded: bool  # too many sessions for one page even at the smallest size: each names its day


def posters(ctx: SiteContext) -> list[Printed]:
    """A poster for every venue, in name order."""
    return [Printed(POSTER, venue.name, N_("Its regular sessions by day, opening hours and address."),
                    partial(poster_html, ctx, venue), in_two_sizes(f"poster-{venue.id}", PAPER, LARGER))
            for venue in sorted(ctx.site.venues.values(), key=lambda v: (v.name.casefold(), v.id))]


def poster(ctx: SiteContext, venue: Venue) -> Poster:
    view = ctx.timetable
    sessions = view.sessions_by_venue.get(venue.id, [])
    has_feed = view.feed(urls.venue_feed(venue.id)) is not None
    days = Lister(view).weekly(sessions)
    return Poster(venue, venue_kind(venue), days, {s.id: ages(s) for s in sessions},
                  {s.id for s in sessions if every_week(s)},
                  opening_hours(venue.opening_hours), online(ctx, urls.venue(venue.id)),
                  online(ctx, urls.venue(venue.id) + SUBSCRIBE) if has_feed else None,
                  body_size(days), _weight(days) > SIZES[-1][0])


def ages(session: ResolvedSession) -> str:
    """Who a session is for: the editor's ages ("0 to 12 months"), else its stages in words."""
    if session.ages:
        return session.ages
    if set(session.stages) == set(STAGE_BY_KEY):
        return N_("Pregnancy and every age")
    return labels_in_a_sentence([STAGE_BY_KEY[key].short for key in session.stages])


def every_week(session: ResolvedSession) -> bool:
    """Whether a session runs every week of the year: under its day's heading it need not say how often."""
    return session.repeats == "weekly" and not session.term_time_only and not session.runs_on_bank_holidays


def body_size(days: list[Weekday]) -> int:
    """The largest body text size in points that fits these days' sessions on one A4 page."""
    return next((size for most, size in SIZES if _weight(days) <= most), SMALLEST)


def _weight(days: list[Weekday]) -> float:
    """How much room a week takes, as ``SIZES`` counts it: each session, and half of each day's heading."""
    return sum(len(day.rows) for day in days) + len(days) / 2


def poster_html(ctx: SiteContext, venue: Venue) -> str:
    made = poster(ctx, venue)
    return render("print/poster.html", ctx=ctx, here=urls.venue(venue.id), poster=made,
                  kind=POSTER, paper=PAPER, body_pt=made.body_pt)
