"""The plugin hands MkDocs each generated page's HTML as it is, instead of through Python-Markdown
(generator/plugin.py): that shortcut may only be taken for HTML Python-Markdown would hand back unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from generator.build import generate
from generator.page import is_generated_body
from generator.render.problems_page import problems_page

from .conftest import EXAMPLE_TODAY, SPLIT_LIMITS


def _markdown_of(root: Path) -> markdown.Markdown:
    """Python-Markdown as MkDocs sets it up for the project's pages."""
    config = load_config(str(root / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def _assert_markdown_would_not_change(pages: dict[str, str], md: markdown.Markdown) -> None:
    for path, text in pages.items():
        body, _ = get_data(text)
        assert is_generated_body(body), path
        assert md.reset().convert(body) == body.strip("\n"), f"Python-Markdown would change {path}"


def test_every_generated_page_is_html_markdown_leaves_alone(example_root: Path, tmp_path: Path) -> None:
    """Every page of the example (in each of its languages, its one-page lists split by ward as a county's
    are) and the problems page the preview shows."""
    md = _markdown_of(example_root)
    for root in (example_root, _split(example_root, tmp_path)):
        generated = generate(root, EXAMPLE_TODAY)
        pages = {path: text for path, text in generated.files.items() if path.endswith(".md")}
        assert any(path.startswith("ro/") for path in pages)
        _assert_markdown_would_not_change(pages, md)
    _assert_markdown_would_not_change({"problems": problems_page([])}, md)


def test_editors_markdown_is_not_taken_for_a_generated_page() -> None:
    assert not is_generated_body("# Our hubs\n\n<div class=\"fh-page\">\n</div>\n")
    assert not is_generated_body('<div class="fh-page">\n<p>Open</p>\n</div>\n\nMore *words*\n')


def _split(example_root: Path, tmp_path: Path) -> Path:
    root = tmp_path / "split"
    shutil.copytree(example_root, root)
    with (root / "content" / "site.yml").open("a", encoding="utf-8") as settings:
        settings.write(SPLIT_LIMITS)
    return root
