"""The project to check, built once with the real MkDocs into a temporary folder and served on 127.0.0.1.

The project folder (``content/``, ``timetable/``, ``mkdocs.yml`` and the theme) is ``--project DIR``, else
``SITE_CHECKS_PROJECT``, else this repository. The build date is ``SOURCE_DATE_EPOCH``'s when it is set,
otherwise today's, as for ``make site``.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from generator.publication import published_address

from .browser import TOOL, browser, page, viewport  # noqa: F401 - fixtures for the browser checks
from .build import mkdocs_build, serve
from .pages import template_pages


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--project", default=None, metavar="DIR",
                     help="the project folder to check (default: $SITE_CHECKS_PROJECT, else this repository)")


@pytest.fixture(scope="session")
def project(request: pytest.FixtureRequest) -> Path:
    folder = Path(request.config.getoption("--project") or os.environ.get("SITE_CHECKS_PROJECT") or TOOL).resolve()
    assert (folder / "mkdocs.yml").is_file(), f"{folder} is not a project folder: it has no mkdocs.yml"
    return folder


@pytest.fixture(scope="session")
def strict_build(project: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    site = tmp_path_factory.mktemp("site-checks") / "site"
    return site, mkdocs_build(project, site)


@pytest.fixture(scope="session")
def site(strict_build: tuple[Path, subprocess.CompletedProcess]) -> Path:
    """The built site; the checks that need it are skipped when the strict build failed (it fails alone)."""
    built, result = strict_build
    if result.returncode != 0:
        pytest.skip("the strict build failed: see test_strict_build")
    return built


@pytest.fixture(scope="session")
def site_url(project: Path, site: Path) -> Iterator[str]:
    """Where the built site is served: under the path of its published address, as its host will."""
    yield from serve(site, urlparse(published_address(project) or "/").path)


@pytest.fixture(scope="session")
def templates(site: Path) -> dict[str, str]:
    """One page of each kind the site has (see ``pages.template_pages``)."""
    return template_pages(site)


# The content and the build first: when they fail, what follows is skipped and says why.
ORDER = ["test_content", "test_build", "test_feeds", "test_browser", "test_links", "test_html"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def place(item: pytest.Item) -> int:
        module = item.module.__name__.rpartition(".")[2] if item.module else ""
        return ORDER.index(module) if module in ORDER else len(ORDER)

    items.sort(key=place)
