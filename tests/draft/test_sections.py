"""Areas from a plan's structure: one test per heading style, the headline paragraph, a list
of areas matched to the sections after it, and what is not a heading."""

from __future__ import annotations

from tzgoals.draft.clauses import split_clauses
from tzgoals.draft.extract import extraction
from tzgoals.draft.sections import HEADLINE, DocumentArea, structure


def areas_of(text: str) -> dict[str, str]:
    """Each drafted target's quote and the id of its area."""
    return {d.quote: d.area for d in extraction(text, 2024, "plan.txt").drafts}


def test_a_part_numbered_yi_is_an_area_with_its_title_and_quote_as_written() -> None:
    text = "一、稳增长\n地区生产总值增长5%。\n二、惠民生\n城镇新增就业1200万人以上。\n"
    assert areas_of(text) == {"地区生产总值增长5%": "1", "城镇新增就业1200万人以上": "2"}
    layout = structure(text, split_clauses(text))
    assert layout.areas == [
        DocumentArea("1", "稳增长", "一、稳增长"),
        DocumentArea("2", "惠民生", "二、惠民生"),
    ]


def test_a_work_section_in_brackets_under_a_part_is_numbered_within_it() -> None:
    text = (
        "三、2024年政府工作任务\n"
        "（一）着力扩大国内需求。\n社会消费品零售总额增长6%。\n"
        "(二)加快建设现代化产业体系。\n高技术制造业增加值增长10%。\n"
    )
    assert areas_of(text) == {"社会消费品零售总额增长6%": "3.1", "高技术制造业增加值增长10%": "3.2"}
    titles = [a.title for a in structure(text, split_clauses(text)).areas]
    assert titles == ["2024年政府工作任务", "着力扩大国内需求", "加快建设现代化产业体系"]


def test_a_circled_number_is_an_item_area() -> None:
    text = "① 突出项目攻坚。\n新开工重大项目30个。\n② 突出民生保障。\n新增就业1万人。\n"
    assert areas_of(text) == {"新开工重大项目30个": "1", "新增就业1万人": "2"}


def test_the_paragraph_of_main_targets_is_the_headline_whatever_part_holds_it() -> None:
    text = (
        "二、2024年经济社会发展总体要求\n"
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n"
        "要坚持稳中求进，一般公共预算支出增长4%。\n"
    )
    found = areas_of(text)
    assert found["国内生产总值增长5%左右"] == HEADLINE
    assert found["城镇新增就业1200万人以上"] == HEADLINE
    assert found["一般公共预算支出增长4%"] == "2"
    headline = structure(text, split_clauses(text)).areas[1]
    assert (headline.id, headline.title) == (HEADLINE, "今年发展主要预期目标")


def test_the_headline_is_the_introduction_of_a_year_s_main_targets_not_the_first_one() -> None:
    """An earlier paragraph may introduce other targets (目标为, 目标是, a five-year plan's
    主要目标是): the headline is the one that names the main targets of a year (as every
    national report of 2015–2022 does: 今年发展主要预期目标是), then the one that announces
    most."""
    text = (
        "一、过去五年工作回顾\n"
        "我们以党在新时代的强军目标为引领，国防开支增长7%。\n"
        "“十四五”时期主要目标是：城镇调查失业率控制在5.5%以内。\n"
        "二、对今年政府工作的建议\n"
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右。\n"
        "（一）着力扩大国内需求。\n社会消费品零售总额增长6%。\n"
    )
    found = areas_of(text)
    assert found["国内生产总值增长5%左右"] == HEADLINE
    assert found["城镇新增就业1200万人左右"] == HEADLINE
    assert found["社会消费品零售总额增长6%"] == "2.1"
    headline = next(a for a in structure(text, split_clauses(text)).areas if a.id == HEADLINE)
    assert headline.title == "今年发展主要预期目标"


def test_a_list_of_areas_is_matched_to_the_sections_after_it_by_shared_words() -> None:
    text = (
        "## 2024年重点抓好两个方面工作\n"
        "- ① 突出扩量提质,着力打造产业创新高地。\n"
        "- ② 突出生态优先,着力守护美丽家园底色。\n\n"
        "## 生态优先,守护美丽家园\n"
        "新增绿地游园5个。\n"
        "## 创新驱动,打造产业高地\n"
        "新增规上工业企业140家。\n"
    )
    assert areas_of(text) == {"新增绿地游园5个": "2", "新增规上工业企业140家": "1"}


def test_a_numbered_paragraph_of_figures_is_text_not_a_heading() -> None:
    text = (
        "一、全国粮食播种面积118969千公顷(178453万亩),比2022年增加636千公顷(955万亩),增长0.5%。"
        "其中谷物播种面积增加。\n"
    )
    assert structure(text, split_clauses(text)).areas == []


def test_two_lists_numbered_alike_get_ids_of_their_own() -> None:
    text = "(一)预期性指标。\n增长5%。\n(二)约束性指标。\n(一)加快产业发展。\n(二)推进创新。\n"
    ids = [a.id for a in structure(text, split_clauses(text)).areas]
    assert ids == ["1", "2", "1-2", "2-2"]


def test_tens_read_as_numbers() -> None:
    text = "三、任务\n（十）办好民生实事。\n新增学位1万个。\n（十二）防范风险。\n"
    assert [a.id for a in structure(text, split_clauses(text)).areas] == ["3", "3.10", "3.12"]


def test_a_plan_with_no_headings_has_no_areas() -> None:
    assert areas_of("地区生产总值增长5%。") == {"地区生产总值增长5%": ""}
