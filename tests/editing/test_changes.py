"""``python -m generator changes REV``: what a change to the content means for families, from git."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from generator.changes import MARKER, run_changes
from generator.cli import main

from ..conftest import EXAMPLE

TODAY = date(2026, 11, 20)
ENV = {**os.environ, "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.gov.uk",
       "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.gov.uk", "GIT_CONFIG_GLOBAL": "/dev/null"}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=ENV, check=True, capture_output=True)


def edit(project: Path, relative: str, old: str, new: str) -> None:
    file = project / relative
    text = file.read_text()
    assert old in text, (relative, old)
    file.write_text(text.replace(old, new, 1))


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The frozen example borough's content in a fresh git repository with one commit."""
    project = tmp_path / "council"
    for folder in ("content", "timetable"):
        shutil.copytree(EXAMPLE / folder, project / folder)
    git(project, "init", "-q", "-b", "main")
    commit(project, "Example content")
    return project


def changes(project: Path, rev: str, capsys: pytest.CaptureFixture, output: str = "markdown") -> str:
    assert run_changes(project, rev, output, TODAY) == 0
    return capsys.readouterr().out


def test_renaming_a_service_and_committing_names_it(repo: Path, capsys: pytest.CaptureFixture) -> None:
    """Issue 6's acceptance: rename, commit, and 'changes HEAD~1' names the service."""
    edit(repo, "content/services/baby-massage.yml", "name: Baby massage", "name: Baby massage and bonding")
    commit(repo, "Rename baby massage")
    assert main(["--root", str(repo), "changes", "HEAD~1"]) == 0
    out = capsys.readouterr().out
    assert out == f"""{MARKER}
### What changes for families

Compared with `HEAD~1`.

#### Services

- Renamed: **Baby massage** is now called **Baby massage and bonding**

#### Translations out of date

- The Romanian name of Baby massage and bonding: its English changed; ask for it to be updated
- The Polish name of Baby massage and bonding: its English changed; ask for it to be updated
- The Urdu name of Baby massage and bonding: its English changed; ask for it to be updated
"""


def test_sessions_prices_and_reviews(repo: Path, capsys: pytest.CaptureFixture) -> None:
    session = "timetable/sessions/northgate-family-hub.yml"
    edit(repo, session, "last_changed: 2026-11-02", "last_changed: 2026-11-20")
    edit(repo, session, "    day: monday\n    starts: 09:30", "    day: tuesday\n    starts: 09:45")
    edit(repo, session, "      - date: next-1\n", "      - date: 2026-12-08\n        reason: Hub closed for "
         "repairs\n      - date: next-1\n")
    edit(repo, "content/services/dads-club.yml", "cost: Free", "cost: £1 a session")
    edit(repo, "content/services/dads-club.yml", "last_reviewed: 2026-05-04", "last_reviewed: 2026-11-19")
    edit(repo, "content/childcare/acorn-day-nursery-oakwood.yml", "per_hour: 7.80", "per_hour: 8.10")
    (repo / "content/services/healthy-start.yml").unlink()
    out = changes(repo, "HEAD", capsys)
    assert out == f"""{MARKER}
### What changes for families

Compared with `HEAD`.

#### Services

- Removed: **Healthy Start card and free vitamins** (was `content/services/healthy-start.yml`)

#### Sessions

- Moved: **Stay and play** at Northgate Family Hub: was Mondays, 9:30am to 11:30am, now Tuesdays, 9:45am to 11:30am
- Cancelled: **Stay and play** at Northgate Family Hub on Tuesday 8 December 2026: Hub closed for repairs

#### Prices

- **Dads' Saturday club**: cost was “Free”, now “£1 a session”
- **Acorn Day Nursery, Oakwood**: fees (3 to 23 months): per hour was “7.80”, now “8.10”

#### Reviews renewed

- **Dads' Saturday club**: last reviewed 4 May 2026, now 19 November 2026
"""


def test_plain_text_has_no_markup(repo: Path, capsys: pytest.CaptureFixture) -> None:
    edit(repo, "content/services/baby-massage.yml", "name: Baby massage", "name: Baby massage and bonding")
    out = changes(repo, "HEAD", capsys, "text")
    assert out == ("What changes for families, compared with HEAD\n\nServices\n"
                   "  - Renamed: Baby massage is now called Baby massage and bonding\n\nTranslations out of date\n"
                   + "".join(f"  - The {language} name of Baby massage and bonding: its English changed; ask for it "
                             "to be updated\n" for language in ("Romanian", "Polish", "Urdu")))


