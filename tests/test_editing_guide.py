"""The editors' guide stays true: its examples pass the checks, and every field is described."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from generator.loader import LIST_FILES, RECORD_FOLDERS, SINGLE_FILES
from generator.messages import _unwrap
from generator.records import validate_document
from generator.schema.free_page import FreePageMeta
from generator.timetable.loading import SESSIONS as SESSIONS_FOLDER
from generator.timetable.loading import TERM_DATES as TERM_DATES_FILE
from generator.timetable.schema import SessionsFile, TermDates
from generator.yaml_source import parse_yaml

from .conftest import REPO

GUIDE = (REPO / "EDITING.md").read_text()


def _models_by_path() -> dict[str, tuple[type[BaseModel], str]]:
    models = {path: (model, kind) for path, model, kind in SINGLE_FILES.values()}
    models.update({path: (model, kind) for path, model, _, kind in LIST_FILES.values()})
    models[TERM_DATES_FILE] = (TermDates, "the term dates")
    return models


FOLDERS = [*RECORD_FOLDERS.values(), (SESSIONS_FOLDER, SessionsFile, "a sessions file")]


def _model_for(path: str) -> tuple[type[BaseModel], str]:
    for folder, model, kind in FOLDERS:
        if path.startswith(folder + "/"):
            return model, kind
    return _models_by_path()[path]


def _yaml_examples() -> list[tuple[str, str]]:
    """Each ```yaml block in the guide whose first line names its file."""
    blocks = re.findall(r"```yaml\n# (\S+)\n(.*?)```", GUIDE, re.DOTALL)
    return [(path, body) for path, body in blocks]


EXAMPLES = _yaml_examples()


def test_guide_has_an_example_for_every_kind_of_file() -> None:
    paths = [p for p, _ in EXAMPLES]
    for folder, _, _ in FOLDERS:
        assert any(p.startswith(folder + "/") for p in paths), folder
    for path in _models_by_path():
        assert path in paths, path


@pytest.mark.parametrize("path,body", EXAMPLES, ids=[p for p, _ in EXAMPLES])
def test_guide_examples_pass_the_checks(path: str, body: str) -> None:
    doc, problems = parse_yaml(body, path)
    assert problems == [] and doc is not None
    model, kind = _model_for(path)
    assert validate_document(doc, model, kind, problems) is not None, [str(p) for p in problems]
    assert problems == []


def _fields(model: type[BaseModel]) -> set[str]:
    """Every field name in a model and the models inside it."""
    names = set()
    for name, info in model.model_fields.items():
        names.add(name)
        inner = _unwrap(info.annotation)
        for candidate in [inner, *typing.get_args(inner)]:
            candidate = _unwrap(candidate)
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                names |= _fields(candidate)
    return names


ALL_MODELS = [m for _, m, _ in FOLDERS] + [m for _, (m, _) in _models_by_path().items()]
ALL_MODELS.append(FreePageMeta)


@pytest.mark.parametrize("model", ALL_MODELS, ids=[m.__name__ for m in ALL_MODELS])
def test_every_field_is_described_in_the_guide(model: type[BaseModel]) -> None:
    missing = sorted(name for name in _fields(model) if f"`{name}`" not in GUIDE)
    assert missing == [], f"EDITING.md does not describe: {', '.join(missing)}"


def test_guide_error_messages_match_the_checker(tmp_path: Path) -> None:
    """The sample messages in the guide are ones the checker really gives."""

    from .conftest import CASES

    samples = re.search(r"## Read an error message\n.*?```\n(.*?)```", GUIDE, re.DOTALL).group(1).splitlines()
    real: list[str] = []
    for case in ("unknown-field", "unknown-reference", "duplicate-key"):
        real += (CASES / "invalid" / case / "expected.txt").read_text().splitlines()
    for sample in samples:
        message = sample.split(": ", 1)[1]
        assert any(line.endswith(message) for line in real), sample


@pytest.mark.parametrize("path,body", EXAMPLES, ids=[p for p, _ in EXAMPLES])
def test_guide_examples_pass_the_full_check_in_the_example_borough(path: str, body: str, tmp_path: Path) -> None:
    """Each example, saved as the file it names, leaves the example borough with no errors."""
    from datetime import date

    from generator.check import check_content

    from .conftest import copy_example

    project = copy_example(tmp_path / "project")
    if path == "content/site.yml":
        # The guide shows a real council's settings; the example borough's
        # timetable uses example-only relative dates, so keep it an example.
        body = body.replace("example_data: no", "example_data: yes")
    (project / path).write_text(body)
    _, problems = check_content(project, date(2026, 11, 22))
    assert [str(p) for p in problems if not p.warning] == []
