"""The calendars page: every feed with subscribe options in plain words (``templates/timetable/calendars.html``)."""

from __future__ import annotations

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..templating import render
from ..translation import N_
from .fragments import feed_meta, subscribe


def calendars_page(ctx: SiteContext) -> Page:
    view = ctx.timetable
    here = urls.CALENDARS
    feeds = view.feeds.values()
    stages = [(feed.key, subscribe(view, feed.path, feed.title), feed.title) for feed in feeds if feed.kind == "stage"]
    body = render("timetable/calendars.html", ctx=ctx, here=here, stages=stages,
                  everything=subscribe(view, urls.ALL_SESSIONS_FEED, view.site.settings.site_name),
                  venues=[feed for feed in feeds if feed.kind == "venue"],
                  services=[feed for feed in feeds if feed.kind == "service"])
    return Page(url=here, title=N_("Add sessions to your calendar"), body=[body],
                description=N_("Calendar feeds of family hub sessions for Apple, Google and Outlook calendars."),
                meta=feed_meta(view, urls.ALL_SESSIONS_FEED))
