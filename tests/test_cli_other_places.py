"""Other places' real targets, end to end through the command line.

`tests/datasets/china-2023` holds the national 2023 targets (ceilings on prices and
unemployment, grain output in 万亿斤 scored against a result in 亿斤) and
`tests/datasets/jiangsu-2023` a province's; `SOURCES.md` in each says where the texts come from.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app

DATASETS = Path(__file__).resolve().parent / "datasets"
CHINA = DATASETS / "china-2023"
JIANGSU = DATASETS / "jiangsu-2023"

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "120"})


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def goals(folder: Path) -> dict[str, dict[str, str]]:
    code, out, err = run("status", "--data", str(folder), "--format", "csv")
    assert code == 0, err
    return {row["id"]: row for row in csv.DictReader(io.StringIO(out))}


def edited_copy(tmp_path: Path, folder: Path, old: str, new: str) -> Path:
    """A copy of a dataset with one passage of its targets file changed."""
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy)
    targets = copy / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    assert text.count(old) == 1
    targets.write_text(text.replace(old, new), encoding="utf-8")
    return copy


EVERY_PLACE = sorted(p for p in DATASETS.iterdir() if (p / "targets.toml").is_file())


def test_every_place_is_here() -> None:
    assert [p.name for p in EVERY_PLACE] == [
        "china-2023",
        "guangdong-2023",
        "jiangsu-2023",
        "shenzhen-2023",
    ]


@pytest.mark.parametrize("folder", EVERY_PLACE, ids=lambda p: p.name)
def test_other_places_pass_check_with_every_quote_in_its_archived_text(folder: Path) -> None:
    code, out, err = run("check", "--data", str(folder))
    assert code == 0
    assert out == ""
    found = err.rsplit("; ", 1)[1]
    assert found.endswith(" quotes found in the archived texts\n")
    assert " of " not in found  # not "N of M": every one


def test_a_low_price_rise_meets_a_ceiling_with_room_to_spare() -> None:
    """CPI 3%左右 is a ceiling: 0.2% is met 3.3 pp inside 3 + 0.5, with no attainment."""
    cpi = goals(CHINA)["2023-cpi-rise"]
    assert (cpi["status"], cpi["direction"], cpi["actual"]) == ("met", "ceiling", "0.2")
    assert (cpi["gap"], cpi["gap_unit"], cpi["attainment"]) == ("3.3", "pp", "")
    assert cpi["reason_code"] == "meets_ceiling"
    assert cpi["reason"] == "0.2% within or below 3 ± 0.5%"


def test_unemployment_below_its_ceiling_is_met_and_shows_no_shortfall() -> None:
    rate = goals(CHINA)["2023-surveyed-urban-unemployment-rate"]
    assert (rate["status"], rate["actual"], rate["gap"], rate["attainment"]) == (
        "met",
        "5.2",
        "0.5",
        "",
    )
    code, out, _ = run("show", "2023-surveyed-urban-unemployment-rate", "--data", str(CHINA))
    assert code == 0
    flat = " ".join(out.split())
    assert "5.2% within or below 5.5 ± 0.2% → met, 0.5 pp to spare" in flat
    assert "attained" not in flat and "short" not in flat


def test_grain_in_wan_yi_against_a_result_in_yi() -> None:
    grain = goals(CHINA)["2023-grain-output"]
    assert (grain["unit"], grain["actual_as_reported"], grain["actual_unit"]) == (
        "万亿斤",
        "13908",
        "亿斤",
    )
    assert (grain["status"], grain["actual"], grain["gap"], grain["attainment"]) == (
        "met",
        "1.3908",
        "0.0908",
        "1.0698",
    )


def test_a_ceiling_exceeded_reads_as_over_not_as_attainment(tmp_path: Path) -> None:
    """The same CPI target against a 3.8% rise: missed, 0.3 pp over, no 'attained'."""
    copy = tmp_path / "china"
    shutil.copytree(CHINA, copy)
    actuals = copy / "actuals.toml"
    text = actuals.read_text(encoding="utf-8")
    actuals.write_text(
        text.replace(
            'indicator = "cpi-rise"\nyear = 2023\nvalue = 0.2',
            'indicator = "cpi-rise"\nyear = 2023\nvalue = 3.8',
        ),
        encoding="utf-8",
    )
    assert "value = 3.8" in actuals.read_text(encoding="utf-8")
    code, out, _ = run("show", "2023-cpi-rise", "--data", str(copy))
    assert code == 0
    flat = " ".join(out.split())
    assert "3.8% outside and not below 3 ± 0.5% → missed, 0.3 pp over" in flat
    assert "attained" not in flat


def test_an_analyst_may_read_a_price_target_as_a_band(tmp_path: Path) -> None:
    """Whoever holds that 3%左右 asks for prices near 3% (deflation is a miss too) states it."""
    copy = edited_copy(
        tmp_path,
        CHINA,
        'direction = "ceiling"\nname = "居民消费价格涨幅"',
        'direction = "band"\nname = "居民消费价格涨幅"',
    )
    cpi = goals(copy)["2023-cpi-rise"]
    assert (cpi["status"], cpi["direction"], cpi["gap"], cpi["reason_code"]) == (
        "missed",
        "band",
        "-2.3",
        "outside_band",
    )
    assert cpi["reason"] == "0.2% outside 3 ± 0.5%"


def test_an_about_target_without_a_side_is_read_as_a_floor_and_warned(tmp_path: Path) -> None:
    """Neither the target nor its indicator says which side is good: check names both fixes."""
    copy = edited_copy(
        tmp_path,
        CHINA,
        'direction = "ceiling"\nname = "居民消费价格涨幅"',
        'name = "居民消费价格涨幅"',
    )
    indicator = copy / "targets.toml"
    text = indicator.read_text(encoding="utf-8")
    old = (
        'id = "cpi-rise"\nname = "居民消费价格涨幅"\n'
        'name_en = "Rise in consumer prices (CPI)"\nunit = "%"\npolarity = "lower"\n'
    )
    assert old in text
    indicator.write_text(
        text.replace(old, old.replace('polarity = "lower"\n', "")), encoding="utf-8"
    )
    code, out, err = run("check", "--data", str(copy))
    assert code == 0  # a warning, not an error
    assert "0 errors, 1 warning" in err
    assert "warning: about target '2023-cpi-rise' (左右) does not say which side is good" in out
    assert 'direction = "floor", "ceiling" or "band"' in out
    assert 'polarity = "higher" or "lower" to the indicator' in out
    # Read as a floor, 0.2% is far below 3 − 0.5: missed. The warning is why this matters.
    assert goals(copy)["2023-cpi-rise"]["status"] == "missed"


def test_the_chinese_table_of_another_place() -> None:
    code, out, _ = run("status", "--data", str(CHINA), "--lang", "zh")
    assert code == 0
    assert out.startswith("中国(全国)：2023年目标")
    assert "达成6项 · 未达成0项 · 未报告9项" in out


def test_a_province_scores_its_floors() -> None:
    rows = goals(JIANGSU)
    met = sorted(goal for goal, row in rows.items() if row["status"] == "met")
    assert len(met) == 2
    assert all(rows[goal]["direction"] == "floor" for goal in met)
