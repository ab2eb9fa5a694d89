"""A generated page: MkDocs front matter followed by one raw HTML block."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field

from .html import join


@dataclass
class Page:
    url: str
    title: str
    body: list[str]
    description: str | None = None
    hide: tuple[str, ...] = ("navigation", "toc")
    meta: dict[str, str] = field(default_factory=dict)

    def markdown(self) -> str:
        # JSON strings are valid YAML, so titles with colons or quotes stay safe. The theme writes the
        # title and description into the page unescaped (in <title>, the header and a <meta> attribute),
        # so they go in already escaped for HTML; theme/main.html must not unescape them again.
        front = [f"title: {json.dumps(html.escape(self.title))}"]
        if self.description:
            front.append(f"description: {json.dumps(html.escape(self.description))}")
        if self.hide:
            front.append("hide:")
            front += [f"  - {item}" for item in self.hide]
        front += [f"{key}: {json.dumps(value)}" for key, value in sorted(self.meta.items())]
        return "---\n" + "\n".join(front) + "\n---\n\n" + '<div class="fh-page">\n' + join(self.body) + "\n</div>\n"
