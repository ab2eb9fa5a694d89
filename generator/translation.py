"""Phrases written in Python, marked for translation.

Templates mark their own words with ``_()``. Words that Python holds as data (the vocabulary's labels,
page titles) are marked with ``N_`` where they are written, so the catalogue's extractor (Babel, with
``N_`` as a keyword) finds every phrase a family reads. ``N_`` changes nothing: a phrase is translated
where it is shown, in the language of the page. Until catalogues exist that is the English as written.
A phrase with a count is marked as its two English forms with ``N_plural``, which the extractor reads as a
plural, as it reads ``ngettext``: the count chooses the form where the phrase is shown.
"""

from __future__ import annotations

# Keywords the extractor reads in Python files: the phrase is the first argument (the first two for a plural).
PYTHON_KEYWORDS = ("N_", "_", "gettext", "ngettext", "N_plural")
# Of those, the ones whose first two arguments are a phrase's singular and plural.
PLURAL_KEYWORDS = ("ngettext", "N_plural")
# Jinja's extensions the templates are read with: ``_()`` and ``{% trans %}``. The page environment
# (``templating``) has them, and so does the extractor (``catalogue``).
TEMPLATE_EXTENSIONS = ("jinja2.ext.i18n",)


def N_(phrase: str) -> str:
    """Mark ``phrase`` for the catalogue, unchanged."""
    return phrase


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Mark a phrase with a count for the catalogue, as its English singular and plural, unchanged."""
    return singular, plural
