"""The Start for Life offer split by area and stage: real builds of the example borough with a low limit.

Above ``start_for_life_one_page_limit`` services, /start-for-life/ lists the areas and each area has a
page for each stage. What each page should hold is worked out here from the YAML files themselves
(venues' areas, services' stages, levels and venues), not from the generator's own model.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from generator.build import generate

from ..conftest import EXAMPLE_TODAY, example_project, followed

TODAY = EXAMPLE_TODAY
LIMIT = 10
OFFER = ["pregnancy", "newborn", "0-1", "1-2", "2-5"]  # every stage but "older"
CARD = re.compile(r'<h3 class="fh-card__title"><a href="\.\./\.\./\.\./services/([^/]+)/">')
INDEX_LINK = re.compile(r'<li><a class="fh-stage-link" href="([^"]+)">[^<]+ <span class="fh-stage-count">(\d+) '
                        r'services?<span class="fh-visually-hidden"> in ([^<]+)</span></span></a></li>')
UNIVERSAL = "<h2>For every family</h2>"
EXTRA = "<h2>Extra support (Universal+)</h2>"


def split_example(destination: Path) -> Path:
    project = example_project(destination)
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + f"\nstart_for_life_one_page_limit: {LIMIT}\n",
                        encoding="utf-8")
    return project


def records(project: Path, folder: str) -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((project / "content" / folder).glob("*.yml"))]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'", "")).strip("-")


def expected_pages(project: Path) -> dict[str, set[str]]:
    """Each area stage page's URL and the services it should list, from the YAML alone."""
    area_of = {venue["id"]: venue["area"] for venue in records(project, "venues")}
    areas = set(area_of.values())
    pages: dict[str, set[str]] = {}
    for service in records(project, "services"):
        # A service with no venues (at home, online) is for families in every area.
        service_areas = {area_of[v] for v in service.get("venues", [])} or areas
        for stage in set(service["stages"]) & set(OFFER):
            for area in service_areas:
                pages.setdefault(f"start-for-life/{slug(area)}/{stage}/", set()).add(service["id"])
    return pages


def area_stage_pages(files: dict) -> dict[str, str]:
    """Each area stage page's Markdown by its URL (``start-for-life/<area>/<stage>/``)."""
    return {path.removesuffix("index.md"): text for path, text in files.items()
            if re.fullmatch(r"start-for-life/[^/]+/[^/]+/index\.md", path)}


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory):
    project = split_example(tmp_path_factory.mktemp("split-sfl") / "project")
    return project, generate(project, TODAY)


def test_the_example_is_one_page_with_the_default_limit(example_root: Path) -> None:
    example = generate(example_root, TODAY)
    offer = [s for s in records(example_root, "services") if set(s["stages"]) & set(OFFER)]
    assert example.site.settings.start_for_life_one_page_limit == 80 >= len(offer) > LIMIT
    assert [path for path in example.files if path.startswith("start-for-life/")] == ["start-for-life/index.md"]
    page = example.files["start-for-life/index.md"]
    assert all(f'<h2 id="{stage}">' in page for stage in OFFER) and "Choose your area" not in page
    assert 'href="start-for-life/#pregnancy"' in example.files["index.md"]


def test_every_offer_service_is_on_exactly_the_area_stage_pages_it_should_be(split) -> None:
    project, built = split
    expected = expected_pages(project)
    pages = area_stage_pages(built.files)
    assert set(pages) == set(expected)
    assert len({url.split("/")[1] for url in pages}) == 3 and len(pages) == 15  # 3 areas, 5 stages each
    for url, page in pages.items():
        cards = CARD.findall(page)
        assert Counter(cards) == Counter(expected[url]), url  # each once, nothing missing or extra
    # The example has services with no venues in the offer: each is on every area's pages for its stages.
    assert any(set(s["stages"]) & set(OFFER) for s in records(project, "services") if not s.get("venues"))


def test_for_every_family_comes_before_extra_support(split) -> None:
    project, built = split
    level = {s["id"]: s["level"] for s in records(project, "services")}
    for url, page in area_stage_pages(built.files).items():
        extra_starts = page.index(EXTRA) if EXTRA in page else len(page)
        for match in CARD.finditer(page):
            universal = level[match.group(1)] == "universal"
            assert (match.start() < extra_starts) == universal, (url, match.group(1))
        if UNIVERSAL in page:
            assert page.index(UNIVERSAL) < extra_starts


def test_a_page_with_a_service_for_every_area_says_so(split) -> None:
    project, built = split
    everywhere = {s["id"] for s in records(project, "services") if not s.get("venues")}
    sentence = "Services that are not at a family hub or other venue are for families in every area."
    for url, page in area_stage_pages(built.files).items():
        assert (sentence in page) == bool(everywhere & set(CARD.findall(page))), url


def test_the_index_links_every_area_stage_page_with_its_count(split) -> None:
    project, built = split
    expected = expected_pages(project)
    index = built.files["start-for-life/index.md"]
    links = INDEX_LINK.findall(index)
    assert {followed("start-for-life/", link): int(count) for link, count, _ in links} == {
        url: len(services) for url, services in expected.items()}
    for link, _, area in links:
        assert followed("start-for-life/", link).split("/")[1] == slug(area)
    areas = sorted({venue["area"] for venue in records(project, "venues")})
    headings = re.findall(r'<h3 id="area-([^"]+)">([^<]+)</h3>', index)
    assert [name for _, name in headings] == areas  # in name order
    assert '<h2 id="areas">Choose your area</h2>' in index and '<h2 id="ask-us">' in index
    assert "fh-card" not in index  # the services themselves are on the area pages


