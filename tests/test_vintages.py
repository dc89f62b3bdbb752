"""Vintages: several figures for one indicator and year, told apart by the date each was
published, scored on the latest, or on the latest by `--as-of`."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.models import Actual, ActualsFile, Dataset, DatasetInfo, Source, TargetsFile
from tzgoals.score import score_year
from tzgoals.vintages import sources_on
from tzgoals.vocabulary import Comparator, Flag, Status, Vintage

from .builders import indicator, target
from .places import GROWTH, plan, result, write_place

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "120"})
PUBLISHED = {
    "plan-2023.txt": "2023-02",
    "review-2024.txt": "2024-01-20",
    "communique-2024.txt": "2024-02-28",
    "final-2025.txt": "2025-01-10",
}


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def place(folder: Path, *figures: dict[str, object]) -> Path:
    """Anytown's 2023 growth target (at least 6%) and the figures given for it."""
    targets = [plan(2023, GROWTH, "at_least", 6, "%")]
    return write_place(folder, targets, list(figures), PUBLISHED)


def status_row(folder: Path, *options: str) -> dict[str, str]:
    out = invoke("status", "--data", str(folder), "--format", "csv", *options)
    assert out.exit_code == 0, out.stderr
    return next(csv.DictReader(io.StringIO(out.stdout)))


#: A first estimate that meets the target, a preliminary count that misses it, and a final
#: figure that meets it again: met, then missed, then met.
FLIPS = (
    result(2023, GROWTH, 6.5, "%", "review-2024.txt", vintage="estimate"),
    result(2023, GROWTH, 5.8, "%", "communique-2024.txt", vintage="preliminary"),
    result(2023, GROWTH, 6.1, "%", "final-2025.txt", vintage="final"),
)


def test_the_latest_figure_by_date_is_scored_whatever_the_order_in_the_file(
    tmp_path: Path,
) -> None:
    folder = place(tmp_path, FLIPS[2], FLIPS[0], FLIPS[1])
    row = status_row(folder)
    assert (row["actual"], row["as_of"], row["vintage"]) == ("6.1", "2025-01-10", "final")


def test_check_passes_a_year_with_three_vintages(tmp_path: Path) -> None:
    folder = place(tmp_path, *FLIPS)
    checked = invoke("check", "--data", str(folder))
    assert checked.exit_code == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize(
    ("as_of", "status", "actual"),
    [
        ("2023", "unreported", ""),  # before the first figure
        ("2024-01-19", "unreported", ""),
        ("2024-01", "met", "6.5"),  # the end of January: the review's estimate
        ("2024-02-28", "missed", "5.8"),  # the communiqué, out that day
        ("2024", "missed", "5.8"),
        ("2025-01-10", "met", "6.1"),  # the final figure
        ("2030", "met", "6.1"),
    ],
)
def test_as_of_scores_on_the_figures_published_by_then(
    tmp_path: Path, as_of: str, status: str, actual: str
) -> None:
    row = status_row(place(tmp_path, *FLIPS), "--as-of", as_of)
    assert (row["status"], row["actual"]) == (status, actual)


def test_a_verdict_that_flips_is_flagged_revised_and_one_that_flips_back_is_not(
    tmp_path: Path,
) -> None:
    folder = place(tmp_path, *FLIPS)
    assert status_row(folder)["flags"] == ""  # met first, met last
    assert status_row(folder, "--as-of", "2024-03")["flags"] == "revised"  # met, then missed
    table = invoke("status", "--data", str(folder), "--as-of", "2024-03").stdout
    assert "†5.8%" in table
    assert "† revised" in table
    assert "a later figure changed 1 of the verdicts" in table
    assert ", as of 2024-03" in table


def test_the_scorecard_page_counts_the_verdicts_a_revision_changed_in_both_languages(
    tmp_path: Path,
) -> None:
    """The page's totals line says what the terminal's footer says: a revised verdict is
    counted there, in English and in Chinese, and not when no verdict changed."""
    folder = place(tmp_path, *FLIPS)
    page = invoke("status", "--data", str(folder), "--as-of", "2024-03", "--format", "html")
    assert page.exit_code == 0, page.stderr
    totals = next(
        line for line in page.stdout.splitlines() if line.startswith('<p class="totals">')
    )
    assert "1 missed · 0 unreported; a later figure changed 1 of the verdicts (†)" in totals
    assert "未报告0项；其中1项结论因后来公布的数字而改变（†）" in totals
    unrevised = invoke("status", "--data", str(folder), "--format", "html").stdout
    assert "a later figure changed" not in unrevised and "结论因后来公布" not in unrevised


