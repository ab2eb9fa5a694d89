"""Every kind of page as a parent meets it: no outside requests, a skip link, a feedback link."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from .conftest import TEMPLATES


@pytest.mark.parametrize("name", TEMPLATES)
def test_page_has_skip_and_feedback_links_and_asks_nothing_of_other_sites(page, site_url: str, name: str) -> None:
    path = TEMPLATES[name]
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    response = page.goto(site_url + path)
    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")
    own = urlparse(site_url).netloc
    assert [url for url in requested if urlparse(url).scheme in ("http", "https") and urlparse(url).netloc != own] == []
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    feedback = page.get_by_role("link", name="Give feedback about this page")
    assert feedback.count() == 1
    assert page.evaluate("document.documentElement.lang") == "en"
