"""Synthetic, deterministic projects at named scales, for measuring the build.

``python -m generator sample --scale county --out /tmp/county`` writes a
complete project (content/, timetable/, mkdocs.yml) that passes the check.
Everything comes from ``random.Random(seed)``, so one scale always gives
byte-identical files. The site says it is example data.
"""

from .scales import SCALES, Scale
from .writer import write_sample

__all__ = ["SCALES", "Scale", "write_sample"]
