"""A ward is its name and its area: two "Castle" wards in two areas are two wards on the childcare list.

The test base case with four settings added, with the one-page limit set low so the list is split by
ward. Two of the settings are in wards called Castle, one in the area North and one in South. Each
must get its own page, be listed under its own area on /childcare/, have its own middle for "near
me" and for the wards nearby, and its setting's ``url`` in the open data must name its own page.

Every place is on the same line of longitude, so the distances (and the nearest wards) can be read
from the latitudes written below.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from generator.build import generate

from ..conftest import BASE_CASE, followed, make_project

TODAY = date(2026, 11, 22)
# Setting id: (ward, area, latitude). The base case adds Central ward, in Testtown, its venue at 52.1
# and its nursery at 52.101: its middle is 52.1005.
PLACES = {
    "castle-north": ("Castle", "North", "52.40"),
    "oak-north": ("Oak", "North", "52.35"),
    "castle-south": ("Castle", "South", "51.95"),
    "elm-south": ("Elm", "South", "51.85"),
}
ROW_ID = re.compile(r'<tr id="([^"]+)"')
WARD_LINK = re.compile(r'<a href="([^"]+)">([^<]+): (\d+) settings?</a>')


def _setting_file(base: str, setting_id: str, ward: str, area: str, latitude: str) -> str:
    changes = {"id": setting_id, "name": f"Setting {setting_id}", "ward": json.dumps(ward),
               "area": json.dumps(area), "  latitude": latitude, "  longitude": "-1.5"}
    for field, value in changes.items():
        base = re.sub(rf"^{field}: .*$", f"{field}: {value}", base, count=1, flags=re.MULTILINE)
    return base


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("two-castles")
    overlay = folder / "overlay" / "content"
    (overlay / "childcare").mkdir(parents=True)
    base = (BASE_CASE / "content" / "childcare" / "little-owls-nursery.yml").read_text()
    for setting_id, (ward, area, latitude) in PLACES.items():
        (overlay / "childcare" / f"{setting_id}.yml").write_text(_setting_file(base, setting_id, ward, area, latitude))
    site_yml = (BASE_CASE / "content" / "site.yml").read_text()
    (overlay / "site.yml").write_text(site_yml + "\nchildcare_one_page_limit: 2\n")
    project = make_project(folder / "project", folder / "overlay")
    return generate(project, TODAY).files


def _pages(files: dict) -> dict[str, str]:
    return {m.group(1): text for path, text in files.items()
            if (m := re.fullmatch(r"(childcare/[^/]+/)index\.md", path))}


def test_each_castle_has_its_own_page(files: dict) -> None:
    pages = _pages(files)
    assert set(pages) == {"childcare/castle/", "childcare/castle-2/", "childcare/central/", "childcare/elm/",
                          "childcare/oak/"}
    # The first in name order, then area order, keeps the plain address; the next is numbered.
    assert ROW_ID.findall(pages["childcare/castle/"]) == ["castle-north"]
    assert ROW_ID.findall(pages["childcare/castle-2/"]) == ["castle-south"]
    assert "The 1 childcare setting we know of in Castle ward, in North" in pages["childcare/castle/"]
    assert "The 1 childcare setting we know of in Castle ward, in South" in pages["childcare/castle-2/"]
    # Two pages called "Childcare in Castle" would be hard to tell apart: the area tells them apart.
    assert "<h1>Childcare in Castle (North)</h1>" in pages["childcare/castle/"]
    assert "<h1>Childcare in Castle (South)</h1>" in pages["childcare/castle-2/"]
    assert "<h1>Childcare in Oak</h1>" in pages["childcare/oak/"]  # a name used once is left alone


def _ward_link(page: str, link: str) -> str:
    """The childcare ward page a link on ``page`` leads to, as its address under /childcare/: ``castle/``."""
    return followed(page, link).removeprefix("childcare/")


def test_the_index_lists_each_castle_under_its_own_area(files: dict) -> None:
    index = files["childcare/index.md"]
    sections = re.findall(r'<h3>([^<]+)</h3>\n<ul class="cc-ward-list">\n(.*?)</ul>', index, re.DOTALL)
    listed = {area: [(_ward_link("childcare/", href), ward, int(n)) for href, ward, n in WARD_LINK.findall(items)]
              for area, items in sections}
    assert listed == {
        "North": [("castle/", "Castle (North)", 1), ("oak/", "Oak", 1)],
        "South": [("castle-2/", "Castle (South)", 1), ("elm/", "Elm", 1)],
        "Testtown": [("central/", "Central", 1)],
    }
    # "Use my location" measures from each ward's own middle, not from a middle of both Castles.
    middles = re.findall(r'<li data-lat="([^"]+)" data-lon="[^"]+"><a href="([^"]+)">', index)
    assert {_ward_link("childcare/", href): lat for lat, href in middles} == {
        "castle/": "52.4", "oak/": "52.35", "castle-2/": "51.95", "elm/": "51.85", "central/": "52.1005"}


def test_each_settings_open_data_url_names_its_own_wards_page(files: dict) -> None:
    records = json.loads(files["data/childcare.json"])["settings"]
    urls = {r["id"]: r["url"] for r in records}
    assert urls["castle-north"] == "https://hubs.testshire.example/childcare/castle/#castle-north"
    assert urls["castle-south"] == "https://hubs.testshire.example/childcare/castle-2/#castle-south"
    rows = {r["id"]: r["url"] for r in csv.DictReader(io.StringIO(files["data/childcare.csv"]))}
    assert rows == urls
    for setting_id, url in urls.items():
        page, anchor = url.removeprefix("https://hubs.testshire.example/").split("#")
        assert anchor == setting_id and ROW_ID.findall(files[page + "index.md"]) == [setting_id]


@pytest.mark.parametrize("page, expected", [
    ("castle", [("oak/", "Oak"), ("central/", "Central"), ("castle-2/", "Castle (South)")]),
    ("castle-2", [("elm/", "Elm"), ("central/", "Central"), ("oak/", "Oak")]),
    ("oak", [("castle/", "Castle (North)"), ("central/", "Central"), ("castle-2/", "Castle (South)")]),
    ("central", [("castle-2/", "Castle (South)"), ("oak/", "Oak"), ("elm/", "Elm")]),
    ("elm", [("castle-2/", "Castle (South)"), ("central/", "Central"), ("oak/", "Oak")]),
])
def test_the_wards_nearby_are_measured_from_each_wards_own_middle(files: dict, page: str, expected: list) -> None:
    text = files[f"childcare/{page}/index.md"]
    nearby = text.split('<h2 id="cc-nearby">', 1)[1].split("</ul>", 1)[0]
    assert [(_ward_link(f"childcare/{page}/", href), ward) for href, ward, _ in WARD_LINK.findall(nearby)] == expected


def test_near_me_offers_each_castle_with_its_own_middle(files: dict) -> None:
    for page in _pages(files).values():
        options = re.findall(r'<option value="([^"]+)" data-lat="([^"]+)" data-lon="[^"]+">([^<]+)</option>', page)
        assert options == [
            ("Castle (North)", "52.4", "Castle (North)"), ("Castle (South)", "51.95", "Castle (South)"),
            ("Central", "52.1005", "Central"), ("Elm", "51.85", "Elm"), ("Oak", "52.35", "Oak")]


def test_one_page_near_me_tells_the_castles_apart_too(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay" / "content" / "childcare"
    overlay.mkdir(parents=True)
    base = (BASE_CASE / "content" / "childcare" / "little-owls-nursery.yml").read_text()
    for setting_id, (ward, area, latitude) in PLACES.items():
        (overlay / f"{setting_id}.yml").write_text(_setting_file(base, setting_id, ward, area, latitude))
    files = generate(make_project(tmp_path / "project", tmp_path / "overlay"), TODAY).files
    assert _pages(files) == {}
    page = files["childcare/index.md"]
    near = re.findall(r'<option value="([^"]+)" data-lat="([^"]+)"', page)
    assert near == [("Castle (North)", "52.4"), ("Castle (South)", "51.95"), ("Central", "52.1005"),
                    ("Elm", "51.85"), ("Oak", "52.35")]
