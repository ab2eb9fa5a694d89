"""JSON Schemas for editors' tools, made from the same models the checker uses.

One schema per kind of YAML file, found through the loader's registries (and
the timetable's files when that package is present), written to
``schemas/<name>.schema.json``; ``.vscode/settings.json`` maps each folder or
file to its schema so that the YAML extension offers autocompletion, hover
help and inline errors.

The models read *text* and convert it (``09:00 to 17:00``, ``yes``,
``2026-09-01``), so pydantic's own schema would describe the converted value
(an object, a boolean) and the editor would flag correct files. The schemas
here describe what editors write, as a YAML 1.2 editor reads it: dates and
times as strings, yes/no as the words or booleans. Field descriptions come
from the tables in EDITING.md, so hover help says what the guide says.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from . import loader

SCHEMA_FOLDER = "schemas"
VSCODE_SETTINGS = ".vscode/settings.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class SchemaTarget:
    """One kind of file: its schema's name, model, title and the files it describes."""

    name: str
    model: type[BaseModel]
    title: str
    globs: tuple[str, ...]  # relative to the project root
    front_matter: bool = False  # Markdown front matter: YAML editors cannot apply the schema there

    @property
    def path(self) -> str:
        return f"{SCHEMA_FOLDER}/{self.name}.schema.json"


def _slug(phrase: str) -> str:
    words = re.sub(r"^(a|an|the) ", "", phrase.strip().lower())
    return re.sub(r"[^a-z0-9]+", "-", words).strip("-")


def _folder_globs(folder: str) -> tuple[str, ...]:
    return (f"{folder}/*.yml", f"{folder}/*.yaml")


def schema_targets() -> list[SchemaTarget]:
    """Every kind of file the loader reads, from its registries, in a stable order."""
    targets = []
    for relative, model, kind in loader.SINGLE_FILES.values():
        targets.append(SchemaTarget(Path(relative).stem, model, kind[0].upper() + kind[1:], (relative,)))
    for folder, model, kind in loader.RECORD_FOLDERS.values():
        targets.append(SchemaTarget(_slug(kind), model, f"{kind[0].upper() + kind[1:]} (one file in {folder}/)",
                                    _folder_globs(folder)))
    for relative, model, _, _kind in loader.LIST_FILES.values():
        targets.append(SchemaTarget(Path(relative).stem, model, f"The list of entries in {relative}", (relative,)))
    pages = loader.PAGES_FOLDER
    targets.append(SchemaTarget("page", loader.FreePageMeta, f"A page's settings (front matter) in {pages}/",
                                (f"{pages}/*.md",), front_matter=True))
    targets += _timetable_targets()
    return targets


def _timetable_targets() -> list[SchemaTarget]:
    """The timetable's two kinds of file; it is read by its own loader, not the registries."""
    try:
        from .timetable import loading
        from .timetable.schema import SessionsFile, TermDates
    except ImportError:  # the timetable package is optional
        return []
    return [
        SchemaTarget("term-dates", TermDates, "Term dates, bank holidays and closures", (loading.TERM_DATES,)),
        SchemaTarget("sessions", SessionsFile, f"Sessions (one file in {loading.SESSIONS}/)",
                     _folder_globs(loading.SESSIONS)),
    ]


