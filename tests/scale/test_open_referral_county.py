"""At county scale (600 services, 4,000 weekly sessions) the Open Referral UK feed still validates against
the published specification, holds every service by name, and its schedules give the engine's dates.

The feed is made in-process from the county sample (no MkDocs build of the county's pages); the example's
tests (tests/open_referral/) check the same files as MkDocs publishes them and serve them over HTTP.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from generator.check import load_site
from generator.context import resolve_context
from generator.open_referral.feed import feed_files
from generator.open_referral.ids import FeedIds
from generator.open_referral.records import FeedRecords
from generator.sample import SCALES, write_sample

from ..open_referral.feed_checks import (
    dates_by_place_and_time,
    empty_values,
    engine_dates,
    feed_payloads,
    items,
    schema_problems,
)

TODAY = date(2026, 11, 23)
SITE_URL = "https://familyhubs.example.gov.uk/"


def test_the_county_feed_validates_and_gives_every_service_and_date(tmp_path: Path) -> None:
    write_sample(SCALES["county"], tmp_path)
    ctx = resolve_context(load_site(tmp_path, TODAY), TODAY, SITE_URL)
    started = time.perf_counter()
    files = feed_files(ctx)
    made = time.perf_counter() - started
    feed = feed_payloads(dict(files))
    size = sum(len(text.encode()) for text in files.values())
    print(f"county feed: {len(files)} files, {size / 1e6:.1f} MB, made in {made:.1f} s")

    assert schema_problems(feed) == []
    assert [f"{path}{where}" for path, payload in feed.items() for where in empty_values(payload)] == []
    ids = FeedIds(ctx.site.settings.council_name)
    assert {ids("service", s.id): s.name for s in ctx.site.services.values()} == {
        item["id"]: item["name"] for item in items(feed, "services")}
    assert len(items(feed, "services")) == 600
    schedule = ctx.timetable.schedule
    expected = engine_dates(ctx, FeedRecords(ctx).sal_id)
    found = dates_by_place_and_time(feed, schedule.start, schedule.end)
    assert sum(expected.values()) > 30_000
    assert found - expected == {} and expected - found == {}
