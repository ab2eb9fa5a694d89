"""Where content lives on disk, and what may not be there.

Content is real files inside the project. A link (symbolic link) could make a
pull request publish a file from anywhere on the machine that builds the site,
or read one into the check's messages, so every link under the content folders
is refused, whatever it points to, and nothing reads through one.
"""

from __future__ import annotations

import os
from pathlib import Path

from .problems import Problem

CONTENT_FOLDERS = ("content", "timetable")
YAML_SUFFIXES = (".yml", ".yaml")
PAGE_SUFFIX = ".md"


def is_yaml(path: Path) -> bool:
    """``.yml`` or ``.yaml``, in any case: a file saved as ``NEW.YML`` is read, not skipped."""
    return path.suffix.lower() in YAML_SUFFIXES


def is_page(path: Path) -> bool:
    return path.suffix.lower() == PAGE_SUFFIX


def real_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def real_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files directly in ``folder``, real files only, in name order."""
    if not real_folder(folder):
        return []
    return sorted(p for p in folder.iterdir() if is_yaml(p) and real_file(p))


def page_files(folder: Path) -> list[Path]:
    """The Markdown pages directly in ``folder``, real files only, in name order."""
    if not real_folder(folder):
        return []
    return sorted(p for p in folder.iterdir() if is_page(p) and real_file(p))


def every_file(folder: Path) -> list[Path]:
    """Every real file under ``folder`` and its sub-folders, never through a link, in name order."""
    if not real_folder(folder):
        return []
    found = []
    for where, folders, files in os.walk(folder):
        base = Path(where)
        folders[:] = [name for name in folders if real_folder(base / name)]
        found += [base / name for name in files if real_file(base / name)]
    return sorted(found)


def link_problems(root: Path) -> list[Problem]:
    """One problem for every link in the content folders (or for a content folder that is a link)."""
    problems = []
    for name in CONTENT_FOLDERS:
        folder = root / name
        links = [folder] if folder.is_symlink() else []
        if real_folder(folder):
            for where, folders, files in os.walk(folder):
                links += [Path(where) / entry for entry in (*folders, *files) if (Path(where) / entry).is_symlink()]
        problems += [Problem(link.relative_to(root).as_posix(), 0, "this is a link to a file or folder somewhere "
                             "else; content must be real files in the project, so put a copy here instead")
                     for link in links]
    return sorted(problems)
