"""axe-core, with the WCAG 2.0, 2.1 and 2.2 A and AA rules, finds nothing on any kind of page at either width."""

from __future__ import annotations

import pytest

from .conftest import AXE, TEMPLATES

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def axe_violations(page) -> list[str]:
    """Run axe-core in the page; one line per failing element.

    Waits first for running transitions to end: after a scroll Material fades the tabs out, and colours
    measured halfway through a fade are neither the shown nor the hidden state.
    """
    assert AXE.exists(), "axe-core is missing: run 'npm ci' (make test does)"
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    page.add_script_tag(content=AXE.read_text())
    violations = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => v.nodes.map(n => v.id + ' at ' + n.target.join(' ') + ': ' + n.failureSummary)).flat()",
        WCAG_TAGS,
    )
    return violations


@pytest.mark.parametrize("name", TEMPLATES)
def test_no_axe_violations(page, site_url: str, name: str) -> None:
    page.goto(site_url + TEMPLATES[name])
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []
