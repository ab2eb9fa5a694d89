"""A generated page: MkDocs front matter followed by one raw HTML block."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from .markup import join


@dataclass
class Page:
    url: str
    title: str
    body: list[str]
    description: str | None = None
    hide: tuple[str, ...] = ("navigation", "toc")
    meta: dict[str, str] = field(default_factory=dict)

    def markdown(self) -> str:
        # The theme writes the title and description into the page unescaped (in <title>, the header and a
        # <meta> attribute), so they go in already escaped for HTML; theme/main.html must not unescape them.
        front = [f"title: {yaml_text(html.escape(self.title))}"]
        if self.description:
            front.append(f"description: {yaml_text(html.escape(self.description))}")
        if self.hide:
            front.append("hide:")
            front += [f"  - {item}" for item in self.hide]
        front += [f"{key}: {yaml_text(value)}" for key, value in sorted(self.meta.items())]
        return "---\n" + "\n".join(front) + "\n---\n\n" + BODY_START + join(self.body) + "\n</div>\n"


# Every generated page's body is this one block of HTML.
BODY_START = '<div class="fh-page">\n'


def is_generated_body(markdown: str) -> bool:
    """Whether a page's Markdown (after its front matter) is a generated page's finished HTML."""
    return markdown.startswith(BODY_START) and markdown.rstrip().endswith("</div>")


def yaml_text(value: str) -> str:
    """``value`` as a YAML double-quoted string of ASCII characters, which MkDocs reads back exactly.

    Anything outside printable ASCII is written as a YAML escape, astral characters (emoji) whole as
    ``\\UXXXXXXXX``. JSON's escapes would write an emoji as two surrogate halves, which YAML reads as
    two broken characters: MkDocs then drops the page's front matter without a word.
    """
    return '"' + "".join(_yaml_character(c) for c in value) + '"'


def _yaml_character(char: str) -> str:
    if char in '"\\':
        return "\\" + char
    code = ord(char)
    if 0x20 <= code < 0x7F:
        return char
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
