"""HTML pieces for timetables: one dated occurrence, a weekly table, a subscribe box.

Status is always in words ("Cancelled", "Changed"), never colour alone. Each
item carries ``data-`` attributes that the What's on filter reads; without
JavaScript they do nothing and everything stays visible.
"""

from __future__ import annotations

from ..date_words import clock, time_span
from ..render import urls
from ..render.html import NOT_SEARCHED, esc, href, join
from ..vocabulary import WEEKDAYS
from .engine import Occurrence
from .feeds import absolute, session_feed_path, session_stages, subscribe_links
from .schema import Session
from .view import TimetableView
from .words import BOOKING, how_to_book_label, recurrence_words, time_of_day

SCRIPT = "assets/javascripts/whats-on.js"


def _filters(session: Session, view: TimetableView, bucket: str, venue: str | None = None) -> str:
    """The values the filter matches on, as data attributes (``venue``: where it is on that date)."""
    service = view.site.services[session.service]
    values = {
        "venue": venue or session.venue,
        "stages": " ".join(session_stages(session, view.site)),
        "themes": " ".join(service.themes),
        "time": bucket,
        "access": session.booking,
        "send": "yes" if session.send_friendly else "no",
        "free": "yes" if _cost(session, view) is None else "no",
    }
    return "data-wo-item " + " ".join(f'data-{key}="{esc(value)}"' for key, value in values.items())


def _tags(session: Session, view: TimetableView) -> str:
    """Short facts as tags, then the cost in words when it is not simply free."""
    cost = _cost(session, view)
    tags = [BOOKING[session.booking]]
    if cost is None:
        tags.append("Free")
    if session.send_friendly:
        tags.append("SEND-friendly")
    if session.language:
        tags.append(f"In {session.language}")
    if session.term_time_only:
        tags.append("Term time only")
    if session.runs_on_bank_holidays:
        tags.append("Runs on bank holidays")
    html = '<p class="fh-tags">' + " ".join(f'<span class="fh-tag">{esc(t)}</span>' for t in tags) + "</p>"
    return html + (f'<p class="wo-cost">Cost: {esc(cost)}</p>' if cost else "")


def _cost(session: Session, view: TimetableView) -> str | None:
    """The session's cost in words, or None when it is free."""
    cost = session.cost or view.site.services[session.service].cost
    return None if cost.strip().lower() == "free" else cost


def occurrence_item(occurrence: Occurrence, view: TimetableView, here: str, heading: str = "h4",
                    show_date: bool = False) -> str:
    """One dated session as a list item, with its status in words."""
    session = occurrence.session
    service = view.site.services[session.service]
    venue = view.site.venues[occurrence.venue]
    bucket = time_of_day(occurrence.date, occurrence.start.time(), view.schedule.terms)
    when = (f'<time datetime="{occurrence.start.isoformat()}">{clock(occurrence.start.time())}</time> to '
            f'<time datetime="{occurrence.end.isoformat()}">{clock(occurrence.end.time())}</time>')
    if show_date:
        when = f"{esc(_day(occurrence))}, {when}"
    status = ""
    if occurrence.status == "cancelled":
        status = f'<p class="wo-note wo-note--cancelled"><strong>Cancelled.</strong> {esc(occurrence.reason)}</p>'
        when = f"<s>{when}</s> <span class=\"wo-label\">(cancelled)</span>"
    elif occurrence.status == "changed":
        usual = f"usually {time_span(session.starts, session.ends)} at {view.site.venues[session.venue].name}"
        status = (f'<p class="wo-note wo-note--changed"><strong>Changed on this date</strong> ({esc(usual)}). '
                  f"{esc(occurrence.reason)}</p>")
    elif occurrence.extra:
        status = '<p class="wo-note"><strong>Extra date.</strong> ' + esc(occurrence.reason or "") + "</p>"
    name = session.name or service.name
    return join([
        f'<li class="wo-item wo-item--{occurrence.status}" {_filters(session, view, bucket, occurrence.venue)}>',
        f'<p class="wo-when">{when}</p>',
        f'<{heading} class="wo-title"><a href="{href(here, urls.service(service.id))}">{esc(name)}</a></{heading}>',
        status,
        f'<p class="wo-where">At <a href="{href(here, urls.venue(venue.id))}">{esc(venue.name)}</a></p>',
        _tags(session, view),
        "</li>",
    ])


NEXT_DATES = 8  # how many dates a venue or service page lists


def next_dates(upcoming: list[Occurrence], view: TimetableView, here: str) -> list[str]:
    """The next dated occurrences (from ``Schedule.next_of`` or ``next_at``), cancellations and changes included."""
    if not upcoming:
        return ["<p>There are no dates in the next few weeks.</p>"]
    lines = ['<ul class="wo-list">']
    for occurrence in upcoming:
        lines.append(occurrence_item(occurrence, view, here, heading="h3", show_date=True))
    return lines + ["</ul>"]


def _day(occurrence: Occurrence) -> str:
    d = occurrence.date
    return f"{d:%A} {d.day} {d:%B}"


