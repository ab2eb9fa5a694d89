"""Load, validate and cross-check all content: the gate before anything is published."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .accessibility_tools import tool_problems, tool_versions
from .build_date import build_date
from .childcare.checks import childcare_problems
from .content_translations import translation_problems
from .freshness import review_problems
from .loader import load_content
from .logo import logo_problems
from .plain_english import plain_english_problems
from .problems import ContentProblems, Problem, errors_only
from .publication import identity_problems
from .references import check_references
from .site import Site, resolve
from .statements import statement_problems
from .timetable.checks import check_timetable


def check_content(root: Path, today: date | None = None,
                  publishing: bool = False) -> tuple[Site | None, list[Problem]]:
    """Every problem in the content under ``root``, and the site if there are no errors.

    ``today`` (default: the build date) is the day every check compares dates with: review dates too
    old, and dates after today. ``publishing``: the check before the site goes to families, which
    refuses draft statements (generator/statements.py).
    """
    today = today or build_date()
    content, problems = load_content(root)
    problems += check_references(content, root)
    problems += logo_problems(content, root)
    problems += childcare_problems(content, today)
    problems += check_timetable(content, today)
    problems += review_problems(content, today)
    problems += plain_english_problems(content)
    problems += translation_problems(content)
    if content.settings is not None:
        problems += identity_problems(content.settings.record, content.settings.line, root)
    versions = tool_versions(root)
    problems += tool_problems(content, versions)
    problems += statement_problems(content, root, publishing)
    if errors_only(problems):
        return None, sorted(problems)
    site = resolve(content)
    site.tool_versions = versions
    return site, sorted(problems)


def load_site(root: Path, today: date | None = None) -> Site:
    """The checked site, or ``ContentProblems`` naming every error."""
    site, problems = check_content(root, today)
    if site is None:
        raise ContentProblems(errors_only(problems))
    return site
