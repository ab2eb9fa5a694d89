"""Shared test helpers: projects made from case folders, and the example borough."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Iterator

import pytest

TESTS = Path(__file__).parent
REPO = TESTS.parent
CASES = TESTS / "cases"
BASE_CASE = CASES / "base"
# The example borough frozen for the tests (tests/example/README.md), and the build date it is read on.
EXAMPLE = TESTS / "example"
EXAMPLE_TODAY = date(2026, 12, 1)
# The same day for a build in another process (generator.build_date reads it).
EXAMPLE_EPOCH = str(int(datetime.combine(EXAMPLE_TODAY, time(12), tzinfo=timezone.utc).timestamp()))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite expected outputs from what the code makes")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def make_project(destination: Path, *overlays: Path) -> Path:
    """A project folder: the base case with each overlay's files laid over it.

    An overlay may also hold ``remove.txt``, naming base files to delete.
    """
    shutil.copytree(BASE_CASE, destination)
    for overlay in overlays:
        for file in sorted(overlay.rglob("*")):
            relative = file.relative_to(overlay)
            if file.is_dir() or relative.parts[0] in ("expected.txt", "expected", "remove.txt"):
                continue
            target = destination / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, target)
        removals = overlay / "remove.txt"
        if removals.exists():
            for line in removals.read_text().split():
                (destination / line).unlink()
    return destination


def example_project(destination: Path) -> Path:
    """The frozen example borough as a whole project: its content and timetable, with the tool's own
    ``mkdocs.yml``, theme and ``package-lock.json`` (whose versions the accessibility statement names)."""
    destination.mkdir(parents=True)
    for folder in ("content", "timetable"):
        shutil.copytree(EXAMPLE / folder, destination / folder)
    shutil.copytree(REPO / "theme", destination / "theme")
    for name in ("mkdocs.yml", "package-lock.json"):
        shutil.copyfile(REPO / name, destination / name)
    return destination


def copy_example(destination: Path) -> Path:
    """A copy of the example borough project, safe to change in a test."""
    ignore = shutil.ignore_patterns(".venv", "site", ".site-new", ".site-builds", ".git", "__pycache__", "*.egg-info",
                                    "tests", ".pytest_cache", ".hypothesis", "node_modules")
    shutil.copytree(REPO, destination, ignore=ignore)
    return destination


def mkdocs_build(project: Path, site_dir: Path, env: dict[str, str] | None = None):
    """Run a real ``mkdocs build --strict`` of ``project``; returns the finished process."""
    import os
    import subprocess
    import sys

    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=environment, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example borough built once per test run with the real MkDocs and theme."""
    site = tmp_path_factory.mktemp("example") / "site"
    result = mkdocs_build(REPO, site)
    assert result.returncode == 0, result.stderr
    return site


# The example borough with the one-page limits set low, so What's on and the childcare list are split
# into one page per ward, and the Start for Life offer into one page per area and stage, as they are
# for a county; small enough to check every page in a browser.
SPLIT_LIMITS = "\nwhats_on_one_page_limit: 20\nchildcare_one_page_limit: 10\nstart_for_life_one_page_limit: 10\n"


@pytest.fixture(scope="session")
def split_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example borough built with What's on and childcare split by ward, Start for Life by area."""
    project = copy_example(tmp_path_factory.mktemp("split") / "project")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + SPLIT_LIMITS, encoding="utf-8")
    site = project.parent / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        # Our own server may be checked quickly: LinkChecker only goes above
        # 10 requests a second to a host that says so.
        self.send_header("LinkChecker", "allow-concurrent-checks")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(site: Path) -> Iterator[str]:
    """Serve a built site over HTTP on a free port of 127.0.0.1 until the generator is closed."""
    handler = functools.partial(_SiteHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def site_url(example_site: Path) -> Iterator[str]:
    """The example site served over HTTP."""
    yield from _serve(example_site)


@pytest.fixture(scope="session")
def split_site_url(split_site: Path) -> Iterator[str]:
    """The split example site (see ``split_site``) served over HTTP."""
    yield from _serve(split_site)
