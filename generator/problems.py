"""Problems found in the content, kept as values so one run reports them all."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing an editor has to fix (or, as a warning, should look at).

    ``path`` is relative to the project root, ``line`` is 1-based (0 when the
    problem belongs to the whole file).
    """

    path: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.warning else ""
        return f"{where}: {prefix}{self.message}"


class ContentProblems(Exception):
    """Raised when the content cannot be published; carries every problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(format_problems(self.problems))


def format_problems(problems: list[Problem]) -> str:
    """One problem per line, as ``path:line: message``."""
    return "\n".join(str(p) for p in sorted(problems))


def errors_only(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if not p.warning]
