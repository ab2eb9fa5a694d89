"""Dates the checks work with: months counted back from today, and when costs become old."""

from __future__ import annotations

from datetime import date

import pytest

from generator.childcare.checks import check_settings, months_before
from generator.loader import Sourced
from generator.yaml_source import parse_yaml

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
