"""`tzgoals suggest`: a fall is offered as a negative result of a growth indicator, and every
printed `tzgoals record` command records, pasted as printed, what the review says."""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path

import pytest

from .test_cli_suggest import invoke

REVIEW_LINES = (
    "规模以上工业增加值同比下降3.2%。一般公共预算收入增长-2.5%。单位地区生产总值能耗下降4.1%。\n"
)
EXTRA_TARGETS = """
[[indicators]]
id = "-industry-growth"
name = "规模以上工业增加值增长"
unit = "%"

[[indicators]]
id = "revenue-growth"
name = "一般公共预算收入增长"
unit = "%"

[[indicators]]
id = "energy-intensity-fall"
name = "单位地区生产总值能耗下降"
unit = "%"

[[targets]]
id = "2025-industry"
indicator = "-industry-growth"
year = 2025
area = "economy"
comparator = "at_least"
value = 5
unit = "%"
name = "规模以上工业增加值增长"
source = "work-plan-2025.txt"
quote = "Economy"
derivation = "set by this test: the starter's plan states no such figure"

[[targets]]
id = "2025-revenue"
indicator = "revenue-growth"
year = 2025
area = "economy"
comparator = "at_least"
value = 3
unit = "%"
name = "一般公共预算收入增长"
source = "work-plan-2025.txt"
quote = "Economy"
derivation = "set by this test: the starter's plan states no such figure"

[[targets]]
id = "2025-energy"
indicator = "energy-intensity-fall"
year = 2025
area = "economy"
comparator = "at_least"
value = 3
unit = "%"
name = "单位地区生产总值能耗下降"
source = "work-plan-2025.txt"
quote = "Economy"
derivation = "set by this test: the starter's plan states no such figure"
"""


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    """An `init`ed dataset with three growth and fall targets of 2025 and a review of them."""
    folder = tmp_path / "ds"
    assert invoke("init", str(folder)).exit_code == 0
    review = folder / "sources" / "review-2025.txt"
    review.write_text(review.read_text(encoding="utf-8") + "\n" + REVIEW_LINES, encoding="utf-8")
    targets = folder / "targets.toml"
    text = re.sub(r'sha256 = "[0-9a-f]+"\n', "", targets.read_text(encoding="utf-8"))
    targets.write_text(text + EXTRA_TARGETS, encoding="utf-8")
    assert invoke("check", "--data", str(folder)).exit_code == 0
    return folder


def _first(dataset: Path, target: str) -> dict[str, object]:
    review = dataset / "sources" / "review-2025.txt"
    result = invoke("suggest", str(review), "--year", "2025", "--data", str(dataset), "-f", "json")
    assert result.exit_code == 0, result.output
    items = {item["target"]: item["candidates"] for item in json.loads(result.stdout)}
    first: dict[str, object] = items[target][0]
    return first


@pytest.mark.parametrize(
    ("target", "indicator", "value"),
    [
        ("2025-industry", "-industry-growth", -3.2),  # 下降3.2% of a growth: -3.2
        ("2025-revenue", "revenue-growth", -2.5),  # 增长-2.5%
        ("2025-energy", "energy-intensity-fall", 4.1),  # a fall indicator takes 4.1 as written
    ],
)
def test_the_printed_command_records_what_the_review_says(
    dataset: Path, target: str, indicator: str, value: float
) -> None:
    candidate = _first(dataset, target)
    assert candidate["value"] == value
    words = shlex.split(str(candidate["record"]))
    assert words[:2] == ["tzgoals", "record"]
    recorded = invoke(*words[1:])
    assert recorded.exit_code == 0, recorded.output
    actuals = tomllib.loads((dataset / "actuals.toml").read_text(encoding="utf-8"))["actuals"]
    (actual,) = [a for a in actuals if a["indicator"] == indicator]
    assert actual["value"] == value
    assert invoke("check", "--data", str(dataset)).exit_code == 0


def test_an_id_or_figure_with_a_leading_minus_comes_after_a_double_dash(dataset: Path) -> None:
    words = shlex.split(str(_first(dataset, "2025-industry")["record"]))
    assert words[-3:] == ["--", "-industry-growth", "-3.2"]
    plain = shlex.split(str(_first(dataset, "2025-energy")["record"]))
    assert plain[2:4] == ["energy-intensity-fall", "4.1"]  # as before when nothing needs it
