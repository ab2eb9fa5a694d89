"""Build the synthetic samples at each scale and print what issue 7 measures.

``make bench`` (or ``python benchmarks/bench.py``) writes each sample into a
temporary folder, builds it with ``mkdocs build`` in a subprocess, and prints
one row per scale: wall time, peak memory, pages, site size, the heaviest
page (gzipped HTML), the heaviest first view of any page (its gzipped HTML
with the CSS and JavaScript it links), the calendar feeds, the search index
(gzipped) and the generator's own share of the build.

The printed materials' PDFs (``/print/``) are made by the first build of a
sample, with an empty cache; later builds take them from the cache, as a build
whose content did not change does. "PDFs add" is that first build's time less
the median of the later ones: what the PDFs add to ``make site`` on a fresh
machine. The later builds are the ones timed and compared below.

"+ro,pl" is the same sample with two community languages (``languages: [ro, pl]``), built after each
English build: its median time, and the median of each run's ratio to the English build before it.

The generator's share is ``generate()`` (what the plugin's ``on_pre_build``
runs) timed alone in a subprocess, which also exports the generated pages into
a docs folder. That folder, built by plain MkDocs with the same theme and no
family-hub plugin, is the baseline; the last line is the county build time
over the county baseline.

Each scale is built ``--runs`` times (5 by default), alternating with its
baseline; times are medians, and the build/baseline ratio is the median of
each build over the baseline built right after it. The machine is shared, and
one slow spell should not decide a ratio. ``python benchmarks/bench.py --scales borough
--runs 1`` builds less.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
MKDOCS = [PYTHON, "-m", "mkdocs"]
SCALES = ["borough", "county-half", "county"]
# The samples' dates are fixed, so pin "today" to just after them (unless already set):
# runs stay comparable over time, and the samples never fall due for review.
SAMPLE_TODAY_EPOCH = "1795176000"  # 2026-11-20 12:00 UTC
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
ENV.setdefault("SOURCE_DATE_EPOCH", SAMPLE_TODAY_EPOCH)


def run_measured(command: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, peak resident MiB of the child alone (wait4), and its output."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{output[-4000:]}")
    return seconds, usage.ru_maxrss / 1024, output


def export(root: Path, docs: Path) -> None:
    """(Runs in a subprocess.) Time the pure core and write its files as a plain docs folder."""
    from generator.build import generate
    from generator.build_date import build_date
    from generator.theme_settings import theme_settings
    from generator.theme_words import theme_language_settings

    started = time.perf_counter()
    generated = generate(root, build_date(), site_url="https://familyhubs.example.gov.uk/", print_pdfs=True)
    seconds = time.perf_counter() - started
    for path, content in generated.files.items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    theme = {**theme_settings(generated.site), **theme_language_settings(generated.site.settings)}
    print(json.dumps({"seconds": seconds, "theme": theme}))


def baseline_config(work: Path, docs: Path, theme: dict) -> Path:
    """The sample's mkdocs.yml without the family-hub plugin, reading the exported pages."""
    from generator.sample.writer import mkdocs_yml

    text = mkdocs_yml(docs_dir=str(docs), plugin=False)
    # The theme reads these from the plugin on every page; give the baseline the same values.
    text = text.replace("extra:\n  generator: false", "extra:\n  generator: false\n  family_hub: " + json.dumps(theme))
    config = work / "baseline.yml"
    config.write_text(text, encoding="utf-8")
    return config


def site_facts(site: Path) -> dict:
    """Pages, size, the heaviest page gzipped, the heaviest first view, the feeds and the search index."""
    pages = sorted(site.rglob("*.html"))
    total = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    assets: dict[Path, int] = {}  # each stylesheet or script gzipped once
    heaviest, heaviest_gz, widest, widest_view = None, 0, None, 0
    for page in pages:
        html = page.read_bytes()
        size = len(gzip.compress(html, 6))
        view = size + sum(_asset_size(site, target, assets) for target in linked_assets(page, html.decode()))
        if size > heaviest_gz:
            heaviest, heaviest_gz = page, size
        if view > widest_view:
            widest, widest_view = page, view
    feeds = sorted(site.rglob("*.ics"), key=lambda f: f.stat().st_size, reverse=True)
    all_ics = site / "calendars" / "all.ics"
    index = site / "search" / "search_index.json"
    other = next((f for f in feeds if f != all_ics), None)
    return {
        "pages": len(pages), "site_mb": total / 2**20,
        "heaviest": _page_path(site, heaviest), "heaviest_kb": heaviest_gz / 1024,
        "first_view": _page_path(site, widest), "first_view_kb": widest_view / 1024,
        "all_ics_mb": all_ics.stat().st_size / 2**20 if all_ics.exists() else 0,
        # Material fetches the search index on every first visit, after the page has shown.
        "search_kb": len(gzip.compress(index.read_bytes(), 6)) / 1024 if index.exists() else 0,
        "next_feed": f"{other.stat().st_size / 1024:.0f} KB {other.relative_to(site)}" if other else "-",
    }


def _page_path(site: Path, page: Path | None) -> str:
    if page is None:
        return "-"
    relative = page.relative_to(site)
    return "/" + str(relative.parent) + "/" if relative.name == "index.html" else "/" + str(relative)


def linked_assets(page: Path, html: str) -> list[Path]:
    """The stylesheets and scripts a page links (not images): what its first view downloads."""
    links = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    links += re.findall(r'<script[^>]+src="([^"]+)"', html)
    return [(page.parent / link.split("?")[0]).resolve() for link in dict.fromkeys(links)]


def _asset_size(site: Path, target: Path, sizes: dict[Path, int]) -> int:
    if target not in sizes:
        inside = target.is_file() and site.resolve() in target.parents
        sizes[target] = len(gzip.compress(target.read_bytes(), 6)) if inside else 0
    return sizes[target]


# Community languages added to a copy of each sample, to measure what publishing the key pages in two more
# languages costs (issue 15: at most 2.5 times the English-only build).
EXTRA_LANGUAGES = "\nlanguages: [ro, pl]\n"


def bench_scale(scale: str, work: Path, runs: int) -> dict:
    """Build the sample, its baseline and the sample in two more languages ``runs`` times, in turn; times are
    medians, memory the peak."""
    root, docs, multilingual = work / "sample", work / "docs", work / "multilingual"
    subprocess.run([PYTHON, "-m", "generator", "sample", "--scale", scale, "--out", str(root)], check=True,
                   env=ENV, stdout=subprocess.DEVNULL)
    shutil.copytree(root, multilingual)
    with (multilingual / "content" / "site.yml").open("a", encoding="utf-8") as settings:
        settings.write(EXTRA_LANGUAGES)
    # The first build makes every PDF (the bench's cache holds none of this sample's); the rest take them
    # from the cache.
    shutil.rmtree(work / "site", ignore_errors=True)
    first_s, _, _ = run_measured(MKDOCS + ["build", "-q", "-d", str(work / "site")], root)
    pdfs = sorted((work / "site" / "print").glob("*.pdf"))
    builds, bases, generators, peaks, in_languages = [], [], [], [], []
    for _ in range(runs):
        shutil.rmtree(work / "site", ignore_errors=True)
        build_s, build_mib, _ = run_measured(MKDOCS + ["build", "-q", "-d", str(work / "site")], root)
        shutil.rmtree(docs, ignore_errors=True)
        _, _, out = run_measured([PYTHON, __file__, "--export", str(root), str(docs)], root)
        exported = json.loads(out.strip().splitlines()[-1])
        config = baseline_config(work, docs, exported["theme"])
        shutil.rmtree(work / "base", ignore_errors=True)
        base_s, _, _ = run_measured(MKDOCS + ["build", "-q", "-f", str(config), "-d", str(work / "base")], work)
        builds.append(build_s), bases.append(base_s), generators.append(exported["seconds"]), peaks.append(build_mib)
        shutil.rmtree(work / "languages", ignore_errors=True)
        languages_s, _, _ = run_measured(MKDOCS + ["build", "-q", "-d", str(work / "languages")], multilingual)
        in_languages.append(languages_s)
    # Each build is compared with the baseline built right after it, so a slow spell on a shared machine
    # weighs on both sides of one ratio; the ratio reported is the median of those.
    ratios = [build / base for build, base in zip(builds, bases, strict=True)]
    languages_ratios = [both / build for both, build in zip(in_languages, builds, strict=True)]
    return dict(site_facts(work / "site"), scale=scale, build_s=statistics.median(builds), peak_mib=max(peaks),
                gen_s=statistics.median(generators), base_s=statistics.median(bases),
                ratio=statistics.median(ratios), ratios=ratios, pdfs=len(pdfs),
                pdf_mb=sum(pdf.stat().st_size for pdf in pdfs) / 2**20, pdfs_add_s=first_s - statistics.median(builds),
                languages_s=statistics.median(in_languages), languages_ratio=statistics.median(languages_ratios),
                languages_ratios=languages_ratios)


