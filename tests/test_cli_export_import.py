"""`tzgoals export` and `tzgoals import` via CliRunner: every field out, all or none in."""

from __future__ import annotations

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
PLAN = "000_ba23479a29e53de9.txt"
REVIEW = "002_c9cf574e7d5a74e2.txt"
SECTIONS = ["sources", "areas", "indicators", "targets", "actuals"]
TARGET_COLUMNS = [
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
#: through_month stands in the shipped data's export since it holds figures to September 2023.
ACTUAL_COLUMNS = [
    *("indicator", "year", "through_month", "value", "unit"),
    *("estimate", "lower_bound", "approximate"),
    *("name", "name_en", "as_of", "vintage", "source", "quote"),
    *("derivation", "derivation_en", "note", "note_en"),
]
PROGRESS = "nantong-daily-2023-11-29-a10.txt"
ACTUALS_HEADER = "indicator,year,value,unit,name,source,quote"


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def export(section: str, *args: str, data: Path = DATA) -> Result:
    result = invoke("export", section, "--data", str(data), *args)
    assert result.exit_code == 0, result.output
    return result


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def count_tables(path: Path, section: str) -> int:
    return path.read_text(encoding="utf-8").split("\n").count(f"[[{section}]]")


#: A document the imports below quote: results no real document gives, for importing.
NOTES = "notes-for-tests.txt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped dataset to import into, its archived texts included, with one
    more document listed: the tests' own notes."""
    data = shutil.copytree(DATA, tmp_path / "data")
    (data / "sources" / NOTES).write_text(
        "Written for the tests of `tzgoals import`.\n"
        "地区生产总值一千五百九十亿元,一般公共预算收入六十八亿元。\n",
        encoding="utf-8",
    )
    with (data / "targets.toml").open("a", encoding="utf-8") as stream:
        stream.write(f'\n[[sources]]\nfile = "{NOTES}"\ntitle = "Notes for the tests"\n')
    return data


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder and below with its bytes: a leftover temporary file shows up
    too; but the empty lock files writers leave beside a data file on purpose."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(".lock")
    }


def import_csv(folder: Path, csv_path: Path, section: str, *args: str) -> Result:
    return invoke("import", str(csv_path), "--into", section, "--data", str(folder), *args)


# ---------------------------------------------------------------- export


def test_export_targets_has_every_field_quotes_and_sources_included() -> None:
    out = export("targets").stdout
    assert out.splitlines()[0] == ",".join(TARGET_COLUMNS)
    rows = rows_of(out)
    assert len(rows) == count_tables(DATA / "targets.toml", "targets") == 36
    by_id = {row["id"]: row for row in rows}
    assert by_id["2023-gdp-growth"] == {
        "id": "2023-gdp-growth",
        "indicator": "gdp-growth",
        "year": "2023",
        "area": "headline",
        "comparator": "at_least",
        "value": "6",
        "value_max": "",
        "tolerance": "",
        "unit": "%",
        "direction": "",
        "name": "地区生产总值增长",
        "name_en": "GDP growth",
        "source": PLAN,
        "quote": "地区生产总值增长6%",
        "derivation": "",
        "derivation_en": "",
        "note": "",
        "note_en": "",
    }
    share = by_id["2023-leading-industries-output-share"]
    assert (share["comparator"], share["value"], share["unit"]) == ("pp_change", "3", "个百分点")
    assert share["quote"] == (
        "大力引培“一主一新一智”细分领域头部企业,打造产业地标,产值占比提升3个百分点"
    )
    assert share["note"].startswith("回顾文章给出了2023年的占比（42.1%）")
    assert share["note_en"].startswith("The review gives the 2023 share (42.1%)")
    assert all(row["quote"] and row["source"] in {PLAN, REVIEW} for row in rows)


