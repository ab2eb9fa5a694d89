"""Distance between two places on the map, for "near me" and "wards nearby"."""

from __future__ import annotations

import math


def miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance along the earth's surface (the haversine formula, as ``childcare.js`` uses)."""
    rad = math.pi / 180
    a = (math.sin((lat2 - lat1) * rad / 2) ** 2
         + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin((lon2 - lon1) * rad / 2) ** 2)
    return 3958.8 * 2 * math.asin(math.sqrt(a))
