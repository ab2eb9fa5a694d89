"""The council's logo: the check finds every reason a file cannot be the logo, names the line, and the
logo that passes is what is published."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from generator.check import check_content
from generator.logo import MAX_PUBLISHED_HEIGHT, MAX_SVG_BYTES, PUBLISHED, LogoProblem, published_logo

from .conftest import EXAMPLE_TODAY, example_project

WIDE = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100">
  <rect width="400" height="100" fill="#ffffff"/>
  <text x="20" y="65" font-size="40" fill="#1b1b1f">Example Borough Council</text>
</svg>
"""


def _project(tmp_path: Path, file: str, content: bytes | str | None = None, alt: str = "Example Borough Council"):
    """The frozen example with a logo: ``content`` written to content/logo/<file> (unless None)."""
    project = example_project(tmp_path / "project")
    folder = project / "content" / "logo"
    folder.mkdir(exist_ok=True)
    if content is not None:
        (folder / file).write_bytes(content.encode() if isinstance(content, str) else content)
    settings = project / "content" / "site.yml"
    text = settings.read_text()
    settings.write_text(text + f"logo:\n  file: '{file}'\n  alt: {alt}\n")
    return project, len(text.splitlines()) + 2  # the line of `file:`


def _errors(project: Path) -> list[str]:
    _, problems = check_content(project, EXAMPLE_TODAY)
    return [str(p) for p in problems if not p.warning]


def test_a_good_logo_passes_and_is_published_as_it_is(tmp_path: Path) -> None:
    project, _ = _project(tmp_path, "council.svg", WIDE)
    assert _errors(project) == []
    logo = published_logo(project, "council.svg")
    assert logo.path == PUBLISHED + ".svg" and logo.content == WIDE.encode()
    assert (logo.width, logo.height) == (1000, 250)


def test_a_missing_file_is_named_with_a_suggestion(tmp_path: Path) -> None:
    project, line = _project(tmp_path, "counci.svg")
    (project / "content" / "logo" / "council.svg").write_text(WIDE)
    assert _errors(project) == [f"content/site.yml:{line}: there is no file called 'counci.svg' in content/logo/. "
                                "Did you mean 'council.svg'?"]


def test_a_file_in_another_folder_is_refused(tmp_path: Path) -> None:
    project, line = _project(tmp_path, "../site.yml")
    assert _errors(project) == [f"content/site.yml:{line}: the logo must be a file in content/logo/, "
                                "named without folders"]


def test_a_link_is_refused_and_not_read_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside.svg"
    outside.write_text(WIDE.replace("Council", "Elsewhere"))
    project, _ = _project(tmp_path, "council.svg")
    (project / "content" / "logo" / "council.svg").symlink_to(outside)
    assert _errors(project) == ["content/logo/council.svg: this is a link to a file or folder somewhere else; "
                                "content must be real files in the project, so put a copy here instead"]
    with pytest.raises(LogoProblem, match="not a link"):
        published_logo(project, "council.svg")


def test_a_folder_that_is_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "council.svg").write_text(WIDE)
    project, _ = _project(tmp_path, "council.svg")
    shutil.rmtree(project / "content" / "logo")
    (project / "content" / "logo").symlink_to(elsewhere, target_is_directory=True)
    errors = _errors(project)
    assert errors == ["content/logo: this is a link to a file or folder somewhere else; content must be real files "
                      "in the project, so put a copy here instead"]


def test_a_file_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, line = _project(tmp_path, "council.svg", WIDE)
    logo = project / "content" / "logo" / "council.svg"
    opened = Path.open

    def refuse_the_logo(self: Path, *args, **kwargs):  # as for a file without read permission (even as root)
        if self == logo:
            raise PermissionError(13, "Permission denied", str(self))
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse_the_logo)
    assert _errors(project) == [f"content/site.yml:{line}: content/logo/council.svg: the logo file cannot be "
                                "opened; check it is a file you can read"]


def test_a_huge_svg_is_refused(tmp_path: Path) -> None:
    padding = "<!-- " + "x" * MAX_SVG_BYTES + " -->\n"
    project, line = _project(tmp_path, "council.svg", WIDE.replace("<rect", padding + "<rect"))
    assert _errors(project) == [f"content/site.yml:{line}: content/logo/council.svg: the logo file is 101 KB, more "
                                "than the 100 KB a logo may be; every page loads it, so save a smaller copy (an SVG "
                                "saved for the web, or a PNG a few hundred pixels wide)"]


