"""The evidence check: quotes in archived texts, figures in quotes, sources and their hashes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tzgoals.evidence import (
    ArchivedText,
    Unreadable,
    check_evidence,
    check_new_entries,
    closest_passage,
    figure_in_quote,
    squeeze,
)
from tzgoals.models import (
    Actual,
    ActualsFile,
    Area,
    DatasetInfo,
    Indicator,
    Source,
    Target,
    TargetsFile,
)
from tzgoals.problem_codes import ProblemCode, params
from tzgoals.rules import Finding
from tzgoals.vocabulary import Section

from .builders import actual_data, target_data

D = Decimal
PLAN_TEXT = "2023年主要目标:\n地区生产总值增长5.5%以上;城镇新增就业\n1.38万人。\n"
REVIEW_TEXT = "全年地区生产总值增长5.8%,新增鲁班奖两项。"
HASH = "0" * 64


def archived(text: str, sha256: str = HASH) -> ArchivedText:
    return ArchivedText(text, sha256)


def source(file: str, **fields: Any) -> Source:
    """A listed source; its recorded hash is the archived texts' unless a test gives one."""
    return Source(file=file, title=f"title of {file}", **{"sha256": HASH, **fields})


def files(
    targets: list[dict[str, Any]] | None = None,
    actuals: list[dict[str, Any]] | None = None,
    sources: list[Source] | None = None,
    areas: list[Area] | None = None,
) -> tuple[TargetsFile, ActualsFile]:
    targets_file = TargetsFile(
        dataset=DatasetInfo(name="示例"),
        sources=[source("plan.txt"), source("review.txt")] if sources is None else sources,
        areas=areas or [],
        targets=[Target.model_validate(t) for t in (targets or [target_data()])],
    )
    actuals_file = ActualsFile(
        actuals=[Actual.model_validate(a) for a in (actuals or [actual_data()])]
    )
    return targets_file, actuals_file


ARCHIVE = {"plan.txt": archived(PLAN_TEXT), "review.txt": archived(REVIEW_TEXT)}


def findings(*args: Any, **kwargs: Any) -> list[tuple[Section, int, str | None, str]]:
    report = check_evidence(*files(*args, **kwargs), ARCHIVE)
    return [(f.section, f.entry, f.key, f.severity) for f in report.findings]


# ---------------------------------------------------------------- quotes in texts


def test_squeeze_takes_out_every_kind_of_whitespace() -> None:
    assert squeeze(" 新\n增\t1.38\u3000万人\r\n") == "新增1.38万人"


def test_a_clean_dataset_has_no_findings_and_every_quote_found() -> None:
    report = check_evidence(*files(), ARCHIVE)
    assert report.findings == []
    assert (report.quotes_checked, report.quotes_found) == (2, 2)


def test_a_quote_broken_across_lines_by_the_layout_is_found() -> None:
    quoted = target_data(quote="城镇新增就业1.38万人", value=D(13800), unit="人", id="jobs")
    report = check_evidence(*files(targets=[quoted]), ARCHIVE)
    assert report.findings == []
    assert report.quotes_found == 1 + 1


def test_a_quote_not_in_its_text_is_an_error_with_the_closest_passage() -> None:
    typo = target_data(quote="地区生产总值增长5.5%及以上")
    (finding,) = check_evidence(*files(targets=[typo]), ARCHIVE).findings
    assert (finding.section, finding.entry, finding.key) == (Section.TARGETS, 0, "quote")
    assert finding.severity == "error"
    assert "the quote is not in sources/plan.txt" in finding.message
    assert "the closest passage there: “地区生产总值增长5.5%以上" in finding.message


def test_punctuation_is_not_whitespace() -> None:
    """Verbatim: a full-width comma for a half-width one is another character."""
    quoted = actual_data(quote="全年地区生产总值增长5.8%,新增鲁班奖两项")
    assert check_evidence(*files(actuals=[quoted]), ARCHIVE).findings == []
    changed = actual_data(quote="全年地区生产总值增长5.8%，新增鲁班奖两项")
    assert findings(actuals=[changed]) == [(Section.ACTUALS, 0, "quote", "error")]


def test_the_closest_passage_of_a_long_text_is_the_right_one() -> None:
    """About a hundred pages of other text around the passage meant."""
    filler = "".join(f"第{n}项工作稳步推进,各项指标总体平稳。\n" for n in range(12_000))
    text = filler + "全年新增高新技术企业179家,创历史新高。\n" + filler
    assert len(text) > 250_000
    assert closest_passage(text, "全年新增高新技术企业197家") == "全年新增高新技术企业179家"


def test_the_closest_passage_shows_the_texts_whitespace_as_single_spaces() -> None:
    text = "Jobs: 1.38\n   million were created in the year.\n"
    assert closest_passage(text, "1.38 milion were created") == "1.38 million were created"


def test_no_passage_comes_from_nothing() -> None:
    assert closest_passage("", "地区生产总值") == ""
    assert closest_passage("地区生产总值", "  ") == ""


