"""The interface's catalogues: a missing or draft translation falls back to English phrase by phrase, every
shipped translation keeps its phrase's placeholders (a lost one would stop a build), and the catalogues hold
exactly the phrases the code marks, so a translator is never given a stale list."""

from __future__ import annotations

import io
import re

import pytest
from babel.messages.pofile import read_po

from generator.catalogue import extracted
from generator.languages import Phrases, available, catalogue_path, language

CATALOGUE = '''
msgid ""
msgstr ""
"Language: pl\\n"
"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

msgid "Cost"
msgstr "Koszt"

#, fuzzy
msgid "Where"
msgstr "Gdzie?"

msgid "Time"
msgstr ""

msgid "%(num)d session"
msgid_plural "%(num)d sessions"
msgstr[0] "%(num)d zajęcia"
msgstr[1] "%(num)d zajęcia"
msgstr[2] "%(num)d zajęć"

msgid "%(num)d place"
msgid_plural "%(num)d places"
msgstr[0] "%(num)d miejsce"
msgstr[1] ""
msgstr[2] ""
'''


@pytest.fixture
def polish() -> Phrases:
    return Phrases(read_po(io.BytesIO(CATALOGUE.encode()), locale="pl"))


def test_a_finished_translation_is_used(polish: Phrases) -> None:
    assert polish.gettext("Cost") == "Koszt"


def test_a_draft_an_empty_or_an_unknown_phrase_is_the_english(polish: Phrases) -> None:
    assert [polish.gettext(p) for p in ("Where", "Time", "Not in the catalogue")] == \
        ["Where", "Time", "Not in the catalogue"]


def test_plurals_follow_the_languages_rule_and_an_unfinished_plural_is_the_english(polish: Phrases) -> None:
    assert [polish.ngettext("%(num)d session", "%(num)d sessions", n) for n in (1, 3, 5, 22)] == \
        ["%(num)d zajęcia", "%(num)d zajęcia", "%(num)d zajęć", "%(num)d zajęcia"]
    assert [polish.ngettext("%(num)d place", "%(num)d places", n) for n in (1, 5)] == \
        ["%(num)d place", "%(num)d places"]


PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]+\}")


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("code", available())
def test_every_translation_keeps_its_phrases_placeholders(code: str) -> None:
    with catalogue_path(code).open("rb") as file:
        catalogue = read_po(file, locale=code)
    wrong = []
    for message in catalogue:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        for string in strings:
            if string and _placeholders(string) != _placeholders(ids[-1]) and \
                    _placeholders(string) != _placeholders(ids[0]):
                wrong.append(f"{ids[0]!r}: {string!r}")
    assert wrong == []


@pytest.mark.parametrize("code", available())
def test_every_catalogue_holds_exactly_the_phrases_the_code_marks(code: str) -> None:
    """Run ``python -m generator catalogue`` after marking or changing a phrase."""
    with catalogue_path(code).open("rb") as file:
        catalogue = read_po(file, locale=code)
    marked = {m.id if isinstance(m.id, str) else m.id[0] for m in extracted() if m.id}
    held = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id}
    assert (sorted(marked - held), sorted(held - marked)) == ([], [])


@pytest.mark.parametrize("code", available())
def test_every_catalogue_is_for_a_language_babel_knows(code: str) -> None:
    assert language(code).code == code and language(code).name


def test_urdu_is_written_right_to_left_and_polish_is_not() -> None:
    assert (language("ur").direction, language("pl").direction) == ("rtl", "ltr")
