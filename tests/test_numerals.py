"""Figures as exact decimals, with the magnitude kept in the unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tzgoals.numerals import find_figures, parse_number


def figures(text: str) -> list[tuple[str, str]]:
    return [(format(f.value, "f"), f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增长6%", [("6", "%")]),
        ("增长６％", [("6", "%")]),
        ("达2.97%", [("2.97", "%")]),
        ("增长6.50%", [("6.50", "%")]),
        ("16.4亿元", [("16.4", "亿元")]),
        ("1.38万人", [("1.38", "万人")]),
        ("1.2万亿元", [("1.2", "万亿元")]),
        ("1.3萬億斤以上", [("1.3", "万亿斤")]),
        ("1500万美元", [("1500", "万美元")]),
        ("1,000名", [("1000", "名")]),
        ("3个百分点", [("3", "个百分点")]),
        ("0.5個百分點", [("0.5", "个百分点")]),
        ("新增鲁班奖两项", [("2", "项")]),
        ("兩項", [("2", "项")]),
        ("一百名", [("100", "名")]),
        ("十二家", [("12", "家")]),
        ("一万二千人", [("12000", "人")]),
        ("一千零一项", [("1001", "项")]),
        ("三百五十亿元", [("350", "亿元")]),
        ("一亿二千万元", [("12000", "万元")]),
        ("十二万亿元", [("12", "万亿元")]),
        ("一点五万人", [("1.5", "万人")]),
        ("二点九七%", [("2.97", "%")]),
        ("三成", [("30", "%")]),
        ("七成以上", [("70", "%")]),
        ("超百亿元", [("100", "亿元")]),
        ("20多名", [("20", "名")]),
        ("1万余人", [("1", "万人")]),
        ("增长5-6%", [("5", ""), ("6", "%")]),
    ],
)
def test_figures_are_read_exactly(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2023年12月底前",
        "1月30日",
        "“十四五”规划",
        "二〇二三年",
        "第一方阵",
        "5G基站",
        "12GW异质结电池",
        "一主一新一智",
        "万人发明专利",
        "上百台钻孔机",
        "千方百计",
        "十链百校千企",
        "万一名",  # 万一: "in case"
    ],
)
def test_dates_ordinals_codes_and_words_are_not_figures(text: str) -> None:
    assert [f for f in find_figures(text) if f.unit] == []


def test_a_figure_keeps_its_source_text_and_offsets() -> None:
    text = "城鎮新增就業1200萬人以上"
    [figure] = find_figures(text)
    assert text[figure.start : figure.end] == figure.text == "1200萬人"
    assert figure.unit == "万人"


def test_odd_figures_are_marked() -> None:
    assert [f.more for f in find_figures("20多名工人,100名学生")] == [True, False]


def test_a_long_chinese_figure_is_read_to_its_last_digit() -> None:
    """Four sections of eight digits joined by 亿, the last 亿 kept in the unit: 32 digits,
    more than a decimal context's 28, each read as written (the figure is implausible, and
    `extract` passes it over; it is not rounded here into a plausible one)."""
    section = "一千二百三十四万五千六百七十八"
    [figure] = find_figures(f"达到{section}亿{section}亿{section}亿{section}亿元")
    assert (format(figure.value, "f"), figure.unit) == ("12345678" * 4, "亿元")


@pytest.mark.parametrize("big", ["亿", "万"])
def test_a_thousand_magnitudes_are_a_number_not_a_crash(big: str) -> None:
    """Typing accidents: no exhausted stack, and no integer too long for str()."""
    [figure] = find_figures("达到一" + big * 2000 + "元")
    assert figure.unit == big + "元"
    assert figure.value == Decimal(10) ** ({"亿": 8, "万": 4}[big] * 1999)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6.50", "6.50"),
        ("１２", "12"),
        ("1,200", "1200"),
        ("十", "10"),
        ("二十", "20"),
        ("两百", "200"),
        ("三百五", "350"),
        ("一万二", "12000"),
        ("一万零五百", "10500"),
        ("一亿二", "120000000"),
        ("百", "100"),
        ("零点五", "0.5"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["十四五", "二〇", "万", "亿元", "abc", "", "1.2.3"])
def test_parse_number_refuses_what_is_not_one(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("增长-2%以上", [("-2", "%", "-2%")]),
        ("出口增长－3%以上", [("-3", "%", "－3%")]),
        ("涨幅−0.5%以内", [("-0.5", "%", "−0.5%")]),
        ("-3", [("-3", "", "-3")]),
        # a range, a span of years, a code: the dash is no sign
        ("增长5-6%", [("5", "", "5"), ("6", "%", "6%")]),
        ("增长5%－6%", [("5", "%", "5%"), ("6", "%", "6%")]),
        ("G15-3家", [("3", "家", "3家")]),
    ],
)
def test_a_minus_sign_before_a_number_is_its_sign(
    text: str, read: list[tuple[str, str, str]]
) -> None:
    found = [(f.value, f.unit, f.text) for f in find_figures(text)]
    assert found == [(Decimal(v), u, t) for v, u, t in read]
    for figure in find_figures(text):
        assert text[figure.start : figure.end] == figure.text
