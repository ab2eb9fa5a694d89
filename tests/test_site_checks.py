"""The site checks (site_checks/, ``make site-checks``) stay tested: they find one page of every kind in a
built site, and pass on the frozen example, one page and split by ward, run just as ``make site-checks``
runs them on a council's project."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from site_checks.pages import IN_LANGUAGES, KINDS, template_pages

from .conftest import EXAMPLE_EPOCH, REPO, SPLIT_LIMITS, example_project

SPLIT_KINDS = {"start-for-life-stage", "whats-on-ward", "childcare-ward"}


def test_one_page_of_every_kind_is_found_in_the_example(example_site: Path) -> None:
    # Of the pages that come in many, the fullest: the richest service, the busiest venue.
    assert template_pages(example_site) == {
        "home": "", "start-for-life": "start-for-life/", "services": "services/",
        "service": "services/baby-clinic/", "venues": "venues/", "venue": "venues/riverside-family-hub/",
        "whats-on": "whats-on/", "calendars": "calendars/", "childcare": "childcare/", "glossary": "glossary/",
        "you-said-we-did": "you-said-we-did/", "accessibility": "accessibility/", "open-data": "data/",
        "print": "print/", "free-page": "privacy/", "404": "404.html",
    }


def test_the_split_example_adds_a_page_per_ward_and_per_area_and_stage(split_site: Path) -> None:
    pages = template_pages(split_site)
    assert list(pages) == KINDS
    assert pages["whats-on-ward"] == "whats-on/northgate/"  # the busiest ward
    assert pages["childcare-ward"].startswith("childcare/") and pages["childcare-ward"].count("/") == 2
    assert pages["start-for-life-stage"].startswith("start-for-life/") and pages["start-for-life-stage"].count("/") == 3


def test_pages_are_found_by_what_the_site_holds_not_by_name(tmp_path: Path) -> None:
    """A council's own ids and free pages, with nothing split: the fullest of each kind, no guessing."""
    def page(address: str, size: int = 10) -> None:
        file = tmp_path / address
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("x" * size)

    for section in ("", "services/", "venues/", "whats-on/", "calendars/", "childcare/", "glossary/",
                    "accessibility/", "start-for-life/"):
        page(section + "index.html")
    page("services/zumba-for-toddlers/index.html", 50)
    page("services/aqua-babies/index.html", 20)
    page("venues/the-old-library/index.html")
    page("venues/photos/old-library.jpg", 500)
    page("data/index.html")
    page("data/services.json")
    page("search/search_index.json")
    page("contact-us/index.html")
    page("404.html")
    assert template_pages(tmp_path) == {
        "home": "", "start-for-life": "start-for-life/", "services": "services/",
        "service": "services/zumba-for-toddlers/", "venues": "venues/", "venue": "venues/the-old-library/",
        "whats-on": "whats-on/", "calendars": "calendars/", "childcare": "childcare/", "glossary": "glossary/",
        "accessibility": "accessibility/", "open-data": "data/", "free-page": "contact-us/", "404": "404.html",
    }


def run_site_checks(project: Path, workdir: Path) -> tuple[subprocess.CompletedProcess, dict[str, str]]:
    """``pytest site_checks --project PROJECT`` on the example's day, as ``make site-checks`` runs it; the
    process and each check's outcome by its name."""
    report = workdir / "report.xml"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(REPO / "site_checks"), "--project", str(project), "-p", "no:cacheprovider",
         "--basetemp", str(workdir / "tmp"), f"--junitxml={report}", "-q"],
        cwd=workdir, env={**os.environ, "SOURCE_DATE_EPOCH": EXAMPLE_EPOCH}, capture_output=True, text=True,
        timeout=1800,
    )
    outcomes = {}
    if report.is_file():
        for case in ET.parse(report).iter("testcase"):
            states = [child.tag for child in case if child.tag in ("failure", "error", "skipped")]
            outcomes[case.get("name")] = states[0] if states else "passed"
    return result, outcomes


@pytest.mark.parametrize("split", [False, True], ids=["one page", "split by ward"])
def test_the_site_checks_pass_on_the_example(tmp_path: Path, split: bool) -> None:
    project = example_project(tmp_path / "project")
    if split:
        settings = project / "content" / "site.yml"
        settings.write_text(settings.read_text(encoding="utf-8") + SPLIT_LIMITS, encoding="utf-8")
    result, outcomes = run_site_checks(project, tmp_path)
    print(result.stdout.splitlines()[-1] if result.stdout else result.stderr[-2000:])
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-4000:]
    checks = {"test_content_check_passes", "test_the_schemas_editors_use_accept_every_content_file",
              "test_strict_build", "test_no_page_loads_anything_from_another_site",
              "test_no_broken_links_or_anchors", "test_every_page_is_valid_html",
              "test_every_feed_reads_back_as_the_open_data_says"}
    assert {name: outcomes.get(name) for name in checks} == dict.fromkeys(checks, "passed")
    # Every kind of page at both widths: the split ones only when the site is split.
    for kind in KINDS:
        for width in ("phone", "desktop"):
            expected = "skipped" if kind in SPLIT_KINDS and not split else "passed"
            assert outcomes[f"test_asks_nothing_of_other_sites_and_axe_finds_nothing[{width}-{kind}]"] == expected
    # And each kind of page in each of the example's community languages (Urdu right to left among them).
    for kind in IN_LANGUAGES:
        for width in ("phone", "desktop"):
            name = f"test_pages_in_every_language_ask_nothing_of_other_sites_and_axe_finds_nothing[{width}-{kind}]"
            assert outcomes[name] == "passed"


def test_the_site_checks_pass_on_a_new_councils_site(tmp_path: Path) -> None:
    """A project made by `new`, filled with 3 venues, 5 services and 10 sessions, published under a sub-path
    (https://northshire.github.io/family-hubs/) and served under it, as GitHub Pages serves it."""
    from generator.cli import main

    from .test_new_site import ADDRESS, COUNCIL, fill

    project = tmp_path / "northshire"
    assert main(["new", str(project), "--council", COUNCIL, "--site-url", ADDRESS]) == 0
    fill(project)
    result, outcomes = run_site_checks(project, tmp_path)
    print(result.stdout.splitlines()[-1] if result.stdout else result.stderr[-2000:])
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-4000:]
    assert outcomes["test_no_broken_links_or_anchors"] == "passed"
    assert outcomes["test_asks_nothing_of_other_sites_and_axe_finds_nothing[phone-404]"] == "passed"
