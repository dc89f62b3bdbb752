"""`tzgoals history` end to end: the China national example, and a place whose plans dropped
one missed target and lowered another."""

from __future__ import annotations

import csv
import io
import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.render.rows import HISTORY_FIELDS

from .places import GROWTH, JOBS, plan, result, write_place

CHINA = Path(__file__).resolve().parent.parent / "examples" / "china-national"
runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "100"})


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def anytown(tmp_path: Path) -> Path:
    """Growth missed in 2021, lowered in 2022 and missed again, dropped in 2023; jobs met."""
    targets = [
        plan(2021, GROWTH, "at_least", 6, "%"),
        plan(2022, GROWTH, "at_least", 5.5, "%"),
        *(plan(year, JOBS, "at_least", 10, "万人") for year in (2021, 2022, 2023)),
    ]
    actuals = [
        result(2021, GROWTH, 5.1, "%", "review-2022.txt"),
        result(2022, GROWTH, 4.9, "%", "review-2023.txt"),
        result(2021, JOBS, 12, "万人", "review-2022.txt"),
        result(2022, JOBS, 11, "万人", "review-2023.txt"),
    ]
    published = {"review-2022.txt": "2022-01", "review-2023.txt": "2023-01"}
    return write_place(tmp_path, targets, actuals, published)


def rows(*args: str) -> list[dict[str, str]]:
    out = invoke("history", *args, "--format", "csv")
    assert out.exit_code == 0, out.stderr
    return list(csv.DictReader(io.StringIO(out.stdout)))


def test_csv_has_the_promised_columns_and_marks_dropped_and_lowered(anytown: Path) -> None:
    found = rows("--data", str(anytown))
    assert tuple(found[0]) == HISTORY_FIELDS == (
        "indicator", "year", "target_id", "comparator", "target", "target_max", "unit",
        "actual", "status", "gap", "after_miss",
        "through_month", "year_to_date", "pace", "pace_gap",
    )  # fmt: skip
    growth = [(r["year"], r["status"], r["after_miss"]) for r in found if r["indicator"] == GROWTH]
    assert growth == [("2021", "missed", "lowered"), ("2022", "missed", "dropped")]
    jobs = [(r["year"], r["status"], r["after_miss"]) for r in found if r["indicator"] == JOBS]
    assert jobs == [("2021", "met", ""), ("2022", "met", ""), ("2023", "unreported", "")]


def test_json_rows_are_the_csv_rows(anytown: Path) -> None:
    out = invoke("history", GROWTH, "--data", str(anytown), "--format", "json")
    items = json.loads(out.stdout)
    assert [item["after_miss"] for item in items] == ["lowered", "dropped"]
    assert items[0]["target"] == 6 and items[0]["actual"] == 5.1


def test_the_table_says_the_record_and_draws_the_chart(anytown: Path) -> None:
    out = invoke("history", JOBS, "--data", str(anytown))
    assert out.exit_code == 0, out.stderr
    assert "met 2 of 2 years scored (1 unreported)" in out.stdout
    assert "│ target  ● result  ◉ both" in out.stdout
    growth = invoke("history", GROWTH, "--data", str(anytown)).stdout
    assert "lowered after a miss" in growth and "dropped after a miss" in growth
    assert "met 0 of 2 years scored" in growth


def test_a_narrow_terminal_gets_a_block_a_year_in_chinese(anytown: Path) -> None:
    narrow = CliRunner(env={"LANG": "zh_CN.UTF-8", "COLUMNS": "40"})
    out = narrow.invoke(app, ["history", GROWTH, "--data", str(anytown)])
    assert out.exit_code == 0, out.stderr
    assert "未达成后次年调低目标" in out.stdout and "未达成后次年不再设目标" in out.stdout
    assert "已评分的2年中达成0年" in out.stdout
    assert max(len(line) for line in out.stdout.splitlines()) <= 40


def test_markdown_and_html_say_the_same(anytown: Path) -> None:
    markdown = invoke("history", GROWTH, "--data", str(anytown), "--format", "markdown").stdout
    assert "| 2021 | ≥ 6% | 5.1% | missed | -0.9 pp | lowered after a miss |" in markdown
    assert "```text" in markdown
    page = invoke("history", GROWTH, "--data", str(anytown), "--format", "html").stdout
    assert "<svg" in page and "lowered after a miss" in page
    assert "<script" not in page and "src=" not in page and "http" not in page.split("</head>")[1]


def test_an_unknown_indicator_is_exit_2_with_the_closest(anytown: Path) -> None:
    out = invoke("history", "gdp-grwth", "--data", str(anytown))
    assert out.exit_code == 2
    assert "gdp-growth" in out.stderr and "Traceback" not in out.stderr


def test_names_from_the_data_are_shown_as_written_not_as_markup(tmp_path: Path) -> None:
    targets = [plan(y, GROWTH, "at_least", 6, "%") for y in (2021, 2022)]
    folder = write_place(tmp_path, targets, [], {})
    text = (folder / "targets.toml").read_text(encoding="utf-8")
    marked = text.replace('name = "GDP growth"', 'name = "[bold red]GDP[/] <b>growth</b>"')
    (folder / "targets.toml").write_text(marked, encoding="utf-8")
    out = invoke("history", "--data", str(folder))
    assert out.exit_code == 0, out.stderr
    assert "[bold red]GDP[/] <b>growth</b>" in out.stdout
    page = invoke("history", "--data", str(folder), "--format", "html").stdout
    assert "&lt;b&gt;growth&lt;/b&gt;" in page and "<b>growth" not in page


