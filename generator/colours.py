"""The council's brand colour: the shades made from it, and whether text on it can be read.

The stylesheet (theme/assets/stylesheets/family-hub.css) uses the brand colour
in fixed roles: white text on it (header, tabs, the home page's banner, buttons,
the chosen stage), it as text on white (stage and secondary buttons), borders,
and a light shade of it behind dark text and links (feedback box, table
headings, calendar boxes). ``PAIRINGS`` lists every pairing of text and
background that involves it, and the check refuses a colour that gives any of
them less than WCAG 2.x's 4.5:1, suggesting the lightest darker shade of the same
hue that passes everywhere.

Contrast is WCAG 2.x's: relative luminance from sRGB, (L1 + 0.05) / (L2 + 0.05).
"""

from __future__ import annotations

import colorsys
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# The stylesheet's own colours, which the brand colour is paired with (family-hub.css :root).
WHITE = "#ffffff"
INK = "#1b1b1f"
LINK = "#1a4f9c"
LINK_VISITED = "#5a2d82"

DEFAULT_BRAND = "#3b2a6b"
# Text of normal size needs 4.5:1 (WCAG 2.2 success criterion 1.4.3, level AA).
MINIMUM_CONTRAST = 4.5

HEX_PATTERN = r"^#?[0-9A-Fa-f]{6}$"
_HEX = re.compile(HEX_PATTERN)

RGB = tuple[float, float, float]


def parse_hex(value: str) -> RGB:
    """``#3b2a6b`` (or ``3b2a6b``) as red, green and blue from 0 to 255."""
    text = value.strip()
    if not _HEX.fullmatch(text):
        raise ValueError(f"not a hex colour: {value!r}")
    text = text.lstrip("#")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def to_hex(rgb: RGB) -> str:
    """Lower-case ``#rrggbb``, each channel rounded and kept within 0 to 255: only hex digits, whatever came in."""
    return "#" + "".join(f"{min(255, max(0, round(channel))):02x}" for channel in rgb)


def normalised(value: str) -> str:
    """The colour as the stylesheet writes it: ``#`` and six lower-case hex digits."""
    return to_hex(parse_hex(value))


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: RGB, second: RGB) -> float:
    """WCAG 2.x contrast ratio, from 1 (the same) to 21 (black and white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _rgb(channels: Iterable[float]) -> RGB:
    """Three channels as an RGB triple."""
    red, green, blue = channels
    return red, green, blue


def over(top: RGB, alpha: float, bottom: RGB) -> RGB:
    """``top`` at ``alpha`` opacity painted over ``bottom``, as browsers blend (in sRGB)."""
    return _rgb(alpha * t + (1 - alpha) * b for t, b in zip(top, bottom, strict=True))


def mix(colour: RGB, other: RGB, amount: float) -> RGB:
    """``colour`` moved ``amount`` (0 to 1) of the way towards ``other``."""
    return over(other, amount, colour)


def with_lightness(colour: RGB, lightness: float) -> RGB:
    """The same hue and saturation (HSL) at another lightness, from 0 to 1."""
    hue, _, saturation = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    return _rgb(c * 255 for c in colorsys.hls_to_rgb(hue, lightness, saturation))


def lightness(colour: RGB) -> float:
    return colorsys.rgb_to_hls(*(c / 255 for c in colour))[1]


@dataclass(frozen=True)
class Palette:
    """The custom properties the stylesheet takes from the brand colour, as ``#rrggbb``."""

    brand: str        # --fh-brand and --md-primary-fg-color
    light: str        # --md-primary-fg-color--light
    dark: str         # --md-primary-fg-color--dark
    soft: str         # --fh-brand-soft: behind dark text and links

    def custom_properties(self) -> dict[str, str]:
        return {
            "--fh-brand": self.brand,
            "--fh-brand-soft": self.soft,
            "--md-primary-fg-color--light": self.light,
            "--md-primary-fg-color--dark": self.dark,
        }


# The default colour's shades were chosen by hand with the stylesheet (family-hub.css :root, where
# they are written); a test keeps the two the same. Any other colour's shades are computed below.
DEFAULT_PALETTE = Palette(brand=DEFAULT_BRAND, light="#5b4a8f", dark="#2a1d50", soft="#f1edf9")

