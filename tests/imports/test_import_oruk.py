"""`import-oruk`: an Open Referral UK 3.0 feed saved as files, as venues, services and sessions.

The contract: the import writes what the feed gives, and the project's check then passes, or each error it
finds is in a file and field the report names for an editor to fill in. Three feeds: the two the ORUK
validator serves (read from ``../shared/oruk/``, never copied here), a small feed in this project's own
layout (``tests/imports/oruk/own-feed/``, as the site publishes it: JSON in ``index.html`` files) and a
foreign feed written by the test, with every kind of schedule the timetable can and cannot hold.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.build import check_everything
from generator.imports.oruk import import_oruk, run_import_oruk
from generator.imports.oruk_report import Report
from generator.problems import Problem, errors_only
from generator.yaml_source import parse_yaml

from ..conftest import EXAMPLE_TODAY, REPO

FEEDS = REPO.parent / "shared" / "oruk" / "example-feeds"
OWN_FEED = Path(__file__).parent / "oruk" / "own-feed"
_MISSING = re.compile(r"^'([a-z_]+(?:: [a-z_]+)?)'(?: in item \d+ of '[a-z_]+')? is missing")

needs_feeds = pytest.mark.skipif(not FEEDS.is_dir(), reason="../shared/oruk is not beside the repository")


def _import(source: Path, out: Path, council: str | None = None) -> Report:
    return import_oruk(source, out, council, today=EXAMPLE_TODAY)


def _written(root: Path) -> dict[str, str]:
    """Every record file the import wrote, by its path in the project."""
    files = [*root.glob("content/services/*.yml"), *root.glob("content/venues/*.yml"),
             *root.glob("timetable/sessions/*.yml")]
    return {file.relative_to(root).as_posix(): file.read_text(encoding="utf-8") for file in sorted(files)}


def _field_of(root: Path, problem: Problem) -> str:
    """The field a check error is about: named in a "missing" message, or the field written on its line."""
    missing = _MISSING.match(problem.message)
    if missing:
        return missing.group(1).replace(": ", ".")
    doc, _ = parse_yaml((root / problem.path).read_text(encoding="utf-8"), problem.path)
    assert doc is not None
    places = [loc for loc, line in doc.lines.items() if line == problem.line and loc]
    place = max(places, key=len)
    names = [str(part) for part in place if not isinstance(part, int)]
    return ".".join(names[1:] if names[0] == "sessions" and len(names) > 1 else names)


def _check_errors_are_named(root: Path, report: Report) -> list[Problem]:
    """The contract: every error the check finds is in a file and field the report names."""
    _, problems = check_everything(root, EXAMPLE_TODAY)
    errors = errors_only(problems)
    named = report.fields_to_fill()
    for error in errors:
        field = _field_of(root, error)
        fields = named.get(error.path, set())
        assert field in fields or any(name.startswith(field + ".") for name in fields), \
            f"{error} (field {field}) is not named in the report: {sorted(fields)}"
    return errors


def _fill(report: Report, file: str, field: str) -> str:
    found = [note.text for note in report.to_fill if note.file == file and note.field == field]
    assert found, f"{file}: {field} is not named"
    return found[0]


def _left_out(report: Report, record_start: str) -> list[str]:
    return [item for record, items in report.not_imported.items() if record.startswith(record_start)
            for item in items]


VALIDATOR_SERVICE = """\
# Imported from Open Referral UK. To fill in (import-report.md says why): stages, themes, level,
# who_it_is_for, how_to_access.ways, last_reviewed
id: community-counselling
name: Community Counselling
summary: Counselling Services provided by trained professionals. Suitable for people with mental health \
conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events \
and circumstances.
how_to_access:
  email: email@example.com
  website: http://example.com/counselling
cost: fees_description
provider: Example Organization Inc.
venues: [mycity-civic-center]
last_reviewed: 2005-01-01
"""
VALIDATOR_VENUE = """\
# Imported from Open Referral UK. To fill in (import-report.md says why): postcode, coordinates,
# facilities.step_free_access, facilities.accessible_toilet, facilities.baby_change,
# facilities.feeding_space, last_reviewed, opening_hours
id: mycity-civic-center
name: MyCity Civic Center
kind: community
summary: MyCity Civic Center is located on Main Street and contains facilities for a number of civic and \
community services available.
address:
  - 1-30 Main Street
  - MyCity
