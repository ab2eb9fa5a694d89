"""Words on the built pages read as a person would write them: lists with one capital, a range of one day said
once, times written one way (GOV.UK's "9:30am" and "5pm", opening hours included) and a service's description
before its dates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import build_site

from ..conftest import EXAMPLE_TODAY, example_project


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | bytes]:
    return build_site(example_project(tmp_path_factory.mktemp("wording") / "project"), EXAMPLE_TODAY)


def _pages(files: dict) -> dict[str, str]:
    return {path: text for path, text in files.items() if path.endswith(".md")}


def test_ways_in_are_one_sentence_with_one_capital(files: dict) -> None:
    # ways: [book, self-refer]
    assert "<dt>How to get it</dt><dd>Book a place or refer yourself. " in files["services/parenting-group-course/index.md"]
    # ways: [drop-in, book]
    assert "<dt>How to get it</dt><dd>Just drop in or book a place. " in files["services/bottle-feeding-advice/index.md"]
    # ways: [we-contact-you, book]
    assert ("<dt>How to get it</dt><dd>We will contact you, or you can book a place. "
            in files["services/one-year-review/index.md"])
    for path, page in _pages(files).items():
        for wrong in ("and Refer yourself", "and Book a place", "and Just drop in", "and Ask a professional",
                      "and We will contact you"):
            assert wrong not in page, f"{wrong!r} in {path}"


def test_places_are_a_list_not_and_at_home(files: dict) -> None:
    page = files["services/parent-infant-relationship-support/index.md"]
    assert ('<dt>Where</dt><dd><ul class="fh-lines">'
            '<li><a href="../../venues/riverside-family-hub/">Riverside Family Hub</a></li>'
            '<li><a href="../../venues/southfield-family-hub/">Southfield Family Hub</a></li>'
            "<li>At home</li></ul></dd>") in page
    # A service with only the editor's words keeps them as they are.
    assert "<dt>Where</dt><dd>At home</dd>" in files["services/portage/index.md"]
    for path, page in _pages(files).items():
        assert not re.search(r"</a> and [A-Z]", page), f"a capital after 'and' in {path}"


def test_stages_and_themes_read_without_stray_capitals(files: dict) -> None:
    page = files["services/parent-infant-relationship-support/index.md"]
    stages = re.search(r"<dt>Ages and stages</dt><dd>([^<]*)</dd>", page).group(1)
    assert stages == "Pregnancy, newborn, under 1 and 1 to 2 years"
    themes = re.search(r"<dt>Helps with</dt><dd>(.*?)</dd>", files["services/portage/index.md"]).group(1)
    assert themes == ('<ul class="fh-lines"><li>Special educational needs and disabilities (SEND)</li>'
                      "<li>Early language and home learning</li></ul>")