"""Glossary, "You said, we did", the accessibility statement and free pages."""

from __future__ import annotations

from .. import urls
from ..context import SiteContext
from ..loader import FreePage
from ..page import Page
from ..templating import render
from ..translation import N_


def glossary_page(ctx: SiteContext) -> Page:
    body = render("glossary.html", ctx=ctx, here=urls.GLOSSARY, terms=ctx.site.glossary)
    return Page(url=urls.GLOSSARY, title=N_("Words we use"), body=[body],
                description=N_("Plain English meanings of the words and abbreviations used on this site."))


def you_said_we_did_page(ctx: SiteContext) -> Page:
    here = urls.YOU_SAID_WE_DID
    body = render("you_said_we_did.html", ctx=ctx, here=here, changes=ctx.site.changes, services=ctx.site.services)
    return Page(url=here, title=N_("You said, we did"), body=[body],
                description=N_("What families told us and what we changed because of it."))


def accessibility_page(ctx: SiteContext) -> Page:
    facts, settings = ctx.site.accessibility, ctx.site.settings
    if facts.draft:
        return _holding_page(urls.ACCESSIBILITY, N_("Accessibility statement"), ctx, statement=True)
    testing = [(_tool_name(t.tool, t.package, ctx), t.what) for t in facts.testing]
    body = render("accessibility.html", ctx=ctx, here=urls.ACCESSIBILITY, facts=facts, testing=testing)
    return Page(url=urls.ACCESSIBILITY, title=N_("Accessibility statement"), body=[body],
                description=N_("How accessible {site} is and how to report a problem.").format(site=settings.site_name))


def _tool_name(tool: str, package: str | None, ctx: SiteContext) -> str:
    version = ctx.site.tool_versions.get(package) if package else None
    return f"{tool} {version}" if version else tool


def free_page(page: FreePage, ctx: SiteContext) -> Page:
    here = urls.free_page(page.slug)
    if page.meta.draft:
        return _holding_page(here, page.meta.title, ctx, statement=False)
    body = render("free_page.html", ctx=ctx, here=here, page=page)
    return Page(url=here, title=page.meta.title, body=[body], description=page.meta.summary)


def _holding_page(url: str, title: str, ctx: SiteContext, statement: bool) -> Page:
    """What is published at the address of a statement or page still being written (generator.statements)."""
    body = render("holding_page.html", ctx=ctx, here=url, title=title, statement=statement)
    return Page(url=url, title=title, body=[body], description=N_("{title}: being prepared.").format(title=title))
