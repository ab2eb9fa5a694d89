"""What families told the council and what changed (content/you-said-we-did.yml)."""

from __future__ import annotations

import datetime

from .common import Record, Slug, Text


class Change(Record):
    id: Slug
    date: datetime.date
    you_said: Text
    we_did: Text
    services: list[Slug] = []


class YouSaidWeDid(Record):
    changes: list[Change]
