"""Words on the built pages read as a person would write them: lists with one capital, a range of one day said
once, times written one way (GOV.UK's "9:30am" and "5pm", opening hours included) and a service's description
before its dates."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.build import build_site
from generator.languages import available

from ..conftest import EXAMPLE_TODAY, example_project


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | bytes]:
    return build_site(example_project(tmp_path_factory.mktemp("wording") / "project"), EXAMPLE_TODAY)


def _pages(files: dict) -> dict[str, str]:
    """The English pages: a page in another language writes as that language does (tests/languages/)."""
    return {path: text for path, text in files.items()
            if path.endswith(".md") and path.split("/")[0] not in available()}


def test_ways_in_are_one_sentence_with_one_capital(files: dict) -> None:
    # ways: [book, self-refer]
    assert "<dt>How to get it</dt><dd>Book a place or refer yourself. " in (
        files["services/parenting-group-course/index.md"])
    # ways: [drop-in, book]
    assert "<dt>How to get it</dt><dd>Just drop in or book a place. " in (
        files["services/bottle-feeding-advice/index.md"])
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


def test_opening_hours_are_written_like_session_times(files: dict) -> None:
    venue = files["venues/northgate-family-hub/index.md"]
    assert '<tr><th scope="row">Monday</th><td>8:30am to 5pm</td></tr>' in venue
    assert '<tr><th scope="row">Friday</th><td>8:30am to 4:30pm</td></tr>' in venue
    assert '<tr><th scope="row">Saturday</th><td>9:30am to 12:30pm</td></tr>' in venue
    assert '<tr><th scope="row">Sunday</th><td>Closed</td></tr>' in venue
    childcare = files["childcare/index.md"]
    assert "Monday to Friday 7:30am to 6pm" in childcare
    assert "Morning (7:30am to 1pm) £42.00; Afternoon (1pm to 6pm) £39.00; full day (7:30am to 6pm) £72.00" in childcare
    for path, page in _pages(files).items():
        for table in re.findall(r'<table class="fh-table fh-hours">.*?</table>', page, re.S):
            assert not re.search(r"\d:\d\d(?![0-9]|[ap]m)", table), f"a 24-hour time in {path}"


def test_opening_hours_in_another_language_are_written_as_it_writes_them(files: dict) -> None:
    venue = files["ro/venues/northgate-family-hub/index.md"]
    assert '<tr><th scope="row">Luni</th><td>08:30–17:00</td></tr>' in venue
    assert '<tr><th scope="row">Duminică</th><td>Închis</td></tr>' in venue
    assert "Luni–vineri, 07:30–18:00" in files["ro/childcare/index.md"]


def test_data_files_keep_times_as_written(files: dict) -> None:
    venues = {v["id"]: v for v in json.loads(files["data/venues.json"])["venues"]}
    assert venues["northgate-family-hub"]["opening_hours"]["monday"] == {"opens": "08:30", "closes": "17:00"}
    assert "Morning (07:30 to 13:00) £42.00" in files["data/childcare.csv"]


def test_midday_is_midday(files: dict) -> None:
    page = files["whats-on/index.md"]
    assert '<option value="morning">Morning (before midday)</option>' in page
    assert '<option value="afternoon">Afternoon (midday to 3pm)</option>' in page
    assert "12 noon" not in "".join(_pages(files).values())


def test_a_service_says_what_it_is_before_when_and_where(files: dict) -> None:
    page = files["services/baby-massage/index.md"]
    assert page.index('<h2 id="about">About this service</h2>') < page.index('id="next-dates"')
    assert page.index('id="next-dates"') < page.index('id="timetable"') < page.index('id="subscribe"')


def test_a_range_of_one_day_says_the_day_once(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    for setting in (project / "content" / "childcare").glob("*.yml"):
        text = setting.read_text()
        setting.write_text(re.sub(r"^last_reviewed: .*$", "last_reviewed: 2026-11-23", text, flags=re.M))
    page = build_site(project, EXAMPLE_TODAY)["childcare/index.md"]
    assert ('<p class="fh-reviewed">Prices were last confirmed with the settings on '
            '<time datetime="2026-11-23">23 November 2026</time>. Each setting\'s date is in its row.</p>') in page
    assert "between" not in page.split('class="fh-reviewed"', 1)[1].split("</p>", 1)[0]


def test_a_range_of_two_days_still_says_between(files: dict) -> None:
    page = files["childcare/index.md"]
    assert re.search(r'Prices were last confirmed with the settings between <time datetime="[0-9-]+">[^<]+</time> and '
                     r'<time datetime="[0-9-]+">[^<]+</time>\.', page)
