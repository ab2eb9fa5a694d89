"""Dates the checks work with: months counted back from today, and when costs become old."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from generator.check import check_content
from generator.childcare.checks import check_settings, months_before
from generator.records import Sourced
from generator.yaml_source import parse_yaml

from ..conftest import make_project
from .helpers import setting


@pytest.mark.parametrize("day, months, expected", [
    (date(2026, 11, 22), 6, date(2026, 5, 22)),
    (date(2026, 3, 31), 1, date(2026, 2, 28)),   # February is shorter: its last day
    (date(2024, 3, 31), 1, date(2024, 2, 29)),   # a leap year
    (date(2026, 1, 15), 1, date(2025, 12, 15)),  # back over a new year
    (date(2026, 5, 31), 120, date(2016, 5, 31)),
])
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def _sourced(record):
    doc, _ = parse_yaml("id: test-setting\nlast_reviewed: 2026-05-01\n", "content/childcare/test-setting.yml")
    return Sourced(record, doc)


def test_costs_become_old_the_day_after_the_limit() -> None:
    record = setting(fees=[{"from_months": "0", "to_months": "143", "per_hour": "6.00"}],
                     last_reviewed="2026-05-22")
    assert check_settings([_sourced(record)], date(2026, 11, 22), 6) == []
    [problem] = check_settings([_sourced(record)], date(2026, 11, 23), 6)
    assert problem.warning and problem.line == 2
    assert problem.message.startswith("the costs were last confirmed on 22 May 2026, more than 6 months ago")


def _clock_at(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """Make the build date (the real clock when nothing else is said) read ``day``."""
    midday = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(midday.timestamp())))


def _childcare(problems: list) -> list[str]:
    return [str(p) for p in problems if p.path.startswith("content/childcare/")]


def test_check_content_compares_childcare_dates_with_the_day_it_is_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project")
    nursery = "content/childcare/little-owls-nursery.yml"
    # The clock is years after every date in the base case; check_content is told it is 1 April 2026.
    _clock_at(monkeypatch, date(2040, 1, 1))
    site, problems = check_content(project, date(2026, 4, 1))
    assert site is None
    assert _childcare(problems) == [
        f"{nursery}:48: the vacancies date is 20 April 2026, which is after today",
        f"{nursery}:51: 'last_reviewed' is 1 May 2026, which is after today",
    ]
    # A service reviewed on the same day is in the future on that day too: one "today" for every check.
    assert "content/services/stay-and-play.yml:17: last_reviewed is 1 May 2026, which is in the future" in map(
        str, problems)
    # The clock is years before them; check_content is told a day after them.
    _clock_at(monkeypatch, date(2020, 1, 1))
    site, problems = check_content(project, date(2026, 11, 22))
    assert site is not None and _childcare(problems) == []


def test_check_content_warns_about_old_childcare_costs_by_the_day_it_is_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project")  # costs may be 120 months old before a warning
    _clock_at(monkeypatch, date(2026, 11, 22))
    _, problems = check_content(project, date(2036, 5, 2))
    assert _childcare(problems) == [
        "content/childcare/little-owls-nursery.yml:51: warning: the costs were last confirmed on 1 May 2026, "
        "more than 120 months ago; check them with the setting and update 'last_reviewed'"]
    _clock_at(monkeypatch, date(2036, 5, 2))
    _, problems = check_content(project, date(2036, 5, 1))
    assert _childcare(problems) == []
