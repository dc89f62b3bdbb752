"""Line breaking for names: between words, after an inner hyphen, between Chinese characters;
never inside an English word, never before a closing mark; long text cut with "…"."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from tzgoals.render.wrap import (
    CELL_LIMIT,
    GLUE,
    Span,
    Wrapped,
    clipped,
    units,
    widest_unit,
    wrap_spans,
    wrap_text,
)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("Regional coordination", 8, ["Regional", "coordina", "tion"]),  # only a word too wide
        ("Regional coordination", 12, ["Regional", "coordination"]),
        (
            "Reach the top tier of the city's project-construction assessment",
            19,
            ["Reach the top tier", "of the city's", "project-", "construction", "assessment"],
        ),
        ("全力冲刺全市项目建设考核第一方阵", 12, ["全力冲刺全市", "项目建设考核", "第一方阵"]),
        ("单位GDP能耗完成市下达任务", 12, ["单位GDP能耗", "完成市下达任", "务"]),
        ("“一主一新一智”产值占比提升", 12, ["“一主一新一", "智”产值占比", "提升"]),
        ("城乡同步。好的，是", 8, ["城乡同", "步。好", "的，是"]),  # no line starts with 。or ，
        ("新增省智能车间(工厂)", 12, ["新增省智能车", "间(工厂)"]),  # nor ends with (
        ("42.1%（2023年）", 10, ["42.1%", "（2023年）"]),
        # a comparison of two figures reads whole: never "179家 >" then "150家"
        ("met  179家 > 150家 → met", 16, ["met", "179家 > 150家 →", "met"]),
        ("met  6家 ≥ 2家 (by scope", 12, ["met", "6家 ≥ 2家", "(by scope"]),
    ],
)
def test_lines_break_where_a_reader_allows(text: str, width: int, lines: list[str]) -> None:
    assert wrap_text(text, width) == lines


def test_the_narrowest_width_is_the_widest_word() -> None:
    assert widest_unit("Invention patents held per 10,000 people") == len("Invention")
    assert widest_unit("investment-promotion office") == len("investment-")
    assert widest_unit("新认定国家高新技术企业") == 2
    assert units("a  b") == ("a", "  ", "b")


def test_a_glued_mark_takes_the_word_before_it_along() -> None:
    spans = [Span("grows in step with the economy"), Span(GLUE + "[3]", "dim")]
    lines = ["".join(s.text for s in line) for line in wrap_spans(spans, 30)]
    assert lines == ["grows in step with the", f"economy{GLUE}[3]"]


def test_later_lines_may_be_narrower_than_the_first() -> None:
    lines = wrap_spans([Span("one two three four")], 9, 5)
    assert ["".join(s.text for s in line) for line in lines] == ["one two", "three", "four"]


def test_long_text_is_cut_with_an_ellipsis() -> None:
    assert clipped("abc", 3) == "abc"
    assert clipped("abcd", 3) == "ab…"
    assert len(clipped("名" * 10_000_000)) == CELL_LIMIT
    assert wrap_text("x" * (CELL_LIMIT + 50), CELL_LIMIT)[-1].endswith("…")


def test_a_wide_character_in_a_one_cell_column_still_ends() -> None:
    assert wrap_text("新开", 1) == ["新", "开"]


def test_control_characters_are_shown_and_counted_as_shown() -> None:
    (line,) = wrap_text("a\x1b]52;c;b\x07b", 40)
    assert line == "a\\x1b]52;c;b\\x07b"


def rendered(cell: Wrapped, width: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(cell)
    return console.export_text().splitlines()


def test_a_cell_can_keep_at_most_so_many_lines() -> None:
    cell = Wrapped([[Span("Headline economic and social goals for 2023")]], most=2)
    assert [line.rstrip() for line in rendered(cell, 14)] == ["Headline", "economic and…"]


LATIN = st.text(alphabet="abcdefghij -", min_size=1, max_size=60)
MIXED = st.text(
    alphabet=st.sampled_from(list("abc de-f，。（）“”新开工重大项目2023% ")), max_size=60
)


@given(text=MIXED, width=st.integers(min_value=2, max_value=40))
def test_no_line_is_wider_than_the_width_and_nothing_is_lost(text: str, width: int) -> None:
    lines = wrap_text(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)


@given(text=LATIN, width=st.integers(min_value=1, max_value=40))
def test_an_english_word_is_cut_only_when_it_is_wider_than_the_line(text: str, width: int) -> None:
    lines = wrap_text(text, width)
    if widest_unit(text) <= width:
        for unit in units(text):
            assert unit.isspace() or any(unit in line for line in lines), (unit, lines)


@given(text=st.text(alphabet="ab1-( ).,", min_size=1, max_size=40).filter(lambda t: t[-1] != " "))
def test_plain_ascii_text_breaks_as_any_other(text: str) -> None:
    """Names in ASCII take a quicker path to their units; it must find the same ones."""
    assert units(text + " é") == (*units(text), " ", "é")


FIGURE = st.from_regex(r"[1-9][0-9]{0,3}(\.[0-9])?(家|个|%|万人)?", fullmatch=True)


@given(
    before=st.text(alphabet="ab 新项目", max_size=12),
    left=FIGURE,
    sign=st.sampled_from(list("≥≤<>=")),
    right=FIGURE,
    after=st.text(alphabet="ab 新项目→", max_size=12),
    width=st.integers(min_value=24, max_value=40),  # a comparison fits: at most 23 cells
)
def test_a_comparison_of_two_figures_is_never_broken(
    before: str, left: str, sign: str, right: str, after: str, width: int
) -> None:
    comparison = f"{left} {sign} {right}"
    lines = wrap_text(f"{before} {comparison} {after}", width)
    assert any(comparison in line for line in lines), lines
