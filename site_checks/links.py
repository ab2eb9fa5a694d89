"""LinkChecker (links and anchors) started from every page of a served site."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .pages import page_addresses

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


def check_links(site: Path, site_url: str, workdir: Path) -> tuple[bool, str]:
    """Whether LinkChecker finds no broken link or anchor, and the end of its report.

    It starts from every built page, so a page no other page links to is checked too. Links to other
    sites are not followed: the check must not depend on the network, nor send requests off this machine.
    """
    config = workdir / "linkcheckerrc"
    config.write_text(LINKCHECKER_CONFIG)
    linkchecker = Path(sys.executable).with_name("linkchecker")
    result = subprocess.run([str(linkchecker), "--config", str(config), "--no-robots",
                             *page_addresses(site, site_url)], capture_output=True, text=True, timeout=1800)
    summary = [line for line in result.stdout.splitlines() if line.startswith("That's it.")]
    passed = result.returncode == 0 and bool(summary) and " 0 errors found" in summary[0]
    return passed, result.stdout[-4000:] + result.stderr[-2000:]
