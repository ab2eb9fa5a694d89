"""The page `mkdocs serve` shows while the content has problems."""

from __future__ import annotations

from ..problems import Problem
from .html import esc
from .page import Page


def problems_page(problems: list[Problem], fault: str | None = None) -> str:
    """The problems as a table, or (``fault``) why the generator itself failed.

    On a phone each row is a card (theme/assets/stylesheets/family-hub.css). A file name breaks only after
    a ``/``, never inside a name; one too long for the screen scrolls inside the table's region, which the
    keyboard can reach.
    """
    if fault:
        body = ["<h1>The site could not be made</h1>", f'<p class="fh-lead">{esc(fault)}</p>',
                "<p>This page updates when you save a file.</p>"]
        return Page(url="", title="The site could not be made", body=body).markdown()
    rows = [
        f'<tr><td data-label="File">{_path(p.path)}</td><td data-label="Line">{p.line or ""}</td>'
        f'<td data-label="Problem">{esc(p.message)}</td></tr>'
        for p in problems
    ]
    body = [
        "<h1>The content has problems to fix</h1>",
        f'<p class="fh-lead">{len(problems)} to fix. Nothing is published until they are fixed; this page '
        "updates when you save a file.</p>",
        '<div class="fh-problems" role="region" aria-labelledby="fh-problems-caption" tabindex="0">',
        '<table class="fh-table fh-problems__table">',
        '<caption id="fh-problems-caption">Problems, by file and line</caption>',
        '<thead><tr><th scope="col">File</th><th scope="col">Line</th><th scope="col">Problem</th></tr></thead>',
        "<tbody>", *rows, "</tbody>",
        "</table>",
        "</div>",
    ]
    return Page(url="", title="Content problems", body=body).markdown()


def _path(path: str) -> str:
    """``content/<wbr>services/<wbr>baby-massage.yml``, each part kept whole: a line breaks only after ``/``."""
    parts = path.split("/")
    kept = [f'<span class="fh-nowrap">{esc(part)}{"/" if i < len(parts) - 1 else ""}</span>'
            for i, part in enumerate(parts)]
    return f'<code class="fh-path">{"<wbr>".join(kept)}</code>'
