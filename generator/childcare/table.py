"""The table of every childcare setting: one row per setting, complete without JavaScript.

Each row also carries its facts as ``data-`` attributes (numbers and keys,
never prose) so that ``childcare.js`` can filter, sort and estimate without
reading the visible text. Prices in those attributes are the figures from
``generator.childcare.prices``: the script never works out a price itself.
"""

from __future__ import annotations

from datetime import date

from ..render.fragments import email_link, phone_link
from ..render.html import NOT_SEARCHED, esc, join
from .prices import all_band_prices, compulsory, pounds
from .rules import STRETCHED_FILTER, rules
from .schema import ChildcareSetting
from .words import (
    OUTCOMES,
    TYPES,
    age_range,
    band_rates,
    charge,
    funded_offered,
    hours_summary,
    long_date,
    open_late,
    opens_early,
    weeks,
)

COLUMNS = (
    "Setting",
    "Ages and opening times",
    "Funded hours",
    "Ofsted",
    "Price of one hour",
    "Price of a full day",
    "Fees and extra charges",
    "Places, support and languages",
)


def settings_table(settings: list[ChildcareSetting], caption: str, stale_before: date | None = None) -> str:
    """The whole table, as plain valid HTML (``childcare.js`` adds ARIA roles; see there why)."""
    head = "".join(f'<th scope="col">{esc(c)}</th>' for c in COLUMNS)
    return join([
        '<table class="fh-table cc-table" id="cc-table">',
        f'<caption>{caption} <span id="cc-order">Listed by name, A to Z.</span></caption>',
        f"<thead><tr>{head}</tr></thead>",
        "<tbody>",
        *[setting_row(s, stale_before) for s in settings],
        "</tbody>",
        "</table>",
    ])


def data_attributes(setting: ChildcareSetting) -> dict[str, str]:
    """What the script needs to know about a setting, as short machine-readable values."""
    funded = [e.filter for e in rules().offered(setting.funded_hours)]
    if setting.funded_hours.stretched:
        funded.append(STRETCHED_FILTER)
    bands = [
        f"{b.from_months} {b.to_months} {'-' if b.hour is None else b.hour} {'-' if b.day is None else b.day}"
        for b in all_band_prices(setting)
    ]
    attributes = {
        "area": setting.area,
        "type": setting.type,
        "ages": f"{setting.ages.from_months} {setting.ages.to_months}",
        "funded": " ".join(funded),
        "lat": f"{setting.coordinates.latitude:.5f}",
        "lon": f"{setting.coordinates.longitude:.5f}",
        "bands": "|".join(bands),
        "perday": str(compulsory(setting, "day")),
        "perweek": str(compulsory(setting, "week")),
    }
    flags = {"early": opens_early(setting), "late": open_late(setting), "allyear": not setting.term_time_only,
             "send": setting.send_support}
    attributes.update({name: "1" for name, on in flags.items() if on})
    return attributes


def setting_row(setting: ChildcareSetting, stale_before: date | None = None) -> str:
    """One setting's row; costs confirmed before ``stale_before`` are marked as old."""
    attributes = " ".join(f'data-{name}="{esc(value)}"' for name, value in data_attributes(setting).items())
    cells = [_ages_and_times(setting), _funded(setting), _ofsted(setting), *_prices(setting),
             _fees(setting), _places(setting, stale_before)]
    return join([
        f'<tr id="{esc(setting.id)}" {attributes}>',
        _name_cell(setting),
        *[f"<td{NOT_SEARCHED}>{cell}</td>" for cell in cells],  # the name cell stays searchable
        "</tr>",
    ])


def _lines(items: list[str]) -> str:
    return "<br>".join(items)


