"""The content passes the check, and the JSON Schemas editors' tools use accept every content file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .schemas import schema_errors


def test_content_check_passes(project: Path) -> None:
    """``python -m generator check``, as ``make check`` runs it: no errors (warnings are listed, not failed)."""
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "check"], cwd=project,
                            capture_output=True, text=True, timeout=1800)
    print(result.stdout[-3000:], result.stderr[-3000:])
    assert result.returncode == 0, result.stderr[-6000:] or result.stdout[-6000:]


def test_the_schemas_editors_use_accept_every_content_file(project: Path) -> None:
    errors, checked = schema_errors(project)
    assert checked > 0, "no content file found"
    assert errors == []
