"""The periods of part of a year (上半年, 前三季度, 1-9月 …): each reads its examples as the
month they run to, and none of its counter-examples, in either script; the words hold to the
end of their sentence."""

from __future__ import annotations

import pytest

from tzgoals.draft.clauses import split_clauses
from tzgoals.draft.part_year import PERIODS, PartYear, periods, through_month

EXAMPLES = [(p, text, month) for p in PERIODS for text, month in p.examples]
COUNTERS = [(p, text) for p in PERIODS for text in p.counter_examples]


def test_every_period_has_a_name_of_its_own_and_examples_of_both_kinds() -> None:
    names = [p.name for p in PERIODS]
    assert len(names) == len(set(names))
    assert all(p.examples and p.counter_examples for p in PERIODS)


@pytest.mark.parametrize(("period", "text", "month"), EXAMPLES, ids=[t for _, t, _ in EXAMPLES])
def test_each_example_is_read_by_its_period_as_its_month(
    period: PartYear, text: str, month: int
) -> None:
    assert period.pattern.search(text), (period.name, text)
    assert through_month(text) == month


@pytest.mark.parametrize(("period", "text"), COUNTERS, ids=[t for _, t in COUNTERS])
def test_no_counter_example_is_read_as_part_of_the_year(period: PartYear, text: str) -> None:
    assert through_month(text) is None, (period.name, text)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("上半年", 6), ("前三季度", 9), ("一季度", 3), ("第一季度", 3), ("1-9月", 9),
        ("1—9月", 9), ("1至9月", 9), ("1~9月", 9), ("前10个月", 10), ("1-11月", 11),
        ("1－9月", 9), ("1 - 9月", 9), ("1月份至9月份", 9), ("前三季度", 9),
    ],
)  # fmt: skip
def test_the_phrasings_of_the_issue_run_to_their_month(text: str, month: int) -> None:
    assert through_month(f"{text}，地区生产总值增长6.5%") == month


def test_traditional_script_reads_the_same() -> None:
    assert through_month("前三季度地區生產總值增長6.5%") == 9


def test_a_period_holds_to_the_end_of_its_sentence_only() -> None:
    text = "前三季度，全区地区生产总值增长6.5%，一般公共预算收入增长11.9%。全年新增就业1万人。"
    clauses = split_clauses(text)
    months = dict(zip((c.text for c in clauses), periods(clauses), strict=True))
    assert months["全区地区生产总值增长6.5%"] == 9
    assert months["一般公共预算收入增长11.9%"] == 9
    assert months["全年新增就业1万人"] is None
