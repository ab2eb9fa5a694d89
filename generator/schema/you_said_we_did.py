"""What families told the council and what changed (content/you-said-we-did.yml)."""

from __future__ import annotations

from .common import Date, Record, Slug, Text


class Change(Record):
    id: Slug
    date: Date
    you_said: Text
    we_did: Text
    services: list[Slug] = []


class YouSaidWeDid(Record):
    changes: list[Change]
