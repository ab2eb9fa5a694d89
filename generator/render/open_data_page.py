"""The open data page (/data/): each file, what it holds, its format, its fields and the licence.

Every field the files write is described here; ``tests/test_open_data_page.py`` fails when a file gains a
field this page does not explain, so reusers can trust the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import urls
from ..childcare.prices import REFERENCE_AGES
from ..context import SiteContext
from ..open_referral.feed import ENDPOINTS
from ..page import Page
from ..publication import Publication
from ..slugs import slug
from ..templating import render
from ..translation import N_
from ..vocabulary import WEEKDAYS

# Every JSON file starts with these (the CSV's are in its CSV on the Web metadata).
HEADER_FIELDS = {
    "council": "The council that publishes the data.",
    "licence": "The licence the data is published under: its name and address.",
    "attribution": "The words to credit the data with when you reuse it.",
}

SERVICE_FIELDS = {
    "id": "The service's id; it never changes, and is part of its page's address.",
    "name": "The service's name.",
    "url": "The service's page.",
    "summary": "One sentence saying what the service is.",
    "description": "More about the service, in Markdown.",
    "stages": "The stages it is for: pregnancy, newborn, 0-1, 1-2, 2-5, older.",
    "themes": "What it helps with, such as infant-feeding or early-language.",
    "level": "universal (for every family) or universal-plus (extra support, often by referral).",
    "who_it_is_for": "Who the service is for, in words.",
    "for_dads_and_partners": "true when dads and partners are particularly welcome.",
    "how_to_access": "How to get it: ways (drop-in, book, self-refer, professional-referral, we-contact-you), "
                     "details, phone, email and website.",
    "cost": "What it costs, in words.",
    "free": "true when the cost is Free.",
    "provider": "Who runs it.",
    "languages": "The languages it is offered in.",
    "venues": "The ids of the venues it is held at (see venues.json).",
    "also_available": "Other ways to get it, in words.",
    "links": "Links to more information: text and url.",
    "last_reviewed": "The date someone last checked this entry (year-month-day).",
}

VENUE_FIELDS = {
    "id": "The venue's id; it never changes, and is part of its page's address.",
    "name": "The venue's name.",
    "url": "The venue's page.",
    "kind": "main-hub, spoke, outreach or community.",
    "summary": "One sentence about the place.",
    "description": "More about the place, in Markdown.",
    "address": "The address, one line per item, without the postcode.",
    "postcode": "The postcode.",
    "ward": "The council ward it is in.",
    "area": "The wider area the council groups wards into.",
    "coordinates": "latitude and longitude in decimal degrees.",
    "opening_hours": "For each day from monday to sunday: opens and closes (24-hour times), or null when closed.",
    "facilities": "step_free_access, accessible_toilet, baby_change and feeding_space (true or false), parking "
                  "in words and bus_routes.",
    "how_to_get_there": "Directions in words.",
    "contact": "phone, email and website.",
    "services": "The ids of the services held here (see services.json).",
    "last_reviewed": "The date someone last checked this entry (year-month-day).",
}

SESSION_FIELDS = {
    "from": "The first day of the dated sessions listed (year-month-day).",
    "to": "The last day of the dated sessions listed.",
    "id": "The session's id; it never changes, and is part of its calendar event's UID.",
    "service": "The id of the service (see services.json).",
    "venue": "The id of the venue it usually meets at (see venues.json).",
    "name": "The session's name (the service's, unless the session has its own).",
    "url": "The service's page.",
    "calendar": "The session's own calendar feed (iCalendar).",
    "recurrence": "When it repeats: words for people; repeats (weekly, every-two-weeks, monthly), day, "
                  "week_of_month, starts and ends (local times), term_time_only, runs_on_bank_holidays, "
                  "valid_from, valid_to and timezone (Europe/London).",
    "booking": "How to get a place.",
    "how_to_book": "How to book, in words.",
    "ages": "The ages it is for, in words.",
    "stages": "The stages it is for.",
    "cost": "What it costs, in words.",
    "send_friendly": "true when it is SEND-friendly.",
    "language": "The language it is held in, when that is not English.",
    "last_changed": "The date the session last changed (year-month-day).",
    "occurrences": "Every dated run from 'from' to 'to': start and end (ISO 8601 with the UK offset of that "
                   "day), status (scheduled, changed or cancelled), venue, and for a change or cancellation its "
                   "reason.",
}

CHILDCARE_FIELDS = {
    "notes": "How the comparison prices are worked out.",
    "id": "The setting's id.",
    "name": "The setting's name.",
    "type": "day-nursery, pre-school, school-nursery, nursery-school, childminder or out-of-school-club.",
    "url": "The setting's row on the childcare page.",
    "summary": "One sentence about the setting.",
    "ofsted_reference": "Its Ofsted reference number.",
    "ofsted_outcome": "Its latest Ofsted outcome.",
    "ofsted_inspected": "The date of that inspection.",
    "ofsted_report": "The inspection report's address.",
    "address": "The address, lines separated by commas.",
    "postcode": "The postcode.",
    "ward": "The council ward it is in.",
    "area": "The wider area.",
    "latitude": "Decimal degrees.",
    "longitude": "Decimal degrees.",
    "ages_from_months": "The youngest age taken, in months.",
    "ages_to_months": "The oldest age taken, in months.",
    **{f"open_{day}": f"Opening times on {day.capitalize()}, or blank when closed." for day in WEEKDAYS},
    "opens_before_8am": "true when it opens before 8am on a weekday.",
    "open_after_6pm": "true when it is open after 6pm on a weekday.",
    "weeks_open": "How many weeks a year it is open.",
    "term_time_only": "true when it is open in school terms only.",
    "funded_15_hours_3_and_4_year_olds": "true when it offers the 15 hours for every 3 and 4 year old.",
    "funded_30_hours_working_families": "true when it offers the 30 hours for working families.",
    "funded_15_hours_2_year_olds": "true when it offers the 15 hours for 2 year olds whose families get extra "
                                   "support.",
    "funded_hours_stretched": "true when funded hours can be spread over more than 38 weeks.",
    "fees": "Its fees, in words, by age band.",
    "fees_note": "A note about its fees.",
    "additional_charges": "Charges on top of fees, in words, saying which are optional.",
    "vacancies_as_of": "The date the vacancies were last known.",
    "vacancies_places": "true when it had places then.",
    "vacancies_details": "Vacancies in words.",
    "send_support": "true when it supports children with special educational needs and disabilities.",
    "send_details": "That support, in words.",
    "languages": "Languages spoken, separated by semicolons.",
    "phone": "Its phone number.",
    "email": "Its email address.",
    "website": "Its website.",
    "last_reviewed": "The date its costs were last confirmed.",
}
for _suffix, _words, _months in REFERENCE_AGES:
    CHILDCARE_FIELDS[f"hour_price_pence_{_suffix}"] = (f"The price of one hour for a child {_words}, in pence, "
                                                       "with compulsory charges; blank when it has no price.")
    CHILDCARE_FIELDS[f"day_price_pence_{_suffix}"] = (f"The price of a full day for a child {_words}, in pence, "
                                                      "with compulsory charges; blank when it has no price.")


@dataclass(frozen=True)
class DataFile:
    path: str
    title: str
    what: str
    form: str
    records: str  # the key holding the records ("" for a CSV)
    fields: dict[str, str]

    @property
    def name(self) -> str:
        """Its file name, as its link shows it."""
        return self.path.removeprefix(urls.DATA)

    @property
    def anchor(self) -> str:
        """Its section's id on the page."""
        return "file-" + slug(self.name)


