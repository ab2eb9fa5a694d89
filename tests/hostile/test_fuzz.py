"""Mutation fuzzing: hundreds of careless and hostile edits of the example's files, from a fixed seed.

For every mutant the full check runs (every file read and validated, every page made in memory and
weighed, as ``python -m generator check`` does). Each run must end with no traceback, within 10 seconds,
and with every message one printable line that names a file of the project and a line in it.
"""

from __future__ import annotations

import random
import re
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.build import check_everything
from generator.problems import Problem

from ..conftest import EXAMPLE_TODAY, example_project
from .mutants import MUTATIONS

SEED = 20261201
MUTANTS = 320
SECONDS = 10
# A message: a file of the project, a line, then one line of text.
MESSAGE = re.compile(r"^(?P<path>[^:\n]+):(?P<line>[0-9]+): (?P<text>[^\n]+)$")


@dataclass
class Outcome:
    mutation: str
    file: str
    seconds: float
    published: bool = False
    crash: str = ""
    bad_messages: tuple[str, ...] = ()


def _bad_messages(problems: list[Problem], project: Path, mutated: str) -> list[str]:
    bad = []
    for problem in problems:
        text = str(problem)
        match = MESSAGE.match(text)
        where_ok = bool(match) and (project / match["path"]).exists() and int(match["line"]) >= 1
        lines = (project / problem.path).read_bytes().count(b"\n") + 1 if (project / problem.path).is_file() else 0
        if not where_ok or (problem.path == mutated and problem.line > max(lines, 1)) or not text.isprintable():
            bad.append(text[:300])
    return bad


def _run(project: Path, relative: str, name: str, rng: random.Random) -> Outcome:
    file = project / relative
    original = file.read_bytes()
    file.write_bytes(MUTATIONS[name](original, rng))
    started = time.perf_counter()
    outcome = Outcome(name, relative, 0.0)
    try:
        site, problems = check_everything(project, EXAMPLE_TODAY)
        outcome.published = site is not None
        outcome.bad_messages = tuple(_bad_messages(problems, project, relative))
    except Exception:  # noqa: BLE001 - what the test is looking for
        outcome.crash = traceback.format_exc(limit=-3)
    outcome.seconds = time.perf_counter() - started
    file.write_bytes(original)
    return outcome


def test_mutants_give_messages_not_tracebacks(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    project = example_project(tmp_path / "project")
    files = sorted(p.relative_to(project).as_posix() for folder in ("content", "timetable")
                   for p in (project / folder).rglob("*") if p.suffix in (".yml", ".md"))
    rng = random.Random(SEED)
    outcomes = []
    for _ in range(MUTANTS):
        relative, name = rng.choice(files), rng.choice(sorted(MUTATIONS))
        outcomes.append(_run(project, relative, name, random.Random(rng.getrandbits(64))))

    crashes = [o for o in outcomes if o.crash]
    slow = [o for o in outcomes if o.seconds > SECONDS]
    muddled = [o for o in outcomes if o.bad_messages]
    clean = [o for o in outcomes if not (o.crash or o.seconds > SECONDS or o.bad_messages)]
    tried = Counter(o.mutation for o in outcomes)
    with capsys.disabled():
        print(f"\nmutation fuzz (seed {SEED}): {len(outcomes)} mutants of {len(files)} files, {len(clean)} clean; "
              f"{len(crashes)} tracebacks, {len(slow)} over {SECONDS} s, {len(muddled)} with a message that is not "
              f"one line naming file and line; {sum(o.published for o in outcomes)} still publishable; "
              f"slowest {max(o.seconds for o in outcomes):.2f} s")
        print("  " + ", ".join(f"{name} {count}" for name, count in sorted(tried.items())))
    assert not crashes, "\n\n".join(f"{o.mutation} in {o.file}:\n{o.crash}" for o in crashes[:5])
    assert not slow, [(o.mutation, o.file, round(o.seconds, 1)) for o in slow]
    assert not muddled, [(o.mutation, o.file, o.bad_messages[:3]) for o in muddled[:10]]