def test_export_actuals_has_every_field_and_flags_as_true_false() -> None:
    out = export("actuals").stdout
    assert out.splitlines()[0] == ",".join(ACTUAL_COLUMNS)
    rows = rows_of(out)
    assert len(rows) == count_tables(DATA / "actuals.toml", "actuals") == 45  # 3 to September
    by_key = {(row["indicator"], row["year"]): row for row in rows if not row["through_month"]}
    assert by_key[("gdp-growth", "2023")] == {
        "indicator": "gdp-growth",
        "year": "2023",
        "through_month": "",
        "value": "6.5",
        "unit": "%",
        "estimate": "true",
        "lower_bound": "true",
        "approximate": "false",
        "name": "地区生产总值同比增长",
        "name_en": "GDP growth",
        "as_of": "",  # the new fields, not given: the source's date is its date
        "vintage": "",
        "source": REVIEW,
        "quote": "通州预计实现地区生产总值1730亿元,同比增长6.5%以上",
        "derivation": "",
        "derivation_en": "",
        "note": "",
        "note_en": "",
    }
    jobs = by_key[("new-urban-jobs", "2023")]
    assert (jobs["value"], jobs["unit"]) == ("1.38", "万人")
    bridge = by_key[("tongzhou-bridge-joined", "2023")]
    assert (bridge["value"], bridge["unit"]) == ("true", "")
    firms = by_key[("little-giant-firms", "2022")]
    assert firms["quote"] == "目前,通州拥有国家、省市专精特新“小巨人”企业55家"
    assert firms["note"] == "原文为“目前”（2023年初）的存量，记作2022年末的数。"
    assert firms["note_en"] == "A stock 'at present' (early 2023), recorded as the end of 2022."
    assert all(row["quote"] and row["source"] in {PLAN, REVIEW, PROGRESS} for row in rows)


def test_export_json_parses_with_typed_values() -> None:
    items = json.loads(export("actuals", "--format", "json").stdout)
    assert len(items) == 45
    assert all(list(item) == ACTUAL_COLUMNS for item in items)
    gdp = next(i for i in items if (i["indicator"], i["year"]) == ("gdp-growth", 2023))
    assert (gdp["value"], gdp["estimate"], gdp["approximate"]) == (6.5, True, False)
    assert gdp["quote"] == "通州预计实现地区生产总值1730亿元,同比增长6.5%以上"
    bridge = next(i for i in items if i["indicator"] == "tongzhou-bridge-joined")
    assert (bridge["value"], bridge["unit"]) == (True, None)
    sources = json.loads(export("sources", "--format", "json").stdout)
    assert [s["file"] for s in sources] == [PLAN, REVIEW, PROGRESS]
    assert sources[1]["title"] == "通州 奋力争当全市高质量发展排头兵 [回顾2023]"


@pytest.mark.parametrize("section", SECTIONS)
def test_export_bom_starts_with_the_utf8_byte_order_mark(section: str) -> None:
    plain = export(section)
    marked = export(section, "--bom")
    assert marked.stdout_bytes.startswith(b"\xef\xbb\xbf")
    assert not plain.stdout_bytes.startswith(b"\xef\xbb\xbf")
    assert marked.stdout == "\ufeff" + plain.stdout
    assert rows_of(marked.stdout_bytes.decode("utf-8-sig")) == rows_of(plain.stdout)


def test_export_of_an_unknown_section_is_exit_2() -> None:
    result = invoke("export", "goals", "--data", str(DATA))
    assert result.exit_code == 2


# ---------------------------------------------------------------- round trip


def test_all_five_sections_round_trip_into_an_empty_dataset(tmp_path: Path) -> None:
    """The archived texts come along, as the quotes are checked against them on the way in."""
    folder = tmp_path / "empty"
    shutil.copytree(DATA / "sources", folder / "sources")
    (folder / "targets.toml").write_text(
        '[dataset]\nname = "南通市通州区"\nname_en = "Tongzhou District, Nantong, Jiangsu"\n',
        encoding="utf-8",
    )
    (folder / "actuals.toml").write_text("# results go here\n", encoding="utf-8")
    for section in SECTIONS:
        csv_path = tmp_path / f"{section}.csv"
        csv_path.write_bytes(export(section).stdout_bytes)
        result = import_csv(folder, csv_path, section)
        assert result.exit_code == 0, result.output
        shipped = DATA / ("actuals.toml" if section == "actuals" else "targets.toml")
        file = folder / shipped.name
        assert result.stdout == f"Added {count_tables(shipped, section)} {section} to {file}.\n"

    def status_csv(data: Path) -> str:
        result = invoke("status", "--format", "csv", "--data", str(data))
        assert result.exit_code == 0
        return result.stdout

    assert status_csv(folder) == status_csv(DATA)
    assert len(rows_of(status_csv(folder))) == 36
    for section in SECTIONS:  # and every field of every entry came through
        assert export(section, data=folder).stdout == export(section).stdout


