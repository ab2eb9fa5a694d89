"""Open Referral services as the project's services.

The summary is the description's first paragraph and the rest is the description; this project's own feed
ends it with "Who it is for: ...", and labels the service with its four taxonomies (stages, themes, level of
support, ways to get it). A required field another feed cannot give is left out and named in the report;
anything it gives that has no place here (funding, service areas, accreditations, alerts, other taxonomies'
terms, contacts without a phone number...) is listed there by service.
"""

from __future__ import annotations

import re
from typing import Any

from babel import Locale
from pydantic_core import PydanticCustomError

from ..date_words import day_month_year, months_before
from ..open_referral.taxonomies import (
    TAXONOMY_BY_NAME,
)
from ..schema.common import DESCRIPTION_LIMIT, NAME_LIMIT, SLUG_LIMIT, TEXT_LIMIT, _check_phone
from ..slugs import slug
from ..vocabulary import ACCESS_WAYS, LEVELS, STAGES, THEMES
from .oruk_map import (
    Context,
    ServiceDraft,
    clean,
    cut,
    described,
    feed_date,
    known_id,
    left_over,
    split_description,
    summary_of,
    unique_id,
)
from .oruk_read import Json
from .oruk_report import Report, quoted

# Language names by code, for a language the feed gives by its code only.
_ENGLISH_NAMES = Locale("en").languages
# The service's page on a site made by this project: ``.../services/<id>/``.
_SERVICE_PAGE = re.compile(r"/services/([a-z0-9]+(?:-[a-z0-9]+)*)/?$")
# The choices for each field the feed cannot give, as the report offers them.
CHOICES = {
    "stages": ", ".join(stage.key for stage in STAGES),
    "themes": ", ".join(THEMES),
    "level": " or ".join(LEVELS),
    "how_to_access.ways": ", ".join(ACCESS_WAYS),
}
# The fields of a service that become the project's; the report lists any others.
_SERVICE_USED = {"id", "name", "description", "url", "email", "status", "fees", "assured_date", "last_modified",
                 "organization", "organization_id", "schedules", "service_at_locations", "languages",
                 "cost_options", "contacts", "attributes"}
# What our own feed works out from the service's other fields, so reading it back takes nothing from it.
_OWN_DERIVED = {"minimum_age", "maximum_age"}


def map_service(ctx: Context, service_id: str) -> ServiceDraft | None:
    service = ctx.feed.services[service_id]
    report = ctx.report
    label = f"Service {quoted(service.get('name') or '(no name)')} ({service_id})"
    name = clean(service.get("name"), NAME_LIMIT, "", "name", Report("", ""), one_line=True)
    if name is None:
        report.left_out(label, "no name, so no service was written")
        return None
    page_id = _own_page_id(ctx, service.get("url"))
    recognised = known_id(ctx, "service", service_id,
                          [*([page_id] if page_id else []), slug(name), *ctx.session_words.get(service_id, [])])
    made_id = recognised or page_id
    new_id = (made_id if made_id and made_id not in ctx.taken["services"]
              else unique_id(name, ctx.taken["services"], "service"))
    file = f"content/services/{new_id}.yml"
    if new_id in ctx.existing["services"]:
        report.left_out(label, f"not written: {file} already exists, and the import never writes over a file")
        return None
    ctx.taken["services"].add(new_id)
    if new_id == recognised and new_id != slug(name)[:SLUG_LIMIT]:
        report.derived(file, "id", f"'{new_id}', the id it has where the feed was made (its UUID in the feed says "
                       "so)")
    elif new_id == page_id and new_id != slug(name)[:SLUG_LIMIT]:
        report.derived(file, "id", f"'{new_id}', from the address of the service's page in the feed")
    data: dict[str, Any] = {"id": new_id, "name": clean(service.get("name"), NAME_LIMIT, file, "name", report,
                                                        one_line=True)}
    who = _description(ctx, service, file, data)
    terms = _terms(ctx, service, label, file)
    for key in ("stages", "themes"):
        if terms[key]:
            data[key] = terms[key]
        else:
            report.fill(file, key, f"not in the feed; one or more of {CHOICES[key]}")
    if len(terms["level"]) == 1:
        data["level"] = terms["level"][0]
    else:
        given = f"the feed gives {' and '.join(terms['level'])}" if terms["level"] else "not in the feed"
        report.fill(file, "level", f"{given}; one of {CHOICES['level']}")
    if who:
        data["who_it_is_for"] = clean(who, TEXT_LIMIT, file, "who_it_is_for", report)
    else:
        report.fill(file, "who_it_is_for", "not in the feed; who can come, in plain words")
    data["how_to_access"] = _how_to_access(ctx, service, label, file, terms["ways"], page_id is not None)
    _cost(ctx, service, label, file, data)
    organization = ctx.feed.organization_of(service)
    provider = clean((organization or {}).get("name"), NAME_LIMIT, file, "provider", report, one_line=True)
    if provider:
        data["provider"] = provider
    else:
        report.fill(file, "provider", "the feed names no organisation for this service; write who runs it")
    languages = _languages(ctx, service, label, file)
    if languages:
        data["languages"] = languages
    venues = [ctx.venues[location_id] for _, location_id in ctx.feed.locations_of(service_id)
              if location_id in ctx.venues]
    for _, location_id in ctx.feed.locations_of(service_id):
        if location_id in ctx.refused_venues:
            where = quoted(ctx.feed.locations.get(location_id, {}).get("name") or location_id)
            report.left_out(label, f"service_at_locations: it is given at the location {where} ({location_id}), for "
                            f"which no venue was written ({ctx.refused_venues[location_id]}); if it is a venue, add "
                            "its id to the service's venues")
    if venues:
        data["venues"] = list(dict.fromkeys(venues))
    _last_reviewed(ctx, service, file, data)
    status = service.get("status")
    if status not in (None, "active"):
        report.derived(file, "name", f"the feed's status is {quoted(status)}: check the service still runs before "
                       "it is published")
    for key, value in left_over(service, _SERVICE_USED | (_OWN_DERIVED if ctx.own else set())):
        report.left_out(label, described(key, value))
    draft = ServiceDraft(new_id, data["name"], file, data, terms["ways"])
    ctx.services[service_id] = draft
    return draft


