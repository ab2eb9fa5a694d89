"""Words and abbreviations explained in plain English (content/glossary.yml)."""

from __future__ import annotations

from .common import Name, Record, Text


class GlossaryTerm(Record):
    term: Name
    stands_for: Name | None = None
    meaning: Text


class Glossary(Record):
    terms: list[GlossaryTerm]
