"""The logo's alt text and the brand colour cannot put markup or styles on every page: the check refuses them,
and the theme escapes them anyway."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import Markup
from mkdocs.commands.build import build
from mkdocs.config import load_config

import generator.plugin
from generator.check import check_content
from generator.logo import PublishedLogo
from generator.theme_settings import logo_settings
from site_checks.pages import html_pages

from ..conftest import EXAMPLE_EPOCH, EXAMPLE_TODAY, example_project

ALT = 'Council" onerror="alert(1)'
STYLE = "#000000; } body { display: none } </style><script>alert(2)</script>"
LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"><rect width="4" height="1" fill="#fff"/></svg>'


def _with_logo(project: Path, alt: str) -> None:
    (project / "content" / "logo" / "council.svg").write_text(LOGO)
    settings = project / "content" / "site.yml"
    quoted = "'" + alt.replace("'", "''") + "'"
    settings.write_text(settings.read_text() + f"logo:\n  file: council.svg\n  alt: {quoted}\n")


@pytest.mark.parametrize("alt", [ALT, "Council <img src=x>", "Council {{ config }}"])
def test_the_check_refuses_markup_in_the_logos_alt_text(tmp_path: Path, alt: str) -> None:
    project = example_project(tmp_path / "project")
    _with_logo(project, alt)
    site, problems = check_content(project, EXAMPLE_TODAY)
    errors = [str(p) for p in problems if not p.warning]
    assert site is None and len(errors) == 1
    assert "'logo: alt' has" in errors[0] and "cannot hold angle brackets, double quotation marks" in errors[0]


def test_logo_settings_are_escaped_whatever_they_hold() -> None:
    values = logo_settings(PublishedLogo('x"><script>', b"", 4, 1), ALT)
    assert all(isinstance(value, Markup) for value in values.values())
    assert values["logo_alt"] == "Council&#34; onerror=&#34;alert(1)"
    assert '"' not in values["logo"] and "<" not in values["logo"]


def test_every_page_escapes_a_logo_and_colour_the_check_would_refuse(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """With hostile values slipped past the check (and past theme_settings' own escaping), the templates'
    autoescape still prints them as text: no attribute is broken out of and no style element closed."""
    real_logo, real_theme = generator.plugin.logo_settings, generator.plugin.theme_settings
    monkeypatch.setattr(generator.plugin, "logo_settings", lambda logo, alt: {**real_logo(logo, alt), "logo_alt": ALT})
    monkeypatch.setattr(generator.plugin, "theme_settings", lambda site: {
        **real_theme(site), "brand": STYLE, "brand_soft": STYLE, "brand_light": STYLE, "brand_dark": STYLE})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EXAMPLE_EPOCH)
    project = example_project(tmp_path / "project")
    _with_logo(project, "Example Borough Council")
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    pages = html_pages(tmp_path / "site")
    assert len(pages) > 50
    for page in pages:
        html = page.read_text()
        assert ALT not in html and 'onerror="' not in html, page
        assert "</style><script>" not in html and "alert(2)</script>" not in html, page
        assert 'alt="Council&#34; onerror=&#34;alert(1)"' in html, page
    assert (tmp_path / "site" / "assets" / "images" / "council-logo.svg").read_text() == LOGO