def _name_cell(setting: ChildcareSetting) -> str:
    parts = [
        f'<strong class="cc-name">{esc(setting.name)}</strong>',
        f'<span class="cc-type">{esc(TYPES[setting.type])}</span>',
        f"<span>{esc(setting.area)} ({esc(setting.ward)} ward)</span>",
        f"<span>{esc(', '.join(setting.address))}, {esc(setting.postcode)}</span>",
    ]
    if setting.summary:
        parts.append(f"<span>{esc(setting.summary)}</span>")
    contact = setting.contact
    if contact and contact.phone:
        parts.append(f"<span>Phone {phone_link(contact.phone)}</span>")
    if contact and contact.email:
        parts.append(f"<span>Email {email_link(contact.email)}</span>")
    if contact and contact.website:
        parts.append(f'<span><a href="{esc(contact.website)}">Website<span class="cc-vh"> of '
                     f"{esc(setting.name)}</span></a></span>")
    return f'<th scope="row">{"".join(parts)}</th>'


def _ages_and_times(setting: ChildcareSetting) -> str:
    lines = [f"Ages {esc(age_range(setting.ages.from_months, setting.ages.to_months))}"]
    lines += [esc(line) for line in hours_summary(setting.opening_hours)]
    lines.append(esc(weeks(setting)))
    return _lines(lines)


def _funded(setting: ChildcareSetting) -> str:
    offered = funded_offered(setting)
    if not offered:
        return "No funded hours"
    lines = [esc(words) for words in offered]
    lines.append("Can be spread over the year" if setting.funded_hours.stretched
                 else f"Term time only ({rules().weeks_a_year} weeks)")
    return _lines(lines)


def _ofsted(setting: ChildcareSetting) -> str:
    ofsted = setting.ofsted
    lines = [f"<strong>{esc(OUTCOMES[ofsted.outcome])}</strong>"]
    if ofsted.inspected:
        lines.append(f'Inspected <time datetime="{ofsted.inspected.isoformat()}">{long_date(ofsted.inspected)}</time>')
    lines.append(f"Reference {esc(ofsted.reference)}")
    if ofsted.report:
        lines.append(f'<a href="{esc(ofsted.report)}">Ofsted report<span class="cc-vh"> for '
                     f"{esc(setting.name)}</span></a>")
    return _lines(lines)


def _prices(setting: ChildcareSetting) -> list[str]:
    """The two comparison figures, one line per age band."""
    bands = all_band_prices(setting)
    if not bands:
        return ["No paid hours", "No paid hours"]
    hour, day = [], []
    for band in bands:
        ages = esc(age_range(band.from_months, band.to_months))
        hour.append(f"{ages}: <strong>{pounds(band.hour)}</strong>" if band.hour is not None else f"{ages}: none")
        day.append(f"{ages}: <strong>{pounds(band.day)}</strong>" if band.day is not None
                   else f"{ages}: no day rate")
    return [_lines(hour), _lines(day)]


def _fees(setting: ChildcareSetting) -> str:
    lines = []
    for band in sorted(setting.fees, key=lambda b: b.from_months):
        rates = "; ".join(band_rates(band, for_the_page=True))
        lines.append(f"{esc(age_range(band.from_months, band.to_months))}: {esc(rates)}")
    if setting.fees_note:
        lines.append(esc(setting.fees_note))
    lines += [esc(charge(c)) for c in setting.additional_charges]
    if not setting.additional_charges:
        lines.append("No extra charges")
    return _lines(lines)


def _places(setting: ChildcareSetting, stale_before: date | None) -> str:
    lines = []
    vacancies = setting.vacancies
    if vacancies is None:
        lines.append("Ask the setting about places")
    else:
        state = "Places available" if vacancies.places else "No places at the moment"
        when = f'<time datetime="{vacancies.as_of.isoformat()}">{long_date(vacancies.as_of)}</time>'
        lines.append(f"{state} (on {when})" + (f": {esc(vacancies.details)}" if vacancies.details else ""))
    if setting.send_support:
        lines.append("SEND support" + (f": {esc(setting.send_details)}" if setting.send_details else ""))
    else:
        lines.append("No SEND support listed")
    lines.append(f"Languages: {esc(', '.join(setting.languages))}")
    reviewed = setting.last_reviewed
    old = " <strong>(a while ago: check the prices with the setting)</strong>" if (
        stale_before and reviewed < stale_before) else ""
    lines.append(f'Costs confirmed <time datetime="{reviewed.isoformat()}">{long_date(reviewed)}</time>{old}')
    return _lines(lines)
