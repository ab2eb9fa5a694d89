"""What's on split by ward: real builds of the example borough with a low one-page limit.

Above ``whats_on_one_page_limit`` sessions, /whats-on/ is an index of wards and each ward has a page
with its own dated sessions and weekly timetable. Nothing is lost or listed twice on the way.
"""

from __future__ import annotations

import math
import posixpath
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from generator.urls import WHATS_ON
from generator.wards import addresses as ward_addresses

from ..conftest import SPLIT_LIMITS, example_project
from .helpers import build

TODAY = date(2026, 11, 18)  # a Wednesday: this week has days behind it and days to come
THIS_SUNDAY = date(2026, 11, 22)
NEXT_SUNDAY = THIS_SUNDAY + timedelta(days=7)


def split_example(destination: Path) -> Path:
    """A copy of the example borough whose timetable (73 sessions) is over its one-page limit (20)."""
    project = example_project(destination)
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + SPLIT_LIMITS, encoding="utf-8")
    return project


def set_ward(project: Path, venue_id: str, ward: str, area: str | None = None) -> None:
    path = project / "content" / "venues" / f"{venue_id}.yml"
    text = re.sub(r"(?m)^ward: .*$", f"ward: {ward}", path.read_text(encoding="utf-8"))
    if area is not None:
        text = re.sub(r"(?m)^area: .*$", f"area: {area}", text)
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory):
    """Files and timetable view of the split example."""
    return build(split_example(tmp_path_factory.mktemp("split") / "project"), TODAY)


def ward_pages(files: dict) -> dict[str, str]:
    """Each ward page's Markdown by its URL (``whats-on/<slug>/``)."""
    return {path.removesuffix("index.md"): text for path, text in files.items()
            if re.fullmatch(r"whats-on/[^/]+/index\.md", path)}


DATED_ITEM = re.compile(r'<li class="wo-item[^>]* data-venue="([^"]+)"[^>]*>\n<p class="wo-when">(?:<s>)?'
                        r'<time datetime="([^"]+)">.*\n<h4 class="wo-title"><a href="\.\./\.\./services/([^/]+)/">')
WEEKLY_ROW_FEED = re.compile(r'href="\.\./\.\./calendars/sessions/([a-z0-9-]+)\.ics" download>Add to your calendar')


def test_the_example_is_one_page_with_the_default_limit(example_root: Path) -> None:
    files, view = build(example_root, TODAY)
    assert not view.split_by_ward
    assert [path for path in files if path.startswith("whats-on/")] == ["whats-on/index.md"]
    page = files["whats-on/index.md"]
    assert 'id="weekly"' in page and 'id="wo-filters"' in page and "Choose where" not in page


def test_every_dated_session_is_on_exactly_one_ward_page_where_it_happens(split) -> None:
    files, view = split
    listed: Counter = Counter()
    for url, page in ward_pages(files).items():
        items = DATED_ITEM.findall(page)
        assert items, url
        for venue, _, _ in items:  # each page lists only what happens at its own venues
            assert view.ward_of_venue[venue].url == url
        listed.update(items)
    occurrences = view.schedule.between(TODAY, NEXT_SUNDAY)
    expected = Counter((o.venue, o.start.isoformat(), o.session.service) for o in occurrences)
    assert len(occurrences) > 40
    assert listed == expected
    assert any(o.status == "cancelled" for o in occurrences) and any(o.status == "changed" for o in occurrences)


def test_every_weekly_session_is_in_exactly_one_ward_timetable(split) -> None:
    files, view = split
    listed = Counter(session_id for page in ward_pages(files).values() for session_id in WEEKLY_ROW_FEED.findall(page))
    current = [s for s in view.site.timetable.sessions if s.valid_to is None or s.valid_to >= TODAY]
    assert len(current) > 20
    assert listed == Counter(s.id for s in current)
    for session in current:  # and in the ward of its venue
        ward_url = view.ward_of_venue[session.venue].url
        assert f"calendars/sessions/{session.id}.ics" in files[ward_url + "index.md"]


