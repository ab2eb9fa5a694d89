"""The two comparison figures, pinned for fee structures worked out by hand.

Each test writes the fees as an editor would and states the sum in a comment;
the figures are whole pence.
"""

from __future__ import annotations

import pytest

from generator.childcare.prices import all_band_prices, band_prices, per_hour, pounds, prices_at
from generator.childcare.schema import parse_money

from .helpers import setting


def charge(name: str, price: str, per: str, optional: str) -> dict:
    return {"name": name, "price": price, "per": per, "optional": optional}


def test_hourly_rate_with_a_compulsory_lunch_and_an_optional_trip() -> None:
    s = setting(
        fees=[{"from_months": "0", "to_months": "143", "per_hour": "6.50",
               "per_day": {"price": "60.00", "times": "08:00 to 18:00"}}],
        additional_charges=[charge("Lunch", "2.50", "day", "no"), charge("Trips", "5.00", "day", "yes")],
    )
    [band] = all_band_prices(s)
    # Hour: the hourly rate, £6.50. Lunch is charged by the day, so it is not in the hour figure.
    assert band.hour == 650
    assert band.hour_basis == "hourly rate"
    # Day: £60.00 + compulsory lunch £2.50 = £62.50. The optional trip is left out.
    assert band.day == 6250


def test_sessions_only_takes_the_lowest_price_per_hour() -> None:
    s = setting(fees=[{"from_months": "24", "to_months": "59", "sessions": [
        {"name": "Morning", "times": "09:00 to 12:00", "price": "18.00"},   # 1800 / 3 h = 600 an hour
        {"name": "Long day", "times": "09:00 to 15:00", "price": "33.00"},  # 3300 / 6 h = 550 an hour
        {"name": "Afternoon", "times": "12:00 to 15:00", "price": "17.50"},  # 1750 / 3 h = 583.33 -> 583
    ]}])
    [band] = all_band_prices(s)
    assert band.hour == 550
    assert band.hour_basis == "Long day session"
    # No day rate: no full-day figure, even though a 6-hour session exists.
    assert band.day is None


def test_session_price_that_does_not_divide_evenly_rounds_to_the_nearest_penny() -> None:
    s = setting(fees=[{"from_months": "24", "to_months": "59", "sessions": [
        {"name": "Morning", "times": "08:45 to 11:45", "price": "16.00"},  # 1600 / 3 h = 533.33 -> 533
    ]}])
    assert all_band_prices(s)[0].hour == 533
    # 1 penny for 2 hours is half a penny an hour: halves round up.
    assert per_hour(1, 120) == 1
    # £10.00 for 7 hours = 142.857... -> 143
    assert per_hour(1000, 420) == 143


def test_day_rate_only_with_compulsory_charges_by_the_hour_and_by_the_day() -> None:
    s = setting(
        fees=[{"from_months": "3", "to_months": "23", "per_day": {"price": "72.00", "times": "07:30 to 18:00"}}],
        additional_charges=[charge("Consumables", "0.50", "hour", "no"), charge("Meals", "4.50", "day", "no"),
                            charge("Nappies", "1.00", "day", "yes"), charge("Resources", "2.00", "week", "no")],
    )
    [band] = all_band_prices(s)
    # Hour: 7200 / 10.5 h = 685.71 -> 686, plus consumables 50 an hour = 736.
    assert band.hour == 736
    assert band.hour_basis == "day rate"
    # Day: 7200 + meals 450 + consumables 50 x 10.5 h = 525 -> 7200 + 450 + 525 = 8175.
    # Optional nappies and the weekly resources charge are not in either figure.
    assert band.day == 8175
    assert band.day_minutes == 630


def test_age_bands_each_get_their_own_figures_and_the_right_band_is_found_by_age() -> None:
    s = setting(
        fees=[
            # Listed oldest first on purpose: the figures come out youngest first.
            {"from_months": "36", "to_months": "59", "per_hour": "7.00",
             "per_day": {"price": "64.00", "times": "07:30 to 18:00"}},
            {"from_months": "3", "to_months": "23", "per_hour": "7.80",
             "sessions": [{"name": "Morning", "times": "07:30 to 13:00", "price": "42.00"}],
             "per_day": {"price": "72.00", "times": "07:30 to 18:00"}},
            {"from_months": "24", "to_months": "35", "per_hour": "7.40",
             "per_day": {"price": "68.00", "times": "07:30 to 18:00"}},
        ],
        additional_charges=[charge("Breakfast, lunch and tea", "4.50", "day", "no")],
    )
    bands = all_band_prices(s)
    assert [(b.from_months, b.to_months) for b in bands] == [(3, 23), (24, 35), (36, 59)]
    # The hourly rate is used when there is one, even if a session is cheaper per hour
    # (Morning: 4200 / 5.5 h = 763.6, below 780): the hourly rate is what an hour costs.
    assert [b.hour for b in bands] == [780, 740, 700]
    # Days: 7200 + 450 = 7650; 6800 + 450 = 7250; 6400 + 450 = 6850.
    assert [b.day for b in bands] == [7650, 7250, 6850]
    assert prices_at(s, 30).hour == 740
    assert prices_at(s, 23).day == 7650
    assert prices_at(s, 60) is None  # no fee band for 5 year olds
    assert prices_at(s, 0) is None


def test_a_compulsory_charge_of_nothing_changes_nothing_and_meals_included_show_as_included() -> None:
    s = setting(
        fees=[{"from_months": "3", "to_months": "59", "per_day": {"price": "66.00", "times": "07:30 to 18:00"}}],
        additional_charges=[charge("Meals", "0", "day", "no")],
    )
    [band] = all_band_prices(s)
    # 6600 / 10.5 h = 628.57 -> 629; the day stays 6600.
    assert (band.hour, band.day) == (629, 6600)


def test_settings_with_funded_hours_only_have_no_figures() -> None:
    s = setting(fees=[], fees_note="Funded hours only.")
    assert all_band_prices(s) == []
    assert prices_at(s, 40) is None


def test_hourly_rate_plus_compulsory_hourly_charge() -> None:
    s = setting(fees=[{"from_months": "0", "to_months": "143", "per_hour": "8.50",
                       "per_day": {"price": "81.00", "times": "07:00 to 19:00"}}],
                additional_charges=[charge("Consumables", "0.50", "hour", "no"), charge("Lunch", "3.00", "day", "yes")])
    band = band_prices(s.fees[0], s)
    # Hour: 850 + 50 = 900. Day: 8100 + 50 x 12 h = 8700 (the lunch is optional).
    assert (band.hour, band.day) == (900, 8700)


@pytest.mark.parametrize("written, pence", [("7.50", 750), ("£7.50", 750), ("7.5", 750), ("7", 700),
                                            (" 0.05 ", 5), ("1,250.00", 125000), ("£ 12", 1200)])
def test_money_is_read_as_whole_pence(written: str, pence: int) -> None:
    assert parse_money(written) == pence


@pytest.mark.parametrize("written", ["-1.00", "£-1", "-£1", "7.505", "seven", "7.50p", ""])
def test_money_mistakes_are_refused(written: str) -> None:
    with pytest.raises(ValueError):
        parse_money(written)


def test_pounds_for_people() -> None:
    assert pounds(0) == "£0.00"
    assert pounds(5) == "£0.05"
    assert pounds(123456) == "£1,234.56"
