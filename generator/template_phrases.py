"""Interface phrases without values, translated once when a template is compiled rather than on every use.

Most of a template's ``_()`` calls are fixed phrases: ``_("Time")``, ``_("Cancelled.")``. Called at render
time, each went through Jinja's call machinery and the translation function for the same answer every time:
at a county's size, tens of thousands of calls. This extension rewrites ``_("phrase")`` (one string and
nothing else) as ``("the translated phrase"|safe)`` while the template is compiled, which Jinja then keeps as
a constant: the same markup ``_()`` would give, made once. ``_()`` with values is left as it is.

The phrase comes from the environment's own ``_``, so a template compiled for one language holds that
language's phrases: an environment (and its cache of compiled templates, ``template_cache``) per language.
Babel reads the templates without this extension (``templating.EXTENSIONS``), so it still finds every phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import cast

from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream

_CALL = ("name", "lparen", "string", "rparen")


class ConstantPhrases(Extension):
    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        tokens = list(stream)  # a template's tokens: a few thousand at most
        at = 0
        while at < len(tokens):
            if _is_call(tokens, at):
                yield from self._constant(tokens[at: at + len(_CALL)])
                at += len(_CALL)
            else:
                yield tokens[at]
                at += 1

    def _constant(self, call: list[Token]) -> list[Token]:
        """``("phrase"|safe)`` for ``_("phrase")``, or the call as it was if the phrase needs values."""
        name, _, phrase, _ = call
        translate = cast(Callable[[str], str], self.environment.globals["_"])
        try:
            translated = str(translate(phrase.value))
        except (KeyError, TypeError, ValueError):  # it has a placeholder: leave it to fail as it would have
            return call
        line = name.lineno
        return [Token(line, "lparen", "("), Token(line, "string", translated), Token(line, "pipe", "|"),
                Token(line, "name", "safe"), Token(line, "rparen", ")")]


def _is_call(tokens: list[Token], at: int) -> bool:
    """Whether ``_("phrase")`` starts at ``at``: the name ``_`` (not an attribute such as ``x._``), a bracket,
    one string and the closing bracket."""
    window = tokens[at: at + len(_CALL)]
    return ([token.type for token in window] == list(_CALL) and window[0].value == "_"
            and (at == 0 or tokens[at - 1].type != "dot"))
