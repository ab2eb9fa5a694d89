"""Plain-English warnings: abbreviations nobody explained, and summaries that run on.

Families read the site on phones, some with low literacy or through a
translation tool, so two habits of council writing get a warning (never an
error: the site still publishes):

* an abbreviation (two or more capital letters, such as ``EHCP`` or ``HV``)
  that is not a ``term`` in ``content/glossary.yml``. Glossary terms are
  explained wherever they appear on the site; anything else is a puzzle.
  Not counted: a few that GOV.UK style treats as well known (``UK``, ``EU``,
  ``NHS``, ``VAT``, ``OK``, ``TV``, ``ID``), ``AM`` and ``PM``, text in
  backticks (codes such as ``PLAYTIME``), postcodes and references with digits in them (``EX2``,
  ``EY500137``), web and email addresses, and fields that are not prose
  (ids, phone numbers, postcodes, links, file names).
* a ``summary`` longer than ``summary_word_limit`` words (site settings, 25
  if left out): the summary is the one sentence shown in every list.

Each warning names the file and the line of the field where the abbreviation
first appears in that record (or of the summary).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from .loader import LIST_FILES, RECORD_FOLDERS, LoadedContent
from .problems import Problem
from .records import Sourced
from .schema.site_settings import SiteSettings

# Well known (GOV.UK style does not spell these out), or part of how times are written.
WELL_KNOWN = frozenset({"UK", "EU", "NHS", "VAT", "OK", "TV", "ID", "AM", "PM"})
# Fields that are not prose: nobody reads an abbreviation in them as jargon.
NOT_PROSE = frozenset({"id", "phone", "email", "website", "url", "postcode", "file", "reference", "report",
                       "venues", "services", "stages", "themes", "ways", "level", "kind", "type", "outcome",
                       "last_reviewed"})
# An abbreviation: two or more capitals (a plural 's' allowed), not joined to letters, digits or dashes.
ABBREVIATION = re.compile(r"(?<![\w\-./@])([A-Z]{2,})s?(?![\w\-@])")
# Addresses, Markdown link targets and `code` are blanked out before looking.
_NOT_WORDS = re.compile(r"\]\([^)]*\)|https?://\S+|www\.\S+|\S+@\S+|`[^`\n]*`")


def plain_english_problems(content: LoadedContent) -> list[Problem]:
    """Warnings for every record in the content folders (services, venues, childcare ...)."""
    settings = content.settings.record if content.settings else None
    limit = getattr(settings, "summary_word_limit", None) or SiteSettings.model_fields["summary_word_limit"].default
    # "LGBTQ+" in the glossary explains the capitals "LGBTQ" that the pattern finds.
    explained = {item.record.term.rstrip("+") for item in content.glossary}
    # A broken glossary already has its own problem; without it every abbreviation would look unexplained.
    check_abbreviations = LIST_FILES["glossary"][0] not in content.failed_files
    problems: list[Problem] = []
    for attribute, (_, _, kind) in RECORD_FOLDERS.items():
        for item in getattr(content, attribute, []):
            problems += _summary_problem(item, kind, limit)
            if check_abbreviations:
                problems += _abbreviation_problems(item, kind, explained)
    return problems


def _summary_problem(item: Sourced, kind: str, limit: int) -> list[Problem]:
    summary = getattr(item.record, "summary", None)
    if not summary:
        return []
    words = len(summary.split())
    if words <= limit:
        return []
    return [Problem(item.path, item.line("summary"),
                    f"the {kind.split(' ', 1)[1]}'s summary has {words} words; keep it to one sentence of "
                    f"{limit} words or fewer, and put the rest in the description",
                    warning=True)]


def _abbreviation_problems(item: Sourced, kind: str, explained: set[str]) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for location, text in prose(item.record):
        blanked = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)  # same length: positions stay true
        for match in ABBREVIATION.finditer(blanked):
            word = match.group(1)
            if word in seen or word in WELL_KNOWN or word in explained:
                continue
            seen.add(word)
            problems.append(Problem(item.path, _line(item, location, text, match.start()),
                                    f"'{word}' looks like an abbreviation that is not in the glossary; write it out "
                                    f"in full, or add it to content/glossary.yml with what it stands for",
                                    warning=True))
    return problems


def _line(item: Sourced, location: tuple[str | int, ...], text: str, position: int) -> int:
    """The line of ``position`` in a field's text.

    Text with line breaks was written as a ``|`` block, which starts on the
    line after its field name and keeps every line break, so the line can be
    counted; other text is on the field's own line.
    """
    line = item.line(*location)
    if "\n" in text:
        return line + 1 + text.count("\n", 0, position)
    return line


def prose(value: Any, location: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every piece of text in a record that families read, with where it is written, in file order."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in NOT_PROSE:
                yield from prose(getattr(value, name), location + (name,))
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from prose(item, location + (i,))
    elif isinstance(value, str):
        yield location, value
