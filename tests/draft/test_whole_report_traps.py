"""The traps of a whole report, one test each: the review of last year before this year's
targets, its five-year totals and planned amounts, a target restated in the review, a
five-year plan's targets, a later year in passing, and the verbs that end in a level."""

from __future__ import annotations

from decimal import Decimal

from tzgoals.draft.extract import extraction

REPORT = (
    "一、2023年工作回顾\n"
    "过去一年，国内生产总值增长5.2%，城镇新增就业1244万人。"
    "安排中央预算内投资6800亿元。"
    "过去五年，城镇新增就业累计超过6000万人。十年来，粮食产量稳定在1.3万亿斤以上。"
    "实现了国内生产总值增长5%左右的预期目标。\n"
    "二、“十五五”时期主要目标\n"
    "单位国内生产总值能耗降低13.5%。\n"
    "三、2024年政府工作任务\n"
    "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右。\n"
    "（一）推进绿色发展。\n制定2030年前碳排放达峰行动方案。常住人口城镇化率提升至67%。\n"
    "森林覆盖率提高到25%，中央预算内投资安排7000亿元。\n"
)


def drafted(text: str = REPORT, year: int = 2024) -> dict[str, tuple[str, int]]:
    return {d.quote: (d.kind, d.year) for d in extraction(text, year, "report.txt").drafts}


def passed_over(text: str = REPORT, year: int = 2024) -> dict[str, str]:
    return {p.quote: p.reason for p in extraction(text, year, "report.txt").passed_over}


def test_a_review_figure_is_an_actual_of_the_year_before() -> None:
    assert drafted()["国内生产总值增长5.2%"] == ("actual", 2023)
    assert drafted()["城镇新增就业1244万人"] == ("actual", 2023)


def test_a_five_year_total_is_passed_over_as_a_span_s() -> None:
    reasons = passed_over()
    assert reasons["城镇新增就业累计超过6000万人"] == "span_of_years"
    assert reasons["粮食产量稳定在1.3万亿斤以上"] == "span_of_years"
    assert "城镇新增就业累计超过6000万人" not in drafted()


def test_an_amount_a_past_budget_arranged_is_passed_over() -> None:
    assert passed_over()["安排中央预算内投资6800亿元"] == "planned_amount"
    assert drafted()["中央预算内投资安排7000亿元"] == ("target", 2024)


def test_a_target_restated_in_the_review_is_no_result() -> None:
    quotes = " ".join(drafted())
    assert "预期目标" not in quotes
    assert not any(q.startswith("实现了") for q in drafted())


def test_a_five_year_plan_s_targets_are_passed_over_not_drafted_for_the_year() -> None:
    assert passed_over()["单位国内生产总值能耗降低13.5%"] == "span_of_years"


def test_a_later_year_in_passing_does_not_move_the_section_s_targets() -> None:
    found = drafted()
    assert found["常住人口城镇化率提升至67%"] == ("target", 2024)
    assert found["森林覆盖率提高到25%"] == ("target", 2024)


def test_the_main_targets_are_the_plan_year_s_whatever_year_the_review_named() -> None:
    assert drafted()["国内生产总值增长5%左右"] == ("target", 2024)
    assert drafted()["城镇调查失业率5.5%左右"] == ("target", 2024)


def test_the_verbs_that_end_in_a_level_leave_the_indicator_whole() -> None:
    found = {d.quote: d for d in extraction(REPORT, 2024, "report.txt").drafts}
    assert found["常住人口城镇化率提升至67%"].name == "常住人口城镇化率"
    assert found["森林覆盖率提高到25%"].name == "森林覆盖率"
    reach = extraction("万人发明专利拥有量达到56件。", 2024, "p.txt").drafts[0]
    assert (reach.name, reach.value) == ("万人发明专利拥有量", Decimal(56))


def test_a_forecast_of_the_year_in_its_own_section_is_neither_target_nor_result() -> None:
    text = "三、2024年政府工作任务\n预计全年退税减税约2.5万亿元。新增就业1万人。\n"
    assert drafted(text) == {"新增就业1万人": ("target", 2024)}


def test_an_amount_committed_before_its_noun_is_a_target_of_the_plan_and_a_result_in_review() -> (
    None
):
    """使用/将/用于 + an amount + what it goes to (rule committed): a target in the plan's
    sections, an actual of the year before in the review, even after 为今年 in passing."""
    report = (
        "一、2021年工作回顾\n过去一年，同时考虑为今年应对困难挑战预留政策空间。"
        "将2.8万亿元中央财政资金纳入直达范围。\n"
        "二、2022年政府工作任务\n使用1000亿元失业保险基金支持稳岗和培训。\n"
    )
    found = drafted(report, 2022)
    assert found["将2.8万亿元中央财政资金纳入直达范围"] == ("actual", 2021)
    assert found["使用1000亿元失业保险基金支持稳岗和培训"] == ("target", 2022)