def test_a_huge_png_is_refused(tmp_path: Path) -> None:
    project, line = _project(tmp_path, "council.png", b"\x89PNG" + os.urandom(5_100_000))
    assert _errors(project) == [f"content/site.yml:{line}: content/logo/council.png: the logo file is 5.1 MB, more "
                                "than the 5.0 MB a logo may be; every page loads it, so save a smaller copy (an SVG "
                                "saved for the web, or a PNG a few hundred pixels wide)"]


def test_an_empty_file_and_other_kinds_are_refused(tmp_path: Path) -> None:
    project, line = _project(tmp_path, "council.gif", b"GIF89a")
    assert _errors(project) == [f"content/site.yml:{line}: content/logo/council.gif: the logo must be an SVG, PNG "
                                "or JPEG file (ending .svg, .png, .jpg or .jpeg)"]
    (project / "content" / "logo" / "empty.png").write_bytes(b"")
    (project / "content" / "site.yml").write_text((project / "content" / "site.yml").read_text()
                                                  .replace("council.gif", "empty.png"))
    assert _errors(project) == [f"content/site.yml:{line}: content/logo/empty.png: the logo file is empty"]


def test_a_png_that_is_not_a_picture(tmp_path: Path) -> None:
    project, line = _project(tmp_path, "council.png", "<html><script>alert(1)</script></html>")
    assert _errors(project) == [f"content/site.yml:{line}: content/logo/council.png: the file is not an image that "
                                "can be read; save it again as a PNG"]


@pytest.mark.parametrize("size,message", [
    ((1000, 100), "the logo is 10.0 times as wide as it is tall, so on a phone it would be too small to read; use a "
                  "version at most 4.5 times as wide as it is tall"),
    ((100, 300), "the logo is 3.0 times as tall as it is wide, so in the header it would be too narrow to read; use "
                 "a version at most 2 times as tall as it is wide"),
])
def test_a_logo_too_wide_or_tall_to_read_on_a_phone(tmp_path: Path, size: tuple[int, int], message: str) -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size[0]} {size[1]}"><rect width="9"/></svg>'
    project, line = _project(tmp_path, "council.svg", svg)
    errors = _errors(project)
    assert len(errors) == 1 and errors[0].startswith(f"content/site.yml:{line}: content/logo/council.svg: {message}")


def test_a_png_is_made_small_and_loses_its_metadata(tmp_path: Path) -> None:
    image = Image.new("RGBA", (2000, 500), (255, 255, 255, 0))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "made on the chief executive's laptop")
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    project, _ = _project(tmp_path, "council.png", out.getvalue() + b"<script>alert(1)</script>")
    assert _errors(project) == []
    logo = published_logo(project, "council.png")
    assert logo.path == PUBLISHED + ".png" and (logo.width, logo.height) == (1000, 250)
    assert b"chief executive" not in logo.content and b"<script>" not in logo.content
    with Image.open(io.BytesIO(logo.content)) as published:
        assert published.size == (MAX_PUBLISHED_HEIGHT * 4, MAX_PUBLISHED_HEIGHT)
        assert published.mode == "RGBA" and not published.text


