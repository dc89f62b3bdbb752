"""`tzgoals diff` on the shipped data: the pairs the review makes possible, and one-year rows."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8"})


def diff(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["diff", "--data", str(DATA), *args])
    return result.exit_code, result.stdout, result.stderr


def by_indicator(out: str) -> dict[str, dict[str, object]]:
    return {row["indicator"]: row for row in json.loads(out)}


def test_default_years_are_the_two_latest_with_results() -> None:
    _, default, _ = diff("--format", "json")
    _, explicit, _ = diff("2022", "2023", "--format", "json")
    assert default == explicit


def test_pairs_in_both_years() -> None:
    rows = by_indicator(diff("--format", "json")[1])
    started = rows["major-projects-started"]
    assert (started["from_value"], started["to_value"], started["change"]) == (19, 27, 8)
    assert (started["change_pct"], started["direction"]) == (42.11, "better")
    budget = rows["budget-revenue-growth"]
    assert (budget["from_value"], budget["to_value"], budget["change"]) == (None, 11.1, None)


def test_measures_the_sources_do_not_show_to_be_the_same_are_not_paired() -> None:
    """规模以上 (2022) and unqualified (2023) shares, 新注册 and 新签约注册 project counts."""
    rows = by_indicator(diff("--format", "json")[1])
    for only_2022, only_2023 in [
        ("above-scale-high-tech-industry-output-share", "high-tech-industry-output-share"),
        ("new-major-projects-registered", "new-major-projects-signed-registered"),
        (
            "new-major-projects-registered-investment",
            "new-major-projects-signed-registered-investment",
        ),
    ]:
        assert rows[only_2022]["to_value"] is None and rows[only_2022]["from_value"] is not None
        assert rows[only_2023]["from_value"] is None and rows[only_2023]["to_value"] is not None
    assert rows["new-major-projects-registered-investment"]["from_flags"] == "lower_bound"


def test_one_year_rows_have_an_empty_side() -> None:
    rows = by_indicator(diff("--format", "json")[1])
    assert (rows["high-tech-firms"]["from_value"], rows["high-tech-firms"]["to_value"]) == (
        324,
        None,
    )
    assert (rows["gdp"]["from_value"], rows["gdp"]["to_value"]) == (None, 1730)


def test_csv_fields_in_order() -> None:
    code, out, _ = diff("--format", "csv")
    header = next(csv.reader(io.StringIO(out)))
    assert code == 0
    assert header[:11] == [
        "indicator", "name", "name_en", "unit", "from_year", "to_year",
        "from_value", "to_value", "change", "change_pct", "direction",
    ]  # fmt: skip


def test_table_has_headings_for_one_year_rows() -> None:
    code, out, _ = diff()
    assert code == 0
    assert "Reported in both years" in out
    assert "Reported only in 2022" in out
    assert "Reported only in 2023" in out


def test_markdown_is_a_report_in_the_language_chosen() -> None:
    code, out, _ = diff("--format", "markdown", "--lang", "zh")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "# 南通市通州区：2022 → 2023"
    assert "## 两年均有报告" in lines
    assert "| 指标 | 2022 | 2023 | 变化 | 方向 |" in lines
    started = "| 新开工重大项目（Major projects started） | 19个 | 27个 | +8个（+42.11%） | 向好 |"
    investment = "新注册重大项目总投资（Total investment of new major projects registered）"
    assert started in lines
    assert f"| {investment} | ≥450亿元 | — |  |  |" in lines
    assert lines[-1] == "标注：≥ 下限（实际数不低于此） · \\* 预计数"


def test_unknown_year_is_exit_2() -> None:
    code, _, err = diff("2019", "2023")
    assert code == 2
    assert "no results for 2019" in err


def test_targets_of_one_year_only_say_so_and_exit_0() -> None:
    code, out, _ = diff("--of", "targets")
    assert code == 0
    assert out == "No earlier year of targets in the data (2023): nothing to compare.\n"
    in_chinese = diff("--of", "targets", "--lang", "zh")[1]
    assert in_chinese == "数据中没有更早年份的目标（2023），无从比较。\n"


def test_one_year_is_compared_with_the_latest_earlier_year() -> None:
    assert diff("2023", "--format", "csv")[1] == diff("2022", "2023", "--format", "csv")[1]


def test_a_year_compared_with_itself_is_refused() -> None:
    code, out, err = diff("2023", "2023")
    assert (code, out) == (2, "")
    assert "FROM and TO are both 2023" in err


def test_data_files_are_given_as_targets_and_actuals_as_in_every_command() -> None:
    result = runner.invoke(
        app,
        ["diff", "--format", "csv", "--targets", str(DATA / "targets.toml"),
         "--actuals", str(DATA / "actuals.toml")],
    )  # fmt: skip
    assert result.exit_code == 0
    assert result.stdout == diff("--format", "csv")[1]


def test_the_old_spellings_are_gone() -> None:
    """--targets is a file here as everywhere; comparing targets is --of targets."""
    for old in (["--targets-file", str(DATA / "targets.toml")], ["--actuals-file", "a.toml"]):
        result = runner.invoke(app, ["diff", *old])
        assert result.exit_code == 2
        assert "No such option" in result.stderr
    result = runner.invoke(app, ["diff", "--targets", str(DATA / "targets.toml")])
    assert result.exit_code == 2
    assert "give --targets and --actuals together" in result.stderr


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [30, 40, 59, 60, 80, 100, 160])
def test_the_table_fits_the_width_and_names_every_indicator(width: int, lang: str) -> None:
    from rich.cells import cell_len

    out = (
        CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": str(width)})
        .invoke(app, ["diff", "--data", str(DATA), "--lang", lang])
        .stdout
    )
    assert max(cell_len(line) for line in out.splitlines()) <= width
    flat = "".join(out.split())
    for row in json.loads(diff("--format", "json")[1]):
        name = row["name"] if lang == "zh" or not row["name_en"] else row["name_en"]
        assert "".join(name.split())[:4] in flat, name


ONE_YEAR = DATA.parent / "tests" / "datasets" / "china-2023"


@pytest.mark.parametrize("of", ["results", "targets"])
def test_years_typed_backwards_are_refused_naming_the_command_meant(of: str) -> None:
    code, out, err = diff("2023", "2022", "--of", of)
    assert (code, out) == (2, "")
    assert "FROM (2023) is later than TO (2022)" in err
    meant = "tzgoals diff 2022 2023" + (" --of targets" if of == "targets" else "")
    assert f"`{meant}`" in err
    _, _, in_chinese = diff("2023", "2022", "--of", of, "--lang", "zh")
    assert "起始年份（2023）晚于结束年份（2022）" in in_chinese


def one_year(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["diff", "--data", str(ONE_YEAR), *args])
    return result.exit_code, result.stdout, result.stderr


SENTENCE = "No earlier year of results in the data (2023): nothing to compare."


def test_nothing_to_compare_in_json_is_an_empty_list_and_the_sentence_on_stderr() -> None:
    code, out, err = one_year("--format", "json")
    assert code == 0
    assert json.loads(out) == []
    assert SENTENCE in err


@pytest.mark.parametrize("of", ["results", "targets"])
def test_nothing_to_compare_in_csv_is_the_header_row_alone(of: str) -> None:
    code, out, err = one_year("--format", "csv", "--of", of)
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0
    assert len(rows) == 1 and rows[0][0] == "indicator"
    assert "nothing to compare" in err


def test_nothing_to_compare_in_html_is_a_page_that_says_why() -> None:
    code, out, err = one_year("--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert "<table" not in out
    assert SENTENCE in out and SENTENCE in err


def test_nothing_to_compare_for_people_stays_on_stdout() -> None:
    for output_format in ("table", "markdown"):
        code, out, _ = one_year("--format", output_format)
        assert (code, out) == (0, SENTENCE + "\n")


@pytest.mark.parametrize("output_format", ["table", "markdown", "html"])
def test_a_figure_is_written_as_its_quote_writes_it_as_summary_does(output_format: str) -> None:
    """新增城镇就业创业1.38万人: 1.38万人 in summary, in diff too (not 13800人)."""
    summary = runner.invoke(app, ["summary", "--data", str(DATA), "--format", output_format])
    _, out, _ = diff("--format", output_format)
    if output_format != "html":
        assert "1.38万人" in summary.stdout
    assert "1.38万人" in out and "13800人" not in out
    rows = by_indicator(diff("--format", "json")[1])
    assert rows["new-urban-jobs"]["to_value"] == 13800  # programs keep the indicator's unit
