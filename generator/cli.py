"""Command line: ``python -m generator check`` and friends."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .check import check_content
from .problems import errors_only, format_problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Family hub offer site tools.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check every content file and list every problem")
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(args.root.resolve())
    return 2  # pragma: no cover - argparse rejects unknown commands


def run_check(root: Path) -> int:
    site, problems = check_content(root)
    if problems:
        print(format_problems(problems), file=sys.stderr if errors_only(problems) else sys.stdout)
    errors = errors_only(problems)
    if errors:
        noun = "problem" if len(errors) == 1 else "problems"
        print(f"{len(errors)} {noun} to fix before the site can be published.", file=sys.stderr)
        return 1
    assert site is not None
    print(f"All content is fine: {len(site.services)} services, {len(site.venues)} venues, "
          f"{len(site.glossary)} glossary terms, {len(site.pages)} pages.")
    return 0
