"""Golden files: what a test expects, kept in the repository and compared in full.

A golden file that is missing fails the test; only ``pytest --update-golden`` writes golden files, and the
difference it makes is read (``git diff``) before it is committed.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

UPDATE = "run `pytest --update-golden` to write it from what the code makes now, then read the difference"


def check_text(actual: str, golden: Path, update: bool) -> None:
    """``actual`` is ``golden``'s text, word for word; with ``update``, ``golden`` is (re)written first."""
    if update:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(actual.encode("utf-8"))
    if not golden.exists():
        pytest.fail(f"the golden file {golden} is missing: {UPDATE} (`git diff`) before committing it",
                    pytrace=False)
    expected = golden.read_bytes().decode("utf-8")
    if actual != expected:
        pytest.fail(f"the output differs from {golden} ({UPDATE} if the change is meant):\n"
                    + _diff(expected, actual, golden.name), pytrace=False)


def _diff(expected: str, actual: str, name: str, limit: int = 60) -> str:
    lines = list(difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                      f"golden/{name}", f"made/{name}"))
    shown = "".join(lines[:limit])
    return shown + (f"... ({len(lines) - limit} more diff lines)\n" if len(lines) > limit else "")
