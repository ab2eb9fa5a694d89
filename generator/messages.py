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
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .problems import Problem, shown
from .yaml_source import Location, YamlDocument


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str:
    """`` Did you mean 'x'?`` for the closest choice, or nothing."""
    if len(str(word)) > 100:  # nothing an editor meant to write is that long
        return ""
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
        """The field as an editor sees it: ``'opening_hours: monday'``, ``item 2 of 'stages'``,
        ``'starts' in item 4 of 'sessions'``."""
        lists: list[tuple[list[str], int]] = []  # the names before each list position, and the position
        names: list[str] = []
        for part in self.relative:
            if isinstance(part, int):
                lists.append((names, part))
                names = []
            else:
                names.append(shown(part, 40))
        phrase = f"'{': '.join(names)}'" if names else ""
        for list_names, index in reversed(lists):
            item = f"item {index + 1} of '{': '.join(list_names)}'" if list_names else f"item {index + 1}"
            phrase = f"{phrase} in {item}" if phrase else item
        return phrase or "'this entry'"

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


def _value(detail: ErrorDetails) -> str:
    ctx = detail.get("ctx") or {}
    return shown(ctx.get("value", detail.get("input")))


def _missing(detail: ErrorDetails, where: _ErrorContext) -> str:
    return f"{where.field} is missing: {where.kind} needs it"


def _extra(detail: ErrorDetails, where: _ErrorContext) -> str:
    name = shown(where.relative[-1], 40)
    hint = did_you_mean(name, where.fields_here())
    if hint:
        return f"'{name}' is not a field {where.kind} can have.{hint}"
    return f"'{name}' is not a field {where.kind} can have; check the spelling or remove it"


def _choice(detail: ErrorDetails, where: _ErrorContext) -> str:
    choices = re.findall(r"'([^']*)'", (detail.get("ctx") or {}).get("expected", ""))
    given = shown(detail.get("input"))
    listed = ", ".join(choices)
    return f"{where.field} cannot be '{given}'; choose one of: {listed}.{did_you_mean(given, choices)}".rstrip()


def _wrong_shape(expected: str) -> Callable[[ErrorDetails, _ErrorContext], str]:
    def explain(detail: ErrorDetails, where: _ErrorContext) -> str:
        if detail.get("input") is None:
            return f"{where.field} is empty; write a value after the colon, or remove the line"
        return f"{where.field} should be {expected}"

    return explain


def _fixed(template: str) -> Callable[[ErrorDetails, _ErrorContext], str]:
    def explain(detail: ErrorDetails, where: _ErrorContext) -> str:
        values = {**(detail.get("ctx") or {}), "field": where.field, "value": _value(detail)}
        return template.format_map(values)

    return explain


def _fallback(detail: ErrorDetails, where: _ErrorContext) -> str:
    # Every error type the models can raise has its own words above; this is for one that was missed,
    # and still says where and what without pydantic's wording.
    return f"{where.field} has '{_value(detail)}', which cannot be used here; see the editors' guide for what it takes"


_DATE = "{field} has '{value}', which is not a date; write dates as year-month-day, like 2026-09-01"
_GROUP = "a group of fields, each on its own indented line"
_EXPLAIN: dict[str, Callable[[ErrorDetails, _ErrorContext], str]] = {
    "missing": _missing,
    "extra_forbidden": _extra,
    "literal_error": _choice,
    "string_type": _wrong_shape("text"),
    "list_type": _wrong_shape("a list, one item per line starting with '- '"),
    "model_type": _wrong_shape(_GROUP),
    "model_attributes_type": _wrong_shape(_GROUP),
    "dict_type": _wrong_shape(_GROUP),
    # Every value arrives as text, a list or a group, so these come from a list or a group where a single
    # value belongs.
    "date_type": _wrong_shape("a date written as year-month-day, like 2026-09-01"),
    "time_type": _wrong_shape("a time, like 09:30"),
    "int_type": _wrong_shape("a whole number"),
    "float_type": _wrong_shape("a number"),
    "bool_type": _wrong_shape("yes or no"),
    "date": _fixed(_DATE),
    "date_parsing": _fixed(_DATE),
    "date_from_datetime_parsing": _fixed(_DATE),
    "date_from_datetime_inexact": _fixed(_DATE),
    "float_parsing": _fixed("{field} has '{value}', which is not a number"),
    "date_range": _fixed("{field} has '{value}'; dates must fall between 2000 and 2099"),
    "whole_number": _fixed("{field} has '{value}', which is not a whole number; write digits only, like 12"),
    "int_parsing": _fixed("{field} has '{value}', which is not a whole number; write digits only, like 12"),
    "degrees": _fixed("{field} has '{value}', which is not a number of degrees; write it like 51.5072"),
    "greater_than_equal": _fixed("{field} is {value}; the smallest it can be is {ge}"),
    "less_than_equal": _fixed("{field} is {value}; the largest it can be is {le}"),
    "too_short": _fixed("{field} is empty; it needs at least one item"),
    "too_long": _fixed("{field} has more than {max_length} items; keep it to {max_length}"),
    "string_too_short": _fixed("{field} is empty; write a value after the colon, or remove the line"),
    "string_too_long": _fixed("{field} is longer than {max_length} characters; shorten it"),
    "blank": _fixed("{field} has only spaces; write a value, or remove the line"),
    "control_character": _fixed("{field} holds an invisible control character ({code}); delete it (it often "
                                "comes with text copied from another program)"),
    "one_line": _fixed("{field} must be one line, without tabs; put the rest in a description or a note"),
    "plain_name": _fixed("{field} has '{value}'; it is shown on every page, so it cannot hold angle brackets, "
                         "double quotation marks, braces, square brackets, backticks, vertical bars or "
                         "backslashes"),
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
    "phone": _fixed("{field} has '{value}', which is not a phone number; write digits with spaces, like "
                    "0300 123 4567, and nothing else"),
    "web_address": _fixed("{field} has '{value}', which is not a web address; it should start with https:// and "
                          "have no spaces, quotes or angle brackets"),
    "secure_web_address": _fixed("{field} has '{value}'; this address must start with https://"),
    "postcode": _fixed("{field} has '{value}', which is not a UK postcode"),
    "feedback_address": _fixed(
        "{field} has '{value}'; give a web address starting with https://, or an email address"
    ),
    # The council's look (generator.schema.look)
    "colour_missing": _fixed("{field} is empty; write the colour in quotation marks, like \"#3b2a6b\" (without "
                             "them, everything from the # on is read as a comment)"),
    "hex_colour": _fixed("{field} has '{value}', which is not a colour written in hex; write # and six letters or "
                         "digits, in quotation marks, like \"#3b2a6b\""),
    "brand_colour_contrast": _fixed("{field} has '{value}', which gives text too little contrast: {shortfalls}; "
                                    "text needs at least 4.5:1. A darker shade of the same colour that passes "
                                    "everywhere: '{shade}'"),
    # Childcare settings (generator.childcare.schema)
    "money": _fixed("{field} has '{value}', which is not an amount of money; write pounds and pence like 7.50"),
    "money_comma": _fixed("{field} has '{value}'; write the pence after a full stop, like 6.50 (a comma here "
                          "would read as thousands)"),
    "money_negative": _fixed("{field} has '{value}'; a price cannot be below zero"),
    "ofsted_reference": _fixed(
        "{field} has '{value}', which is not an Ofsted reference number; write it like EY123456"
    ),
    "time_span": _fixed("{field} has '{value}'; write times like 09:00 to 12:00"),
}
