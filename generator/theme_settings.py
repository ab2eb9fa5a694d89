"""Values the theme templates need on every page (the footer, banner and feedback link)."""

from __future__ import annotations

from urllib.parse import quote

from .site import Site


def theme_settings(site: Site) -> dict[str, object]:
    settings = site.settings
    return {
        "council_name": settings.council_name,
        "site_name": settings.site_name,
        "main_website": settings.main_website,
        "feedback_base": feedback_base(settings.feedback),
        "example_data": settings.example_data,
        "contact_phone": settings.contact.phone,
        "contact_email": settings.contact.email,
    }


def feedback_base(address: str) -> str:
    """A link prefix to which the theme appends the page's address.

    A web form gets ``?page=``; an email address gets a subject line naming
    the page, so the council knows where the feedback came from.
    """
    if "@" in address and not address.startswith(("http://", "https://")):
        return f"mailto:{address}?subject=" + quote("Feedback about the page ")
    return address + ("&" if "?" in address else "?") + "page="
