"""`import-ofsted`: the example borough's childcare settings brought up to date from a copy of Ofsted's list.

The fixture (tests/imports/ofsted/childcare-providers.csv) has Ofsted's layout: a title and a note, the
headings on row 3, a byte order mark, blank columns and rows at the end. Its rows are the example's
settings (most as the site has them, some inspected since), a childminder and a nursery not on the site,
a setting that has resigned, rows for another local authority, a report-card inspection and bad rows.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.build import check_everything
from generator.imports.ofsted import run_import_ofsted
from generator.imports.yaml_lines import CannotEdit, Change, edited
from generator.problems import errors_only

from ..conftest import EXAMPLE, EXAMPLE_TODAY, example_project

FIXTURE = Path(__file__).parent / "ofsted" / "childcare-providers.csv"
CHILDCARE = "content/childcare"
CHANGED = {"acorn-day-nursery-oakwood.yml", "eastfield-early-years-centre.yml", "grace-o-childminder.yml",
           "helen-b-childminder.yml"}
# Lines an editor added to one file before the import, which must come through it as they were.
COMMENT = "# Checked with the nursery in November.\n"
OUTCOME_WITH_COMMENT = "  outcome: outstanding  # see the report\n"


def _project(folder: Path) -> Path:
    """The example borough, with one file given comments, one saved with Windows line breaks and one
    with a byte order mark, as editors' files can be."""
    root = example_project(folder)
    childcare = root / CHILDCARE
    acorn = childcare / "acorn-day-nursery-oakwood.yml"
    text = acorn.read_text(encoding="utf-8").replace("  outcome: outstanding\n", OUTCOME_WITH_COMMENT)
    acorn.write_text(COMMENT + text, encoding="utf-8")
    grace = childcare / "grace-o-childminder.yml"
    grace.write_bytes(grace.read_bytes().replace(b"\n", b"\r\n"))
    helen = childcare / "helen-b-childminder.yml"
    helen.write_bytes(b"\xef\xbb\xbf" + helen.read_bytes())
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _run(root: Path, csv_path: Path, capsys: pytest.CaptureFixture[str], authority: str = "Exampleton"):
    code = run_import_ofsted(root, csv_path, authority, EXAMPLE_TODAY)
    out, err = capsys.readouterr()
    return code, out, err


def _sections(report: str) -> dict[str, list[str]]:
    """The report's sections by their headings, each a list of entries (an entry's sub-items with it)."""
    sections: dict[str, list[str]] = {}
    for block in report.strip().split("\n\n")[2:]:
        heading, *lines = block.split("\n")
        entries: list[str] = []
        for line in lines:
            if line.startswith("- "):
                entries.append(line[2:])
            elif line.startswith("  - "):
                entries[-1] += "\n" + line
            else:
                assert line == "None." and not entries, line
        sections[heading] = entries
    return sections


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], int, str]:
    """The project before and after one import: its root, its files before, the exit code and the report."""
    root = _project(tmp_path_factory.mktemp("ofsted") / "project")
    before = _files(root)
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        code = run_import_ofsted(root, FIXTURE, "Exampleton", EXAMPLE_TODAY)
    return root, before, code, report.getvalue()


def _ofsted(root: Path, name: str) -> dict:
    return yaml.load((root / CHILDCARE / name).read_text(encoding="utf-8-sig"), Loader=yaml.BaseLoader)


def test_the_import_succeeds(imported) -> None:
    _, _, code, report = imported
    assert code == 0
    assert report.startswith("Ofsted childcare register: Exampleton\n\nFrom childcare-providers.csv (column "
                             "headings on row 3): 30 rows for Exampleton, compared with the 35 childcare settings "
                             "on the site.\n\n")


