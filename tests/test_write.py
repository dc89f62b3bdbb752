"""Safe writes: appends keep every existing byte, refusals and failures leave files untouched."""

from __future__ import annotations

import os
import shutil
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tzgoals.files import append, atomic
from tzgoals.files.append import NewEntry, append_entries, record_actual, render_entry
from tzgoals.files.load import check_dataset, load_dataset
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import DataError, WriteError
from tzgoals.files.starter import init_dataset
from tzgoals.files.transfer import export_csv, export_rows, read_csv, rows_to_entries
from tzgoals.models import Actual, Dataset, Target, field_order
from tzgoals.vocabulary import Section

VALID = Path(__file__).resolve().parent / "bad" / "_valid"
SECTIONS = list(Section)
ROOT = os.name == "posix" and os.geteuid() == 0


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    """A copy of the small valid dataset the bad-input corpus starts from."""
    folder = tmp_path / "data"
    shutil.copytree(VALID, folder)
    return DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)


def new_actual(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "indicator": "new-firms",
        "year": 2023,
        "value": Decimal("98"),
        "unit": "家",
        "name": "新增规上工业企业98家",
        "source": "plan.txt",
        "quote": "去年新增规上工业企业98家",
    }
    fields.update(changes)
    return {k: v for k, v in fields.items() if v is not None}


def snapshot(paths: DataPaths) -> dict[Path, bytes]:
    """Every file in the data folder, temporary files included, with its bytes."""
    return {p: p.read_bytes() for p in paths.actuals.parent.iterdir() if p.is_file()}


# ---------------------------------------------------------------- record_actual


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
    record_actual(paths, new_actual(indicator="gdp-growth", value=Decimal("6.0"), unit="%"))
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


def test_append_keeps_the_files_permissions(paths: DataPaths) -> None:
    paths.actuals.chmod(0o640)
    record_actual(paths, new_actual())
    assert stat.S_IMODE(paths.actuals.stat().st_mode) == 0o640


def test_append_through_a_symlink_writes_the_target(paths: DataPaths, tmp_path: Path) -> None:
    link = tmp_path / "link-actuals.toml"
    link.symlink_to(paths.actuals)
    record_actual(DataPaths(paths.targets, link), new_actual())
    assert link.is_symlink()
    assert "去年新增规上工业企业98家" in paths.actuals.read_text(encoding="utf-8")


def test_append_leaves_no_temporary_file(paths: DataPaths) -> None:
    record_actual(paths, new_actual())
    assert sorted(p.name for p in paths.actuals.parent.iterdir()) == [ACTUALS_NAME, TARGETS_NAME]


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
        "(and keep its quote and source in step)"
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
    folder.mkdir()
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


@pytest.mark.skipif(os.name != "posix" or ROOT, reason="root writes into read-only folders")
def test_a_read_only_folder_fails_cleanly(paths: DataPaths) -> None:
    before = snapshot(paths)
    folder = paths.actuals.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(WriteError) as raised:
            record_actual(paths, new_actual())
    finally:
        folder.chmod(0o755)
    assert "cannot write a temporary file beside it: Permission denied" in str(raised.value)
    assert snapshot(paths) == before