@given(st.text(min_size=1, max_size=40), st.text(max_size=200), st.text(max_size=200))
def test_a_quote_present_in_the_text_is_found(quote: str, before: str, after: str) -> None:
    text = before + quote + after
    assert squeeze(quote) in squeeze(text)
    if squeeze(quote):
        assert squeeze(closest_passage(text, quote))


# ---------------------------------------------------------------- figures in quotes


@pytest.mark.parametrize(
    ("value", "unit", "quote"),
    [
        ("5.5", "%", "地区生产总值增长5.5%以上"),
        ("13800", "人", "城镇新增就业1.38万人"),
        ("1.38", "万人", "城镇新增就业1.38万人"),
        ("2", "项", "新增鲁班奖两项"),
        ("150", "亿元", "实现0.015万亿元"),
        ("126", "万亿元", "國內生產總值超過126萬億元"),
        ("1260000", "亿元", "國內生產總值超過126萬億元"),
        ("12.82", "万亿元", "地区生产总值达 12.82 万亿元、增长 5.8%"),
        ("30", "%", "占比达到三成"),
        ("-1", "个百分点", "能耗强度下降1个百分点"),
        ("13800", "人", "新增就业13,800人"),
        ("5", "%", "GDP will grow by at least 5%."),
        ("1268", "万吨", "粮食产量1268万吨以上"),
    ],
)
def test_a_figure_in_quote_in_its_quote_however_written(value: str, unit: str, quote: str) -> None:
    assert figure_in_quote(D(value), unit, quote)


@pytest.mark.parametrize(
    ("value", "unit", "quote"),
    [
        ("5", "%", "地区生产总值增长5.5%"),  # 5 is part of 5.5, not a figure of its own
        ("15", "%", "增长5%"),
        ("13800", "人", "城镇新增就业1.3万人"),
        ("2023", "个", "2023年实施一批项目"),  # a year is not a figure
        ("3", "项", "新增鲁班奖两项"),
        ("1", "家", "GDP"),
    ],
)
def test_a_figure_the_quote_does_not_state(value: str, unit: str, quote: str) -> None:
    assert not figure_in_quote(D(value), unit, quote)


def test_a_figure_not_in_its_quote_is_an_error_at_its_key() -> None:
    wrong = target_data(value=D("6.5"))
    assert findings(targets=[wrong]) == [(Section.TARGETS, 0, "value", "error")]
    (finding,) = check_evidence(*files(targets=[wrong]), ARCHIVE).findings
    assert finding.message.startswith("value 6.5 % does not appear in the quote")


def test_a_derived_figure_says_how_and_need_not_stand_in_its_quote() -> None:
    derived = target_data(value=D("6.5"), derivation="the plan's two halves, 3 and 3.5, added")
    assert findings(targets=[derived]) == []
    result = actual_data(value=D("9.9"), derivation="worked out from the two figures quoted")
    assert findings(actuals=[result]) == []


def test_the_upper_end_of_a_range_must_appear_too() -> None:
    ranged = target_data(
        comparator="between", value=D(5), value_max=D(6), quote="地区生产总值增长5.5%以上"
    )
    keys = [key for _, _, key, _ in findings(targets=[ranged])]
    assert keys == ["value", "value_max"]


def test_yes_no_results_and_milestones_have_no_figure_to_find() -> None:
    done = actual_data(value=True, unit=None, quote="新增鲁班奖两项")
    assert findings(actuals=[done]) == []


# ---------------------------------------------------------------- sources


def test_a_listed_source_without_its_text_is_an_error_unless_allowed() -> None:
    archive = {"plan.txt": archived(PLAN_TEXT)}
    report = check_evidence(*files(), archive)
    (missing,) = report.findings
    assert (missing.section, missing.entry, missing.key) == (Section.SOURCES, 1, "file")
    assert "no archived text for source 'review.txt': sources/review.txt is missing" in (
        missing.message
    )
    assert (report.quotes_checked, report.quotes_found) == (1, 1)
    assert check_evidence(*files(), archive, allow_unarchived=True).findings == []


def test_an_unreadable_text_is_an_error_even_when_unarchived_sources_are_allowed() -> None:
    archive = {**ARCHIVE, "review.txt": Unreadable("the file is not UTF-8 text")}
    (finding,) = check_evidence(*files(), archive, allow_unarchived=True).findings
    assert (finding.section, finding.entry, finding.key) == (Section.SOURCES, 1, "file")
    assert finding.message == (
        "the archived text sources/review.txt cannot be read: the file is not UTF-8 text"
    )


def test_a_hash_that_no_longer_matches_is_an_error_at_the_hash() -> None:
    sources = [source("plan.txt", sha256="1" * 64), source("review.txt", sha256=HASH)]
    (finding,) = check_evidence(*files(sources=sources), ARCHIVE).findings
    assert (finding.section, finding.entry, finding.key) == (Section.SOURCES, 0, "sha256")
    assert f"sources/plan.txt has changed since it was archived: its SHA-256 is {HASH}" in (
        finding.message
    )


