"""A file that cannot be read hides nothing and invents nothing: every other file's problems are reported
in the same run, and only those."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check import check_content

from ..conftest import EXAMPLE, EXAMPLE_TODAY, example_project

# One file of every kind the check reads.
BROKEN = [
    "content/site.yml", "content/accessibility.yml", "content/glossary.yml", "content/you-said-we-did.yml",
    "content/venues/northgate-family-hub.yml", "content/services/baby-massage.yml",
    "content/childcare/acorn-day-nursery-oakwood.yml", "content/pages/privacy.md",
    "timetable/term-dates.yml", "timetable/sessions/northgate-family-hub.yml",
]
# A mistake planted in another file, and the message it must give.
PLANTED = {
    "content/venues/riverside-family-hub.yml": "'colour' is not a field a venue can have",
    "content/services/stay-and-play.yml": "'colour' is not a field a service can have",
    "content/childcare/castle-kids-club.yml": "'colour' is not a field a childcare setting can have",
    "timetable/sessions/riverside-family-hub.yml": "'colour' is not a field a sessions file can have",
}


def _break(file: Path) -> None:
    """An unclosed list at the end of the file (in a page, inside its settings)."""
    text = file.read_text()
    if file.suffix == ".md":
        file.write_text(text.replace("---\n", "---\nbroken: [\n", 1))
    else:
        file.write_text(text + "broken: [\n")


def test_the_files_named_exist() -> None:
    for relative in [*BROKEN, *PLANTED]:
        assert (EXAMPLE / relative).is_file(), relative


@pytest.mark.parametrize("broken", BROKEN)
def test_a_broken_file_hides_nothing_and_adds_nothing(broken: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _break(project / broken)
    for relative in PLANTED:
        file = project / relative
        file.write_text(file.read_text() + "colour: blue\n")
    site, problems = check_content(project, EXAMPLE_TODAY)
    errors = [p for p in problems if not p.warning]
    assert site is None
    assert [p.path for p in errors if p.path == broken] == [broken], errors
    assert all("the YAML cannot be read here" in p.message for p in errors if p.path == broken), errors
    others = sorted((p.path, p.message.split(";")[0].split(".")[0]) for p in errors if p.path != broken)
    assert others == sorted(PLANTED.items()), "\n".join(map(str, errors))


@pytest.mark.parametrize("broken", ["content/services/baby-massage.yml", "content/glossary.yml",
                                    "timetable/sessions/riverside-family-hub.yml"])
def test_the_change_summary_does_not_call_a_broken_file_a_removal(broken: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture) -> None:
    from generator.changes import run_changes

    from ..editing.test_changes import commit, git

    project = example_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    commit(project, "Example content")
    _break(project / broken)
    run_changes(project, "HEAD", "text", EXAMPLE_TODAY)
    out = capsys.readouterr().out
    assert "Nothing that families see changes." in out and "The content has 1 problem to fix" in out, out
