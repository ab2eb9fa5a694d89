"""Childcare settings for tests, written as an editor would (every value as text)."""

from __future__ import annotations

import copy
from typing import Any

from generator.childcare.schema import ChildcareSetting

BASE: dict[str, Any] = {
    "id": "test-setting",
    "name": "Test Setting",
    "type": "day-nursery",
    "ofsted": {"reference": "EY123456", "outcome": "good", "inspected": "2025-01-10"},
    "address": ["1 Test Street"],
    "postcode": "TE1 1ST",
    "ward": "Central",
    "area": "Testtown",
    "coordinates": {"latitude": "52.4", "longitude": "-1.9"},
    "ages": {"from_months": "0", "to_months": "143"},
    "opening_hours": {"monday": "08:00 to 18:00"},
    "weeks_open": "51",
    "term_time_only": "no",
    "funded_hours": {"three_and_four_year_olds": "yes", "working_families": "yes", "two_year_olds": "yes",
                     "stretched": "no"},
    "send_support": "no",
    "last_reviewed": "2026-05-01",
}


def setting(**changes: Any) -> ChildcareSetting:
    """A valid setting with ``changes`` written over the base fields."""
    data = copy.deepcopy(BASE)
    data.update(changes)
    return ChildcareSetting.model_validate(data)
