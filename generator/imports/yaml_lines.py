"""Change a few values of a content file as an editor would by hand: their lines only, the rest untouched.

Loading a YAML file and writing it out again would lose the comments, the quoting and the order an editor
chose, so the lines of the changed values are rewritten as text instead, found through the line index of
``generator.yaml_source``. A value is changed where it is written on the same line as its field name (an
item of a list on its own line); anything else (a value over several lines, a list with comments beside its
items) is refused with a reason. Last, the new text is read back: unless it holds exactly the old values
with the intended changes, the file is not changed at all.
"""

from __future__ import annotations

import codecs
import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..yaml_source import Location, YamlDocument, parse_yaml

# The ends of lines YAML counts, which ``str.splitlines`` also splits on.
_LINE_END = re.compile(r"(\r\n|\n|\r|\x85|\u2028|\u2029)$")
_PLAIN_COMMENT = re.compile(r"[ \t]#")
_ITEM = re.compile(r"^([ \t]*-[ \t]+)(.*)$", re.S)
# Why changed text did not read back as intended: in practice, a value written over more than one line.
_UNEXPECTED = "a value there is written over more than one line"


@dataclass(frozen=True)
class Change:
    """One field's new value: text, or a list of lines (an address)."""

    field: str  # as the report names it
    location: Location
    old: Any
    new: str | list[str]
    after: str | None = None  # a field written where there was none goes on the line after this one


class CannotEdit(Exception):
    """The file is written in a way this module does not change; the reason is in words for an editor."""


def edited(file: Path, path: str, changes: list[Change]) -> bytes:
    """The file's bytes with ``changes`` made, or ``CannotEdit``. A byte order mark stays if it was there."""
    data = file.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CannotEdit("it is not saved as UTF-8 text") from error
    expected = copy.deepcopy(_parsed(text, path, "it has problems the check reports; fix those first").data)
    for change in changes:
        text = _apply(text, path, change)
        _set(expected, change.location, change.new)
    if _parsed(text, path).data != expected:
        raise CannotEdit(_UNEXPECTED)
    return (codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b"") + text.encode("utf-8")


def _parsed(text: str, path: str, otherwise: str = "") -> YamlDocument:
    doc, problems = parse_yaml(text, path)
    if doc is None or problems:
        raise CannotEdit(otherwise or _UNEXPECTED)
    return doc


def _apply(text: str, path: str, change: Change) -> str:
    doc = _parsed(text, path)
    lines = text.splitlines(keepends=True)
    if isinstance(change.new, list):
        _replace_list(lines, doc, change.location, change.new)
    elif change.location in doc.key_lines:
        _replace_value(lines, doc, change.location, change.new)
    else:
        _insert(lines, doc, change)
    return "".join(lines)


def _replace_value(lines: list[str], doc: YamlDocument, location: Location, value: str) -> None:
    number = doc.key_lines[location]
    if doc.line_of(location) != number:
        raise CannotEdit(f"'{location[-1]}' has its value on the next line")
    head, rest, end = _field_line(lines[number - 1], location[-1])
    lead, written, tail = _split_value(rest)
    if written[:1] in ("|", ">", "[", "{"):
        raise CannotEdit(f"'{location[-1]}' is written in a form the import does not change")
    lines[number - 1] = f"{head}{lead or ' '}{scalar(value)}{tail}{end}"


def _insert(lines: list[str], doc: YamlDocument, change: Change) -> None:
    """A field that was not written, put on the line after its neighbour with the same indentation."""
    sibling = change.location[:-1] + (change.after,) if change.after else None
    if sibling is None or sibling not in doc.key_lines or doc.line_of(sibling) != doc.key_lines[sibling]:
        raise CannotEdit(f"there is no '{change.location[-1]}' line to change")
    assert isinstance(change.new, str), "a list is only ever put in place of one"
    number = doc.key_lines[sibling]
    line = lines[number - 1]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    end = _ending(line)
    if not end:  # the neighbour was the file's last line
        end = "\n"
        lines[number - 1] = line + end
    lines.insert(number, f"{indent}{change.location[-1]}: {scalar(change.new)}{end}")


