"""Figures for part of a year (上半年, 前三季度, 1-9月 …) through `extract` and `suggest`: each
drafted with the month it runs to (`through_month`), never as the year's result nor a target.
The texts here are written for the tests; no real document gives them."""

from __future__ import annotations

import json
import shlex
import shutil
import tomllib
from pathlib import Path

import pytest
import tomli_w
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "200"})
PROGRESS = (
    "写给测试的文字，没有真实文件这样写。\n"
    "前三季度，全区地区生产总值增长6.5%，一般公共预算收入增长11.9%。"
    "1-9月规上工业总产值增长10.4%。1至9月新增规上工业企业105家。"
    "上半年新增市场主体3200户。一季度实际使用外资1.2亿美元。前10个月完成投资80亿元。"
    "1~11月固定资产投资增长5%。1—9月社会消费品零售总额增长7%。"
    "全年地区生产总值增长6%以上。\n"
)


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def progress(tmp_path: Path) -> Path:
    path = tmp_path / "progress.txt"
    path.write_text(PROGRESS, encoding="utf-8")
    return path


def test_extract_drafts_part_year_figures_with_their_month_never_as_targets(
    progress: Path,
) -> None:
    out = invoke("extract", str(progress), "--year", "2023", "--format", "json")
    assert out.exit_code == 0, out.output
    drafts = {d["quote"]: d for d in json.loads(out.stdout)}
    months = {
        "全区地区生产总值增长6.5%": 9,
        "一般公共预算收入增长11.9%": 9,
        "1-9月规上工业总产值增长10.4%": 9,
        "1至9月新增规上工业企业105家": 9,
        "上半年新增市场主体3200户": 6,
        "一季度实际使用外资1.2亿美元": 3,
        "前10个月完成投资80亿元": 10,
        "1~11月固定资产投资增长5%": 11,
        "1—9月社会消费品零售总额增长7%": 9,
    }
    for quote, month in months.items():
        draft = drafts[quote]
        assert (draft["kind"], draft["year"], draft["through_month"]) == ("actual", 2023, month)
        assert "月" not in draft["name"][:4] and not draft["name"].startswith(("上半年", "一季度"))
    whole = drafts["全年地区生产总值增长6%以上"]  # the year's target stays one
    assert (whole["kind"], whole["through_month"]) == ("target", None)
    assert "Figures for part of a year" in out.stderr and ": 9, drafted" in out.stderr


def test_extract_toml_writes_through_month_on_the_actual(progress: Path) -> None:
    out = invoke("extract", str(progress), "--year", "2023", "--lang", "zh")
    assert out.exit_code == 0, out.output
    actuals = tomllib.loads(out.stdout.split("actuals.toml", 1)[1])["actuals"]
    assert {a["quote"]: a["through_month"] for a in actuals}["上半年新增市场主体3200户"] == 6
    assert "年内累计数字" in out.stderr and "1-9月的累计结果" in out.stdout


@pytest.fixture
def without_2023(tmp_path: Path, progress: Path) -> Path:
    """The shipped dataset without its 2023 results, the progress text archived beside it."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    actuals = tomllib.loads((DATA / "actuals.toml").read_text(encoding="utf-8"))["actuals"]
    kept = [a for a in actuals if a["year"] != 2023]
    (folder / "actuals.toml").write_text(tomli_w.dumps({"actuals": kept}), encoding="utf-8")
    (folder / "sources" / progress.name).write_text(PROGRESS, encoding="utf-8")
    with (folder / "targets.toml").open("a", encoding="utf-8") as stream:
        stream.write(f'\n[[sources]]\nfile = "{progress.name}"\ntitle = "Progress"\n')
    return folder


def test_suggest_offers_a_part_year_figure_with_its_month_and_records_it_so(
    without_2023: Path,
) -> None:
    sources = without_2023 / "sources" / "progress.txt"
    out = invoke(
        "suggest", str(sources), "--year", "2023", "--data", str(without_2023), "-f", "json"
    )
    assert out.exit_code == 0, out.output
    items = {i["target"]: i["candidates"] for i in json.loads(out.stdout)}
    gdp = next(c for c in items["2023-gdp-growth"] if c["quote"].endswith("增长6.5%"))
    assert gdp["through_month"] == 9 and "--through-month 9" in gdp["record"]
    words = shlex.split(gdp["record"])
    recorded = invoke(*words[1:])
    assert recorded.exit_code == 0, recorded.output
    row = invoke("status", "--data", str(without_2023), "--format", "json")
    goal = next(g for g in json.loads(row.stdout) if g["id"] == "2023-gdp-growth")
    assert (goal["status"], goal["through_month"], goal["pace"]) == ("unreported", 9, "on_pace")


def test_suggest_says_the_period_on_the_terminal_in_both_languages(without_2023: Path) -> None:
    sources = without_2023 / "sources" / "progress.txt"
    for lang, words in (("en", "Jan–Sep only: a pace"), ("zh", "对照序时进度，并非全年结果")):
        out = invoke(
            "suggest", str(sources), "--year", "2023", "--data", str(without_2023), "--lang", lang
        )
        assert out.exit_code == 0, out.output
        assert words in "".join(out.stdout.split()) or words in out.stdout
