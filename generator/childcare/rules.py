"""The national childcare rules, read once from their table: ``generator/policy/funded_hours.yml``.

Each funded entitlement (its hours a week, the ages it is for, its name) and the other help with
costs (Tax-Free Childcare, Universal Credit, the official pages) are written in that file only.
The explainer, the names in the table and filters, the estimate's options, the rules the page
carries for ``childcare.js``, the checks of ``funded_hours`` and the open data's funded-hours
columns all read them from ``rules()``.

The file is the tool's, not the council's: its maintainers update it when the rules change (most
years in April). ``rules_problems`` is how ``check`` reports a mistake in it, and warns when the
date it is good until has passed.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from ..problems import Problem, format_problems
from ..records import validate_document
from ..schema.common import Date, Name, Record, SecureWebAddress, Text, WholeNumber
from ..yaml_source import YamlDocument, parse_yaml
from .schema import FundedHours

PACKAGE = Path(__file__).resolve().parent.parent
RULES_FILE = PACKAGE / "policy" / "funded_hours.yml"
# How messages name the file: as it sits in a council's copy of the tool.
RULES_PATH = RULES_FILE.relative_to(PACKAGE.parent).as_posix()
# FundedHours' one field that is not an entitlement: the hours can be spread over more weeks.
STRETCHED = "stretched"
STRETCHED_FILTER = "s"

Months = Annotated[WholeNumber, Field(ge=0, le=216)]
Pounds = Annotated[WholeNumber, Field(ge=1)]
FilterKey = Annotated[str, Field(pattern=r"^[a-z]$")]
FieldName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=80)]


class Entitlement(Record):
    """One kind of funded hours: who can have them, how many, and for which ages (in months, both included)."""

    key: FieldName
    open_data: FieldName
    filter: FilterKey
    hours_a_week: Annotated[WholeNumber, Field(ge=1, le=60)]
    from_months: Months
    to_months: Months
    income_limit: Pounds | None = None
    minimum_earnings_hours: Annotated[WholeNumber, Field(ge=1, le=60)] | None = None
    reconfirm_every_months: Annotated[WholeNumber, Field(ge=1, le=24)] | None = None
    for_whom: Name
    heading: Name
    who_can_get_it: Text

    @property
    def name(self) -> str:
        """As the table of settings, the filters and the estimate say it: the hours, then "hours for" and whom."""
        return f"{self.hours_a_week} hours for {self.for_whom}"


class TaxFreeChildcare(Record):
    name: Name
    government_adds: Pounds
    for_every: Pounds
    yearly_limit: Pounds
    yearly_limit_disabled: Pounds
    text: Text


class UniversalCredit(Record):
    name: Name
    share_percent: Annotated[WholeNumber, Field(ge=1, le=100)]
    text: Text


class OfficialLink(Record):
    name: Name
    url: SecureWebAddress
    site: Name | None = None
    what_for: Name | None = None


class FundedRules(Record):
    """The whole table, as ``generator/policy/funded_hours.yml`` holds it."""

    valid_from: Date
    valid_until: Date
    weeks_a_year: Annotated[WholeNumber, Field(ge=1, le=52)]
    entitlements: Annotated[tuple[Entitlement, ...], Field(min_length=1)]
    tax_free_childcare: TaxFreeChildcare
    universal_credit: UniversalCredit
    links: Annotated[tuple[OfficialLink, ...], Field(min_length=1)]

    def offered(self, funded: FundedHours) -> list[Entitlement]:
        """The entitlements a setting's ``funded_hours`` says yes to, in the table's order."""
        return [e for e in self.entitlements if getattr(funded, e.key)]


# The words in braces each text may use (beyond an entitlement's own optional facts, added when present).
ENTITLEMENT_WORDS = {"hours", "weeks", "from_age", "to_age"}
ENTITLEMENT_FACTS = ("income_limit", "minimum_earnings_hours", "reconfirm_every_months")
TAX_FREE_WORDS = {"government_adds", "for_every", "yearly_limit", "yearly_limit_disabled"}
UNIVERSAL_CREDIT_WORDS = {"share"}


@dataclass(frozen=True)
class LoadedRules:
    """The table as read: the rules (None when it has errors), its problems and the line of ``valid_until``."""

    rules: FundedRules | None
    problems: list[Problem] = field(default_factory=list)
    valid_until_line: int = 0


# The fields of the table a family reads, which the interface's catalogues translate (``catalogue``); the
# rest are numbers, keys and addresses.
ENTITLEMENT_TEXTS = ("for_whom", "heading", "who_can_get_it")
OTHER_HELP_TEXTS = {"tax_free_childcare": ("name", "text"), "universal_credit": ("name", "text")}
LINK_TEXTS = ("name", "what_for")


def policy_words(data: Any) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Each text of the table (as read from YAML) a family reads, and where it sits."""
    for i, entitlement in enumerate(data.get("entitlements") or []):
        for name in ENTITLEMENT_TEXTS:
            if isinstance(entitlement.get(name), str):
                yield ("entitlements", i, name), entitlement[name]
    for part, names in OTHER_HELP_TEXTS.items():
        for name in names:
            if isinstance((data.get(part) or {}).get(name), str):
                yield (part, name), data[part][name]
    for i, link in enumerate(data.get("links") or []):
        for name in LINK_TEXTS:
            if isinstance(link.get(name), str):
                yield ("links", i, name), link[name]


