"""Facts for the accessibility statement (content/accessibility.yml).

The statement follows the form UK public bodies use; dates and tools are data
so that the page says what was really done and when.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import Date, Name, Record, Text, WholeNumber, YesNo

# What a finished statement must say (generator.statements checks them).
STATEMENT_FACTS = ("compliance", "statement_prepared", "last_reviewed", "last_tested", "tested_by", "testing")


class TestMethod(Record):
    tool: Name
    what: Text
    # An npm package in package-lock.json; the statement then shows its exact version.
    package: Name | None = None


class KnownIssue(Record):
    problem: Text
    fix_by: Date | None = None


class AccessibilityFacts(Record):
    # While a council prepares its own statement: the check says so, and a short holding statement is
    # published in its place, never another council's facts. The facts below are needed once it is not.
    draft: YesNo = False
    compliance: Literal["full", "partial", "none"] | None = None
    statement_prepared: Date | None = None
    last_reviewed: Date | None = None
    last_tested: Date | None = None
    tested_by: Name | None = None
    testing: list[TestMethod] = []
    known_issues: list[KnownIssue] = []
    reply_within_working_days: Annotated[WholeNumber, Field(ge=1, le=60)] = 10
