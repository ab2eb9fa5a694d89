"""``/print/``: every printed document, with what it is for, its paper, pages and file size, the date of
its data, and how to order printed copies from the council.

The PDFs are made by a full build (``mkdocs build``), not by the preview (``mkdocs serve``) nor by ``check``:
without them the page lists the documents and says where they will be.
"""

from __future__ import annotations

from typing import NamedTuple

from .. import urls
from ..context import SiteContext
from ..hard_copy.documents import BOOKLET, LEAFLET, POSTER, Printed, Sheet
from ..hard_copy.pdf import Pdf
from ..page import Page
from ..templating import render
from ..translation import N_

# What each kind of document is, as the page introduces it.
KINDS = {
    BOOKLET: (N_("Start for Life booklets"),
              N_("The whole offer from pregnancy to age 5, by stage, with the family hubs and how to contact "
                 "us: for every parent-to-be.")),
    POSTER: (N_("Posters for family hubs and venues"),
             N_("For each place: its regular sessions by day, its opening hours and address, and QR codes for "
                "its page and for adding its sessions to a calendar. On A4 and A3.")),
    LEAFLET: (N_("Leaflets by theme"),
              N_("For each theme: its services, where and when they run, and a QR code to the theme online. "
                 "On A4.")),
}


class Download(NamedTuple):
    sheet: Sheet
    url: str  # the PDF's address in the site
    pdf: Pdf | None  # None when this build did not make it


class Listed(NamedTuple):
    document: Printed
    downloads: list[Download]


class Kind(NamedTuple):
    key: str
    heading: str
    about: str
    documents: list[Listed]


def print_page(ctx: SiteContext, documents: list[Printed], pdfs: dict[str, Pdf] | None) -> Page:
    """The page listing ``documents``; ``pdfs``: their PDFs by file name, None when they were not made."""
    here = urls.PRINT
    kinds = []
    for key, (heading, about) in KINDS.items():
        listed = [Listed(d, [Download(s, urls.PRINT + s.file, pdfs.get(s.file) if pdfs else None) for s in d.sheets])
                  for d in documents if d.kind == key]
        if listed:
            kinds.append(Kind(key, heading, about, listed))
    body = render("print.html", ctx=ctx, here=here, kinds=kinds, made=pdfs is not None)
    return Page(url=here, title=N_("Printed booklets, posters and leaflets"), body=[body],
                description=N_("The offer as booklets, posters and leaflets to print or to order, made from the "
                               "same information as this site."))

