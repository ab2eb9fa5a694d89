"""No page passes 150 KB gzipped, whatever the content: the check refuses content that would make one."""

from __future__ import annotations

import gzip
from pathlib import Path

from generator.build import check_everything
from generator.page_budget import PAGE_BUDGET_BYTES, weight

from ..conftest import EXAMPLE_TODAY, example_project

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]


def _noisy_words(length: int, seed: int = 0) -> str:
    """Text that compresses about as badly as real prose at its worst: varied words, no repeats."""
    words = (f"w{(seed * 1_000_003 + i * 7919) % 104729:x}" for i in range(length))
    return " ".join(words)[:length].strip()


def _many_sessions(count: int) -> str:
    lines = ["last_changed: 2026-11-01", "sessions:"]
    for i in range(count):
        hour = 9 + i % 7
        lines += [f"  - id: busy-{i}", "    service: stay-and-play", "    venue: northgate-family-hub",
                  f"    name: Group number {i}", f"    day: {DAYS[i % 5]}", f"    starts: {hour:02d}:00",
                  f"    ends: {hour:02d}:45", "    booking: drop-in"]
    return "\n".join(lines) + "\n"


def test_five_thousand_sessions_in_one_ward_are_refused_with_a_message(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    (project / "timetable" / "sessions" / "busy.yml").write_text(_many_sessions(5000))
    site, problems = check_everything(project, EXAMPLE_TODAY)
    assert site is None
    heavy = {p.path: p.message for p in problems if "a page may be on a phone" in p.message}
    assert sorted(heavy) == ["content/services/stay-and-play.yml", "content/venues/northgate-family-hub.yml",
                             "timetable/sessions"], problems
    assert heavy["content/venues/northgate-family-hub.yml"] == (
        "the page /venues/northgate-family-hub/ would be 4 MB long, more than the 2 MB a page may be on a phone; "
        "shorten its description, or move some sessions elsewhere")
    assert heavy["timetable/sessions"].startswith("the page /whats-on/northgate/ would be 11 MB long")


def test_a_ten_megabyte_description_is_refused_before_it_is_read(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    service = project / "content" / "services" / "baby-massage.yml"
    service.write_text(service.read_text() + "also_available: " + "word " * 2_000_000 + "\n")
    site, problems = check_everything(project, EXAMPLE_TODAY)
    assert site is None
    assert [str(p) for p in problems if not p.warning] == [
        "content/services/baby-massage.yml:1: this file is over 2 MB; a content file should be a few kilobytes, "
        "so split it or remove what does not belong"]


def test_the_longest_description_allowed_still_makes_a_light_page(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    service = project / "content" / "services" / "baby-massage.yml"
    lines = service.read_text().splitlines()
    start = lines.index("description: |")
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" "))
    lines[start:end] = ["description: " + _noisy_words(20_000)]
    service.write_text("\n".join(lines) + "\n")
    site, problems = check_everything(project, EXAMPLE_TODAY)
    assert site is not None, [str(p) for p in problems]


def test_a_glossary_too_long_for_one_page(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    terms = "".join(f"  - term: Word {i}\n    meaning: {_noisy_words(1_900, i)}\n" for i in range(600))
    (project / "content" / "glossary.yml").write_text("terms:\n" + terms)
    site, problems = check_everything(project, EXAMPLE_TODAY)
    assert site is None
    errors = [p for p in problems if not p.warning]
    assert [(p.path, p.line) for p in errors] == [("content/glossary.yml", 0)]
    assert errors[0].message.startswith("the page /glossary/ would be ")
    assert "KB to download, more than the 150 KB a page may be on a phone; shorten the meanings" in errors[0].message


def test_weight_counts_what_travels() -> None:
    small = "<p>hello</p>"
    assert weight(small) < PAGE_BUDGET_BYTES
    noisy = _noisy_words(400_000)
    assert weight(noisy) > len(gzip.compress(noisy.encode())) > PAGE_BUDGET_BYTES
