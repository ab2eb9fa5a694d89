"""The interface's phrases as gettext catalogues: ``python -m generator catalogue``.

Babel reads every phrase marked for translation, in the Python (``N_``, ``N_plural``, ``_``, ``ngettext``)
and in the templates (``_()``, ``{% trans %}``), and writes them to ``generator/locale/messages.pot``. Each
language's ``messages.po`` is then brought up to date from it: new phrases are added untranslated, phrases no
longer used are kept aside as obsolete (a translator may want them back), and a phrase whose English changed a
little is kept as a draft (``fuzzy``) for the translator to check, shown in English until they do
(``languages.Phrases``). ``--add CODE`` starts a catalogue for a new language.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from .childcare.rules import RULES_PATH, policy_words
from .languages import LOCALE_FOLDER, TEMPLATE_CATALOGUE, available, catalogue_path, language
from .translation import PLURAL_KEYWORDS, PYTHON_KEYWORDS, TEMPLATE_EXTENSIONS
from .yaml_source import parse_yaml

GENERATOR = Path(__file__).parent
PROJECT = "family hub offer site"
# Fixed, so the files change only when their phrases do.
WHEN = datetime(2026, 1, 1, tzinfo=UTC)
POLICY_PATTERN = "**/policy/funded_hours.yml"


def extracted() -> Catalog:
    """Every phrase marked for translation in the generator, with where each is used."""
    keywords: dict[str, tuple[int, ...] | None] = {name: None for name in PYTHON_KEYWORDS}
    keywords.update({name: (1, 2) for name in PLURAL_KEYWORDS})  # the singular and the plural
    templates = {"extensions": ",".join(TEMPLATE_EXTENSIONS)}
    method_map = [("**/templates/**.html", "jinja2"), ("**/templates/**.xml", "jinja2"), ("**.py", "python"),
                  (POLICY_PATTERN, "generator.catalogue:extract_policy")]
    options = {"**/templates/**.html": templates, "**/templates/**.xml": templates}
    catalogue = Catalog(project=PROJECT, creation_date=WHEN, revision_date=WHEN, fuzzy=False)
    for file, line, message, comments, context in extract_from_dir(
            str(GENERATOR), method_map, options_map=options, keywords=keywords, comment_tags=("Translators:",)):
        catalogue.add(message, None, [(file, line)], auto_comments=comments, context=context)
    return catalogue


def extract_policy(fileobj: BinaryIO, keywords: object, comment_tags: object,
                   options: object) -> Iterator[tuple[int, None, str, list[str]]]:
    """(A Babel extraction method.) The words of the national childcare rules' table a family reads (the
    childcare explainer, the funded hours' names), each with its line in ``policy/funded_hours.yml``."""
    doc, _ = parse_yaml(fileobj.read().decode("utf-8"), RULES_PATH)
    if doc is None:
        return
    for location, words in policy_words(doc.data):
        yield doc.line_of(location), None, words, ["The national childcare rules' table"]


def write(catalogue: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalogue, width=100, sort_by_file=True, omit_header=False, include_previous=True)


def update(add: list[str]) -> list[str]:
    """The template written, each language's catalogue updated (and any in ``add`` started); what changed."""
    template = extracted()
    write(template, TEMPLATE_CATALOGUE)
    said = [f"{TEMPLATE_CATALOGUE.relative_to(GENERATOR.parent)}: {len(template)} phrases"]
    for code in sorted(set(available()) | set(add)):
        path = catalogue_path(code)
        if path.is_file():
            with path.open("rb") as file:
                catalogue = read_po(file, locale=code)
        else:
            catalogue = Catalog(locale=code, project=PROJECT, creation_date=WHEN, revision_date=WHEN,
                                fuzzy=False)
        catalogue.update(template, update_creation_date=False)
        catalogue.revision_date = WHEN
        write(catalogue, path)
        done = sum(1 for m in catalogue if m.id and m.string and not m.fuzzy
                   and (all(m.string) if isinstance(m.string, tuple | list) else True))
        said.append(f"{path.relative_to(GENERATOR.parent)} ({language(code).english_name}): "
                    f"{done} of {len(template)} phrases translated")
    return said


def run_catalogue(add: list[str]) -> int:
    for code in add:
        try:
            language(code)
        except ValueError as error:
            print(f"Nothing was changed: {error}.", file=sys.stderr)
            return 1
    LOCALE_FOLDER.mkdir(exist_ok=True)
    print("\n".join(update(add)))
    return 0
