"""The example borough built with the real MkDocs and theme: pages, URLs, data files, privacy."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml
from markupsafe import escape

from generator.languages import phrases
from site_checks.pages import CSS_FROM_ANOTHER_SITE, fetched_from_other_sites, html_pages, languages

from .conftest import EXAMPLE, REPO, example_project, mkdocs_build

SECTION_PAGES = ["index.html", "start-for-life/index.html", "services/index.html", "venues/index.html",
                 "accessibility/index.html", "privacy/index.html", "glossary/index.html",
                 "you-said-we-did/index.html", "404.html"]


def _ids(folder: str) -> list[str]:
    return sorted(yaml.safe_load(p.read_text())["id"] for p in (EXAMPLE / "content" / folder).glob("*.yml"))


def test_every_section_and_record_has_its_page(example_site: Path) -> None:
    for page in SECTION_PAGES:
        assert (example_site / page).is_file(), page
    for service_id in _ids("services"):
        assert (example_site / "services" / service_id / "index.html").is_file()
    for venue_id in _ids("venues"):
        assert (example_site / "venues" / venue_id / "index.html").is_file()


def test_open_data_lists_every_record_with_a_working_url(example_site: Path) -> None:
    for kind in ("services", "venues"):
        records = json.loads((example_site / "data" / f"{kind}.json").read_text())[kind]
        assert sorted(r["id"] for r in records) == _ids(kind)
        for record in records:
            assert record["name"]
            assert record["url"].startswith("https://familyhubs.example.gov.uk/")
            path = record["url"].removeprefix("https://familyhubs.example.gov.uk/").strip("/")
            assert (example_site / path / "index.html").is_file(), record["url"]


def test_no_page_loads_anything_from_another_site(example_site: Path) -> None:
    for page in html_pages(example_site):
        assert fetched_from_other_sites(page.read_text()) == [], f"{page} loads from another origin"
    for sheet in example_site.rglob("family-hub*.css"):
        assert not CSS_FROM_ANOTHER_SITE.search(sheet.read_text())


def test_every_page_has_feedback_and_skip_links(example_site: Path) -> None:
    """In the page's language: a page in Romanian asks for feedback in Romanian."""
    for page in html_pages(example_site):
        html = page.read_text()
        words = phrases(re.search(r'<html lang="([a-z]+)"', html).group(1))
        assert 'href="#main-content"' in html, page
        link = re.escape(str(escape(words.gettext("Give feedback about this page"))))
        assert re.search(rf'<a href="[^"]+">{link}</a>', html), page
        assert 'id="main-content"' in html


def test_navigation_is_short_and_fixed(example_site: Path) -> None:
    """Services and venues are linked from index pages, never listed in the navigation."""
    html = (example_site / "services" / "index.html").read_text()
    nav = re.search(r'<nav class="md-nav md-nav--primary.*?</nav>\s*</div>', html, re.DOTALL).group(0)
    assert len(re.findall(r'class="md-nav__link', nav)) <= 10
    assert "services/baby-massage/" not in nav


def test_abbreviations_are_explained_where_they_appear(example_site: Path) -> None:
    pages = "".join(p.read_text() for p in (example_site / "services").rglob("index.html"))
    assert re.search(r'<abbr title="[^"]+">SEND</abbr>', pages)


