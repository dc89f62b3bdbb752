"""extract: drafts from a plan's text, every value in its verbatim quote."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tzgoals.draft.clauses import flatten
from tzgoals.draft.extract import Draft, PassedOver, extract, extraction
from tzgoals.numerals import parse_number
from tzgoals.render.drafts import rule_text
from tzgoals.units import implausible
from tzgoals.vocabulary import CONTROL_CHARACTERS, Comparator, Direction, Flag

from ..conftest import DATA

PLAN = "000_ba23479a29e53de9.txt"
C = Comparator

# The 2023 targets of the State Council's government work report (5 March 2023).
NATIONAL_2023 = (
    "今年发展的主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人左右,"
    "城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;居民收入增长与经济增长基本同步;"
    "进出口促稳提质,国际收支基本平衡;粮食产量保持在1.3万亿斤以上;"
    "单位国内生产总值能耗和主要污染物排放量继续下降,重点控制化石能源消费,生态环境质量稳定改善。"
)
# The same report on 2022, and its 2022 targets (report of 5 March 2022).
NATIONAL_2022_RESULTS = (
    "过去一年,我国经济发展遇到疫情等国内外多重超预期因素冲击。全年国内生产总值增长3%,"
    "城镇新增就业1206万人,年末城镇调查失业率降到5.5%,居民消费价格上涨2%。"
)
NATIONAL_2022 = (
    "今年发展的主要预期目标是:国内生产总值增长5.5%左右;城镇新增就业1100万人以上,"
    "城镇调查失业率控制在5.5%以内;居民消费价格涨幅3%左右;居民收入增长与经济增长基本同步。"
)
# The 2024 targets as republished in traditional characters.
NATIONAL_2024_TRADITIONAL = (
    "今年發展主要預期目標是:國內生産總值增長5%左右;城鎮新增就業1200萬人以上,"
    "城鎮調查失業率5.5%左右;居民消費價格漲幅3%左右;居民收入增長和經濟增長同步;"
    "糧食産量1.3萬億斤以上;單位國內生産總值能耗降低2.5%左右,生態環境品質持續改善。"
)


def summary(drafts: list[Draft]) -> list[tuple[object, ...]]:
    return [
        (
            d.kind,
            d.year,
            d.name,
            d.comparator,
            d.value and format(d.value, "f"),
            d.unit,
            d.direction,
        )
        for d in drafts
    ]


def test_national_2023_targets() -> None:
    assert summary(extract(NATIONAL_2023, 2023, "gwr-2023.txt")) == [
        ("target", 2023, "国内生产总值增长", C.ABOUT, "5", "%", Direction.FLOOR),
        ("target", 2023, "城镇新增就业", C.ABOUT, "1200", "万人", Direction.FLOOR),
        ("target", 2023, "城镇调查失业率", C.ABOUT, "5.5", "%", Direction.CEILING),
        ("target", 2023, "居民消费价格涨幅", C.ABOUT, "3", "%", Direction.CEILING),
        ("target", 2023, "居民收入增长与经济增长基本同步", C.QUALITATIVE, None, None, None),
        ("target", 2023, "进出口促稳提质", C.QUALITATIVE, None, None, None),
        ("target", 2023, "国际收支基本平衡", C.QUALITATIVE, None, None, None),
        ("target", 2023, "粮食产量", C.AT_LEAST, "1.3", "万亿斤", None),
        (
            "target",
            2023,
            "单位国内生产总值能耗和主要污染物排放量继续下降",
            C.QUALITATIVE,
            None,
            None,
            None,
        ),
        ("target", 2023, "重点控制化石能源消费", C.QUALITATIVE, None, None, None),
        ("target", 2023, "生态环境质量稳定改善", C.QUALITATIVE, None, None, None),
    ]


def test_national_2022_targets() -> None:
    assert summary(extract(NATIONAL_2022, 2022, "gwr-2022.txt")) == [
        ("target", 2022, "国内生产总值增长", C.ABOUT, "5.5", "%", Direction.FLOOR),
        ("target", 2022, "城镇新增就业", C.AT_LEAST, "1100", "万人", None),
        ("target", 2022, "城镇调查失业率", C.AT_MOST, "5.5", "%", None),
        ("target", 2022, "居民消费价格涨幅", C.ABOUT, "3", "%", Direction.CEILING),
        ("target", 2022, "居民收入增长与经济增长基本同步", C.QUALITATIVE, None, None, None),
    ]


def test_national_2024_targets_in_traditional_characters() -> None:
    drafts = extract(NATIONAL_2024_TRADITIONAL, 2024, "gwr-2024.txt")
    assert [(d.comparator, d.value, d.unit, d.direction) for d in drafts] == [
        (C.ABOUT, Decimal(5), "%", Direction.FLOOR),
        (C.AT_LEAST, Decimal(1200), "万人", None),
        (C.ABOUT, Decimal("5.5"), "%", Direction.CEILING),
        (C.ABOUT, Decimal(3), "%", Direction.CEILING),
        (C.QUALITATIVE, None, None, None),
        (C.AT_LEAST, Decimal("1.3"), "万亿斤", None),
        (C.ABOUT, Decimal("2.5"), "%", Direction.FLOOR),
        (C.QUALITATIVE, None, None, None),
    ]
    assert drafts[1].quote == "城鎮新增就業1200萬人以上"


def test_a_past_year_s_figures_are_actuals_not_targets() -> None:
    drafts = extract(NATIONAL_2022_RESULTS, 2023, "gwr-2023.txt")
    assert {d.kind for d in drafts} == {"actual"}
    assert summary(drafts)[:2] == [
        ("actual", 2022, "国内生产总值增长", None, "3", "%", None),
        ("actual", 2022, "城镇新增就业", None, "1206", "万人", None),
    ]
    assert (drafts[0].rule, drafts[0].year_word) == ("growth", "过去一年")
    assert rule_text(drafts[0]) == "growth; a result of 2022 (过去一年)"


def test_the_tongzhou_plan_s_stocks_and_last_year_are_actuals_of_2022() -> None:
    text = (DATA / "sources" / PLAN).read_text(encoding="utf-8")
    actuals = {
        (d.quote, d.year, d.value, d.unit, d.flags)
        for d in extract(text, 2023, PLAN)
        if d.kind == "actual"
    }
    assert ("通州拥有国家、省市专精特新“小巨人”企业55家", 2022, Decimal(55), "家", ()) in actuals
    assert ("高新技术企业324家", 2022, Decimal(324), "家", ()) in actuals
    assert ("总投资超450亿元", 2022, Decimal(450), "亿元", (Flag.LOWER_BOUND,)) in actuals
    targets = [d for d in extract(text, 2023, PLAN) if d.kind == "target"]
    assert all(d.year == 2023 for d in targets)
    assert not {d.value for d in targets} & {Decimal(55), Decimal(324), Decimal(52), Decimal(19)}


def test_an_estimate_of_last_year_is_an_estimated_actual() -> None:
    [draft] = extract("预计2022年全年地区生产总值增长3%左右。", 2023, "plan.txt")
    assert (draft.kind, draft.year, draft.value) == ("actual", 2022, Decimal(3))
    assert draft.flags == (Flag.APPROXIMATE, Flag.ESTIMATE)


def test_a_forecast_of_the_plan_year_is_neither() -> None:
    assert extract("预计2023年12月底前有两条生产线投入使用,年产60万吨。", 2023, "plan.txt") == []


def test_descriptions_and_headings_are_not_targets() -> None:
    text = "## 新增企业100家\n\n该项目总投资近125亿元,引进人才20余名。"
    assert extract(text, 2023, "plan.txt") == []


def test_a_target_for_a_later_year_keeps_its_year() -> None:
    [draft] = extract("到2025年,地区生产总值达2000亿元。", 2023, "plan.txt")
    assert (draft.kind, draft.year, draft.comparator) == ("target", 2025, C.AT_LEAST)


def test_confidence_falls_when_the_clause_names_no_indicator() -> None:
    [named] = extract("地区生产总值增长6%", 2023, "p")
    [unnamed] = extract("增长6%", 2023, "p")
    assert unnamed.confidence < named.confidence == 0.85


# ---------------------------------------------------------------- only what a dataset holds


@pytest.mark.parametrize(
    "clause",
    [
        "地区生产总值\x1b增长6%",
        "地区生产总值\x1b[31m增长6%",
        "城镇新增就业\u202e110万人以上",
        "建成\u2066通州大桥",
        "粮食\x9b产量1268万吨以上",
        "新增企业\x0730家",
    ],
)
def test_a_clause_with_a_control_character_is_passed_over(clause: str) -> None:
    drafted = extraction(f"{clause}。固定资产投资增长6%。", 2023, "plan.txt")
    assert [d.quote for d in drafted.drafts] == ["固定资产投资增长6%"]
    assert drafted.passed_over == [PassedOver(clause, "control_character")]


@pytest.mark.parametrize(
    "figure",
    [
        "9" * 29,  # more significant digits than a figure may have
        "1.23456789012345678901234567890",
        "9" * 5000,  # more than str(int) takes
        "9" * 400 + ".5",
        "1" + "0" * 18,  # 10^18
        "0.0000000000001",  # 10^-13
        "一" + "亿" * 3,  # 10^24 in 亿
    ],
)
def test_a_figure_beyond_the_plausible_is_passed_over(figure: str) -> None:
    clause = f"地区生产总值达到{figure}亿元"
    drafted = extraction(f"{clause}。固定资产投资增长6%。", 2023, "plan.txt")
    assert [d.quote for d in drafted.drafts] == ["固定资产投资增长6%"]
    assert drafted.passed_over == [PassedOver(clause, "implausible_figure")]


def test_the_largest_plausible_figure_is_drafted() -> None:
    [draft] = extract("地区生产总值达到999999999999999999.9亿元。", 2023, "plan.txt")
    assert draft.value == Decimal("999999999999999999.9")


def test_a_lede_that_restates_a_target_is_passed_over() -> None:
    text = (
        "省长在会上作政府工作报告,提出广东2023年地区生产总值预期目标为增长5%以上。"
        "主要预期目标是:地区生产总值增长5%以上;固定资产投资增长8%。"
    )
    drafted = extraction(text, 2023, "gd.txt")
    assert [d.quote for d in drafted.drafts] == ["地区生产总值增长5%以上", "固定资产投资增长8%"]
    lede = "提出广东2023年地区生产总值预期目标为增长5%以上"
    assert drafted.passed_over == [PassedOver(lede, "restated", "地区生产总值增长5%以上")]


def test_two_targets_of_the_same_figure_are_not_restatements() -> None:
    text = "全国粮食总产量增长1.3%。其中谷物产量增长1.3%,增长1.3%。外贸进出口增长1.3%以上。"
    drafts = extract(text, 2023, "nbs.txt")
    assert [d.quote for d in drafts] == [
        "全国粮食总产量增长1.3%",
        "其中谷物产量增长1.3%",
        "增长1.3%",  # names no indicator: it may be a third
        "外贸进出口增长1.3%以上",
    ]


_UNSAFE = re.compile(f"[{CONTROL_CHARACTERS}]")


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet="增长达以上新增家亿元%9.1\x1b\x85\u202e\u2069,。",
        max_size=80,
    )
)
def test_every_draft_is_one_a_dataset_holds(text: str) -> None:
    for draft in extract(text, 2023, "plan.txt"):
        assert not _UNSAFE.search(draft.quote + draft.name)
        for value in (draft.value, draft.value_max):
            assert value is None or implausible(value) is None


def test_drafts_name_their_source() -> None:
    assert {d.source for d in extract(NATIONAL_2023, 2023, "gwr-2023.txt")} == {"gwr-2023.txt"}


# ---------------------------------------------------------------- every value is in its quote

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_MAGNITUDES = (("万亿", 12), ("亿", 8), ("万", 4))
_CHINESE_RUN = re.compile(r"[〇零一二两兩三四五六七八九十百千万萬亿億点]+")


def written_in(value: Decimal, unit: str | None, quote: str) -> bool:
    """Whether the quote shows `value`: as digits, or as the Chinese numeral it was read from
    (with a trailing magnitude moved to the unit, or as tenths before 成). A value below zero
    is shown by its magnitude with a minus sign (增长-2%) or after a fall (下降1个百分点)."""
    if value < 0:
        return re.search(r"[-－−]|下降|降低|减少|回落|缩小", quote) is not None and written_in(
            -value, unit, quote
        )
    digits = re.sub(r"(?<=\d),(?=\d{3})", "", quote.translate(_FULL_WIDTH))
    if value in {Decimal(d) for d in re.findall(r"\d+(?:\.\d+)?", digits)}:
        return True
    if value in {Decimal(d) * 10 for d in re.findall(r"(\d+(?:\.\d+)?)成", digits)}:
        return True
    power = next((p for m, p in _MAGNITUDES if (unit or "").startswith(m)), 0)
    for run in _CHINESE_RUN.findall(quote):
        for start in range(len(run)):
            for end in range(start + 1, len(run) + 1):
                parsed = parse_number(run[start:end])
                if parsed is not None and value in (parsed, parsed.scaleb(-power), parsed * 10):
                    return True
    return False


NAMES = st.sampled_from(
    [
        "地区生产总值",
        "新增企业",
        "城镇调查失业率",
        "居民消费价格涨幅",
        "重大项目",
        "人才",
        "营业额",
        "",
    ]
)
UNITS = st.sampled_from(
    ["%", "％", "家", "个", "项", "名", "亿元", "万美元", "萬人", "个百分点", ""]
)
CHINESE = st.sampled_from(
    ["两", "三", "十二", "一百", "一万二千", "三百五十", "二点九七", "一亿二千万"]
)
PHRASES = st.sampled_from(
    [
        "{n}增长{v}{u}",
        "{n}{v}{u}以上",
        "{n}达{v}{u}",
        "新增{n}{v}{u}",
        "{n}控制在{v}{u}以内",
        "{n}提升{v}个百分点",
        "{n}{v}{u}左右",
        "{n}{v}至{w}{u}",
        "{n}超{v}{u}",
        "{v}{u}{n}列入重大项目计划",
        "{n}{v}成",
        "{n}下降{v}{u}以上",
        "新组建{v}{u}{n}",
        "打造{v}{u}以上{n}",
        "{n}拟按{v}{u}安排",
        "{n}拟安排{v}{u}",
    ]
)
CONTEXT = st.sampled_from(["", "去年,", "目前,", "预计", "2022年,", "近五年", "今年", "## "])
PUNCTUATION = st.sampled_from(["，", ",", "；", "。", "、", "\n\n", "\n"])


@st.composite
def numbers(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 2))
    if kind == 2:
        return draw(CHINESE)
    number = draw(st.decimals(0, 100000, places=draw(st.integers(0, 2)), allow_nan=False))
    text = format(number, "f")
    return text.translate(str.maketrans("0123456789.", "０１２３４５６７８９．")) if kind else text


@st.composite
def plans(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        phrase = draw(PHRASES).format(
            n=draw(NAMES), v=draw(numbers()), w=draw(numbers()), u=draw(UNITS)
        )
        parts += [draw(CONTEXT), phrase, draw(PUNCTUATION)]
    return "".join(parts)


def check_drafts(text: str) -> None:
    flat = flatten(text)
    for draft in extract(text, 2023, "plan.txt"):
        assert draft.quote in flat
        for value in (draft.value, draft.value_max):
            if value is not None:
                assert written_in(value, draft.unit, draft.quote), (value, draft)


@settings(max_examples=300, deadline=None)
@given(plans())
def test_every_value_is_written_in_its_quote(text: str) -> None:
    check_drafts(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="增长达超以上以内左右新增提升个百分点家项名万亿元%０１２3456789一二两三十百千点成,，。、；\n",
        max_size=60,
    )
)
def test_every_value_is_written_in_its_quote_in_any_text(text: str) -> None:
    check_drafts(text)


def test_extract_imports_nothing_heavy() -> None:
    probe = (
        "import json, sys, tzgoals.draft.extract, tzgoals.render.drafts;"
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    modules = set(json.loads(done.stdout))
    assert "tzgoals.draft.phrasing" in modules
    assert not {m for m in modules if m.split(".")[0] in {"pydantic", "rich", "typer", "cn2an"}}
    assert "tzgoals.models" not in modules
