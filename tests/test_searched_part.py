"""The part of each page handed to Material's search plugin (generator/searched_part.py) gives the index the
whole page would: compared with Material's own parser on every page of the test sites, in each language."""

from __future__ import annotations

import shutil
from pathlib import Path

from material.plugins.search.plugin import Parser
from mkdocs.utils.meta import get_data

from generator.build import generate
from generator.searched_part import searched_part

from .conftest import EXAMPLE_TODAY, SPLIT_LIMITS


def _entries(html: str) -> list[tuple[str | None, str, str]]:
    """What Material's search plugin indexes of ``html``: each section it keeps, as id, title and text."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(section.id, "".join(section.title), "".join(section.text))
            for section in parser.data if not section.is_excluded()]


def _assert_same_index(html: str, where: str = "") -> None:
    assert _entries(searched_part(html)) == _entries(html), where


def test_every_page_of_the_test_sites_is_indexed_the_same(example_root: Path, tmp_path: Path) -> None:
    split = shutil.copytree(example_root, tmp_path / "split")
    with (split / "content" / "site.yml").open("a", encoding="utf-8") as settings:
        settings.write(SPLIT_LIMITS)
    emptied = 0
    for root in (example_root, split):
        for path, text in generate(root, EXAMPLE_TODAY).files.items():
            if path.endswith(".md"):
                body = get_data(text)[0]
                _assert_same_index(body, path)
                emptied += len(searched_part(body)) < len(body)
    assert emptied > 50  # the timetables of What's on, each service and venue, in each language


def test_the_words_after_a_left_out_section_stay_where_the_plugin_puts_them() -> None:
    # After the element holding a left-out heading ends, the plugin goes back to the last section that is
    # not deeper: here the left-out "timetable", so "Last checked" is not indexed; with "about", it is.
    page = ('<div><h1>Rhymes</h1><h2 id="about">About</h2><p>Songs</p>'
            '<h2 id="timetable" data-search-exclude>Timetable</h2><table><tr><td>Monday</td></tr></table>'
            '<section><h2 id="subscribe" data-search-exclude>Subscribe</h2><p>Feeds</p></section>'
            '<p>Last checked</p></div><p>Feedback</p>')
    _assert_same_index(page)
    assert "Monday" not in searched_part(page) and "Feeds" not in searched_part(page)
    assert "Last checked" in searched_part(page)


def test_elements_still_open_where_a_left_out_section_ends_are_kept() -> None:
    page = ('<div><h2 id="week" data-search-exclude>This week</h2><p>Monday</p><div class="more"><p>Tuesday</p>'
            '<h3 id="notes">Notes</h3><p>Bring a towel</p></div><p>Ask us</p></div><p>After</p>')
    _assert_same_index(page)
    assert searched_part(page).startswith('<div><h2 id="week" data-search-exclude></h2><div class="more"><h3')


def test_scripts_comments_and_stray_end_tags_inside_do_not_end_a_section_early() -> None:
    page = ('<div><h2 id="a" data-search-exclude>A</h2><!-- <h2 id="no"> --><script>var s = "</p><h3 id=x>";'
            '</script><p>One</span> two<br/><img src="x.png" alt=""></p><input></div><p>Outside</p>')
    _assert_same_index(page)
    assert searched_part(page) == '<div><h2 id="a" data-search-exclude></h2></div><p>Outside</p>'


def test_a_page_without_left_out_sections_is_handed_over_as_it_is() -> None:
    page = '<div><h1>Hubs</h1><h2 id="open" class="x">Open</h2><p data-search-exclude>Not this</p></div>'
    assert searched_part(page) == page
