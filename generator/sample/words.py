"""Made-up names and sentences for sample records.

Every list is fixed, and callers pick from it with their own seeded
``random.Random``, so samples are deterministic. No text uses capitalised
abbreviations, so the plain-English check gives no warnings.
"""

from __future__ import annotations

import random
import re

TOWNS = [
    "Ashford", "Barton", "Bramley", "Brookfield", "Castleton", "Chapel End", "Cliffe", "Coldharbour",
    "Denby", "Eastbrook", "Elmstead", "Fairfield", "Fenwick", "Greenhill", "Hadley", "Harwood",
    "Highcliffe", "Holbrook", "Kingsmead", "Langley", "Lowfield", "Marston", "Meadowbank", "Millford",
    "Netherby", "Newbridge", "Northwood", "Oakley", "Oldcastle", "Parkside", "Queensbury", "Redhill",
    "Ridgeway", "Rowan Vale", "Saltmarsh", "Sandford", "Southwick", "Stonebridge", "Thornbury", "Upton",
    "Westcombe", "Whitley", "Willowbrook", "Woodside", "Yarrow",
]
AREAS = ["North", "South", "East", "West", "Central"]
STREETS = [
    "Park Road", "High Street", "Church Lane", "Mill Lane", "Station Road", "Orchard Way", "Green Lane",
    "Victoria Road", "School Lane", "Bridge Street", "Market Place", "Meadow Close", "The Avenue",
    "Chestnut Grove", "Queen Street", "Kings Road", "Brook Street", "Hill View", "Elm Drive", "Riverside Walk",
]
FIRST_NAMES = [
    "Amira", "Beth", "Chloe", "Dawn", "Ewa", "Fatima", "Grace", "Helen", "Irina", "Joanne", "Karen", "Leah",
    "Maria", "Nadia", "Olivia", "Priya", "Rachel", "Sarah", "Tanya", "Uzma", "Vicky", "Wendy", "Yasmin", "Zoe",
    "Adam", "Ben", "Daniel", "Marek", "Tom",
]
INITIALS = "ABCDEFGHJKLMNOPRSTW"
LANGUAGES = ["Polish", "Romanian", "Urdu", "Bengali", "Arabic", "Punjabi", "Portuguese", "Somali", "Lithuanian"]
NURSERY_WORDS = ["Little Acorns", "Sunshine", "Rainbow", "Busy Bees", "Treehouse", "Little Stars", "Ladybirds",
                 "Honeypot", "Butterflies", "Puddle Ducks", "Tiny Steps", "Bluebells", "Owlets", "Woodland"]

SENTENCES = [
    "Our early years staff are there to help and to answer your questions.",
    "You stay with your child the whole time, and grandparents and carers are welcome too.",
    "Bring a drink and a snack for your child; we provide fruit and water.",
    "There is space to park buggies inside the building.",
    "If it is your first time, ask at reception and someone will show you where to go.",
    "Sessions are relaxed and friendly, and nobody minds if your baby cries.",
    "You can come every week or just when it suits you.",
    "We talk about play, sleep, feeding, behaviour and getting ready for nursery.",
    "Our staff can tell you about other groups and services near you.",
    "If you need an interpreter, tell us when you book and we will arrange one.",
    "The room is on the ground floor and has step-free access.",
    "Older brothers and sisters are welcome in the school holidays.",
    "Each week has a theme, such as songs, messy play, stories or being outdoors.",
    "Health visitors drop in on some weeks so you can ask about weight, sleep or development.",
    "We share simple ideas for play and talking that you can try at home.",
    "You do not need to be a parent: anyone who looks after a young child can come.",
    "The group is small, so please book if you can.",
    "We will help you fill in forms and find out what money you can get.",
    "Everything you tell us is kept private unless we are worried about someone's safety.",
    "Dads and partners are very welcome.",
]
SUMMARIES = [
    "{what} for families in and around {town}, with friendly staff and other parents to meet.",
    "A {how} session in {town} where you can get help with {topic}.",
    "Come along in {town} for {topic}, advice and a chance to meet other families.",
    "Help with {topic} from people who know the area, in {town}.",
]


def slug(text: str) -> str:
    """An id from a name: lower case, single dashes, no punctuation."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def paragraphs(rng: random.Random, sentences: int, per_paragraph: int = 3) -> str:
    """Markdown text of about ``sentences`` sentences, in short paragraphs as editors write them."""
    chosen = rng.sample(SENTENCES, min(sentences, len(SENTENCES)))
    groups = [chosen[i:i + per_paragraph] for i in range(0, len(chosen), per_paragraph)]
    return "\n\n".join(_wrap(" ".join(group)) for group in groups)


def _wrap(text: str, width: int = 76) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line])


def phone(rng: random.Random) -> str:
    return f"0300 123 {rng.randrange(1000, 10000)}"


def postcode(rng: random.Random, district: int) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"  # the letters postcodes use in their last part
    return f"EX{district} {rng.randrange(1, 10)}{rng.choice(letters)}{rng.choice(letters)}"
