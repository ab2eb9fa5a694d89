"""Every word a template writes itself is marked for translation, so a community language can replace it.

The templates' own text (outside ``{{ }}`` and ``{% %}``) may hold markup, punctuation and numbers but no
words, and the attributes a reader hears or sees (``aria-label``, ``title``, ``alt``, ``placeholder``)
hold no words written in place: words come from ``_()`` (gettext), from ``ngettext`` or from the content.
"""

from __future__ import annotations

import re

import pytest

from generator import templating

TEMPLATES = sorted(p.relative_to(templating.TEMPLATES).as_posix() for p in templating.TEMPLATES.rglob("*.html"))
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"[A-Za-z]{2,}")
ENTITY = re.compile(r"&[a-z]+;|&#x?[0-9a-f]+;", re.IGNORECASE)
# An attribute a reader meets as words, with words written in place (not from an expression).
WORDED_ATTRIBUTE = re.compile(r"""\b(aria-label|title|alt|placeholder)="[^"\u2026]*[A-Za-z]{2,}""")


def words_written_in_place(source: str) -> list[str]:
    """Words in the template's own text, and worded attributes, each with the text around it."""
    own_text = []
    translated = False  # inside {% trans %} ... {% endtrans %}, whose text is the phrase to translate
    after_block_start = False
    for _, kind, value in templating.environment().lex(source):
        if kind == "data" and not translated:
            own_text.append(value)
        elif kind == "variable_begin":
            own_text.append(EXPRESSION)
        if after_block_start and kind == "name":
            translated = {"trans": True, "endtrans": False}.get(value, translated)
        after_block_start = kind == "block_begin"
    # Attribute names the page's scripts read (data-venue="...") are code, not words.
    text = re.sub(r"data-[a-z-]+(=\"[^\"]*\")?", " ", "".join(own_text))
    found = [match.group(0) for match in WORDED_ATTRIBUTE.finditer(text)]
    words = ENTITY.sub(" ", TAG.sub(" ", text))
    return found + [_around(words, match) for match in WORD.finditer(words)]


EXPRESSION = "\u2026"  # stands for what an expression prints: never a word


def _around(text: str, match: re.Match[str]) -> str:
    return " ".join(text[max(0, match.start() - 30):match.end() + 30].split())


def test_the_check_finds_words_written_in_place() -> None:
    assert words_written_in_place('<p class="x">Hello</p>') == ["Hello"]
    assert words_written_in_place('<nav aria-label="Themes">') == ['aria-label="Themes']
    assert words_written_in_place('<a href="{{ x }}">Read more</a>') == ["Read more", "Read more"]
    assert words_written_in_place('<dt id="{{ x }}">{{ y }}</dt>') == []
    assert words_written_in_place('<p class="fh-lead">{{ _("Hello") }}</p>') == []


@pytest.mark.parametrize("template", TEMPLATES)
def test_template_words_are_marked_for_translation(template: str) -> None:
    source = (templating.TEMPLATES / template).read_text(encoding="utf-8")
    assert words_written_in_place(source) == []
