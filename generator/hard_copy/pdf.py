"""HTML to a tagged PDF, and QR codes to put in it.

WeasyPrint writes PDF/UA-1 (tagged: headings, lists and tables, the title and language set, real text in
reading order). Its dates come from ``SOURCE_DATE_EPOCH`` when that is set (``build_date`` sets the same
day for the pages), so the same content on the same day gives the same bytes.
"""

from __future__ import annotations

import segno
from weasyprint import HTML


def pdf_from_html(html: str) -> bytes:
    """``html`` (a whole document, with everything it needs inline) as a tagged PDF."""
    written = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    assert written is not None, "WeasyPrint returns the PDF when not given a target"
    return written


def qr_code(address: str) -> str:
    """A QR code for ``address`` as an SVG data address for an ``<img>``: black on white with its quiet
    zone, and medium error correction, so a creased or worn poster still scans."""
    return str(segno.make(address, error="m").svg_data_uri(scale=4, border=4))
