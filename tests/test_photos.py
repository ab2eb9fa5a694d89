"""Venue photos are made small for phones and lose their metadata, such as where they were taken."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageFile

from generator.photos import MAX_WIDTH, phone_photo, photo_problem

GPS_IFD = 0x8825


def _photo_with_location(path: Path) -> None:
    image = Image.new("RGB", (2400, 1600), (120, 160, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0131] = "CameraApp 1.0"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 25.0, 1.0), 3: "W", 4: (1.0, 53.0, 2.0)})
    image.save(path, format="JPEG", exif=exif.tobytes())


def test_photo_is_resized_and_stripped(tmp_path: Path) -> None:
    source = tmp_path / "hub.jpg"
    _photo_with_location(source)
    with Image.open(source) as original:
        assert original.getexif().get_ifd(GPS_IFD), "the test photo must start with a location"
    output = tmp_path / "out.jpg"
    output.write_bytes(phone_photo(source))
    with Image.open(output) as published:
        assert published.width == MAX_WIDTH
        assert published.height == 533
        assert not published.getexif()
        assert "exif" not in published.info
        assert "icc_profile" not in published.info
    assert b"PhoneMaker" not in output.read_bytes()


def test_same_photo_gives_same_bytes(tmp_path: Path) -> None:
    source = tmp_path / "hub.jpg"
    _photo_with_location(source)
    assert phone_photo(source) == phone_photo(source)


def test_a_photo_cut_short_is_refused_even_when_pillow_is_told_to_read_such_files(tmp_path: Path) -> None:
    import weasyprint  # noqa: F401 - importing it (the printed materials) tells Pillow so for the whole process

    whole = tmp_path / "whole.jpg"
    _photo_with_location(whole)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True
    assert photo_problem(cut) == "the photo file is damaged or cut short; save it again as a JPEG"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # what the process had asked for is left as it was
    assert photo_problem(whole) is None