@pytest.mark.parametrize(
    "name", ["-5% or better", "'=x", "'-5% or better'", "''", "=SUM(A1)", "'plain", "@home"]
)
def test_text_starting_with_a_formula_character_survives_export_and_import(
    tmp_path: Path, name: str
) -> None:
    """Every text back byte for byte; `'=x` came back as `=x`."""
    source = tmp_path / "source"
    invoke("init", str(source))
    targets = source / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    targets.write_text(
        text.replace('name = "GDP growth of at least 5%"', f"name = {json.dumps(name)}"),
        encoding="utf-8",
    )
    csv_path = tmp_path / "targets.csv"
    csv_path.write_bytes(export("targets", data=source).stdout_bytes)
    target = tmp_path / "target"
    invoke("init", str(target))
    starter = (target / "targets.toml").read_text(encoding="utf-8")
    (target / "targets.toml").write_text(starter.split("\n[[targets]]\n")[0], encoding="utf-8")
    (target / "actuals.toml").write_text("# no results yet\n", encoding="utf-8")
    result = import_csv(target, csv_path, "targets")
    assert result.exit_code == 0, result.output
    (imported,) = load_dataset(DataPaths(target / "targets.toml", target / "actuals.toml")).targets
    assert imported.name == name


def test_export_keeps_a_figure_exactly_as_written(folder: Path) -> None:
    actuals = folder / "actuals.toml"
    actuals.write_text(
        actuals.read_text(encoding="utf-8").replace("value = 6.5\n", "value = 6.50\n", 1),
        encoding="utf-8",
    )
    rows = rows_of(export("actuals", data=folder).stdout)
    (gdp,) = [
        r
        for r in rows
        if (r["indicator"], r["year"], r["through_month"]) == ("gdp-growth", "2023", "")
    ]
    assert gdp["value"] == "6.50"


# ---------------------------------------------------------------- import: all or none


def test_one_bad_row_among_good_ones_writes_nothing_and_names_its_line(
    folder: Path, tmp_path: Path
) -> None:
    csv_path = tmp_path / "results.csv"
    csv_path.write_text(
        f"{ACTUALS_HEADER}\r\n"  # line 1
        f'gdp-growth,2022,5.9,%,地区生产总值增长,{PLAN},"增长\r\n5.9%"\r\n'  # lines 2-3
        f"gdp,2022,6%,亿元,地区生产总值,{PLAN},q\r\n"  # line 4: the bad row
        f"budget-revenue,2022,68,亿元,一般公共预算收入,{PLAN},q\r\n",  # line 5
        encoding="utf-8",
    )
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{csv_path}:4: value: expected a number, found the text '6%': "
        "write the bare number, without quotes, and the unit in `unit`"
    ]
    assert result.stdout == ""
    assert snapshot(folder) == before


def test_a_row_clashing_with_the_data_names_both_places(folder: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "results.csv"
    csv_path.write_text(
        f"{ACTUALS_HEADER}\n"
        f"gdp,2022,1590,亿元,地区生产总值,{PLAN},q\n"
        f"major-projects-started,2023,28,个,重大项目,{REVIEW},q\n"
        f"gdp,2022,1591,亿元,地区生产总值,{PLAN},q\n",
        encoding="utf-8",
    )
    lines = (DATA / "actuals.toml").read_text(encoding="utf-8").split("\n")
    existing = lines.index('indicator = "major-projects-started"', lines.index("year = 2023"))
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    err = result.stderr
    assert (
        f"{csv_path}:3: an actual for indicator 'major-projects-started' in 2023 is already in "
        f"{folder / 'actuals.toml'}:{existing}"  # the [[actuals]] line above the indicator key
    ) in err
    assert f"{csv_path}:4: an actual for indicator 'gdp' in 2022 is given twice" in err
    assert f"(also at {csv_path}:2)" in err
    assert f"{folder / 'actuals.toml'}: nothing was written; the file is unchanged" in err
    assert snapshot(folder) == before


def test_an_unknown_column_is_named_with_a_suggestion(folder: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "results.csv"
    csv_path.write_text(
        f"indicator,year,value,unit,name,source,qoute\ngdp,2022,1590,亿元,n,{PLAN},q\n",
        encoding="utf-8",
    )
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    assert f"{csv_path}:1: unknown column 'qoute' for [[actuals]]" in result.stderr
    assert "(did you mean 'quote'?)" in result.stderr
    assert snapshot(folder) == before


def test_targets_must_refer_to_known_indicators_and_areas(folder: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "targets.csv"
    csv_path.write_text(
        "id,indicator,year,area,comparator,value,unit,name,source,quote\n"
        f"2024-gdp-growth,gdp-growth,2024,headline,at_least,5.5,%,n,{PLAN},q\n"
        f"2023-gdp-per-head,gdp-per-head,2023,headline,at_least,10,万元,n,{PLAN},q\n",
        encoding="utf-8",
    )
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "targets")
    assert result.exit_code == 2
    assert f"{csv_path}:2: unknown area 'headline' for 2024" in result.stderr
    assert f"{csv_path}:3: unknown indicator 'gdp-per-head'" in result.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "no such file", id="missing"),
        pytest.param(b"", "the file is empty: no header row", id="empty"),
        pytest.param(
            f"{ACTUALS_HEADER}\ngdp,2022,1590,亿元,n,{PLAN},q,extra\n".encode(),
            ":2: 8 cells but the header has 7 columns",
            id="too-many-cells",
        ),
        pytest.param(
            b"indicator,year,indicator\n", ":1: column 'indicator' appears twice", id="twice"
        ),
    ],
)
def test_unusable_csv_files_are_exit_2(
    folder: Path, tmp_path: Path, content: bytes | None, message: str
) -> None:
    csv_path = tmp_path / "results.csv"
    if content is not None:
        csv_path.write_bytes(content)
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    assert f"{csv_path}{message if message.startswith(':') else ': ' + message}" in result.stderr
    assert snapshot(folder) == before


