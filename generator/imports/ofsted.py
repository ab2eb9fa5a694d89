"""``import-ofsted``: bring the childcare settings' Ofsted details up to date from Ofsted's published list.

A setting is matched by its registration number (``ofsted: reference``). Only what Ofsted is the source
of is changed: the latest inspection's outcome and date, and the address and postcode where Ofsted gives
them (it withholds childminders'). The type is the council's choice of words, so a type that does not fit
Ofsted's registration is reported, never changed. Everything else an editor wrote (costs, descriptions,
comments, the order of fields) stays byte for byte: only the lines of the changed fields are rewritten,
and a file whose edited text does not read back as exactly the intended change is left alone and named.

Nothing is written until the whole list has been read; the report (plain text, for a pull request) names
everything that changed, everything left as it was and why, and every row that could not be used.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..build_date import build_date
from ..content_files import yaml_files
from ..date_words import day_month_year
from ..problems import shown
from ..schema.common import Name, Postcode
from ..yaml_source import read_yaml
from .ofsted_csv import Provider, Register, UnusableFile, read_register
from .yaml_lines import CannotEdit, Change, edited

CHILDCARE = "content/childcare"
# Settings Ofsted inspects as schools, which are not in its list of childcare providers.
SCHOOL_TYPES = ("school-nursery", "nursery-school")
_NAME = TypeAdapter(Name)
_POSTCODE = TypeAdapter(Postcode)


@dataclass
class SiteSetting:
    """A childcare setting's file as the editor wrote it."""

    file: Path
    path: str  # from the project's root, as messages name files
    data: dict[str, Any]

    @property
    def ofsted(self) -> dict[str, Any]:
        ofsted = self.data.get("ofsted")
        return ofsted if isinstance(ofsted, dict) else {}

    @property
    def reference(self) -> str:
        return str(self.ofsted.get("reference") or "").strip().upper()

    @property
    def label(self) -> str:
        return f"{shown(self.data.get('name') or self.file.stem, 100)} ({self.reference})"


@dataclass
class Report:
    """What the import did, section by section; each entry is one item of a list (with sub-items)."""

    authority: str
    summary: str
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    not_on_site: list[str] = field(default_factory=list)
    not_active: list[str] = field(default_factory=list)
    not_in_register: list[str] = field(default_factory=list)
    schools: list[str] = field(default_factory=list)
    bad_rows: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)

    def text(self) -> str:
        sections = [
            ("Updated", self.updated),
            ("Unchanged", self.unchanged),
            ("Left as they were, to look at", self.left),
            ("Type to check, not changed", self.types),
            (f"Registered in {self.authority} but not on the site", self.not_on_site),
            ("On the site but no longer active with Ofsted", self.not_active),
            (f"On the site but not in Ofsted's list for {self.authority}", self.not_in_register),
            ("Inspected as schools, so not in Ofsted's childcare list (left as they were)", self.schools),
            ("Rows of Ofsted's list not imported", self.bad_rows),
        ]
        parts = [f"Ofsted childcare register: {self.authority}", self.summary]
        for title, entries in sections:
            parts.append(f"{title} ({len(entries)})\n" + ("\n".join(f"- {e}" for e in entries) or "None."))
        parts.extend(self.footnotes)
        return "\n\n".join(parts) + "\n"


def run_import_ofsted(root: Path, csv_path: Path, local_authority: str, today: date | None = None) -> int:
    """Update ``content/childcare/`` from Ofsted's CSV and print the report; 1 (nothing written) when the file
    cannot be used."""
    try:
        register = read_register(csv_path, local_authority, today or build_date())
    except UnusableFile as unusable:
        print(f"The Ofsted import stopped. {unusable} Nothing was changed.", file=sys.stderr)
        return 1
    report, new_texts = import_register(root, register)
    for file, text in new_texts.items():
        _write(file, text)
    print(report.text(), end="")
    return 0


