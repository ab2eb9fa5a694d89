"""Versions of the tools that test the site, read from the npm lock file.

The accessibility statement names the tools it was tested with; their
versions come from `package-lock.json` so the statement never goes out of
date when a tool is upgraded.
"""

from __future__ import annotations

import json
from pathlib import Path

from .loader import LoadedContent
from .messages import did_you_mean
from .problems import Problem

LOCK_FILE = "package-lock.json"


def tool_versions(root: Path) -> dict[str, str]:
    """Package name -> version for every package the lock file installs directly."""
    lock = root / LOCK_FILE
    if not lock.is_file():
        return {}
    try:
        packages = json.loads(lock.read_text(encoding="utf-8")).get("packages", {})
    except (OSError, ValueError, AttributeError):  # not the lock file npm writes: no versions to name
        return {}
    return {path.removeprefix("node_modules/"): info["version"] for path, info in packages.items()
            if path.startswith("node_modules/") and path.count("node_modules/") == 1 and "version" in info}


def tool_problems(content: LoadedContent, versions: dict[str, str]) -> list[Problem]:
    """A testing entry that names a package the project does not install is a mistake."""
    if content.accessibility is None:
        return []
    problems = []
    for i, method in enumerate(content.accessibility.record.testing):
        if method.package and method.package not in versions:
            problems.append(Problem(content.accessibility.path, content.accessibility.line("testing", i, "package"),
                                    f"there is no package '{method.package}' in {LOCK_FILE}."
                                    f"{did_you_mean(method.package, sorted(versions))}"))
    return problems
