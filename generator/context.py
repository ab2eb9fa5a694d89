"""The context phase: one resolved, read-only view of the whole site, made after the check and before any
page is rendered.

``resolve_context`` works out everything that more than one page or file reads: the site's records,
the build date, where the site is published, the glossary's abbreviations and the expanded timetable
(occurrences, feeds, wards). Renderers read only the context; nothing is added to it while they run, except
to ``fragments``: markup that many pages repeat, made once (``SiteContext.once``), a cache and not content.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from babel.lists import format_list
from markupsafe import Markup

from .languages import ENGLISH, Language, language, phrases
from .markup import Abbreviations, href
from .publication import Publication, publication
from .sentences import labels_in_a_sentence
from .site import Site
from .timetable.view import DEFAULT_SITE_URL, TimetableView, timetable_view


@dataclass(frozen=True)
class SiteContext:
    site: Site
    today: date
    published: Publication
    abbreviations: Abbreviations
    timetable: TimetableView
    # The language of the pages being made, and which pages it has (their English addresses): links to
    # those stay in the language, links to any other page go to the English one.
    language: Language = field(default_factory=lambda: language(ENGLISH))
    pages_in_language: frozenset[str] = frozenset()
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

    def link(self, here: str, to_url: str) -> str:
        """A relative link from the page at ``here`` to ``to_url``, both as the English site has them. In
        another language the page is one folder down (``ro/services/x/``): a page the language has is
        reached the same way, any other goes up one more, to the English."""
        if self.language.code == ENGLISH or to_url.split("#")[0] in self.pages_in_language:
            return href(here, to_url)
        return "../" + href(here, to_url)

    def phrase(self, label: str) -> str:
        """A label the Python marked with ``N_``, in the pages' language."""
        return phrases(self.language.code).gettext(label)

    def labels_in_a_sentence(self, labels: Sequence[str], conjunction: Literal["and", "or"] = "and") -> str:
        """The site's own labels as one phrase (``sentences.labels_in_a_sentence``), in the pages' language."""
        if self.language.code == ENGLISH:
            return labels_in_a_sentence(labels, conjunction)
        words = [self.phrase(label) for label in labels]
        words = [*words[:1], *(word[:1].lower() + word[1:] for word in words[1:])]
        return format_list(words, style="standard" if conjunction == "and" else "or", locale=self.language.code)

    def in_language(self, site: Site, code: str, pages: frozenset[str]) -> SiteContext:
        """This context for the pages in ``code``: ``site`` with its records translated, and the English
        addresses of the pages that language has. Pieces made once are made again in it."""
        return replace(self, site=site, timetable=replace(self.timetable, site=site), language=language(code),
                       pages_in_language=pages, fragments={}, making=[])

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
