"""Page bodies from Jinja2 templates, in the generator's own environment.

Every template lives in ``generator/templates/`` (one per kind of page, shared pieces in ``macros/``).
The environment escapes every value it prints unless the value is already ``Markup``, and a name the
template does not know is an error, not an empty string. Text from editors becomes markup in three
filters only: ``text`` (escaped, then known abbreviations explained), ``markdown`` (editor Markdown
rendered and sanitised by ``nh3``) and, for a page's own links, ``link``. Interface phrases are marked
with ``_()`` for translation (gettext), and labels the Python holds (``N_``) are translated as they are
printed (the environment's ``finalize``). Each language has its own environment, with its catalogue's
phrases and its way of writing dates (``languages``). Links go through the page's context
(``SiteContext.link``), which knows which pages a language has.

A county's pages repeat the same pieces thousands of times (a session's tags on What's on, its service's
page and its venue's page): ``ctx.once(key, macro, ...)`` (``context.SiteContext.once``) makes such a piece
the first time and hands back the same markup for the rest of the build.

Nothing a template calls in a loop takes the template's context (``pass_context``): Jinja copies the whole
context for each such call in a loop that sets a variable, and at a county's size those copies were a large
share of the timetable's time. Filters are not copied for, so ``link`` and ``text`` may read ``here`` and
``ctx``; ``_()`` and ``ngettext`` are the i18n extension's newstyle functions (the phrase as markup, its
values escaped into it) without its lookup of ``gettext`` in the context.

Phrases without values are translated when a template is compiled (``template_phrases``), and compiled
templates are kept between builds (``template_cache``), as Python keeps compiled modules.

This is not MkDocs' Jinja environment: MkDocs renders the theme around these bodies, without
autoescaping, from the page's front matter (``page.py`` escapes what goes there).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from gettext import NullTranslations
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from . import date_words, sentences, slugs, template_phrases, urls
from .content_translations import English
from .languages import ENGLISH, Phrases, catalogue_bytes, language, phrases
from .markup import NOT_SEARCHED, href, markdown_html, up_to_root
from .script_words import script_words
from .template_cache import template_cache
from .translation import TEMPLATE_EXTENSIONS

TEMPLATES = Path(__file__).parent / "templates"
EXTENSIONS = TEMPLATE_EXTENSIONS


def environment(code: str = ENGLISH) -> Environment:
    """The environment for pages in the language ``code``: its phrases are compiled into its templates
    (``template_phrases``), so each language has its own, and its own compiled templates in the cache."""
    return _environment(code)  # one per language, however it is asked for


@functools.cache
def _environment(code: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        extensions=[*EXTENSIONS, template_phrases.ConstantPhrases],
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        # In another language, a label the Python holds (a stage, a theme, a way to join: marked ``N_``) is
        # printed in it, wherever a template prints it (``_in_language``).
        finalize=None if code == ENGLISH else _in_language(code, phrases(code)),
        bytecode_cache=template_cache(options_from=(Path(__file__), Path(template_phrases.__file__)),
                                      also=code.encode() + b"\0" + catalogue_bytes(code)),
    )
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]  # added by the i18n extension
    env.globals.update(_translated(phrases(code), language(code).right_to_left))
    env.globals.update(urls=urls, not_searched=Markup(NOT_SEARCHED), language=language(code),
                       # The words whats-on.js and childcare.js write, in this language, for the page to carry.
                       script_words=functools.partial(script_words, code))
    words: Any = date_words if code == ENGLISH else date_words.InLanguage(code)
    env.filters.update(
        link=_link, text=_text, slug=slugs.slug, markdown=_markdown, dial=_dial, term_anchor=slugs.term_anchor,
        postal_address=sentences.postal_address, file_size=sentences.file_size,
        long_date=words.day_month_year, month_year=words.month_year, clock=words.clock,
        time_span=words.time_span,
        weekday_date=words.weekday_day_month_year, weekday_day_month=words.weekday_day_month,
    )
    return env


def render(template: str, **values: Any) -> str:
    """The body a template makes from ``values``, without blank lines (Markdown would end the HTML block).

    A page's template has its URL as ``here``, and is given ``root``, the way up from it to the site's root.
    """
    if "here" in values:
        values["root"] = up_to_root(values["here"])
    ctx = values.get("ctx")
    code = ctx.language.code if ctx is not None else ENGLISH
    written = environment(code).get_template(template).render(values)
    return _BLANK_LINES.sub("\n", written).strip("\n")


_BLANK_LINES = re.compile(r"\n\s*\n+")


@pass_context
def _link(context: Context, to_url: str) -> str:
    """A relative link from the page being made (the template's ``here``) to a page of the site."""
    here = context["here"]
    ctx = context.get("ctx")
    if ctx is None:
        return href(here, to_url)
    if not ctx.link_allowed(up_to_root(here)):
        raise RuntimeError(f"a piece made once ({ctx.making[-1]!r}) links to {to_url}, so its key must end "
                           "with the page's root: the link differs on pages of other depths")
    return ctx.link(here, to_url)


def _translated(translations: NullTranslations, right_to_left: bool = False) -> dict[str, Callable[..., Markup]]:
    """``_``, ``gettext`` and ``ngettext`` as the i18n extension makes them with ``newstyle=True`` and
    autoescaping: the phrase from ``translations`` is markup, and its values are escaped into it (a record's
    words not yet translated marked as English, ``in_english``)."""

    def gettext(message: str, **values: Any) -> Markup:
        return _filled(translations.gettext(message), values, right_to_left)

    def ngettext(singular: str, plural: str, number: int, **values: Any) -> Markup:
        values.setdefault("num", number)
        return _filled(translations.ngettext(singular, plural, number), values, right_to_left)

    return {"_": gettext, "gettext": gettext, "ngettext": ngettext}


def _filled(phrase: str, values: dict[str, Any], right_to_left: bool) -> Markup:
    """``Markup(phrase) % values``: each value escaped (numbers stay numbers, for ``%(num)d``), then put
    into the phrase. Written out because pages call it a hundred thousand times at a county's size, and
    ``Markup.__mod__`` wraps every value in a helper object first."""
    return Markup(phrase % {name: value if isinstance(value, int | float)
                            else in_english(escape(value), right_to_left) if type(value) is English
                            else escape(value)
                            for name, value in values.items()})


@pass_context
def _text(context: Context, value: str) -> Markup:
    """Editor text, escaped, with the glossary's abbreviations explained (the template's ``ctx``)."""
    marked = Markup(context["ctx"].abbreviations.mark(str(escape(value))))
    return in_english(marked, context["ctx"].language.right_to_left) if type(value) is English else marked


@pass_context
def _markdown(context: Context, value: str, allow_h2: bool = False) -> Markup:
    """Editor Markdown as sanitised HTML (``markup.markdown_html``), abbreviations explained."""
    marked = Markup(context["ctx"].abbreviations.mark(markdown_html(value, allow_h2)))
    return in_english(marked, context["ctx"].language.right_to_left, block=True) if type(value) is English \
        else marked


def in_english(html: Markup, right_to_left: bool, block: bool = False) -> Markup:
    """``html``, a record's words not yet translated on a page in another language, marked as English
    (``content_translations.English``): read in an English voice, and on a right-to-left page set apart and
    left to right (``<bdi>`` finds the direction from the text). As short as that allows: a page of services
    not yet translated has hundreds. Only where text is printed: never in an attribute."""
    if block:
        return Markup('<div lang="en" dir="ltr">' if right_to_left else '<div lang="en">') + html + Markup("</div>")
    if right_to_left:
        return Markup('<bdi lang="en">') + html + Markup("</bdi>")
    return Markup('<span lang="en">') + html + Markup("</span>")


def _in_language(code: str, translations: Phrases) -> Callable[[Any], Any]:
    """What a template prints, with any text that is a whole phrase of the catalogue in the catalogue's
    language: the labels the Python marks with ``N_`` are translated where they are shown, with no call in the
    template to forget. Markup (``_()``'s phrases, editors' text made safe) is already what it should be."""
    singular = translations.singular
    right_to_left = language(code).right_to_left

    def printed(value: Any) -> Any:
        if type(value) is str:
            return singular.get(value, value)
        return in_english(escape(value), right_to_left) if type(value) is English else value

    return printed


def _dial(number: str) -> str:
    """What a ``tel:`` link dials: the digits and a leading plus of a number as written."""
    return _NOT_DIALLED.sub("", number)


_NOT_DIALLED = re.compile(r"[^0-9+]")
