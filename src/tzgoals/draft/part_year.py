"""The words that make a figure one for part of the year (上半年, 前三季度, 1-9月), as data.

Chinese governments report results every quarter and month, each from January to a month:
上半年 to June, 前三季度 to September, 1-9月 (1—9月, 1至9月, 1~9月) and 前10个月 to the month
named. Such a figure is never the year's result: `extract` drafts it as a result with
`through_month`, and `suggest`'s `tzgoals record` command gives `--through-month`, so that
scoring reads it as a pace (序时进度), never as met or missed.

Each period is a record, as the drafting rules are: its pattern, the month it runs to (or the
group that names it), why, and texts it must read (with the month) and must not. The words hold
to the end of their sentence, as 预计 does: 前三季度,全区地区生产总值增长6.5%,一般公共预算收入
增长11.9% gives both figures to September. A month range that runs to December (1-12月) is the
whole year, and a month alone (9月份) is one month's figure, not January to it: neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from tzgoals.draft.clauses import Clause
from tzgoals.script import simplified

#: A month range runs from January to at most November: to December it is the whole year.
LAST_PART_MONTH = 11
_DASH = r"\s*(?:-|—|–|－|~|～|〜|至|到)\s*"
_CHINESE_MONTHS = {
    "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
}  # fmt: skip


class PartYear(NamedTuple):
    """One way of naming January to a month."""

    name: str
    why: str
    pattern: re.Pattern[str]
    #: The month it runs to; None when the pattern's group `month` names it.
    month: int | None
    #: Texts it reads, with the month.
    examples: tuple[tuple[str, int], ...]
    #: Texts it must not read.
    counter_examples: tuple[str, ...] = ()


def _period(
    name: str,
    why: str,
    pattern: str,
    month: int | None,
    examples: tuple[tuple[str, int], ...],
    counter_examples: tuple[str, ...] = (),
) -> PartYear:
    return PartYear(name, why, re.compile(pattern), month, examples, counter_examples)


PERIODS = (
    _period(
        "first_half",
        "The first half year: January to June.",
        "上半年",
        6,
        (("上半年，全区地区生产总值增长5.8%", 6), ("今年上半年新增市场主体3200户", 6)),
        ("下半年力争建成3所学校",),
    ),
    _period(
        "three_quarters",
        "The first three quarters: January to September.",
        "前三(?:个)?季度",
        9,
        (("前三季度地区生产总值增长6.5%", 9), ("前三个季度完成投资80亿元", 9)),
        ("三季度地区生产总值增长6.5%",),
    ),
    _period(
        "first_quarter",
        "The first quarter: January to March.",
        "(?<![前二三四])(?:第)?一季度",
        3,
        (("一季度，全区规上工业总产值增长10.4%", 3), ("第一季度新增就业2000人", 3)),
        ("第二季度新增就业2000人", "四季度开工建设"),
    ),
    _period(
        "month_range",
        "January to a month, in digits: 1-9月, 1—9月, 1至9月, 1~9月, 1月至9月.",
        rf"(?<![\d.])1(?:月份?)?{_DASH}(?P<month>[2-9]|1[01])月",
        None,
        (
            ("1-9月一般公共预算收入增长11.9%", 9),
            ("1—9月规上工业总产值增长10.4%", 9),
            ("1至9月实际使用外资1.2亿美元", 9),
            ("1~9月固定资产投资增长5%", 9),
            ("1-11月新增城镇就业1.1万人", 11),
            ("2023年1月至6月社会消费品零售总额增长7%", 6),
        ),
        ("1-12月地区生产总值增长6%", "11-12月新增就业500人", "9月份居民消费价格上涨0.2%"),
    ),
    _period(
        "month_range_in_words",
        "January to a month, in Chinese numerals: 一至九月.",
        rf"一(?:月份?)?{_DASH}(?P<month>十一|[二两三四五六七八九十])月",
        None,
        (("一至九月完成固定资产投资120亿元", 9),),
        ("一至十二月完成固定资产投资120亿元",),
    ),
    _period(
        "first_months",
        "The first N months: 前10个月, 前十个月.",
        r"前(?P<month>1[01]|[2-9]|十一|[二两三四五六七八九十])个月",
        None,
        (("前10个月新增规上工业企业105家", 10), ("前十个月实现税收收入30亿元", 10)),
        ("前12个月新增就业1万人", "近10个月来持续增长"),
    ),
)


def _month_of(period: PartYear, match: re.Match[str]) -> int | None:
    if period.month is not None:
        return period.month
    named = match["month"]
    month = int(named) if named.isdigit() else _CHINESE_MONTHS[named]
    return month if month <= LAST_PART_MONTH else None


def through_month(text: str) -> int | None:
    """The month a figure for part of the year runs to, by the first period the text names;
    None when it names none."""
    readable = simplified(text)
    found: list[tuple[int, int]] = []
    for period in PERIODS:
        for match in period.pattern.finditer(readable):
            month = _month_of(period, match)
            if month is not None:
                found.append((match.start(), month))
                break
    return min(found)[1] if found else None


def without_period(name: str) -> str:
    """An indicator's words without the period that opens them (1-9月规上工业总产值增长 →
    规上工业总产值增长): the period is when, not what."""
    readable = simplified(name)
    for period in PERIODS:
        found = period.pattern.match(readable)
        if found is not None and _month_of(period, found) is not None:
            return name[found.end() :].lstrip("，,、 ") or name
    return name


def periods(clauses: Sequence[Clause]) -> list[int | None]:
    """For each clause, the month its figures run to: its own period, else one named earlier
    in its sentence; None for a figure of the whole year."""
    months: list[int | None] = []
    sentence_start, held = -1, None
    for clause in clauses:
        if clause.sentence_start != sentence_start:
            sentence_start, held = clause.sentence_start, None
        held = through_month(clause.text) or held
        months.append(held)
    return months