def import_register(root: Path, register: Register) -> tuple[Report, dict[Path, bytes]]:
    """The report, and the new content of every file to change (nothing is written here)."""
    settings, unreadable = _site_settings(root)
    providers = {p.urn: p for p in register.providers}
    bad_urns = {bad.urn for bad in register.bad_rows if bad.urn}
    report = Report(register.authority, _summary(register, len(settings) + len(unreadable)))
    new_texts: dict[Path, bytes] = {}
    for setting in settings:
        provider = providers.get(setting.reference)
        if provider is None and setting.data.get("type") in SCHOOL_TYPES and setting.reference not in bad_urns:
            report.schools.append(setting.label)
        elif provider is None:
            report.not_in_register.append(_not_in_register(setting, register, bad_urns))
        elif not provider.active:
            report.not_active.append(f"{setting.label} in {setting.path}: Ofsted lists it as "
                                     f"'{shown(provider.status)}'. Check whether it still belongs on the site.")
        else:
            _compare(setting, provider, report, new_texts)
    report.left.extend(f"{path}: the import cannot read this file; run the check to see why." for path in unreadable)
    on_site = {s.reference for s in settings}
    missing = [p for p in register.providers if p.urn not in on_site]
    report.not_on_site = [_provider_words(p) for p in missing if p.active]
    report.bad_rows = [bad.message for bad in register.bad_rows]
    report.footnotes = _footnotes(register, sum(not p.active for p in missing))
    return report, new_texts


def _site_settings(root: Path) -> tuple[list[SiteSetting], list[str]]:
    settings, unreadable = [], []
    for file in yaml_files(root / CHILDCARE):
        doc, _ = read_yaml(file, root)
        if doc is None or not isinstance(doc.data, dict):
            unreadable.append(file.relative_to(root).as_posix())
        else:
            settings.append(SiteSetting(file, doc.path, doc.data))
    return settings, unreadable


def _compare(setting: SiteSetting, provider: Provider, report: Report, new_texts: dict[Path, bytes]) -> None:
    changes, left = _inspection(setting, provider)
    address, postcode = _address(setting, provider, left)
    changes += address + postcode
    type_note = _type_note(setting, provider)
    if type_note:
        report.types.append(type_note)
    if changes:
        try:
            new_texts[setting.file] = edited(setting.file, setting.path, changes)
        except CannotEdit as reason:
            left.append(f"Ofsted's list has new details ({'; '.join(_changed(c) for c in changes)}), but the "
                        f"file could not be changed safely ({reason}); change it by hand.")
            changes = []
    if changes:
        notes = [_changed(c) for c in changes]
        if address or postcode:
            notes.append("the address changed: check the ward, area and coordinates, which the import leaves alone")
        report.updated.append(f"{setting.label} in {setting.path}" + "".join(f"\n  - {n}" for n in notes))
    elif not left:
        report.unchanged.append(setting.label)
    report.left.extend(f"{setting.label} in {setting.path}: {reason}" for reason in left)


def _inspection(setting: SiteSetting, provider: Provider) -> tuple[list[Change], list[str]]:
    """The changes to the outcome and inspection date, or why they were left as they were."""
    outcome, written = setting.ofsted.get("outcome"), setting.ofsted.get("inspected")
    site_day = _iso_date(written)
    on_site = f"its outcome ({shown(outcome)}) and inspection date ({shown(written or 'none')})"
    if provider.report_card:
        assert provider.inspected is not None
        return [], [f"inspected on {day_month_year(provider.inspected)} under Ofsted's new report cards, which "
                    f"give no single overall grade, so {on_site} were left as they were. Read the new report on "
                    "Ofsted's website."]
    if provider.inspected is None or provider.outcome is None:
        if provider.inspected is None and outcome == "not-yet-inspected":
            return [], []
        found = f"an inspection on {day_month_year(provider.inspected)} with" if provider.inspected else "no"
        return [], [f"Ofsted's list gives {found} overall grade, so {on_site} were left as they were."]
    if site_day is not None and site_day > provider.inspected:
        return [], [f"the site gives a later inspection ({day_month_year(site_day)}) than Ofsted's list "
                    f"({day_month_year(provider.inspected)}), so {on_site} were left as they were."]
    changes = []
    if outcome != provider.outcome:
        changes.append(Change("outcome", ("ofsted", "outcome"), outcome, provider.outcome))
    if site_day != provider.inspected:
        changes.append(Change("inspected", ("ofsted", "inspected"), written, provider.inspected.isoformat(),
                              after="outcome"))
    return changes, []


def _address(setting: SiteSetting, provider: Provider, left: list[str]) -> tuple[list[Change], list[Change]]:
    """Changes to the address and postcode where Ofsted gives them and they differ in more than spelling."""
    address, postcode = [], []
    written = setting.data.get("address")
    lines = written if isinstance(written, list) else [written]
    if provider.address and _words(lines) != _words(provider.address):
        if all(_fits(_NAME, line) for line in provider.address):
            address.append(Change("address", ("address",), written, list(provider.address)))
        else:
            left.append(f"Ofsted's address ({shown(', '.join(provider.address))}) cannot be written as an "
                        "address on the site; the address was left as it was.")
    old = setting.data.get("postcode")
    new = provider.postcode.upper() if provider.postcode else None
    if new and "".join(new.split()) != "".join(str(old or "").upper().split()):
        new = new if " " in new else f"{new[:-3]} {new[-3:]}"
        if _fits(_POSTCODE, new):
            postcode.append(Change("postcode", ("postcode",), old, new))
        else:
            left.append(f"Ofsted's postcode '{shown(new)}' is not a postcode; the postcode was left as it was.")
    return address, postcode