ward: MyRegion
area: MyState
"""


@needs_feeds
@pytest.mark.parametrize("feed", ["validator-pass", "validator-test-128-services"])
def test_the_validators_feeds(feed: str, tmp_path: Path) -> None:
    root = tmp_path / "project"
    report = _import(FEEDS / feed, root)
    # Every list entry of the 128-service feed has the same id: one service, read from its full record.
    assert report.written == {"services": ["community-counselling"], "venues": ["mycity-civic-center"],
                              "sessions": []}
    assert _written(root) == {"content/services/community-counselling.yml": VALIDATOR_SERVICE,
                              "content/venues/mycity-civic-center.yml": VALIDATOR_VENUE}
    assert (root / "content" / "site.yml").read_text().count("council_name: 'Example Organization Inc.'") == 1
    service, venue = "content/services/community-counselling.yml", "content/venues/mycity-civic-center.yml"
    assert report.fields_to_fill() == {
        service: {"stages", "themes", "level", "who_it_is_for", "how_to_access.ways", "last_reviewed"},
        venue: {"postcode", "coordinates", "opening_hours", "last_reviewed", "facilities.step_free_access",
                "facilities.accessible_toilet", "facilities.baby_change", "facilities.feeding_space"},
    }
    # The validator's mock location is not a place in the UK: its values are reported, never written.
    assert "latitude '100' and longitude '101' are not a place in the United Kingdom" in _fill(report, venue,
                                                                                                "coordinates")
    assert "'ABC 1234' is not a UK postcode" in _fill(report, venue, "postcode")
    assert "2005-01-01 (the feed's assured_date) is more than 24 months ago" in _fill(report, service,
                                                                                      "last_reviewed")
    location = _left_out(report, "Location 'MyCity Civic Center'")
    assert "country 'US': not the United Kingdom; check the address" in location
    assert "external_identifier_type: 'UPRN'" in location
    assert any(item.startswith("accessibility: description 'The building is equipped with induction loops")
               for item in location)
    service_items = _left_out(report, "Service 'Community Counselling'")
    for start in ("accreditations: ", "alert: ", "funding: ", "service_areas: ", "minimum_age: '12'",
                  "cost_options: valid_from '2020-01-01'", "languages: an entry with no name or code",
                  "contacts: name 'Ann Persona', title 'Reception Manager', with no phone number",
                  "attributes: term 'name' of the taxonomy 'taxonomy'"):
        assert any(item.startswith(start) for item in service_items), start
    schedule = "schedule 48102e86-bb50-41c4-8f1e-e269368c41d1"
    assert (f"{schedule} (freq WEEKLY, interval 1, byday TH,FR, bymonthday 2,3,4, opens_at 10:00:00, closes_at "
            "18:00:00): days of the month (bymonthday '2,3,4') have no place in the timetable, which repeats by "
            "weekday; no session was written") in service_items
    assert f"{schedule}: attending_type: 'You can attend this service in-person or remotely via video " \
           "conferencing'" in service_items
    assert any(item.startswith("organization_identifiers: identifier_scheme 'GB-COH'")
               for item in _left_out(report, "Organisation 'Example Organization Inc.'"))
    text = (root / "import-report.md").read_text()
    assert "1 service, 1 venue and 0 sessions" in text
    if feed == "validator-pass":
        assert "- dashboard_services_response.json: not read, as it holds no Open Referral records" in text
        assert "'Global Outreach Initiative'" not in text  # the list's name for the organisation, overruled
        assert "disagree on description, email, name, website" in text
    else:
        assert "260 copies of the service 'Community Counselling' (ac148810-d857-441c-9679-408f346de14b)" in text
        assert "service_list.json: the page says it lists 31 items, but it holds 128" in text
    errors = _check_errors_are_named(root, report)
    assert {error.path for error in errors} == {service, venue}


@needs_feeds
def test_the_command_prints_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "project"
    assert run_import_oruk(FEEDS / "validator-pass", root, "Northshire Council") == 0
    printed = capsys.readouterr().out
    assert printed == (root / "import-report.md").read_text()
    assert printed.startswith(f"# Imported from Open Referral UK: {FEEDS / 'validator-pass'}\n")
    assert "for 'Northshire Council' (as given)" in printed
    assert "\n## To fill in before the check passes\n" in printed
    assert "- `coordinates`: the feed's latitude '100' and longitude '101' are not a place" in printed


def test_a_folder_without_a_feed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "downloads"
    source.mkdir()
    (source / "notes.json").write_text('{"title": "not a feed"}')
    (source / "index.html").write_text("<!doctype html><title>A web page</title>")
    assert run_import_oruk(source, tmp_path / "project") == 1
    assert capsys.readouterr().err == (f"Nothing was imported: there is no Open Referral UK data in {source}: "
                                       "none of its JSON files (or index.html files holding JSON) has a service or a "
                                       "location\n")
    assert not (tmp_path / "project").exists()
    assert run_import_oruk(tmp_path / "missing", tmp_path / "project") == 1


# This project's own feed, read back completely.

OWN_FILES = {
    "content/services/baby-massage.yml": """\
