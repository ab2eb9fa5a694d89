"""Childcare settings: a realistic mix of childminders, nurseries, pre-schools and clubs."""

from __future__ import annotations

import random

from . import words
from .places import DAYS, Town
from .yamltext import flow_list, scalar

# (type, share of settings): childminders are the most common setting in England.
TYPES = [("childminder", 0.40), ("day-nursery", 0.25), ("pre-school", 0.15), ("school-nursery", 0.12),
         ("nursery-school", 0.03), ("out-of-school-club", 0.05)]


def _pick_type(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for kind, share in TYPES:
        total += share
        if roll < total:
            return kind
    return TYPES[-1][0]


def _money(rng: random.Random, low: float, high: float) -> str:
    return f"{rng.uniform(low, high):.2f}"


def make_childcare(rng: random.Random, towns: list[Town], count: int) -> list[str]:
    """The YAML text of ``count`` settings, with unique ids and Ofsted references."""
    texts, used = [], set()
    for i in range(count):
        town = towns[i % len(towns)]
        kind = _pick_type(rng)
        name = _name(rng, kind, town)
        setting_id, n = words.slug(name), 2
        while setting_id in used:
            setting_id, n = f"{words.slug(name)}-{n}", n + 1
        used.add(setting_id)
        texts.append(setting_yaml(rng, setting_id, name, kind, town, 500000 + i))
    return texts


def _name(rng: random.Random, kind: str, town: Town) -> str:
    if kind == "childminder":
        return f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.INITIALS)} (childminder)"
    if kind == "day-nursery":
        return f"{rng.choice(words.NURSERY_WORDS)} Nursery, {town.name}"
    if kind == "pre-school":
        return f"{town.name} {rng.choice(['Pre-school', 'Playgroup'])}"
    if kind == "school-nursery":
        return f"{town.name} {rng.choice(['Primary', 'Infant', 'Church of England Primary'])} School Nursery"
    if kind == "nursery-school":
        return f"{town.name} Nursery School"
    return f"{town.name} {rng.choice(['Kids Club', 'Breakfast and After School Club', 'Holiday Club'])}"


