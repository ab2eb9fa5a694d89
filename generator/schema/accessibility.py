"""Facts for the accessibility statement (content/accessibility.yml).

The statement follows the form UK public bodies use; dates and tools are data
so that the page says what was really done and when.
"""

from __future__ import annotations

import datetime
from typing import Literal

from .common import Record, Text


class TestMethod(Record):
    tool: Text
    what: Text
    # An npm package in package-lock.json; the statement then shows its exact version.
    package: Text | None = None


class KnownIssue(Record):
    problem: Text
    fix_by: datetime.date | None = None


class AccessibilityFacts(Record):
    compliance: Literal["full", "partial", "none"]
    statement_prepared: datetime.date
    last_reviewed: datetime.date
    last_tested: datetime.date
    tested_by: Text
    testing: list[TestMethod]
    known_issues: list[KnownIssue] = []
    reply_within_working_days: int = 10
