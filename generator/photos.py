"""Venue photos made ready for phones: resized, and stripped of metadata such as GPS."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

MAX_WIDTH = 800


def phone_photo(source: Path) -> bytes:
    """A JPEG no wider than ``MAX_WIDTH`` that carries only pixels, no EXIF or other metadata."""
    with Image.open(source) as image:
        image = ImageOps.exif_transpose(image)  # keep the orientation the camera meant
        image = image.convert("RGB")
        if image.width > MAX_WIDTH:
            height = round(image.height * MAX_WIDTH / image.width)
            image = image.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
        # A fresh image holds pixels only: no EXIF, GPS, ICC or comments come along.
        clean = Image.new("RGB", image.size)
        clean.paste(image)
        out = io.BytesIO()
        clean.save(out, format="JPEG", quality=80, optimize=True, progressive=True)
        return out.getvalue()
