"""The fixed words editors choose from, with the labels families read.

Keys are what editors write in YAML; values are what the site shows. Order
matters: pages list stages and themes in the order given here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stage:
    key: str
    heading: str  # how a parent would say it: "I'm pregnant"
    short: str  # a compact label for filters and tags


STAGES: tuple[Stage, ...] = (
    Stage("pregnancy", "I'm pregnant", "Pregnancy"),
    Stage("newborn", "My baby is new (up to 8 weeks)", "Newborn"),
    Stage("0-1", "My baby is under 1", "Under 1"),
    Stage("1-2", "My child is 1 to 2", "1 to 2 years"),
    Stage("2-5", "My child is 2 to 5", "2 to 5 years"),
    Stage("older", "My child is 5 or older", "5 and over"),
)
STAGE_BY_KEY = {s.key: s for s in STAGES}

# The first four are the funded Start for Life strands.
THEMES: dict[str, str] = {
    "parenting": "Parenting",
    "perinatal-mental-health": "Parent-infant relationships and perinatal mental health",
    "early-language": "Early language and home learning",
    "infant-feeding": "Infant feeding",
    "send": "Special educational needs and disabilities (SEND)",
    "health-reviews": "Health and development reviews",
    "money-and-childcare": "Money and childcare",
    "health-and-wellbeing": "Health and wellbeing",
    "family-help": "Family help and advice",
}

LEVELS: dict[str, str] = {
    "universal": "For every family",
    "universal-plus": "Extra support (Universal+)",
}

ACCESS_WAYS: dict[str, str] = {
    "drop-in": "Just drop in",
    "book": "Book a place",
    "self-refer": "Refer yourself",
    "professional-referral": "Ask a professional to refer you",
    "we-contact-you": "We will contact you",
}

VENUE_KINDS: dict[str, str] = {
    "main-hub": "Main family hub",
    "spoke": "Family hub spoke",
    "outreach": "Outreach venue",
    "community": "Community venue",
}

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

FACILITIES: dict[str, str] = {
    "step_free_access": "Step-free access",
    "accessible_toilet": "Accessible toilet",
    "baby_change": "Baby changing",
    "feeding_space": "Quiet space to feed your baby",
}
