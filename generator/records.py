"""A record read from a YAML file, and where it was written: what every check needs to name a file and line.

The loader (``generator.loader``) and the timetable's loader (``generator.timetable.loading``) both make
these, so they live below both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .messages import problems_from_validation
from .problems import Problem
from .yaml_source import Location, YamlDocument

T = TypeVar("T", bound=BaseModel)
M = TypeVar("M", bound=BaseModel)


class _Written:
    """Where something was written: its file and, through the line index, its lines."""

    doc: YamlDocument
    base: Location

    @property
    def path(self) -> str:
        return self.doc.path

    def line(self, *location: str | int) -> int:
        return self.doc.line_of(self.base + location)


@dataclass(frozen=True)
class Sourced(_Written, Generic[T]):
    """A validated record and where it was written, for messages about it."""

    record: T
    doc: YamlDocument
    base: Location = ()


@dataclass(frozen=True)
class RawRecord(_Written):
    """A record as written, valid or not, so cross-record checks see every id."""

    doc: YamlDocument
    base: Location = ()

    @property
    def data(self) -> dict:
        value = self.doc.data
        for part in self.base:
            value = value[part]
        return value if isinstance(value, dict) else {}



def validate_document(doc: YamlDocument, model: type[M], kind: str, problems: list[Problem]) -> M | None:
    """Validate a whole document against ``model``, adding any problems."""
    if doc.data is None:
        problems.append(Problem(doc.path, 1, "this file is empty"))
        return None
    if not isinstance(doc.data, dict):
        problems.append(Problem(doc.path, doc.line_of(()), "this file should hold fields written as 'name: value'"))
        return None
    try:
        return model.model_validate(doc.data)
    except ValidationError as error:
        problems.extend(problems_from_validation(error, doc, model, kind))
        return None
