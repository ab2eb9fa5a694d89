"""The example borough's Open Referral UK feed, as MkDocs publishes it: every endpoint's answer validates
against the published specification's response schemas, it holds every service and venue by the same
name, and its schedules give the engine's dates."""

from __future__ import annotations

import contextlib
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from generator.check import load_site
from generator.context import resolve_context
from generator.open_referral.feed import feed_files
from generator.open_referral.ids import FeedIds
from generator.open_referral.probe import probe
from generator.open_referral.records import FeedRecords
from site_checks.build import serve

from ..conftest import EXAMPLE_TODAY
from .feed_checks import (
    dates_by_place_and_time,
    empty_values,
    endpoint_of,
    engine_dates,
    items,
    schema_problems,
)
from .oruk_spec import ENDPOINTS, problems

SITE_URL = "https://familyhubs.example.gov.uk/"


@pytest.fixture(scope="module")
def published(example_site: Path) -> dict[str, Any]:
    """The feed as the built site holds it, read as JSON."""
    return {path.relative_to(example_site).as_posix(): json.loads(path.read_text(encoding="utf-8"))
            for path in sorted((example_site / "openreferral").rglob("index.html"))}


@pytest.fixture(scope="module")
def context(example_root: Path):
    return resolve_context(load_site(example_root, EXAMPLE_TODAY), EXAMPLE_TODAY, SITE_URL)


def test_every_endpoint_is_answered_and_validates_against_the_specification(published: dict[str, Any]) -> None:
    assert {endpoint_of(path) for path in published} == set(ENDPOINTS)
    assert schema_problems(published) == []


def test_the_root_says_version_3_and_the_lists_are_one_whole_page(published: dict[str, Any]) -> None:
    assert published["openreferral/index.html"]["version"] == "3.0"
    for endpoint in ("services", "service_at_locations", "taxonomies", "taxonomy_terms"):
        listed = published[f"openreferral/{endpoint}/index.html"]
        count = len(items(published, endpoint))
        assert listed["total_items"] == listed["size"] == len(listed["contents"]) == count > 0
        assert (listed["page_number"], listed["total_pages"], listed["first_page"], listed["last_page"]) == (
            1, 1, True, True)
        assert {item["id"] for item in listed["contents"]} == {item["id"] for item in items(published, endpoint)}


def test_nothing_is_null_or_empty(published: dict[str, Any]) -> None:
    assert [f"{path}{where}" for path, payload in published.items() for where in empty_values(payload)] == []


def test_every_service_and_venue_is_in_the_feed_by_the_same_name(published: dict[str, Any], context) -> None:
    site = context.site
    ids = FeedIds(site.settings.council_name)
    services = {item["id"]: item for item in items(published, "services")}
    assert {ids("service", s.id): s.name for s in site.services.values()} == {
        key: item["name"] for key, item in services.items()}
    locations = {sal["location"]["id"]: sal["location"]["name"]
                 for service in services.values() for sal in service.get("service_at_locations", [])}
    hosting = {v.id for s in site.services.values() for v in FeedRecords(context).venues_of(s)}
    assert locations == {ids("location", v.id): v.name for v in site.venues.values() if v.id in hosting}
    assert hosting == set(site.venues), "the example has a venue no service is at, which the feed cannot list"


def test_expanding_the_schedules_gives_the_engine_s_dates(published: dict[str, Any], context) -> None:
    schedule = context.timetable.schedule
    records = FeedRecords(context)
    expected = engine_dates(context, records.sal_id)
    found = dates_by_place_and_time(published, schedule.start, schedule.end)
    assert sum(expected.values()) > 300
    assert found - expected == {} and expected - found == {}


def test_ids_are_the_same_on_every_build_and_differ_between_councils(example_root: Path, context) -> None:
    again = resolve_context(load_site(example_root, EXAMPLE_TODAY), EXAMPLE_TODAY, SITE_URL)
    assert feed_files(again) == feed_files(context)
    assert FeedIds("Example Borough Council")("service", "x") == FeedIds("Example Borough Council")("service", "x")
    assert FeedIds("Example Borough Council")("service", "x") != FeedIds("Northshire Council")("service", "x")


def test_a_schedule_id_stays_the_same_as_the_days_go_by(example_root: Path, context) -> None:
    """The first run of a session starts on a later date tomorrow; its id is the same."""
    later = EXAMPLE_TODAY + timedelta(days=1)
    tomorrow = resolve_context(load_site(example_root, later), later, SITE_URL)
    today_ids = {s["id"] for f in items(_feed(context), "services") for s in f.get("schedules", [])}
    tomorrow_ids = {s["id"] for f in items(_feed(tomorrow), "services") for s in f.get("schedules", [])}
    assert len(today_ids & tomorrow_ids) > 0.9 * len(today_ids)


def _feed(ctx) -> dict[str, Any]:
    return {path: json.loads(text) for path, text in feed_files(ctx).items()}


def test_no_editor_text_can_start_markup(published: dict[str, Any], example_site: Path) -> None:
    for path in (example_site / "openreferral").rglob("index.html"):
        text = path.read_text(encoding="utf-8")
        assert "<" not in text and ">" not in text and "&" not in text, path


def test_served_over_http_the_validator_s_requests_all_pass(example_site: Path) -> None:
    """What the Open Referral UK validator does, over HTTP from the built site: the root, each list with
    ?page=1, then ten items of each; every answer validates against its endpoint's schema."""
    with contextlib.closing(serve(example_site)) as served:
        base = next(served) + "openreferral"  # without the final slash: the host redirects, as GitHub Pages
        found = probe(base)
    assert found.problems == []
    assert sorted({answer.endpoint for answer in found.answers}) == sorted(ENDPOINTS)
    assert len(found.answers) == 1 + 4 + 10 + 10 + 4 + 10  # the root, the lists, and up to ten items of each
    assert [f"{a.url}: {p}" for a in found.answers for p in problems(a.endpoint, a.payload)] == []


def test_the_check_says_what_a_host_does_wrong(tmp_path: Path, example_site: Path) -> None:
    """A feed copied without its item folders, and with a list that miscounts, is refused by name."""
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(example_site / "openreferral", copy / "openreferral")
    shutil.rmtree(next(p for p in (copy / "openreferral" / "taxonomies").iterdir() if p.is_dir()))
    terms = copy / "openreferral" / "taxonomy_terms" / "index.html"
    listed = json.loads(terms.read_text())
    terms.write_text(json.dumps({**listed, "size": 3}))
    with contextlib.closing(serve(copy)) as served:
        found = probe(next(served) + "openreferral/")
    assert [p.split(": ", 1)[1] for p in found.problems] == ["the server answered 404 File not found",
                                                              f"'size' is 3 for {len(listed['contents'])} items"]
