"""The council's logo: checked as a file, made ready for the header, and published with the site.

The logo is a file in ``content/logo/`` named by ``logo: file:`` in
``content/site.yml``. It is served as a file of its own, so an SVG is a
document a browser runs when someone opens its address: an SVG that could run
a script (a ``<script>``, an event handler such as ``onload``, a
``javascript:`` address, HTML inside it, an animation that changes a link) or
fetch anything from another file or website is refused, with the line of the
SVG that does it. Nothing is rewritten, so what the check passes is what is
published, byte for byte. A PNG or JPEG logo is made afresh from its pixels
(no metadata comes along), no bigger than the header needs on a sharp screen.

The header sizes the logo by its proportions (theme/assets/stylesheets/family-hub.css),
so any shape keeps its shape; a logo too wide or too tall to read on a phone is refused.
"""

from __future__ import annotations

import functools
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from PIL import Image

from .content_files import real_file, real_folder
from .loader import LoadedContent
from .messages import did_you_mean
from .photos import pillow_refusals
from .problems import Problem, shown
from .schema.common import NAME_LIMIT
from .schema.look import Logo
from .yaml_source import YamlDocument, read_yaml

LOGO_FOLDER = "content/logo"
SETTINGS_FILE = "content/site.yml"
# Where the published site keeps the logo.
PUBLISHED = "assets/images/council-logo"
SUFFIXES = {".svg": "svg", ".png": "png", ".jpg": "jpg", ".jpeg": "jpg"}

# Every page loads the logo, and the first view of a page on a phone should stay under 100 KB
# compressed: an SVG logo saved for the web is a few kilobytes.
MAX_SVG_BYTES = 100_000
# A PNG or JPEG is made smaller before it is published, so it may start bigger.
MAX_IMAGE_BYTES = 5_000_000
MAX_IMAGE_PIXELS = 25_000_000
# The header shows the logo at most 56 pixels tall and 320 wide; three times that is sharp on any screen.
MAX_PUBLISHED_HEIGHT = 180
MAX_PUBLISHED_WIDTH = 960

# On a phone the header gives the logo at most 44 pixels of height and 40% of the screen's width
# (family-hub.css). At 375 pixels a logo 4.5 times as wide as it is tall is 33 pixels tall, and one twice
# as tall as it is wide 22 pixels wide. Beyond these it would be too small to read.
MAX_WIDE = 4.5
MAX_TALL = 2.0


