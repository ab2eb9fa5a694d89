"""Above ``childcare_one_page_limit`` the childcare list is one page per ward, and every link
and open-data ``url`` names the page that really holds the setting's row.

Built from real projects: the example borough with the low limits of ``SPLIT_LIMITS``, and the
test base case with settings added in awkwardly named wards. Expected pages, counts and
neighbours are worked out here from the checked content, not read back from the pages.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from generator.build import generate
from generator.childcare.addresses import setting_url
from generator.childcare.wards import ward_centres
from generator.distance import miles
from generator.slugs import ward_slug
from generator.urls import CHILDCARE
from generator.wards import addresses

from ..conftest import BASE_CASE, EXAMPLE_TODAY, SPLIT_LIMITS, example_project, make_project

TODAY = EXAMPLE_TODAY
ROW_ID = re.compile(r'<tr id="([^"]+)"')


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory):
    project = example_project(tmp_path_factory.mktemp("split-childcare") / "project")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + SPLIT_LIMITS, encoding="utf-8")
    return generate(project, TODAY)


def ward_pages(files: dict) -> dict[str, str]:
    """Each ward page's Markdown by its URL (``childcare/castle/``)."""
    found = {}
    for path, text in files.items():
        match = re.fullmatch(r"(childcare/[^/]+/)index\.md", path)
        if match:
            found[match.group(1)] = text
    return found


def test_the_example_is_one_page_with_the_default_limit(example_root: Path) -> None:
    example = generate(example_root, TODAY)
    assert example.site.settings.childcare_one_page_limit == 100
    assert ward_pages(example.files) == {}
    page = example.files["childcare/index.md"]
    assert sorted(ROW_ID.findall(page)) == sorted(example.site.childcare)
    assert 'id="cc-wards"' not in page
    for setting in example.site.childcare.values():
        assert setting_url(setting, example.site) == f"childcare/#{setting.id}"


def test_every_setting_is_on_exactly_one_page_its_wards(split) -> None:
    site, files = split.site, split.files
    assert len(site.childcare) > site.settings.childcare_one_page_limit
    pages = ward_pages(files)
    ward_of_page = {f"childcare/{ward_slug(s.ward)}/": s.ward for s in site.childcare.values()}
    assert set(pages) == set(ward_of_page)
    placed = Counter(row for page in pages.values() for row in ROW_ID.findall(page))
    assert placed == Counter(list(site.childcare))  # each setting once, none missing
    for url, page in pages.items():
        ids = ROW_ID.findall(page)
        assert {site.childcare[i].ward for i in ids} == {ward_of_page[url]}
        assert ids == [i for i in site.childcare if i in ids]  # name order, as on the one page
    assert "<table" not in files["childcare/index.md"]


def test_the_index_lists_every_ward_with_its_count_under_its_area(split) -> None:
    site, index = split.site, split.files["childcare/index.md"]
    counts = Counter(s.ward for s in site.childcare.values())
    areas = {c.name: c.area for c in ward_centres(site)}
    listed = re.findall(r'<a href="([^"]+)">([^<]+): (\d+) settings?</a>', index)
    assert {ward: int(n) for _, ward, n in listed} == dict(counts)
    assert {href for href, _, _ in listed} == {f"../childcare/{ward_slug(w)}/" for w in counts}
    # Under area headings, in name order within each area.
    sections = re.findall(r"<h3>([^<]+)</h3>\n<ul class=\"cc-ward-list\">\n(.*?)</ul>", index, re.DOTALL)
    assert [area for area, _ in sections] == sorted({areas[w] for w in counts}, key=str.casefold)
    for area, items in sections:
        names = re.findall(r'">([^<]+): \d+ settings?</a>', items)
        assert names == sorted((w for w in counts if areas[w] == area), key=str.casefold)
    # Still on /childcare/: the total, help paying, the method, the downloads and corrections.
    assert f"All {len(site.childcare)} childcare settings" in index
    for anchor in ("cc-help", "cc-method", "cc-estimate-method", "cc-data", "cc-correct"):
        assert f'id="{anchor}"' in index
    assert 'href="../data/childcare.csv"' in index and 'href="../data/childcare.json"' in index
    # "Use my location" only appears when the script runs; the list itself needs no script.
    assert '<div class="cc-finder" id="cc-finder" hidden>' in index and 'id="cc-locate"' in index


def test_open_data_urls_point_at_a_page_with_that_row(split) -> None:
    files = split.files
    records = json.loads(files["data/childcare.json"])["settings"]
    rows = list(csv.DictReader(io.StringIO(files["data/childcare.csv"])))
    assert [r["url"] for r in rows] == [r["url"] for r in records]
    for record in records:
        setting = split.site.childcare[record["id"]]
        assert record["url"] == f"https://familyhubs.example.gov.uk/childcare/{ward_slug(setting.ward)}/#{setting.id}"
        page, anchor = record["url"].removeprefix("https://familyhubs.example.gov.uk/").split("#")
        assert f'<tr id="{anchor}"' in files[page + "index.md"]


def test_a_ward_page_has_the_table_tools_and_links_but_not_the_explainers(split) -> None:
    site = split.site
    castle = [s for s in site.childcare.values() if s.ward == "Castle"]
    page = split.files["childcare/castle/index.md"]
    assert '<h1>Childcare in Castle</h1>' in page
    assert f"The {len(castle)} childcare settings we know of in Castle ward, in Central Exampleton" in page
    assert page.count('<th scope="row"') == len(castle) and page.count("<caption>") == 1
    assert '<div class="cc-tools" id="cc-tools" hidden>' in page and 'role="status"' in page
    assert 'id="cc-area"' not in page  # every setting here is in one area
    near = re.findall(r'<option value="([^"]+)" data-lat', page)
    assert near == [c.name for c in ward_centres(site)]  # distance from any ward's middle
    for anchor in ("cc-wards", "cc-help", "cc-method", "cc-estimate-method"):
        assert f'href="../../childcare/#{anchor}"' in page
    for anchor in ("cc-help", "cc-method", "cc-data", "cc-correct"):
        assert f'id="{anchor}"' not in page  # linked, not repeated
    assert 'href="../../data/childcare.csv"' in page
    assert page.count('<script src="../../assets/javascripts/childcare.js" defer></script>') == 1


