"""Words joined into English phrases: ``a, b and c``."""

from __future__ import annotations

from collections.abc import Sequence


def list_words(words: Sequence[str], conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (or ``a, b or c``)."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def labels_in_a_sentence(labels: Sequence[str], conjunction: str = "and") -> str:
    """The site's own labels (never editors' text, which may start with a name) joined as one phrase with a
    capital only at its start: ``Book a place or refer yourself``, ``Newborn and under 1``."""
    return list_words([*labels[:1], *(label[:1].lower() + label[1:] for label in labels[1:])], conjunction)


def postal_address(name: str, lines: Sequence[str]) -> str:
    """Where to write to ``name``, on one line: its name, then the address ``lines``, the name only once when
    the address already starts with it (as a council's own address usually does)."""
    if lines and lines[0].strip().casefold() == name.strip().casefold():
        lines = lines[1:]
    return ", ".join([name, *lines])


def file_size(size: int) -> str:
    """A file's size in bytes as a person reads it: ``812 KB``, ``1.2 MB``."""
    if size < 999_500:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB"
