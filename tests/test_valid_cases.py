"""Each folder in cases/valid/ is a project that must pass the check and give the expected files.

Every file the build makes is in the case's ``expected/`` folder, and nothing else is (``tests/golden.py``:
text as text, bytes files by SHA-256 in ``expected/SHA256SUMS``). Run pytest with ``--update-golden`` to
rewrite them, then read the difference before committing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.build import build_site
from generator.check import check_content

from .conftest import CASES, make_project
from .golden import check_folder

VALID = sorted(p for p in (CASES / "valid").iterdir() if p.is_dir())
TODAY = date(2026, 6, 15)


@pytest.mark.parametrize("case", VALID, ids=[p.name for p in VALID])
def test_valid_case_builds_expected_files(case: Path, tmp_path: Path, update_golden: bool) -> None:
    project = make_project(tmp_path / "project", case)
    site, problems = check_content(project, TODAY)
    assert [str(p) for p in problems] == []
    assert site is not None
    files = build_site(project, TODAY)
    check_folder(files, case / "expected", update_golden)


def test_yaml_traps_cannot_bite(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", CASES / "valid" / "yaml-traps")
    site, _ = check_content(project, TODAY)
    service = site.services["stay-and-play"]
    assert service.languages == ["English", "no", "Polish"]  # not False
    assert service.how_to_access.details == "10:30"  # not 630
    assert service.name == "Stay and play: songs, toys and 10:30 snack time"
    assert service.for_dads_and_partners is True


def test_descriptions_are_sanitised_and_text_escaped(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", CASES / "valid" / "yaml-traps")
    page = build_site(project, TODAY)["services/stay-and-play/index.md"]
    assert "<script" not in page
    assert "javascript:" not in page
    assert '<a href="https://www.nhs.uk/">a good one</a>' in page
    assert '<abbr title="Special educational needs and disabilities">SEND</abbr>' in page


def test_old_review_dates_warn_then_stop_the_build(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    service = project / "content" / "services" / "stay-and-play.yml"
    service.write_text(service.read_text().replace("last_reviewed: 2026-05-01", "last_reviewed: 2025-05-01"))
    site, problems = check_content(project, TODAY)
    assert site is not None
    assert [str(p) for p in problems] == [
        "content/services/stay-and-play.yml:17: warning: the service 'Stay and play' was last reviewed on "
        "1 May 2025, more than 12 months ago; please check it soon"
    ]
    service.write_text(service.read_text().replace("last_reviewed: 2025-05-01", "last_reviewed: 2023-05-01"))
    site, problems = check_content(project, TODAY)
    assert site is None
    assert [p.line for p in problems] == [17] and not problems[0].warning
