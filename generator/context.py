"""The context phase: one resolved, read-only view of the whole site, made after the check and before any
page is rendered.

``resolve_context`` works out everything that more than one page or file reads: the site's records,
the build date, where the site is published, the glossary's abbreviations and the expanded timetable
(occurrences, feeds, wards). Renderers read only the context; nothing is added to it while they run, except
to ``fragments``: markup that many pages repeat, made once (``SiteContext.once``), a cache and not content.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from markupsafe import Markup

from .markup import Abbreviations
from .publication import Publication, publication
from .site import Site
from .timetable.view import DEFAULT_SITE_URL, TimetableView, timetable_view


@dataclass(frozen=True)
class SiteContext:
    site: Site
    today: date
    published: Publication
    abbreviations: Abbreviations
    timetable: TimetableView
    fragments: dict[Hashable, Markup] = field(default_factory=dict, repr=False, compare=False)
    making: list[Hashable] = field(default_factory=list, repr=False, compare=False)  # keys of pieces being made

    def once(self, key: Hashable, macro: Callable[..., Markup], *args: Any) -> Markup:
        """``macro(*args)``, made the first time this build asks for ``key`` and the same markup after.

        For a template's pieces that many pages repeat: ``{{ ctx.once(("tags", session.id), tags, listed) }}``.
        The key names everything the piece depends on. A link goes up to the site's root and down again
        (``markup.href``), so it is the same on every page as deep: a piece with links in it ends its key
        with the page's way up, the template's ``root``: ``ctx.once(("row", session.id, root), row, ...)``.
        The ``link`` filter refuses to make a link in a piece whose key does not (``link_allowed``).
        """
        piece = self.fragments.get(key)
        if piece is None:
            self.making.append(key)
            try:
                piece = self.fragments[key] = macro(*args)
            finally:
                self.making.pop()
        return piece

    def link_allowed(self, root: str) -> bool:
        """Whether a link from a page whose way up is ``root`` may go in what is being made now."""
        if not self.making:
            return True
        key = self.making[-1]
        return isinstance(key, tuple) and bool(key) and key[-1] == root


def resolve_context(site: Site, today: date, site_url: str | None = None) -> SiteContext:
    """The context for building ``site`` on ``today``; ``site_url`` is mkdocs.yml's, when it has one."""
    published = publication(site.settings, site_url)
    return SiteContext(
        site=site,
        today=today,
        published=published,
        abbreviations=Abbreviations(site.glossary),
        # Calendar feeds' addresses need a host even where the site's is not known (a test's build).
        timetable=timetable_view(site, today, published.address or DEFAULT_SITE_URL),
    )