def _replace_list(lines: list[str], doc: YamlDocument, location: Location, items: list[str]) -> None:
    if location not in doc.key_lines or not items:
        raise CannotEdit(f"there is no '{location[-1]}' list to change")
    key_number, start = doc.key_lines[location], doc.line_of(location)
    if start == key_number:  # written in brackets: address: [1 Main Street, Town]
        head, rest, end = _field_line(lines[key_number - 1], location[-1])
        lead, as_written, tail = _split_value(rest)
        if not (as_written.startswith("[") and as_written.endswith("]")):
            raise CannotEdit(f"'{location[-1]}' is not written as a list on one line")
        listed = ", ".join(scalar(item, in_brackets=True) for item in items)
        lines[key_number - 1] = f"{head}{lead or ' '}[{listed}]{tail}{end}"
        return
    count = len(_value(doc.data, location))
    if not count:
        raise CannotEdit(f"there is no '{location[-1]}' list to change")
    numbers = [doc.line_of(location + (i,)) for i in range(count)]
    if numbers != list(range(start, start + count)):
        raise CannotEdit(f"the lines of '{location[-1]}' are not written one to a line")
    found = [_ITEM.match(_LINE_END.sub("", lines[n - 1])) for n in numbers]
    if not all(found) or any(_split_value(match.group(2))[2].strip() for match in found if match):
        raise CannotEdit(f"'{location[-1]}' has comments beside its lines")
    prefix, end = found[0].group(1) if found[0] else "- ", _ending(lines[start - 1]) or "\n"
    written = [f"{prefix}{scalar(item)}{end}" for item in items]
    if not _ending(lines[start - 2 + count]):  # the list ended the file without a line break; it still does
        written[-1] = written[-1][: -len(end)]
    lines[start - 1: start - 1 + count] = written


def _field_line(line: str, key: object) -> tuple[str, str, str]:
    """The line as (indent, key and colon), (what follows), (its line break)."""
    end = _ending(line)
    body = line[: len(line) - len(end)]
    match = re.match(rf"([ \t]*{re.escape(str(key))}[ \t]*:)(.*)$", body, re.S)
    if not match:
        raise CannotEdit(f"the '{key}' line is written in a form the import does not change")
    return match.group(1), match.group(2), end


def _split_value(rest: str) -> tuple[str, str, str]:
    """What follows a colon or a dash as (spaces), (the value as written), (spaces and any comment)."""
    value = rest.lstrip(" \t")
    lead = rest[: len(rest) - len(value)]
    if value[:1] in ("'", '"'):
        close = _closing_quote(value)
        written = value[: close + 1]
    elif value.startswith("#"):
        written = ""
    else:
        comment = _PLAIN_COMMENT.search(value)
        written = (value[: comment.start()] if comment else value).rstrip(" \t")
    tail = value[len(written):]
    if tail.strip() and not tail.lstrip(" \t").startswith("#"):
        raise CannotEdit("a value is followed by more text on its line")
    return lead, written, tail


def _closing_quote(value: str) -> int:
    quote, index = value[0], 1
    while index < len(value):
        if quote == '"' and value[index] == "\\":
            index += 2
            continue
        if value[index] == quote:
            if quote == "'" and value[index + 1: index + 2] == "'":
                index += 2  # '' is a quotation mark inside single quotes
                continue
            return index
        index += 1
    raise CannotEdit("a quoted value goes on over more than one line")


def scalar(value: str, in_brackets: bool = False) -> str:
    """``value`` as YAML text that reads back as exactly it: as it is where it can be, else in quotes."""
    for written in (value, "'" + value.replace("'", "''") + "'"):
        probe = f"[{written}]" if in_brackets else f"- {written}"
        try:
            if yaml.load(probe, Loader=yaml.BaseLoader) == [value]:  # every value read as text, as the site does
                return written
        except yaml.YAMLError:
            continue
    raise CannotEdit(f"'{value}' cannot be written on one line")


def _ending(line: str) -> str:
    match = _LINE_END.search(line)
    return match.group(1) if match else ""


def _value(data: Any, location: Location) -> Any:
    for step in location:
        data = data[step]
    return data


def _set(data: Any, location: Location, value: object) -> None:
    _value(data, location[:-1])[location[-1]] = value
