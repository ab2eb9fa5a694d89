"""`python -m generator new`: a new council's project that passes the check and builds as it is, and once
filled from its templates (3 venues, 5 services, 10 sessions) carries only the council's name and address."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.build import check_everything
from generator.cli import main
from generator.new_site import NewSiteProblem, new_site
from site_checks.pages import html_pages

from .conftest import EXAMPLE_EPOCH, EXAMPLE_TODAY, REPO

COUNCIL = "Northshire Council"
ADDRESS = "https://northshire.github.io/family-hubs/"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("new") / "northshire"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EXAMPLE_EPOCH)  # the templates' dates are the day the project is made
        assert main(["new", str(folder), "--council", COUNCIL, "--site-url", ADDRESS]) == 0
    return folder


def _build(project: Path, site: Path) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EXAMPLE_EPOCH)
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
    return site


def _nothing_of_the_example(site: Path) -> None:
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        text = file.read_bytes().decode("utf-8", "replace")
        assert "Example" not in text and "example.gov.uk" not in text, file


def test_a_new_project_passes_the_check_as_it_is(project: Path) -> None:
    site, problems = check_everything(project, EXAMPLE_TODAY)
    assert site is not None, [str(p) for p in problems]
    assert {p.path for p in problems} == {"content/accessibility.yml", "content/pages/privacy.md", "content/site.yml"}
    assert all(p.warning for p in problems)
    assert site.settings.council_name == COUNCIL and site.settings.site_name == "Northshire Family Hubs"
    assert not site.settings.example_data
    for tool_file in ("mkdocs.yml", "Makefile", "pyproject.toml", "EDITING.md", "GENERATOR.md",
                      ".github/workflows/check.yml", ".github/workflows/publish.yml", ".vscode/settings.json",
                      "schemas/site.schema.json", "theme/main.html", ".ci/run"):
        assert (project / tool_file).is_file(), tool_file
    assert not (project / "site").exists() and not (project / ".venv").exists()


def test_the_new_project_has_the_whole_tool(project: Path) -> None:
    """Every file of the tool this repository tracks, at any depth (generator/timetable/, tests/example/content/
    and theme/README.md too), and none of this project's own content, timetable or README."""
    import subprocess

    tracked = subprocess.run(["git", "-C", str(REPO), "ls-files"], capture_output=True, text=True, check=True)
    files = [name for name in tracked.stdout.splitlines()
             if name.split("/")[0] not in ("content", "timetable", "README.md") and (REPO / name).is_file()]
    assert len(files) > 300 and any(name.startswith("generator/timetable/") for name in files)
    assert [name for name in files if not (project / name).is_file()] == []
    assert not (project / "content" / "services").exists() or not any((project / "content" / "services").glob("*.yml"))
    assert "Example" not in (project / "README.md").read_text()


def test_drafts_are_not_published_to_families(project: Path, tmp_path: Path) -> None:
    """Previews and pull requests build with the drafts; the check before publishing refuses them."""
    site, problems = check_everything(project, EXAMPLE_TODAY, publishing=True)
    assert site is None
    errors = {p.path: p.message for p in problems if not p.warning}
    assert set(errors) == {"content/accessibility.yml", "content/pages/privacy.md"}
    assert all("still a draft" in message and "remove 'draft: yes'" in message for message in errors.values())
    finished = tmp_path / "finished"
    shutil.copytree(project, finished)
    (finished / "content" / "pages" / "privacy.md").unlink()
    site, problems = check_everything(finished, EXAMPLE_TODAY, publishing=True)
    assert {p.path for p in problems if not p.warning} == {"content/accessibility.yml", "content/pages/privacy.md"}
    assert "there is no privacy notice" in next(p.message for p in problems if p.path.endswith("privacy.md"))


def test_the_example_borough_may_publish_its_statements(tmp_path: Path) -> None:
    """Example data is not a council's own site: its check before publishing passes."""
    from .conftest import example_project

    example = example_project(tmp_path / "example")
    site, problems = check_everything(example, EXAMPLE_TODAY, publishing=True)
    assert site is not None, [str(p) for p in problems if not p.warning]


def test_a_new_project_builds_with_nothing_of_the_example(project: Path, tmp_path: Path) -> None:
    site = _build(project, tmp_path / "site")
    _nothing_of_the_example(site)
    home = (site / "index.html").read_text()
    assert "<title>Northshire Family Hubs</title>" in home
    assert "Northshire Family Hubs is run by Northshire Council." in home
    statement = (site / "accessibility" / "index.html").read_text()
    assert "This page is being prepared." in statement and "last tested" not in statement


