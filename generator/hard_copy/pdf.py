"""HTML to a tagged PDF, and QR codes to put in it.

WeasyPrint writes PDF/UA-1 (tagged: headings, lists and tables, the title and language set, real text in
reading order). Its dates come from the document's ``dcterms`` dates, which are the build date, so the same
content on the same day gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, NamedTuple
from urllib.parse import quote, unquote

import pydyf
import segno

# A sheet one A size up is the same shape, its sides √2 times as long (A4 to A3): a poster laid out once on A4
# is written again at this zoom for A3, every length and type size grown alike.
ONE_SIZE_UP = 2 ** 0.5
PDF_UA = {"pdf_variant": "pdf/ua-1"}  # for laying out (the tags) and for writing alike
QR = "qr:"  # the scheme of the image addresses that stand for QR codes (``qr_image``)
MM = 72 / 25.4
PAPER_POINTS = {name: (width * MM, height * MM) for name, (width, height) in
                {"A3": (297, 420), "A4": (210, 297), "A5": (148, 210)}.items()}


class Pdf(NamedTuple):
    content: bytes
    pages: int


def pdf_from_html(html: str) -> bytes:
    """``html`` (a whole document, with everything it needs inline) as a tagged PDF."""
    return pdfs_from_html(html, ((1.0, ""),))[0].content


def pdfs_from_html(html: str, writes: tuple[tuple[float, str], ...], pages_multiple: int = 1,
                   blank: str = "") -> list[Pdf]:
    """``html`` laid out once and written as each of ``writes``: a zoom (1 for the paper its CSS names) and
    the paper to centre the pages on ("" to leave them as they are); with copies of the page ``blank`` (a
    document of one empty page) at the end to make the count a multiple of ``pages_multiple``."""
    from weasyprint import HTML  # most of a second to import: only what makes PDFs waits for it

    fetcher = _only_qr_codes()
    document = HTML(string=html, url_fetcher=fetcher).render(**PDF_UA)
    short = -len(document.pages) % pages_multiple
    if short:
        blank_page = HTML(string=blank, url_fetcher=fetcher).render(**PDF_UA).pages[:1]
        document = document.copy(document.pages + blank_page * short)
    written = [document.write_pdf(zoom=zoom, finisher=_centred_on(paper), **PDF_UA) for zoom, paper in writes]
    assert all(pdf is not None for pdf in written), "WeasyPrint returns the PDF when not given a target"
    return [Pdf(pdf, len(document.pages)) for pdf in written if pdf is not None]


def _centred_on(paper: str) -> Callable[[Any, pydyf.PDF], None] | None:
    """A finisher for WeasyPrint that puts every page in the middle of a sheet of ``paper``.

    A5 is not exactly half of A4 (148 mm, not 148.5), so A5 pages enlarged √2 times are 209.3 mm wide: on
    a sheet of exactly A4 they print at 100% on any printer, with equal margins.
    """
    if paper not in PAPER_POINTS:
        return None
    width, height = PAPER_POINTS[paper]

    def centre(document: Any, pdf: pydyf.PDF) -> None:
        for page in (o for o in pdf.objects if isinstance(o, pydyf.Dictionary) and o.get("Type") == "/Page"):
            left, bottom, right, top = page["MediaBox"]
            across, up = (width - (right - left)) / 2, (height - (top - bottom)) / 2
            box = pydyf.Array([left - across, bottom - up, right + across, top + up])
            page["MediaBox"] = page["TrimBox"] = page["BleedBox"] = box

    return centre


def qr_image(address: str) -> str:
    """The image address that stands for a QR code of ``address`` in a printed document's HTML. The code is
    drawn when the PDF is made (``_only_qr_codes``): the HTML, and so the PDF's fingerprint (``press``),
    holds only the address, and a build whose PDFs are all kept draws none."""
    return QR + quote(address, safe="")


def qr_svg(address: str) -> bytes:
    """A QR code for ``address`` as SVG: black on white with its quiet zone, and medium error correction, so
    a creased or worn poster still scans."""
    drawn = io.BytesIO()
    segno.make(address, error="m").save(drawn, kind="svg", scale=4, border=4)
    return drawn.getvalue()


def _only_qr_codes() -> Any:
    """WeasyPrint's fetcher for a document's images and styles: it draws the QR codes (``qr_image``) and
    fetches nothing else, so no printed document can make a build reach another site or read a file."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class OnlyQrCodes(URLFetcher):
        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            if not url.startswith(QR):
                raise ValueError(f"a printed document fetches nothing, and asked for {url}")
            return URLFetcherResponse(url, qr_svg(unquote(url.removeprefix(QR))), {"Content-Type": "image/svg+xml"})

    return OnlyQrCodes(fail_on_errors=True)
