"""A record's words in a community language, written beside the English (``translations:`` in its file).

Each translation says when it was made and whether by a person or by a machine (pages say so), and, for
each field, the fingerprint of the English it was made from (``from_english``): when the English changes,
the check warns that the translation is out of date (``generator.content_translations``). A field left out
is shown in English, with a sentence saying so in the reader's language.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import Date, Description, Name, Record, Text

LANGUAGE_PATTERN = r"^[a-z]{2,3}$"  # a language's code as addresses and ``lang`` attributes write it: ro, pl, ur
LanguageCode = Annotated[str, Field(pattern=LANGUAGE_PATTERN)]
FINGERPRINT_PATTERN = r"^[0-9a-f]{8}$"
Fingerprint = Annotated[str, Field(pattern=FINGERPRINT_PATTERN)]


class Translation(Record):
    translated: Date
    by: Literal["person", "machine"]
    # For each translated field, the fingerprint of the English it was translated from: `check` gives it.
    from_english: dict[str, Fingerprint] = {}


class ServiceTranslation(Translation):
    name: Name | None = None
    summary: Text | None = None
    description: Description | None = None
    who_it_is_for: Text | None = None
    how_to_access_details: Text | None = None
    cost: Text | None = None


class VenueTranslation(Translation):
    name: Name | None = None
    summary: Text | None = None
    description: Description | None = None
    how_to_get_there: Text | None = None


class SiteTranslation(Translation):
    welcome: Text | None = None
