"""`--format html` through Typer's CliRunner: status and diff write a page, others refuse."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from tzgoals.cli import app

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "SOURCE_DATE_EPOCH": "1709281800"})


def run(*args: str, **env: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--data", str(DATA)], env=env or None)
    return result.exit_code, result.stdout, result.stderr


def test_status_writes_one_page_in_the_language_asked_for() -> None:
    code, out, _ = run("status", "--format", "html", "--lang", "zh")
    assert code == 0
    assert out.startswith('<!DOCTYPE html>\n<html lang="zh" data-ui="zh">')
    assert out.rstrip().endswith("</html>")
    assert out.count('<tr data-kind="') == 36


def test_the_time_of_making_comes_from_source_date_epoch_for_a_repeatable_page() -> None:
    first, second = run("status", "-f", "html")[1], run("status", "-f", "html")[1]
    assert first == second
    assert '<time datetime="2024-03-01T08:30:00+00:00">' in first


def test_without_source_date_epoch_the_page_says_when_it_was_made() -> None:
    result = CliRunner(env={"SOURCE_DATE_EPOCH": ""}).invoke(
        app, ["status", "-f", "html", "--data", str(DATA)]
    )
    assert result.exit_code == 0
    assert '<time datetime="20' in result.stdout


def test_a_bad_source_date_epoch_is_a_clear_error() -> None:
    code, out, err = run("status", "-f", "html", SOURCE_DATE_EPOCH="yesterday")
    assert (code, out) == (2, "")
    assert "SOURCE_DATE_EPOCH must be a whole number of seconds, not 'yesterday'" in err


def test_status_filters_the_rows_and_fail_on_still_works() -> None:
    code, out, _ = run("status", "-f", "html", "--status", "missed", "--fail-on", "missed")
    assert code == 1
    assert out.count('<tr data-kind="missed"') == 1 and out.count('<tr data-kind="') == 1
    assert "Showing 1 of 36 goals." in out


def test_diff_writes_a_page_of_changes() -> None:
    code, out, _ = run("diff", "--format", "html")
    assert code == 0
    assert 'id="indicator-major-projects-started"' in out
    assert "Change 2022 → 2023" in out


def test_summary_offers_no_html_so_asking_for_it_is_a_usage_error() -> None:
    """Each command offers only the formats it writes: summary's --help does not name html,
    and asking for it is refused before anything is read."""
    code, out, err = run("summary", "--format", "html")
    assert (code, out) == (2, "")
    assert "'html' is not one of table, markdown, csv, json" in err
    help_text = runner.invoke(app, ["summary", "--help"]).stdout
    assert "html" not in help_text


def test_target_diff_is_a_page_too(tmp_path: Path) -> None:
    """diff offers html whatever it compares: the targets of two plans get their own page, the
    data's text escaped in it."""
    shutil.copytree(DATA, tmp_path / "data")
    with (tmp_path / "data" / "targets.toml").open("a", encoding="utf-8") as targets:
        targets.write(NEXT_PLAN)
    result = runner.invoke(
        app, ["diff", "--of", "targets", "-f", "html", "--data", str(tmp_path / "data")]
    )
    out = result.stdout
    assert result.exit_code == 0, result.stderr
    assert out.startswith("<!DOCTYPE html>") and out.endswith("</html>\n")
    assert "Targets 2023 → 2024" in out
    row = out[out.index('id="indicator-major-projects-started"') :]
    row = row[: row.index("</tr>")]
    assert "≥ 30个" in row and "≥ 35个" in row
    assert 'data-kind="tightened"' in out
    assert "<script>alert(1)</script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in row


NEXT_PLAN = """
[[areas]]
id = "1"
year = 2024
title = "一"
source = "000_ba23479a29e53de9.txt"
quote = "一"

[[targets]]
id = "2024-major-projects-started"
indicator = "major-projects-started"
year = 2024
area = "1"
comparator = "at_least"
value = 35
unit = "个"
name = "新开工重大项目"
source = "000_ba23479a29e53de9.txt"
quote = "<script>alert(1)</script>"
"""