def test_flag_revised_lists_the_revised_goals_in_both_languages(tmp_path: Path) -> None:
    folder = place(tmp_path, *FLIPS)
    for lang, word in (("en", "revised"), ("zh", "已修订")):
        out = invoke(
            "status", "--data", str(folder), "--as-of", "2024-03", "--flag", "revised",
            "--lang", lang,
        )  # fmt: skip
        assert out.exit_code == 0 and word in out.stdout


def test_show_lists_every_vintage_with_its_quote_and_verdict(tmp_path: Path) -> None:
    out = invoke("show", "2023-gdp-growth", "--data", str(place(tmp_path, *FLIPS)))
    assert out.exit_code == 0, out.stderr
    text = " ".join(out.stdout.split())
    for when, verdict, figure in (
        ("2024-01-20", "met (estimate)", "6.5%"),
        ("2024-02-28", "missed (preliminary)", "5.8%"),
        ("2025-01-10", "met (final)", "6.1%"),
    ):
        assert f"Published {when} {verdict} {figure}" in text
    assert "2023年gdp-growth为5.8%（communique-2024.txt）" in text


def test_two_figures_published_on_one_date_are_a_duplicate(tmp_path: Path) -> None:
    folder = place(
        tmp_path,
        result(2023, GROWTH, 6.5, "%", "review-2024.txt"),
        result(2023, GROWTH, 6.4, "%", "communique-2024.txt", as_of="2024-01-20"),
    )
    checked = invoke("check", "--data", str(folder))
    assert checked.exit_code == 1
    assert "duplicate actual for (indicator, year) ('gdp-growth', 2023) published on the " in (
        checked.stdout
    )
    assert "same date (2024-01-20)" in checked.stdout


def test_record_refuses_a_second_figure_of_the_same_date_and_keeps_every_byte(
    tmp_path: Path,
) -> None:
    folder = place(tmp_path, FLIPS[0])
    before = (folder / "actuals.toml").read_bytes()
    quote = "2023年gdp-growth为5.8%（communique-2024.txt）"
    (folder / "sources" / "review-2024.txt").write_text(quote, encoding="utf-8")
    refused = invoke(
        "record", GROWTH, "5.8", "--year", "2023", "--unit", "%", "--source", "review-2024.txt",
        "--quote", quote, "--data", str(folder),
    )  # fmt: skip
    assert refused.exit_code == 2
    assert "recorded with its own --as-of" in refused.stderr
    assert (folder / "actuals.toml").read_bytes() == before


def test_record_takes_as_of_and_vintage_and_the_revision_is_scored(tmp_path: Path) -> None:
    folder = place(tmp_path, FLIPS[0])
    quote = "2023年gdp-growth为5.8%（communique-2024.txt）"
    (folder / "sources" / "communique-2024.txt").write_text(quote, encoding="utf-8")
    recorded = invoke(
        "record", GROWTH, "5.8", "--year", "2023", "--unit", "%", "--source",
        "communique-2024.txt", "--quote", quote, "--as-of", "2024-03-01", "--vintage", "final",
        "--data", str(folder),
    )  # fmt: skip
    assert recorded.exit_code == 0, recorded.stderr
    written = (folder / "actuals.toml").read_text(encoding="utf-8")
    assert 'as_of = "2024-03-01"\nvintage = "final"' in written
    row = status_row(folder)
    assert (row["actual"], row["as_of"], row["vintage"], row["flags"]) == (
        "5.8", "2024-03-01", "final", "revised",
    )  # fmt: skip


def test_record_refuses_a_date_that_is_not_one(tmp_path: Path) -> None:
    folder = place(tmp_path, FLIPS[0])
    before = (folder / "actuals.toml").read_bytes()
    refused = invoke(
        "record", GROWTH, "5.8", "--year", "2023", "--unit", "%", "--source", "review-2024.txt",
        "--quote", "q", "--as-of", "2024-13", "--data", str(folder),
    )  # fmt: skip
    assert refused.exit_code == 2
    assert "2024-13" in refused.stderr and "Traceback" not in refused.stderr
    assert (folder / "actuals.toml").read_bytes() == before


