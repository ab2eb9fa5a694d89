"""The childcare page and its downloads hold every setting, escaped, with the same figures."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from generator.build import generate
from generator.check import check_content
from generator.childcare.addresses import childcare_addresses
from generator.childcare.open_data import csv_cell, row, row_fields
from generator.childcare.prices import REFERENCE_AGES, prices_at
from generator.publication import publication

from ..conftest import BASE_CASE, EXAMPLE_TODAY, make_project

TODAY = EXAMPLE_TODAY


@pytest.fixture(scope="module")
def example(example_root: Path):
    return generate(example_root, TODAY)


def _ids_in_content(root: Path) -> set[str]:
    ids = set()
    for file in (root / "content" / "childcare").glob("*.yml"):
        match = re.search(r"^id: (\S+)$", file.read_text(), re.MULTILINE)
        ids.add(match.group(1))
    return ids


def test_every_setting_is_on_the_page_and_in_both_downloads(example, example_root: Path) -> None:
    ids = _ids_in_content(example_root)
    assert len(ids) >= 30
    page = example.files["childcare/index.md"]
    assert set(re.findall(r'<tr id="([^"]+)"', page)) == ids
    data = json.loads(example.files["data/childcare.json"])
    assert {r["id"] for r in data["settings"]} == ids
    rows = list(csv.DictReader(io.StringIO(example.files["data/childcare.csv"])))
    assert {r["id"] for r in rows} == ids
    assert len(rows) == len(data["settings"]) == len(ids)


def test_example_data_is_varied(example) -> None:
    settings = list(example.site.childcare.values())
    assert len({s.type for s in settings}) >= 4
    assert len({s.ward for s in settings}) == len({v.ward for v in example.site.venues.values()})
    assert any(b.per_hour is not None for s in settings for b in s.fees)
    assert any(b.sessions and b.per_hour is None for s in settings for b in s.fees)
    assert any(b.per_day is not None and b.per_hour is None and not b.sessions for s in settings for b in s.fees)
    assert any(len(s.fees) >= 3 for s in settings)
    assert any(c.per == "day" and not c.optional and c.price for s in settings for c in s.additional_charges)
    assert any(not s.additional_charges for s in settings)
    for s in settings:
        assert 52.40 <= s.coordinates.latitude <= 52.46 and -1.95 <= s.coordinates.longitude <= -1.85


def test_json_and_csv_have_the_same_fields_and_the_computed_prices(example) -> None:
    data = json.loads(example.files["data/childcare.json"])
    reader = csv.DictReader(io.StringIO(example.files["data/childcare.csv"]))
    assert reader.fieldnames == list(data["settings"][0]) == row_fields()
    for record in data["settings"]:
        setting = example.site.childcare[record["id"]]
        assert record["url"] == f"https://familyhubs.example.gov.uk/childcare/#{setting.id}"
        assert record["name"] == setting.name and record["type"] == setting.type
        for suffix, _, months in REFERENCE_AGES:
            prices = prices_at(setting, months)
            assert record[f"hour_price_pence_{suffix}"] == (prices.hour if prices else None)
            assert record[f"day_price_pence_{suffix}"] == (prices.day if prices else None)


def test_a_hand_worked_example_setting_in_the_downloads(example) -> None:
    data = {r["id"]: r for r in json.loads(example.files["data/childcare.json"])["settings"]}
    acorn = data["acorn-day-nursery-oakwood"]
    # 24-35 months: £7.40 an hour; day £68.00 + compulsory meals £4.50 = £72.50.
    assert (acorn["hour_price_pence_age_2"], acorn["day_price_pence_age_2"]) == (740, 7250)
    # Riverside sells days and sessions, no hourly rate. 6-23 months: Morning 4300 / 5 h = 860,
    # Afternoon 4100 / 5 h = 820 -> 820; day 7850 + meals 350 = 8200.
    riverside = data["riverside-kids-nursery"]
    assert (riverside["hour_price_pence_age_1"], riverside["day_price_pence_age_1"]) == (820, 8200)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(example.files["data/childcare.csv"]))}
    assert rows["riverside-kids-nursery"]["hour_price_pence_age_1"] == "820"
    assert rows["millbrook-primary-nursery"]["hour_price_pence_age_3"] == ""  # funded hours only


def test_page_is_a_real_table_with_caption_and_scopes_and_the_explainer(example) -> None:
    page = example.files["childcare/index.md"]
    assert page.count("<caption>") == 1
    assert page.count('<th scope="col"') == 8
    assert page.count('<th scope="row"') == len(example.site.childcare)
    for url in ("https://www.gov.uk/help-with-childcare-costs", "https://beststartinlife.gov.uk/",
                "https://www.gov.uk/tax-free-childcare",
                "https://www.gov.uk/help-with-childcare-costs/universal-credit",
                "https://www.gov.uk/find-ofsted-inspection-report"):
        assert f'href="{url}"' in page
    assert "childcarechoices" not in page  # the government's old site, now Best Start in Life
    settings = example.site.settings
    assert settings.contact.email in page and "tel:03001234567" in page
    assert "15 hours for all 3 and 4 year olds" in page and "30 hours for working families, from 9 months" in page
    assert 'id="cc-correct"' in page and "If you run a setting" in page
    assert "Prices were last confirmed with the settings between" in page
    assert 'role="status"' in page
    assert '<div class="cc-tools" id="cc-tools" hidden>' in page  # no dead controls without JavaScript
    assert 'href="../data/childcare.csv"' in page and 'href="../data/childcare.json"' in page


def test_home_page_links_to_childcare(example) -> None:
    assert 'href="childcare/">Childcare and costs</a>' in example.files["index.md"]


def test_output_is_deterministic(example, example_root: Path) -> None:
    again = generate(example_root, TODAY)
    for path in ("childcare/index.md", "data/childcare.json", "data/childcare.csv"):
        assert again.files[path] == example.files[path]


HOSTILE = """id: hostile
name: <script>alert("x")</script> & Co
type: childminder
summary: =HYPERLINK("http://evil.example","click")
ofsted:
  reference: EY100009
  outcome: good
  inspected: 2025-03-04
