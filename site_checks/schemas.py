"""The JSON Schemas editors' tools use (``schemas/``), applied to a project's content files."""

from __future__ import annotations

from pathlib import Path

from jsonschema import Draft202012Validator

from generator.json_schemas import SchemaTarget, build_schema, schema_targets

from .browser import TOOL
from .yaml12 import load_yaml12


def validator(target: SchemaTarget, guide: str) -> Draft202012Validator:
    return Draft202012Validator(build_schema(target, guide), format_checker=Draft202012Validator.FORMAT_CHECKER)


def editor_view(file: Path, front_matter: bool) -> object:
    """A file as an editor's YAML extension reads it: YAML 1.2, and for a page only its front matter."""
    text = file.read_text(encoding="utf-8")
    if front_matter:
        text = text.split("---", 2)[1]
    return load_yaml12(text)


def content_files(project: Path) -> list[tuple[SchemaTarget, Path]]:
    """Each content file of ``project`` that a schema is for, with that schema's target."""
    return [(target, file) for target in schema_targets() for pattern in target.globs
            for file in sorted(project.glob(pattern))]


def schema_errors(project: Path) -> tuple[list[str], int]:
    """Where the schemas editors use disagree with ``project``'s content files (``file: [path]: message``),
    and how many files were checked."""
    guide = (TOOL / "EDITING.md").read_text(encoding="utf-8")
    validators: dict[str, Draft202012Validator] = {}
    errors = []
    files = content_files(project)
    for target, file in files:
        check = validators.setdefault(target.name, validator(target, guide))
        relative = file.relative_to(project).as_posix()
        errors += [f"{relative}: {list(e.absolute_path)}: {e.message}"
                   for e in check.iter_errors(editor_view(file, target.front_matter))]
    return errors, len(files)
