"""LinkChecker finds no broken link or anchor anywhere on the served example site, built as it is and split
into pages per ward and area as a county's would be."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

LINKCHECKER_CONFIG = """\
[checking]
threads=4
maxrequestspersecond=1000
[filtering]
checkextern=0
ignore=
  ^mailto:
  ^tel:
[AnchorCheck]
[output]
status=0
warnings=1
"""


@pytest.mark.parametrize("built, served", [("example_site", "site_url"), ("split_site", "split_site_url")])
def test_no_broken_links_or_anchors(built: str, served: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    example_site: Path = request.getfixturevalue(built)
    site_url: str = request.getfixturevalue(served)
    config = tmp_path / "linkcheckerrc"
    config.write_text(LINKCHECKER_CONFIG)
    linkchecker = Path(sys.executable).with_name("linkchecker")
    # Start from every built page, so a page no other page links to is checked too.
    pages = sorted(site_url + p.relative_to(example_site).as_posix().removesuffix("index.html")
                   for p in example_site.rglob("*.html"))
    result = subprocess.run([str(linkchecker), "--config", str(config), "--no-robots", *pages],
                            capture_output=True, text=True, timeout=600)
    summary = [line for line in result.stdout.splitlines() if line.startswith("That's it.")]
    assert result.returncode == 0, result.stdout[-4000:]
    assert summary and " 0 errors found" in summary[0], result.stdout[-4000:]
