"""`status` and `summary` at any width: the layout for the width, no line wider than it, every
goal shown with its name, footnote marks only on rows shown, and very long text cut short."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.goals import names
from tzgoals.render.wrap import units
from tzgoals.vocabulary import Status

from ..conftest import DATA

WIDTHS = [20, 30, 40, 49, 50, 59, 60, 61, 79, 80, 99, 100, 101, 120, 160, 240]
GOALS = load_dataset(DataPaths(DATA / "targets.toml", DATA / "actuals.toml")).targets


def run(*args: str, columns: int | None = None, data: Path = DATA) -> str:
    env = {"LANG": "en_US.UTF-8"} | ({"COLUMNS": str(columns)} if columns else {})
    result = CliRunner(env=env).invoke(app, [*args, "--data", str(data)])
    assert result.exit_code == 0, result.output
    return result.stdout


def row_starts(out: str, lang: Lang) -> list[str]:
    """The lines that begin a goal's row or block: its status word, then a column's gap."""
    words = "|".join(re.escape(label(status.value, lang)) for status in Status)
    start = re.compile(rf"(│ )?({words})( {{2,}}| │|$)")
    return [line for line in out.splitlines() if start.match(line)]


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("width", WIDTHS)
def test_status_fits_the_width_and_shows_every_goal(width: int, lang: Lang) -> None:
    out = run("status", "--lang", lang, columns=width)
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert all(line == line.rstrip() for line in lines)
    assert len(row_starts(out, lang)) == len(GOALS)
    for goal in GOALS:
        first, _ = names(goal.name, goal.name_en, lang)
        assert units(first)[0] in out, first


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("width", [20, 40, 59, 60, 99, 100, 160])
def test_summary_fits_the_width(width: int, lang: Lang) -> None:
    lines = run("summary", "--lang", lang, columns=width).splitlines()
    assert max(cell_len(line) for line in lines) <= width


@pytest.mark.parametrize(
    ("width", "full", "compact"), [(100, True, False), (99, False, True), (60, False, True)]
)
def test_the_layout_follows_the_width(width: int, full: bool, compact: bool) -> None:
    out = run("status", columns=width)
    assert ("┏━" in out) is full
    assert ("Status      Goal" in out) is compact  # a compact header, without rules
    assert ("2023-gdp-growth" in out) is False  # ids only when asked for, above 60


def test_below_60_columns_each_goal_is_a_block_with_its_id() -> None:
    out = run("status", columns=59)
    assert "┃" not in out and "│" not in out
    lines = out.splitlines()
    for goal in GOALS:
        assert f"  {goal.id}" in lines
    block = lines[lines.index("missed  Major projects started") :][:5]
    assert block == [
        "missed  Major projects started",
        "  新开工重大项目",
        "  2023-major-projects-started",
        "  Target ≥ 30个 · Actual 27个 · Gap -3个 · Attained 90.0%",
        "",
    ]


@pytest.mark.parametrize("width", [120, 100])
def test_ids_on_request_each_on_a_line_of_its_own(width: int) -> None:
    out = run("status", "--ids", columns=width)
    for goal in GOALS:
        assert re.search(rf"[│ ] {re.escape(goal.id)}( +│|$)", out, re.MULTILINE), goal.id


def test_an_id_wider_than_a_compact_tables_names_breaks_only_after_a_hyphen() -> None:
    out = run("status", "--ids", columns=80)
    for goal in GOALS:
        spelt = r"-(\n +)?".join(map(re.escape, goal.id.split("-")))
        assert re.search(rf"(^| ){spelt}$", out, re.MULTILINE), goal.id


def footnote_marks(out: str) -> tuple[set[str], set[str]]:
    """The footnote numbers defined under the tables, and those pointed at in the rows."""
    lines = out.splitlines()
    defined = {m.group(1) for line in lines if (m := re.match(r"\[(\d+)\] ", line))}
    pointed = {
        n
        for line in lines
        if not re.match(r"\[\d+\] ", line)
        for n in re.findall(r"\[(\d+)\]", line)
    }
    return defined, pointed


@pytest.mark.parametrize("width", [120, 80, 50])
@pytest.mark.parametrize(
    "args", [[], ["--status", "missed"], ["--area", "1"], ["--sort", "gap"], ["--status", "met"]]
)
def test_footnote_marks_only_on_rows_shown(width: int, args: list[str]) -> None:
    out = run("status", *args, columns=width)
    defined, pointed = footnote_marks(out)
    assert defined == pointed
    assert sorted(map(int, defined)) == list(range(1, len(defined) + 1))


def test_a_pipe_without_columns_is_as_wide_as_the_full_table() -> None:
    lines = run("status").splitlines()
    assert max(cell_len(line) for line in lines) == 100
    assert "┏━" in run("status")


def test_sorted_goals_are_one_list_naming_each_goals_area() -> None:
    out = run("status", "--sort", "attainment", "--status", "met", columns=120)
    assert "All areas, by attainment, lowest first" in out
    rows = row_starts(out, Lang.EN)
    assert [row.split("│")[2].strip() for row in rows] == [
        "GDP growth [1]",
        "Newly recognised national high-tech enterprises",
        "General public budget revenue growth [2]",
        "Newly recognised 'little giant' specialised firms [3]",
    ]
    assert "① Grow and upgrade" in out  # the area of a goal, under its name


def test_a_flag_filter_lists_only_the_qualified_figures_and_says_so() -> None:
    out = run("status", "--flag", "estimate", columns=120)
    assert len(row_starts(out, Lang.EN)) == 2  # GDP growth and budget revenue: 预计
    assert "Showing 2 of 36 goals." in out
    assert "4 met · 1 missed · 31 unreported" in out  # the counts do not follow a filter


@pytest.fixture(scope="module")
def ten_million_characters(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("long")
    text = (DATA / "targets.toml").read_text(encoding="utf-8")
    start = text.index('id = "2023-major-projects-started"')
    name = text.index('name = "新开工重大项目"', start)
    long_name = "长" * 10_000_000
    text = text[:name] + f'name = "{long_name}"' + text[name + len('name = "新开工重大项目"') :]
    (folder / "targets.toml").write_text(text, encoding="utf-8")
    (folder / "actuals.toml").write_bytes((DATA / "actuals.toml").read_bytes())
    return folder


@pytest.mark.parametrize("width", [120, 80, 50])
def test_a_very_long_name_is_cut_in_the_table(ten_million_characters: Path, width: int) -> None:
    out = run("status", "--lang", "zh", columns=width, data=ten_million_characters)
    assert "长长长…" in re.sub(r"[\s│]", "", out)
    assert len(out) < 100_000
    assert max(cell_len(line) for line in out.splitlines()) <= width


def test_the_whole_long_name_stays_in_csv(ten_million_characters: Path) -> None:
    out = run("status", "--format", "csv", data=ten_million_characters)
    assert "长" * 10_000_000 in out


@pytest.mark.parametrize("width", [120, 80, 50])
def test_footnotes_are_given_in_full_and_the_counts_too(width: int) -> None:
    """A footnote of some 400 characters is no cell: it is not cut at CELL_LIMIT."""
    out = run("status", "--area", "1", columns=width)
    solid = "".join(out.split())
    assert "(widerthan高层次创新人才,innovationtalent).Afigurethatisnarrower" in solid
    assert solid.endswith("Thesourcesreportaresultfor3of11targets(27%);2scored,1notscorable.")
    assert "…" not in out
