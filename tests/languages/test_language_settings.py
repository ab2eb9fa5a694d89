"""What the check says of languages in site.yml and of translations, in words an editor understands."""

from __future__ import annotations

from pathlib import Path

from generator.check import check_content

from ..conftest import EXAMPLE_TODAY, make_project


def _problems(root: Path) -> list[str]:
    return [f"{p.path}:{p.line}: {'warning: ' if p.warning else ''}{p.message}"
            for p in check_content(root, EXAMPLE_TODAY)[1] if "language" in p.message or "translat" in p.message]


def test_a_language_without_a_catalogue_is_refused_naming_the_ones_there_are(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + "languages: [ro, fr]\n", encoding="utf-8")
    line = settings.read_text(encoding="utf-8").splitlines().index("languages: [ro, fr]") + 1
    assert _problems(project) == [f"content/site.yml:{line}: there is no catalogue of the site's words in the "
                                  "language 'fr'; the languages that have one are pl, ro, ur"]


def test_a_translation_into_a_language_the_site_does_not_publish_is_a_warning(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    service = next((project / "content" / "services").glob("*.yml"))
    service.write_text(service.read_text(encoding="utf-8") + "translations:\n  pl:\n    translated: 2026-11-30\n"
                       "    by: person\n    summary: Bezpłatne zajęcia.\n", encoding="utf-8")
    line = service.read_text(encoding="utf-8").splitlines().index("  pl:") + 2  # the block's first line
    path = service.relative_to(project).as_posix()
    assert _problems(project) == [f"{path}:{line}: warning: this is a translation into 'pl', which is not one of the "
                                  "site's languages; add 'pl' to languages in content/site.yml to publish it"]
