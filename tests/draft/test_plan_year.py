"""The year a plan names for its targets, and targets never drafted as results."""

from __future__ import annotations

import pytest

from tzgoals.draft.clauses import split_clauses
from tzgoals.draft.extract import extraction
from tzgoals.draft.plan_year import StatedYear, stated_year
from tzgoals.vocabulary import Comparator

PLAN_2023 = (
    "2023年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%,"
    "城镇调查失业率控制在5%以内。"
)


def _stated(text: str) -> StatedYear | None:
    return stated_year(text, split_clauses(text))


@pytest.mark.parametrize(
    ("text", "year", "words"),
    [
        (PLAN_2023, 2023, "2023年主要预期目标"),
        (
            "2024年经济社会发展的主要目标为:地区生产总值增长5%。",
            2024,
            "2024年经济社会发展的主要目标",
        ),
        ("2024 年主要预期目标:\n地区生产总值增长5%。", 2024, "2024 年主要预期目标"),
        (
            "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"
            "今年发展的主要预期目标是:国内生产总值增长5%左右。",
            2024,
            "今年发展的主要预期目标",
        ),
    ],
)
def test_the_year_a_plan_names_for_its_targets(text: str, year: int, words: str) -> None:
    assert _stated(text) == StatedYear(year, words)


@pytest.mark.parametrize(
    "text",
    [
        "今年发展的主要预期目标是:国内生产总值增长5%左右。",  # 今年 with no report date
        "2023年主要目标任务圆满完成,地区生产总值增长6%。",  # met, not introduced
        "瞄定2023年经济社会发展目标,通州坚持稳字当头。",  # mentioned, not introduced
        "地区生产总值比2022年增长6%。",
    ],
)
def test_no_year_is_named_without_an_introduction_that_names_one(text: str) -> None:
    assert _stated(text) is None


@pytest.mark.parametrize("year", [2023, 2024, 2030])
def test_a_clause_introduced_as_a_target_is_never_a_result(year: int) -> None:
    drafts = extraction(PLAN_2023, year, "plan.txt").drafts
    assert [d.kind for d in drafts] == ["target"] * 3
    assert {d.year for d in drafts} == {year}
    unemployment = drafts[-1]
    assert (unemployment.comparator, unemployment.value) == (Comparator.AT_MOST, 5)


def test_a_review_s_results_stay_results() -> None:
    text = "去年,地区生产总值增长5.2%。2024年主要预期目标是:地区生产总值增长5%左右。"
    drafts = extraction(text, 2024, "plan.txt").drafts
    assert [(d.kind, d.year) for d in drafts] == [("actual", 2023), ("target", 2024)]