def test_a_failed_rename_leaves_the_original_and_no_temporary_file(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where chmod cannot stop root, simulate the failure at the last step instead."""
    before = snapshot(paths)

    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(WriteError) as raised:
        record_actual(paths, new_actual())
    assert f"{paths.actuals}: cannot replace the file: No space left on device" in str(raised.value)
    assert snapshot(paths) == before


def test_a_failed_temporary_write_leaves_the_original(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(paths)

    def full(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(WriteError, match="Input/output error"):
        record_actual(paths, new_actual())
    assert snapshot(paths) == before


def test_a_file_changed_meanwhile_is_not_overwritten(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another editor saving the file between our read and our rename wins; we refuse."""
    real_check = append.check_dataset

    def check_while_someone_edits(checked: DataPaths) -> list[Any]:
        with paths.actuals.open("a", encoding="utf-8") as stream:
            stream.write("# edited elsewhere\n")
        return real_check(checked)

    monkeypatch.setattr(append, "check_dataset", check_while_someone_edits)
    with pytest.raises(WriteError, match="another program changed the file meanwhile"):
        record_actual(paths, new_actual())
    text = paths.actuals.read_text(encoding="utf-8")
    assert text.endswith("# edited elsewhere\n")
    assert "去年新增规上工业企业98家" not in text


# ---------------------------------------------------------------- append_entries


def target(**changes: Any) -> Target:
    fields: dict[str, Any] = {
        "id": "2025-gdp-growth",
        "indicator": "gdp-growth",
        "year": 2024,
        "area": "headline",
        "comparator": "at_most",
        "value": Decimal(9),
        "unit": "%",
        "name": "n",
        "source": "plan.txt",
        "quote": "q",
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
        value=Decimal(1),
        unit="pp",
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
        *("unit", "direction", "name", "name_en", "source", "quote", "note"),
    ]
    assert field_order("indicators") == ["id", "name", "name_en", "unit", "polarity", "part_of"]
    assert field_order("areas") == ["id", "year", "title", "title_en", "source", "quote"]


# ---------------------------------------------------------------- export and import


def entries_of(dataset: Dataset, section: Section) -> list[Any]:
    return {
        "sources": list(dataset.sources.values()),
        "areas": dataset.areas,
        "indicators": list(dataset.indicators.values()),
        "targets": dataset.targets,
        "actuals": list(dataset.actuals.values()),
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
        if r["indicator"] == "gdp-growth" and r["year"] == 2023
    ]
    assert isinstance(gdp["value"], Decimal)
    assert gdp["quote"] and gdp["source"]
    assert gdp["estimate"] is True


def test_shipped_data_imported_into_an_empty_dataset_round_trips(
    dataset: Dataset, tmp_path: Path
) -> None:
    """Through real CSV files: export each section, read it back, append it, load the result."""
    folder = tmp_path / "empty"
    folder.mkdir()
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
    assert [p.severity for p in check_dataset(paths)] == ["warning"]  # the shipped one


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


# ---------------------------------------------------------------- init


def test_init_writes_a_commented_starter_that_passes_every_check(tmp_path: Path) -> None:
    paths = init_dataset(tmp_path / "new" / "data", year=2024)
    assert check_dataset(paths) == []
    dataset = load_dataset(paths)
    assert len(dataset.areas) == len(dataset.indicators) == len(dataset.targets) == 1
    assert len(dataset.actuals) == 1
    text = paths.targets.read_text(encoding="utf-8")
    assert text.count("\n# ") > 10
    assert "Tongzhou" not in text and "通州" not in text
    assert "year = 2024" in text
    assert sorted(p.name for p in paths.targets.parent.iterdir()) == [ACTUALS_NAME, TARGETS_NAME]
    if os.name == "posix":
        assert stat.S_IMODE(paths.targets.stat().st_mode) & 0o044  # readable, unlike mkstemp's


def test_init_defaults_to_last_year(tmp_path: Path) -> None:
    from datetime import date

    paths = init_dataset(tmp_path)
    assert load_dataset(paths).target_years() == [date.today().year - 1]


@pytest.mark.parametrize("name", [TARGETS_NAME, ACTUALS_NAME])
def test_init_never_overwrites(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"# my own work\n")
    with pytest.raises(WriteError, match="already exists; init never overwrites a file"):
        init_dataset(tmp_path)
    assert (tmp_path / name).read_bytes() == b"# my own work\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_the_starter_takes_an_appended_result(tmp_path: Path) -> None:
    paths = init_dataset(tmp_path, year=2024)
    earlier = {"indicator": "gdp-growth", "year": 2023, "value": Decimal("4.8"), "unit": "%"}
    record_actual(paths, {**earlier, "name": "n", "source": "review-2024.txt", "quote": "q"})
    assert len(load_dataset(paths).actuals) == 2
