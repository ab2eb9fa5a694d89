"""The timetable: sessions, term dates and closures, one occurrence engine, and what is made from it.

Modules, one job each:

* ``schema``: what editors write in ``timetable/`` (pydantic models);
* ``relative_dates``: ``next-1`` style dates that keep the example site fresh;
* ``loading``: reads ``timetable/`` into the shared ``LoadedContent``;
* ``checks``: plain-English problems with file and line;
* ``model``: the checked timetable that ``Site`` carries;
* ``terms``: the term calendar (terms, half-terms, bank holidays, closures);
* ``engine``: the only code that turns sessions into dated occurrences;
* ``words``: recurrence, dates and times of day in words;
* ``feeds``: which calendar feeds exist, their addresses and subscribe links;
* ``vtimezone`` and ``ics``: the feeds' bytes;
* ``open_data``: ``data/sessions.json``;
* ``view``: the schedule of one build, shared by every renderer;
* ``wards``: the wards What's on is split into when it is too big for one page;
* ``fragments``, ``pages``, ``whats_on``, ``whats_on_wards`` and ``calendar_pages``: HTML;
* ``outputs``: everything above as pages and files for ``generator.build``.
"""
