"""Appends keep every existing byte and add whole tables; refusals name what clashes."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tzgoals.files.append import (
    NewEntry,
    append_entries,
    append_tables,
    record_actual,
)
from tzgoals.files.load import check_dataset, load_dataset
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import WriteError
from tzgoals.files.toml_tables import render_entry
from tzgoals.models import Actual, Indicator, Target, field_order
from tzgoals.vocabulary import Section

from .conftest import VALID, new_actual, snapshot


def test_append_keeps_every_existing_byte_and_adds_one_table(paths: DataPaths) -> None:
    before = paths.actuals.read_bytes()
    appended = record_actual(paths, new_actual(note="stock at the start of 2024"))
    after = paths.actuals.read_bytes()
    assert after.startswith(before)
    added = after[len(before) :].decode()
    assert added == (
        "\n[[actuals]]\n"
        'indicator = "new-firms"\n'
        "year = 2023\n"
        "value = 98\n"
        'unit = "家"\n'
        'name = "新增规上工业企业98家"\n'
        'source = "plan.txt"\n'
        'quote = "去年新增规上工业企业98家"\n'
        'note = "stock at the start of 2024"\n'
    )
    assert appended.path == paths.actuals
    lines = after.decode().splitlines()
    assert lines[appended.first_line - 1] == "[[actuals]]"
    assert appended.warnings == []
    dataset = load_dataset(paths)
    assert dataset.actuals[("new-firms", 2023)].value == Decimal(98)
    assert check_dataset(paths) == []


def test_append_keeps_figures_exactly_as_given(paths: DataPaths) -> None:
    derivation = "6.0 read from the table; the quote names the firms"
    record_actual(
        paths,
        new_actual(indicator="gdp-growth", value=Decimal("6.0"), unit="%", derivation=derivation),
    )
    assert "value = 6.0\n" in paths.actuals.read_text(encoding="utf-8")
    assert load_dataset(paths).actuals[("gdp-growth", 2023)].value == Decimal("6.0")


def test_append_to_a_file_without_a_final_newline_crlf_and_bom(paths: DataPaths) -> None:
    original = b"\xef\xbb\xbf" + paths.actuals.read_bytes().replace(b"\n", b"\r\n").rstrip()
    paths.actuals.write_bytes(original)
    record_actual(paths, new_actual())
    after = paths.actuals.read_bytes()
    assert after.startswith(original)
    assert after[len(original) :].startswith(b"\r\n\r\n[[actuals]]\r\n")
    assert b"\n" not in after.replace(b"\r\n", b"")
    assert len(load_dataset(paths).actuals) == 6


@pytest.mark.parametrize("original", [b"", b"\n  \n", b"# results to come\n"])
def test_the_first_result_of_a_new_dataset(paths: DataPaths, original: bytes) -> None:
    """An empty or comment-only actuals.toml is a dataset with no results yet."""
    paths.actuals.write_bytes(original)
    assert load_dataset(paths).actuals == {}
    appended = record_actual(paths, new_actual())
    after = paths.actuals.read_bytes()
    assert after.startswith(original)
    assert after.decode().splitlines()[appended.first_line - 1] == "[[actuals]]"
    assert list(load_dataset(paths).actuals) == [("new-firms", 2023)]


REFUSALS = [
    (
        {"year": 2024},
        "an actual for indicator 'new-firms' in 2024 is already in ",
    ),
    ({"indicator": "new-firm"}, "new actual: unknown indicator 'new-firm'"),
    ({"unit": "亿元"}, "new actual: unit '亿元' does not fit indicator 'new-firms'"),
    ({"value": "98家"}, "new actual: value: expected a number, found the text '98家'"),
    ({"value": Decimal("NaN")}, "new actual: value: expected a finite number"),
    ({"value": Decimal(-3)}, "new actual: value -3 家 is negative"),
    ({"quote": None}, "new actual: missing key 'quote'"),
    ({"year": 1850}, "new actual: year: 1850 is outside the years tzgoals accepts"),
    ({"estimated": True}, "new actual: unknown key 'estimated' in [[actuals]]; allowed keys:"),
    ({"source": "elsewhere.txt"}, "source 'elsewhere.txt' is not listed under [[sources]]"),
]


@pytest.mark.parametrize(("changes", "fragment"), REFUSALS)
def test_a_refused_append_leaves_every_file_as_it_was(
    paths: DataPaths, changes: dict[str, Any], fragment: str
) -> None:
    before = snapshot(paths)
    with pytest.raises(WriteError) as raised:
        record_actual(paths, new_actual(**changes))
    assert fragment in str(raised.value)
    assert str(raised.value.problems[-1]).endswith("nothing was written; the file is unchanged")
    assert snapshot(paths) == before


def test_a_second_actual_for_an_indicator_and_year_says_where_and_how_to_change_it(
    paths: DataPaths,
) -> None:
    with pytest.raises(WriteError) as raised:
        record_actual(paths, new_actual(year=2024))
    first = raised.value.problems[0]
    assert first.file == str(paths.actuals)
    assert first.line is None
    assert first.message == (
        f"new actual: an actual for indicator 'new-firms' in 2024 is already in "
        f"{paths.actuals}:13; to change it, edit that entry in the file by hand "
        "(and keep its quote and source in step); a later figure that revises it is "
        "recorded with its own --as-of"
    )


def test_append_refuses_while_the_dataset_has_errors(paths: DataPaths) -> None:
    broken = paths.targets.read_bytes().replace(b'comparator = "at_least"', b'comparator = "x"')
    paths.targets.write_bytes(broken)
    before = snapshot(paths)
    with pytest.raises(WriteError) as raised:
        record_actual(paths, new_actual())
    text = str(raised.value)
    assert "comparator: unknown value 'x'" in text
    assert "the dataset has errors; fix them before adding to it" in text
    assert snapshot(paths) == before


def test_append_refuses_when_the_written_file_would_not_load(tmp_path: Path) -> None:
    """An inline `actuals = [...]` array cannot take a [[actuals]] table after it."""
    folder = tmp_path / "inline"
    shutil.copytree(VALID / "sources", folder / "sources")
    shutil.copy(VALID / TARGETS_NAME, folder / TARGETS_NAME)
    inline = (
        "# one result, written inline\n"
        'actuals = [{indicator = "gdp-growth", year = 2024, value = 5, unit = "%", '
        'name = "n", source = "review.txt", quote = "q"}]\n'
    )
    (folder / ACTUALS_NAME).write_text(inline, encoding="utf-8")
    paths = DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)
    before = snapshot(paths)
    with pytest.raises(WriteError) as raised:
        record_actual(paths, new_actual())
    text = str(raised.value)
    assert f"{paths.actuals}:4: TOML syntax error" in text
    assert "the file would not be valid after this change" in text
    assert snapshot(paths) == before


def target(**changes: Any) -> Target:
    fields: dict[str, Any] = {
        "id": "2025-gdp-growth",
        "indicator": "gdp-growth",
        "year": 2024,
        "area": "headline",
        "comparator": "at_least",
        "value": Decimal(5),
        "unit": "%",
        "name": "n",
        "source": "plan.txt",
        "quote": "地区生产总值增长5%",
    }
    fields.update(changes)
    return Target.model_validate(fields)


def test_append_entries_writes_all_or_nothing(paths: DataPaths) -> None:
    before = snapshot(paths)
    batch = [
        NewEntry(target(id="a"), "rows.csv", 2),
        NewEntry(target(id="b", indicator="gdp"), "rows.csv", 3),
        NewEntry(target(id="a"), "rows.csv", 4),
        NewEntry(target(id="2024-gdp-growth"), "rows.csv", 5),
    ]
    with pytest.raises(WriteError) as raised:
        append_entries(paths, "targets", batch)
    text = str(raised.value)
    assert "rows.csv:3: unknown indicator 'gdp'" in text
    assert "rows.csv:4: target id 'a' is given twice (also at rows.csv:2)" in text
    assert f"rows.csv:5: target id '2024-gdp-growth' is already in {paths.targets}:41" in text
    assert snapshot(paths) == before


def test_append_entries_returns_warnings_about_new_entries(paths: DataPaths) -> None:
    pp = target(
        id="2026-share",
        indicator="industry-share",
        year=2026,
        comparator="pp_change",
        value=Decimal(2),
        unit="pp",
        quote="高新技术产业产值占比提升2个百分点",
    )
    area = load_dataset(paths).areas[0].model_copy(update={"year": 2026})
    append_entries(paths, "areas", [area])
    appended = append_entries(paths, "targets", [pp])
    (warning,) = appended.warnings
    assert warning.severity == "warning"
    assert "no baseline: no actual for indicator 'industry-share' in 2025" in warning.message
    assert load_dataset(paths).targets[-1] == pp


def test_render_entry_writes_keys_in_the_files_order_and_omits_defaults() -> None:
    actual = Actual.model_validate(new_actual(estimate=False, lower_bound=True, name_en=""))
    assert render_entry("actuals", actual).splitlines() == [
        "[[actuals]]",
        'indicator = "new-firms"',
        "year = 2023",
        "value = 98",
        'unit = "家"',
        "lower_bound = true",
        'name = "新增规上工业企业98家"',
        'source = "plan.txt"',
        'quote = "去年新增规上工业企业98家"',
    ]


def test_field_order_is_the_order_readme_documents() -> None:
    assert field_order("targets") == [
        *("id", "indicator", "year", "area", "comparator", "value", "value_max", "tolerance"),
        *(
            "unit",
            "direction",
            "name",
            "name_en",
            "source",
            "quote",
            "derivation",
            "derivation_en",
            "note",
            "note_en",
        ),
    ]
    assert field_order("indicators") == ["id", "name", "name_en", "unit", "polarity", "part_of"]
    assert field_order("areas") == ["id", "year", "title", "title_en", "source", "quote"]


def test_tables_of_two_sections_go_in_one_write_or_not_at_all(paths: DataPaths) -> None:
    """A new indicator and the target that measures it: one replacement of targets.toml."""
    indicator = Indicator(id="new-parks", name="新建公园", unit="个")
    target = Target(
        id="2024-new-parks", indicator="new-parks", year=2024, area="headline",
        comparator="at_least", value=Decimal(3), unit="个", name="新建公园3个",
        source="plan.txt", quote="去年新增规上工业企业98家", derivation="three parks, one a year",
    )  # fmt: skip
    before = paths.targets.read_bytes()
    refused = target.model_copy(update={"area": "nowhere"})
    with pytest.raises(WriteError, match="unknown area 'nowhere'"):
        append_tables(paths, {Section.INDICATORS: [indicator], Section.TARGETS: [refused]})
    assert paths.targets.read_bytes() == before  # the indicator did not go in alone
    appended = append_tables(paths, {Section.INDICATORS: [indicator], Section.TARGETS: [target]})
    assert appended.entries == [indicator, target]
    text = paths.targets.read_text(encoding="utf-8")
    assert text.startswith(before.decode("utf-8"))
    assert text.index('id = "new-parks"') < text.index('id = "2024-new-parks"')
    assert load_dataset(paths).indicators["new-parks"] == indicator


def test_tables_of_two_files_are_refused_before_anything_is_read(paths: DataPaths) -> None:
    with pytest.raises(ValueError, match="one file"):
        append_tables(paths, {Section.INDICATORS: [], Section.ACTUALS: []})
