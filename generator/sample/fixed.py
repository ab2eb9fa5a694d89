"""The small files every sample has once: settings, glossary, pages, term dates."""

from __future__ import annotations

from pathlib import Path

from .places import Venue

REPO = Path(__file__).resolve().parents[2]

SITE = """\
# Synthetic sample data for measuring the build: not a real council.
council_name: Exampleshire County Council
site_name: Exampleshire Family Hubs (sample data)
main_website: https://www.example.gov.uk/
feedback: https://www.example.gov.uk/family-hubs-feedback
welcome: Free help, groups and advice for families with children from pregnancy to 19, across Exampleshire.
example_data: yes
contact:
  phone: 0300 123 4567
  email: familyhubs@example.gov.uk
  website: https://www.example.gov.uk/family-hubs
  address:
    - Exampleshire County Council
    - County Hall, Market Street
    - Exampleton EX1 1AA
review_warning_months: 12
review_limit_months: 24
"""

GLOSSARY = """\
terms:
  - term: Antenatal
    meaning: The time before your baby is born, while you are pregnant.
  - term: Drop-in
    meaning: A session you can just turn up to. You do not need to book or phone first.
  - term: Health visitor
    meaning: A nurse who supports families with children under 5.
  - term: Weaning
    meaning: Starting your baby on solid food, usually at around 6 months.
"""

ACCESSIBILITY = """\
compliance: partial
statement_prepared: 2026-11-01
last_reviewed: 2026-11-01
last_tested: 2026-11-01
tested_by: Exampleshire County Council digital team
testing:
  - tool: Automated checks
    what: every kind of page at phone and desktop widths
known_issues:
  - problem: This is a synthetic sample; it has not been tested with people who use assistive technology.
    fix_by: 2027-03-31
reply_within_working_days: 10
"""

YOU_SAID = """\
changes:
  - id: evening-sessions
    date: 2025-09-01
    you_said: Working parents cannot get to groups in the week.
    we_did: We started evening and Saturday sessions at the main family hubs.
    services: []
"""

ABOUT = """\
---
title: About this site
summary: A synthetic sample of a county's family hub offer, made to measure how the site builds.
last_reviewed: 2026-11-01
---

## Example data

**Exampleshire is not a real place.** Everything on this website was made up
by a program to measure how long the site takes to build at a county's size.
Please do not phone, email or visit anything listed here.
"""

PRIVACY = """\
---
title: Privacy notice
summary: How this sample website uses information.
last_reviewed: 2026-11-01
---

This website does not use cookies, analytics or anything from other websites.
"""


def term_dates(venues: list[Venue]) -> str:
    """The example's terms and bank holidays, with closures for the sample's own venues."""
    text = (REPO / "timetable" / "term-dates.yml").read_text(encoding="utf-8")
    # The example's closures name the example's venues; keep everything before them.
    head = text.split("\n# Days when family hubs are closed.")[0].split("\nclosures:")[0].rstrip("\n")
    closures = [
        "", "closures:", "  - date: 2026-12-24", "    reason: Christmas Eve",
        "  - date: 2027-01-04", "    reason: Staff training day",
        f"    venues: [{', '.join(v.id for v in venues[:3])}]",
    ]
    return head + "\n" + "\n".join(closures) + "\n"
