"""One page of every kind the site has, in Chromium at 375 and 1280 pixels wide: no request leaves the site,
and axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing. Kinds the site does not have (pages per ward
when What's on is one page, free pages) are skipped, saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import axe_violations, requests_to_other_sites
from .pages import IN_LANGUAGES, KINDS, WHY_ABSENT, pages_in_languages


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


@pytest.mark.parametrize("kind", IN_LANGUAGES)
def test_pages_in_every_language_ask_nothing_of_other_sites_and_axe_finds_nothing(
        page, site_url: str, site: Path, kind: str) -> None:
    """The same for each kind of page in each community language, right-to-left ones included."""
    addresses = {name: address for name, address in pages_in_languages(site).items() if name.startswith(kind + " ")}
    if not addresses:
        pytest.skip(f"the site has no {kind} page in another language")
    found = {}
    for name, address in addresses.items():
        requested: list[str] = []

        def note(request, into: list[str] = requested) -> None:
            into.append(request.url)

        page.on("request", note)
        response = page.goto(site_url + address)
        assert response is not None and response.ok, address
        page.wait_for_load_state("networkidle")
        page.remove_listener("request", note)
        found[name] = {"requests to other sites": requests_to_other_sites(requested, site_url),
                       "axe": axe_violations(page)}
    assert found == dict.fromkeys(addresses, {"requests to other sites": [], "axe": []})
