"""Every printed PDF is tagged for screen readers as PDF/UA-1 asks, checked by page (a Matterhorn-based
checker that is not the library that wrote them), with its title and language set."""

from __future__ import annotations

import io

import page
from pypdf import PdfReader


def test_every_pdf_passes_the_pdf_ua_1_checks_with_its_title_and_language(printed) -> None:
    assert len(printed.pdfs) > 20
    failing, rules = {}, set()
    for file, pdf in printed.pdfs.items():
        report = page.validate_pdf_bytes(pdf.content, profile="ua1")
        rules.add((report.rules.passed, report.rules.total))
        if report.failures or not report.is_compliant:
            failing[file] = [(f.rule_id, f.message) for f in report.failures]
        reader = PdfReader(io.BytesIO(pdf.content))
        assert reader.metadata is not None and reader.metadata.title, file
        assert reader.trailer["/Root"]["/Lang"] == "en-GB", file
    print(f"PDF/UA-1 (page {page.__version__}): {len(printed.pdfs)} PDFs; rules met of those checked: {sorted(rules)}")
    assert failing == {}
