"""datapackage.json: a schema for every column of goals.csv, checked by frictionless itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tzgoals.models import Dataset
from tzgoals.render.package import COLUMNS, datapackage, package_name, schema
from tzgoals.render.rows import STATUS_FIELDS
from tzgoals.vocabulary import Status

GENERATED = datetime(2024, 3, 1, tzinfo=UTC)


def test_the_schema_describes_every_column_in_order() -> None:
    fields = schema()["fields"]
    assert [f["name"] for f in fields] == list(STATUS_FIELDS)
    assert set(COLUMNS) == set(STATUS_FIELDS)
    assert all(f["description"] and f["type"] for f in fields)


def test_id_is_the_key_and_status_an_enum() -> None:
    described = schema()
    assert described["primaryKey"] == ["id"]
    status = next(f for f in described["fields"] if f["name"] == "status")
    assert status["constraints"]["enum"] == [s.value for s in Status]


def test_the_sources_are_the_packages_sources_with_their_urls(dataset: Dataset) -> None:
    source = next(iter(dataset.sources.values()))
    with_url = source.model_copy(update={"url": "https://example.org/plan"})
    data = replace(dataset, sources={**dataset.sources, source.file: with_url})
    sources = datapackage(data, 2023, GENERATED)["sources"]
    assert sources[0] == {
        "title": f"{source.title} / {source.title_en}",
        "path": "https://example.org/plan",
    }
    assert "path" not in sources[1]


def test_a_package_name_is_lower_case_words_and_the_year(dataset: Dataset) -> None:
    assert package_name(dataset, 2023) == "tongzhou-district-nantong-jiangsu-2023"
    unnamed = replace(dataset, info=dataset.info.model_copy(update={"name_en": ""}))
    assert package_name(unnamed, 2023) == "goals-2023"
