"""YAML's advanced parts cannot hang the check or crash it: anchors, aliases and tags are refused, nesting is
bounded, and every problem is one line naming the file and line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.check import check_content
from generator.yaml_source import parse_yaml

from ..conftest import EXAMPLE_TODAY, example_project


def alias_bomb(levels: int) -> str:
    """Ten lines that stand for 9 ** levels values once every alias is followed."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("levels", [7, 9])
def test_an_alias_bomb_in_the_glossary_is_refused_at_once(levels: int, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    glossary = project / "content" / "glossary.yml"
    glossary.write_text(alias_bomb(levels) + glossary.read_text())
    started = time.perf_counter()
    site, problems = check_content(project, EXAMPLE_TODAY)
    assert time.perf_counter() - started < 5
    assert site is None
    assert [str(p) for p in problems if not p.warning] == [
        "content/glossary.yml:1: '&a0' marks a value to repeat elsewhere (a YAML anchor); these files do not use "
        "anchors: write each value out in full"]


@pytest.mark.parametrize("text, line, words", [
    ("name: &r [*r]\n", 1, "'&r' marks a value to repeat elsewhere (a YAML anchor)"),
    ("id: x\nname: *r\n", 2, "'*r' repeats a value written elsewhere (a YAML alias)"),
    ("id: !!python/object:os.system x\n", 1, "which marks a YAML tag"),
    ("id: x\nname: " + "[" * 2000 + "\n", 2, "nested more than 12 levels deep"),
    ("id: x\nname: " + "[" * 20 + "]" * 20 + "\n", 2, "nested more than 12 levels deep"),
    ("id: x\n" + "".join(" " * i + f"k{i}:\n" for i in range(3000)), 14, "nested more than 12 levels deep"),
], ids=["self-referencing alias", "alias", "tag", "2000 open brackets", "20 nested lists", "3000 nested fields"])
def test_yaml_that_editors_never_need_is_refused(text: str, line: int, words: str) -> None:
    started = time.perf_counter()
    doc, problems = parse_yaml(text, "content/services/x.yml")
    assert time.perf_counter() - started < 2
    assert doc is None and len(problems) == 1
    assert problems[0].line == line and words in problems[0].message, problems


def test_the_example_reads_the_same_as_before(tmp_path: Path) -> None:
    """Plain YAML is unchanged: every value text, as written, with its line."""
    doc, problems = parse_yaml("a: 10:30\nb: no\nc: [1, '2']\nd:\n  e: \"x\"\n  f:\n", "x.yml")
    assert problems == [] and doc is not None
    assert doc.data == {"a": "10:30", "b": "no", "c": ["1", "2"], "d": {"e": "x", "f": None}}
    assert doc.line_of(("d", "f")) == 6 and doc.key_line(("d",)) == 4
