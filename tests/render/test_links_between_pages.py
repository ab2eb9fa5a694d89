"""Relative links between pages: the fast path gives what ``posixpath.relpath`` gives."""

from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from generator.markup import href

SEGMENT = st.sampled_from(["services", "venues", "whats-on", "castle", "baby-massage", "calendars", "a", "b"])
PAGE = st.lists(SEGMENT, max_size=3).map(lambda parts: "".join(part + "/" for part in parts))
FILE = st.builds(lambda folder, name: folder + name, PAGE, st.sampled_from(["all.ics", "x.js", "data.json"]))


def expected(from_url: str, to_url: str) -> str:
    """The definition: ``relpath`` against the linking page's folder."""
    from_dir = posixpath.dirname(from_url) if not from_url.endswith("/") else from_url.rstrip("/")
    target, _, anchor = to_url.partition("#")
    path = posixpath.relpath(target or ".", from_dir or ".")
    if (to_url.endswith("/") or to_url == "") and not path.endswith("/"):
        path += "/"
    return path + ("#" + anchor if "#" in to_url else "")


@given(PAGE, st.one_of(PAGE, FILE, PAGE.map(lambda url: url + "#day-2026-11-23")))
def test_links_match_relpath(from_url: str, to_url: str) -> None:
    assert href(from_url, to_url) == expected(from_url, to_url)


def test_known_links() -> None:
    assert href("services/baby-massage/", "venues/castle/") == "../../venues/castle/"
    assert href("", "whats-on/") == "whats-on/"
    assert href("whats-on/castle/", "whats-on/") == "../"
    assert href("whats-on/", "whats-on/#this-week") == ".#this-week"
    assert href("services/", "calendars/all.ics") == "../calendars/all.ics"
