"""Pages in community languages in a real browser: search finds a page by its translated words and fetches
only its own language's index; the What's on filter for sessions held in another language works; a
right-to-left page lays out right to left without sideways scrolling."""

from __future__ import annotations

import pytest


def _search(page, words: str) -> list[str]:
    """Open the search box, type ``words``, and give back the results' addresses."""
    page.keyboard.press("/")  # Material's key for its search box
    page.keyboard.type(words, delay=30)
    page.keyboard.press("End")  # Material searches on a key going up, which typing Urdu letters does not send
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    return page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")


@pytest.mark.parametrize("code, words", [("ro", "bebeluși"), ("ur", "مساج")])  # in baby massage's translated name
def test_search_in_a_language_uses_its_own_index_only(page, site_url: str, code: str, words: str) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url + f"{code}/services/")
    page.wait_for_load_state("networkidle")
    results = _search(page, words)
    indexes = sorted({url.removeprefix(site_url) for url in fetched if url.endswith("search_index.json")})
    assert indexes == [f"{code}/search/search_index.json"]
    assert results and all(url.startswith(site_url + f"{code}/") for url in results)
    assert any(f"{code}/services/baby-massage/" in url for url in results)


def test_search_in_english_uses_the_english_index_only(page, site_url: str) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url + "services/")
    page.wait_for_load_state("networkidle")
    results = _search(page, "massage")
    indexes = sorted({url.removeprefix(site_url) for url in fetched if url.endswith("search_index.json")})
    assert indexes == ["search/search_index.json"]
    assert results and not any(url.startswith(tuple(site_url + code for code in ("ro/", "pl/", "ur/")))
                               for url in results)


def test_the_language_filter_shows_only_sessions_held_in_that_language(page, site_url: str) -> None:
    page.goto(site_url + "whats-on/?language=romanian")
    page.wait_for_load_state("networkidle")
    shown = page.locator("[data-wo-item]:not([hidden])")
    assert shown.count() > 0
    assert set(shown.evaluate_all("items => items.map(i => i.dataset.language)")) == {"romanian"}
    assert page.locator("#wo-language").input_value() == "romanian"


@pytest.mark.parametrize("address", ["ur/", "ur/whats-on/", "ur/services/baby-massage/", "ur/childcare/"])
def test_a_right_to_left_page_reads_right_to_left_without_sideways_scroll(page, site_url: str, viewport,
                                                                          address: str) -> None:
    page.goto(site_url + address)
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ur"
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
