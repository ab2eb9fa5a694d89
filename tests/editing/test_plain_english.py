"""Plain-English warnings in the check: unexplained abbreviations and long summaries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.check import check_content
from generator.cli import main

from ..conftest import CASES, make_project

TODAY = date(2026, 6, 15)
ABBREVIATION = ("'{}' looks like an abbreviation that is not in the glossary; write it out in full, "
                "or add it to content/glossary.yml with what it stands for")


def _project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", CASES / "invalid" / "plain-english-beside-an-error")


def _fix_venue(project: Path) -> None:
    venue = project / "content/venues/town-hub.yml"
    venue.write_text(venue.read_text().replace("kind: big-hub", "kind: main-hub"))


def test_warnings_name_file_and_line_and_do_not_stop_publishing(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _fix_venue(project)
    site, problems = check_content(project, TODAY)
    assert site is not None, "warnings alone must not stop the site"
    assert all(p.warning for p in problems)
    assert [str(p) for p in problems] == [
        "content/services/stay-and-play.yml:3: warning: the service's summary has 29 words; keep it to one "
        "sentence of 25 words or fewer, and put the rest in the description",
        "content/services/stay-and-play.yml:6: warning: " + ABBREVIATION.format("HV"),
        "content/services/stay-and-play.yml:7: warning: " + ABBREVIATION.format("EHCP"),
    ]


def test_glossary_terms_are_not_reported(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _fix_venue(project)
    glossary = project / "content/glossary.yml"
    glossary.write_text(glossary.read_text() + "  - term: HV\n    stands_for: Health visitor\n    meaning: A nurse.\n")
    _, problems = check_content(project, TODAY)
    assert not any("'HV'" in p.message for p in problems)
    assert any("'EHCP'" in p.message for p in problems)


def test_summary_word_limit_comes_from_site_settings(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _fix_venue(project)
    settings = project / "content/site.yml"
    settings.write_text(settings.read_text() + "summary_word_limit: 30\n")
    _, problems = check_content(project, TODAY)
    assert not any("summary" in p.message for p in problems)
    settings.write_text(settings.read_text().replace("summary_word_limit: 30", "summary_word_limit: 8"))
    venue = project / "content/venues/town-hub.yml"
    venue.write_text(venue.read_text().replace("kind: main-hub", "kind: main-hub\nsummary: One two three four five "
                                               "six seven eight nine."))
    _, problems = check_content(project, TODAY)
    assert "content/venues/town-hub.yml:4: warning: the venue's summary has 9 words; keep it to one sentence of " \
           "8 words or fewer, and put the rest in the description" in [str(p) for p in problems]


def test_check_command_prints_warnings_and_passes(tmp_path: Path, capsys) -> None:
    project = _project(tmp_path)
    _fix_venue(project)
    assert main(["--root", str(project), "check"]) == 0
    out = capsys.readouterr().out
    assert "stay-and-play.yml:7: warning: 'EHCP'" in out
    assert "All content is fine" in out


def test_each_abbreviation_is_reported_once_per_record(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _fix_venue(project)
    _, problems = check_content(project, TODAY)
    # 'HV' is in the description and in who_it_is_for; the first place is enough.
    assert sum("'HV'" in p.message for p in problems) == 1
