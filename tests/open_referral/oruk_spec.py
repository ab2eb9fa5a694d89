"""The published Open Referral UK 3.0 specification, read from ``../shared/oruk/`` beside the repository.

The OpenAPI document's response schemas ``$ref`` the UK profile's schemas by their raw GitHub address; the
registry here answers those addresses from the local copies, so the feed is checked against the real
schemas with no network.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO.parent / "shared" / "oruk"
PROFILE_PREFIX = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"
OPENAPI_ADDRESS = "https://openreferraluk.org/specifications/3.0/openapi.json"


def spec_folder() -> Path:
    if not (SPEC / "spec-3.0" / "openapi.json").is_file():
        raise AssertionError(f"The Open Referral UK specification is not at {SPEC} (CI has it beside the clone)")
    return SPEC


def _resource(document: Any) -> Resource:
    return Resource.from_contents(document, default_specification=DRAFT202012)


def _retrieve(uri: str) -> Resource:
    if not uri.startswith(PROFILE_PREFIX):
        raise LookupError(f"the specification refers to {uri}, which is not in ../shared/oruk")
    path = spec_folder() / "uk-profile" / "schema" / uri.removeprefix(PROFILE_PREFIX)
    return _resource(json.loads(path.read_text(encoding="utf-8")))


@cache
def openapi() -> dict[str, Any]:
    return json.loads((spec_folder() / "spec-3.0" / "openapi.json").read_text(encoding="utf-8"))


@cache
def _registry() -> Registry:
    return Registry(retrieve=_retrieve).with_resource(OPENAPI_ADDRESS, _resource(openapi()))  # type: ignore[call-arg]


@cache
def validator(endpoint: str) -> Draft202012Validator:
    """The validator of the 200 response of ``GET endpoint`` (``/services/{id}``), as openapi.json gives it."""
    # The schema is a part of the OpenAPI document (its "#/components/..." are the document's own), so it is
    # referred to where it stands in the document.
    wrapped = {"$id": OPENAPI_ADDRESS + "#" + endpoint, "$ref": _pointer_to(endpoint)}
    return Draft202012Validator(wrapped, registry=_registry(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _pointer_to(endpoint: str) -> str:
    escaped = endpoint.replace("~", "~0").replace("/", "~1")
    return f"{OPENAPI_ADDRESS}#/paths/{escaped}/get/responses/200/content/application~1json/schema"


def problems(endpoint: str, payload: Any) -> list[str]:
    """Every way ``payload`` breaks the response schema of ``endpoint``, as readable lines."""
    return [f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
            for error in validator(endpoint).iter_errors(payload)]


ENDPOINTS = ("/", "/services", "/services/{id}", "/service_at_locations", "/service_at_locations/{id}",
             "/taxonomies", "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}")
