"""The shipped dataset: `check` finds every quote in its article, and every 2023 verdict is
pinned."""

from __future__ import annotations

import re
from pathlib import Path

from tzgoals.coverage import tally
from tzgoals.files.load import inspect_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.models import Dataset
from tzgoals.score import score_year
from tzgoals.vocabulary import Flag, Reason, Scope, Status

from .conftest import DATA

SOURCES = DATA / "sources"
WORK_PLAN = "000_ba23479a29e53de9.txt"
REVIEW = "002_c9cf574e7d5a74e2.txt"


def test_check_finds_every_quote_in_its_archived_text_and_one_known_warning(
    data_paths: DataPaths,
) -> None:
    """The product checks the evidence itself: every quote stands verbatim (whitespace aside)
    in its article, every figure appears in its quote (新增鲁班奖两项 for 2 too), and the
    archived texts are the ones hashed in targets.toml."""
    inspection = inspect_dataset(data_paths, evidence=True)
    problems = inspection.problems()
    assert [(p.severity, p.message.split(":")[0]) for p in problems] == [
        (
            "warning",
            "pp_change target '2023-leading-industries-output-share' has no baseline",
        )
    ]
    assert inspection.quotes == (90, 90)  # 87, and the three figures to September 2023


def test_every_source_records_its_hash_and_the_day_it_was_archived(dataset: Dataset) -> None:
    for file, source in dataset.sources.items():
        assert len(source.sha256) == 64
        assert source.retrieved is not None
        if file in (WORK_PLAN, REVIEW):
            assert source.url == ""  # the seed articles': not known, so not given
        else:
            assert source.url.startswith("http://zgnt.net/") and source.publisher == "南通日报"


# Every 2023 target and its verdict. Non-obvious ones say why.
PINNED: dict[str, Status] = {
    # 6.5%以上 (estimate, lower bound) against 6%.
    "2023-gdp-growth": Status.MET,
    # 11.1% against 8%以上; 预计 governs the whole sentence, so an estimate.
    "2023-budget-revenue-growth": Status.MET,
    "2023-rd-spending-share": Status.UNREPORTED,
    "2023-fixed-asset-investment-growth": Status.UNREPORTED,
    "2023-retail-sales-growth": Status.UNREPORTED,
    # The review gives GDP growth but no income figure to compare it with.
    "2023-income-in-step-with-growth": Status.UNREPORTED,
    "2023-environment-quality-improving": Status.UNREPORTED,
    "2023-energy-intensity-quota": Status.UNREPORTED,
    "2023-pollutant-emissions-quota": Status.UNREPORTED,
    "2023-new-above-scale-industrial-firms": Status.UNREPORTED,
    "2023-another-firm-over-10bn-taxable-sales": Status.UNREPORTED,
    "2023-new-provincial-smart-workshops": Status.UNREPORTED,
    # 42.1% in 2023 but no 2022 share of the same industries: the 42% of 2022 is the
    # high-tech industry share, another indicator. No baseline, so unreported.
    "2023-leading-industries-output-share": Status.UNREPORTED,
    # 179 newly recognised high-tech enterprises > 150.
    "2023-new-national-high-tech-firms": Status.MET,
    # The review counts national-level 'little giants' only: 6 of them, a narrower measure,
    # prove at least 6 of every level against a target of 2 (met by scope).
    "2023-new-little-giant-firms": Status.MET,
    "2023-industry-academia-projects": Status.UNREPORTED,
    "2023-new-ip-standard-firms": Status.UNREPORTED,
    "2023-invention-patents-per-10k-people": Status.UNREPORTED,
    # 60 newly attracted (引进) is not attracted-or-trained (引培) innovation talent.
    "2023-high-level-innovation-talent": Status.UNREPORTED,
    "2023-applied-talent": Status.UNREPORTED,
    # 52 major projects of all kinds, not the industrial projects targeted.
    "2023-new-major-industrial-projects-registered": Status.UNREPORTED,
    "2023-another-10bn-project": Status.UNREPORTED,
    "2023-overseas-investment-liaison-office": Status.UNREPORTED,
    "2023-project-assessment-top-tier": Status.UNREPORTED,
    # 27 started against 30.
    "2023-major-projects-started": Status.MISSED,
    "2023-projects-in-provincial-city-major-plans": Status.UNREPORTED,
    "2023-manufacturing-upgrade-projects": Status.UNREPORTED,
    # Top ten in the province says nothing of moving up.
    "2023-high-tech-zone-ranking-improves": Status.UNREPORTED,
    # A waterway regulation project started; not shown to be the canal realignment.
    "2023-tongyang-canal-realignment": Status.UNREPORTED,
    # 全线贯通 (joined end to end) is not 建成 (completed).
    "2023-tongzhou-bridge-built": Status.UNREPORTED,
    "2023-zhengchang-bridge-built": Status.UNREPORTED,
    "2023-fdi-manufacturing-share": Status.UNREPORTED,
    "2023-foreign-trade-growth": Status.UNREPORTED,
    "2023-new-outward-investment": Status.UNREPORTED,
    "2023-overseas-contracting-revenue": Status.UNREPORTED,
    "2023-new-effective-credit": Status.UNREPORTED,
}


