"""Writing iCalendar content lines (RFC 5545 section 3.1): escaping, date-times and folding.

The events of a county's feeds are tens of thousands of lines. Building an
``icalendar`` object for each and serialising it was most of the build's
calendar time, so events are written here directly. The rules are the ones
``icalendar`` 7.3 keeps, and ``tests/timetable/test_ics_text.py`` checks that
these functions give byte for byte what ``icalendar`` gives, so a feed is the
same whichever writes it:

* TEXT values escape backslash, semicolon and comma, and write a line break
  as ``\\n`` (a lone CR or a CRLF too).
* Lines end with CRLF and are folded so that no line is longer than 75
  octets: a first part of at most 74 octets, then parts of at most 74 octets
  each after a CRLF and one space. A fold never splits a UTF-8 character, and
  never separates a backslash from the character it escapes.
"""

from __future__ import annotations

from datetime import UTC, datetime

CRLF = "\r\n"
_PART = 74  # octets of text on each physical line, before the CRLF (plus the space on continuations)


def text(value: str) -> str:
    """A TEXT value escaped for a content line."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def local_time(moment: datetime) -> str:
    """A DATE-TIME in the zone its TZID parameter names: ``20261124T180000``."""
    return f"{moment:%Y%m%dT%H%M%S}"


def utc_time(moment: datetime) -> str:
    """A DATE-TIME in UTC: ``20261102T000000Z``."""
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def line(name: str, value: str, parameters: str = "") -> str:
    """One content line, folded, with its CRLF. ``value`` is already in its type's form (see ``text``)."""
    return fold(f"{name}{parameters}:{value}") + CRLF


def fold(unfolded: str) -> str:
    """Fold a content line (without its CRLF) into physical lines of at most 75 octets."""
    if len(unfolded) <= _PART // 4 or len(unfolded.encode("utf-8")) <= _PART:
        return unfolded  # most lines: short enough as they are
    if unfolded.isascii():
        return _fold_ascii(unfolded)
    parts: list[str] = []
    current: list[str] = []
    octets = 0
    for character in unfolded:
        size = len(character.encode("utf-8"))
        if current and octets + size > _PART:
            # An escape such as "\;" or "\n" stays whole: its backslash moves to the next line.
            carried = [current.pop()] if len(current) > 1 and current[-1] in "\\^" else []
            parts.append("".join(current))
            current, octets = carried, sum(len(c.encode("utf-8")) for c in carried)
        current.append(character)
        octets += size
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def _fold_ascii(unfolded: str) -> str:
    """``fold`` for a line of ASCII (one octet a character), by slices: most long lines of a county's feeds
    are descriptions in English, and going character by character was the feeds' largest cost."""
    parts: list[str] = []
    start = 0
    while len(unfolded) - start > _PART:
        end = start + _PART
        if unfolded[end - 1] in "\\^":  # as above: an escape's backslash moves to the next line
            end -= 1
        parts.append(unfolded[start:end])
        start = end
    parts.append(unfolded[start:])
    return (CRLF + " ").join(parts)
