"""Two real MkDocs builds of the same commit give byte-identical feeds and sessions.json."""

from __future__ import annotations

from pathlib import Path

from ..conftest import EXAMPLE_EPOCH, example_project, mkdocs_build


def test_two_mkdocs_builds_give_identical_feeds_and_sessions_json(tmp_path: Path) -> None:
    # The same SOURCE_DATE_EPOCH for both, as two CI runs of one commit would have (the commit's time).
    env = {"SOURCE_DATE_EPOCH": EXAMPLE_EPOCH}
    project = example_project(tmp_path / "project")
    first, second = tmp_path / "one", tmp_path / "two"
    for site in (first, second):
        result = mkdocs_build(project, site, env)
        assert result.returncode == 0, result.stderr
    generated = sorted(p.relative_to(first) for p in (first / "calendars").rglob("*.ics"))
    generated.append(Path("data/sessions.json"))
    assert len(generated) > 100
    for relative in generated:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative
