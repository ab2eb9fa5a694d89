"""Command line: ``python -m generator check`` and friends."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .problems import errors_only, format_problems, generator_fault


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Family hub offer site tools.")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every content file and list every problem")
    check.add_argument("--publishing", action="store_true",
                       help="the check before publishing to families: draft statements and pages are errors")
    check.add_argument("--traceback", action="store_true",
                       help="for developers: show where the generator failed, if it fails")
    commands.add_parser("schemas", help="write the JSON Schemas in schemas/ and the editor settings")
    review = commands.add_parser("review", help="list records due for review, by owner")
    review.add_argument("--within-days", type=_days, default=60, metavar="N",
                        help="also list records that fall due in the next N days (default 60)")
    changes = commands.add_parser("changes", help="what changes for families since a git revision")
    changes.add_argument("rev", metavar="REV", help="a git revision, such as HEAD~1 or origin/main")
    changes.add_argument("--format", choices=["markdown", "text"], default="markdown",
                         help="markdown (for a pull request comment, the default) or text")
    sample = commands.add_parser("sample", help="write a synthetic project at a named scale, for benchmarks")
    sample.add_argument("--scale", required=True, choices=["borough", "county-half", "county"])
    sample.add_argument("--out", type=Path, required=True, help="the folder to write it in (outside the project)")
    new = commands.add_parser("new", help="make a new council's project, ready to fill in")
    new.add_argument("folder", type=Path, metavar="DIR", help="the new project's folder (it must not exist yet)")
    new.add_argument("--council", required=True, help="the council's name, such as \"Northshire Council\"")
    new.add_argument("--site-url", help="the address the site will be published at (https://...)")
    new.add_argument("--site-name", help="the site's name (default: the council's name and 'Family Hubs')")
    publish = commands.add_parser("publish", help="swap a freshly built site in as the published site, in one step")
    publish.add_argument("build", type=Path, metavar="NEW_BUILD_DIR",
                         help="the folder the site was just built into, beside the published site")
    publish.add_argument("--site", type=Path, default=Path("site"),
                         help="the published site, a link to the newest build (default: site in the project folder)")
    printed = commands.add_parser("print", help="make the printed materials (PDFs) from the content")
    printed.add_argument("--out", type=Path, required=True, help="the folder to write them in")
    catalogue = commands.add_parser("catalogue", help="bring the translators' catalogues of the interface's "
                                    "phrases up to date (generator/locale/)")
    catalogue.add_argument("--add", action="append", default=[], metavar="CODE",
                           help="start a catalogue for the language CODE, such as ro")
    feed = commands.add_parser("check-feed", help="ask a published Open Referral UK feed what the ORUK validator "
                               "asks, over the web, and say what is wrong")
    feed.add_argument("url", metavar="URL", help="the feed's address, such as https://council.github.io/family-hubs/"
                      "openreferral/")
    oruk = commands.add_parser("import-oruk", help="write venues, services and sessions from an Open Referral UK "
                               "feed saved as files, with a report of what to fill in")
    oruk.add_argument("source", type=Path, metavar="SOURCE", help="the folder the feed's JSON files are in")
    oruk.add_argument("--out", type=Path, required=True, metavar="DIR",
                      help="the project to write them in (a new one is made if the folder does not exist)")
    oruk.add_argument("--council", help="the council's name, for a new project (default: from the feed)")
    ofsted = commands.add_parser("import-ofsted", help="update childcare settings' Ofsted details from Ofsted's "
                                 "register (the 'Childcare providers and inspections' CSV)")
    ofsted.add_argument("csv", type=Path, metavar="CSV", help="the CSV file, as downloaded from GOV.UK")
    ofsted.add_argument("--local-authority", required=True, metavar="NAME",
                        help="the council's name as Ofsted writes it in the 'Local Authority' column")
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(args.root.resolve(), args.traceback, args.publishing)
    if args.command == "schemas":
        from .json_schemas import run_schemas

        return run_schemas(args.root.resolve())
    if args.command == "review":
        from .review import run_review

        return run_review(args.root.resolve(), args.within_days)
    if args.command == "changes":
        from .changes import run_changes

        return run_changes(args.root.resolve(), args.rev, args.format)
    if args.command == "print":
        from .hard_copy.cli import run_print

        return run_print(args.root.resolve(), args.out.resolve())
    if args.command == "catalogue":
        from .catalogue import run_catalogue

        return run_catalogue(args.add)
    if args.command == "sample":
        from .sample.cli import run_sample

        return run_sample(args.scale, args.out.resolve())
    if args.command == "new":
        from .new_site import run_new

        return run_new(args.folder.resolve(), args.council, args.site_url, args.site_name)
    if args.command == "check-feed":
        from .open_referral.probe import run_check_feed

        return run_check_feed(args.url)
    if args.command == "import-oruk":
        from .imports.oruk import run_import_oruk

        return run_import_oruk(args.source.resolve(), args.out.resolve(), args.council)
    if args.command == "import-ofsted":
        from .imports.ofsted import run_import_ofsted

        return run_import_ofsted(args.root.resolve(), args.csv.resolve(), args.local_authority)
    if args.command == "publish":
        return run_publish(args.root / args.build, args.root / args.site)
    return 2  # pragma: no cover - argparse rejects unknown commands


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days, such as 60")
    return int(text)


def run_publish(build: Path, site: Path) -> int:
    from .publish import PublishError, publish

    try:
        publish(build, site)
    except PublishError as error:
        print(f"The site was not published: {error}", file=sys.stderr)
        return 1
    return 0


def run_check(root: Path, traceback: bool = False, publishing: bool = False) -> int:
    """Errors first (they stop publishing), then warnings; exit 1 when there are errors, 2 when the generator
    itself failed."""
    from .build import check_everything

    try:
        site, problems = check_everything(root, publishing=publishing)
    except Exception as error:  # noqa: BLE001 - a fault in the generator, reported without a traceback
        if traceback:
            raise
        print(generator_fault(error), file=sys.stderr)
        return 2
    errors = errors_only(problems)
    warnings = [p for p in problems if p.warning]
    if errors:
        print(format_problems(errors), file=sys.stderr)
        noun = "problem" if len(errors) == 1 else "problems"
        print(f"{len(errors)} {noun} to fix before the site can be published.", file=sys.stderr)
    if warnings:
        stream = sys.stderr if errors else sys.stdout
        print(f"{len(warnings)} {'warning' if len(warnings) == 1 else 'warnings'} to look at soon:", file=stream)
        print(format_problems(warnings), file=stream)
    if errors:
        return 1
    assert site is not None
    sessions = len(site.timetable.sessions)
    print(f"All content is fine: {len(site.services)} services, {len(site.venues)} venues, "
          f"{len(site.childcare)} childcare settings, {sessions} sessions, "
          f"{len(site.glossary)} glossary terms, {len(site.pages)} pages.")
    return 0