def setting_yaml(rng: random.Random, setting_id: str, name: str, kind: str, town: Town, number: int) -> str:
    ages, hours, weeks, term_time, funded, fees = _offer(rng, kind)
    outcome = rng.choices(["outstanding", "good", "requires-improvement", "not-yet-inspected"], [15, 70, 10, 5])[0]
    reference = f"EY{number}" if kind != "school-nursery" else str(number + 100000)
    lines = [
        f"id: {setting_id}",
        f"name: {scalar(name)}",
        f"type: {kind}",
        f"summary: {scalar('A ' + kind.replace('-', ' ') + ' in ' + town.name + '.')}",
        "ofsted:",
        f"  reference: {reference}",
        f"  outcome: {outcome}",
    ]
    if outcome != "not-yet-inspected":
        lines.append(f"  inspected: {rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        lines.append(f"  report: https://reports.ofsted.gov.uk/provider/16/{reference}")
    lines += [
        "address:",
        f"  - {rng.randint(1, 200)} {rng.choice(words.STREETS)}",
        f"  - {scalar(town.name + ', Exampleshire')}",
        f"postcode: {words.postcode(rng, town.district)}",
        f"ward: {scalar(town.name)}",
        f"area: {scalar(town.area)}",
        "coordinates:",
        f"  latitude: {town.latitude + rng.uniform(-0.02, 0.02):.4f}",
        f"  longitude: {town.longitude + rng.uniform(-0.02, 0.02):.4f}",
        "ages:",
        f"  from_months: {ages[0]}",
        f"  to_months: {ages[1]}",
        "opening_hours:",
    ] + [f"  {day}: {hours}" for day in DAYS[:5]] + [
        f"weeks_open: {weeks}",
        f"term_time_only: {scalar(term_time)}",
        "funded_hours:",
    ] + [f"  {key}: {scalar(value)}" for key, value in funded.items()] + fees
    if kind in ("day-nursery", "school-nursery") or rng.random() < 0.3:
        lines += ["additional_charges:", "  - name: Meals and snacks", f"    price: {_money(rng, 2, 6)}",
                  "    per: day", f"    optional: {scalar(kind == 'childminder')}"]
    if rng.random() < 0.6:
        lines += ["vacancies:", f"  as_of: 2026-11-{rng.randint(1, 15):02d}", f"  places: {scalar(rng.random() < 0.5)}"]
    send = rng.random() < 0.4
    lines.append(f"send_support: {scalar(send)}")
    if send:
        lines.append("send_details: We plan support with you and your child's health visitor.")
    lines += [
        f"languages: {flow_list(['English'] + ([rng.choice(words.LANGUAGES)] if rng.random() < 0.25 else []))}",
        "contact:",
        f"  phone: {words.phone(rng)}",
        f"  email: hello@{setting_id[:30].rstrip('-')}.example",
        f"last_reviewed: 2026-{rng.randint(8, 11):02d}-{rng.randint(1, 15):02d}",
        "owner: Early years team",
    ]
    return "\n".join(lines) + "\n"


def _offer(rng: random.Random, kind: str):
    """Ages, opening hours, weeks, term-time, funded hours and fee lines for one kind of setting."""
    all_funded = {"three_and_four_year_olds": True, "working_families": True, "two_year_olds": True,
                  "stretched": rng.random() < 0.5}
    if kind == "childminder":
        fees = ["fees:", "  - from_months: 3", "    to_months: 59", f"    per_hour: {_money(rng, 5, 8)}",
                "    per_day:", f"      price: {_money(rng, 45, 65)}", "      times: 08:00 to 17:00"]
        funded = dict(all_funded, two_year_olds=rng.random() < 0.5)
        return (3, 59), "08:00 to 17:30", rng.randint(44, 50), False, funded, fees
    if kind == "day-nursery":
        fees = ["fees:", "  - from_months: 3", "    to_months: 23", f"    per_hour: {_money(rng, 7, 10)}",
                "    sessions:", "      - name: Morning", "        times: 07:30 to 13:00",
                f"        price: {_money(rng, 38, 50)}", "    per_day:", f"      price: {_money(rng, 65, 90)}",
                "      times: 07:30 to 18:00", "  - from_months: 24", "    to_months: 59",
                f"    per_hour: {_money(rng, 6.5, 9)}"]
        return (3, 59), "07:30 to 18:00", 51, False, all_funded, fees
    if kind == "pre-school":
        fees = ["fees:", "  - from_months: 24", "    to_months: 59", "    sessions:", "      - name: Morning",
                "        times: 09:00 to 12:00", f"        price: {_money(rng, 15, 22)}"]
        return (24, 59), "09:00 to 15:00", 38, True, dict(all_funded, stretched=False), fees
    if kind == "school-nursery":
        fees = ["fees:", "  - from_months: 36", "    to_months: 59", "    sessions:", "      - name: Afternoon",
                "        times: 12:15 to 15:15", f"        price: {_money(rng, 12, 16)}"]
        funded = dict(all_funded, two_year_olds=False, stretched=False)
        return (36, 59), "08:45 to 15:15", 38, True, funded, fees
    if kind == "nursery-school":
        funded = dict(all_funded, stretched=False)
        return (24, 59), "08:30 to 15:30", 38, True, funded, ["fees_note: Funded hours only; there are no fees."]
    fees = ["fees:", "  - from_months: 48", "    to_months: 143", "    sessions:", "      - name: Breakfast club",
            "        times: 07:30 to 08:45", f"        price: {_money(rng, 4, 7)}", "      - name: After school",
            "        times: 15:15 to 18:00", f"        price: {_money(rng, 10, 15)}"]
    funded = {"three_and_four_year_olds": False, "working_families": False, "two_year_olds": False,
              "stretched": False}
    return (48, 143), "07:30 to 18:00", 50, False, funded, fees
