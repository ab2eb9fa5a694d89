"""Ofsted's list of registered childcare providers and their latest inspections, read from its CSV file.

Ofsted publishes "Childcare providers and inspections" management information for the whole of England as
a CSV file (Open Government Licence): a title and a note above the row of column headings, then one row
per provider. Only the rows of one local authority are read in full. A row of it that cannot be used is
kept as a message naming the row as a spreadsheet numbers it, so nothing is left out without a word; a
file that is not that list at all stops the import before anything is changed (``UnusableFile``).
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..childcare.schema import OfstedOutcome
from ..problems import shown
from ..schema.common import EARLIEST_DATE

# The headings are on row 3; looking a few rows further allows for another note above them.
HEADER_SEARCH_ROWS = 10
# Inspections from 10 November 2025 give a report card (a grade for each area), not one overall grade.
REPORT_CARDS_FROM = date(2025, 11, 10)
# What Ofsted writes in place of a childminder's name and address.
REDACTED = "redacted"
# The registration numbers the site accepts (generator/childcare/schema.py): EY123456, or digits alone.
_URN = re.compile(r"^(EY|SC|C)?[0-9]{6,7}$")
_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y")
# A spreadsheet saved whole rather than as CSV: OpenDocument and Excel files (zip), and older Excel files.
_SPREADSHEET_STARTS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")

# Overall effectiveness, as Ofsted's codes and words, and the outcome the site writes for each.
GRADES: dict[str, OfstedOutcome] = {
    "1": "outstanding", "outstanding": "outstanding",
    "2": "good", "good": "good",
    "3": "requires-improvement", "requires improvement": "requires-improvement",
    "4": "inadequate", "inadequate": "inadequate",
    # Providers on the Childcare Register only are judged on whether they meet its requirements.
    "met": "met", "not met": "not-met", "not met with actions": "not-met",
    "not met with enforcement action": "not-met",
}


@dataclass(frozen=True)
class Column:
    """A column the import reads: its heading as Ofsted writes it, and the headings taken for it."""

    heading: str
    also: tuple[str, ...] = ()
    required: bool = True
    # A newer file may put a prefix before a heading; failing an exact match, a heading ending so is taken.
    ending: str | None = None

    def find(self, headings: list[str]) -> int | None:
        wanted = {_plain(self.heading), *self.also}
        for index, heading in enumerate(headings):
            if heading in wanted:
                return index
        for index, heading in enumerate(headings):
            if self.ending and heading.endswith(self.ending) and not _earlier_or_report_card(heading):
                return index
        return None


COLUMNS = {
    "urn": Column("Provider URN"),
    "authority": Column("Local Authority"),
    "status": Column("Provider Status"),
    "name": Column("Provider Name"),
    "inspected": Column("Most Recent Full: Inspection Date", ("inspection date",), ending="inspection date"),
    "grade": Column("Overall Effectiveness", ("most recent full: overall effectiveness",),
                    ending="overall effectiveness"),
    "type": Column("Provider Type", required=False),
    "subtype": Column("Provider Subtype", required=False),
    "line1": Column("Provider Address Line 1", required=False),
    "line2": Column("Provider Address Line 2", required=False),
    "line3": Column("Provider Address Line 3", required=False),
    "town": Column("Provider Town", required=False),
    "postcode": Column("Provider Postcode", ("postcode",), required=False),
}
ADDRESS_COLUMNS = ("line1", "line2", "line3", "town")

Cell = Callable[[str], str]  # a row's cell under one of COLUMNS, by its key


class UnusableFile(Exception):
    """The file is not Ofsted's list, or cannot be read: nothing is imported from it."""


@dataclass(frozen=True)
class Provider:
    """One row of the local authority's providers."""

    row: int
    urn: str
    name: str | None  # None where Ofsted withholds it (childminders)
    kind: str  # Ofsted's provider type, such as "Childcare on non-domestic premises"
    subtype: str  # such as "Full day care"
    status: str  # "Active", "Resigned", "Suspended", ...
    address: tuple[str, ...] | None  # None where withheld or not given
    postcode: str | None
    outcome: OfstedOutcome | None  # None when the latest inspection gave no overall grade
    inspected: date | None  # the latest full inspection
    report_card: bool  # the latest inspection gave a report card, with no overall grade

    @property
    def active(self) -> bool:
        return self.status.casefold() == "active"


