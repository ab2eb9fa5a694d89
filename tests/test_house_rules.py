"""The rules of the house, checked: ruff and mypy find nothing, and HTML is written only in templates.

HTML made in Python is escaped only where someone remembered to; HTML in ``generator/templates/`` is
escaped by the environment (``generator/templating.py``). So no module of the generator writes an HTML
tag in a string, except the few named in ``HTML_IN_PYTHON``, each for its reason.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

from .conftest import REPO

GENERATOR = REPO / "generator"
CHECKED = ["generator", "tests", "site_checks", "benchmarks"]
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s|>|/>)")

# Modules allowed to write HTML tags in strings, and why.
HTML_IN_PYTHON: dict[str, str] = {
    # Wraps known abbreviations in <abbr> inside text already escaped, and finds tags to skip them.
    "render/html.py": "abbreviations are marked inside escaped HTML",
    # MkDocs reads the page as Markdown; the front matter and one wrapping <div> are its format.
    "render/page.py": "the page's wrapper for MkDocs",
    # Reads HTML and SVG (tag names in patterns), never writes a page.
    "yaml_source.py": "names tags it refuses",
    "logo.py": "reads SVG",
    # Writes no page: the open data's notes name its columns with a placeholder ("hour_price_pence_<age>").
    "childcare/open_data.py": "names columns with <age> in plain text",
}


def html_in_strings(path: Path) -> list[int]:
    """The lines of ``path`` where a string (not a docstring) holds an HTML tag."""
    lines = []
    previous = tokenize.NEWLINE  # a string first in the file is its docstring
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        is_docstring = token.type == tokenize.STRING and previous in (tokenize.INDENT, tokenize.NEWLINE,
                                                                      tokenize.DEDENT, tokenize.ENCODING)
        if token.type == tokenize.STRING and not is_docstring and TAG.search(token.string):
            lines.append(token.start[0])
        if token.type not in (tokenize.COMMENT, tokenize.NL):
            previous = token.type
    return lines


def test_html_is_written_in_templates_only() -> None:
    found = {path.relative_to(GENERATOR).as_posix(): html_in_strings(path) for path in GENERATOR.rglob("*.py")}
    found = {module: lines for module, lines in found.items() if lines}
    unexpected = {module: lines for module, lines in found.items() if module not in HTML_IN_PYTHON}
    assert unexpected == {}, "write this HTML in a template under generator/templates/"
    # A module that no longer writes HTML leaves the list, so the list stays true.
    assert sorted(set(HTML_IN_PYTHON) - set(found)) == []
    print(f"\nHTML tags in Python strings: {sum(map(len, found.values()))} lines in {len(found)} modules")


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", *(str(GENERATOR.parent / d) for d in CHECKED)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
