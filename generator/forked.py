"""Independent pieces of a build made at once, one per processor core.

MkDocs and the generator run on one core, and a machine building the site has at least two. Where a build
has pieces that share nothing but what they read (the pages in each community language), each is made in a
process forked from the build's: it starts with everything the build has worked out so far, nothing is
copied to it, and only what it makes is sent back.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")

# The calls of the `made_at_once` under way; each forked process finds its call here by number, since a
# closure cannot be sent to it, only inherited.
_CALLS: list[Callable[[], object]] = []


def made_at_once(calls: list[Callable[[], T]], forking: bool = True) -> list[T]:
    """Each call's result, in order: made in forked processes, as many at once as the machine has cores,
    when ``forking`` and there are two or more calls on a system that forks; otherwise one after the other,
    here. What each call returns must be picklable; an exception one raises is raised here."""
    cores = os.cpu_count() or 1
    if not forking or len(calls) < 2 or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [call() for call in calls]
    global _CALLS
    _CALLS = list(calls)
    try:
        with ProcessPoolExecutor(max_workers=min(len(calls), cores),
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_call, range(len(calls))))  # type: ignore[arg-type]
    finally:
        _CALLS = []


def _call(number: int) -> object:
    return _CALLS[number]()
