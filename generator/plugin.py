"""The MkDocs adapter: runs the pure core and hands its files to MkDocs.

Kept thin on purpose: everything that knows about content lives in
``generator.build``, so the core could move to another builder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from markupsafe import escape
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .build import generate
from .build_date import build_date
from .logo import published_logo
from .page import is_generated_body
from .problems import ContentProblems, generator_fault
from .publication import with_final_slash, written_identity
from .render.problems_page import problems_page
from .search_indexes import INDEX, split_index, with_language_base
from .searched_part import searched_part
from .theme_settings import logo_settings, theme_settings
from .theme_words import theme_language_settings, theme_words

log = logging.getLogger("mkdocs.plugins.family-hub")

# Folders whose edits should reload `mkdocs serve`.
WATCHED_FOLDERS = ("content", "timetable")


class FamilyHubConfig(base.Config):
    root = c.Optional(c.Dir(exists=True))
    """The project folder holding content/ and timetable/; defaults to the folder of mkdocs.yml."""


class FamilyHubPlugin(BasePlugin[FamilyHubConfig]):
    def __init__(self) -> None:
        self.serving = False
        self.files: dict[str, str | bytes] = {}
        # The pages of the last good build. MkDocs keeps this plugin between the builds of one `mkdocs serve`
        # (it has on_startup), so while the content has problems each of these pages shows them.
        self.pages: list[str] = []
        self.languages: list[str] = []  # the site's community languages, each with its own search index
        self.bodies: dict[str, str] = {}  # generated pages' HTML by file, from on_page_markdown to on_page_content
        self.whole_pages: dict[str, str] = {}  # by file, while the search plugin reads the part it indexes

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(self.config.root or Path(config.config_file_path).parent).resolve()
        # The site's name and address come from content/site.yml. Material prints the name as it is, so it
        # goes in escaped. Under `mkdocs serve` the address stays the preview's own.
        site_name, site_url = written_identity(self.root)
        if site_name:
            config.site_name = str(escape(site_name))
        if site_url and not self.serving:
            config.site_url = with_final_slash(site_url)
        for folder in WATCHED_FOLDERS:
            if (self.root / folder).is_dir() and str(self.root / folder) not in config.watch:
                config.watch.append(str(self.root / folder))
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Runs before MkDocs empties the site folder, so bad content publishes nothing.
        try:
            # The preview does not wait for the PDFs: /print/ says they are made by a build to publish.
            generated = generate(self.root, build_date(), site_url=config.site_url, print_pdfs=not self.serving,
                                 forking=not self.serving)
            # The council's logo, checked with the content, is published beside the pages it heads.
            logo_setting = generated.site.settings.logo
            logo = published_logo(self.root, logo_setting) if logo_setting else None
        except ContentProblems as problems:
            if not self.serving:
                raise PluginError(_problem_report(problems)) from None
            # Under `mkdocs serve` show the problems in the browser instead of a stale site.
            log.error(_problem_report(problems))
            self._show_everywhere(problems_page(problems.problems))
            config.extra["family_hub"] = {"words": theme_words(None)}
            return
        except Exception as error:  # noqa: BLE001 - a fault in the generator, not in the content
            # `mkdocs serve` waits for a build that raised and never answers again, so nothing may escape
            # here; the details are in the debug log (`mkdocs build --verbose`).
            log.debug("The generator failed", exc_info=True)
            if not self.serving:
                raise PluginError(generator_fault(error)) from None
            log.error(generator_fault(error))
            self._show_everywhere(problems_page([], fault=generator_fault(error)))
            config.extra["family_hub"] = {"words": theme_words(None)}
            return
        settings = generated.site.settings
        self.languages = list(settings.languages)
        config.extra["family_hub"] = {**theme_settings(generated.site),
                                      **logo_settings(logo, logo_setting.alt if logo_setting else None),
                                      **theme_language_settings(settings)}
        self.files = {**generated.files, logo.path: logo.content} if logo else generated.files
        self.pages = [path for path in generated.files if path.endswith(".md")]

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # A generated page is one block of finished HTML (generator/page.py). MkDocs and Python-Markdown would
        # each parse it only to hand it back unchanged, which was half of a build's time per page: it is kept
        # aside and put back once Markdown is done (tests/test_pages_skip_markdown.py holds them to that).
        if page.file.src_uri in self.files and is_generated_body(markdown):
            self.bodies[page.file.src_uri] = markdown.strip("\n")  # as Python-Markdown would hand it back
            return ""
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.bodies.pop(page.file.src_uri, html)

    # The search plugin reads each page in its on_page_context; it is handed the part of the page it indexes
    # (generator/searched_part.py) and the theme then gets the whole page back.
    @event_priority(50)
    def _before_search_reads(self, context: dict, *, page: Page, config: MkDocsConfig, nav: object) -> dict:
        self.whole_pages[page.file.src_uri] = page.content or ""
        page.content = searched_part(page.content or "")
        return context

    @event_priority(-50)
    def _after_search_reads(self, context: dict, *, page: Page, config: MkDocsConfig, nav: object) -> dict:
        page.content = self.whole_pages.pop(page.file.src_uri, page.content)
        return context

    on_page_context = CombinedEvent(_before_search_reads, _after_search_reads)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        # A page in a community language searches that language's pages only (generator/search_indexes.py).
        code = page.meta.get("lang")
        return with_language_base(output, code) if code in self.languages else output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        index = Path(config.site_dir) / INDEX
        if self.languages and index.is_file():
            for path, text in split_index(index.read_text(encoding="utf-8"), self.languages).items():
                target = Path(config.site_dir) / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")

    def _show_everywhere(self, page: str) -> None:
        """Under `mkdocs serve`, ``page`` (the problems) at the home page and at every page of the last good
        build: whichever page the editor has open shows the problems when it reloads, and the same address
        shows the real page again when they are fixed."""
        self.files = dict.fromkeys(["index.md", *(path for path in self.pages if path != "index.md")], page)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        # Editors' Markdown pages in the docs folder are rendered by the core instead. The theme's source
        # maps are for people debugging the theme's scripts, not for families: they are not published.
        for file in [f for f in files if f.is_documentation_page() or f.src_uri.endswith(".map")]:
            files.remove(file)
        for path, content in self.files.items():
            files.append(File.generated(config, path, content=content))
        return files


def _problem_report(problems: ContentProblems) -> str:
    count = len(problems.problems)
    noun = "problem" if count == 1 else "problems"
    return f"The content has {count} {noun}, so nothing was published:\n{problems}"
