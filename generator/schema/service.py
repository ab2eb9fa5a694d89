"""A service in the offer: what it is, who it is for and how to get it."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import Date, Description, Email, Link, Name, Phone, Record, Slug, Text, WebAddress, YesNo
from .translation import LanguageCode, ServiceTranslation

StageKey = Literal["pregnancy", "newborn", "0-1", "1-2", "2-5", "older"]
ThemeKey = Literal[
    "parenting",
    "perinatal-mental-health",
    "early-language",
    "infant-feeding",
    "send",
    "health-reviews",
    "money-and-childcare",
    "health-and-wellbeing",
    "family-help",
]
AccessWay = Literal["drop-in", "book", "self-refer", "professional-referral", "we-contact-you"]


class HowToAccess(Record):
    ways: Annotated[list[AccessWay], Field(min_length=1)]
    details: Text | None = None
    phone: Phone | None = None
    email: Email | None = None
    website: WebAddress | None = None


class Service(Record):
    id: Slug
    name: Name
    summary: Text
    description: Description | None = None
    stages: Annotated[list[StageKey], Field(min_length=1)]
    themes: Annotated[list[ThemeKey], Field(min_length=1)]
    level: Literal["universal", "universal-plus"]
    who_it_is_for: Text
    for_dads_and_partners: YesNo = False
    how_to_access: HowToAccess
    cost: Text
    provider: Name
    languages: list[Name] = ["English"]
    venues: list[Slug] = []
    also_available: Text | None = None
    links: list[Link] = []
    last_reviewed: Date
    owner: Name | None = None
    # The family-facing words in community languages, by language code (schema/translation.py).
    translations: dict[LanguageCode, ServiceTranslation] = {}
