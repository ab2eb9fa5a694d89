"""Every printed document's PDFs, made on all the machine's cores, and not made again while unchanged.

A PDF depends only on its document's HTML (the data, the words and the build date are all in it, its style
inline, its QR codes by their addresses), the paper it is written on and the versions of WeasyPrint and
segno. Each PDF is kept in a cache folder under that fingerprint: a build whose content did not change takes
them from there. The cache only ever saves time: when its folder cannot be used, PDFs are made as if it were
not there. PDFs not used for a month are removed.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path

from .documents import Printed
from .pdf import Pdf, pdfs_from_html

MONTH = 30 * 24 * 3600
# Makes the fingerprints differ after a new release of WeasyPrint, of the PDF writer under it or of segno.
_VERSIONS = f"weasyprint {version('weasyprint')}, pydyf {version('pydyf')}, segno {version('segno')}".encode()
# Each worker holds its own WeasyPrint (about 100 MB): a large build server need not start dozens.
MOST_WORKERS = 8


def workers() -> int:
    """One process for each core this one may run on, at most ``MOST_WORKERS``."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, MOST_WORKERS))


def cache_folder() -> Path:
    """The user's cache folder for PDFs (``XDG_CACHE_HOME``, else ``~/.cache``)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "family-hub" / "pdf"


def made(documents: Iterable[Printed], cache: Path | None = None) -> dict[str, Pdf]:
    """Each document's PDFs by file name; ``cache``: where PDFs are kept between builds, if anywhere.

    Each document's HTML is made here while the PDFs of those before it are being made (the longest, the
    booklets, come first, so no core is left with a long one at the end).
    """
    found: dict[str, Pdf] = {}
    making: list[tuple[Printed, str, Future[list[Pdf]]]] = []  # a document, its fingerprint and its PDFs
    # Processes start when first given work: a build with every PDF kept starts none.
    with ProcessPoolExecutor(max_workers=workers()) as pool:
        for document in documents:
            html = document.html()
            blank = document.blank() if document.blank else ""
            fingerprint = _fingerprint(document, html, blank)
            kept = [_kept(cache, fingerprint, sheet.file) for sheet in document.sheets] if cache else []
            if kept and all(pdf is not None for pdf in kept):
                found |= {sheet.file: pdf for sheet, pdf in zip(document.sheets, kept, strict=True) if pdf}
            else:
                writes = tuple((sheet.zoom, sheet.paper) for sheet in document.sheets)
                making.append((document, fingerprint,
                               pool.submit(pdfs_from_html, html, writes, document.pages_multiple, blank)))
        for document, fingerprint, pdfs in making:
            for sheet, pdf in zip(document.sheets, pdfs.result(), strict=True):
                found[sheet.file] = pdf
                if cache:
                    _keep(cache, fingerprint, sheet.file, pdf)
    if cache:
        _forget_unused(cache)
    return found


def _fingerprint(document: Printed, html: str, blank: str) -> str:
    made_as = f"{[tuple(sheet) for sheet in document.sheets]} {document.pages_multiple}".encode()
    return hashlib.sha256(b"\0".join([_VERSIONS, made_as, html.encode(), blank.encode()])).hexdigest()[:32]


def _kept(cache: Path, fingerprint: str, file: str) -> Pdf | None:
    matches = list(cache.glob(f"{fingerprint}-*-{file}"))
    if len(matches) != 1:
        return None
    try:
        content = matches[0].read_bytes()
        matches[0].touch()  # used: kept for another month
    except OSError:
        return None
    return Pdf(content, int(matches[0].name.split("-", 2)[1]))


def _keep(cache: Path, fingerprint: str, file: str, pdf: Pdf) -> None:
    """Keep ``pdf`` as ``<fingerprint>-<pages>-<file>``, written whole or not at all."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        partial = cache / f"{fingerprint}.{os.getpid()}.part"
        partial.write_bytes(pdf.content)
        partial.replace(cache / f"{fingerprint}-{pdf.pages}-{file}")
    except OSError:
        pass


def _forget_unused(cache: Path) -> None:
    stale = time.time() - MONTH
    try:
        for kept in cache.iterdir():
            if kept.stat().st_mtime < stale:
                kept.unlink(missing_ok=True)
    except OSError:
        pass
