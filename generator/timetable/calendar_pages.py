"""The calendars page: every feed with subscribe options in plain words (``templates/timetable/calendars.html``)."""

from __future__ import annotations

from ..render.page import Page
from ..templating import render
from .feeds import CALENDARS
from .fragments import feed_meta, subscribe
from .view import view_of


def calendars_page(ctx: object) -> Page:
    view = view_of(ctx)
    here = CALENDARS
    feeds = view.feeds.values()
    stages = [(feed.path.rsplit("/", 1)[1].removesuffix(".ics"), subscribe(view, feed.path, feed.title), feed.title)
              for feed in feeds if feed.path.startswith(CALENDARS + "stages/")]
    body = render("timetable/calendars.html", ctx=ctx, here=here, stages=stages,
                  everything=subscribe(view, CALENDARS + "all.ics", view.site.settings.site_name),
                  venues=[feed for feed in feeds if feed.path.startswith(CALENDARS + "venues/")],
                  services=[feed for feed in feeds if feed.path.startswith(CALENDARS + "services/")])
    return Page(url=here, title="Add sessions to your calendar", body=[body],
                description="Calendar feeds of family hub sessions for Apple, Google and Outlook calendars.",
                meta=feed_meta(view, CALENDARS + "all.ics"))
