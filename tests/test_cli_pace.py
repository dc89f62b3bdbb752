"""Year-to-date figures and their pace (序时进度) through the command line: record, import,
check, status in every format, show and the scorecard."""

from __future__ import annotations

import csv
import io
import json
import shutil
import tomllib
from pathlib import Path

import pytest
import tomli_w
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "160", "SOURCE_DATE_EPOCH": "1709281800"})
#: A document the tests below quote: year-to-date results no real document gives.
NOTES = "notes-for-tests.txt"
NOTES_TEXT = (
    "Written for the tests of year-to-date figures; no real document gives them.\n"
    "前三季度社会消费品零售总额增长5.8%。1-9月新增规上工业企业105家。"
    "前三季度新增有效信贷79.95亿元。前三季度地区生产总值增长6.2%。上半年新增有效信贷60亿元。\n"
)
#: (indicator, figure, unit, month, quote): a rate behind, a count exactly on pace, the
#: official example (53.3% at month 9 is 21.7 points behind), a goal already decided.
FIGURES = [
    ("retail-sales-growth", "5.8", "%", 9, "前三季度社会消费品零售总额增长5.8%"),
    ("new-above-scale-industrial-firms", "105", "家", 9, "1-9月新增规上工业企业105家"),
    ("new-effective-credit", "60", "亿元", 6, "上半年新增有效信贷60亿元"),
    ("new-effective-credit", "79.95", "亿元", 9, "前三季度新增有效信贷79.95亿元"),
    ("gdp-growth", "6.2", "%", 9, "前三季度地区生产总值增长6.2%"),
]


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def record(folder: Path, indicator: str, figure: str, unit: str, month: int, quote: str) -> Result:
    return invoke(
        "record", indicator, figure, "--year", "2023", "--unit", unit,
        "--through-month", str(month), "--source", NOTES, "--quote", quote,
        "--data", str(folder),
    )  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The shipped dataset with the tests' notes listed, and no year-to-date figure yet: its
    own figures to September 2023 taken out."""
    data = shutil.copytree(DATA, tmp_path / "data")
    actuals = tomllib.loads((data / "actuals.toml").read_text(encoding="utf-8"))["actuals"]
    whole_years = [a for a in actuals if "through_month" not in a]
    (data / "actuals.toml").write_text(tomli_w.dumps({"actuals": whole_years}), encoding="utf-8")
    (data / "sources" / NOTES).write_text(NOTES_TEXT, encoding="utf-8")
    with (data / "targets.toml").open("a", encoding="utf-8") as stream:
        stream.write(f'\n[[sources]]\nfile = "{NOTES}"\ntitle = "Notes for the tests"\n')
    return data


@pytest.fixture
def paced(folder: Path) -> Path:
    for figures in FIGURES:
        result = record(folder, *figures)
        assert result.exit_code == 0, result.output
    return folder


def status_rows(folder: Path) -> dict[str, dict[str, str]]:
    out = invoke("status", "--format", "csv", "--data", str(folder)).stdout
    return {row["id"]: row for row in csv.DictReader(io.StringIO(out))}


def test_record_writes_through_month_and_check_accepts_it(paced: Path) -> None:
    assert "through_month = 9" in (paced / "actuals.toml").read_text(encoding="utf-8")
    assert invoke("check", "--data", str(paced)).exit_code == 0


@pytest.mark.parametrize("month", ["0", "12"])
def test_a_month_outside_1_to_11_is_refused_and_nothing_is_written(
    folder: Path, month: str
) -> None:
    before = (folder / "actuals.toml").read_bytes()
    result = invoke(
        "record", "gdp-growth", "6.2", "--year", "2023", "--unit", "%", "--through-month",
        month, "--source", NOTES, "--quote", "前三季度地区生产总值增长6.2%", "--data", str(folder),
    )  # fmt: skip
    assert result.exit_code == 2
    assert "a whole number from 1 to 11" in result.stderr
    assert (folder / "actuals.toml").read_bytes() == before


def test_check_refuses_a_month_that_is_not_a_whole_number(folder: Path) -> None:
    with (folder / "actuals.toml").open("a", encoding="utf-8") as stream:
        stream.write(
            '\n[[actuals]]\nindicator = "gdp-growth"\nyear = 2023\nthrough_month = "9"\n'
            f'value = 6.2\nunit = "%"\nname = "GDP"\nsource = "{NOTES}"\n'
            'quote = "前三季度地区生产总值增长6.2%"\n'
        )
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 1
    assert "through_month" in result.output and "1 to 11" in result.output


def test_the_same_month_twice_is_a_duplicate_naming_the_month(paced: Path) -> None:
    before = (paced / "actuals.toml").read_bytes()
    result = record(paced, *FIGURES[-1])
    assert result.exit_code == 2
    assert "in 2023 through month 9 is already in" in result.stderr
    assert (paced / "actuals.toml").read_bytes() == before


def test_status_csv_gives_through_month_pace_and_pace_gap(paced: Path) -> None:
    rows = status_rows(paced)
    picked = {
        goal: (rows[goal]["status"], rows[goal]["through_month"], rows[goal]["pace"],
               rows[goal]["pace_gap"], rows[goal]["actual"])
        for goal in ("2023-retail-sales-growth", "2023-new-above-scale-industrial-firms",
                     "2023-new-effective-credit", "2023-gdp-growth")
    }  # fmt: skip
    assert picked == {
        "2023-retail-sales-growth": ("unreported", "9", "behind_pace", "-0.7", ""),
        "2023-new-above-scale-industrial-firms": ("unreported", "9", "on_pace", "0", ""),
        "2023-new-effective-credit": ("unreported", "9", "behind_pace", "-21.7", ""),
        # a whole-year figure decides: the pace stays out of the status
        "2023-gdp-growth": ("met", "", "", "", "6.5"),
    }


def test_status_json_gives_the_same(paced: Path) -> None:
    out = invoke("status", "--format", "json", "--data", str(paced)).stdout
    goal = next(g for g in json.loads(out) if g["id"] == "2023-new-effective-credit")
    assert (goal["through_month"], goal["pace"], goal["pace_gap"]) == (9, "behind_pace", -21.7)


def test_without_year_to_date_figures_the_new_columns_stay_empty(folder: Path) -> None:
    rows = status_rows(folder)
    assert {(r["through_month"], r["pace"], r["pace_gap"]) for r in rows.values()} == {("", "", "")}


def test_the_table_marks_the_figure_and_gives_the_pace_apart_from_the_verdict(paced: Path) -> None:
    out = invoke("status", "--data", str(paced)).stdout
    assert "◷79.95亿元 (Jan–Sep)" in out
    assert "behind pace (-21.7 pp)" in out
    assert "on pace (0 pp)" in out
    assert "◷ a figure for part of the year" in out
    assert "4 met · 1 missed · 31 unreported" in out  # a pace counts as no verdict
    assert "1 of 3 goals with a figure for part of the year only are on pace" in out
    zh = invoke("status", "--data", str(paced), "--lang", "zh").stdout
    assert "◷79.95亿元（1-9月）" in zh and "低于序时进度（-21.7个百分点）" in zh
    assert "只有年内累计数的3项目标中，1项达到序时进度" in zh


def test_markdown_gives_the_pace_and_its_legend(paced: Path) -> None:
    out = invoke("status", "--format", "markdown", "--data", str(paced)).stdout
    assert "behind pace (-21.7 pp)" in out
    assert "序时进度" in out
    assert "1 of 3 goals with a figure for part of the year only are on pace" in out


def test_show_gives_the_arithmetic_in_both_languages(paced: Path) -> None:
    en = invoke("show", "2023-new-effective-credit", "--data", str(paced)).stdout
    assert (
        "79.95亿元 for Jan–Sep is 53.3% of the year's target ≥ 150亿元, 21.7 percentage points "
        "behind pace (75% of the year gone)"
    ) in en
    assert "“前三季度新增有效信贷79.95亿元”" in en
    zh = invoke("show", "2023-new-effective-credit", "--data", str(paced), "--lang", "zh").stdout
    assert "1-9月79.95亿元，完成年度目标≥ 150亿元的53.3%，低于序时进度21.7个百分点" in zh


def test_show_keeps_the_pace_of_a_goal_a_whole_year_figure_decided(paced: Path) -> None:
    out = invoke("show", "2023-gdp-growth", "--data", str(paced)).stdout
    assert "→ met" in out
    assert "6.2% for Jan–Sep, against the year's target ≥ 6%: on pace, +0.2 pp" in out
    assert "not a verdict" in out


def test_the_scorecard_marks_pace_in_progress_apart_from_met_and_missed(paced: Path) -> None:
    page = invoke("status", "--format", "html", "--data", str(paced)).stdout
    assert page.count('class="status pace behind_pace"') == 2  # retail sales, credit
    assert page.count('class="status pace on_pace"') == 1
    assert "a figure for part of the year" in page


def test_export_and_import_carry_through_month(paced: Path, tmp_path: Path) -> None:
    exported = invoke("export", "actuals", "--data", str(paced)).stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert sorted(r["through_month"] for r in rows if r["through_month"]) == [
        "6",
        "9",
        "9",
        "9",
        "9",
    ]
    fresh = tmp_path / "fresh"
    shutil.copytree(paced, fresh)
    (fresh / "actuals.toml").write_text("", encoding="utf-8")
    csv_path = tmp_path / "actuals.csv"
    csv_path.write_text(exported, encoding="utf-8")
    result = invoke("import", str(csv_path), "--into", "actuals", "--data", str(fresh))
    assert result.exit_code == 0, result.output
    assert status_rows(fresh) == status_rows(paced)
