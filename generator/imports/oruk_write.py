"""Write imported records as YAML in the style of the project's files, and make sure the check can read them.

Values are written plain where YAML reads them back as the same text (``name: Baby massage``, dates,
times), in double quotes where it would not, and Markdown descriptions as literal blocks. Every file is read
back with the project's own reader before it is written and compared with what was meant, so no quoting
slip can change a value. Then the file is validated against the record's model: a value the check would
refuse is left out and named in the report, and a required field that is missing must be named there
already; so the check passes, or the report says which field of which file to fill in.
"""

from __future__ import annotations

import json
import re
from datetime import date, time
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..yaml_source import parse_yaml
from .oruk_report import Report, quoted

Data = dict[str, Any]

# Lists of short words written on one line, as editors write them: ``stages: [0-1, 1-2]``.
FLOW_LISTS = {"stages", "themes", "ways", "languages", "venues", "bus_routes"}


def yaml_text(data: Data, comment: str | None = None) -> str:
    """``data`` as a YAML file; ``comment`` (one or more lines) goes first, as ``#`` lines."""
    lines = [f"# {line}".rstrip() for line in comment.splitlines()] if comment else []
    _mapping(data, 0, lines)
    return "\n".join(lines) + "\n"


def _mapping(data: Data, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for key, value in data.items():
        if isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            _mapping(value, indent + 2, lines)
        elif isinstance(value, list) and key in FLOW_LISTS:
            lines.append(f"{pad}{key}: [{', '.join(_flow_scalar(item) for item in value)}]")
        elif isinstance(value, list):
            lines.append(f"{pad}{key}:")
            for item in value:
                if isinstance(item, dict):
                    inner: list[str] = []
                    _mapping(item, indent + 4, inner)
                    inner[0] = f"{pad}  - {inner[0].lstrip()}"
                    lines += inner
                else:
                    lines.append(f"{pad}  - {_scalar(item, indent + 4)}")
        else:
            lines.append(f"{pad}{key}: {_scalar(value, indent + 2)}")


def as_text(value: Any) -> Any:
    """``value`` as the project's reader gives it back: every scalar a string."""
    if isinstance(value, dict):
        return {key: as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_text(item) for item in value]
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, float):
        return degrees(value)
    return str(value)


def degrees(value: float) -> str:
    """A latitude or longitude as the check reads it: a plain decimal, at most 7 places (about 1 cm)."""
    return f"{value:.7f}".rstrip("0").rstrip(".")


def _scalar(value: Any, indent: int) -> str:
    text = as_text(value)
    if not isinstance(value, str):
        return str(text)
    if "\n" in text:
        block = _literal_block(text, indent)
        if block:
            return block
    elif _reads_back(f"k: {text}", {"k": text}):
        return text
    return _quoted(text)


def _flow_scalar(value: Any) -> str:
    text = as_text(value)
    return text if _reads_back(f"k: [{text}]", {"k": [text]}) else _quoted(text)


def _literal_block(text: str, indent: int) -> str | None:
    """A ``|`` block for text of several lines, or None when a block could not hold it exactly."""
    lines = text.split("\n")
    body = lines[:-1] if text.endswith("\n") else lines
    if text.endswith("\n\n") or body[0][:1] in (" ", "\t") or any(line != line.rstrip() for line in body):
        return None
    if any(c in text for c in "\r\u2028\u2029\x85\ufeff"):
        return None
    pad = " " * indent
    indicator = "|" if text.endswith("\n") else "|-"
    return indicator + "\n" + "\n".join(pad + line if line else "" for line in body)


def _quoted(text: str) -> str:
    """Text in double quotes; JSON's escapes are YAML's too. Characters YAML reads as line breaks or will not
    hold as they are (Unicode's line separators, NEL, a byte order mark) are escaped as well."""
    return _ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


_ESCAPED = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


def _reads_back(text: str, expected: Any) -> bool:
    try:
        return bool(yaml.load(text, Loader=yaml.BaseLoader) == expected)  # BaseLoader: strings only
    except yaml.YAMLError:
        return False


def checked_text(path: str, data: Data, model: type[BaseModel], report: Report, session_ids: bool = False,
                 comment: str | None = None) -> str:
    """The file's YAML, once every value the model refuses is out of ``data`` (and named in the report)."""
    _prune(data)
    for _ in range(20):  # each round takes out at least one value; a record has far fewer
        text = yaml_text(data, comment)
        doc, problems = parse_yaml(text, path)
        if doc is None or doc.data != as_text(data):
            raise AssertionError(f"{path} would not read back as written: {[str(p) for p in problems]}")
        try:
            model.model_validate(doc.data)
            return text
        except ValidationError as error:
            if not _take_out_refused(path, data, error, report, session_ids):
                return text
    raise AssertionError(f"{path}: values kept being refused")  # pragma: no cover


def _prune(data: Any) -> None:
    """Take empty groups and lists out of ``data``: YAML would read ``facilities:`` with nothing under it as
    a blank value, not an empty group."""
    items = list(data.items()) if isinstance(data, dict) else list(enumerate(data)) if isinstance(data, list) else []
    for key, value in reversed(items):
        _prune(value)
        if value in (None, {}, []):
            del data[key]


def _take_out_refused(path: str, data: Data, error: ValidationError, report: Report, session_ids: bool) -> bool:
    """Take out each value the model refuses; True when one was taken out. Missing fields the report does not
    name yet are added to it."""
    named = report.fields_to_fill().get(path, set())
    taken = False
    # Deepest and last first, so taking out a list's item leaves the other errors' places as they were.
    for item in sorted(error.errors(), key=lambda e: [str(part).zfill(6) for part in e["loc"]], reverse=True):
        loc = tuple(item["loc"])
        name, session = field_name(loc, data if session_ids else None)
        if item["type"] == "missing":
            if name not in named and not any(other.startswith(name + ".") for other in named):
                report.fill(path, name, "missing: the check needs it", session)
                named.add(name)
            continue
        container: Any = data
        for part in loc[:-1]:
            container = container[part]
        last = loc[-1]
        if isinstance(container, dict) and last in container:
            value = container.pop(last)
        elif isinstance(container, list) and isinstance(last, int) and last < len(container):
            value = container.pop(last)
        else:
            continue
        _prune(data)
        report.fill(path, name, f"the feed's value {quoted(value)} was refused ({item['msg'].lower()}), so it "
                    "was left out", session)
        taken = True
    return taken


def field_name(loc: tuple[Any, ...], sessions_file: Data | None = None) -> tuple[str, str | None]:
    """A field's name for the report (``how_to_access.ways``) and, in a sessions file, its session's id."""
    session = None
    if sessions_file is not None and len(loc) >= 2 and loc[0] == "sessions" and isinstance(loc[1], int):
        sessions = sessions_file.get("sessions", [])
        session = sessions[loc[1]].get("id") if loc[1] < len(sessions) else None
        loc = loc[2:]
    name = ".".join(str(part) for part in loc if not isinstance(part, int))
    return name or "sessions", session
