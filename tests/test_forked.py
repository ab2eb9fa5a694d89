"""Pieces of a build made in forked processes (generator/forked.py) come back whole, in order, and the same
as made one after the other."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest

from generator.build import generate
from generator.forked import made_at_once

from .conftest import EXAMPLE_TODAY


def _pid_and(value: str) -> tuple[int, str]:
    return os.getpid(), value


def test_each_call_is_made_in_a_process_of_its_own_and_comes_back_in_order() -> None:
    made = made_at_once([partial(_pid_and, word) for word in ("ro", "pl", "ur")])
    assert [word for _, word in made] == ["ro", "pl", "ur"]
    assert os.getpid() not in {pid for pid, _ in made}


def test_without_forking_the_calls_are_made_here() -> None:
    made = made_at_once([partial(_pid_and, "ro"), partial(_pid_and, "pl")], forking=False)
    assert made == [(os.getpid(), "ro"), (os.getpid(), "pl")]


def _fails() -> None:
    raise ValueError("no phrase for that")


def test_an_exception_in_a_forked_process_is_raised_here() -> None:
    with pytest.raises(ValueError, match="no phrase for that"):
        made_at_once([partial(_pid_and, "ro"), _fails])


def test_the_example_is_the_same_made_with_its_languages_forked(example_root: Path) -> None:
    one_by_one = generate(example_root, EXAMPLE_TODAY).files
    forked = generate(example_root, EXAMPLE_TODAY, forking=True).files
    assert any(path.startswith("ur/") for path in forked)
    assert forked == one_by_one
