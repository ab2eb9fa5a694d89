"""Keyboard use: focus is always visible and never hidden under the sticky header."""

from __future__ import annotations

import pytest

from .conftest import TEMPLATES

# What the browser reports for the focused element after each Tab.
FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect();
  const inHeader = !!el.closest('.md-header, .md-tabs, .md-banner, [data-md-component=skip]')
    || el.classList.contains('fh-skip');
  const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const label = (el.textContent || el.getAttribute('aria-label') || el.name || el.tagName).trim().slice(0, 60);
  return {label, visible, inHeader, top: rect.top, height: rect.height, headerBottom: header.bottom};
}"""


@pytest.mark.parametrize("name", TEMPLATES)
def test_focus_is_visible_and_clear_of_the_header(page, site_url: str, name: str) -> None:
    page.goto(site_url + TEMPLATES[name])
    page.wait_for_load_state("networkidle")
    seen = 0
    for _ in range(45):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state is None or state["height"] == 0:
            continue
        seen += 1
        assert state["visible"], f"no visible focus on {state['label']!r}"
        if not state["inHeader"]:
            assert state["top"] >= state["headerBottom"] - 1, f"{state['label']!r} is hidden under the header"
    assert seen > 5
