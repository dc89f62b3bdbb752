"""aliases: a standard indicator's other names in one spelling, for comparing words."""

from __future__ import annotations

import pytest

from tzgoals.aliases import canonical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GDP增长6%", "地区生产总值增长6%"),
        ("gdp增长", "地区生产总值增长"),
        ("国内生产总值增长5%左右", "地区生产总值增长5%左右"),
        ("全市地区生产总值3.46万亿元", "全市地区生产总值3.46万亿元"),
        ("万元GDP水耗下降4%", "万元地区生产总值水耗下降4%"),
        ("CPI涨幅3%左右", "居民消费价格涨幅3%左右"),
        ("居民消费价格指数上涨3%", "居民消费价格上涨3%"),
        ("规上工业增加值增长6.2%", "规模以上工业增加值增长6.2%"),
        ("R&D经费投入", "研发经费投入"),
        ("新增城镇就业110万人", "城镇新增就业110万人"),
        ("实际利用外资", "实际使用外资"),
    ],
)
def test_other_names_take_the_standard_spelling(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "财政收入增长5%",  # a wider measure than 一般公共预算收入
        "货物进出口总额",  # goods only: narrower than all 进出口
        "房价高企",  # 高企 is also "stays high"
        "规模以上工业",
    ],
)
def test_other_measures_and_everyday_words_are_left_alone(text: str) -> None:
    assert canonical(text) == text
