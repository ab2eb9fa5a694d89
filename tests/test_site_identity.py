"""A council's name and address come from content/site.yml alone, reach every page, feed and data file, and a
site published under a sub-path (a GitHub Pages project site) has no broken link and no broken data url."""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from markupsafe import escape
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.check import check_content
from generator.languages import phrases
from generator.theme_words import RUN_BY
from site_checks.build import serve
from site_checks.links import check_links
from site_checks.pages import html_pages

from .conftest import EXAMPLE_EPOCH, EXAMPLE_TODAY, example_project

ADDRESS = "https://council.github.io/family-hubs/"
NAME = "Brighton & Hove Family Hubs"


def _as_a_council(project: Path) -> None:
    settings = project / "content" / "site.yml"
    text = settings.read_text()
    text = re.sub(r"^site_name: .*$", f"site_name: {NAME}", text, flags=re.M)
    text = re.sub(r"^site_url: .*$", f"site_url: {ADDRESS}", text, flags=re.M)
    text = re.sub(r"^council_name: .*$", "council_name: Brighton & Hove City Council", text, flags=re.M)
    settings.write_text(text)


@pytest.fixture(scope="module")
def council_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = example_project(tmp_path_factory.mktemp("council") / "project")
    _as_a_council(project)
    site = project.parent / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EXAMPLE_EPOCH)
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
    return site


@pytest.fixture(scope="module")
def served_under_sub_path(council_site: Path) -> Iterator[str]:
    """Served only under /family-hubs/, as GitHub Pages serves a project's site."""
    yield from serve(council_site, "/family-hubs/")


def test_the_name_and_address_come_from_site_yml(council_site: Path) -> None:
    header = re.compile(r'<div class="md-header__topic">\s*<span class="md-ellipsis">\s*([^<]*?)\s*</span>')
    for page in html_pages(council_site):
        html = page.read_text()
        assert "set from content/site.yml" not in html, page
        assert re.search(r"<title>[^<]*Brighton &amp; Hove Family Hubs</title>", html), page
        assert header.search(html).group(1) == "Brighton &amp; Hove Family Hubs", page
        run_by = escape(phrases(re.search(r'<html lang="([a-z]+)"', html).group(1)).gettext(RUN_BY))
        assert run_by % {"site": "Brighton & Hove Family Hubs", "council": "Brighton & Hove City Council"} in html, page
    home = (council_site / "index.html").read_text()
    assert f'<link rel="canonical" href="{ADDRESS}">' in home
    sitemap = (council_site / "sitemap.xml").read_text()
    assert all(loc.startswith(ADDRESS) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap))
    feed = (council_site / "calendars" / "all.ics").read_bytes().decode()
    assert "@council.github.io\r\n" in feed and "familyhubs.example" not in feed
    assert f"SOURCE;VALUE=URI:{ADDRESS}calendars/all.ics" in feed
    calendars = (council_site / "calendars" / "index.html").read_text()
    assert "webcal://council.github.io/family-hubs/calendars/all.ics" in calendars


def test_open_data_urls_are_full_and_every_one_resolves(council_site: Path, served_under_sub_path: str) -> None:
    urls = []
    for name, key in [("services", "services"), ("venues", "venues"), ("childcare", "settings")]:
        data = json.loads((council_site / "data" / f"{name}.json").read_text())
        assert data["licence"]["name"] == "Open Government Licence v3.0"
        assert "Brighton & Hove City Council" in data["attribution"]
        urls += [record["url"] for record in data[key]]
    sessions = json.loads((council_site / "data" / "sessions.json").read_text())["sessions"]
    urls += [s["url"] for s in sessions] + [s["calendar"] for s in sessions]
    assert urls and all(url.startswith(ADDRESS) for url in urls)
    for url in sorted(set(urls)):
        local = served_under_sub_path + url.removeprefix(ADDRESS).split("#")[0]
        with urllib.request.urlopen(local, timeout=10) as response:
            assert response.status == 200, url


def test_no_broken_link_under_the_sub_path(council_site: Path, served_under_sub_path: str, tmp_path: Path) -> None:
    passed, report = check_links(council_site, served_under_sub_path, tmp_path)
    assert passed, report
    # The 404 page loads its styles from the sub-path wherever it is shown.
    missing = urllib.request.Request(served_under_sub_path + "no/such/page/")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(missing, timeout=10)
    not_found = (council_site / "404.html").read_text()
    assert 'href="/family-hubs/assets/stylesheets/' in not_found


def test_mkdocs_yml_and_site_yml_may_not_disagree(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    mkdocs = project / "mkdocs.yml"
    mkdocs.write_text(mkdocs.read_text() + "site_url: https://somewhere.else.example/\n")
    site, problems = check_content(project, EXAMPLE_TODAY)
    assert site is None
    [problem] = [p for p in problems if not p.warning]
    assert problem.path == "content/site.yml" and "remove site_url from mkdocs.yml" in problem.message
    settings = project / "content" / "site.yml"
    settings.write_text(re.sub(r"^site_url: .*\n", "", settings.read_text(), flags=re.M))
    site, problems = check_content(project, EXAMPLE_TODAY)
    assert site is not None  # a site made before site_url existed keeps its address in mkdocs.yml
