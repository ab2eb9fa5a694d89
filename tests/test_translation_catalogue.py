"""The phrases a translator would be given: every label a family reads is found by the extractor.

Babel's extractor reads the Python modules (``N_``, ``_``, ``ngettext``) and the templates (Jinja's own
extractor, ``_()`` and ``{% trans %}``), as a catalogue for a community language would be made.
"""

from __future__ import annotations

from babel.messages.extract import extract_from_dir

from generator import templating, vocabulary
from generator.translation import PYTHON_KEYWORDS

from .conftest import REPO


def catalogue() -> set[str]:
    """Every phrase marked for translation in the generator, singular and plural forms alike."""
    keywords = {name: None for name in PYTHON_KEYWORDS}
    keywords["ngettext"] = (1, 2)
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
                  vocabulary.FACILITIES):
        found.update(table.values())
    return found


def test_every_vocabulary_label_is_in_the_catalogue() -> None:
    phrases = catalogue()
    assert sorted(labels() - phrases) == [], "mark these with N_() where they are written"
    print(f"\nphrases marked for translation: {len(phrases)}")


def test_the_templates_phrases_are_in_the_catalogue() -> None:
    assert {"What's on", "Calendars"} & catalogue(), "the templates' _() phrases are extracted"
