"""Turn pydantic's validation errors into sentences an editor can act on.

Each message is chosen by the error's *type* (``missing``, ``literal_error``,
our own ``clock_time`` ...), never by matching pydantic's English wording,
and each names the line through the YAML document's line index.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any, Callable

from pydantic import BaseModel, ValidationError

from .problems import Problem
from .yaml_source import Location, YamlDocument


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str:
    """`` Did you mean 'x'?`` for the closest choice, or nothing."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


def problems_from_validation(
    error: ValidationError, doc: YamlDocument, model: type[BaseModel], kind: str, base: Location = ()
) -> list[Problem]:
    """One problem per pydantic error, located in ``doc``.

    ``base`` is where the validated data sits in the document (for a list of
    records validated one by one); ``kind`` names the record, "a service".
    """
    problems = []
    for detail in error.errors(include_url=False):
        loc = tuple(base) + tuple(detail["loc"])
        explain = _EXPLAIN.get(detail["type"], _fallback)
        message = explain(detail, _ErrorContext(loc, base, model, kind))
        line = doc.key_line(loc) if detail["type"] == "extra_forbidden" else doc.line_of(loc)
        problems.append(Problem(doc.path, line, message))
    return problems


class _ErrorContext:
    def __init__(self, loc: Location, base: Location, model: type[BaseModel], kind: str):
        self.loc, self.model, self.kind = loc, model, kind
        self.relative = loc[len(base):]

    @property
    def field(self) -> str:
        """The field as an editor sees it: ``opening_hours: monday``, ``stages`` item 2."""
        names = [p for p in self.relative if isinstance(p, str)]
        name = ": ".join(names) if names else "this entry"
        if self.relative and isinstance(self.relative[-1], int):
            return f"item {self.relative[-1] + 1} of '{name}'"
        return f"'{name}'"

    def fields_here(self) -> list[str]:
        """The field names allowed in the mapping that holds this error."""
        target = _model_at(self.model, self.relative[:-1])
        return list(target.model_fields) if target else []


def _model_at(model: Any, path: Location) -> type[BaseModel] | None:
    """Walk a model's annotations along ``path`` to the model found there."""
    current: Any = model
    for part in path:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
        else:
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated[...] and Optional[...] down to the main type."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = members[0] if len(members) == 1 else annotation
            if len(members) != 1:
                return annotation
        else:
            return annotation


def _value(detail: dict) -> str:
    ctx = detail.get("ctx") or {}
    return str(ctx.get("value", detail.get("input")))


def _missing(detail: dict, where: _ErrorContext) -> str:
    return f"{where.field} is missing: {where.kind} needs it"


def _extra(detail: dict, where: _ErrorContext) -> str:
    name = str(where.relative[-1])
    hint = did_you_mean(name, where.fields_here())
    if hint:
        return f"'{name}' is not a field {where.kind} can have.{hint}"
    return f"'{name}' is not a field {where.kind} can have; check the spelling or remove it"


def _choice(detail: dict, where: _ErrorContext) -> str:
    choices = re.findall(r"'([^']*)'", (detail.get("ctx") or {}).get("expected", ""))
    given = detail.get("input")
    listed = ", ".join(choices)
    return f"{where.field} cannot be '{given}'; choose one of: {listed}.{did_you_mean(str(given), choices)}".rstrip()


def _wrong_shape(expected: str) -> Callable[[dict, _ErrorContext], str]:
    def explain(detail: dict, where: _ErrorContext) -> str:
        if detail.get("input") is None:
            return f"{where.field} is empty; write a value after the colon, or remove the line"
        return f"{where.field} should be {expected}"

    return explain


def _fixed(template: str) -> Callable[[dict, _ErrorContext], str]:
    def explain(detail: dict, where: _ErrorContext) -> str:
        values = {**(detail.get("ctx") or {}), "field": where.field, "value": _value(detail)}
        return template.format_map(values)

    return explain


def _fallback(detail: dict, where: _ErrorContext) -> str:
    return f"{where.field}: {detail['msg']}"


_DATE = "{field} has '{value}', which is not a date; write dates as year-month-day, like 2026-09-01"

_EXPLAIN: dict[str, Callable[[dict, _ErrorContext], str]] = {
    "missing": _missing,
    "extra_forbidden": _extra,
    "literal_error": _choice,
    "string_type": _wrong_shape("text"),
    "list_type": _wrong_shape("a list, one item per line starting with '- '"),
    "model_type": _wrong_shape("a group of fields, each on its own indented line"),
    "model_attributes_type": _wrong_shape("a group of fields, each on its own indented line"),
    "dict_type": _wrong_shape("a group of fields, each on its own indented line"),
    "date_from_datetime_parsing": _fixed(_DATE),
    "date_parsing": _fixed(_DATE),
    "date_type": _fixed(_DATE),
    "int_parsing": _fixed("{field} has '{value}', which is not a whole number"),
    "float_parsing": _fixed("{field} has '{value}', which is not a number"),
    "greater_than_equal": _fixed("{field} is {value}; the smallest it can be is {ge}"),
    "less_than_equal": _fixed("{field} is {value}; the largest it can be is {le}"),
    "too_short": _fixed("{field} is empty; it needs at least one item"),
    "string_too_short": _fixed("{field} is empty; write a value after the colon, or remove the line"),
    "bool_parsing": _fixed("{field} has '{value}'; write yes or no"),
    "yes_no": _fixed("{field} has '{value}'; write yes or no"),
    "clock_time": _fixed("{field} has '{value}', which is not a time; write times like 09:30 or 14:00"),
    "time_range": _fixed("{field} has '{value}'; write opening times like 09:00 to 17:00, or closed"),
    "time_order": _fixed("{field} has '{value}', which closes before it opens"),
    "slug": _fixed(
        "{field} has '{value}', which cannot be used as an id: use lower-case letters, numbers and single dashes, "
        "like baby-massage"
    ),
    "email": _fixed("{field} has '{value}', which is not an email address"),
    "web_address": _fixed("{field} has '{value}', which is not a web address; it should start with https://"),
    "postcode": _fixed("{field} has '{value}', which is not a UK postcode"),
    "feedback_address": _fixed(
        "{field} has '{value}'; give a web address starting with https:// or an email address"
    ),
    # Childcare settings (generator.childcare.schema)
    "money": _fixed("{field} has '{value}', which is not an amount of money; write pounds and pence like 7.50"),
    "money_negative": _fixed("{field} has '{value}'; a price cannot be below zero"),
    "ofsted_reference": _fixed(
        "{field} has '{value}', which is not an Ofsted reference number; write it like EY123456"
    ),
    "time_span": _fixed("{field} has '{value}'; write times like 09:00 to 12:00"),
}
