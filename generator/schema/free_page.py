"""The front matter of a free page written in Markdown (content/pages/*.md)."""

from __future__ import annotations

import datetime

from .common import Record, Text


class FreePageMeta(Record):
    title: Text
    summary: Text | None = None
    last_reviewed: datetime.date | None = None
