"""Lighthouse, run offline against Debian's Chromium, scores 100 for accessibility on the busiest pages."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from ..conftest import REPO
from .conftest import CHROMIUM, CHROMIUM_ARGS

LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
PAGES = ["", "whats-on/", "childcare/"]


@pytest.mark.parametrize("path", PAGES, ids=["home", "whats-on", "childcare"])
def test_lighthouse_accessibility_score_is_100(site_url: str, path: str, tmp_path: Path, example_site: Path) -> None:
    if not (example_site / path / "index.html").exists():
        pytest.fail(f"/{path} is not built")
    assert LIGHTHOUSE.exists(), "Lighthouse is missing: run 'npm ci' (make test does)"
    report = tmp_path / "report.json"
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    result = subprocess.run(
        [str(LIGHTHOUSE), site_url + path, "--only-categories=accessibility", "--output=json",
         f"--output-path={report}", "--quiet", f"--chrome-flags={flags}"],
        env={"CHROME_PATH": str(CHROMIUM), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    audit = json.loads(report.read_text())
    scores = {ref["id"]: audit["audits"][ref["id"]].get("score")
              for ref in audit["categories"]["accessibility"]["auditRefs"] if ref["weight"] > 0}
    failing = sorted(name for name, score in scores.items() if score is not None and score < 1)
    assert audit["categories"]["accessibility"]["score"] == 1, failing
