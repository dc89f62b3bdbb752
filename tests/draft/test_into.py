"""into: which drafts become entries of a dataset, and which wait for a person."""

from __future__ import annotations

from decimal import Decimal

from tzgoals.draft.extract import extract
from tzgoals.draft.into import LeftOut, entries_for
from tzgoals.models import Actual, Indicator, Target

PLAN = (
    "地区生产总值增长6%,一般公共预算收入增长8%以上;城镇调查失业率5.5%左右;"
    "建成通州大桥。去年,新注册重大项目52个。"
)
GDP = Indicator(id="gdp-growth", name="地区生产总值增长", unit="%")


def _target(id_: str, indicator: str, year: int, **fields: object) -> Target:
    return Target.model_validate(
        {"id": id_, "indicator": indicator, "year": year, "area": "a", "comparator": "milestone"}
        | {"name": "n", "source": "s", "quote": "q"}
        | fields
    )


def _actual(indicator: str, year: int, value: int, quote: str) -> Actual:
    return Actual.model_validate(
        {"indicator": indicator, "year": year, "value": value, "unit": "个"}
        | {"name": "n", "source": "s", "quote": quote}
    )


def test_complete_drafts_become_targets_under_the_area() -> None:
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {}, [])
    assert [(t.id, t.comparator, t.value, t.area) for t in entries.targets] == [
        ("2023-gdp-growth", "at_least", Decimal(6), "economy"),  # the shared ids
        ("2023-budget-revenue-growth", "at_least", Decimal(8), "economy"),
        ("2023-建成通州大桥", "milestone", None, "economy"),
    ]
    assert [i.id for i in entries.indicators] == [t.indicator for t in entries.targets]
    assert all(
        i.name_en == "" and t.name_en == ""
        for i, t in zip(entries.indicators, entries.targets, strict=True)
    )


def test_about_targets_and_past_figures_wait_for_a_person() -> None:
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {}, [])
    assert [(d.quote, r) for d, r, _ in entries.left_out] == [
        ("城镇调查失业率5.5%左右", "needs_tolerance"),
        ("新注册重大项目52个", "past_figure"),
    ]


def test_a_dataset_s_indicator_of_the_same_name_and_unit_is_used() -> None:
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {GDP.id: GDP}, [])
    assert entries.targets[0].indicator == "gdp-growth"
    assert entries.targets[0].id == "2023-gdp-growth"
    assert "gdp-growth" not in {i.id for i in entries.indicators}


def test_an_indicator_of_the_same_name_in_another_unit_is_not() -> None:
    level = Indicator(id="gdp-growth", name="地区生产总值增长", unit="亿元")
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {level.id: level}, [])
    assert entries.targets[0].indicator == "gdp-growth-2"  # the shared id is taken


def test_a_target_the_dataset_has_is_left_out() -> None:
    have = [_target("2023-gdp", "gdp-growth", 2023), _target("2023-建成通州大桥", "x", 2023)]
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {GDP.id: GDP}, have)
    assert "gdp-growth" not in {t.indicator for t in entries.targets}
    assert ("already_there", "2023-gdp") in [(r, known) for _, r, known in entries.left_out]
    bridge = next(t for t in entries.targets if t.comparator == "milestone")
    assert bridge.id == "2023-建成通州大桥-2"  # another indicator: a new id beside the taken one


def test_a_target_of_another_year_does_not_count() -> None:
    have = [_target("2022-gdp", "gdp-growth", 2022)]
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {GDP.id: GDP}, have)
    assert entries.targets[0].indicator == "gdp-growth"


def _left_out(items: list[LeftOut]) -> list[tuple[str, str, str]]:
    return [(item.draft.quote, item.reason, item.known) for item in items]


def test_a_target_of_the_year_that_quotes_the_draft_is_there_already() -> None:
    """A dataset built by hand names its indicators its own way; the quote still says it."""
    growth = {"comparator": "at_least", "value": 6, "unit": "%"}
    quoted = _target("2023-gdp", "gdp", 2023, quote="全年地区生产总值增长 6%左右", **growth)
    bridge = _target("2023-bridge", "bridge", 2023, quote="建成通州大桥")
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {}, [quoted, bridge])
    assert [t.quote for t in entries.targets] == ["一般公共预算收入增长8%以上"]
    assert ("地区生产总值增长6%", "already_there", "2023-gdp") in _left_out(entries.left_out)
    assert ("建成通州大桥", "already_there", "2023-bridge") in _left_out(entries.left_out)


def test_an_overlapping_quote_with_angdp_of_both_or_year_is_not_the_target() -> None:
    """One quote may state two targets (…增长6%,一般公共预算收入增长8%以上)."""
    both = "地区生产总值增长6%,一般公共预算收入增长8%以上"
    gdp_of_both = _target("2023-gdp", "gdp", 2023, comparator="at_least", value=6, unit="%")
    gdp_of_both = gdp_of_both.model_copy(update={"quote": both})
    last_year = _target("2022-revenue", "revenue", 2022, quote=both)
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {}, [gdp_of_both, last_year])
    assert [t.quote for t in entries.targets] == ["一般公共预算收入增长8%以上", "建成通州大桥"]


def test_a_past_figure_the_dataset_records_is_there_already() -> None:
    registered = Indicator(id="new-major-projects", name="新注册重大项目", unit="个")
    by_indicator = _actual("new-major-projects", 2022, 52, "新注册重大项目共52个")
    entries = entries_for(
        extract(PLAN, 2023, "plan.txt"), "economy", {registered.id: registered}, [], [by_indicator]
    )
    assert ("新注册重大项目52个", "already_recorded", "new-major-projects") in _left_out(
        entries.left_out
    )
    by_quote = _actual("projects", 2022, 52, "去年,新注册重大项目52个,总投资超450亿元")
    entries = entries_for(extract(PLAN, 2023, "plan.txt"), "economy", {}, [], [by_quote])
    assert ("新注册重大项目52个", "already_recorded", "projects") in _left_out(entries.left_out)


def test_a_past_figure_recorded_with_another_value_or_year_is_still_to_check() -> None:
    registered = Indicator(id="new-major-projects", name="新注册重大项目", unit="个")
    other = [
        _actual("new-major-projects", 2022, 53, "新注册重大项目52个"),
        _actual("new-major-projects", 2021, 52, "新注册重大项目52个"),
    ]
    entries = entries_for(
        extract(PLAN, 2023, "plan.txt"), "economy", {registered.id: registered}, [], other
    )
    assert ("新注册重大项目52个", "past_figure", "") in _left_out(entries.left_out)


def test_equal_figures_of_other_goals_in_the_quote_are_not_the_target() -> None:
    """Two goals of 5.5% in one quote, and goals of 5 in other units, are each their own."""
    plan = "地区生产总值增长5.5%,规上工业增加值增长5.5%;新增城镇就业5万人,新增高新技术企业5家。"
    gdp = _target(
        "2024-gdp", "gdp", 2024, comparator="at_least", value=5.5, unit="%",
        quote="地区生产总值增长5.5%,规上工业增加值增长5.5%",
    )  # fmt: skip
    jobs = _target(
        "2024-jobs", "jobs", 2024, comparator="at_least", value=5, unit="万人",
        quote="新增城镇就业5万人,新增高新技术企业5家",
    )  # fmt: skip
    entries = entries_for(extract(plan, 2024, "plan.txt"), "economy", {}, [gdp, jobs])
    added = [t.quote for t in entries.targets]
    assert "规上工业增加值增长5.5%" in added and "新增高新技术企业5家" in added
    assert ("新增城镇就业5万人", "already_there", "2024-jobs") in _left_out(entries.left_out)
