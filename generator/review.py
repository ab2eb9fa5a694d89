"""``python -m generator review``: what is due for review, by owner, oldest first.

A record is *due* when its ``last_reviewed`` date passes the warning age in
the site settings (``review_warning_months``; childcare costs use
``childcare_costs_warning_months``), the same age at which ``check`` starts
warning. The report lists records already due and those that fall due
within the next N days, so a team can plan its checks before the warnings
start. Every record with a ``last_reviewed`` date is included: services,
venues, childcare settings, the accessibility statement, pages that give one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from . import loader
from .build_date import build_date
from .content_translations import stale_translations
from .date_words import day_month_year, months_before
from .loader import LoadedContent, load_content
from .problems import errors_only
from .schema.site_settings import SiteSettings

NO_OWNER = "No owner named"
# Kinds reviewed on a different clock, and the site setting that sets it.
WARNING_SETTING = {"childcare": "childcare_costs_warning_months"}
# Kinds that the check stops publishing past review_limit_months (generator.freshness).
LIMITED = frozenset({"services", "venues"})


@dataclass(frozen=True, order=True)
class Due:
    """One record to review; sorts oldest first."""

    last_reviewed: date
    path: str
    name: str
    attribute: str
    owner: str
    due: date
    limit: date  # past this the check stops publishing


def _months(settings: SiteSettings | None, name: str) -> int:
    value = getattr(settings, name, None)
    return value if value is not None else SiteSettings.model_fields[name].default


def add_months(day: date, months: int) -> date:
    return months_before(day, -months)


def reviewed_records(content: LoadedContent) -> list[tuple[str, str, str, str, date, str]]:
    """(attribute, kind, path, name, last reviewed, owner) for every record that has a review date."""
    found: list[tuple[str, str, str, str, date, str]] = []
    singles = [(a, kind, getattr(content, a, None)) for a, (_, _, kind) in loader.SINGLE_FILES.items()]
    for attribute, kind, item in singles:
        if item is not None and getattr(item.record, "last_reviewed", None):
            found.append((attribute, kind, item.path, kind[0].upper() + kind[1:], item.record.last_reviewed,
                          getattr(item.record, "owner", None) or NO_OWNER))
    lists = {**{a: kind for a, (_, _, kind) in loader.RECORD_FOLDERS.items()},
             **{a: kind for a, (_, _, _, kind) in loader.LIST_FILES.items()}}
    for attribute, kind in lists.items():
        for item in getattr(content, attribute, []):
            reviewed = getattr(item.record, "last_reviewed", None)
            if reviewed:
                name = getattr(item.record, "name", "") or getattr(item.record, "id", "")
                found.append((attribute, kind, item.path, name, reviewed,
                              getattr(item.record, "owner", None) or NO_OWNER))
    for page in content.pages:
        if page.meta.last_reviewed:
            found.append(("pages", "a page", page.path, page.meta.title, page.meta.last_reviewed, NO_OWNER))
    return found


def due_for_review(content: LoadedContent, today: date, within_days: int) -> list[Due]:
    settings = content.settings.record if content.settings else None
    horizon = today + timedelta(days=within_days)
    limit_months = _months(settings, "review_limit_months")
    due = []
    for attribute, _, path, name, reviewed, owner in reviewed_records(content):
        months = _months(settings, WARNING_SETTING.get(attribute, "review_warning_months"))
        due_on = add_months(reviewed, months)
        if due_on <= horizon:
            due.append(Due(reviewed, path, name, attribute, owner, due_on, add_months(reviewed, limit_months)))
    return sorted(due)


def _when(item: Due, today: date) -> str:
    if item.due > today:
        days = (item.due - today).days
        return f"due {day_month_year(item.due)} (in {days} day{'s' if days != 1 else ''})"
    if item.limit <= today and item.attribute in LIMITED:
        return f"due {day_month_year(item.due)}: past the limit, the site cannot be published until it is checked"
    return f"due {day_month_year(item.due)} (overdue)"


def review_report(content: LoadedContent, today: date, within_days: int) -> str:
    """The report as plain text: owners in alphabetical order, 'No owner named' last."""
    items = due_for_review(content, today, within_days)
    horizon = today + timedelta(days=within_days)
    if not items:
        return f"Nothing is due for review by {day_month_year(horizon)}.\n" + _translations_to_update(content)
    lines = [f"Due for review by {day_month_year(horizon)} ({within_days} days from {day_month_year(today)}), "
             "oldest first.", ""]
    owners = sorted({i.owner for i in items}, key=lambda o: (o == NO_OWNER, o.lower()))
    for owner in owners:
        mine = [i for i in items if i.owner == owner]
        lines.append(f"{owner}: {len(mine)} to review")
        for item in mine:
            lines.append(f"  - {item.name} ({item.path})")
            lines.append(f"    last reviewed {day_month_year(item.last_reviewed)}, {_when(item, today)}")
        lines.append("")
    total = len(items)
    lines.append(f"{total} record{'s' if total != 1 else ''} to review. After checking one, change its "
                 "last_reviewed date to the day you checked it.")
    return "\n".join(lines) + "\n" + _translations_to_update(content)


def _translations_to_update(content: LoadedContent) -> str:
    """Translations made from English that has changed since, by the owner of their record."""
    stale = stale_translations(content)
    if not stale:
        return ""
    lines = ["", "Translations made from older English, to ask a translator to update:", ""]
    owners = sorted({s.owner or NO_OWNER for s in stale}, key=lambda o: (o == NO_OWNER, o.lower()))
    for owner in owners:
        mine = [s for s in stale if (s.owner or NO_OWNER) == owner]
        lines.append(f"{owner}: {len(mine)} to update")
        lines += [f"  - {s} ({s.path}, line {s.line})" for s in mine]
        lines.append("")
    lines.append("Once a translation is updated, copy the fingerprint make check gives into its from_english.")
    return "\n".join(lines) + "\n"


def run_review(root: Path, within_days: int, today: date | None = None) -> int:
    """``python -m generator review``: print the report; problems in the content are mentioned, not fatal."""
    content, problems = load_content(root)
    print(review_report(content, today or build_date(), within_days), end="")
    errors = errors_only(problems)
    if errors:
        files = len({p.path for p in errors})
        print(f"\nNote: {files} file{'s have' if files != 1 else ' has'} problems and may be missing from this "
              "report; run 'make check' to see them.")
    return 0
