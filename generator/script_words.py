"""The words the page scripts write, in the page's language: ``whats-on.js`` and ``childcare.js``.

The scripts write sentences into the page as a family uses it (how many sessions or settings are shown, the
order of the list, a distance, an estimate, "Address copied"). Their words are held here, marked for the
catalogue like any other phrase, and each page carries them in its language as JSON
(``script_words("whats-on") | tojson`` in the scripts' macros), which the script reads before it writes a
word. A phrase the catalogue has no translation for is in English, as everywhere else.

Each is a whole sentence with named blanks (``%(ward)s``), so a translator can put the words in the order
their language needs; the script fills the blanks. A sentence with a count is marked with ``N_plural`` and
given to the script as one pattern for each plural category of the language (CLDR's ``one``, ``few``,
``many``, ``other``...), the same names the browser's ``Intl.PluralRules`` gives a number, so the script
chooses the form without knowing the language's rules.
"""

from __future__ import annotations

import functools
from collections import Counter

from babel import Locale

from .languages import phrases
from .translation import N_, N_plural

Phrase = str | tuple[str, str]  # a sentence, or a sentence with a count as its singular and plural

WHATS_ON: dict[str, Phrase] = {
    # On the "Copy the address" button of a calendar, once the address is copied.
    "copied": N_("Address copied"),
    # Translators: said under What's on's filter. %(dated)s is "%(num)d dated sessions" with its count, and
    # %(weekly)s is "%(num)d regular weekly sessions" with its count (both translated as their own phrases).
    "showing": N_("Showing %(dated)s this week and next, and %(weekly)s."),
    "dated": N_plural("%(num)d dated session", "%(num)d dated sessions"),
    "weekly": N_plural("%(num)d regular weekly session", "%(num)d regular weekly sessions"),
}

CHILDCARE: dict[str, Phrase] = {
    # The list of wards, where "Use my location" marks the nearest ward.
    "nearest": N_("Nearest to you"),
    # Translators: %(ward)s is the ward's name; %(miles)s is a distance such as 1.4.
    "nearest_ward": N_("The ward nearest to you is %(ward)s: its middle is %(miles)s miles away. It is marked in "
                       "the list below; open it to see its settings."),
    "finding": N_("Finding your location…"),
    "cannot_locate_wards": N_("This browser cannot share your location. Choose your ward from the list."),
    "not_located_wards": N_("We could not get your location. Choose your ward from the list."),
    # A table of settings: its order, said under the table and to screen readers.
    "order_name": N_("Listed by name, A to Z."),
    "order_hour": N_("Listed by price of one hour, lowest first."),
    "order_day": N_("Listed by price of a full day, lowest first."),
    "order_distance": N_("Listed by distance, nearest first."),
    "order_estimate": N_("Listed by estimated weekly cost, lowest first."),
    # Translators: %(num)d is how many settings the table has, all of them shown.
    "showing_all": N_plural("Showing all %(num)d setting.", "Showing all %(num)d settings."),
    # Translators: %(shown)d settings of the table's %(num)d match the filters.
    "showing_some": N_plural("Showing %(shown)d of %(num)d setting.", "Showing %(shown)d of %(num)d settings."),
    "none_match": N_("No settings match. Try removing a filter."),
    "choose_for_distance": N_("Choose a ward, or use your location, to order by distance."),
    "cannot_locate": N_("This browser cannot share your location. Choose a ward instead."),
    "not_located": N_("We could not get your location. Choose a ward instead."),
    # Translators: under a setting's name. %(miles)s is a distance such as 1.4; %(ward)s is a ward's name.
    "miles_from_ward": N_("%(miles)s miles from the middle of %(ward)s"),
    # Translators: under a setting's name. %(miles)s is a distance such as 1.4.
    "miles_from_you": N_("%(miles)s miles from you"),
    # The weekly estimate: a note after the count, and a line in each setting's row.
    "estimates_shown": N_("Each setting's row shows its estimated weekly cost."),
    # Translators: %(entitlement)s is the name of the funded hours chosen, such as "30 hours for working
    # families".
    "entitlement_not_for_age": N_("The %(entitlement)s are not for a child of this age, so the estimates do "
                                  "not take them off."),
    "age_not_taken": N_("Does not take children of this age"),
    "no_hourly_price": N_("Ask the setting: no hourly price for this age"),
    # Translators: %(cost)s is an amount in pounds, such as £46.00.
    "estimate": N_("Estimated weekly cost: %(cost)s"),
    # Translators: %(cost)s is an amount in pounds, such as £46.00; %(num)d is the funded hours taken off.
    "estimate_funded": N_plural("Estimated weekly cost: %(cost)s after %(num)d funded hour",
                                "Estimated weekly cost: %(cost)s after %(num)d funded hours"),
    # Translators: %(cost)s is an amount in pounds, such as £46.00.
    "estimate_not_funded": N_("Estimated weekly cost: %(cost)s: this setting does not offer your funded hours"),
}

SCRIPTS: dict[str, dict[str, Phrase]] = {"whats-on": WHATS_ON, "childcare": CHILDCARE}


def script_words(code: str, script: str) -> dict[str, str | dict[str, str]]:
    """The words of ``script`` ("whats-on" or "childcare") in the language ``code``, by the names the script
    uses: a sentence, or for a sentence with a count a pattern for each plural category of the language."""
    translations = phrases(code)
    samples = plural_samples(code)
    words: dict[str, str | dict[str, str]] = {}
    for name, phrase in SCRIPTS[script].items():
        if isinstance(phrase, str):
            words[name] = translations.gettext(phrase)
        else:
            singular, plural = phrase
            words[name] = {category: translations.ngettext(singular, plural, number)
                           for category, number in samples.items()}
    return words


@functools.cache
def plural_samples(code: str) -> dict[str, int]:
    """A count for each plural category the language gives a whole number (CLDR's rules, as Babel has
    them), the catalogue's form for that count being the form for the category: in Polish 1 is ``one``,
    2 ``few``, 0 ``many``.

    ``other`` is always there, as the script's fallback for a category it is not given. Where no whole
    number is ``other`` (Polish keeps it for fractions), it has the form most whole numbers take."""
    rule = Locale.parse(code).plural_form
    samples: dict[str, int] = {}
    counted: Counter[str] = Counter()
    for number in range(1001):
        category = rule(number)
        samples.setdefault(category, number)
        counted[category] += 1
    if "other" not in samples:
        samples["other"] = samples[counted.most_common(1)[0][0]]
    return samples
