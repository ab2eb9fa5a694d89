"""Site settings: who runs the offer and how families reach them (content/site.yml)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from .common import Contact, Record, Text, WebAddress, YesNo, _EMAIL


def _check_feedback(value: str) -> str:
    if value.startswith(("https://", "http://")) or _EMAIL.match(value):
        return value
    raise PydanticCustomError("feedback_address", "not a web or email address", {"value": value})


class CouncilContact(Contact):
    address: list[Text] | None = None


class SiteSettings(Record):
    council_name: Text
    site_name: Text
    main_website: WebAddress
    feedback: Annotated[str, AfterValidator(_check_feedback)]
    contact: CouncilContact
    welcome: Text | None = None
    example_data: YesNo = False
    review_warning_months: Annotated[int, Field(ge=1, le=60)] = 12
    review_limit_months: Annotated[int, Field(ge=1, le=120)] = 24
