"""Which clauses of a review announce targets: what an introduction governs, and where it ends."""

from __future__ import annotations

import pytest

from tzgoals.draft.announced import announced
from tzgoals.draft.clauses import flatten, split_clauses


def stated(text: str) -> dict[str, bool]:
    clauses = split_clauses(text)
    return {flatten(c.text): s for c, s in zip(clauses, announced(text, clauses), strict=True)}


def test_an_introduction_governs_the_rest_of_its_sentence() -> None:
    found = stated(
        "全年地区生产总值增长4.8%。主要预期目标是地区生产总值增长5%左右,粮食产量1270万吨。"
    )
    assert found == {
        "全年地区生产总值增长4.8%": False,
        "主要预期目标是地区生产总值增长5%左右": True,
        "粮食产量1270万吨": True,
    }


def test_words_before_the_introduction_in_its_sentence_are_not_governed() -> None:
    found = stated("粮食产量1250万吨,力争明年稳定在1270万吨。城镇新增就业110万人。")
    assert found == {
        "粮食产量1250万吨": False,
        "力争明年稳定在1270万吨": True,
        "城镇新增就业110万人": False,
    }


def test_a_colon_opens_a_list_that_runs_while_items_end_in_semicolons() -> None:
    text = (
        "报告提出,今年的主要预期目标是:\n◆地区生产总值增长5%;\n"
        "◆固定资产投资增长4%,进出口总额增长1%;\n◆粮食产量1270万吨。\n"
        "报告指出,全省粮食产量1250万吨。"
    )
    found = stated(text)
    assert [found[q] for q in ("地区生产总值增长5%", "进出口总额增长1%", "粮食产量1270万吨")] == [
        True,
        True,
        True,
    ]
    assert (found["报告提出"], found["全省粮食产量1250万吨"]) == (False, False)


def test_a_list_runs_on_while_its_items_open_with_the_same_mark() -> None:
    text = (
        "今年主要预期目标\n——地区生产总值增长5%左右。\n——粮食产量1270万吨。\n"
        "●全年粮食产量1250万吨。\n地区生产总值增长4.8%。"
    )
    found = stated(text)
    assert found["地区生产总值增长5%左右"] and found["粮食产量1270万吨"]
    assert not found["全年粮食产量1250万吨"]
    assert not found["地区生产总值增长4.8%"]


def test_targets_met_or_missed_introduce_nothing() -> None:
    for text in (
        "全年经济社会发展主要目标任务圆满完成,地区生产总值增长5.2%。",
        "全年經濟社會發展主要目標任務圓滿完成,國內生產總值增長5.2%。",
        "超额完成年度目标,地区生产总值增长5.2%。",
        "地区生产总值增长5.2%,高于预期目标0.2个百分点。",
    ):
        assert not any(stated(text).values()), text


def test_striving_to_be_first_is_not_an_introduction() -> None:
    """全力争当 is 全力 and 争当: no 力争 in it."""
    assert not any(stated("通州全力争当全市排头兵,新认定高新技术企业179家。").values())


def test_an_introduction_in_traditional_characters() -> None:
    found = stated("確保糧食產量1270萬噸。")
    assert found == {"確保糧食產量1270萬噸": True}


@pytest.mark.parametrize(
    "opening",
    [
        "主要预期目标是",
        "目标为",
        "主要目标如下",
        "力争",
        "力爭",
        "确保",
        "確保",
        "明年",
        "預期目標是",
    ],
)
def test_each_introduction_is_read(opening: str) -> None:
    assert stated(f"{opening}粮食产量1270万吨。") == {f"{opening}粮食产量1270万吨": True}


def test_the_targets_a_heading_announces_are_stated_to_the_sentences_end() -> None:
    found = stated("今年主要预期目标也定了,其中地区生产总值增长5%以上。全年地区生产总值增长5.8%。")
    assert found["其中地区生产总值增长5%以上"] and not found["全年地区生产总值增长5.8%"]


def test_striving_and_ensuring_state_a_target_in_their_own_clause_only() -> None:
    found = stated("力争粮食产量1270万吨,城镇新增就业110万人。")
    assert found == {"力争粮食产量1270万吨": True, "城镇新增就业110万人": False}


@pytest.mark.parametrize(
    "text",
    [
        "我们坚持稳中求进,确保经济平稳运行,全年地区生产总值增长5.2%,新增规上工业企业120家。",
        "一、聚力稳增长确保经济运行稳中向好\n全年地区生产总值增长5.2%,新增规上工业企业120家。",
        "积极争取上级支持,争取专项债券资金8亿元,新增规上工业企业120家,地区生产总值增长5.2%。",
        "紧扣年度目标,新增规上工业企业120家,地区生产总值增长5.2%。",
        "围绕“十四五”发展目标,大桥建成通车,地区生产总值增长5.2%。",
        "对照年初确定的主要预期目标,地区生产总值增长5.2%。",
    ],
)
def test_results_written_near_words_of_aims_are_results(text: str) -> None:
    """A review reports what was ensured, secured and done towards its aims."""
    found = stated(text)
    results = [q for q in found if any(c.isdigit() for c in q)]
    assert results and not any(found[q] for q in results), found