def _own_page_id(ctx: Context, url: Any) -> str | None:
    """The service's id when ``url`` is the address of its page on the site whose feed this is."""
    if not ctx.own or not isinstance(url, str):
        return None
    match = _SERVICE_PAGE.search(url)
    if match is None or (ctx.site_base and not url.startswith(ctx.site_base)):
        return None
    return match.group(1)


def _description(ctx: Context, service: Json, file: str, data: dict[str, Any]) -> str | None:
    report = ctx.report
    text = clean(service.get("description"), DESCRIPTION_LIMIT + 2 * TEXT_LIMIT, file, "description", report)
    if not text:
        report.fill(file, "summary", "the feed has no description; one plain sentence: what it is and why come")
        return None
    summary, rest, who = split_description(text)
    if len(summary) > TEXT_LIMIT:
        short = cut(summary, TEXT_LIMIT)
        rest = (summary[len(short):].strip() + ("\n\n" + rest if rest else "")).strip()
        summary = short
        report.derived(file, "summary", f"the description's first paragraph is over {TEXT_LIMIT:,} characters, so "
                       "it was cut at a sentence; the rest starts the description")
    if summary:
        data["summary"] = summary
    else:
        report.fill(file, "summary", "the feed's description starts with no text")
    if rest:
        description = clean(rest, DESCRIPTION_LIMIT, file, "description", report)
        if description:
            data["description"] = description + ("\n" if "\n" in description else "")
    if not ctx.own:
        report.derived(file, "summary", "the first paragraph of the feed's description"
                       + ("; the rest is the description" if rest else ""))
    return who


def _terms(ctx: Context, service: Json, label: str, file: str) -> dict[str, list[str]]:
    chosen: dict[str, list[str]] = {"stages": [], "themes": [], "level": [], "ways": []}
    for attribute in service.get("attributes") or []:
        if not isinstance(attribute, dict):
            continue
        term = attribute.get("taxonomy_term")
        if not isinstance(term, dict):
            term = ctx.feed.terms.get(str(attribute.get("taxonomy_term_id")), {})
        taxonomy_name = term.get("taxonomy")
        if not isinstance(taxonomy_name, str):
            taxonomy_name = ctx.feed.taxonomies.get(str(term.get("taxonomy_id")), {}).get("name")
        taxonomy = TAXONOMY_BY_NAME.get(str(taxonomy_name))
        key = term.get("term")
        if taxonomy and key not in taxonomy.terms:
            key = next((k for k, words in taxonomy.terms.items() if words == term.get("name")), key)
        if taxonomy and key in taxonomy.terms:
            if key not in chosen[taxonomy.key]:
                chosen[taxonomy.key].append(str(key))
        else:
            report_words = f"term {quoted(term.get('name') or term.get('term') or '(none)')}"
            if taxonomy_name:
                report_words += f" of the taxonomy {quoted(taxonomy_name)}"
            ctx.report.left_out(label, f"attributes: {report_words}, not one of this site's stages, themes, levels "
                                "or ways to get a service")
    return chosen