def test_as_of_that_is_not_a_date_is_refused_with_exit_2(tmp_path: Path) -> None:
    out = invoke("status", "--data", str(place(tmp_path, *FLIPS)), "--as-of", "January")
    assert out.exit_code == 2
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in out.stderr


def test_export_and_import_carry_every_vintage(tmp_path: Path) -> None:
    folder = place(tmp_path / "one", *FLIPS)
    exported = invoke("export", "actuals", "--data", str(folder))
    assert exported.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert [(r["value"], r["vintage"]) for r in rows] == [
        ("6.5", "estimate"), ("5.8", "preliminary"), ("6.1", "final"),
    ]  # fmt: skip
    empty = place(tmp_path / "two")
    for file in (folder / "sources").iterdir():
        (empty / "sources" / file.name).write_bytes(file.read_bytes())
    (tmp_path / "actuals.csv").write_text(exported.stdout, encoding="utf-8")
    imported = invoke(
        "import", str(tmp_path / "actuals.csv"), "--into", "actuals", "--data", str(empty)
    )
    assert imported.exit_code == 0, imported.stderr
    assert status_row(empty)["vintage"] == "final"


# ---------------------------------------------------------------- the model


def actual(value: str, **extra: object) -> Actual:
    return Actual.model_validate(
        {"indicator": "ind", "year": 2023, "value": Decimal(value), "unit": "%", "name": "n",
         "source": "s.txt", "quote": "q", **extra}
    )  # fmt: skip


def test_vintage_estimate_is_read_as_the_estimate_flag_was() -> None:
    from tzgoals.score import flags_of

    assert flags_of(actual("6", vintage="estimate")) == flags_of(actual("6", estimate=True))
    assert flags_of(actual("6", vintage="estimate")) == (Flag.ESTIMATE,)
    assert flags_of(actual("6", vintage="final")) == ()


def test_estimate_true_contradicts_another_vintage() -> None:
    with pytest.raises(ValueError, match='contradicts vintage = "final"'):
        actual("6", estimate=True, vintage="final")


@pytest.mark.parametrize("when", ["2024", "2024-03", "2024-03-05", date(2024, 3, 5)])
def test_as_of_takes_a_year_a_month_or_a_day(when: object) -> None:
    assert actual("6", as_of=when).as_of == str(when)


@pytest.mark.parametrize("when", ["2024-3", "24-03-05", "2024-02-30", "2024/03", "March"])
def test_as_of_refuses_anything_else(when: str) -> None:
    with pytest.raises(ValueError, match="date"):
        actual("6", as_of=when)


# ---------------------------------------------------------------- a later vintage


def dataset_of(figures: list[Actual]) -> Dataset:
    targets_file = TargetsFile(
        dataset=DatasetInfo(name="Anytown"),
        sources=[Source(file="s.txt", title="s")],
        indicators=[indicator()],
        targets=[target(Comparator.AT_LEAST, "6", "%")],
    )
    return Dataset.from_files(targets_file, ActualsFile(actuals=figures))


DAY = date(2024, 1, 1)
days = st.integers(min_value=0, max_value=700)
values = st.decimals(min_value=0, max_value=12, places=1)


@settings(max_examples=150, deadline=None)
@given(
    earlier=st.lists(st.tuples(days, values), max_size=4, unique_by=lambda f: f[0]),
    cut=days,
    later=st.tuples(st.integers(min_value=1, max_value=300), values),
)
def test_a_later_vintage_never_changes_the_verdict_as_of_an_earlier_date(
    earlier: list[tuple[int, object]], cut: int, later: tuple[int, object]
) -> None:
    def figure(day: int, value: object) -> Actual:
        when = (DAY + timedelta(days=day)).isoformat()
        return actual(str(value), as_of=when, vintage=Vintage.REVISED)

    figures = [figure(day, value) for day, value in earlier]
    after = max([cut, *(day for day, _ in earlier)]) + later[0]
    on = (DAY + timedelta(days=cut)).isoformat()
    before = score_year(sources_on(dataset_of(figures), on), 2023)[0]
    added = score_year(sources_on(dataset_of([*figures, figure(after, later[1])]), on), 2023)[0]
    assert (added.status, added.flags, added.actual) == (before.status, before.flags, before.actual)
    if not [day for day, _ in earlier if day <= cut]:
        assert added.status is Status.UNREPORTED
