"""What the timetable publishes: What's on, venue and service timetables, calendar pages and sessions.json."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from .helpers import build, town_project

TODAY = date(2026, 11, 4)


def test_whats_on_has_two_weeks_by_day_then_the_weekly_timetable(tmp_path: Path) -> None:
    files, view = build(town_project(tmp_path / "project"), TODAY)
    page = files["whats-on/index.md"]
    assert page.index('id="this-week"') < page.index('id="next-week"') < page.index('id="weekly"')
    # Wednesday 4 November to Sunday 15 November, every day named even when nothing is on.
    for day in range(4, 16):
        assert f'id="day-2026-11-{day:02d}"' in page
    assert "Monday 9 November" in page
    assert "<strong>Cancelled.</strong> The room is needed for a vaccination clinic" in page
    assert '<p id="wo-status" class="wo-status" role="status"' in page
    assert '<form id="wo-filters" class="wo-filters" aria-labelledby="wo-filters-heading" hidden>' in page
    assert '<caption>Monday</caption>' in page and '<th scope="col">Time</th>' in page
    assert '<th scope="row" data-label="Time">1pm to 2:30pm</th>' in page
    assert "Every other Saturday, in term time only" in page
    assert "The first Tuesday of each month" in page


def test_changed_sessions_say_what_changed_in_words(tmp_path: Path) -> None:
    files, _ = build(town_project(tmp_path / "project"), date(2027, 3, 20))
    page = files["whats-on/index.md"]
    assert "<strong>Changed on this date</strong> (usually 1pm to 2:30pm at Town Family Hub). Later this week" in page
    assert '<time datetime="2027-03-22T15:00:00+00:00">3pm</time>' in page


def test_filters_see_the_time_of_day_and_school_days(tmp_path: Path) -> None:
    files, _ = build(town_project(tmp_path / "project"), TODAY)
    page = files["whats-on/index.md"]
    assert re.search(r'data-venue="town-hub" data-stages="pregnancy newborn 0-1" data-themes="perinatal-mental-health"'
                     r' data-time="weekend" data-access="drop-in" data-send="yes" data-free="yes"', page)
    assert 'data-time="afternoon"' in page and 'data-time="morning"' in page


def test_text_from_yaml_is_escaped_on_pages_and_in_json(tmp_path: Path) -> None:
    project = town_project(tmp_path / "project")
    sessions = project / "timetable" / "sessions" / "town-hub.yml"
    sessions.write_text(sessions.read_text().replace("reason: The room is needed for a vaccination clinic",
                                                     "reason: <script>alert(1)</script> & \"more\""))
    files, _ = build(project, TODAY)
    assert "<script>alert" not in files["whats-on/index.md"]
    # The templates escape with markupsafe, which writes a double quote as &#34;.
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;more&#34;" in files["whats-on/index.md"]
    data = json.loads(files["data/sessions.json"])
    reasons = [o.get("reason") for s in data["sessions"] for o in s["occurrences"]]
    assert '<script>alert(1)</script> & "more"' in reasons


def test_sessions_json_lists_occurrences_from_today_for_the_horizon(tmp_path: Path) -> None:
    files, view = build(town_project(tmp_path / "project"), TODAY)
    data = json.loads(files["data/sessions.json"])
    assert data["from"] == "2026-11-04" and data["to"] == "2027-01-26"  # 12 weeks by default
    monday = next(s for s in data["sessions"] if s["id"] == "perinatal-support-monday")
    assert monday["service"] == "perinatal-support" and monday["venue"] == "town-hub"
    assert monday["recurrence"]["words"] == "Every Monday, 1pm to 2:30pm"
    assert monday["recurrence"]["repeats"] == "weekly" and monday["recurrence"]["day"] == "monday"
    first = monday["occurrences"][0]
    assert first == {"start": "2026-11-09T13:00:00+00:00", "end": "2026-11-09T14:30:00+00:00",
                     "status": "cancelled", "venue": "town-hub",
                     "reason": "The room is needed for a vaccination clinic"}
    for session in data["sessions"]:
        for occurrence in session["occurrences"]:
            start = datetime.fromisoformat(occurrence["start"])
            assert start.utcoffset() is not None
            assert TODAY <= start.date() <= TODAY + timedelta(weeks=12)
            assert occurrence["status"] in ("scheduled", "changed", "cancelled")


def test_venue_and_service_pages_show_next_dates_timetable_and_feed(tmp_path: Path) -> None:
    files, _ = build(town_project(tmp_path / "project"), TODAY)
    for page, feed in (("venues/town-hub/index.md", "calendars/venues/town-hub.ics"),
                       ("services/perinatal-support/index.md", "calendars/services/perinatal-support.ics")):
        text = files[page]
        assert '<h2 id="next-dates" data-search-exclude>Next dates</h2>' in text
        assert '<h2 id="timetable" data-search-exclude>Weekly timetable</h2>' in text
        assert f'calendar_feed: "{feed}"' in text
        assert "webcal://hubs.testshire.example/" + feed in text
        assert feed in files
    # A service with no sessions gets no timetable and no feed.
    assert "next-dates" not in files["services/stay-and-play/index.md"]
    assert "calendars/services/stay-and-play.ics" not in files


def test_calendar_pages_offer_every_way_to_subscribe_in_plain_words(tmp_path: Path) -> None:
    files, _ = build(town_project(tmp_path / "project"), TODAY)
    page = files["calendars/index.md"]
    address = "https://hubs.testshire.example/calendars/all.ics"
    assert 'href="webcal://hubs.testshire.example/calendars/all.ics"' in page
    assert ('href="https://calendar.google.com/calendar/render?cid='
            'webcal%3A%2F%2Fhubs.testshire.example%2Fcalendars%2Fall.ics"') in page
    assert 'href="https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fhubs.testshire.example' in page
    assert f'readonly value="{address}"' in page and "Copy the address" in page
    assert "Google Calendar" in page and "Outlook" in page and "Apple Calendar" in page
    for stage in ("pregnancy", "newborn", "0-1"):
        assert f"calendars/stages/{stage}.ics" in files


def test_the_built_example_announces_its_feeds(example_site: Path) -> None:
    """Real MkDocs output: the theme prints <link rel="alternate" type="text/calendar"> from the front matter."""
    for page in ("whats-on/index.html", "venues/northgate-family-hub/index.html", "services/stay-and-play/index.html",
                 "calendars/index.html"):
        html = (example_site / page).read_text()
        link = re.search(r'<link rel="alternate" type="text/calendar" title="[^"]+" href="([^"]+)">', html)
        assert link, page
        assert (example_site / page).parent.joinpath(link.group(1)).resolve().is_file(), link.group(1)
    whats_on = (example_site / "whats-on" / "index.html").read_text()
    assert "assets/stylesheets/whats-on.css" in whats_on and "assets/javascripts/whats-on.js" in whats_on
    assert (example_site / "assets" / "javascripts" / "whats-on.js").is_file()
    assert (example_site / "data" / "sessions.json").is_file()
    nav = re.search(r'<nav class="md-nav md-nav--primary.*?</nav>\s*</div>', whats_on, re.DOTALL).group(0)
    assert "calendars/" not in nav
    assert "What&#39;s on" in nav or "What's on" in nav
