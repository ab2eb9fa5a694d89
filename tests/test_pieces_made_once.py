"""Pieces that many pages repeat are made once (``SiteContext.once``) and are right on every page that shows
them: a piece with links is kept for each depth of page, and one whose key does not say so cannot be made."""

from __future__ import annotations

import pytest

from generator.context import SiteContext
from generator.markup import up_to_root
from generator.templating import environment

PIECES = """
{%- macro linked(name) %}<a href="{{ "venues/castle/" | link }}">{{ name }}</a>{% endmacro -%}
{%- macro plain(name) %}<b>{{ name }}</b>{% endmacro -%}
{%- if keyed_by_root %}{{ ctx.once(("linked", name, root), linked, name) }}
{%- elif linked_piece %}{{ ctx.once(("linked", name), linked, name) }}
{%- else %}{{ ctx.once(("plain", name), plain, name) }}{% endif -%}
"""


def _context() -> SiteContext:
    return SiteContext(site=None, today=None, published=None, abbreviations=None, timetable=None)  # type: ignore[arg-type]


def _render(ctx: SiteContext, here: str, **values: object) -> str:
    values = {"keyed_by_root": False, "linked_piece": False, "name": "Castle & Keep", **values}
    return environment().from_string(PIECES).render(ctx=ctx, here=here, root=up_to_root(here), **values)


def test_a_piece_with_links_is_made_once_for_each_depth_of_page_and_links_rightly_from_each() -> None:
    ctx = _context()
    first = _render(ctx, "services/baby-massage/", keyed_by_root=True)
    assert first == '<a href="../../venues/castle/">Castle &amp; Keep</a>'
    assert _render(ctx, "whats-on/riverside/", keyed_by_root=True) == first  # as deep: the same piece
    assert _render(ctx, "whats-on/", keyed_by_root=True) == '<a href="../venues/castle/">Castle &amp; Keep</a>'
    assert _render(ctx, "", keyed_by_root=True) == '<a href="venues/castle/">Castle &amp; Keep</a>'
    assert len(ctx.fragments) == 3


def test_a_piece_with_links_whose_key_does_not_end_with_the_root_cannot_be_made() -> None:
    with pytest.raises(RuntimeError, match="must end with the page's root"):
        _render(_context(), "services/baby-massage/", linked_piece=True)


def test_a_piece_without_links_is_made_once_for_every_page() -> None:
    ctx = _context()
    assert _render(ctx, "services/baby-massage/") == _render(ctx, "") == "<b>Castle &amp; Keep</b>"
    assert len(ctx.fragments) == 1 and not ctx.making
