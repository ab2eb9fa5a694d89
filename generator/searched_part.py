"""The part of a page that Material's search plugin reads.

The search index is made of a page's sections, each starting at a heading with an ``id``. A section whose
heading carries ``data-search-exclude`` (``not_searched`` in the templates: the timetables, next dates and
calendar links) is left out of the index, but the plugin still parses every tag in it, one by one in Python,
and those sections are most of a What's on, childcare or service page: they were most of the search plugin's
time, which was the largest share of a county build.

``searched_part`` hands the plugin each such section emptied: its heading start and end tags, and the start
tags of elements opened in it that are still open where it ends, so every later heading sits exactly as deep
as before and the plugin attributes every word outside those sections to the same section as it does on the
whole page. The index comes out the same (tests/test_searched_part.py compares them on every page of the
test sites, in each language); the page a family gets is the whole one.
"""

from __future__ import annotations

import re

# A heading that starts a section the index leaves out: h1 to h6 with an id and data-search-exclude.
_LEFT_OUT_HEADING = re.compile(r"<h[1-6](?=[^>]*\sid\s*=)(?=[^>]*\sdata-search-exclude[\s>=/])[^>]*>", re.IGNORECASE)
# A comment, a script or style with its contents (which may hold "<"), or a tag.
_TOKEN = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>",
                    re.DOTALL | re.IGNORECASE)
_HEADING = re.compile(r"h[1-6]\Z")
_HAS_ID = re.compile(r"\sid\s*=")
# Elements with no end tag, as Python's HTML parser (and so the search plugin) knows them.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})


def searched_part(html: str) -> str:
    """``html`` with each section the search index leaves out emptied (see the module's note)."""
    kept: list[str] = []
    position = 0
    while heading := _LEFT_OUT_HEADING.search(html, position):
        kept.append(html[position:heading.start()])
        position, stand_in = _left_out_section(html, heading.start())
        kept.append(stand_in)
    kept.append(html[position:])
    return "".join(kept)


def _left_out_section(html: str, start: int) -> tuple[int, str]:
    """Where the section whose heading starts at ``start`` ends, and what stands in for it.

    It ends where the search plugin's next section starts (the next heading with an id) or where it goes
    back to an earlier one (the end tag of the element holding the heading).
    """
    opened: list[tuple[str, str]] = []  # elements opened in the section and not yet closed: name, start tag
    heading_name = ""
    end = len(html)
    for token in _TOKEN.finditer(html, start):
        closing, name, attributes = token.group(2), token.group(3), token.group(4)
        if name is None:  # a comment, script or style
            continue
        name = name.lower()
        if closing:
            if not opened:  # the end of the element holding the heading
                end = token.start()
                break
            if opened[-1][0] == name:  # an end tag that closes nothing open is ignored, as the plugin does
                opened.pop()
                heading_name = heading_name or (name if not opened else "")
        elif token.start() > start and _HEADING.match(name) and _HAS_ID.search(attributes):
            end = token.start()
            break
        elif name not in _VOID and not attributes.endswith("/"):
            opened.append((name, token.group(0)))
    heading_tag = html[start:html.index(">", start) + 1]
    still_open = "".join(tag for _, tag in opened)
    return end, (heading_tag + f"</{heading_name}>" + still_open if heading_name else still_open)
