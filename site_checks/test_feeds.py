"""Every calendar feed, read back by the independent ``ical`` parser, holds what the open data says."""

from __future__ import annotations

from pathlib import Path

from .feeds import feed_problems


def test_every_feed_reads_back_as_the_open_data_says(site: Path) -> None:
    problems, counts = feed_problems(site)
    print(f"{counts['feeds']} feeds, {counts['events']} events, {counts['sessions']} sessions")
    assert problems == []
