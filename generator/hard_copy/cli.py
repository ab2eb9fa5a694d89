"""``python -m generator print --out DIR``: the printed materials of the project, written into DIR."""

from __future__ import annotations

import sys
from pathlib import Path

from ..build_date import build_date
from ..check import load_site
from ..context import resolve_context
from ..problems import ContentProblems, errors_only, format_problems
from ..publication import mkdocs_setting
from .booklet import booklet_pdf

BOOKLET = "start-for-life-booklet-a4.pdf"


def run_print(root: Path, out: Path) -> int:
    """Write the booklet into ``out``; 1 when the content has errors (as ``check`` lists them)."""
    today = build_date()
    try:
        site = load_site(root, today)
    except ContentProblems as problems:
        print(format_problems(errors_only(problems.problems)), file=sys.stderr)
        return 1
    ctx = resolve_context(site, today, mkdocs_setting(root, "site_url")[0])
    out.mkdir(parents=True, exist_ok=True)
    (out / BOOKLET).write_bytes(booklet_pdf(ctx))
    print(f"Wrote {out / BOOKLET}")
    return 0