def test_the_index_lists_every_ward_with_sessions_and_how_many_go_ahead_this_week(split) -> None:
    files, view = split
    site = view.site
    index = files["whats-on/index.md"]
    ward_link = r'<li><a href="\.\./whats-on/([^"]+)/">([^<]+)</a>: (?:no|\d+) sessions? this week'
    listed = dict(re.findall(ward_link, index))
    wards_with_sessions = {site.venues[s.venue].ward for s in site.timetable.sessions}
    assert len(wards_with_sessions) == 10
    assert sorted(listed.values()) == sorted(wards_with_sessions)
    this_week = [o for o in view.schedule.between(TODAY, THIS_SUNDAY) if o.status != "cancelled"]
    for slug, ward in listed.items():
        count = sum(1 for o in this_week if site.venues[o.venue].ward == ward)
        words = "no sessions" if count == 0 else f"{count} session{'s' if count != 1 else ''}"
        assert f'<a href="../whats-on/{slug}/">{ward}</a>: {words} this week' in index
        assert f"whats-on/{slug}/index.md" in files
    # Wards come under their area's heading, and the areas are listed at the top to jump to.
    assert index.index('<h3 id="area-central-exampleton">Central Exampleton</h3>') < index.index(
        ">Riverside</a>") < index.index('<h3 id="area-north-exampleton">') < index.index(">Northgate</a>")
    jumps = re.findall(r'<a href="#(area-[^"]+)">', index)
    assert len(jumps) == 3 and all(f'<h3 id="{anchor}">' in index for anchor in jumps)
    # The full detail has moved to the ward pages; the index keeps the calendar for everything.
    assert "data-wo-item" not in index and 'id="wo-filters"' not in index
    assert "calendars/all.ics" in index and 'href="../calendars/"' in index
    assert set(ward_pages(files)) == {f"whats-on/{slug}/" for slug in listed}


def test_a_ward_page_has_the_whole_what_s_on_for_its_venues(split) -> None:
    files, view = split
    page = files["whats-on/northgate/index.md"]
    assert "<h1>What's on in Northgate</h1>" in page and "North Exampleton" in page
    for anchor in ("this-week", "next-week", "weekly", "subscribe", "wo-status", "wo-filters"):
        assert f'id="{anchor}"' in page
    for day in range(18, 30):
        assert f'id="day-2026-11-{day:02d}"' in page
    venues = re.findall(r'<option value="([^"]*)">', page.split('id="wo-venue"')[1].split("</select>")[0])
    assert venues == ["", "northgate-family-hub"]
    assert 'href="../../whats-on/"' in page  # back to every ward
    assert "calendars/venues/northgate-family-hub.ics" in page and "calendars/all.ics" not in page
    assert '<script src="../../assets/javascripts/whats-on.js" defer></script>' in page


def _centre(view, ward: str) -> tuple[float, float]:
    points = [(v.coordinates.latitude, v.coordinates.longitude) for v in view.site.venues.values()
              if v.ward == ward and v.id in {s.venue for s in view.site.timetable.sessions}]
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine), independent of the generator's own ranking."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def test_each_ward_page_links_to_the_three_nearest_other_wards(split) -> None:
    files, view = split
    names = {w.name for w in view.whats_on_wards}
    for ward in view.whats_on_wards:
        page = files[ward.url + "index.md"]
        near = re.search(r"<p>Wards near [^:]+: (.*)</p>", page).group(1)
        linked = re.findall(r'<a href="\.\./[^"]+/">([^<]+)</a>', near)
        by_distance = sorted(names - {ward.name}, key=lambda other: _km(_centre(view, ward.name), _centre(view, other)))
        assert linked == by_distance[:3], ward.name


def _links(page_url: str, text: str) -> list[tuple[str, str]]:
    """Site links on a page as (target page URL, fragment), resolved from the page's address."""
    found = []
    for link in re.findall(r'href="([^"]+)"', text):
        if re.match(r"[a-z]+:", link) or link.startswith("#"):
            continue
        path, _, fragment = link.partition("#")
        target = posixpath.normpath(posixpath.join(page_url, path))
        found.append((target + "/" if path.endswith("/") else target, fragment))
    return found


def test_every_link_into_what_s_on_lands_on_a_page_and_anchor_that_exist(split) -> None:
    files, view = split
    pages = {path.removesuffix("index.md"): text for path, text in files.items() if path.endswith("index.md")}
    checked = 0
    for url, text in pages.items():
        for target, fragment in _links(url, text):
            if not target.startswith("whats-on/"):
                continue
            assert target in pages, f"{url} links to {target}"
            assert not fragment or f'id="{fragment}"' in pages[target], f"{url} links to {target}#{fragment}"
            checked += 1
    assert checked > 50
    # A venue's page sends families to its ward's What's on, not to the index of wards.
    venue_page = files["venues/southfield-family-hub/index.md"]
    assert '<a href="../../whats-on/southfield/">everything on in Southfield this week and next</a>' in venue_page


