"""The national childcare rules are one table, and everything that says them says what it says.

The page's explainer, the names in the table and filters, the estimate's options, the rules the page
carries for ``childcare.js``, the checks and the open data's columns are all made from
``generator/policy/funded_hours.yml``: changing the table changes every one of them, and nothing in the
childcare code or the script keeps a number of its own.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from generator.build import generate
from generator.check import check_content
from generator.childcare import rules as rules_module
from generator.childcare.checks import check_settings
from generator.childcare.explainer import entitlement_words, money
from generator.childcare.rules import (
    RULES_FILE,
    RULES_PATH,
    Entitlement,
    FundedRules,
    LoadedRules,
    read_rules,
    rules,
)
from generator.childcare.schema import FundedHours
from generator.childcare.tools import rules_json
from generator.cli import main
from generator.loader import Sourced
from generator.markup import esc
from generator.yaml_source import parse_yaml

from ..conftest import EXAMPLE_TODAY, REPO, make_project
from .helpers import setting

SCRIPT = REPO / "theme" / "assets" / "javascripts" / "childcare.js"
CHILDCARE_CODE = REPO / "generator" / "childcare"
TEMPLATES = REPO / "generator" / "templates"
CHILDCARE_TEMPLATES = [TEMPLATES / "macros" / "childcare.html", *sorted((TEMPLATES / "childcare").glob("*.html"))]


def _rules_json(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="cc-rules">(.*?)</script>', page)
    assert found, "the page carries the rules for the estimate"
    return json.loads(found.group(1))


def _changed(monkeypatch: pytest.MonkeyPatch, change) -> FundedRules:
    """Use the shipped table, as ``change`` alters its data (every value as the text a file holds), for the
    rest of the test; the changed rules."""
    doc, _ = parse_yaml(RULES_FILE.read_text(encoding="utf-8"), RULES_PATH)
    change(doc.data)
    changed = FundedRules.model_validate(doc.data)
    monkeypatch.setattr(rules_module, "_loaded", LoadedRules(changed))
    return changed


def _entitlement(table: FundedRules, key: str) -> Entitlement:
    return next(e for e in table.entitlements if e.key == key)


def test_the_shipped_table_reads_without_a_problem_and_matches_the_settings_fields() -> None:
    table = read_rules(RULES_FILE.read_text(encoding="utf-8"))
    assert table.problems == [] and table.rules is not None
    assert {e.key for e in table.rules.entitlements} == set(FundedHours.model_fields) - {"stretched"}
    assert RULES_PATH == "generator/policy/funded_hours.yml"
    # The example borough is read on a day the rules are good for, so its check has no such warning.
    assert table.rules.valid_from <= EXAMPLE_TODAY <= table.rules.valid_until


def test_the_tables_numbers_are_said_on_the_page_and_carried_for_the_script(example_root: Path) -> None:
    table = rules()
    page = generate(example_root, EXAMPLE_TODAY).files["childcare/index.md"]
    carried = _rules_json(page)["entitlements"]
    assert carried == {e.filter: {"hours": e.hours_a_week, "from": e.from_months, "to": e.to_months, "name": e.name}
                       for e in table.entitlements}
    for e in table.entitlements:
        assert page.count(f'<option value="{e.filter}">{e.name}</option>') == 2  # the filter and the estimate
        words = entitlement_words(e, table)
        assert f"<h3>{e.hours_a_week} hours for {esc(e.heading.format_map(words))}</h3>" in page
        assert f"<p>{esc(e.who_can_get_it.format_map(words))}</p>" in page
    assert f"Funded hours are for {table.weeks_a_year} weeks a year" in page
    assert f"up to {table.universal_credit.share_percent}% of what you pay" in page
    tax_free = table.tax_free_childcare
    assert (f"adds {money(tax_free.government_adds)} for every {money(tax_free.for_every)} you pay" in page
            and f"up to {money(tax_free.yearly_limit)} a year" in page)
    for link in table.links:
        assert f'<a href="{link.url}">{esc(link.name)}</a>' in page
    assert f'<time datetime="{table.valid_from.isoformat()}">' in page


def test_changing_the_table_changes_the_page_the_script_the_checks_and_the_data(
        example_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def change(data: dict) -> None:
        two = next(e for e in data["entitlements"] if e["key"] == "two_year_olds")
        two.update(hours_a_week="12", from_months="18", heading="2 year olds and some younger")
        working = next(e for e in data["entitlements"] if e["key"] == "working_families")
        working["income_limit"] = "123456"
        data["weeks_a_year"] = "41"
        data["universal_credit"]["share_percent"] = "77"
        data["tax_free_childcare"]["yearly_limit"] = "2345"
        data["links"][1]["url"] = "https://beststartinlife.gov.uk/a-new-page/"

    before = _entitlement(rules(), "two_year_olds").name
    table = _changed(monkeypatch, change)
    two = _entitlement(table, "two_year_olds")
    generated = generate(example_root, EXAMPLE_TODAY)
    page = generated.files["childcare/index.md"]
    # The explainer.
    assert "<h3>12 hours for 2 year olds and some younger</h3>" in page
    if "{hours}" in two.who_can_get_it:
        assert esc(two.who_can_get_it.format(hours=12)) in page
    assert "Funded hours are for 41 weeks a year" in page
    assert "£123,456 a year" in page and "up to 77% of what you pay" in page and "up to £2,345 a year" in page
    assert 'href="https://beststartinlife.gov.uk/a-new-page/"' in page
    # The names in the table, the filter and the estimate, and what the page carries for the script.
    assert page.count(f'<option value="t">12 hours for {two.for_whom}</option>') == 2
    assert f"12 hours for {two.for_whom}<br>" in page  # in the rows of settings that offer them
    assert before not in page
    assert "Term time only (41 weeks)" in page
    assert _rules_json(page)["entitlements"]["t"] == {"hours": 12, "from": 18, "to": two.to_months,
                                                     "name": f"12 hours for {two.for_whom}"}
    # The open data keeps its column names, whatever the hours.
    data = json.loads(generated.files["data/childcare.json"])
    assert two.open_data in data["settings"][0]
    # The checks: a setting for 18 to 23 months may now offer the 2 year olds' hours (there is no problem
    # with them), but not the 3 and 4 year olds'.
    three = _entitlement(table, "three_and_four_year_olds")
    babies = setting(ages={"from_months": "18", "to_months": "23"})
    assert _funded_problems(babies) == [f"'funded_hours: three_and_four_year_olds' is yes, but the {three.name} are "
                                        f"for children of {three.from_months} to {three.to_months} months and the "
                                        "setting takes 18 to 23 months"]


def _funded_problems(record) -> list[str]:
    doc, _ = parse_yaml("id: test-setting\nfunded_hours:\n  two_year_olds: yes\n", "content/childcare/test.yml")
    problems = check_settings([Sourced(record, doc)], EXAMPLE_TODAY, None)
    return [p.message for p in problems if "funded_hours" in p.message]


def test_the_checks_use_the_ages_in_the_table() -> None:
    two = _entitlement(rules(), "two_year_olds")
    too_old = setting(ages={"from_months": str(two.to_months + 1), "to_months": "143"})
    assert _funded_problems(too_old) == [
        f"'funded_hours: two_year_olds' is yes, but the {two.name} are for children of {two.from_months} to "
        f"{two.to_months} months and the setting takes {two.to_months + 1} to 143 months"]
    just_right = setting(ages={"from_months": str(two.from_months), "to_months": str(two.to_months)})
    assert not any("two_year_olds" in message for message in _funded_problems(just_right))


def test_a_check_after_the_rules_period_warns_naming_the_file(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    until = rules().valid_until
    site, problems = check_content(project, until)
    assert site is not None and not [p for p in problems if p.path == RULES_PATH]
    site, problems = check_content(project, until + timedelta(days=1))
    assert site is not None, "out-of-date rules are a warning: the site is still published"
    [warning] = [p for p in problems if p.path == RULES_PATH]
    assert warning.warning
    line = RULES_FILE.read_text(encoding="utf-8").splitlines()[warning.line - 1]
    assert line.startswith("valid_until:")
    text = str(warning)
    assert text.startswith(f"{RULES_PATH}:{warning.line}: warning: the national childcare rules in this file")
    assert f"up to {until.day} {until:%B %Y}" in text and "may have changed" in text and "check them" in text


def test_the_warning_reaches_the_check_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    project = make_project(tmp_path / "project")
    after = rules().valid_until + timedelta(days=40)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime.combine(after, time(12), tzinfo=UTC).timestamp())))
    assert main(["--root", str(project), "check"]) == 0
    out = capsys.readouterr().out
    assert f"{RULES_PATH}:" in out and "the national childcare rules in this file" in out


@pytest.mark.parametrize("old, new, expected", [
    ("    filter: t\n", "    filter: u\n", "'filter: u' is used more than once"),
    ("    filter: t\n", "    filter: s\n", "'filter: s' is kept for hours that can be spread"),
    ("  - key: two_year_olds\n", "  - key: two_year_old\n", "'key: two_year_old' is not a field"),
    ("{income_limit}", "{income_limt}", "'{income_limt}' cannot be filled in here"),
    ("{hours}", "{hours", "a { or } does not pair up"),
    ("valid_until: ", "valid_until: 2000-01-01  # ", "valid_until is before valid_from"),
    ("hours_a_week: ", "hours_a_week: thirty  # ", "'hours_a_week' in item 1 of 'entitlements'"),
])
def test_a_mistake_in_the_table_is_a_problem_naming_the_line(old: str, new: str, expected: str) -> None:
    text = RULES_FILE.read_text(encoding="utf-8")
    # The first time it is written as a value (after the comments at the top and above the entitlements).
    at = text.index(old, text.index("\nvalid_from:") if old.startswith("valid_") else text.index("  - key:"))
    changed = text[:at] + new + text[at + len(old):]
    table = read_rules(changed)
    assert table.rules is None
    problem = next(p for p in table.problems if expected in p.message)
    assert problem.path == RULES_PATH and not problem.warning
    # The line named is the field's own: the changed line, or the key a longer text starts under.
    lines = changed.splitlines()
    field_line = text[:at].count("\n")
    while not re.match(r"^\s*(- )?[a-z_]+:", lines[field_line]):
        field_line -= 1
    assert problem.line == field_line + 1


def test_a_table_with_mistakes_stops_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = RULES_FILE.read_text(encoding="utf-8").replace("    filter: t\n", "    filter: u\n")
    monkeypatch.setattr(rules_module, "_loaded", read_rules(text))
    site, problems = check_content(make_project(tmp_path / "project"), EXAMPLE_TODAY)
    assert site is None and any(p.path == RULES_PATH and not p.warning for p in problems)


def test_nothing_else_in_the_childcare_code_or_the_script_repeats_the_rules() -> None:
    table = rules()
    code = {path: path.read_text(encoding="utf-8") for path in sorted(CHILDCARE_CODE.glob("*.py"))}
    code |= {path: path.read_text(encoding="utf-8") for path in CHILDCARE_TEMPLATES}
    code[SCRIPT] = SCRIPT.read_text(encoding="utf-8")
    money = [f"£{n:,}" for n in (table.tax_free_childcare.yearly_limit, table.tax_free_childcare.yearly_limit_disabled,
                                 *[e.income_limit for e in table.entitlements if e.income_limit])]
    repeated = [*(f"{e.hours_a_week} hours" for e in table.entitlements), f"{table.weeks_a_year} weeks",
                f"{table.universal_credit.share_percent}%", *money, *(link.url for link in table.links),
                "childcarechoices"]
    for path, text in code.items():
        for words in repeated:
            assert words not in text, f"{path.relative_to(REPO)} repeats {words!r}; read it from the rules"
    # The script reads the hours and ages from the page, and keeps no table of its own.
    script = code[SCRIPT]
    assert 'getElementById("cc-rules")' in script
    assert not re.search(r"hours:\s*\d", script) and not re.search(r"(from|to):\s*\d", script)


def test_the_rules_the_page_carries_cannot_end_their_script_element(monkeypatch: pytest.MonkeyPatch) -> None:
    def change(data: dict) -> None:
        data["entitlements"][0]["for_whom"] = "</script><script>alert(1)</script> & more"

    carried_text = rules_json(_changed(monkeypatch, change))
    assert not {"<", ">", "&"} & set(carried_text)  # written as JSON escapes, so the template prints it as it is
    carried = json.loads(carried_text)
    assert carried["entitlements"]["u"]["name"].endswith("hours for </script><script>alert(1)</script> & more")
