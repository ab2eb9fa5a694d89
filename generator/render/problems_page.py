"""The page `mkdocs serve` shows while the content has problems (``templates/problems.html``)."""

from __future__ import annotations

from ..page import Page
from ..problems import Problem
from ..templating import render
from ..translation import N_


def problems_page(problems: list[Problem], fault: str | None = None) -> str:
    """The problems as a table, or (``fault``) why the generator itself failed.

    On a phone each row is a card (theme/assets/stylesheets/family-hub.css). A file name breaks only after
    a ``/``, never inside a name; one too long for the screen scrolls inside the table's region, which the
    keyboard can reach.
    """
    title = N_("The site could not be made") if fault else N_("Content problems")
    # Shown instead of any page of the site, before there is a site to read: no context, no glossary.
    body = render("problems.html", ctx=None, here="", problems=problems, fault=fault)
    return Page(url="", title=title, body=[body]).markdown()