def table(rows: list[dict]) -> str:
    head = ["scale", "build s", "peak MiB", "pages", "site MB", "heaviest page (gz KB, path)",
            "heaviest 1st view (HTML+CSS+JS gz KB, path)",
            "all.ics MB", "next feed", "search index gz KB", "PDFs (MB)", "PDFs add s", "generator s (share)",
            "baseline s", "build/baseline", "+ro,pl s", "+ro,pl/English"]
    body = [[r["scale"], f"{r['build_s']:.1f}", f"{r['peak_mib']:.0f}", str(r["pages"]), f"{r['site_mb']:.1f}",
             f"{r['heaviest_kb']:.1f} {r['heaviest']}", f"{r['first_view_kb']:.1f} {r['first_view']}",
             f"{r['all_ics_mb']:.2f}", r["next_feed"], f"{r['search_kb']:.0f}", f"{r['pdfs']} ({r['pdf_mb']:.1f})",
             f"{r['pdfs_add_s']:.0f}",
             f"{r['gen_s']:.1f} ({100 * r['gen_s'] / r['build_s']:.0f}%)", f"{r['base_s']:.1f}",
             f"{r['ratio']:.2f}", f"{r['languages_s']:.1f}", f"{r['languages_ratio']:.2f}"] for r in rows]
    widths = [max(len(line[i]) for line in [head] + body) for i in range(len(head))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in [head] + body]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", nargs="+", choices=SCALES, default=SCALES)
    parser.add_argument("--runs", type=int, default=5, help="builds per scale; times are the medians (default 5)")
    parser.add_argument("--export", nargs=2, metavar=("ROOT", "DOCS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export:
        export(Path(args.export[0]), Path(args.export[1]))
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="family-hub-bench-") as tmp:
        ENV["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")  # the PDFs kept between this bench's builds
        for scale in args.scales:
            started = time.perf_counter()
            rows.append(bench_scale(scale, Path(tmp) / scale, args.runs))
            print(f"{scale}: measured in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print(f"times are medians of {args.runs} alternating runs of the build and its baseline; "
          "build/baseline is the median of each run's ratio")
    print(table(rows))
    by_scale = {r["scale"]: r for r in rows}
    if "county-half" in by_scale and "county" in by_scale:
        print(f"county-half -> county build time ratio: "
              f"{by_scale['county']['build_s'] / by_scale['county-half']['build_s']:.2f}")
    last = by_scale.get("county") or rows[-1]
    print(f"{last['scale']} build/baseline ratio of each run: " + ", ".join(f"{r:.2f}" for r in last["ratios"]))
    print(f"build/baseline ratio: {last['ratio']:.2f}"
          + ("" if last["scale"] == "county" else f" ({last['scale']} scale)"))
    print(f"{last['scale']} with Romanian and Polish over English only, each run: "
          + ", ".join(f"{r:.2f}" for r in last["languages_ratios"]) + f"; median {last['languages_ratio']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
