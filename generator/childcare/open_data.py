"""``data/childcare.json`` and ``data/childcare.csv``: one row per setting, the same fields in both.

Both files come from ``setting_rows()``, so they cannot drift apart. Prices are whole
pence; the comparison figures are given for a child of each age in
``REFERENCE_AGES`` (blank where the setting has no price for that age).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..data_json import data_json
from ..publication import Publication
from ..site import Site
from ..vocabulary import WEEKDAYS as WEEKDAY_KEYS
from .addresses import ChildcareAddresses, childcare_addresses
from .prices import REFERENCE_AGES, prices_at
from .rules import rules
from .schema import ChildcareSetting
from .words import band_rates, charge, open_late, opens_early

Row = dict[str, Any]
NOTES = (
    "Prices are in pence. hour_price_pence_<age> is the price of one hour and day_price_pence_<age> the price "
    "of a full day for a child of that age (age_2 is 30 months, the middle of that year; age_0 is 6 months; "
    "age_8 is 102 months), worked out the same way for every setting: the hourly rate, or else the lowest "
    "price per hour of a session, or else the day rate divided by its hours; plus compulsory charges by the "
    "hour (and, for a full day, by the day). Optional charges are not included. Blank: no price for that age. "
    "The same fields are in childcare.csv."
)
# Cells starting with one of these would run as a formula in a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def row(setting: ChildcareSetting, addresses: ChildcareAddresses, published: Publication) -> Row:
    """Every public fact about one setting as flat fields, plus the comparison figures.

    ``url`` is the setting's row on the page that holds it (its ward's page when the list is split).
    """
    fh, ofsted, contact, vacancies = setting.funded_hours, setting.ofsted, setting.contact, setting.vacancies
    record: Row = {
        "id": setting.id,
        "name": setting.name,
        "type": setting.type,
        "url": published.url(addresses.setting_url(setting)),
        "summary": setting.summary,
        "ofsted_reference": ofsted.reference,
        "ofsted_outcome": ofsted.outcome,
        "ofsted_inspected": ofsted.inspected.isoformat() if ofsted.inspected else None,
        "ofsted_report": ofsted.report,
        "address": ", ".join(setting.address),
        "postcode": setting.postcode,
        "ward": setting.ward,
        "area": setting.area,
        "latitude": setting.coordinates.latitude,
        "longitude": setting.coordinates.longitude,
        "ages_from_months": setting.ages.from_months,
        "ages_to_months": setting.ages.to_months,
    }
    for day, times in setting.opening_hours.by_day():
        record[f"open_{day}"] = f"{times.opens:%H:%M}-{times.closes:%H:%M}" if times else None
    record.update({
        "opens_before_8am": opens_early(setting),
        "open_after_6pm": open_late(setting),
        "weeks_open": setting.weeks_open,
        "term_time_only": setting.term_time_only,
        **{e.open_data: getattr(fh, e.key) for e in rules().entitlements},
        "funded_hours_stretched": fh.stretched,
        "fees": " | ".join(
            f"{b.from_months}-{b.to_months} months: {'; '.join(band_rates(b))}"
            for b in sorted(setting.fees, key=lambda b: b.from_months)
        ) or None,
        "fees_note": setting.fees_note,
        "additional_charges": " | ".join(charge(c) for c in setting.additional_charges) or None,
    })
    for suffix, _, months in REFERENCE_AGES:
        prices = prices_at(setting, months)
        record[f"hour_price_pence_{suffix}"] = prices.hour if prices else None
        record[f"day_price_pence_{suffix}"] = prices.day if prices else None
    record.update({
        "vacancies_as_of": vacancies.as_of.isoformat() if vacancies else None,
        "vacancies_places": vacancies.places if vacancies else None,
        "vacancies_details": vacancies.details if vacancies else None,
        "send_support": setting.send_support,
        "send_details": setting.send_details,
        "languages": "; ".join(setting.languages),
        "phone": contact.phone if contact else None,
        "email": contact.email if contact else None,
        "website": contact.website if contact else None,
        "last_reviewed": setting.last_reviewed.isoformat(),
    })
    return record


def setting_rows(site: Site, published: Publication) -> list[Row]:
    """Every setting's row, for both the JSON and the CSV (worked out once: a county has thousands)."""
    addresses = childcare_addresses(site)
    return [row(s, addresses, published) for s in site.childcare.values()]


def childcare_json(site: Site, published: Publication, records: list[Row]) -> str:
    """The JSON file of ``records`` (``setting_rows``): stable key order and a final newline, so equal input gives
    equal bytes."""
    payload = {"council": site.settings.council_name, **published.terms(), "notes": NOTES, "settings": records}
    return data_json(payload)


def csv_cell(value: Any) -> str:
    """A value as CSV text. Text that a spreadsheet would run as a formula gets a leading apostrophe;
    numbers (such as a negative longitude) are written as numbers and left alone."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def childcare_csv(records: list[Row]) -> str:
    """The CSV file of ``records`` (``setting_rows``): a header row, then one row per setting, with Windows line
    endings as RFC 4180 says."""
    columns = list(records[0]) if records else list(row_fields())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([csv_cell(record[c]) for c in columns])
    return out.getvalue()


def childcare_csv_metadata(site: Site, published: Publication) -> str:
    """The CSV's licence, publisher and columns, as W3C's CSV on the Web metadata beside it (a CSV file has no
    place of its own for them): ``childcare.csv-metadata.json``, which CSVW readers find by its name."""
    terms = published.terms()
    payload = {
        "@context": "http://www.w3.org/ns/csvw",
        "url": "childcare.csv",
        "dc:title": f"Childcare settings and their costs in {site.settings.council_name}",
        "dc:publisher": published.council,
        "dc:license": {"@id": terms["licence"]["url"]},
        "dc:rights": terms["attribution"],
        "dc:description": NOTES,
        "tableSchema": {"columns": [{"name": name, "titles": name} for name in row_fields()]},
    }
    return data_json(payload)


def row_fields() -> list[str]:
    """The column names, worked out from the fields ``row`` writes (for an empty list)."""
    fields = ["id", "name", "type", "url", "summary", "ofsted_reference", "ofsted_outcome", "ofsted_inspected",
              "ofsted_report", "address", "postcode", "ward", "area", "latitude", "longitude", "ages_from_months",
              "ages_to_months", *[f"open_{d}" for d in WEEKDAY_KEYS], "opens_before_8am", "open_after_6pm",
              "weeks_open", "term_time_only", *[e.open_data for e in rules().entitlements],
              "funded_hours_stretched", "fees", "fees_note", "additional_charges"]
    for suffix, _, _ in REFERENCE_AGES:
        fields += [f"hour_price_pence_{suffix}", f"day_price_pence_{suffix}"]
    return fields + ["vacancies_as_of", "vacancies_places", "vacancies_details", "send_support", "send_details",
                     "languages", "phone", "email", "website", "last_reviewed"]
