"""The community languages a site is published in, and their interface phrases.

English is the site's own language. A council lists other languages in ``content/site.yml``
(``languages: [ro, pl, ur]``); for each, the key pages are published again under ``/<code>/``
(``render.in_languages``). Babel's locale data gives each language its own name, its direction (Urdu and
Arabic are written right to left) and the way it writes dates and times.

The interface's phrases (headings, labels, buttons) are translated in gettext catalogues, one per language,
at ``generator/locale/<code>/LC_MESSAGES/messages.po``: the files translators' tools open. A phrase the
catalogue does not have yet, or has only as a draft (``fuzzy``), is shown in English: a page is never blank
where a translation is missing, and the rest of it is still in the reader's language.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from gettext import NullTranslations, c2py
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

ENGLISH = "en"
LOCALE_FOLDER = Path(__file__).parent / "locale"
TEMPLATE_CATALOGUE = LOCALE_FOLDER / "messages.pot"  # every phrase, for a translator starting a language
MACHINE = "(machine)"


@dataclass(frozen=True)
class Language:
    code: str  # as in addresses and ``lang`` attributes: ``ro``
    name: str  # in the language itself, as a reader looks for it: ``Română``
    english_name: str  # ``Romanian``, for editors' messages
    right_to_left: bool

    @property
    def direction(self) -> str:
        """The ``dir`` attribute's value."""
        return "rtl" if self.right_to_left else "ltr"

    @property
    def prefix(self) -> str:
        """Where its pages live: ``ro/``; nothing for English."""
        return "" if self.code == ENGLISH else self.code + "/"


def catalogue_path(code: str) -> Path:
    return LOCALE_FOLDER / code / "LC_MESSAGES" / "messages.po"


def available() -> list[str]:
    """The languages that have a catalogue, so a council can choose them."""
    return sorted(path.parent.parent.name for path in LOCALE_FOLDER.glob("*/LC_MESSAGES/messages.po"))


@functools.cache
def language(code: str) -> Language:
    """The language ``code`` names; ``ValueError`` when Babel knows no such language."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"no language has the code {code!r}") from None
    own = locale.display_name or code
    return Language(code=code, name=own[:1].upper() + own[1:], english_name=locale.get_display_name("en") or code,
                    right_to_left=locale.text_direction == "rtl")


class Phrases(NullTranslations):
    """A catalogue's finished translations; any other phrase comes back in English, as written."""

    def __init__(self, catalogue: Catalog | None):
        super().__init__()
        self.singular: dict[str, str] = {}
        self.plural: dict[str, tuple[str, ...]] = {}
        self.plural_index: Callable[[int], int] = lambda n: int(n != 1)
        # A catalogue translated by a computer says so where translators' tools name the translator
        # (MACHINE in Last-Translator), and every page in the language then says so too.
        self.by_machine = False
        if catalogue is None:
            return
        self.plural_index = c2py(catalogue.plural_expr)
        self.by_machine = MACHINE in (catalogue.last_translator or "")
        for message in catalogue:
            if not message.id or message.fuzzy:
                continue
            if isinstance(message.id, tuple | list):
                forms = tuple(message.string or ())
                if forms and all(forms):
                    self.plural[message.id[0]] = tuple(str(form) for form in forms)
            elif isinstance(message.string, str) and message.string:
                self.singular[message.id] = message.string

    def gettext(self, message: str) -> str:
        return self.singular.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = self.plural.get(msgid1)
        if forms is None:
            return msgid1 if n == 1 else msgid2
        index = self.plural_index(n)
        return forms[index] if index < len(forms) else forms[-1]


@functools.cache
def phrases(code: str) -> Phrases:
    """The interface phrases in ``code``: English's own, or the language's catalogue."""
    path = catalogue_path(code)
    if code == ENGLISH or not path.is_file():
        return Phrases(None)
    with path.open("rb") as file:
        return Phrases(read_po(file, locale=code))


def catalogue_bytes(code: str) -> bytes:
    """The catalogue's file as it is, for fingerprints of what was compiled from it."""
    path = catalogue_path(code)
    return path.read_bytes() if code != ENGLISH and path.is_file() else b""
