"""Issue 25's acceptance, end to end: `extract` on a whole national work report `--into` an
`init`ed dataset gives, in one command, a dataset that `check` passes, with its areas."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .conftest import REPO

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
REPORT = REPO / "examples" / "china-national" / "sources" / "gwr-2022.txt"


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def started(tmp_path: Path) -> Path:
    """An `init`ed dataset with the report archived."""
    folder = tmp_path / "national"
    assert invoke("init", str(folder)).exit_code == 0
    assert invoke("source", "add", str(REPORT), "--data", str(folder)).exit_code == 0
    return folder


def test_a_whole_report_into_an_inited_dataset_passes_check_with_its_areas(started: Path) -> None:
    plan = started / "sources" / REPORT.name
    result = invoke("extract", str(plan), "--year", "2022", "--into", str(started))
    assert result.exit_code == 0, result.output
    assert "New areas, from the plan's headings:" in result.stdout
    data = tomllib.loads((started / "targets.toml").read_text(encoding="utf-8"))
    areas = {a["id"]: a for a in data["areas"] if a["year"] == 2022}
    assert areas["headline"]["title"] == "今年发展主要预期目标"
    assert areas["3.1"]["quote"] == "（一）着力稳定宏观经济大盘，保持经济运行在合理区间"
    assert all(a["source"] == REPORT.name for a in areas.values())
    targets = {t["quote"]: t["area"] for t in data["targets"] if t["year"] == 2022}
    assert targets["城镇新增就业1100万人以上"] == "headline"
    assert targets["今年拟安排地方政府专项债券3.65万亿元"] == "3.1"
    assert set(targets.values()) <= set(areas)
    text = (started / "targets.toml").read_text(encoding="utf-8")
    assert text.count("TODO: its English title") == len(areas)
    checked = invoke("check", "--data", str(started))
    assert checked.exit_code == 0, checked.output
    again = invoke("extract", str(plan), "--year", "2022", "--into", str(started))
    assert "Nothing added" in again.stdout


def test_area_forces_one_area_for_every_target(started: Path) -> None:
    plan = started / "sources" / REPORT.name
    invoke(
        "area", "add", "all", "--year", "2022", "--title", "政府工作报告", "--source",
        REPORT.name, "--quote", "政府工作报", "--data", str(started),
    )  # fmt: skip
    result = invoke("extract", str(plan), "--year", "2022", "--into", str(started), "--area", "all")
    assert result.exit_code == 0, result.output
    data = tomllib.loads((started / "targets.toml").read_text(encoding="utf-8"))
    assert {t["area"] for t in data["targets"] if t["year"] == 2022} == {"all"}
    assert [a["id"] for a in data["areas"] if a["year"] == 2022] == ["all"]


def test_the_wrong_year_is_refused_with_both_years_named(started: Path, tmp_path: Path) -> None:
    before = (started / "targets.toml").read_bytes()
    plan = shutil.copy(REPORT, tmp_path / REPORT.name)
    result = invoke("extract", str(plan), "--year", "2023", "--into", str(started))
    assert result.exit_code == 2
    assert "2022" in result.stderr and "2023" in result.stderr
    assert (started / "targets.toml").read_bytes() == before


def test_json_and_csv_give_each_draft_its_area() -> None:
    import json

    result = invoke("extract", str(REPORT), "--year", "2022", "--format", "json")
    drafts = {d["quote"]: d for d in json.loads(result.stdout)}
    assert drafts["国内生产总值增长5.5%左右"]["area"] == "headline"
    assert drafts["新建1亿亩高标准农田"]["area"] == "3.6"
    csv_header = invoke("extract", str(REPORT), "--year", "2022", "--format", "csv").stdout
    assert csv_header.splitlines()[0].endswith(",area,through_month")
