"""One search index per language, so a reader of one language never downloads another's.

Material's search plugin writes one index of every page, ``search/search_index.json``, which the search
box fetches from the folder its page's ``__config`` calls the site's base. After the build, the pages in each
community language move out of it into their own, ``<code>/search/search_index.json``, with their addresses
from that folder; each page in a language names its folder as its base (``with_language_base``), so its
search box fetches that index and its results link inside it.

Each index says how to cut its words into terms (``lang``): a language's own rules where Material has them
(Romanian), Arabic's for other languages written in Arabic script (Urdu), and otherwise English's, which for
Polish only trims word endings the same way in the index and in what the reader types.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

from babel.core import get_global

from .languages import ENGLISH

INDEX = "search/search_index.json"
# Material's word rules for search, one script per language: lunr.<code>.min.js.
_RULES = files("material") / "templates" / "assets" / "javascripts" / "lunr" / "min"
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)


def split_index(index: str, codes: list[str]) -> dict[str, str]:
    """The files that replace Material's ``index``: the English pages' at ``INDEX``, and each language's
    pages at ``<code>/INDEX``, their locations made relative to the language's folder."""
    whole: dict[str, Any] = json.loads(index)
    docs: list[dict[str, Any]] = whole["docs"]
    by_language: dict[str, list[dict[str, Any]]] = {code: [] for code in [ENGLISH, *codes]}
    for doc in docs:
        code = doc["location"].split("/", 1)[0]
        if code in codes:
            by_language[code].append({**doc, "location": doc["location"][len(code) + 1:]})
        else:
            by_language[ENGLISH].append(doc)
    written = {}
    for code, found in by_language.items():
        config = whole["config"] if code == ENGLISH else {**whole["config"], "lang": [word_rules(code)]}
        path = INDEX if code == ENGLISH else f"{code}/{INDEX}"
        written[path] = json.dumps({"config": config, "docs": found}, ensure_ascii=False, separators=(",", ":"))
    return written


def word_rules(code: str) -> str:
    """Which of Material's languages' word rules suit ``code`` (see the module's note)."""
    if (_RULES / f"lunr.{code}.min.js").is_file():
        return code
    script = get_global("likely_subtags").get(code, "").split("_")
    return "ar" if "Arab" in script else ENGLISH


def with_language_base(page: str, code: str) -> str:
    """``page`` (HTML from the theme) with its search looking in its language's folder: ``base`` in
    Material's ``__config`` goes one folder down, to ``<code>/``."""

    def moved(match: re.Match[str]) -> str:
        config = json.loads(match.group(2))
        config["base"] = config["base"].rstrip("/") + "/" + code + "/"
        return match.group(1) + json.dumps(config).replace("</", "<\\/") + match.group(3)

    return _CONFIG.sub(moved, page, count=1)
