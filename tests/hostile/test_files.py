"""Files that cannot be content: the check names each one by file and line, and the build never starts."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from generator.check import check_content
from generator.problems import Problem

from ..conftest import EXAMPLE_TODAY, example_project

VENUE = "content/venues/northgate-family-hub.yml"
PHOTO = "content/photos/northgate-family-hub.jpg"


def _errors(project: Path) -> list[Problem]:
    site, problems = check_content(project, EXAMPLE_TODAY)
    errors = [p for p in problems if not p.warning]
    assert site is None and errors, "the check must refuse this content"
    return errors


def _only(errors: list[Problem], path: str, words: str) -> Problem:
    assert len(errors) == 1 and errors[0].path == path and words in errors[0].message, errors
    return errors[0]


def _photo_line(project: Path) -> int:
    lines = (project / VENUE).read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.strip().startswith("file:"))


def _truncated_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), (200, 120, 40)).save(out, format="JPEG", quality=95)
    return out.getvalue()[: len(out.getvalue()) // 2]


def _huge_png() -> bytes:
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, format="PNG")  # a few kilobytes, 400 million pixels
    return out.getvalue()


@pytest.mark.parametrize("contents, words", [
    (b"this is not a photo\n", "not a photo that can be read"),
    (b"", "the photo file is empty"),
    (_truncated_jpeg(), "damaged or cut short"),
    (_huge_png(), "than a phone camera takes"),
], ids=["text file", "empty file", "truncated jpeg", "20000 by 20000 png"])
def test_a_photo_that_cannot_be_published(contents: bytes, words: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    (project / PHOTO).write_bytes(contents)
    problem = _only(_errors(project), VENUE, words)
    assert problem.line == _photo_line(project)
    assert problem.message.startswith("content/photos/northgate-family-hub.jpg: ")


def test_a_photos_folder_linked_from_elsewhere(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    elsewhere = tmp_path / "elsewhere"
    (project / "content" / "photos").rename(elsewhere)
    (project / "content" / "photos").symlink_to(elsewhere)
    _only(_errors(project), "content/photos", "this is a link to a file or folder somewhere else")


def test_a_page_linked_to_a_file_elsewhere_is_not_read(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: Secret\n---\nThe server's secret.\n")
    (project / "content" / "pages" / "secret.md").symlink_to(secret)
    _only(_errors(project), "content/pages/secret.md", "this is a link")


def test_a_linked_yaml_file_is_not_read_into_messages(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    secret = tmp_path / "secret.yml"
    secret.write_text("database_password: hunter2\n")
    (project / "content" / "services" / "secret.yml").symlink_to(secret)
    errors = _errors(project)
    _only(errors, "content/services/secret.yml", "this is a link")
    assert not any("database_password" in str(p) or "hunter2" in str(p) for p in errors)


def test_a_broken_link(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    (project / "content" / "pages" / "gone.md").symlink_to(tmp_path / "nowhere.md")
    _only(_errors(project), "content/pages/gone.md", "this is a link")


def test_a_folder_named_like_a_page_and_a_page_in_a_folder(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    (project / "content" / "pages" / "x.md").mkdir()
    (project / "content" / "pages" / "x.md" / "inner.md").write_text("---\ntitle: Inner\n---\nHello.\n")
    _only(_errors(project), "content/pages/x.md/inner.md", "is not published; move it into content/pages/")


def test_a_page_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    page = project / "content" / "pages" / "about.md"
    lines = page.read_bytes().split(b"\n")
    lines[6] += b" caf\x80"
    page.write_bytes(b"\n".join(lines))
    problem = _only(_errors(project), "content/pages/about.md", "not UTF-8")
    assert problem.line == 7


def test_a_yaml_file_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    service = project / "content" / "services" / "baby-massage.yml"
    service.write_bytes(service.read_bytes().replace(b"name: Baby massage", b"name: Baby m\xe9ssage"))
    problem = _only(_errors(project), "content/services/baby-massage.yml", "not UTF-8")
    assert problem.line == 2


@pytest.mark.parametrize("suffix", [".YML", ".yaml", ".Yml"])
def test_yaml_files_are_read_whatever_their_ending(suffix: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    services = project / "content" / "services"
    text = (services / "baby-massage.yml").read_text()
    (services / f"new-service{suffix}").write_text(text.replace("id: baby-massage", "id: new-service", 1)
                                                   .replace("colour", "").replace("name: Baby massage",
                                                                                  "name: New service\ncolour: x"))
    _only(_errors(project), f"content/services/new-service{suffix}", "'colour' is not a field a service can have")


def test_an_id_too_long_for_a_file_name(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    service = project / "content" / "services" / "baby-massage.yml"
    service.write_text(service.read_text().replace("id: baby-massage", "id: " + "a" * 300, 1))
    errors = [p for p in _errors(project) if p.path == "content/services/baby-massage.yml"]
    assert [(p.line, p.message) for p in errors] == [(1, "'id' is longer than 80 characters; shorten it")]


def test_a_ward_too_long_on_a_split_site(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    settings = project / "content" / "site.yml"
    settings.write_text(settings.read_text() + "\nwhats_on_one_page_limit: 20\nchildcare_one_page_limit: 10\n")
    venue = project / VENUE
    text = venue.read_text()
    ward = next(line for line in text.splitlines() if line.startswith("ward:"))
    venue.write_text(text.replace(ward, "ward: " + "Northgate " * 40, 1))
    problem = _only(_errors(project), VENUE, "'ward' is longer than 120 characters; shorten it")
    assert problem.line == text.splitlines().index(ward) + 1


def test_the_example_photo_passes(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    site, problems = check_content(project, EXAMPLE_TODAY)
    assert site is not None, problems
    assert os.path.getsize(project / PHOTO) > 1000


@pytest.mark.parametrize("name", ['"x\\0.jpg"', "a" * 300 + ".jpg", '"x\\ty.jpg"', "../../etc/passwd", "b" * 119])
def test_a_photo_name_no_file_can_have(name: str, tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    venue = project / VENUE
    venue.write_text(venue.read_text().replace("file: northgate-family-hub.jpg", f"file: {name}"))
    errors = _errors(project)
    assert {(p.path, p.line) for p in errors} == {(VENUE, _photo_line(project))}, errors


def test_a_page_too_long_for_a_phone(tmp_path: Path) -> None:
    project = example_project(tmp_path / "project")
    page = project / "content" / "pages" / "about.md"
    page.write_text(page.read_text() + "Many words. " * 20_000)
    problem = _only(_errors(project), "content/pages/about.md", "this file is over 200 KB")
    assert problem.line == 1
