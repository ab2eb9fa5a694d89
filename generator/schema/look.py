"""The council's look in content/site.yml: its logo and its brand colour.

The colour is read strictly (``#`` and six hex digits, nothing else), so no CSS
can ride in on it, and refused when text on it, or it as text, would fall below
4.5:1 anywhere the stylesheet uses it (``generator.colours``). The logo's file
is checked against the disk by ``generator.logo``.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from ..colours import HEX_PATTERN, contrast_problem, normalised
from .common import Name, PlainName, Record


def _read_colour(value: object) -> object:
    if value is None:
        # `brand_colour: #3b2a6b` without quotation marks: YAML reads everything after # as a comment.
        raise PydanticCustomError("colour_missing", "no colour", {"value": ""})
    if isinstance(value, str):
        if not re.fullmatch(HEX_PATTERN, value.strip()):
            raise PydanticCustomError("hex_colour", "not a hex colour", {"value": value})
        return normalised(value)
    return value


def _check_contrast(value: str) -> str:
    problem = contrast_problem(value)
    if problem:
        shortfalls, shade = problem
        raise PydanticCustomError("brand_colour_contrast", "too little contrast",
                                  {"value": value, "shortfalls": shortfalls, "shade": shade})
    return value


BrandColour = Annotated[
    str,
    BeforeValidator(_read_colour),
    AfterValidator(_check_contrast),
    Field(json_schema_extra={"pattern": r"^\s*#?[0-9A-Fa-f]{6}\s*$", "examples": ["#3b2a6b"]}),
]


class Logo(Record):
    # The name of a file in content/logo/ (SVG, PNG or JPEG); generator.logo checks the file itself.
    file: Name
    # What the logo says, for people who cannot see it; read out on every page, so plain text only.
    alt: PlainName
