"""The frozen example, built with Romanian, Polish and Urdu: each key page in each language, a switcher and
``hreflang`` links that agree both ways on every page, the page's language and direction, links that stay in
the language where it has the page, and a search index per language that only its pages use."""

from __future__ import annotations

import gzip
import json
import re
import statistics
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import urls
from generator.languages import phrases

from ..conftest import followed

CODES = ["ro", "pl", "ur"]
SITE_URL = "https://familyhubs.example.gov.uk/"


class _Page(HTMLParser):
    """What a built page says of its languages."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = self.dir = ""
        self.switcher: dict[str, str] = {}  # language -> link ("" for the page's own)
        self.links: list[str] = []
        self.config = ""
        self._in_switcher = self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        elif tag == "body":
            self.dir = a.get("dir") or ""
        elif tag == "nav" and a.get("class") == "fh-languages":
            self._in_switcher = True
        elif tag == "a" and self._in_switcher:
            self.switcher[a["hreflang"] or ""] = a["href"] or ""
        elif tag == "span" and self._in_switcher and a.get("class") == "fh-languages__current":
            self.switcher[a["lang"] or ""] = ""
        elif tag == "script" and a.get("id") == "__config":
            self._in_config = True
        # Material's sidebar navigation is in every page but hidden from everyone (the `hidden` attribute: the
        # pages hide navigation); the tabs are the navigation families use.
        if tag == "a" and a.get("href") and "md-nav__" not in (a.get("class") or ""):
            self.links.append(a["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self._in_switcher = False
        if tag == "script":
            self._in_config = False

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.config += data


def _read(site: Path, address: str) -> _Page:
    page = _Page()
    page.feed((site / address / "index.html").read_text(encoding="utf-8"))
    return page


def _addresses(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("index.html"))


def test_every_key_page_is_in_every_language(example_site: Path) -> None:
    english = [a for a in _addresses(example_site)
               if a == urls.HOME or (a.startswith(urls.IN_LANGUAGES) and a.split("/")[0] not in CODES)]
    for code in CODES:
        missing = [a for a in english if not (example_site / code / a / "index.html").is_file()]
        assert missing == [], code
    print(f"\nkey pages: {len(english)} in English, and as many in each of {', '.join(CODES)}")


def _sitemap_alternates(site: Path) -> dict[str, dict[str, str]]:
    """Each page's versions as sitemap.xml gives them to search engines: address -> {hreflang: address}."""
    space = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    found = {}
    for url in ET.parse(site / "sitemap.xml").getroot().findall("s:url", space):
        links = url.findall("x:link", space)
        if links:
            found[url.findtext("s:loc", namespaces=space) or ""] = {link.get("hreflang") or "": link.get("href") or ""
                                                                   for link in links}
    return found


def test_switcher_links_and_hreflang_pairs_are_symmetric(example_site: Path) -> None:
    """Every page with a switcher: it lists the four languages, each link leads to a page whose switcher lists
    the same and leads back here, and the sitemap's hreflang pairs name the same pages by their full
    addresses. No page's head links them (Material would fetch a sitemap beside each)."""
    alternates = _sitemap_alternates(example_site)
    walked = 0
    for address in _addresses(example_site):
        page = _read(example_site, address)
        if not page.switcher:
            continue
        walked += 1
        assert sorted(page.switcher) == sorted(["en", *CODES]), address
        own = [code for code, link in page.switcher.items() if link == ""]
        assert own == [page.lang], address
        versions = {code: followed(address, link) if link else address for code, link in page.switcher.items()}
        assert alternates[SITE_URL + address] == {code: SITE_URL + target for code, target in versions.items()}
        assert 'rel="alternate" hreflang' not in (example_site / address / "index.html").read_text(encoding="utf-8")
        for code, target in versions.items():
            other = _read(example_site, target)
            assert other.lang == code, (address, target)
            back = other.switcher[page.lang]
            assert (followed(target, back) if back else target) == address, (address, target)
            assert {c: followed(target, link) if link else target for c, link in other.switcher.items()} == versions
    print(f"\npages whose switcher was walked: {walked}")
    assert len(alternates) == walked
    assert walked > 4 * 60


@pytest.mark.parametrize("code, direction", [("ro", "ltr"), ("pl", "ltr"), ("ur", "rtl")])
def test_a_pages_language_and_direction_are_set(example_site: Path, code: str, direction: str) -> None:
    for address in _addresses(example_site / code):
        page = _read(example_site / code, address)
        assert (page.lang, page.dir) == (code, direction), address
    english = _read(example_site, "services/")
    assert (english.lang, english.dir) == ("en", "ltr")


def test_links_stay_in_the_language_where_it_has_the_page(example_site: Path) -> None:
    for code in CODES:
        for address in _addresses(example_site / code):
            here = f"{code}/{address}"
            for link in _read(example_site, here).links:
                if re.match(r"[a-z]+:|#", link):
                    continue
                target = followed(here, link).split("#")[0]
                english = target.removeprefix(f"{code}/")
                if target.startswith(f"{code}/") or not (target == "" or target.startswith(urls.IN_LANGUAGES)):
                    continue
                # A link to a section the language has, left in English: only the switcher's link to the
                # English may do that, and it goes to this very page.
                assert english == address, (here, link)


