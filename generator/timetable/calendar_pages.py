"""The calendars page: every feed with subscribe options in plain words."""

from __future__ import annotations

from ..render import urls
from ..render.html import esc, href
from ..render.page import Page
from .feeds import CALENDARS
from .fragments import feed_meta, script_tag, subscribe_box
from .view import view_of


def calendars_page(ctx: object) -> Page:
    view = view_of(ctx)
    here = CALENDARS
    feeds = view.feeds.values()
    body = [
        "<h1>Add family hub sessions to your calendar</h1>",
        '<p class="fh-lead">Subscribe to a calendar and the sessions appear in the calendar app on your phone or '
        "computer. When a session is cancelled or moved, your calendar changes too.</p>",
        *subscribe_box(CALENDARS + "all.ics", view.site.settings.site_name, view, here,
                       heading_id="all", heading="Every session"),
        '<h2 id="stages">By age or stage</h2>',
    ]
    for feed in (f for f in feeds if f.path.startswith(CALENDARS + "stages/")):
        key = feed.path.rsplit("/", 1)[1].removesuffix(".ics")
        body += subscribe_box(feed.path, feed.title, view, here, heading_id=f"stage-{key}", heading=feed.title)
    body += ['<h2 id="venues">By family hub or venue</h2>',
             "<p>Each venue's page has its timetable and its own calendar.</p>", '<ul class="fh-list">']
    for feed in (f for f in feeds if f.path.startswith(CALENDARS + "venues/")):
        body.append(f'<li><a href="{href(here, feed.page)}#subscribe">{esc(feed.title)}</a>: '
                    f'<a href="{href(here, feed.path)}" download>download the calendar file</a></li>')
    body += ["</ul>", '<h2 id="services">By service</h2>', '<ul class="fh-list">']
    for feed in (f for f in feeds if f.path.startswith(CALENDARS + "services/")):
        body.append(f'<li><a href="{href(here, feed.page)}#subscribe">{esc(feed.title)}</a>: '
                    f'<a href="{href(here, feed.path)}" download>download the calendar file</a></li>')
    body += ["</ul>", f'<p>See <a href="{href(here, urls.WHATS_ON)}">what\'s on this week and next</a>.</p>',
             script_tag(here)]
    return Page(url=here, title="Add sessions to your calendar", body=body,
                description="Calendar feeds of family hub sessions for Apple, Google and Outlook calendars.",
                meta=feed_meta(view, CALENDARS + "all.ics"))
