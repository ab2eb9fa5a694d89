"""The named sizes a sample can be built at.

``borough`` is about the size of the example content; ``county`` is the
largest council the project aims to serve (issue 7); ``county-half`` is half
of each count, to see how the build time grows when the data doubles.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    venues: int
    services: int
    sessions: int
    childcare: int
    seed: int


SCALES: dict[str, Scale] = {
    scale.name: scale
    for scale in (
        Scale("borough", venues=10, services=56, sessions=73, childcare=35, seed=7),
        Scale("county-half", venues=50, services=300, sessions=2000, childcare=1250, seed=7),
        Scale("county", venues=100, services=600, sessions=4000, childcare=2500, seed=7),
    )
}
