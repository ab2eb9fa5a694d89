"""The open data page lists every file, and explains every field each file holds."""

from __future__ import annotations

import csv
import io
import json

from generator.build import build_site
from generator.render.open_data_page import DATA_FILES, HEADER_FIELDS

from .conftest import EXAMPLE_TODAY, example_project


def test_every_field_of_every_file_is_explained(tmp_path) -> None:
    files = build_site(example_project(tmp_path / "project"), EXAMPLE_TODAY)
    page = files["data/index.md"]
    for data_file in DATA_FILES:
        text = files[data_file.path]
        if data_file.path.endswith(".csv"):
            written = set(next(csv.reader(io.StringIO(text))))
        else:
            data = json.loads(text)
            records = data[data_file.records]
            assert records, data_file.path
            written = {key for record in records for key in record}
            assert set(data) - {data_file.records} <= set(HEADER_FIELDS) | set(data_file.fields), data_file.path
        assert written <= set(data_file.fields), (data_file.path, sorted(written - set(data_file.fields)))
        assert f'href="../{data_file.path}"' in page
        for field in data_file.fields:
            assert f"<code>{field.replace('_', '_<wbr>')}</code>" in page
    assert "Open Government Licence v3.0" in page and "childcare.csv-metadata.json" in page
    metadata = json.loads(files["data/childcare.csv-metadata.json"])
    assert metadata["dc:license"]["@id"].startswith("https://www.nationalarchives.gov.uk/")
    assert [c["name"] for c in metadata["tableSchema"]["columns"]] == next(csv.reader(io.StringIO(
        files["data/childcare.csv"])))
