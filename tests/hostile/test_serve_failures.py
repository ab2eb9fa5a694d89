"""`mkdocs serve` shows the problem for any failure, keeps answering, and recovers on the next save."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.plugin
from generator.plugin import FamilyHubPlugin

from ..conftest import example_project
from ..test_serve import _wait_for, serving

HOME = "See the Start for Life offer"
PLANTED_FAULT = Path(__file__).parent / "planted_fault"


def test_serve_survives_a_broken_photo_and_a_generator_fault(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    photo = project / "content" / "photos" / "northgate-family-hub.jpg"
    good = photo.read_bytes()
    with serving(project, {"PYTHONPATH": str(PLANTED_FAULT)}) as (url, server):
        _wait_for(url, HOME)
        photo.write_bytes(good[: len(good) // 2])
        page = _wait_for(url, "The content has problems to fix")
        assert "venues/</span><wbr><span class=\"fh-nowrap\">northgate-family-hub.yml" in page
        assert "damaged or cut short" in page
        photo.write_bytes(good)
        _wait_for(url, HOME)
        (project / "generator-fails").write_text("")
        # Only a save in a watched folder starts a rebuild.
        (project / "content" / "glossary.yml").write_text((project / "content" / "glossary.yml").read_text())
        page = _wait_for(url, "The site could not be made")
        assert "a fault planted by the test" in page and "This is a fault in the generator" in page
        (project / "generator-fails").unlink()
        (project / "content" / "glossary.yml").write_text((project / "content" / "glossary.yml").read_text())
        _wait_for(url, HOME)
        assert server.poll() is None, "the server must stay up"


def test_a_fault_under_serve_becomes_the_problems_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def fails(*args: object, **kwargs: object) -> None:
        raise KeyError("planted")

    monkeypatch.setattr(generator.plugin, "generate", fails)
    plugin = FamilyHubPlugin()
    plugin.serving, plugin.root = True, tmp_path
    plugin.on_pre_build(config=type("Config", (), {"site_url": None, "extra": {}})())  # type: ignore[arg-type]
    assert list(plugin.files) == ["index.md"]
    assert "KeyError: &#39;planted&#39;" in plugin.files["index.md"]


def test_after_a_good_build_every_page_shows_the_problems(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Whichever page of the last good build the editor has open shows the problems, or the fault."""
    from types import SimpleNamespace

    from generator.problems import ContentProblems, Problem

    good = {"index.md": "home", "services/baby-massage/index.md": "service", "whats-on/index.md": "what's on",
            "calendars/all.ics": b"BEGIN:VCALENDAR", "data/sessions.json": "{}"}
    no_logo = SimpleNamespace(settings=SimpleNamespace(logo=None, languages=[]))
    outcome: list[object] = [SimpleNamespace(files=good, site=no_logo)]

    def generate(*args: object, **kwargs: object) -> object:
        if isinstance(outcome[0], Exception):
            raise outcome[0]
        return outcome[0]

    monkeypatch.setattr(generator.plugin, "generate", generate)
    monkeypatch.setattr(generator.plugin, "theme_settings", lambda site: {})
    monkeypatch.setattr(generator.plugin, "theme_language_settings", lambda settings: {})
    config = type("Config", (), {"site_url": None, "extra": {}})()
    plugin = FamilyHubPlugin()
    plugin.serving, plugin.root = True, tmp_path
    plugin.on_pre_build(config=config)  # type: ignore[arg-type]
    assert plugin.files == good

    outcome[0] = ContentProblems([Problem("content/services/baby-massage.yml", 24, "a planted problem")])
    plugin.on_pre_build(config=config)  # type: ignore[arg-type]
    assert sorted(plugin.files) == ["index.md", "services/baby-massage/index.md", "whats-on/index.md"]
    assert all("a planted problem" in page for page in plugin.files.values())

    outcome[0] = KeyError("planted")
    plugin.on_pre_build(config=config)  # type: ignore[arg-type]
    assert sorted(plugin.files) == ["index.md", "services/baby-massage/index.md", "whats-on/index.md"]
    assert all("KeyError: &#39;planted&#39;" in page for page in plugin.files.values())

    outcome[0] = SimpleNamespace(files=good, site=no_logo)
    plugin.on_pre_build(config=config)  # type: ignore[arg-type]
    assert plugin.files == good
