"""Making a PDF reaches nothing outside it: QR codes are drawn in the build, and any other address a
document names (another site, a file on the machine) stops the build rather than being fetched."""

from __future__ import annotations

import pytest
from weasyprint.urls import FatalURLFetchingError

from generator.hard_copy.pdf import pdf_from_html, qr_image

from .conftest import qr_codes

PAGE = '<html lang="en"><title>t</title><body>{}</body></html>'


def test_a_qr_code_is_drawn_for_its_address() -> None:
    address = "https://familyhubs.example.gov.uk/venues/a/#subscribe"
    pdf = pdf_from_html(PAGE.format(f'<img src="{qr_image(address)}" alt="QR code" width="150">'))
    assert qr_codes(pdf) == [address]


@pytest.mark.parametrize("address", ["https://tracker.example/pixel.png", "file:///etc/passwd", "data:,x"])
def test_any_other_address_stops_the_build_instead_of_being_fetched(address: str) -> None:
    with pytest.raises(FatalURLFetchingError):
        pdf_from_html(PAGE.format(f'<img src="{address}" alt="x">'))
