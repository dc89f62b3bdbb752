"""`tzgoals summary`: coverage by area agrees with `status`, and unpromised results are listed."""

from __future__ import annotations

import json
from collections import Counter

from typer.testing import CliRunner

from tzgoals.cli import app

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8"})


def run(*args: str) -> str:
    result = runner.invoke(app, [*args, "--data", str(DATA)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_summary_counts_equal_status_counts() -> None:
    summary = json.loads(run("summary", "--format", "json"))
    goals = json.loads(run("status", "--format", "json"))
    for area in summary["areas"]:
        statuses = Counter(g["status"] for g in goals if g["area"] == area["area"])
        assert area["targets"] == sum(statuses.values())
        assert (area["met"], area["missed"], area["unreported"]) == (
            statuses["met"],
            statuses["missed"],
            statuses["unreported"],
        )
    total = summary["total"]
    assert (total["targets"], total["met"], total["missed"], total["unreported"]) == (36, 4, 1, 31)
    assert (total["reported"], total["not_scorable"]) == (6, 1)


def test_results_without_a_target_are_listed() -> None:
    summary = json.loads(run("summary", "--format", "json"))
    unpromised = {a["indicator"]: a for a in summary["reported_without_target"]}
    assert unpromised["work-safety-accidents-decline"]["value"] == 33.3
    assert unpromised["high-standard-farmland-built"]["value"] == 3.6
    assert unpromised["high-standard-farmland-built"]["unit"] == "万亩"
    assert "major-projects-started" not in unpromised
    assert all(a["year"] == 2023 for a in unpromised.values())


def test_table_shows_both_sides() -> None:
    out = run("summary")
    assert "Coverage by area, 2023" in out
    assert "6/36 (17%)" in out
    assert "Reported for 2023 without a target" in out


def test_csv_has_a_total_row() -> None:
    lines = run("summary", "--format", "csv").splitlines()
    assert lines[0].startswith("area,title,title_en,targets,met,missed,unreported,reported")
    assert lines[-1].startswith("total,,,36,4,1,31,6,1,")


def test_the_table_of_results_without_a_target_heads_its_quotes_and_explains_its_marks() -> None:
    for lang, header, estimate in [("en", "Quote", "* estimate"), ("zh", "原文", "* 预计数")]:
        out = runner.invoke(
            app, ["summary", "--lang", lang, "--data", str(DATA)], env={"COLUMNS": "120"}
        ).stdout
        assert f"┃ {header} " in out
        assert estimate in out[out.index("*1730亿元") :]  # the legend follows the table
