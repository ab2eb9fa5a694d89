"""The council's look in a real browser: the frozen example built with a wide logo, a tall logo and their own
brand colours (and with neither), opened in Chromium at 375px and 1280px."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from PIL import Image, ImageDraw

from generator.colours import palette
from site_checks.browser import axe_violations

from ..conftest import EXAMPLE_EPOCH, _serve, example_project, mkdocs_build
from .conftest import DESKTOP, PHONE

# The widest logo the check accepts (4.5 to 1), in SVG, on green.
WIDE_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 450 100">
  <rect x="4" y="4" width="92" height="92" rx="14" fill="#ffffff"/>
  <path d="M50 18 20 44h9v36h16V60h10v20h16V44h9z" fill="#0b5e3c"/>
  <g font-family="Arial, sans-serif" font-size="31" fill="#ffffff">
    <text x="112" y="46" font-weight="700">Example Borough</text>
    <text x="112" y="86">Council</text>
  </g>
</svg>
"""


def _tall_png() -> bytes:
    """A crest over the council's initials, 1.6 times as tall as it is wide, white on transparent."""
    image = Image.new("RGBA", (500, 800), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 20, 460, 440), radius=60, fill=(255, 255, 255, 255))
    draw.polygon([(250, 80), (100, 220), (400, 220)], fill=(122, 31, 92, 255))
    draw.rectangle((140, 220, 360, 400), fill=(122, 31, 92, 255))
    draw.rectangle((60, 520, 440, 760), fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


LOOKS = {
    "wide": {"file": "council.svg", "content": WIDE_SVG.encode(), "colour": "#0b5e3c", "ratio": 4.5},
    "tall": {"file": "crest.png", "content": _tall_png(), "colour": "#7a1f5c", "ratio": 500 / 800},
    "default": None,
}


@pytest.fixture(scope="module", params=list(LOOKS))
def look(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(name of the look, address of its site): the frozen example built with that logo and colour."""
    name = request.param
    project = example_project(tmp_path_factory.mktemp(name) / "project")
    settings = project / "content" / "site.yml"
    if LOOKS[name]:
        look = LOOKS[name]
        (project / "content" / "logo" / look["file"]).write_bytes(look["content"])
        settings.write_text(settings.read_text() + f'brand_colour: "{look["colour"]}"\n'
                            f'logo:\n  file: {look["file"]}\n  alt: Example Borough Council\n')
    pages_before = sorted(p.name for p in (project / "content" / "pages").iterdir())
    site = project.parent / "site"
    result = mkdocs_build(project, site, env={"SOURCE_DATE_EPOCH": EXAMPLE_EPOCH})
    assert result.returncode == 0, result.stderr
    # The logo is handed to MkDocs as a generated file: nothing is written into the docs folder.
    assert sorted(p.name for p in (project / "content" / "pages").iterdir()) == pages_before
    served = _serve(site)
    yield name, next(served)
    next(served, None)  # stops the server


HEADER = """() => {
  const rect = e => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height,
                                                                  right: r.right, bottom: r.bottom}; };
  const header = document.querySelector('.md-header');
  const logo = document.querySelector('.md-header .md-logo img');
  const title = document.querySelector('.md-header__title');
  const colour = (selector, property) => {
    const element = document.querySelector(selector);
    return element ? getComputedStyle(element)[property] : null;
  };
  return {
    header: rect(header), headerScroll: header.scrollWidth, headerClient: header.clientWidth,
    pageScroll: document.documentElement.scrollWidth, viewport: window.innerWidth,
    logo: rect(logo), loaded: logo.complete && logo.naturalWidth > 0, src: logo.getAttribute('src'),
    visible: getComputedStyle(logo).visibility === 'visible' && getComputedStyle(logo.parentElement).display !== 'none',
    title: rect(title),
    headerBackground: getComputedStyle(header).backgroundColor,
    heroBackground: colour('.fh-hero', 'backgroundColor'),
    feedbackBackground: colour('.fh-feedback', 'backgroundColor'),
    stageColour: colour('a.fh-stage-link', 'color'),
  };
}"""


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_the_logo_is_visible_and_the_header_fits(browser, look: tuple[str, str], viewport: dict[str, int]) -> None:
    name, address = look
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    for path in ("", "services/", "whats-on/"):
        page.goto(address + path)
        page.wait_for_load_state("networkidle")
        state = page.evaluate(HEADER)
        logo, header = state["logo"], state["header"]
        assert state["loaded"] and state["visible"], (name, path, state)
        # Inside the viewport and inside the header, nothing sideways to scroll.
        assert 0 <= logo["x"] and logo["right"] <= viewport["width"], logo
        assert header["y"] <= logo["y"] and logo["bottom"] <= header["bottom"], (logo, header)
        assert state["headerScroll"] <= state["headerClient"] and state["pageScroll"] <= state["viewport"], state
        # The site's name keeps room beside the logo.
        assert state["title"]["width"] >= 100, state["title"]
        if LOOKS[name] is None:
            # Today's small house, shown at every width (Material hid it below 1220px).
            assert (logo["width"], logo["height"]) == (24, 24)
            assert header["height"] == 48
            assert "<style>:root" not in page.content()
            continue
        # Big enough to read: 32px tall at least (the widest logo the check accepts is 33px on a phone).
        assert logo["height"] >= 32 and logo["width"] >= 20, logo
        assert logo["width"] / logo["height"] == pytest.approx(LOOKS[name]["ratio"], rel=0.02)
        # At most 44px tall on a phone, where the header stays 48px; 56px on a computer (the header 60px).
        if viewport is PHONE:
            assert logo["height"] <= 44 and header["height"] == 48, (logo, header)
            assert logo["width"] <= 0.4 * viewport["width"] + 0.5
        else:
            assert logo["height"] <= 56 and header["height"] <= 60, (logo, header)
            assert logo["width"] <= 320
        assert re.fullmatch(r"(\.\./)*assets/images/council-logo\.(svg|png)", state["src"]), state["src"]
        shades = palette(LOOKS[name]["colour"])
        if path == "":
            assert state["headerBackground"] == state["heroBackground"] == _rgb(shades.brand)
            assert state["stageColour"] == _rgb(shades.brand)
        assert state["feedbackBackground"] == _rgb(shades.soft)
    context.close()


def test_the_logo_link_says_whose_it_is_and_where_it_goes(browser, look: tuple[str, str]) -> None:
    name, address = look
    page = browser.new_page(viewport=PHONE)
    page.goto(address + "services/")
    if LOOKS[name] is None:
        link = page.locator(".md-header a.md-logo")
        assert link.get_attribute("aria-label") == "Example Borough Family Hubs"
    else:
        link = page.get_by_role("link", name="Example Borough Council, home page", exact=True)
        assert link.count() == 1
        assert page.locator(".md-header .md-logo img").get_attribute("alt") == "Example Borough Council"
    link.click()
    page.wait_for_load_state()
    assert page.url == address
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_no_axe_violations_on_the_home_page_with_the_councils_look(browser, look: tuple[str, str],
                                                                   viewport: dict[str, int]) -> None:
    _, address = look
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(address)
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []
    context.close()


def test_the_logo_link_shows_its_focus(browser, look: tuple[str, str]) -> None:
    _, address = look
    page = browser.new_page(viewport=PHONE)
    page.goto(address)
    page.wait_for_load_state("networkidle")
    for _ in range(4):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('md-logo')"):
            break
    else:
        pytest.fail("the logo link is not reached by the keyboard")
    style = page.evaluate("() => { const s = getComputedStyle(document.activeElement); "
                          "return [s.outlineStyle, s.outlineWidth, s.backgroundColor]; }")
    assert style[0] != "none" and float(style[1].rstrip("px")) >= 2, style
    page.close()
