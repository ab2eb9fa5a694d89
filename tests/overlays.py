"""Case overlays: a change to a base file is kept as a unified diff, applied strictly, without ``patch``.

An overlay folder (a case in tests/cases/invalid/ or valid/, or tests/timetable/cases/) is laid over the
base project by ``make_project`` (tests/conftest.py). A file the base does not have is a whole file in the
overlay. A change to a file the project already has is ``<its path>.diff`` beside where the file would be
(``content/venues/town-hub.yml.diff``): a unified diff whose header names the file as ``a/<path>`` and
``b/<path>`` (what ``diff -u`` and ``git diff`` write). See tests/cases/README.md.

The diff is applied strictly: every context and removed line must be the file's own, word for word. A
hunk is taken where its header says; if the file has moved on above it, at the one other place where all
its lines match, never at two, and never with lines that differ. Anything else fails, naming the overlay
and the file.

Run as a script from the repository: ``python -m tests.overlays check`` lists overlay files that are whole
copies of a base file, ``python -m tests.overlays shrink FOLDER...`` turns each such copy in those overlay
folders into a diff, and ``expand FOLDER...`` turns each diff back into the whole file, to edit.
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).parent
BASE = TESTS / "cases" / "base"
# Every overlay folder kept in the repository.
OVERLAY_PARENTS = [TESTS / "cases" / "invalid", TESTS / "cases" / "valid", TESTS / "timetable" / "cases"]
# Names at an overlay's top level that are the case's own, not files of the project.
NOT_PROJECT_FILES = ("expected.txt", "expected", "remove.txt")
SUFFIX = ".diff"
NO_NEWLINE = "\\ No newline at end of file"
HUNK = re.compile(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(?: .*)?")


class OverlayError(Exception):
    """An overlay that cannot be laid over the project as it is."""


@dataclass
class Hunk:
    header: str
    old_start: int  # 1-based, as written
    old: list[str]  # context and removed lines, each with its line ending
    new: list[str]  # context and added lines


def lines_of(text: str) -> list[str]:
    """``text`` split after each ``\\n`` only (not at the other breaks ``str.splitlines`` knows)."""
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)


def parse(diff: str, path: str, where: str) -> list[Hunk]:
    """The hunks of a unified diff of ``path``; ``where`` names the diff in messages."""
    lines = diff.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        raise OverlayError(f"{where}: the diff does not end with a line break")
    if lines[:2] != [f"--- a/{path}", f"+++ b/{path}"]:
        raise OverlayError(f"{where}: the diff must start with the lines '--- a/{path}' and '+++ b/{path}', "
                           f"not {lines[:2]}")
    hunks: list[Hunk] = []
    index = 2
    while index < len(lines):
        match = HUNK.fullmatch(lines[index])
        if not match:
            raise OverlayError(f"{where}:{index + 1}: expected a hunk header '@@ -l,s +l,s @@', "
                               f"found {lines[index]!r}")
        old_count = int(match[2]) if match[2] is not None else 1
        new_count = int(match[4]) if match[4] is not None else 1
        hunk = Hunk(lines[index], int(match[1]), [], [])
        index += 1
        kind = ""  # the kind of the hunk's last line: " ", "-" or "+"
        while index < len(lines) and not lines[index].startswith("@@"):
            line = lines[index]
            if line == NO_NEWLINE:
                if not kind:
                    raise OverlayError(f"{where}:{index + 1}: '{NO_NEWLINE}' follows no line of the file")
                for side in {" ": (hunk.old, hunk.new), "-": (hunk.old,), "+": (hunk.new,)}[kind]:
                    side[-1] = side[-1].removesuffix("\n")
                kind = ""
            elif line[:1] in (" ", "-", "+"):
                kind = line[0]
                if kind in " -":
                    hunk.old.append(line[1:] + "\n")
                if kind in " +":
                    hunk.new.append(line[1:] + "\n")
            else:
                raise OverlayError(f"{where}:{index + 1}: a hunk line must start with ' ', '-' or '+': {line!r}")
            index += 1
        if (len(hunk.old), len(hunk.new)) != (old_count, new_count):
            raise OverlayError(f"{where}: hunk {hunk.header!r} has {len(hunk.old)} old and {len(hunk.new)} new "
                               f"lines, not the {old_count} and {new_count} its header says")
        hunks.append(hunk)
    if not hunks:
        raise OverlayError(f"{where}: the diff has no hunks")
    return hunks


def apply(text: str, diff: str, path: str, where: str) -> str:
    """``text`` (the file at ``path``) with the unified diff ``diff`` applied, or ``OverlayError``."""
    lines = lines_of(text)
    result: list[str] = []
    done = 0  # lines of ``text`` already copied or replaced
    for number, hunk in enumerate(parse(diff, path, where), start=1):
        size = len(hunk.old)
        # A hunk that only adds lines says the line it follows; any other says its own first line.
        stated = hunk.old_start if size == 0 else hunk.old_start - 1
        if _matches(lines, stated, hunk.old, done):
            at = stated
        else:
            places = [i for i in range(done, len(lines) - size + 1) if _matches(lines, i, hunk.old, done)]
            if len(places) != 1:
                found = "nowhere" if not places else f"at {len(places)} places (lines {[i + 1 for i in places]})"
                raise OverlayError(
                    f"{where}: hunk {number} ({hunk.header}) does not apply to {path}: its context and removed "
                    f"lines are not at line {hunk.old_start}, and match {found} after the hunk before it; "
                    f"remake the diff from the base file as it is now")
            at = places[0]
        result += lines[done:at] + hunk.new
        done = at + size
    return "".join(result + lines[done:])


def _matches(lines: list[str], at: int, old: list[str], done: int) -> bool:
    return done <= at <= len(lines) - len(old) and lines[at:at + len(old)] == old


def make(old: str, new: str, path: str) -> str:
    """The unified diff that ``apply`` turns ``old`` into ``new`` with: one line of context each side, enough
    to read the change in place (the header says the line, and ``apply`` holds every line to the file)."""
    out = []
    for line in difflib.unified_diff(lines_of(old), lines_of(new), f"a/{path}", f"b/{path}", n=1):
        out.append(line if line.endswith("\n") else f"{line}\n{NO_NEWLINE}\n")
    return "".join(out)


def project_files(overlay: Path) -> list[Path]:
    """The files an overlay lays over the project (whole files and diffs), without the case's own."""
    return [file for file in sorted(overlay.rglob("*"))
            if file.is_file() and file.relative_to(overlay).parts[0] not in NOT_PROJECT_FILES]


