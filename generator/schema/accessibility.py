"""Facts for the accessibility statement (content/accessibility.yml).

The statement follows the form UK public bodies use; dates and tools are data
so that the page says what was really done and when.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import Date, Name, Record, Text, WholeNumber


class TestMethod(Record):
    tool: Name
    what: Text
    # An npm package in package-lock.json; the statement then shows its exact version.
    package: Name | None = None


class KnownIssue(Record):
    problem: Text
    fix_by: Date | None = None


class AccessibilityFacts(Record):
    compliance: Literal["full", "partial", "none"]
    statement_prepared: Date
    last_reviewed: Date
    last_tested: Date
    tested_by: Name
    testing: list[TestMethod]
    known_issues: list[KnownIssue] = []
    reply_within_working_days: Annotated[WholeNumber, Field(ge=1, le=60)] = 10