id: baby-massage
name: Baby massage (five-week course)
summary: Learn gentle massage to soothe and bond with your baby.
stages: [newborn, 0-1]
themes: [perinatal-mental-health]
level: universal-plus
who_it_is_for: Parents with babies from 6 weeks until they crawl.
how_to_access:
  ways: [book, self-refer]
  website: https://www.northshire.example.org/book/baby-massage
cost: £2 a session, free if you get Universal Credit
provider: Northshire NHS Trust
languages: [English]
venues: [northgate-family-hub]
last_reviewed: 2026-10-15
""",
    "content/services/stay-and-play.yml": """\
id: stay-and-play
name: Stay and play
summary: Play, songs and a chat for you and your child.
description: |
  Toys, songs and a drink for you, with staff who can help with any question.

  - bring a snack
  - wear comfy clothes
stages: [0-1, 1-2, 2-5]
themes: [parenting, early-language]
level: universal
who_it_is_for: Parents and carers with children under 5.
how_to_access:
  ways: [drop-in]
  phone: 0300 123 4001
  email: hello@northshire.example.org
cost: Free
provider: Northshire Council
languages: [English, Polish]
venues: [northgate-family-hub, st-johns-church-hall]
last_reviewed: 2026-09-01
""",
    "content/venues/northgate-family-hub.yml": """\
# Imported from Open Referral UK. To fill in (import-report.md says why): last_reviewed, opening_hours
id: northgate-family-hub
name: Northgate Family Hub
kind: community
summary: Our biggest hub, next to Northgate Park.
address:
  - 14 Park Road
  - Northgate, Northtown
postcode: NT2 4PQ
ward: Northgate
area: North Northshire
coordinates:
  latitude: 52.4312
  longitude: -1.8923
facilities:
  step_free_access: yes
  accessible_toilet: yes
  baby_change: yes
  feeding_space: no
  parking: Free car park with 20 spaces
  bus_routes: [12, X5]
""",
    "content/venues/st-johns-church-hall.yml": """\
# Imported from Open Referral UK. To fill in (import-report.md says why): last_reviewed, opening_hours
id: st-johns-church-hall
name: St John's Church Hall
kind: community
address:
  - Mill Lane
postcode: NT3 1AB
ward: St John's
area: South Northshire
coordinates:
  latitude: 52.41
  longitude: -1.87
facilities:
  step_free_access: no
  accessible_toilet: no
  baby_change: no
  feeding_space: no
""",
    # The monthly session is two schedules in the feed, split at Good Friday (26 March 2027); its notes give
    # how to book, a change of time and place, and an extra date. The weekly one's give ages and a cancellation.
    "timetable/sessions/northgate-family-hub.yml": """\
