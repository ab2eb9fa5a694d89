"""Address parts and link targets made from names: one way of turning a name into a slug.

A slug is lower-case ASCII letters and digits joined by single dashes; apostrophes vanish ("St Mary's" is
``st-marys``), every other run of characters becomes one dash. Slugs are part of addresses and links that
families bookmark, so the rule must not change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

K = TypeVar("K")

_APOSTROPHES = str.maketrans("", "", "'\u2019")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str, empty: str = "") -> str:
    """``name`` as a slug; ``empty`` when nothing of it is left (a name written only in another script)."""
    return _NOT_SLUG.sub("-", name.lower().translate(_APOSTROPHES)).strip("-") or empty


def ward_slug(ward: str) -> str:
    """The address part for a ward or area: "St Mary's & Oakfield" is ``st-marys-oakfield``."""
    return slug(ward, "ward")


def distinct_slugs(keys: list[K], name_of: Callable[[K], str]) -> dict[K, str]:
    """An address part for each key (a ward), never two the same, from ``name_of(key)``.

    Two names can make the same slug ("St Mary's" and "St Marys"). They must not share a page (one
    would silently replace the other), so the first key in the given order keeps the plain slug and
    the next get "-2", "-3" and so on, skipping any slug that another key has by its own name. The
    result depends only on the names and their order, so addresses stay the same from build to build.
    """
    plain = {key: ward_slug(name_of(key)) for key in keys}
    owner: dict[str, K] = {}
    for key in keys:
        owner.setdefault(plain[key], key)
    taken = set(owner)
    slugs = {}
    for key in keys:
        made = plain[key]
        if owner[made] != key:
            number = 2
            while f"{made}-{number}" in taken:
                number += 1
            made = f"{made}-{number}"
            taken.add(made)
        slugs[key] = made
    return slugs


def area_anchors(areas: Iterable[str]) -> dict[str, str]:
    """An id for each area's heading (``area-north``), never two the same."""
    names = list(dict.fromkeys(areas))
    return {area: "area-" + made for area, made in distinct_slugs(names, lambda name: name).items()}


def term_anchor(term: str) -> str:
    """A glossary term's link target; "+" is spelt out so "Universal+" differs from "Universal"."""
    return "term-" + _NOT_SLUG.sub("-", term.lower().replace("+", " plus")).strip("-")
