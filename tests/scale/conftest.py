"""The synthetic samples borrow their terms and bank holidays from the repository's
``timetable/term-dates.yml`` (``generator/sample/fixed.py``), which is the council's: here they borrow the
frozen example's, so the samples are the same whatever the council's timetable holds."""

from __future__ import annotations

import pytest

from generator.sample import fixed

from ..conftest import EXAMPLE


@pytest.fixture(autouse=True)
def example_term_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    term_dates = fixed.term_dates

    def from_the_example(venues: list) -> str:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(fixed, "REPO", EXAMPLE)  # only for the term dates: the theme is still the tool's
            return term_dates(venues)

    monkeypatch.setattr(fixed, "term_dates", from_the_example)
