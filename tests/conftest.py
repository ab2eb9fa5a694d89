"""Shared test helpers: projects made from case folders, and the example borough.

The tool's tests run on fixtures under tests/ only, never on the repository's own content and timetable
folders, which are the council's: a council replaces them and these tests still pass, at any build date.
The tool's own files (theme/, mkdocs.yml, package-lock.json, EDITING.md, schemas/, .github/, the
Makefile and generator/) are read from the repository. ``tests/test_fixtures_only.py`` keeps it so.
"""

from __future__ import annotations

import os
import posixpath
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from site_checks.build import mkdocs_build as _mkdocs_build
from site_checks.build import serve as _serve

from .overlays import lay_over

TESTS = Path(__file__).parent
REPO = TESTS.parent
CASES = TESTS / "cases"
BASE_CASE = CASES / "base"
# The example borough frozen for the tests (tests/example/README.md), and the build date it is read on.
EXAMPLE = TESTS / "example"
EXAMPLE_TODAY = date(2026, 12, 1)
# The same day for a build in another process (generator.build_date reads it).
EXAMPLE_EPOCH = str(int(datetime.combine(EXAMPLE_TODAY, time(12), tzinfo=UTC).timestamp()))


def pytest_configure(config: pytest.Config) -> None:
    # Every build in these tests, in this process or another, is on the example's day unless a test sets
    # its own: a date from outside (a CI's commit time, next year) must not change what they expect.
    os.environ["SOURCE_DATE_EPOCH"] = EXAMPLE_EPOCH


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite expected outputs from what the code makes")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def followed(page_url: str, link: str) -> str:
    """Where a relative ``link`` on the page ``page_url`` leads, as a URL from the site's root: on
    ``services/x/``, ``../../venues/y/`` leads to ``venues/y/``."""
    folder = page_url if page_url.endswith("/") else posixpath.dirname(page_url)
    target, hash_mark, anchor = link.partition("#")
    resolved = posixpath.normpath(posixpath.join("/" + folder, target))
    if target.endswith("/") and resolved != "/":
        resolved += "/"
    return resolved.lstrip("/") + hash_mark + anchor


def make_project(destination: Path, *overlays: Path) -> Path:
    """A project folder: the base case with each overlay laid over it, in turn.

    An overlay holds whole files the project does not have yet, and ``<path>.diff``, a unified diff, for
    a change to a file it has (tests/cases/README.md, tests/overlays.py); it may also hold ``remove.txt``,
    naming files to delete. A diff that does not apply fails, naming the overlay and the file.
    """
    shutil.copytree(BASE_CASE, destination)
    for overlay in overlays:
        lay_over(destination, overlay)
    return destination


def example_project(destination: Path) -> Path:
    """The frozen example borough as a whole project: its content and timetable, with the tool's own
    ``mkdocs.yml``, theme and ``package-lock.json`` (whose versions the accessibility statement names)."""
    destination.mkdir(parents=True)
    for folder in ("content", "timetable"):
        shutil.copytree(EXAMPLE / folder, destination / folder)
    shutil.copytree(REPO / "theme", destination / "theme")
    shutil.copyfile(REPO / "mkdocs.yml", destination / "mkdocs.yml")
    shutil.copyfile(REPO / "package-lock.json", destination / "package-lock.json")
    return destination


def copy_example(destination: Path) -> Path:
    """The frozen example borough as a whole checkout, safe to change in a test: ``example_project`` with
    the tool's Makefile and ``generator`` package beside it, as a council's clone has them."""
    example_project(destination)
    shutil.copyfile(REPO / "Makefile", destination / "Makefile")
    shutil.copyfile(REPO / "pyproject.toml", destination / "pyproject.toml")
    shutil.copytree(REPO / "generator", destination / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    return destination


def mkdocs_build(project: Path, site_dir: Path, env: dict[str, str] | None = None):
    """Run a real ``mkdocs build --strict`` of ``project`` on the example's day (unless ``env`` sets
    ``SOURCE_DATE_EPOCH``); returns the finished process."""
    return _mkdocs_build(project, site_dir, {"SOURCE_DATE_EPOCH": EXAMPLE_EPOCH, **(env or {})})


@pytest.fixture(scope="session")
def example_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen example borough as a project folder to read or build in this process (not to change)."""
    return example_project(tmp_path_factory.mktemp("example-root") / "project")


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen example borough built once per test run with the real MkDocs and theme, on its day."""
    project = example_project(tmp_path_factory.mktemp("example") / "project")
    site = project.parent / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


# The example borough with the one-page limits set low, so What's on and the childcare list are split
# into one page per ward, and the Start for Life offer into one page per area and stage, as they are
# for a county; small enough to check every page in a browser.
SPLIT_LIMITS = "\nwhats_on_one_page_limit: 20\nchildcare_one_page_limit: 10\nstart_for_life_one_page_limit: 10\n"


@pytest.fixture(scope="session")
def split_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example borough built with What's on and childcare split by ward, Start for Life by area."""
    project = example_project(tmp_path_factory.mktemp("split") / "project")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + SPLIT_LIMITS, encoding="utf-8")
    site = project.parent / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def site_url(example_site: Path) -> Iterator[str]:
    """The example site served over HTTP."""
    yield from _serve(example_site)


@pytest.fixture(scope="session")
def split_site_url(split_site: Path) -> Iterator[str]:
    """The split example site (see ``split_site``) served over HTTP."""
    yield from _serve(split_site)
