"""The brand colour: WCAG contrast computed right, every pairing checked, a failing colour refused with a
darker shade that passes, and nothing but a hex colour ever reaching the page's styles."""

from __future__ import annotations

import colorsys
import re
from pathlib import Path

import pytest

from generator.check import check_content
from generator.colours import (
    DEFAULT_BRAND,
    DEFAULT_PALETTE,
    INK,
    LINK,
    LINK_VISITED,
    PAIRINGS,
    WHITE,
    contrast,
    contrast_problem,
    darker_shade_that_passes,
    palette,
    parse_hex,
    shortfalls,
)
from generator.theme_settings import brand_colours

from .conftest import EXAMPLE_TODAY, REPO, example_project

STYLESHEET = REPO / "theme" / "assets" / "stylesheets" / "family-hub.css"


def _root_properties() -> dict[str, str]:
    root = re.search(r":root \{(.*?)\}", STYLESHEET.read_text(), re.DOTALL).group(1)
    return dict(re.findall(r"(--[a-z-]+):\s*([^;]+);", root))


def _with_colour(tmp_path: Path, line: str) -> tuple[object, list[str]]:
    project = example_project(tmp_path / "project")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text() + line + "\n")
    site, problems = check_content(project, EXAMPLE_TODAY)
    return site, [str(p) for p in problems if not p.warning]


def _line_of_last_setting(tmp_path: Path) -> int:
    return len((tmp_path / "project" / "content" / "site.yml").read_text().splitlines())


def test_contrast_is_wcag_2() -> None:
    assert contrast(parse_hex("#000000"), parse_hex("#ffffff")) == pytest.approx(21)
    assert contrast(parse_hex("#ffffff"), parse_hex("#ffffff")) == pytest.approx(1)
    # Well-known values: #767676 is the lightest grey that passes 4.5:1 on white, #777777 just fails.
    assert contrast(parse_hex("#767676"), parse_hex(WHITE)) == pytest.approx(4.54, abs=0.01)
    assert contrast(parse_hex("#777777"), parse_hex(WHITE)) == pytest.approx(4.48, abs=0.01)
    # The stylesheet's own claims (family-hub.css comments).
    assert contrast(parse_hex(WHITE), parse_hex(DEFAULT_BRAND)) == pytest.approx(12.1, abs=0.1)
    assert contrast(parse_hex(LINK), parse_hex(WHITE)) == pytest.approx(7.9, abs=0.1)


def test_default_palette_is_the_stylesheets() -> None:
    """The default colour keeps today's look: its shades are the ones the stylesheet writes."""
    properties = _root_properties()
    assert properties["--fh-brand"].split()[0] == DEFAULT_PALETTE.brand == DEFAULT_BRAND
    assert properties["--fh-brand-soft"] == DEFAULT_PALETTE.soft
    assert properties["--md-primary-fg-color--light"] == DEFAULT_PALETTE.light
    assert properties["--md-primary-fg-color--dark"] == DEFAULT_PALETTE.dark
    # ... and the colours the brand is paired with are the stylesheet's too.
    assert (properties["--fh-ink"], properties["--fh-link"]) == (INK, LINK)
    assert properties["--fh-link-visited"] == LINK_VISITED
    assert palette(DEFAULT_BRAND) == DEFAULT_PALETTE and shortfalls(DEFAULT_BRAND) == []
    assert brand_colours(DEFAULT_BRAND) == {}  # nothing printed into the page: it is unchanged


def test_every_use_of_the_brand_in_the_stylesheets_is_a_checked_pairing() -> None:
    """If a stylesheet starts using the brand colour some new way, this test asks for its pairing."""
    uses = set()
    for sheet in sorted((REPO / "theme" / "assets" / "stylesheets").glob("*.css")):
        text = re.sub(r"/\*.*?\*/", "", sheet.read_text(), flags=re.DOTALL)
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
            for declaration in body.split(";"):
                name, _, value = declaration.partition(":")
                variable = re.search(r"var\((--fh-brand(?:-soft)?)\b", value)
                if variable and not name.strip().startswith("--"):
                    uses.add((sheet.name, " ".join(selector.split()), name.strip(), variable.group(1)))
    assert len(uses) > 15
    # How each kind of use is paired with text (colours.PAIRINGS), or why it carries none.
    no_text = {"border", "border-inline-start", "border-top", "border-bottom", "border-inline-start-color"}
    pairings = {
        ("background", "--fh-brand"): {"white text on it"},
        ("color", "--fh-brand"): {"it as text on white"},
        ("background", "--fh-brand-soft"): {"text on its light shade", "links on its light shade",
                                            "visited links on its light shade"},
        # A checked box is filled with the brand colour around a white tick: white on it.
        ("accent-color", "--fh-brand"): {"white text on it"},
    }
    names = {p.text for p in PAIRINGS}
    for sheet, selector, property_name, variable in sorted(uses):
        if property_name in no_text:
            continue
        assert (property_name, variable) in pairings, (sheet, selector, property_name, variable)
        assert pairings[property_name, variable] <= names
    # Text in the brand colour sits on white (a card or a white button), which is what the pairing assumes.
    css = (REPO / "theme" / "assets" / "stylesheets" / "family-hub.css").read_text()
    assert re.search(r"a\.fh-stage-link \{[^}]*background: var\(--fh-card\)[^}]*color: var\(--fh-brand\)", css)
    assert _root_properties()["--fh-card"] == WHITE
    # Material's header and tabs take the brand colour through --md-primary-fg-color, with white text on it.
    assert _root_properties()["--md-primary-fg-color"] == "var(--fh-brand)"
    assert _root_properties()["--md-primary-bg-color"] == WHITE


