"""Case overlays keep only what they change (tests/cases/README.md), and their diffs apply strictly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import make_project
from .overlays import BASE, OverlayError, apply, lay_over, make, overlays, whole_copies

OVERLAYS = overlays()
BASE_TEXT = "".join(f"line {n}\n" for n in range(1, 21))


def test_the_overlays_are_found() -> None:
    names = {f"{o.parent.name}/{o.name}" for o in OVERLAYS}
    assert {"invalid/yes-no", "valid/yaml-traps", "cases/spring-2027"} <= names
    assert len(OVERLAYS) > 30


@pytest.mark.parametrize("overlay", OVERLAYS, ids=[f"{o.parent.name}/{o.name}" for o in OVERLAYS])
def test_no_overlay_file_is_a_whole_copy_of_a_base_file(overlay: Path) -> None:
    copies = [f.relative_to(overlay).as_posix() for f in whole_copies(overlay)]
    assert copies == [], (f"{overlay} holds whole copies of base files; keep only the change as a diff: "
                          f"python -m tests.overlays shrink {overlay}")


@pytest.mark.parametrize("overlay", OVERLAYS, ids=[f"{o.parent.name}/{o.name}" for o in OVERLAYS])
def test_each_overlay_diff_applies_to_the_base_and_changes_it(overlay: Path, tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", overlay)
    for diff in overlay.rglob("*.diff"):
        path = diff.relative_to(overlay).as_posix().removesuffix(".diff")
        assert (BASE / path).is_file(), f"{diff} changes {path}, which the base does not have"
        assert (project / path).read_bytes() != (BASE / path).read_bytes()


def test_a_diff_made_here_gives_back_the_new_text() -> None:
    new = BASE_TEXT.replace("line 3\n", "line three\n").replace("line 15\n", "") + "line 21"
    diff = make(BASE_TEXT, new, "x.yml")
    assert diff.startswith("--- a/x.yml\n+++ b/x.yml\n@@ -2,3 +2,3 @@\n line 2\n-line 3\n+line three\n line 4\n")
    assert "\\ No newline at end of file\n" in diff
    assert apply(BASE_TEXT, diff, "x.yml", "case: x.yml.diff") == new


def test_a_hunk_is_taken_where_the_file_has_moved_on_if_its_lines_match_once() -> None:
    diff = make(BASE_TEXT, BASE_TEXT.replace("line 10\n", "line ten\n"), "x.yml")
    moved = "line 0\n" + BASE_TEXT
    assert apply(moved, diff, "x.yml", "case") == moved.replace("line 10\n", "line ten\n")


@pytest.mark.parametrize(("base", "why"), [
    (BASE_TEXT.replace("line 9\n", "line nine\n"), "nowhere"),  # a context line changed
    (BASE_TEXT.replace("line 10\n", "line 10 \n"), "nowhere"),  # a removed line changed, if only by a space
    (BASE_TEXT[BASE_TEXT.index("line 1\n"):BASE_TEXT.index("line 5\n")], "nowhere"),  # the lines are gone
    ("x\n" * 10 + BASE_TEXT[BASE_TEXT.index("line 7\n"):BASE_TEXT.index("line 14\n")] * 2, "at 2 places"),
])
def test_a_hunk_that_does_not_apply_fails_naming_the_case_and_the_file(base: str, why: str) -> None:
    diff = make(BASE_TEXT, BASE_TEXT.replace("line 10\n", "line ten\n"), "content/x.yml")
    with pytest.raises(OverlayError, match=rf"^invalid/some-case: content/x.yml.diff: hunk 1 .* match {why}"):
        apply(base, diff, "content/x.yml", "invalid/some-case: content/x.yml.diff")


@pytest.mark.parametrize(("diff", "why"), [
    ("--- a/y.yml\n+++ b/y.yml\n@@ -1 +1 @@\n-line 1\n+one\n", "must start with the lines '--- a/x.yml'"),
    ("--- a/x.yml\n+++ b/x.yml\n@@ -1,2 +1 @@\n-line 1\n+one\n", "not the 2 and 1 its header says"),
    ("--- a/x.yml\n+++ b/x.yml\n@@ -1 +1 @@\n-line 1\n+one", "does not end with a line break"),
    ("--- a/x.yml\n+++ b/x.yml\n@@ -1 +1 @@\n-line 1\n*one\n", "must start with ' ', '-' or '+'"),
    ("--- a/x.yml\n+++ b/x.yml\n", "no hunks"),
])
def test_a_malformed_diff_fails(diff: str, why: str) -> None:
    with pytest.raises(OverlayError, match=rf"^case\b.*{re.escape(why)}"):
        apply(BASE_TEXT, diff, "x.yml", "case")


def test_an_overlay_diff_of_a_file_the_project_lacks_fails(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    (overlay / "content").mkdir(parents=True)
    (overlay / "content" / "nothing.yml.diff").write_text(make("a\n", "b\n", "content/nothing.yml"))
    with pytest.raises(OverlayError, match="overlay: content/nothing.yml.diff: the project has no content/nothing"):
        make_project(tmp_path / "project", overlay)


def test_a_broken_case_diff_fails_the_project_naming_the_case_and_file(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    (project / "content" / "site.yml").write_text("something else\n")
    overlay = tmp_path / "invalid-case"
    (overlay / "content").mkdir(parents=True)
    site = (BASE / "content" / "site.yml").read_text()
    (overlay / "content" / "site.yml.diff").write_text(make(site, site + "extra: 1\n", "content/site.yml"))
    with pytest.raises(OverlayError, match=r"invalid-case: content/site.yml.diff: hunk 1 .* does not apply"):
        lay_over(project, overlay)
