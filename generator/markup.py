"""Safe HTML from editors' text: escaping, sanitised Markdown, explained abbreviations.

Every piece of text from YAML reaches a page through ``esc`` or
``markdown_html``; nothing is pasted in raw.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
from collections.abc import Iterable

import markdown
import nh3

from .schema.glossary import GlossaryTerm

# Material's search index is fetched by every page when it first opens, so it must stay small on a
# county's site. Parts that repeat other pages (timetables, dated lists, service cards) or that only
# make sense in their table (prices) carry this attribute and stay out of it. On a heading with an
# ``id`` it leaves out the whole section up to the next heading with an ``id``. On any other element
# it leaves out that element, as long as no element of the same tag is nested inside it: Material's
# search parser ends the exclusion at the first closing tag of that name.
NOT_SEARCHED = " data-search-exclude"


def esc(text: object) -> str:
    """Escape text for HTML content and attribute values."""
    return html.escape(str(text), quote=True)


# What a description may contain once rendered: no scripts, styles, images or forms.
_ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "a", "strong", "em", "h3", "h4", "blockquote", "code", "abbr"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
_URL_SCHEMES = {"http", "https", "mailto", "tel"}


@functools.lru_cache(maxsize=1)
def _markdown() -> markdown.Markdown:
    """One converter, reset before each text: setting one up costs more than converting a description."""
    return markdown.Markdown(extensions=["sane_lists"], output_format="html")


def markdown_html(text: str, allow_h2: bool = False) -> str:
    """Render editor Markdown to HTML and strip anything unsafe.

    Headings written as ``#`` would compete with the page's own title, so they
    are shifted down: to ``h3`` inside a record's description, to ``h2`` on a
    free page (``allow_h2``).
    """
    rendered = _markdown().reset().convert(text)
    top = "h2" if allow_h2 else "h3"
    rendered = re.sub(r"<(/?)h1>", rf"<\1{top}>", rendered)
    if not allow_h2:
        rendered = re.sub(r"<(/?)h2>", r"<\1h3>", rendered)
    return nh3.clean(
        rendered,
        tags=_ALLOWED_TAGS | ({"h2"} if allow_h2 else set()),
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
    )


class Abbreviations:
    """Wraps known abbreviations in ``<abbr title=...>`` wherever they appear in text."""

    def __init__(self, terms: Iterable[GlossaryTerm]):
        self.expansions = {t.term: t.stands_for for t in terms if t.stands_for}
        words = sorted(self.expansions, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<![\w-])(" + "|".join(re.escape(esc(w)) for w in words) + r")(?![\w-])") if words else None
        )

    def mark(self, fragment: str) -> str:
        """Mark abbreviations in an HTML fragment, touching only text outside tags."""
        if self.pattern is None:
            return fragment
        parts = re.split(r"(<[^>]+>)", fragment)
        inside = 0  # depth inside <abbr>, <code> or <title>-like elements we must not touch
        for i, part in enumerate(parts):
            if part.startswith("<"):
                name = re.match(r"</?([a-zA-Z0-9]+)", part)
                if name and name.group(1).lower() in ("abbr", "code"):
                    inside += -1 if part.startswith("</") else 1
                continue
            if not inside and part:
                parts[i] = self.pattern.sub(self._wrap, part)
        return "".join(parts)

    def _wrap(self, match: re.Match) -> str:
        word = html.unescape(match.group(1))
        return f'<abbr title="{esc(self.expansions[word])}">{match.group(1)}</abbr>'


def href(from_url: str, to_url: str) -> str:
    """A relative link from the page ``from_url`` to ``to_url`` (URLs such as ``services/x/``): up to the
    site's root, then down, as ``../../venues/y/``.

    Relative links keep working when the site is published under a sub-path. Going by the root makes a link
    the same on every page as deep as its own, so a piece with links in it can be made once for all of them
    (``context.SiteContext.once``).
    """
    return (up_to_root(from_url) + to_url) or "./"


@functools.lru_cache(maxsize=1024)
def up_to_root(page_url: str) -> str:
    """The way up from a page to the site's root: ``../../`` from ``services/x/``, nothing from the home page."""
    folder = page_url if page_url.endswith("/") else posixpath.dirname(page_url)
    return "../" * sum(1 for part in folder.split("/") if part)


def join(parts: Iterable[str]) -> str:
    """Join HTML lines without blank lines, so Markdown keeps the block as raw HTML."""
    return "\n".join(p for p in parts if p)
