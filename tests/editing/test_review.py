"""``python -m generator review``: records due for review, by owner, oldest first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.check import check_content
from generator.cli import main
from generator.loader import load_content
from generator.review import review_report

from ..conftest import make_project

TODAY = date(2027, 5, 10)


def _set(project: Path, relative: str, old: str, new: str) -> None:
    file = project / relative
    assert old in file.read_text()
    file.write_text(file.read_text().replace(old, new))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "project")
    _set(project, "content/services/stay-and-play.yml", "last_reviewed: 2026-05-01",
         "last_reviewed: 2026-04-20\nowner: Family hubs team")
    _set(project, "content/venues/town-hub.yml", "last_reviewed: 2026-05-01", "last_reviewed: 2025-01-15")
    return project


def test_report_groups_by_owner_oldest_first(project: Path) -> None:
    content, problems = load_content(project)
    assert problems == []
    assert review_report(content, TODAY, 60) == """\
Due for review by 9 July 2027 (60 days from 10 May 2027), oldest first.

Family hubs team: 1 to review
  - Stay and play (content/services/stay-and-play.yml)
    last reviewed 20 April 2026, due 20 April 2027 (overdue)

No owner named: 3 to review
  - Town Family Hub (content/venues/town-hub.yml)
    last reviewed 15 January 2025, due 15 January 2026: past the limit, the site cannot be published until it is checked
  - Perinatal mental health support (content/services/perinatal-support.yml)
    last reviewed 1 May 2026, due 1 May 2027 (overdue)
  - The accessibility statement (content/accessibility.yml)
    last reviewed 1 June 2026, due 1 June 2027 (in 22 days)

4 records to review. After checking one, change its last_reviewed date to the day you checked it.
"""


def test_within_days_sets_how_far_ahead(project: Path) -> None:
    content, _ = load_content(project)
    report = review_report(content, TODAY, 0)
    assert "accessibility" not in report and "3 records to review" in report
    _set(project, "content/venues/town-hub.yml", "last_reviewed: 2025-01-15", "last_reviewed: 2026-05-01")
    content, _ = load_content(project)
    assert review_report(content, date(2026, 5, 2), 30) == "Nothing is due for review by 1 June 2026.\n"


def test_warning_age_comes_from_site_settings(project: Path) -> None:
    _set(project, "content/site.yml", "council_name:", "review_warning_months: 6\ncouncil_name:")
    content, _ = load_content(project)
    assert "due 20 October 2026 (overdue)" in review_report(content, TODAY, 60)


def test_report_and_check_agree_on_what_is_overdue(project: Path) -> None:
    """Everything the check warns about as old is in the report as overdue."""
    _, problems = check_content(project, TODAY)
    old = {p.path for p in problems if "last reviewed" in p.message}
    content, _ = load_content(project)
    report = review_report(content, TODAY, 0)
    assert old and all(path in report for path in old)


def test_command_uses_the_build_date(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1809432000")  # 4 May 2027
    assert main(["--root", str(project), "review", "--within-days", "10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Due for review by 14 May 2027 (10 days from 4 May 2027)")


def test_command_mentions_files_with_problems(project: Path, capsys) -> None:
    _set(project, "content/services/perinatal-support.yml", "level:", "colour: blue\nlevel:")
    assert main(["--root", str(project), "review"]) == 0
    assert "1 file has problems and may be missing from this report" in capsys.readouterr().out


def test_bad_number_of_days_is_a_plain_message(project: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--root", str(project), "review", "--within-days", "soon"])
    assert stop.value.code == 2
    assert "'soon' is not a number of days" in capsys.readouterr().err


def test_review_date_three_years_back_stops_the_check(tmp_path: Path) -> None:
    """Issue 6's acceptance: moving a review date three years back makes check complain."""
    project = make_project(tmp_path / "three-years")
    _set(project, "content/services/stay-and-play.yml", "last_reviewed: 2026-05-01", "last_reviewed: 2023-05-01")
    site, problems = check_content(project, date(2026, 6, 15))
    assert site is None
    assert [(p.path, p.line, p.warning) for p in problems] == [("content/services/stay-and-play.yml", 17, False)]
