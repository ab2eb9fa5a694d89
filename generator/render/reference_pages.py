"""Glossary, "You said, we did", the accessibility statement and free pages."""

from __future__ import annotations

from ..loader import FreePage
from ..templating import render
from . import urls
from .fragments import RenderContext, contact_lines, reviewed
from .html import esc, join, markdown_html
from .page import Page


def glossary_page(ctx: RenderContext) -> Page:
    body = render("glossary.html", ctx=ctx, here=urls.GLOSSARY, terms=ctx.site.glossary)
    return Page(url=urls.GLOSSARY, title="Words we use", body=[body],
                description="Plain English meanings of the words and abbreviations used on this site.")


def you_said_we_did_page(ctx: RenderContext) -> Page:
    here = urls.YOU_SAID_WE_DID
    body = render("you_said_we_did.html", ctx=ctx, here=here, changes=ctx.site.changes, services=ctx.site.services)
    return Page(url=here, title="You said, we did", body=[body],
                description="What families told us and what we changed because of it.")


_COMPLIANCE = {
    "full": "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.",
    "partial": "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA "
               "standard, due to the issues listed below.",
    "none": "This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. "
            "The issues are listed below.",
}


def accessibility_page(ctx: RenderContext) -> Page:
    facts, settings = ctx.site.accessibility, ctx.site.settings
    if facts.draft:
        return _holding_page(urls.ACCESSIBILITY, "Accessibility statement", ctx, [
            f"<p>{esc(settings.council_name)} is preparing the accessibility statement for this website. We want "
            "as many people as possible to be able to use it: it works without JavaScript, loads nothing from "
            "other websites, and its text is written to be simple to understand.</p>",
            "<p>If you find a problem using this website, or need information from it in a different format, such "
            "as large print, easy read or audio, contact us:</p>",
        ])
    issues = [f"<li>{esc(i.problem)}" + (f" We plan to fix this by {i.fix_by:%-d %B %Y}." if i.fix_by else "")
              + "</li>" for i in facts.known_issues]
    testing = [f"<li><strong>{esc(_tool_name(t.tool, t.package, ctx))}</strong>: {esc(t.what)}</li>"
               for t in facts.testing]
    body = [
        f"<h1>Accessibility statement for {esc(settings.site_name)}</h1>",
        f"<p>This website is run by {esc(settings.council_name)}. We want as many people as possible to be able "
        "to use it. For example, you should be able to change colours, contrast levels and fonts using your "
        "browser or device settings, zoom in up to 400% without the text spilling off the screen, get around "
        "the website using just a keyboard or speech recognition software, and listen to the website using a "
        "screen reader.</p>",
        "<p>We have written the text to be as simple as possible to understand. Every page works without "
        "JavaScript, and nothing is loaded from other websites.</p>",
        "<h2>How accessible this website is</h2>",
        f"<p>{_COMPLIANCE[facts.compliance]}</p>",
        join(['<ul class="fh-list">', *issues, "</ul>"]) if issues else "<p>We know of no problems.</p>",
        "<h2>Feedback and contact information</h2>",
        "<p>If you need information on this website in a different format, such as accessible PDF, large print, "
        "easy read, audio recording or braille, or if you find a problem not listed here, contact us:</p>",
        join(['<ul class="fh-list">', *contact_lines(settings.contact), "</ul>"]),
        f"<p>We will reply within {facts.reply_within_working_days} working days.</p>",
        "<h2>Enforcement procedure</h2>",
        "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies "
        "(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how "
        "we respond to your complaint, "
        '<a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and Support Service '
        "(EASS)</a>.</p>",
        "<h2>How we tested this website</h2>",
        f"<p>This website was last tested on {facts.last_tested:%-d %B %Y} by {esc(facts.tested_by)}. "
        "We tested every kind of page, on a desktop screen and at the width of a phone, with:</p>",
        join(['<ul class="fh-list">', *testing, "</ul>"]),
        "<h2>Preparation of this accessibility statement</h2>",
        f"<p>This statement was prepared on {facts.statement_prepared:%-d %B %Y}. "
        f"It was last reviewed on {facts.last_reviewed:%-d %B %Y}.</p>",
    ]
    return Page(url=urls.ACCESSIBILITY, title="Accessibility statement", body=body,
                description=f"How accessible {settings.site_name} is and how to report a problem.")


def _tool_name(tool: str, package: str | None, ctx: RenderContext) -> str:
    version = ctx.site.tool_versions.get(package) if package else None
    return f"{tool} {version}" if version else tool


def free_page(page: FreePage, ctx: RenderContext) -> Page:
    if page.meta.draft:
        return _holding_page(urls.free_page(page.slug), page.meta.title, ctx, [
            f"<p>{esc(ctx.site.settings.council_name)} is writing this page. If you have a question about it, "
            "contact us:</p>",
        ])
    body = [f"<h1>{esc(page.meta.title)}</h1>"]
    if page.meta.summary:
        body.append(f'<p class="fh-lead">{ctx.text(page.meta.summary)}</p>')
    body.append(ctx.abbreviations.mark(markdown_html(page.body, allow_h2=True)))
    if page.meta.last_reviewed:
        body.append(reviewed(page.meta.last_reviewed))
    return Page(url=urls.free_page(page.slug), title=page.meta.title, body=body, description=page.meta.summary)


def _holding_page(url: str, title: str, ctx: RenderContext, words: list[str]) -> Page:
    """What is published at the address of a statement or page still being written (generator.statements)."""
    contact = contact_lines(ctx.site.settings.contact)
    body = [f"<h1>{esc(title)}</h1>", '<p class="fh-lead">This page is being prepared.</p>', *words]
    if contact:
        body.append(join(['<ul class="fh-list">', *contact, "</ul>"]))
    else:
        body.append(f"<p>Use the contact details on the {esc(ctx.site.settings.council_name)} website.</p>")
    return Page(url=url, title=title, body=body, description=f"{title}: being prepared.")
