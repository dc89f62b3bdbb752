"""The China national example, `examples/china-national`, end to end through the command line.

It holds the headline targets of the Government Work Reports of 2019 and 2021-2025 and the
results of 2019-2024 (the corpus lacks the 2020 report, so 2020 has results but no targets).
The verdicts pinned here were worked out by hand from the quoted figures; the statistics
bureau's final figures of GDP growth are encoded as vintages, and each quote `VINTAGES.md` lists
for them is checked against its archived text.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "china-national"
TARGET_YEARS = [2019, 2021, 2022, 2023, 2024, 2025]
HEADLINE = {
    "gdp-growth",
    "new-urban-jobs",
    "surveyed-urban-unemployment-rate",
    "cpi-rise",
    "grain-output",
    "deficit-ratio",
}

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "120"})


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def goals(year: int, *options: str) -> dict[str, dict[str, str]]:
    code, out, err = run(
        "status", "--data", str(EXAMPLE), "--year", str(year), "--format", "csv", *options
    )
    assert code == 0, err
    return {row["indicator"]: row for row in csv.DictReader(io.StringIO(out))}


def test_check_finds_every_quote_and_no_problem_now_that_the_vintages_are_quoted() -> None:
    """The four final verifications were listed but unquoted (four warnings) until vintages
    could be encoded; each is now the source of a vintage, so nothing is left to warn of."""
    code, out, err = run("check", "--data", str(EXAMPLE))
    assert code == 0
    assert out == ""
    summary = err.splitlines()[-1]
    assert summary.startswith("no problems in ")
    assert summary.endswith(" quotes found in the archived texts")
    assert " of " not in summary.rsplit("; ", 1)[1]  # not "N of M": every one


def test_every_target_year_the_corpus_has_is_there_and_2020_is_not() -> None:
    code, _, err = run("status", "--data", str(EXAMPLE), "--year", "2020")
    assert code == 2
    assert "years with targets: " + ", ".join(map(str, TARGET_YEARS)) in err


@pytest.mark.parametrize("year", TARGET_YEARS)
def test_each_year_has_the_headline_targets_its_report_states_with_a_number(year: int) -> None:
    """2019 states no figure for grain ("要稳定粮食产量"); every other year states all six."""
    expected = HEADLINE - {"grain-output"} if year == 2019 else HEADLINE
    assert set(goals(year)) == expected


@pytest.mark.parametrize(
    ("year", "indicator", "status", "actual"),
    [
        (2019, "gdp-growth", "met", "6"),  # 6%－6.5%: the final verification (first 6.1)
        (2019, "new-urban-jobs", "met", "1352"),  # 1100万人以上
        (2019, "surveyed-urban-unemployment-rate", "unreported", ""),  # no annual average stored
        (2021, "gdp-growth", "met", "8.4"),  # 6%以上: the final verification (first 8.1)
        (2022, "gdp-growth", "missed", "3"),  # 5.5%左右 read as a floor at 5%
        (2022, "surveyed-urban-unemployment-rate", "missed", "5.6"),  # 全年控制在5.5%以内
        (2022, "deficit-ratio", "met", "2.8"),  # 2.8%左右, a ceiling
        (2023, "gdp-growth", "met", "5.2"),  # 5%左右
        (2023, "new-urban-jobs", "met", "1244"),  # 1200万人左右, a floor
        (2023, "cpi-rise", "met", "0.2"),  # 3%左右, a ceiling
        (2024, "grain-output", "met", "1.4"),  # 1.3万亿斤以上; 首次跃上1.4万亿斤, a lower bound
        (2024, "deficit-ratio", "unreported", ""),  # the 2025 report gives no ratio for 2024
    ],
)
def test_verdicts_checked_by_hand(year: int, indicator: str, status: str, actual: str) -> None:
    goal = goals(year)[indicator]
    assert (goal["status"], goal["actual"]) == (status, actual)


def test_the_first_figure_for_2019_is_an_estimate_and_a_lower_bound_is_marked_as_one() -> None:
    """The first figure is the one scored as the sources stood before the final verification."""
    first = goals(2019, "--as-of", "2020-12")["gdp-growth"]
    assert (first["actual"], first["flags"], first["as_of"]) == ("6.1", "estimate", "2020-02-28")
    assert goals(2024)["grain-output"]["flags"] == "lower_bound"


@pytest.mark.parametrize(
    ("year", "first", "final", "as_of"),
    [
        (2019, "6.1", "6", "2021-01-12"),
        (2021, "8.1", "8.4", "2022-12-27"),
        (2022, "3", "3", "2023-12-29"),
    ],
)
def test_the_final_verifications_are_vintages_that_change_no_verdict(
    year: int, first: str, final: str, as_of: str
) -> None:
    latest = goals(year)["gdp-growth"]
    assert (latest["actual"], latest["vintage"], latest["as_of"]) == (final, "final", as_of)
    assert "revised" not in latest["flags"]  # VINTAGES.md: none of them flips a verdict
    the_day_before = (date.fromisoformat(as_of) - timedelta(days=1)).isoformat()
    before = goals(year, "--as-of", the_day_before)["gdp-growth"]
    assert (before["actual"], before["status"]) == (first, latest["status"])


def test_the_year_end_unemployment_rate_scores_no_target() -> None:
    """2022's target is for the whole year; the report's 年末 5.5% is another measure."""
    unemployment = goals(2022)["surveyed-urban-unemployment-rate"]
    assert unemployment["actual_source"] == "nbs-2022-communique.txt"
    assert unemployment["actual_indicator"] == "surveyed-urban-unemployment-rate"


def test_2025_is_all_unreported_since_its_review_is_not_in_the_corpus() -> None:
    assert {goal["status"] for goal in goals(2025).values()} == {"unreported"}


def test_the_cli_reads_it_in_both_languages() -> None:
    for lang, met in (("en", "met"), ("zh", "达成")):
        code, out, err = run("status", "--data", str(EXAMPLE), "--year", "2023", "--lang", lang)
        assert code == 0, err
        assert met in out


def vintage_rows() -> list[list[str]]:
    """The rows of VINTAGES.md's tables that name a source file, split into their cells."""
    text = (EXAMPLE / "VINTAGES.md").read_text(encoding="utf-8")
    rows = [line.strip("|").split("|") for line in text.splitlines() if line.startswith("| gdp-")]
    return [[cell.strip() for cell in row] for row in rows]


def test_every_vintage_is_quoted_verbatim_from_its_archived_text_with_its_figure_in_it() -> None:
    rows = vintage_rows()
    assert len(rows) == 4
    for row in rows:
        source = next(cell.strip("`") for cell in row if cell.endswith(".txt`") and " " not in cell)
        quote = row[-2] if row[-1].startswith(("unchanged", "none")) else row[-1]
        figure = next(cell for cell in row[3:5] if re.fullmatch(r"[0-9.]+%", cell))
        text = (EXAMPLE / "sources" / source).read_text(encoding="utf-8")
        assert quote in text, (source, quote)
        assert "增长" + figure in quote