def _type_note(setting: SiteSetting, provider: Provider) -> str | None:
    """A note when the setting's type cannot be the kind of childcare Ofsted registered."""
    kind, subtype = provider.kind.casefold(), provider.subtype.casefold().replace("-", " ")
    # Ofsted's "full day care" is four hours or more at a time: a nursery, a pre-school or a school's nursery.
    if "childminder" in kind and "agency" not in kind:
        fitting: tuple[str, ...] = ("childminder",)
    elif "out of school" in subtype:
        fitting = ("out-of-school-club",)
    elif "sessional" in subtype:
        fitting = ("pre-school", *SCHOOL_TYPES)
    elif "full day" in subtype:
        fitting = ("day-nursery", "pre-school", *SCHOOL_TYPES)
    else:
        return None  # a crèche, a home childcarer: nothing on the site to compare it with
    site_type = setting.data.get("type")
    if site_type in fitting:
        return None
    registered = ", ".join(shown(t) for t in (provider.kind, provider.subtype) if t)
    could_be = " or ".join(fitting)
    return (f"{setting.label} in {setting.path}: the site says '{shown(site_type)}', but Ofsted registers it as "
            f"{registered}, which fits {could_be}.")


def _not_in_register(setting: SiteSetting, register: Register, bad_urns: set[str]) -> str:
    where = f"{setting.label} in {setting.path}"
    if setting.reference in bad_urns:
        return f"{where}: its row could not be read (see the rows not imported); left as it was."
    if setting.reference in register.elsewhere:
        return (f"{where}: Ofsted lists this registration number under {shown(register.elsewhere[setting.reference])}; "
                "check the number, and whether the setting belongs on this site.")
    return (f"{where}: this registration number is not in Ofsted's list. The setting may have closed, or the "
            "number may be wrong; check with the setting.")


def _provider_words(provider: Provider) -> str:
    if provider.name is None:
        who = "a childminder" if "childminder" in provider.kind.casefold() else "a provider"
        return f"{who} (name withheld by Ofsted), {provider.urn}"
    details = ", ".join(shown(t) for t in (provider.kind, provider.subtype, provider.postcode or "") if t)
    return f"{shown(provider.name, 100)}, {provider.urn}" + (f": {details}" if details else "")


def _summary(register: Register, settings: int) -> str:
    rows = len(register.providers) + len(register.bad_rows)
    return (f"From {shown(register.file_name, 100)} (column headings on row {register.header_row}): {rows} "
            f"{'row' if rows == 1 else 'rows'} for {register.authority}, compared with the {settings} childcare "
            f"{'setting' if settings == 1 else 'settings'} on the site.")


def _footnotes(register: Register, inactive: int) -> list[str]:
    notes = []
    if inactive:
        notes.append(f"Not active and not on the site: {inactive} {'row' if inactive == 1 else 'rows'} of Ofsted's "
                     "list, with nothing to do.")
    others = register.other_rows
    if others:
        notes.append(f"Other local authorities: {others} {'row' if others == 1 else 'rows'} of Ofsted's list, "
                     "not looked at.")
    return notes


def _changed(change: Change) -> str:
    return f"{change.field}: {_value_words(change.old)} -> {_value_words(change.new)}"


def _value_words(value: object) -> str:
    if isinstance(value, list):
        return shown(", ".join(str(line) for line in value), 200)
    return "none" if value is None else shown(value, 100)


def _words(lines: list[Any] | tuple[str, ...]) -> list[str]:
    """An address as its words, so "Oakwood, Exampleton" on one line is the same as on two."""
    return " ".join(str(line or "") for line in lines).replace(",", " ").replace(".", " ").casefold().split()


def _iso_date(value: object) -> date | None:
    try:
        return date.fromisoformat(value.strip()) if isinstance(value, str) else None
    except ValueError:
        return None


def _fits(adapter: TypeAdapter, value: str) -> bool:
    try:
        adapter.validate_python(value)
    except ValidationError:
        return False
    return True


def _write(file: Path, content: bytes) -> None:
    """Replace the file in one step, so an interrupted import never leaves half a file."""
    handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".import-", suffix=file.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, file.stat().st_mode & 0o777)
        os.replace(temporary, file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
