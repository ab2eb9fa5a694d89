"""Phrases without values are translated when a template is compiled (generator/template_phrases.py): the
same pages as translating them on every use, without the calls."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import templating
from generator.build import generate
from generator.template_phrases import ConstantPhrases

from .conftest import EXAMPLE_TODAY

PHRASES = ('{% set a, b = _("Time"), _("100%% & <b>sure</b>") %}{{ a }}|{{ b }}|{{ _("Ages %(ages)s", ages=x) }}'
           '|{{ thing._ }}|{{ _("One").upper() }}')


def test_a_phrase_without_values_is_kept_as_markup_when_compiled_and_one_with_values_is_not() -> None:
    environment = templating.environment()
    code = environment.compile(PHRASES, raw=True)
    assert "Markup('Time')" in code and "Markup('100% & <b>sure</b>')" in code and "Markup('One')" in code
    assert "'Ages %(ages)s'" in code and "Markup('Ages" not in code
    written = environment.from_string(PHRASES).render(x="<i>", thing={"_": "<attribute>"})
    assert written == "Time|100% & <b>sure</b>|Ages &lt;i&gt;|&lt;attribute&gt;|ONE"


def test_a_phrase_with_a_placeholder_and_no_values_still_fails_when_used() -> None:
    with pytest.raises(KeyError):
        templating.environment().from_string('{{ _("Ages %(ages)s") }}').render()


def test_every_page_is_the_same_as_with_phrases_translated_on_every_use(
        example_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled_in = generate(example_root, EXAMPLE_TODAY).files
    monkeypatch.setattr(ConstantPhrases, "filter_stream", lambda self, stream: stream)
    monkeypatch.setattr(templating, "template_cache", lambda **_: None)  # compile afresh, without the extension
    templating._environment.cache_clear()
    try:
        code = templating.environment().compile('{{ _("Time") }}', raw=True)
        assert "Markup('Time')" not in code  # the comparison below is with phrases translated on every use
        translated_each_time = generate(example_root, EXAMPLE_TODAY).files
    finally:
        templating._environment.cache_clear()
    assert translated_each_time == compiled_in
    assert any(path.startswith("ur/") for path in compiled_in)  # the example's languages compared too
