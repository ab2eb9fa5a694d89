"""The import's report: what was written, what an editor must fill in (file and field), what was worked out,
and everything in the feed that has no place in the project. Plain text with Markdown headings and lists, so
it reads well in a terminal and as a pull request's description."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..problems import shown


@dataclass(frozen=True)
class Note:
    """One thing about one field of one written file."""

    file: str  # relative to the project, such as content/services/baby-massage.yml
    field: str  # such as how_to_access.ways; a session's field is named with its session's id
    text: str
    session: str | None = None  # the session's id, for a field of a session


@dataclass
class Report:
    source: str
    out: str
    council: str = ""
    header: list[str] = field(default_factory=list)
    written: dict[str, list[str]] = field(default_factory=lambda: {"services": [], "venues": [], "sessions": []})
    files: list[str] = field(default_factory=list)
    to_fill: list[Note] = field(default_factory=list)
    worked_out: list[Note] = field(default_factory=list)
    not_imported: dict[str, list[str]] = field(default_factory=dict)  # by record: "Service 'X' (id)"
    about_files: list[str] = field(default_factory=list)

    def fill(self, file: str, name: str, text: str, session: str | None = None) -> None:
        self.to_fill.append(Note(file, name, text, session))

    def derived(self, file: str, name: str, text: str, session: str | None = None) -> None:
        self.worked_out.append(Note(file, name, text, session))

    def left_out(self, record: str, text: str) -> None:
        self.not_imported.setdefault(record, []).append(text)

    def fields_to_fill(self) -> dict[str, set[str]]:
        """The fields named for each file, as ``{file: {field}}``."""
        named: dict[str, set[str]] = {}
        for note in self.to_fill:
            named.setdefault(note.file, set()).add(note.field)
        return named

    def text(self) -> str:
        counts = {kind: len(ids) for kind, ids in self.written.items()}
        lines = [f"# Imported from Open Referral UK: {self.source}", ""]
        lines += self.header
        lines.append(f"Written into {self.out}: {_count(counts['services'], 'service')}, "
                     f"{_count(counts['venues'], 'venue')} and {_count(counts['sessions'], 'session')}.")
        lines.append("")
        for file in self.files:
            lines.append(f"- {file}")
        if self.files:
            lines.append("")
        lines += self._by_file("## To fill in before the check passes", self.to_fill,
                               "Each of these is missing or was refused. Fill them in, then run the check "
                               "(`make check`).")
        lines += self._by_file("## Worked out by the import: please check", self.worked_out, "")
        if self.not_imported:
            lines += ["## Not imported", "",
                      "The feed says these things, but the project has no place for them. Nothing was written "
                      "for them; put what matters in the records by hand.", ""]
            for record, items in self.not_imported.items():
                lines.append(f"{record}:")
                lines += [f"- {item}" for item in items]
                lines.append("")
        if self.about_files:
            lines += ["## Files of the feed", ""]
            lines += [f"- {item}" for item in self.about_files]
            lines.append("")
        return "\n".join(lines).rstrip("\n") + "\n"

    @staticmethod
    def _by_file(heading: str, notes: list[Note], intro: str) -> list[str]:
        if not notes:
            return []
        lines = [heading, ""]
        if intro:
            lines += [intro, ""]
        files: dict[str, list[Note]] = {}
        for note in notes:
            files.setdefault(note.file, []).append(note)
        for file, items in files.items():
            lines.append(f"{file}:")
            for note in items:
                where = f"`{note.field}` of session `{note.session}`" if note.session else f"`{note.field}`"
                lines.append(f"- {where}: {note.text}")
            lines.append("")
        return lines


def quoted(value: object, limit: int = 100) -> str:
    """A value of the feed, quoted in the report: one line, cut short when long."""
    return f"'{shown(value, limit)}'"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