def weekly_tables(sessions: list[Session], view: TimetableView, here: str, caption_prefix: str = "") -> list[str]:
    """The regular week: one table per day with sessions, time first."""
    lines = []
    # A session that has ended is no longer part of the regular week.
    current = [s for s in sessions if s.valid_to is None or s.valid_to >= view.schedule.today]
    for index, day in enumerate(WEEKDAYS):
        today = sorted((s for s in current if s.day == day), key=lambda s: (s.starts, s.ends, s.id))
        if not today:
            continue
        lines += [
            '<table class="fh-table wo-table" data-wo-day>',
            f"<caption>{esc(caption_prefix + day.capitalize())}</caption>",
            '<thead><tr><th scope="col">Time</th><th scope="col">Session</th><th scope="col">Where</th>'
            '<th scope="col">How often</th><th scope="col">Details</th></tr></thead>',
            "<tbody>",
        ]
        for session in today:
            lines.append(_weekly_row(session, view, here, index))
        lines += ["</tbody>", "</table>"]
    return lines or ["<p>There are no regular sessions at the moment.</p>"]


def _weekly_row(session: Session, view: TimetableView, here: str, weekday: int) -> str:
    service = view.site.services[session.service]
    venue = view.site.venues[session.venue]
    name = session.name or service.name
    often = recurrence_words(session, with_time=False)
    if session.valid_from and session.valid_from > view.schedule.today:
        often += f", from {session.valid_from.day} {session.valid_from:%B %Y}"
    if session.valid_to:
        often += f", until {session.valid_to.day} {session.valid_to:%B %Y}"
    details = [_tags(session, view)]
    if session.ages:
        details.append(f"<p>Ages: {esc(session.ages)}</p>")
    if session.how_to_book:
        details.append(f"<p>{how_to_book_label(session.booking)}: {esc(session.how_to_book)}</p>")
    details.append(f'<p><a href="{href(here, session_feed_path(session.id))}" download>'
                   f"Add to your calendar<span class=\"wo-visually-hidden\">: {esc(name)}, "
                   f"{esc(session.day.capitalize())} at {esc(venue.name)}</span></a></p>")
    bucket = time_of_day(weekday, session.starts)
    return join([
        f"<tr {_filters(session, view, bucket)}>",
        f'<th scope="row" data-label="Time">{esc(time_span(session.starts, session.ends))}</th>',
        f'<td data-label="Session"><a href="{href(here, urls.service(service.id))}">{esc(name)}</a></td>',
        f'<td data-label="Where"><a href="{href(here, urls.venue(venue.id))}">{esc(venue.name)}</a></td>',
        f'<td data-label="How often">{esc(often)}</td>',
        f'<td data-label="Details">{"".join(details)}</td>',
        "</tr>",
    ])


def subscribe_box(feed_path: str, title: str, view: TimetableView, here: str, heading_id: str = "subscribe",
                  heading: str = "Add these sessions to your calendar") -> list[str]:
    """Subscribe options in plain words: Apple, Google, Outlook, a download and an address to copy."""
    return [
        f'<section class="wo-subscribe" aria-labelledby="{heading_id}">',
        f'<h2 id="{heading_id}"{NOT_SEARCHED}>{esc(heading)}</h2>',
        f"<p>{SUBSCRIBE_ONCE} Choose the calendar you use:</p>",
        *subscribe_options(feed_path, title, view, here, field=f"{heading_id}-address"),
        "</section>",
    ]


SUBSCRIBE_ONCE = ("Subscribe once and your calendar keeps up to date by itself, including sessions that are "
                  "cancelled or moved.")


def subscribe_options(feed_path: str, title: str, view: TimetableView, here: str, field: str) -> list[str]:
    """The ways to subscribe to one feed; ``field`` is the id of the address to copy."""
    address = absolute(view.site_url, feed_path)
    links = subscribe_links(address, title)
    return [
        '<ul class="fh-list">',
        f'<li><a href="{esc(links["webcal"])}">Apple Calendar (iPhone, iPad or Mac), or another calendar app on '
        "this device</a></li>",
        f'<li><a href="{esc(links["google"])}">Google Calendar</a> (opens Google; you need to be signed in)</li>',
        f'<li><a href="{esc(links["outlook"])}">Outlook.com or Outlook on the web</a> (opens Microsoft; you need to '
        "be signed in)</li>",
        f'<li><a href="{href(here, feed_path)}" download>Download the calendar file</a> to add the dates once. '
        "It will not update itself.</li>",
        "</ul>",
        f'<p><label for="{field}">Or copy this address and paste it where your calendar app asks for a '
        "calendar address (it may say \"subscribe\", \"from web\" or \"add by URL\"):</label></p>",
        f'<p class="wo-copy"><input id="{field}" class="wo-address" type="text" readonly value="{esc(address)}"> '
        f'<button type="button" class="wo-button" data-copy="{field}" hidden>Copy the address</button></p>',
    ]


def script_tag(here: str) -> str:
    return f'<script src="{href(here, SCRIPT)}" defer></script>'


def feed_meta(view: TimetableView, feed_path: str) -> dict[str, str]:
    """Front matter that makes the theme announce a feed with ``<link rel="alternate" type="text/calendar">``.

    The path is site-relative (the theme makes it relative to the page), so a preview on another host
    never asks the published site for anything.
    """
    feed = view.feed(feed_path)
    if feed is None:
        return {}
    return {"calendar_feed": feed.path, "calendar_title": feed.title}
