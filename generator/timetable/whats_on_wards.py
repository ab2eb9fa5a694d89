"""What's on split by ward, for timetables too big for one page on a phone.

Above ``whats_on_one_page_limit`` sessions, /whats-on/ is a short index of
the wards where something is on, and each ward has its own page with the
same parts as the one-page What's on (filters, this week and next by day,
the regular weekly timetable) for the venues in that ward. Every session
and every date is still in the HTML, on exactly one ward page: a date moved
to another venue is listed where it happens, like the venue filter says.
"""

from __future__ import annotations

from collections import Counter

from ..render import urls
from ..render.html import esc, href, list_words
from ..render.page import Page
from ..slugs import ward_slug
from .engine import Occurrence
from .feeds import CALENDARS
from .fragments import SUBSCRIBE_ONCE, feed_meta, script_tag, subscribe_box, subscribe_options
from .view import TimetableView, view_of
from .wards import Ward, nearest
from .whats_on import all_calendars_link, listing, whats_on_page

INDEX = urls.WHATS_ON


def whats_on_pages(ctx: object) -> list[Page]:
    """What's on: one page, or an index and one page per ward when there are too many sessions."""
    view = view_of(ctx)
    if not view.split_by_ward:
        return [whats_on_page(ctx)]
    dated = dated_by_ward(view)
    return [whats_on_index(view), *[ward_page(view, ward, dated.get(ward.url, [])) for ward in view.whats_on_wards]]


def dated_by_ward(view: TimetableView) -> dict[str, list[Occurrence]]:
    """Today to next Sunday by ward page, each in time order: a date belongs where it happens."""
    by_ward: dict[str, list[Occurrence]] = {}
    for occurrence in view.next_two_weeks:
        by_ward.setdefault(view.ward_of_venue[occurrence.venue].url, []).append(occurrence)
    return by_ward


def whats_on_index(view: TimetableView) -> Page:
    here = INDEX
    body = [
        "<h1>What's on</h1>",
        '<p class="fh-lead">Groups, clinics and drop-ins at family hubs this week and next, and the regular '
        "weekly timetable. Sessions that are cancelled or changed say so in words.</p>",
        '<h2 id="where">Choose where</h2>',
        "<p>There are too many sessions for one page, so each ward has its own. Choose your ward, or the ward "
        "of the family hub you go to. Each ward's page also links to the wards near it.</p>",
        *_wards_by_area(view, here),
    ]
    if view.feeds:
        body += [
            *subscribe_box(CALENDARS + "all.ics", view.site.settings.site_name, view, here,
                           heading="Add every session to your calendar"),
            *all_calendars_link(here),
        ]
    body.append(script_tag(here))  # for the "Copy the address" button
    return Page(url=here, title="What's on", body=body,
                description="Family hub groups and sessions this week and next, and the weekly timetable, by ward.",
                meta=feed_meta(view, CALENDARS + "all.ics"))


def _wards_by_area(view: TimetableView, here: str) -> list[str]:
    """Each area's wards as links, with how many sessions go ahead this week and where.

    A county has dozens of wards, so a list of areas at the top saves a long scroll on a phone.
    """
    going_ahead = Counter(view.ward_of_venue[o.venue].url for o in view.next_two_weeks
                          if o.date <= view.this_sunday and o.status != "cancelled")
    areas: dict[str, list[Ward]] = {}
    for ward in view.whats_on_wards:  # already in area order
        areas.setdefault(ward.area, []).append(ward)
    anchors = _area_anchors(list(areas))
    lines = []
    if len(areas) > 1:
        lines += ['<nav aria-label="Areas" class="fh-jump"><ul>',
                  *[f'<li><a href="#{anchors[area]}">{esc(area)}</a></li>' for area in areas], "</ul></nav>"]
    for area, wards in areas.items():
        lines += [f'<h3 id="{anchors[area]}">{esc(area)}</h3>', '<ul class="wo-wards">']
        for ward in wards:
            venues = list_words([esc(view.site.venues[v].name) for v in ward.venue_ids])
            lines.append(f'<li><a href="{href(here, ward.url)}">{esc(ward.name)}</a>: '
                         f"{_sessions_this_week(going_ahead[ward.url])} "
                         f'<span class="wo-ward-venues">At {venues}.</span></li>')
        lines.append("</ul>")
    return lines


