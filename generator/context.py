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

    def once(self, key: Hashable, macro: Callable[..., Markup], *args: Any) -> Markup:
        """``macro(*args)``, made the first time this build asks for ``key`` and the same markup after.

        For a template's pieces that many pages repeat: ``{{ ctx.once(("tags", session.id), tags, listed) }}``.
        The key names everything the piece depends on. A piece with a link in it is not made this way: a
        relative link depends on the page it is on.
        """
        piece = self.fragments.get(key)
        if piece is None:
            piece = self.fragments[key] = macro(*args)
        return piece


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
