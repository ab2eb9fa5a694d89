"""Writing YAML by hand, so the bytes are stable and read like an editor's file.

PyYAML's dumper would reflow long lines and quote differently between
versions; the samples must be byte-identical from run to run.
"""

from __future__ import annotations

import re

# Plain scalars that YAML would read as something other than text, or that
# the project's own reader treats specially, are quoted.
_NEEDS_QUOTES = re.compile(r"(^[-?:,\[\]{}#&*!|>'\"%@`\d])|(: )|( #)|(^(yes|no|true|false|null|on|off)$)", re.I)


def scalar(value: object) -> str:
    """One value as YAML text: numbers and dates as written, text quoted when it has to be."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if isinstance(value, (int, float)) or _is_date_or_time(text):
        return text
    if _NEEDS_QUOTES.search(text) or text != text.strip():
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def _is_date_or_time(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}|\d{2}:\d{2} to \d{2}:\d{2}", text))


def flow_list(items: list) -> str:
    return "[" + ", ".join(scalar(item) for item in items) + "]"


def block_text(text: str, indent: int) -> str:
    """A literal block (``|``) for Markdown descriptions, indented under its key."""
    pad = " " * indent
    lines = [pad + line if line else "" for line in text.rstrip("\n").split("\n")]
    return "|\n" + "\n".join(lines)
