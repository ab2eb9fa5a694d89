"""What the council itself must say: its accessibility statement, pages such as the privacy notice, and
where feedback goes.

A new site starts with the statement and privacy notice as drafts (``draft: yes``). A draft is never
published as if it were finished: the check says what is left to do, and a
short holding page is published at its address instead, so links to it work
and nobody reads another council's facts as this council's.
"""

from __future__ import annotations

from pathlib import Path

from .loader import LoadedContent
from .problems import Problem
from .schema.accessibility import STATEMENT_FACTS


PRIVACY_NOTICE = "content/pages/privacy.md"


def statement_problems(content: LoadedContent, root: Path) -> list[Problem]:
    """A finished statement missing a fact it needs (an error), and every draft (a warning)."""
    problems = []
    settings = content.settings
    if settings is not None and not settings.record.feedback:
        problems.append(Problem(settings.path, 1, "there is no 'feedback': give the web form or email address "
                                "where families can say what they think, so every page can link to it",
                                warning=True))
    statement = content.accessibility
    if statement is not None:
        facts = statement.record
        if facts.draft:
            problems.append(Problem(statement.path, statement.line("draft"), "the accessibility statement is a "
                                    "draft, so a short holding statement is published instead: fill in how and "
                                    "when the site was tested, then remove 'draft: yes'", warning=True))
        else:
            for name in STATEMENT_FACTS:
                if not getattr(facts, name):
                    problems.append(Problem(statement.path, 1, f"'{name}' is missing: the accessibility statement "
                                            "needs it (while you prepare the statement, write 'draft: yes')"))
    if (root / PRIVACY_NOTICE).parent.is_dir() and not (root / PRIVACY_NOTICE).exists():
        problems.append(Problem(PRIVACY_NOTICE, 0, "there is no privacy notice: every council's site needs one; "
                                "write it in this file (a new site starts with a draft)", warning=True))
    for page in content.pages:
        if page.meta.draft:
            problems.append(Problem(page.path, 1, f"'{page.meta.title}' is a draft, so a short holding page is "
                                    "published at its address instead: finish it, then remove 'draft: yes'",
                                    warning=True))
    return problems
