"""Values the theme templates need on every page (the footer, banner, feedback link, logo and colours).

MkDocs' template environment does not escape what it prints, so every text
value leaves here already escaped for HTML, as ``markupsafe.Markup``: printed
raw it is safe, and inside ``{% autoescape true %}`` (as theme/main.html uses
around everything it prints) it is not escaped twice. Values are escaped in
one place, ``_for_the_theme``, so a value added later is escaped too.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from markupsafe import Markup, escape

from .colours import DEFAULT_BRAND, palette, parse_hex, to_hex
from .logo import PublishedLogo
from .site import Site


def theme_settings(site: Site) -> dict[str, Markup | bool]:
    settings = site.settings
    contact = settings.contact
    return _for_the_theme({
        "council_name": settings.council_name,
        "site_name": settings.site_name,
        "main_website": settings.main_website,
        "feedback_base": feedback_base(settings.feedback) if settings.feedback else None,
        "example_data": settings.example_data,
        "contact_phone": contact.phone,
        "contact_phone_link": phone_link(contact.phone) if contact.phone else None,
        "contact_email": contact.email,
        "contact_address": ", ".join(contact.address) if contact.address else None,
        "privacy_page": any(page.slug == "privacy" for page in site.pages),
        "about_page": any(page.slug == "about" for page in site.pages),
        **brand_colours(settings.brand_colour),
    })


def brand_colours(brand: str) -> dict[str, str | None]:
    """The brand colour and its shades for the page's custom properties; nothing for the default colour,
    which the stylesheet already holds, so a site that keeps it is unchanged.

    Each value is remade from its three numbers, so it is ``#`` and six hex digits whatever reached here:
    nothing else can be printed into the page's styles.
    """
    if to_hex(parse_hex(brand)) == DEFAULT_BRAND:
        return {}
    shades = palette(brand)
    return {key: to_hex(parse_hex(value)) for key, value in (
        ("brand", shades.brand), ("brand_soft", shades.soft), ("brand_light", shades.light),
        ("brand_dark", shades.dark))}


def logo_settings(logo: PublishedLogo | None, alt: str | None) -> dict[str, Markup | bool]:
    """Where the council's logo is published, what it says, and its proportions (for its size in the header)."""
    if logo is None or alt is None:
        return {}
    return _for_the_theme({
        "logo": logo.path,
        "logo_alt": alt,
        "logo_width": str(int(logo.width)),
        "logo_height": str(int(logo.height)),
        "logo_ratio": f"{logo.width / logo.height:.4f}",
    })


def _for_the_theme(values: dict[str, str | bool | None]) -> dict[str, Markup | bool]:
    """Every text value escaped for HTML text and attributes; yes/no answers as they are; nothing left out."""
    return {key: value if isinstance(value, bool) else escape(value)
            for key, value in values.items() if value is not None}


def phone_link(number: str) -> str:
    """A ``tel:`` address: the digits (and a leading +) only."""
    return "tel:" + re.sub(r"[^0-9+]", "", number)


def feedback_base(address: str) -> str:
    """A link prefix to which the theme appends the page's address.

    A web form gets ``?page=``; an email address gets a subject line naming
    the page, so the council knows where the feedback came from.
    """
    if not address.startswith("https://"):
        return f"mailto:{address}?subject=" + quote("Feedback about the page ")
    return address + ("&" if "?" in address else "?") + "page="