last_changed: 2026-12-01
sessions:
  - id: stay-and-play-northgate-tuesday
    service: stay-and-play
    venue: northgate-family-hub
    day: tuesday
    starts: 09:30
    ends: 11:00
    valid_from: 2026-12-01
    booking: drop-in
    ages: Under 5
    cancellations:
      - date: 2026-12-22
        reason: Staff training
  - id: baby-massage-northgate-last-friday
    service: baby-massage
    venue: northgate-family-hub
    day: friday
    starts: 10:00
    ends: 11:30
    repeats: monthly
    week_of_month: last
    valid_from: 2027-01-29
    booking: book
    how_to_book: Phone 0300 123 4002 or ask at reception.
    changes:
      - date: 2027-02-26
        reason: The hub is being painted
        starts: 10:30
        ends: 12:00
        venue: st-johns-church-hall
    extra_dates:
      - date: 2026-12-23
        note: Christmas special
""",
    "timetable/sessions/st-johns-church-hall.yml": """\
last_changed: 2026-12-01
sessions:
  - id: stay-and-play-st-johns-thursday
    service: stay-and-play
    venue: st-johns-church-hall
    day: thursday
    starts: 13:30
    ends: 15:00
    repeats: every-two-weeks
    valid_from: 2026-12-03
    valid_to: 2027-07-15
    booking: drop-in
