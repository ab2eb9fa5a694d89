"""Swap a freshly built site folder in as the published site, in one step.

``site`` is a symbolic link to a build folder kept beside it, in ``.site-builds/``::

    site -> .site-builds/20261123-021500-1a2b3c4d

Publishing moves the new build into ``.site-builds/`` under a name of its own,
makes a new link to it there, and renames that link over ``site``. rename(2)
replaces ``site`` in one step, so whoever opens a path under ``site/`` finds
either the whole old build or the whole new one, never a mixture and never
nothing, and a process killed at any moment leaves one of the two in place.
(The one exception, the first publish over a ``site/`` folder on a system that
cannot exchange two paths in one step, is described in ``_replace_folder``.)

Builds other than the published one and the one it replaced are deleted after
the swap, together with anything a killed run left behind. The replaced build
is kept until the next publish so that a reader already inside it (``tar
--directory site``, a shell whose working folder is ``site/``) can finish.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import sys
import time
from pathlib import Path

LOCK_NAME = ".lock"
# The link made beside a new build before it is renamed over the published site.
LINK_SUFFIX = ".link"
# The name a site folder published before `site` became a link is given among the builds.
OLD_SUFFIX = ".old-site"


class PublishError(Exception):
    """Publishing was refused; the published site has not been changed."""


def builds_folder(site: Path) -> Path:
    """Where the builds behind ``site`` are kept: ``.site-builds`` beside ``site``."""
    return site.parent / f".{site.name}-builds"


def publish(new_build: Path, site: Path) -> Path:
    """Make ``new_build`` (a finished build folder) the published ``site``; return where the build now lives.

    ``new_build`` is moved, not copied, so it must be on the same file system as ``site``.
    """
    # The folder holding `site` is resolved, never `site` itself: it is the link that is replaced.
    site = site.parent.resolve() / site.name
    new_build = new_build.parent.resolve() / new_build.name
    builds = builds_folder(site)
    if new_build.is_symlink() or not new_build.is_dir():
        raise PublishError(f"{new_build} is not a folder holding a built site")
    if new_build == site or new_build.is_relative_to(builds):
        raise PublishError(f"{new_build} is already published or kept as a build; publish a fresh build folder")
    if site.is_relative_to(new_build):
        raise PublishError(f"{new_build} holds {site}; publish the folder the site was built into")
    if os.path.lexists(site) and not site.is_symlink() and not site.is_dir():
        raise PublishError(f"{site} is a file, not a site folder; move it out of the way")
    builds.mkdir(exist_ok=True)
    with _locked(builds):
        replaced = _published_build(site, builds)
        name = _new_name(builds)
        build = builds / name
        try:
            os.rename(new_build, build)
        except OSError as error:
            if error.errno == errno.EXDEV:
                raise PublishError(f"{new_build} must be on the same file system as {site}") from None
            raise
        link = builds / (name + LINK_SUFFIX)
        os.symlink(os.path.relpath(build, site.parent), link)
        if site.is_symlink() or not os.path.lexists(site):
            os.replace(link, site)
        else:
            replaced = _replace_folder(site, link)
        _clean(builds, keep={name, replaced, _published_build(site, builds)})
    return build


def _replace_folder(site: Path, link: Path) -> str:
    """Put ``link`` where the real folder ``site`` is (a site published before ``site`` became a link).

    Returns the name the old folder now has in the builds folder. This happens
    once per checkout.

    rename(2) cannot put anything over a folder that has files in it, so the two
    are exchanged in one step with Linux's renameat2(RENAME_EXCHANGE): ``site``
    becomes the link and ``link`` the old folder, which is then given its name.

    Where the exchange is not available (not Linux, a kernel before 3.15, a C
    library without renameat2, or a file system without it, such as NFS), the
    old folder is first moved whole into the builds folder, then the link is
    renamed into its place. Nothing is ever half written, but between those two
    renames, a few microseconds, ``site`` does not exist: a reader then gets
    "not found", and a process killed exactly there leaves no ``site`` until the
    next publish (the old site is still whole in the builds folder until then).
    """
    old = link.with_name(link.name.removesuffix(LINK_SUFFIX) + OLD_SUFFIX)
    if _exchange(link, site):
        os.rename(link, old)
    else:
        os.rename(site, old)
        os.rename(link, site)
    return old.name


AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step; False when the system cannot (nothing has changed then)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only here: needed once per checkout

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2  # glibc 2.28 and later
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):  # the kernel or the file system lacks it
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def _published_build(site: Path, builds: Path) -> str | None:
    """The name of the build ``site`` links to, when it is one in ``builds``."""
    if not site.is_symlink():
        return None
    target = Path(os.path.realpath(site))
    return target.name if target.parent == Path(os.path.realpath(builds)) else None


def _new_name(builds: Path) -> str:
    """A name nothing in ``builds`` starts with: the time (for people looking in the folder) and a random part."""
    while True:
        name = time.strftime("%Y%m%d-%H%M%S", time.gmtime()) + "-" + os.urandom(4).hex()
        if not any(entry.startswith(name) for entry in os.listdir(builds)):
            return name


def _clean(builds: Path, keep: set[str | None]) -> None:
    """Delete all in ``builds`` but the lock and the builds in ``keep``: older builds, and what killed runs left."""
    for entry in os.scandir(builds):
        if entry.name == LOCK_NAME or entry.name in keep:
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)


class _locked:
    """Hold an exclusive lock on ``builds`` so two publishes never clean up each other's builds.

    The system drops the lock when its holder ends, even when it is killed.
    """

    def __init__(self, builds: Path) -> None:
        self.path = builds / LOCK_NAME

    def __enter__(self) -> None:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)
