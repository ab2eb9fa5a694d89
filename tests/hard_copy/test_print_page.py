"""The printed materials in a build: /print/ lists every PDF with its paper, pages and size and how to order
copies; the PDFs are published beside it; an unchanged document is not made again; the preview makes none."""

from __future__ import annotations

import re
from concurrent.futures import Future
from pathlib import Path

import pytest

from generator.build import generate
from generator.check import load_site
from generator.context import resolve_context
from generator.hard_copy import press
from generator.hard_copy.all_documents import printed_documents
from generator.sentences import file_size

from ..conftest import EXAMPLE_TODAY, example_project
from .conftest import SITE_URL


class _Pool:
    """Stands in for the process pool: makes each PDF here, and notes the first file of each document made."""

    made: list[str] = []

    def __init__(self, max_workers: int) -> None:
        pass

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, make, html, writes, *rest):  # type: ignore[no-untyped-def]
        done: Future = Future()
        done.set_result(make(html, writes, *rest))
        self.made.append(re.search(r"<title>(.*?)</title>", html).group(1))
        return done


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(press, "ProcessPoolExecutor", _Pool)
    _Pool.made = []
    return _Pool.made


def test_the_print_page_lists_every_pdf_published_beside_it(printed, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    files = generate(printed.project, EXAMPLE_TODAY, SITE_URL, print_pdfs=True).files
    page = files["print/index.md"]
    assert isinstance(page, str)
    pdfs = {path.removeprefix("print/"): content for path, content in files.items() if path.endswith(".pdf")}
    assert sorted(pdfs) == sorted(printed.pdfs) and all(pdfs[f] == printed.pdfs[f].content for f in pdfs)
    for file, pdf in printed.pdfs.items():
        pages = f"{pdf.pages} page" + ("s" if pdf.pages > 1 else "")
        assert re.search(f'href="../print/{re.escape(file)}">[^<]*<span[^>]*>[^<]*</span></a> \\(PDF, {pages}, '
                         f"{re.escape(file_size(len(pdf.content)))}\\)", page), file
    assert "Order printed copies" in page and "0300 123 4567" in page
    assert "as it was on 1 December 2026" in page


def printed_documents_of(project: Path) -> list[str]:
    ctx = resolve_context(load_site(project, EXAMPLE_TODAY), EXAMPLE_TODAY, SITE_URL)
    return [document.sheets[0].file for document in printed_documents(ctx)]


def test_a_build_makes_only_the_pdfs_whose_documents_changed(counted: list[str], tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    first = generate(project, EXAMPLE_TODAY, SITE_URL, print_pdfs=True).files
    assert len(counted) == len(printed_documents_of(project))
    counted.clear()
    assert generate(project, EXAMPLE_TODAY, SITE_URL, print_pdfs=True).files == first and counted == []
    venue = project / "content" / "venues" / "st-johns-church-hall.yml"
    venue.write_text(venue.read_text().replace("postcode: EX2 7KJ", "postcode: EX2 7KL"))
    generate(project, EXAMPLE_TODAY, SITE_URL, print_pdfs=True)
    assert [title for title in counted if "St John" in title] == counted and len(counted) == 1


def test_the_preview_makes_no_pdfs_and_says_where_they_come_from(counted: list[str], printed) -> None:
    files = generate(printed.project, EXAMPLE_TODAY, SITE_URL).files
    assert counted == [] and not [path for path in files if path.endswith(".pdf")]
    assert "This preview does not make the PDFs" in files["print/index.md"]
