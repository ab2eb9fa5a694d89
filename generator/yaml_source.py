"""Read a YAML file as the text its author wrote, with a line for every value.

Editors' files hold fields, lists and text, nothing more. The YAML traps are
designed out here, and the parts of YAML that could hurt a build are refused
with a message naming the line:

* every scalar stays a string (``10:30`` is not the number 630 and ``no`` is
  not false); the schema converts text to dates, times and yes/no answers,
  so a mistake there gets a message in words;
* a key written twice in one mapping is a problem, where PyYAML would keep
  the last one silently;
* anchors and aliases (``&a``, ``*a``) are refused: ten lines of them can
  stand for billions of values, which would hang the check, and an alias can
  refer to itself;
* tags (``!!str``, ``!thing``) are refused: nothing here needs them;
* nesting deeper than ``MAX_DEPTH`` is refused before it is built, so a file
  of thousands of ``[`` cannot exhaust the stack;
* characters YAML cannot hold (NUL, escape and other control characters) are
  found first and named by line, rather than left to the parser's wording.

The file is read from the parser's events, never as a composed node tree, so
nothing is expanded or recursed into before these rules have had their say.

The line index maps a path of keys and list positions, such as
``("opening_hours", "monday")`` or ``("venues", 2)``, to the 1-based line
where that value starts, so later checks can name the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from .problems import Problem, shown

Location = tuple[str | int, ...]

# Deep enough for any record (a childcare fee band's session is five levels down), far short of the stack.
MAX_DEPTH = 12
# A hand-written file is a few kilobytes; a county's largest sessions file is well under this.
MAX_FILE_BYTES = 2_000_000

# libyaml's C parser reads large projects several times faster than the pure-Python one.
_FAST_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

# Half of a character (a lone surrogate): not text at all, and it cannot be written out as UTF-8.
_HALF_CHARACTER = re.compile("[\ud800-\udfff]")
# What the YAML reader accepts (its own NON_PRINTABLE rule): tab, line breaks and printable characters.
_UNREADABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


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
    """Parse ``text`` from the file ``path``; returns the document or the problems that stop it being read."""
    unreadable = _unreadable_character(text, path)
    if unreadable:
        return None, [unreadable]
    try:
        return _read_events(yaml.parse(text, Loader=_FAST_LOADER), path, [])
    except yaml.MarkedYAMLError as error:
        if error.problem_mark and "maximum nesting depth" in (error.problem or ""):  # libyaml stops at 1,000
            return None, [_too_deep(path, error.problem_mark.line + 1)]
        return _reworded(text, path)
    except yaml.YAMLError:
        return _reworded(text, path)


def _reworded(text: str, path: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Read a file the fast parser refused with the pure-Python one, whose messages the hints know."""
    # It also has the last word: libyaml refuses an escape such as "\ud83d" (half of a character, a lone
    # surrogate) that the pure-Python parser reads, so values from it are looked at for those.
    found: list[Problem] = []  # keys written twice before the mistake are reported with it
    try:
        return _read_events(yaml.parse(text, Loader=yaml.BaseLoader), path, found, halves_possible=True)
    except yaml.MarkedYAMLError as error:
        return None, [*found, _syntax_problem(error, path, text)]
    except yaml.YAMLError:  # pragma: no cover - PyYAML marks its parse errors
        return None, [Problem(path, 1, "this file cannot be read as YAML; check it was saved as plain text")]


def _too_deep(path: str, line: int) -> Problem:
    return Problem(path, line, f"the fields here are nested more than {MAX_DEPTH} levels deep; check the "
                   "indentation and the brackets")


