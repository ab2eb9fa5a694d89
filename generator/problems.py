"""Problems found in the content, kept as values so one run reports them all."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Line breaks, control characters, lone surrogates and the Unicode line separators: none of them may
# reach a message, which is always one line of printable text.
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# The longest message: a whole sentence with a file name and a couple of values fits easily.
MESSAGE_LIMIT = 500


@dataclass(frozen=True, order=True)
class Problem:
    """One thing an editor has to fix (or, as a warning, should look at).

    ``path`` is relative to the project root, ``line`` is 1-based (0 when the
    problem belongs to the whole file). The path and message are made one
    line of printable text here, whatever the content they quote.
    """

    path: str
    line: int
    message: str
    warning: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", one_line(self.path, MESSAGE_LIMIT))
        object.__setattr__(self, "message", one_line(self.message, MESSAGE_LIMIT))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.warning else ""
        return f"{where}: {prefix}{self.message}"


def one_line(text: str, limit: int) -> str:
    """``text`` as one line of printable characters, at most ``limit`` long."""
    text = _NOT_ONE_LINE.sub(_replacement, text)
    if not text.isprintable():  # format and other invisible characters, which a terminal may act on
        text = "".join(c if c.isprintable() else "\ufffd" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _replacement(match: re.Match) -> str:
    return " " if match.group() in "\t\n\r" else "\ufffd"


def shown(value: object, limit: int = 60) -> str:
    """A value an editor wrote, as a message quotes it: one line, cut short when it is long, and any
    invisible character named (``[U+FEFF]``), since it may be the very mistake the message is about."""
    text = " ".join(str(value).split())
    if not text.isprintable():
        text = "".join(c if c.isprintable() else f"[U+{ord(c):04X}]" for c in text)
    return one_line(text, limit)


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


def generator_fault(error: Exception) -> str:
    """One line for an editor when the generator fails on content the check had accepted."""
    detail = one_line(f"{type(error).__name__}: {error}", 200)
    return (f"The content passed every check, but the generator failed while making the site ({detail}). "
            "This is a fault in the generator, not in the content: please report it, saying which file you "
            "changed last.")
