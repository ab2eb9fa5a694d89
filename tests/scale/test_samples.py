"""The synthetic samples behind `make bench` are valid and deterministic."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.check import check_content
from generator.problems import errors_only, format_problems
from generator.sample import SCALES, write_sample

# The samples' dates are fixed in 2026; check them as of just after, so the test never goes stale.
SAMPLE_TODAY = date(2026, 11, 20)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_borough_sample_is_byte_identical_on_every_run(tmp_path: Path) -> None:
    write_sample(SCALES["borough"], tmp_path / "first")
    write_sample(SCALES["borough"], tmp_path / "second")
    first, second = _files(tmp_path / "first"), _files(tmp_path / "second")
    assert first.keys() == second.keys()
    assert [path for path in first if first[path] != second[path]] == []


@pytest.mark.parametrize("scale", ["borough", "county"])
def test_sample_passes_the_check_with_the_counts_of_its_scale(tmp_path: Path, scale: str) -> None:
    counts = write_sample(SCALES[scale], tmp_path)
    site, problems = check_content(tmp_path, SAMPLE_TODAY)
    assert errors_only(problems) == [], format_problems(errors_only(problems))
    assert problems == [], format_problems(problems)  # not even a warning
    assert site is not None and site.settings.example_data
    expected = SCALES[scale]
    assert (len(site.venues), len(site.services), len(site.childcare)) == (
        expected.venues, expected.services, expected.childcare)
    assert len(site.timetable.sessions) == expected.sessions == counts["sessions"]


def test_sample_uses_the_real_theme_and_plugin(tmp_path: Path) -> None:
    write_sample(SCALES["borough"], tmp_path)
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    theme = Path(__file__).resolve().parents[2] / "theme"
    assert f"custom_dir: {theme}" in config
    assert "  - family-hub\n" in config
