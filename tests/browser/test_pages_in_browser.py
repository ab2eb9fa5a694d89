"""Pages as a parent meets them: they load, show a skip link and a feedback link, and fetch nothing from elsewhere."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

PAGES = ["", "start-for-life/", "services/", "venues/", "glossary/", "you-said-we-did/", "accessibility/",
         "privacy/"]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_with_skip_and_feedback_links_and_no_outside_requests(page, site_url: str, path: str) -> None:
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url)
            if urlparse(request.url).netloc not in (urlparse(site_url).netloc, "") else None)
    response = page.goto(site_url + path)
    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")
    assert outside == []
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    feedback = page.get_by_role("link", name="Give feedback about this page")
    assert feedback.count() == 1
    assert path in feedback.get_attribute("href").replace("%2F", "/")
