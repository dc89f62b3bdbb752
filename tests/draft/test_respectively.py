"""Names paired with figures by 分别: each figure drafted as a target of its own name, quoting
the whole clause; a clause that does not pair exactly is left to the rules as it was."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tzgoals.draft.extract import extract
from tzgoals.draft.respectively import respective

PAIRED = "居民医保和基本公共卫生服务经费人均财政补助标准分别再增加30元和5元"


def test_each_figure_is_read_with_its_own_name_and_the_words_between() -> None:
    assert respective(PAIRED) == [
        "居民医保再增加30元",
        "基本公共卫生服务经费人均财政补助标准再增加5元",
    ]


def test_a_word_on_the_figures_goes_with_each() -> None:
    assert respective("二氧化硫、氮氧化物排放要分别减少3%左右和5%左右") == [
        "二氧化硫减少3%左右",
        "氮氧化物排放要减少5%左右",
    ]
    assert respective("甲和乙分别增长6%和5%以上") == ["甲增长6%以上", "乙增长5%以上"]


def test_a_clause_that_does_not_pair_exactly_is_left_to_the_rules() -> None:
    assert respective("城乡低保标准分别提高5%和8%") == []  # one name written, two figures
    assert respective("甲和乙分别高4.2和0.7个百分点") == []  # a unit written once for both
    assert respective("甲和乙分别增加30元和5元的补助") == []  # the figures do not end it
    assert respective("甲和乙增加30元和5元") == []  # no 分别
    assert respective("甲、乙排放量要分别下降2%") == []  # one figure for both


def test_extract_drafts_both_targets_each_quoting_the_whole_clause() -> None:
    drafts = extract(PAIRED + "。", 2022, "report.txt")
    assert [(d.kind, d.value, d.unit, d.name, d.quote) for d in drafts] == [
        ("target", Decimal(30), "元", "居民医保再增加", PAIRED),
        ("target", Decimal(5), "元", "基本公共卫生服务经费人均财政补助标准再增加", PAIRED),
    ]


NAME = st.text(alphabet="甲乙丙丁收入支出标准", min_size=1, max_size=6)


@given(st.lists(st.tuples(NAME, st.integers(1, 999)), min_size=2, max_size=4))
def test_as_many_texts_as_pairs_each_with_its_name_and_figure(
    pairs: list[tuple[str, int]],
) -> None:
    names = "和".join(name for name, _ in pairs)
    figures = "和".join(f"{figure}元" for _, figure in pairs)
    texts = respective(f"{names}分别增加{figures}")
    assert texts == [f"{name}增加{figure}元" for name, figure in pairs]
