"""`--format html` through Typer's CliRunner: status and diff write a page, others refuse."""

from __future__ import annotations

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


def test_summary_and_target_diff_refuse_html_saying_what_to_use() -> None:
    code, out, err = run("summary", "--format", "html")
    assert (code, out) == (2, "")
    assert "`tzgoals status --format html` writes the scorecard" in err
    result = runner.invoke(app, ["diff", "--of", "targets", "--format", "html"])
    assert result.exit_code == 2
    assert "diff --of targets has no html format" in result.stderr