@dataclass(frozen=True)
class BadRow:
    row: int
    urn: str | None  # when the row's registration number could be read
    message: str


@dataclass
class Register:
    """The local authority's rows, and what the rest of the file held."""

    file_name: str
    authority: str
    header_row: int
    providers: list[Provider] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)
    elsewhere: dict[str, str] = field(default_factory=dict)  # registration number -> its local authority
    other_rows: int = 0  # rows for other local authorities


def read_register(csv_path: Path, local_authority: str, today: date) -> Register:
    """The rows for ``local_authority`` (its name in any case); raises ``UnusableFile`` saying why in words."""
    name = csv_path.name
    rows = _rows(_text(csv_path), name)
    header_row, headings = _find_headings(rows, name)
    columns = _columns(headings, header_row, name)
    report_cards = [i for i, heading in enumerate(headings) if "report card" in heading]
    register = Register(name, " ".join(local_authority.split()), header_row)
    wanted = _plain(local_authority)
    authorities: set[str] = set()
    seen: dict[str, int] = {}
    for number, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue  # blank rows at the end of the file
        cell = _cells(cells, columns)
        authority = " ".join(cell("authority").split())
        if _plain(authority) != wanted:
            authorities.add(authority)
            register.other_rows += 1
            if cell("urn").strip():
                register.elsewhere[cell("urn").strip().upper()] = authority
            continue
        if not register.providers and not register.bad_rows:
            register.authority = authority  # the report names it as Ofsted's file spells it
        read = _provider(number, cell, [cells[i] for i in report_cards if i < len(cells)], today)
        if isinstance(read, Provider) and read.urn in seen:
            read = BadRow(number, read.urn, f"Row {number} ({read.urn}): this registration number is also on row "
                                            f"{seen[read.urn]}, which was used; this row was skipped.")
        if isinstance(read, BadRow):
            register.bad_rows.append(read)
        else:
            seen[read.urn] = number
            register.providers.append(read)
    if not register.providers and not register.bad_rows:
        raise UnusableFile(_no_rows_for(name, register.authority, authorities))
    return register


