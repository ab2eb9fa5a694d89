"""The example borough's printed materials, made once for these tests: every PDF, as a build makes them."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import NamedTuple

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from generator.check import load_site
from generator.context import SiteContext, resolve_context
from generator.hard_copy.all_documents import printed_documents
from generator.hard_copy.documents import Printed
from generator.hard_copy.pdf import Pdf
from generator.hard_copy.press import made

from ..conftest import EXAMPLE_TODAY, example_project

SITE_URL = "https://familyhubs.example.gov.uk/"


class Printing(NamedTuple):
    project: Path
    ctx: SiteContext
    documents: list[Printed]
    pdfs: dict[str, Pdf]  # by file name


def print_all(project: Path) -> Printing:
    ctx = resolve_context(load_site(project, EXAMPLE_TODAY), EXAMPLE_TODAY, SITE_URL)
    documents = printed_documents(ctx)
    return Printing(project, ctx, documents, made(documents))


@pytest.fixture(scope="session")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printing:
    """Every PDF of the example borough, made without a cache, as a first build makes them."""
    return print_all(example_project(tmp_path_factory.mktemp("printed") / "project"))


def text(pdf: bytes) -> str:
    """The PDF's text as pypdf extracts it, as one line (``page_texts``)."""
    return " ".join(page_texts(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, its white space as single spaces, and a word broken after a hyphen at the end of a
    line ("drop-" "in") whole again."""
    return [re.sub(r"(\w)- (\w)", r"\1-\2", re.sub(r"\s+", " ", p.extract_text()))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def qr_codes(pdf: bytes, page: int = 0) -> list[str]:
    """What the QR codes on a page say, drawn by pdfium and read by zxing-cpp (not the library that made them)."""
    drawn = pypdfium2.PdfDocument(pdf)[page].render(scale=3).to_pil()
    return sorted(code.text for code in zxingcpp.read_barcodes(drawn))
