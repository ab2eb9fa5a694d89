"""The phrases a translator would be given: every label a family reads is found by the extractor.

Babel's extractor reads the Python modules (``N_``, ``N_plural``, ``_``, ``ngettext``) and the templates
(Jinja's own extractor, ``_()`` and ``{% trans %}``), as a catalogue for a community language would be made.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import yaml
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from generator import templating, vocabulary
from generator.build import generate
from generator.childcare import words as childcare_words
from generator.languages import available, catalogue_path
from generator.timetable import words as session_words
from generator.translation import PLURAL_KEYWORDS, PYTHON_KEYWORDS

from .conftest import EXAMPLE_TODAY, REPO, SPLIT_LIMITS


def catalogue() -> set[str]:
    """Every phrase marked for translation in the generator, singular and plural forms alike."""
    keywords: dict[str, tuple[int, ...] | None] = {name: None for name in PYTHON_KEYWORDS}
    keywords.update({name: (1, 2) for name in PLURAL_KEYWORDS})
    method_map = [("**/templates/**.html", "jinja2"), ("**/templates/**.xml", "jinja2"), ("**.py", "python")]
    options = {"**/templates/**.html": {"extensions": ",".join(templating.EXTENSIONS)},
               "**/templates/**.xml": {"extensions": ",".join(templating.EXTENSIONS)}}
    phrases: set[str] = set()
    for _, _, message, _, _ in extract_from_dir(str(REPO / "generator"), method_map, options_map=options,
                                                keywords=keywords):
        phrases.update(message if isinstance(message, tuple) else (message,))
    return phrases


def labels() -> set[str]:
    """What the vocabulary shows families."""
    found = {text for stage in vocabulary.STAGES for text in (stage.heading, stage.short)}
    for table in (vocabulary.THEMES, vocabulary.LEVELS, vocabulary.ACCESS_WAYS, vocabulary.VENUE_KINDS,
                  vocabulary.FACILITIES, session_words.TIME_OF_DAY, session_words.BOOKING, childcare_words.TYPES,
                  childcare_words.OUTCOMES, childcare_words.CHARGE_UNITS):
        found.update(table.values())
    return found


def test_every_vocabulary_label_is_in_the_catalogue() -> None:
    phrases = catalogue()
    assert sorted(labels() - phrases) == [], "mark these with N_() where they are written"
    print(f"\nphrases marked for translation: {len(phrases)}")


def test_the_templates_phrases_are_in_the_catalogue() -> None:
    assert {"What's on", "Calendars"} & catalogue(), "the templates' _() phrases are extracted"


def titles_and_descriptions(root: Path) -> dict[str, list[str]]:
    """Each page's title and description, as its front matter gives them to MkDocs."""
    found = {}
    for path, text in generate(root, EXAMPLE_TODAY).files.items():
        if path.endswith(".md") and isinstance(text, str) and text.startswith("---\n"):
            front = yaml.safe_load(text[4:].split("\n---\n", 1)[0])
            found[path] = [html.unescape(front[key]) for key in ("title", "description") if front.get(key)]
    return found


def as_pattern(phrase: str) -> re.Pattern[str]:
    """A catalogue phrase with its ``{placeholders}`` standing for any text."""
    return re.compile("".join(".+" if part.startswith("{") else re.escape(part)
                              for part in re.split(r"(\{[a-z_]+\})", phrase)), re.DOTALL)


def _written(value: object) -> Iterator[str]:
    """Every text in a YAML value, its spacing made single (a folded paragraph is one line on the page)."""
    if isinstance(value, str):
        yield " ".join(value.split())
    elif isinstance(value, dict):
        for item in value.values():
            yield from _written(item)
    elif isinstance(value, list):
        for item in value:
            yield from _written(item)


def _translated_patterns(code: str) -> list[re.Pattern[str]]:
    """The catalogue of ``code``'s translations, as patterns like ``as_pattern``'s."""
    with catalogue_path(code).open("rb") as file:
        translations = read_po(file, locale=code)
    found = []
    for message in translations:
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        found += [as_pattern(string) for string in strings if message.id and string]
    return found


def test_every_page_title_and_description_is_the_editors_or_in_the_catalogue(example_root: Path,
                                                                               tmp_path: Path) -> None:
    """Built whole and split by ward and area, so the ward, area and stage pages are among them; a page in a
    community language has its title and description from the editors' translations or its catalogue."""
    from .conftest import example_project
    split = example_project(tmp_path / "split")
    with (split / "content" / "site.yml").open("a", encoding="utf-8") as settings:
        settings.write(SPLIT_LIMITS)
    english = [as_pattern(phrase) for phrase in catalogue()]
    patterns = {code: _translated_patterns(code) + english for code in available()}
    content = [p for p in (example_root / "content").rglob("*") if p.is_file()]
    written = {text for p in content if p.suffix == ".yml" for text in _written(yaml.safe_load(p.read_text("utf-8")))}
    pages_text = "\n".join(p.read_text(encoding="utf-8") for p in content if p.suffix == ".md")
    untranslatable = []
    for root in (example_root, split):
        for path, texts in titles_and_descriptions(root).items():
            language = path.split("/")[0]
            for text in texts:
                if " ".join(text.split()) in written or text in pages_text:
                    continue
                if not any(p.fullmatch(text) for p in patterns.get(language, english)):
                    untranslatable.append(f"{path}: {text}")
    print("\n".join(sorted(set(untranslatable))))
    assert not untranslatable, "mark these in the Python that writes them with N_()"