def read_yaml(file: Path, root: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Read and parse a YAML file, naming it relative to the project root."""
    path = file.relative_to(root).as_posix()
    text, problem = read_text(file, path, MAX_FILE_BYTES)
    if problem:
        return None, [problem]
    return parse_yaml(text, path)


def read_text(file: Path, path: str, limit: int) -> tuple[str, Problem | None]:
    """The text of a content file as UTF-8 (a leading byte order mark is dropped), or why it cannot be read."""
    try:
        with file.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError:
        return "", Problem(path, 1, "this file cannot be opened; check it is a file you can read")
    if len(data) > limit:
        size = f"{limit // 1_000_000} MB" if limit >= 1_000_000 else f"{limit // 1_000} KB"
        return "", Problem(path, 1, f"this file is over {size}; a content file should be a few kilobytes, so split "
                           "it or remove what does not belong")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return "", Problem(path, line, "this line has characters that are not UTF-8 text; save the file again "
                           "as UTF-8 (most editors offer it under 'Save with encoding')")


def _unreadable_character(text: str, path: str) -> Problem | None:
    match = _UNREADABLE.search(text)
    if match is None:
        return None
    line = text.count("\n", 0, match.start()) + 1
    code = f"U+{ord(match.group()):04X}"
    return Problem(path, line, f"this line has an invisible control character ({code}) that a content file "
                   "cannot hold; delete it (it often comes with text copied from another program)")


class _Refused(Exception):
    """Something an editor's file must not do; the file is not read further."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


_NO_KEY = object()  # a mapping waiting for its next key
_ENDS = (MappingEndEvent, SequenceEndEvent)
_NODES = (ScalarEvent, MappingStartEvent, SequenceStartEvent)  # the events that hold a value


def _line(event: Event) -> int:
    """The line ``event`` starts on, counted from 1."""
    mark = event.start_mark
    assert mark is not None, "PyYAML's parsers mark every event"
    return mark.line + 1


def _read_events(events: Iterable[Event], path: str, problems: list[Problem],
                 halves_possible: bool = False) -> tuple[YamlDocument | None, list[Problem]]:
    """Plain data and its line index, built one parser event at a time: no recursion, nothing expanded.

    Each open mapping or list is ``[container, location, key]``; ``location`` is None for the value of a
    key written twice (read, then dropped), ``key`` is ``_NO_KEY`` while a mapping waits for a key. This
    loop reads every value of every file, so it is written for speed: one pass, few calls.
    """
    doc = YamlDocument(path=path, data=None)
    lines = doc.lines
    stack: list[list] = []
    documents = 0
    value: object
    try:
        for event in events:
            if isinstance(event, _ENDS):
                stack.pop()
                continue
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    return None, [Problem(path, _line(event),
                                          "this file holds more than one document; remove the '---' line")]
                continue
            if not isinstance(event, _NODES):
                if isinstance(event, AliasEvent):
                    _refuse_alias(event, path)
                continue  # the stream's and document's own start and end
            mark = event.start_mark
            assert mark is not None, "PyYAML's parsers mark every event"
            line = mark.line + 1
            if event.anchor is not None or event.tag is not None:  # the parser reports only what was written
                _refuse_anchor_or_tag(event, path, line)
            top = stack[-1] if stack else None
            if isinstance(event, ScalarEvent):
                value = event.value
                if halves_possible and _HALF_CHARACTER.search(value):
                    raise _Refused(Problem(path, line, "a value here has an escape such as \\ud83d that is only "
                                           "half of a character; write the character itself instead"))
                if top is not None and top[2] is _NO_KEY and top[0].__class__ is dict:
                    _key(top, value, line, doc, problems)
                    continue
                # An empty plain value (``key:``) means "nothing written"; quoted "" is empty text.
                if not event.style and value == "":
                    value = None
            else:
                if top is not None and top[2] is _NO_KEY and top[0].__class__ is dict:
                    raise _Refused(Problem(path, line, "a field name must be plain text, such as 'name'"))
                if len(stack) >= MAX_DEPTH:
                    raise _Refused(_too_deep(path, line))
                value = {} if isinstance(event, MappingStartEvent) else []
            # Place the value in the open container, or make it the document.
            if top is None:
                doc.data, location = value, ()
            elif top[0].__class__ is dict:
                key, top[2] = top[2], _NO_KEY
                if top[1] is None or key is _DROPPED:
                    location = None
                else:
                    top[0][key] = value
                    location = top[1] + (key,)
            elif top[1] is None:
                location = None
            else:
                location = top[1] + (len(top[0]),)
                top[0].append(value)
            if location is not None:
                lines[location] = line
            if not isinstance(event, ScalarEvent):
                stack.append([value, location, _NO_KEY])
    except _Refused as refused:
        return None, [refused.problem]
    return doc, problems


_DROPPED = object()  # the key of a value that is read and then dropped (its key was written twice)


def _key(top: list, key: str, line: int, doc: YamlDocument, problems: list[Problem]) -> None:
    if top[1] is None:
        top[2] = key
        return
    location = top[1] + (key,)
    if key in top[0]:
        first = doc.key_lines[location]
        problems.append(Problem(doc.path, line, f"'{shown(key)}' is written twice here (first on line {first}); "
                                "keep one"))
        top[2] = _DROPPED
        return
    doc.key_lines[location] = line
    top[2] = key


def _refuse_alias(event: AliasEvent, path: str) -> NoReturn:
    raise _Refused(Problem(path, _line(event), f"'*{event.anchor}' repeats a value written elsewhere "
                           "(a YAML alias); these files do not use aliases: write the value out in full"))


def _refuse_anchor_or_tag(event: Event, path: str, line: int) -> None:
    anchor = getattr(event, "anchor", None)
    if anchor is not None:
        raise _Refused(Problem(path, line, f"'&{anchor}' marks a value to repeat elsewhere (a YAML anchor); these "
                               "files do not use anchors: write each value out in full"))
    raise _Refused(Problem(path, line, "a value here starts with '!', which marks a YAML tag; these files do not "
                           "use tags: remove it, or put the whole value in quotes"))


def _syntax_problem(error: yaml.MarkedYAMLError, path: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    last_line = text.count("\n") + (0 if text.endswith("\n") else 1)
    line = min(mark.line + 1, max(last_line, 1)) if mark else 1
    opened = error.context_mark.line + 1 if error.context_mark else line
    context = (error.context or "").strip()
    problem = (error.problem or "").strip()
    if context.startswith("while parsing a flow node") and mark is not None:
        # PyYAML does not say which bracket is open here; find it ourselves.
        bracket = _unclosed_bracket(text[: mark.index])
        if bracket:
            context = "while parsing a flow sequence" if bracket[0] == "[" else "while parsing a flow mapping"
            opened = bracket[1]
    return Problem(path, line, f"the YAML cannot be read here: {_explain(context, problem, opened)}")


def _explain(context: str, problem: str, opened: int) -> str:
    """PyYAML's error in plain words. Its errors carry no type, only wording, so the wording is matched
    against the fixed phrases of its scanner and parser; anything else gets the general hint, and
    PyYAML's own words (with names such as '<block end>') never reach an editor."""
    if context.startswith("while parsing a flow sequence") and not problem.startswith("found unknown escape"):
        return f"the list that opens with '[' on line {opened} is not closed with ']'"
    if context.startswith("while parsing a flow mapping"):
        return f"the group that opens with '{{' on line {opened} is not closed with '}}'"
    if "escape" in problem:
        return ("a backslash (\\) inside double quotes must start a special character such as \\n; put the "
                "text in single quotes instead, or write \\\\ for a backslash")
    if context.startswith(("while scanning a quoted scalar", "while scanning a double-quoted scalar")):
        return f"the quotation mark opened on line {opened} is never closed"
    for start, explanation in _SYNTAX_HINTS:
        if problem.startswith(start) or context.startswith(start):
            return explanation
    return "check the indentation, colons and dashes on this line and the one above"


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


_INDENT = "a line is indented differently from the lines around it; line up fields that belong together"
_QUOTE_IT = "put the whole value in quotes"

# The beginnings of PyYAML's problems and contexts, with what they mean for an editor, most specific first.
_SYNTAX_HINTS: list[tuple[str, str]] = [
    ("found character '\\t'", "use spaces, not tabs, to indent"),
    ("found a tab character", "use spaces, not tabs, to indent"),
    ("mapping values are not allowed here",
     f"a value contains ': ' ({_QUOTE_IT}) or the indentation is wrong"),
    ("found unexpected ':'", f"a value contains ':'; {_QUOTE_IT}"),
    ("could not find expected ':'", "each field needs a name, a colon and a space before its value"),
    ("did not find expected key", "a line is indented differently from the fields around it"),
    ("did not find expected '-' indicator", "a list item is indented differently from the items above it"),
    ("expected <block end>, but found '-'", "a list item is indented differently from the items above it"),
    ("expected <block end>, but found '<scalar>'", "something follows a value on the same line, or a line is "
     "indented differently from the lines around it; if the value starts with a quotation mark, put the whole "
     "value in quotes"),
    ("expected <block end>", _INDENT),
    ("expected ',' or ']'", "items between '[' and ']' must be separated by commas; put any item that holds "
     "a comma or a bracket in quotes"),
    ("expected ',' or '}'", "fields between '{' and '}' must be separated by commas; put any value that holds "
     "a comma or a brace in quotes"),
    ("found character", f"a value cannot start with this character; {_QUOTE_IT}"),
    ("expected the node content", f"a value is missing here, or starts with a character YAML keeps for "
     f"itself; {_QUOTE_IT}"),
    ("while scanning an anchor", f"'&' at the start of a value has a special meaning in YAML; {_QUOTE_IT}"),
    ("while scanning an alias", f"'*' at the start of a value has a special meaning in YAML; {_QUOTE_IT}"),
    ("while scanning a tag", f"'!' at the start of a value has a special meaning in YAML; {_QUOTE_IT}"),
    ("while parsing a tag", f"'!' at the start of a value has a special meaning in YAML; {_QUOTE_IT}"),
    ("found undefined tag handle", f"'!' at the start of a value has a special meaning in YAML; {_QUOTE_IT}"),
    ("while scanning a directive", f"a line starting with '%' is an instruction to YAML; {_QUOTE_IT}"),
    ("while scanning a block scalar", "text after '|' or '>' starts on the next line, indented under the field"),
    ("expected a comment or a line break", f"something follows a value on the same line; {_QUOTE_IT}"),
    ("found unexpected end of stream", "the file ends in the middle of a value; a quotation mark or bracket "
     "is not closed"),
    ("while parsing a block mapping", _INDENT),
    ("while parsing a block collection", "a list item is indented differently from the items above it"),
]