def test_ward_names_that_make_the_same_address_get_distinct_addresses(tmp_path: Path) -> None:
    project = split_example(tmp_path / "project")
    set_ward(project, "riverside-family-hub", "St Mary's")
    set_ward(project, "eastfield-library", "St Marys")
    set_ward(project, "hollybank-community-centre", "Castle")  # Castle is also a ward in Central Exampleton
    files, view = build(project, TODAY)
    pages = ward_pages(files)
    assert len(pages) == 10  # Hollybank ward became a second Castle, in another area: still ten wards
    assert {"whats-on/st-marys/", "whats-on/st-marys-2/", "whats-on/castle/", "whats-on/castle-2/"} <= set(pages)
    assert "<h1>What's on in St Mary&#39;s</h1>" in pages["whats-on/st-marys/"]
    assert "<h1>What's on in St Marys</h1>" in pages["whats-on/st-marys-2/"]
    assert "riverside-family-hub" in pages["whats-on/st-marys/"]
    assert "eastfield-library" in pages["whats-on/st-marys-2/"]
    assert "in Central Exampleton" in pages["whats-on/castle/"] and "in South Exampleton" in pages["whats-on/castle-2/"]
    assert "hollybank-community-centre" in pages["whats-on/castle-2/"]
    assert "hollybank-community-centre" not in pages["whats-on/castle/"]
    index = files["whats-on/index.md"]
    assert '<a href="../whats-on/castle/">Castle</a>' in index and '<a href="../whats-on/castle-2/">Castle</a>' in index


def test_distinct_addresses_do_not_depend_on_the_order_wards_are_found_in() -> None:
    wards = [("Castle", "South"), ("Castle North", "East"), ("Castle", "North"), ("Castle 2", "West"),
             ("St Marys", "West"), ("St Mary's", "West"), ("Abbey", "West")]
    addresses = ward_addresses(wards, WHATS_ON)
    assert addresses == ward_addresses(list(reversed(wards)), WHATS_ON)
    assert len(set(addresses.values())) == len(wards)
    assert addresses == {
        ("Abbey", "West"): "whats-on/abbey/",
        ("Castle", "North"): "whats-on/castle/",  # first in name, then area, order
        ("Castle", "South"): "whats-on/castle-3/",  # "castle-2" is the address of the ward called Castle 2
        ("Castle 2", "West"): "whats-on/castle-2/",
        ("Castle North", "East"): "whats-on/castle-north/",
        ("St Mary's", "West"): "whats-on/st-marys/",
        ("St Marys", "West"): "whats-on/st-marys-2/",
    }


def test_ward_names_are_escaped_and_the_split_pages_are_the_same_on_every_build(tmp_path: Path) -> None:
    project = split_example(tmp_path / "project")
    set_ward(project, "riverside-family-hub", '"Mill & <b>Bridge</b>"', area='"Central <i>Exampleton</i>"')
    first, _ = build(project, TODAY)
    second, _ = build(project, TODAY)
    what_s_on = sorted(path for path in first if path.startswith(("whats-on/", "venues/")))
    assert [path for path in what_s_on if first[path] != second[path]] == []
    page = body(first["whats-on/mill-b-bridge-b/index.md"])
    assert "<h1>What's on in Mill &amp; &lt;b&gt;Bridge&lt;/b&gt;</h1>" in page
    assert "Central &lt;i&gt;Exampleton&lt;/i&gt;" in page and "<b>" not in page and "<i>" not in page
    index = body(first["whats-on/index.md"])
    assert '<a href="../whats-on/mill-b-bridge-b/">Mill &amp; &lt;b&gt;Bridge&lt;/b&gt;</a>' in index
    assert "<b>" not in index


def body(markdown: str) -> str:
    """The page's HTML, without the front matter (title and description are the theme's to escape)."""
    return markdown.split("\n---\n", 1)[1]


def test_a_date_moved_to_a_ward_with_no_sessions_of_its_own_is_listed_there(tmp_path: Path) -> None:
    project = split_example(tmp_path / "project")
    (project / "timetable" / "sessions" / "exampleton-leisure-centre.yml").unlink()  # Castle has nothing regular
    sessions = project / "timetable" / "sessions" / "southfield-family-hub.yml"
    sessions.write_text(sessions.read_text(encoding="utf-8").replace(
        "venue: northgate-family-hub", "venue: exampleton-leisure-centre"), encoding="utf-8")
    files, view = build(project, TODAY)
    castle = files["whats-on/castle/index.md"]
    assert DATED_ITEM.findall(castle) == [
        (o.venue, o.start.isoformat(), o.session.service) for o in view.schedule.between(TODAY, NEXT_SUNDAY)
        if o.venue == "exampleton-leisure-centre"]
    assert "<strong>Changed on this date</strong> (usually 10am to midday at Southfield Family Hub)" in castle
    assert "<p>There are no regular sessions at the moment.</p>" in castle
    # The leisure centre has a calendar of its own now: the date moved there is in it.
    assert 'id="subscribe"' in castle and "calendars/venues/exampleton-leisure-centre.ics" in castle
    assert "weekend-stay-and-play-southfield-saturday" in files["whats-on/southfield/index.md"]  # its weekly row