# What editors write for the types the models convert from text.
_CLOCK = r"(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9]|(?:0?[1-9]|1[0-2])(?:[:.][0-5][0-9])?\s*[AaPp][Mm]"
_RANGE = rf"^\s*(?:{_CLOCK})\s*(?:-|–|to)\s*(?:{_CLOCK})\s*$"
CLOCK_TIME = {"type": "string", "pattern": rf"^\s*(?:{_CLOCK})\s*$", "examples": ["09:30", "14:00"]}
TIME_SPAN = {"type": "string", "pattern": _RANGE, "examples": ["09:00 to 12:00"]}
OPENING_TIMES = {
    "anyOf": [
        {"type": "string", "pattern": _RANGE},
        {"type": "string", "pattern": r"^\s*[Cc][Ll][Oo][Ss][Ee][Dd]\s*$"},
        {"type": "null"},
    ],
    "examples": ["09:00 to 17:00", "closed"],
}
YES_NO = {
    "anyOf": [
        {"enum": ["yes", "no"]},
        {"type": "boolean"},
        {"type": "string", "pattern": r"^\s*(?:[Yy][Ee][Ss]|[Nn][Oo]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\s*$"},
    ],
}
MONEY = {
    "anyOf": [
        {"type": "number", "minimum": 0},
        {"type": "string", "pattern": r"^\s*£?\s*(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,5})(?:\.[0-9]{1,2})?\s*$"},
    ],
    "examples": ["7.50"],
}
DATE = {"type": "string", "format": "date", "examples": ["2026-09-01"]}
WHOLE_NUMBER = {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": r"^\s*[0-9]{1,6}\s*$"}]}
DEGREES = {"anyOf": [{"type": "number"}, {"type": "string", "pattern": r"^\s*-?[0-9]{1,3}(?:\.[0-9]{1,10})?\s*$"}]}

# Validators that read text, by name, and the schema of the text they read.
_TEXT_READERS: dict[str, dict[str, Any]] = {
    "_parse_time_range": OPENING_TIMES,
    "_parse_span": TIME_SPAN,
    "parse_money": MONEY,
    "_to_date": DATE,
    "_to_whole_number": WHOLE_NUMBER,
    "_to_degrees": DEGREES,
    "_relative_or_date": {"anyOf": [DATE, {"type": "string", "pattern": r"^\s*(?:next|extra)-[1-9][0-9]?\s*$"}]},
}


# Checks on text, by name, and a pattern that tells the editor the same (the check has the last word).
_WEB = r"^\s*https?://[^\s\"<>]+\s*$"
_HTTPS = r"^\s*https://[^\s\"<>]+\s*$"
_EMAIL = r"^\s*[^@\s\"<>]+@[^@\s\"<>]+\.[^@\s\"<>]+\s*$"
_MAILTO = r"^\s*mailto:[^@\s\"<>]+@[^@\s\"<>]+\.[^@\s\"<>]+\s*$"
_TEXT_CHECKS: dict[str, dict[str, Any]] = {
    "_check_web_address": {"pattern": _WEB, "examples": ["https://www.example.gov.uk/"]},
    "_check_secure_web_address": {"pattern": _HTTPS, "examples": ["https://www.example.gov.uk/"]},
    "_check_email": {"pattern": _EMAIL},
    "_check_postcode": {"pattern": r"^\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\s*$"},
    "_check_feedback": {"pattern": f"{_HTTPS}|{_EMAIL}|{_MAILTO}"},
    # A phone number written without spaces is a number to a YAML 1.2 editor.
    "_check_phone": {"pattern": r"^\s*\+?[0-9][0-9 ()-]*\s*$", "type": ["string", "integer"]},
    "_check_plain_name": {"pattern": r"^[^<>{}\[\]\"`|\\]+$"},
}


class _WhatEditorsWrite(GenerateJsonSchema):
    """Pydantic's schema generator, describing the text before conversion."""

    def _reader(self, schema: Any) -> dict | None:
        function = schema.get("function", {}).get("function")
        return _TEXT_READERS.get(getattr(function, "__name__", ""))

    def function_before_schema(self, schema: core_schema.BeforeValidatorFunctionSchema) -> JsonSchemaValue:
        replacement = self._reader(schema)
        return dict(replacement) if replacement else super().function_before_schema(schema)

    def function_wrap_schema(self, schema: core_schema.WrapValidatorFunctionSchema) -> JsonSchemaValue:
        replacement = self._reader(schema)
        return dict(replacement) if replacement else super().function_wrap_schema(schema)

    def function_after_schema(self, schema: core_schema.AfterValidatorFunctionSchema) -> JsonSchemaValue:
        function = schema.get("function", {}).get("function")
        hint = _TEXT_CHECKS.get(getattr(function, "__name__", ""))
        # A postcode or address is never a bare number, so here the type is text only (unless the hint says).
        return {**super().function_after_schema(schema), "type": "string", **hint} if hint else \
            super().function_after_schema(schema)

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        # The checker keeps the text as written, so an unquoted number (an Ofsted
        # reference such as 110420) is fine where YAML 1.2 editors see a number.
        return {**super().str_schema(schema), "type": ["string", "number"]}

    def bool_schema(self, schema: core_schema.BoolSchema) -> JsonSchemaValue:
        return dict(YES_NO)  # every yes/no field is read from the words

    def date_schema(self, schema: core_schema.DateSchema) -> JsonSchemaValue:
        return dict(DATE)

    def time_schema(self, schema: core_schema.TimeSchema) -> JsonSchemaValue:
        return dict(CLOCK_TIME)


def build_schema(target: SchemaTarget, guide: str = "") -> dict:
    """The JSON Schema for ``target``, with descriptions from the editors' guide text."""
    schema = target.model.model_json_schema(mode="validation", schema_generator=_WhatEditorsWrite)
    _tidy(schema)
    descriptions = guide_descriptions(guide, target)
    _describe(schema, schema, descriptions, parent=None)
    schema["title"] = target.title
    schema["description"] = (f"Checked by 'python -m generator check'. EDITING.md explains every field. "
                             f"Made by 'python -m generator schemas' from {target.model.__name__}; do not edit.")
    return {"$schema": DIALECT, **schema}


def _tidy(node: Any) -> None:
    """Drop hints that contradict the replacements above.

    A model may add ``type: string`` next to a type that is read from text; once
    the replacement's ``anyOf`` says exactly what may be written, that extra
    ``type`` would forbid the other choices (such as an empty day).
    """
    if isinstance(node, dict):
        if "anyOf" in node and "type" in node:
            del node["type"]
        for value in node.values():
            _tidy(value)
    elif isinstance(node, list):
        for value in node:
            _tidy(value)


def _describe(root: dict, node: dict, descriptions: dict, parent: str | None) -> None:
    """Plain-English titles for every field, and the guide's description where it has one."""
    for name, prop in node.get("properties", {}).items():
        prop["title"] = name.replace("_", " ").capitalize()
        text = descriptions.get((parent, name)) or descriptions.get((None, name))
        if text:
            prop["description"] = text
        for inner in _models_under(root, prop):
            _describe(root, inner, descriptions, name)


def _models_under(root: dict, prop: dict) -> list[dict]:
    """The object schemas a property refers to (directly, in a list or in a choice)."""
    found = []
    stack = [prop]
    while stack:
        item = stack.pop()
        if "$ref" in item:
            found.append(root["$defs"][item["$ref"].rsplit("/", 1)[1]])
        stack += [item[k] for k in ("items",) if isinstance(item.get(k), dict)]
        stack += list(item.get("anyOf", []))
    return found


_ROW = re.compile(r"^\|\s*(`[^|]*?)\s*\|\s*(.+?)\s*\|\s*$", re.MULTILINE)


def guide_descriptions(guide: str, target: SchemaTarget) -> dict[tuple[str | None, str], str]:
    """Field descriptions from the guide's table in the section whose example is this kind of file.

    Keys are ``(parent field or None, field)``: a row for "`phone` (in `how_to_access`)"
    gives ``("how_to_access", "phone")``.
    """
    descriptions: dict[tuple[str | None, str], str] = {}
    for section in re.split(r"^## ", guide, flags=re.MULTILINE):
        example = re.search(r"```(?:yaml|markdown)\n# (\S+)\n", section)
        named = example.group(1) if example else ""
        if not (named and any(_matches(named, glob) for glob in target.globs)):
            if not (target.front_matter and section.startswith("Add or change a page")):
                continue
        for names, text in _ROW.findall(section):
            parent = re.search(r"\(in `([a-z_]+)`\)", names)
            for name in re.findall(r"`([a-z_]+)`", re.sub(r"\(in `[a-z_]+`\)", "", names)):
                descriptions.setdefault((parent.group(1) if parent else None, name), _plain(text))
    return descriptions


def _matches(path: str, glob: str) -> bool:
    return Path(path).match(glob) and path.count("/") == glob.count("/")


def _plain(text: str) -> str:
    return text.replace("`", "'").strip()


def vscode_yaml_schemas(targets: list[SchemaTarget]) -> dict[str, list[str]]:
    """The ``yaml.schemas`` setting: each schema file and the files it describes."""
    return {f"./{t.path}": list(t.globs) for t in targets if not t.front_matter}


def rendered_files(root: Path) -> dict[str, str]:
    """Every file ``python -m generator schemas`` writes, by path under ``root``, as text."""
    guide_file = root / "EDITING.md"
    guide = guide_file.read_text(encoding="utf-8") if guide_file.is_file() else ""
    targets = schema_targets()
    files = {t.path: _json(build_schema(t, guide)) for t in targets}
    settings_file = root / VSCODE_SETTINGS
    settings = json.loads(settings_file.read_text(encoding="utf-8")) if settings_file.is_file() else {}
    # Other settings someone added are kept; only the schema mapping is ours.
    settings["yaml.schemas"] = vscode_yaml_schemas(targets)
    # YAML cannot be indented with tabs; make the editor indent with two spaces, as the guide says.
    settings.setdefault("[yaml]", {"editor.insertSpaces": True, "editor.tabSize": 2})
    files[VSCODE_SETTINGS] = _json(settings)
    return files


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def write_schemas(root: Path) -> list[str]:
    """Write the schemas and the editor settings; returns the paths that changed."""
    changed = []
    files = rendered_files(root)
    for relative, text in files.items():
        file = root / relative
        if file.is_file() and file.read_text(encoding="utf-8") == text:
            continue
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
        changed.append(relative)
    # A schema for a kind of file that no longer exists would mislead the editor.
    for stale in sorted((root / SCHEMA_FOLDER).glob("*.schema.json")):
        relative = stale.relative_to(root).as_posix()
        if relative not in files:
            stale.unlink()
            changed.append(f"{relative} (removed)")
    return changed


def run_schemas(root: Path) -> int:
    """``python -m generator schemas``: write the files and say what changed."""
    changed = write_schemas(root)
    for relative in changed:
        print(f"wrote {relative}")
    if not changed:
        print("The schemas and editor settings are up to date.")
    return 0
