"""Export and import: CSV read back into the same entries, every bad row named by its line."""

from __future__ import annotations

import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tzgoals.files.append import append_entries
from tzgoals.files.load import check_dataset, load_dataset
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import DataError
from tzgoals.files.transfer import read_csv, rows_to_entries
from tzgoals.models import Actual, Dataset, Target, field_order
from tzgoals.render.export import export_csv, export_rows
from tzgoals.vocabulary import Section

from ..conftest import DATA
from .conftest import SECTIONS


def entries_of(dataset: Dataset, section: Section) -> list[Any]:
    return {
        "sources": list(dataset.sources.values()),
        "areas": dataset.areas,
        "indicators": list(dataset.indicators.values()),
        "targets": dataset.targets,
        "actuals": list(dataset.all_actuals()),  # whole years and parts of years
    }[section]


def exported(dataset: Dataset, section: Section, folder: Path) -> Path:
    """The section written by export's own CSV code, as `tzgoals export` writes it."""
    path = folder / f"{section}.csv"
    path.write_text("".join(export_csv(dataset, section)), encoding="utf-8", newline="")
    return path


@pytest.mark.parametrize("section", SECTIONS)
def test_export_then_import_gives_back_the_same_entries(
    dataset: Dataset, section: Section, tmp_path: Path
) -> None:
    rows = export_rows(dataset, section)
    assert rows
    assert all(list(row) == field_order(section) for row in rows)
    path = exported(dataset, section, tmp_path)
    entries = rows_to_entries(section, read_csv(path), str(path))
    assert [e.entry for e in entries] == entries_of(dataset, section)
    assert [e.line for e in entries] == list(range(2, len(rows) + 2))


def test_export_keeps_quotes_sources_and_typed_values(dataset: Dataset) -> None:
    (gdp,) = [
        r
        for r in export_rows(dataset, "actuals")
        if r["indicator"] == "gdp-growth" and r["year"] == 2023 and r["through_month"] is None
    ]  # the whole year's figure, not the one to September
    assert isinstance(gdp["value"], Decimal)
    assert gdp["quote"] and gdp["source"]
    assert gdp["estimate"] is True


def test_shipped_data_imported_into_an_empty_dataset_round_trips(
    dataset: Dataset, tmp_path: Path
) -> None:
    """Through real CSV files: export each section, read it back, append it, load the result.

    The archived texts come along, as the quotes are checked against them on the way in.
    """
    folder = tmp_path / "empty"
    shutil.copytree(DATA / "sources", folder / "sources")
    paths = DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)
    paths.targets.write_text(
        f'[dataset]\nname = "{dataset.info.name}"\nname_en = "{dataset.info.name_en}"\n',
        encoding="utf-8",
    )
    paths.actuals.write_text("# results go here\n", encoding="utf-8")
    for section in SECTIONS:
        csv_path = exported(dataset, section, tmp_path)
        append_entries(paths, section, rows_to_entries(section, read_csv(csv_path), str(csv_path)))
    imported = load_dataset(paths)
    assert imported == dataset
    assert [p.severity for p in check_dataset(paths, evidence=True)] == ["warning"]  # shipped


def test_rows_to_entries_reads_cells_as_typed_values() -> None:
    row = {
        "indicator": "gdp-growth",
        "year": " 2024 ",
        "value": "5.20",
        "unit": "%",
        "estimate": "TRUE",
        "lower_bound": "",
        "approximate": "false",
        "name": "n",
        "source": "s",
        "quote": "q",
        "note": "   ",
    }
    (entry,) = rows_to_entries("actuals", [(2, row)], "rows.csv")
    assert isinstance(entry.entry, Actual)
    assert entry.entry.value == Decimal("5.20") and str(entry.entry.value) == "5.20"
    assert (entry.entry.year, entry.entry.estimate, entry.entry.lower_bound) == (2024, True, False)
    assert entry.entry.model_fields_set == set(row) - {"lower_bound", "note"}
    (done,) = rows_to_entries("actuals", [(2, {**row, "value": "true", "unit": ""})], "r.csv")
    assert done.entry.value is True  # type: ignore[attr-defined]


def test_rows_to_entries_names_every_bad_row_by_its_line() -> None:
    good = {
        "indicator": "gdp-growth",
        "year": "2024",
        "value": "5",
        "unit": "%",
        "name": "n",
        "source": "s",
        "quote": "q",
    }
    rows = [
        (2, good),
        (3, {**good, "value": "6%"}),
        (4, {**good, "year": "2024.5"}),
        (6, {**good, "estimate": "yes", "quote": ""}),
        (7, {**good, "qoute": "q"}),
    ]
    with pytest.raises(DataError) as raised:
        rows_to_entries("actuals", rows, "rows.csv")
    text = str(raised.value)
    assert "rows.csv:1: unknown column 'qoute' for [[actuals]]; allowed columns:" in text
    assert "(did you mean 'quote'?)" in text
    assert "rows.csv:3: value: expected a number, found the text '6%'" in text
    assert "rows.csv:4: year: expected a whole number such as 2023, found '2024.5'" in text
    assert "rows.csv:6: estimate: expected true or false (without quotes), found 'yes'" in text
    assert "rows.csv:6: missing key 'quote'" in text
    assert "rows.csv:2" not in text


def test_read_csv_gives_rows_with_the_line_they_start_on(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(
        '\ufeffindicator,year,note\r\ngdp,2024,"two\nlines"\r\n\r\nfirms,2023,x\r\n'.encode()
    )
    assert read_csv(path) == [
        (2, {"indicator": "gdp", "year": "2024", "note": "two\nlines"}),
        (5, {"indicator": "firms", "year": "2023", "note": "x"}),
    ]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "no header row"),
        (b"a,,b\n1,2,3\n", "rows.csv:1: the header has a blank column name"),
        (b"a,b,a\n1,2,3\n", "rows.csv:1: column 'a' appears twice"),
        (b"a,b\n1,2\n1,2,3\n", "rows.csv:3: 3 cells but the header has 2 columns"),
        ("年份\n2023\n".encode("gb18030"), "iconv -f gb18030"),
        (b"a\x00b\n", "binary data"),
    ],
)
def test_read_csv_refuses_a_broken_file(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(content)
    with pytest.raises(DataError) as raised:
        read_csv(path)
    assert fragment in str(raised.value)


#: Any text the model takes: no control character (Cc: C0, DEL, C1), no bidirectional
#: override or isolate, no lone surrogate (Cs), not spaces alone.
BIDI = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
TEXTS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"], exclude_characters=BIDI),
    min_size=1,
).filter(lambda text: text.strip() != "")
LEADING = st.sampled_from(["", "'", "''", "'=", "=", "-", "+", "@", "\t", " ", "\n"])


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.tuples(LEADING, TEXTS), min_size=4, max_size=4))
def test_every_text_comes_back_from_export_and_import_byte_for_byte(
    dataset: Dataset, tmp_path: Path, texts: list[tuple[str, str]]
) -> None:
    name, name_en, quote, note = (lead + text for lead, text in texts)
    target = dataset.targets[0].model_copy(
        update={"name": name, "name_en": name_en, "quote": quote, "note": note}
    )
    target = Target.model_validate(target.model_dump())  # still valid, as written
    changed = replace(dataset, targets=[target])
    path = exported(changed, Section.TARGETS, tmp_path)
    (entry,) = rows_to_entries(Section.TARGETS, read_csv(path), str(path))
    assert entry.entry == target
    assert (entry.entry.name, entry.entry.name_en, entry.entry.quote, entry.entry.note) == (
        name, name_en, quote, note,
    )  # fmt: skip