class LogoProblem(Exception):
    """Why the file cannot be the logo: the words for the editor, and the line of the file when it has one."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class PublishedLogo:
    path: str          # under the site's root
    content: bytes
    width: int         # the logo's proportions, as whole numbers (its pixels, or its viewBox)
    height: int


def logo_problems(content: LoadedContent, root: Path) -> list[Problem]:
    """Problems with the logo file that ``content/site.yml`` names, read as written (valid or not)."""
    doc = content.settings.doc if content.settings else _settings_as_written(root)
    if doc is None:
        return []  # the settings file could not be read, and the loader reports that
    written = doc.data.get("logo") if isinstance(doc.data, dict) else None
    file = written.get("file") if isinstance(written, dict) else None
    if not isinstance(file, str) or not file.strip() or len(file) > NAME_LIMIT:
        return []  # the schema's check of the field says what is wrong
    line = doc.line_of(("logo", "file"))
    folder = root / LOGO_FOLDER
    if "/" in file or "\\" in file or file in (".", ".."):
        return [Problem(SETTINGS_FILE, line, f"the logo must be a file in {LOGO_FOLDER}/, named without folders")]
    target = folder / file
    if folder.is_symlink() or target.is_symlink():
        return []  # the link has its own problem (generator.content_files), and nothing reads through it
    if not _exists(target):
        available = sorted(p.name for p in folder.iterdir()) if real_folder(folder) else []
        return [Problem(SETTINGS_FILE, line, f"there is no file called '{shown(file)}' in {LOGO_FOLDER}/."
                        f"{did_you_mean(file, available)}")]
    try:
        published_logo(root, file)
    except LogoProblem as problem:
        where = f"{LOGO_FOLDER}/{shown(file)}"
        if problem.line:
            return [Problem(where, problem.line, str(problem))]
        return [Problem(SETTINGS_FILE, line, f"{where}: {problem}")]
    return []


def _settings_as_written(root: Path) -> YamlDocument | None:
    file = root / SETTINGS_FILE
    if not real_file(file):
        return None
    return read_yaml(file, root)[0]


def _exists(file: Path) -> bool:
    try:
        return real_file(file)
    except (OSError, ValueError):
        return False


def published_logo(root: Path, logo: Logo | str) -> PublishedLogo:
    """The logo as the site publishes it; raises ``LogoProblem`` when the file cannot be the logo."""
    name = logo if isinstance(logo, str) else logo.file
    source = root / LOGO_FOLDER / name
    kind = SUFFIXES.get(source.suffix.lower())
    if kind is None:
        raise LogoProblem("the logo must be an SVG, PNG or JPEG file (ending .svg, .png, .jpg or .jpeg)")
    if source.parent.is_symlink() or source.is_symlink() or not real_file(source):
        raise LogoProblem("the logo must be a real file, not a link")
    try:
        stat = source.stat()
    except OSError:
        raise LogoProblem("the logo file cannot be opened; check it is a file you can read") from None
    return _published(source, kind, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _published(source: Path, kind: str, size: int, modified: int) -> PublishedLogo:
    """Made once per file version: the check and the build in one run share it."""
    if size == 0:
        raise LogoProblem("the logo file is empty")
    limit = MAX_SVG_BYTES if kind == "svg" else MAX_IMAGE_BYTES
    if size > limit:
        raise LogoProblem(f"the logo file is {_size(size)}, more than the {_size(limit)} a logo may be; every page "
                          "loads it, so save a smaller copy (an SVG saved for the web, or a PNG a few hundred "
                          "pixels wide)")
    try:
        with source.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError:
        raise LogoProblem("the logo file cannot be opened; check it is a file you can read") from None
    if len(data) > limit:
        raise LogoProblem(f"the logo file is more than the {_size(limit)} a logo may be; save a smaller copy")
    if kind == "svg":
        width, height = svg_proportions(data)
        content = data
    else:
        content, width, height = _image(data)
    _check_shape(width, height)
    return PublishedLogo(f"{PUBLISHED}.{kind}", content, *_whole(width, height))


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 1_000_000 else f"{math.ceil(count / 1_000)} KB"


def _whole(width: float, height: float) -> tuple[int, int]:
    """Proportions as whole numbers for the img element's width and height (a viewBox may be 0.5 by 0.2)."""
    scale = 1000 / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _check_shape(width: float, height: float) -> None:
    ratio = width / height
    if ratio > MAX_WIDE:
        raise LogoProblem(f"the logo is {ratio:.1f} times as wide as it is tall, so on a phone it would be too small "
                          f"to read; use a version at most {MAX_WIDE:g} times as wide as it is tall (many councils "
                          "have a stacked version, with the words under or beside a smaller mark)")
    if ratio < 1 / MAX_TALL:
        raise LogoProblem(f"the logo is {1 / ratio:.1f} times as tall as it is wide, so in the header it would be too "
                          f"narrow to read; use a version at most {MAX_TALL:g} times as tall as it is wide")


def _image(data: bytes) -> tuple[bytes, int, int]:
    """A PNG or JPEG made afresh from its pixels, small enough for the header; and its size."""
    with pillow_refusals(LogoProblem, too_big="the logo has far more pixels than the header needs; save a smaller "
                         "copy", unreadable="the file is not an image that can be read; save it again as a PNG",
                         damaged="the logo file is damaged or cut short; save it again as a PNG"):
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise LogoProblem(f"the file is a {image.format} image, not a PNG or JPEG; save it as a PNG")
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise LogoProblem(f"the logo is {image.width} by {image.height} pixels, far more than the header "
                                  "needs; save a copy a few hundred pixels wide")
            return _for_the_header(image)


def _for_the_header(image: Image.Image) -> tuple[bytes, int, int]:
    kind = image.format
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if has_alpha and kind == "PNG" else "RGB"
    picture = image.convert(mode)
    scale = min(1.0, MAX_PUBLISHED_HEIGHT / picture.height, MAX_PUBLISHED_WIDTH / picture.width)
    if scale < 1:
        size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    # A fresh image holds pixels only: no EXIF, text chunks, ICC profile or anything appended to the file.
    clean = Image.new(mode, picture.size)
    clean.paste(picture)
    out = io.BytesIO()
    if kind == "PNG":
        clean.save(out, format="PNG", optimize=True)
    else:
        clean.save(out, format="JPEG", quality=90, optimize=True)
    return out.getvalue(), image.width, image.height