# ---------------------------------------------------------------- import: encodings


def two_results() -> str:
    return (
        f"{ACTUALS_HEADER}\r\n"
        f"gdp,2022,1590,亿元,地区生产总值,{NOTES},地区生产总值一千五百九十亿元\r\n"
        f"budget-revenue,2022,68,亿元,一般公共预算收入,{NOTES},一般公共预算收入六十八亿元\r\n"
    )


def test_a_utf8_csv_with_a_byte_order_mark_imports(folder: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "results.csv"
    csv_path.write_bytes(two_results().encode("utf-8-sig"))
    original = (folder / "actuals.toml").read_bytes()
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Added 2 actuals to {folder / 'actuals.toml'}.\n"
    again = tmp_path / "again.csv"
    again.write_text(two_results().replace("2022", "2021"), encoding="utf-8")
    in_chinese = import_csv(folder, again, "actuals", "--lang", "zh")
    assert in_chinese.stdout == f"已向 {folder / 'actuals.toml'} 添加2条实际值。\n"
    new = (folder / "actuals.toml").read_bytes()
    assert new.startswith(original)
    assert b"\xef\xbb\xbf" not in new
    actuals = load_dataset(DataPaths(folder / "targets.toml", folder / "actuals.toml")).actuals
    assert actuals[("gdp", 2022)].value == Decimal("1590")
    assert actuals[("budget-revenue", 2022)].name == "一般公共预算收入"


def test_a_gb18030_csv_imports_with_encoding_and_is_refused_without(
    folder: Path, tmp_path: Path
) -> None:
    csv_path = tmp_path / "结果.csv"
    csv_path.write_bytes(two_results().encode("gb18030"))
    before = snapshot(folder)

    refused = import_csv(folder, csv_path, "actuals")
    assert refused.exit_code == 2
    assert f"{csv_path}:2: the file is not UTF-8 text" in refused.stderr
    assert "GBK/GB18030" in refused.stderr
    assert "iconv -f gb18030 -t utf-8" in refused.stderr
    assert snapshot(folder) == before

    result = import_csv(folder, csv_path, "actuals", "--encoding", "gb18030")
    assert result.exit_code == 0, result.output
    new = (folder / "actuals.toml").read_bytes()
    assert new.startswith(before["actuals.toml"])
    added = new[len(before["actuals.toml"]) :].decode("utf-8")  # written as UTF-8
    assert 'name = "地区生产总值"' in added
    assert 'quote = "一般公共预算收入六十八亿元"' in added
    actuals = load_dataset(DataPaths(folder / "targets.toml", folder / "actuals.toml")).actuals
    assert actuals[("gdp", 2022)].quote == "地区生产总值一千五百九十亿元"


def test_a_wrong_encoding_is_exit_2(folder: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "results.csv"
    csv_path.write_bytes(two_results().encode("utf-8"))
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "actuals", "--encoding", "ascii")
    assert result.exit_code == 2
    assert f"{csv_path}:2: the file is not valid ascii text; check --encoding" in result.stderr
    result = import_csv(folder, csv_path, "actuals", "--encoding", "klingon")
    assert result.exit_code == 2
    assert f"{csv_path}: unknown encoding 'klingon'" in result.stderr
    assert snapshot(folder) == before


def test_the_gbk_advice_for_a_csv_fits_a_csv(folder: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "results.csv"
    csv_path.write_bytes(two_results().encode("gb18030"))
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    assert "fixed.toml" not in result.stderr
    assert "--encoding gb18030" in result.stderr


# ---------------------------------------------------------------- import: the evidence


def test_a_row_whose_quote_is_not_in_its_source_writes_nothing(
    folder: Path, tmp_path: Path
) -> None:
    csv_path = tmp_path / "results.csv"
    csv_path.write_text(
        f"{ACTUALS_HEADER}\n"
        f"gdp,2022,1590,亿元,地区生产总值,{NOTES},地区生产总值一千五百九十亿元\n"
        f"budget-revenue,2022,86,亿元,一般公共预算收入,{NOTES},一般公共预算收入八十六亿元\n",
        encoding="utf-8",
    )
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{csv_path}:3: the quote is not in sources/{NOTES} (only whitespace may differ from "
        "the text); the closest passage there: “一般公共预算收入六十八亿元”",
        f"{folder / 'actuals.toml'}: nothing was written; the file is unchanged",
    ]
    assert snapshot(folder) == before


def test_sources_imported_need_their_texts_in_sources(folder: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "sources.csv"
    csv_path.write_text("file,title\nlater.txt,A document not archived yet\n", encoding="utf-8")
    before = snapshot(folder)
    refused = import_csv(folder, csv_path, "sources")
    assert refused.exit_code == 2
    assert f"{csv_path}:2: no archived text for source 'later.txt'" in refused.stderr
    assert snapshot(folder) == before

    (folder / "sources" / "later.txt").write_text("A document archived now.\n", encoding="utf-8")
    allowed = import_csv(folder, csv_path, "sources")
    assert allowed.exit_code == 0, allowed.output
    assert count_tables(folder / "targets.toml", "sources") == 5


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            f"gdp,٢٠٢٢,1590,亿元,n,{PLAN},q",
            "year: expected a whole number written with the digits 0-9",
        ),
        (f"gdp,2022,١٥٩٠,亿元,n,{PLAN},q", "value: expected a number written with the digits 0-9"),
        (
            f"gdp,２０２２,1590,亿元,n,{PLAN},q",
            "year: expected a whole number written with the digits",
        ),
    ],
)
def test_digits_other_than_0_to_9_are_refused_at_their_row(
    folder: Path, tmp_path: Path, row: str, message: str
) -> None:
    csv_path = tmp_path / "results.csv"
    csv_path.write_text(f"{ACTUALS_HEADER}\n{row}\n", encoding="utf-8")
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    assert f"{csv_path}:2: {message}" in result.stderr
    assert snapshot(folder) == before