def read_rules(text: str, path: str = RULES_PATH) -> LoadedRules:
    """Read the table from ``text``, with every mistake in it as a problem naming ``path`` and the line."""
    doc, problems = parse_yaml(text, path)
    if doc is None:
        return LoadedRules(None, problems)
    rules = validate_document(doc, FundedRules, "the table of childcare rules", problems)
    if rules is not None:
        problems += _consistency_problems(rules, doc)
    if any(not p.warning for p in problems):
        return LoadedRules(None, problems)
    return LoadedRules(rules, problems, doc.line_of(("valid_until",)))


_loaded: LoadedRules | None = None


def loaded() -> LoadedRules:
    """The shipped table, read once per process."""
    global _loaded
    if _loaded is None:
        _loaded = read_rules(RULES_FILE.read_text(encoding="utf-8"))
    return _loaded


def rules() -> FundedRules:
    """The national rules. ``check`` has reported any mistake in the table before anything is made from it."""
    table = loaded()
    if table.rules is None:
        raise RuntimeError(f"the table of childcare rules cannot be read:\n{format_problems(table.problems)}")
    return table.rules


def rules_problems(today: date) -> list[Problem]:
    """Mistakes in the table, and a warning once ``today`` is after the date the rules were checked up to."""
    table = loaded()
    if table.rules is None:
        return list(table.problems)
    until = table.rules.valid_until
    if today <= until:
        return []
    return [Problem(RULES_PATH, table.valid_until_line, (
        f"the national childcare rules in this file (funded hours, Tax-Free Childcare and help through Universal "
        f"Credit) were checked to be right up to {until.day} {until:%B %Y}, and that day has passed. The "
        "government may have changed them since: check them against the official pages the file links to, or "
        "update the tool to a release with the new rules. The childcare page shows them as they are until then"),
        warning=True)]


def _consistency_problems(rules: FundedRules, doc: YamlDocument) -> list[Problem]:
    """What the model alone cannot see: the entitlements match FundedHours, names and letters are not
    used twice, ages are in order, the dates are in order, and every word in braces can be filled in."""
    problems: list[Problem] = []

    def problem(location: tuple, message: str) -> None:
        problems.append(Problem(doc.path, doc.line_of(location), message))

    expected = [name for name in FundedHours.model_fields if name != STRETCHED]
    for i, e in enumerate(rules.entitlements):
        if e.key not in expected:
            problem(("entitlements", i, "key"), f"'key: {e.key}' is not a field of a childcare setting's "
                    f"funded_hours, which are {', '.join(expected)} (generator/childcare/schema.py)")
    missing = [name for name in expected if name not in {e.key for e in rules.entitlements}]
    if missing:
        problem(("entitlements",), f"no entitlement has the key {', '.join(missing)}; each field of a childcare "
                "setting's funded_hours (but stretched) needs its entitlement here")
    for name in ("key", "open_data", "filter"):
        values = [getattr(e, name) for e in rules.entitlements]
        for i, value in enumerate(values):
            if value in values[:i]:
                problem(("entitlements", i, name), f"'{name}: {value}' is used more than once; each entitlement "
                        "needs its own")
            elif name == "filter" and value == STRETCHED_FILTER:
                problem(("entitlements", i, name), f"'filter: {value}' is kept for hours that can be spread over "
                        "more weeks; choose another letter")
    for i, e in enumerate(rules.entitlements):
        if e.from_months > e.to_months:
            problem(("entitlements", i, "to_months"), f"from_months ({e.from_months}) is after to_months "
                    f"({e.to_months}); write the youngest age first")
        words = ENTITLEMENT_WORDS | {f for f in ENTITLEMENT_FACTS if getattr(e, f) is not None}
        for name in ("heading", "who_can_get_it"):
            problems += _unknown_words(getattr(e, name), words, doc, ("entitlements", i, name))
    if rules.valid_from > rules.valid_until:
        problem(("valid_until",), "valid_until is before valid_from")
    problems += _unknown_words(rules.tax_free_childcare.text, TAX_FREE_WORDS, doc, ("tax_free_childcare", "text"))
    problems += _unknown_words(rules.universal_credit.text, UNIVERSAL_CREDIT_WORDS, doc,
                               ("universal_credit", "text"))
    return problems


def _unknown_words(text: str, allowed: set[str], doc: YamlDocument, location: tuple) -> list[Problem]:
    """A word in braces that cannot be filled in, or braces that do not pair up."""
    try:
        names = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(text)
                 if name is not None]
    except ValueError:
        return [Problem(doc.path, doc.line_of(location), "a { or } does not pair up; words to fill in are "
                        "written in braces, like {hours}")]
    return [Problem(doc.path, doc.line_of(location), f"'{{{name}}}' cannot be filled in here; use "
                    f"{', '.join('{' + w + '}' for w in sorted(allowed))}")
            for name, spec, conversion in names if name not in allowed or spec or conversion]
