"""The JSON Schemas for editors: made from the models, committed, and true to what editors write."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from generator import loader
from generator.json_schemas import (
    SCHEMA_FOLDER,
    VSCODE_SETTINGS,
    build_schema,
    rendered_files,
    schema_targets,
    vscode_yaml_schemas,
)
from generator.schema.common import parse_clock_time
from site_checks.schemas import editor_view
from site_checks.schemas import validator as schema_validator
from site_checks.yaml12 import load_yaml12

from ..conftest import BASE_CASE, EXAMPLE, REPO

TARGETS = {t.name: t for t in schema_targets()}
GUIDE = (REPO / "EDITING.md").read_text()


def _validator(name: str) -> Draft202012Validator:
    return schema_validator(TARGETS[name], GUIDE)


def test_committed_schemas_match_the_models() -> None:
    """Fails when a model changes and nobody ran 'make schemas' (or someone edited a schema by hand)."""
    for relative, text in rendered_files(REPO).items():
        file = REPO / relative
        assert file.is_file(), f"{relative} is missing: run 'make schemas'"
        assert file.read_text(encoding="utf-8") == text, f"{relative} is out of date: run 'make schemas'"
    made = {p.relative_to(REPO).as_posix() for p in (REPO / SCHEMA_FOLDER).glob("*.schema.json")}
    assert made == {t.path for t in TARGETS.values()}, "schemas/ holds a schema for no kind of file"


def test_every_registered_kind_of_file_has_a_schema() -> None:
    models = [m for _, m, _ in loader.SINGLE_FILES.values()] + [m for _, m, _ in loader.RECORD_FOLDERS.values()]
    models += [m for _, m, _, _ in loader.LIST_FILES.values()]
    made = [t.model for t in TARGETS.values()]
    for model in models:
        assert model in made, model.__name__


def test_every_folder_and_file_is_mapped_for_the_editor() -> None:
    settings = json.loads((REPO / VSCODE_SETTINGS).read_text())
    mapping = settings["yaml.schemas"]
    assert mapping == vscode_yaml_schemas(list(TARGETS.values()))
    globs = {g for patterns in mapping.values() for g in patterns}
    for relative, _, _ in loader.SINGLE_FILES.values():
        assert relative in globs
    for relative, _, _, _ in loader.LIST_FILES.values():
        assert relative in globs
    for folder, _, _ in loader.RECORD_FOLDERS.values():
        assert f"{folder}/*.yml" in globs
    for schema in mapping:
        assert (REPO / schema).is_file(), schema
    # Every YAML file in the example is covered by exactly one mapping.
    for file in sorted([*(EXAMPLE / "content").rglob("*.yml"), *(EXAMPLE / "timetable").rglob("*.yml")]):
        relative = file.relative_to(EXAMPLE).as_posix()
        owners = [s for s, patterns in mapping.items() if any(_glob(relative, g) for g in patterns)]
        assert len(owners) == 1, (relative, owners)


def _glob(path: str, pattern: str) -> bool:
    return re.fullmatch(re.escape(pattern).replace(r"\*", "[^/]*"), path) is not None


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_schema_is_valid_and_plain(name: str) -> None:
    schema = build_schema(TARGETS[name], GUIDE)
    Draft202012Validator.check_schema(schema)
    assert schema["title"][0].isupper()
    for field, prop in schema["properties"].items():
        assert prop["title"] == field.replace("_", " ").capitalize()


def test_descriptions_come_from_the_guide() -> None:
    service = build_schema(TARGETS["service"], GUIDE)
    assert service["properties"]["summary"]["description"].startswith("One plain sentence")
    ways = service["$defs"]["HowToAccess"]["properties"]["ways"]
    assert "drop-in" in ways["description"]


def _example_files() -> list[tuple[str, Path]]:
    pairs = []
    for root in (EXAMPLE, BASE_CASE):
        for target in TARGETS.values():
            for pattern in target.globs:
                pairs += [(target.name, f) for f in sorted(root.glob(pattern))]
    return pairs


EXAMPLES = _example_files()


@pytest.mark.parametrize("name,file", EXAMPLES, ids=[str(f.relative_to(REPO)) for _, f in EXAMPLES])
def test_every_example_file_is_valid_against_its_schema(name: str, file: Path) -> None:
    data = editor_view(file, TARGETS[name].front_matter)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in _validator(name).iter_errors(data)]
    assert errors == []


def test_every_kind_has_an_example_file() -> None:
    assert {name for name, _ in EXAMPLES} == set(TARGETS)


SERVICE = (EXAMPLE / "content/services/baby-massage.yml").read_text()
VENUE = (EXAMPLE / "content/venues/northgate-family-hub.yml").read_text()


@pytest.mark.parametrize("name,text,before,after", [
    ("service", SERVICE, "name: Baby massage", "name: Baby massage\ncolour: blue"),  # unknown field
    ("service", SERVICE, "level: universal", "level: everyone"),  # not one of the choices
    ("service", SERVICE, "for_dads_and_partners: yes", "for_dads_and_partners: maybe"),
    ("service", SERVICE, "last_reviewed: 2026", "last_reviewed: 1/9/2026 #"),
    ("service", SERVICE, "id: baby-massage", "id: Baby Massage"),
    ("venue", VENUE, "monday: 08:30 to 17:00", "monday: 9 til 5"),
    ("venue", VENUE, "step_free_access: yes", "step_free_access: sometimes"),
    ("venue", VENUE, "latitude: 52.4312", "latitude: north"),
    ("venue", VENUE, "postcode: EX2 4PQ", "postcode: 12345"),
    ("venue", VENUE, "  email: northgate.hub@example.gov.uk",
     "  email: x@example.gov.uk\n  website: www.example.gov.uk"),
    ("venue", VENUE, "email: northgate.hub@example.gov.uk", "email: northgate.hub at example"),
])
def test_mistakes_are_rejected(name: str, text: str, before: str, after: str) -> None:
    assert before in text
    data = load_yaml12(text.replace(before, after, 1))
    assert list(_validator(name).iter_errors(data)), f"the schema accepts {after!r}"


def test_yes_no_words_and_booleans_are_accepted() -> None:
    data = load_yaml12(VENUE.replace("step_free_access: yes", "step_free_access: Yes").replace(
        "baby_change: yes", "baby_change: true"))
    assert list(_validator("venue").iter_errors(data)) == []


@pytest.mark.parametrize("text", ["09:30", "9.30", "9:30am", "2pm", "12 PM", "23:59", "24:00", "9", "13pm",
                                  "09:60", "noon", "0am", " 10:00 "])
def test_time_pattern_agrees_with_the_checker(text: str) -> None:
    from generator.json_schemas import CLOCK_TIME

    try:
        parse_clock_time(text)
        accepted = True
    except ValueError:
        accepted = False
    assert (re.search(CLOCK_TIME["pattern"], text) is not None) == accepted


def _validator_names(node: object, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        function = node.get("function")
        if isinstance(function, dict) and callable(function.get("function")):
            found.add(getattr(function["function"], "__name__", ""))
        for value in node.values():
            _validator_names(value, found)
    elif isinstance(node, list):
        for value in node:
            _validator_names(value, found)
    return found


def test_every_text_type_the_schemas_know_is_still_used() -> None:
    """The schemas find the text-reading types by their validators' names; a rename must not go unnoticed."""
    from generator.json_schemas import _TEXT_CHECKS, _TEXT_READERS

    used: set[str] = set()
    for target in TARGETS.values():
        _validator_names(target.model.__pydantic_core_schema__, used)
    assert set(_TEXT_READERS) <= used
    assert set(_TEXT_CHECKS) <= used
