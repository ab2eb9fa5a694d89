"""What every printed document is, for the ``/print/`` page and for making its PDFs: its title, what it is
for, its HTML, and the files made from it (one per paper size).

Python decides what each document holds (``booklet``, ``poster``, ``leaflet``); the templates in
``templates/print/`` word and lay it out; ``press`` turns the HTML into PDFs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..context import SiteContext
from .pdf import ONE_SIZE_UP, qr_image

# The kinds of document, in the order the /print/ page lists them.
BOOKLET, POSTER, LEAFLET = "booklet", "poster", "leaflet"


class Sheet(NamedTuple):
    """One PDF made from a document: its file under ``print/``, its paper and what it is, in a few words."""

    file: str
    paper: str  # "A4"
    label: str  # as its link says it: "A4", "A4, large print"
    zoom: float = 1.0  # 1 for the paper the document's CSS names; ``ONE_SIZE_UP`` for the next size up


class Printed(NamedTuple):
    """A printed document and the PDFs made from it."""

    kind: str  # BOOKLET, POSTER or LEAFLET
    title: str  # as the /print/ page lists it
    purpose: str  # what it is for, in a sentence
    html: Callable[[], str]  # its whole HTML, made when its PDFs are
    sheets: tuple[Sheet, ...]
    pages_multiple: int = 1  # a folded booklet's pages come in fours: copies of ``blank`` make up the count
    blank: Callable[[], str] | None = None  # an empty page in the document's style, as a document


class Online(NamedTuple):
    """Where a document's QR code leads: the address in full, in short words to type, and the code."""

    address: str
    words: str  # "familyhubs.example.gov.uk/start-for-life"
    qr: str | None  # the image address of its QR code (``pdf.qr_image``); None when the site's address is unknown


def online(ctx: SiteContext, path: str) -> Online:
    """The published address of ``path`` (a page, perhaps with a ``#section``), its words and its QR code."""
    address = ctx.published.url(path)
    words = address.split("://", 1)[-1].split("#", 1)[0].rstrip("/")
    return Online(address, words, qr_image(address) if ctx.published.address else None)


def in_two_sizes(stem: str, paper: str, larger: str) -> tuple[Sheet, Sheet]:
    """A document laid out on ``paper`` and written on it and one A size up (A4 and A3)."""
    return (Sheet(f"{stem}-{paper.lower()}.pdf", paper, paper),
            Sheet(f"{stem}-{larger.lower()}.pdf", larger, larger, ONE_SIZE_UP))