""",
}


def test_our_own_feed_is_read_back(tmp_path: Path) -> None:
    root = tmp_path / "project"
    report = _import(OWN_FEED, root)
    assert _written(root) == OWN_FILES
    assert report.written == {
        "services": ["baby-massage", "stay-and-play"],
        "venues": ["northgate-family-hub", "st-johns-church-hall"],
        "sessions": ["stay-and-play-northgate-tuesday", "baby-massage-northgate-last-friday",
                     "stay-and-play-st-johns-thursday"],
    }
    assert "for 'Northshire Council' (named in the feed as the council whose offer it is)" in report.text()
    assert report.fields_to_fill() == {
        "content/venues/northgate-family-hub.yml": {"opening_hours", "last_reviewed"},
        "content/venues/st-johns-church-hall.yml": {"opening_hours", "last_reviewed"},
    }
    assert _fill(report, "content/venues/northgate-family-hub.yml", "opening_hours").endswith(
        "(its sessions need it open at least: tuesday 09:30 to 11:00; friday 10:00 to 11:30; wednesday "
        "23 December 2026 10:00 to 11:30)")
    assert _fill(report, "content/venues/st-johns-church-hall.yml", "opening_hours").endswith(
        "(its sessions need it open at least: thursday 13:30 to 15:00; friday 26 February 2027 10:30 to 12:00)")
    worked_out = {(note.file, note.field, note.session): note.text for note in report.worked_out}
    # Not "baby-massage-five-week-course" from its name: the id the service has where the feed was made, found
    # by its UUID among the words of its sessions' ids.
    assert worked_out[("content/services/baby-massage.yml", "id", None)] == (
        "'baby-massage', the id it has where the feed was made (its UUID in the feed says so)")
    assert worked_out[("content/services/stay-and-play.yml", "how_to_access.website", None)] == (
        "none: the feed's address 'https://northshire.example.org/family-hubs/services/stay-and-play/' is the "
        "service's own page on the site")
    sessions = "timetable/sessions/northgate-family-hub.yml"
    assert worked_out[(sessions, "valid_from", "baby-massage-northgate-last-friday")] == (
        "one session from the feed's 2 schedules for it, which run one after another")
    assert worked_out[(sessions, "booking", "baby-massage-northgate-last-friday")] == (
        "'book', from the service's ways to get it (book, self-refer)")
    # Good Friday is a bank holiday in the new project's term dates, so the gap needs no word.
    assert not [note for note in report.worked_out if note.field == "term_time_only"]
    assert report.not_imported == {}
    errors = _check_errors_are_named(root, report)
    assert {(error.path, _field_of(root, error)) for error in errors} == {
        ("content/venues/northgate-family-hub.yml", "opening_hours"),
        ("content/venues/northgate-family-hub.yml", "last_reviewed"),
        ("content/venues/st-johns-church-hall.yml", "opening_hours"),
        ("content/venues/st-johns-church-hall.yml", "last_reviewed"),
    }


def test_the_site_folder_is_read_too_and_nothing_is_written_over(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "services" / "stay-and-play").mkdir(parents=True)
    (site / "services" / "stay-and-play" / "index.html").write_text("<!doctype html><title>Stay and play</title>")
    shutil.copytree(OWN_FEED / "openreferral", site / "openreferral")
    root = tmp_path / "project"
    first = _import(site, root)
    assert _written(root) == OWN_FILES and len(first.written["sessions"]) == 3
    again = _import(OWN_FEED, root)
    assert _written(root) == OWN_FILES
    assert again.written == {"services": [], "venues": [], "sessions": []}
    assert "Added to the existing project" in again.text()
    assert ("not written: content/services/stay-and-play.yml already exists, and the import never writes over a "
            "file" in _left_out(again, "Service 'Stay and play'"))
    assert any(item.endswith("its service was not written; no session was written")
               for item in _left_out(again, "Service 'Stay and play'"))
    assert ("not written: content/venues/northgate-family-hub.yml already exists, and the import never writes over "
            "a file. If it is the same place, use its id in the services' venues"
            in _left_out(again, "Location 'Northgate Family Hub'"))


# A foreign feed, with what the timetable can and cannot hold.

def _foreign_feed(folder: Path) -> Path:
    location = {"id": "l1", "location_type": "physical", "name": "Westshire Central Library",
                "description": "The library on the square.\n\nThe children's floor is upstairs, with a lift.",
                "latitude": 51.501, "longitude": -0.1246,
                "addresses": [{"id": "a1", "address_1": "1 High Street", "address_2": "Old Town", "city": "Westtown",
                               "region": "Central", "state_province": "Westshire", "postal_code": "wt1 1aa",
                               "country": "GB", "address_type": "physical"}],
                "accessibility": [{"id": "x1", "description": "Step-free access"},
                                  {"id": "x2", "description": "Hearing loop at the desk"}]}

    def schedule(schedule_id: str, **rule: object) -> dict:
        return {"id": schedule_id, "service_at_location_id": "sal1", **rule}

    service = {
        "id": "s1", "name": "Rhyme time", "status": "active",
        "description": "Songs and rhymes for babies and toddlers.\n\nBring your baby along.",
        "url": "https://libraries.westshire.example/rhyme-time", "email": "libraries@westshire.example",
        "fees": "Free", "assured_date": "2026-10-01",
        "organization": {"id": "o1", "name": "Westshire Libraries", "description": "The county's libraries."},
        "languages": [{"id": "g1", "name": "English"}, {"id": "g2", "code": "cy"}],
        "contacts": [{"id": "c1", "name": "Front desk", "phones": [{"id": "p1", "number": "01234 567890"}]}],
        "attributes": [{"id": "t1", "taxonomy_term": {"id": "tt1", "name": "Early years", "taxonomy": "esd"}}],
        "service_at_locations": [{"id": "sal1", "location": location}],
        "schedules": [
            schedule("a", freq="WEEKLY", interval=1, byday="MO,WE", opens_at="10:00:00", closes_at="11:00:00",
                     valid_from="2026-12-07"),
            schedule("b", freq="WEEKLY", interval=2, byday="FR", opens_at="14:00Z", closes_at="15:00+01:00",
                     dtstart="2026-12-04"),
            schedule("c", freq="MONTHLY", interval=1, byday="5FR", opens_at="10:00", closes_at="11:00"),
            schedule("d", freq="DAILY", interval=1, opens_at="10:00", closes_at="11:00"),
            schedule("e", freq="WEEKLY", interval=3, byday="TU", opens_at="10:00", closes_at="11:00"),
            {"id": "f", "freq": "MONTHLY", "interval": 1, "byday": "1SA", "opens_at": "09:00", "closes_at": "10:00",
             "valid_from": "2026-12-05"},
            schedule("g", freq="WEEKLY", byday="TH", opens_at="11:00", closes_at="10:00"),
            schedule("h", freq="WEEKLY", byday="TU", opens_at="10:00", closes_at="11:00", valid_from="2019-09-03",
                     valid_to="2020-07-14"),
            # One session in two runs, with two Tuesdays between them that are not bank holidays.
            schedule("i1", freq="WEEKLY", byday="TU", opens_at="13:00", closes_at="14:00", valid_from="2026-12-01",
                     valid_to="2026-12-15"),
            schedule("i2", freq="WEEKLY", byday="TU", opens_at="13:00:00", closes_at="14:00:00",
                     valid_from="2027-01-05"),
        ],
    }
    long_name = "Family support \u0007 " + "and more " * 15
    other = {"id": "s2", "name": long_name, "status": "active", "last_modified": "2026-11-02T09:00:00Z",
             "cost_options": [{"id": "k1", "amount": 2.5, "amount_description": "a session"}],
             "service_at_locations": [{"id": "sal2", "location_id": "l2"}]}
    elsewhere = {"id": "sal2", "location": {"id": "l2", "name": "Westtown Hall", "location_type": "physical",
                                            "addresses": [{"address_1": "Hall Lane", "postal_code": "WT2 2BB"}]},
                 "service": {"id": "s2", "name": long_name, "status": "active"}}
    folder.mkdir()
    (folder / "services.json").write_text(json.dumps({"total_items": 2, "total_pages": 1, "page_number": 1,
                                                      "contents": [service, other]}))
    (folder / "at-hall.json").write_text(json.dumps(elsewhere))
    return folder


FOREIGN_SESSIONS = """\
last_changed: 2026-12-01
sessions:
  - id: rhyme-time-westshire-central-library-monday
    service: rhyme-time
    venue: westshire-central-library
    day: monday
    starts: 10:00
    ends: 11:00
    valid_from: 2026-12-07
  - id: rhyme-time-westshire-central-library-tuesday
    service: rhyme-time
    venue: westshire-central-library
    day: tuesday
    starts: 13:00
    ends: 14:00
    valid_from: 2026-12-01
  - id: rhyme-time-westshire-central-library-wednesday
    service: rhyme-time
    venue: westshire-central-library
    day: wednesday
    starts: 10:00
    ends: 11:00
    valid_from: 2026-12-07
  - id: rhyme-time-westshire-central-library-friday
    service: rhyme-time
    venue: westshire-central-library
    day: friday
    starts: 14:00
    ends: 15:00
    repeats: every-two-weeks
    valid_from: 2026-12-04
  - id: rhyme-time-westshire-central-library-saturday
    service: rhyme-time
    venue: westshire-central-library
    day: saturday
    starts: 09:00
    ends: 10:00
    repeats: monthly
    week_of_month: first
    valid_from: 2026-12-05
