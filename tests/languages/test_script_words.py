"""The words the page scripts write (``generator/script_words.py``): the English is what the scripts wrote
before their words came from the catalogue, a sentence with a count has a form for each of the language's
plural categories, and every page that runs a script carries its words as JSON the script can read."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.catalogue import extracted
from generator.script_words import SCRIPTS, script_words

CODES = ["en", "ro", "pl", "ur"]
WORDS_BLOCK = re.compile(r'<script type="application/json" id="(wo|cc)-words">(.*?)</script>', re.DOTALL)


def _filled(pattern: str, **values: object) -> str:
    """A pattern filled in as the scripts fill it."""
    return re.sub(r"%\((\w+)\)[sd]", lambda blank: str(values[blank.group(1)]), pattern)


@pytest.mark.parametrize("script", sorted(SCRIPTS))
@pytest.mark.parametrize("code", CODES)
def test_every_language_has_every_word_the_script_needs(code: str, script: str) -> None:
    """A phrase the catalogue does not translate is there in English, so a script never writes a blank."""
    words = script_words(code, script)
    assert sorted(words) == sorted(SCRIPTS[script])
    for name, word in words.items():
        if isinstance(word, dict):
            assert "other" in word and all(word.values()), (code, name)
        else:
            assert word, (code, name)


def test_the_english_is_what_the_scripts_wrote() -> None:
    whats_on = script_words("en", "whats-on")
    childcare = script_words("en", "childcare")
    assert whats_on["copied"] == "Address copied"
    assert _filled(whats_on["showing"], dated=_filled(whats_on["dated"]["one"], num=1),
                   weekly=_filled(whats_on["weekly"]["other"], num=12)) == \
        "Showing 1 dated session this week and next, and 12 regular weekly sessions."
    assert childcare["nearest"] == "Nearest to you"
    assert _filled(childcare["nearest_ward"], ward="Castle", miles="1.4") == (
        "The ward nearest to you is Castle: its middle is 1.4 miles away. It is marked in the list below; open it "
        "to see its settings.")
    assert _filled(childcare["showing_some"]["other"], shown=3, num=35) == "Showing 3 of 35 settings."
    assert _filled(childcare["showing_all"]["other"], num=35) == "Showing all 35 settings."
    assert childcare["order_name"] == "Listed by name, A to Z."
    assert _filled(childcare["miles_from_ward"], miles="0.8", ward="Hollybank") == \
        "0.8 miles from the middle of Hollybank"
    assert _filled(childcare["miles_from_you"], miles="0.8") == "0.8 miles from you"
    assert _filled(childcare["estimate_funded"]["other"], cost="£46.00", num=15) == \
        "Estimated weekly cost: £46.00 after 15 funded hours"
    assert _filled(childcare["estimate_not_funded"], cost="£115.00") == \
        "Estimated weekly cost: £115.00: this setting does not offer your funded hours"
    assert set(childcare["showing_all"]) == {"one", "other"}


def test_a_count_has_a_form_for_each_plural_category_of_the_language() -> None:
    assert set(script_words("pl", "whats-on")["dated"]) == {"one", "few", "many", "other"}
    assert set(script_words("ro", "whats-on")["dated"]) == {"one", "few", "other"}
    assert set(script_words("ur", "whats-on")["dated"]) == {"one", "other"}


def test_the_words_are_marked_for_the_catalogue() -> None:
    """Each is extracted (a sentence with a count as a plural), so a translator is given it."""
    marked = {m.id if isinstance(m.id, str) else tuple(m.id) for m in extracted() if m.id}
    for phrases in SCRIPTS.values():
        assert [p for p in phrases.values() if p not in marked] == []


def _words_blocks(page: Path) -> dict[str, dict]:
    return {kind: json.loads(text) for kind, text in WORDS_BLOCK.findall(page.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("address, kind, code", [
    ("whats-on/", "wo", "en"), ("ro/whats-on/", "wo", "ro"),
    ("childcare/", "cc", "en"), ("ro/childcare/", "cc", "ro"),
])
def test_a_page_carries_its_words_as_json_in_its_language(example_site: Path, address: str, kind: str,
                                                          code: str) -> None:
    blocks = _words_blocks(example_site / address / "index.html")
    assert list(blocks) == [kind]
    assert blocks[kind] == script_words(code, "whats-on" if kind == "wo" else "childcare")
