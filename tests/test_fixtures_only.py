"""The tool's tests never read the repository's content/ or timetable/ folders: those are the council's.

A council replaces them with its own, and ``make test`` must still pass; the checks that judge the
council's site are ``make site-checks`` (site_checks/). Tests read fixtures under tests/ instead: the
frozen example (``EXAMPLE``, ``example_project``, ``copy_example``, ``example_root``, ``example_site``),
tests/cases/, or files of their own. This scans every test module's source for the ways a test has
reached the repository's content: a path from ``REPO`` (or the folder above tests/) into them, also through
a loop over the two folders' names, the repository handed as a project to build or read, a listing of
the repository, or a command run in it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
FOLDERS = r"(?:content|timetable)\b"
# What a test may pass the repository to: it reads only the tool's own files (schemas/, EDITING.md, the
# editor settings), or makes a text or a relative path of it.
HARMLESS_CALLS = {"str", "repr", "rendered_files", "relative_to"}
RULES = [
    (re.compile(rf"""\bREPO\s*/\s*f?["']{FOLDERS}"""), "a path into the repository's content or timetable"),
    (re.compile(rf"""\.parents?\b(?:\[\d+\])?\s*/\s*f?["']{FOLDERS}"""),
     "a path from a parent folder into content or timetable"),
    (re.compile(rf"""\bPath\(\s*f?["']{FOLDERS}"""), "a path into content or timetable of the working folder"),
    (re.compile(r"""\bREPO\s*\.\s*(?:r?glob|iterdir|walk)\b"""), "a listing of the repository"),
    (re.compile(r"""\bcwd\s*=\s*(?:str\()?REPO\b"""), "a command run in the repository"),
    (re.compile(r"""\b(\w+)\(\s*REPO\s*[,)]"""), "the repository handed to a function as a project"),
    (re.compile(r"""\bfor\s+\w+\s+in\s*[(\[][^:\n]*\bREPO\s*[,)\]]"""),
     "the repository among the projects a loop reads"),
]


# A loop over the two folders' names, whose variable then makes a path from the repository.
FOLDER_LOOP = re.compile(rf"""\bfor\s+(\w+)\s+in\b[^:\n]*["']{FOLDERS}""")


def problems_in(source: str) -> list[str]:
    """``line: why`` for every line of a test module's ``source`` that reaches the repository's content."""
    rules = list(RULES)
    for name in sorted(set(FOLDER_LOOP.findall(source))):
        rules.append((re.compile(rf"\bREPO\s*/\s*{name}\b"), "a path into the repository's content or timetable"))
    found = []
    for number, line in enumerate(source.splitlines(), start=1):
        code = line.split("#", 1)[0]
        for rule, why in rules:
            for match in rule.finditer(code):
                if match.groups() and match.group(1) in HARMLESS_CALLS:
                    continue
                found.append(f"{number}: {why}: {line.strip()}")
    return found


def test_no_test_module_reads_the_repositorys_content_or_timetable() -> None:
    modules = sorted(p for p in TESTS.rglob("*.py") if p != Path(__file__) and "cases" not in p.parts)
    assert len(modules) > 50
    found = {p.relative_to(TESTS).as_posix(): problems for p in modules if (problems := problems_in(p.read_text()))}
    assert found == {}, "tests must use fixtures under tests/ (see tests/conftest.py), not the council's content"


@pytest.mark.parametrize("line", [
    'mkdocs_build(REPO, site, env)',
    'content, problems = load_content(REPO)',
    'files, view = build(REPO, TODAY)',
    'return generate(REPO, date(2026, 11, 22)).site',
    'for p in (REPO / "content" / folder).glob("*.yml")',
    'SERVICE = (REPO / "content/services/baby-massage.yml").read_text()',
    'for folder in ("content", "timetable"):\n    shutil.copytree(REPO / folder, project / folder)',
    'shutil.copytree(REPO, destination, ignore=ignore)',
    'result = subprocess.run(command, cwd=REPO)',
    'original = TESTS.parent / "timetable" / "term-dates.yml"',
    'root = Path(__file__).parents[1] / "content"',
    'settings = Path("content/site.yml")',
    'for file in REPO.rglob("*.yml"):',
    'for root in (REPO, BASE_CASE):',
    'for root in [BASE_CASE, REPO]:',
])
def test_the_scan_finds_each_way_a_test_has_read_the_content(line: str) -> None:
    assert problems_in(line)


@pytest.mark.parametrize("line", [
    'GUIDE = (REPO / "EDITING.md").read_text()',
    'shutil.copytree(REPO / "theme", destination / "theme")',
    'for relative, text in rendered_files(REPO).items():',
    'ids=[str(f.relative_to(REPO)) for _, f in EXAMPLES]',
    'env = {"PYTHONPATH": str(REPO)}',
    'file = REPO / relative',
    'for root in (EXAMPLE, BASE_CASE):',
    'made = {p.name for p in (REPO / SCHEMA_FOLDER).glob("*.json")}',
    'for folder in ("content", "timetable"):\n    shutil.copytree(EXAMPLE / folder, project / folder)',
    'for p in (EXAMPLE / "content" / folder).glob("*.yml")',
    'settings = project / "content" / "site.yml"',
    'files, view = build(example_root, TODAY)',
])
def test_the_scan_lets_tests_read_the_tools_own_files_and_fixtures(line: str) -> None:
    assert problems_in(line) == []
