"""The Start for Life booklet read back as a parent, a screen reader and a phone's camera would read it:
its text (pypdf), its QR code (rendered by pdfium and decoded by zxing-cpp, not by the library that drew it)
and its tagging (page, a PDF/UA-1 checker)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import page
import pypdfium2
import pytest
import zxingcpp
from markupsafe import escape
from pypdf import PdfReader

from generator.check import load_site
from generator.context import resolve_context
from generator.hard_copy.booklet import booklet_html, booklet_pdf
from generator.render.start_for_life import OFFER_STAGES, offer_services

from ..conftest import EXAMPLE_TODAY, example_project

SITE_URL = "https://familyhubs.example.gov.uk/"


def _booklet(project: Path) -> bytes:
    site = load_site(project, EXAMPLE_TODAY)
    return booklet_pdf(resolve_context(site, EXAMPLE_TODAY, SITE_URL))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    project = example_project(tmp_path_factory.mktemp("booklet") / "project")
    return project, _booklet(project)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


def test_every_service_of_the_offer_is_in_the_booklet_with_the_council_and_the_date(made) -> None:
    project, pdf = made
    text = _text(pdf)
    site = load_site(project, EXAMPLE_TODAY)
    names = [s.name for s in offer_services(site.services.values())]
    assert names and [name for name in names if name not in text] == []
    assert site.settings.council_name in text
    assert "Correct on 1 December 2026; check online for changes." in text
    assert "Write to Example Borough Council, Civic Centre, Market Street, Exampleton EX1 1AA" in text
    hubs = [v for v in site.venues.values() if v.kind in ("main-hub", "spoke")]
    assert hubs and all(f"Opening hours at {v.name}" in text and v.postcode in text for v in hubs)


def test_each_service_is_described_once_under_its_first_stage_and_named_under_the_others(made) -> None:
    project, pdf = made
    site = load_site(project, EXAMPLE_TODAY)
    html = booklet_html(resolve_context(site, EXAMPLE_TODAY, SITE_URL))
    services = offer_services(site.services.values())
    assert {s.name: html.count(f"<h4>{escape(s.name)}</h4>") for s in services} == {s.name: 1 for s in services}
    offer_stages = {stage.key for stage in OFFER_STAGES}
    several = [s for s in services if len(offer_stages.intersection(s.stages)) > 1]
    assert several and all(f"{escape(s.name)} (see “" in html for s in several)
    print(f"the example's booklet on A4: {len(PdfReader(io.BytesIO(pdf)).pages)} pages")


def test_the_qr_code_on_the_cover_opens_the_offer_online(made) -> None:
    _, pdf = made
    cover = pypdfium2.PdfDocument(pdf)[0].render(scale=3).to_pil()
    assert [code.text for code in zxingcpp.read_barcodes(cover)] == [SITE_URL + "start-for-life/"]


def test_the_booklet_is_tagged_for_screen_readers_as_pdf_ua_1_asks(made) -> None:
    _, pdf = made
    report = page.validate_pdf_bytes(pdf, profile="ua1")
    print(f"PDF/UA-1 (page {page.__version__}): {report.rules.passed} of {report.rules.total} rules met")
    assert [(f.rule_id, f.message) for f in report.failures] == [] and report.is_compliant
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and reader.metadata.title.startswith("Start for Life")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_the_same_content_on_the_same_day_gives_the_same_bytes(made) -> None:
    project, pdf = made
    assert _booklet(project) == pdf
