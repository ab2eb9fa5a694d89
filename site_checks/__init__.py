"""The checks that judge a council's published site, run on whatever content the project holds.

``make site-checks`` runs them on the repository's own ``content/`` and ``timetable/`` (or on the
project folder named by ``--project`` or ``SITE_CHECKS_PROJECT``): the content check, a strict MkDocs
build, axe-core and outside requests in Chromium on one page of every template at 375 and 1280 pixels,
LinkChecker from every page, the Nu HTML Checker on every page, and every calendar feed read back by an
independent parser. The pages are found in the built site, never named, so any council's site is checked.

``make test`` runs the same checks on the tests' frozen example, one page and split by ward
(``tests/test_site_checks.py``), and the tool's tests reuse the helpers here.
"""
