"""Export, import, export: the example borough's Open Referral UK feed read back by ``import-oruk`` into a new
project gives, once an editor fills in what the report names, a feed with every service, location and weekly
schedule of the first."""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from generator.build import check_everything
from generator.check import load_site
from generator.context import resolve_context
from generator.imports.oruk import import_oruk
from generator.open_referral.feed import feed_files
from generator.problems import errors_only

from ..conftest import EXAMPLE_TODAY
from ..open_referral.feed_checks import dates_by_place_and_time, feed_payloads, items

SITE_URL = "https://familyhubs.example.gov.uk/"
COUNCIL = "Example Borough Council"
# What an editor writes for each field the report asks for (the feed cannot say them).
FILLED = {"opening_hours": dict.fromkeys(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday"), "07:00 to 21:00"),
          "last_reviewed": EXAMPLE_TODAY.isoformat()}


def _exported(root: Path) -> dict[str, Any]:
    return feed_payloads(dict(feed_files(resolve_context(load_site(root, EXAMPLE_TODAY), EXAMPLE_TODAY, SITE_URL))))


def _saved(feed: dict[str, Any], folder: Path) -> Path:
    for path, payload in feed.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(json.dumps(payload), encoding="utf-8")
    return folder


def _fill_in(project: Path, to_fill: dict[str, set[str]], example_root: Path) -> None:
    for file, fields in to_fill.items():
        if fields <= {"term_time_only", "terms"}:  # the report asks for the council's terms, in term-dates.yml
            terms = (example_root / "timetable" / "term-dates.yml").read_text(encoding="utf-8")
            (project / "timetable" / "term-dates.yml").write_text(terms, encoding="utf-8")
            continue
        path = project / file
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        unknown = fields - set(FILLED)
        assert not unknown, f"{file}: the report asks for {unknown}, which the example's own feed should give"
        data.update({field: FILLED[field] for field in fields})
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _services(feed: dict[str, Any]) -> dict[str, tuple]:
    """Each service by name: what a consumer reads of it, without ids."""
    found = {}
    for service in items(feed, "services"):
        terms = sorted((a["taxonomy_term"]["taxonomy"], a["taxonomy_term"]["term"]) for a in service["attributes"])
        found[service["name"]] = (service["description"], service["organization"]["name"], service["fees"],
                                  service.get("email"), terms,
                                  sorted(language["name"] for language in service.get("languages", [])))
    return found


def _locations(feed: dict[str, Any]) -> dict[str, tuple]:
    found = {}
    for service in items(feed, "services"):
        for at in service.get("service_at_locations", []):
            location = at["location"]
            address = {k: v for k, v in location["addresses"][0].items() if k not in ("id", "location_id")}
            found[location["name"]] = (location["latitude"], location["longitude"], sorted(address.items()),
                                       sorted(a["description"] for a in location.get("accessibility", [])))
    return found


def _weekly_schedules(feed: dict[str, Any]) -> set[tuple]:
    """Every schedule's pattern and times, with its service's and location's names."""
    names = {at["id"]: (service["name"], at["location"]["name"])
             for service in items(feed, "services") for at in service.get("service_at_locations", [])}
    return {(*names[s["service_at_location_id"]], s["freq"], s["interval"], s["byday"], s["opens_at"],
             s["closes_at"]) for service in items(feed, "services") for s in service.get("schedules", [])}


def _dates(feed: dict[str, Any]) -> Counter:
    """Every date the schedules give in the example's horizon, with its service's and location's names."""
    names = {at["id"]: (service["name"], at["location"]["name"])
             for service in items(feed, "services") for at in service.get("service_at_locations", [])}
    found = dates_by_place_and_time(feed, EXAMPLE_TODAY, EXAMPLE_TODAY + timedelta(weeks=12, days=-1))
    return Counter({(*names[at], *rest): count for (at, *rest), count in found.items()})


def test_export_import_export_keeps_every_service_location_and_weekly_schedule(tmp_path: Path,
                                                                                example_root: Path) -> None:
    first = _exported(example_root)
    project = tmp_path / "imported"
    report = import_oruk(_saved(first, tmp_path / "feed"), project, COUNCIL, EXAMPLE_TODAY)
    _fill_in(project, report.fields_to_fill(), example_root)
    site, problems = check_everything(project, EXAMPLE_TODAY)
    assert errors_only(problems) == []
    second = _exported(project)

    assert _services(second) == _services(first)
    assert _locations(second) == _locations(first)
    assert _weekly_schedules(second) == _weekly_schedules(first)
    assert _dates(second) == _dates(first)
    assert len(_services(first)) == len(site.services) > 50 and len(_weekly_schedules(first)) > 60
