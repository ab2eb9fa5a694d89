"""Compiled templates kept between builds (generator/template_cache.py) save time and never change a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from generator.template_cache import template_cache


def _environment(templates: Path, options: Path, cache: Path) -> Environment:
    return Environment(loader=FileSystemLoader(templates), autoescape=True,
                       bytecode_cache=template_cache(options_from=[options], folder=cache))


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    cache.mkdir()
    (templates / "page.html").write_text("<p>{{ name }}</p>", encoding="utf-8")
    options = tmp_path / "options.py"
    options.write_text("trim_blocks = True\n", encoding="utf-8")
    return templates, options, cache


def test_a_second_build_reads_the_compiled_template_instead_of_compiling_it(
        folders: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    templates, options, cache = folders
    first = _environment(templates, options, cache).get_template("page.html").render(name="<b>")
    assert len(list(cache.iterdir())) == 1
    second_environment = _environment(templates, options, cache)
    monkeypatch.setattr(second_environment, "compile", lambda *args, **kwargs: pytest.fail("compiled again"))
    assert second_environment.get_template("page.html").render(name="<b>") == first == "<p>&lt;b&gt;</p>"


def test_a_changed_template_is_compiled_afresh(folders: tuple[Path, Path, Path]) -> None:
    templates, options, cache = folders
    _environment(templates, options, cache).get_template("page.html").render(name="x")
    (templates / "page.html").write_text("<h1>{{ name }}</h1>", encoding="utf-8")
    assert _environment(templates, options, cache).get_template("page.html").render(name="x") == "<h1>x</h1>"


def test_changed_options_keep_their_own_compiled_templates(folders: tuple[Path, Path, Path]) -> None:
    templates, options, cache = folders
    _environment(templates, options, cache).get_template("page.html")
    options.write_text("trim_blocks = False\n", encoding="utf-8")
    _environment(templates, options, cache).get_template("page.html")
    assert len(list(cache.iterdir())) == 2


def test_a_cache_folder_that_cannot_be_used_only_means_compiling_each_time(folders: tuple[Path, Path, Path]) -> None:
    templates, options, cache = folders
    cache.rmdir()
    cache.write_text("a file where the folder should be", encoding="utf-8")
    for _ in range(2):
        assert _environment(templates, options, cache).get_template("page.html").render(name="x") == "<p>x</p>"