# The light shade sits behind dark text, so it is always very light, whatever the brand colour:
# the brand's hue, at most this saturated, at this lightness.
SOFT_LIGHTNESS = 0.95
SOFT_MAX_SATURATION = 0.6


def palette(brand: str) -> Palette:
    """The brand colour and the shades made from it."""
    colour = normalised(brand)
    if colour == DEFAULT_BRAND:
        return DEFAULT_PALETTE
    rgb = parse_hex(colour)
    hue, _, saturation = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    soft = colorsys.hls_to_rgb(hue, SOFT_LIGHTNESS, min(saturation, SOFT_MAX_SATURATION))
    return Palette(
        brand=colour,
        light=to_hex(mix(rgb, parse_hex(WHITE), 0.2)),
        dark=to_hex(mix(rgb, (0, 0, 0), 0.28)),
        soft=to_hex(_rgb(c * 255 for c in soft)),
    )


# Material's search box in the header (60em and wider): black at 0x42/255 opacity over the header, and
# its hint text ("Search") white at 0xb3/255 opacity (--md-primary-bg-color--light).
SEARCH_BOX_SHADE = 0x42 / 255
SEARCH_HINT_OPACITY = 0xB3 / 255


@dataclass(frozen=True)
class Pairing:
    """Text of one colour on a background of another, somewhere the stylesheet puts them."""

    text: str          # how a message names the text
    where: str         # where on the site
    colours: Callable[[Palette], tuple[RGB, RGB]]  # (text, background)


def _search_hint(p: Palette) -> tuple[RGB, RGB]:
    box = over((0, 0, 0), SEARCH_BOX_SHADE, parse_hex(p.brand))
    return over(parse_hex(WHITE), SEARCH_HINT_OPACITY, box), box


PAIRINGS = [
    Pairing("white text on it", "header, tabs, banner, buttons", lambda p: (parse_hex(WHITE), parse_hex(p.brand))),
    Pairing("it as text on white", "stage buttons", lambda p: (parse_hex(p.brand), parse_hex(WHITE))),
    Pairing("the search box's hint text", "header, wide screens", _search_hint),
    Pairing("text on its light shade", "feedback box, table headings", lambda p: (parse_hex(INK), parse_hex(p.soft))),
    Pairing("links on its light shade", "feedback box", lambda p: (parse_hex(LINK), parse_hex(p.soft))),
    Pairing("visited links on its light shade", "feedback box",
            lambda p: (parse_hex(LINK_VISITED), parse_hex(p.soft))),
]


@dataclass(frozen=True)
class Shortfall:
    pairing: Pairing
    ratio: float


def shortfalls(brand: str) -> list[Shortfall]:
    """Every pairing where the brand colour's text falls below ``MINIMUM_CONTRAST``, in ``PAIRINGS`` order."""
    shades = palette(brand)
    found = []
    for pairing in PAIRINGS:
        text, background = pairing.colours(shades)
        ratio = contrast(text, background)
        if ratio < MINIMUM_CONTRAST:
            found.append(Shortfall(pairing, ratio))
    return found


def darker_shade_that_passes(brand: str) -> str:
    """The lightest shade of the same hue and saturation, darker than ``brand``, with no shortfall.

    Lightness falls in steps of half a percent; black, the last step, passes every pairing.
    """
    rgb = parse_hex(brand)
    start = lightness(rgb)
    steps = math.ceil(start / 0.005)
    for step in range(1, steps + 1):
        candidate = to_hex(with_lightness(rgb, max(0.0, start - step * 0.005)))
        if not shortfalls(candidate):
            return candidate
    return "#000000"


def ratio_text(ratio: float) -> str:
    """A ratio as people write it, rounded down so that one below 4.5 never reads as 4.5."""
    return f"{math.floor(ratio * 100) / 100:.2f}:1"


def contrast_problem(brand: str) -> tuple[str, str] | None:
    """Why ``brand`` cannot be used, and a darker shade that can; None when it passes everywhere."""
    found = shortfalls(brand)
    if not found:
        return None
    parts = [f"{s.pairing.text} ({s.pairing.where}) {ratio_text(s.ratio)}" for s in found]
    return ", ".join(parts), darker_shade_that_passes(brand)
