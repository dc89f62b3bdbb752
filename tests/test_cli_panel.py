"""`tzgoals panel`, `panel init`, `panel add` and `check --panel` through Typer's CliRunner, on a
panel of three levels built here: a province at 5%, a prefecture at 5.5%, a county at 6%."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .files.conftest import VALID

runner = CliRunner(env={"LANG": "en_US.UTF-8"})

TARGETS = """[dataset]
name = "{name}"

[[sources]]
file = "plan.txt"
title = "plan"

[[areas]]
id = "a"
year = 2023
title = "headline"
source = "plan.txt"
quote = "目标"

[[indicators]]
id = "{gdp_id}"
name = "地区生产总值增长"
unit = "%"
polarity = "higher"

[[targets]]
id = "2023-gdp"
indicator = "{gdp_id}"
year = 2023
area = "a"
comparator = "at_least"
value = {value}
unit = "%"
name = "地区生产总值增长"
source = "plan.txt"
quote = "增长{value}%"
"""
ACTUALS = """[[actuals]]
indicator = "{gdp_id}"
year = 2023
value = {result}
unit = "%"
name = "地区生产总值增长"
source = "plan.txt"
quote = "增长{result}%"
"""


def invoke(*args: str, cwd: Path | None = None, using: CliRunner = runner) -> Result:
    """Run tzgoals (in `cwd`, by `using`); whatever the input, an exit code, never a traceback."""
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = using.invoke(app, list(args))
    finally:
        os.chdir(old)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def dataset(folder: Path, name: str, value: str, result: str, gdp_id: str = "gdp-growth") -> Path:
    folder.mkdir(parents=True)
    words = {"name": name, "value": value, "result": result, "gdp_id": gdp_id}
    (folder / "targets.toml").write_text(TARGETS.format(**words), encoding="utf-8")
    actuals = ACTUALS.format(**words) if result else ""
    (folder / "actuals.toml").write_text(actuals, encoding="utf-8")
    (folder / "sources").mkdir()
    text = f"目标\n增长{value}%\n" + (f"增长{result}%\n" if result else "")
    (folder / "sources" / "plan.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def panel(tmp_path: Path) -> Path:
    """Province 5% (result 5.8), prefecture 5.5% (no result), county 6% (result 5.9)."""
    root = tmp_path / "panel"
    dataset(root / "province", "省", "5", "5.8")
    dataset(root / "city", "市", "5.5", "")
    dataset(root / "county", "区", "6", "5.9")
    assert invoke("panel", "init", str(root), "--name", "三级面板").exit_code == 0
    for folder, level, parent in (
        ("province", "province", None),
        ("city", "prefecture", "province"),
        ("county", "county", "city"),
    ):
        args = ["panel", "add", str(root / folder), "--id", folder, "--level", level]
        args += ["--parent", parent] if parent else []
        result = invoke(*args, "--panel", str(root))
        assert result.exit_code == 0, result.output
    return root


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_place_table_has_the_promised_columns_and_counts(panel: Path) -> None:
    result = invoke("panel", "--panel", str(panel), "--format", "csv")
    assert result.exit_code == 0, result.output
    table = rows(result.stdout)
    assert list(table[0])[:10] == [
        "place",
        "name",
        "level",
        "parent",
        "targets",
        "met",
        "missed",
        "unreported",
        "met_share",
        "reported_share",
    ]
    by_place = {row["place"]: row for row in table}
    assert by_place["province"]["met"] == "1"
    assert by_place["city"]["unreported"] == "1"
    assert by_place["city"]["met_share"] == ""
    assert by_place["county"]["missed"] == "1"
    assert by_place["county"]["parent"] == "city"
    assert by_place["county"]["reported_share"] == "1"


def test_amplification_reads_half_a_point_each_step(panel: Path) -> None:
    result = invoke("panel", "--panel", str(panel), "--indicator", "gdp-growth", "-f", "csv")
    table = {row["place"]: row for row in rows(result.stdout)}
    assert list(next(iter(rows(result.stdout))))[:8] == [
        "place",
        "level",
        "parent",
        "target",
        "unit",
        "result",
        "status",
        "vs_parent",
    ]
    assert table["city"]["vs_parent"] == "0.5"
    assert table["county"]["vs_parent"] == "0.5"
    assert table["province"]["vs_parent"] == ""
    assert table["province"]["vs_parent_reason"] == "no_parent"
    shown = invoke("panel", "--panel", str(panel), "--indicator", "gdp-growth").stdout
    assert shown.count("+0.5 pp") == 2


def test_a_missing_parent_target_leaves_the_cell_empty_with_a_reason(panel: Path) -> None:
    (panel / "city" / "targets.toml").write_text(
        TARGETS.format(name="市", value="5.5", gdp_id="other-growth").replace(
            "地区生产总值增长", "其他增长"
        ),
        encoding="utf-8",
    )
    (panel / "city" / "actuals.toml").write_text("", encoding="utf-8")
    result = invoke("panel", "--panel", str(panel), "--indicator", "gdp-growth", "-f", "csv")
    county = next(row for row in rows(result.stdout) if row["place"] == "county")
    assert county["vs_parent"] == ""
    assert county["vs_parent_reason"] == "no_parent_target"
    shown = invoke("panel", "--panel", str(panel), "--indicator", "gdp-growth", "--lang", "zh")
    assert "上级未就该指标设定目标" in shown.stdout


def test_a_result_without_a_target_is_shown_unscored(panel: Path) -> None:
    """A place whose plan set no target on the indicator (none that year, or none on this
    indicator) still shows the figure it reported, with no verdict."""
    county = (panel / "county" / "targets.toml").read_text(encoding="utf-8")
    no_targets = county[: county.index("[[targets]]")]
    (panel / "county" / "targets.toml").write_text(no_targets, encoding="utf-8")
    other = TARGETS.format(name="市", value="5.5", gdp_id="other-growth")
    other = other.replace("[[indicators]]", GDP_INDICATOR + "\n[[indicators]]", 1)
    (panel / "city" / "targets.toml").write_text(other, encoding="utf-8")
    (panel / "city" / "actuals.toml").write_text(
        ACTUALS.format(gdp_id="gdp-growth", result="5.6"), encoding="utf-8"
    )
    (panel / "city" / "sources" / "plan.txt").write_text("目标\n增长5.5%\n增长5.6%\n", "utf-8")
    result = invoke("panel", "--panel", str(panel), "--indicator", "gdp-growth", "-f", "csv")
    assert result.exit_code == 0, result.output
    by_place = {row["place"]: row for row in rows(result.stdout)}
    assert (by_place["county"]["result"], by_place["county"]["status"]) == ("5.9", "")
    assert (by_place["county"]["target"], by_place["county"]["state"]) == ("", "no_targets")
    assert (by_place["city"]["result"], by_place["city"]["unit"]) == ("5.6", "%")
    assert (by_place["city"]["status"], by_place["city"]["state"]) == ("", "scored")
    assert by_place["province"]["status"] == "met"
    table = invoke("panel", "--panel", str(panel), "--indicator", "gdp-growth", "--lang", "zh")
    lines = table.stdout.splitlines()
    assert next(line for line in lines if line.startswith("区 ")).split()[3:5] == ["—", "5.9%"]
    assert next(line for line in lines if line.startswith("市 ")).split()[3:5] == ["—", "5.6%"]
    assert "市: 未就该指标设定目标" in lines


GDP_INDICATOR = """[[indicators]]
id = "gdp-growth"
name = "地区生产总值增长"
unit = "%"
"""


def test_a_place_with_errors_is_reported_and_the_others_still_score(panel: Path) -> None:
    (panel / "city" / "targets.toml").write_text("[dataset\n", encoding="utf-8")
    result = invoke("panel", "--panel", str(panel), "--format", "csv")
    assert result.exit_code == 0
    table = {row["place"]: row for row in rows(result.stdout)}
    assert table["city"]["state"] == "unusable"
    assert table["county"]["targets"] == "1"
    assert "targets.toml:1" in result.stderr
    strict = invoke("panel", "--panel", str(panel), "--strict")
    assert strict.exit_code == 2
    assert "its data cannot be used" in strict.stdout


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("columns", [50, 80, 120])
@pytest.mark.parametrize("indicator", [[], ["--indicator", "gdp-growth"]])
def test_every_view_in_both_languages_fits_the_width(
    panel: Path, lang: str, columns: int, indicator: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", str(columns))
    result = invoke("panel", "--panel", str(panel), "--lang", lang, *indicator)
    assert result.exit_code == 0
    assert all(cell_len(line) <= columns for line in result.stdout.splitlines())
    assert ("区" in result.stdout) and ("省" in result.stdout)


@pytest.mark.parametrize("output", ["markdown", "json", "html"])
def test_the_other_formats(panel: Path, output: str) -> None:
    result = invoke("panel", "--panel", str(panel), "--format", output, "--lang", "zh")
    assert result.exit_code == 0
    if output == "json":
        assert {row["place"] for row in json.loads(result.stdout)} == {
            "province",
            "city",
            "county",
        }
    else:
        assert "三级面板" in result.stdout


def test_the_goals_export_has_the_status_columns_after_the_place(panel: Path) -> None:
    result = invoke("panel", "--panel", str(panel), "--goals", "--format", "csv")
    table = rows(result.stdout)
    assert [row["place"] for row in table] == ["province", "city", "county"]
    status = invoke("status", "--data", str(panel / "county"), "--format", "csv").stdout
    assert list(table[0]) == ["place", "level", "parent", *list(rows(status)[0])]
    assert table[2]["parent"] == "city"
    refused = invoke("panel", "--panel", str(panel), "--goals")
    assert refused.exit_code == 2


def test_sort_and_level_filter(panel: Path) -> None:
    result = invoke("panel", "--panel", str(panel), "-f", "csv", "--level", "county")
    assert [row["place"] for row in rows(result.stdout)] == ["county"]
    ordered = invoke("panel", "--panel", str(panel), "-f", "csv", "--sort", "met_share")
    assert [row["place"] for row in rows(ordered.stdout)] == ["province", "county", "city"]


def test_a_refused_add_leaves_the_panel_s_bytes_unchanged(panel: Path, tmp_path: Path) -> None:
    before = (panel / "panel.toml").read_bytes()
    for args in (
        ["--id", "x", "--level", "province", "--parent", "county"],
        ["--id", "x", "--level", "county", "--parent", "nowhere"],
        ["--id", "county", "--level", "county"],
    ):
        result = invoke("panel", "add", str(panel / "county"), *args, "--panel", str(panel))
        assert result.exit_code == 2
        assert "nothing was written" in result.stderr
        assert (panel / "panel.toml").read_bytes() == before
    nowhere = invoke("panel", "add", str(tmp_path), "--id", "y", "--level", "county")
    assert nowhere.exit_code == 2
    again = invoke("panel", "init", str(panel), "--name", "x")
    assert again.exit_code == 2
    assert (panel / "panel.toml").read_bytes() == before


def test_check_of_a_panel_checks_each_place_and_offers_the_common_id(panel: Path) -> None:
    clean = invoke("check", "--panel", str(panel))
    assert clean.exit_code == 0, clean.output
    shutil.rmtree(panel / "city")
    dataset(panel / "city", "市", "5.5", "", gdp_id="gdp-rate")
    result = invoke("check", cwd=panel)
    assert result.exit_code == 0
    assert "city/targets.toml:" in result.stdout
    assert "'gdp-growth'" in result.stdout


def test_a_shared_name_under_another_id_is_a_warning(tmp_path: Path) -> None:
    folder = dataset(tmp_path / "d", "区", "6", "5.9", gdp_id="gdp-rate")
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 0
    assert "shared indicator 'gdp-growth'" in result.stdout


def test_no_panel_here_is_a_clear_error(tmp_path: Path) -> None:
    result = invoke("panel", "--panel", str(tmp_path))
    assert result.exit_code == 2
    assert "panel init" in result.stderr
    assert VALID.is_dir()


def test_check_of_a_panel_speaks_chinese_ends_lines_with_codes_and_takes_select(
    panel: Path,
) -> None:
    shutil.rmtree(panel / "city")
    dataset(panel / "city", "市", "5.5", "", gdp_id="gdp-rate")
    result = invoke("check", "--panel", str(panel), "--lang", "zh")
    assert result.exit_code == 0
    offered = next(line for line in result.stdout.splitlines() if "[TZ606]" in line)
    assert "city/targets.toml:" in offered
    assert "请改用 'gdp-growth'" in offered
    assert "[TZ607]" in result.stdout  # the shared list says so too
    ignored = invoke("check", "--panel", str(panel), "--ignore", "TZ606", "--ignore", "TZ607")
    assert "'gdp-growth'" not in ignored.stdout
    machine = invoke("check", "--panel", str(panel), "--select", "TZ6", "--format", "json")
    codes = {p["code"] for p in json.loads(machine.stdout)["problems"]}
    assert codes == {"TZ606", "TZ607"}


def test_panel_problems_have_codes_and_chinese_words(panel: Path) -> None:
    text = (panel / "panel.toml").read_text(encoding="utf-8")
    (panel / "panel.toml").write_text(text.replace('"province"', '"nowhere"', 1), "utf-8")
    result = invoke("check", "--panel", str(panel), "--lang", "zh")
    assert result.exit_code == 1
    assert "未知的上级 'province'" in result.stdout
    assert "[TZ602]" in result.stdout
    refused = invoke("panel", "--panel", str(panel), "--lang", "zh")
    assert refused.exit_code == 2
    assert "未知的上级 'province'" in refused.stderr
    assert "面板无法使用" in refused.stderr
    nowhere = invoke("panel", "--panel", str(panel / "county" / "sources"), "--lang", "zh")
    assert "panel init" in nowhere.stderr
    assert "没有 panel.toml" in nowhere.stderr