# SVGs that could run a script or fetch something when their address is opened, and the line that does it.
HOSTILE_SVGS = {
    "script": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n<rect width="4" height="1"/>\n'
               "<script>alert(document.cookie)</script>\n</svg>", 3, "the logo holds a script"),
    "event handler": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n'
                      '<rect width="4" height="1" onclick="alert(1)"/>\n</svg>', 2,
                      "the logo has an event handler (onclick), which runs a script"),
    "onload on the root": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1" ONLOAD="alert(1)"/>', 1,
                           "the logo has an event handler (ONLOAD), which runs a script"),
    "javascript link": ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                        'viewBox="0 0 4 1">\n<use xlink:href=" jav&#x09;ascript:alert(1)"/>\n</svg>', 2,
                        "the logo has a javascript: address, which runs a script"),
    "link": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n<a href="https://x.example/">'
             '<rect width="4" height="1"/></a>\n</svg>', 2, "the logo holds a link"),
    "html inside": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n<foreignObject width="4" height="1">'
                    '<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://x.example/"/></foreignObject>\n</svg>',
                    2, "the logo holds a piece of web page (foreignObject)"),
    "html script in metadata": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n<metadata>\n'
                                '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>\n'
                                "</metadata>\n</svg>", 3, "the logo holds a script"),
    "animation that changes a link": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n'
                                      '<set attributeName="href" to="javascript:alert(1)"/>\n</svg>', 2,
                                      "the logo holds an animation"),
    "picture from a website": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n'
                               '<image href="https://tracker.example/pixel.gif" width="4" height="1"/>\n</svg>', 2,
                               "the logo refers to another file or website ('https://tracker.example/pixel.gif')"),
    "picture from another file": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n'
                                  '<image href="crest.png" width="4" height="1"/>\n</svg>', 2,
                                  "the logo refers to another file or website ('crest.png')"),
    "fill from a website": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n'
                            '<rect fill="url(https://x.example/p.svg#g)" width="4" height="1"/>\n</svg>', 2,
                            "the logo refers to another file or website"),
    "styles imported": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n<style>\n'
                        '@import url("https://x.example/font.css");\n</style>\n</svg>', 2,
                        "the logo imports styles from another file (@import)"),
    "background from a website": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n<style>\n'
                                  "rect { fill: url( '//x.example/p.svg#a' ) }\n</style>\n</svg>", 2,
                                  "the logo refers to another file or website ('//x.example/p.svg#a')"),
    "escaped styles": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n'
                       '<rect style="fill: u\\72l(https://x.example/)" width="4" height="1"/>\n</svg>', 2,
                       "the logo writes characters in its styles as escapes"),
    "stylesheet instruction": ('<?xml version="1.0"?>\n<?xml-stylesheet href="https://x.example/a.css"?>\n'
                               '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"/>', 2,
                               "the logo has a processing instruction (<?xml-stylesheet ...?>)"),
    "entity reading a file": ('<?xml version="1.0"?>\n<!DOCTYPE svg [\n'
                              '<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n'
                              '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"><text>&secret;</text></svg>',
                              3, "the logo declares its own entities or attributes"),
    "billion laughs": ('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
                       '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
                       '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">&b;</svg>', 2,
                       "the logo declares its own entities or attributes"),
    "not an SVG": ("<html><body><script>alert(1)</script></body></html>", 1, "the logo is not an SVG drawing"),
    "not well formed": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1">\n<rect>\n</svg>', 3,
                        "the logo is not a well-formed SVG file"),
}


@pytest.mark.parametrize("name", HOSTILE_SVGS)
def test_an_svg_that_could_run_a_script_or_fetch_anything_is_refused_at_its_line(tmp_path: Path, name: str) -> None:
    svg, svg_line, message = HOSTILE_SVGS[name]
    project, _ = _project(tmp_path, "council.svg", svg)
    errors = _errors(project)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"content/logo/council.svg:{svg_line}: {message}"), errors[0]


def test_what_drawing_programs_write_is_accepted(tmp_path: Path) -> None:
    """Inkscape's and Illustrator's extras (their own namespaces, a DOCTYPE without declarations, styles with
    classes and fonts, embedded pictures, Windows paths in Inkscape's attributes) are not refused."""
    svg = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
     version="1.1" x="0px" y="0px" viewBox="0 0 300 100" xml:space="preserve"
     inkscape:export-filename="C:\\Users\\comms\\logo.png" sodipodi:docname="logo.svg">
  <sodipodi:namedview pagecolor="#ffffff" inkscape:zoom="1"/>
  <metadata><rdf:RDF><dc:format>image/svg+xml</dc:format>
    <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/></rdf:RDF></metadata>
  <style type="text/css"><![CDATA[ .st0{fill:#FFFFFF;} .st1{font-family:'Arial-BoldMT', 'Arial';} ]]></style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <rect class="st0" width="300" height="100" fill="url(#g)"/>
  <use xlink:href="#g"/>
  <image width="10" height="10" xlink:href="data:image/png;base64,iVBORw0KGgo="/>
  <text class="st1" x="10" y="60">Council</text>
</svg>
"""
    project, _ = _project(tmp_path, "council.svg", svg)
    assert _errors(project) == []


def test_the_logo_is_checked_while_other_settings_are_wrong(tmp_path: Path) -> None:
    """Every problem at once: a mistake elsewhere in site.yml does not hide the logo's."""
    project, line = _project(tmp_path, "missing.svg")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text().replace("example_data: yes", "example_data: perhaps"))
    errors = _errors(project)
    assert f"content/site.yml:{line}: there is no file called 'missing.svg' in content/logo/." in errors
    assert len(errors) == 2
