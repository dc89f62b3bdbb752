"""Markdown for people: data shown as written, never as markup; a report per area."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.render.safe import markdown_text

from ..conftest import DATA


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a | b", "a \\| b"),
        ("*11.1%", "\\*11.1%"),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("R&D", "R&amp;D"),
        ("C:\\data", "C:\\\\data"),
        ("line one\nline two", "line one line two"),
        ("[link](javascript:x)", "\\[link\\](javascript:x)"),
        ("_a_ `b` ~c~", "\\_a\\_ \\`b\\` \\~c\\~"),
        ("\x1b]0;title\x07", "\\\\x1b\\]0;title\\\\x07"),
        ("新开工重大项目", "新开工重大项目"),
    ],
)
def test_markdown_text_shows_data_as_written(text: str, shown: str) -> None:
    assert markdown_text(text) == shown


HOSTILE = "Projects | <b>started</b> *now* [x](y)\\"


@pytest.fixture()
def hostile_data(tmp_path: Path) -> Path:
    text = (DATA / "targets.toml").read_text(encoding="utf-8")
    start = text.index('id = "2023-major-projects-started"')
    text = text[:start] + text[start:].replace(
        'name_en = "Major projects started"', f"name_en = '{HOSTILE}'", 1
    )
    (tmp_path / "targets.toml").write_text(text, encoding="utf-8")
    (tmp_path / "actuals.toml").write_bytes((DATA / "actuals.toml").read_bytes())
    return tmp_path


def test_a_name_with_markup_stays_in_its_cell(hostile_data: Path) -> None:
    runner = CliRunner(env={"LANG": "en_US.UTF-8"})
    out = runner.invoke(
        app, ["status", "--format", "markdown", "--data", str(hostile_data), "--area", "2"]
    ).stdout
    (row,) = [line for line in out.splitlines() if "Projects \\|" in line]
    assert row.startswith("| missed | Projects \\| &lt;b&gt;started&lt;/b&gt; \\*now\\* ")
    assert row.count(" | ") == 5  # six cells: the pipe in the name does not make a seventh
    assert "\\[x\\](y)\\\\ (新开工重大项目)" in row


def test_summary_markdown_has_coverage_and_what_was_reported_without_a_target() -> None:
    runner = CliRunner(env={"LANG": "en_US.UTF-8"})
    out = runner.invoke(app, ["summary", "--format", "markdown", "--data", str(DATA)]).stdout
    lines = out.splitlines()
    assert lines[0] == "# Tongzhou District, Nantong, Jiangsu"
    assert "## Coverage by area, 2023" in lines
    assert (
        "| ④ Build and manage with care: a modern city's quality | 0 | 0 | 0 | 0 | 0/0 |" in lines
    )
    assert "## Reported for 2023 without a target" in lines
    assert (
        "| GDP (地区生产总值) | \\*1730亿元 | “通州预计实现地区生产总值1730亿元,同比增长6.5%以上” |"
        in (lines)
    )
