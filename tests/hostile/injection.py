"""Hostile strings in every field of every kind of file that accepts them.

Each text value in every content and timetable file (and each page's settings and body) is replaced by a
payload carrying its own number, so a payload that ran can be traced to its field. A field whose check
refuses the payload (an id, a date, a phone number, a web address ...) keeps its value: refusing it is the
defence there, and the tests of each check show that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from generator.loader import LIST_FILES, RECORD_FOLDERS, SINGLE_FILES, FreePageMeta
from generator.timetable.schema import SessionsFile, TermDates
from generator.yaml_source import parse_yaml

# "N" becomes the payload's number. They try HTML text and attributes, templates, Markdown links, CSV
# formulas and calendar-file structure.
PAYLOADS = [
    "<script>alert(N)</script>",
    '"><img src=x onerror=alert(N)>',
    "'><svg onload=alert(N)>",
    "</title></textarea></style><script>alert(N)</script>",
    "{{ alert(N) }} {% raw %} ${alert(N)} #{alert(N)}",
    "javascript:alert(N)",
    '=HYPERLINK("https://evil.example/N","click")',
    "a;b,c\\d\"e ]]> <!-- N -->",
    "[click N](javascript:alert(N)) <a href=\"javascript:alert(N)\">me</a>",
    "<style>body{display:none}</style> N",
    "<iframe srcdoc='<script>alert(N)</script>'></iframe>",
    "+N -N @N",
]
# What a payload must never become in HTML: an element, an attribute or a comment of its own.
PLANTED_ELEMENTS = {"iframe", "object", "embed", "img", "svg"}


class _Markup(HTMLParser):
    """Finds, in a page as the browser parses it, anything a payload could have made."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.inside = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.inside = tag
        values = dict(attrs)
        if tag in PLANTED_ELEMENTS and values.get("src") == "x" or tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "srcdoc":
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                    "javascript:"):
                self.found.append(f"<{tag} {name}=javascript:...>")

    def handle_endtag(self, tag: str) -> None:
        self.inside = ""

    def handle_data(self, data: str) -> None:
        if self.inside in ("script", "style") and ("alert(" in data or "display:none" in data.replace(" ", "")):
            self.found.append(f"<{self.inside}> {data[:40]}")

    def handle_comment(self, data: str) -> None:
        self.found.append(f"<!--{data[:40]}-->")


@dataclass
class Injected:
    """How many fields took a payload, and which were refused (kept their value)."""

    fields: int = 0
    refused: list[str] = field(default_factory=list)
    next_number: int = 1000

    def payload(self) -> str:
        self.next_number += 1
        return PAYLOADS[self.next_number % len(PAYLOADS)].replace("N", str(self.next_number))


def _models(project: Path) -> list[tuple[Path, type[BaseModel]]]:
    files = [(project / relative, model) for relative, model, _ in SINGLE_FILES.values()]
    files += [(project / relative, model) for relative, model, _, _ in LIST_FILES.values()]
    for folder, model, _ in RECORD_FOLDERS.values():
        files += [(file, model) for file in sorted((project / folder).glob("*.yml"))]
    files += [(project / "timetable" / "term-dates.yml", TermDates)]
    files += [(file, SessionsFile) for file in sorted((project / "timetable" / "sessions").glob("*.yml"))]
    return files


def _leaves(data: Any, path: tuple = ()) -> list[tuple]:
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in _leaves(value, path + (key,))]
    if isinstance(data, list):
        return [leaf for i, value in enumerate(data) for leaf in _leaves(value, path + (i,))]
    return [path] if isinstance(data, str) else []


def _set(data: Any, path: tuple, value: str) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _accepts(model: type[BaseModel], data: Any, path: tuple) -> bool:
    try:
        model.model_validate(data)
    except ValidationError as error:
        return not any(tuple(e["loc"])[: len(path)] == path for e in error.errors())
    return True


# Fields that name another file (a photo, an npm package): a payload there is "no such file", checked apart.
NAMES_A_FILE = {"file", "package"}


def _inject_data(data: Any, model: type[BaseModel], injected: Injected, name: str) -> Any:
    for path in _leaves(data):
        if path[-1] in NAMES_A_FILE:
            continue
        original = _get(data, path)
        _set(data, path, injected.payload())
        if _accepts(model, data, path):
            injected.fields += 1
        else:
            _set(data, path, original)
            injected.refused.append(f"{name}: {': '.join(map(str, path))}")
    return data


def _get(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


def inject_everywhere(project: Path) -> Injected:
    """Put a payload in every field of every file of ``project`` that accepts one; returns the counts."""
    injected = Injected()
    for file, model in _models(project):
        doc, problems = parse_yaml(file.read_text(encoding="utf-8"), file.name)
        assert doc is not None and not problems, (file, problems)
        data = _inject_data(doc.data, model, injected, file.relative_to(project).as_posix())
        file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    for page in sorted((project / "content" / "pages").glob("*.md")):
        _, front, body = page.read_text(encoding="utf-8").split("---\n", 2)
        doc, _ = parse_yaml(front, page.name)
        assert doc is not None
        meta = _inject_data(doc.data, FreePageMeta, injected, page.relative_to(project).as_posix())
        hostile_body = "\n\n".join(injected.payload() for _ in range(6))
        injected.fields += 1
        page.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
                        + "---\n" + body + "\n\n" + hostile_body + "\n", encoding="utf-8")
    return injected


def raw_markup(text: str) -> list[str]:
    """What a payload made of a page: elements, event handlers, javascript: links, script or comments."""
    parser = _Markup()
    parser.feed(text)
    parser.close()
    return parser.found
