"""Values that were accepted but meant something else, or links written twice over."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.check import check_content

from ..conftest import EXAMPLE_EPOCH, EXAMPLE_TODAY, example_project

SETTING = "content/childcare/riverside-preschool.yml"


def _edit(project: Path, relative: str, old: str, new: str) -> None:
    file = project / relative
    text = file.read_text()
    assert old in text, (relative, old)
    file.write_text(text.replace(old, new, 1))


def test_feedback_as_a_mailto_address_is_linked_once(tmp_path: Path, monkeypatch) -> None:
    project = example_project(tmp_path / "project")
    settings = project / "content" / "site.yml"
    text = settings.read_text()
    feedback = next(line for line in text.splitlines() if line.startswith("feedback:"))
    settings.write_text(text.replace(feedback, "feedback: mailto:feedback@example.gov.uk"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EXAMPLE_EPOCH)
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    page = (tmp_path / "site" / "services" / "index.html").read_text()
    assert 'href="mailto:feedback@example.gov.uk?subject=Feedback%20about%20the%20page%20' in page
    assert "mailto:mailto:" not in page


def test_a_decimal_comma_in_a_price_is_refused_and_pounds_are_read_as_pounds(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _edit(project, SETTING, "per_hour: 6.20", "per_hour: 6,20")
    site, problems = check_content(project, EXAMPLE_TODAY)
    assert site is None
    assert [p.message for p in problems if not p.warning] == [
        "'per_hour' in item 1 of 'fees' has '6,20'; write the pence after a full stop, like 6.50 (a comma here "
        "would read as thousands)"]
    _edit(project, SETTING, "per_hour: 6,20", "per_hour: £6")
    site, _ = check_content(project, EXAMPLE_TODAY)
    assert site is not None and site.childcare["riverside-preschool"].fees[0].per_hour == 600


def test_bus_numbers_are_kept_as_written_without_quotes(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    _edit(project, "content/venues/northgate-family-hub.yml", 'bus_routes: ["12", "14", "X5"]',
          "bus_routes: [12, 014, X5, 1e3]")
    site, problems = check_content(project, EXAMPLE_TODAY)
    assert site is not None, problems
    assert site.venues["northgate-family-hub"].facilities.bus_routes == ["12", "014", "X5", "1e3"]
