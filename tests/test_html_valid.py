"""Every built page passes the Nu HTML Checker, apart from the exceptions listed here with their reasons: the
example site as it is, and split into pages per ward and area as a county's would be."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

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


@pytest.mark.parametrize("built", ["example_site", "split_site"])
def test_every_page_is_valid_html(built: str, request: pytest.FixtureRequest) -> None:
    example_site: Path = request.getfixturevalue(built)
    assert VNU.exists(), "the Nu HTML Checker is missing: run 'npm ci' (make test does)"
    assert shutil.which("java"), "the Nu HTML Checker needs Java"
    result = subprocess.run(["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", "--format", "json",
                             str(example_site)], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    unexplained = [f"{m.get('url', '').split(str(example_site))[-1]}:{m.get('lastLine')}: {m['message']}"
                   for m in messages if not _explained(m)]
    assert unexplained == []
