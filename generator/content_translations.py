"""Editors' translations of their own words: applied to a language's pages, and checked for staleness.

A service, venue or the site settings may hold ``translations:`` (``schema/translation.py``). Each translated
field records the fingerprint of the English it was made from; the check compares it with the English as it
is now, so a translation never goes out of date without a warning:

    The Romanian summary of Baby massage was translated from older English; ask for it to be updated.

A fingerprint is the first eight hex digits of the SHA-256 of the English with its spacing made single, so
re-wrapping a paragraph does not make its translations stale.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from babel import Locale

from .languages import ENGLISH, available, language
from .loader import LoadedContent
from .problems import Problem
from .records import Sourced
from .schema.service import Service
from .schema.site_settings import SiteSettings
from .schema.translation import Translation
from .schema.venue import Venue
from .site import Site

# Each kind's translatable fields: the field's name in a translation, how messages name it, and where its
# English is in the record.
Field = tuple[str, str, Callable[[Any], str | None]]
SERVICE_FIELDS: tuple[Field, ...] = (
    ("name", "name", lambda s: s.name),
    ("summary", "summary", lambda s: s.summary),
    ("description", "description", lambda s: s.description),
    ("who_it_is_for", "who it is for", lambda s: s.who_it_is_for),
    ("how_to_access_details", "how to get it", lambda s: s.how_to_access.details),
    ("cost", "cost", lambda s: s.cost),
)
VENUE_FIELDS: tuple[Field, ...] = (
    ("name", "name", lambda v: v.name),
    ("summary", "summary", lambda v: v.summary),
    ("description", "description", lambda v: v.description),
    ("how_to_get_there", "how to get there", lambda v: v.how_to_get_there),
)
SITE_FIELDS: tuple[Field, ...] = (("welcome", "welcome", lambda s: s.welcome),)


def fingerprint(english: str) -> str:
    """The fingerprint a translation of ``english`` records."""
    return hashlib.sha256(" ".join(english.split()).encode()).hexdigest()[:8]


@dataclass(frozen=True)
class Translated:
    """A record in one language: its fields translated where the editor has, and which were not."""

    record: Any
    untranslated: tuple[str, ...]  # how messages name each field shown in English
    translation: Translation | None


def service_in(service: Service, code: str) -> Translated:
    translation = service.translations.get(code)
    words = _words(translation, service, SERVICE_FIELDS)
    details = words.pop("how_to_access_details", None)
    if details is not None:
        words["how_to_access"] = service.how_to_access.model_copy(update={"details": details})
    return Translated(service.model_copy(update=words), _untranslated(translation, service, SERVICE_FIELDS),
                      translation)


def venue_in(venue: Venue, code: str) -> Translated:
    translation = venue.translations.get(code)
    return Translated(venue.model_copy(update=_words(translation, venue, VENUE_FIELDS)),
                      _untranslated(translation, venue, VENUE_FIELDS), translation)


def settings_in(settings: SiteSettings, code: str) -> Translated:
    translation = settings.translations.get(code)
    return Translated(settings.model_copy(update=_words(translation, settings, SITE_FIELDS)),
                      _untranslated(translation, settings, SITE_FIELDS), translation)


def site_in(site: Site, code: str) -> Site:
    """``site`` with its services', venues' and settings' words in ``code`` where they are translated."""
    services = {i: service_in(s, code).record for i, s in site.services.items()}
    return replace(
        site, settings=settings_in(site.settings, code).record, services=services,
        venues={i: venue_in(v, code).record for i, v in site.venues.items()},
        services_at_venue={i: [services[s.id] for s in at] for i, at in site.services_at_venue.items()},
    )


class English(str):
    """A record's words shown in English on a page in another language, as they are not translated yet. The
    page marks them as English (``lang="en"``, ``templating``), so a screen reader reads them in an English
    voice and a right-to-left page sets them left to right."""

    __slots__ = ()


def language_name(name: str, code: str) -> str:
    """An editor's English name of a language a session is held in ("Romanian"), in the language ``code``
    ("română") where Babel's locale data knows a language by that name; otherwise as written, marked as
    English ("Polish and English")."""
    if code == ENGLISH:
        return name
    known = _language_codes().get(name.strip().casefold())
    return (known and _names_in(code).get(known)) or English(name)


@functools.cache
def _language_codes() -> dict[str, str]:
    return {name.casefold(): known for known, name in Locale("en").languages.items()}


