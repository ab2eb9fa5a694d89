"""The theme's own words (skip link, feedback, footer, banner, language switcher) in each of the site's
languages, for ``theme/main.html``: ``config.extra.family_hub.words[code]``.

MkDocs renders the theme around every page with its own Jinja environment, which has no catalogue; the
phrases are marked here with ``N_`` like any other, translated from each language's catalogue, and filled
with the council's values (escaped) before they reach the theme, as ``theme_settings`` does for the rest.
"""

from __future__ import annotations

from importlib.resources import files

from markupsafe import Markup, escape

from . import urls
from .languages import ENGLISH, language, phrases
from .schema.site_settings import SiteSettings
from .translation import N_

MATERIAL_LANGUAGES = files("material") / "templates" / "partials" / "languages"
WORDS = {
    "skip": N_("Skip to main content"),
    "example_title": N_("Example site."),
    "example_text": N_("Everything here is made up to show how the site works: the borough, places, people and "
                       "phone numbers are not real."),
    "feedback_label": N_("Feedback"),
    "feedback_question": N_("Is this page useful? Is anything missing or wrong?"),
    "feedback_link": N_("Give feedback about this page"),
    "footer_label": N_("About this site"),
    "accessibility": N_("Accessibility statement"),
    "privacy": N_("Privacy"),
    "about": N_("About this site"),
    "glossary": N_("Words we use"),
    "you_said_we_did": N_("You said, we did"),
    "print": N_("Print and order leaflets"),
    "open_data": N_("Open data"),
    "languages": N_("Languages"),
    "search_dialog": N_("Search this site"),
    "home_page": N_("home page"),  # after the logo's words: "Example Borough Council, home page"
}
# The navigation tabs' titles (mkdocs.yml's `nav`), for theme/partials/tabs-item.html.
TABS = (N_("Home"), N_("Start for Life"), N_("What's on"), N_("Family hubs"), N_("Services"), N_("Childcare"),
        N_("Words we use"), N_("You said, we did"))
# Phrases with the council's values in them.
COUNCIL_WEBSITE = N_("%(council)s website")
RUN_BY = N_("%(site)s is run by %(council)s.")
PHONE = N_("Phone")
EMAIL = N_("Email")
WRITE_TO = N_("Write to %(address)s.")


def theme_words(settings: SiteSettings | None) -> dict[str, dict[str, Markup]]:
    """Every theme phrase, ready to print, in English and each of the site's languages; without settings (the
    preview's page of content problems), the English phrases that need none."""
    if settings is None:
        return {ENGLISH: {key: escape(phrase) for key, phrase in WORDS.items()}}
    return {code: _words(settings, code) for code in [ENGLISH, *settings.languages]}


def theme_language_settings(settings: SiteSettings) -> dict[str, object]:
    """Everything the theme needs for the site's languages (config.extra.family_hub): its words in each, and
    the languages themselves."""
    return {"words": theme_words(settings), **language_settings(settings)}


def language_settings(settings: SiteSettings) -> dict[str, object]:
    """What the theme knows of the site's languages: each one's name in itself (as the switcher shows it), its
    direction, and which of them Material has its own interface words in (theme/partials/language.html)."""
    codes = [ENGLISH, *settings.languages]
    return {
        "languages": {code: escape(language(code).name) for code in codes},
        "sections_in_languages": [urls.HOME, *urls.IN_LANGUAGES],
        "tabs": {code: {tab: escape(phrases(code).gettext(tab)) for tab in TABS} for code in settings.languages},
        "directions": {code: language(code).direction for code in codes},
        "material_languages": [code for code in codes if (MATERIAL_LANGUAGES / f"{code}.html").is_file()],
    }


def _words(settings: SiteSettings, code: str) -> dict[str, Markup]:
    translate = phrases(code).gettext
    words = {key: escape(translate(phrase)) for key, phrase in WORDS.items()}
    council = escape(settings.council_name)
    words["council_website"] = Markup(escape(translate(COUNCIL_WEBSITE))) % {"council": council}
    words["run_by"] = Markup(escape(translate(RUN_BY))) % {"site": escape(settings.site_name), "council": council}
    words["phone"] = escape(translate(PHONE))
    words["email"] = escape(translate(EMAIL))
    address = settings.contact.address
    if address:
        words["write_to"] = Markup(escape(translate(WRITE_TO))) % {"address": ", ".join(address)}
    return words