def test_china_every_headline_indicator_with_its_record() -> None:
    found = rows("--data", str(CHINA))
    indicators = {r["indicator"] for r in found}
    assert {"gdp-growth", "cpi-rise", "new-urban-jobs", "grain-output"} <= indicators
    growth = {
        r["year"]: (r["status"], r["after_miss"]) for r in found if r["indicator"] == "gdp-growth"
    }
    # 2022: 5.5%左右 missed at 3%; 2023 set 5%左右, an easier floor.
    assert growth["2022"] == ("missed", "lowered")
    assert "2020" not in growth  # no 2020 target
    out = invoke("history", "gdp-growth", "--data", str(CHINA))
    assert "met 4 of 5 years scored (1 unreported)" in out.stdout


def test_china_as_of_the_2022_report_scores_2021_on_its_first_figure() -> None:
    first = rows("gdp-growth", "--data", str(CHINA), "--as-of", "2022-03-05")
    assert {r["year"]: r["actual"] for r in first}["2021"] == "8.1"
    assert {r["year"]: r["status"] for r in first}["2022"] == "unreported"


def test_publish_adds_the_history_page_for_several_years_and_links_it(
    anytown: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    out = invoke("publish", str(site), "--data", str(anytown))
    assert out.exit_code == 0, out.stderr
    assert (site / "history.html").is_file()
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="history.html"' in index
    assert f'href="history.html#{JOBS}"' in index  # a goal links to its indicator's record
    page = (site / "history.html").read_text(encoding="utf-8")
    assert f'id="{JOBS}"' in page and "<svg" in page
    again = invoke("publish", str(site), "--data", str(anytown))  # an earlier bundle, replaced
    assert again.exit_code == 0, again.stderr


def test_publish_of_one_year_of_targets_has_no_history_page(tmp_path: Path) -> None:
    folder = write_place(tmp_path / "data", [plan(2023, GROWTH, "at_least", 6, "%")], [], {})
    site = tmp_path / "site"
    assert invoke("publish", str(site), "--data", str(folder)).exit_code == 0
    assert not (site / "history.html").exists()
    assert "history.html" not in (site / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def unfinished(anytown: Path) -> Path:
    """Anytown with 6万 new jobs by September 2023 against a target of 10万 for the year (60%
    done at month 9, where 75% is on pace), and no whole-year figure yet."""
    text = (anytown / "actuals.toml").read_text(encoding="utf-8")
    figure = result(2023, JOBS, 6, "万人", "review-2023-q3.txt", through_month=9)
    published = {"review-2022.txt": "2022-01", "review-2023.txt": "2023-01"}
    targets = [
        plan(2021, GROWTH, "at_least", 6, "%"),
        plan(2022, GROWTH, "at_least", 5.5, "%"),
        *(plan(year, JOBS, "at_least", 10, "万人") for year in (2021, 2022, 2023)),
    ]
    actuals = [*tomllib.loads(text)["actuals"], figure]
    folder = write_place(anytown, targets, actuals, {**published, "review-2023-q3.txt": "2023-10"})
    assert invoke("check", "--data", str(folder)).exit_code == 0
    return folder


def test_an_unfinished_year_shows_its_last_pace_in_csv_and_json(unfinished: Path) -> None:
    jobs = {r["year"]: r for r in rows(JOBS, "--data", str(unfinished))}
    paced = jobs["2023"]
    assert (paced["status"], paced["actual"], paced["through_month"]) == ("unreported", "", "9")
    assert (paced["year_to_date"], paced["pace"], paced["pace_gap"]) == ("6", "behind_pace", "-15")
    decided = jobs["2022"]  # a whole year's figure decides: no pace
    assert (decided["through_month"], decided["pace"], decided["pace_gap"]) == ("", "", "")
    out = invoke("history", JOBS, "--data", str(unfinished), "--format", "json")
    items = {item["year"]: item for item in json.loads(out.stdout)}
    assert (items[2023]["pace"], items[2023]["through_month"]) == ("behind_pace", 9)
    assert items[2021]["pace"] is None


def test_an_unfinished_year_shows_its_last_pace_for_people_in_both_languages(
    unfinished: Path,
) -> None:
    table = invoke("history", JOBS, "--data", str(unfinished)).stdout
    assert "◷6万人 (Jan–Sep)" in table and "behind pace (-15 pp)" in table
    assert "◷ " in table.split("met 2 of 2 years scored")[1]  # the legend explains the mark
    markdown = invoke("history", JOBS, "--data", str(unfinished), "--format", "markdown").stdout
    assert "| 2023 | ≥ 10万人 | ◷6万人 (Jan–Sep) | unreported | behind pace (-15 pp) |" in markdown
    page = invoke("history", JOBS, "--data", str(unfinished), "--format", "html").stdout
    assert "behind pace (-15 pp)" in page and "◷6万人" in page
    chinese = CliRunner(env={"LANG": "zh_CN.UTF-8", "COLUMNS": "100"})
    zh = chinese.invoke(app, ["history", JOBS, "--data", str(unfinished)]).stdout
    assert "低于序时进度" in zh and "◷6万人" in zh
