"""Where to write to the council, on one line, with its name once."""

from __future__ import annotations

from generator.sentences import postal_address


def test_a_council_s_address_that_starts_with_its_name_names_it_once() -> None:
    lines = ["Example Borough Council", "Civic Centre, Market Street", "Exampleton EX1 1AA"]
    assert postal_address("Example Borough Council", lines) == \
        "Example Borough Council, Civic Centre, Market Street, Exampleton EX1 1AA"
    assert postal_address("Example Borough Council", [" example borough council ", "Exampleton"]) == \
        "Example Borough Council, Exampleton"


def test_an_address_without_the_name_has_it_put_first() -> None:
    assert postal_address("Northshire Council", ["County Hall", "Northtown NT1 1AA"]) == \
        "Northshire Council, County Hall, Northtown NT1 1AA"
