"""Read a YAML file as the text its author wrote, with a line for every value.

Two YAML traps are designed out here:

* every scalar stays a string (``10:30`` is not the number 630 and ``no`` is
  not false); the schema converts text to dates, times and yes/no answers,
  so a mistake there gets a message in words;
* a key written twice in one mapping is a problem, where PyYAML would keep
  the last one silently.

The line index maps a path of keys and list positions, such as
``("opening_hours", "monday")`` or ``("venues", 2)``, to the 1-based line
where that value starts, so later checks can name the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import Problem

Location = tuple[str | int, ...]

# libyaml's C parser reads large projects several times faster; it keeps every
# scalar as text just as the pure-Python BaseLoader does.
_C_LOADER = getattr(yaml, "CBaseLoader", None)

if _C_LOADER is not None:
    class _TextOnlyLoader(_C_LOADER):
        """CBaseLoader without its per-node tag lookup: with no implicit resolvers (everything is
        text), every node gets its kind's default tag, so answer that directly."""

        _TAGS = {yaml.ScalarNode: yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG,
                 yaml.SequenceNode: yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
                 yaml.MappingNode: yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG}

        def resolve(self, kind: type, value: object, implicit: object) -> str:
            return self._TAGS[kind]

        def descend_resolver(self, current_node: object, current_index: object) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

    _FAST_LOADER: type = _TextOnlyLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _FAST_LOADER = yaml.BaseLoader


@dataclass
class YamlDocument:
    """A parsed file: plain data (dicts, lists, strings, None) and its lines."""

    path: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)
    key_lines: dict[Location, int] = field(default_factory=dict)

    def line_of(self, location: Location) -> int:
        """The line of the value at ``location``, or of its nearest parent."""
        loc = tuple(location)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)

    def key_line(self, location: Location) -> int:
        """The line where the key of ``location`` is written (for unknown fields)."""
        return self.key_lines.get(tuple(location)) or self.line_of(location)


def parse_yaml(text: str, path: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse ``text`` from the file ``path``; returns the document or problems."""
    try:
        nodes = list(yaml.compose_all(text, Loader=_FAST_LOADER))
    except yaml.YAMLError:
        # Word the problem with the pure-Python parser, whose messages the hints below know.
        try:
            nodes = list(yaml.compose_all(text, Loader=yaml.BaseLoader))
        except yaml.MarkedYAMLError as error:
            return None, [_syntax_problem(error, path, text)]
        except yaml.YAMLError as error:  # pragma: no cover - PyYAML marks its errors
            return None, [Problem(path, 1, f"this file is not valid YAML ({error})")]
    if len(nodes) > 1:
        line = nodes[1].start_mark.line + 1
        return None, [Problem(path, line, "this file holds more than one document; remove the '---' line")]
    document = YamlDocument(path=path, data=None)
    problems: list[Problem] = []
    if nodes and nodes[0] is not None:
        document.data = _convert(nodes[0], (), document, problems)
    return document, problems


def read_yaml(file: Path, root: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Read and parse a YAML file, naming it relative to the project root."""
    path = file.relative_to(root).as_posix()
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [Problem(path, 1, "this file is not saved as UTF-8 text; save it again as UTF-8")]
    return parse_yaml(text, path)


def _convert(node: Node, location: Location, doc: YamlDocument, problems: list[Problem]) -> Any:
    doc.lines[location] = node.start_mark.line + 1
    if isinstance(node, ScalarNode):
        # An empty plain value (``key:``) means "nothing written". Plain style is
        # None from the pure-Python parser and "" from libyaml.
        if not node.style and node.value == "":
            return None
        return node.value
    if isinstance(node, SequenceNode):
        return [_convert(item, location + (i,), doc, problems) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        return _convert_mapping(node, location, doc, problems)
    raise TypeError(f"unexpected YAML node {node!r}")  # pragma: no cover


def _convert_mapping(node: MappingNode, location: Location, doc: YamlDocument, problems: list[Problem]) -> dict:
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if not isinstance(key_node, ScalarNode):
            problems.append(Problem(doc.path, key_line, "a field name must be plain text"))
            continue
        key = key_node.value
        if key in result:
            first = doc.key_lines[location + (key,)]
            problems.append(
                Problem(doc.path, key_line, f"'{key}' is written twice here (first on line {first}); keep one")
            )
            continue
        doc.key_lines[location + (key,)] = key_line
        result[key] = _convert(value_node, location + (key,), doc, problems)
    return result


def _syntax_problem(error: yaml.MarkedYAMLError, path: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    opened = error.context_mark.line + 1 if error.context_mark else line
    context = (error.context or "").strip()
    if context.startswith("while parsing a flow node") and mark is not None:
        # PyYAML does not say which bracket is open here; find it ourselves.
        bracket = _unclosed_bracket(text[: mark.index])
        if bracket:
            context = "while parsing a flow sequence" if bracket[0] == "[" else "while parsing a flow mapping"
            opened = bracket[1]
    problem = (error.problem or "syntax error").strip()
    if context.startswith("while parsing a flow sequence"):
        explanation = f"the list that opens with '[' on line {opened} is not closed with ']'"
    elif context.startswith("while parsing a flow mapping"):
        explanation = f"the group that opens with '{{' on line {opened} is not closed with '}}'"
    elif context.startswith("while scanning a quoted scalar"):
        explanation = f"the quotation mark opened on line {opened} is never closed"
    else:
        hint = _SYNTAX_HINTS.get(problem, "check the indentation, colons and dashes on this line and the one above")
        explanation = f"{problem}; {hint}"
    return Problem(path, line, f"the YAML cannot be read here: {explanation}")


def _unclosed_bracket(text: str) -> tuple[str, int] | None:
    """The last '[' or '{' in ``text`` that is never closed, with its 1-based line."""
    stack: list[tuple[str, int]] = []
    line, quote, comment = 1, "", False
    for i, char in enumerate(text):
        if char == "\n":
            line, comment = line + 1, False
        elif comment:
            continue
        elif quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#" and (i == 0 or text[i - 1] in " \t\n"):
            comment = True
        elif char in "[{":
            stack.append((char, line))
        elif char in "]}" and stack:
            stack.pop()
    return stack[-1] if stack else None


# PyYAML's own wording for common slips, with a hint in plain words.
_SYNTAX_HINTS = {
    "mapping values are not allowed here": (
        "a value contains ': ' (put the whole value in quotes) or the indentation is wrong"
    ),
    "found character '\\t' that cannot start any token": "use spaces, not tabs, to indent",
    "could not find expected ':'": "each field needs a name, a colon and a space before its value",
    "expected <block end>, but found '-'": "a list item is indented differently from the items above it",
    "did not find expected key": "a line is indented differently from the fields around it",
    "did not find expected '-' indicator": "a list item is indented differently from the items above it",
}
