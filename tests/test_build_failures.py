"""Mistakes stop `mkdocs build` with the checker's messages, no traceback, and nothing published."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import copy_example, mkdocs_build


def _plant_three_mistakes(project: Path) -> dict[str, str]:
    """An unknown field, a duplicated key and an unclosed list, in three different files."""
    service = project / "content" / "services" / "baby-massage.yml"
    text = service.read_text().replace("cost: Free\n", "cost: Free\ncolour: blue\n", 1)
    service.write_text(text)
    venue = project / "content" / "venues" / "northgate-family-hub.yml"
    lines = venue.read_text().splitlines(keepends=True)
    monday = next(i for i, line in enumerate(lines) if line.startswith("  monday:"))
    lines.insert(monday + 1, "  monday: 10:00 to 12:00\n")
    venue.write_text("".join(lines))
    changes = project / "content" / "you-said-we-did.yml"
    text = changes.read_text()
    first_list = text.index("services: [") + len("services: [")
    close = text.index("]", first_list)
    changes.write_text(text[:close] + text[close + 1:])
    return {
        "content/services/baby-massage.yml": "'colour' is not a field a service can have",
        "content/venues/northgate-family-hub.yml": "'monday' is written twice here",
        "content/you-said-we-did.yml": "is not closed with ']'",
    }


def test_three_mistakes_in_three_files_all_reported_and_nothing_published(tmp_path: Path) -> None:
    project = copy_example(tmp_path / "project")
    site = tmp_path / "published"
    assert mkdocs_build(project, site).returncode == 0
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}

    expected = _plant_three_mistakes(project)
    check = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=project, capture_output=True, text=True)
    build = mkdocs_build(project, site)

    assert check.returncode == 1
    assert build.returncode != 0
    for output in (check.stderr, build.stderr):
        assert "Traceback" not in output
        for path, message in expected.items():
            assert any(line.startswith(path + ":") and message in line for line in output.splitlines()), (
                f"{path}: {message} not in:\n{output}")
    # The previously published site is untouched: same files, same bytes.
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_check_prints_a_one_line_summary_when_clean(tmp_path: Path) -> None:
    project = copy_example(tmp_path / "project")
    check = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=project, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().splitlines()[-1].startswith("All content is fine:")