# --- SVG -------------------------------------------------------------------------------------------------

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
HTML = "http://www.w3.org/1999/xhtml"
MATHML = "http://www.w3.org/1998/Math/MathML"
_SEP = "\x1f"  # between an element's namespace and its name, as expat reports them

# What a logo is drawn with. Anything else in the SVG namespace is refused.
SVG_ELEMENTS = {
    "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "switch",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
    "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "image", "style",
    "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
    "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
    "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
    "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
}
_REFUSED_ELEMENTS = {
    "script": "holds a script",
    "foreignObject": "holds a piece of web page (foreignObject), which can run scripts",
    "a": "holds a link; a logo in the header is already a link to the home page",
    "animate": "holds an animation, which a logo does not need and which can change what a link does",
    "set": "holds an animation, which a logo does not need and which can change what a link does",
    "animateMotion": "holds an animation, which a logo does not need",
    "animateTransform": "holds an animation, which a logo does not need",
    "animateColor": "holds an animation, which a logo does not need",
    "iframe": "holds a frame for another page",
}
# Embedded pictures a logo may carry inside itself (a data: address); nothing else is fetched.
_EMBEDDED_IMAGE = re.compile(r"^data:image/(?:png|jpeg|gif|webp)[;,]", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_CSS_STRING = re.compile(r"(['\"])(.*?)\1", re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_LENGTH = re.compile(rf"^\s*({_NUMBER})\s*(?:px)?\s*$")

_REFERS_ELSEWHERE = ("refers to another file or website ('{}'); a logo must hold everything it shows, so save it "
                     "again with images embedded and fonts as outlines")


def _address_problem(value: str) -> str | None:
    """Why a link or reference inside the SVG is refused: only its own parts (#id) and embedded pictures."""
    address = _INVISIBLE.sub("", value)
    if address.startswith("#") or _EMBEDDED_IMAGE.match(address):
        return None
    if re.match(r"(?:java|vb)script:", address, re.IGNORECASE):
        return "has a javascript: address, which runs a script"
    return _REFERS_ELSEWHERE.format(shown(value, 40))


def _style_problem(css: str) -> str | None:
    """Why styles (a style element or attribute) are refused."""
    text = _CSS_COMMENT.sub("", css)
    squeezed = _INVISIBLE.sub("", text).lower()
    if "\\" in text:
        return "writes characters in its styles as escapes (with a backslash), which could hide an address"
    if "javascript:" in squeezed or "vbscript:" in squeezed:
        return "has a javascript: address, which runs a script"
    if "expression(" in squeezed:
        return "has a script in its styles (expression)"
    if "@import" in squeezed:
        return "imports styles from another file (@import); a logo must hold everything it shows"
    for match in _URL.finditer(text):
        problem = _address_problem(match.group(2))
        if problem:
            return problem
    for match in _CSS_STRING.finditer(_URL.sub("", text)):
        quoted = match.group(2)
        if re.search(r"[:/]", quoted) and not _EMBEDDED_IMAGE.match(_INVISIBLE.sub("", quoted)):
            return _REFERS_ELSEWHERE.format(shown(quoted, 40))
    return None


def _value_problem(value: str) -> str | None:
    """Why an attribute's value is refused: a script's address, or a url() that fetches something."""
    squeezed = _INVISIBLE.sub("", value).lower()
    if "javascript:" in squeezed or "vbscript:" in squeezed:
        return "has a javascript: address, which runs a script"
    for match in _URL.finditer(value):
        problem = _address_problem(match.group(2))
        if problem:
            return problem
    return None


class _SvgReader:
    """Reads an SVG with expat, stopping at the first thing a logo may not hold."""

    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator=_SEP)
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.root: tuple[str, dict[str, str]] | None = None
        self.style_depth = 0
        self.style_text: list[str] = []
        self.style_line = 0
        p = self.parser
        p.StartDoctypeDeclHandler = self._doctype
        p.EntityDeclHandler = self._entity
        p.ProcessingInstructionHandler = self._instruction
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.CharacterDataHandler = self._text
        p.ExternalEntityRefHandler = self._external

    def refuse(self, message: str) -> None:
        raise LogoProblem(f"the logo {message}", self.parser.CurrentLineNumber)

    def _doctype(self, name: str, system_id: str | None, public_id: str | None, internal_subset: bool) -> None:
        if internal_subset:
            self.refuse("declares its own entities or attributes (a <!DOCTYPE> with [ ]), as Illustrator does when "
                        "'Preserve Illustrator Editing Capabilities' is ticked; save it again without that option")

    def _entity(self, *args: object) -> None:
        self.refuse("declares entities (<!ENTITY>), which a logo does not need")

    def _external(self, *args: object) -> int:
        self.refuse("refers to another file (an external entity)")
        return 0

    def _instruction(self, target: str, data: str) -> None:
        self.refuse(f"has a processing instruction (<?{shown(target, 30)} ...?>), which can load another file; "
                    "remove it")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(_SEP)
        if self.root is None:
            if namespace != SVG or local != "svg":
                self.refuse("is not an SVG drawing (it should start with <svg xmlns=\"http://www.w3.org/2000/svg\">)")
            self.root = (local, attributes)
        if namespace in (SVG, HTML, MATHML, "") or local in _REFUSED_ELEMENTS:
            if local in _REFUSED_ELEMENTS:
                self.refuse(_REFUSED_ELEMENTS[local])
            if namespace != SVG:
                self.refuse(f"holds a <{shown(local, 30)}> element that is not part of a drawing")
            if local not in SVG_ELEMENTS:
                self.refuse(f"holds a <{shown(local, 30)}> element, which a logo does not need; remove it")
        for attribute, value in attributes.items():
            attribute_namespace, _, attribute_local = attribute.rpartition(_SEP)
            if attribute_local.lower().startswith("on"):
                self.refuse(f"has an event handler ({shown(attribute_local, 30)}), which runs a script")
            if attribute_local.lower() == "href":
                problem = _address_problem(value)
                if problem:
                    self.refuse(problem)
            if attribute_namespace == "":  # the drawing's own attributes; others (Inkscape's) browsers ignore
                problem = _style_problem(value) if attribute_local == "style" else _value_problem(value)
                if problem:
                    self.refuse(problem)
        if namespace == SVG and local == "style":
            self.style_depth += 1
            self.style_line = self.parser.CurrentLineNumber

    def _end(self, name: str) -> None:
        namespace, _, local = name.rpartition(_SEP)
        if namespace == SVG and local == "style":
            self.style_depth -= 1
            if self.style_depth == 0:
                problem = _style_problem("".join(self.style_text))
                self.style_text = []
                if problem:
                    raise LogoProblem(f"the logo {problem}", self.style_line)

    def _text(self, text: str) -> None:
        if self.style_depth:
            self.style_text.append(text)

    def read(self, data: bytes) -> tuple[str, dict[str, str]]:
        # Refused before parsing: declarations are how a file makes a parser expand or fetch things.
        declaration = re.search(rb"<!(?:ENTITY|ATTLIST|ELEMENT|NOTATION)", data)
        if declaration:
            line = data[: declaration.start()].count(b"\n") + 1
            raise LogoProblem("the logo declares its own entities or attributes, as Illustrator does when 'Preserve "
                              "Illustrator Editing Capabilities' is ticked; save it again without that option", line)
        try:
            self.parser.Parse(data, True)
        except expat.ExpatError as error:
            raise LogoProblem(f"the logo is not a well-formed SVG file ({expat.ErrorString(error.code)}); save it "
                              "again from the drawing program", error.lineno) from None
        if self.root is None:
            raise LogoProblem("the logo is not an SVG drawing")
        return self.root


def svg_proportions(data: bytes) -> tuple[float, float]:
    """The width and height of a safe SVG (from its viewBox, or its width and height in pixels).

    Raises ``LogoProblem`` for anything a logo may not hold, with the line of the SVG.
    """
    _, attributes = _SvgReader().read(data)
    view_box = attributes.get("viewBox")
    if view_box is not None:
        numbers = re.split(r"[\s,]+", view_box.strip())
        try:
            width, height = float(numbers[2]), float(numbers[3])
        except (IndexError, ValueError):
            width = height = 0.0
        if len(numbers) == 4 and math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0:
            return width, height
        raise LogoProblem(f"the logo's viewBox ('{shown(view_box, 40)}') is not four numbers with a width and "
                          "height above zero; save it again from the drawing program", 1)
    width_written, height_written = (_LENGTH.match(attributes.get(name, "")) for name in ("width", "height"))
    if width_written and height_written:
        width, height = float(width_written.group(1)), float(height_written.group(1))
        if math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0:
            return width, height
    raise LogoProblem("the logo has no viewBox, so browsers cannot tell its shape; save it again from the drawing "
                      "program (it adds one)", 1)