DATA_FILES = [
    DataFile(urls.SERVICES_JSON, "Services", "Every service in the offer.", "JSON", "services",
             SERVICE_FIELDS),
    DataFile(urls.VENUES_JSON, "Family hubs and venues", "Every place where services are held.", "JSON",
             "venues", VENUE_FIELDS),
    DataFile(urls.SESSIONS_JSON, "Sessions and their dates", "Every session in the timetable, with its "
             "pattern and its dated runs for the weeks ahead (including cancellations and changes).", "JSON",
             "sessions", SESSION_FIELDS),
    DataFile(urls.CHILDCARE_JSON, "Childcare settings and costs", "Every childcare setting, with its "
             "fees, funded hours, Ofsted outcome and comparable prices by age.", "JSON", "settings",
             CHILDCARE_FIELDS),
    DataFile(urls.CHILDCARE_CSV, "Childcare settings and costs, as a spreadsheet", "The same rows and "
             "fields as childcare.json, one setting per row. childcare.csv-metadata.json describes it in the "
             "CSV on the Web standard, with its licence.", "CSV (UTF-8, comma-separated, a header row)", "",
             {k: v for k, v in CHILDCARE_FIELDS.items() if k != "notes"}),
]


def open_data_page(ctx: SiteContext, published: Publication) -> Page:
    here = urls.DATA
    terms = published.terms()
    body = render("open_data.html", ctx=ctx, here=here, files=DATA_FILES, header_fields=HEADER_FIELDS,
                  published=published, licence=terms["licence"], attribution=terms["attribution"],
                  oruk_endpoints=["/", *(path for endpoint in ENDPOINTS
                                         for path in (f"/{endpoint}", f"/{endpoint}/{{id}}"))])
    return Page(url=here, title=N_("Open data"), body=[body],
                description=N_("The site's services, venues, sessions and childcare settings as open data files."))