def test_a_source_nobody_cites_is_a_warning() -> None:
    sources = [source("plan.txt"), source("review.txt"), source("spare.txt")]
    archive = {**ARCHIVE, "spare.txt": archived("")}
    (finding,) = check_evidence(*files(sources=sources), archive).findings
    assert finding == Finding(
        Section.SOURCES, 2, ProblemCode.SOURCE_NOT_QUOTED, params(source="spare.txt"), "file"
    )
    assert finding.message == "source 'spare.txt' is listed, but no entry quotes it"
    assert finding.severity == "warning"


def test_without_any_source_listed_every_citation_is_an_error() -> None:
    """With sources listed, an unlisted one is the rules' error already (not repeated here)."""
    assert findings(sources=[]) == [
        (Section.TARGETS, 0, "source", "error"),
        (Section.ACTUALS, 0, "source", "error"),
    ]
    elsewhere = actual_data(source="elsewhere.txt")
    assert findings(actuals=[elsewhere]) == [(Section.SOURCES, 1, "file", "warning")]


def test_areas_are_quoted_too() -> None:
    area = Area(id="h", year=2023, title="主要目标", source="plan.txt", quote="2024年主要目标")
    assert findings(areas=[area]) == [(Section.AREAS, 0, "quote", "error")]


# ---------------------------------------------------------------- what a write may add


def test_a_new_entry_is_checked_and_the_old_ones_are_not() -> None:
    old_typo = actual_data(quote="不在文中")
    new = actual_data(indicator="luban", value=D(3), unit="项", quote="新增鲁班奖两项")
    targets_file, actuals_file = files(actuals=[old_typo, new])
    found = check_new_entries(targets_file, actuals_file, Section.ACTUALS, 1, ARCHIVE)
    assert [(f.entry, f.key, f.severity) for f in found] == [(1, "value", "error")]


def test_a_new_entry_citing_a_source_without_text_is_refused() -> None:
    """A document is archived before it is quoted: a write cannot check the quote otherwise."""
    targets_file, actuals_file = files()
    archive = {"plan.txt": archived(PLAN_TEXT)}
    (found,) = check_new_entries(targets_file, actuals_file, Section.ACTUALS, 0, archive)
    assert (found.key, found.severity) == ("source", "error")
    assert "has no archived text" in found.message
    assert check_new_entries(targets_file, actuals_file, Section.TARGETS, 0, archive) == []


def test_a_new_source_must_hold_the_quotes_that_already_cite_it() -> None:
    targets_file, actuals_file = files(actuals=[actual_data(quote="全年地区生产总值增长5.9%")])
    found = check_new_entries(targets_file, actuals_file, Section.SOURCES, 1, ARCHIVE)
    assert [(f.section, f.entry, f.key) for f in found] == [(Section.ACTUALS, 0, "quote")]
    assert "the closest passage there: “全年地区生产总值增长5.8%”" in found[0].message


def test_a_new_source_needs_its_text_and_never_warns_it_is_not_cited_yet() -> None:
    sources = [source("plan.txt"), source("review.txt"), source("new.txt")]
    targets_file, actuals_file = files(sources=sources)
    (found,) = check_new_entries(targets_file, actuals_file, Section.SOURCES, 2, ARCHIVE)
    assert (found.entry, found.key) == (2, "file")
    archive = {**ARCHIVE, "new.txt": archived("新文本")}
    assert check_new_entries(targets_file, actuals_file, Section.SOURCES, 2, archive) == []


def test_new_indicators_quote_nothing() -> None:
    targets_file, actuals_file = files()
    gdp = Indicator(id="gdp", name="地区生产总值增长", unit="%")
    targets_file = targets_file.model_copy(update={"indicators": [gdp]})
    assert check_new_entries(targets_file, actuals_file, Section.INDICATORS, 0, {}) == []


def test_a_source_without_its_hash_is_a_warning_that_gives_the_hash() -> None:
    targets_file, actuals_file = files(
        sources=[source("plan.txt", sha256=""), source("review.txt")]
    )
    archive = {"plan.txt": archived(PLAN_TEXT), "review.txt": archived(REVIEW_TEXT)}
    found = check_evidence(targets_file, actuals_file, archive).findings
    assert [(f.section, f.entry, f.severity, f.key) for f in found] == [
        (Section.SOURCES, 0, "warning", "file")
    ]
    assert f'sha256 = "{HASH}"' in found[0].message


@pytest.mark.parametrize(
    ("value", "unit", "quote"),
    [
        ("-3.2", "%", "规模以上工业增加值下降3.2%"),
        ("-2", "%", "地区生产总值增长-2%以上"),
        ("-3", "%", "出口增长－3%以上"),
        ("-2.5", "%", "一般公共预算收入增长-2.5%"),
    ],
)
def test_a_fall_or_a_signed_figure_stands_in_its_quote(value: str, unit: str, quote: str) -> None:
    assert figure_in_quote(Decimal(value), unit, quote)