@pytest.mark.parametrize("name, ofsted, address, postcode", [
    ("acorn-day-nursery-oakwood.yml", ("EY500137", "good", "2025-03-14"), ["104 Orchard Way", "Oakwood, Exampleton"],
     "EX3 5BJ"),
    ("eastfield-early-years-centre.yml", ("EY500285", "requires-improvement", "2024-03-22"),
     ["54 Church Road", "Eastfield", "Exampleton"], "EX4 7HU"),
    ("grace-o-childminder.yml", ("EY501136", "outstanding", "2025-09-05"), ["14 Park Avenue", "Hollybank, Exampleton"],
     "EX8 7YX"),
    ("helen-b-childminder.yml", ("EY501284", "not-met", "2025-10-02"), ["5 Station Road", "Millbrook, Exampleton"],
     "EX7 4XA"),
    # A report card gives no overall grade: the outcome and its date stay as they were.
    ("castle-view-day-nursery.yml", ("EY500248", "outstanding", "2024-07-15"),
     ["43 Station Road", "Castle, Exampleton"], "EX5 5LB"),
    # Ofsted's list is older than what the site gives.
    ("kingsway-little-stars.yml", ("EY500433", "good", "2022-08-07"), ["110 Station Road", "Kingsway, Exampleton"],
     "EX2 2BB"),
    # The same address in capitals, on more lines, is the same address.
    ("oakwood-holiday-and-breakfast-club.yml", ("EY501395", "good", "2025-06-03"),
     ["47 School Lane", "Oakwood, Exampleton"], "EX3 1UW"),
])
def test_the_settings_ofsted_fields_after_the_import(imported, name, ofsted, address, postcode) -> None:
    root = imported[0]
    setting = _ofsted(root, name)
    reference, outcome, inspected = ofsted
    assert setting["ofsted"]["reference"] == reference
    assert (setting["ofsted"]["outcome"], setting["ofsted"]["inspected"]) == (outcome, inspected)
    assert setting["address"] == address and setting["postcode"] == postcode


EXPECTED_SECTIONS = {
    "Updated (4)": [
        "Acorn Day Nursery, Oakwood (EY500137) in content/childcare/acorn-day-nursery-oakwood.yml\n"
        "  - outcome: outstanding -> good\n"
        "  - inspected: 2022-02-01 -> 2025-03-14",
        "Eastfield Early Years Centre (EY500285) in content/childcare/eastfield-early-years-centre.yml\n"
        "  - address: 52 Church Road, Eastfield, Exampleton -> 54 Church Road, Eastfield, Exampleton\n"
        "  - postcode: EX4 7HT -> EX4 7HU\n"
        "  - the address changed: check the ward, area and coordinates, which the import leaves alone",
        "Grace O (childminder) (EY501136) in content/childcare/grace-o-childminder.yml\n"
        "  - outcome: good -> outstanding\n"
        "  - inspected: 2022-05-05 -> 2025-09-05",
        "Helen B (childminder) (EY501284) in content/childcare/helen-b-childminder.yml\n"
        "  - outcome: met -> not-met\n"
        "  - inspected: 2023-02-28 -> 2025-10-02",
    ],
    "Unchanged (17)": [
        "Amira K (childminder) (EY501062)", "Castle Kids Club (EY501321)", "Eastfield After-School Club (EY501358)",
        "Eastfield Scout Hut Playgroup (EY500581)", "Fatima R (childminder) (EY501247)",
        "Hollybank Village Pre-school (EY500655)", "Hollybank Treehouse Nursery (EY500470)",
        "Kingsway Methodist Pre-school (EY500729)", "Marek W (childminder) (EY501173)",
        "Northgate Nursery and Pre-school (EY500396)", "Oakwood Breakfast and Holiday Club (EY501395)",
        "Oakwood Community Pre-school (EY500544)", "Riverside Pre-school (EY500618)",
        "Sarah L (childminder) (EY501210)", "Southfield Playgroup (EY500692)", "Southfield Sunshine Nursery (EY500359)",
        "St Mary's Church Hall Playgroup (EY500507)",
    ],
    "Left as they were, to look at (2)": [
        "Castle View Day Nursery (EY500248) in content/childcare/castle-view-day-nursery.yml: inspected on 14 January "
        "2026 under Ofsted's new report cards, which give no single overall grade, so its outcome (outstanding) and "
        "inspection date (2024-07-15) were left as they were. Read the new report on Ofsted's website.",
        "Kingsway Little Stars Nursery (EY500433) in content/childcare/kingsway-little-stars.yml: the site gives a "
        "later inspection (7 August 2022) than Ofsted's list (7 August 2019), so its outcome (good) and inspection "
        "date (2022-08-07) were left as they were.",
    ],
    "Type to check, not changed (1)": [
        "Eastfield Scout Hut Playgroup (EY500581) in content/childcare/eastfield-playgroup.yml: the site says "
        "'pre-school', but Ofsted registers it as Childcare on non-domestic premises, Out of school day care, which "
        "fits out-of-school-club.",
    ],
    "Registered in Exampleton but not on the site (2)": [
        "a childminder (name withheld by Ofsted), EY501999",
        "Little Owls Nursery, EY509001: Childcare on non-domestic premises, Full day care, EX7 2AB",
    ],
    "On the site but no longer active with Ofsted (1)": [
        "Millbrook Meadows Nursery (EY500322) in content/childcare/millbrook-meadows-nursery.yml: Ofsted lists it as "
        "'Resigned'. Check whether it still belongs on the site.",
    ],
    "On the site but not in Ofsted's list for Exampleton (3)": [
        "Joanne P (childminder) (EY501099) in content/childcare/joanne-p-childminder.yml: Ofsted lists this "
        "registration number under Otherborough; check the number, and whether the setting belongs on this site.",
        "Riverside Little Learners Nursery (EY500174) in content/childcare/riverside-kids-nursery.yml: its row could "
        "not be read (see the rows not imported); left as it was.",
        "Town Centre Workplace Nursery (EY500211) in content/childcare/town-centre-workplace-nursery.yml: this "
        "registration number is not in Ofsted's list. The setting may have closed, or the number may be wrong; "
        "check with the setting.",
    ],
    "Inspected as schools, so not in Ofsted's childcare list (left as they were) (8)": [
        "Castle Primary School Nursery (110420)", "Hollybank Nursery School (110453)",
        "Kingsway Primary Nursery Class (110431)", "Millbrook Primary School Nursery (110409)",
        "Northgate Primary School Nursery Class (110398)", "Oakwood Nursery School (110475)",
        "Southfield Primary Nursery Class (110442)", "Exampleton Nursery School (110464)",
    ],
    "Rows of Ofsted's list not imported (3)": [
        "Row 28 (EY500174): the inspection date '31/02/2025' is not a date (Ofsted writes dates like 14/03/2025), "
        "so this row was skipped.",
        "Row 34 (Rainbow Playgroup): 'EY50O173' is not an Ofsted registration number (Provider URN), which looks "
        "like EY123456 or 2123456, so this row was skipped.",
        "Row 35 (EY509002): the overall effectiveness '7' is not one of Ofsted's grades (1 to 4, Met or Not met), "
        "so this row was skipped.",
    ],
    "Not active and not on the site: 1 row of Ofsted's list, with nothing to do.": [],
    "Other local authorities: 2 rows of Ofsted's list, not looked at.": [],
}


