"""Every template, rendered with hostile text in every field, makes no markup that was not meant to be there.

The frozen example with a payload in every text field it accepts (``injection.inject_everywhere``) is
built in this process, on one page and split by ward and area, with the problems page made from hostile
messages too; every template in ``generator/templates/`` must have been used by one of those builds, so a
new template cannot escape this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import FileSystemLoader

from generator import templating
from generator.build import build_site
from generator.check import load_site
from generator.context import resolve_context
from generator.hard_copy.all_documents import printed_documents
from generator.languages import ENGLISH, available
from generator.problems import Problem
from generator.render.problems_page import problems_page

from ..conftest import EXAMPLE_TODAY, SPLIT_LIMITS, example_project
from .injection import PAYLOADS, inject_everywhere, raw_markup


class _RecordingLoader(FileSystemLoader):
    """The templates' loader, noting each template it is asked for."""

    def __init__(self, used: set[str]) -> None:
        super().__init__(templating.TEMPLATES)
        self.used = used

    def get_source(self, environment, template):  # type: ignore[no-untyped-def]
        self.used.add(template)
        return super().get_source(environment, template)


@pytest.fixture
def used_templates(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    used: set[str] = set()
    for code in [ENGLISH, *available()]:  # the example's pages in its community languages too
        environment = templating.environment(code)
        monkeypatch.setattr(environment, "loader", _RecordingLoader(used))
        environment.cache.clear()  # type: ignore[union-attr]  # so each template is loaded, and noted, again
    return used


def test_every_template_escapes_hostile_text(tmp_path: Path, used_templates: set[str]) -> None:
    pages: dict[str, str] = {}
    for layout in ("one page", "split"):
        project = example_project(tmp_path / layout)
        injected = inject_everywhere(project)
        assert injected.fields > 1000
        if layout == "split":  # also with the accessibility statement a draft: its holding page
            settings = project / "content" / "site.yml"
            settings.write_text(settings.read_text() + SPLIT_LIMITS)
            statement = project / "content" / "accessibility.yml"
            statement.write_text(statement.read_text() + "draft: yes\n")
        files = build_site(project, EXAMPLE_TODAY)
        pages |= {f"{layout}: {path}": _body(text) for path, text in files.items()
                  if path.endswith(".md") and isinstance(text, str)}
        # The printed materials, as the HTML WeasyPrint draws: per area when split.
        ctx = resolve_context(load_site(project, EXAMPLE_TODAY), EXAMPLE_TODAY, "https://hubs.example/")
        for document in printed_documents(ctx):
            pages[f"{layout}: print/{document.sheets[0].file}"] = document.html()
            if document.blank:
                pages[f"{layout}: print/blank page"] = document.blank()
    messages = [Problem(f"content/venues/{payload}.yml", number, payload) for number, payload in enumerate(PAYLOADS)]
    pages["problems page"] = _body(problems_page(messages))
    pages["fault page"] = _body(problems_page([], fault=PAYLOADS[0]))

    assert {page: found for page, text in pages.items() if (found := raw_markup(text))} == {}
    assert "&lt;script&gt;alert(" in pages["one page: services/index.md"]
    # Editors' translations are text like any other, on the pages in each language.
    assert "&lt;script&gt;alert(" in pages["one page: ur/services/baby-massage/index.md"]
    for kind in ("start-for-life-booklet", "poster", "leaflet"):
        assert any("&lt;script&gt;alert(" in text for page, text in pages.items() if f"print/{kind}" in page), kind
    # The childcare table, its panel and the list of wards print settings' text (the table and panel on the
    # one page and on each ward's page, the wards under their areas on the split /childcare/).
    for page in ("one page: childcare/index.md", "split: childcare/index.md"):
        assert "&lt;script&gt;alert(" in pages[page], page
    assert any("&lt;script&gt;alert(" in text for page, text in pages.items()
               if page.startswith("split: childcare/") and page != "split: childcare/index.md")
    every = {path.relative_to(templating.TEMPLATES).as_posix() for path in templating.TEMPLATES.rglob("*.html")}
    assert sorted(every - used_templates) == [], "render these templates in this test"


def _body(page: str) -> str:
    """The HTML after a page's front matter (the theme prints the front matter, escaped: tests/hostile/
    test_site_settings.py and tests/browser/test_injection.py)."""
    return page.split("\n---\n", 1)[1]
