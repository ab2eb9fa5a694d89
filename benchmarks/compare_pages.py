"""Build the same projects with two checkouts of the tool and compare every page.

    python benchmarks/compare_pages.py build CHECKOUT OUT       # build the three projects with CHECKOUT
    python benchmarks/compare_pages.py compare BEFORE AFTER     # compare two such OUT folders

The projects are the frozen example borough (``tests/example``), the same split by ward and area (the
tests' ``SPLIT_LIMITS``) and the county sample (``python -m generator sample --scale county``), each with
the checkout's own theme and ``mkdocs.yml``, built by ``mkdocs build`` with the checkout's generator on
the example's day. Pages are compared as normalised HTML: the parser's events with whitespace runs made
one space, blank text dropped, attributes sorted and relative links written as where they lead, so only a
change a reader or a browser could notice is reported. Other files (feeds, data, images) are compared byte
for byte, except the search index and the sitemap, which are compared as text after the same whitespace rule.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.conftest import EXAMPLE, EXAMPLE_EPOCH, SPLIT_LIMITS  # noqa: E402

PROJECTS = ("example", "split", "county")


def make_project(kind: str, checkout: Path, destination: Path) -> Path:
    """One of ``PROJECTS`` as a project folder with ``checkout``'s theme and mkdocs.yml."""
    env = _env(checkout)
    if kind == "county":
        subprocess.run([sys.executable, "-m", "generator", "sample", "--scale", "county", "--out", str(destination)],
                       check=True, env=env, cwd=checkout, stdout=subprocess.DEVNULL)
    else:
        destination.mkdir(parents=True)
        for folder in ("content", "timetable"):
            shutil.copytree(EXAMPLE / folder, destination / folder)
        shutil.copyfile(checkout / "mkdocs.yml", destination / "mkdocs.yml")
        if kind == "split":
            settings = destination / "content" / "site.yml"
            settings.write_text(settings.read_text(encoding="utf-8") + SPLIT_LIMITS, encoding="utf-8")
    for name in ("theme",):
        shutil.rmtree(destination / name, ignore_errors=True)
        shutil.copytree(checkout / name, destination / name)
    shutil.copyfile(checkout / "package-lock.json", destination / "package-lock.json")
    return destination


def _env(checkout: Path) -> dict[str, str]:
    """The checkout's generator first on the path, on the example's day."""
    return dict(os.environ, PYTHONPATH=str(checkout), SOURCE_DATE_EPOCH=EXAMPLE_EPOCH, NO_MKDOCS_2_WARNING="1")


def build(checkout: Path, out: Path, kinds: list[str]) -> None:
    for kind in kinds:
        project = make_project(kind, checkout, out / "projects" / kind)
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(out / kind)],
                       check=True, env=_env(checkout), cwd=project)
        print(f"built {kind} with {checkout}", flush=True)


# Elements around which a browser ignores white space; around any other, a space is a space a reader sees.
BLOCKS = frozenset(
    "html head body meta link script style title header footer main nav section article aside div p ul ol li dl dt "
    "dd h1 h2 h3 h4 h5 h6 table caption thead tbody tfoot tr th td form fieldset legend select option details "
    "summary figure figcaption blockquote hr br label input button textarea noscript svg path template".split()
)


