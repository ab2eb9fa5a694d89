"""The pure core: content folder in, every generated file out.

``build_site`` never imports MkDocs. It returns ``{path: text or bytes}``
with paths relative to the docs folder; Markdown pages become HTML through
the MkDocs plugin, everything else is published as it is.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import urls
from .build_date import build_date
from .check import check_content, load_site
from .childcare.open_data import childcare_csv, childcare_csv_metadata, childcare_json, setting_rows
from .childcare.page import childcare_pages
from .context import resolve_context
from .hard_copy.all_documents import printed_documents
from .hard_copy.press import cache_folder, made
from .open_referral.feed import feed_files
from .page_budget import oversized_pages
from .photos import phone_photo
from .problems import ContentProblems, Problem
from .publication import mkdocs_setting
from .render.home import home_page
from .render.in_languages import pages_in_languages
from .render.open_data import services_json, venues_json
from .render.open_data_page import open_data_page
from .render.print_page import print_page
from .render.reference_pages import accessibility_page, free_page, glossary_page, you_said_we_did_page
from .render.services import service_pages
from .render.start_for_life_areas import start_for_life_pages
from .render.venues import photo_url, venue_pages
from .site import Site
from .timetable.outputs import timetable_files, timetable_pages

Output = dict[str, str | bytes]


@dataclass
class Generated:
    site: Site
    files: Output


def build_site(root: Path, today: date, site_url: str | None = None) -> Output:
    """Every generated file for the content under ``root``.

    Raises ``ContentProblems`` (listing every problem) when the content
    cannot be published, before anything is written anywhere.
    """
    return generate(root, today, site_url).files


def generate(root: Path, today: date, site_url: str | None = None, print_pdfs: bool = False,
             forking: bool = False) -> Generated:
    """Like ``build_site``, also handing back the checked ``Site``.

    ``site_url`` (from mkdocs.yml) makes the calendar feeds' absolute addresses. ``print_pdfs``: make the
    printed materials' PDFs too (``hard_copy``), which only a build to publish waits for. ``forking``: make
    each community language's pages in a process of its own (``forked``), which only ``mkdocs build`` does:
    ``mkdocs serve`` has threads running, which a forked process must not inherit halfway.
    """
    with _cycle_collector_paused():
        return render_site(load_site(root, today), root, today, site_url, print_pdfs, forking)


def check_everything(root: Path, today: date | None = None,
                     publishing: bool = False) -> tuple[Site | None, list[Problem]]:
    """Every problem a build could meet, found without writing anything: the content is checked, then every
    page is made in memory and weighed. The site, or None when there are errors; and every problem.
    ``publishing``: drafts are refused too (``check_content``)."""
    today = today or build_date()
    with _cycle_collector_paused():
        site, problems = check_content(root, today, publishing)
        if site is None:
            return None, problems
        try:
            render_site(site, root, today, mkdocs_setting(root, "site_url")[0])
        except ContentProblems as too_heavy:
            return None, sorted(problems + too_heavy.problems)
    return site, problems


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """A build makes millions of small objects that all live until it ends, and Python's cycle collector
    walks every one of them again each time it runs: at a county's size that was a sixth of the
    generator's time. The build leaves almost nothing that only the cycle collector can free (a few
    dozen objects at county scale), so it is paused for the build and collects that when it resumes."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def render_site(site: Site, root: Path, today: date, site_url: str | None = None,
                print_pdfs: bool = False, forking: bool = False) -> Generated:
    """Every file for a checked ``site``; raises ``ContentProblems`` when a page would be too heavy.
    ``print_pdfs``: make the PDFs that /print/ lists; without them it says they are made by a full build.
    ``forking``: as for ``generate``."""
    ctx = resolve_context(site, today, site_url)
    published = ctx.published
    documents = printed_documents(ctx)
    pdfs = made(documents, cache_folder()) if print_pdfs else None
    pages = [home_page(ctx), *start_for_life_pages(ctx), *timetable_pages(ctx)]
    pages += service_pages(ctx) + venue_pages(ctx)
    pages += [glossary_page(ctx), you_said_we_did_page(ctx), accessibility_page(ctx)]
    pages += [free_page(page, ctx) for page in site.pages]
    pages += childcare_pages(ctx)
    pages.append(open_data_page(ctx, published))
    pages.append(print_page(ctx, documents, pdfs))
    pages += pages_in_languages(ctx, pages, forking)
    written = [(page.url, page.markdown()) for page in pages]
    files = {urls.service(i): path for (kind, i), path in site.files.items() if kind == "services"}
    files |= {urls.venue(i): path for (kind, i), path in site.files.items() if kind == "venues"}
    too_heavy = oversized_pages(written, files, site.settings.languages)
    if too_heavy:
        raise ContentProblems(too_heavy)
    output: Output = {}
    for url, text in written:
        _add(output, urls.source_path(url), text)
    _add(output, urls.SERVICES_JSON, services_json(site, published))
    _add(output, urls.VENUES_JSON, venues_json(site, published))
    childcare_rows = setting_rows(site, published)
    _add(output, urls.CHILDCARE_JSON, childcare_json(site, published, childcare_rows))
    _add(output, urls.CHILDCARE_CSV, childcare_csv(childcare_rows))
    _add(output, urls.CHILDCARE_CSV_METADATA, childcare_csv_metadata(site, published))
    for path, content in timetable_files(ctx).items():
        _add(output, path, content)
    for path, content in feed_files(ctx).items():
        _add(output, path, content)
    for file, pdf in (pdfs or {}).items():
        _add(output, urls.PRINT + file, pdf.content)
    for venue in site.venues.values():
        if venue.photo:
            _add(output, photo_url(venue), phone_photo(root / "content" / "photos" / venue.photo.file))
    return Generated(site, output)


def _add(output: Output, path: str, content: str | bytes) -> None:
    if path in output:  # two renderers claiming one URL is a bug, not an editor's mistake
        raise RuntimeError(f"two generated files would both be {path}")
    output[path] = content
