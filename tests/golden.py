"""Golden files: what a test expects, kept in the repository and compared in full.

A golden file that is missing fails the test; only ``pytest --update-golden`` writes golden files, and the
difference it makes is read (``git diff``) before it is committed.

A whole build's golden folder holds every text file the build makes, as text at its own path, and one
manifest, ``SHA256SUMS`` (the format ``sha256sum`` writes and checks), naming every bytes file (a photo, a
logo) by its SHA-256. The set of files is compared too: a file the build adds, or no longer makes, fails.
"""

from __future__ import annotations

import difflib
import hashlib
import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest

# The one file in a golden folder that is not an output of its own: the SHA-256 of each bytes output.
MANIFEST = "SHA256SUMS"
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


def check_folder(files: Mapping[str, str | bytes], golden: Path, update: bool) -> None:
    """Every file in ``files`` is in the golden folder ``golden`` as it is, and no other file is.

    Text files are compared as text, bytes files by their SHA-256 in the folder's ``SHA256SUMS``.
    With ``update`` the folder is rewritten first: files no longer made are removed.
    """
    assert MANIFEST not in files, f"an output is named {MANIFEST}, the golden folder's own manifest"
    if update:
        _write_folder(files, golden)
    if not golden.is_dir():
        pytest.fail(f"the golden folder {golden} is missing: {UPDATE} (`git diff`) before committing it",
                    pytrace=False)
    text, hashes = read_folder(golden)
    expected_names = set(text) | set(hashes)
    missing = sorted(expected_names - set(files))
    added = sorted(set(files) - expected_names)
    if missing or added:
        changes = ([f"no longer makes {missing}, which it holds"] if missing else []) + (
            [f"makes {added}, which it does not hold"] if added else [])
        pytest.fail(f"against {golden}, the build {' and '.join(changes)} ({UPDATE} if the change is meant)",
                    pytrace=False)
    wrong_kind = sorted(name for name in files if isinstance(files[name], bytes) != (name in hashes))
    if wrong_kind:
        pytest.fail(f"{wrong_kind} changed between text and bytes ({UPDATE} if the change is meant)", pytrace=False)
    differences = []
    for name in sorted(files):
        content = files[name]
        if isinstance(content, bytes):
            if _sha256(content) != hashes[name]:
                differences.append(f"{name}: SHA-256 {_sha256(content)}, {MANIFEST} says {hashes[name]}")
        elif content != text[name]:
            differences.append(_diff(text[name], content, name))
    if differences:
        pytest.fail(f"{len(differences)} file(s) differ from {golden} ({UPDATE} if the change is meant):\n"
                    + "\n".join(differences), pytrace=False)


def read_folder(golden: Path) -> tuple[dict[str, str], dict[str, str]]:
    """A golden folder's text files by path, and the SHA-256 of its bytes files by path."""
    text = {
        file.relative_to(golden).as_posix(): file.read_bytes().decode("utf-8")
        for file in sorted(golden.rglob("*"))
        if file.is_file() and file.relative_to(golden).as_posix() != MANIFEST
    }
    hashes: dict[str, str] = {}
    manifest = golden / MANIFEST
    if manifest.exists():
        for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
            digest, separator, name = line.partition("  ")
            assert separator and len(digest) == 64 and name, f"{manifest}:{number}: not '<sha256>  <path>': {line!r}"
            assert name not in hashes and name not in text, f"{manifest}:{number}: {name} is listed twice"
            hashes[name] = digest
    return text, hashes


def _write_folder(files: Mapping[str, str | bytes], golden: Path) -> None:
    if golden.exists():
        shutil.rmtree(golden)
    golden.mkdir(parents=True)
    hashes = []
    for name in sorted(files):
        content = files[name]
        if isinstance(content, bytes):
            hashes.append(f"{_sha256(content)}  {name}\n")
            continue
        target = golden / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8"))
    if hashes:
        (golden / MANIFEST).write_text("".join(hashes), encoding="utf-8")


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _diff(expected: str, actual: str, name: str, limit: int = 60) -> str:
    lines = list(difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                      f"golden/{name}", f"made/{name}"))
    shown = "".join(lines[:limit])
    return shown + (f"... ({len(lines) - limit} more diff lines)\n" if len(lines) > limit else "")
