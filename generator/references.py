"""Checks across records: ids used twice and references to ids that do not exist.

These read every record as written, valid or not, so that a service with a
spelling mistake in one field still counts as existing (no false "there is
no service" messages) and its other references are still checked.
"""

from __future__ import annotations

import re
from pathlib import Path

from .content_files import real_file, real_folder
from .loader import LoadedContent
from .messages import did_you_mean
from .photos import photo_problem
from .problems import Problem, shown
from .records import RawRecord
from .schema.common import NAME_LIMIT, SLUG_PATTERN

# Free pages cannot take a URL that a generated section already uses.
RESERVED_PAGE_SLUGS = {
    "index", "start-for-life", "services", "venues", "whats-on", "childcare", "calendars", "data",
    "accessibility", "glossary", "you-said-we-did", "assets", "search", "404",
}

# (kind holding the reference, its field, kind referred to, how to name one)
REFERENCES = [
    ("services", "venues", "venues", "venue"),
    ("changes", "services", "services", "service"),
]
KIND_NAMES = {"venues": "venue", "services": "service", "changes": "'You said, we did' entry",
              "childcare": "childcare setting"}


def check_references(content: LoadedContent, root: Path) -> list[Problem]:
    problems: list[Problem] = []
    for kind, name in KIND_NAMES.items():
        problems += _duplicate_ids(content.raw.get(kind, []), name)
    problems += _duplicate_terms(content.raw.get("glossary", []))
    for holder, field, target, name in REFERENCES:
        known = {text for r in content.raw.get(target, []) if (text := _text(r.data.get("id"))) is not None}
        known |= content.unreadable.get(target, set())
        for record in content.raw.get(holder, []):
            problems += _unknown(record, field, known, name)
    for venue in content.raw.get("venues", []):
        problems += _photo_problems(venue, root)
    for page in content.pages:
        if page.slug in RESERVED_PAGE_SLUGS:
            problems.append(Problem(page.path, 1, f"the page name '{page.slug}' is already used by the site; "
                                    "rename the file"))
        elif not re.fullmatch(SLUG_PATTERN, page.slug):
            problems.append(Problem(page.path, 1, "page file names become web addresses: use lower-case letters, "
                                    "numbers and dashes, like privacy.md"))
    return problems


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _duplicate_ids(records: list[RawRecord], kind: str) -> list[Problem]:
    first_seen: dict[str, RawRecord] = {}
    problems = []
    for item in records:
        record_id = _text(item.data.get("id"))
        if record_id is None:
            continue
        if record_id in first_seen:
            first = first_seen[record_id]
            problems.append(Problem(item.path, item.line("id"),
                                    f"the id '{shown(record_id)}' is already used by the {kind} in "
                                    f"{first.path}:{first.line('id')}; each {kind} needs its own id"))
        else:
            first_seen[record_id] = item
    return problems


def _duplicate_terms(records: list[RawRecord]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for item in records:
        term = _text(item.data.get("term"))
        if term is None:
            continue
        if term.casefold() in seen:
            problems.append(Problem(item.path, item.line("term"),
                                    f"'{shown(term)}' is already explained on line {seen[term.casefold()]}; keep one"))
        else:
            seen[term.casefold()] = item.line("term")
    return problems


def _unknown(record: RawRecord, field: str, known: set[str], kind: str) -> list[Problem]:
    refs = record.data.get(field)
    if not isinstance(refs, list):
        return []
    return [
        Problem(record.path, record.line(field, i),
                f"there is no {kind} with the id '{shown(ref)}'.{did_you_mean(ref, sorted(known))}")
        for i, ref in enumerate(refs)
        if isinstance(ref, str) and ref not in known
    ]


def _photo_problems(venue: RawRecord, root: Path) -> list[Problem]:
    photo = venue.data.get("photo")
    file = _text(photo.get("file")) if isinstance(photo, dict) else None
    if file is None:
        return []
    line = venue.line("photo", "file")
    photos = root / "content" / "photos"
    if len(file) > NAME_LIMIT:
        return []  # too long for a file name: the schema's check of the field says so
    if "/" in file or "\\" in file or file in (".", ".."):
        return [Problem(venue.path, line, "the photo must be a file in content/photos/, named without folders")]
    target = photos / file
    if target.is_symlink() or photos.is_symlink():
        return []  # the link has its own problem
    if not _exists(target):
        available = sorted(p.name for p in photos.iterdir()) if real_folder(photos) else []
        return [Problem(venue.path, line, f"there is no photo called '{shown(file)}' in content/photos/."
                        f"{did_you_mean(file, available)}")]
    problem = photo_problem(target)
    return [Problem(venue.path, line, f"content/photos/{shown(file)}: {problem}")] if problem else []


def _exists(file: Path) -> bool:
    """A real file there; False for a name no file can have (a NUL, a name too long for the system)."""
    try:
        return real_file(file)
    except (OSError, ValueError):
        return False
