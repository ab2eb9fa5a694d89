"""Reminders of stale content: records whose `last_reviewed` date is getting old.

Past `review_warning_months` (site settings) a record gets a warning; past
`review_limit_months` it is an error, because families should not be shown
information nobody has checked for that long.
"""

from __future__ import annotations

from datetime import date

from .date_words import day_month_year, months_before
from .loader import LoadedContent
from .problems import Problem
from .records import Sourced


def review_problems(content: LoadedContent, today: date) -> list[Problem]:
    if content.settings is None:
        return []
    settings = content.settings.record
    warn_before = months_before(today, settings.review_warning_months)
    fail_before = months_before(today, settings.review_limit_months)
    problems = []
    records: list[tuple[str, Sourced]] = [("service", s) for s in content.services]
    records += [("venue", v) for v in content.venues]
    for kind, item in records:
        reviewed = item.record.last_reviewed
        when = day_month_year(reviewed)
        if reviewed < fail_before:
            problems.append(Problem(item.path, item.line("last_reviewed"),
                                    f"the {kind} '{item.record.name}' was last reviewed on {when}, more than "
                                    f"{settings.review_limit_months} months ago; check it with the people who run it "
                                    "and update last_reviewed before it can be published"))
        elif reviewed < warn_before:
            problems.append(Problem(item.path, item.line("last_reviewed"),
                                    f"the {kind} '{item.record.name}' was last reviewed on {when}, more than "
                                    f"{settings.review_warning_months} months ago; please check it soon",
                                    warning=True))
        elif reviewed > today:
            problems.append(Problem(item.path, item.line("last_reviewed"),
                                    f"last_reviewed is {when}, which is in the future"))
    return problems