def test_every_2023_target_is_pinned(dataset: Dataset) -> None:
    assert {t.id for t in dataset.targets if t.year == 2023} == set(PINNED)


def test_2023_verdicts(dataset: Dataset) -> None:
    verdicts = {r.target.id: r.status for r in score_year(dataset, 2023)}
    assert verdicts == PINNED


def test_the_missed_target_is_three_short(dataset: Dataset) -> None:
    result = next(r for r in score_year(dataset, 2023) if r.target.id.endswith("projects-started"))
    assert (result.compared, result.gap, str(result.attainment)) == (27, -3, "0.9000")


def test_the_pp_target_is_reported_without_a_baseline(dataset: Dataset) -> None:
    result = next(r for r in score_year(dataset, 2023) if r.target.comparator == "pp_change")
    assert result.reported
    assert result.reason is Reason.NO_BASELINE


def test_the_little_giant_target_is_met_by_scope(dataset: Dataset) -> None:
    result = next(
        r for r in score_year(dataset, 2023) if r.target.id == "2023-new-little-giant-firms"
    )
    assert (result.status, result.scope, result.compared, result.gap) == (
        Status.MET,
        Scope.NARROWER,
        6,
        4,
    )
    assert (
        result.actual is not None and result.actual.indicator == "new-national-little-giant-firms"
    )
    assert Flag.BY_SCOPE in result.flags


def test_the_counts_a_reader_can_quote(dataset: Dataset) -> None:
    """6 reported = 5 scored (4 met, 1 missed) + 1 not scorable; 30 never mentioned."""
    total = tally(score_year(dataset, 2023))
    assert (total.targets, total.reported, total.scored, total.not_scorable) == (36, 6, 5, 1)
    assert (total.met, total.missed, total.unreported, total.never_mentioned) == (4, 1, 31, 30)


def test_estimate_and_lower_bound_are_kept(dataset: Dataset) -> None:
    gdp = dataset.actuals[("gdp-growth", 2023)]
    assert (gdp.estimate, gdp.lower_bound) == (True, True)
    investment = dataset.actuals[("new-major-projects-registered-investment", 2022)]
    assert investment.lower_bound


def test_every_area_of_the_work_plan_is_listed(dataset: Dataset) -> None:
    assert [a.id for a in dataset.areas if a.year == 2023] == ["headline", *"12345678"]


PROGRESS = "nantong-daily-2023-11-29-a10.txt"


def test_the_sources_are_the_seed_articles_and_the_progress_to_september() -> None:
    assert sorted(p.name for p in SOURCES.glob("*.txt")) == [WORK_PLAN, REVIEW, PROGRESS]


def test_shipped_quote_files_are_utf8() -> None:
    for path in Path(SOURCES).glob("*.txt"):
        path.read_text(encoding="utf-8")


def test_each_note_is_given_in_chinese_and_english_with_the_same_figures(
    dataset: Dataset,
) -> None:
    """The notes are our prose, written twice: the Chinese one (`note`) must hold the very
    figures of the English one (`note_en`), no more, no fewer, and be Chinese."""
    entries = [*dataset.targets, *dataset.actuals.values()]
    noted = [e for e in entries if e.note or e.note_en]
    assert len(noted) == 14
    for entry in noted:
        assert entry.note and entry.note_en, entry
        figures = [
            sorted(re.findall(r"\d+(?:\.\d+)?", text)) for text in (entry.note, entry.note_en)
        ]
        assert figures[0] == figures[1], entry
        assert not re.search(r"[A-Za-z]{2,}", entry.note.replace(WORK_PLAN, "")), entry.note


def test_tongzhou_to_september_2023_is_on_pace_and_the_year_s_figures_still_decide() -> None:
    """The Nantong Daily of 29 November 2023 gives Tongzhou's January–September growth: GDP
    6.5% against a target of at least 6%, budget revenue 11.9% against at least 8%. As the
    sources stood in December 2023 both goals are unreported and on pace; once the review's
    whole-year figures are in, they decide, and `show` still gives the pace."""
    import csv
    import io

    from typer.testing import CliRunner

    from tzgoals.cli import app

    runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "160"})

    def rows(*options: str) -> dict[str, dict[str, str]]:
        out = runner.invoke(app, ["status", "--data", str(DATA), "--format", "csv", *options])
        assert out.exit_code == 0, out.stderr
        return {row["id"]: row for row in csv.DictReader(io.StringIO(out.stdout))}

    during = rows("--as-of", "2023-12")
    paced = {
        goal: (row["status"], row["through_month"], row["pace"], row["pace_gap"])
        for goal, row in during.items()
        if row["pace"]
    }
    assert paced == {
        "2023-gdp-growth": ("unreported", "9", "on_pace", "0.5"),
        "2023-budget-revenue-growth": ("unreported", "9", "on_pace", "3.9"),
    }
    after = rows()
    assert after["2023-gdp-growth"]["status"] == "met" and after["2023-gdp-growth"]["pace"] == ""
    shown = runner.invoke(app, ["show", "2023-gdp-growth", "--data", str(DATA)]).stdout
    assert "6.5% for Jan–Sep, against the year's target ≥ 6%: on pace, +0.5 pp" in shown
    assert "今年前三季度,通州地区生产总值同比增长6.5%" in shown
