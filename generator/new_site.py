"""``python -m generator new DIR --council NAME``: a new council's project, ready to fill in.

The new folder holds the tool (the generator, theme, tests, workflows, editor
settings and schemas, copied from this project) and a minimal content of the
council's own from ``generator/starter/``: its site settings, a draft
accessibility statement and privacy notice, a glossary of words families meet,
England's bank holidays, and one record of each kind to copy in ``templates/``.
It passes the check and builds as it is; nothing in it is the example's.
"""

from __future__ import annotations

import shutil
import string
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pydantic_core import PydanticCustomError

from .build_date import build_date
from .schema.common import _check_plain_name, _check_secure_web_address

STARTER = Path(__file__).parent / "starter"
TOOL = Path(__file__).parent.parent
# What a new project takes from this one: the tool, never this project's content or what it built. The
# project's own folders are left out at the top only: generator/timetable/, tests/example/content/ and the
# like are the tool's and go with it.
NOT_COPIED_AT_THE_TOP = {"content", "timetable", "site", ".site-new", ".site-builds", ".venv", "node_modules",
                         ".git", "build", "README.md"}
NOT_COPIED_ANYWHERE = shutil.ignore_patterns("__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis",
                                             ".mypy_cache", ".ruff_cache")


def not_copied(folder: str, names: list[str]) -> set[str]:
    """The names in ``folder`` that ``shutil.copytree`` leaves out of a new project."""
    left_out = set(NOT_COPIED_ANYWHERE(folder, names))
    if Path(folder).resolve() == TOOL.resolve():
        left_out |= NOT_COPIED_AT_THE_TOP & set(names)
    return left_out


COUNCIL_README = """\
# $council_words family hubs

The family hub and Start for Life offer of $council_words, published as a
website with calendar feeds and open data.

```sh
make site   # set up .venv, check the content, build the site into site/
make test   # set up, then run the tool's own tests
```

`make site-checks` judges this site as families meet it (accessibility, links,
HTML, calendar feeds), and `make check-to-publish` is the check before it is
published.

Start with `EDITING.md`: how to change each kind of record, and what every
field means. `templates/` holds one record of each kind to copy.
`GENERATOR.md` explains how the site is made.
"""


class NewSiteProblem(Exception):
    """Why the new project cannot be made, in words for the person who asked."""


def new_site(destination: Path, council: str, site_url: str | None = None, site_name: str | None = None,
             today: date | None = None) -> None:
    """Write a new council's project into ``destination``, which must not exist yet (or be empty).

    ``today`` (default: the build date) is the date the templates' records say they were last checked.
    """
    council = _checked(council.strip(), _check_plain_name, "the council's name cannot hold angle brackets, "
                       "quotation marks, braces, square brackets, backticks, vertical bars or backslashes")
    site_name = _checked((site_name or f"{council.removesuffix(' Council')} Family Hubs").strip(),
                         _check_plain_name, "the site's name cannot hold those characters either")
    if site_url is not None:
        site_url = _checked(site_url.strip(), _check_secure_web_address,
                            f"'{site_url}' is not a web address starting with https://")
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise NewSiteProblem(f"{destination} already exists and is not empty; choose a new folder")
    if destination.resolve().is_relative_to(TOOL.resolve()):
        raise NewSiteProblem(f"{destination} is inside this project; choose a folder beside it, such as "
                             f"../{destination.name}")
    shutil.copytree(TOOL, destination, ignore=not_copied, dirs_exist_ok=True)
    shutil.copyfile(TOOL / "README.md", destination / "GENERATOR.md")
    words = {"council_name": _yaml(council), "site_name": _yaml(site_name), "council_words": council,
             "today": (today or build_date()).isoformat(),
             "site_url_line": f"site_url: {site_url}" if site_url else
             "# The address the site is published at, such as https://your-council.github.io/family-hubs/:\n"
             "# site_url: https://your-council.github.io/family-hubs/"}
    for source in sorted(p for p in STARTER.rglob("*") if p.is_file()):
        target = destination / source.relative_to(STARTER)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(string.Template(source.read_text(encoding="utf-8")).safe_substitute(words), encoding="utf-8")
    (destination / "README.md").write_text(string.Template(COUNCIL_README).substitute(words), encoding="utf-8")


def _checked(value: str, check: Callable[[str], str], problem: str) -> str:
    try:
        return check(value)
    except PydanticCustomError:
        raise NewSiteProblem(problem) from None


def _yaml(text: str) -> str:
    """Text as a single-quoted YAML value: safe whatever punctuation a name has."""
    return "'" + text.replace("'", "''") + "'"


def run_new(destination: Path, council: str, site_url: str | None, site_name: str | None) -> int:
    try:
        new_site(destination, council, site_url, site_name)
    except NewSiteProblem as problem:
        print(f"No new site was made: {problem}.", file=sys.stderr)
        return 1
    print(f"A new site for {council} is in {destination}. Next: cd {destination}, then 'make site' to build it "
          "and 'make serve' to see it; EDITING.md starts with what to do first.")
    return 0
