"""Everything the timetable adds to a build: pages, feeds and open data."""

from __future__ import annotations

from .. import urls
from ..context import SiteContext
from ..page import Page
from ..templating import TEMPLATES
from .calendar_pages import calendars_page
from .ics import feed_files
from .open_data import sessions_json
from .whats_on_wards import whats_on_pages


def timetable_pages(ctx: SiteContext) -> list[Page]:
    """What's on, and the calendars page when there are feeds."""
    pages = whats_on_pages(ctx)
    if ctx.timetable.feeds:
        pages.append(calendars_page(ctx))
    return pages


def timetable_files(ctx: SiteContext) -> dict[str, str | bytes]:
    """Every calendar feed and ``data/sessions.json``."""
    view, published = ctx.timetable, ctx.published
    files: dict[str, str | bytes] = dict(feed_files(list(view.feeds.values()), view.site, view.schedule,
                                                    view.site_url))
    files[urls.SESSIONS_JSON] = sessions_json(view.site, view.schedule, published)
    if view.feeds:
        for folder in ANNOUNCED_FOLDERS:
            files[folder + "sitemap.xml"] = EMPTY_SITEMAP
    return files


# Material for MkDocs fetches "sitemap.xml" next to every <link rel="alternate"> on a page (it is looking
# for translations). Pages announce feeds in these folders, so each gets an empty, valid sitemap: the
# request succeeds instead of filling the server's logs with "not found".
ANNOUNCED_FOLDERS = ("calendars/", "calendars/venues/", "calendars/services/")
EMPTY_SITEMAP = (TEMPLATES / "timetable" / "empty_sitemap.xml").read_text(encoding="utf-8")
