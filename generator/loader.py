"""Find every content file, read it and check it against its model.

Nothing here stops at the first mistake: each file is read and validated on
its own, and every problem is collected for one report.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from .childcare.schema import ChildcareSetting
from .content_files import every_file, is_page, is_yaml, link_problems, page_files, yaml_files
from .problems import Problem
from .records import RawRecord, Sourced, validate_document
from .schema.accessibility import AccessibilityFacts
from .schema.free_page import FreePageMeta
from .schema.glossary import Glossary, GlossaryTerm
from .schema.service import Service
from .schema.site_settings import SiteSettings
from .schema.venue import Venue
from .schema.you_said_we_did import Change, YouSaidWeDid
from .timetable.loading import LoadedTimetable, load_timetable
from .yaml_source import YamlDocument, parse_yaml, read_text, read_yaml


@dataclass(frozen=True)
class FreePage:
    slug: str
    meta: FreePageMeta
    body: str
    path: str


@dataclass
class LoadedContent:
    settings: Sourced[SiteSettings] | None = None
    accessibility: Sourced[AccessibilityFacts] | None = None
    venues: list[Sourced[Venue]] = field(default_factory=list)
    services: list[Sourced[Service]] = field(default_factory=list)
    glossary: list[Sourced[GlossaryTerm]] = field(default_factory=list)
    changes: list[Sourced[Change]] = field(default_factory=list)
    childcare: list[Sourced[ChildcareSetting]] = field(default_factory=list)
    pages: list[FreePage] = field(default_factory=list)
    # Every record as written, by kind ("venues", "services", ...), valid or not.
    raw: dict[str, list[RawRecord]] = field(default_factory=dict)
    # Names of files that could not be read at all, by kind: their ids are unknown,
    # so references to a matching name are not reported twice.
    unreadable: dict[str, set[str]] = field(default_factory=dict)
    # List files (glossary, "You said, we did") that could not be read or checked:
    # later checks that lean on them stay quiet rather than report a cascade.
    failed_files: set[str] = field(default_factory=set)
    # The timetable/ folder, read with the content.
    timetable: LoadedTimetable = field(default_factory=LoadedTimetable)


# Single files: (path under the root, model, how messages name the record).
SINGLE_FILES: dict[str, tuple[str, type[BaseModel], str]] = {
    "settings": ("content/site.yml", SiteSettings, "the site settings"),
    "accessibility": ("content/accessibility.yml", AccessibilityFacts, "the accessibility statement"),
}
# Folders with one record per file.
RECORD_FOLDERS: dict[str, tuple[str, type[BaseModel], str]] = {
    "venues": ("content/venues", Venue, "a venue"),
    "services": ("content/services", Service, "a service"),
    "childcare": ("content/childcare", ChildcareSetting, "a childcare setting"),
}
# Single files that hold a list of records.
LIST_FILES: dict[str, tuple[str, type[BaseModel], str, str]] = {
    "glossary": ("content/glossary.yml", Glossary, "terms", "a glossary term"),
    "changes": ("content/you-said-we-did.yml", YouSaidWeDid, "changes", "a 'You said, we did' entry"),
}
PAGES_FOLDER = "content/pages"
# A free page is a few thousand words at most; far more would make a page too heavy for a phone.
PAGE_LIMIT_BYTES = 200_000


def load_content(root: Path) -> tuple[LoadedContent, list[Problem]]:
    """Read and validate every content file under ``root``."""
    content = LoadedContent()
    problems: list[Problem] = link_problems(root)
    known: set[str] = set()

    for attribute, (relative, model, kind) in SINGLE_FILES.items():
        known.add(relative)
        doc = _read_required(root, relative, problems)
        if doc is not None:
            record = validate_document(doc, model, kind, problems)
            if record is not None:
                setattr(content, attribute, Sourced(record, doc))

    for attribute, (relative, model, kind) in RECORD_FOLDERS.items():
        for file in yaml_files(root / relative):
            known.add(file.relative_to(root).as_posix())
            doc, read_problems = read_yaml(file, root)
            problems.extend(read_problems)
            if doc is None:
                content.unreadable.setdefault(attribute, set()).add(file.stem)
            else:
                content.raw.setdefault(attribute, []).append(RawRecord(doc))
                record = validate_document(doc, model, kind, problems)
                if record is not None:
                    getattr(content, attribute).append(Sourced(record, doc))

    for attribute, (relative, model, list_field, kind) in LIST_FILES.items():
        known.add(relative)
        if not os.path.lexists(root / relative):
            continue  # a list not written yet: no glossary terms, no "You said, we did" entries
        doc, container = _read_required(root, relative, problems), None
        if doc is not None:
            written = doc.data.get(list_field) if isinstance(doc.data, dict) else None
            if isinstance(written, list):
                content.raw[attribute] = [RawRecord(doc, (list_field, i)) for i in range(len(written))]
            container = validate_document(doc, model, kind, problems)
            if container is not None:
                items = getattr(container, list_field)
                getattr(content, attribute).extend(Sourced(item, doc, (list_field, i)) for i, item in enumerate(items))
        if doc is None or container is None:
            content.failed_files.add(relative)

    content.pages = _load_pages(root, problems)

    content.timetable = load_timetable(root, problems)
    problems.extend(_unread_files(root, known))
    return content, problems


def _read_required(root: Path, relative: str, problems: list[Problem]) -> YamlDocument | None:
    file = root / relative
    if file.is_symlink():
        return None  # a link has its own problem
    if not file.is_file():
        problems.append(Problem(relative, 0, "this file is missing"))
        return None
    doc, read_problems = read_yaml(file, root)
    problems.extend(read_problems)
    return doc


def _load_pages(root: Path, problems: list[Problem]) -> list[FreePage]:
    folder = root / PAGES_FOLDER
    if not os.path.lexists(folder):
        problems.append(Problem(PAGES_FOLDER, 0, "this folder is missing: the site is built from it, and it holds "
                                "the privacy notice and other pages; create it with privacy.md in it"))
        return []
    pages = []
    for file in page_files(folder):
        path = file.relative_to(root).as_posix()
        text, unreadable = read_text(file, path, PAGE_LIMIT_BYTES)
        if unreadable:
            problems.append(unreadable)
            continue
        page = _read_page(text, path, file.stem, problems)
        if page is not None:
            pages.append(page)
    for file in every_file(folder):
        if is_page(file) and file.parent != folder:
            problems.append(Problem(file.relative_to(root).as_posix(), 0, "this page is in a folder inside "
                                    "content/pages/, so it is not published; move it into content/pages/"))
    return pages


def _read_page(text: str, path: str, slug: str, problems: list[Problem]) -> FreePage | None:
    """Split a Markdown page into its front matter (between --- lines) and body."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        problems.append(Problem(path, 1, "a page must start with a '---' line, then 'title: ...', then '---'"))
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        problems.append(Problem(path, 1, "the page settings that start with '---' are never closed with '---'"))
        return None
    front = "".join(lines[1:end])
    doc, read_problems = parse_yaml("\n" + front, path)  # the newline keeps line numbers true
    problems.extend(read_problems)
    if doc is None:
        return None
    meta = validate_document(doc, FreePageMeta, "a page", problems)
    if meta is None:
        return None
    return FreePage(slug=slug, meta=meta, body="".join(lines[end + 1:]), path=path)


def _unread_files(root: Path, known: set[str]) -> list[Problem]:
    """A YAML file in the wrong place would be dropped silently; say so instead."""
    problems = []
    for file in every_file(root / "content"):
        relative = file.relative_to(root).as_posix()
        if is_yaml(file) and relative not in known:
            problems.append(
                Problem(relative, 0, "this file is not read: venues go in content/venues/ and services in "
                        "content/services/, one per file")
            )
    return problems