def test_a_refused_import_shows_the_first_50_problems_and_a_count(
    folder: Path, tmp_path: Path
) -> None:
    """A bad file of 100,000 rows once printed 82,702 lines."""
    csv_path = tmp_path / "results.csv"
    rows = "".join(f"gdp,{2000 + i % 100},{i}%,亿元,n,{PLAN},q\n" for i in range(1000))
    csv_path.write_text(f"{ACTUALS_HEADER}\n{rows}", encoding="utf-8")
    before = snapshot(folder)
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 51
    assert lines[0].startswith(f"{csv_path}:2: value: expected a number, found the text '0%'")
    assert lines[49].startswith(f"{csv_path}:51: value:")
    assert lines[50] == "… and 950 more problems like these."
    assert snapshot(folder) == before


def test_a_refusal_cut_short_still_ends_saying_nothing_was_written(
    folder: Path, tmp_path: Path
) -> None:
    csv_path = tmp_path / "results.csv"
    rows = "".join(f"budget-revenue,{1950 + i},{i},亿元,n,{PLAN},q\n" for i in range(60)) * 2
    csv_path.write_text(f"{ACTUALS_HEADER}\n{rows}", encoding="utf-8")
    result = import_csv(folder, csv_path, "actuals")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 52
    # 60 repeated rows, 120 quotes and 120 figures not in them
    assert lines[50] == "… and 250 more problems like these."
    assert lines[51] == f"{folder / 'actuals.toml'}: nothing was written; the file is unchanged"