"""


def test_a_foreign_feed(tmp_path: Path) -> None:
    root = tmp_path / "project"
    report = _import(_foreign_feed(tmp_path / "feed"), root, "Westshire Council")
    files = _written(root)
    long_id = "family-support-and-more-and-more-and-more-and-more-and-more-and-more-and-more"
    assert sorted(files) == [f"content/services/{long_id}.yml", "content/services/rhyme-time.yml",
                             "content/venues/westshire-central-library.yml", "content/venues/westtown-hall.yml",
                             "timetable/sessions/westshire-central-library.yml"]
    assert files["content/services/rhyme-time.yml"] == """\
# Imported from Open Referral UK. To fill in (import-report.md says why): stages, themes, level,
# who_it_is_for, how_to_access.ways
id: rhyme-time
name: Rhyme time
summary: Songs and rhymes for babies and toddlers.
description: Bring your baby along.
how_to_access:
  phone: 01234 567890
  email: libraries@westshire.example
  website: https://libraries.westshire.example/rhyme-time
cost: Free
provider: Westshire Libraries
languages: [English, Welsh]
venues: [westshire-central-library]
last_reviewed: 2026-10-01
"""
    venue = files["content/venues/westshire-central-library.yml"]
    assert "address:\n  - 1 High Street\n  - Old Town\n  - Westtown\npostcode: WT1 1AA\n" in venue
    assert "coordinates:\n  latitude: 51.501\n  longitude: -0.1246\nfacilities:\n  step_free_access: yes\n" in venue
    assert "summary: The library on the square.\ndescription: The children's floor is upstairs, with a lift.\n" \
        in venue
    # Sessions: booking is not known (the service's ways are not in the feed), so it is to fill in.
    assert files["timetable/sessions/westshire-central-library.yml"] == (
        "# Imported from Open Referral UK. To fill in (import-report.md says why): booking (5 sessions)\n"
        + FOREIGN_SESSIONS)
    sessions = "timetable/sessions/westshire-central-library.yml"
    friday = "rhyme-time-westshire-central-library-friday"
    worked_out = {(note.file, note.field, note.session): note.text for note in report.worked_out}
    assert worked_out[(sessions, "starts", friday)] == ("the feed gives '14:00Z', with a time zone (Z); it was "
                                                         "read as UK time")
    assert worked_out[(sessions, "ends", friday)] == ("the feed gives '15:00+01:00', with a time zone (+01:00); it "
                                                       "was read as UK time")
    assert worked_out[(sessions, "valid_from", friday)] == "the feed's dtstart (the schedule has no valid_from)"
    tuesday = "rhyme-time-westshire-central-library-tuesday"
    assert worked_out[(sessions, "term_time_only", tuesday)] == (
        "the feed's schedules leave out Tuesday 22 December 2026 and Tuesday 29 December 2026, which are not bank "
        "holidays or closures in timetable/term-dates.yml. If the session runs in term time only, write "
        "term_time_only: yes (with the terms); otherwise add those dates as cancellations")
    assert worked_out[(sessions, "venue", "rhyme-time-westshire-central-library-saturday")] == (
        "the feed's schedule does not say where; the service's only location")
    assert worked_out[("content/services/rhyme-time.yml", "languages", None)] == "Welsh, from the language code 'cy'"
    assert worked_out[("content/services/rhyme-time.yml", "how_to_access.phone", None)] == (
        "the phone number of the contact 'Front desk'")
    rhyme_time = _left_out(report, "Service 'Rhyme time'")
    assert any(item.startswith("schedule c (") and "no session was written" in item for item in rhyme_time)
    assert ("schedule d (freq DAILY, interval 1, opens_at 10:00, closes_at 11:00): the timetable repeats weekly, "
            "every two weeks or monthly; no session was written") in rhyme_time
    assert any(item.startswith("schedule e (freq WEEKLY, interval 3") for item in rhyme_time)
    assert ("schedule g (freq WEEKLY, byday TH, opens_at 11:00, closes_at 10:00): its times ('11:00' to '10:00') "
            "are not a start and a later end; no session was written") in rhyme_time
    assert ("the session on Tuesdays from 10:00 to 11:00 at westshire-central-library: it ended on Tuesday 14 "
            "July 2020, so it was not written") in rhyme_time
    assert "attributes: term 'Early years' of the taxonomy 'esd', not one of this site's stages, themes, levels " \
           "or ways to get a service" in rhyme_time
    assert "accessibility: description 'Hearing loop at the desk'" in _left_out(report, "Location 'Westshire")
    # The long name: its control character taken out, cut to 120 characters, both said.
    other = f"content/services/{long_id}.yml"
    assert [note.text for note in report.worked_out if note.file == other and note.field == "name"] == [
        "invisible characters (U+0007) were taken out", "cut from 149 to 117 characters (at most 120 here); the "
        "rest is in the feed"]
    assert "cost: £2.50 a session\n" in files[other]
    assert "last_reviewed: 2026-11-02\n" in files[other]
    assert _fill(report, other, "provider") == ("the feed names no organisation for this service; write who runs it")
    hall = "content/venues/westtown-hall.yml"
    assert report.fields_to_fill()[hall] == {"coordinates", "ward", "area", "opening_hours", "last_reviewed",
                                              "facilities.step_free_access", "facilities.accessible_toilet",
                                              "facilities.baby_change", "facilities.feeding_space"}
    _check_errors_are_named(root, report)