def _how_to_access(ctx: Context, service: Json, label: str, file: str, ways: list[str],
                   url_is_page: bool) -> dict[str, Any]:
    report = ctx.report
    access: dict[str, Any] = {}
    if ways:
        access["ways"] = ways
    else:
        report.fill(file, "how_to_access.ways", f"not in the feed; one or more of {CHOICES['how_to_access.ways']}")
    provider = (ctx.feed.organization_of(service) or {}).get("name")
    phone = None
    for contact in service.get("contacts") or []:
        if not isinstance(contact, dict):
            continue
        numbers = [p.get("number") for p in contact.get("phones") or [] if isinstance(p, dict) and p.get("number")]
        extra = [f"{k} {quoted(v)}" for k, v in contact.items()
                 if k not in ("id", "service_id", "phones") and v not in (None, "", [])
                 and not (ctx.own and k == "name" and v == provider)]
        if not numbers:
            report.left_out(label, "contacts: " + (", ".join(extra) or "a contact") + ", with no phone number")
            continue
        for number in numbers:
            try:
                checked = _check_phone(str(number))
            except PydanticCustomError:
                report.left_out(label, f"contacts: the phone number {quoted(number)} is not one the site can show")
                continue
            if phone is None:
                phone = checked
                if not ctx.own:
                    report.derived(file, "how_to_access.phone", f"the phone number of the contact "
                                   f"{quoted(contact.get('name') or contact.get('title') or '(no name)')}")
            elif checked != phone:
                report.left_out(label, f"contacts: another phone number, {quoted(number)}")
        if extra and not ctx.own:
            report.left_out(label, "contacts: " + ", ".join(extra))
    if phone:
        access["phone"] = phone
    email = str(service.get("email") or "").strip()
    if email:
        access["email"] = email
    url = str(service.get("url") or "").strip()
    if url and url_is_page:
        report.derived(file, "how_to_access.website", f"none: the feed's address {quoted(url)} is the service's "
                       "own page on the site")
    elif url:
        access["website"] = url
    return access


def _cost(ctx: Context, service: Json, label: str, file: str, data: dict[str, Any]) -> None:
    report = ctx.report
    fees = clean(service.get("fees"), TEXT_LIMIT, file, "cost", report)
    options = [o for o in service.get("cost_options") or [] if isinstance(o, dict)]
    if fees:
        data["cost"] = fees
        for option in options:
            if ctx.own and str(option.get("option") or "").strip() == fees:
                continue
            report.left_out(label, "cost_options: " + summary_of(option))
        return
    words = [_cost_words(option) for option in options]
    words = [w for w in words if w]
    if words:
        data["cost"] = clean("; ".join(words), TEXT_LIMIT, file, "cost", report)
        report.derived(file, "cost", "put together from the feed's cost options (it has no fees text): check the "
                       "words")
    else:
        report.fill(file, "cost", "the feed gives no cost; write Free or the price in words")


def _cost_words(option: Json) -> str:
    amount = option.get("amount")
    parts = []
    if isinstance(amount, (int, float)) and not isinstance(amount, bool):
        parts.append("Free" if amount == 0 else f"£{amount:,.2f}".replace(".00", ""))
    for key in ("amount_description", "option"):
        if option.get(key):
            parts.append(str(option[key]))
    text = " ".join(parts[:2]) + (f" ({parts[2]})" if len(parts) > 2 else "")
    if option.get("valid_from") or option.get("valid_to"):
        text += f", from {option.get('valid_from') or 'now'} to {option.get('valid_to') or 'further notice'}"
    return text


def _languages(ctx: Context, service: Json, label: str, file: str) -> list[str]:
    names: list[str] = []
    for entry in service.get("languages") or []:
        if not isinstance(entry, dict):
            continue
        name = entry.get("name")
        code = str(entry.get("code") or "").strip().lower()
        if not name and code in _ENGLISH_NAMES:
            name = _ENGLISH_NAMES[code]
            ctx.report.derived(file, "languages", f"{name}, from the language code {quoted(code)}")
        written = clean(name, NAME_LIMIT, file, "languages", ctx.report, one_line=True)
        if written:
            if written not in names:
                names.append(written)
        else:
            ctx.report.left_out(label, "languages: " + (summary_of(entry) if len(entry) > 1 else
                                                        "an entry with no name or code"))
    return names


def _last_reviewed(ctx: Context, service: Json, file: str, data: dict[str, Any]) -> None:
    report = ctx.report
    assured, modified = feed_date(service.get("assured_date")), feed_date(service.get("last_modified"))
    reviewed, source = (assured, "assured_date") if assured else (modified, "last_modified")
    if reviewed is None:
        report.fill(file, "last_reviewed", "the feed has no assured_date or last_modified; write the day you check "
                    "this entry")
        return
    data["last_reviewed"] = reviewed
    if reviewed < months_before(ctx.today, ctx.review_limit_months):
        report.fill(file, "last_reviewed", f"{reviewed.isoformat()} (the feed's {source}) is more than "
                    f"{ctx.review_limit_months} months ago, so the check refuses it: check the service with the "
                    "people who run it and write that day")
    elif reviewed > ctx.today:
        report.fill(file, "last_reviewed", f"{reviewed.isoformat()} (the feed's {source}) is in the future")
    elif not ctx.own or source != "assured_date":
        report.derived(file, "last_reviewed", f"{day_month_year(reviewed)}, the feed's {source}")
