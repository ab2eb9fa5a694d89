"""What mapping a feed's records needs throughout: the import's context, the drafts of the files to write, and
text from the feed made fit for the check (no control characters, within the schema's limits)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..open_referral.ids import FeedIds
from ..open_referral.taxonomies import WHO_IT_IS_FOR_PREFIX
from ..schema.common import SLUG_LIMIT
from ..slugs import slug
from .oruk_read import Feed, Json
from .oruk_report import Report, quoted

# Control characters and the like, which no text on the site may hold (as schema.common refuses them).
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


@dataclass
class Context:
    """What every part of the import shares: the feed, the report, and the ids given so far."""

    feed: Feed
    report: Report
    own: bool  # the feed is this project's own: absent facilities mean no, descriptions end "Who it is for"
    today: date
    review_limit_months: int
    existing: dict[str, set[str]]  # ids the project already has: services, venues, sessions
    site_base: str | None = None  # the address of the site whose feed this is, when known
    feed_ids: FeedIds | None = None  # this project's feed's ids, to recognise a record's own id by its UUID
    session_words: dict[str, list[str]] = field(default_factory=dict)  # feed id -> the ids of its sessions
    venues: dict[str, str] = field(default_factory=dict)  # location id -> venue id written
    venue_names: dict[str, str] = field(default_factory=dict)  # venue name -> venue id written
    refused_venues: dict[str, str] = field(default_factory=dict)  # location id -> why no venue was written
    services: dict[str, ServiceDraft] = field(default_factory=dict)  # feed service id -> draft
    taken: dict[str, set[str]] = field(default_factory=lambda: {"services": set(), "venues": set()})


@dataclass
class ServiceDraft:
    id: str
    name: str
    file: str
    data: dict[str, Any]
    ways: list[str]


@dataclass
class VenueDraft:
    id: str
    name: str
    file: str
    data: dict[str, Any]


def clean(value: Any, limit: int, file: str, name: str, report: Report, one_line: bool = False) -> str | None:
    """Text from the feed as the check takes it: no control characters, a name on one line, within
    ``limit``; what was changed is noted. None when nothing is left."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    removed = sorted({f"U+{ord(c):04X}" for c in _NOT_TEXT.findall(text)})
    if removed:
        text = _NOT_TEXT.sub("", text)
        report.derived(file, name, f"invisible characters ({', '.join(removed)}) were taken out")
    if one_line:
        if any(c in text for c in "\n\t\u2028\u2029"):
            report.derived(file, name, "the feed's line breaks were made spaces (it is one line here)")
        text = " ".join(text.split())
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    if not text:
        return None
    if len(text) > limit:
        shorter = cut(text, limit)
        report.derived(file, name, f"cut from {len(text):,} to {len(shorter):,} characters (at most {limit:,} "
                       "here); the rest is in the feed")
        text = shorter
    return text


def cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at the end of a sentence, or else of a word."""
    head = text[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head + " ")]
    if ends and ends[-1] > limit // 2:
        return head[: ends[-1]].rstrip()
    return head.rsplit(" ", 1)[0].rstrip() if " " in head else head


def split_description(text: str) -> tuple[str, str, str | None]:
    """The summary (first paragraph), the rest, and "Who it is for" when the last paragraph says it."""
    who = None
    breaks = list(_PARAGRAPH.finditer(text))
    last = text[breaks[-1].end():] if breaks else text
    if last.strip().startswith(WHO_IT_IS_FOR_PREFIX.strip()):
        who = last.strip()[len(WHO_IT_IS_FOR_PREFIX.strip()):].strip()
        text = text[: breaks[-1].start()] if breaks else ""
    first = _PARAGRAPH.search(text)
    summary, rest = (text[: first.start()], text[first.end():]) if first else (text, "")
    return " ".join(summary.split()), rest.strip("\n"), who


def unique_id(name: str, taken: set[str], fallback: str) -> str:
    """An id from ``name`` (cut at a word when long), with ``-2``, ``-3``... when ``taken`` has it."""
    made = slug(name) or fallback
    if len(made) > SLUG_LIMIT:
        made = made[: SLUG_LIMIT + 1].rsplit("-", 1)[0]
    found, number = made, 2
    while found in taken:
        suffix = f"-{number}"
        found = made[: SLUG_LIMIT - len(suffix)].strip("-") + suffix
        number += 1
    return found


def known_id(ctx: Context, kind: str, record_id: str, candidates: list[str]) -> str | None:
    """The id a record had in the project whose feed this is: the candidate whose UUID (``open_referral.ids``)
    is the record's. Our feed's ids are made from the records' own, so trying the likely ones finds it."""
    if ctx.feed_ids is None:
        return None
    tried = set()
    for candidate in candidates:
        for part in _word_runs(candidate):
            if part not in tried:
                tried.add(part)
                if ctx.feed_ids(kind, part) == record_id:
                    return part
    return None


def _word_runs(made: str) -> list[str]:
    """``made`` and every run of its words: ``a-b-c``, ``a``, ``a-b``, ``b``, ``b-c``, ``c``."""
    words = made.split("-")
    return [made] + [
        "-".join(words[start:end]) for start in range(len(words)) for end in range(start + 1, len(words) + 1)]


def feed_date(value: Any) -> date | None:
    """A date or date-time of the feed (``2026-09-01``, ``2026-09-01T10:00:00Z``) as a date."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            return None


def left_over(record: Json, used: set[str]) -> list[tuple[str, Any]]:
    return [(key, value) for key, value in record.items() if key not in used and value not in (None, "", [], {})]


def described(key: str, value: Any) -> str:
    if isinstance(value, list):
        return f"{key}: " + "; ".join(summary_of(item) for item in value)
    return f"{key}: {summary_of(value)}"


def summary_of(value: Any) -> str:
    if isinstance(value, dict):
        parts = [f"{k} {quoted(v, 80)}" for k, v in value.items()
                 if k != "id" and not isinstance(v, (dict, list)) and v not in (None, "")]
        return ", ".join(parts) or "(no details)"
    return quoted(value)
