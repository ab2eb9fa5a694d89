"""``python -m generator print --out DIR``: every printed material of the project, written into DIR."""

from __future__ import annotations

import sys
from pathlib import Path

from ..build_date import build_date
from ..check import load_site
from ..context import resolve_context
from ..problems import ContentProblems, errors_only, format_problems
from ..publication import mkdocs_setting
from .all_documents import printed_documents
from .press import cache_folder, made


def run_print(root: Path, out: Path) -> int:
    """Write every PDF into ``out``; 1 when the content has errors (as ``check`` lists them)."""
    today = build_date()
    try:
        site = load_site(root, today)
    except ContentProblems as problems:
        print(format_problems(errors_only(problems.problems)), file=sys.stderr)
        return 1
    ctx = resolve_context(site, today, mkdocs_setting(root, "site_url")[0])
    out.mkdir(parents=True, exist_ok=True)
    pdfs = made(printed_documents(ctx), cache_folder())
    for file, pdf in pdfs.items():
        (out / file).write_bytes(pdf.content)
    print(f"Wrote {len(pdfs)} PDFs into {out}")
    return 0
