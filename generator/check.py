"""Load, validate and cross-check all content: the gate before anything is published."""

from __future__ import annotations

from pathlib import Path

from .loader import load_content
from .problems import ContentProblems, Problem, errors_only
from .references import check_references
from .site import Site, resolve


def check_content(root: Path) -> tuple[Site | None, list[Problem]]:
    """Every problem in the content under ``root``, and the site if there are no errors."""
    content, problems = load_content(root)
    problems += check_references(content, root)
    if errors_only(problems):
        return None, sorted(problems)
    return resolve(content), sorted(problems)


def load_site(root: Path) -> Site:
    """The checked site, or ``ContentProblems`` naming every error."""
    site, problems = check_content(root)
    if site is None:
        raise ContentProblems(errors_only(problems))
    return site
