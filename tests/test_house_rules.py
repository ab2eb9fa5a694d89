"""The rules of the house, checked: ruff and mypy find nothing, and HTML is written only in templates.

HTML made in Python is escaped only where someone remembered to; HTML in ``generator/templates/`` is
escaped by the environment (``generator/templating.py``). So no module of the generator writes an HTML
tag in a string, except the few named in ``HTML_IN_PYTHON``, each for its reason.
"""

from __future__ import annotations

import ast
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
    "markup.py": "abbreviations are marked inside escaped HTML",
    # MkDocs reads the page as Markdown; the front matter and one wrapping <div> are its format.
    "page.py": "the page's wrapper for MkDocs",
    # Reads HTML and SVG (tag names in patterns), never writes a page.
    "yaml_source.py": "names tags it refuses",
    "logo.py": "reads SVG",
    # Marks a record's words not yet translated as English, around text already escaped, wherever a template
    # prints them on a page in another language (content_translations.English).
    "templating.py": "marks untranslated words as English",
    # Finds Material's configuration script in a built page to point its search at the page's language.
    "search_indexes.py": "reads a built page",
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


def test_mypy_finds_nothing() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=GENERATOR.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def imported_modules(path: Path) -> set[str]:
    """The generator's own modules that ``path`` imports, as dotted names under ``generator``."""
    package = path.relative_to(GENERATOR.parent).with_suffix("").parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = list(package[:len(package) - node.level + 1]) if node.level else []
            module = ".".join(base + (node.module.split(".") if node.module else []))
            found.update(f"{module}.{alias.name}" for alias in node.names)
            found.add(module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("generator")}


# The folders read top to bottom: load and check, then the context, then pages, then printed materials
# (made from the pages' parts), then the adapters. A name on the left may not be imported by the modules on
# the right.
LAYERS = [
    # Pages are made by the build (build.py) and, for the problems page, the MkDocs adapter (plugin.py);
    # printed materials (hard_copy/) group and word what they hold as the pages do, and the Open Referral
    # feed (open_referral/) calls a service free when its page does.
    ("generator.render", lambda module: module in ("generator.build", "generator.plugin")
     or module.startswith(("generator.hard_copy", "generator.open_referral"))),
    # Templates are for pages and print: what loads and checks content never renders.
    ("generator.templating", lambda module: module.startswith(("generator.render", "generator.timetable",
                                                               "generator.childcare", "generator.hard_copy"))),
    # The context is made after the check; the check knows nothing of it. The feed is made from it, as pages.
    ("generator.context", lambda module: module.startswith(("generator.render", "generator.timetable",
                                                            "generator.childcare", "generator.build",
                                                            "generator.hard_copy", "generator.open_referral"))),
]


def test_imports_read_top_to_bottom() -> None:
    wrong = []
    for path in GENERATOR.rglob("*.py"):
        module = ".".join(path.relative_to(GENERATOR.parent).with_suffix("").parts)
        for layer, may_import in LAYERS:
            if not module.startswith(layer) and any(name.startswith(layer) for name in imported_modules(path)):
                if not may_import(module):
                    wrong.append(f"{module} imports {layer}")
    assert wrong == []
