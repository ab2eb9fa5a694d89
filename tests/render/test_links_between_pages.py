"""Relative links between pages go up to the site's root and down again, and lead to the page they name."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.markup import href

from ..conftest import followed

SEGMENT = st.sampled_from(["services", "venues", "whats-on", "castle", "baby-massage", "calendars", "a", "b"])
PAGE = st.lists(SEGMENT, max_size=3).map(lambda parts: "".join(part + "/" for part in parts))
FILE = st.builds(lambda folder, name: folder + name, PAGE, st.sampled_from(["all.ics", "x.js", "data.json"]))


@given(PAGE, st.one_of(PAGE, FILE, PAGE.map(lambda url: url + "#day-2026-11-23")))
def test_links_lead_to_the_page_they_name(from_url: str, to_url: str) -> None:
    link = href(from_url, to_url)
    assert followed(from_url, link) == to_url
    assert not link.startswith("/")  # relative, so the site works under a sub-path


@given(st.lists(SEGMENT, min_size=1, max_size=3), st.lists(SEGMENT, min_size=1, max_size=3), PAGE)
def test_pages_as_deep_link_to_a_page_the_same_way(first: list[str], second: list[str], to_url: str) -> None:
    same_depth = second[: len(first)] + first[len(second):]
    assert href("/".join(first) + "/", to_url) == href("/".join(same_depth) + "/", to_url)


def test_known_links() -> None:
    assert href("services/baby-massage/", "venues/castle/") == "../../venues/castle/"
    assert href("services/baby-massage/", "services/baby-massage/") == "../../services/baby-massage/"
    assert href("", "whats-on/") == "whats-on/"
    assert href("", "") == "./"
    assert href("whats-on/castle/", "whats-on/") == "../../whats-on/"
    assert href("whats-on/", "whats-on/#this-week") == "../whats-on/#this-week"
    assert href("services/", "calendars/all.ics") == "../calendars/all.ics"
    assert href("404.html", "services/") == "services/"
