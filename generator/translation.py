"""Phrases written in Python, marked for translation.

Templates mark their own words with ``_()``. Words that Python holds as data (the vocabulary's labels,
page titles) are marked with ``N_`` where they are written, so the catalogue's extractor (Babel, with
``N_`` as a keyword) finds every phrase a family reads. ``N_`` changes nothing: a phrase is translated
where it is shown, in the language of the page. Until catalogues exist that is the English as written.
"""

from __future__ import annotations

# Keywords the extractor reads in Python files: the phrase is the first argument.
PYTHON_KEYWORDS = ("N_", "_", "gettext", "ngettext")
# Jinja's extensions the templates are read with: ``_()`` and ``{% trans %}``. The page environment
# (``templating``) has them, and so does the extractor (``catalogue``).
TEMPLATE_EXTENSIONS = ("jinja2.ext.i18n",)


def N_(phrase: str) -> str:
    """Mark ``phrase`` for the catalogue, unchanged."""
    return phrase