def _area_anchors(areas: list[str]) -> dict[str, str]:
    """An id for each area's heading; a number keeps two areas whose names make the same id apart."""
    anchors: dict[str, str] = {}
    for area in areas:
        anchor, number = "area-" + ward_slug(area), 2
        while anchor in anchors.values():
            anchor, number = f"area-{ward_slug(area)}-{number}", number + 1
        anchors[area] = anchor
    return anchors


def _sessions_this_week(count: int) -> str:
    if count == 0:
        return "no sessions this week"
    return f"{count} session{'' if count == 1 else 's'} this week"


def ward_page(view: TimetableView, ward: Ward, dated: list[Occurrence]) -> Page:
    here = ward.url
    sessions = [s for venue_id in ward.venue_ids for s in view.sessions_by_venue.get(venue_id, [])]
    body = [
        f"<h1>What's on in {esc(ward.name)}</h1>",
        f'<p class="fh-lead">Groups, clinics and drop-ins at family hubs in {esc(ward.name)}, in '
        f"{esc(ward.area)}, this week and next, then the regular weekly timetable. Sessions that are "
        "cancelled or changed say so in words.</p>",
        *_other_wards(view, ward, here),
        *listing(view, sessions, dated, set(ward.venue_ids), here),
    ]
    # After the calendars, so a family who has read to the end can go on without scrolling back up.
    body[-1:-1] = [*_subscribe_to_venues(view, ward, here),
                   f'<p><a href="{href(here, INDEX)}">Choose another ward</a> to see what is on there.</p>']
    return Page(url=here, title=f"What's on in {ward.name}", body=body,
                description=f"Family hub groups and sessions in {ward.name} this week and next, and the weekly "
                            "timetable.")


def _other_wards(view: TimetableView, ward: Ward, here: str) -> list[str]:
    """Back to every ward, and on to the nearest few: a family may live near a ward's edge."""
    near = [f'<a href="{href(here, w.url)}">{esc(w.name)}</a>' for w in nearest(ward, view.whats_on_wards)]
    lines = ['<nav aria-label="Other wards" class="wo-wards-nav">',
             f'<p><a href="{href(here, INDEX)}">Choose another ward</a></p>']
    if near:
        lines.append(f"<p>Wards near {esc(ward.name)}: {list_words(near)}</p>")
    return lines + ["</nav>"]


def _subscribe_to_venues(view: TimetableView, ward: Ward, here: str) -> list[str]:
    """A calendar for each venue in the ward (there is no ward calendar), then every other calendar.

    With several venues each one's options are folded away under its name, so a phone shows a short
    list of venues rather than the same options over and over.
    """
    feeds = [(view.site.venues[v], f"{CALENDARS}venues/{v}.ics") for v in ward.venue_ids]
    feeds = [(venue, path) for venue, path in feeds if view.feed(path) is not None]
    if not feeds:  # no venue here has a calendar (not while a date moved to a venue gives it one)
        return ['<h2 id="subscribe">Add to your calendar</h2>', *all_calendars_link(here)]
    if len(feeds) == 1:
        venue, path = feeds[0]
        return [*subscribe_box(path, f"Sessions at {venue.name}", view, here,
                               heading=f"Add sessions at {venue.name} to your calendar"),
                *all_calendars_link(here)]
    lines = ['<section class="wo-subscribe" aria-labelledby="subscribe">',
             '<h2 id="subscribe">Add to your calendar</h2>',
             f"<p>Each family hub and venue in {esc(ward.name)} has its own calendar. {SUBSCRIBE_ONCE} "
             "Choose a venue, then the calendar you use:</p>"]
    for venue, path in feeds:
        lines += [f'<details class="wo-calendar"><summary>Sessions at {esc(venue.name)}</summary>',
                  *subscribe_options(path, f"Sessions at {venue.name}", view, here, field=f"subscribe-{venue.id}"),
                  "</details>"]
    return [*lines, "</section>", *all_calendars_link(here)]