def _text(csv_path: Path) -> str:
    try:
        data = csv_path.read_bytes()
    except OSError as error:
        raise UnusableFile(f"The file {csv_path.name} could not be opened ({error.strerror or 'unreadable'}). "
                           "Check its name and where it was saved.") from error
    if data.startswith(_SPREADSHEET_STARTS):
        raise UnusableFile(f"The file {csv_path.name} is a spreadsheet (Excel or OpenDocument), not a CSV file. "
                           "On GOV.UK, download the version of Ofsted's list marked CSV.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves a CSV in its own encoding; every byte is something in it.
        text = data.decode("cp1252", errors="replace")
    if text.lstrip().startswith("<"):
        raise UnusableFile(f"The file {csv_path.name} is a web page, not Ofsted's CSV file. On GOV.UK, copy the "
                           "address of the CSV file itself (the link to the file, not to the page about it).")
    return text


def _rows(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """Every row with its number as a spreadsheet shows it (a cell holding a line break stays one row)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, cells
    except csv.Error as error:
        raise UnusableFile(f"Row {number + 1} of {name} cannot be read as CSV ({shown(error)}). Download the "
                           "file again from GOV.UK; if it was opened and saved in a spreadsheet, save it as CSV."
                           ) from error


def _find_headings(rows: Iterator[tuple[int, list[str]]], name: str) -> tuple[int, list[str]]:
    """The row of column headings, found by its "Provider URN" heading; the rows after it are left to read."""
    wanted = _plain(COLUMNS["urn"].heading)
    for number, cells in rows:
        headings = [_plain(cell) for cell in cells]
        if wanted in headings:
            return number, headings
        if number >= HEADER_SEARCH_ROWS:
            break
    raise UnusableFile(f"None of the first {HEADER_SEARCH_ROWS} rows of {name} has the column heading "
                       "'Provider URN', so it does not look like Ofsted's list of childcare providers. On GOV.UK, "
                       "download the CSV file of 'Childcare providers and inspections' management information.")


def _columns(headings: list[str], header_row: int, name: str) -> dict[str, int | None]:
    found = {key: column.find(headings) for key, column in COLUMNS.items()}
    missing = [COLUMNS[key].heading for key, index in found.items() if index is None and COLUMNS[key].required]
    if missing:
        listed = ", ".join(f"'{heading}'" for heading in missing)
        raise UnusableFile(f"Row {header_row} of {name} holds the column headings, but not {listed}. Ofsted may "
                           "have changed its file; ask whoever looks after the site to check the import.")
    return found


def _cells(cells: list[str], columns: dict[str, int | None]) -> Cell:
    """The cell of a row under one of ``COLUMNS``, by its key; empty when the row is short."""
    def cell(key: str) -> str:
        index = columns[key]
        return cells[index] if index is not None and index < len(cells) else ""
    return cell


def _provider(number: int, cell: Cell, report_card_cells: list[str], today: date) -> Provider | BadRow:
    urn = cell("urn").strip().upper()
    if not _URN.match(urn):
        name = _unless_redacted(cell("name"))
        where = f"Row {number} ({shown(name)})" if name else f"Row {number}"
        written = f"'{shown(urn)}' is not" if urn else "there is no"
        return BadRow(number, None, f"{where}: {written} an Ofsted registration number (Provider URN), which looks "
                                    "like EY123456 or 2123456, so this row was skipped.")
    where = f"Row {number} ({urn})"
    if not cell("status").strip():
        return BadRow(number, urn, f"{where}: the Provider Status is empty, so this row was skipped.")
    grade_text = " ".join(cell("grade").split())
    outcome = GRADES.get(grade_text.casefold())
    if grade_text and outcome is None:
        return BadRow(number, urn, f"{where}: the overall effectiveness '{shown(grade_text)}' is not one of "
                                   "Ofsted's grades (1 to 4, Met or Not met), so this row was skipped.")
    inspected, problem = _inspection_date(cell("inspected"), today)
    if problem:
        return BadRow(number, urn, f"{where}: the inspection date {problem}, so this row was skipped.")
    if outcome and inspected is None:
        return BadRow(number, urn, f"{where}: there is an overall effectiveness but no inspection date, so this "
                                   "row was skipped.")
    report_card = outcome is None and inspected is not None and (
        inspected >= REPORT_CARDS_FROM or any(text.strip() for text in report_card_cells))
    return Provider(number, urn, _unless_redacted(cell("name")), " ".join(cell("type").split()),
                    " ".join(cell("subtype").split()), " ".join(cell("status").split()), _address(cell),
                    _unless_redacted(cell("postcode")), outcome, inspected, report_card)


def _inspection_date(text: str, today: date) -> tuple[date | None, str | None]:
    """The date, or None when blank; or why it is not a date that can be used."""
    words = text.split()
    if not words:
        return None, None
    for pattern in _DATE_FORMATS:
        try:
            day = datetime.strptime(words[0], pattern).date()  # a time after the date is left aside
        except ValueError:
            continue
        if day > today:
            return None, f"'{shown(text)}' is after today"
        if day < EARLIEST_DATE:
            return None, f"'{shown(text)}' is before {EARLIEST_DATE.year}"
        return day, None
    return None, f"'{shown(text)}' is not a date (Ofsted writes dates like 14/03/2025)"


def _address(cell: Cell) -> tuple[str, ...] | None:
    lines = tuple(" ".join(cell(key).split()) for key in ADDRESS_COLUMNS)
    if any(line.casefold() == REDACTED for line in lines):
        return None
    return tuple(line for line in lines if line) or None


def _unless_redacted(text: str) -> str | None:
    text = " ".join(text.split())
    return None if not text or text.casefold() == REDACTED else text


def _no_rows_for(name: str, authority: str, authorities: set[str]) -> str:
    names = {a.casefold(): a for a in sorted(authorities, reverse=True) if a}  # one spelling of each
    close = difflib.get_close_matches(authority.casefold(), sorted(names), n=3, cutoff=0.6)
    close = [names[name] for name in close]
    hint = f" Names in the file close to it: {', '.join(close)}." if close else ""
    return (f"No row of {name} is for the local authority '{shown(authority)}'. Check the name is written as "
            f"Ofsted writes it in the 'Local Authority' column.{hint}")


def _plain(heading: str) -> str:
    return " ".join(heading.split()).casefold()


def _earlier_or_report_card(heading: str) -> bool:
    return any(word in heading for word in ("second", "third", "previous", "report card"))