def test_each_area_stage_page_leads_to_its_area_s_other_stages_every_area_and_the_contact(split) -> None:
    _, built = split
    pages = area_stage_pages(built.files)
    for url, page in pages.items():
        area = url.split("/")[1]
        nav = page[page.index('<nav aria-label="Stages in'):page.index("</nav>")]
        stages = re.findall(r'href="([^"]+)"', nav)
        resolved = [posixpath.normpath(posixpath.join(url, link)) + "/" for link in stages]
        assert resolved[:-1] == [p for p in pages if p.split("/")[1] == area]  # the area's stages, in order
        assert resolved[-1] == "start-for-life/"  # "Choose another area"
        current = re.findall(r'href="([^"]+)" aria-current="page"', nav)
        assert nav.count('aria-current="page"') == 1 and [followed(url, link) for link in current] == [url]
        assert '<h2 id="ask-us" data-search-exclude>Not sure what you need? Ask us</h2>' in page
        assert all("data-search-exclude" in card for card in re.findall(r"<article[^>]*>", page))


def _links(page: str) -> list[str]:
    return [link for link in re.findall(r'href="([^"]+)"', page)
            if not re.match(r"(https?|mailto|tel):", link)]


def test_every_link_from_and_into_start_for_life_lands_on_a_page_that_exists(split) -> None:
    _, built = split
    files = built.files
    sources = {path.removesuffix("index.md"): text for path, text in files.items()
               if path.startswith("start-for-life/") or path == "index.md"}
    checked = 0
    for url, page in sources.items():
        for link in _links(page):
            target, _, anchor = posixpath.join(url, link).partition("#")
            path = posixpath.normpath(target) + "/" if target.endswith("/") else posixpath.normpath(target)
            if url == "" and not path.startswith("start-for-life"):
                continue  # the home page's other links are checked by tests/test_links.py
            source = path + "index.md" if path.endswith("/") or path == "" else path
            assert source in files, f"{url} links to {link}, which is not a page"
            if anchor:
                assert f'id="{anchor}"' in files[source], f"{url} links to {link}, which has no #{anchor}"
            checked += 1
    assert checked > 500
    home_stages = re.findall(r'<a class="fh-stage-link" href="([^"]+)">', files["index.md"])
    assert home_stages == ["start-for-life/#areas"] * 5  # choosing the area comes first


def test_the_split_pages_are_the_same_from_build_to_build(split) -> None:
    project, built = split
    again = generate(project, TODAY).files
    assert {p: t for p, t in again.items() if p.startswith("start-for-life/")} == {
        p: t for p, t in built.files.items() if p.startswith("start-for-life/")}


def test_areas_whose_names_make_the_same_address_get_their_own_pages_and_names_are_escaped(tmp_path: Path) -> None:
    project = split_example(tmp_path / "project")
    renamed = {"northgate-family-hub": "St Mary's & <Oak>", "riverside-family-hub": "St Marys & Oak"}
    for venue_id, area in renamed.items():
        path = project / "content" / "venues" / f"{venue_id}.yml"
        path.write_text(re.sub(r"(?m)^area: .*$", f'area: "{area}"', path.read_text(encoding="utf-8")),
                        encoding="utf-8")
    files = generate(project, TODAY).files
    index = files["start-for-life/index.md"]
    assert '<h3 id="area-st-marys-oak">St Mary&#39;s &amp; &lt;Oak&gt;</h3>' in index  # first in name order
    assert '<h3 id="area-st-marys-oak-2">St Marys &amp; Oak</h3>' in index
    assert "<Oak>" not in index
    page = files["start-for-life/st-marys-oak/pregnancy/index.md"]
    assert '<p class="fh-kicker">Start for Life in St Mary&#39;s &amp; &lt;Oak&gt;</p>' in page
    assert 'title: "I&#x27;m pregnant: Start for Life in St Mary&#x27;s &amp; &lt;Oak&gt;"' in page
    assert "start-for-life/st-marys-oak-2/pregnancy/index.md" in files


def test_cards_on_an_area_page_name_only_that_area_s_venues_and_count_the_rest(split) -> None:
    project, generated = split
    venues = {venue["id"]: venue for venue in records(project, "venues")}
    services = {service["id"]: service for service in records(project, "services")}
    area_by_slug = {slug(v["area"]): v["area"] for v in venues.values()}
    counted = 0
    for url, page in area_stage_pages(generated.files).items():
        area = area_by_slug[url.split("/")[1]]
        for card in re.findall(r'<article class="fh-card fh-service"[^>]*>.*?</article>', page, re.S):
            service = services[CARD.search(card).group(1)]
            named = re.findall(r'href="\.\./\.\./\.\./venues/([^/]+)/"', card)
            here = [v for v in service.get("venues", []) if venues[v]["area"] == area]
            assert sorted(named) == sorted(here), (url, service["id"])
            elsewhere = len(service.get("venues", [])) - len(here)
            if elsewhere:
                counted += 1
                noun = "place" if elsewhere == 1 else "places"
                assert f"{elsewhere} {noun} in other areas" in card, (url, service["id"])
    assert counted, "the example has services in more than one area"
