"""Where the site is published, and on what terms its open data may be reused.

The site's name and web address live in ``content/site.yml`` (``site_name``,
``site_url``); MkDocs is given them by the plugin, so nobody edits
``mkdocs.yml`` for them. A site written before ``site_url`` existed keeps its
address in ``mkdocs.yml``, which is still used when ``site.yml`` has none; the
check refuses the two when they disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic_core import PydanticCustomError

from .problems import Problem, shown
from .schema.common import _check_plain_name, _check_secure_web_address
from .schema.site_settings import SiteSettings
from .yaml_source import read_yaml

MKDOCS_FILE = "mkdocs.yml"
SETTINGS_FILE = "content/site.yml"
# MkDocs needs a site_name in mkdocs.yml; the plugin replaces it with content/site.yml's.
MKDOCS_NAME_PLACEHOLDER = "set from content/site.yml"


@dataclass(frozen=True)
class Publication:
    """The published site as open data and feeds name it."""

    council: str
    # The site's web address with a final "/", or None when it is not known.
    address: str | None
    licence_name: str
    licence_url: str

    def url(self, path: str) -> str:
        """The address of a page or file of the site (``services/x/``): in full when the site's address is
        known, else from the site's root."""
        return (self.address or "/") + path

    def terms(self) -> dict[str, Any]:
        """The licence the data is reused under, and the words to credit it with: in every open data file."""
        return {
            "licence": {"name": self.licence_name, "url": self.licence_url},
            "attribution": f"Contains information from {self.council}, published under the {self.licence_name}.",
        }


def publication(settings: SiteSettings, fallback_address: str | None) -> Publication:
    """The publication of a site with these settings; ``fallback_address`` is mkdocs.yml's ``site_url``."""
    licence = settings.open_data_licence
    return Publication(settings.council_name, with_final_slash(settings.site_url or fallback_address),
                       licence.name, licence.url)


def with_final_slash(address: str | None) -> str | None:
    if not address:
        return None
    return address if address.endswith("/") else address + "/"


def written_identity(root: Path) -> tuple[str | None, str | None]:
    """The site's name and address as content/site.yml gives them, for MkDocs before the content is checked;
    a value that is missing or would not pass the check is None (the check reports it)."""
    doc, _ = read_yaml(root / SETTINGS_FILE, root) if (root / SETTINGS_FILE).is_file() else (None, [])
    data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
    return _valid(data.get("site_name"), _check_plain_name), _valid(data.get("site_url"), _check_secure_web_address)


def published_address(root: Path) -> str | None:
    """Where the site under ``root`` is published: content/site.yml's ``site_url``, else (a site made before
    that setting) mkdocs.yml's; None when neither says."""
    return with_final_slash(written_identity(root)[1] or mkdocs_setting(root, "site_url")[0])


def _valid(value: object, check: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return check(value)
    except PydanticCustomError:
        return None


def mkdocs_setting(root: Path, key: str) -> tuple[str | None, int]:
    """A top-level setting of the project's mkdocs.yml, and its line (None, 0 when it is not there).

    Read line by line rather than as YAML: mkdocs.yml may hold tags for Python objects that a safe
    YAML reader refuses, and only plain ``key: value`` lines matter here.
    """
    file = root / MKDOCS_FILE
    if not file.is_file() or file.is_symlink():
        return None, 0
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None, 0
    pattern = re.compile(rf"^{re.escape(key)}:[ \t]*(.*?)[ \t]*(?:#.*)?$")
    for number, line in enumerate(text.splitlines(), 1):
        match = pattern.match(line)
        if match:
            value = match.group(1).strip().strip("'\"")
            return (value or None), number
    return None, 0


def identity_problems(settings: SiteSettings, settings_line: Any, root: Path) -> list[Problem]:
    """mkdocs.yml and content/site.yml disagreeing about the site's name or address, and a missing address.

    ``settings_line(field)`` gives the line of a field in content/site.yml.
    """
    problems = []
    mkdocs_url, url_line = mkdocs_setting(root, "site_url")
    if settings.site_url and mkdocs_url and with_final_slash(mkdocs_url) != with_final_slash(settings.site_url):
        problems.append(Problem(SETTINGS_FILE, settings_line("site_url"), f"'site_url' is {settings.site_url}, but "
                                f"{MKDOCS_FILE} (line {url_line}) says {shown(mkdocs_url)}; the address belongs "
                                f"here only: remove site_url from {MKDOCS_FILE}"))
    if not settings.site_url and not mkdocs_url:
        problems.append(Problem(SETTINGS_FILE, 1, "there is no 'site_url': add the web address the site is "
                                "published at, such as https://council.github.io/family-hubs/, so that calendar "
                                "feeds and open data can give full addresses", warning=True))
    mkdocs_name, name_line = mkdocs_setting(root, "site_name")
    if mkdocs_name and mkdocs_name not in (settings.site_name, MKDOCS_NAME_PLACEHOLDER):
        problems.append(Problem(MKDOCS_FILE, name_line, f"site_name here is '{shown(mkdocs_name)}', but it is not "
                                f"used: every page shows '{settings.site_name}' from {SETTINGS_FILE}; write "
                                f"'site_name: {MKDOCS_NAME_PLACEHOLDER}' here so nobody is misled", warning=True))
    return problems
