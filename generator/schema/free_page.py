"""The front matter of a free page written in Markdown (content/pages/*.md)."""

from __future__ import annotations

from .common import Date, Name, Record, Text


class FreePageMeta(Record):
    title: Name
    summary: Text | None = None
    last_reviewed: Date | None = None
