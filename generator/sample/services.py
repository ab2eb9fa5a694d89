"""Services: the kinds a council runs, repeated across the towns of a sample."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import words
from .places import Town
from .yamltext import block_text, flow_list, scalar


@dataclass(frozen=True)
class Kind:
    """One kind of service, as the example borough runs it."""

    name: str
    stages: tuple[str, ...]
    themes: tuple[str, ...]
    level: str
    ways: tuple[str, ...]
    topic: str
    minutes: int  # how long a session lasts; 0 for services with no timetable


KINDS = [
    Kind("Stay and play", ("0-1", "1-2", "2-5"), ("early-language", "parenting"),
         "universal", ("drop-in",), "play and talking", 90),
    Kind("Baby and me", ("newborn", "0-1"), ("parenting", "perinatal-mental-health"),
         "universal", ("drop-in",), "life with a new baby", 60),
    Kind("Baby massage", ("newborn", "0-1"), ("perinatal-mental-health", "parenting"),
         "universal", ("book",), "soothing and bonding with your baby", 60),
    Kind("Rhyme time", ("0-1", "1-2"), ("early-language",), "universal", ("drop-in",), "songs and rhymes", 60),
    Kind("Baby clinic", ("newborn", "0-1", "1-2"), ("health-reviews", "infant-feeding"),
         "universal", ("drop-in",), "weighing and health questions", 120),
    Kind("Infant feeding group", ("pregnancy", "newborn", "0-1"), ("infant-feeding",),
         "universal", ("drop-in",), "breastfeeding and bottle feeding", 90),
    Kind("Antenatal classes", ("pregnancy",), ("parenting", "health-and-wellbeing"),
         "universal", ("book",), "getting ready for birth", 120),
    Kind("Messy play", ("1-2", "2-5"), ("early-language",),
         "universal", ("drop-in",), "play with paint, sand and water", 60),
    Kind("Sensory play", ("0-1", "1-2", "2-5"), ("send", "early-language"),
         "universal", ("drop-in",), "play with lights, sounds and textures", 60),
    Kind("Speech and language drop-in", ("1-2", "2-5"), ("early-language", "send"),
         "universal", ("drop-in",), "talking and understanding", 90),
    Kind("Parenting group", ("1-2", "2-5", "older"), ("parenting",),
         "universal", ("book",), "behaviour, routines and feelings", 120),
    Kind("Dads' group", ("0-1", "1-2", "2-5"), ("parenting",), "universal", ("drop-in",), "time with your child", 120),
    Kind("Young parents group", ("pregnancy", "0-1", "1-2"), ("parenting", "health-and-wellbeing"),
         "universal-plus", ("self-refer", "book"), "being a young parent", 120),
    Kind("Money advice drop-in", ("pregnancy", "0-1", "1-2", "2-5", "older"), ("money-and-childcare",),
         "universal", ("drop-in",), "money, benefits and debt", 180),
    Kind("Childcare costs advice", ("0-1", "1-2", "2-5"), ("money-and-childcare",),
         "universal", ("drop-in",), "paying for childcare", 90),
    Kind("Wellbeing cafe", ("pregnancy", "newborn", "0-1", "1-2"), ("perinatal-mental-health", "health-and-wellbeing"),
         "universal", ("drop-in",), "how you are feeling", 90),
    Kind("Story time", ("1-2", "2-5"), ("early-language",), "universal", ("drop-in",), "books and stories", 60),
    Kind("Cook and eat", ("1-2", "2-5", "older"), ("health-and-wellbeing",),
         "universal", ("book",), "cheap healthy meals", 120),
    Kind("Toddler music", ("1-2", "2-5"), ("early-language",), "universal", ("drop-in",), "music and movement", 60),
    Kind("Weaning workshop", ("0-1",), ("infant-feeding",), "universal", ("book",), "starting solid foods", 90),
    Kind("Family learning", ("2-5", "older"), ("early-language",),
         "universal", ("book",), "learning together at home", 120),
    Kind("Special needs play group", ("0-1", "1-2", "2-5"), ("send",),
         "universal-plus", ("self-refer", "professional-referral"), "play for children with additional needs", 90),
    Kind("Stop smoking support", ("pregnancy", "newborn"), ("health-and-wellbeing",),
         "universal", ("self-refer",), "stopping smoking", 60),
    Kind("Outdoor play", ("1-2", "2-5"), ("health-and-wellbeing", "early-language"),
         "universal", ("drop-in",), "play outdoors in all weathers", 90),
    # Services without a timetable: appointments, visits and referrals.
    Kind("Health visiting", ("pregnancy", "newborn", "0-1", "1-2", "2-5"), ("health-reviews",),
         "universal", ("we-contact-you",), "your child's health and development", 0),
    Kind("Family support", ("0-1", "1-2", "2-5", "older"), ("family-help",),
         "universal-plus", ("self-refer", "professional-referral"), "hard times at home", 0),
    Kind("Perinatal mental health support", ("pregnancy", "newborn", "0-1"), ("perinatal-mental-health",),
         "universal-plus", ("professional-referral",), "how you are feeling", 0),
    Kind("Two year review", ("1-2", "2-5"), ("health-reviews",),
         "universal", ("we-contact-you",), "how your child is growing", 0),
    Kind("Domestic abuse support", ("pregnancy", "0-1", "1-2", "2-5", "older"), ("family-help",),
         "universal-plus", ("self-refer", "professional-referral"), "staying safe", 0),
    Kind("Portage home visits", ("0-1", "1-2", "2-5"), ("send",),
         "universal-plus", ("professional-referral",), "learning at home for children with additional needs", 0),
]


@dataclass
class Service:
    id: str
    name: str
    kind: Kind
    town: Town
    venues: list[str] = field(default_factory=list)


def make_services(towns: list[Town], count: int) -> list[Service]:
    """``count`` services, spread over the towns; each town gets a different run of kinds."""
    services = []
    for i in range(count):
        town = towns[i % len(towns)]
        # Offset by the town so every kind appears somewhere even at small scales.
        kind = KINDS[(i // len(towns) + towns.index(town)) % len(KINDS)]
        name = f"{kind.name} in {town.name}"
        services.append(Service(words.slug(name), name, kind, town))
    return services


def service_yaml(rng: random.Random, service: Service) -> str:
    kind = service.kind
    summary = rng.choice(words.SUMMARIES).format(what=kind.name, town=service.town.name, topic=kind.topic,
                                                 how="friendly" if "drop-in" in kind.ways else "booked")
    languages = ["English"] + ([rng.choice(words.LANGUAGES)] if rng.random() < 0.2 else [])
    cost = "Free" if rng.random() < 0.8 else "£2 a session, free if you get Universal Credit"
    lines = [
        f"id: {service.id}",
        f"name: {scalar(service.name)}",
        f"summary: {scalar(summary)}",
        f"description: {block_text(words.paragraphs(rng, rng.randint(4, 9)), 2)}",
        f"stages: {flow_list(list(kind.stages))}",
        f"themes: {flow_list(list(kind.themes))}",
        f"level: {kind.level}",
        f"who_it_is_for: {scalar('Parents and carers in and around ' + service.town.name + '.')}",
        f"for_dads_and_partners: {scalar(rng.random() < 0.6)}",
        "how_to_access:",
        f"  ways: {flow_list(list(kind.ways))}",
        f"  details: {scalar(_access_details(kind))}",
        f"  phone: {words.phone(rng)}",
        f"cost: {scalar(cost)}",
        f"provider: {scalar('Exampleshire Family Hubs' if rng.random() < 0.8 else 'Exampleshire Community Health')}",
        f"languages: {flow_list(languages)}",
    ]
    if service.venues:
        lines.append(f"venues: {flow_list(service.venues)}")
    else:
        lines.append(f"also_available: {scalar(rng.choice(['At home', 'Online', 'At home or by phone']))}")
    lines += [
        f"last_reviewed: 2026-{rng.randint(6, 11):02d}-{rng.randint(1, 15):02d}",
        f"owner: {scalar(rng.choice(['Family hubs team', 'Early years team', 'Health visiting team']))}",
    ]
    return "\n".join(lines) + "\n"


def _access_details(kind: Kind) -> str:
    if "drop-in" in kind.ways:
        return "No need to book. Come for as long as you like."
    if "book" in kind.ways:
        return "Book a place by phone or at reception."
    if "we-contact-you" in kind.ways:
        return "We get in touch with you when it is time."
    return "Ask any family hub, your health visitor or your midwife."
