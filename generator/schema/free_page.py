"""The front matter of a free page written in Markdown (content/pages/*.md)."""

from __future__ import annotations

from .common import Date, Name, Record, Text, YesNo


class FreePageMeta(Record):
    title: Name
    summary: Text | None = None
    last_reviewed: Date | None = None
    # A page still being written: a short holding page is published at its address instead.
    draft: YesNo = False