def test_each_language_searches_its_own_pages_only(example_site: Path) -> None:
    def index(folder: Path) -> dict:
        return json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))

    english = index(example_site)
    assert not [d["location"] for d in english["docs"] if d["location"].split("/")[0] in CODES]
    for code in CODES:
        found = index(example_site / code)
        assert found["docs"], code
        for doc in found["docs"]:
            page = doc["location"].split("#")[0]
            assert (example_site / code / page / "index.html").is_file(), (code, doc["location"])
        # Each of its pages sends its search box to the language's own folder.
        page = _read(example_site, f"{code}/services/")
        assert json.loads(page.config)["base"] == f"../../{code}/"
        assert found["config"]["lang"] == [{"ro": "ro", "pl": "en", "ur": "ar"}[code]]
    size = {code: (example_site / code / "search" / "search_index.json").stat().st_size for code in CODES}
    print(f"\nsearch indexes: English {(example_site / 'search' / 'search_index.json').stat().st_size // 1024} KB, "
          + ", ".join(f"{code} {kb // 1024} KB" for code, kb in size.items()))


def test_a_page_says_how_it_was_translated_and_what_is_still_english(example_site: Path) -> None:
    romanian = phrases("ro")
    translated = (example_site / "ro/services/baby-massage/index.html").read_text(encoding="utf-8")
    assert romanian.gettext("Translated from English by a computer on %(date)s. It may have mistakes: if something "
                            "is unclear, check the English page.").split("%(date)s")[0] in translated
    assert "30 noiembrie 2026" in translated
    not_translated = (example_site / "ro/services/baby-signing/index.html").read_text(encoding="utf-8")
    assert romanian.gettext("The details on this page have not been translated yet, so they are in English.") \
        in not_translated
    # The computer-made catalogue says so on a page whose record says nothing of its translation.
    assert romanian.gettext("This site's own words (headings, buttons and labels) were translated from English by "
                            "a computer.") in not_translated


def _first_view(site: Path, address: str) -> int:
    """What a first visit to the page downloads before it shows: its HTML and the stylesheets and scripts it
    links, gzipped."""
    page = site / address / "index.html"
    html = page.read_text(encoding="utf-8")
    links = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    links += re.findall(r'<script[^>]+src="([^"]+)"', html)
    assets = {(page.parent / link.split("?")[0]).resolve() for link in links}
    return len(gzip.compress(html.encode(), 6)) + sum(len(gzip.compress(a.read_bytes(), 6)) for a in assets)


def test_the_first_view_of_a_page_in_a_language_is_within_a_tenth_of_the_english(example_site: Path) -> None:
    ratios = {}
    for code in CODES:
        for address in _addresses(example_site / code):
            ratios[f"{code}/{address}"] = _first_view(example_site, f"{code}/{address}") / \
                _first_view(example_site, address)
    worst = max(ratios, key=ratios.__getitem__)
    print(f"\nfirst view, language / English: median {statistics.median(ratios.values()):.3f}, "
          f"largest {ratios[worst]:.3f} ({worst})")
    assert ratios[worst] <= 1.10


def test_a_sessions_own_words_are_marked_english_and_its_language_named_in_the_pages(example_site: Path) -> None:
    """How to book and ages come from the English timetable, so a screen reader reads them in an English voice;
    the language a session is held in is named in the page's language where Babel knows the name."""
    page = (example_site / "ro/whats-on/index.html").read_text(encoding="utf-8")
    romanian = phrases("ro")
    how = "Call 0300 123 4567 or ask at reception. Places are kept for 10 minutes after the start."
    assert f'<span lang="en">{how}</span>' in page
    assert how not in page.replace(f'<span lang="en">{how}</span>', "")
    assert '<span lang="en">Babies from 6 weeks to crawling</span>' in page
    assert romanian.gettext("In %(language)s") % {"language": "română"} in page
    assert "<option value=\"romanian\">română</option>" in page  # the "Held in" filter names it the same
    urdu = (example_site / "ur/whats-on/index.html").read_text(encoding="utf-8")
    assert f'<bdi lang="en">{how}</bdi>' in urdu


def test_the_childcare_explainer_is_in_the_pages_language(example_site: Path) -> None:
    """The national rules' words (policy/funded_hours.yml) come from the catalogue, their sums and ages
    written the language's way."""
    english = (example_site / "childcare/index.html").read_text(encoding="utf-8")
    assert "the government adds £2 for every £8" in english
    for code in ("ro", "pl", "ur"):
        page = (example_site / code / "childcare/index.html").read_text(encoding="utf-8")
        assert "the government adds" not in page, code
        assert "You do not need to be working." not in page, code
        assert phrases(code).gettext("working families") != "working families", code
    assert "2.000\u00a0£" in (example_site / "ro/childcare/index.html").read_text(encoding="utf-8")


def test_the_childcare_tables_cells_are_labelled_in_the_pages_language(example_site: Path) -> None:
    """On a phone the table is cards, each cell labelled with its column heading (data-label, drawn by CSS)."""
    page = (example_site / "ro/childcare/index.html").read_text(encoding="utf-8")
    heading = phrases("ro").gettext("Price of one hour")
    assert heading != "Price of one hour"
    assert f'<th scope="col">{heading}</th>' in page
    assert page.count(f'data-label="{heading}"') == page.count('<tr id="')
