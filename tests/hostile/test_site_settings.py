"""The site settings cannot put markup on every page: the check refuses it, and the theme escapes it anyway."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import Markup
from mkdocs.commands.build import build
from mkdocs.config import load_config

import generator.plugin
from generator.check import check_content
from generator.site import Site
from generator.theme_settings import theme_settings
from site_checks.pages import html_pages

from ..conftest import EXAMPLE_EPOCH, EXAMPLE_TODAY, example_project

# The reported payloads, each in the field it was found in.
PAYLOADS = {
    "council_name": "Example Borough Council <img src=x onerror=alert(1)>",
    "site_name": "Family Hubs <style>body{display:none}</style>",
    "main_website": 'https://www.example.gov.uk/"><svg/onload=alert(2)>',
    "feedback": '"><svg/onload=alert(4)>@x.example',
}
CONTACT_PAYLOADS = {
    "email": '"><svg/onload=alert(3)>@x.example',
    "phone": '0300 123 4567 <script>alert(5)</script>',
    "website": 'javascript:alert(6)//https://x.example/',
}


def _set(text: str, field: str, value: str, indent: str = "") -> str:
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{indent}{field}:"))
    quoted = "'" + value.replace("'", "''") + "'"
    lines[index] = f"{indent}{field}: {quoted}"
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("field", sorted(PAYLOADS) + [f"contact.{f}" for f in sorted(CONTACT_PAYLOADS)])
def test_the_check_refuses_markup_in_each_setting(field: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    settings = project / "content" / "site.yml"
    text = settings.read_text()
    if field.startswith("contact."):
        name = field.removeprefix("contact.")
        if f"  {name}:" not in text:
            text = text.replace("contact:\n", f"contact:\n  {name}: x\n", 1)
        text = _set(text, name, CONTACT_PAYLOADS[name], indent="  ")
    else:
        text = _set(text, field, PAYLOADS[field])
    settings.write_text(text)
    site, problems = check_content(project, EXAMPLE_TODAY)
    assert site is None
    messages = [p for p in problems if not p.warning]
    assert len(messages) == 1, messages
    assert messages[0].path == "content/site.yml"
    assert field.rsplit(".", 1)[-1] in messages[0].message


THEME_CONTACT = {key: CONTACT_PAYLOADS[key] for key in ("email", "phone")}


def _with_hostile_settings(site: Site) -> Site:
    """The site with every setting the theme prints replaced by a payload, as if the check had missed them."""
    contact = site.settings.contact.model_copy(update=THEME_CONTACT)
    site.settings = site.settings.model_copy(update={**PAYLOADS, "contact": contact})
    return site


def test_theme_settings_are_escaped_whatever_they_hold() -> None:
    class Settings:
        council_name, site_name, main_website, feedback = (PAYLOADS[k] for k in
                                                           ("council_name", "site_name", "main_website", "feedback"))
        example_data = True
        brand_colour = "#3b2a6b"
        contact = type("Contact", (), {**CONTACT_PAYLOADS, "address": ["1 <b>High</b> St", '"><svg onload=x>']})

    fake_site = type("FakeSite", (), {"settings": Settings, "pages": []})()
    values = theme_settings(fake_site)  # type: ignore[arg-type]
    for key, value in values.items():
        assert isinstance(value, (Markup, bool)), key
        if isinstance(value, Markup):
            assert "<" not in value and '"' not in value, (key, value)


def test_every_page_escapes_settings_the_check_would_refuse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Escaping does not depend on the check: with hostile settings slipped past it, no page holds markup."""
    real = generator.plugin.theme_settings
    monkeypatch.setattr(generator.plugin, "theme_settings", lambda site: real(_with_hostile_settings(site)))
    # The theme's words in each language are filled with the council's name and address too.
    real_words = generator.plugin.theme_language_settings
    monkeypatch.setattr(generator.plugin, "theme_language_settings", lambda settings: real_words(
        settings.model_copy(update={**PAYLOADS, "contact": settings.contact.model_copy(update=THEME_CONTACT)})))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EXAMPLE_EPOCH)
    project = example_project(tmp_path / "project")
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site")))
    pages = html_pages(tmp_path / "site")
    assert len(pages) > 50 and (tmp_path / "site" / "404.html") in pages
    for page in pages:
        html = page.read_text()
        for payload in [*PAYLOADS.values(), *THEME_CONTACT.values()]:
            assert payload not in html, (page, payload)
        for raw in ("<img src=x", "<svg/onload", "<style>body", "<script>alert", 'href="javascript:'):
            assert raw not in html, (page, raw)
    footer = (tmp_path / "site" / "index.html").read_text()
    assert "Example Borough Council &lt;img src=x onerror=alert(1)&gt;" in footer
