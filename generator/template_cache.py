"""Compiled page templates kept between builds, as Python keeps compiled modules in ``__pycache__``.

Compiling the templates is about a third of a second of every build, the same work each time. Jinja's
bytecode cache keeps each compiled template in a folder only this user can read or write (Jinja makes it in
the system's temporary folder) and uses it while the template's text is unchanged.

Jinja knows a cached template by its file and text, not by the options it was compiled with, so the files'
names carry a fingerprint of the Jinja version and of the modules that set those options and extensions: a
change to any of them compiles afresh. The cache only ever saves time: when its folder cannot be used, or a file cannot
be written, templates are compiled as if it were not there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket


class _QuietCache(FileSystemBytecodeCache):
    """Jinja's cache, except that a file it cannot read or write is passed over (a full disk, say)."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            pass

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def template_cache(options_from: Iterable[Path], folder: Path | None = None,
                   also: bytes = b"") -> BytecodeCache | None:
    """The cache for templates compiled with what the modules ``options_from`` set (the environment's options,
    its extensions); ``folder``: where to keep them, if not in Jinja's own folder for this user. ``also``:
    anything else compiled into them (a language's code and catalogue, whose phrases become constants)."""
    fingerprint = hashlib.sha256(version("jinja2").encode())
    for module in options_from:
        fingerprint.update(b"\0" + module.read_bytes())
    fingerprint.update(b"\0" + also)
    try:
        return _QuietCache(None if folder is None else str(folder),
                           pattern=f"family-hub-{fingerprint.hexdigest()[:16]}-%s.cache")
    except (OSError, RuntimeError):  # Jinja found no folder that only this user can write to
        return None