def lay_over(destination: Path, overlay: Path) -> None:
    """Lay ``overlay`` over the project in ``destination``: whole files copied, then diffs applied, then
    the files ``remove.txt`` names deleted."""
    files = project_files(overlay)
    diffs = [file for file in files if file.name.endswith(SUFFIX)]
    for file in files:
        if file not in diffs:
            target = destination / file.relative_to(overlay)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.read_bytes())
    for file in diffs:
        path = file.relative_to(overlay).as_posix().removesuffix(SUFFIX)
        where = f"{_shown(overlay)}: {path}{SUFFIX}"
        if (overlay / path).exists():
            raise OverlayError(f"{where}: the overlay holds {path} both whole and as a diff")
        target = destination / path
        if not target.is_file():
            raise OverlayError(f"{where}: the project has no {path} for the diff to change")
        patched = apply(target.read_bytes().decode("utf-8"), file.read_bytes().decode("utf-8"), path, where)
        target.write_bytes(patched.encode("utf-8"))
    removals = overlay / "remove.txt"
    if removals.exists():
        for line in removals.read_text().split():
            (destination / line).unlink()


def overlays() -> list[Path]:
    """Every overlay folder kept in the repository."""
    return [folder for parent in OVERLAY_PARENTS for folder in sorted(parent.iterdir()) if folder.is_dir()]


def whole_copies(overlay: Path) -> list[Path]:
    """Files of ``overlay`` that stand whole where the base has a file of that path: they belong in a diff."""
    return [file for file in project_files(overlay) if (BASE / file.relative_to(overlay)).is_file()]


def shrink(overlay: Path) -> list[Path]:
    """Turn each whole copy of a base file in ``overlay`` into a diff against the base; the diffs written."""
    written = []
    for file in whole_copies(overlay):
        path = file.relative_to(overlay).as_posix()
        old = (BASE / path).read_bytes().decode("utf-8")
        new = file.read_bytes().decode("utf-8")
        diff = make(old, new, path)
        if not diff:
            raise OverlayError(f"{overlay}: {path} is the base file unchanged; delete it")
        assert apply(old, diff, path, f"{overlay}: {path}{SUFFIX}") == new
        diff_file = file.with_name(file.name + SUFFIX)
        diff_file.write_bytes(diff.encode("utf-8"))
        file.unlink()
        written.append(diff_file)
    return written


def expand(overlay: Path) -> list[Path]:
    """The other way: each diff in ``overlay`` becomes the whole base file it makes, to edit; the files written."""
    written = []
    for diff_file in project_files(overlay):
        if not diff_file.name.endswith(SUFFIX):
            continue
        path = diff_file.relative_to(overlay).as_posix().removesuffix(SUFFIX)
        where = f"{_shown(overlay)}: {path}{SUFFIX}"
        patched = apply((BASE / path).read_bytes().decode("utf-8"), diff_file.read_bytes().decode("utf-8"), path, where)
        target = overlay / path
        target.write_bytes(patched.encode("utf-8"))
        diff_file.unlink()
        written.append(target)
    return written


def main(arguments: list[str]) -> int:
    if arguments == ["check"]:
        copies = [(overlay, file) for overlay in overlays() for file in whole_copies(overlay)]
        for overlay, file in copies:
            print(f"{_shown(file)}: a whole copy of a base file; keep only the change "
                  f"(python -m tests.overlays shrink {_shown(overlay)})")
        return 1 if copies else 0
    if arguments[:1] in (["shrink"], ["expand"]) and len(arguments) > 1:
        for folder in arguments[1:]:
            for written in (shrink if arguments[0] == "shrink" else expand)(Path(folder)):
                print(f"wrote {written}")
        return 0
    print("usage: python -m tests.overlays check | shrink OVERLAY_FOLDER... | expand OVERLAY_FOLDER...",
          file=sys.stderr)
    return 2


def _shown(path: Path) -> str:
    """``path`` from the repository when it is in it (a case folder), else as it is (a test's own folder)."""
    try:
        return path.resolve().relative_to(TESTS.parent.resolve()).as_posix()
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
