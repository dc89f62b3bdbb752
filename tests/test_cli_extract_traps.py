"""`tzgoals extract`: the traps of a plan read as the wrong year, signs, percentage points and
missing folders, through the command line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import Result

from .test_cli_extract import fresh, into, invoke

__all__ = ["fresh"]  # the fixture, used by name

PLAN_2023 = (
    "2023年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%,"
    "城镇调查失业率控制在5%以内。\n"
)


def _plan(folder: Path, text: str, name: str = "plan.txt") -> Path:
    plan = folder / name
    plan.write_text(text, encoding="utf-8")
    return plan


def _toml(result: Result) -> dict[str, list[dict[str, object]]]:
    assert result.exit_code == 0, result.output
    return tomllib.loads(result.stdout)


# ---------------------------------------------------------------- the year a plan is for


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_year_the_plan_contradicts_is_refused_naming_both(tmp_path: Path, lang: str) -> None:
    plan = _plan(tmp_path, PLAN_2023)
    result = invoke("extract", str(plan), "--year", "2024", "--lang", lang)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "2023" in result.stderr and "2024" in result.stderr
    assert "2023年主要预期目标" in result.stderr
    assert "--force-year" in result.stderr


def test_force_year_drafts_the_targets_as_that_year_s(tmp_path: Path) -> None:
    plan = _plan(tmp_path, PLAN_2023)
    drafted = _toml(invoke("extract", str(plan), "--year", "2024", "--force-year"))
    assert "actuals" not in drafted
    assert [t["year"] for t in drafted["targets"]] == [2024, 2024, 2024]


def test_the_year_the_plan_names_drafts_targets(tmp_path: Path) -> None:
    plan = _plan(tmp_path, PLAN_2023)
    drafted = _toml(invoke("extract", str(plan), "--year", "2023"))
    assert "actuals" not in drafted
    assert [t["comparator"] for t in drafted["targets"]] == ["about", "at_least", "at_most"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (PLAN_2023, "2023"),
        ("去年,城镇调查失业率控制在5%以内,居民消费价格涨幅2%。\n", "2024"),
        ("去年,城镇调查失业率为5.2%。\n", "2024"),
    ],
)
def test_a_ceiling_is_never_higher_is_better(tmp_path: Path, text: str, year: str) -> None:
    plan = _plan(tmp_path, text)
    drafted = _toml(invoke("extract", str(plan), "--year", year))
    polarity = {i["name"]: i["polarity"] for i in drafted["indicators"]}
    assert polarity["城镇调查失业率"] == "lower"
    assert polarity.get("居民消费价格涨幅", "lower") == "lower"


# ---------------------------------------------------------------- --into a folder that is not there


def test_into_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "今年没有目标。\n")
    missing = tmp_path / "missing"
    result = invoke("extract", str(plan), "--year", "2023", "--into", str(missing), "--area", "x")
    assert result.exit_code == 2
    assert "tzgoals init" in result.stderr
    assert not missing.exists()


def test_into_a_folder_with_no_dataset_is_refused_even_with_no_draft(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "今年没有目标。\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke("extract", str(plan), "--year", "2023", "--into", str(empty), "--area", "x")
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    assert list(empty.iterdir()) == []


# ---------------------------------------------------------------- provenance apart from notes


def test_into_puts_the_provenance_in_a_comment_no_reader_sees(fresh: Path) -> None:
    result = into(fresh, "--area", "economy")
    assert result.exit_code == 0, result.output
    written = (fresh / "targets.toml").read_text(encoding="utf-8")
    assert "# drafted by tzgoals extract: rule " in written
    assert all("note" not in t for t in tomllib.loads(written)["targets"])
    data = ("--data", str(fresh))
    for command in (
        ("status", *data),
        ("status", "--format", "html", *data),
        ("status", "--format", "csv", *data),
        ("show", "2023-gdp-growth", *data),
        ("summary", *data),
    ):
        shown = invoke(*command)
        assert shown.exit_code == 0, shown.output
        assert "drafted by" not in shown.output, command
        assert "confidence" not in shown.output, command


def test_the_provenance_comment_speaks_the_chosen_language(fresh: Path) -> None:
    result = into(fresh, "--area", "economy", "--lang", "zh")
    assert result.exit_code == 0, result.output
    written = (fresh / "targets.toml").read_text(encoding="utf-8")
    assert "# 由 tzgoals extract 起草：规则 growth，置信度 0.85\n[[targets]]" in written


# ---------------------------------------------------------------- signs and percentage points

#: Each clause, and what extract drafts from it: comparator, value, unit (None: passed over).
SIGNED_AND_POINTS = [
    ("地区生产总值增长-2%以上", ("at_least", "-2", "%")),
    ("居民消费价格涨幅-0.5%以内", ("at_most", "-0.5", "%")),
    ("出口增长－3%以上", ("at_least", "-3", "%")),
    ("进口增长−1.5%左右", ("about", "-1.5", "%")),
    ("产值增长5-6%", ("between", "5", "%")),
    ("研发投入占比提升2个百分点以上", ("pp_change", "2", "个百分点")),
    ("煤炭消费占比下降1个百分点以上", ("pp_change", "-1", "个百分点")),
    ("高新技术产业占比提升2个百分点", ("pp_change", "2", "个百分点")),
    ("占比达到2个百分点", None),
    ("服务业占比提高0.5个百分点左右", None),
    ("新增规上企业-3家", None),
]


@pytest.mark.parametrize(("clause", "drafted"), SIGNED_AND_POINTS)
def test_extract_keeps_signs_and_drafts_points_only_as_a_change(
    tmp_path: Path, clause: str, drafted: tuple[str, str, str] | None
) -> None:
    plan = _plan(tmp_path, f"2025年主要预期目标是:{clause}。\n")
    result = invoke("extract", str(plan), "--year", "2025", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()[1:]
    if drafted is None:
        assert rows == []
        assert clause in result.stderr  # passed over, with its reason
        return
    (row,) = rows
    comparator, value, unit = drafted
    cells = row.split(",")
    assert (cells[2], cells[3], cells[5]) == (comparator, value, unit)


@pytest.fixture
def empty_dataset(tmp_path: Path) -> Path:
    """An `init`ed dataset whose plan (work-plan-2025.txt) holds every clause above."""
    folder = tmp_path / "ds"
    assert invoke("init", str(folder)).exit_code == 0
    text = "2025年主要预期目标是:" + ",".join(c for c, _ in SIGNED_AND_POINTS) + "。\n"
    plan = folder / "sources" / "work-plan-2025.txt"
    plan.write_text(plan.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")
    targets = folder / "targets.toml"
    targets.write_text(
        re.sub(r'sha256 = "[0-9a-f]+"\n', "", targets.read_text(encoding="utf-8"), count=1),
        encoding="utf-8",
    )
    return folder


def test_into_appends_what_check_accepts_and_passes_over_the_rest(empty_dataset: Path) -> None:
    plan = empty_dataset / "sources" / "work-plan-2025.txt"
    result = invoke(
        "extract", str(plan), "--year", "2025", "--into", str(empty_dataset), "--area", "economy"
    )
    assert result.exit_code == 0, result.output
    assert "占比达到2个百分点" in result.stderr
    written = tomllib.loads((empty_dataset / "targets.toml").read_text(encoding="utf-8"))
    drafted = {t["quote"]: (t["comparator"], t["value"]) for t in written["targets"]}
    assert drafted["地区生产总值增长-2%以上"] == ("at_least", -2)
    assert drafted["煤炭消费占比下降1个百分点以上"] == ("pp_change", -1)
    checked = invoke("check", "--data", str(empty_dataset))
    assert checked.exit_code == 0, checked.output
    assert "0 errors" in checked.output
