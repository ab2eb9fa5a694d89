"""Every message is one plain-English line naming the file and line: no parser tokens, no pydantic wording,
no control characters, and never a value repeated in full."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import check_everything
from generator.problems import Problem

from ..conftest import EXAMPLE_TODAY, example_project

SERVICE = "content/services/baby-massage.yml"
SESSIONS = "timetable/sessions/northgate-family-hub.yml"
# Words that come from PyYAML or pydantic rather than from us.
FOREIGN = re.compile(r"<block end>|<scalar>|#x[0-9a-f]{4}|position \d|unicode string|Input should|"
                     r"valid time|zero time|\[type=|pydantic|Traceback")


def _errors(project: Path) -> list[Problem]:
    site, problems = check_everything(project, EXAMPLE_TODAY)
    assert site is None
    return [p for p in problems if not p.warning]


def _edit(project: Path, relative: str, old: str, new: str) -> None:
    file = project / relative
    text = file.read_text()
    assert old in text, (relative, old)
    file.write_text(text.replace(old, new, 1))


def _one_plain_line(problem: Problem) -> None:
    text = str(problem)
    assert "\n" not in text and text.isprintable() and len(text) <= 600, text
    assert not FOREIGN.search(text), text
    assert problem.line >= 1, text


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x85\x9b"], ids=["NUL", "bell", "escape", "C1"])
def test_a_control_character_is_named_on_its_line(character: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _edit(project, SERVICE, "name: Baby massage", f"name: Baby {character}massage")
    [problem] = _errors(project)
    _one_plain_line(problem)
    assert (problem.path, problem.line) == (SERVICE, 2)
    assert "invisible control character (U+00" in problem.message


@pytest.mark.parametrize("escape", ['"\\x07"', '"\\e"', '"\\0"', '"\\ud83d"', '"a\\uFEFFb"'])
def test_an_escape_that_writes_a_control_character_is_refused(escape: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _edit(project, SERVICE, "name: Baby massage", f"name: {escape}")
    [problem] = _errors(project)
    _one_plain_line(problem)
    assert (problem.path, problem.line) == (SERVICE, 2)


@pytest.mark.parametrize("old, new", [
    ("name: Baby massage", 'name: "Baby" massage'),
    ("name: Baby massage", "name: Baby massage\n- oops"),
    ("name: Baby massage", "name: [Baby, massage"),
    ("name: Baby massage", "name: 'Baby massage"),
    ("name: Baby massage", "name: Baby massage\n\tsummary: tab"),
    ("name: Baby massage", "name: @Baby"),
    ("name: Baby massage", "name: |x\n  Baby"),
    ("name: Baby massage", "name: Baby: massage"),
], ids=["text after quotes", "list under a value", "unclosed list", "unclosed quote", "tab", "reserved character",
        "block text", "colon"])
def test_yaml_syntax_errors_are_plain_words(old: str, new: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _edit(project, SERVICE, old, new)
    [problem] = _errors(project)
    _one_plain_line(problem)
    assert problem.path == SERVICE and problem.message.startswith("the YAML cannot be read here: ")


@pytest.mark.parametrize("old, new, expected", [
    ("    starts: 09:30\n", "    starts: [09, 30]\n", "'starts' in item 1 of 'sessions' should be a time, like 09:30"),
    ("last_changed: 2026-11-02", "last_changed: 2026-11-02T10:00",
     "'last_changed' has '2026-11-02T10:00', which is not a date; write dates as year-month-day, like 2026-09-01"),
    ("last_changed: 2026-11-02", "last_changed: 1700000000",
     "'last_changed' has '1700000000', which is not a date; write dates as year-month-day, like 2026-09-01"),
    ("    day: monday\n", "    day: {monday: yes}\n", "'day' in item 1 of 'sessions' cannot be '{'monday': 'yes'}'"),
], ids=["a list for a time", "a date and time", "seconds since 1970", "a group for a choice"])
def test_values_of_the_wrong_kind_say_where_and_what(old: str, new: str, expected: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _edit(project, SESSIONS, old, new)
    errors = _errors(project)
    for problem in errors:
        _one_plain_line(problem)
    assert any(p.path == SESSIONS and p.message.startswith(expected) for p in errors), errors


def test_a_huge_value_is_not_repeated_in_the_message(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _edit(project, SERVICE, "level: universal", "level: " + "universal" * 100_000)
    [problem] = _errors(project)
    _one_plain_line(problem)
    assert len(str(problem)) < 300 and "…" in problem.message