class _Events(HTMLParser):
    """A page as a list of lines, one per start tag (attributes sorted), end tag or run of text. Relative
    links are written as where they lead from ``folder`` (the page's folder in the site), so ``../b/`` and
    ``../../services/b/`` on ``services/a/`` are the same link."""

    def __init__(self, folder: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.folder = folder
        self.events: list[tuple[str, str, str]] = []  # (kind, tag or text, line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attrs = [(name, self._followed(value) if name in ("href", "src") and value else value)
                 for name, value in attrs]
        written = " ".join(f'{name}="{_space(value or "")}"' for name, value in sorted(attrs))
        self.events.append(("tag", tag, f"<{tag} {written}>" if written else f"<{tag}>"))

    def _followed(self, link: str) -> str:
        if re.match(r"[a-z][a-z0-9+.-]*:|[/#]", link):  # another site, a scheme such as tel:, or this page
            return link
        target, hash_mark, anchor = link.partition("#")
        resolved = posixpath.normpath(posixpath.join("/" + self.folder, target))
        if (target.endswith("/") or target in ("", ".")) and resolved != "/":
            resolved += "/"
        return "/" + resolved.lstrip("/") + hash_mark + anchor

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("tag", tag, f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        self.events.append(("text", "", _space(data)))

    def lines(self) -> list[str]:
        """Text with the white space a reader could see: a space next to a block's edge is not."""
        lines = []
        for index, (kind, _, line) in enumerate(self.events):
            if kind == "text":
                before = self.events[index - 1] if index else ("tag", "html", "")
                after = self.events[index + 1] if index + 1 < len(self.events) else ("tag", "html", "")
                if before[0] == "tag" and before[1] in BLOCKS:
                    line = line.lstrip()
                if after[0] == "tag" and after[1] in BLOCKS:
                    line = line.rstrip()
                if not line:
                    continue
            lines.append(line)
        return lines


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def normalised(page: str, folder: str = "") -> list[str]:
    parser = _Events(folder)
    parser.feed(page)
    parser.close()
    return parser.lines()


def compare(before: Path, after: Path, context: int, kinds: list[str]) -> int:
    """Print every difference; the number of files that differ."""
    differing = 0
    for kind in kinds:
        old_files = {p.relative_to(before / kind) for p in (before / kind).rglob("*") if p.is_file()}
        new_files = {p.relative_to(after / kind) for p in (after / kind).rglob("*") if p.is_file()}
        for gone in sorted(old_files - new_files):
            print(f"{kind}: only before: {gone}")
            differing += 1
        for added in sorted(new_files - old_files):
            print(f"{kind}: only after: {added}")
            differing += 1
        same = 0
        for path in sorted(old_files & new_files):
            old, new = (before / kind / path).read_bytes(), (after / kind / path).read_bytes()
            if old == new:
                same += 1
                continue
            if path.suffix == ".html":
                folder = path.parent.as_posix().removeprefix(".")
                old_lines = normalised(old.decode("utf-8"), folder)
                new_lines = normalised(new.decode("utf-8"), folder)
            elif path.suffix in (".json", ".xml", ".txt") or path.name.endswith(".xml.gz"):
                old_lines, new_lines = _text_lines(path, old), _text_lines(path, new)
            else:
                old_lines, new_lines = ["(bytes differ)"], []
            if old_lines == new_lines:
                same += 1
                continue
            differing += 1
            print(f"{kind}: differs: {path}")
            for line in difflib.unified_diff(old_lines, new_lines, lineterm="", n=context):
                if not line.startswith(("---", "+++")):
                    print("    " + line[:400])
        print(f"{kind}: {same} of {len(old_files & new_files)} files the same", flush=True)
    return differing


def _text_lines(path: Path, data: bytes) -> list[str]:
    if path.name.endswith(".gz"):
        import gzip

        data = gzip.decompress(data)
    text = data.decode("utf-8")
    if path.name == "search_index.json":  # one line per entry, its text as normalised HTML
        return [f"{doc['location']} | {doc['title']} | {' '.join(normalised(doc['text']))}"
                for doc in json.loads(text)["docs"]]
    return _space(text).split("><") if path.suffix != ".json" else [_space(text)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("build")
    making.add_argument("checkout", type=Path)
    making.add_argument("out", type=Path)
    making.add_argument("--projects", nargs="+", choices=PROJECTS, default=list(PROJECTS))
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--context", type=int, default=1)
    comparing.add_argument("--projects", nargs="+", choices=PROJECTS, default=list(PROJECTS))
    arguments = parser.parse_args()
    if arguments.command == "build":
        build(arguments.checkout.resolve(), arguments.out.resolve(), arguments.projects)
        return 0
    return 1 if compare(arguments.before, arguments.after, arguments.context, arguments.projects) else 0


if __name__ == "__main__":
    raise SystemExit(main())
