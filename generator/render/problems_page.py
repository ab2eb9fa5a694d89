"""The page `mkdocs serve` shows while the content has problems."""

from __future__ import annotations

from ..problems import Problem
from .html import esc
from .page import Page


def problems_page(problems: list[Problem], fault: str | None = None) -> str:
    """The problems as a table, or (``fault``) why the generator itself failed."""
    if fault:
        body = ["<h1>The site could not be made</h1>", f'<p class="fh-lead">{esc(fault)}</p>',
                "<p>This page updates when you save a file.</p>"]
        return Page(url="", title="The site could not be made", body=body).markdown()
    rows = [
        f"<tr><td><code>{esc(p.path)}</code></td><td>{p.line or ''}</td><td>{esc(p.message)}</td></tr>"
        for p in problems
    ]
    body = [
        "<h1>The content has problems to fix</h1>",
        f'<p class="fh-lead">{len(problems)} to fix. Nothing is published until they are fixed; this page '
        "updates when you save a file.</p>",
        '<table class="fh-table">',
        "<caption>Problems, by file and line</caption>",
        '<thead><tr><th scope="col">File</th><th scope="col">Line</th><th scope="col">Problem</th></tr></thead>',
        "<tbody>", *rows, "</tbody>",
        "</table>",
    ]
    return Page(url="", title="Content problems", body=body).markdown()
