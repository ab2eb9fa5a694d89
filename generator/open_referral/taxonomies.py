"""The site's fixed words as Open Referral taxonomies: the feed labels services with them and the importer
reads them back.

A service's stages and themes, its level of support and the ways to get it are terms of four taxonomies.
Each term's ``term`` is the key editors write in YAML (``pregnancy``, ``drop-in``); its ``name`` is the
label families read on the site.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import ACCESS_WAYS, LEVELS, STAGES, THEMES


@dataclass(frozen=True)
class Taxonomy:
    key: str  # the service field it stands for: stages, themes, level or ways
    name: str  # the taxonomy's name in the feed, which the importer recognises
    description: str
    terms: dict[str, str]  # key -> label


TAXONOMIES: tuple[Taxonomy, ...] = (
    Taxonomy("stages", "Family hub offer: stages",
             "The stage of a family's life a service is for, from pregnancy to school age.",
             {stage.key: stage.short for stage in STAGES}),
    Taxonomy("themes", "Family hub offer: themes",
             "What a service helps with, in the themes of the family hub and Start for Life programme.",
             dict(THEMES)),
    Taxonomy("level", "Family hub offer: level of support",
             "Whether a service is for every family or gives extra support.", dict(LEVELS)),
    Taxonomy("ways", "Family hub offer: how to get it",
             "How a family gets a service: dropping in, booking, referring themselves or being referred.",
             dict(ACCESS_WAYS)),
)
TAXONOMY_BY_NAME = {taxonomy.name: taxonomy for taxonomy in TAXONOMIES}

# A venue's facilities as the feed's accessibility entries: the importer recognises these descriptions.
FACILITY_WORDS: dict[str, str] = {
    "step_free_access": "Step-free access",
    "accessible_toilet": "Accessible toilet",
    "baby_change": "Baby changing",
    "feeding_space": "Quiet space to feed your baby",
}
PARKING_PREFIX = "Parking: "
BUS_ROUTES_PREFIX = "Buses: "
# What a session says of itself that its service does not, as the sentences of its schedules' notes
# ("Ages: 0 to 12 months."), by field.
SESSION_NOTE_LABELS: dict[str, str] = {"ages": "Ages", "language": "Held in", "cost": "Cost",
                                       "how_to_book": "How to book", "notes": "Notes"}
# A service's "who it is for" ends its description in the feed, as a paragraph starting with these words
# (Open Referral UK has no eligibility field).
WHO_IT_IS_FOR_PREFIX = "Who it is for: "
