"""The Start for Life booklet read back as a parent, a print shop and a phone's camera would read it: its text
(pypdf), its pages and type sizes, and its QR code (drawn by pdfium, read by zxing-cpp)."""

from __future__ import annotations

import io
from collections import Counter

from markupsafe import escape
from pypdf import PdfReader

from generator.check import load_site
from generator.context import resolve_context
from generator.hard_copy.all_documents import printed_documents
from generator.hard_copy.booklet import booklet_html
from generator.hard_copy.pdf import pdfs_from_html
from generator.hard_copy.press import made
from generator.render.start_for_life import OFFER_STAGES, offer_services
from generator.render.start_for_life_areas import areas_of_offer

from ..conftest import EXAMPLE_TODAY, SPLIT_LIMITS, example_project
from .conftest import SITE_URL, page_texts, qr_codes, text

A5 = "start-for-life-booklet-a5.pdf"
LARGE_PRINT = "start-for-life-booklet-a4-large-print.pdf"
A5_POINTS, A4_POINTS = (419.5, 595.3), (595.3, 841.9)


def body_size(pdf: bytes, page: int) -> float:
    """The size in points of most of a page's text, as printed (its font size through every scaling)."""
    sizes: Counter[float] = Counter()

    def visit(words, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if words.strip():
            sizes[round(size * abs(tm[0] * cm[0] + tm[1] * cm[2]), 1)] += len(words.strip())

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


def test_every_service_of_the_offer_is_in_the_booklet_with_the_council_hubs_and_date(printed) -> None:
    written = text(printed.pdfs[A5].content)
    site = printed.ctx.site
    names = [s.name for s in offer_services(site.services.values())]
    assert names and [name for name in names if name not in written] == []
    assert site.settings.council_name in written
    assert "Correct on 1 December 2026; check online for changes." in written
    assert "Write to Example Borough Council, Civic Centre, Market Street, Exampleton EX1 1AA" in written
    hubs = [v for v in site.venues.values() if v.kind in ("main-hub", "spoke")]
    assert hubs and all(f"Opening hours at {v.name}" in written and v.postcode in written for v in hubs)
    assert "The offer online, kept up to date: familyhubs.example.gov.uk/start-for-life" in written


def test_each_service_is_described_once_under_its_first_stage_and_named_under_the_others(printed) -> None:
    html = booklet_html(printed.ctx)
    services = offer_services(printed.ctx.site.services.values())
    assert {s.name: html.count(f"<h4>{escape(s.name)}</h4>") for s in services} == {s.name: 1 for s in services}
    offer_stages = {stage.key for stage in OFFER_STAGES}
    several = [s for s in services if len(offer_stages.intersection(s.stages)) > 1]
    assert several and all(f"{escape(s.name)} (see “" in html for s in several)


def test_no_service_is_split_across_pages(printed) -> None:
    """A service's name and its last line (its places) are on the same page: none is longer than a page."""
    pages = page_texts(printed.pdfs[A5].content)
    for service in offer_services(printed.ctx.site.services.values()):
        start = f"{service.name} {service.summary[:30]}"
        holding = [number for number, words in enumerate(pages) if start in words]
        assert len(holding) == 1, service.name
        assert service.who_it_is_for[:30] in pages[holding[0]] and "Where" in pages[holding[0]].split(start)[1]


def test_a5_pages_come_in_fours_for_a_folded_booklet_and_the_large_print_is_a4_at_17_point(printed) -> None:
    a5, large = printed.pdfs[A5], printed.pdfs[LARGE_PRINT]
    assert a5.pages % 4 == 0 and a5.pages == large.pages == len(PdfReader(io.BytesIO(a5.content)).pages)
    a5_page = PdfReader(io.BytesIO(a5.content)).pages[0].mediabox
    large_page = PdfReader(io.BytesIO(large.content)).pages[0].mediabox
    assert (round(float(a5_page.width), 1), round(float(a5_page.height), 1)) == A5_POINTS
    assert (round(float(large_page.width), 1), round(float(large_page.height), 1)) == A4_POINTS
    assert body_size(a5.content, 2) == 12.0 and body_size(large.content, 2) >= 16.9
    print(f"the example's booklet: {a5.pages} A5 pages (body {body_size(a5.content, 2)} pt); "
          f"large print on A4, body {body_size(large.content, 2)} pt")


def test_blank_unnumbered_pages_make_up_a_folded_booklet(printed) -> None:
    booklet = next(d for d in printed.documents if d.sheets[0].file == A5)
    natural = pdfs_from_html(booklet.html(), ((1.0, "A5"),))[0].pages
    extra = 1 if (natural + 1) % 4 else 2  # pages added to the content, so that blank ones are needed
    longer = booklet.html().replace("</h1>", '</h1><p style="break-before: page">Overleaf</p>' * extra, 1)
    padded = pdfs_from_html(longer, ((1.0, "A5"),), 4, booklet.blank())[0]
    pages = page_texts(padded.content)
    blanks = -(natural + extra) % 4
    assert blanks and padded.pages == natural + extra + blanks == len(pages) and padded.pages % 4 == 0
    assert pages[natural + extra - 1].strip().endswith(str(natural + extra))
    assert pages[natural + extra:] == [""] * blanks  # no number, nothing on them


def test_the_qr_code_on_the_cover_opens_the_offer_online(printed) -> None:
    for file in (A5, LARGE_PRINT):
        assert qr_codes(printed.pdfs[file].content) == [SITE_URL + "start-for-life/"], file


def test_the_same_content_on_the_same_day_gives_the_same_bytes(printed) -> None:
    again = made([d for d in printed.documents if d.sheets[0].file == A5])
    assert again[A5].content == printed.pdfs[A5].content


def test_an_offer_split_by_area_has_a_booklet_for_each_area_with_its_services_and_hubs(tmp_path) -> None:
    project = example_project(tmp_path / "project")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text() + SPLIT_LIMITS)
    ctx = resolve_context(load_site(project, EXAMPLE_TODAY), EXAMPLE_TODAY, SITE_URL)
    areas = areas_of_offer(ctx.site)
    documents = [d for d in printed_documents(ctx) if d.kind == "booklet"]
    assert len(areas) > 1 and [d.sheets[0].file for d in documents] == [
        f"start-for-life-booklet-{area.slug}-a5.pdf" for area in areas]
    pdfs = made(documents)
    hubs = [v for v in ctx.site.venues.values() if v.kind in ("main-hub", "spoke")]
    for area in areas:
        file = f"start-for-life-booklet-{area.slug}-a5.pdf"
        written = text(pdfs[file].content)
        assert f"For families in {area.name}" in written
        assert [s.name for s in area.services if s.name not in written] == [], area.name
        assert {v.name for v in hubs if f"Opening hours at {v.name}" in written} == {
            v.name for v in hubs if v.area == area.name}, area.name
        assert qr_codes(pdfs[file].content) == [f"{SITE_URL}start-for-life/#{area.anchor}"]
