"""Write a whole sample project to a folder: content/, timetable/ and mkdocs.yml."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from . import fixed
from .childcare import make_childcare
from .places import make_towns, make_venues, venue_yaml
from .scales import Scale
from .services import KINDS, make_services, service_yaml
from .sessions import make_sessions, sessions_yaml
from .words import TOWNS

# Two or three venues a town, as in a county of market towns.
VENUES_PER_TOWN = 2.5

MKDOCS = """\
# A synthetic sample project, built with the real theme and the family-hub plugin.
site_name: {site_name}
site_url: https://familyhubs.example.gov.uk/
docs_dir: content/pages
site_dir: site
use_directory_urls: true

theme:
  name: material
  custom_dir: {theme}
  language: en
  font: false
  favicon: assets/images/favicon.svg
  logo: assets/images/logo.svg
  features:
    - navigation.tabs
    - search.suggest
  palette:
    scheme: default
    primary: custom
    accent: custom

plugins:
  - search
{plugins}
extra:
  generator: false

nav:
  - Home: index.md
  - Start for Life: start-for-life/index.md
  - What's on: whats-on/index.md
  - Family hubs: venues/index.md
  - Services: services/index.md
  - Childcare: childcare/index.md
  - Words we use: glossary/index.md
  - You said, we did: you-said-we-did/index.md

validation:
  nav:
    omitted_files: ignore
"""


def mkdocs_yml(docs_dir: str = "content/pages", plugin: bool = True) -> str:
    """The sample's mkdocs.yml; without the plugin it is the plain-MkDocs baseline."""
    text = MKDOCS.format(site_name="Exampleshire Family Hubs (sample data)", theme=fixed.REPO / "theme",
                         plugins="  - family-hub\n" if plugin else "")
    return text.replace("docs_dir: content/pages", f"docs_dir: {docs_dir}")


def write_sample(scale: Scale, out: Path) -> dict[str, int]:
    """Write the sample for ``scale`` into ``out`` and return how many records of each kind it has."""
    rng = random.Random(scale.seed)
    towns_count = min(len(TOWNS), max(4, round(scale.venues / VENUES_PER_TOWN)))
    if scale.services > towns_count * len(KINDS):
        raise ValueError(f"{scale.services} services need more towns or kinds of service for unique names")
    towns = make_towns(rng, towns_count)
    venues = make_venues(rng, towns, scale.venues)
    services = make_services(towns, scale.services)
    sessions = make_sessions(rng, venues, services, scale.sessions)
    settings = make_childcare(rng, towns, scale.childcare)

    for folder in ("content", "timetable"):  # only the folders a sample owns, so reruns leave no strays
        shutil.rmtree(out / folder, ignore_errors=True)
    files: dict[str, str] = {
        "mkdocs.yml": mkdocs_yml(),
        "content/site.yml": fixed.SITE,
        "content/glossary.yml": fixed.GLOSSARY,
        "content/accessibility.yml": fixed.ACCESSIBILITY,
        "content/you-said-we-did.yml": fixed.YOU_SAID,
        "content/pages/about.md": fixed.ABOUT,
        "content/pages/privacy.md": fixed.PRIVACY,
        "timetable/term-dates.yml": fixed.term_dates(venues),
    }
    for venue in venues:
        files[f"content/venues/{venue.id}.yml"] = venue_yaml(rng, venue)
    for service in services:
        files[f"content/services/{service.id}.yml"] = service_yaml(rng, service)
    for venue in venues:
        here = [s for s in sessions if s.venue is venue]
        if here:
            files[f"timetable/sessions/{venue.id}.yml"] = sessions_yaml(venue, here)
    for text in settings:
        setting_id = text.split("\n", 1)[0].removeprefix("id: ")
        files[f"content/childcare/{setting_id}.yml"] = text
    for path, text in files.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return {"venues": len(venues), "services": len(services), "sessions": len(sessions),
            "childcare": len(settings), "files": len(files)}
