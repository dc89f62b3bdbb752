"""Which year a clause of a plan is about, carried as Chinese carries it."""

from __future__ import annotations

from tzgoals.draft.clauses import flatten, split_clauses
from tzgoals.draft.timing import When, timeline


def whens(text: str, year: int = 2023) -> dict[str, When]:
    clauses = split_clauses(text)
    return {flatten(c.text): w for c, w in zip(clauses, timeline(clauses, year), strict=True)}


def test_the_plan_year_applies_when_nothing_is_said() -> None:
    assert whens("新增规上工业企业140家")["新增规上工业企业140家"] == When("target", 2023)


def test_last_year_holds_across_sentences_and_paragraphs_until_a_new_year() -> None:
    text = (
        "去年,通州大力实施招商活动。新注册重大项目52个,总投资超450亿元。\n\n"
        "新开工重大项目19个。\n\n2023年,通州将突出项目攻坚。全年新开工重大项目30个。"
    )
    found = whens(text)
    assert found["新注册重大项目52个"] == When("result", 2022, "去年", inherited=True)
    assert found["新开工重大项目19个"].kind == "result"
    assert found["全年新开工重大项目30个"] == When("target", 2023, "2023年", inherited=True)


def test_a_stock_at_present_governs_its_sentence_only() -> None:
    text = "目前,通州拥有企业55家,高新技术企业324家。新增企业30家。"
    found = whens(text)
    assert found["高新技术企业324家"] == When("result", 2022, "目前")
    assert found["新增企业30家"] == When("target", 2023)


def test_estimate_about_a_past_year_is_an_estimated_result() -> None:
    found = whens("预计2022年全年地区生产总值增长3%,城镇新增就业1.2万人。")
    assert found["城镇新增就业1.2万人"] == When("result", 2022, "预计2022年", estimate=True)
    assert whens("预计全年增长3%")["预计全年增长3%"] == When("result", 2022, "预计", estimate=True)


def test_estimate_about_the_plan_year_is_a_forecast() -> None:
    found = whens("预计2023年12月底前有两条生产线投入使用,年产60万吨。下一句新增2家。")
    assert found["年产60万吨"].kind == "none"
    assert found["下一句新增2家"] == When("target", 2023)


def test_a_year_after_a_comparison_word_is_not_the_passage_s_year() -> None:
    found = whens("比2022年增长6%,较去年提高1个百分点,在去年基础上新增5家")
    assert {w.kind for w in found.values()} == {"target"}


def test_spans_of_years_are_neither_targets_nor_one_year_s_results() -> None:
    assert whens("近五年累计新增企业300家")["近五年累计新增企业300家"].kind == "none"
    assert whens("2020年以来新增企业300家")["2020年以来新增企业300家"].kind == "none"


def test_a_heading_sets_the_time_of_its_section() -> None:
    found = whens("## 2022年工作回顾\n\n地区生产总值增长3%。\n\n## 2023年主要目标\n\n增长5%左右。")
    assert found["地区生产总值增长3%"].kind == "result"
    assert found["增长5%左右"] == When("target", 2023, "2023年", inherited=True)


def test_traditional_time_words() -> None:
    assert whens("過去一年,新增就業1206萬人")["新增就業1206萬人"].kind == "result"


def test_a_year_with_a_space_before_its_character_reads_the_same() -> None:
    found = whens("一、2022 年工作回顾\n\n地区生产总值增长 3%。比 2021 年增长 5%。")
    assert found["地区生产总值增长 3%"] == When("result", 2022, "2022 年", inherited=True)
    assert found["比 2021 年增长 5%"].year == 2022  # a comparison, not the passage's year


def test_this_year_after_for_says_what_a_measure_was_for_not_the_passage_s_year() -> None:
    """为今年…预留政策空间 in a review: the figures after it are still last year's."""
    text = "过去一年，同时考虑为今年应对困难挑战预留政策空间。将2.8万亿元资金纳入直达范围。"
    assert whens(text, 2022)["将2.8万亿元资金纳入直达范围"].kind == "result"
    assert (
        whens("今年要将2.8万亿元资金纳入直达范围", 2022)["今年要将2.8万亿元资金纳入直达范围"].kind
        == "target"
    )