def test_the_report_names_everything_in_its_sections(imported) -> None:
    assert _sections(imported[3]) == EXPECTED_SECTIONS


def test_every_setting_is_in_the_report(imported) -> None:
    """Nothing on the site goes unmentioned: each file is named in a section, or its name is."""
    root, _, _, report = imported
    for file in (root / CHILDCARE).glob("*.yml"):
        setting = _ofsted(root, file.name)
        assert f"{setting['name']} ({setting['ofsted']['reference']})" in report, file.name


def test_a_bad_row_is_named_by_its_row_number_and_the_rest_are_imported(imported) -> None:
    root, before, _, report = imported
    assert "- Row 28 (EY500174): the inspection date '31/02/2025' is not a date" in report
    riverside = f"{CHILDCARE}/riverside-kids-nursery.yml"
    assert (root / riverside).read_bytes() == before[riverside]
    # The rows after it were still compared with the site.
    assert "Riverside Pre-school (EY500618)" in _sections(report)["Unchanged (17)"]


def _masked(data: bytes) -> list[bytes]:
    """The file's lines with the values of the Ofsted fields, and the address's lines, taken out."""
    lines = data.splitlines(keepends=True)
    masked, in_address = [], False
    for line in lines:
        if in_address and re.match(rb"^\s+- ", line):
            continue
        in_address = line.startswith(b"address:")
        masked.append(re.sub(rb"^(\s*(?:outcome|inspected|postcode|address):)[^#\r\n]*", rb"\1", line))
    return masked


def test_only_the_lines_of_the_changed_fields_change(imported) -> None:
    root, before, _, _ = imported
    after = _files(root)
    assert set(after) == set(before)  # nothing added, nothing left behind
    changed = {path.rsplit("/", 1)[-1] for path in after if after[path] != before[path]}
    assert changed == CHANGED
    for name in CHANGED:
        path = f"{CHILDCARE}/{name}"
        assert _masked(after[path]) == _masked(before[path]), name


def test_comments_line_breaks_and_byte_order_marks_are_kept(imported) -> None:
    root = imported[0]
    acorn = (root / CHILDCARE / "acorn-day-nursery-oakwood.yml").read_text(encoding="utf-8")
    assert acorn.startswith(COMMENT) and "\n  outcome: good  # see the report\n  inspected: 2025-03-14\n" in acorn
    grace = (root / CHILDCARE / "grace-o-childminder.yml").read_bytes()
    assert b"\r\n  outcome: outstanding\r\n  inspected: 2025-09-05\r\n" in grace
    assert grace.count(b"\n") == grace.count(b"\r\n")
    assert (root / CHILDCARE / "helen-b-childminder.yml").read_bytes().startswith(b"\xef\xbb\xbfid: helen-b")


