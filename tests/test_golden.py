"""The golden-file checks themselves (tests/golden.py) fail when they should, and only an update writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from .golden import MANIFEST, check_folder, check_text, read_folder

Output = dict[str, str | bytes]
FILES: Output = {"index.md": "# Home\n", "data/venues.json": "[]\n", "photos/hub.jpg": b"\xff\xd8 not a real photo"}


def test_a_missing_golden_file_fails_and_is_not_written(tmp_path: Path) -> None:
    golden = tmp_path / "expected.txt"
    with pytest.raises(pytest.fail.Exception, match="--update-golden"):
        check_text("words\n", golden, update=False)
    assert not golden.exists()
    check_text("words\n", golden, update=True)
    check_text("words\n", golden, update=False)
    with pytest.raises(pytest.fail.Exception, match="differs"):
        check_text("other words\n", golden, update=False)


def test_a_missing_golden_folder_fails_and_is_not_written(tmp_path: Path) -> None:
    with pytest.raises(pytest.fail.Exception, match="--update-golden"):
        check_folder(FILES, tmp_path / "expected", update=False)
    assert not (tmp_path / "expected").exists()


def test_the_folder_holds_text_as_text_and_bytes_by_hash(tmp_path: Path) -> None:
    golden = tmp_path / "expected"
    check_folder(FILES, golden, update=True)
    assert (golden / "index.md").read_text() == "# Home\n"
    assert not (golden / "photos").exists()
    assert (golden / MANIFEST).read_text().endswith("  photos/hub.jpg\n")
    text, hashes = read_folder(golden)
    assert set(text) == {"index.md", "data/venues.json"} and set(hashes) == {"photos/hub.jpg"}
    check_folder(FILES, golden, update=False)


@pytest.mark.parametrize("changed", [
    {**FILES, "index.md": "# Home page\n"},  # a text file differs
    {**FILES, "photos/hub.jpg": b"\xff\xd8 another photo"},  # a bytes file differs
    {**FILES, "new/index.md": "# New\n"},  # a file added
    {k: v for k, v in FILES.items() if k != "data/venues.json"},  # a text file gone
    {k: v for k, v in FILES.items() if k != "photos/hub.jpg"},  # a bytes file gone
    {**FILES, "index.md": b"# Home\n"},  # text became bytes
])
def test_any_difference_in_the_whole_output_fails(tmp_path: Path, changed: Output) -> None:
    golden = tmp_path / "expected"
    check_folder(FILES, golden, update=True)
    with pytest.raises(pytest.fail.Exception):
        check_folder(changed, golden, update=False)
    check_folder(changed, golden, update=True)  # an update takes the change, removing what is gone
    check_folder(changed, golden, update=False)