@functools.cache
def _names_in(code: str) -> dict[str, str]:
    return dict(Locale.parse(code).languages)


def _words(translation: Translation | None, record: Any, fields: Iterable[Field]) -> dict[str, Any]:
    """Every field with English to translate: its translation, or the English marked as such."""
    found: dict[str, Any] = {}
    for name, _, english in fields:
        now = english(record)
        if now is not None:
            text = getattr(translation, name) if translation is not None else None
            found[name] = text if text is not None else English(now)
    return found


def _untranslated(translation: Translation | None, record: Any, fields: Iterable[Field]) -> tuple[str, ...]:
    return tuple(label for name, label, english in fields
                 if english(record) is not None and (translation is None or getattr(translation, name) is None))


@dataclass(frozen=True, order=True)
class Stale:
    """A translated field whose English has changed since it was translated."""

    path: str
    line: int
    title: str  # the record's name, or "the site settings"
    language: str  # in English: "Romanian"
    field: str  # as messages name it: "summary"
    owner: str | None

    def __str__(self) -> str:
        return f"the {self.language} {self.field} of {self.title}"


def _translatable(content: LoadedContent) -> list[tuple[Sourced[Any], tuple[Field, ...], str]]:
    """Every record with words to translate, with its fields and how messages name it."""
    found: list[tuple[Sourced[Any], tuple[Field, ...], str]] = [(s, SERVICE_FIELDS, s.record.name)
                                                                for s in content.services]
    found += [(v, VENUE_FIELDS, v.record.name) for v in content.venues]
    if content.settings is not None:
        found.append((content.settings, SITE_FIELDS, "the site settings"))
    return found


def stale_translations(content: LoadedContent) -> list[Stale]:
    """Every translated field made from English that has changed since, in the site's languages."""
    published = set(content.settings.record.languages) if content.settings is not None else set()
    stale = []
    for item, fields, title in _translatable(content):
        for code, translation in item.record.translations.items():
            if code not in published:
                continue
            for field, label, english in fields:
                now = english(item.record)
                made_from = translation.from_english.get(field)
                if getattr(translation, field) is not None and now is not None and made_from is not None \
                        and made_from != fingerprint(now):
                    stale.append(Stale(item.path, item.line("translations", code, field), title,
                                       language(code).english_name, label, getattr(item.record, "owner", None)))
    return sorted(stale)


def translation_problems(content: LoadedContent) -> list[Problem]:
    """Translations in a language the site does not publish, or made from English that has changed since."""
    if content.settings is None:
        return []
    published = set(content.settings.record.languages)
    problems = [Problem(content.settings.path, content.settings.line("languages"),
                        f"there is no catalogue of the site's words in the language '{code}'; the languages "
                        f"that have one are {', '.join(available())}")
                for code in sorted(published - set(available()))]
    for item, fields, title in _translatable(content):
        for code, translation in item.record.translations.items():
            problems += _problems_of(item, code, translation, fields, title, published)
    problems += [Problem(stale.path, stale.line, f"{stale} was translated from older English; ask for it to be "
                         "updated", warning=True) for stale in stale_translations(content)]
    return problems


def _problems_of(item: Sourced[Any], code: str, translation: Translation, fields: tuple[Field, ...], title: str,
                 published: set[str]) -> list[Problem]:
    where = ("translations", code)
    if code not in published:
        return [Problem(item.path, item.line(*where),
                        f"this is a translation into '{code}', which is not one of the site's languages; add "
                        f"'{code}' to languages in content/site.yml to publish it", warning=True)]
    name = language(code).english_name
    problems = []
    for field, label, english in fields:
        text = getattr(translation, field)
        if text is None:
            continue
        now = english(item.record)
        if now is None:
            problems.append(Problem(item.path, item.line(*where, field),
                                    f"the {name} {label} of {title} translates English that is no longer there; "
                                    "remove it", warning=True))
            continue
        if field not in translation.from_english:
            problems.append(Problem(item.path, item.line(*where, field),
                                    f"the {name} {label} of {title} does not say which English it was translated "
                                    f"from; if it was translated from the English as it is now, add "
                                    f"'{field}: {fingerprint(now)}' under from_english", warning=True))
    for field in sorted(set(translation.from_english) - {f for f, _, _ in fields}):
        problems.append(Problem(item.path, item.line(*where, "from_english", field),
                                f"from_english names '{field}', which is not a field that can be translated",
                                warning=True))
    return problems
