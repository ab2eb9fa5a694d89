"""Words and abbreviations explained in plain English (content/glossary.yml)."""

from __future__ import annotations

from .common import Record, Text


class GlossaryTerm(Record):
    term: Text
    stands_for: Text | None = None
    meaning: Text


class Glossary(Record):
    terms: list[GlossaryTerm]