def fill(project: Path) -> None:
    """Three venues, five services and ten sessions, written from the project's own templates."""
    templates = project / "templates"
    venue = yaml.safe_load((templates / "venue.yml").read_text())
    service = yaml.safe_load((templates / "service.yml").read_text())
    venues = [f"hub-{n}" for n in (1, 2, 3)]
    for n, venue_id in enumerate(venues, 1):
        record = {**venue, "id": venue_id, "name": f"Northshire Hub {n}", "last_reviewed": "2026-11-20"}
        (project / "content" / "venues" / f"{venue_id}.yml").write_text(yaml.safe_dump(record))
    for n in range(1, 6):
        record = {**service, "id": f"service-{n}", "name": f"Group {n}", "venues": venues,
                  "last_reviewed": "2026-11-20"}
        (project / "content" / "services" / f"service-{n}.yml").write_text(yaml.safe_dump(record))
    sessions = []
    for n in range(10):
        sessions.append({"id": f"session-{n}", "service": f"service-{n % 5 + 1}", "venue": venues[n % 3],
                         "day": ["monday", "tuesday", "wednesday", "thursday", "friday"][n % 5],
                         "starts": "10:00", "ends": "11:00", "booking": "drop-in"})
    (project / "timetable" / "sessions" / "northshire.yml").write_text(
        yaml.safe_dump({"last_changed": "2026-11-20", "sessions": sessions}))


def test_filled_from_its_templates_it_is_all_the_councils(project: Path, tmp_path: Path) -> None:
    filled = tmp_path / "filled"
    shutil.copytree(project, filled)
    fill(filled)
    site, problems = check_everything(filled, EXAMPLE_TODAY)
    assert site is not None, [str(p) for p in problems if not p.warning]
    assert (len(site.venues), len(site.services), len(site.timetable.sessions)) == (3, 5, 10)
    built = _build(filled, tmp_path / "site")
    _nothing_of_the_example(built)
    feed = (built / "calendars" / "all.ics").read_bytes().decode().replace("\r\n ", "")  # unfolded
    assert "UID:session-0@northshire.github.io\r\n" in feed
    assert f"SOURCE;VALUE=URI:{ADDRESS}calendars/all.ics" in feed and "PRODID:-//Northshire Council//" in feed
    services = json.loads((built / "data" / "services.json").read_text())
    assert services["council"] == COUNCIL and all(s["url"].startswith(ADDRESS) for s in services["services"])
    assert all(re.search(r"<title>[^<]*Northshire Family Hubs</title>", p.read_text())
               for p in html_pages(built))


@pytest.mark.parametrize("template, folder", [("venue.yml", "content/venues"), ("service.yml", "content/services"),
                                              ("sessions.yml", "timetable/sessions"),
                                              ("childcare-setting.yml", "content/childcare")])
def test_each_template_passes_the_check_once_copied(template: str, folder: str, project: Path,
                                                    tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    for needed, into in [("venue.yml", "content/venues"), ("service.yml", "content/services")]:
        shutil.copyfile(copy / "templates" / needed, copy / into / needed)
    shutil.copyfile(copy / "templates" / template, copy / folder / template)
    terms = copy / "timetable" / "term-dates.yml"  # the sessions template has a term-time session
    terms.write_text(terms.read_text().replace("terms: []\n#  - name", "terms:\n  - name")
                     .replace("#    starts: 2027-01-05", "    starts: 2027-01-05")
                     .replace("#    ends: 2027-03-26", "    ends: 2027-03-26"))
    site, problems = check_everything(copy, EXAMPLE_TODAY)
    assert site is not None, [str(p) for p in problems if not p.warning]


@pytest.mark.parametrize("council, site_url, words", [
    ("Northshire <b>Council</b>", None, "the council's name cannot hold"),
    (COUNCIL, "http://northshire.example/", "is not a web address starting with https://"),
])
def test_new_refuses_what_the_check_would(council: str, site_url: str | None, words: str, tmp_path: Path) -> None:
    with pytest.raises(NewSiteProblem, match=words):
        new_site(tmp_path / "site", council, site_url)


def test_new_never_writes_over_a_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "in-use").mkdir()
    (tmp_path / "in-use" / "notes.txt").write_text("mine")
    with pytest.raises(NewSiteProblem, match="already exists"):
        new_site(tmp_path / "in-use", COUNCIL)
    assert (tmp_path / "in-use" / "notes.txt").read_text() == "mine"