def test_files_of_settings_not_changed_are_byte_for_byte_the_same(imported) -> None:
    root = imported[0]
    for source in sorted((EXAMPLE / "content").rglob("*")):
        path = source.relative_to(EXAMPLE).as_posix()
        if source.is_file() and path.rsplit("/", 1)[-1] not in CHANGED:
            assert (root / path).read_bytes() == source.read_bytes(), path


def test_the_project_still_passes_the_check(imported) -> None:
    site, problems = check_everything(imported[0], EXAMPLE_TODAY)
    assert site is not None and errors_only(problems) == [], [str(p) for p in problems]


def test_a_second_import_changes_nothing(imported, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "project"
    shutil.copytree(imported[0], root)
    before = _files(root)
    code, report, _ = _run(root, FIXTURE, capsys)
    assert code == 0 and _files(root) == before
    sections = _sections(report)
    assert sections["Updated (0)"] == [] and len(sections["Unchanged (21)"]) == 21


def test_the_report_spells_the_local_authority_as_ofsted_does(imported, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "project"
    shutil.copytree(imported[0], root)
    code, report, _ = _run(root, FIXTURE, capsys, authority="  EXAMPLETON ")
    assert code == 0
    assert report.startswith("Ofsted childcare register: Exampleton\n\nFrom childcare-providers.csv (column "
                             "headings on row 3): 30 rows for Exampleton,")
    assert "Registered in Exampleton but not on the site (2)" in report


def _csv(rows: list[list[str]]) -> str:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return text.getvalue()


def _fixture_rows() -> list[list[str]]:
    return list(csv.reader(io.StringIO(FIXTURE.read_text(encoding="utf-8-sig"))))


@pytest.mark.parametrize("content, words", [
    # The headings renamed, so no row has "Provider URN".
    (_csv([["Title"], ["Note"], ["Provider Ref", "Local Authority"], ["EY500137", "Exampleton"]]),
     "None of the first 10 rows of providers.csv has the column heading 'Provider URN'"),
    ("<!DOCTYPE html>\n<html><title>Childcare providers and inspections</title></html>\n",
     "The file providers.csv is a web page, not Ofsted's CSV file."),
    ("PK\x03\x04 a spreadsheet saved whole", "The file providers.csv is a spreadsheet (Excel or OpenDocument)"),
    ("", "None of the first 10 rows of providers.csv"),  # an empty file
])
def test_a_file_that_is_not_ofsteds_list_is_refused_and_nothing_is_written(
        content: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = example_project(tmp_path / "project")
    before = _files(root)
    csv_path = tmp_path / "providers.csv"
    csv_path.write_text(content, encoding="utf-8")
    code, out, err = _run(root, csv_path, capsys)
    assert code == 1 and out == ""
    assert err.startswith("The Ofsted import stopped. ") and words in err and err.rstrip().endswith("Nothing was "
                                                                                                    "changed.")
    assert _files(root) == before


def test_a_file_without_a_heading_the_import_needs_names_the_row_of_headings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _fixture_rows()
    column = rows[2].index("Local Authority")
    csv_path = tmp_path / "providers.csv"
    csv_path.write_text(_csv([row[:column] + row[column + 1:] for row in rows]), encoding="utf-8")
    root = example_project(tmp_path / "project")
    before = _files(root)
    code, _, err = _run(root, csv_path, capsys)
    assert code == 1 and "Row 3 of providers.csv holds the column headings, but not 'Local Authority'." in err
    assert _files(root) == before


def test_a_local_authority_not_in_the_file_is_refused_with_the_names_close_to_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = example_project(tmp_path / "project")
    before = _files(root)
    code, _, err = _run(root, FIXTURE, capsys, authority="Exampletown")
    assert code == 1 and "No row of childcare-providers.csv is for the local authority 'Exampletown'." in err
    assert "Names in the file close to it: Exampleton." in err
    assert _files(root) == before


def test_headings_a_row_lower_and_ofsteds_longer_heading_for_the_grade(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by their words, not their places: another note above the headings, the grade's heading
    with its prefix, no byte order mark; a date after today is a bad row."""
    rows = _fixture_rows()
    header = rows[2]
    header[header.index("Overall Effectiveness")] = "Most Recent Full: Overall Effectiveness"
    acorn = next(row for row in rows if row[0] == "EY500137")
    acorn[header.index("Most Recent Full: Inspection Date")] = "02/12/2026"
    csv_path = tmp_path / "providers.csv"
    csv_path.write_text(_csv(rows[:2] + [["Another note"]] + rows[2:]), encoding="utf-8")
    root = example_project(tmp_path / "project")
    code, report, _ = _run(root, csv_path, capsys)
    assert code == 0 and "(column headings on row 4)" in report
    bad_rows = _sections(report)["Rows of Ofsted's list not imported (4)"]
    assert bad_rows[0] == "Row 5 (EY500137): the inspection date '02/12/2026' is after today, so this row was skipped."
    assert _ofsted(root, "grace-o-childminder.yml")["ofsted"]["outcome"] == "outstanding"


def test_a_file_the_import_cannot_change_safely_is_named_and_left(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = example_project(tmp_path / "project")
    acorn = root / CHILDCARE / "acorn-day-nursery-oakwood.yml"
    acorn.write_text(acorn.read_text(encoding="utf-8").replace("  outcome: outstanding\n",
                                                               "  outcome:\n    outstanding\n"), encoding="utf-8")
    before = acorn.read_bytes()
    code, report, _ = _run(root, FIXTURE, capsys)
    assert code == 0 and acorn.read_bytes() == before
    [entry] = [e for e in _sections(report)["Left as they were, to look at (3)"] if "EY500137" in e]
    assert entry.endswith("Ofsted's list has new details (outcome: outstanding -> good; inspected: 2022-02-01 -> "
                          "2025-03-14), but the file could not be changed safely ('outcome' has its value on the next "
                          "line); change it by hand.")


@pytest.mark.parametrize("before, change, after", [
    # A date written where there was none goes under the outcome, indented as it is.
    ("ofsted:\n  reference: EY1\n  outcome: not-yet-inspected\nname: X\n",
     Change("inspected", ("ofsted", "inspected"), None, "2025-01-02", after="outcome"),
     "ofsted:\n  reference: EY1\n  outcome: not-yet-inspected\n  inspected: 2025-01-02\nname: X\n"),
    # Quoted values, a list in brackets with a comment, Windows line breaks, no line break at the end.
    ("outcome: 'good' # a\r\naddress: [1 Main Street, 'Town, Place']  # b\r\nend: x",
     Change("address", ("address",), None, ["2 Main Street: rear", "#3", "Town"]),
     "outcome: 'good' # a\r\naddress: ['2 Main Street: rear', '#3', Town]  # b\r\nend: x"),
    ("address:\n- 1 Main Street\n- Town",
     Change("address", ("address",), None, ["2 Main Street", "Town, Place", "Shire"]),
     "address:\n- 2 Main Street\n- Town, Place\n- Shire"),
])
def test_a_change_rewrites_its_own_lines_only(before: str, change: Change, after: str, tmp_path: Path) -> None:
    file = tmp_path / "setting.yml"
    file.write_bytes(before.encode())
    assert edited(file, "setting.yml", [change]).decode() == after


@pytest.mark.parametrize("before, words", [
    ("address:\n  - 1 Main Street  # the front door\n  - Town\n", "has comments beside its lines"),
    ("address:\n  - 1 Main\n    Street\n  - Town\n", "are not written one to a line"),
    ("address:\n  - 1 Main Street\n  - Town,\n    Place\n", "written over more than one line"),
    ("address: 1 Main Street\n", "is not written as a list on one line"),
    ("address:\n  - 1 Main Street\naddress:\n  - 2 Main Street\n", "fix those first"),
])
def test_a_change_the_file_does_not_allow_is_refused(before: str, words: str, tmp_path: Path) -> None:
    file = tmp_path / "setting.yml"
    file.write_text(before, encoding="utf-8")
    with pytest.raises(CannotEdit, match=words):
        edited(file, "setting.yml", [Change("address", ("address",), None, ["3 Main Street", "Town"])])


def test_the_report_card_rows_date_is_after_report_cards_began() -> None:
    rows = _fixture_rows()
    header = rows[2]
    castle_view = next(row for row in rows if row[0] == "EY500248")
    day, month, year = castle_view[header.index("Most Recent Full: Inspection Date")].split("/")
    assert date(int(year), int(month), int(day)) >= date(2025, 11, 10)
    assert castle_view[header.index("Overall Effectiveness")] == ""
    assert all(castle_view[i] for i, h in enumerate(header) if h.startswith("Report Card: "))
