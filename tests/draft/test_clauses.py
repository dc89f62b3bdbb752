"""Clauses keep their exact text and offset; layout line breaks stay inside a clause."""

from __future__ import annotations

from tzgoals.draft.clauses import flatten, join_enumerations, split_clauses


def texts(text: str) -> list[str]:
    return [flatten(c.text) for c in split_clauses(text)]


def test_each_clause_is_the_exact_text_at_its_offset() -> None:
    text = (
        "地区生产总值增长6%,一般公共预算收入增长8%以上;固定资产投资增长6%。"
        "\n\n下一段，第二句、第三句"
    )
    clauses = split_clauses(text)
    assert [c.text for c in clauses] == [
        "地区生产总值增长6%",
        "一般公共预算收入增长8%以上",
        "固定资产投资增长6%",
        "下一段",
        "第二句",
        "第三句",
    ]
    assert all(text[c.start : c.end] == c.text for c in clauses)
    assert [c.delimiter for c in clauses] == [",", ";", "。", "，", "、", ""]


def test_clauses_of_one_sentence_share_its_start() -> None:
    clauses = split_clauses(
        "预计实现地区生产总值1730亿元,同比增长6.5%以上;一般公共预算收入75亿元。新句"
    )
    assert len({c.sentence_start for c in clauses[:3]}) == 1
    assert clauses[3].sentence_start == clauses[3].start != clauses[0].sentence_start


def test_a_comma_between_digits_is_a_thousands_separator() -> None:
    assert texts("引进人才1,000名,新增2家") == ["引进人才1,000名", "新增2家"]


def test_a_line_broken_inside_a_word_is_one_clause() -> None:
    """The seed breaks 新增 over a page: 小微做优做强,新\\n\\n增规上工业企业140家."""
    text = "推动龙头做大做强、小微做优做强,新\n\n增规上工业企业140家、应税销售实现再突破。"
    clauses = split_clauses(text)
    assert "新\n\n增规上工业企业140家" in [c.text for c in clauses]
    assert "新增规上工业企业140家" in texts(text)


def test_captions_headings_and_bullets_end_paragraphs() -> None:
    text = (
        "南山湖风光\n\n## 2023年重点抓好八个方面工作\n\n"
        "- ① 突出扩量提质,着力打造产业创新高地。\n- ② 突出项目攻坚"
    )
    clauses = split_clauses(text)
    assert [flatten(c.text) for c in clauses] == [
        "南山湖风光",
        "2023年重点抓好八个方面工作",
        "突出扩量提质",
        "着力打造产业创新高地",
        "突出项目攻坚",
    ]
    assert [c.heading for c in clauses] == [False, True, False, False, False]


def test_flatten_removes_layout_breaks_only() -> None:
    assert flatten("新\n\n增规上工业企业140家  ") == "新增规上工业企业140家"
    assert flatten("单位 GDP 能耗") == "单位 GDP 能耗"


def test_enumerations_join_unless_the_part_before_stands_alone() -> None:
    text = "单位GDP能耗、主要污染物排放完成市下达任务;新认定企业超150家、小巨人企业2家。"
    joined = join_enumerations(split_clauses(text), text, lambda part: "家" in part)
    assert [c.text for c in joined] == [
        "单位GDP能耗、主要污染物排放完成市下达任务",
        "新认定企业超150家",
        "小巨人企业2家",
    ]
    assert all(text[c.start : c.end] == c.text for c in joined)


def test_enumerations_all_join_when_nothing_stands_alone() -> None:
    text = "光伏、储能、风电装备等新能源产业产值增长36%"
    joined = join_enumerations(split_clauses(text), text, lambda _: False)
    assert [c.text for c in joined] == [text]


def test_printed_list_marks_are_not_part_of_a_clause() -> None:
    text = (
        "——GDP增长6%。\n\n● 建成深汕高中园,新增学位20万座。\n◆地区生产总值增长5%;\n■ 粮食产量稳定"
    )
    assert texts(text) == [
        "GDP增长6%",
        "建成深汕高中园",
        "新增学位20万座",
        "地区生产总值增长5%",
        "粮食产量稳定",
    ]


def test_a_dash_inside_a_line_is_text() -> None:
    assert texts("规划建设北站-坂田片区") == ["规划建设北站-坂田片区"]
