"""What the council itself must say: its accessibility statement, pages such as the privacy notice, and
where feedback goes.

A new site starts with the statement and privacy notice as drafts (``draft: yes``). A draft is never
published as if it were finished: the check says what is left to do, and a
short holding page is published at its address instead, so links to it work
and nobody reads another council's facts as this council's. While the site is
being prepared a draft is a warning, so pull requests and previews work; the
check before publishing to families (``check --publishing``, which the
publishing workflow runs) refuses drafts on a site that is not example data.
"""

from __future__ import annotations

from pathlib import Path

from .loader import LoadedContent
from .problems import Problem
from .schema.accessibility import STATEMENT_FACTS

PRIVACY_NOTICE = "content/pages/privacy.md"


def statement_problems(content: LoadedContent, root: Path, publishing: bool = False) -> list[Problem]:
    """A finished statement missing a fact it needs (an error), and every draft: a warning, or an error when
    ``publishing`` a site that is not example data."""
    problems = []
    settings = content.settings
    refuse_drafts = publishing and settings is not None and not settings.record.example_data

    def draft(path: str, line: int, what: str, to_do: str) -> Problem:
        if refuse_drafts:
            return Problem(path, line, f"{what} is still a draft, and a council's site cannot be published "
                           f"to families without it: {to_do}")
        return Problem(path, line, f"{what} is a draft, so a short holding page is published at its address "
                       f"instead: {to_do}", warning=True)

    if settings is not None and not settings.record.feedback:
        problems.append(Problem(settings.path, 1, "there is no 'feedback': give the web form or email address "
                                "where families can say what they think, so every page can link to it",
                                warning=True))
    statement = content.accessibility
    if statement is not None:
        facts = statement.record
        if facts.draft:
            problems.append(draft(statement.path, statement.line("draft"), "the accessibility statement",
                                  "fill in how and when the site was tested, then remove 'draft: yes'"))
        else:
            for name in STATEMENT_FACTS:
                if not getattr(facts, name):
                    problems.append(Problem(statement.path, 1, f"'{name}' is missing: the accessibility statement "
                                            "needs it (while you prepare the statement, write 'draft: yes')"))
    if (root / PRIVACY_NOTICE).parent.is_dir() and not (root / PRIVACY_NOTICE).exists():
        problems.append(Problem(PRIVACY_NOTICE, 0, "there is no privacy notice: every council's site needs one; "
                                "write it in this file (a new site starts with a draft)", warning=not refuse_drafts))
    for page in content.pages:
        if page.meta.draft:
            problems.append(draft(page.path, 1, f"'{page.meta.title}'", "finish it, then remove 'draft: yes'"))
    return problems