def test_a_ward_page_links_to_the_three_nearest_wards(split) -> None:
    site = split.site
    counts = Counter(s.ward for s in site.childcare.values())
    centres = [c for c in ward_centres(site) if c.name in counts]
    for centre in centres:
        others = [c for c in centres if c.name != centre.name]
        others.sort(key=lambda c: miles(centre.latitude, centre.longitude, c.latitude, c.longitude))
        page = split.files[f"childcare/{ward_slug(centre.name)}/index.md"]
        nearby = page.split('<h2 id="cc-nearby">', 1)[1].split("</ul>", 1)[0]
        expected = [(f"../../childcare/{ward_slug(c.name)}/", c.name, counts[c.name]) for c in others[:3]]
        found = [(href, ward, int(n)) for href, ward, n in
                 re.findall(r'<a href="([^"]+)">([^<]+): (\d+) settings?</a>', nearby)]
        assert found == expected


def test_split_output_is_deterministic(split, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + SPLIT_LIMITS, encoding="utf-8")
    again = generate(project, TODAY).files
    for path, text in split.files.items():
        if path.startswith(("childcare/", "data/childcare")):
            assert again[path] == text, path


def test_ward_slugs_that_clash_get_their_own_addresses() -> None:
    wards = [("St Marys", "A"), ("St Mary's", "A"), ("St Marys 2", "A"), ("Oak", "B"), ("Oak", "A")]
    pages = addresses(wards, CHILDCARE)
    # "St Mary's" sorts first and keeps the plain slug; "St Marys 2" keeps its own; the other
    # "St Marys" skips "-2", which that ward already has by its name. Oak in area A comes before
    # Oak in area B.
    assert pages == {("St Mary's", "A"): "childcare/st-marys/", ("St Marys", "A"): "childcare/st-marys-3/",
                     ("St Marys 2", "A"): "childcare/st-marys-2/", ("Oak", "A"): "childcare/oak/",
                     ("Oak", "B"): "childcare/oak-2/"}
    assert addresses(list(reversed(wards)), CHILDCARE) == pages  # the order of the content does not matter


def _setting_file(base: str, setting_id: str, ward: str) -> str:
    text = re.sub(r"^id: .*$", f"id: {setting_id}", base, flags=re.MULTILINE)
    text = re.sub(r"^name: .*$", f"name: Setting {setting_id}", text, flags=re.MULTILINE)
    return re.sub(r"^ward: .*$", f"ward: {json.dumps(ward)}", text, flags=re.MULTILINE)


def test_clashing_and_hostile_ward_names_build_distinct_escaped_pages(tmp_path: Path) -> None:
    base = (BASE_CASE / "content" / "childcare" / "little-owls-nursery.yml").read_text()
    overlay = tmp_path / "overlay" / "content"
    (overlay / "childcare").mkdir(parents=True)
    wards = {"mary-one": "St Mary's", "mary-two": "St Marys", "mary-three": "St Marys",
             "hostile": '<b>Oak</b> & "Ash"'}
    for setting_id, ward in wards.items():
        (overlay / "childcare" / f"{setting_id}.yml").write_text(_setting_file(base, setting_id, ward))
    site_yml = (BASE_CASE / "content" / "site.yml").read_text()
    (overlay / "site.yml").write_text(site_yml + "\nchildcare_one_page_limit: 2\n")
    project = make_project(tmp_path / "project", tmp_path / "overlay")
    files = generate(project, TODAY).files
    pages = ward_pages(files)
    assert set(pages) == {"childcare/central/", "childcare/st-marys/", "childcare/st-marys-2/",
                          "childcare/b-oak-b-ash/"}
    assert ROW_ID.findall(pages["childcare/st-marys/"]) == ["mary-one"]
    assert sorted(ROW_ID.findall(pages["childcare/st-marys-2/"])) == ["mary-three", "mary-two"]
    urls = {r["id"]: r["url"] for r in json.loads(files["data/childcare.json"])["settings"]}
    assert urls["mary-one"] == "https://hubs.testshire.example/childcare/st-marys/#mary-one"
    assert urls["mary-two"] == "https://hubs.testshire.example/childcare/st-marys-2/#mary-two"
    index = files["childcare/index.md"]
    # The templates escape with markupsafe (&#39; and &#34;); the front matter with html.escape (&quot;).
    assert 'href="../childcare/st-marys/">St Mary&#39;s: 1 setting</a>' in index
    assert 'href="../childcare/st-marys-2/">St Marys: 2 settings</a>' in index
    hostile = pages["childcare/b-oak-b-ash/"]
    escaped = "&lt;b&gt;Oak&lt;/b&gt; &amp; &#34;Ash&#34;"
    assert f"<h1>Childcare in {escaped}</h1>" in hostile
    assert f'href="../childcare/b-oak-b-ash/">{escaped}: 1 setting</a>' in index
    front, body = hostile.split("\n---\n", 1)
    assert "<b>Oak" not in body and "<b>Oak" not in index
    # The theme writes titles as they are, so they come escaped.
    assert 'title: "Childcare in &lt;b&gt;Oak&lt;/b&gt; &amp; &quot;Ash&quot;"' in front
