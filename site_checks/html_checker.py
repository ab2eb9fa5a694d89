"""The Nu HTML Checker on every page of a built site, with the few exceptions listed here with reasons."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from .browser import TOOL
from .pages import html_pages

VNU = TOOL / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (pattern of the message, the markup it is about, why it is allowed)
EXCEPTIONS = [
    (r"Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"',
     "Material's drawer and search toggles are hidden checkboxes with autocomplete=off, so Firefox does not "
     "restore them open after a reload; it changes nothing for users and sits in Material's base template, "
     "outside any block we can override."),
]


def _explained(message: dict) -> bool:
    extract = message.get("extract", "")
    return any(re.search(pattern, message["message"]) and markup in extract for pattern, markup, _ in EXCEPTIONS)


def invalid_html(site: Path) -> list[str]:
    """Every error the Nu HTML Checker finds in the built ``site``'s pages, but for the listed exceptions,
    as ``page:line: message``."""
    assert VNU.exists(), "the Nu HTML Checker is missing: run 'npm ci' (make test and make site-checks do)"
    assert shutil.which("java"), "the Nu HTML Checker needs Java"
    result = subprocess.run(["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", "--format", "json",
                             *map(str, html_pages(site))], capture_output=True, text=True, timeout=1800)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [f"{m.get('url', '').split(str(site))[-1]}:{m.get('lastLine')}: {m['message']}"
            for m in messages if not _explained(m)]
