"""Site settings: who runs the offer and how families reach them (content/site.yml)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from ..colours import DEFAULT_BRAND
from .common import (
    Contact,
    Name,
    PlainName,
    Record,
    SecureWebAddress,
    Text,
    WholeNumber,
    YesNo,
    _check_email,
    _check_secure_web_address,
)
from .look import BrandColour, Logo
from .translation import LanguageCode, SiteTranslation


def _check_feedback(value: str) -> str:
    """An https address (of a web form), an email address, or an email address written as ``mailto:``.

    An email address is kept without ``mailto:``, so the theme's link never says it twice.
    """
    value = value.strip()
    try:
        if value.startswith("https://"):
            return _check_secure_web_address(value)
        return _check_email(value.removeprefix("mailto:"))
    except PydanticCustomError:
        raise PydanticCustomError("feedback_address", "not a web or email address", {"value": value}) from None


class Licence(Record):
    """The licence the open data is published under: its name and where to read it."""

    name: Name
    url: SecureWebAddress


OPEN_GOVERNMENT_LICENCE = Licence(
    name="Open Government Licence v3.0",
    url="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
)


class CouncilContact(Contact):
    website: SecureWebAddress | None = None
    address: list[PlainName] | None = None


class SiteSettings(Record):
    # Shown on every page, so plain text only (letters, numbers and everyday punctuation).
    council_name: PlainName
    site_name: PlainName
    # The address the site is published at, such as https://council.github.io/family-hubs/.
    site_url: SecureWebAddress | None = None
    main_website: SecureWebAddress | None = None
    # Where feedback goes; every page links to it (the check warns while there is none).
    feedback: Annotated[str, AfterValidator(_check_feedback)] | None = None
    contact: CouncilContact = CouncilContact()
    welcome: Text | None = None
    example_data: YesNo = False
    open_data_licence: Licence = OPEN_GOVERNMENT_LICENCE
    review_warning_months: Annotated[WholeNumber, Field(ge=1, le=60)] = 12
    review_limit_months: Annotated[WholeNumber, Field(ge=1, le=120)] = 24
    # Childcare costs confirmed longer ago than this give a warning (not an error) in the check.
    childcare_costs_warning_months: Annotated[WholeNumber, Field(ge=1, le=120)] = 6
    # How far ahead "What's on", the calendar feeds and sessions.json list dated sessions.
    timetable_weeks: Annotated[WholeNumber, Field(ge=2, le=52)] = 12
    # Summaries longer than this many words give a plain-English warning in the check.
    summary_word_limit: Annotated[WholeNumber, Field(ge=5, le=100)] = 25
    # Above these counts one page would be too heavy for a phone (issue 7: under 100 KB gzipped for the
    # first view), so What's on and the childcare list get one page per ward instead, and the Start for
    # Life offer (counted in services) one page per area and stage.
    whats_on_one_page_limit: Annotated[WholeNumber, Field(ge=1, le=100000)] = 150
    childcare_one_page_limit: Annotated[WholeNumber, Field(ge=1, le=100000)] = 100
    start_for_life_one_page_limit: Annotated[WholeNumber, Field(ge=1, le=100000)] = 80
    # The council's look: its logo in the header (a file in content/logo/, checked by generator.logo), and
    # its colour for the header, tabs, buttons and borders (generator.colours makes the shades and checks
    # the contrast of every text on it).
    logo: Logo | None = None
    brand_colour: BrandColour = DEFAULT_BRAND
    # Community languages the key pages are published in too, by code (generator/languages.py), and the
    # site's own words in them (schema/translation.py).
    languages: list[LanguageCode] = []
    translations: dict[LanguageCode, SiteTranslation] = {}
