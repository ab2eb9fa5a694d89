"""Translations never go stale silently: changing one English summary and committing makes the check warn
about exactly that field's translations, the review report list them under the record's owner, and the
change summary name them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.check import check_content
from generator.content_translations import fingerprint
from generator.review import review_report

from ..conftest import EXAMPLE_TODAY
from ..editing.test_changes import changes, commit, edit, repo  # noqa: F401 - the fixture is used by name

SERVICE = "content/services/baby-massage.yml"
OLD = "summary: A five-week course"


def _translation_warnings(root: Path) -> list[str]:
    _, problems = check_content(root, EXAMPLE_TODAY)
    return [f"{p.path}:{p.line}: {p.message}" for p in problems if p.warning and "translat" in p.message]


def _changed(repo: Path) -> None:  # noqa: F811 - the fixture
    text = (repo / SERVICE).read_text(encoding="utf-8")
    assert OLD in text, "the frozen example's baby massage summary"
    edit(repo, SERVICE, OLD, "summary: A six-week course")


def test_the_example_has_no_stale_translations(repo: Path) -> None:  # noqa: F811
    assert _translation_warnings(repo) == []


def test_changing_an_english_summary_warns_about_exactly_its_translations(repo: Path,  # noqa: F811
                                                                           capsys: pytest.CaptureFixture) -> None:
    _changed(repo)
    warnings = _translation_warnings(repo)
    lines = (repo / SERVICE).read_text(encoding="utf-8").splitlines()
    assert [w.split(": ", 1)[1] for w in warnings] == [
        f"the {language} summary of Baby massage was translated from older English; ask for it to be updated"
        for language in ("Romanian", "Polish", "Urdu")]
    # Each names the line of its translated summary.
    for warning in warnings:
        line = int(warning.split(":")[1])
        assert lines[line - 1].strip().startswith("summary:"), warning
    commit(repo, "A longer baby massage course")
    out = changes(repo, "HEAD~1", capsys)
    assert out.split("#### Translations out of date\n\n")[1].splitlines() == [
        f"- The {language} summary of Baby massage: its English changed; ask for it to be updated"
        for language in ("Romanian", "Polish", "Urdu")]


def test_the_review_report_lists_stale_translations_by_owner(repo: Path) -> None:  # noqa: F811
    _changed(repo)
    from generator.loader import load_content

    content, _ = load_content(repo)
    report = review_report(content, EXAMPLE_TODAY, 60)
    section = report.split("Translations made from older English, to ask a translator to update:\n\n")[1]
    owner = content.services[[s.record.id for s in content.services].index("baby-massage")].record.owner
    assert section.startswith(f"{owner}: 3 to update\n  - the Romanian summary of Baby massage ({SERVICE}, line ")


def test_a_translation_without_a_fingerprint_is_told_the_one_to_add(repo: Path) -> None:  # noqa: F811
    text = (repo / SERVICE).read_text(encoding="utf-8")
    summary = [line for line in text.splitlines() if line.startswith("      summary: ")][0]
    (repo / SERVICE).write_text(text.replace(summary + "\n", "", 1), encoding="utf-8")
    english = yaml.safe_load(text)["summary"]
    assert _translation_warnings(repo) == [
        f"{SERVICE}:{_line_of(repo, 'summary: >-', 'ro')}: the Romanian summary of Baby massage does not say which "
        f"English it was translated from; if it was translated from the English as it is now, add "
        f"'summary: {fingerprint(english)}' under from_english"]


def _line_of(project: Path, start: str, code: str) -> int:
    """The line of ``start`` in the ``code`` translation of the baby massage file."""
    lines = (project / SERVICE).read_text(encoding="utf-8").splitlines()
    block = lines.index(f"  {code}:")
    return next(n for n, line in enumerate(lines[block:], block + 1) if line.strip().startswith(start))
