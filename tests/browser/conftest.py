"""Real pages in a real browser: the built example site, opened in Debian's Chromium.

The browser, its widths and axe-core are the site checks' (``site_checks/browser.py``); `make test`
installs Chromium when missing.
"""

from __future__ import annotations

from site_checks.browser import (  # noqa: F401 - browser, viewport and page are fixtures
    AXE,
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    PHONE,
    browser,
    page,
    viewport,
)

# One page of every kind (template) the frozen example has: name -> path. The site checks find such pages
# in any built site (site_checks/pages.py); these are the ones the keyboard and page tests below open.
TEMPLATES = {
    "home": "",
    "start-for-life": "start-for-life/",
    "services": "services/",
    "service": "services/baby-massage/",
    "venues": "venues/",
    "venue": "venues/northgate-family-hub/",
    "glossary": "glossary/",
    "you-said-we-did": "you-said-we-did/",
    "whats-on": "whats-on/",
    "calendars": "calendars/",
    "childcare": "childcare/",
    "accessibility": "accessibility/",
    "print": "print/",
    "free-page": "privacy/",
    "404": "404.html",
}