address:
  - "@SUM(1+1)"
postcode: TE1 1SU
ward: Central
area: "Test\\" onmouseover=\\"x"
coordinates:
  latitude: 52.1
  longitude: -1.5
ages:
  from_months: 0
  to_months: 59
opening_hours:
  monday: 08:00 to 18:00
weeks_open: 48
term_time_only: no
funded_hours:
  three_and_four_year_olds: yes
  working_families: no
  two_year_olds: no
  stretched: no
fees:
  - from_months: 0
    to_months: 59
    per_hour: 6.00
additional_charges:
  - name: +Lunch
    price: 2.00
    per: day
    optional: no
send_support: no
languages: [-English]
last_reviewed: 2026-05-01
"""


def test_text_is_escaped_in_html_json_and_csv(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay" / "content" / "childcare"
    overlay.mkdir(parents=True)
    (overlay / "hostile.yml").write_text(HOSTILE)
    project = make_project(tmp_path / "project", tmp_path / "overlay")
    files = generate(project, TODAY).files
    page = files["childcare/index.md"]
    # The templates escape with markupsafe, which writes a double quote as &#34;.
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in page
    assert 'data-area="Test&#34; onmouseover=&#34;x"' in page
    record = next(r for r in json.loads(files["data/childcare.json"])["settings"] if r["id"] == "hostile")
    assert record["name"] == '<script>alert("x")</script> & Co'
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(files["data/childcare.csv"]))}
    hostile = rows["hostile"]
    assert hostile["summary"].startswith("'=HYPERLINK")
    assert hostile["address"] == "'@SUM(1+1)"
    assert hostile["additional_charges"].startswith("'+Lunch")
    assert hostile["languages"] == "'-English"
    assert hostile["longitude"] == "-1.5"  # numbers stay numbers


def test_csv_cells() -> None:
    assert csv_cell(None) == "" and csv_cell(True) == "yes" and csv_cell(False) == "no"
    assert csv_cell(-1.9) == "-1.9" and csv_cell(750) == "750"
    for start in "=+-@":
        assert csv_cell(start + "1") == "'" + start + "1"
    assert csv_cell("Plain") == "Plain"


def test_row_fields_match_what_rows_write(example) -> None:
    addresses = childcare_addresses(example.site)
    published = publication(example.site.settings, None)
    for setting in example.site.childcare.values():
        assert list(row(setting, addresses, published)) == row_fields()


def test_old_costs_are_a_warning_not_an_error(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay" / "content"
    (overlay / "childcare").mkdir(parents=True)
    base = BASE_CASE / "content"
    settings = (base / "site.yml").read_text().replace("childcare_costs_warning_months: 120",
                                                        "childcare_costs_warning_months: 6")
    (overlay / "site.yml").write_text(settings)
    nursery = (base / "childcare" / "little-owls-nursery.yml").read_text()
    (overlay / "childcare" / "little-owls-nursery.yml").write_text(
        nursery.replace("last_reviewed: 2026-05-01", "last_reviewed: 2020-01-15"))
    project = make_project(tmp_path / "project", tmp_path / "overlay")
    site, problems = check_content(project)
    assert site is not None, "old costs must not stop the site being published"
    # Only this file's warnings: other base records may turn stale as the years pass.
    warnings = [p for p in problems if p.warning and p.path.startswith("content/childcare/")]
    assert [str(p) for p in warnings] == [
        "content/childcare/little-owls-nursery.yml:51: warning: the costs were last confirmed on 15 January 2020, "
        "more than 6 months ago; check them with the setting and update 'last_reviewed'"
    ]
    # The page tells parents too, and still publishes the setting.
    page = generate(project, TODAY).files["childcare/index.md"]
    assert ('Costs confirmed <time datetime="2020-01-15">15 January 2020</time> <strong>(a while ago: check the '
            "prices with the setting)</strong>") in page
