"""The fixed words editors choose from, with the labels families read.

Keys are what editors write in YAML; values are what the site shows. Order
matters: pages list stages and themes in the order given here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .translation import N_


@dataclass(frozen=True)
class Stage:
    key: str
    heading: str  # how a parent would say it: "I'm pregnant"
    short: str  # a compact label for filters and tags


STAGES: tuple[Stage, ...] = (
    Stage("pregnancy", N_("I'm pregnant"), N_("Pregnancy")),
    Stage("newborn", N_("My baby is new (up to 8 weeks)"), N_("Newborn")),
    Stage("0-1", N_("My baby is under 1"), N_("Under 1")),
    Stage("1-2", N_("My child is 1 to 2"), N_("1 to 2 years")),
    Stage("2-5", N_("My child is 2 to 5"), N_("2 to 5 years")),
    Stage("older", N_("My child is 5 or older"), N_("5 and over")),
)
STAGE_BY_KEY = {s.key: s for s in STAGES}

# The first four are the funded Start for Life strands.
THEMES: dict[str, str] = {
    "parenting": N_("Parenting"),
    "perinatal-mental-health": N_("Parent-infant relationships and perinatal mental health"),
    "early-language": N_("Early language and home learning"),
    "infant-feeding": N_("Infant feeding"),
    "send": N_("Special educational needs and disabilities (SEND)"),
    "health-reviews": N_("Health and development reviews"),
    "money-and-childcare": N_("Money and childcare"),
    "health-and-wellbeing": N_("Health and wellbeing"),
    "family-help": N_("Family help and advice"),
}

LEVELS: dict[str, str] = {
    "universal": N_("For every family"),
    "universal-plus": N_("Extra support (Universal+)"),
}

ACCESS_WAYS: dict[str, str] = {
    "drop-in": N_("Just drop in"),
    "book": N_("Book a place"),
    "self-refer": N_("Refer yourself"),
    "professional-referral": N_("Ask a professional to refer you"),
    "we-contact-you": N_("We will contact you"),
}

VENUE_KINDS: dict[str, str] = {
    "main-hub": N_("Main family hub"),
    "spoke": N_("Family hub spoke"),
    "outreach": N_("Outreach venue"),
    "community": N_("Community venue"),
}

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

FACILITIES: dict[str, str] = {
    "step_free_access": N_("Step-free access"),
    "accessible_toilet": N_("Accessible toilet"),
    "baby_change": N_("Baby changing"),
    "feeding_space": N_("Quiet space to feed your baby"),
}
