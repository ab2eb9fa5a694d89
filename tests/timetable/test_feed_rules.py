"""The calendar feed rules (generator/timetable/ics.py explains them), checked on the bytes of every feed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from generator.timetable.ics import sequence

from .helpers import build, town_project

TODAY = date(2026, 10, 1)


def _unfold(ics: bytes) -> list[str]:
    return ics.decode("utf-8").replace("\r\n ", "").split("\r\n")


def _events(ics: bytes) -> list[dict[str, list[str]]]:
    events, current = [], None
    for line in _unfold(ics):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None and line:
            name = re.split(r"[;:]", line, maxsplit=1)[0]
            current.setdefault(name, []).append(line)
    return events


def _feeds(tmp_path: Path, weeks: int = 30) -> tuple[dict, object]:
    return build(town_project(tmp_path / "project", weeks=weeks), TODAY)


def test_lines_are_crlf_folded_at_75_octets_without_splitting_characters(tmp_path: Path) -> None:
    files, view = _feeds(tmp_path)
    for path in view.feeds:
        data = files[path]
        assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
        for line in data.split(b"\r\n"):
            assert len(line) <= 75, (path, line)
            line.decode("utf-8")  # a split character would not decode


def test_text_is_escaped_and_calendar_properties_are_right(tmp_path: Path) -> None:
    project = town_project(tmp_path / "project", weeks=30)
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text().replace("site_name: Testshire Family Hubs",
                                                     "site_name: 'Testshire; Family, Hubs'"))
    files, _ = build(project, TODAY)
    lines = _unfold(files["calendars/all.ics"])
    assert "NAME:Testshire\\; Family\\, Hubs: all sessions" in lines
    assert "X-WR-CALNAME:Testshire\\; Family\\, Hubs: all sessions" in lines
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT12H" in lines
    assert "SOURCE;VALUE=URI:https://hubs.testshire.example/calendars/all.ics" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:Cancelled on this date"))
    assert "\\n" in description and "\n" not in description
    # The calendar's own description is text too, in both the standard and the Apple/Google property.
    assert "X-WR-CALDESC:Every family hub session in Testshire Council." in lines
    settings.write_text(settings.read_text().replace("council_name: Testshire Council",
                                                     "council_name: 'Testshire, North'"))
    lines = _unfold(build(project, TODAY)[0]["calendars/all.ics"])
    assert "DESCRIPTION:Every family hub session in Testshire\\, North." in lines
    assert "X-WR-CALDESC:Every family hub session in Testshire\\, North." in lines


def test_one_rrule_form_vtimezone_for_every_tzid(tmp_path: Path) -> None:
    files, view = _feeds(tmp_path)
    for path in view.feeds:
        text = "\r\n".join(_unfold(files[path]))
        assert text.count("BEGIN:VTIMEZONE") == 1
        assert "RDATE" not in text
        assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text and "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
        assert set(re.findall(r"TZID=([^:;]+)", text)) <= {"Europe/London"}


def test_uids_are_the_same_in_every_feed_and_stamps_come_from_the_data(tmp_path: Path) -> None:
    files, view = _feeds(tmp_path)
    seen: dict[tuple[str, str], tuple] = {}
    for path in view.feeds:
        for event in _events(files[path]):
            key = (event["UID"][0], (event.get("RECURRENCE-ID") or [""])[0])
            assert event["DTSTAMP"][0] in ("DTSTAMP:20260501T000000Z", "DTSTAMP:20260510T000000Z")
            # Every feed holding this event holds exactly the same event.
            body = tuple(sorted(line for lines in event.values() for line in lines))
            assert seen.setdefault(key, body) == body, (path, key)
    uids = {uid for uid, _ in seen}
    assert "UID:perinatal-support-monday@hubs.testshire.example" in uids
    assert "UID:perinatal-support-monday-20261222@hubs.testshire.example" in uids  # the extra date


def test_exdate_or_recurrence_id_never_both_and_exdates_match_dtstart(tmp_path: Path) -> None:
    files, view = _feeds(tmp_path)
    events = _events(files["calendars/all.ics"])
    masters = {e["UID"][0]: e for e in events if "RRULE" in e}
    overrides = [e for e in events if "RECURRENCE-ID" in e]
    assert overrides and any("EXDATE" in e for e in masters.values())
    for uid, master in masters.items():
        start = master["DTSTART"][0].split(":")[1]
        excluded = set()
        for line in master.get("EXDATE", []):
            assert line.startswith("EXDATE;TZID=Europe/London:")
            for value in line.split(":")[1].split(","):
                assert value[8:] == start[8:], "an EXDATE has DTSTART's time"
                excluded.add(value)
        overridden = {e["RECURRENCE-ID"][0].split(":")[1] for e in overrides if e["UID"][0] == uid}
        assert not (excluded & overridden), uid
    cancelled = [e for e in overrides if e["STATUS"] == ["STATUS:CANCELLED"]]
    assert cancelled and all(e["SUMMARY"][0].startswith("SUMMARY:Cancelled: ") for e in cancelled)


def test_two_builds_give_identical_feeds_and_sessions_json(tmp_path: Path) -> None:
    first, view = build(town_project(tmp_path / "one", weeks=30), TODAY)
    second, _ = build(town_project(tmp_path / "two", weeks=30), TODAY)
    generated = [p for p in first if p.startswith("calendars/") and p.endswith(".ics")] + ["data/sessions.json"]
    assert len(generated) == len(view.feeds) + 1
    for path in generated:
        assert first[path] == second[path], path


def test_changing_one_sessions_time_raises_its_sequence_and_nothing_else(tmp_path: Path) -> None:
    before, view = _feeds(tmp_path / "before")
    project = town_project(tmp_path / "after", weeks=30)
    sessions = project / "timetable" / "sessions" / "town-hub.yml"
    text = sessions.read_text()
    changed = text.replace("    starts: 9:30am\n    ends: 11am\n", "    starts: 10am\n    ends: 11:30am\n")
    changed = changed.replace("last_changed: 2026-05-10", "last_changed: 2026-09-20")
    assert changed != text
    sessions.write_text(changed)
    after, _ = build(project, TODAY)
    moved = "perinatal-support-tuesday@"
    touched = 0
    for path in view.feeds:
        old = {e["UID"][0] + str(e.get("RECURRENCE-ID")): e for e in _events(before[path])}
        new = {e["UID"][0] + str(e.get("RECURRENCE-ID")): e for e in _events(after[path])}
        assert old.keys() == new.keys()
        for key in old:
            if moved in key:
                touched += 1
                assert int(new[key]["SEQUENCE"][0].split(":")[1]) > int(old[key]["SEQUENCE"][0].split(":")[1])
                assert new[key]["DTSTART"] != old[key]["DTSTART"]
            else:
                assert new[key] == old[key], (path, key)
        # Outside the changed session's events, the feed's bytes are the same.
        strip = re.compile(rb"BEGIN:VEVENT\r\n(?:(?!END:VEVENT).)*?UID:perinatal-support-tuesday@.*?END:VEVENT\r\n",
                           re.DOTALL)
        assert strip.sub(b"", before[path]) == strip.sub(b"", after[path]), path
    assert touched >= 3
    assert sequence(date(2026, 9, 20)) > sequence(date(2026, 5, 10))
