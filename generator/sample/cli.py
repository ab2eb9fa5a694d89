"""``python -m generator sample --scale NAME --out DIR``."""

from __future__ import annotations

from pathlib import Path

from .scales import SCALES
from .writer import write_sample


def run_sample(scale_name: str, out: Path) -> int:
    counts = write_sample(SCALES[scale_name], out)
    print(f"Wrote the {scale_name} sample to {out}: {counts['venues']} venues, {counts['services']} services, "
          f"{counts['sessions']} sessions, {counts['childcare']} childcare settings.")
    return 0
