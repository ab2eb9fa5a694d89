"""Each folder in cases/invalid/ holds a mistake and the exact messages an editor sees."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.check import check_content
from generator.cli import main
from generator.problems import format_problems

from .conftest import CASES, make_project
from .golden import check_text

INVALID = sorted(p for p in (CASES / "invalid").iterdir() if p.is_dir())
TODAY = date(2026, 6, 15)  # fixed, so review-age messages do not change with the calendar


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
def test_messages_word_for_word(case: Path, tmp_path: Path, update_golden: bool) -> None:
    project = make_project(tmp_path / "project", case)
    site, problems = check_content(project, TODAY)
    assert site is None, "content with mistakes must not produce a site"
    report = format_problems(problems) + "\n"
    check_text(report, case / "expected.txt", update_golden)


def test_check_command_lists_every_problem_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    case = CASES / "invalid" / "three-files"
    project = make_project(tmp_path / "project", case)
    assert main(["--root", str(project), "check"]) == 1
    err = capsys.readouterr().err
    for line in (case / "expected.txt").read_text().splitlines():
        assert line in err
    assert "3 problems to fix" in err
    assert "Traceback" not in err