def test_two_builds_of_the_same_content_are_identical(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    first, second = tmp_path / "one", tmp_path / "two"
    assert mkdocs_build(project, first).returncode == 0  # both on the example's day
    assert mkdocs_build(project, second).returncode == 0
    names = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_venue_photo_is_published_small_and_without_metadata(example_site: Path) -> None:
    from PIL import Image

    photo = example_site / "venues" / "photos" / "northgate-family-hub.jpg"
    original = EXAMPLE / "content" / "photos" / "northgate-family-hub.jpg"
    with Image.open(original) as source:
        assert source.getexif().get_ifd(0x8825), "the example photo carries a GPS position to strip"
    with Image.open(photo) as published:
        assert published.width == 800 and not published.getexif()
    html = (example_site / "venues" / "northgate-family-hub" / "index.html").read_text()
    assert '<img class="fh-photo" src="../../venues/photos/northgate-family-hub.jpg" alt="Drawing of Northgate' in html


def test_accessibility_statement_names_the_tool_versions_in_the_lock_file(example_site: Path) -> None:
    packages = json.loads((REPO / "package-lock.json").read_text())["packages"]
    html = (example_site / "accessibility" / "index.html").read_text()
    for name, label in (("axe-core", "axe-core"), ("lighthouse", "Lighthouse"), ("vnu-jar", "Nu HTML Checker")):
        assert f"<strong>{label} {packages['node_modules/' + name]['version']}</strong>" in html


class _HeadReader(HTMLParser):
    """The <title> text, the meta description, the header's page title and every script's text."""

    def __init__(self) -> None:
        super().__init__()
        self.title = self.description = ""
        self.topics: list[str] = []
        self.scripts: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag == "meta" and attributes.get("name") == "description":
            self.description = attributes.get("content") or ""
        if tag in ("title", "script"):
            self._in = tag
            if tag == "script":
                self.scripts.append("")
        if tag == "span" and "md-ellipsis" in (attributes.get("class") or ""):
            self._in = "topic"
            self.topics.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "script", "span"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "script":
            self.scripts[-1] += data
        elif self._in == "topic":
            self.topics[-1] += data


def test_names_and_summaries_cannot_break_out_of_the_page_head(tmp_path: Path) -> None:
    """A name or summary with quotes and angle brackets is shown as text, never run as HTML."""
    from .conftest import copy_example

    project = copy_example(tmp_path / "project")
    service = project / "content" / "services" / "baby-massage.yml"
    hostile_name = 'Baby "massage" </title><script>alert(1)</script> & more'
    hostile_summary = 'Learn "five" strokes" onmouseover="alert(2) <b>now</b>.'
    text = service.read_text(encoding="utf-8")
    text = text.replace("name: Baby massage\n", f"name: {json.dumps(hostile_name)}\n")
    text = re.sub(r"(?m)^summary: .*$", f"summary: {json.dumps(hostile_summary)}", text)
    service.write_text(text, encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    reader = _HeadReader()
    reader.feed((tmp_path / "site" / "services" / "baby-massage" / "index.html").read_text(encoding="utf-8"))
    assert reader.title.startswith(hostile_name + " - ")
    assert reader.description == hostile_summary
    assert hostile_name in [topic.strip() for topic in reader.topics]
    assert not any("alert" in script for script in reader.scripts)


STYLESHEETS = {"wo-": ("whats-on.css", ("whats-on/", "services/", "venues/", "calendars/")),
               "cc-": ("childcare.css", ("childcare/",))}


def test_each_page_links_the_stylesheets_its_parts_use_and_only_in_their_sections(
        example_site: Path, split_site: Path) -> None:
    """Every page using What's on or childcare styles links their sheet; pages elsewhere do not download them."""
    checked = 0
    for site in (example_site, split_site):
        for page in html_pages(site):
            address = page.relative_to(site).as_posix()
            # A page in a community language is in its English page's section (/ro/childcare/ is childcare).
            english = address.split("/", 1)[1] if address.split("/")[0] in languages(site) else address
            html = page.read_text(encoding="utf-8")
            classes = " ".join(re.findall(r'class="([^"]*)"', html)).split()
            linked = set(re.findall(r'href="[^"]*/(whats-on\.css|childcare\.css)"', html))
            for prefix, (sheet, sections) in STYLESHEETS.items():
                if any(name.startswith(prefix) for name in classes):
                    assert sheet in linked, f"{address} uses {prefix} classes without {sheet}"
                if not english.startswith(sections):
                    assert sheet not in linked, f"{address} downloads {sheet} it does not use"
            checked += 1
    assert checked > 150
