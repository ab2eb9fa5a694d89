"""The What's on page: this week and next by day, then the regular weekly timetable.

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

from ..render import urls
from ..render.html import NOT_SEARCHED, esc, href
from ..render.page import Page
from ..vocabulary import STAGES, THEMES
from .engine import Occurrence
from .feeds import CALENDARS, session_stages
from .fragments import feed_meta, occurrence_item, script_tag, subscribe_box, weekly_tables
from .schema import Session
from .view import TimetableView, view_of
from .words import BOOKING, TIME_OF_DAY

URL = urls.WHATS_ON


def whats_on_page(ctx: object) -> Page:
    """What's on as one page: every session in the timetable."""
    view = view_of(ctx)
    here = URL
    sessions = view.schedule.sessions
    if not sessions:  # a new site, before its timetable is written
        return Page(url=here, title="What's on", body=[
            "<h1>What's on</h1>",
            '<p class="fh-lead">No groups or sessions are listed yet.</p>',
            f'<p>See <a href="{href(here, urls.VENUES)}">the family hubs</a> for when they are open, and '
            f'<a href="{href(here, urls.SERVICES)}">all services</a> for how to get each one.</p>',
        ], description="Family hub groups and sessions this week and next.")
    body = [
        "<h1>What's on</h1>",
        '<p class="fh-lead">Groups, clinics and drop-ins at family hubs this week and next, then the regular '
        "weekly timetable. Sessions that are cancelled or changed say so in words.</p>",
        # The venue filter offers every venue with a date listed, one that a session moved to included.
        *listing(view, sessions, view.next_two_weeks,
                 {s.venue for s in sessions} | {o.venue for o in view.next_two_weeks}, here),
    ]
    if view.feeds:
        body[-1:-1] = [
            *subscribe_box(CALENDARS + "all.ics", view.site.settings.site_name, view, here,
                           heading="Add every session to your calendar"),
            *all_calendars_link(here),
        ]
    return Page(url=here, title="What's on", body=body,
                description="Family hub groups and sessions this week and next, and the weekly timetable.",
                meta=feed_meta(view, CALENDARS + "all.ics"))


def all_calendars_link(here: str) -> list[str]:
    return [f'<p>There are also calendars for each family hub, service and age: see <a href="{href(here, CALENDARS)}">'
            "all calendars</a>.</p>"]


def listing(view: TimetableView, sessions: list[Session], dated: list[Occurrence], venue_ids: set[str],
            here: str) -> list[str]:
    """Jump links, the filter form, this week and next by day, then the regular weekly timetable.

    ``dated`` are the occurrences from today to next Sunday to list; ``venue_ids`` the venues the
    filter offers. Ends with the script tag, so callers can put a subscribe box just before it.
    """
    today = view.schedule.today
    this_week = [o for o in dated if o.date <= view.this_sunday]
    next_week = [o for o in dated if o.date > view.this_sunday]
    return [
        '<nav aria-label="On this page" class="fh-jump"><ul>',
        '<li><a href="#this-week">This week</a></li>',
        '<li><a href="#next-week">Next week</a></li>',
        '<li><a href="#weekly">Regular weekly timetable</a></li>',
        '<li><a href="#subscribe">Add to your calendar</a></li>',
        "</ul></nav>",
        # Stages and themes on offer include those of a date moved here from a venue elsewhere.
        *_filter_form(view, [*sessions, *(o.session for o in dated)], venue_ids),
        '<p id="wo-status" class="wo-status" role="status" aria-live="polite"></p>',
        f'<h2 id="this-week"{NOT_SEARCHED}>This week</h2>',
        *_days(view, this_week, today, view.this_sunday, here),
        f'<h2 id="next-week"{NOT_SEARCHED}>Next week</h2>',
        *_days(view, next_week, view.this_sunday + timedelta(days=1), view.next_sunday, here),
        f'<h2 id="weekly"{NOT_SEARCHED}>Regular weekly timetable</h2>',
        "<p>These are the usual days and times. Sessions marked <strong>term time only</strong> do not run in "
        f"school holidays or half-terms, and {_bank_holidays(sessions)}. Check the dates above before you go.</p>",
        *weekly_tables(sessions, view, here),
        script_tag(here),
    ]


def _bank_holidays(sessions: list[Session]) -> str:
    """What the weekly timetable says about bank holidays, true for the sessions it lists."""
    if any(s.runs_on_bank_holidays for s in sessions):
        return "only sessions marked <strong>runs on bank holidays</strong> run on bank holidays"
    return "no sessions run on bank holidays"


def _days(view: TimetableView, occurrences: list[Occurrence], first: date, last: date, here: str) -> list[str]:
    """Every day from ``first`` to ``last``, named even when nothing is on; ``occurrences`` in time order."""
    lines = []
    by_day = {day: list(items) for day, items in groupby(occurrences, key=lambda o: o.date)}
    day = first
    while day <= last:
        items = by_day.get(day, [])
        label = f"{day:%A} {day.day} {day:%B}"
        lines.append('<div class="wo-day" data-wo-day>')
        lines.append(f'<h3 id="day-{day.isoformat()}"{NOT_SEARCHED}>{esc(label)}</h3>')
        if items:
            lines += ['<ul class="wo-list">', *[occurrence_item(o, view, here) for o in items], "</ul>"]
            lines.append('<p class="wo-empty" hidden>No sessions on this day match your choices.</p>')
        else:
            lines.append("<p>No sessions on this day.</p>")
        lines.append("</div>")
        day += timedelta(days=1)
    return lines


def _select(name: str, label: str, options: list[tuple[str, str]]) -> list[str]:
    return [
        '<div class="wo-field">',
        f'<label for="wo-{name}">{esc(label)}</label>',
        f'<select id="wo-{name}" name="{name}">',
        '<option value="">Any</option>',
        *[f'<option value="{esc(value)}">{esc(text)}</option>' for value, text in options],
        "</select>",
        "</div>",
    ]


def _filter_form(view: TimetableView, sessions: list[Session], venue_ids: set[str]) -> list[str]:
    stages = {stage for s in sessions for stage in session_stages(s, view.site)}
    themes = {t for s in sessions for t in view.site.services[s.service].themes}
    ways = {s.booking for s in sessions}
    return [
        '<form id="wo-filters" class="wo-filters" aria-labelledby="wo-filters-heading" hidden>',
        f'<h2 id="wo-filters-heading"{NOT_SEARCHED}>Find sessions</h2>',
        '<div class="wo-fields">',
        *_select("venue", "Where", [(v.id, v.name) for v in view.site.venues.values() if v.id in venue_ids]),
        *_select("stage", "Age or stage", [(s.key, s.short) for s in STAGES if s.key in stages]),
        *_select("theme", "Helps with", [(k, label) for k, label in THEMES.items() if k in themes]),
        *_select("time", "Time of day", list(TIME_OF_DAY.items())),
        # Only the ways into the sessions listed: a choice that matches nothing only wastes a tap.
        *_select("access", "How to join", [(k, words) for k, words in BOOKING.items() if k in ways]),
        "</div>",
        '<div class="wo-checks">',
        '<p><input type="checkbox" id="wo-send" name="send" value="yes"> '
        '<label for="wo-send">SEND-friendly sessions only</label></p>',
        '<p><input type="checkbox" id="wo-free" name="free" value="yes"> '
        '<label for="wo-free">Free sessions only</label></p>',
        "</div>",
        '<p class="wo-actions"><button type="submit" class="wo-button">Show sessions</button> '
        '<button type="reset" class="wo-button wo-button--secondary">Clear choices</button></p>',
        "</form>",
    ]