@pytest.mark.parametrize("hue", range(0, 360, 15))
@pytest.mark.parametrize("lightness", [0.15, 0.3, 0.45])
def test_the_light_shade_always_carries_text_and_links(hue: int, lightness: float) -> None:
    """The soft background is made from the brand's hue at a fixed lightness: dark text and links on it
    pass whatever the colour, so only the brand colour itself can fail."""
    rgb = tuple(round(c * 255) for c in colorsys.hls_to_rgb(hue / 360, lightness, 0.8))
    brand = "#" + "".join(f"{c:02x}" for c in rgb)
    failing = {s.pairing.text for s in shortfalls(brand)}
    assert not failing & {"text on its light shade", "links on its light shade", "visited links on its light shade"}


def test_a_colour_that_passes(tmp_path: Path) -> None:
    site, errors = _with_colour(tmp_path, 'brand_colour: "#0B6B3A"')
    assert errors == []
    assert site.settings.brand_colour == "#0b6b3a"
    shades = brand_colours(site.settings.brand_colour)
    assert shades["brand"] == "#0b6b3a"
    for pairing in PAIRINGS:
        assert contrast(*pairing.colours(palette("#0b6b3a"))) >= 4.5, pairing.text


def test_a_colour_too_light_is_refused_with_its_contrast_and_a_darker_shade(tmp_path: Path) -> None:
    site, errors = _with_colour(tmp_path, 'brand_colour: "#ffcc00"')
    line = _line_of_last_setting(tmp_path)
    assert site is None
    assert errors == [
        f"content/site.yml:{line}: 'brand_colour' has '#ffcc00', which gives text too little contrast: "
        "white text on it (header, tabs, banner, buttons) 1.51:1, it as text on white (stage buttons) 1.51:1, "
        "the search box's hint text (header, wide screens) 2.08:1; text needs at least 4.5:1. "
        "A darker shade of the same colour that passes everywhere: '#8f7200'"
    ]


def test_the_darker_shade_passes(tmp_path: Path) -> None:
    site, errors = _with_colour(tmp_path, 'brand_colour: "#8f7200"')
    assert errors == [] and site is not None


def test_a_colour_just_below_the_line_is_refused() -> None:
    """Rounding never lets a colour through: #777777 is 4.48:1 with white, shown as 4.47:1 (rounded down)."""
    problem = contrast_problem("#777777")
    assert problem is not None
    assert "white text on it (header, tabs, banner, buttons) 4.47:1" in problem[0]
    assert problem[1] == "#767676"
    assert contrast_problem("#767676") is None


@pytest.mark.parametrize("colour", ["#ffcc00", "#e91e63", "#ffffff", "#00a3e0", "#f47738", "#85994b", "#cccccc"])
def test_the_suggested_shade_is_the_same_hue_darker_and_passes(colour: str) -> None:
    shade = darker_shade_that_passes(colour)
    assert shortfalls(shade) == []
    before = colorsys.rgb_to_hls(*(c / 255 for c in parse_hex(colour)))
    after = colorsys.rgb_to_hls(*(c / 255 for c in parse_hex(shade)))
    assert after[1] < before[1]
    if before[2] > 0:
        assert after[0] == pytest.approx(before[0], abs=0.01)
    # The lightest that passes (to within a step): a little lighter fails.
    lighter = colorsys.hls_to_rgb(after[0], after[1] + 0.01, after[2])
    assert shortfalls("#" + "".join(f"{round(c * 255):02x}" for c in lighter))


@pytest.mark.parametrize("written,message", [
    ("brand_colour: #3b2a6b", "'brand_colour' is empty; write the colour in quotation marks, like \"#3b2a6b\""),
    ('brand_colour: "purple"', "'brand_colour' has 'purple', which is not a colour written in hex"),
    ('brand_colour: "#3b2a6b; } body { display: none"', "which is not a colour written in hex"),
    ('brand_colour: "#3b2a6b</style><script>alert(1)</script>"', "which is not a colour written in hex"),
    ('brand_colour: "#fff"', "which is not a colour written in hex"),
    ('brand_colour: "rgb(59, 42, 107)"', "which is not a colour written in hex"),
])
def test_only_a_hex_colour_is_taken(tmp_path: Path, written: str, message: str) -> None:
    site, errors = _with_colour(tmp_path, written)
    assert site is None and len(errors) == 1
    assert message in errors[0]


def test_the_theme_prints_only_hex_whatever_reaches_it() -> None:
    """Past the check, a value that is not a hex colour stops the build rather than reach the page."""
    with pytest.raises(ValueError):
        brand_colours("#0b6b3a; } body { display: none")
    assert all(re.fullmatch(r"#[0-9a-f]{6}", v) for v in brand_colours("0B6B3A").values())
