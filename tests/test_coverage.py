"""Coverage: tallies that do not follow a status filter, and the goals a reader selects."""

from __future__ import annotations

import pytest

from tzgoals.coverage import SelectionError, Tally, select_results, tally, tally_by_area
from tzgoals.models import (
    ActualsFile,
    Area,
    Dataset,
    DatasetInfo,
    TargetsFile,
)
from tzgoals.rules import cross_check
from tzgoals.score import GoalResult, score_target
from tzgoals.vocabulary import Flag, Order, Status

from .builders import SOURCE, YEAR, C, D, actual, indicator, target

MET, MISSED, UNREPORTED = Status.MET, Status.MISSED, Status.UNREPORTED

# ---------------------------------------------------------------- tally

RESULTS = [
    score_target(target(C.AT_LEAST, "5", "%", area="a"), indicator("%"), actual("6", "%")),
    score_target(target(C.MILESTONE, area="a"), indicator(None), actual(True)),
    score_target(target(C.AT_LEAST, "5", "%", area="b"), indicator("%"), actual("4", "%")),
    score_target(target(C.QUALITATIVE, area="b"), indicator(None), None),
    # Reported, yet unreported as a goal: there is no baseline to measure the change from.
    score_target(target(C.PP_CHANGE, "1", "pp", area="c"), indicator("%"), actual("6", "%")),
]


def test_results_for_the_tally_are_as_expected() -> None:
    assert [r.status for r in RESULTS] == [MET, MET, MISSED, UNREPORTED, UNREPORTED]


def test_tally_counts_every_status_and_what_was_reported() -> None:
    total = tally(RESULTS)
    assert total == Tally(targets=5, met=2, missed=1, unreported=2, reported=4, not_scorable=1)
    assert (total.scored, total.never_mentioned) == (3, 1)
    assert str(total.reported_share) == "0.8000"


def test_tally_of_nothing_is_zero_with_no_share() -> None:
    assert tally([]) == Tally(0, 0, 0, 0, 0, 0)
    assert tally([]).reported_share is None


def test_tally_by_area_keeps_areas_in_order_of_first_appearance() -> None:
    by_area = tally_by_area(RESULTS)
    assert list(by_area) == ["a", "b", "c"]
    assert by_area["a"] == Tally(targets=2, met=2, missed=0, unreported=0, reported=2)
    assert by_area["b"] == Tally(targets=2, met=0, missed=1, unreported=1, reported=1)
    assert by_area["c"] == Tally(
        targets=1, met=0, missed=0, unreported=1, reported=1, not_scorable=1
    )
    assert str(by_area["b"].reported_share) == "0.5000"


# ---------------------------------------------------------------- selection


def area(id: str, year: int = YEAR) -> Area:
    return Area(id=id, year=year, title=f"area {id}", source=SOURCE, quote="…")


def small_dataset(gdp_estimate: bool = False) -> Dataset:
    """Two years of targets: 2022 in area x, 2023 in areas a and b."""
    targets_file = TargetsFile(
        dataset=DatasetInfo(name="测试区"),
        areas=[area("x", 2022), area("a"), area("b")],
        indicators=[
            indicator("%", id="gdp"),
            indicator("%", id="share"),
            indicator("家", id="firms"),
            indicator(None, id="park"),
        ],
        targets=[
            target(C.AT_LEAST, "6", "%", id="t0", indicator="gdp", year=2022, area="x"),
            target(C.AT_LEAST, "5", "%", id="t1", indicator="gdp", area="a"),
            target(C.PP_CHANGE, "2", "个百分点", id="t2", indicator="share", area="a"),
            target(C.AT_LEAST, "100", "家", id="t3", indicator="firms", area="b"),
            target(C.MILESTONE, id="t4", indicator="park", area="b"),
        ],
    )
    actuals_file = ActualsFile(
        actuals=[
            actual("5.8", "%", indicator="gdp", year=2022),
            actual("5.2", "%", indicator="gdp", estimate=gdp_estimate),
            actual("40", "%", indicator="share", year=2022),
            actual("43", "%", indicator="share"),
            actual("90", "家", indicator="firms"),
        ]
    )
    assert cross_check(targets_file, actuals_file) == []
    return Dataset.from_files(targets_file, actuals_file)


def _ids(results: list[GoalResult]) -> list[str]:
    return [r.target.id for r in results]


def test_select_defaults_to_the_latest_year_with_targets() -> None:
    selection = select_results(small_dataset(), None, [], [])
    assert selection.year == 2023
    assert _ids(selection.results) == ["t1", "t2", "t3", "t4"]
    assert [r.status for r in selection.results] == [MET, MET, MISSED, UNREPORTED]
    assert [a.id for a in selection.areas] == ["a", "b"]
    assert not selection.filtered


