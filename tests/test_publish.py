"""Publishing swaps a new build in whole: `site/` is always all of the old build or all of the new one.

The fake builds have the shape of a built site (a folder with an index.html for
each page) and every file names its build, so a site that is part old, part new
or partly deleted is told apart from a whole one by its files and their bytes.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from generator import publish as publish_module
from generator.publish import PublishError, builds_folder, publish

from .conftest import REPO, copy_example

SECTIONS, PAGES = 12, 25  # 300 pages: 301 folders and 302 files a build


@functools.cache
def fake_build(number: int) -> dict[str, bytes]:
    """The files of build ``number``: path inside the site -> bytes."""
    files = {"index.html": f"<h1>Build {number}</h1>\n".encode(), f"build-{number}.txt": b"marker\n"}
    for section in range(SECTIONS):
        for page in range(PAGES):
            files[f"section-{section:02}/page-{page:02}/index.html"] = (
                f"<p>Build {number}, section {section}, page {page}.</p>\n".encode())
    return files


def write_build(folder: Path, number: int) -> None:
    for relative, data in fake_build(number).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def read_site(site: Path) -> dict[str, bytes]:
    """Every file under ``site`` with its bytes, read through one opening of ``site``.

    Opening ``site`` once and reading relative to it is what ``tar --directory
    site`` (the Pages upload) does: the whole reading is of one build.
    """
    top = os.open(site, os.O_RDONLY | os.O_DIRECTORY)
    try:
        return _read_tree(top)
    finally:
        os.close(top)


def _read_tree(top: int) -> dict[str, bytes]:
    files = {}
    for folder, _, names, folder_fd in os.fwalk(".", dir_fd=top):
        for name in names:
            fd = os.open(name, os.O_RDONLY, dir_fd=folder_fd)
            try:
                files[os.path.normpath(os.path.join(folder, name))] = _read_all(fd)
            finally:
                os.close(fd)
    return files


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def which_build(files: dict[str, bytes]) -> int | None:
    """The number of the build these files are exactly, or None when they are no single whole build."""
    markers = [name for name in files if name.startswith("build-")]
    if len(markers) != 1:
        return None
    number = int(markers[0].removeprefix("build-").removesuffix(".txt"))
    return number if files == fake_build(number) else None


def kept_builds(site: Path) -> set[str]:
    return {name for name in os.listdir(builds_folder(site)) if name != publish_module.LOCK_NAME}


# A child that publishes .site-new over site, and says when it is about to start.
# (-S: no site packages to load, the publisher needs only the standard library.)
CHILD = [sys.executable, "-S", "-c", f"import sys; sys.path.insert(0, {str(REPO)!r}); from pathlib import Path; "
         "from generator.publish import publish; print('ready', flush=True); publish(Path('.site-new'), Path('site'))"]

# Kill after these many seconds: closely spaced where the swap itself happens (the
# first tenths of a millisecond), then across the clean-up of older builds.
DELAYS = [0.0] * 4 + [i * 0.00005 for i in range(1, 29)] + [0.002 + i * 0.0006 for i in range(32)]


class Run(NamedTuple):
    delay: float
    status: int  # -9 when killed, 0 when the publish had finished first
    before: int  # the build published before the run
    after: int  # the build it was publishing
    found: int | None  # the build site/ holds after the kill, None when it is missing or no whole build


def kill_at_delays(root: Path, command: list[str], delays: list[float]) -> list[Run]:
    """Publish build 1, 2, ... over build 0 with ``command``, killing it ``delay`` seconds after it says ready.

    Every eighth run starts from a real ``site/`` folder, as the Makefile used to
    leave it. When a run leaves no whole build, the next starts from a whole one.
    """
    site, new = root / "site", root / ".site-new"
    write_build(new, 0)
    publish(new, site)
    current = 0
    runs = []
    for number, delay in enumerate(delays, start=1):
        if number % 8 == 0:
            _replace_with_folder(site, current)
        shutil.rmtree(new, ignore_errors=True)
        write_build(new, number)
        # In a group of its own, so that a kill reaches every process the command started.
        child = subprocess.Popen(command, cwd=root, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(delay)
        os.killpg(child.pid, signal.SIGKILL)
        status = child.wait()
        child.stdout.close()
        found = which_build(read_site(site)) if os.path.isdir(site) else None
        runs.append(Run(delay, status, current, number, found))
        if found in (current, number):
            current = found
        else:
            _replace_with_folder(site, current)
    return runs


def _replace_with_folder(site: Path, number: int) -> None:
    if site.is_symlink():
        site.unlink()
    shutil.rmtree(site, ignore_errors=True)
    write_build(site, number)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """An empty folder, in memory when the system has one (/dev/shm).

    Creating and deleting files on this machine's busy disk can be a hundred
    times slower than in memory; rename(2) works the same on both.
    """
    if not os.access("/dev/shm", os.W_OK):
        yield tmp_path
        return
    with tempfile.TemporaryDirectory(dir="/dev/shm", prefix="test-publish-") as name:
        yield Path(name)


def test_killed_at_any_moment_site_is_the_whole_old_or_the_whole_new_build(folder: Path) -> None:
    runs = kill_at_delays(folder, CHILD, DELAYS)

    assert [run for run in runs if run.found not in (run.before, run.after)] == []
    # The kills landed in every part of a publish: before the swap, and before the end.
    assert any(run.found == run.before for run in runs), "no kill landed before the swap"
    assert sum(run.status == -signal.SIGKILL for run in runs) >= len(runs) // 4, runs
    # What killed runs left behind is cleaned up by the next publish.
    write_build(folder / ".site-new", 999)
    publish(folder / ".site-new", folder / "site")
    assert which_build(read_site(folder / "site")) == 999
    assert len(kept_builds(folder / "site")) == 2  # the published build and the one it replaced


class Readings(NamedTuple):
    whole: int  # readings that found one whole build
    builds: int  # how many different builds they found
    overtaken: int  # readings of a build that was replaced and cleaned up while being read
    problems: list[str]  # what went wrong in the others


def _being_removed(top: int) -> bool:
    """Whether the build folder open as ``top`` is deleted, or is being deleted: a replaced build's files go
    before its folder does, so a file can be missing a moment before the folder itself is gone."""
    for _ in range(200):
        if os.fstat(top).st_nlink == 0:
            return True
        time.sleep(0.01)
    return False


def read_during_swaps(root: Path, publish_next: Callable[[Path, Path], object], swaps: int) -> Readings:
    """Publish ``swaps`` new builds one after another while a thread keeps reading ``site/`` whole."""
    site, new = root / "site", root / ".site-new"
    write_build(new, 0)
    publish(new, site)
    stop = threading.Event()
    whole: list[int] = []
    overtaken: list[int] = []
    problems: list[str] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                top = os.open(site, os.O_RDONLY | os.O_DIRECTORY)
            except FileNotFoundError:
                problems.append("site/ is missing")
                continue
            except OSError as error:
                problems.append(f"site/: {error.strerror}")
                continue
            try:
                files = _read_tree(top)
                number = which_build(files)
                if number is not None:
                    whole.append(number)
                elif _being_removed(top):
                    # Deleted while being read: a replaced build is kept until the
                    # next publish, so two publishes happened during this reading.
                    overtaken.append(len(files))
                else:
                    problems.append(f"{len(files)} files, not one whole build")
            except OSError as error:  # such as a file deleted between listing and reading
                if _being_removed(top):  # the same: overtaken by two publishes (a slow machine)
                    overtaken.append(0)
                else:
                    problems.append(f"{error.filename}: {error.strerror}")
            finally:
                os.close(top)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for number in range(1, swaps + 1):
            write_build(new, number)
            publish_next(new, site)
    finally:
        stop.set()
        thread.join()
    return Readings(len(whole), len(set(whole)), len(overtaken), problems)


def test_a_reader_never_sees_site_missing_or_part_old_part_new(folder: Path) -> None:
    readings = read_during_swaps(folder, publish, swaps=40)
    assert readings.problems == []
    assert readings.whole >= 20 and readings.builds >= 5 and readings.overtaken < readings.whole, readings


def test_a_site_folder_left_by_the_old_makefile_is_replaced_by_the_link(folder: Path) -> None:
    site = folder / "site"
    write_build(site, 1)
    write_build(folder / ".site-new", 2)
    build = publish(folder / ".site-new", site)
    assert site.is_symlink() and os.readlink(site) == f".site-builds/{build.name}"
    assert which_build(read_site(site)) == 2
    assert not (folder / ".site-new").exists()
    # The old folder is kept whole beside the new build until the next publish.
    old = builds_folder(site) / (build.name + publish_module.OLD_SUFFIX)
    assert kept_builds(site) == {build.name, old.name}
    assert which_build(read_site(old)) == 1
    write_build(folder / ".site-new", 3)
    third = publish(folder / ".site-new", site)
    assert kept_builds(site) == {build.name, third.name}


def test_without_an_exchange_the_old_folder_is_moved_aside_whole(folder: Path, monkeypatch) -> None:
    monkeypatch.setattr(publish_module, "_exchange", lambda a, b: False)
    site = folder / "site"
    write_build(site, 1)
    write_build(folder / ".site-new", 2)
    build = publish(folder / ".site-new", site)
    assert site.is_symlink() and which_build(read_site(site)) == 2
    assert which_build(read_site(builds_folder(site) / (build.name + publish_module.OLD_SUFFIX))) == 1


def test_the_first_publish_makes_site(folder: Path) -> None:
    write_build(folder / "new", 1)
    publish(folder / "new", folder / "site")
    assert which_build(read_site(folder / "site")) == 1
    assert os.readlink(folder / "site").startswith(".site-builds/")


def test_what_killed_runs_left_is_cleaned_up_but_never_the_published_build(folder: Path) -> None:
    site, new, builds = folder / "site", folder / ".site-new", builds_folder(folder / "site")
    write_build(new, 1)
    first = publish(new, site)
    write_build(builds / "20260101-000000-0badf00d", 7)  # moved in, never linked
    (builds / "20260101-000000-0badf00d.link").symlink_to(".site-builds/20260101-000000-0badf00d")
    (builds / "20260101-000000-feedf00d.link").mkdir()  # an old site folder exchanged, not yet renamed
    write_build(builds / "20260101-000000-deadbeef", 8)  # half deleted
    shutil.rmtree(builds / "20260101-000000-deadbeef" / "section-03")
    write_build(new, 2)
    second = publish(new, site)
    assert kept_builds(site) == {first.name, second.name}
    assert which_build(read_site(site)) == 2
    write_build(new, 3)
    third = publish(new, site)
    assert kept_builds(site) == {second.name, third.name}


def test_refusals_leave_the_published_site_as_it_was(folder: Path) -> None:
    site, new = folder / "site", folder / ".site-new"
    write_build(new, 1)
    build = publish(new, site)
    with pytest.raises(PublishError, match="not a folder"):
        publish(new, site)  # moved away by the publish above
    with pytest.raises(PublishError, match="already published"):
        publish(build, site)
    with pytest.raises(PublishError, match="holds"):
        publish(folder, site)
    (folder / "file").write_text("not a site")
    write_build(new, 2)
    with pytest.raises(PublishError, match="is a file"):
        publish(new, folder / "file")
    assert which_build(read_site(site)) == 1 and os.readlink(site) == f".site-builds/{build.name}"


def test_make_site_swaps_the_build_in_and_a_failed_build_leaves_site_as_it_was(folder: Path) -> None:
    """The Makefile's `site` recipe on the example borough (its content check is tested elsewhere)."""
    bin_folder = Path(sys.executable).parent
    if shutil.which("make") is None or not (bin_folder / "mkdocs").exists():
        pytest.skip("needs make, and mkdocs beside this Python")
    project = copy_example(folder / "project")
    site = project / "site"
    write_build(site, 1)  # a site/ folder as the Makefile used to leave it

    def make_site() -> subprocess.CompletedProcess[str]:
        return subprocess.run(["make", "-o", "check", "site", f"BIN={bin_folder}"], cwd=project,
                              env={**os.environ, "PYTHONPATH": str(project)}, capture_output=True, text=True,
                              timeout=600)

    built = make_site()
    assert built.returncode == 0, built.stderr
    assert "The site is in site/. Open site/index.html" in built.stdout
    assert site.is_symlink() and (site / "index.html").is_file() and (site / "whats-on" / "index.html").is_file()
    assert not (project / ".site-new").exists()
    link, published = os.readlink(site), read_site(site)

    service = project / "content" / "services" / "baby-massage.yml"
    service.write_text(service.read_text().replace("cost: Free\n", "cost: Free\ncolour: blue\n", 1))
    failed = make_site()
    assert failed.returncode != 0
    assert "'colour' is not a field a service can have" in failed.stderr
    assert os.readlink(site) == link and read_site(site) == published
