"""The open data files' JSON, written one way for all of them.

Stable key order and a final newline, so equal input gives equal bytes. ``<``, ``>`` and ``&`` are written
as JSON escapes (``\\u003c``): the data reads back the same, and a reuser who puts a file inside an HTML
page (in a ``<script>`` element, say) cannot have an editor's text end that element or start another.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# Outside strings JSON never holds these characters, so replacing them everywhere escapes them in strings.
# Three replace() calls, not one translate(): a mapping table makes translate() look up every character
# in Python, and the county's open data is megabytes.
_MARKUP = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


def data_json(payload: Any, *, compact: bool = False, default: Callable[[Any], Any] | None = None) -> str:
    """``payload`` as JSON text: indented by two, or ``compact`` (for files of megabytes)."""
    if compact:
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=default)
    else:
        text = json.dumps(payload, indent=2, ensure_ascii=False, default=default)
    for character, escaped in _MARKUP:
        text = text.replace(character, escaped)
    return text + "\n"
