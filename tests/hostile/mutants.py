"""Careless and hostile edits of a content file, made from a seed so that every run tries the same ones.

Each mutation takes a file's bytes and a random generator and returns new bytes. They cover what editors do
by accident (broken indentation, tabs, a file cut short, Windows line endings, a byte order mark, values of
the wrong type, impossible dates and times, a key written twice, an unknown key) and what an attacker tries
(invalid UTF-8, NUL and control bytes, huge and astral-plane strings, anchors, aliases, tags, deep nesting).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Mutation = Callable[[bytes, random.Random], bytes]

_VALUE_LINE = re.compile(rb"^(\s*(?:- )?[a-z_]+: )(.+)$", re.M)
_KEY_LINE = re.compile(rb"^(\s*(?:- )?)([a-z_]+):(.*)$", re.M)


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _pick_line(data: bytes, rng: random.Random) -> tuple[list[bytes], int]:
    lines = _lines(data)
    return lines, rng.randrange(len(lines))


def _replace_value(data: bytes, rng: random.Random, value: bytes) -> bytes:
    matches = list(_VALUE_LINE.finditer(data))
    if not matches:
        return data + b"\nname: " + value + b"\n"
    match = rng.choice(matches)
    return data[: match.start(2)] + value + data[match.end(2):]


def indentation(data: bytes, rng: random.Random) -> bytes:
    lines, i = _pick_line(data, rng)
    lines[i] = b" " * rng.choice([1, 3, 5]) + lines[i] if rng.random() < 0.6 else lines[i].lstrip()
    return b"\n".join(lines)


def tabs(data: bytes, rng: random.Random) -> bytes:
    lines, i = _pick_line(data, rng)
    lines[i] = b"\t" + lines[i].lstrip(b" ")
    return b"\n".join(lines)


def truncation(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def byte_order_mark(data: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.5:
        return b"\xef\xbb\xbf" + data
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"\xef\xbb\xbf" + data[at:]


def windows_line_endings(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\n", b"\r\n") if rng.random() < 0.7 else data.replace(b"\n", b"\r")


def invalid_utf8(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    junk = bytes(rng.choice([0x80, 0xC3, 0xE9, 0xFF, 0xFE, 0xED, 0xF8]) for _ in range(rng.randint(1, 3)))
    return data[:at] + junk + data[at:]


def control_bytes(data: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.5:
        at = rng.randrange(len(data) + 1)
        return data[:at] + bytes([rng.choice([0, 7, 8, 11, 12, 27, 127])]) + data[at:]
    escape = rng.choice([b'"\\x07 bell"', b'"\\0"', b'"\\e[31m red"', b'"\\ud83d"', b'"a\\x85b"', b'"\\uFFFE"'])
    return _replace_value(data, rng, escape)


def wrong_type(data: bytes, rng: random.Random) -> bytes:
    value = rng.choice([b"[1, 2, 3]", b"{a: b}", b"[]", b"{}", b"''", b"- x", b"~", b"null", b"12e400",
                        b"[[x]]", b"{monday: [1]}", b"-5", b"nan", b".inf", b"0x1F", b"1_000"])
    return _replace_value(data, rng, value)


def huge_string(data: bytes, rng: random.Random) -> bytes:
    size = rng.choice([5_000, 100_000, 1_000_000])
    return _replace_value(data, rng, b"x" * size if rng.random() < 0.5 else (b"word " * (size // 5)).strip())


def astral(data: bytes, rng: random.Random) -> bytes:
    text = rng.choice(["\U0001F476 Baby", "Group \U0001F31F\U0001F308", "\U0001D4B7\U0001D4B8", "\U0010FFFD",
                       "Zwi\u0000schen", "\u202eevil", "\u2028line"]).encode("utf-8", "surrogatepass")
    return _replace_value(data, rng, b'"' + text + b'"' if rng.random() < 0.5 else text)


def unknown_key(data: bytes, rng: random.Random) -> bytes:
    matches = list(_KEY_LINE.finditer(data))
    if not matches:
        return data + b"\ncolour: blue\n"
    match = rng.choice(matches)
    indent = match.group(1).replace(b"- ", b"  ")
    return data[: match.start()] + indent + b"colour: blue\n" + data[match.start():]


def duplicate_key(data: bytes, rng: random.Random) -> bytes:
    matches = list(_KEY_LINE.finditer(data))
    if not matches:
        return data + data
    match = rng.choice(matches)
    line = data[match.start(): match.end()]
    copy = line.replace(b"- ", b"  ", 1) if line.lstrip().startswith(b"- ") else line
    return data[: match.end()] + b"\n" + copy + data[match.end():]


def anchors_aliases_tags(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:
        bomb = b"a0: &a0 [x,x,x,x,x,x,x,x,x]\n" + b"".join(
            b"a%d: &a%d [" % (i, i) + b",".join([b"*a%d" % (i - 1)] * 9) + b"]\n" for i in range(1, 10))
        return bomb + data
    if choice == 1:
        return _replace_value(data, rng, b"&r [*r]")
    if choice == 2:
        return _replace_value(data, rng, rng.choice([b"!!python/object:os.system ls", b"!!str 10:30", b"!x y",
                                                     b"!!binary aGVsbG8="]))
    if choice == 3:
        return _replace_value(data, rng, b"*undefined")
    return b"base: &base\n  x: 1\n" + data.replace(b"\n", b"\n", 1) + b"\nother:\n  <<: *base\n"


def impossible_date_or_time(data: bytes, rng: random.Random) -> bytes:
    dates = list(re.finditer(rb"\d{4}-\d{2}-\d{2}", data))
    times = list(re.finditer(rb"\b\d{2}:\d{2}\b", data))
    bad_dates = [b"2026-02-30", b"2026-13-01", b"0000-00-00", b"0001-01-01", b"9999-12-31", b"2026-1-1",
                 b"2026-01-01T10:00", b"1700000000", b"next-0", b"next-999"]
    bad_times = [b"25:00", b"12:60", b"99:99", b"13pm", b"00:00am", b"-1:00", b"24:00"]
    if dates and (not times or rng.random() < 0.5):
        match = rng.choice(dates)
        return data[: match.start()] + rng.choice(bad_dates) + data[match.end():]
    if times:
        match = rng.choice(times)
        return data[: match.start()] + rng.choice(bad_times) + data[match.end():]
    return _replace_value(data, rng, rng.choice(bad_dates))


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([50, 2_000, 20_000])
    if rng.random() < 0.5:
        return _replace_value(data, rng, b"[" * depth + b"]" * depth)
    return data + b"\n" + b"".join(b" " * i + b"k%d:\n" % i for i in range(min(depth, 3000)))


def emptied(data: bytes, rng: random.Random) -> bytes:
    return rng.choice([b"", b"   \n\n", b"---\n", b"# only a comment\n", b"[]\n", b"just text\n", b"---\n---\n"])


MUTATIONS: dict[str, Mutation] = {
    "broken indentation": indentation,
    "tabs": tabs,
    "truncation": truncation,
    "byte order mark": byte_order_mark,
    "CRLF or CR": windows_line_endings,
    "invalid UTF-8": invalid_utf8,
    "NUL and control bytes": control_bytes,
    "value of the wrong type": wrong_type,
    "huge string": huge_string,
    "astral-plane string": astral,
    "unknown key": unknown_key,
    "duplicate key": duplicate_key,
    "anchors, aliases and tags": anchors_aliases_tags,
    "impossible date or time": impossible_date_or_time,
    "deep nesting": deep_nesting,
    "emptied": emptied,
}