def test_select_finds_the_baseline_of_a_pp_change_in_the_year_before() -> None:
    (pp,) = [
        r for r in select_results(small_dataset(), None, [], []).results if r.target.id == "t2"
    ]
    assert pp.baseline is not None and pp.baseline.year == 2022
    assert pp.compared == D(3)
    assert str(pp.attainment) == "1.5000"


def test_select_an_earlier_year() -> None:
    selection = select_results(small_dataset(), 2022, [], [])
    assert selection.year == 2022
    assert _ids(selection.results) == ["t0"]
    assert selection.results[0].status is MISSED  # 5.8% < 6%
    assert [a.id for a in selection.areas] == ["x"]


@pytest.mark.parametrize(
    ("areas", "statuses", "ids", "area_ids"),
    [
        (["b"], [], ["t3", "t4"], ["b"]),
        (["a", "b"], [], ["t1", "t2", "t3", "t4"], ["a", "b"]),
        ([], [MET], ["t1", "t2"], ["a", "b"]),
        ([], [MISSED, UNREPORTED], ["t3", "t4"], ["a", "b"]),
        (["a"], [MISSED], [], ["a"]),
        (["b"], [MISSED], ["t3"], ["b"]),
    ],
)
def test_select_filters_by_area_and_status(
    areas: list[str], statuses: list[Status], ids: list[str], area_ids: list[str]
) -> None:
    selection = select_results(small_dataset(), 2023, areas, statuses)
    assert _ids(selection.results) == ids
    assert [a.id for a in selection.areas] == area_ids
    assert selection.filtered
    # A status filter lists fewer rows; the goals counted are those of the areas chosen.
    in_areas = [t for t in ("t1", "t2", "t3", "t4") if not areas or t in _AREA_OF[tuple(areas)]]
    assert _ids(selection.in_scope) == in_areas


_AREA_OF = {("b",): {"t3", "t4"}, ("a", "b"): {"t1", "t2", "t3", "t4"}, ("a",): {"t1", "t2"}}


@pytest.mark.parametrize(
    ("year", "areas", "message"),
    [
        (2021, [], "no targets for 2021; years with targets: 2022, 2023"),
        (2024, [], "no targets for 2024"),
        (2023, ["x"], "no area x in 2023; areas: a, b"),
        (2023, ["a", "zz"], "no area zz in 2023"),
        (None, ["nope"], "no area nope in 2023"),
    ],
)
def test_select_refuses_an_unknown_year_or_area(
    year: int | None, areas: list[str], message: str
) -> None:
    with pytest.raises(SelectionError) as raised:
        select_results(small_dataset(), year, areas, [])
    assert message in str(raised.value)


def test_select_from_a_dataset_without_targets() -> None:
    empty = Dataset.from_files(TargetsFile(dataset=DatasetInfo(name="空")), ActualsFile())
    with pytest.raises(SelectionError, match="no targets"):
        select_results(empty, None, [], [])


def test_selection_error_is_a_value_error() -> None:
    assert issubclass(SelectionError, ValueError)


@pytest.mark.parametrize(
    ("order", "ids"),
    [
        (Order.AREA, ["t1", "t2", "t3", "t4"]),
        (Order.STATUS, ["t1", "t2", "t3", "t4"]),  # met, met, missed, unreported
        (Order.ATTAINMENT, ["t3", "t1", "t2", "t4"]),  # 90%, 104%, 150%, none last
        (Order.GAP, ["t3", "t1", "t2", "t4"]),  # -10家, +0.2 pp, +1 pp, none last
    ],
)
def test_select_lists_goals_in_the_order_asked_for(order: Order, ids: list[str]) -> None:
    selection = select_results(small_dataset(), 2023, [], [], order=order)
    assert _ids(selection.results) == ids
    assert selection.order is order
    assert _ids(selection.in_scope) == ["t1", "t2", "t3", "t4"]  # counted in the data's order


def test_status_order_puts_met_before_missed_before_unreported_keeping_ties() -> None:
    selection = select_results(small_dataset(), 2023, [], [MISSED, UNREPORTED], order=Order.STATUS)
    assert [r.status for r in selection.results] == [MISSED, UNREPORTED]


def test_select_filters_by_the_qualifiers_of_the_figure_shown() -> None:
    plain = select_results(small_dataset(), 2023, [], [], flags=[Flag.ESTIMATE])
    assert plain.results == [] and plain.filtered
    estimated = select_results(small_dataset(gdp_estimate=True), 2023, [], [], [Flag.ESTIMATE])
    assert _ids(estimated.results) == ["t1"]
    assert len(estimated.in_scope) == 4  # the counts still cover every goal
    either = [Flag.LOWER_BOUND, Flag.ESTIMATE]
    assert _ids(select_results(small_dataset(True), 2023, [], [], either).results) == ["t1"]