def test_added_service_and_nothing_changed(repo: Path, capsys: pytest.CaptureFixture) -> None:
    assert "Nothing that families see changes." in changes(repo, "HEAD", capsys)
    text = (repo / "content/services/baby-massage.yml").read_text()
    (repo / "content/services/baby-yoga.yml").write_text(
        text.replace("id: baby-massage", "id: baby-yoga").replace("name: Baby massage", "name: Baby yoga"))
    assert "- Added: **Baby yoga** (`content/services/baby-yoga.yml`)" in changes(repo, "HEAD", capsys)


def test_content_with_problems_is_mentioned(repo: Path, capsys: pytest.CaptureFixture) -> None:
    edit(repo, "content/services/baby-massage.yml", "level: universal", "level: everyone")
    out = changes(repo, "HEAD", capsys)
    assert "**The content has 1 problem to fix**" in out
    assert "Removed" not in out, "a record with a mistake is not a removed service"


def test_project_in_a_subfolder_of_the_repository(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    outer = tmp_path / "outer"
    for folder in ("content", "timetable"):
        shutil.copytree(EXAMPLE / folder, outer / "site" / folder)
    git(outer, "init", "-q", "-b", "main")
    commit(outer, "Example content")
    edit(outer / "site", "content/services/baby-massage.yml", "name: Baby massage", "name: Baby massage together")
    assert "is now called **Baby massage together**" in changes(outer / "site", "HEAD", capsys)


def test_unknown_revision_is_a_plain_message(repo: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["--root", str(repo), "changes", "origin/main"]) == 2
    err = capsys.readouterr().err
    assert err == ("python -m generator changes: 'origin/main' is not a commit or branch in this repository; "
                   "try HEAD~1 or origin/main (run 'git fetch' first if the branch is on GitHub)\n")
    assert main(["--root", str(repo), "changes", "--", "--output=/tmp/x"]) == 2


def test_not_a_repository_is_a_plain_message(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    project = tmp_path / "plain"
    shutil.copytree(EXAMPLE / "content", project / "content")
    assert main(["--root", str(project), "changes", "HEAD~1"]) == 2
    err = capsys.readouterr().err
    assert "is not in a git repository" in err and "Traceback" not in err


def test_same_input_same_output(repo: Path, capsys: pytest.CaptureFixture) -> None:
    edit(repo, "content/services/dads-club.yml", "cost: Free", "cost: £1 a session")
    assert changes(repo, "HEAD", capsys) == changes(repo, "HEAD", capsys)


def test_short_values_are_shown_and_lists_of_entries_are_compared(repo: Path, capsys: pytest.CaptureFixture) -> None:
    edit(repo, "content/venues/northgate-family-hub.yml", "  monday: 08:30 to 17:00", "  monday: 09:00 to 17:00")
    edit(repo, "content/glossary.yml", "terms:\n", "terms:\n  - term: AED\n    stands_for: Automated external "
         "defibrillator\n    meaning: A machine that can restart a heart, kept in many public buildings.\n")
    edit(repo, "content/you-said-we-did.yml", "  - id: timetable-hard-to-read", "  - id: timetable-easy-to-read")
    out = changes(repo, "HEAD", capsys, "text")
    assert ("  - Changed: Northgate Family Hub: opening hours monday was “08:30 to 17:00”, "
            "now “09:00 to 17:00”") in out
    assert "Glossary terms\n  - Added: AED (content/glossary.yml)" in out
    assert "You said, we did entries\n  - Added:" in out and "  - Removed:" in out


def test_a_moved_session_without_a_new_last_changed_date_needs_attention(repo: Path,
                                                                         capsys: pytest.CaptureFixture) -> None:
    """Calendars take SEQUENCE from last_changed: a move without it must not slip through a pull request."""
    session = "timetable/sessions/northgate-family-hub.yml"
    edit(repo, session, "    day: monday\n    starts: 09:30", "    day: tuesday\n    starts: 09:45")
    assert run_changes(repo, "HEAD", "text", TODAY) == 1
    out = capsys.readouterr().out
    assert out.index("Needs attention before merging") < out.index("Sessions")
    assert ("  - Stay and play at Northgate Family Hub: its day, time, place or dates changed, but its "
            "last_changed date did not move on.") in out
    edit(repo, session, "last_changed: 2026-11-02", "last_changed: 2026-11-20")
    assert run_changes(repo, "HEAD", "text", TODAY) == 0
    assert "Needs attention" not in capsys.readouterr().out
