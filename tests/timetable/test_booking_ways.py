"""Sessions say how families really get a place: by dropping in, booking, referring themselves, a referral by a
professional or an invitation; never "Book a place" for a group you can only join by invitation.

The sessions are laid over the example borough from ``cases/booking-ways/``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.build import build_site
from generator.check import check_content

from ..conftest import EXAMPLE_TODAY, example_project

WAYS = Path(__file__).parent / "cases" / "booking-ways"
SESSIONS = "timetable/sessions/booking-ways.yml"
# Each session of the overlay: its way in, the words its tag shows, and what its details say.
EXPECTED = {
    "portage-group-southfield-tuesday": (
        "we-contact-you", "By invitation", "How to get a place: Your Portage worker will invite you."),
    "speech-therapy-group-southfield-thursday": (
        "professional-referral", "Ask a professional to refer you",
        "How to get a place: Your health visitor, GP or nursery can refer your child."),
    "young-parents-southfield-friday": ("self-refer", "Refer yourself", None),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = example_project(tmp_path_factory.mktemp("ways") / "project")
    shutil.copytree(WAYS, project, dirs_exist_ok=True)
    return project


@pytest.fixture(scope="module")
def files(project: Path) -> dict[str, str | bytes]:
    return build_site(project, EXAMPLE_TODAY)


def _row(page: str, session_name: str) -> str:
    """The weekly timetable row of one session."""
    match = re.search(r"<tr [^>]*>(?:(?!</tr>).)*?>" + re.escape(session_name) + r"</a>.*?</tr>", page, re.S)
    assert match, f"no weekly row for {session_name}"
    return match.group(0)


def test_the_check_accepts_every_way(project: Path) -> None:
    _, problems = check_content(project, EXAMPLE_TODAY)
    assert [str(p) for p in problems if not p.warning] == []


def test_an_unknown_way_names_the_ways_there_are(project: Path, tmp_path: Path) -> None:
    other = shutil.copytree(project, tmp_path / "project")
    sessions = other / SESSIONS
    sessions.write_text(sessions.read_text().replace("booking: we-contact-you", "booking: invitation"))
    _, problems = check_content(other, EXAMPLE_TODAY)
    assert [str(p) for p in problems if not p.warning] == [
        f"{SESSIONS}:12: 'booking' in item 1 of 'sessions' cannot be 'invitation'; choose one of: drop-in, book, "
        "self-refer, professional-referral, we-contact-you."]


@pytest.mark.parametrize("page", ["venues/southfield-family-hub/index.md", "whats-on/index.md"])
def test_venue_and_whats_on_pages_say_the_way_in(files: dict, page: str) -> None:
    text = files[page]
    names = {"portage-group-southfield-tuesday": "Portage play group",
             "speech-therapy-group-southfield-thursday": "Talking together group",
             "young-parents-southfield-friday": "Young parents drop-by"}
    for session, (way, words, details) in EXPECTED.items():
        row = _row(text, names[session])
        assert f'data-access="{way}"' in row
        assert f'<span class="fh-tag">{words}</span>' in row
        assert "Book a place" not in row and "How to book" not in row
        if details:
            assert f"<p>{details}</p>" in row


def test_the_service_page_says_the_way_in_on_its_dates_and_timetable(files: dict) -> None:
    page = files["services/portage/index.md"]
    dates = page[page.index('id="next-dates"'):page.index('id="timetable"')]
    # Its next 8 Tuesdays, each with the way in.
    assert dates.count('<li class="wo-item') == dates.count('<span class="fh-tag">By invitation</span>') == 8
    assert "Book a place" not in page
    assert "<p>How to get a place: Your Portage worker will invite you.</p>" in page


def test_the_whats_on_filter_offers_the_ways_its_sessions_have(files: dict) -> None:
    page = files["whats-on/index.md"]
    form = page[page.index('<form id="wo-filters"'):page.index("</form>")]
    assert ('<label for="wo-access">How to join</label>\n<select id="wo-access" name="access">\n'
            '<option value="">Any</option>\n'
            '<option value="drop-in">Just drop in</option>\n'
            '<option value="book">Book a place</option>\n'
            '<option value="self-refer">Refer yourself</option>\n'
            '<option value="professional-referral">Ask a professional to refer you</option>\n'
            '<option value="we-contact-you">By invitation</option>\n'
            "</select>") in form


def test_the_filter_leaves_out_ways_no_session_has(tmp_path: Path) -> None:
    files = build_site(example_project(tmp_path / "project"), EXAMPLE_TODAY)
    page = files["whats-on/index.md"]
    options = re.findall(r'<option value="([^"]*)">', page[page.index('<select id="wo-access"'):])
    assert options[:3] == ["", "drop-in", "book"] and "we-contact-you" not in options[:4]


def _unfolded(ics: bytes) -> str:
    return ics.decode("utf-8").replace("\r\n ", "")


def test_calendar_descriptions_say_the_way_in(files: dict) -> None:
    portage = _unfolded(files["calendars/sessions/portage-group-southfield-tuesday.ics"])
    assert "\\nBy invitation: Your Portage worker will invite you.\\n" in portage
    referral = _unfolded(files["calendars/sessions/speech-therapy-group-southfield-thursday.ics"])
    assert ("\\nAsk a professional to refer you: Your health visitor\\, GP or nursery can refer your child.\\n"
            in referral)
    self_referral = _unfolded(files["calendars/sessions/young-parents-southfield-friday.ics"])
    assert "\\nRefer yourself.\\n" in self_referral
    for ics in (portage, referral, self_referral):
        assert "Book a place" not in ics


def test_sessions_json_gives_the_way_in(files: dict) -> None:
    sessions = {s["id"]: s for s in json.loads(files["data/sessions.json"])["sessions"]}
    for session, (way, _, _) in EXPECTED.items():
        assert sessions[session]["booking"] == way
    assert sessions["portage-group-southfield-tuesday"]["how_to_book"] == "Your Portage worker will invite you."
