"""Venue photos made ready for phones: resized, and stripped of metadata such as GPS.

The check makes each photo exactly as the build will (``photo_problem``), so a
file that is not a photo, is cut short or is too big is a message naming the
venue, never a failed build. The result is kept for the build in the same run.
"""

from __future__ import annotations

import functools
import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

MAX_WIDTH = 800
# A photo file straight from a phone is a few megabytes; far bigger is not a photo to publish.
MAX_FILE_BYTES = 30_000_000
# 50 megapixels: more than any phone camera, far less than an image made to exhaust memory when opened.
MAX_PIXELS = 50_000_000
FORMATS = {"JPEG", "PNG", "WEBP"}


class PhotoProblem(Exception):
    """Why a file cannot be published as a photo, in words for the editor."""


def phone_photo(source: Path) -> bytes:
    """A JPEG no wider than ``MAX_WIDTH`` that carries only pixels, no EXIF or other metadata.

    Raises ``PhotoProblem`` when the file cannot be made into one.
    """
    stat = source.stat()
    return _phone_photo(source, stat.st_size, stat.st_mtime_ns)


def photo_problem(source: Path) -> str | None:
    """Why ``source`` cannot be published as a photo, or None when it can."""
    try:
        phone_photo(source)
    except PhotoProblem as problem:
        return str(problem)
    return None


@functools.lru_cache(maxsize=256)
def _phone_photo(source: Path, size: int, modified: int) -> bytes:
    """The photo made once per file version: the check and the build in one run share it."""
    if size == 0:
        raise PhotoProblem("the photo file is empty")
    if size > MAX_FILE_BYTES:
        raise PhotoProblem(f"the photo file is over {MAX_FILE_BYTES // 1_000_000} MB; save a smaller copy")
    with pillow_refusals(PhotoProblem, too_big="the photo has more pixels than a phone camera takes; save a "
                         "smaller copy", unreadable="the file is not a photo that can be read; save it again as "
                         "a JPEG", damaged="the photo file is damaged or cut short; save it again as a JPEG"):
        with Image.open(source) as image:
            if image.format not in FORMATS:
                raise PhotoProblem(f"the photo is a {image.format} file; use a JPEG, PNG or WebP photo")
            if image.width * image.height > MAX_PIXELS:
                raise PhotoProblem(f"the photo is {image.width} by {image.height} pixels, more than a phone "
                                   "camera takes; save a smaller copy")
            return _for_phones(image)


@contextmanager
def pillow_refusals(problem: type[Exception], *, too_big: str, unreadable: str, damaged: str) -> Iterator[None]:
    """Whatever Pillow raises for a file that is not a good image, as ``problem`` with words for the editor.

    Pillow warns, then refuses, above its own pixel limit; callers check a lower limit of their own and say
    it in words, so the warning is silenced. A ``problem`` raised inside passes through as it is.

    A file cut short is refused even where something in the same process has told Pillow to read such files
    (WeasyPrint, which draws the printed materials, does so for the whole process when it is imported).
    """
    reads_cut_files = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            yield
    except problem:
        raise
    except Image.DecompressionBombError:
        raise problem(too_big) from None
    except UnidentifiedImageError:
        raise problem(unreadable) from None
    except Exception:  # noqa: BLE001 - a damaged file can make Pillow raise almost anything
        raise problem(damaged) from None
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = reads_cut_files


def _for_phones(image: Image.Image) -> bytes:
    image = ImageOps.exif_transpose(image)  # keep the orientation the camera meant
    image = image.convert("RGB")
    if image.width > MAX_WIDTH:
        height = max(1, round(image.height * MAX_WIDTH / image.width))
        image = image.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
    # A fresh image holds pixels only: no EXIF, GPS, ICC or comments come along.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    out = io.BytesIO()
    clean.save(out, format="JPEG", quality=80, optimize=True, progressive=True)
    return out.getvalue()
