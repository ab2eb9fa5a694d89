"""One page of every kind the site has, in Chromium at 375 and 1280 pixels wide: no request leaves the site,
and axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing. Kinds the site does not have (pages per ward
when What's on is one page, free pages) are skipped, saying so."""

from __future__ import annotations

import pytest

from .browser import axe_violations, requests_to_other_sites
from .pages import KINDS, WHY_ABSENT


@pytest.mark.parametrize("kind", KINDS)
def test_asks_nothing_of_other_sites_and_axe_finds_nothing(page, site_url: str, templates: dict[str, str],
                                                          kind: str) -> None:
    if kind not in templates:
        pytest.skip(WHY_ABSENT.get(kind, f"the site has no {kind} page"))
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    response = page.goto(site_url + templates[kind])
    assert response is not None and response.ok, templates[kind]
    page.wait_for_load_state("networkidle")
    found = {"page": templates[kind], "requests to other sites": requests_to_other_sites(requested, site_url),
             "axe": axe_violations(page)}
    assert found == {"page": templates[kind], "requests to other sites": [], "axe": []}
